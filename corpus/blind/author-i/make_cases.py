#!/usr/bin/env python3
"""Deterministic generator for author-i held-out order folders.

Writes, for each case, expected.json FIRST (answer keys are fixed below before
any document is rendered), then order.toml, then the documents, then notes and
README.  Reruns are byte-identical: fixed dates, reportlab invariant mode,
fpdf2 fixed creation date, WeasyPrint fixed identifier, DOCX/XLSX re-zipped
with fixed timestamps, hand-built MIME with fixed boundaries.
"""
import datetime
import io
import json
import re
import shutil
import zipfile
import base64
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CASES = ROOT / "cases"
NOTES = ROOT / "notes"
FIXED_DT = datetime.datetime(2026, 3, 1, 9, 0, 0)
FIXED_DT_UTC = datetime.datetime(2026, 3, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)

FONT_DIR = "/usr/share/fonts/truetype"
DEJAVU = f"{FONT_DIR}/dejavu/DejaVuSans.ttf"
DEJAVU_B = f"{FONT_DIR}/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_SERIF = f"{FONT_DIR}/dejavu/DejaVuSerif.ttf"
LIB_SANS = f"{FONT_DIR}/liberation2/LiberationSans-Regular.ttf"
LIB_SANS_B = f"{FONT_DIR}/liberation2/LiberationSans-Bold.ttf"
LIB_SERIF = f"{FONT_DIR}/liberation2/LiberationSerif-Regular.ttf"
LIB_SERIF_B = f"{FONT_DIR}/liberation2/LiberationSerif-Bold.ttf"
CARLITO = f"{FONT_DIR}/crosextra/Carlito-Regular.ttf"
CARLITO_B = f"{FONT_DIR}/crosextra/Carlito-Bold.ttf"
DROID = f"{FONT_DIR}/droid/DroidSansFallbackFull.ttf"

# ---------------------------------------------------------------------------
# 1. ANSWER KEYS (written before anything else)
# ---------------------------------------------------------------------------
KEYS = {
    "01-alu-casserole-clean": {
        "verdict": "RELEASE",
        "expected": [],
        "description": "Cast aluminium casserole 24 cm, DE buyer, Yongkang supplier. Clean: PI Rev.1 only "
                       "corrects the buyer's name/address; sample inside tolerance; EUR price in chat is for a "
                       "different future product; inspection PASSED satisfies [release].",
    },
    "02-hose-reel-recycled-pp-exw": {
        "verdict": "HOLD",
        "expected": [
            {"field": "material", "status": "undocumented_change", "min_severity": "high"},
            {"field": "incoterm", "status": "undocumented_change", "min_severity": "high"},
        ],
        "description": "Garden hose reel cart, IT buyer, Yuyao supplier. PI silently switches drum/frame "
                       "from virgin PP to recycled PP (buyer refused it in chat) and FCA Ningbo to EXW Yuyao.",
    },
    "03-office-castors-sku-price-eur": {
        "verdict": "HOLD",
        "expected": [
            {"field": "price.unit", "status": "undocumented_change", "item": "KR-60-PU-H", "min_severity": "high"},
        ],
        "description": "Office chair castors, 3 SKUs, PL buyer, Foshan supplier, EUR. Quote Rev.1 accepted by "
                       "e-mail; PI raises KR-60-PU-H from EUR 0.84 to 0.92; buyer objected in WhatsApp.",
    },
    "04-mudguard-co-colour-chat-leadtime": {
        "verdict": "REVIEW",
        "expected": [
            {"field": "color", "status": "documented_change", "min_severity": "info"},
            {"field": "lead_time", "status": "chat_only", "min_severity": "medium"},
        ],
        "description": "Bicycle mudguard set, ES buyer, Changzhou supplier. Colour RAL 9005 -> RAL 7016 by "
                       "signed change order CO-01; lead time 45 -> 60 days agreed only in WhatsApp.",
    },
    "05-led-panel-enec-dropped-3ply": {
        "verdict": "HOLD",
        "expected": [
            {"field": "certification", "status": "undocumented_change", "min_severity": "high"},
            {"field": "packaging.carton_size", "status": "undocumented_change", "min_severity": "medium"},
        ],
        "description": "LED panel 600x600, SE buyer, Zhongshan supplier. PI drops ENEC (CE, RoHS only) and "
                       "packs in 3-ply instead of 5-ply export cartons; buyer only asked questions in chat.",
    },
    "06-steel-sink-bank-hk": {
        "verdict": "HOLD",
        "expected": [
            {"field": "bank.beneficiary", "status": "undocumented_change", "min_severity": "critical"},
            {"field": "bank.name", "status": "undocumented_change", "min_severity": "critical"},
            {"field": "bank.account", "status": "undocumented_change", "min_severity": "critical"},
            {"field": "bank.swift", "status": "undocumented_change", "min_severity": "critical"},
        ],
        "description": "Stainless undermount sink, AT buyer, Jiangmen supplier. PI R1 (also attached to a "
                       "supplier e-mail) moves the balance to a Hong Kong trading company at HSBC; buyer refuses "
                       "until call-back verification.",
    },
    "07-enamel-mug-diameter-payment": {
        "verdict": "HOLD",
        "expected": [
            {"field": "dimensions", "status": "undocumented_change", "min_severity": "high"},
            {"field": "payment.deposit", "status": "undocumented_change", "min_severity": "high"},
            {"field": "payment.balance", "status": "undocumented_change", "min_severity": "high"},
        ],
        "description": "Enamel mug 350 ml, DK buyer, Wuyi supplier. PI uses a dia 83 mm mould (spec dia 86 +/-1) "
                       "and 50% deposit / 50% before shipment instead of 30/70 against B/L copy; buyer objects "
                       "to both in WeChat and e-mail.",
    },
    "08-felt-slipper-inspection-failed": {
        "verdict": "HOLD",
        "expected": [],
        "description": "Wool felt slippers, NO buyer, Anji supplier, EUR. All documents agree; the third-party "
                       "final inspection FAILED (major 11 > Ac 7) and order.toml requires inspection = passed: "
                       "HOLD through the checklist, no finding.",
    },
    "09-pp-storage-box-clean": {
        "verdict": "RELEASE",
        "expected": [],
        "description": "PP storage boxes, 3 SKUs, ES buyer, Taizhou supplier, EUR. Clean: PI R1 only fixes the "
                       "buyer's legal form and VAT number; USD prices in chat are for next season; packing list "
                       "weights are per carton.",
    },
    "10-drill-battery-clean": {
        "verdict": "RELEASE",
        "expected": [],
        "description": "18 V 4.0 Ah drill battery pack, FI buyer, Huizhou supplier, CIF Helsinki, L/C at sight. "
                       "Clean: 4000mAh vs 4.0 Ah, sample inside tolerance, another pack (BP-1850) quoted in chat, "
                       "inspection PASSED satisfies [release].",
    },
}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak)
from reportlab.lib.styles import ParagraphStyle

pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B))
pdfmetrics.registerFont(TTFont("LibSans", LIB_SANS))
pdfmetrics.registerFont(TTFont("LibSans-Bold", LIB_SANS_B))
pdfmetrics.registerFont(TTFont("LibSerif", LIB_SERIF))
pdfmetrics.registerFont(TTFont("LibSerif-Bold", LIB_SERIF_B))
pdfmetrics.registerFont(TTFont("Droid", DROID))

CJK_RE = re.compile(r"([\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+)")


def D(x):
    return Decimal(str(x))


def money(x):
    return f"{D(x):,.2f}"


_ONES = ["", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN",
         "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN", "NINETEEN"]
