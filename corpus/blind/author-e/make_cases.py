#!/usr/bin/env python3
"""Held-out order-audit cases, author E.

Writes ten labelled import-order folders under ./cases/ and one note per case
under ./notes/, deterministically: fixed dates, fixed RNG seed, fixed PDF
creation dates / invariant mode, and ZIP containers (DOCX, XLSX) rewritten with
fixed member timestamps and fixed core-property dates.

Every answer key (expected.json) is written by hand in the case function next
to the documents it describes, and was fixed before any audit was run.

Usage:  python3 make_cases.py          (wipes and rewrites cases/ and notes/)

Renderers: ReportLab canvas (tables drawn line by line), fpdf2, WeasyPrint,
python-docx, openpyxl, hand-built WhatsApp / WeChat text and RFC 5322 .eml.
"""
from __future__ import annotations

import base64
import logging
import io
import json
import random
import re
import shutil
import textwrap
import zipfile
from datetime import datetime, timezone
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

logging.getLogger("fontTools").setLevel(logging.ERROR)
HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
NOTES = HERE / "notes"

RNG = random.Random(20260401)           # only used for cosmetic ids (message ids, report nos.)
FIXED_ZIP_TIME = (2026, 3, 30, 9, 0, 0)

FONT_DIR = Path("/usr/share/fonts/truetype")
F_WQY = FONT_DIR / "wqy/wqy-microhei.ttc"
F_DROID = FONT_DIR / "droid/DroidSansFallbackFull.ttf"
F_DEJAVU = FONT_DIR / "dejavu/DejaVuSans.ttf"
F_DEJAVU_B = FONT_DIR / "dejavu/DejaVuSans-Bold.ttf"
F_DEJAVU_COND = FONT_DIR / "dejavu/DejaVuSansCondensed.ttf"
F_DEJAVU_COND_B = FONT_DIR / "dejavu/DejaVuSansCondensed-Bold.ttf"
F_LIB_SANS = FONT_DIR / "liberation2/LiberationSans-Regular.ttf"
F_LIB_SANS_B = FONT_DIR / "liberation2/LiberationSans-Bold.ttf"
F_LIB_SERIF = FONT_DIR / "liberation2/LiberationSerif-Regular.ttf"
F_LIB_SERIF_B = FONT_DIR / "liberation2/LiberationSerif-Bold.ttf"
F_CARLITO = FONT_DIR / "crosextra/Carlito-Regular.ttf"
F_CARLITO_B = FONT_DIR / "crosextra/Carlito-Bold.ttf"


# ---------------------------------------------------------------------------
# money and words
# ---------------------------------------------------------------------------

def D(x) -> Decimal:
    return Decimal(str(x))


