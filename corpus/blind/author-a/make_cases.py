#!/usr/bin/env python3
"""Blind test cases for the order audit, written by author A.

Writes eleven order folders (cases/NN-name/) with their answer keys and the
notes (notes/NN-name.md).  Everything is deterministic: fixed dates, no
randomness, ReportLab in invariant mode, DOCX/XLSX zips rewritten with fixed
timestamps, e-mails with fixed Message-IDs and MIME boundaries.

Renderers: ReportLab (PDF; Helvetica, Times, Courier, DejaVu Sans/Serif/Mono,
WenQuanYi Micro Hei for Chinese, STSong-Light CID font as a fallback),
python-docx (DOCX), openpyxl (XLSX), plain text (WhatsApp Android exports),
Python's email package (.eml).

Run:  python3 make_cases.py      (rewrites cases/ and notes/ from scratch)
"""
import datetime as dt
import json
import os
import re
import shutil
import textwrap
import zipfile
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy as email_policy

from reportlab import rl_config
rl_config.invariant = 1  # fixed creation date and document ID in every PDF

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NOTES = os.path.join(HERE, "notes")

# --------------------------------------------------------------------------
# fonts
# --------------------------------------------------------------------------
DJ = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("DejaVuSans", "DejaVuSans.ttf"),
                 ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                 ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
                 ("DejaVuSansCond", "DejaVuSansCondensed.ttf"),
                 ("DejaVuSansCond-Bold", "DejaVuSansCondensed-Bold.ttf"),
                 ("DejaVuSerif", "DejaVuSerif.ttf"),
                 ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                 ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
                 ("DejaVuMono", "DejaVuSansMono.ttf"),
                 ("DejaVuMono-Bold", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, DJ + fn))
pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                              italic="DejaVuSans-Oblique", boldItalic="DejaVuSans-Bold")
pdfmetrics.registerFontFamily("DejaVuSansCond", normal="DejaVuSansCond", bold="DejaVuSansCond-Bold",
                              italic="DejaVuSansCond", boldItalic="DejaVuSansCond-Bold")
pdfmetrics.registerFontFamily("DejaVuSerif", normal="DejaVuSerif", bold="DejaVuSerif-Bold",
                              italic="DejaVuSerif-Italic", boldItalic="DejaVuSerif-Bold")
pdfmetrics.registerFontFamily("DejaVuMono", normal="DejaVuMono", bold="DejaVuMono-Bold",
                              italic="DejaVuMono", boldItalic="DejaVuMono-Bold")

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
if os.path.exists(WQY):
    pdfmetrics.registerFont(TTFont("CJK", WQY, subfontIndex=0))
    CJK = "CJK"
    CJK_NAME = "WenQuanYi Micro Hei (TTC)"
else:  # fallback: built-in CID font, no file needed
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    CJK = "STSong-Light"
    CJK_NAME = "STSong-Light (ReportLab CID)"

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold",
        "DejaVuMono": "DejaVuMono-Bold", "DejaVuSansCond": "DejaVuSansCond-Bold"}


def cn(text):
    """Inline markup for Chinese text inside a Paragraph."""
    return '<font name="%s">%s</font>' % (CJK, text)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------
# numbers
# --------------------------------------------------------------------------
_ONES = ["", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN",
         "ELEVEN", "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN",
         "EIGHTEEN", "NINETEEN"]