_TENS = ["", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"]


def _words(n):
    if n < 20:
        return _ONES[n]
    if n < 100:
        return (_TENS[n // 10] + (" " + _ONES[n % 10] if n % 10 else "")).strip()
    if n < 1000:
        return (_ONES[n // 100] + " HUNDRED" + (" " + _words(n % 100) if n % 100 else "")).strip()
    if n < 1000000:
        return (_words(n // 1000) + " THOUSAND" + (" " + _words(n % 1000) if n % 1000 else "")).strip()
    return str(n)


def say(amount, cur_word):
    a = D(amount)
    whole = int(a)
    cents = int((a - whole) * 100)
    s = f"SAY {cur_word} {_words(whole)}"
    if cents:
        s += f" AND CENTS {_words(cents)}"
    return s + " ONLY"


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core.xml dates."""
    src = zipfile.ZipFile(path)
    entries = [(i, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                t = data.decode("utf-8")
                t = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2026-01-10T08:00:00Z\g<2>", t)
                t = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2026-01-10T08:00:00Z\g<2>", t)
                data = t.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rl_markup(t):
    t = esc(t)
    return CJK_RE.sub(r'<font name="Droid">\1</font>', t)


# ---------------- reportlab canvas: letterhead documents (PI, reports) -----
class CanvasDoc:
    def __init__(self, path, font="LibSans", bold="LibSans-Bold", size=9.5):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle(path.stem)
        self.c.setAuthor("")
        self.font, self.bold, self.size = font, bold, size
        self.y = A4[1] - 18 * mm
        self.page = 1

    def _need(self, h):
        if self.y - h < 18 * mm:
            self.c.setFont(self.font, 7.5)
            self.c.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Page {self.page}")
            self.c.showPage()
            self.page += 1
            self.y = A4[1] - 18 * mm

    def _draw(self, x, text, font, size, right=False, center=False):
        # draw mixed latin / CJK text
        parts = CJK_RE.split(text)
        if right or center:
            w = sum(pdfmetrics.stringWidth(p, "Droid" if CJK_RE.fullmatch(p or " ") else font, size) for p in parts if p)
            x = x - w if right else x - w / 2
        for p in parts:
            if not p:
                continue
            f = "Droid" if CJK_RE.fullmatch(p) else font
            self.c.setFont(f, size)
            self.c.drawString(x, self.y, p)
            x += pdfmetrics.stringWidth(p, f, size)

    def line(self, text, x=15, size=None, bold=False, center=False, right=False, gap=None):
        size = size or self.size
        self._need(size + 4)
        f = self.bold if bold else self.font
        if center:
            self._draw(A4[0] / 2, text, f, size, center=True)
        elif right:
            self._draw(A4[0] - 15 * mm, text, f, size, right=True)
        else:
            self._draw(x * mm, text, f, size)
        self.y -= gap if gap is not None else size * 1.45

    def space(self, h=4):
        self.y -= h

    def rule(self, w=0.6):
        self.c.setLineWidth(w)
        self.c.line(15 * mm, self.y + 3, A4[0] - 15 * mm, self.y + 3)
        self.y -= 14

    def row(self, cells, xs, bold=False, size=None, box=False, aligns=None):
        size = size or self.size
        self._need(size + 6)
        f = self.bold if bold else self.font
        for i, (cell, x) in enumerate(zip(cells, xs)):
            a = aligns[i] if aligns else "l"
            if a == "r":
                nx = xs[i + 1] if i + 1 < len(xs) else 195
                self._draw((nx - 2) * mm, str(cell), f, size, right=True)
            else:
                self._draw((x + 1) * mm, str(cell), f, size)
        if box:
            self.c.setLineWidth(0.4)
            top = self.y + size + 2
            bot = self.y - 4
            self.c.rect(xs[0] * mm, bot, (195 - xs[0]) * mm, top - bot)
            for x in xs[1:]:
                self.c.line(x * mm, bot, x * mm, top)
        self.y -= size + 6

    def save(self):
        self.c.setFont(self.font, 7.5)
        self.c.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Page {self.page}")
        self.c.save()


def pi_canvas(path, d, font="LibSans", bold="LibSans-Bold"):
    c = CanvasDoc(path, font, bold)
    c.line(d["sup_en"], size=14, bold=True, center=True)
    if d.get("sup_cn"):
        c.line(d["sup_cn"], size=12, center=True)
    c.line(d["sup_addr"], size=8.5, center=True)
    c.line(d["sup_contact"], size=8.5, center=True)
    c.rule(1.2)
    c.line(d.get("title", "PROFORMA INVOICE"), size=15, bold=True, center=True)
    c.space(2)
    left = ["To / Buyer:"] + list(d["buyer"])
    right = [f"{d.get('no_label', 'PI No.')}: {d['pi_no']}", f"Date: {d['date']}"] + list(d.get("pi_extra", []))
    for i in range(max(len(left), len(right))):
        if i < len(right):
            c.line(right[i], x=128, gap=0)
        c.line(left[i] if i < len(left) else "", bold=(i == 0))
    c.space(6)
    xs = [15, 25, 52, 120, 140, 165]
    c.row(["No.", "Item", "Description", "Qty", "Unit price", "Amount"], xs, bold=True, box=True,
          aligns=["l", "l", "l", "r", "r", "r"])
    for i, it in enumerate(d["items"], 1):
        desc = it["desc"]
        c.row([str(i), it["sku"], desc[0], it["qty"], it["unit"], it["amount"]], xs, box=True,
              aligns=["l", "l", "l", "r", "r", "r"])
        for more in desc[1:]:
            c.row(["", "", more, "", "", ""], xs, size=8, box=True)
    c.row(["", "", d["total_label"], d.get("total_qty", ""), "", d["total"]], xs, bold=True, box=True,
          aligns=["l", "l", "l", "r", "r", "r"])
    c.space(2)
    c.line(d["say"], size=8.5, bold=True)
    c.space(6)
    c.line("TERMS AND CONDITIONS", bold=True)
    for k, v in d["terms"]:
        c.line(f"{k}: {v}", x=17)
    c.space(6)
    c.line("BANK INFORMATION", bold=True)
    for k, v in d["bank"]:
        c.line(f"{k}: {v}", x=17)
    if d.get("remark"):
        c.space(6)
        for r in d["remark"]:
            c.line(r, size=8.5)
    c.space(14)
    c.line("Buyer (signature & stamp)", x=17, gap=0)
    c.line(f"Seller: {d['sup_en']}", x=110)
    c.line(d.get("chop", "(company chop)"), x=110, size=8)
    c.save()


# ---------------- reportlab platypus ----------------------------------------
def platypus_pdf(path, blocks, font="DejaVu", bold="DejaVu-Bold", header=None):
    path.parent.mkdir(parents=True, exist_ok=True)
    st = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=15, leading=19, spaceAfter=6),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=10, leading=13, spaceBefore=5, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=font, fontSize=9, leading=12, spaceAfter=3),
        "small": ParagraphStyle("s", fontName=font, fontSize=7.5, leading=9.5),
        "cell": ParagraphStyle("c", fontName=font, fontSize=8, leading=10),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=8, leading=10),
    }
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "h1", "h2", "p", "small"):
            story.append(Paragraph(rl_markup(b[1]), st[kind]))
        elif kind == "space":
            story.append(Spacer(1, b[1]))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            data = [[Paragraph(rl_markup(str(c)), st["cellb" if r == 0 else "cell"]) for c in row]
                    for r, row in enumerate(rows)]
            t = Table(data, colWidths=[w * mm for w in widths] if widths else None, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 4))

    def on_page(cv, doc):
        cv.saveState()
        cv.setFont(font, 7)
        if header:
            cv.drawString(15 * mm, A4[1] - 10 * mm, header)
        cv.drawRightString(A4[0] - 15 * mm, 10 * mm, f"{doc.page}")
        cv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, invariant=1, title=path.stem,
                            author="", creator="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------- fpdf2 -------------------------------------------------------
from fpdf import FPDF


def fpdf_pdf(path, blocks, base="dejavu", header=None):
    path.parent.mkdir(parents=True, exist_ok=True)

    class P(FPDF):
        def header(self):
            if header:
                self.set_font(base, size=7)
                self.cell(0, 4, header, new_x="LMARGIN", new_y="NEXT", align="R")
                self.ln(2)

        def footer(self):
            self.set_y(-12)
            self.set_font(base, size=7)
            self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="C")

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED_DT_UTC)
    pdf.set_title(path.stem)
    if base == "dejavu":
        pdf.add_font("dejavu", "", DEJAVU)
        pdf.add_font("dejavu", "B", DEJAVU_B)
    else:
        pdf.add_font("carlito", "", CARLITO)
        pdf.add_font("carlito", "B", CARLITO_B)
    pdf.add_font("droid", "", DROID)
    pdf.set_fallback_fonts(["droid"], exact_match=False)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    for b in blocks:
        k = b[0]
        if k == "title":
            pdf.set_font(base, "B", 15)
            pdf.multi_cell(0, 8, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "center":
            pdf.set_font(base, "", 9)
            pdf.multi_cell(0, 5, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif k == "h1":
            pdf.ln(2)
            pdf.set_font(base, "B", 11)
            pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "h2":
            pdf.set_font(base, "B", 9.5)
            pdf.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            pdf.set_font(base, "", 9)
            pdf.multi_cell(0, 4.8, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "kv":
            pdf.set_font(base, "", 9)
            for key, val in b[1]:
                pdf.set_font(base, "B", 9)
                pdf.cell(45, 5, key)
                pdf.set_font(base, "", 9)
                pdf.multi_cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
        elif k == "space":
            pdf.ln(b[1])
        elif k == "pb":
            pdf.add_page()
        elif k == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            pdf.set_font(base, "", 8)
            from fpdf.fonts import FontFace
            with pdf.table(col_widths=widths, line_height=4.6, text_align="LEFT",
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
                for row in rows:
                    r = t.row()
                    for cell in row:
                        r.cell(str(cell))
            pdf.ln(2)
    pdf.output(str(path))


# ---------------- WeasyPrint -------------------------------------------------
def weasy_pdf(path, body_html, css="", title="document"):
    import weasyprint
    path.parent.mkdir(parents=True, exist_ok=True)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="dcterms.created" content="2026-01-10T08:00:00"><meta name="dcterms.modified" content="2026-01-10T08:00:00">
<style>
@page {{ size: A4; margin: 16mm 16mm 18mm 16mm; @bottom-right {{ content: "Page " counter(page) " / " counter(pages); font-size: 7pt; }} }}
body {{ font-family: "Liberation Serif"; font-size: 9.5pt; }}
h1 {{ font-size: 15pt; margin: 0 0 4pt 0; }} h2 {{ font-size: 11.5pt; margin: 10pt 0 3pt 0; }}
h3 {{ font-size: 10pt; margin: 6pt 0 2pt 0; }}
table {{ border-collapse: collapse; width: 100%; margin: 3pt 0 6pt 0; }}
td, th {{ border: 0.5pt solid #333; padding: 2pt 4pt; font-size: 8.5pt; vertical-align: top; }}
th {{ background: #e4e4e4; text-align: left; }}
.cn {{ font-family: "WenQuanYi Micro Hei"; }}
.small {{ font-size: 7.5pt; }}
{css}
</style></head><body>{body_html}</body></html>"""
    pdf = weasyprint.HTML(string=html).write_pdf(identifier=b"author-i-" + path.stem.encode())
    path.write_bytes(pdf)


def html_table(rows, head=True):
    out = ["<table>"]
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# ---------------- DOCX -------------------------------------------------------
import docx
from docx.shared import Pt


def docx_file(path, blocks, font="Calibri"):
    path.parent.mkdir(parents=True, exist_ok=True)
    d = docx.Document()
    d.core_properties.author = "author"
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.last_modified_by = "author"
    d.core_properties.revision = 1
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(10)
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=0)
        elif k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "bullet":
            d.add_paragraph(b[1], style="List Bullet")
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
    d.save(str(path))
    normalize_zip(path)


# ---------------- XLSX -------------------------------------------------------
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill


def xlsx_file(path, sheets):
    """sheets: list of (name, rows, merges, widths). rows are lists (None = empty)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for name, rows, merges, widths in sheets:
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, 1):
            for c, val in enumerate(row, 1):
                if val is None:
                    continue
                cell = ws.cell(row=r, column=c, value=val)
                cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for m in merges:
            ws.merge_cells(m)
            first = ws[m.split(":")[0]]
            first.font = Font(bold=True, size=12)
            first.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for col, w in (widths or {}).items():
            ws.column_dimensions[col].width = w
    wb.properties.creator = "author"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.lastModifiedBy = "author"
    wb.save(str(path))
    normalize_zip(path)


# ---------------- e-mail ----------------------------------------------------
def eml(path, headers, body, attachments=(), boundary="----=_Part_0_author_i"):
    lines = [f"{k}: {v}" for k, v in headers]
    lines.append("MIME-Version: 1.0")
    if not attachments:
        lines.append("Content-Type: text/plain; charset=utf-8")
        lines.append("Content-Transfer-Encoding: 8bit")
        lines.append("")
        lines.append(body)
        write(path, "\r\n".join(lines).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n")
        return
    lines.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
    lines.append("")
    lines.append("This is a multi-part message in MIME format.")
    lines.append("")
    lines.append(f"--{boundary}")
    lines.append("Content-Type: text/plain; charset=utf-8")
    lines.append("Content-Transfer-Encoding: 8bit")
    lines.append("")
    lines.append(body)
    for fname, data, ctype in attachments:
        lines.append(f"--{boundary}")
        lines.append(f'Content-Type: {ctype}; name="{fname}"')
        lines.append("Content-Transfer-Encoding: base64")
        lines.append(f'Content-Disposition: attachment; filename="{fname}"')
        lines.append("")
        b64 = base64.b64encode(data).decode("ascii")
        lines.extend(b64[i:i + 76] for i in range(0, len(b64), 76))
    lines.append(f"--{boundary}--")
    lines.append("")
    write(path, "\r\n".join(lines).replace("\r\n", "\n").replace("\n", "\r\n"))


def toml_str(v):
    return json.dumps(v, ensure_ascii=False)


def order_toml(path, order_id, buyer, supplier, stakeholders, roles=None, release=None, tolerances=None,
               extra=None):
    out = [f"order_id = {toml_str(order_id)}",
           f"buyer = [{', '.join(toml_str(b) for b in buyer)}]",
           f"supplier = [{', '.join(toml_str(s) for s in supplier)}]",
           f"stakeholders = [{', '.join(toml_str(s) for s in stakeholders)}]"]
    if extra:
        out.extend(extra)
    if roles:
        out.append("")
        out.append("[roles]")
        for k, v in roles.items():
            out.append(f"{toml_str(k)} = {toml_str(v)}")
    if release:
        out.append("")
        out.append("[release]")
        for k, v in release.items():
            out.append(f"{k} = {toml_str(v)}")
    if tolerances:
        out.append("")
        out.append("[tolerances]")
        for k, v in tolerances.items():
            out.append(f"{k} = {toml_str(v)}")
    write(path, "\n".join(out) + "\n")


# ===========================================================================
# CASE 01  cast aluminium casserole, Germany, clean
# ===========================================================================
def case01(cd):
    SUP = "Yongkang Jinhe Cookware Co., Ltd."
    SUPCN = "永康市金禾炊具有限公司"
    order_toml(cd / "order.toml", "BK-PO-26-0117",
               ["Brenner Küchenbedarf GmbH", "Brenner", "Katrin Vogel", "Katrin"],
               [SUP, SUPCN, "Jinhe", "Amy Zhou", "Amy Zhou Jinhe"],
               ["k.vogel@brenner-kuechen.de", "einkauf@brenner-kuechen.de", "amy@jinhe-cookware.com"],
               roles={"other/Packliste_BK-PO-26-0117.xlsx": "other"},
               release={"inspection": "passed"},
               tolerances={"dimensions": "±1.0 mm", "weight": "±5%", "capacity": "±3%"})

    spec = [
        ("title", "Technische Spezifikation / Technical Specification TS-BK-0117 Rev. B"),
        ("p", "Artikel / Item: BK-CAS-24 – Aluminium-Bräter 24 cm mit Deckel / cast aluminium casserole 24 cm with lid. "
              "Käufer / Buyer: Brenner Küchenbedarf GmbH, Kaiserswerther Str. 211, 40474 Düsseldorf, Germany. "
              "Lieferant / Supplier: Yongkang Jinhe Cookware Co., Ltd., Yongkang, Zhejiang. Bestellung / PO: BK-PO-26-0117."),
        ("table", [["Rev.", "Datum / Date", "Änderung / Change", "Freigabe / Approved"],
                   ["A", "08.12.2025", "Erstausgabe / first issue", "K. Vogel"],
                   ["B", "14.01.2026", "Toleranztabelle 3.3 ergänzt, Verpackung 4.2 präzisiert / tolerance table 3.3 added, packing 4.2 clarified", "K. Vogel"]],
         [12, 26, 100, 32]),
        ("h1", "1 Geltungsbereich / Scope"),
        ("p", "This specification defines the product, materials, dimensions, surface, marking, packaging, certification "
              "and inspection requirements for the order BK-PO-26-0117. Where the quotation and this specification differ, "
              "this specification prevails. Terms not set here follow the accepted quotation JH-Q-2601-088 of 12.01.2026."),
        ("h1", "2 Mitgeltende Unterlagen / Reference documents"),
        ("p", "2.1 Drawing BK-CAS-24-D01 Rev. B (body, lid, handles). 2.2 Quotation JH-Q-2601-088 (accepted 13.01.2026). "
              "2.3 Golden sample record GS-BK-CAS-24 (approved 28.01.2026). 2.4 Regulation (EC) No 1935/2004; LFGB §30/31."),
        ("h1", "3 Produkt / Product"),
        ("h2", "3.1 Beschreibung / Description"),
        ("p", "Round casserole, die-cast, with two side handles and matching cast lid with steam vent. Induction-capable "
              "base (encapsulated ferritic plate). Suitable for gas, electric, ceramic and induction hobs and oven up to 240 °C."),
        ("h2", "3.2 Werkstoffe / Materials"),
        ("table", [["Bauteil / Component", "Werkstoff / Material", "Bemerkung / Note"],
                   ["Body, lid", "Die-cast aluminium alloy ADC12", "no recycled chips from other alloys"],
                   ["Induction plate", "Stainless steel SS430, 0.6 mm, perforated", "press-fitted, no adhesive"],
                   ["Handles", "Cast aluminium (integral) with food-grade silicone sleeves", "silicone LFGB compliant"],
                   ["Inner coating", "Ceramic non-stick, 3 layers, PTFE/PFAS-free", "dry film 35–45 µm"],
                   ["Outer coating", "Heat-resistant lacquer", "see 3.5"]],
         [40, 70, 60]),
        ("h2", "3.3 Maße und Toleranzen / Dimensions and tolerances"),
        ("table", [["Pos.", "Merkmal / Characteristic", "Nennmaß / Nominal", "Toleranz / Tolerance"],
                   ["D1", "Inner diameter at rim", "240 mm", "±1.0 mm"],
                   ["H1", "Body height (without lid)", "105 mm", "±1.0 mm"],
                   ["W1", "Overall width incl. handles", "330 mm", "±2.0 mm"],
                   ["T1", "Wall thickness (side)", "4.0 mm", "±0.3 mm"],
                   ["T2", "Base thickness incl. plate", "6.0 mm", "±0.3 mm"],
                   ["C1", "Capacity (to rim)", "4.5 L", "±3 %"],
                   ["M1", "Weight incl. lid", "2.35 kg", "±5 %"]],
         [14, 66, 45, 45]),
        ("h2", "3.4 Zeichnung / Drawing (description)"),
        ("p", "Drawing BK-CAS-24-D01 shows the body in half section: cylindrical side wall 4.0 mm, inner radius 8 mm "
              "between wall and base, base 6.0 mm including the encapsulated SS430 plate of Ø 180 mm. Handles are cast "
              "integral at 180° to each other, centre line 22 mm below the rim. The lid seats on a 3 mm inner step; vent "
              "hole Ø 4 mm at 15 mm from the lid edge."),
        ("h2", "3.5 Farbe und Oberfläche / Colour and finish"),
        ("p", "Exterior: Pantone 7621 C (red), glossy, heat-resistant lacquer. Interior: ceramic coating, grey stone "
              "speckle, matt. Colour tolerance against the golden sample ΔE ≤ 1.5 (D65)."),
        ("h2", "3.6 Kennzeichnung / Marking"),
        ("p", "Logo \"BRENNER\" laser engraved on the base, centred, 40 mm wide. Additional base marking: "
              "\"Made in China\", Ø 24 cm, induction symbol, glass-and-fork symbol."),
        ("h1", "4 Verpackung / Packaging"),
        ("p", "4.1 Inner: each casserole in a 4-colour printed gift box (artwork BK-GB-24), lid protected by a PE foam ring. "
              "4.2 Master carton: 4 pcs/ctn, 5-ply export carton 54 x 28 x 52 cm, max. gross weight 12 kg. "
              "4.3 Carton marks: PO number, item, quantity, carton no. x of y, G.W./N.W., Made in China. "
              "EAN-13 4061234501172 on gift box and carton."),
        ("h1", "5 Zertifizierung / Certification"),
        ("p", "LFGB food contact test of coating and silicone (migration, sensory), declaration of compliance per "
              "(EC) 1935/2004, REACH SVHC declaration. Test reports not older than 12 months at shipment."),
        ("h1", "6 Qualität / Quality and inspection"),
        ("p", "Pre-shipment inspection by an independent third party when 100 % produced and at least 80 % packed, "
              "ISO 2859-1 general level II, AQL critical 0 / major 2.5 / minor 4.0. The balance is paid only after a "
              "PASSED report."),
        ("h1", "7 Kaufmännisch / Commercial"),
        ("table", [["Menge / Quantity", "1,200 pcs"],
                   ["Preis / Price", "USD 11.85 per pc, FOB Ningbo (Incoterms 2020)"],
                   ["Zahlung / Payment", "T/T 30% deposit, 70% balance against copy of B/L"],
                   ["Lieferzeit / Lead time", "45 days after receipt of deposit"],
                   ["Garantie / Warranty", "2 years on coating adhesion"]],
         [45, 125]),
        ("h1", "8 Freigabe / Approval"),
        ("p", "Erstellt / prepared: Katrin Vogel, Technischer Einkauf, 14.01.2026 — Freigegeben / approved: "
              "Dr. Jörg Hansen, Qualitätsmanagement, 14.01.2026."),
    ]
    platypus_pdf(cd / "spec" / "TS-BK-0117_RevB_Braeter_24cm.pdf", spec,
                 header="Brenner Küchenbedarf GmbH · TS-BK-0117 Rev. B · vertraulich / confidential")

    gs = [
        ("Messprotokoll",
         [["Golden Sample Record / Musterfreigabe GS-BK-CAS-24", None, None, None, None, None, None],
          ["Artikel / Item", "BK-CAS-24 Aluminium-Bräter 24 cm", None, "Lieferant", "Yongkang Jinhe Cookware", None, None],
          ["Muster / samples", "3 pcs (S1–S3), received 22.01.2026", None, "Messmittel", "caliper 0.01, scale 1 g", None, None],
          ["Merkmal / Characteristic", "Soll / Nominal", "Tol.", "S1", "S2", "S3", "i.O. / OK"],
          ["D1 inner Ø (mm)", 240.0, "±1.0", 240.4, 240.6, 239.8, "OK"],
          ["H1 height (mm)", 105.0, "±1.0", 105.3, 104.8, 105.1, "OK"],
          ["W1 width incl. handles (mm)", 330.0, "±2.0", 331.1, 330.6, 330.9, "OK"],
          ["T1 wall (mm)", 4.0, "±0.3", 4.15, 4.08, 4.21, "OK"],
          ["T2 base (mm)", 6.0, "±0.3", 6.12, 6.05, 6.18, "OK"],
          ["C1 capacity (L)", 4.5, "±3%", 4.56, 4.53, 4.58, "OK"],
          ["M1 weight incl. lid (kg)", 2.35, "±5%", 2.31, 2.33, 2.38, "OK"],
          ["Colour ext. Pantone 7621 C", "ΔE ≤ 1.5", None, 0.9, 1.1, 0.8, "OK"]],
         ["A1:G1", "B2:C2", "E2:G2", "B3:C3", "E3:G3"], {"A": 30, "B": 22, "C": 8, "D": 9, "E": 9, "F": 9, "G": 9}),
        ("Freigabe",
         [["Freigabe / Approval", None],
          ["Ergebnis / Result", "Freigegeben / approved as golden sample"],
          ["Bemerkung / Remark", "Laser logo slightly light on S2 – supplier to increase power 10 %. Coating adhesion cross-cut GT0."],
          ["Freigegeben von / approved by", "Katrin Vogel"],
          ["Datum / date", "28.01.2026"],
          ["Versiegelt / sealed", "S1 kept at Brenner, S2 at supplier, S3 with inspection company"]],
         ["A1:B1"], {"A": 30, "B": 70}),
    ]
    xlsx_file(cd / "sample" / "GS-BK-CAS-24_Musterfreigabe.xlsx", gs)

    quote = [
        ("title", "QUOTATION 报价单"),
        ("center", f"{SUP}  {SUPCN}\nNo. 88 Huanglong Road, Economic Development Zone, Yongkang, Zhejiang 321300, China\n"
                   "Tel +86 579 8712 3366 · amy@jinhe-cookware.com"),
        ("space", 3),
        ("kv", [("Quotation No.", "JH-Q-2601-088"), ("Date", "2026-01-12"),
                ("To", "Brenner Küchenbedarf GmbH, Ms. Katrin Vogel"), ("Validity", "30 days")]),
        ("space", 3),
        ("table", [["Item", "Description", "MOQ", "Unit price (USD)", "Packing"],
                   ["BK-CAS-24", "Cast aluminium casserole 24cm with lid, ADC12 die-casting, wall 4.0mm, ceramic non-stick "
                                 "3 layers, induction base SS430, exterior Pantone 7621C, laser logo on base", "1,000 pcs",
                    "11.85 FOB Ningbo", "gift box, 4pcs/ctn, 5 ply 54*28*52cm"]],
         (25, 80, 20, 25, 40)),
        ("h2", "Terms"),
        ("kv", [("Price term", "FOB NINGBO"), ("Payment", "T/T 30% deposit, balance 70% against B/L copy"),
                ("Lead time", "45 days after deposit"), ("Sample", "3 pcs free, freight collect"),
                ("Certificate", "LFGB test report (coating + silicone), REACH declaration")]),
        ("space", 4),
        ("p", "Remark: price based on aluminium ingot CNY 19,800/ton (SMM 2026-01-09). Amy Zhou, Sales Manager."),
    ]
    fpdf_pdf(cd / "quotes" / "JH-Q-2601-088.pdf", quote)

    base_pi = {
        "sup_en": SUP.upper(), "sup_cn": SUPCN,
        "sup_addr": "No. 88 Huanglong Road, Economic Development Zone, Yongkang, Zhejiang 321300, China",
        "sup_contact": "Tel: +86 579 8712 3366   E-mail: amy@jinhe-cookware.com",
        "items": [{"sku": "BK-CAS-24", "desc": ["Cast alu casserole 24cm + lid", "ADC12, wall 4.0mm, ceramic 3 layers",
                                                "ext. Pantone 7621C, laser logo"],
                   "qty": "1,200 pcs", "unit": "USD 11.85", "amount": "USD 14,220.00"}],
        "total_label": "TOTAL FOB NINGBO", "total_qty": "1,200 pcs", "total": "USD 14,220.00",
        "say": say("14220.00", "US DOLLARS"),
        "terms": [("Price term", "FOB Ningbo, China"),
                  ("Payment", "30% T/T deposit (USD 4,266.00), 70% balance against copy of B/L"),
                  ("Delivery", "45 days after receipt of deposit"),
                  ("Packing", "gift box, 4 pcs/ctn, 300 ctns, 5-ply export carton 54x28x52cm"),
                  ("Inspection", "third-party pre-shipment inspection AQL II 2.5/4.0 before balance"),
                  ("Certificate", "LFGB, REACH")],
        "bank": [("Beneficiary", "YONGKANG JINHE COOKWARE CO., LTD."),
                 ("Bank", "BANK OF CHINA, YONGKANG SUB-BRANCH"),
                 ("Bank address", "No. 199 Jiuling West Road, Yongkang, Zhejiang, China"),
                 ("SWIFT", "BKCHCNBJ92A"), ("A/C No.", "3568 7420 1193")],
        "chop": "(company chop 公章)",
    }
    pi0 = dict(base_pi, pi_no="JH-PI-260203", date="2026-02-03",
               buyer=["BRENNER KUCHENBEDARF GMBH", "Kaiserswerther Str. 211", "40474 Dusseldorf, Germany",
                      "Attn: Ms. Katrin Vogel"])
    pi_canvas(cd / "pi" / "JH-PI-260203.pdf", pi0)
    pi1 = dict(base_pi, pi_no="JH-PI-260203-R1", date="2026-02-05",
               buyer=["BRENNER KÜCHENBEDARF GMBH", "Kaiserswerther Str. 211", "40474 Düsseldorf, Germany",
                      "Attn: Ms. Katrin Vogel"],
               pi_extra=["Rev.1 (replaces JH-PI-260203)"],
               remark=["Revision note: buyer name and city corrected (umlaut). No change of goods, price or terms."])
    pi1["bank"] = [("Beneficiary", "Yongkang Jinhe Cookware Co., Ltd."),
                   ("Bank", "Bank of China Yongkang Sub-Branch"),
                   ("Bank address", "No. 199 Jiuling West Road, Yongkang, Zhejiang, China"),
                   ("SWIFT", "BKCHCNBJ92A"), ("A/C No.", "356874201193")]
    pi_canvas(cd / "pi" / "JH-PI-260203-R1.pdf", pi1)

    wa = """05.02.26, 09:12 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp. Tippe, um mehr zu erfahren.
05.02.26, 09:14 - Amy Zhou Jinhe: Good morning Katrin, PI Rev.1 sent by mail, we corrected Düsseldorf and your company name 🙏
05.02.26, 09:31 - Katrin Vogel: Danke Amy, passt jetzt. Everything else is the same as Rev.0, right?
05.02.26, 09:33 - Amy Zhou Jinhe: Yes same, only the address
05.02.26, 09:35 - Katrin Vogel: OK. Deposit 30% = USD 4,266.00 goes out tomorrow
06.02.26, 15:02 - Amy Zhou Jinhe: Deposit received, thank you! Production planning: casting starts 16.02 after our holiday, 45 days as agreed
06.02.26, 15:04 - Katrin Vogel: 👍 Schönes Neujahrsfest!
03.03.26, 10:20 - Amy Zhou Jinhe: Katrin, for next season we have a new 28cm frying pan, forged aluminium, EUR 9.40/pc FOB Ningbo for 2,000 pcs
03.03.26, 10:20 - Amy Zhou Jinhe: <Medien ausgelassen>
03.03.26, 10:41 - Katrin Vogel: Interesting, not for this order. Please send 2 samples of the pan in May with the FW27 catalogue
03.03.26, 10:43 - Amy Zhou Jinhe: ok noted. Today 24 degrees in Yongkang, spring is coming ☀️
03.03.26, 10:44 - Katrin Vogel: Here 6 degrees and rain 😅
12.03.26, 08:55 - Katrin Vogel: How is the coating line going?
12.03.26, 09:10 - Amy Zhou Jinhe: 800 pcs coated, 400 to go. Laser logo power increased 10% as you asked on S2
18.03.26, 16:30 - Amy Zhou Jinhe: All 1,200 pcs packed, 300 ctns. Inspection booked 20.03 with AsiaQC
20.03.26, 18:12 - Amy Zhou Jinhe: Inspection passed 👍 report in your mailbox
20.03.26, 18:20 - Katrin Vogel: Super, danke! Balance 70% after the B/L copy as agreed
20.03.26, 18:21 - Amy Zhou Jinhe: Diese Nachricht wurde gelöscht.
"""
    write(cd / "chat" / "WhatsApp Chat mit Amy Zhou Jinhe.txt", wa)

    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in [
        ("D1 inner Ø", "240 mm", "±1.0 mm", "239.7 / 240.5 / 240.2 / 240.6 / 240.1", "OK"),
        ("H1 height", "105 mm", "±1.0 mm", "105.2 / 104.9 / 105.4 / 105.0 / 105.1", "OK"),
        ("T1 wall", "4.0 mm", "±0.3 mm", "4.12 / 4.05 / 4.18 / 4.09 / 4.14", "OK"),
        ("M1 weight incl. lid", "2.35 kg", "±5 %", "2.32 / 2.36 / 2.34 / 2.31 / 2.37", "OK"),
        ("Carton 54x28x52 cm, 5-ply", "—", "±1 cm", "54.5 x 28.2 x 52.3 cm", "OK")])
    body = f"""
<h1>PRE-SHIPMENT INSPECTION REPORT</h1>
<p><b>AsiaQC Inspection Services (Ningbo) Co., Ltd.</b> · Report No. AQC-NB-260320-114 · Inspection date 20.03.2026</p>
<table>
<tr><th>Client</th><td>Brenner Küchenbedarf GmbH</td><th>PO</th><td>BK-PO-26-0117</td></tr>
<tr><th>Supplier / factory</th><td>Yongkang Jinhe Cookware Co., Ltd.</td><th>Item</th><td>BK-CAS-24 cast aluminium casserole 24 cm</td></tr>
<tr><th>Order quantity</th><td>1,200 pcs</td><th>Presented</th><td>1,200 pcs / 300 ctns (100 % packed)</td></tr>
</table>
<h2>1. Overall result: <span style="color:#060">PASSED</span></h2>
<h2>2. AQL sampling (ISO 2859-1, General Level II)</h2>
<table>
<tr><th>Lot size</th><th>Code</th><th>Sample size</th><th>Defect class</th><th>AQL</th><th>Ac / Re</th><th>Found</th><th>Result</th></tr>
<tr><td>1,200</td><td>J</td><td>80</td><td>Critical</td><td>0</td><td>0 / 1</td><td>0</td><td>Pass</td></tr>
<tr><td></td><td></td><td>80</td><td>Major</td><td>2.5</td><td>5 / 6</td><td>2</td><td>Pass</td></tr>
<tr><td></td><td></td><td>80</td><td>Minor</td><td>4.0</td><td>7 / 8</td><td>4</td><td>Pass</td></tr>
</table>
<p>Major: 2 pcs coating spot Ø &gt; 1 mm on inner wall. Minor: 3 pcs light scratch on lacquer, 1 pc gift box corner crushed.</p>
<h2>3. Measurements (5 pcs)</h2>
<table><tr><th>Characteristic</th><th>Spec</th><th>Tol.</th><th>Measured</th><th>Result</th></tr>{rows}</table>
<h2>4. Tests</h2>
<table><tr><th>Test</th><th>Sample</th><th>Result</th></tr>
<tr><td>Carton drop test (ISTA 1A, 10 drops)</td><td>1 ctn</td><td>Pass</td></tr>
<tr><td>Coating cross-cut adhesion</td><td>3 pcs</td><td>Pass (GT0)</td></tr>
<tr><td>Induction function on 2 kW hob</td><td>5 pcs</td><td>Pass</td></tr>
<tr><td>Barcode scan EAN 4061234501172</td><td>5 pcs</td><td>Pass</td></tr></table>
<p class="small">Inspector: Wang Lei · Reviewed: Chen Hua · This report reflects the findings on the inspection date only.</p>
"""
    weasy_pdf(cd / "inspection" / "AQC-NB-260320-114_PSI.pdf", body, title="AQC-NB-260320-114")

    pk = [("Packing List",
           [["PACKING LIST  装箱单", None, None, None, None, None, None],
            ["Invoice / PI", "JH-PI-260203-R1", None, "PO", "BK-PO-26-0117", None, None],
            ["Item", "Description", "Qty (pcs)", "Ctns", "N.W./ctn (kg)", "G.W./ctn (kg)", "Meas. (cm)"],
            ["BK-CAS-24", "Cast alu casserole 24cm", 1200, 300, 9.40, 11.20, "54x28x52"],
            ["TOTAL", None, 1200, 300, "2,820.00 kg", "3,360.00 kg", "23.59 CBM"]],
           ["A1:G1", "B2:C2", "E2:G2"], {"A": 14, "B": 26, "C": 10, "D": 8, "E": 14, "F": 14, "G": 14}),
          ("Marks", [["Shipping marks", None], ["Front", "BRENNER / BK-PO-26-0117 / BK-CAS-24 / 4 PCS / C/NO. 1-300"],
                     ["Side", "G.W. 11.20 KG / N.W. 9.40 KG / MADE IN CHINA"]], ["A1:B1"], {"A": 16, "B": 70})]
    xlsx_file(cd / "other" / "Packliste_BK-PO-26-0117.xlsx", pk)


# ===========================================================================
# CASE 02  garden hose reel cart, Italy: recycled PP + EXW
# ===========================================================================
def case02(cd):
    SUP = "Yuyao Hongsheng Garden Tools Co., Ltd."
    SUPCN = "余姚市宏盛园林工具有限公司"
    order_toml(cd / "order.toml", "VF-2026-031",
               ["Verdeflor S.r.l.", "Verdeflor", "Marco Bellini", "Marco"],
               [SUP, SUPCN, "Hongsheng", "Vivian Xu", "Vivian Xu Hongsheng"],
               ["m.bellini@verdeflor.it", "acquisti@verdeflor.it", "vivian@hs-gardentools.com"],
               tolerances={"dimensions": "±3 mm", "weight": "±5%"})

    spec = [
        ("title", "Scheda tecnica / Technical specification ST-VF-HR60 Rev.3"),
        ("p", "Articolo / Item: HR-60 Carrello avvolgitubo 60 m / hose reel cart for 60 m of 1/2\" hose. "
              "Cliente / Buyer: Verdeflor S.r.l., Via dell'Industria 14, 35129 Padova, Italia. Ordine / PO: VF-2026-031. "
              "Fornitore / Supplier: Yuyao Hongsheng Garden Tools Co., Ltd., Yuyao, Zhejiang."),
        ("table", [["Rev.", "Data / Date", "Modifica / Change"],
                   ["1", "02/12/2025", "Prima emissione / first issue"],
                   ["2", "19/12/2025", "Colori RAL definiti / RAL colours defined"],
                   ["3", "15/01/2026", "3.2 materiali: PP vergine obbligatorio / virgin PP mandatory; 6 condizioni commerciali"]]),
        ("h1", "1 Scopo / Scope"),
        ("p", "La presente scheda definisce i requisiti del prodotto HR-60 per l'ordine VF-2026-031. This specification "
              "prevails over the supplier's catalogue and quotation; commercial terms follow section 6 and the accepted "
              "quotation HS-Q2601-17."),
        ("h1", "2 Documenti di riferimento / Reference documents"),
        ("bullet", "Disegno / Drawing VF-HR60-01 Rev.B (assieme / assembly), VF-HR60-02 (tamburo / drum)"),
        ("bullet", "Campione approvato / Approved sample record CA-HR60-01 del 22/01/2026"),
        ("bullet", "Offerta / Quotation HS-Q2601-17 del 08/01/2026 (accettata / accepted 10/01/2026)"),
        ("h1", "3 Prodotto / Product"),
        ("h2", "3.1 Descrizione / Description"),
        ("p", "Two-wheel cart with removable drum, crank handle, telescopic-free fixed handle tube, hose guide and "
              "1/2\" inlet connector with 1.5 m leader hose. Disegno: the drum axis is 420 mm above ground; the handle "
              "tube forms a U of 480 mm width; the crank is on the right side seen from the handle."),
        ("h2", "3.2 Materiali / Materials"),
        ("table", [["Componente / Component", "Materiale / Material", "Note"],
                   ["Tamburo e fianchi / drum and side frames", "PP vergine (omopolimero) / virgin PP homopolymer, UV-stabilised (UV 8)",
                    "0 % rigenerato / no regrind, no recycled content"],
                   ["Tubo manico / handle tube", "Steel Q195 Ø 19 x 1.0 mm, powder coated", "salt spray 48 h"],
                   ["Ruote / wheels", "PP rim Ø 200 mm, TPR tread", "TPR PAH-tested (AfPS GS 2019:01, cat. 2)"],
                   ["Raccordi / connectors", "ABS with brass insert 1/2\"", "lead-free brass CW614N"],
                   ["Manovella / crank", "PP virgin + TPR grip", ""]]),
        ("h2", "3.3 Dimensioni / Dimensions"),
        ("table", [["Quota / Dimension", "Nominale / Nominal", "Tolleranza / Tolerance"],
                   ["Ingombro / overall L x W x H", "560 x 480 x 900 mm", "±3 mm"],
                   ["Tamburo Ø / drum Ø", "300 mm", "±3 mm"],
                   ["Capacità tubo / hose capacity", "60 m of 1/2\" (13 mm) hose", "—"],
                   ["Peso / weight (without hose)", "4.6 kg", "±5 %"]]),
        ("h2", "3.4 Colore / Colour"),
        ("p", "Tamburo / drum: RAL 6018 (yellow green). Telaio e manico / frame and handle: RAL 7016 (anthracite). "
              "Colour per approved sample, ΔE ≤ 2."),
        ("h2", "3.5 Logo"),
        ("p", "Verdeflor logo, pad print, 1 colour white, on both drum sides, 120 x 40 mm."),
        ("h1", "4 Imballo / Packaging"),
        ("p", "1 set per colour box (artwork VF-HR60-BOX), 1 set per export carton, 5-ply, 62 x 50 x 34 cm, "
              "cart shipped knocked down with assembly instructions IT/EN/DE/FR. Barcode EAN-13 8033456100601."),
        ("h1", "5 Conformità / Compliance"),
        ("p", "REACH SVHC declaration; PAH test report for TPR parts; lead-free brass declaration."),
        ("h1", "6 Condizioni commerciali / Commercial terms"),
        ("table", [["Voce / Term", "Valore / Value"],
                   ["Quantità / quantity", "1,500 sets"],
                   ["Prezzo / price", "USD 14.20 per set"],
                   ["Resa / Incoterm", "FCA Ningbo (Incoterms 2020), consegna al magazzino dello spedizioniere a Ningbo"],
                   ["Pagamento / payment", "T/T 30% anticipo / deposit, 70% contro copia B/L / against copy of B/L"],
                   ["Consegna / lead time", "50 days after deposit"]]),
        ("p", "Approvato / approved: Marco Bellini, Ufficio Acquisti, 15/01/2026."),
    ]
    docx_file(cd / "spec" / "ST-VF-HR60_Rev3.docx", spec)

    q = [("Quotation",
          [["YUYAO HONGSHENG GARDEN TOOLS CO., LTD. 余姚市宏盛园林工具有限公司", None, None, None, None, None, None],
           ["QUOTATION  报价单", None, None, None, None, None, None],
           ["Quote No.", "HS-Q2601-17", None, "Date", "2026-01-08", "Customer", "Verdeflor S.r.l."],
           ["Photo", "Item No.", "Description", "Material", "MOQ", "Unit Price USD", "Price term"],
           ["[photo]", "HR-60", "Hose reel cart 60m 1/2\", 2 wheels Ø200, crank, leader hose 1.5m",
            "PP (virgin) + UV, steel handle powder coated", "1,000 sets", 14.20, "FCA NINGBO"],
           ["[photo]", "HR-30W", "Wall-mounted hose reel 30m (reference, not quoted for this order)",
            "PP + UV", "2,000 pcs", "on request", None]],
          ["A1:G1", "A2:G2", "B3:C3"], {"A": 10, "B": 10, "C": 40, "D": 30, "E": 10, "F": 14, "G": 14}),
         ("Packing",
          [["Item", "Packing", "Ctn size (cm)", "Pcs/ctn", "G.W. (kg)", "N.W. (kg)"],
           ["HR-60", "colour box, 5 ply export carton", "62*50*34", 1, 6.1, 4.6]], [], {"A": 10, "B": 30, "C": 14}),
         ("Terms",
          [["Terms", None],
           ["Price term", "FCA Ningbo"],
           ["Payment", "30% T/T in advance, 70% against copy of B/L"],
           ["Lead time", "50 days after deposit"],
           ["Validity", "30 days"],
           ["Remark", "Price based on PP virgin granules; colour masterbatch included"]],
          ["A1:B1"], {"A": 16, "B": 60})]
    xlsx_file(cd / "quotes" / "HS-Q2601-17_Verdeflor.xlsx", q)

    c = CanvasDoc(cd / "sample" / "CA-HR60-01_campione_approvato.pdf", "DejaVu", "DejaVu-Bold")
    c.line("Verdeflor S.r.l. – Controllo Qualità", size=9)
    c.line("VERBALE CAMPIONE APPROVATO / APPROVED SAMPLE RECORD", size=13, bold=True)
    c.line("Rif. / Ref. CA-HR60-01   Articolo / Item: HR-60   Fornitore: Yuyao Hongsheng Garden Tools Co., Ltd.")
    c.line("Campioni ricevuti / samples received: 2 sets on 19/01/2026 (DHL 7788 2231 09)")
    c.space(4)
    xs = [15, 80, 115, 140, 165]
    c.row(["Quota / Characteristic", "Nominale", "Toll.", "Campione 1", "Campione 2"], xs, bold=True, box=True)
    for r in [["Overall L (mm)", "560", "±3", "561", "559.5"], ["Overall W (mm)", "480", "±3", "481", "480.5"],
              ["Overall H (mm)", "900", "±3", "898", "899"], ["Drum Ø (mm)", "300", "±3", "301.5", "300.5"],
              ["Weight w/o hose (kg)", "4.6", "±5%", "4.52", "4.58"], ["Colour drum RAL 6018", "ΔE≤2", "", "1.2", "1.4"],
              ["Colour frame RAL 7016", "ΔE≤2", "", "0.8", "0.9"]]:
        c.row(r, xs, box=True)
    c.space(4)
    c.line("Materiale / material: tamburo e fianchi PP vergine (dichiarazione fornitore: Sinopec PP T30S, lotto 251122, 0% regrind).")
    c.line("Prova di carico ruote / wheel load test 30 kg, 200 m on concrete: OK. Hose 60 m 1/2\" wound completely: OK.")
    c.line("Esito / Result: APPROVATO / APPROVED as reference for production.", bold=True)
    c.space(8)
    c.line("Firma / signature: Marco Bellini            Data / date: 22/01/2026")
    c.save()

    pi = [
        ("title", "PROFORMA INVOICE"),
        ("center", f"{SUP} · {SUPCN}\nNo. 36 Lanjiang Industrial Park, Yuyao, Ningbo, Zhejiang 315400, China · "
                   "Tel +86 574 6251 8890 · vivian@hs-gardentools.com"),
        ("space", 3),
        ("kv", [("PI No.", "HS-PI-260209"), ("Date", "2026-02-09"),
                ("Buyer", "Verdeflor S.r.l., Via dell'Industria 14, 35129 Padova, Italy"),
                ("Your PO", "VF-2026-031")]),
        ("space", 3),
        ("table", [["No.", "Item", "Description", "Qty", "Unit price", "Amount"],
                   ["1", "HR-60", "Hose reel cart 60m 1/2\", drum & frame: recycled PP + UV stabiliser, steel handle "
                                  "powder coated RAL 7016, drum RAL 6018, pad print logo, leader hose 1.5m",
                    "1,500 sets", "USD 14.20", "USD 21,300.00"],
                   ["", "", "TOTAL", "1,500 sets", "", "USD 21,300.00"]],
         (10, 20, 80, 25, 25, 30)),
        ("p", say("21300", "US DOLLARS")),
        ("h2", "Terms"),
        ("kv", [("Price term", "EXW Yuyao (our factory)"),
                ("Port of loading", "Ningbo"),
                ("Payment", "T/T 30% deposit, 70% balance against copy of B/L"),
                ("Lead time", "50 days after receipt of deposit"),
                ("Packing", "1 set/colour box, 1 set/ctn, 5 ply carton 62x50x34cm, 1,500 ctns"),
                ("Documents", "REACH declaration, PAH test report (TPR)")]),
        ("h2", "Bank information"),
        ("kv", [("Beneficiary", "Yuyao Hongsheng Garden Tools Co., Ltd."),
                ("Bank", "Industrial and Commercial Bank of China, Yuyao Branch"),
                ("SWIFT", "ICBKCNBJNBO"), ("Account No.", "3901 2200 0920 0187 456")]),
        ("space", 6),
        ("p", "Seller signature & chop: ______ (公章)          Buyer confirmation: ______"),
    ]
    fpdf_pdf(cd / "pi" / "HS-PI-260209.pdf", pi, base="carlito")

    wa = """15/01/26, 16:02 - I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa chat, nemmeno WhatsApp, può leggerli o ascoltarli.
15/01/26, 16:05 - Marco Bellini: Ciao Vivian, spec Rev.3 sent by mail. Please note 3.2: drum and frames must be virgin PP, no regrind
15/01/26, 16:20 - Vivian Xu Hongsheng: Received Marco, we check with engineer
27/01/26, 10:11 - Vivian Xu Hongsheng: Marco, PP price went up 12% since January 😟 To keep USD 14.20 we suggest recycled PP for the drum, same colour, customer cannot see the difference
27/01/26, 10:34 - Marco Bellini: No Vivian, la specifica dice PP vergine. The drum stays outside in the sun all summer, recycled PP gets brittle. For now it stays virgin PP as per spec 3.2, we can talk again for the 2027 order
27/01/26, 10:36 - Vivian Xu Hongsheng: ok understand 👌
27/01/26, 10:40 - Marco Bellini: Are you going to the Canton Fair in April? We are at hall 12.1 stand D35 with the Spring collection
27/01/26, 10:52 - Vivian Xu Hongsheng: Yes phase 2, we will visit you 😊
09/02/26, 17:45 - Vivian Xu Hongsheng: Marco PI HS-PI-260209 attached, please check and arrange 30% deposit
09/02/26, 17:45 - Vivian Xu Hongsheng: HS-PI-260209.pdf (file allegato)
09/02/26, 18:02 - Marco Bellini: Ricevuto, la controllo lunedì con l'ufficio tecnico
"""
    write(cd / "chat" / "Chat WhatsApp con Vivian Xu Hongsheng.txt", wa)


# ===========================================================================
# CASE 03  office chair castors, Poland, EUR, price change on one SKU
# ===========================================================================
def case03(cd):
    SUP = "Foshan Nanhai Ruilong Castor Co., Ltd."
    SUPCN = "佛山市南海瑞隆脚轮有限公司"
    order_toml(cd / "order.toml", "MT/ZAM/2026/044",
               ["Meblotech Sp. z o.o.", "Meblotech", "Tomasz Wróbel", "Tomek"],
               [SUP, SUPCN, "Ruilong", "Jenny Liang", "Jenny Ruilong"],
               ["t.wrobel@meblotech.pl", "zakupy@meblotech.pl", "jenny@ruilong-castor.com"],
               tolerances={"dimensions": "±0.5 mm", "weight": "±5%"})

    spec = [
        ("Specyfikacja",
         [["SPECYFIKACJA TECHNICZNA / TECHNICAL SPECIFICATION  ST-KR-2026 wer. 2", None, None, None, None, None, None, None, None],
          ["Zamówienie / PO: MT/ZAM/2026/044", None, None, None, "Dostawca / Supplier: Foshan Nanhai Ruilong Castor Co., Ltd.", None, None, None, None],
          ["Indeks / SKU", "Opis / Description", "Ø koła / wheel Ø (mm)", "Wys. całk. / overall height (mm)",
           "Materiał korpusu / body", "Bieżnik / tread", "Trzpień / stem", "Nośność / load (kg)", "Kolor / colour"],
          ["KR-50-PU", "Kółko bliźniacze 50 mm bez hamulca / twin castor 50 mm, no brake", 50, 58,
           "PA6 nylon, 30% GF", "PU 85 Shore A", "Ø11 x 22 mm, steel, zinc plated, with ring", 50, "RAL 9005 black"],
          ["KR-60-PU", "Kółko bliźniacze 60 mm bez hamulca / twin castor 60 mm, no brake", 60, 68,
           "PA6 nylon, 30% GF", "PU 85 Shore A", "Ø11 x 22 mm, steel, zinc plated, with ring", 60, "RAL 9005 black"],
          ["KR-60-PU-H", "Kółko bliźniacze 60 mm z hamulcem / twin castor 60 mm with brake (hamulec)", 60, 68,
           "PA6 nylon, 30% GF; brake pedal zinc alloy", "PU 85 Shore A", "Ø11 x 22 mm, steel, zinc plated, with ring", 60, "RAL 9005 black"]],
         ["A1:I1", "A2:D2", "E2:I2"], {"A": 13, "B": 34, "C": 11, "D": 11, "E": 20, "F": 12, "G": 22, "H": 9, "I": 14}),
        ("Tolerancje",
         [["Tolerancje / Tolerances", None, None],
          ["Cecha / characteristic", "Tolerancja / tolerance", "Metoda / method"],
          ["Ø koła / wheel Ø", "±0.5 mm", "caliper"],
          ["Wys. całkowita / overall height", "±0.5 mm", "height gauge"],
          ["Trzpień Ø / stem Ø", "±0.05 mm", "micrometer"],
          ["Masa / weight", "±5 %", "scale 0.1 g"],
          ["Test / test", "EN 12529: 100,000 cycles, no damage", "test report by accredited lab"]],
         ["A1:C1"], {"A": 30, "B": 34, "C": 28}),
        ("Pakowanie",
         [["Pakowanie / Packaging", None, None, None],
          ["Indeks / SKU", "szt./karton / pcs/ctn", "Karton / carton", "Etykieta / label"],
          ["KR-50-PU", 250, "5-ply, 40 x 30 x 28 cm", "EAN-128 carton label, SKU + qty"],
          ["KR-60-PU", 200, "5-ply, 40 x 30 x 28 cm", "EAN-128 carton label, SKU + qty"],
          ["KR-60-PU-H", 200, "5-ply, 40 x 30 x 28 cm", "EAN-128 carton label, SKU + qty"],
          ["Inner", "50 pcs per PE bag", None, None]],
         ["A1:D1", "B6:D6"], {"A": 14, "B": 18, "C": 24, "D": 34}),
        ("Warunki",
         [["Warunki handlowe / Commercial terms", None],
          ["Oferta / quotation", "RL-Q-2601-12 Rev.1 (accepted by e-mail 16.01.2026)"],
          ["Ilość / quantity", "KR-50-PU 20,000 pcs; KR-60-PU 15,000 pcs; KR-60-PU-H 15,000 pcs"],
          ["Waluta / currency", "EUR"],
          ["Incoterm", "FOB Shenzhen (Incoterms 2020)"],
          ["Płatność / payment", "T/T 30% deposit, 70% against copy of B/L"],
          ["Termin / lead time", "35 days after deposit"],
          ["Certyfikat / certification", "EN 12529 test report, REACH declaration"],
          ["Zatwierdził / approved", "Tomasz Wróbel, Dział Zakupów, 19.01.2026"]],
         ["A1:B1"], {"A": 26, "B": 70})]
    xlsx_file(cd / "spec" / "ST-KR-2026_kolka_specyfikacja.xlsx", spec)

    def quote(rev, date, prices, note):
        blocks = [
            ("title", f"{SUP}"),
            ("p", f"{SUPCN} · No. 12 Lianhe Road, Shishan Town, Nanhai District, Foshan, Guangdong, China · Tel +86 757 8663 1025"),
            ("h1", f"QUOTATION RL-Q-2601-12 {rev}"),
            ("p", f"Date: {date} · To: Meblotech Sp. z o.o., Mr. Tomasz Wróbel, ul. Przemysłowa 48, 61-541 Poznań, Poland"),
            ("table", [["Item", "Description", "MOQ", "Price EUR/pc", "Packing"],
                       ["KR-50-PU", "Twin castor 50mm, PA6+GF body, " + note + " tread, stem 11x22mm with ring, black",
                        "10,000 pcs", prices[0], "250 pcs/ctn"],
                       ["KR-60-PU", "Twin castor 60mm, PA6+GF body, " + note + " tread, stem 11x22mm with ring, black",
                        "10,000 pcs", prices[1], "200 pcs/ctn"],
                       ["KR-60-PU-H", "Twin castor 60mm with brake, zinc alloy pedal, " + note + " tread, stem 11x22mm",
                        "10,000 pcs", prices[2], "200 pcs/ctn"]],
             [24, 72, 20, 22, 26]),
            ("h2", "Terms"),
            ("p", "Price term: FOB Shenzhen. Payment: T/T 30% deposit, 70% against copy of B/L. Lead time: 35 days after "
                  "deposit. Carton: 5 ply 40x30x28cm. Test: EN 12529 report available (SGS 2025). Validity: 30 days."),
            ("p", "Jenny Liang · Export Sales · jenny@ruilong-castor.com"),
        ]
        return blocks
    platypus_pdf(cd / "quotes" / "RL-Q-2601-12_Rev0.pdf",
                 quote("Rev.0", "2026-01-09", ["0.58", "0.66", "0.79"], "PA (nylon)"), font="LibSans", bold="LibSans-Bold")
    q1 = cd / "quotes" / "RL-Q-2601-12_Rev1.pdf"
    platypus_pdf(q1, quote("Rev.1", "2026-01-14", ["0.62", "0.71", "0.84"], "PU 85A"), font="LibSans", bold="LibSans-Bold")

    body = """Dear Jenny,

thank you. We accept your quotation RL-Q-2601-12 Rev.1 (PU tread), prices EUR 0.62 / 0.71 / 0.84 per pc
for KR-50-PU / KR-60-PU / KR-60-PU-H, FOB Shenzhen, T/T 30/70 against copy of B/L, 35 days.
Please issue the PI for 20,000 / 15,000 / 15,000 pcs under our PO MT/ZAM/2026/044 and follow our
specification ST-KR-2026 wer. 2 (will follow this week).

Pozdrawiam / Best regards
Tomasz Wróbel
Kierownik Zakupów / Purchasing Manager
Meblotech Sp. z o.o. · ul. Przemysłowa 48 · 61-541 Poznań

-----Original Message-----
From: Jenny Liang <jenny@ruilong-castor.com>
Sent: Wednesday, January 14, 2026 10:22 AM
To: Tomasz Wróbel <t.wrobel@meblotech.pl>
Subject: Quotation RL-Q-2601-12 Rev.1 - castors KR series

Dear Tomasz,
> As requested we changed the tread from PA to PU 85A. Revised quotation Rev.1 attached,
> it replaces Rev.0.
> Best regards, Jenny
"""
    eml(cd / "chat" / "RE_ Quotation RL-Q-2601-12 Rev.1 - castors KR series.eml",
        [("From", "=?utf-8?q?Tomasz_Wr=C3=B3bel?= <t.wrobel@meblotech.pl>"),
         ("To", "Jenny Liang <jenny@ruilong-castor.com>"),
         ("Cc", "zakupy@meblotech.pl"),
         ("Subject", "RE: Quotation RL-Q-2601-12 Rev.1 - castors KR series"),
         ("Date", "Fri, 16 Jan 2026 08:47:12 +0100"),
         ("Message-ID", "<20260116084712.4471@meblotech.pl>"),
         ("In-Reply-To", "<RL20260114102201@ruilong-castor.com>")],
        body, [("RL-Q-2601-12_Rev1.pdf", q1.read_bytes(), "application/pdf")],
        boundary="----=_NextPart_000_0031_01DC86A1")

    pi = [
        ("title", "PROFORMA INVOICE"),
        ("p", f"{SUP}  {SUPCN}"),
        ("p", "No. 12 Lianhe Road, Shishan Town, Nanhai District, Foshan, Guangdong 528225, China"),
        ("table", [["PI No.", "RL-PI-2602-031", "Date", "2026-02-04"],
                   ["Buyer", "Meblotech Sp. z o.o., ul. Przemysłowa 48, 61-541 Poznań, Poland (NIP PL7781234567)",
                    "Buyer PO", "MT/ZAM/2026/044"]]),
        ("table", [["No.", "Item", "Description", "Quantity", "Unit price (EUR)", "Amount (EUR)"],
                   ["1", "KR-50-PU", "Twin castor 50mm, PU tread, stem 11x22mm, black", "20,000 pcs", "0.62", "12,400.00"],
                   ["2", "KR-60-PU", "Twin castor 60mm, PU tread, stem 11x22mm, black", "15,000 pcs", "0.71", "10,650.00"],
                   ["3", "KR-60-PU-H", "Twin castor 60mm with brake, PU tread, stem 11x22mm, black", "15,000 pcs", "0.92", "13,800.00"],
                   ["", "", "TOTAL FOB SHENZHEN", "50,000 pcs", "", "36,850.00"]]),
        ("p", say("36850", "EURO")),
        ("h2", "Terms"),
        ("table", [["Price term", "FOB Shenzhen"],
                   ["Currency", "EUR"],
                   ["Payment", "30% deposit by T/T (EUR 11,055.00), 70% against copy of B/L"],
                   ["Delivery", "35 days after deposit"],
                   ["Packing", "50 pcs/PE bag; 250 / 200 / 200 pcs per 5-ply carton 40x30x28cm; 80 + 75 + 75 = 230 ctns"],
                   ["Test report", "EN 12529 (SGS), REACH"]]),
        ("h2", "Bank"),
        ("table", [["Beneficiary", "Foshan Nanhai Ruilong Castor Co., Ltd."],
                   ["Bank", "China Construction Bank, Foshan Nanhai Sub-branch"],
                   ["SWIFT", "PCBCCNBJGDX"],
                   ["EUR Account", "4405 0167 6301 0000 1287"]]),
        ("p", "Seller: Foshan Nanhai Ruilong Castor Co., Ltd. (chop)            Buyer: ____________"),
    ]
    docx_file(cd / "pi" / "RL-PI-2602-031.docx", pi, font="Arial")

    wa = """[16.01.2026, 09:02:11] Jenny Ruilong: Thank you Tomasz for the order 🙏
[16.01.2026, 09:05:40] Tomasz Wróbel: Dziękuję Jenny. Spec will come Monday
[28.01.2026, 13:14:02] Jenny Ruilong: Tomasz, zinc price is going up a lot, brake pedal is zinc alloy. Can we adjust KR-60-PU-H to EUR 0.92?
[28.01.2026, 13:40:27] Tomasz Wróbel: Jenny, we accepted Rev.1 at 0.84 two weeks ago, please keep it. Nie ma zgody na 0.92.
[28.01.2026, 13:41:03] Jenny Ruilong: I will tell my boss
[28.01.2026, 13:45:19] Tomasz Wróbel: Also for Q3 we may need 5,000 pcs of 75 mm castors with brake. Price?
[28.01.2026, 14:30:52] Jenny Ruilong: KR-75-PU-H EUR 1.18/pc FOB Shenzhen, MOQ 5,000
[28.01.2026, 14:33:07] Tomasz Wróbel: OK thanks, I will come back in May
[04.02.2026, 17:10:44] Jenny Ruilong: PI sent by email, please arrange deposit 30%
[04.02.2026, 17:12:09] Jenny Ruilong: ‎<attached: 00000012-RL-PI-2602-031.docx>
[04.02.2026, 18:01:30] Tomasz Wróbel: Received. Snow in Poznań today, -8 degrees ❄️
"""
    write(cd / "chat" / "_chat.txt", wa)


# ===========================================================================
# CASE 04  bicycle mudguards, Spain: CO colour (documented), chat lead time
# ===========================================================================
def case04(cd):
    SUP = "Changzhou Tianhe Cycle Parts Co., Ltd."
    SUPCN = "常州天和车件有限公司"
    order_toml(cd / "order.toml", "CE-PC-2026-0212",
               ["Ciclos Ebro S.L.", "Ciclos Ebro", "Lucía Martín", "Lucia Martin", "Lucía"],
               [SUP, SUPCN, "Tianhe", "Kevin Wang", "Kevin Wang Tianhe"],
               ["l.martin@ciclosebro.es", "compras@ciclosebro.es", "kevin@tianhe-cycle.com"],
               tolerances={"dimensions": "±1 mm", "weight": "±8%"})

    body = """
<h1>Especificación técnica / Technical specification ET-MG28-02</h1>
<p><b>Ciclos Ebro S.L.</b> · Polígono Industrial Malpica, Calle E 23, 50016 Zaragoza, España · Pedido / PO CE-PC-2026-0212<br>
Artículo / Item: <b>MG-2845</b> juego de guardabarros 28" (delantero + trasero), ancho 45 mm / 28" mudguard set, 45 mm wide<br>
Proveedor / Supplier: Changzhou Tianhe Cycle Parts Co., Ltd., Wujin, Changzhou, Jiangsu</p>
<h2>1. Objeto / Scope</h2>
<p>Requirements for the mudguard set MG-2845 for trekking bikes with 28" (622 mm) wheels and tyres up to 40 mm. This
document and the accepted quotation TH-Q-260115 form the purchase terms.</p>
<h2>2. Documentos / Documents</h2>
<p>2.1 Drawing MG-2845-D1 (profile) and MG-2845-D2 (stays and brackets). 2.2 Quotation TH-Q-260115 of 15/01/2026,
accepted by e-mail 16/01/2026. 2.3 Approved sample record MA-2845 of 28/01/2026.</p>
<h2>3. Producto / Product</h2>
<h3>3.1 Materiales / Materials</h3>
""" + html_table([["Componente", "Material", "Nota"],
                  ["Guardabarros / mudguard shell", "Polycarbonate (PC), UV-stabilised", "no PP, no recycled content"],
                  ["Varillas / stays", "Stainless steel AISI 304, Ø 2.2 mm", "2 pairs (front 1, rear 1)"],
                  ["Terminales / stay ends", "PA66 safety release clips", "release force 60–120 N"],
                  ["Soportes / brackets", "Stainless steel AISI 304, 1.5 mm", "with M5 screws A2"]]) + """
<h3>3.2 Dimensiones / Dimensions</h3>
""" + html_table([["Cota / Dimension", "Nominal", "Tolerancia"],
                  ["Ancho / width (profile)", "45 mm", "±1 mm"],
                  ["Longitud delantero / front length (arc)", "700 mm", "±3 mm"],
                  ["Longitud trasero / rear length (arc)", "920 mm", "±3 mm"],
                  ["Radio / radius", "355 mm", "±3 mm"],
                  ["Peso juego / set weight", "410 g", "±8 %"]]) + """
<p>Drawing MG-2845-D1 (described): C-profile with 6 mm flanges, wall 1.8 mm, rear end with integrated 40 mm mud flap
seat and reflector bracket 50 x 20 mm, front end 10° flare.</p>
<h3>3.3 Color y acabado / Colour and finish</h3>
<p>Colour RAL 9005 (jet black), gloss finish, masterbatch coloured (not painted). Stays: natural stainless, polished.</p>
<h3>3.4 Logo</h3>
<p>"EBRO" hot stamping, silver foil, on rear mudguard, 60 x 12 mm, 80 mm from the lower end.</p>
<h2>4. Embalaje / Packaging</h2>
<p>1 set per PE bag with header card (artwork CE-HC-2845), 20 sets per carton, 5-ply export carton 75 x 30 x 35 cm,
EAN-13 8436012345671 on header card and carton.</p>
<h2>5. Normativa / Compliance</h2>
<p>ISO 4210-2:2023 clause for mudguard stay release; REACH SVHC declaration.</p>
<h2>6. Condiciones comerciales / Commercial terms</h2>
""" + html_table([["Concepto", "Valor"],
                  ["Cantidad / quantity", "2,000 sets"],
                  ["Precio / price", "USD 4.65 per set"],
                  ["Incoterm", "FOB Shanghai (Incoterms 2020)"],
                  ["Pago / payment", "T/T 30% depósito / deposit, 70% contra copia del B/L / against copy of B/L"],
                  ["Plazo / lead time", "45 days after deposit"]]) + """
<p>Aprobado / approved: Lucía Martín, Compras, 20/01/2026</p>
"""
    weasy_pdf(cd / "spec" / "ET-MG28-02_guardabarros.pdf", body, title="ET-MG28-02")

    quote = [
        ("title", "QUOTATION"),
        ("center", f"{SUP} / {SUPCN}\nNo. 8 Xinggang Road, Wujin High-tech Zone, Changzhou, Jiangsu 213164, China"),
        ("kv", [("Quote No.", "TH-Q-260115"), ("Date", "2026-01-15"), ("Customer", "Ciclos Ebro S.L. (Ms. Lucía Martín)")]),
        ("table", [["Model", "Description", "Colour", "MOQ", "FOB Shanghai USD/set"],
                   ["MG-2845", "28\" mudguard set 45mm, PC, SS304 stays 2.2mm, safety clips, hot stamping logo",
                    "RAL 9005 gloss", "1,000 sets", "4.65"]],
         (22, 80, 26, 22, 40)),
        ("kv", [("Payment", "30% T/T deposit, 70% against B/L copy"), ("Lead time", "45 days"),
                ("Packing", "PE bag + header card, 20 sets/ctn, 5 ply 75*30*35cm"), ("Valid", "until 2026-02-28")]),
        ("p", "Reference only: EUR 4.30/set at 1.08 — invoice currency is USD."),
    ]
    fpdf_pdf(cd / "quotes" / "TH-Q-260115.pdf", quote)

    base = {
        "sup_en": SUP.upper(), "sup_cn": SUPCN,
        "sup_addr": "No. 8 Xinggang Road, Wujin High-tech Zone, Changzhou, Jiangsu 213164, China",
        "sup_contact": "Tel +86 519 8652 7710 · kevin@tianhe-cycle.com",
        "buyer": ["CICLOS EBRO S.L.", "Polígono Industrial Malpica, Calle E 23", "50016 Zaragoza, Spain", "CIF B50123456"],
        "total_label": "TOTAL FOB SHANGHAI", "total_qty": "2,000 sets", "total": "USD 9,300.00",
        "say": say("9300", "US DOLLARS"),
        "bank": [("Beneficiary", "Changzhou Tianhe Cycle Parts Co., Ltd."),
                 ("Bank", "Bank of Jiangsu, Changzhou Wujin Branch"),
                 ("SWIFT", "BOJSCNBNCZB"), ("Account", "8012 0188 0001 2273 6")],
    }

    def terms(lead):
        return [("Price term", "FOB Shanghai"), ("Payment", "T/T 30% deposit, 70% against copy of B/L"),
                ("Lead time", lead), ("Packing", "1 set/PE bag with header card, 20 sets/ctn, 100 ctns, 5-ply 75x30x35cm"),
                ("Compliance", "ISO 4210-2 stay release, REACH")]
    pi0 = dict(base, pi_no="TH-PI-260120", date="2026-01-20",
               items=[{"sku": "MG-2845", "desc": ["28\" mudguard set 45mm, PC", "colour RAL 9005 jet black gloss",
                                                  "SS304 stays 2.2mm, EBRO hot stamping"],
                       "qty": "2,000 sets", "unit": "USD 4.65", "amount": "USD 9,300.00"}],
               terms=terms("45 days after deposit"))
    pi_canvas(cd / "pi" / "TH-PI-260120.pdf", pi0, font="DejaVu", bold="DejaVu-Bold")
    pi1 = dict(base, pi_no="TH-PI-260120-R1", date="2026-02-24", pi_extra=["Revised per CO-01"],
               items=[{"sku": "MG-2845", "desc": ["28\" mudguard set 45mm, PC", "colour RAL 7016 anthracite grey gloss",
                                                  "SS304 stays 2.2mm, EBRO hot stamping"],
                       "qty": "2,000 sets", "unit": "USD 4.65", "amount": "USD 9,300.00"}],
               terms=terms("60 days after deposit"),
               remark=["R1: colour changed to RAL 7016 according to your change order CO-01 dated 18/02/2026."])
    pi_canvas(cd / "pi" / "TH-PI-260120-R1.pdf", pi1, font="DejaVu", bold="DejaVu-Bold")

    co = [
        ("title", "Orden de cambio / Change Order CO-01"),
        ("table", [["Pedido / PO", "CE-PC-2026-0212"], ["Artículo / Item", "MG-2845 juego guardabarros 28\" 45 mm"],
                   ["Proveedor / Supplier", "Changzhou Tianhe Cycle Parts Co., Ltd."], ["Fecha / Date", "18/02/2026"]]),
        ("h1", "Cambio / Change"),
        ("table", [["Campo / Field", "Anterior / From", "Nuevo / To", "Motivo / Reason"],
                   ["Color / colour", "RAL 9005 jet black, gloss", "RAL 7016 anthracite grey, gloss",
                    "Colección 2027: bicicletas en gris antracita / 2027 range in anthracite"]]),
        ("p", "Sin cambios / unchanged: material, dimensions, finish (gloss), logo, packaging, quantity, price USD 4.65/set "
              "and all commercial terms of the PO. Colour reference: RAL 7016 plaque sent by courier 18/02/2026."),
        ("h1", "Aprobación / Approval"),
        ("table", [["Rol / Role", "Nombre / Name", "Firma / Signature", "Fecha / Date"],
                   ["Solicitado y aprobado por el comprador / requested and approved by buyer", "Lucía Martín (Compras)",
                    "firmado / signed L. Martín", "18/02/2026"],
                   ["Aprobado / approved", "Jorge Sanz (Director de Producto)", "firmado / signed J. Sanz", "18/02/2026"],
                   ["Aceptado por el proveedor / accepted by supplier", "Kevin Wang", "signed + chop", "19/02/2026"]]),
    ]
    docx_file(cd / "changes" / "CO-01_MG-2845_color_RAL7016.docx", co)

    wa = """18/2/26, 9:41 - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.
18/2/26, 9:43 - Lucía Martín: Hola Kevin, CO-01 sent by email, colour RAL 7016 instead of 9005. Please sign and return
19/2/26, 8:15 - Kevin Wang Tianhe: Signed and returned ✅ We need new masterbatch for RAL 7016, 2 weeks for colour matching
19/2/26, 8:17 - Kevin Wang Tianhe: Also after CNY many workers come back late. Lead time 60 days instead of 45, is it ok?
19/2/26, 10:02 - Lucía Martín: Vale Kevin, 60 días ok. Pero el resto de condiciones igual: 30% depósito, 70% contra copia del B/L
19/2/26, 10:05 - Kevin Wang Tianhe: Sure, same terms. Thank you Lucía 🙏
19/2/26, 10:06 - Lucía Martín: ¿Cuántos juegos por caja? 20 como siempre?
19/2/26, 10:09 - Kevin Wang Tianhe: yes 20 sets/ctn, 100 ctns
19/2/26, 10:10 - Lucía Martín: Perfecto. Mañana es festivo en Zaragoza, hablamos el lunes
24/2/26, 16:30 - Kevin Wang Tianhe: PI R1 sent, colour 7016
24/2/26, 16:31 - Kevin Wang Tianhe: TH-PI-260120-R1.pdf (archivo adjunto)
24/2/26, 16:50 - Kevin Wang Tianhe: btw our German customer ordered 5,000 sets in RAL 9005 for same model, so your old colour masterbatch we use there
24/2/26, 17:20 - Lucía Martín: 👍
"""
    write(cd / "chat" / "Chat de WhatsApp con Kevin Wang Tianhe.txt", wa)


# ===========================================================================
# CASE 05  LED panel, Sweden: ENEC dropped, 3-ply carton
# ===========================================================================
def case05(cd):
    SUP = "Zhongshan Brightway Lighting Co., Ltd."
    SUPCN = "中山市明途照明有限公司"
    order_toml(cd / "order.toml", "LJV-4500-2231",
               ["Ljusverket Nordic AB", "Ljusverket", "Erik Lindqvist", "Erik"],
               [SUP, SUPCN, "Brightway", "Sunny Chen", "Sunny Brightway"],
               ["erik.lindqvist@ljusverket.se", "inkop@ljusverket.se", "sunny@brightway-led.com"],
               tolerances={"dimensions": "±1 mm", "weight": "±5%"})

    spec = [
        ("title", "Teknisk specifikation / Technical specification TS-LJV-PL6060 v2"),
        ("p", "Artikel / Item: PL-6060-36 LED-panel 600 x 600 mm, 36 W, 4000 K. Köpare / Buyer: Ljusverket Nordic AB, "
              "Stenyxegatan 9, 213 76 Malmö, Sweden. Leverantör / Supplier: Zhongshan Brightway Lighting Co., Ltd., "
              "Guzhen, Zhongshan, Guangdong. Order: LJV-4500-2231."),
        ("h1", "1 Omfattning / Scope"),
        ("p", "Recessed and surface-mountable LED panel for public-sector office projects in Sweden and Norway. "
              "The panels are sold into tenders that require ENEC marking; a panel without ENEC cannot be delivered."),
        ("h1", "2 Referenser / References"),
        ("p", "2.1 Quotation BW-QT-2601-55 of 09.01.2026 (accepted 12.01.2026). 2.2 Golden sample record GS-PL6060 of "
              "27.01.2026. 2.3 Drawing PL6060-D01: frame section, spring clip positions, driver box."),
        ("h1", "3 Produkt / Product"),
        ("h2", "3.1 Elektriska data / Electrical data"),
        ("table", [["Parameter", "Värde / Value", "Tolerans"],
                   ["Power", "36 W", "±5 %"], ["Luminous flux", "3,600 lm", "≥ 3,420 lm"],
                   ["CCT", "4000 K", "3-step MacAdam"], ["CRI", "Ra ≥ 80, R9 > 0", "—"],
                   ["UGR", "< 19", "—"], ["Driver", "Flicker-free (Pst LM ≤ 1, SVM ≤ 0.4), isolated, PF > 0.9", "—"],
                   ["Lifetime", "L80B10 50,000 h", "—"]], [45, 80, 45]),
        ("h2", "3.2 Material / Materials"),
        ("table", [["Del / Part", "Material"],
                   ["Frame", "Extruded aluminium alloy 6063-T5, powder coated"],
                   ["Diffuser", "PMMA opal, 2 mm, UV-stabilised"],
                   ["Light guide", "PMMA LGP 4 mm (no PS)"],
                   ["Back cover", "Galvanised steel 0.4 mm"]], [45, 125]),
        ("h2", "3.3 Mått / Dimensions"),
        ("table", [["Mått / Dimension", "Nominal", "Tolerans"],
                   ["Length x width", "595 x 595 mm", "±1 mm"], ["Height (without driver)", "10 mm", "±1 mm"],
                   ["Weight", "2.6 kg", "±5 %"]], [60, 60, 50]),
        ("h2", "3.4 Färg / Colour"),
        ("p", "Frame RAL 9016 traffic white, matt powder coating."),
        ("h2", "3.5 Märkning / Marking"),
        ("p", "Rating label on the back cover with Ljusverket logo, CE mark, ENEC mark with approval body number, WEEE bin, "
              "model, ratings, production batch. Logo printing on the panel: none."),
        ("pb",),
        ("h1", "4 Certifiering / Certification"),
        ("p", "4.1 CE: LVD 2014/35/EU (EN 60598-1, EN 60598-2-1), EMC 2014/30/EU (EN 55015, EN 61547, EN 61000-3-2/-3). "
              "4.2 ENEC: ENEC certificate issued by an ENEC-approved body for PL-6060-36, valid at shipment. "
              "4.3 RoHS 2011/65/EU. 4.4 Ecodesign (EU) 2019/2020 and energy label data (EPREL registration)."),
        ("h1", "5 Förpackning / Packaging"),
        ("p", "Each panel in a PE bag with EPE corner protection; 4 pcs/ctn; master carton 5-ply export carton "
              "65 x 65 x 12 cm; carton label with order no., model, quantity, carton no., EAN 7350123400605."),
        ("h1", "6 Kvalitet / Quality"),
        ("p", "100 % aging test 4 h at 45 °C at the factory; final inspection AQL II 1.0/2.5 (electrical major 1.0). "
              "Warranty 5 years."),
        ("h1", "7 Kommersiella villkor / Commercial terms"),
        ("table", [["Villkor / Term", "Värde / Value"],
                   ["Quantity", "3,000 pcs"], ["Price", "USD 14.60 per pc"],
                   ["Incoterm", "DAP Malmö (Incoterms 2020)"],
                   ["Payment", "T/T 30% deposit, 70% against copy of B/L"],
                   ["Lead time", "40 days after deposit"], ["Warranty", "5 years"]], [60, 110]),
        ("p", "Godkänd / approved: Erik Lindqvist, Inköp, 14.01.2026"),
    ]
    platypus_pdf(cd / "spec" / "TS-LJV-PL6060_v2.pdf", spec, font="LibSerif", bold="LibSerif-Bold",
                 header="Ljusverket Nordic AB – TS-LJV-PL6060 v2")

    qbody = f"""
<div style="text-align:center"><b style="font-size:14pt">{SUP}</b><br><span class="cn">{SUPCN}</span><br>
<span class="small">No. 3 Haixing Road, Guzhen Town, Zhongshan, Guangdong 528421, China · sunny@brightway-led.com</span></div>
<h1>QUOTATION BW-QT-2601-55</h1>
<p>Date: 2026-01-09 · To: Ljusverket Nordic AB, Mr. Erik Lindqvist</p>
""" + html_table([["Model", "Specification", "Certificates", "MOQ", "Price DAP Malmö"],
                  ["PL-6060-36", "LED panel 595x595x10mm, 36W, 3600lm, 4000K, Ra>80, UGR<19, flicker-free driver, "
                                 "alu 6063 frame RAL 9016, PMMA LGP", "CE + ENEC + RoHS", "1,000 pcs", "USD 14.60"]]) + """
<p>Payment: T/T 30% deposit, 70% against copy of B/L · Lead time: 40 days · Packing: 4 pcs/ctn, 5 ply export
carton 65x65x12cm · Warranty: 5 years · Valid 30 days.</p>
"""
    weasy_pdf(cd / "quotes" / "BW-QT-2601-55.pdf", qbody, css="body{font-family:'DejaVu Sans';font-size:9pt}",
              title="BW-QT-2601-55")

    gs = [
        ("title", "Golden sample record / Godkänt referensprov GS-PL6060"),
        ("table", [["Item", "PL-6060-36"], ["Samples", "2 pcs, received 23.01.2026"],
                   ["Test lab", "Ljusverket lab, Malmö (integrating sphere 2 m)"]]),
        ("table", [["Characteristic", "Spec", "Sample 1", "Sample 2", "OK"],
                   ["Length x width (mm)", "595 x 595 ±1", "595.2 x 595.4", "594.8 x 595.1", "OK"],
                   ["Height (mm)", "10 ±1", "10.1", "10.0", "OK"],
                   ["Weight (kg)", "2.6 ±5%", "2.58", "2.62", "OK"],
                   ["Power (W)", "36 ±5%", "35.6", "35.9", "OK"],
                   ["Flux (lm)", "≥ 3,420", "3,640", "3,610", "OK"],
                   ["CCT (K)", "4000", "4,020", "3,985", "OK"],
                   ["UGR (calc.)", "< 19", "18.6", "18.6", "OK"],
                   ["Flicker Pst LM", "≤ 1", "0.3", "0.3", "OK"]]),
        ("p", "Rating label with CE and ENEC marks checked against artwork LJV-RL-6060: OK. "
              "Approved as golden sample: Erik Lindqvist, 27.01.2026."),
    ]
    docx_file(cd / "sample" / "GS-PL6060_referensprov.docx", gs)

    pi = {
        "sup_en": SUP.upper(), "sup_cn": SUPCN,
        "sup_addr": "No. 3 Haixing Road, Guzhen Town, Zhongshan, Guangdong 528421, China",
        "sup_contact": "Tel +86 760 2218 6630 · sunny@brightway-led.com",
        "pi_no": "BW-PI-260203", "date": "2026-02-03",
        "buyer": ["LJUSVERKET NORDIC AB", "Stenyxegatan 9", "213 76 Malmö, Sweden", "VAT SE556123456701"],
        "items": [{"sku": "PL-6060-36", "desc": ["LED panel 595x595x10mm 36W 4000K", "3600lm, UGR<19, flicker free",
                                                  "frame RAL 9016"],
                   "qty": "3,000 pcs", "unit": "USD 14.60", "amount": "USD 43,800.00"}],
        "total_label": "TOTAL DAP MALMÖ", "total_qty": "3,000 pcs", "total": "USD 43,800.00",
        "say": say("43800", "US DOLLARS"),
        "terms": [("Price term", "DAP Malmö, Sweden"),
                  ("Payment", "T/T 30% deposit, 70% against copy of B/L"),
                  ("Lead time", "40 days after deposit"),
                  ("Certification", "CE, RoHS (ENEC not included)"),
                  ("Packing", "4 pcs/ctn, 750 ctns, 3-ply carton 65x65x12cm"),
                  ("Warranty", "5 years")],
        "bank": [("Beneficiary", "Zhongshan Brightway Lighting Co., Ltd."),
                 ("Bank", "Bank of China Zhongshan Guzhen Sub-branch"),
                 ("SWIFT", "BKCHCNBJ45A"), ("Account No.", "6552 5821 3384")],
    }
    pi_canvas(cd / "pi" / "BW-PI-260203.pdf", pi)

    wa = """2026-01-12 09:02 - Meddelanden och samtal är end-to-end-krypterade. Ingen utanför chatten, inte ens WhatsApp, kan läsa eller lyssna på dem.
2026-01-12 09:05 - Erik Lindqvist: Hi Sunny, we go ahead with BW-QT-2601-55, 3,000 pcs PL-6060-36. PO follows today
2026-01-12 09:20 - Sunny Brightway: Thank you Erik!! 🙏
2026-01-30 14:11 - Sunny Brightway: Erik, our ENEC certificate is in renewal with the lab, new one expected in April
2026-01-30 14:40 - Erik Lindqvist: When exactly in April? We cannot deliver the Västerås school project without ENEC. Please confirm ENEC is valid for this shipment
2026-01-30 14:42 - Sunny Brightway: I will check with boss and lab
2026-01-30 14:45 - Erik Lindqvist: Vi har 15 cm snö idag 😄 -12 degrees
2026-02-03 17:30 - Sunny Brightway: PI BW-PI-260203 sent to your mail
2026-02-03 17:31 - Sunny Brightway: also new model 1200x300 panel 36W, USD 13.90 DAP Malmö if you need for next order
2026-02-04 08:15 - Erik Lindqvist: Thanks, I check the PI today. 1200x300 maybe in autumn
"""
    write(cd / "chat" / "WhatsApp-chatt med Sunny Brightway.txt", wa)


# ===========================================================================
# CASE 06  stainless undermount sink, Austria: bank change to HK company
# ===========================================================================
def case06(cd):
    SUP = "Jiangmen Hengda Stainless Steel Products Co., Ltd."
    SUPCN = "江门市恒达不锈钢制品有限公司"
    order_toml(cd / "order.toml", "AK-EK-26-009",
               ["Alpenküche Handels GmbH", "Alpenküche", "Stefan Huber"],
               [SUP, SUPCN, "Hengda", "Grace Li"],
               ["s.huber@alpenkueche.at", "einkauf@alpenkueche.at", "grace.li@hengda-sink.com"],
               tolerances={"dimensions": "±1.5 mm", "weight": "±5%"})

    spec = [
        ("title", "Technisches Datenblatt / Technical data sheet TDB-SK-5444"),
        ("p", "Artikel / Item: SK-5444 Unterbauspüle Einzelbecken / undermount single bowl sink. Bestellung / PO: AK-EK-26-009. "
              "Käufer: Alpenküche Handels GmbH, Industriezeile 36, 4020 Linz, Österreich. "
              "Lieferant: Jiangmen Hengda Stainless Steel Products Co., Ltd., Xinhui, Jiangmen, Guangdong."),
        ("h1", "1 Allgemein / General"),
        ("p", "Gilt zusammen mit dem angenommenen Angebot HD-QT-2512-204 (angenommen 05.01.2026). Abweichungen nur mit "
              "schriftlicher Änderungsmitteilung des Käufers. Changes only by written change order of the buyer."),
        ("h1", "2 Werkstoff / Material"),
        ("table", [["Teil / Part", "Werkstoff / Material", "Dicke / thickness"],
                   ["Becken / bowl", "Edelstahl 1.4301 (AISI 304, 18/8)", "1.2 mm ±0.05"],
                   ["Ablaufgarnitur / strainer 114 mm", "Edelstahl 1.4301", "—"],
                   ["Entdröhnung / sound deadening", "Bitumen-free rubber pads + anti-condensation coating", "3 mm"],
                   ["Befestigung / clips", "Edelstahl 1.4301 + ABS", "—"]]),
        ("h1", "3 Abmessungen / Dimensions"),
        ("table", [["Maß / dimension", "Nennmaß / nominal", "Toleranz / tolerance"],
                   ["Außen / outer L x B", "540 x 440 mm", "±1.5 mm"],
                   ["Beckentiefe / bowl depth", "200 mm", "±1.5 mm"],
                   ["Eckradius innen / inner corner radius", "R10", "±1"],
                   ["Ablauf / drain hole", "Ø 114 mm (3½\")", "±0.5 mm"],
                   ["Gewicht / weight", "6.8 kg", "±5 %"]]),
        ("p", "Zeichnung / drawing SK-5444-01 (described): bowl with 2 % floor slope to the drain, drain centred on the "
              "rear third, overflow slot 60 x 12 mm on the rear wall, flange 20 mm for undermount clips every 120 mm."),
        ("h1", "4 Oberfläche / Finish"),
        ("p", "Gebürstet satiniert / brushed satin, grain direction parallel to the long side; no visible weld seam; "
              "passivated. Logo \"ALPENKÜCHE\" laser etched on the flange, front left, 40 x 6 mm."),
        ("h1", "5 Verpackung / Packaging"),
        ("p", "1 pc per 5-ply export carton 59 x 49 x 25 cm with EPE corners and protective film on the visible surface; "
              "accessories in a separate PE bag inside; EAN 9120099400123."),
        ("h1", "6 Normen / Standards"),
        ("p", "EN 13310 Küchenspülen (test report), REACH declaration."),
        ("h1", "7 Kaufmännisch / Commercial"),
        ("table", [["Menge / quantity", "800 pcs"], ["Preis / price", "USD 38.50 per pc FOB Guangzhou (Nansha)"],
                   ["Zahlung / payment", "T/T 30% deposit, 70% against copy of B/L"],
                   ["Lieferzeit / lead time", "40 days after deposit"],
                   ["Zahlungsempfänger / beneficiary (per Rückruf verifiziert 12.01.2026, Mr. Liang)",
                    "Jiangmen Hengda Stainless Steel Products Co., Ltd., Bank of China Jiangmen Branch, SWIFT BKCHCNBJ46A, "
                    "A/C 6213 5820 0047 1936"]]),
        ("p", "Freigabe / approved: Stefan Huber, Einkauf, 12.01.2026"),
    ]
    docx_file(cd / "spec" / "TDB-SK-5444_Spuele.docx", spec)

    q = [("Quote",
          [["JIANGMEN HENGDA STAINLESS STEEL PRODUCTS CO., LTD.", None, None, None, None, None],
           ["江门市恒达不锈钢制品有限公司 · QUOTATION HD-QT-2512-204 · 2025-12-29", None, None, None, None, None],
           ["Model", "Picture", "Description", "Size (mm)", "Qty", "USD/pc FOB Guangzhou"],
           ["SK-5444", "[img]", "Undermount single bowl, SUS304 1.2mm, brushed, sound pads, strainer 114", "540x440x200", "800", 38.50],
           ["SK-7844", "[img]", "Double bowl (option, not ordered)", "780x440x200", "—", 61.00]],
          ["A1:F1", "A2:F2"], {"A": 10, "B": 8, "C": 46, "D": 14, "E": 8, "F": 16}),
         ("Terms",
          [["Terms", None],
           ["Payment", "30% deposit by T/T, 70% balance against copy of B/L"],
           ["Lead time", "40 days"], ["Packing", "1pc/5 ply ctn 59x49x25cm"],
           ["Beneficiary", "Jiangmen Hengda Stainless Steel Products Co., Ltd."],
           ["Bank", "Bank of China, Jiangmen Branch"], ["SWIFT", "BKCHCNBJ46A"], ["Account", "621358200471936"]],
          ["A1:B1"], {"A": 14, "B": 60})]
    xlsx_file(cd / "quotes" / "HD-QT-2512-204.xlsx", q)

    base = {
        "sup_en": SUP.upper(), "sup_cn": SUPCN,
        "sup_addr": "No. 18 Jinguo Road, Siqian Industrial Zone, Xinhui, Jiangmen, Guangdong 529100, China",
        "sup_contact": "Tel +86 750 6322 8815 · grace.li@hengda-sink.com",
        "buyer": ["ALPENKÜCHE HANDELS GMBH", "Industriezeile 36", "4020 Linz, Austria", "UID ATU12345678"],
        "items": [{"sku": "SK-5444", "desc": ["Undermount sink single bowl 540x440x200", "SUS304 1.2mm brushed satin",
                                               "sound pads, strainer 114mm, laser logo"],
                   "qty": "800 pcs", "unit": "USD 38.50", "amount": "USD 30,800.00"}],
        "total_label": "TOTAL FOB GUANGZHOU", "total_qty": "800 pcs", "total": "USD 30,800.00",
        "say": say("30800", "US DOLLARS"),
        "terms": [("Price term", "FOB Guangzhou (Nansha)"),
                  ("Payment", "T/T 30% deposit, 70% balance against copy of B/L"),
                  ("Lead time", "40 days after deposit"),
                  ("Packing", "1 pc per 5-ply export carton 59x49x25cm, 800 ctns"),
                  ("Standard", "EN 13310, REACH")],
    }
    pi0 = dict(base, pi_no="HD-PI-260126", date="2026-01-26",
               bank=[("Beneficiary", "Jiangmen Hengda Stainless Steel Products Co., Ltd."),
                     ("Bank name", "Bank of China Jiangmen Branch"),
                     ("Bank address", "No. 30 Gangkou Road, Jiangmen, Guangdong, China"),
                     ("SWIFT code", "BKCHCNBJ46A"), ("Account No.", "6213 5820 0047 1936")])
    pi_canvas(cd / "pi" / "HD-PI-260126.pdf", pi0)

    r1 = [
        ("title", "PROFORMA INVOICE (REVISED)"),
        ("center", f"{SUP}\n{SUPCN}\nNo. 18 Jinguo Road, Siqian Industrial Zone, Xinhui, Jiangmen, Guangdong 529100, China"),
        ("kv", [("PI No.", "HD-PI-260126-R1"), ("Date", "2026-03-16"), ("Replaces", "HD-PI-260126"),
                ("Buyer", "Alpenküche Handels GmbH, Industriezeile 36, 4020 Linz, Austria")]),
        ("table", [["No.", "Item", "Description", "Qty", "Unit price", "Amount"],
                   ["1", "SK-5444", "Undermount sink single bowl 540x440x200mm, SUS304 1.2mm brushed satin, sound pads, "
                                    "strainer 114mm, laser logo", "800 pcs", "USD 38.50", "USD 30,800.00"],
                   ["", "", "TOTAL FOB GUANGZHOU", "800 pcs", "", "USD 30,800.00"]],
         (10, 20, 80, 20, 25, 35)),
        ("kv", [("Deposit received", "USD 9,240.00 (2026-01-29)"), ("Balance due", "USD 21,560.00")]),
        ("h2", "Terms"),
        ("kv", [("Price term", "FOB Guangzhou (Nansha)"), ("Payment", "T/T 30% deposit, 70% balance against copy of B/L"),
                ("Lead time", "40 days after deposit"), ("Packing", "1 pc per 5-ply export carton 59x49x25cm, 800 ctns"),
                ("Standard", "EN 13310, REACH")]),
        ("h2", "NEW BANK INFORMATION - please remit the balance to this account"),
        ("kv", [("Beneficiary", "HK HENGDA GLOBAL TRADING LIMITED"),
                ("Beneficiary address", "Room 1203, 12/F, Wing On Plaza, 62 Mody Road, Tsim Sha Tsui, Kowloon, Hong Kong"),
                ("Bank", "The Hongkong and Shanghai Banking Corporation Limited"),
                ("Bank address", "1 Queen's Road Central, Hong Kong"),
                ("SWIFT", "HSBCHKHHHKH"), ("Account No.", "817-402955-838")]),
        ("p", "Remark: due to company internal arrangement our overseas collections are handled by our Hong Kong company. "
              "The old account can no longer receive USD."),
    ]
    r1path = cd / "pi" / "HD-PI-260126-R1.pdf"
    fpdf_pdf(r1path, r1)

    body1 = """Dear Stefan,

Good news, the 800 pcs SK-5444 are finished and packed, inspection is booked for 18/03.

Please note that due to our company internal arrangement, our company account has changed. Kindly arrange
the balance USD 21,560.00 to our new account in Hong Kong according to the attached revised PI HD-PI-260126-R1.
The old Bank of China account can no longer receive USD payments.

If any question please contact me on my new mobile +852 6391 2207.

Best regards
Grace Li
Sales Manager
Jiangmen Hengda Stainless Steel Products Co., Ltd.
"""
    eml(cd / "chat" / "AK-EK-26-009 balance payment - new bank account.eml",
        [("From", "Grace Li <grace.li@hengda-sink.com>"),
         ("To", "Stefan Huber <s.huber@alpenkueche.at>"),
         ("Subject", "AK-EK-26-009 balance payment - new bank account"),
         ("Date", "Mon, 16 Mar 2026 15:02:41 +0800"),
         ("Message-ID", "<202603161502410338@hengda-sink.com>"),
         ("X-Mailer", "Foxmail 7.2.25.375[cn]")],
        body1, [("HD-PI-260126-R1.pdf", r1path.read_bytes(), "application/pdf")],
        boundary="----=_001_NextPart347120387622_=----")

    body2 = """Dear Grace,

we will not pay to a Hong Kong account or to any company other than the one on our contract.
Before anything else I will call Mr. Liang on the number in our supplier file (+86 750 6322 8800),
not on the mobile number in your mail. Until the change is verified the balance stays on hold.
Please send the inspection report as soon as you have it.

Mit freundlichen Grüßen
Stefan Huber
Einkauf · Alpenküche Handels GmbH · Industriezeile 36 · 4020 Linz

-----Ursprüngliche Nachricht-----
Von: Grace Li <grace.li@hengda-sink.com>
Gesendet: Montag, 16. März 2026 08:02
An: Stefan Huber <s.huber@alpenkueche.at>
Betreff: AK-EK-26-009 balance payment - new bank account

> Dear Stefan,
> Good news, the 800 pcs SK-5444 are finished and packed, inspection is booked for 18/03.
> Please note that due to our company internal arrangement, our company account has changed. Kindly arrange
> the balance USD 21,560.00 to our new account in Hong Kong according to the attached revised PI HD-PI-260126-R1.
> Best regards
> Grace Li
"""
    eml(cd / "chat" / "AW_ AK-EK-26-009 balance payment - new bank account.eml",
        [("From", "Stefan Huber <s.huber@alpenkueche.at>"),
         ("To", "Grace Li <grace.li@hengda-sink.com>"),
         ("Cc", "einkauf@alpenkueche.at"),
         ("Subject", "AW: AK-EK-26-009 balance payment - new bank account"),
         ("Date", "Mon, 16 Mar 2026 09:47:05 +0100"),
         ("Message-ID", "<AM9PR0401MB0094711@alpenkueche.at>"),
         ("In-Reply-To", "<202603161502410338@hengda-sink.com>")],
        body2)

    insp = [
        ("title", "FINAL RANDOM INSPECTION REPORT"),
        ("center", "South China Inspection Partners Ltd. · Report SCIP-JM-260318-07 · 18 March 2026"),
        ("kv", [("Client", "Alpenküche Handels GmbH"), ("Supplier", "Jiangmen Hengda Stainless Steel Products Co., Ltd."),
                ("Product", "SK-5444 undermount sink, PO AK-EK-26-009"), ("Lot", "800 pcs / 800 ctns, 100% packed")]),
        ("h1", "Result: PASSED"),
        ("table", [["Sampling", "Level", "Sample", "AQL", "Ac/Re", "Found"],
                   ["Critical", "GII", "80", "0", "0/1", "0"],
                   ["Major", "GII", "80", "2.5", "5/6", "1"],
                   ["Minor", "GII", "80", "4.0", "7/8", "3"]], (30, 20, 25, 20, 25, 25)),
        ("table", [["Measurement", "Spec", "Found (5 pcs)", "Result"],
                   ["Outer L x W", "540 x 440 ±1.5", "540.5x440.2 / 539.8x439.6 / 540.9x440.8 / 540.2x440.1 / 539.5x440.4", "OK"],
                   ["Bowl depth", "200 ±1.5", "200.4 / 199.6 / 200.9 / 200.2 / 199.9", "OK"],
                   ["Thickness", "1.2 mm", "1.19 / 1.21 / 1.20 / 1.20 / 1.18", "OK"],
                   ["Material check (XRF)", "SUS304 Cr 18 / Ni 8", "Cr 18.2 % Ni 8.1 % (3 pcs)", "OK"],
                   ["Weight", "6.8 kg ±5%", "6.74 / 6.82 / 6.79 / 6.85 / 6.71", "OK"]], (35, 35, 85, 20)),
        ("p", "Major: 1 pc scratch > 10 mm on visible surface. Minor: 3 pcs protective film partly lifted. "
              "Water tightness of strainer 5 pcs: OK."),
    ]
    fpdf_pdf(cd / "inspection" / "SCIP-JM-260318-07.pdf", insp, base="carlito")


# ===========================================================================
# CASE 07  enamel mug, Denmark: diameter out of tolerance + payment split
# ===========================================================================
def case07(cd):
    SUP = "Wuyi Ruifeng Enamelware Co., Ltd."
    SUPCN = "武义瑞丰搪瓷制品有限公司"
    order_toml(cd / "order.toml", "NB-2026-118",
               ["Nordlys Brands ApS", "Nordlys", "Mette Kjær", "Mette"],
               [SUP, SUPCN, "Ruifeng", "Leo Zhang", "Leo Zhang 瑞丰搪瓷"],
               ["mette@nordlysbrands.dk", "leo@ruifeng-enamel.com"],
               tolerances={"dimensions": "±1 mm", "capacity": "±5%", "weight": "±5%"})

    spec = [
        ("title", "Product specification PS-EM350 v1.2"),
        ("center", "Nordlys Brands ApS · Refshalevej 147, 1432 København K, Denmark · PO NB-2026-118"),
        ("h1", "1. Product"),
        ("p", "EM-350 enamel camping mug 350 ml with stainless steel rim, white body with speckled blue band, fired "
              "NORDLYS decal. Supplier: Wuyi Ruifeng Enamelware Co., Ltd., Wuyi, Jinhua, Zhejiang."),
        ("h1", "2. Materials / Materialer"),
        ("table", [["Part", "Material"],
                   ["Body", "Cold-rolled low-carbon steel SPCC 0.5 mm, porcelain enamel 2 coats (ground + cover)"],
                   ["Rim", "Stainless steel AISI 304, rolled"],
                   ["Handle", "SPCC, enamelled, spot welded"],
                   ["Decal", "Lead-free ceramic decal, fired 820 °C"]], (40, 130)),
        ("h1", "3. Dimensions and tolerances / Mål"),
        ("table", [["Ref.", "Characteristic", "Nominal", "Tolerance"],
                   ["D1", "Outer diameter at rim", "86 mm", "±1.0 mm"],
                   ["H1", "Height", "80 mm", "±1.0 mm"],
                   ["D2", "Base diameter", "72 mm", "±1.0 mm"],
                   ["V1", "Capacity (brim-full)", "350 ml", "±5 %"],
                   ["M1", "Weight", "210 g", "±5 %"]], (15, 70, 40, 40)),
        ("p", "Drawing EM-350-01 (described): straight conical wall, rim rolled outward over the stainless band, handle "
              "C-shape 62 mm high attached 8 mm below the rim; band 12 mm wide, 10 mm below rim."),
        ("h1", "4. Colour and decoration"),
        ("p", "Body white (enamel white, approved swatch W-01). Band: speckled blue Pantone 2945 C. Logo: NORDLYS decal, "
              "Pantone 2945 C, 30 x 12 mm, opposite the handle, 25 mm below rim."),
        ("h1", "5. Compliance"),
        ("p", "Lead and cadmium release per EU 84/500/EEC (as amended) and LFGB §30/31, test report by accredited lab per "
              "production batch. Not microwave safe - symbol on bottom sticker."),
        ("pb",),
        ("h1", "6. Packaging / Emballage"),
        ("p", "1 pc in white printed box 90 x 90 x 85 mm; 36 pcs/ctn; 5-ply export carton 45 x 45 x 30 cm; carton marks "
              "with PO, item, quantity, carton number, G.W./N.W."),
        ("h1", "7. Quality"),
        ("p", "Chipping is a major defect. Final inspection AQL II 2.5/4.0 by buyer's QC agent before balance."),
        ("h1", "8. Commercial terms"),
        ("kv", [("Quantity", "6,000 pcs"), ("Price", "USD 1.62/pc FOB Ningbo (quotation RF-Q-2601-09, accepted)"),
                ("Payment", "T/T 30% deposit, 70% against copy of B/L"), ("Lead time", "40 days after deposit")]),
        ("p", "Approved: Mette Kjær, Product & Sourcing, 16.01.2026"),
    ]
    fpdf_pdf(cd / "spec" / "PS-EM350_v1.2.pdf", spec, header="Nordlys Brands ApS - PS-EM350 v1.2")

    gs = [
        ("title", "Golden sample record EM-350"),
        ("p", "Samples: 3 pcs from production mould M-86, received 14.01.2026. Measured by Nordlys QC, København."),
        ("table", [["Characteristic", "Nominal / tol.", "S1", "S2", "S3", "Result"],
                   ["D1 outer Ø at rim", "86 ±1.0 mm", "86.3", "85.8", "86.4", "OK"],
                   ["H1 height", "80 ±1.0 mm", "79.8", "80.2", "80.1", "OK"],
                   ["D2 base Ø", "72 ±1.0 mm", "72.1", "71.9", "72.3", "OK"],
                   ["V1 capacity", "350 ml ±5 %", "352 ml", "348 ml", "355 ml", "OK"],
                   ["M1 weight", "210 g ±5 %", "212 g", "208 g", "214 g", "OK"],
                   ["Band colour 2945 C", "visual", "OK", "OK", "OK", "OK"]]),
        ("p", "Approved as golden sample by Mette Kjær on 20.01.2026. One sample retained by the supplier as production reference."),
    ]
    docx_file(cd / "sample" / "Golden_sample_EM-350.docx", gs, font="Cambria")

    quote = [
        ("title", "QUOTATION RF-Q-2601-09"),
        ("p", f"{SUP} {SUPCN}, Baiyang Industrial Zone, Wuyi, Jinhua, Zhejiang 321200, China"),
        ("p", "Date 2026-01-09 · Customer: Nordlys Brands ApS (Mette Kjær)"),
        ("table", [["Item", "Description", "Size", "MOQ", "USD/pc FOB Ningbo"],
                   ["EM-350", "Enamel mug 350ml, SS rim, white + speckled band, fired decal logo", "Ø86 x H80mm", "3,000 pcs", "1.62"],
                   ["EM-500", "Enamel mug 500ml (option)", "Ø96 x H88mm", "3,000 pcs", "1.95"]], [20, 75, 30, 25, 30]),
        ("p", "Payment: T/T 30% deposit, balance 70% against copy of B/L. Lead time: 40 days. Packing: white box, 36pcs/ctn, "
              "5 ply 45x45x30cm. Valid 30 days."),
    ]
    platypus_pdf(cd / "quotes" / "RF-Q-2601-09.pdf", quote, font="LibSans", bold="LibSans-Bold")

    pi = {
        "sup_en": SUP.upper(), "sup_cn": SUPCN,
        "sup_addr": "Baiyang Industrial Zone, Wuyi, Jinhua, Zhejiang 321200, China",
        "sup_contact": "Tel +86 579 8766 5123 · leo@ruifeng-enamel.com",
        "pi_no": "RF-PI-260205", "date": "2026-02-05",
        "buyer": ["NORDLYS BRANDS APS", "Refshalevej 147", "1432 København K, Denmark", "CVR DK38123456"],
        "items": [{"sku": "EM-350", "desc": ["Enamel mug 350ml, Ø 83 x H 80 mm", "SPCC 0.5mm, SS304 rim",
                                               "white + speckled band PMS 2945C, decal"],
                   "qty": "6,000 pcs", "unit": "USD 1.62", "amount": "USD 9,720.00"}],
        "total_label": "TOTAL FOB NINGBO", "total_qty": "6,000 pcs", "total": "USD 9,720.00",
        "say": say("9720", "US DOLLARS"),
        "terms": [("Price term", "FOB Ningbo"),
                  ("Payment", "T/T 50% deposit (USD 4,860.00), 50% balance before shipment"),
                  ("Lead time", "40 days after deposit"),
                  ("Packing", "white box, 36 pcs/ctn, 167 ctns, 5 ply carton 45x45x30cm"),
                  ("Test", "LFGB + 84/500/EEC per batch")],
        "bank": [("Beneficiary", "Wuyi Ruifeng Enamelware Co., Ltd."),
                 ("Bank", "Agricultural Bank of China, Wuyi Sub-branch"),
                 ("SWIFT", "ABOCCNBJ110"), ("A/C", "1961 2101 0400 8853 2")],
    }
    pi_canvas(cd / "pi" / "RF-PI-260205.pdf", pi, font="DejaVu", bold="DejaVu-Bold")

    wc = """Leo Zhang 瑞丰搪瓷 2026-02-05 16:20
Mette 你好, PI RF-PI-260205 已发邮件 please check

Leo Zhang 瑞丰搪瓷 2026-02-05 16:21
Our Ø86 mould is busy for another customer until May, we use the Ø83 mould, same height, almost same capacity 👍

Mette Kjær 2026-02-05 16:48
Leo, Ø 83 is not approved. The golden sample is Ø 86 and our lids and gift boxes are made for 86. Please revise the PI to Ø 86 as per spec

Leo Zhang 瑞丰搪瓷 2026-02-05 16:55
[Emoji]

Leo Zhang 瑞丰搪瓷 2026-02-05 16:56
I will discuss with production manager tomorrow

Mette Kjær 2026-02-05 17:02
Also we saw the payment terms in the PI, I answer by mail

Leo Zhang 瑞丰搪瓷 2026-02-06 09:10
ok. btw EM-500 now USD 1.99 because steel price, for your next order
"""
    write(cd / "chat" / "WeChat_Leo_Zhang_瑞丰搪瓷.txt", wc)

    body = """Dear Leo,

we cannot accept the payment terms in RF-PI-260205. Our agreement (quotation RF-Q-2601-09 and our spec PS-EM350
section 8) is T/T 30% deposit and 70% against copy of B/L. 50% deposit and 50% before shipment is not acceptable
for us. Please send a revised PI with 30/70 against copy of B/L and Ø 86 mm. We will pay the deposit only against
the corrected PI.

Med venlig hilsen / Best regards
Mette Kjær
Nordlys Brands ApS

On Thu, 5 Feb 2026 at 16:15, Leo Zhang <leo@ruifeng-enamel.com> wrote:
> Dear Mette,
> attached PI RF-PI-260205 for 6,000 pcs EM-350. Due to steel price this year our boss requires 50% deposit
> and balance before shipment for all new customers. Hope you understand.
> Best regards, Leo
"""
    eml(cd / "chat" / "Re_ PI RF-PI-260205 EM-350.eml",
        [("From", "=?utf-8?q?Mette_Kj=C3=A6r?= <mette@nordlysbrands.dk>"),
         ("To", "Leo Zhang <leo@ruifeng-enamel.com>"),
         ("Subject", "Re: PI RF-PI-260205 EM-350"),
         ("Date", "Fri, 6 Feb 2026 08:31:10 +0100"),
         ("Message-ID", "<CAM7e2Xq+Nordlys-0206@mail.gmail.com>"),
         ("In-Reply-To", "<20260205161502.RF88@ruifeng-enamel.com>")],
        body)


# ===========================================================================
# CASE 08  wool felt slippers, Norway: inspection FAILED, release condition
# ===========================================================================
def case08(cd):
    SUP = "Anji Feltcraft Co., Ltd."
    SUPCN = "安吉毡艺制品有限公司"
    order_toml(cd / "order.toml", "FS-NO-26-007",
               ["Fjellsko Norge AS", "Fjellsko", "Ingrid Solberg", "Ingrid"],
               [SUP, SUPCN, "Feltcraft", "Cindy Wu", "Cindy Wu Feltcraft"],
               ["ingrid@fjellsko.no", "cindy@anji-feltcraft.com"],
               release={"inspection": "passed"},
               tolerances={"dimensions": "±3 mm", "weight": "±8%"})

    spec = [
        ("title", "Produktspesifikasjon / Product specification FS-210 (rev. 2)"),
        ("center", "Fjellsko Norge AS · Sandakerveien 56, 0477 Oslo, Norway · Order FS-NO-26-007"),
        ("h1", "1 Produkt / Product"),
        ("p", "FS-210 tøffel i ullfilt / wool felt slipper, closed heel, unisex, EU sizes 36-45. "
              "Supplier: Anji Feltcraft Co., Ltd., Anji, Huzhou, Zhejiang."),
        ("h1", "2 Materialer / Materials"),
        ("table", [["Del / Part", "Materiale / Material", "Krav / Requirement"],
                   ["Overdel / upper", "100% wool felt, 5 mm", "density 0.30 g/cm³ ±0.03, OEKO-TEX Standard 100 class II"],
                   ["Innersåle / insole", "Wool felt 3 mm on EVA 2 mm", "removable"],
                   ["Såle / outsole", "TPR 3 mm, dotted anti-slip", "slip resistance SATRA TM144 ≥ 0.30 (wet)"],
                   ["Tråd / thread", "Polyester 40/3", "colour matched"]], (35, 55, 80)),
        ("h1", "3 Mål og vekt / Dimensions and weight"),
        ("table", [["Size", "Inner length (mm)", "Outsole length (mm)", "Weight/pair (g)"],
                   ["36", "235", "255", "330"], ["38", "248", "268", "350"], ["40", "261", "281", "372"],
                   ["42", "274", "294", "395"], ["44", "287", "307", "420"], ["45", "294", "314", "432"]], (30, 45, 45, 45)),
        ("p", "Tolerances: lengths ±3 mm, felt thickness ±0.5 mm, weight ±8 %."),
        ("h1", "4 Farge / Colour"),
        ("p", "Upper: light grey melange per approved swatch FS-G2 (wool dyed, no printing). Outsole: dark grey Pantone 432 C."),
        ("h1", "5 Merking / Labelling"),
        ("p", "Woven label FJELLSKO 40 x 12 mm at the heel seam; size printed on insole; hang tag with EAN per size."),
        ("h1", "6 Emballasje / Packaging"),
        ("p", "1 pair per recycled PE bag with suffocation warning (NO/SE/DA/FI); 20 pairs/ctn, size-assorted per "
              "ratio 1-2-3-3-2-2-2-2-2-1 (36-45); 5-ply export carton 60 x 40 x 40 cm."),
        ("h1", "7 Kvalitet / Quality"),
        ("p", "Final random inspection by third party, ISO 2859-1 GII, AQL major 2.5 / minor 4.0. Glue marks visible on "
              "the upper and wrong size labels are major defects. The balance is paid only after a PASSED report."),
        ("h1", "8 Kommersielt / Commercial"),
        ("kv", [("Quantity", "3,000 pairs (assorted sizes)"), ("Price", "EUR 6.35 per pair, FOB Shanghai"),
                ("Payment", "T/T 30% deposit, 70% against copy of B/L"), ("Lead time", "45 days after deposit")]),
        ("p", "Godkjent / approved: Ingrid Solberg, innkjøp, 12.01.2026"),
    ]
    fpdf_pdf(cd / "spec" / "FS-210_produktspesifikasjon.pdf", spec, base="carlito")

    gs = [("Målinger",
           [["GOLDEN SAMPLE / GODKJENT PRØVE  FS-210", None, None, None, None, None],
            ["Size", "Inner length spec", "Measured", "Felt thickness (5±0.5)", "Weight/pair spec", "Measured"],
            ["36", 235, 236, 5.1, 330, 326],
            ["40", 261, 262, 5.2, 372, 379],
            ["44", 287, 285, 4.9, 420, 414]],
           ["A1:F1"], {"A": 8, "B": 16, "C": 12, "D": 20, "E": 16, "F": 12}),
          ("Godkjenning",
           [["Godkjenning / approval", None],
            ["Samples", "3 pairs (size 36, 40, 44)"],
            ["Colour", "FS-G2 light grey melange - OK"],
            ["Slip test", "SATRA TM144 wet 0.36 - OK"],
            ["Approved by", "Ingrid Solberg, 26.01.2026"]],
           ["A1:B1"], {"A": 20, "B": 50})]
    xlsx_file(cd / "sample" / "FS-210_golden_sample.xlsx", gs)

    q = [("Tilbud-Quotation",
          [["ANJI FELTCRAFT CO., LTD.  安吉毡艺制品有限公司", None, None, None, None],
           ["Quotation AF-Q-2601-03 · 2026-01-06 · Fjellsko Norge AS", None, None, None, None],
           ["Item", "Description", "MOQ", "EUR/pair FOB Shanghai", "Packing"],
           ["FS-210", "Wool felt slipper 5mm, TPR sole, EU 36-45 assorted", "1,000 prs", 6.35, "20 prs/ctn, 5 ply 60x40x40"],
           ["Terms", "T/T 30% deposit, 70% against copy of B/L; lead time 45 days; valid 30 days", None, None, None]],
          ["A1:E1", "A2:E2", "B5:E5"], {"A": 10, "B": 44, "C": 10, "D": 18, "E": 26})]
    xlsx_file(cd / "quotes" / "AF-Q-2601-03.xlsx", q)

    pi = [
        ("title", "PROFORMA INVOICE AF-PI-260210"),
        ("p", f"Seller: {SUP} {SUPCN}, No. 9 Yingbin Road, Dipu Street, Anji, Huzhou, Zhejiang 313300, China"),
        ("p", "Buyer: Fjellsko Norge AS, Sandakerveien 56, 0477 Oslo, Norway (org. 923 456 789 MVA) · Date 2026-02-10 · "
              "Order FS-NO-26-007"),
        ("table", [["No.", "Item", "Description", "Qty", "Unit price", "Amount"],
                   ["1", "FS-210", "Wool felt slipper 5mm, light grey melange FS-G2, TPR sole, sizes 36-45 assorted",
                    "3,000 prs", "EUR 6.35", "EUR 19,050.00"],
                   ["", "", "TOTAL FOB SHANGHAI", "3,000 prs", "", "EUR 19,050.00"]], (10, 18, 70, 22, 22, 28)),
        ("p", say("19050", "EURO")),
        ("h2", "Terms"),
        ("table", [["Price term", "FOB Shanghai"], ["Payment", "T/T 30% deposit (EUR 5,715.00), 70% against copy of B/L"],
                   ["Lead time", "45 days after deposit"],
                   ["Packing", "1 pair/PE bag, 20 prs/ctn, 150 ctns, 5-ply carton 60x40x40cm"],
                   ["Inspection", "third party final inspection AQL 2.5/4.0, balance after PASSED report"]], (40, 130)),
        ("h2", "Bank"),
        ("table", [["Beneficiary", "Anji Feltcraft Co., Ltd."], ["Bank", "Bank of Huzhou, Anji Branch"],
                   ["SWIFT", "HZBKCN2HXXX"], ["EUR account", "1020 0000 5521 8890 0"]], (40, 130)),
    ]
    platypus_pdf(cd / "pi" / "AF-PI-260210.pdf", pi)

    c = CanvasDoc(cd / "inspection" / "NAQC-HZ-2604-0331_FRI.pdf", "LibSerif", "LibSerif-Bold")
    c.line("NordAsia Quality Control Ltd. · Huzhou office", size=9)
    c.line("FINAL RANDOM INSPECTION REPORT", size=15, bold=True)
    c.line("Report No. NAQC-HZ-2604-0331 · Inspection date: 13.04.2026 · Client: Fjellsko Norge AS · PO FS-NO-26-007")
    c.line("Factory: Anji Feltcraft Co., Ltd. · Product: FS-210 wool felt slipper · Quantity: 3,000 prs / 150 ctns (100% packed)")
    c.space(6)
    c.line("OVERALL RESULT:  FAILED", size=13, bold=True)
    c.space(4)
    xs = [15, 45, 70, 95, 120, 145, 170]
    c.row(["Class", "Level", "Sample", "AQL", "Accept", "Reject", "Found"], xs, bold=True, box=True)
    c.row(["Critical", "GII", "125", "0", "0", "1", "0"], xs, box=True)
    c.row(["Major", "GII", "125", "2.5", "7", "8", "11"], xs, box=True)
    c.row(["Minor", "GII", "125", "4.0", "10", "11", "9"], xs, box=True)
    c.space(4)
    c.line("Major defects: 7 prs glue marks on upper near outsole; 3 prs size label 41 in carton for size 40; 1 pr loose heel seam.")
    c.line("Minor defects: 6 prs loose thread ends; 3 prs felt fluff on TPR sole.")
    c.space(4)
    c.line("Measurements (size 40, 5 prs):", bold=True)
    xs2 = [15, 70, 105, 170]
    c.row(["Characteristic", "Spec", "Measured", "Result"], xs2, bold=True, box=True)
    c.row(["Inner length", "261 ±3 mm", "260 / 262 / 261 / 263 / 259", "OK"], xs2, box=True)
    c.row(["Felt thickness", "5.0 ±0.5 mm", "5.1 / 5.2 / 4.9 / 5.0 / 5.1", "OK"], xs2, box=True)
    c.row(["Weight / pair", "372 g ±8 %", "368 / 377 / 381 / 365 / 374", "OK"], xs2, box=True)
    c.row(["Carton 60x40x40 5-ply", "20 prs/ctn", "60.5x40.3x40.2, 20 prs", "OK"], xs2, box=True)
    c.space(4)
    c.line("Tests: carton drop OK; colour vs FS-G2 OK; slip test not performed (lab); barcode scan 10/10 OK.")
    c.line("Conclusion: lot FAILED (major defects 11 > Ac 7). Re-inspection required after 100% rework by the factory.", bold=True)
    c.space(6)
    c.line("Inspector: Zhao Min · Approved: Lars Eide (NAQC Oslo)")
    c.save()

    wa = """13.04.2026, 18:40 - Cindy Wu Feltcraft: Ingrid, sorry, inspection today failed because of glue marks and some size labels 😞
13.04.2026, 18:42 - Cindy Wu Feltcraft: We rework all 150 ctns this week, re-inspection can be 22.04
13.04.2026, 19:05 - Ingrid Solberg: OK Cindy. Balance only after the re-inspection has passed, as in the spec
13.04.2026, 19:07 - Cindy Wu Feltcraft: understand. Can we ship and you pay after? vessel 24.04 is booked
13.04.2026, 19:15 - Ingrid Solberg: No, first PASSED report, then shipment and balance against B/L copy
14.04.2026, 08:02 - Cindy Wu Feltcraft: ok 👌 we book re-inspection with NordAsia
14.04.2026, 08:30 - Ingrid Solberg: Takk! Btw the 2,000 pairs for next winter in dark grey, can you quote? Last year EUR 6.10
14.04.2026, 08:41 - Cindy Wu Feltcraft: Dark grey EUR 6.20 for 2,000 prs, I send quotation next week
"""
    write(cd / "chat" / "WhatsApp-chat med Cindy Wu Feltcraft.txt", wa)


# ===========================================================================
# CASE 09  PP storage boxes, Spain, 3 SKUs, EUR, clean
# ===========================================================================
def case09(cd):
    SUP = "Taizhou Huangyan Jiali Plastic Co., Ltd."
    SUPCN = "台州市黄岩佳利塑料有限公司"
    order_toml(cd / "order.toml", "HO-2026-0331",
               ["Hogar Orden S.A.", "Hogar Orden", "Javier Soler", "Javier"],
               [SUP, SUPCN, "Jiali", "Rita Ye", "Rita Ye Jiali"],
               ["j.soler@hogarorden.es", "rita@jiali-plastic.com"],
               roles={"docs/Packing_list_HO-2026-0331.xlsx": "other"},
               tolerances={"dimensions": "±2 mm", "weight": "±5%", "capacity": "±3%"})

    spec = [
        ("title", "Especificación de producto / Product specification EP-CAJ-2026"),
        ("p", "Cliente / Buyer: Hogar Orden S.A., Avenida de las Cortes Valencianas 58, 46015 Valencia, España. "
              "Pedido / PO: HO-2026-0331. Proveedor / Supplier: Taizhou Huangyan Jiali Plastic Co., Ltd., Huangyan, "
              "Taizhou, Zhejiang. Oferta aceptada / accepted quotation: JL-Q-2601-031 (15/01/2026)."),
        ("h1", "1. Artículos / Items"),
        ("table", [["Ref.", "Descripción", "Capacidad / capacity", "Medidas ext. / outer L x W x H", "Peso / weight", "Cantidad / qty"],
                   ["CAJ-12", "Caja con tapa y clips / box with lid and clips", "12 L", "390 x 260 x 180 mm", "520 g", "6,000 pcs"],
                   ["CAJ-30", "Caja con tapa y clips / box with lid and clips", "30 L", "480 x 350 x 260 mm", "1,050 g", "4,000 pcs"],
                   ["CAJ-55", "Caja con tapa, clips y ruedas / with wheels", "55 L", "600 x 400 x 330 mm", "1,780 g", "2,400 pcs"]]),
        ("h1", "2. Materiales / Materials"),
        ("bullet", "Cuerpo / body: PP virgen transparente (copolímero random), apto para contacto alimentario / virgin PP random copolymer, clear, food contact grade"),
        ("bullet", "Tapa / lid: PP virgen, color gris Pantone Cool Gray 9 C"),
        ("bullet", "Clips: PP virgen, color blanco; ruedas CAJ-55: PP + TPR"),
        ("h1", "3. Tolerancias / Tolerances"),
        ("table", [["Característica", "Tolerancia"], ["Medidas / dimensions", "±2 mm"], ["Peso / weight", "±5 %"],
                   ["Capacidad / capacity", "±3 %"], ["Espesor pared / wall", "1.6 mm mín."]]),
        ("h1", "4. Marcado / Marking"),
        ("p", "Logo HOGAR ORDEN embossed in the mould on the lid, 80 x 15 mm; PP recycling symbol \"5\" and capacity on "
              "the bottom; food contact symbol."),
        ("h1", "5. Embalaje / Packaging"),
        ("table", [["Ref.", "uds./caja / pcs/ctn", "Caja / carton"],
                   ["CAJ-12", "12", "5-ply 80 x 54 x 40 cm, nested"],
                   ["CAJ-30", "8", "5-ply 98 x 72 x 55 cm, nested"],
                   ["CAJ-55", "4", "5-ply 62 x 42 x 78 cm, nested"]]),
        ("p", "Label on each box: EAN-13 sticker 8412345678901 / ...902 / ...903 on the lid."),
        ("h1", "6. Certificación / Compliance"),
        ("p", "Food contact: Regulation (EU) No 10/2011 migration test; REACH SVHC declaration."),
        ("h1", "7. Condiciones / Commercial terms"),
        ("table", [["Concepto", "Valor"], ["Moneda / currency", "EUR"],
                   ["Precio / price", "CAJ-12 EUR 1.05; CAJ-30 EUR 1.88; CAJ-55 EUR 3.20 per pc"],
                   ["Incoterm", "FOB Ningbo"], ["Pago / payment", "T/T 30% depósito, 70% contra copia de B/L"],
                   ["Plazo / lead time", "30 days after deposit"]]),
        ("p", "Aprobado / approved: Javier Soler, Compras, 19/01/2026"),
    ]
    docx_file(cd / "spec" / "EP-CAJ-2026_especificacion.docx", spec)

    q = [("Cotización EUR",
          [["TAIZHOU HUANGYAN JIALI PLASTIC CO., LTD.  台州市黄岩佳利塑料有限公司", None, None, None, None, None, None],
           ["QUOTATION JL-Q-2601-031   Date: 2026-01-13   To: Hogar Orden S.A. (Javier Soler)", None, None, None, None, None, None],
           ["Item", "Photo", "Description", "Size (mm)", "Capacity", "MOQ", "EUR/pc FOB Ningbo"],
           ["CAJ-12", "[img]", "PP clear box, grey lid, white clips", "390x260x180", "12L", "3,000", 1.05],
           ["CAJ-30", "[img]", "PP clear box, grey lid, white clips", "480x350x260", "30L", "2,000", 1.88],
           ["CAJ-55", "[img]", "PP clear box with wheels, grey lid", "600x400x330", "55L", "1,200", 3.20]],
          ["A1:G1", "A2:G2"], {"A": 10, "B": 8, "C": 34, "D": 14, "E": 10, "F": 8, "G": 16}),
         ("Terms",
          [["Payment", "30% T/T deposit, 70% against B/L copy"], ["Lead time", "30 days"],
           ["Material", "100% virgin PP, food grade"], ["Validity", "30 days"]], [], {"A": 14, "B": 50}),
         ("Packing",
          [["Item", "Pcs/ctn", "Ctn size cm", "G.W. kg/ctn", "N.W. kg/ctn"],
           ["CAJ-12", 12, "80x54x40", 7.0, 6.24], ["CAJ-30", 8, "98x72x55", 9.4, 8.40],
           ["CAJ-55", 4, "62x42x78", 8.0, 7.12]], [], {"A": 10, "C": 14})]
    xlsx_file(cd / "quotes" / "JL-Q-2601-031.xlsx", q)

    base = {
        "sup_en": SUP.upper(), "sup_cn": SUPCN,
        "sup_addr": "No. 66 Xinqian Road, Huangyan Economic Development Zone, Taizhou, Zhejiang 318020, China",
        "sup_contact": "Tel +86 576 8468 2201 · rita@jiali-plastic.com",
        "items": [
            {"sku": "CAJ-12", "desc": ["PP storage box 12L 390x260x180mm"], "qty": "6,000 pcs", "unit": "EUR 1.05", "amount": "EUR 6,300.00"},
            {"sku": "CAJ-30", "desc": ["PP storage box 30L 480x350x260mm"], "qty": "4,000 pcs", "unit": "EUR 1.88", "amount": "EUR 7,520.00"},
            {"sku": "CAJ-55", "desc": ["PP storage box 55L with wheels 600x400x330mm"], "qty": "2,400 pcs", "unit": "EUR 3.20", "amount": "EUR 7,680.00"}],
        "total_label": "TOTAL FOB NINGBO", "total_qty": "12,400 pcs", "total": "EUR 21,500.00",
        "say": say("21500", "EURO"),
        "terms": [("Price term", "FOB Ningbo"), ("Payment", "30% T/T deposit (EUR 6,450.00), 70% against copy of B/L"),
                  ("Lead time", "30 days after deposit"),
                  ("Packing", "12 / 8 / 4 pcs per 5-ply carton, 500 + 500 + 600 = 1,600 ctns"),
                  ("Material", "virgin PP, food contact EU 10/2011")],
        "bank": [("Beneficiary", "Taizhou Huangyan Jiali Plastic Co., Ltd."),
                 ("Bank", "Zhejiang Tailong Commercial Bank, Huangyan Sub-branch"),
                 ("SWIFT", "ZJTLCNBHXXX"), ("EUR A/C", "3301 0120 2000 5566 8")],
    }
    pi0 = dict(base, pi_no="JL-PI-260212", date="2026-02-12",
               buyer=["HOGAR ORDEN S.L.", "Avenida de las Cortes Valencianas 58", "46015 Valencia, Spain", "VAT ES B46123457"])
    pi_canvas(cd / "pi" / "JL-PI-260212.pdf", pi0)
    pi1 = dict(base, pi_no="JL-PI-260212-R1", date="2026-02-13",
               buyer=["HOGAR ORDEN S.A.", "Avenida de las Cortes Valencianas 58", "46015 Valencia, Spain", "VAT ES A46123456"],
               remark=["R1: buyer company form and VAT number corrected as requested. Goods, prices and terms unchanged."])
    pi_canvas(cd / "pi" / "JL-PI-260212-R1.pdf", pi1)

    wa = """12/2/26, 10:05 - Rita Ye Jiali: Buenos días Javier, PI sent 😊
12/2/26, 10:31 - Javier Soler: Hola Rita, we are S.A. not S.L., and VAT is ES A46123456. Please correct
12/2/26, 10:33 - Rita Ye Jiali: sorry!! I correct tomorrow
13/2/26, 9:12 - Rita Ye Jiali: R1 sent with correct name and VAT
13/2/26, 9:40 - Javier Soler: Perfecto, gracias. ¿Las cajas de 30L siguen 8 pcs/ctn?
13/2/26, 9:42 - Rita Ye Jiali: yes 8 pcs/ctn, same as quotation
13/2/26, 9:45 - Javier Soler: Deposit 30% EUR 6,450.00 on Monday
16/2/26, 15:20 - Rita Ye Jiali: Deposit received, thank you. Happy new year of the horse 🐴
2/3/26, 11:02 - Rita Ye Jiali: Javier for next season we can also quote in USD: CAJ-30 USD 2.05 FOB Ningbo, valid from September
2/3/26, 11:30 - Javier Soler: Gracias, para el pedido de otoño lo vemos. How many ctns in a 40HQ for CAJ-30?
2/3/26, 11:35 - Rita Ye Jiali: about 175 ctns = 1,400 pcs CAJ-30 per 40HQ
17/3/26, 16:00 - Rita Ye Jiali: Goods ready, inspection 19/3 OK?
17/3/26, 16:04 - Javier Soler: OK
"""
    write(cd / "chat" / "Chat de WhatsApp con Rita Ye Jiali.txt", wa)

    pk = [("Packing list",
           [["PACKING LIST  JL-PI-260212-R1  /  PO HO-2026-0331", None, None, None, None, None, None, None],
            ["Item", "Qty (pcs)", "Pcs/ctn", "Ctns", "N.W./ctn kg", "G.W./ctn kg", "Total G.W. kg", "CBM"],
            ["CAJ-12", 6000, 12, 500, 6.24, 7.00, 3500.0, 86.40],
            ["CAJ-30", 4000, 8, 500, 8.40, 9.40, 4700.0, 194.04],
            ["CAJ-55", 2400, 4, 600, 7.12, 8.00, 4800.0, 121.87],
            ["TOTAL", 12400, None, 1600, None, None, 13000.0, 402.31]],
           ["A1:H1"], {"A": 10, "B": 10, "C": 9, "D": 8, "E": 12, "F": 12, "G": 14, "H": 10})]
    xlsx_file(cd / "docs" / "Packing_list_HO-2026-0331.xlsx", pk)

    body = """
<h1>Inspection certificate / Informe de inspección</h1>
<p>Levante Sourcing Services S.L. – Ningbo office · Report LSS-NB-0319-22 · 19/03/2026 · Client Hogar Orden S.A.</p>
""" + html_table([["Item", "Qty", "Sample", "Critical (0)", "Major 2.5 (Ac/Re)", "Minor 4.0 (Ac/Re)", "Result"],
                  ["CAJ-12", "6,000", "200", "0", "3 (10/11)", "5 (14/15)", "PASS"],
                  ["CAJ-30", "4,000", "200", "0", "2 (10/11)", "6 (14/15)", "PASS"],
                  ["CAJ-55", "2,400", "125", "0", "1 (7/8)", "4 (10/11)", "PASS"]]) + """
<h2>Measurements</h2>
""" + html_table([["Item", "Spec", "Measured (avg of 5)", "Capacity", "Weight", "Result"],
                  ["CAJ-12", "390x260x180", "390.6x259.4x180.5", "12.2 L", "515 g", "OK"],
                  ["CAJ-30", "480x350x260", "481.1x350.8x259.2", "30.5 L", "1,062 g", "OK"],
                  ["CAJ-55", "600x400x330", "599.2x401.3x331.0", "55.9 L", "1,771 g", "OK"]]) + """
<p><b>Overall result: PASS</b> – lid fit, clip function 20 cycles, wheel rotation, drop test 1 m at -5 °C: OK.</p>
"""
    weasy_pdf(cd / "inspection" / "LSS-NB-0319-22.pdf", body, title="LSS-NB-0319-22")


# ===========================================================================
# CASE 10  cordless drill battery pack, Finland, clean, L/C at sight, CIF
# ===========================================================================
def case10(cd):
    SUP = "Huizhou Everpower Battery Technology Co., Ltd."
    SUPCN = "惠州市恒力电池科技有限公司"
    order_toml(cd / "order.toml", "PT-26-0042",
               ["Pohjola Tools Oy", "Pohjola Tools", "Antti Virtanen", "Antti"],
               [SUP, SUPCN, "Everpower", "Wendy Huang", "Wendy Everpower"],
               ["antti.virtanen@pohjolatools.fi", "wendy@everpower-battery.com"],
               release={"inspection": "passed"},
               tolerances={"dimensions": "±0.5 mm", "weight": "±5%", "capacity": "±3%"})

    sec = lambda n, t: f"<h2>{n} {esc(t)}</h2>"
    body = f"""
<h1>Tekninen eritelmä / Technical specification TE-BP1840 rev. C</h1>
<p><b>Pohjola Tools Oy</b>, Hatanpään valtatie 34, 33100 Tampere, Finland · Tilaus / order PT-26-0042<br>
Tuote / item: <b>BP-1840</b> 18 V 4.0 Ah Li-ion akku / battery pack for the PT-18 cordless drill platform<br>
Toimittaja / supplier: Huizhou Everpower Battery Technology Co., Ltd. <span class="cn">{SUPCN}</span>, Huizhou, Guangdong</p>
{sec("1", "Soveltamisala / Scope")}
<p>Battery pack for the PT-18 platform (drill, impact driver, jigsaw). This specification, the golden sample record
GS-BP1840 and the accepted quotation EP-Q-260108 form the contract for order PT-26-0042.</p>
{sec("2", "Sähköiset tiedot / Electrical")}
""" + html_table([["Parametri", "Arvo / value", "Toleranssi"],
                  ["Nominal voltage", "18 V (5S, 3.6 V cells)", "—"],
                  ["Capacity", "4.0 Ah (72 Wh) at 0.2C, 20 °C", "±3 %"],
                  ["Cells", "10 x 18650 Li-ion 2,000 mAh, 5S2P, grade A, one cell lot per pack", "—"],
                  ["BMS", "over-charge 4.25 V/cell, over-discharge 2.5 V/cell, over-current 40 A, NTC 10k", "—"],
                  ["Fuel gauge", "3 LEDs + push button", "—"],
                  ["Cycle life", "≥ 500 cycles to 80 % at 1C", "—"]]) + f"""
{sec("3", "Materiaalit / Materials")}
""" + html_table([["Osa / part", "Materiaali / material"],
                  ["Housing", "PC+ABS, UL 94 V-0, RAL 2004 orange upper / RAL 9005 black lower"],
                  ["Terminals", "Phosphor bronze, tin plated"],
                  ["Cell holder", "PC, V-0"], ["Nickel strip", "Pure nickel 0.15 mm"]]) + f"""
{sec("4", "Mitat ja paino / Dimensions and weight")}
""" + html_table([["Mitta", "Nimellinen", "Toleranssi"],
                  ["Length x width x height", "115 x 78 x 68 mm", "±0.5 mm"],
                  ["Rail width (drawing BP-D2 detail A)", "56.0 mm", "±0.1 mm"],
                  ["Weight", "640 g", "±5 %"]]) + f"""
<p>Drawing BP-D1 (described): rail on the top with latch button at the rear, LED gauge on the front face, terminal
block recessed 3 mm, vent slots on both long sides.</p>
{sec("5", "Merkinnät / Marking")}
<p>Pohjola logo pad print white on the orange upper, 50 x 12 mm. Rating label with CE, WEEE, battery recycling
symbol, 18V 4.0Ah 72Wh, batch code.</p>
{sec("6", "Sertifioinnit / Certification")}
<p>CE (EMC 2014/30/EU), IEC 62133-2:2017, UN 38.3 test summary, MSDS, EU Battery Regulation (EU) 2023/1542 label
requirements.</p>
{sec("7", "Pakkaus / Packaging")}
<p>1 pc per printed box; 10 pcs/ctn; 5-ply carton 42 x 28 x 20 cm with UN3480 Class 9 labels; shipped as
dangerous goods with the DGD of the forwarder.</p>
{sec("8", "Laatu / Quality")}
<p>Pre-shipment inspection by a third party, AQL GII 1.0 major (electrical) / 2.5 minor, capacity test on 5 pcs.
Balance paid under the L/C only with a PASSED inspection certificate among the documents.</p>
{sec("9", "Kaupalliset ehdot / Commercial")}
""" + html_table([["Ehto / term", "Arvo / value"], ["Quantity", "2,000 pcs"], ["Price", "USD 21.40 per pc"],
                  ["Incoterm", "CIF Helsinki (Incoterms 2020)"], ["Payment", "Irrevocable L/C at sight"],
                  ["Lead time", "40 days after L/C opening"], ["Warranty", "2 years or 500 cycles"]]) + """
<p>Hyväksytty / approved: Antti Virtanen, hankinta, 13.01.2026</p>
"""
    weasy_pdf(cd / "spec" / "TE-BP1840_revC.pdf", body, css="body{font-family:'DejaVu Sans';font-size:8.8pt}",
              title="TE-BP1840 rev C")

    gs = [("Mittaukset",
           [["GOLDEN SAMPLE RECORD GS-BP1840 / Hyväksytty malli", None, None, None, None, None],
            ["Characteristic", "Nominal", "Tol.", "S1", "S2", "S3"],
            ["Length (mm)", 115.0, "±0.5", 115.2, 115.1, 114.8],
            ["Width (mm)", 78.0, "±0.5", 78.1, 77.9, 78.2],
            ["Height (mm)", 68.0, "±0.5", 68.3, 68.1, 67.9],
            ["Weight (g)", 640, "±5%", 636, 641, 629],
            ["Capacity 0.2C (mAh)", 4000, "±3%", 4060, 4035, 4010],
            ["Voltage as delivered (V)", "18.0–19.5", None, 18.9, 18.8, 18.9]],
           ["A1:F1"], {"A": 26, "B": 10, "C": 8, "D": 8, "E": 8, "F": 8}),
          ("Hyväksyntä",
           [["Approval", None], ["Samples", "3 pcs received 12.01.2026"],
            ["Cell datasheet", "INR18650-20P grade A, lot 2512-07"],
            ["Approved by", "Antti Virtanen"], ["Date", "20.01.2026"]],
           ["A1:B1"], {"A": 18, "B": 40})]
    xlsx_file(cd / "sample" / "GS-BP1840.xlsx", gs)

    quote = [
        ("title", "QUOTATION EP-Q-260108"),
        ("center", f"{SUP}\n{SUPCN}\nNo. 21 Huifeng 3rd Road, Zhongkai Hi-tech Zone, Huizhou, Guangdong 516006, China"),
        ("kv", [("Date", "2026-01-08"), ("To", "Pohjola Tools Oy, Mr. Antti Virtanen"), ("Validity", "30 days")]),
        ("table", [["Model", "Description", "MOQ", "Unit price", "Packing"],
                   ["BP-1840", "18V 4000mAh Li-ion pack 5S2P, 10x18650 2000mAh grade A, BMS, 3-LED gauge, PC+ABS V-0 "
                               "orange/black, logo pad print", "1,000 pcs", "USD 21.40 CIF Helsinki", "10pcs/ctn 42x28x20cm 5 ply"]],
         (20, 80, 20, 30, 30)),
        ("kv", [("Payment", "L/C at sight"), ("Lead time", "40 days after L/C"),
                ("Certificates", "CE, IEC 62133-2, UN38.3, MSDS"), ("Warranty", "2 years")]),
    ]
    fpdf_pdf(cd / "quotes" / "EP-Q-260108.pdf", quote, base="carlito")

    pi = [
        ("title", "PROFORMA INVOICE"),
        ("p", f"{SUP} {SUPCN}"),
        ("p", "No. 21 Huifeng 3rd Road, Zhongkai Hi-tech Zone, Huizhou, Guangdong 516006, China · Tel +86 752 2606 318"),
        ("table", [["PI No.", "EP-PI-260122", "Date", "2026-01-22"],
                   ["Buyer", "Pohjola Tools Oy, Hatanpään valtatie 34, 33100 Tampere, Finland", "Order", "PT-26-0042"]],
         (25, 85, 20, 40)),
        ("table", [["No.", "Model", "Description", "Qty", "Unit price USD", "Amount USD"],
                   ["1", "BP-1840", "Li-ion battery pack 18V 4.0Ah (72Wh), 5S2P 18650 grade A, BMS, 3-LED gauge, "
                                    "orange RAL 2004 / black, Pohjola logo", "2,000 pcs", "21.40", "42,800.00"],
                   ["", "", "TOTAL CIF HELSINKI PORT", "2,000 pcs", "", "42,800.00"]], (10, 20, 75, 20, 22, 23)),
        ("p", say("42800", "US DOLLARS")),
        ("h2", "Terms and conditions"),
        ("table", [["Price term", "CIF Helsinki, Finland"], ["Payment", "Irrevocable L/C at sight, 100% of invoice value"],
                   ["Lead time", "40 days after receipt of L/C"], ["Shipment", "by sea as DG Class 9, UN3480"],
                   ["Packing", "1 pc/box, 10 pcs/ctn, 200 ctns, 5-ply 42x28x20cm"],
                   ["Certificates", "CE, IEC 62133-2, UN38.3 test summary, MSDS"],
                   ["Inspection", "third party PSI before shipment, PASSED certificate required under the L/C"],
                   ["Warranty", "2 years"]], (40, 130)),
        ("h2", "Advising bank / beneficiary"),
        ("table", [["Beneficiary", "Huizhou Everpower Battery Technology Co., Ltd."],
                   ["Bank", "China Construction Bank Huizhou Branch"], ["SWIFT", "PCBCCNBJGDH"],
                   ["Account", "4405 0171 2088 0000 3316"]], (40, 130)),
    ]
    platypus_pdf(cd / "pi" / "EP-PI-260122.pdf", pi, font="LibSans", bold="LibSans-Bold")

    c = CanvasDoc(cd / "inspection" / "PSI_BP-1840_PT-26-0042.pdf", "DejaVu", "DejaVu-Bold", size=9)
    c.line("PEARL RIVER INSPECTION CO., LTD. – PRE-SHIPMENT INSPECTION CERTIFICATE", size=12, bold=True)
    c.line("Certificate No. PRI-HZ-26-0316-04 · Date: 16.03.2026 · Applicant: Pohjola Tools Oy · L/C No. NDEAFIHH-LC-26-0117")
    c.line("Goods: BP-1840 Li-ion battery pack 18V 4.0Ah · Quantity: 2,000 pcs in 200 cartons · Supplier: Huizhou Everpower")
    c.space(6)
    xs = [15, 50, 80, 110, 140, 170]
    c.row(["Class", "Sample", "AQL", "Ac/Re", "Found", "Result"], xs, bold=True, box=True)
    c.row(["Critical", "125", "0", "0/1", "0", "Pass"], xs, box=True)
    c.row(["Major", "125", "1.0", "3/4", "1", "Pass"], xs, box=True)
    c.row(["Minor", "125", "2.5", "7/8", "3", "Pass"], xs, box=True)
    c.space(4)
    xs2 = [15, 70, 110, 170]
    c.row(["Check", "Spec", "Found", "Result"], xs2, bold=True, box=True)
    c.row(["Dimensions (5 pcs)", "115x78x68 ±0.5", "115.1x78.0x68.2 avg", "OK"], xs2, box=True)
    c.row(["Weight (5 pcs)", "640 g ±5%", "628-644 g", "OK"], xs2, box=True)
    c.row(["Capacity 0.2C (5 pcs)", "4.0 Ah ±3%", "3.98-4.07 Ah", "OK"], xs2, box=True)
    c.row(["Fit on PT-18 drill (10 pcs)", "latch + rail", "10/10", "OK"], xs2, box=True)
    c.row(["UN3480 labels, Class 9", "all ctns", "20/20 checked", "OK"], xs2, box=True)
    c.space(6)
    c.line("RESULT: PASSED", size=13, bold=True)
    c.line("Inspector: Liu Yang · This certificate is issued for presentation under the above L/C.")
    c.save()

    wa = """[08.01.26, 10:02:15] Wendy Everpower: Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.
[13.01.26, 09:30:41] Antti Virtanen: Hi Wendy, we accept EP-Q-260108. L/C will be opened by Nordea next week
[13.01.26, 09:33:02] Wendy Everpower: Great!! thank you Antti 🙏
[22.01.26, 15:05:19] Wendy Everpower: PI EP-PI-260122 in your email
[22.01.26, 15:40:08] Antti Virtanen: Thanks, all OK. We sold 2,000 drills in December, so this stock is needed 😀
[22.01.26, 15:41:27] Wendy Everpower: wow nice. btw we have new BP-1850 5.0Ah, USD 25.60 CIF Helsinki, for your next order maybe
[22.01.26, 15:45:50] Antti Virtanen: Send me 2 samples of BP-1850 in April, not for this order
[22.01.26, 15:46:12] Wendy Everpower: ‎image omitted
[29.01.26, 08:11:33] Antti Virtanen: L/C opened today, 42,800.00 USD, at sight
[10.02.26, 19:20:02] Wendy Everpower: Happy Chinese New Year! factory closed 12.02 to 22.02 but cells already in stock, no delay
[10.02.26, 19:31:47] Antti Virtanen: Hyvää uutta vuotta! Here -25 and sauna 80 degrees 😄
[16.03.26, 17:02:10] Wendy Everpower: inspection passed ✅ certificate PRI-HZ-26-0316-04
[16.03.26, 17:10:29] Antti Virtanen: Kiitos! Please present the documents to the bank
"""
    write(cd / "chat" / "_chat.txt", wa)


# ===========================================================================
# notes, README, main
# ===========================================================================
NOTE_TEXT = {
    "01-alu-casserole-clean": """Planted: nothing. Verdict RELEASE.
Baseline: spec/TS-BK-0117_RevB (reportlab platypus, 2 pages, numbered sections, tolerance table 3.3), golden sample
xlsx, accepted quote JH-Q-2601-088 (named by the spec, fpdf2).
Noise that must NOT be flagged:
- pi/JH-PI-260203 (Rev.0) is superseded by JH-PI-260203-R1, whose only change is the buyer block
  (KUCHENBEDARF/Dusseldorf -> KÜCHENBEDARF/Düsseldorf) and the bank block's spelling (upper case, account with/without
  spaces "3568 7420 1193" vs "356874201193"): same beneficiary, bank, SWIFT, account.
- Sample measurements (wall 4.08-4.21 mm, weight 2.31-2.38 kg, Ø 239.8-240.6) are inside the spec tolerances;
  "3 pcs (S1-S3)" is the sample count.
- Chat: "EUR 9.40/pc ... 2,000 pcs" is a 28 cm frying pan for next season (buyer: "not for this order");
  temperatures, "800 pcs coated, 400 to go", "300 ctns", a deleted-message line.
- other/Packliste (role other via order.toml): N.W. 9.40 kg / G.W. 11.20 kg per carton, 3,360 kg total are carton
  weights, not the product weight 2.35 kg.
- "45 days after receipt of deposit" (PI) vs "45 days after deposit" (spec/quote); "30% T/T deposit" vs
  "T/T 30% deposit"; "balance 70% against B/L copy" vs "70% balance against copy of B/L".
- Inspection PASSED (WeasyPrint) satisfies [release] inspection = "passed".
- The spec's warranty "2 years on coating adhesion" is not restated on the PI: not `missing` (the spec does not
  require it on the PI; contract section 3), and no warranty finding is labelled.
""",
    "02-hose-reel-recycled-pp-exw": """Planted:
1. material: spec 3.2 (docx) "virgin PP homopolymer ... 0 % regrind / no recycled content", the sample record
   (supplier declaration Sinopec PP T30S, 0% regrind) and the accepted quote ("PP (virgin) + UV") vs the PI
   HS-PI-260209 (fpdf2, Carlito) "drum & frame: recycled PP + UV stabiliser". In WhatsApp the supplier proposed
   recycled PP; the buyer refused ("No Vivian, la specifica dice PP vergine ... stays virgin PP as per spec 3.2").
   A refusal/confirmation of the original is no approval -> undocumented_change, high (downgrade).
2. incoterm: spec section 6 and quote "FCA Ningbo" vs PI "Price term: EXW Yuyao (our factory)" at the same price;
   never discussed -> undocumented_change, high.
Verdict HOLD.
Noise: PI still says "Port of loading: Ningbo" (port.loading matches - do not flag); quote row HR-30W is a
reference item "not quoted for this order" with no price; Canton Fair "hall 12.1 stand D35"; the buyer's last
message "Ricevuto, la controllo lunedì" is a deferral, not acceptance of the PI; "1,500 sets" everywhere;
"30% T/T in advance" (quote) = "T/T 30% deposit"; account written with spaces.
Borderline: the housing material is one field (material) even though the spec lists several components; the
other components (steel handle, TPR tread, ABS/brass connector) are unchanged.
""",
    "03-office-castors-sku-price-eur": """Planted: 3-SKU order in EUR. Quote RL-Q-2601-12 Rev.1 (reportlab platypus, Liberation Sans) was accepted
by the buyer in chat/RE_ Quotation ... .eml (Outlook-style reply with quoted history and the Rev.1 PDF attached)
and is named in the spec xlsx sheet "Warunki". The PI RL-PI-2602-031 (DOCX, real tables) bills KR-60-PU-H at
EUR 0.92 instead of 0.84. The supplier asked for 0.92 in WhatsApp and the buyer refused ("please keep it. Nie ma
zgody na 0.92") -> price.unit undocumented_change for item KR-60-PU-H, high. Verdict HOLD.
Noise that must NOT be flagged:
- quote Rev.0 (0.58/0.66/0.79, PA tread) is superseded by Rev.1: history, never a conflict.
- KR-50-PU 0.62 and KR-60-PU 0.71 match; the PI total 36,850.00 is consistent with the PI's own lines. Neither the
  spec nor the accepted quote states a total, so no price.total finding is labelled (the same root cause as the
  unit price; a tool reporting price.total here is counted as a false alarm by the key - judged acceptable
  because no baseline total exists).
- KR-75-PU-H EUR 1.18 in WhatsApp is a different product for Q3.
- pcs/ctn 250/200/200, 230 ctns, "50 pcs per PE bag" (inner), stem 11x22 mm, load 50/60 kg.
- iOS export "[16.01.2026, 09:02:11]" with an attachment line.
""",
    "04-mudguard-co-colour-chat-leadtime": """Planted:
1. color: spec (WeasyPrint) and PI TH-PI-260120 say RAL 9005 jet black gloss; changes/CO-01 (DOCX, approval table
   signed by the buyer Lucía Martín and her product director 18/02/2026, acknowledged by the supplier 19/02/2026)
   changes it to RAL 7016 anthracite gloss; PI R1 shows RAL 7016 -> color documented_change, info.
   Must NOT block (finish stays gloss; CO says price and all terms unchanged).
2. lead_time: spec/quote/PI R0 45 days after deposit; PI R1 60 days after deposit. The only approval is the buyer's
   WhatsApp "Vale Kevin, 60 días ok" (Spanish Android export "19/2/26, 10:02 - ") -> chat_only, medium.
Verdict REVIEW (one medium, no high).
Noise: PI R0 is superseded by R1 (not a conflict); "20 sets/ctn, 100 ctns" confirmed in chat; "balance 70% contra
copia del B/L" is a confirmation of the original payment terms; the supplier's remark about another customer's
5,000 sets in RAL 9005 is not about this order; quote line "Reference only: EUR 4.30/set at 1.08 - invoice
currency is USD" must not be read as a currency or price change.
""",
    "05-led-panel-enec-dropped-3ply": """Planted:
1. certification: spec section 4 (CE, ENEC, RoHS, ErP) and the accepted quote ("CE + ENEC + RoHS") vs PI
   BW-PI-260203 (reportlab canvas) "Certification: CE, RoHS (ENEC not included)". In WhatsApp the supplier says the
   ENEC certificate is in renewal; the buyer only asks when and asks to confirm ENEC -> a question, no approval ->
   undocumented_change, high.
2. packaging.carton_size: spec "5-ply export carton 65 x 65 x 12 cm" (quote "5 ply export carton 65x65x12cm") vs PI
   "3-ply carton 65x65x12cm" -> ply downgrade, undocumented_change, medium (contract: ply is part of carton_size).
Verdict HOLD.
Borderline: certification could be argued as `missing` (PI lacks ENEC) - it is labelled undocumented_change because
the PI actively states a different certificate set; the spec does not require the PI to list certificates.
Noise: sample record inside tolerance (595.2 x 595.4, 2.58 kg, 3,640 lm); 4 pcs/ctn and 750 ctns match;
"1200x300 panel USD 13.90" is another product for autumn; "-12 degrees", "15 cm snö"; "DAP Malmö" in both;
Swedish ISO-date Android export "2026-01-30 14:40 - ".
""",
    "06-steel-sink-bank-hk": """Planted: bank redirection. Baseline bank: spec section 7 (verified by call-back 12.01.2026), quote xlsx
sheet "Terms", PI HD-PI-260126: Jiangmen Hengda Stainless Steel Products Co., Ltd., Bank of China Jiangmen Branch,
BKCHCNBJ46A, 6213 5820 0047 1936. pi/HD-PI-260126-R1.pdf (fpdf2; also attached to the supplier's e-mail in chat/)
switches to HK HENGDA GLOBAL TRADING LIMITED (not the supplier), HSBC Hong Kong, HSBCHKHHHKH, 817-402955-838. The
buyer's reply (German Outlook "AW:" with quoted history) refuses and announces a call-back -> bank.beneficiary,
bank.name, bank.account, bank.swift undocumented_change, critical. Verdict HOLD.
Not labelled: a bank.* address change (bank address is not a contract field); the "new mobile +852" in the mail.
Noise: everything non-bank in R1 equals the original PI and the spec (800 pcs, USD 38.50, FOB Guangzhou (Nansha),
30/70 against copy of B/L, 40 days, 5-ply 59x49x25). R1 adds "Deposit received USD 9,240.00 / Balance due
USD 21,560.00" - consistent with 30/70, not a payment change. SUS304 = 1.4301 = AISI 304 = 18/8. Quote row SK-7844
is an option "not ordered". Inspection PASSED (XRF Cr 18.2 % Ni 8.1 %) - there is no [release] in order.toml and
the pass does not lift the bank findings. Account "621358200471936" (quote) = "6213 5820 0047 1936".
""",
    "07-enamel-mug-diameter-payment": """Planted:
1. dimensions: spec D1 outer Ø 86 ±1.0 mm (fpdf2, two pages), golden sample 85.8-86.4 mm, quote "Ø86 x H80mm";
   PI RF-PI-260205 (reportlab canvas, DejaVu) "Ø 83 x H 80 mm" -> 3 mm off, outside ±1 mm -> undocumented_change,
   high. The buyer objects in the WeChat export ("Ø 83 is not approved").
2. payment.deposit 30% -> 50% and 3. payment.balance "70% against copy of B/L" -> "50% balance before shipment";
   the buyer refuses by e-mail (Gmail-style reply with quoted supplier message) -> both undocumented_change, high.
Verdict HOLD.
Noise: height 80 mm, capacity 350ml and price USD 1.62 unchanged; "167 ctns" (6,000/36 rounded up); EM-500 is an
option in the quote (USD 1.95) and re-quoted in WeChat at USD 1.99 "for your next order" - not an item of this order,
no price finding; "[Emoji]" line; the supplier's "I will discuss tomorrow" is no agreement either way.
""",
    "08-felt-slipper-inspection-failed": """Planted: no field change. The third-party final inspection NAQC-HZ-2604-0331 (reportlab canvas, Liberation
Serif) is FAILED (major 11 > Ac 7 at sample 125, AQL 2.5) and order.toml has [release] inspection = "passed" ->
verdict HOLD through the checklist; per contract section 3 an unmet release condition is not a finding, so
expected is empty.
Noise that must NOT be flagged: the inspection's measurement table is inside tolerance (261 ±3 mm, 5.0 ±0.5 mm,
372 g ±8 %); sample record sizes 36/40/44 within tolerance; "3 pairs" sampled; chat: the supplier asks to ship
before payment - the buyer refuses (no change of payment terms); "2,000 pairs for next winter in dark grey,
EUR 6.20" is a future order; "Last year EUR 6.10" is history; "20 prs/ctn, 150 ctns" match; EUR in every document;
"prs"/"pairs". Norwegian Android export "13.04.2026, 18:40 - ".
""",
    "09-pp-storage-box-clean": """Planted: nothing. Verdict RELEASE (no [release] in order.toml; inspection PASS anyway).
Noise that must NOT be flagged:
- pi/JL-PI-260212 (S.L., wrong VAT) is superseded by JL-PI-260212-R1 (S.A., corrected VAT), requested in chat; goods,
  prices and terms identical.
- 3 SKUs: CAJ-12 EUR 1.05 x 6,000, CAJ-30 EUR 1.88 x 4,000, CAJ-55 EUR 3.20 x 2,400 = EUR 21,500.00 in spec,
  quote and PI.
- Chat "CAJ-30 USD 2.05 FOB Ningbo, valid from September" is a next-season reference in another currency, not a
  price or currency change; "175 ctns = 1,400 pcs per 40HQ" is container planning; "8 pcs/ctn" confirmation.
- docs/Packing_list (role other via order.toml) and the quote's "Packing" sheet: N.W./G.W. per carton (6.24 / 7.00
  kg ...) are not product weights; CBM totals.
- Inspection measurements inside ±2 mm / ±3 % / ±5 % (30.5 L, 1,062 g).
- Spanish Android export "12/2/26, 10:05 - " / "2/3/26, 11:02 - " (day/month, no zero padding).
""",
    "10-drill-battery-clean": """Planted: nothing. Verdict RELEASE; inspection certificate PASSED (reportlab canvas) satisfies
[release] inspection = "passed".
Noise that must NOT be flagged:
- "4.0 Ah" (spec, PI) = "4000mAh" (quote) = "4.0 Ah (72 Wh)"; cells 2,000 mAh each (5S2P) are cell data, not the
  pack capacity; sample capacity 4,010-4,060 mAh and inspection 3.98-4.07 Ah are inside ±3 %.
- Payment "Irrevocable L/C at sight" (spec, PI) = "L/C at sight" (quote): there is no deposit, so no
  payment.deposit is missing or changed; "100% of invoice value".
- "CIF Helsinki (Incoterms 2020)" = "CIF HELSINKI PORT" = "CIF Helsinki, Finland".
- "40 days after L/C opening" = "40 days after receipt of L/C" = "40 days after L/C".
- Chat: "BP-1850 5.0Ah USD 25.60" is another product for a later order; "2,000 drills in December" is sales talk;
  "-25 and sauna 80 degrees"; "L/C opened today, 42,800.00 USD" matches; CNY closure "no delay".
- Rail width 56.0 ±0.1 mm appears only in the spec.
- iOS export "[22.01.26, 15:05:19]" with an "image omitted" line.
""",
}

FORMATS = {
    "01-alu-casserole-clean": "spec PDF reportlab platypus (DejaVu, 2 p.); sample XLSX 2 sheets merged; quote fpdf2 (DejaVu + Droid CJK); 2 PIs reportlab canvas (Liberation Sans + Droid); WhatsApp Android de-DE; inspection WeasyPrint; packing list XLSX (other)",
    "02-hose-reel-recycled-pp-exw": "spec DOCX (it/en); quote XLSX 3 sheets merged; sample PDF reportlab canvas (DejaVu); PI fpdf2 (Carlito + Droid); WhatsApp Android it-IT",
    "03-office-castors-sku-price-eur": "spec XLSX 4 sheets (pl/en) merged; quotes Rev.0/Rev.1 reportlab platypus (Liberation Sans); PI DOCX tables; .eml reply with PDF attachment; WhatsApp iOS pl",
    "04-mudguard-co-colour-chat-leadtime": "spec WeasyPrint (es/en); quote fpdf2; PI R0/R1 reportlab canvas (DejaVu + Droid); CO DOCX with approval table; WhatsApp Android es-ES",
    "05-led-panel-enec-dropped-3ply": "spec reportlab platypus (Liberation Serif, 2 p., sv/en); quote WeasyPrint (DejaVu + WenQuanYi); sample DOCX; PI reportlab canvas; WhatsApp Android sv-SE (ISO dates)",
    "06-steel-sink-bank-hk": "spec DOCX (de/en); quote XLSX 2 sheets; PI reportlab canvas; PI R1 fpdf2; .eml with PDF attachment (Foxmail) + .eml reply (Outlook de); inspection fpdf2 (Carlito)",
    "07-enamel-mug-diameter-payment": "spec fpdf2 (2 p.); sample DOCX (Cambria); quote reportlab platypus; PI reportlab canvas (DejaVu + Droid); WeChat text export; .eml reply (Gmail style)",
    "08-felt-slipper-inspection-failed": "spec fpdf2 (Carlito); sample XLSX 2 sheets; quote XLSX merged; PI reportlab platypus (DejaVu + Droid); inspection reportlab canvas (Liberation Serif); WhatsApp Android nb-NO",
    "09-pp-storage-box-clean": "spec DOCX (es/en); quote XLSX 3 sheets; PI R0/R1 reportlab canvas; WhatsApp Android es-ES; packing list XLSX (other); inspection WeasyPrint",
    "10-drill-battery-clean": "spec WeasyPrint (DejaVu + WenQuanYi, fi/en); sample XLSX; quote fpdf2 (Carlito + Droid); PI reportlab platypus (Liberation Sans + Droid); inspection reportlab canvas; WhatsApp iOS de-style",
}


def planted_summary(key):
    if not key["expected"]:
        if key["verdict"] == "HOLD":
            return "no finding; inspection FAILED against [release] inspection = passed (checklist)"
        return "nothing (clean)"
    return "; ".join(f"{e['field']}{' [' + e['item'] + ']' if 'item' in e else ''} {e['status']} (>= {e['min_severity']})"
                     for e in key["expected"])


def readme():
    rows = "\n".join(f"| {n} | {k['verdict']} | {planted_summary(k)} | {FORMATS[n]} |" for n, k in KEYS.items())
    return f"""# author-i held-out cases (European technical buyer)

Ten labelled order folders written blind (only contract.md, domain.md, seed/, devset README and notes were
read; the tool was never read nor run). Buyers in Germany, Italy, Poland, Spain, Sweden, Austria, Denmark, Norway,
Finland; suppliers in Zhejiang, Guangdong, Jiangsu. Specs are long technical documents with numbered sections,
tolerance tables and drawings described in text; sample records carry measured values per dimension; inspection
reports carry AQL tables and measurement tables.

Regenerate: `python3 make_cases.py` (deletes and rewrites `cases/`, `notes/`, this README). Deterministic: fixed
dates, reportlab `invariant=1`, fpdf2 fixed creation date, WeasyPrint fixed identifier, DOCX/XLSX re-zipped with
fixed timestamps and core.xml dates, MIME built by hand with fixed boundaries. Answer keys (`KEYS`) are defined
at the top of the script and written before any document.

Renderers: reportlab 5 (canvas-drawn letterhead PIs/reports and platypus table documents), fpdf2 2.8, WeasyPrint 70,
python-docx, openpyxl. Fonts (fc-list): DejaVu Sans/Serif, Liberation Sans/Serif, Carlito, Droid Sans Fallback
(CJK in reportlab/fpdf2), WenQuanYi Micro Hei (CJK in WeasyPrint). LibreOffice was not used (its PDFs embed
creation dates and IDs, which would break byte-identical reruns).

| case | verdict | planted (field status, min severity) | formats |
|---|---|---|---|
{rows}

Conventions: single-item orders have no `item` in the key; the 3-SKU castor order names the item. Colour change by
a signed change order is labelled `documented_change` with min_severity `info`. Case 08 has an empty key and HOLD:
the FAILED inspection against `[release] inspection = "passed"` is a checklist item, not a finding (contract
section 3). Tolerances in order.toml are strings as a spec writes them ("±1.0 mm", "±5%"). See notes/<case>.md
for what is planted, what noise must not be flagged, and borderline choices.
"""


BUILDERS = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10]


def main():
    if CASES.exists():
        shutil.rmtree(CASES)
    if NOTES.exists():
        shutil.rmtree(NOTES)
    names = list(KEYS)
    # answer keys first
    for n in names:
        write(CASES / n / "expected.json", json.dumps(KEYS[n], indent=2, ensure_ascii=False) + "\n")
    for n, build in zip(names, BUILDERS):
        build(CASES / n)
    for n in names:
        write(NOTES / f"{n}.md", f"# {n}\n\nExpected verdict: {KEYS[n]['verdict']}\n\n{NOTE_TEXT[n]}")
    write(ROOT / "README.md", readme())


if __name__ == "__main__":
    main()