def q2(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def money(x, sep=",") -> str:
    """12345.5 -> '12,345.50'"""
    s = f"{q2(D(x)):,.2f}"
    return s if sep == "," else s.replace(",", sep)


_ONES = ["", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN",
         "ELEVEN", "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN",
         "EIGHTEEN", "NINETEEN"]
_TENS = ["", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"]


def _below_1000(n: int, use_and: bool) -> str:
    parts = []
    if n >= 100:
        parts.append(_ONES[n // 100] + " HUNDRED")
        n %= 100
        if n and use_and:
            parts.append("AND")
    if n >= 20:
        parts.append(_TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else ""))
    elif n:
        parts.append(_ONES[n])
    return " ".join(parts)


def int_words(n: int, use_and=True) -> str:
    if n == 0:
        return "ZERO"
    out = []
    for value, name in ((1_000_000, "MILLION"), (1000, "THOUSAND"), (1, "")):
        if n >= value:
            chunk, n = divmod(n, value)
            out.append((_below_1000(chunk, use_and) + (" " + name if name else "")).strip())
    return " ".join(out)


def say_usd(x, style=1) -> str:
    """Amount in words as Chinese exporters print it.  style 1: 'SAY US DOLLARS ... ONLY.'
    style 2: 'SAY TOTAL: US DOLLARS ... AND CENTS ... ONLY'"""
    x = q2(D(x))
    dollars = int(x)
    cents = int((x - dollars) * 100)
    words = int_words(dollars, use_and=(style == 1))
    if style == 1:
        s = f"SAY US DOLLARS {words}"
        if cents:
            s += f" AND {int_words(cents)} CENTS"
        return s + " ONLY."
    s = f"SAY TOTAL: US DOLLARS {words}"
    if cents:
        s += f" AND CENTS {int_words(cents)}"
    return s + " ONLY"


def check_lines(lines, total):
    """lines: [(qty, unit_price)] -> asserts the stated total; returns computed total"""
    t = sum(q2(D(q) * D(p)) for q, p in lines)
    assert t == D(total), (t, total)
    return t


# ---------------------------------------------------------------------------
# small file helpers
# ---------------------------------------------------------------------------

def write_text(path: Path, text: str, newline="\n", bom=False):
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.replace("\n", newline).encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)


def write_json(path: Path, obj):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def write_order_toml(folder: Path, order_id, buyer, supplier, stakeholders=None, roles=None,
                     release=None, tolerances=None, required_on_pi=None):
    out = [f"order_id = {toml_str(order_id)}",
           "buyer = [" + ", ".join(toml_str(b) for b in buyer) + "]",
           "supplier = [" + ", ".join(toml_str(s) for s in supplier) + "]"]
    if stakeholders:
        out.append("stakeholders = [" + ", ".join(toml_str(s) for s in stakeholders) + "]")
    if required_on_pi:
        out.append("required_on_pi = [" + ", ".join(toml_str(s) for s in required_on_pi) + "]")
    if roles:
        out += ["", "[roles]"] + [f"{toml_str(k)} = {toml_str(v)}" for k, v in roles.items()]
    if release:
        out += ["", "[release]"] + [f"{k} = {toml_str(v)}" for k, v in release.items()]
    if tolerances:
        out += ["", "[tolerances]"] + [f"{k} = {toml_str(v)}" for k, v in tolerances.items()]
    write_text(folder / "order.toml", "\n".join(out) + "\n")


def write_expected(folder: Path, verdict, expected, description, unreadable=None):
    obj = {"verdict": verdict, "expected": expected, "description": description}
    if unreadable:
        obj["unreadable"] = unreadable
    write_json(folder / "expected.json", obj)


def write_note(name: str, lines):
    write_text(NOTES / f"{name}.md", "\n".join(lines) + "\n")


def normalize_zip(path: Path, stamp="2026-03-30T09:00:00Z"):
    """Rewrite an OOXML container with fixed member times and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              lambda m: m.group(1) + stamp.encode(), data)
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# ReportLab: canvas only, tables drawn by hand
# ---------------------------------------------------------------------------
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

pdfmetrics.registerFont(TTFont("WQY", str(F_WQY), subfontIndex=0))
pdfmetrics.registerFont(TTFont("Droid", str(F_DROID)))
pdfmetrics.registerFont(TTFont("DejaVu", str(F_DEJAVU)))
pdfmetrics.registerFont(TTFont("DejaVu-B", str(F_DEJAVU_B)))
pdfmetrics.registerFont(TTFont("DejaVuC", str(F_DEJAVU_COND)))
pdfmetrics.registerFont(TTFont("DejaVuC-B", str(F_DEJAVU_COND_B)))
pdfmetrics.registerFont(TTFont("LibSans", str(F_LIB_SANS)))
pdfmetrics.registerFont(TTFont("LibSans-B", str(F_LIB_SANS_B)))
pdfmetrics.registerFont(TTFont("LibSerif", str(F_LIB_SERIF)))
pdfmetrics.registerFont(TTFont("LibSerif-B", str(F_LIB_SERIF_B)))

_CJK = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]+")


class RL:
    """A thin wrapper around a ReportLab canvas that writes mixed Latin/CJK runs
    (Latin font + a CJK font for Han runs) and draws ruled tables by hand."""

    def __init__(self, path: Path, latin="LibSans", latin_b="LibSans-B", cjk="Droid",
                 pagesize=A4, title="", author=""):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.c = rl_canvas.Canvas(str(path), pagesize=pagesize, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator("")
        self.latin, self.latin_b, self.cjk = latin, latin_b, cjk
        self.W, self.H = pagesize

    def _runs(self, text):
        pos = 0
        for m in _CJK.finditer(text):
            if m.start() > pos:
                yield text[pos:m.start()], False
            yield m.group(0), True
            pos = m.end()
        if pos < len(text):
            yield text[pos:], False

    def width(self, text, size, bold=False):
        w = 0
        for run, cjk in self._runs(text):
            f = self.cjk if cjk else (self.latin_b if bold else self.latin)
            w += pdfmetrics.stringWidth(run, f, size)
        return w

    def text(self, x, y, text, size=9, bold=False, align="L"):
        if align == "R":
            x -= self.width(text, size, bold)
        elif align == "C":
            x -= self.width(text, size, bold) / 2
        for run, cjk in self._runs(text):
            f = self.cjk if cjk else (self.latin_b if bold else self.latin)
            self.c.setFont(f, size)
            self.c.drawString(x, y, run)
            x += pdfmetrics.stringWidth(run, f, size)

    def lines(self, x, y, lines, size=9, leading=None, bold=False):
        leading = leading or size * 1.35
        for ln in lines:
            self.text(x, y, ln, size=size, bold=bold)
            y -= leading
        return y

    def hline(self, x1, x2, y, w=0.6):
        self.c.setLineWidth(w)
        self.c.line(x1, y, x2, y)

    def table(self, x, y, widths, rows, size=8.5, header_rows=1, align=None, pad=3,
              leading=None, outer=0.9, inner=0.5, shade_header=True):
        """Draw a ruled table; every line is drawn with canvas.line().  Cells may
        hold '\n'.  Returns the y of the bottom rule."""
        leading = leading or size * 1.3
        heights = [max(len(str(c).split("\n")) for c in row) * leading + 2 * pad for row in rows]
        total_w = sum(widths)
        y0 = y
        yy = y
        for r, row in enumerate(rows):
            h = heights[r]
            if r < header_rows and shade_header:
                self.c.setFillGray(0.88)
                self.c.rect(x, yy - h, total_w, h, stroke=0, fill=1)
                self.c.setFillGray(0)
            xx = x
            for i, cell in enumerate(row):
                al = (align[i] if align else "L") if r >= header_rows else "C"
                for k, ln in enumerate(str(cell).split("\n")):
                    ty = yy - pad - size * 0.95 - k * leading
                    if al == "R":
                        self.text(xx + widths[i] - pad, ty, ln, size, r < header_rows, "R")
                    elif al == "C":
                        self.text(xx + widths[i] / 2, ty, ln, size, r < header_rows, "C")
                    else:
                        self.text(xx + pad, ty, ln, size, r < header_rows)
                xx += widths[i]
            yy -= h
            self.hline(x, x + total_w, yy, inner if r < len(rows) - 1 else outer)
        self.hline(x, x + total_w, y0, outer)
        xx = x
        self.c.setLineWidth(outer)
        self.c.line(xx, y0, xx, yy)
        for i, w in enumerate(widths):
            xx += w
            self.c.setLineWidth(outer if i == len(widths) - 1 else inner)
            self.c.line(xx, y0, xx, yy)
        return yy

    def chop(self, x, y, name_cn, r=15 * mm, name_en=None):
        """A red round company chop (stamp) with the Chinese name and a star."""
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(0.82, 0.1, 0.1)
        c.setFillColorRGB(0.82, 0.1, 0.1)
        c.setLineWidth(1.6)
        c.circle(x, y, r, stroke=1, fill=0)
        # the name along the upper arc
        import math
        n = len(name_cn)
        span = 220.0
        for i, ch in enumerate(name_cn):
            ang = math.radians(90 + span / 2 - i * span / max(n - 1, 1))
            cx, cy = x + (r - 4.2 * mm) * math.cos(ang), y + (r - 4.2 * mm) * math.sin(ang)
            c.saveState()
            c.translate(cx, cy)
            c.rotate(math.degrees(ang) - 90)
            c.setFont(self.cjk, 7.5)
            c.drawCentredString(0, -2.5, ch)
            c.restoreState()
        c.setFont("DejaVu", 15)
        c.drawCentredString(x, y - 5, "\u2605")
        if name_en:
            c.setFont(self.cjk, 6)
            c.drawCentredString(x, y - r + 5 * mm, name_en)
        c.restoreState()

    def new_page(self):
        self.c.showPage()

    def save(self):
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------------------
# fpdf2
# ---------------------------------------------------------------------------
from fpdf import FPDF
from fpdf.enums import XPos, YPos


def new_fpdf(title="", author="", orientation="P", latin="dejavu", cjk=True, fmt="A4"):
    pdf = FPDF(orientation=orientation, unit="mm", format=fmt)
    pdf.set_creation_date(datetime(2026, 3, 30, 9, 0, tzinfo=timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("")
    pdf.set_producer("")
    pdf.add_font("dejavu", "", str(F_DEJAVU))
    pdf.add_font("dejavu", "B", str(F_DEJAVU_B))
    pdf.add_font("carlito", "", str(F_CARLITO))
    pdf.add_font("carlito", "B", str(F_CARLITO_B))
    pdf.add_font("libserif", "", str(F_LIB_SERIF))
    pdf.add_font("libserif", "B", str(F_LIB_SERIF_B))
    pdf.add_font("droid", "", str(F_DROID))
    pdf.add_font("droid", "B", str(F_DROID))
    if cjk:
        pdf.set_fallback_fonts(["droid"])
    pdf.set_auto_page_break(True, margin=15)
    pdf.latin = latin
    return pdf


def fp_row(pdf, widths, cells, h=6, border=1, aligns=None, bold=False, fill=False, size=None):
    """One table row of possibly multi-line cells, all cells equal height."""
    if size:
        pdf.set_font(size=size)
    pdf.set_font(style="B" if bold else "")
    lh = h
    nlines = []
    for w, txt in zip(widths, cells):
        lines = pdf.multi_cell(w, lh, str(txt), dry_run=True, output="LINES")
        nlines.append(max(1, len(lines)))
    rh = max(nlines) * lh
    if pdf.get_y() + rh > pdf.h - pdf.b_margin:
        pdf.add_page()
    x0, y0 = pdf.get_x(), pdf.get_y()
    x = x0
    for i, (w, txt) in enumerate(zip(widths, cells)):
        pdf.set_xy(x, y0)
        if border:
            pdf.rect(x, y0, w, rh, style="DF" if fill else "D")
        pdf.multi_cell(w, lh, str(txt), border=0, align=(aligns[i] if aligns else "L"),
                       new_x=XPos.RIGHT, new_y=YPos.TOP)
        x += w
    pdf.set_xy(x0, y0 + rh)
    pdf.set_font(style="")


def fp_save(pdf, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# WeasyPrint
# ---------------------------------------------------------------------------

def html_pdf(path: Path, html: str):
    from weasyprint import HTML
    path.parent.mkdir(parents=True, exist_ok=True)
    HTML(string=html, base_url=str(HERE)).write_pdf(str(path))


# ---------------------------------------------------------------------------
# python-docx
# ---------------------------------------------------------------------------
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def new_docx(author, title, font="Calibri", size=10, east_asia="SimSun"):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), east_asia)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = datetime(2026, 1, 5, 8, 0, 0)
    cp.modified = datetime(2026, 1, 5, 8, 0, 0)
    cp.revision = 3
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return d


def docx_table(d, rows, widths_cm=None, style="Table Grid", bold_header=True, size=9):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = ""
            p = cell.paragraphs[0]
            lines = str(val).split("\n")
            for k, ln in enumerate(lines):
                run = p.add_run(ln)
                run.font.size = Pt(size)
                if r == 0 and bold_header:
                    run.bold = True
                if k < len(lines) - 1:
                    run.add_break()
            if widths_cm:
                cell.width = Cm(widths_cm[c])
    return t


def save_docx(d, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)


# ---------------------------------------------------------------------------
# openpyxl
# ---------------------------------------------------------------------------
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def new_xlsx(creator):
    wb = openpyxl.Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = datetime(2026, 1, 5, 8, 0, 0)
    wb.properties.modified = datetime(2026, 1, 5, 8, 0, 0)
    return wb


def xl_put(ws, ref, value, bold=False, size=10, border=False, align=None, fill=None,
           wrap=False, num=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name="Arial", bold=bold, size=size)
    if border:
        c.border = BOX
    if align or wrap:
        c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    if num:
        c.number_format = num
    return c


def save_xlsx(wb, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


# ---------------------------------------------------------------------------
# chats
# ---------------------------------------------------------------------------
WA_LOCALES = {
    # Android exports: "<date> <time> - <sender>: <text>"
    "nl": {"fmt": "{d:%d-%m-%Y} {d:%H:%M} - ",
           "e2e": "Berichten en oproepen zijn end-to-end versleuteld. Niemand buiten deze chat, zelfs "
                  "WhatsApp niet, kan ze lezen of beluisteren. Tik voor meer informatie.",
           "media": "<Media weggelaten>", "file": "{f} (bestand bijgevoegd)",
           "deleted": "Dit bericht is verwijderd", "edited": "<Dit bericht is bewerkt>"},
    "pl": {"fmt": "{d:%d.%m.%Y}, {d:%H:%M} - ",
           "e2e": "Wiadomości i połączenia są szyfrowane end-to-end. Nikt spoza tego czatu, nawet "
                  "WhatsApp, nie może ich odczytać ani odsłuchać. Dotknij, aby dowiedzieć się więcej.",
           "media": "<Pominięto multimedia>", "file": "{f} (załączono plik)",
           "deleted": "Ta wiadomość została usunięta", "edited": "<Edytowano tę wiadomość>"},
    "pt_BR": {"fmt": "{d:%d/%m/%Y} {d:%H:%M} - ",
              "e2e": "As mensagens e as ligações são protegidas com a criptografia de ponta a ponta "
                     "e ficam somente entre você e os participantes desta conversa. Nem mesmo o "
                     "WhatsApp pode ler ou ouvi-las. Toque para saber mais.",
              "media": "<Mídia oculta>", "file": "{f} (arquivo anexado)",
              "deleted": "Mensagem apagada", "edited": "<Mensagem editada>"},
    "ja": {"fmt": "{d:%Y/%m/%d} {d:%H:%M} - ",
           "e2e": "メッセージと通話はエンドツーエンドで暗号化されています。このチャットの参加者以外は、"
                  "WhatsAppであっても、メッセージを読んだり聞いたりすることはできません。"
                  "タップして詳細を確認してください。",
           "media": "<メディアは含まれていません>", "file": "{f} (ファイル添付)",
           "deleted": "このメッセージは削除されました", "edited": "<このメッセージは編集されました>"},
}


def whatsapp(locale, msgs):
    """msgs: list of (datetime, sender or None for system, text).  Special texts:
    '@E2E', '@MEDIA', '@DELETED', '@FILE:<name>' (optionally followed by a caption line)."""
    L = WA_LOCALES[locale]
    out = []
    for d, who, text in msgs:
        prefix = L["fmt"].format(d=d)
        if text == "@E2E":
            out.append(prefix + L["e2e"])
            continue
        if text == "@MEDIA":
            text = L["media"]
        elif text == "@DELETED":
            text = L["deleted"]
        elif text.startswith("@FILE:"):
            name, _, caption = text[6:].partition("\n")
            text = L["file"].format(f=name) + ("\n" + caption if caption else "")
        elif text.endswith("@EDITED"):
            text = text[: -len("@EDITED")].rstrip() + " " + L["edited"]
        if who is None:
            out.append(prefix + text)
        else:
            out.append(prefix + f"{who}: {text}")
    return "\n".join(out) + "\n"


def _sec(d, text):
    """Chat apps keep seconds; derive a stable one from the message text."""
    import hashlib
    if d.second:
        return d
    return d.replace(second=int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16) % 60)


def wechat_a(title, msgs):
    """A WeChat history as desktop exporters write it: header, then
    'YYYY-MM-DD HH:MM:SS  Display name' and the message body on the next lines."""
    out = [f"微信聊天记录 / WeChat chat history — {title}", "=" * 48, ""]
    for d, who, text in msgs:
        out.append(f"{_sec(d, text):%Y-%m-%d %H:%M:%S}  {who}")
        out.extend(text.split("\n"))
        out.append("")
    return "\n".join(out)


def wechat_b(title, msgs):
    """The 'merged forward' style: date separators, then 'Name HH:MM' and text."""
    out = [f"「{title}」的聊天记录", ""]
    last = None
    for d, who, text in msgs:
        if d.date() != last:
            out.append(f"—————  {d:%Y-%m-%d}  —————")
            last = d.date()
        out.append(f"{who} {d:%H:%M}")
        out.extend(text.split("\n"))
        out.append("")
    return "\n".join(out)


def qp_lines(text):
    """Plain text body (utf-8, 8bit) wrapped the way mail clients keep it."""
    return text.replace("\n", "\r\n")


def eml(path: Path, headers: list, body: str, attachment: tuple | None = None, boundary=None):
    """Build a deterministic RFC 5322 message.  attachment = (filename, bytes, mime)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    H = "\r\n".join(f"{k}: {v}" for k, v in headers)
    if attachment is None:
        msg = (H + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n"
               "Content-Transfer-Encoding: 8bit\r\n\r\n" + qp_lines(body) + "\r\n")
    else:
        fname, data, mime = attachment
        b64 = base64.b64encode(data).decode("ascii")
        b64 = "\r\n".join(b64[i:i + 76] for i in range(0, len(b64), 76))
        msg = (H + "\r\nMIME-Version: 1.0\r\n"
               f"Content-Type: multipart/mixed;\r\n boundary=\"{boundary}\"\r\n\r\n"
               "This is a multi-part message in MIME format.\r\n\r\n"
               f"--{boundary}\r\n"
               "Content-Type: text/plain; charset=\"utf-8\"\r\n"
               "Content-Transfer-Encoding: 8bit\r\n\r\n" + qp_lines(body) + "\r\n\r\n"
               f"--{boundary}\r\n"
               f"Content-Type: {mime};\r\n name=\"{fname}\"\r\n"
               "Content-Transfer-Encoding: base64\r\n"
               f"Content-Disposition: attachment;\r\n filename=\"{fname}\"\r\n\r\n"
               + b64 + f"\r\n\r\n--{boundary}--\r\n")
    path.write_bytes(msg.encode("utf-8"))


def dt(s):
    """'2026-03-12 14:05' -> datetime"""
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


# ===========================================================================
# Case 01 — walnut wall clock, clean (RELEASE)
# ===========================================================================

def case01():
    name = "01-walnut-wall-clock-clean"
    F = CASES / name
    SUP_EN = "ZHANGZHOU SHIJING CLOCK & CRAFT CO., LTD."
    SUP_CN = "漳州市时景钟表工艺有限公司"
    qty, price = 1200, D("6.40")
    total = check_lines([(qty, price)], "7680.00")

    # --- spec (python-docx) -------------------------------------------------
    d = new_docx("Sanne de Vries", "KW-WC30 productspecificatie")
    p = d.add_paragraph()
    r = p.add_run("KLOKWERK WONEN B.V.")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Oudegracht 212, 3511 NR Utrecht, Nederland  ·  inkoop@klokwerkwonen.nl")
    h = d.add_paragraph()
    r = h.add_run("PRODUCT SPECIFICATION / PRODUCTSPECIFICATIE — KW-WC30 \"Noten 30\" wall clock")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph("Version 2 · 05-03-2026 · issued by Sanne de Vries (Buyer)")
    docx_table(d, [
        ["Item", "Requirement", "Tolerance"],
        ["Article no.", "KW-WC30", ""],
        ["Purchase order", "KW-PO-2601-18, 1,200 pcs", "order qty +/-0"],
        ["Case / dial", "MDF E1 (CARB P2) 12 mm with natural walnut veneer, matt PU lacquer (30 gloss)", ""],
        ["Outer dimensions", "Ø 300 mm, depth 45 mm (incl. hands)", "±2 mm"],
        ["Net weight", "780 g without battery", "±5%"],
        ["Hour / minute hands", "Aluminium, powder coated black RAL 9005", ""],
        ["Second hand", "Aluminium, powder coated red Pantone 7621 C", "visual, D65"],
        ["Dial print", "Silk screen, black, 12 baton indices, no numerals", ""],
        ["Movement", "Silent sweep quartz movement (Young Town 12888 or equal), 1 x AA (not included)", "no audible tick at 30 cm"],
        ["Logo", "Laser engraved KLOKWERK logo on back panel, 40 x 8 mm, centred 20 mm below hanger", "±2 mm position"],
        ["Compliance", "REACH SVHC declaration for lacquer; EUTR due-diligence documents for veneer", ""],
    ], widths_cm=[3.6, 10.2, 3.4])
    d.add_paragraph()
    d.add_paragraph("Packaging").runs[0].bold = True
    docx_table(d, [
        ["Level", "Requirement"],
        ["Unit", "PE bag + 4 EPE foam corners, in 4C printed colour box 320 x 320 x 60 mm (artwork by Klokwerk), EAN-13 sticker on box bottom"],
        ["Master carton", "5-ply export carton, 12 pcs/ctn, 66 x 34 x 38 cm, shipping marks on 2 long sides"],
        ["Pallet", "Not palletised (LCL)"],
    ], widths_cm=[3.6, 13.6])
    d.add_paragraph()
    d.add_paragraph("Quality").runs[0].bold = True
    d.add_paragraph("Pre-shipment inspection by Klokwerk's appointed QC when min. 80% of the goods are packed, "
                    "ANSI/ASQ Z1.4 General Inspection Level II, AQL critical 0 / major 2.5 / minor 4.0. "
                    "The balance is released after a PASSED report.")
    d.add_paragraph("Reference sample: golden sample GS-KW-WC30-02 approved 05-03-2026.")
    d.add_paragraph("Commercial terms (price, payment, lead time) as per the supplier's accepted quotation.")
    d.add_paragraph()
    d.add_paragraph("Approved: Sanne de Vries, Klokwerk Wonen B.V.          Supplier acknowledgement: ______________")
    save_docx(d, F / "spec" / "KW-WC30_productspecificatie_v2.docx")

    # --- quotes v1 and Rev.2 (openpyxl) -------------------------------------
    def quote(path, rev, date_s, unit, lead, moq_line, remark):
        wb = new_xlsx("Rita Lin")
        ws = wb.active
        ws.title = "报价单 Quotation"
        for col, w in zip("ABCDEFGHI", [6, 14, 16, 44, 12, 12, 14, 14, 18]):
            ws.column_dimensions[col].width = w
        ws.merge_cells("A1:I1")
        xl_put(ws, "A1", f"{SUP_CN}", bold=True, size=16, align="center")
        ws.merge_cells("A2:I2")
        xl_put(ws, "A2", SUP_EN, bold=True, size=12, align="center")
        ws.merge_cells("A3:I3")
        xl_put(ws, "A3", "No. 36 Jinfeng Industrial Park, Xiangcheng District, Zhangzhou, Fujian 363000 China   "
               "Tel: +86 596 2931 0876   rita@sjclock.com", size=9, align="center")
        ws.merge_cells("A5:I5")
        xl_put(ws, "A5", "QUOTATION 报价单" + (f"  {rev}" if rev else ""), bold=True, size=14, align="center")
        xl_put(ws, "A7", "To:", bold=True)
        xl_put(ws, "B7", "Klokwerk Wonen B.V. — Ms. Sanne de Vries")
        xl_put(ws, "G7", "Quote No.:", bold=True)
        xl_put(ws, "H7", "SJ-Q260224" + (f" {rev}" if rev else ""))
        xl_put(ws, "G8", "Date:", bold=True)
        xl_put(ws, "H8", date_s)
        xl_put(ws, "A8", "From:", bold=True)
        xl_put(ws, "B8", "Rita Lin (Sales Manager)")
        hdr = ["No.", "Model", "Photo", "Description", "Qty", "Unit", "Unit Price\nFOB Xiamen", "Amount (USD)", "Packing"]
        for i, hv in enumerate(hdr):
            xl_put(ws, f"{'ABCDEFGHI'[i]}10", hv, bold=True, border=True, align="center", wrap=True, fill="D9E1F2")
        ws.row_dimensions[11].height = 96
        qtyv = 1200 if rev else 1000
        vals = [1, "KW-WC30", "[photo]",
                "Walnut veneer wall clock Ø300 x 45mm\nMDF E1 12mm + natural walnut veneer, matt PU\n"
                "hour/min hands black RAL9005, second hand PMS 7621C\nsilent sweep movement, 1xAA not incl.\n"
                "laser logo on back; N.W. approx. 780g",
                qtyv, "pcs", float(unit), None,
                "PE bag + EPE corners\n4C colour box\n12pcs/ctn, 5-ply\n66x34x38cm"]
        for i, v in enumerate(vals):
            c = xl_put(ws, f"{'ABCDEFGHI'[i]}11", v, border=True, wrap=True,
                       align="center" if i in (0, 1, 2, 4, 5) else None)
        ws["G11"].number_format = '"USD "0.00'
        ws["H11"] = float(q2(D(qtyv) * D(unit)))
        ws["H11"].number_format = '#,##0.00'
        ws["H11"].border = BOX
        r0 = 13
        terms = [
            ("Price term:", "FOB Xiamen"),
            ("MOQ:", moq_line),
            ("Payment:", "T/T 30% deposit, 70% balance against copy of B/L"),
            ("Lead time:", lead),
            ("Sample:", "5 pcs free of charge, courier collect"),
            ("Validity:", "30 days"),
            ("Remark:", remark),
        ]
        for k, (a, b) in enumerate(terms):
            xl_put(ws, f"A{r0 + k}", a, bold=True)
            ws.merge_cells(f"B{r0 + k}:I{r0 + k}")
            xl_put(ws, f"B{r0 + k}", b)
        rb = r0 + len(terms) + 1
        xl_put(ws, f"A{rb}", "Bank information 银行资料", bold=True)
        for k, (a, b) in enumerate([
            ("Beneficiary:", "Zhangzhou Shijing Clock & Craft Co., Ltd."),
            ("Bank:", "Bank of China Zhangzhou Branch"),
            ("SWIFT:", "BKCHCNBJ720"),
            ("A/C No.:", "4113 6802 9417"),
        ]):
            xl_put(ws, f"A{rb + 1 + k}", a)
            ws.merge_cells(f"B{rb + 1 + k}:E{rb + 1 + k}")
            xl_put(ws, f"B{rb + 1 + k}", b)
        xl_put(ws, f"G{rb + 5}", "漳州市时景钟表工艺有限公司（盖章）")
        save_xlsx(wb, path)

    quote(F / "quotes" / "SJ-Q260224 KW-WC30.xlsx", "", "2026-02-24", "6.85",
          "45 days after deposit", "1,000 pcs", "Price based on 1,000 pcs.")
    quote(F / "quotes" / "SJ-Q260224 Rev.2 KW-WC30.xlsx", "Rev.2", "2026-03-03", "6.40",
          "6 weeks after deposit", "1,000 pcs (this order 1,200 pcs)",
          "Rev.2 replaces SJ-Q260224 of 24 Feb: price revised for 1,200 pcs as discussed on 2 March.")

    # --- golden sample record (fpdf2) ----------------------------------------
    pdf = new_fpdf("Golden sample record GS-KW-WC30-02", "Klokwerk Wonen QA", latin="carlito")
    pdf.add_page()
    pdf.set_font("carlito", "B", 15)
    pdf.cell(0, 8, "Klokwerk Wonen B.V. — Golden Sample Approval Record", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("carlito", "", 10)
    pdf.cell(0, 6, "Record no. GS-KW-WC30-02   ·   Article KW-WC30 \"Noten 30\"   ·   Supplier: 漳州市时景钟表工艺有限公司 (Shijing Clock)",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    for a, b in [("Sample received", "04-03-2026 (DHL 4471 2290 15)"), ("Sample qty", "5 pcs (numbered S1-S5)"),
                 ("Measured by", "Joost Bakker, QA"), ("Instruments", "Digital caliper 0-300 mm + tape, scale 0.1 g")]:
        pdf.set_font("carlito", "B", 10)
        pdf.cell(40, 6, a)
        pdf.set_font("carlito", "", 10)
        pdf.cell(0, 6, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    W = [46, 34, 18, 18, 18, 18, 18, 16]
    pdf.set_fill_color(230, 230, 230)
    fp_row(pdf, W, ["Characteristic", "Spec", "S1", "S2", "S3", "S4", "S5", "Result"], bold=True, fill=True,
           aligns=["L", "L"] + ["C"] * 6)
    rows = [
        ["Diameter (mm)", "300 ±2", "300.8", "299.6", "301.1", "300.4", "300.2", "OK"],
        ["Depth incl. hands (mm)", "45 ±2", "44.6", "45.2", "44.9", "45.5", "44.8", "OK"],
        ["Net weight (g)", "780 ±5%", "768", "772", "791", "776", "783", "OK"],
        ["Logo position below hanger (mm)", "20 ±2", "20.5", "19.8", "20.1", "21.0", "20.3", "OK"],
        ["Tick audible at 30 cm", "none", "no", "no", "no", "no", "no", "OK"],
    ]
    for row in rows:
        fp_row(pdf, W, row, aligns=["L", "L"] + ["C"] * 6)
    pdf.ln(3)
    pdf.multi_cell(0, 5.5, "Second hand colour vs Pantone 7621 C (light booth D65): matches. Hands black RAL 9005: matches. "
                   "Walnut veneer grain and shade vary piece to piece; natural variation as in S1-S5 is accepted. "
                   "Colour box artwork: printer's proof v3 approved separately.")
    pdf.ln(2)
    pdf.set_font("carlito", "B", 11)
    pdf.cell(0, 7, "Decision: APPROVED as golden sample (S3 retained at Klokwerk, S5 returned to supplier sealed)",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("carlito", "", 10)
    pdf.ln(6)
    pdf.cell(95, 6, "Approved by: Sanne de Vries (Buyer)")
    pdf.cell(0, 6, "Date: 05-03-2026", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("libserif", "", 16)
    pdf.cell(95, 9, "S. de Vries")
    pdf.set_font("carlito", "", 10)
    pdf.cell(0, 9, "QA: J. Bakker", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    fp_save(pdf, F / "sample" / "GS-KW-WC30-02 golden sample.pdf")

    # --- PI (ReportLab canvas, hand-ruled) -----------------------------------
    rl = RL(F / "pi" / "SJ-PI260306.pdf", latin="LibSerif", latin_b="LibSerif-B", cjk="WQY",
            title="PROFORMA INVOICE SJ-PI260306", author="Rita Lin")
    W_, H_ = A4
    L, R = 18 * mm, W_ - 18 * mm
    y = H_ - 20 * mm
    rl.text(W_ / 2, y, SUP_CN, size=17, bold=True, align="C")
    y -= 17
    rl.text(W_ / 2, y, SUP_EN, size=12.5, bold=True, align="C")
    y -= 13
    rl.text(W_ / 2, y, "No. 36 Jinfeng Industrial Park, Xiangcheng District, Zhangzhou, Fujian 363000, China", size=8.5, align="C")
    y -= 11
    rl.text(W_ / 2, y, "Tel: +86 596 2931 0876    E-mail: rita@sjclock.com    www.sjclock.com", size=8.5, align="C")
    y -= 7
    rl.hline(L, R, y, 1.4)
    rl.hline(L, R, y - 2.2, 0.5)
    y -= 24
    rl.text(W_ / 2, y, "PROFORMA INVOICE  形式发票", size=15, bold=True, align="C")
    y -= 22
    rl.lines(L, y, ["Buyer:  KLOKWERK WONEN B.V.", "Oudegracht 212, 3511 NR Utrecht, The Netherlands",
                    "Attn: Ms. Sanne de Vries", "VAT: NL861239870B01"], size=9.5)
    rl.lines(R - 62 * mm, y, ["PI No.:   SJ-PI260306", "Date:      Mar. 06, 2026", "Your PO:  KW-PO-2601-18",
                              "Ref.:      Quotation SJ-Q260224 Rev.2"], size=9.5)
    y -= 62
    rows = [["No.", "Item No.", "Description", "Qty", "Unit Price", "Amount"],
            ["1", "KW-WC30", "Walnut veneer wall clock, silent sweep movement\n"
                             "Size: Dia. 11.81\" x 1.77\" (300 x 45mm)\n"
                             "MDF 12mm + natural walnut veneer, matt PU lacquer\n"
                             "Hour/min hands black RAL9005, second hand red 7621C\n"
                             "Silk screen dial; laser engraved logo on back\n"
                             "N.W. 1.72 lbs/pc (battery not included)",
             "1,200 PCS", "USD 6.40", "USD 7,680.00"],
            ["", "", "TOTAL   FOB XIAMEN", "1,200 PCS", "", "USD 7,680.00"]]
    y = rl.table(L, y, [11 * mm, 22 * mm, 79 * mm, 21 * mm, 21 * mm, R - L - 154 * mm], rows,
                 size=8.8, align=["C", "C", "L", "R", "R", "R"])
    y -= 15
    rl.text(L, y, say_usd(total), size=9.5, bold=True)
    y -= 20
    rl.text(L, y, "TERMS AND CONDITIONS:", size=9.5, bold=True)
    y = rl.lines(L, y - 13, [
        "1. Price term: FOB Xiamen, China",
        "2. Payment: 30% deposit by T/T, balance 70% against B/L copy",
        "3. Delivery: 42 days after receipt of deposit",
        "4. Packing: PE bag + EPE corners, 4C colour box, 12 pcs per 5-ply export carton, 66x34x38cm, total 100 ctns",
        "5. Inspection: AQL 2.5/4.0 (General Level II) pre-shipment inspection by buyer's QC before balance",
        "6. Quality and colour as per golden sample GS-KW-WC30-02 approved on 05-03-2026",
    ], size=9, leading=13.5)
    y -= 10
    rl.text(L, y, "BANK INFORMATION:", size=9.5, bold=True)
    rl.lines(L, y - 13, [
        "Beneficiary:       ZHANGZHOU SHIJING CLOCK & CRAFT CO., LTD.",
        "Beneficiary add.: No. 36 Jinfeng Industrial Park, Xiangcheng District, Zhangzhou, Fujian, China",
        "Bank name:         BANK OF CHINA ZHANGZHOU BRANCH",
        "Bank address:     No. 8 Shengli West Road, Zhangzhou, Fujian, China",
        "SWIFT code:        BKCHCNBJ720",
        "A/C NO.:            411368029417",
    ], size=9, leading=13.5)
    y -= 112
    rl.text(L, y, "Buyer's confirmation:", size=9.5)
    rl.text(R - 70 * mm, y, "Seller: " + SUP_CN, size=9.5)
    rl.hline(L, L + 60 * mm, y - 26, 0.5)
    rl.hline(R - 70 * mm, R, y - 26, 0.5)
    rl.chop(R - 35 * mm, y - 14, SUP_CN)
    rl.text(R - 70 * mm, y - 38, "Rita Lin / Sales Manager", size=8.5)
    rl.save()

    # --- inspection report in an unusual folder, named in [roles] (WeasyPrint) --
    html = """<html><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 16mm 15mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; } }
    body { font-family: 'DejaVu Sans', 'WenQuanYi Micro Hei'; font-size: 8.8pt; color: #222; }
    .brand { color: #0b5a7a; font-size: 16pt; font-weight: bold; }
    table { border-collapse: collapse; width: 100%; margin: 5px 0 9px 0; }
    td, th { border: 1px solid #777; padding: 3px 5px; vertical-align: top; }
    th { background: #e3eef3; text-align: left; }
    .result { font-size: 15pt; font-weight: bold; color: #177a2c; border: 2px solid #177a2c; padding: 4px 10px; display: inline-block; }
    h2 { font-size: 10.5pt; margin: 10px 0 2px 0; color: #0b5a7a; }
    </style></head><body>
    <div class="brand">NORDLINK QC SERVICES</div>
    <div>Nordlink QC Services (Xiamen) Co., Ltd. · 厦门诺林质检服务有限公司 · Room 1106, 88 Lujiang Road, Siming, Xiamen</div>
    <h1 style="font-size:13pt">PRE-SHIPMENT INSPECTION REPORT</h1>
    <table>
    <tr><th>Report No.</th><td>NQ-260416-0331</td><th>Inspection date</th><td>16 April 2026</td></tr>
    <tr><th>Client</th><td>Klokwerk Wonen B.V.</td><th>Supplier / factory</th><td>Zhangzhou Shijing Clock &amp; Craft Co., Ltd.</td></tr>
    <tr><th>PO</th><td>KW-PO-2601-18</td><th>Product</th><td>KW-WC30 walnut veneer wall clock</td></tr>
    <tr><th>Order quantity</th><td>1,200 pcs / 100 cartons</td><th>Status at inspection</th><td>100% produced, 96% packed</td></tr>
    </table>
    <div>Overall result: <span class="result">PASSED</span></div>
    <h2>1. Sampling</h2>
    <table><tr><th>Standard</th><th>Level</th><th>Sample size</th><th>AQL</th><th>Accept / Reject</th><th>Found</th></tr>
    <tr><td rowspan="3">ANSI/ASQ Z1.4-2008 (ISO 2859-1)</td><td rowspan="3">General II, code J</td><td rowspan="3">80 pcs</td><td>Critical 0</td><td>0 / 1</td><td>0</td></tr>
    <tr><td>Major 2.5</td><td>5 / 6</td><td>1</td></tr>
    <tr><td>Minor 4.0</td><td>7 / 8</td><td>3</td></tr></table>
    <h2>2. Defects</h2>
    <table><tr><th>Description</th><th>Class</th><th>Qty</th></tr>
    <tr><td>Veneer chipped at rim, 3 mm</td><td>Major</td><td>1</td></tr>
    <tr><td>Lacquer dust spot on dial face</td><td>Minor</td><td>2</td></tr>
    <tr><td>Colour box corner slightly crushed</td><td>Minor</td><td>1</td></tr></table>
    <h2>3. Measurements (n = 10)</h2>
    <table><tr><th>Check point</th><th>Requirement</th><th>Measured</th><th>Result</th></tr>
    <tr><td>Diameter</td><td>300 mm ±2</td><td>299.4 – 301.0 mm</td><td>Conform</td></tr>
    <tr><td>Depth incl. hands</td><td>45 mm ±2</td><td>44.5 – 45.3 mm</td><td>Conform</td></tr>
    <tr><td>Net weight</td><td>780 g ±5%</td><td>770 – 789 g</td><td>Conform</td></tr>
    <tr><td>Second hand colour</td><td>Pantone 7621C</td><td>vs. golden sample, D65</td><td>Conform</td></tr>
    <tr><td>Movement noise</td><td>silent sweep</td><td>no tick at 30 cm (10/10)</td><td>Conform</td></tr>
    <tr><td>Master carton</td><td>5-ply, 12 pcs, 66×34×38 cm</td><td>5-ply, 12 pcs, 66×34×38 cm</td><td>Conform</td></tr>
    <tr><td>Carton drop test</td><td>ISTA 1A, 10 drops</td><td>no damage</td><td>Conform</td></tr></table>
    <h2>4. Remarks</h2>
    <p>Natural variation of walnut veneer grain observed; consistent with the golden sample GS-KW-WC30-02.
    Factory reworked the chipped unit during inspection. Cartons sealed with Nordlink tape no. 5530-5629.</p>
    <p>Inspector: Huang Wei (黄伟) &nbsp;&nbsp; Reviewed: Lisa Koh, Operations</p>
    </body></html>"""
    html_pdf(F / "qc" / "KW-WC30 PSI report.pdf", html)

    # --- WhatsApp (Dutch Android export) -----------------------------------
    rita, sanne = "Rita Lin Shijing", "Sanne de Vries"
    msgs = [
        (dt("2026-02-24 09:12"), None, "@E2E"),
        (dt("2026-02-24 09:12"), rita, "Hi Sanne, this is Rita from Shijing Clock 😊 quotation for KW-WC30 sent to your mail, please check"),
        (dt("2026-02-24 16:40"), sanne, "Thanks Rita. 6.85 is above our target, I will come back to you."),
        (dt("2026-03-02 10:03"), sanne, "Hi Rita, we can go to 1,200 pcs if you can do 6.40. Same spec as the sample."),
        (dt("2026-03-02 10:05"), sanne, "@DELETED"),
        (dt("2026-03-03 08:31"), rita, "Boss agreed USD 6.40 for 1200pcs, lead time 6 weeks. Rev.2 attached"),
        (dt("2026-03-03 08:31"), rita, "@FILE:SJ-Q260224 Rev.2 KW-WC30.xlsx"),
        (dt("2026-03-03 09:15"), sanne, "Great, Rev.2 at USD 6.40 FOB Xiamen is accepted. Please send the PI."),
        (dt("2026-03-04 14:22"), sanne, "Samples arrived, 5 pcs, they look good. Question: is the movement in mass production still the silent sweep one? Must be the same as the sample."),
        (dt("2026-03-04 14:49"), rita, "Yes same silent sweep movement as sample, no ticking 👍"),
        (dt("2026-03-06 11:02"), rita, "@FILE:SJ-PI260306.pdf"),
        (dt("2026-03-06 11:03"), rita, "Our bank details as in the PI:\nBeneficiary: Zhangzhou Shijing Clock & Craft Co., Ltd\nBank: Bank of China,\nZhangzhou Branch\nA/C: 4113 6802 9417\nSwift: bkchcnbj720"),
        (dt("2026-03-09 15:30"), sanne, "Deposit 30% USD 2,304.00 sent today, swift copy attached"),
        (dt("2026-03-09 15:30"), sanne, "@MEDIA"),
        (dt("2026-03-10 08:55"), rita, "Received, thank you Sanne. Production start now."),
        (dt("2026-03-20 10:17"), rita, "Sanne, for your next order the oak version KW-WC30-OAK would be USD 7.10/pc FOB Xiamen, MOQ 1000pcs. Just for your info"),
        (dt("2026-03-20 12:40"), sanne, "Thanks, we may look at oak for the autumn collection, not for this order."),
        (dt("2026-04-10 09:20"), rita, "Sanne, goods 90% packed, inspection can be 16 April?"),
        (dt("2026-04-10 09:48"), sanne, "Ok, Nordlink is booked for 16/04."),
        (dt("2026-04-16 17:05"), rita, "Inspection finished, inspector said all ok"),
        (dt("2026-04-17 10:12"), sanne, "Report received: PASSED. Balance 70% will be paid against the B/L copy as agreed."),
    ]
    write_text(F / "chat" / "WhatsApp-chat met Rita Lin Shijing.txt", whatsapp("nl", msgs))

    write_order_toml(F, "KW-PO-2601-18",
                     ["Klokwerk Wonen B.V.", "Sanne de Vries", "Sanne", "Joost Bakker"],
                     ["Zhangzhou Shijing Clock & Craft Co., Ltd.", SUP_CN, "Shijing Clock", "Rita Lin Shijing", "Rita Lin", "Rita"],
                     roles={"qc/KW-WC30 PSI report.pdf": "inspection"},
                     release={"inspection": "passed"},
                     tolerances={"dimensions": "±2 mm", "weight": "±5%"})
    write_expected(F, "RELEASE", [],
                   "Clean order: PI follows quote Rev.2 (accepted in chat), spec and golden sample; "
                   "inspection PASSED satisfies [release].")
    write_note(name, [
        "Planted: nothing. PI SJ-PI260306 follows the accepted quote Rev.2 (USD 6.40, 1,200 pcs, 6 weeks) and the spec; inspection report (qc/, role from [roles]) is PASSED, so [release] is met -> RELEASE.",
        "Noise NOT to flag: quote v1 (6.85, 45 days, MOQ 1,000) is superseded by Rev.2; PI states size/weight in inches/lbs (11.81\" x 1.77\" = 300 x 45 mm, 1.72 lbs = 780 g); \"6 weeks\" vs \"42 days\".",
        "Pantone written three ways (spec \"Pantone 7621 C\", quote \"PMS 7621C\", PI \"7621C\"); payment reordered (\"T/T 30% deposit, 70% balance against copy of B/L\" vs \"30% deposit by T/T, balance 70% against B/L copy\").",
        "Bank identical but formatted differently (A/C \"4113 6802 9417\" vs \"411368029417\", bank name with/without comma and line break, SWIFT lower case in chat).",
        "Sample record: 5 pcs measured inside ±2 mm / ±5%; \"Sample qty 5 pcs\" is no quantity. Chat price USD 7.10 is for a future oak order; the movement question + supplier confirmation is no change.",
    ])


# ===========================================================================
# Case 02 — cast iron skillet, clean (RELEASE), Polish WhatsApp
# ===========================================================================

def case02():
    name = "02-cast-iron-skillet-clean"
    F = CASES / name
    SUP_EN = "HEBEI BOTOU HENGFENG CAST IRON COOKWARE CO., LTD."
    SUP_CN = "河北泊头恒丰铸铁炊具有限公司"
    qty, price = 1800, D("5.95")
    total = check_lines([(qty, price)], "10710.00")
    assert q2(total * D("0.30")) == D("3213.00")

    # --- spec (fpdf2, manual cells) ------------------------------------------
    pdf = new_fpdf("GS-CI26 Specification", "Agnieszka Nowak")
    pdf.add_page()
    pdf.set_font("dejavu", "B", 13)
    pdf.cell(0, 7, "GARNEK STUDIO sp. z o.o.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dejavu", "", 8)
    pdf.cell(0, 5, "ul. Składowa 12, 61-888 Poznań, Polska  ·  NIP 783-182-26-90  ·  zakupy@garnekstudio.pl",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("dejavu", "B", 12)
    pdf.cell(0, 7, "SPECYFIKACJA PRODUKTU / PRODUCT SPECIFICATION", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dejavu", "", 9)
    pdf.cell(0, 5, "Article: GS-CI26  Patelnia żeliwna 26 cm / Pre-seasoned cast iron skillet 26 cm      Rev. B, 06.02.2026",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    W = [50, 95, 35]
    pdf.set_fill_color(225, 225, 225)
    fp_row(pdf, W, ["Parameter", "Requirement", "Tolerance"], bold=True, fill=True, size=9)
    for row in [
        ["Material", "Grey cast iron HT200 (GB/T 9439), one-piece casting incl. handle", "—"],
        ["Surface", "Pre-seasoned with soybean oil, black matt; no enamel, no PTFE/PFAS coating", "—"],
        ["Top inner diameter", "262 mm", "±2 mm"],
        ["Overall length incl. handle", "415 mm", "±2 mm"],
        ["Height", "52 mm", "±2 mm"],
        ["Wall / base thickness", "4.5 mm / 5.0 mm", "±0.5 mm"],
        ["Net weight", "2.45 kg", "±5%"],
        ["Logo", "Cast-in GARNEK STUDIO logo on bottom, 60 mm wide (mould insert by supplier)", "—"],
        ["Food contact", "LFGB §30/31 + EU 1935/2004 migration test (heavy metals) by SGS/Intertek, report before shipment", "—"],
        ["Order quantity", "1,800 pcs (PO GS/PO/2026/014)", "—"],
    ]:
        fp_row(pdf, W, row, size=9)
    pdf.ln(4)
    pdf.set_font("dejavu", "B", 10)
    pdf.cell(0, 6, "Opakowanie / Packaging", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for row in [
        ["Unit", "Wrapped in VCI anti-rust paper; 1-colour printed kraft box 425 x 275 x 65 mm, EAN-13 on box end", ""],
        ["Master carton", "5-ply export carton, 6 pcs/ctn, 43 x 29 x 41 cm, max. G.W. 17 kg", "±1 cm"],
        ["Marks", "GARNEK STUDIO / GS-CI26 / C/No. / G.W. / N.W. / MADE IN CHINA", ""],
    ]:
        fp_row(pdf, W, row, size=9)
    pdf.ln(4)
    pdf.set_font("dejavu", "B", 10)
    pdf.cell(0, 6, "Jakość / Quality", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dejavu", "", 9)
    pdf.multi_cell(0, 5, "Pre-shipment inspection: ISO 2859-1, General Level II, AQL 0 / 2.5 / 4.0 (critical / major / minor). "
                   "Cracks, porosity through the wall or rust = critical. Balance payment only after a PASS report.\n"
                   "Commercial terms (price, Incoterm, payment, lead time): as per Hengfeng quotation HF-Q2602-031 accepted on 05.02.2026.")
    pdf.ln(8)
    pdf.cell(90, 5, "Prepared: Agnieszka Nowak (QA)")
    pdf.cell(0, 5, "Approved: Tomasz Wiśniewski (Purchasing)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    fp_save(pdf, F / "spec" / "GS-CI26 specyfikacja Rev B.pdf")

    # --- quote (ReportLab canvas, hand-ruled) ---------------------------------
    rl = RL(F / "quotes" / "HF-Q2602-031.pdf", latin="DejaVuC", latin_b="DejaVuC-B", cjk="WQY",
            title="Quotation HF-Q2602-031", author="Jack Zhao")
    W_, H_ = A4
    L, R = 16 * mm, W_ - 16 * mm
    y = H_ - 18 * mm
    rl.c.setFillColorRGB(0.15, 0.15, 0.15)
    rl.c.rect(L, y - 14 * mm, R - L, 16 * mm, stroke=0, fill=1)
    rl.c.setFillColorRGB(1, 1, 1)
    rl.text(L + 4 * mm, y - 4 * mm, SUP_CN, size=14, bold=True)
    rl.text(L + 4 * mm, y - 10.5 * mm, SUP_EN, size=10, bold=True)
    rl.c.setFillColorRGB(0, 0, 0)
    y -= 20 * mm
    rl.text(L, y, "East Industrial Zone, Jiaohe Town, Botou City, Hebei 062150, China  |  Tel +86 317 8219 664  |  jack@hf-castiron.com", size=8)
    y -= 22
    rl.text(W_ / 2, y, "QUOTATION", size=16, bold=True, align="C")
    y -= 20
    y2 = rl.lines(L, y, ["To: Garnek Studio sp. z o.o. (Poznań, Poland)", "Attn: Mr. Tomasz Wiśniewski"], size=9)
    rl.lines(R - 55 * mm, y, ["Quotation No.: HF-Q2602-031", "Date: 2026-01-21"], size=9)
    y = y2 - 8
    rows = [["Item", "Picture", "Description", "Quantity", "FOB Tianjin\nUSD/pc", "Amount USD"],
            ["GS-CI26", "[IMG]", "Pre-seasoned cast iron skillet 26cm\nmaterial: HT200 grey cast iron\n"
                                 "top Ø262mm, L415mm, H52mm, wall 4.5mm\nN.W. 2.45kg\n"
                                 "cast logo on bottom, soybean oil seasoned", "1,800pcs", "5.95", "10,710.00"]]
    y = rl.table(L, y, [20 * mm, 18 * mm, 72 * mm, 20 * mm, 22 * mm, R - L - 152 * mm], rows,
                 size=8.5, align=["C", "C", "L", "R", "R", "R"])
    y -= 18
    rl.text(L, y, "Packing:", size=9, bold=True)
    rl.text(L + 22 * mm, y, "VCI paper + kraft box 1C print, 6pcs/ctn, 5-ply carton 43x29x41cm, 300ctns", size=9)
    y -= 14
    for k, v in [("Price term:", "FOB Tianjin (Xingang)"),
                 ("Payment:", "30% T/T deposit, 70% balance before shipment"),
                 ("Lead time:", "45 days after deposit received"),
                 ("Sample:", "2 pcs, sample charge USD 50, refundable with order"),
                 ("Validity:", "until 31 March 2026")]:
        rl.text(L, y, k, size=9, bold=True)
        rl.text(L + 22 * mm, y, v, size=9)
        y -= 14
    y -= 8
    rl.text(L, y, "Bank details", size=9, bold=True)
    y -= 14
    for k, v in [("Beneficiary", "Hebei Botou Hengfeng Cast Iron Cookware Co., Ltd."),
                 ("Bank", "Industrial and Commercial Bank of China Botou Sub-branch"),
                 ("SWIFT", "ICBKCNBJHEB"),
                 ("Account", "0408 0220 0920 0186 537")]:
        rl.text(L, y, k, size=9)
        rl.text(L + 22 * mm, y, ": " + v, size=9)
        y -= 13
    y -= 20
    rl.text(L, y, "Best regards, Jack Zhao (Export Dept.)", size=9)
    rl.chop(R - 30 * mm, y + 8, SUP_CN)
    rl.save()

    # --- golden sample sheet (openpyxl) --------------------------------------
    wb = new_xlsx("Agnieszka Nowak")
    ws = wb.active
    ws.title = "Wzorzec GS-CI26"
    for col, w in zip("ABCDE", [34, 18, 14, 14, 14]):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "GARNEK STUDIO — Karta zatwierdzenia wzorca / Golden sample approval", bold=True, size=12)
    xl_put(ws, "A2", "Article GS-CI26, supplier Hengfeng (Botou), samples received 03.02.2026")
    xl_put(ws, "A3", "Sample qty: 2 pcs (paid sample, USD 50)")
    hdr = ["Cecha / characteristic", "Spec", "Sample 1", "Sample 2", "OK/NOK"]
    for i, hv in enumerate(hdr):
        xl_put(ws, f"{'ABCDE'[i]}5", hv, bold=True, border=True, fill="DDDDDD")
    data = [
        ["Top inner Ø (mm)", "262 ±2", 261.5, 262.4, "OK"],
        ["Length incl. handle (mm)", "415 ±2", 414.2, 416.0, "OK"],
        ["Height (mm)", "52 ±2", 51.6, 52.3, "OK"],
        ["Wall thickness (mm)", "4.5 ±0.5", 4.4, 4.7, "OK"],
        ["Net weight (kg)", "2.45 ±5%", 2.41, 2.49, "OK"],
        ["Seasoning", "soybean oil, black matt", "even", "even", "OK"],
        ["Logo (cast)", "60 mm, bottom", "sharp", "sharp", "OK"],
    ]
    for r, row in enumerate(data, start=6):
        for i, v in enumerate(row):
            xl_put(ws, f"{'ABCDE'[i]}{r}", v, border=True)
    xl_put(ws, "A14", "Decision:", bold=True)
    xl_put(ws, "B14", "APPROVED — sample 1 kept as golden sample, sealed")
    xl_put(ws, "A16", "Zatwierdził / approved by: Agnieszka Nowak (QA), Tomasz Wiśniewski")
    xl_put(ws, "A17", "Data / date: 05.02.2026")
    save_xlsx(wb, F / "sample" / "GS-CI26 wzorzec zatwierdzony.xlsx")

    # --- PI (WeasyPrint) ------------------------------------------------------
    pi_html = f"""<html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 14mm 14mm 16mm 14mm; }}
    body {{ font-family: 'Liberation Sans', 'WenQuanYi Micro Hei'; font-size: 9pt; }}
    .head {{ text-align: center; border-bottom: 3px double #000; padding-bottom: 4px; }}
    .cn {{ font-size: 17pt; font-weight: bold; letter-spacing: 2px; }}
    .en {{ font-size: 12pt; font-weight: bold; }}
    .title {{ text-align: center; font-size: 14pt; font-weight: bold; margin: 10px 0 6px 0; text-decoration: underline; }}
    table.items {{ border-collapse: collapse; width: 100%; }}
    table.items td, table.items th {{ border: 0.8px solid #000; padding: 4px; vertical-align: top; }}
    table.items th {{ background: #f0f0f0; }}
    .r {{ text-align: right; }} .c {{ text-align: center; }}
    table.kv td {{ padding: 1px 6px 1px 0; vertical-align: top; }}
    </style></head><body>
    <div class="head"><div class="cn">{SUP_CN}</div><div class="en">{SUP_EN}</div>
    <div>East Industrial Zone, Jiaohe Town, Botou City, Hebei, China 062150 &nbsp; Tel/WhatsApp: +86 139 3175 2208</div></div>
    <div class="title">PROFORMA INVOICE</div>
    <table style="width:100%"><tr><td style="width:58%">
    <b>To / Buyer:</b><br>GARNEK STUDIO SP. Z O.O.<br>ul. Składowa 12, 61-888 Poznań, Poland<br>NIP: PL7831822690<br>Contact: Tomasz Wiśniewski</td>
    <td><table class="kv"><tr><td>PI No.:</td><td><b>HF20260302-01</b></td></tr>
    <tr><td>Date:</td><td>02.03.2026 (2026年3月2日)</td></tr>
    <tr><td>Order No.:</td><td>GS/PO/2026/014</td></tr>
    <tr><td>Quotation:</td><td>HF-Q2602-031</td></tr></table></td></tr></table>
    <br>
    <table class="items">
    <tr><th>No.</th><th>Item No.</th><th>Description of goods</th><th>Quantity</th><th>Unit Price (USD)</th><th>Amount (USD)</th></tr>
    <tr><td class="c">1</td><td class="c">GS-CI26</td>
    <td>Pre-seasoned cast iron skillet 10.3 inch / 铸铁煎锅<br>HT200 grey cast iron, vegetable (soybean) oil seasoned<br>
    Top Ø10.3", overall L 16.3", H 2.05"<br>N.W. 5.40 lb/pc<br>Cast-in logo "GARNEK STUDIO" on bottom</td>
    <td class="r">1,800 pcs</td><td class="r">5.95</td><td class="r">10,710.00</td></tr>
    <tr><td colspan="3" class="r"><b>TOTAL FOB TIANJIN XINGANG</b></td><td class="r"><b>1,800 pcs</b></td><td></td><td class="r"><b>USD 10,710.00</b></td></tr>
    </table>
    <p><b>{say_usd(total, style=2)}</b></p>
    <p><b>Terms:</b></p>
    <table class="kv">
    <tr><td>1. Price term:</td><td>FOB Tianjin Xingang, Incoterms 2020</td></tr>
    <tr><td>2. Payment terms:</td><td>30% in advance by T/T, the balance (70%) to be paid before shipment</td></tr>
    <tr><td>3. Delivery:</td><td>交货期：收到定金后45天 / within 45 days upon receipt of deposit</td></tr>
    <tr><td>4. Packing:</td><td>VCI paper + kraft box (1C), 6 pcs/carton, 5-ply export carton 43×29×41 cm, 300 cartons, G.W. 16.5 kg/ctn</td></tr>
    <tr><td>5. Documents:</td><td>LFGB test report (SGS), commercial invoice, packing list, B/L</td></tr>
    <tr><td>6. Inspection:</td><td>Buyer's pre-shipment inspection AQL II 2.5/4.0</td></tr>
    </table>
    <p><b>Bank information:</b></p>
    <table class="kv">
    <tr><td>Beneficiary:</td><td>HEBEI BOTOU HENGFENG CAST IRON COOKWARE CO., LTD.</td></tr>
    <tr><td>Bank:</td><td>INDUSTRIAL AND COMMERCIAL BANK OF CHINA,<br>BOTOU SUB-BRANCH</td></tr>
    <tr><td>Bank address:</td><td>No. 55 Jiefang Road, Botou, Hebei, China</td></tr>
    <tr><td>SWIFT:</td><td>ICBKCNBJHEB</td></tr>
    <tr><td>A/C No.:</td><td>0408022009200186537</td></tr>
    </table>
    <br><br>
    <table style="width:100%"><tr><td style="width:55%">Buyer signature: ____________________</td>
    <td>For and on behalf of<br><b>{SUP_EN}</b><br><span style="color:#c0201c; border:2px solid #c0201c; border-radius:50%; padding:14px 8px; display:inline-block; margin-top:4px">{SUP_CN}<br>&nbsp;&nbsp;&nbsp;★ 合同专用章</span><br>Jack Zhao</td></tr></table>
    </body></html>"""
    html_pdf(F / "pi" / "PI HF20260302-01 Garnek Studio.pdf", pi_html)

    # --- inspection (python-docx) ---------------------------------------------
    d = new_docx("AsiaVerify Tianjin", "Inspection report AV-TJ-26-04-0712", font="Arial", size=9)
    p = d.add_paragraph()
    r = p.add_run("AsiaVerify Inspection (Tianjin) Ltd.  亚验检测（天津）有限公司")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("FINAL RANDOM INSPECTION REPORT (Pre-shipment)")
    docx_table(d, [
        ["Report no.", "AV-TJ-26-04-0712", "Date", "16.04.2026"],
        ["Client", "Garnek Studio sp. z o.o.", "Factory", "Hebei Botou Hengfeng Cast Iron Cookware Co., Ltd."],
        ["PO / item", "GS/PO/2026/014 / GS-CI26", "Order qty", "1,800 pcs (300 cartons)"],
        ["Goods status", "100% finished, 92% packed", "Inspector", "Zhang Lei"],
    ], widths_cm=[3, 5.2, 2.6, 6.2], bold_header=False)
    d.add_paragraph()
    d.add_paragraph("Sampling plan: ISO 2859-1, single sampling, normal, General Level II; code letter K, sample size 125 pcs.")
    docx_table(d, [
        ["Defect class", "AQL", "Ac / Re", "Found"],
        ["Critical", "0", "0 / 1", "0"],
        ["Major", "2.5", "7 / 8", "2 (porosity on handle surface)"],
        ["Minor", "4.0", "10 / 11", "5 (uneven seasoning shade, kraft box scuffs)"],
    ], widths_cm=[3.5, 2, 2.5, 9])
    d.add_paragraph()
    docx_table(d, [
        ["Measurement (n=10)", "Spec", "Measured", "Result"],
        ["Top inner Ø", "262 ±2 mm", "261.2 – 262.9 mm", "Pass"],
        ["Length incl. handle", "415 ±2 mm", "413.9 – 416.1 mm", "Pass"],
        ["Net weight", "2.45 kg ±5%", "2.39 – 2.52 kg", "Pass"],
        ["Carton", "5-ply, 6 pcs, 43×29×41 cm", "as spec", "Pass"],
        ["Water boil test (rust)", "no rust after 30 min", "no rust", "Pass"],
    ], widths_cm=[4.5, 4.5, 4.5, 3.5])
    d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("OVERALL RESULT:  PASS")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Remarks: LFGB test report SGS No. SHHG2603118702 (dated 25.03.2026) seen at factory, result Pass.")
    save_docx(d, F / "inspection" / "AV-TJ-26-04-0712 FRI report.docx")

    # --- WhatsApp (Polish Android export) ------------------------------------
    jack, tom = "Jack Zhao Hengfeng", "Tomasz Wiśniewski"
    msgs = [
        (dt("2026-01-21 08:02"), None, "@E2E"),
        (dt("2026-01-21 08:02"), jack, "Hello Tomasz, Jack from Hengfeng cast iron. Quotation HF-Q2602-031 for GS-CI26 attached"),
        (dt("2026-01-21 08:03"), jack, "@FILE:HF-Q2602-031.pdf"),
        (dt("2026-01-21 13:44"), tom, "Thanks Jack. Please send 2 samples to Poznań, we pay the USD 50 sample fee."),
        (dt("2026-02-05 10:20"), tom, "Samples approved 👍 weight and seasoning very good. We accept quotation HF-Q2602-031, PO GS/PO/2026/014 for 1,800 pcs follows."),
        (dt("2026-02-05 10:31"), jack, "Thank you Tomasz! We are on CNY holiday from 10 Feb, back 26 Feb. PI after holiday."),
        (dt("2026-02-27 09:15"), tom, "Jack, our customer asks: is the seasoning oil still soybean oil?"),
        (dt("2026-02-27 09:40"), jack, "Yes soybean oil, same as sample, no chemicals"),
        (dt("2026-03-02 11:05"), jack, "@FILE:PI HF20260302-01 Garnek Studio.pdf"),
        (dt("2026-03-02 11:05"), jack, "PI attached, please check"),
        (dt("2026-03-02 16:12"), tom, "Could you also quote the 30 cm version for Q3? Same finish and logo."),
        (dt("2026-03-03 08:47"), jack, "30cm GS-CI30: USD 7.20/pc FOB Tianjin, MOQ 1000pcs. For next order"),
        (dt("2026-03-03 09:02"), tom, "ok thanks, later. Please confirm the bank details once more, our finance wants them in writing."),
        (dt("2026-03-03 09:10"), jack, "INDUSTRIAL AND COMMERCIAL BANK OF CHINA\nBOTOU SUB-BRANCH\nbeneficiary: Hebei Botou Hengfeng Cast Iron Cookware Co.,Ltd\nA/C 0408 0220 0920 0186 537\nSWIFT ICBKCNBJHEB"),
        (dt("2026-03-03 09:31"), tom, "Same as in the quotation, ok."),
        (dt("2026-03-04 14:05"), tom, "Deposit 30% = USD 3,213.00 paid today."),
        (dt("2026-03-05 08:20"), jack, "Received, thank you. Production start."),
        (dt("2026-04-13 10:02"), jack, "Goods 100% finished, packing now. Inspection this week?"),
        (dt("2026-04-13 10:30"), tom, "AsiaVerify comes on 16.04."),
        (dt("2026-04-16 15:48"), jack, "@MEDIA"),
        (dt("2026-04-16 15:48"), jack, "@MEDIA"),
        (dt("2026-04-17 09:05"), tom, "Inspection PASS, report received. We pay the balance before shipment as agreed."),
    ]
    write_text(F / "chat" / "Czat WhatsApp z Jack Zhao Hengfeng.txt", whatsapp("pl", msgs))

    write_order_toml(F, "GS/PO/2026/014",
                     ["Garnek Studio sp. z o.o.", "Tomasz Wiśniewski", "Tomasz", "Tomek", "Agnieszka Nowak"],
                     ["Hebei Botou Hengfeng Cast Iron Cookware Co., Ltd.", SUP_CN, "Hengfeng", "Jack Zhao Hengfeng", "Jack Zhao", "Jack"],
                     release={"inspection": "passed"},
                     required_on_pi=["incoterm", "payment.balance"],
                     tolerances={"dimensions": "±2 mm", "weight": "±5%"})
    write_expected(F, "RELEASE", [],
                   "Clean order: PI equals accepted quote HF-Q2602-031 and spec Rev. B; inspection PASS; "
                   "both required_on_pi terms present.")
    write_note(name, [
        "Planted: nothing. PI HF20260302-01 = accepted quote HF-Q2602-031 (accepted in chat 05.02) + spec Rev. B; inspection PASS meets [release]; required_on_pi (incoterm, payment.balance) are both on the PI -> RELEASE.",
        "Noise NOT to flag: PI gives imperial sizes (Ø10.3\" = 261.6 mm, L 16.3\" = 414.0 mm, H 2.05\" = 52.1 mm, all inside ±2 mm; 5.40 lb = 2.45 kg); \"45 days after deposit received\" vs \"交货期：收到定金后45天\".",
        "Payment reordered: \"30% T/T deposit, 70% balance before shipment\" vs \"30% in advance by T/T, the balance (70%) to be paid before shipment\"; \"FOB Tianjin (Xingang)\" vs \"FOB Tianjin Xingang, Incoterms 2020\".",
        "Bank identical: ICBC name with/without comma and split over two lines, case differs; A/C \"0408 0220 0920 0186 537\" vs \"0408022009200186537\"; restated in chat.",
        "PI \"G.W. 16.5 kg/ctn\" is the carton gross weight, not the product weight (2.45 kg). Sample sheet: \"Sample qty: 2 pcs\", values inside tolerance. Chat USD 7.20 is for a future 30 cm order (GS-CI30); the soybean-oil question answered \"same as sample\" is no change.",
    ])


# ===========================================================================
# Case 03 — borosilicate glass canister, clean (RELEASE), WeChat + .eml
# ===========================================================================

def case03():
    name = "03-glass-canister-clean-eml"
    F = CASES / name
    SUP_EN = "Xuzhou Jingcheng Glassware Co., Ltd."
    SUP_CN = "徐州晶诚玻璃制品有限公司"
    qty, price = 4800, D("1.62")
    total = check_lines([(qty, price)], "7776.00")
    assert q2(total * D("0.3")) == D("2332.80")

    # --- spec (WeasyPrint) -----------------------------------------------------
    spec_html = """<html><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 18mm; @top-right { content: "HL-GJ1000 · Spec v1.2"; font-size: 7.5pt; color: #777; }
            @bottom-center { content: "Harvest Lane Homewares — confidential — page " counter(page); font-size: 7.5pt; color: #777; } }
    body { font-family: 'Carlito', 'WenQuanYi Micro Hei'; font-size: 10pt; }
    h1 { font-size: 18pt; color: #3b5d3a; margin: 0; } h2 { font-size: 11.5pt; color: #3b5d3a; border-bottom: 1px solid #3b5d3a; margin-top: 14px; }
    table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #aaa; padding: 4px 6px; text-align: left; vertical-align: top; }
    th { background: #e8efe6; width: 30%; }
    </style></head><body>
    <div style="font-size:9pt">HARVEST LANE HOMEWARES PTY LTD · 14 Gipps Street, Collingwood VIC 3066 · ABN 53 612 874 905</div>
    <h1>Product Specification — HL-GJ1000</h1>
    <div>1 L borosilicate glass canister with bamboo lid · version 1.2 · 08 Jan 2026 · owner: Ben Walsh (QA)</div>
    <h2>1. Construction</h2>
    <table>
    <tr><th>Body</th><td>High borosilicate glass 3.3, clear, mouth-blown free of bubbles &gt; 1 mm, fire-polished rim</td></tr>
    <tr><th>Lid</th><td>Natural moso bamboo, food-safe oil finish, Ø 100 mm</td></tr>
    <tr><th>Seal</th><td>Food grade silicone ring, colour Pantone Cool Gray 7 C</td></tr>
    <tr><th>Capacity</th><td>1,000 ml brimful (tolerance ±3%)</td></tr>
    <tr><th>Dimensions</th><td>Ø 100 mm × H 180 mm incl. lid (tolerance ±2 mm)</td></tr>
    <tr><th>Weight</th><td>520 g incl. lid (tolerance ±5%)</td></tr>
    <tr><th>Logo</th><td>Laser-engraved Harvest Lane leaf logo, Ø 30 mm, centre of lid top</td></tr>
    <tr><th>Thermal shock</th><td>ΔT 120 °C, no cracks (ASTM C149)</td></tr>
    <tr><th>Compliance</th><td>LFGB (glass and silicone) and FDA 21 CFR 177.2600 (silicone); test reports before shipment</td></tr>
    </table>
    <h2>2. Packaging</h2>
    <table>
    <tr><th>Unit</th><td>White box 105 × 105 × 190 mm with 1-colour logo print, honeycomb paper sleeve</td></tr>
    <tr><th>Master carton</th><td>5-ply export carton, 24 pcs/ctn, 43 × 33 × 40 cm, 2 layers with divider</td></tr>
    <tr><th>Marks</th><td>HARVEST LANE / HL-GJ1000 / QTY 24 / CTN NO. / MADE IN CHINA; GS1-128 carton label</td></tr>
    </table>
    <h2>3. Order and quality</h2>
    <table>
    <tr><th>Quantity</th><td>4,800 pcs (PO HL-PO-2603)</td></tr>
    <tr><th>Inspection</th><td>AQL 2.5 major / 4.0 minor, General II; glass defects per HL glass standard GS-02</td></tr>
    <tr><th>Commercial</th><td>Price, Incoterm, payment and lead time per the supplier quotation accepted by Harvest Lane</td></tr>
    </table>
    <p style="margin-top:20px">Approved for sourcing: Chloe Nguyen (Sourcing Manager) &nbsp;&nbsp; Ben Walsh (QA)</p>
    </body></html>"""
    html_pdf(F / "spec" / "HL-GJ1000 Product Spec v1.2.pdf", spec_html)

    # --- quote (ReportLab canvas) ------------------------------------------------
    qpath = F / "quotes" / "JC-QT-26018 Harvest Lane.pdf"
    rl = RL(qpath, latin="LibSans", latin_b="LibSans-B", cjk="Droid", title="Quotation JC-QT-26018",
            author="Amy Sun")
    W_, H_ = A4
    L, R = 17 * mm, W_ - 17 * mm
    y = H_ - 20 * mm
    rl.c.setStrokeColorRGB(0.1, 0.35, 0.6)
    rl.c.setLineWidth(2)
    rl.c.circle(L + 9 * mm, y - 5 * mm, 8 * mm)
    rl.text(L + 9 * mm, y - 7 * mm, "JC", size=14, bold=True, align="C")
    rl.c.setStrokeColorRGB(0, 0, 0)
    rl.text(L + 22 * mm, y, SUP_CN, size=15, bold=True)
    rl.text(L + 22 * mm, y - 15, SUP_EN.upper(), size=11, bold=True)
    rl.text(L + 22 * mm, y - 27, "No. 18 Gongye Road, Jiawang Economic Development Zone, Xuzhou, Jiangsu 221011, China", size=8)
    rl.text(L + 22 * mm, y - 37, "Tel: +86 516 8702 3365   Mob/WeChat: +86 187 5200 6613   amy@jc-glassware.com", size=8)
    y -= 50
    rl.hline(L, R, y, 1.2)
    y -= 24
    rl.text(W_ / 2, y, "QUOTATION  报价单", size=14, bold=True, align="C")
    y -= 22
    rl.table(L, y, [30 * mm, 60 * mm, 30 * mm, R - L - 120 * mm], [
        ["Customer", "Harvest Lane Homewares Pty Ltd", "Quote No.", "JC-QT-26018"],
        ["Attn.", "Ms Chloe Nguyen", "Date", "12 Jan 2026"],
        ["Destination", "Melbourne, Australia", "Valid until", "12 Apr 2026"],
    ], size=8.5, header_rows=0, shade_header=False)
    y -= 62
    rows = [["Item No.", "Description", "Capacity", "Qty (pcs)", "Unit price\nUSD FOB", "Amount\nUSD"],
            ["HL-GJ1000", "Borosilicate glass 3.3 canister with bamboo lid\nΦ10 x 18 cm (lid incl.), approx. 520g\n"
                          "silicone seal ring Cool Gray 7C, laser logo on lid\nwhite box with 1C logo", "1 L",
             "4,800", "1.62", "7,776.00"],
            ["", "Total", "", "4,800", "", "7,776.00"]]
    y = rl.table(L, y, [24 * mm, 76 * mm, 16 * mm, 20 * mm, 20 * mm, R - L - 156 * mm], rows, size=8.5,
                 align=["C", "L", "C", "R", "R", "R"])
    y -= 20
    for k, v in [("Price term", "FOB Lianyungang, China"),
                 ("Payment", "T/T 30% deposit, 70% before shipment"),
                 ("Lead time", "35 days after deposit"),
                 ("Packing", "24 pcs/ctn, 5-ply carton 43x33x40cm, 200 ctns, approx. 6.1 CBM"),
                 ("Certificates", "LFGB, FDA (existing reports, 2025)"),
                 ("Sample", "3 pcs free, freight collect")]:
        rl.text(L, y, k, size=9, bold=True)
        rl.text(L + 30 * mm, y, v, size=9)
        y -= 14
    y -= 10
    rl.text(L, y, "Bank information", size=9, bold=True)
    y -= 14
    for k, v in [("Beneficiary", "Xuzhou Jingcheng Glassware Co., Ltd."),
                 ("Bank", "Agricultural Bank of China, Xuzhou Jiawang Sub-branch"),
                 ("SWIFT", "ABOCCNBJ130"),
                 ("Account No.", "1042 0101 0400 1875 63")]:
        rl.text(L, y, k, size=9)
        rl.text(L + 30 * mm, y, v, size=9)
        y -= 13
    rl.chop(R - 30 * mm, y + 20, SUP_CN)
    rl.text(R - 52 * mm, y - 14, "Amy Sun, Sales", size=9)
    rl.save()

    # --- golden sample record (python-docx) --------------------------------------
    d = new_docx("Ben Walsh", "Golden sample approval HL-GJ1000", font="Carlito", size=10)
    p = d.add_paragraph()
    r = p.add_run("Harvest Lane Homewares — Golden Sample Approval")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Product: HL-GJ1000 1 L borosilicate canister    Supplier: Xuzhou Jingcheng Glassware (徐州晶诚)")
    d.add_paragraph("Samples received: 27 Jan 2026 — Qty of samples: 3 pcs (marked A, B, C)")
    docx_table(d, [
        ["Check", "Spec", "A", "B", "C", "Result"],
        ["Outer Ø (mm)", "100 ±2", "100.6", "99.8", "100.3", "Pass"],
        ["Height incl. lid (mm)", "180 ±2", "180.9", "179.4", "181.2", "Pass"],
        ["Capacity brimful (ml)", "1000 ±3%", "1012", "1008", "995", "Pass"],
        ["Weight incl. lid (g)", "520 ±5%", "509", "527", "518", "Pass"],
        ["Thermal shock ΔT120°C", "no crack", "ok", "ok", "ok", "Pass"],
        ["Seal colour", "Cool Gray 7 C", "ok", "ok", "ok", "Pass"],
    ], widths_cm=[4.4, 2.6, 2, 2, 2, 2])
    d.add_paragraph()
    d.add_paragraph("Comments: bamboo grain/colour varies naturally — accepted. Laser logo depth even. "
                    "Sample A retained as golden sample.")
    d.add_paragraph("Result: APPROVED")
    d.add_paragraph("Signed: Ben Walsh (QA) — 30/01/2026        Chloe Nguyen (Sourcing) — 30/01/2026")
    save_docx(d, F / "sample" / "HL-GJ1000 golden sample approval.docx")

    # --- PI (openpyxl) -------------------------------------------------------------
    wb = new_xlsx("Amy Sun")
    ws = wb.active
    ws.title = "PI"
    for col, w in zip("ABCDEFG", [8, 16, 46, 12, 14, 16, 4]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:F1")
    xl_put(ws, "A1", SUP_CN, bold=True, size=16, align="center")
    ws.merge_cells("A2:F2")
    xl_put(ws, "A2", SUP_EN.upper(), bold=True, size=12, align="center")
    ws.merge_cells("A3:F3")
    xl_put(ws, "A3", "No. 18 Gongye Road, Jiawang Economic Development Zone, Xuzhou, Jiangsu, China", size=9, align="center")
    ws.merge_cells("A5:F5")
    xl_put(ws, "A5", "PROFORMA INVOICE", bold=True, size=14, align="center")
    xl_put(ws, "A7", "Messrs:", bold=True)
    xl_put(ws, "B7", "HARVEST LANE HOMEWARES PTY LTD")
    xl_put(ws, "B8", "14 Gipps Street, Collingwood VIC 3066, Australia")
    xl_put(ws, "B9", "Attn: Chloe Nguyen")
    xl_put(ws, "E7", "PI No.:", bold=True)
    xl_put(ws, "F7", "JC-PI-26031")
    xl_put(ws, "E8", "Date:", bold=True)
    xl_put(ws, "F8", datetime(2026, 3, 10), num="yyyy-mm-dd")
    xl_put(ws, "E9", "PO No.:", bold=True)
    xl_put(ws, "F9", "HL-PO-2603")
    for i, hv in enumerate(["Item", "Model", "Description", "Qty", "Unit Price", "Amount"]):
        xl_put(ws, f"{'ABCDEF'[i]}11", hv, bold=True, border=True, align="center", fill="FFF2CC")
    vals = [1, "HL-GJ1000", "1000ml borosilicate glass storage jar w/ bamboo lid\n"
                           "Size: Dia 100 x H 180mm; capacity 33.8 oz\n"
                           "Silicone ring PMS Cool Gray 7C; laser logo on lid\nwhite box 1C printing",
            qty, float(price), float(total)]
    ws.row_dimensions[12].height = 64
    for i, v in enumerate(vals):
        xl_put(ws, f"{'ABCDEF'[i]}12", v, border=True, wrap=True, align="center" if i in (0, 1) else None)
    ws["D12"].number_format = '#,##0" pcs"'
    ws["E12"].number_format = '"US$"0.00'
    ws["F12"].number_format = '"US$"#,##0.00'
    ws.merge_cells("A13:C13")
    xl_put(ws, "A13", "TOTAL FOB LIANYUNGANG", bold=True, border=True, align="right")
    xl_put(ws, "D13", qty, bold=True, border=True, num='#,##0" pcs"')
    xl_put(ws, "E13", None, border=True)
    xl_put(ws, "F13", float(total), bold=True, border=True, num='"US$"#,##0.00')
    ws.merge_cells("A14:F14")
    xl_put(ws, "A14", say_usd(total), bold=True)
    terms = [
        "1. Trade term: FOB LIANYUNGANG PORT, CHINA",
        "2. Payment: 30% advance by T/T, balance 70% before loading",
        "3. Delivery time: within 35 days after receiving the deposit",
        "4. Packing: 24pcs/ctn, 5 ply export carton 43*33*40cm, 200 cartons",
        "5. Certificates: LFGB + FDA test reports to be provided before shipment",
        "6. Quality as per approved golden sample (30 Jan 2026)",
    ]
    xl_put(ws, "A16", "Terms & Conditions", bold=True)
    for k, t in enumerate(terms):
        ws.merge_cells(f"A{17 + k}:F{17 + k}")
        xl_put(ws, f"A{17 + k}", t)
    xl_put(ws, "A24", "Bank Details", bold=True)
    for k, (a, b) in enumerate([("Beneficiary:", "XUZHOU JINGCHENG GLASSWARE CO.,LTD"),
                                ("Bank Name:", "AGRICULTURAL BANK OF CHINA XUZHOU JIAWANG SUB-BRANCH"),
                                ("SWIFT Code:", "ABOCCNBJ130"),
                                ("Account No.:", "104201010400187563")]):
        xl_put(ws, f"A{25 + k}", a)
        ws.merge_cells(f"C{25 + k}:F{25 + k}")
        xl_put(ws, f"C{25 + k}", b)
    xl_put(ws, "E31", "徐州晶诚玻璃制品有限公司")
    xl_put(ws, "E32", "(company chop / 公章)")
    xl_put(ws, "A31", "Confirmed by buyer:")
    save_xlsx(wb, F / "pi" / "JC-PI-26031.xlsx")

    # --- .eml: quotation sent by mail, quoted RFQ, PDF attachment -------------------
    body = textwrap.dedent("""\
        Dear Chloe,

        Thank you for your inquiry and the spec v1.2.
        Please find attached our quotation JC-QT-26018 for HL-GJ1000, 4,800 pcs.

        - USD 1.62/pc FOB Lianyungang
        - T/T 30% deposit, 70% before shipment
        - 35 days after deposit
        - 3 pcs samples can be sent within 7 days

        For your information, the 1.5L size (HL-GJ1500) would be USD 1.98/pc, maybe for a later order.

        Best regards
        Amy Sun
        Sales Dept. | Xuzhou Jingcheng Glassware Co., Ltd.
        Mob/WeChat: +86 187 5200 6613

        ------------------ Original ------------------
        From: "Chloe Nguyen" <chloe@harvestlane.com.au>
        Date: Thu, Jan 8, 2026 10:41 AM
        To: "amy" <amy@jc-glassware.com>
        Subject: RFQ - 1L borosilicate canister with bamboo lid (HL-GJ1000)

        Hi Amy,

        Please quote 4,800 pcs of our HL-GJ1000 canister as per the attached spec v1.2,
        FOB your nearest port. We usually pay 30% deposit and 70% before shipment.
        Could you also tell us if the seal ring can be LFGB silicone?

        Kind regards,
        Chloe Nguyen
        Sourcing Manager | Harvest Lane Homewares
        """)
    eml(F / "chat" / "RE_ RFQ - 1L borosilicate canister (HL-GJ1000).eml",
        [("From", "\"Amy Sun\" <amy@jc-glassware.com>"),
         ("To", "\"Chloe Nguyen\" <chloe@harvestlane.com.au>"),
         ("Date", "Mon, 12 Jan 2026 16:20:31 +0800"),
         ("Subject", "RE: RFQ - 1L borosilicate canister with bamboo lid (HL-GJ1000)"),
         ("Message-ID", "<202601121620310417223@jc-glassware.com>"),
         ("In-Reply-To", "<SY4P282MB1187B2C0A1@SY4P282MB1187.AUSP282.PROD.OUTLOOK.COM>"),
         ("X-Mailer", "Foxmail 7.2.25.375[cn]")],
        body, attachment=(qpath.name, qpath.read_bytes(), "application/pdf"),
        boundary="----=_NextPart_65A0F1C3_09D2A6B8_4E17C0A2")

    # --- WeChat --------------------------------------------------------------------
    amy, chloe = "Amy Sun(晶诚玻璃)", "Chloe Nguyen"
    msgs = [
        (dt("2026-01-13 09:02"), amy, "Hi Chloe, this is Amy from Jingcheng Glassware 😊 quotation sent by email yesterday"),
        (dt("2026-01-13 09:30"), chloe, "Got it, thanks Amy. Is the seal ring LFGB silicone as well?"),
        (dt("2026-01-13 09:34"), amy, "Yes, seal ring is LFGB food grade silicone, we have test report"),
        (dt("2026-01-13 09:35"), amy, "[图片]"),
        (dt("2026-01-30 14:18"), chloe, "Samples approved by our QA 👍 all 3 pcs measured fine"),
        (dt("2026-01-30 14:25"), amy, "Great! Factory closed 12 Feb - 1 Mar for Chinese New Year, we can produce after holiday"),
        (dt("2026-03-09 10:05"), chloe, "Hi Amy, quote JC-QT-26018 is accepted for 4,800 pcs. Please send PI, our PO is HL-PO-2603"),
        (dt("2026-03-10 15:40"), amy, "[文件] JC-PI-26031.xlsx"),
        (dt("2026-03-10 15:41"), amy, "PI attached, please check"),
        (dt("2026-03-10 15:43"), amy, "And 1500ml size for next order USD 1.98/pc, same packing"),
        (dt("2026-03-10 16:02"), chloe, "Thanks, PI looks good. Let's keep the 1.5L for later."),
        (dt("2026-03-11 11:27"), chloe, "Deposit USD 2,332.80 paid to your ABC account today"),
        (dt("2026-03-11 11:50"), amy, "Thank you dear, production will start Monday"),
        (dt("2026-04-13 09:12"), amy, "Chloe, goods ready 95%, LFGB and FDA reports sent by email. Booking vessel for 20 Apr"),
        (dt("2026-04-13 09:40"), chloe, "Perfect, thanks Amy"),
    ]
    write_text(F / "chat" / "微信聊天记录_Amy Sun(晶诚玻璃).txt", wechat_a("Amy Sun(晶诚玻璃)", msgs))

    write_order_toml(F, "HL-PO-2603",
                     ["Harvest Lane Homewares Pty Ltd", "Chloe Nguyen", "Chloe", "Ben Walsh"],
                     ["Xuzhou Jingcheng Glassware Co., Ltd.", SUP_CN, "Jingcheng Glassware", "Amy Sun(晶诚玻璃)", "Amy Sun", "Amy"],
                     stakeholders=["chloe@harvestlane.com.au", "amy@jc-glassware.com"],
                     tolerances={"dimensions": "±2 mm", "weight": "±5%", "capacity": "±3%"})
    write_expected(F, "RELEASE", [],
                   "Clean order: XLSX PI equals the quote accepted in WeChat and the spec; no [release].")
    write_note(name, [
        "Planted: nothing. XLSX PI JC-PI-26031 equals quote JC-QT-26018 (accepted by the buyer in WeChat 09-03) and spec v1.2; no [release] -> RELEASE.",
        "Noise NOT to flag: capacity \"1,000 ml\" / \"1 L\" / \"1000ml ... 33.8 oz\"; size \"Ø 100 × H 180 mm\" vs \"Φ10 x 18 cm\"; payment \"T/T 30% deposit, 70% before shipment\" vs \"30% advance by T/T, balance 70% before loading\"; \"35 days after deposit\" vs \"within 35 days after receiving the deposit\".",
        "Bank identical but written \"Agricultural Bank of China, Xuzhou Jiawang Sub-branch\" vs upper case without comma, A/C \"1042 0101 0400 1875 63\" vs \"104201010400187563\"; beneficiary \"Co., Ltd.\" vs \"CO.,LTD\".",
        "The .eml (quoted RFQ + the quotation PDF as attachment, identical to quotes/) offers HL-GJ1500 at USD 1.98 for a later order, repeated in WeChat: another product, not this order.",
        "Sample record: \"Qty of samples: 3 pcs\", capacity 995-1012 ml inside ±3%; the LFGB seal question answered \"yes\" is no change.",
    ])


# ===========================================================================
# Case 04 — kitchen scale, PI quietly switches packaging (REVIEW), pt-BR WhatsApp
# ===========================================================================

def case04():
    name = "04-kitchen-scale-packaging-switch"
    F = CASES / name
    SUP_EN = "Shenzhen Weiheng Electronic Technology Co., Ltd."
    SUP_CN = "深圳市维衡电子科技有限公司"
    qty, price = 3000, D("3.35")
    total = check_lines([(qty, price)], "10050.00")
    assert q2(total * D("0.3")) == D("3015.00")
    assert qty % 24 == 0 and qty // 24 == 125 and qty % 20 == 0 and qty // 20 == 150

    # --- spec (WeasyPrint, PT/EN) -------------------------------------------------
    spec_html = """<html><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 15mm 16mm; }
    body { font-family: 'DejaVu Sans'; font-size: 8.6pt; }
    .top { display: flex; justify-content: space-between; border-bottom: 2px solid #b3261e; padding-bottom: 4px; }
    .logo { font-size: 17pt; font-weight: bold; color: #b3261e; }
    h1 { font-size: 12.5pt; margin: 10px 0 4px 0; } h2 { font-size: 10pt; background: #f3e1df; padding: 2px 5px; margin: 12px 0 4px 0; }
    table { border-collapse: collapse; width: 100%; } td { border: 0.6px solid #888; padding: 3px 5px; vertical-align: top; }
    td.k { width: 34%; font-weight: bold; } .pt { color: #555; font-style: italic; }
    </style></head><body>
    <div class="top"><div class="logo">CASA NOBRE</div><div style="text-align:right">Casa Nobre Utilidades Ltda.<br>
    Rua Voluntários da Pátria 1450 – Santana, São Paulo – SP, 02011-100<br>CNPJ 28.417.553/0001-62</div></div>
    <h1>FICHA TÉCNICA / PRODUCT SPECIFICATION — CN-KS05 Balança digital de cozinha 5 kg</h1>
    <div>Revisão 03 · 12/01/2026 · Responsável: Juliana Costa (Qualidade) · Comprador: Rafael Oliveira</div>
    <h2>1. Produto / Product</h2>
    <table>
    <tr><td class="k">Capacidade / Capacity</td><td>5 kg × 1 g (units g / oz / lb:oz / ml)</td></tr>
    <tr><td class="k">Plataforma / Platform</td><td>4 mm tempered glass, back-printed white, logo CASA NOBRE silk screen Pantone 2965 C</td></tr>
    <tr><td class="k">Base / Housing</td><td>ABS, white, 4 rubber feet; LCD 43 × 19 mm, white backlight</td></tr>
    <tr><td class="k">Dimensões / Dimensions</td><td>200 × 150 × 18 mm (tolerância ±1,5 mm)</td></tr>
    <tr><td class="k">Peso / Net weight</td><td>480 g without batteries (±5%)</td></tr>
    <tr><td class="k">Alimentação / Power</td><td>2 × AAA batteries, included</td></tr>
    <tr><td class="k">Precisão / Accuracy</td><td>±1 g up to 1 kg, ±3 g 1–5 kg</td></tr>
    <tr><td class="k">Certificações</td><td>CE (EMC) and RoHS test reports in buyer's name</td></tr>
    </table>
    <h2>2. Embalagem / Packaging</h2>
    <table>
    <tr><td class="k">Embalagem individual<br><span class="pt">unit packaging</span></td><td>Caixa colorida 4 cores / 4C offset printed colour gift box 215 × 165 × 40 mm, EPE insert, manual PT/EN, EAN-13 on box</td></tr>
    <tr><td class="k">Caixa master<br><span class="pt">master carton</span></td><td>Caixa de papelão 5 camadas / 5-ply export carton, 24 pcs/ctn, 44 × 34 × 26 cm, G.W. ≤ 15 kg</td></tr>
    <tr><td class="k">Marcação / Marks</td><td>CASA NOBRE / CN-KS05 / 24 PCS / C/N / MADE IN CHINA on 2 sides</td></tr>
    </table>
    <h2>3. Pedido e qualidade / Order and quality</h2>
    <table>
    <tr><td class="k">Quantidade / Quantity</td><td>3.000 pcs (PO CN-2026-0117)</td></tr>
    <tr><td class="k">Inspeção / Inspection</td><td>Pre-shipment, AQL 2.5 / 4.0, General Level II</td></tr>
    <tr><td class="k">Termos comerciais</td><td>Conforme cotação aceita do fornecedor / per the supplier quotation accepted by Casa Nobre</td></tr>
    </table>
    <p style="margin-top:18px">Aprovado / approved: Rafael Oliveira — Juliana Costa</p>
    </body></html>"""
    html_pdf(F / "spec" / "Ficha tecnica CN-KS05 rev03.pdf", spec_html)

    # --- quote (openpyxl) ----------------------------------------------------------
    wb = new_xlsx("Coco Huang")
    ws = wb.active
    ws.title = "Quotation"
    for col, w in zip("ABCDEFGHIJ", [12, 12, 40, 10, 10, 12, 30, 10, 10, 10]):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", SUP_EN, bold=True, size=14)
    xl_put(ws, "A2", SUP_CN, bold=True, size=12)
    xl_put(ws, "A3", "4F, Building B, Huafeng Industrial Park, Xixiang, Bao'an District, Shenzhen 518102, China", size=9)
    xl_put(ws, "A5", "QUOTATION SHEET", bold=True, size=13)
    xl_put(ws, "A6", "No.: WH-Q2601-118")
    xl_put(ws, "D6", "Date: 2026/01/19")
    xl_put(ws, "G6", "To: Casa Nobre Utilidades Ltda. (Mr. Rafael Oliveira)")
    hdr = ["Model", "Photo", "Specification", "MOQ", "Order qty", "FOB Shenzhen USD", "Packing", "N.W. (kg)", "G.W. (kg)", "CBM/ctn"]
    for i, hv in enumerate(hdr):
        xl_put(ws, f"{'ABCDEFGHIJ'[i]}8", hv, bold=True, border=True, wrap=True, align="center", fill="DDEBF7")
    ws.row_dimensions[9].height = 110
    row = ["CN-KS05", "(picture)", "Digital kitchen scale 5kg/1g (11lb/0.05oz)\n4mm tempered glass 200x150mm\n"
           "ABS base, LCD 43x19mm white backlight\n2*AAA batteries included\nsilk screen logo PMS 2965C\nsize 200x150x18mm",
           "1,000 pcs", 3000, 3.35, "4C colour box with EPE\n24pcs/ctn\n5-ply export carton 44x34x26cm", 11.5, 13.8, 0.039]
    for i, v in enumerate(row):
        xl_put(ws, f"{'ABCDEFGHIJ'[i]}9", v, border=True, wrap=True, align="center" if i != 2 else None)
    ws["F9"].number_format = "0.00"
    r0 = 11
    for k, (a, b) in enumerate([("Price term", "FOB Shenzhen"), ("Payment", "T/T 30% deposit, 70% before shipment"),
                                ("Lead time", "35 days after deposit"), ("Certificates", "CE / RoHS (existing, can add buyer name USD 150)"),
                                ("Valid", "30 days"), ("Sales", "Coco Huang  coco@weiheng-scale.com  +86 135 1096 4427")]):
        xl_put(ws, f"A{r0 + k}", a, bold=True)
        xl_put(ws, f"C{r0 + k}", b)
    save_xlsx(wb, F / "quotes" / "WH-Q2601-118 Casa Nobre.xlsx")

    # --- golden sample record (python-docx, PT/EN) --------------------------------
    d = new_docx("Juliana Costa", "Aprovação de amostra CN-KS05", font="Arial", size=9.5)
    p = d.add_paragraph()
    r = p.add_run("CASA NOBRE — Registro de aprovação de amostra / Golden sample record")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Produto: CN-KS05 balança digital 5 kg   ·   Fornecedor: Shenzhen Weiheng (维衡电子)")
    d.add_paragraph("Amostras recebidas / samples received: 02/02/2026   ·   Quantidade de amostras / sample qty: 2 pcs")
    docx_table(d, [
        ["Item", "Especificação", "Amostra 1", "Amostra 2", "OK?"],
        ["Dimensões (mm)", "200 × 150 × 18 ±1,5", "200,4 × 149,6 × 18,3", "199,7 × 150,2 × 17,9", "OK"],
        ["Peso s/ pilhas (g)", "480 ±5%", "476", "489", "OK"],
        ["Precisão 1.000 g", "±1 g", "1.000 g", "1.001 g", "OK"],
        ["Precisão 5.000 g", "±3 g", "4.999 g", "5.002 g", "OK"],
        ["Logo Pantone 2965 C", "visual", "conforme", "conforme", "OK"],
        ["Caixa colorida 4C", "arte aprovada v2", "conforme", "conforme", "OK"],
    ], widths_cm=[3.8, 3.6, 3.6, 3.6, 1.4])
    d.add_paragraph()
    d.add_paragraph("Resultado: APROVADA (amostra 1 retida como padrão).")
    d.add_paragraph("Assinado / signed: Juliana Costa (Qualidade) — 03/02/2026;  Rafael Oliveira (Compras) — 03/02/2026")
    save_docx(d, F / "sample" / "Aprovacao amostra CN-KS05.docx")

    # --- PI (fpdf2 with its table() API) --------------------------------------------
    pdf = new_fpdf("PI WH-PI-260305", "Coco Huang", latin="dejavu")
    pdf.add_page()
    pdf.set_font("dejavu", "B", 15)
    pdf.cell(0, 8, SUP_CN, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dejavu", "B", 11)
    pdf.cell(0, 6, SUP_EN.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dejavu", "", 7.5)
    pdf.cell(0, 5, "4F, Building B, Huafeng Industrial Park, Xixiang, Bao'an District, Shenzhen 518102, China  Tel: 0755-2781 6630",
             align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.line(10, pdf.get_y() + 1, 200, pdf.get_y() + 1)
    pdf.ln(5)
    pdf.set_font("dejavu", "B", 13)
    pdf.cell(0, 8, "PROFORMA INVOICE  形式发票", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dejavu", "", 8.5)
    y0 = pdf.get_y() + 2
    pdf.set_xy(10, y0)
    pdf.multi_cell(110, 4.6, "Buyer 买方:\nCASA NOBRE UTILIDADES LTDA.\nRua Voluntários da Pátria 1450 – Santana\n"
                   "São Paulo – SP, 02011-100, Brazil\nCNPJ 28.417.553/0001-62\nAttn: Mr. Rafael Oliveira")
    pdf.set_xy(130, y0)
    pdf.multi_cell(70, 4.6, "PI No.: WH-PI-260305\nDate: 2026-03-05\nPO No.: CN-2026-0117\nQuotation: WH-Q2601-118\nSales: Coco Huang")
    pdf.set_y(y0 + 32)
    pdf.set_font("dejavu", "", 8)
    with pdf.table(col_widths=(10, 22, 78, 24, 24, 32), text_align=("CENTER", "CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   line_height=4.6, first_row_as_headings=True) as t:
        for row in [
            ["No.", "Model 型号", "Description 品名规格", "Qty 数量", "Unit Price", "Amount"],
            ["1", "CN-KS05", "Digital kitchen scale 电子厨房秤 5kg/1g\n4mm tempered glass 200x150mm, ABS base\n"
                            "LCD 43x19mm white backlight, 2*AAA included\nlogo silk screen Pantone 2965C\nSize: 20 x 15 x 1.8 cm",
             "3,000 PCS", "USD 3.35", "USD 10,050.00"],
            ["", "", "TOTAL FOB SHENZHEN", "3,000 PCS", "", "USD 10,050.00"],
        ]:
            t.row(row)
    pdf.ln(2)
    pdf.set_font("dejavu", "B", 8.5)
    pdf.cell(0, 6, say_usd(total), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("dejavu", "", 8.5)
    for a, b in [("Price term 价格条款:", "FOB Shenzhen"),
                 ("Payment 付款方式:", "T/T 30% deposit, 70% before shipment"),
                 ("Lead time 交货期:", "35 days after deposit"),
                 ("Packing 包装:", "brown box 棕色纸盒, 20pcs/ctn, 3-ply carton 43*33*20cm, 150 ctns"),
                 ("Certificate 认证:", "CE / RoHS in buyer's name"),
                 ("Remark 备注:", "Quality as per approved sample. Manual PT/EN.")]:
        pdf.set_font("dejavu", "B", 8.5)
        pdf.cell(40, 5.2, a)
        pdf.set_font("dejavu", "", 8.5)
        pdf.multi_cell(0, 5.2, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("dejavu", "B", 9)
    pdf.cell(0, 6, "Bank Information 银行信息", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dejavu", "", 8.5)
    for a, b in [("Beneficiary:", "SHENZHEN WEIHENG ELECTRONIC TECHNOLOGY CO., LTD."),
                 ("Bank:", "CHINA MERCHANTS BANK, SHENZHEN XIXIANG SUB-BRANCH"),
                 ("SWIFT:", "CMBCCNBS"), ("Account No.:", "755 9213 4710 802")]:
        pdf.cell(30, 5, a)
        pdf.cell(0, 5, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    y = pdf.get_y()
    pdf.cell(95, 5, "Buyer confirm 买方确认: ______________________")
    pdf.cell(0, 5, "Seller 卖方: " + SUP_CN, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(200, 30, 30)
    pdf.set_text_color(200, 30, 30)
    pdf.set_line_width(0.7)
    pdf.ellipse(140, y + 6, 34, 34)
    pdf.set_xy(140, y + 17)
    pdf.set_font("dejavu", "", 6.5)
    pdf.multi_cell(34, 4, "深圳市维衡电子\n科技有限公司\n★\n合同专用章", align="C")
    pdf.set_text_color(0, 0, 0)
    fp_save(pdf, F / "pi" / "WH-PI-260305.pdf")

    # --- WhatsApp (pt-BR Android) ---------------------------------------------------
    coco, rafa = "Coco Huang Weiheng", "Rafael Oliveira"
    msgs = [
        (dt("2026-01-19 21:14"), None, "@E2E"),
        (dt("2026-01-19 21:14"), coco, "Hello Rafael, this is Coco from Weiheng scales 😊 quotation attached"),
        (dt("2026-01-19 21:15"), coco, "@FILE:WH-Q2601-118 Casa Nobre.xlsx"),
        (dt("2026-01-20 09:02"), rafa, "Hi Coco, quote ok. USD 3.35 FOB Shenzhen accepted for 3,000 pcs. Samples first please, 2 pcs with the colour box"),
        (dt("2026-02-03 10:47"), rafa, "Amostras chegaram 👍 Samples approved, the colour box print is very nice"),
        (dt("2026-02-03 10:55"), coco, "Thank you! We have CNY holiday 9 Feb to 24 Feb, PI after holiday ok?"),
        (dt("2026-02-03 11:10"), rafa, "Ok, sem problema"),
        (dt("2026-03-05 16:30"), coco, "@FILE:WH-PI-260305.pdf"),
        (dt("2026-03-05 16:31"), coco, "PI for your order, please check and arrange deposit"),
        (dt("2026-03-05 19:22"), rafa, "Coco, the gift box is the same as the sample, right? 4 colours with our logo?"),
        (dt("2026-03-05 19:40"), coco, "yes same design as sample 👍"),
        (dt("2026-03-06 10:05"), rafa, "Deposit 30% USD 3,015.00 sent today"),
        (dt("2026-03-06 10:06"), rafa, "@MEDIA"),
        (dt("2026-03-06 10:30"), coco, "@DELETED"),
        (dt("2026-03-06 10:31"), coco, "Received, thank you Rafa. Production start next week"),
        (dt("2026-04-08 15:12"), coco, "Production finished, packing now"),
        (dt("2026-04-08 15:40"), rafa, "Ok, inspection next week. Manda fotos das caixas por favor"),
        (dt("2026-04-08 16:02"), coco, "@MEDIA"),
    ]
    write_text(F / "chat" / "Conversa do WhatsApp com Coco Huang Weiheng.txt", whatsapp("pt_BR", msgs))

    write_order_toml(F, "CN-2026-0117",
                     ["Casa Nobre Utilidades Ltda.", "Rafael Oliveira", "Rafa", "Juliana Costa"],
                     ["Shenzhen Weiheng Electronic Technology Co., Ltd.", SUP_CN, "Weiheng", "Coco Huang Weiheng", "Coco Huang", "Coco"],
                     tolerances={"dimensions": "±1.5 mm", "weight": "±5%"})
    write_expected(F, "REVIEW", [
        {"field": "packaging.inner", "status": "undocumented_change", "min_severity": "medium"},
        {"field": "packaging.carton_qty", "status": "undocumented_change", "min_severity": "medium"},
        {"field": "packaging.carton_size", "status": "undocumented_change", "min_severity": "medium"},
    ], "PI switches 4C colour box -> brown box, 24 -> 20 pcs/ctn, 5-ply 44x34x26 -> 3-ply 43x33x20 cm; never approved.")
    write_note(name, [
        "Planted: PI WH-PI-260305 packs \"brown box 棕色纸盒, 20pcs/ctn, 3-ply carton 43*33*20cm, 150 ctns\" against spec + accepted quote \"4C colour box, 24 pcs/ctn, 5-ply 44 x 34 x 26 cm\" -> packaging.inner, packaging.carton_qty, packaging.carton_size undocumented_change (medium each), REVIEW.",
        "No approval: the buyer asks whether the gift box is the same as the sample and the supplier answers \"yes same design as sample\" (a confirmation of the original value, not a change); paying the deposit does not approve a change nobody mentioned.",
        "Noise NOT to flag: \"200 × 150 × 18 mm\" vs \"20 x 15 x 1.8 cm\"; \"5kg/1g (11lb/0.05oz)\"; \"Pantone 2965 C\" vs \"PMS 2965C\"; quantity written \"3.000 pcs\" (Brazilian thousands separator) in the spec vs \"3,000 PCS\".",
        "Sample record: 2 pcs measured inside ±1.5 mm / ±5%; the quote's N.W./G.W. columns (11.5 / 13.8 kg) are per carton, not product weight. Everything else on the PI (price 3.35, FOB Shenzhen, 30/70, 35 days) equals the quote accepted in chat.",
    ])


# ===========================================================================
# Case 05 — PP food container, material downgraded to recycled PP (HOLD), WeChat
# ===========================================================================

def case05():
    name = "05-pp-food-container-recycled"
    F = CASES / name
    SUP_EN = "Taizhou Huangyan Yongxin Plastic Mould Co., Ltd."
    SUP_CN = "台州市黄岩永鑫塑料模具有限公司"
    qty, price = 6000, D("0.92")
    total = check_lines([(qty, price)], "5520.00")
    assert qty // 48 == 125 and qty % 48 == 0

    # --- spec (python-docx) --------------------------------------------------------
    d = new_docx("Oskar Lindqvist", "HF-FC12 Produktspecifikation", font="Calibri", size=10)
    p = d.add_paragraph()
    r = p.add_run("HEMMA FÖRVARING AB")
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0x2F, 0x4F, 0x3F)
    d.add_paragraph("Importgatan 22, 422 46 Hisings Backa, Sverige · org.nr 556912-4471")
    p = d.add_paragraph()
    r = p.add_run("Produktspecifikation / Product specification HF-FC12 — Matlåda 1,2 L / Food storage container 1.2 L")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph("Utgåva 2 · 2026-01-09 · Oskar Lindqvist (QA) / Elin Johansson (Inköp)")
    docx_table(d, [
        ["Egenskap / Property", "Krav / Requirement", "Tolerans"],
        ["Material — body and lid", "PP, food grade (virgin polypropylene only; no regrind, no recycled content). "
                                     "EU 10/2011 and LFGB compliant", "—"],
        ["Material — seal", "TPE, food grade, removable", "—"],
        ["Capacity", "1.2 L (brimful 1,250 ml)", "±3%"],
        ["Outer dimensions (with lid)", "190 × 130 × 85 mm", "±1.5 mm"],
        ["Weight (body + lid + seal)", "165 g", "±5%"],
        ["Colour", "Body natural transparent; lid Pantone 5503 C (sage)", "ΔE ≤ 1.5"],
        ["Logo", "Embossed HEMMA on lid (mould engraving)", "—"],
        ["Use", "Microwave (without lid) ‑20 °C to +110 °C, dishwasher safe", "—"],
        ["Test reports", "EU 10/2011 overall + specific migration (OML/SML) on the production resin, accredited lab", "—"],
    ], widths_cm=[4.6, 9.6, 2.6])
    d.add_paragraph()
    d.add_paragraph("Förpackning / Packaging").runs[0].bold = True
    docx_table(d, [
        ["Level", "Requirement"],
        ["Unit", "Printed paper sleeve (SE/EN/FI) around each container, EAN-13 on sleeve"],
        ["Master carton", "5-ply export carton, 48 pcs/ctn (nested), 58 × 40 × 42 cm"],
    ], widths_cm=[4.6, 12.2])
    d.add_paragraph()
    d.add_paragraph("Order: 6,000 pcs, PO HF-PO-26-009. Inspection: AQL 2.5/4.0 General II before shipment. "
                    "Any change of resin, grade or resin supplier requires Hemma's written approval before production.")
    save_docx(d, F / "spec" / "HF-FC12 Produktspecifikation utg2.docx")

    # --- quote (WeasyPrint) -------------------------------------------------------
    q_html = f"""<html><head><meta charset="utf-8"><style>
    @page {{ size: A4 landscape; margin: 12mm; }}
    body {{ font-family: 'WenQuanYi Micro Hei'; font-size: 8.6pt; }}
    .hdr {{ border: 2px solid #1d5fa8; padding: 6px 10px; }}
    .cn {{ font-size: 16pt; color: #1d5fa8; font-weight: bold; }}
    table.q {{ border-collapse: collapse; width: 100%; margin-top: 8px; }}
    table.q th {{ background: #1d5fa8; color: #fff; border: 1px solid #1d5fa8; padding: 4px; }}
    table.q td {{ border: 1px solid #888; padding: 4px; vertical-align: top; }}
    .r {{ text-align: right; }}
    </style></head><body>
    <div class="hdr"><span class="cn">{SUP_CN}</span><br><b>{SUP_EN.upper()}</b><br>
    Add: No. 88 Xinqian Street, Huangyan Economic Development Zone, Taizhou, Zhejiang 318020 China · Tel: 0576-8471 2296 · vivian@yx-mould.com</div>
    <h2 style="text-align:center;margin:8px 0 2px 0">QUOTATION / 报价单</h2>
    <table style="width:100%"><tr><td>Customer: Hemma Förvaring AB (Sweden) — Ms. Elin Johansson</td><td class="r">Ref. No.: YX-QT20260116 · Date: 16/01/2026</td></tr></table>
    <table class="q">
    <tr><th>Item</th><th>Picture</th><th>Description</th><th>Material</th><th>Capacity</th><th>Size (mm)</th><th>Weight</th><th>Qty</th><th>Unit price<br>FOB Ningbo</th><th>Packing</th></tr>
    <tr><td>HF-FC12</td><td>[photo]</td><td>Rectangular food container with 4-clip lid and seal ring, embossed HEMMA logo on lid, lid PMS 5503C</td>
    <td>Body &amp; lid: food grade PP (virgin)<br>Seal: TPE</td><td>1.2L</td><td>190×130×85</td><td>165g</td><td>6,000 pcs</td><td class="r">USD 0.92</td>
    <td>paper sleeve, 48pcs/ctn, 5-ply 58×40×42cm</td></tr>
    </table>
    <p><b>Terms</b><br>
    Price term: FOB Ningbo<br>Payment: T/T 30% deposit, balance 70% against copy of B/L<br>
    Lead time: 30 days after deposit and sleeve artwork confirmation<br>
    Mould: existing mould, logo insert USD 120 (one-off, paid with deposit)<br>
    Validity: 60 days<br>
    Test report: EU 10/2011 migration test by SGS Ningbo, USD 380, supplier's account</p>
    <p>Best regards,<br>Vivian Chen 陈薇 · Sales Manager</p>
    </body></html>"""
    html_pdf(F / "quotes" / "YX-QT20260116.pdf", q_html)

    # --- golden sample record (fpdf2) ---------------------------------------------
    pdf = new_fpdf("Golden sample HF-FC12", "Oskar Lindqvist", latin="dejavu")
    pdf.add_page()
    pdf.set_font("dejavu", "B", 13)
    pdf.cell(0, 8, "Hemma Förvaring AB — Referensprov / Golden sample record HF-FC12", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dejavu", "", 9)
    pdf.multi_cell(0, 5, "Supplier: Taizhou Huangyan Yongxin (永鑫塑料模具). Samples received 2026-01-26. Sample qty: 4 pcs.\n"
                   "Resin declared by supplier for the sample: virgin PP homopolymer, food grade (Sinopec), batch cert. attached to mail 2026-01-23.")
    pdf.ln(2)
    W = [60, 34, 22, 22, 22, 22]
    fp_row(pdf, W, ["Property", "Requirement", "#1", "#2", "#3", "#4"], bold=True, size=9)
    for row in [
        ["Outer length (mm)", "190 ±1.5", "190.4", "189.6", "190.9", "190.2"],
        ["Outer width (mm)", "130 ±1.5", "129.7", "130.3", "130.0", "129.5"],
        ["Height with lid (mm)", "85 ±1.5", "85.6", "84.8", "85.2", "85.9"],
        ["Weight (g)", "165 ±5%", "162.8", "166.1", "164.0", "167.5"],
        ["Capacity brimful (ml)", "1250 ±3%", "1238", "1262", "1249", "1255"],
        ["Lid colour vs 5503 C (ΔE)", "≤ 1.5", "0.7", "0.9", "0.6", "1.1"],
        ["Leak test, 4 clips closed", "no leak", "ok", "ok", "ok", "ok"],
    ]:
        fp_row(pdf, W, row, size=9)
    pdf.ln(4)
    pdf.multi_cell(0, 5, "Decision: APPROVED as reference sample (#3 retained). Production must use the same virgin food-grade PP resin.")
    pdf.ln(6)
    pdf.cell(0, 5, "Oskar Lindqvist, QA — 2026-01-28        Elin Johansson, Inköp — 2026-01-28", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    fp_save(pdf, F / "sample" / "Referensprov HF-FC12.pdf")

    # --- PI (ReportLab canvas) -------------------------------------------------------
    rl = RL(F / "pi" / "YX-PI-2603-07.pdf", latin="DejaVu", latin_b="DejaVu-B", cjk="Droid",
            title="PI YX-PI-2603-07", author="Vivian Chen")
    W_, H_ = A4
    L, R = 15 * mm, W_ - 15 * mm
    y = H_ - 18 * mm
    rl.text(L, y, SUP_CN, size=15, bold=True)
    y -= 15
    rl.text(L, y, SUP_EN.upper(), size=10, bold=True)
    y -= 12
    rl.text(L, y, "No. 88 Xinqian Street, Huangyan Economic Development Zone, Taizhou, Zhejiang 318020, China", size=7.5)
    rl.text(R, H_ - 18 * mm, "PROFORMA INVOICE", size=14, bold=True, align="R")
    rl.text(R, H_ - 18 * mm - 15, "形式发票", size=12, align="R")
    y -= 8
    rl.hline(L, R, y, 1.5)
    y -= 10
    y = rl.table(L, y, [25 * mm, 75 * mm, 25 * mm, R - L - 125 * mm], [
        ["Buyer:", "HEMMA FÖRVARING AB", "PI No.:", "YX-PI-2603-07"],
        ["Address:", "Importgatan 22, 422 46 Hisings Backa, Sweden", "Date:", "2026-03-12"],
        ["Contact:", "Elin Johansson", "PO No.:", "HF-PO-26-009"],
    ], size=8.5, header_rows=0, shade_header=False, outer=0.5)
    y -= 14
    rows = [["Item", "Description", "Qty", "Unit price", "Amount"],
            ["HF-FC12", "1.2L rectangular food container 食品保鲜盒, 4 clips\n"
                        "Body/lid: recycled PP 再生PP, seal: TPE\n"
                        "Size 190x130x85mm, approx. 165g\n"
                        "Lid colour PMS 5503C, embossed HEMMA logo", "6,000 pcs", "USD 0.92", "USD 5,520.00"],
            ["", "Logo insert (mould)", "1 set", "USD 120.00", "USD 120.00"],
            ["", "TOTAL  FOB NINGBO", "", "", "USD 5,640.00"]]
    y = rl.table(L, y, [22 * mm, 88 * mm, 22 * mm, 24 * mm, R - L - 156 * mm], rows, size=8.5,
                 align=["C", "L", "R", "R", "R"])
    y -= 14
    rl.text(L, y, say_usd(D("5640.00")), size=8.8, bold=True)
    y -= 20
    y = rl.lines(L, y, [
        "Price term: FOB Ningbo",
        "Payment: 30% T/T in advance, 70% balance against copy of B/L",
        "Delivery: 30 days after deposit and artwork confirmation",
        "Packing: paper sleeve each, 48pcs/ctn, 5 ply carton 58x40x42cm, 125 ctns",
        "Test report: EU 10/2011 migration test (SGS) before shipment",
    ], size=8.8, leading=13)
    y -= 10
    rl.text(L, y, "Bank Information:", size=9, bold=True)
    rl.lines(L, y - 13, [
        "Beneficiary: TAIZHOU HUANGYAN YONGXIN PLASTIC MOULD CO., LTD.",
        "Bank: Bank of China, Taizhou Huangyan Sub-branch",
        "SWIFT: BKCHCNBJ92H      Account: 3628 7102 4518",
    ], size=8.8, leading=13)
    rl.chop(R - 28 * mm, y - 40, SUP_CN)
    rl.text(R - 55 * mm, y - 85, "Vivian Chen", size=9)
    rl.save()
    check_lines([(6000, "0.92"), (1, "120.00")], "5640.00")

    # --- WeChat (merged-forward style) ----------------------------------------------------
    viv, elin = "Vivian 陈薇", "Elin Johansson"
    msgs = [
        (dt("2026-01-16 15:20"), viv, "Hi Elin, quotation YX-QT20260116 sent to your email, please check"),
        (dt("2026-01-16 15:41"), elin, "Thanks Vivian, we will send the PO after sample approval"),
        (dt("2026-01-28 10:02"), elin, "Samples approved 👍 Quote YX-QT20260116 accepted, PO HF-PO-26-009 for 6,000 pcs. PI after your holiday is fine."),
        (dt("2026-01-28 10:15"), viv, "Thank you Elin! Factory holiday 8 Feb - 26 Feb"),
        (dt("2026-03-05 09:11"), viv, "Elin, virgin PP price up 12% since January 😥 We can use recycled PP, looks the same, and we keep the price. OK?"),
        (dt("2026-03-05 13:47"), elin, "What is the price difference if you stay with virgin PP? And is recycled PP food-safe under EU 10/2011?"),
        (dt("2026-03-06 08:30"), viv, "virgin PP we need +0.06/pc. Recycled PP is very clean, many customers use"),
        (dt("2026-03-06 09:05"), elin, "I need to check with Oskar (QA). Please do not change anything yet."),
        (dt("2026-03-12 16:22"), viv, "[文件] YX-PI-2603-07.pdf"),
        (dt("2026-03-12 16:22"), viv, "PI attached, please arrange deposit"),
        (dt("2026-03-12 17:03"), elin, "Received, I will review it with Oskar next week."),
        (dt("2026-03-20 10:40"), viv, "Elin, any news? we need the deposit to start production"),
        (dt("2026-03-20 11:15"), elin, "Oskar is travelling, I'll come back to you on Monday."),
    ]
    write_text(F / "chat" / "WeChat_Vivian陈薇.txt", wechat_b("Vivian 陈薇 和 Elin Johansson", msgs))

    write_order_toml(F, "HF-PO-26-009",
                     ["Hemma Förvaring AB", "Elin Johansson", "Elin", "Oskar Lindqvist"],
                     ["Taizhou Huangyan Yongxin Plastic Mould Co., Ltd.", SUP_CN, "Yongxin", "Vivian 陈薇", "Vivian Chen", "Vivian"],
                     tolerances={"dimensions": "±1.5 mm", "weight": "±5%", "capacity": "±3%"})
    write_expected(F, "HOLD", [
        {"field": "material", "status": "undocumented_change", "min_severity": "high"},
    ], "PI changes body/lid from virgin food-grade PP to recycled PP; buyer only asked questions and deferred.")
    write_note(name, [
        "Planted: PI YX-PI-2603-07 says \"Body/lid: recycled PP 再生PP\" where spec, accepted quote and golden sample require virgin food-grade PP -> material undocumented_change (a downgrade: high), HOLD.",
        "No approval: in WeChat the buyer asks for the price difference and food safety, then \"Please do not change anything yet\", \"I will review it with Oskar\", \"I'll come back to you on Monday\" (questions and deferrals).",
        "Noise NOT to flag: the PI's extra line \"Logo insert (mould) USD 120.00\" is the one-off charge the accepted quote states (not an item; PI total 5,640.00 = 5,520.00 + 120.00); unit price stays USD 0.92.",
        "Also noise: \"Pantone 5503 C\" vs \"PMS 5503C\"; \"1.2 L\" vs \"1.2L\"; \"T/T 30% deposit, balance 70% against copy of B/L\" vs \"30% T/T in advance, 70% balance against copy of B/L\"; sample record (4 pcs) inside tolerance; the supplier's \"+0.06/pc\" for virgin PP is an offer nobody took.",
        "TPE seal is unchanged (material of the seal must match).",
    ])


# ===========================================================================
# Case 06 — bike light set, re-issued PI moves payment to a Hong Kong account (HOLD)
# ===========================================================================

def case06():
    name = "06-bike-light-bank-hk-eml"
    F = CASES / name
    SUP_EN = "NINGBO YINZHOU GUANGRUI CYCLING EQUIPMENT CO., LTD."
    SUP_CN = "宁波市鄞州光锐骑行装备有限公司"
    qty, price = 2500, D("4.75")
    total = check_lines([(qty, price)], "11875.00")
    assert q2(total * D("0.3")) == D("3562.50") and q2(total * D("0.7")) == D("8312.50")
    assert qty % 50 == 0 and qty // 50 == 50

    OLD_BANK = [("Beneficiary", SUP_EN),
                ("Beneficiary address", "No. 512 Qiming Road, Yinzhou District, Ningbo, Zhejiang, China"),
                ("Bank name", "China Construction Bank, Ningbo Yinzhou Sub-branch"),
                ("Bank address", "No. 1288 Siming Middle Road, Yinzhou, Ningbo, China"),
                ("SWIFT", "PCBCCNBJNBX"),
                ("Account No.", "33150199836050002417")]
    NEW_BANK = [("Beneficiary", "GUANGRUI (HK) INTERNATIONAL TRADING LIMITED"),
                ("Beneficiary address", "Room 1805, 18/F, Kwai Hung Commercial Centre,\n71 Chai Wan Kok Street, Tsuen Wan, N.T., Hong Kong"),
                ("Bank name", "The Hongkong and Shanghai Banking Corporation Limited"),
                ("Bank address", "1 Queen's Road Central, Hong Kong"),
                ("SWIFT", "HSBCHKHHHKH"),
                ("Account No.", "848-623917-838")]

    # --- spec (fpdf2) ---------------------------------------------------------------
    pdf = new_fpdf("VM-BL200 cahier des charges", "Camille Laurent", latin="libserif")
    pdf.add_page()
    pdf.set_font("libserif", "B", 16)
    pdf.cell(0, 8, "VELOMONDO SAS", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("libserif", "", 9)
    pdf.cell(0, 5, "27 rue de la Villette, 69003 Lyon, France — SIRET 842 117 506 00024", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("libserif", "B", 13)
    pdf.cell(0, 7, "Cahier des charges / Specification — VM-BL200 USB-C bike light set", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("libserif", "", 9.5)
    pdf.cell(0, 5, "Version 1.1 — 12/01/2026 — Camille Laurent (achats)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    W = [52, 100, 30]
    pdf.set_fill_color(220, 228, 240)
    fp_row(pdf, W, ["Caractéristique", "Exigence / requirement", "Tolérance"], bold=True, fill=True, size=9.5)
    for row in [
        ["Front light", "200 lm, 5 modes, Li-ion 1200 mAh, USB-C charging, aluminium 6061 housing anodised black", "—"],
        ["Rear light", "20 lm red, 4 modes, Li-ion 300 mAh, USB-C, PC housing", "—"],
        ["Front light size", "92 × 31 × 29 mm", "±1 mm"],
        ["Set weight (front + rear + mounts)", "118 g", "±5%"],
        ["Water resistance", "IPX5", "—"],
        ["Logo", "Laser engraved VELOMONDO on top of front light, 30 × 4 mm", "—"],
        ["Compliance", "CE (EMC, RED not applicable), RoHS, EN 62133-2 battery, UN38.3 + MSDS", "—"],
        ["Quantity", "2,500 sets (PO VM-2026-0412)", "—"],
    ]:
        fp_row(pdf, W, row, size=9.5)
    pdf.ln(3)
    pdf.set_font("libserif", "B", 10.5)
    pdf.cell(0, 6, "Emballage / Packaging", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for row in [
        ["Unit", "Window colour box 4C 160 × 110 × 45 mm, FR/EN/DE insert, USB-C cable", "—"],
        ["Master carton", "5-ply export carton, 50 sets/ctn, 48 × 35 × 36 cm", "±1 cm"],
    ]:
        fp_row(pdf, W, row, size=9.5)
    pdf.ln(3)
    pdf.set_font("libserif", "B", 10.5)
    pdf.cell(0, 6, "Paiement / Payment", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("libserif", "", 9.5)
    pdf.multi_cell(0, 5, "Payments are made only to the supplier's own company account verified by call-back at onboarding "
                   "(08/01/2026): China Construction Bank, Ningbo Yinzhou Sub-branch, account ending 2417. Any change of "
                   "bank details must be confirmed by Velomondo finance by phone on the number on file before payment.\n"
                   "Inspection: AQL 2.5 / 4.0, level II, by Velomondo's agent; balance after PASSED report.")
    fp_save(pdf, F / "spec" / "VM-BL200 cahier des charges v1.1.pdf")

    # --- quote (openpyxl) ----------------------------------------------------------------
    wb = new_xlsx("Jenny Wu")
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCDEFG", [14, 42, 10, 14, 12, 30, 12]):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", f"{SUP_CN}  {SUP_EN}", bold=True, size=12)
    xl_put(ws, "A2", "No. 512 Qiming Road, Yinzhou District, Ningbo, Zhejiang 315100  Tel: +86 574 8826 3190", size=9)
    xl_put(ws, "A4", "Quotation GR-Q260108", bold=True, size=13)
    xl_put(ws, "A5", "Customer: Velomondo SAS — Camille Laurent")
    xl_put(ws, "E5", "Date: 2026-01-08")
    for i, hv in enumerate(["Item", "Description", "MOQ", "Price USD/set", "Qty", "Packing", "Lead time"]):
        xl_put(ws, f"{'ABCDEFG'[i]}7", hv, bold=True, border=True, fill="E2EFDA", align="center")
    ws.row_dimensions[8].height = 80
    for i, v in enumerate(["VM-BL200", "USB-C rechargeable bike light set\nfront 200lm 1200mAh alu housing\nrear 20lm 300mAh\n"
                                        "IPX5, laser logo VELOMONDO", "1000 sets", 4.75, "2,500 sets",
                           "window colour box\n50 sets/ctn 48x35x36cm 5-ply", "40 days"]):
        xl_put(ws, f"{'ABCDEFG'[i]}8", v, border=True, wrap=True)
    r = 10
    for a, b in [("Price term:", "FOB Ningbo"), ("Payment:", "30% T/T deposit, 70% T/T before shipment"),
                 ("Lead time:", "40 days after deposit"), ("Certificates:", "CE, RoHS, EN62133-2, UN38.3, MSDS")]:
        xl_put(ws, f"A{r}", a, bold=True)
        xl_put(ws, f"B{r}", b)
        r += 1
    r += 1
    xl_put(ws, f"A{r}", "Bank details:", bold=True)
    for a, b in [("Beneficiary:", "Ningbo Yinzhou Guangrui Cycling Equipment Co., Ltd."),
                 ("Bank:", "China Construction Bank Ningbo Yinzhou Sub-branch"),
                 ("Swift:", "PCBCCNBJNBX"), ("A/C:", "3315 0199 8360 5000 2417")]:
        r += 1
        xl_put(ws, f"A{r}", a)
        xl_put(ws, f"B{r}", b)
    save_xlsx(wb, F / "quotes" / "GR-Q260108 Velomondo.xlsx")

    # --- PIs (ReportLab canvas), same layout, R1 differs only in the bank block ----------
    def make_pi(path, pi_no, date_s, bank, revised_note=None):
        rl = RL(path, latin="LibSans", latin_b="LibSans-B", cjk="WQY", title=f"Proforma Invoice {pi_no}",
                author="Jenny Wu")
        W_, H_ = A4
        L, R = 16 * mm, W_ - 16 * mm
        y = H_ - 18 * mm
        rl.text(L, y, SUP_CN, size=14, bold=True)
        rl.text(L, y - 14, SUP_EN, size=10.5, bold=True)
        rl.text(L, y - 26, "No. 512 Qiming Road, Yinzhou District, Ningbo, Zhejiang 315100, China · Tel +86 574 8826 3190 · jenny@guangrui-cycling.com", size=7.5)
        y -= 34
        rl.hline(L, R, y, 1)
        y -= 20
        rl.text(W_ / 2, y, "PROFORMA INVOICE", size=15, bold=True, align="C")
        if revised_note:
            y -= 13
            rl.c.setFillColorRGB(0.75, 0.1, 0.1)
            rl.text(W_ / 2, y, revised_note, size=8.5, bold=True, align="C")
            rl.c.setFillColorRGB(0, 0, 0)
        y -= 18
        rl.lines(L, y, ["TO: VELOMONDO SAS", "27 rue de la Villette, 69003 Lyon, France", "Attn: Ms. Camille Laurent"], size=9)
        rl.lines(R - 58 * mm, y, [f"PI NO.: {pi_no}", f"DATE: {date_s}", "PO NO.: VM-2026-0412"], size=9)
        y -= 46
        rows = [["Item No.", "Description", "Quantity", "Unit Price\n(USD)", "Amount\n(USD)"],
                ["VM-BL200", "USB-C rechargeable bike light set\nFront 200 lumen, 1200mAh, aluminium housing\n"
                             "Rear 20 lumen, 300mAh; IPX5; laser logo VELOMONDO\nWindow colour box, FR/EN/DE insert",
                 "2,500 sets", "4.75", "11,875.00"],
                ["", "TOTAL FOB NINGBO", "2,500 sets", "", "11,875.00"]]
        y = rl.table(L, y, [24 * mm, 84 * mm, 24 * mm, 22 * mm, R - L - 154 * mm], rows, size=8.6,
                     align=["C", "L", "R", "R", "R"])
        y -= 14
        rl.text(L, y, say_usd(total), size=9, bold=True)
        y -= 20
        y = rl.lines(L, y, ["Terms:",
                            "Price term: FOB Ningbo",
                            "Payment: 30% T/T deposit, 70% T/T before shipment",
                            "Lead time: 40 days after deposit",
                            "Packing: 50 sets/ctn, 5-ply export carton 48x35x36cm, 50 ctns",
                            "Inspection: AQL 2.5/4.0 by buyer's agent before balance payment",
                            "Documents: CE, RoHS, EN62133-2, UN38.3, MSDS"], size=8.8, leading=12.5)
        y -= 8
        rl.text(L, y, "BANK INFORMATION", size=9, bold=True)
        y -= 4
        y = rl.table(L, y, [38 * mm, R - L - 38 * mm], [[k + ":", v] for k, v in bank], size=8.6,
                     header_rows=0, shade_header=False, outer=0.5)
        y -= 30
        rl.text(L, y, "Confirmed by buyer: __________________", size=9)
        rl.text(R - 62 * mm, y, "Seller: Jenny Wu (Sales Manager)", size=9)
        rl.chop(R - 30 * mm, y - 30, SUP_CN)
        rl.save()

    make_pi(F / "pi" / "GR-PI260302.pdf", "GR-PI260302", "2026-03-02", OLD_BANK)
    r1 = F / "pi" / "GR-PI260302-R1.pdf"
    make_pi(r1, "GR-PI260302-R1", "2026-04-10", NEW_BANK,
            revised_note="REVISED R1 — bank information updated, all other terms unchanged")

    # --- inspection (python-docx) ------------------------------------------------------
    d = new_docx("QC agent", "PSI VM-BL200", font="Arial", size=9)
    p = d.add_paragraph()
    r_ = p.add_run("EastBridge Sourcing Services — Inspection Report")
    r_.bold = True
    r_.font.size = Pt(13)
    docx_table(d, [
        ["Report", "EB-NB-260409-17", "Date", "09/04/2026"],
        ["Client", "Velomondo SAS", "Supplier", "Ningbo Yinzhou Guangrui Cycling Equipment"],
        ["Product", "VM-BL200 bike light set", "Quantity", "2,500 sets / 50 ctns"],
    ], widths_cm=[2.5, 5.5, 2.5, 6.5], bold_header=False)
    d.add_paragraph()
    d.add_paragraph("Sampling: ISO 2859-1 General II, code K, 125 sets. AQL Critical 0 / Major 2.5 (Ac 7) / Minor 4.0 (Ac 10).")
    d.add_paragraph("Found: Critical 0, Major 1 (rear light mode button stiff), Minor 4 (box print scratches).")
    d.add_paragraph("Function test 125/125: charging, all modes, run time front high mode 2 h 05 min (spec ≥ 2 h). "
                    "Front light 91.6–92.4 × 30.8–31.3 × 28.7–29.2 mm. Set weight 115–121 g. IPX5 spray test 5/5 ok.")
    p = d.add_paragraph()
    r_ = p.add_run("Result: PASSED")
    r_.bold = True
    r_.font.size = Pt(14)
    save_docx(d, F / "inspection" / "EB-NB-260409-17 PSI report.docx")

    # --- e-mail 1: supplier announces the HK account, revised PI attached ---------------
    body1 = textwrap.dedent("""\
        Dear Camille,

        Thank you for the good news about the inspection.

        Due to the annual audit of our company, please use our HK account for the balance
        payment this time. Attached please find the revised PI R1 with the new bank information,
        all other terms are the same.

        Kindly arrange the 70% balance USD 8,312.50 as soon as possible, so we can book the vessel
        for next week.

        Best regards
        Jenny Wu
        Sales Manager
        Ningbo Yinzhou Guangrui Cycling Equipment Co., Ltd.
        Tel: +86 574 8826 3190

        ------------------ Original ------------------
        From:  "Camille Laurent"<camille.laurent@velomondo.fr>;
        Date:  Thu, Apr 9, 2026 06:48 PM
        To:  "Jenny Wu"<jenny@guangrui-cycling.com>;
        Subject:  RE: PO VM-2026-0412 VM-BL200 - inspection

        Hi Jenny,

        The inspection report is in: PASSED. Please send the commercial invoice and packing list
        so that we can prepare the balance payment.

        Best regards,
        Camille Laurent
        Acheteuse | Velomondo SAS

        ------------------ Original ------------------
        From:  "Jenny Wu"<jenny@guangrui-cycling.com>;
        Date:  Mon, Mar 2, 2026 10:12 AM
        To:  "Camille Laurent"<camille.laurent@velomondo.fr>;
        Subject:  PO VM-2026-0412 VM-BL200 - PI

        Dear Camille,

        Please find our PI GR-PI260302 for 2,500 sets VM-BL200. Deposit 30% USD 3,562.50 to our CCB
        account, thank you.

        Jenny
        """)
    eml(F / "chat" / "RE_ PO VM-2026-0412 VM-BL200 - revised PI R1.eml",
        [("From", "\"Jenny Wu\" <jenny@guangrui-cycling.com>"),
         ("To", "\"Camille Laurent\" <camille.laurent@velomondo.fr>"),
         ("Date", "Fri, 10 Apr 2026 15:37:12 +0800"),
         ("Subject", "RE: PO VM-2026-0412 VM-BL200 - revised PI R1 (new bank account)"),
         ("Message-ID", "<202604101537126608142@guangrui-cycling.com>"),
         ("In-Reply-To", "<PR3P192MB0874A1C93@PR3P192MB0874.EURP192.PROD.OUTLOOK.COM>"),
         ("X-Mailer", "Foxmail 7.2.25.375[cn]")],
        body1, attachment=(r1.name, r1.read_bytes(), "application/pdf"),
        boundary="----=_NextPart_6617C3A8_0A5E42B0_3C9E1D77")

    # --- e-mail 2: buyer defers, no approval -------------------------------------------------
    body2 = textwrap.dedent("""\
        Hi Jenny,

        We received the revised PI R1. Our finance policy does not allow a change of beneficiary
        without verification. Hugo Bernard from our finance team will call your office on the number
        we have on file before any payment is made. Until then we will not pay to the HK account.

        Best regards,
        Camille Laurent
        Acheteuse | Velomondo SAS
        27 rue de la Villette, 69003 Lyon

        -----Original Message-----
        From: Jenny Wu <jenny@guangrui-cycling.com>
        Sent: Friday, April 10, 2026 9:37 AM
        To: Camille Laurent <camille.laurent@velomondo.fr>
        Subject: RE: PO VM-2026-0412 VM-BL200 - revised PI R1 (new bank account)

        > Dear Camille,
        >
        > Due to the annual audit of our company, please use our HK account for the balance
        > payment this time. Attached please find the revised PI R1 with the new bank information,
        > all other terms are the same.
        >
        > Jenny Wu
        """)
    eml(F / "chat" / "RE_ revised PI R1 (new bank account) - Velomondo reply.eml",
        [("From", "Camille Laurent <camille.laurent@velomondo.fr>"),
         ("To", "Jenny Wu <jenny@guangrui-cycling.com>"),
         ("Cc", "Hugo Bernard <hugo.bernard@velomondo.fr>"),
         ("Date", "Fri, 10 Apr 2026 11:02:45 +0200"),
         ("Subject", "RE: PO VM-2026-0412 VM-BL200 - revised PI R1 (new bank account)"),
         ("Message-ID", "<PR3P192MB0874B7E21@PR3P192MB0874.EURP192.PROD.OUTLOOK.COM>"),
         ("In-Reply-To", "<202604101537126608142@guangrui-cycling.com>"),
         ("X-MS-Has-Attach", ""),
         ("Content-Language", "fr-FR")],
        body2)

    write_order_toml(F, "VM-2026-0412",
                     ["Velomondo SAS", "Camille Laurent", "Camille", "Hugo Bernard"],
                     ["Ningbo Yinzhou Guangrui Cycling Equipment Co., Ltd.", SUP_CN, "Guangrui", "Jenny Wu", "Jenny"],
                     stakeholders=["camille.laurent@velomondo.fr", "hugo.bernard@velomondo.fr", "jenny@guangrui-cycling.com"],
                     release={"inspection": "passed"},
                     tolerances={"dimensions": "±1 mm", "weight": "±5%"})
    write_expected(F, "HOLD", [
        {"field": "bank.beneficiary", "status": "undocumented_change", "min_severity": "critical"},
        {"field": "bank.name", "status": "undocumented_change", "min_severity": "critical"},
        {"field": "bank.account", "status": "undocumented_change", "min_severity": "critical"},
        {"field": "bank.swift", "status": "undocumented_change", "min_severity": "critical"},
    ], "Re-issued PI R1 moves the balance to a Hong Kong trading company (HSBC); announced by e-mail 'due to audit'; buyer defers.")
    write_note(name, [
        "Planted: pi/GR-PI260302-R1.pdf (also attached to the supplier's .eml) replaces the verified CCB Ningbo account of the spec, accepted quote and PI GR-PI260302 with GUANGRUI (HK) INTERNATIONAL TRADING LIMITED / HSBC / HSBCHKHHHKH / 848-623917-838 -> bank.beneficiary, bank.name, bank.account, bank.swift undocumented_change, critical each; HOLD.",
        "No approval: the buyer's reply e-mail says finance will call back on the number on file and \"Until then we will not pay to the HK account\" (a deferral / objection). Not conflict: GR-PI260302 is superseded by R1 (history); the baseline is the verified account.",
        "Noise NOT to flag: everything else in R1 equals the original PI (USD 4.75, 2,500 sets, FOB Ningbo, 30/70, 40 days); A/C written \"3315 0199 8360 5000 2417\" in the quote vs \"33150199836050002417\"; bank address changes too but is no contract field; 1200 mAh / 300 mAh identical everywhere.",
        "Inspection PASSED (release condition met) does not rescue the verdict: the bank findings alone make it HOLD. Quoted history inside the e-mail repeats old messages; they are not new statements.",
    ])


# ===========================================================================
# Case 07 — beech building blocks, lead time + deposit agreed only in chat (REVIEW)
# ===========================================================================

def case07():
    name = "07-beech-blocks-chat-terms"
    F = CASES / name
    SUP_EN = "Zhejiang Yunhe Senlin Wooden Toys Co., Ltd."
    SUP_CN = "浙江云和森林木制玩具有限公司"
    qty, price = 2000, D("5.60")
    total = check_lines([(qty, price)], "11200.00")
    assert q2(total / 2) == D("5600.00") and qty % 16 == 0 and qty // 16 == 125

    # --- spec (python-docx, JP/EN) ------------------------------------------------------
    d = new_docx("佐藤 遥", "KT-BB50 製品仕様書", font="Arial", size=9.5, east_asia="MS Mincho")
    p = d.add_paragraph()
    r = p.add_run("株式会社キノコトイズ  KINOKO TOYS CO., LTD.")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("〒542-0081 大阪市中央区南船場2-14-6 / 2-14-6 Minamisenba, Chuo-ku, Osaka 542-0081, Japan")
    p = d.add_paragraph()
    r = p.add_run("製品仕様書 / PRODUCT SPECIFICATION — KT-BB50 つみき50ピース (beech wood blocks, 50 pcs)")
    r.bold = True
    r.font.size = Pt(11.5)
    d.add_paragraph("第2版 / Rev. 2 — 2026/03/12 — 担当 / buyer: 佐藤 遥 (Haruka Sato)")
    docx_table(d, [
        ["項目 / Item", "仕様 / Requirement", "公差 / Tolerance"],
        ["材質 / Material", "Solid beech wood (ブナ材), kiln dried, moisture content 8–12%. No plywood, no MDF.", "—"],
        ["塗装 / Paint", "Water-based paint, EN71-3 and ST 2016 compliant; natural + 6 colours: Pantone 185 C, 2935 C, "
                        "7740 C, 116 C, 1505 C, 2587 C", "colour vs approved sample"],
        ["寸法 / Dimensions", "Basic module 30 mm: cube 30 × 30 × 30 mm; all other shapes in 30 mm grid; edges R2", "±0.5 mm"],
        ["重量 / Weight", "Set of 50 incl. bag: 1.05 kg", "±5%"],
        ["ロゴ / Logo", "KINOKO logo laser engraved on one 30 mm cube; bag 1C print", "—"],
        ["安全 / Safety", "EN71-1/2/3 and ST mark (Japan Toy Association) test reports, accredited lab, before shipment", "—"],
        ["数量 / Quantity", "2,000 sets (PO KT-PO-2603-01)", "—"],
    ], widths_cm=[3.6, 10.6, 3.0])
    d.add_paragraph()
    d.add_paragraph("梱包 / Packaging").runs[0].bold = True
    docx_table(d, [
        ["", ""],
        ["個装 / Unit", "Natural cotton drawstring bag 28 × 32 cm (1C print) + hang tag, in kraft mailer box 165 × 165 × 165 mm"],
        ["外箱 / Master carton", "5-ply export carton, 16 sets/ctn, 67 × 34 × 35 cm, marks on 2 sides"],
    ], widths_cm=[3.6, 13.6], bold_header=False)
    d.add_paragraph()
    d.add_paragraph("取引条件 / Commercial terms: price, payment and lead time as per Senlin quotation SL-Q2603-02. "
                    "Goods must be ready by the end of April for the June launch.")
    save_docx(d, F / "spec" / "KT-BB50_製品仕様書_Rev2.docx")

    # --- quote (fpdf2) -------------------------------------------------------------------
    pdf = new_fpdf("Quotation SL-Q2603-02", "Leo Mao", latin="carlito")
    pdf.add_page()
    pdf.set_fill_color(46, 92, 52)
    pdf.rect(0, 0, 210, 26, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(12, 6)
    pdf.set_font("carlito", "B", 15)
    pdf.cell(0, 7, SUP_CN + "   " + SUP_EN, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(12)
    pdf.set_font("carlito", "", 9)
    pdf.cell(0, 5, "No. 9 Fuyun Road, Yunhe Industrial Park, Lishui, Zhejiang 323600 China · leo@senlin-toys.com · +86 578 5526 318")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(12, 34)
    pdf.set_font("carlito", "B", 14)
    pdf.cell(0, 8, "QUOTATION  SL-Q2603-02", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("carlito", "", 10)
    pdf.cell(0, 5, "Date: 2 March 2026      To: Kinoko Toys Co., Ltd. (Ms. Haruka Sato)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    W = [24, 86, 24, 26, 30]
    pdf.set_fill_color(222, 235, 222)
    fp_row(pdf, W, ["Item", "Description", "Qty", "USD / set", "Amount USD"], bold=True, fill=True, h=6,
           aligns=["C", "L", "R", "R", "R"])
    fp_row(pdf, W, ["KT-BB50", "Beech wood building blocks, 50 pcs/set\nsolid beech, water-based paint (EN71-3)\n"
                               "30mm module, natural + 6 colours\ncotton drawstring bag + kraft mailer box",
                    "2,000 sets", "5.60", "11,200.00"], h=5.5, aligns=["C", "L", "R", "R", "R"])
    pdf.ln(4)
    for a, b in [("Price term", "FOB Shanghai"), ("Payment", "T/T 30% deposit, balance before shipment"),
                 ("Lead time", "35 days after deposit"), ("MOQ", "1,000 sets"),
                 ("Packing", "16 sets/ctn, 5-ply carton 67x34x35cm, 125 ctns"),
                 ("Testing", "EN71-1/2/3 + ST by SGS, included in price"), ("Validity", "30 days")]:
        pdf.set_font("carlito", "B", 10)
        pdf.cell(32, 6, a)
        pdf.set_font("carlito", "", 10)
        pdf.cell(0, 6, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.cell(0, 6, "Leo Mao 毛磊 — Export Manager", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    fp_save(pdf, F / "quotes" / "SL-Q2603-02 Kinoko.pdf")

    # --- sample approval (openpyxl) -------------------------------------------------------
    wb = new_xlsx("佐藤 遥")
    ws = wb.active
    ws.title = "見本承認"
    for col, w in zip("ABCDEFG", [26, 14, 10, 10, 10, 10, 10]):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "見本承認書 / Sample approval — KT-BB50", bold=True, size=13)
    xl_put(ws, "A2", "Supplier: 浙江云和森林木制玩具 (Senlin)   Received: 2026/03/11   Sample qty: 2 sets")
    for i, hv in enumerate(["Check", "Spec", "#1", "#2", "#3", "#4", "#5"]):
        xl_put(ws, f"{'ABCDEFG'[i]}4", hv, bold=True, border=True, fill="FCE4D6")
    rows = [["Cube edge, set 1 (mm)", "30 ±0.5", 30.2, 29.8, 30.1, 29.9, 30.3],
            ["Cube edge, set 2 (mm)", "30 ±0.5", 30.0, 29.7, 30.2, 30.1, 29.9],
            ["Set weight (kg)", "1.05 ±5%", 1.03, 1.07, None, None, None],
            ["Moisture content (%)", "8–12", 9.5, 10.2, None, None, None],
            ["Paint colours vs Pantone", "visual", "OK", "OK", None, None, None]]
    for r_, row in enumerate(rows, start=5):
        for i, v in enumerate(row):
            xl_put(ws, f"{'ABCDEFG'[i]}{r_}", v, border=True)
    xl_put(ws, "A11", "判定 / Result: 承認 APPROVED", bold=True)
    xl_put(ws, "A12", "承認者 / approved by: 佐藤 遥 (Haruka Sato)  2026/03/12")
    save_xlsx(wb, F / "sample" / "KT-BB50_見本承認書.xlsx")

    # --- PI v1 and V2 (WeasyPrint) --------------------------------------------------------
    def pi_html(no, date_s, deposit_line, lead_line, banner=""):
        return f"""<html><head><meta charset="utf-8"><style>
        @page {{ size: A4; margin: 15mm; }}
        body {{ font-family: 'Liberation Serif', 'WenQuanYi Micro Hei'; font-size: 10pt; }}
        .c {{ text-align: center; }} .r {{ text-align: right; }}
        table.t {{ border-collapse: collapse; width: 100%; }} table.t td, table.t th {{ border: 1px solid #333; padding: 4px; }}
        .banner {{ color: #a00; font-weight: bold; }}
        </style></head><body>
        <div class="c" style="font-size:17pt;font-weight:bold">{SUP_CN}</div>
        <div class="c" style="font-size:12pt;font-weight:bold">{SUP_EN.upper()}</div>
        <div class="c" style="font-size:8.5pt">No. 9 Fuyun Road, Yunhe Industrial Park, Lishui, Zhejiang 323600, China · Tel +86 578 5526 318</div>
        <hr>
        <div class="c" style="font-size:15pt;font-weight:bold;letter-spacing:3px">PROFORMA INVOICE</div>
        <div class="c banner">{banner}</div>
        <table style="width:100%;margin-top:6px"><tr><td>Buyer: KINOKO TOYS CO., LTD. (株式会社キノコトイズ)<br>
        2-14-6 Minamisenba, Chuo-ku, Osaka 542-0081, Japan<br>Attn: Ms. Haruka Sato</td>
        <td class="r">PI No.: <b>{no}</b><br>Date: {date_s}<br>PO: KT-PO-2603-01</td></tr></table><br>
        <table class="t"><tr><th>No.</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
        <tr><td class="c">1</td><td>KT-BB50</td><td>Beech wood building blocks 50 pcs / 榉木积木50粒<br>solid beech, water-based paint, 30mm module<br>
        cotton drawstring bag + kraft mailer box</td><td class="r">2,000 sets</td><td class="r">USD 5.60</td><td class="r">USD 11,200.00</td></tr>
        <tr><td colspan="3" class="r"><b>Total FOB Shanghai</b></td><td class="r"><b>2,000 sets</b></td><td></td><td class="r"><b>USD 11,200.00</b></td></tr></table>
        <p><b>{say_usd(total)}</b></p>
        <p>Price term: FOB Shanghai<br>{deposit_line}<br>{lead_line}<br>
        Packing: 16 sets/ctn, 5-ply carton 67×34×35cm, 125 ctns<br>Testing: EN71-1/2/3 + ST (SGS) before shipment</p>
        <p><b>Beneficiary:</b> ZHEJIANG YUNHE SENLIN WOODEN TOYS CO., LTD.<br><b>Bank:</b> Industrial Bank Co., Ltd. Lishui Branch<br>
        <b>SWIFT:</b> FJIBCNBA<br><b>A/C No.:</b> 358010100100246175</p>
        <p style="margin-top:28px">Leo Mao (signature / company chop)</p>
        </body></html>"""
    html_pdf(F / "pi" / "SL-PI260316.pdf",
             pi_html("SL-PI260316", "2026-03-16", "Payment: T/T 30% deposit, balance before shipment",
                     "Lead time: 35 days after deposit"))
    html_pdf(F / "pi" / "SL-PI260316-V2.pdf",
             pi_html("SL-PI260316-V2", "2026-03-19", "Payment: T/T 50% deposit, balance before shipment",
                     "Lead time: 40 days after deposit",
                     banner="V2 — payment and lead time revised as discussed with Ms. Sato on 19/03"))

    # --- WhatsApp (phone set to Japanese) -----------------------------------------------------
    leo, haruka = "Leo Mao Senlin", "佐藤 遥 Haruka"
    msgs = [
        (dt("2026-03-02 10:21"), None, "@E2E"),
        (dt("2026-03-02 10:21"), leo, "Hello Haruka san, Leo from Senlin Wooden Toys. Quotation SL-Q2603-02 attached"),
        (dt("2026-03-02 10:22"), leo, "@FILE:SL-Q2603-02 Kinoko.pdf"),
        (dt("2026-03-03 09:05"), haruka, "Thank you Leo san. Price is ok. Please send 2 sample sets by DHL."),
        (dt("2026-03-12 17:30"), haruka, "Samples approved 🙆‍♀️ サンプル承認しました。Quotation SL-Q2603-02 accepted, 2,000 sets. PO KT-PO-2603-01 follows."),
        (dt("2026-03-16 11:48"), leo, "@FILE:SL-PI260316.pdf"),
        (dt("2026-03-16 11:48"), leo, "PI attached, please check"),
        (dt("2026-03-17 14:10"), leo, "Haruka san, sorry, beech wood price went up and our drying kiln is full before May holiday. Can you accept 45 days? And deposit 50% so we can buy the wood now."),
        (dt("2026-03-17 18:02"), haruka, "45 days is too long for us, our launch is in June."),
        (dt("2026-03-18 09:26"), leo, "We can do 40 days if deposit is 50%"),
        (dt("2026-03-19 08:55"), haruka, "ok, 40 days and 50% is fine this time. Please send revised PI."),
        (dt("2026-03-19 10:14"), leo, "@FILE:SL-PI260316-V2.pdf"),
        (dt("2026-03-19 10:14"), leo, "Revised PI V2 👍"),
        (dt("2026-03-19 10:40"), haruka, "Thank you. Deposit 50% USD 5,600.00 will be paid tomorrow."),
        (dt("2026-03-20 15:02"), haruka, "@MEDIA"),
        (dt("2026-03-20 15:02"), haruka, "Deposit paid"),
        (dt("2026-03-20 16:30"), leo, "Received, thanks! Production start"),
        (dt("2026-04-10 13:20"), leo, "Haruka san, for your Christmas order: 100 pcs set KT-BB100 USD 10.40/set FOB Shanghai"),
        (dt("2026-04-10 13:58"), haruka, "Thank you, I will check later."),
    ]
    write_text(F / "chat" / "WhatsApp Chat with Leo Mao Senlin.txt", whatsapp("ja", msgs))

    write_order_toml(F, "KT-PO-2603-01",
                     ["Kinoko Toys Co., Ltd.", "株式会社キノコトイズ", "佐藤 遥 Haruka", "Haruka Sato", "佐藤 遥", "Haruka"],
                     ["Zhejiang Yunhe Senlin Wooden Toys Co., Ltd.", SUP_CN, "Senlin", "Leo Mao Senlin", "Leo Mao", "Leo"],
                     tolerances={"dimensions": "±0.5 mm", "weight": "±5%"})
    write_expected(F, "REVIEW", [
        {"field": "lead_time", "status": "chat_only", "min_severity": "medium"},
        {"field": "payment.deposit", "status": "chat_only", "min_severity": "medium"},
    ], "Lead time 35 -> 40 days and deposit 30% -> 50% agreed only by the buyer in WhatsApp; PI V2 restates them.")
    write_note(name, [
        "Planted: accepted quote SL-Q2603-02 (and PI v1) say T/T 30% deposit, 35 days; the buyer agrees in WhatsApp \"ok, 40 days and 50% is fine this time\" and PI V2 states 50% / 40 days -> lead_time and payment.deposit chat_only (medium each), REVIEW.",
        "The earlier \"45 days is too long for us\" is an objection (45 days never agreed). PI V2's banner \"as discussed with Ms. Sato\" is the supplier's own PI, not a buyer-approved change document.",
        "Noise NOT to flag: PI v1 (SL-PI260316) is superseded by V2 (history, no conflict); balance is \"balance before shipment\" in every document (no percentage written, so no payment.balance change); chat price USD 10.40 is for a future KT-BB100 set.",
        "Sample approval XLSX: \"Sample qty: 2 sets\", cube 29.7-30.3 mm inside ±0.5 mm, set weight 1.03/1.07 kg inside ±5%. Chat timestamps use the Japanese-phone format 2026/03/19 08:55.",
    ])


# ===========================================================================
# Case 08 — felt laptop sleeve, size changed by a signed change order (RELEASE)
# ===========================================================================

def case08():
    name = "08-laptop-sleeve-change-order"
    F = CASES / name
    SUP_EN = "Dongguan Huijia Bags & Cases Co., Ltd."
    SUP_CN = "东莞市汇佳箱包制品有限公司"
    qty, price = 3000, D("2.95")
    total = check_lines([(qty, price)], "8850.00")
    assert q2(total * D("0.3")) == D("2655.00") and qty // 50 == 60

    # --- spec (openpyxl) ------------------------------------------------------------------
    wb = new_xlsx("Pieter Claes")
    ws = wb.active
    ws.title = "Spec DG-LS14"
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 64
    ws.column_dimensions["C"].width = 14
    xl_put(ws, "A1", "DOSSIER GOODS BV — Technical sheet", bold=True, size=14)
    xl_put(ws, "A2", "Kammenstraat 61, 2000 Antwerpen, België · BTW BE0768.412.903")
    xl_put(ws, "A4", "Article", bold=True)
    xl_put(ws, "B4", "DG-LS14 — Laptop sleeve 14\" felt")
    xl_put(ws, "A5", "Version / date", bold=True)
    xl_put(ws, "B5", "v1 / 28-01-2026")
    for i, hv in enumerate(["Property", "Requirement", "Tolerance"]):
        xl_put(ws, f"{'ABC'[i]}7", hv, bold=True, border=True, fill="D9D9D9")
    rows = [
        ["Body material", "4 mm polyester felt, 100% recycled PET (rPET, GRS certified)", ""],
        ["Felt colour", "Anthracite, Pantone 432 C", "visual vs sample"],
        ["Strap / patch", "PU leather, cognac, magnetic snap closure", ""],
        ["Outer dimensions", "355 x 255 x 20 mm (L x H x D)", "±3 mm"],
        ["Weight", "210 g", "±5%"],
        ["Logo", "Debossed DOSSIER logo on PU patch 40 x 15 mm, front bottom right", ""],
        ["Certification", "GRS transaction certificate for rPET felt; REACH SVHC statement", ""],
        ["Unit packing", "OPP bag with suffocation warning EN/FR/NL, barcode sticker", ""],
        ["Master carton", "5-ply, 50 pcs/ctn, 60 x 40 x 30 cm", ""],
        ["Quantity", "3,000 pcs (PO DG-PO-26-0042)", ""],
        ["Inspection", "AQL 2.5 / 4.0 General II, balance after PASS", ""],
    ]
    for r, row in enumerate(rows, start=8):
        for i, v in enumerate(row):
            xl_put(ws, f"{'ABC'[i]}{r}", v, border=True, wrap=True)
    xl_put(ws, "A20", "Prices and terms: quotation HJ-Q260112 (Huijia).")
    save_xlsx(wb, F / "spec" / "DG-LS14 technical sheet v1.xlsx")

    # --- quote (ReportLab canvas) -------------------------------------------------------------
    rl = RL(F / "quotes" / "HJ-Q260112.pdf", latin="LibSans", latin_b="LibSans-B", cjk="WQY",
            title="Quotation HJ-Q260112", author="Sunny Li")
    W_, H_ = A4
    L, R = 18 * mm, W_ - 18 * mm
    y = H_ - 20 * mm
    rl.text(L, y, SUP_EN.upper(), size=13, bold=True)
    rl.text(L, y - 15, SUP_CN, size=11)
    rl.text(R, y, "QUOTATION", size=16, bold=True, align="R")
    rl.text(R, y - 15, "No. HJ-Q260112 · 12/01/2026", size=9, align="R")
    y -= 26
    rl.text(L, y, "No. 12 Xingye Road, Houjie Town, Dongguan, Guangdong 523960 · sunny@huijia-bags.com · WhatsApp +86 138 2927 5540", size=7.8)
    y -= 6
    rl.hline(L, R, y, 0.8)
    y -= 16
    rl.text(L, y, "Customer: Dossier Goods BV, Antwerpen — Mr. Pieter Claes", size=9)
    y -= 12
    rows = [["Model", "Description", "Size", "Qty", "FOB SZ USD", "Amount"],
            ["DG-LS14", "14\" laptop sleeve, 4mm rPET felt anthracite 432C\nPU cognac strap + magnetic snap\n"
                        "debossed logo on PU patch\nOPP bag, 50pcs/ctn", "35.5x25.5x2cm", "3000pcs", "2.95", "8,850.00"]]
    y = rl.table(L, y, [20 * mm, 70 * mm, 24 * mm, 18 * mm, 20 * mm, R - L - 152 * mm], rows, size=8.4,
                 align=["C", "L", "C", "R", "R", "R"])
    y -= 16
    for a, b in [("Trade term", "FOB Shenzhen"), ("Payment", "30% deposit, 70% balance against copy of B/L"),
                 ("Delivery", "40 days after deposit"), ("Carton", "5-ply, 60x40x30cm, 60 ctns"),
                 ("Validity", "45 days")]:
        rl.text(L, y, a, size=9, bold=True)
        rl.text(L + 28 * mm, y, b, size=9)
        y -= 13
    y -= 8
    rl.text(L, y, "Bank", size=9, bold=True)
    y -= 13
    for a, b in [("Beneficiary", "Dongguan Huijia Bags & Cases Co., Ltd."),
                 ("Bank", "Bank of Communications, Dongguan Houjie Sub-branch"),
                 ("SWIFT", "COMMCN3XDGN"), ("A/C", "4418 0050 1013 0003 6258 1")]:
        rl.text(L, y, a, size=9)
        rl.text(L + 28 * mm, y, b, size=9)
        y -= 12
    rl.chop(R - 30 * mm, y + 20, SUP_CN)
    rl.save()

    # --- golden sample record (WeasyPrint) -------------------------------------------------
    html_pdf(F / "sample" / "DG-LS14 golden sample record.pdf", """<html><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 18mm; } body { font-family: 'Liberation Sans'; font-size: 10pt; }
    table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #444; padding: 4px 6px; }
    th { background: #eee; }</style></head><body>
    <h2>Dossier Goods — Golden sample record</h2>
    <p>Article DG-LS14 · supplier Huijia (Dongguan) · samples received 26-01-2026 · sample qty: 3 pcs</p>
    <table><tr><th>Check</th><th>Spec v1</th><th>S1</th><th>S2</th><th>S3</th></tr>
    <tr><td>Length (mm)</td><td>355 ±3</td><td>354.5</td><td>356.0</td><td>355.2</td></tr>
    <tr><td>Height (mm)</td><td>255 ±3</td><td>255.8</td><td>254.1</td><td>255.0</td></tr>
    <tr><td>Depth (mm)</td><td>20 ±3</td><td>19.6</td><td>20.4</td><td>20.1</td></tr>
    <tr><td>Weight (g)</td><td>210 ±5%</td><td>207</td><td>212</td><td>209</td></tr>
    <tr><td>Felt colour</td><td>Pantone 432 C</td><td>ok</td><td>ok</td><td>ok</td></tr>
    <tr><td>Magnetic snap pull force</td><td>≥ 8 N</td><td>9.5 N</td><td>10.1 N</td><td>9.8 N</td></tr></table>
    <p><b>Approved</b> as golden sample — Pieter Claes, 28-01-2026 (signed)</p>
    </body></html>""")

    # --- change order (python-docx), signed by the buyer ----------------------------------------
    d = new_docx("Pieter Claes", "CO-01 DG-LS14 size change", font="Calibri", size=10.5)
    p = d.add_paragraph()
    r = p.add_run("DOSSIER GOODS BV")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("CHANGE ORDER CO-01 to PO DG-PO-26-0042")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Date: 04-03-2026    Supplier: Dongguan Huijia Bags & Cases Co., Ltd. (东莞市汇佳箱包制品有限公司)")
    d.add_paragraph("Article: DG-LS14 laptop sleeve 14\" felt")
    docx_table(d, [
        ["Field", "Was (spec v1 / quote HJ-Q260112)", "Becomes", "Reason"],
        ["Outer dimensions", "355 x 255 x 20 mm", "365 x 265 x 20 mm", "fit 14\" laptops with 2025/26 chassis"],
        ["Unit price", "USD 2.95", "USD 2.95 (unchanged)", "—"],
        ["Cutting die", "—", "new die at supplier's cost", "supplier's offer 20-02"],
    ], widths_cm=[3.2, 4.6, 4.2, 5.0])
    d.add_paragraph()
    d.add_paragraph("All other specifications, the quantity (3,000 pcs), packing (50 pcs/ctn, 5-ply 60 x 40 x 30 cm), "
                    "tolerances (±3 mm) and commercial terms remain unchanged.")
    d.add_paragraph()
    docx_table(d, [
        ["", "Buyer — approved", "Supplier — acknowledged"],
        ["Name", "Pieter Claes, Sourcing Lead", "Sunny Li (李晓晴), Sales"],
        ["Signature", "P. Claes", "Sunny Li  [company chop 东莞市汇佳箱包制品有限公司]"],
        ["Date", "04-03-2026", "05-03-2026"],
    ], widths_cm=[3, 6.5, 7.5])
    save_docx(d, F / "changes" / "CO-01 DG-LS14 size change signed.docx")

    # --- PI (fpdf2) ------------------------------------------------------------------------
    pdf = new_fpdf("PI HJ-PI-260306", "Sunny Li", latin="dejavu")
    pdf.add_page()
    pdf.set_font("dejavu", "B", 14)
    pdf.cell(0, 7, SUP_CN, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dejavu", "B", 10.5)
    pdf.cell(0, 6, SUP_EN.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dejavu", "", 7.5)
    pdf.cell(0, 4.5, "No. 12 Xingye Road, Houjie Town, Dongguan, Guangdong 523960, China  Tel: +86 769 8558 1276",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("dejavu", "B", 13)
    pdf.cell(0, 8, "PROFORMA INVOICE", border="TB", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dejavu", "", 8.8)
    pdf.ln(2)
    pdf.multi_cell(0, 4.8, "Buyer: DOSSIER GOODS BV, Kammenstraat 61, 2000 Antwerpen, Belgium (Mr. Pieter Claes)\n"
                   "PI No.: HJ-PI-260306     Date: 06/03/2026     PO: DG-PO-26-0042     Ref: quotation HJ-Q260112, change order CO-01",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    W = [22, 84, 24, 26, 34]
    pdf.set_fill_color(235, 235, 235)
    fp_row(pdf, W, ["Model", "Description", "Quantity", "Unit price", "Amount"], bold=True, fill=True, h=6,
           aligns=["C", "C", "C", "C", "C"], size=8.8)
    fp_row(pdf, W, ["DG-LS14", "Laptop sleeve 14\", 4mm rPET felt, anthracite 432C\nPU cognac strap, magnetic snap, debossed logo\n"
                               "Size: 36.5*26.5*2cm (as per CO-01)\nOPP bag with warning", "3,000pcs", "USD2.95", "USD8,850.00"],
           h=5, aligns=["C", "L", "R", "R", "R"])
    fp_row(pdf, W, ["", "TOTAL FOB SHENZHEN", "3,000pcs", "", "USD8,850.00"], h=6, bold=True,
           aligns=["C", "R", "R", "R", "R"])
    pdf.ln(2)
    pdf.set_font("dejavu", "B", 8.8)
    pdf.cell(0, 6, say_usd(total), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dejavu", "", 8.8)
    pdf.multi_cell(0, 5, "Terms:\n- FOB Shenzhen\n- Payment: 30% deposit, 70% balance against B/L copy\n- Delivery: 40 days after deposit\n"
                   "- Packing: 50pcs/ctn, 5-ply carton 60*40*30cm, 60 ctns\n- Inspection: AQL 2.5/4.0 before balance",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.multi_cell(0, 5, "Bank details:\nBeneficiary: DONGGUAN HUIJIA BAGS & CASES CO.,LTD.\nBank: BANK OF COMMUNICATIONS DONGGUAN HOUJIE SUB-BRANCH\n"
                   "SWIFT: COMMCN3XDGN\nAccount: 441800501013000362581", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.cell(0, 5, "Seller: Sunny Li   (signed & chopped)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    fp_save(pdf, F / "pi" / "HJ-PI-260306.pdf")

    # --- inspection (ReportLab canvas) -------------------------------------------------------
    rl = RL(F / "inspection" / "TQC-2604-1583 DG-LS14.pdf", latin="DejaVuC", latin_b="DejaVuC-B", cjk="WQY",
            title="Inspection report TQC-2604-1583", author="TQC")
    W_, H_ = A4
    L, R = 15 * mm, W_ - 15 * mm
    y = H_ - 18 * mm
    rl.text(L, y, "TQC Trade Quality Control Ltd. — Pre-Shipment Inspection", size=13, bold=True)
    y -= 18
    y = rl.table(L, y, [35 * mm, 55 * mm, 35 * mm, R - L - 125 * mm], [
        ["Report no.", "TQC-2604-1583", "Date", "15-04-2026"],
        ["Client", "Dossier Goods BV", "Factory", "Dongguan Huijia Bags & Cases"],
        ["Product", "DG-LS14 laptop sleeve 14\"", "PO / qty", "DG-PO-26-0042 / 3,000 pcs"],
        ["Reference", "Spec v1 + CO-01 (365 x 265 x 20 mm)", "Packed", "100% (60 ctns)"],
    ], size=8.6, header_rows=0, shade_header=False)
    y -= 16
    y = rl.table(L, y, [45 * mm, 30 * mm, 30 * mm, 30 * mm, R - L - 135 * mm], [
        ["Sampling ISO 2859-1 GII", "Sample size", "AQL", "Ac / Re", "Found"],
        ["Critical", "125", "0", "0 / 1", "0"],
        ["Major", "125", "2.5", "7 / 8", "2"],
        ["Minor", "125", "4.0", "10 / 11", "6"],
    ], size=8.6, align=["L", "C", "C", "C", "C"])
    y -= 16
    y = rl.table(L, y, [45 * mm, 45 * mm, 55 * mm, R - L - 145 * mm], [
        ["Measurement (n=10)", "Requirement", "Measured", "Result"],
        ["Length", "365 ±3 mm", "363.8 – 366.2 mm", "OK"],
        ["Height", "265 ±3 mm", "264.1 – 266.0 mm", "OK"],
        ["Weight", "210 g ±5%", "208 – 219 g", "OK"],
        ["Carton", "5-ply, 50 pcs, 60x40x30 cm", "as required", "OK"],
    ], size=8.6)
    y -= 20
    rl.text(L, y, "Defects: major — 2 pcs open seam at bottom corner (reworked); minor — felt fluff, PU patch off-centre 2 mm.", size=8.6)
    y -= 24
    rl.c.setFillColorRGB(0.1, 0.5, 0.2)
    rl.text(L, y, "INSPECTION RESULT: PASS", size=14, bold=True)
    rl.c.setFillColorRGB(0, 0, 0)
    rl.text(L, y - 16, "Inspector: Chen Hao    Approved: M. Vos", size=8.6)
    rl.save()

    # --- WhatsApp (Dutch Android, Belgian user) -------------------------------------------------------
    sunny, pieter = "Sunny Li Huijia", "Pieter Claes"
    msgs = [
        (dt("2026-01-12 08:14"), None, "@E2E"),
        (dt("2026-01-12 08:14"), sunny, "Hi Pieter, Sunny from Huijia bags. Quotation HJ-Q260112 for the felt sleeve attached"),
        (dt("2026-01-12 08:15"), sunny, "@FILE:HJ-Q260112.pdf"),
        (dt("2026-01-28 16:20"), pieter, "Samples approved, nice work. Quote HJ-Q260112 accepted: 3,000 pcs at USD 2.95. PO follows after your holiday."),
        (dt("2026-02-26 09:40"), pieter, "Sunny, bad news: the new 14\" models of two customers don't fit. We need the sleeve 1 cm bigger each way."),
        (dt("2026-02-26 10:05"), sunny, "Ok possible, 365x265mm. But we need new cutting die, USD 80"),
        (dt("2026-02-26 10:31"), pieter, "Hmm, let me check with our designer first."),
        (dt("2026-02-27 14:12"), sunny, "We can pay the die ourselves if order stays 3000pcs 😊"),
        (dt("2026-03-02 11:03"), pieter, "Ok, we go with 365 x 265 mm. I will send a formal change order."),
        (dt("2026-03-04 15:26"), pieter, "@FILE:CO-01 DG-LS14 size change.docx"),
        (dt("2026-03-04 15:27"), pieter, "Please sign and chop and send back"),
        (dt("2026-03-05 09:02"), sunny, "signed and chopped, thank you"),
        (dt("2026-03-05 09:02"), sunny, "@MEDIA"),
        (dt("2026-03-06 10:48"), sunny, "@FILE:HJ-PI-260306.pdf"),
        (dt("2026-03-09 13:15"), pieter, "Deposit USD 2,655.00 paid"),
        (dt("2026-04-14 08:30"), sunny, "Goods all packed, inspection tomorrow ok?"),
        (dt("2026-04-14 08:52"), pieter, "Yes, TQC comes tomorrow"),
        (dt("2026-04-16 10:07"), pieter, "Report says PASS. Balance after B/L copy."),
    ]
    write_text(F / "chat" / "WhatsApp-chat met Sunny Li Huijia.txt", whatsapp("nl", msgs))

    write_order_toml(F, "DG-PO-26-0042",
                     ["Dossier Goods BV", "Pieter Claes", "Pieter"],
                     ["Dongguan Huijia Bags & Cases Co., Ltd.", SUP_CN, "Huijia", "Sunny Li Huijia", "Sunny Li", "Sunny"],
                     release={"inspection": "passed"},
                     tolerances={"dimensions": "±3 mm", "weight": "±5%"})
    write_expected(F, "RELEASE", [
        {"field": "dimensions", "status": "documented_change", "min_severity": "info"},
    ], "Size 355x255x20 -> 365x265x20 mm covered by signed CO-01; PI follows it; inspection PASS.")
    write_note(name, [
        "Planted: changes/CO-01 (buyer Pieter Claes, signature, 04-03-2026; supplier acknowledged 05-03) changes 355 x 255 x 20 mm to 365 x 265 x 20 mm; PI gives \"36.5*26.5*2cm (as per CO-01)\" -> dimensions documented_change (info). Inspection PASS meets [release] -> RELEASE.",
        "Noise NOT to flag: chat before the CO (die cost USD 80 question, \"let me check with our designer\", \"we go with 365 x 265 mm\") is superseded by the signed CO, so dimensions are documented, not chat_only; the die cost is waived (price stays USD 2.95, total 8,850.00).",
        "Golden sample (3 pcs) and quote still show the pre-CO size 355 x 255 mm: the baseline of before the CO, not a conflict with the PI.",
        "Also noise: bank \"Bank of Communications, Dongguan Houjie Sub-branch\" / A/C \"4418 0050 1013 0003 6258 1\" vs upper case / \"441800501013000362581\"; \"30% deposit, 70% balance against copy of B/L\" vs \"... against B/L copy\"; \"60 x 40 x 30 cm\" vs \"60*40*30cm\".",
    ])


# ===========================================================================
# Case 09 — four garden tools, one SKU's unit price raised on the PI (HOLD)
# ===========================================================================

def case09():
    name = "09-garden-tools-multisku-price"
    F = CASES / name
    SUP_EN = "Yangjiang Hongli Hardware Tools Co., Ltd."
    SUP_CN = "阳江市鸿利五金工具有限公司"
    # sku, name, description, qty, pcs/ctn, carton, quote rev0, quote rev1 (accepted), PI
    SKUS = [
        ("VJ-HT01", "Hand trowel", "SS410 blade 1.5mm, FSC ash handle, L 330mm", 1200, 60, "52 x 30 x 28 cm", "1.18", "1.18", "1.18"),
        ("VJ-TP02", "Transplanter", "SS410 blade with depth marks, FSC ash handle, L 335mm", 1200, 60, "52 x 30 x 28 cm", "1.22", "1.22", "1.22"),
        ("VJ-CU03", "3-prong cultivator", "SS410 tines 6mm, FSC ash handle, L 320mm", 800, 40, "52 x 34 x 30 cm", "1.35", "1.35", "1.35"),
        ("VJ-PS04", "Bypass pruning shears", "SK5 blade, Teflon coated, aluminium handles with TPR grip, L 200mm", 1500, 60, "45 x 32 x 26 cm", "2.72", "2.64", "2.86"),
    ]
    pi_total = check_lines([(s[3], s[8]) for s in SKUS], "8250.00")
    assert check_lines([(s[3], s[7]) for s in SKUS], "7920.00")
    for s in SKUS:
        assert s[3] % s[4] == 0
    assert q2(pi_total * D("0.3")) == D("2475.00")

    # --- spec (openpyxl, one summary sheet + one sheet per SKU) ---------------------------------
    wb = new_xlsx("Lucía Martínez")
    ws = wb.active
    ws.title = "Resumen pedido"
    for col, w in zip("ABCDEFG", [12, 24, 50, 12, 12, 18, 16]):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "VERDE JARDÍN S.L. — Especificación de pedido / Order specification VJ-PO-2026-07", bold=True, size=13)
    xl_put(ws, "A2", "Calle de Sueca 41, 46006 Valencia, España · CIF B98741236 · compras@verdejardin.es")
    xl_put(ws, "A3", "Supplier: Yangjiang Hongli Hardware Tools (阳江鸿利) · prices as per quotation YH-Q260203 Rev.1 (accepted 10/02/2026)")
    for i, hv in enumerate(["SKU", "Artículo / Item", "Descripción / Description", "Cantidad", "Uds/caja", "Caja / carton", "Color"]):
        xl_put(ws, f"{'ABCDEFG'[i]}5", hv, bold=True, border=True, fill="E2EFDA")
    colours = {"VJ-HT01": "Pantone 376 C", "VJ-TP02": "Pantone 376 C", "VJ-CU03": "Pantone 376 C", "VJ-PS04": "Pantone 376 C / black"}
    for r, s in enumerate(SKUS, start=6):
        for i, v in enumerate([s[0], s[1], s[2], s[3], s[4], s[5] + ", 5-ply", colours[s[0]]]):
            xl_put(ws, f"{'ABCDEFG'[i]}{r}", v, border=True, wrap=True)
    xl_put(ws, "A11", "General: hang card 4C (ES/PT/FR) on each tool, EAN-13; laser-engraved VERDE logo on blade / handle; "
                      "inspection AQL 2.5/4.0 GII before shipment.")
    details = {
        "VJ-HT01": [("Blade", "Stainless steel SS410, 1.5 mm, mirror polished"), ("Handle", "FSC ash wood, oiled, grip end Pantone 376 C"),
                    ("Length", "330 mm ±2 mm"), ("Weight", "185 g ±5%")],
        "VJ-TP02": [("Blade", "Stainless steel SS410, 1.5 mm, laser depth marks 2-12 cm"), ("Handle", "FSC ash wood, oiled"),
                    ("Length", "335 mm ±2 mm"), ("Weight", "180 g ±5%")],
        "VJ-CU03": [("Tines", "Stainless steel SS410, 6 mm"), ("Handle", "FSC ash wood, oiled"),
                    ("Length", "320 mm ±2 mm"), ("Weight", "210 g ±5%")],
        "VJ-PS04": [("Blade", "SK5 carbon steel, HRC 56-58, PTFE coated"), ("Handles", "Aluminium with TPR grip Pantone 376 C / black"),
                    ("Length", "200 mm ±2 mm"), ("Cutting capacity", "Ø 18 mm branches"), ("Weight", "235 g ±5%")],
    }
    for s in SKUS:
        sh = wb.create_sheet(s[0])
        sh.column_dimensions["A"].width = 22
        sh.column_dimensions["B"].width = 60
        xl_put(sh, "A1", f"{s[0]} — {s[1]}", bold=True, size=12)
        for r, (k, v) in enumerate(details[s[0]], start=3):
            xl_put(sh, f"A{r}", k, bold=True, border=True)
            xl_put(sh, f"B{r}", v, border=True)
        xl_put(sh, f"A{r + 2}", "Packing", bold=True)
        xl_put(sh, f"B{r + 2}", f"hang card, {s[4]} pcs/ctn, 5-ply carton {s[5]}")
    save_xlsx(wb, F / "spec" / "VJ-PO-2026-07 especificacion.xlsx")

    # --- quotes Rev.0 and Rev.1 (ReportLab canvas, hand-ruled, landscape) -----------------------
    def quote(path, rev, date_s, price_idx, remark):
        from reportlab.lib.pagesizes import landscape
        rl = RL(path, latin="LibSans", latin_b="LibSans-B", cjk="WQY", pagesize=landscape(A4),
                title=f"Quotation YH-Q260203 {rev}", author="Mandy Tan")
        W_, H_ = landscape(A4)
        L, R = 14 * mm, W_ - 14 * mm
        y = H_ - 16 * mm
        rl.text(W_ / 2, y, SUP_CN, size=15, bold=True, align="C")
        rl.text(W_ / 2, y - 15, SUP_EN.upper(), size=11, bold=True, align="C")
        rl.text(W_ / 2, y - 27, "Building 3, Yangdong Hardware Industrial Park, Yangjiang, Guangdong 529900 China · mandy@hongli-tools.com", size=8, align="C")
        y -= 46
        rl.text(L, y, f"QUOTATION No. YH-Q260203 {rev}".strip(), size=12, bold=True)
        rl.text(R, y, f"Date: {date_s}    To: Verde Jardín S.L. (Ms. Lucía Martínez)", size=9, align="R")
        y -= 10
        rows = [["No.", "Item No.", "Description", "Material", "MOQ", "Unit price\nUSD FOB GZ", "Packing", "Carton size"]]
        for i, s in enumerate(SKUS, start=1):
            rows.append([str(i), s[0], s[1], s[2].replace(", aluminium", ",\naluminium"), "500 pcs", s[price_idx],
                         f"{s[4]}pcs/ctn", s[5].replace(" x ", "*").replace(" cm", "cm")])
        y = rl.table(L, y, [10 * mm, 22 * mm, 38 * mm, 92 * mm, 18 * mm, 24 * mm, 22 * mm, R - L - 226 * mm], rows,
                     size=8.5, align=["C", "C", "L", "L", "C", "R", "C", "C"])
        y -= 16
        for a, b in [("Price term:", "FOB Guangzhou"), ("Payment:", "T/T 30% deposit, 70% against copy of B/L"),
                     ("Lead time:", "45 days after deposit & hang card artwork approval"),
                     ("Logo:", "laser engraving free; hang card 4C printing included"), ("Remark:", remark)]:
            rl.text(L, y, a, size=9, bold=True)
            rl.text(L + 26 * mm, y, b, size=9)
            y -= 13
        rl.text(L, y - 8, "Mandy Tan 谭敏  — Sales", size=9)
        rl.chop(R - 30 * mm, y + 10, SUP_CN)
        rl.save()

    quote(F / "quotes" / "YH-Q260203.pdf", "", "2026-02-03", 6, "Prices valid 30 days.")
    quote(F / "quotes" / "YH-Q260203 Rev.1.pdf", "Rev.1", "2026-02-09", 7,
          "Rev.1 replaces YH-Q260203: VJ-PS04 price reduced to USD 2.64 as discussed. Valid 30 days.")

    # --- PI (WeasyPrint) -------------------------------------------------------------------
    rows_html = ""
    for i, s in enumerate(SKUS, start=1):
        amt = q2(D(s[3]) * D(s[8]))
        rows_html += (f"<tr><td class=c>{i}</td><td>{s[0]}</td><td>{s[1]}<br><small>{s[2]}</small></td>"
                      f"<td class=r>{s[3]:,}</td><td class=c>PCS</td><td class=r>{s[8]}</td><td class=r>{money(amt)}</td>"
                      f"<td class=c>{s[4]}</td><td class=c>{s[3] // s[4]}</td></tr>")
    ctns = sum(s[3] // s[4] for s in SKUS)
    pi_html = f"""<html><head><meta charset="utf-8"><style>
    @page {{ size: A4 landscape; margin: 12mm; }}
    body {{ font-family: 'DejaVu Sans', 'WenQuanYi Micro Hei'; font-size: 8.4pt; }}
    table.t {{ border-collapse: collapse; width: 100%; }} table.t td, table.t th {{ border: 0.7px solid #000; padding: 3px 4px; vertical-align: top; }}
    table.t th {{ background: #ddd; }} .c {{ text-align: center; }} .r {{ text-align: right; }}
    .hd {{ display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #000; padding-bottom: 3px; }}
    </style></head><body>
    <div class="hd"><div><span style="font-size:15pt;font-weight:bold">{SUP_CN}</span><br><b>{SUP_EN.upper()}</b><br>
    Building 3, Yangdong Hardware Industrial Park, Yangjiang, Guangdong 529900 China</div>
    <div style="font-size:16pt;font-weight:bold">PROFORMA INVOICE</div></div>
    <table style="width:100%;margin:6px 0"><tr><td>Buyer: VERDE JARDÍN S.L., Calle de Sueca 41, 46006 Valencia, Spain (Ms. Lucía Martínez)</td>
    <td class="r">PI No.: YH-PI-20260305 &nbsp; Date: 2026-03-05 &nbsp; PO: VJ-PO-2026-07</td></tr></table>
    <table class="t"><tr><th>No.</th><th>Item No.</th><th>Description</th><th>Qty</th><th>Unit</th><th>Unit Price (USD)</th><th>Amount (USD)</th><th>PCS/CTN</th><th>CTNS</th></tr>
    {rows_html}
    <tr><td colspan="3" class="r"><b>TOTAL FOB GUANGZHOU</b></td><td class="r"><b>{sum(s[3] for s in SKUS):,}</b></td><td></td><td></td>
    <td class="r"><b>{money(pi_total)}</b></td><td></td><td class="c"><b>{ctns}</b></td></tr></table>
    <p><b>{say_usd(pi_total)}</b></p>
    <p>Price term: FOB Guangzhou · Payment: 30% deposit by T/T, 70% balance against B/L copy · Lead time: 45 days after deposit and artwork approval<br>
    Packing: hang card 4C each, 5-ply export cartons as above · Logo: laser engraving VERDE · Inspection: AQL 2.5/4.0 before shipment</p>
    <p><b>Bank:</b> Beneficiary YANGJIANG HONGLI HARDWARE TOOLS CO., LTD. · Bank of China Yangjiang Branch · SWIFT BKCHCNBJ47A · A/C 7170 5811 2043</p>
    <p style="margin-top:14px">Mandy Tan &nbsp;&nbsp;<span style="color:#c00;border:1.5px solid #c00;border-radius:50%;padding:10px 6px">阳江市鸿利五金工具有限公司 ★</span></p>
    </body></html>"""
    html_pdf(F / "pi" / "YH-PI-20260305.pdf", pi_html)

    # --- WeChat --------------------------------------------------------------------------
    mandy, lucia = "Mandy谭敏-鸿利五金", "Lucía Martínez"
    msgs = [
        (dt("2026-02-03 16:05"), mandy, "Hola Lucía! Quotation YH-Q260203 for the 4 garden tools sent to your email"),
        (dt("2026-02-04 09:20"), lucia, "Thanks Mandy. The pruner at 2.72 is too high for us, our target is 2.60"),
        (dt("2026-02-06 10:11"), mandy, "Boss can do 2.64 for VJ-PS04, best price. I send Rev.1"),
        (dt("2026-02-09 11:30"), mandy, "[文件] YH-Q260203 Rev.1.pdf"),
        (dt("2026-02-10 09:02"), lucia, "Rev.1 accepted, all 4 items. PO VJ-PO-2026-07 by email today. Production after your holiday is ok."),
        (dt("2026-02-10 09:15"), mandy, "Thank you Lucía 🙏 we are back on 26 Feb"),
        (dt("2026-03-03 14:40"), mandy, "Lucía, SK5 steel price up again after holiday 😥 From next order the pruner will be USD 2.86"),
        (dt("2026-03-03 17:55"), lucia, "Noted. We can discuss it for the autumn order."),
        (dt("2026-03-05 10:26"), mandy, "[文件] YH-PI-20260305.pdf"),
        (dt("2026-03-05 10:27"), mandy, "PI for VJ-PO-2026-07, please check"),
        (dt("2026-03-05 12:03"), lucia, "Thanks, received. Hang card artwork follows tomorrow."),
        (dt("2026-03-06 09:44"), lucia, "[文件] VJ hang cards v3.pdf"),
        (dt("2026-03-06 10:02"), mandy, "artwork ok 👌"),
    ]
    write_text(F / "chat" / "Mandy谭敏-鸿利五金 聊天记录.txt", wechat_a("Mandy谭敏-鸿利五金", msgs))

    write_order_toml(F, "VJ-PO-2026-07",
                     ["Verde Jardín S.L.", "Lucía Martínez", "Lucía", "Lucia"],
                     ["Yangjiang Hongli Hardware Tools Co., Ltd.", SUP_CN, "Hongli", "Mandy谭敏-鸿利五金", "Mandy Tan", "Mandy"],
                     tolerances={"dimensions": "±2 mm", "weight": "±5%"})
    write_expected(F, "HOLD", [
        {"field": "price.unit", "item": "VJ-PS04", "status": "undocumented_change", "min_severity": "high"},
    ], "PI prices VJ-PS04 at USD 2.86 against USD 2.64 of the accepted quote Rev.1; the buyer only deferred to a future order.")
    write_note(name, [
        "Planted: 4-SKU order; PI YH-PI-20260305 prices VJ-PS04 (pruning shears) at USD 2.86 vs USD 2.64 in the accepted quote YH-Q260203 Rev.1 (accepted in WeChat 10-02 and named by the spec) -> price.unit undocumented_change for item VJ-PS04, high; HOLD.",
        "No approval: the supplier announced 2.86 \"from next order\"; the buyer's \"We can discuss it for the autumn order\" defers to a future order, and \"Thanks, received\" is no acceptance.",
        "Noise NOT to flag: Rev.0 (VJ-PS04 at 2.72) is superseded by Rev.1 (history). Other SKUs keep 1.18 / 1.22 / 1.35 and their quantities 1,200 / 1,200 / 800 and pcs/ctn 60 / 60 / 40. No baseline document states an order total (quotes list unit prices only), so the PI total 8,250.00 is not keyed; it follows from the VJ-PS04 price (7,920.00 at the quoted price).",
        "Also noise: carton sizes \"52 x 30 x 28 cm\" vs \"52*30*28cm\"; \"T/T 30% deposit, 70% against copy of B/L\" vs \"30% deposit by T/T, 70% balance against B/L copy\"; WeChat display name mixes Chinese and Latin (\"Mandy谭敏-鸿利五金\").",
    ])


# ===========================================================================
# Case 10 — insulated lunch bag, inspection result "PENDING" under [release] (HOLD)
# ===========================================================================

def case10():
    name = "10-lunch-bag-inspection-pending"
    F = CASES / name
    SUP_EN = "Quanzhou Minfeng Bags Co., Ltd."
    SUP_CN = "泉州市闽丰箱包有限公司"
    qty, price = 4000, D("2.48")
    total = check_lines([(qty, price)], "9920.00")
    assert q2(total * D("0.3")) == D("2976.00") and q2(total * D("0.7")) == D("6944.00")
    assert qty % 50 == 0 and qty // 50 == 80

    # --- spec (fpdf2) ----------------------------------------------------------------------------
    pdf = new_fpdf("MT-LB08 spec", "Kenji Tanaka", latin="carlito")
    pdf.add_page()
    pdf.set_font("carlito", "B", 16)
    pdf.cell(0, 8, "MAPLE TRAIL GOODS LTD.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("carlito", "", 9)
    pdf.cell(0, 5, "1180 Homer Street, Vancouver, BC V6B 2X6, Canada · sourcing@mapletrailgoods.ca", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("carlito", "B", 13)
    pdf.cell(0, 7, "Product Specification MT-LB08 — Insulated lunch bag 8 L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("carlito", "", 9.5)
    pdf.cell(0, 5, "Rev. A · 2026-02-02 · Kenji Tanaka, Product & Sourcing", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    W = [48, 104, 30]
    pdf.set_fill_color(230, 236, 245)
    fp_row(pdf, W, ["Attribute", "Requirement", "Tolerance"], bold=True, fill=True, size=9.5)
    for row in [
        ["Outer fabric", "600D polyester, PU coated (water-repellent)", "—"],
        ["Lining", "PEVA, food-safe, heat-sealed seams (no stitching holes)", "—"],
        ["Insulation", "EPE foam 5 mm", "—"],
        ["Capacity", "8 L", "—"],
        ["Dimensions", "28 × 18 × 22 cm (L × W × H)", "±1 cm"],
        ["Weight", "310 g", "±5%"],
        ["Colour", "Pantone 19-4052 TCX (Classic Blue); webbing black", "vs golden sample"],
        ["Zipper", "#5 nylon coil, 2-way, with pullers", "—"],
        ["Logo", "Woven label 50 × 20 mm, front centre, 15 mm below zipper", "—"],
        ["Compliance", "CPSIA lead & phthalates (lining), Prop 65 statement, test by accredited lab", "—"],
        ["Quantity", "4,000 pcs (PO MTG-PO-2602-11)", "—"],
    ]:
        fp_row(pdf, W, row, size=9.5)
    pdf.ln(3)
    pdf.set_font("carlito", "B", 10.5)
    pdf.cell(0, 6, "Packaging", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for row in [
        ["Unit", "Folded flat in PE bag with suffocation warning (EN/FR), UPC sticker", "—"],
        ["Master carton", "5-ply export carton, 50 pcs/ctn, 60 × 40 × 45 cm", "±1 cm"],
    ]:
        fp_row(pdf, W, row, size=9.5)
    pdf.ln(3)
    pdf.set_font("carlito", "", 9.5)
    pdf.multi_cell(0, 5, "Quality: final random inspection by Maple Trail's inspection agency, ANSI/ASQ Z1.4 General II, AQL 0 / 2.5 / 4.0. "
                   "The 70% balance is paid only after the inspection result is PASSED. Commercial terms per quotation MF-QT-2601-063.")
    fp_save(pdf, F / "spec" / "MT-LB08 Product Spec Rev A.pdf")

    # --- quote (python-docx) -----------------------------------------------------------------
    d = new_docx("Grace Zheng", "Quotation MF-QT-2601-063", font="Times New Roman", size=10.5)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(SUP_CN + "\n" + SUP_EN.upper())
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph("No. 66 Chengdong Industrial Zone, Fengze District, Quanzhou, Fujian 362000, China · grace@minfeng-bags.com")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("QUOTATION")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Quote No.: MF-QT-2601-063        Date: Jan 27, 2026        To: Maple Trail Goods Ltd. — Mr. Kenji Tanaka")
    docx_table(d, [
        ["Item", "Description", "Qty", "Unit price (USD)", "Amount (USD)"],
        ["MT-LB08", "Insulated lunch bag 8L, 28x18x22cm\n600D poly PU coated / PEVA lining / EPE 5mm\n"
                    "colour Classic Blue 19-4052 TCX, woven label logo\n#5 nylon 2-way zipper", "4,000 pcs", "2.48", "9,920.00"],
    ], widths_cm=[2.2, 8.4, 2.2, 2.6, 2.6])
    d.add_paragraph()
    for t in ["Price term: FOB Xiamen",
              "Payment: T/T 30% deposit; 70% balance after inspection passed, before shipment",
              "Lead time: 45 days after deposit",
              "Packing: PE bag, 50 pcs/ctn, 5-ply carton 60x40x45cm (80 ctns)",
              "Sample: 2 pcs, USD 40 (refund with order)",
              "Validity: 30 days"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Bank: Beneficiary Quanzhou Minfeng Bags Co., Ltd. — Bank of China Quanzhou Branch — SWIFT BKCHCNBJ73A — "
                    "A/C 4075 5832 1096")
    d.add_paragraph("Grace Zheng (郑雅婷), Sales Manager")
    save_docx(d, F / "quotes" / "MF-QT-2601-063 Maple Trail.docx")

    # --- golden sample (ReportLab canvas) ------------------------------------------------------
    rl = RL(F / "sample" / "MT-LB08 golden sample approval.pdf", latin="LibSans", latin_b="LibSans-B", cjk="WQY",
            pagesize=LETTER, title="Golden sample approval MT-LB08", author="Kenji Tanaka")
    W_, H_ = LETTER
    L, R = 0.75 * 72, W_ - 0.75 * 72
    y = H_ - 60
    rl.text(L, y, "Maple Trail Goods — Golden Sample Approval", size=14, bold=True)
    y -= 16
    rl.text(L, y, "MT-LB08 insulated lunch bag · supplier Quanzhou Minfeng Bags (闽丰箱包) · received 2026-02-09 · sample qty: 2 pcs", size=9)
    y -= 14
    y = rl.table(L, y, [150, 120, 80, 80, R - L - 430], [
        ["Check", "Spec", "Sample 1", "Sample 2", "OK"],
        ["Length (cm)", "28 ±1", "28.3", "27.8", "yes"],
        ["Width (cm)", "18 ±1", "18.2", "17.6", "yes"],
        ["Height (cm)", "22 ±1", "21.7", "22.4", "yes"],
        ["Weight (g)", "310 ±5%", "304", "318", "yes"],
        ["Colour vs 19-4052 TCX", "visual D65", "match", "match", "yes"],
        ["Cold retention 4 h (ice pack)", "≤ 10 °C", "7.8 °C", "8.1 °C", "yes"],
    ], size=9, align=["L", "L", "C", "C", "C"])
    y -= 20
    rl.text(L, y, "Decision: APPROVED. Sample 1 kept at Maple Trail; sample 2 sealed and returned to the factory as production reference.", size=9)
    y -= 30
    rl.text(L, y, "Kenji Tanaka — 2026-02-12", size=10)
    rl.save()

    # --- PI (openpyxl) ------------------------------------------------------------------------
    wb = new_xlsx("Grace Zheng")
    ws = wb.active
    ws.title = "PI MF260302"
    for col, w in zip("ABCDEF", [12, 48, 12, 14, 16, 6]):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", SUP_EN.upper(), bold=True, size=13)
    xl_put(ws, "A2", SUP_CN, bold=True, size=12)
    xl_put(ws, "A3", "No. 66 Chengdong Industrial Zone, Fengze District, Quanzhou, Fujian 362000, China", size=9)
    xl_put(ws, "A5", "PROFORMA INVOICE", bold=True, size=14)
    xl_put(ws, "D5", "No. MF260302-PI", bold=True)
    xl_put(ws, "D6", "Date: 2026.03.02")
    xl_put(ws, "A7", "Sold to:", bold=True)
    xl_put(ws, "B7", "MAPLE TRAIL GOODS LTD., 1180 Homer Street, Vancouver, BC V6B 2X6, Canada")
    xl_put(ws, "B8", "Attn: Mr. Kenji Tanaka · PO MTG-PO-2602-11")
    for i, hv in enumerate(["Item", "Description", "Qty (pcs)", "Price USD", "Total USD"]):
        xl_put(ws, f"{'ABCDE'[i]}10", hv, bold=True, border=True, fill="D9D9D9")
    ws.row_dimensions[11].height = 62
    for i, v in enumerate(["MT-LB08", "Insulated lunch bag 8L\n600D polyester PU coated, PEVA lining, EPE 5mm\n"
                                      "11 x 7.1 x 8.7 inch (28x18x22cm)\nClassic Blue 19-4052TCX, woven label", qty, float(price), float(total)]):
        xl_put(ws, f"{'ABCDE'[i]}11", v, border=True, wrap=True)
    ws["C11"].number_format = "#,##0"
    ws["E11"].number_format = "#,##0.00"
    xl_put(ws, "A12", "", border=True)
    xl_put(ws, "B12", "FOB XIAMEN TOTAL", bold=True, border=True)
    xl_put(ws, "C12", qty, bold=True, border=True, num="#,##0")
    xl_put(ws, "D12", None, border=True)
    xl_put(ws, "E12", float(total), bold=True, border=True, num="#,##0.00")
    xl_put(ws, "A13", say_usd(total, style=2), bold=True)
    for k, t in enumerate(["Payment: 30% deposit by T/T; 70% balance after inspection passed, before shipment",
                           "Delivery: 45 days after deposit", "Packing: PE bag, 50pcs/ctn, 5-ply 60*40*45cm, 80 ctns",
                           "Inspection: buyer's agent, AQL 2.5/4.0",
                           "Bank: QUANZHOU MINFENG BAGS CO., LTD. / BANK OF CHINA QUANZHOU BRANCH / SWIFT BKCHCNBJ73A / A/C 407558321096"]):
        xl_put(ws, f"A{15 + k}", t)
    xl_put(ws, "D21", "Grace Zheng  (chop)")
    save_xlsx(wb, F / "pi" / "MF260302-PI.xlsx")

    # --- inspection report, result PENDING (WeasyPrint) -----------------------------------------
    html_pdf(F / "inspection" / "FRI MT-LB08 report 260414.pdf", """<html><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 15mm; @bottom-center { content: "CQS Inspection · report CQS-XM-260414-208 · page " counter(page); font-size: 7.5pt; } }
    body { font-family: 'Liberation Sans', 'WenQuanYi Micro Hei'; font-size: 9pt; }
    table { border-collapse: collapse; width: 100%; margin-bottom: 8px; } td, th { border: 1px solid #666; padding: 3px 5px; text-align: left; }
    th { background: #f1f1f1; } .res { font-size: 14pt; font-weight: bold; color: #b36b00; border: 2px solid #b36b00; padding: 3px 10px; display: inline-block; }
    </style></head><body>
    <div style="font-size:15pt;font-weight:bold;color:#0a3d62">CQS Inspection Services</div>
    <div>CQS 检验服务（厦门）有限公司 · Final Random Inspection (FRI)</div><br>
    <table><tr><th>Report</th><td>CQS-XM-260414-208</td><th>Date</th><td>14-Apr-2026</td></tr>
    <tr><th>Client</th><td>Maple Trail Goods Ltd.</td><th>Supplier</th><td>Quanzhou Minfeng Bags Co., Ltd.</td></tr>
    <tr><th>Product</th><td>MT-LB08 insulated lunch bag 8 L</td><th>PO / quantity</th><td>MTG-PO-2602-11 / 4,000 pcs, 80 ctns</td></tr>
    <tr><th>Production status</th><td>100% finished, 100% packed</td><th>Inspector</th><td>Lin Jianhua</td></tr></table>
    <p>Overall result: <span class="res">PENDING</span> &nbsp; (client decision required)</p>
    <table><tr><th>Section</th><th>Result</th></tr>
    <tr><td>Quantity &amp; packing</td><td>Conform</td></tr>
    <tr><td>Workmanship (AQL)</td><td>Conform</td></tr>
    <tr><td>Colour / logo vs golden sample</td><td><b>Pending</b> — the sealed golden sample was not available at the factory</td></tr>
    <tr><td>Measurements &amp; weight</td><td>Conform</td></tr>
    <tr><td>On-site tests (zipper 200 cycles, seam pull, carton drop)</td><td>Conform</td></tr></table>
    <table><tr><th>ANSI/ASQ Z1.4 General II</th><th>Sample size</th><th>AQL</th><th>Ac / Re</th><th>Found</th></tr>
    <tr><td>Critical</td><td>200</td><td>0</td><td>0 / 1</td><td>0</td></tr>
    <tr><td>Major</td><td>200</td><td>2.5</td><td>10 / 11</td><td>2</td></tr>
    <tr><td>Minor</td><td>200</td><td>4.0</td><td>14 / 15</td><td>6</td></tr></table>
    <table><tr><th>Measurement (n=10)</th><th>Requirement</th><th>Measured</th></tr>
    <tr><td>L × W × H</td><td>28 × 18 × 22 cm ±1</td><td>27.6–28.5 × 17.7–18.4 × 21.6–22.5 cm</td></tr>
    <tr><td>Weight</td><td>310 g ±5%</td><td>301 – 322 g</td></tr>
    <tr><td>Carton</td><td>5-ply, 50 pcs, 60×40×45 cm</td><td>as required</td></tr></table>
    <p><b>Remarks:</b> The factory could not present the sealed golden sample (sample 2 returned 2026-02-12); colour and woven-label
    conformity were checked against the spec only (Pantone 19-4052 TCX card) and cannot be confirmed against the approved reference.
    Client to provide a decision or the reference sample for a re-check. 2 major defects: open seam at handle base (reworked).</p>
    </body></html>""")

    # --- WhatsApp (Japanese-locale phone) -------------------------------------------------------
    grace, kenji = "Grace Zheng Minfeng", "Kenji Tanaka"
    msgs = [
        (dt("2026-01-27 20:10"), None, "@E2E"),
        (dt("2026-01-27 20:10"), grace, "Hi Kenji, Grace from Minfeng Bags. Quotation MF-QT-2601-063 attached"),
        (dt("2026-01-27 20:11"), grace, "@FILE:MF-QT-2601-063 Maple Trail.docx"),
        (dt("2026-02-12 07:45"), kenji, "Morning Grace, samples approved. We accept MF-QT-2601-063, PO MTG-PO-2602-11 for 4,000 pcs will follow. Sample 2 is on its way back to you as production reference."),
        (dt("2026-03-02 18:30"), grace, "@FILE:MF260302-PI.xlsx"),
        (dt("2026-03-03 07:58"), kenji, "Thanks. Deposit USD 2,976.00 paid today"),
        (dt("2026-04-14 19:22"), grace, "Kenji, inspection done. Inspector said everything fine, only the report shows pending because the golden sample was missing. Please pay the balance USD 6,944.00 so we can ship on 20 April."),
        (dt("2026-04-15 07:40"), kenji, "Hi Grace, the report is PENDING, not passed. We will wait for the final result before paying the balance."),
        (dt("2026-04-15 09:12"), grace, "ok, we look for the golden sample and ask CQS to come back"),
        (dt("2026-04-15 09:13"), grace, "@DELETED"),
    ]
    write_text(F / "chat" / "WhatsApp Chat with Grace Zheng Minfeng.txt", whatsapp("ja", msgs))

    write_order_toml(F, "MTG-PO-2602-11",
                     ["Maple Trail Goods Ltd.", "Kenji Tanaka", "Kenji"],
                     ["Quanzhou Minfeng Bags Co., Ltd.", SUP_CN, "Minfeng", "Grace Zheng Minfeng", "Grace Zheng", "Grace"],
                     release={"inspection": "passed"},
                     tolerances={"dimensions": "±1 cm", "weight": "±5%"})
    write_expected(F, "HOLD", [],
                   "Documents agree; the only inspection report is PENDING, so [release] inspection = passed is not met -> HOLD with no findings.")
    write_note(name, [
        "Planted: no field discrepancy. order.toml [release] inspection = \"passed\"; the only report (CQS-XM-260414-208) says \"Overall result: PENDING (client decision required)\" -> release condition not met -> HOLD, shown in the checklist, not as a finding (contract section 3).",
        "Reasoning: \"Pending\" is not \"Passed\" (nor \"Passed conditionally\"); the supplier's chat claim \"inspector said everything fine\" is no inspection result, and the buyer explicitly waits for the final result.",
        "Noise NOT to flag: PI is an XLSX giving \"11 x 7.1 x 8.7 inch (28x18x22cm)\"; \"Pantone 19-4052 TCX\" vs \"19-4052TCX\"; \"T/T 30% deposit; 70% balance after inspection passed, before shipment\" vs \"30% deposit by T/T; ...\"; bank A/C \"4075 5832 1096\" vs \"407558321096\"; sample record 2 pcs inside ±1 cm / ±5%.",
        "The report's missing-golden-sample remark is about the reference at the factory, not a change of colour or logo: no colour/logo finding. The XLSX PI carries the Incoterm only in its total row (\"FOB XIAMEN TOTAL\"): present, not missing.",
    ])


# ===========================================================================
# README and main
# ===========================================================================
README = """# Held-out order-audit cases — author E

Ten labelled import-order folders written blind: without reading the tool's code, data, docs or
tests, following only `shared/contract.md` (sections 1, 3, 5), `shared/domain.md`, the seed article
and the devset README/notes (for labelling conventions only; no product, company, phrasing or layout
was copied).

- Author: E
- Date: 2026-12-06
- Generator: `make_cases.py` (deterministic: fixed dates, `random.Random(20260401)` only for cosmetic
  ids, ReportLab `invariant=1`, fpdf2 fixed creation date, OOXML zips rewritten with fixed member
  times and fixed core-property dates; running it twice gives byte-identical files).
- Answer keys (`cases/*/expected.json`) were fixed by hand, in the generator, before any audit was
  run. `notes/<case>.md` says what is planted and which noise must not be flagged.

## Renderers and fonts

| renderer | used for |
|---|---|
| ReportLab canvas (tables ruled line by line with `canvas.line`, no Table flowables; Latin font + CJK font per run; drawn company chop) | PIs 01, 05, 06 (x2); quotes 02, 03, 08, 09 (x2, landscape); sample 10 (US Letter); inspection 08 |
| fpdf2 2.8 (manual multi-cell rows, and its `table()` API in 04; Droid Sans Fallback as fallback font for CJK) | specs 02, 06, 10; PIs 04, 08; quote 07; samples 01, 05 |
| WeasyPrint (HTML/CSS -> PDF) | specs 03, 04; PIs 02, 07 (v1 + V2), 09 (landscape); quote 05; samples 08; inspections 01, 10 |
| python-docx | specs 01, 05, 07; samples 03, 04; change order 08; quote 10; inspections 02, 06 |
| openpyxl | quotes 01 (v1 + Rev.2), 04, 06; PIs 03, 10 (XLSX PIs with merged cells); specs 08, 09 (multi-sheet); samples 02, 07 |
| hand-written text | WhatsApp Android exports in Dutch (01, 08), Polish (02), Portuguese-BR (04), Japanese-phone (07, 10) formats; WeChat exports in two styles (03, 09 / 05) |
| hand-built RFC 5322 | `.eml` threads with quoted history; one with the quotation PDF attached (03), one with the revised PI attached plus the buyer's reply (06) |

Fonts: Liberation Sans/Serif, DejaVu Sans (+ Condensed), Carlito; CJK: WenQuanYi Micro Hei (TTC,
subfont 0) and Droid Sans Fallback. All PDFs carry real text (no scans).

## Cases

| case | verdict | planted |
|---|---|---|
| 01-walnut-wall-clock-clean | RELEASE | nothing (inspection in `qc/`, role from `[roles]`) |
| 02-cast-iron-skillet-clean | RELEASE | nothing (`required_on_pi` present) |
| 03-glass-canister-clean-eml | RELEASE | nothing (XLSX PI, .eml with PDF attachment) |
| 04-kitchen-scale-packaging-switch | REVIEW | packaging.inner, packaging.carton_qty, packaging.carton_size undocumented_change |
| 05-pp-food-container-recycled | HOLD | material undocumented_change (virgin food-grade PP -> recycled PP) |
| 06-bike-light-bank-hk-eml | HOLD | bank.beneficiary, bank.name, bank.account, bank.swift undocumented_change (HK account) |
| 07-beech-blocks-chat-terms | REVIEW | lead_time, payment.deposit chat_only |
| 08-laptop-sleeve-change-order | RELEASE | dimensions documented_change (signed CO) |
| 09-garden-tools-multisku-price | HOLD | price.unit undocumented_change, item VJ-PS04 |
| 10-lunch-bag-inspection-pending | HOLD | no finding; inspection PENDING leaves `[release]` unmet |

Regenerate: `python3 make_cases.py` (needs reportlab, fpdf2, weasyprint, python-docx, openpyxl and
the fonts above).
"""


def main():
    for d in (CASES, NOTES):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10):
        fn()
    write_text(HERE / "README.md", README)
    n = sum(1 for p in CASES.rglob("*") if p.is_file())
    print(f"wrote {len(list(CASES.iterdir()))} cases, {n} files")


if __name__ == "__main__":
    main()
