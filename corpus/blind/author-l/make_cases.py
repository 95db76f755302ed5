"""Deterministic document renderers used by make_cases.py.

One small block model, several producers:
  ("title", text) ("h", text) ("p", text) ("kv", [(k, v), ...])
  ("table", header, rows, widths)   widths = relative column widths
  ("sp",)
Producers: ReportLab canvas, ReportLab platypus, fpdf2, python-docx, openpyxl.
All outputs are byte-identical across runs (fixed dates, invariant mode,
normalised zip entries).
"""
import datetime as _dt
import re
import zipfile
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LIB = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
LIB_B = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"

pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B))
pdfmetrics.registerFont(TTFont("Liberation", LIB))
pdfmetrics.registerFont(TTFont("Liberation-Bold", LIB_B))

FIXED_ZIP_TIME = (2026, 1, 20, 9, 0, 0)


def _cjk(text):
    return any(ord(ch) > 0x2E7F for ch in text)


# ---------------------------------------------------------------- canvas
def pdf_canvas(path, blocks, title="", author="", base="Helvetica"):
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("ReportLab canvas")
    W, H = A4
    x0, right = 40, W - 40
    width = right - x0
    state = {"y": H - 45}

    def fnt(text, bold=False):
        if _cjk(text):
            return "WQY"
        if base == "Helvetica":
            return "Helvetica-Bold" if bold else "Helvetica"
        return base + ("-Bold" if bold else "")

    def need(h):
        if state["y"] - h < 45:
            c.showPage()
            state["y"] = H - 45

    def text_line(t, size=9, bold=False, align="left", x=None):
        f = fnt(t, bold)
        need(size + 3)
        c.setFont(f, size)
        if align == "center":
            c.drawCentredString(W / 2, state["y"], t)
        else:
            c.drawString(x if x is not None else x0, state["y"], t)
        state["y"] -= size + 3

    def wrapped(t, size=9, bold=False, indent=0):
        f = fnt(t, bold)
        for ln in simpleSplit(t, f, size, width - indent) or [""]:
            text_line(ln, size, bold, x=x0 + indent)

    for b in blocks:
        kind = b[0]
        if kind == "title":
            state["y"] -= 5
            text_line(b[1], 14, True, "center")
            state["y"] -= 2
        elif kind == "center":
            text_line(b[1], 9, False, "center")
        elif kind == "h":
            state["y"] -= 3
            text_line(b[1], 10.5, True)
        elif kind == "p":
            wrapped(b[1])
        elif kind == "kv":
            for k, v in b[1]:
                wrapped(f"{k}: {v}")
        elif kind == "sp":
            state["y"] -= 6
        elif kind == "table":
            header, rows, widths = b[1], b[2], b[3]
            tot = float(sum(widths))
            cws = [width * w / tot for w in widths]
            for ri, row in enumerate([header] + rows):
                bold = ri == 0
                cells = []
                for cw, val in zip(cws, row):
                    f = fnt(str(val), bold)
                    cells.append((f, simpleSplit(str(val), f, 8, cw - 6) or [""]))
                h = max(len(ls) for _, ls in cells) * 10 + 4
                need(h)
                top = state["y"] + 8
                x = x0
                for cw, (f, ls) in zip(cws, cells):
                    c.setLineWidth(0.5)
                    c.rect(x, top - h, cw, h)
                    c.setFont(f, 8)
                    yy = top - 9
                    for ln in ls:
                        c.drawString(x + 3, yy, ln)
                        yy -= 10
                    x += cw
                state["y"] -= h
            state["y"] -= 6
    c.save()


