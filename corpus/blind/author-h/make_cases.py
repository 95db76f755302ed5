#!/usr/bin/env python3
"""Generate author-h's held-out order folders (10 cases) deterministically.

Run:  python3 make_cases.py        (writes ./cases/<NN-name>/...)
All dates, numbers and MIME boundaries are fixed; PDFs/DOCX/XLSX are made
byte-identical across runs (ReportLab invariant mode, fpdf2 fixed creation date,
WeasyPrint without dates, zip members re-written with a fixed timestamp).

The answer keys (expected.json) are written FIRST for every case, from the
EXPECTED table below, before any document of the case is generated.
"""
import base64
import datetime as dt
import io
import json
import os
import re
import shutil
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LIBSANS = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"

# ---------------------------------------------------------------------------
# ANSWER KEYS (written before anything else)
# ---------------------------------------------------------------------------
EXPECTED = {
    "01-glass-jars-soda-lime": {
        "verdict": "HOLD",
        "description": "4-SKU borosilicate glass jars with bamboo lids. Revised PI R1 silently switches the "
                       "glass to soda-lime (钠钙玻璃); the buyer only asked a question in WeChat. "
                       "Quote V2 accepted in WeChat is the price baseline; PI prices match it.",
        "expected": [
            {"field": "material", "status": "undocumented_change", "min_severity": "high"},
        ],
    },
    "02-kids-rain-boots-pink-chat": {
        "verdict": "HOLD",
        "description": "4-SKU kids' rubber rain boots. Pink of LP-RB-PNK-26 changed from Pantone 1895 C to "
                       "Pantone 210 C, agreed only by the buyer in a forwarded WeChat record; PI V2 carries it. "
                       "Inspection report is PENDING (lab test) and order.toml requires inspection passed -> HOLD "
                       "by the release rule (not a finding).",
        "expected": [
            {"field": "color", "status": "chat_only", "item": "LP-RB-PNK-26", "min_severity": "medium"},
        ],
    },
    "03-candle-tins-bank-lookalike": {
        "verdict": "HOLD",
        "description": "3-scent soy candles in tins. A mail from a look-alike domain (nuanyu-arorna.com) carries "
                       "a 'revised' PI R2 that moves the balance to a Hong Kong trading company at HSBC; the "
                       "manager saved it to pi/. Nobody approved it; the buyer's own mail defers payment.",
        "expected": [
            {"field": "bank.beneficiary", "status": "undocumented_change", "min_severity": "critical"},
            {"field": "bank.name", "status": "undocumented_change", "min_severity": "critical"},
            {"field": "bank.account", "status": "undocumented_change", "min_severity": "critical"},
            {"field": "bank.swift", "status": "undocumented_change", "min_severity": "critical"},
        ],
    },
    "04-wooden-blocks-cert-leadtime": {
        "verdict": "HOLD",
        "description": "3-SKU beech toy blocks. Spec requires EN71-1/2/3 AND ASTM F963/CPSIA stated on the PI; "
                       "the bilingual PI states EN71 only (buyer objected in WeChat) and stretches the lead time "
                       "from 40 to 55 days after deposit (buyer asked for 45, never agreed).",
        "expected": [
            {"field": "certification", "status": "undocumented_change", "min_severity": "high"},
            {"field": "lead_time", "status": "undocumented_change", "min_severity": "medium"},
        ],
    },
    "05-shower-curtains-co-kraft": {
        "verdict": "RELEASE",
        "description": "3-design polyester shower curtains. Unit pack PVC zip bag -> recycled kraft sleeve, "
                       "covered by change order CO-01 signed by both sides; PI V2 carries it. Supplier's 3-ply "
                       "carton proposal was refused in chat and the PI keeps 5-ply. Inspection PASSED.",
        "expected": [
            {"field": "packaging.inner", "status": "documented_change", "min_severity": "info"},
        ],
    },
    "06-umbrellas-deposit-whatsapp": {
        "verdict": "REVIEW",
        "description": "3-colour automatic folding umbrellas. Deposit 30% -> 40% and balance 70% -> 60% "
                       "(against B/L copy) agreed by the buyer only in WhatsApp (iOS, German locale); PI V2 "
                       "carries 40/60.",
        "expected": [
            {"field": "payment.deposit", "status": "chat_only", "min_severity": "medium"},
            {"field": "payment.balance", "status": "chat_only", "min_severity": "medium"},
        ],
    },
    "07-canvas-aprons-logo-qty": {
        "verdict": "REVIEW",
        "description": "3-colour canvas aprons. Quantity of KB-APR-TER 500 -> 800 pcs is covered by a signed "
                       "change order (DOCX). The PI V2 switches the logo of KB-APR-CHA from embroidery to heat "
                       "transfer print; the buyer only asked for a sample in WhatsApp (US locale).",
        "expected": [
            {"field": "quantity", "status": "documented_change", "item": "KB-APR-TER", "min_severity": "info"},
            {"field": "logo", "status": "undocumented_change", "item": "KB-APR-CHA", "min_severity": "medium"},
        ],
    },
    "08-steel-straws-quote-v2-mail": {
        "verdict": "RELEASE",
        "description": "Clean. 3-SKU SS304 straw sets. Quote V1 superseded by quote V2 (XLSX attached to a mail "
                       "and accepted by the buyer by mail); PI matches V2 and the spec. Noise only.",
        "expected": [],
    },
    "09-led-fairy-lights-cn": {
        "verdict": "RELEASE",
        "description": "Clean, Chinese-heavy. 3-SKU USB copper-wire fairy lights. PI V2 only fixes a typo in "
                       "the buyer's address; 验货报告 PASSED satisfies [release].",
        "expected": [],
    },
    "10-ceramic-planters-clean": {
        "verdict": "RELEASE",
        "description": "Clean. 4-SKU stoneware planters. Bilingual mail thread with a packing list attached; "
                       "per-carton numbers, weights, inch conversions and a Christmas-range price are noise.",
        "expected": [],
    },
}


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def D(x):
    return Decimal(str(x))


def money(x):
    return f"{D(x).quantize(Decimal('0.01'), ROUND_HALF_UP):,.2f}"


def ensure(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)


def write_text(path, text, encoding="utf-8"):
    ensure(path)
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(text)


def write_bytes(path, data):
    ensure(path)
    with open(path, "wb") as f:
        f.write(data)