_TENS = ["", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"]


def _words_999(n):
    out = []
    if n >= 100:
        out += [_ONES[n // 100], "HUNDRED"]
        n %= 100
    if n >= 20:
        out.append(_TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else ""))
    elif n:
        out.append(_ONES[n])
    return " ".join(out)


def words(n):
    if n == 0:
        return "ZERO"
    parts = []
    for div, name in [(1000000, "MILLION"), (1000, "THOUSAND"), (1, "")]:
        if n >= div:
            parts.append((_words_999(n // div) + " " + name).strip())
            n %= div
    return " ".join(parts)


def say_usd(amount, prefix="SAY US DOLLARS ", suffix=" ONLY."):
    amount = Decimal(amount)
    dollars = int(amount)
    cents = int((amount - dollars) * 100)
    s = prefix + words(dollars)
    if cents:
        s += " AND CENTS " + words(cents)
    return s + suffix


def money(x):
    return "{:,.2f}".format(Decimal(x))


def D(x):
    return Decimal(str(x))


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------
def numbered_canvas(fmt, font="Helvetica", size=7.5, x=None, y=10 * mm, align="right"):
    """Canvas class that writes 'Page n of N' (fmt % (n, N)) on every page."""

    class _C(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.setFont(font, size)
                w, h = self._pagesize
                txt = fmt % (self._pageNumber, total)
                if align == "right":
                    self.drawRightString(x if x is not None else w - 18 * mm, y, txt)
                elif align == "center":
                    self.drawCentredString(w / 2, y, txt)
                else:
                    self.drawString(x if x is not None else 18 * mm, y, txt)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    return _C


def build_pdf(path, story, on_page=None, pagesize=A4, margins=(18, 18, 44, 22),
              title="", author="", subject="", page_fmt=None, page_font="Helvetica",
              page_align="right"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    l, r, t, b = margins
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=l * mm, rightMargin=r * mm,
                            topMargin=t * mm, bottomMargin=b * mm, title=title,
                            author=author, subject=subject,
                            creator="ReportLab PDF Library - www.reportlab.com")

    def cb(c, d):
        if on_page:
            c.saveState()
            on_page(c, d)
            c.restoreState()

    kw = {}
    if page_fmt:
        kw["canvasmaker"] = numbered_canvas(page_fmt, font=page_font, align=page_align)
    doc.build(story, onFirstPage=cb, onLaterPages=cb, **kw)


def letterhead(en, cn_name, lines, font="Helvetica", size=15, align="center",
               rule=True, footer=None, footer_font=None, cn_first=False, color=colors.black):
    """Page callback: supplier letterhead on every page, optional footer line."""
    bold = BOLD.get(font, font)

    def draw(c, doc):
        W, H = doc.pagesize
        y = H - 15 * mm
        x = W / 2 if align == "center" else doc.leftMargin
        put = c.drawCentredString if align == "center" else c.drawString
        c.setFillColor(color)
        first, second = ((CJK, cn_name), (bold, en)) if cn_first else ((bold, en), (CJK, cn_name))
        c.setFont(first[0], size)
        put(x, y, first[1])
        y -= 6.5 * mm
        c.setFont(second[0], size - 4)
        put(x, y, second[1])
        c.setFillColor(colors.black)
        c.setFont(font, 7.8)
        for ln in lines:
            y -= 4.2 * mm
            put(x, y, ln)
        if rule:
            c.setLineWidth(1.2)
            c.line(doc.leftMargin, y - 3 * mm, W - doc.rightMargin, y - 3 * mm)
            c.setLineWidth(0.4)
            c.line(doc.leftMargin, y - 4 * mm, W - doc.rightMargin, y - 4 * mm)
        if footer:
            c.setFont(footer_font or font, 7)
            c.drawString(doc.leftMargin, 10 * mm, footer)
    return draw


def styles(font="Helvetica", size=9, leading=None):
    bold = BOLD.get(font, font)
    leading = leading or size * 1.28
    return {
        "n": ParagraphStyle("n", fontName=font, fontSize=size, leading=leading),
        "s": ParagraphStyle("s", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "b": ParagraphStyle("b", fontName=bold, fontSize=size, leading=leading),
        "r": ParagraphStyle("r", fontName=font, fontSize=size, leading=leading, alignment=TA_RIGHT),
        "c": ParagraphStyle("c", fontName=font, fontSize=size, leading=leading, alignment=TA_CENTER),
        "title": ParagraphStyle("t", fontName=bold, fontSize=size + 6, leading=(size + 6) * 1.3,
                                alignment=TA_CENTER, spaceAfter=4),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3,
                            spaceBefore=6, spaceAfter=2),
    }


def P(text, st):
    return Paragraph(text, st)


def grid(data, widths, font="Helvetica", size=8.5, header=True, ruled=True, repeat=1,
         align_right_cols=(), valign="TOP", bg=colors.Color(0.88, 0.88, 0.88), pad=3):
    """A table; cells may be strings or flowables.  ruled=False gives only a
    rule under the header and above the last row."""
    bold = BOLD.get(font, font)
    t = Table(data, colWidths=widths, repeatRows=repeat if header else 0)
    cmds = [("FONT", (0, 0), (-1, -1), font, size),
            ("VALIGN", (0, 0), (-1, -1), valign),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if header:
        cmds += [("FONT", (0, 0), (-1, 0), bold, size)]
        if ruled:
            cmds += [("BACKGROUND", (0, 0), (-1, 0), bg)]
    if ruled:
        cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
    elif header:
        cmds += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                 ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black)]
    for ci in align_right_cols:
        cmds.append(("ALIGN", (ci, 0), (ci, -1), "RIGHT"))
    t.setStyle(TableStyle(cmds))
    return t


def kv(rows, widths, font="Helvetica", size=8.5, ruled=False, bold_keys=True, pad=2):
    """Two-column label | value block."""
    bold = BOLD.get(font, font)
    ps_n = ParagraphStyle("kvn", fontName=font, fontSize=size, leading=size * 1.22)
    ps_b = ParagraphStyle("kvb", fontName=bold if bold_keys else font, fontSize=size, leading=size * 1.22)
    rows = [[P(esc(v), ps_b if (j % 2 == 0) else ps_n) if isinstance(v, str) else v
             for j, v in enumerate(row)] for row in rows]
    t = Table(rows, colWidths=widths)
    cmds = [("FONT", (0, 0), (-1, -1), font, size), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (-1, -1), 3)]
    if bold_keys:
        cmds.append(("FONT", (0, 0), (0, -1), bold, size))
    if ruled:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    t.setStyle(TableStyle(cmds))
    return t


def above(cells, widths, font="Helvetica", size=8.5, boxed=True):
    """Labels above values: one row of small grey labels, one row of values."""
    bold = BOLD.get(font, font)
    ps = ParagraphStyle("ab", fontName=bold, fontSize=size, leading=size * 1.2)
    labels = [c[0] for c in cells]
    values = [P(esc(c[1]), ps) if isinstance(c[1], str) else c[1] for c in cells]
    t = Table([labels, values], colWidths=widths)
    cmds = [("FONT", (0, 0), (-1, 0), font, size - 2), ("TEXTCOLOR", (0, 0), (-1, 0), colors.grey),
            ("FONT", (0, 1), (-1, 1), bold, size), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 1), (-1, 1), 4)]
    if boxed:
        cmds.append(("BOX", (0, 0), (-1, -1), 0.5, colors.black))
        cmds.append(("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.black))
    t.setStyle(TableStyle(cmds))
    return t


def signature_block(left, right, font="Helvetica", size=8.5, width=174):
    st = styles(font, size)
    t = Table([[P(left, st["n"]), P(right, st["n"])]], colWidths=[width / 2 * mm, width / 2 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 10)]))
    return t


# --------------------------------------------------------------------------
# Office files: fixed timestamps
# --------------------------------------------------------------------------
def normalize_zip(path, when):
    """Rewrite a DOCX/XLSX with fixed zip entry times and fixed core.xml dates."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                              lambda m: m.group(1) + stamp + m.group(3), data)
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def new_docx(font="Calibri", size=10):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return d


def docx_table(d, rows, style="Table Grid", widths=None, bold_first=True, header=False, size=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = d.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            lines = str(val).split("\n")
            p = cell.paragraphs[0]
            for k, ln in enumerate(lines):
                if k:
                    p = cell.add_paragraph()
                run = p.add_run(ln)
                if (bold_first and j == 0) or (header and i == 0):
                    run.bold = True
                if size:
                    run.font.size = Pt(size)
            if widths:
                cell.width = Cm(widths[j])
    return t


def docx_header_footer(d, header_text=None, footer_text=None):
    for s in d.sections:
        if header_text:
            s.header.paragraphs[0].text = header_text
        if footer_text:
            s.footer.paragraphs[0].text = footer_text


def save_docx(d, path, author, when, title=""):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.revision = 1
    d.save(path)
    normalize_zip(path, when)


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def save_xlsx(wb, path, author, when):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    wb.save(path)
    normalize_zip(path, when)


def xl_box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


# --------------------------------------------------------------------------
# chats and mail
# --------------------------------------------------------------------------
def wa_stamp(t, locale):
    h12 = t.hour % 12 or 12
    if locale == "en_US":      # 1/14/26, 3:22 PM   (narrow no-break space before AM/PM)
        return "%d/%d/%s, %d:%02d\u202f%s" % (t.month, t.day, t.strftime("%y"), h12, t.minute,
                                               "AM" if t.hour < 12 else "PM")
    if locale == "en_US_plain":
        return "%d/%d/%s, %d:%02d %s" % (t.month, t.day, t.strftime("%y"), h12, t.minute,
                                          "AM" if t.hour < 12 else "PM")
    if locale == "en_GB":      # 14/01/2026, 15:22
        return t.strftime("%d/%m/%Y, %H:%M")
    if locale == "en_AU":      # 14/1/26, 3:22 pm
        return "%d/%d/%s, %d:%02d %s" % (t.day, t.month, t.strftime("%y"), h12, t.minute,
                                          "am" if t.hour < 12 else "pm")
    if locale == "de_DE":      # 14.01.26, 15:22
        return t.strftime("%d.%m.%y, %H:%M")
    if locale == "es_ES":      # 14/1/26 15:22
        return "%d/%d/%s %d:%02d" % (t.day, t.month, t.strftime("%y"), t.hour, t.minute)
    raise ValueError(locale)


def write_whatsapp(path, locale, messages):
    """messages: (datetime 'YYYY-MM-DD HH:MM', sender or None for system line, text)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    out = []
    for when, sender, text in messages:
        t = dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
        stamp = wa_stamp(t, locale)
        if sender is None:
            out.append("%s - %s" % (stamp, text))
        else:
            out.append("%s - %s: %s" % (stamp, sender, text))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def write_eml(path, frm, to, subject, when, body, msgid, in_reply_to=None, references=None,
              cc=None, attachments=(), boundary=None, mailer=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    m = EmailMessage(policy=email_policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    if mailer:
        m["X-Mailer"] = mailer
    m.set_content(body, charset="utf-8")
    for fname, data in attachments:
        m.add_attachment(data, maintype="application", subtype="pdf", filename=fname)
    if attachments:
        m.set_boundary(boundary or "----=_NextPart_000_0001_01DC0000.00000000")
    with open(path, "wb") as f:
        f.write(m.as_bytes())


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


# --------------------------------------------------------------------------
# case scaffolding
# --------------------------------------------------------------------------
def case_dir(name):
    p = os.path.join(CASES, name)
    os.makedirs(p, exist_ok=True)
    return p


def write_toml(case, text):
    with open(os.path.join(CASES, case, "order.toml"), "w", encoding="utf-8") as f:
        f.write(text.strip() + "\n")


def write_expected(case, verdict, expected, description, unreadable=None):
    data = {"verdict": verdict, "expected": expected, "description": description}
    if unreadable:
        data["unreadable"] = unreadable
    with open(os.path.join(CASES, case, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")


def write_note(case, text):
    """Notes are kept to at most six lines: 'Planted' part, then 'Noise' part."""
    os.makedirs(NOTES, exist_ok=True)
    flat = " ".join(text.split())
    k = flat.find("Noise")
    parts = [flat[:k].strip(), flat[k:].strip()] if k > 0 else [flat]
    lines = []
    for part in parts:
        lines += textwrap.wrap(part, width=175, break_long_words=False, break_on_hyphens=False)
    assert len(lines) <= 6, (case, len(lines))
    with open(os.path.join(NOTES, case + ".md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def E(field, status, sev, item=None):
    e = {"field": field, "status": status}
    if item:
        e["item"] = item
    e["min_severity"] = sev
    return e


def quote_sheet(ws, head, meta, columns, rows, terms, bank=None, widths=None, font="Arial",
                title="QUOTATION", photo_col=None, start_row=1):
    """A supplier quotation laid out the way Excel quotes usually are:
    company block in merged cells, meta lines, a bordered item table, terms."""
    ncol = len(columns)
    last = openpyxl.utils.get_column_letter(ncol)
    r = start_row
    for i, (txt, sz, bold) in enumerate(head):
        ws.merge_cells("A%d:%s%d" % (r, last, r))
        c = ws.cell(r, 1, txt)
        c.font = Font(name=font, size=sz, bold=bold)
        c.alignment = Alignment(horizontal="center")
        r += 1
    r += 1
    ws.merge_cells("A%d:%s%d" % (r, last, r))
    c = ws.cell(r, 1, title)
    c.font = Font(name=font, size=14, bold=True, underline="single")
    c.alignment = Alignment(horizontal="center")
    r += 2
    for k, v in meta:
        ws.cell(r, 1, k).font = Font(name=font, bold=True, size=10)
        ws.merge_cells("B%d:%s%d" % (r, last, r))
        ws.cell(r, 2, v).font = Font(name=font, size=10)
        r += 1
    r += 1
    top = r
    for j, col in enumerate(columns, 1):
        c = ws.cell(r, j, col)
        c.font = Font(name=font, bold=True, size=10)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    for row in rows:
        for j, val in enumerate(row, 1):
            c = ws.cell(r, j, val)
            c.font = Font(name=font, size=10)
            c.alignment = Alignment(vertical="top", wrap_text=True)
            if isinstance(val, float):
                c.number_format = "#,##0.00"
            if isinstance(val, (float, int)) and j > 1:
                c.alignment = Alignment(vertical="top", horizontal="right")
                if isinstance(val, int) and val >= 1000:
                    c.number_format = "#,##0"
        ws.row_dimensions[r].height = 15 * max(1, max(str(v).count("\n") + 1 for v in row))
        r += 1
    xl_box(ws, "A%d:%s%d" % (top, last, r - 1))
    r += 1
    for line in terms:
        if isinstance(line, tuple):
            ws.cell(r, 1, line[0]).font = Font(name=font, bold=True, size=10)
            ws.merge_cells("B%d:%s%d" % (r, last, r))
            ws.cell(r, 2, line[1]).font = Font(name=font, size=10)
        else:
            ws.merge_cells("A%d:%s%d" % (r, last, r))
            ws.cell(r, 1, line).font = Font(name=font, size=10, bold=line.isupper())
        r += 1
    if bank:
        r += 1
        ws.cell(r, 1, "Bank information").font = Font(name=font, bold=True, size=10, underline="single")
        r += 1
        for k, v in bank:
            ws.cell(r, 1, k).font = Font(name=font, size=10)
            ws.merge_cells("B%d:%s%d" % (r, last, r))
            ws.cell(r, 2, v).font = Font(name=font, size=10)
            r += 1
    if widths:
        for j, w in enumerate(widths, 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    return r


# ==========================================================================
# 01  enamelled cast-iron skillet: CLEAN (inches/lbs, quote v1 -> v2, Pantone x3)
# ==========================================================================
def case01():
    name = "01-enamel-skillet-clean"
    root = case_dir(name)
    SUP_EN = "HEBEI BAIXIANG HONGYUAN CAST IRON COOKWARE CO., LTD."
    SUP_CN = "河北柏乡宏远铸铁炊具有限公司"
    SUP_ADDR = "No. 16 Gongye Road, Baixiang County Industrial Park, Xingtai, Hebei 055450, China"
    write_toml(name, '''
order_id = "CPK-PO-26-031"
buyer = ["Copperline Kitchen Co.", "Copperline Kitchen", "Copperline", "Megan Alvarez", "Megan"]
supplier = ["Hebei Baixiang Hongyuan Cast Iron Cookware Co., Ltd.", "河北柏乡宏远铸铁炊具有限公司", "Hongyuan Cookware", "Hongyuan", "Jessie Wang", "Jessie"]

[release]
inspection = "passed"

[tolerances]
dimensions = "±2 mm"
weight = "±5%"
''')

    # ---- spec (DOCX, ruled table) ----
    d = new_docx("Calibri", 10)
    docx_header_footer(d, "Copperline Kitchen Co. | Product Specification | CONFIDENTIAL",
                       "CPK-SPEC-SK26 Rev. A  -  printed copies are uncontrolled")
    h = d.add_paragraph()
    r = h.add_run("PRODUCT SPECIFICATION")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("CPK-SK26  |  26 cm Enamelled Cast-Iron Skillet with Helper Handle")
    docx_table(d, [
        ["Spec No. / Revision", "CPK-SPEC-SK26 / Rev. A"],
        ["Buyer", "Copperline Kitchen Co., 1180 SE Water Ave, Suite 210, Portland, OR 97214, USA"],
        ["Supplier", "Hebei Baixiang Hongyuan Cast Iron Cookware Co., Ltd. (河北柏乡宏远铸铁炊具有限公司)"],
        ["PO No.", "CPK-PO-26-031"],
    ], widths=[4.5, 12.5])
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("1. Product").bold = True
    docx_table(d, [
        ["Attribute", "Requirement", "Tolerance / note"],
        ["Body material", "Grey cast iron HT200, wall thickness 4.0 mm", "wall ±0.3 mm"],
        ["Exterior", "2-coat porcelain enamel, gloss, Pantone 1805 C fading to black at the base", "ΔE ≤ 1.5 vs golden sample"],
        ["Interior", "Satin black enamel (matt), no PTFE / PFAS coating", ""],
        ["Dimensions", "Top Ø 260 mm (inner rim); height 52 mm; overall length incl. handle 445 mm", "±2 mm"],
        ["Weight", "2.60 kg", "±5%"],
        ["Logo", "COPPERLINE logo cast (embossed) on base underside, Ø 60 mm", ""],
        ["Certification", "FDA food-contact compliance (21 CFR) and California Prop 65 lead/cadmium leach test by third-party lab", "report ≤ 12 months"],
        ["Warranty", "2 years against enamel chipping and cracking in normal household use", ""],
    ], widths=[3.5, 9.5, 4.0], header=True)
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("2. Packaging").bold = True
    docx_table(d, [
        ["Inner packing", "Printed colour gift box (buyer artwork, 4C + matte lamination), UPC label on box bottom, felt pan protector inside"],
        ["Master carton", "4 pcs/ctn, 5-ply export carton 48 x 30 x 33 cm"],
        ["Carton marks", "COPPERLINE / PO No. / Item CPK-SK26 / Qty / G.W. / N.W. / C/No. / MADE IN CHINA, on two long sides"],
    ], widths=[4.0, 13.0])
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("3. Quality").bold = True
    docx_table(d, [
        ["Golden sample", "Round-2 pre-production sample, record GS-CPK-SK26-02"],
        ["Inspection", "Pre-shipment inspection by buyer's QC company, ANSI/ASQ Z1.4 General Level II, AQL 2.5 major / 4.0 minor / 0 critical. Balance payment released after PASS."],
    ], widths=[4.0, 13.0])
    d.add_paragraph()
    d.add_paragraph("Commercial terms (price, quantity, FOB port, payment, lead time): as per the supplier's "
                    "quotation accepted in writing by Copperline.")
    d.add_paragraph()
    d.add_paragraph("Approved: Megan Alvarez, Sourcing Manager, Copperline Kitchen Co.      Date: 12 Jan 2026")
    d.add_paragraph("Signature: ______M. Alvarez______")
    save_docx(d, os.path.join(root, "spec", "CPK-SK26_Spec_RevA.docx"), "Megan Alvarez",
              dt.datetime(2026, 1, 12, 17, 5), "CPK-SK26 Product Specification")

    # ---- quotes v1 and v2 (XLSX) ----
    bank_q = [("Beneficiary:", "Hebei Baixiang Hongyuan Cast Iron Cookware Co., Ltd."),
              ("Bank:", "Industrial and Commercial Bank of China, Xingtai Branch"),
              ("Account No.:", "0408021109300048817"),
              ("SWIFT:", "ICBKCNBJHEB")]
    for ver, date, price, lead, fname, when in [
        ("", "Jan. 08, 2026", 11.80, "40 days after deposit", "HY-Q260108.xlsx", dt.datetime(2026, 1, 8, 9, 0)),
        (" Rev.2", "Jan. 14, 2026", 11.35, "5 weeks after deposit", "HY-Q260108 Rev.2.xlsx", dt.datetime(2026, 1, 14, 10, 20)),
    ]:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Quotation"
        quote_sheet(ws, [(SUP_EN, 14, True), (SUP_CN, 12, False), (SUP_ADDR, 9, False),
                         ("Tel: +86 319 785 6620   Email: jessie@hy-castiron.com", 9, False)],
                    [("To:", "Copperline Kitchen Co. - Ms. Megan Alvarez"),
                     ("Quotation No.:", "HY-Q260108" + ver),
                     ("Date:", date),
                     ("Valid:", "30 days")],
                    ["No.", "Item No.", "Photo", "Description", "MOQ", "Unit Price\nFOB Tianjin (USD)", "Remark"],
                    [[1, "CPK-SK26", "[photo]",
                      "26cm enamel cast iron skillet w/ helper handle\nHT200 cast iron, exterior enamel PMS1805C gradient to black\n"
                      "interior satin black enamel\nSize: Ø26 x H5.2cm, L44.5cm\nWeight: 2.6kg\nLogo: cast on base",
                      "1,000 pcs" if not ver else "1,200 pcs", price, "colour box + felt protector"]],
                    ["Payment: T/T 30% deposit, 70% balance against copy of B/L",
                     "Lead time: " + lead,
                     "Packing: 4pcs/ctn, 5 ply carton 48*30*33cm",
                     "Test report: FDA + Prop 65 by third party lab (included)"],
                    bank=bank_q, widths=[5, 11, 9, 48, 10, 16, 20])
        save_xlsx(wb, os.path.join(root, "quotes", fname), "Jessie Wang", when)

    # ---- golden sample record (PDF, Times, labels above values) ----
    st = styles("Times-Roman", 10)
    story = [P("GOLDEN SAMPLE APPROVAL RECORD", st["title"]),
             above([("Record No.", "GS-CPK-SK26-02"), ("Item", "CPK-SK26"), ("Sample round", "2 (pre-production)"),
                    ("Received", "19 Jan 2026"), ("Qty sampled", "3 pcs")],
                   [34 * mm, 28 * mm, 38 * mm, 36 * mm, 38 * mm], font="Times-Roman", size=10),
             Spacer(1, 5 * mm),
             P("Measurements (buyer lab, Portland)", st["h"]),
             grid([["Check", "Spec", "S1", "S2", "S3", "Result"],
                   ["Top Ø (inner rim)", "260 mm ±2", "259.4", "260.3", "259.8", "OK"],
                   ["Height", "52 mm ±2", "52.6", "51.8", "52.3", "OK"],
                   ["Length incl. handle", "445 mm ±2", "444.1", "445.6", "444.8", "OK"],
                   ["Weight", "2.60 kg ±5%", "2.63 kg", "2.57 kg", "2.61 kg", "OK"],
                   ["Exterior colour", "Pantone 1805 C", "ΔE 0.8", "ΔE 1.1", "ΔE 0.9", "OK"],
                   ["Interior", "satin black", "satin", "satin", "satin", "OK"],
                   ["Base logo", "cast, Ø 60", "clear", "clear", "clear", "OK"],
                   ["Enamel adhesion (drop 30 cm)", "no chip", "pass", "pass", "pass", "OK"]],
                  [48 * mm, 30 * mm, 22 * mm, 22 * mm, 22 * mm, 20 * mm], font="Times-Roman", size=9.5),
             Spacer(1, 5 * mm),
             P("Conclusion: APPROVED as golden sample. S1 kept by Copperline, S2 sealed and returned to the "
               "factory, S3 sent to the inspection company. Production and pre-shipment inspection are to be "
               "judged against this sample and spec CPK-SPEC-SK26 Rev. A.", st["n"]),
             Spacer(1, 10 * mm),
             signature_block("Approved for buyer:<br/>Megan Alvarez, Sourcing Manager<br/>Copperline Kitchen Co.<br/>20 Jan 2026",
                             "Acknowledged for supplier:<br/>Jessie Wang, Sales<br/>Hebei Baixiang Hongyuan Cast Iron Cookware Co., Ltd.<br/>21 Jan 2026",
                             font="Times-Roman")]

    def hdr(c, doc):
        c.setFont("Times-Bold", 11)
        c.drawString(18 * mm, A4[1] - 16 * mm, "COPPERLINE KITCHEN CO.  -  Quality Assurance")
        c.setFont("Times-Roman", 8)
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 16 * mm, "Form QA-07  rev. 3")
        c.line(18 * mm, A4[1] - 19 * mm, A4[0] - 18 * mm, A4[1] - 19 * mm)
        c.drawString(18 * mm, 10 * mm, "1180 SE Water Ave, Portland, OR 97214  |  qa@copperlinekitchen.com")
    build_pdf(os.path.join(root, "sample", "GS-CPK-SK26-02_golden_sample.pdf"), story, hdr,
              margins=(18, 18, 26, 20), title="Golden sample record GS-CPK-SK26-02",
              author="Copperline Kitchen QA", page_fmt="Page %d of %d", page_font="Times-Roman")

    # ---- PI (PDF, Helvetica, ruled item table, inches/lbs) ----
    st = styles("Helvetica", 8.8)
    qty, price = 1200, D("11.35")
    total = qty * price
    assert total == D("13620.00")
    desc = ("<b>Enamel cast iron skillet 26cm with helper handle</b><br/>"
            "Cast iron HT200, exterior enamel Red 1805C gradient / black base<br/>"
            "Interior: satin black enamel<br/>"
            "Size: Ø10.24\" x H2.05\", L17.52\" incl. handle<br/>"
            "N.W.: 5.73 lbs<br/>Logo: COPPERLINE cast on base")
    story = [P("PROFORMA INVOICE", st["title"]),
             Table([[P("<b>Buyer:</b> COPPERLINE KITCHEN CO.<br/>1180 SE Water Ave, Suite 210<br/>Portland, OR 97214, USA<br/>"
                       "Attn: Ms. Megan Alvarez", st["n"]),
                     kv([["PI No.:", "HY-PI260122"], ["Date:", "Jan. 22, 2026"], ["Ref.:", "Quotation HY-Q260108 Rev.2"],
                         ["Your PO:", "CPK-PO-26-031"]], [22 * mm, 50 * mm], size=8.8)]],
                   colWidths=[100 * mm, 74 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]),
             Spacer(1, 4 * mm),
             grid([["No.", "Item No.", "Description", "Qty", "Unit Price\n(USD)", "Amount\n(USD)"],
                   ["1", "CPK-SK26", P(desc, st["n"]), "1,200 pcs", "11.35", "13,620.00"],
                   ["", "", P("<b>TOTAL  FOB TIANJIN</b>", st["n"]), "1,200 pcs", "", "13,620.00"]],
                  [10 * mm, 22 * mm, 82 * mm, 20 * mm, 18 * mm, 22 * mm], size=8.8, align_right_cols=(3, 4, 5)),
             Spacer(1, 2 * mm),
             P("<b>" + say_usd(total) + "</b>", st["n"]),
             Spacer(1, 3 * mm),
             P("<b>TERMS &amp; CONDITIONS</b>", st["n"]),
             P("1. Price term: FOB TIANJIN (XINGANG), CHINA<br/>"
               "2. Payment: 70% balance against B/L copy; 30% deposit by T/T with order<br/>"
               "3. Delivery: 35 days after receipt of deposit<br/>"
               "4. Packing: colour box + felt protector, 4 pcs/ctn, 5 ply export carton 48*30*33cm, total 300 ctns<br/>"
               "5. Inspection: AQL 2.5/4.0 (Level II) pre-shipment inspection by buyer's appointed QC, 0 critical<br/>"
               "6. Certificate: FDA &amp; Prop 65 test reports supplied with shipping documents<br/>"
               "7. Warranty: 24 months against enamel chipping / cracking", st["n"]),
             Spacer(1, 3 * mm),
             P("<b>BANK INFORMATION</b>", st["n"]),
             P("BENEFICIARY: HEBEI BAIXIANG HONGYUAN CAST IRON COOKWARE CO.,LTD.<br/>"
               "BANK NAME: INDUSTRIAL AND COMMERCIAL BANK OF CHINA, XINGTAI BRANCH<br/>"
               "BANK ADD.: NO. 118 SHUNDE ROAD, XINGTAI, HEBEI, CHINA<br/>"
               "A/C NO.: 0408 0211 0930 0048 817<br/>"
               "SWIFT: ICBKCNBJHEB", st["n"]),
             signature_block("For and on behalf of<br/><b>" + SUP_EN + "</b><br/><br/>[company chop " + cn("公章") +
                             "]<br/>Jessie Wang", "Buyer's confirmation:<br/><br/><br/>______________________<br/>Copperline Kitchen Co.")]
    build_pdf(os.path.join(root, "pi", "HY-PI260122.pdf"), story,
              letterhead(SUP_EN, SUP_CN, [SUP_ADDR, "Tel: +86 319 785 6620   Fax: +86 319 785 6621   E-mail: sales@hy-castiron.com"],
                         footer="Hongyuan Cookware  |  www.hy-castiron.com  |  PI HY-PI260122"),
              title="Proforma Invoice HY-PI260122", author="Jessie Wang", page_fmt="Page %d of %d")

    # ---- inspection report (PDF, DejaVu Sans) ----
    st = styles("DejaVuSans", 8.6)
    story = [P("PRE-SHIPMENT INSPECTION REPORT", st["title"]),
             kv([["Report No.", "BQS-TJ-260302-044", "Inspection date", "2026-03-02"],
                 ["Client", "Copperline Kitchen Co.", "PO", "CPK-PO-26-031"],
                 ["Supplier", "Hebei Baixiang Hongyuan Cast Iron Cookware Co., Ltd.", "Product", "CPK-SK26 26 cm enamel skillet"],
                 ["Lot", "1,200 pcs / 300 ctns (100% finished, 100% packed)", "Standard", "ANSI/ASQ Z1.4, General II"]],
                [24 * mm, 68 * mm, 28 * mm, 54 * mm], font="DejaVuSans", size=8.2, ruled=True),
             Spacer(1, 4 * mm),
             P("Overall result: <b>PASSED</b>", st["h"]),
             grid([["Defect class", "AQL", "Sample size", "Found", "Ac / Re", "Result"],
                   ["Critical", "0", "80", "0", "0 / 1", "Pass"],
                   ["Major", "2.5", "80", "2", "5 / 6", "Pass"],
                   ["Minor", "4.0", "80", "4", "7 / 8", "Pass"]],
                  [34 * mm, 20 * mm, 26 * mm, 20 * mm, 26 * mm, 24 * mm], font="DejaVuSans", size=8.2),
             Spacer(1, 4 * mm),
             P("Measurements (n = 10, mean)", st["h"]),
             grid([["Check", "Requirement", "Found", "Conclusion"],
                   ["Top Ø", "260 ±2 mm", "259.7 mm", "Conform"],
                   ["Height", "52 ±2 mm", "52.2 mm", "Conform"],
                   ["Length incl. handle", "445 ±2 mm", "444.9 mm", "Conform"],
                   ["Weight", "2.60 kg ±5%", "2.62 kg", "Conform"],
                   ["Colour vs golden sample", "Pantone 1805 C", "matches GS-CPK-SK26-02", "Conform"],
                   ["Packing", "4 pcs/ctn, 5-ply 48x30x33 cm", "4 pcs/ctn, 48x30x33 cm", "Conform"]],
                  [42 * mm, 46 * mm, 50 * mm, 32 * mm], font="DejaVuSans", size=8.2, ruled=False),
             Spacer(1, 4 * mm),
             P("Defects found: Major - 2 pcs enamel speck &gt; 1 mm on exterior; Minor - 3 pcs slight glaze run at rim, "
               "1 pc carton label skewed. All within the acceptance numbers.", st["n"]),
             Spacer(1, 8 * mm),
             P("Inspector: Zhao Lei      Reviewed by: Grace Tan (Operations, Tianjin office)", st["n"])]

    def hdr(c, doc):
        c.setFont("DejaVuSans-Bold", 12)
        c.drawString(18 * mm, A4[1] - 16 * mm, "Bridgeline Quality Services Ltd.")
        c.setFont("DejaVuSans", 7.5)
        c.drawString(18 * mm, A4[1] - 20.5 * mm, "Tianjin office · Room 1706, Tower B, Binhai Finance Center · inspections@bridgelineqs.com")
        c.line(18 * mm, A4[1] - 23 * mm, A4[0] - 18 * mm, A4[1] - 23 * mm)
        c.drawString(18 * mm, 10 * mm, "This report reflects the findings at the time and place of inspection only.")
    build_pdf(os.path.join(root, "inspection", "BQS-TJ-260302-044_PSI.pdf"), story, hdr,
              margins=(18, 18, 30, 20), title="PSI report BQS-TJ-260302-044", author="Bridgeline QS",
              page_fmt="%d/%d", page_font="DejaVuSans")

    # ---- chat (WhatsApp Android, en_US with narrow no-break spaces) ----
    J, M = "Jessie Wang", "Megan Alvarez"
    write_whatsapp(os.path.join(root, "chat", "WhatsApp Chat with Jessie Wang Hongyuan.txt"), "en_US", [
        ("2026-01-08 09:12", None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."),
        ("2026-01-08 09:12", J, "Hi Megan, this is Jessie from Hongyuan Cookware 😊 Quotation for the 26cm skillet sent to your email"),
        ("2026-01-08 09:40", M, "Thanks Jessie. 11.80 is above our target. What can you do at 1,200 pcs? Also we need 35 days, 40 is too long."),
        ("2026-01-13 16:05", J, "We checked with boss. 1200pcs can do 11.35, lead time 5 weeks ok"),
        ("2026-01-13 16:06", J, "Will send Rev.2 tomorrow"),
        ("2026-01-14 10:31", J, "<Media omitted>"),
        ("2026-01-14 10:31", J, "Rev.2 quotation"),
        ("2026-01-14 11:02", M, "Rev.2 accepted: 1,200 pcs at USD 11.35 FOB Tianjin. Please send 3 pcs of the round-2 sample to Portland."),
        ("2026-01-14 11:05", M, "Question: is the interior glossy or satin? Could it be glossy?"),
        ("2026-01-14 11:20", J, "interior is satin black, better for cooking and seasoning. glossy inside easy to stain\nwe suggest keep satin"),
        ("2026-01-14 11:24", M, "Understood, keep satin black as in the spec."),
        ("2026-01-20 17:47", M, "Samples arrived and measured, all good. Golden sample record signed, attached."),
        ("2026-01-20 17:47", M, "<Media omitted>"),
        ("2026-01-22 09:15", J, "PI HY-PI260122 attached, pls check"),
        ("2026-01-22 09:15", J, "<Media omitted>"),
        ("2026-01-22 14:40", M, "PI looks good. 30% deposit USD 4,086.00 wired today."),
        ("2026-01-23 10:02", J, "Received, thank you! Production start next week"),
        ("2026-02-09 08:30", J, "Megan FYI our factory closes 14-22 Feb for Chinese New Year, enamel firing is already finished so shipment still on time"),
        ("2026-02-09 09:01", M, "Great, thanks for the heads up."),
        ("2026-02-24 15:18", M, "Looking ahead: what would the 24 cm skillet cost for the fall order? About 2,000 pcs."),
        ("2026-02-24 15:55", J, "24cm can do USD 9.80/pc for 2000pcs, same FOB Tianjin, lead time 40 days. I send formal quote later"),
        ("2026-02-24 16:01", M, "Ok, I'll come back to you in April on that one."),
        ("2026-03-02 18:12", M, "Inspection passed, report attached. Please book the vessel and send the B/L draft."),
        ("2026-03-02 18:12", M, "<Media omitted>"),
        ("2026-03-03 09:10", J, "Thank you Megan! Booking done, ETD 10 March"),
    ])

    write_expected(name, "RELEASE", [],
                   "Clean order: PI follows spec, golden sample and accepted quote Rev.2; all differences are notation.")
    write_note(name, '''
Planted: nothing. Verdict RELEASE (order.toml [release] inspection = "passed" is met by the PASSED PSI report).
Noise that must NOT be flagged: PI gives size in inches (Ø10.24" x H2.05", L17.52" = 260/52/445 mm) and weight in lbs
(5.73 lbs = 2.60 kg); Pantone written "Pantone 1805 C" (spec), "PMS1805C" (quote), "Red 1805C" (PI); quote Rev.2 says
"5 weeks" vs PI "35 days"; payment reordered ("70% balance against B/L copy; 30% deposit by T/T"); bank upper case and spaced
vs the quote's unspaced account; "FOB TIANJIN (XINGANG)"; warranty "24 months" vs "2 years". Quote v1 (11.80, 40 days, MOQ 1,000) is superseded by Rev.2, which the buyer accepted in chat: history, no conflict.
Golden sample "3 pcs" (259.4 mm, 2.63 kg ...) within tolerance. Chat USD 9.80 / 2,000 pcs / 40 days is a future 24 cm item;
the glossy-interior question ends with "keep satin black as in the spec".
''')


# ==========================================================================
# 02  wooden rainbow stacking tower, German buyer: CLEAN
# ==========================================================================
def case02():
    name = "02-rainbow-stacker-clean-de"
    root = case_dir(name)
    SUP_EN = "YUNHE LEMO WOODEN TOYS CO., LTD."
    SUP_CN = "云和县乐墨木制玩具有限公司"
    SUP_ADDR = "No. 9 Jinshui Road, Yunhe Industrial Zone, Lishui, Zhejiang 323600, China"
    write_toml(name, '''
order_id = "HKS-2026-0117"
buyer = ["Holzwerk Kinderspiel GmbH", "Holzwerk", "Katrin Vogel", "Katrin"]
supplier = ["Yunhe Lemo Wooden Toys Co., Ltd.", "云和县乐墨木制玩具有限公司", "Lemo Toys", "Lemo", "Coco Ye", "Coco"]

[release]
inspection = "passed"

[tolerances]
dimensions = "±2 mm"
weight = "±5%"
''')
    colours_spec = "Pantone 185 C / 151 C / 7548 C / 7739 C / 2925 C / 2736 C / 2592 C"

    # ---- spec (PDF, Times, ruled table, bilingual labels) ----
    st = styles("Times-Roman", 9.5)
    rows = [["Merkmal / Attribute", "Anforderung / Requirement"],
            ["Artikel / Article", "HK-RB07 Regenbogen-Stapelturm / rainbow stacking tower, 7 rings + base with peg"],
            ["Material", "Solid beech wood (FSC Mix), no MDF or plywood; water-based paint and lacquer"],
            ["Maße / Dimensions", "Base Ø 120 mm, total height 200 mm, tolerance ±2 mm"],
            ["Gewicht / Weight", "480 g per set, ±5%"],
            ["Farben / Colours", "Rings bottom to top: " + colours_spec +
             " (red, orange, yellow, green, blue, indigo, violet); base and peg natural beech, clear lacquer"],
            ["Oberfläche / Finish", "Water-based lacquer, satin; all edges radius ≥ 2 mm, sanded smooth"],
            ["Logo", "\"Holzwerk\" laser engraved on base underside, 35 x 8 mm"],
            ["Zertifikate / Certification", "EN 71-1, EN 71-2, EN 71-3 and CE marking; test report by accredited lab, not older than 12 months"],
            ["Altersangabe / Age grading", "12 months +"],
            ["Verpackung / Inner packing", "Printed colour box 13 x 13 x 22 cm, FSC paper, CE mark and EAN-13 on the box"],
            ["Umkarton / Master carton", "24 sets/ctn, 5-ply export carton 54 x 41 x 46 cm, max. 15 kg"],
            ["Prüfung / Inspection", "Final random inspection ISO 2859-1 General Level II, AQL critical 0 / major 1.5 / minor 4.0"],
            ["Menge / Quantity", "3,000 sets"],
            ["Preis / Price", "USD 4.15 per set FOB Ningbo (quotation LM-Q26-0105 of 05.01.2026)"],
            ["Zahlung / Payment", "30% T/T deposit, 70% balance before shipment"],
            ["Lieferzeit / Lead time", "42 days after deposit"]]
    story = [P("Produktspezifikation / Product Specification", st["title"]),
             P("HK-RB07 Regenbogen-Stapelturm &nbsp;&nbsp;|&nbsp;&nbsp; Spec-Nr. HKS-SP-RB07 &nbsp;&nbsp;|&nbsp;&nbsp; Rev. 2 &nbsp;&nbsp;|&nbsp;&nbsp; 09.01.2026", st["c"]),
             Spacer(1, 5 * mm),
             grid([[P("<b>%s</b>" % esc(a), st["n"]), P(esc(b), st["n"])] for a, b in rows],
                  [52 * mm, 122 * mm], font="Times-Roman", size=9.5),
             Spacer(1, 8 * mm),
             P("Freigegeben / Approved: Katrin Vogel, Einkauf / Purchasing, Holzwerk Kinderspiel GmbH &nbsp;&nbsp; 09.01.2026", st["n"]),
             P("Unterschrift / Signature: ______ K. Vogel ______", st["n"])]

    def hdr(c, doc):
        c.setFont("Times-Bold", 12)
        c.drawString(18 * mm, A4[1] - 15 * mm, "Holzwerk Kinderspiel GmbH")
        c.setFont("Times-Roman", 8)
        c.drawString(18 * mm, A4[1] - 19 * mm, "Wiesentalstraße 14 · 79115 Freiburg im Breisgau · Deutschland · einkauf@holzwerk-kinderspiel.de")
        c.line(18 * mm, A4[1] - 21.5 * mm, A4[0] - 18 * mm, A4[1] - 21.5 * mm)
        c.drawString(18 * mm, 10 * mm, "HKS-SP-RB07 Rev. 2 · vertraulich / confidential")
    build_pdf(os.path.join(root, "spec", "HKS-SP-RB07_Spezifikation_Rev2.pdf"), story, hdr,
              margins=(18, 18, 28, 20), title="HK-RB07 Spezifikation", author="Katrin Vogel",
              page_fmt="Seite %d von %d", page_font="Times-Roman")

    # ---- quote (XLSX) ----
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "报价 Quotation"
    quote_sheet(ws, [(SUP_EN, 14, True), (SUP_CN, 12, False), (SUP_ADDR, 9, False),
                     ("Tel: +86 578 5126 338  |  coco@lemotoys.cn  |  WhatsApp +86 139 5788 2107", 9, False)],
                [("Customer:", "Holzwerk Kinderspiel GmbH (Ms. Katrin Vogel)"),
                 ("Quote No.:", "LM-Q26-0105"), ("Date:", "2026-01-05"), ("Validity:", "30 days")],
                ["Item", "Picture", "Description", "Material", "Qty", "Price USD/set\nFOB Ningbo"],
                [["HK-RB07", "(pic)", "Rainbow stacking tower 7 rings\nD120 x H200mm, 480g\nColours PMS185C/151C/7548C/7739C/2925C/2736C/2592C\n"
                  "laser logo on bottom\ncolour box 13x13x22cm", "beech wood + water based paint", "3,000 sets", 4.15]],
                [("Payment:", "30% T/T deposit, balance 70% before shipment"),
                 ("Lead time:", "6 weeks after deposit"),
                 ("Packing:", "24 sets/ctn, 5 ply export carton 54x41x46cm"),
                 ("Test:", "EN71-1/2/3 report by SGS, CE"),
                 ("Inspection:", "AQL critical 0 / major 1.5 / minor 4.0, buyer's inspector welcome")],
                bank=[("Beneficiary:", "Yunhe Lemo Wooden Toys Co., Ltd."),
                      ("Bank:", "Bank of China, Lishui Branch"),
                      ("A/C No.:", "361975021188"),
                      ("SWIFT:", "BKCHCNBJ92A")],
                widths=[11, 9, 46, 22, 11, 14])
    save_xlsx(wb, os.path.join(root, "quotes", "LM-Q26-0105_Holzwerk.xlsx"), "Coco Ye", dt.datetime(2026, 1, 5, 9, 30))

    # ---- golden sample record (DOCX, table without ruling) ----
    d = new_docx("Arial", 10)
    docx_header_footer(d, "Holzwerk Kinderspiel GmbH – Qualitätssicherung", "Formblatt QS-12 · Referenzmuster")
    p = d.add_paragraph()
    r = p.add_run("Referenzmuster-Freigabe / Golden Sample Approval")
    r.bold = True
    r.font.size = Pt(14)
    docx_table(d, [["Artikel / Item:", "HK-RB07 rainbow stacking tower"],
                   ["Lieferant / Supplier:", "Yunhe Lemo Wooden Toys Co., Ltd."],
                   ["Muster erhalten / received:", "20.01.2026, 3 pcs (DHL 7741 2290 54)"],
                   ["Referenz / Ref.:", "GS-RB07-01"]], style=None, widths=[5.5, 11])
    d.add_paragraph()
    docx_table(d, [["Prüfpunkt / Check", "Soll / Spec", "Muster 1", "Muster 2", "Muster 3", "i.O."],
                   ["Base Ø", "120 mm ±2", "119.6", "120.4", "120.1", "✓"],
                   ["Height", "200 mm ±2", "200.8", "199.5", "201.3", "✓"],
                   ["Weight", "480 g ±5%", "486 g", "475 g", "482 g", "✓"],
                   ["Colours", "Pantone card", "ok", "ok", "ok", "✓"],
                   ["Small parts (EN 71-1 cylinder)", "no part fits", "pass", "pass", "pass", "✓"],
                   ["Edges / finish", "R ≥ 2, satin", "ok", "ok", "ok", "✓"],
                   ["Laser logo", "35 x 8 mm", "ok", "ok", "ok", "✓"]],
               style=None, header=True, bold_first=False, widths=[5, 3, 2.2, 2.2, 2.2, 1.2])
    d.add_paragraph()
    d.add_paragraph("Ergebnis / Result: FREIGEGEBEN / APPROVED. Muster 1 bleibt bei Holzwerk, Muster 2 versiegelt "
                    "an den Lieferanten zurück, Muster 3 für die Endkontrolle.")
    d.add_paragraph("Katrin Vogel, Einkauf – 22.01.2026        Unterschrift: ____K. Vogel____")
    save_docx(d, os.path.join(root, "sample", "Referenzmuster_HK-RB07.docx"), "Katrin Vogel",
              dt.datetime(2026, 1, 22, 13, 50), "Referenzmuster HK-RB07")

    # ---- PI (PDF, Courier, key/value, no line-item table) ----
    qty, price = 3000, D("4.15")
    assert qty * price == D("12450.00")
    st = styles("Courier", 8.8, 11)
    kvs = [("PI NO.", "LM-PI-260123"), ("DATE", "2026-01-23"),
           ("BUYER", "HOLZWERK KINDERSPIEL GMBH"),
           ("ADDRESS", "WIESENTALSTR. 14, 79115 FREIBURG IM BREISGAU, GERMANY"),
           ("ATTN", "MS. KATRIN VOGEL"), ("", ""),
           ("ITEM NO.", "HK-RB07"),
           ("DESCRIPTION", "RAINBOW STACKING TOWER, 7 RINGS + BASE"),
           ("MATERIAL", "BEECH WOOD SOLID, WATER BASED PAINT"),
           ("SIZE", "D12 X H20 CM"),
           ("WEIGHT", "0.48 KG/SET"),
           ("COLOUR", "185C/151C/7548C/7739C/2925C/2736C/2592C, BASE NATURAL"),
           ("LOGO", "LASER ENGRAVING \"Holzwerk\" ON BOTTOM"),
           ("CERTIFICATE", "EN71 PART 1/2/3 + CE"),
           ("QUANTITY", "3000 SETS"),
           ("UNIT PRICE", "USD 4.15 / SET FOB NINGBO"),
           ("AMOUNT", "USD 12,450.00"),
           ("", say_usd(qty * price, suffix=" ONLY")),
           ("PAYMENT", "BALANCE 70% BEFORE SHIPMENT, 30% DEPOSIT BY T/T"),
           ("DELIVERY", "42 DAYS AFTER DEPOSIT RECEIVED"),
           ("PACKING", "COLOUR BOX, 24 SETS/CTN, 5 PLY CARTON 54X41X46CM, 125 CTNS"),
           ("INSPECTION", "BUYER QC BEFORE SHIPMENT, AQL CRITICAL 0 / MAJOR 1.5 / MINOR 4.0"),
           ("PORT", "NINGBO, CHINA")]
    lines = []
    for k, v in kvs:
        lines.append(P(esc(("%-12s: %s" % (k, v)) if k else ("%-12s  %s" % ("", v))).replace(" ", "&nbsp;"), st["n"]))
    bank = [("BENEFICIARY", "YUNHE LEMO WOODEN TOYS CO LTD"), ("BANK", "BANK OF CHINA LISHUI BRANCH"),
            ("BANK ADDR.", "NO. 301 ZIJIN ROAD, LISHUI, ZHEJIANG, CHINA"),
            ("SWIFT", "BKCHCNBJ92A"), ("A/C NO", "3619 7502 1188")]
    story = [P("PROFORMA INVOICE", st["title"]), Spacer(1, 3 * mm)] + lines + [
        Spacer(1, 4 * mm), P("BANK INFORMATION", st["b"])] + [
        P(esc("%-12s: %s" % (k, v)).replace(" ", "&nbsp;"), st["n"]) for k, v in bank] + [
        Spacer(1, 8 * mm),
        P("SELLER: YUNHE LEMO WOODEN TOYS CO., LTD. &nbsp;&nbsp;&nbsp;&nbsp; " + cn("（盖章）") + " COCO YE", st["n"]),
        P("BUYER CONFIRM: ______________________", st["n"])]
    build_pdf(os.path.join(root, "pi", "LM-PI-260123.pdf"), story,
              letterhead(SUP_EN, SUP_CN, [SUP_ADDR, "TEL +86 578 5126 338   COCO@LEMOTOYS.CN"], font="Courier",
                         size=14, footer="LEMO TOYS - PI LM-PI-260123"),
              title="PI LM-PI-260123", author="Coco Ye", page_fmt="PAGE %d/%d", page_font="Courier")

    # ---- inspection report (PDF, Helvetica) ----
    st = styles("Helvetica", 8.6)
    story = [P("FINAL RANDOM INSPECTION REPORT", st["title"]),
             kv([["Report No.:", "EQ-NB-2603-0219", "Date:", "10 Mar 2026"],
                 ["Client:", "Holzwerk Kinderspiel GmbH", "Order:", "HKS-2026-0117"],
                 ["Factory:", "Yunhe Lemo Wooden Toys Co., Ltd.", "Item:", "HK-RB07 rainbow stacking tower"],
                 ["Quantity:", "3,000 sets, 125 cartons, 100% packed", "Sampling:", "ISO 2859-1, General II, n = 125"]],
                [22 * mm, 66 * mm, 22 * mm, 64 * mm], size=8.4),
             Spacer(1, 4 * mm),
             grid([["", "AQL", "Ac / Re", "Found", "Verdict"],
                   ["Critical", "0", "0 / 1", "0", "Pass"],
                   ["Major", "1.5", "5 / 6", "1", "Pass"],
                   ["Minor", "4.0", "10 / 11", "3", "Pass"]],
                  [40 * mm, 25 * mm, 30 * mm, 25 * mm, 30 * mm], size=8.4),
             Spacer(1, 4 * mm),
             grid([["Check", "Requirement", "Result"],
                   ["Base Ø / height (n=13)", "120 / 200 mm ±2", "120.3 / 200.6 mm - conform"],
                   ["Weight (n=13)", "480 g ±5%", "483 g - conform"],
                   ["Colours vs golden sample GS-RB07-01", "Pantone 185 C ... 2592 C", "conform"],
                   ["Small parts test EN 71-1", "no part fits cylinder", "conform"],
                   ["Barcode scan EAN-13", "readable", "conform"],
                   ["Packing", "24 sets/ctn, 54 x 41 x 46 cm, ≤ 15 kg", "24 sets/ctn, 13.4 kg - conform"]],
                  [60 * mm, 55 * mm, 55 * mm], size=8.4, ruled=False),
             Spacer(1, 4 * mm),
             P("Defects: major 1 (paint drip on indigo ring); minor 3 (light scratch on base x2, box corner dented x1).", st["n"]),
             P("<b>OVERALL RESULT: PASSED</b>", st["h"]),
             Spacer(1, 6 * mm),
             P("Inspector: Wang Jun &nbsp;&nbsp;&nbsp; Approved: Lisa He, Eurasia QC Services Co., Ltd., Ningbo", st["n"])]

    def hdr(c, doc):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(18 * mm, A4[1] - 16 * mm, "EURASIA QC SERVICES")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 16 * mm, "Ningbo office · report@eurasiaqc.com")
        c.line(18 * mm, A4[1] - 19 * mm, A4[0] - 18 * mm, A4[1] - 19 * mm)
    build_pdf(os.path.join(root, "inspection", "EQ-NB-2603-0219_FRI_HK-RB07.pdf"), story, hdr,
              margins=(18, 18, 26, 20), title="FRI EQ-NB-2603-0219", author="Eurasia QC",
              page_fmt="Page %d of %d")

    # ---- chat (WhatsApp Android, German locale) ----
    C, K = "Coco Ye", "Katrin Vogel"
    write_whatsapp(os.path.join(root, "chat", "WhatsApp-Chat mit Coco Ye Lemo Toys.txt"), "de_DE", [
        ("2026-01-05 10:14", None, "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp. Tippe, um mehr zu erfahren."),
        ("2026-01-05 10:14", C, "Hello Katrin, Coco from Lemo Toys 😊 quotation LM-Q26-0105 sent by email"),
        ("2026-01-05 11:32", K, "Hallo Coco, danke! Preis 4,15 USD pro Set FOB Ningbo passt für 3.000 Sets. Lieferzeit 6 Wochen ist ok."),
        ("2026-01-05 11:33", K, "Bitte 3 Muster an unser Büro in Freiburg schicken."),
        ("2026-01-05 11:50", C, "ok, 3 sets samples will send by DHL this week"),
        ("2026-01-08 09:05", K, "Frage: könnt ihr 30 Sets pro Karton packen statt 24? Weniger Kartons wären besser für unser Lager."),
        ("2026-01-08 09:47", C, "30 sets carton will be about 18kg, too heavy. we suggest keep 24 sets/ctn"),
        ("2026-01-08 10:02", K, "Stimmt, unser Lager nimmt max. 15 kg. Dann bleiben wir bei 24 Sets pro Karton."),
        ("2026-01-20 16:20", K, "Muster sind angekommen, sehen sehr gut aus. Farben passen zur Pantone-Karte."),
        ("2026-01-22 14:11", K, "<Medien ausgeschlossen>"),
        ("2026-01-22 14:11", K, "Musterfreigabe unterschrieben"),
        ("2026-01-23 09:30", C, "PI LM-PI-260123 attached"),
        ("2026-01-23 09:30", C, "<Medien ausgeschlossen>"),
        ("2026-01-26 15:45", K, "Anzahlung 30% = 3.735,00 USD ist überwiesen."),
        ("2026-01-27 08:12", C, "received, thanks 🙏"),
        ("2026-02-06 11:20", C, "Katrin, factory holiday for Spring Festival 10-24 Feb, paint and lacquer finished before, no delay"),
        ("2026-02-06 11:41", K, "Danke für die Info. Frohes neues Jahr!"),
        ("2026-03-10 17:05", K, "Inspektion bestanden 👍 Bericht anbei"),
        ("2026-03-10 17:05", K, "<Medien ausgeschlossen>"),
        ("2026-03-10 17:08", K, "Für die nächste Bestellung im Herbst: was kostet der Turm bei 5.000 Sets?"),
        ("2026-03-11 09:20", C, "for 5000 sets we can do USD 3.95/set FOB Ningbo"),
        ("2026-03-11 09:41", K, "Danke, ich melde mich im Juni."),
    ])

    write_expected(name, "RELEASE", [],
                   "Clean order from a German buyer: German chat, English documents, all differences are notation.")
    write_note(name, '''
Planted: nothing. Verdict RELEASE ([release] inspection = "passed" is met: FRI report PASSED).
Noise that must NOT be flagged: German WhatsApp export (dd.mm.yy, HH:MM; "<Medien ausgeschlossen>") with decimal commas
("4,15 USD", "3.735,00 USD" = the 30% deposit) and dot thousands ("3.000 Sets"); "Lieferzeit 6 Wochen" / quote "6 weeks" vs
spec and PI 42 days; PI in cm ("D12 X H20 CM") and kg ("0.48 KG/SET") vs spec 120 / 200 mm, 480 g; Pantone written
"Pantone 185 C" (spec), "PMS185C" (quote), "185C" (PI); payment reordered on the Courier key/value PI; beneficiary "CO LTD"
vs "Co., Ltd.", account spaced vs unspaced. The buyer's question about 30 sets/ctn ends with "bleiben wir bei 24" (original
value confirmed). USD 3.95 for 5.000 Sets is a future order. Golden sample 3 pcs within tolerance (486 g, 201.3 mm).
''')


# ==========================================================================
# 03  French press, e-mail thread with the PI attached: CLEAN
# ==========================================================================
def case03():
    name = "03-french-press-clean-eml"
    root = case_dir(name)
    SUP_EN = "CHAOZHOU CHAOAN MEILONG STAINLESS STEEL PRODUCTS CO., LTD."
    SUP_CN = "潮州市潮安区美龙不锈钢制品有限公司"
    SUP_ADDR = "Caitang Town Industrial Road No. 42, Chaoan District, Chaozhou, Guangdong 521000, China"
    write_toml(name, '''
order_id = "FH-PO-1042"
buyer = ["Fenwick & Hale Ltd", "Fenwick and Hale", "Oliver Pratt", "Oliver"]
supplier = ["Chaozhou Chaoan Meilong Stainless Steel Products Co., Ltd.", "潮州市潮安区美龙不锈钢制品有限公司", "Meilong", "Vivian Lin", "Vivian"]
stakeholders = ["oliver.pratt@fenwickhale.co.uk", "vivian@meilong-ss.com"]

[tolerances]
dimensions = "±2 mm"
weight = "±5%"
capacity = "±3%"
''')

    # ---- spec (DOCX, label | value without ruling lines) ----
    d = new_docx("Georgia", 10)
    docx_header_footer(d, "FENWICK & HALE  ·  Product Development", "FH-FP10 specification · issue 1 · page 1")
    p = d.add_paragraph()
    r = p.add_run("FH-FP10  French Press 1.0 L – Product Specification")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Issue 1, 2 February 2026. Supplier: Chaozhou Chaoan Meilong Stainless Steel Products Co., Ltd.")
    docx_table(d, [
        ["Product", "8-cup French press coffee maker, item FH-FP10"],
        ["Capacity", "1000 ml nominal (to the max fill line), tolerance ±3%"],
        ["Beaker", "High borosilicate glass 3.3, wall 2.0 mm, thermal shock resistant (ΔT 120 °C)"],
        ["Frame, lid, plunger", "Stainless steel SS304 (18/8), 0.5 mm"],
        ["Filter", "3-layer SS304 mesh filter with spring edge"],
        ["Dimensions", "Height 235 mm (plunger up), body Ø 105 mm, width incl. handle 165 mm; tolerance ±2 mm"],
        ["Weight", "620 g ±5%"],
        ["Colour", "Frame and lid matt black, Pantone Black 6 C; filter natural stainless"],
        ["Finish", "Matt black powder coating on frame and lid, food-safe, no peeling after 20 dishwasher cycles (glass only)"],
        ["Logo", "FENWICK & HALE laser engraved on lid top, 30 x 6 mm"],
        ["Certification", "LFGB (glass and SS304 parts) and FDA food-contact test reports"],
        ["Inner packing", "Brown kraft mailer box 12.5 x 17 x 25 cm, black 1-colour print, instruction leaflet"],
        ["Master carton", "12 pcs/ctn, 5-ply export carton 52 x 52 x 27 cm"],
        ["Inspection", "Pre-shipment inspection by buyer's QC, AQL 2.5 / 4.0, General Level II"],
        ["Warranty", "12 months (glass breakage excluded)"],
        ["Commercial terms", "As in the supplier's quotation accepted by Fenwick & Hale"],
    ], style=None, widths=[4.2, 12.8])
    d.add_paragraph()
    d.add_paragraph("Approved: Oliver Pratt, Head of Product, Fenwick & Hale Ltd — 2 February 2026")
    save_docx(d, os.path.join(root, "spec", "FH-FP10 spec issue 1.docx"), "Oliver Pratt",
              dt.datetime(2026, 2, 2, 16, 40), "FH-FP10 specification")

    # ---- quote v1 (XLSX) ----
    bank_q = [("Beneficiary", "Chaozhou Chaoan Meilong Stainless Steel Products Co., Ltd."),
              ("Bank name", "Bank of China, Chaozhou Branch"),
              ("Account", "685657021183"), ("Swift", "BKCHCNBJ46A")]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    quote_sheet(ws, [(SUP_EN, 13, True), (SUP_CN, 12, False), (SUP_ADDR, 9, False),
                     ("T: +86 768 6812 559   E: vivian@meilong-ss.com", 9, False)],
                [("Attn:", "Fenwick & Hale Ltd / Mr Oliver Pratt"), ("Ref:", "MLQ-2601-23"), ("Date:", "23 Jan 2026")],
                ["Item", "Description", "Capacity", "Qty", "FOB Shenzhen\nUSD/pc", "Packing"],
                [["FH-FP10", "French press, borosilicate glass + SS304 frame/filter\nmatt black powder coat (PMS Black 6C)\nlaser logo on lid",
                  "1000ml", "2,400 pcs", 7.20, "kraft box, 12pcs/ctn\n52x52x27cm"]],
                [("Payment:", "T/T 30% deposit, 70% against copy B/L"), ("Lead time:", "40 days"),
                 ("Certificate:", "LFGB / FDA"), ("Validity:", "until 28 Feb 2026")],
                bank=bank_q, widths=[10, 46, 10, 11, 13, 22])
    save_xlsx(wb, os.path.join(root, "quotes", "MLQ-2601-23.xlsx"), "Vivian Lin", dt.datetime(2026, 1, 23, 15, 0))

    # ---- quote Rev.2 (PDF, DejaVu Sans) ----
    st = styles("DejaVuSans", 8.6)
    story = [P("QUOTATION  —  Rev.2", st["title"]),
             kv([["To", "Fenwick & Hale Ltd, Mr Oliver Pratt", "No.", "MLQ-2601-23 Rev.2"],
                 ["Date", "4 Feb 2026", "Supersedes", "MLQ-2601-23 (23 Jan 2026)"]],
                [16 * mm, 70 * mm, 24 * mm, 64 * mm], font="DejaVuSans", size=8.4),
             Spacer(1, 4 * mm),
             grid([["Item", "Description", "Capacity", "Qty", "USD/pc\nFOB Shenzhen"],
                   ["FH-FP10", P("French press 8 cup, high borosilicate glass beaker, 18/8 stainless frame, lid and 3-layer "
                                 "filter; matt black powder coating Pantone Black 6 C; laser logo on lid; kraft mailer box", st["n"]),
                    "1000 ml", "2,400 pcs", "6.95"]],
                  [18 * mm, 90 * mm, 20 * mm, 20 * mm, 26 * mm], font="DejaVuSans", size=8.4, align_right_cols=(4,)),
             Spacer(1, 4 * mm),
             P("Payment: T/T 30% deposit, 70% against copy of B/L<br/>Lead time: 40 days after deposit<br/>"
               "Packing: 12 pcs/ctn, 5-ply carton 52 x 52 x 27 cm<br/>Certificate: LFGB + FDA reports<br/>"
               "Price valid until 31 Mar 2026", st["n"]),
             Spacer(1, 4 * mm),
             P("Bank: Bank of China, Chaozhou Branch · Beneficiary: Chaozhou Chaoan Meilong Stainless Steel Products Co., Ltd. · "
               "A/C 6856 5702 1183 · SWIFT BKCHCNBJ46A", st["s"]),
             Spacer(1, 6 * mm),
             P("Vivian Lin, Sales Manager", st["n"])]
    build_pdf(os.path.join(root, "quotes", "MLQ-2601-23 Rev.2.pdf"), story,
              letterhead(SUP_EN, SUP_CN, [SUP_ADDR], font="DejaVuSans", size=13),
              title="Quotation MLQ-2601-23 Rev.2", author="Vivian Lin")

    # ---- golden sample record (DOCX, ruled) ----
    d = new_docx("Calibri", 10)
    docx_header_footer(d, "Fenwick & Hale Ltd — Golden Sample Record", "QA form GS-01")
    p = d.add_paragraph()
    r = p.add_run("Golden Sample Record — FH-FP10")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Samples received: 9 Feb 2026, 3 pcs (pre-production).  Record ref.: GSR-FH-FP10-A")
    docx_table(d, [["Check", "Spec", "#1", "#2", "#3", "OK?"],
                   ["Capacity to max line", "1000 ml ±3%", "1,008 ml", "996 ml", "1,011 ml", "yes"],
                   ["Height (plunger up)", "235 mm ±2", "235.6", "234.1", "236.0", "yes"],
                   ["Body Ø", "105 mm ±2", "104.8", "105.5", "105.2", "yes"],
                   ["Width incl. handle", "165 mm ±2", "165.9", "164.6", "165.3", "yes"],
                   ["Weight", "620 g ±5%", "628 g", "611 g", "624 g", "yes"],
                   ["Colour", "Pantone Black 6 C", "match", "match", "match", "yes"],
                   ["Thermal shock 100 °C → 20 °C", "no crack", "pass", "pass", "pass", "yes"],
                   ["Filter fit / plunge force", "smooth", "ok", "ok", "ok", "yes"]],
               header=True, bold_first=False)
    d.add_paragraph()
    d.add_paragraph("Decision: APPROVED as golden sample. #1 retained in London, #2 sealed for the factory, #3 for QC.")
    d.add_paragraph("Signed: Oliver Pratt (Head of Product)   Date: 10 Feb 2026")
    save_docx(d, os.path.join(root, "sample", "GSR-FH-FP10-A.docx"), "Oliver Pratt",
              dt.datetime(2026, 2, 10, 11, 15), "Golden sample record FH-FP10")

    # ---- PI (PDF, Times, labels above values, item table without ruling) ----
    qty, price = 2400, D("6.95")
    total = qty * price
    assert total == D("16680.00")
    st = styles("Times-Roman", 9.5)
    desc = ("French press coffee maker 34 oz<br/>18/8 stainless steel frame, lid &amp; 3-layer filter; high borosilicate glass beaker<br/>"
            "Size: 9.25\" H x 4.13\" dia., 6.50\" wide incl. handle<br/>Weight: 1.37 lbs<br/>"
            "Colour: matte black powder coated, Black 6C<br/>Laser engraved logo on lid")
    story = [P("PROFORMA INVOICE", st["title"]),
             above([("PI No.", "ML-PI-2602-118"), ("Date", "12 Feb 2026"), ("Customer PO", "FH-PO-1042"),
                    ("Quotation", "MLQ-2601-23 Rev.2"), ("Currency", "USD")],
                   [34 * mm, 30 * mm, 34 * mm, 44 * mm, 32 * mm], font="Times-Roman", size=10),
             Spacer(1, 3 * mm),
             above([("Bill to / Ship to", "Fenwick & Hale Ltd, 27 Temple Gate, Bristol BS1 6PL, United Kingdom"),
                    ("Attention", "Mr Oliver Pratt")], [120 * mm, 54 * mm], font="Times-Roman", size=10),
             Spacer(1, 5 * mm),
             grid([["No.", "Item", "Description", "Quantity", "Unit price", "Amount"],
                   ["1", "FH-FP10", P(desc, st["n"]), "2,400 pcs", "USD 6.95", "USD 16,680.00"],
                   ["", "", P("<b>Total, FOB Shenzhen</b>", st["n"]), "2,400 pcs", "", "USD 16,680.00"]],
                  [10 * mm, 18 * mm, 80 * mm, 20 * mm, 20 * mm, 26 * mm], font="Times-Roman", size=9.5,
                  ruled=False, align_right_cols=(3, 4, 5)),
             Spacer(1, 2 * mm),
             P("<i>" + say_usd(total) + "</i>", st["n"]),
             Spacer(1, 4 * mm),
             above([("Price term", "FOB Shenzhen"), ("Payment", "Deposit 30% T/T, balance 70% against copy of B/L"),
                    ("Lead time", "40 days after deposit received")], [30 * mm, 90 * mm, 54 * mm],
                   font="Times-Roman", size=9.5, boxed=False),
             Spacer(1, 2 * mm),
             above([("Packing", "12 pcs/ctn, 5 ply carton 52x52x27cm, 200 ctns"), ("Inspection", "by buyer's QC, AQL 2.5/4.0"),
                    ("Certificate / Warranty", "LFGB / FDA; 1 year")], [64 * mm, 54 * mm, 56 * mm],
                   font="Times-Roman", size=9.5, boxed=False),
             Spacer(1, 4 * mm),
             P("<b>Bank details</b>", st["n"]),
             kv([["Beneficiary name", "CHAOZHOU CHAOAN MEILONG STAINLESS STEEL PRODUCTS CO., LTD."],
                 ["Bank name", "BANK OF CHINA, CHAOZHOU BRANCH"],
                 ["Account number", "6856 5702 1183"],
                 ["SWIFT / BIC", "BKCHCNBJ 46A"]], [40 * mm, 134 * mm], font="Times-Roman", size=9.5),
             signature_block("Seller: Vivian Lin<br/>" + cn("潮州市潮安区美龙不锈钢制品有限公司") + " (chop)",
                             "Buyer acceptance: ____________________", font="Times-Roman")]
    pi_path = os.path.join(root, "pi", "ML-PI-2602-118.pdf")
    build_pdf(pi_path, story,
              letterhead(SUP_EN, SUP_CN, [SUP_ADDR, "T: +86 768 6812 559  ·  E: vivian@meilong-ss.com"], font="Times-Roman",
                         size=13, align="left", footer="Meilong Stainless · ML-PI-2602-118"),
              title="PI ML-PI-2602-118", author="Vivian Lin", page_fmt="page %d of %d", page_font="Times-Roman")
    with open(pi_path, "rb") as f:
        pi_bytes = f.read()

    # ---- e-mails ----
    V = "Vivian Lin <vivian@meilong-ss.com>"
    O = "Oliver Pratt <oliver.pratt@fenwickhale.co.uk>"
    write_eml(os.path.join(root, "chat", "RE_ FH-FP10 quotation Rev.2.eml"), O, V,
              "RE: FH-FP10 quotation Rev.2", dt.datetime(2026, 2, 4, 16, 22, tzinfo=tz(0)),
              "Hi Vivian,\n\n"
              "Thanks for the revised quotation. Rev.2 at USD 6.95/pc FOB Shenzhen for 2,400 pcs is accepted; please go\n"
              "ahead with the pre-production samples (3 pcs) and issue the PI once the golden sample is signed off.\n\n"
              "Two questions:\n"
              "1) Is the glass beaker dishwasher safe? And the black frame?\n"
              "2) For a later order we're looking at a small 350 ml (12 oz) version. What would that cost?\n\n"
              "Kind regards,\nOliver\n\n"
              "Oliver Pratt | Head of Product | Fenwick & Hale Ltd\n27 Temple Gate, Bristol BS1 6PL | +44 117 496 0732\n\n"
              "-----Original Message-----\n"
              "From: Vivian Lin <vivian@meilong-ss.com>\nSent: Wednesday, February 4, 2026 9:05 AM\n"
              "To: Oliver Pratt <oliver.pratt@fenwickhale.co.uk>\nSubject: FH-FP10 quotation Rev.2\n\n"
              "Dear Oliver,\n\nGood day! Attached pls find our quotation MLQ-2601-23 Rev.2, unit price now USD 6.95 as we\n"
              "discussed on the phone (the 7.20 in the first quote was for the 1.5mm glass). Other terms same.\n\n"
              "Best regards\nVivian Lin\nSales Manager | Meilong Stainless\n",
              "<20260204162207.4411@fenwickhale.co.uk>",
              in_reply_to="<ML20260204090512@meilong-ss.com>", references="<ML20260204090512@meilong-ss.com>",
              mailer="Microsoft Outlook 16.0")
    write_eml(os.path.join(root, "chat", "PI ML-PI-2602-118 for FH-PO-1042.eml"), V, O,
              "PI ML-PI-2602-118 for FH-PO-1042", dt.datetime(2026, 2, 12, 10, 48, tzinfo=tz(8)),
              "Dear Oliver,\n\n"
              "Thanks for signing the golden sample. Attached is our PI ML-PI-2602-118 for PO FH-PO-1042, 2,400 pcs,\n"
              "please check and arrange the 30% deposit (USD 5,004.00).\n\n"
              "About your questions:\n"
              "1) The glass beaker is dishwasher safe. For the black frame we suggest hand wash to keep the coating nice\n"
              "   for long time, we will print this in the leaflet.\n"
              "2) 350ml / 12oz version: USD 4.60/pc FOB Shenzhen at MOQ 3,000 pcs, lead time 35 days. Formal quote when\n"
              "   you are ready.\n\n"
              "Chinese New Year holiday for our factory: 13 Feb - 23 Feb. Production will start right after the holiday\n"
              "and the 40 days lead time is counted from the deposit, no change.\n\n"
              "Best regards\nVivian Lin\nSales Manager\nChaozhou Chaoan Meilong Stainless Steel Products Co., Ltd.\n"
              "Tel/WhatsApp: +86 136 3206 7718\n",
              "<ML20260212104830@meilong-ss.com>",
              in_reply_to="<20260204162207.4411@fenwickhale.co.uk>",
              references="<ML20260204090512@meilong-ss.com> <20260204162207.4411@fenwickhale.co.uk>",
              attachments=[("ML-PI-2602-118.pdf", pi_bytes)], mailer="Foxmail 7.2.25.228[cn]",
              boundary="----=_NextPart_000_0A1B_01DC9BF2.5E3C7A40")

    write_expected(name, "RELEASE", [],
                   "Clean order documented by e-mail; the PI is also attached to the supplier's e-mail.")
    write_note(name, '''
Planted: nothing. Verdict RELEASE (no [release] section).
Noise that must NOT be flagged: PI capacity "34 oz" vs 1000 ml (1,005 ml, inside ±3%); PI size in inches (9.25" H x 4.13" dia.,
6.50" wide = 235 / 105 / 165 mm) and "1.37 lbs" (621 g) vs 620 g; "18/8 stainless steel" = SS304; Pantone Black 6 C written
"PMS Black 6C" (quote v1) and "Black 6C" (PI); warranty "1 year" vs 12 months; SWIFT printed "BKCHCNBJ 46A" with a space and the
account with spaces vs unspaced in quote v1. Quote v1 (USD 7.20) is superseded by Rev.2 (USD 6.95), accepted in Oliver's e-mail.
The supplier's e-mail carries the same PI as a PDF attachment (identical to pi/ML-PI-2602-118.pdf, no conflict). The 350 ml /
12 oz price (USD 4.60, MOQ 3,000, 35 days) is for a later order; the buyer's dishwasher question is only a question.
''')


# ==========================================================================
# 04  aluminium laptop stand: PI R1 changes only account + SWIFT (same bank)
# ==========================================================================
def case04():
    name = "04-laptop-stand-bank-acct-swift"
    root = case_dir(name)
    SUP_EN = "DONGGUAN RUIFENG ALUMINIUM PRODUCTS CO., LTD."
    SUP_CN = "东莞市瑞丰铝制品有限公司"
    SUP_ADDR = "Building 3, No. 28 Xinsha Road, Changping Town, Dongguan, Guangdong 523560, China"
    write_toml(name, '''
order_id = "NLO-PO-0226"
buyer = ["Nordlys Office ApS", "Nordlys", "Mikkel Sørensen", "Mikkel"]
supplier = ["Dongguan Ruifeng Aluminium Products Co., Ltd.", "东莞市瑞丰铝制品有限公司", "Ruifeng Aluminium", "Ruifeng", "Sunny Deng", "Sunny"]

[tolerances]
dimensions = "±1 mm"
weight = "±5%"
''')
    OLD_AC, OLD_SW = "4405 0177 0081 0000 2316", "PCBCCNBJGDX"
    NEW_AC, NEW_SW = "4405 0162 3300 0901 7745", "PCBCCNBJSZX"

    qty, price = 1500, D("8.60")
    total = qty * price
    assert total == D("12900.00")

    # ---- spec (DOCX) ----
    d = new_docx("Calibri", 10)
    docx_header_footer(d, "Nordlys Office ApS · Vesterbrogade 112, 1620 København V · Denmark",
                       "NL-LS02 specification rev 2 · approved 16-01-2026")
    p = d.add_paragraph()
    r = p.add_run("NL-LS02 Adjustable Laptop Stand — Specification rev 2")
    r.bold = True
    r.font.size = Pt(15)
    docx_table(d, [
        ["Section", "Requirement"],
        ["Material", "Aluminium alloy 6063-T5, 4.0 mm arms; silicone anti-slip pads (4 pcs)"],
        ["Dimensions", "Footprint 260 x 220 mm; height adjustable 55–150 mm in 6 steps; tolerance ±1 mm"],
        ["Weight", "1.05 kg ±5%"],
        ["Colour / finish", "Space grey, sandblasted + anodised, close to Pantone Cool Gray 10 C; no visible tool marks"],
        ["Logo", "NORDLYS laser engraved on front lip, 40 x 8 mm"],
        ["Certification", "RoHS and REACH (SVHC) test reports"],
        ["Inner packing", "White box with 1-colour print, EPE insert, EAN-13 label"],
        ["Master carton", "10 pcs/ctn, 5-ply export carton 56 x 30 x 36 cm"],
        ["Inspection", "AQL 2.5 / 4.0 General II before shipment"],
        ["Warranty", "2 years"],
        ["Commercial", "Quotation RF-Q2601-15 accepted: 1,500 pcs, USD 8.60/pc FOB Shenzhen, T/T 30% deposit + 70% before "
                       "shipment, lead time 30 days after deposit"],
        ["Supplier bank (verified)", "Verified by call-back to +86 769 2289 3310 (number from our 2024 supplier file) on 16-01-2026:\n"
                                     "Beneficiary Dongguan Ruifeng Aluminium Products Co., Ltd.\nChina Construction Bank, Dongguan Branch\n"
                                     "A/C " + OLD_AC + "\nSWIFT " + OLD_SW],
    ], header=True, widths=[4.0, 13.0])
    d.add_paragraph()
    d.add_paragraph("Approved by Mikkel Sørensen, Sourcing Lead, 16-01-2026.")
    save_docx(d, os.path.join(root, "spec", "NL-LS02_spec_rev2.docx"), "Mikkel Sørensen",
              dt.datetime(2026, 1, 16, 13, 55), "NL-LS02 specification")

    # ---- quote (XLSX) ----
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Quote"
    quote_sheet(ws, [(SUP_EN, 13, True), (SUP_CN, 12, False), (SUP_ADDR, 9, False)],
                [("Customer", "Nordlys Office ApS"), ("Quote no.", "RF-Q2601-15"), ("Date", "2026/1/14"),
                 ("Sales", "Sunny Deng  sunny@rf-alu.com")],
                ["No.", "Model", "Description", "Qty (pcs)", "Unit price USD", "Amount USD"],
                [[1, "NL-LS02", "Aluminium laptop stand, 6063 alu, 6 steps 55-150mm\n260x220mm, 1.05kg, space grey anodised\n"
                  "laser logo, white box", 1500, 8.60, float(total)]],
                ["Price term: FOB Shenzhen", "Payment: T/T 30% deposit, 70% before shipment",
                 "Lead time: 30 days after deposit", "Packing: 10pcs/ctn 56*30*36cm",
                 "Sample: 3 pcs free, express cost paid by customer"],
                bank=[("Beneficiary", "DONGGUAN RUIFENG ALUMINIUM PRODUCTS CO., LTD."),
                      ("Bank", "China Construction Bank, Dongguan Branch"),
                      ("A/C", OLD_AC.replace(" ", "")), ("SWIFT", OLD_SW)],
                widths=[6, 12, 50, 11, 14, 14])
    save_xlsx(wb, os.path.join(root, "quotes", "RF-Q2601-15.xlsx"), "Sunny Deng", dt.datetime(2026, 1, 14, 9, 40))

    # ---- PIs ----

    def pi(rev, date, bank_flow, fname):
        st = styles("Helvetica", 8.8)
        story = [P("PROFORMA INVOICE", st["title"]),
                 Table([[P("<b>TO:</b> NORDLYS OFFICE APS<br/>Vesterbrogade 112, 1620 København V, Denmark<br/>"
                           "Attn: Mr. Mikkel Sørensen", st["n"]),
                         kv([["PI NO.", "RF-PI260120" + rev], ["DATE", date], ["PO NO.", "NLO-PO-0226"]],
                            [20 * mm, 44 * mm], size=8.8)]],
                       colWidths=[110 * mm, 64 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]),
                 Spacer(1, 4 * mm),
                 grid([["NO.", "ITEM", "DESCRIPTION", "QTY", "UNIT PRICE", "AMOUNT"],
                       ["1", "NL-LS02", P("Adjustable aluminium laptop stand<br/>AL6063, 6 steps 55-150mm, 260*220mm<br/>"
                                          "Space grey anodised, laser logo NORDLYS<br/>White box + EPE, EAN label", st["n"]),
                        "1,500 PCS", "USD 8.60", "USD 12,900.00"],
                       ["", "", "TOTAL FOB SHENZHEN", "1,500 PCS", "", "USD 12,900.00"]],
                      [10 * mm, 20 * mm, 76 * mm, 22 * mm, 20 * mm, 26 * mm], size=8.8, align_right_cols=(3, 4, 5)),
                 P(say_usd(total), st["b"]),
                 Spacer(1, 3 * mm),
                 P("PAYMENT TERMS: T/T 30% DEPOSIT, 70% BALANCE BEFORE SHIPMENT<br/>"
                   "DELIVERY TIME: 30 DAYS AFTER DEPOSIT<br/>"
                   "PACKING: 10PCS/CTN, 5 PLY EXPORT CARTON 56*30*36CM, 150 CTNS<br/>"
                   "INSPECTION: AQL 2.5/4.0 BEFORE SHIPMENT<br/>"
                   "WARRANTY: 2 YEARS", st["n"]),
                 Spacer(1, 4 * mm)] + bank_flow + [
                 signature_block("SELLER:<br/>" + SUP_EN + "<br/>" + cn("（合同专用章）") + "<br/>Sunny Deng",
                                 "BUYER:<br/>NORDLYS OFFICE APS<br/><br/>______________")]
        build_pdf(os.path.join(root, "pi", fname), story,
                  letterhead(SUP_EN, SUP_CN, [SUP_ADDR, "Tel: +86 769 2289 3310   Email: sunny@rf-alu.com"],
                             footer="RF-PI260120" + rev),
                  title="PI RF-PI260120" + rev, author="Sunny Deng", page_fmt="Page %d of %d")

    st = styles("Helvetica", 8.8)
    v1_bank = [P("<b>BANK INFORMATION</b>", st["n"]),
               kv([["Beneficiary", "DONGGUAN RUIFENG ALUMINIUM PRODUCTS CO., LTD."],
                   ["Bank name", "China Construction Bank, Dongguan Branch"],
                   ["Bank address", "No. 1 Hongfu Road, Nancheng District, Dongguan, Guangdong, China"],
                   ["Account No.", OLD_AC.replace(" ", "")],
                   ["SWIFT", OLD_SW]], [36 * mm, 138 * mm], size=8.8, ruled=True)]
    pi("", "2026-01-20", v1_bank, "RF-PI260120.pdf")
    r1_bank = [P("<b><u>OUR BANK DETAILS:</u></b>", st["n"]), Spacer(1, 1.5 * mm),
               P("BENEFICIARY: DONGGUAN RUIFENG ALUMINIUM PRODUCTS CO., LTD.<br/>"
                 "BENEFICIARY BANK: CHINA CONSTRUCTION BANK, DONGGUAN BRANCH<br/>"
                 "BANK ADDRESS: NO. 1 HONGFU ROAD, NANCHENG DISTRICT, DONGGUAN, GUANGDONG, CHINA<br/>"
                 "A/C NO.: " + NEW_AC + "<br/>"
                 "SWIFT CODE: " + NEW_SW + "<br/>"
                 "REMARK: PLS REMIT THE BALANCE TO THE ABOVE ACCOUNT", st["n"])]
    pi("-R1", "2026-02-26", r1_bank, "RF-PI260120-R1.pdf")

    # ---- chat (WhatsApp Android, en_GB) ----
    S, Mk = "Sunny Deng", "Mikkel Sørensen"
    write_whatsapp(os.path.join(root, "chat", "WhatsApp Chat with Sunny Deng Ruifeng.txt"), "en_GB", [
        ("2026-01-14 10:02", None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."),
        ("2026-01-14 10:02", S, "Hi Mikkel, quotation RF-Q2601-15 sent to your mail, pls check"),
        ("2026-01-15 08:47", Mk, "Hi Sunny, USD 8.60 FOB Shenzhen for 1,500 pcs is accepted. Please send the PI after the spec is signed."),
        ("2026-01-16 14:30", Mk, "Spec NL-LS02 rev 2 attached. I called your office line to confirm the CCB account, all good."),
        ("2026-01-16 14:30", Mk, "<Media omitted>"),
        ("2026-01-20 11:12", S, "PI RF-PI260120 attached"),
        ("2026-01-20 11:12", S, "<Media omitted>"),
        ("2026-01-21 09:05", Mk, "Deposit USD 3,870.00 paid today, swift copy attached"),
        ("2026-01-21 09:05", Mk, "<Media omitted>"),
        ("2026-01-21 09:40", S, "thanks! will confirm when received 🙏"),
        ("2026-02-10 15:20", Mk, "How is production going? Can you send photos of the anodising?"),
        ("2026-02-10 16:02", S, "<Media omitted>"),
        ("2026-02-10 16:03", S, "anodising done, colour same as golden sample. packing next week after holiday"),
        ("2026-02-26 16:41", S, "Dear Mikkel, goods ready on 3 March. Pls note our company account updated, for balance pls use the new account in revised PI"),
        ("2026-02-26 16:41", S, "<Media omitted>"),
        ("2026-02-26 16:42", S, "PI RF-PI260120-R1"),
        ("2026-02-26 17:20", Mk, "Why has the account changed? It is the same bank. Our finance team will not pay to a new account before we have confirmed it by phone on the number we already have."),
        ("2026-02-27 09:15", S, "old account have limit for foreign currency, new one is USD account. pls pay soon, container booked"),
        ("2026-02-27 09:32", Mk, "We will call your office first. The balance is on hold until then."),
    ])

    write_expected(name, "HOLD", [E("bank.account", "undocumented_change", "critical"),
                                  E("bank.swift", "undocumented_change", "critical")],
                   "PI R1 keeps the bank name but changes account and SWIFT; the buyer questions it and holds payment.")
    write_note(name, '''
Planted: the latest PI (RF-PI260120-R1) keeps beneficiary and bank name (China Construction Bank, Dongguan Branch) but changes
A/C 4405 0177 0081 0000 2316 -> 4405 0162 3300 0901 7745 and SWIFT PCBCCNBJGDX -> PCBCCNBJSZX, in a multi-line block under
"OUR BANK DETAILS:" (BENEFICIARY BANK / A/C NO. / SWIFT CODE on separate lines). The old details are verified in the spec and
given in the quote and PI v1. The buyer asks why and puts the balance on hold: no approval -> bank.account + bank.swift
undocumented_change, critical, HOLD. Noise: bank name only changes case; beneficiary identical; PI v1 (two-column ruled bank
table, unspaced account) is superseded history; every non-bank term in R1 equals v1, the spec and the quote.
''')


# ==========================================================================
# 05  Bluetooth speaker: PI R1 moves the balance to a Hong Kong trading company
# ==========================================================================
def case05():
    name = "05-bt-speaker-bank-hk-table"
    root = case_dir(name)
    SUP_EN = "SHENZHEN YINUO ACOUSTIC TECHNOLOGY CO., LTD."
    SUP_CN = "深圳市亿诺声学科技有限公司"
    SUP_ADDR = "5/F, Block B, Huafeng Industrial Park, Xixiang, Bao'an District, Shenzhen 518102, China"
    write_toml(name, '''
order_id = "BGA-PO-2611"
buyer = ["Bluegum Audio Pty Ltd", "Bluegum Audio", "Bluegum", "Liam O'Connor", "Liam"]
supplier = ["Shenzhen Yinuo Acoustic Technology Co., Ltd.", "深圳市亿诺声学科技有限公司", "Yinuo Acoustic", "Yinuo", "Ken Huang", "Ken"]

[release]
inspection = "passed"

[tolerances]
dimensions = "±1 mm"
weight = "±5%"
''')
    qty, price = 2000, D("9.40")
    total = qty * price
    assert total == D("18800.00")

    # ---- spec (PDF, DejaVu Sans) ----
    st = styles("DejaVuSans", 8.8)
    rows = [["Model", "BG-SP05 portable Bluetooth speaker"],
            ["Audio", "5 W RMS, 52 mm full-range driver + passive radiator, Bluetooth 5.3, TWS pairing"],
            ["Battery", "3.7 V Li-ion 1,200 mAh, USB-C charging, ≥ 8 h play time at 50% volume"],
            ["Housing", "ABS + PC shell, polyester fabric grille, silicone base; IPX5"],
            ["Dimensions", "95 x 95 x 48 mm (±1 mm)"],
            ["Weight", "285 g (±5%)"],
            ["Colour", "Charcoal Pantone 433 C body, grille Pantone Cool Gray 11 C"],
            ["Logo", "BLUEGUM pad printed, white, on the front grille, 25 x 6 mm"],
            ["Certification", "CE (RED), RCM (Australia), FCC ID, RoHS; battery UN38.3 + MSDS"],
            ["Accessories", "USB-C cable 50 cm, user manual (EN)"],
            ["Inner packing", "Colour box with RCM mark and EAN-13"],
            ["Master carton", "40 pcs/ctn, 5-ply export carton 52 x 42 x 27 cm"],
            ["Inspection", "3rd-party pre-shipment inspection, AQL 2.5 / 4.0, General II; balance only after PASS"],
            ["Warranty", "12 months"],
            ["Quantity / price", "2,000 pcs at USD 9.40 FOB Shenzhen (quotation YN-QT-260112)"],
            ["Payment", "T/T 30% deposit with PO, 70% balance before shipment"],
            ["Lead time", "35 days after deposit"]]
    story = [P("Product Specification — BG-SP05", st["title"]),
             P("Document BGA-SPEC-SP05 · version 1.2 · 14 January 2026", st["c"]), Spacer(1, 4 * mm),
             grid([[P("<b>%s</b>" % a, st["n"]), P(esc(b), st["n"])] for a, b in rows], [40 * mm, 134 * mm],
                  font="DejaVuSans", size=8.8, header=False),
             Spacer(1, 8 * mm),
             P("Approved: Liam O'Connor, Product Manager, Bluegum Audio Pty Ltd — 14/01/2026", st["n"])]

    def hdr(c, doc):
        c.setFont("DejaVuSans-Bold", 12)
        c.drawString(18 * mm, A4[1] - 15 * mm, "Bluegum Audio Pty Ltd")
        c.setFont("DejaVuSans", 7.5)
        c.drawString(18 * mm, A4[1] - 19.5 * mm, "ABN 53 618 204 771 · 42 Cremorne Street, Richmond VIC 3121, Australia")
        c.line(18 * mm, A4[1] - 22 * mm, A4[0] - 18 * mm, A4[1] - 22 * mm)
    build_pdf(os.path.join(root, "spec", "BGA-SPEC-SP05_v1.2.pdf"), story, hdr, margins=(18, 18, 28, 20),
              title="BG-SP05 spec", author="Liam O'Connor", page_fmt="%d / %d", page_font="DejaVuSans")

    # ---- quote (PDF, Helvetica) ----
    st = styles("Helvetica", 8.8)
    story = [P("QUOTATION", st["title"]),
             kv([["Quote No.:", "YN-QT-260112", "Date:", "2026-01-12"], ["To:", "Bluegum Audio Pty Ltd", "Attn:", "Liam O'Connor"]],
                [24 * mm, 62 * mm, 20 * mm, 68 * mm]),
             Spacer(1, 3 * mm),
             grid([["Model", "Specification", "MOQ", "Unit Price\nUSD FOB SZ"],
                   ["BG-SP05", P("5W speaker, BT5.3, 1200mAh battery, IPX5, 95*95*48mm, 285g, charcoal PMS433C, "
                                 "pad print logo, colour box, CE/RCM/FCC/RoHS, UN38.3", st["n"]), "1,000 pcs", "9.40"]],
                  [24 * mm, 106 * mm, 20 * mm, 24 * mm], align_right_cols=(3,)),
             Spacer(1, 3 * mm),
             P("Payment: 30% deposit by T/T, 70% before shipment<br/>Lead time: 35 days<br/>"
               "Packing: 40pcs/ctn, 52*42*27cm, G.W. 13.5kg<br/>Warranty: 1 year<br/>Validity: 30 days", st["n"]),
             Spacer(1, 3 * mm),
             P("<b>Bank information</b><br/>Beneficiary: Shenzhen Yinuo Acoustic Technology Co., Ltd.<br/>"
               "Bank: China Merchants Bank, Shenzhen Branch<br/>Account: 755926345110801<br/>SWIFT: CMBCCNBS", st["n"])]
    build_pdf(os.path.join(root, "quotes", "YN-QT-260112.pdf"), story,
              letterhead(SUP_EN, SUP_CN, [SUP_ADDR, "Tel +86 755 2760 4418 | ken@yinuo-audio.com"]),
              title="Quotation YN-QT-260112", author="Ken Huang")

    # ---- PIs ----
    def pi(rev, date, bank_flow, fname, note=None):
        st = styles("Helvetica", 8.8)
        story = [P("PROFORMA INVOICE", st["title"]),
                 kv([["Invoice No.:", "YN-PI-260128" + rev, "Date:", date],
                     ["Buyer:", "Bluegum Audio Pty Ltd", "Contact:", "Liam O'Connor"],
                     ["Address:", "42 Cremorne Street, Richmond VIC 3121, Australia", "PO:", "BGA-PO-2611"]],
                    [22 * mm, 70 * mm, 18 * mm, 64 * mm])]
        if note:
            story += [Spacer(1, 2 * mm), P("<b>" + note + "</b>", st["n"])]
        story += [Spacer(1, 4 * mm),
                  grid([["No.", "Model", "Description", "Qty", "Unit Price", "Amount"],
                        ["1", "BG-SP05", P("Portable BT speaker 5W, BT5.3, 1200mAh, IPX5<br/>95*95*48mm, 285g<br/>"
                                           "Charcoal PMS 433C / grille Cool Gray 11C<br/>Pad print logo BLUEGUM white<br/>"
                                           "CE / RCM / FCC / RoHS, UN38.3 + MSDS", st["n"]),
                         "2,000", "USD 9.40", "USD 18,800.00"],
                        ["", "", "Total FOB Shenzhen", "2,000", "", "USD 18,800.00"]],
                       [10 * mm, 20 * mm, 78 * mm, 18 * mm, 20 * mm, 28 * mm], align_right_cols=(3, 4, 5)),
                  P(say_usd(total), st["n"]),
                  Spacer(1, 3 * mm),
                  P("Payment: 30% T/T deposit with PO, 70% balance before shipment<br/>"
                    "Lead time: 35 days after deposit<br/>"
                    "Packing: colour box, 40 pcs/ctn, 5-ply carton 52*42*27cm, 50 ctns<br/>"
                    "Inspection: 3rd party AQL 2.5/4.0 before shipment<br/>Warranty: 12 months", st["n"]),
                  Spacer(1, 4 * mm)] + bank_flow + [
                  signature_block("Shenzhen Yinuo Acoustic Technology Co., Ltd.<br/>" + cn("（公章）") + "<br/>Ken Huang, Sales Director",
                                  "Confirmed by buyer:<br/><br/>________________")]
        build_pdf(os.path.join(root, "pi", fname), story,
                  letterhead(SUP_EN, SUP_CN, [SUP_ADDR, "Tel +86 755 2760 4418 | ken@yinuo-audio.com"],
                             footer="Yinuo Acoustic | YN-PI-260128" + rev),
                  title="PI YN-PI-260128" + rev, author="Ken Huang", page_fmt="Page %d of %d")

    st = styles("Helvetica", 8.8)
    pi("", "2026-01-28", [P("<b>Bank Information</b><br/>Beneficiary: Shenzhen Yinuo Acoustic Technology Co., Ltd.<br/>"
                            "Bank: China Merchants Bank, Shenzhen Branch<br/>"
                            "Bank address: China Merchants Bank Tower, 7088 Shennan Blvd, Futian, Shenzhen<br/>"
                            "Account No.: 7559 2634 5110 801<br/>SWIFT: CMBCCNBS", st["n"])], "YN-PI-260128.pdf")
    hk = kv([["Beneficiary", "YINUO (HONG KONG) INTERNATIONAL TRADING LIMITED"],
             ["Beneficiary address", "Unit 1502, 15/F, Wing Tuck Commercial Centre, 177 Wing Lok Street, Sheung Wan, Hong Kong"],
             ["Bank name", "Standard Chartered Bank (Hong Kong) Limited"],
             ["Bank address", "4-4A Des Voeux Road Central, Hong Kong"],
             ["Account No.", "447-2-013986-5"],
             ["SWIFT code", "SCBLHKHHXXX"],
             ["Remark", "Balance payment to this account"]], [40 * mm, 134 * mm], ruled=True)
    pi("-R1", "2026-03-06", [P("<b>BANK INFORMATION (UPDATED)</b>", st["n"]), Spacer(1, 1.5 * mm), hk],
       "YN-PI-260128-R1.pdf", note="Revised: bank information updated. Other terms unchanged.")

    # ---- inspection (PDF, Times) ----
    st = styles("Times-Roman", 9.5)
    story = [P("Pre-Shipment Inspection Report", st["title"]),
             kv([["Report", "SQA-SZ-26-03-0417", "Date", "5 March 2026"],
                 ["Client", "Bluegum Audio Pty Ltd", "Supplier", "Shenzhen Yinuo Acoustic Technology Co., Ltd."],
                 ["Product", "BG-SP05 portable Bluetooth speaker", "Order qty", "2,000 pcs / 50 ctns (packed 100%)"]],
                [18 * mm, 62 * mm, 22 * mm, 72 * mm], font="Times-Roman", size=9, ruled=True),
             Spacer(1, 4 * mm),
             grid([["Sampling (ANSI Z1.4, Level II)", "Sample", "Critical (0)", "Major (2.5)", "Minor (4.0)"],
                   ["Allowed Ac/Re", "125", "0/1", "7/8", "10/11"],
                   ["Found", "125", "0", "3", "5"]],
                  [60 * mm, 22 * mm, 30 * mm, 30 * mm, 30 * mm], font="Times-Roman", size=9),
             Spacer(1, 4 * mm),
             grid([["Test", "Requirement", "Result"],
                   ["Function (pairing, playback, TWS)", "all pass", "125/125 pass"],
                   ["Battery capacity check (n=5)", "1,200 mAh", "1,214 mAh avg - pass"],
                   ["Dimensions (n=10)", "95 x 95 x 48 ±1 mm", "95.2 x 94.9 x 48.3 - pass"],
                   ["Weight (n=10)", "285 g ±5%", "287 g - pass"],
                   ["IPX5 spray (n=3)", "no ingress", "pass"],
                   ["Markings", "CE, RCM, FCC ID, WEEE bin", "pass"]],
                  [62 * mm, 52 * mm, 60 * mm], font="Times-Roman", size=9, ruled=False),
             Spacer(1, 4 * mm),
             P("Major: 3 pcs grille fabric loose at edge. Minor: 4 pcs light scratch, 1 pc logo print slightly off-centre.", st["n"]),
             P("<b>Conclusion: PASS</b>", st["h"]),
             P("Inspector: Chen Hao. Checked: Eva Ng, SinoQA Services (Shenzhen).", st["n"])]

    def hdr(c, doc):
        c.setFont("Times-Bold", 13)
        c.drawString(18 * mm, A4[1] - 15 * mm, "SinoQA Services")
        c.setFont("Times-Roman", 8)
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 15 * mm, "Shenzhen · booking@sinoqa.com")
        c.line(18 * mm, A4[1] - 18 * mm, A4[0] - 18 * mm, A4[1] - 18 * mm)
    build_pdf(os.path.join(root, "inspection", "SQA-SZ-26-03-0417.pdf"), story, hdr, margins=(18, 18, 25, 20),
              title="PSI SQA-SZ-26-03-0417", author="SinoQA", page_fmt="Page %d of %d", page_font="Times-Roman")

    # ---- chat (WhatsApp Android, en_AU) ----
    K, L = "Ken Huang", "Liam O'Connor"
    write_whatsapp(os.path.join(root, "chat", "WhatsApp Chat with Ken Huang.txt"), "en_AU", [
        ("2026-01-12 10:15", None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."),
        ("2026-01-12 10:15", K, "Hi Liam, quote YN-QT-260112 in your email 👍"),
        ("2026-01-13 08:02", L, "Thanks Ken, 9.40 works for 2,000 pcs. Sending the spec for sign-off tomorrow."),
        ("2026-01-14 17:30", L, "<Media omitted>"),
        ("2026-01-14 17:30", L, "Spec v1.2 signed."),
        ("2026-01-28 14:05", K, "PI YN-PI-260128 attached"),
        ("2026-01-28 14:05", K, "<Media omitted>"),
        ("2026-01-29 09:12", L, "Deposit USD 5,640.00 sent to the CMB account, MT103 attached"),
        ("2026-01-29 09:12", L, "<Media omitted>"),
        ("2026-01-30 10:20", K, "received with thanks"),
        ("2026-03-05 18:30", L, "Inspection passed, thanks Ken. Send me the loading photos and the B/L draft and we'll pay the balance."),
        ("2026-03-06 11:48", K, "Liam, for balance pls use our Hong Kong company account, USD receive faster. Revised PI R1 attached"),
        ("2026-03-06 11:48", K, "<Media omitted>"),
        ("2026-03-06 12:20", L, "That account is in a different company name. I need to check with our accounts team and call your office before we pay anything there."),
        ("2026-03-06 12:31", K, "same boss, HK company is our sister company, no problem"),
        ("2026-03-06 12:33", K, "This message was deleted"),
    ])

    write_expected(name, "HOLD", [E("bank.beneficiary", "undocumented_change", "critical"),
                                  E("bank.name", "undocumented_change", "critical"),
                                  E("bank.account", "undocumented_change", "critical"),
                                  E("bank.swift", "undocumented_change", "critical")],
                   "PI R1 redirects the balance to a Hong Kong trading company (two-column bank table); not approved.")
    write_note(name, '''
Planted: PI YN-PI-260128-R1 ("bank information updated") moves the balance to YINUO (HONG KONG) INTERNATIONAL TRADING LIMITED,
Standard Chartered Bank (Hong Kong), A/C 447-2-013986-5, SWIFT SCBLHKHHXXX, in a ruled two-column bank table. Quote and PI v1 say
Shenzhen Yinuo Acoustic / China Merchants Bank Shenzhen / 7559 2634 5110 801 / CMBCCNBS. The buyer defers ("check with our
accounts team and call your office") -> 4 x bank.* undocumented_change, critical (beneficiary is not the supplier), HOLD even
though [release] inspection = "passed" is met. Noise: everything else in R1 equals v1, spec and quote ("1200mAh", "PMS 433C",
"95*95*48mm", "Warranty: 1 year" in the quote vs 12 months); "This message was deleted" line; inspection battery 1,214 mAh.
''')


# ==========================================================================
# 06  knitted throw: new bank given in an e-mail sentence, buyer agrees by e-mail
# ==========================================================================
def case06():
    name = "06-throw-blanket-bank-email-prose"
    root = case_dir(name)
    SUP_EN = "SHAOXING KEQIAO HUAMEI TEXTILE CO., LTD."
    SUP_CN = "绍兴柯桥华美纺织有限公司"
    SUP_ADDR = "No. 1288 Yuejin Road, Keqiao District, Shaoxing, Zhejiang 312030, China"
    write_toml(name, '''
order_id = "MM-PO-26-0208"
buyer = ["Maple & Moss Home Inc.", "Maple and Moss", "Maple & Moss", "Hannah Clarke", "Hannah"]
supplier = ["Shaoxing Keqiao Huamei Textile Co., Ltd.", "绍兴柯桥华美纺织有限公司", "Huamei Textile", "Huamei", "Alice Zhu", "Alice"]
stakeholders = ["hannah.clarke@mapleandmoss.ca", "alice.zhu@huamei-textile.com"]

[tolerances]
dimensions = "±2 cm"
weight = "±5%"
''')
    qty, price = 2000, D("7.25")
    total = qty * price
    assert total == D("14500.00")
    bal = total * D("0.70")
    assert bal == D("10150.00")

    # ---- spec (DOCX) ----
    d = new_docx("Calibri", 10.5)
    docx_header_footer(d, "Maple & Moss Home Inc. — Technical Package", "MM-TB13 · Tech pack v2 · 2026-01-21")
    p = d.add_paragraph()
    r = p.add_run("MM-TB13 Chunky Knit Throw — Tech Pack v2")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Supplier: Shaoxing Keqiao Huamei Textile Co., Ltd.   Buyer PO: MM-PO-26-0208")
    docx_table(d, [
        ["Fabric / material", "100% acrylic chenille yarn, chunky cable knit"],
        ["Finished size", "127 x 152 cm (50 x 60 in), tolerance ±2 cm"],
        ["Finished weight", "1.40 kg ±5%"],
        ["Colour", "Oatmeal, Pantone 13-1008 TCX (lab dip L/D-2 approved)"],
        ["Finish", "Brushed, anti-pilling treatment, ≥ grade 3.5 (ISO 12945-2)"],
        ["Edges", "Knotted tassels 6 cm on the short sides"],
        ["Label", "Woven label 5 x 2 cm at corner; care/content label sewn into side seam"],
        ["Certification", "OEKO-TEX Standard 100, product class II"],
        ["Inner packing", "Folded, paper belly band with UPC, recycled PE bag with suffocation warning"],
        ["Master carton", "10 pcs/ctn, 5-ply export carton 60 x 40 x 45 cm"],
        ["Inspection", "Final inspection AQL 2.5 / 4.0 General II by buyer's agent"],
        ["Commercial", "Per quotation HM-Q-0119 accepted by e-mail on 20 Jan 2026"],
    ], widths=[4.2, 12.8])
    d.add_paragraph()
    d.add_paragraph("Signed off: Hannah Clarke, Buying Manager — 21 January 2026")
    save_docx(d, os.path.join(root, "spec", "MM-TB13_techpack_v2.docx"), "Hannah Clarke",
              dt.datetime(2026, 1, 21, 10, 5), "MM-TB13 tech pack")

    # ---- quote (XLSX) ----
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "HM-Q-0119"
    quote_sheet(ws, [(SUP_EN, 13, True), (SUP_CN, 12, False), (SUP_ADDR, 9, False)],
                [("Customer:", "Maple & Moss Home Inc., Toronto"), ("No.:", "HM-Q-0119"), ("Date:", "19-Jan-2026")],
                ["Art. No.", "Description", "Size", "Weight", "Colour", "Qty", "USD/pc FOB Ningbo"],
                [["MM-TB13", "Chunky knit throw, 100% acrylic chenille, tassels, anti-pilling", "127x152cm", "1.4kg",
                  "Oatmeal 13-1008TCX", "2,000 pcs", 7.25]],
                [("Payment:", "T/T 30% deposit, 70% balance against copy of B/L"),
                 ("Delivery:", "40 days after deposit"),
                 ("Packing:", "10pcs/ctn, 60x40x45cm"),
                 ("Cert.:", "OEKO-TEX 100 class II")],
                bank=[("Beneficiary:", "Shaoxing Keqiao Huamei Textile Co., Ltd."),
                      ("Bank:", "Agricultural Bank of China, Shaoxing Keqiao Sub-branch"),
                      ("Account:", "1953 0101 0400 2268 917"),
                      ("SWIFT:", "ABOCCNBJ110")],
                widths=[11, 40, 12, 9, 18, 11, 14])
    save_xlsx(wb, os.path.join(root, "quotes", "HM-Q-0119 Maple&Moss.xlsx"), "Alice Zhu", dt.datetime(2026, 1, 19, 14, 0))

    # ---- PI (PDF, DejaVu Serif) ----
    st = styles("DejaVuSerif", 8.6)
    story = [P("PROFORMA INVOICE", st["title"]),
             Table([[kv([["Messrs.", "MAPLE & MOSS HOME INC."], ["Address", "388 Carlaw Ave, Unit 204, Toronto, ON M4M 2T4, Canada"],
                         ["Attn.", "Ms. Hannah Clarke"]], [18 * mm, 78 * mm], font="DejaVuSerif", size=8.4),
                      kv([["P/I No.", "HM-PI-20260127"], ["Date", "27 Jan 2026"], ["Order", "MM-PO-26-0208"]],
                         [18 * mm, 56 * mm], font="DejaVuSerif", size=8.4)]],
                   colWidths=[100 * mm, 74 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]),
             Spacer(1, 4 * mm),
             grid([["No.", "Art. No.", "Description", "Qty", "Unit price", "Amount"],
                   ["1", "MM-TB13", P("Chunky knit throw 50\"x60\" (127x152cm)<br/>100% acrylic chenille, anti-pilling, knotted tassels<br/>"
                                      "Colour: oatmeal Pantone 13-1008 TCX<br/>Weight 1.40kg/pc<br/>Woven label, OEKO-TEX 100", st["n"]),
                    "2,000 pcs", "US$7.25", "US$14,500.00"],
                   ["", "", "TOTAL  FOB NINGBO", "2,000 pcs", "", "US$14,500.00"]],
                  [10 * mm, 20 * mm, 78 * mm, 20 * mm, 20 * mm, 26 * mm], font="DejaVuSerif", size=8.4,
                  align_right_cols=(3, 4, 5)),
             P(say_usd(total), st["n"]),
             Spacer(1, 3 * mm),
             kv([["Price term", "FOB Ningbo"], ["Payment", "30% T/T deposit, 70% balance against copy of B/L"],
                 ["Lead time", "40 days after deposit"], ["Packing", "10 pcs/ctn, 5-ply carton 60x40x45cm, 200 ctns"],
                 ["Inspection", "AQL 2.5/4.0 by buyer's agent before shipment"]],
                [28 * mm, 146 * mm], font="DejaVuSerif", size=8.4),
             Spacer(1, 3 * mm),
             P("<b>Bank information</b>", st["n"]),
             kv([["Beneficiary", "SHAOXING KEQIAO HUAMEI TEXTILE CO., LTD."],
                 ["Bank", "AGRICULTURAL BANK OF CHINA, SHAOXING KEQIAO SUB-BRANCH"],
                 ["Bank address", "No. 66 Keqiao Avenue, Keqiao, Shaoxing, Zhejiang"],
                 ["Account No.", "19530101040022689 17"],
                 ["SWIFT", "ABOCCNBJ110"]], [28 * mm, 146 * mm], font="DejaVuSerif", size=8.4),
             signature_block("Seller: " + cn("绍兴柯桥华美纺织有限公司") + "<br/>(chop) Alice Zhu", "Buyer: Maple &amp; Moss Home Inc.<br/><br/>_____________",
                             font="DejaVuSerif")]
    build_pdf(os.path.join(root, "pi", "HM-PI-20260127.pdf"), story,
              letterhead(SUP_EN, SUP_CN, [SUP_ADDR, "Tel: 0575-8412 6630  Mob/WeChat: +86 158 6858 3021  alice.zhu@huamei-textile.com"],
                         font="DejaVuSerif", size=14, footer="HM-PI-20260127 / Huamei Textile"),
              title="PI HM-PI-20260127", author="Alice Zhu", page_fmt="- %d of %d -", page_font="DejaVuSerif",
              page_align="center")

    # ---- e-mails ----
    A = "Alice Zhu <alice.zhu@huamei-textile.com>"
    H = "Hannah Clarke <hannah.clarke@mapleandmoss.ca>"
    write_eml(os.path.join(root, "chat", "RE_ Quotation HM-Q-0119 chunky throw.eml"), H, A,
              "RE: Quotation HM-Q-0119 chunky throw", dt.datetime(2026, 1, 20, 9, 14, tzinfo=tz(-5)),
              "Hi Alice,\n\nWe accept quotation HM-Q-0119: 2,000 pcs MM-TB13 at USD 7.25 FOB Ningbo, 30/70, 40 days.\n"
              "Tech pack v2 follows tomorrow. Please send 3 pcs of the production sample in oatmeal.\n\n"
              "Thanks,\nHannah\n\n--\nHannah Clarke | Buying Manager | Maple & Moss Home Inc.\n+1 416 555 0187\n\n"
              "On Mon, Jan 19, 2026 at 1:05 AM Alice Zhu <alice.zhu@huamei-textile.com> wrote:\n"
              "> Dear Hannah,\n> Pls find our quotation HM-Q-0119 attached.\n> Best regards, Alice\n",
              "<CAHmm2026012009140001@mail.gmail.com>", in_reply_to="<HM20260119140512@huamei-textile.com>",
              mailer=None)
    notice = ("Dear Hannah,\n\n"
              "Good day! Hope all is well.\n\n"
              "The goods of MM-PO-26-0208 finished production, the final inspection is booked for 16 March and we plan\n"
              "to load on 18 March (200 ctns, 10 pcs/ctn, same as PI).\n\n"
              "Please kindly note that our company has changed the bank for receiving foreign currency. From now on please\n"
              "remit the balance payment of USD 10,150.00 to our new account with Bank of Ningbo, Shaoxing Branch, account\n"
              "number 8601 0122 0001 4478 53, SWIFT code BKNBCN2NSXX; the beneficiary name is unchanged (Shaoxing Keqiao\n"
              "Huamei Textile Co., Ltd.). The old account at Agricultural Bank of China will be closed by end of March.\n\n"
              "Sorry for any inconvenience caused.\n\n"
              "Best regards\nAlice Zhu\nExport Dept. | Shaoxing Keqiao Huamei Textile Co., Ltd.\nTel: 0575-8412 6630\n")
    write_eml(os.path.join(root, "chat", "Notice of bank account change - Huamei Textile.eml"), A, H,
              "Notice of bank account change - Huamei Textile", dt.datetime(2026, 3, 9, 15, 26, tzinfo=tz(8)),
              notice, "<HM20260309152611@huamei-textile.com>", mailer="Foxmail 7.2.25.228[cn]")
    quoted = "\n".join("> " + ln if ln else ">" for ln in notice.splitlines())
    write_eml(os.path.join(root, "chat", "RE_ Notice of bank account change - Huamei Textile.eml"), H, A,
              "RE: Notice of bank account change - Huamei Textile", dt.datetime(2026, 3, 10, 8, 41, tzinfo=tz(-4)),
              "Hi Alice,\n\nThanks for letting us know. Noted - we will remit the 70% balance (USD 10,150.00) to the new\n"
              "Bank of Ningbo account once we have the copy of the B/L.\n\nGood luck with the inspection on the 16th.\n\n"
              "Best,\nHannah\n\n"
              "On Mon, Mar 9, 2026 at 3:26 AM Alice Zhu <alice.zhu@huamei-textile.com> wrote:\n" + quoted + "\n",
              "<CAHmm2026031008410007@mail.gmail.com>", in_reply_to="<HM20260309152611@huamei-textile.com>",
              references="<HM20260309152611@huamei-textile.com>")

    write_expected(name, "HOLD", [E("bank.name", "chat_only", "critical"),
                                  E("bank.account", "chat_only", "critical"),
                                  E("bank.swift", "chat_only", "critical")],
                   "New bank given in an e-mail sentence; the buyer agrees by e-mail; no PI restates it.")
    write_note(name, '''
Planted: the supplier's e-mail (chat/Notice of bank account change ...eml) gives new bank details in one prose sentence:
Bank of Ningbo, Shaoxing Branch, account 8601 0122 0001 4478 53, SWIFT BKNBCN2NSXX (was ABC Shaoxing Keqiao Sub-branch,
1953 0101 0400 2268 917, ABOCCNBJ110 in the quote and the only PI). The buyer answers by e-mail "Noted - we will remit the 70%
balance ... to the new Bank of Ningbo account" = agreement in a chat/e-mail only -> bank.name, bank.account, bank.swift chat_only,
which stays critical for bank fields (contract section 3) -> HOLD. The beneficiary is explicitly unchanged: no bank.beneficiary finding.
Noise: the PI prints the unchanged account split oddly ("19530101040022689 17"); "50\"x60\" (127x152cm)"; "13-1008TCX";
"30/70" shorthand in the acceptance e-mail; quoted history in the reply repeats the notice.
''')


# ==========================================================================
# 07  45 L duffel: PI downgrades the shell fabric 600D -> 300D
# ==========================================================================
def case07():
    name = "07-duffel-600d-to-300d"
    root = case_dir(name)
    SUP_EN = "QUANZHOU JINHANG BAGS CO., LTD."
    SUP_CN = "泉州市锦航箱包有限公司"
    SUP_ADDR = "No. 55 Qingmeng Science & Technology Park, Luojiang District, Quanzhou, Fujian 362000, China"
    write_toml(name, '''
order_id = "RWO-PO-4471"
buyer = ["Ridgeway Outfitters LLC", "Ridgeway Outfitters", "Ridgeway", "Jordan Pike", "Jordan"]
supplier = ["Quanzhou Jinhang Bags Co., Ltd.", "泉州市锦航箱包有限公司", "Jinhang Bags", "Jinhang", "Ella Chen", "Ella"]

[tolerances]
dimensions = "±1 cm"
weight = "±5%"
''')
    qty, price = 1000, D("8.75")
    total = qty * price
    assert total == D("8750.00")

    # ---- spec (DOCX) ----
    d = new_docx("Arial", 10)
    docx_header_footer(d, "RIDGEWAY OUTFITTERS LLC  |  2450 Larimer St, Denver, CO 80205", "RW-DF45 spec sheet v3  |  Page 1")
    p = d.add_paragraph()
    r = p.add_run("SPEC SHEET  RW-DF45  Trail Duffel 45 L")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Version 3 · 12 Jan 2026 · Vendor: Quanzhou Jinhang Bags Co., Ltd.")
    docx_table(d, [
        ["Component", "Requirement", "Notes"],
        ["Shell fabric", "600D polyester oxford, PU coated x2, waterproof ≥ 1,500 mm", "abrasion ≥ 20,000 cycles (Martindale)"],
        ["Lining", "210D polyester", ""],
        ["Webbing / handles", "38 mm nylon webbing, padded grab handles", ""],
        ["Zipper", "#8 coil zipper, auto-lock pullers", ""],
        ["Dimensions", "56 x 30 x 28 cm (L x W x H)", "±1 cm"],
        ["Weight", "0.95 kg", "±5%"],
        ["Colour", "Olive, Pantone 5747 C; trims black", ""],
        ["Logo", "Rubber patch 70 x 30 mm sewn on front; woven label inside", ""],
        ["Compliance", "CA Prop 65 (lead, phthalates) test report", ""],
        ["Inner pack", "Each bag folded in PE bag with suffocation warning + hangtag", ""],
        ["Master carton", "10 pcs/ctn, 5-ply 60 x 40 x 35 cm", ""],
        ["Inspection", "AQL 2.5/4.0 General II, before balance payment", ""],
    ], header=True, widths=[3.5, 8.5, 5.0])
    d.add_paragraph()
    d.add_paragraph("Commercial: 1,000 pcs · USD 8.75/pc FOB Xiamen · T/T 30% deposit, 70% before shipment · 45 days after deposit "
                    "(quote JH-Q260119).")
    d.add_paragraph("Approved: Jordan Pike, Product & Sourcing — 12 Jan 2026")
    save_docx(d, os.path.join(root, "spec", "RW-DF45_spec_v3.docx"), "Jordan Pike",
              dt.datetime(2026, 1, 12, 15, 30), "RW-DF45 spec")

    # ---- golden sample (DOCX) ----
    d = new_docx("Arial", 10)
    p = d.add_paragraph()
    r = p.add_run("Sample Approval — RW-DF45 (PP sample, round 2)")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Received 14 Jan 2026 · 3 pcs · checked at Ridgeway Denver office")
    docx_table(d, [["Check", "Spec", "S-1", "S-2", "S-3"],
                   ["Shell fabric", "600D PU x2", "600D (swatch test)", "600D", "600D"],
                   ["L x W x H", "56 x 30 x 28 cm ±1", "56.3 x 29.8 x 28.4", "55.8 x 30.2 x 27.9", "56.1 x 30.0 x 28.2"],
                   ["Weight", "0.95 kg ±5%", "0.96 kg", "0.94 kg", "0.97 kg"],
                   ["Colour", "PMS 5747 C", "ok", "ok", "ok"],
                   ["Patch / label", "70 x 30 mm", "ok", "ok", "ok"],
                   ["Water test 1,500 mm", "no leak", "pass", "pass", "pass"]], header=True, bold_first=False)
    d.add_paragraph()
    d.add_paragraph("APPROVED as golden sample — Jordan Pike, 16 Jan 2026. S-2 returned sealed to Jinhang.")
    save_docx(d, os.path.join(root, "sample", "RW-DF45_sample_approval.docx"), "Jordan Pike",
              dt.datetime(2026, 1, 16, 12, 0), "RW-DF45 sample approval")

    # ---- quote (XLSX) ----
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "quotation"
    quote_sheet(ws, [(SUP_EN, 13, True), (SUP_CN, 12, False), (SUP_ADDR, 9, False)],
                [("Customer", "Ridgeway Outfitters LLC"), ("Quote No.", "JH-Q260119"), ("Date", "Jan 19, 2026")],
                ["Item", "Photo", "Material", "Size", "Qty", "FOB Xiamen USD"],
                [["RW-DF45 duffel 45L", "[img]", "600D polyester PU x2, 210D lining, #8 coil zipper", "56x30x28cm", "1000pcs", 8.75]],
                ["Payment: T/T 30% deposit, 70% before shipment", "Lead time: 45 days after deposit",
                 "Packing: 10pcs/ctn 60*40*35cm", "Colour: olive PMS5747C"],
                widths=[20, 9, 40, 12, 10, 14])
    save_xlsx(wb, os.path.join(root, "quotes", "JH-Q260119.xlsx"), "Ella Chen", dt.datetime(2026, 1, 19, 8, 45))

    # ---- PI (PDF, Helvetica + Chinese labels) ----
    st = styles("Helvetica", 8.6)
    desc = ("Trail duffel bag 45L " + cn("旅行袋") + "<br/>"
            "Fabric " + cn("面料") + ": 300D polyester oxford, PU coated x2<br/>"
            "Lining " + cn("里布") + ": 210D polyester; #8 coil zipper<br/>"
            "Size: 22\" x 11.8\" x 11\"<br/>N.W.: 2.09 lbs<br/>"
            "Colour: Olive (PMS 5747C) w/ black trim<br/>Rubber patch logo + woven label")
    story = [P("PROFORMA INVOICE " + cn("形式发票"), st["title"]),
             kv([["Buyer:", "RIDGEWAY OUTFITTERS LLC", "PI No.:", "JH-PI-260205"],
                 ["Address:", "2450 Larimer St, Denver, CO 80205, USA", "Date:", "Feb. 05, 2026"],
                 ["Attn:", "Mr. Jordan Pike", "PO No.:", "RWO-PO-4471"]],
                [18 * mm, 82 * mm, 18 * mm, 56 * mm]),
             Spacer(1, 4 * mm),
             grid([["No.", "Item No.", "Description", "Qty", "Unit Price", "Amount"],
                   ["1", "RW-DF45", P(desc, st["n"]), "1,000 pcs", "USD 8.75", "USD 8,750.00"],
                   ["", "", "TOTAL FOB XIAMEN", "1,000 pcs", "", "USD 8,750.00"]],
                  [10 * mm, 20 * mm, 80 * mm, 20 * mm, 20 * mm, 24 * mm], align_right_cols=(3, 4, 5)),
             P(say_usd(total), st["b"]),
             Spacer(1, 3 * mm),
             P("Terms " + cn("条款") + ":<br/>"
               "1. FOB XIAMEN, CHINA<br/>"
               "2. Payment " + cn("付款") + ": T/T 30% deposit, balance 70% before shipment<br/>"
               "3. Lead time " + cn("交期") + ": 45 days after deposit<br/>"
               "4. Packing " + cn("包装") + ": PE bag + hangtag, 10pcs/ctn, 5 ply 60*40*35cm, 100 ctns<br/>"
               "5. Inspection: AQL 2.5/4.0 before balance", st["n"]),
             Spacer(1, 3 * mm),
             P("<b>Bank " + cn("银行信息") + "</b><br/>Beneficiary: QUANZHOU JINHANG BAGS CO., LTD.<br/>"
               "Bank: Bank of China Quanzhou Branch<br/>SWIFT: BKCHCNBJ73A<br/>A/C: 4062 7119 3108", st["n"]),
             signature_block(cn("泉州市锦航箱包有限公司") + "<br/>(chop) Ella Chen", "Buyer sign:<br/><br/>__________")]
    build_pdf(os.path.join(root, "pi", "JH-PI-260205.pdf"), story,
              letterhead(SUP_EN, SUP_CN, [SUP_ADDR, "Tel: +86 595 2298 7716  E-mail: ella@jinhangbags.com"], cn_first=True,
                         footer="JH-PI-260205"),
              title="PI JH-PI-260205", author="Ella Chen", page_fmt="%d/%d")

    # ---- chat (WhatsApp Android, en_US, plain spaces) ----
    El, Jo = "Ella Chen", "Jordan Pike"
    write_whatsapp(os.path.join(root, "chat", "WhatsApp Chat with Ella Chen Jinhang.txt"), "en_US_plain", [
        ("2026-01-19 08:55", None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."),
        ("2026-01-19 08:55", El, "Hello Jordan, quotation JH-Q260119 sent 😊"),
        ("2026-01-20 07:40", Jo, "Hi Ella, USD 8.75 FOB Xiamen is accepted for 1,000 pcs. The round-2 samples were approved last week, spec v3 applies."),
        ("2026-01-20 08:02", El, "Thank you Jordan! we prepare PI after CNY price check"),
        ("2026-02-02 10:14", El, "Jordan, polyester fabric price go up 12% after New Year"),
        ("2026-02-02 10:15", El, "to keep price 8.75, we can use 300D oxford with double PU coating, look same, also waterproof. ok?"),
        ("2026-02-02 15:48", Jo, "How does 300D hold up on abrasion compared to the 600D? Send me a swatch first, I'll discuss it with our product team."),
        ("2026-02-02 16:01", El, "ok"),
        ("2026-02-05 09:20", El, "PI JH-PI-260205 attached, pls arrange deposit"),
        ("2026-02-05 09:20", El, "<Media omitted>"),
        ("2026-02-05 11:06", Jo, "Received. Deposit goes out Friday."),
        ("2026-02-06 13:30", Jo, "Deposit USD 2,625.00 sent."),
        ("2026-02-09 09:00", El, "received thanks. factory holiday from 12 Feb, back 25 Feb"),
    ])

    write_expected(name, "HOLD", [E("material", "undocumented_change", "high")],
                   "Shell fabric 600D in spec, sample and quote; the PI says 300D; the buyer only asked for a swatch.")
    write_note(name, '''
Planted: spec v3, the golden sample record and quote JH-Q260119 all say 600D polyester oxford (PU x2); the PI JH-PI-260205 says
"300D polyester oxford, PU coated x2". The supplier proposed 300D in WhatsApp; the buyer only asked a question and wanted a swatch
first; paying the deposit against the PI afterwards is not an approval -> material undocumented_change, high, HOLD.
Noise: PI size in inches (22" x 11.8" x 11" = 55.9 x 30.0 x 27.9 cm, within ±1 cm) and "N.W.: 2.09 lbs" (0.948 kg vs 0.95 kg);
lining 210D and #8 zipper unchanged; "Olive (PMS 5747C)" = Pantone 5747 C; bilingual labels (面料/里布/交期/付款); Chinese name
printed first in the letterhead; the supplier's "ok" answers the swatch request, it is not the buyer's approval.
''')


# ==========================================================================
# 08  collapsible silicone lunch box: food-grade platinum silicone -> "silicone
#     (peroxide cured)", and the LFGB certificate line required on the PI is gone
# ==========================================================================
def case08():
    name = "08-silicone-lunchbox-foodgrade-lfgb"
    root = case_dir(name)
    SUP_EN = "XIAMEN HENGXIN SILICONE RUBBER PRODUCTS CO., LTD."
    SUP_CN = "厦门恒新硅橡胶制品有限公司"
    SUP_ADDR = "No. 208 Tongji South Road, Tong'an Industrial Concentration Zone, Xiamen, Fujian 361100, China"
    write_toml(name, '''
order_id = "GZ-PO-26-019"
buyer = ["Groen & Zo B.V.", "Groen en Zo", "Groen & Zo", "Sanne de Vries", "Sanne"]
supplier = ["Xiamen Hengxin Silicone Rubber Products Co., Ltd.", "厦门恒新硅橡胶制品有限公司", "Hengxin Silicone", "Hengxin", "Mandy Xu", "Mandy"]
required_on_pi = ["certification"]

[tolerances]
dimensions = "±1.5 mm"
weight = "±5%"
capacity = "±3%"
''')
    qty, price = 3000, D("2.15")
    total = qty * price
    assert total == D("6450.00")

    # ---- spec (PDF, Helvetica, ruled) ----
    st = styles("Helvetica", 8.8)
    rows = [["Article", "GZ-LB08 collapsible lunch box 800 ml with clip lid"],
            ["Material - body", "LFGB food-grade platinum-cured silicone, no fillers (must pass the pinch/twist test without whitening)"],
            ["Material - frame and lid", "PP, BPA free; lid seal in the same LFGB platinum silicone"],
            ["Capacity", "800 ml expanded (±3%)"],
            ["Dimensions", "190 x 135 x 65 mm expanded; 30 mm collapsed; tolerance ±1.5 mm"],
            ["Weight", "165 g ±5%"],
            ["Colour", "Body sage green Pantone 5635 C; lid white"],
            ["Logo", "\"groen & zo\" debossed on lid, 30 x 8 mm"],
            ["Certification", "LFGB (incl. sensory test) and FDA 21 CFR 177.2600 test reports, not older than 12 months. "
                              "The PI / sales contract shall state the LFGB certification."],
            ["Inner packing", "Printed kraft sleeve with EAN-13"],
            ["Master carton", "48 pcs/ctn, 5-ply export carton 52 x 40 x 38 cm"],
            ["Inspection", "AQL 2.5 / 4.0 General II before shipment"],
            ["Commercial", "3,000 pcs · USD 2.15 FOB Xiamen · 30% T/T deposit, 70% before shipment · 30 days after deposit "
                           "(quotation HX-Q2601-088)"]]
    story = [P("PRODUCT SPECIFICATION GZ-LB08", st["title"]),
             P("Groen &amp; Zo B.V. · spec GZ-SPEC-LB08 · revision C · 15-01-2026", st["c"]), Spacer(1, 4 * mm),
             grid([[P("<b>%s</b>" % a, st["n"]), P(esc(b), st["n"])] for a, b in rows], [44 * mm, 130 * mm], header=False),
             Spacer(1, 8 * mm),
             P("Approved: Sanne de Vries (Inkoop / Purchasing), Groen &amp; Zo B.V. — 15-01-2026 &nbsp;&nbsp; signature: S. de Vries", st["n"])]

    def hdr(c, doc):
        c.setFillColor(colors.Color(0.2, 0.45, 0.3))
        c.setFont("Helvetica-Bold", 14)
        c.drawString(18 * mm, A4[1] - 15 * mm, "groen & zo")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 15 * mm, "Groen & Zo B.V. · Oudegracht 221 · 3511 NH Utrecht · KvK 71938402")
        c.line(18 * mm, A4[1] - 18 * mm, A4[0] - 18 * mm, A4[1] - 18 * mm)
        c.drawString(18 * mm, 10 * mm, "GZ-SPEC-LB08 rev C")
    build_pdf(os.path.join(root, "spec", "GZ-SPEC-LB08_revC.pdf"), story, hdr, margins=(18, 18, 25, 20),
              title="GZ-SPEC-LB08", author="Sanne de Vries", page_fmt="page %d/%d")

    # ---- golden sample (PDF, DejaVu Sans) ----
    st = styles("DejaVuSans", 8.6)
    story = [P("Golden sample record", st["title"]),
             kv([["Article", "GZ-LB08", "Record", "GS-LB08-01"], ["Samples", "3 pcs (pre-production)", "Date", "22-01-2026"]],
                [20 * mm, 66 * mm, 20 * mm, 68 * mm], font="DejaVuSans", size=8.4),
             Spacer(1, 4 * mm),
             grid([["Check", "Spec", "1", "2", "3", "OK"],
                   ["Capacity expanded", "800 ml ±3%", "806 ml", "797 ml", "803 ml", "✓"],
                   ["L x W x H expanded", "190x135x65 ±1.5", "190.6x134.2x65.4", "189.3x135.5x64.8", "190.2x135.1x65.9", "✓"],
                   ["Height collapsed", "30 mm ±1.5", "30.4", "29.6", "30.8", "✓"],
                   ["Weight", "165 g ±5%", "167 g", "163 g", "166 g", "✓"],
                   ["Pinch / twist test", "no whitening", "pass", "pass", "pass", "✓"],
                   ["Odour after 2 h at 70 °C", "none", "none", "none", "none", "✓"],
                   ["Colour body", "Pantone 5635 C", "match", "match", "match", "✓"]],
                  [40 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm, 10 * mm], font="DejaVuSans", size=7.8),
             Spacer(1, 4 * mm),
             P("Result: approved. Body material confirmed as platinum-cured silicone (supplier's material declaration "
               "HX-MD-0117 attached to the sample).", st["n"]),
             Spacer(1, 6 * mm),
             P("Sanne de Vries — Groen &amp; Zo B.V. — 22-01-2026", st["n"])]
    build_pdf(os.path.join(root, "sample", "GS-LB08-01.pdf"), story,
              lambda c, d_: (c.setFont("DejaVuSans", 7.5), c.drawString(18 * mm, A4[1] - 14 * mm, "Groen & Zo B.V. — kwaliteit / quality")),
              margins=(18, 18, 22, 20), title="Golden sample GS-LB08-01", author="Sanne de Vries")

    # ---- quote (XLSX) ----
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Quotation"
    quote_sheet(ws, [(SUP_EN, 13, True), (SUP_CN, 12, False), (SUP_ADDR, 9, False)],
                [("To", "Groen & Zo B.V. (Sanne de Vries)"), ("Quotation No.", "HX-Q2601-088"), ("Date", "2026-01-09")],
                ["Item", "Description", "Capacity", "Qty", "Price USD\nFOB Xiamen", "Remarks"],
                [["GZ-LB08", "Collapsible lunch box, LFGB food grade platinum silicone body + PP lid (BPA free)\n190*135*65mm / folded 30mm, 165g\n"
                  "sage green PMS5635C, white lid, debossed logo", "800ml", "3,000 pcs", 2.15, "kraft sleeve"]],
                [("Payment", "30% T/T deposit, 70% before shipment"), ("Lead time", "30 days after deposit"),
                 ("Packing", "48pcs/ctn, 52*40*38cm"), ("Certificate", "LFGB + FDA test report (SGS)")],
                widths=[10, 52, 10, 11, 12, 14])
    save_xlsx(wb, os.path.join(root, "quotes", "HX-Q2601-088.xlsx"), "Mandy Xu", dt.datetime(2026, 1, 9, 11, 10))

    # ---- PI (PDF, DejaVu Sans Condensed) ----
    st = styles("DejaVuSansCond", 8.8)
    story = [P("PROFORMA INVOICE", st["title"]),
             grid([["Buyer", "PI No.", "Date"],
                   [P("GROEN &amp; ZO B.V.<br/>Oudegracht 221, 3511 NH Utrecht, The Netherlands<br/>Attn: Ms. Sanne de Vries", st["n"]),
                    "HX-PI-260203", "03-Feb-2026"]],
                  [104 * mm, 36 * mm, 34 * mm], font="DejaVuSansCond", size=8.8),
             Spacer(1, 4 * mm),
             grid([["No.", "Item", "Description", "Q'ty", "Unit Price", "Amount"],
                   ["1", "GZ-LB08", P("Collapsible lunch box 27 oz<br/>Material: silicone (peroxide cured) + PP lid<br/>"
                                      "Size: 190*135*65mm, folded 30mm<br/>Colour: sage green 5635C body / white lid<br/>"
                                      "Debossed logo on lid; kraft sleeve with EAN", st["n"]),
                    "3,000 pcs", "USD 2.15", "USD 6,450.00"],
                   ["", "", "Total FOB Xiamen", "3,000 pcs", "", "USD 6,450.00"]],
                  [10 * mm, 18 * mm, 82 * mm, 20 * mm, 20 * mm, 24 * mm], font="DejaVuSansCond", size=8.8,
                  align_right_cols=(3, 4, 5)),
             P(say_usd(total), st["b"]),
             Spacer(1, 3 * mm),
             kv([["Price term:", "FOB Xiamen"], ["Payment:", "30% deposit by T/T, balance 70% before shipment"],
                 ["Lead time:", "30 days after receiving deposit"],
                 ["Packing:", "48pcs/ctn, 5 ply 52*40*38cm, 63 ctns (62 x 48 + 1 x 24)"],
                 ["Inspection:", "AQL 2.5/4.0 before shipment"]], [28 * mm, 146 * mm], font="DejaVuSansCond", size=8.8),
             Spacer(1, 3 * mm),
             P("<b>Bank details:</b> Beneficiary XIAMEN HENGXIN SILICONE RUBBER PRODUCTS CO., LTD. | Bank: Industrial Bank Co., Ltd. "
               "Xiamen Branch | Account 1290 1010 0100 4471 26 | SWIFT FJIBCNBA", st["n"]),
             signature_block("Seller: " + cn("厦门恒新硅橡胶制品有限公司") + " (chop)<br/>Mandy Xu", "Buyer:<br/><br/>______________",
                             font="DejaVuSansCond")]
    build_pdf(os.path.join(root, "pi", "HX-PI-260203.pdf"), story,
              letterhead(SUP_EN, SUP_CN, [SUP_ADDR, "Tel: +86 592 7315 006  Email: mandy@hengxin-silicone.com"],
                         font="DejaVuSansCond", footer="Hengxin Silicone - HX-PI-260203"),
              title="PI HX-PI-260203", author="Mandy Xu", page_fmt="Page %d of %d", page_font="DejaVuSansCond")

    # ---- chat (WhatsApp Android, en_GB) ----
    Md, Sa = "Mandy Xu", "Sanne de Vries"
    write_whatsapp(os.path.join(root, "chat", "WhatsApp Chat with Mandy Xu Hengxin.txt"), "en_GB", [
        ("2026-01-09 09:10", None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."),
        ("2026-01-09 09:10", Md, "Hi Sanne, quotation HX-Q2601-088 sent, LFGB platinum silicone 2.15 usd"),
        ("2026-01-12 13:26", Sa, "Thanks Mandy. 2.15 FOB Xiamen for 3,000 pcs is fine, we go ahead. Spec rev C will follow."),
        ("2026-01-15 16:05", Sa, "<Media omitted>"),
        ("2026-01-15 16:05", Sa, "spec signed"),
        ("2026-01-22 11:40", Sa, "The 3 samples passed all our checks 👍 golden sample record attached"),
        ("2026-01-22 11:40", Sa, "<Media omitted>"),
        ("2026-01-27 09:30", Md, "Sanne, platinum silicone price up a lot this month 😓"),
        ("2026-01-27 09:31", Md, "we can use normal silicone (peroxide cured) to keep the price 2.15, it is also safe, many customers use"),
        ("2026-01-27 09:31", Md, "or platinum need 2.45"),
        ("2026-02-02 14:10", Sa, "Hi Mandy, sorry for the late reply, busy week with the trade fair. Can you send the PI? We need the goods in Rotterdam by end of March."),
        ("2026-02-03 10:05", Md, "PI attached"),
        ("2026-02-03 10:05", Md, "<Media omitted>"),
        ("2026-02-03 10:40", Sa, "Thanks, we'll pay the deposit this week."),
        ("2026-02-05 15:12", Sa, "Deposit USD 1,935.00 paid."),
    ])

    write_expected(name, "HOLD", [E("material", "undocumented_change", "high"),
                                  E("certification", "missing", "high")],
                   "PI swaps LFGB platinum silicone for peroxide-cured silicone and drops the LFGB line the spec requires on the PI.")
    write_note(name, '''
Planted: (1) spec, golden sample and quote: LFGB food-grade platinum-cured silicone; PI HX-PI-260203: "silicone (peroxide cured) + PP
lid". The supplier offered it in WhatsApp; the buyer never answered that point (asked for the PI instead) -> material
undocumented_change, high. (2) The spec says "The PI / sales contract shall state the LFGB certification" (and order.toml lists
certification under required_on_pi); the PI has no certificate line at all -> certification missing, high. Verdict HOLD.
Noise: "27 oz" vs 800 ml (798 ml, inside ±3%); "190*135*65mm"; "5635C" vs "Pantone 5635 C"; "63 ctns (62 x 48 + 1 x 24)";
payment wording "30% deposit by T/T, balance 70%"; the buyer's "we go ahead" (12 Jan) accepts the platinum quote, not the
later downgrade; deposit paid is no approval. The PI's bank (Industrial Bank Xiamen) has no earlier baseline: nothing to compare.
''')


# ==========================================================================
# 09  marble & acacia board: PI weight in lbs out of tolerance + new bank on one line
# ==========================================================================
def case09():
    name = "09-marble-board-weight-bank-oneline"
    root = case_dir(name)
    SUP_EN = "YUNFU SHUNDA STONE CRAFT CO., LTD."
    SUP_CN = "云浮市顺达石材工艺有限公司"
    SUP_ADDR = "Shidu Industrial Road No. 7, Yuncheng District, Yunfu, Guangdong 527300, China"
    write_toml(name, '''
order_id = "AS-PO-0319"
buyer = ["Alder & Slate Ltd", "Alder and Slate", "Alder & Slate", "Priya Shah", "Priya"]
supplier = ["Yunfu Shunda Stone Craft Co., Ltd.", "云浮市顺达石材工艺有限公司", "Shunda Stone", "Shunda", "Lucy Liang", "Lucy"]

[tolerances]
dimensions = "±1.5 mm"
weight = "±5%"
''')
    qty, price = 1200, D("6.80")
    total = qty * price
    assert total == D("8160.00")
    OLD = ("Agricultural Bank of China, Yunfu Branch", "4439 1001 0400 1288 617", "ABOCCNBJ440")

    # ---- spec (DOCX) ----
    d = new_docx("Cambria", 10)
    docx_header_footer(d, "Alder & Slate Ltd · 14 Jersey Street, Manchester M4 6JG · Product specification",
                       "AS-MB38 · spec issue 2 · uncontrolled when printed")
    p = d.add_paragraph()
    r = p.add_run("AS-MB38 Marble & Acacia Serving Board")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Spec issue 2 — 15 January 2026 — supplier: Yunfu Shunda Stone Craft Co., Ltd.")
    docx_table(d, [
        ["Materials", "White Carrara-look natural marble half + acacia wood half, joined with food-safe epoxy and 2 stainless pins"],
        ["Dimensions", "380 x 200 x 15 mm, tolerance ±1.5 mm"],
        ["Weight", "2.10 kg per board, ±5%"],
        ["Finish", "Marble honed and sealed with food-safe sealer; acacia oiled with food-grade mineral oil"],
        ["Feet", "4 cork feet Ø 15 mm under the marble half"],
        ["Logo", "ALDER & SLATE laser engraved on the wood underside, 45 x 10 mm"],
        ["Certification", "Food-contact test report (EU 1935/2004 migration) for sealer and oil"],
        ["Inner packing", "Brown kraft box with 1-colour print and EAN-13, honeycomb paper corner protectors"],
        ["Master carton", "6 pcs/ctn, 5-ply export carton 43 x 24 x 26 cm"],
        ["Inspection", "AQL 2.5 / 4.0 General II, pre-shipment"],
        ["Commercial", "Quotation SD-Q260114 accepted: 1,200 pcs, USD 6.80/pc FOB Shenzhen, T/T 30% deposit and 70% against "
                       "copy of B/L, 45 days after deposit"],
        ["Supplier bank", "Verified by call-back to the landline on the business licence (+86 766 886 2307) on 15-01-2026:\n"
                          "Yunfu Shunda Stone Craft Co., Ltd. / " + OLD[0] + " / A/C " + OLD[1] + " / SWIFT " + OLD[2]],
    ], widths=[3.8, 13.2])
    d.add_paragraph()
    d.add_paragraph("Approved — Priya Shah, Head of Buying, 15 January 2026")
    save_docx(d, os.path.join(root, "spec", "AS-MB38 spec issue 2.docx"), "Priya Shah",
              dt.datetime(2026, 1, 15, 17, 25), "AS-MB38 spec")

    # ---- golden sample (PDF, Helvetica, labels above values) ----
    st = styles("Helvetica", 8.8)
    story = [P("GOLDEN SAMPLE SIGN-OFF", st["title"]),
             above([("Product", "AS-MB38"), ("Sample ref.", "GS-AS-MB38-1"), ("Received", "26/01/2026"), ("Qty", "3 pcs"),
                    ("Signed off", "28/01/2026")], [30 * mm, 36 * mm, 36 * mm, 30 * mm, 42 * mm]),
             Spacer(1, 5 * mm),
             grid([["Measure", "Requirement", "A", "B", "C"],
                   ["Length", "380 ±1.5 mm", "380.4", "379.2", "380.9"],
                   ["Width", "200 ±1.5 mm", "200.3", "199.6", "200.1"],
                   ["Thickness", "15 ±1.5 mm", "15.2", "14.8", "15.3"],
                   ["Weight", "2.10 kg ±5%", "2.12 kg", "2.08 kg", "2.09 kg"],
                   ["Marble/wood joint", "flush, no gap", "ok", "ok", "ok"],
                   ["Laser logo", "45 x 10 mm", "ok", "ok", "ok"]],
                  [40 * mm, 40 * mm, 30 * mm, 30 * mm, 30 * mm]),
             Spacer(1, 5 * mm),
             P("All three samples conform. Sample A kept at Alder &amp; Slate, B returned sealed to Shunda, C for the inspector.", st["n"]),
             Spacer(1, 8 * mm),
             P("Priya Shah, Head of Buying &nbsp;&nbsp;&nbsp; ____P. Shah____", st["n"])]

    def hdr(c, doc):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(18 * mm, A4[1] - 15 * mm, "ALDER & SLATE")
        c.setFont("Helvetica", 7.5)
        c.drawString(18 * mm, 10 * mm, "Alder & Slate Ltd · Company No. 11830427 · QA-GS-02")
    build_pdf(os.path.join(root, "sample", "GS-AS-MB38-1_signoff.pdf"), story, hdr, margins=(18, 18, 24, 20),
              title="Golden sample AS-MB38", author="Priya Shah", page_fmt="Page %d of %d")

    # ---- quote (XLSX) ----
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Quote"
    quote_sheet(ws, [(SUP_EN, 13, True), (SUP_CN, 12, False), (SUP_ADDR, 9, False),
                     ("Tel: +86 766 886 2307   lucy@shundastone.com", 9, False)],
                [("Client:", "Alder & Slate Ltd"), ("Quotation:", "SD-Q260114"), ("Date:", "14 Jan 2026")],
                ["Item", "Description", "Size (mm)", "Weight", "MOQ", "USD/pc FOB Shenzhen"],
                [["AS-MB38", "Marble + acacia serving board, epoxy joint, cork feet, laser logo", "380x200x15", "2.1kg", "1,000", 6.80]],
                [("Payment:", "T/T 30% deposit, 70% against copy of B/L"), ("Lead time:", "45 days after deposit"),
                 ("Packing:", "kraft box, 6pcs/ctn, 43x24x26cm")],
                bank=[("Beneficiary", "YUNFU SHUNDA STONE CRAFT CO., LTD."), ("Bank", OLD[0]),
                      ("A/C No.", OLD[1].replace(" ", "")), ("SWIFT", OLD[2])],
                widths=[10, 48, 13, 9, 9, 14])
    save_xlsx(wb, os.path.join(root, "quotes", "SD-Q260114_Alder&Slate.xlsx"), "Lucy Liang", dt.datetime(2026, 1, 14, 10, 0))

    # ---- PI (PDF, Times, bank on one line) ----
    st = styles("Times-Roman", 9.5)
    story = [P("PROFORMA INVOICE", st["title"]),
             kv([["Consignee:", "ALDER & SLATE LTD", "No.:", "SD-PI-260210"],
                 ["", "14 Jersey Street, Manchester M4 6JG, United Kingdom", "Date:", "10 Feb 2026"],
                 ["Attn:", "Ms Priya Shah", "Order:", "AS-PO-0319"]],
                [24 * mm, 86 * mm, 16 * mm, 48 * mm], font="Times-Roman", size=9.5),
             Spacer(1, 4 * mm),
             grid([["No.", "Item", "Description", "Qty", "Unit Price", "Amount"],
                   ["1", "AS-MB38", P("Marble &amp; acacia serving board<br/>Size: 380x200x15mm<br/>N.W.: 4.10 lbs/pc<br/>"
                                      "Honed + sealed marble, oiled acacia, 4 cork feet<br/>Laser logo on wood underside", st["n"]),
                    "1,200 pcs", "USD 6.80", "USD 8,160.00"],
                   ["", "", "TOTAL (FOB SHENZHEN)", "1,200 pcs", "", "USD 8,160.00"]],
                  [10 * mm, 20 * mm, 78 * mm, 20 * mm, 20 * mm, 26 * mm], font="Times-Roman", size=9.5,
                  align_right_cols=(3, 4, 5)),
             P(say_usd(total), st["n"]),
             Spacer(1, 3 * mm),
             P("Price term: FOB Shenzhen, China<br/>"
               "Payment: 30% deposit by T/T, 70% balance against copy of B/L<br/>"
               "Lead time: 45 days after deposit<br/>"
               "Packing: kraft box with EAN, 6 pcs/ctn, 5-ply carton 43x24x26cm, 200 ctns<br/>"
               "Inspection: AQL 2.5/4.0 pre-shipment", st["n"]),
             Spacer(1, 4 * mm),
             P("Beneficiary: YUNFU SHUNDA STONE CRAFT CO., LTD.", st["n"]),
             P("BANK: BANK OF COMMUNICATIONS, YUNFU BRANCH - A/C NO.: 4496 0000 1018 0100 62591 - SWIFT: COMMCNSHYFU", st["s"]),
             signature_block("For " + SUP_EN + "<br/>" + cn("（公章）") + " Lucy Liang", "Accepted by buyer:<br/><br/>_____________",
                             font="Times-Roman")]
    build_pdf(os.path.join(root, "pi", "SD-PI-260210.pdf"), story,
              letterhead(SUP_EN, SUP_CN, [SUP_ADDR, "Tel: +86 766 886 2307   lucy@shundastone.com"], font="Times-Roman",
                         footer="SD-PI-260210"),
              title="PI SD-PI-260210", author="Lucy Liang", page_fmt="Page %d of %d", page_font="Times-Roman")

    # ---- chat (WhatsApp Android, en_GB) ----
    Lu, Pr = "Lucy Liang", "Priya Shah"
    write_whatsapp(os.path.join(root, "chat", "WhatsApp Chat with Lucy Liang Shunda Stone.txt"), "en_GB", [
        ("2026-01-14 08:20", None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."),
        ("2026-01-14 08:20", Lu, "Good morning Priya, quotation SD-Q260114 sent to your mailbox"),
        ("2026-01-14 12:47", Pr, "Thanks Lucy. 6.80 FOB Shenzhen for 1,200 pcs accepted. I'll call your office tomorrow to confirm your bank details, standard procedure for new suppliers."),
        ("2026-01-15 09:35", Pr, "Spoke to your colleague on the landline, ABC account confirmed. Spec issue 2 attached."),
        ("2026-01-15 09:35", Pr, "<Media omitted>"),
        ("2026-01-26 16:10", Pr, "Samples received, they look great. Will sign off this week."),
        ("2026-01-28 10:02", Pr, "<Media omitted>"),
        ("2026-01-28 10:02", Pr, "Golden sample signed"),
        ("2026-02-10 11:18", Lu, "PI SD-PI-260210 attached, pls arrange 30% deposit"),
        ("2026-02-10 11:18", Lu, "<Media omitted>"),
        ("2026-02-10 13:55", Pr, "Received, I'll pass it to finance."),
        ("2026-02-11 09:20", Pr, "Can you confirm the boards will have the cork feet already fitted?"),
        ("2026-02-11 09:41", Lu, "yes, cork feet fitted before packing"),
    ])

    write_expected(name, "HOLD", [E("weight", "undocumented_change", "high"),
                                  E("bank.name", "undocumented_change", "critical"),
                                  E("bank.account", "undocumented_change", "critical"),
                                  E("bank.swift", "undocumented_change", "critical")],
                   "PI weight 4.10 lbs (1.86 kg) vs 2.10 kg ±5%; PI bank on one line differs from the verified account.")
    write_note(name, '''
Planted: (1) PI "N.W.: 4.10 lbs/pc" = 1.86 kg vs spec 2.10 kg ±5% (1.995-2.205 kg) and golden sample 2.08-2.12 kg, nothing approves
it -> weight undocumented_change, high. (2) The PI's bank keys sit on one line with " - " separators (beneficiary on the line
above): BANK OF COMMUNICATIONS, YUNFU BRANCH /
4496 0000 1018 0100 62591 / COMMCNSHYFU, while the spec (verified by call-back) and the accepted quote give Agricultural Bank of China,
Yunfu Branch / 4439 1001 0400 1288 617 / ABOCCNBJ440; the beneficiary is the same company -> bank.name, bank.account, bank.swift
undocumented_change, critical. Verdict HOLD. Noise: size "380x200x15mm" matches; the comma inside the bank name; payment reordered;
"TOTAL (FOB SHENZHEN)"; the buyer's cork-feet question; the chat never mentions a bank change.
''')


# ==========================================================================
# 10  cooler bag, Spanish buyer: colour changed by a signed change order,
#     carton quantity changed only in WhatsApp ("Vale, adelante")
# ==========================================================================
def case10():
    name = "10-cooler-bag-co-and-chat-es"
    root = case_dir(name)
    SUP_EN = "NINGBO HAOYU OUTDOOR PRODUCTS CO., LTD."
    SUP_CN = "宁波浩宇户外用品有限公司"
    SUP_ADDR = "No. 77 Jinshan Road, Jiangbei Investment Pioneering Park, Ningbo, Zhejiang 315033, China"
    write_toml(name, '''
order_id = "MDO-2026-014"
buyer = ["Mediterránea Outdoor S.L.", "Mediterranea Outdoor", "Mediterránea Outdoor", "Lucía Martínez", "Lucia Martinez", "Lucía"]
supplier = ["Ningbo Haoyu Outdoor Products Co., Ltd.", "宁波浩宇户外用品有限公司", "Haoyu Outdoor", "Haoyu", "Tina Wu", "Tina"]

[tolerances]
dimensions = "±1 cm"
weight = "±5%"
capacity = "±5%"
''')
    qty, price = 2500, D("5.45")
    total = qty * price
    assert total == D("13625.00")
    assert 156 * 16 + 4 == 2500 and 125 * 20 == 2500

    # ---- spec (DOCX) ----
    d = new_docx("Calibri", 10)
    docx_header_footer(d, "MEDITERRÁNEA OUTDOOR S.L. — Ficha técnica / Technical sheet", "MO-CB20 · v1 · 09/01/2026")
    p = d.add_paragraph()
    r = p.add_run("Technical Sheet MO-CB20 — Soft Cooler Bag 20 L")
    r.bold = True
    r.font.size = Pt(15)
    docx_table(d, [
        ["Item", "Requirement"],
        ["Outer fabric", "420D polyester ripstop, PU coated"],
        ["Insulation", "8 mm EPE foam, all sides and base"],
        ["Lining", "Food-safe PEVA, heat-welded seams, leak-proof"],
        ["Capacity", "20 L"],
        ["Dimensions", "34 x 24 x 28 cm (±1 cm)"],
        ["Weight", "0.62 kg (±5%)"],
        ["Colour", "Body navy Pantone 2767 C; webbing and zipper black"],
        ["Logo", "1-colour silk screen, white, front panel, 120 x 40 mm"],
        ["Certification", "REACH compliance and PAH test report for PEVA lining"],
        ["Inner packing", "Each bag folded in PE bag with hangtag"],
        ["Master carton", "20 pcs/ctn, 5-ply export carton 58 x 36 x 50 cm"],
        ["Inspection", "AQL 2.5 / 4.0 General II before shipment"],
        ["Quantity / price", "2,500 pcs — USD 5.45/pc FOB Ningbo (quotation HY-Q-260107)"],
        ["Payment", "30% T/T deposit, 70% balance before shipment"],
        ["Lead time", "40 days after deposit"],
    ], header=True, widths=[4.0, 13.0])
    d.add_paragraph()
    d.add_paragraph("Aprobado / Approved: Lucía Martínez, Responsable de Compras — 09/01/2026")
    save_docx(d, os.path.join(root, "spec", "Ficha_tecnica_MO-CB20_v1.docx"), "Lucía Martínez",
              dt.datetime(2026, 1, 9, 12, 30), "MO-CB20 technical sheet")

    # ---- golden sample (DOCX) ----
    d = new_docx("Calibri", 10)
    p = d.add_paragraph()
    r = p.add_run("Muestra de referencia / Golden sample — MO-CB20")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Recibida / received 19/01/2026 — 3 pcs (navy) — ref. GS-MO-CB20")
    docx_table(d, [["Control", "Especificación", "M1", "M2", "M3"],
                   ["Dimensions", "34x24x28 cm ±1", "34.3x24.1x27.6", "33.8x23.7x28.2", "34.0x24.4x28.5"],
                   ["Weight", "0.62 kg ±5%", "0.63 kg", "0.61 kg", "0.62 kg"],
                   ["Capacity", "20 L", "20.4 L", "19.8 L", "20.1 L"],
                   ["Leak test 24 h", "no leak", "ok", "ok", "ok"],
                   ["Colour", "Pantone 2767 C", "ok", "ok", "ok"],
                   ["Logo print", "white 120x40", "ok", "ok", "ok"]], header=True, bold_first=False)
    d.add_paragraph()
    d.add_paragraph("APROBADA / APPROVED — Lucía Martínez, 21/01/2026")
    save_docx(d, os.path.join(root, "sample", "Muestra_referencia_MO-CB20.docx"), "Lucía Martínez",
              dt.datetime(2026, 1, 21, 10, 0), "Golden sample MO-CB20")

    # ---- quote (XLSX) ----
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "报价单"
    quote_sheet(ws, [(SUP_EN, 13, True), (SUP_CN, 12, False), (SUP_ADDR, 9, False)],
                [("To:", "Mediterránea Outdoor S.L. — Lucía Martínez"), ("Quotation No.:", "HY-Q-260107"), ("Date:", "07/01/2026")],
                ["Model", "Description", "Qty", "FOB Ningbo USD", "Packing"],
                [["MO-CB20", "20L soft cooler bag, 420D ripstop PU, 8mm EPE, PEVA lining\n34x24x28cm, 0.62kg\nnavy PMS 2767C, white silk screen logo",
                  "2500pcs", 5.45, "20pcs/ctn\n58x36x50cm"]],
                ["Payment: 30% deposit, 70% before shipment", "Lead time: 40 days",
                 "Price valid 30 days"],
                widths=[11, 52, 10, 14, 16])
    save_xlsx(wb, os.path.join(root, "quotes", "HY-Q-260107.xlsx"), "Tina Wu", dt.datetime(2026, 1, 7, 9, 15))

    # ---- PIs (PDF, DejaVu Sans) ----
    def pi(rev, date, colour, packing, fname, remark=None):
        st = styles("DejaVuSans", 8.4)
        story = [P("PROFORMA INVOICE", st["title"]),
                 above([("PI No.", "HY-PI-260116" + rev), ("Date", date), ("Buyer", "MEDITERRÁNEA OUTDOOR S.L."),
                        ("PO", "MDO-2026-014")], [36 * mm, 28 * mm, 76 * mm, 34 * mm], font="DejaVuSans", size=8.6),
                 P("Buyer address: C/ de Colón 48, 46004 València, Spain &nbsp;·&nbsp; Attn: Ms. Lucía Martínez", st["s"])]
        if remark:
            story += [Spacer(1, 2 * mm), P("<b>" + remark + "</b>", st["n"])]
        story += [Spacer(1, 3 * mm),
                  grid([["No.", "Model", "Description", "Qty", "Unit price", "Amount"],
                        ["1", "MO-CB20", P("Soft cooler bag 20L<br/>420D polyester ripstop + PU, 8mm EPE foam, PEVA lining<br/>"
                                           "Size 34x24x28cm, 0.62kg<br/>Colour: " + colour + ", black webbing<br/>"
                                           "Logo: 1C silk screen white, 120x40mm", st["n"]),
                         "2,500 pcs", "USD 5.45", "USD 13,625.00"],
                        ["", "", "TOTAL FOB NINGBO", "2,500 pcs", "", "USD 13,625.00"]],
                       [10 * mm, 18 * mm, 82 * mm, 20 * mm, 20 * mm, 24 * mm], font="DejaVuSans", size=8.4,
                       align_right_cols=(3, 4, 5)),
                  P(say_usd(total), st["b"]),
                  Spacer(1, 3 * mm),
                  kv([["Payment", "30% T/T deposit, 70% balance before shipment"], ["Lead time", "40 days after deposit"],
                      ["Packing", packing], ["Inspection", "AQL 2.5/4.0 before shipment"], ["Port", "Ningbo"]],
                     [26 * mm, 148 * mm], font="DejaVuSans", size=8.4),
                  Spacer(1, 3 * mm),
                  kv([["Beneficiary", "NINGBO HAOYU OUTDOOR PRODUCTS CO., LTD."], ["Bank", "Bank of Ningbo, Jiangbei Sub-branch"],
                      ["A/C No.", "5101 0122 0000 3867 4"], ["SWIFT", "BKNBCN2N"]], [26 * mm, 148 * mm], font="DejaVuSans", size=8.4),
                  signature_block(cn("宁波浩宇户外用品有限公司") + " (chop)<br/>Tina Wu", "Buyer: ____________", font="DejaVuSans")]
        build_pdf(os.path.join(root, "pi", fname), story,
                  letterhead(SUP_EN, SUP_CN, [SUP_ADDR, "Tel +86 574 8763 2291 · tina@haoyu-outdoor.com"], font="DejaVuSans",
                             size=13, footer="Haoyu Outdoor · HY-PI-260116" + rev),
                  title="PI HY-PI-260116" + rev, author="Tina Wu", page_fmt="%d/%d", page_font="DejaVuSans")

    pi("", "16 Jan 2026", "navy PMS 2767C", "PE bag + hangtag, 20 pcs/ctn, 5-ply carton 58x36x50cm, 125 ctns", "HY-PI-260116.pdf")
    pi("-R1", "20 Feb 2026", "terracotta PMS 7586C",
       "PE bag + hangtag, 16 pcs/ctn, 5-ply carton 58x36x50cm, 157 ctns (156 x 16 + 1 x 4)", "HY-PI-260116-R1.pdf",
       remark="R1: colour per change order CO-MDO-014-01; packing 16 pcs/ctn.")

    # ---- change order (PDF, Helvetica, signed) ----
    st = styles("Helvetica", 9)
    story = [P("CHANGE ORDER / ORDEN DE CAMBIO", st["title"]),
             kv([["CO No.:", "CO-MDO-014-01", "Date:", "10/02/2026"],
                 ["Purchase order:", "MDO-2026-014", "Item:", "MO-CB20 soft cooler bag 20 L"],
                 ["Supplier:", "Ningbo Haoyu Outdoor Products Co., Ltd.", "Requested by:", "Lucía Martínez"]],
                [28 * mm, 60 * mm, 26 * mm, 60 * mm], size=8.8),
             Spacer(1, 5 * mm),
             grid([["Field", "Original", "New"],
                   ["Colour (body)", "Navy, Pantone 2767 C", "Terracotta, Pantone 7586 C"]],
                  [40 * mm, 67 * mm, 67 * mm], size=9),
             Spacer(1, 4 * mm),
             P("Unchanged: webbing and zipper black; logo white silk screen; unit price USD 5.45; quantity 2,500 pcs; "
               "lead time 40 days after deposit; all other points of technical sheet MO-CB20 v1.", st["n"]),
             P("Reason: customer's summer 2026 colour palette. A lab dip in Pantone 7586 C is to be approved before bulk dyeing.", st["n"]),
             Spacer(1, 10 * mm),
             grid([["Approved by buyer", "Acknowledged by supplier"],
                   [P("Lucía Martínez<br/>Responsable de Compras / Purchasing Manager<br/>Mediterránea Outdoor S.L.<br/><br/>"
                      "Signature: <i>Lucía Martínez</i><br/>Date: 10/02/2026", st["n"]),
                    P("Tina Wu<br/>Sales Manager<br/>Ningbo Haoyu Outdoor Products Co., Ltd.<br/><br/>"
                      "Signature: <i>Tina Wu</i> " + cn("（公章）") + "<br/>Date: 11/02/2026", st["n"])]],
                  [87 * mm, 87 * mm], size=9)]

    def hdr(c, doc):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(18 * mm, A4[1] - 15 * mm, "MEDITERRÁNEA OUTDOOR S.L.")
        c.setFont("Helvetica", 7.5)
        c.drawString(18 * mm, A4[1] - 19 * mm, "CIF B-98417326 · C/ de Colón 48, 46004 València · compras@mediterranea-outdoor.es")
        c.line(18 * mm, A4[1] - 21.5 * mm, A4[0] - 18 * mm, A4[1] - 21.5 * mm)
        c.drawString(18 * mm, 10 * mm, "CO-MDO-014-01 · signed copy")
    build_pdf(os.path.join(root, "changes", "CO-MDO-014-01_colour_signed.pdf"), story, hdr, margins=(18, 18, 27, 20),
              title="Change order CO-MDO-014-01", author="Lucía Martínez", page_fmt="Página %d de %d")

    # ---- chat (WhatsApp Android, Spanish locale) ----
    T, Lc = "Tina Wu", "Lucía Martínez"
    write_whatsapp(os.path.join(root, "chat", "Chat de WhatsApp con Tina Wu Haoyu.txt"), "es_ES", [
        ("2026-01-07 09:40", None, "Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos. Toca para obtener más información."),
        ("2026-01-07 09:40", T, "Hola Lucía! Tina from Haoyu. Quotation HY-Q-260107 sent to your email"),
        ("2026-01-07 10:15", Lc, "Hola Tina, gracias. Precio 5,45 USD FOB Ningbo ok para 2.500 uds. Te mando la ficha técnica."),
        ("2026-01-09 12:40", Lc, "<Multimedia omitido>"),
        ("2026-01-09 12:40", Lc, "Ficha técnica MO-CB20 firmada"),
        ("2026-01-16 10:02", T, "PI HY-PI-260116 attached"),
        ("2026-01-16 10:02", T, "<Multimedia omitido>"),
        ("2026-01-19 17:30", Lc, "Muestras recibidas, todo bien 👍"),
        ("2026-01-20 09:10", Lc, "Depósito del 30% enviado: 4.087,50 USD"),
        ("2026-02-05 16:20", Lc, "Tina, nuestro cliente quiere cambiar el color a terracota, Pantone 7586 C. ¿Es posible sin cambiar precio?"),
        ("2026-02-05 16:48", T, "yes possible, same price, need 3 days more for the new fabric dyeing but delivery still ok"),
        ("2026-02-05 16:50", Lc, "Perfecto, te mando el change order firmado."),
        ("2026-02-10 12:05", Lc, "<Multimedia omitido>"),
        ("2026-02-10 12:05", Lc, "Change order CO-MDO-014-01 firmado"),
        ("2026-02-11 09:12", T, "received, signed back 👍"),
        ("2026-02-11 09:12", T, "<Multimedia omitido>"),
        ("2026-02-18 10:30", T, "Lucía, about packing: 20pcs per carton too tight, the foam get pressed and bag deform.\nwe suggest 16 pcs/ctn, same carton size 58x36x50"),
        ("2026-02-18 10:31", T, "total will be 157 ctns"),
        ("2026-02-18 11:02", Lc, "Vale, adelante con 16 unidades por caja. El flete casi no cambia."),
        ("2026-02-20 15:30", T, "PI R1 attached with new colour and packing"),
        ("2026-02-20 15:30", T, "<Multimedia omitido>"),
        ("2026-02-20 17:10", Lc, "¿Podéis mandar foto del tejido terracota antes de cortar?"),
        ("2026-02-21 09:05", T, "<Multimedia omitido>"),
        ("2026-02-21 09:06", Lc, "Color perfecto 👌"),
        ("2026-03-03 11:00", Lc, "Para el pedido de septiembre: ¿3.000 uds a 5,10 USD sería posible?"),
        ("2026-03-03 11:45", T, "for 3000pcs in September 5.10 USD ok, FOB Ningbo"),
        ("2026-03-03 11:50", Lc, "Genial, lo hablamos en mayo."),
    ])

    write_expected(name, "REVIEW", [E("color", "documented_change", "info"),
                                    E("packaging.carton_qty", "chat_only", "medium")],
                   "Colour change covered by a signed change order; 20 -> 16 pcs/ctn agreed only in WhatsApp (Spanish).")
    write_note(name, '''
Planted: (1) body colour navy Pantone 2767 C (spec, golden sample, quote, PI v1) -> terracotta PMS 7586C in PI R1, covered by
changes/CO-MDO-014-01_colour_signed.pdf signed by the buyer (Lucía Martínez, 10/02/2026) -> color documented_change, info.
(2) 20 -> 16 pcs/ctn in PI R1, agreed only in the Spanish WhatsApp ("Vale, adelante con 16 unidades por caja") ->
packaging.carton_qty chat_only, medium. Verdict REVIEW. Noise: the carton size stays 58x36x50cm (no carton_size finding);
"157 ctns (156 x 16 + 1 x 4)"; decimal commas ("5,45 USD", "4.087,50 USD" = 30% deposit); the chat talk before the CO must not
make the colour chat_only; "5,10 USD" for 3.000 uds is a September order; PI v1 is superseded history; lead time unchanged.
''')


# ==========================================================================
# 11  glass food containers, 4 SKUs: only PT-GC-R1040 packs 18 instead of 24/ctn
# ==========================================================================
def case11():
    name = "11-glass-containers-multi-sku-carton"
    root = case_dir(name)
    SUP_EN = "CANGZHOU JINGYI GLASSWARE CO., LTD."
    SUP_CN = "沧州晶怡玻璃制品有限公司"
    SUP_ADDR = "No. 19 Chuangye Road, Botou Economic Development Zone, Cangzhou, Hebei 062150, China"
    write_toml(name, '''
order_id = "PT-PO-26-112"
buyer = ["Pantry Theory Inc.", "Pantry Theory", "Rachel Kim", "Rachel"]
supplier = ["Cangzhou Jingyi Glassware Co., Ltd.", "沧州晶怡玻璃制品有限公司", "Jingyi Glassware", "Jingyi", "Echo Liu", "Echo"]
stakeholders = ["rachel.kim@pantrytheory.com", "echo@jingyi-glass.com"]

[tolerances]
dimensions = "±2 mm"
weight = "±5%"
capacity = "±3%"
''')
    # sku, shape, ml, oz, dims, weight g, qty, price, pcs/ctn (spec), carton
    SKUS = [
        ("PT-GC-R400", "Round", 400, "13.5 oz", "Ø 130 x 70 mm", 380, 2400, D("1.32"), 48, "56 x 38 x 30 cm"),
        ("PT-GC-R640", "Rectangular", 640, "21.6 oz", "180 x 130 x 65 mm", 560, 2400, D("1.58"), 40, "58 x 40 x 34 cm"),
        ("PT-GC-S800", "Square", 800, "27 oz", "150 x 150 x 75 mm", 690, 1800, D("1.74"), 30, "48 x 48 x 40 cm"),
        ("PT-GC-R1040", "Rectangular", 1040, "35 oz", "200 x 150 x 75 mm", 850, 1800, D("2.06"), 24, "62 x 46 x 40 cm"),
    ]
    PI_PCS = {"PT-GC-R1040": 18}
    amounts = [s[6] * s[7] for s in SKUS]
    total = sum(amounts)
    assert total == D("13800.00"), total
    for s in SKUS:
        assert s[6] % PI_PCS.get(s[0], s[8]) == 0

    # ---- spec (DOCX, SKU table) ----
    d = new_docx("Calibri", 10)
    docx_header_footer(d, "PANTRY THEORY INC. — Vendor Specification", "PT-GC glass container program · spec rev 3 · 22 Jan 2026")
    p = d.add_paragraph()
    r = p.add_run("Glass Container Program PT-GC — Vendor Specification rev 3")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Vendor: Cangzhou Jingyi Glassware Co., Ltd.   PO: PT-PO-26-112")
    p = d.add_paragraph()
    p.add_run("General (all SKUs)").bold = True
    docx_table(d, [
        ["Glass", "High borosilicate glass 3.3, oven safe to 400 °C, thermal shock ΔT 120 °C"],
        ["Lid", "PP lid (BPA free) with food-grade silicone gasket and 4 locking tabs; colour light grey Pantone Cool Gray 4 C"],
        ["Logo", "PANTRY THEORY embossed on glass base"],
        ["Certification", "FDA (glass, PP, silicone) and California Prop 65 test reports"],
        ["Inner packing", "Each container in a white mailer box with UPC label"],
        ["Carton", "5-ply export carton with paper dividers; sizes and pcs/ctn per SKU below"],
        ["Inspection", "AQL 2.5 / 4.0 General II, pre-shipment, per SKU"],
        ["Commercial", "Quotation JY-QT-2601-07 accepted by e-mail 27 Jan 2026: FOB Tianjin, T/T 30% deposit, 70% before "
                       "loading, 45 days after deposit"],
    ], widths=[3.5, 13.5])
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Per SKU").bold = True
    docx_table(d, [["SKU", "Shape", "Capacity", "Outer size", "Weight", "Qty", "Pcs/ctn", "Carton"]] +
               [[s[0], s[1], "%d ml" % s[2], s[4], "%d g" % s[5], "{:,} pcs".format(s[6]), str(s[8]), s[9]] for s in SKUS],
               header=True, bold_first=True, size=9)
    d.add_paragraph("Tolerances: dimensions ±2 mm, weight ±5%, capacity ±3%.")
    d.add_paragraph()
    d.add_paragraph("Approved: Rachel Kim, Sourcing Director, Pantry Theory Inc. — 22 Jan 2026")
    save_docx(d, os.path.join(root, "spec", "PT-GC_vendor_spec_rev3.docx"), "Rachel Kim",
              dt.datetime(2026, 1, 22, 18, 20), "PT-GC vendor spec")

    # ---- quote (XLSX) ----
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "JY-QT-2601-07"
    quote_sheet(ws, [(SUP_EN, 13, True), (SUP_CN, 12, False), (SUP_ADDR, 9, False),
                     ("Tel: +86 317 8261 405   echo@jingyi-glass.com", 9, False)],
                [("Customer:", "Pantry Theory Inc., Austin TX"), ("Quotation No.:", "JY-QT-2601-07"), ("Date:", "2026-01-21"),
                 ("Price term:", "FOB Tianjin")],
                ["No.", "SKU", "Description", "Capacity", "Size", "Qty", "USD/pc", "Pcs/ctn", "Carton size"],
                [[i + 1, s[0], "%s borosilicate container, PP lid, silicone gasket" % s[1], "%dml" % s[2],
                  s[4].replace(" ", ""), s[6], float(s[7]), s[8], s[9].replace(" ", "")] for i, s in enumerate(SKUS)],
                ["Payment: T/T 30% deposit, 70% before loading", "Lead time: 45 days after deposit",
                 "Lid colour: light grey (Cool Gray 4C); logo embossed on base", "Test reports: FDA, Prop 65",
                 "Quotation valid 60 days"],
                widths=[5, 14, 40, 10, 18, 8, 9, 9, 14])
    save_xlsx(wb, os.path.join(root, "quotes", "JY-QT-2601-07.xlsx"), "Echo Liu", dt.datetime(2026, 1, 21, 16, 0))

    # ---- golden sample (PDF, Times) ----
    st = styles("Times-Roman", 9.5)
    meas = [["SKU", "Capacity (spec)", "Measured (3 pcs)", "Size (spec)", "Measured", "Weight (spec)", "Measured"],
            ["PT-GC-R400", "400 ml", "404 / 398 / 402", "Ø130 x 70", "130.5 x 69.6", "380 g", "383 / 377 / 381"],
            ["PT-GC-R640", "640 ml", "646 / 637 / 641", "180x130x65", "180.8x129.5x65.3", "560 g", "566 / 552 / 561"],
            ["PT-GC-S800", "800 ml", "806 / 795 / 803", "150x150x75", "150.6x149.4x75.8", "690 g", "694 / 683 / 697"],
            ["PT-GC-R1040", "1040 ml", "1,049 / 1,032 / 1,045", "200x150x75", "200.9x150.7x74.5", "850 g", "858 / 846 / 853"]]
    story = [P("Golden Sample Approval — PT-GC program", st["title"]),
             P("Samples received 30 Jan 2026 (3 pcs per SKU). Record GS-PTGC-03.", st["c"]), Spacer(1, 4 * mm),
             grid(meas, [24 * mm, 22 * mm, 32 * mm, 22 * mm, 30 * mm, 20 * mm, 26 * mm], font="Times-Roman", size=8.5),
             Spacer(1, 4 * mm),
             P("Thermal shock (boiling water → ice water), lid seal (inverted 30 min) and embossing: all pass.", st["n"]),
             P("Decision: all four SKUs APPROVED as golden samples.", st["n"]),
             Spacer(1, 8 * mm),
             P("Rachel Kim, Sourcing Director — 3 Feb 2026 &nbsp;&nbsp; signed: R. Kim", st["n"])]
    build_pdf(os.path.join(root, "sample", "GS-PTGC-03.pdf"), story,
              lambda c, d_: (c.setFont("Times-Bold", 10), c.drawString(18 * mm, A4[1] - 14 * mm, "Pantry Theory Inc. · Quality")),
              margins=(18, 18, 22, 20), title="Golden sample PT-GC", author="Rachel Kim")

    # ---- PI (PDF, Helvetica, two pages, header/footer on each page) ----
    st = styles("Helvetica", 9.2, 12)
    rows = [["No.", "SKU", "Description", "Qty", "Unit price\n(USD)", "Amount\n(USD)"]]
    for i, s in enumerate(SKUS):
        pcs = PI_PCS.get(s[0], s[8])
        ctns = s[6] // pcs
        desc = ("<b>%s glass food container %d ml (%s)</b><br/>"
                "High borosilicate glass 3.3, oven safe 400°C<br/>"
                "PP lid, BPA free, silicone gasket, 4 locking tabs<br/>"
                "Lid colour: light grey Cool Gray 4C<br/>"
                "Outer size: %s<br/>"
                "Net weight: %d g<br/>"
                "Logo: PANTRY THEORY embossed on base<br/>"
                "Packing: white mailer box + UPC label<br/>"
                "%d pcs/ctn, 5-ply carton %s with dividers, %d ctns<br/>"
                "Test: FDA / Prop 65") % (s[1], s[2], s[3], s[4].replace(" ", ""), s[5], pcs, s[9].replace(" ", ""), ctns)
        rows.append([str(i + 1), s[0], P(desc, st["n"]), "{:,}".format(s[6]), "%.2f" % s[7], money(amounts[i])])
    rows.append(["5", "—", P("Embossing mould for base logo (4 sizes) — charge waived", st["n"]), "1 set", "0.00", "0.00"])
    rows.append(["", "", P("<b>TOTAL FOB TIANJIN</b>", st["n"]), "8,400 pcs", "", money(total)])
    assert sum(s[6] for s in SKUS) == 8400
    story = [P("PROFORMA INVOICE", st["title"]),
             kv([["Buyer:", "PANTRY THEORY INC."], ["Address:", "2100 E Cesar Chavez St, Suite 300, Austin, TX 78702, USA"],
                 ["Contact:", "Ms. Rachel Kim, rachel.kim@pantrytheory.com"]], [22 * mm, 152 * mm], size=9),
             Spacer(1, 2 * mm),
             kv([["PI No.:", "JY-PI-260209", "Date:", "Feb 9, 2026", "Buyer PO:", "PT-PO-26-112"]],
                [16 * mm, 36 * mm, 12 * mm, 30 * mm, 22 * mm, 58 * mm], size=9),
             Spacer(1, 4 * mm),
             grid(rows, [10 * mm, 24 * mm, 82 * mm, 20 * mm, 18 * mm, 20 * mm], size=9, align_right_cols=(3, 4, 5)),
             Spacer(1, 2 * mm),
             P("<b>" + say_usd(total) + "</b>", st["n"]),
             Spacer(1, 4 * mm),
             KeepTogether([
                 P("<b>TERMS</b>", st["n"]),
                 P("Price term: FOB Tianjin, China<br/>Payment: T/T 30% deposit, 70% balance before loading<br/>"
                   "Lead time: 45 days after deposit<br/>Inspection: AQL 2.5/4.0 per SKU before shipment<br/>"
                   "Shipping marks: PANTRY THEORY / PO / SKU / QTY / C/NO.", st["n"]),
                 Spacer(1, 3 * mm),
                 P("<b>BANK INFORMATION</b>", st["n"]),
                 kv([["Beneficiary", "CANGZHOU JINGYI GLASSWARE CO., LTD."], ["Bank", "Bank of Cangzhou, Botou Sub-branch"],
                     ["Account", "2201 0008 6610 0137 45"], ["SWIFT", "BCZHCNBJ"]], [28 * mm, 146 * mm], size=9),
                 signature_block("Seller: " + cn("沧州晶怡玻璃制品有限公司") + " (chop)<br/>Echo Liu, Export Manager",
                                 "Buyer: Pantry Theory Inc.<br/><br/>________________")])]
    build_pdf(os.path.join(root, "pi", "JY-PI-260209.pdf"), story,
              letterhead(SUP_EN, SUP_CN, [SUP_ADDR, "Tel: +86 317 8261 405   Email: echo@jingyi-glass.com"],
                         footer="Jingyi Glassware  ·  PI JY-PI-260209  ·  PO PT-PO-26-112"),
              title="PI JY-PI-260209", author="Echo Liu", page_fmt="Page %d of %d")

    # ---- e-mails ----
    Ec = "Echo Liu <echo@jingyi-glass.com>"
    Ra = "Rachel Kim <rachel.kim@pantrytheory.com>"
    write_eml(os.path.join(root, "chat", "RE_ Quotation JY-QT-2601-07 glass containers.eml"), Ra, Ec,
              "RE: Quotation JY-QT-2601-07 glass containers", dt.datetime(2026, 1, 27, 10, 5, tzinfo=tz(-6)),
              "Hi Echo,\n\nWe accept JY-QT-2601-07 for all four SKUs at the quoted prices, FOB Tianjin, 30/70 before loading:\n"
              "  PT-GC-R400   2,400 pcs @ 1.32\n  PT-GC-R640   2,400 pcs @ 1.58\n  PT-GC-S800   1,800 pcs @ 1.74\n"
              "  PT-GC-R1040  1,800 pcs @ 2.06\n\nSpec rev 3 will follow. Please send 3 pcs per SKU as pre-production samples.\n\n"
              "One question: could the lids be sage green instead of grey?\n\nThanks,\nRachel\n\n"
              "Rachel Kim | Sourcing Director | Pantry Theory Inc.\n",
              "<01000194a6b2c3d4-pt-0127@email.pantrytheory.com>", in_reply_to="<JY20260121160511@jingyi-glass.com>")
    write_eml(os.path.join(root, "chat", "RE_ RE_ Quotation JY-QT-2601-07 glass containers.eml"), Ec, Ra,
              "RE: RE: Quotation JY-QT-2601-07 glass containers", dt.datetime(2026, 1, 28, 9, 12, tzinfo=tz(8)),
              "Dear Rachel,\n\nThank you for the order!\nSage green lid needs MOQ 5,000 pcs per size, so for this order we suggest to keep\n"
              "light grey as quoted. Samples will be sent this week by FedEx.\n\nBest regards\nEcho Liu\nExport Manager\n"
              "Cangzhou Jingyi Glassware Co., Ltd.\n\n"
              "------------------ Original ------------------\nFrom: \"Rachel Kim\"<rachel.kim@pantrytheory.com>\n"
              "Date: Wed, Jan 28, 2026 12:05 AM\nSubject: RE: Quotation JY-QT-2601-07 glass containers\n\n"
              "Hi Echo, We accept JY-QT-2601-07 for all four SKUs at the quoted prices ... could the lids be sage green instead of grey?\n",
              "<JY20260128091203@jingyi-glass.com>", in_reply_to="<01000194a6b2c3d4-pt-0127@email.pantrytheory.com>",
              mailer="Foxmail 7.2.25.228[cn]")
    pi_mail = ("Dear Rachel,\n\n"
               "Attached PI JY-PI-260209 for PO PT-PO-26-112, total USD 13,800.00.\n\n"
               "Please note for PT-GC-R1040 we pack 18 pcs/ctn instead of 24, because the 24 pcs carton is over 25 kg\n"
               "and the breakage risk is high. Same carton size, thicker dividers. Other SKUs no change.\n\n"
               "Best regards\nEcho\n")
    write_eml(os.path.join(root, "chat", "RE_ PI JY-PI-260209 PT-PO-26-112.eml"), Ra, Ec,
              "RE: PI JY-PI-260209 / PT-PO-26-112", dt.datetime(2026, 2, 9, 11, 37, tzinfo=tz(-6)),
              "Echo,\n\nWhy 18? Our 3PL and the retailer set the case pack for the 1040 ml at 24 - changing it means new case\n"
              "labels and new pallet plans on our side. Please keep 24 pcs/ctn (a stronger carton is fine with us) and send a\n"
              "revised PI. We will hold the deposit until then.\n\n"
              "Separately, for the autumn range: what would a 1,500 ml rectangular size cost at 2,000 pcs?\n\n"
              "Rachel\n\n"
              "On Mon, Feb 9, 2026 at 1:02 AM Echo Liu <echo@jingyi-glass.com> wrote:\n" +
              "\n".join("> " + ln if ln else ">" for ln in pi_mail.splitlines()) + "\n",
              "<01000194c9e8f1a2-pt-0209@email.pantrytheory.com>", in_reply_to="<JY20260209150210@jingyi-glass.com>",
              references="<JY20260209150210@jingyi-glass.com>")

    write_expected(name, "REVIEW", [E("packaging.carton_qty", "undocumented_change", "medium", item="PT-GC-R1040")],
                   "4-SKU order; the PI packs PT-GC-R1040 at 18 pcs/ctn instead of 24; the buyer objects by e-mail.")
    write_note(name, '''
Planted: PI JY-PI-260209 (line-item table over two pages, letterhead and footer on both) packs PT-GC-R1040 at 18 pcs/ctn
(100 ctns) instead of 24 (spec rev 3, quote JY-QT-2601-07); the supplier announces it by e-mail, the buyer objects ("Why 18? ...
Please keep 24") -> packaging.carton_qty undocumented_change for item PT-GC-R1040, medium, REVIEW.
Noise: the other three SKUs keep 48/40/30 pcs/ctn; carton size of R1040 unchanged (62x46x40cm); capacities in oz next to ml
(13.5/21.6/27/35 oz); "Ø130x70mm" vs "Ø 130 x 70 mm"; row 5 (embossing mould, charge waived, 0.00) is not an item; total
USD 13,800.00 adds up; the sage-lid question is answered "keep light grey"; the 1,500 ml price question is a future range.
''')


# ==========================================================================
CASE_FUNCS = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11]


def main():
    for p in (CASES, NOTES):
        if os.path.isdir(p):
            shutil.rmtree(p)
    for f in CASE_FUNCS:
        f()
    print("wrote %d cases to %s" % (len(CASE_FUNCS), CASES))


if __name__ == "__main__":
    main()
