#!/usr/bin/env python3
"""Blind test cases for the order audit, author D.

Writes eleven labelled order folders under ./cases, one note per case under
./notes.  Everything is deterministic: fixed dates, no randomness except a
seeded generator for the "scan" speckle, ZIP members (docx/xlsx) rewritten with
a fixed timestamp, PDFs from WeasyPrint (which writes no creation date) and a
ReportLab encrypted PDF in invariant mode.

Run:  python3 make_cases.py      (wipes and rewrites ./cases and ./notes)

Renderers: WeasyPrint 70 (HTML+CSS -> PDF), python-docx, openpyxl, csv,
Markdown, Pillow (scan image), ReportLab (password-protected PDF), plain text
and JSON chat exports.  Fonts: DejaVu Sans / Serif / Sans Mono / Sans
Condensed, WenQuanYi Micro Hei (CJK).
"""
import csv
import io
import json
import random
import re
import shutil
import zipfile
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import weasyprint
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent
CASES = ROOT / "cases"
NOTES = ROOT / "notes"

ZIP_DT = (2026, 3, 1, 9, 0, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def D(x):
    return Decimal(str(x))


def money(x):
    """17760 -> '17,760.00'"""
    return f"{D(x).quantize(Decimal('0.01')):,}"


_ONES = ("ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE "
         "THIRTEEN FOURTEEN FIFTEEN SIXTEEN SEVENTEEN EIGHTEEN NINETEEN").split()
_TENS = ["", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY",
         "EIGHTY", "NINETY"]


def _below_1000(n):
    parts = []
    h, r = divmod(n, 100)
    if h:
        parts.append(_ONES[h] + " HUNDRED")
    if r:
        if h:
            parts.append("AND")
        if r < 20:
            parts.append(_ONES[r])
        else:
            t, o = divmod(r, 10)
            parts.append(_TENS[t] + ("-" + _ONES[o] if o else ""))
    return " ".join(parts)


def words(amount):
    """Amount in words as Chinese exporters print it (cents as 'CENTS ..')."""
    amount = D(amount).quantize(Decimal("0.01"))
    n = int(amount)
    cents = int((amount - n) * 100)
    out = []
    for div, name in ((10 ** 6, "MILLION"), (1000, "THOUSAND"), (1, "")):
        q, n = divmod(n, div)
        if q:
            out.append((_below_1000(q) + " " + name).strip())
    s = " ".join(out) or "ZERO"
    if cents:
        s += " AND CENTS " + _below_1000(cents)
    return s


def ensure(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def write_text(path, text, newline="\n", bom=False):
    ensure(path)
    data = text.replace("\n", newline)
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(data)


def write_json(path, obj):
    ensure(path)
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")


def write_csv(path, rows, bom=False):
    ensure(path)
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


def normalize_zip(path, created="2026-01-05T08:00:00Z"):
    """Rewrite an OOXML zip with fixed member timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as z:
        members = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in members:
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>" + created + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>" + created + r"\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def save_docx(doc, path, author, created):
    ensure(path)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.fromisoformat(created)
    cp.modified = datetime.fromisoformat(created)
    cp.revision = 1
    doc.save(path)
    normalize_zip(path, created + "Z")


def save_xlsx(wb, path, author, created):
    ensure(path)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.fromisoformat(created)
    wb.properties.modified = datetime.fromisoformat(created)
    wb.save(path)
    normalize_zip(path, created + "Z")


BASE_CSS = """
@page { size: A4; margin: 15mm 14mm 17mm 14mm;
        @bottom-right { content: "Page " counter(page) " / " counter(pages);
                        font-size: 7pt; color: #777; } }
body { font-family: "DejaVu Sans", "WenQuanYi Micro Hei"; font-size: 8.8pt;
       color: #151515; line-height: 1.32; }
.cn { font-family: "WenQuanYi Micro Hei"; }
h1, h2, h3 { margin: 0; }
p { margin: 2px 0; }
.right { text-align: right; }
.nw { white-space: nowrap; }
.center { text-align: center; }
.small { font-size: 7.4pt; color: #444; }
.chop { display: inline-block; width: 30mm; height: 30mm; border: 2px solid #c1121f;
        border-radius: 50%; color: #c1121f; font-family: "WenQuanYi Micro Hei";
        font-size: 7pt; text-align: center; padding-top: 9mm; box-sizing: border-box;
        transform: rotate(-12deg); }
"""


def html_pdf(path, body, css="", title="document", lang="en"):
    ensure(path)
    html = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title}</title></head><body>{body}</body></html>")
    weasyprint.HTML(string=html).write_pdf(
        path, stylesheets=[weasyprint.CSS(string=BASE_CSS + css)])


def chop(lines):
    return '<span class="chop">' + "<br>".join(lines) + "</span>"


def thumb_png(kind, size=(150, 110), color=(60, 90, 140)):
    """A crude product drawing for the 'photo' column of a quotation."""
    im = Image.new("RGB", size, (250, 250, 250))
    d = ImageDraw.Draw(im)
    w, h = size
    if kind == "pot":
        d.ellipse((25, 30, w - 25, h - 12), fill=color)
        d.rectangle((10, 45, 30, 55), fill=color)
        d.rectangle((w - 30, 45, w - 10, 55), fill=color)
        d.ellipse((40, 18, w - 40, 40), fill=tuple(max(c - 30, 0) for c in color))
    elif kind == "lights":
        for i in range(12):
            x = 10 + i * 11
            y = 50 + int(18 * ((-1) ** i))
            d.line((x, y, x + 11, 100 - y), fill=(170, 110, 50), width=1)
            d.ellipse((x - 3, y - 3, x + 3, y + 3), fill=(255, 210, 90))
    elif kind == "bed":
        d.polygon([(15, 40), (w - 30, 40), (w - 10, 60), (35, 60)], fill=(70, 72, 75))
        d.rectangle((15, 40, 35, 90), fill=(60, 62, 66))
        d.rectangle((35, 60, w - 10, 95), fill=(80, 82, 86))
    elif kind == "stand":
        d.rectangle((45, 15, w - 45, 85), outline=(120, 160, 200), width=3)
        d.rectangle((30, 85, w - 30, 95), fill=(170, 200, 230))
    else:
        d.rectangle((30, 20, w - 30, h - 20), outline=color, width=4)
    buf = io.BytesIO()
    im.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def xl_image(png, anchor, ws, width=None):
    img = XLImage(io.BytesIO(png))
    if width:
        img.width = width
        img.height = int(width * 110 / 150)
    ws.add_image(img, anchor)


def scan_pdf(path, lines, seed, stamp_lines=None, angle=0.7):
    """An image-only PDF (a 'scan' with no text layer), rendered by WeasyPrint
    from a Pillow bitmap."""
    W, H = 1240, 1754
    im = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(im)
    f_big = ImageFont.truetype(DEJAVU_B, 30)
    f = ImageFont.truetype(WQY, 22)
    f_big_cjk = ImageFont.truetype(WQY, 32)
    y = 110
    for i, ln in enumerate(lines):
        cjk = any(ord(ch) > 0x2E80 for ch in ln)
        font = (f_big_cjk if cjk else f_big) if ln.startswith("#") else f
        d.text((110, y), ln.lstrip("#"), fill=35, font=font)
        y += 44 if ln.startswith("#") else 32
    if stamp_lines:
        rgb = im.convert("RGB")
        d2 = ImageDraw.Draw(rgb)
        cx, cy, r = 930, y - 40, 105
        d2.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(200, 40, 40), width=6)
        fs = ImageFont.truetype(WQY, 22)
        for j, s in enumerate(stamp_lines):
            d2.text((cx - 85, cy - 30 + j * 30), s, fill=(200, 40, 40), font=fs)
        d2.text((110, y + 40), "Authorised signature: ____/ Cathy Xu /____", fill=(40, 40, 40), font=f)
        im = rgb
    else:
        im = im.convert("RGB")
    rnd = random.Random(seed)
    px = im.load()
    for _ in range(9000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        g = rnd.randrange(120, 200)
        px[x, yy] = (g, g, g)
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=(236, 236, 236))
    buf = io.BytesIO()
    im.save(buf, format="PNG", optimize=False)
    import base64
    uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
    ensure(path)
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
            f'<img src="{uri}" style="width:210mm;height:297mm;display:block"></body></html>')
    weasyprint.HTML(string=html).write_pdf(
        path, stylesheets=[weasyprint.CSS(string="@page{size:A4;margin:0} body{margin:0}")])


def encrypted_pdf(path, lines, user_pw):
    """A PDF that needs a user password to open (ReportLab, invariant mode)."""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import pdfencrypt
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    ensure(path)
    enc = pdfencrypt.StandardEncryption(user_pw, ownerPassword="owner-" + user_pw,
                                        canPrint=1, canModify=0, strength=128)
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=enc)
    y = 800
    for ln in lines:
        c.setFont("Helvetica-Bold" if ln.startswith("#") else "Helvetica", 11)
        c.drawString(60, y, ln.lstrip("#"))
        y -= 18
    c.showPage()
    c.save()


# --------------------------------------------------------------------------
# chat exporters
# --------------------------------------------------------------------------

def _dt(s):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt)


def wa_android(msgs, locale="en"):
    """WhatsApp Android export. msgs: (time, sender or None for system, text)."""
    out = []
    for t, who, text in msgs:
        d = _dt(t)
        if locale == "en":
            stamp = f"{d:%d/%m/%Y}, {d:%H:%M}"
        elif locale == "fr":
            stamp = f"{d:%d/%m/%Y} à {d:%H:%M}"
        elif locale == "it":
            stamp = f"{d:%d/%m/%y}, {d:%H:%M}"
        else:
            raise ValueError(locale)
        head = f"{stamp} - " + (f"{who}: " if who else "")
        out.append(head + text)
    return "\n".join(out) + "\n"


def plain_log(msgs):
    out = []
    for t, who, text in msgs:
        d = _dt(t)
        out.append(f"[{d:%Y-%m-%d %H:%M}] {who}: {text}")
    return "\n".join(out) + "\n"


def telegram(name, chat_id, msgs, tz_hours, ids):
    """Telegram Desktop 'result.json'. msgs: dicts with t, who, text (str or
    list of str/entity dicts) and optional extra keys (file, photo, service)."""
    tz = timezone(timedelta(hours=tz_hours))
    out = {"name": name, "type": "personal_chat", "id": chat_id, "messages": []}
    mid = 41000 + chat_id % 997
    for m in msgs:
        mid += 1
        d = _dt(m["t"])
        unix = str(int(d.replace(tzinfo=tz).timestamp()))
        if m.get("service"):
            out["messages"].append({
                "id": mid, "type": "service", "date": d.strftime("%Y-%m-%dT%H:%M:%S"),
                "date_unixtime": unix, "actor": m["who"], "actor_id": ids[m["who"]],
                "action": m["service"], **m.get("extra", {}), "text": "", "text_entities": []})
            continue
        text = m.get("text", "")
        if isinstance(text, list):
            ents = [{"type": "plain", "text": p} if isinstance(p, str) else p for p in text]
        elif text:
            ents = [{"type": "plain", "text": text}]
        else:
            ents = []
        msg = {"id": mid, "type": "message", "date": d.strftime("%Y-%m-%dT%H:%M:%S"),
               "date_unixtime": unix, "from": m["who"], "from_id": ids[m["who"]]}
        if m.get("edited"):
            e = _dt(m["edited"])
            msg["edited"] = e.strftime("%Y-%m-%dT%H:%M:%S")
            msg["edited_unixtime"] = str(int(e.replace(tzinfo=tz).timestamp()))
        if m.get("reply_to"):
            msg["reply_to_message_id"] = mid - m["reply_to"]
        if m.get("file"):
            msg.update({"file": "files/" + m["file"], "file_name": m["file"],
                        "file_size": m.get("size", 184233),
                        "mime_type": m.get("mime", "application/pdf")})
        if m.get("photo"):
            msg.update({"photo": "photos/" + m["photo"], "photo_file_size": 148812,
                        "width": 1280, "height": 960})
        msg["text"] = text
        msg["text_entities"] = ents
        out["messages"].append(msg)
    return out


def toml_list(xs):
    return "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in xs) + "]"


def write_order(case_dir, order_id, buyer, supplier, release=None, tolerances=None,
                required_on_pi=None):
    lines = [f'order_id = "{order_id}"', f"buyer = {toml_list(buyer)}",
             f"supplier = {toml_list(supplier)}"]
    if required_on_pi:
        lines.append(f"required_on_pi = {toml_list(required_on_pi)}")
    if release:
        lines += ["", "[release]"] + [f'{k} = "{v}"' for k, v in release.items()]
    if tolerances:
        lines += ["", "[tolerances]"] + [f'{k} = "{v}"' for k, v in tolerances.items()]
    write_text(case_dir / "order.toml", "\n".join(lines) + "\n")


def write_expected(case_dir, verdict, expected, unreadable=None, description=None):
    obj = {"verdict": verdict, "expected": expected}
    if unreadable:
        obj["unreadable"] = sorted(unreadable)
    if description:
        obj["description"] = description
    write_json(case_dir / "expected.json", obj)


def exp(field, status, sev, item=None):
    e = {"field": field, "status": status}
    if item:
        e["item"] = item
    e["min_severity"] = sev
    return e


def write_note(name, text):
    write_text(NOTES / f"{name}.md", text.strip() + "\n")


# ==========================================================================
# 01  enamelled cast-iron casserole -- CLEAN, passed inspection
# ==========================================================================

HR = {
    "en": "SHIJIAZHUANG HENGRUN CAST IRON COOKWARE CO., LTD.",
    "cn": "石家庄恒润铸铁炊具有限公司",
    "addr": "No. 18 Gongye Street, Luancheng District, Shijiazhuang, Hebei 051430, China",
    "tel": "Tel: +86 311 8566 2031 · Fax: +86 311 8566 2032 · sunny@hengrun-castiron.com",
}

KV_CSS = """
.kv { display: grid; grid-template-columns: 52mm 1fr; border-top: 1.2px solid #333; }
.kv > div { padding: 3.5px 6px; border-bottom: 0.6px solid #bbb; }
.kv > .k { font-weight: bold; background: #f1f1ec; }
h1.doc { font-family: "DejaVu Serif"; font-size: 17pt; letter-spacing: 1px; margin: 6px 0 2px; }
.band { border-bottom: 3px double #333; padding-bottom: 6px; margin-bottom: 8px; }
.sec { font-family: "DejaVu Serif"; font-size: 10.5pt; margin: 12px 0 4px; color: #333; }
"""


def case01():
    name = "01-enamel-casserole-clean"
    c = CASES / name
    qty, price = 1200, D("14.80")
    total = qty * price  # 17,760.00

    # ---- spec (buyer) : PDF, two-column key/value grid -------------------
    rows = [
        ("Product", "Enamelled cast iron round casserole with lid, 24 cm"),
        ("Buyer item no.", "BK-CI24"),
        ("Body & lid material", "Cast iron, grey iron grade HT200"),
        ("Enamel / finish", "Exterior: 2-coat glossy vitreous enamel. Interior: matte black enamel (no coating, no PTFE)"),
        ("Exterior colour", "Pantone 286 C (cobalt blue), uniform, no gradient"),
        ("Overall dimensions", "300 x 245 x 150 mm (L incl. handles x W x H incl. lid), tolerance ±2 mm"),
        ("Inner diameter", "240 mm"),
        ("Capacity", "3.8 L brimful, tolerance ±3%"),
        ("Net weight (pot + lid)", "4.6 kg, tolerance ±5%"),
        ("Logo", "Brand name cast (debossed) in centre of lid, as artwork BK-LOGO-03"),
        ("Food contact / certification", "LFGB and FDA (lead & cadmium release) test reports from an accredited lab (SGS or Intertek) for the production lot"),
        ("Unit packaging", "Printed colour box 310 x 255 x 165 mm with moulded pulp corners; EAN-13 barcode label on box"),
        ("Master carton", "2 pcs/ctn, 5-ply export carton 52 x 33 x 35 cm, shipping marks per buyer's mark sheet"),
        ("Order quantity", "1,200 pcs (PO BKC-PO-2601)"),
        ("Commercial terms", "As per supplier quotation QT-HR-2601 dated 6 Jan 2026, accepted by Brackenfield"),
        ("Inspection", "Pre-shipment inspection by buyer's third party when ≥80% packed: ISO 2859-1 General Level II, AQL 0 critical / 2.5 major / 4.0 minor. Balance released after a PASSED report."),
    ]
    grid = "".join(f'<div class="k">{k}</div><div>{v}</div>' for k, v in rows)
    body = f"""
<div class="band">
  <div style="float:right;text-align:right" class="small">Brackenfield Kitchen Co. Ltd<br>Unit 7, Kirkstall Forge, Leeds LS5 3BT, UK<br>quality@brackenfieldkitchen.co.uk</div>
  <div style="font-family:'DejaVu Serif';font-size:13pt;font-weight:bold">BRACKENFIELD</div>
  <div class="small">KITCHEN CO.</div>
</div>
<h1 class="doc">PRODUCT SPECIFICATION</h1>
<p>BK-CI24 · Revision C · issued 12 January 2026 · supersedes Rev. B (14 Nov 2025)</p>
<div class="sec">1. Product requirements</div>
<div class="kv">{grid}</div>
<div class="sec">2. Revision history</div>
<p class="small">Rev. A 02 Oct 2025 first issue · Rev. B 14 Nov 2025 colour changed to Pantone 286 C · Rev. C 12 Jan 2026 inspection clause and carton size added.</p>
<div class="sec">3. Approval</div>
<p>Prepared by: Oliver Pemberton, Product Manager &nbsp;&nbsp; Date: 12/01/2026</p>
<p>Approved by: Helen Marsh, Head of Quality &nbsp;&nbsp; Date: 12/01/2026</p>
"""
    html_pdf(c / "spec" / "BK-CI24 spec Rev C.pdf", body, KV_CSS, "BK-CI24 spec Rev C")

    # ---- quote (supplier) : CSV with a multi-line bank cell --------------
    bank_cell = ("Beneficiary: SHIJIAZHUANG HENGRUN CAST IRON COOKWARE CO., LTD.\n"
                 "Bank: BANK OF CHINA HEBEI BRANCH\n"
                 "Bank Address: No. 136 Ziqiang Road, Shijiazhuang, Hebei, China\n"
                 "SWIFT: BKCHCNBJ220   A/C: 1004 7832 6619")
    rows = [
        [HR["en"], "", "", "", "", "", "", "", ""],
        [HR["cn"], "", "", "", "", "", "", "", ""],
        ["QUOTATION 报价单", "", "", "", "", "", "", "", ""],
        ["Quote No.: QT-HR-2601", "Date: 2026-01-06", "Valid: 30 days", "", "", "", "", "", ""],
        ["To: Brackenfield Kitchen Co. Ltd", "Attn: Mr. Oliver Pemberton", "", "", "", "", "", "", ""],
        [],
        ["Item No.", "Description", "Material", "Size", "Capacity", "Colour", "Qty", "Unit Price", "Amount"],
        ["BK-CI24", "Enamelled cast iron round casserole 24cm with lid, debossed logo on lid",
         "Cast iron HT200, 2-coat enamel outside, matte black enamel inside",
         "Ø24cm; overall 30 x 24.5 x 15 cm", "3.8 L", "Pantone 286 C", "1200 pcs",
         "US$14.8 per piece", "US$17,760.00"],
        [],
        ["Price term", "FOB Tianjin"],
        ["Payment", "30% T/T deposit, balance 70% against copy of B/L"],
        ["Lead time", "6-7 weeks after deposit"],
        ["Packing", "colour box with pulp corners, 2pcs/ctn, 5-ply carton 52x33x35cm"],
        ["Test", "LFGB + FDA report by SGS, cost included"],
        ["Bank info", bank_cell],
        ["Remark", "Sample 3 pcs free of charge, DHL collect"],
        ["Sales", "Sunny Wang 王晓阳  +86 138 3311 2590"],
    ]
    write_csv(c / "quotes" / "QT-HR-2601.csv", rows, bom=True)

    # ---- golden sample record : DOCX -----------------------------------
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = doc.add_paragraph()
    r = h.add_run("GOLDEN SAMPLE RECORD")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Brackenfield Kitchen Co. Ltd — Quality department")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Record no.", "GS-BK-CI24-01"), ("Item", "BK-CI24 enamelled cast iron casserole 24 cm"),
                 ("Supplier", "Shijiazhuang Hengrun Cast Iron Cookware Co., Ltd."),
                 ("Samples received", "16/01/2026 (3 pcs, DHL AWB 4418 2290 61)"),
                 ("Reference", "Spec BK-CI24 Rev C")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
    doc.add_paragraph()
    doc.add_paragraph("Measurements (sample #2 retained as golden sample)").runs[0].bold = True
    m = doc.add_table(rows=1, cols=4)
    m.style = "Light Grid Accent 1"
    for i, hd in enumerate(["Characteristic", "Spec", "Measured", "Result"]):
        m.rows[0].cells[i].text = hd
    for row in [("Overall L x W x H", "300 x 245 x 150 mm ±2", "299.4 x 245.8 x 149.2 mm", "OK"),
                ("Inner diameter", "240 mm", "240.5 mm", "OK"),
                ("Capacity (brimful)", "3.8 L ±3%", "3.82 L", "OK"),
                ("Net weight", "4.6 kg ±5%", "4.58 kg", "OK"),
                ("Exterior colour", "Pantone 286 C", "ΔE 0.8 vs. standard (D65)", "OK"),
                ("Interior", "matte black enamel", "matte black, no pinholes", "OK"),
                ("Logo", "debossed, lid centre", "sharp, centred", "OK")]:
        cells = m.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    doc.add_paragraph("Decision: APPROVED as production reference. One sample retained by buyer, "
                      "one sealed sample returned to the factory.")
    doc.add_paragraph("Approved by: Oliver Pemberton (Product Manager)     Date: 20/01/2026     Signature: O. Pemberton")
    save_docx(doc, c / "sample" / "GS-BK-CI24-01 golden sample record.docx", "Oliver Pemberton",
              "2026-01-20T16:30:00")

    # ---- PI : zebra table ---------------------------------------------
    css = """
.lh { text-align:center; border-bottom: 2px solid #1f3b5a; padding-bottom: 5px; }
.lh .en { font-size: 14pt; font-weight: bold; color: #1f3b5a; }
.lh .cnn { font-family: "WenQuanYi Micro Hei"; font-size: 12pt; }
h1 { text-align:center; font-size: 15pt; margin: 8px 0; letter-spacing: 3px; }
table { border-collapse: collapse; width: 100%; }
table.meta td { padding: 2px 4px; vertical-align: top; }
table.items th { background: #1f3b5a; color: #fff; padding: 5px 4px; font-size: 8.3pt; }
table.items td { padding: 5px 4px; border-bottom: 0.6px solid #c5cdd8; vertical-align: top; }
table.items tbody tr:nth-child(even) td { background: #edf1f6; }
table.items tfoot td { font-weight: bold; border-top: 1.4px solid #1f3b5a; padding: 5px 4px; white-space: nowrap; }
table.items td:nth-child(2), table.items td:nth-child(4), table.items td:nth-child(5), table.items td:nth-child(6) { white-space: nowrap; }
.terms li { margin: 2px 0; }
table.bank td { padding: 1px 4px; vertical-align: top; }
"""
    body = f"""
<div class="lh"><div class="en">{HR['en']}</div><div class="cnn">{HR['cn']}</div>
<div class="small">{HR['addr']}<br>{HR['tel']}</div></div>
<h1>PROFORMA INVOICE</h1>
<table class="meta"><tr>
<td style="width:55%"><b>Buyer:</b> Brackenfield Kitchen Co. Ltd<br>Unit 7, Kirkstall Forge Business Park<br>Leeds LS5 3BT, United Kingdom<br>Attn: Mr. Oliver Pemberton</td>
<td><b>PI No.:</b> HR-PI-260126<br><b>Date:</b> 26 Jan 2026<br><b>Your PO:</b> BKC-PO-2601<br><b>Valid:</b> 15 days</td></tr></table>
<br>
<table class="items"><thead><tr><th>No.</th><th>Item No.</th><th>Description</th><th>Quantity</th><th>Unit Price</th><th>Amount</th></tr></thead>
<tbody>
<tr><td>1</td><td>BK-CI24</td><td>Enamelled cast iron round casserole 24cm w/ lid<br>
Cast iron HT200 body &amp; lid; exterior glossy enamel PMS 286C, interior matte black enamel<br>
Overall 11.81" x 9.65" x 5.91"; capacity 3800ml<br>N.W. 10.14 lbs/pc; debossed logo on lid</td>
<td>1,200 PCS</td><td>USD 14.80/pc</td><td class="right">USD {money(total)}</td></tr>
<tr><td></td><td></td><td>Colour box with pulp corners, EAN-13 label (included)</td><td></td><td></td><td class="right">—</td></tr>
<tr><td></td><td></td><td>LFGB + FDA test report by SGS (included)</td><td></td><td></td><td class="right">—</td></tr>
</tbody>
<tfoot><tr><td colspan="3">TOTAL FOB TIANJIN</td><td>1,200 PCS</td><td></td><td class="right">USD {money(total)}</td></tr></tfoot>
</table>
<p><b>SAY US DOLLARS {words(total)} ONLY.</b></p>
<p style="margin-top:8px"><b>TERMS AND CONDITIONS</b></p>
<ol class="terms">
<li>Price term: FOB TIANJIN, CHINA</li>
<li>Payment: T/T 30% deposit (USD {money(total * D('0.30'))}), 70% balance against copy of B/L</li>
<li>Delivery: 42-49 days after receipt of deposit</li>
<li>Packing: color box w/ pulp corners, 2pcs/ctn, 5 ply export carton L52*W33*H35CM, 600 ctns, approx. 36.04 CBM</li>
<li>Inspection: pre-shipment inspection AQL 2.5/4.0 (General Level II) by buyer's QC before shipment</li>
<li>Quality: as approved golden sample GS-BK-CI24-01 and spec BK-CI24 Rev C</li>
</ol>
<p style="margin-top:8px"><b>BANK INFORMATION</b></p>
<table class="bank">
<tr><td style="width:32mm">Beneficiary:</td><td>SHIJIAZHUANG HENGRUN CAST IRON<br>COOKWARE CO., LTD.</td></tr>
<tr><td>Bank Name:</td><td>BANK OF CHINA HEBEI BRANCH</td></tr>
<tr><td>Bank Address:</td><td>No. 136 Ziqiang Road, Shijiazhuang,<br>Hebei, China</td></tr>
<tr><td>SWIFT Code:</td><td>BKCHCNBJ220</td></tr>
<tr><td>Account No.:</td><td>1004 7832 6619</td></tr>
</table>
<table style="margin-top:14px"><tr><td style="width:60%">Buyer's confirmation:<br><br>______________________</td>
<td>For and on behalf of<br>{HR['en']}<br>{chop(['石家庄恒润铸铁', '炊具有限公司', '合同专用章'])}<br>Sunny Wang</td></tr></table>
"""
    html_pdf(c / "pi" / "HR-PI-260126.pdf", body, css, "HR-PI-260126")

    # ---- inspection report : PASSED -------------------------------------
    css = """
h1 { font-size: 14pt; color: #0b5; margin-bottom: 2px; }
.hdr { display: grid; grid-template-columns: 1fr 1fr; gap: 2px 18px; margin: 6px 0 10px; }
.hdr div { border-bottom: 0.5px dotted #999; padding: 2px 0; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; }
th, td { border: 0.6px solid #888; padding: 3px 5px; }
th { background: #e7f3ec; }
.verdict { font-size: 16pt; font-weight: bold; color: #0a7a35; border: 2px solid #0a7a35; display: inline-block; padding: 3px 16px; }
"""
    body = """
<div class="small">NORTHSTAR QC SERVICES (TIANJIN) CO., LTD. · 北星质检服务（天津）有限公司 · www.northstar-qc.example</div>
<h1>PRE-SHIPMENT INSPECTION REPORT</h1>
<div class="hdr">
<div>Report no.: NQ-TJ-260312-044</div><div>Inspection date: 12 March 2026</div>
<div>Client: Brackenfield Kitchen Co. Ltd</div><div>PO: BKC-PO-2601</div>
<div>Supplier: Shijiazhuang Hengrun Cast Iron Cookware Co., Ltd.</div><div>Product: BK-CI24 enamelled cast iron casserole 24 cm</div>
<div>Order qty: 1,200 pcs · Presented: 1,200 pcs (100% packed)</div><div>Cartons opened: 25 of 600</div>
</div>
<p><b>Overall result:</b> <span class="verdict">PASSED</span></p>
<p><b>Sampling:</b> ISO 2859-1, single sampling, General Inspection Level II, code letter J, sample size 80 pcs.</p>
<table><tr><th>Defect class</th><th>AQL</th><th>Accept / Reject</th><th>Found</th><th>Result</th></tr>
<tr><td>Critical</td><td>0</td><td>0 / 1</td><td>0</td><td>Pass</td></tr>
<tr><td>Major</td><td>2.5</td><td>5 / 6</td><td>2</td><td>Pass</td></tr>
<tr><td>Minor</td><td>4.0</td><td>7 / 8</td><td>4</td><td>Pass</td></tr></table>
<p><b>Defects found</b></p>
<table><tr><th>Description</th><th>Class</th><th>Qty</th></tr>
<tr><td>Enamel chip on rim underside (&gt;1 mm)</td><td>Major</td><td>2</td></tr>
<tr><td>Light dust inside colour box</td><td>Minor</td><td>3</td></tr>
<tr><td>Barcode label slightly skewed</td><td>Minor</td><td>1</td></tr></table>
<p><b>Measurements (5 pcs, average)</b></p>
<table><tr><th>Check</th><th>Requirement</th><th>Measured</th><th>Result</th></tr>
<tr><td>Overall size</td><td>300 x 245 x 150 mm ±2 mm</td><td>300.2 x 245.4 x 150.3 mm</td><td>Conform</td></tr>
<tr><td>Net weight</td><td>4.6 kg ±5%</td><td>4.61 kg</td><td>Conform</td></tr>
<tr><td>Capacity</td><td>3.8 L ±3%</td><td>3.81 L</td><td>Conform</td></tr>
<tr><td>Colour vs golden sample</td><td>Pantone 286 C</td><td>matches GS-BK-CI24-01</td><td>Conform</td></tr>
<tr><td>Carton</td><td>2 pcs, 5-ply, 52x33x35 cm</td><td>as required, drop test passed</td><td>Conform</td></tr></table>
<p class="small">Inspector: Zhao Lei · Reviewed: Karen Liu, Operations Manager · This report reflects the findings on the inspection date only.</p>
"""
    html_pdf(c / "inspection" / "NQ-TJ-260312-044 PSI report.pdf", body, css, "PSI report")

    # ---- chat : WhatsApp Android, English ------------------------------
    B, S = "Oliver Pemberton", "Sunny Wang"
    msgs = [
        ("2026-01-06 09:12", None, "Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more."),
        ("2026-01-06 09:12", S, "Good morning Oliver, this is Sunny from Hengrun cast iron. Quotation QT-HR-2601 for the 24cm casserole sent to your email 😊"),
        ("2026-01-06 15:40", B, "Thanks Sunny. Price is fine and 6-7 weeks is ok. We will send spec Rev C this week."),
        ("2026-01-12 10:03", B, "BK-CI24 spec Rev C.pdf (file attached)"),
        ("2026-01-12 10:05", B, "Please check the colour is Pantone 286 C, same as the lid sample you sent in December"),
        ("2026-01-12 11:17", S, "yes 286C no problem"),
        ("2026-01-16 08:55", S, "golden samples 3pcs sent by DHL, AWB 4418 2290 61"),
        ("2026-01-16 08:55", S, "<Media omitted>"),
        ("2026-01-20 17:22", B, "Samples arrived, all good. Signed golden sample record attached.\nQuote QT-HR-2601 accepted, please issue the PI."),
        ("2026-01-20 17:23", B, "GS-BK-CI24-01 golden sample record.docx (file attached)"),
        ("2026-01-26 09:30", S, "HR-PI-260126.pdf (file attached)"),
        ("2026-01-26 09:31", S, "Dear Oliver, PI attached, pls arrange 30% deposit. Delivery 42-49 days, same as 6-7 weeks in quote"),
        ("2026-01-26 09:40", S, "This message was deleted"),
        ("2026-01-28 14:12", B, "Deposit USD 5,328.00 paid today, bank slip below"),
        ("2026-01-28 14:12", B, "<Media omitted>"),
        ("2026-02-04 10:26", S, "Oliver, factory closes for Spring Festival 13 Feb - 24 Feb. Casting finished before holiday, enamel after. Shipment still on time"),
        ("2026-02-04 10:41", B, "Noted, happy new year!"),
        ("2026-02-19 16:05", B, "Unrelated to this PO: for the autumn range could you quote the same pot in red, Pantone 485 C, 800 pcs?"),
        ("2026-02-20 08:47", S, "ok red 485C would be USD 15.20/pc for 800pcs, I send formal quote next week"),
        ("2026-03-11 11:02", S, "goods 100% packed, pls arrange inspection"),
        ("2026-03-11 11:30", B, "Northstar QC booked for tomorrow 12 March."),
        ("2026-03-12 18:15", B, "Inspection PASSED, report received 👍 Please send the B/L copy once loaded; balance will follow."),
        ("2026-03-12 18:20", S, "Thank you Oliver 🙏"),
    ]
    write_text(c / "chat" / "WhatsApp Chat with Sunny Hengrun.txt", wa_android(msgs, "en"))

    write_order(c, "BKC-PO-2601",
                ["Brackenfield Kitchen Co. Ltd", "Brackenfield", "Oliver Pemberton", "Oliver", "Helen Marsh"],
                ["Shijiazhuang Hengrun Cast Iron Cookware Co., Ltd.", "石家庄恒润铸铁炊具有限公司",
                 "Hengrun", "Sunny Wang", "王晓阳", "Sunny"],
                release={"inspection": "passed"},
                tolerances={"dimensions": "±2 mm", "weight": "±5%", "capacity": "±3%"})
    write_expected(c, "RELEASE", [], description=
                   "Clean order: imperial units, 42-49 days vs 6-7 weeks, PMS vs Pantone, "
                   "bank block with different line breaks; PASSED inspection meets [release].")
    write_note(name, """
Planted: nothing. Verdict RELEASE, expected []. The PASSED PSI report (NQ-TJ-260312-044, 2 major / 4 minor, Ac 5 / 7 at n=80) satisfies [release] inspection = "passed".
Noise that must NOT be flagged: PI size in inches (11.81" x 9.65" x 5.91" = 300 x 245 x 150 mm), "N.W. 10.14 lbs" = 4.6 kg, "3800ml" = 3.8 L;
"42-49 days after receipt of deposit" (PI) = "6-7 weeks after deposit" (quote); "US$14.8 per piece" (quote CSV) = "USD 14.80/pc"; "PMS 286C" = "Pantone 286 C";
"5 ply export carton L52*W33*H35CM" = "5-ply carton 52x33x35cm"; "FOB TIANJIN, CHINA" = "FOB Tianjin"; the bank block is the same text as the quote's multi-line
CSV cell but broken differently (beneficiary name wrapped over two lines, address over two lines). Sample "3 pcs" is no quantity. Chat: red Pantone 485 C at
USD 15.20 is a quote for a FUTURE order (explicitly "unrelated to this PO"); deleted message; CNY closure notice.
""")


# ==========================================================================
# 02  canvas aprons, 3 SKUs -- CLEAN, flat folder (roles from content)
# ==========================================================================

def case02():
    name = "02-canvas-aprons-flat-clean"
    c = CASES / name
    skus = [  # sku, colour, pantone, qty, R1 price, R2 price
        ("SB-APR-NAT", "Natural (undyed)", None, 1000, D("3.45"), D("3.20")),
        ("SB-APR-CHA", "Charcoal", "7540 C", 800, D("3.60"), D("3.35")),
        ("SB-APR-OLV", "Olive", "5753 C", 600, D("3.60"), D("3.35")),
    ]
    total_qty = sum(s[3] for s in skus)
    total = sum(s[3] * s[5] for s in skus)  # 7,890.00
    total_r1 = sum(s[3] * s[4] for s in skus)  # 8,490.00

    # ---- spec : Markdown ----------------------------------------------
    var_rows = "\n".join(
        f"| {s[0]} | {s[1]} | {('Pantone ' + s[2]) if s[2] else 'none (undyed greige, washed)'} | {s[3]:,} pcs |"
        for s in skus)
    md = f"""# PRODUCT SPECIFICATION — Canvas Work Apron, SB-APR series

**Saltbush & Co Pty Ltd** · 41 Sackville Street, Collingwood VIC 3066, Australia
Spec version **v3** · 3 February 2026 · owner: Priya Raman (Product & Sourcing)
Supplier: Shaoxing Keqiao Yunfan Textile Co., Ltd. (绍兴柯桥云帆纺织品有限公司)

## 1. Variants and order quantities (PO SB-PO-0226)

| SKU | Colour | Colour standard | Order qty |
|-----|--------|-----------------|-----------|
{var_rows}
| **Total** | | | **{total_qty:,} pcs** |

## 2. Construction

| Attribute | Requirement |
|-----------|-------------|
| Fabric | 100% cotton canvas, 12 oz |
| Finish | enzyme washed, soft hand, no coating |
| Finished size | 70 x 85 cm (W x L), tolerance ±10 mm |
| Weight | 280 g per apron, ±5% |
| Neck strap | adjustable, 25 mm cotton webbing, antique-brass slider |
| Waist ties | 2 x 100 cm, 25 mm cotton webbing |
| Pockets | 2 front patch pockets + 1 pen slot |
| Logo | 1-colour white screen print, chest centre, 90 x 40 mm |
| Labels | woven main label at neck "SALTBUSH & CO"; care label with AU/NZ care symbols |
| Compliance | AZO-free dyes (REACH Annex XVII); test report for dyed colours CHA and OLV |

## 3. Packaging

* Inner: each apron folded to 30 x 25 cm, in a PE bag with suffocation warning; swing tag with SKU + EAN-13
* Master carton: **50 pcs/ctn**, 5-ply, **60 x 40 x 35 cm**
* Carton marks: SALTBUSH & CO / SKU / QTY / C/NO. x of y / MADE IN CHINA

## 4. Commercial terms (accepted quotation YF-Q260127-R2)

* Price term: FOB Ningbo
* Payment: T/T 30% deposit, 70% balance before shipment
* Lead time: 30 days after deposit

## 5. Sign-off

| Role | Name | Date |
|------|------|------|
| Prepared | Priya Raman | 03/02/2026 |
| Approved | Daniel Okafor (Director) | 03/02/2026 |
"""
    write_text(c / "SPECIFICATION_SB-APR_v3.md", md)

    # ---- quotes : R1 (superseded) and R2, CSV -----------------------------
    def quote(rev, date, idx, note):
        rows = [["QUOTATION / 报价单" + (f"  ({rev})" if rev else "")],
                ["SHAOXING KEQIAO YUNFAN TEXTILE CO., LTD.  绍兴柯桥云帆纺织品有限公司"],
                ["No. 88 Jinbai Road, Keqiao District, Shaoxing, Zhejiang, China"],
                [f"Quote No.: YF-Q260127{('-' + rev) if rev else ''}", f"Date: {date}", "Valid for 30 days"],
                ["Customer: Saltbush & Co Pty Ltd", "Attn: Priya Raman"],
                [],
                ["Item", "Colour", "Description", "MOQ", "Qty", "Unit price", "Amount (USD)"]]
        for s in skus:
            p = s[idx]
            ptxt = f"US${p.normalize()} per piece" if rev else f"USD {p}/pc"
            col = s[1] + (f" PMS {s[2]}" if s[2] else "")
            rows.append([s[0], col, "12oz 100% cotton canvas apron 70x85cm, adjustable strap, 2 pockets, "
                         "1C white silk screen logo", "500", f"{s[3]}", ptxt, money(s[3] * p)])
        tot = sum(s[3] * s[idx] for s in skus)
        rows += [["", "", "TOTAL", "", f"{total_qty}", "", money(tot)], [],
                 ["Price term:", "FOB Ningbo"],
                 ["Payment:", "T/T 30% deposit, balance before shipment"],
                 ["Lead time:", "30 days after deposit & artwork confirmed"],
                 ["Packing:", "PE bag with warning + swing tag, 50pcs/ctn, carton 60x40x35cm"],
                 ["Remark:", note],
                 ["Contact:", "Vivian Chen 陈薇  WeChat/Tel +86 150 5851 7733"]]
        return rows
    write_csv(c / "Yunfan_quotation_YF-Q260127.csv",
              quote(None, "2026-01-27", 4, "AZO free report for dyed colours, price incl."))
    write_csv(c / "Yunfan_quotation_YF-Q260127-R2.csv",
              quote("R2", "2026-02-02", 5, "R2 replaces quotation of 27 Jan; special price for total 2,400 pcs"))

    # ---- golden sample approval : DOCX -----------------------------------
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("GOLDEN SAMPLE APPROVAL")
    r.bold, r.font.size = True, Pt(15)
    p = doc.add_paragraph("Saltbush & Co Pty Ltd · SB-APR canvas apron series · Spec v3")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Samples: 1 pc per colour, received Collingwood 03/02/2026 (Yunfan courier ref. SF 1420 7785 031). "
                      "Colour assessed in D65 light booth against Pantone TCX/C chips.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, hd in enumerate(["SKU", "Size W x L (spec 70 x 85 cm ±10 mm)", "Weight (spec 280 g ±5%)",
                            "Colour", "Logo print", "Result"]):
        t.rows[0].cells[i].text = hd
    for row in [("SB-APR-NAT", "70.3 x 85.2 cm", "282 g", "natural, even", "white, sharp, centred", "Approved"),
                ("SB-APR-CHA", "69.8 x 84.6 cm", "279 g", "Pantone 7540 C, ΔE 1.1", "white, sharp", "Approved"),
                ("SB-APR-OLV", "70.1 x 85.4 cm", "284 g", "Pantone 5753 C, ΔE 0.9", "white, sharp", "Approved")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    doc.add_paragraph("Comments: stitching density good (10 spi), brass slider smooth. Neck label position OK. "
                      "Swing tag barcode scans. Samples sealed and kept as the production standard.")
    doc.add_paragraph("Approved by: Priya Raman, Product & Sourcing        Signature: P. Raman        Date: 04/02/2026")
    doc.add_paragraph("Supplier acknowledgement: Vivian Chen (Yunfan Textile)        Date: 05/02/2026")
    save_docx(doc, c / "GOLDEN SAMPLE APPROVAL - SB-APR.docx", "Priya Raman", "2026-02-04T10:15:00")

    # ---- PI : table without borders -------------------------------------
    css = """
body { font-family: "DejaVu Sans Condensed", "DejaVu Sans", "WenQuanYi Micro Hei"; }
.top { display: grid; grid-template-columns: 1fr 1fr; }
.co { font-size: 12.5pt; font-weight: bold; }
h1 { font-size: 19pt; font-weight: normal; letter-spacing: 4px; color: #444; text-align: right; }
table { border-collapse: collapse; width: 100%; }
table.items th { text-align: left; font-size: 8pt; color: #555; border-bottom: 1px solid #000; padding: 4px 3px; }
table.items td { padding: 6px 3px 8px; vertical-align: top; border: none; }
table.items td.n { white-space: nowrap; text-align: right; }
.tot td { border-top: 1px solid #000; font-weight: bold; padding-top: 5px; }
.kv2 td { padding: 1px 6px 1px 0; vertical-align: top; }
"""
    lines = ""
    for i, s in enumerate(skus, 1):
        col = "natural undyed" if not s[2] else f"{s[1].lower()} PMS{s[2].replace(' ', '')}"
        lines += (f"<tr><td>{i}</td><td class='nw'>{s[0]}</td><td>Canvas work apron, {col}<br>"
                  f"12oz 100% cotton canvas, enzyme washed<br>size 27.6\" x 33.5\", N.W. 0.28kg<br>"
                  f"silk screen 1C white logo on chest, woven neck label</td>"
                  f"<td class='n'>{s[3]:,} PCS</td><td class='n'>USD {s[5]}/pc</td>"
                  f"<td class='n'>USD {money(s[3] * s[5])}</td></tr>")
    body = f"""
<div class="top"><div><div class="co">SHAOXING KEQIAO YUNFAN TEXTILE CO., LTD.</div>
<div class="cn" style="font-size:11pt">绍兴柯桥云帆纺织品有限公司</div>
<div class="small">No. 88 Jinbai Road, Keqiao District, Shaoxing, Zhejiang 312030, China<br>T +86 575 8412 6620 · vivian@yunfan-textile.com</div></div>
<div><h1>PROFORMA INVOICE</h1>
<table class="kv2" style="width:auto;margin-left:auto"><tr><td>Invoice No.</td><td><b>YF260212</b></td></tr>
<tr><td>Date</td><td>12-Feb-2026</td></tr><tr><td>Customer PO</td><td>SB-PO-0226</td></tr></table></div></div>
<p style="margin-top:10px"><b>Bill to:</b> Saltbush &amp; Co Pty Ltd, 41 Sackville Street, Collingwood VIC 3066, Australia · Attn: Ms Priya Raman</p>
<table class="items" style="margin-top:8px"><tr><th>#</th><th>Art. No.</th><th>Description</th><th>Qty</th><th>Price</th><th>Amount</th></tr>
{lines}
<tr class="tot"><td></td><td colspan="2">TOTAL FOB NINGBO</td><td class="n">{total_qty:,} PCS</td><td></td><td class="n">USD {money(total)}</td></tr>
</table>
<p><b>SAY US DOLLARS {words(total)} ONLY</b></p>
<table class="kv2" style="margin-top:10px">
<tr><td>Price term:</td><td>FOB NINGBO</td></tr>
<tr><td>Payment:</td><td>30% T/T deposit (USD {money(total * D('0.3'))}), 70% T/T balance before shipment</td></tr>
<tr><td>Lead time:</td><td>within 30 days upon deposit received</td></tr>
<tr><td>Packing:</td><td>each pc in PE bag w/ suffocation warning + swing tag (SKU/EAN); 50pcs/ctn, L60*W40*H35CM 5-ply, {total_qty // 50} ctns</td></tr>
<tr><td>Remarks:</td><td>AZO free test report for CHA / OLV; quality as golden samples approved 04-Feb-2026</td></tr>
</table>
<p style="margin-top:10px"><b>Bank details</b></p>
<table class="kv2">
<tr><td>Beneficiary</td><td>SHAOXING KEQIAO YUNFAN TEXTILE CO., LTD.</td></tr>
<tr><td>Bank</td><td>BANK OF COMMUNICATIONS, SHAOXING BRANCH</td></tr>
<tr><td>Address</td><td>No. 1 Renmin Middle Road, Shaoxing, Zhejiang, China</td></tr>
<tr><td>SWIFT</td><td>COMMCNSHSXG</td></tr>
<tr><td>A/C No.</td><td>307066040018170012345</td></tr></table>
<p style="margin-top:18px">Authorised signature / company chop: {chop(['绍兴柯桥云帆', '纺织品有限公司', '财务专用章'])} Vivian Chen</p>
"""
    html_pdf(c / "PI_YF260212.pdf", body, css, "PI YF260212")

    # ---- chat : Telegram Desktop export ---------------------------------
    B, S = "Priya Raman", "Vivian Chen"
    ids = {B: "user6081124457", S: "user5529031184"}
    msgs = [
        {"t": "2026-01-27 13:05:11", "who": S, "text": "Hi Priya, quotation for the aprons attached 😊", "file": "Yunfan_quotation_YF-Q260127.csv", "mime": "text/csv", "size": 1822},
        {"t": "2026-01-27 19:40:02", "who": B, "text": "Thanks Vivian. 3.45 / 3.60 is above our target for 2,400 pcs in total, can you do better?"},
        {"t": "2026-02-02 12:18:45", "who": S, "text": ["R2 attached, our best price: ", {"type": "bold", "text": "natural 3.20, charcoal & olive 3.35"}, " USD/pc FOB Ningbo"]},
        {"t": "2026-02-02 12:18:50", "who": S, "text": "", "file": "Yunfan_quotation_YF-Q260127-R2.csv", "mime": "text/csv", "size": 1876},
        {"t": "2026-02-02 20:02:31", "who": B, "text": "R2 prices approved 👍 Please go ahead with golden samples in the 3 colours.", "reply_to": 1},
        {"t": "2026-02-02 20:10:09", "who": S, "text": "ok! natural colour no Pantone, right? undyed?"},
        {"t": "2026-02-02 20:14:40", "who": B, "text": ["Right, undyed natural. Charcoal ", {"type": "bold", "text": "Pantone 7540 C"}, ", olive ", {"type": "bold", "text": "Pantone 5753 C"}, " as per spec v3."]},
        {"t": "2026-02-03 10:20:00", "who": B, "service": "phone_call", "extra": {"duration_seconds": 412, "discard_reason": "hangup"}},
        {"t": "2026-02-04 18:31:27", "who": B, "text": "Samples approved, signed approval attached.", "file": "GOLDEN SAMPLE APPROVAL - SB-APR.docx", "mime": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "size": 38114},
        {"t": "2026-02-12 14:47:53", "who": S, "text": "PI YF260212 attached, deposit 30% USD 2,367.00 pls 🙏", "file": "PI_YF260212.pdf", "size": 61402},
        {"t": "2026-02-12 21:03:12", "who": B, "text": "Paid today, MT103 to follow.", "edited": "2026-02-12 21:04:40"},
        {"t": "2026-02-13 11:25:30", "who": S, "text": ["Received with thanks. Factory holiday 14–22 Feb (春节). ", {"type": "italic", "text": "Fabric already dyed"}, ", we arrange overtime, delivery still within 30 days."]},
        {"t": "2026-02-13 19:44:18", "who": B, "text": "For the NEXT order could we try 60 pcs per carton to save freight? Not for this PO, keep 50 pcs this time."},
        {"t": "2026-02-13 19:50:01", "who": S, "text": "ok noted for next order, this time 50pcs/ctn same as spec"},
        {"t": "2026-02-27 15:12:40", "who": S, "text": "", "photo": "photo_3@27-02-2026_15-12-40.jpg"},
        {"t": "2026-02-27 15:12:58", "who": S, "text": ["Printing finished, packing start. Tracking of our carton marks: ", {"type": "link", "text": "https://yunfan-textile.com/qc/SB-PO-0226"}]},
    ]
    write_json(c / "result.json", telegram(S, 5529031184, msgs, 11, ids))

    write_order(c, "SB-PO-0226",
                ["Saltbush & Co Pty Ltd", "Saltbush & Co", "Saltbush", "Priya Raman", "Priya", "Daniel Okafor"],
                ["Shaoxing Keqiao Yunfan Textile Co., Ltd.", "绍兴柯桥云帆纺织品有限公司", "Yunfan Textile",
                 "Yunfan", "Vivian Chen", "陈薇", "Vivian"],
                tolerances={"dimensions": "±10 mm", "weight": "±5%"})
    write_expected(c, "RELEASE", [], description=
                   "Clean 3-SKU order in a flat folder: superseded quote R1, imperial size on the PI, "
                   "'US$3.2 per piece' vs 'USD 3.20/pc', carton notation.")
    write_note(name, """
Planted: nothing; flat folder (every file next to order.toml, roles only from titles / content: SPECIFICATION .md, QUOTATION .csv x2,
PROFORMA INVOICE .pdf, GOLDEN SAMPLE APPROVAL .docx, Telegram result.json). 3 SKUs; verdict RELEASE, expected [].
Noise that must NOT be flagged: quote YF-Q260127 (3.45/3.60/3.60, total 8,490.00) is superseded by R2 (3.20/3.35/3.35), which the buyer accepted in
Telegram -> history, no conflict, no price change; R2 writes "US$3.2 per piece" vs PI "USD 3.20/pc"; PI size 27.6" x 33.5" (= 70.1 x 85.1 cm, inside ±10 mm);
"N.W. 0.28kg" = 280 g; "PMS7540C" = "Pantone 7540 C"; "L60*W40*H35CM 5-ply" = "60 x 40 x 35 cm, 5-ply"; "within 30 days upon deposit received" = 30 days;
the buyer's 60 pcs/ctn idea is explicitly for the NEXT order; samples are 1 pc per colour (not quantities).
""")


# ==========================================================================
# 03  vacuum food jar -- CLEAN, differences inside tolerance
# ==========================================================================

THIN = Side(style="thin", color="888888")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

ABOVE_CSS = """
.f { display: inline-block; vertical-align: top; margin: 0 10px 9px 0; }
.f .l { font-size: 6.8pt; text-transform: uppercase; letter-spacing: 0.8px; color: #777; }
.f .v { font-size: 9.6pt; border-bottom: 0.6px solid #ccc; padding-bottom: 2px; }
h1 { font-size: 15pt; color: #8a1c1c; }
"""


def case03():
    name = "03-food-jar-within-tolerance-clean"
    c = CASES / name
    qty, price = 3000, D("4.65")
    total = qty * price  # 13,950.00

    # ---- spec : XLSX --------------------------------------------------------
    wb = Workbook()
    ws = wb.active
    ws.title = "Spec TP-FJ500"
    ws["A1"] = "TRAILHEAD PROVISIONS LLC — PRODUCT SPECIFICATION"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:D1")
    ws["A2"] = "Item: TP-FJ500  Vacuum insulated food jar 500 ml     Rev. 2  ·  08-Jan-2026  ·  Owner: Jake Morrison"
    ws.merge_cells("A2:D2")
    hdr = ["Attribute", "Requirement", "Tolerance", "Notes / test"]
    ws.append([])
    ws.append(hdr)
    for cell in ws[4]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="8A1C1C")
    data = [
        ("Capacity", "500 ml (usable, to fill line)", "±3%", "water at 20 °C"),
        ("Dimensions", "Ø 88 x H 140 mm (with lid)", "±2 mm", ""),
        ("Net weight", "320 g", "±5%", "jar + lid + gasket"),
        ("Material — inner & outer wall", "18/8 stainless steel (SUS304), double wall, vacuum", "", "mill cert per heat"),
        ("Lid", "PP, BPA free, with silicone gasket", "", ""),
        ("Colour / finish", "Matte black powder coat, RAL 9005", "", "no orange peel"),
        ("Logo", "Laser engraved TRAILHEAD wordmark, body front, 40 x 12 mm", "±1 mm position", ""),
        ("Insulation", "≥ 55 °C after 6 h (start 95 °C)", "", "EN 12546-1 method"),
        ("Certification", "FDA 21 CFR food contact; California Prop 65 compliant", "", "test report per PO"),
        ("Inner packing", "White box with printed UPC sticker, paper insert", "", ""),
        ("Master carton", "24 pcs/ctn, 5-ply export carton 56 x 38 x 31 cm", "", "max 15 kg"),
        ("Inspection", "Final random inspection, ANSI Z1.4 GII, AQL 2.5 / 4.0", "", "by buyer's agent"),
        ("Order quantity", "3,000 pcs", "", "PO TP-2601-FJ"),
    ]
    for row in data:
        ws.append(list(row))
    for r in ws.iter_rows(min_row=4, max_row=4 + len(data)):
        for cell in r:
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCD", (30, 52, 16, 24)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Revision history")
    ws2.append(["Rev", "Date", "Change", "By"])
    ws2.append(["1", "2025-11-20", "First issue (capacity 450 ml)", "JM"])
    ws2.append(["2", "2026-01-08", "Capacity 500 ml, height 140 mm, weight 320 g", "JM"])
    save_xlsx(wb, c / "spec" / "TP-FJ500_spec_rev2.xlsx", "Jake Morrison", "2026-01-08T15:00:00")

    # ---- quote : PDF, label printed above value ---------------------------
    def f(label, value, width="42mm"):
        return f'<div class="f" style="width:{width}"><div class="l">{label}</div><div class="v">{value}</div></div>'
    body = f"""
<div style="display:grid;grid-template-columns:1fr auto">
<div><b style="font-size:12pt">YONGKANG RUIBO VACUUM FLASK CO., LTD.</b><br><span class="cn" style="font-size:11pt">永康市瑞博保温器皿有限公司</span>
<div class="small">No. 266 Huangcheng Road, Economic Development Zone, Yongkang, Zhejiang 321300 · kelly@ruibo-flask.com</div></div>
<div style="text-align:right"><h1>QUOTATION</h1><div class="small">Ref. RB-Q-2601-018</div></div></div>
<hr>
{f('Customer', 'Trailhead Provisions LLC, Denver CO', '80mm')}{f('Attention', 'Mr. Jake Morrison')}{f('Date', '12 Jan 2026', '30mm')}
{f('Item', 'TP-FJ500', '30mm')}{f('Description', 'Vacuum insulated food jar 500 ml, SUS304 18/8 inner &amp; outer, PP lid w/ silicone gasket', '140mm')}
{f('Colour', 'Matte black RAL 9005 powder coat', '60mm')}{f('Logo', 'Laser engraving, 1 position', '45mm')}{f('Size', 'Ø88 x 140 mm', '30mm')}
{f('Quantity', '3,000 pcs', '30mm')}{f('Unit price', 'USD 4.65 / pc', '34mm')}{f('Amount', 'USD 13,950.00', '36mm')}{f('Price term', 'FOB Ningbo', '34mm')}
{f('Payment', '30% T/T in advance, balance 70% against B/L copy', '90mm')}{f('Lead time', '45 days after deposit', '50mm')}
{f('Packing', 'White box + UPC sticker, 24 pcs/ctn, 5-ply 56 x 38 x 31 cm', '110mm')}{f('Validity', '30 days', '30mm')}
{f('Sample', '2 pcs free, courier paid by buyer', '80mm')}{f('Tests', 'FDA + Prop 65 by Intertek, included', '80mm')}
<p style="margin-top:14px">Best regards,<br>Kelly Hu 胡凯丽 · Sales Manager · +86 579 8719 3306</p>
"""
    html_pdf(c / "quotes" / "RB-Q-2601-018.pdf", body, ABOVE_CSS, "Quotation RB-Q-2601-018")

    # ---- sample record : DOCX ---------------------------------------------
    doc = Document()
    doc.styles["Normal"].font.name = "Helvetica"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Golden Sample Sign-off — TP-FJ500", level=1)
    doc.add_paragraph("Trailhead Provisions LLC · 2150 Blake St, Denver, CO 80205, USA")
    doc.add_paragraph("Sample source: Yongkang Ruibo Vacuum Flask Co., Ltd. — 2 pcs received 20 Jan 2026 (FedEx 7788 3321 0954)")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, hd in enumerate(["Check", "Measured (sample A)", "Verdict"]):
        t.rows[0].cells[i].text = hd
    for row in [("Capacity to fill line", "506 ml", "pass"), ("Diameter x height", "88.4 x 140.5 mm", "pass"),
                ("Net weight", "326 g", "pass"), ("Heat retention 6 h", "58 °C", "pass"),
                ("Colour", "RAL 9005 matte, even", "pass"), ("Laser logo", "crisp, 40 x 12 mm", "pass"),
                ("Lid seal (inverted 30 min)", "no leak", "pass")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Status: APPROVED — sample A is the golden sample for production and final inspection.")
    doc.add_paragraph("Signed: Jake Morrison, Sourcing Lead — 22 Jan 2026")
    save_docx(doc, c / "sample" / "TP-FJ500 golden sample signoff.docx", "Jake Morrison", "2026-01-22T09:45:00")

    # ---- PI : boxed grid -------------------------------------------------------
    css = """
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.8px solid #222; padding: 4px 5px; vertical-align: top; }
th { background: #ddd; font-size: 8.2pt; }
.nob td { border: none; padding: 1px 4px; }
.title { font-size: 16pt; font-weight: bold; text-align: center; margin: 6px 0; border: 2px solid #222; padding: 3px; }
"""
    body = f"""
<table class="nob"><tr><td style="width:62%"><b style="font-size:12pt">YONGKANG RUIBO VACUUM FLASK CO., LTD.</b><br>
<span class="cn">永康市瑞博保温器皿有限公司</span><br><span class="small">No. 266 Huangcheng Road, Economic Development Zone, Yongkang, Zhejiang 321300, China<br>Tel +86 579 8719 3306</span></td>
<td class="right"><span class="small">PI NO.</span><br><b>RB260129</b><br><span class="small">DATE</span><br>29/01/2026</td></tr></table>
<div class="title">PROFORMA INVOICE</div>
<table><tr><td style="width:50%"><b>Buyer</b><br>TRAILHEAD PROVISIONS LLC<br>2150 Blake St, Denver, CO 80205, USA<br>Attn: Jake Morrison · PO TP-2601-FJ</td>
<td><b>Shipment</b><br>Port of loading: Ningbo, China<br>Destination: Long Beach, USA<br>By sea, LCL</td></tr></table>
<br>
<table><tr><th>Item</th><th>Description</th><th>Q'ty</th><th>Unit price</th><th>Total</th></tr>
<tr><td class="nw">TP-FJ500</td><td>17oz vacuum food jar, SUS304 18/8 double wall inner &amp; outer<br>Dia 89 x H141mm, N.W. 0.33kg<br>matte black RAL9005 powder coating, laser logo TRAILHEAD<br>PP lid (BPA free) + silicone gasket</td>
<td class="nw">3,000 pcs</td><td class="nw">US$4.65</td><td class="nw">US${money(total)}</td></tr>
<tr><td colspan="2" class="right"><b>Total amount (FOB NINGBO)</b></td><td class="nw"><b>3,000 pcs</b></td><td></td><td class="nw"><b>US${money(total)}</b></td></tr>
<tr><td colspan="5">SAY US DOLLARS {words(total)} ONLY</td></tr></table>
<br>
<table><tr><td style="width:28%">Price term</td><td>FOB NINGBO</td></tr>
<tr><td>Payment</td><td>T/T: 30% deposit; 70% balance upon copy of B/L</td></tr>
<tr><td>Delivery</td><td>45 days after receipt of deposit</td></tr>
<tr><td>Packing</td><td>white box + UPC sticker, 24pcs/ctn, 5-ply, 22.05 x 14.96 x 12.20 in, 125 ctns</td></tr>
<tr><td>Testing</td><td>FDA / Prop 65 report (Intertek) before shipment</td></tr>
<tr><td>Inspection</td><td>final random inspection AQL 2.5/4.0, GII, by buyer's agent</td></tr></table>
<br>
<table><tr><th colspan="2">Beneficiary bank</th></tr>
<tr><td style="width:28%">Beneficiary name</td><td>YONGKANG RUIBO VACUUM FLASK CO., LTD.</td></tr>
<tr><td>Bank</td><td>CHINA CONSTRUCTION BANK, YONGKANG SUB-BRANCH</td></tr>
<tr><td>SWIFT / BIC</td><td>PCBCCNBJZJX</td></tr>
<tr><td>A/C no.</td><td>3305 0167 6235 0000 1842</td></tr></table>
<p style="margin-top:14px">Seller: {chop(['永康市瑞博保温', '器皿有限公司', '合同专用章'])} &nbsp; Kelly Hu</p>
"""
    html_pdf(c / "pi" / "PI RB260129.pdf", body, css, "PI RB260129")

    # ---- chat : Telegram with entity lists --------------------------------
    B, S = "Jake Morrison", "Kelly Hu"
    ids = {B: "user7120458833", S: "user5873310926"}
    msgs = [
        {"t": "2026-01-11 19:02:44", "who": S, "text": ["Hi Jake, quotation ", {"type": "bold", "text": "RB-Q-2601-018"}, " attached 📎"], "file": "RB-Q-2601-018.pdf", "size": 52110},
        {"t": "2026-01-12 08:15:09", "who": B, "text": ["Thanks Kelly! ", {"type": "bold", "text": "USD 4.65/pc FOB Ningbo"}, " works for us, quote accepted. Sending our spec rev 2 now."]},
        {"t": "2026-01-12 08:16:30", "who": B, "text": "", "file": "TP-FJ500_spec_rev2.xlsx", "mime": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "size": 9012},
        {"t": "2026-01-22 10:03:51", "who": B, "text": ["Golden sample approved ✅ sign-off attached. cc ", {"type": "mention", "text": "@trailhead_qa"}], "file": "TP-FJ500 golden sample signoff.docx", "mime": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "size": 36420},
        {"t": "2026-01-28 18:40:12", "who": S, "text": "PI attached pls check", "file": "PI RB260129.pdf", "size": 70221},
        {"t": "2026-01-28 20:11:37", "who": B, "text": ["Quick q: PI says ", {"type": "code", "text": "17oz"}, " and ", {"type": "code", "text": "89x141mm"}, ", spec is 500 ml and Ø88 x 140. Same jar as the golden sample, right?"]},
        {"t": "2026-01-28 20:30:05", "who": S, "text": "Yes same jar same mould as sample A. 17oz ≈ 503ml, size we round up, all inside your tolerance ±2mm 😊", "reply_to": 1},
        {"t": "2026-01-28 20:34:48", "who": B, "text": ["👍 ok. Deposit goes out Monday. Our agent ", {"type": "text_link", "text": "Pacific QA", "href": "https://pacificqa.example.com"}, " will do the final inspection."]},
        {"t": "2026-02-02 09:12:00", "who": B, "text": "Deposit USD 4,185.00 sent, ref. TRH-0202-1."},
        {"t": "2026-02-02 17:58:26", "who": S, "text": ["Received, thank you! FYI ", {"type": "hashtag", "text": "#CNY"}, " holiday Feb 12–24, shipment around 20 March as PI (45 days)."]},
        {"t": "2026-02-20 07:30:00", "who": S, "service": "phone_call", "extra": {"duration_seconds": 0, "discard_reason": "missed"}},
    ]
    write_json(c / "chat" / "result.json", telegram(S, 5873310926, msgs, -7, ids))

    write_order(c, "TP-2601-FJ",
                ["Trailhead Provisions LLC", "Trailhead", "Jake Morrison", "Jake", "@trailhead_qa"],
                ["Yongkang Ruibo Vacuum Flask Co., Ltd.", "永康市瑞博保温器皿有限公司", "Ruibo", "Kelly Hu", "胡凯丽", "Kelly"],
                tolerances={"dimensions": "±2 mm", "weight": "±5%", "capacity": "±3%"})
    write_expected(c, "RELEASE", [], description=
                   "Clean order; PI capacity/size/weight differ from the spec's nominal values but inside tolerance.")
    write_note(name, """
Planted: nothing; verdict RELEASE, expected []. The PI deviates from the spec's nominal values only INSIDE the order.toml tolerances:
"17oz" = 502.8 ml vs 500 ml ±3% (485-515); "Dia 89 x H141mm" vs Ø 88 x 140 mm ±2 mm; "N.W. 0.33kg" vs 320 g ±5% (+3.1%) -> all match.
Other noise: carton "22.05 x 14.96 x 12.20 in" = 56 x 38 x 31 cm; "SUS304 18/8" = "18/8 stainless steel (SUS304)"; "RAL9005" = "RAL 9005";
"30% T/T in advance, balance 70% against B/L copy" (quote) = "30% deposit; 70% balance upon copy of B/L" (PI); "US$4.65" = "USD 4.65 / pc";
Telegram text as entity lists (bold/code/mention/text_link/hashtag), a missed-call service message; the buyer's question about 17oz is answered
and closed; sample (506 ml, 88.4 x 140.5 mm, 326 g) confirms the spec; the spec's history sheet's rev 1 "450 ml" is not a current value.
""")


# ==========================================================================
# 04  LED fairy lights -- FAILED inspection, [release] unmet, no finding
# ==========================================================================

def docx_kv_table(doc, rows, style="Table Grid", widths=(5.0, 11.5), bold_keys=True):
    t = doc.add_table(rows=0, cols=2)
    t.style = style
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        if bold_keys:
            for p in cells[0].paragraphs:
                for r in p.runs:
                    r.bold = True
        cells[0].width, cells[1].width = Cm(widths[0]), Cm(widths[1])
    return t


def case04():
    name = "04-fairy-lights-inspection-failed"
    c = CASES / name
    qty, price = 5000, D("1.38")
    total = qty * price  # 6,900.00

    # ---- spec : DOCX -------------------------------------------------------------
    doc = Document()
    doc.styles["Normal"].font.name = "Georgia"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("MAISON LUMIÈRE SARL")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(13), RGBColor(0x6B, 0x4E, 0x16)
    doc.add_paragraph("12 rue de la Charité, 69002 Lyon, France · achats@maisonlumiere.fr")
    doc.add_heading("Fiche technique / Product specification — ML-FL10", level=1)
    doc.add_paragraph("Version 2 — 05/01/2026 — rédigée par / written by: Camille Rousseau (Achats)")
    docx_kv_table(doc, [
        ("Product", "LED copper wire fairy lights, 10 m lit length, battery operated"),
        ("LEDs", "100 micro LEDs, warm white 2700 K (±200 K), spacing 10 cm"),
        ("Wire", "0.4 mm copper wire, clear lacquer"),
        ("Lead wire", "0.5 m from battery box to first LED"),
        ("Power", "battery box 3 x AA (batteries not included), IP44, ON/OFF/TIMER (6 h on / 18 h off)"),
        ("Colour of box", "Black ABS battery box, Pantone Black 6 C"),
        ("Certification", "CE (EMC 2014/30/EU), RoHS 2011/65/EU, REACH SVHC; test reports from a third-party lab"),
        ("Unit packaging", "Kraft paper box 12 x 9 x 4 cm with window and hang tab, FR/EN/DE leaflet, EAN-13 on box"),
        ("Master carton", "100 sets/ctn, 5-ply, 50 x 38 x 28 cm, marks MAISON LUMIÈRE / ML-FL10 / C/NO."),
        ("Quantity", "5,000 sets (commande ML-CMD-2026-03)"),
        ("Price & terms", "USD 1.38/set FOB Shenzhen, T/T 30% deposit, 70% against copy of B/L, 35 days (quotation XY-Q-260109)"),
        ("Inspection", "Pre-shipment inspection ISO 2859-1, General II, AQL critical 0 / major 2.5 / minor 4.0, plus 100% lighting "
                       "test of the sample. Balance paid only after a PASSED report."),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Validé par / approved by: Camille Rousseau, 05/01/2026")
    save_docx(doc, c / "spec" / "ML-FL10_fiche_technique_v2.docx", "Camille Rousseau", "2026-01-05T11:00:00")

    # ---- quote : XLSX with merged header and photo -----------------------------
    wb = Workbook()
    ws = wb.active
    ws.title = "报价单 Quotation"
    ws.merge_cells("A1:H1")
    ws["A1"] = "ZHONGSHAN GUZHEN XINGYAO LIGHTING CO., LTD.  中山市古镇星耀照明有限公司"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    ws["A2"] = "Add: No. 5 Donghui Road, Guzhen Town, Zhongshan, Guangdong · Tel 0760-2238 5517"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:H3")
    ws["A3"] = "QUOTATION"
    ws["A3"].font = Font(bold=True, size=16)
    ws["A3"].alignment = Alignment(horizontal="center")
    ws["A4"], ws["E4"] = "To: Maison Lumière SARL (Camille Rousseau)", "No.: XY-Q-260109   Date: 2026/01/09"
    heads = ["Photo", "Item No.", "Description", "Certificate", "MOQ", "Unit Price (USD)", "Qty", "Packing"]
    ws.append([])
    ws.append(heads)
    for cell in ws[6]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFE699")
        cell.border = BOX
    ws.append(["", "ML-FL10", "10M 100LED copper wire fairy light, warm white 2700K, 3xAA battery box IP44 with 6H timer",
               "CE / RoHS / REACH", "1000 sets", 1.38, "5000 sets",
               "kraft window box, 100sets/ctn, 50*38*28cm"])
    ws.row_dimensions[7].height = 86
    for cell in ws[7]:
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws["F7"].number_format = '"$"0.00'
    xl_image(thumb_png("lights"), "A7", ws, width=110)
    for col, w in zip("ABCDEFGH", (17, 11, 40, 14, 10, 15, 11, 30)):
        ws.column_dimensions[col].width = w
    terms = [("Price term", "FOB Shenzhen"), ("Payment", "30% T/T deposit, balance 70% against B/L copy"),
             ("Lead time", "35 days after deposit"), ("Validity", "30 days"),
             ("Sales", "Amy Liang 梁美玲 · amy@xingyao-light.com · +86 136 3121 0458")]
    for i, (k, v) in enumerate(terms, start=9):
        ws[f"B{i}"], ws[f"C{i}"] = k, v
        ws[f"B{i}"].font = Font(bold=True)
    save_xlsx(wb, c / "quotes" / "XY-Q-260109 Maison Lumiere.xlsx", "Amy", "2026-01-09T10:30:00")

    # ---- golden sample : PDF ------------------------------------------------------
    css = """
h1 { font-size: 13pt; border-bottom: 1px solid #6b4e16; color: #6b4e16; }
table { border-collapse: collapse; width: 100%; margin-top: 6px; }
td, th { border: 0.5px solid #aaa; padding: 3px 6px; }
th { text-align: left; background: #f6efe2; }
"""
    body = """
<h1>Échantillon de référence · Golden sample record</h1>
<p>Maison Lumière SARL — article ML-FL10 — fournisseur Zhongshan Guzhen Xingyao Lighting Co., Ltd.</p>
<p>Échantillons reçus / samples received: 21/01/2026, 3 sets (DHL 5520 1187 44)</p>
<table><tr><th>Contrôle / check</th><th>Exigence / requirement</th><th>Mesuré / measured</th><th>OK?</th></tr>
<tr><td>Lit length</td><td>10 m</td><td>10.05 m</td><td>OK</td></tr>
<tr><td>LED count / lit</td><td>100 / 100</td><td>100 / 100</td><td>OK</td></tr>
<tr><td>Colour temperature</td><td>2700 K ±200 K</td><td>2690 K</td><td>OK</td></tr>
<tr><td>Timer 6 h on / 18 h off</td><td>functional</td><td>checked over 24 h</td><td>OK</td></tr>
<tr><td>Battery box</td><td>3 x AA, IP44, black</td><td>as required</td><td>OK</td></tr>
<tr><td>Packaging</td><td>kraft window box 12 x 9 x 4 cm</td><td>12.1 x 9.0 x 4.0 cm</td><td>OK</td></tr></table>
<p style="margin-top:10px"><b>Décision / decision:</b> APPROUVÉ / APPROVED as golden sample.</p>
<p>Signature: Camille Rousseau — 23/01/2026</p>
"""
    html_pdf(c / "sample" / "ML-FL10_golden_sample.pdf", body, css, "Golden sample ML-FL10", lang="fr")

    # ---- PI : classic boxed, bilingual headings -------------------------------
    css = """
.hd { border: 1.5px solid #000; padding: 6px; text-align: center; }
.hd b { font-size: 13pt; }
h1 { text-align: center; font-size: 14pt; margin: 8px 0 4px; text-decoration: underline; }
table { border-collapse: collapse; width: 100%; }
table.g td, table.g th { border: 0.8px solid #000; padding: 4px; vertical-align: top; }
table.g th { font-size: 8pt; white-space: nowrap; }
"""
    body = f"""
<div class="hd"><b>ZHONGSHAN GUZHEN XINGYAO LIGHTING CO., LTD.</b><br><span class="cn" style="font-size:12pt">中山市古镇星耀照明有限公司</span><br>
<span class="small">No. 5 Donghui Road, Guzhen Town, Zhongshan, Guangdong 528421, China · Tel 0760-2238 5517</span></div>
<h1>PROFORMA INVOICE 形式发票</h1>
<table class="g"><tr><td style="width:58%">TO: MAISON LUMIÈRE SARL<br>12 rue de la Charité, 69002 Lyon, France<br>ATTN: Ms. Camille Rousseau</td>
<td>PI NO.: XY-PI-260128<br>DATE: 2026/01/28<br>ORDER NO.: ML-CMD-2026-03</td></tr></table>
<br>
<table class="g"><tr><th>NO.</th><th>ITEM NO.</th><th>DESCRIPTION 品名</th><th>QTY 数量</th><th>UNIT PRICE 单价</th><th>AMOUNT 金额</th></tr>
<tr><td>1</td><td class="nw">ML-FL10</td><td>LED copper wire fairy light 10M/33FT 100L, warm white 2700K<br>3xAA battery box IP44 w/ 6H timer, black<br>kraft window box, FR/EN/DE leaflet, EAN<br>CE / RoHS / REACH</td>
<td class="nw">5000 SETS</td><td class="nw">USD 1.38</td><td class="nw">USD {money(total)}</td></tr>
<tr><td colspan="3" class="right"><b>TOTAL FOB SHENZHEN</b></td><td class="nw"><b>5000 SETS</b></td><td></td><td class="nw"><b>USD {money(total)}</b></td></tr></table>
<p><b>TOTAL: SAY US DOLLARS {words(total)} ONLY.</b></p>
<table class="g" style="margin-top:8px">
<tr><td style="width:30%">PRICE TERM 价格条款</td><td>FOB SHENZHEN</td></tr>
<tr><td>PAYMENT 付款</td><td>T/T 30% DEPOSIT, 70% BALANCE AGAINST COPY OF B/L</td></tr>
<tr><td>DELIVERY 交期</td><td>35 DAYS AFTER DEPOSIT</td></tr>
<tr><td>PACKING 包装</td><td>100SETS/CTN, 5 PLY CARTON 50*38*28CM, 50 CTNS</td></tr>
<tr><td>INSPECTION 验货</td><td>PSI BY BUYER'S INSPECTOR, AQL 0/2.5/4.0 GENERAL II; BALANCE AFTER PASSED REPORT</td></tr>
<tr><td>BANK 银行</td><td>BENEFICIARY: ZHONGSHAN GUZHEN XINGYAO LIGHTING CO., LTD.<br>BANK: INDUSTRIAL AND COMMERCIAL BANK OF CHINA, ZHONGSHAN GUZHEN SUB-BRANCH<br>
SWIFT: ICBKCNBJGDG<br>A/C NO.: 2011 0224 0910 0187 562</td></tr></table>
<p style="margin-top:16px">SELLER 卖方: {chop(['中山市古镇星耀', '照明有限公司', '合同专用章'])} Amy Liang &nbsp;&nbsp;&nbsp; BUYER 买方: ____________</p>
"""
    html_pdf(c / "pi" / "PI-XY260128.pdf", body, css, "PI XY-PI-260128")

    # ---- inspection : FAILED ------------------------------------------------------
    css = """
.brand { background: #20303f; color: #fff; padding: 8px 10px; font-size: 11pt; }
.brand small { color: #cfd8e0; }
table { border-collapse: collapse; width: 100%; margin: 5px 0 10px; }
td, th { border: 0.6px solid #777; padding: 3px 5px; }
th { background: #eceff3; text-align: left; }
.fail { color: #fff; background: #c0392b; font-weight: bold; padding: 2px 10px; font-size: 13pt; }
.red { color: #c0392b; font-weight: bold; }
"""
    body = """
<div class="brand"><b>PEARL RIVER INSPECTION SERVICES LTD.</b> &nbsp; <small>珠江验货服务有限公司 · Shenzhen · Guangzhou · Zhongshan</small></div>
<h2 style="margin:8px 0">FINAL RANDOM INSPECTION REPORT</h2>
<table><tr><td>Report No.</td><td>PRIS-260304-0117</td><td>Inspection date</td><td>04-Mar-2026</td></tr>
<tr><td>Client</td><td>Maison Lumière SARL</td><td>PO</td><td>ML-CMD-2026-03</td></tr>
<tr><td>Factory</td><td>Zhongshan Guzhen Xingyao Lighting Co., Ltd.</td><td>Product</td><td>ML-FL10 LED copper wire fairy lights 10 m</td></tr>
<tr><td>Order quantity</td><td>5,000 sets</td><td>Packed / presented</td><td>4,300 packed (86%), 5,000 finished</td></tr></table>
<p>INSPECTION RESULT: <span class="fail">FAILED</span> &nbsp; (reason: major defects exceed AQL 2.5 acceptance number)</p>
<p>Standard: ISO 2859-1 / ANSI Z1.4, single sampling, General Level II, lot 5,000 → code letter L, sample size 200 sets.</p>
<table><tr><th>Class</th><th>AQL</th><th>Sample</th><th>Ac</th><th>Re</th><th>Found</th><th>Status</th></tr>
<tr><td>Critical</td><td>0</td><td>200</td><td>0</td><td>1</td><td>0</td><td>Pass</td></tr>
<tr><td>Major</td><td>2.5</td><td>200</td><td>10</td><td>11</td><td class="red">16</td><td class="red">FAIL</td></tr>
<tr><td>Minor</td><td>4.0</td><td>200</td><td>14</td><td>15</td><td>9</td><td>Pass</td></tr></table>
<table><tr><th>Defect description</th><th>Class</th><th>Qty</th></tr>
<tr><td>Section of LEDs not lighting (open solder joint)</td><td>Major</td><td>7</td></tr>
<tr><td>Battery box switch stuck between ON and TIMER</td><td>Major</td><td>5</td></tr>
<tr><td>Copper wire broken at first LED</td><td>Major</td><td>4</td></tr>
<tr><td>Print on kraft box scratched</td><td>Minor</td><td>5</td></tr>
<tr><td>Wire tangled in box, hard to unwind</td><td>Minor</td><td>4</td></tr></table>
<p><b>On-site tests:</b> lighting test 200/200 sets — 7 failed (counted above) · timer function 32 sets — 0 failed ·
carton drop test (ISTA 1A) — pass · barcode scan — pass · lit length 10.04 m avg (5 sets) · CCT 2700 K ±60 K.</p>
<p><b>Remarks:</b> the factory was informed on site. Re-work of the whole lot and a re-inspection are recommended before shipment.</p>
<p class="small">Inspector: Huang Wei (PRIS-ZS-021) · Report approved by: Sandy Ho, QA Manager, 04-Mar-2026 21:10</p>
"""
    html_pdf(c / "inspection" / "PRIS-260304-0117.pdf", body, css, "FRI report PRIS-260304-0117")

    # ---- chat : WhatsApp Android, French phone --------------------------------
    B, S = "Camille Rousseau", "Amy Liang Xingyao"
    msgs = [
        ("2026-01-09 10:02", None, "Les messages et les appels sont chiffrés de bout en bout. Seules les personnes de cette discussion peuvent les lire, les écouter ou les partager. En savoir plus"),
        ("2026-01-09 10:02", S, "Hello Camille, quotation for ML-FL10 sent to your email, 1.38usd/set FOB Shenzhen 😊"),
        ("2026-01-09 11:15", B, "Merci Amy. OK for the price. We need CE + RoHS + REACH reports with the shipment."),
        ("2026-01-09 11:20", S, "yes all available 👍"),
        ("2026-01-21 09:40", B, "<Médias omis>"),
        ("2026-01-21 09:41", B, "Échantillons reçus, on teste cette semaine."),
        ("2026-01-23 16:48", B, "Échantillon validé / golden sample approved. Record signé en pièce jointe."),
        ("2026-01-23 16:48", B, "ML-FL10_golden_sample.pdf (fichier joint)"),
        ("2026-01-28 09:10", S, "PI-XY260128.pdf (fichier joint)"),
        ("2026-01-28 09:11", S, "PI attached, pls arrange deposit 30% = USD 2,070"),
        ("2026-01-29 14:30", B, "Acompte payé aujourd'hui / deposit paid."),
        ("2026-01-29 14:31", B, "<Médias omis>"),
        ("2026-02-05 08:22", S, "Camille, factory holiday from Feb 12 to Feb 22, but your order finish before, no delay"),
        ("2026-02-05 08:40", B, "Parfait, merci !"),
        ("2026-03-02 08:40", S, "Camille goods ready, inspection on 4th March ok?"),
        ("2026-03-02 08:55", B, "Oui, Pearl River Inspection confirmé pour le 4 mars."),
        ("2026-03-04 21:22", B, "Amy, the inspection FAILED: 16 major defects (limit 10). Dead LED sections, stuck switches, broken wires. Report attached."),
        ("2026-03-04 21:22", B, "PRIS-260304-0117.pdf (fichier joint)"),
        ("2026-03-05 09:05", S, "So sorry Camille 🙏 we check all and rework, re-inspection next week?"),
        ("2026-03-05 09:07", S, "Ce message a été supprimé"),
        ("2026-03-05 09:12", S, "or maybe we ship first and you deduct defect cost from balance?"),
        ("2026-03-05 10:01", B, "Non. Pas d'expédition et pas de solde avant une réinspection PASSED, comme prévu dans la fiche technique.\nNo shipment and no balance before a PASSED re-inspection."),
        ("2026-03-05 10:03", S, "ok understand, we rework 100% then book re-inspection"),
    ]
    write_text(c / "chat" / "Discussion WhatsApp avec Amy Liang Xingyao.txt", wa_android(msgs, "fr"))

    write_order(c, "ML-CMD-2026-03",
                ["Maison Lumière SARL", "Maison Lumiere", "Camille Rousseau", "Camille"],
                ["Zhongshan Guzhen Xingyao Lighting Co., Ltd.", "中山市古镇星耀照明有限公司", "Xingyao Lighting",
                 "Amy Liang", "Amy Liang Xingyao", "梁美玲", "Amy"],
                release={"inspection": "passed"})
    write_expected(c, "HOLD", [], description=
                   "Everything matches; the only inspection report FAILED (16 major > Ac 10), so [release] "
                   "inspection = passed is unmet -> HOLD with no finding.")
    write_note(name, """
Planted: the pre-shipment inspection PRIS-260304-0117 FAILED (major 16 found, Ac 10 / Re 11 at n=200, code L, lot 5,000; critical 0, minor 9 of Ac 14).
order.toml [release] inspection = "passed" is therefore unmet -> HOLD; per contract §3 the unmet condition is a checklist item, NOT a finding: expected [].
Every contract term on the PI matches spec / quote / sample: 5,000 sets x USD 1.38 = 6,900.00, FOB Shenzhen, 30% / 70% against copy of B/L, 35 days,
100 sets/ctn 50*38*28cm, AQL 0/2.5/4.0 clause present. Noise: French-locale WhatsApp (dd/mm/yyyy à HH:MM, <Médias omis>, "Ce message a été supprimé"),
bilingual French/English messages; supplier's "ship first and deduct" proposal is REFUSED by the buyer (no change); "10M/33FT"; "5000 SETS";
all-caps bilingual PI headings (品名/数量/单价/金额); 86% packed at inspection.
""")


# ==========================================================================
# 05  kids backpack -- AQL lowered on PI, line amount wrong, colour by CO
# ==========================================================================

def case05():
    name = "05-kids-backpack-aql-total"
    c = CASES / name
    qty, price = 4800, D("3.15")
    right_total = qty * price          # 15,120.00
    pi_total = D("15210.00")           # transposed digits on the PI
    assert right_total == D("15120.00")

    # ---- spec : Markdown, key: value style ----------------------------------
    md = """NORTHBRIDGE OUTFITTERS INC.
88 Queens Quay West, Suite 410, Toronto, ON M5J 0B8, Canada

SPECIFICATION SHEET
===================

Item: NB-KP14 — Kids backpack 14"
Spec no.: NB-SPEC-KP14 · Version 1.2 · 7 January 2026
Contact: Hannah Leclerc, Sourcing Manager (hannah.leclerc@northbridge-outfitters.ca)

Materials
---------
Shell: 600D polyester, PU coated (water resistant)
Lining: 210D polyester
Zippers: #5 nylon coil, matching colour, metal pullers
Straps: padded, 3D air-mesh back panel

Appearance
----------
Body colour: Navy, Pantone 2768 C
Trim / zipper tape: Black 6 C
Logo: reflective heat-transfer logo on front pocket, 60 x 20 mm

Size & weight
-------------
Finished size: W 30 x D 14 x H 40 cm, tolerance ±1 cm
Net weight: 420 g ±5%

Compliance
----------
CPSIA (total lead, phthalates) test report by a CPSC-accepted lab; Health Canada SOR/2016-188 (phthalates) statement

Packaging
---------
Each backpack stuffed with tissue, in a PE bag with suffocation warning, hang tag with UPC
Master carton: 20 pcs/ctn, 5-ply, 62 x 42 x 45 cm, max 14 kg

Quality / inspection (must be stated on the PI)
-----------------------------------------------
Final random inspection by Northbridge's inspector, ANSI/ASQ Z1.4 General Level II,
AQL 2.5 major / 4.0 minor, 0 critical. Shipment only after a PASSED report.

Order
-----
Quantity 4,800 pcs (PO NB-PO-26-014). Price and commercial terms as per quotation JH-Q260109.

Approved: H. Leclerc 07/01/2026
"""
    write_text(c / "spec" / "NB-SPEC-KP14_v1.2.md", md)

    # ---- quote : PDF, borderless with rules -------------------------------------
    css = """
.head { display: grid; grid-template-columns: 1fr 1fr; border-bottom: 2px solid #e67e22; padding-bottom: 6px; }
h1 { font-size: 20pt; color: #e67e22; text-align: right; font-weight: normal; }
table { border-collapse: collapse; width: 100%; margin-top: 10px; }
th { text-align: left; border-bottom: 1px solid #e67e22; padding: 3px; font-size: 8pt; color: #a0521a; }
td { padding: 4px 3px; vertical-align: top; }
.t td { padding: 1px 3px; }
"""
    body = f"""
<div class="head"><div><b>QUANZHOU JINHONG BAGS CO., LTD.</b><br><span class="cn">泉州金鸿箱包有限公司</span><br>
<span class="small">No. 9 Chaoyang Road, Licheng District, Quanzhou, Fujian 362000 · jason@jinhong-bags.com</span></div>
<div><h1>QUOTATION</h1><p class="right">No. JH-Q260109 · 09 Jan 2026</p></div></div>
<p style="margin-top:8px">To: Northbridge Outfitters Inc. — Ms Hannah Leclerc</p>
<table><tr><th>Item</th><th>Description</th><th>Qty</th><th>Price FOB Xiamen</th><th>Amount</th></tr>
<tr><td class="nw">NB-KP14</td><td>Kids backpack 14", 600D polyester PU coated, 210D lining, #5 nylon zippers,
air-mesh back, reflective heat transfer logo; navy Pantone 2768 C; 30x14x40cm, 420g</td>
<td class="nw">4,800 pcs</td><td class="nw">USD 3.15/pc</td><td class="nw">USD {money(right_total)}</td></tr></table>
<table class="t" style="margin-top:12px">
<tr><td style="width:30mm">Payment</td><td>30% deposit by T/T, 70% against B/L copy</td></tr>
<tr><td>Lead time</td><td>50 days after deposit and sample approval</td></tr>
<tr><td>Packing</td><td>PE bag + hang tag, 20pcs/ctn, carton 62x42x45cm</td></tr>
<tr><td>Testing</td><td>CPSIA report included in price</td></tr>
<tr><td>Inspection</td><td>buyer's 3rd party inspection welcome</td></tr>
<tr><td>Validity</td><td>30 days</td></tr></table>
<p style="margin-top:14px">Jason Lin 林志强 · Export Manager · +86 595 2298 6610</p>
"""
    html_pdf(c / "quotes" / "JH-Q260109.pdf", body, css, "Quotation JH-Q260109")

    # ---- sample : DOCX --------------------------------------------------------------
    doc = Document()
    doc.styles["Normal"].font.name = "Verdana"
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_heading("SAMPLE APPROVAL RECORD", level=0)
    doc.add_paragraph("Northbridge Outfitters Inc. — QA")
    docx_kv_table(doc, [("Item", "NB-KP14 kids backpack 14\" (navy Pantone 2768 C)"),
                        ("Supplier", "Quanzhou Jinhong Bags Co., Ltd."),
                        ("Sample type", "Golden (pre-production) sample, 2 pcs received 19 Jan 2026"),
                        ("Spec", "NB-SPEC-KP14 v1.2")], style="Light List Accent 1")
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, hd in enumerate(["Check", "Result", "Pass/Fail"]):
        t.rows[0].cells[i].text = hd
    for row in [("Size W x D x H", "30.4 x 13.6 x 40.3 cm", "Pass"), ("Net weight", "417 g", "Pass"),
                ("Fabric 600D PU", "confirmed, hydrostatic 1,200 mm", "Pass"),
                ("Zipper #5 run test 500 cycles", "OK", "Pass"), ("Logo reflective", "retro-reflection OK", "Pass"),
                ("Colour navy 2768 C", "ΔE 1.3", "Pass")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    doc.add_paragraph("Result: APPROVED. Approved by Hannah Leclerc on 21 Jan 2026.")
    save_docx(doc, c / "sample" / "NB-KP14 sample approval.docx", "Hannah Leclerc", "2026-01-21T21:00:00")

    # ---- change order : PDF -------------------------------------------------------
    css = """
h1 { font-size: 15pt; border: 2px solid #000; padding: 4px 8px; display: inline-block; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
td, th { border: 0.7px solid #555; padding: 4px 6px; vertical-align: top; }
th { background: #eee; text-align: left; width: 38mm; }
"""
    body = """
<p><b>NORTHBRIDGE OUTFITTERS INC.</b> · 88 Queens Quay West, Suite 410, Toronto, ON, Canada</p>
<h1>CHANGE ORDER CO-NB-001</h1>
<table><tr><th>PO</th><td>NB-PO-26-014</td><th>Date</th><td>28 Jan 2026</td></tr>
<tr><th>Supplier</th><td colspan="3">Quanzhou Jinhong Bags Co., Ltd. (泉州金鸿箱包有限公司)</td></tr>
<tr><th>Item</th><td colspan="3">NB-KP14 kids backpack 14"</td></tr></table>
<table><tr><th>Field</th><th style="width:auto">From</th><th style="width:auto">To</th></tr>
<tr><td>Body colour</td><td>Navy, Pantone 2768 C</td><td>Forest green, Pantone 3435 C</td></tr></table>
<p><b>Reason:</b> retailer (Maple Kids Co.) range change. Lab dip in Pantone 3435 C approved 27 Jan 2026.</p>
<p><b>Impact:</b> unit price unchanged (USD 3.15), quantity unchanged (4,800 pcs), lead time unchanged. All other requirements of
NB-SPEC-KP14 v1.2 and the golden sample remain valid.</p>
<table><tr><th>Approved by (buyer)</th><td>Hannah Leclerc, Sourcing Manager — signed <i>H. Leclerc</i> — 28 Jan 2026</td></tr>
<tr><th>Acknowledged (supplier)</th><td>Jason Lin, Export Manager — signed with company chop — 28 Jan 2026</td></tr></table>
"""
    html_pdf(c / "changes" / "CO-NB-001.pdf", body, css, "Change order CO-NB-001")

    # ---- PI : label-above header + line table ---------------------------------------
    css = ABOVE_CSS + """
h1 { color: #222; font-size: 16pt; letter-spacing: 2px; }
table { border-collapse: collapse; width: 100%; }
table.items th { background: #fbe3cc; border-top: 1px solid #a0521a; border-bottom: 1px solid #a0521a; padding: 4px 3px; font-size: 8pt; }
table.items td { border-bottom: 0.5px solid #ddd; padding: 5px 3px; vertical-align: top; }
.tg { display: grid; grid-template-columns: 34mm 1fr; row-gap: 2px; margin-top: 8px; }
"""
    def f(label, value, width="40mm"):
        return f'<div class="f" style="width:{width}"><div class="l">{label}</div><div class="v">{value}</div></div>'
    body = f"""
<div style="text-align:center"><b style="font-size:13pt">QUANZHOU JINHONG BAGS CO., LTD.</b> <span class="cn">泉州金鸿箱包有限公司</span><br>
<span class="small">No. 9 Chaoyang Road, Licheng District, Quanzhou, Fujian 362000, China · +86 595 2298 6610</span></div>
<h1 class="center" style="margin:10px 0">PROFORMA INVOICE</h1>
{f('PI number', 'JH260130', '32mm')}{f('Date', '30 Jan 2026', '32mm')}{f('Buyer PO', 'NB-PO-26-014', '34mm')}{f('Ref.', 'quotation JH-Q260109 / CO-NB-001', '60mm')}
{f('Buyer', 'Northbridge Outfitters Inc., 88 Queens Quay West, Suite 410, Toronto, ON M5J 0B8, Canada', '120mm')}{f('Contact', 'Hannah Leclerc', '45mm')}
<table class="items"><tr><th>No</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
<tr><td>1</td><td class="nw">NB-KP14</td><td>Kids backpack 14", 600D polyester PU coated / 210D lining<br>
forest green PMS 3435C, black trims, reflective heat transfer logo<br>11.8 x 5.5 x 15.7 inch, N.W. 0.42kg<br>CPSIA tested (lead, phthalates)</td>
<td class="nw">4,800 PCS</td><td class="nw">USD 3.15</td><td class="nw">USD {money(pi_total)}</td></tr>
<tr><td></td><td></td><td><b>TOTAL (FOB XIAMEN)</b></td><td class="nw"><b>4,800 PCS</b></td><td></td><td class="nw"><b>USD {money(pi_total)}</b></td></tr></table>
<p><b>SAY US DOLLARS {words(pi_total)} ONLY.</b></p>
<div class="tg">
<div>Price term:</div><div>FOB XIAMEN</div>
<div>Payment:</div><div>T/T 30% deposit USD {money(pi_total * D('0.3'))}, 70% balance against copy of B/L</div>
<div>Delivery:</div><div>50 days after deposit</div>
<div>Packing:</div><div>PE bag w/ warning, hang tag with UPC, 20pcs/ctn, 5-ply 62*42*45cm, 240 ctns</div>
<div>Inspection:</div><div>final inspection by buyer's inspector, AQL 4.0 major / 6.5 minor, General Level II</div>
<div>Bank:</div><div>Beneficiary: QUANZHOU JINHONG BAGS CO., LTD.<br>Bank of China Quanzhou Branch, SWIFT BKCHCNBJ720<br>A/C 4085 6632 9011</div></div>
<p style="margin-top:14px">{chop(['泉州金鸿箱包', '有限公司', '合同专用章'])} Jason Lin</p>
"""
    html_pdf(c / "pi" / "PI-JH260130.pdf", body, css, "PI JH260130")

    # ---- chat : plain log ---------------------------------------------------------
    B, S = "Hannah Leclerc", "Jason Lin"
    msgs = [
        ("2026-01-09 09:40", S, "Hi Hannah, quotation JH-Q260109 for NB-KP14 attached, USD 3.15/pc for 4800pcs FOB Xiamen"),
        ("2026-01-09 21:05", B, "Thanks Jason, price accepted. Please make golden samples in navy per spec v1.2."),
        ("2026-01-19 08:12", S, "samples delivered by FedEx today, pls check"),
        ("2026-01-21 22:10", B, "Sample approved, record attached."),
        ("2026-01-26 20:45", B, "Jason, our retailer wants forest green instead of navy (Pantone 3435 C). Can you do a lab dip? I'll send a formal change order."),
        ("2026-01-27 08:30", S, "ok no problem, same price same lead time. lab dip photo sent by mail"),
        ("2026-01-27 19:02", B, "Lab dip approved."),
        ("2026-01-28 19:12", B, "CO-NB-001 signed, attached. Please issue the PI with the green colour."),
        ("2026-01-30 10:05", S, "PI JH260130 attached, pls arrange deposit 30%"),
        ("2026-02-02 18:20", B, "Deposit sent. Out of curiosity, could you quote a 16\" version later? Not for this PO."),
        ("2026-02-03 09:02", S, "sure, I send next week. CNY holiday 2/10-2/24 btw, production start after material arrive"),
    ]
    write_text(c / "chat" / "chat_Jason_Lin_Jinhong.txt", plain_log(msgs))

    write_order(c, "NB-PO-26-014",
                ["Northbridge Outfitters Inc.", "Northbridge", "Hannah Leclerc", "Hannah"],
                ["Quanzhou Jinhong Bags Co., Ltd.", "泉州金鸿箱包有限公司", "Jinhong Bags", "Jinhong", "Jason Lin", "林志强", "Jason"],
                tolerances={"dimensions": "±10 mm", "weight": "±5%"})
    write_expected(c, "HOLD", [
        exp("inspection", "undocumented_change", "high"),
        exp("price.total", "undocumented_change", "high"),
        exp("color", "documented_change", "info"),
    ], description="PI lowers AQL 2.5/4.0 to 4.0/6.5; PI line amount 15,210.00 != 4,800 x 3.15 = 15,120.00; "
                   "colour change covered by approved CO-NB-001.")
    write_note(name, """
Planted: (1) PI inspection clause "AQL 4.0 major / 6.5 minor" vs spec "AQL 2.5 major / 4.0 minor" (spec requires the clause on the PI) -> inspection
undocumented_change, high. (2) PI line amount and total USD 15,210.00 (words and 30% deposit 4,563.00 follow it) while 4,800 x 3.15 = 15,120.00, the
accepted quote's amount -> price.total undocumented_change, high (unit price 3.15 and qty 4,800 both match). (3) colour navy Pantone 2768 C -> forest green
PMS 3435C, covered by changes/CO-NB-001.pdf signed by the buyer 28 Jan 2026 -> color documented_change, info. Verdict HOLD.
Noise: size "11.8 x 5.5 x 15.7 inch" = 30 x 14 x 40 cm (±1 cm); "N.W. 0.42kg" = 420 g; "62*42*45cm"; 30% deposit still 30% (payment.deposit matches);
the chat discussion before the CO must not make colour chat_only; 16" version is a future quote; sample "2 pcs".
""")


# ==========================================================================
# 06  kitchen scale -- R1 drops the inspection clause, balance moved earlier
# ==========================================================================

def case06():
    name = "06-kitchen-scale-inspection-dropped"
    c = CASES / name
    qty, price = 3000, D("3.85")
    total = qty * price  # 11,550.00

    # ---- spec : XLSX form ----------------------------------------------------------
    wb = Workbook()
    ws = wb.active
    ws.title = "NV-KS5"
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 70
    ws["A1"] = "NORDVIK HEM AB"
    ws["A1"].font = Font(bold=True, size=15, color="1D4E89")
    ws["A2"] = "Lilla Bommen 6, 411 04 Göteborg, Sweden"
    ws["A3"] = "PRODUCT SPECIFICATION  NV-KS5  Digital kitchen scale  —  rev. B, 2026-01-06"
    ws["A3"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:B3")
    r = 5
    sections = [
        ("1. Product", [
            ("Capacity / graduation", "5 kg / 1 g"),
            ("Platform", "5 mm tempered safety glass, white, 200 x 160 mm"),
            ("Dimensions (W x D x H)", "200 x 160 x 18 mm, tolerance ±1 mm"),
            ("Net weight (without batteries)", "520 g ±5%"),
            ("Display", "LCD 58 x 24 mm, white backlight, units g / oz / lb:oz / ml"),
            ("Power", "2 x AAA batteries (included), auto-off 120 s"),
            ("Colour", "white glass; print Pantone Cool Gray 9 C"),
            ("Logo", "NORDVIK, silk-screen on glass top left, Cool Gray 9 C"),
            ("Certification", "CE (EMC 2014/30/EU), RoHS; DoC in English and Swedish"),
        ]),
        ("2. Packaging", [
            ("Unit packaging", "printed colour box 230 x 190 x 45 mm, SE/EN/DE/FI manual, EAN-13"),
            ("Master carton", "20 pcs/ctn, 5-ply, 48 x 40 x 25 cm"),
            ("Shipping marks", "per buyer's mark sheet (latest version)"),
        ]),
        ("3. Commercial", [
            ("Quantity", "3,000 pcs — PO NVH-2026-007"),
            ("Price", "USD 3.85/pc FOB Shenzhen (quotation HT-Q-0109)"),
            ("Payment", "T/T 30% deposit, 70% balance against copy of B/L"),
            ("Lead time", "40 days after deposit"),
        ]),
        ("4. Requirements for the PI / contract", [
            ("Inspection clause (to be stated on the PI)",
             "Pre-shipment inspection by the buyer's nominated third party, ANSI/ASQ Z1.4 General Level II, "
             "AQL 2.5 major / 4.0 minor, 0 critical. Balance payable only after a PASSED report."),
            ("Other", "PI to show buyer's PO number and the bank account of the supplier's own company"),
        ]),
    ]
    for title, rows in sections:
        ws.cell(row=r, column=1, value=title).font = Font(bold=True, color="FFFFFF")
        for col in (1, 2):
            ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="1D4E89")
        r += 1
        for k, v in rows:
            ws.cell(row=r, column=1, value=k).border = BOX
            cell = ws.cell(row=r, column=2, value=v)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
        r += 1
    ws.cell(row=r, column=1, value="Approved")
    ws.cell(row=r, column=2, value="Elin Karlsson, Sourcing — 2026-01-06")
    save_xlsx(wb, c / "spec" / "NV-KS5_spec_revB.xlsx", "Elin Karlsson", "2026-01-06T13:20:00")

    # ---- quote : CSV (bilingual headers) -----------------------------------------------
    rows = [
        ["东莞市衡泰电子衡器有限公司", "DONGGUAN HENGTAI ELECTRONIC SCALE CO., LTD."],
        ["报价单 QUOTATION", "No. HT-Q-0109", "Date 2026-01-09"],
        ["客户 Customer", "Nordvik Hem AB (Elin Karlsson)"],
        [],
        ["序号 No.", "品名 Item", "规格 Specification", "数量 Qty", "单价 Unit price (USD)", "金额 Amount (USD)"],
        ["1", "NV-KS5 digital kitchen scale", "5kg/1g, 5mm tempered glass 200x160mm white, LCD backlight, 2xAAA incl., NORDVIK logo",
         "3000", "3.85", money(total)],
        [],
        ["价格条款 Price term", "FOB Shenzhen"],
        ["付款方式 Payment", "30% T/T deposit, 70% T/T against B/L copy"],
        ["交期 Lead time", "40 days after deposit"],
        ["包装 Packing", "colour box, 20pcs/ctn, 48x40x25cm"],
        ["认证 Certificate", "CE-EMC, RoHS"],
        ["有效期 Validity", "30 days"],
        ["联系人 Contact", "Sherry Zhou 周雪 +86 769 8532 4410"],
    ]
    write_csv(c / "quotes" / "HT-Q-0109.csv", rows)

    # ---- sample : DOCX ---------------------------------------------------------------
    doc = Document()
    doc.styles["Normal"].font.name = "Segoe UI"
    doc.styles["Normal"].font.size = Pt(9.5)
    doc.add_heading("Golden sample approval — NV-KS5", level=1)
    doc.add_paragraph("Nordvik Hem AB · QA lab Göteborg · sample from Dongguan Hengtai Electronic Scale Co., Ltd. (2 pcs, received 2026-01-15)")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Medium Shading 1 Accent 1"
    for i, hd in enumerate(["Test", "Requirement", "Result", "OK"]):
        t.rows[0].cells[i].text = hd
    for row in [("Size", "200 x 160 x 18 mm ±1", "200.3 x 159.8 x 18.2 mm", "yes"),
                ("Net weight", "520 g ±5%", "516 g", "yes"),
                ("Accuracy 1000 g (M1 weight)", "±2 g", "1000 g", "yes"),
                ("Accuracy 5000 g", "±5 g", "4999 g", "yes"),
                ("Logo print Cool Gray 9 C", "sharp, rub test 20x", "OK", "yes"),
                ("Auto-off", "120 s", "118 s", "yes")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    doc.add_paragraph("Decision: approved as golden sample. One unit sealed and returned to supplier.")
    doc.add_paragraph("Elin Karlsson — 2026-01-16")
    save_docx(doc, c / "sample" / "NV-KS5_golden_sample_approval.docx", "Elin Karlsson", "2026-01-16T14:00:00")

    # ---- PIs : v1 (with clause) and R1 (clause gone, balance earlier) -----------------------
    css = """
body { font-family: "WenQuanYi Micro Hei", "DejaVu Sans"; font-size: 8.8pt; }
.hd { display: grid; grid-template-columns: 22mm 1fr; column-gap: 8px; border-bottom: 1.5px solid #2b5f2b; padding-bottom: 5px; }
.logo { width: 20mm; height: 20mm; background: #2b5f2b; color: #fff; font-size: 15pt; text-align: center; line-height: 20mm; font-weight: bold; }
h1 { font-size: 15pt; text-align: center; margin: 8px 0 2px; }
table { border-collapse: collapse; width: 100%; }
table.items th, table.items td { border: 0.6px solid #777; padding: 4px; vertical-align: top; }
table.items th { background: #e3efe3; white-space: nowrap; }
table.tm td { padding: 2px 4px; vertical-align: top; border-bottom: 0.4px dashed #bbb; }
"""
    def pi(no, date, remark, notify, payment, inspection):
        insp_row = f"<tr><td>检验 Inspection</td><td>{inspection}</td></tr>" if inspection else ""
        body = f"""
<div class="hd"><div class="logo">HT</div><div><b style="font-size:12.5pt">东莞市衡泰电子衡器有限公司</b><br>
<b>DONGGUAN HENGTAI ELECTRONIC SCALE CO., LTD.</b><br><span class="small">No. 31 Xiaobian Industrial Road, Chang'an Town, Dongguan, Guangdong 523860, China · Tel +86 769 8532 4410</span></div></div>
<h1>形式发票 PROFORMA INVOICE</h1>
<p class="center">PI No.: <b>{no}</b> &nbsp;&nbsp; Date: {date} {('&nbsp;&nbsp; Remark: ' + remark) if remark else ''}</p>
<p><b>Buyer / Consignee 买方:</b> Nordvik Hem AB, Lilla Bommen 6, 411 04 Göteborg, Sweden — Attn: Elin Karlsson — PO NVH-2026-007<br>
<b>Notify party 通知方:</b> {notify}</p>
<table class="items" style="margin-top:6px"><tr><th>No.</th><th>Model</th><th>Description 描述</th><th>Qty 数量</th><th>Unit Price 单价</th><th>Amount 金额</th></tr>
<tr><td>1</td><td class="nw">NV-KS5</td><td>Digital kitchen scale 5000g x 1g<br>5mm tempered glass platform 200*160mm, white<br>LCD with backlight, 2xAAA included<br>NORDVIK logo silk screen, Cool Gray 9C</td>
<td class="nw">3,000 PCS</td><td class="nw">USD 3.85</td><td class="nw">USD {money(total)}</td></tr>
<tr><td colspan="3" class="right"><b>TOTAL FOB SHENZHEN 合计</b></td><td class="nw"><b>3,000 PCS</b></td><td></td><td class="nw"><b>USD {money(total)}</b></td></tr></table>
<p>SAY US DOLLARS {words(total)} ONLY</p>
<table class="tm" style="margin-top:6px">
<tr><td style="width:34mm">价格条款 Price term</td><td>FOB SHENZHEN</td></tr>
<tr><td>付款 Payment</td><td>{payment}</td></tr>
<tr><td>交期 Lead time</td><td>40 days after deposit</td></tr>
<tr><td>包装 Packing</td><td>color box, 20pcs/ctn, 5 ply carton 48x40x25cm, 150 ctns</td></tr>
<tr><td>唛头 Shipping marks</td><td>NORDVIK / NV-KS5 / C/NO. 1-150 / MADE IN CHINA</td></tr>
{insp_row}
<tr><td>认证 Certificate</td><td>CE-EMC, RoHS</td></tr></table>
<p style="margin-top:8px"><b>银行资料 BANK INFORMATION</b><br>
Beneficiary: DONGGUAN HENGTAI ELECTRONIC SCALE CO., LTD.<br>
Bank: AGRICULTURAL BANK OF CHINA, DONGGUAN CHANG'AN SUB-BRANCH<br>
SWIFT: ABOCCNBJ440 &nbsp;&nbsp; A/C: 4458 1101 0400 2871 6</p>
<p style="margin-top:12px">卖方签章 Seller: {chop(['东莞市衡泰电子', '衡器有限公司', '合同专用章'])} Sherry Zhou</p>
"""
        return body
    v1 = pi("PI-HT260120", "2026-01-20", "", "same as consignee",
            "T/T 30% deposit, 70% balance against copy of B/L",
            "Pre-shipment inspection by buyer's nominated third party, ANSI/ASQ Z1.4 General II, "
            "AQL 2.5 major / 4.0 minor, 0 critical; balance payable after PASSED report")
    r1 = pi("PI-HT260120-R1", "2026-02-10", "R1 — notify party added",
            "DSV Air &amp; Sea AB, Box 8, 401 20 Göteborg, Sweden, +46 31 760 4000",
            "T/T 30% deposit, 70% balance before shipment", None)
    html_pdf(c / "pi" / "PI-HT260120.pdf", v1, css, "PI-HT260120", lang="zh")
    html_pdf(c / "pi" / "PI-HT260120-R1.pdf", r1, css, "PI-HT260120-R1", lang="zh")

    # ---- chat : plain log --------------------------------------------------------------
    B, S = "Elin Karlsson", "Sherry Zhou"
    msgs = [
        ("2026-01-09 10:20", S, "Dear Elin, quotation HT-Q-0109 attached, USD 3.85/pc FOB Shenzhen"),
        ("2026-01-09 13:02", B, "Thanks Sherry, accepted. Spec NV-KS5 rev B attached. Please note the PI must carry our inspection clause (section 4)."),
        ("2026-01-09 13:30", S, "ok noted 👌"),
        ("2026-01-16 15:11", B, "Golden sample approved, signed record attached."),
        ("2026-01-20 09:45", S, "PI-HT260120 attached pls check"),
        ("2026-01-20 14:02", B, "PI checked, OK. Deposit 30% (USD 3,465.00) will be paid tomorrow."),
        ("2026-01-21 11:30", B, "Deposit paid."),
        ("2026-02-06 10:15", B, "Sherry, for customs our forwarder needs a notify party on the PI: DSV Air & Sea AB, Box 8, 401 20 Göteborg. Nothing else changes."),
        ("2026-02-06 10:16", B, "<attachment: DSV_notify_party.pdf>"),
        ("2026-02-10 16:40", S, "PI-HT260120-R1 attached, notify party added as requested"),
        ("2026-02-10 17:05", B, "Received, thanks."),
        ("2026-02-26 09:10", S, "after Spring festival production restart, goods ready around 5 March"),
        ("2026-02-26 09:31", B, "OK. We will book the inspection for the week of 9 March."),
    ]
    write_text(c / "chat" / "Sherry_Zhou_Hengtai_2026.log", plain_log(msgs))

    write_order(c, "NVH-2026-007",
                ["Nordvik Hem AB", "Nordvik", "Elin Karlsson", "Elin"],
                ["Dongguan Hengtai Electronic Scale Co., Ltd.", "东莞市衡泰电子衡器有限公司", "Hengtai",
                 "Sherry Zhou", "周雪", "Sherry"],
                tolerances={"dimensions": "±1 mm", "weight": "±5%"})
    write_expected(c, "HOLD", [
        exp("inspection", "missing", "high"),
        exp("payment.balance", "undocumented_change", "high"),
    ], description="PI R1 (notify party added) silently drops the spec-required inspection clause and moves the "
                   "balance from 'against copy of B/L' to 'before shipment'.")
    write_note(name, """
Planted: the spec (section 4) requires the AQL 2.5/4.0 inspection clause on the PI; PI-HT260120 carries it, the latest PI-HT260120-R1 ("notify party
added") drops it -> inspection missing, high. R1 also changes "70% balance against copy of B/L" (spec, quote, PI v1) to "70% balance before shipment"
-> payment.balance undocumented_change, high (the buyer asked only for a notify party, "nothing else changes"; "Received, thanks." is no
approval). Verdict HOLD.
Noise: deposit stays 30% (payment.deposit matches); the notify party is what the buyer asked for and no audited field; PI v1 is superseded history, not a
conflict; "5000g x 1g" = "5 kg / 1 g" (a capacity, not the 520 g product weight); "200*160mm"; Chinese/English labels; "48x40x25cm".
""")


# ==========================================================================
# 07  kraft gift bags -- unreadable documents + beneficiary changed on R1
# ==========================================================================

def case07():
    name = "07-gift-bags-unreadable-beneficiary"
    c = CASES / name
    qty, price = 20000, D("0.118")
    total = qty * price  # 2,360.00
    assert total == D("2360.000")

    # ---- spec : PDF (Spanish / English) -----------------------------------------
    css = """
body { font-family: "DejaVu Serif", "WenQuanYi Micro Hei"; font-size: 9.2pt; }
h1 { font-size: 14pt; margin: 4px 0 10px; }
table { border-collapse: collapse; width: 100%; }
td { padding: 5px 6px; vertical-align: top; border-bottom: 0.5px solid #bbb; }
td.k { width: 48mm; color: #555; }
td.k i { color: #999; }
"""
    rows = [
        ("Artículo <i>/ Item</i>", "PA-GB-M — bolsa de regalo kraft mediana / medium kraft gift bag"),
        ("Medidas <i>/ Size</i>", "25 x 11 x 32 cm (ancho x fuelle x alto / W x gusset x H), tolerancia ±3 mm"),
        ("Papel <i>/ Material</i>", "papel kraft marrón 150 g/m², FSC Mix / brown kraft paper 150 gsm, FSC Mix"),
        ("Asas <i>/ Handles</i>", "asa de papel retorcido marrón, pegada por dentro / twisted paper handles, glued inside"),
        ("Impresión <i>/ Logo</i>", "1 color flexo, Pantone 7727 C, ambas caras, según arte PA-GB-M_artwork_v2 / both sides"),
        ("Certificación <i>/ Certification</i>", "FSC Mix — certificado COC del proveedor / supplier's FSC chain-of-custody certificate"),
        ("Embalaje <i>/ Packing</i>", "fajos de 25 uds con banda de papel; 250 uds/caja; caja 5 capas 56 x 34 x 40 cm"),
        ("Cantidad <i>/ Quantity</i>", "20.000 uds / 20,000 pcs (pedido PA-2026-011)"),
        ("Precio <i>/ Price</i>", "USD 0,118/ud FOB Ningbo (oferta HD-Q260108)"),
        ("Pago <i>/ Payment</i>", "T/T 30% anticipo, 70% antes del embarque / 30% deposit, 70% before shipment"),
        ("Plazo <i>/ Lead time</i>", "25 días tras anticipo y aprobación del arte / 25 days after deposit and artwork approval"),
    ]
    trs = "".join(f'<tr><td class="k">{k}</td><td>{v}</td></tr>' for k, v in rows)
    body = f"""
<p style="font-size:12pt"><b>PAPELERÍA ALBA S.L.</b></p>
<p class="small">C/ de Colón 42, 46004 Valencia, España · CIF B-98765432 · compras@papeleriaalba.es</p>
<h1>ESPECIFICACIÓN DE PRODUCTO / PRODUCT SPECIFICATION</h1>
<p>Ref. ESP-PA-GB-M · Rev. 1 · 07/01/2026 · Responsable: Lucía Ferrer</p>
<table style="margin-top:8px">{trs}</table>
<p style="margin-top:14px">Aprobado / approved: Lucía Ferrer (Compras) — 07/01/2026</p>
"""
    html_pdf(c / "spec" / "PA-GB-M_especificacion.pdf", body, css, "Especificación PA-GB-M", lang="es")

    # zero-byte artwork (the download failed)
    ensure(c / "spec" / "PA-GB-M_artwork_v2.pdf").write_bytes(b"")

    # ---- quote : XLSX, truncated (corrupt zip) ---------------------------------------
    wb = Workbook()
    ws = wb.active
    ws.title = "Quotation"
    ws["A1"] = "WENZHOU CANGNAN HONGDA PACKAGING CO., LTD. 温州苍南宏达包装有限公司"
    ws["A2"] = "QUOTATION HD-Q260108"
    ws.append(["Item", "Size", "Material", "Print", "Qty", "Price USD"])
    ws.append(["PA-GB-M", "25x11x32cm", "150gsm brown kraft FSC", "1C Pantone 7727C both sides", 20000, 0.118])
    ws.append(["Terms", "FOB Ningbo; 30% deposit, 70% before shipment; 25 days"])
    qpath = c / "quotes" / "HD-Q260108.xlsx"
    save_xlsx(wb, qpath, "Cathy", "2026-01-08T10:00:00")
    data = qpath.read_bytes()
    qpath.write_bytes(data[: len(data) * 55 // 100])

    # ---- PIs ------------------------------------------------------------------------------
    css = """
.top { display: grid; grid-template-columns: 1.4fr 1fr; }
.cnname { font-family: "WenQuanYi Micro Hei"; font-size: 15pt; font-weight: bold; }
h1 { text-align: right; font-size: 18pt; color: #5b3a1e; }
table { border-collapse: collapse; width: 100%; }
table.items th { border-bottom: 1.5px solid #5b3a1e; border-top: 1.5px solid #5b3a1e; padding: 4px; text-align: left; font-size: 8pt; }
table.items td { padding: 5px 4px; border-bottom: 0.5px solid #d9c7b3; vertical-align: top; }
.bank { border: 1px solid #5b3a1e; padding: 6px 8px; margin-top: 10px; width: 62%; }
.bank div { display: grid; grid-template-columns: 28mm 1fr; }
"""
    def pi(no, date, title_extra, note, beneficiary, account):
        body = f"""
<div class="top"><div><div class="cnname">温州苍南宏达包装有限公司</div>
<b>WENZHOU CANGNAN HONGDA PACKAGING CO., LTD.</b><br>
<span class="small">No. 126 Haicheng Avenue, Lingxi Town, Cangnan County, Wenzhou, Zhejiang 325800, China<br>Tel 0577-6472 8810 · cathy@hongda-pack.com</span></div>
<div><h1>PROFORMA INVOICE{title_extra}</h1><p class="right">No. <b>{no}</b><br>Date: {date}</p></div></div>
<p style="margin-top:10px"><b>Messrs:</b> PAPELERÍA ALBA S.L., C/ de Colón 42, 46004 Valencia, Spain · Attn: Ms. Lucía Ferrer · Order PA-2026-011</p>
{note}
<table class="items" style="margin-top:6px"><tr><th>No.</th><th>Item</th><th>Description</th><th>Quantity</th><th>Unit price</th><th>Amount</th></tr>
<tr><td>1</td><td class="nw">PA-GB-M</td><td>Kraft paper gift bag 25x11x32cm (W x G x H)<br>150gsm brown kraft, FSC Mix<br>twisted paper handle<br>1C flexo print Pantone 7727C both sides</td>
<td class="nw">20,000 PCS</td><td class="nw">USD 0.118</td><td class="nw">USD {money(total)}</td></tr>
<tr><td></td><td></td><td><b>TOTAL FOB NINGBO</b></td><td class="nw"><b>20,000 PCS</b></td><td></td><td class="nw"><b>USD {money(total)}</b></td></tr></table>
<p><b>SAY TOTAL US DOLLARS {words(total)} ONLY.</b></p>
<p style="margin-top:8px">Price term: FOB NINGBO<br>Payment: T/T 30% deposit, 70% balance before shipment<br>
Lead time: 25 days after deposit and artwork confirmed<br>Packing: 25pcs/bundle, 250pcs/ctn, 5-ply carton 56*34*40cm, 80 ctns<br>
FSC: COC certificate supplied with documents</p>
<div class="bank"><b>Bank information for T/T</b>
<div><span>Beneficiary:</span><span>{beneficiary}</span></div>
<div><span>Bank name:</span><span>AGRICULTURAL BANK OF CHINA, WENZHOU BRANCH</span></div>
<div><span>Bank address:</span><span>No. 1 Xinchen Road, Lucheng District, Wenzhou, Zhejiang, China</span></div>
<div><span>SWIFT:</span><span>ABOCCNBJ110</span></div>
<div><span>Account no.:</span><span>{account}</span></div></div>
<p style="margin-top:14px">Seller: {chop(['温州苍南宏达', '包装有限公司', '合同专用章'])} Cathy Xu</p>
"""
        return body
    html_pdf(c / "pi" / "PI-HD260115.pdf",
             pi("PI-HD260115", "2026-01-15", "", "", "WENZHOU CANGNAN HONGDA PACKAGING CO., LTD.",
                "1925 0101 0400 3318 6"), css, "PI-HD260115")
    html_pdf(c / "pi" / "PI-HD260115-R1.pdf",
             pi("PI-HD260115-R1", "2026-02-03", " (R1)",
                "<p><i>R1 re-issued for balance payment — please remit the balance to the account below.</i></p>",
                "CANGNAN HONGDA TRADING CO., LTD.", "1925 0101 0400 5527 1"), css, "PI-HD260115-R1")

    # image-only scan of the signed original
    scan_lines = [
        "#温州苍南宏达包装有限公司",
        "#WENZHOU CANGNAN HONGDA PACKAGING CO., LTD.",
        "No. 126 Haicheng Avenue, Lingxi Town, Cangnan County, Wenzhou, Zhejiang",
        "",
        "#PROFORMA INVOICE        No. PI-HD260115      Date: 2026-01-15",
        "Messrs: PAPELERIA ALBA S.L., Valencia, Spain   Order PA-2026-011",
        "",
        "1  PA-GB-M  Kraft paper gift bag 25x11x32cm, 150gsm brown kraft, FSC Mix",
        "            twisted paper handle, 1C flexo Pantone 7727C both sides",
        "            20,000 PCS     USD 0.118     USD 2,360.00",
        "TOTAL FOB NINGBO      20,000 PCS                 USD 2,360.00",
        "SAY TOTAL US DOLLARS TWO THOUSAND THREE HUNDRED AND SIXTY ONLY.",
        "",
        "Price term: FOB NINGBO",
        "Payment: T/T 30% deposit, 70% balance before shipment",
        "Lead time: 25 days after deposit and artwork confirmed",
        "Packing: 25pcs/bundle, 250pcs/ctn, 5-ply carton 56*34*40cm, 80 ctns",
        "",
        "Beneficiary: WENZHOU CANGNAN HONGDA PACKAGING CO., LTD.",
        "Bank name: AGRICULTURAL BANK OF CHINA, WENZHOU BRANCH",
        "SWIFT: ABOCCNBJ110     Account no.: 1925 0101 0400 3318 6",
        "", "", "", "",
    ]
    scan_pdf(c / "pi" / "PI-HD260115_firmado.pdf", scan_lines, seed=7115,
             stamp_lines=["温州苍南宏达", "包装有限公司", "合同专用章"])

    # password-protected certificate
    encrypted_pdf(c / "certificates" / "FSC-COC_SGS_report.pdf", [
        "#SGS-CSTC Standards Technical Services Co., Ltd. - Ningbo Branch",
        "FSC Chain of Custody certificate",
        "Certificate holder: Wenzhou Cangnan Hongda Packaging Co., Ltd.",
        "Certificate code: SGSHK-COC-013377   License code: FSC-C162245",
        "Product group: P7.4 paper bags - FSC Mix",
        "Valid until 2028-05-31"], user_pw="HD2026fsc")

    # ---- chat : WeChat text export with date separators ---------------------------------
    S, B = "Cathy Xu 宏达包装", "Lucía Ferrer"
    days = [
        ("2026-01-08", [
            (S, "10:02:13", "Dear Lucía, quotation HD-Q260108 send to your mail (xlsx), pls check 😊"),
            (B, "16:45:50", "Hi Cathy, I cannot open the xlsx, it says the file is corrupt. Anyway 0.118 USD/pc for 20,000 pcs is OK, FOB Ningbo, 30/70 before shipment, 25 days."),
            (S, "16:50:03", "ok, 明白 👌 PI after you confirm artwork"),
        ]),
        ("2026-01-14", [
            (B, "11:20:41", "[文件] PA-GB-M_artwork_v2.pdf"),
            (B, "11:21:05", "Artwork v2 approved from our side, Pantone 7727 C both sides."),
        ]),
        ("2026-01-15", [
            (S, "09:30:40", "[文件] PI-HD260115.pdf"),
            (S, "09:31:02", "PI attached, deposit 30% USD 708.00 pls"),
            (B, "12:10:18", "Deposit paid to your ABC account (Wenzhou Cangnan Hongda Packaging). Please send the signed and chopped PI for our accounts."),
        ]),
        ("2026-01-16", [
            (S, "08:55:27", "[文件] PI-HD260115_firmado.pdf"),
            (S, "08:55:40", "signed PI with chop 已盖章"),
            (S, "08:56:12", "[文件] FSC-COC_SGS_report.pdf"),
            (S, "08:56:30", "FSC report, password I send by email 密码邮件发您"),
        ]),
        ("2026-02-03", [
            (S, "14:20:09", "Dear Lucía, goods finished 大货已完成. For the balance our finance ask to use our trading company account, new PI R1 attached. 麻烦安排尾款 thank you"),
            (S, "14:20:15", "[文件] PI-HD260115-R1.pdf"),
            (B, "17:02:44", "Why is the beneficiary a different company now? We paid the deposit to Wenzhou Cangnan Hongda Packaging. We will call your office on the number in our supplier file before paying anything."),
            (S, "17:10:02", "same boss, same bank, only the account name. no problem 放心"),
            (B, "17:15:30", "We will verify first. No balance until then."),
            (S, "17:16:01", "[撤回了一条消息]"),
        ]),
    ]
    out = []
    for day, msgs in days:
        out.append(f"—————  {day}  —————")
        for who, t, text in msgs:
            out.append(f"{who}  {t}")
            out.append(text)
            out.append("")
    write_text(c / "chat" / "WeChat_Cathy_Xu_宏达包装.txt", "\n".join(out))

    write_order(c, "PA-2026-011",
                ["Papelería Alba S.L.", "Papeleria Alba", "Lucía Ferrer", "Lucia Ferrer", "Lucía"],
                ["Wenzhou Cangnan Hongda Packaging Co., Ltd.", "温州苍南宏达包装有限公司", "Hongda Packaging",
                 "Hongda", "Cathy Xu", "Cathy Xu 宏达包装", "Cathy"],
                tolerances={"dimensions": "±3 mm"})
    write_expected(c, "HOLD", [
        exp("bank.beneficiary", "undocumented_change", "critical"),
        exp("bank.account", "undocumented_change", "critical"),
    ], unreadable=["spec/PA-GB-M_artwork_v2.pdf", "quotes/HD-Q260108.xlsx",
                   "pi/PI-HD260115_firmado.pdf", "certificates/FSC-COC_SGS_report.pdf"],
        description="Re-issued PI R1 moves the balance to 'CANGNAN HONGDA TRADING CO., LTD.' (new account, same bank); "
                    "four unreadable files (zero-byte, truncated xlsx, image-only scan, password-protected PDF).")
    write_note(name, """
Planted: PI-HD260115-R1 ("re-issued for balance payment") names a different beneficiary, CANGNAN HONGDA TRADING CO., LTD. (not the supplier), with a
different account 1925 0101 0400 5527 1; bank name, address and SWIFT ABOCCNBJ110 unchanged. The buyer questions it and defers ("We will verify first")
-> bank.beneficiary and bank.account undocumented_change, critical; HOLD. Unreadable, must be listed: spec/PA-GB-M_artwork_v2.pdf (0 bytes),
quotes/HD-Q260108.xlsx (zip truncated at 55%), pi/PI-HD260115_firmado.pdf (image-only scan, no text layer), certificates/FSC-COC_SGS_report.pdf
(user password). Noise: everything else on R1 equals the original PI and the spec (20,000 PCS x USD 0.118 = 2,360.00, FOB Ningbo, 30/70 before
shipment, 25 days, 250pcs/ctn 56*34*40cm); Spanish decimal comma "USD 0,118" and "20.000 uds" in the spec; WeChat recall line; bank.name and bank.swift match.
""")


# ==========================================================================
# 08  acrylic displays -- only a quote and a chat: nothing to audit
# ==========================================================================

def case08():
    name = "08-acrylic-stands-quote-chat-only"
    c = CASES / name
    items = [("HP-DS-A4", "T-shape sign holder A4 portrait, 3mm clear acrylic, insert 215x300mm, base 80mm", 1000, D("1.25"), "50pcs/ctn"),
             ("HP-DS-A5", "T-shape sign holder A5 portrait, 3mm clear acrylic, insert 152x213mm, base 60mm", 1000, D("0.86"), "100pcs/ctn"),
             ("HP-BR-3T", "3-tier brochure stand for 1/3 A4 leaflets, 3mm clear acrylic, 105x150x200mm", 500, D("4.80"), "20pcs/ctn")]
    total = sum(i[2] * i[3] for i in items)  # 4,510.00
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCDEFGHI", (6, 20, 14, 44, 9, 10, 12, 14, 14)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:I1")
    ws["A1"] = "深圳市明彩亚克力制品有限公司"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    ws["A2"] = "SHENZHEN MINGCAI ACRYLIC PRODUCTS CO., LTD."
    ws["A2"].font = Font(bold=True, size=12)
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:I3")
    ws["A3"] = "Bldg 6, Fuyong Industrial Zone, Bao'an District, Shenzhen · Tel +86 755 2730 8841 · tina@mingcai-acrylic.com"
    ws["A3"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A4:I4")
    ws["A4"] = "QUOTATION 报价单"
    ws["A4"].font = Font(bold=True, size=15)
    ws["A4"].alignment = Alignment(horizontal="center")
    ws["A5"], ws["F5"] = "To: Harbor & Pine Retail LLC — Ms. Megan Ortiz", "No.: MC-Q260302"
    ws["A6"], ws["F6"] = "Portland, OR, USA", "Date: 2026-03-02"
    heads = ["No.", "Picture", "Item", "Description", "MOQ", "Qty", "Price FOB SZ", "Amount (USD)", "Packing"]
    for i, h in enumerate(heads, 1):
        cell = ws.cell(row=8, column=i, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F75B5")
        cell.border = BOX
    for n, it in enumerate(items, 1):
        r = 8 + n
        vals = [n, "", it[0], it[1], 500, it[2], float(it[3]), float(it[2] * it[3]), it[4]]
        for i, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=i, value=v)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.cell(row=r, column=7).number_format = '"US$"#,##0.00'
        ws.cell(row=r, column=8).number_format = '#,##0.00'
        ws.row_dimensions[r].height = 62
        xl_image(thumb_png("stand", color=(120, 160, 200)), f"B{r}", ws, width=80)
    r = 9 + len(items)
    ws.cell(row=r, column=4, value="TOTAL").font = Font(bold=True)
    ws.cell(row=r, column=6, value=sum(i[2] for i in items))
    ws.cell(row=r, column=8, value=f"=SUM(H9:H{r - 1})").number_format = '#,##0.00'
    terms = ["1. Price term: FOB Shenzhen (EXW factory -USD 0.05/pc)",
             "2. Payment: 50% T/T deposit, 50% before shipment",
             "3. Lead time: 15-20 days after deposit and sample approval",
             "4. Sample: USD 60 incl. DHL, refundable with the order",
             "5. Packing: PE film both sides + kraft paper, export carton",
             "6. Validity: 30 days",
             "Sales: Tina Luo 罗婷  WhatsApp/WeChat +86 188 2355 0716"]
    for j, t in enumerate(terms):
        ws.cell(row=r + 2 + j, column=2, value=t)
    save_xlsx(wb, c / "quotes" / "MC-Q260302 Harbor&Pine.xlsx", "Tina", "2026-03-02T10:30:00")

    B, S = "Megan Ortiz", "Tina Luo"
    msgs = [
        ("2026-02-26 08:15", B, "Hi Tina, we're looking for acrylic T-shape sign holders A4 and A5 and a 3-tier brochure stand, around 1,000 pcs each for a trial. Could you quote FOB Shenzhen?"),
        ("2026-02-26 09:02", S, "Hello Megan, sure! 3mm clear acrylic ok? for brochure stand MOQ 500"),
        ("2026-02-26 09:30", B, "3mm is fine for A5. For A4 we'd like to see 3mm first, maybe 5mm later. 500 brochure stands is ok."),
        ("2026-03-02 10:40", S, "quotation MC-Q260302 attached"),
        ("2026-03-02 10:40", S, "<attachment: MC-Q260302 Harbor&Pine.xlsx>"),
        ("2026-03-02 11:05", B, "Thanks. A4 in 5mm would be how much more?"),
        ("2026-03-02 11:20", S, "5mm + USD 0.40/pc, so 1.65 for A4"),
        ("2026-03-03 07:50", B, "Let me check with our buying team, we'll decide after the samples. Can you send 2 pcs of each in 3mm?"),
        ("2026-03-03 08:05", S, "ok sample fee USD 60 incl. DHL, refundable when order"),
        ("2026-03-04 09:12", B, "Sample fee paid via PayPal."),
        ("2026-03-06 15:30", S, "samples sent DHL 7731 0045 82"),
        ("2026-03-12 10:02", B, "Samples received, looking good. We'll come back with the PO next month."),
        ("2026-03-12 10:05", S, "Thank you Megan, waiting for your good news 😊"),
    ]
    write_text(c / "chat" / "Tina_Mingcai_acrylic.txt", plain_log(msgs))

    write_order(c, "HP-2026-TRIAL",
                ["Harbor & Pine Retail LLC", "Harbor & Pine", "Megan Ortiz", "Megan"],
                ["Shenzhen Mingcai Acrylic Products Co., Ltd.", "深圳市明彩亚克力制品有限公司", "Mingcai",
                 "Tina Luo", "罗婷", "Tina"])
    write_expected(c, "REVIEW", [], description="Only a quotation and a chat: no spec, no sample, no PI -> nothing to "
                                               "compare, REVIEW with no finding.")
    write_note(name, """
Planted: nothing to audit. The folder holds only quotes/MC-Q260302 (XLSX, 3 items, total USD 4,510.00 as a =SUM formula) and a plain chat log;
there is no spec, no golden sample, no PI -> REVIEW (no baseline / no PI, contract §3), expected [].
Must NOT be flagged: the 5mm A4 price (USD 1.65) is an answer to a question and the buyer defers ("we'll decide after the samples"): no agreed change;
the quote's 500 pcs MOQ vs "around 1,000 pcs" in the first inquiry; the sample fee; EXW alternative price in the quote terms; "FOB SZ".
""")


# ==========================================================================
# 09  electric kettle -- everything matches, warranty required on PI but absent
# ==========================================================================

def case09():
    name = "09-electric-kettle-warranty-missing"
    c = CASES / name
    qty, price = 2000, D("8.90")
    total = qty * price  # 17,800.00

    # ---- spec : PDF, numbered clauses ----------------------------------------------
    css = """
body { font-family: "DejaVu Sans", "WenQuanYi Micro Hei"; font-size: 9.3pt; line-height: 1.45; }
.hdr { border-left: 6px solid #b0122b; padding-left: 8px; margin-bottom: 10px; }
h1 { font-size: 13pt; }
ol { padding-left: 16px; }
ol > li { margin-bottom: 5px; }
.lab { font-weight: bold; }
"""
    clauses = [
        ("Product", "cordless electric kettle with 360° power base, brushed stainless steel"),
        ("Capacity", "1.7 L (MAX mark), MIN mark 0.5 L"),
        ("Electrical", "220-240 V~ 50/60 Hz, 1850-2200 W; Strix-type U18 controller with boil-dry protection; cord 0.75 m, Schuko plug CEE 7/7"),
        ("Materials", "body and inner wall SUS304 stainless steel (18/8, food grade); lid and handle PP, black; lid seal silicone"),
        ("Colour / finish", "brushed stainless body; handle and lid Pantone Black 6 C, matte"),
        ("Dimensions and weight", "225 x 160 x 250 mm (L x W x H incl. base) ±3 mm; net weight 1.05 kg ±5%"),
        ("Logo", "laser engraving DOMOWE on the front of the body, 35 x 8 mm"),
        ("Certification", "CE (LVD 2014/35/EU, EMC 2014/30/EU), GS, RoHS, LFGB, ErP — reports in the name of the supplier"),
        ("Packaging", "colour box 245 x 185 x 270 mm with PL/EN manual and EAN-13; 4 pcs/ctn, 5-ply export carton 51 x 39 x 29 cm"),
        ("Inspection", "pre-shipment inspection by the buyer, ISO 2859-1 General Level II, AQL 2.5 / 4.0"),
        ("Warranty", "24 months from the date of the B/L; the supplier ships 1% spare units free of charge (FOC) with the order"),
        ("Commercial terms", "2,000 pcs at USD 8.90/pc FOB Guangzhou; T/T 30% deposit, 70% against copy of B/L; lead time 40 days after deposit"),
    ]
    lis = "".join(f'<li><span class="lab">{k}:</span> {v}</li>' for k, v in clauses)
    body = f"""
<div class="hdr"><b style="font-size:12pt">DOMOWE SPRZĘTY Sp. z o.o.</b><br>ul. Głogowska 218, 60-104 Poznań, Polska · NIP 779-24-61-883</div>
<h1>SPECYFIKACJA PRODUKTU / PRODUCT SPECIFICATION — DS-EK17</h1>
<p>Electric kettle 1.7 L · issue 1 · 2 February 2026 · order DS/2026/0211</p>
<ol>{lis}</ol>
<p style="margin-top:12px">Opracował / prepared: Tomasz Wiśniewski (Zakupy / Purchasing), 02.02.2026</p>
"""
    html_pdf(c / "spec" / "DS-EK17_specyfikacja.pdf", body, css, "DS-EK17 specification", lang="pl")

    # ---- PI : two-column key/value grids ----------------------------------------------
    css = """
.lh { display: grid; grid-template-columns: 1fr auto; align-items: end; border-bottom: 2px solid #333; padding-bottom: 4px; }
.lh .n { font-size: 12pt; font-weight: bold; }
.pt { font-size: 16pt; font-weight: bold; letter-spacing: 2px; }
.g2 { display: grid; grid-template-columns: 30mm 1fr 30mm 1fr; gap: 2px 6px; margin: 8px 0; }
.g2 .k, .g1 .k { color: #666; }
.g1 { display: grid; grid-template-columns: 36mm 1fr; gap: 3px 6px; margin-top: 8px; }
table { border-collapse: collapse; width: 100%; }
th { border-top: 1px solid #333; border-bottom: 1px solid #333; padding: 4px 3px; text-align: left; font-size: 8pt; }
td { padding: 5px 3px; vertical-align: top; }
tr.t td { border-top: 1px solid #333; font-weight: bold; }
"""
    body = f"""
<div class="lh"><div><div class="n">FOSHAN SHUNDE MEIKANG ELECTRICAL APPLIANCE CO., LTD.</div><div class="cn" style="font-size:11pt">佛山市顺德区美康电器有限公司</div>
<div class="small">No. 7 Xingye Road, Beijiao Industrial Park, Shunde District, Foshan, Guangdong 528311, China · +86 757 2665 3018</div></div>
<div class="pt">PROFORMA<br>INVOICE</div></div>
<div class="g2"><div class="k">PI No.</div><div>PI-MK260210</div><div class="k">Date</div><div>10 Feb 2026</div>
<div class="k">Buyer</div><div>Domowe Sprzęty Sp. z o.o.<br>ul. Głogowska 218, 60-104 Poznań, Poland</div><div class="k">Attn / PO</div><div>Tomasz Wiśniewski<br>DS/2026/0211</div></div>
<table><tr><th>No.</th><th>Model</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
<tr><td>1</td><td class="nw">DS-EK17</td><td>1700ml cordless electric kettle, 220-240V~ 50/60Hz 1850-2200W<br>SUS304 body &amp; inner, brushed; PP handle/lid black 6C<br>Strix type controller, boil-dry protection, 360° base, Schuko plug<br>laser logo DOMOWE; 225x160x250mm, N.W. 1.05kg</td>
<td class="nw">2,000 PCS</td><td class="nw">USD 8.90</td><td class="nw">USD {money(total)}</td></tr>
<tr class="t"><td></td><td></td><td>TOTAL FOB GUANGZHOU</td><td class="nw">2,000 PCS</td><td></td><td class="nw">USD {money(total)}</td></tr></table>
<p><b>SAY US DOLLARS {words(total)} ONLY</b></p>
<div class="g1">
<div class="k">Price term</div><div>FOB GUANGZHOU, CHINA</div>
<div class="k">Payment</div><div>T/T 30% deposit, balance 70% against copy of B/L</div>
<div class="k">Lead time</div><div>40 days after deposit received</div>
<div class="k">Certificates</div><div>CE (LVD+EMC) / GS / RoHS / LFGB / ErP</div>
<div class="k">Packing</div><div>color box w/ PL/EN manual &amp; EAN, 4pcs/ctn, 5-ply 51x39x29cm, 500 ctns</div>
<div class="k">Inspection</div><div>buyer's pre-shipment inspection, AQL 2.5/4.0 Level II</div>
<div class="k">Beneficiary</div><div>FOSHAN SHUNDE MEIKANG ELECTRICAL APPLIANCE CO., LTD.</div>
<div class="k">Bank</div><div>CHINA CONSTRUCTION BANK, FOSHAN SHUNDE BEIJIAO SUB-BRANCH</div>
<div class="k">SWIFT</div><div>PCBCCNBJGDX</div>
<div class="k">A/C No.</div><div>4405 0166 3308 0000 2176</div></div>
<p style="margin-top:14px">{chop(['佛山市顺德区美康', '电器有限公司', '合同专用章'])} Nancy Wu, Sales Manager</p>
"""
    html_pdf(c / "pi" / "PI-MK260210.pdf", body, css, "PI-MK260210")

    # ---- chat : WeChat (PC copy format) -------------------------------------------------
    S, B = "Nancy Wu 美康电器", "Tomasz Wiśniewski"
    msgs = [
        (S, "2026/2/3 10:20:15", "Dear Tomasz, spec DS-EK17 received, we confirm all points 👍 PI coming next week."),
        (B, "2026/2/3 10:41:02", "Thanks Nancy. Please remember the warranty: 24 months + 1% FOC spare units, as in the spec."),
        (S, "2026/2/3 10:43:30", "yes of course, 2 years warranty 没问题"),
        (S, "2026/2/10 15:02:11", "[文件] PI-MK260210.pdf"),
        (S, "2026/2/10 15:02:40", "PI pls check, deposit 30% USD 5,340"),
        (B, "2026/2/11 09:15:00", "Deposit paid today."),
        (S, "2026/2/11 09:40:12", "收到，谢谢 received with thanks. Factory holiday 2/14-2/24, delivery 40 days after deposit as PI"),
        (S, "2026/2/11 09:40:30", "[图片]"),
        (B, "2026/2/11 10:02:55", "[表情]"),
    ]
    out = ["Tomasz Wiśniewski和Nancy Wu 美康电器的聊天记录", ""]
    for who, t, text in msgs:
        out += [f"{who} {t}", text, ""]
    write_text(c / "chat" / "WeChat-Nancy美康电器.txt", "\n".join(out))

    write_order(c, "DS/2026/0211",
                ["Domowe Sprzęty Sp. z o.o.", "Domowe Sprzety", "Tomasz Wiśniewski", "Tomasz Wisniewski", "Tomasz"],
                ["Foshan Shunde Meikang Electrical Appliance Co., Ltd.", "佛山市顺德区美康电器有限公司", "Meikang",
                 "Nancy Wu", "Nancy Wu 美康电器", "Nancy"],
                required_on_pi=["warranty"],
                tolerances={"dimensions": "±3 mm", "weight": "±5%"})
    write_expected(c, "REVIEW", [exp("warranty", "missing", "medium")],
                   description="Spec + PI agree on every term; order.toml requires the warranty on the PI and the PI has none.")
    write_note(name, """
Planted: order.toml required_on_pi = ["warranty"]; the spec sets "24 months from the date of the B/L + 1% FOC spare units" (without itself demanding it
on the PI); the only PI (PI-MK260210) has no warranty line -> warranty missing, medium; REVIEW. No sample, no quote (spec carries the commercial terms).
Must NOT be flagged: the supplier's WeChat "yes of course, 2 years warranty" is a confirmation of the original value in a chat, not a PI term and not a
change; "1700ml" = 1.7 L; "SUS304" = SUS304 (18/8); "FOB GUANGZHOU, CHINA"; "balance 70% against copy of B/L"; "black 6C" = Pantone Black 6 C;
"CE (LVD+EMC) / GS / RoHS / LFGB / ErP" = the spec's list; "40 days after deposit received"; inspection clause present and equal (not required anyway).
""")


# ==========================================================================
# 10  glass teapot -- capacity, size, weight out of tolerance; flat folder
# ==========================================================================

def case10():
    name = "10-glass-teapot-out-of-tolerance-flat"
    c = CASES / name
    qty, price = 1500, D("4.40")
    total = qty * price  # 6,600.00

    # ---- spec : DOCX ------------------------------------------------------------------
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Theehuis Van Dijk B.V.")
    r.bold, r.font.size = True, Pt(14)
    doc.add_paragraph("Oudegracht 112, 3511 AW Utrecht, Nederland · KvK 30211478 · inkoop@theehuisvandijk.nl")
    h = doc.add_paragraph()
    r = h.add_run("SPECIFICATION  —  VD-TP1000 borosilicate glass teapot 1000 ml")
    r.bold, r.font.size = True, Pt(13)
    doc.add_paragraph("Revision 2 · 5 January 2026 · author: Sanne van Dijk (inkoop / purchasing)")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, hd in enumerate(["Characteristic", "Requirement", "Tolerance"]):
        t.rows[0].cells[i].text = hd
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in [
        ("Capacity", "1000 ml (usable, to the lid seat)", "+5% / -0%"),
        ("Overall size L x W x H", "190 x 135 x 150 mm (L incl. spout and handle, H incl. lid)", "±2 mm"),
        ("Net weight", "520 g (pot + lid + infuser)", "±3%"),
        ("Body and lid", "high borosilicate glass 3.3, hand-blown, wall 1.8-2.2 mm", "—"),
        ("Infuser", "SS304 stainless steel mesh, 0.3 mm holes", "—"),
        ("Thermal shock", "ΔT 120 °C without breakage", "—"),
        ("Logo", "acid-etched VAN DIJK on body, 30 x 10 mm, right of handle", "±2 mm position"),
        ("Certification", "LFGB (glass and steel), test report per order", "—"),
        ("Unit packaging", "white box 205 x 150 x 165 mm with moulded pulp insert, NL/EN/DE label with EAN-13", "—"),
        ("Master carton", "12 pcs/ctn, 5-ply, 62 x 31 x 34 cm, FRAGILE marks", "—"),
        ("Quantity", "1,500 pcs (order VD-2026-004)", "—"),
        ("Commercial", "USD 4.40/pc FOB Tianjin, T/T 30% deposit / 70% against copy of B/L, 35 days — per quotation JC-Q260112", "—"),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    doc.add_paragraph("Any change to mould, glass, dimensions or capacity requires a written change approval from Theehuis Van Dijk before production.")
    doc.add_paragraph("Approved: S. van Dijk, 05-01-2026")
    save_docx(doc, c / "SPECIFICATION VD-TP1000 rev2.docx", "Sanne van Dijk", "2026-01-05T12:00:00")

    # ---- golden sample approval : PDF ---------------------------------------------------
    css = """
h1 { font-size: 15pt; text-align: center; letter-spacing: 1px; margin-bottom: 8px; }
.meta { display: grid; grid-template-columns: 1fr 1fr; gap: 2px 14px; margin-bottom: 8px; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.6px solid #999; padding: 4px 6px; }
th { background: #f0f4f0; text-align: left; }
tbody tr:nth-child(odd) td { background: #fafafa; }
.ok { color: #17803d; font-weight: bold; }
"""
    body = """
<p class="small">Theehuis Van Dijk B.V. — kwaliteit / quality</p>
<h1>GOLDEN SAMPLE APPROVAL</h1>
<div class="meta"><div>Item: VD-TP1000 glass teapot 1000 ml</div><div>Record: GSA-VD-TP1000-01</div>
<div>Supplier: Hebei Hejian Jingcheng Glassware Co., Ltd.</div><div>Samples: 3 pcs, received 23-01-2026</div></div>
<table><thead><tr><th>Check</th><th>Spec</th><th>Measured (sample 1)</th><th>Result</th></tr></thead><tbody>
<tr><td>Capacity</td><td>1000 ml +5%/-0%</td><td>1,020 ml</td><td class="ok">OK</td></tr>
<tr><td>Size L x W x H</td><td>190 x 135 x 150 mm ±2</td><td>190.6 x 134.2 x 151.0 mm</td><td class="ok">OK</td></tr>
<tr><td>Net weight</td><td>520 g ±3%</td><td>528 g</td><td class="ok">OK</td></tr>
<tr><td>Thermal shock ΔT 120 °C</td><td>no breakage</td><td>3/3 passed</td><td class="ok">OK</td></tr>
<tr><td>Etched logo</td><td>30 x 10 mm</td><td>even, sharp</td><td class="ok">OK</td></tr>
<tr><td>Infuser fit</td><td>no wobble</td><td>OK</td><td class="ok">OK</td></tr></tbody></table>
<p style="margin-top:10px"><b>Decision:</b> APPROVED. Sample 1 kept in Utrecht as the reference; sample 2 sealed and returned to the factory.</p>
<p>Signed: Sanne van Dijk · 26-01-2026</p>
"""
    html_pdf(c / "GOLDEN SAMPLE APPROVAL VD-TP1000.pdf", body, css, "Golden sample approval VD-TP1000")

    # ---- quote : CSV, semicolon-free plain layout -----------------------------------------
    rows = [
        ["QUOTATION"],
        ["HEBEI HEJIAN JINGCHENG GLASSWARE CO., LTD. / 河北河间晶诚玻璃制品有限公司"],
        ["Xiguan Industrial Zone, Hejian, Cangzhou, Hebei, China"],
        ["Ref", "JC-Q260112"], ["Date", "12-Jan-2026"], ["Customer", "Theehuis Van Dijk B.V."],
        [],
        ["Item", "Description", "Capacity", "Size (mm)", "N.W.", "Qty (pcs)", "FOB Tianjin USD/pc", "Amount USD"],
        ["VD-TP1000", "borosilicate glass teapot with SS304 infuser, etched logo", "1000ml", "190x135x150",
         "520g", "1500", "4.40", money(total)],
        [],
        ["Payment", "T/T 30% deposit, 70% against copy of B/L"],
        ["Delivery", "35 days after deposit"],
        ["Packing", "white box + pulp insert, 12pcs/ctn, 62x31x34cm"],
        ["Test", "LFGB report incl."],
        ["Valid", "30 days"],
        ["Contact", "Leo Zhang 张磊 leo@jingcheng-glass.com"],
    ]
    write_csv(c / "QUOTATION JC-Q260112.csv", rows)

    # ---- PI ---------------------------------------------------------------------------------
    css = """
body { font-family: "DejaVu Serif", "WenQuanYi Micro Hei"; font-size: 9pt; }
.lh { text-align: left; }
.lh .en { font-size: 13pt; font-weight: bold; }
h1 { font-size: 14pt; text-align: center; border-top: 1px solid #000; border-bottom: 1px solid #000; padding: 3px 0; margin: 8px 0; }
table { border-collapse: collapse; width: 100%; }
table.items td, table.items th { border: 0.5px solid #444; padding: 4px; vertical-align: top; }
table.items tr:nth-child(even) td { background: #f4f4f4; }
.terms td { padding: 1px 5px 1px 0; vertical-align: top; }
"""
    body = f"""
<div class="lh"><span class="en">HEBEI HEJIAN JINGCHENG GLASSWARE CO., LTD.</span><br><span class="cn" style="font-size:12pt">河北河间晶诚玻璃制品有限公司</span><br>
<span class="small">Xiguan Industrial Zone, Hejian City, Cangzhou, Hebei 062450, China · Tel +86 317 3516 228</span></div>
<h1>PROFORMA INVOICE</h1>
<table class="terms"><tr><td style="width:50%">Consignee: THEEHUIS VAN DIJK B.V.<br>Oudegracht 112, 3511 AW Utrecht, the Netherlands<br>Attn: Mrs. Sanne van Dijk</td>
<td>PI No.: JC260203<br>Date: Feb. 3, 2026<br>Order: VD-2026-004</td></tr></table>
<table class="items" style="margin-top:8px"><tr><th>Item</th><th>Description</th><th>Quantity</th><th>Unit Price</th><th>Amount</th></tr>
<tr><td class="nw">VD-TP1000</td><td>High borosilicate glass teapot 900ml with SS304 infuser<br>size 182x130x142mm, N.W. 0.49kg<br>acid etched logo VAN DIJK, white box + pulp insert</td>
<td class="nw">1,500 pcs</td><td class="nw">USD 4.40</td><td class="nw">USD {money(total)}</td></tr>
<tr><td></td><td><b>TOTAL FOB TIANJIN</b></td><td class="nw"><b>1,500 pcs</b></td><td></td><td class="nw"><b>USD {money(total)}</b></td></tr></table>
<p>SAY US DOLLARS {words(total)} ONLY.</p>
<table class="terms" style="margin-top:6px">
<tr><td style="width:30mm">Terms of price:</td><td>FOB TIANJIN</td></tr>
<tr><td>Terms of payment:</td><td>T/T 30% deposit, 70% against copy of B/L</td></tr>
<tr><td>Delivery time:</td><td>35 days after deposit</td></tr>
<tr><td>Packing:</td><td>12pcs/ctn, 5 ply, 62*31*34cm, 125 ctns</td></tr>
<tr><td>Certificate:</td><td>LFGB test report</td></tr></table>
<p style="margin-top:8px"><b>Our bank:</b><br>Beneficiary: HEBEI HEJIAN JINGCHENG GLASSWARE CO., LTD.<br>Bank: BANK OF CHINA CANGZHOU BRANCH<br>SWIFT: BKCHCNBJ22A<br>Account: 1011 6628 3157</p>
<p style="margin-top:12px">{chop(['河北河间晶诚', '玻璃制品有限公司', '合同专用章'])} Leo Zhang</p>
"""
    html_pdf(c / "PROFORMA INVOICE JC260203.pdf", body, css, "PI JC260203")

    # ---- chat : Telegram ------------------------------------------------------------------
    B, S = "Sanne van Dijk", "Leo Zhang"
    ids = {B: "user6633001287", S: "user5190442270"}
    msgs = [
        {"t": "2026-01-12 08:30:12", "who": S, "text": "Hi Sanne, quotation JC-Q260112 attached", "file": "QUOTATION JC-Q260112.csv", "mime": "text/csv", "size": 912},
        {"t": "2026-01-12 10:02:40", "who": B, "text": ["Thanks Leo, ", {"type": "bold", "text": "USD 4.40 for 1,500 pcs accepted"}, ". Please start the golden samples."]},
        {"t": "2026-01-26 15:45:05", "who": B, "text": "Golden sample approved, signed sheet attached.", "file": "GOLDEN SAMPLE APPROVAL VD-TP1000.pdf", "size": 41220},
        {"t": "2026-01-30 07:55:31", "who": S, "text": "Sanne, FYI for mass production we use our new mould, volume is 900ml, look more slim and elegant 😊"},
        {"t": "2026-01-30 09:12:18", "who": B, "text": ["Hmm, our spec is ", {"type": "bold", "text": "1000 ml"}, ". Is the new mould the same as the approved golden sample? Please send photos and measurements first."], "reply_to": 1},
        {"t": "2026-02-03 08:20:44", "who": S, "text": "PI JC260203 attached, pls arrange 30% deposit 🙏", "file": "PROFORMA INVOICE JC260203.pdf", "size": 58803},
        {"t": "2026-02-03 10:41:09", "who": B, "text": ["We have ", {"type": "italic", "text": "not"}, " agreed to the new mould. I'll check with our QA (Daan) before paying any deposit."]},
        {"t": "2026-02-03 10:58:27", "who": S, "text": "ok waiting your reply"},
        {"t": "2026-02-04 09:00:00", "who": B, "service": "phone_call", "extra": {"duration_seconds": 260, "discard_reason": "hangup"}},
    ]
    write_json(c / "result.json", telegram(S, 5190442270, msgs, 1, ids))

    write_order(c, "VD-2026-004",
                ["Theehuis Van Dijk B.V.", "Van Dijk", "Sanne van Dijk", "Sanne", "Daan"],
                ["Hebei Hejian Jingcheng Glassware Co., Ltd.", "河北河间晶诚玻璃制品有限公司", "Jingcheng Glass",
                 "Jingcheng", "Leo Zhang", "张磊", "Leo"],
                tolerances={"dimensions": "±2 mm", "weight": "±3%", "capacity": "+5%/-0%"})
    write_expected(c, "HOLD", [
        exp("capacity", "undocumented_change", "high"),
        exp("dimensions", "undocumented_change", "high"),
        exp("weight", "undocumented_change", "high"),
    ], description="New mould on the PI: 900 ml vs 1000 ml +5%/-0%, 182x130x142 vs 190x135x150 ±2 mm, "
                   "0.49 kg vs 520 g ±3%; the buyer only questions it.")
    write_note(name, """
Planted (flat folder: SPECIFICATION .docx, GOLDEN SAMPLE APPROVAL .pdf, QUOTATION .csv, PROFORMA INVOICE .pdf, Telegram result.json, no sub-folders):
the PI describes a new mould: capacity 900ml vs 1000 ml +5%/-0% -> capacity; size 182x130x142mm vs 190 x 135 x 150 mm ±2 mm -> dimensions; N.W. 0.49kg
vs 520 g ±3% (504.4-535.6 g; -5.8%) -> weight; all undocumented_change, high. The supplier announces the mould in Telegram, the buyer asks a question and
then refuses/defers ("We have not agreed") -> not chat_only. Verdict HOLD.
Noise: price 4.40, 1,500 pcs, 6,600.00, FOB Tianjin, 30/70 against copy of B/L, 35 days, 12pcs/ctn 62*31*34cm all match; golden sample 1,020 ml /
190.6 x 134.2 x 151.0 mm / 528 g is inside tolerance and is no new contract value; "3 pcs" samples.
""")


# ==========================================================================
# 11  raised garden beds, 2 SKUs -- intermediary bank added, lead time by chat
# ==========================================================================

def case11():
    name = "11-garden-bed-intermediary-bank"
    c = CASES / name
    skus = [("VG-RB120", "120 x 60 x 30 cm", "120*60*30CM", "5.2 kg", "5.2KGS", 1000, D("11.20"), "122 x 34 x 9 cm", "122*34*9CM"),
            ("VG-RB180", "180 x 90 x 30 cm", "180*90*30CM", "7.6 kg", "7.6KGS", 600, D("16.80"), "182 x 34 x 9 cm", "182*34*9CM")]
    total_qty = sum(s[5] for s in skus)
    total = sum(s[5] * s[6] for s in skus)  # 21,280.00
    assert total == D("21280.00")

    # ---- spec : PDF, borderless table (Italian / English) --------------------------------
    css = """
body { font-family: "DejaVu Sans", "WenQuanYi Micro Hei"; }
.brand { color: #2e6b30; font-size: 16pt; font-weight: bold; letter-spacing: 1px; }
h1 { font-size: 12.5pt; margin: 10px 0 6px; }
table { border-collapse: collapse; width: 100%; }
td, th { padding: 4px 6px; vertical-align: top; text-align: left; }
th { color: #2e6b30; font-size: 8pt; text-transform: uppercase; }
tr.sep td { border-top: 0.5px solid #9bb89c; }
"""
    sku_rows = "".join(f"<tr class='sep'><td>{s[0]}</td><td>{s[1]} (L x W x H), ±5 mm</td><td>{s[3]} ±5%</td>"
                       f"<td>{s[5]:,} sets</td><td>1 set/ctn, 5-ply, {s[7]}</td></tr>" for s in skus)
    body = f"""
<div class="brand">VERDE GIARDINO</div><div class="small">Verde Giardino S.r.l. · Via del Lavoro 21, 40127 Bologna (BO), Italia · P.IVA IT03418760371</div>
<h1>Scheda tecnica / Technical specification — Aiuola rialzata in acciaio / steel raised garden bed</h1>
<p>Rif. ST-VG-RB rev. 1 — 08/01/2026 — ordine / order VG-ORD-2026-02</p>
<table style="margin-top:6px"><tr><th>Codice / SKU</th><th>Misure / size</th><th>Peso netto / N.W.</th><th>Quantità / qty</th><th>Imballo / packing</th></tr>{sku_rows}</table>
<table style="margin-top:12px">
<tr class="sep"><td style="width:46mm">Materiale / material</td><td>acciaio zincato DX51D+Z275, 0.5 mm / galvanised steel DX51D+Z275, 0.5 mm</td></tr>
<tr class="sep"><td>Finitura / finish</td><td>verniciatura a polvere poliestere 60 µm / polyester powder coating 60 µm, matt</td></tr>
<tr class="sep"><td>Colore / colour</td><td>RAL 7016 antracite / anthracite grey</td></tr>
<tr class="sep"><td>Logo</td><td>VERDE GIARDINO embossed on one corner piece</td></tr>
<tr class="sep"><td>Certificazioni / tests</td><td>salt spray ISO 9227 NSS 500 h, REACH SVHC declaration</td></tr>
<tr class="sep"><td>Etichette / labels</td><td>carton label IT/EN with SKU, EAN-13, assembly pictogram</td></tr>
<tr class="sep"><td>Termini / terms</td><td>FOB Qingdao; T/T 30% anticipo / deposit, 70% against copy of B/L; consegna / lead time 35 days after deposit; prices per quotation HY-Q260112</td></tr>
</table>
<p style="margin-top:12px">Approvato / approved: Marco Bellini (Acquisti) — 08/01/2026</p>
"""
    html_pdf(c / "spec" / "ST-VG-RB_scheda_tecnica_rev1.pdf", body, css, "Scheda tecnica VG-RB", lang="it")

    # ---- quote : XLSX with photos ----------------------------------------------------------
    wb = Workbook()
    ws = wb.active
    ws.title = "HY-Q260112"
    for col, w in zip("ABCDEFGH", (16, 12, 46, 10, 12, 14, 16, 22)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = "QINGDAO HAIYUAN METAL PRODUCTS CO., LTD.   青岛海源金属制品有限公司"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:H2")
    ws["A2"] = "QUOTATION  No. HY-Q260112   Date: 2026-01-12   To: Verde Giardino S.r.l. (Mr. Marco Bellini)"
    ws["A2"].font = Font(bold=True)
    heads = ["Photo", "Model", "Description", "Qty (sets)", "FOB Qingdao USD/set", "Amount USD", "N.W./G.W.", "Packing"]
    for i, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=i, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9EAD3")
        cell.border = BOX
    for n, s in enumerate(skus):
        r = 5 + n
        vals = ["", s[0], f"Galvanised steel raised garden bed {s[1]}, DX51D+Z275 0.5mm, powder coated RAL 7016, embossed logo",
                s[5], float(s[6]), float(s[5] * s[6]), f"{s[3]} / {float(s[3].split()[0]) + 0.6:.1f} kg", f"1 set/ctn, {s[7]}"]
        for i, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=i, value=v)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.row_dimensions[r].height = 70
        xl_image(thumb_png("bed"), f"A{r}", ws, width=100)
    ws.cell(row=7, column=3, value="TOTAL").font = Font(bold=True)
    ws.cell(row=7, column=4, value=total_qty)
    ws.cell(row=7, column=6, value=float(total))
    for j, t in enumerate(["Price term: FOB Qingdao", "Payment: 30% T/T deposit, 70% against copy of B/L",
                           "Lead time: 35 days after deposit", "Salt spray test report 500h included",
                           "Kevin Sun 孙凯 · kevin@haiyuan-metal.com · +86 532 8768 1209"]):
        ws.cell(row=9 + j, column=3, value=t)
    save_xlsx(wb, c / "quotes" / "HY-Q260112.xlsx", "Kevin", "2026-01-12T09:00:00")

    # ---- sample : DOCX -----------------------------------------------------------------
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.add_heading("Campionatura approvata / Golden sample record — VG-RB", level=1)
    doc.add_paragraph("Verde Giardino S.r.l. · fornitore Qingdao Haiyuan Metal Products Co., Ltd. · campioni ricevuti 13/01/2026 (1 set per SKU)")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, hd in enumerate(["SKU", "Misure rilevate / measured", "Peso / weight", "Colore", "Esito / result"]):
        t.rows[0].cells[i].text = hd
    for row in [("VG-RB120", "120.2 x 60.1 x 30.0 cm", "5.15 kg", "RAL 7016 OK", "approvato"),
                ("VG-RB180", "180.3 x 89.8 x 30.1 cm", "7.66 kg", "RAL 7016 OK", "approvato")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    doc.add_paragraph("Salt spray: report SS-HY-2511 (500 h, no red rust) reviewed. Assembly test without tools: OK in 9 min.")
    doc.add_paragraph("Firma / signed: Marco Bellini — 14/01/2026")
    save_docx(doc, c / "sample" / "GS-VG-RB_golden_sample.docx", "Marco Bellini", "2026-01-14T17:00:00")

    # ---- PIs : v1 and V2 ------------------------------------------------------------------
    css = """
.lh { border-bottom: 4px solid #444; padding-bottom: 4px; display: grid; grid-template-columns: 1fr auto; }
.lh .en { font-size: 12pt; font-weight: bold; }
h1 { font-size: 14pt; margin: 0; text-align: right; }
table { border-collapse: collapse; width: 100%; }
table.items th { background: #444; color: #fff; padding: 4px; font-size: 8pt; white-space: nowrap; }
table.items td { padding: 4px; border-bottom: 0.5px solid #aaa; vertical-align: top; }
table.items tbody tr:nth-child(even) td { background: #f0f0f0; }
.box { border: 0.8px solid #444; padding: 5px 7px; margin-top: 8px; }
"""
    def pi(no, date, lead, intermediary, remark):
        lines = "".join(
            f"<tr><td>{i}</td><td class='nw'>{s[0]}</td><td>Galvanized steel raised garden bed {s[2]}<br>DX51D+Z275 0.5mm, powder coated RAL7016 anthracite<br>"
            f"embossed logo, N.W. {s[4]}/set, 1set/ctn {s[8]} 5 ply</td><td class='nw'>{s[5]:,} SETS</td>"
            f"<td class='nw'>USD {s[6]}</td><td class='nw'>USD {money(s[5] * s[6])}</td></tr>"
            for i, s in enumerate(skus, 1))
        inter = ""
        if intermediary:
            inter = ("<br><b>Intermediary bank:</b> JPMORGAN CHASE BANK, N.A., NEW YORK<br>"
                     "<b>Intermediary SWIFT:</b> CHASUS33 &nbsp; (for USD payments)")
        return f"""
<div class="lh"><div><div class="en">QINGDAO HAIYUAN METAL PRODUCTS CO., LTD.</div><div class="cn" style="font-size:11pt">青岛海源金属制品有限公司</div>
<div class="small">No. 88 Huanghe Road, Jiaozhou Economic Development Zone, Qingdao, Shandong 266300, China · +86 532 8768 1209</div></div>
<div><h1>PROFORMA INVOICE</h1><div class="right">No. {no}<br>Date: {date}</div></div></div>
<p style="margin-top:8px"><b>To:</b> VERDE GIARDINO S.R.L., Via del Lavoro 21, 40127 Bologna (BO), Italy · Attn: Mr. Marco Bellini · Order VG-ORD-2026-02 {remark}</p>
<table class="items"><thead><tr><th>No.</th><th>Model</th><th>Description</th><th>Quantity</th><th>Unit Price</th><th>Amount</th></tr></thead>
<tbody>{lines}</tbody>
<tr><td></td><td></td><td><b>TOTAL FOB QINGDAO</b></td><td class="nw"><b>{total_qty:,} SETS</b></td><td></td><td class="nw"><b>USD {money(total)}</b></td></tr></table>
<p><b>SAY US DOLLARS {words(total)} ONLY.</b></p>
<div class="box">Price term: FOB QINGDAO &nbsp;·&nbsp; Payment: 30% T/T deposit, 70% balance against copy of B/L<br>
Lead time: {lead}<br>Packing: 1 set per 5-ply carton, IT/EN label with EAN-13 · Salt spray report 500h supplied</div>
<div class="box"><b>BANK DETAILS</b><br>
<b>Beneficiary:</b> QINGDAO HAIYUAN METAL PRODUCTS CO., LTD.<br>
<b>Beneficiary bank:</b> BANK OF CHINA, QINGDAO BRANCH<br>
<b>Bank address:</b> No. 59 Xianggang Middle Road, Qingdao, Shandong, China<br>
<b>SWIFT:</b> BKCHCNBJ500 &nbsp; <b>A/C No.:</b> 2202 8816 3370{inter}</div>
<p style="margin-top:14px">{chop(['青岛海源金属', '制品有限公司', '合同专用章'])} Kevin Sun</p>
"""
    html_pdf(c / "pi" / "PI-HY260116.pdf",
             pi("PI-HY260116", "16 Jan 2026", "35 days after deposit", False, ""), css, "PI-HY260116")
    html_pdf(c / "pi" / "PI-HY260116-V2.pdf",
             pi("PI-HY260116-V2", "24 Feb 2026", "45 days after deposit (revised)", True, "· <i>V2</i>"),
             css, "PI-HY260116-V2")

    # ---- chat : WhatsApp Android, Italian phone --------------------------------------------
    B, S = "Marco Bellini", "Kevin Sun Haiyuan"
    msgs = [
        ("2026-01-12 09:14", None, "I messaggi e le chiamate sono crittografati end-to-end. Solo le persone in questa chat possono leggerli, ascoltarli o condividerli. Scopri di più"),
        ("2026-01-12 09:14", S, "Hello Marco, quotation HY-Q260112 for raised beds sent to your mail, pls check"),
        ("2026-01-12 11:30", B, "Ciao Kevin, prices ok: RB120 11.20, RB180 16.80 USD, FOB Qingdao. Quotation accepted."),
        ("2026-01-14 17:05", B, "Campioni approvati / golden samples approved, record attached"),
        ("2026-01-14 17:05", B, "GS-VG-RB_golden_sample.docx (file allegato)"),
        ("2026-01-16 10:22", S, "PI-HY260116.pdf (file allegato)"),
        ("2026-01-16 10:23", S, "PI attached, 30% deposit USD 6,384 pls"),
        ("2026-01-19 15:40", B, "Deposito pagato / deposit paid"),
        ("2026-01-19 15:40", B, "<Media omessi>"),
        ("2026-02-02 08:50", S, "Marco, after Spring Festival our powder coating line has maintenance, we need 10 days more. Delivery 45 days after deposit instead of 35, ok?"),
        ("2026-02-02 12:15", B, "Va bene, ok for 45 days, but not one day more please."),
        ("2026-02-02 12:16", S, "thank you Marco 🙏"),
        ("2026-02-24 09:05", S, "PI-HY260116-V2.pdf (file allegato)"),
        ("2026-02-24 09:06", S, "PI V2 with new delivery time. Pls note for balance payment in USD add intermediary bank JPMorgan Chase NY"),
        ("2026-02-24 11:48", B, "Perché adesso c'è una banca intermediaria? Il deposito è arrivato senza problemi. Why?"),
        ("2026-02-24 11:55", S, "our bank ask for USD payment, same account no problem"),
        ("2026-02-24 12:10", B, "Devo verificare con la nostra banca prima del saldo. I will call your office first."),
        ("2026-02-24 12:11", S, "Questo messaggio è stato eliminato"),
    ]
    write_text(c / "chat" / "Chat WhatsApp con Kevin Sun Haiyuan.txt", wa_android(msgs, "it"))

    write_order(c, "VG-ORD-2026-02",
                ["Verde Giardino S.r.l.", "Verde Giardino", "Marco Bellini", "Marco"],
                ["Qingdao Haiyuan Metal Products Co., Ltd.", "青岛海源金属制品有限公司", "Haiyuan Metal",
                 "Haiyuan", "Kevin Sun", "Kevin Sun Haiyuan", "孙凯", "Kevin"],
                tolerances={"dimensions": "±5 mm", "weight": "±5%"})
    write_expected(c, "HOLD", [
        exp("bank.intermediary", "undocumented_change", "critical"),
        exp("lead_time", "chat_only", "medium"),
    ], description="PI V2 adds an intermediary bank (JPMorgan Chase NY, CHASUS33) with all beneficiary details unchanged; "
                   "lead time 35 -> 45 days agreed only in WhatsApp.")
    write_note(name, """
Planted: (1) PI-HY260116-V2 adds "Intermediary bank: JPMORGAN CHASE BANK, N.A., NEW YORK, SWIFT CHASUS33"; beneficiary, bank, address, SWIFT BKCHCNBJ500
and account 2202 8816 3370 are unchanged; the buyer asks why and defers ("Devo verificare con la nostra banca") -> bank.intermediary undocumented_change,
critical. (2) lead time 35 days (spec, quote, PI v1) -> "45 days after deposit (revised)" on V2; the buyer agreed in WhatsApp ("Va bene, ok for 45 days")
and no document confirms it -> lead_time chat_only, medium. 2-SKU order, both findings order-level (no item). Verdict HOLD.
Noise: Italian Android export (dd/mm/yy, <Media omessi>, "Questo messaggio è stato eliminato"); "120*60*30CM"; "5.2KGS" = 5.2 kg; "RAL7016"; PI v1 is
superseded history; prices 11.20 / 16.80, 1,000 + 600 sets, 21,280.00 match; bank.beneficiary / name / swift / account match and must not be flagged.
""")


# ==========================================================================

ALL = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11]


def main():
    for d in (CASES, NOTES):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for fn in ALL:
        fn()
    print(f"wrote {len(ALL)} cases to {CASES}")


if __name__ == "__main__":
    main()
