#!/usr/bin/env python3
"""Deterministic generator for author-j's held-out order folders (Alibaba / Trade Assurance, small e-com brands).

Run:  python3 make_cases.py      -> rewrites ./cases/ (byte-identical on rerun)
The answer keys (expected.json) and order.toml are written FIRST, before any document.
"""
import io, os, re, json, shutil, zipfile, random, datetime
from email.message import EmailMessage
from email import policy
from email.generator import BytesGenerator

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")
random.seed(20260114)
FIXED_DT = datetime.datetime(2026, 1, 20, 9, 0, 0)

# ---------------------------------------------------------------------------
# 1. ANSWER KEYS (written before anything else)
# ---------------------------------------------------------------------------
KEYS = {
 "01-collapsible-bottle-silicone-grade": {
   "verdict": "HOLD",
   "description": "Spec/sample/accepted quote: food-grade (LFGB) silicone; PI says 'silicone body (standard grade)'. Supplier proposed it in WhatsApp, buyer only asked a question and deferred.",
   "expected": [
     {"field": "material", "status": "undocumented_change", "min_severity": "high"}]},
 "02-resistance-bands-qty-one-sku": {
   "verdict": "HOLD",
   "description": "3-SKU order; PI V2 cuts IL-TB11 from 800 to 500 sets (outside +5%/-3%); buyer objected by e-mail. IL-RB5 1,530 sets is inside +5%.",
   "expected": [
     {"field": "quantity", "status": "undocumented_change", "item": "IL-TB11", "min_severity": "high"}]},
 "03-car-mount-hk-account-chat": {
   "verdict": "HOLD",
   "description": "Revised PI R1 moves the balance to a Hong Kong trading company's HSBC account; buyer agrees in iMessage/WhatsApp chat only. Bank changes stay critical.",
   "expected": [
     {"field": "bank.beneficiary", "status": "chat_only", "min_severity": "critical"},
     {"field": "bank.name", "status": "chat_only", "min_severity": "critical"},
     {"field": "bank.account", "status": "chat_only", "min_severity": "critical"},
     {"field": "bank.swift", "status": "chat_only", "min_severity": "critical"}]},
 "04-grooming-glove-logo-co": {
   "verdict": "RELEASE",
   "description": "Logo silk screen -> heat transfer, covered by change order CO-PS-01 signed by the buyer; inspection passed.",
   "expected": [
     {"field": "logo", "status": "documented_change", "min_severity": "info"}]},
 "05-microfiber-cloth-opp-bag-chat": {
   "verdict": "REVIEW",
   "description": "Inner pack printed colour box -> OPP bag with insert card, agreed only in WhatsApp (iOS export).",
   "expected": [
     {"field": "packaging.inner", "status": "chat_only", "min_severity": "medium"}]},
 "06-art-easel-cny-deposit": {
   "verdict": "HOLD",
   "description": "PI stretches lead time 40 -> 65 days 'due to Chinese New Year' and changes 30/70 to 50/50; buyer objects in chat.",
   "expected": [
     {"field": "lead_time", "status": "undocumented_change", "min_severity": "medium"},
     {"field": "payment.deposit", "status": "undocumented_change", "min_severity": "high"},
     {"field": "payment.balance", "status": "undocumented_change", "min_severity": "high"}]},
 "07-bamboo-toothbrush-fnsku-3ply": {
   "verdict": "REVIEW",
   "description": "PI drops the FNSKU label on each box and downgrades the master carton from 5-ply to 3-ply; nothing approves either.",
   "expected": [
     {"field": "packaging.label", "status": "undocumented_change", "min_severity": "medium"},
     {"field": "packaging.carton_size", "status": "undocumented_change", "min_severity": "medium"}]},
 "08-yoga-block-clean-address-fix": {
   "verdict": "RELEASE",
   "description": "Clean. PI R1 only corrects the buyer's address; inspection passed.",
   "expected": []},
 "09-food-bags-clean-multi-sku": {
   "verdict": "RELEASE",
   "description": "Clean 2-SKU order; quote also lists a lunch bag not ordered; chat small talk and a future-order price.",
   "expected": []},
 "10-cable-organizer-inspection-pending": {
   "verdict": "HOLD",
   "description": "All terms match; PI carries sample-fee and courier lines; the pre-shipment inspection is PENDING, so [release] inspection = passed is unmet -> HOLD without findings.",
   "expected": []},
}

TOMLS = {
 "01-collapsible-bottle-silicone-grade": '''order_id = "TG-PO-2026-003"
buyer = ["Trailhead Goods LLC", "Jake Miller", "Jake"]
supplier = ["Dongguan Yuanfeng Silicone Products Co., Ltd.", "Yuanfeng", "Amy Yuanfeng", "Amy", "东莞市元丰硅胶制品有限公司"]
stakeholders = ["jake@trailheadgoods.com", "amy@yfsilicone.com"]

[tolerances]
dimensions = "±2 mm"
weight = "±5%"
capacity = "±3%"
quantity = "+3%/-0%"
''',
 "02-resistance-bands-qty-one-sku": '''order_id = "IL-PO-0219"
buyer = ["Ironleaf Fitness Inc.", "Ironleaf Fitness", "Priya Shah", "Priya"]
supplier = ["Xiamen Kangjian Sporting Goods Co., Ltd.", "Kangjian", "Vivian Lin", "Vivian"]
stakeholders = ["priya@ironleaffitness.ca", "vivian@kjsports-xm.com"]

[tolerances]
quantity = "+5%/-3%"
dimensions = "±5 mm"
''',
 "03-car-mount-hk-account-chat": '''order_id = "RN-2026-01"
buyer = ["Roadnest Co. Pty Ltd", "Roadnest", "Liam O'Connor", "Liam"]
supplier = ["Shenzhen Hongtai Yuan Electronics Co., Ltd.", "Hongtai Yuan", "Cindy", "Cindy Hongtai", "深圳市宏泰源电子有限公司"]

[tolerances]
dimensions = "±1 mm"
weight = "±5%"
''',
 "04-grooming-glove-logo-co": '''order_id = "PSC-PO-1142"
buyer = ["Pawsome Supply Co.", "Megan Torres", "Megan"]
supplier = ["Ningbo Meilin Pet Products Co., Ltd.", "Meilin Pet", "Kevin Zhou", "Kevin"]

[roles]
"changes/CO-PS-01_logo_method.pdf" = "change"

[release]
inspection = "passed"

[tolerances]
dimensions = "±5 mm"
weight = "±8%"
''',
 "05-microfiber-cloth-opp-bag-chat": '''order_id = "BWH-0307"
buyer = ["Brightwell Home LLC", "Brightwell Home", "Dana Whitfield", "Dana"]
supplier = ["Suzhou Jiejing Textile Technology Co., Ltd.", "Jiejing Textile", "Grace Wu", "Grace"]

[tolerances]
dimensions = "±1 cm"
weight = "±5%"
quantity = "+2%/-0%"
''',
 "06-art-easel-cny-deposit": '''order_id = "LMS-EZ-2601"
buyer = ["Little Maker Studio Pty Ltd", "Little Maker Studio", "Chloe Barnes", "Chloe"]
supplier = ["Heze Linmu Wooden Crafts Co., Ltd.", "Linmu Crafts", "Kevin Liu", "Kevin", "菏泽林木工艺品有限公司"]

[tolerances]
dimensions = "±5 mm"
weight = "±5%"
''',
 "07-bamboo-toothbrush-fnsku-3ply": '''order_id = "GRE-BT-118"
buyer = ["Greenroot Essentials Ltd.", "Greenroot Essentials", "Marcus Lee", "Marcus"]
supplier = ["Yangjiang Zhuyuan Household Products Co., Ltd.", "Zhuyuan Household", "Sunny Chen", "Sunny"]
stakeholders = ["marcus@greenrootessentials.ca", "sunny@zhuyuan-household.com"]

[tolerances]
dimensions = "±1 mm"
quantity = "+3%/-0%"
''',
 "08-yoga-block-clean-address-fix": '''order_id = "KM-YB-0042"
buyer = ["Kinfolk Movement LLC", "Kinfolk Movement", "Tessa Ramirez", "Tessa"]
supplier = ["Jinjiang Hengxin EVA Foam Products Co., Ltd.", "Hengxin EVA", "Jenny Hong", "Jenny"]

[release]
inspection = "passed"

[tolerances]
dimensions = "±3 mm"
weight = "±10 g"
''',
 "09-food-bags-clean-multi-sku": '''order_id = "HP-PO-2026-02"
buyer = ["Harbour & Pantry Inc.", "Harbour & Pantry", "Owen MacLeod", "Owen"]
supplier = ["Dongguan Huiyou Plastic Products Co., Ltd.", "Huiyou Plastic", "Rita Huang", "Rita"]

[tolerances]
dimensions = "±3 mm"
quantity = "+3%/-2%"
''',
 "10-cable-organizer-inspection-pending": '''order_id = "DH-CO5-003"
buyer = ["Deskhaus Inc.", "Deskhaus", "Nate Brooks", "Nate"]
supplier = ["Ningbo Jiayi Plastic & Metal Co., Ltd.", "Jiayi", "Lucy Zhang", "Lucy"]
stakeholders = ["nate@deskhaus.com", "lucy@jiayi-nb.com"]

[release]
inspection = "passed"

[tolerances]
dimensions = "±0.5 mm"
weight = "±5%"
''',
}


def write_keys():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    for case, key in KEYS.items():
        d = os.path.join(OUT, case)
        os.makedirs(d)
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(d, "order.toml"), "w", encoding="utf-8") as f:
            f.write(TOMLS[case])

# ---------------------------------------------------------------------------
# 2. RENDERERS (block lists -> pdf/docx/xlsx/md)
#    blocks: ("title", s) ("h", s) ("p", s) ("kv", [(k, v)]) ("table", [[...], ...]) ("sig", s)
# ---------------------------------------------------------------------------
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from fpdf import FPDF
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side

FONT_DIR = "/usr/share/fonts/truetype"
pdfmetrics.registerFont(TTFont("DejaVu", f"{FONT_DIR}/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", f"{FONT_DIR}/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LibSerif", f"{FONT_DIR}/liberation2/LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("WQY", f"{FONT_DIR}/wqy/wqy-microhei.ttc", subfontIndex=0))


def _mk(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)


def pdf_platypus(path, blocks, font="DejaVu", bold="DejaVu-Bold", pagesize=A4):
    _mk(path)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40,
                            title="", author="", creator="", producer="ReportLab")
    st_t = ParagraphStyle("t", fontName=bold, fontSize=14, leading=18, spaceAfter=6)
    st_h = ParagraphStyle("h", fontName=bold, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3)
    st_p = ParagraphStyle("p", fontName=font, fontSize=9, leading=12)
    st_c = ParagraphStyle("c", fontName=font, fontSize=8, leading=10)
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    fl = []
    for b in blocks:
        k = b[0]
        if k == "title": fl.append(Paragraph(esc(b[1]), st_t))
        elif k == "h": fl.append(Paragraph(esc(b[1]), st_h))
        elif k in ("p", "sig"): fl.append(Paragraph(esc(b[1]), st_p))
        elif k == "space": fl.append(Spacer(1, 8))
        elif k in ("kv", "table"):
            rows = [[k2, v2] for k2, v2 in b[1]] if k == "kv" else b[1]
            data = [[Paragraph(esc(str(c)), st_c) for c in r] for r in rows]
            ncol = len(rows[0])
            w = 515
            cw = [150, w - 150] if k == "kv" else ([x * w / sum(b[2]) for x in b[2]] if len(b) > 2 else [w / ncol] * ncol)
            t = Table(data, colWidths=cw)
            sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if k == "table": sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey))
            t.setStyle(TableStyle(sty))
            fl.append(t); fl.append(Spacer(1, 6))
    doc.build(fl)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur); cur = w
    lines.append(cur)
    out = []
    for ln in lines:  # hard-wrap CJK runs without spaces
        while pdfmetrics.stringWidth(ln, font, size) > width and len(ln) > 1:
            i = len(ln)
            while i > 1 and pdfmetrics.stringWidth(ln[:i], font, size) > width: i -= 1
            out.append(ln[:i]); ln = ln[i:]
        out.append(ln)
    return out


