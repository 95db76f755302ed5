#!/usr/bin/env python3
"""Blind evaluation cases for the order audit -- author C.

Writes eleven labelled order folders under ./cases/ and one note per case under
./notes/.  Everything is deterministic: fixed dates, no randomness, ZIP members
(DOCX/XLSX) with fixed timestamps and core-properties dates, PDF creation dates
and /ID entries pinned after rendering, fixed MIME boundaries in the .eml files.

Renderers: python-docx (specs, change orders, two PIs, a sample record),
openpyxl (quotes, a sample record), LibreOffice (DOCX/XLSX -> PDF, headless),
WeasyPrint (HTML -> PDF: PIs, sample records, an amendment, inspection reports),
Python's email package (.eml), plain text for iOS WhatsApp exports.

Run:  python3 make_cases.py          (needs soffice on PATH)
The answer keys (expected.json) were fixed by hand before any audit ran.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from decimal import Decimal as D
from email import encoders
from email.charset import QP, Charset
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

import docx
import openpyxl
import weasyprint
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

ROOT = Path(__file__).resolve().parent
CASES = ROOT / "cases"
NOTES = ROOT / "notes"
LO_PROFILE = Path(tempfile.gettempdir()) / "author_c_lo_profile"

LRM = "\u200e"      # iOS WhatsApp puts a left-to-right mark before system text and attachments
NNBSP = "\u202f"    # narrow no-break space before AM/PM in US-locale iOS exports

# ---------------------------------------------------------------------------
# numbers
# ---------------------------------------------------------------------------

_ONES = ("ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN "
         "FOURTEEN FIFTEEN SIXTEEN SEVENTEEN EIGHTEEN NINETEEN").split()
_TENS = ["", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"]


def _below_1000(n: int, use_and: bool) -> str:
    parts = []
    h, r = divmod(n, 100)
    if h:
        parts.append(f"{_ONES[h]} HUNDRED")
    if r:
        if h and use_and:
            parts.append("AND")
        if r < 20:
            parts.append(_ONES[r])
        else:
            t, o = divmod(r, 10)
            parts.append(_TENS[t] + (f" {_ONES[o]}" if o else ""))
    return " ".join(parts)


def words(n: int, use_and: bool = True) -> str:
    if n == 0:
        return "ZERO"
    th, r = divmod(n, 1000)
    out = []
    if th:
        out.append(_below_1000(th, use_and) + " THOUSAND")
    if r:
        if th and r < 100 and use_and:
            out.append("AND")
        out.append(_below_1000(r, use_and))
    return " ".join(out)


def say(amount: D, currency: str = "US DOLLARS", use_and: bool = True) -> str:
    whole = int(amount)
    cents = int((amount - whole) * 100)
    text = f"SAY {currency} {words(whole, use_and)}"
    if cents:
        text += f" AND CENTS {words(cents, use_and)}"
    return text + " ONLY"


def m(x) -> str:
    """1234.5 -> '1,234.50'"""
    return f"{D(x):,.2f}"


def n(x) -> str:
    """3000 -> '3,000'"""
    return f"{int(x):,}"


assert say(D("6840")) == "SAY US DOLLARS SIX THOUSAND EIGHT HUNDRED AND FORTY ONLY"
assert say(D("4434.80")) == ("SAY US DOLLARS FOUR THOUSAND FOUR HUNDRED AND THIRTY FOUR "
                             "AND CENTS EIGHTY ONLY")

# ---------------------------------------------------------------------------
# deterministic file writers
# ---------------------------------------------------------------------------


def _fix_zip(path: Path, stamp: dt.datetime) -> None:
    """Rewrite an OOXML package with fixed member timestamps and core dates."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                             rf"\g<1>{iso}\g<2>", txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", rf"\g<1>{iso}\g<2>", txt)
                data = txt.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def _normalize_pdf(path: Path, stamp: dt.datetime) -> None:
    """Pin /CreationDate, /ModDate, /ID and /DocChecksum (same byte lengths, xref stays valid)."""
    data = path.read_bytes()
    digits = stamp.strftime("%Y%m%d%H%M%S").encode()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}", lambda mo: mo.group(1) + digits, data)
    seed = (hashlib.md5(path.name.encode()).hexdigest().upper() * 4).encode()

    def _id(mo):
        return re.sub(rb"<([0-9A-Fa-f]+)>", lambda h: b"<" + seed[:len(h.group(1))] + b">", mo.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", _id, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda mo: mo.group(1) + seed[:len(mo.group(2))], data)
    path.write_bytes(data)


def html_pdf(html: str, path: Path, stamp: dt.datetime) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    weasyprint.HTML(string=html, base_url=str(ROOT)).write_pdf(str(path))
    _normalize_pdf(path, stamp)


def lo_pdf(src: Path, dest: Path, stamp: dt.datetime) -> None:
    """Convert a DOCX/XLSX to PDF with headless LibreOffice."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as td:
        tmp_src = Path(td) / src.name
        shutil.copy(src, tmp_src)
        env = dict(os.environ, TZ="UTC")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{LO_PROFILE}", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(tmp_src)],
                       check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
        shutil.move(str(Path(td) / (src.stem + ".pdf")), str(dest))
    _normalize_pdf(dest, stamp)


def save_docx(doc, path: Path, stamp: dt.datetime, author: str, title: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 1
    doc.save(str(path))
    _fix_zip(path, stamp)
    return path


def docx_to_pdf(doc, dest: Path, stamp: dt.datetime, author: str, title: str) -> None:
    with tempfile.TemporaryDirectory() as td:
        src = save_docx(doc, Path(td) / (dest.stem + ".docx"), stamp, author, title)
        lo_pdf(src, dest, stamp)


def save_xlsx(wb, path: Path, stamp: dt.datetime, author: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.save(str(path))
    _fix_zip(path, stamp)
    return path


def xlsx_to_pdf(wb, dest: Path, stamp: dt.datetime, author: str) -> None:
    with tempfile.TemporaryDirectory() as td:
        src = save_xlsx(wb, Path(td) / (dest.stem + ".xlsx"), stamp, author)
        lo_pdf(src, dest, stamp)


def write_text(path: Path, text: str, newline: str = "\n") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))


# ---------------------------------------------------------------------------
# chats
# ---------------------------------------------------------------------------


def ios_uk(t: dt.datetime) -> str:
    return t.strftime("[%d/%m/%Y, %H:%M:%S]")


def ios_us(t: dt.datetime) -> str:
    h = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return f"[{t.month}/{t.day}/{t:%y}, {h}:{t:%M:%S}{NNBSP}{ampm}]"


def whatsapp_ios(messages, fmt) -> str:
    """messages: (timestamp 'YYYY-MM-DD HH:MM:SS', sender, text).  Text starting with
    '<attached:' or one of the system phrases gets the iOS left-to-right mark."""
    lines = []
    system_starts = ("<attached:", "Messages and calls are end-to-end encrypted",
                     "This message was deleted", "You deleted this message", "image omitted",
                     "Missed voice call")
    for stamp, sender, text in messages:
        t = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
        if text.startswith(system_starts):
            text = LRM + text
        lines.append(f"{fmt(t)} {sender}: {text}")
    return "\n".join(lines) + "\n"


def quote_block(text: str, depth: int = 1) -> str:
    prefix = ">" * depth
    return "\n".join((f"{prefix} {ln}" if ln else prefix) for ln in text.split("\n"))


def write_eml(path: Path, *, frm, to, date: dt.datetime, subject: str, msgid: str, text: str,
              cc=None, in_reply_to=None, references=None, html: str | None = None,
              attachments=(), mailer: str | None = None, boundary: str = "b", qp: bool = False) -> None:
    """frm/to/cc are (name, address) pairs; date must be timezone-aware.
    Body parts are base64 (Foxmail/Outlook style) or quoted-printable (qp=True, Gmail style)."""
    cs = Charset("utf-8")
    if qp:
        cs.body_encoding = QP
    plain = MIMEText(text, "plain", cs)
    body = plain
    if html is not None:
        body = MIMEMultipart("alternative", boundary=f"----=_NextPart_ALT_{boundary}")
        body.attach(plain)
        body.attach(MIMEText(html, "html", cs))
    msg = body
    if attachments:
        msg = MIMEMultipart("mixed", boundary=f"----=_NextPart_MIX_{boundary}")
        msg.attach(body)
        for name, data, subtype in attachments:
            part = MIMEApplication(data, subtype, _encoder=encoders.encode_base64)
            part.add_header("Content-Disposition", "attachment", filename=name)
            del part["Content-Type"]
            part["Content-Type"] = f'application/{subtype}; name="{name}"'
            msg.attach(part)
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    generated = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    msg["From"] = formataddr(frm, charset="utf-8")
    msg["To"] = ", ".join(formataddr(a, charset="utf-8") for a in to)
    if cc:
        msg["Cc"] = ", ".join(formataddr(a, charset="utf-8") for a in cc)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in generated:
        msg[k] = v
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(msg.as_bytes())


# ---------------------------------------------------------------------------
# python-docx helpers
# ---------------------------------------------------------------------------


def new_doc(font="Calibri", size=10, east_asia="SimSun", margins=(2.0, 1.8), landscape=False):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(attr), font)
    rfonts.set(qn("w:eastAsia"), east_asia)
    st.paragraph_format.space_after = Pt(3)
    for s in d.sections:
        if landscape:
            from docx.enum.section import WD_ORIENT
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(margins[0])
        s.top_margin = s.bottom_margin = Cm(margins[1])
    return d


def para(d, text="", bold=False, size=None, align=None, italic=False, after=None, color=None,
         before=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def runs(p, *pieces):
    """pieces: str or (str, 'b'|'i'|'bi')"""
    for piece in pieces:
        if isinstance(piece, tuple):
            r = p.add_run(piece[0])
            r.bold = "b" in piece[1]
            r.italic = "i" in piece[1]
        else:
            p.add_run(piece)
    return p


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def put(cell, text, bold=False, size=None, align=None, fill=None, italic=False):
    """Write text (\n = line break) into a table cell."""
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    if fill:
        shade(cell, fill)
    return cell


def grid(d, rows, widths=None, header=True, fill="D9D9D9", size=None, style="Table Grid",
         aligns=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            al = aligns[j] if aligns else None
            put(t.cell(i, j), val, bold=header and i == 0, size=size, align=al,
                fill=fill if header and i == 0 else None)
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def merge_row(t, i, text, fill="EDEDED", bold=True, size=None):
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    put(a, text, bold=bold, fill=fill, size=size)
    return a


def page_field(p, size=8) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(size * 2)))
    rpr.append(sz)
    r.append(rpr)
    txt = OxmlElement("w:t")
    txt.text = "1"
    r.append(txt)
    fld.append(r)
    p._p.append(fld)


def header_footer(d, header_lines, footer_text, header_align="c", page_no=True, size=8):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    for i, (txt, bold, sz) in enumerate(header_lines):
        r = hp.add_run(txt)
        r.bold = bold
        r.font.size = Pt(sz)
        if i < len(header_lines) - 1:
            r.add_break()
    hp.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                    "r": WD_ALIGN_PARAGRAPH.RIGHT}[header_align]
    fp = sec.footer.paragraphs[0]
    r = fp.add_run(footer_text + ("   Page " if page_no else ""))
    r.font.size = Pt(size)
    if page_no:
        page_field(fp, size)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------------------
# openpyxl helpers
# ---------------------------------------------------------------------------

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl(ws, ref, value, bold=False, size=10, fill=None, wrap=False, align=None, border=False,
       italic=False, color=None, numfmt=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name="Arial", bold=bold, size=size, italic=italic, color=color)
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    c.alignment = Alignment(wrap_text=wrap, horizontal=align, vertical="center")
    if border:
        c.border = BOX
    if numfmt:
        c.number_format = numfmt
    return c


def xl_row(ws, row, values, start_col=1, **kw):
    for j, v in enumerate(values):
        col = openpyxl.utils.get_column_letter(start_col + j)
        xl(ws, f"{col}{row}", v, **kw)


def fit_landscape(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


# ---------------------------------------------------------------------------
# HTML (WeasyPrint) building blocks
# ---------------------------------------------------------------------------

FONT_STACK = '"DejaVu Sans", "WenQuanYi Micro Hei", sans-serif'

CSS = {
    # classic bordered grid, serif headings
    "grid": """
      @page { size: A4; margin: 16mm 14mm 18mm 14mm;
              @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 7.5pt; color: #666; } }
      body { font-family: "Liberation Serif", "WenQuanYi Micro Hei", serif; font-size: 9.5pt; color: #111; }
      .lh { text-align: center; border-bottom: 2px solid #222; padding-bottom: 6px; margin-bottom: 8px; }
      .lh .en { font-size: 15pt; font-weight: bold; letter-spacing: .5px; }
      .lh .cn { font-family: "WenQuanYi Micro Hei"; font-size: 12pt; }
      .lh .ad { font-size: 8pt; color: #333; }
      h1 { text-align: center; font-size: 14pt; letter-spacing: 3px; margin: 6px 0 8px; }
      table { border-collapse: collapse; width: 100%; }
      table.items th, table.items td { border: 1px solid #333; padding: 3px 5px; vertical-align: top; }
      table.items th { background: #e8e8e8; font-size: 9pt; }
      td.num { text-align: right; white-space: nowrap; }
      table.meta td { padding: 1px 4px; vertical-align: top; }
      table.meta td.k { white-space: nowrap; font-weight: bold; }
      .say { font-weight: bold; margin: 6px 0 10px; }
      .terms td { padding: 1px 4px; vertical-align: top; }
      .terms td.k { width: 30%; font-weight: bold; }
      .sec { font-weight: bold; text-decoration: underline; margin-top: 10px; }
      .sign { margin-top: 18px; width: 100%; }
      .sign td { width: 50%; vertical-align: bottom; padding-top: 30px; }
      .chop { display: inline-block; border: 2px solid #b22; color: #b22; border-radius: 50%;
              width: 80px; height: 80px; text-align: center; font-size: 7pt; padding-top: 24px;
              font-family: "WenQuanYi Micro Hei"; box-sizing: border-box; }
    """,
    # modern sans with coloured band and zebra rows
    "band": """
      @page { size: A4; margin: 12mm 12mm 16mm 12mm; }
      body { font-family: %(f)s; font-size: 8.8pt; color: #1d2733; }
      .band { background: #1f4e79; color: #fff; padding: 8px 10px; }
      .band .en { font-size: 13pt; font-weight: bold; }
      .band .cn { font-size: 11pt; }
      .band .ad { font-size: 7.5pt; color: #dde7f2; }
      h1 { font-size: 16pt; color: #1f4e79; margin: 10px 0 4px; }
      .two { width: 100%%; border-collapse: collapse; margin-bottom: 8px; }
      .two td { vertical-align: top; width: 50%%; padding: 4px 6px; border: 1px solid #c9d3de; }
      .lbl { color: #5a6b7d; font-size: 7.5pt; text-transform: uppercase; }
      table.items { border-collapse: collapse; width: 100%%; }
      table.items th { background: #1f4e79; color: #fff; padding: 4px; font-size: 8pt; text-align: left; }
      table.items td { padding: 4px; border-bottom: 1px solid #c9d3de; vertical-align: top; }
      table.items tr:nth-child(even) td { background: #f2f6fa; }
      table.items tr.tot td { font-weight: bold; border-top: 2px solid #1f4e79; background: #fff; }
      td.num { text-align: right; white-space: nowrap; }
      .say { margin: 6px 0; font-weight: bold; font-size: 8.5pt; }
      .box { border: 1px solid #1f4e79; padding: 6px 8px; margin-top: 8px; }
      .box h3 { margin: 0 0 4px; font-size: 9pt; color: #1f4e79; }
      .kv td { padding: 1px 6px 1px 0; vertical-align: top; }
      .kv td.k { color: #5a6b7d; width: 28%%; }
      .foot { margin-top: 16px; font-size: 8pt; }
    """ % {"f": FONT_STACK},
    # compact ledger, Chinese-first, key/value head without a header row
    "ledger": """
      @page { size: A4; margin: 14mm; }
      body { font-family: "WenQuanYi Micro Hei", "DejaVu Sans", sans-serif; font-size: 8.6pt; }
      .lh { border-left: 6px solid #7a1f1f; padding-left: 8px; margin-bottom: 6px; }
      .lh .cn { font-size: 14pt; font-weight: bold; }
      .lh .en { font-size: 10.5pt; font-weight: bold; }
      .lh .ad { font-size: 7.5pt; color: #444; }
      h1 { font-size: 12.5pt; text-align: right; margin: 0 0 6px; color: #7a1f1f; }
      table { border-collapse: collapse; width: 100%; }
      table.head td { border: 1px solid #999; padding: 3px 5px; vertical-align: top; }
      table.head td.k { background: #f3ecec; width: 16%; font-weight: bold; }
      table.items td, table.items th { border: 1px solid #999; padding: 3px 4px; vertical-align: top; }
      table.items th { background: #f3ecec; font-weight: bold; font-size: 8pt; }
      td.num { text-align: right; white-space: nowrap; }
      .say { margin: 5px 0 8px; font-weight: bold; }
      ol.terms { margin: 4px 0 0 14px; padding: 0; }
      ol.terms li { margin-bottom: 1px; }
      .bank { margin-top: 8px; border: 1px dashed #7a1f1f; padding: 5px 8px; }
      .bank td { padding: 1px 6px 1px 0; }
      .sig { margin-top: 14px; }
    """,
    # report look for sample records and inspection reports
    "report": """
      @page { size: A4; margin: 14mm 13mm 16mm 13mm;
              @top-right { content: "%(ref)s"; font-size: 7pt; color: #777; }
              @bottom-center { content: "Page " counter(page) "/" counter(pages); font-size: 7pt; color: #777; } }
      body { font-family: %(f)s; font-size: 8.8pt; color: #222; }
      h1 { font-size: 14pt; margin: 0 0 2px; }
      h2 { font-size: 10pt; margin: 12px 0 4px; padding: 2px 5px; background: #e9eef2; }
      .sub { color: #555; font-size: 8pt; margin-bottom: 8px; }
      table { border-collapse: collapse; width: 100%%; }
      th, td { border: 1px solid #9aa5ad; padding: 3px 4px; vertical-align: top; }
      th { background: #f1f4f6; text-align: left; font-size: 8pt; }
      td.num { text-align: right; white-space: nowrap; }
      .ok { color: #0a6b2d; font-weight: bold; }
      .ng { color: #b00020; font-weight: bold; }
      .verdict { font-size: 15pt; font-weight: bold; padding: 6px 10px; display: inline-block; }
      .pass { border: 3px solid #0a6b2d; color: #0a6b2d; }
      .fail { border: 3px solid #b00020; color: #b00020; }
      .small { font-size: 7.5pt; color: #555; }
      .sig td { border: none; padding-top: 22px; width: 50%%; }
    """,
}


def report_css(ref: str) -> str:
    return CSS["report"] % {"ref": ref, "f": FONT_STACK}


def esc(s: str) -> str:
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def br(s: str) -> str:
    return esc(s).replace("\n", "<br>")


def html_doc(css: str, body: str, title: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{esc(title)}</title>"
            f"<style>{css}</style></head><body>{body}</body></html>")


def items_table(cols, rows, num_cols=(), tot=None, cls="items"):
    """rows: list of lists (plain strings, \n allowed).  num_cols: right-aligned column indices."""
    h = "".join(f"<th>{br(c)}</th>" for c in cols)
    body = []
    for r in rows:
        cells = []
        for j, v in enumerate(r):
            if isinstance(v, tuple):            # (text, colspan)
                cells.append(f"<td colspan='{v[1]}'>{br(v[0])}</td>")
            else:
                cells.append(f"<td class='{'num' if j in num_cols else ''}'>{br(v)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    if tot:
        cells = []
        for j, v in enumerate(tot):
            if isinstance(v, tuple):
                cells.append(f"<td colspan='{v[1]}'>{br(v[0])}</td>")
            else:
                cells.append(f"<td class='num'>{br(v)}</td>")
        body.append("<tr class='tot'>" + "".join(cells) + "</tr>")
    return f"<table class='{cls}'><tr>{h}</tr>{''.join(body)}</table>"


def kv_table(pairs, cls="terms"):
    return (f"<table class='{cls}'>" +
            "".join(f"<tr><td class='k'>{br(k)}</td><td>{br(v)}</td></tr>" for k, v in pairs) +
            "</table>")


# ---------------------------------------------------------------------------
# case bookkeeping
# ---------------------------------------------------------------------------


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Case:
    def __init__(self, name: str):
        self.name = name
        self.dir = CASES / name
        self.dir.mkdir(parents=True, exist_ok=True)

    def p(self, rel: str) -> Path:
        path = self.dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def order_toml(self, order_id, buyer, supplier, tolerances=None, release=None,
                   required_on_pi=None, stakeholders=None):
        out = [f"order_id = {toml_str(order_id)}",
               "buyer = [" + ", ".join(toml_str(b) for b in buyer) + "]",
               "supplier = [" + ", ".join(toml_str(s) for s in supplier) + "]"]
        if stakeholders:
            out.append("stakeholders = [" + ", ".join(toml_str(s) for s in stakeholders) + "]")
        if required_on_pi:
            out.append("required_on_pi = [" + ", ".join(toml_str(s) for s in required_on_pi) + "]")
        if release:
            out.append("")
            out.append("[release]")
            out += [f"{k} = {toml_str(v)}" for k, v in release.items()]
        if tolerances:
            out.append("")
            out.append("[tolerances]")
            out += [f"{k} = {toml_str(v)}" for k, v in tolerances.items()]
        write_text(self.dir / "order.toml", "\n".join(out) + "\n")

    def expected(self, verdict, entries, description, unreadable=None):
        key = {"verdict": verdict, "expected": entries, "description": description}
        if unreadable:
            key["unreadable"] = unreadable
        write_text(self.dir / "expected.json", json.dumps(key, indent=2, ensure_ascii=False) + "\n")

    def note(self, text: str):
        lines = [ln for ln in text.strip().split("\n") if not ln.startswith("# ")]
        assert 3 <= len(lines) <= 6, (self.name, len(lines))
        write_text(NOTES / f"{self.name}.md", "\n".join(lines) + "\n")


def E(field, status, severity, item=None):
    e = {"field": field, "status": status}
    if item:
        e["item"] = item
    e["min_severity"] = severity
    return e


def T(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def TZ(s: str, hours: float) -> dt.datetime:
    return T(s).replace(tzinfo=dt.timezone(dt.timedelta(hours=hours)))


# ===========================================================================
# 01  Borosilicate bottle -- CLEAN, PI v1 superseded by V2 (typo fix),
#     change order that only restates the quantity, future prices in chat
# ===========================================================================

def case01():
    c = Case("01-borosilicate-bottle-clean-pi-v2")
    sup_en, sup_cn = "Hejian Crystalline Glassware Co., Ltd.", "河间市晶澈玻璃制品有限公司"
    sup_addr = "No. 36 Xinghe West Road, Hejian Economic Development Zone, Cangzhou, Hebei 062450, China"
    buyer = "Harbour & Pine Ltd"
    qty, price = 2400, D("2.85")
    total = qty * price
    assert total == D("6840.00") and total * D("0.3") == D("2052.000")

    # --- spec (DOCX, merged section rows, header/footer) -------------------
    d = new_doc(font="Calibri", size=10)
    header_footer(d, [("HARBOUR & PINE LTD", True, 11),
                      ("Unit 4 Albion Dockside Works, Hanover Place, Bristol BS1 6UT, United Kingdom", False, 8)],
                  "HP-GB350 Product Specification Rev C  |  Confidential - for supplier use only")
    para(d, "PRODUCT SPECIFICATION", bold=True, size=16, align="c", after=2)
    para(d, "HP-GB350  Glass Water Bottle 350 ml with Bamboo Lid", size=11, align="c", after=8)
    t = grid(d, [["Item no.", "HP-GB350", "Buyer PO", "HP-PO-2603-11"],
                 ["Supplier", sup_en, "Revision", "C  (16 Mar 2026)"],
                 ["Prepared by", "Oliver Pritchard, Purchasing", "Supersedes", "Rev B (02 Mar 2026) - lid seal material clarified"]],
             widths=[3, 6, 2.6, 5], header=False)
    for i in range(3):
        shade(t.cell(i, 0), "EDEDED")
        shade(t.cell(i, 2), "EDEDED")
    para(d, "")
    spec_rows = [
        ["Attribute", "Requirement", "Tolerance / remark"],
        ["1. MATERIALS", None, None],
        ["Bottle body", "High borosilicate glass 3.3, lead-free", "-"],
        ["Lid", "Natural moso bamboo, unlacquered, with food-grade silicone seal ring", "no cracks, no glue residue"],
        ["Sleeve", "Food-grade silicone (LFGB)", "-"],
        ["2. CAPACITY, DIMENSIONS, WEIGHT", None, None],
        ["Capacity", "350 ml nominal (12 oz), filled to shoulder", "±5%"],
        ["Overall size with lid", "Ø 65 x H 205 mm", "±1.5 mm"],
        ["Glass wall thickness", "3.0 mm", "min. 2.6 mm"],
        ["Weight (bottle + lid + sleeve)", "290 g", "±5%"],
        ["3. COLOUR, FINISH, LOGO", None, None],
        ["Sleeve colour", "Pantone 5497 C (sage grey)", "ΔE ≤ 2.0 vs golden sample"],
        ["Glass finish", "Clear, fire-polished rim; no bubbles > 0.5 mm", "visual at 40 cm"],
        ["Logo", "Laser engraved on top of bamboo lid, Ø 25 mm roundel, centred", "artwork HP-LOGO-03"],
        ["4. COMPLIANCE", None, None],
        ["Food contact", "LFGB and FDA 21 CFR test reports (SGS or Intertek), not older than 12 months", "copy before shipment"],
        ["Thermal shock", "ΔT 120 °C, no breakage", "factory test per lot"],
        ["5. PACKAGING", None, None],
        ["Inner", "Individual brown kraft gift box 70 x 70 x 215 mm, 1C black print, EAN-13 on base", "-"],
        ["Master carton", "24 pcs/ctn, 5-ply export carton 44 x 30 x 25 cm, with dividers", "G.W. ≤ 10 kg"],
        ["Carton marks", "HP logo, PO no., item no., qty, G.W./N.W., C/No. x of y", "both long sides"],
        ["6. ORDER & COMMERCIAL TERMS", None, None],
        ["Order quantity", "2,400 pcs (100 cartons)", "-"],
        ["Unit price", "USD 2.85 / pc, FOB TIANJIN", "quotation JC-Q260309 accepted 13 Mar 2026"],
        ["Payment", "30% deposit by TT, 70% before shipping", "-"],
        ["Lead time", "35 days after deposit", "-"],
        ["Inspection", "Pre-shipment inspection, ISO 2859-1 General Level II, AQL 2.5 major / 4.0 minor, critical 0",
         "by Harbour & Pine QC or appointed third party"],
    ]
    t = grid(d, spec_rows, widths=[4.2, 8.2, 4.6], size=9)
    for i, r in enumerate(spec_rows):
        if r[1] is None:
            merge_row(t, i, r[0], fill="DDEBF7", size=9)
    para(d, "")
    para(d, "Sign-off", bold=True)
    grid(d, [["", "Name", "Date", "Signature"],
             ["Buyer", "Oliver Pritchard (Harbour & Pine Ltd)", "16/03/2026", "O. Pritchard"],
             ["Supplier acknowledgement", "Vivian Liu (Hejian Crystalline Glassware)", "17/03/2026", "Vivian Liu"]],
         widths=[4, 6.5, 2.5, 4], size=9)
    save_docx(d, c.p("spec/HP-GB350_Spec_RevC.docx"), T("2026-03-16 11:20"), "Oliver Pritchard",
              "HP-GB350 Product Specification Rev C")

    # --- quote (XLSX) ------------------------------------------------------
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Quotation"
    for col, w in zip("ABCDEFGHI", (5, 12, 14, 42, 12, 14, 11, 11, 11)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:I1"); xl(ws, "A1", "HEJIAN CRYSTALLINE GLASSWARE CO., LTD.", bold=True, size=14, align="center")
    ws.merge_cells("A2:I2"); xl(ws, "A2", sup_cn, size=12, align="center")
    ws.merge_cells("A3:I3"); xl(ws, "A3", sup_addr, size=8, align="center")
    ws.merge_cells("A4:I4"); xl(ws, "A4", "Tel: +86 317 3360 8821   E-mail: vivian@crystalline-glass.cn   www.crystalline-glass.cn", size=8, align="center")
    ws.merge_cells("A6:I6"); xl(ws, "A6", "QUOTATION", bold=True, size=13, align="center")
    xl(ws, "A7", "To:"); xl(ws, "B7", "Harbour & Pine Ltd   Attn: Mr. Oliver Pritchard")
    xl(ws, "G7", "No.:", bold=True); xl(ws, "H7", "JC-Q260309")
    xl(ws, "G8", "Date:", bold=True); xl(ws, "H8", "09-Mar-2026")
    ws.merge_cells("G10:I10"); xl(ws, "G10", "Unit price USD/pc, FOB TIANJIN", bold=True, align="center", fill="FCE4D6", border=True)
    xl_row(ws, 11, ["No.", "Item No.", "Photo", "Description", "Capacity", "Size (mm)", "1,000 pcs", "2,400 pcs", "5,000 pcs"],
           bold=True, fill="FCE4D6", border=True, wrap=True, align="center")
    ws.row_dimensions[12].height = 62
    xl_row(ws, 12, [1, "HP-GB350", "[photo]", "Borosilicate glass water bottle, bamboo lid with silicone seal, "
                    "silicone sleeve Pantone 5497 C, laser engraved logo on lid, kraft gift box",
                    "350ml / 12oz", "Ø65 x H205", 3.10, 2.85, 2.62], border=True, wrap=True)
    for col in "GHI":
        ws[f"{col}12"].number_format = "0.00"
    terms = [("Price term:", "FOB TIANJIN"),
             ("MOQ:", "1,000 pcs per colour"),
             ("Payment:", "30% deposit by TT, 70% before shipping"),
             ("Lead time:", "35 days after deposit"),
             ("Packing:", "individual kraft gift box, 24 pcs/ctn, 5-ply carton 44*30*25cm, G.W. 9.6 kg/ctn"),
             ("Sample:", "USD 30.00 for 3 pcs, refundable against order"),
             ("Validity:", "30 days from the date of quotation"),
             ("Remark:", "Price based on 1C laser logo; multi-colour sleeve +0.06/pc")]
    for i, (k, v) in enumerate(terms):
        xl(ws, f"B{14 + i}", k, bold=True)
        ws.merge_cells(f"C{14 + i}:I{14 + i}")
        xl(ws, f"C{14 + i}", v)
    xl(ws, "B23", "Sales: Vivian Liu", italic=True)
    fit_landscape(ws)
    save_xlsx(wb, c.p("quotes/JC-Q260309.xlsx"), T("2026-03-09 09:40"), "Vivian Liu")

    # --- golden sample record (WeasyPrint) --------------------------------
    rows = [
        ["Diameter", "Ø 65 mm ±1.5", "64.6", "64.8", "65.1", "OK"],
        ["Height with lid", "205 mm ±1.5", "205.9", "205.4", "206.2", "OK"],
        ["Weight (bottle+lid+sleeve)", "290 g ±5% (275.5-304.5)", "296", "293", "298", "OK"],
        ["Capacity to shoulder", "350 ml ±5%", "352", "349", "354", "OK"],
        ["Brimful capacity (ref.)", "approx. 380 ml", "382", "380", "383", "info"],
        ["Wall thickness (min.)", "≥ 2.6 mm", "2.9", "3.0", "2.8", "OK"],
        ["Sleeve colour", "Pantone 5497 C, ΔE ≤ 2.0", "ΔE 1.2", "ΔE 1.4", "ΔE 1.1", "OK"],
        ["Laser logo on lid", "Ø 25 mm, centred", "OK", "OK", "OK", "OK"],
        ["Leak test, inverted 10 min", "no leak", "pass", "pass", "pass", "OK"],
        ["Thermal shock ΔT 120 °C", "no breakage", "pass", "pass", "pass", "OK"],
    ]
    body = f"""
      <h1>Golden Sample Approval Record</h1>
      <div class='sub'>Record GS-HP-GB350-01 &nbsp;|&nbsp; Harbour &amp; Pine Ltd &nbsp;|&nbsp; PO HP-PO-2603-11</div>
      <table>
        <tr><th>Item</th><td>HP-GB350 glass water bottle 350 ml, bamboo lid, silicone sleeve</td>
            <th>Supplier</th><td>{esc(sup_en)}</td></tr>
        <tr><th>Spec reference</th><td>HP-GB350 Product Specification Rev C</td>
            <th>Samples</th><td>3 pcs (pre-production lot S2), received 19 Mar 2026</td></tr>
      </table>
      <h2>Measurements</h2>
      {items_table(["Check", "Requirement", "S1", "S2", "S3", "Result"], rows, num_cols=(2, 3, 4))}
      <h2>Comments</h2>
      <p>All three samples within specification. Sample S2 retained by Harbour &amp; Pine as the golden sample,
      S1 returned to factory sealed for production reference. Engraving depth slightly lighter on S3 - factory
      to keep laser power at the S1/S2 setting.</p>
      <h2>Decision</h2>
      <p class='ok'>APPROVED for mass production.</p>
      <table class='sig'><tr>
        <td>Approved by: <b>Oliver Pritchard</b>, Purchasing Manager, Harbour &amp; Pine Ltd<br>Date: 20/03/2026<br>Signature: <i>O. Pritchard</i></td>
        <td>Factory QC: <b>Zhao Lei</b> (赵磊)<br>Date: 20/03/2026</td></tr></table>
    """
    html_pdf(html_doc(report_css("GS-HP-GB350-01"), body, "Golden sample record HP-GB350"),
             c.p("sample/GS-HP-GB350-01_golden_sample.pdf"), T("2026-03-20 16:00"))

    # --- PI v1 and V2 (WeasyPrint, grid style) ----------------------------
    def pi(version: int):
        v2 = version == 2
        meta = [("PI No.:", "JC-PI260323-V2" if v2 else "JC-PI260323"),
                ("Date:", "24-Mar-2026" if v2 else "23-Mar-2026"),
                ("Buyer PO:", "HP-PO-2603-11"),
                ("Sales:", "Vivian Liu")]
        if v2:
            meta.append(("Revision:", "V2 - replaces JC-PI260323 of 23-Mar-2026 (spelling and amount in words corrected)"))
        street = "Unit 4 Albion Dockside Works, Hanover Place" if v2 else "Unit 4 Albion Dockside Works, Hanover Palce"
        glass = "Borosilicate" if v2 else "Borosilcate"
        rows = [["1", "HP-GB350", f"{glass} glass water bottle 12oz\nbamboo lid with silicone seal\n"
                 "silicone sleeve PMS 5497C, laser engraved logo on lid\nbrown kraft gift box",
                 f"{n(qty)} pcs", m(price), m(total)]]
        tot = [("TOTAL FOB TIANJIN", 3), f"{n(qty)} pcs", "", m(total)]
        words_line = say(total) if v2 else "SAY US DOLLARS SIX THOUSAND FOUR HUNDRED AND FORTY ONLY"
        terms = [("Price term:", "FOB Tianjin port, China"),
                 ("Payment:", f"T/T 30% in advance (USD {m(total * D('0.3'))}), balance 70% before shipment"),
                 ("Lead time:", "35 days after receipt of deposit"),
                 ("Packing:", "individual brown kraft gift box, 24pcs/ctn, 5 ply export carton 44*30*25cm, total 100 ctns"),
                 ("Certificates:", "LFGB & FDA test reports (SGS)"),
                 ("Inspection:", "AQL 2.5/4.0 pre-shipment inspection by buyer's QC"),
                 ("Shipping marks:", "as per buyer's instruction")]
        bank = [("Beneficiary:", "HEJIAN CRYSTALLINE GLASSWARE CO., LTD."),
                ("Bank name:", "BANK OF CHINA, HEJIAN SUB-BRANCH"),
                ("Bank address:", "No. 102 Jiefang West Road, Hejian, Hebei, China"),
                ("SWIFT code:", "BKCHCNBJ220"),
                ("A/C No. (USD):", "100355662718" if v2 else "1003 5566 2718")]
        tbl = items_table(["No.", "Item No.", "Description", "Qty", "Unit Price\n(USD)", "Amount\n(USD)"],
                          rows, num_cols=(3, 4, 5), tot=tot)
        body = f"""
          <div class='lh'><div class='en'>HEJIAN CRYSTALLINE GLASSWARE CO., LTD.</div>
            <div class='cn'>{sup_cn}</div>
            <div class='ad'>{esc(sup_addr)}<br>Tel: +86 317 3360 8821 &nbsp; E-mail: vivian@crystalline-glass.cn</div></div>
          <h1>PROFORMA INVOICE</h1>
          <table class='meta'><tr><td style='width:55%'><b>Buyer:</b><br>HARBOUR &amp; PINE LTD<br>{esc(street)}<br>
              Bristol BS1 6UT, United Kingdom<br>Attn: Mr. Oliver Pritchard</td>
            <td>{kv_table(meta, cls='meta')}</td></tr></table>
          <br>
          {tbl}
          <div class='say'>{words_line}.</div>
          <div class='sec'>TERMS &amp; CONDITIONS</div>{kv_table(terms)}
          <div class='sec'>BANK INFORMATION</div>{kv_table(bank)}
          <table class='sign'><tr>
            <td>Buyer confirmation:<br><br>______________________<br>Harbour &amp; Pine Ltd</td>
            <td style='text-align:right'><span class='chop'>晶澈玻璃<br>合同专用章</span><br>
              For and on behalf of<br><b>HEJIAN CRYSTALLINE GLASSWARE CO., LTD.</b><br>Authorized signature &amp; company chop</td>
          </tr></table>"""
        name = "pi/JC-PI260323-V2.pdf" if v2 else "pi/JC-PI260323.pdf"
        html_pdf(html_doc(CSS["grid"], body, "Proforma Invoice"), c.p(name),
                 T("2026-03-24 09:00") if v2 else T("2026-03-23 10:05"))

    pi(1)
    pi(2)

    # --- change order that only restates the current value (DOCX) ----------
    d = new_doc(font="Arial", size=10)
    header_footer(d, [("Harbour & Pine Ltd  -  Purchasing", True, 9)], "CO-01 / HP-PO-2603-11", header_align="r")
    para(d, "CHANGE ORDER CO-01", bold=True, size=15, after=0)
    para(d, "Purchase order HP-PO-2603-11  -  HP-GB350 glass water bottle 350 ml", size=10, after=8)
    grid(d, [["To", sup_en + "  (Attn: Vivian Liu)"],
             ["From", "Harbour & Pine Ltd, Oliver Pritchard"],
             ["Date", "25 March 2026"],
             ["Subject", "Quantity confirmation after forecast review"]],
         widths=[3, 13], header=False)
    para(d, "")
    grid(d, [["Field", "Current", "Revised", "Remarks"],
             ["Order quantity", "2,400 pcs", "2,400 pcs (unchanged)",
              "The 3,000 pcs option discussed on 18 Mar 2026 is NOT taken up."],
             ["Unit price", "USD 2.85 / pc FOB TIANJIN", "USD 2.85 / pc (unchanged)", "-"],
             ["Delivery", "35 days after deposit", "35 days after deposit (unchanged)", "-"]],
         widths=[3, 3.8, 4.2, 6], size=9)
    para(d, "")
    para(d, "All other terms of PO HP-PO-2603-11, specification Rev C and PI JC-PI260323-V2 remain unchanged.")
    para(d, "")
    grid(d, [["Approved by (Buyer)", "Acknowledged by (Supplier)"],
             ["Oliver Pritchard\nPurchasing Manager, Harbour & Pine Ltd\nDate: 25/03/2026\nSignature: O. Pritchard",
              "Vivian Liu\nSales Manager, Hejian Crystalline Glassware Co., Ltd.\nDate: 25/03/2026\nChop: 河间市晶澈玻璃制品有限公司"]],
         widths=[8.5, 8.5])
    save_docx(d, c.p("changes/CO-01_quantity_confirmation.docx"), T("2026-03-25 13:50"),
              "Oliver Pritchard", "Change Order CO-01")

    # --- chat (iOS WhatsApp, UK locale) -----------------------------------
    V, O = "Vivian Liu", "Oliver Pritchard"
    msgs = [
        ("2026-03-09 10:02:11", V, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."),
        ("2026-03-09 10:02:11", V, "Hi Oliver, this is Vivian from Crystalline Glass. Quotation JC-Q260309 sent to your email"),
        ("2026-03-09 10:03:40", V, "<attached: 00000004-PHOTO-2026-03-09-10-03-40.jpg>"),
        ("2026-03-09 16:45:02", O, "Thanks Vivian. 2.85 at 2,400 pcs works for us, I'll send spec Rev C this week"),
        ("2026-03-13 09:12:55", O, "Quote JC-Q260309 accepted at 2.85 for 2,400 pcs. Spec Rev C is with our designer, final version Monday"),
        ("2026-03-13 09:40:31", V, "Great!! thank you Oliver 🙏"),
        ("2026-03-16 14:02:18", O, "HP-GB350_Spec_RevC.docx • 4 pages <attached: 00000009-HP-GB350_Spec_RevC.docx>"),
        ("2026-03-17 08:31:50", V, "Spec received and signed, samples S2 ready on Thursday"),
        ("2026-03-18 11:20:31", O, "Could you check the price if we go 3,000 pcs on this PO?"),
        ("2026-03-18 11:41:09", V, "for 3,000 pcs can do 2.78"),
        ("2026-03-18 11:41:40", V, "This message was deleted."),
        ("2026-03-19 08:30:17", O, "Thanks, we stay with 2,400 for this PO. I'll put it on a change order so it's clear for both sides"),
        ("2026-03-20 15:05:44", O, "Golden samples signed off, all within spec 👍"),
        ("2026-03-20 15:05:52", O, "<attached: 00000014-PHOTO-2026-03-20-15-05-52.jpg>"),
        ("2026-03-23 10:14:02", V, "JC-PI260323.pdf • 1 page <attached: 00000015-JC-PI260323.pdf>"),
        ("2026-03-23 17:52:20", O, "Small things: \"Borosilcate\" typo, our street is Hanover Place, and the amount in words says six thousand four hundred forty. Can you fix?"),
        ("2026-03-24 09:03:37", V, "sorry!! corrected V2 attached, nothing else changed"),
        ("2026-03-24 09:03:38", V, "JC-PI260323-V2.pdf • 1 page <attached: 00000017-JC-PI260323-V2.pdf>"),
        ("2026-03-25 14:22:10", O, "CO-01 signed (quantity stays 2,400). Deposit going out today, 30% = USD 2,052.00"),
        ("2026-03-26 10:40:51", V, "Received with thanks, production starts Monday"),
        ("2026-03-26 10:42:06", V, "Btw for your autumn range, the 500ml version HP-GB500 would be USD 3.35 at 3,000 pcs, same terms"),
        ("2026-03-26 10:55:30", O, "Noted, will come back to you in June about the 500 ml"),
    ]
    write_text(c.p("chat/_chat.txt"), whatsapp_ios(msgs, ios_uk))

    c.order_toml("HP-PO-2603-11",
                 [buyer, "Harbour and Pine", "Oliver Pritchard", "Oliver"],
                 [sup_en, sup_cn, "Crystalline Glass", "Vivian Liu", "Vivian"],
                 tolerances={"dimensions": "±1.5 mm", "weight": "±5%", "capacity": "±5%"})
    c.expected("RELEASE", [], "Clean order: PI V2 supersedes PI v1 (typo fix); CO-01 only restates quantity; all terms match.")
    c.note("""
# 01-borosilicate-bottle-clean-pi-v2
Planted: nothing. Verdict RELEASE, expected [].
Noise that must NOT be flagged: pi/JC-PI260323.pdf (v1) is superseded by JC-PI260323-V2.pdf (same terms; v1 has typos
"Borosilcate", "Hanover Palce" and a wrong amount in words, 6,440 instead of 6,840) - history, not a conflict. changes/CO-01 only restates quantity 2,400 pcs and USD 2.85 (the 3,000 pcs option and 2.78 are explicitly not taken up).
12oz (PI) vs 350 ml (spec); "FOB Tianjin port, China" vs "FOB TIANJIN"; "T/T 30% in advance, balance 70% before shipment"
vs "30% deposit by TT, 70% before shipping"; account "1003 5566 2718" vs "100355662718"; quote price tiers 3.10/2.62 and
MOQ/validity lines; chat prices 2.78 (3,000 pcs option) and 3.35 (future HP-GB500); sample S1-S3 values within tolerance.
""")


# ===========================================================================
# 02  Soy candle, EUR -- CLEAN; inch/oz units in the PI, Incoterm and payment
#     wording variants, a Q3 price for another size in the chat
# ===========================================================================

def case02():
    c = Case("02-soy-candle-clean-eur")
    sup_en, sup_cn = "Ningbo Yinzhou Aromacraft Home Fragrance Co., Ltd.", "宁波市鄞州香艺家居用品有限公司"
    sup_addr = "No. 218 Qiming Road, Yinzhou District, Ningbo, Zhejiang 315100, China"
    qty, price = 1800, D("2.36")
    total = qty * price
    assert total == D("4248.00") and total * D("0.3") == D("1274.400") and qty / 24 == 75

    # --- spec (DOCX -> PDF via LibreOffice), German/English -----------------
    d = new_doc(font="Liberation Sans", size=9.5)
    header_footer(d, [("Lumen & Lore GmbH", True, 12), ("Einkauf / Purchasing  ·  Große Elbstraße 145  ·  22767 Hamburg", False, 8)],
                  "LL-AMB08-FIG  ·  Produktspezifikation Version 2  ·  02.02.2026", header_align="l")
    para(d, "Produktspezifikation / Product Specification", bold=True, size=14, after=2)
    para(d, "Duftkerze im Braunglas „Fig & Cedar“ 8 oz  /  Scented soy candle in amber jar", size=10, after=8)
    rows = [
        ["Merkmal / Attribute", "Vorgabe / Requirement", "Toleranz / Tolerance"],
        ["Artikelnummer / Item no.", "LL-AMB08-FIG", ""],
        ["Wachs / Wax", "100% soy wax (natural, GMO-free), uncoloured (natural ivory)", ""],
        ["Docht / Wick", "Lead-free cotton wick ECO 10 with metal sustainer", ""],
        ["Duft / Fragrance", "FR-2231 Fig & Cedar, 8% fragrance load, IFRA 51st Amendment (Cat. 12) compliant", "±0.5%"],
        ["Gefäß / Jar", "Amber glass tumbler Ø 76 x H 89 mm", "±1.5 mm"],
        ["Deckel / Lid", "Metal tin lid, matte black", ""],
        ["Füllgewicht / Net fill weight", "227 g", "±3%"],
        ["Brenndauer / Burn time", "≥ 45 h", ""],
        ["Etikett / Label", "Front label 50 x 60 mm kraft paper, 1C black print (L&L logo + scent name); "
                            "base label with CLP pictograms, DE/EN warnings, UFI code", ""],
        ["Konformität / Compliance", "CLP Regulation (EC) No 1272/2008 labelling; SDS DE/EN; IFRA certificate; REACH SVHC declaration", ""],
        ["Innenverpackung / Inner pack", "Individual kraft box 82 x 82 x 100 mm with cardboard insert", ""],
        ["Umkarton / Master carton", "24 pcs/ctn, 5-ply export carton 35 x 27 x 22 cm, max. 15 kg", ""],
        ["Menge / Quantity", "1,800 pcs (75 cartons)", ""],
        ["Preis / Price", "EUR 2.36 / pc, FOB NINGBO (Angebot / quotation ACN-Q2601-33)", ""],
        ["Zahlung / Payment", "30% deposit by TT, 70% before shipping", ""],
        ["Lieferzeit / Lead time", "40 days after deposit", ""],
        ["Prüfung / Inspection", "Pre-shipment inspection, General Level II, AQL 2.5 major / 4.0 minor", ""],
    ]
    t = grid(d, rows, widths=[4.5, 9.5, 2.6], size=8.5, fill="F2E6D0")
    para(d, "")
    para(d, "Änderungen gegenüber Version 1 / Changes vs version 1: UFI code added on base label.", italic=True, size=8.5)
    para(d, "")
    grid(d, [["Freigegeben / Approved", "Datum / Date", "Unterschrift / Signature"],
             ["Katrin Vogel, Einkauf (Lumen & Lore GmbH)", "02.02.2026", "K. Vogel"]],
         widths=[8, 3, 5.6], size=8.5, fill="F2E6D0")
    docx_to_pdf(d, c.p("spec/LL-AMB08-FIG_Produktspezifikation_V2.pdf"), T("2026-02-02 15:55"),
                "Katrin Vogel", "Produktspezifikation LL-AMB08-FIG V2")

    # --- quote (XLSX) ------------------------------------------------------
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "报价单 Quotation"
    for col, w in zip("ABCDEFGH", (6, 16, 40, 12, 10, 12, 12, 14)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:H1"); xl(ws, "A1", sup_cn, bold=True, size=13, align="center")
    ws.merge_cells("A2:H2"); xl(ws, "A2", sup_en.upper(), bold=True, size=11, align="center")
    ws.merge_cells("A3:H3"); xl(ws, "A3", sup_addr + "  |  Tel +86 574 8820 6613  |  sunny@aromacraft-nb.com", size=8, align="center")
    xl(ws, "A5", "Quotation No.:", bold=True); xl(ws, "C5", "ACN-Q2601-33")
    xl(ws, "A6", "Date:", bold=True); xl(ws, "C6", "2026-01-19")
    xl(ws, "A7", "Customer:", bold=True); xl(ws, "C7", "Lumen & Lore GmbH, Hamburg - Ms. Katrin Vogel")
    xl_row(ws, 9, ["No.", "Ref.", "Description", "Net fill", "MOQ (pcs)", "Price EUR/pc", "Packing", "Remark"],
           bold=True, fill="DDEBF7", border=True, wrap=True, align="center")
    data = [[1, "LL-AMB08", "Soy wax candle in amber glass jar 3\" x 3.5\", black tin lid, scent Fig & Cedar (FR-2231), "
             "kraft front label + CLP base label, kraft box", "8 oz / 227 g", 1000, 2.36, "24 pcs/ctn", "ordered size"],
            [2, "LL-AMB14", "Same, large amber jar 3.4\" x 4.3\", black tin lid", "14 oz / 397 g", 600, 3.48, "12 pcs/ctn", "option"]]
    for i, r in enumerate(data):
        ws.row_dimensions[10 + i].height = 48
        xl_row(ws, 10 + i, r, border=True, wrap=True)
        ws[f"F{10 + i}"].number_format = "0.00"
        ws[f"E{10 + i}"].number_format = "#,##0"
    terms = ["Price term: FOB Ningbo",
             "Payment: 30% T/T deposit, balance before shipment",
             "Lead time: 35-40 days after deposit (CNY holiday 12-24 Feb excluded)",
             "Master carton 8 oz: 5-ply, 35 x 27 x 22 cm, G.W. approx. 13.2 kg",
             "Fragrance load 8%, other loads on request",
             "This quotation is valid for 30 days."]
    for i, tline in enumerate(terms):
        ws.merge_cells(f"B{13 + i}:H{13 + i}")
        xl(ws, f"B{13 + i}", tline)
    xl(ws, "B20", "Sunny Chen / Sales Dept.", italic=True)
    fit_landscape(ws)
    save_xlsx(wb, c.p("quotes/ACN-Q2601-33.xlsx"), T("2026-01-19 14:50"), "Sunny Chen")

    # --- golden sample (WeasyPrint report) ---------------------------------
    rows = [["Gefäß Ø / Jar diameter", "76 mm ±1.5", "76.4", "76.1", "OK"],
            ["Gefäß H / Jar height", "89 mm ±1.5", "88.6", "89.2", "OK"],
            ["Füllgewicht / Net fill", "227 g ±3% (220.2-233.8 g)", "229", "226", "OK"],
            ["Brenntest / Burn test", "≥ 45 h", "47 h", "46.5 h", "OK"],
            ["Deckel / Lid", "matte black tin", "OK", "OK", "OK"],
            ["Etikett / Label", "front + CLP base label, UFI", "OK", "OK", "OK"],
            ["Duft / Scent throw", "FR-2231 cold/hot throw", "good", "good", "OK"]]
    tbl = items_table(["Prüfpunkt / Check", "Vorgabe / Requirement", "Muster A", "Muster B", "Ergebnis"], rows, num_cols=(2, 3))
    body = f"""
      <h1>Musterfreigabe / Golden Sample Approval</h1>
      <div class='sub'>LL-AMB08-FIG „Fig &amp; Cedar“ · Lieferant / supplier: {esc(sup_en)} · Muster erhalten 04.02.2026</div>
      {tbl}
      <h2>Bemerkungen / Remarks</h2>
      <p>2 Muster geprüft (A, B). Muster A wird als Referenzmuster (golden sample) in Hamburg aufbewahrt, Muster B
      versiegelt an den Lieferanten zurück. Slight frosting on the wax surface of sample B is normal for soy wax.</p>
      <p class='ok'>FREIGEGEBEN / APPROVED</p>
      <table class='sig'><tr><td>Katrin Vogel, Einkauf<br>Lumen &amp; Lore GmbH<br>06.02.2026 &nbsp; <i>K. Vogel</i></td>
      <td>Lieferant: Sunny Chen<br>06.02.2026</td></tr></table>"""
    html_pdf(html_doc(report_css("Musterfreigabe LL-AMB08-FIG"), body, "Musterfreigabe"),
             c.p("sample/Musterfreigabe_LL-AMB08-FIG.pdf"), T("2026-02-06 11:00"))

    # --- PI (WeasyPrint, band style) ---------------------------------------
    rows = [["1", "LL-AMB08-FIG", "8oz Soy Wax Candle in Amber Jar\n3\" dia x 3.5\" H amber glass, matte black tin lid\n"
             "Net wt 8oz, scent Fig & Cedar (FR-2231)\nkraft front label + CLP base label, kraft box",
             n(qty), m(price), m(total)]]
    tot = [("TOTAL  FOB NINGBO", 3), n(qty), "", m(total)]
    tbl = items_table(["No.", "Item", "Description", "Qty (pcs)", "Unit price (EUR)", "Amount (EUR)"], rows,
                      num_cols=(3, 4, 5), tot=tot)
    terms = kv_table([("Price term", "FOB Ningbo port, China"),
                      ("Payment", "T/T 30% in advance, balance 70% before shipment"),
                      ("Delivery", "40 days after deposit received"),
                      ("Packing", "individual kraft box, 24pcs/ctn, 5-ply carton 35x27x22cm, 75 ctns"),
                      ("Inspection", "AQL II 2.5/4.0 before shipment"),
                      ("Documents", "SDS (DE/EN), IFRA certificate, REACH declaration")], cls="kv")
    bank = kv_table([("Beneficiary", "NINGBO YINZHOU AROMACRAFT HOME FRAGRANCE CO., LTD."),
                     ("Bank", "INDUSTRIAL AND COMMERCIAL BANK OF CHINA, NINGBO YINZHOU SUB-BRANCH"),
                     ("Bank address", "No. 1188 Siming Middle Road, Yinzhou District, Ningbo, China"),
                     ("SWIFT", "ICBKCNBJNBO"),
                     ("Account (EUR)", "3901 1100 0920 0456 321")], cls="kv")
    body = f"""
      <div class='band'><div class='en'>NINGBO YINZHOU AROMACRAFT HOME FRAGRANCE CO., LTD.</div>
        <div class='cn'>{sup_cn}</div><div class='ad'>{esc(sup_addr)} · Tel +86 574 8820 6613 · sunny@aromacraft-nb.com</div></div>
      <h1>PROFORMA INVOICE 形式发票</h1>
      <table class='two'><tr>
        <td><div class='lbl'>Bill to / Consignee</div><b>LUMEN &amp; LORE GMBH</b><br>Große Elbstraße 145<br>22767 Hamburg, Germany<br>Attn: Ms. Katrin Vogel</td>
        <td>{kv_table([("PI No.", "AC-PI-260210"), ("Date", "10 Feb 2026"), ("Customer ref.", "LL-2026-014"),
                       ("Quotation", "ACN-Q2601-33"), ("Currency", "EUR")], cls="kv")}</td></tr></table>
      {tbl}
      <div class='say'>{say(total, "EURO")}</div>
      <div class='box'><h3>Terms</h3>{terms}</div>
      <div class='box'><h3>Bank details</h3>{bank}</div>
      <div class='foot'>Seller: {esc(sup_en)} &nbsp; (company chop 公章) ______________________ &nbsp;&nbsp;
        Buyer: Lumen &amp; Lore GmbH ______________________</div>"""
    html_pdf(html_doc(CSS["band"], body, "PI AC-PI-260210"), c.p("pi/PI_AC-PI-260210.pdf"), T("2026-02-10 14:40"))

    # --- chat: iOS WhatsApp, US locale, CRLF --------------------------------
    S, K = "Sunny Chen", "Katrin Vogel"
    msgs = [
        ("2026-01-19 15:02:45", S, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."),
        ("2026-01-19 15:02:45", S, "Hello Katrin, quotation ACN-Q2601-33 is in your mailbox 😊"),
        ("2026-01-19 15:04:10", S, "<attached: 00000003-PHOTO-2026-01-19-15-04-10.jpg>"),
        ("2026-01-20 09:31:02", K, "Danke Sunny. EUR 2.36 for the 8 oz Fig & Cedar is accepted, 1,800 pcs. Spec V2 follows."),
        ("2026-01-20 09:33:48", K, "For Q3 we may do the 14 oz in the same scent, what price at 1,200 pcs?"),
        ("2026-01-20 10:15:27", S, "14oz is EUR 3.48 at MOQ 600, for 1,200 pcs can do EUR 3.30"),
        ("2026-01-20 10:16:05", S, "This message was deleted."),
        ("2026-01-20 10:40:19", K, "Noted, that's for later. Let's finish this order first."),
        ("2026-02-02 16:12:36", K, "Spec V2 attached, only change vs V1 is the UFI code on the base label"),
        ("2026-02-02 16:12:37", K, "LL-AMB08-FIG_Produktspezifikation_V2.pdf • 1 page <attached: 00000011-LL-AMB08-FIG_Produktspezifikation_V2.pdf>"),
        ("2026-02-06 11:05:52", K, "Golden sample approved and signed. Fill weight 229 g and 226 g, fine."),
        ("2026-02-10 14:48:09", S, "PI attached, please check and sign back"),
        ("2026-02-10 14:48:11", S, "PI_AC-PI-260210.pdf • 1 page <attached: 00000016-PI_AC-PI-260210.pdf>"),
        ("2026-02-10 18:20:44", K, "All correct. Deposit 30% = EUR 1,274.40 will go out tomorrow"),
        ("2026-02-11 09:02:13", K, "Paid, swift copy:"),
        ("2026-02-11 09:02:14", K, "<attached: 00000018-PHOTO-2026-02-11-09-02-14.jpg>"),
        ("2026-02-11 09:40:58", S, "Received, thank you! Factory holiday Feb 12 to Feb 24 for Chinese New Year, production right after. Delivery 40 days as PI"),
        ("2026-02-11 09:41:30", K, "👍 Frohes neues Jahr!"),
    ]
    write_text(c.p("chat/WhatsApp Chat - Sunny Chen Aromacraft.txt"), whatsapp_ios(msgs, ios_us), newline="\r\n")

    c.order_toml("LL-2026-014",
                 ["Lumen & Lore GmbH", "Lumen and Lore", "Katrin Vogel", "Katrin"],
                 [sup_en, sup_cn, "Aromacraft", "Sunny Chen", "Sunny"],
                 tolerances={"dimensions": "±1.5 mm", "weight": "±3%"})
    c.expected("RELEASE", [], "Clean EUR order; inch/oz units and wording variants only.")
    c.note("""
# 02-soy-candle-clean-eur
Planted: nothing. Verdict RELEASE, expected [].
Noise that must NOT be flagged: PI writes the jar as 3" dia x 3.5" H (= 76.2 x 88.9 mm vs spec Ø 76 x H 89 mm ±1.5) and
"Net wt 8oz" (226.8 g vs 227 g ±3%); "FOB Ningbo port, China" vs "FOB NINGBO"; "T/T 30% in advance, balance 70% before
shipment" vs "30% deposit by TT, 70% before shipping"; currency EUR everywhere ("SAY EURO ..."); the quote's 14 oz option
(EUR 3.48, MOQ 600) and "35-40 days" range; chat price EUR 3.30 for a possible Q3 14 oz order; sample values in tolerance.
""")


# ===========================================================================
# 03  Silicone utensils, 4 SKUs -- CLEAN multi-SKU; quantities rounded up to
#     full cartons within +5%/-3%; quote Rev.1 superseded by Rev.2 (accepted by
#     e-mail); inspection PASSED satisfies [release]
# ===========================================================================

UTENSILS = [
    # spec key, name, length mm, head, weight g, spec qty, pcs/ctn, carton, price R2, price R1, PI code, quote code, PI qty
    dict(key="MH-SPT-28-CHR", name="Silicone spatula", L=280, head="head 95 x 55 mm", wt=78, qty=1000, pcs=60,
         ctn="42 x 32 x 30 cm", price=D("1.18"), r1=D("1.25"), pi="MH-SPT28-CHR", qc="MH-SPT-28", piq=1020),
    dict(key="MH-TRN-30-CHR", name="Slotted turner", L=300, head="head 110 x 85 mm", wt=96, qty=1000, pcs=60,
         ctn="45 x 34 x 30 cm", price=D("1.26"), r1=D("1.32"), pi="MHTRN30 CHR", qc="MH-TRN-30", piq=1020),
    dict(key="MH-LDL-32-CHR", name="Ladle", L=320, head="bowl Ø 90 mm", wt=105, qty=800, pcs=40,
         ctn="48 x 36 x 32 cm", price=D("1.42"), r1=D("1.49"), pi="Item MH-LDL-32 (charcoal)", qc="MH-LDL-32", piq=800),
    dict(key="MH-WSK-25-CHR", name="Balloon whisk, 8 wires", L=250, head="Ø 60 mm", wt=88, qty=600, pcs=50,
         ctn="40 x 30 x 32 cm", price=D("1.35"), r1=D("1.40"), pi="MH-WSK-25 CHARCOAL", qc="MH-WSK-25", piq=600),
]


def case03():
    c = Case("03-silicone-utensils-4sku-clean")
    sup_en, sup_cn = "Yangjiang Hongfeng Kitchen Utensils Co., Ltd.", "阳江市鸿丰厨具有限公司"
    sup_addr = "Hongfeng Industrial Park, Jiangcheng District, Yangjiang, Guangdong 529500, China"
    total = sum(u["piq"] * u["price"] for u in UTENSILS)
    assert total == D("4434.80")
    for u in UTENSILS:
        assert u["piq"] % u["pcs"] == 0 and u["qty"] <= u["piq"] <= u["qty"] * D("1.05")
    ctns = sum(u["piq"] // u["pcs"] for u in UTENSILS)
    lot = sum(u["piq"] for u in UTENSILS)
    assert ctns == 66 and lot == 3440

    # --- spec (DOCX) ------------------------------------------------------
    d = new_doc(font="Carlito", size=10, landscape=True, margins=(1.6, 1.5))
    header_footer(d, [("MAPLE HEARTH KITCHENWARE INC.  |  Sourcing", True, 9)],
                  "MH-PO-0426 Utensil Specification  |  issued 23 Mar 2026", header_align="l")
    para(d, "Technical Specification - Silicone Utensil Range (Charcoal)", bold=True, size=15, after=0)
    para(d, "PO MH-PO-0426  ·  Supplier: " + sup_en + "  ·  Quotation HF-Q2603-R2 (19 Mar 2026) accepted 20 Mar 2026", size=9, after=6)
    rows = [["SKU", "Description", "Overall length", "Head", "Weight", "Order qty", "Pcs / ctn", "Master carton (5-ply)", "Unit price USD FOB Shenzhen"]]
    for u in UTENSILS:
        rows.append([u["key"], u["name"], f"{u['L']} mm", u["head"], f"{u['wt']} g", f"{n(u['qty'])} pcs",
                     str(u["pcs"]), u["ctn"], f"{u['price']:.2f}"])
    grid(d, rows, widths=[3.3, 3.8, 2.1, 2.6, 1.6, 2.1, 1.6, 3.4, 2.6], size=8.5, fill="D9E1F2")
    para(d, "")
    gen = [["Clause", "Requirement (all SKUs)", "Tolerance"],
           ["1", "GENERAL", None],
           ["1.1 Material", "LFGB food-grade platinum-cured silicone moulded over SS304 stainless steel core "
                            "(whisk: SS304 wires, silicone coated); heat resistant to 230 °C", "-"],
           ["1.2 Colour", "Charcoal, Pantone 425 C, matte", "ΔE ≤ 2.0"],
           ["1.3 Logo", "Debossed \"MAPLE HEARTH\" on handle end, 22 x 4 mm", "-"],
           ["1.4 Hang hole", "Ø 12.7 mm at handle end", "-"],
           ["2", "DIMENSIONS / WEIGHT", None],
           ["2.1", "Overall length and head per SKU table", "±2 mm"],
           ["2.2", "Weight per SKU table", "±5%"],
           ["3", "COMPLIANCE", None],
           ["3.1", "LFGB (§30/31) and FDA 21 CFR 177.2600 test reports, issued within 12 months", "-"],
           ["4", "PACKAGING", None],
           ["4.1 Inner", "Printed 4C belly band with UPC-A barcode, no polybag", "-"],
           ["4.2 Master carton", "5-ply export carton, pcs/ctn and size per SKU table; carton marks per MH manual v3", "-"],
           ["5", "QUALITY", None],
           ["5.1 Inspection", "Third-party pre-shipment inspection at ≥ 80% packed, ISO 2859-1 General II, "
                              "AQL 2.5 major / 4.0 minor; balance payment only after PASS", "-"],
           ["6", "COMMERCIAL", None],
           ["6.1 Price / Incoterm", "Per SKU table, FOB Shenzhen", "-"],
           ["6.2 Quantity", "Per SKU table; supplier may round up to full cartons. Shipped quantity tolerance per SKU "
                            "+5% / -3%", "+5%/-3%"],
           ["6.3 Payment", "T/T 30% deposit, 70% balance against copy of B/L", "-"],
           ["6.4 Lead time", "35 days after deposit", "-"]]
    t = grid(d, gen, widths=[3.5, 17.5, 2.5], size=8.5, fill="D9E1F2")
    for i, r in enumerate(gen):
        if r[2] is None:
            merge_row(t, i, f"{r[0]}  {r[1]}", fill="F2F2F2", size=8.5)
    para(d, "")
    para(d, "Approved: Priya Raman, Sourcing Lead, Maple Hearth Kitchenware Inc. - 23 Mar 2026 - signed P. Raman", size=9)
    save_docx(d, c.p("spec/MH-PO-0426_Utensil_Spec.docx"), T("2026-03-23 10:30"), "Priya Raman",
              "MH-PO-0426 Utensil Specification")

    # --- quotes Rev.1 and Rev.2 (XLSX) -------------------------------------
    def quote(rev: int):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Quote"
        for col, w in zip("ABCDEFGH", (5, 13, 30, 12, 14, 10, 12, 22)):
            ws.column_dimensions[col].width = w
        ws.merge_cells("A1:H1"); xl(ws, "A1", f"{sup_cn}  {sup_en.upper()}", bold=True, size=12)
        ws.merge_cells("A2:H2"); xl(ws, "A2", sup_addr + "   Tel/WeChat: +86 138 2761 4405   eason@hongfeng-kitchen.com", size=8)
        ws.merge_cells("A4:H4")
        xl(ws, "A4", "QUOTATION  HF-Q2603" + ("-R2" if rev == 2 else ""), bold=True, size=13, fill="FFF2CC")
        xl(ws, "A5", "Date: " + ("19-Mar-2026" if rev == 2 else "12-Mar-2026"))
        xl(ws, "D5", "To: Maple Hearth Kitchenware Inc. / Ms. Priya Raman")
        if rev == 2:
            ws.merge_cells("A6:H6")
            xl(ws, "A6", "Rev.2 - supersedes HF-Q2603 of 12-Mar-2026 (prices revised after core tooling review)", italic=True, color="C00000")
        xl_row(ws, 8, ["No.", "Item", "Description", "Length", "Colour", "MOQ", "USD/pc FOB SZ", "Packing"],
               bold=True, border=True, fill="D9D9D9", wrap=True)
        for i, u in enumerate(UTENSILS):
            xl_row(ws, 9 + i, [i + 1, u["qc"], f"{u['name']}, platinum silicone over SS304 core, deboss logo",
                               f"{u['L'] // 10} cm", "Charcoal 425C", 500, float(u["price"] if rev == 2 else u["r1"]),
                               f"{u['pcs']}pcs/ctn, {u['ctn'].replace(' x ', '*').replace(' cm', 'cm')}"],
                   border=True, wrap=True)
            ws[f"G{9 + i}"].number_format = "0.00"
        for i, tl in enumerate(["Price term: FOB Shenzhen", "MOQ: 500 pcs per item per colour",
                                "Payment: T/T 30% deposit, 70% against copy of B/L",
                                "Lead time: 35 days after deposit",
                                "Deboss logo mould: USD 120.00 per item, waived for order above USD 4,000",
                                "Validity: 45 days"]):
            ws.merge_cells(f"B{14 + i}:H{14 + i}")
            xl(ws, f"B{14 + i}", tl)
        fit_landscape(ws)
        name = "quotes/HF-Q2603-R2.xlsx" if rev == 2 else "quotes/HF-Q2603.xlsx"
        save_xlsx(wb, c.p(name), T("2026-03-19 21:40") if rev == 2 else T("2026-03-12 16:10"), "Eason Liang")

    quote(1)
    quote(2)

    # --- golden sample record (XLSX) ---------------------------------------
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Golden Sample"
    for col, w in zip("ABCDEFGHI", (16, 22, 12, 12, 12, 12, 14, 10, 24)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:I1"); xl(ws, "A1", "GOLDEN SAMPLE RECORD - MH-PO-0426 silicone utensils (charcoal)", bold=True, size=12)
    xl(ws, "A2", "Samples received 26-Mar-2026 from " + sup_en + "; 2 pcs per SKU measured; 1 pc per SKU sealed as golden sample.", size=9)
    xl_row(ws, 4, ["SKU", "Check", "Spec", "Tol.", "Sample 1", "Sample 2", "Colour vs 425C", "Result", "Comment"],
           bold=True, border=True, fill="E2EFDA")
    meas = [("MH-SPT-28-CHR", 280, 279.2, 280.6, 78, 80, 79), ("MH-TRN-30-CHR", 300, 300.9, 299.4, 96, 94, 97),
            ("MH-LDL-32-CHR", 320, 318.8, 320.5, 105, 108, 106), ("MH-WSK-25-CHR", 250, 251.1, 250.2, 88, 86, 89)]
    r = 5
    for key, L, l1, l2, w, w1, w2 in meas:
        assert abs(l1 - L) <= 2 and abs(l2 - L) <= 2 and abs(w1 - w) <= w * 0.05 and abs(w2 - w) <= w * 0.05
        xl_row(ws, r, [key, "Length (mm)", L, "±2 mm", l1, l2, "ΔE 0.9", "OK", ""], border=True)
        xl_row(ws, r + 1, [key, "Weight (g)", w, "±5%", w1, w2, "", "OK", "deboss logo clear" if key.endswith("SPT-28-CHR") else ""], border=True)
        r += 2
    xl(ws, "A15", "Approved for mass production:", bold=True)
    xl(ws, "C15", "Priya Raman (Maple Hearth Kitchenware Inc.)")
    xl(ws, "C16", "27-Mar-2026    signed: P. Raman")
    xl(ws, "A18", "Note: samples are pre-production; whisk wire coating thickness 0.8 mm confirmed OK.", italic=True, size=9)
    save_xlsx(wb, c.p("sample/Golden_Sample_Record_MH-0426.xlsx"), T("2026-03-27 15:15"), "Priya Raman")

    # --- PI (WeasyPrint, ledger style) -------------------------------------
    rows = []
    for i, u in enumerate(UTENSILS):
        rows.append([str(i + 1), u["pi"], f"{u['name']} {u['L'] // 10}cm, PMS 425C charcoal\nplatinum silicone, SS304 core, deboss logo",
                     f"{n(u['piq'])} pcs\n({u['piq'] // u['pcs']} ctns)", m(u["price"]), m(u["piq"] * u["price"])])
    rows.append(["", "", "Deboss logo mould charge (4 items)", "", "waived", "0.00"])
    tbl = items_table(["序号\nNo.", "货号\nItem", "品名 Description", "数量 Qty", "单价 USD", "金额 USD"], rows,
                      num_cols=(3, 4, 5), tot=[("合计 TOTAL FOB SHENZHEN", 3), f"{n(lot)} pcs", "", m(total)])
    head = ("<table class='head'>"
            "<tr><td class='k'>买方 Buyer</td><td>MAPLE HEARTH KITCHENWARE INC.<br>2250 Bristol Circle, Suite 310, Oakville, ON L6H 6P8, Canada<br>Attn: Ms. Priya Raman</td>"
            "<td class='k'>PI No.</td><td>HF-PI-2604-018</td></tr>"
            "<tr><td class='k'>日期 Date</td><td>08-Apr-2026</td><td class='k'>PO No.</td><td>MH-PO-0426</td></tr></table>")
    terms = [f"Price term: FOB SHENZHEN, CHINA",
             f"Payment: 30% T/T deposit (USD {m(total * D('0.3'))}), 70% balance against B/L copy",
             "Lead time: 5 weeks after deposit",
             "Packing: each with printed belly band, 1/2\" hang hole; SPT &amp; TRN 60pcs/ctn, LDL 40pcs/ctn, WSK 50pcs/ctn; 5-ply export cartons, 66 ctns",
             "Quantity rounded up to full cartons as per spec clause 6.2 (+5%/-3%)",
             "Certificates: LFGB + FDA test reports",
             "Inspection: third party PSI, AQL 2.5/4.0, balance after PASS report"]
    body = f"""
      <div class='lh'><div class='cn'>{sup_cn}</div><div class='en'>YANGJIANG HONGFENG KITCHEN UTENSILS CO., LTD.</div>
      <div class='ad'>{esc(sup_addr)} · Tel +86 662 3389 120 · eason@hongfeng-kitchen.com</div></div>
      <h1>形式发票 PROFORMA INVOICE</h1>
      {head}<br>{tbl}
      <div class='say'>{say(total)}</div>
      <b>条款 Terms:</b><ol class='terms'>{''.join(f'<li>{tl}</li>' for tl in terms)}</ol>
      <div class='bank'><b>银行资料 Bank information</b>
      <table><tr><td>Beneficiary:</td><td>YANGJIANG HONGFENG KITCHEN UTENSILS CO., LTD.</td></tr>
      <tr><td>Bank:</td><td>China Construction Bank, Yangjiang Branch</td></tr>
      <tr><td>Address:</td><td>No. 8 Dongfeng 2nd Road, Jiangcheng District, Yangjiang, Guangdong</td></tr>
      <tr><td>SWIFT:</td><td>PCBCCNBJGDX</td></tr><tr><td>A/C No.:</td><td>4405 0176 3208 0000 1562</td></tr></table></div>
      <div class='sig'>卖方 Seller: {esc(sup_en)} (盖章 chop) ____________ &nbsp;&nbsp;&nbsp; 买方 Buyer: ____________</div>"""
    html_pdf(html_doc(CSS["ledger"], body, "PI HF-PI-2604-018"), c.p("pi/HF-PI-2604-018.pdf"), T("2026-04-08 10:20"))

    # --- inspection report PASSED (WeasyPrint) -----------------------------
    qrows = [[u["key"], n(u["piq"]), str(u["piq"] // u["pcs"]), "100%", "OK"] for u in UTENSILS]
    qtbl = items_table(["SKU", "Qty presented", "Cartons", "Packed", "Marks"], qrows, num_cols=(1, 2))
    drows = [["Silicone flash on edge", "-", "2", "-"], ["Deboss logo incomplete", "-", "1", "-"],
             ["Black spot ≤ 0.5 mm", "-", "-", "4"], ["Belly band creased", "-", "-", "2"],
             ["Total", "0", "3", "6"], ["Acceptance (Ac/Re)", "0 / 1", "10 / 11", "14 / 15"]]
    dtbl = items_table(["Defect", "Critical", "Major (AQL 2.5)", "Minor (AQL 4.0)"], drows, num_cols=(1, 2, 3))
    mrows = [["MH-SPT-28-CHR", "280 ±2", "279.4 / 280.8 / 280.1 / 279.0 / 281.2", "OK"],
             ["MH-TRN-30-CHR", "300 ±2", "300.6 / 299.1 / 301.0 / 300.2 / 299.8", "OK"],
             ["MH-LDL-32-CHR", "320 ±2", "319.2 / 321.0 / 320.4 / 318.9 / 320.0", "OK"],
             ["MH-WSK-25-CHR", "250 ±2", "250.8 / 251.4 / 249.6 / 250.0 / 250.9", "OK"]]
    mtbl = items_table(["SKU", "Length spec (mm)", "Measured, 5 pcs", "Result"], mrows)
    body = f"""
      <h1>Pre-Shipment Inspection Report</h1>
      <div class='sub'>NorthStar QC Services (Guangzhou) Co., Ltd. · Report NSQ-PSI-260512-07 · Inspection date 12-May-2026</div>
      <table><tr><th>Client</th><td>Maple Hearth Kitchenware Inc.</td><th>PO</th><td>MH-PO-0426</td></tr>
      <tr><th>Factory</th><td>{esc(sup_en)}</td><th>Product</th><td>Silicone utensils, charcoal (4 SKUs)</td></tr>
      <tr><th>Standard</th><td>ISO 2859-1, General Level II, single sampling</td><th>Lot / sample</th><td>{n(lot)} pcs / 200 pcs (code L)</td></tr></table>
      <p><span class='verdict pass'>RESULT: PASS</span></p>
      <h2>1. Quantity and packing</h2>{qtbl}
      <h2>2. Workmanship</h2>{dtbl}
      <h2>3. Measurements</h2>{mtbl}
      <h2>4. Tests on site</h2>
      <table><tr><th>Test</th><th>Result</th></tr><tr><td>Colour vs Pantone 425 C, D65</td><td class='ok'>Conform</td></tr>
      <tr><td>Heat test 230 °C, 30 min (2 pcs/SKU)</td><td class='ok'>No deformation</td></tr>
      <tr><td>UPC barcode scan</td><td class='ok'>Readable</td></tr>
      <tr><td>Carton drop test (ISTA 1A), 1 ctn</td><td class='ok'>No damage</td></tr></table>
      <table class='sig'><tr><td>Inspector: Huang Wei (黄伟)<br>12-May-2026</td><td>Reviewed: Chloe Tan, Operations<br>13-May-2026</td></tr></table>"""
    html_pdf(html_doc(report_css("NSQ-PSI-260512-07"), body, "PSI report"),
             c.p("inspection/NSQ-PSI-260512-07.pdf"), T("2026-05-13 09:30"))

    # --- e-mail: buyer accepts quote Rev.2 (plain text, quoted history) -----
    eason = ("Eason Liang", "eason@hongfeng-kitchen.com")
    priya = ("Priya Raman", "priya.raman@maplehearth.ca")
    q1 = ("Dear Priya,\n\nThank you for your feedback. Please find attached our revised quotation HF-Q2603-R2.\n"
          "We checked the core tooling again and can reduce all four items. Rev.1 is cancelled.\n\n"
          "Spatula 1.18 / Turner 1.26 / Ladle 1.42 / Whisk 1.35, FOB Shenzhen, other terms same.\n\n"
          "Best regards\nEason Liang\nSales Manager | Yangjiang Hongfeng Kitchen Utensils Co., Ltd.\n"
          "Mob/WeChat: +86 138 2761 4405")
    q2 = ("Hi Eason,\n\nThanks for HF-Q2603. The prices are above our target for this range,\n"
          "could you review, especially the ladle and the whisk?\n\nThanks,\nPriya")
    text = ("Hi Eason,\n\nThanks for the revised prices. We accept quotation HF-Q2603-R2 dated 19 Mar 2026 for\n"
            "all four items (spatula 1.18, turner 1.26, ladle 1.42, whisk 1.35 USD, FOB Shenzhen).\n"
            "The spec sheet and PO MH-PO-0426 will follow Monday; golden samples please by 27 Mar.\n\n"
            "For the Q4 silicone tongs enquiry, let's talk separately after this order ships.\n\n"
            "Best regards,\nPriya Raman\nSourcing Lead | Maple Hearth Kitchenware Inc.\n"
            "2250 Bristol Circle, Suite 310, Oakville, ON L6H 6P8, Canada\n\n"
            "On Thu, Mar 19, 2026 at 10:05 AM Eason Liang <eason@hongfeng-kitchen.com> wrote:\n\n"
            + quote_block(q1) + "\n>\n> On Tue, Mar 17, 2026 at 3:40 PM Priya Raman <priya.raman@maplehearth.ca> wrote:\n>\n"
            + quote_block(q2, 2) + "\n")
    write_eml(c.p("chat/RE_ Quotation HF-Q2603-R2 silicone utensils.eml"), frm=priya, to=[eason],
              date=TZ("2026-03-20 09:12", -4), subject="RE: Quotation HF-Q2603-R2 silicone utensils (MH-PO-0426)",
              msgid="<CAMh7rQ0x2VZ8kT4n1@mail.gmail.com>", in_reply_to="<202603192205103318761@hongfeng-kitchen.com>",
              references="<CAMh7rQ0a9XkP2c1@mail.gmail.com> <202603192205103318761@hongfeng-kitchen.com>",
              text=text, boundary="03a", qp=True)

    c.order_toml("MH-PO-0426",
                 ["Maple Hearth Kitchenware Inc.", "Maple Hearth", "Priya Raman", "Priya"],
                 [sup_en, sup_cn, "Hongfeng", "Eason Liang", "Eason"],
                 tolerances={"dimensions": "±2 mm", "weight": "±5%", "quantity": "+5%/-3%"},
                 release={"inspection": "passed"})
    c.expected("RELEASE", [], "Clean 4-SKU order; PI rounds two SKUs up to full cartons within +5%/-3%; inspection PASS.")
    c.note("""
# 03-silicone-utensils-4sku-clean
Planted: nothing. Verdict RELEASE (inspection report NSQ-PSI-260512-07 = PASS meets [release] inspection = "passed").
Noise that must NOT be flagged: PI rounds MH-SPT-28-CHR and MH-TRN-30-CHR up from 1,000 to 1,020 pcs (full cartons of 60;
+2%, inside the spec's and order.toml's +5%/-3%); SKU written "MH-SPT28-CHR", "MHTRN30 CHR", "Item MH-LDL-32 (charcoal)",
"MH-WSK-25 CHARCOAL" in the PI and "MH-SPT-28" in the quotes; quote HF-Q2603 (Rev.1, 1.25/1.32/1.49/1.40) is superseded by
HF-Q2603-R2, which the buyer accepted by e-mail; "5 weeks" vs 35 days; "1/2\\" hang hole" vs Ø 12.7 mm; "70% balance against
B/L copy" vs "against copy of B/L"; "waived" mould-charge row is not an item; PI grand total has no counterpart in spec/quote.
""")


# ===========================================================================
# 04  Aluminium laptop stand -- colour change (CO, From/To/Reason table, DOCX)
#     and quantity change (numbered amendment letter, PDF), both signed by the
#     buyer -> 2 x documented_change; the PI is a DOCX
# ===========================================================================

def case04():
    c = Case("04-laptop-stand-colour-qty-co")
    sup_en, sup_cn = "Shenzhen Jiasheng Precision Metal Products Co., Ltd.", "深圳市嘉晟精密五金制品有限公司"
    sup_addr = "Building B3, Fuqiao 3rd Industrial Zone, Fuhai Street, Bao'an District, Shenzhen 518103, China"
    price = D("7.40")
    old_qty, new_qty = 1500, 1800
    old_total, new_total = old_qty * price, new_qty * price
    assert old_total == D("11100.00") and new_total == D("13320.00") and new_total * D("0.3") == D("3996.000")

    # --- spec (DOCX) ------------------------------------------------------
    d = new_doc(font="Arial", size=9.5)
    header_footer(d, [("deskwise", True, 16), ("Deskwise Pty Ltd  ·  Level 2, 41 Gertrude Street, Fitzroy VIC 3065, Australia", False, 7.5)],
                  "DW-LS10 spec v1.2 - uncontrolled when printed", header_align="l")
    para(d, "DW-LS10 Aluminium Laptop Stand", bold=True, size=16, after=0)
    para(d, "Product specification v1.2  ·  14 January 2026  ·  PO DW-PO-1187", size=9, after=8, color="595959")
    rows = [["", "Specification", "Tolerance"],
            ["Construction", None, None],
            ["Material", "Aluminium alloy 6063-T5 body; silicone anti-slip pads (4 pcs)", ""],
            ["Finish", "Sandblasted + anodised, film 10-12 µm", ""],
            ["Colour", "Space Grey (anodised), reference Pantone Cool Gray 10 C", "vs golden sample"],
            ["Dimensions (open)", "260 x 230 x 150 mm (W x D x H)", "±1 mm"],
            ["Weight", "1.05 kg", "±5%"],
            ["Logo", "Laser engraved \"DESKWISE\" on front edge, 40 x 6 mm", ""],
            ["Compliance", "RoHS and REACH (SVHC) test reports", ""],
            ["Packaging", None, None],
            ["Inner", "EPE foam inserts + white printed box 290 x 250 x 60 mm, EAN-13 on box", ""],
            ["Master carton", "10 pcs/ctn, 5-ply export carton 51 x 30 x 32 cm", ""],
            ["Commercial", None, None],
            ["Quantity", "1,500 pcs", ""],
            ["Unit price", "USD 7.40 / pc FOB Shenzhen (quotation JS-Q26011)", ""],
            ["Payment", "T/T 30% deposit, 70% before shipment", ""],
            ["Lead time", "30 days after deposit", ""],
            ["Inspection", "AQL 2.5 major / 4.0 minor, General Level II, before shipment", ""]]
    t = grid(d, rows, widths=[3.6, 10.2, 3.2], size=9, fill="404040")
    for j in range(3):
        for r in t.cell(0, j).paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, r in enumerate(rows):
        if r[1] is None:
            merge_row(t, i, r[0].upper(), fill="D9D9D9", size=9)
    para(d, "")
    para(d, "Approved: Liam O'Connor, Product & Sourcing Manager - 14/01/2026", size=9)
    save_docx(d, c.p("spec/DW-LS10_spec_v1.2.docx"), T("2026-01-14 16:30"), "Liam O'Connor", "DW-LS10 spec v1.2")

    # --- quote (XLSX) ------------------------------------------------------
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "JS-Q26011"
    for col, w in zip("ABCDEFG", (14, 38, 16, 10, 12, 12, 30)):
        ws.column_dimensions[col].width = w
    xl(ws, "A1", sup_en, bold=True, size=13); xl(ws, "A2", sup_cn, size=11); xl(ws, "A3", sup_addr, size=8)
    xl(ws, "A5", "QUOTATION", bold=True, size=14); xl(ws, "E5", "No. JS-Q26011", bold=True); xl(ws, "E6", "Date 08/01/2026")
    xl(ws, "A6", "Customer: Deskwise Pty Ltd (Mr. Liam O'Connor)")
    xl_row(ws, 8, ["Model", "Description", "Colour", "MOQ", "FOB SZ USD", "Carton", "Note"], bold=True, fill="BDD7EE", border=True)
    qrows = [["DW-LS10", "Aluminium laptop stand 6063-T5, sandblasted anodised, laser logo", "Space grey", 500, 7.40, "10 pcs", ""],
             ["DW-LS10", "same", "Silver", 500, 7.40, "10 pcs", "same price as space grey"],
             ["DW-LS10", "same", "Black", 500, 7.55, "10 pcs", "+0.15 black dye"]]
    for i, r in enumerate(qrows):
        xl_row(ws, 9 + i, r, border=True, wrap=True)
        ws[f"E{9 + i}"].number_format = "0.00"
    for i, tl in enumerate(["Payment: T/T 30% deposit, 70% before shipment", "Lead time: 30 days after deposit",
                            "Packing: EPE + white box, 10pcs/ctn, 5 ply 51*30*32cm", "Valid for 30 days",
                            "Bank: China Merchants Bank Shenzhen Branch (see PI)"]):
        xl(ws, f"A{13 + i}", tl)
    fit_landscape(ws)
    save_xlsx(wb, c.p("quotes/JS-Q26011.xlsx"), T("2026-01-08 11:00"), "Kevin Zhou")

    # --- golden sample record (WeasyPrint) ---------------------------------
    rows = [["Width", "260 ±1 mm", "260.4", "OK"], ["Depth", "230 ±1 mm", "229.7", "OK"],
            ["Height (open)", "150 ±1 mm", "150.3", "OK"], ["Weight", "1.05 kg ±5% (0.998-1.103 kg)", "1.062 kg", "OK"],
            ["Colour", "Space Grey, Pantone Cool Gray 10 C ref.", "matched", "OK"],
            ["Anodising film", "10-12 µm", "11.2 µm", "OK"], ["Laser logo", "DESKWISE 40 x 6 mm front edge", "OK", "OK"],
            ["Stability, 5 kg load", "no wobble, no slip", "pass", "OK"]]
    tbl = items_table(["Check", "Requirement", "Measured", "Result"], rows, num_cols=(2,))
    body = f"""<h1>Golden sample sign-off</h1><div class='sub'>DW-LS10 · sample GS-01 (Space Grey) · {esc(sup_en)}</div>
      {tbl}<h2>Decision</h2><p class='ok'>Approved - production to match GS-01.</p>
      <table class='sig'><tr><td>Liam O'Connor, Deskwise Pty Ltd<br>22/01/2026 &nbsp; <i>L. O'Connor</i></td>
      <td>Kevin Zhou, {esc(sup_en)}<br>22/01/2026</td></tr></table>"""
    html_pdf(html_doc(report_css("DW-LS10 GS-01"), body, "Golden sample DW-LS10"),
             c.p("sample/DW-LS10_golden_sample.pdf"), T("2026-01-22 10:00"))

    # --- CO colour (DOCX, From / To / Reason) ------------------------------
    d = new_doc(font="Calibri", size=10.5)
    header_footer(d, [("Deskwise Pty Ltd", True, 10)], "CO-DW-1187-01", header_align="r", page_no=False)
    para(d, "CHANGE ORDER", bold=True, size=18, after=0)
    para(d, "No. CO-DW-1187-01  ·  Purchase order DW-PO-1187  ·  Item DW-LS10", size=10, after=10)
    t = grid(d, [["Change details", None, None, None],
                 ["Attribute", "From", "To", "Reason"],
                 ["Colour", "Space Grey anodised\n(ref. Pantone Cool Gray 10 C)", "Silver anodised (natural),\nmatched to sample S-SLV-02",
                  "Retail partner range change for the AU launch"],
                 ["Price impact", "USD 7.40 / pc", "USD 7.40 / pc (no change)", "Supplier confirmed same price"],
                 ["Other terms", "-", "unchanged", "-"]],
             widths=[3, 4.5, 4.5, 5], header=False, size=9.5)
    merge_row(t, 0, "Change details", fill="1F3864", size=10)
    t.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for j in range(4):
        shade(t.cell(1, j), "D9E2F3")
        for r in t.cell(1, j).paragraphs[0].runs:
            r.bold = True
    para(d, "")
    para(d, "Effective immediately for the full order quantity. Finish (sandblasted + anodised), logo and packaging are unchanged.")
    para(d, "")
    t = grid(d, [["Approved by", "Liam O'Connor, Product & Sourcing Manager, Deskwise Pty Ltd"],
                 ["Signature", "L. O'Connor"],
                 ["Date", "05/02/2026"],
                 ["Supplier acknowledgement", "Kevin Zhou, Sales Manager, " + sup_en + " - 06/02/2026"]],
             widths=[4.5, 12.5], header=False, size=9.5)
    save_docx(d, c.p("changes/CO-DW-1187-01_colour.docx"), T("2026-02-05 15:10"), "Liam O'Connor", "Change Order CO-DW-1187-01")

    # --- amendment letter (DOCX -> PDF, numbered clauses) -------------------
    d = new_doc(font="Liberation Serif", size=11, margins=(2.5, 2.2))
    para(d, "DESKWISE PTY LTD", bold=True, size=13, after=0)
    para(d, "Level 2, 41 Gertrude Street, Fitzroy VIC 3065, Australia  ·  ABN 61 604 219 887", size=8.5, after=14)
    para(d, "6 February 2026")
    para(d, f"{sup_en}\n{sup_addr}\nAttn: Mr. Kevin Zhou", after=10)
    para(d, "Amendment Letter No. 1 to Purchase Order DW-PO-1187 - DW-LS10 Aluminium Laptop Stand", bold=True, after=8)
    para(d, "Dear Kevin,")
    para(d, "Further to our call of 4 February, we hereby amend purchase order DW-PO-1187 as follows:")
    clauses = ["Quantity: increased from 1,500 pcs to 1,800 pcs (one thousand eight hundred pieces).",
               "Order value: from USD 11,100.00 to USD 13,320.00 at the unchanged unit price of USD 7.40 / pc FOB Shenzhen.",
               "Cartons: 180 cartons of 10 pcs (carton specification unchanged).",
               "Lead time: unchanged, 30 days after deposit; the deposit will be calculated on the amended order value.",
               "All other terms of the purchase order and of specification v1.2 remain in force, as amended for colour by "
               "change order CO-DW-1187-01 dated 05/02/2026."]
    for i, cl in enumerate(clauses, 1):
        p = para(d, f"{i}.  {cl}")
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.6)
    para(d, "Please countersign and return a copy, and issue the proforma invoice on this basis.", before=6)
    para(d, "Yours sincerely,", before=6)
    para(d, "L. O'Connor", italic=True, before=14, after=0)
    para(d, "Liam O'Connor\nProduct & Sourcing Manager, Deskwise Pty Ltd\nApproved by: Liam O'Connor - 06/02/2026", after=14)
    para(d, "Acknowledged for the supplier:  Kevin Zhou, " + sup_en + "   Date: 07/02/2026   (company chop)", size=9.5)
    docx_to_pdf(d, c.p("changes/Amendment_Letter_No1_DW-PO-1187.pdf"), T("2026-02-06 09:45"), "Liam O'Connor",
                "Amendment Letter No. 1 DW-PO-1187")

    # --- PI (DOCX, merged cells, header letterhead, footer) ----------------
    d = new_doc(font="Arial", size=9, margins=(1.8, 1.5))
    header_footer(d, [("SHENZHEN JIASHENG PRECISION METAL PRODUCTS CO., LTD.", True, 12), (sup_cn, True, 11),
                      (sup_addr, False, 7.5), ("Tel: +86 755 2930 4418   Email: kevin@jiasheng-metal.com", False, 7.5)],
                  "Jiasheng Metal · PI-JS260209")
    para(d, "PROFORMA INVOICE", bold=True, size=15, align="c", after=6)
    t = grid(d, [["Buyer:", "DESKWISE PTY LTD", "PI No.:", "PI-JS260209"],
                 ["Address:", "Level 2, 41 Gertrude Street, Fitzroy VIC 3065, Australia", "Date:", "09/02/2026"],
                 ["Contact:", "Mr. Liam O'Connor", "PO No.:", "DW-PO-1187 (incl. CO-01 / Amendment No. 1)"]],
             widths=[2.2, 8, 2.2, 5], header=False, size=8.5)
    for i in range(3):
        shade(t.cell(i, 0), "F2F2F2"); shade(t.cell(i, 2), "F2F2F2")
    para(d, "")
    t = grid(d, [["Item No.", "Description", "Quantity", "Unit Price", "Amount"],
                 ["", "", "", "FOB SHENZHEN", ""],
                 ["DW-LS10", "Aluminium laptop stand, 6063 aluminium, sandblasted anodised SILVER, laser logo DESKWISE, "
                  "silicone pads, EPE + white box", f"{n(new_qty)} PCS", f"USD {price}", f"USD {m(new_total)}"],
                 ["TOTAL", "", f"{n(new_qty)} PCS", "", f"USD {m(new_total)}"]],
             widths=[2.4, 8, 2.3, 2.3, 2.6], size=8.5, fill="D9D9D9", aligns=["l", "l", "r", "r", "r"])
    # merge the header cells vertically except "Unit Price" which carries the price term in row 2
    for j in (0, 1, 2, 4):
        a = t.cell(0, j).merge(t.cell(1, j))
        txt = a.paragraphs[0].text
        put(a, txt, bold=True, fill="D9D9D9", size=8.5)
    shade(t.cell(1, 3), "D9D9D9")
    merged = t.cell(3, 0).merge(t.cell(3, 1))
    put(merged, "TOTAL", bold=True, size=8.5)
    para(d, say(new_total) + ".", bold=True, before=4)
    para(d, "TERMS AND CONDITIONS", bold=True, before=6)
    for line in ["1. Price term: FOB SHENZHEN",
                 f"2. Payment: T/T 30% deposit (USD {m(new_total * D('0.3'))}), balance 70% before shipment",
                 "3. Lead time: 30 days after deposit",
                 "4. Packing: EPE foam + white box, 10pcs/ctn, 5 layers export carton 51x30x32cm, 180ctns",
                 "5. Inspection: AQL 2.5/4.0 before shipment, buyer's inspector",
                 "6. Test reports: RoHS, REACH"]:
        para(d, line, after=1)
    para(d, "BANK DETAILS", bold=True, before=6)
    grid(d, [["Beneficiary", "SHENZHEN JIASHENG PRECISION METAL PRODUCTS CO., LTD."],
             ["Bank", "CHINA MERCHANTS BANK, SHENZHEN BRANCH"],
             ["Bank address", "CMB Tower, 7088 Shennan Boulevard, Futian District, Shenzhen, China"],
             ["SWIFT", "CMBCCNBS"],
             ["Account No.", "7559 3012 6610 802"]], widths=[3.5, 13.5], header=False, size=8.5)
    para(d, "")
    grid(d, [["The Buyer: Deskwise Pty Ltd", "The Seller: " + sup_en],
             ["Signature: ____________________", "Signature & company chop (公章): ____________________"]],
         widths=[8.5, 8.5], header=False, size=8.5, style="Normal Table")
    save_docx(d, c.p("pi/PI-JS260209.docx"), T("2026-02-09 10:00"), "Kevin Zhou", "Proforma Invoice PI-JS260209")

    # --- chat (iOS WhatsApp, UK-style date, Australian buyer) --------------
    Kz, L = "Kevin Zhou", "Liam O'Connor"
    msgs = [
        ("2026-01-08 12:14:09", Kz, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."),
        ("2026-01-08 12:14:09", Kz, "Hi Liam, Kevin from Jiasheng. Quotation JS-Q26011 sent by email, space grey and silver same price"),
        ("2026-01-22 09:48:30", L, "Golden sample GS-01 signed, looks great"),
        ("2026-02-03 10:02:44", L, "Kevin, our retail partner wants silver instead of space grey for the launch. Same price right?"),
        ("2026-02-03 10:20:13", Kz, "yes same price 7.40, silver is natural anodising"),
        ("2026-02-03 10:21:02", L, "OK good, I'll issue a proper change order so it's on paper"),
        ("2026-02-04 16:33:51", Kz, "Missed voice call"),
        ("2026-02-04 16:40:12", L, "Sorry was driving. Also we need to go up to 1,800 pcs, amendment letter coming"),
        ("2026-02-05 15:12:27", L, "CO-DW-1187-01_colour.docx • 1 page <attached: 00000019-CO-DW-1187-01_colour.docx>"),
        ("2026-02-06 09:50:03", L, "Amendment_Letter_No1_DW-PO-1187.pdf • 1 page <attached: 00000020-Amendment_Letter_No1_DW-PO-1187.pdf>"),
        ("2026-02-07 08:15:40", Kz, "both signed and returned, thanks Liam. PI on Monday"),
        ("2026-02-09 10:05:18", Kz, "PI-JS260209.docx • 2 pages <attached: 00000023-PI-JS260209.docx>"),
        ("2026-02-09 18:44:56", L, "Checked, all matches CO-01 and the amendment. Deposit USD 3,996.00 tomorrow"),
        ("2026-02-10 11:02:31", Kz, "received 🙏 we will start anodising test with silver this week"),
    ]
    write_text(c.p("chat/WhatsApp Chat - Kevin Jiasheng.txt"), whatsapp_ios(msgs, ios_uk))

    c.order_toml("DW-PO-1187",
                 ["Deskwise Pty Ltd", "Deskwise", "Liam O'Connor", "Liam"],
                 [sup_en, sup_cn, "Jiasheng Metal", "Jiasheng", "Kevin Zhou", "Kevin"],
                 tolerances={"dimensions": "±1 mm", "weight": "±5%"})
    c.expected("RELEASE", [E("color", "documented_change", "info"), E("quantity", "documented_change", "info")],
               "Colour Space Grey -> Silver (CO-DW-1187-01) and quantity 1,500 -> 1,800 (Amendment Letter No. 1), both buyer-signed.")
    c.note("""
# 04-laptop-stand-colour-qty-co
Planted: (1) colour Space Grey (spec, golden sample) -> Silver in the PI (a DOCX), covered by changes/CO-DW-1187-01_colour.docx
(From/To/Reason table, approved and signed by Liam O'Connor 05/02/2026) -> color documented_change (info); (2) quantity 1,500 -> 1,800 pcs, covered by changes/Amendment_Letter_No1_DW-PO-1187.pdf (numbered clauses, signed 06/02/2026) ->
quantity documented_change (info). Verdict RELEASE.
Noise that must NOT be flagged: PI total USD 13,320.00 and 180 ctns follow from the amendment (which states the new value);
the chat discussion before the CO must not turn the colour into chat_only; finish unchanged (sandblasted + anodised);
quote rows for silver/black options; "5 layers export carton 51x30x32cm" vs "5-ply ... 51 x 30 x 32 cm".
""")


# ===========================================================================
# 05  Plant stand -- Amendment No. 1 (lead time, DOCX) and Amendment No. 2
#     (carton, PDF) signed by the buyer; a supplier change request for the
#     finish that the buyer never signed (deferral by e-mail) -> finish
#     undocumented_change
# ===========================================================================

CSS_MINIMAL = """
  @page { size: A4; margin: 15mm 15mm 15mm 15mm; }
  body { font-family: "Liberation Sans", "Droid Sans Fallback", sans-serif; font-size: 9pt; }
  .top { display: flex; justify-content: space-between; border-bottom: 3px double #2e5e3e; padding-bottom: 5px; }
  .top .n1 { font-size: 13pt; font-weight: bold; color: #2e5e3e; }
  .top .n2 { font-size: 11pt; }
  .top .ad { font-size: 7.5pt; color: #555; }
  h1 { font-size: 13pt; margin: 8px 0; }
  table { border-collapse: collapse; width: 100%; }
  table.items th { border-top: 1.5px solid #000; border-bottom: 1px solid #000; text-align: left; padding: 3px; }
  table.items td { padding: 3px; border-bottom: .5px solid #bbb; vertical-align: top; }
  table.items tr.tot td { border-top: 1.5px solid #000; border-bottom: 1.5px solid #000; font-weight: bold; }
  td.num { text-align: right; white-space: nowrap; }
  .blk td { padding: 1px 8px 1px 0; vertical-align: top; }
  .blk td.k { font-weight: bold; white-space: nowrap; }
  .say { font-style: italic; margin: 6px 0 10px; }
  h3 { font-size: 9.5pt; margin: 10px 0 3px; color: #2e5e3e; }
  .rev { color: #b00020; font-weight: bold; }
"""


def case05():
    c = Case("05-plant-stand-amendments-proposed-cr")
    sup_en, sup_cn = "Xiamen Tong'an Ruixin Metal Craft Co., Ltd.", "厦门市同安瑞鑫金属工艺品有限公司"
    sup_addr = "No. 66 Tongji South Road, Tong'an District, Xiamen, Fujian 361100, China"
    qty, price = 600, D("9.80")
    total = qty * price
    assert total == D("5880.00") and total * D("0.3") == D("1764.000") and qty // 4 == 150 and qty // 2 == 300

    # --- spec (DOCX -> PDF) -----------------------------------------------
    d = new_doc(font="Liberation Sans", size=9.5)
    header_footer(d, [("GREENROOM HOME B.V.", True, 11), ("Van Nelleweg 1, 3044 BC Rotterdam, the Netherlands", False, 7.5)],
                  "GR-PS3-BLK specification - 20-01-2026", header_align="r")
    para(d, "Product specification GR-PS3-BLK", bold=True, size=15, after=0)
    para(d, "3-tier ladder plant stand, black  ·  PO GR-PO-26014  ·  version 1.0, 20-01-2026", size=9, after=8)
    rows = [["#", "Topic", "Requirement"],
            ["1", "Material", "Q195 low-carbon steel: frame Ø 10 mm round bar, shelves Ø 4 mm wire grid"],
            ["2", "Dimensions", "400 x 300 x 700 mm (W x D x H), tolerance ±3 mm"],
            ["3", "Weight", "3.2 kg per set (net), tolerance ±5%"],
            ["4", "Finish", "Matte black powder coating, gloss ≤ 15 GU at 60°, film ≥ 60 µm; salt spray 48 h without red rust"],
            ["5", "Colour", "RAL 9005 jet black"],
            ["6", "Logo", "None on product; Greenroom sticker on box"],
            ["7", "Assembly", "Knock-down; 8 x M6 screws + hex key in a PE bag, assembly sheet EN/NL/DE"],
            ["8", "Inner packing", "Each set in a PE bag + brown mail box 74 x 33 x 9 cm with pulp corner protectors"],
            ["9", "Master carton", "4 sets/ctn, 5-ply export carton 76 x 35 x 38 cm"],
            ["10", "Quantity", "600 sets"],
            ["11", "Price", "USD 9.80 / set FOB Xiamen (quotation RX-QT-2601-09)"],
            ["12", "Payment", "T/T 30% deposit, 70% against copy of B/L"],
            ["13", "Lead time", "40 days after deposit"],
            ["14", "Inspection", "Pre-shipment inspection AQL 2.5 / 4.0, General II; gloss and film thickness checked"]]
    grid(d, rows, widths=[1, 3.2, 12.8], size=9, fill="C6E0B4")
    para(d, "")
    para(d, "Approved: Sanne de Vries, Category Buyer Greenroom Home B.V., 20-01-2026", size=9)
    docx_to_pdf(d, c.p("spec/GR-PS3-BLK_specification.pdf"), T("2026-01-20 14:00"), "Sanne de Vries",
                "GR-PS3-BLK specification")

    # --- quote (XLSX) ------------------------------------------------------
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "RX-QT-2601-09"
    for col, w in zip("ABCDEFG", (12, 44, 16, 10, 12, 10, 24)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:G1"); xl(ws, "A1", f"{sup_en.upper()}  {sup_cn}", bold=True, size=12)
    ws.merge_cells("A2:G2"); xl(ws, "A2", sup_addr + "  ·  amy@ruixin-metal.com  ·  +86 592 7316 228", size=8)
    xl(ws, "A4", "QUOTATION RX-QT-2601-09", bold=True, size=12); xl(ws, "E4", "Date: 2026-01-12")
    xl(ws, "A5", "To: Greenroom Home B.V. - Ms. Sanne de Vries")
    xl_row(ws, 7, ["Item", "Description", "Size", "Weight", "USD/set", "MOQ", "Packing"], bold=True, fill="E2EFDA", border=True)
    xl_row(ws, 8, ["GR-PS3-BLK", "3-tier ladder plant stand, Q195 steel, RAL 9005 matte black powder coating, KD",
                   "40x30x70cm", "3.2kg", 9.80, "300 sets", "4 sets/ctn, 5-ply 76x35x38cm"], border=True, wrap=True)
    ws["E8"].number_format = "0.00"
    ws.row_dimensions[8].height = 34
    for i, tl in enumerate(["Price term: FOB XIAMEN", "Payment: 30% deposit, 70% against B/L copy",
                            "Lead time: 40 days after deposit", "Validity: 30 days",
                            "Sample: 1 set free, freight collect"]):
        xl(ws, f"B{10 + i}", tl)
    fit_landscape(ws)
    save_xlsx(wb, c.p("quotes/RX-QT-2601-09.xlsx"), T("2026-01-12 17:25"), "Amy Lin")

    # --- golden sample (WeasyPrint) ---------------------------------------
    rows = [["Width x depth x height", "400 x 300 x 700 mm ±3", "401 x 299 x 702", "OK"],
            ["Net weight", "3.2 kg ±5%", "3.24 kg", "OK"],
            ["Gloss at 60°", "≤ 15 GU (matte)", "12 GU", "OK"],
            ["Coating film", "≥ 60 µm", "68 µm (avg of 5)", "OK"],
            ["Colour", "RAL 9005", "matched", "OK"],
            ["Assembly", "≤ 10 min, sheet EN/NL/DE", "7 min", "OK"]]
    tbl = items_table(["Check", "Spec", "Measured", "Result"], rows)
    body = f"""<h1>Golden sample approval</h1><div class='sub'>GR-PS3-BLK · PO GR-PO-26014 · sample from {esc(sup_en)}</div>
      {tbl}<p>Sample kept in Rotterdam showroom as reference; matte finish as per spec item 4.</p>
      <p class='ok'>APPROVED</p><table class='sig'><tr><td>Sanne de Vries, Greenroom Home B.V.<br>23-01-2026</td><td></td></tr></table>"""
    html_pdf(html_doc(report_css("GR-PS3-BLK golden sample"), body, "Golden sample GR-PS3-BLK"),
             c.p("sample/GR-PS3-BLK_golden_sample.pdf"), T("2026-01-23 15:30"))

    # --- Amendment No. 1 (DOCX, numbered articles) -------------------------
    d = new_doc(font="Cambria", size=10.5, margins=(2.4, 2.0))
    para(d, "GREENROOM HOME B.V.", bold=True, size=12, after=0, color="2E5E3E")
    para(d, "Van Nelleweg 1 · 3044 BC Rotterdam · KvK 80412235", size=8, after=12)
    para(d, "Amendment No. 1 to Purchase Order GR-PO-26014", bold=True, size=13)
    para(d, f"Supplier: {sup_en}        Date: 28-01-2026", after=8)
    para(d, "Article 1 - Lead time", bold=True, after=0)
    para(d, "The lead time \"40 days after deposit\" is replaced by \"50 days after deposit\". Reason: the deposit is paid "
            "on 30-01-2026 and the factory is closed from 10 to 24 February 2026 (Chinese New Year).")
    para(d, "Article 2 - Other terms", bold=True, after=0)
    para(d, "All other terms of purchase order GR-PO-26014 and specification GR-PS3-BLK v1.0 remain unchanged "
            "(quantity 600 sets, USD 9.80 / set FOB Xiamen).")
    para(d, "")
    grid(d, [["For the buyer - approved by", "For the supplier"],
             ["Sanne de Vries, Category Buyer\nGreenroom Home B.V.\nDate: 28-01-2026\nSignature: S. de Vries",
              "Amy Lin, Sales Manager\n" + sup_en + "\nDate: 29-01-2026\n(company chop)"]],
         widths=[8, 8], size=9.5, fill="E2EFDA")
    save_docx(d, c.p("changes/Amendment_No1_GR-PO-26014.docx"), T("2026-01-28 11:40"), "Sanne de Vries",
              "Amendment No. 1 GR-PO-26014")

    # --- Amendment No. 2 (WeasyPrint PDF) ----------------------------------
    arows = [["Master carton", "4 sets/ctn, 5-ply export carton 76 x 35 x 38 cm\n(G.W. approx. 15.8 kg)",
              "2 sets/ctn, 5-ply export carton 76 x 35 x 20 cm\n(G.W. approx. 8.2 kg)"],
             ["Number of cartons", "150 ctns", "300 ctns"],
             ["Unit price / total", "USD 9.80 / set, USD 5,880.00", "unchanged"]]
    atbl = items_table(["Clause", "Original", "Amended"], arows)
    body = f"""
      <div class='top'><div><div class='n1'>Greenroom Home B.V.</div><div class='ad'>Van Nelleweg 1, 3044 BC Rotterdam, NL</div></div>
      <div style='text-align:right'><b>AMENDMENT No. 2</b><br>to PO GR-PO-26014<br>03-03-2026</div></div>
      <h1>Amendment No. 2 to PO GR-PO-26014 - master carton</h1>
      <p>Supplier: {esc(sup_en)} ({sup_cn})<br>Item: GR-PS3-BLK 3-tier ladder plant stand, 600 sets</p>
      {atbl}
      <h3>Reason</h3><p>New manual-handling rule at the Greenroom DC (Tilburg): cartons above 10 kg gross are refused
      for single-person lifting. The inner mail box and pulp corners are unchanged.</p>
      <h3>Other terms</h3><p>All other terms, including Amendment No. 1 (lead time 50 days after deposit), remain unchanged.</p>
      <table class='blk' style='margin-top:20px'><tr><td class='k'>Approved by:</td><td>Sanne de Vries, Category Buyer, Greenroom Home B.V.</td></tr>
      <tr><td class='k'>Date:</td><td>03-03-2026</td></tr><tr><td class='k'>Signature:</td><td><i>S. de Vries</i></td></tr>
      <tr><td class='k'>Acknowledged:</td><td>Amy Lin, {esc(sup_en)} - 04-03-2026 (chop)</td></tr></table>"""
    html_pdf(html_doc(CSS_MINIMAL, body, "Amendment No. 2 GR-PO-26014"),
             c.p("changes/Amendment_No2_GR-PO-26014.pdf"), T("2026-03-03 16:05"))

    # --- supplier change request, NOT signed by the buyer (DOCX) -----------
    d = new_doc(font="Arial", size=10, east_asia="SimSun")
    header_footer(d, [(sup_cn, True, 11), (sup_en.upper(), True, 10), (sup_addr, False, 7.5)],
                  "CR-RX-2603-01", page_no=False)
    para(d, "变更申请 / CHANGE REQUEST", bold=True, size=15, align="c", after=2)
    para(d, "No. CR-RX-2603-01    Date 日期: 05/03/2026    Customer 客户: Greenroom Home B.V.    PO: GR-PO-26014",
         size=9, align="c", after=8)
    grid(d, [["项目 Item", "原要求 Current", "建议变更 Proposed", "原因 Reason"],
             ["GR-PS3-BLK\n表面处理 Finish", "Matte black powder coating, RAL 9005, gloss ≤ 15 GU",
              "Semi-gloss black powder coating, RAL 9005, gloss 40-50 GU",
              "Matte powder from our powder supplier delayed about 3 weeks; semi-gloss powder in stock"],
             ["价格 Price impact", "USD 9.80 / set", "no change", "-"],
             ["交期 Lead time impact", "50 days after deposit", "no change", "-"]],
         widths=[3, 4.5, 4.5, 5], size=9, fill="FFF2CC")
    para(d, "")
    para(d, "Requested by 申请人: Amy Lin, Sales Manager - 05/03/2026", after=10)
    grid(d, [["客户确认 Buyer approval", ""],
             ["Name 姓名", "______________________________"],
             ["Signature 签字", "______________________________"],
             ["Date 日期", "______________________________"]], widths=[5, 12], header=True, size=9.5, fill="FFF2CC")
    para(d, "")
    para(d, "Status: PROPOSED - pending buyer confirmation. Production will follow the buyer's written confirmation.",
         bold=True, size=9.5, color="C00000")
    save_docx(d, c.p("changes/CR-RX-2603-01_finish_proposal.docx"), T("2026-03-05 09:20"), "Amy Lin",
              "Change request CR-RX-2603-01")

    # --- PI original and R1 (WeasyPrint, minimal style) ---------------------
    def pi(r1: bool):
        desc = ("3-tier ladder plant stand GR-PS3-BLK\nQ195 steel, 400x300x700mm, KD\n"
                + ("RAL 9005 semi-gloss black powder coating" if r1 else "RAL 9005 matte black powder coating"))
        rows = [["1", "GR-PS3-BLK", desc, f"{qty} sets", f"USD {price}", f"USD {m(total)}"]]
        tbl = items_table(["No.", "Item", "Description", "Qty", "Unit price", "Amount"], rows, num_cols=(3, 4, 5),
                          tot=[("Total FOB XIAMEN", 3), f"{qty} sets", "", f"USD {m(total)}"])
        packing = ("each set PE bag + mail box, 2 sets/ctn, 5 ply carton 76x35x20cm, 300 ctns" if r1 else
                   "each set PE bag + mail box, 4 sets/ctn, 5 ply carton 76x35x38cm, 150 ctns")
        terms = [("Price term", "FOB XIAMEN"),
                 ("Payment", f"T/T 30% deposit (USD {m(total * D('0.3'))}), 70% balance against B/L copy"),
                 ("Lead time", "50 days after deposit (Amendment No. 1)"),
                 ("Packing", packing),
                 ("Inspection", "AQL 2.5/4.0 before shipment")]
        bank = [("Beneficiary", "XIAMEN TONG'AN RUIXIN METAL CRAFT CO., LTD."),
                ("Bank", "BANK OF CHINA XIAMEN BRANCH, TONG'AN SUB-BRANCH"),
                ("SWIFT", "BKCHCNBJ730"), ("A/C No.", "4167 5823 0917")]
        rev = ("<p class='rev'>R1 dated 06-03-2026 replaces RX-PI-260129 of 29-01-2026: carton per Amendment No. 2; "
               "finish per CR-RX-2603-01.</p>" if r1 else "")
        body = f"""
          <div class='top'><div><div class='n1'>{esc(sup_en.upper())}</div><div class='n2'>{sup_cn}</div>
          <div class='ad'>{esc(sup_addr)} · Tel +86 592 7316 228</div></div>
          <div style='text-align:right'><b>PROFORMA INVOICE</b><br>No. {'RX-PI-260129-R1' if r1 else 'RX-PI-260129'}<br>
          Date: {'06-03-2026' if r1 else '29-01-2026'}</div></div>
          <h1>Proforma Invoice</h1>
          <table class='blk'><tr><td class='k'>Buyer:</td><td>Greenroom Home B.V., Van Nelleweg 1, 3044 BC Rotterdam, the Netherlands</td></tr>
          <tr><td class='k'>Attn:</td><td>Ms. Sanne de Vries</td></tr><tr><td class='k'>PO:</td><td>GR-PO-26014</td></tr></table>
          {rev}<br>{tbl}
          <div class='say'>{say(total, use_and=False)}</div>
          <h3>Terms</h3>{kv_table(terms, cls='blk')}
          <h3>Bank information</h3>{kv_table(bank, cls='blk')}
          <p style='margin-top:24px'>Seller: {esc(sup_en)} &nbsp; [company chop 公章] &nbsp; Amy Lin</p>"""
        name = "pi/RX-PI-260129-R1.pdf" if r1 else "pi/RX-PI-260129.pdf"
        html_pdf(html_doc(CSS_MINIMAL, body, "PI"), c.p(name), T("2026-03-06 15:30") if r1 else T("2026-01-29 10:15"))

    pi(False)
    pi(True)

    # --- e-mail: buyer defers the finish change (Outlook style quoting) -----
    amy = ("Amy Lin", "amy@ruixin-metal.com")
    sanne = ("Sanne de Vries", "sanne@greenroomhome.nl")
    text = ("Hi Amy,\n\n"
            "Thanks for R1. The carton change is fine, that is Amendment No. 2 which I signed on 3 March.\n\n"
            "Regarding the semi-gloss finish (CR-RX-2603-01): I have to check this with our design team first,\n"
            "so I cannot sign the CR today. I will come back to you next week.\n"
            "Please do not start the powder coating before you have my answer.\n\n"
            "Kind regards / Met vriendelijke groet,\n\nSanne de Vries\nCategory Buyer Home & Garden\n"
            "Greenroom Home B.V. | Van Nelleweg 1 | 3044 BC Rotterdam\n\n"
            "From: Amy Lin <amy@ruixin-metal.com>\nSent: Friday, 6 March 2026 08:31\nTo: Sanne de Vries <sanne@greenroomhome.nl>\n"
            "Subject: Revised PI RX-PI-260129-R1 / GR-PO-26014\n\n"
            "Dear Sanne,\n\nGood day!\nAttached pls find revised PI RX-PI-260129-R1 with the new carton (your Amendment No. 2)\n"
            "and the semi-gloss powder as in our change request CR-RX-2603-01 sent yesterday.\n"
            "Please sign the CR and confirm R1, then we start coating next week to keep the delivery.\n\n"
            "Best regards\nAmy Lin\nXiamen Tong'an Ruixin Metal Craft Co., Ltd.\n")
    write_eml(c.p("chat/RE_ Revised PI RX-PI-260129-R1.eml"), frm=sanne, to=[amy],
              cc=[("Joost Bakker", "joost@greenroomhome.nl")], date=TZ("2026-03-09 10:41", 1),
              subject="RE: Revised PI RX-PI-260129-R1 / GR-PO-26014",
              msgid="<AM9PR08MB6721C3E1D0F2A4B7@AM9PR08MB6721.eurprd08.prod.outlook.com>",
              in_reply_to="<20260306083112.41870@ruixin-metal.com>", references="<20260306083112.41870@ruixin-metal.com>",
              text=text, mailer="Microsoft Outlook 16.0", boundary="05a")

    c.order_toml("GR-PO-26014",
                 ["Greenroom Home B.V.", "Greenroom", "Sanne de Vries", "Sanne", "Joost Bakker"],
                 [sup_en, sup_cn, "Ruixin Metal", "Ruixin", "Amy Lin", "Amy"],
                 tolerances={"dimensions": "±3 mm", "weight": "±5%"})
    c.expected("REVIEW", [E("lead_time", "documented_change", "info"),
                          E("packaging.carton_size", "documented_change", "info"),
                          E("packaging.carton_qty", "documented_change", "info"),
                          E("finish", "undocumented_change", "medium")],
               "Amendments No. 1 (lead time) and No. 2 (carton) are buyer-signed; the finish change request is only "
               "proposed by the supplier and the buyer defers it.")
    c.note("""
# 05-plant-stand-amendments-proposed-cr
Planted: lead time 40 -> 50 days (Amendment No. 1, DOCX, signed by Sanne de Vries 28-01-2026) -> lead_time documented_change;
master carton 4 sets/ctn 76x35x38 cm -> 2 sets/ctn 76x35x20 cm (Amendment No. 2 to PO GR-PO-26014, PDF, signed 03-03-2026)
-> packaging.carton_size and packaging.carton_qty documented_change; finish matte (≤15 GU) -> semi-gloss (40-50 GU) in PI R1,
backed only by the supplier's CR-RX-2603-01 whose buyer-approval block is blank ("PROPOSED") and an e-mail in which the buyer
defers ("I have to check ... cannot sign the CR today") -> finish undocumented_change (medium). Verdict REVIEW. Noise: RX-PI-260129 (original) is superseded by R1 (history, no conflict); colour RAL 9005 unchanged (only the gloss level
changes); 300 ctns follows from the amendment; the buyer's "carton change is fine" refers to the signed Amendment No. 2.
""")


# ===========================================================================
# 06  Canvas storage baskets, 5 SKUs -- the hamper's unit price goes from the
#     accepted 3.90 to 4.35 in the PI; the buyer only defers ("let me check")
# ===========================================================================

BASKETS = [
    dict(key="NB-BKT-S-SND", desc="Storage basket small", size="25 x 20 x 18 cm", col="Sand (Pantone 7502 C)", qty=600, pcs=50,
         ctn="52 x 42 x 40 cm", price=D("1.65"), pi_price=D("1.65"), pi="NBBKT-S SAND", qc="BKT-S", qcol="sand"),
    dict(key="NB-BKT-M-SND", desc="Storage basket medium", size="33 x 25 x 22 cm", col="Sand (Pantone 7502 C)", qty=600, pcs=40,
         ctn="55 x 45 x 42 cm", price=D("2.10"), pi_price=D("2.10"), pi="NBBKT-M SAND", qc="BKT-M", qcol="sand"),
    dict(key="NB-BKT-L-SND", desc="Storage basket large", size="40 x 30 x 25 cm", col="Sand (Pantone 7502 C)", qty=400, pcs=20,
         ctn="60 x 50 x 45 cm", price=D("2.65"), pi_price=D("2.65"), pi="NBBKT-L SAND", qc="BKT-L", qcol="sand"),
    dict(key="NB-BKT-M-CHR", desc="Storage basket medium", size="33 x 25 x 22 cm", col="Charcoal (Pantone 432 C)", qty=600, pcs=40,
         ctn="55 x 45 x 42 cm", price=D("2.10"), pi_price=D("2.10"), pi="NBBKT-M CHARCOAL", qc="BKT-M", qcol="charcoal"),
    dict(key="NB-HMP-CHR", desc="Laundry hamper with lid", size="40 x 40 x 55 cm", col="Charcoal (Pantone 432 C)", qty=300, pcs=20,
         ctn="58 x 45 x 50 cm", price=D("3.90"), pi_price=D("4.35"), pi="Item NB-HMP (charcoal)", qc="HMP", qcol="charcoal"),
]


def case06():
    c = Case("06-canvas-baskets-5sku-price")
    sup_en, sup_cn = "Qingdao Haorun Textile Crafts Co., Ltd.", "青岛浩润纺织工艺品有限公司"
    sup_addr = "No. 17 Huaxin Road, Jimo District, Qingdao, Shandong 266200, China"
    for b in BASKETS:
        assert b["qty"] % b["pcs"] == 0
    total = sum(b["qty"] * b["pi_price"] for b in BASKETS)
    baseline_total = sum(b["qty"] * b["price"] for b in BASKETS)
    ctns = sum(b["qty"] // b["pcs"] for b in BASKETS)
    assert total == D("5875.00") and baseline_total == D("5740.00") and ctns == 77
    assert total * D("0.3") == D("1762.500")

    # --- spec (DOCX, landscape, merged colour groups) ------------------------
    d = new_doc(font="Calibri", size=9.5, landscape=True, margins=(1.5, 1.4))
    header_footer(d, [("NOOK & BURROW LLC", True, 12), ("1120 SE Grand Ave, Suite 4, Portland, OR 97214, USA", False, 7.5)],
                  "NB-PO-2026-031 · Canvas storage spec · rev 0 · 28 Jan 2026", header_align="l")
    para(d, "Canvas Storage Collection - Order Specification", bold=True, size=15, after=0)
    para(d, f"PO NB-PO-2026-031  ·  Vendor: {sup_en}  ·  Prices: as per vendor quotation HR-Q-2601-07 Rev.1, accepted 21 Jan 2026",
         size=9, after=6)
    rows = [["Colourway", "SKU", "Description", "Size (L x W x H)", "Order qty", "Pcs/ctn", "Master carton"]]
    for b in BASKETS:
        rows.append([b["col"], b["key"], b["desc"], b["size"], f"{n(b['qty'])} pcs", str(b["pcs"]), b["ctn"]])
    t = grid(d, rows, widths=[4.2, 3.4, 4.4, 3.4, 2.2, 1.6, 3.2], size=9, fill="E7E6E6")
    # merge the colourway column: rows 1-3 sand, rows 4-5 charcoal
    a = t.cell(1, 0).merge(t.cell(3, 0)); put(a, "Sand\nPantone 7502 C", bold=True, size=9)
    a = t.cell(4, 0).merge(t.cell(5, 0)); put(a, "Charcoal\nPantone 432 C", bold=True, size=9)
    para(d, "")
    gen = [["Requirement", "Detail"],
           ["Material", "100% cotton canvas 380 gsm outer, PE-coated inner lining, 2 mm greyboard base; cotton rope handles Ø 10 mm"],
           ["Logo", "Debossed PU-leather patch 60 x 30 mm, \"NOOK & BURROW\", sewn on front"],
           ["Dimension tolerance", "±1 cm"],
           ["Compliance", "CPSIA lead / phthalates test report (US); California Prop 65 statement"],
           ["Inner packing", "Each piece folded flat in a clear polybag with suffocation warning and UPC sticker"],
           ["Master carton", "5-ply export carton, pcs/ctn and size per table; side mark with SKU, qty, PO"],
           ["Price term", "FOB Qingdao"],
           ["Payment", "30% deposit, 70% before shipment (T/T)"],
           ["Lead time", "45 days after deposit"],
           ["Inspection", "Pre-shipment inspection AQL 2.5 / 4.0 (General II) by Nook & Burrow's agent"]]
    grid(d, gen, widths=[4.5, 18], size=9, fill="E7E6E6")
    para(d, "")
    para(d, "Approved by Megan Alvarez, Buyer - Nook & Burrow LLC - 01/28/2026", size=9)
    save_docx(d, c.p("spec/NB-PO-2026-031_spec.docx"), T("2026-01-28 14:00"), "Megan Alvarez", "NB-PO-2026-031 spec")

    # --- quote Rev.1 (XLSX) ------------------------------------------------
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rev.1"
    for col, w in zip("ABCDEFGH", (5, 10, 12, 34, 16, 10, 12, 22)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:H1"); xl(ws, "A1", sup_cn, bold=True, size=13, align="center")
    ws.merge_cells("A2:H2"); xl(ws, "A2", sup_en, bold=True, size=11, align="center")
    ws.merge_cells("A3:H3"); xl(ws, "A3", sup_addr + "  Tel: +86 532 8755 3091  coco@haorun-crafts.com", size=8, align="center")
    xl(ws, "A5", "QUOTATION HR-Q-2601-07 Rev.1", bold=True, size=12)
    xl(ws, "F5", "Date: Jan 16, 2026")
    xl(ws, "A6", "For: Nook & Burrow LLC, attn. Megan Alvarez")
    xl_row(ws, 8, ["No.", "Item", "Colour", "Description", "Size", "MOQ", "USD/pc", "Packing"],
           bold=True, border=True, fill="FBE5D6")
    for i, b in enumerate(BASKETS):
        xl_row(ws, 9 + i, [i + 1, b["qc"], b["qcol"], f"{b['desc']}, cotton canvas 380gsm, PE lining, rope handles, PU patch",
                           b["size"].replace(" x ", "x"), 300, float(b["price"]), f"{b['pcs']}pcs/ctn"],
               border=True, wrap=True)
        ws[f"G{9 + i}"].number_format = "0.00"
    for i, tl in enumerate(["Price: FOB QINGDAO, USD", "MOQ 300 pcs per item per colour",
                            "Payment: 30% deposit, balance before shipment", "Delivery: 45 days after deposit",
                            "Validity: 30 days", "Rev.1: hamper lid added, large basket height 25 cm"]):
        xl(ws, f"B{15 + i}", tl)
    fit_landscape(ws)
    save_xlsx(wb, c.p("quotes/HR-Q-2601-07_Rev1.xlsx"), T("2026-01-16 19:50"), "Coco Wang")

    # --- PI (WeasyPrint, brown band variant) --------------------------------
    rows = []
    for i, b in enumerate(BASKETS):
        rows.append([str(i + 1), b["pi"], f"{b['desc']} {b['size'].replace(' x ', '*').replace(' cm', 'cm')}\n"
                     f"cotton canvas 380gsm, {b['qcol']}", n(b["qty"]), m(b["pi_price"]), m(b["qty"] * b["pi_price"])])
    tbl = items_table(["#", "Item", "Description", "Qty (pcs)", "Unit USD", "Amount USD"], rows, num_cols=(3, 4, 5),
                      tot=[("TOTAL FOB QINGDAO", 3), n(sum(b["qty"] for b in BASKETS)), "", m(total)])
    css = CSS["band"].replace("#1f4e79", "#6b4f2a").replace("#f2f6fa", "#f7f2ea").replace("#dde7f2", "#efe3cf")
    terms = kv_table([("Price term", "FOB QINGDAO, CHINA"),
                      ("Payment", f"30% deposit USD {m(total * D('0.3'))} by T/T, 70% balance before shipment"),
                      ("Lead time", "45 days after deposit"),
                      ("Packing", f"folded flat, polybag with warning + UPC, 5-ply cartons, {ctns} ctns"),
                      ("Remark", "Hamper with lid, rope handles")], cls="kv")
    bank = kv_table([("Beneficiary", "QINGDAO HAORUN TEXTILE CRAFTS CO., LTD."),
                     ("Bank", "AGRICULTURAL BANK OF CHINA, QINGDAO JIMO SUB-BRANCH"),
                     ("SWIFT", "ABOCCNBJ060"), ("A/C", "3820 0104 0018 376")], cls="kv")
    body = f"""
      <div class='band'><div class='en'>QINGDAO HAORUN TEXTILE CRAFTS CO., LTD.</div><div class='cn'>{sup_cn}</div>
      <div class='ad'>{esc(sup_addr)} · +86 532 8755 3091</div></div>
      <h1>PROFORMA INVOICE</h1>
      <table class='two'><tr><td><div class='lbl'>Buyer</div><b>NOOK &amp; BURROW LLC</b><br>1120 SE Grand Ave, Suite 4<br>
      Portland, OR 97214, USA<br>Megan Alvarez</td>
      <td>{kv_table([("PI No.", "HR-PI-260302"), ("Date", "Mar 2, 2026"), ("PO", "NB-PO-2026-031")], cls="kv")}</td></tr></table>
      {tbl}<div class='say'>{say(total)}</div>
      <div class='box'><h3>Terms</h3>{terms}</div><div class='box'><h3>Bank</h3>{bank}</div>
      <div class='foot'>Haorun Textile Crafts - Coco Wang &nbsp; (chop 公章)</div>"""
    html_pdf(html_doc(css, body, "PI HR-PI-260302"), c.p("pi/HR-PI-260302.pdf"), T("2026-03-02 20:20"))

    # --- chat (iOS WhatsApp, US locale) -------------------------------------
    C_, Mg = "Coco Wang", "Megan Alvarez"
    msgs = [
        ("2026-01-16 20:05:12", C_, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."),
        ("2026-01-16 20:05:12", C_, "Hi Megan, this is Coco from Haorun. Rev.1 quote sent to your email today, all 5 items"),
        ("2026-01-21 07:42:36", Mg, "Morning Coco! We accept your Rev.1 quote. Prices confirmed: small 1.65, medium 2.10 (sand and charcoal), large 2.65, hamper 3.90. PO and spec next week"),
        ("2026-01-21 07:58:03", C_, "Thank you dear 😊"),
        ("2026-01-28 14:05:19", Mg, "NB-PO-2026-031_spec.docx • 2 pages <attached: 00000007-NB-PO-2026-031_spec.docx>"),
        ("2026-02-05 21:10:44", C_, "<attached: 00000009-PHOTO-2026-02-05-21-10-44.jpg>"),
        ("2026-02-05 21:10:45", C_, "<attached: 00000010-PHOTO-2026-02-05-21-10-45.jpg>"),
        ("2026-02-06 07:30:12", Mg, "Samples approved, charcoal a bit dark but within our tolerance"),
        ("2026-02-26 21:15:40", C_, "Megan, for the hamper we calculated the fabric wrong, it needs much more canvas than the baskets. We need +0.45, so 4.35"),
        ("2026-02-27 06:50:22", Mg, "Hmm, that's a big jump. Let me check with my boss and get back to you."),
        ("2026-03-02 20:30:01", C_, "PI attached pls check"),
        ("2026-03-02 20:30:03", C_, "HR-PI-260302.pdf • 1 page <attached: 00000031-HR-PI-260302.pdf>"),
        ("2026-03-03 07:12:45", Mg, "Thanks, will review it this week"),
        ("2026-03-03 07:13:10", Mg, "You deleted this message."),
        ("2026-03-04 19:48:27", C_, "Also for spring 2027 we can quote the round rope baskets, about 1.95 at 500 pcs"),
    ]
    write_text(c.p("chat/WhatsApp Chat - Coco Haorun.txt"), whatsapp_ios(msgs, ios_us))

    c.order_toml("NB-PO-2026-031",
                 ["Nook & Burrow LLC", "Nook and Burrow", "Megan Alvarez", "Megan"],
                 [sup_en, sup_cn, "Haorun", "Coco Wang", "Coco"],
                 tolerances={"dimensions": "±1 cm"})
    c.expected("HOLD", [E("price.unit", "undocumented_change", "high", item="NB-HMP-CHR")],
               "Hamper unit price 3.90 (accepted quote Rev.1) -> 4.35 in the PI; the buyer only said she would check.")
    c.note("""
# 06-canvas-baskets-5sku-price
Planted: 5-SKU order; quote HR-Q-2601-07 Rev.1 accepted in the buyer's own WhatsApp message (and named by the spec) sets
NB-HMP-CHR at USD 3.90; the PI ("Item NB-HMP (charcoal)") bills 4.35. The supplier asked for +0.45 in chat; the buyer only
answered "Let me check with my boss and get back to you" (a deferral, not an agreement) -> price.unit undocumented_change
for item NB-HMP-CHR (high), HOLD. Noise: the other 4 SKUs keep their prices (written "NBBKT-S SAND", "NBBKT-M CHARCOAL" ... vs spec "NB-BKT-S-SND"); medium
sand and medium charcoal share the quote code "BKT-M" and price 2.10; the PI total 5,875.00 is consistent with its own lines
(no document states a baseline total); 1.95 is a spring-2027 price for another product.
""")


# ===========================================================================
# 07  Dry bags, 4 SKUs -- the 20 L bag's material drops from 500D to 300D PVC
#     tarpaulin in the PI, silently; the PI is a bilingual DOCX -> PDF
# ===========================================================================

DRYBAGS = [
    dict(key="VO-DB05-ORG", desc="Roll-top dry bag 5 L", dims="Ø 16 x 35 cm", cap="5 L", col="Orange, Pantone 1585 C",
         mat="500D PVC tarpaulin, 0.50 mm", qty=800, pcs=100, price=D("2.30"), pi="VODB05-ORG", pimat="500D PVC tarpaulin",
         qc="DB05", meas="Ø 16.2 x 35.4 cm", th="0.50"),
    dict(key="VO-DB10-ORG", desc="Roll-top dry bag 10 L", dims="Ø 20 x 45 cm", cap="10 L", col="Orange, Pantone 1585 C",
         mat="500D PVC tarpaulin, 0.50 mm", qty=800, pcs=80, price=D("2.85"), pi="VODB10-ORG", pimat="500D PVC tarpaulin",
         qc="DB10", meas="Ø 19.8 x 45.3 cm", th="0.50"),
    dict(key="VO-DB20-BLU", desc="Roll-top dry bag 20 L", dims="Ø 25 x 55 cm", cap="20 L", col="Blue, Pantone 2935 C",
         mat="500D PVC tarpaulin, 0.50 mm", qty=500, pcs=50, price=D("3.60"), pi="VODB20-BLU", pimat="300D PVC tarpaulin",
         qc="DB20", meas="Ø 25.1 x 54.6 cm", th="0.51"),
    dict(key="VO-WP02-BLK", desc="Waterproof waist pack 2 L", dims="32 x 14 x 8 cm", cap="2 L", col="Black",
         mat="420D TPU-coated nylon, YKK AquaGuard zip", qty=400, pcs=40, price=D("4.10"), pi="VOWP02-BLK",
         pimat="420D TPU coated nylon, YKK waterproof zipper", qc="WP02", meas="32.3 x 13.8 x 8.1 cm", th="-"),
]


def case07():
    c = Case("07-dry-bags-4sku-material")
    sup_en, sup_cn = "Quanzhou Fengze Tianrui Bags Co., Ltd.", "泉州市丰泽天瑞箱包有限公司"
    sup_addr = "No. 58 Baozhou Road, Fengze District, Quanzhou, Fujian 362000, China"
    total = sum(b["qty"] * b["price"] for b in DRYBAGS)
    ctns = sum(b["qty"] // b["pcs"] for b in DRYBAGS)
    for b in DRYBAGS:
        assert b["qty"] % b["pcs"] == 0
    assert total == D("7560.00") and ctns == 38 and total * D("0.3") == D("2268.000")

    # --- spec (DOCX -> PDF) -----------------------------------------------
    d = new_doc(font="Liberation Sans", size=9)
    header_footer(d, [("VANDRA OUTDOOR AB", True, 12), ("Första Långgatan 18, 413 28 Göteborg, Sweden", False, 7.5)],
                  "VO-2026-0219 · Product & order specification · 20 Jan 2026", header_align="l")
    para(d, "Product & order specification - Dry bag programme SS26", bold=True, size=14, after=0)
    para(d, f"Order VO-2026-0219  ·  Supplier {sup_en}  ·  quotation TR-Q260112 accepted 15 Jan 2026", size=8.5, after=6)
    rows = [["Art. no.", "Description", "Material", "Volume", "Size", "Colour", "Qty", "Pcs/ ctn", "USD / pc"]]
    for b in DRYBAGS:
        rows.append([b["key"], b["desc"], b["mat"], b["cap"], b["dims"], b["col"], n(b["qty"]), str(b["pcs"]), f"{b['price']:.2f}"])
    grid(d, rows, widths=[2.4, 2.4, 3.0, 1.5, 2.0, 2.3, 1.1, 1.1, 1.2], size=7.5, fill="F8CBAD")
    para(d, "")
    gen = [["Area", "Requirement"],
           ["Construction", "High-frequency welded seams; roll-top closure with 3 rolls and Duraflex side-release buckle; "
                            "waterproof IPX6 (dry bags), IPX4 (waist pack)"],
           ["Logo", "1C white silk screen \"VANDRA\": 80 x 25 mm on dry bags, 50 x 15 mm on waist pack"],
           ["Compliance", "REACH; phthalate-free PVC (DEHP, DBP, BBP, DIBP each < 0.1%) - test report by SGS/BV"],
           ["Tolerance", "Dimensions ±1 cm"],
           ["Packing", "Each in a recycled PE polybag with SKU label; 5-ply export cartons, pcs/ctn per table"],
           ["Terms", "FOB Xiamen · T/T 30% deposit, 70% before shipment · lead time 40 days after deposit"],
           ["Inspection", "AQL 2.5 / 4.0 General II before shipment incl. 30 min water test on 5 pcs/SKU"]]
    grid(d, gen, widths=[3, 14.7], size=8.5, fill="F8CBAD")
    para(d, "")
    para(d, "Approved: Erik Lindqvist, Sourcing Manager, Vandra Outdoor AB - 2026-01-20", size=8.5)
    docx_to_pdf(d, c.p("spec/VO-2026-0219_spec.pdf"), T("2026-01-20 13:30"), "Erik Lindqvist", "VO-2026-0219 specification")

    # --- quote (XLSX) ------------------------------------------------------
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Quotation"
    for col, w in zip("ABCDEFGHI", (6, 9, 26, 30, 9, 14, 9, 10, 16)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:I1"); xl(ws, "A1", f"{sup_cn}   {sup_en}", bold=True, size=12, align="center")
    ws.merge_cells("A2:I2"); xl(ws, "A2", sup_addr + " | linda@tianrui-bags.com | +86 595 2257 6618", size=8, align="center")
    xl(ws, "A4", "QUOTATION", bold=True, size=12); xl(ws, "D4", "Ref: TR-Q260112"); xl(ws, "F4", "Date: 2026-01-12")
    xl(ws, "A5", "Customer: Vandra Outdoor AB / Erik Lindqvist")
    xl_row(ws, 7, ["No.", "Model", "Description", "Material", "Volume", "Colour", "MOQ", "USD/pc", "Packing"],
           bold=True, border=True, fill="DDEBF7")
    for i, b in enumerate(DRYBAGS):
        xl_row(ws, 8 + i, [i + 1, b["qc"], b["desc"], b["mat"], b["cap"], b["col"].split(",")[0], 300, float(b["price"]),
                           f"{b['pcs']}pcs/ctn"], border=True, wrap=True)
        ws[f"H{8 + i}"].number_format = "0.00"
    for i, tl in enumerate(["FOB XIAMEN", "Payment: 30% T/T deposit, 70% before shipment",
                            "Lead time: 40 days after deposit and artwork confirmation",
                            "Logo: 1 colour silk screen included", "Quotation valid 30 days"]):
        xl(ws, f"C{13 + i}", tl)
    fit_landscape(ws)
    save_xlsx(wb, c.p("quotes/TR-Q260112.xlsx"), T("2026-01-12 10:10"), "Linda Hong")

    # --- golden samples (DOCX) ---------------------------------------------
    d = new_doc(font="Calibri", size=10)
    header_footer(d, [("Vandra Outdoor AB - Quality", True, 9)], "Golden sample record VO-2026-0219", header_align="r")
    para(d, "Golden sample record", bold=True, size=14, after=0)
    para(d, "Order VO-2026-0219 · samples received 29 Jan 2026 · 1 pc per article", size=9, after=6)
    rows = [["Article", "Material verified", "Fabric thickness (mm)", "Measured size", "Water test 30 min", "Result"]]
    for b in DRYBAGS:
        rows.append([b["key"], b["mat"], b["th"], b["meas"], "no leak", "Approved"])
    grid(d, rows, widths=[2.7, 4.6, 2.4, 3.2, 2.3, 1.9], size=9, fill="E2EFDA")
    para(d, "")
    para(d, "Comments: print opacity on orange good; buckle colour black on all articles. Samples sealed and kept in Göteborg.")
    para(d, "Signed: Erik Lindqvist (Vandra Outdoor AB), 30 Jan 2026.   Supplier: Linda Hong, Tianrui Bags.")
    save_docx(d, c.p("sample/VO_golden_samples.docx"), T("2026-01-30 16:20"), "Erik Lindqvist", "Golden sample record")

    # --- PI (DOCX -> PDF, bilingual) ---------------------------------------
    d = new_doc(font="Arial", size=9, east_asia="SimHei", margins=(1.6, 1.4))
    para(d, sup_cn, bold=True, size=15, align="c", after=0)
    para(d, sup_en.upper(), bold=True, size=11, align="c", after=0)
    para(d, sup_addr + "   TEL: +86 595 2257 6618", size=7.5, align="c", after=8)
    para(d, "形式发票  PROFORMA INVOICE", bold=True, size=14, align="c", after=6)
    grid(d, [["买方 Buyer:", "VANDRA OUTDOOR AB\nFörsta Långgatan 18, 413 28 Göteborg, Sweden", "发票号 PI No.:", "TR-PI20260210"],
             ["联系人 Attn:", "Mr. Erik Lindqvist", "日期 Date:", "2026-02-10"]],
         widths=[2.6, 7.4, 2.8, 4.6], header=False, size=8.5)
    para(d, "")
    rows = [["序号\nNo.", "货号\nItem No.", "品名/材质 Description / material", "数量\nQty (pcs)", "单价\nUSD", "金额\nUSD"]]
    for i, b in enumerate(DRYBAGS):
        picol = {"VO-DB05-ORG": "orange PMS1585C", "VO-DB10-ORG": "orange PMS1585C",
                 "VO-DB20-BLU": "blue PMS2935C", "VO-WP02-BLK": "black"}[b["key"]]
        rows.append([str(i + 1), b["pi"], f"{b['desc']}, {b['pimat']}, {picol}, 1C white logo",
                     n(b["qty"]), f"{b['price']:.2f}", m(b["qty"] * b["price"])])
    rows.append(["", "", "合计 TOTAL FOB XIAMEN", n(sum(b["qty"] for b in DRYBAGS)), "", m(total)])
    t = grid(d, rows, widths=[1.2, 2.6, 7.6, 2.0, 1.6, 2.4], size=8.5, fill="D9D9D9", aligns=["c", "l", "l", "r", "r", "r"])
    merged = t.cell(len(rows) - 1, 0).merge(t.cell(len(rows) - 1, 2))
    put(merged, "合计 TOTAL FOB XIAMEN", bold=True, size=8.5)
    para(d, say(total), bold=True, before=4)
    para(d, "条款 TERMS:", bold=True, before=4)
    for line in ["1. 价格条款 Price term: FOB XIAMEN",
                 f"2. 付款 Payment: 定金30% T/T (USD {m(total * D('0.3'))}), 余款70% 出货前 / 30% deposit, 70% before shipment",
                 "3. 交期 Lead time: 40 days after deposit",
                 f"4. 包装 Packing: each in recycled PE bag, 5-ply carton, {ctns} ctns",
                 "5. 验货 Inspection: AQL 2.5/4.0 before shipment"]:
        para(d, line, after=1)
    para(d, "银行资料 BANK INFORMATION:", bold=True, before=4)
    grid(d, [["Beneficiary 收款人", "QUANZHOU FENGZE TIANRUI BAGS CO., LTD."],
             ["Bank 开户行", "BANK OF CHINA QUANZHOU BRANCH"],
             ["Address", "No. 9 Fengze Street, Quanzhou, Fujian, China"],
             ["SWIFT", "BKCHCNBJ73A"],
             ["A/C No. 账号", "4102 6683 1550"]], widths=[4, 13.4], header=False, size=8.5)
    para(d, "卖方 Seller (公章 company chop): ______________        买方 Buyer: ______________", before=12)
    docx_to_pdf(d, c.p("pi/TR-PI20260210.pdf"), T("2026-02-10 09:30"), "Linda Hong", "PI TR-PI20260210")

    # --- chat (iOS WhatsApp, UK style) --------------------------------------
    Ld, Ek = "Linda Hong", "Erik Lindqvist"
    msgs = [
        ("2026-01-12 10:31:02", Ld, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."),
        ("2026-01-12 10:31:02", Ld, "Hello Erik, Linda from Tianrui Bags. TR-Q260112 quotation sent to your mail 📩"),
        ("2026-01-15 08:04:55", Ek, "Hi Linda, quotation TR-Q260112 accepted as is for all 4 articles. Spec next week."),
        ("2026-01-15 08:20:31", Ld, "Great thank you Erik!!"),
        ("2026-01-20 13:35:10", Ek, "VO-2026-0219_spec.pdf • 2 pages <attached: 00000006-VO-2026-0219_spec.pdf>"),
        ("2026-01-22 11:12:47", Ek, "Is the white print on the orange bags 1 colour only? No underbase?"),
        ("2026-01-22 11:30:05", Ld, "1C white, we do double hit for opacity, same price"),
        ("2026-01-29 17:44:20", Ld, "samples sent DHL 4417 2290 13"),
        ("2026-01-30 16:25:33", Ek, "Golden samples approved, all 4. Record attached"),
        ("2026-01-30 16:25:34", Ek, "VO_golden_samples.docx • 1 page <attached: 00000011-VO_golden_samples.docx>"),
        ("2026-02-10 09:41:18", Ld, "TR-PI20260210.pdf • 1 page <attached: 00000012-TR-PI20260210.pdf>"),
        ("2026-02-10 09:41:40", Ld, "PI for your check. Factory closed from 13 Feb for CNY, back 25 Feb"),
        ("2026-02-10 12:02:09", Ek, "Thanks Linda, checking the PI with our QA"),
        ("2026-02-10 12:05:51", Ek, "For next season, what would the 30 L in blue cost?"),
        ("2026-02-10 12:30:26", Ld, "30L around USD 4.40 at 500 pcs, I will send formal quote after CNY"),
        ("2026-02-10 12:31:00", Ld, "This message was deleted."),
    ]
    write_text(c.p("chat/_chat.txt"), whatsapp_ios(msgs, ios_uk))

    c.order_toml("VO-2026-0219",
                 ["Vandra Outdoor AB", "Vandra", "Erik Lindqvist", "Erik"],
                 [sup_en, sup_cn, "Tianrui Bags", "Tianrui", "Linda Hong", "Linda"],
                 tolerances={"dimensions": "±1 cm"})
    c.expected("HOLD", [E("material", "undocumented_change", "high", item="VO-DB20-BLU")],
               "VO-DB20-BLU: 500D PVC tarpaulin (spec, sample, quote) -> 300D PVC tarpaulin in the PI, never mentioned.")
    c.note("""
# 07-dry-bags-4sku-material
Planted: 4-SKU order; the PI (bilingual DOCX rendered to PDF) describes "VODB20-BLU" as "300D PVC tarpaulin" while spec,
golden-sample record (thickness 0.51 mm, "500D PVC tarpaulin") and the accepted quote say 500D PVC tarpaulin; nobody
mentions it -> material undocumented_change for item VO-DB20-BLU (a downgrade, high), HOLD.
Noise: the other three SKUs keep their materials (DB05/DB10 500D PVC, WP02 "420D TPU coated nylon, YKK waterproof zipper" =
"420D TPU-coated nylon, YKK AquaGuard zip"); SKUs written "VODB05-ORG" (PI) and "DB05" (quote); prices unchanged;
"定金30% ... 余款70% 出货前"; 30 L price USD 4.40 is for next season; deleted message.
""")


# ===========================================================================
# 08  Knitted beanies, 3 colour SKUs -- 300 pcs move from navy to oatmeal in
#     the PI (same unit price, same total); the buyer only asked a question
# ===========================================================================

BEANIES = [
    dict(key="TT-BN-OAT", col="Oatmeal", pms="Pantone 13-0401 TCX", qty=1200, piq=1500, pi="TTBN-OAT Oatmeal", w=(86, 85)),
    dict(key="TT-BN-NVY", col="Navy", pms="Pantone 19-3923 TCX", qty=1200, piq=900, pi="TT BN NVY navy", w=(84, 88)),
    dict(key="TT-BN-RST", col="Rust", pms="Pantone 18-1248 TCX", qty=600, piq=600, pi="Beanie (rust) TT-BN-RST", w=(87, 83)),
]


def case08():
    c = Case("08-beanies-3sku-qty-shift")
    sup_en, sup_cn = "Yiwu Xinrui Knitting Co., Ltd.", "义乌市鑫瑞针织有限公司"
    sup_addr = "No. 86 Jiangbin North Road, Futian Street, Yiwu, Zhejiang 322000, China"
    price = D("1.95")
    assert sum(b["qty"] for b in BEANIES) == sum(b["piq"] for b in BEANIES) == 3000
    total = sum(b["piq"] * price for b in BEANIES)
    assert total == D("5850.00") and total * D("0.3") == D("1755.000")

    # --- spec (DOCX) ------------------------------------------------------
    d = new_doc(font="Georgia", size=10)
    header_footer(d, [("Tussock Trading Co. Ltd", True, 11), ("14 Nugent Street, Grafton, Auckland 1023, New Zealand", False, 7.5)],
                  "TT-PO-0312 beanie spec · 09/02/2026")
    para(d, "Specification - Rib-knit beanie, winter 2026", bold=True, size=14, after=0)
    para(d, "Purchase order TT-PO-0312  ·  " + sup_en, size=9, after=6)
    t = grid(d, [["Construction (all colours)", None, None, None],
                 ["Yarn", "70% acrylic / 30% wool, 2/28Nm", "Knit", "2x2 rib, double-layer fold cuff 7 cm"],
                 ["Flat size", "21 x 23 cm (W x H, cuff folded) ±1 cm", "Weight", "85 g ±10 g"],
                 ["Label", "Woven label 5 x 2 cm on cuff, \"TUSSOCK\" ", "Care", "Printed care label, NZ/AU"],
                 ["Packing", "Each in a polybag with hangtag; 100 pcs/ctn, 5-ply carton 60 x 40 x 40 cm", "Compliance", "AZO-free dyes declaration"]],
             widths=[3, 6, 2.5, 5.5], header=False, size=9)
    merge_row(t, 0, "Construction (all colours)", fill="DEEAF6")
    para(d, "")
    rows = [["SKU", "Colour", "Pantone", "Quantity"]]
    for b in BEANIES:
        rows.append([b["key"], b["col"], b["pms"], f"{n(b['qty'])} pcs"])
    rows.append(["Total", "", "", "3,000 pcs"])
    t = grid(d, rows, widths=[4, 3.5, 5, 4.5], size=9.5, fill="DEEAF6")
    a = t.cell(4, 0).merge(t.cell(4, 2)); put(a, "Total", bold=True, size=9.5)
    para(d, "")
    for line in ["Price: USD 1.95 / pc, all colours, FOB Ningbo (quotation XR-Q-2602-05)",
                 "Quantity tolerance per colour: +5% / -3%",
                 "Payment: T/T 30% deposit, 70% balance before shipment",
                 "Lead time: 35 days after deposit",
                 "Inspection: AQL 2.5 / 4.0 pre-shipment, General II"]:
        para(d, "•  " + line, after=1)
    para(d, "")
    para(d, "Approved: Hannah Whitfield, Tussock Trading Co. Ltd, 09/02/2026", italic=True)
    save_docx(d, c.p("spec/TT-PO-0312_beanie_spec.docx"), T("2026-02-09 11:00"), "Hannah Whitfield", "TT-PO-0312 beanie spec")

    # --- quote (XLSX -> PDF via LibreOffice) --------------------------------
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "XR-Q-2602-05"
    for col, w in zip("ABCDEFG", (8, 40, 20, 10, 10, 12, 22)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:G1"); xl(ws, "A1", sup_cn + "  " + sup_en.upper(), bold=True, size=12, align="center")
    ws.merge_cells("A2:G2"); xl(ws, "A2", sup_addr + " · jenny@xinrui-knit.com · WhatsApp +86 139 5799 2031", size=8, align="center")
    ws.merge_cells("A4:G4"); xl(ws, "A4", "QUOTATION XR-Q-2602-05    Date: 05 Feb 2026    To: Tussock Trading Co. Ltd (Hannah)", bold=True)
    xl_row(ws, 6, ["Ref", "Description", "Colours", "MOQ/colour", "USD/pc", "Price term", "Packing"], bold=True, border=True, fill="FFE699")
    xl_row(ws, 7, ["BN-RIB", "Rib beanie 70% acrylic 30% wool, 2x2 rib, double cuff, woven label, hangtag, 21x23cm, ~85g",
                   "Oatmeal / Navy / Rust", 300, 1.95, "FOB NINGBO", "100pcs/ctn 60*40*40cm"], border=True, wrap=True)
    ws["E7"].number_format = "0.00"
    ws.row_dimensions[7].height = 44
    for i, tl in enumerate(["Payment: T/T 30% deposit, balance before shipment", "Lead time: 35 days after deposit",
                            "Price valid 20 days, yarn price changing", "Add pompom: +0.18/pc"]):
        xl(ws, f"B{9 + i}", tl)
    fit_landscape(ws)
    xlsx_to_pdf(wb, c.p("quotes/XR-Q-2602-05.pdf"), T("2026-02-05 15:00"), "Jenny Lou")

    # --- golden sample (WeasyPrint) ---------------------------------------
    rows = [[b["key"], "21.3 x 22.8 cm", f"{b['w'][0]} g / {b['w'][1]} g", "matched " + b["pms"], "OK"] for b in BEANIES]
    tbl = items_table(["SKU", "Flat size (21 x 23 ±1)", "Weight (85 ±10 g), 2 pcs", "Colour", "Result"], rows)
    body = f"""<h1>Sample approval - beanies</h1><div class='sub'>TT-PO-0312 · 2 pcs per colour · {esc(sup_en)}</div>
      {tbl}<p>Hand feel good, cuff recovery OK after 10 stretches. One sample per colour retained in Auckland.</p>
      <p class='ok'>Approved for bulk</p><table class='sig'><tr><td>Hannah Whitfield<br>13/02/2026</td><td></td></tr></table>"""
    html_pdf(html_doc(report_css("TT-BN sample approval"), body, "Beanie sample approval"),
             c.p("sample/TT-BN_golden_sample.pdf"), T("2026-02-13 09:00"))

    # --- PI (DOCX) ----------------------------------------------------------
    d = new_doc(font="Times New Roman", size=10, margins=(2.0, 1.6))
    header_footer(d, [(sup_en.upper(), True, 13), (sup_cn, False, 11), (sup_addr, False, 8)], "XR20260312", page_no=True)
    para(d, "PROFORMA INVOICE NO.: XR20260312", bold=True, size=13, align="c", after=2)
    para(d, "DATE: MAR. 12, 2026", align="c", after=8)
    para(d, "TO: TUSSOCK TRADING CO. LTD, 14 Nugent Street, Grafton, Auckland 1023, New Zealand (Ms. Hannah Whitfield)", after=2)
    para(d, "ORDER NO.: TT-PO-0312", after=6)
    rows = [["ITEM", "DESCRIPTION", "QTY", "U/PRICE FOB NINGBO", "AMOUNT"]]
    for b in BEANIES:
        rows.append([b["pi"], "Rib knit beanie 70% acrylic 30% wool, double cuff, woven label", f"{n(b['piq'])}PCS",
                     f"USD{price}", f"USD{m(b['piq'] * price)}"])
    rows.append(["TOTAL:", "", "3,000PCS", "", f"USD{m(total)}"])
    t = grid(d, rows, widths=[4, 6.5, 2, 2.6, 2.4], size=9, fill="FFFFFF", aligns=["l", "l", "r", "r", "r"])
    a = t.cell(4, 0).merge(t.cell(4, 1)); put(a, "TOTAL:", bold=True, size=9)
    para(d, say(total, use_and=False) + ".", bold=True, before=4)
    for line in ["PAYMENT: T/T 30% DEPOSIT, 70% BALANCE BEFORE SHIPMENT",
                 "DELIVERY: 35 DAYS AFTER DEPOSIT",
                 "PACKING: 1PC/POLYBAG WITH HANGTAG, 100PCS/CTN, 30CTNS, 5PLY CARTON 60*40*40CM",
                 "INSPECTION: AQL 2.5/4.0 BEFORE SHIPMENT",
                 "BENEFICIARY: YIWU XINRUI KNITTING CO., LTD.",
                 "BANK: ZHEJIANG CHOUZHOU COMMERCIAL BANK, YIWU BRANCH",
                 "SWIFT: CZCBCN2X",
                 "A/C NO.: 1570 1012 0100 2083 66"]:
        para(d, line, after=1)
    para(d, "")
    para(d, "SELLER: YIWU XINRUI KNITTING CO., LTD. (STAMP)                     BUYER CONFIRM: ________________", size=9)
    save_docx(d, c.p("pi/XR20260312.docx"), T("2026-03-12 16:30"), "Jenny Lou", "PI XR20260312")

    # --- chat (iOS WhatsApp, UK style) --------------------------------------
    J, H = "Jenny Lou", "Hannah Whitfield"
    msgs = [
        ("2026-02-05 15:10:41", J, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."),
        ("2026-02-05 15:10:41", J, "Hi Hannah, quotation XR-Q-2602-05 in your email, 1.95 all 3 colours"),
        ("2026-02-06 08:45:19", H, "Thanks Jenny, accepted. 1,200 oatmeal, 1,200 navy, 600 rust. Spec Monday."),
        ("2026-02-09 11:05:02", H, "TT-PO-0312_beanie_spec.docx • 2 pages <attached: 00000005-TT-PO-0312_beanie_spec.docx>"),
        ("2026-02-13 09:02:48", H, "Samples approved 👍 happy new year to the team"),
        ("2026-03-06 14:22:37", J, "Hannah, navy yarn from the spinning mill is short after CNY. Maybe we make more oatmeal instead of navy?"),
        ("2026-03-06 14:23:01", J, "<attached: 00000013-PHOTO-2026-03-06-14-23-01.jpg>"),
        ("2026-03-06 19:40:55", H, "How many navy can you actually make? I need to check with our stores before deciding anything."),
        ("2026-03-07 09:12:10", J, "maybe 900, I confirm next week"),
        ("2026-03-12 16:35:44", J, "XR20260312.docx • 1 page <attached: 00000016-XR20260312.docx>"),
        ("2026-03-12 16:36:02", J, "PI here dear"),
        ("2026-03-12 21:03:29", H, "Got it, will go through it tomorrow"),
        ("2026-03-13 10:18:51", H, "Still waiting on our stores about the colour split, please don't change anything yet"),
        ("2026-03-13 10:40:06", J, "ok"),
    ]
    write_text(c.p("chat/WhatsApp Chat - Jenny Xinrui.txt"), whatsapp_ios(msgs, ios_uk))

    c.order_toml("TT-PO-0312",
                 ["Tussock Trading Co. Ltd", "Tussock Trading", "Hannah Whitfield", "Hannah"],
                 [sup_en, sup_cn, "Xinrui Knitting", "Xinrui", "Jenny Lou", "Jenny"],
                 tolerances={"quantity": "+5%/-3%", "weight": "±10 g", "dimensions": "±1 cm"})
    c.expected("HOLD", [E("quantity", "undocumented_change", "high", item="TT-BN-OAT"),
                        E("quantity", "undocumented_change", "high", item="TT-BN-NVY")],
               "300 pcs moved from navy (1,200 -> 900) to oatmeal (1,200 -> 1,500); the buyer asked a question and then objected.")
    c.note("""
# 08-beanies-3sku-qty-shift
Planted: spec split 1,200 oatmeal / 1,200 navy / 600 rust; the PI (DOCX) bills "TTBN-OAT Oatmeal" 1,500 and "TT BN NVY navy"
900 (outside +5%/-3%). The supplier proposed it in WhatsApp; the buyer only asked "How many navy can you actually make?"
and later "please don't change anything yet" -> quantity undocumented_change for TT-BN-OAT and for TT-BN-NVY (high), HOLD.
Noise: TT-BN-RST 600 unchanged ("Beanie (rust) TT-BN-RST"); total 3,000 pcs and USD 5,850.00 unchanged; same unit price
1.95 for all colours; quote is an XLSX rendered to PDF by LibreOffice; "SAY US DOLLARS ... " without "AND"; pompom add-on price.
""")


# ===========================================================================
# 09  Cooler bag -- e-mail semantics: the buyer objects to 420D ("Please keep
#     the original spec") but PI R1 still says 420D -> undocumented_change;
#     the buyer approves the 5-ply carton by e-mail only -> chat_only.
#     The revised PI travels as a base64 attachment in an HTML+text mail.
# ===========================================================================

CSS_SPEC09 = """
  @page { size: Letter; margin: 0.6in 0.6in 0.7in 0.6in;
          @bottom-left { content: "Picnic Theory Inc. - confidential"; font-size: 7pt; color: #888; }
          @bottom-right { content: "p. " counter(page); font-size: 7pt; color: #888; } }
  body { font-family: "Liberation Sans", sans-serif; font-size: 9.5pt; color: #222; }
  .hdr { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 4px solid #e07a1f; padding-bottom: 4px; }
  .brand { font-size: 18pt; font-weight: bold; color: #e07a1f; letter-spacing: -0.5px; }
  .doc { text-align: right; font-size: 8pt; }
  h1 { font-size: 14pt; margin: 10px 0 2px; }
  table { border-collapse: separate; border-spacing: 0 2px; width: 100%; }
  td { padding: 4px 6px; vertical-align: top; }
  td.k { width: 26%; background: #fbe9d9; font-weight: bold; }
  td.v { background: #f7f7f7; }
  .grp { font-weight: bold; color: #e07a1f; padding-top: 8px; }
"""


def case09():
    c = Case("09-cooler-bag-email-objection-carton")
    sup_en, sup_cn = "Dongguan Humen Lianfa Bags Manufacturing Co., Ltd.", "东莞市虎门联发箱包制造有限公司"
    sup_addr = "No. 12 Baisha Industrial Road, Humen Town, Dongguan, Guangdong 523900, China"
    qty, price = 2000, D("3.45")
    total = qty * price
    assert total == D("6900.00") and total * D("0.3") == D("2070.000")

    # --- spec (WeasyPrint) ------------------------------------------------
    groups = [("Materials", [("Outer fabric", "600D polyester, PU coated (water resistant)"),
                             ("Insulation", "8 mm EPE foam, all sides and base"),
                             ("Lining", "Food-grade PEVA, heat-sealed seams (leak-proof)"),
                             ("Zipper", "#8 nylon coil, two-way, navy pullers")]),
              ("Size & weight", [("Capacity", "12 cans (355 ml) + 1 ice pack, approx. 10 L"),
                                 ("Dimensions", "30 x 20 x 25 cm (L x W x H), tolerance ±1 cm"),
                                 ("Weight", "420 g, tolerance ±5%")]),
              ("Look", [("Colour", "Navy, Pantone 289 C; webbing and trims black"),
                        ("Logo", "1C white silk screen, front panel, 120 x 40 mm, centred")]),
              ("Compliance", [("Testing", "CPSIA lead and phthalates report for the PEVA lining; California Prop 65 warning on hangtag")]),
              ("Packing", [("Unit", "Folded flat in a polybag with suffocation warning"),
                           ("Master carton", "30 pcs/ctn, 3-ply export carton 62 x 42 x 50 cm")]),
              ("Commercial", [("Quantity", "2,000 pcs"),
                              ("Price", "USD 3.45 / pc FOB Shenzhen - quotation LF-Q2602-06 accepted 04 Feb 2026"),
                              ("Payment", "30% deposit, 70% before shipment (T/T)"),
                              ("Lead time", "40 days after deposit"),
                              ("Inspection", "Pre-shipment AQL 2.5 / 4.0, General II, incl. 24 h leak test on 5 pcs")])]
    rows = ""
    for g, kv in groups:
        rows += f"<tr><td colspan='2' class='grp'>{esc(g)}</td></tr>"
        rows += "".join(f"<tr><td class='k'>{esc(k)}</td><td class='v'>{esc(v)}</td></tr>" for k, v in kv)
    body = f"""<div class='hdr'><div class='brand'>picnic theory</div>
      <div class='doc'>Product Spec Sheet<br>PT-CB12 · Rev A · 09 Feb 2026<br>PO PT-PO-2026-118</div></div>
      <h1>PT-CB12 12-Can Insulated Cooler Bag (Navy)</h1>
      <div style='font-size:8pt;color:#666'>Supplier: {esc(sup_en)}</div>
      <table>{rows}</table>
      <p style='margin-top:14px'>Approved by Jordan Hayes, Product Development, Picnic Theory Inc. - 02/09/2026</p>"""
    html_pdf(html_doc(CSS_SPEC09, body, "PT-CB12 spec sheet Rev A"), c.p("spec/PT-CB12_spec_RevA.pdf"), T("2026-02-09 10:00"))

    # --- quote (XLSX) ------------------------------------------------------
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "LF-Q2602-06"
    for col, w in zip("ABCDEFG", (10, 46, 14, 10, 12, 12, 26)):
        ws.column_dimensions[col].width = w
    xl(ws, "A1", sup_en, bold=True, size=13); xl(ws, "A2", sup_cn, size=11)
    xl(ws, "A3", sup_addr + "  |  cindy@lianfa-bags.com", size=8)
    xl(ws, "A5", "QUOTATION No. LF-Q2602-06", bold=True, size=12); xl(ws, "E5", "Date: 2026/02/02")
    xl(ws, "A6", "Customer: Picnic Theory Inc. (Jordan Hayes)")
    xl_row(ws, 8, ["Model", "Description", "Size", "MOQ", "FOB SZ USD", "Sample", "Packing"], bold=True, border=True, fill="FCE4D6")
    xl_row(ws, 9, ["PT-CB12", "12 can cooler bag, 600D polyester PU coated, 8mm EPE foam, PEVA lining, navy 289C, "
                   "1C white logo", "30x20x25cm", 1000, 3.45, "USD 50", "30pcs/ctn, 3-ply 62*42*50cm"], border=True, wrap=True)
    ws["E9"].number_format = "0.00"
    ws.row_dimensions[9].height = 46
    for i, tl in enumerate(["Payment: 30% deposit, 70% before shipment", "Delivery: 40 days after deposit",
                            "Price term: FOB Shenzhen", "5,000 pcs price: USD 3.29", "Validity: 30 days"]):
        xl(ws, f"B{11 + i}", tl)
    fit_landscape(ws)
    save_xlsx(wb, c.p("quotes/LF-Q2602-06.xlsx"), T("2026-02-02 11:45"), "Cindy Xu")

    # --- sample approval (WeasyPrint) --------------------------------------
    rows = [["Outer fabric", "600D polyester PU coated", "600D confirmed (fabric label + count)", "OK"],
            ["Dimensions", "30 x 20 x 25 cm ±1", "30.5 x 19.6 x 25.3 cm", "OK"],
            ["Weight", "420 g ±5% (399-441 g)", "428 g", "OK"],
            ["Capacity", "12 cans + ice pack", "12 cans + 1 ice pack", "OK"],
            ["Leak test 24 h", "no leak", "no leak", "OK"],
            ["Logo", "1C white 120 x 40 mm", "OK", "OK"]]
    tbl = items_table(["Check", "Spec", "Sample", "Result"], rows)
    body = f"""<h1>Pre-production sample approval</h1><div class='sub'>PT-CB12 · PO PT-PO-2026-118 · {esc(sup_en)}</div>
      {tbl}<p class='ok'>Approved 03/02/2026 - Jordan Hayes</p>"""
    html_pdf(html_doc(report_css("PT-CB12 PP sample"), body, "PT-CB12 sample approval"),
             c.p("sample/PT-CB12_PP_sample_approval.pdf"), T("2026-03-02 17:00"))

    # --- PI v1 and R1 -----------------------------------------------------
    css = (CSS["grid"].replace('"Liberation Serif", "WenQuanYi Micro Hei", serif', FONT_STACK)
           .replace("#e8e8e8", "#fde4cf").replace("2px solid #222", "2px solid #c55a11")
           .replace(".lh .en { font-size: 15pt", ".lh .en { font-size: 12.5pt")
           + " table.items td:nth-child(2) { white-space: nowrap; }")

    def pi(r1: bool) -> Path:
        fabric = "420D polyester PU coated" if r1 else "600D polyester PU coated"
        carton = "5-ply export carton 62*42*52cm" if r1 else "3-ply carton 62*42*50cm"
        rows = [["1", "PT-CB12", f"12-can cooler bag, {fabric}\n8mm EPE foam, PEVA lining, navy PMS 289C\n"
                 "1C white silk screen logo, 30x20x25cm", f"{n(qty)} pcs", f"{price}", m(total)]]
        tbl = items_table(["No.", "Model", "Description", "Quantity", "Unit Price USD", "Amount USD"], rows,
                          num_cols=(3, 4, 5), tot=[("TOTAL FOB SHENZHEN", 3), f"{n(qty)} pcs", "", m(total)])
        meta = [("PI No.:", "LF-PI260305-R1" if r1 else "LF-PI260305"), ("Date:", "13-Mar-2026" if r1 else "05-Mar-2026"),
                ("PO:", "PT-PO-2026-118")]
        if r1:
            meta.append(("Revision:", "R1 - carton upgraded to 5-ply as per buyer's approval of 12-Mar-2026"))
        terms = [("Price term:", "FOB SHENZHEN"),
                 ("Payment:", f"30% deposit USD {m(total * D('0.3'))} by T/T, 70% balance before shipment"),
                 ("Lead time:", "40 days after deposit"),
                 ("Packing:", f"1pc/polybag, 30pcs/ctn, {carton}, 67 ctns (last ctn 20pcs)"),
                 ("Inspection:", "AQL 2.5/4.0 before shipment, leak test 5 pcs")]
        bank = [("Beneficiary:", "DONGGUAN HUMEN LIANFA BAGS MANUFACTURING CO., LTD."),
                ("Bank:", "INDUSTRIAL AND COMMERCIAL BANK OF CHINA, DONGGUAN HUMEN SUB-BRANCH"),
                ("SWIFT:", "ICBKCNBJSZN"), ("Account:", "2010 0274 0920 0118 846")]
        body = f"""
          <div class='lh'><div class='en'>DONGGUAN HUMEN LIANFA BAGS MANUFACTURING CO., LTD.</div>
          <div class='cn'>{sup_cn}</div><div class='ad'>{esc(sup_addr)}<br>Tel +86 769 8551 2276 · cindy@lianfa-bags.com</div></div>
          <h1>PROFORMA INVOICE</h1>
          <table class='meta'><tr><td style='width:50%'><b>Messrs:</b><br>PICNIC THEORY INC.<br>4407 Burnet Road, Suite 200<br>
          Austin, TX 78756, USA<br>Attn: Jordan Hayes</td><td>{kv_table(meta, cls='meta')}</td></tr></table><br>
          {tbl}<div class='say'>{say(total)}</div>
          <div class='sec'>TERMS</div>{kv_table(terms)}
          <div class='sec'>BANK DETAILS</div>{kv_table(bank)}
          <table class='sign'><tr><td>Confirmed by buyer: ____________________</td>
          <td style='text-align:right'><span class='chop'>联发箱包<br>业务专用章</span><br>Cindy Xu, Sales Manager</td></tr></table>"""
        path = c.p("pi/LF-PI260305-R1.pdf" if r1 else "pi/LF-PI260305.pdf")
        html_pdf(html_doc(css, body, "PI"), path, T("2026-03-13 10:05") if r1 else T("2026-03-05 14:00"))
        return path

    pi(False)
    r1_path = pi(True)

    cindy = ("Cindy Xu", "cindy@lianfa-bags.com")
    jordan = ("Jordan Hayes", "jordan@picnictheory.com")
    sig_c = ("Best regards\nCindy Xu\nSales Manager\nDongguan Humen Lianfa Bags Manufacturing Co., Ltd.\n"
             "Tel: +86 769 8551 2276  Mob/WhatsApp: +86 135 3842 7719")

    # --- e-mail 1: supplier proposes 420D, buyer objects (plain, Gmail) ------
    prop = ("Dear Jordan,\n\nHope you are well. The navy 600D polyester for PT-CB12 now has 25 days lead time at the\n"
            "fabric mill after CNY. To keep your delivery we suggest to use 420D polyester PU coated, same navy\n"
            "289C, same price USD 3.45. The look is almost the same, photo attached.\nPlease confirm.\n\n" + sig_c)
    text = ("Hi Cindy,\n\nPlease keep the original spec: 600D polyester, PU coated, as on spec sheet Rev A, the approved\n"
            "sample and your PI LF-PI260305. We prefer a later delivery to a lighter fabric - if the 600D needs\n"
            "25 days at the mill, tell me the new ship date.\n\nThanks,\nJordan\n\n"
            "Jordan Hayes | Product Development\nPicnic Theory Inc. | 4407 Burnet Road, Suite 200, Austin, TX 78756\n\n"
            "On Mon, Mar 9, 2026 at 2:15 AM Cindy Xu <cindy@lianfa-bags.com> wrote:\n\n" + quote_block(prop) + "\n")
    write_eml(c.p("chat/RE_ PT-CB12 outer fabric.eml"), frm=jordan, to=[cindy],
              cc=[("Dana Whitlock", "dana@picnictheory.com")], date=TZ("2026-03-09 08:47", -5),
              subject="Re: PT-CB12 outer fabric", msgid="<CAP9uW1oQ6c=Hz3K8v@mail.gmail.com>",
              in_reply_to="<202603091515221104937@lianfa-bags.com>",
              references="<202603091515221104937@lianfa-bags.com>", text=text, boundary="09a", qp=True)

    # --- e-mail 2: carton approval, revised PI as attachment (HTML + text) ---
    p1 = ("Dear Jordan,\n\nFor the sea freight to Houston we suggest to upgrade the master carton from 3-ply to\n"
          "5-ply export carton, size 62 x 42 x 52 cm (still 30 pcs/ctn), no extra cost for you.\n"
          "The 3-ply carton got crushed in our last LCL shipment to the US.\n\nBest regards\nCindy")
    p2 = ("Hi Cindy,\n\nApproved, please proceed with the 5-ply carton.\n\nJordan\n\n"
          "On Wed, Mar 11, 2026 at 3:30 AM Cindy Xu <cindy@lianfa-bags.com> wrote:\n\n" + quote_block(p1))
    top = ("Dear Jordan,\n\nThanks for your approval. Attached is the revised PI LF-PI260305-R1 with the 5-ply export\n"
           "carton 62*42*52cm, no extra cost. Total amount is the same, USD 6,900.00, deposit can be paid on R1.\n\n"
           + sig_c)
    text = top + "\n\nOn Mar 12, 2026, at 22:05, Jordan Hayes <jordan@picnictheory.com> wrote:\n\n" + quote_block(p2) + "\n"

    def h(s):
        return esc(s).replace("\n", "<br>\n")

    html = (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body dir=\"auto\"><div style=\"font-family: Calibri, sans-serif; font-size: 11pt\">{h(top)}</div>"
            f"<div><br><blockquote type=\"cite\">On Mar 12, 2026, at 22:05, Jordan Hayes &lt;jordan@picnictheory.com&gt; wrote:<br><br>"
            f"<div>Hi Cindy,<br><br><b>Approved, please proceed with the 5-ply carton.</b><br><br>Jordan<br><br>"
            f"<blockquote type=\"cite\">On Wed, Mar 11, 2026 at 3:30 AM Cindy Xu &lt;cindy@lianfa-bags.com&gt; wrote:<br><br>{h(p1)}"
            f"</blockquote></div></blockquote></div></body></html>")
    write_eml(c.p("chat/RE_ Carton upgrade PT-CB12 - revised PI R1.eml"), frm=cindy, to=[jordan],
              date=TZ("2026-03-13 10:20", 8), subject="Re: Carton upgrade PT-CB12 - revised PI R1",
              msgid="<6E1A2C47-93B0-4C1D-A7F2-5B8D0E3F9A21@lianfa-bags.com>",
              in_reply_to="<CAP9uW1pZ4t=Lk2Q0b@mail.gmail.com>",
              references="<202603111630084417201@lianfa-bags.com> <CAP9uW1pZ4t=Lk2Q0b@mail.gmail.com>",
              text=text, html=html, attachments=[("LF-PI260305-R1.pdf", r1_path.read_bytes(), "pdf")],
              mailer="iPhone Mail (21D61)", boundary="09b")

    c.order_toml("PT-PO-2026-118",
                 ["Picnic Theory Inc.", "Picnic Theory", "Jordan Hayes", "Jordan", "Dana Whitlock"],
                 [sup_en, sup_cn, "Lianfa Bags", "Lianfa", "Cindy Xu", "Cindy"],
                 stakeholders=["jordan@picnictheory.com", "dana@picnictheory.com", "cindy@lianfa-bags.com"],
                 tolerances={"dimensions": "±1 cm", "weight": "±5%"})
    c.expected("HOLD", [E("material", "undocumented_change", "high"),
                        E("packaging.carton_size", "chat_only", "medium")],
               "PI R1 carries 420D although the buyer wrote 'Please keep the original spec'; the 5-ply carton is approved only by e-mail.")
    c.note("""
# 09-cooler-bag-email-objection-carton
Planted: (1) outer fabric 600D (spec, sample, quote, PI v1) -> "420D polyester PU coated" in PI R1 (pi/ and as base64
attachment of the Apple-Mail .eml); the supplier proposed it by e-mail and the buyer answered "Please keep the original spec"
-> material undocumented_change (high); (2) master carton "3-ply 62x42x50 cm" -> "5-ply export carton 62*42*52cm", approved
only in the buyer's e-mail "Approved, please proceed with the 5-ply carton." (no change order) -> packaging.carton_size
chat_only (medium). Verdict HOLD. Noise: LF-PI260305 (v1) is superseded by R1 (history); R1 states the carton approval but not the fabric change; 30 pcs/ctn and
67 ctns unchanged; price, total, terms, bank unchanged; quote's 5,000 pcs price 3.29; "Re:" threads with "On ... wrote:" quoting.
""")


# ===========================================================================
# 10  Linen apron -- nothing to audit yet: spec and quote, no PI (REVIEW)
# ===========================================================================

def case10():
    c = Case("10-linen-apron-no-pi")
    sup_en, sup_cn = "Shaoxing Keqiao Huamei Textile Co., Ltd.", "绍兴柯桥华美纺织有限公司"
    sup_addr = "No. 318 Huayu Road, Keqiao District, Shaoxing, Zhejiang 312030, China"

    # --- spec (DOCX, French/English) --------------------------------------
    d = new_doc(font="Garamond", size=10.5)
    header_footer(d, [("ATELIER BRUN", True, 14), ("12 rue des Remparts d'Ainay, 69002 Lyon, France", False, 8)],
                  "Fiche technique AB-APR-LIN · v1 · 22/01/2026")
    para(d, "Fiche technique / Technical sheet", bold=True, size=15, align="c", after=0)
    para(d, "Tablier croisé en lin / Cross-back linen apron  -  AB-APR-LIN", align="c", after=8)
    rows = [["Rubrique / Item", "Exigence / Requirement"],
            ["Matière / Material", "55% linen / 45% cotton, 240 gsm, stonewashed"],
            ["Dimensions", "70 x 85 cm (width x length), tolerance ±1.5 cm; 2 front pockets 18 x 20 cm; cross-back straps 3 cm"],
            ["Couleur / Colour", "Terracotta, Pantone 16-1526 TCX"],
            ["Logo", "Embroidered, 1 colour ecru, 60 x 20 mm, left chest"],
            ["Étiquettes / Labels", "Woven main label at neck strap; care label FR/EN"],
            ["Certification", "OEKO-TEX Standard 100 (class I or II) certificate valid at shipment"],
            ["Emballage / Packing", "Folded, kraft belly band, recycled polybag; 50 pcs/ctn, 5-ply carton 55 x 40 x 35 cm"],
            ["Quantité / Quantity", "1,000 pcs"],
            ["Prix / Price", "USD 4.60 / pc FOB Shanghai (devis / quote HM-Q260120)"],
            ["Paiement / Payment", "30% deposit by T/T, 70% against copy of B/L"],
            ["Délai / Lead time", "40 days after deposit"],
            ["Contrôle / Inspection", "AQL 2.5 / 4.0 pre-shipment, General II"]]
    t = grid(d, rows, widths=[4.5, 12.5], size=9.5, fill="F4B183")
    para(d, "")
    para(d, "Validé par / Approved by: Camille Girard, Atelier Brun SARL - 22/01/2026", italic=True, size=9.5)
    save_docx(d, c.p("spec/AB-APR-LIN_fiche_technique.docx"), T("2026-01-22 17:10"), "Camille Girard", "Fiche technique AB-APR-LIN")

    # --- quote (XLSX -> PDF) -----------------------------------------------
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Quote"
    for col, w in zip("ABCDEFGH", (6, 14, 42, 12, 10, 12, 12, 22)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:H1"); xl(ws, "A1", sup_en.upper(), bold=True, size=13, align="center")
    ws.merge_cells("A2:H2"); xl(ws, "A2", sup_cn, size=11, align="center")
    ws.merge_cells("A3:H3"); xl(ws, "A3", sup_addr + "  nancy@huamei-textile.com", size=8, align="center")
    ws.merge_cells("A5:H5"); xl(ws, "A5", "QUOTATION SHEET", bold=True, size=12, align="center", fill="DDEBF7")
    xl(ws, "A6", "Quote No.: HM-Q260120"); xl(ws, "F6", "Date: 20/01/2026")
    xl(ws, "A7", "Client: Atelier Brun SARL (Mme Camille Girard)")
    xl_row(ws, 9, ["No.", "Style", "Description", "Size", "MOQ", "1,000 pcs", "2,000 pcs", "Packing"], bold=True, border=True, fill="DDEBF7")
    xl_row(ws, 10, [1, "AB-APR-LIN", "Cross-back apron, 55% linen 45% cotton 240gsm stonewashed, 2 pockets, embroidered logo "
                    "1C ecru, terracotta 16-1526TCX", "70x85cm", 500, 4.60, 4.35, "50pcs/ctn 55*40*35cm"], border=True, wrap=True)
    ws.row_dimensions[10].height = 48
    for col in "FG":
        ws[f"{col}10"].number_format = '"USD "0.00'
    for i, tl in enumerate(["Price term: FOB SHANGHAI", "Payment: 30% deposit, 70% against copy of B/L",
                            "Lead time: 40 days after deposit", "OEKO-TEX Standard 100 certificate available",
                            "Factory holiday 10 Feb - 26 Feb 2026 (Chinese New Year)", "Quote valid 30 days"]):
        xl(ws, f"C{12 + i}", tl)
    fit_landscape(ws)
    xlsx_to_pdf(wb, c.p("quotes/HM-Q260120.pdf"), T("2026-01-20 16:00"), "Nancy Shen")

    # --- chat (iOS WhatsApp, UK style) --------------------------------------
    Nn, Cg = "Nancy Shen", "Camille Girard"
    msgs = [
        ("2026-01-20 16:12:08", Nn, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."),
        ("2026-01-20 16:12:08", Nn, "Bonjour Camille 😊 Nancy from Huamei, quotation HM-Q260120 sent"),
        ("2026-01-21 09:35:44", Cg, "Merci Nancy. 4.60 is ok for 1,000 pcs. I send the fiche technique tomorrow"),
        ("2026-01-22 17:15:30", Cg, "AB-APR-LIN_fiche_technique.docx • 1 page <attached: 00000004-AB-APR-LIN_fiche_technique.docx>"),
        ("2026-01-23 10:02:51", Nn, "received. lab dip terracotta next week"),
        ("2026-01-30 14:47:19", Nn, "<attached: 00000006-PHOTO-2026-01-30-14-47-19.jpg>"),
        ("2026-01-30 14:47:40", Nn, "lab dip A and B, which one?"),
        ("2026-01-30 18:20:02", Cg, "B is closer to 16-1526. Go with B"),
        ("2026-02-06 11:03:33", Nn, "Camille we close 10 Feb for CNY, back 26 Feb. Sample and PI after holiday ok?"),
        ("2026-02-06 11:30:27", Cg, "OK. I'll wait for the golden sample and the PI before paying anything. Bonnes fêtes!"),
        ("2026-02-06 11:31:02", Nn, "This message was deleted."),
    ]
    write_text(c.p("chat/WhatsApp Chat - Nancy Huamei.txt"), whatsapp_ios(msgs, ios_uk))

    c.order_toml("AB-CMD-2026-02",
                 ["Atelier Brun SARL", "Atelier Brun", "Camille Girard", "Camille"],
                 [sup_en, sup_cn, "Huamei Textile", "Huamei", "Nancy Shen", "Nancy"],
                 tolerances={"dimensions": "±1.5 cm"})
    c.expected("REVIEW", [], "No PI yet: spec and quote only, nothing to compare.")
    c.note("""
# 10-linen-apron-no-pi
Planted: nothing to audit - the folder holds a spec (DOCX), a quote (XLSX rendered to PDF) and a chat, but no PI.
Contract section 3: no PI to compare with the baseline -> verdict REVIEW, expected [].
Noise: the quote agrees with the spec (4.60 at 1,000 pcs; the 2,000 pcs tier 4.35 is an option); lab-dip choice "B" and the
CNY closure are not changes; the buyer explicitly waits for the PI ("before paying anything").
""")


# ===========================================================================
# 11  French press -- everything matches, but the pre-shipment inspection
#     FAILED (major defects over AQL 2.5) and [release] requires a pass
# ===========================================================================

def case11():
    c = Case("11-french-press-inspection-failed")
    sup_en, sup_cn = "Chaozhou Chao'an Jinhui Stainless Steel Products Co., Ltd.", "潮州市潮安区金辉不锈钢制品有限公司"
    sup_addr = "Caitang Town Industrial Zone, Chao'an District, Chaozhou, Guangdong 521000, China"
    qty, price = 1200, D("6.90")
    total = qty * price
    assert total == D("8280.00") and total * D("0.3") == D("2484.000") and qty // 12 == 100

    # --- spec (DOCX -> PDF) -----------------------------------------------
    d = new_doc(font="Liberation Sans", size=9.5)
    header_footer(d, [("CAFÉ SERENO S.L.", True, 12), ("Carrer de Sueca 42, 46006 València, España  ·  compras@cafesereno.es", False, 7.5)],
                  "CS-FP1000 · Especificación de producto / Product specification · rev. 1 · 09/03/2026", header_align="l")
    para(d, "Especificación de producto / Product specification", bold=True, size=14, after=0)
    para(d, "CS-FP1000 French press 1 L, double wall  ·  order CS-OC-2026-044", size=9.5, after=8)
    rows = [["Característica / Feature", "Requisito / Requirement", "Tol."],
            ["Material", "SS304 (18/8) stainless steel: double-wall body, lid, plunger rod, 4-layer SS304 filter", ""],
            ["Capacidad / Capacity", "1,000 ml (34 oz)", "±3%"],
            ["Dimensiones / Size", "Ø 120 x H 235 mm (with lid)", "±1.5 mm"],
            ["Peso / Weight", "780 g", "±5%"],
            ["Acabado / Finish", "Brushed (satin) outside, mirror polished inside", ""],
            ["Color", "Natural stainless steel", ""],
            ["Logo", "Laser engraved \"CAFÉ SERENO\", 35 x 10 mm, opposite the handle", ""],
            ["Certificados", "LFGB and EU 1935/2004 declaration of conformity with migration test report", ""],
            ["Embalaje / Packing", "White box 140 x 140 x 245 mm with 1C print; 12 pcs/ctn, 5-ply carton 44 x 30 x 51 cm", ""],
            ["Cantidad / Quantity", "1,200 pcs", ""],
            ["Precio / Price", "USD 6.90 / pc FOB Shantou (quotation JH-Q-260302)", ""],
            ["Pago / Payment", "30% deposit by T/T; 70% balance after inspection PASSED, before shipment", ""],
            ["Plazo / Lead time", "45 days after deposit", ""],
            ["Inspección", "Third-party pre-shipment inspection (TriAxis), ISO 2859-1 General II, critical 0 / major AQL 2.5 / "
                           "minor AQL 4.0. The PI must state this inspection clause.", ""]]
    grid(d, rows, widths=[3.8, 11.4, 1.6], size=8.5, fill="C9C9C9")
    para(d, "")
    para(d, "Aprobado / Approved: Lucía Navarro, Compras - 09/03/2026", size=9)
    docx_to_pdf(d, c.p("spec/CS-FP1000_spec.pdf"), T("2026-03-09 12:30"), "Lucía Navarro", "CS-FP1000 specification")

    # --- quote (XLSX) ------------------------------------------------------
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "报价 Quote"
    for col, w in zip("ABCDEFGH", (10, 40, 12, 14, 10, 12, 22, 16)):
        ws.column_dimensions[col].width = w
    xl(ws, "A1", sup_cn, bold=True, size=13); xl(ws, "A2", sup_en, bold=True, size=10)
    xl(ws, "A3", sup_addr + " · tina@jinhui-steel.com", size=8)
    xl(ws, "A5", "QUOTATION JH-Q-260302", bold=True, size=12); xl(ws, "F5", "2026-03-02")
    xl(ws, "A6", "To: Café Sereno S.L. - Ms. Lucía Navarro")
    xl_row(ws, 8, ["Item", "Description", "Capacity", "Size", "MOQ", "USD/pc", "Packing", "Remark"], bold=True, border=True, fill="E2EFDA")
    xl_row(ws, 9, ["CS-FP1000", "Double wall French press, SS304 body/lid/plunger, 4-layer SS304 filter, brushed, laser logo",
                   "1000ml/34oz", "Φ120xH235mm", 500, 6.90, "white box, 12pcs/ctn", "your order"], border=True, wrap=True)
    xl_row(ws, 10, ["CS-FP800", "Same design 800 ml", "800ml/27oz", "Φ112xH215mm", 500, 6.20, "white box, 12pcs/ctn", "option"],
           border=True, wrap=True)
    for r in (9, 10):
        ws[f"F{r}"].number_format = "0.00"
        ws.row_dimensions[r].height = 40
    for i, tl in enumerate(["FOB SHANTOU", "Payment: 30% deposit, 70% before shipment after inspection",
                            "Lead time: 45 days after deposit", "Validity: 30 days"]):
        xl(ws, f"B{12 + i}", tl)
    fit_landscape(ws)
    save_xlsx(wb, c.p("quotes/JH-Q-260302.xlsx"), T("2026-03-02 15:20"), "Tina Cai")

    # --- golden sample (WeasyPrint) ---------------------------------------
    rows = [["Ø body", "120 ±1.5 mm", "120.4", "OK"], ["Height with lid", "235 ±1.5 mm", "235.8", "OK"],
            ["Weight", "780 g ±5% (741-819 g)", "792 g", "OK"], ["Capacity", "1,000 ml ±3%", "1,012 ml", "OK"],
            ["Material check (XRF)", "SS304: Cr 18-20%, Ni 8-10.5%", "Cr 18.3%, Ni 8.1%", "OK"],
            ["Filter", "4-layer SS304, no gaps", "OK", "OK"], ["Logo", "35 x 10 mm laser", "OK", "OK"]]
    tbl = items_table(["Punto / Check", "Requisito", "Muestra", "Resultado"], rows, num_cols=(2,))
    body = f"""<h1>Muestra de referencia / Golden sample</h1><div class='sub'>CS-FP1000 · {esc(sup_en)} · 1 pc</div>
      {tbl}<p class='ok'>APROBADA / APPROVED</p>
      <table class='sig'><tr><td>Lucía Navarro, Café Sereno S.L.<br>12/03/2026</td><td>Tina Cai (蔡婷), Jinhui<br>12/03/2026</td></tr></table>"""
    html_pdf(html_doc(report_css("CS-FP1000 golden sample"), body, "Golden sample CS-FP1000"),
             c.p("sample/CS-FP1000_golden_sample.pdf"), T("2026-03-12 11:00"))

    # --- PI (WeasyPrint, ledger style in grey-green) ------------------------
    css = CSS["ledger"].replace("#7a1f1f", "#31593f").replace("#f3ecec", "#e7efe9")
    rows = [["1", "CS-FP1000", "French press 1000ml (34oz), double wall SS304 18/8, brushed\n4-layer SS304 filter, laser logo CAFÉ SERENO, white box",
             f"{n(qty)}", f"{price}", m(total)]]
    tbl = items_table(["No.", "Item", "Description", "Qty (pcs)", "USD/pc", "Amount USD"], rows, num_cols=(3, 4, 5),
                      tot=[("TOTAL FOB SHANTOU", 3), n(qty), "", m(total)])
    head = ("<table class='head'><tr><td class='k'>Buyer</td><td>CAFÉ SERENO S.L.<br>Carrer de Sueca 42, 46006 València, Spain</td>"
            "<td class='k'>PI No.</td><td>JH-PI-260318</td></tr>"
            "<tr><td class='k'>Attn</td><td>Ms. Lucía Navarro</td><td class='k'>Date</td><td>18/03/2026</td></tr>"
            "<tr><td class='k'>Order</td><td>CS-OC-2026-044</td><td class='k'>Quote</td><td>JH-Q-260302</td></tr></table>")
    terms = ["Price term: FOB SHANTOU",
             f"Payment: T/T 30% deposit (USD {m(total * D('0.3'))}), 70% balance after inspection passed, before shipment",
             "Lead time: 45 days after deposit",
             "Packing: white box, 12pcs/ctn, 5-ply carton 44x30x51cm, 100 ctns",
             "Inspection: third party PSI by TriAxis, ISO 2859-1 Level II, AQL 0/2.5/4.0",
             "Certificates: LFGB, EU 1935/2004 DoC"]
    body = f"""
      <div class='lh'><div class='cn'>{sup_cn}</div><div class='en'>CHAOZHOU CHAO'AN JINHUI STAINLESS STEEL PRODUCTS CO., LTD.</div>
      <div class='ad'>{esc(sup_addr)} · +86 768 6388 105 · tina@jinhui-steel.com</div></div>
      <h1>PROFORMA INVOICE</h1>{head}<br>{tbl}
      <div class='say'>{say(total)}</div>
      <b>Terms:</b><ol class='terms'>{''.join(f'<li>{esc(tl)}</li>' for tl in terms)}</ol>
      <div class='bank'><b>Bank information</b><table>
      <tr><td>Beneficiary:</td><td>CHAOZHOU CHAO'AN JINHUI STAINLESS STEEL PRODUCTS CO., LTD.</td></tr>
      <tr><td>Bank:</td><td>BANK OF CHINA, CHAOZHOU BRANCH</td></tr>
      <tr><td>SWIFT:</td><td>BKCHCNBJ46A</td></tr><tr><td>Account No.:</td><td>6872 5739 1046</td></tr></table></div>
      <div class='sig'>For the seller (公章): Tina Cai ____________ &nbsp;&nbsp; Buyer: ____________</div>"""
    html_pdf(html_doc(css, body, "PI JH-PI-260318"), c.p("pi/JH-PI-260318.pdf"), T("2026-03-18 10:40"))

    # --- inspection report FAILED (WeasyPrint) -----------------------------
    drows = [["Plunger rod bent / sticking", "-", "4", "-"],
             ["Rust spot / weld discolouration inside body", "-", "3", "-"],
             ["Filter mesh edge loose", "-", "2", "-"],
             ["Light scratch on body", "-", "-", "3"],
             ["Gift box corner dented", "-", "-", "1"],
             ["Total found", "0", "9", "4"],
             ["Ac / Re (sample 80, code J)", "0 / 1", "5 / 6", "7 / 8"],
             ["Result per class", "Pass", "FAIL", "Pass"]]
    dtbl = items_table(["Defect description", "Critical (0)", "Major (AQL 2.5)", "Minor (AQL 4.0)"], drows, num_cols=(1, 2, 3))
    mrows = [["Ø body (mm)", "120 ±1.5", "120.3 / 119.8 / 120.6 / 120.1 / 120.4", "OK"],
             ["Height with lid (mm)", "235 ±1.5", "235.6 / 234.9 / 235.9 / 235.2 / 235.4", "OK"],
             ["Weight (g)", "780 ±5%", "788 / 795 / 779 / 790 / 784", "OK"],
             ["Capacity (ml)", "1,000 ±3%", "1,008 / 1,011 / 1,004", "OK"]]
    mtbl = items_table(["Measurement", "Spec", "Found (5 pcs)", "Result"], mrows)
    body = f"""
      <h1>Pre-Shipment Inspection Report</h1>
      <div class='sub'>TriAxis Quality Services (Shenzhen) Co., Ltd. · Report TXQ-PSI-260504-031 · 04 May 2026</div>
      <table><tr><th>Client</th><td>Café Sereno S.L.</td><th>Order</th><td>CS-OC-2026-044</td></tr>
      <tr><th>Supplier</th><td>{esc(sup_en)}</td><th>Product</th><td>CS-FP1000 French press 1 L</td></tr>
      <tr><th>Lot</th><td>1,200 pcs, 100 ctns, 100% packed</td><th>Sampling</th><td>ISO 2859-1, General II, code J, 80 pcs</td></tr></table>
      <p><span class='verdict fail'>OVERALL RESULT: FAILED</span></p>
      <p class='ng'>Major defects found (9) exceed the acceptance number for AQL 2.5 (Ac 5 / Re 6).</p>
      <h2>Workmanship</h2>{dtbl}
      <h2>Measurements &amp; tests</h2>{mtbl}
      <table style='margin-top:6px'><tr><th>Test</th><th>Result</th></tr>
      <tr><td>Material check SS304 (XRF, 3 pcs)</td><td class='ok'>Conform (Cr 18.2-18.5%, Ni 8.0-8.2%)</td></tr>
      <tr><td>Plunger function, 20 strokes (10 pcs)</td><td class='ng'>2 pcs sticking</td></tr>
      <tr><td>Carton marks, barcode</td><td class='ok'>Conform</td></tr></table>
      <h2>Remarks</h2><p>Factory informed on site. Recommendation: 100% sorting of plunger rods and interior welds,
      rework, then re-inspection. Goods not to be shipped before a PASS re-inspection.</p>
      <table class='sig'><tr><td>Inspector: Chen Hao (陈浩)<br>04/05/2026</td><td>Approved: M. Ortega, TriAxis QA<br>05/05/2026</td></tr></table>"""
    html_pdf(html_doc(report_css("TXQ-PSI-260504-031"), body, "PSI report TXQ-PSI-260504-031"),
             c.p("inspection/TXQ-PSI-260504-031.pdf"), T("2026-05-05 09:10"))

    # --- chat (iOS WhatsApp, UK style) --------------------------------------
    Tc, Lc = "Tina Cai", "Lucía Navarro"
    msgs = [
        ("2026-03-02 15:30:12", Tc, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."),
        ("2026-03-02 15:30:12", Tc, "Hola Lucía! Tina from Jinhui. Quotation JH-Q-260302 in your mail"),
        ("2026-03-03 09:14:50", Lc, "Gracias Tina, USD 6.90 for 1,200 pcs of the 1 L is accepted"),
        ("2026-03-09 12:40:05", Lc, "CS-FP1000_spec.pdf • 2 pages <attached: 00000005-CS-FP1000_spec.pdf>"),
        ("2026-03-12 11:10:37", Lc, "Golden sample approved ✅"),
        ("2026-03-18 10:45:19", Tc, "JH-PI-260318.pdf • 1 page <attached: 00000008-JH-PI-260318.pdf>"),
        ("2026-03-18 17:02:44", Lc, "PI OK. Deposit 2,484.00 USD sent today"),
        ("2026-04-28 10:05:33", Tc, "Goods 100% packed, TriAxis coming 4 May"),
        ("2026-05-04 18:22:10", Lc, "Tina, TriAxis report says FAILED, 9 major defects, plunger rods and rust spots inside"),
        ("2026-05-04 18:22:11", Lc, "<attached: 00000012-PHOTO-2026-05-04-18-22-11.jpg>"),
        ("2026-05-04 19:01:47", Tc, "Sorry Lucía 🙏 we sort 100% and rework, re-inspection next Tuesday, re-inspection fee on us"),
        ("2026-05-04 19:15:03", Lc, "OK. As per PI the balance only goes after a PASS report. Please don't book the vessel yet."),
        ("2026-05-04 19:16:40", Tc, "understood"),
    ]
    write_text(c.p("chat/_chat.txt"), whatsapp_ios(msgs, ios_uk))

    c.order_toml("CS-OC-2026-044",
                 ["Café Sereno S.L.", "Cafe Sereno", "Café Sereno", "Lucía Navarro", "Lucia Navarro", "Lucía"],
                 [sup_en, sup_cn, "Jinhui Stainless", "Jinhui", "Tina Cai", "Tina"],
                 tolerances={"dimensions": "±1.5 mm", "weight": "±5%", "capacity": "±3%"},
                 release={"inspection": "passed"}, required_on_pi=["inspection"])
    c.expected("HOLD", [], "All documents agree; the pre-shipment inspection FAILED, so the [release] condition is unmet.")
    c.note("""
# 11-french-press-inspection-failed
Planted: no field discrepancy. The only inspection report (TXQ-PSI-260504-031) is FAILED: 9 major defects against Ac 5 / Re 6
(AQL 2.5, code J, 80 pcs). order.toml [release] inspection = "passed" is unmet -> HOLD via the checklist; per contract
section 3 that is not a finding, so expected [].
Noise: the report's measurements (Ø 120.3, H 235.6, 788 g, 1,008 ml) are within tolerance and are no new contract values;
the PI carries the required inspection clause ("AQL 0/2.5/4.0" = critical 0 / major 2.5 / minor 4.0); 1000ml vs 34oz;
Φ vs Ø; the quote's 800 ml option (6.20) is not ordered; the chat re-inspection plan is not a change.
""")


# ===========================================================================

ALL_CASES = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11]


def main() -> None:
    if shutil.which("soffice") is None:
        raise SystemExit("LibreOffice (soffice) is required: apt-get install -y --no-install-recommends "
                         "libreoffice-writer libreoffice-calc")
    for folder in (CASES, NOTES):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    for make in ALL_CASES:
        make()
        print("wrote", make.__name__)


if __name__ == "__main__":
    main()