# ---------------------------------------------------------------- platypus
def pdf_platypus(path, blocks, title="", author="", font="DejaVu"):
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, title=title, author=author,
                            creator="ReportLab platypus", leftMargin=42, rightMargin=42,
                            topMargin=42, bottomMargin=42)

    def st(text, size=9, bold=False, align=0):
        f = "WQY" if _cjk(text) else (font + "-Bold" if bold else font)
        return ParagraphStyle("s", fontName=f, fontSize=size, leading=size * 1.3, alignment=align)

    def para(text, size=9, bold=False, align=0):
        return Paragraph(escape(str(text)), st(str(text), size, bold, align))

    story = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            story.append(para(b[1], 14, True, 1))
            story.append(Spacer(1, 6))
        elif kind == "center":
            story.append(para(b[1], 9, False, 1))
        elif kind == "h":
            story.append(Spacer(1, 5))
            story.append(para(b[1], 10.5, True))
        elif kind == "p":
            story.append(para(b[1]))
        elif kind == "kv":
            data = [[para(k, 8.5, True), para(v, 8.5)] for k, v in b[1]]
            t = Table(data, colWidths=[150, 360])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        elif kind == "sp":
            story.append(Spacer(1, 8))
        elif kind == "table":
            header, rows, widths = b[1], b[2], b[3]
            tot = float(sum(widths))
            cws = [510 * w / tot for w in widths]
            data = [[para(h, 8, True) for h in header]] + [[para(v, 8) for v in r] for r in rows]
            t = Table(data, colWidths=cws, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
    doc.build(story)


# ---------------------------------------------------------------- fpdf2
def pdf_fpdf(path, blocks, title="", author="", date=(2026, 1, 15)):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(_dt.datetime(*date, 9, 0, 0, tzinfo=_dt.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("fpdf2")
    pdf.add_font("dejavu", "", DEJAVU)
    pdf.add_font("dejavu", "B", DEJAVU_B)
    pdf.add_font("droid", "", DROID)
    pdf.add_font("wqy", "", WQY, collection_font_number=0)
    pdf.set_fallback_fonts(["droid"], exact_match=False)
    pdf.set_auto_page_break(True, 15)
    pdf.set_margins(14, 14, 14)
    pdf.add_page()
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for ln in b[1].split("\n"):
                if _cjk(ln):
                    pdf.set_font("wqy", "", 13)
                else:
                    pdf.set_font("dejavu", "B", 13)
                pdf.multi_cell(0, 7, ln, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "center":
            pdf.set_font("dejavu", "", 8.5)
            pdf.multi_cell(0, 4.5, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("dejavu", "B", 10)
            pdf.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("dejavu", "", 8.5)
            pdf.multi_cell(0, 4.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "kv":
            pdf.set_font("dejavu", "", 8.5)
            for k, v in b[1]:
                pdf.multi_cell(0, 4.5, f"{k}: {v}", new_x="LMARGIN", new_y="NEXT")
        elif kind == "sp":
            pdf.ln(3)
        elif kind == "table":
            header, rows, widths = b[1], b[2], b[3]
            pdf.set_font("dejavu", "", 8)
            with pdf.table(col_widths=tuple(widths), text_align="LEFT", line_height=4.5,
                           first_row_as_headings=True) as t:
                for row in [header] + rows:
                    r = t.row()
                    for v in row:
                        r.cell(str(v))
            pdf.ln(2)
    pdf.output(path)


# ---------------------------------------------------------------- zip normalisation
def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2026-01-20T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


# ---------------------------------------------------------------- docx
def docx(path, blocks, author=""):
    from docx import Document
    from docx.shared import Pt

    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = _dt.datetime(2026, 1, 20, 9, 0, 0)
    cp.modified = _dt.datetime(2026, 1, 20, 9, 0, 0)
    cp.revision = 1
    d.styles["Normal"].font.size = Pt(10)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], 0)
        elif kind == "h":
            d.add_heading(b[1], 1)
        elif kind in ("p", "center"):
            d.add_paragraph(b[1])
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = k
                cells[1].text = v
            d.add_paragraph("")
        elif kind == "sp":
            d.add_paragraph("")
        elif kind == "table":
            header, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for cell, h in zip(t.rows[0].cells, header):
                cell.text = ""
                cell.paragraphs[0].add_run(str(h)).bold = True
            for r in rows:
                cells = t.add_row().cells
                for cell, v in zip(cells, r):
                    cell.text = str(v)
            d.add_paragraph("")
    d.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- xlsx
def xlsx(path, sheets, author=""):
    """sheets: [(name, ncols, colwidths, blocks)]; table cells may be numbers
    (int/float) or (number, number_format) tuples."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = _dt.datetime(2026, 1, 20, 9, 0, 0)
    wb.properties.modified = _dt.datetime(2026, 1, 20, 9, 0, 0)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    first = True
    for name, ncols, widths, blocks in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        r = 1
        last = get_column_letter(ncols)
        for b in blocks:
            kind = b[0]
            if kind in ("title", "center", "p", "h"):
                ws.cell(r, 1, b[1])
                ws.merge_cells(f"A{r}:{last}{r}")
                if kind == "title":
                    ws.cell(r, 1).font = Font(bold=True, size=14)
                    ws.cell(r, 1).alignment = Alignment(horizontal="center")
                elif kind == "center":
                    ws.cell(r, 1).alignment = Alignment(horizontal="center")
                elif kind == "h":
                    ws.cell(r, 1).font = Font(bold=True)
                r += 1
            elif kind == "kv":
                for k, v in b[1]:
                    ws.cell(r, 1, k).font = Font(bold=True)
                    ws.cell(r, 2, v)
                    if ncols > 2:
                        ws.merge_cells(f"B{r}:{last}{r}")
                    r += 1
            elif kind == "sp":
                r += 1
            elif kind == "table":
                header, rows = b[1], b[2]
                for ci, h in enumerate(header, 1):
                    c = ws.cell(r, ci, h)
                    c.font = Font(bold=True)
                    c.border = box
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
                for row in rows:
                    for ci, v in enumerate(row, 1):
                        fmt = None
                        if isinstance(v, tuple):
                            v, fmt = v
                        c = ws.cell(r, ci, v)
                        c.border = box
                        c.alignment = Alignment(wrap_text=True, vertical="top")
                        if fmt:
                            c.number_format = fmt
                    r += 1
            elif kind == "merge":  # explicit merged range on the previous table
                ws.merge_cells(b[1])
    wb.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- chats
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
RLM = "\u200f"


def wa_android_ar(d, m, y, hh, mm):
    """Arabic-locale Android WhatsApp stamp: ١٤‏/١‏/٢٠٢٦، ١٠:٢٢ م"""
    ap = "ص" if hh < 12 else "م"
    h12 = hh % 12 or 12
    s = f"{d}{RLM}/{m}{RLM}/{y}، {h12}:{mm:02d} {ap}"
    return s.translate(AR_DIGITS)


def wa_android_es(d, m, y, hh, mm, twelve=False, comma=True):
    yy = y % 100
    if twelve:
        ap = "a. m." if hh < 12 else "p. m."
        h12 = hh % 12 or 12
        t = f"{h12}:{mm:02d}\u202f{ap}"
        return f"{d:02d}/{m:02d}/{yy:02d}, {t}"
    sep = ", " if comma else " "
    return f"{d}/{m}/{yy}{sep}{hh}:{mm:02d}"


# ======================================================================
# cases
# ======================================================================
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")

# ---------------------------------------------------------------- answer keys first
KEYS = {
    "01-kettle-mx-clean": {
        "verdict": "RELEASE",
        "description": "Mexico, 3 SKUs of 127 V electric kettles, CIF Manzanillo, T/T 30/70. Everything agrees; "
                       "inspection PASSED satisfies [release].",
        "expected": [
            {"field": "material", "status": "match", "item": "EK-1712"},
        ],
    },
    "02-power-strip-sa-saso-lc": {
        "verdict": "HOLD",
        "description": "Saudi Arabia, 3 SKUs of 13 A extension sockets, CFR Dammam, L/C at sight. PI R1 drops SASO "
                       "for YJ-3G2U (CE/RoHS only) and switches payment to T/T 30/70; the buyer objects in chat.",
        "expected": [
            {"field": "certification", "status": "undocumented_change", "item": "YJ-3G2U", "min_severity": "high"},
            {"field": "payment.deposit", "status": "undocumented_change", "min_severity": "high"},
            {"field": "payment.balance", "status": "undocumented_change", "min_severity": "high"},
        ],
    },
    "03-floodlight-cl-bank-intermediary": {
        "verdict": "HOLD",
        "description": "Chile, 3 SKUs of LED floodlights, CIF San Antonio. The balance PI R1 moves the account to "
                       "another bank with a new Hong Kong intermediary bank (same beneficiary name); the buyer "
                       "defers pending a call-back.",
        "expected": [
            {"field": "bank.name", "status": "undocumented_change", "min_severity": "critical"},
            {"field": "bank.account", "status": "undocumented_change", "min_severity": "critical"},
            {"field": "bank.swift", "status": "undocumented_change", "min_severity": "critical"},
            {"field": "bank.intermediary", "status": "undocumented_change", "min_severity": "critical"},
        ],
    },
    "04-ceiling-fan-ae-port-co-leadtime-chat": {
        "verdict": "REVIEW",
        "description": "UAE, 3 SKUs of ceiling fans. Port of discharge CIF Jebel Ali -> CIF Khalifa Port covered by "
                       "buyer-signed CO-01; lead time 45 -> 60 days agreed only in an Arabic-locale WhatsApp chat.",
        "expected": [
            {"field": "incoterm", "status": "documented_change", "min_severity": "info"},
            {"field": "lead_time", "status": "chat_only", "min_severity": "medium"},
        ],
    },
    "05-hair-dryer-mx-price-carton": {
        "verdict": "HOLD",
        "description": "Mexico, 3 SKUs of hair dryers, CFR Lazaro Cardenas. PI raises HD-2000P from 12.60 to 13.45 "
                       "(buyer deferred in chat); HD-1200T repacked 30 pcs/ctn in a bigger carton, agreed only in chat.",
        "expected": [
            {"field": "price.unit", "status": "undocumented_change", "item": "HD-2000P", "min_severity": "high"},
            {"field": "packaging.carton_qty", "status": "chat_only", "item": "HD-1200T", "min_severity": "medium"},
            {"field": "packaging.carton_size", "status": "chat_only", "item": "HD-1200T", "min_severity": "medium"},
        ],
    },
    "06-padlock-cl-clean": {
        "verdict": "RELEASE",
        "description": "Chile, 3 SKUs of solid brass padlocks, CFR Valparaiso, L/C at sight. Supplier's zinc-alloy "
                       "proposal is refused in chat; PI R1 only corrects the consignee and adds the L/C number.",
        "expected": [
            {"field": "material", "status": "match", "item": "JS-B50"},
        ],
    },
    "07-door-handle-sa-material-201": {
        "verdict": "HOLD",
        "description": "Saudi Arabia, 3 SKUs of door hardware, CIF Jeddah. The PI silently downgrades the HS-PH600 "
                       "pull handle from SS304 to SS201 at the same price, right after the supplier confirmed 304 by mail.",
        "expected": [
            {"field": "material", "status": "undocumented_change", "item": "HS-PH600", "min_severity": "high"},
        ],
    },
    "08-screwdriver-ae-clean": {
        "verdict": "RELEASE",
        "description": "UAE, 3 SKUs of cordless screwdrivers/drills, CFR Jebel Ali, L/C at sight. Quote Rev.1 is "
                       "superseded by Rev.2 (accepted by e-mail); the DOCX PI matches Rev.2; inspection PASSED.",
        "expected": [
            {"field": "price.unit", "status": "match", "item": "RD-CD12"},
        ],
    },
}


def case_dir(name, *sub):
    p = os.path.join(OUT, name, *sub)
    os.makedirs(p, exist_ok=True)
    return p


def write_text(path, text, crlf=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def write_key(name):
    write_text(os.path.join(OUT, name, "expected.json"),
               json.dumps(KEYS[name], ensure_ascii=False, indent=2) + "\n")


def toml_list(xs):
    return "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in xs) + "]"


def write_toml(name, order_id, buyer, supplier, stakeholders, release=None, tolerances=None, extra=""):
    s = f'order_id = "{order_id}"\n'
    s += f"buyer = {toml_list(buyer)}\n"
    s += f"supplier = {toml_list(supplier)}\n"
    s += f"stakeholders = {toml_list(stakeholders)}\n"
    s += extra
    if release:
        s += "\n[release]\n" + "".join(f'{k} = "{v}"\n' for k, v in release.items())
    if tolerances:
        s += "\n[tolerances]\n" + "".join(f'{k} = "{v}"\n' for k, v in tolerances.items())
    write_text(os.path.join(OUT, name, "order.toml"), s)


def usd(x):
    return f"{x:,.2f}"


def wa(lines, stamp):
    """lines: (stamp_args, sender or None, text)"""
    out = []
    for st, who, text in lines:
        ts = stamp(*st)
        out.append(f"{ts} - {text}" if who is None else f"{ts} - {who}: {text}")
    return "\n".join(out) + "\n"


ES_E2E = ("Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, "
          "ni siquiera WhatsApp, puede leerlos ni escucharlos. Toca para obtener más información.")
AR_E2E = ("الرسائل والمكالمات مشفرة تمامًا بين الطرفين. لا أحد خارج هذه الدردشة، ولا حتى واتساب، "
          "يمكنه قراءتها أو الاستماع إليها. انقر لمعرفة المزيد.")


# ====================================================================== 01 kettle MX clean
def case01():
    n = "01-kettle-mx-clean"
    sup_en, sup_cn = "ZHONGSHAN HUILONG ELECTRIC APPLIANCE CO., LTD.", "中山市汇龙电器有限公司"
    buyer = "Distribuidora Electrohogar del Bajío, S.A. de C.V."
    items = [
        ("EK-1712", 1200, 7.85), ("EK-1808", 800, 9.40), ("EK-1005", 600, 5.95)]
    total = sum(q * p for _, q, p in items)
    assert abs(total - 20510) < 1e-6

    docx(os.path.join(case_dir(n, "spec"), "Especificacion_Hervidores_EHB-2026-0112.docx"), [
        ("title", "ESPECIFICACIÓN DE PRODUCTO / PRODUCT SPECIFICATION"),
        ("p", "Orden de compra / PO: EHB-PO-2026-0112     Fecha: 20/01/2026     Revisión: A"),
        ("p", f"Comprador / Buyer: {buyer}, Blvd. Adolfo López Mateos 2317 Ote., León, Gto., C.P. 37270, México"),
        ("p", "Proveedor / Supplier: Zhongshan Huilong Electric Appliance Co., Ltd. (中山市汇龙电器有限公司)"),
        ("h", "1. Artículos / Items"),
        ("table", ["Modelo / SKU", "Descripción", "Material", "Capacidad", "Eléctrico", "Clavija / Plug", "Cantidad (pzas)"], [
            ["EK-1712", "Hervidor eléctrico inalámbrico, base 360° / cordless kettle", "Cuerpo acero inoxidable 304 (SS304); tapa y asa PP",
             "1,700 ml", "127 V~ 60 Hz, 1500 W", "NEMA 1-15 (Tipo A), cable 0.75 m", "1,200"],
            ["EK-1808", "Hervidor de vidrio con luz LED azul / glass kettle, blue LED", "Vidrio borosilicato 3.3; base y tapa SS304",
             "1,800 ml", "127 V~ 60 Hz, 1500 W", "NEMA 1-15 (Tipo A), cable 0.75 m", "800"],
            ["EK-1005", "Hervidor de viaje / travel kettle", "Interior SS304, exterior PP",
             "1,000 ml", "127 V~ 60 Hz, 1000 W", "NEMA 1-15 (Tipo A), cable 0.75 m", "600"],
        ], [1.2, 2.4, 2.2, 1.0, 1.4, 1.6, 1.0]),
        ("h", "2. Requisitos / Requirements"),
        ("kv", [
            ("Certificación / Certification", "NOM-003-SCFI-2014 vigente para cada modelo; etiquetado comercial NOM-024-SCFI; número de certificado impreso en la caja."),
            ("Seguridad / Safety", "Apagado automático y protección contra hervido en seco (auto shut-off, boil-dry protection)."),
            ("Color", "EK-1712 acero cepillado; EK-1808 vidrio transparente con base negra; EK-1005 blanco RAL 9016."),
            ("Logo", "ELECTROHOGAR, serigrafía (silk-screen) 1 color en el frente."),
            ("Empaque / Packaging", "Caja individual a color con instructivo en español. EK-1712: 6 pzas/caja master; EK-1808: 6 pzas/caja master; EK-1005: 12 pzas/caja master. Caja master de 5 capas (5-ply export carton)."),
            ("Garantía / Warranty", "1 año; 1% de piezas de repuesto sin cargo."),
            ("Inspección / Inspection", "Inspección previa al embarque AQL 2.5 / 4.0, nivel General II, por agente del comprador. El saldo se paga solo con reporte APROBADO."),
        ]),
        ("h", "3. Condiciones comerciales / Commercial terms"),
        ("kv", [
            ("Precios / Prices", "Según cotización HL-Q260112 del 12/01/2026, aceptada por el comprador."),
            ("Incoterm", "CIF Manzanillo, Colima, México (Incoterms 2020)"),
            ("Puerto de carga / Port of loading", "Shenzhen (Shekou)"),
            ("Pago / Payment", "T/T 30% anticipo, 70% contra copia del B/L"),
            ("Entrega / Lead time", "45 días después de recibir el anticipo"),
        ]),
        ("p", "Aprobado por / Approved by: Mariana Treviño, Gerente de Compras — 20/01/2026"),
    ], author="Mariana Treviño")

    xlsx(os.path.join(case_dir(n, "quotes"), "HL-Q260112.xlsx"), [
        ("Quotation", 8, [5, 11, 38, 10, 22, 14, 9, 22], [
            ("title", sup_en),
            ("center", f"{sup_cn}  |  No. 8 Xinglong Road, Dongfeng Town, Zhongshan, Guangdong 528425, China  |  Tel +86 760 2263 5180"),
            ("center", "QUOTATION 报价单"),
            ("sp",),
            ("kv", [("To:", f"{buyer} (Attn. Mariana Treviño)"), ("Quote No.:", "HL-Q260112"),
                    ("Date:", "2026-01-12"), ("From:", "Kevin Liang, Sales Manager")]),
            ("sp",),
            ("table", ["No.", "Model", "Description", "Photo", "Voltage / Plug", "Unit Price (USD)", "MOQ", "Packing"], [
                [1, "EK-1712", "1.7L cordless kettle, SS304 body, 360° base, auto shut-off, boil-dry protection", "[photo]",
                 "127V 60Hz 1500W, NEMA 1-15", (7.85, '"US$"#,##0.00'), 1000, "color box, 6pcs/ctn, 5-ply"],
                [2, "EK-1808", "1.8L borosilicate glass kettle, blue LED, SS304 base & lid", "[photo]",
                 "127V 60Hz 1500W, NEMA 1-15", (9.40, '"US$"#,##0.00'), 500, "color box, 6pcs/ctn, 5-ply"],
                [3, "EK-1005", "1.0L travel kettle, SS304 inner, PP housing, white", "[photo]",
                 "127V 60Hz 1000W, NEMA 1-15", (5.95, '"US$"#,##0.00'), 500, "color box, 12pcs/ctn, 5-ply"],
            ]),
            ("sp",),
            ("kv", [("Price term:", "CIF Manzanillo, Mexico"), ("Port of loading:", "Shenzhen"),
                    ("Payment:", "T/T 30% deposit, 70% balance against copy of B/L"),
                    ("Lead time:", "45 days after receipt of deposit"),
                    ("Certificate:", "NOM (NOM-003-SCFI) for all models"),
                    ("Warranty:", "1 year, 1% free spare parts"), ("Validity:", "30 days")]),
        ]),
    ], author="Kevin Liang")

    rows = [
        ["1", "EK-1712", "1.7L 不锈钢304 electric kettle, 127V 60Hz 1500W, NEMA 1-15 plug, NOM", "1,200", "USD 7.850", "9,420.00"],
        ["2", "EK-1808", "1.8L borosilicate glass kettle 高硼硅玻璃, blue LED, 127V 60Hz 1500W, NOM", "800", "USD 9.400", "7,520.00"],
        ["3", "EK-1005", "1.0L travel kettle, SS304 inner / PP housing, 127V 60Hz 1000W, NOM", "600", "USD 5.950", "3,570.00"],
        ["", "", "TOTAL CIF MANZANILLO, MX", "2,600", "", "USD 20,510.00"],
    ]
    pdf_canvas(os.path.join(case_dir(n, "pi"), "PI-HL260205.pdf"), [
        ("title", sup_en),
        ("center", f"{sup_cn}   No. 8 Xinglong Road, Dongfeng Town, Zhongshan, Guangdong, China"),
        ("title", "PROFORMA INVOICE 形式发票"),
        ("kv", [("PI No.", "HL260205"), ("Date", "2026-02-05"), ("Your order", "EHB-PO-2026-0112")]),
        ("kv", [("Buyer", f"{buyer}, Blvd. Adolfo López Mateos 2317 Ote., León, Gto., México. RFC DEB1104123K7")]),
        ("table", ["No.", "Item", "Description", "Qty (pcs)", "Unit Price", "Amount (USD)"], rows, [0.5, 1.1, 4.2, 1.0, 1.1, 1.3]),
        ("p", "SAY US DOLLARS TWENTY THOUSAND FIVE HUNDRED AND TEN ONLY."),
        ("h", "Terms 条款"),
        ("kv", [
            ("Price term", "CIF Manzanillo, Mexico"),
            ("Port of loading", "Shekou, Shenzhen"),
            ("Payment", "30% T/T deposit (USD 6,153.00), 70% balance against copy of B/L (USD 14,357.00)"),
            ("Delivery", "45 days after deposit received  交期：收到定金后45天"),
            ("Packing", "color box; EK-1712 6pcs/ctn, EK-1808 6pcs/ctn, EK-1005 12pcs/ctn; 5-ply export carton"),
            ("Certificate", "NOM-003-SCFI, certificate no. printed on gift box"),
            ("Inspection", "AQL 2.5/4.0, General II, pre-shipment inspection by buyer's agent"),
            ("Warranty", "12 months, 1% free spare parts"),
        ]),
        ("h", "Bank information 银行信息"),
        ("kv", [
            ("Beneficiary", sup_en),
            ("Bank", "Bank of China, Zhongshan Branch"),
            ("Bank address", "116 Zhongshan Road 3, East District, Zhongshan, Guangdong, China"),
            ("SWIFT", "BKCHCNBJ400"),
            ("A/C No.", "6412 5870 3391"),
        ]),
        ("sp",),
        ("p", "Seller: Zhongshan Huilong Electric Appliance Co., Ltd. (company chop 公章)      Buyer's confirmation: ______________"),
    ], title="PI HL260205", author="Kevin Liang")

    es = lambda d, m, hh, mm: wa_android_es(d, m, 2026, hh, mm, comma=False)
    chat = wa([
        ((14, 1, 15, 22), None, ES_E2E),
        ((14, 1, 15, 22), "Kevin Huilong", "Hola Mariana, this is Kevin from Huilong. Quotation HL-Q260112 sent by email"),
        ((14, 1, 15, 40), "Mariana Treviño", "Gracias Kevin. Pregunta: el EK-1808 ¿es 127V? En México es 127V 60Hz"),
        ((14, 1, 15, 47), "Kevin Huilong", "Yes all 3 models 127V 60Hz for Mexico, NOM certificate we have already"),
        ((16, 1, 10, 5), "Mariana Treviño", "Perfecto. Aceptamos la cotización HL-Q260112, te envío la especificación y la OC"),
        ((16, 1, 10, 6), "Kevin Huilong", "👍"),
        ((6, 2, 9, 12), "Kevin Huilong", "PI-HL260205.pdf (archivo adjunto)"),
        ((6, 2, 9, 12), "Kevin Huilong", "PI attached, please check"),
        ((6, 2, 11, 30), "Mariana Treviño", "Revisado, todo correcto. ¿El tiempo de entrega sigue siendo 45 días?"),
        ((6, 2, 11, 34), "Kevin Huilong", "Yes 45 days after deposit, no change. Chinese New Year holiday is already considered"),
        ((6, 2, 11, 36), "Mariana Treviño", "Ok. Enviamos el anticipo del 30% mañana"),
        ((9, 2, 8, 50), "Kevin Huilong", "Deposit received, thank you Mariana"),
        ((9, 2, 8, 52), "Kevin Huilong", "For next season we also have 1.5L model EK-1512, price USD 6.90, I send you catalogue later"),
        ((9, 2, 9, 15), "Mariana Treviño", "Gracias, lo vemos para el siguiente pedido"),
        ((23, 3, 17, 2), "Kevin Huilong", "<Multimedia omitido>"),
        ((23, 3, 17, 2), "Kevin Huilong", "Production finished, packing 100%. Inspection can be 26 March"),
        ((23, 3, 17, 10), "Mariana Treviño", "Ok, el inspector va el 26 de marzo"),
        ((27, 3, 10, 4), "Mariana Treviño", "Recibimos el reporte: APROBADO. Procesamos el saldo contra copia del B/L"),
    ], es)
    write_text(os.path.join(case_dir(n, "chat"), "Chat de WhatsApp con Kevin Huilong.txt"), chat)

    pdf_platypus(os.path.join(case_dir(n, "inspection"), "PSI_Report_EHB-PO-2026-0112.pdf"), [
        ("title", "PRE-SHIPMENT INSPECTION REPORT"),
        ("center", "Pacific Gate Inspection Services Ltd. — Report No. PG-26-03-1187"),
        ("kv", [("Client", buyer), ("Supplier", "Zhongshan Huilong Electric Appliance Co., Ltd."),
                ("PO", "EHB-PO-2026-0112"), ("Inspection date", "2026-03-26"),
                ("Place", "Supplier's factory, Dongfeng Town, Zhongshan"),
                ("Standard", "ISO 2859-1, General Inspection Level II, AQL Critical 0 / Major 2.5 / Minor 4.0")]),
        ("table", ["Item", "Order qty", "Packed", "Sample size", "Critical", "Major", "Minor", "Result"], [
            ["EK-1712", "1,200", "1,200", "80", "0", "1", "2", "Pass"],
            ["EK-1808", "800", "800", "80", "0", "2", "3", "Pass"],
            ["EK-1005", "600", "600", "80", "0", "0", "1", "Pass"],
        ], [1.2, 1, 1, 1, 0.8, 0.8, 0.8, 0.8]),
        ("h", "Tests"),
        ("kv", [("Hi-pot 1,250 V / 1 s", "100% in line, no breakdown — Pass"),
                ("Auto shut-off / boil-dry", "32 pcs per model — Pass"),
                ("Markings", "NOM logo and certificate number on rating label and gift box — Pass"),
                ("Carton drop test", "ISTA 1A, 1 carton per model — Pass")]),
        ("h", "Overall result: PASSED"),
        ("p", "Inspector: Liu Hongwei. Reviewed: Ana Castillo (QA, Pacific Gate)."),
    ], title="PSI report PG-26-03-1187", author="Pacific Gate Inspection Services")

    write_toml(n, "EHB-PO-2026-0112",
               ["Distribuidora Electrohogar del Bajío, S.A. de C.V.", "Electrohogar", "Mariana Treviño"],
               ["Zhongshan Huilong Electric Appliance Co., Ltd.", "中山市汇龙电器有限公司", "Huilong", "Kevin Huilong", "Kevin Liang"],
               ["compras@electrohogar.com.mx", "kevin@huilong-electric.com"],
               release={"inspection": "passed"}, tolerances={"quantity": "+0%/-2%"})
    write_key(n)


# ====================================================================== 02 power strip SA
def case02():
    n = "02-power-strip-sa-saso-lc"
    sup_en, sup_cn = "CIXI YONGJIA ELECTRICAL CO., LTD.", "慈溪市永佳电器有限公司"
    buyer = "Al-Noor Electrical Trading Est."
    buyer_ar = "مؤسسة النور للتجارة الكهربائية"
    items = [("YJ-4G3M", 3000, 2.86), ("YJ-6G5M", 2000, 4.12), ("YJ-3G2U", 2500, 3.45)]
    total = sum(q * p for _, q, p in items)
    assert abs(total - 25445) < 1e-6
    desc = {
        "YJ-4G3M": "4-gang extension socket 13A 250V, BS 1363 fused plug (Type G), individual switches, 3m H05VV-F 3G1.25mm²",
        "YJ-6G5M": "6-gang extension socket 13A 250V, BS 1363 fused plug (Type G), master switch with neon, 5m H05VV-F 3G1.25mm²",
        "YJ-3G2U": "3-gang extension socket 13A 250V + 2x USB-A 5V 2.1A, BS 1363 fused plug (Type G), 2m H05VV-F 3G1.25mm²",
    }

    docx(os.path.join(case_dir(n, "spec"), "ANT-PO-26-014_Purchase_Spec.docx"), [
        ("title", "Purchase Specification – Extension Sockets"),
        ("p", "مواصفات الشراء – وصلات كهربائية متعددة المخارج"),
        ("p", f"Buyer / المشتري: {buyer} ({buyer_ar}), King Fahd Road, Al Olaya, Riyadh 12214, Kingdom of Saudi Arabia"),
        ("p", "Supplier / المورد: Cixi Yongjia Electrical Co., Ltd., Cixi, Ningbo, Zhejiang, China"),
        ("p", "PO No.: ANT-PO-26-014    Date: 12/01/2026 (23/07/1447 H)"),
        ("h", "1. Items / الأصناف"),
        ("table", ["SKU", "Description", "Housing", "Certification", "Qty (pcs)", "Packing"], [
            ["YJ-4G3M", desc["YJ-4G3M"], "PC V-0 flame retardant, white", "SASO (SABER product + shipment certificate), SASO IEC 60884-1", "3,000", "20 pcs/ctn"],
            ["YJ-6G5M", desc["YJ-6G5M"], "PC V-0 flame retardant, white", "SASO (SABER product + shipment certificate), SASO IEC 60884-1", "2,000", "12 pcs/ctn"],
            ["YJ-3G2U", desc["YJ-3G2U"], "PC V-0 flame retardant, white", "SASO (SABER product + shipment certificate), SASO IEC 60884-1", "2,500", "20 pcs/ctn"],
        ], [1.1, 3.6, 1.5, 2.0, 0.8, 1.0]),
        ("h", "2. Requirements / المتطلبات"),
        ("kv", [
            ("Certification", "Every SKU shall hold a valid SASO certificate of conformity registered on SABER before shipment. The SASO certificate per SKU shall be stated on the proforma invoice. CE alone is not accepted."),
            ("Labelling", "Colour sleeve with Arabic and English text, rated values, country of origin, importer name."),
            ("Packing", "Colour sleeve, 5-ply export carton; carton marks per buyer's artwork."),
        ]),
        ("h", "3. Commercial terms / الشروط التجارية"),
        ("kv", [
            ("Prices", "As per supplier quotation YJ-Q2601-018 dated 09/01/2026 (accepted)."),
            ("Incoterm", "CFR Dammam (King Abdulaziz Port), Saudi Arabia"),
            ("Port of loading", "Ningbo"),
            ("Payment", "100% irrevocable L/C at sight issued by Riyad Bank. No T/T deposit."),
            ("Lead time", "40 days after receipt of L/C"),
        ]),
        ("p", "Approved / اعتماد: Faisal Al-Qahtani (فيصل القحطاني), Purchasing Manager, 12/01/2026"),
    ], author="Faisal Al-Qahtani")

    pdf_fpdf(os.path.join(case_dir(n, "quotes"), "YJ-Q2601-018.pdf"), [
        ("title", f"{sup_cn}\n{sup_en}"),
        ("center", "No. 66 Beisanhuan Road, Zhouxiang Town, Cixi, Ningbo, Zhejiang 315324, China  Tel: +86 574 6357 2210"),
        ("title", "QUOTATION 报价单"),
        ("kv", [("Quotation No.", "YJ-Q2601-018"), ("Date", "2026-01-09"),
                ("To", f"{buyer}, Riyadh (Mr. Faisal Al-Qahtani)")]),
        ("table", ["Model 型号", "Description 描述", "Unit price USD", "MOQ", "Packing 包装"], [
            [k, desc[k], f"{p:.2f}", "1,000 pcs", pk] for (k, q, p), pk in zip(items, ["20pcs/ctn", "12pcs/ctn", "20pcs/ctn"])
        ], (22, 88, 24, 22, 26)),
        ("kv", [("Price term 价格条款", "CFR Dammam, Saudi Arabia"), ("Port of loading", "Ningbo"),
                ("Payment 付款方式", "L/C at sight"), ("Lead time 交期", "40 days after L/C received"),
                ("Certificate 认证", "SASO (SABER) for all models"),
                ("Validity", "30 days")]),
        ("p", "Amy Xu / Sales Dept.  amy.xu@yongjia-elec.com  WhatsApp +86 139 5742 8816"),
    ], title="Quotation YJ-Q2601-018", author="Amy Xu", date=(2026, 1, 9))

    def pi(path, no, date, payment, certs, remark, pdate):
        rows = []
        for i, (k, q, p) in enumerate(items, 1):
            rows.append([str(i), k, desc[k], certs[k], f"{q:,}", f"USD {p:.2f}", usd(q * p)])
        rows.append(["", "", "TOTAL CFR DAMMAM", "", "7,500", "", "USD " + usd(total)])
        blocks = [
            ("title", f"{sup_cn}\n{sup_en}"),
            ("center", "No. 66 Beisanhuan Road, Zhouxiang Town, Cixi, Ningbo, Zhejiang, China"),
            ("title", "PROFORMA INVOICE"),
            ("kv", [("PI No.", no), ("Date", date), ("Buyer", f"{buyer}, King Fahd Road, Al Olaya, Riyadh, KSA"),
                    ("Buyer PO", "ANT-PO-26-014")]),
            ("table", ["No.", "Model", "Description", "Certificate", "Qty (pcs)", "Unit Price", "Amount USD"], rows,
             (9, 20, 64, 36, 16, 18, 22)),
            ("p", "SAY US DOLLARS TWENTY-FIVE THOUSAND FOUR HUNDRED FORTY-FIVE ONLY"),
            ("kv", [("Price term", "CFR Dammam, Saudi Arabia"), ("Port of loading", "Ningbo, China"),
                    ("Payment", payment), ("Lead time", "40 days 交期：40天"),
                    ("Packing", "colour sleeve, YJ-4G3M 20pcs/ctn, YJ-6G5M 12pcs/ctn, YJ-3G2U 20pcs/ctn, 5-ply export carton")]),
        ]
        if remark:
            blocks.append(("p", remark))
        blocks += [
            ("h", "Beneficiary bank 收款银行"),
            ("kv", [("Beneficiary", sup_en), ("Bank", "Bank of Ningbo, Cixi Sub-branch"),
                    ("SWIFT", "BKNBCN2N"), ("Account No.", "7101 0122 0004 5581 2")]),
            ("p", "Seller signature & chop: ____________ (Cixi Yongjia Electrical Co., Ltd.)"),
        ]
        pdf_fpdf(path, blocks, title="PI " + no, author="Amy Xu", date=pdate)

    saso = {"YJ-4G3M": "SASO, SABER SC 26-0117-4410", "YJ-6G5M": "SASO, SABER SC 26-0117-4411",
            "YJ-3G2U": "SASO, SABER SC 26-0117-4412"}
    pi(os.path.join(case_dir(n, "pi"), "PI-YJ260122.pdf"), "YJ260122", "2026-01-22",
       "100% irrevocable L/C at sight", saso, "", (2026, 1, 22))
    saso_r1 = dict(saso)
    saso_r1["YJ-3G2U"] = "CE / RoHS"
    pi(os.path.join(case_dir(n, "pi"), "PI-YJ260122-R1.pdf"), "YJ260122-R1", "2026-02-16",
       "T/T 30% deposit, 70% balance before shipment", saso_r1,
       "R1: carton marks added as per buyer artwork.", (2026, 2, 16))

    ar = lambda d, m, hh, mm: wa_android_ar(d, m, 2026, hh, mm)
    chat = wa([
        ((10, 1, 9, 15), None, AR_E2E),
        ((10, 1, 9, 15), "Amy Yongjia", "Good morning Mr. Faisal, quotation YJ-Q2601-018 sent to your email"),
        ((11, 1, 13, 2), "Faisal Al-Qahtani", "Amy, we accept quotation YJ-Q2601-018. PO and spec will follow tomorrow"),
        ((11, 1, 13, 5), "Amy Yongjia", "Thank you Faisal! We will prepare PI"),
        ((22, 1, 16, 40), "Amy Yongjia", "PI-YJ260122.pdf (ملف مرفق)"),
        ((22, 1, 17, 3), "Faisal Al-Qahtani", "تمام. سنفتح الاعتماد المستندي عن طريق بنك الرياض هذا الأسبوع"),
        ((27, 1, 11, 20), "Faisal Al-Qahtani", "L/C issued today by Riyad Bank, advising bank Bank of Ningbo"),
        ((10, 2, 10, 8), "Amy Yongjia", "Dear Faisal, our boss asks can we change to T/T 30% deposit, 70% before shipment? L/C fees are high for us"),
        ((10, 2, 12, 31), "Faisal Al-Qahtani", "لا يا Amy، الدفع بالاعتماد المستندي كما اتفقنا. The L/C is already issued, no T/T."),
        ((10, 2, 12, 45), "Amy Yongjia", "For YJ-3G2U the SASO certificate for the USB part is still in process, maybe we ship with CE first?"),
        ((10, 2, 13, 0), "Faisal Al-Qahtani", "No. Without SABER certificate Saudi customs will not clear the goods. SASO is required for all SKUs as per spec."),
        ((10, 2, 13, 4), "Amy Yongjia", "OK I understand, I will check with the lab"),
        ((16, 2, 15, 22), "Amy Yongjia", "<تم استبعاد الوسائط>"),
        ((16, 2, 15, 23), "Amy Yongjia", "Revised PI R1 with carton marks, please check"),
        ((16, 2, 19, 41), "Faisal Al-Qahtani", "سأراجعه غداً إن شاء الله"),
    ], ar)
    write_text(os.path.join(case_dir(n, "chat"), "WhatsApp Chat with Amy Yongjia.txt"), chat)

    write_toml(n, "ANT-PO-26-014",
               ["Al-Noor Electrical Trading Est.", "مؤسسة النور للتجارة الكهربائية", "Faisal Al-Qahtani", "فيصل القحطاني"],
               ["Cixi Yongjia Electrical Co., Ltd.", "慈溪市永佳电器有限公司", "Yongjia", "Amy Yongjia", "Amy Xu"],
               ["purchasing@alnoor-electric.com.sa", "amy.xu@yongjia-elec.com"],
               tolerances={"quantity": "±2%"})
    write_key(n)


# ====================================================================== 03 floodlight CL bank
def case03():
    n = "03-floodlight-cl-bank-intermediary"
    sup_en, sup_cn = "SHENZHEN GUANGYAO LIGHTING TECHNOLOGY CO., LTD.", "深圳市光耀照明科技有限公司"
    buyer = "Comercial Iluminación Andina SpA"
    items = [("GY-FL50", 1000, 6.20, 50, "5.000"), ("GY-FL100", 600, 11.40, 100, "10.000"), ("GY-FL200", 300, 21.80, 200, "20.000")]
    total = sum(q * p for _, q, p, _, _ in items)
    assert abs(total - 19580) < 1e-6
    old_bank = [("Beneficiary", sup_en), ("Bank", "Bank of China, Shenzhen Branch"),
                ("Bank address", "International Finance Building, 2022 Jianshe Road, Luohu District, Shenzhen, China"),
                ("SWIFT", "BKCHCNBJ45A"), ("Account No.", "7468 2311 9052"),
                ("Intermediary bank", "JPMorgan Chase Bank, N.A., New York — SWIFT CHASUS33")]
    new_bank = [("Beneficiary", sup_en), ("Bank", "China Merchants Bank, Shenzhen Longhua Sub-branch"),
                ("Bank address", "Longhua Avenue 1890, Longhua District, Shenzhen, China"),
                ("SWIFT", "CMBCCNBS"), ("Account No.", "7559 1023 3810 501"),
                ("Intermediary bank", "Standard Chartered Bank (Hong Kong) Limited — SWIFT SCBLHKHH")]

    xlsx(os.path.join(case_dir(n, "spec"), "Ficha_Tecnica_Proyectores_CIA-OC-2026-031.xlsx"), [
        ("Ficha técnica", 9, [12, 10, 14, 11, 8, 16, 30, 22, 10], [
            ("title", "FICHA TÉCNICA — PROYECTORES LED / LED FLOODLIGHTS"),
            ("center", f"{buyer} — Orden de compra CIA-OC-2026-031 — 15/01/2026"),
            ("sp",),
            ("table", ["Código", "Potencia", "Flujo luminoso", "Temp. color", "IP", "Voltaje", "Material carcasa", "Certificación", "Cantidad"], [
                [k, f"{w} W", f"{lm} lm", "6500 K", "IP66", "100-240 V~ 50/60 Hz", "Aluminio inyectado (die-cast), vidrio templado",
                 "SEC (Chile) + CE", (q, "#,##0")] for k, q, p, w, lm in items
            ]),
            ("sp",),
            ("kv", [("Color", "Carcasa gris oscuro RAL 7016"),
                    ("Cable", "0,5 m H05RN-F 3x0,75 mm², sin enchufe"),
                    ("Garantía", "2 años"),
                    ("Empaque", "Caja individual blanca; GY-FL50 20 u/caja, GY-FL100 10 u/caja, GY-FL200 6 u/caja; caja master de 5 capas")]),
        ]),
        ("Condiciones", 3, [30, 40, 30], [
            ("title", "CONDICIONES COMERCIALES"),
            ("kv", [("Precios", "Cotización GY-QT-260110 del 10/01/2026, aceptada"),
                    ("Incoterm", "CIF San Antonio, Chile"),
                    ("Puerto de embarque", "Shenzhen (Yantian)"),
                    ("Pago", "T/T 30% anticipo, 70% contra copia del B/L"),
                    ("Plazo de entrega", "30 días desde el anticipo"),
                    ("Inspección", "Inspección pre-embarque AQL 2.5/4.0; saldo solo con informe APROBADO")]),
            ("sp",),
            ("h", "Cuenta bancaria del proveedor (verificada por teléfono con el Sr. Huang el 16/01/2026)"),
            ("kv", [(k, v) for k, v in old_bank]),
        ]),
    ], author="Rodrigo Fuentes")

    pdf_platypus(os.path.join(case_dir(n, "quotes"), "GY-QT-260110.pdf"), [
        ("title", sup_en),
        ("center", f"{sup_cn} · Building B3, Longhua Industrial Park, Longhua District, Shenzhen, China"),
        ("title", "QUOTATION"),
        ("kv", [("No.", "GY-QT-260110"), ("Date", "2026-01-10"), ("To", f"{buyer}, Santiago, Chile — Mr. Rodrigo Fuentes")]),
        ("table", ["Item", "Description", "Qty", "Unit price (USD)", "Amount (USD)"], [
            [k, f"LED floodlight {w}W, {lm.replace('.', ',')} lm, 6500K, IP66, 100-240V, die-cast aluminium, RAL 7016, SEC + CE", f"{q:,}", f"{p:.2f}", usd(q * p)]
            for k, q, p, w, lm in items] + [["", "TOTAL CIF SAN ANTONIO", "1,900", "", usd(total)]],
         [1.1, 4.5, 0.8, 1.2, 1.2]),
        ("kv", [("Price term", "CIF San Antonio, Chile"), ("Port of loading", "Yantian, Shenzhen"),
                ("Payment", "T/T 30% deposit, 70% against copy of B/L"), ("Lead time", "30 days after deposit"),
                ("Warranty", "2 years"), ("Validity", "20 days")]),
        ("h", "Bank details"),
        ("kv", old_bank),
        ("p", "Sunny Zhou — Overseas Sales — sunny@gy-lighting.com"),
    ], title="Quotation GY-QT-260110", author="Sunny Zhou")

    def pi(path, no, date, bank, remark):
        rows = [[str(i), k, f"LED floodlight {w}W 泛光灯, 6500K, IP66, 100-240V, RAL 7016, SEC+CE", f"{q:,}", f"USD {p:.2f}", usd(q * p)]
                for i, (k, q, p, w, lm) in enumerate(items, 1)]
        rows.append(["", "", "TOTAL CIF SAN ANTONIO", "1,900", "", "USD " + usd(total)])
        blocks = [
            ("title", sup_en),
            ("center", f"{sup_cn}   Building B3, Longhua Industrial Park, Shenzhen   Tel +86 755 2816 0342"),
            ("title", "PROFORMA INVOICE"),
            ("kv", [("PI No.", no), ("Date", date), ("Buyer", f"{buyer}, Av. Vicuña Mackenna 3250, Macul, Santiago, Chile"),
                    ("Order", "CIA-OC-2026-031")]),
            ("table", ["No.", "Item", "Description", "Qty", "Unit Price", "Amount USD"], rows, [0.5, 1.1, 4.3, 0.8, 1.1, 1.3]),
            ("p", "SAY US DOLLARS NINETEEN THOUSAND FIVE HUNDRED AND EIGHTY ONLY"),
            ("kv", [("Price term", "CIF San Antonio, Chile"), ("Port of loading", "Yantian, Shenzhen"),
                    ("Payment", "T/T 30% deposit USD 5,874.00, 70% balance USD 13,706.00 against copy of B/L"),
                    ("Lead time", "30 days after deposit"), ("Warranty", "2 years"),
                    ("Packing", "white box; GY-FL50 20pcs/ctn, GY-FL100 10pcs/ctn, GY-FL200 6pcs/ctn; 5-ply carton")]),
        ]
        if remark:
            blocks.append(("p", remark))
        blocks += [("h", "BANK INFORMATION 银行资料"), ("kv", bank), ("sp",),
                   ("p", "Shenzhen Guangyao Lighting Technology Co., Ltd. (chop)")]
        pdf_canvas(path, blocks, title="PI " + no, author="Sunny Zhou")

    pi(os.path.join(case_dir(n, "pi"), "PI-GY26011801.pdf"), "GY26011801", "2026-01-18", old_bank, "")
    pi(os.path.join(case_dir(n, "pi"), "PI-GY26011801-R1.pdf"), "GY26011801-R1", "2026-03-02", new_bank,
       "R1: revised for balance payment. Please remit the balance to the bank account below.")

    pdf_fpdf(os.path.join(case_dir(n, "inspection"), "Informe_Inspeccion_CIA-OC-2026-031.pdf"), [
        ("title", "INSPECTION REPORT — PRE-SHIPMENT"),
        ("center", "Andes QC Services Ltda. (Shenzhen office) — Report AQ-2602-0415"),
        ("kv", [("Client", buyer), ("Supplier", "Shenzhen Guangyao Lighting Technology Co., Ltd."),
                ("Order", "CIA-OC-2026-031"), ("Date", "2026-02-26"),
                ("Sampling", "ISO 2859-1, level II, AQL 0 / 2.5 / 4.0")]),
        ("table", ["Item", "Lot", "Sample", "Crit.", "Maj.", "Min.", "Result"], [
            ["GY-FL50", "1,000", "80", "0", "1", "3", "Pass"],
            ["GY-FL100", "600", "80", "0", "1", "1", "Pass"],
            ["GY-FL200", "300", "50", "0", "0", "2", "Pass"],
        ], (30, 20, 20, 15, 15, 15, 20)),
        ("kv", [("Function test", "2 h burn-in at 240 V, 100% lit — OK"),
                ("IP66 water jet test", "2 pcs per model — OK"),
                ("Markings", "SEC and CE marks on rating label — OK")]),
        ("h", "Final result: PASSED"),
    ], title="Inspection AQ-2602-0415", author="Andes QC Services", date=(2026, 2, 26))

    eml = """From: Rodrigo Fuentes <rfuentes@iluminacionandina.cl>
To: Sunny Zhou <sunny@gy-lighting.com>
Cc: pagos@iluminacionandina.cl
Subject: RE: CIA-OC-2026-031 balance payment / new bank account
Date: Tue, 03 Mar 2026 10:14:22 -0300
Message-ID: <20260303101422.4471@iluminacionandina.cl>
In-Reply-To: <202603022147.88013@gy-lighting.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hola Sunny,

We received PI R1 with a different bank (China Merchants Bank) and a new
intermediary bank in Hong Kong. Before any payment we must verify this change
by phone with Mr. Huang, at the number on our purchase contract. Por ahora NO
vamos a pagar a la nueva cuenta. Please also send an official letter on your
letterhead with the company chop explaining the change.

Saludos,
Rodrigo Fuentes
Jefe de Importaciones
Comercial Iluminación Andina SpA
+56 2 2941 7730

El lun, 2 mar 2026 a las 21:47, Sunny Zhou <sunny@gy-lighting.com> escribió:
> Dear Rodrigo,
>
> Thanks for the good news. Due to the annual audit of our company, our Bank
> of China account can not receive USD at the moment. Please remit the balance
> USD 13,706.00 to our new account as shown in the attached PI R1
> (PI-GY26011801-R1.pdf). The goods are ready for loading this week.
>
> Best regards,
> Sunny Zhou
> Shenzhen Guangyao Lighting Technology Co., Ltd.
>
> On Sat, 28 Feb 2026 at 09:05, Rodrigo Fuentes <rfuentes@iluminacionandina.cl> wrote:
>> Hi Sunny,
>> The inspection report AQ-2602-0415 is PASSED. Please send the final
>> invoice for the balance and the draft B/L.
>> Saludos, Rodrigo
"""
    write_text(os.path.join(case_dir(n, "chat"), "RE_ CIA-OC-2026-031 balance payment - new bank account.eml"), eml, crlf=True)

    write_toml(n, "CIA-OC-2026-031",
               ["Comercial Iluminación Andina SpA", "Rodrigo Fuentes", "rfuentes@iluminacionandina.cl"],
               ["Shenzhen Guangyao Lighting Technology Co., Ltd.", "深圳市光耀照明科技有限公司", "Guangyao", "Sunny Zhou"],
               ["rfuentes@iluminacionandina.cl", "pagos@iluminacionandina.cl", "sunny@gy-lighting.com"],
               release={"inspection": "passed"}, tolerances={"quantity": "±1%"})
    write_key(n)


# ====================================================================== 04 ceiling fan AE
def case04():
    n = "04-ceiling-fan-ae-port-co-leadtime-chat"
    sup_en, sup_cn = "FOSHAN NANHAI FENGYUAN ELECTRIC APPLIANCE CO., LTD.", "佛山市南海丰源电器有限公司"
    buyer = "Gulf Breeze Home Appliances Trading LLC"
    items = [("FY-56C3", 500, 18.50), ("FY-48C5", 400, 17.20), ("FY-52L", 300, 26.90)]
    total = sum(q * p for _, q, p in items)
    assert abs(total - 24200) < 1e-6
    desc = {
        "FY-56C3": '56" (1400 mm) ceiling fan, 3 blades, 220-240V~ 50Hz 75W, 100% copper motor, 5-speed regulator, white RAL 9010',
        "FY-48C5": '48" (1200 mm) ceiling fan, 5 blades walnut wood-grain, 220-240V~ 50Hz 60W, copper motor, 5-speed regulator',
        "FY-52L": '52" (1300 mm) ceiling fan with 18W LED light kit, remote control, 220-240V~ 50Hz 70W, matt black',
    }

    pdf_platypus(os.path.join(case_dir(n, "spec"), "GBH_Spec_Ceiling_Fans_PO-2601-07.pdf"), [
        ("title", "PRODUCT SPECIFICATION — CEILING FANS"),
        ("center", f"{buyer} · Warehouse 14, Al Quoz Industrial Area 3, Dubai, UAE"),
        ("kv", [("PO", "GBH-PO-2601-07"), ("Date", "2026-01-11"), ("Supplier", "Foshan Nanhai Fengyuan Electric Appliance Co., Ltd.")]),
        ("h", "1. Items"),
        ("table", ["SKU", "Description", "Qty (sets)", "Master carton"], [
            ["FY-56C3", desc["FY-56C3"], "500", "2 sets/ctn, 5-ply, 76 x 30 x 26 cm"],
            ["FY-48C5", desc["FY-48C5"], "400", "2 sets/ctn, 5-ply, 68 x 30 x 26 cm"],
            ["FY-52L", desc["FY-52L"], "300", "1 set/ctn, 5-ply, 72 x 32 x 30 cm"],
        ], [1.1, 5.0, 1.0, 2.4]),
        ("h", "2. Technical and quality requirements"),
        ("kv", [("Certification", "ECAS (Emirates Conformity Assessment Scheme) registration and RoHS for all SKUs"),
                ("Motor", "100% copper winding, thermal fuse; noise ≤ 55 dB(A) at top speed"),
                ("Blades", "MDF blades, balanced in sets, wobble ≤ 3 mm"),
                ("Labels", "Rating label in English and Arabic; carton marks GBH / PO / SKU / C/No."),
                ("Warranty", "2 years motor, 1 year parts"),
                ("Inspection", "Pre-shipment inspection AQL 2.5 / 4.0 by buyer's nominee")]),
        ("h", "3. Commercial terms"),
        ("kv", [("Prices", "As per Fengyuan quotation FY-QT-260108 (accepted 10/01/2026)"),
                ("Incoterm", "CIF Jebel Ali, Dubai (Incoterms 2020)"),
                ("Port of loading", "Guangzhou (Nansha)"),
                ("Payment", "T/T 30% deposit, 70% against copy of B/L"),
                ("Lead time", "45 days after deposit")]),
        ("p", "Approved by: Omar Haddad, Purchasing Manager — 11 January 2026"),
    ], title="GBH Spec PO-2601-07", author="Omar Haddad")

    xlsx(os.path.join(case_dir(n, "quotes"), "FY-QT-260108.xlsx"), [
        ("报价 Quotation", 6, [12, 60, 10, 18, 18, 22], [
            ("title", f"{sup_cn}  {sup_en}"),
            ("center", "Add: Lishui Industrial Zone, Nanhai District, Foshan, Guangdong, China   Tel: 0757-8563 2091"),
            ("center", "报价单 QUOTATION  FY-QT-260108   Date 日期: 2026-01-08"),
            ("p", f"To 客户: {buyer}, Dubai — Mr. Omar Haddad"),
            ("table", ["型号 Model", "描述 Description", "数量 Qty", "单价 Unit Price USD (CIF Jebel Ali)", "金额 Amount USD", "包装 Packing"], [
                [k, desc[k], q, (p, "0.00"), (q * p, "#,##0.00"), pk] for (k, q, p), pk in
                zip(items, ["2sets/ctn", "2sets/ctn", "1set/ctn"])
            ] + [["", "TOTAL", 1200, "", (total, "#,##0.00"), ""]]),
            ("sp",),
            ("kv", [("价格条款 Price term", "CIF Jebel Ali, Dubai"), ("装运港 Port of loading", "Nansha, Guangzhou"),
                    ("付款 Payment", "T/T 30% deposit, 70% against B/L copy"), ("交期 Lead time", "45 days after deposit"),
                    ("认证 Certificate", "ECAS, RoHS"), ("有效期 Validity", "30 days")]),
        ]),
    ], author="Jason Chen")

    def pi(path, no, date, incoterm, lead, remark, pdate):
        rows = [[str(i), k, desc[k], f"{q:,} sets", f"USD {p:.2f}", usd(q * p)] for i, (k, q, p) in enumerate(items, 1)]
        rows.append(["", "", f"TOTAL {incoterm.upper()}", "1,200 sets", "", "USD " + usd(total)])
        blocks = [
            ("title", f"{sup_en}\n{sup_cn}"),
            ("center", "Lishui Industrial Zone, Nanhai District, Foshan, Guangdong, China"),
            ("title", "PROFORMA INVOICE 形式发票"),
            ("kv", [("PI No.", no), ("Date", date), ("Buyer", f"{buyer}, Al Quoz Industrial Area 3, Dubai, UAE"),
                    ("PO", "GBH-PO-2601-07")]),
            ("table", ["No.", "Model", "Description", "Qty", "Unit Price", "Amount"], rows, (9, 20, 88, 22, 22, 24)),
            ("p", "SAY US DOLLARS TWENTY-FOUR THOUSAND TWO HUNDRED ONLY"),
            ("kv", [("Price term", incoterm), ("Port of loading", "Nansha, Guangzhou, China"),
                    ("Payment", "T/T 30% deposit (USD 7,260.00), 70% balance against copy of B/L (USD 16,940.00)"),
                    ("Lead time", lead), ("Certificate", "ECAS, RoHS"),
                    ("Packing", "FY-56C3 2sets/ctn, FY-48C5 2sets/ctn, FY-52L 1set/ctn, 5-ply carton")]),
        ]
        if remark:
            blocks.append(("p", remark))
        blocks += [("h", "Bank details"),
                   ("kv", [("Beneficiary", sup_en), ("Bank", "Industrial and Commercial Bank of China, Foshan Nanhai Sub-branch"),
                           ("SWIFT", "ICBKCNBJGDG"), ("Account", "2013 0155 0920 0187 663")]),
                   ("p", "Authorised signature / chop: Jason Chen")]
        pdf_fpdf(path, blocks, title="PI " + no, author="Jason Chen", date=pdate)

    pi(os.path.join(case_dir(n, "pi"), "PI-FY2601-15.pdf"), "FY2601-15", "2026-01-15", "CIF Jebel Ali, Dubai",
       "45 days after deposit", "", (2026, 1, 15))
    pi(os.path.join(case_dir(n, "pi"), "PI-FY2601-15-R1.pdf"), "FY2601-15-R1", "2026-02-12", "CIF Khalifa Port, Abu Dhabi",
       "60 days after deposit", "R1: port of discharge changed per CO-01; delivery time revised.", (2026, 2, 12))

    docx(os.path.join(case_dir(n, "changes"), "CO-01_Port_of_Discharge.docx"), [
        ("title", "CHANGE ORDER CO-01 / أمر تغيير رقم ١"),
        ("p", f"PO: GBH-PO-2601-07    Buyer: {buyer}    Supplier: Foshan Nanhai Fengyuan Electric Appliance Co., Ltd."),
        ("p", "Date: 09/02/2026"),
        ("table", ["Term / البند", "Before / قبل", "After / بعد"], [
            ["Incoterm and named port / شرط التسليم وميناء التفريغ", "CIF Jebel Ali, Dubai", "CIF Khalifa Port, Abu Dhabi"],
            ["Unit prices / أسعار الوحدة", "as PI FY2601-15", "unchanged / بدون تغيير"],
        ]),
        ("p", "Reason: buyer's new distribution warehouse in KEZAD, Abu Dhabi. Supplier confirms the ocean freight to Khalifa Port is included at the same price."),
        ("p", "السبب: المستودع الجديد للمشتري في منطقة كيزاد، أبوظبي."),
        ("kv", [("Approved by buyer / اعتماد المشتري", "Omar Haddad (عمر حداد), Purchasing Manager — signed 09/02/2026"),
                ("Accepted by supplier", "Jason Chen, Sales Manager — signed 10/02/2026 (chop)")]),
    ], author="Omar Haddad")

    ar = lambda d, m, hh, mm: wa_android_ar(d, m, 2026, hh, mm)
    chat = wa([
        ((15, 1, 10, 2), None, AR_E2E),
        ((15, 1, 10, 2), "Jason Fengyuan", "Dear Omar, PI-FY2601-15 sent to your email, please check"),
        ((15, 1, 11, 30), "Omar Haddad", "تم الاستلام، شكراً"),
        ((20, 1, 14, 12), "Omar Haddad", "Deposit 30% USD 7,260 paid today, swift copy in email"),
        ((21, 1, 9, 3), "Jason Fengyuan", "Received, thank you. Production will start after blades confirmed"),
        ((5, 2, 16, 45), "Jason Fengyuan", "Dear Omar, sorry, because of Chinese New Year holiday (factory closed 9 Feb to 1 Mar) we need 60 days instead of 45 days. Can you accept?"),
        ((5, 2, 17, 20), "Omar Haddad", "هذا تأخير كبير يا Jason. Let me check with our sales team first"),
        ((6, 2, 11, 8), "Omar Haddad", "طيب، موافقين على ٦٠ يوم. OK 60 days accepted, but no further delay please"),
        ((6, 2, 11, 10), "Jason Fengyuan", "Thank you Omar 🙏 I will update in the PI"),
        ((9, 2, 15, 2), "Omar Haddad", "CO-01 for the port change (Khalifa Port) signed and sent by email, please countersign"),
        ((10, 2, 10, 41), "Jason Fengyuan", "Signed CO-01 returned with our chop"),
        ((12, 2, 9, 55), "Jason Fengyuan", "<تم استبعاد الوسائط>"),
        ((12, 2, 9, 56), "Jason Fengyuan", "PI R1 attached"),
        ((12, 2, 13, 14), "Omar Haddad", "👍"),
    ], ar)
    write_text(os.path.join(case_dir(n, "chat"), "WhatsApp Chat with Jason Fengyuan.txt"), chat)

    write_toml(n, "GBH-PO-2601-07",
               ["Gulf Breeze Home Appliances Trading LLC", "Gulf Breeze", "Omar Haddad", "عمر حداد"],
               ["Foshan Nanhai Fengyuan Electric Appliance Co., Ltd.", "佛山市南海丰源电器有限公司", "Fengyuan", "Jason Fengyuan", "Jason Chen"],
               ["omar.haddad@gulfbreeze-ae.com", "jason@fengyuan-fan.com"],
               tolerances={"quantity": "±2%"})
    write_key(n)


# ====================================================================== 05 hair dryer MX
def case05():
    n = "05-hair-dryer-mx-price-carton"
    sup_en, sup_cn = "NINGBO MEISEN ELECTRIC APPLIANCE CO., LTD.", "宁波美森电器有限公司"
    buyer = "Comercializadora Belleza Total, S.A. de C.V."
    q_prices = {"HD-1875": 6.75, "HD-1200T": 4.30, "HD-2000P": 12.60}
    pi_prices = {"HD-1875": 6.75, "HD-1200T": 4.30, "HD-2000P": 13.45}
    qty = {"HD-1875": 1500, "HD-1200T": 1000, "HD-2000P": 600}
    pi_total = sum(qty[k] * pi_prices[k] for k in qty)
    assert abs(pi_total - 22495) < 1e-6
    desc = {
        "HD-1875": "Secadora iónica 1875 W, motor DC, 2 velocidades / 3 temperaturas, golpe de aire frío",
        "HD-1200T": "Secadora de viaje plegable 1200 W, doble voltaje 127/220 V con selector",
        "HD-2000P": "Secadora profesional 2000 W, motor AC, cable 3 m",
    }
    desc_en = {
        "HD-1875": "Ionic hair dryer 1875W, DC motor, 2 speeds/3 heat, cool shot, 127V 60Hz, ALCI plug, black/rose gold",
        "HD-1200T": "Foldable travel hair dryer 1200W, dual voltage 127/220V, NEMA 1-15 plug, white",
        "HD-2000P": "Professional hair dryer 2000W, AC motor, 3m cord, 127V 60Hz, ALCI plug, matt black",
    }

    xlsx(os.path.join(case_dir(n, "spec"), "Especificacion_Secadoras_BT-OC-2026-02.xlsx"), [
        ("Especificación", 9, [11, 42, 10, 12, 22, 16, 10, 12, 18], [
            ("title", "ESPECIFICACIÓN DE COMPRA — SECADORAS DE CABELLO"),
            ("center", f"{buyer} · Av. Constitución 1450 Ote., Monterrey, N.L. · OC BT-OC-2026-02 · 14/01/2026"),
            ("sp",),
            ("table", ["Modelo", "Descripción", "Potencia", "Voltaje", "Clavija", "Color", "Cantidad", "Pzas/caja", "Medida caja"], [
                ["HD-1875", desc["HD-1875"], "1875 W", "127 V~ 60 Hz", "ALCI (NEMA 1-15)", "negro / oro rosa", (1500, "#,##0"), 12, "52 x 36 x 34 cm"],
                ["HD-1200T", desc["HD-1200T"], "1200 W", "127/220 V", "NEMA 1-15", "blanco", (1000, "#,##0"), 24, "52 x 38 x 40 cm"],
                ["HD-2000P", desc["HD-2000P"], "2000 W", "127 V~ 60 Hz", "ALCI (NEMA 1-15)", "negro mate", (600, "#,##0"), 6, "48 x 34 x 30 cm"],
            ]),
            ("p", "Caja master de 5 capas para todos los modelos. Caja individual a color con instructivo en español."),
        ]),
        ("Condiciones", 2, [28, 70], [
            ("title", "CONDICIONES"),
            ("kv", [("Precios", "Según cotización MS-Q-2601-07 del 12/01/2026 (aceptada)"),
                    ("Incoterm", "CFR Lázaro Cárdenas, Michoacán, México"),
                    ("Puerto de embarque", "Ningbo"),
                    ("Pago", "T/T 30% anticipo, 70% contra copia del B/L"),
                    ("Entrega", "40 días naturales después del anticipo"),
                    ("Certificación", "NOM-003-SCFI-2014 vigente por modelo"),
                    ("Logo", "BELLEZA TOTAL, tampografía en el mango"),
                    ("Garantía", "1 año"),
                    ("Aprobó", "Alejandra Garza, Compras — 14/01/2026")]),
        ]),
    ], author="Alejandra Garza")

    pdf_fpdf(os.path.join(case_dir(n, "quotes"), "MS-Q-2601-07.pdf"), [
        ("title", f"{sup_cn}\n{sup_en}"),
        ("center", "No. 210 Xiangyang Road, Yuyao, Ningbo, Zhejiang, China · grace@meisen-appliance.com"),
        ("title", "QUOTATION / PRICE LIST"),
        ("kv", [("Quote No.", "MS-Q-2601-07"), ("Date", "2026-01-12"), ("Customer", f"{buyer} (Ms. Alejandra Garza)")]),
        ("table", ["Model", "Description", "Unit price USD CFR Lázaro Cárdenas", "MOQ", "Packing"], [
            ["HD-1875", desc_en["HD-1875"], "6.75", "500 pcs", "12pcs/ctn, 52*36*34cm"],
            ["HD-1200T", desc_en["HD-1200T"], "4.30", "500 pcs", "24pcs/ctn, 52*38*40cm"],
            ["HD-2000P", desc_en["HD-2000P"], "12.60", "300 pcs", "6pcs/ctn, 48*34*30cm"],
        ], (20, 78, 30, 18, 36)),
        ("kv", [("Price term", "CFR Lazaro Cardenas, Mexico"), ("Port of loading", "Ningbo"),
                ("Payment", "T/T 30% deposit, 70% against B/L copy"), ("Lead time", "40 days after deposit"),
                ("Certificate", "NOM for all models"), ("Logo", "pad printing on handle, free for 1 colour"),
                ("Packing", "colour box, 5-ply export carton"), ("Validity", "30 days")]),
        ("p", "Grace Wu 吴海燕 — Sales"),
    ], title="Quotation MS-Q-2601-07", author="Grace Wu", date=(2026, 1, 12))

    rows = [[str(i), k, desc_en[k], f"{qty[k]:,}", f"US${pi_prices[k]:.2f}", usd(qty[k] * pi_prices[k])]
            for i, k in enumerate(["HD-1875", "HD-1200T", "HD-2000P"], 1)]
    rows.append(["", "", "TOTAL CFR LAZARO CARDENAS", "3,100", "", "US$" + usd(pi_total)])
    pdf_canvas(os.path.join(case_dir(n, "pi"), "PI-MS260203.pdf"), [
        ("title", sup_en),
        ("center", f"{sup_cn} · No. 210 Xiangyang Road, Yuyao, Ningbo, Zhejiang, China"),
        ("title", "PROFORMA INVOICE"),
        ("kv", [("PI No.", "MS260203"), ("Date", "2026-02-03"), ("Customer PO", "BT-OC-2026-02"),
                ("Buyer", f"{buyer}, Av. Constitución 1450 Ote., Centro, Monterrey, N.L., México")]),
        ("table", ["No.", "Model", "Description", "Qty", "Unit Price", "Amount USD"], rows, [0.5, 1.0, 4.6, 0.8, 1.0, 1.3]),
        ("p", "SAY US DOLLARS TWENTY-TWO THOUSAND FOUR HUNDRED NINETY-FIVE ONLY"),
        ("kv", [("Price term", "CFR Lazaro Cardenas, Mexico"), ("Port of loading", "Ningbo"),
                ("Payment", "T/T 30% deposit, 70% balance against copy of B/L"),
                ("Lead time", "40 days after deposit  交货期：收到定金后40天"),
                ("Certificate", "NOM-003-SCFI"),
                ("Logo", "BELLEZA TOTAL pad printing on handle"),
                ("Packing", "colour box; HD-1875 12pcs/ctn 52*36*34cm; HD-1200T 30pcs/ctn 58*40*45cm; HD-2000P 6pcs/ctn 48*34*30cm; 5-ply export carton")]),
        ("h", "Bank information"),
        ("kv", [("Beneficiary", sup_en), ("Bank", "Agricultural Bank of China, Yuyao Branch"),
                ("SWIFT", "ABOCCNBJ110"), ("A/C", "3912 6001 0400 0874 5")]),
        ("p", "Ningbo Meisen Electric Appliance Co., Ltd. 宁波美森电器有限公司 (公章)"),
    ], title="PI MS260203", author="Grace Wu", base="Liberation")

    es = lambda d, m, hh, mm: wa_android_es(d, m, 2026, hh, mm, twelve=True)
    chat = wa([
        ((12, 1, 9, 40), None, ES_E2E),
        ((12, 1, 9, 40), "Grace Meisen", "Hi Alejandra, quotation MS-Q-2601-07 sent to your mail, pls check"),
        ((15, 1, 10, 12), "Alejandra Garza", "Hola Grace, aceptamos la cotización MS-Q-2601-07. Te mando la OC BT-OC-2026-02 y la especificación por correo"),
        ((15, 1, 10, 20), "Grace Meisen", "Thank you dear! 🙏"),
        ((28, 1, 16, 5), "Grace Meisen", "Alejandra, for HD-1200T we can pack 30 pcs per carton instead of 24, carton 58x40x45cm. It saves about 1 CBM freight"),
        ((28, 1, 17, 42), "Alejandra Garza", "Ok, de acuerdo: HD-1200T 30 pzas por caja, caja 58x40x45 cm, siempre de 5 capas"),
        ((30, 1, 11, 3), "Grace Meisen", "Also copper wire price went up, HD-2000P AC motor cost is higher. New price USD 13.45"),
        ((30, 1, 12, 26), "Alejandra Garza", "Eso lo tengo que revisar con dirección. Por ahora mantenemos el precio de la cotización"),
        ((3, 2, 15, 10), "Grace Meisen", "PI-MS260203.pdf (archivo adjunto)"),
        ((3, 2, 15, 10), "Grace Meisen", "<Multimedia omitido>"),
        ((3, 2, 18, 51), "Alejandra Garza", "Recibido, lo reviso mañana"),
    ], es)
    write_text(os.path.join(case_dir(n, "chat"), "Chat de WhatsApp con Grace Meisen.txt"), chat)

    write_toml(n, "BT-OC-2026-02",
               ["Comercializadora Belleza Total, S.A. de C.V.", "Belleza Total", "Alejandra Garza"],
               ["Ningbo Meisen Electric Appliance Co., Ltd.", "宁波美森电器有限公司", "Meisen", "Grace Meisen", "Grace Wu"],
               ["agarza@bellezatotal.mx", "grace@meisen-appliance.com"],
               tolerances={"quantity": "±1%"})
    write_key(n)


# ====================================================================== 06 padlock CL clean
def case06():
    n = "06-padlock-cl-clean"
    sup_en, sup_cn = "PUJIANG JINSHENG LOCK INDUSTRY CO., LTD.", "浦江县金盛锁业有限公司"
    buyer = "Distribuidora Ferretera del Pacífico SpA"
    items = [("JS-B30", 6000, 0.92, 30, 5, 240, "0,085"), ("JS-B40", 4800, 1.38, 40, 6.5, 120, "0,140"),
             ("JS-B50", 2400, 2.15, 50, 8, 72, "0,235")]
    total = sum(q * p for _, q, p, *_ in items)
    assert abs(total - 17304) < 1e-6

    pdf_platypus(os.path.join(case_dir(n, "spec"), "Ficha_Tecnica_Candados_DFP-OC-26-0088.pdf"), [
        ("title", "FICHA TÉCNICA — CANDADOS DE LATÓN"),
        ("center", f"{buyer} · Av. Brasil 1520, Valparaíso · RUT 76.418.552-3"),
        ("kv", [("Orden de compra", "DFP-OC-26-0088"), ("Fecha", "16/01/2026"),
                ("Proveedor", "Pujiang Jinsheng Lock Industry Co., Ltd. (浦江县金盛锁业有限公司)")]),
        ("table", ["Código", "Ancho cuerpo", "Arco (grillete)", "Peso", "Cantidad", "Empaque"], [
            [k, f"{w} mm ±0,5 mm", f"acero endurecido Ø{str(s).replace('.', ',')} mm", f"{wt} kg", f"{q:,}".replace(",", "."), f"{c} u/caja master"]
            for k, q, p, w, s, c, wt in items
        ], [1, 1.3, 1.8, 0.9, 0.9, 1.3]),
        ("kv", [("Material cuerpo", "Latón macizo (solid brass), no se acepta aleación de zinc (zamak)"),
                ("Acabado", "Latón pulido con laca protectora"),
                ("Llaves", "3 llaves de latón por candado"),
                ("Empaque", "Caja individual (inner box) con código EAN-13; caja master de 5 capas"),
                ("Inspección", "AQL 2.5 / 4.0 antes del embarque; el banco paga el L/C solo con certificado de inspección APROBADO")]),
        ("h", "Condiciones comerciales"),
        ("kv", [("Precios", "Cotización JS-QT-2601-05 del 13/01/2026, aceptada"),
                ("Incoterm", "CFR Valparaíso, Chile"),
                ("Puerto de embarque", "Ningbo"),
                ("Pago", "Carta de crédito irrevocable a la vista (L/C at sight), 100%"),
                ("Plazo", "35 días desde la recepción del L/C")]),
        ("p", "Aprobado: Catalina Muñoz, Jefa de Compras — 16/01/2026"),
    ], title="Ficha tecnica DFP-OC-26-0088", author="Catalina Muñoz", font="Liberation")

    docx(os.path.join(case_dir(n, "sample"), "Registro_Muestra_Aprobada_DFP-26-0088.docx"), [
        ("title", "Registro de muestra aprobada (golden sample)"),
        ("p", "Orden: DFP-OC-26-0088 — Muestras recibidas en Valparaíso el 12/01/2026 — 2 unidades por modelo"),
        ("table", ["Código", "Ancho cuerpo medido", "Arco medido", "Peso medido", "Material (prueba)", "Resultado"], [
            ["JS-B30", "30,2 mm", "Ø5,0 mm", "0,087 kg", "latón (prueba de imán negativa, corte)", "Aprobado"],
            ["JS-B40", "40,3 mm", "Ø6,5 mm", "0,142 kg", "latón", "Aprobado"],
            ["JS-B50", "49,8 mm", "Ø8,0 mm", "0,231 kg", "latón", "Aprobado"],
        ]),
        ("p", "Aprobado por: Catalina Muñoz, Jefa de Compras — firma — 15/01/2026"),
    ], author="Catalina Muñoz")

    xlsx(os.path.join(case_dir(n, "quotes"), "JS-QT-2601-05.xlsx"), [
        ("Quotation", 7, [10, 46, 10, 14, 16, 14, 18], [
            ("title", f"{sup_en}  {sup_cn}"),
            ("center", "Jinsheng Road 18, Huangzhai Town, Pujiang, Jinhua, Zhejiang · leo@jinsheng-lock.com"),
            ("center", "QUOTATION  No. JS-QT-2601-05   Date 2026-01-13"),
            ("p", f"To: {buyer}, Valparaíso, Chile — Ms. Catalina Muñoz"),
            ("table", ["Item", "Description", "Qty", "Unit price USD", "Amount USD", "Packing", "Remark"], [
                [k, f"{w}mm solid brass padlock, hardened steel shackle Ø{s}mm, 3 brass keys, polished + lacquer", q,
                 (p, "0.00"), (q * p, "#,##0.00"), f"{c}pcs/ctn", "inner box with EAN"] for k, q, p, w, s, c, wt in items
            ] + [["", "TOTAL CFR VALPARAISO", 13200, "", (total, "#,##0.00"), "", ""]]),
            ("sp",),
            ("kv", [("Price term", "CFR Valparaiso, Chile"), ("Loading port", "Ningbo"),
                    ("Payment", "Irrevocable L/C at sight"), ("Delivery", "35 days after L/C received"),
                    ("Validity", "30 days")]),
        ]),
    ], author="Leo Zhang")

    def pi(path, no, date, consignee, lc, remark, pdate):
        rows = [[str(i), k, f"{w}mm solid brass padlock 纯铜挂锁, hardened shackle Ø{s}mm, 3 keys", f"{q:,}", f"USD {p:.2f}", usd(q * p)]
                for i, (k, q, p, w, s, c, wt) in enumerate(items, 1)]
        rows.append(["", "", "TOTAL CFR VALPARAISO", "13,200", "", "USD " + usd(total)])
        blocks = [
            ("title", f"{sup_cn}\n{sup_en}"),
            ("center", "Jinsheng Road 18, Huangzhai Town, Pujiang, Jinhua, Zhejiang, China"),
            ("title", "PROFORMA INVOICE"),
            ("kv", [("PI No.", no), ("Date", date), ("Consignee", consignee), ("Order", "DFP-OC-26-0088")]),
            ("table", ["No.", "Item", "Description", "Qty (pcs)", "Unit price", "Amount USD"], rows, (9, 18, 88, 20, 22, 26)),
            ("p", "SAY US DOLLARS SEVENTEEN THOUSAND THREE HUNDRED AND FOUR ONLY"),
            ("kv", [("Terms of price", "CFR Valparaiso, Chile"), ("Port of loading", "Ningbo, China"),
                    ("Payment", "100% irrevocable L/C at sight" + lc),
                    ("Delivery", "within 35 days after receipt of L/C"),
                    ("Packing", "inner box with EAN; JS-B30 240pcs/ctn, JS-B40 120pcs/ctn, JS-B50 72pcs/ctn; 5 ply carton")]),
        ]
        if remark:
            blocks.append(("p", remark))
        blocks += [("h", "Beneficiary's bank"),
                   ("kv", [("Beneficiary", sup_en), ("Bank", "China Construction Bank, Pujiang Sub-branch"),
                           ("SWIFT", "PCBCCNBJZJX"), ("Account", "33050167 6235 0000 0418")]),
                   ("p", "Leo Zhang (signature / chop)")]
        pdf_fpdf(path, blocks, title="PI " + no, author="Leo Zhang", date=pdate)

    pi(os.path.join(case_dir(n, "pi"), "PI-JS260120.pdf"), "JS260120", "2026-01-20",
       f"{buyer}, Av. Brasil 1250, Valparaíso, Chile, RUT 76.418.522-3", "", "", (2026, 1, 20))
    pi(os.path.join(case_dir(n, "pi"), "PI-JS260120-R1.pdf"), "JS260120-R1", "2026-01-27",
       f"{buyer}, Av. Brasil 1520, Valparaíso, Chile, RUT 76.418.552-3",
       " (L/C No. 0421-26-000318 issued by Banco de Chile)",
       "R1: consignee address and RUT corrected; L/C number added. No other change.", (2026, 1, 27))

    es = lambda d, m, hh, mm: wa_android_es(d, m, 2026, hh, mm)
    chat = wa([
        ((13, 1, 8, 55), None, ES_E2E),
        ((13, 1, 8, 55), "Leo Jinsheng", "Hello Catalina, quotation JS-QT-2601-05 sent, samples arrived?"),
        ((13, 1, 9, 30), "Catalina Muñoz", "Hola Leo, sí llegaron ayer. Las revisamos esta semana"),
        ((15, 1, 12, 2), "Catalina Muñoz", "Muestras aprobadas. Aceptamos la cotización JS-QT-2601-05, el L/C lo abrimos con Banco de Chile"),
        ((19, 1, 10, 15), "Leo Jinsheng", "Catalina, to reduce cost we can make JS-B50 body in zinc alloy with brass plating, price USD 1.65"),
        ((19, 1, 10, 48), "Catalina Muñoz", "No, gracias Leo. Mantenemos latón macizo según ficha técnica, nuestros clientes ferreteros lo piden así"),
        ((19, 1, 10, 50), "Leo Jinsheng", "OK understood, solid brass as spec 👍"),
        ((20, 1, 16, 4), "Leo Jinsheng", "PI-JS260120.pdf (archivo adjunto)"),
        ((21, 1, 9, 12), "Catalina Muñoz", "Leo, la dirección es Av. Brasil 1520 y el RUT 76.418.552-3, por favor corrige el PI"),
        ((27, 1, 11, 33), "Leo Jinsheng", "PI-JS260120-R1.pdf (archivo adjunto)"),
        ((27, 1, 11, 33), "Leo Jinsheng", "Corrected, also L/C number added"),
        ((27, 1, 12, 0), "Catalina Muñoz", "Perfecto, gracias"),
        ((2, 3, 17, 20), "Leo Jinsheng", "<Multimedia omitido>"),
        ((2, 3, 17, 21), "Leo Jinsheng", "Goods ready, inspection 4 March ok?"),
        ((2, 3, 17, 40), "Catalina Muñoz", "Ok 4 de marzo"),
    ], es)
    write_text(os.path.join(case_dir(n, "chat"), "Chat de WhatsApp con Leo Jinsheng.txt"), chat)

    pdf_fpdf(os.path.join(case_dir(n, "inspection"), "Inspection_Report_DFP-OC-26-0088.pdf"), [
        ("title", "FINAL RANDOM INSPECTION REPORT"),
        ("center", "Zhejiang Sure-Check Quality Services · Report ZSC-260304-22"),
        ("kv", [("Client", buyer), ("Factory", "Pujiang Jinsheng Lock Industry Co., Ltd."), ("PO", "DFP-OC-26-0088"),
                ("Date", "2026-03-04"), ("AQL", "GII, Critical 0 / Major 2.5 / Minor 4.0")]),
        ("table", ["Item", "Qty", "Sample", "Major", "Minor", "Result"], [
            ["JS-B30", "6,000", "200", "2", "4", "Pass"],
            ["JS-B40", "4,800", "200", "1", "3", "Pass"],
            ["JS-B50", "2,400", "125", "0", "2", "Pass"],
        ], (30, 25, 25, 20, 20, 20)),
        ("kv", [("Material check", "Body cut sample 1 pc per model: solid brass, magnet test negative"),
                ("Key function", "3 keys per lock operate smoothly, 100% of sample"),
                ("Carton", "5-ply, EAN labels scan OK")]),
        ("h", "Conclusion: PASSED"),
    ], title="Inspection ZSC-260304-22", author="Zhejiang Sure-Check", date=(2026, 3, 4))

    write_toml(n, "DFP-OC-26-0088",
               ["Distribuidora Ferretera del Pacífico SpA", "Ferretera del Pacífico", "Catalina Muñoz"],
               ["Pujiang Jinsheng Lock Industry Co., Ltd.", "浦江县金盛锁业有限公司", "Jinsheng", "Leo Jinsheng", "Leo Zhang"],
               ["cmunoz@ferreterapacifico.cl", "leo@jinsheng-lock.com"],
               release={"inspection": "passed"}, tolerances={"dimensions": "±0.5 mm", "weight": "±5%", "quantity": "±1%"})
    write_key(n)


# ====================================================================== 07 door handle SA
def case07():
    n = "07-door-handle-sa-material-201"
    sup_en, sup_cn = "JIANGMEN HAOSHI HARDWARE PRODUCTS CO., LTD.", "江门市豪仕五金制品有限公司"
    buyer = "Dar Al-Mimar Building Materials Co."
    buyer_ar = "شركة دار المعمار لمواد البناء"
    items = [("HS-LH601", 3000, 3.85), ("HS-PH600", 800, 9.60), ("HS-ML85", 3000, 2.70)]
    total = sum(q * p for _, q, p in items)
    assert abs(total - 27330) < 1e-6

    docx(os.path.join(case_dir(n, "spec"), "DAM_Door_Hardware_Spec_PO-2026-233.docx"), [
        ("title", "Door Hardware Specification / مواصفات أقفال ومقابض الأبواب"),
        ("p", f"Buyer: {buyer} ({buyer_ar}), Al Khomrah Industrial Area, Jeddah 22514, KSA"),
        ("p", "PO: DAM/PO/2026/233    Date: 18/01/2026    Supplier: Jiangmen Haoshi Hardware Products Co., Ltd."),
        ("h", "1. Items / الأصناف"),
        ("table", ["SKU", "Description", "Material", "Finish", "Dimensions", "Qty", "Packing"], [
            ["HS-LH601", "Lever handle on round rose, tube lever Ø19 mm, with 8 mm spindle and fixing screws",
             "AISI 304 stainless steel (SUS304)", "satin stainless (brushed)", "lever 140 mm, rose Ø52 mm", "3,000 sets", "1 set/inner box, 20 sets/ctn"],
            ["HS-PH600", "Back-to-back pull handle, Ø32 mm tube, 600 mm centres, with bolts",
             "AISI 304 stainless steel (SUS304), wall 1.2 mm", "satin stainless (brushed)", "Ø32 x 600 mm c/c ±1.5 mm", "800 pairs", "1 pair/inner box, 10 pairs/ctn"],
            ["HS-ML85", "Mortise lock body 85 mm centre, euro profile, backset 55 mm",
             "Faceplate and strike AISI 304 (SUS304); steel case zinc plated", "satin stainless (brushed)", "faceplate 235 x 24 mm", "3,000 pcs", "1 pc/inner box, 30 pcs/ctn"],
        ]),
        ("h", "2. Requirements"),
        ("kv", [("Material", "All stainless parts AISI 304. SS201 or 430 is NOT accepted (coastal climate, Jeddah)."),
                ("Test", "Neutral salt spray 96 h without red rust"),
                ("Logo", "DAM laser marked on rose / faceplate"),
                ("Inspection", "AQL 2.5 / 4.0 pre-shipment inspection, XRF material check on 5 pcs per SKU")]),
        ("h", "3. Commercial"),
        ("kv", [("Prices", "As per Haoshi quotation HS-QT-2601-22 (accepted)"),
                ("Incoterm", "CIF Jeddah Islamic Port, Saudi Arabia"),
                ("Port of loading", "Jiangmen"),
                ("Payment", "T/T 30% deposit, 70% against copy of B/L"),
                ("Lead time", "35 days after deposit")]),
        ("p", "Approved: Khalid Al-Otaibi (خالد العتيبي), Procurement Manager — 18/01/2026"),
    ], author="Khalid Al-Otaibi")

    pdf_platypus(os.path.join(case_dir(n, "sample"), "Golden_Sample_Record_PO-2026-233.pdf"), [
        ("title", "GOLDEN SAMPLE RECORD"),
        ("center", f"{buyer} — Quality Department — PO DAM/PO/2026/233"),
        ("kv", [("Samples received", "14/01/2026, 2 pcs per SKU"), ("Supplier", "Jiangmen Haoshi Hardware Products Co., Ltd.")]),
        ("table", ["SKU", "Measured", "XRF (Cr / Ni)", "Grade", "Finish", "Result"], [
            ["HS-LH601", "lever 140.4 mm, rose Ø52.1 mm", "18.2% / 8.1%", "304", "satin, uniform", "Approved"],
            ["HS-PH600", "600.8 mm c/c, Ø32.1 mm, wall 1.21 mm", "18.4% / 8.0%", "304", "satin, uniform", "Approved"],
            ["HS-ML85", "faceplate 235.2 x 24.0 mm", "18.1% / 8.2%", "304", "satin", "Approved"],
        ], [1.1, 2.6, 1.3, 0.7, 1.2, 1.0]),
        ("p", "Golden samples sealed and kept at DAM Jeddah; counter-samples with supplier."),
        ("p", "Signed: Khalid Al-Otaibi, Procurement Manager — 19/01/2026"),
    ], title="Golden sample record", author="Khalid Al-Otaibi")

    xlsx(os.path.join(case_dir(n, "quotes"), "HS-QT-2601-22.xlsx"), [
        ("Quotation", 7, [12, 48, 22, 10, 14, 14, 18], [
            ("title", f"{sup_cn}  {sup_en}"),
            ("center", "Add: No. 9 Jinxing Road, Pengjiang District, Jiangmen, Guangdong · vivian@haoshi-hardware.com"),
            ("center", "QUOTATION 报价单   No. HS-QT-2601-22   Date: 2026-01-16"),
            ("p", f"Customer: {buyer}, Jeddah, KSA — Mr. Khalid Al-Otaibi"),
            ("table", ["Item No.", "Description", "Material 材质", "Qty", "Unit Price USD", "Amount USD", "Packing"], [
                ["HS-LH601", "Lever handle on round rose Ø52, tube lever Ø19, satin", "SUS304 不锈钢304", 3000, (3.85, "0.00"), (11550, "#,##0.00"), "20sets/ctn"],
                ["HS-PH600", "Pull handle Ø32x600mm c/c, back-to-back, satin, wall 1.2mm", "SUS304 不锈钢304", 800, (9.60, "0.00"), (7680, "#,##0.00"), "10pairs/ctn"],
                ["HS-ML85", "Mortise lock 85mm, euro profile, backset 55, SUS304 faceplate", "SUS304 faceplate / steel case", 3000, (2.70, "0.00"), (8100, "#,##0.00"), "30pcs/ctn"],
                ["", "TOTAL CIF JEDDAH", "", "", "", (total, "#,##0.00"), ""],
            ]),
            ("sp",),
            ("kv", [("Price term", "CIF Jeddah, Saudi Arabia"), ("Port of loading", "Jiangmen"),
                    ("Payment", "30% T/T deposit, 70% against copy of B/L"), ("Lead time", "35 days"),
                    ("Validity", "30 days")]),
        ]),
    ], author="Vivian Lee")

    rows = [
        ["1", "HS-LH601", "执手门锁 Lever handle on round rose, 不锈钢304 SUS304, satin, Ø19 lever", "3,000 sets", "3.85", "11,550.00"],
        ["2", "HS-PH600", "H型拉手 Pull handle Ø32x600mm c/c, back-to-back, 不锈钢201 SS201, satin", "800 pairs", "9.60", "7,680.00"],
        ["3", "HS-ML85", "锁体 Mortise lock 85mm, euro profile, SUS304 faceplate", "3,000 pcs", "2.70", "8,100.00"],
        ["", "", "TOTAL CIF JEDDAH", "", "", "USD 27,330.00"],
    ]
    pdf_canvas(os.path.join(case_dir(n, "pi"), "PI-HS20260211.pdf"), [
        ("title", sup_en),
        ("center", f"{sup_cn}   No. 9 Jinxing Road, Pengjiang District, Jiangmen, Guangdong, China"),
        ("title", "PROFORMA INVOICE 形式发票"),
        ("kv", [("PI No.", "HS20260211"), ("Date", "2026-02-11"), ("Buyer", f"{buyer}, Jeddah, KSA"),
                ("PO", "DAM/PO/2026/233")]),
        ("table", ["No.", "Item", "Description", "Qty", "USD/unit", "Amount USD"], rows, [0.5, 1.1, 4.5, 1.1, 0.9, 1.3]),
        ("p", "SAY US DOLLARS TWENTY-SEVEN THOUSAND THREE HUNDRED THIRTY ONLY"),
        ("kv", [("Price term", "CIF Jeddah Islamic Port"), ("Port of loading", "Jiangmen, China"),
                ("Payment", "30% T/T deposit USD 8,199.00, 70% balance USD 19,131.00 against copy of B/L"),
                ("Lead time", "35 days after deposit 收到定金后35天"),
                ("Packing", "inner box; HS-LH601 20sets/ctn, HS-PH600 10pairs/ctn, HS-ML85 30pcs/ctn"),
                ("Logo", "DAM laser marking")]),
        ("h", "Bank details"),
        ("kv", [("Beneficiary", sup_en), ("Bank", "Bank of China, Jiangmen Branch"), ("SWIFT", "BKCHCNBJ41A"),
                ("Account", "6862 7734 1029")]),
        ("p", "Jiangmen Haoshi Hardware Products Co., Ltd. (company chop)"),
    ], title="PI HS20260211", author="Vivian Lee")

    eml = """From: Vivian Lee <vivian@haoshi-hardware.com>
To: Khalid Al-Otaibi <k.otaibi@daralmimar.com.sa>
Subject: Re: PO 233 - material confirmation before deposit
Date: Mon, 09 Feb 2026 17:32:05 +0800
Message-ID: <a81c3e0f-20260209@haoshi-hardware.com>
In-Reply-To: <20260208094411.1127@daralmimar.com.sa>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear Khalid,

Yes confirmed, all items as the approved golden samples. The PI will be sent
to you in 1-2 days, then please arrange the 30% deposit so we can book the
material.

Best regards
Vivian Lee 李慧文
Jiangmen Haoshi Hardware Products Co., Ltd.
Mob/WhatsApp: +86 138 2602 7715


------------------ Original ------------------
From: "Khalid Al-Otaibi" <k.otaibi@daralmimar.com.sa>
Date: Sun, Feb 8, 2026 09:44 AM
Subject: PO 233 - material confirmation before deposit

Dear Vivian,

Before we pay the deposit please confirm all stainless items of PO
DAM/PO/2026/233 are AISI 304 as per the approved samples and our spec.
Our projects are near the sea, 201 is not acceptable.

Regards,
Khalid Al-Otaibi
خالد العتيبي – مدير المشتريات
Dar Al-Mimar Building Materials Co.
"""
    write_text(os.path.join(case_dir(n, "chat"), "Re_ PO 233 - material confirmation before deposit.eml"), eml, crlf=True)

    write_toml(n, "DAM/PO/2026/233",
               ["Dar Al-Mimar Building Materials Co.", "شركة دار المعمار لمواد البناء", "Khalid Al-Otaibi", "k.otaibi@daralmimar.com.sa"],
               ["Jiangmen Haoshi Hardware Products Co., Ltd.", "江门市豪仕五金制品有限公司", "Haoshi", "Vivian Lee"],
               ["k.otaibi@daralmimar.com.sa", "vivian@haoshi-hardware.com"],
               tolerances={"dimensions": "±1.5 mm", "quantity": "±1%"})
    write_key(n)


# ====================================================================== 08 screwdriver AE clean
def case08():
    n = "08-screwdriver-ae-clean"
    sup_en, sup_cn = "YONGKANG RUIDA POWER TOOLS CO., LTD.", "永康市瑞达电动工具有限公司"
    buyer = "Al Masa Tools Trading LLC"
    v1 = {"RD-CS36": 7.90, "RD-CD12": 18.60, "RD-CS36K": 10.40}
    v2 = {"RD-CS36": 7.60, "RD-CD12": 17.90, "RD-CS36K": 9.95}
    qty = {"RD-CS36": 2000, "RD-CD12": 1000, "RD-CS36K": 800}
    total = sum(qty[k] * v2[k] for k in qty)
    assert abs(total - 41060) < 1e-6
    desc = {
        "RD-CS36": "3.6V cordless screwdriver, built-in Li-ion 1300mAh, USB-C charging, 5 N·m, LED light",
        "RD-CD12": "12V cordless drill driver, 2.0Ah Li-ion pack, 2-speed, 30 N·m, charger 230V 50Hz with BS 1363 (Type G) plug",
        "RD-CS36K": "RD-CS36 screwdriver kit with 32-pc bit set in blow-mould case",
    }
    keys = ["RD-CS36", "RD-CD12", "RD-CS36K"]

    pdf_fpdf(os.path.join(case_dir(n, "spec"), "AMT_PO-26-0042_Specification.pdf"), [
        ("title", "PURCHASE SPECIFICATION — CORDLESS TOOLS"),
        ("center", f"{buyer} · Industrial Area 6, Sharjah, UAE · PO AMT-PO-26-0042 · 22 Jan 2026"),
        ("table", ["SKU", "Description", "Battery capacity", "Qty", "Colour", "Packing"], [
            ["RD-CS36", "3.6V cordless screwdriver, USB-C charging, 5 N·m, LED", "1.3 Ah (built-in Li-ion)", "2,000", "grey / orange Pantone 151 C", "colour box, 20 pcs/ctn"],
            ["RD-CD12", "12V drill driver, 2-speed, 30 N·m, 230V charger with UK plug (BS 1363)", "2.0 Ah Li-ion pack", "1,000", "grey / orange Pantone 151 C", "colour box, 6 pcs/ctn"],
            ["RD-CS36K", "RD-CS36 + 32-pc bit set, blow-mould case", "1.3 Ah", "800", "grey / orange Pantone 151 C", "case in colour sleeve, 10 pcs/ctn"],
        ], (18, 62, 28, 16, 30, 28)),
        ("kv", [("Certification", "CE (EN 62841) for all tools; ECAS for the RD-CD12 charger; UN38.3 + MSDS for batteries"),
                ("Logo", "AL MASA, pad print on housing"),
                ("Manual", "English / Arabic"),
                ("Warranty", "1 year"),
                ("Inspection", "Pre-shipment inspection AQL 2.5 / 4.0 by buyer's agent; L/C requires the inspection certificate")]),
        ("h", "Commercial terms"),
        ("kv", [("Prices", "As per supplier quotation RD-Q2601-08 Rev.2 (accepted 21 Jan 2026)"),
                ("Incoterm", "CFR Jebel Ali, Dubai"), ("Port of loading", "Ningbo"),
                ("Payment", "Irrevocable L/C at sight, 100%, Emirates NBD"),
                ("Lead time", "50 days after receipt of L/C")]),
        ("p", "Approved: Rami Saleh, Procurement — 22 Jan 2026"),
    ], title="AMT PO-26-0042 spec", author="Rami Saleh", date=(2026, 1, 22))

    def quote(path, no, date, prices, note):
        blocks = [
            ("title", sup_en),
            ("center", f"{sup_cn} · Huangcheng Industrial Zone, Yongkang, Zhejiang · mike.hu@ruida-tools.com"),
            ("title", "QUOTATION"),
            ("kv", [("No.", no), ("Date", date), ("To", f"{buyer}, Sharjah — Mr. Rami Saleh")]),
            ("table", ["Model", "Description", "Qty", "Unit price USD", "Amount USD"],
             [[k, desc[k], f"{qty[k]:,}", f"{prices[k]:.2f}", usd(qty[k] * prices[k])] for k in keys]
             + [["", "TOTAL CFR JEBEL ALI", "3,800", "", usd(sum(qty[k] * prices[k] for k in keys))]],
             [1.1, 4.6, 0.8, 1.1, 1.2]),
            ("kv", [("Price term", "CFR Jebel Ali, Dubai"), ("Port of loading", "Ningbo"),
                    ("Payment", "L/C at sight"), ("Lead time", "50 days after L/C"),
                    ("Certification", "CE, ECAS (charger), UN38.3"), ("Validity", "15 days")]),
        ]
        if note:
            blocks.append(("p", note))
        pdf_platypus(path, blocks, title="Quotation " + no, author="Mike Hu")

    quote(os.path.join(case_dir(n, "quotes"), "RD-Q2601-08.pdf"), "RD-Q2601-08", "2026-01-08", v1, "")
    quote(os.path.join(case_dir(n, "quotes"), "RD-Q2601-08_Rev2.pdf"), "RD-Q2601-08 Rev.2", "2026-01-20", v2,
          "Rev.2: prices revised for the total quantity of 3,800 pcs; replaces RD-Q2601-08.")

    rows = [[str(i), k, desc[k], f"{qty[k]:,}", f"USD {v2[k]:.2f}", usd(qty[k] * v2[k])] for i, k in enumerate(keys, 1)]
    rows.append(["", "", "TOTAL CFR JEBEL ALI", "3,800", "", "USD " + usd(total)])
    docx(os.path.join(case_dir(n, "pi"), "PI-RD260126.docx"), [
        ("title", "PROFORMA INVOICE"),
        ("p", f"{sup_en} / {sup_cn}"),
        ("p", "Huangcheng Industrial Zone, Yongkang, Jinhua, Zhejiang, China   Tel +86 579 8717 3306"),
        ("kv", [("PI No.", "RD260126"), ("Date", "2026-01-26"), ("Buyer", f"{buyer}, Industrial Area 6, Sharjah, UAE"),
                ("Buyer PO", "AMT-PO-26-0042"), ("Ref.", "Quotation RD-Q2601-08 Rev.2")]),
        ("table", ["No.", "Model", "Description", "Quantity", "Unit Price", "Amount (USD)"], rows),
        ("p", "SAY US DOLLARS FORTY-ONE THOUSAND AND SIXTY ONLY"),
        ("kv", [("Price term", "CFR Jebel Ali, Dubai"), ("Port of loading", "Ningbo"),
                ("Payment", "100% irrevocable L/C at sight"), ("Lead time", "50 days after receipt of L/C"),
                ("Certification", "CE, ECAS for RD-CD12 charger, UN38.3 / MSDS"),
                ("Packing", "RD-CS36 20pcs/ctn, RD-CD12 6pcs/ctn, RD-CS36K 10pcs/ctn, 5-ply export carton"),
                ("Warranty", "12 months")]),
        ("h", "Beneficiary bank (for L/C advising)"),
        ("kv", [("Beneficiary", sup_en), ("Bank", "Bank of China, Yongkang Sub-branch"), ("SWIFT", "BKCHCNBJ92A"),
                ("Account", "3610 5821 9907")]),
        ("p", "For and on behalf of Yongkang Ruida Power Tools Co., Ltd. — Mike Hu (chop)"),
    ], author="Mike Hu")

    eml = """From: Rami Saleh <rami.saleh@almasatools.ae>
To: Mike Hu <mike.hu@ruida-tools.com>
Subject: RE: Quotation RD-Q2601-08 Rev.2
Date: Wed, 21 Jan 2026 11:05:47 +0400
Message-ID: <AM9PR04MB7729.2026012111054@almasatools.ae>
In-Reply-To: <20260120163012.5521@ruida-tools.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear Mike,

Thank you. We accept your quotation RD-Q2601-08 Rev.2 for 3,800 pcs in total.
Please issue the PI against our PO AMT-PO-26-0042 (spec attached). The L/C
at sight will be opened by Emirates NBD once the PI is received.

Best regards,
Rami Saleh
Procurement | Al Masa Tools Trading LLC
رامي صالح – المشتريات

From: Mike Hu <mike.hu@ruida-tools.com>
Sent: Tuesday, January 20, 2026 4:30 PM
To: Rami Saleh <rami.saleh@almasatools.ae>
Subject: Quotation RD-Q2601-08 Rev.2

Dear Rami,

As discussed, please find attached our revised quotation Rev.2 with the
prices for the total quantity (RD-CS36 7.60, RD-CD12 17.90, RD-CS36K 9.95).
It replaces RD-Q2601-08 of 8 January.

Best regards,
Mike Hu
Yongkang Ruida Power Tools Co., Ltd.
"""
    write_text(os.path.join(case_dir(n, "chat"), "RE_ Quotation RD-Q2601-08 Rev.2.eml"), eml, crlf=True)

    pdf_canvas(os.path.join(case_dir(n, "inspection"), "PSI_AMT-PO-26-0042.pdf"), [
        ("title", "PRE-SHIPMENT INSPECTION CERTIFICATE"),
        ("center", "Emirates Quality Link FZE — Ningbo office — Certificate EQL-NB-26-0319"),
        ("kv", [("Applicant", buyer), ("Supplier", "Yongkang Ruida Power Tools Co., Ltd."), ("PO / L/C", "AMT-PO-26-0042"),
                ("Inspection date", "2026-03-16"), ("Standard", "ISO 2859-1, normal, level II, AQL 0 / 2.5 / 4.0")]),
        ("table", ["Model", "Qty", "Sample", "Critical", "Major", "Minor", "Verdict"], [
            ["RD-CS36", "2,000", "125", "0", "2", "3", "Conform"],
            ["RD-CD12", "1,000", "80", "0", "1", "2", "Conform"],
            ["RD-CS36K", "800", "80", "0", "0", "1", "Conform"],
        ], [1.2, 0.8, 0.8, 0.8, 0.8, 0.8, 1]),
        ("kv", [("Functional tests", "torque, charging, 30 min run test — OK"),
                ("Battery", "RD-CS36 measured 1,312 mAh (rated 1.3 Ah); UN38.3 report seen"),
                ("Markings", "CE mark and ECAS label on RD-CD12 charger — OK")]),
        ("h", "RESULT: PASSED"),
        ("p", "Inspector: Chen Jie    Approved: Hassan Abdi"),
    ], title="PSI EQL-NB-26-0319", author="Emirates Quality Link")

    write_toml(n, "AMT-PO-26-0042",
               ["Al Masa Tools Trading LLC", "Al Masa", "Rami Saleh", "rami.saleh@almasatools.ae"],
               ["Yongkang Ruida Power Tools Co., Ltd.", "永康市瑞达电动工具有限公司", "Ruida", "Mike Hu"],
               ["rami.saleh@almasatools.ae", "mike.hu@ruida-tools.com"],
               release={"inspection": "passed"}, tolerances={"quantity": "±1%"})
    write_key(n)



# ---------------------------------------------------------------- README and notes
NOTES = {
    "01-kettle-mx-clean": """Planted: nothing. Mexico, 3 SKUs of 127 V / 60 Hz kettles (EK-1712, EK-1808, EK-1005), CIF Manzanillo,
T/T 30/70, 45 days. Spec (bilingual Spanish/English DOCX) names the accepted quote HL-Q260112 (XLSX, merged header and
terms rows); the buyer also accepts it in WhatsApp. The PI (ReportLab canvas, Chinese letterhead) equals spec and quote.
Inspection report PASSED satisfies `[release] inspection = "passed"` -> RELEASE.
Noise that must NOT be flagged: "1,700 ml" (spec) vs "1.7L" (quote/PI); "acero inoxidable 304 (SS304)" vs "不锈钢304";
"US$7.85" vs "USD 7.850"; "CIF Manzanillo, Colima, México" vs "CIF MANZANILLO, MX"; port "Shenzhen (Shekou)" vs
"Shekou, Shenzhen"; warranty "1 año" vs "12 months"; "NOM-003-SCFI-2014" vs "NOM-003-SCFI"; the buyer's question about
127 V and about the 45-day lead time is answered with the original values (no change); the EK-1512 price of USD 6.90
in chat is a future product, not this order; colour/logo not repeated on the PI (not `missing`).
Expected `match`: material of EK-1712.""",
    "02-power-strip-sa-saso-lc": """Planted: Saudi Arabia, 3 SKUs of 13 A BS 1363 extension sockets, CFR Dammam, accepted quote YJ-Q2601-018,
spec requires SASO (SABER) for every SKU stated on the PI and payment 100% L/C at sight. PI v1 (fpdf2) follows them.
PI R1 ("carton marks added") silently (1) lists YJ-3G2U as "CE / RoHS" instead of SASO and (2) changes payment to
"T/T 30% deposit, 70% balance before shipment". In the Arabic-locale Android WhatsApp (Arabic-Indic digits, RLM marks)
the supplier proposes both and the buyer refuses both ("لا ... no T/T", "No. Without SABER certificate ...") and
only defers on R1 ("سأراجعه غداً"). -> certification (item YJ-3G2U), payment.deposit, payment.balance:
undocumented_change, high; HOLD.
Noise: PI v1 is superseded (no conflict with R1); the other two SKUs keep their SASO certificate numbers; lead time
"40 days" on both PIs vs "40 days after receipt of L/C"; identical bank block on v1 and R1 (account with spaces);
"5m" vs "5 m"; Hijri date next to the Gregorian one in the spec.""",
    "03-floodlight-cl-bank-intermediary": """Planted: Chile, 3 SKUs of LED floodlights, CIF San Antonio, T/T 30/70. The verified supplier account
(Bank of China Shenzhen, BKCHCNBJ45A, 7468 2311 9052, intermediary JPMorgan Chase NY CHASUS33) is in the spec XLSX
(sheet "Condiciones", verified by phone), the accepted quote (platypus) and PI v1 (canvas). The balance PI R1 keeps the
same beneficiary name but moves to China Merchants Bank Longhua, CMBCCNBS, 7559 1023 3810 501, with a new intermediary
Standard Chartered Bank (Hong Kong) SCBLHKHH. The .eml (Rodrigo's reply quoting Sunny's "annual audit, new account" mail,
which quotes Rodrigo's first mail) only defers: call-back first, "NO vamos a pagar a la nueva cuenta".
-> bank.name, bank.account, bank.swift, bank.intermediary undocumented_change, critical; HOLD.
Noise: bank.beneficiary unchanged (must not be flagged); everything else in R1 equals v1; Chilean number style in the
spec ("5.000 lm", "0,5 m", "3x0,75 mm²") vs "5,000 lm" in the quote; inspection PASSED (release condition met).""",
    "04-ceiling-fan-ae-port-co-leadtime-chat": """Planted: UAE, 3 SKUs of ceiling fans. (1) Incoterm CIF Jebel Ali (spec, quote XLSX, PI v1) -> CIF Khalifa
Port, Abu Dhabi in PI R1, covered by changes/CO-01_Port_of_Discharge.docx (bilingual English/Arabic table, signed by the
buyer Omar Haddad 09/02/2026 and countersigned by the supplier; unit prices unchanged) -> incoterm documented_change,
info. (2) Lead time 45 -> 60 days after deposit in PI R1; the only agreement is the buyer's Arabic-locale WhatsApp
message "طيب، موافقين على ٦٠ يوم. OK 60 days accepted" (after an earlier deferral) -> lead_time chat_only, medium.
Verdict REVIEW.
Noise: unit prices and total (24,200.00) unchanged; port of loading Nansha unchanged; PI v1 superseded by R1;
Chinese column headers in the quote; 56" written with the mm equivalent; no [release] section.""",
    "05-hair-dryer-mx-price-carton": """Planted: Mexico, 3 SKUs of hair dryers, CFR Lázaro Cárdenas. Spec XLSX (Spanish, two sheets, merged title
rows) names the accepted quote MS-Q-2601-07 (fpdf2 price list without totals). The PI (canvas, Liberation font):
(1) HD-2000P at US$13.45 instead of 12.60; in chat the supplier announces it and the buyer defers ("lo tengo que revisar
... por ahora mantenemos el precio") -> price.unit (HD-2000P) undocumented_change, high. (2) HD-1200T packed 30 pcs/ctn in
58*40*45 cm instead of 24 pcs/ctn in 52 x 38 x 40 cm; agreed only by the buyer in WhatsApp (Mexican Spanish Android
export, 12-hour "p. m." stamps) -> packaging.carton_qty and packaging.carton_size (HD-1200T) chat_only, medium. HOLD.
Noise: the PI total 22,495.00 follows from the new price (no baseline total exists: quote has no totals, spec no prices),
so price.total is not labelled; the other SKUs keep price and carton; "40 días naturales" vs "40 days"; "tampografía"
vs "pad printing"; "52 x 36 x 34 cm" vs "52*36*34cm".""",
    "06-padlock-cl-clean": """Planted: nothing. Chile, 3 SKUs of solid brass padlocks, CFR Valparaíso, L/C at sight. Spec (Spanish platypus
PDF, decimal commas and dot thousands: "±0,5 mm", "0,085 kg", "6.000"), golden-sample record DOCX (measured 30,2 / 40,3 /
49,8 mm and 0,087 / 0,142 / 0,231 kg, all within ±0.5 mm and ±5%), accepted quote XLSX, PI v1 and PI R1 (fpdf2).
R1 only corrects the consignee address/RUT and adds the L/C number. Inspection PASSED -> RELEASE.
Noise that must NOT be flagged: the supplier's zinc-alloy proposal for JS-B50 is refused in chat ("Mantenemos latón
macizo") and the supplier confirms "solid brass as spec"; "latón macizo" = "solid brass" = "纯铜"; PI v1 superseded;
sample count "2 unidades" is not a quantity; "5 ply carton" vs "caja master de 5 capas".
Expected `match`: material of JS-B50.""",
    "07-door-handle-sa-material-201": """Planted: Saudi Arabia, 3 SKUs of door hardware, CIF Jeddah, T/T 30/70. Spec DOCX, golden-sample record
(XRF 304) and quote XLSX all give AISI 304 (SUS304) for HS-PH600. The PI (canvas, bilingual) describes HS-PH600 as
"不锈钢201 SS201" at the unchanged price 9.60; nothing approves it, and the supplier had just confirmed "all items as
the approved golden samples" in the .eml (Foxmail-style quoted original) -> material (HS-PH600) undocumented_change,
high (downgrade); HOLD.
Noise: HS-LH601 and HS-ML85 stay SUS304; sample measurements (600.8 mm c/c, within ±1.5 mm) are not contract values;
"CIF Jeddah" vs "CIF Jeddah Islamic Port"; "satin" vs "satin stainless (brushed)"; "35 days" vs "35 days after deposit".""",
    "08-screwdriver-ae-clean": """Planted: nothing. UAE, 3 SKUs of cordless tools, CFR Jebel Ali, L/C at sight, 50 days. Quote RD-Q2601-08
(7.90 / 18.60 / 10.40) is superseded by Rev.2 (7.60 / 17.90 / 9.95), which the buyer accepts in the .eml (Outlook-style
quoted history) and the spec (fpdf2) names. The PI is a DOCX with a real table and matches Rev.2. Inspection PASSED ->
RELEASE.
Noise that must NOT be flagged: Rev.1 prices (history, no conflict); battery "1.3 Ah" (spec) vs "1300mAh" (quote/PI)
and a measured 1,312 mAh in the inspection; warranty "1 year" vs "12 months"; colour/logo not repeated on the PI;
bank block only on the PI (no baseline to compare).
Expected `match`: price.unit of RD-CD12 (17.90 from Rev.2).""",
}

README = """# author-l: held-out order folders (Latin America / Middle East distributors)

Eight labelled order folders in `cases/`, generated by `make_cases.py` (deterministic: fixed dates, ReportLab
invariant mode, fpdf2 fixed creation date, zip entries of DOCX/XLSX rewritten with a fixed timestamp; reruns are
byte-identical). Answer keys are written in the script (`KEYS`) before the documents.

Buyers in Mexico, Chile, the UAE and Saudi Arabia buying hardware and small appliances from Chinese suppliers:
CIF/CFR to the buyer's port, T/T 30/70 or L/C at sight, 127 V NOM / 230 V SASO / ECAS / SEC products, Spanish and
Arabic buyer-side documents, Chinese on supplier documents.

Renderers: ReportLab canvas (PIs, one inspection certificate; Helvetica/Liberation + WenQuanYi Micro Hei for CJK),
ReportLab platypus (specs, quotes, sample record, inspection; DejaVu/Liberation + WenQuanYi), fpdf2 (quotes, PIs,
spec, inspection; DejaVu with Droid Sans Fallback, WenQuanYi for CJK titles), python-docx (specs, change order, sample
record, one PI, all with real tables), openpyxl (quotes and specs with merged title/term rows, two-sheet specs),
WhatsApp Android exports (Spanish 24 h "14/1/26 15:22 - ", Spanish with comma, Mexican 12 h "p. m.", Arabic locale
with Arabic-Indic digits and RLM marks), .eml replies with quoted history (Gmail-style Spanish, Foxmail-style,
Outlook-style).

| case | country / product | verdict | planted (field, status, item) |
|---|---|---|---|
| 01-kettle-mx-clean | MX / electric kettles | RELEASE | nothing (match: material EK-1712) |
| 02-power-strip-sa-saso-lc | SA / extension sockets | HOLD | certification undocumented_change YJ-3G2U; payment.deposit + payment.balance undocumented_change (L/C at sight -> T/T 30/70) |
| 03-floodlight-cl-bank-intermediary | CL / LED floodlights | HOLD | bank.name, bank.account, bank.swift, bank.intermediary undocumented_change (critical), beneficiary unchanged |
| 04-ceiling-fan-ae-port-co-leadtime-chat | AE / ceiling fans | REVIEW | incoterm documented_change (CO-01, CIF Jebel Ali -> CIF Khalifa Port); lead_time chat_only (45 -> 60 days) |
| 05-hair-dryer-mx-price-carton | MX / hair dryers | HOLD | price.unit undocumented_change HD-2000P; packaging.carton_qty + packaging.carton_size chat_only HD-1200T |
| 06-padlock-cl-clean | CL / brass padlocks | RELEASE | nothing (match: material JS-B50; refused zinc-alloy proposal) |
| 07-door-handle-sa-material-201 | SA / door handles | HOLD | material undocumented_change HS-PH600 (SS304 -> SS201) |
| 08-screwdriver-ae-clean | AE / cordless screwdrivers | RELEASE | nothing (match: price.unit RD-CD12; superseded quote Rev.1) |

`notes/<case>.md` says what is planted and which noise must not be flagged.

Regenerate: `python3 make_cases.py` (needs reportlab, fpdf2, python-docx, openpyxl and the WenQuanYi, Droid, DejaVu,
Liberation fonts under /usr/share/fonts/truetype).
"""


def write_docs():
    write_text(os.path.join(HERE, "README.md"), README)
    nd = os.path.join(HERE, "notes")
    if os.path.isdir(nd):
        shutil.rmtree(nd)
    for name, text in NOTES.items():
        write_text(os.path.join(nd, name + ".md"), text + "\n")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for f in (case01, case02, case03, case04, case05, case06, case07, case08):
        f()
    assert sorted(os.listdir(OUT)) == sorted(KEYS)
    assert sorted(NOTES) == sorted(KEYS)
    write_docs()


if __name__ == "__main__":
    main()