def pdf_canvas(path, blocks, font="Helvetica", bold="Helvetica-Bold", pagesize=A4, colw=None):
    """Low-level canvas drawing, key/value text lines and a ruled item table."""
    _mk(path)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=pagesize, invariant=1)
    W, H = pagesize
    x0, y = 45, H - 50
    def need(h):
        nonlocal y
        if y - h < 50:
            c.showPage(); y = H - 50
    for b in blocks:
        k = b[0]
        if k == "title":
            need(24); c.setFont(bold, 15); c.drawCentredString(W / 2, y, b[1]); y -= 22
        elif k == "h":
            need(18); c.setFont(bold, 10.5); c.drawString(x0, y, b[1]); y -= 15
        elif k in ("p", "sig"):
            for ln in _wrap(b[1], font, 9, W - 2 * x0):
                need(12); c.setFont(font, 9); c.drawString(x0, y, ln); y -= 12
        elif k == "space": y -= 8
        elif k == "kv":
            for kk, vv in b[1]:
                vl = _wrap(vv, font, 9, W - 2 * x0 - 150)
                need(12 * len(vl))
                c.setFont(bold, 9); c.drawString(x0, y, kk)
                c.setFont(font, 9)
                for ln in vl:
                    c.drawString(x0 + 150, y, ln); y -= 12
        elif k == "table":
            rows = b[1]; n = len(rows[0])
            cw = [x * (W - 2 * x0) / sum(b[2]) for x in b[2]] if len(b) > 2 else [(W - 2 * x0) / n] * n
            for ri, r in enumerate(rows):
                cells = [_wrap(str(t), font, 8, cw[i] - 6) for i, t in enumerate(r)]
                h = 11 * max(len(cl) for cl in cells) + 5
                need(h)
                c.setLineWidth(0.5); xx = x0
                for i, cl in enumerate(cells):
                    c.rect(xx, y - h + 9, cw[i], h, stroke=1, fill=0)
                    c.setFont(bold if ri == 0 else font, 8)
                    yy = y
                    for ln in cl:
                        c.drawString(xx + 3, yy, ln); yy -= 11
                    xx += cw[i]
                y -= h
            y -= 8
    c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def pdf_fpdf(path, blocks, cjk=False, fmt="A4"):
    _mk(path)
    pdf = FPDF(format=fmt)
    pdf.set_creation_date(FIXED_DT)
    pdf.set_producer("PyFPDF/fpdf2")
    pdf.add_font("LibSans", "", f"{FONT_DIR}/liberation2/LiberationSans-Regular.ttf")
    pdf.add_font("LibSans", "B", f"{FONT_DIR}/liberation2/LiberationSans-Bold.ttf")
    fam = "LibSans"
    if cjk:  # WenQuanYi Micro Hei carries both Latin and CJK glyphs
        pdf.add_font("WQY", "", f"{FONT_DIR}/wqy/wqy-microhei.ttc", collection_font_number=0)
        pdf.add_font("WQY", "B", f"{FONT_DIR}/wqy/wqy-microhei.ttc", collection_font_number=0)
        fam = "WQY"
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    epw = pdf.epw
    for b in blocks:
        k = b[0]
        if k == "title":
            pdf.set_font(fam, "B", 14); pdf.multi_cell(epw, 8, b[1], align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif k == "h":
            pdf.set_font(fam, "B", 10.5); pdf.ln(1); pdf.multi_cell(epw, 6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k in ("p", "sig"):
            pdf.set_font(fam, "", 9); pdf.multi_cell(epw, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "space": pdf.ln(3)
        elif k in ("kv", "table"):
            rows = [[a, v] for a, v in b[1]] if k == "kv" else b[1]
            n = len(rows[0])
            if k == "kv": cw = (50, epw - 50)
            elif len(b) > 2: cw = tuple(x * epw / sum(b[2]) for x in b[2])
            else: cw = tuple([epw / n] * n)
            pdf.set_font(fam, "", 8.5)
            with pdf.table(col_widths=cw, first_row_as_headings=(k == "table"), line_height=5,
                           text_align="LEFT") as t:
                for r in rows:
                    row = t.row()
                    for cval in r: row.cell(str(cval))
            pdf.ln(2)
    pdf.output(path)


def docx_doc(path, blocks):
    _mk(path)
    d = docx.Document()
    d.core_properties.author = "buyer"
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.last_modified_by = "buyer"
    d.core_properties.revision = 1
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    for b in blocks:
        k = b[0]
        if k == "title": d.add_heading(b[1], level=1)
        elif k == "h": d.add_heading(b[1], level=2)
        elif k in ("p", "sig"): d.add_paragraph(b[1])
        elif k in ("kv", "table"):
            rows = [[a, v] for a, v in b[1]] if k == "kv" else b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cv in enumerate(r):
                    t.cell(i, j).text = str(cv)
                    if (k == "table" and i == 0) or (k == "kv" and j == 0):
                        for p in t.cell(i, j).paragraphs:
                            for rn in p.runs: rn.bold = True
            d.add_paragraph("")
    d.save(path)
    normalize_zip(path)


def xlsx_doc(path, blocks, sheet="Sheet1", ncols=7, widths=None, extra_sheets=None):
    """Title rows and key/value rows are merged cells (A:last, B:last); tables are plain cells."""
    _mk(path)
    wb = openpyxl.Workbook()
    wb.properties.creator = "Administrator"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    def fill(ws, blocks, ncols, widths):
        thin = Side(style="thin", color="999999")
        bd = Border(left=thin, right=thin, top=thin, bottom=thin)
        r = 1
        last = openpyxl.utils.get_column_letter(ncols)
        for b in blocks:
            k = b[0]
            if k in ("title", "h", "p", "sig"):
                ws.cell(r, 1, b[1])
                ws.merge_cells(f"A{r}:{last}{r}")
                ws.cell(r, 1).font = Font(bold=k in ("title", "h"), size=14 if k == "title" else 10)
                ws.cell(r, 1).alignment = Alignment(horizontal="center" if k == "title" else "left", wrap_text=True)
                r += 1
            elif k == "space": r += 1
            elif k == "kv":
                for a, v in b[1]:
                    ws.cell(r, 1, a).font = Font(bold=True)
                    ws.cell(r, 2, v)
                    ws.merge_cells(f"B{r}:{last}{r}")
                    ws.cell(r, 2).alignment = Alignment(wrap_text=True)
                    r += 1
            elif k == "table":
                for i, row in enumerate(b[1]):
                    for j, cv in enumerate(row):
                        if isinstance(cv, str) and re.fullmatch(r"-?\d+(\.\d+)?", cv.replace(",", "")) and k == "table" and i > 0 and not cv.startswith("0"):
                            num = cv.replace(",", "")
                            cv = float(num) if "." in num else int(num)
                        cell = ws.cell(r, j + 1, cv)
                        cell.border = bd
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
                        if i == 0: cell.font = Font(bold=True)
                        if isinstance(cv, float): cell.number_format = "#,##0.00"
                    r += 1
        for i, w in enumerate(widths or []):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    ws = wb.active; ws.title = sheet
    fill(ws, blocks, ncols, widths)
    for name, bl, nc, wd in (extra_sheets or []):
        fill(wb.create_sheet(name), bl, nc, wd)
    wb.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """Fixed zip timestamps and core.xml dates so reruns are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-01-20T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def md_doc(path, blocks):
    _mk(path)
    out = []
    for b in blocks:
        k = b[0]
        if k == "title": out += [f"# {b[1]}", ""]
        elif k == "h": out += [f"## {b[1]}", ""]
        elif k in ("p", "sig"): out += [b[1], ""]
        elif k == "kv":
            out += ["| Item | Value |", "|---|---|"] + [f"| {a} | {v} |" for a, v in b[1]] + [""]
        elif k == "table":
            rows = b[1]
            out += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def text_file(path, text, bom=False):
    _mk(path)
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="\n") as f:
        f.write(text)


NNBSP = "\u202f"
LRM = "\u200e"

def wa_android(msgs, nnbsp=True):
    """msgs: (M/D/YY, 'H:MM AM', sender or None for system, text)."""
    sp = NNBSP if nnbsp else " "
    lines = []
    for d, t, s, txt in msgs:
        t = t.replace(" ", sp)
        if s is None: lines.append(f"{d}, {t} - {txt}")
        else: lines.append(f"{d}, {t} - {s}: {txt}")
    return "\n".join(lines) + "\n"


def wa_ios(msgs):
    """msgs: (M/D/YY, 'H:MM:SS PM', sender, text); text starting with '~' gets a LRM (attachments/system)."""
    lines = []
    for d, t, s, txt in msgs:
        t = t.replace(" ", NNBSP)
        pre = ""
        if txt.startswith("~"):
            txt = LRM + txt[1:]; pre = LRM
        lines.append(f"{pre}[{d}, {t}] {s}: {txt}")
    return "\r\n".join(lines) + "\r\n"


def eml(path, frm, to, subject, date, msgid, body, inreplyto=None, cc=None, attachments=()):
    _mk(path)
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject; m["Date"] = date; m["Message-ID"] = msgid
    if inreplyto:
        m["In-Reply-To"] = inreplyto; m["References"] = inreplyto
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    for fname, data, mt in attachments:
        maint, sub = mt.split("/")
        m.add_attachment(data, maintype=maint, subtype=sub, filename=fname)
    if m.is_multipart():
        m.set_boundary("----=_Part_" + re.sub(r"\W", "", msgid)[:24])
    with open(path, "wb") as f:
        BytesGenerator(f, policy=policy.SMTP).flatten(m)


def tiny_png(w=8, h=8, rgb=(200, 200, 200)):
    import zlib, struct
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def P(case, rel):
    return os.path.join(OUT, case, rel)

# ---------------------------------------------------------------------------
# 3. CASES
# ---------------------------------------------------------------------------

def case01():
    c = "01-collapsible-bottle-silicone-grade"
    SUP = "Dongguan Yuanfeng Silicone Products Co., Ltd."
    SUPCN = "东莞市元丰硅胶制品有限公司"
    docx_doc(P(c, "spec/TG-CB600_Product_Spec_v2.docx"), [
        ("title", "Trailhead Goods LLC - Product Specification"),
        ("kv", [("Product", "Collapsible silicone water bottle 600 ml (20 oz) with carabiner"),
                ("SKU / ASIN", "TG-CB600 / B0DK7TRL60"),
                ("Spec version", "v2 - approved 12/08/2025 by Jake Miller"),
                ("Supplier", SUP),
                ("Channel", "Amazon FBA (US), Shopify")]),
        ("h", "1. Product requirements"),
        ("table", [["Attribute", "Requirement", "Tolerance"],
                   ["Body material", "Food-grade silicone (LFGB grade), BPA free, no odor", "-"],
                   ["Lid", "PP lid with leak-proof silicone gasket, aluminum carabiner", "-"],
                   ["Capacity", "600 ml (20 oz)", "±3%"],
                   ["Dimensions", "Ø 75 x H 235 mm expanded (55 mm collapsed)", "±2 mm"],
                   ["Weight", "140 g", "±5%"],
                   ["Color", "Sage green, Pantone 5773 C", "ΔE ≤ 2.0"],
                   ["Logo", "1-color silk screen, white, front, 35 x 12 mm", "-"],
                   ["Certification", "FDA 21 CFR 177.2600 + LFGB food-contact test report (SGS or Intertek)", "-"]]),
        ("h", "2. Packaging"),
        ("table", [["Item", "Requirement"],
                   ["Inner", "Each bottle in printed kraft color box (1C black) with FNSKU label on the box"],
                   ["Master carton", "5-ply export carton 52 x 36 x 40 cm, 50 pcs/ctn"],
                   ["Carton marks", "SKU, qty, G.W./N.W., carton No., MADE IN CHINA; FBA box labels applied by forwarder"]]),
        ("h", "3. Commercial (per accepted quotation DYF-Q-251203)"),
        ("kv", [("Order quantity", "2,000 pcs"),
                ("Unit price", "US$3.45 FOB Shenzhen"),
                ("Payment", "Alibaba Trade Assurance, 30% deposit, 70% balance before shipment"),
                ("Lead time", "30 days after deposit"),
                ("Inspection", "Pre-shipment inspection AQL 2.5 / 4.0, General II, before balance payment")]),
        ("p", "Any change to material, color, logo or packaging needs written approval from Trailhead Goods before production."),
    ])
    pdf_fpdf(P(c, "sample/Golden_Sample_Record_TG-CB600.pdf"), [
        ("title", "Golden Sample Record - TG-CB600"),
        ("kv", [("Sample from", SUP), ("Received", "12/12/2025 (3 pcs, DHL 7730 1192 54)"),
                ("Approved by", "Jake Miller, Trailhead Goods LLC"), ("Approval date", "12/15/2025")]),
        ("table", [["Check", "Spec", "Measured (avg of 3)", "Result"],
                   ["Capacity", "600 ml", "598 ml", "OK"],
                   ["Dimensions", "Ø 75 x H 235 mm", "Ø 75.4 x H 234.2 mm", "OK"],
                   ["Collapsed height", "55 mm", "55.8 mm", "OK"],
                   ["Weight", "140 g", "143 g", "OK (+2.1%)"],
                   ["Color", "Pantone 5773 C", "ΔE 1.1 vs. swatch", "OK"],
                   ["Material", "Food-grade silicone (LFGB)", "LFGB report SHA25-118402 seen", "OK"],
                   ["Logo", "1C silk screen white", "1C white, sharp edges", "OK"],
                   ["Leak test", "No leak, 30 min upside down", "No leak", "OK"]], [3, 3, 3, 2]),
        ("p", "Remarks: slight silicone smell when new, gone after one wash (acceptable). Keep this sample as reference for production and inspection."),
        ("sig", "Signed: Jake Miller  12/15/2025"),
    ])
    xlsx_doc(P(c, "quotes/DYF-Q-251203_Quotation.xlsx"), [
        ("title", f"{SUP}  {SUPCN}"),
        ("p", "Add: No. 12 Xingye Road, Changping Town, Dongguan, Guangdong, China   Tel: +86 769 8339 2210"),
        ("title", "QUOTATION"),
        ("kv", [("To:", "Trailhead Goods LLC - Mr. Jake Miller"), ("Quote No.:", "DYF-Q-251203"), ("Date:", "2025-12-03")]),
        ("table", [["No.", "Photo", "Item No.", "Description", "MOQ", "Unit Price (USD)", "Remark"],
                   ["1", "[photo]", "TG-CB600", "Collapsible water bottle 600ml, food grade silicone body, PP lid, aluminum carabiner, 1C silk screen logo, kraft color box", "1000 pcs", "3.45", "Pantone 5773C"],
                   ["2", "", "Sample fee", "3 pcs pre-production samples incl. logo", "-", "45.00", "refund in bulk order"]]),
        ("kv", [("Shipping:", "by sea FOB Shenzhen"),
                ("Payment:", "Trade Assurance, 30% deposit, 70% before shipment"),
                ("Lead time:", "30 days after deposit"),
                ("Packing:", "1pc/color box, 50pcs/ctn, 5 ply carton 52*36*40cm, G.W. 12.5kg"),
                ("Validity:", "valid for 30 days")]),
        ("p", "Amy  |  WhatsApp +86 138 2690 4471  |  amy@yfsilicone.com"),
    ], sheet="Quotation", ncols=7, widths=[6, 12, 12, 48, 10, 14, 18])
    pdf_canvas(P(c, "pi/PI-DYF260114.pdf"), [
        ("title", SUP), ("p", SUPCN + "   No. 12 Xingye Road, Changping Town, Dongguan, Guangdong"),
        ("title", "PROFORMA INVOICE"),
        ("kv", [("PI No.:", "DYF260114"), ("Date:", "Jan. 14, 2026"),
                ("Trade Assurance Order No.:", "2601148830417265"),
                ("Buyer:", "Trailhead Goods LLC, 1850 Pearl St Suite 210, Boulder, CO 80302, USA"),
                ("Attn:", "Jake Miller")]),
        ("table", [["No.", "Item", "Description", "Qty", "Unit Price", "Amount"],
                   ["1", "TG-CB600", "Collapsible water bottle 600ml, silicone body (standard grade), PP lid, BPA free, sage green PMS 5773C, 1C silk screen logo white", "2,000 pcs", "US$3.45", "US$6,900.00"],
                   ["", "", "TOTAL FOB SHENZHEN", "2,000 pcs", "", "US$6,900.00"]], [30, 60, 215, 60, 60, 80]),
        ("p", "SAY US DOLLARS SIX THOUSAND NINE HUNDRED ONLY."),
        ("h", "Terms"),
        ("kv", [("Shipping:", "by sea FOB Shenzhen"),
                ("Payment:", "30% deposit US$2,070.00 via Alibaba Trade Assurance, 70% balance US$4,830.00 before shipment"),
                ("Lead time:", "30 days after deposit"),
                ("Packing:", "each pc in color box with FNSKU label, 50pcs/ctn, 40 ctns, 5-ply carton 52*36*40cm"),
                ("Inspection:", "buyer's third party inspection AQL2.5 before balance")]),
        ("h", "Bank information"),
        ("kv", [("Beneficiary:", SUP), ("Bank:", "Bank of China Dongguan Branch"),
                ("Bank add.:", "No. 38 Hongfu Road, Nancheng, Dongguan, Guangdong, China"),
                ("SWIFT:", "BKCHCNBJ42A"), ("A/C No.:", "6452 7781 0293")]),
        ("sig", "Seller: " + SUP + "  (company chop)          Buyer: ____________________"),
    ], font="WQY", bold="WQY")
    A, J = "Amy Yuanfeng", "Jake Miller"
    text_file(P(c, "chat/WhatsApp Chat with Amy Yuanfeng.txt"), wa_android([
        ("12/3/25", "8:41 PM", None, "Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more."),
        ("12/3/25", "8:41 PM", A, "Hi Jake, this is Amy from Yuanfeng silicone, we talked on Alibaba"),
        ("12/3/25", "8:43 PM", A, "DYF-Q-251203_Quotation.xlsx (file attached)"),
        ("12/3/25", "8:43 PM", A, "pls kindly check the quotation, 3.45usd FOB Shenzhen, food grade silicone"),
        ("12/3/25", "9:15 PM", J, "Thanks Amy. 3.45 FOB Shenzhen for 2000 pcs works for us, we accept quote DYF-Q-251203. Please go ahead with 3 samples, I'll pay the 45 sample fee on Alibaba"),
        ("12/3/25", "9:16 PM", A, "ok dear 👍"),
        ("12/12/25", "10:02 AM", A, "DHL tracking 7730 1192 54, you will get tomorrow"),
        ("12/15/25", "6:30 PM", J, "Samples look great, leak test ok. Color is spot on. Approved, sample record signed"),
        ("12/15/25", "6:31 PM", J, "We are a small team of 4 so sorry if I reply late sometimes lol"),
        ("12/15/25", "6:44 PM", A, "no problem 😊 we have 32 workers in silicone workshop, will arrange production soon"),
        ("1/9/26", "9:20 AM", A, "Dear Jake, happy new year! Silicone raw material price increase about 20% this month"),
        ("1/9/26", "9:22 AM", A, "for keep the price 3.45 we can use normal silicone instead of food grade silicone, also BPA free and no smell, pls kindly check"),
        ("1/9/26", "11:48 AM", J, "Hi Amy, is normal silicone still LFGB compliant? Our listing and insert card both say food grade"),
        ("1/9/26", "11:55 AM", A, "normal silicone can pass FDA test, LFGB is more strict"),
        ("1/9/26", "12:04 PM", J, "Let me talk to my partner and get back to you. Please don't change anything yet"),
        ("1/9/26", "12:05 PM", A, "ok dear"),
        ("1/14/26", "4:10 PM", A, "PI-DYF260114.pdf (file attached)"),
        ("1/14/26", "4:11 PM", A, "Dear here is PI, pls place the Trade Assurance order, lead time 30 days"),
        ("1/14/26", "7:52 PM", J, "Received, thanks. Deposit 2070 goes through TA on Friday"),
        ("1/16/26", "10:05 AM", J, "Deposit paid"),
        ("1/16/26", "10:30 AM", A, "received with thanks! sea freight to LA around 18-20 days fyi"),
        ("1/16/26", "10:31 AM", A, "<Media omitted>"),
    ]))


def case02():
    c = "02-resistance-bands-qty-one-sku"
    SUP = "Xiamen Kangjian Sporting Goods Co., Ltd."
    spec = [
        ("title", "Ironleaf Fitness Inc. - Purchase Specification IL-SS26"),
        ("kv", [("Buyer", "Ironleaf Fitness Inc., 44 Sherbourne St, Toronto, ON M5A 2P7, Canada"),
                ("Supplier", SUP), ("Version", "Rev B, approved 01/12/2026 - Priya Shah")]),
        ("table", [["SKU", "Description", "Material", "Size", "Colour", "Logo", "Order qty"],
                   ["IL-RB5", "5-level loop resistance band set + mesh carry bag", "100% natural latex", "600 x 50 mm loop; 0.35/0.5/0.7/0.9/1.1 mm", "yellow/red/green/blue/black", "1C silk screen white on each band", "1,500 sets"],
                   ["IL-TB11", "11-pc resistance tube set: 5 tubes, 2 foam handles, 2 ankle straps, door anchor, bag", "natural latex tubes, NBR foam handles", "tube length 1.2 m", "as sample", "1C silk screen on handles", "800 sets"],
                   ["IL-FAB3", "Fabric hip band set of 3 (S/M/L)", "65% polyester / 35% cotton, latex silk anti-slip", "S 33 / M 36 / L 38 x 8 cm flat", "grey/pink/teal", "woven label", "1,200 sets"]]),
        ("p", "Quantity tolerance per SKU: +5% / -3%. Prices per accepted quotation KJ-Q260115 (e-mail acceptance 01/16/2026)."),
    ]
    pack = [
        ("title", "Packaging & commercial"),
        ("table", [["SKU", "Inner pack", "Pcs/ctn", "Master carton"],
                   ["IL-RB5", "printed colour box + FNSKU label", "40 sets/ctn", "5-ply 50 x 35 x 30 cm"],
                   ["IL-TB11", "printed colour box + FNSKU label", "20 sets/ctn", "5-ply 55 x 40 x 38 cm"],
                   ["IL-FAB3", "zip pouch + FNSKU label", "50 sets/ctn", "5-ply 50 x 35 x 30 cm"]]),
        ("kv", [("Incoterm", "FOB Xiamen"), ("Payment", "Trade Assurance T/T 30% deposit, 70% balance before shipment"),
                ("Lead time", "35 days after deposit"), ("Inspection", "AQL 2.5/4.0 pre-shipment, buyer's QC")]),
    ]
    xlsx_doc(P(c, "spec/IL-SS26_Purchase_Spec.xlsx"), spec, sheet="Products", ncols=7,
             widths=[10, 36, 26, 26, 18, 22, 12], extra_sheets=[("Packaging", pack, 4, [10, 34, 14, 26])])
    quote = [
        ("title", SUP), ("p", "Unit 1203, No. 88 Lianqian West Road, Siming District, Xiamen, Fujian, China"),
        ("title", "QUOTATION  KJ-Q260115"),
        ("kv", [("Customer", "Ironleaf Fitness Inc. (Ms. Priya Shah)"), ("Date", "Jan 15, 2026")]),
        ("table", [["Item", "Description", "MOQ", "Price (USD)", "Packing"],
                   ["IL-RB5", "5 loop bands set, 100% natural latex, 600x50mm, 1C logo, mesh bag", "1000 sets", "2.10/set", "color box, 40 sets/ctn, 50*35*30cm"],
                   ["IL-TB11", "11pcs tube set, latex tubes, foam handle, door anchor, ankle straps, bag", "500 sets", "6.80/set", "color box, 20 sets/ctn, 55*40*38cm"],
                   ["IL-FAB3", "3pcs fabric hip band, poly-cotton, anti-slip", "1000 sets", "3.25/set", "zip pouch, 50 sets/ctn, 50*35*30cm"],
                   ["Sample fee", "1 set each item, DHL to Toronto", "-", "60.00", "refundable"]], [60, 200, 60, 70, 125]),
        ("kv", [("Price term", "FOB Xiamen"), ("Payment", "30% deposit by Trade Assurance, 70% before shipment"),
                ("Lead time", "35 days after deposit"), ("Valid", "30 days")]),
        ("p", "Vivian Lin | Sales Manager | vivian@kjsports-xm.com"),
    ]
    pdf_platypus(P(c, "quotes/KJ-Q260115.pdf"), quote, pagesize=letter)
    def pi(ver, date, qty_tb, note):
        rows = [["No.", "Item", "Description", "Qty (sets)", "Unit Price (USD)", "Amount (USD)"]]
        lines = [("IL-RB5", "5 loop bands set, 100% natural latex", 1530, 2.10),
                 ("IL-TB11", "11pcs resistance tube set", qty_tb, 6.80),
                 ("IL-FAB3", "3pcs fabric hip band set", 1200, 3.25)]
        tot = 0
        for i, (sku, d, q, p) in enumerate(lines, 1):
            amt = round(q * p, 2); tot += amt
            rows.append([str(i), sku, d, f"{q:,}", f"{p:.2f}", f"{amt:,.2f}"])
        rows.append(["", "", "TOTAL FOB XIAMEN", "", "", f"{tot:,.2f}"])
        return [
            ("title", SUP), ("p", "厦门康健体育用品有限公司  Tel: +86 592 5102 377"),
            ("title", "PROFORMA INVOICE"),
            ("kv", [("PI No.", f"KJ-PI-260121{ver}"), ("Date", date), ("Buyer", "Ironleaf Fitness Inc., 44 Sherbourne St, Toronto, ON M5A 2P7, Canada"),
                    ("Alibaba TA order", "2601219175530082")]),
            ("table", rows),
            ("kv", [("Price term", "FOB Xiamen"),
                    ("Payment", "T/T 30% deposit via Trade Assurance, 70% balance before shipment"),
                    ("Delivery", "35 days after deposit"),
                    ("Packing", "IL-RB5 40 sets/ctn, IL-TB11 20 sets/ctn, IL-FAB3 50 sets/ctn, color box / pouch with FNSKU label, 5 ply carton"),
                    ("Remark", note)]),
            ("h", "Bank details"),
            ("kv", [("Beneficiary", SUP), ("Bank", "Industrial and Commercial Bank of China, Xiamen Siming Sub-branch"),
                    ("SWIFT", "ICBKCNBJXMN"), ("Account", "4100 0210 0920 0336 718")]),
        ]
    xlsx_doc(P(c, "pi/KJ-PI-260121.xlsx"), pi("", "2026-01-21", 800, "RB5 qty 1530 sets incl. 2% spare for FBA damage"),
             sheet="PI", ncols=6, widths=[6, 12, 40, 12, 16, 16])
    xlsx_doc(P(c, "pi/KJ-PI-260121-V2.xlsx"), pi("-V2", "2026-02-12", 500, "V2: TB11 qty updated to 500 sets as per material situation"),
             sheet="PI", ncols=6, widths=[6, 12, 40, 12, 16, 16])
    V = "Vivian Lin <vivian@kjsports-xm.com>"; PR = "Priya Shah <priya@ironleaffitness.ca>"
    eml(P(c, "chat/RE_ Quotation KJ-Q260115 resistance bands.eml"), PR, V,
        "RE: Quotation KJ-Q260115 resistance bands", "Fri, 16 Jan 2026 09:14:22 -0500",
        "<CAIL260116091422.priya@ironleaffitness.ca>",
        "Hi Vivian,\n\nThanks for the quick turnaround. We accept quotation KJ-Q260115: IL-RB5 at 2.10, IL-TB11 at 6.80 and\nIL-FAB3 at 3.25 per set, FOB Xiamen, 30/70 via Trade Assurance, 35 days.\nQuantities per our spec IL-SS26 Rev B (1,500 / 800 / 1,200 sets). Please send the PI.\n\nBest,\nPriya Shah\nIronleaf Fitness Inc.\n\n"
        "On Thu, Jan 15, 2026 at 10:02 PM Vivian Lin <vivian@kjsports-xm.com> wrote:\n> Dear Priya,\n>\n> Good day! Pls find attached our quotation KJ-Q260115 for the 3 items, FOB Xiamen.\n> Sample fee USD60 will be refunded in bulk order.\n> Any question pls feel free to contact me.\n>\n> Best regards\n> Vivian\n",
        inreplyto="<KJ20260115220211.vivian@kjsports-xm.com>")
    eml(P(c, "chat/RE_ TB11 quantity - PI V2.eml"), V, PR,
        "RE: RE: TB11 quantity - PI V2", "Thu, 12 Feb 2026 17:40:05 +0800",
        "<KJ20260212174005.vivian@kjsports-xm.com>",
        "Dear Priya,\n\nNoted with thanks. I will try my best with the foam handle factory.\nPls find PI V2 in Alibaba message, TB11 updated to 500 sets as per material situation, pls kindly check.\nOther items no change.\n\nBest regards\nVivian\n\n"
        "------------------ Original ------------------\nFrom: Priya Shah <priya@ironleaffitness.ca>\nDate: Tue, Feb 10, 2026 11:26 PM\nSubject: RE: TB11 quantity\n\n"
        "> Hi Vivian,\n>\n> We can't accept 500 sets. We need the full 800 sets of IL-TB11 for our spring promo and the\n> deposit was paid on that basis. Please confirm you can deliver 800.\n>\n> Priya\n>\n"
        "> ------------------ Original ------------------\n> From: Vivian Lin\n> Date: Tue, Feb 10, 2026 4:05 PM\n> Subject: TB11 quantity\n>\n"
        "> > Dear Priya,\n> > Sorry to inform, foam handle supplier is short of material after the holiday.\n> > We can only make 500 sets TB11 in this batch, the other 300 sets can go with your next order.\n> > RB5 and FAB3 are on schedule. pls kindly check.\n> > Vivian\n",
        inreplyto="<CAIL260210232611.priya@ironleaffitness.ca>",
        attachments=[("TB11_foam_handle.png", tiny_png(rgb=(40, 40, 40)), "image/png")])


def case03():
    c = "03-car-mount-hk-account-chat"
    SUP = "Shenzhen Hongtai Yuan Electronics Co., Ltd."
    SUPCN = "深圳市宏泰源电子有限公司"
    pdf_fpdf(P(c, "spec/RN-MAG2_spec_sheet.pdf"), [
        ("title", "ROADNEST - Product Specification RN-MAG2"),
        ("kv", [("Product", "Magnetic car air-vent phone mount, MagSafe compatible"),
                ("Buyer", "Roadnest Co. Pty Ltd, 17 Cremorne St, Richmond VIC 3121, Australia"),
                ("Approved", "19/12/2025, Liam O'Connor")]),
        ("table", [["Attribute", "Requirement"],
                   ["Material", "Aluminium alloy head, ABS + PC back shell, N52 magnet ring"],
                   ["Dimensions", "Ø 58 x 32 mm (head), ±1 mm"],
                   ["Weight", "48 g ±5%"], ["Colour", "Matte black"],
                   ["Finish", "Sandblasted anodised head, soft-touch back"],
                   ["Logo", "Laser engraving on back, 'ROADNEST', 18 x 4 mm"],
                   ["Certification", "RoHS, REACH test report"],
                   ["Inner packing", "Printed colour box with FNSKU label"],
                   ["Master carton", "100 pcs/ctn, 5-ply carton 48 x 33 x 30 cm"]], (1, 2)),
        ("h", "Commercial terms (quotation HTY-Q1217 accepted)"),
        ("kv", [("Quantity", "3,000 pcs"), ("Price", "US$2.35/pc FOB Shenzhen"),
                ("Payment", "Trade Assurance, 30% deposit, 70% balance before shipment"),
                ("Lead time", "25 days after deposit")]),
        ("p", "Payments only to the supplier's verified company account shown on the Alibaba Trade Assurance order. Any change of bank details must be confirmed by a call-back to +86 755 2958 1120."),
    ])
    bank = [("Beneficiary:", SUP), ("Bank name:", "China Merchants Bank, Shenzhen Branch"),
            ("Bank address:", "China Merchants Bank Tower, 7088 Shennan Blvd, Futian, Shenzhen"),
            ("SWIFT code:", "CMBCCNBS"), ("Account No.:", "7559 3102 8810 602")]
    pdf_canvas(P(c, "quotes/HTY-Q1217_quotation.pdf"), [
        ("title", SUP), ("p", SUPCN + "  Bldg 5, Huafeng Industrial Park, Bao'an, Shenzhen   Tel +86 755 2958 1120"),
        ("h", "QUOTATION No. HTY-Q1217    Date: 2025-12-17"),
        ("kv", [("To:", "Roadnest Co. Pty Ltd - Liam O'Connor")]),
        ("table", [["Model", "Description", "Qty", "Unit price", "Remark"],
                   ["RN-MAG2", "Magnetic vent mount, aluminium + ABS/PC, N52 magnet, laser logo, color box", "3000 pcs", "USD 2.35", "FOB Shenzhen"],
                   ["RN-MAG2", "Same, qty 5000 pcs (for reference)", "5000 pcs", "USD 2.18", "FOB Shenzhen"],
                   ["Sample", "2 pcs with logo", "", "USD 30.00", "+ express"]], [60, 230, 60, 70, 85]),
        ("kv", [("Payment:", "30% deposit, 70% before shipment, via Alibaba Trade Assurance"),
                ("Lead time:", "25 days after deposit"), ("Packing:", "100pcs/ctn, 48*33*30cm, 5 layers")]),
        ("h", "Bank information"), ("kv", bank),
    ], font="WQY", bold="WQY")
    def pi(rev, date, bk, remark, fn, renderer):
        bl = [
            ("title", SUP), ("p", SUPCN),
            ("title", "PROFORMA INVOICE"),
            ("kv", [("PI No.:", "HTY260108" + rev), ("Date:", date), ("TA Order No.:", "2601081146093317"),
                    ("Buyer:", "Roadnest Co. Pty Ltd, 17 Cremorne St, Richmond VIC 3121, Australia")]),
            ("table", [["No.", "Model", "Description", "Qty", "Unit price", "Amount"],
                       ["1", "RN-MAG2", "Magnetic car vent phone mount, matte black, laser engraving logo, color box + FNSKU", "3,000 pcs", "US$2.35", "US$7,050.00"],
                       ["", "", "TOTAL (FOB SHENZHEN)", "3,000 pcs", "", "US$7,050.00"]], (8, 20, 70, 20, 20, 25)),
            ("kv", [("Price term:", "FOB Shenzhen"), ("Payment:", "30% deposit (USD2,115.00), 70% balance (USD4,935.00) before shipment"),
                    ("Lead time:", "25 days after deposit"), ("Packing:", "100pcs/ctn, 30 ctns, 48*33*30cm 5-ply")]),
            ("h", "BANK INFORMATION"), ("kv", bk)]
        if remark: bl.append(("p", remark))
        bl.append(("sig", "Authorized signature / company chop: " + SUP))
        renderer(P(c, fn), bl)
    pi("", "Jan 8, 2026", bank, "", "pi/PI-HTY260108.pdf",
       lambda p, b: pdf_platypus(p, b, font="WQY", bold="WQY"))
    newbank = [("Beneficiary:", "HK SUNRISE TECH TRADING LIMITED"),
               ("Bank name:", "The Hongkong and Shanghai Banking Corporation Limited (HSBC Hong Kong)"),
               ("Bank address:", "1 Queen's Road Central, Hong Kong"),
               ("SWIFT code:", "HSBCHKHH"), ("Account No.:", "801-456789-838")]
    pi("-R1", "Feb 3, 2026", newbank, "Remark: bank information updated, pls arrange balance to above account.",
       "pi/PI-HTY260108-R1.pdf", lambda p, b: pdf_fpdf(p, b, cjk=True))
    C, L = "Cindy Hongtai", "Liam O'Connor"
    text_file(P(c, "chat/WhatsApp Chat - Cindy Hongtai.txt"), wa_ios([
        ("12/17/25", "4:02:11 PM", C, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."),
        ("12/17/25", "4:02:11 PM", C, "~document omitted"),
        ("12/17/25", "4:03:40 PM", C, "Hi Liam, quotation HTY-Q1217 attached, 2.35usd for 3000pcs FOB Shenzhen"),
        ("12/17/25", "7:15:02 PM", L, "Thanks Cindy, 2.35 for 3,000 pcs is fine, we accept HTY-Q1217. Send 2 samples pls"),
        ("12/19/25", "10:20:45 AM", L, "Samples approved. Magnet is strong, logo looks sharp"),
        ("1/8/26", "11:06:31 AM", C, "~PI-HTY260108.pdf • 1 page document omitted"),
        ("1/8/26", "11:07:02 AM", C, "Dear pls check PI and place TA order, thanks"),
        ("1/8/26", "9:40:18 PM", L, "Done, deposit 2,115 paid through Trade Assurance"),
        ("1/23/26", "2:12:55 PM", C, "~image omitted"),
        ("1/23/26", "2:13:30 PM", C, "mass production going on, 1800pcs finished"),
        ("2/3/26", "3:31:09 PM", C, "Dear Liam, kindly note our company account is under annual audit and can not receive USD this month"),
        ("2/3/26", "3:31:44 PM", C, "pls pay the balance to our Hong Kong company account, new PI attached"),
        ("2/3/26", "3:32:01 PM", C, "~PI-HTY260108-R1.pdf • 1 page document omitted"),
        ("2/3/26", "8:58:26 PM", L, "Ok noted Cindy, we'll wire the balance to the HK account once the goods are ready. Thanks for letting me know"),
        ("2/3/26", "9:01:12 PM", C, "thank you dear 🙏 goods ready on 2/6"),
        ("2/4/26", "8:15:40 AM", L, "Btw we had 41 degrees in Melbourne yesterday, office AC died lol"),
        ("2/4/26", "8:20:03 AM", C, "so hot! here 12 degrees 😂"),
    ]))


def case04():
    c = "04-grooming-glove-logo-co"
    SUP = "Ningbo Meilin Pet Products Co., Ltd."
    docx_doc(P(c, "spec/PS-GG01 Spec Sheet.docx"), [
        ("title", "Pawsome Supply Co. - Spec Sheet PS-GG01"),
        ("p", "Pet grooming / deshedding glove, sold as a pair (left + right). Approved 01/06/2026 by Megan Torres."),
        ("table", [["Field", "Requirement", "Tolerance / note"],
                   ["Material", "Soft TPR tips (255 tips per glove), breathable polyester mesh, adjustable hook-and-loop wrist strap", "Prop 65 compliant TPR"],
                   ["Dimensions", "23 x 16 cm per glove (one size)", "±5 mm"],
                   ["Weight", "95 g per pair", "±8%"],
                   ["Color", "Blue, Pantone 2935 C (tips and strap)", "match golden sample"],
                   ["Logo", "1-color silk screen print, white, on wrist strap, 30 x 10 mm", "-"],
                   ["Certification", "Prop 65 / REACH test report on TPR", "-"]]),
        ("h", "Packaging"),
        ("table", [["Level", "Requirement"],
                   ["Inner", "1 pair on printed header card in clear PE polybag, suffocation warning printed, FNSKU label on bag"],
                   ["Carton", "100 pairs/ctn, 5-ply export carton 55 x 40 x 35 cm, carton marks + Made in China"]]),
        ("h", "Commercial"),
        ("kv", [("Quantity", "2,400 pairs"), ("Unit price", "US$1.65 per pair, FOB Ningbo (quote MLP-2512-08)"),
                ("Payment", "Trade Assurance: 30% deposit, 70% balance before shipment"),
                ("Lead time", "30 days after deposit"),
                ("Inspection", "Third-party pre-shipment inspection, AQL 2.5 major / 4.0 minor, balance after PASS")]),
    ])
    md_doc(P(c, "sample/golden_sample_PS-GG01.md"), [
        ("title", "Golden sample sign-off - PS-GG01"),
        ("p", "Samples received 01/03/2026 (2 pairs). Measured by Megan Torres, Austin TX warehouse."),
        ("table", [["Check", "Spec", "Measured", "OK?"],
                   ["Glove size", "23 x 16 cm", "23.2 x 15.8 cm", "yes"],
                   ["Weight / pair", "95 g", "97 g", "yes"],
                   ["Color", "Pantone 2935 C", "close match under D65", "yes"],
                   ["Tips", "255 soft TPR tips", "255", "yes"],
                   ["Logo", "1C silk screen white on strap", "present, slight ink crack after 50 flex cycles", "yes - watch"]]),
        ("p", "Approved 01/06/2026 - Megan Torres. Sample count: 2 pairs, kept as golden sample."),
    ])
    xlsx_doc(P(c, "quotes/MLP-2512-08 quotation.xlsx"), [
        ("title", SUP + "  宁波美林宠物用品有限公司"),
        ("title", "QUOTATION SHEET"),
        ("kv", [("Customer", "Pawsome Supply Co."), ("Quote No.", "MLP-2512-08"), ("Date", "Dec 8, 2025")]),
        ("table", [["Item No.", "Picture", "Description", "Qty", "FOB Ningbo (USD)", "Packing"],
                   ["PS-GG01", "[img]", "Pet grooming glove pair, TPR tips + mesh, blue PMS 2935C, 1C silk screen logo on strap", "2400 pairs", "1.65/pair", "header card + PE bag, 100 pairs/ctn, 55*40*35cm"],
                   ["PS-GG01", "", "same, 5000 pairs", "5000 pairs", "1.52/pair", ""],
                   ["Sample", "", "2 pairs with logo", "", "25.00", "deduct from order"]]),
        ("kv", [("Payment", "30% deposit, 70% before shipment (Trade Assurance)"), ("Lead time", "30 days after deposit")]),
    ], sheet="Quote", ncols=6, widths=[12, 10, 50, 12, 16, 30])
    pdf_fpdf(P(c, "changes/CO-PS-01_logo_method.pdf"), [
        ("title", "CHANGE ORDER CO-PS-01"),
        ("kv", [("Order", "PSC-PO-1142 / PS-GG01"), ("Date", "01/27/2026"), ("Requested by", "Kevin Zhou, " + SUP)]),
        ("table", [["Field", "From", "To"],
                   ["Logo", "1-color silk screen print, white, on wrist strap, 30 x 10 mm", "Heat transfer print, white, on wrist strap, 30 x 10 mm (same artwork)"]], (1, 2, 2)),
        ("p", "Reason: silk screen ink cracks on the flexible strap in the 50-cycle flex test (see golden sample remark). No change in price, quantity or lead time."),
        ("h", "Approval"),
        ("kv", [("Buyer", "Megan Torres, Pawsome Supply Co. - signed 01/27/2026"),
                ("Supplier", "Kevin Zhou, " + SUP + " - signed 01/27/2026")]),
        ("sig", "Signature (buyer): /s/ Megan Torres"),
    ])
    pdf_platypus(P(c, "pi/PI-MLP260128.pdf"), [
        ("title", SUP), ("p", "No. 156 Chaoyang Road, Jiangbei District, Ningbo, Zhejiang, China"),
        ("title", "PROFORMA INVOICE PI-MLP260128"),
        ("kv", [("Date", "Jan 28, 2026"), ("Buyer", "Pawsome Supply Co., 600 Congress Ave Ste 1400, Austin, TX 78701, USA"),
                ("Trade Assurance No.", "2601281093365520")]),
        ("table", [["No.", "Item", "Description", "Qty", "Price", "Amount"],
                   ["1", "PS-GG01", "Pet grooming glove (pair), TPR tips, mesh, blue PMS 2935C, heat transfer logo white on strap (per CO-PS-01)", "2,400 pairs", "USD1.65", "USD3,960.00"],
                   ["", "", "Total FOB Ningbo", "", "", "USD3,960.00"]], [30, 55, 230, 65, 55, 80]),
        ("p", "SAY TOTAL US DOLLARS THREE THOUSAND NINE HUNDRED AND SIXTY ONLY"),
        ("kv", [("Payment", "30% deposit by Trade Assurance, 70% balance before shipment"),
                ("Lead time", "30 days after deposit"),
                ("Packing", "1 pair/header card + PE bag with suffocation warning + FNSKU label; 100 pairs/ctn; 5 ply 55x40x35cm; 24 ctns"),
                ("Inspection", "third party AQL 2.5/4.0 before balance")]),
        ("h", "Bank"),
        ("kv", [("Beneficiary", SUP), ("Bank", "Bank of Ningbo, Jiangbei Sub-branch"), ("SWIFT", "BKNBCN2N"), ("A/C", "5101 0122 0004 88317")]),
    ])
    K, M = "Kevin Zhou", "Megan Torres"
    text_file(P(c, "chat/WhatsApp Chat with Kevin Zhou.txt"), wa_android([
        ("1/6/26", "9:12 AM", M, "Hi Kevin, samples approved. One thing: the logo on the strap started cracking after flexing it a bunch"),
        ("1/6/26", "9:40 PM", K, "Dear Megan, yes silk screen on TPR strap not so durable. we suggest heat transfer, same look, more strong"),
        ("1/7/26", "8:05 AM", M, "OK sounds good. Please send me the change form and I'll sign it"),
        ("1/27/26", "10:15 PM", K, "CO-PS-01_logo_method.pdf (file attached)"),
        ("1/27/26", "10:16 PM", K, "pls sign and send back, thank you"),
        ("1/27/26", "10:48 PM", M, "Signed and sent back. Deposit goes out this week"),
        ("2/25/26", "4:30 PM", K, "inspection booked 2/26, 100% finished and packed 24 ctns"),
        ("2/27/26", "8:02 AM", M, "Got the report, passed 🎉 Will release the 70% today"),
    ]))
    pdf_canvas(P(c, "inspection/PSI_Report_PS-GG01.pdf"), [
        ("title", "PRE-SHIPMENT INSPECTION REPORT"),
        ("kv", [("Report No.", "AQC-NB-260226-031"), ("Inspection company", "Apex QC Services (Ningbo)"),
                ("Client", "Pawsome Supply Co."), ("Supplier", SUP), ("Product", "PS-GG01 pet grooming glove (pair)"),
                ("Inspection date", "2026-02-26"), ("Order qty", "2,400 pairs, 100% finished, 100% packed (24 ctns)")]),
        ("table", [["Standard", "Level", "Sample size", "Critical", "Major (AQL 2.5)", "Minor (AQL 4.0)"],
                   ["ISO 2859-1", "General II", "125", "0 / Ac 0", "1 / Ac 7", "3 / Ac 10"]]),
        ("table", [["Check", "Requirement", "Finding", "Result"],
                   ["Logo", "Heat transfer white on strap (CO-PS-01)", "conform", "Pass"],
                   ["Color", "PMS 2935C", "conform to golden sample", "Pass"],
                   ["Size", "23 x 16 cm ±5 mm", "22.9-23.3 x 15.8-16.1 cm", "Pass"],
                   ["Packing", "header card + PE bag + FNSKU, 100 pairs/ctn", "conform", "Pass"]]),
        ("h", "OVERALL RESULT: PASS"),
        ("p", "Inspector: Zhang Wei. Minor defects: 3 pcs loose thread at strap edge."),
    ])


def case05():
    c = "05-microfiber-cloth-opp-bag-chat"
    SUP = "Suzhou Jiejing Textile Technology Co., Ltd."
    pdf_platypus(P(c, "spec/BW-MF12_Specification.pdf"), [
        ("title", "Brightwell Home LLC - Product Specification"),
        ("kv", [("Product", "Microfiber cleaning cloths, 12-pack"), ("SKU", "BW-MF12"),
                ("Approved", "01/09/2026 by Dana Whitfield"), ("Supplier", SUP)]),
        ("table", [["Attribute", "Requirement"],
                   ["Material", "80% polyester / 20% polyamide microfiber, 300 gsm, lint-free"],
                   ["Dimensions", "30 x 30 cm (12 x 12 in) per cloth, overlocked edge"],
                   ["Color", "3 each of blue, green, yellow, grey per pack"],
                   ["Weight", "27 g per cloth"],
                   ["Packaging - inner", "Each 12-pack in printed color box (4C on 350 g white card) with FNSKU label on the box"],
                   ["Packaging - carton", "50 packs/ctn, 5-ply export carton 52 x 32 x 42 cm, carton marks + MADE IN CHINA"]], [150, 365]),
        ("h", "Commercial (quote JJ-Q0108 accepted)"),
        ("kv", [("Quantity", "4,000 packs"), ("Unit price", "US$2.95 per pack FOB Shanghai"),
                ("Payment", "Alibaba Trade Assurance 30% deposit / 70% balance before shipment"),
                ("Lead time", "30 days after deposit")]),
    ], pagesize=letter)
    pdf_fpdf(P(c, "quotes/JJ-Q0108_Brightwell.pdf"), [
        ("title", SUP), ("p", "苏州洁净纺织科技有限公司 - Wujiang District, Suzhou, Jiangsu"),
        ("h", "Quotation JJ-Q0108   Date: 2026-01-08"),
        ("table", [["Item", "Description", "MOQ", "Unit price", "Packing"],
                   ["BW-MF12", "Microfiber cloth 30*30cm 300GSM 80/20, 12pcs/pack (4 colors), color box", "2000 packs", "USD2.95/pack", "50 packs/ctn, 52*32*42cm"],
                   ["Sample fee", "2 packs with printed box", "", "USD35", "refundable"]], (2, 5, 2, 2, 3)),
        ("kv", [("Shipping", "by sea FOB Shanghai"), ("Payment", "30% T/T deposit (Trade Assurance), 70% before shipment"),
                ("Lead time", "30 days"), ("Valid", "30 days")]),
    ], cjk=True)
    xlsx_doc(P(c, "pi/PI-JJ260204.xlsx"), [
        ("title", SUP),
        ("p", "No. 9 Songling Road, Wujiang District, Suzhou, Jiangsu 215200, China"),
        ("title", "PROFORMA INVOICE"),
        ("kv", [("PI NO.", "JJ260204"), ("DATE", "2026-02-04"), ("TA ORDER", "2602041188204719"),
                ("BUYER", "Brightwell Home LLC, 250 S High St, Columbus, OH 43215, USA")]),
        ("table", [["Item", "Description", "Qty", "Unit Price (USD)", "Amount (USD)"],
                   ["BW-MF12", "Microfiber cloth 30x30cm, 300gsm, 80% polyester 20% polyamide, 12pcs/pack", "4,000 packs", "2.95", "11,800.00"],
                   ["", "TOTAL FOB SHANGHAI", "", "", "11,800.00"]]),
        ("kv", [("Packing", "each 12-pack in clear OPP bag with suffocation warning + 4C printed insert card, FNSKU label on bag; 50 packs/ctn, 5 ply carton 52*32*42cm"),
                ("Payment", "30% deposit USD3,540.00 via Trade Assurance, 70% USD8,260.00 before shipment"),
                ("Lead time", "30 days after deposit"),
                ("Beneficiary", SUP), ("Bank", "Bank of Communications, Suzhou Wujiang Branch"),
                ("SWIFT", "COMMCNSHSUZ"), ("A/C No.", "3250 0660 1018 0108 62114")]),
    ], sheet="PI", ncols=5, widths=[12, 60, 14, 16, 16])
    G, D = "Grace Wu", "Dana Whitfield"
    text_file(P(c, "chat/_chat.txt"), wa_ios([
        ("1/8/26", "10:11:20 PM", G, "Hi Dana, quote JJ-Q0108 for the 12 pack cloth, 2.95usd FOB Shanghai"),
        ("1/9/26", "7:45:02 AM", D, "Thanks Grace, 2.95 works. We accept JJ-Q0108 for 4,000 packs"),
        ("1/9/26", "7:46:15 AM", D, "It's 28°F in Columbus this morning, brrr"),
        ("2/2/26", "9:03:44 AM", G, "Dear Dana, bad news, our color box factory is closed for environmental inspection, boxes delay at least 2 weeks"),
        ("2/2/26", "9:05:10 AM", G, "we suggest each pack in OPP bag with suffocation warning + 4C insert card, FNSKU label on the bag. same price, no delay, carton keep same 50 packs/ctn. pls kindly check"),
        ("2/2/26", "9:05:31 AM", G, "~image omitted"),
        ("2/2/26", "6:52:19 PM", D, "Hmm ok. The insert card looks decent on the photo"),
        ("2/2/26", "6:55:47 PM", D, "Ok, let's go with the OPP bag + insert card, that works for FBA. Keep the price at 2.95 please"),
        ("2/2/26", "6:56:03 PM", D, "~BW-MF12_insert_card_v1.pdf • 1 page document omitted"),
        ("2/2/26", "9:14:30 PM", G, "ok thanks dear, will update PI"),
        ("2/4/26", "10:22:41 AM", G, "~PI-JJ260204.xlsx document omitted"),
        ("2/4/26", "7:30:12 PM", D, "Deposit 3,540 sent via TA"),
    ]))


def case06():
    c = "06-art-easel-cny-deposit"
    SUP = "Heze Linmu Wooden Crafts Co., Ltd."
    SUPCN = "菏泽林木工艺品有限公司"
    docx_doc(P(c, "spec/LMS-EZ02_spec.docx"), [
        ("title", "Little Maker Studio - Product Spec LMS-EZ02"),
        ("p", "Double-sided kids' art easel. Approved 8 Dec 2025 by Chloe Barnes (Brisbane). Supplier: " + SUP + "."),
        ("table", [["Attribute", "Requirement"],
                   ["Material", "Solid pine wood frame (FSC), magnetic whiteboard side, chalkboard side, PP storage bins x2"],
                   ["Dimensions", "W 58 x D 54 x H 118 cm (max height), 3 height positions; tolerance ±5 mm"],
                   ["Weight", "6.8 kg net"],
                   ["Finish", "Natural clear water-based lacquer, no sharp edges"],
                   ["Accessories", "Paper roll holder + 1 roll 45 cm x 15 m, 4 clips, eraser"],
                   ["Certification", "AS/NZS ISO 8124 and ASTM F963 test reports"],
                   ["Logo", "Screen printed 'little maker' on top rail, 1C white"],
                   ["Packaging", "Flat pack, 1 pc/ctn, 5-ply carton 122 x 62 x 12 cm with colour label and FNSKU"]]),
        ("h", "Commercial terms (quotation LM-2512-EZ, accepted on WhatsApp 3 Dec 2025)"),
        ("table", [["Term", "Value"],
                   ["Quantity", "600 pcs"], ["Unit price", "US$18.60 FOB Qingdao"],
                   ["Payment", "Trade Assurance: 30% deposit, 70% balance before shipment"],
                   ["Lead time", "40 days after deposit"]]),
    ])
    xlsx_doc(P(c, "quotes/LM-2512-EZ quotation.xlsx"), [
        ("title", SUP + "  " + SUPCN),
        ("title", "QUOTATION"),
        ("kv", [("To", "Little Maker Studio Pty Ltd"), ("Date", "2025-12-02"), ("No.", "LM-2512-EZ")]),
        ("table", [["Item", "Description", "Size", "Qty", "FOB Qingdao", "Remarks"],
                   ["LMS-EZ02", "Kids easel double side, pine wood, whiteboard + chalkboard, paper roll, 2 bins", "58*54*118cm", "600 pcs", "18.60", "flat pack 1pc/ctn"],
                   ["LMS-EZ02", "same", "", "1000 pcs", "17.90", "price tier"],
                   ["Sample", "1 pc + express to Brisbane", "", "", "85.00", "refund after order"]]),
        ("kv", [("Payment", "30% deposit, 70% before shipment (Trade Assurance)"), ("Lead time", "40 days after deposit"),
                ("Port", "Qingdao")]),
    ], sheet="报价", ncols=6, widths=[12, 50, 14, 10, 14, 18])
    pdf_fpdf(P(c, "pi/PI-LM260112.pdf"), [
        ("title", SUPCN), ("title", SUP),
        ("p", "地址：山东省菏泽市曹县普连集镇工业园  Add: Pulianji Industrial Park, Cao County, Heze, Shandong"),
        ("title", "形式发票 PROFORMA INVOICE"),
        ("kv", [("PI No. 发票号", "LM260112"), ("Date 日期", "2026-01-12"),
                ("Buyer 买方", "Little Maker Studio Pty Ltd, 88 Boundary St, West End QLD 4101, Australia"),
                ("TA Order", "2601125520471906")]),
        ("table", [["No.", "Item", "Description 品名", "Qty 数量", "Unit Price", "Amount"],
                   ["1", "LMS-EZ02", "儿童画架 Kids art easel double sided, pine wood, 580*540*1180mm, clear water-based lacquer", "600 pcs", "USD18.60", "USD11,160.00"],
                   ["", "", "TOTAL FOB QINGDAO", "600 pcs", "", "USD11,160.00"]], (1, 2, 6, 2, 2, 3)),
        ("kv", [("Payment 付款", "50% T/T deposit, 50% balance before shipment 定金50%，尾款50%发货前付清"),
                ("Lead time 交期", "65 days after deposit (due to Chinese New Year holiday) 收到定金后65天"),
                ("Packing 包装", "1pc/ctn, 5 ply carton 122*62*12cm, color label + FNSKU"),
                ("Port 港口", "Qingdao")]),
        ("h", "Bank 银行信息"),
        ("kv", [("Beneficiary", SUP), ("Bank", "Agricultural Bank of China, Cao County Sub-branch 中国农业银行曹县支行"),
                ("SWIFT", "ABOCCNBJ250"), ("A/C", "1570 1201 0400 17732")]),
        ("sig", "卖方签章 Seller's chop: " + SUPCN),
    ], cjk=True)
    K, CH = "Kevin Liu", "Chloe Barnes"
    text_file(P(c, "chat/WhatsApp Chat with Kevin Liu.txt"), wa_android([
        ("12/2/25", "5:40 PM", K, "Dear Chloe, quotation attached, 18.60usd FOB Qingdao for 600pcs, 40 days"),
        ("12/2/25", "5:41 PM", K, "LM-2512-EZ quotation.xlsx (file attached)"),
        ("12/3/25", "7:12 AM", CH, "Hi Kevin, approved - 18.60 FOB Qingdao, 30% deposit, 40 days. We sold 1,200 easels last Christmas so this one matters!"),
        ("1/12/26", "3:25 PM", K, "PI-LM260112.pdf (file attached)"),
        ("1/12/26", "3:27 PM", K, "Dear Chloe, PI attached. Because Chinese New Year our workers go home from 2/5, so delivery time need 65 days"),
        ("1/12/26", "3:28 PM", K, "And wood price up a lot, boss ask 50% deposit for buy material. pls kindly check"),
        ("1/13/26", "6:50 AM", CH, "Hi Kevin, 65 days is too long, we need stock in the FBA warehouse before Easter. And we agreed 30% deposit in the quote"),
        ("1/13/26", "6:51 AM", CH, "Can you do 45 days and keep 30%?"),
        ("1/13/26", "9:02 AM", K, "I will discuss with boss and reply you tomorrow"),
        ("1/15/26", "10:18 AM", K, "Sorry dear, boss say can not. CNY is big problem, all factories are same"),
        ("1/15/26", "10:19 AM", K, "<Media omitted>"),
        ("1/15/26", "7:33 PM", CH, "I need to think about it. I'll come back to you next week"),
    ], nnbsp=False))


def case07():
    c = "07-bamboo-toothbrush-fnsku-3ply"
    SUP = "Yangjiang Zhuyuan Household Products Co., Ltd."
    xlsx_doc(P(c, "spec/GR-BT4_spec.xlsx"), [
        ("title", "Greenroot Essentials - Product Spec GR-BT4 (v3, approved 2025-12-10, Marcus Lee)"),
        ("table", [["Section", "Attribute", "Requirement", "Tolerance"],
                   ["Product", "Description", "Bamboo toothbrush 4-pack, adult, soft", ""],
                   ["Product", "Material", "Moso bamboo handle (untreated, FSC); bristles BPA-free nylon-6 with charcoal", ""],
                   ["Product", "Dimensions", "190 x 12 mm handle", "±1 mm"],
                   ["Product", "Colour", "natural handle, black bristles", ""],
                   ["Product", "Logo", "laser engraved 'greenroot' + number 1-4 on handle", ""],
                   ["Packaging", "Inner", "each 4-pack in FSC kraft paper box, 1C green print", ""],
                   ["Packaging", "Label", "FNSKU label on every box (Amazon.ca/.com), MADE IN CHINA on box", ""],
                   ["Packaging", "Master carton", "5-ply export carton 45 x 30 x 32 cm, 100 boxes/ctn", ""],
                   ["Commercial", "Quantity", "5,000 packs", "+3%/-0%"],
                   ["Commercial", "Price", "US$0.98 per 4-pack FOB Guangzhou (quote ZY-Q251128 accepted)", ""],
                   ["Commercial", "Payment", "Trade Assurance 30% deposit, 70% before shipment", ""],
                   ["Commercial", "Lead time", "30 days after deposit", ""]]),
    ], sheet="Spec", ncols=4, widths=[14, 16, 70, 12])
    pdf_canvas(P(c, "sample/GR-BT4_sample_approval.pdf"), [
        ("title", "Sample approval - GR-BT4"),
        ("kv", [("Date", "2025-12-10"), ("Approved by", "Marcus Lee"), ("Samples", "5 packs received 2025-12-08")]),
        ("table", [["Check", "Spec", "Measured", "Result"],
                   ["Handle", "190 x 12 mm", "189.6 x 12.1 mm", "OK"],
                   ["Bristles", "nylon-6 charcoal, soft", "soft, no shedding in pull test", "OK"],
                   ["Engraving", "greenroot + 1-4", "clear", "OK"],
                   ["Box", "kraft, 1C green, FNSKU label", "FNSKU label placed bottom right", "OK"]]),
    ], font="Times-Roman", bold="Times-Bold")
    pdf_fpdf(P(c, "quotes/ZY-Q251128.pdf"), [
        ("title", SUP),
        ("p", "阳江竹缘家居用品有限公司 | Yangdong District, Yangjiang, Guangdong | sunny@zhuyuan-household.com"),
        ("h", "QUOTATION ZY-Q251128 - Nov 28, 2025"),
        ("table", [["Item", "Description", "Qty", "Price", "Packing"],
                   ["GR-BT4", "Bamboo toothbrush 4pcs/set, moso bamboo, charcoal nylon bristle, laser logo, kraft box with FNSKU label", "5000 sets", "USD0.98/set", "100 sets/ctn, 5 ply 45*30*32cm"],
                   ["Sample fee", "5 sets with logo + box", "", "USD20", "free if order"]], (2, 6, 2, 2, 3)),
        ("kv", [("Shipping", "by sea FOB Guangzhou"), ("Payment", "Trade Assurance, 30% deposit, 70% balance before shipment"),
                ("Lead time", "30 days after deposit"), ("Validity", "30 days")]),
    ], cjk=True)
    pdf_platypus(P(c, "pi/PI-ZY251215.pdf"), [
        ("title", SUP), ("p", "Yangdong District, Yangjiang, Guangdong, China"),
        ("title", "PROFORMA INVOICE No. ZY251215"),
        ("kv", [("Date", "Dec 15, 2025"), ("Buyer", "Greenroot Essentials Ltd., 1055 W Hastings St, Vancouver, BC V6E 2E9, Canada"),
                ("Alibaba order", "2512150936612048")]),
        ("table", [["Item", "Description", "Quantity", "Unit price", "Amount"],
                   ["GR-BT4", "Bamboo toothbrush 4pcs/set, moso bamboo handle, charcoal nylon-6 bristle, laser logo, kraft box", "5,000 sets", "US$0.98", "US$4,900.00"],
                   ["", "Total FOB Guangzhou", "5,000 sets", "", "US$4,900.00"]], [60, 235, 70, 65, 85]),
        ("kv", [("Packing", "kraft box per set, 100 sets/ctn, 3-ply carton 45*30*32cm, 50 ctns"),
                ("Labels", "carton shipping mark + MADE IN CHINA; FNSKU labeling not included"),
                ("Payment", "30% deposit US$1,470.00 via Trade Assurance, 70% US$3,430.00 before shipment"),
                ("Lead time", "30 days after deposit")]),
        ("h", "Bank information"),
        ("kv", [("Beneficiary", SUP), ("Bank", "China Construction Bank, Yangjiang Branch"), ("SWIFT", "PCBCCNBJGDX"), ("Account", "4405 0174 2708 0000 1263")]),
    ])
    S, MK = "Sunny Chen <sunny@zhuyuan-household.com>", "Marcus Lee <marcus@greenrootessentials.ca>"
    eml(P(c, "chat/Re_ GR-BT4 production photos.eml"), S, MK,
        "Re: GR-BT4 production photos", "Wed, 07 Jan 2026 15:22:48 +0800", "<ZY20260107152248.sunny@zhuyuan-household.com>",
        "Dear Marcus,\n\nGood day. Production going well, 3500 sets finished, packing start next week.\n\n"
        "FNSKU label is not in our price, normally customer do it in prep center in US/CA. pls kindly check.\n"
        "Photos attached.\n\nBest regards\nSunny\n\n"
        "On 2026-01-06 22:10, Marcus Lee wrote:\n> Hi Sunny,\n>\n> Happy new year! How is production going? Could you send a few photos of the\n"
        "> finished brushes, and one of the box with the FNSKU label on it?\n>\n> Thanks,\n> Marcus\n>\n"
        "> On 2025-12-15 18:02, Sunny Chen wrote:\n>> Dear Marcus, PI ZY251215 is on Alibaba, pls check and pay the deposit.\n>> Thank you for your order!\n",
        inreplyto="<CAGR20260106221000.marcus@greenrootessentials.ca>",
        attachments=[("IMG_20260107_1502.png", tiny_png(rgb=(196, 164, 120)), "image/png")])
    eml(P(c, "chat/RE_ Quotation ZY-Q251128.eml"), MK, S,
        "RE: Quotation ZY-Q251128", "Mon, 01 Dec 2025 10:05:31 -0800", "<CAGR20251201100531.marcus@greenrootessentials.ca>",
        "Hi Sunny,\n\nWe accept ZY-Q251128: 5,000 sets GR-BT4 at US$0.98 FOB Guangzhou, 30/70 via Trade Assurance,\n30 days. Sample fee paid on Alibaba today.\n\nMarcus\n\n"
        "> From: Sunny Chen\n> Sent: Friday, November 28, 2025 6:40 PM\n> Dear Marcus, pls kindly check our quotation attached. Best price for you.\n")


def case08():
    c = "08-yoga-block-clean-address-fix"
    SUP = "Jinjiang Hengxin EVA Foam Products Co., Ltd."
    docx_doc(P(c, "spec/KM-YB yoga block spec.docx"), [
        ("title", "Kinfolk Movement LLC - Yoga Block Specification"),
        ("kv", [("SKU", "KM-YB-SAGE"), ("Version / approval", "v1.2, approved 12/19/2025 by Tessa Ramirez"), ("Supplier", SUP)]),
        ("table", [["Attribute", "Requirement", "Tolerance"],
                   ["Material", "High-density EVA foam, non-toxic, latex free", ""],
                   ["Dimensions", "9 x 6 x 4 in (228 x 152 x 102 mm), rounded edges", "±3 mm"],
                   ["Weight", "200 g", "±10 g"],
                   ["Color", "Sage, Pantone 7494 C", "match sample"],
                   ["Logo", "Debossed logo on 9 x 6 in face, 60 x 20 mm", ""],
                   ["Inner pack", "Clear PE polybag with suffocation warning + FNSKU label", ""],
                   ["Master carton", "20 pcs/ctn, 5-ply carton 47 x 32 x 52 cm", ""]]),
        ("h", "Commercial"),
        ("kv", [("Quantity", "2,000 pcs"), ("Price", "US$1.38/pc FOB Xiamen (quote HX-Q1211)"),
                ("Payment", "Trade Assurance, 30% deposit, 70% before shipment"),
                ("Lead time", "30 days after deposit"),
                ("Inspection", "AQL 2.5/4.0 pre-shipment inspection, balance released after PASS")]),
    ])
    md_doc(P(c, "sample/golden-sample.md"), [
        ("title", "Golden sample - KM-YB-SAGE"),
        ("p", "3 pcs received 12/17/2025, approved 12/19/2025 by Tessa Ramirez."),
        ("table", [["Check", "Spec", "Measured"],
                   ["Size", "228 x 152 x 102 mm", "229 x 152 x 101 mm"],
                   ["Weight", "200 g", "204 g"],
                   ["Color", "PMS 7494 C", "OK"],
                   ["Deboss", "60 x 20 mm", "OK, crisp"]]),
    ])
    pdf_canvas(P(c, "quotes/HX-Q1211.pdf"), [
        ("title", SUP), ("p", "晋江恒鑫EVA泡棉制品有限公司  Anhai Town, Jinjiang, Fujian"),
        ("h", "QUOTATION HX-Q1211   2025-12-11"),
        ("table", [["Item", "Description", "Qty", "FOB Xiamen", "Packing"],
                   ["KM-YB-SAGE", "EVA yoga block 9x6x4 inch, high density, 200g, sage PMS 7494C, deboss logo", "2000 pcs", "US$1.38", "polybag + FNSKU, 20pcs/ctn"],
                   ["Yoga strap", "cotton strap 1.8m, D-ring (option)", "1000 pcs", "US$0.62", "polybag"],
                   ["Sample fee", "3 pcs", "", "US$30", "return in order"]], [75, 210, 60, 70, 100]),
        ("kv", [("Payment:", "Trade Assurance 30% deposit, 70% before shipment"), ("Lead time:", "30 days after deposit")]),
    ], font="WQY", bold="WQY", pagesize=letter)
    def pi(rev, date, addr, remark):
        bl = [("title", SUP), ("p", "Anhai Town, Jinjiang, Quanzhou, Fujian, China"),
              ("title", "PROFORMA INVOICE"),
              ("kv", [("PI No.", "HX260109" + rev), ("Date", date), ("Buyer", "Kinfolk Movement LLC"), ("Address", addr),
                      ("TA order", "2601096687102453")]),
              ("table", [["Item", "Description", "Qty", "Unit price", "Amount"],
                         ["KM-YB-SAGE", "EVA yoga block 228*152*102mm, sage PMS7494C, deboss logo", "2,000 pcs", "US$1.38", "US$2,760.00"],
                         ["", "TOTAL FOB XIAMEN", "", "", "US$2,760.00"]], (2, 6, 2, 2, 2)),
              ("kv", [("Packing", "each pc in PE bag with suffocation warning + FNSKU label, 20pcs/ctn, 100 ctns, 5-ply 47*32*52cm"),
                      ("Payment", "30% deposit by Trade Assurance, 70% before shipment"),
                      ("Delivery", "30 days after deposit"),
                      ("Inspection", "AQL 2.5/4.0 by buyer's inspector before balance")]),
              ("h", "Bank"),
              ("kv", [("Beneficiary", SUP.upper()), ("Bank", "Bank of China Jinjiang Sub-branch"), ("SWIFT", "BKCHCNBJ73A"), ("A/C", "4174 5893 2206")])]
        if remark: bl.append(("p", remark))
        pdf_fpdf(P(c, f"pi/PI-HX260109{rev}.pdf"), bl, fmt="Letter")
    pi("", "2026-01-09", "2211 NW Front Ave, Portland, ME 04101, USA", "")
    pi("-R1", "2026-01-10", "2211 NW Front Ave, Portland, OR 97210, USA", "R1: buyer address corrected. No other change.")
    J, T = "Jenny Hong", "Tessa Ramirez"
    text_file(P(c, "chat/WhatsApp Chat - Jenny Hengxin EVA.txt"), wa_ios([
        ("1/9/26", "4:40:02 PM", J, "~PI-HX260109.pdf • 1 page document omitted"),
        ("1/9/26", "4:40:30 PM", J, "Dear Tessa, PI for 2000pcs yoga block, pls check"),
        ("1/9/26", "8:12:55 PM", T, "Hi Jenny, small thing on the PI - we're in Portland Oregon, not Maine 😅 zip 97210"),
        ("1/10/26", "9:01:17 AM", J, "so sorry dear! revised PI R1 attached, only address changed"),
        ("1/10/26", "9:01:40 AM", J, "~PI-HX260109-R1.pdf • 1 page document omitted"),
        ("1/10/26", "10:15:03 AM", T, "Perfect, thanks. Deposit paid via TA. Our 3PL still holds 1,200 blocks from the last batch so no rush, 30 days is fine"),
        ("1/10/26", "10:16:44 AM", T, "It's 32 degrees and raining here lol"),
        ("2/10/26", "11:30:20 AM", J, "goods finished, 100 ctns packed, inspection 2/11 ok?"),
        ("2/10/26", "11:45:09 AM", T, "Yes, QIMA will come 2/11"),
        ("2/12/26", "8:05:51 AM", T, "Report is PASS. Sending the balance today"),
    ]))
    pdf_platypus(P(c, "inspection/QIMA_PSI_KM-YB-SAGE.pdf"), [
        ("title", "Pre-Shipment Inspection Report"),
        ("kv", [("Report ref.", "PSI-260211-XM-0871"), ("Client", "Kinfolk Movement LLC"), ("Factory", SUP),
                ("Product", "EVA yoga block KM-YB-SAGE"), ("Date", "2026-02-11"), ("Quantity", "2,000 pcs, 100% packed (100 ctns)")]),
        ("table", [["Sampling", "Level", "Sample", "Critical", "Major 2.5", "Minor 4.0"],
                   ["ANSI/ASQ Z1.4", "II", "125 pcs", "0", "0 (Ac 7)", "2 (Ac 10)"]]),
        ("table", [["Measurement", "Spec", "Result"],
                   ["Size", "228 x 152 x 102 mm ±3", "227-230 x 151-153 x 101-103 mm"],
                   ["Weight", "200 g ±10 g", "196-207 g"],
                   ["Carton", "20 pcs/ctn, 47x32x52 cm 5-ply", "conform"]]),
        ("h", "Overall result: PASSED"),
    ])


def case09():
    c = "09-food-bags-clean-multi-sku"
    SUP = "Dongguan Huiyou Plastic Products Co., Ltd."
    pdf_fpdf(P(c, "spec/HP_reusable_bags_spec.pdf"), [
        ("title", "Harbour & Pantry Inc. - Reusable Food Bags Specification"),
        ("kv", [("Buyer", "Harbour & Pantry Inc., 1505 Barrington St, Halifax, NS B3J 3K5, Canada"),
                ("Supplier", SUP), ("Approved", "2026-01-05, Owen MacLeod")]),
        ("table", [["SKU", "Contents", "Material", "Size", "Colour", "Qty"],
                   ["HP-SET10", "10 bags: 4 gallon, 3 sandwich, 3 snack", "Food-grade PEVA 0.15 mm, BPA & PVC free, double zip", "gallon 265x270 / sandwich 200x195 / snack 195x110 mm", "clear, teal zip PMS 3278 C", "2,000 sets"],
                   ["HP-SNACK6", "6 snack bags", "Food-grade PEVA 0.15 mm, BPA & PVC free, double zip", "195 x 110 mm", "clear, teal zip PMS 3278 C", "1,000 sets"]], (2, 3, 3, 4, 2, 2)),
        ("kv", [("Certification", "FDA food-contact test report (PEVA), CPSIA"),
                ("Inner pack", "printed kraft paper sleeve with FNSKU label"),
                ("Carton", "HP-SET10 40 sets/ctn 5-ply 50 x 40 x 30 cm; HP-SNACK6 80 sets/ctn 5-ply 45 x 35 x 25 cm"),
                ("Price term", "FOB Shenzhen per quote HY-Q251219 (accepted)"),
                ("Payment", "Trade Assurance 30% deposit, 70% before shipment"),
                ("Lead time", "30 days after deposit"), ("Quantity tolerance", "+3% / -2% per SKU")]),
    ])
    xlsx_doc(P(c, "quotes/HY-Q251219.xlsx"), [
        ("title", SUP + " 东莞市汇优塑胶制品有限公司"),
        ("title", "Quotation"),
        ("kv", [("Customer", "Harbour & Pantry (Owen)"), ("Date", "2025/12/19"), ("Ref", "HY-Q251219")]),
        ("table", [["Item", "Photo", "Description", "MOQ", "Price USD FOB SZ", "Pcs/ctn", "Carton size"],
                   ["HP-SET10", "[pic]", "PEVA bag set 10pcs (4 gallon/3 sandwich/3 snack), double zip, kraft sleeve", "1000 sets", "2.65", "40", "50*40*30cm"],
                   ["HP-SNACK6", "[pic]", "PEVA snack bag 6pcs 19.5*11cm, kraft sleeve", "1000 sets", "1.20", "80", "45*35*25cm"],
                   ["HP-LB01", "[pic]", "PEVA insulated lunch bag 25*18*15cm (option, not ordered yet)", "500 pcs", "3.10", "50", "60*40*45cm"],
                   ["", "", "Sample fee (3 items) + DHL", "", "48.00", "", ""]]),
        ("kv", [("Shipping", "by sea FOB Shenzhen"), ("Payment", "30% deposit, 70% balance before shipment, Trade Assurance"),
                ("Lead time", "30 days after deposit"), ("Validity", "valid 30 days")]),
    ], sheet="Quotation", ncols=7, widths=[12, 8, 46, 10, 16, 8, 14])
    pdf_platypus(P(c, "pi/PI-HY260108.pdf"), [
        ("title", SUP), ("p", "Huangjiang Town, Dongguan, Guangdong, China  |  rita@huiyou-plastic.com"),
        ("title", "PROFORMA INVOICE"),
        ("kv", [("PI No.", "HY260108"), ("Date", "Jan. 8, 2026"), ("Trade Assurance order", "2601083309475512"),
                ("Buyer", "Harbour & Pantry Inc., 1505 Barrington St, Halifax, NS B3J 3K5, Canada")]),
        ("table", [["No.", "Item", "Description", "Qty", "Unit price", "Amount"],
                   ["1", "HP-SET10", "Reusable PEVA food bag set 10pcs, food grade, BPA free, teal zip PMS3278C, kraft sleeve + FNSKU", "2,040 sets", "US$2.65", "US$5,406.00"],
                   ["2", "HP-SNACK6", "Reusable PEVA snack bag 6pcs, 195x110mm, food grade, kraft sleeve + FNSKU", "1,000 sets", "US$1.20", "US$1,200.00"],
                   ["", "", "TOTAL FOB SHENZHEN", "", "", "US$6,606.00"]], [25, 60, 230, 60, 60, 80]),
        ("p", "SAY US DOLLARS SIX THOUSAND SIX HUNDRED AND SIX ONLY"),
        ("kv", [("Payment", "30% deposit US$1,981.80 via Trade Assurance, balance 70% before shipment"),
                ("Lead time", "30 days after receiving deposit"),
                ("Packing", "HP-SET10: 40 sets/ctn, 51 ctns, 50*40*30cm; HP-SNACK6: 80 sets/ctn, 13 ctns, 45*35*25cm; 5 ply export cartons"),
                ("Remark", "HP-SET10 +40 sets overrun as agreed tolerance")]),
        ("h", "Bank information"),
        ("kv", [("Beneficiary", SUP), ("Bank", "Dongguan Rural Commercial Bank, Huangjiang Sub-branch"), ("SWIFT", "DRCBCNBJ"), ("A/C", "1102 0090 0000 3481 27")]),
    ])
    R, O = "Rita Huang", "Owen MacLeod"
    text_file(P(c, "chat/WhatsApp Chat with Rita Huang.txt"), wa_android([
        ("12/19/25", "11:02 PM", R, "Hi Owen, quote attached, also add lunch bag price for your reference"),
        ("12/19/25", "11:02 PM", R, "HY-Q251219.xlsx (file attached)"),
        ("12/20/25", "8:15 AM", O, "Thanks Rita. We accept HY-Q251219 for HP-SET10 (2.65) and HP-SNACK6 (1.20). We'll skip the lunch bag for now"),
        ("12/20/25", "8:16 AM", O, "We shipped 3,500 orders in December, crazy month 😅"),
        ("12/20/25", "9:30 AM", R, "wow congratulations! for next order 5000 sets the SET10 price can be 2.48"),
        ("12/20/25", "9:41 AM", O, "Good to know, maybe in spring"),
        ("1/8/26", "3:10 PM", R, "PI-HY260108.pdf (file attached)"),
        ("1/8/26", "3:11 PM", R, "Dear pls check PI, SET10 make 2040 sets with small overrun, ok?"),
        ("1/8/26", "6:45 PM", O, "That's within our +3% so fine. Deposit 1,981.80 paid on Alibaba"),
        ("1/8/26", "6:46 PM", O, "My office closes 2/16 for Heritage Day btw, not related lol"),
        ("2/5/26", "10:20 AM", R, "<Media omitted>"),
        ("2/5/26", "10:21 AM", R, "goods ready, 64 ctns, will send to forwarder in Shenzhen 2/9"),
    ]))


def case10():
    c = "10-cable-organizer-inspection-pending"
    SUP = "Ningbo Jiayi Plastic & Metal Co., Ltd."
    docx_doc(P(c, "spec/DH-CO5 Product Specification.docx"), [
        ("title", "Deskhaus Inc. - Product Specification DH-CO5-GRY"),
        ("p", "Weighted aluminum desk cable organizer, 5 slots. Rev A, approved 12/20/2025 by Nate Brooks."),
        ("table", [["Attribute", "Requirement", "Tolerance"],
                   ["Material", "Aluminum alloy 6063 body, silicone anti-slip base pad", ""],
                   ["Dimensions", "120 x 30 x 22 mm", "±0.5 mm"],
                   ["Weight", "165 g", "±5%"],
                   ["Color / finish", "Space grey, sandblasted anodized (match approved sample)", ""],
                   ["Logo", "Laser engraving 'DESKHAUS' top left, 25 x 4 mm", ""],
                   ["Inner pack", "White box 1C black print, FNSKU label", ""],
                   ["Master carton", "40 pcs/ctn, 5-ply carton 42 x 30 x 28 cm", ""]]),
        ("h", "Commercial & quality"),
        ("table", [["Term", "Requirement"],
                   ["Quantity", "1,500 pcs"], ["Price", "US$2.80/pc FOB Ningbo (quote JY-Q-1216, accepted)"],
                   ["Payment", "Trade Assurance: 30% deposit, 70% balance before shipment"],
                   ["Lead time", "35 days after deposit"],
                   ["Inspection", "Pre-shipment inspection AQL 2.5/4.0 General II, at least 80% packed; balance only after PASSED"]]),
    ])
    pdf_fpdf(P(c, "sample/DH-CO5_golden_sample.pdf"), [
        ("title", "Golden Sample Record DH-CO5-GRY"),
        ("kv", [("Sample round", "2nd samples (3 pcs), received 12/18/2025"), ("Approved", "12/20/2025 - Nate Brooks")]),
        ("table", [["Item", "Spec", "Measured", "OK"],
                   ["Length x width x height", "120 x 30 x 22 mm", "120.2 x 29.9 x 22.1 mm", "Y"],
                   ["Weight", "165 g", "168 g", "Y"],
                   ["Finish", "space grey sandblasted anodized", "even, matches color card", "Y"],
                   ["Laser logo", "25 x 4 mm", "25 x 4 mm", "Y"],
                   ["Slots", "5 slots, 6 mm cable", "holds 3-7 mm cables", "Y"]]),
        ("p", "1st samples rejected 12/05/2025 (anodizing too dark). 2nd samples approved and kept as reference."),
    ])
    pdf_platypus(P(c, "quotes/JY-Q-1216.pdf"), [
        ("title", SUP), ("p", "宁波嘉亿塑料五金有限公司 - Cixi, Ningbo, Zhejiang"),
        ("h", "Quotation JY-Q-1216 (Dec 16, 2025)"),
        ("table", [["Item", "Description", "Qty", "Unit price FOB Ningbo"],
                   ["DH-CO5-GRY", "Aluminum 6063 cable holder 5 slots, 120*30*22mm, space grey anodized, laser logo, white box + FNSKU", "1,500 pcs", "US$2.80"],
                   ["Sample fee", "2nd round samples 3 pcs", "", "US$45.00 (deduct from order)"]], [80, 260, 70, 105]),
        ("kv", [("Payment", "Trade Assurance 30% deposit, 70% before shipment"), ("Lead time", "35 days after deposit"),
                ("Packing", "40pcs/ctn, 42*30*28cm, 5 ply"), ("Validity", "30 days")]),
    ], font="WQY", bold="WQY")
    pdf_canvas(P(c, "pi/PI-JY251222.pdf"), [
        ("title", SUP), ("p", "No. 66 Xinxing Road, Zhouxiang Town, Cixi, Ningbo, Zhejiang, China"),
        ("title", "PROFORMA INVOICE"),
        ("kv", [("PI No.:", "JY251222"), ("Date:", "Dec. 22, 2025"), ("Trade Assurance:", "2512224471908836"),
                ("Buyer:", "Deskhaus Inc., 75 E Santa Clara St, San Jose, CA 95113, USA")]),
        ("table", [["No.", "Description", "Qty", "Unit price", "Amount"],
                   ["1", "DH-CO5-GRY aluminum cable organizer 5 slots, space grey anodized, laser logo, white box + FNSKU", "1,500 pcs", "US$2.80", "US$4,200.00"],
                   ["2", "Sample fee paid 12/18/2025 on Alibaba (deduct)", "", "", "-US$45.00"],
                   ["3", "DHL express cost of 2nd samples to San Jose", "", "", "US$38.00"],
                   ["", "TOTAL FOB NINGBO", "", "", "US$4,193.00"]], [30, 265, 70, 70, 80]),
        ("p", "SAY US DOLLARS FOUR THOUSAND ONE HUNDRED NINETY THREE ONLY"),
        ("kv", [("Payment:", "30% deposit (US$1,257.90) via Trade Assurance, 70% balance (US$2,935.10) before shipment"),
                ("Lead time:", "35 days after deposit"),
                ("Packing:", "white box + FNSKU, 40pcs/ctn, 38 ctns, 5 ply 42*30*28cm, G.W. 8.2kg/ctn"),
                ("Inspection:", "AQL 2.5/4.0 pre-shipment inspection, balance after PASSED")]),
        ("h", "Bank information"),
        ("kv", [("Beneficiary:", SUP), ("Bank:", "Bank of China Ningbo Cixi Sub-branch"), ("SWIFT:", "BKCHCNBJ92B"), ("A/C:", "3605 6612 0897")]),
    ])
    pdf_fpdf(P(c, "inspection/ClearPoint_PSI_DH-CO5.pdf"), [
        ("title", "ClearPoint Inspection Services - Pre-Shipment Inspection"),
        ("kv", [("Report No.", "CPI-NB-260128-112"), ("Client", "Deskhaus Inc."), ("Supplier", SUP),
                ("Product", "DH-CO5-GRY cable organizer"), ("Inspection date", "2026-01-28"),
                ("Order quantity", "1,500 pcs"), ("Status at inspection", "100% produced, 68% packed (26 of 38 cartons)")]),
        ("table", [["Standard", "Level", "Sample size", "Critical", "Major 2.5", "Minor 4.0"],
                   ["ISO 2859-1", "General II", "125", "0", "2 (Ac 7)", "6 (Ac 10)"]], (3, 2, 2, 2, 2, 2)),
        ("table", [["Check point", "Result"],
                   ["Dimensions 120 x 30 x 22 mm ±0.5", "119.8-120.3 x 29.8-30.1 x 21.9-22.2 mm - conform"],
                   ["Weight 165 g ±5%", "162-169 g - conform"],
                   ["Anodizing color vs golden sample", "slight shade variation on 4 pcs (minor)"],
                   ["Packing", "only 26/38 cartons packed; packing check incomplete"]], (2, 3)),
        ("h", "Overall result: PENDING"),
        ("p", "Reason: less than 80% of the goods packed at the time of inspection. Client decision required / re-inspection of packing recommended."),
    ])
    L, N = "Lucy Zhang <lucy@jiayi-nb.com>", "Nate Brooks <nate@deskhaus.com>"
    eml(P(c, "chat/Re_ DH-CO5 inspection result - balance.eml"), N, L,
        "Re: DH-CO5 inspection result - balance", "Thu, 29 Jan 2026 08:47:10 -0800", "<CADH20260129084710.nate@deskhaus.com>",
        "Hi Lucy,\n\nThanks for the update. Our spec says balance only after a PASSED inspection with at least 80%\npacked, so we'll wait for the re-inspection once all 38 cartons are packed. Please let me know the date.\n\nNate\n\n"
        "On Thu, Jan 29, 2026 at 1:15 AM Lucy Zhang <lucy@jiayi-nb.com> wrote:\n"
        "> Dear Nate,\n>\n> Good morning. Inspector said result pending only because 68% packed, quality is ok.\n"
        "> Pls kindly release the balance USD2,935.10 so we can book the vessel, CNY is coming.\n> Packing photo attached.\n>\n> Best regards\n> Lucy\n",
        inreplyto="<JY20260129011500.lucy@jiayi-nb.com>",
        attachments=[("packing_photo_0128.png", tiny_png(rgb=(150, 120, 90)), "image/png")])


def main():
    write_keys()  # answer keys first
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10):
        fn()


if __name__ == "__main__":
    main()