def normalize_zip(path, when="2026-01-01T00:00:00Z"):
    """Rewrite an OOXML zip with fixed member timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + when + r"\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + when + r"\g<2>", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---- element model: ("title", s) ("h", s) ("p", s) ("kv", [(k, v)]) ("table", rows, widths) ("sp",)
#      ("sign", s)  (a signature/chop line)

# ---------------- ReportLab canvas renderer ----------------
_RL_READY = {}


def _rl_fonts():
    if _RL_READY:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
    pdfmetrics.registerFont(TTFont("LibSans", LIBSANS))
    _RL_READY["ok"] = True


def _wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    out = []
    for para in str(text).split("\n"):
        line = ""
        tokens = re.findall(r"[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+", para)
        for tok in tokens:
            cand = line + tok
            if stringWidth(cand.rstrip(), font, size) <= width or not line:
                line = cand
            else:
                out.append(line.rstrip())
                line = tok.lstrip()
        out.append(line.rstrip())
    return out


def render_rl(path, els, font="WQY", size=9.5, chop=None, meta_title=None):
    """Canvas-drawn document: text lines and grid tables drawn with lines."""
    _rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    ensure(path)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setAuthor("")
    if meta_title:
        c.setTitle(meta_title)
    W, H = A4
    left, right = 42, W - 42
    y = H - 48
    lh = size * 1.45

    def newpage():
        nonlocal y
        c.showPage()
        y = H - 48

    def need(h):
        if y - h < 50:
            newpage()

    for el in els:
        kind = el[0]
        if kind == "title":
            need(24)
            c.setFont(font, 15)
            c.drawCentredString(W / 2, y - 14, el[1])
            y -= 24
        elif kind == "h":
            need(18)
            c.setFont(font, 11)
            c.drawString(left, y - 12, el[1])
            y -= 18
        elif kind in ("p", "sign"):
            c.setFont(font, size)
            for ln in _wrap(el[1], font, size, right - left):
                need(lh)
                c.drawString(left, y - size, ln)
                y -= lh
        elif kind == "kv":
            c.setFont(font, size)
            kw = el[2] if len(el) > 2 else 150
            for k, v in el[1]:
                lines = _wrap(v, font, size, right - left - kw)
                need(lh * len(lines))
                c.drawString(left, y - size, k)
                for i, ln in enumerate(lines):
                    c.drawString(left + kw, y - size, ln)
                    y -= lh
        elif kind == "table":
            rows, widths = el[1], el[2]
            total = right - left
            ws = [total * w / sum(widths) for w in widths]
            c.setFont(font, size - 0.5)
            for ri, row in enumerate(rows):
                cells = [_wrap(cv, font, size - 0.5, ws[i] - 6) for i, cv in enumerate(row)]
                rh = max(len(x) for x in cells) * lh + 4
                need(rh)
                x = left
                if ri == 0:
                    c.setFillGray(0.88)
                    c.rect(left, y - rh, total, rh, stroke=0, fill=1)
                    c.setFillGray(0)
                for i, lines in enumerate(cells):
                    yy = y - size - 2
                    for ln in lines:
                        c.drawString(x + 3, yy, ln)
                        yy -= lh
                    x += ws[i]
                c.setLineWidth(0.5)
                c.line(left, y, right, y)
                c.line(left, y - rh, right, y - rh)
                x = left
                for wv in ws:
                    c.line(x, y, x, y - rh)
                    x += wv
                c.line(right, y, right, y - rh)
                y -= rh
            y -= 6
        elif kind == "sp":
            y -= el[1] if len(el) > 1 else 8
    if chop:
        # company chop: red double circle with the company name and a star
        need(10)
        cx, cy = right - 80, max(y - 30, 90)
        c.setStrokeColorRGB(0.85, 0.1, 0.1)
        c.setFillColorRGB(0.85, 0.1, 0.1)
        c.setLineWidth(2)
        c.circle(cx, cy, 38, stroke=1, fill=0)
        c.setFont(font, 7)
        c.drawCentredString(cx, cy + 14, chop)
        c.setFont(font, 12)
        c.drawCentredString(cx, cy - 4, "★")
        c.setFont(font, 8)
        c.drawCentredString(cx, cy - 22, "合同专用章")
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)
    c.showPage()
    c.save()


# ---------------- fpdf2 renderer ----------------
def render_fpdf(path, els, size=9.5):
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    ensure(path)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    pdf.set_producer("fpdf2")
    pdf.add_font("WQY", "", WQY, collection_font_number=0)
    pdf.add_font("DV", "", DEJAVU)
    pdf.set_fallback_fonts(["DV"])
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_margins(14, 14, 14)
    for el in els:
        kind = el[0]
        if kind == "title":
            pdf.set_font("WQY", size=15)
            pdf.cell(0, 10, el[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.set_font("WQY", size=11.5)
            pdf.cell(0, 8, el[1], new_x="LMARGIN", new_y="NEXT")
        elif kind in ("p", "sign"):
            pdf.set_font("WQY", size=size)
            pdf.multi_cell(0, 5, el[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "kv":
            pdf.set_font("WQY", size=size)
            kw = (el[2] if len(el) > 2 else 150) * 0.3528
            for k, v in el[1]:
                y0 = pdf.get_y()
                pdf.set_x(14)
                pdf.cell(kw, 5, k)
                pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            pdf.set_font("WQY", size=size - 0.5)
            rows, widths = el[1], el[2]
            with pdf.table(col_widths=tuple(widths), text_align="LEFT", line_height=5,
                           headings_style=FontFace(emphasis="NONE", fill_color=(225, 225, 225))) as t:
                for row in rows:
                    r = t.row()
                    for cv in row:
                        r.cell(str(cv))
            pdf.ln(2)
        elif kind == "sp":
            pdf.ln(el[1] / 2.8 if len(el) > 1 else 3)
    pdf.output(path)


# ---------------- WeasyPrint renderer ----------------
def _esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).replace("\n", "<br/>")


def render_weasy(path, els, accent="#1f4e79", font="'DejaVu Sans', 'WenQuanYi Micro Hei'"):
    import weasyprint
    ensure(path)
    parts = []
    for el in els:
        kind = el[0]
        if kind == "title":
            parts.append(f"<h1>{_esc(el[1])}</h1>")
        elif kind == "h":
            parts.append(f"<h2>{_esc(el[1])}</h2>")
        elif kind == "p":
            parts.append(f"<p>{_esc(el[1])}</p>")
        elif kind == "sign":
            parts.append(f"<p class='sign'>{_esc(el[1])}</p>")
        elif kind == "kv":
            rows = "".join(f"<tr><th>{_esc(k)}</th><td>{_esc(v)}</td></tr>" for k, v in el[1])
            parts.append(f"<table class='kv'>{rows}</table>")
        elif kind == "table":
            rows, widths = el[1], el[2]
            tot = sum(widths)
            cols = "".join(f"<col style='width:{100 * w / tot:.1f}%'/>" for w in widths)
            head = "".join(f"<th>{_esc(x)}</th>" for x in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{_esc(x)}</td>" for x in r) + "</tr>" for r in rows[1:])
            parts.append(f"<table class='grid'><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>"
                         f"<tbody>{body}</tbody></table>")
        elif kind == "sp":
            parts.append("<div style='height:8px'></div>")
    css = f"""
    @page {{ size: A4; margin: 16mm 15mm; @bottom-right {{ content: counter(page) ' / ' counter(pages); font-size: 8pt; }} }}
    body {{ font-family: {font}; font-size: 9pt; color: #111; }}
    h1 {{ font-size: 15pt; color: {accent}; border-bottom: 2px solid {accent}; padding-bottom: 3px; }}
    h2 {{ font-size: 11pt; color: {accent}; margin: 10px 0 4px; }}
    table {{ border-collapse: collapse; width: 100%; margin: 4px 0 8px; }}
    table.grid th, table.grid td {{ border: 0.6pt solid #555; padding: 3px 4px; vertical-align: top; }}
    table.grid th {{ background: #e6ecf3; text-align: left; }}
    table.kv th {{ text-align: left; width: 32%; font-weight: normal; color: #333; padding: 2px 4px; vertical-align: top; }}
    table.kv td {{ padding: 2px 4px; }}
    p.sign {{ margin-top: 14px; }}
    """
    html = f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{''.join(parts)}</body></html>"
    weasyprint.HTML(string=html).write_pdf(path)


# ---------------- python-docx renderer ----------------
def render_docx(path, els, author="", east_asia="SimSun"):
    import docx
    from docx.shared import Pt
    from docx.oxml.ns import qn
    ensure(path)
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), east_asia)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2026, 1, 1)
    cp.modified = dt.datetime(2026, 1, 1)
    cp.revision = 1
    for el in els:
        kind = el[0]
        if kind == "title":
            d.add_heading(el[1], level=1)
        elif kind == "h":
            d.add_heading(el[1], level=2)
        elif kind in ("p", "sign"):
            for para in el[1].split("\n"):
                d.add_paragraph(para)
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in el[1]:
                cells = t.add_row().cells
                cells[0].text = k
                cells[1].text = v
            d.add_paragraph("")
        elif kind == "table":
            rows = el[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for r in rows:
                cells = t.add_row().cells
                for i, cv in enumerate(r):
                    cells[i].text = str(cv)
            d.add_paragraph("")
        elif kind == "sp":
            d.add_paragraph("")
    d.save(path)
    normalize_zip(path)


# ---------------- openpyxl helper ----------------
def xlsx_save(wb, path):
    ensure(path)
    wb.properties.creator = wb.properties.creator or ""
    wb.properties.created = dt.datetime(2026, 1, 1)
    wb.properties.modified = dt.datetime(2026, 1, 1)
    wb.save(path)
    normalize_zip(path)


def xlsx_bytes(builder):
    tmp = os.path.join(OUT, ".tmp.xlsx")
    wb = builder()
    xlsx_save(wb, tmp)
    with open(tmp, "rb") as f:
        data = f.read()
    os.remove(tmp)
    return data


def pdf_bytes(render, els, **kw):
    tmp = os.path.join(OUT, ".tmp.pdf")
    render(tmp, els, **kw)
    with open(tmp, "rb") as f:
        data = f.read()
    os.remove(tmp)
    return data


# ---------------- e-mail helper ----------------
def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, email):
    try:
        name.encode("ascii")
        return f'"{name}" <{email}>'
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"


def b64lines(data):
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    import quopri
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def make_eml(headers, body, attachments=(), boundary="----=_Part_0_0", body_encoding="8bit", html=None):
    """headers: list of (name, value). attachments: list of (filename, mimetype, bytes)."""
    lines = [f"{k}: {v}" for k, v in headers]
    lines.append("MIME-Version: 1.0")

    def body_part(text):
        if body_encoding == "base64":
            return ("Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n"
                    + b64lines(text.encode("utf-8")))
        if body_encoding == "quoted-printable":
            return ("Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                    + qp(text))
        return "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n" + text

    if not attachments and html is None:
        return "\n".join(lines) + "\n" + body_part(body) + "\n"
    out = "\n".join(lines) + "\n"
    out += f"Content-Type: multipart/mixed;\n\tboundary=\"{boundary}\"\n\nThis is a multi-part message in MIME format.\n\n"
    if html is not None:
        alt = boundary + "_alt"
        out += f"--{boundary}\nContent-Type: multipart/alternative;\n\tboundary=\"{alt}\"\n\n"
        out += f"--{alt}\n" + body_part(body) + "\n"
        out += (f"--{alt}\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n"
                + b64lines(html.encode("utf-8")) + f"\n--{alt}--\n\n")
    else:
        out += f"--{boundary}\n" + body_part(body) + "\n"
    for fn, mt, data in attachments:
        enc = Header(fn, "utf-8").encode() if not fn.isascii() else fn
        out += (f"--{boundary}\nContent-Type: {mt};\n\tname=\"{enc}\"\nContent-Transfer-Encoding: base64\n"
                f"Content-Disposition: attachment;\n\tfilename=\"{enc}\"\n\n" + b64lines(data) + "\n")
    out += f"--{boundary}--\n"
    return out


def quote_block(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


def toml_str(v):
    return json.dumps(v, ensure_ascii=False)


def write_order_toml(path, order_id, buyer, supplier, stakeholders=(), roles=None, release=None,
                     tolerances=None, required_on_pi=None, comment=None):
    out = []
    if comment:
        out.append(f"# {comment}")
    out.append(f"order_id = {toml_str(order_id)}")
    out.append(f"buyer = [{', '.join(toml_str(b) for b in buyer)}]")
    out.append(f"supplier = [{', '.join(toml_str(s) for s in supplier)}]")
    if stakeholders:
        out.append(f"stakeholders = [{', '.join(toml_str(s) for s in stakeholders)}]")
    if required_on_pi:
        out.append(f"required_on_pi = [{', '.join(toml_str(s) for s in required_on_pi)}]")
    if roles:
        out.append("\n[roles]")
        for k, v in roles.items():
            out.append(f"{toml_str(k)} = {toml_str(v)}")
    if release:
        out.append("\n[release]")
        for k, v in release.items():
            out.append(f"{k} = {toml_str(v)}")
    if tolerances:
        out.append("\n[tolerances]")
        for k, v in tolerances.items():
            out.append(f"{k} = {toml_str(v)}")
    write_text(path, "\n".join(out) + "\n")


def write_expected(case):
    path = os.path.join(OUT, case, "expected.json")
    write_text(path, json.dumps(EXPECTED[case], ensure_ascii=False, indent=2) + "\n")


def line_items(items, qkey="qty", pkey="price"):
    total = Decimal("0")
    rows = []
    for it in items:
        amt = D(it[qkey]) * D(it[pkey])
        total += amt
        rows.append(amt)
    return rows, total


_ONES = ["", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN", "TWELVE",
         "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN", "NINETEEN"]
_TENS = ["", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"]


def _words999(n):
    out = []
    if n >= 100:
        out.append(_ONES[n // 100] + " HUNDRED")
        n %= 100
        if n:
            out.append("AND")
    if n >= 20:
        out.append(_TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else ""))
    elif n:
        out.append(_ONES[n])
    return " ".join(out)


def say_usd(total):
    total = D(total).quantize(Decimal("0.01"))
    whole = int(total)
    cents = int((total - whole) * 100)
    parts = []
    if whole >= 1000:
        parts.append(_words999(whole // 1000) + " THOUSAND")
        whole %= 1000
    if whole:
        parts.append(_words999(whole))
    s = "SAY US DOLLARS " + " ".join(parts)
    if cents:
        s += f" AND CENTS {_words999(cents)}"
    return s + " ONLY"


# ===========================================================================
# CASE 01  glass storage jars, bamboo lids  (material downgrade in PI R1)
# ===========================================================================
def case01():
    case = "01-glass-jars-soda-lime"
    base = os.path.join(OUT, case)
    write_expected(case)
    items = [
        dict(sku="KP-JAR-500", cap="500 ml", dim="Ø 85 x H 130 mm", qty=2400, v1="1.58", v2="1.52", pc=12, ctn="37 x 28 x 29 cm"),
        dict(sku="KP-JAR-800", cap="800 ml", dim="Ø 100 x H 150 mm", qty=2400, v1="1.86", v2="1.79", pc=12, ctn="43 x 32 x 33 cm"),
        dict(sku="KP-JAR-1200", cap="1200 ml", dim="Ø 100 x H 210 mm", qty=1200, v1="2.35", v2="2.28", pc=6, ctn="33 x 22 x 45 cm"),
        dict(sku="KP-JAR-1800", cap="1800 ml", dim="Ø 120 x H 230 mm", qty=1200, v1="2.90", v2="2.82", pc=6, ctn="39 x 26 x 49 cm"),
    ]
    write_order_toml(os.path.join(base, "order.toml"), "KP-PO-2026-004",
                     ["Niamh Gallagher", "Niamh", "Kestrel Pantry", "Kestrel Pantry Co."],
                     ["Ningbo Chengguang Glassware Co., Ltd.", "宁波澄光玻璃制品有限公司", "Chengguang", "Amy 赵敏", "Amy Zhao"],
                     ["niamh@kestrelpantry.ie", "amy@cg-glassware.com"],
                     tolerances={"dimensions": "±2 mm", "capacity": "±3%"})
    # --- spec (DOCX, bilingual) ---
    spec = [
        ("title", "Kestrel Pantry Co. — Product Specification 产品规格书"),
        ("p", "Range: Glass storage jars with bamboo lid (4 sizes)   Spec ref: KP-SPEC-JAR-03   Issued: 2025-12-15   Status: APPROVED"),
        ("h", "1. Items 产品"),
        ("table", [["SKU", "Capacity 容量", "Size 尺寸 (outer)", "Order qty 数量", "Pcs/ctn 装箱数"]] +
         [[i["sku"], i["cap"], i["dim"], f"{i['qty']:,} pcs", f"{i['pc']} pcs"] for i in items], [18, 14, 24, 16, 14]),
        ("h", "2. Materials & construction 材质"),
        ("kv", [("Jar body 瓶身", "Borosilicate glass 3.3 (高硼硅玻璃), thermal shock resistant ΔT ≥ 120 °C, clear"),
                ("Lid 盖子", "Natural Moso bamboo (竹盖), food-safe oil finish, no lacquer"),
                ("Seal 密封圈", "Food-grade silicone ring, clear"),
                ("Logo", "Laser engraved 'KESTREL' on lid top, centred, width 30 mm"),
                ("Colour 颜色", "Clear glass / natural bamboo")]),
        ("h", "3. Tolerances 公差"),
        ("kv", [("Dimensions", "±2 mm"), ("Capacity (brimful)", "±3%")]),
        ("h", "4. Compliance 认证"),
        ("p", "LFGB and FDA 21 CFR food-contact test reports for glass, bamboo and silicone, issued by a third-party lab, "
              "valid for this order."),
        ("h", "5. Packaging 包装"),
        ("kv", [("Inner 内包装", "Each jar in a white single corrugated box with KP barcode label (EAN-13)"),
                ("Master carton 外箱", "5-ply export carton, pcs/ctn as table 1, carton marks per KP artwork")]),
        ("h", "6. Commercial 商务条款"),
        ("kv", [("Price term", "FOB Ningbo"), ("Payment", "T/T 30% deposit, 70% balance against copy of B/L"),
                ("Lead time", "40 days after deposit"),
                ("Inspection", "Pre-shipment inspection, AQL 2.5 major / 4.0 minor, General Level II")]),
        ("sign", "Approved: Niamh Gallagher, Sourcing Manager, Kestrel Pantry Co., 15/12/2025"),
    ]
    render_docx(os.path.join(base, "spec", "KP-Spec_Glass-Jar-Range_v3.docx"), spec, author="N. Gallagher")
    # --- golden sample (Markdown) ---
    write_text(os.path.join(base, "sample", "Golden-sample-record_KP-JAR.md"), """# Golden sample record — KP glass jars with bamboo lid

Supplier: Ningbo Chengguang Glassware Co., Ltd.
Samples received: 2025-12-22 (DHL 4471 0923 55), 3 pcs per size
Checked by: Niamh Gallagher, Dublin office

| SKU | Spec size | Measured (avg of 3) | Capacity spec | Measured capacity | Result |
|---|---|---|---|---|---|
| KP-JAR-500 | Ø 85 x H 130 mm | Ø 85.6 x H 129.2 mm | 500 ml | 506 ml | OK |
| KP-JAR-800 | Ø 100 x H 150 mm | Ø 100.8 x H 151.1 mm | 800 ml | 791 ml | OK |
| KP-JAR-1200 | Ø 100 x H 210 mm | Ø 99.4 x H 209.0 mm | 1200 ml | 1,214 ml | OK |
| KP-JAR-1800 | Ø 120 x H 230 mm | Ø 121.2 x H 231.5 mm | 1800 ml | 1,772 ml | OK |

- Glass: borosilicate 3.3, hot-water test 95 °C -> 5 °C, no cracks (3/3)
- Bamboo lid fit with silicone ring: tight, no wobble. Laser logo sharp.
- Colour: clear glass, natural bamboo.

Sample APPROVED as golden sample. Signed: Niamh Gallagher, 2026-01-03.
""")
    # --- quote V1 (fpdf2, Chinese-heavy) ---
    qrows = [["No.", "型号 Item", "容量", "规格 Size", "单价 Unit price (USD)", "MOQ", "装箱 pcs/ctn"]]
    for n, i in enumerate(items, 1):
        qrows.append([str(n), i["sku"], i["cap"] + (" (17oz)" if i["cap"] == "500 ml" else ""), i["dim"],
                      i["v1"], "1,000", str(i["pc"])])
    render_fpdf(os.path.join(base, "quotes", "报价单_CG-Q260105.pdf"), [
        ("title", "宁波澄光玻璃制品有限公司  报价单 QUOTATION"),
        ("p", "NINGBO CHENGGUANG GLASSWARE CO., LTD.\n地址：浙江省宁波市江北区洪塘工业园区 8 号   Tel: +86 574 8762 1150"),
        ("kv", [("报价单号 No.:", "CG-Q260105"), ("日期 Date:", "2026-01-05"), ("客户 To:", "Kestrel Pantry Co. / Ms. Niamh Gallagher"),
                ("有效期 Validity:", "30天 30 days")]),
        ("table", qrows, [8, 22, 16, 26, 22, 12, 14]),
        ("kv", [("材质 Material:", "高硼硅玻璃 borosilicate glass 3.3 + 竹盖 bamboo lid + 食品级硅胶圈"),
                ("LOGO:", "竹盖激光雕刻 laser engraving on lid"),
                ("价格条款 Price term:", "FOB 宁波 NINGBO"),
                ("付款方式 Payment:", "30%定金，70%尾款见提单副本 (T/T)"),
                ("交期 Lead time:", "收到定金后40天"),
                ("包装 Packing:", "单个白盒，五层瓦楞纸箱 5-ply export carton"),
                ("认证 Certificate:", "LFGB / FDA")]),
        ("sign", "业务员 Sales: 赵敏 Amy Zhao  amy@cg-glassware.com  WeChat: amyzhao_cg"),
    ])
    # --- quote V2 (XLSX with merged cells) ---
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, Border, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "报价单V2"
    thin = Side(style="thin")
    ws.merge_cells("A1:G1")
    ws["A1"] = "宁波澄光玻璃制品有限公司 NINGBO CHENGGUANG GLASSWARE CO., LTD."
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:G2")
    ws["A2"] = "报价单 QUOTATION  CG-Q260105-V2   日期 Date: 2026-01-10   To: Kestrel Pantry Co."
    hdrs = ["No.", "Item 型号", "Photo 图片", "Capacity 容量", "Size 规格", "Unit Price 单价 USD FOB NINGBO", "Pcs/ctn"]
    for col, h in enumerate(hdrs, 1):
        ws.cell(row=4, column=col, value=h).font = Font(bold=True)
    for r, i in enumerate(items, 5):
        vals = [r - 4, i["sku"], "[photo]", i["cap"], i["dim"], float(i["v2"]), i["pc"]]
        for col, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=col, value=v)
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        ws.cell(row=r, column=6).number_format = '"US$"0.00'
    ws.merge_cells("A10:B10"); ws["A10"] = "Material 材质"
    ws.merge_cells("C10:G10"); ws["C10"] = "Borosilicate glass 3.3 高硼硅 + bamboo lid 竹盖 + silicone ring"
    ws.merge_cells("A11:B11"); ws["A11"] = "Payment 付款"
    ws.merge_cells("C11:G11"); ws["C11"] = "T/T 30% deposit, 70% against B/L copy"
    ws.merge_cells("A12:B12"); ws["A12"] = "Lead time 交期"
    ws.merge_cells("C12:G12"); ws["C12"] = "40 days after deposit"
    ws.merge_cells("A13:B13"); ws["A13"] = "Remark 备注"
    ws.merge_cells("C13:G13"); ws["C13"] = "V2: special price for total 7,200 pcs. Other terms same as V1."
    for col, w in zip("ABCDEFG", [5, 14, 10, 12, 18, 20, 8]):
        ws.column_dimensions[col].width = w
    xlsx_save(wb, os.path.join(base, "quotes", "CG-Q260105-V2.xlsx"))
    # --- PIs (ReportLab) ---
    amts, total = line_items(items, "qty", "v2")
    deposit = (total * D("0.30")).quantize(Decimal("0.01"))

    def pi(no, date, material, remark, extra):
        rows = [["No.", "Item 货号", "Description 品名描述", "Qty 数量", "Unit price 单价", "Amount 金额"]]
        for n, (i, a) in enumerate(zip(items, amts), 1):
            rows.append([str(n), i["sku"], f"Glass jar {i['cap']} {i['dim']}, {material.split(' ')[0].lower()}"
                         f" glass, bamboo lid + silicone ring, laser logo", f"{i['qty']:,} pcs", f"USD {i['v2']}", f"USD {money(a)}"])
        rows.append(["", "", "TOTAL FOB NINGBO", f"{sum(i['qty'] for i in items):,} pcs", "", f"USD {money(total)}"])
        els = [
            ("title", "PROFORMA INVOICE  形式发票"),
            ("p", "NINGBO CHENGGUANG GLASSWARE CO., LTD.  宁波澄光玻璃制品有限公司\nNo. 8 Hongtang Industrial Park, Jiangbei District, Ningbo, Zhejiang, China"),
            ("kv", [("PI No.:", no), ("Date 日期:", date),
                    ("Buyer 买方:", "Kestrel Pantry Co., Unit 4, Ballymount Business Park, Dublin 12, Ireland" + extra),
                    ("Attn:", "Ms. Niamh Gallagher")]),
            ("table", rows, [5, 14, 40, 12, 13, 16]),
            ("p", say_usd(total)),
            ("kv", [("Material 材质:", material),
                    ("Price term 价格条款:", "FOB NINGBO"),
                    ("Port of loading 装运港:", "Ningbo, China"),
                    ("Payment 付款方式:", "T/T 30% deposit (USD " + money(deposit) + "), 70% balance against copy of B/L"),
                    ("Lead time 交期:", "40 days after receipt of deposit 收到定金后40天"),
                    ("Packing 包装:", "each jar in white box with barcode, 12 pcs/ctn (500/800 ml), 6 pcs/ctn (1200/1800 ml), 5-ply export carton"),
                    ("Certificate 认证:", "LFGB / FDA food contact"),
                    ("Inspection 验货:", "AQL 2.5/4.0 pre-shipment inspection by buyer")]),
            ("h", "Bank information 银行信息"),
            ("kv", [("Beneficiary 收款人:", "NINGBO CHENGGUANG GLASSWARE CO., LTD."),
                    ("Bank 开户行:", "BANK OF NINGBO, JIANGBEI SUB-BRANCH"),
                    ("Bank address:", "No. 218 Renmin Road, Jiangbei District, Ningbo, China"),
                    ("SWIFT:", "BKNBCN2N"),
                    ("A/C No. 账号:", "5101 0122 0004 88316")]),
        ]
        if remark:
            els.append(("p", remark))
        els.append(("sign", "Seller 卖方签章: NINGBO CHENGGUANG GLASSWARE CO., LTD.              Buyer: ____________________"))
        return els

    render_rl(os.path.join(base, "pi", "PI-CG260118.pdf"),
              pi("PI-CG260118", "2026-01-18", "Borosilicate glass 3.3 高硼硅玻璃 (jar) / Moso bamboo 竹 (lid)", "", "\nVAT No.: IE 3612849RH"),
              chop="宁波澄光玻璃制品有限公司")
    render_rl(os.path.join(base, "pi", "PI-CG260118-R1.pdf"),
              pi("PI-CG260118-R1", "2026-02-04", "Soda-lime glass 钠钙玻璃 (jar) / Moso bamboo 竹 (lid)",
                 "R1: buyer VAT number corrected. Deposit USD " + money(deposit) + " received 2026-01-20, balance USD "
                 + money(total - deposit) + ".", "\nVAT No.: IE 3612894RH"),
              chop="宁波澄光玻璃制品有限公司")
    # --- WeChat export (WechatMsg style) ---
    A, N = "Amy 赵敏", "Niamh Gallagher"
    msgs = [
        ("2026-01-05 10:12:33", A, "Niamh 你好！报价单已发你邮箱，CG-Q260105，请查收 😊"),
        ("2026-01-05 10:12:51", A, "[文件] 报价单_CG-Q260105.pdf"),
        ("2026-01-09 16:40:02", N, "Thanks Amy. Prices are a bit high for 7,200 jars in total. Can you do better?"),
        ("2026-01-10 09:05:47", A, "我们跟老板申请了特价，V2 报价发你了，其他条件不变"),
        ("2026-01-10 09:05:59", A, "[文件] CG-Q260105-V2.xlsx"),
        ("2026-01-12 14:21:10", N, "OK, we accept the V2 prices (1.52 / 1.79 / 2.28 / 2.82 FOB Ningbo). Please send the PI."),
        ("2026-01-12 14:23:40", A, "好的，谢谢Niamh！"),
        ("2026-01-18 11:02:15", A, "PI-CG260118 已发邮箱，请安排30%定金，谢谢"),
        ("2026-01-20 15:47:30", N, "Deposit USD 4,219.20 paid today, slip below."),
        ("2026-01-20 15:47:36", N, "[图片]"),
        ("2026-01-21 08:30:12", A, "收到，谢谢！我们今年大概做了120多万个罐子，你们的订单我们会重点跟进的"),
        ("2026-02-03 10:18:44", A, "Niamh，有个事情跟你商量一下：高硼硅原料最近涨价很多，我们建议改用高白料钠钙玻璃，外观一样，价格不变。"),
        ("2026-02-03 10:19:02", A, "Soda-lime glass, looks the same, same price."),
        ("2026-02-03 17:55:09", N, "Hmm. What is the thermal shock rating of soda-lime? Our customers pour hot jam into these jars. "
                                   "Please send me a test report first, I'll decide after that."),
        ("2026-02-04 09:12:27", A, "好的，我问一下检测报告。另外PI我们更新了一下，R1已发你邮箱，主要是更正贵司VAT号。"),
        ("2026-02-04 09:40:55", N, "Thanks, will check."),
        ("2026-02-09 14:05:31", A, "春节放假通知：2月14日至2月24日放假，25日正常上班。祝新年快乐！"),
        ("2026-02-09 14:30:02", N, "Happy new year Amy! 新年快乐"),
        ("2026-03-02 10:44:18", A, "大货已经生产好了，下周可以安排验货，麻烦准备尾款哦"),
    ]
    txt = "".join(f"{t} {s}\n{m}\n\n" for t, s, m in msgs)
    write_text(os.path.join(base, "chat", "wechat_Amy赵敏_澄光玻璃.txt"), txt)


# ===========================================================================
# CASE 02  kids' rain boots (pink of one SKU changed, chat only; inspection pending)
# ===========================================================================
def case02():
    case = "02-kids-rain-boots-pink-chat"
    base = os.path.join(OUT, case)
    write_expected(case)
    items = [
        dict(sku="LP-RB-YEL-24", col="Yellow, Pantone 116 C", size="EU 24 (insole 150 mm)", qty=1200, p="4.60"),
        dict(sku="LP-RB-YEL-28", col="Yellow, Pantone 116 C", size="EU 28 (insole 175 mm)", qty=1200, p="4.85"),
        dict(sku="LP-RB-PNK-26", col="Pink, Pantone 1895 C", size="EU 26 (insole 163 mm)", qty=1500, p="4.75"),
        dict(sku="LP-RB-NVY-30", col="Navy, Pantone 289 C", size="EU 30 (insole 188 mm)", qty=900, p="5.10"),
    ]
    write_order_toml(os.path.join(base, "order.toml"), "LP-PO-26-0117",
                     ["Megan Ortiz", "Megan", "Little Puddles", "Little Puddles LLC"],
                     ["Wenzhou Luming Children's Footwear Co., Ltd.", "温州鹿鸣童鞋有限公司", "Luming", "王磊 Leo", "Leo Wang"],
                     ["megan@littlepuddles.com", "leo@luming-shoes.com"],
                     release={"inspection": "passed"},
                     tolerances={"dimensions": "±3 mm", "weight": "±8%"})
    render_weasy(os.path.join(base, "spec", "LP-RainBoot-Spec-SS26.pdf"), [
        ("title", "Little Puddles LLC — Product Spec: Kids' Rubber Rain Boots (SS26)"),
        ("kv", [("Spec no.", "LP-SPEC-RB-SS26 rev B"), ("Date", "December 8, 2025"), ("Supplier", "Wenzhou Luming Children's Footwear Co., Ltd."),
                ("Approved by", "Megan Ortiz, Product & Sourcing, Little Puddles LLC, Portland OR")]),
        ("h", "Line items"),
        ("table", [["SKU", "Colour", "Size", "Order qty"]] + [[i["sku"], i["col"], i["size"], f"{i['qty']:,} pairs"] for i in items],
         [22, 30, 30, 18]),
        ("h", "Construction"),
        ("kv", [("Upper & outsole", "100% natural rubber (天然橡胶), hand-laid, vulcanised"),
                ("Lining", "100% cotton jersey"), ("Insole", "EVA, removable"),
                ("Shaft height", "EU 24: 150 mm / EU 26: 160 mm / EU 28: 170 mm / EU 30: 180 mm (±3 mm)"),
                ("Weight", "EU 26 pair 620 g (±8%)"),
                ("Logo", "Debossed LP duck logo on pull tab, 25 mm"),
                ("Finish", "Semi-gloss")]),
        ("h", "Compliance"),
        ("p", "CPSIA (total lead ≤ 100 ppm, phthalates ≤ 0.1%), California Prop 65. Third-party lab test before shipment."),
        ("h", "Packaging"),
        ("kv", [("Inner", "Each pair with hangtag, in PE bag with suffocation warning"),
                ("Master carton", "12 pairs/ctn, 5-ply export carton 60 x 40 x 38 cm, carton marks per LP artwork")]),
        ("h", "Commercial"),
        ("kv", [("Price term", "FOB Ningbo"), ("Payment", "T/T 30% deposit, 70% balance before shipment"),
                ("Lead time", "45 days after deposit"),
                ("Inspection", "Third-party pre-shipment inspection, AQL 2.5/4.0 (General II). Balance only after PASSED report and passed CPSIA lab test.")]),
    ], accent="#b5651d")
    # sample record (DOCX)
    render_docx(os.path.join(base, "sample", "样品确认单_Sample-Approval_LP-RB.docx"), [
        ("title", "样品确认单 Sample Approval Form"),
        ("kv", [("客户 Customer", "Little Puddles LLC"), ("工厂 Factory", "温州鹿鸣童鞋有限公司"),
                ("款号 Style", "LP-RB kids rain boot (4 SKUs)"), ("确认日期 Date", "2026-01-08"),
                ("样品数量 Sample qty", "每款2双 2 pairs per SKU")]),
        ("table", [["SKU", "颜色 Colour (target)", "颜色 Measured", "筒高 Shaft (mm)", "重量 Pair weight", "结果 Result"],
                   ["LP-RB-YEL-24", "PMS 116 C", "ΔE 0.8 vs 116 C", "151", "498 g", "OK"],
                   ["LP-RB-YEL-28", "PMS 116 C", "ΔE 0.9 vs 116 C", "171", "702 g", "OK"],
                   ["LP-RB-PNK-26", "PMS 1895 C", "ΔE 1.1 vs 1895 C", "162", "628 g", "OK"],
                   ["LP-RB-NVY-30", "PMS 289 C", "ΔE 0.7 vs 289 C", "178", "776 g", "OK"]]),
        ("p", "备注 Remarks: 天然橡胶，内里全棉针织，压印LOGO清晰。Debossed logo clear. Approved as golden sample."),
        ("sign", "买方签字 Buyer: Megan Ortiz  2026-01-08        工厂签字 Factory: 王磊 Leo Wang  2026-01-08"),
    ], author="Leo Wang")
    amts, total = line_items(items, "qty", "p")
    render_rl(os.path.join(base, "quotes", "Quotation_LM-2601-08.pdf"), [
        ("title", "QUOTATION 报价单"),
        ("p", "WENZHOU LUMING CHILDREN'S FOOTWEAR CO., LTD. 温州鹿鸣童鞋有限公司\nNo. 66 Xiecheng Road, Lucheng District, Wenzhou, Zhejiang"),
        ("kv", [("Quotation No.", "LM-2601-08"), ("Date", "2026-01-09"), ("To", "Little Puddles LLC — Megan Ortiz"), ("Valid", "30 days")]),
        ("table", [["Item", "Colour 颜色", "Size 码数", "Qty (pairs)", "Unit price FOB Ningbo"]] +
         [[i["sku"], i["col"], i["size"].split(" (")[0], f"{i['qty']:,}", f"US${i['p']}/pair"] for i in items], [20, 26, 16, 14, 24]),
        ("kv", [("Material 材质", "natural rubber 天然橡胶, cotton jersey lining"),
                ("Payment 付款", "30% T/T deposit, 70% before shipment"),
                ("Lead time 交期", "45 days after deposit"),
                ("Packing 包装", "1 pair/PE bag, 12 pairs/ctn, 5 ply carton 60*40*38cm"),
                ("Test 测试", "CPSIA + Prop 65 by SGS, cost included")], 120),
        ("sign", "Leo Wang 王磊 | leo@luming-shoes.com | +86 577 8896 2210"),
    ])

    def pi(no, date, pink, note):
        its = [dict(i) for i in items]
        its[2]["col"] = pink
        rows = [["No.", "Item No.", "Colour", "Size", "Qty", "Unit Price", "Amount"]]
        for n, (i, a) in enumerate(zip(its, amts), 1):
            rows.append([str(n), i["sku"], i["col"], i["size"].split(" (")[0], f"{i['qty']:,} prs", f"US${i['p']}", f"US${money(a)}"])
        rows.append(["", "", "", "TOTAL", f"{sum(i['qty'] for i in its):,} prs", "", f"US${money(total)}"])
        els = [("title", "PROFORMA INVOICE 形式发票"),
               ("p", "WENZHOU LUMING CHILDREN'S FOOTWEAR CO., LTD.\n温州鹿鸣童鞋有限公司"),
               ("kv", [("PI No.:", no), ("Date:", date), ("Buyer:", "Little Puddles LLC, 2218 SE Division St, Portland, OR 97202, USA")], 110),
               ("table", rows, [6, 18, 24, 10, 12, 12, 16]),
               ("p", say_usd(total)),
               ("kv", [("Description:", "Kids' rain boots, natural rubber upper/outsole, cotton jersey lining, debossed logo on pull tab"),
                       ("Price term:", "FOB NINGBO"),
                       ("Payment:", "30% T/T deposit, 70% balance before shipment"),
                       ("Delivery:", "45 days after deposit"),
                       ("Packing:", "each pair in PE bag with warning, 12 pairs/ctn, 5-ply carton 60x40x38cm"),
                       ("Test:", "CPSIA / Prop 65 lab test by SGS before shipment"),
                       ("Inspection:", "3rd party PSI AQL 2.5/4.0, balance after inspection passed")], 110)]
        if note:
            els.append(("p", note))
        els += [("h", "BANK DETAILS"),
                ("kv", [("Beneficiary:", "WENZHOU LUMING CHILDREN'S FOOTWEAR CO., LTD."),
                        ("Bank:", "Industrial and Commercial Bank of China, Wenzhou Lucheng Sub-branch"),
                        ("SWIFT:", "ICBKCNBJWZU"), ("Account No.:", "1203 2011 0902 4471 268")], 110),
                ("sign", "Authorized signature: 王磊 Leo Wang (Luming)")]
        return els

    render_fpdf(os.path.join(base, "pi", "PI_LM260126_V1.pdf"), pi("LM260126", "2026-01-26", "Pink, Pantone 1895 C", ""))
    render_fpdf(os.path.join(base, "pi", "PI_LM260126_V2.pdf"),
                pi("LM260126-V2", "2026-02-04", "Pink, PMS 210C",
                   "V2: LP-RB-PNK-26 pink changed to PMS 210C (rubber masterbatch). Other items no change. Deposit US$6,916.50 received 2026-01-28."))
    # forwarded WeChat record
    L, M = "王磊 Leo", "Megan Ortiz"
    msgs = [
        ("2026/01/26 10:05", L, "Hi Megan, PI LM260126 sent to your email, pls check 😊"),
        ("2026/01/27 21:14", M, "Got it, thanks Leo. Deposit will go out tomorrow."),
        ("2026/01/28 09:30", L, "收到定金 US$6,916.50，谢谢！我们今年已经出了85个柜，生产线很满，但是你们的单会按时的"),
        ("2026/02/03 14:22", L, "Megan，跟你说个事：粉色 1895C 的橡胶色母这批缺货，供应商要3周以后才有。我们仓库有现成的 PMS 210C，稍微亮一点，照片如下。不影响交期。"),
        ("2026/02/03 14:22", L, "[图片]"),
        ("2026/02/03 14:23", L, "[图片]"),
        ("2026/02/03 22:47", M, "Let me check with our designer tomorrow."),
        ("2026/02/04 08:15", M, "Designer is fine with it. OK, 210 C is fine for LP-RB-PNK-26, go ahead. Please update the PI."),
        ("2026/02/04 08:40", L, "好的，PI V2 今天发你。黄色116C和藏青289C不变。"),
        ("2026/02/04 08:41", M, "👍"),
        ("2026/02/10 16:02", M, "By the way, what would kids' umbrellas cost? Just curious for next year."),
        ("2026/02/10 16:30", L, "儿童伞大概 US$2.30，起订量 1000 把，明年再详细报"),
        ("2026/03/18 19:55", L, "今天验货了，外观OK，CPSIA 测试报告还没出来，SGS 说下周二出。验货报告写的是 pending"),
        ("2026/03/18 20:10", M, "OK, we'll wait for the lab report before paying the balance."),
    ]
    txt = "Megan Ortiz和王磊 Leo的聊天记录\n\n" + "".join(f"{s}  {t}\n{m}\n\n" for t, s, m in msgs)
    write_text(os.path.join(base, "chat", "WeChat聊天记录_Megan-Leo.txt"), txt)
    # supplier's cover mail for PI V2 (single part)
    body = ("Dear Megan,\n\nAttached PI LM260126-V2, pink of LP-RB-PNK-26 changed to PMS 210C as we talked on WeChat.\n"
            "Other items no change. Production will start on Feb 25 after Chinese New Year.\n\nBest regards\nLeo Wang 王磊\n"
            "Wenzhou Luming Children's Footwear Co., Ltd.\nTel: +86 577 8896 2210\n")
    write_text(os.path.join(base, "chat", "PI LM260126-V2 updated pink.eml"), make_eml([
        ("From", addr("Leo Wang 王磊", "leo@luming-shoes.com")), ("To", addr("Megan Ortiz", "megan@littlepuddles.com")),
        ("Subject", "PI LM260126-V2 (updated pink)"), ("Date", "Wed, 04 Feb 2026 11:02:37 +0800"),
        ("Message-ID", "<20260204110237.5521@luming-shoes.com>")], body, body_encoding="quoted-printable"))
    # inspection report: PENDING (fpdf2)
    render_fpdf(os.path.join(base, "inspection", "验货报告_LM260126_PSI.pdf"), [
        ("title", "验货报告 PRE-SHIPMENT INSPECTION REPORT"),
        ("kv", [("Inspection company:", "HuaJian Quality Services (Wenzhou)"), ("Report No.:", "HJ-PSI-260318-042"),
                ("Date:", "2026-03-18"), ("Client:", "Little Puddles LLC"), ("Factory:", "温州鹿鸣童鞋有限公司"),
                ("PO / PI:", "LP-PO-26-0117 / LM260126-V2"), ("Standard:", "ISO 2859-1, General II, AQL 2.5 major / 4.0 minor")], 150),
        ("table", [["Check", "Sample", "Result", "Remark"],
                   ["Quantity 数量", "4,800 prs", "Pass", "100% finished, 95% packed"],
                   ["Workmanship 外观", "315 prs", "Pass", "0 critical / 2 major / 4 minor (Ac 14/21)"],
                   ["Colour 颜色", "32 prs", "Pass", "vs PI V2 colour standards"],
                   ["Shaft height 筒高", "32 prs", "Pass", "within ±3 mm"],
                   ["Carton 外箱", "8 ctns", "Pass", "5-ply, 60x40x38 cm, 12 prs/ctn, marks OK"],
                   ["CPSIA lab test", "-", "Pending", "SGS report not yet issued (expected 2026-03-24)"]], [26, 14, 12, 48]),
        ("h", "Overall result 结论:  PENDING 待定"),
        ("p", "Final result pending the CPSIA lab test report. Goods not released for shipment."),
        ("sign", "Inspector 验货员: 陈志远 Chen Zhiyuan"),
    ])


# ===========================================================================
# CASE 03  scented candles in tins (bank change from a look-alike mailbox)
# ===========================================================================
def case03():
    case = "03-candle-tins-bank-lookalike"
    base = os.path.join(OUT, case)
    write_expected(case)
    items = [
        dict(sku="EL-TIN-LAV", name="Lavender & Sage", qty=2000, p="2.05"),
        dict(sku="EL-TIN-FIG", name="Fig & Cedarwood", qty=2000, p="2.05"),
        dict(sku="EL-TIN-SEA", name="Sea Salt & Orchid", qty=2000, p="2.15"),
    ]
    write_order_toml(os.path.join(base, "order.toml"), "ELH-PO-0326",
                     ["Chloe Whitfield", "Chloe", "Ember Lane Home", "Ember Lane Home Pty Ltd"],
                     ["Hangzhou Nuanyu Aroma Technology Co., Ltd.", "杭州暖屿香薰科技有限公司", "Nuanyu", "Vivian Xu", "徐薇"],
                     ["chloe@emberlanehome.com.au", "accounts@emberlanehome.com.au", "vivian@nuanyu-aroma.com"],
                     release={"inspection": "passed"},
                     tolerances={"weight": "±3%", "dimensions": "±1 mm"})
    render_docx(os.path.join(base, "spec", "EmberLane_Candle-Tin_Spec_2026.docx"), [
        ("title", "Ember Lane Home — Candle Tin Specification"),
        ("kv", [("Spec ref", "ELH-CT-2026-01"), ("Date", "14/01/2026"), ("Supplier", "Hangzhou Nuanyu Aroma Technology Co., Ltd."),
                ("Approved", "Chloe Whitfield, Head of Product, 14/01/2026")]),
        ("table", [["SKU", "Scent", "Order qty"]] + [[i["sku"], i["name"], f"{i['qty']:,} pcs"] for i in items]),
        ("kv", [("Wax", "Soy wax blend (80% soy / 20% coconut), fragrance load 8%"),
                ("Fill weight", "200 g net wax (±3%)"),
                ("Wick", "1 x cotton ECO 10 wick, lead-free"),
                ("Vessel", "Tin Ø 78 x H 64 mm with slip lid"),
                ("Colour / finish", "Tin and lid matte black powder coat (RAL 9005)"),
                ("Logo", "White silk-screen print on lid, Ember Lane wordmark"),
                ("Certification", "IFRA conformity certificate per fragrance + SDS"),
                ("Inner pack", "Each tin in printed kraft box"),
                ("Master carton", "24 pcs/ctn, 5-ply export carton 42 x 28 x 22 cm"),
                ("Price term", "FOB Shanghai"),
                ("Payment", "T/T 30% deposit, 70% balance before shipment"),
                ("Lead time", "35 days after deposit"),
                ("Inspection", "In-line QC + pre-shipment inspection AQL 2.5/4.0; balance after PASSED"),
                ("Bank (verified by phone 16/01/2026)", "HANGZHOU NUANYU AROMA TECHNOLOGY CO., LTD. / Bank of China Zhejiang Branch, "
                 "Hangzhou Gongshu Sub-branch / SWIFT BKCHCNBJ910 / A/C 3654 7720 4418")]),
    ], author="Chloe Whitfield")
    render_fpdf(os.path.join(base, "sample", "golden-sample_EL-TIN.pdf"), [
        ("title", "Golden Sample Record — EL candle tins"),
        ("p", "Samples received Melbourne 09/01/2026, 2 pcs per scent. Burn test 4 h x 3 cycles."),
        ("table", [["SKU", "Net wax (g)", "Tin (mm)", "Burn / tunnelling", "Scent throw", "Result"],
                   ["EL-TIN-LAV", "201.8", "Ø 78.2 x 64.1", "full melt pool 3 h, no tunnelling", "good", "APPROVED"],
                   ["EL-TIN-FIG", "198.4", "Ø 77.9 x 63.8", "full melt pool 3 h", "good", "APPROVED"],
                   ["EL-TIN-SEA", "203.9", "Ø 78.1 x 64.0", "full melt pool 3.5 h", "medium-strong", "APPROVED"]],
         [18, 12, 18, 26, 14, 12]),
        ("p", "Tin: matte black, white screen-printed lid logo clean. Kraft box fits."),
        ("sign", "Signed off: Chloe Whitfield, 14/01/2026"),
    ])
    amts, total = line_items(items, "qty", "p")
    render_weasy(os.path.join(base, "quotes", "NY-Quote-2601-11.pdf"), [
        ("title", "杭州暖屿香薰科技有限公司 — Quotation 报价单"),
        ("kv", [("Quote No.", "NY-Q-2601-11"), ("Date", "2026-01-11"), ("Customer", "Ember Lane Home Pty Ltd, Melbourne"),
                ("Validity", "30 days")]),
        ("table", [["Item", "Scent", "Spec", "MOQ", "Unit price (USD, FOB Shanghai)"]] +
         [[i["sku"], i["name"], "200g soy blend, black tin Ø78x64mm", "1,000", i["p"]] for i in items], [16, 20, 34, 10, 20]),
        ("kv", [("Payment 付款方式", "30%定金，70%尾款发货前付清"), ("Lead time 交期", "收到定金后35天"),
                ("Packing", "kraft box, 24pcs/ctn, 5 ply"), ("Documents", "IFRA certificate, SDS")]),
        ("sign", "Vivian Xu 徐薇 · vivian@nuanyu-aroma.com · +86 571 8816 3072"),
    ], accent="#6b4f2a")

    def pi(no, date, bank, note):
        rows = [["No.", "Item", "Description", "Qty", "Unit price", "Amount"]]
        for n, (i, a) in enumerate(zip(items, amts), 1):
            rows.append([str(n), i["sku"], f"Scented candle tin 200g, {i['name']}", f"{i['qty']:,} pcs", f"USD {i['p']}", f"USD {money(a)}"])
        rows.append(["", "", "TOTAL FOB SHANGHAI", f"{sum(i['qty'] for i in items):,} pcs", "", f"USD {money(total)}"])
        els = [("title", "PROFORMA INVOICE"),
               ("p", "HANGZHOU NUANYU AROMA TECHNOLOGY CO., LTD. 杭州暖屿香薰科技有限公司\n"
                     "Building 3, No. 188 Kangqiao Road, Gongshu District, Hangzhou 310015, China  Tel +86 571 8816 3072"),
               ("kv", [("PI No.", no), ("Date", date), ("Buyer", "Ember Lane Home Pty Ltd, 41 Smith Street, Fitzroy VIC 3065, Australia")], 90),
               ("table", rows, [5, 15, 38, 12, 13, 17]),
               ("p", say_usd(total)),
               ("kv", [("Price term", "FOB Shanghai"), ("Payment", "T/T 30% deposit, 70% balance before shipment"),
                       ("Lead time", "35 days after deposit"), ("Packing", "printed kraft box, 24 pcs/ctn, 5-ply carton 42x28x22cm"),
                       ("Documents", "IFRA certificate + SDS per fragrance"), ("Inspection", "PSI AQL 2.5/4.0 before balance")], 90),
               ("h", "Beneficiary bank details")]
        els.append(("kv", bank, 110))
        if note:
            els.append(("p", note))
        els.append(("sign", "For and on behalf of HANGZHOU NUANYU AROMA TECHNOLOGY CO., LTD."))
        return els

    good = [("Beneficiary:", "HANGZHOU NUANYU AROMA TECHNOLOGY CO., LTD."),
            ("Bank name:", "BANK OF CHINA ZHEJIANG BRANCH, HANGZHOU GONGSHU SUB-BRANCH"),
            ("Bank address:", "No. 321 Zhongshan North Road, Hangzhou, China"),
            ("SWIFT code:", "BKCHCNBJ910"), ("Account No.:", "365477204418")]
    fake = [("Beneficiary:", "HK NUANYU INTERNATIONAL TRADE CO., LIMITED"),
            ("Bank name:", "THE HONGKONG AND SHANGHAI BANKING CORPORATION LIMITED"),
            ("Bank address:", "1 Queen's Road Central, Hong Kong"),
            ("SWIFT code:", "HSBCHKHHHKH"), ("Account No.:", "652-418837-838")]
    render_rl(os.path.join(base, "pi", "PI-NY2603017.pdf"), pi("NY-2603-017", "2026-03-02", good, ""), font="WQY",
              chop="杭州暖屿香薰科技有限公司")
    fake_pi = pdf_bytes(render_rl, pi("NY-2603-017-R2", "2026-04-07", fake,
                                      "R2: bank information updated. Please remit the 70% balance USD 8,750.00 to the account above."),
                        chop="杭州暖屿香薰科技有限公司")
    write_bytes(os.path.join(base, "pi", "PI-NY2603017-R2.pdf"), fake_pi)
    render_rl(os.path.join(base, "inspection", "PSI-Report_NY-2603-017.pdf"), [
        ("title", "Pre-Shipment Inspection Report"),
        ("kv", [("Report no.", "ELH-QC-0407"), ("Inspector", "Marcus Feng (Ember Lane QC agent, Hangzhou)"),
                ("Date", "2026-04-07"), ("PO / PI", "ELH-PO-0326 / NY-2603-017"), ("AQL", "General II, 2.5 / 4.0"),
                ("Lot", "6,000 pcs, 250 cartons, 100% packed")], 110),
        ("table", [["Item", "Sample", "Critical", "Major", "Minor", "Result"],
                   ["EL-TIN-LAV", "125", "0", "1", "2", "PASS"],
                   ["EL-TIN-FIG", "125", "0", "0", "3", "PASS"],
                   ["EL-TIN-SEA", "125", "0", "2", "1", "PASS"]], [20, 12, 12, 12, 12, 12]),
        ("p", "Net wax weight (n=15 per scent): 197.2 - 204.6 g, within 200 g ±3%. Tin Ø 78 x 64 mm OK. Burn test OK.\n"
              "Carton: 5-ply, 42 x 28 x 22 cm, 24 pcs/ctn, G.W. 7.6 kg."),
        ("h", "OVERALL RESULT: PASSED"),
    ])
    # ---- mails ----
    genuine_body = ("Hi Chloe,\n\nGoods are finished and packed, 250 cartons. Inspection can be on 7 April, please confirm with Marcus.\n"
                    "After inspection please arrange the balance as per PI NY-2603-017.\n\nBest regards,\nVivian Xu 徐薇\n"
                    "Hangzhou Nuanyu Aroma Technology Co., Ltd.\nTel: +86 571 8816 3072\n")
    chloe_reply = ("Hi Vivian,\n\n7 April works, Marcus will be there at 9am. We'll pay the balance once the report is PASSED.\n\n"
                   "Cheers,\nChloe\n")
    write_text(os.path.join(base, "chat", "2026-03-31 RE_ PI NY-2603-017 inspection date.eml"), make_eml([
        ("From", addr("Chloe Whitfield", "chloe@emberlanehome.com.au")),
        ("To", addr("Vivian Xu", "vivian@nuanyu-aroma.com")),
        ("Subject", "RE: PI NY-2603-017 inspection date"), ("Date", "Tue, 31 Mar 2026 09:14:05 +1100"),
        ("Message-ID", "<ME3P282MB0101.2026033109140@emberlanehome.com.au>"),
        ("In-Reply-To", "<2026033015220731@nuanyu-aroma.com>")],
        chloe_reply + "\n-----Original Message-----\nFrom: Vivian Xu <vivian@nuanyu-aroma.com>\nSent: Monday, 30 March 2026 6:22 PM\n"
        "To: Chloe Whitfield <chloe@emberlanehome.com.au>\nSubject: PI NY-2603-017 inspection date\n\n" + genuine_body))
    fake_body = ("Dear Chloe,\n\nGood day! Inspection passed yesterday, thank you.\n\n"
                 "Please kindly note that due to our company annual tax audit, our Bank of China account can not receive foreign "
                 "currency this month. Please arrange the 70% balance USD 8,750.00 to our Hong Kong company account, see attached "
                 "revised PI R2:\n\n"
                 "Beneficiary: HK NUANYU INTERNATIONAL TRADE CO., LIMITED\n"
                 "Bank: The Hongkong and Shanghai Banking Corporation Limited\n"
                 "SWIFT: HSBCHKHHHKH\nA/C No.: 652-418837-838\n\n"
                 "请尽快安排尾款并发水单给我们，我们好订船。Please send us the bank slip ASAP so we can book the vessel.\n\n"
                 "Best regards,\nVivian Xu 徐薇\nHangzhou Nuanyu Aroma Technology Co., Ltd.\n\n")
    fake_full = fake_body + "-----Original Message-----\nFrom: Chloe Whitfield <chloe@emberlanehome.com.au>\nSent: Tuesday, 31 March 2026 9:14 AM\n" \
        "To: Vivian Xu <vivian@nuanyu-aroma.com>\nSubject: RE: PI NY-2603-017 inspection date\n\n" + chloe_reply
    write_text(os.path.join(base, "chat", "2026-04-08 RE_ PI NY-2603-017 balance payment.eml"), make_eml([
        ("From", addr("Vivian Xu", "vivian@nuanyu-arorna.com")),
        ("Reply-To", "vivian.nuanyu@outlook.com"),
        ("To", addr("Chloe Whitfield", "chloe@emberlanehome.com.au")),
        ("Subject", hdr("RE: PI NY-2603-017 balance payment / 尾款账户变更")), ("Date", "Wed, 08 Apr 2026 10:47:12 +0800"),
        ("Message-ID", "<8f3a21c0-77e2-4b1d-a1f0-0408104712@nuanyu-arorna.com>")],
        fake_full, attachments=[("PI-NY2603017-R2.pdf", "application/pdf", fake_pi)],
        boundary="----=_NextPart_000_0017_01DCC7A1.5B3E9F20", body_encoding="base64"))
    hold_body = ("Hi team,\n\nDo NOT pay the balance for ELH-PO-0326 to the HK account in the mail below. The sender domain is "
                 "nuanyu-arorna.com (r-n), not nuanyu-aroma.com, and the reply-to is an outlook address. I'll call Vivian on "
                 "+86 571 8816 3072 (number from the original PI and quote) before anything moves. The verified account "
                 "(BOC Hangzhou, ending 4418) stays the only one on file.\n\nChloe\n\n"
                 "-----Original Message-----\nFrom: Vivian Xu <vivian@nuanyu-arorna.com>\nSent: Wednesday, 8 April 2026 1:47 PM\n"
                 "Subject: RE: PI NY-2603-017 balance payment / 尾款账户变更\n\n") + quote_block(fake_body)
    write_text(os.path.join(base, "chat", "2026-04-08 FW_ HOLD balance ELH-PO-0326.eml"), make_eml([
        ("From", addr("Chloe Whitfield", "chloe@emberlanehome.com.au")),
        ("To", addr("Ember Lane Accounts", "accounts@emberlanehome.com.au")),
        ("Subject", hdr("FW: HOLD balance ELH-PO-0326 - suspicious bank change")), ("Date", "Wed, 08 Apr 2026 14:02:51 +1000"),
        ("Message-ID", "<ME3P282MB0101.2026040814025@emberlanehome.com.au>")], hold_body))


# ===========================================================================
# CASE 04  wooden toy blocks (ASTM/CPSIA dropped from PI, lead time 40 -> 55 days)
# ===========================================================================
def case04():
    case = "04-wooden-blocks-cert-leadtime"
    base = os.path.join(OUT, case)
    write_expected(case)
    items = [
        dict(sku="BC-BLK-50", cn="50粒原木积木（帆布袋装）", en="50-pc natural beech block set in canvas bag", qty=1000, p="6.80", pc=10, gw="8.4"),
        dict(sku="BC-BLK-100", cn="100粒彩色积木（木箱装）", en="100-pc painted block set in wooden crate", qty=600, p="12.40", pc=6, gw="11.6"),
        dict(sku="BC-ABC-28", cn="28粒字母积木", en="28-pc alphabet blocks, screen printed letters", qty=1500, p="3.95", pc=20, gw="8.9"),
    ]
    write_order_toml(os.path.join(base, "order.toml"), "BC-2026-011",
                     ["Priya Raman", "Priya", "Brindle & Co. Toys", "Brindle"],
                     ["Yunhe Muqu Toys Co., Ltd.", "云和县木趣玩具有限公司", "Muqu", "叶晓春 Sunny", "Sunny Ye"],
                     ["priya@brindletoys.ca", "sunny@muqutoys.cn"],
                     tolerances={"dimensions": "±0.5 mm"})
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    ws = wb.active
    ws.title = "Spec"
    ws.merge_cells("A1:F1")
    ws["A1"] = "Brindle & Co. Toys — Wooden Block Sets — Product Specification (rev 2, 2026-01-06)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Pieces", "Block size", "Order qty", "Packing"])
    for c in ws[3]:
        c.fill = PatternFill("solid", fgColor="DDE7D0")
    pieces = {"BC-BLK-50": 50, "BC-BLK-100": 100, "BC-ABC-28": 28}
    for i in items:
        ws.append([i["sku"], i["en"], pieces[i["sku"]], "30 x 30 x 30 mm", i["qty"], f"{i['pc']} sets/ctn"])
    r = ws.max_row + 2
    rows = [("Material", "Solid beech wood (榉木), kiln dried, moisture ≤ 12%, sanded, no splinters"),
            ("Paint / finish", "Water-based non-toxic paint (BC-BLK-100, BC-ABC-28 letters); natural blocks: food-grade beeswax finish"),
            ("Colours", "BC-BLK-100: 6 colours per Brindle palette card BP-3 (Pantone 7416 C, 7409 C, 7489 C, 7459 C, 7675 C, 9224 C)"),
            ("Logo", "Brindle logo hot-stamped on canvas bag / wooden crate lid / ABC gift box"),
            ("Tolerance", "Block size ±0.5 mm; edges radius R2"),
            ("Certification", "EN71-1/2/3 AND ASTM F963-23 / CPSIA (incl. lead and heavy metals), third-party lab (SGS, Intertek or BV), "
                              "CPC issued before shipment. Canada: CCPSA / SOR-2011-17 covered by ASTM report."),
            ("PI / contract", "The PI shall state the certification clause: EN71-1/2/3 + ASTM F963 / CPSIA by third-party lab."),
            ("Price term", "FOB Ningbo"),
            ("Payment", "T/T 30% deposit, 70% balance against copy of B/L"),
            ("Lead time", "Goods ready no later than 40 days after deposit"),
            ("Inspection", "PSI AQL 2.5 / 4.0, General II")]
    for k, v in rows:
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(row=r, column=2, value=v).alignment = Alignment(wrap_text=True)
        r += 1
    ws2 = wb.create_sheet("Packaging")
    ws2.append(["SKU", "Inner pack", "Sets/ctn", "Carton", "Carton marks"])
    ws2.append(["BC-BLK-50", "canvas drawstring bag + hangtag, in PE bag", 10, "5-ply 50 x 34 x 32 cm", "Brindle main marks + SKU + qty"])
    ws2.append(["BC-BLK-100", "wooden crate with sliding lid, shrink-wrapped", 6, "5-ply 46 x 36 x 30 cm", "Brindle main marks + SKU + qty"])
    ws2.append(["BC-ABC-28", "printed gift box 17 x 17 x 12 cm", 20, "5-ply 54 x 36 x 38 cm", "Brindle main marks + SKU + qty"])
    for col, w in zip("ABCDEF", [14, 50, 10, 22, 14, 18]):
        ws.column_dimensions[col].width = w
    xlsx_save(wb, os.path.join(base, "spec", "Brindle_Block-Sets_Spec_rev2.xlsx"))
    render_rl(os.path.join(base, "sample", "Sample-sign-off_BC-BLK.pdf"), [
        ("title", "Sample sign-off — Brindle wooden blocks"),
        ("kv", [("Date", "2026-01-12"), ("Samples", "2 sets per SKU, courier SF 1022 7788 3301"), ("Checked by", "Priya Raman, Toronto")], 100),
        ("table", [["SKU", "Block size measured (10 blocks)", "Moisture", "Paint", "Result"],
                   ["BC-BLK-50", "29.8 - 30.3 mm", "9.5%", "n/a (beeswax)", "Approved"],
                   ["BC-BLK-100", "29.7 - 30.2 mm", "10.1%", "even, no chips", "Approved"],
                   ["BC-ABC-28", "29.9 - 30.4 mm", "9.8%", "letters sharp", "Approved"]], [16, 30, 12, 20, 14]),
        ("p", "Pull test on canvas bag drawstring OK. Crate lid slides smoothly. Colours match palette card BP-3."),
        ("sign", "Approved as golden samples — Priya Raman, Brindle & Co. Toys, 2026-01-12"),
    ])
    # quote xlsx (Chinese-heavy)
    wb = Workbook()
    ws = wb.active
    ws.title = "报价"
    ws.merge_cells("A1:H1"); ws["A1"] = "云和县木趣玩具有限公司  报价单"
    ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2"); ws["A2"] = "YUNHE MUQU TOYS CO., LTD.   浙江省丽水市云和县城东工业园区  电话：0578-5512 386"
    ws.merge_cells("A3:D3"); ws["A3"] = "客户：Brindle & Co. Toys (Priya Raman)"
    ws.merge_cells("E3:H3"); ws["E3"] = "报价单号：MQ-Q2601-07   日期：2026年1月7日"
    ws.append(["序号", "货号", "品名", "图片", "规格", "单价(美元)", "数量", "装箱数"])
    for n, i in enumerate(items, 1):
        ws.append([n, i["sku"], i["cn"], "", "30×30×30mm", float(i["p"]), i["qty"], f"{i['pc']}套/箱"])
        ws.cell(row=ws.max_row, column=6).number_format = "0.00"
    ws.append([])
    terms = [("材质", "榉木，水性漆"), ("价格条款", "FOB 宁波"), ("付款方式", "30%定金，70%尾款见提单副本"),
             ("交期", "收到定金后40天"), ("认证", "EN71-1/2/3 + ASTM F963 / CPSIA（第三方检测，费用另计 USD 380）"),
             ("包装", "五层瓦楞纸箱，唛头按客户要求"), ("有效期", "30天")]
    for k, v in terms:
        r = ws.max_row + 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=1, value=k)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
        ws.cell(row=r, column=3, value=v)
    for col, w in zip("ABCDEFGH", [6, 13, 26, 8, 14, 11, 9, 10]):
        ws.column_dimensions[col].width = w
    xlsx_save(wb, os.path.join(base, "quotes", "木趣报价单_MQ-Q2601-07.xlsx"))
    # PI (WeasyPrint, bilingual)
    amts, total = line_items(items, "qty", "p")
    rows = [["序号 No.", "货号 Item", "品名 Description", "数量 Qty", "单价 Unit price", "金额 Amount"]]
    for n, (i, a) in enumerate(zip(items, amts), 1):
        rows.append([str(n), i["sku"], f"{i['cn']}\n{i['en']}", f"{i['qty']:,} 套 sets", f"USD {i['p']}", f"USD {money(a)}"])
    rows.append(["", "", "合计 TOTAL (FOB NINGBO)", f"{sum(i['qty'] for i in items):,} 套", "", f"USD {money(total)}"])
    render_weasy(os.path.join(base, "pi", "形式发票_PI-MQ260202.pdf"), [
        ("title", "形式发票 PROFORMA INVOICE"),
        ("p", "云和县木趣玩具有限公司 YUNHE MUQU TOYS CO., LTD.\n浙江省丽水市云和县城东工业园区 Chengdong Industrial Park, Yunhe County, Lishui, Zhejiang"),
        ("kv", [("发票号 PI No.", "MQ260202"), ("日期 Date", "2026年2月2日"),
                ("买方 Buyer", "Brindle & Co. Toys Inc., 388 Carlaw Ave, Unit 204, Toronto ON M4M 2T4, Canada")]),
        ("table", rows, [8, 14, 38, 14, 12, 14]),
        ("p", say_usd(total)),
        ("kv", [("材质 Material", "榉木 beech wood, 水性漆 water-based paint"),
                ("规格 Size", "积木 30×30×30mm"),
                ("价格条款 Price term", "FOB 宁波 NINGBO"),
                ("付款方式 Payment", "30%定金，70%尾款见提单副本 / T/T 30% deposit, 70% against B/L copy"),
                ("交期 Lead time", "收到定金后55天 / 55 days after deposit"),
                ("认证 Certification", "EN71-1/2/3 (CE)"),
                ("包装 Packing", "五层瓦楞纸箱 5-ply export carton, 10/6/20 sets per carton, Brindle marks"),
                ("验货 Inspection", "AQL 2.5/4.0 出货前验货 pre-shipment inspection")]),
        ("h", "银行信息 Bank information"),
        ("kv", [("收款人 Beneficiary", "YUNHE MUQU TOYS CO., LTD."),
                ("开户行 Bank", "中国农业银行云和县支行 AGRICULTURAL BANK OF CHINA, YUNHE SUB-BRANCH"),
                ("SWIFT", "ABOCCNBJ190"), ("账号 A/C No.", "1983 0101 0400 6271 5")]),
        ("sign", "卖方 Seller: 云和县木趣玩具有限公司（盖章）          买方 Buyer: ________________"),
    ], accent="#3b6e22")
    render_fpdf(os.path.join(base, "other", "装箱单_草稿_packing-list-draft.pdf"), [
        ("title", "装箱单（草稿）PACKING LIST (draft)"),
        ("p", "PI MQ260202 — for carton label checking only"),
        ("table", [["货号 Item", "套/箱 Sets/ctn", "箱数 Ctns", "毛重/箱 G.W.", "净重/箱 N.W.", "外箱尺寸 Carton", "CBM"]] +
         [[i["sku"], str(i["pc"]), str(i["qty"] // i["pc"]), f"{i['gw']} kg", f"{D(i['gw']) - D('0.9')} kg",
           {"BC-BLK-50": "50x34x32cm", "BC-BLK-100": "46x36x30cm", "BC-ABC-28": "54x36x38cm"}[i["sku"]],
           {"BC-BLK-50": "5.44", "BC-BLK-100": "4.97", "BC-ABC-28": "5.54"}[i["sku"]]] for i in items]
         + [["合计 TOTAL", "", "275", "", "", "", "15.95"]], [16, 12, 10, 13, 13, 20, 10]),
    ])
    S, P = "Sunny叶晓春", "Priya Raman"
    msgs = [
        ("2026-01-07 15:31:08", S, "Priya 您好，报价单 MQ-Q2601-07 发您邮箱了，请查看"),
        ("2026-01-08 09:02:44", P, "Thank you Sunny. Prices are fine. Samples next please, 2 sets each."),
        ("2026-01-13 10:11:20", P, "Samples approved, all three! Blocks measure 30 mm nicely. Please prepare the PI."),
        ("2026-01-20 16:48:39", S, "Priya，ASTM F963 测试费要 USD 380，我们已经有 EN71 的报告，这次可以只用 EN71 吗？"),
        ("2026-01-20 22:15:02", P, "No, sorry — we sell in Canada and the US, our retailers require ASTM F963 / CPSIA. "
                                   "Please keep it as in the spec. We can share the test fee 50/50 if that helps."),
        ("2026-01-21 08:40:11", S, "好的，我跟老板说一下"),
        ("2026-02-02 11:26:57", S, "[文件] 形式发票_PI-MQ260202.pdf"),
        ("2026-02-02 11:27:30", S, "PI 发您了。最近订单多，交期要55天左右，春节后工人回来得慢"),
        ("2026-02-02 21:05:48", P, "55 days is too long for our holiday catalogue. Can you do 45 days? Also the PI only shows EN71 — "
                                   "ASTM F963 / CPSIA must be on it. Please revise, deposit will be paid once the PI is corrected."),
        ("2026-02-03 08:52:16", S, "我尽量安排，回头给您答复"),
        ("2026-02-03 08:52:40", S, "[图片]"),
        ("2026-02-03 09:10:05", P, "Cute photo of the new crates! By the way our puzzle order last year was 2,000 pcs, the blocks should do better."),
        ("2026-02-12 17:20:31", S, "我们2月13日到2月25日放春节假，节后联系。新年快乐！"),
    ]
    write_text(os.path.join(base, "chat", "wechat_Sunny叶晓春_木趣玩具.txt"), "".join(f"{t} {s}\n{m}\n\n" for t, s, m in msgs))


# ===========================================================================
# CASE 05  shower curtains (inner pack changed by signed CO; 3-ply refused)
# ===========================================================================
def case05():
    case = "05-shower-curtains-co-kraft"
    base = os.path.join(OUT, case)
    write_expected(case)
    items = [
        dict(sku="TW-SC-WAVE", d="Blue wave print (Pantone 2955 C / 7541 C)", qty=1800, p="3.65"),
        dict(sku="TW-SC-LINEN", d="Linen-look, oatmeal (Pantone 7527 C)", qty=1200, p="3.65"),
        dict(sku="TW-SC-STRIPE", d="Navy/white stripe (Pantone 289 C / white)", qty=1200, p="3.80"),
    ]
    write_order_toml(os.path.join(base, "order.toml"), "TWB-PO-2611",
                     ["Jordan Pike", "Jordan", "Tidewater Bath Co."],
                     ["Shaoxing Keqiao Zhiya Home Textile Co., Ltd.", "绍兴柯桥织雅家纺有限公司", "Zhiya", "Cindy Lou", "楼欣"],
                     ["jordan@tidewaterbath.com", "cindy@zhiya-textile.com"],
                     roles={"changes/CO-01_TW-SC_inner-pack_signed.pdf": "change"},
                     release={"inspection": "passed"},
                     tolerances={"dimensions": "±2 cm"})
    render_fpdf(os.path.join(base, "spec", "TW_ShowerCurtain_Spec_Rev2.pdf"), [
        ("title", "Tidewater Bath Co. — Shower Curtain Spec (Rev 2)"),
        ("kv", [("Spec #:", "TWB-SC-2026-R2"), ("Date:", "2026-01-05"), ("Approved:", "Jordan Pike, Sourcing Director")], 110),
        ("table", [["SKU", "Design / colour", "Order qty"]] + [[i["sku"], i["d"], f"{i['qty']:,} pcs"] for i in items], [22, 56, 22]),
        ("kv", [("Size:", "180 x 180 cm (72 x 72 in), tolerance ±2 cm"),
                ("Fabric:", "100% polyester, 160 gsm, water-repellent finish, machine washable"),
                ("Grommets:", "12 rustproof nickel-plated metal grommets, Ø 12 mm inner"),
                ("Hooks:", "12 plastic C-hooks included, white"),
                ("Hem:", "weighted bottom hem (3 sewn-in magnets)"),
                ("Label:", "sewn care label with TWB logo, bottom left corner"),
                ("Inner pack:", "curtain + hooks folded in PVC zip bag with printed insert card"),
                ("Master carton:", "24 pcs/ctn, 5-ply export carton 52 x 36 x 30 cm"),
                ("Compliance:", "OEKO-TEX Standard 100 (class I-IV) certificate for fabric"),
                ("Price term:", "FOB Ningbo"),
                ("Payment:", "T/T 30% deposit, 70% balance against copy of B/L"),
                ("Lead time:", "35 days after deposit"),
                ("Inspection:", "Pre-shipment inspection AQL 2.5/4.0; balance released after PASSED report")], 110),
    ])
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Golden sample"
    ws.merge_cells("A1:F1"); ws["A1"] = "TWB golden sample measurements — received 2026-01-10, approved 2026-01-14 (J. Pike)"
    ws["A1"].font = Font(bold=True)
    ws.append(["SKU", "Width (cm)", "Length (cm)", "Fabric weight (gsm)", "Grommets", "Result"])
    ws.append(["TW-SC-WAVE", 179.2, 180.6, 162, 12, "Approved"])
    ws.append(["TW-SC-LINEN", 180.4, 179.1, 158, 12, "Approved"])
    ws.append(["TW-SC-STRIPE", 179.8, 181.3, 161, 12, "Approved"])
    ws.append([])
    ws.merge_cells("A7:F7"); ws["A7"] = "Water bead test OK, print registration OK, magnets in hem OK. Sample qty: 2 pcs/SKU."
    xlsx_save(wb, os.path.join(base, "sample", "TW-SC_golden_sample.xlsx"))
    render_weasy(os.path.join(base, "quotes", "ZY-Q-2601-033.pdf"), [
        ("title", "QUOTATION — Shaoxing Keqiao Zhiya Home Textile Co., Ltd."),
        ("kv", [("No.", "ZY-Q-2601-033"), ("Date", "2026-01-06"), ("To", "Tidewater Bath Co., Charleston SC — Mr. Jordan Pike")]),
        ("table", [["Item", "Design", "Size", "Qty", "Price USD/pc FOB Ningbo"]] +
         [[i["sku"], i["d"], "72x72 inch", f"{i['qty']:,}", i["p"]] for i in items], [18, 40, 14, 10, 18]),
        ("kv", [("Fabric", "100% polyester 160gsm, water repellent"), ("Accessories", "12 metal grommets + 12 C-hooks"),
                ("Packing", "PVC zip bag with insert card, 24pcs/ctn, 5 ply carton 52*36*30cm"),
                ("Payment", "30% deposit, 70% against copy of B/L"), ("Delivery", "35 days after deposit"),
                ("Certificate", "OEKO-TEX 100 (fabric mill certificate)")]),
        ("sign", "Cindy Lou 楼欣 · Sales Manager · cindy@zhiya-textile.com"),
    ], accent="#22577a")
    render_rl(os.path.join(base, "changes", "CO-01_TW-SC_inner-pack_signed.pdf"), [
        ("title", "CHANGE ORDER CO-01"),
        ("kv", [("Order:", "TWB-PO-2611 / Quote ZY-Q-2601-033"), ("Date:", "2026-01-28"),
                ("Buyer:", "Tidewater Bath Co."), ("Supplier:", "Shaoxing Keqiao Zhiya Home Textile Co., Ltd.")], 100),
        ("table", [["Field", "From", "To", "Applies to"],
                   ["Inner pack", "PVC zip bag with printed insert card", "Recycled kraft paper sleeve with printed wrap band; hooks in small kraft paper bag; no plastic", "All SKUs"]],
         [16, 28, 42, 14]),
        ("kv", [("Reason:", "Retailer plastic-free packaging policy (effective Q2 2026)"),
                ("Cost impact:", "Unit price unchanged (USD 3.65 / 3.65 / 3.80). Supplier absorbs cost."),
                ("Other terms:", "No change (carton 24 pcs/ctn, 5-ply; lead time; payment)")], 100),
        ("sp", 10),
        ("sign", "Approved — Buyer: Jordan Pike, Sourcing Director, Tidewater Bath Co.    Signature: J. Pike    Date: 2026-01-28"),
        ("sign", "Accepted — Supplier: Cindy Lou 楼欣, Sales Manager    Signature: 楼欣    Date: 2026-01-28"),
    ], chop="绍兴柯桥织雅家纺有限公司")
    amts, total = line_items(items, "qty", "p")

    def pi(no, date, inner, note):
        rows = [["No.", "Item No.", "Description", "Quantity", "Unit Price", "Amount"]]
        for n, (i, a) in enumerate(zip(items, amts), 1):
            rows.append([str(n), i["sku"], f"Polyester shower curtain 180x180cm, {i['d']}", f"{i['qty']:,}pcs", f"${i['p']}", f"${money(a)}"])
        rows.append(["", "", "Total FOB Ningbo", f"{sum(i['qty'] for i in items):,}pcs", "", f"${money(total)}"])
        els = [("title", "PROFORMA INVOICE"),
               ("p", "SHAOXING KEQIAO ZHIYA HOME TEXTILE CO., LTD.  绍兴柯桥织雅家纺有限公司\nNo. 1099 Huiyuan Road, Keqiao District, Shaoxing, Zhejiang, China"),
               ("kv", [("PI No.:", no), ("Date:", date), ("Messrs:", "Tidewater Bath Co., 85 Meeting St, Charleston, SC 29401, USA")], 90),
               ("table", rows, [5, 15, 42, 12, 10, 16]),
               ("p", say_usd(total)),
               ("kv", [("Fabric:", "100% polyester 160gsm, water repellent, 12 metal grommets + 12 C-hooks"),
                       ("Inner packing:", inner),
                       ("Outer packing:", "24pcs/ctn, 5-ply export carton 52x36x30cm"),
                       ("Price term:", "FOB NINGBO"), ("Payment:", "T/T 30% deposit, 70% balance against copy of B/L"),
                       ("Delivery:", "35 days after receiving deposit"),
                       ("Certificate:", "OEKO-TEX Standard 100"), ("Inspection:", "AQL 2.5/4.0 PSI before balance")], 100)]
        if note:
            els.append(("p", note))
        els += [("h", "Bank Details"),
                ("kv", [("Beneficiary:", "SHAOXING KEQIAO ZHIYA HOME TEXTILE CO., LTD."),
                        ("Bank:", "CHINA CONSTRUCTION BANK, SHAOXING KEQIAO SUB-BRANCH"),
                        ("SWIFT:", "PCBCCNBJZJX"), ("A/C No.:", "3305 0165 7241 0000 2816")], 100),
                ("sign", "Seller: SHAOXING KEQIAO ZHIYA HOME TEXTILE CO., LTD.")]
        return els

    render_rl(os.path.join(base, "pi", "PI-ZY260120.pdf"),
              pi("ZY260120", "2026-01-20", "each curtain + hooks in PVC zip bag with printed insert card", ""), chop="绍兴柯桥织雅家纺有限公司")
    render_rl(os.path.join(base, "pi", "PI-ZY260120-V2.pdf"),
              pi("ZY260120-V2", "2026-01-29", "recycled kraft paper sleeve with printed wrap band, hooks in kraft paper bag, no plastic",
                 "V2 as per Change Order CO-01 dated 2026-01-28. Prices unchanged."), chop="绍兴柯桥织雅家纺有限公司")
    C, J = "Cindy Lou", "Jordan Pike"
    log = [
        ("2026-01-20 09:14", C, "Hi Jordan, PI ZY260120 sent by email. Please arrange 30% deposit."),
        ("2026-01-21 20:02", J, "Thanks Cindy. One thing: our retailer goes plastic-free in Q2. Can you quote a kraft paper sleeve instead of the PVC bag?"),
        ("2026-01-22 10:30", C, "Yes we can do recycled kraft sleeve with printed band, same price for you. Mockup photo attached."),
        ("2026-01-22 10:31", C, "<image: kraft_sleeve_mockup.jpg>"),
        ("2026-01-23 08:45", J, "Looks good. I'll send a change order for signature so it's on paper."),
        ("2026-01-28 15:10", J, "CO-01 signed on our side, attached. Please countersign and issue PI V2."),
        ("2026-01-29 11:02", C, "Countersigned and chopped, PI V2 sent."),
        ("2026-02-05 14:20", C, "Jordan, to save some freight cost could we use 3-ply carton instead of 5-ply? 24pcs is not heavy, about 11.5kg."),
        ("2026-02-05 21:47", J, "No, please keep 5-ply. Our last shipment from another vendor arrived crushed at the DC."),
        ("2026-02-06 09:05", C, "OK understood, 5-ply no change."),
        ("2026-02-06 09:06", C, "BTW we shipped 3 containers to Savannah this week, the port is very busy, book early!"),
        ("2026-03-09 17:30", C, "Inspection passed today, report from V-Check sent by email. Please arrange balance, thank you."),
    ]
    write_text(os.path.join(base, "chat", "teams_chat_Cindy-Lou_Zhiya.log"), "".join(f"[{t}] {s}: {m}\n" for t, s, m in log))
    render_weasy(os.path.join(base, "inspection", "PSI_ZY260120_V-Check.pdf"), [
        ("title", "V-Check Inspection Services — Final Random Inspection"),
        ("kv", [("Report no.", "VC-NB-260309-118"), ("Inspection date", "2026-03-09"), ("Client", "Tidewater Bath Co."),
                ("Supplier", "Shaoxing Keqiao Zhiya Home Textile Co., Ltd."), ("PO / PI", "TWB-PO-2611 / ZY260120-V2"),
                ("Standard", "ANSI/ASQ Z1.4, General II, AQL 0 / 2.5 / 4.0"), ("Lot", "4,200 pcs, 175 cartons, 100% packed")]),
        ("table", [["Section", "Result", "Notes"],
                   ["Quantity", "Pass", "4,200 pcs / 175 ctns"],
                   ["Workmanship (sample 200)", "Pass", "0 critical, 2 major (Ac 10), 5 minor (Ac 14)"],
                   ["Measurements", "Pass", "width 179.0-181.2 cm, length 179.4-181.5 cm"],
                   ["Packing", "Pass", "kraft sleeve per CO-01; 24 pcs/ctn; 5-ply 52x36x30 cm"],
                   ["Labels / marks", "Pass", "care label, carton marks OK"]], [36, 12, 52]),
        ("h", "Overall result: PASSED"),
        ("sign", "Inspector: Wang Jun    Reviewed: Li Na (V-Check Ningbo)"),
    ], accent="#0b6e4f")


# ===========================================================================
# CASE 06  folding umbrellas (deposit 30 -> 40 %, agreed only in WhatsApp iOS de)
# ===========================================================================
def case06():
    case = "06-umbrellas-deposit-whatsapp"
    base = os.path.join(OUT, case)
    write_expected(case)
    items = [
        dict(sku="RF-UM-3F-BLK", col="Black (schwarz)", pms="Black 6 C", qty=2000, p="3.95"),
        dict(sku="RF-UM-3F-OLV", col="Olive (oliv)", pms="Pantone 5753 C", qty=1000, p="3.95"),
        dict(sku="RF-UM-3F-SND", col="Sand", pms="Pantone 7528 C", qty=1000, p="3.95"),
    ]
    write_order_toml(os.path.join(base, "order.toml"), "RF-2026-0042",
                     ["Lukas Brandt", "Lukas", "Regenfest", "Regenfest GmbH"],
                     ["Xiamen Yuhang Umbrella Co., Ltd.", "厦门宇航伞业有限公司", "Yuhang", "Grace Lin", "林佳"],
                     ["l.brandt@regenfest.de", "grace@yuhang-umbrella.com"],
                     tolerances={"dimensions": "±1.5 cm", "weight": "±5%"})
    render_weasy(os.path.join(base, "spec", "Regenfest_Taschenschirm_Spec_RF-UM-3F.pdf"), [
        ("title", "Regenfest GmbH — Produktspezifikation / Product Specification"),
        ("kv", [("Artikel / Article", "Taschenschirm Auf-Zu-Automatik / 3-fold auto open-close umbrella"),
                ("Spec-Nr.", "RF-SP-3F-2026 v1.1"), ("Datum / Date", "07.01.2026"),
                ("Freigabe / Approved", "Lukas Brandt, Einkauf / Purchasing")]),
        ("table", [["SKU", "Farbe / Colour", "Pantone", "Menge / Qty"]] +
         [[i["sku"], i["col"], i["pms"], f"{i['qty']:,} pcs"] for i in items], [26, 26, 24, 24]),
        ("kv", [("Canopy", "190T pongee, water-repellent finish (PFC-free), 8 panels"),
                ("Frame", "8 fibreglass ribs, aluminium shaft, auto open & close button"),
                ("Open diameter", "98 cm (±1.5 cm)"), ("Folded length", "29 cm (±1.5 cm)"),
                ("Weight", "360 g (±5%)"),
                ("Logo", "1-colour silk-screen print, white, on one panel, 90 x 25 mm"),
                ("Handle", "rubberised ABS, wrist strap"),
                ("Certification", "REACH Annex XVII / SVHC test report, PAH test (AfPS GS 2019:01)"),
                ("Inner pack", "matching canopy sleeve + PE bag"), ("Master carton", "30 pcs/ctn, 5-ply export carton"),
                ("Incoterm", "FOB Xiamen"), ("Payment", "T/T 30% deposit, 70% balance against copy of B/L"),
                ("Lead time", "45 days after deposit"), ("Inspection", "PSI AQL 2.5/4.0 by Regenfest QC agent")]),
    ], accent="#2d5d7b")
    render_docx(os.path.join(base, "sample", "RF-UM-3F_Golden-Sample_Protokoll.docx"), [
        ("title", "Musterprotokoll / Golden sample protocol RF-UM-3F"),
        ("p", "Muster erhalten / received: 05.01.2026 (3 pcs per colour). Geprüft / checked: L. Brandt, Hamburg."),
        ("table", [["SKU", "Open Ø (cm)", "Folded (cm)", "Weight (g)", "Auto open/close 50x", "Result"],
                   ["RF-UM-3F-BLK", "97.6", "28.8", "356", "OK", "freigegeben / approved"],
                   ["RF-UM-3F-OLV", "98.3", "29.1", "364", "OK", "freigegeben / approved"],
                   ["RF-UM-3F-SND", "98.0", "29.0", "361", "OK", "freigegeben / approved"]]),
        ("p", "Logo print white, sharp. Colours vs Pantone cards: OK. Water bead test OK."),
        ("sign", "Unterschrift / signed: Lukas Brandt, 07.01.2026"),
    ], author="Lukas Brandt")
    render_fpdf(os.path.join(base, "quotes", "YH-Quotation-260108.pdf"), [
        ("title", "XIAMEN YUHANG UMBRELLA CO., LTD. 厦门宇航伞业有限公司"),
        ("p", "QUOTATION  No. YH-260108   Date: 2026-01-08   To: Regenfest GmbH, Hamburg (Mr. Lukas Brandt)"),
        ("table", [["Item", "Colour", "Description", "Qty", "Price FOB Xiamen"]] +
         [[i["sku"], i["col"], "21\" x 8K auto open/close, 190T pongee, fibreglass ribs", f"{i['qty']:,}", f"USD {i['p']}"] for i in items],
         [22, 16, 38, 10, 14]),
        ("kv", [("Payment:", "T/T 30% deposit, 70% against B/L copy"), ("Lead time:", "45 days after deposit"),
                ("Packing:", "1pc/sleeve+polybag, 30pcs/ctn, 5-ply carton 62x32x30cm, GW 12kg"),
                ("Sample:", "free, freight collect"), ("Validity:", "30 days")], 100),
        ("sign", "Grace Lin 林佳 — Sales — grace@yuhang-umbrella.com — WhatsApp +86 138 5012 7736"),
    ])
    amts, total = line_items(items, "qty", "p")

    def pi(no, date, pay, note):
        rows = [["No.", "Art. No.", "Description", "Qty", "U/Price", "Amount"]]
        for n, (i, a) in enumerate(zip(items, amts), 1):
            rows.append([str(n), i["sku"], f"3-fold auto umbrella 98cm, 190T pongee, {i['col']} {i['pms']}", f"{i['qty']:,} PCS", f"USD{i['p']}", f"USD{money(a)}"])
        rows.append(["", "", "TOTAL", f"{sum(i['qty'] for i in items):,} PCS", "", f"USD{money(total)}"])
        els = [("title", "PROFORMA INVOICE"),
               ("p", "XIAMEN YUHANG UMBRELLA CO., LTD.\n厦门宇航伞业有限公司\n88 Xinglin Road, Jimei District, Xiamen, Fujian, China"),
               ("kv", [("PI NO.:", no), ("DATE:", date), ("BUYER:", "Regenfest GmbH, Große Elbstraße 145, 22767 Hamburg, Germany")], 80),
               ("table", rows, [5, 17, 44, 11, 10, 13]),
               ("p", say_usd(total)),
               ("kv", [("PRICE TERM:", "FOB XIAMEN"), ("PAYMENT:", pay), ("DELIVERY:", "45 days after receipt of deposit"),
                       ("PACKING:", "1pc/sleeve + PE bag, 30pcs/ctn, 5-ply export carton"),
                       ("LOGO:", "1 colour silk screen, white, 1 panel"),
                       ("TEST:", "REACH SVHC + PAH report"), ("INSPECTION:", "AQL 2.5/4.0 before shipment")], 100)]
        if note:
            els.append(("p", note))
        els += [("h", "BANK INFORMATION"),
                ("kv", [("BENEFICIARY:", "XIAMEN YUHANG UMBRELLA CO., LTD."),
                        ("BANK NAME:", "BANK OF CHINA XIAMEN BRANCH"), ("SWIFT:", "BKCHCNBJ730"),
                        ("ACCOUNT NO.:", "4108 6231 9842")], 100),
                ("sign", "SELLER: XIAMEN YUHANG UMBRELLA CO., LTD. (signature & chop)")]
        return els

    render_rl(os.path.join(base, "pi", "PI-YH260115.pdf"),
              pi("YH260115", "2026-01-15", "T/T 30% deposit, 70% balance against copy of B/L", ""), chop="厦门宇航伞业有限公司")
    render_rl(os.path.join(base, "pi", "PI-YH260115-V2.pdf"),
              pi("YH260115-V2", "2026-01-20", "T/T 40% deposit, 60% balance against copy of B/L",
                 "V2: payment terms revised as agreed. Price unchanged."), chop="厦门宇航伞业有限公司")
    G, L = "Grace Lin", "Lukas Brandt"
    LRM = "\u200e"
    lines = [
        f"[05.01.26, 08:12:40] {G}: {LRM}Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp.",
        f"[05.01.26, 08:12:40] {G}: Hello Lukas, samples arrived?",
        f"[05.01.26, 11:30:02] {L}: Yes, arrived this morning. Looking good, I'll check them this week.",
        f"[08.01.26, 10:02:11] {G}: Quotation YH-260108 sent by email, USD 3.95 all colours",
        f"[12.01.26, 16:20:45] {L}: We accept the quote, 3.95 FOB Xiamen, 4,000 pcs total. Please send PI.",
        f"[15.01.26, 09:11:02] {G}: PI YH260115 sent 😊",
        f"[19.01.26, 14:33:10] {G}: Lukas, sorry to say, fibreglass ribs and pongee fabric went up about 8% since new year. "
        "Boss says we keep USD 3.95 but need 40% deposit and 60% balance against B/L copy. Is it ok?",
        f"[19.01.26, 18:05:40] {L}: Hmm. Let me talk to our finance team first.",
        f"[20.01.26, 08:47:13] {L}: Ok, einverstanden. 40% deposit / 60% balance against B/L copy is fine this time, since you keep the price. Please send PI V2.",
        f"[20.01.26, 09:30:02] {G}: Thank you Lukas!! PI V2 sent 👍",
        f"[21.01.26, 15:02:55] {L}: Anzahlung 6.320,00 USD heute überwiesen. Swift copy below.",
        f"[21.01.26, 15:03:10] {L}: {LRM}Bild weggelassen",
        f"[22.01.26, 10:14:31] {G}: Received, thanks! Production starts after CNY, Feb 25.",
        f"[03.02.26, 19:40:08] {L}: Another question for next season: golf umbrella 30 inch, double canopy. Rough price?",
        f"[04.02.26, 08:55:20] {G}: Around USD 6.20 FOB, MOQ 500 per colour. I send a quote in March.",
        f"[04.02.26, 08:56:02] {G}: {LRM}Diese Nachricht wurde gelöscht.",
    ]
    write_text(os.path.join(base, "chat", "WhatsApp Chat - Grace Lin Yuhang.txt"), "\n".join(lines) + "\n")


# ===========================================================================
# CASE 07  canvas aprons (qty change by signed CO; logo change on one SKU undocumented)
# ===========================================================================
def case07():
    case = "07-canvas-aprons-logo-qty"
    base = os.path.join(OUT, case)
    write_expected(case)
    items = [
        dict(sku="KB-APR-NAT", col="Natural / ecru (undyed)", thread="charcoal thread", qty=1500, p="4.20"),
        dict(sku="KB-APR-CHA", col="Charcoal, Pantone 432 C", thread="white thread", qty=1000, p="4.35"),
        dict(sku="KB-APR-TER", col="Terracotta, Pantone 7592 C", thread="ecru thread", qty=500, p="4.35"),
    ]
    write_order_toml(os.path.join(base, "order.toml"), "DKB-2026-007",
                     ["Sanne de Vries", "Sanne", "De Keukenbrigade", "De Keukenbrigade B.V."],
                     ["Qingdao Hemu Textile Co., Ltd.", "青岛禾木纺织品有限公司", "Hemu", "Tina Sun", "孙婷"],
                     ["sanne@keukenbrigade.nl", "tina@hemu-textile.com"],
                     tolerances={"dimensions": "±1.5 cm", "quantity": "+3%/-3%"})
    render_docx(os.path.join(base, "spec", "DKB_Schort_Apron_Spec_2026.docx"), [
        ("title", "De Keukenbrigade B.V. — Canvas Apron Specification"),
        ("kv", [("Spec", "DKB-APR-2026 v2"), ("Date", "06-01-2026"), ("Approved by", "Sanne de Vries (Inkoop)")]),
        ("table", [["SKU", "Colour", "Logo", "Order qty"]] +
         [[i["sku"], i["col"], f"Embroidered logo, {i['thread']}", f"{i['qty']:,} pcs"] for i in items]),
        ("kv", [("Fabric", "100% cotton canvas 12 oz (approx. 405 gsm), pre-washed"),
                ("Size", "70 x 85 cm (W x L), ±1.5 cm"),
                ("Construction", "adjustable neck strap with brass slider, 2 front pockets, cotton webbing waist ties 100 cm"),
                ("Logo", "Embroidered 'DE KEUKENBRIGADE' wordmark on chest, 80 x 25 mm, 1 colour (thread colour per SKU). No printing."),
                ("Label", "woven brand label at neck + care label (NL/EN/DE)"),
                ("Certification", "OEKO-TEX Standard 100"),
                ("Inner pack", "folded, individual polybag with size/EAN sticker"),
                ("Master carton", "50 pcs/ctn, 5-ply"),
                ("Price term", "FOB Qingdao"), ("Payment", "30% T/T deposit, 70% balance before shipment"),
                ("Lead time", "40 days after deposit"), ("Inspection", "PSI AQL 2.5/4.0")]),
    ], author="Sanne de Vries")
    render_weasy(os.path.join(base, "sample", "sample_approval_KB-APR.pdf"), [
        ("title", "Sample approval — KB aprons"),
        ("kv", [("Received", "09-01-2026, 1 pc per colour"), ("Checked", "Sanne de Vries, Utrecht"), ("Approved", "12-01-2026")]),
        ("table", [["SKU", "Size measured", "Fabric weight", "Logo", "Result"],
                   ["KB-APR-NAT", "70.5 x 84.2 cm", "409 gsm", "embroidery, charcoal, clean", "approved"],
                   ["KB-APR-CHA", "69.6 x 85.8 cm", "401 gsm", "embroidery, white, clean", "approved"],
                   ["KB-APR-TER", "70.2 x 85.1 cm", "404 gsm", "embroidery, ecru, clean", "approved"]], [18, 20, 16, 30, 16]),
    ], accent="#8a3b12")
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Quotation"
    ws.merge_cells("A1:G1"); ws["A1"] = "QINGDAO HEMU TEXTILE CO., LTD.  青岛禾木纺织品有限公司"
    ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:G2"); ws["A2"] = "Quotation HM-Q260112  |  Date 2026-01-12  |  To: De Keukenbrigade B.V.  |  Valid 30 days"
    ws.append(["Item", "Colour", "Fabric", "Logo", "Qty", "Unit price USD", "Remark"])
    for i in items:
        ws.append([i["sku"], i["col"], "12oz cotton canvas", f"embroidery ({i['thread']})", i["qty"], float(i["p"]), ""])
    ws.merge_cells("G4:G6"); ws["G4"] = "FOB Qingdao"
    ws.append([])
    for k, v in [("Payment", "30% deposit, 70% balance before shipment"), ("Lead time", "40 days after deposit"),
                 ("Packing", "1pc/polybag, 50pcs/ctn, 5-ply"), ("Size", "70x85cm")]:
        r = ws.max_row + 1
        ws.cell(row=r, column=1, value=k)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.cell(row=r, column=2, value=v)
    xlsx_save(wb, os.path.join(base, "quotes", "HM-Q260112.xlsx"))
    # change order (DOCX) -- quantity of KB-APR-TER
    new_items = [dict(i) for i in items]
    new_items[2]["qty"] = 800
    _, old_total = line_items(items, "qty", "p")
    _, new_total = line_items(new_items, "qty", "p")
    render_docx(os.path.join(base, "changes", "CO-01_KB-APR-TER_quantity.docx"), [
        ("title", "Change Order CO-01 / Wijzigingsorder"),
        ("kv", [("Order", "DKB-2026-007 (PI HM260119)"), ("Date", "26-01-2026"),
                ("Buyer", "De Keukenbrigade B.V., Utrecht"), ("Supplier", "Qingdao Hemu Textile Co., Ltd.")]),
        ("table", [["Item", "Field", "Old", "New"],
                   ["KB-APR-TER", "Quantity", "500 pcs", "800 pcs"],
                   ["KB-APR-TER", "Unit price", "USD 4.35", "USD 4.35 (unchanged)"],
                   ["Order", "Total value", f"USD {money(old_total)}", f"USD {money(new_total)}"]]),
        ("p", "Reason: additional retailer order (terracotta). All other terms unchanged (logo, packing, lead time 40 days, payment). "
              "Additional deposit 30% on the difference: USD " + money((new_total - old_total) * D("0.3")) + "."),
        ("table", [["", "Name", "Signature", "Date"],
                   ["Buyer", "Sanne de Vries, Inkoop", "S. de Vries", "26-01-2026"],
                   ["Supplier", "Tina Sun 孙婷, Sales Manager", "孙婷 (company chop)", "2026-01-26"]]),
    ], author="Sanne de Vries")
    amts1, total1 = line_items(items, "qty", "p")
    amts2, total2 = line_items(new_items, "qty", "p")

    def pi(no, date, its, amts, total, logos, note):
        rows = [["No.", "Item", "Description", "Qty", "Unit price", "Amount"]]
        for n, (i, a) in enumerate(zip(its, amts), 1):
            rows.append([str(n), i["sku"], f"Canvas apron 70x85cm, {i['col']}, {logos[i['sku']]}", f"{i['qty']:,} pcs", f"USD {i['p']}", f"USD {money(a)}"])
        rows.append(["", "", "TOTAL FOB QINGDAO", f"{sum(i['qty'] for i in its):,} pcs", "", f"USD {money(total)}"])
        els = [("title", "PROFORMA INVOICE 形式发票"),
               ("p", "QINGDAO HEMU TEXTILE CO., LTD. 青岛禾木纺织品有限公司\nNo. 17 Zhuzhou Road, Laoshan District, Qingdao, Shandong, China"),
               ("kv", [("PI No.:", no), ("Date:", date), ("To:", "De Keukenbrigade B.V., Oudegracht 212, 3511 NS Utrecht, the Netherlands")], 80),
               ("table", rows, [5, 14, 46, 11, 11, 13]),
               ("p", say_usd(total)),
               ("kv", [("Fabric 面料:", "100% cotton canvas 12oz"), ("Price term:", "FOB Qingdao"),
                       ("Payment 付款方式:", "30% T/T deposit, 70% balance before shipment"),
                       ("Lead time 交期:", "40 days after deposit"), ("Packing 包装:", "1pc/polybag with EAN sticker, 50pcs/ctn, 5-ply carton"),
                       ("Certificate:", "OEKO-TEX 100"), ("Inspection:", "AQL 2.5/4.0")], 100)]
        if note:
            els.append(("p", note))
        els += [("h", "Bank details 银行信息"),
                ("kv", [("Beneficiary 收款人:", "QINGDAO HEMU TEXTILE CO., LTD."),
                        ("Bank 开户行:", "BANK OF QINGDAO, LAOSHAN SUB-BRANCH"), ("SWIFT:", "QCCBCNBQ"),
                        ("Account 账号:", "8023 0120 6628 7701 3")], 100)]
        return els

    emb = {i["sku"]: f"embroidered logo ({i['thread']})" for i in items}
    emb2 = dict(emb)
    emb2["KB-APR-CHA"] = "logo heat transfer print 热转印 (white)"
    render_fpdf(os.path.join(base, "pi", "PI-HM260119.pdf"), pi("HM260119", "2026-01-19", items, amts1, total1, emb, ""))
    render_fpdf(os.path.join(base, "pi", "PI-HM260119-V2.pdf"),
                pi("HM260119-V2", "2026-01-27", new_items, amts2, total2, emb2,
                   "V2: KB-APR-TER quantity 800 pcs as per CO-01 (26-01-2026)."))
    NB = "\u202f"
    T, S = "Tina Sun", "Sanne de Vries"
    lines = [
        f"1/12/26, 9:05{NB}AM - Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more.",
        f"1/12/26, 9:05{NB}AM - {T}: Hi Sanne, quotation HM-Q260112 sent to your mail 🙂",
        f"1/13/26, 2:40{NB}PM - {S}: Thanks Tina, prices OK. Samples approved too. Please send PI.",
        f"1/19/26, 10:11{NB}AM - {T}: PI HM260119 sent",
        f"1/22/26, 10:15{NB}AM - {T}: Hi Sanne, for charcoal apron the white embroidery on thick canvas looks a bit loose, we suggest heat transfer print, cleaner look. Same price",
        f"1/22/26, 4:48{NB}PM - {S}: Hmm, I'd need to see a physical sample first. Our brand uses embroidery everywhere. Can you send one by DHL?",
        f"1/23/26, 8:30{NB}AM - {T}: Ok, will send next week",
        f"1/26/26, 3:02{NB}PM - {S}: Signed CO-01 attached: terracotta goes to 800 pcs. Please countersign.",
        f"1/26/26, 3:02{NB}PM - {S}: CO-01_KB-APR-TER_quantity.docx (file attached)",
        f"1/26/26, 5:17{NB}PM - {T}: Countersigned with chop, thank you!",
        f"1/27/26, 11:20{NB}AM - {T}: PI V2 sent by email, with TER 800 pcs",
        f"1/27/26, 6:02{NB}PM - {S}: Got it. Still waiting for the heat-transfer sample before we decide anything on charcoal.",
        f"1/28/26, 9:12{NB}AM - {T}: <Media omitted>",
        f"1/28/26, 9:13{NB}AM - {T}: 3,300 pcs total is 66 cartons, about 4.1 CBM. We can ship LCL",
        f"2/2/26, 10:44{NB}AM - {S}: Also, could you quote oven mitts in the same canvas? Roughly 1,000 pcs.",
        f"2/2/26, 11:05{NB}AM - {T}: Oven mitt about USD 1.15/pc, I will send formal quote",
    ]
    write_text(os.path.join(base, "chat", "WhatsApp Chat with Tina Sun.txt"), "\n".join(lines) + "\n")


# ===========================================================================
# CASE 08  stainless steel straw sets (clean; quote V2 accepted by mail)
# ===========================================================================
def case08():
    case = "08-steel-straws-quote-v2-mail"
    base = os.path.join(OUT, case)
    write_expected(case)
    items = [
        dict(sku="SW-STR-STD", d="4 straight straws 6 x 215 mm + 1 brush", v1="1.32", v2="1.25", qty=3000),
        dict(sku="SW-STR-BNT", d="4 bent straws 6 x 215 mm + 1 brush", v1="1.38", v2="1.30", qty=3000),
        dict(sku="SW-STR-BOBA", d="4 boba straws 12 x 215 mm, angled tip + 1 brush", v1="1.65", v2="1.58", qty=2000),
    ]
    write_order_toml(os.path.join(base, "order.toml"), "SW-PO-260114",
                     ["Daniel Okafor", "Daniel", "Sipwell Goods", "Sipwell Goods Inc."],
                     ["Jieyang Shengda Stainless Steel Products Factory", "揭阳市盛达不锈钢制品厂", "Shengda", "Kelly Huang", "黄嘉琪"],
                     ["daniel@sipwellgoods.ca", "kelly@shengda-ss.com"],
                     tolerances={"dimensions": "±1 mm"})
    render_rl(os.path.join(base, "spec", "SW_Straw-Set_Spec.pdf"), [
        ("title", "Sipwell Goods Inc. — Reusable Straw Sets — Specification"),
        ("kv", [("Spec ID", "SWG-STR-04"), ("Date", "2026-01-02"), ("Owner", "Daniel Okafor, Sourcing"), ("Status", "Approved")], 90),
        ("table", [["SKU", "Contents", "Order qty"]] + [[i["sku"], i["d"], f"{i['qty']:,} sets"] for i in items], [22, 58, 20]),
        ("kv", [("Material", "SS304 (18/8) food-grade stainless steel"), ("Wall", "0.3 mm"),
                ("Finish", "mirror polish outside, electropolished inside, rolled smooth ends"),
                ("Dimensions", "OD 6 mm / 12 mm, length 215 mm, tolerance ±1 mm"),
                ("Logo", "laser engraved 'SIPWELL', 15 mm from top, 1 position per straw"),
                ("Certification", "LFGB + FDA food contact test report (third-party)"),
                ("Inner pack", "set in printed kraft box with EAN-13 barcode"),
                ("Master carton", "100 sets/ctn, 5-ply 48 x 32 x 26 cm"),
                ("Price term", "FOB Shenzhen"), ("Payment", "T/T 30% deposit, 70% balance against copy of B/L"),
                ("Lead time", "30 days after deposit"), ("Inspection", "AQL 2.5/4.0 PSI")], 90),
        ("p", "Prices: per the accepted supplier quotation."),
    ], font="WQY")
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment

    def sample_wb():
        wb = Workbook()
        ws = wb.active
        ws.title = "Measurements"
        ws.merge_cells("A1:G1"); ws["A1"] = "Golden sample measurements — SW straw sets (5 straws measured per SKU)"
        ws["A1"].font = Font(bold=True)
        ws.append(["SKU", "OD spec (mm)", "OD measured", "Length spec (mm)", "Length measured", "Weight / straw", "Verdict"])
        ws.append(["SW-STR-STD", 6, "5.98-6.03", 215, "214.6-215.4", "12.1 g", "OK"])
        ws.append(["SW-STR-BNT", 6, "5.97-6.02", 215, "214.3-215.2", "12.0 g", "OK"])
        ws.append(["SW-STR-BOBA", 12, "11.96-12.05", 215, "214.8-215.6", "22.4 g", "OK"])
        ws.append([])
        ws.append(["Magnet test: non-magnetic (304). Laser logo legible. Brush fits boba straw."])
        ws.append(["Approved: Daniel Okafor, 2026-01-09. Samples: 3 sets per SKU."])
        return wb
    xlsx_save(sample_wb(), os.path.join(base, "sample", "SW_golden_sample_measurements.xlsx"))

    def quote_wb(ver, key, date, remark):
        wb = Workbook()
        ws = wb.active
        ws.title = "Quote"
        ws.merge_cells("A1:F1"); ws["A1"] = "揭阳市盛达不锈钢制品厂 JIEYANG SHENGDA STAINLESS STEEL PRODUCTS FACTORY"
        ws["A1"].font = Font(bold=True, size=13); ws["A1"].alignment = Alignment(horizontal="center")
        ws.merge_cells("A2:F2"); ws["A2"] = f"QUOTATION 报价单  SD-Q260110 {ver}   Date: {date}   Customer: Sipwell Goods Inc."
        ws.append([])
        ws.append(["Item", "Description", "Material", "Qty (sets)", "Unit price USD", "Packing"])
        for i in items:
            ws.append([i["sku"], i["d"], "SUS304 18/8", i["qty"], float(i[key]), "kraft box, 100 sets/ctn"])
            ws.cell(row=ws.max_row, column=5).number_format = "0.00"
        ws.merge_cells("F5:F7")
        ws.append([])
        for k, v in [("价格条款 Price term", "FOB SHENZHEN"), ("付款方式 Payment", "30% deposit, 70% against B/L copy"),
                     ("交期 Lead time", "30 days after deposit"), ("LOGO", "laser engraving 激光雕刻, 1 position"),
                     ("Test", "LFGB + FDA"), ("Remark 备注", remark)]:
            r = ws.max_row + 1
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.cell(row=r, column=1, value=k)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
            ws.cell(row=r, column=3, value=v)
        for col, w in zip("ABCDEF", [14, 40, 12, 10, 14, 22]):
            ws.column_dimensions[col].width = w
        return wb
    xlsx_save(quote_wb("V1", "v1", "2026-01-10", "Validity 30 days"), os.path.join(base, "quotes", "SD-Q260110_V1.xlsx"))
    v2_bytes = xlsx_bytes(lambda: quote_wb("V2", "v2", "2026-01-13", "V2 revised price for total 8,000 sets. V1 cancelled."))
    write_bytes(os.path.join(base, "quotes", "SD-Q260110_V2.xlsx"), v2_bytes)
    amts, total = line_items(items, "qty", "v2")
    rows = [["No.", "Item 货号", "Description 描述", "Qty 数量", "Unit price 单价", "Amount 金额"]]
    for n, (i, a) in enumerate(zip(items, amts), 1):
        rows.append([str(n), i["sku"], i["d"] + ", SS304, laser logo, kraft box", f"{i['qty']:,} sets", f"USD{i['v2']}", f"USD{money(a)}"])
    rows.append(["", "", "TOTAL 合计", f"{sum(i['qty'] for i in items):,} sets", "", f"USD{money(total)}"])
    render_fpdf(os.path.join(base, "pi", "PI-SD260116.pdf"), [
        ("title", "PROFORMA INVOICE 形式发票"),
        ("p", "JIEYANG SHENGDA STAINLESS STEEL PRODUCTS FACTORY 揭阳市盛达不锈钢制品厂\n广东省揭阳市榕城区仙桥街道 Xianqiao, Rongcheng District, Jieyang, Guangdong"),
        ("kv", [("PI No. 编号:", "SD260116"), ("Date 日期:", "2026-01-16"),
                ("Buyer 买方:", "Sipwell Goods Inc., 1550 W 8th Ave, Vancouver BC V6J 1T5, Canada")], 100),
        ("table", rows, [6, 16, 42, 12, 12, 14]),
        ("p", say_usd(total)),
        ("kv", [("Material 材质:", "不锈钢304 (18/8), food grade"),
                ("Size 尺寸:", "Ø6x215mm / Ø12x215mm"),
                ("Price term 价格条款:", "FOB Shenzhen 深圳"),
                ("Payment 付款方式:", "30% T/T定金，70%尾款见提单副本"),
                ("Lead time 交期:", "收到定金后30天 30 days after deposit"),
                ("Packing 包装:", "kraft box with EAN, 100 sets/ctn, 5-ply carton 48x32x26cm"),
                ("Test 检测:", "LFGB + FDA"), ("Inspection 验货:", "AQL 2.5/4.0")], 110),
        ("h", "Bank 银行资料"),
        ("kv", [("收款人 Beneficiary:", "JIEYANG SHENGDA STAINLESS STEEL PRODUCTS FACTORY"),
                ("开户行 Bank:", "Industrial and Commercial Bank of China, Jieyang Rongcheng Sub-branch"),
                ("SWIFT:", "ICBKCNBJGDG"), ("账号 A/C:", "2019 0032 0910 0218 846")], 110),
        ("sign", "Kelly Huang 黄嘉琪  (signature / chop)"),
    ])
    # mail 1: Kelly sends V2 with XLSX attachment, quoting Daniel's counter-offer
    dan1 = ("Hi Kelly,\n\nThanks for SD-Q260110. For 8,000 sets in total we'd need to be closer to 1.25 / 1.30 / 1.58. "
            "Everything else (SS304, laser logo, kraft box, 30 days, 30/70 against B/L copy) stays as is.\n\n"
            "Also — how much would silicone tips be? Just for future reference.\n\nDaniel")
    kelly = ("Hi Daniel,\n\n附件是V2报价，已按您的目标价调整 — attached quotation V2 with your target prices. V1 is cancelled.\n"
             "Silicone tips are USD 0.08/pc, MOQ 5,000, but we can discuss that for the next order.\n\n"
             "By the way we will be at Canton Fair phase 2, booth 12.1 F23, 4,000 m² hall, welcome!\n\n"
             "Best regards\nKelly Huang 黄嘉琪\nJieyang Shengda Stainless Steel Products Factory\nTel/WeChat: +86 135 3088 4412\n")
    write_text(os.path.join(base, "chat", "Quotation SD-Q260110 V2 - Sipwell straw sets.eml"), make_eml([
        ("From", addr("Kelly Huang 黄嘉琪", "kelly@shengda-ss.com")), ("To", addr("Daniel Okafor", "daniel@sipwellgoods.ca")),
        ("Subject", hdr("回复：Quotation SD-Q260110 V2 - Sipwell straw sets")), ("Date", "Tue, 13 Jan 2026 16:05:22 +0800"),
        ("Message-ID", "<202601131605223318417@shengda-ss.com>"), ("X-Mailer", "Foxmail 7.2.25.228[cn]")],
        kelly + "\n\n------------------ Original ------------------\nFrom: \"Daniel Okafor\"<daniel@sipwellgoods.ca>;\n"
        "Date: Tue, Jan 13, 2026 02:11 AM\nSubject: Re: Quotation SD-Q260110 - Sipwell straw sets\n\n" + dan1 + "\n",
        attachments=[("SD-Q260110_V2.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", v2_bytes)],
        boundary="----=_NextPart_5F7A2C10_0B9E3A40_1D3C6E21", body_encoding="base64"))
    dan2 = ("Hi Kelly,\n\nWe accept quotation SD-Q260110 V2 (1.25 / 1.30 / 1.58 FOB Shenzhen, 3,000 / 3,000 / 2,000 sets). "
            "Please issue the PI on these prices.\nSilicone tips: not for this order, maybe in Q3.\n\n"
            "Good luck at the fair — we won't make it this year, we did 14 trade shows in 2025 and that was enough!\n\nDaniel Okafor\nSipwell Goods Inc.\n")
    write_text(os.path.join(base, "chat", "RE_ Quotation SD-Q260110 V2 accepted.eml"), make_eml([
        ("From", addr("Daniel Okafor", "daniel@sipwellgoods.ca")), ("To", addr("Kelly Huang", "kelly@shengda-ss.com")),
        ("Subject", "RE: Quotation SD-Q260110 V2 - Sipwell straw sets"), ("Date", "Wed, 14 Jan 2026 09:40:18 -0800"),
        ("Message-ID", "<CAF3d9e1b7a2=20260114094018@sipwellgoods.ca>"),
        ("In-Reply-To", "<202601131605223318417@shengda-ss.com>")],
        dan2 + "\nOn Tue, Jan 13, 2026 at 12:05 AM Kelly Huang <kelly@shengda-ss.com> wrote:\n" + quote_block(kelly) + "\n"))
    kelly2 = ("Hi Daniel,\n\nDeposit USD 3,243.00 received, thank you. Production will start tomorrow. 我们这个月已经排了 26 万支吸管的产量，"
              "your order is scheduled for week 5.\nPacking: 80 cartons, G.W. 13.5 kg / N.W. 12.6 kg per carton, total about 3.2 CBM.\n\n"
              "Kelly\n")
    write_text(os.path.join(base, "chat", "RE_ PI SD260116 deposit received.eml"), make_eml([
        ("From", addr("Kelly Huang 黄嘉琪", "kelly@shengda-ss.com")), ("To", addr("Daniel Okafor", "daniel@sipwellgoods.ca")),
        ("Subject", "RE: PI SD260116 deposit"), ("Date", "Tue, 20 Jan 2026 10:12:45 +0800"),
        ("Message-ID", "<202601201012451120733@shengda-ss.com>")], kelly2, body_encoding="quoted-printable"))


# ===========================================================================
# CASE 09  LED fairy lights (clean, Chinese-heavy; PI V2 = typo fix; 验货报告 passed)
# ===========================================================================
def case09():
    case = "09-led-fairy-lights-cn"
    base = os.path.join(OUT, case)
    write_expected(case)
    items = [
        dict(sku="LC-FL-10M-WW", cn="10米100灯 暖白 铜线灯串", en="10 m / 100 LED copper wire, warm white 2700K", qty=3000, p="1.48", pc=100),
        dict(sku="LC-FL-5M-WW", cn="5米50灯 暖白 铜线灯串", en="5 m / 50 LED copper wire, warm white 2700K", qty=2000, p="0.96", pc=200),
        dict(sku="LC-FL-10M-MC", cn="10米100灯 七彩 铜线灯串", en="10 m / 100 LED copper wire, multicolour", qty=1000, p="1.62", pc=100),
    ]
    write_order_toml(os.path.join(base, "order.toml"), "LUM-CN-2026-03",
                     ["Camille Moreau", "Camille", "Lumière & Co.", "Lumière & Co. SAS"],
                     ["Zhongshan Xingyao Lighting Co., Ltd.", "中山市星耀灯饰有限公司", "星耀", "梁志豪", "Howard Liang", "Howard"],
                     ["c.moreau@lumiere-co.fr", "howard@xingyao-light.com"],
                     release={"inspection": "passed"},
                     tolerances={"dimensions": "±2%"})
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    ws = wb.active
    ws.title = "规格书 Spec"
    ws.merge_cells("A1:F1"); ws["A1"] = "规格书 PRODUCT SPECIFICATION — Lumière & Co. — USB铜线灯串 Copper-wire fairy lights"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:F2"); ws["A2"] = "编号 Ref: LUM-SPEC-FL-2601   日期 Date: 2026-01-06   批准 Approved: Camille Moreau"
    ws.append([])
    ws.append(["货号 SKU", "描述 Description", "长度 Length", "灯数 LEDs", "数量 Qty", "装箱 Sets/ctn"])
    for c in ws[4]:
        c.fill = PatternFill("solid", fgColor="FFF2CC")
    for i in items:
        ws.append([i["sku"], i["en"], "10 m" if "10M" in i["sku"] else "5 m", 100 if "10M" in i["sku"] else 50, i["qty"], i["pc"]])
    ws.append([])
    spec_rows = [("材质 Material", "铜线 copper wire 0.3 mm, PVC-free; USB plug ABS"),
                 ("电源 Power", "USB 5V DC, 遥控器 remote control with 8 modes + timer"),
                 ("防护 IP", "IP44"),
                 ("认证 Certification", "CE (EMC), RoHS"),
                 ("标签 Label", "CE/WEEE marks on plug tag, FR/EN instructions"),
                 ("包装 Inner", "彩盒 printed colour box with EAN-13"),
                 ("外箱 Carton", "五层瓦楞纸箱 5-ply export carton 55 x 38 x 30 cm"),
                 ("价格条款 Price term", "FOB Shenzhen"),
                 ("付款方式 Payment", "30%定金，70%尾款见提单副本"),
                 ("交期 Lead time", "收到定金后35天"),
                 ("验货 Inspection", "出货前验货 AQL 2.5/4.0，验货合格后付尾款")]
    for k, v in spec_rows:
        r = ws.max_row + 1
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(row=r, column=2, value=v).alignment = Alignment(wrap_text=True)
    for col, w in zip("ABCDEF", [20, 46, 12, 10, 10, 12]):
        ws.column_dimensions[col].width = w
    xlsx_save(wb, os.path.join(base, "spec", "规格书_LUM-SPEC-FL-2601.xlsx"))
    render_docx(os.path.join(base, "sample", "样品确认单_LC-FL.docx"), [
        ("title", "样品确认单 Sample Confirmation"),
        ("kv", [("客户", "Lumière & Co. SAS（里昂）"), ("供应商", "中山市星耀灯饰有限公司"), ("日期", "2026-01-09"), ("样品数", "每款3套")]),
        ("table", [["货号", "实测长度", "灯数", "色温/颜色", "电流 (5V)", "结果"],
                   ["LC-FL-10M-WW", "10.08 m", "100", "2,690 K", "0.42 A", "合格 OK"],
                   ["LC-FL-5M-WW", "4.96 m", "50", "2,720 K", "0.23 A", "合格 OK"],
                   ["LC-FL-10M-MC", "10.05 m", "100", "七彩 RGB", "0.45 A", "合格 OK"]]),
        ("p", "遥控8种模式正常，定时6小时正常。彩盒印刷OK。\nRemote 8 modes OK, 6 h timer OK. Approved as golden sample."),
        ("sign", "客户确认 Buyer: Camille Moreau 2026-01-09        供应商 Supplier: 梁志豪 2026-01-09"),
    ], author="Howard Liang", east_asia="SimSun")
    qrows = [["序号", "货号", "品名", "单价 (USD)", "起订量", "装箱"]]
    for n, i in enumerate(items, 1):
        qrows.append([str(n), i["sku"], i["cn"], i["p"], "1,000", f"{i['pc']}套/箱"])
    render_fpdf(os.path.join(base, "quotes", "报价单_XY-260105.pdf"), [
        ("title", "中山市星耀灯饰有限公司  报价单"),
        ("p", "ZHONGSHAN XINGYAO LIGHTING CO., LTD.  广东省中山市古镇镇东兴东路 32 号"),
        ("kv", [("客户：", "Lumière & Co. SAS — Camille Moreau"), ("报价单号：", "XY-260105"), ("日期：", "2026年1月5日")], 80),
        ("table", qrows, [8, 22, 34, 14, 10, 12]),
        ("kv", [("价格条款：", "FOB 深圳"), ("付款方式：", "T/T 30%定金，70%尾款见提单副本"),
                ("交期：", "收到定金后5周"), ("认证：", "CE, RoHS"), ("包装：", "彩盒，五层纸箱"), ("有效期：", "30天")], 80),
        ("sign", "业务：梁志豪 Howard  微信/电话 +86 760 2218 6619"),
    ])
    amts, total = line_items(items, "qty", "p")

    def pi(no, date, addr_line, note):
        rows = [["序号", "货号 Item", "品名 Description", "数量 Qty", "单价 Unit price", "金额 Amount"]]
        for n, (i, a) in enumerate(zip(items, amts), 1):
            rows.append([str(n), i["sku"], f"{i['cn']}\n{i['en']}", f"{i['qty']:,}套", f"US$ {i['p']}", f"US$ {money(a)}"])
        rows.append(["", "", "合计 TOTAL", f"{sum(i['qty'] for i in items):,}套", "", f"US$ {money(total)}"])
        els = [("title", "形式发票 PROFORMA INVOICE"),
               ("p", "中山市星耀灯饰有限公司 ZHONGSHAN XINGYAO LIGHTING CO., LTD.\n广东省中山市古镇镇东兴东路32号"),
               ("kv", [("发票号 PI No.", no), ("日期 Date", date), ("买方 Buyer", "Lumière & Co. SAS\n" + addr_line)]),
               ("table", rows, [6, 16, 40, 12, 12, 14]),
               ("p", say_usd(total)),
               ("kv", [("价格条款", "FOB 深圳 SHENZHEN"), ("付款方式", "30%定金，70%尾款见提单副本"),
                       ("交期", "收到定金后35天"), ("认证", "CE / RoHS"),
                       ("包装", "彩盒，100套/箱 (5米款200套/箱)，五层瓦楞纸箱 55×38×30cm"),
                       ("验货", "出货前第三方验货 AQL 2.5/4.0")])]
        if note:
            els.append(("p", note))
        els += [("h", "银行信息 BANK INFORMATION"),
                ("kv", [("收款人 Beneficiary", "ZHONGSHAN XINGYAO LIGHTING CO., LTD."),
                        ("开户行 Bank", "中国银行中山古镇支行 BANK OF CHINA ZHONGSHAN GUZHEN SUB-BRANCH"),
                        ("SWIFT", "BKCHCNBJ46A"), ("账号 Account", "7025 5892 1163")]),
                ("sign", "卖方（盖章）Seller: 中山市星耀灯饰有限公司")]
        return els

    render_weasy(os.path.join(base, "pi", "形式发票_PI-XY260112.pdf"),
                 pi("XY260112", "2026-01-12", "12 Rue de la Répubique, 69002 Lyon, France", ""), accent="#a0522d")
    render_weasy(os.path.join(base, "pi", "形式发票_PI-XY260112-V2.pdf"),
                 pi("XY260112-V2", "2026-01-13", "12 Rue de la République, 69002 Lyon, France",
                    "V2：更正买方地址拼写 (corrected buyer address spelling)，其他不变。"), accent="#a0522d")
    H, C = "梁志豪 Howard", "Camille Moreau"
    msgs = [
        ("2026-01-05 14:20:11", H, "Camille 你好，报价单 XY-260105 已经发你邮箱了"),
        ("2026-01-06 09:41:37", C, "Merci Howard. Prices OK. 交期是35天对吗？"),
        ("2026-01-06 10:02:05", H, "对，收到定金后35天，就是5周"),
        ("2026-01-12 16:45:50", H, "PI 已发"),
        ("2026-01-13 08:30:12", C, "Howard, small typo in our address: République not Répubique 😅"),
        ("2026-01-13 09:15:44", H, "不好意思，V2 已改好发你，其他都不变"),
        ("2026-01-14 17:22:09", C, "定金已付 US$2,394.00，请查收"),
        ("2026-01-15 09:01:33", H, "收到，谢谢！"),
        ("2026-01-20 11:18:26", H, "另外我们新出了圣诞星星灯，10米80灯，US$2.35，要不要看看？"),
        ("2026-01-20 11:18:40", H, "[图片]"),
        ("2026-01-20 19:55:02", C, "Joli ! Maybe for next season, not this order."),
        ("2026-02-24 10:05:18", H, "大货做好了，每箱100套，毛重9.2公斤，净重8.4公斤，一共 50 箱"),
        ("2026-02-26 18:30:45", H, "今天验货通过了，报告发你邮箱了，麻烦安排尾款 US$5,586.00"),
    ]
    write_text(os.path.join(base, "chat", "微信聊天记录_梁志豪.txt"), "".join(f"{t} {s}\n{m}\n\n" for t, s, m in msgs))
    render_rl(os.path.join(base, "inspection", "验货报告_XY260112.pdf"), [
        ("title", "验货报告 INSPECTION REPORT"),
        ("kv", [("报告编号", "ZS-FRI-260226-07"), ("验货日期", "2026-02-26"), ("客户", "Lumière & Co. SAS"),
                ("工厂", "中山市星耀灯饰有限公司"), ("订单", "PI XY260112-V2"),
                ("抽样标准", "GB/T 2828.1 (ISO 2859-1) 一般检验水平 II，AQL 0 / 2.5 / 4.0")], 90),
        ("table", [["检验项目", "抽样数", "结果", "备注"],
                   ["数量 Quantity", "6,000套", "符合", "100%完成，95%装箱"],
                   ["外观 Workmanship", "200套", "符合", "致命0 / 严重1 / 轻微3"],
                   ["功能 Function (通电测试)", "200套", "符合", "8种模式+定时正常"],
                   ["尺寸 Length", "32套", "符合", "10米款 9.96-10.10 m; 5米款 4.95-5.06 m"],
                   ["标识 CE/WEEE/EAN", "32套", "符合", "—"],
                   ["包装 Carton", "8箱", "符合", "五层瓦楞纸箱 55×38×30cm"]], [30, 14, 12, 44]),
        ("h", "结论 RESULT：合格 PASSED"),
        ("sign", "验货员：黄伟   审核：刘芳"),
    ])


# ===========================================================================
# CASE 10  ceramic planters (clean; bilingual mail thread with packing list)
# ===========================================================================
def case10():
    case = "10-ceramic-planters-clean"
    base = os.path.join(OUT, case)
    write_expected(case)
    items = [
        dict(sku="GR-PLT-12", size="Ø 12 x H 11 cm", col="matte white", qty=2400, p="1.35", pc=24, gw="14.8", ctn="52 x 40 x 26 cm"),
        dict(sku="GR-PLT-15", size="Ø 15 x H 13.5 cm", col="matte white", qty=1800, p="1.85", pc=12, gw="13.9", ctn="50 x 37 x 18 cm"),
        dict(sku="GR-PLT-15-SG", size="Ø 15 x H 13.5 cm", col="sage green, Pantone 5665 C", qty=1200, p="1.95", pc=12, gw="13.9", ctn="50 x 37 x 18 cm"),
        dict(sku="GR-PLT-20", size="Ø 20 x H 18 cm", col="matte white", qty=900, p="3.10", pc=6, gw="15.6", ctn="46 x 33 x 24 cm"),
    ]
    write_order_toml(os.path.join(base, "order.toml"), "GRS-0226",
                     ["Hannah Cole", "Hannah", "Greenroom Studio", "Greenroom Studio Ltd"],
                     ["Dehua Ciyun Crafts Co., Ltd.", "德化县瓷韵工艺品有限公司", "Ciyun", "Lily Zheng", "郑丽"],
                     ["hannah@greenroomstudio.co.uk", "lily@ciyun-crafts.com"],
                     tolerances={"dimensions": "±3 mm"})
    render_docx(os.path.join(base, "spec", "GRS_Planter_Spec_v1.2.docx"), [
        ("title", "Greenroom Studio — Stoneware Planter Specification v1.2"),
        ("kv", [("Date", "05/01/2026"), ("Supplier", "Dehua Ciyun Crafts Co., Ltd."), ("Approved", "Hannah Cole, Buying Manager")]),
        ("table", [["SKU", "Size (outer)", "Colour / glaze", "Order qty", "Pcs/ctn"]] +
         [[i["sku"], i["size"], i["col"], f"{i['qty']:,}", str(i["pc"])] for i in items]),
        ("kv", [("Material", "Stoneware (炻瓷), fired ≥ 1,200 °C, water absorption ≤ 3%"),
                ("Glaze / finish", "Matte glaze outside, clear glaze inside; unglazed foot ring"),
                ("Construction", "Drainage hole Ø 15 mm + matching saucer included"),
                ("Tolerance", "Dimensions ±3 mm (firing shrinkage)"),
                ("Logo", "Debossed 'GREENROOM' stamp on base"),
                ("Inner pack", "pot + saucer in brown box with paper divider, barcode sticker"),
                ("Master carton", "5-ply export carton, pcs/ctn as above, drop test ISTA 1A"),
                ("Price term", "FOB Xiamen"), ("Payment", "T/T 30% deposit, 70% balance against copy of B/L"),
                ("Lead time", "45 days after deposit"), ("Inspection", "PSI AQL 2.5/4.0")]),
    ], author="Hannah Cole")
    render_rl(os.path.join(base, "sample", "Golden_Sample_GR-PLT.pdf"), [
        ("title", "Golden Sample Record — GR planters"),
        ("kv", [("Received", "08/01/2026 (2 pcs per SKU)"), ("Checked by", "Hannah Cole, Manchester"), ("Signed off", "12/01/2026")], 100),
        ("table", [["SKU", "Spec", "Measured", "Colour", "Water test", "Result"],
                   ["GR-PLT-12", "Ø 120 x H 110 mm", "Ø 121.5 x H 109.2 mm", "matte white", "drains OK", "Approved"],
                   ["GR-PLT-15", "Ø 150 x H 135 mm", "Ø 148.6 x H 135.9 mm", "matte white", "drains OK", "Approved"],
                   ["GR-PLT-15-SG", "Ø 150 x H 135 mm", "Ø 150.8 x H 134.1 mm", "PMS 5665 C, ΔE 1.2", "drains OK", "Approved"],
                   ["GR-PLT-20", "Ø 200 x H 180 mm", "Ø 202.1 x H 181.7 mm", "matte white", "drains OK", "Approved"]],
         [16, 20, 22, 18, 12, 12]),
        ("p", "Saucer fit OK on all sizes. Debossed base stamp legible. No crazing after 24 h water soak."),
    ])
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "报价 Quote"
    ws.merge_cells("A1:H1"); ws["A1"] = "德化县瓷韵工艺品有限公司 DEHUA CIYUN CRAFTS CO., LTD."
    ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2"); ws["A2"] = "报价单 QUOTATION   No. CY-Q2601-GRS   2026-01-06   To: Greenroom Studio Ltd, Manchester UK"
    ws.append(["No.", "Item 货号", "Photo", "Size 尺寸", "Colour 颜色", "Qty 数量", "FOB Xiamen USD", "Pcs/ctn 装箱"])
    for n, i in enumerate(items, 1):
        ws.append([n, i["sku"], "", i["size"].replace("Ø ", "D").replace(" x H ", "xH"), i["col"], i["qty"], float(i["p"]), i["pc"]])
    ws.merge_cells("C4:C7")
    ws["C4"] = "[photos]"
    ws.append([])
    for k, v in [("Material 材质", "炻瓷 stoneware, matte glaze, with saucer"), ("Payment 付款", "T/T 30% deposit, 70% against copy of B/L"),
                 ("Lead time 交期", "45 days after deposit"), ("Packing 包装", "brown box, 5-ply export carton"),
                 ("Validity 有效期", "30 days")]:
        r = ws.max_row + 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=1, value=k)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
        ws.cell(row=r, column=3, value=v)
    xlsx_save(wb, os.path.join(base, "quotes", "CY报价单-Q2601-GRS.xlsx"))
    amts, total = line_items(items, "qty", "p")
    rows = [["No.", "Item", "Description", "Qty", "Unit Price", "Amount"]]
    for n, (i, a) in enumerate(zip(items, amts), 1):
        inch = {"GR-PLT-12": "4.7\"", "GR-PLT-15": "5.9\"", "GR-PLT-15-SG": "5.9\"", "GR-PLT-20": "7.9\""}[i["sku"]]
        col = i["col"].replace("sage green, Pantone 5665 C", "Pantone 5665C sage")
        rows.append([str(n), i["sku"], f"Stoneware planter {inch} ({i['size']}) w/ saucer, {col}", f"{i['qty']:,}pcs", f"USD {i['p']}", f"USD {money(a)}"])
    rows.append(["", "", "TOTAL FOB XIAMEN", f"{sum(i['qty'] for i in items):,}pcs", "", f"USD {money(total)}"])
    render_fpdf(os.path.join(base, "pi", "PI-CY-GRS-2602.pdf"), [
        ("title", "PROFORMA INVOICE"),
        ("p", "DEHUA CIYUN CRAFTS CO., LTD. 德化县瓷韵工艺品有限公司\nNo. 26 Xunzhong Road, Dehua County, Quanzhou, Fujian, China"),
        ("kv", [("PI No.:", "CY-GRS-2602"), ("Date:", "2026-02-02"), ("Buyer:", "Greenroom Studio Ltd, 14 Hilton Street, Manchester M4 1LA, UK")], 80),
        ("table", rows, [5, 16, 45, 11, 11, 13]),
        ("p", say_usd(total)),
        ("kv", [("Material:", "stoneware, matte glaze, debossed logo on base"), ("Price term:", "FOB Xiamen"),
                ("Payment:", "30% T/T in advance, 70% balance against copy of BL"),
                ("Lead time:", "45 days after receipt of deposit"),
                ("Packing:", "each pot+saucer in brown box; 24/12/12/6 pcs per 5-ply carton"),
                ("Inspection:", "AQL 2.5/4.0 before shipment")], 100),
        ("h", "Bank information"),
        ("kv", [("Beneficiary:", "Dehua Ciyun Crafts Co., Ltd."), ("Bank:", "Bank of China, Dehua Sub-branch, Quanzhou"),
                ("SWIFT:", "BKCHCNBJ73A"), ("Account:", "4126 7731 0258")], 100),
        ("sign", "Lily Zheng 郑丽 for Dehua Ciyun Crafts Co., Ltd."),
    ])
    # packing list (WeasyPrint) attached to the mail
    pl_rows = [["Item", "Pcs/ctn", "Ctns", "Carton size", "G.W./ctn", "N.W./ctn", "CBM"]]
    tot_ctn = 0
    tot_cbm = Decimal("0")
    for i in items:
        n = i["qty"] // i["pc"]
        l, w, h = [D(x) for x in i["ctn"].replace(" cm", "").split(" x ")]
        cbm = (l * w * h / D(1000000) * n).quantize(Decimal("0.01"))
        tot_ctn += n
        tot_cbm += cbm
        pl_rows.append([i["sku"], str(i["pc"]), str(n), i["ctn"], f"{i['gw']} kg", f"{D(i['gw']) - D('1.2')} kg", str(cbm)])
    pl_rows.append(["TOTAL", "", str(tot_ctn), "", "", "", str(tot_cbm)])
    pl = pdf_bytes(render_weasy, [
        ("title", "PACKING LIST 装箱单 — PI CY-GRS-2602"),
        ("table", pl_rows, [18, 10, 10, 20, 14, 14, 10]),
        ("p", "Shipping marks: GREENROOM / MANCHESTER / ITEM NO. / QTY / C/NO. 1-UP / MADE IN CHINA"),
    ], accent="#4a6b3a")
    hannah1 = ("Hi Lily,\n\nThanks for the PI. Quick check before we pay the deposit: is the sage on GR-PLT-15-SG the same glaze as the golden "
               "sample (PMS 5665 C)? And could you send the packing list so our forwarder can book space?\n\nBest,\nHannah")
    lily1 = ("Hi Hannah,\n\n是的，和样品是同一个釉料 — yes, same glaze batch as the golden sample, PMS 5665 C.\n"
             "Packing list attached: " + f"{tot_ctn} cartons, about {tot_cbm} CBM, fits in one 20GP.\n\n"
             "By the way, for your Christmas range we can do the 15 cm pot in glossy red, GR-PLT-15-RED, USD 2.05, MOQ 600. "
             "Let me know if interested.\n\nBest regards\nLily Zheng 郑丽\nDehua Ciyun Crafts Co., Ltd.\n")
    write_text(os.path.join(base, "chat", "回复：PI CY-GRS-2602 glaze and packing list.eml"), make_eml([
        ("From", addr("Lily Zheng 郑丽", "lily@ciyun-crafts.com")), ("To", addr("Hannah Cole", "hannah@greenroomstudio.co.uk")),
        ("Subject", hdr("回复：PI CY-GRS-2602 glaze and packing list")), ("Date", "Wed, 04 Feb 2026 10:26:41 +0800"),
        ("Message-ID", "<tencent_7F3B2C8E91A04D1B@qq.com>"), ("X-Mailer", "QQMail 2.x")],
        lily1 + "\n\n------------------ 原始邮件 ------------------\n发件人: \"Hannah Cole\" <hannah@greenroomstudio.co.uk>;\n"
        "发送时间: 2026年2月3日(星期二) 晚上11:48\n收件人: \"Lily Zheng\" <lily@ciyun-crafts.com>;\n主题: PI CY-GRS-2602\n\n" + hannah1 + "\n",
        attachments=[("Packing list CY-GRS-2602.pdf", "application/pdf", pl)],
        boundary="----=_NextPart_67A1F2E1_0C3D5B88_4E2A1977", body_encoding="base64"))
    hannah2 = ("Hi Lily,\n\nGreat, thank you. Deposit of USD 3,510.00 sent today. Not this year for the red, "
               "we've already got our Christmas range.\n\nHannah\n")
    write_text(os.path.join(base, "chat", "RE_ 回复：PI CY-GRS-2602 deposit sent.eml"), make_eml([
        ("From", addr("Hannah Cole", "hannah@greenroomstudio.co.uk")), ("To", addr("Lily Zheng", "lily@ciyun-crafts.com")),
        ("Subject", hdr("RE: 回复：PI CY-GRS-2602 glaze and packing list")), ("Date", "Wed, 04 Feb 2026 09:12:03 +0000"),
        ("Message-ID", "<LO2P265MB4471A0B2C3@greenroomstudio.co.uk>")],
        hannah2 + "\nFrom: Lily Zheng 郑丽 <lily@ciyun-crafts.com>\nSent: 04 February 2026 02:26\nTo: Hannah Cole <hannah@greenroomstudio.co.uk>\n"
        "Subject: 回复：PI CY-GRS-2602 glaze and packing list\n\n" + quote_block(lily1) + "\n",
        html=None))
    NB = "\u202f"
    lines = [
        f"[2/9/26, 9:14:07{NB}AM] Lily Zheng: Hannah, production started, glazing next week",
        f"[2/9/26, 9:14:15{NB}AM] Lily Zheng: \u200eimage omitted",
        f"[2/9/26, 5:40:52{NB}PM] Hannah Cole: Lovely! Still 45 days from deposit, so ready around 20 March?",
        f"[2/10/26, 8:05:31{NB}AM] Lily Zheng: Yes, around 20 March. Kiln is 1,230°C, 3 firings per week",
        f"[2/10/26, 8:06:02{NB}AM] Lily Zheng: Chinese New Year we only stop 5 days this year",
        f"[2/10/26, 8:10:44{NB}AM] Hannah Cole: 👍 Perfect, thanks Lily",
    ]
    write_text(os.path.join(base, "chat", "WhatsApp Chat - Lily Zheng.txt"), "\n".join(lines) + "\n")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    # answer keys first, for every case, before any document exists
    for case in EXPECTED:
        write_expected(case)
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10):
        fn()


if __name__ == "__main__":
    main()
