#!/usr/bin/env python3
"""Author F: generate ten labelled import-order folders, deterministically.

    python3 make_cases.py        # wipes and rewrites cases/ and notes/

Every case folder follows /work/shared/contract.md sections 1, 3 and 5:
documents sorted by role (spec/, sample/, quotes/, pi/, chat/, inspection/),
an order.toml and the answer key expected.json.

Renderers: ReportLab (invariant mode), fpdf2, python-docx, openpyxl and
LibreOffice headless (xlsx/docx -> pdf, the way small factories export their
Excel PIs).  Fonts: WenQuanYi Micro Hei, Droid Sans Fallback, Liberation
Sans/Serif, DejaVu Sans, Base-14 Helvetica/Times, plus whatever LibreOffice
substitutes for 宋体 / 微软雅黑 / Arial / Calibri on this machine.

Determinism: all document dates are written out below; zip members (docx,
xlsx) get a fixed timestamp and fixed core.xml dates; LibreOffice PDFs get a
fixed CreationDate and a content-derived /ID; ReportLab runs in invariant
mode; fpdf2 gets a fixed creation date; chop and signature images are drawn
with PIL from a fixed seed.
"""
import hashlib
import json
import math
import os
import random
import re
import shutil
import subprocess
import zipfile
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from reportlab import rl_config

rl_config.invariant = 1  # no timestamps / random ids in ReportLab output
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (Image as RLImage, Paragraph,  # noqa: E402
                                SimpleDocTemplate, Spacer, Table, TableStyle)

from fpdf import FPDF  # noqa: E402

import docx  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

import openpyxl  # noqa: E402
from openpyxl.drawing.image import Image as XLImage  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

SEED = 20260401
ROOT = Path(__file__).resolve().parent
CASES = ROOT / "cases"
NOTES = ROOT / "notes"
BUILD = ROOT / ".build"          # scratch, removed at the end
ZIP_DT = (2026, 4, 1, 9, 0, 0)

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
LIB = "/usr/share/fonts/truetype/liberation2/"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"

pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
pdfmetrics.registerFont(TTFont("LibSans", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LibSans-Bold", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LibSerif", LIB + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LibSerif-Bold", LIB + "LiberationSerif-Bold.ttf"))

D = Decimal


# --------------------------------------------------------------------------
# small utilities
# --------------------------------------------------------------------------

def money(x):
    """Decimal -> '5,375.00'."""
    return format(D(x).quantize(D("0.01"), ROUND_HALF_UP), ",.2f")


_ONES = ("ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE "
         "THIRTEEN FOURTEEN FIFTEEN SIXTEEN SEVENTEEN EIGHTEEN NINETEEN").split()
_TENS = ["", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"]


def _two(n):
    return _ONES[n] if n < 20 else _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])


def _three(n):
    h, r = divmod(n, 100)
    out = []
    if h:
        out.append(_ONES[h] + " HUNDRED")
    if r:
        out.append(("AND " if h else "") + _two(r))
    return " ".join(out)


def say_usd(amount):
    """'SAY US DOLLARS FIVE THOUSAND THREE HUNDRED AND SEVENTY FIVE ONLY'."""
    amount = D(amount).quantize(D("0.01"))
    dollars = int(amount)
    cents = int((amount - dollars) * 100)
    parts = []
    for value, name in ((10 ** 6, "MILLION"), (1000, "THOUSAND")):
        if dollars >= value:
            parts.append(_three(dollars // value) + " " + name)
            dollars %= value
    if dollars:
        parts.append(("AND " if parts and dollars < 100 else "") + _three(dollars))
    text = " ".join(parts)
    if cents:
        text += " AND CENTS " + _two(cents)
    return f"SAY US DOLLARS {text} ONLY"


assert say_usd(3780) == "SAY US DOLLARS THREE THOUSAND SEVEN HUNDRED AND EIGHTY ONLY"
assert say_usd(5375) == "SAY US DOLLARS FIVE THOUSAND THREE HUNDRED AND SEVENTY FIVE ONLY"
assert say_usd(10400) == "SAY US DOLLARS TEN THOUSAND FOUR HUNDRED ONLY"


def write_text(path, text):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def fix_zip(path, when):
    """Rewrite an OOXML zip with fixed member timestamps and core.xml dates."""
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              lambda m: m.group(1) + when.encode(), data)
            info = zipfile.ZipInfo(name, ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    tmp.replace(path)


def lo_pdf(src, dst, stamp):
    """Convert src (xlsx/docx) to dst (pdf) with LibreOffice; pin date and /ID.

    stamp: 'YYYYMMDDHHMMSS' written as the PDF CreationDate (UTC)."""
    outdir = BUILD / "lo_out"
    outdir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, TZ="UTC")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{BUILD / 'lo_profile'}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    produced = outdir / (Path(src).stem + ".pdf")
    data = produced.read_bytes()
    produced.unlink()

    def _date(m):
        new = f"D:{stamp}Z'".encode()
        assert len(new) == len(m.group(1)), (m.group(1), new)
        return b"/CreationDate(" + new + b")"
    data = re.sub(rb"/CreationDate\((D:[^)]*)\)", _date, data)
    blank = re.sub(rb"/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}> \]", b"/ID []", data)
    blank = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum", blank)
    digest = hashlib.md5(blank).hexdigest().upper().encode()
    data = re.sub(rb"(/ID \[ <)[0-9A-F]{32}(>\s*<)[0-9A-F]{32}(> \])",
                  lambda m: m.group(1) + digest + m.group(2) + digest + m.group(3), data)
    data = re.sub(rb"(/DocChecksum /)[0-9A-F]{32}", lambda m: m.group(1) + digest, data)
    dst = Path(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(data)


# --------------------------------------------------------------------------
# images: company chop (公章), signatures, photo placeholders
# --------------------------------------------------------------------------

def chop_png(name_cn, kind="合同专用章", size=300):
    """A red round company chop as an image (real PIs carry a scanned stamp,
    not text), cached in BUILD."""
    path = BUILD / f"chop_{hashlib.md5((name_cn + kind).encode()).hexdigest()[:10]}.png"
    if path.exists():
        return path
    img = PILImage.new("RGBA", (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    red = (205, 30, 35, 235)
    c = size / 2
    d.ellipse((8, 8, size - 8, size - 8), outline=red, width=9)
    # five-pointed star
    pts = []
    for i in range(10):
        r = 38 if i % 2 == 0 else 16
        a = math.pi / 2 + i * math.pi / 5
        pts.append((c + r * math.cos(a), c - r * math.sin(a)))
    d.polygon(pts, fill=red)
    font = ImageFont.truetype(WQY, 30, index=0)
    n = len(name_cn)
    span = min(250.0, 16.0 * n)
    for i, ch in enumerate(name_cn):
        ang = 90 + span / 2 - i * span / max(n - 1, 1)
        rad = math.radians(ang)
        x, y = c + 108 * math.cos(rad), c - 108 * math.sin(rad)
        tile = PILImage.new("RGBA", (40, 40), (255, 255, 255, 0))
        ImageDraw.Draw(tile).text((20, 20), ch, font=font, fill=red, anchor="mm")
        tile = tile.rotate(ang - 90, resample=PILImage.BICUBIC)
        img.alpha_composite(tile, (int(x - 20), int(y - 20)))
    small = ImageFont.truetype(WQY, 26, index=0)
    d.text((c, c + 70), kind, font=small, fill=red, anchor="mm")
    img.save(path)
    return path


def signature_png(seed, w=260, h=80):
    """A pen scribble; deterministic per seed."""
    path = BUILD / f"sig_{seed}.png"
    if path.exists():
        return path
    rnd = random.Random(SEED + seed)
    img = PILImage.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    x, y = 10.0, h * 0.6
    pts = [(x, y)]
    while x < w - 20:
        x += rnd.uniform(6, 16)
        y = h * 0.5 + rnd.uniform(-26, 22) * math.sin(x / rnd.uniform(7, 13))
        pts.append((x, y))
    d.line(pts, fill=(20, 30, 110, 255), width=3, joint="curve")
    d.line([(pts[1][0], h * 0.78), (w - 30, h * 0.70)], fill=(20, 30, 110, 255), width=2)
    img.save(path)
    return path


def photo_png(label, w=320, h=220, seed=0):
    """Grey photo placeholder with a rough product silhouette."""
    path = BUILD / f"photo_{hashlib.md5(label.encode()).hexdigest()[:10]}.png"
    if path.exists():
        return path
    img = PILImage.new("RGB", (w, h), (226, 226, 222))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w - 1, h - 1), outline=(150, 150, 150), width=2)
    d.ellipse((w * 0.3, h * 0.18, w * 0.7, h * 0.78), fill=(190, 186, 178), outline=(120, 120, 120))
    font = ImageFont.truetype(WQY, 16, index=0)
    d.text((w / 2, h - 18), label, font=font, fill=(70, 70, 70), anchor="mm")
    img.save(path)
    return path


# --------------------------------------------------------------------------
# chat exports
# --------------------------------------------------------------------------
# messages: list of (datetime, sender or None for app/system lines, text)

E2E_EN = ("Messages and calls are end-to-end encrypted. No one outside of this chat, "
          "not even WhatsApp, can read or listen to them. Tap to learn more.")
E2E_CN = "消息和通话已进行端到端加密。对话之外的任何人，包括 WhatsApp，都无法读取或收听这些消息和通话。点击了解更多。"
E2E_IOS_EN = ("\u200eMessages and calls are end-to-end encrypted. No one outside of this chat, "
              "not even WhatsApp, can read or listen to them.")
E2E_IOS_DE = ("\u200eNachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb "
              "dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp.")


def _cn12(t):
    h = t.hour
    half = "上午" if h < 12 else "下午"
    return f"{half}{(h % 12) or 12}:{t.minute:02d}"


def wa_android_cn(msgs):
    """Android WhatsApp, Chinese locale: '2026/3/12 下午2:05 - 名字: 消息'."""
    out = []
    for t, who, text in msgs:
        stamp = f"{t.year}/{t.month}/{t.day} {_cn12(t)}"
        out.append(f"{stamp} - {text}" if who is None else f"{stamp} - {who}: {text}")
    return "\n".join(out) + "\n"


def wa_android_au(msgs):
    """Android WhatsApp, English (Australia): '12/03/2026, 2:05\u202fpm - Name: text'."""
    out = []
    for t, who, text in msgs:
        h = (t.hour % 12) or 12
        ap = "am" if t.hour < 12 else "pm"
        stamp = f"{t.day:02d}/{t.month:02d}/{t.year}, {h}:{t.minute:02d}\u202f{ap}"
        out.append(f"{stamp} - {text}" if who is None else f"{stamp} - {who}: {text}")
    return "\n".join(out) + "\n"


def wa_android_gb(msgs):
    """Android WhatsApp, English (UK), 24 h: '02/02/2026, 14:05 - Name: text'."""
    out = []
    for t, who, text in msgs:
        stamp = f"{t.day:02d}/{t.month:02d}/{t.year}, {t.hour:02d}:{t.minute:02d}"
        out.append(f"{stamp} - {text}" if who is None else f"{stamp} - {who}: {text}")
    return "\n".join(out) + "\n"


def wa_ios(msgs, style):
    """iPhone WhatsApp '_chat.txt'. style: 'gb' [20/01/2026, 08:02:11],
    'us' [1/15/26, 10:02:13 AM], 'de' [19.01.26, 10:02:13]."""
    out = []
    for t, who, text in msgs:
        if style == "gb":
            stamp = f"[{t.day:02d}/{t.month:02d}/{t.year}, {t.hour:02d}:{t.minute:02d}:{t.second:02d}]"
        elif style == "us":
            h = (t.hour % 12) or 12
            ap = "AM" if t.hour < 12 else "PM"
            stamp = f"[{t.month}/{t.day}/{t.year % 100:02d}, {h}:{t.minute:02d}:{t.second:02d}\u202f{ap}]"
        else:
            stamp = f"[{t.day:02d}.{t.month:02d}.{t.year % 100:02d}, {t.hour:02d}:{t.minute:02d}:{t.second:02d}]"
        lines = text.split("\n")
        out.append(f"{stamp} {who}: {lines[0]}")
        out.extend(lines[1:])
    return "\r\n".join(out) + "\r\n"


def wechat_a(title, exported, msgs):
    """WeChat export as written by PC export tools (Chinese UI):
    header, then 'YYYY-MM-DD HH:MM:SS 昵称' and the message on the next lines."""
    out = [f"聊天对象：{title}", f"导出时间：{exported}", "消息条数：%d" % len(msgs), "=" * 40, ""]
    for t, who, text in msgs:
        stamp = t.strftime("%Y-%m-%d %H:%M:%S")
        if who is None:
            out.append(f"{stamp} 系统消息")
        else:
            out.append(f"{stamp} {who}")
        out.append(text)
        out.append("")
    return "\n".join(out)


def wechat_b(title, msgs):
    """WeChat chat history copied from the PC client (Chinese UI): date
    dividers, then '昵称  HH:MM' and the message."""
    out = [f"与「{title}」的聊天记录", ""]
    day = None
    for t, who, text in msgs:
        if t.date() != day:
            day = t.date()
            out.append(f"———————  {day.isoformat()}  ———————")
            out.append("")
        if who is None:
            out.append(f"{t:%H:%M}  {text}")
        else:
            out.append(f"{who}  {t:%H:%M}")
            out.append(text)
        out.append("")
    return "\n".join(out)


# --------------------------------------------------------------------------
# ReportLab helpers
# --------------------------------------------------------------------------

def rl_styles(font, bold=None, size=9):
    bold = bold or font
    return {
        "n": ParagraphStyle("n", fontName=font, fontSize=size, leading=size * 1.3),
        "s": ParagraphStyle("s", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "b": ParagraphStyle("b", fontName=bold, fontSize=size, leading=size * 1.3),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 6, leading=(size + 6) * 1.25,
                            alignment=TA_CENTER),
        "hl": ParagraphStyle("hl", fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.3),
        "c": ParagraphStyle("c", fontName=font, fontSize=size, leading=size * 1.3, alignment=TA_CENTER),
        "r": ParagraphStyle("r", fontName=font, fontSize=size, leading=size * 1.3, alignment=TA_RIGHT),
    }


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br/>"))


def rl_build(path, story, title, author, pagesize=A4, margins=(18, 18, 16, 16), footer=None,
             footer_font="Helvetica"):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, title=title, author=author,
                            creator="", invariant=1,
                            leftMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            topMargin=margins[2] * mm, bottomMargin=margins[3] * mm)

    def _foot(canvas, doc_):
        if footer:
            canvas.saveState()
            canvas.setFont(footer_font, 7.5)
            canvas.drawCentredString(pagesize[0] / 2, 8 * mm, f"{footer}   page {doc_.page}")
            canvas.restoreState()
    doc.build(story, onFirstPage=_foot, onLaterPages=_foot)


def rl_grid(rows, widths, font, size=8.5, header=True, bold=None, pad=3, align_right_cols=(),
            shade="#E8E8E8"):
    st = rl_styles(font, bold, size)
    data = []
    for i, row in enumerate(rows):
        cells = []
        for j, v in enumerate(row):
            style = st["b"] if (header and i == 0) else (st["r"] if j in align_right_cols else st["n"])
            cells.append(Paragraph(esc(str(v)), style))
        data.append(cells)
    t = Table(data, colWidths=[w * mm for w in widths])
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(shade)))
    t.setStyle(TableStyle(cmds))
    return t


def rl_kv(rows, widths, font, size=9, bold=None, lines=False):
    st = rl_styles(font, bold, size)
    data = [[Paragraph(esc(k), st["b"]), Paragraph(esc(v), st["n"])] for k, v in rows]
    t = Table(data, colWidths=[w * mm for w in widths])
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    if lines:
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey))
    t.setStyle(TableStyle(cmds))
    return t


# --------------------------------------------------------------------------
# fpdf2 helper
# --------------------------------------------------------------------------

class FP(FPDF):
    def __init__(self, footer_text=None, created=None, orientation="P", fmt="A4"):
        super().__init__(orientation=orientation, unit="mm", format=fmt)
        self.footer_text = footer_text
        self.add_font("dejavu", "", DEJAVU + "DejaVuSans.ttf")
        self.add_font("dejavu", "B", DEJAVU + "DejaVuSans-Bold.ttf")
        self.add_font("lib", "", LIB + "LiberationSans-Regular.ttf")
        self.add_font("lib", "B", LIB + "LiberationSans-Bold.ttf")
        self.add_font("lib", "I", LIB + "LiberationSans-Italic.ttf")
        self.add_font("droid", "", DROID)
        self.set_fallback_fonts(["droid"], exact_match=False)
        self.set_creation_date(created or datetime(2026, 4, 1, 9, 0, tzinfo=timezone.utc))
        self.set_auto_page_break(True, margin=16)
        self.alias_nb_pages()

    def footer(self):
        if self.footer_text:
            self.set_y(-12)
            self.set_font("lib", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"{self.footer_text}    Page {self.page_no()}/{{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    def kv(self, rows, w1=42, h=5.6, font=("lib", 9.5), bold_key=True):
        for k, v in rows:
            self.set_font(font[0], "B" if bold_key else "", font[1])
            x, y = self.get_x(), self.get_y()
            self.multi_cell(w1, h, k, new_x="RIGHT", new_y="TOP")
            self.set_font(font[0], "", font[1])
            self.multi_cell(0, h, v, new_x="LMARGIN", new_y="NEXT")
            self.set_x(self.l_margin)


def fp_save(pdf, path):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# --------------------------------------------------------------------------
# openpyxl helpers (quotes and Excel-made PIs)
# --------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _display_len(text):
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


class Sheet:
    """Tiny layout helper: writes rows of (possibly merged) cells and sets a
    row height LibreOffice will keep (merged wrapped cells are not
    auto-fitted by LibreOffice)."""

    def __init__(self, ws, widths, font="宋体", size=10):
        self.ws, self.widths, self.font, self.size = ws, widths, font, size
        self.r = 1
        for i, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(i + 1)].width = w

    def row(self, cells, height=None, border=False, fill=None, bold=False, size=None, align=None,
            valign="center"):
        """cells: list of (text, span) or text (span 1)."""
        c = 1
        max_lines = 1
        for item in cells:
            text, span = (item if isinstance(item, tuple) else (item, 1))
            text = "" if text is None else text
            cell = self.ws.cell(self.r, c, text)
            cell.font = Font(name=self.font, size=size or self.size, bold=bold)
            horiz = align or ("left" if isinstance(text, str) else "right")
            cell.alignment = Alignment(horizontal=horiz, vertical=valign, wrap_text=True)
            if span > 1:
                self.ws.merge_cells(start_row=self.r, start_column=c, end_row=self.r,
                                    end_column=c + span - 1)
            width = sum(self.widths[c - 1:c - 1 + span])
            if isinstance(text, str) and text:
                lines = sum(max(1, math.ceil(_display_len(part) * ((size or self.size) / 10.0)
                                             / max(width * 0.92, 1)))
                            for part in text.split("\n"))
                max_lines = max(max_lines, lines)
            for cc in range(c, c + span):
                if border:
                    self.ws.cell(self.r, cc).border = BOX
                if fill:
                    self.ws.cell(self.r, cc).fill = PatternFill("solid", fgColor=fill)
            c += span
        self.ws.row_dimensions[self.r].height = height or max(15, 14.2 * max_lines * (size or self.size) / 10)
        self.r += 1
        return self.r - 1

    def gap(self, h=6):
        self.ws.row_dimensions[self.r].height = h
        self.r += 1


def xl_page(ws, landscape=False):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.45
    ws.page_margins.top = ws.page_margins.bottom = 0.5


def xl_save(wb, path, when, creator):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = datetime.fromisoformat(when.rstrip("Z"))
    wb.properties.modified = datetime.fromisoformat(when.rstrip("Z"))
    wb.save(path)
    fix_zip(path, when)


def excel_pi_pdf(dst, d, stamp):
    """An Excel proforma invoice as small factories make it, exported to PDF
    through LibreOffice.  d: layout data (see the cases)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = d.get("sheet", "PI")
    widths = d["widths"]
    n = len(widths)
    s = Sheet(ws, widths, font=d.get("font", "宋体"), size=d.get("size", 10))
    ws.sheet_view.showGridLines = False
    for text, size, bold in d["letterhead"]:
        s.row([(text, n)], bold=bold, size=size, align="center")
    s.gap(4)
    s.row([(d["title"], n)], bold=True, size=16, align="center")
    s.gap(4)
    # buyer block (left) and PI meta (right)
    left, right = d["buyer_block"], d["meta"]
    split = d.get("split", n - 3)
    for i in range(max(len(left), len(right))):
        lt = left[i] if i < len(left) else ""
        rk, rv = right[i] if i < len(right) else ("", "")
        s.row([(lt, split), (rk, 1), (rv, n - split - 1)], size=d.get("size", 10))
    s.gap(6)
    fill = d.get("head_fill", "D9D9D9")
    s.row(d["columns"], border=True, fill=fill, bold=True, align="center")
    for row in d["rows"]:
        s.row(row, border=True)
    for row in d.get("total_rows", []):
        s.row(row, border=True, bold=True)
    s.row([(d["say"], n)], bold=True)
    s.gap(6)
    if d.get("terms_title"):
        s.row([(d["terms_title"], n)], bold=True)
    kspan = d.get("kspan", 2)
    for k, v in d["terms"]:
        s.row([(k, kspan), (v, n - kspan)], valign="top")
    s.gap(6)
    if d.get("bank_title"):
        s.row([(d["bank_title"], n)], bold=True)
    for k, v in d["bank"]:
        s.row([(k, kspan), (v, n - kspan)])
    s.gap(10)
    for line in d["sign"]:
        s.row([(line[0], split), (line[1], n - split)])
    if d.get("chop"):
        img = XLImage(str(chop_png(*d["chop"])))
        img.width = img.height = 105
        ws.add_image(img, f"{get_column_letter(split + 2)}{s.r - len(d['sign']) - 3}")
    xl_page(ws)
    ws.print_area = f"A1:{get_column_letter(n)}{s.r}"
    src = BUILD / (Path(dst).stem + ".xlsx")
    xl_save(wb, src, "2026-01-01T00:00:00Z", d.get("creator", "Administrator"))
    lo_pdf(src, dst, stamp)


# --------------------------------------------------------------------------
# python-docx helpers
# --------------------------------------------------------------------------

def new_docx(font="Calibri", east_asia="微软雅黑", size=10):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), east_asia)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(1.8)
    return d


def docx_table(d, rows, widths_cm=None, header=True, size=9.5, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    if widths_cm:
        t.autofit = False
        for j, w in enumerate(widths_cm):
            t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            lines = str(val).split("\n")
            for k, line in enumerate(lines):
                run = p.add_run(line)
                run.font.size = Pt(size)
                run.bold = header and i == 0
                if k < len(lines) - 1:
                    run.add_break()
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    return t


def docx_save(d, path, when, author, title=""):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 3
    dt = datetime.fromisoformat(when.rstrip("Z"))
    cp.created = dt
    cp.modified = dt
    cp.last_printed = dt
    d.save(str(path))
    fix_zip(path, when)


def para(d, text, bold=False, size=None, align=None, italic=False, color=None, space_after=None):
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


# --------------------------------------------------------------------------
# quotation workbook (xlsx kept as is, or exported to PDF)
# --------------------------------------------------------------------------

def quote_xlsx(path, q, pdf_stamp=None):
    """Supplier quotation in Excel with a photo column.  If pdf_stamp is
    given, the PDF export is written to `path` (.pdf) instead."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = q.get("sheet", "Quotation")
    widths = q["widths"]
    n = len(widths)
    s = Sheet(ws, widths, font=q.get("font", "Arial"), size=q.get("size", 10))
    for text, size, bold in q["letterhead"]:
        s.row([(text, n)], bold=bold, size=size, align="center")
    s.gap(4)
    s.row([(q["title"], n)], bold=True, size=15, align="center")
    for k, v in q["meta"]:
        s.row([(k, 2), (v, n - 2)])
    s.gap(4)
    s.row(q["columns"], border=True, fill=q.get("head_fill", "FCE4D6"), bold=True, align="center")
    photo_col = q.get("photo_col")
    for i, row in enumerate(q["rows"]):
        r = s.row(row, border=True, height=q.get("item_height", 78))
        if photo_col is not None:
            img = XLImage(str(photo_png(q["photo_labels"][i])))
            img.width, img.height = 96, 66
            ws.add_image(img, f"{get_column_letter(photo_col + 1)}{r}")
    s.gap(6)
    if q.get("terms_title"):
        s.row([(q["terms_title"], n)], bold=True)
    for k, v in q["terms"]:
        s.row([(k, 2), (v, n - 2)], valign="top")
    s.gap(6)
    for line in q.get("footer", []):
        s.row([(line, n)])
    xl_page(ws, landscape=q.get("landscape", False))
    ws.print_area = f"A1:{get_column_letter(n)}{s.r}"
    if pdf_stamp:
        src = BUILD / (Path(path).stem + ".xlsx")
        xl_save(wb, src, q["when"], q["creator"])
        lo_pdf(src, path, pdf_stamp)
    else:
        xl_save(wb, path, q["when"], q["creator"])


# --------------------------------------------------------------------------
# case bookkeeping
# --------------------------------------------------------------------------

def toml_str(v):
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_case(name, order, expected, note):
    case = CASES / name
    lines = [f"order_id = {toml_str(order['order_id'])}",
             "buyer = [" + ", ".join(toml_str(x) for x in order["buyer"]) + "]",
             "supplier = [" + ", ".join(toml_str(x) for x in order["supplier"]) + "]"]
    if order.get("required_on_pi"):
        lines.append("required_on_pi = [" + ", ".join(toml_str(x) for x in order["required_on_pi"]) + "]")
    if order.get("release"):
        lines += ["", "[release]"] + [f"{k} = {toml_str(v)}" for k, v in order["release"].items()]
    if order.get("tolerances"):
        lines += ["", "[tolerances]"] + [f"{k} = {toml_str(v)}" for k, v in order["tolerances"].items()]
    write_text(case / "order.toml", "\n".join(lines) + "\n")
    write_text(case / "expected.json", json.dumps(expected, ensure_ascii=False, indent=2) + "\n")
    write_text(NOTES / f"{name}.md", note.strip() + "\n")


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")


# ==========================================================================
# 01  amber glass candle jar: CLEAN, bilingual Excel PI + R1 (address fix),
#     WeChat export in Chinese UI
# ==========================================================================

def case01():
    name = "01-candle-jar-clean-pi-r1"
    c = CASES / name
    qty, price = 3000, D("1.26")
    total = qty * price                         # 3,780.00
    dep, bal = total * D("0.30"), total * D("0.70")
    assert (money(total), money(dep), money(bal)) == ("3,780.00", "1,134.00", "2,646.00")
    assert qty % 24 == 0 and qty // 24 == 125

    # --- spec (DOCX, US buyer) -------------------------------------------
    d = new_docx(font="Calibri")
    para(d, "HEARTHSIDE GOODS LLC", bold=True, size=16, space_after=0)
    para(d, "1420 SE Division St, Portland, OR 97202, USA  ·  sourcing@hearthsidegoods.com", size=8.5)
    para(d, "PRODUCT SPECIFICATION", bold=True, size=13, align="center")
    docx_table(d, [["Spec No.", "HG-SPEC-AJ8", "Revision", "Rev. 2 (golden sample reference added)"],
                   ["Item", "HG-AJ8  8 oz Amber Glass Candle Jar with Bamboo Lid", "Date", "January 22, 2026"],
                   ["Supplier", "Xuzhou Jingcheng Glass Products Co., Ltd.", "PO", "HG-PO-2602"]],
               header=False, widths_cm=[2.6, 7.0, 2.2, 5.2])
    para(d, "")
    para(d, "1. Product requirements", bold=True, size=11)
    docx_table(d, [
        ["Attribute", "Requirement", "Tolerance"],
        ["Jar material", "Soda-lime glass, amber, lead- and cadmium-free", "—"],
        ["Lid", "Natural moso bamboo, unlacquered, with food-grade silicone seal ring", "—"],
        ["Jar dimensions", "Ø 75 mm (outer, at rim) x H 90 mm (without lid)", "±1.5 mm"],
        ["Wall thickness", "min. 3.0 mm side wall, min. 6 mm base", "min."],
        ["Capacity", "8 fl oz (237 ml) brimful", "±5%"],
        ["Weight", "210 g (jar only, without lid)", "±5%"],
        ["Colour", "Amber, to match approved golden sample GS-HG-AJ8-01", "visual"],
        ["Logo", "Laser-engraved HEARTHSIDE wordmark, centred on lid top, 30 x 6 mm", "±1 mm position"],
        ["Compliance", "California Prop 65 (glass and lid): lead/cadmium test report, SGS or Intertek", "—"],
    ], widths_cm=[3.3, 10.2, 3.2])
    para(d, "")
    para(d, "2. Packaging", bold=True, size=11)
    docx_table(d, [
        ["Item", "Requirement"],
        ["Inner", "Lid fitted on jar, each jar in an EPE foam sleeve. No individual box."],
        ["Master carton", "24 pcs per carton with cardboard divider, 5-ply corrugated, 48 x 32 x 22 cm, max 14 kg"],
        ["Carton marks", "HEARTHSIDE / PO HG-PO-2602 / HG-AJ8 / 24 PCS / C/NO. 1-125 / MADE IN CHINA"],
    ], widths_cm=[3.3, 13.4])
    para(d, "")
    para(d, "3. Quality and commercial", bold=True, size=11)
    docx_table(d, [
        ["Item", "Requirement"],
        ["Inspection", "Pre-shipment inspection by Hearthside's agent, ANSI/ASQ Z1.4 General Level II, "
                       "AQL 2.5 major / 4.0 minor, 0 critical (chips, cracks, sharp edges)."],
        ["Commercial terms", "As per Jingcheng quotation JC-Q260112 accepted on Jan 16, 2026 "
                             "(USD 1.26/pc FOB Shanghai, 30% deposit / 70% against B/L copy, "
                             "35 days after deposit)."],
    ], widths_cm=[3.3, 13.4])
    para(d, "")
    para(d, "Approved by: Megan Troy, Product & Sourcing Manager, Hearthside Goods LLC — 01/22/2026", italic=True)
    docx_save(d, c / "spec" / "HG-AJ8 Product Specification Rev2.docx", "2026-01-22T17:40:00Z",
              "Megan Troy", "HG-AJ8 Product Specification")

    # --- quote (XLSX, bilingual) -----------------------------------------
    quote_xlsx(c / "quotes" / "JC-Q260112 报价单 Hearthside.xlsx", dict(
        when="2026-01-12T02:15:00Z", creator="jingcheng-PC", font="宋体", sheet="报价单",
        widths=[6, 15, 14, 36, 12, 14],
        letterhead=[("徐州晶诚玻璃制品有限公司", 16, True),
                    ("XUZHOU JINGCHENG GLASS PRODUCTS CO., LTD.", 12, True),
                    ("江苏省徐州市铜山区利国镇工业园区8号  Tel: +86-516-8702 3315  cathy@jc-glassware.com", 9, False)],
        title="报价单 QUOTATION",
        meta=[("报价单号 No.:", "JC-Q260112"), ("日期 Date:", "2026-01-12"),
              ("客户 To:", "Hearthside Goods LLC  Attn: Ms. Megan Troy"),
              ("有效期 Validity:", "30天 / 30 days")],
        columns=["序号\nNo.", "图片\nPhoto", "货号\nItem No.", "品名/规格 Description", "起订量\nMOQ",
                 "单价 Unit Price\nUSD FOB Shanghai"],
        rows=[[1, "", "HG-AJ8", "8oz 琥珀色玻璃蜡烛杯 + 竹盖\n8oz amber glass candle jar with bamboo lid\n"
                             "Ø75 x H90mm, 237ml, 210g, silicone seal ring\nLaser logo on lid 镭射logo",
               "3000pcs", "1.26"]],
        photo_col=1, photo_labels=["HG-AJ8 amber jar"],
        terms_title="条款 Terms",
        terms=[("价格条款 Price term", "FOB Shanghai"),
               ("付款方式 Payment", "30% deposit, 70% against B/L copy (T/T)"),
               ("交期 Lead time", "35 days after deposit"),
               ("包装 Packing", "EPE foam sleeve each, 24pcs/ctn with divider, 5-ply carton 48*32*22cm"),
               ("样品 Sample", "3 pcs free, courier paid by buyer")],
        footer=["Contact: Cathy Zhou 周凯茜  WeChat: cathy_jcglass"]))

    # --- golden sample record (fpdf2) -------------------------------------
    pdf = FP(footer_text="GS-HG-AJ8-01")
    pdf.add_page()
    pdf.set_font("lib", "B", 14)
    pdf.cell(0, 8, "GOLDEN SAMPLE APPROVAL RECORD  封样确认单", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("lib", "", 9)
    pdf.cell(0, 5, "Hearthside Goods LLC  /  Xuzhou Jingcheng Glass Products Co., Ltd.", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.kv([("Record No.", "GS-HG-AJ8-01"), ("Item", "HG-AJ8 8 oz amber glass candle jar with bamboo lid"),
            ("Spec reference", "HG-SPEC-AJ8 Rev. 1 (Rev. 2 adds this record as reference)"),
            ("Samples checked", "3 pcs (S1-S3), received by DHL 1/19/2026"),
            ("Date of check", "January 20, 2026, Portland office")], w1=38)
    pdf.ln(3)
    pdf.set_font("lib", "B", 9)
    rows = [["Check point", "Spec", "S1", "S2", "S3", "Result"],
            ["Outer Ø at rim (mm)", "75 ±1.5", "75.6", "75.2", "74.8", "OK"],
            ["Height w/o lid (mm)", "90 ±1.5", "89.2", "90.4", "89.8", "OK"],
            ["Weight, jar only (g)", "210 ±5%", "214", "207", "211", "OK"],
            ["Brimful capacity (ml)", "237 ±5%", "242", "239", "244", "OK"],
            ["Side wall (mm)", "min 3.0", "3.4", "3.6", "3.3", "OK"],
            ["Lid fit / seal", "snug, no rattle", "ok", "ok", "ok", "OK"],
            ["Logo (laser)", "30 x 6 mm centred", "ok", "ok", "ok", "OK"],
            ["Colour", "amber", "ok", "ok", "ok", "OK"]]
    with pdf.table(col_widths=(48, 32, 20, 20, 20, 24), text_align="CENTER", line_height=6) as t:
        for i, r in enumerate(rows):
            pdf.set_font("lib", "B" if i == 0 else "", 9)
            row = t.row()
            for v in r:
                row.cell(v)
    pdf.ln(4)
    pdf.set_font("lib", "B", 9)
    pdf.cell(0, 6, "Photos", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y()
    for i, lab in enumerate(["PHOTO 1 - jar + lid, front", "PHOTO 2 - logo on lid", "PHOTO 3 - base / wall"]):
        x = 12 + i * 63
        pdf.rect(x, y, 58, 38)
        pdf.set_xy(x, y + 16)
        pdf.set_font("lib", "", 8)
        pdf.cell(58, 5, lab, align="C")
    pdf.set_xy(10, y + 42)
    pdf.set_font("lib", "", 9)
    pdf.multi_cell(0, 5, "Remarks: slight colour variation between batches acceptable if within the "
                         "approved amber range. One sample (S2) to be kept at supplier as sealed golden sample "
                         "封样, one at Hearthside.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y = pdf.get_y()
    pdf.set_font("lib", "B", 9)
    pdf.set_xy(12, y)
    pdf.cell(90, 5, "Approved (buyer): Megan Troy, Hearthside Goods LLC")
    pdf.cell(0, 5, "Supplier QC: 周凯茜 Cathy Zhou")
    pdf.image(str(signature_png(11)), x=12, y=y + 6, w=45)
    pdf.image(str(signature_png(12)), x=102, y=y + 6, w=45)
    pdf.set_font("lib", "", 9)
    pdf.set_xy(12, y + 24)
    pdf.cell(90, 5, "Date: 01/20/2026    Result: APPROVED")
    pdf.cell(0, 5, "Date: 01/20/2026")
    fp_save(pdf, c / "sample" / "Golden Sample Approval HG-AJ8.pdf")

    # --- PI and PI-R1 (Excel -> LibreOffice PDF) --------------------------
    def pi(no, date, city_line, stamp, remark):
        excel_pi_pdf(c / "pi" / f"PI-{no}.pdf", dict(
            font="宋体", creator="jingcheng-PC", sheet="形式发票",
            widths=[6, 13, 40, 12, 14, 16],
            letterhead=[("徐州晶诚玻璃制品有限公司", 17, True),
                        ("XUZHOU JINGCHENG GLASS PRODUCTS CO., LTD.", 12, True),
                        ("地址：江苏省徐州市铜山区利国镇工业园区8号", 8.5, False),
                        ("Add: No. 8 Industrial Park, Liguo Town, Tongshan District, Xuzhou, Jiangsu 221000, China",
                         8.5, False),
                        ("Tel: +86-516-8702 3315   E-mail: cathy@jc-glassware.com   统一社会信用代码: "
                         "91320312MA1XK7T45Q", 8.5, False)],
            title="形式发票  PROFORMA INVOICE",
            split=3,
            buyer_block=["买方 Buyer: HEARTHSIDE GOODS LLC", "1420 SE Division St,", city_line,
                         "Attn: Ms. Megan Troy"],
            meta=[("发票号 PI No.:", no), ("日期 Date:", date), ("订单号 PO:", "HG-PO-2602"),
                  ("备注 Rev.:", remark)],
            columns=["序号\nNo.", "货号\nItem No.", "品名及描述\nDescription", "数量\nQty",
                     "单价\nUnit Price", "金额\nAmount"],
            rows=[[1, "HG-AJ8", "8oz 琥珀色玻璃蜡烛杯+竹盖(含硅胶圈)\nAmber glass candle jar with bamboo lid\n"
                                "Ø75×H90mm, 240ml, 镭射logo on lid", "3,000 PCS", "USD 1.26",
                   f"USD {money(total)}"]],
            total_rows=[[("合计 TOTAL  FOB 上海", 3), "3,000 PCS", "", f"USD {money(total)}"]],
            say=say_usd(total),
            terms_title="条款 TERMS",
            terms=[("价格条款 Price term", "FOB 上海"),
                   ("付款方式 Payment", "定金30% 尾款70%见提单副本"),
                   ("交期 Delivery", "收到定金后35天"),
                   ("包装 Packing", "每只EPE珍珠棉套，24只/箱（带隔板），五层瓦楞纸箱 48×32×22cm，共125箱"),
                   ("唛头 Shipping mark", "HEARTHSIDE / HG-PO-2602 / HG-AJ8 / 24PCS / C/NO.1-125 / MADE IN CHINA"),
                   ("验货 Inspection", "出货前客户验货 AQL 2.5/4.0"),
                   ("检测 Test", "Prop 65 铅镉检测报告 (SGS)")],
            bank_title="银行资料 BANK INFORMATION",
            bank=[("收款人 Beneficiary", "XUZHOU JINGCHENG GLASS PRODUCTS CO., LTD."),
                  ("开户行 Bank", "中国银行徐州分行 / BANK OF CHINA, XUZHOU BRANCH"),
                  ("银行地址 Bank add.", "No. 40 Huaihai East Road, Xuzhou, Jiangsu, China"),
                  ("SWIFT", "BKCHCNBJ940"),
                  ("账号 A/C No.", "486175203319")],
            sign=[("买方确认 Buyer confirm:", "卖方(盖章) Seller (company chop):"),
                  ("", "周凯茜 Cathy Zhou")],
            chop=("徐州晶诚玻璃制品有限公司", "合同专用章")), stamp)

    pi("JC260205", "2026-02-05", "Portand, OR 97220, USA", "20260205031500", "—")
    pi("JC260205-R1", "2026-02-06", "Portland, OR 97202, USA", "20260206011000", "R1 修改买方地址 buyer address")

    # --- WeChat (supplier side export, Chinese UI) -------------------------
    M, Ca = "Megan Troy (Hearthside)", "周凯茜 Cathy"
    msgs = [
        (dt("2026-01-12 09:58:10"), None, "你已添加了Megan Troy (Hearthside)，现在可以开始聊天了。"),
        (dt("2026-01-12 10:02:41"), Ca, "Hi Megan, nice to meet you. 报价单已发您邮箱，8oz amber jar with bamboo lid USD1.26/pc FOB Shanghai"),
        (dt("2026-01-12 10:02:55"), Ca, "[文件] JC-Q260112 报价单 Hearthside.xlsx"),
        (dt("2026-01-12 22:14:03"), M, "Thanks Cathy! For the first order it would be 3k pcs. Lead time?"),
        (dt("2026-01-13 08:31:27"), Ca, "3k pcs no problem 👌 交期35天 after deposit"),
        (dt("2026-01-16 23:05:12"), M, "We accept quote JC-Q260112. Please send 3 samples with logo to Portland by DHL, account no. in email"),
        (dt("2026-01-17 09:12:40"), Ca, "好的 will send on Monday"),
        (dt("2026-01-20 20:41:09"), M, "Samples arrived and approved, all 3 within spec. Signed golden sample form is in your inbox."),
        (dt("2026-01-20 20:41:30"), M, "[图片]"),
        (dt("2026-01-21 08:50:02"), Ca, "太好了 thank you Megan! We keep S2 as sealed sample"),
        (dt("2026-02-05 11:22:18"), Ca, "Megan, PI attached pls check"),
        (dt("2026-02-05 11:22:31"), Ca, "[文件] PI-JC260205.pdf"),
        (dt("2026-02-05 23:48:51"), M, "Hi Cathy, the city is misspelled in the buyer address: Portland, and ZIP is 97202 not 97220. Rest is fine."),
        (dt("2026-02-06 09:03:44"), Ca, "sorry！马上改"),
        (dt("2026-02-06 09:10:05"), None, "\"周凯茜 Cathy\" 撤回了一条消息"),
        (dt("2026-02-06 09:10:37"), Ca, "[文件] PI-JC260205-R1.pdf"),
        (dt("2026-02-06 09:11:02"), Ca, "R1 only address changed, others same"),
        (dt("2026-02-06 22:30:19"), M, "Perfect. 30% deposit USD 1,134.00 sent today, slip below"),
        (dt("2026-02-06 22:30:40"), M, "[图片]"),
        (dt("2026-02-09 10:05:33"), Ca, "收到定金，谢谢！production start this week"),
        (dt("2026-03-10 16:18:27"), Ca, "Megan goods ready, 125 ctns packed. 验货时间？"),
        (dt("2026-03-10 16:18:50"), Ca, "[视频] 0:24"),
        (dt("2026-03-11 00:02:14"), M, "Inspector will come March 13."),
        (dt("2026-03-14 01:15:48"), M, "Inspection passed 👍 please book the vessel and send B/L copy once loaded"),
        (dt("2026-03-14 08:40:11"), Ca, "[动画表情]"),
    ]
    write_text(c / "chat" / "微信聊天记录_Megan Troy (Hearthside).txt",
               wechat_a("Megan Troy (Hearthside)", "2026-03-20 18:02:37", msgs))

    write_case(name, dict(
        order_id="HG-PO-2602",
        buyer=["Hearthside Goods LLC", "Megan Troy", "Megan", "Megan Troy (Hearthside)"],
        supplier=["Xuzhou Jingcheng Glass Products Co., Ltd.", "徐州晶诚玻璃制品有限公司", "Jingcheng Glass",
                  "Cathy Zhou", "周凯茜", "Cathy", "周凯茜 Cathy"],
        tolerances={"dimensions": "±1.5 mm", "weight": "±5%", "capacity": "±5%"}),
        {"verdict": "RELEASE", "expected": [],
         "description": "Clean order: bilingual Excel PI and R1 that only fixes the buyer address; heavy notation noise."},
        """
Clean order, nothing planted -> RELEASE, expected [].
PI-JC260205 is superseded by PI-JC260205-R1, which only corrects the buyer's city/ZIP (history, not a conflict).
Noise that must NOT be flagged: "3k pcs" (chat) vs "3,000 PCS"; "FOB 上海" vs "FOB Shanghai"; "定金30% 尾款70%见提单副本"
vs "30% deposit, 70% against B/L copy"; "收到定金后35天" vs "35 days after deposit"; PI capacity "240ml" vs spec
"8 fl oz (237 ml) ±5%"; golden sample 75.6/89.2 mm, 214 g, 242 ml (inside tolerance); bank name in both scripts;
琥珀色 = amber; the recalled WeChat message; "Inspection passed" in chat (no [release] in order.toml).
""")


# ==========================================================================
# 02  boar-bristle paddle brush: CLEAN, quote v1 superseded by v2 (accepted in
#     chat), key/value bilingual PI (ReportLab), iPhone WhatsApp (en-GB)
# ==========================================================================

def case02():
    name = "02-paddle-brush-clean-quote-v2"
    c = CASES / name
    qty, price = 2500, D("2.15")
    total = qty * price
    dep, bal = total * D("0.30"), total * D("0.70")
    assert (money(total), money(dep), money(bal)) == ("5,375.00", "1,612.50", "3,762.50")
    assert 41 * 60 + 40 == qty

    # --- spec (ReportLab, Helvetica; Danish buyer) --------------------------
    st = rl_styles("Helvetica", "Helvetica-Bold", 9.5)
    story = [
        Paragraph("NORDLYS CARE ApS", ParagraphStyle("x", fontName="Helvetica-Bold", fontSize=17, leading=20)),
        Paragraph("Refshalevej 147, 1432 København K, Denmark · CVR 41 22 87 90 · product@nordlyscare.dk", st["s"]),
        Spacer(1, 8),
        Paragraph("Product specification — NC-HB02 Paddle Brush, beech / boar bristle", st["hl"]),
        Paragraph("Version 1.3 · 28 January 2026 · status: APPROVED FOR PRODUCTION", st["n"]),
        Spacer(1, 8),
        rl_grid([["#", "Attribute", "Requirement", "Tol."],
                 ["1", "Body & handle", "FSC® 100% beech wood, one piece, natural oil finish (no lacquer, no stain)", "—"],
                 ["2", "Bristles", "Natural boar bristle mixed with nylon pins, pins with ball tips", "—"],
                 ["3", "Cushion", "Natural rubber air cushion, black", "—"],
                 ["4", "Overall size", "235 x 75 x 40 mm (L x W x H)", "±2 mm"],
                 ["5", "Weight", "95 g", "±5 %"],
                 ["6", "Colour", "Natural beech (wood not stained); cushion black", "visual"],
                 ["7", "Logo", "Laser engraved NORDLYS, back of head, centred, 40 x 8 mm", "±1 mm"],
                 ["8", "Certification", "FSC 100% — supplier states its FSC chain-of-custody code on the PI", "—"],
                 ["9", "Unit packaging", "Kraft paper box with window, 1-colour print, EAN-13 sticker on end flap", "—"],
                 ["10", "Master carton", "60 pcs/ctn, 5-ply export carton 52 x 40 x 35 cm, max 15 kg", "—"],
                 ["11", "Carton marks", "NORDLYS / NC-HB02 / 60 PCS / C/NO. / MADE IN CHINA", "—"],
                 ["12", "Inspection", "Pre-shipment inspection, ISO 2859-1 level II, AQL 2.5 major / 4.0 minor", "—"]],
                [9, 34, 118, 16], "Helvetica", 9, bold="Helvetica-Bold"),
        Spacer(1, 10),
        Paragraph("Price, payment and delivery are not part of this specification; see the supplier quotation "
                  "accepted by Nordlys Care.", st["n"]),
        Spacer(1, 18),
        Paragraph("Approved: Freja Holm, Head of Product, Nordlys Care ApS — 28.01.2026", st["b"]),
    ]
    rl_build(c / "spec" / "NC-HB02_spec_v1.3.pdf", story, "NC-HB02 specification v1.3", "Freja Holm",
             footer="Nordlys Care ApS · NC-HB02 specification v1.3 · confidential")

    # --- quotes v1 (superseded) and v2 (accepted) -------------------------
    def quote(fname, qno, date, moq, unit_price, lead, when, remark):
        quote_xlsx(c / "quotes" / fname, dict(
            when=when, creator="Echo", font="Arial", sheet="QUOTATION", head_fill="DDEBF7",
            widths=[5, 14, 13, 40, 11, 13], landscape=False,
            letterhead=[("NINGBO YINZHOU MEIXIN BRUSH CO., LTD.", 14, True),
                        ("宁波市鄞州美馨刷业有限公司", 12, True),
                        ("No. 88 Gaoqiao Industrial Zone, Yinzhou, Ningbo 315171, China · +86 574 8812 6630", 9, False)],
            title="QUOTATION " + remark,
            meta=[("Quotation No.", qno), ("Date", date), ("Customer", "Nordlys Care ApS, Ms. Freja Holm"),
                  ("Valid", "30 days")],
            columns=["No.", "Picture", "Model", "Description", "MOQ", "Price USD/pc\nFOB Ningbo"],
            rows=[[1, "", "NC-HB02", "Beech wood paddle brush, boar bristle + nylon pins, black rubber cushion, "
                                    "natural oil finish, laser logo, 235x75x40mm, approx. 95g, FSC 100% beech",
                   moq, unit_price]],
            photo_col=1, photo_labels=["NC-HB02 paddle brush"],
            terms_title="Terms",
            terms=[("Price term", "FOB Ningbo"),
                   ("Payment", "T/T 30% deposit, 70% balance before shipment"),
                   ("Lead time", lead),
                   ("Packing", "Kraft window box each, 60pcs/ctn, 5-ply 52x40x35cm"),
                   ("FSC", "FSC 100% beech, CoC code SGSHK-COC-330045")],
            footer=["Echo Xu 徐艳 · Sales Manager · WhatsApp +86 139 5742 0187"]))

    quote("MX-Q-2601-18.xlsx", "MX-Q-2601-18", "2026-01-19", "2000pcs", 2.35, "45 days after deposit",
          "2026-01-19T01:30:00Z", "")
    quote("MX-Q-2601-18 v2.xlsx", "MX-Q-2601-18 v2", "2026-01-21", "2500pcs", 2.15, "40 days after deposit",
          "2026-01-21T02:05:00Z", "(v2)")

    # --- sample approval form (DOCX with photo placeholders) -------------
    d = new_docx(font="Arial", size=10)
    para(d, "Nordlys Care ApS — SAMPLE APPROVAL FORM", bold=True, size=14)
    docx_table(d, [["Form no.", "SAF-2026-004", "Date", "30.01.2026"],
                   ["Product", "NC-HB02 Paddle Brush", "Supplier", "Ningbo Yinzhou Meixin Brush Co., Ltd."],
                   ["Sample type", "Pre-production / golden sample", "Qty received", "2 pcs"]],
               header=False, widths_cm=[3, 5.5, 3, 5.5])
    para(d, "")
    para(d, "Measurements (sample 1 / sample 2)", bold=True)
    docx_table(d, [["Check", "Spec", "Sample 1", "Sample 2", "OK?"],
                   ["Length (mm)", "235 ±2", "236.0", "234.2", "yes"],
                   ["Width (mm)", "75 ±2", "74.5", "75.8", "yes"],
                   ["Height (mm)", "40 ±2", "40.8", "39.6", "yes"],
                   ["Weight (g)", "95 ±5%", "97.2", "93.9", "yes"],
                   ["Logo position", "centred, 40 x 8", "ok", "ok", "yes"],
                   ["Wood finish", "natural oil, no stain", "ok", "ok", "yes"]],
               widths_cm=[4, 4, 3, 3, 2.5])
    para(d, "")
    para(d, "Photos", bold=True)
    ph = docx_table(d, [["[photo: top view]", "[photo: side view]", "[photo: logo close-up]"],
                   ["IMG_2231.jpg", "IMG_2232.jpg", "IMG_2236.jpg"]], header=False,
               widths_cm=[5.6, 5.6, 5.6])
    ph.rows[0].height = Cm(3.4)   # photo placeholder boxes
    para(d, "")
    para(d, "Decision:  ☒ Approved   ☐ Approved with comments   ☐ Rejected", bold=True)
    para(d, "Comments: bristle density good, pins well anchored. Keep sample 1 as reference.")
    para(d, "")
    para(d, "Signature:")
    d.add_picture(str(signature_png(21)), width=Cm(4.5))
    para(d, "Freja Holm, Head of Product — 30.01.2026")
    docx_save(d, c / "sample" / "SAF-2026-004 NC-HB02 signed.docx", "2026-01-30T13:20:00Z", "Freja Holm",
              "Sample approval form")

    # --- PI (ReportLab, key/value block, bilingual, WQY) -------------------
    st = rl_styles("WQY", "WQY", 9.5)
    head = [
        Paragraph("宁波市鄞州美馨刷业有限公司", ParagraphStyle("h1", fontName="WQY", fontSize=16, leading=20,
                                                        alignment=TA_CENTER)),
        Paragraph("NINGBO YINZHOU MEIXIN BRUSH CO., LTD.", ParagraphStyle("h2", fontName="WQY", fontSize=11.5,
                                                                          leading=14, alignment=TA_CENTER)),
        Paragraph("No. 88 Gaoqiao Industrial Zone, Yinzhou, Ningbo 315171, China  Tel +86 574 8812 6630", st["c"]),
        Spacer(1, 6),
        Paragraph("PROFORMA INVOICE 形式发票", st["h"]),
        Spacer(1, 6),
    ]
    kv = [("PI No. 发票号", "MX-PI-260210"), ("Date 日期", "2026-02-10"),
          ("Buyer 买方", "NORDLYS CARE ApS\nRefshalevej 147, 1432 København K, Denmark\nAttn: Ms. Freja Holm"),
          ("Ref. 参考", "Quotation MX-Q-2601-18 v2"),
          ("Item 货号", "NC-HB02"),
          ("Description 品名", "Beech wood paddle brush, boar bristle + nylon pins, black cushion 榉木气囊梳"),
          ("Wood 木材", "FSC 100% beech, natural oil 天然木蜡油, no stain"),
          ("Size 尺寸", "23.5*7.5*4cm"),
          ("Logo", "laser NORDLYS on back 背面镭射"),
          ("Quantity 数量", "2500pcs"),
          ("Unit price 单价", "USD2.15/PC FOB NINGBO"),
          ("Amount 金额", f"USD{money(total)}"),
          ("", say_usd(total)),
          ("Payment 付款", f"30% deposit by T/T (USD{money(dep)}), 70% balance (USD{money(bal)}) before shipment"),
          ("Delivery 交期", "40天 (after deposit and artwork confirmed)"),
          ("Packing 包装", "each pc in kraft window box 牛皮开窗盒, 60pcs/ctn, 52*40*35cm 5层, 42ctns (last ctn 40pcs)"),
          ("FSC", "FSC 100%, CoC code SGSHK-COC-330045"),
          ("Inspection 验货", "AQL 2.5/4.0 Level II before shipment"),
          ]
    bank = [("Beneficiary 收款人", "NINGBO YINZHOU MEIXIN BRUSH CO., LTD."),
            ("Bank 开户行", "BANK OF NINGBO, YINZHOU SUB-BRANCH 宁波银行鄞州支行"),
            ("Bank address", "No. 1188 Siming East Road, Yinzhou, Ningbo, China"),
            ("SWIFT", "BKNBCN2N"),
            ("A/C No. 账号", "5101 0122 0003 18876")]
    story = head + [rl_kv(kv, [38, 140], "WQY", 9.5, lines=True), Spacer(1, 8),
                    Paragraph("BANK DETAILS 银行信息", st["hl"]), rl_kv(bank, [38, 140], "WQY", 9.5),
                    Spacer(1, 10),
                    Table([[Paragraph("Buyer signature 买方签字:", st["n"]),
                            Paragraph("Seller 卖方 (company chop 公章):<br/>Echo Xu 徐艳", st["n"])],
                           ["", RLImage(str(chop_png("宁波市鄞州美馨刷业有限公司")), 28 * mm, 28 * mm)]],
                          colWidths=[90 * mm, 88 * mm])]
    rl_build(c / "pi" / "PI MX-PI-260210.pdf", story, "PI MX-PI-260210", "Echo", footer="MX-PI-260210",
             footer_font="WQY")

    # --- WhatsApp, iPhone, en-GB ---------------------------------------------
    E, F = "Echo Meixin Brush", "Freja Holm"
    msgs = [
        (dt("2026-01-19 08:02:11"), E, E2E_IOS_EN),
        (dt("2026-01-19 08:02:11"), E, "Good morning Freja, this is Echo from Meixin. Quotation for the paddle brush sent to your email"),
        (dt("2026-01-19 08:02:40"), E, "\u200eMX-Q-2601-18.xlsx • \u200e1 page \u200edocument omitted"),
        (dt("2026-01-20 14:17:05"), F, "Thanks Echo. 2.35 is above our target. What can you do at 2,500 pcs?"),
        (dt("2026-01-21 09:40:52"), E, "For 2500pcs we can do USD2.15, lead time 40 days. I send v2 now"),
        (dt("2026-01-21 09:41:20"), E, "\u200eMX-Q-2601-18 v2.xlsx • \u200e1 page \u200edocument omitted"),
        (dt("2026-01-21 16:02:33"), F, "v2 accepted 👍 Please go ahead with the final samples."),
        (dt("2026-01-30 12:55:01"), F, "Samples approved, signed form emailed. Both inside tolerance."),
        (dt("2026-01-30 12:56:44"), F, "Could you make it 35 days instead of 40? We have a launch on 1 April."),
        (dt("2026-01-31 08:11:16"), E, "Sorry dear, bristle supplier needs time, 40 days is the fastest 🙏"),
        (dt("2026-01-31 09:20:48"), F, "OK understood, 40 days then."),
        (dt("2026-02-10 10:03:27"), E, "PI attached pls check"),
        (dt("2026-02-10 10:03:31"), E, "\u200ePI MX-PI-260210.pdf • \u200e1 page \u200edocument omitted"),
        (dt("2026-02-10 15:48:09"), F, "Received. The wood stays natural, no stain, right?"),
        (dt("2026-02-10 15:52:40"), E, "Yes natural oil only, same as sample"),
        (dt("2026-02-11 11:30:12"), F, "Deposit USD 1,612.50 paid today."),
        (dt("2026-02-11 11:30:15"), F, "\u200eimage omitted"),
        (dt("2026-03-17 07:45:59"), E, "Production finished, 42 cartons. Inspection booked 19 March"),
        (dt("2026-03-20 13:06:21"), F, "Inspection report is fine. Balance will be paid today."),
        (dt("2026-03-20 13:07:02"), E, "Thank you Freja ❤️"),
    ]
    write_text(c / "chat" / "WhatsApp Chat - Echo Meixin Brush" / "_chat.txt", wa_ios(msgs, "gb"))

    write_case(name, dict(
        order_id="NC-2603-HB",
        buyer=["Nordlys Care ApS", "Freja Holm", "Freja"],
        supplier=["Ningbo Yinzhou Meixin Brush Co., Ltd.", "宁波市鄞州美馨刷业有限公司", "Meixin Brush",
                  "Echo Xu", "徐艳", "Echo", "Echo Meixin Brush"],
        tolerances={"dimensions": "±2 mm", "weight": "±5%"}),
        {"verdict": "RELEASE", "expected": [],
         "description": "Clean order: accepted quote v2 supersedes v1; key/value bilingual PI matches it."},
        """
Clean order, nothing planted -> RELEASE, expected [].
Quote MX-Q-2601-18 (USD 2.35, MOQ 2000, 45 days) is superseded by v2 (USD 2.15, 2,500 pcs, 40 days), which the buyer
accepts in WhatsApp ("v2 accepted"); the PI matches v2. v1 is history and must NOT give conflicts with the PI.
Not an approval of anything: the buyer's question "Could you make it 35 days instead of 40?" (refused, then "40 days then").
Noise: PI is a key/value block (no item table), "USD2.15/PC", "2500pcs", "23.5*7.5*4cm" = 235 x 75 x 40 mm, "40天",
sample 236.0 x 74.5 x 40.8 mm / 97.2 g (in tolerance), "2 pcs" sampled; account number with spaces.
""")


# ==========================================================================
# 03  cast-iron skillets, 3 SKUs: CLEAN with [release] inspection = passed and
#     a passed PSI report; XLSX spec, fpdf2 bilingual PI, Android WhatsApp (en-AU)
# ==========================================================================

SKILLETS = [  # sku, inch, dia mm, depth mm, weight kg, qty, price, pcs/ctn, carton
    ("IBK-SK08", 8, 203, 45, "1.55", 600, D("3.85"), 6, "45 x 25 x 26 cm"),
    ("IBK-SK10", 10, 254, 51, "2.30", 800, D("5.20"), 4, "55 x 29 x 18 cm"),
    ("IBK-SK12", 12, 305, 56, "3.20", 400, D("6.90"), 4, "62 x 34 x 19 cm"),
]


def case03():
    name = "03-cast-iron-skillet-3sku-clean-inspected"
    c = CASES / name
    total = sum(q * p for *_, q, p, _n, _c in SKILLETS)
    dep, bal = total * D("0.30"), total * D("0.70")
    assert (money(total), money(dep), money(bal)) == ("9,230.00", "2,769.00", "6,461.00")
    ctns = [q // n for *_, q, _p, n, _c in SKILLETS]
    assert ctns == [100, 200, 100] and all(q % n == 0 for *_, q, _p, n, _c in SKILLETS)

    # --- spec (XLSX, Australian buyer, two sheets) ----------------------------
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Product spec"
    hdr = Font(name="Calibri", bold=True, size=11)
    rows = [
        ["IRONBARK KITCHEN PTY LTD — PRODUCT SPECIFICATION", "", "", ""],
        ["Range: Pre-seasoned cast iron skillets   Spec ref: IBK-SPEC-SK-02   Date: 27/01/2026", "", "", ""],
        [],
        ["Attribute", "IBK-SK08 (8 inch)", "IBK-SK10 (10 inch)", "IBK-SK12 (12 inch)"],
        ["Material", "Grey cast iron HT150, pre-seasoned with 100% vegetable oil (no PFAS, no PTFE)", "same", "same"],
        ["Top diameter (outer rim)", "203 mm", "254 mm", "305 mm"],
        ["Depth (inside)", "45 mm", "51 mm", "56 mm"],
        ["Dimension tolerance", "±2 mm", "±2 mm", "±2 mm"],
        ["Net weight", "1.55 kg", "2.30 kg", "3.20 kg"],
        ["Weight tolerance", "±5%", "±5%", "±5%"],
        ["Finish / colour", "Matte black seasoning, even, no bare spots", "same", "same"],
        ["Logo", "IRONBARK cast into base (debossed), Ø 60 mm", "Ø 70 mm", "Ø 80 mm"],
        ["Food contact", "LFGB + FDA food-contact test report (SGS), per SKU", "same", "same"],
        ["Order quantity (PO IBK-PO-0318)", "600 pcs", "800 pcs", "400 pcs"],
        [],
        ["Inspection: third-party pre-shipment inspection, ISO 2859-1 General II, AQL 0 critical / 2.5 major / "
         "4.0 minor. The PI must state this inspection clause. Balance is released only after the inspection "
         "report is PASSED.", "", "", ""],
        ["Commercial terms: as per Ruifeng quotation RF-Q-260126 (accepted by Ironbark 29/01/2026).", "", "", ""],
        ["Approved by Tom Whitlock, Ironbark Kitchen, 27/01/2026", "", "", ""],
    ]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCD", (30, 42, 24, 24)):
        ws.column_dimensions[col].width = w
    for cell in ws[4]:
        cell.font = hdr
    ws["A1"].font = Font(name="Calibri", bold=True, size=14)
    for row in ws.iter_rows(min_row=4, max_row=14):
        for cell in row:
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r in (1, 2, 16, 17, 18):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[16].height = 45
    ws2 = wb.create_sheet("Packaging")
    for r in [["SKU", "Inner pack", "Pcs/ctn", "Master carton", "Carton marks"],
              ["IBK-SK08", "Brown box with full-colour sleeve", 6, "5-ply, 45 x 25 x 26 cm",
               "IRONBARK / IBK-PO-0318 / SKU / QTY / C/NO. / MADE IN CHINA"],
              ["IBK-SK10", "Brown box with full-colour sleeve", 4, "5-ply, 55 x 29 x 18 cm", "same"],
              ["IBK-SK12", "Brown box with full-colour sleeve", 4, "5-ply, 62 x 34 x 19 cm", "same"]]:
        ws2.append(r)
    for col, w in zip("ABCDE", (12, 34, 9, 26, 58)):
        ws2.column_dimensions[col].width = w
    for cell in ws2[1]:
        cell.font = hdr
    xl_save(wb, c / "spec" / "IBK-SPEC-SK-02 skillets.xlsx", "2026-01-27T04:10:00Z", "Tom Whitlock")

    # --- quote (XLSX) ---------------------------------------------------
    quote_xlsx(c / "quotes" / "RF-Q-260126 Ironbark.xlsx", dict(
        when="2026-01-26T06:00:00Z", creator="ruifeng01", font="Arial", sheet="报价 Quote",
        widths=[5, 13, 12, 38, 10, 12], head_fill="E2EFDA", item_height=60,
        letterhead=[("HEBEI ZHENGDING RUIFENG CAST IRON PRODUCTS CO., LTD.", 13, True),
                    ("河北正定瑞丰铸铁制品有限公司", 12, True),
                    ("Xinchengpu Industrial Area, Zhengding County, Shijiazhuang, Hebei 050800, China", 9, False)],
        title="QUOTATION 报价单",
        meta=[("Quote No.", "RF-Q-260126"), ("Date", "2026-01-26"), ("To", "Ironbark Kitchen Pty Ltd, Mr. Tom Whitlock"),
              ("Valid until", "2026-02-28")],
        columns=["No.", "Photo", "Item", "Description", "Qty", "USD/pc FOB Tianjin"],
        rows=[[i + 1, "", sku, f"{inch} inch pre-seasoned cast iron skillet, Ø{dia}mm, depth {dep_}mm, "
                                f"{w}kg, cast logo, brown box + colour sleeve, {n}pcs/ctn", q, float(p)]
              for i, (sku, inch, dia, dep_, w, q, p, n, _c) in enumerate(SKILLETS)],
        photo_col=1, photo_labels=[f"{s[1]} inch skillet" for s in SKILLETS],
        terms=[("Price term", "FOB Tianjin"), ("Payment", "30% deposit by T/T, 70% against copy of B/L"),
               ("Lead time", "45 days after deposit"), ("Test", "LFGB + FDA report by SGS included"),
               ("Inspection", "3rd party PSI welcome, AQL 2.5/4.0")],
        footer=["Helen Zhao 赵海燕  Export Dept.  helen@ruifeng-castiron.com"]))

    # --- golden sample record (ReportLab, Liberation Serif) --------------------
    st = rl_styles("LibSerif", "LibSerif-Bold", 10)
    story = [Paragraph("Ironbark Kitchen — Golden Sample Record", st["h"]), Spacer(1, 4),
             Paragraph("Ref GSR-IBK-SK-01 · checked 03/02/2026 at Ironbark, Alexandria NSW · 1 sample per SKU", st["c"]),
             Spacer(1, 10),
             rl_grid([["SKU", "Top Ø (mm)", "Depth (mm)", "Weight (kg)", "Seasoning", "Logo", "Result"],
                      ["IBK-SK08", "203.8 (203 ±2)", "45.6 (45 ±2)", "1.58 (1.55 ±5%)", "even", "ok", "APPROVED"],
                      ["IBK-SK10", "253.1 (254 ±2)", "51.4 (51 ±2)", "2.36 (2.30 ±5%)", "even", "ok", "APPROVED"],
                      ["IBK-SK12", "305.9 (305 ±2)", "55.2 (56 ±2)", "3.27 (3.20 ±5%)", "even", "ok", "APPROVED"]],
                     [22, 28, 26, 28, 22, 14, 24], "LibSerif", 9.5, bold="LibSerif-Bold"),
             Spacer(1, 10),
             Table([[RLImage(str(photo_png(f"{s[1]} inch - top")), 52 * mm, 36 * mm) for s in SKILLETS],
                    [Paragraph(f"Photo {i + 1}: {s[0]} top view", st["c"]) for i, s in enumerate(SKILLETS)]],
                   colWidths=[58 * mm] * 3),
             Spacer(1, 10),
             Paragraph("Samples are sealed and kept by Ironbark (1 pc each) and Ruifeng (1 pc each). "
                       "Production to match these samples.", st["n"]),
             Spacer(1, 14),
             Table([[Paragraph("Approved: Tom Whitlock (Ironbark)", st["n"]),
                     Paragraph("Acknowledged: Helen Zhao (Ruifeng)", st["n"])],
                    [RLImage(str(signature_png(31)), 40 * mm, 12 * mm), RLImage(str(signature_png(32)), 40 * mm, 12 * mm)],
                    [Paragraph("03/02/2026", st["n"]), Paragraph("04/02/2026", st["n"])]],
                   colWidths=[85 * mm, 85 * mm])]
    rl_build(c / "sample" / "GSR-IBK-SK-01 golden samples.pdf", story, "Golden sample record", "Tom Whitlock",
             footer="GSR-IBK-SK-01", footer_font="LibSerif")

    # --- PI (fpdf2, bilingual table) -----------------------------------------
    pdf = FP(footer_text="RF-2026-0219")
    pdf.add_page()
    pdf.set_font("droid", "", 14)   # pure-CJK line: set the CJK font explicitly
    pdf.cell(0, 7, "河北正定瑞丰铸铁制品有限公司", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("lib", "B", 13)
    pdf.cell(0, 7, "HEBEI ZHENGDING RUIFENG CAST IRON PRODUCTS CO., LTD.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("lib", "", 8.5)
    pdf.cell(0, 5, "Xinchengpu Industrial Area, Zhengding County, Shijiazhuang, Hebei 050800, China  "
                   "Tel: +86 311 8803 5127", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 0, 0)
    pdf.line(10, pdf.get_y() + 1, 200, pdf.get_y() + 1)
    pdf.ln(4)
    pdf.set_font("lib", "B", 15)
    pdf.cell(0, 8, "PROFORMA INVOICE 形式发票", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_font("lib", "", 9)
    pdf.multi_cell(110, 5, "TO 买方: IRONBARK KITCHEN PTY LTD\n12 Euston Road, Alexandria NSW 2015, Australia\n"
                           "Attn: Mr. Tom Whitlock", new_x="RIGHT", new_y="TOP")
    pdf.set_xy(125, y)
    pdf.multi_cell(75, 5, "PI NO.: RF-2026-0219\nDATE 日期: 2026-02-19\nPO NO.: IBK-PO-0318\n"
                          "QUOTE: RF-Q-260126", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("lib", "", 8.5)
    with pdf.table(col_widths=(9, 22, 71, 20, 27, 31), text_align=("CENTER", "CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   line_height=5) as t:
        r = t.row()
        for h in ("No.\n序号", "Item 货号", "Description 品名规格", "Qty 数量", "Unit Price\n单价 (USD)", "Amount\n金额 (USD)"):
            r.cell(h)
        for i, (sku, inch, dia, dep_, w, q, p, n, _c) in enumerate(SKILLETS):
            r = t.row()
            r.cell(str(i + 1))
            r.cell(sku)
            r.cell(f"{inch}寸 铸铁煎锅 {inch}\" pre-seasoned skillet\nØ{dia / 10:.1f}cm x {dep_}mm, {int(D(w) * 1000)}g, "
                   f"cast logo 底部铸字")
            r.cell(f"{q:,} PCS")
            r.cell(f"{p:.2f}")
            r.cell(money(q * p))
        r = t.row()
        r.cell("")
        r.cell("TOTAL 合计 FOB 天津", colspan=2)
        r.cell(f"{sum(s[5] for s in SKILLETS):,} PCS")
        r.cell("")
        r.cell(money(total))
    pdf.set_font("lib", "B", 9)
    pdf.cell(0, 7, say_usd(total), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.kv([("Price term 价格条款", "FOB 天津 TIANJIN, CHINA"),
            ("Payment 付款方式", "定金30% 尾款70%见提单副本 (T/T)"),
            ("Lead time 交期", "45天 after deposit"),
            ("Packing 包装", "brown box + colour sleeve per pc; 8\": 6pcs/ctn 45*25*26cm, 100 ctns; "
                            "10\": 4pcs/ctn 55*29*18cm, 200 ctns; 12\": 4pcs/ctn 62*34*19cm, 100 ctns; "
                            "all 5-ply export cartons"),
            ("Inspection 验货", "3rd party PSI, ISO 2859-1 General II, AQL 0/2.5/4.0; balance after report PASSED"),
            ("Test 检测", "LFGB + FDA food contact (SGS), each size"),
            ], w1=45, h=5, font=("lib", 8.8))
    pdf.ln(3)
    pdf.set_font("lib", "B", 9.5)
    pdf.cell(0, 6, "BANK INFORMATION 银行信息", new_x="LMARGIN", new_y="NEXT")
    pdf.kv([("Beneficiary", "HEBEI ZHENGDING RUIFENG CAST IRON PRODUCTS CO., LTD."),
            ("Bank", "Industrial and Commercial Bank of China, Zhengding Sub-branch 中国工商银行正定支行"),
            ("SWIFT", "ICBKCNBJHEB"),
            ("A/C No.", "0402 0217 0930 0045 612")], w1=45, h=5, font=("lib", 8.8))
    pdf.ln(8)
    pdf.set_font("lib", "", 9)
    y = pdf.get_y()
    pdf.cell(95, 5, "Buyer 买方: ____________________")
    pdf.cell(0, 5, "Seller 卖方 (chop): Helen Zhao 赵海燕", new_x="LMARGIN", new_y="NEXT")
    pdf.image(str(chop_png("河北正定瑞丰铸铁制品有限公司", "公章")), x=128, y=y - 12, w=32)
    fp_save(pdf, c / "pi" / "PI RF-2026-0219.pdf")

    # --- inspection report (ReportLab, Times) -------------------------------
    st = rl_styles("Times-Roman", "Times-Bold", 9.5)
    story = [Paragraph("HARBOURLINE QC SERVICES (TIANJIN) CO., LTD.", st["hl"]),
             Paragraph("Pre-Shipment Inspection Report · Report No. HQ-PSI-260402-017", st["n"]),
             Spacer(1, 6),
             rl_kv([("Client", "Ironbark Kitchen Pty Ltd"), ("Supplier / factory", "Hebei Zhengding Ruifeng Cast Iron Products Co., Ltd."),
                    ("PO", "IBK-PO-0318 (PI RF-2026-0219)"), ("Inspection date", "2 April 2026"),
                    ("Inspector", "Li Wei (HQ-0413)"),
                    ("Standard", "ISO 2859-1, General Inspection Level II, single sampling"),
                    ("AQL", "Critical 0 · Major 2.5 · Minor 4.0"),
                    ("Lot", "1,800 pcs (600 + 800 + 400), 400 cartons, 100% produced, 100% packed")],
                   [42, 130], "Times-Roman", 9.5, bold="Times-Bold"),
             Spacer(1, 8),
             Paragraph("Overall result: PASSED", ParagraphStyle("res", fontName="Times-Bold", fontSize=13, leading=16,
                                                                textColor=colors.HexColor("#137333"))),
             Spacer(1, 6),
             rl_grid([["Section", "Result", "Remarks"],
                      ["Quantity", "Pass", "600 / 800 / 400 pcs, 100 / 200 / 100 ctns as per PI"],
                      ["Workmanship (sample size 125, code K)", "Pass", "Critical 0 (Ac 0) · Major 2 (Ac 7/Re 8) · Minor 5 (Ac 10/Re 11)"],
                      ["Dimensions", "Pass", "Ø 203.5 / 254.6 / 304.4 mm avg., depth within ±2 mm"],
                      ["Weight", "Pass", "1.57 / 2.33 / 3.18 kg avg. (spec ±5%)"],
                      ["Seasoning / finish", "Pass", "Even matte black, no bare spots, no rust"],
                      ["Logo", "Pass", "Cast IRONBARK logo clear on all samples"],
                      ["Packing & marks", "Pass", "Brown box + sleeve, 5-ply cartons, marks as specified"],
                      ["Carton drop test", "Pass", "ISTA 1A, 1 carton per SKU"]],
                     [55, 18, 102], "Times-Roman", 9, bold="Times-Bold"),
             Spacer(1, 8),
             Paragraph("Defects found: 2 major (IBK-SK10: 1 pc seasoning drip on rim; IBK-SK12: 1 pc rough casting "
                       "edge at handle), 5 minor (light scratches on sleeve). Defective pcs replaced by factory.", st["n"]),
             Spacer(1, 12),
             Paragraph("Inspector: Li Wei · Reviewed: Zhang Min, Operations Manager · Issued 3 April 2026", st["n"])]
    rl_build(c / "inspection" / "HQ-PSI-260402-017 Ironbark.pdf", story, "PSI report HQ-PSI-260402-017",
             "Harbourline QC", footer="HQ-PSI-260402-017 · Harbourline QC Services", footer_font="Times-Roman")

    # --- WhatsApp Android, en-AU -----------------------------------------------
    H, T = "Helen Ruifeng", "Tom Whitlock"
    msgs = [
        (dt("2026-01-26 14:02"), None, E2E_EN),
        (dt("2026-01-26 14:02"), H, "Hi Tom, Helen from Ruifeng. Quotation RF-Q-260126 sent to your email, 3 sizes"),
        (dt("2026-01-26 14:03"), H, "<Media omitted>"),
        (dt("2026-01-27 09:35"), T, "Thanks Helen. Can you do 6 pcs per carton for the 10 inch too?"),
        (dt("2026-01-27 10:12"), H, "10 inch is 2.3kg each, 6pcs too heavy for the carton. 4pcs/ctn is safer"),
        (dt("2026-01-27 10:40"), T, "ok keep 4 per carton then"),
        (dt("2026-01-29 16:21"), T, "Quote RF-Q-260126 accepted: 600 / 800 / 400 pcs. Please send golden samples."),
        (dt("2026-02-03 17:05"), T, "Golden samples approved, record attached"),
        (dt("2026-02-03 17:05"), T, "<Media omitted>"),
        (dt("2026-02-19 11:47"), H, "PI RF-2026-0219 attached, pls check 😊"),
        (dt("2026-02-19 11:47"), H, "<Media omitted>"),
        (dt("2026-02-19 20:30"), T, "All good. Deposit AUD... sorry, USD 2,769.00 sent today"),
        (dt("2026-02-20 08:02"), H, "This message was deleted"),
        (dt("2026-02-20 08:03"), H, "Received with thanks"),
        (dt("2026-03-30 15:18"), H, "Tom all goods packed, 400 ctns. Inspection 2nd April ok?"),
        (dt("2026-03-30 19:44"), T, "Yes, Harbourline will come on 2 April"),
        (dt("2026-04-03 18:10"), T, "Report HQ-PSI-260402-017 is PASSED. Balance USD 6,461.00 will go out Monday."),
        (dt("2026-04-03 18:15"), H, "Great news, thank you Tom 🙏"),
    ]
    write_text(c / "chat" / "WhatsApp Chat with Helen Ruifeng.txt", wa_android_au(msgs))

    write_case(name, dict(
        order_id="IBK-PO-0318",
        buyer=["Ironbark Kitchen Pty Ltd", "Tom Whitlock", "Tom"],
        supplier=["Hebei Zhengding Ruifeng Cast Iron Products Co., Ltd.", "河北正定瑞丰铸铁制品有限公司",
                  "Ruifeng Cast Iron", "Helen Zhao", "赵海燕", "Helen", "Helen Ruifeng"],
        required_on_pi=["inspection"],
        release={"inspection": "passed"},
        tolerances={"dimensions": "±2 mm", "weight": "±5%"}),
        {"verdict": "RELEASE", "expected": [],
         "description": "Clean 3-SKU order; [release] inspection = passed is met by a PASSED PSI report."},
        """
Clean 3-SKU order (IBK-SK08/10/12), nothing planted -> RELEASE, expected []. [release] inspection = "passed" is met
by inspection/HQ-PSI-260402-017 (Overall result: PASSED), so it must not hold the order.
Noise: spec is an XLSX with SKUs as columns and a second Packaging sheet; PI "Ø20.3cm" / "1550g" vs spec 203 mm / 1.55 kg;
8" = 203 mm; "FOB 天津" vs "FOB Tianjin"; "定金30% 尾款70%见提单副本" vs "30% deposit, 70% against copy of B/L"; "45天";
golden-sample values (203.8 mm, 3.27 kg ...) inside tolerance; the buyer's question "6 pcs per carton for the 10 inch?"
is refused and he confirms "keep 4" (no change); the "Deposit AUD... sorry, USD" slip; required_on_pi inspection is on the PI.
""")


# ==========================================================================
# 04  corner shower caddy: PI silently switches SS304 -> 201; the chat holds a
#     question, a deferral, an objection and an "ok received" -- no approval
# ==========================================================================

def case04():
    name = "04-shower-caddy-201-not-approved"
    c = CASES / name
    qty, price = 1500, D("3.20")
    total = qty * price
    dep, bal = total * D("0.30"), total * D("0.70")
    assert (money(total), money(dep), money(bal)) == ("4,800.00", "1,440.00", "3,360.00")
    ctns = math.ceil(qty / 8)
    assert ctns == 188 and 187 * 8 + 4 == qty

    # --- spec (DOCX, US buyer) -----------------------------------------
    d = new_docx(font="Arial", size=10)
    para(d, "BRIGHTWATER BATH CO.", bold=True, size=15, color="1F4E79", space_after=0)
    para(d, "2208 E Cesar Chavez St, Austin, TX 78702 · (512) 555-0142", size=8.5)
    para(d, "Product Specification Sheet", bold=True, size=13)
    docx_table(d, [["Item #", "BW-CC3", "Description", "3-Tier Corner Shower Caddy, wire"],
                   ["Spec rev.", "B", "Date", "01/21/2026"],
                   ["Vendor", "Jiangmen Xinhui Haoyu Hardware Products Co., Ltd.", "Buyer", "Daniel Okafor"]],
               header=False, widths_cm=[2.4, 6.4, 2.6, 5.6])
    para(d, "")
    docx_table(d, [
        ["Section", "Requirement"],
        ["Material", "304 stainless steel (18/8) wire throughout: Ø 5.0 mm frame wire, Ø 3.0 mm shelf wire. "
                     "No 201, 202 or 430 grade permitted."],
        ["Finish", "Brushed, then electropolished (satin). No sharp wire ends; all welds ground smooth."],
        ["Color", "Natural stainless (silver)"],
        ["Overall dimensions", "280 x 280 x 620 mm (W x D x H), tolerance ±3 mm"],
        ["Weight", "1.45 kg ±5%"],
        ["Logo", "Laser-etched BRIGHTWATER on top hook plate, 35 x 5 mm"],
        ["Corrosion test", "48 h neutral salt spray (ASTM B117): no red rust"],
        ["Inner pack", "PE bag + brown mailer box with color label (4C, 100 x 70 mm)"],
        ["Master carton", "8 pcs/ctn, 5-ply export carton, 64 x 32 x 50 cm"],
        ["Marks", "BRIGHTWATER / BW-CC3 / PO BW-0412 / 8 PCS / CTN NO. / MADE IN CHINA"],
        ["Inspection", "Pre-shipment AQL 2.5 major / 4.0 minor, General II; magnet test + handheld XRF grade check "
                       "on 5 pcs"],
    ], widths_cm=[3.6, 13.4])
    para(d, "")
    para(d, "Commercial terms follow Haoyu quotation HY-Q-20260115 as accepted by Brightwater on 01/16/2026.")
    para(d, "Approved: Daniel Okafor, Sourcing Lead — 01/21/2026", italic=True)
    docx_save(d, c / "spec" / "BW-CC3 Spec Sheet Rev B.docx", "2026-01-21T20:15:00Z", "Daniel Okafor",
              "BW-CC3 spec")

    # --- quote (XLSX) --------------------------------------------------------
    quote_xlsx(c / "quotes" / "HY-Q-20260115 Brightwater.xlsx", dict(
        when="2026-01-15T03:20:00Z", creator="Sunny", font="Calibri", sheet="Quotation",
        widths=[5, 14, 12, 40, 11, 13], item_height=70,
        letterhead=[("JIANGMEN XINHUI HAOYU HARDWARE PRODUCTS CO., LTD.", 13, True),
                    ("江门市新会区浩宇五金制品有限公司", 12, True),
                    ("No. 6 Jinguo Road, Siqian Town, Xinhui District, Jiangmen, Guangdong 529156, China", 9, False)],
        title="QUOTATION",
        meta=[("No.", "HY-Q-20260115"), ("Date", "Jan. 15, 2026"), ("Messrs", "Brightwater Bath Co. / Mr. Daniel Okafor"),
              ("Validity", "30 days")],
        columns=["No.", "Photo", "Item No.", "Description", "Qty", "Unit price\nUSD FOB GZ"],
        rows=[[1, "", "BW-CC3", "3 tier corner shower caddy, SUS304 wire Ø5.0/Ø3.0mm, brushed + electropolish, "
                                "280x280x620mm, 1.45kg, laser logo, PE bag + mailer box", "1,500pcs", "USD3.2/PC"]],
        photo_col=1, photo_labels=["BW-CC3 caddy"],
        terms=[("Price term", "FOB Guangzhou"), ("Payment", "30% deposit, 70% balance before shipment by T/T"),
               ("Lead time", "35 days after deposit"), ("Packing", "8pcs/ctn, 5 ply 64*32*50cm"),
               ("Remark", "Price based on SUS304 price of Jan 2026")],
        footer=["Sunny Liang 梁晓晴  |  sunny@haoyu-hardware.com  |  +86 750 6318 229"]))

    # --- golden sample record (ReportLab) ------------------------------------
    st = rl_styles("WQY", "WQY", 9)
    story = [Paragraph("封样记录 GOLDEN SAMPLE RECORD", st["h"]), Spacer(1, 4),
             Paragraph("Jiangmen Xinhui Haoyu Hardware Products Co., Ltd. · Customer: Brightwater Bath Co.", st["c"]),
             Spacer(1, 8),
             rl_kv([("Item", "BW-CC3 3-tier corner shower caddy"), ("Sample date", "2026-02-02"),
                    ("Samples", "2 pcs sealed (1 Brightwater, 1 factory)"),
                    ("Witness", "Kevin Tran, Brightwater QC agent (Shenzhen)")], [35, 140], "WQY", 9),
             Spacer(1, 6),
             rl_grid([["Check", "Spec", "Measured", "Result"],
                      ["W x D x H (mm)", "280 x 280 x 620 ±3", "281 x 279 x 618", "OK"],
                      ["Weight (kg)", "1.45 ±5%", "1.47", "OK"],
                      ["Frame / shelf wire Ø", "5.0 / 3.0 mm", "5.02 / 3.01 mm", "OK"],
                      ["Grade (handheld XRF)", "SS304", "Cr 18.3% Ni 8.05% Mn 1.1% → 304", "OK"],
                      ["Magnet test", "non-magnetic", "non-magnetic", "OK"],
                      ["Salt spray 48 h", "no red rust", "no red rust (report SS-260128)", "OK"],
                      ["Logo", "35 x 5 mm on hook plate", "ok", "OK"]],
                     [45, 45, 60, 20], "WQY", 8.8),
             Spacer(1, 8),
             Table([[RLImage(str(photo_png("BW-CC3 front")), 50 * mm, 34 * mm),
                     RLImage(str(photo_png("XRF reading")), 50 * mm, 34 * mm),
                     RLImage(str(photo_png("sealed sample tag")), 50 * mm, 34 * mm)]], colWidths=[56 * mm] * 3),
             Spacer(1, 10),
             Table([[Paragraph("Approved 批准: Daniel Okafor (Brightwater)", st["n"]),
                     Paragraph("QC 品管: 何伟明 / Sunny Liang", st["n"])],
                    [RLImage(str(signature_png(41)), 40 * mm, 12 * mm), RLImage(str(signature_png(42)), 40 * mm, 12 * mm)],
                    [Paragraph("2026-02-02 (via agent)", st["n"]), Paragraph("2026-02-02", st["n"])]],
                   colWidths=[88 * mm, 88 * mm])]
    rl_build(c / "sample" / "BW-CC3 golden sample record.pdf", story, "Golden sample BW-CC3", "Haoyu QC",
             footer="BW-CC3 封样记录", footer_font="WQY")

    # --- PI (ReportLab table, English with Chinese name) --------------------
    st = rl_styles("LibSans", "LibSans-Bold", 9)
    story = [Table([[RLImage(str(photo_png("HY logo")), 18 * mm, 14 * mm),
                     [Paragraph("JIANGMEN XINHUI HAOYU HARDWARE PRODUCTS CO., LTD.", st["hl"]),
                      Paragraph("江门市新会区浩宇五金制品有限公司", ParagraphStyle("cn", fontName="WQY", fontSize=11, leading=14)),
                      Paragraph("No. 6 Jinguo Road, Siqian Town, Xinhui District, Jiangmen, Guangdong 529156, China · "
                                "Tel +86 750 6318 229", st["s"])]]],
                   colWidths=[22 * mm, 156 * mm]),
             Spacer(1, 6), Paragraph("PROFORMA INVOICE", st["h"]), Spacer(1, 6),
             Table([[Paragraph("<b>Buyer:</b> BRIGHTWATER BATH CO.<br/>2208 E Cesar Chavez St, Austin, TX 78702, USA"
                               "<br/>Attn: Daniel Okafor", st["n"]),
                     Paragraph("<b>PI No.:</b> HY260216<br/><b>Date:</b> Feb. 16, 2026<br/><b>PO:</b> BW-0412", st["n"])]],
                   colWidths=[110 * mm, 68 * mm]),
             Spacer(1, 6),
             rl_grid([["No.", "Item No.", "Description", "Qty", "Unit Price", "Amount"],
                      ["1", "BW-CC3", "3 tier corner shower caddy\nMaterial: 201 S/S wire Ø5.0/Ø3.0mm\n"
                                      "brushed + electropolish, 280*280*620mm\nlaser logo BRIGHTWATER",
                       "1,500 PCS", "USD3.20/PC", f"USD{money(total)}"],
                      ["", "", "TOTAL FOB GUANGZHOU", "1,500 PCS", "", f"USD{money(total)}"]],
                     [11, 18, 70, 22, 27, 30], "LibSans", 8.8, bold="LibSans-Bold", align_right_cols=(3, 4, 5)),
             Spacer(1, 3), Paragraph(say_usd(total), st["b"]), Spacer(1, 8),
             rl_kv([("Price term:", "FOB Guangzhou"),
                    ("Payment:", f"T/T 30% deposit USD{money(dep)}, balance 70% USD{money(bal)} before shipment"),
                    ("Lead time:", "35 days after receipt of deposit"),
                    ("Packing:", "PE bag + brown mailer box with color label, 8pcs/ctn, 5 ply 64*32*50cm, 188 ctns"),
                    ("Inspection:", "AQL 2.5/4.0 by buyer before shipment"),
                    ("Shipping mark:", "BRIGHTWATER / BW-CC3 / PO BW-0412 / 8 PCS / CTN NO. / MADE IN CHINA")],
                   [30, 148], "LibSans", 9, bold="LibSans-Bold"),
             Spacer(1, 8), Paragraph("BANK INFORMATION", st["b"]),
             rl_kv([("Beneficiary:", "JIANGMEN XINHUI HAOYU HARDWARE PRODUCTS CO., LTD."),
                    ("Bank:", "BANK OF CHINA, JIANGMEN XINHUI SUB-BRANCH"),
                    ("Bank add.:", "No. 23 Huicheng Zhongxing Road, Xinhui, Jiangmen, Guangdong"),
                    ("SWIFT:", "BKCHCNBJ43A"), ("A/C No.:", "6835 7729 1046")],
                   [30, 148], "LibSans", 9, bold="LibSans-Bold"),
             Spacer(1, 12),
             Table([[Paragraph("Confirmed by buyer:", st["n"]), Paragraph("JIANGMEN XINHUI HAOYU HARDWARE PRODUCTS CO., LTD.", st["n"])],
                    ["", RLImage(str(chop_png("江门市新会区浩宇五金制品有限公司")), 27 * mm, 27 * mm)],
                    ["", Paragraph("Sunny Liang", st["n"])]], colWidths=[90 * mm, 88 * mm])]
    rl_build(c / "pi" / "PI-HY260216.pdf", story, "PI HY260216", "Sunny", pagesize=letter)

    # --- WhatsApp, iPhone, en-US --------------------------------------------
    S, Dn = "Sunny Haoyu", "Daniel Okafor"
    msgs = [
        (dt("2026-01-15 10:02:13"), S, E2E_IOS_EN),
        (dt("2026-01-15 10:02:13"), S, "Hi Daniel, Sunny from Haoyu Hardware. Quotation HY-Q-20260115 in your email 😊"),
        (dt("2026-01-16 09:47:50"), Dn, "Looks fine. We accept USD 3.20 for 1,500 pcs, FOB Guangzhou. Please proceed with the golden sample."),
        (dt("2026-02-02 18:20:05"), Dn, "Golden sample approved, Kevin signed the record on our side."),
        (dt("2026-02-09 11:05:41"), S, "Daniel, stainless steel price increase a lot after new year, 304 cost up 12%. "
                                       "Our boss ask if you can accept 201, after polish look same"),
        (dt("2026-02-09 21:13:27"), Dn, "Can you do 201 cheaper? What would the price be with the same finish?"),
        (dt("2026-02-10 08:40:02"), S, "201 we can do USD2.95/pc, same finish"),
        (dt("2026-02-10 09:15:36"), Dn, "Let me check with my boss."),
        (dt("2026-02-11 17:52:10"), Dn, "No, keep 304 please. Our retailer checks grade with XRF and runs salt spray. "
                                         "Price stays 3.20 as agreed."),
        (dt("2026-02-11 18:01:44"), S, "ok understood 👌"),
        (dt("2026-02-16 14:30:12"), S, "Dear Daniel PI attached pls check"),
        (dt("2026-02-16 14:30:20"), S, "\u200ePI-HY260216.pdf • \u200e1 page \u200edocument omitted"),
        (dt("2026-02-16 22:09:33"), Dn, "ok received"),
        (dt("2026-02-18 10:26:05"), Dn, "30% deposit USD 1,440.00 sent, wire confirmation below"),
        (dt("2026-02-18 10:26:09"), Dn, "\u200eimage omitted"),
        (dt("2026-03-18 16:44:58"), S, "Goods finished, packing this week"),
        (dt("2026-03-18 16:45:03"), S, "\u200eimage omitted"),
        (dt("2026-03-18 16:45:04"), S, "\u200eimage omitted"),
    ]
    write_text(c / "chat" / "WhatsApp Chat - Sunny Haoyu" / "_chat.txt", wa_ios(msgs, "us"))

    write_case(name, dict(
        order_id="BW-0412",
        buyer=["Brightwater Bath Co.", "Daniel Okafor", "Daniel", "Dan"],
        supplier=["Jiangmen Xinhui Haoyu Hardware Products Co., Ltd.", "江门市新会区浩宇五金制品有限公司",
                  "Haoyu Hardware", "Sunny Liang", "梁晓晴", "Sunny", "Sunny Haoyu"],
        tolerances={"dimensions": "±3 mm", "weight": "±5%"}),
        {"verdict": "HOLD",
         "expected": [{"field": "material", "status": "undocumented_change", "min_severity": "high"}],
         "description": "PI says 201 S/S; spec, quote and golden sample say 304; chat has no approval."},
        """
Planted: spec, accepted quote and golden sample (XRF -> 304) say 304 stainless steel; PI-HY260216 says "201 S/S wire"
at the unchanged price USD3.20/PC -> material undocumented_change (high), HOLD.
The chat must NOT be read as approval: "Can you do 201 cheaper?" (question), "Let me check with my boss." (deferral),
"No, keep 304 please." (objection), "ok received" to the PI (receipt only).
Noise that must NOT be flagged: price stays 3.20 (quote "USD3.2/PC"; the 2.95 offer for 201 was never accepted); "FOB GZ";
"280*280*620mm"; 188 ctns (last one with 4 pcs); sample 281 x 279 x 618 mm, 1.47 kg (inside tolerance); US Letter page.
""")


# ==========================================================================
# 05  beeswax wrap set: white card box -> kraft box, agreed only in WeChat by
#     the buyer in Chinese ("好的，同意改成牛皮纸盒") -> chat_only
# ==========================================================================

def case05():
    name = "05-beeswax-wrap-kraft-box-wechat-cn"
    c = CASES / name
    qty, price = 2000, D("3.20")
    total = qty * price
    dep, bal = total * D("0.30"), total * D("0.70")
    assert (money(total), money(dep), money(bal)) == ("6,400.00", "1,920.00", "4,480.00")
    assert qty // 100 == 20

    # --- spec (DOCX -> PDF via LibreOffice; Canadian buyer) -------------------
    d = new_docx(font="Georgia", size=10)
    para(d, "Maple & Moss Trading Inc.", bold=True, size=16, color="2E5E3E", space_after=0)
    para(d, "Unit 210 – 1122 Mainland St, Vancouver, BC V6B 5L1, Canada", size=8.5)
    para(d, "SPECIFICATION  ·  MM-BW3 Beeswax Food Wrap, Set of 3", bold=True, size=12.5)
    para(d, "Document MM-SP-BW3 · Version 2 · 9 February 2026 · Owner: Winnie Lam", size=9)
    docx_table(d, [
        ["Ref", "Attribute", "Requirement"],
        ["1", "Fabric", "100% organic cotton (GOTS certified), 40s plain weave, pinked (zig-zag) edges"],
        ["2", "Coating", "Beeswax, organic jojoba oil and tree resin; no paraffin, no synthetic wax"],
        ["3", "Sizes in set", "S 18 x 20 cm, M 25 x 28 cm, L 33 x 35 cm (tolerance ±5 mm)"],
        ["4", "Print", "'Fern' pattern, Pantone 364 C on natural ground, per artwork MM-BW3-ART-02"],
        ["5", "Food contact", "Test report to EU 1935/2004 / LFGB (coated fabric), issued within 12 months"],
        ["6", "Unit packaging", "White card box, 350 g C1S, 4-colour print per artwork MM-BW3-BOX-01, "
                                "1 set per box, with paper insert card"],
        ["7", "Master carton", "100 sets per carton, 5-ply, 50 x 30 x 35 cm"],
        ["8", "Carton marks", "MAPLE & MOSS / MM-BW3 / 100 SETS / C/NO. / MADE IN CHINA"],
        ["9", "Inspection", "AQL 2.5 major / 4.0 minor, General II, before balance payment"],
    ], widths_cm=[1.2, 3.4, 12.4])
    para(d, "")
    para(d, "Price, payment and lead time: Qingmu quotation QM-Q260203 accepted on 3 February 2026.", size=9.5)
    para(d, "Approved — Winnie Lam 林慧珊, Owner, 9 Feb 2026", italic=True)
    src = BUILD / "MM-SP-BW3 v2.docx"
    docx_save(d, src, "2026-02-09T18:00:00Z", "Winnie Lam", "MM-SP-BW3")
    lo_pdf(src, c / "spec" / "MM-SP-BW3 v2.pdf", "20260209180500")

    # --- quote (XLSX, bilingual) ----------------------------------------------
    quote_xlsx(c / "quotes" / "QM-Q260203 Maple&Moss.xlsx", dict(
        when="2026-02-03T02:10:00Z", creator="郑浩", font="微软雅黑", sheet="Sheet1",
        widths=[5, 14, 12, 40, 10, 14], item_height=72, head_fill="FFF2CC",
        letterhead=[("金华青木家居用品有限公司", 15, True),
                    ("JINHUA QINGMU HOUSEHOLD PRODUCTS CO., LTD.", 11, True),
                    ("浙江省金华市婺城区白龙桥镇临江工业园 Linjiang Industrial Park, Bailongqiao, Wucheng, Jinhua, Zhejiang", 8.5, False)],
        title="报价单 QUOTATION",
        meta=[("编号 No.", "QM-Q260203"), ("日期 Date", "2026-02-03"), ("客户 Client", "Maple & Moss Trading Inc. 林小姐"),
              ("有效期 Valid", "30 days")],
        columns=["序号", "图片 Photo", "货号 Item", "描述 Description", "数量 Qty", "单价 Price"],
        rows=[[1, "", "MM-BW3", "蜂蜡保鲜布3件套 Beeswax wrap set of 3 (S 18x20, M 25x28, L 33x35cm)\n"
                                "GOTS organic cotton, Fern print PMS 364C\n白卡彩盒 white card colour box",
               "2,000 sets", "$3.20 per set"]],
        photo_col=1, photo_labels=["MM-BW3 set"],
        terms=[("价格条款 Term", "FOB Ningbo"), ("付款 Payment", "30% deposit, 70% before shipment"),
               ("交期 Lead time", "30 days"), ("包装 Packing", "100 sets/ctn, 5-ply 50*30*35cm"),
               ("测试 Test", "LFGB report available")],
        footer=["联系人 Contact: 郑浩 Zheng Hao  微信 WeChat: zhenghao_qm"]))

    # --- sample confirmation (DOCX, bilingual) ---------------------------------
    d = new_docx(font="Arial", size=10)
    para(d, "样品确认单  SAMPLE CONFIRMATION", bold=True, size=14, align="center")
    docx_table(d, [["客户 Customer", "Maple & Moss Trading Inc.", "工厂 Factory", "金华青木家居用品有限公司"],
                   ["货号 Item", "MM-BW3 beeswax wrap set of 3", "日期 Date", "2026-02-12"],
                   ["样品数量 Qty", "3 sets", "编号 Ref", "QM-S-0212"]], header=False, widths_cm=[3, 5.2, 3, 5.8])
    para(d, "")
    docx_table(d, [["项目 Check", "要求 Spec", "实测 Measured", "结果 Result"],
                   ["S 尺寸 size", "18 x 20 cm ±5 mm", "180 x 199 mm", "OK"],
                   ["M 尺寸 size", "25 x 28 cm ±5 mm", "252 x 281 mm", "OK"],
                   ["L 尺寸 size", "33 x 35 cm ±5 mm", "331 x 347 mm", "OK"],
                   ["印刷颜色 Print colour", "PMS 364 C", "matches swatch", "OK"],
                   ["蜡层 Coating", "even, no paraffin smell", "ok", "OK"],
                   ["包装 Box", "white card box 4C", "pre-production proof ok", "OK"]],
               widths_cm=[4, 4.6, 4.6, 2.4])
    para(d, "")
    ph = docx_table(d, [["[照片 Photo 1: set unfolded]", "[照片 Photo 2: print close-up]", "[照片 Photo 3: box proof]"]],
               header=False, widths_cm=[5.6, 5.6, 5.6])
    ph.rows[0].height = Cm(3.4)   # photo placeholder boxes
    para(d, "")
    para(d, "确认结果 Result:  ☒ 合格 Approved   ☐ 不合格 Rejected", bold=True)
    para(d, "客户签字 Customer signature:")
    d.add_picture(str(signature_png(51)), width=Cm(4.2))
    para(d, "Winnie Lam 林慧珊   2026-02-12")
    para(d, "工厂 Factory: 郑浩 Zheng Hao   2026-02-12")
    docx_save(d, c / "sample" / "样品确认单 MM-BW3 signed.docx", "2026-02-12T10:30:00Z", "郑浩", "样品确认单")

    # --- PI (Excel -> LibreOffice PDF) -----------------------------------------
    excel_pi_pdf(c / "pi" / "PI-QM260223.pdf", dict(
        font="微软雅黑", creator="郑浩", sheet="PI", head_fill="FFF2CC", size=9.5,
        widths=[5, 12, 42, 12, 14, 15],
        letterhead=[("金华青木家居用品有限公司", 16, True),
                    ("JINHUA QINGMU HOUSEHOLD PRODUCTS CO., LTD.", 11.5, True),
                    ("Linjiang Industrial Park, Bailongqiao Town, Wucheng District, Jinhua, Zhejiang 321000, China", 8.5, False),
                    ("Tel: +86 579 8231 6608   WeChat: zhenghao_qm", 8.5, False)],
        title="PROFORMA INVOICE 形式发票",
        split=3,
        buyer_block=["TO: MAPLE & MOSS TRADING INC.", "Unit 210 – 1122 Mainland St,", "Vancouver, BC V6B 5L1, Canada",
                     "Attn: Ms. Winnie Lam 林小姐"],
        meta=[("PI NO.", "QM260223"), ("DATE", "2026-02-23"), ("REF.", "QM-Q260203"), ("", "")],
        columns=["No.", "货号 Item", "描述 Description", "数量 Qty", "单价 Price", "金额 Amount"],
        rows=[[1, "MM-BW3", "蜂蜡保鲜布3件套 Beeswax wrap set of 3\nS 18x20 / M 25x28 / L 33x35cm\n"
                            "GOTS organic cotton, Fern print PMS 364C", "2,000 SETS", "USD3.20/SET",
               f"USD{money(total)}"]],
        total_rows=[[("TOTAL 合计", 3), "2,000 SETS", "", f"USD{money(total)}"]],
        say=say_usd(total),
        terms=[("价格条款 Price term", "FOB NINGBO 宁波"),
               ("付款方式 Payment", "定金30%，尾款70%发货前付清 (30% deposit, 70% before shipment)"),
               ("交期 Lead time", "30天 30 days after deposit"),
               ("内包装 Inner packing", "牛皮纸盒 kraft paper box, printed as approved artwork, 1 set/box with insert card"),
               ("外箱 Carton", "100套/箱 100 sets/ctn, 五层 5-ply 50*30*35cm, 20 ctns"),
               ("唛头 Marks", "MAPLE & MOSS / MM-BW3 / 100 SETS / C/NO. / MADE IN CHINA"),
               ("检测 Test", "LFGB food contact report"),
               ("验货 Inspection", "AQL 2.5/4.0 before balance")],
        bank=[("Beneficiary 收款人", "JINHUA QINGMU HOUSEHOLD PRODUCTS CO., LTD."),
              ("Bank 银行", "CHINA CONSTRUCTION BANK, JINHUA WUCHENG SUB-BRANCH 中国建设银行金华婺城支行"),
              ("SWIFT", "PCBCCNBJZJX"),
              ("Account 账号", "3305 0167 6200 0000 0813")],
        bank_title="BANK INFO 银行信息",
        sign=[("BUYER:", "SELLER: 金华青木家居用品有限公司"), ("", "郑浩")],
        chop=("金华青木家居用品有限公司", "合同专用章")), "20260223013000")

    # --- WeChat (buyer side, PC client copy, Chinese UI) -----------------------
    Z, W = "郑浩 小郑", "林慧珊 Winnie"
    msgs = [
        (dt("2026-02-03 10:21"), Z, "Winnie你好，报价单发你邮箱了，也发一份在这里"),
        (dt("2026-02-03 10:21"), Z, "[文件] QM-Q260203 Maple&Moss.xlsx"),
        (dt("2026-02-03 21:40"), W, "收到。价格OK，3.2美元/套，2000套，FOB宁波没问题，就按这个报价做"),
        (dt("2026-02-04 09:02"), Z, "好的👌 样品下周寄出"),
        (dt("2026-02-12 16:15"), W, "样品收到了，三个尺寸都量过，确认OK。签好的确认单发你邮箱了"),
        (dt("2026-02-12 16:16"), W, "[图片]"),
        (dt("2026-02-20 11:03"), Z, "Winnie，跟你商量个事：白卡纸最近纸厂缺货，要等两周。内盒可以改成牛皮纸盒吗？"
                                    "价格不变，印刷还是按原稿，更环保一点"),
        (dt("2026-02-20 11:04"), Z, "[图片]"),
        (dt("2026-02-20 11:04"), Z, "[图片]"),
        (dt("2026-02-20 14:37"), W, "我看一下照片"),
        (dt("2026-02-20 15:10"), W, "好的，同意改成牛皮纸盒。交期还是30天吧？"),
        (dt("2026-02-20 15:12"), Z, "对的，30天不变"),
        (dt("2026-02-20 15:12"), None, "\"郑浩 小郑\" 撤回了一条消息"),
        (dt("2026-02-23 09:46"), Z, "PI发你了，请查收"),
        (dt("2026-02-23 09:46"), Z, "[文件] PI-QM260223.pdf"),
        (dt("2026-02-23 13:20"), W, "收到，定金下午付"),
        (dt("2026-02-23 17:58"), W, "定金已付 USD1,920.00"),
        (dt("2026-02-23 17:58"), W, "[图片]"),
        (dt("2026-02-24 08:30"), Z, "收到，谢谢！安排生产"),
        (dt("2026-03-20 10:12"), Z, "[视频]"),
        (dt("2026-03-20 10:13"), Z, "大货做好了，20箱，请安排验货"),
    ]
    write_text(c / "chat" / "与郑浩 小郑的聊天记录.txt", wechat_b("郑浩 小郑", msgs))

    write_case(name, dict(
        order_id="MM-2026-007",
        buyer=["Maple & Moss Trading Inc.", "Winnie Lam", "林慧珊", "Winnie", "林慧珊 Winnie", "林小姐"],
        supplier=["Jinhua Qingmu Household Products Co., Ltd.", "金华青木家居用品有限公司", "Qingmu",
                  "Zheng Hao", "郑浩", "小郑", "郑浩 小郑"],
        tolerances={"dimensions": "±5 mm"}),
        {"verdict": "REVIEW",
         "expected": [{"field": "packaging.inner", "status": "chat_only", "min_severity": "medium"}],
         "description": "Inner box white card -> kraft, agreed by the buyer in a Chinese WeChat message only."},
        """
Planted: spec unit packaging "White card box, 350 g C1S, 4-colour print"; PI-QM260223 says "牛皮纸盒 kraft paper box,
printed as approved artwork". The buyer's own WeChat message "好的，同意改成牛皮纸盒" (2026-02-20 15:10) is the only
agreement -> packaging.inner chat_only (medium), REVIEW.
Noise that must NOT be flagged: "$3.20 per set" / "3.2美元/套" / "USD3.20/SET"; "FOB NINGBO 宁波"; "30天" vs "30 days";
"定金30%，尾款70%发货前付清"; carton 100 sets, 5-ply 50*30*35cm unchanged; sample 180 x 199 / 252 x 281 / 331 x 347 mm
inside ±5 mm; "我看一下照片" (deferral before the real agreement); recalled message; WeChat copy with date dividers.
""")


# ==========================================================================
# 06  magnetic acrylic frame: PI-R1 changes only the beneficiary to a trading
#     company (same bank, SWIFT, account); "财务要求更换收款公司"; never approved
# ==========================================================================

def case06():
    name = "06-acrylic-frame-beneficiary-trading-co"
    c = CASES / name
    qty, price = 4000, D("2.60")
    total = qty * price
    dep, bal = total * D("0.30"), total * D("0.70")
    assert (money(total), money(dep), money(bal)) == ("10,400.00", "3,120.00", "7,280.00")
    assert qty // 20 == 200
    FACTORY = "SHENZHEN LONGGANG JIARUI ACRYLIC PRODUCTS CO., LTD."
    TRADING = "SHENZHEN JIARUI TRADING CO., LTD."

    # --- spec / product brief (fpdf2, UK buyer) -------------------------------
    pdf = FP(footer_text="Paper Crane Studio - PCS-MF-A4 product brief v2")
    pdf.add_page()
    pdf.set_font("dejavu", "B", 18)
    pdf.cell(0, 10, "paper crane studio", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dejavu", "", 8)
    pdf.cell(0, 4, "Paper Crane Studio Ltd · 41 Hilton Street, Manchester M1 2EE, UK · Company no. 11873402",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("dejavu", "B", 12)
    pdf.cell(0, 7, "Product brief: PCS-MF-A4 magnetic acrylic frame (A4)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dejavu", "", 9)
    pdf.cell(0, 5, "Version 2 · 4 February 2026 · prepared by Oliver Grant", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    rows = [("Construction", "Two clear acrylic (PMMA) panels, 3 mm + 3 mm, held by 4 embedded N35 neodymium "
                             "magnets Ø8 x 2 mm in the corners"),
            ("Outer size", "250 x 337 mm (takes A4 210 x 297 mm), total thickness 6 mm; tolerance ±1 mm"),
            ("Edges", "Diamond polished, corners radius 3 mm"),
            ("Weight", "600 g per frame (±8%)"),
            ("Colour / finish", "Crystal clear, no yellowing; protective film on both sides"),
            ("Logo", "None on product; logo on box sticker only"),
            ("Packaging", "Each frame in a white box with product sticker; 20 pcs per 5-ply carton 35 x 27 x 26 cm"),
            ("Quantity", "4,000 pcs (PO PCS-PO-2026-014)"),
            ("Quality", "AQL 2.5 / 4.0; zero tolerance for scratches inside the viewing area"),
            ("Commercial", "As per Jiarui quotation JR-Q-0202 accepted 3 Feb 2026 (incl. the bank details "
                           "stated there; any change of bank details must be confirmed by phone to Vicky's "
                           "landline from the quotation)")]
    pdf.set_draw_color(180, 180, 180)
    with pdf.table(col_widths=(38, 152), text_align="LEFT", line_height=5.2,
                   borders_layout="HORIZONTAL_LINES") as t:
        for k, v in rows:
            r = t.row()
            pdf.set_font("dejavu", "B", 9)
            r.cell(k)
            pdf.set_font("dejavu", "", 9)
            r.cell(v)
    pdf.ln(6)
    pdf.set_font("dejavu", "", 9)
    pdf.cell(0, 5, "Signed off: Oliver Grant, Director — 04/02/2026", new_x="LMARGIN", new_y="NEXT")
    pdf.image(str(signature_png(61)), x=12, y=pdf.get_y() + 1, w=40)
    fp_save(pdf, c / "spec" / "PCS-MF-A4 product brief v2.pdf")

    # --- quote (Excel -> PDF) with bank details --------------------------------
    quote_xlsx(c / "quotes" / "JR-Q-0202 Paper Crane.pdf", dict(
        when="2026-02-02T03:00:00Z", creator="Vicky", font="Arial", sheet="QUOTE",
        widths=[5, 14, 13, 42, 10, 12], item_height=62, head_fill="D9E1F2",
        letterhead=[("SHENZHEN LONGGANG JIARUI ACRYLIC PRODUCTS CO., LTD.", 13, True),
                    ("深圳市龙岗区嘉瑞亚克力制品有限公司", 12, True),
                    ("Building B, No. 17 Bantian Wuhe Road, Longgang District, Shenzhen 518129 · Tel +86 755 2871 4460", 8.5, False)],
        title="QUOTATION",
        meta=[("Quote No.", "JR-Q-0202"), ("Date", "2026-02-02"), ("To", "Paper Crane Studio Ltd - Oliver Grant"),
              ("Valid", "15 days")],
        columns=["No.", "Picture", "Item", "Description", "Qty", "Price"],
        rows=[[1, "", "PCS-MF-A4", "Magnetic acrylic photo frame A4, clear acrylic 3mm+3mm, 4 magnets N35, "
                                   "250x337mm, diamond polished edge, white box", "4000pcs", "USD2.60/pc"]],
        photo_col=1, photo_labels=["PCS-MF-A4 frame"],
        terms=[("Price term", "FOB Shenzhen"), ("Payment", "30% T/T deposit, 70% before shipment"),
               ("Lead time", "25 days"), ("Packing", "white box, 20pcs/ctn, 35*27*26cm"),
               ("Beneficiary", FACTORY),
               ("Bank", "China Merchants Bank, Shenzhen Buji Sub-branch 招商银行深圳布吉支行"),
               ("SWIFT", "CMBCCNBS"), ("Account", "7559 3264 1810 602")],
        footer=["Vicky Huang 黄薇 · Sales · landline +86 755 2871 4460 ext. 806"]), pdf_stamp="20260202031000")

    # --- PI and PI-R1 (fpdf2) -----------------------------------------------------
    def pi(no, date, beneficiary, fname, note):
        pdf = FP(footer_text=f"PI {no}")
        pdf.add_page()
        pdf.set_font("lib", "B", 14)
        pdf.cell(0, 7, FACTORY, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("droid", "", 12)
        pdf.cell(0, 7, "深圳市龙岗区嘉瑞亚克力制品有限公司", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("lib", "", 8.5)
        pdf.cell(0, 5, "Building B, No. 17 Bantian Wuhe Road, Longgang District, Shenzhen 518129, China", new_x="LMARGIN",
                 new_y="NEXT")
        pdf.set_fill_color(31, 78, 121)
        pdf.rect(10, pdf.get_y() + 1, 190, 1.2, style="F")
        pdf.set_fill_color(221, 232, 244)   # light blue for the table header
        pdf.ln(5)
        pdf.set_font("lib", "B", 16)
        pdf.cell(0, 9, "PROFORMA INVOICE", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("lib", "", 9)
        y = pdf.get_y()
        pdf.multi_cell(105, 5, "Bill to: PAPER CRANE STUDIO LTD\n41 Hilton Street, Manchester M1 2EE, United Kingdom\n"
                               "Contact: Oliver Grant", new_x="RIGHT", new_y="TOP")
        pdf.set_xy(130, y)
        pdf.multi_cell(70, 5, f"PI No.: {no}\nDate: {date}\nYour PO: PCS-PO-2026-014" + (f"\n{note}" if note else ""),
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font("lib", "", 9)
        with pdf.table(col_widths=(10, 26, 76, 24, 24, 30), line_height=5.5,
                       text_align=("CENTER", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT")) as t:
            r = t.row()
            for h in ("No", "Model", "Description", "Quantity", "Unit price", "Amount"):
                r.cell(h)
            r = t.row()
            for v in ("1", "PCS-MF-A4", "Magnetic acrylic frame A4, clear acrylic 3+3mm, 4x N35 magnets, "
                                        "250*337mm, diamond polished", "4,000pcs", "$2.60", f"${money(total)}"):
                r.cell(v)
            r = t.row()
            r.cell("Total FOB Shenzhen", colspan=3)
            r.cell("4,000pcs")
            r.cell("")
            r.cell(f"${money(total)}")
        pdf.set_font("lib", "B", 9)
        pdf.cell(0, 7, say_usd(total), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("lib", "", 9)
        pdf.kv([("Terms of price", "FOB Shenzhen"),
                ("Payment", f"30% deposit (${money(dep)}) by T/T, 70% balance (${money(bal)}) before shipment"),
                ("Delivery", "25 days after deposit"),
                ("Packing", "each in white box with sticker, 20pcs/ctn, 5 ply carton 35*27*26cm, 200 ctns"),
                ("Quality", "AQL 2.5/4.0, no scratch in viewing area")], w1=34, h=5.2, font=("lib", 9))
        pdf.ln(3)
        pdf.set_font("lib", "B", 9.5)
        pdf.cell(0, 6, "Bank details for T/T", new_x="LMARGIN", new_y="NEXT")
        pdf.kv([("Beneficiary", beneficiary),
                ("Bank name", "China Merchants Bank, Shenzhen Buji Sub-branch 招商银行深圳布吉支行"),
                ("Bank address", "No. 28 Buji Road, Longgang District, Shenzhen, China"),
                ("SWIFT code", "CMBCCNBS"),
                ("Account no.", "755932641810602")], w1=34, h=5.2, font=("lib", 9))
        pdf.ln(8)
        y = pdf.get_y()
        pdf.set_font("lib", "", 9)
        pdf.cell(95, 5, "Buyer confirmation: __________________")
        pdf.cell(0, 5, "Seller: Vicky Huang 黄薇", new_x="LMARGIN", new_y="NEXT")
        pdf.image(str(chop_png("深圳市龙岗区嘉瑞亚克力制品有限公司")), x=130, y=y + 4, w=30)
        fp_save(pdf, c / "pi" / fname)

    pi("JR20260209", "09 Feb 2026", FACTORY, "PI-JR20260209.pdf", "")
    pi("JR20260209-R1", "16 Mar 2026", TRADING, "PI-JR20260209-R1.pdf", "Balance due: $7,280.00")

    # --- WeChat (buyer side export, Chinese UI) ----------------------------------
    V, O = "Vicky黄薇-嘉瑞亚克力", "Oliver Grant"
    msgs = [
        (dt("2026-02-02 10:15:02"), V, "Hi Oliver, quotation JR-Q-0202 as attached, USD2.60/pc FOB Shenzhen"),
        (dt("2026-02-02 10:15:09"), V, "[文件] JR-Q-0202 Paper Crane.pdf"),
        (dt("2026-02-03 09:12:44"), O, "Thanks Vicky, we accept the quote for 4,000 pcs. Product brief v2 follows tomorrow."),
        (dt("2026-02-09 15:40:18"), V, "[文件] PI-JR20260209.pdf"),
        (dt("2026-02-09 15:40:30"), V, "PI pls check dear"),
        (dt("2026-02-10 10:05:51"), O, "All fine. Deposit USD 3,120.00 paid today to the account on the PI."),
        (dt("2026-02-10 10:06:03"), O, "[图片]"),
        (dt("2026-03-05 18:22:37"), V, "Oliver goods 80% finished, photos"),
        (dt("2026-03-05 18:22:50"), V, "[图片]"),
        (dt("2026-03-16 11:30:09"), V, "Hi Oliver, goods will finish next week. 财务要求更换收款公司，尾款请付到新PI上的公司 "
                                       "(our finance require to change the receiving company, pls pay balance to the company in new PI)"),
        (dt("2026-03-16 11:30:21"), V, "[文件] PI-JR20260209-R1.pdf"),
        (dt("2026-03-16 19:48:13"), O, "Sorry Vicky, what does this mean? Why is the company name different from the one we paid the deposit to?"),
        (dt("2026-03-16 20:02:55"), V, "是我们的贸易公司 our trading company, same boss, same bank, no problem 😊"),
        (dt("2026-03-16 20:31:40"), O, "I need to check with our accounts team first. We'll get back to you."),
        (dt("2026-03-17 08:15:26"), None, "\"Vicky黄薇-嘉瑞亚克力\" 撤回了一条消息"),
        (dt("2026-03-18 14:03:11"), V, "Oliver inspection ok? pls arrange balance soon, shipping 3/25"),
        (dt("2026-03-18 16:45:59"), O, "Inspection is booked for Friday. Please send the business licence of Shenzhen Jiarui "
                                       "Trading and a letter on your letterhead with company chop. I will call your office landline."),
        (dt("2026-03-18 16:47:20"), V, "[语音] 12\""),
    ]
    write_text(c / "chat" / "WeChat_Vicky黄薇-嘉瑞亚克力.txt",
               wechat_a("Vicky黄薇-嘉瑞亚克力", "2026-03-19 09:12:05", msgs))

    write_case(name, dict(
        order_id="PCS-PO-2026-014",
        buyer=["Paper Crane Studio Ltd", "Oliver Grant", "Oliver"],
        supplier=["Shenzhen Longgang Jiarui Acrylic Products Co., Ltd.", "深圳市龙岗区嘉瑞亚克力制品有限公司",
                  "Jiarui Acrylic", "Vicky Huang", "黄薇", "Vicky", "Vicky黄薇-嘉瑞亚克力"],
        tolerances={"dimensions": "±1 mm", "weight": "±8%"}),
        {"verdict": "HOLD",
         "expected": [{"field": "bank.beneficiary", "status": "undocumented_change", "min_severity": "critical"}],
         "description": "PI-R1 names a trading company as beneficiary; bank, SWIFT and account unchanged; never approved."},
        """
Planted: PI-JR20260209-R1 (16 Mar) changes only the beneficiary, from the factory SHENZHEN LONGGANG JIARUI ACRYLIC
PRODUCTS CO., LTD. (quote JR-Q-0202, PI-JR20260209) to SHENZHEN JIARUI TRADING CO., LTD., a company that is not the
supplier; WeChat "财务要求更换收款公司"; the buyer only asks ("what does this mean?") and defers ("I need to check with our
accounts team") -> bank.beneficiary undocumented_change (critical), HOLD.
Must NOT be flagged: bank name, SWIFT CMBCCNBS and account (quote "7559 3264 1810 602" = PI "755932641810602") are
unchanged; "Balance due" line on R1; everything else in R1 equals the first PI ($2.60, 4,000pcs, FOB Shenzhen, 25 days).
""")


# ==========================================================================
# 07  neoprene laptop sleeve: PI-R1 moves the account to another bank; the
#     buyer answers "ok noted, will pay to new account" in WhatsApp -> chat_only,
#     but bank.* stays critical
# ==========================================================================

def case07():
    name = "07-laptop-sleeve-new-bank-buyer-ok-chat"
    c = CASES / name
    qty, price = 3600, D("2.48")
    total = qty * price
    dep, bal = total * D("0.30"), total * D("0.70")
    assert (money(total), money(dep), money(bal)) == ("8,928.00", "2,678.40", "6,249.60")
    assert qty // 50 == 72
    OLD = dict(bank="AGRICULTURAL BANK OF CHINA, DONGGUAN HOUJIE SUB-BRANCH 中国农业银行东莞厚街支行",
               addr="No. 2 Kangle South Road, Houjie Town, Dongguan, Guangdong, China",
               swift="ABOCCNBJ440", acct="4446 2101 0400 05831")
    NEW = dict(bank="CHINA CONSTRUCTION BANK, DONGGUAN HOUJIE SUB-BRANCH 中国建设银行东莞厚街支行",
               addr="No. 88 Houjie Avenue Middle, Houjie Town, Dongguan, Guangdong, China",
               swift="PCBCCNBJGDX", acct="4405 0177 7308 0000 1962")

    # --- spec (DOCX) -------------------------------------------------------------
    d = new_docx(font="Helvetica", size=10)
    para(d, "FIELDNOTE SUPPLY CO.", bold=True, size=15, space_after=0)
    para(d, "418 N Morgan St, Chicago, IL 60642 · product spec", size=8.5)
    para(d, "FS-LS14  14\" Laptop Sleeve — Spec v1 (approved)", bold=True, size=12.5)
    docx_table(d, [
        ["Field", "Value"],
        ["Body", "5 mm CR neoprene laminated with polyester jersey both sides"],
        ["Size", "36 x 26 x 2 cm (fits 14\" laptops), tolerance ±5 mm"],
        ["Weight", "185 g ±10%"],
        ["Color", "Heather grey, Pantone Cool Gray 7 C; zipper tape and puller matched"],
        ["Zipper", "YKK #5 coil, double pullers, 270° opening"],
        ["Logo", "Silicone rubber patch FIELDNOTE 45 x 12 mm, sewn on front bottom right"],
        ["Unit pack", "OPP bag with suffocation warning (EN/FR/ES) + UPC sticker"],
        ["Master carton", "50 pcs/ctn, 5-ply, 60 x 40 x 38 cm"],
        ["Inspection", "Final random inspection AQL 2.5/4.0, Level II"],
        ["Order", "3,600 pcs, PO FSC-2026-0221; commercial terms per Yuefeng quote YF-Q-0203 (accepted 02/04/2026)"],
    ], widths_cm=[3.2, 13.8])
    para(d, "")
    para(d, "Rachel Stein, Product Development · approved 02/09/2026", italic=True)
    docx_save(d, c / "spec" / "FS-LS14 spec v1 approved.docx", "2026-02-09T16:00:00Z", "Rachel Stein", "FS-LS14")

    # --- quote (XLSX) with bank block ------------------------------------------
    quote_xlsx(c / "quotes" / "YF-Q-0203 Fieldnote 14寸电脑包.xlsx", dict(
        when="2026-02-03T02:45:00Z", creator="Kelly", font="宋体", sheet="报价",
        widths=[5, 14, 12, 40, 10, 13], item_height=62,
        letterhead=[("东莞市厚街悦丰箱包有限公司", 15, True),
                    ("DONGGUAN HOUJIE YUEFENG LUGGAGE CO., LTD.", 11, True),
                    ("广东省东莞市厚街镇赤岭工业区18号  No. 18 Chiling Industrial Zone, Houjie, Dongguan", 8.5, False)],
        title="QUOTATION 报价单",
        meta=[("No.", "YF-Q-0203"), ("Date", "2026-02-03"), ("Customer", "Fieldnote Supply Co. / Rachel Stein"),
              ("Valid", "30 days")],
        columns=["No.", "Photo", "Item", "Description", "Qty", "USD/pc"],
        rows=[[1, "", "FS-LS14", "14寸 潜水料电脑内胆包 14\" neoprene laptop sleeve, 5mm CR neoprene, "
                                 "heather grey Cool Gray 7C, YKK #5 zipper, rubber patch logo, OPP bag",
               "3,600pcs", 2.48]],
        photo_col=1, photo_labels=["FS-LS14 sleeve"],
        terms=[("Price term", "FOB Shenzhen"), ("Payment", "30% T/T deposit, 70% balance before shipment"),
               ("Lead time", "30 days after deposit & sample approval"),
               ("Packing", "OPP bag, 50pcs/ctn, 60*40*38cm"),
               ("Beneficiary", "DONGGUAN HOUJIE YUEFENG LUGGAGE CO., LTD."),
               ("Bank", OLD["bank"]), ("SWIFT", OLD["swift"]), ("A/C No.", OLD["acct"])],
        footer=["Kelly Mo 莫凯莉 · WhatsApp +86 135 3821 0466"]))

    # --- PI and PI-R1 (ReportLab, WQY, bilingual) -------------------------------
    def pi(no, date, bankinfo, fname, remark):
        st = rl_styles("WQY", "WQY", 9)
        story = [Paragraph("东莞市厚街悦丰箱包有限公司", ParagraphStyle("t1", fontName="WQY", fontSize=17, leading=21)),
                 Paragraph("DONGGUAN HOUJIE YUEFENG LUGGAGE CO., LTD.", ParagraphStyle("t2", fontName="WQY", fontSize=11, leading=14)),
                 Paragraph("No. 18 Chiling Industrial Zone, Houjie Town, Dongguan, Guangdong 523960 · Tel 0769-8583 2217", st["s"]),
                 Spacer(1, 8),
                 Paragraph("PROFORMA INVOICE / 形式发票", ParagraphStyle("t3", fontName="WQY", fontSize=14, leading=18)),
                 Spacer(1, 4),
                 rl_grid([["PI No.", no, "Date", date],
                          ["Buyer", "FIELDNOTE SUPPLY CO., 418 N Morgan St, Chicago, IL 60642, USA", "PO", "FSC-2026-0221"]]
                         + ([["Remark", remark, "", ""]] if remark else []),
                         [20, 100, 18, 40], "WQY", 8.8, header=False),
                 Spacer(1, 6),
                 rl_grid([["Item", "Description 描述", "Qty 数量", "Unit price 单价", "Amount 金额"],
                          ["FS-LS14", "14\" laptop sleeve 电脑内胆包, 5mm CR neoprene, heather grey (Cool Gray 7C), "
                                      "YKK #5 zipper, rubber patch logo", "3600 PCS", "USD 2.48", f"USD {money(total)}"],
                          ["", "Total FOB SHENZHEN", "3600 PCS", "", f"USD {money(total)}"]],
                         [22, 80, 22, 24, 30], "WQY", 8.8, align_right_cols=(2, 3, 4), shade="#FDE9D9"),
                 Spacer(1, 3), Paragraph(say_usd(total), st["n"]), Spacer(1, 6),
                 rl_kv([("Price term 价格条款", "FOB SHENZHEN"),
                        ("Payment 付款", f"30% deposit USD {money(dep)}, 70% balance USD {money(bal)} before shipment (T/T)"),
                        ("Delivery 交期", "30 days after deposit"),
                        ("Packing 包装", "OPP bag with warning, 50pcs/ctn, 5 ply 60*40*38cm, 72 ctns"),
                        ("Inspection 验货", "AQL 2.5/4.0 Level II")], [36, 142], "WQY", 9),
                 Spacer(1, 6),
                 Paragraph("Bank information 银行资料", st["hl"]),
                 rl_kv([("Beneficiary 收款人", "DONGGUAN HOUJIE YUEFENG LUGGAGE CO., LTD."),
                        ("Bank 开户行", bankinfo["bank"]), ("Bank address", bankinfo["addr"]),
                        ("SWIFT", bankinfo["swift"]), ("Account No. 账号", bankinfo["acct"])], [36, 142], "WQY", 9),
                 Spacer(1, 12),
                 Table([[Paragraph("Buyer 买方:", st["n"]), Paragraph("Seller 卖方: Kelly Mo 莫凯莉", st["n"])],
                        ["", RLImage(str(chop_png("东莞市厚街悦丰箱包有限公司")), 27 * mm, 27 * mm)]],
                       colWidths=[90 * mm, 88 * mm])]
        rl_build(c / "pi" / fname, story, f"PI {no}", "Kelly", footer=f"PI {no}", footer_font="WQY")

    pi("YF260212", "2026-02-12", OLD, "PI-YF260212.pdf", "")
    pi("YF260212-R1", "2026-03-12", NEW, "PI-YF260212-R1.pdf", "R1: bank information updated 更新银行资料")

    # --- WhatsApp from the supplier's Android phone (Chinese locale) ----------
    K, R = "Kelly 悦丰箱包", "Rachel Stein"
    msgs = [
        (dt("2026-02-03 10:15"), None, E2E_CN),
        (dt("2026-02-03 10:15"), K, "Hi Rachel, quotation YF-Q-0203 sent to your email, USD2.48/pc for 3600pcs FOB Shenzhen"),
        (dt("2026-02-04 22:41"), R, "Thanks Kelly, quote accepted. Please make the golden sample in heather grey."),
        (dt("2026-02-05 09:03"), K, "好的 ok dear"),
        (dt("2026-02-09 23:15"), R, "Sample approved 👍 spec v1 attached in email"),
        (dt("2026-02-12 14:20"), K, "Rachel PI attached pls check"),
        (dt("2026-02-12 14:20"), K, "<省略影音内容>"),
        (dt("2026-02-13 21:30"), R, "30% deposit paid USD 2,678.40"),
        (dt("2026-02-13 21:31"), R, "<省略影音内容>"),
        (dt("2026-03-12 14:05"), K, "Dear Rachel, pls note our company changed the bank for receiving USD. The old ABC account "
                                   "will be closed end of this month. Pls pay the 70% balance to the new CCB account in PI-R1 attached."),
        (dt("2026-03-12 14:05"), K, "<省略影音内容>"),
        (dt("2026-03-12 21:48"), R, "ok noted, will pay to new account"),
        (dt("2026-03-13 08:32"), K, "thank you dear 🙏 goods ready on 3/16"),
        (dt("2026-03-13 08:33"), K, "你删除了此消息"),
        (dt("2026-03-17 22:10"), R, "Inspection passed. Balance USD 6,249.60 will be sent tomorrow."),
        (dt("2026-03-18 09:00"), K, "👍👍"),
    ]
    write_text(c / "chat" / "WhatsApp 与 Rachel Stein 的聊天.txt", wa_android_cn(msgs))

    write_case(name, dict(
        order_id="FSC-2026-0221",
        buyer=["Fieldnote Supply Co.", "Rachel Stein", "Rachel"],
        supplier=["Dongguan Houjie Yuefeng Luggage Co., Ltd.", "东莞市厚街悦丰箱包有限公司", "Yuefeng Luggage",
                  "Kelly Mo", "莫凯莉", "Kelly", "Kelly 悦丰箱包"],
        tolerances={"dimensions": "±5 mm", "weight": "±10%"}),
        {"verdict": "HOLD",
         "expected": [{"field": "bank.name", "status": "chat_only", "min_severity": "critical"},
                      {"field": "bank.account", "status": "chat_only", "min_severity": "critical"},
                      {"field": "bank.swift", "status": "chat_only", "min_severity": "critical"}],
         "description": "PI-R1 moves the account from ABC to CCB; the buyer agrees only in WhatsApp. Bank stays critical."},
        """
Planted: PI-YF260212-R1 replaces ABC Dongguan Houjie / ABOCCNBJ440 / 4446 2101 0400 05831 (quote YF-Q-0203 and the first
PI) with CCB Dongguan Houjie / PCBCCNBJGDX / 4405 0177 7308 0000 1962. The buyer agrees in WhatsApp only ("ok noted,
will pay to new account") -> bank.name, bank.account, bank.swift chat_only; per contract section 3 bank.* stays
critical -> HOLD.
Must NOT be flagged: beneficiary unchanged (the supplier itself); "3600 PCS" vs "3,600pcs"; "USD 2.48"; R1's remark
line; all non-bank terms identical in both PIs; 你删除了此消息; 上午/下午 12-hour timestamps.
""")


# ==========================================================================
# 08  wooden rainbow stacker: PI replaces EN71-1/2/3 + CE by "ASTM F963-17"
#     and stretches "30 days" to "30-35 working days"; nothing approves either
# ==========================================================================

def case08():
    name = "08-wooden-rainbow-en71-astm-leadtime"
    c = CASES / name
    qty, price = 1200, D("4.60")
    total = qty * price
    dep, bal = total * D("0.30"), total * D("0.70")
    assert (money(total), money(dep), money(bal)) == ("5,520.00", "1,656.00", "3,864.00")
    assert qty // 12 == 100

    # --- spec (DOCX, German buyer writing English) -----------------------------
    d = new_docx(font="Arial", size=10)
    para(d, "Kleine Wolke Spielwaren GmbH", bold=True, size=16, color="5B7DB1", space_after=0)
    para(d, "Große Elbstraße 145, 22767 Hamburg · HRB 171204 · einkauf@kleinewolke.de", size=8.5)
    para(d, "Produktspezifikation / Product Specification", bold=True, size=13)
    docx_table(d, [["Art.-Nr. / Item", "KW-RB7 Regenbogen-Stapelspiel, 7 Bögen (wooden stacking rainbow, 7 arches)"],
                   ["Version", "1.2 vom 02.02.2026"],
                   ["Lieferant / Supplier", "Yunhe County Mulele Wooden Toys Co., Ltd."]],
               header=False, widths_cm=[4.2, 12.8])
    para(d, "")
    docx_table(d, [
        ["Merkmal / Attribute", "Anforderung / Requirement"],
        ["Material", "Solid basswood (linden, Tilia), kiln-dried, moisture ≤ 12%; water-based, non-toxic paint"],
        ["Maße / Dimensions", "280 x 140 x 70 mm (W x H x D, assembled), tolerance ±2 mm"],
        ["Gewicht / Weight", "860 g ±5% (set)"],
        ["Farben / Colours", "7 colours per colour card KW-RB7-CC: Pantone 1795 C, 151 C, 116 C, 361 C, 2925 C, 2685 C, 7527 C"],
        ["Oberfläche / Finish", "Smooth, sanded 240 grit, no splinters, semi-matte lacquer (water-based)"],
        ["Logo", "Laser engraved 'Kleine Wolke' on back of largest arch, 30 x 6 mm"],
        ["Zertifizierung / Certification", "EN 71-1, EN 71-2, EN 71-3 test report (SGS, TÜV or Intertek) and CE marking. "
                                           "The certification must be stated on the PI."],
        ["Altersangabe / Age", "12M+; warnings per EN 71-1 on packaging (DE/EN/FR)"],
        ["Verpackung / Packaging", "Each set in a kraft box with full-colour sleeve, CE mark and warnings printed"],
        ["Umkarton / Master carton", "12 sets per carton, 5-ply, 58 x 30 x 32 cm"],
        ["Prüfung / Inspection", "Pre-shipment inspection AQL 2.5 / 4.0 (General II), incl. small-parts and sharp-edge check"],
        ["Kaufmännisch / Commercial", "Per quotation MLL-Q-260114 accepted 19.01.2026 (USD 4.60/set, 1,200 sets, FOB Ningbo, "
                                      "30% deposit / 70% before shipment, 30 days)"],
    ], widths_cm=[4.6, 12.4])
    para(d, "")
    para(d, "Freigabe / Approved: Anna Vogt, Einkauf — 02.02.2026", italic=True)
    docx_save(d, c / "spec" / "KW-RB7_Produktspezifikation_v1.2.docx", "2026-02-02T09:30:00Z", "Anna Vogt",
              "KW-RB7 Produktspezifikation")

    # --- quote (Excel -> PDF) --------------------------------------------------------
    quote_xlsx(c / "quotes" / "MLL-Q-260114 Kleine Wolke.pdf", dict(
        when="2026-01-14T01:50:00Z", creator="Lisa", font="宋体", sheet="Quotation",
        widths=[5, 14, 12, 40, 10, 14], item_height=66, head_fill="E4DFEC",
        letterhead=[("云和县木乐乐木制玩具有限公司", 15, True),
                    ("YUNHE COUNTY MULELE WOODEN TOYS CO., LTD.", 11, True),
                    ("No. 9 Fuyun Road, Yunhe Industrial Park, Lishui, Zhejiang 323600, China", 8.5, False)],
        title="QUOTATION 报价单",
        meta=[("Quote No.", "MLL-Q-260114"), ("Date", "2026-01-14"), ("To", "Kleine Wolke Spielwaren GmbH - Ms. Anna Vogt"),
              ("Validity", "30 days")],
        columns=["No.", "Photo", "Item", "Description", "Qty", "Price FOB Ningbo"],
        rows=[[1, "", "KW-RB7", "Wooden stacking rainbow 7 pcs, basswood, water-based paint, 28x14x7cm, 860g, "
                                "laser logo, kraft box + colour sleeve", "1,200 sets", "USD4.60/set"]],
        photo_col=1, photo_labels=["KW-RB7 rainbow"],
        terms=[("Price term", "FOB Ningbo"), ("Payment", "30% deposit, 70% before shipment"),
               ("Lead time", "30 days"), ("Certificate", "EN71-1/2/3 + CE included in price"),
               ("Packing", "12 sets/ctn, 5-ply 58*30*32cm")],
        footer=["Lisa Ye 叶丽莎 · lisa@mulele-toys.com · WhatsApp +86 158 5783 2091"]), pdf_stamp="20260114015500")

    # --- sample approval (DOCX) ---------------------------------------------------
    d = new_docx(font="Arial", size=10)
    para(d, "Kleine Wolke — Musterfreigabe / Sample Approval", bold=True, size=14)
    docx_table(d, [["Item", "KW-RB7", "Date", "04.02.2026"], ["Samples", "2 sets (golden samples)", "Ref.", "MF-2026-011"]],
               header=False, widths_cm=[2.5, 6, 2.5, 6])
    para(d, "")
    docx_table(d, [["Check", "Spec", "Set A", "Set B", "i.O.?"],
                   ["W x H x D (mm)", "280 x 140 x 70 ±2", "279.5 x 141.0 x 69.5", "280.8 x 139.2 x 70.4", "ja / yes"],
                   ["Weight (g)", "860 ±5%", "872", "851", "ja / yes"],
                   ["Colours vs KW-RB7-CC", "7 Pantone", "match", "match", "ja / yes"],
                   ["Edges / splinters", "none", "none", "none", "ja / yes"],
                   ["Logo", "30 x 6 mm", "ok", "ok", "ja / yes"]],
               widths_cm=[4, 3.6, 3.6, 3.6, 2.2])
    para(d, "")
    ph = docx_table(d, [["[Foto 1: assembled]", "[Foto 2: arches laid out]", "[Foto 3: logo]"]], header=False,
               widths_cm=[5.6, 5.6, 5.6])
    ph.rows[0].height = Cm(3.4)   # photo placeholder boxes
    para(d, "")
    para(d, "Ergebnis / Result: FREIGEGEBEN / APPROVED", bold=True)
    para(d, "Unterschrift / Signature:")
    d.add_picture(str(signature_png(81)), width=Cm(4.2))
    para(d, "Anna Vogt, Einkauf, 04.02.2026")
    docx_save(d, c / "sample" / "Musterfreigabe KW-RB7 MF-2026-011.docx", "2026-02-04T14:10:00Z", "Anna Vogt",
              "Musterfreigabe KW-RB7")

    # --- PI (fpdf2, bilingual) ----------------------------------------------------
    pdf = FP(footer_text="MLL260220")
    pdf.add_page()
    pdf.set_font("droid", "", 16)
    pdf.cell(0, 8, "云和县木乐乐木制玩具有限公司", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dejavu", "B", 11)
    pdf.cell(0, 6, "YUNHE COUNTY MULELE WOODEN TOYS CO., LTD.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dejavu", "", 8)
    pdf.cell(0, 5, "No. 9 Fuyun Road, Yunhe Industrial Park, Lishui, Zhejiang 323600, China · Tel 0578-5526 810",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("dejavu", "B", 13)
    pdf.cell(0, 8, "形式发票 PROFORMA INVOICE", align="C", border="TB", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.kv([("PI号码 PI No.", "MLL260220"), ("日期 Date", "2026-02-20"),
            ("买方 Buyer", "KLEINE WOLKE SPIELWAREN GMBH, Große Elbstraße 145, 22767 Hamburg, Germany"),
            ("联系人 Attn", "Ms. Anna Vogt")], w1=34, h=5.2, font=("dejavu", 8.8))
    pdf.ln(3)
    pdf.set_font("dejavu", "", 8.5)
    with pdf.table(col_widths=(20, 84, 24, 28, 34), line_height=5,
                   text_align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT")) as t:
        r = t.row()
        for h in ("货号 Item", "品名 Description", "数量 Qty", "单价 Price", "金额 Amount"):
            r.cell(h)
        r = t.row()
        for v in ("KW-RB7", "彩虹积木 wooden stacking rainbow 7pcs, basswood 椴木, water-based paint 水性漆,\n"
                            "280x140x70mm, 860g, colours per card KW-RB7-CC, laser logo",
                  "1,200 SETS", "USD4.60/SET", f"USD{money(total)}"):
            r.cell(v)
        r = t.row()
        r.cell("合计 TOTAL FOB NINGBO", colspan=2)
        r.cell("1,200 SETS")
        r.cell("")
        r.cell(f"USD{money(total)}")
    pdf.set_font("dejavu", "B", 8.8)
    pdf.cell(0, 7, say_usd(total), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.kv([("价格条款 Price term", "FOB NINGBO 宁波"),
            ("付款 Payment", f"30% 定金 deposit USD{money(dep)}, 70% 尾款 balance USD{money(bal)} 出货前 before shipment"),
            ("交期 Delivery", "30-35 working days after deposit 收到定金后30-35个工作日"),
            ("认证 Certificate", "ASTM F963-17 test report"),
            ("包装 Packing", "kraft box + colour sleeve, 12 sets/ctn, 5-ply 58*30*32cm, 100 ctns"),
            ("验货 Inspection", "AQL 2.5/4.0 pre-shipment by buyer")], w1=40, h=5.2, font=("dejavu", 8.8))
    pdf.ln(2)
    pdf.set_font("dejavu", "B", 9)
    pdf.cell(0, 6, "银行信息 BANK INFORMATION", new_x="LMARGIN", new_y="NEXT")
    pdf.kv([("收款人 Beneficiary", "YUNHE COUNTY MULELE WOODEN TOYS CO., LTD."),
            ("开户行 Bank", "BANK OF CHINA, LISHUI BRANCH 中国银行丽水分行"),
            ("SWIFT", "BKCHCNBJ92J"),
            ("账号 A/C", "3672 5801 9124")], w1=40, h=5.2, font=("dejavu", 8.8))
    pdf.ln(8)
    y = pdf.get_y()
    pdf.set_font("dejavu", "", 8.8)
    pdf.cell(95, 5, "买方确认 Buyer: _______________")
    pdf.cell(0, 5, "卖方 Seller: 叶丽莎 Lisa Ye", new_x="LMARGIN", new_y="NEXT")
    pdf.image(str(chop_png("云和县木乐乐木制玩具有限公司")), x=125, y=y - 6, w=30)
    fp_save(pdf, c / "pi" / "PI-MLL260220.pdf")

    # --- WhatsApp, iPhone, German locale ------------------------------------------
    L, A = "Lisa Mulele Toys", "Anna Vogt"
    msgs = [
        (dt("2026-01-14 10:02:13"), L, E2E_IOS_DE),
        (dt("2026-01-14 10:02:13"), L, "Hello Anna, Lisa from Mulele. Quotation for the rainbow attached"),
        (dt("2026-01-14 10:02:40"), L, "\u200eMLL-Q-260114 Kleine Wolke.pdf • \u200e1 Seite \u200eDokument weggelassen"),
        (dt("2026-01-19 08:55:30"), A, "Danke Lisa. Price ok, we accept the quote: 1,200 sets, 30 days. EN71 + CE is a must for us."),
        (dt("2026-01-19 09:10:04"), L, "ok dear, no problem 👌"),
        (dt("2026-02-04 15:22:47"), A, "Golden samples approved, signed form by email."),
        (dt("2026-02-20 11:40:18"), L, "PI attached"),
        (dt("2026-02-20 11:40:21"), L, "\u200ePI-MLL260220.pdf • \u200e1 Seite \u200eDokument weggelassen"),
        (dt("2026-02-20 18:03:55"), A, "Danke, received. Will pay the deposit next week."),
        (dt("2026-02-23 09:31:12"), A, "Deposit USD 1,656.00 paid. Please remember the EN71 report before shipment."),
        (dt("2026-02-23 09:31:15"), A, "\u200eBild weggelassen"),
        (dt("2026-02-23 10:02:40"), L, "👌"),
        (dt("2026-03-17 13:20:09"), A, "Could you ship before 31 March?"),
        (dt("2026-03-17 14:45:33"), L, "we try our best dear, painting need time"),
        (dt("2026-03-17 14:46:01"), A, "Let me know the inspection date please."),
    ]
    write_text(c / "chat" / "WhatsApp Chat - Lisa Mulele Toys" / "_chat.txt", wa_ios(msgs, "de"))

    write_case(name, dict(
        order_id="KW-2026-031",
        buyer=["Kleine Wolke Spielwaren GmbH", "Anna Vogt", "Anna"],
        supplier=["Yunhe County Mulele Wooden Toys Co., Ltd.", "云和县木乐乐木制玩具有限公司", "Mulele Toys",
                  "Lisa Ye", "叶丽莎", "Lisa", "Lisa Mulele Toys"],
        required_on_pi=["certification"],
        tolerances={"dimensions": "±2 mm", "weight": "±5%"}),
        {"verdict": "HOLD",
         "expected": [{"field": "certification", "status": "undocumented_change", "min_severity": "high"},
                      {"field": "lead_time", "status": "undocumented_change", "min_severity": "medium"}],
         "description": "EN71-1/2/3 + CE replaced by ASTM F963-17 on the PI; 30 days stretched to 30-35 working days."},
        """
Planted: spec (and accepted quote) require EN 71-1/-2/-3 + CE, to be stated on the PI; PI-MLL260220 states only
"ASTM F963-17 test report" -> certification undocumented_change (high). Quote/spec lead time "30 days"; PI "30-35 working
days after deposit" -> lead_time undocumented_change (medium). Nothing approves either -> HOLD.
Not approvals: "Danke, received." (receipt), "Please remember the EN71 report" (confirms the original), "Could you ship before 31 March?" (question).
Noise: "USD4.60/SET", "1,200 SETS", "FOB NINGBO 宁波", "28x14x7cm" (quote) = 280x140x70mm; sample 279.5 x 141.0 x 69.5 mm,
872 g (in tolerance); German iPhone export ("Dokument weggelassen", dd.mm.yy).
""")


# ==========================================================================
# 09  insulated lunch bag, 3 SKUs: the PI writes sage as PMS 5773 C instead of
#     Pantone 5625 C for one SKU only
# ==========================================================================

LUNCH = [  # sku, colour name, spec pantone, PI colour text, qty
    ("BBL-LB-NVY", "Navy", "Pantone 533 C", "Navy blue PMS533C", 800),
    ("BBL-LB-SGE", "Sage", "Pantone 5625 C", "Sage green PMS5773C", 600),
    ("BBL-LB-CRL", "Coral", "Pantone 7416 C", "Coral PMS7416C", 600),
]


def case09():
    name = "09-lunch-bag-3sku-pantone-one-sku"
    c = CASES / name
    price = D("2.65")
    amounts = [q * price for *_, q in LUNCH]
    total = sum(amounts)
    dep, bal = total * D("0.30"), total * D("0.70")
    assert [money(a) for a in amounts] == ["2,120.00", "1,590.00", "1,590.00"]
    assert (money(total), money(dep), money(bal)) == ("5,300.00", "1,590.00", "3,710.00")
    ctns = [q // 50 for *_, q in LUNCH]
    assert ctns == [16, 12, 12]

    # --- spec (DOCX -> PDF via LibreOffice; UK buyer) ---------------------------
    d = new_docx(font="Calibri", size=10)
    para(d, "brightbox", bold=True, size=20, color="E07A5F", space_after=0)
    para(d, "Brightbox Lunch Ltd · Unit 4, Temple Works, Leeds LS11 9AA, UK", size=8.5)
    para(d, "Technical specification — insulated lunch bag BBL-LB (3 colourways)", bold=True, size=12.5)
    para(d, "Spec TS-BBL-LB-03 · issue 3 · 30 Jan 2026", size=9)
    docx_table(d, [
        ["Attribute", "Requirement (all colourways)"],
        ["Outer", "600D polyester, PU coated, water repellent"],
        ["Lining", "Food-safe PEVA, heat-sealed seams"],
        ["Insulation", "5 mm EPE foam, all panels"],
        ["Size", "26 x 17 x 23 cm (L x W x H), tolerance ±1 cm"],
        ["Weight", "280 g ±5%"],
        ["Zip", "#5 nylon coil, puller and tape colour-matched to body"],
        ["Logo", "Woven label 'brightbox' 50 x 15 mm, front bottom centre"],
        ["Unit pack", "OPP bag with suffocation warning, barcode sticker"],
        ["Master carton", "50 pcs/ctn, 5-ply, 60 x 45 x 50 cm"],
        ["Inspection", "AQL 2.5 / 4.0, General II, before balance"],
    ], widths_cm=[3.4, 13.6])
    para(d, "")
    para(d, "Colourways and quantities (PO BBL-PO-2603)", bold=True)
    docx_table(d, [["SKU", "Colour", "Pantone (body)", "Qty"]] +
               [[sku, col, pms, f"{q:,}"] for sku, col, pms, _pi, q in LUNCH],
               widths_cm=[4, 3, 5, 3])
    para(d, "")
    para(d, "Colour standard: physical Pantone swatches sent to the supplier on 3 Feb 2026. "
            "Commercial terms as per Yida quotation YD-Q-260202.")
    para(d, "Approved: Priya Nair, Head of Sourcing", italic=True)
    src = BUILD / "TS-BBL-LB-03.docx"
    docx_save(d, src, "2026-01-30T12:00:00Z", "Priya Nair", "TS-BBL-LB-03")
    lo_pdf(src, c / "spec" / "TS-BBL-LB-03 lunch bag spec.pdf", "20260130120500")

    # --- quote (XLSX) ------------------------------------------------------------
    quote_xlsx(c / "quotes" / "YD-Q-260202 brightbox.xlsx", dict(
        when="2026-02-02T07:00:00Z", creator="Jenny", font="Arial", sheet="Quote",
        widths=[5, 14, 14, 40, 9, 12], item_height=54, head_fill="FBE5D6",
        letterhead=[("QUANZHOU FENGZE YIDA BAGS CO., LTD.", 13, True), ("泉州市丰泽区亿达箱包有限公司", 11.5, True),
                    ("No. 301 Donghai Street, Fengze District, Quanzhou, Fujian 362000, China", 8.5, False)],
        title="QUOTATION",
        meta=[("Ref", "YD-Q-260202"), ("Date", "2026-02-02"), ("Client", "Brightbox Lunch Ltd / Priya Nair"),
              ("Valid", "30 days")],
        columns=["No.", "Photo", "Item", "Description", "Qty", "USD/pc"],
        rows=[[i + 1, "", sku, f"Insulated lunch bag 26x17x23cm, 600D + PEVA + 5mm EPE, {col.lower()} {pms}, woven label",
               q, 2.65] for i, (sku, col, pms, _pi, q) in enumerate(LUNCH)],
        photo_col=1, photo_labels=[f"{col} lunch bag" for _s, col, *_ in LUNCH],
        terms=[("Price term", "FOB Xiamen"), ("Payment", "30% T/T deposit, 70% against B/L copy"),
               ("Lead time", "40 days after deposit and PP sample approval"),
               ("Packing", "OPP bag, 50pcs/ctn, 60x45x50cm")],
        footer=["Jenny Su 苏晶 · jenny@yidabags.cn"]))

    # --- PI (Excel -> LibreOffice PDF, English) ------------------------------------
    excel_pi_pdf(c / "pi" / "PI YD260216 Brightbox.pdf", dict(
        font="Arial", creator="Jenny", sheet="PI", head_fill="FBE5D6", size=9.5,
        widths=[5, 14, 40, 11, 11, 14],
        letterhead=[("QUANZHOU FENGZE YIDA BAGS CO., LTD.", 14, True), ("泉州市丰泽区亿达箱包有限公司", 11, False),
                    ("No. 301 Donghai Street, Fengze District, Quanzhou, Fujian 362000, China  Tel: +86 595 2238 7716",
                     8.5, False)],
        title="PROFORMA INVOICE",
        split=3,
        buyer_block=["Consignee: BRIGHTBOX LUNCH LTD", "Unit 4, Temple Works, Leeds LS11 9AA", "United Kingdom",
                     "Attn: Priya Nair"],
        meta=[("Invoice No.", "YD260216"), ("Date", "16-Feb-2026"), ("Order No.", "BBL-PO-2603"), ("Quote", "YD-Q-260202")],
        columns=["No.", "Item No.", "Description", "Qty (pcs)", "Price", "Amount"],
        rows=[[i + 1, sku, f"Insulated lunch bag 26x17x23cm, 600D/PEVA/5mm EPE\nColour: {pi_col}, matched zip",
               q, f"USD2.65", f"USD{money(q * price)}"] for i, (sku, _c, _p, pi_col, q) in enumerate(LUNCH)],
        total_rows=[[("TOTAL FOB XIAMEN", 3), sum(q for *_, q in LUNCH), "", f"USD{money(total)}"]],
        say=say_usd(total),
        terms=[("Price term", "FOB XIAMEN"),
               ("Payment", f"30% T/T deposit USD{money(dep)}, 70% balance USD{money(bal)} against B/L copy"),
               ("Lead time", "40 days after deposit & PP sample approval"),
               ("Packing", "OPP bag with warning, 50pcs/ctn, 60*45*50cm 5-ply; NVY 16 ctns, SGE 12 ctns, CRL 12 ctns"),
               ("Logo", "woven label brightbox 50x15mm"),
               ("QC", "AQL 2.5/4.0 before balance")],
        bank_title="Bank details",
        bank=[("Beneficiary", "QUANZHOU FENGZE YIDA BAGS CO., LTD."),
              ("Bank", "INDUSTRIAL BANK CO., LTD. QUANZHOU BRANCH"), ("SWIFT", "FJIBCNBA570"),
              ("A/C No.", "155110100100347289")],
        sign=[("Accepted by buyer:", "For and on behalf of Quanzhou Fengze Yida Bags Co., Ltd."), ("", "Jenny Su")],
        chop=("泉州市丰泽区亿达箱包有限公司", "合同专用章")), "20260216064000")

    # --- WhatsApp Android, en-GB ------------------------------------------------
    J, P = "Jenny Yida Bags", "Priya Nair"
    msgs = [
        (dt("2026-02-02 08:12"), None, E2E_EN),
        (dt("2026-02-02 08:12"), J, "Hi Priya, good morning. Quotation YD-Q-260202 sent by email, 3 colours"),
        (dt("2026-02-02 16:40"), P, "Thanks Jenny, we accept YD-Q-260202: 800 navy, 600 sage, 600 coral."),
        (dt("2026-02-03 11:05"), P, "Pantone swatches posted today by Royal Mail: navy 533 C, sage 5625 C, coral 7416 C. "
                                    "Please match the swatches, not the screen."),
        (dt("2026-02-03 11:20"), J, "ok will match swatches 👍"),
        (dt("2026-02-10 09:58"), J, "Swatches received"),
        (dt("2026-02-10 09:58"), J, "<Media omitted>"),
        (dt("2026-02-16 15:41"), J, "PI YD260216 attached, pls check and arrange deposit"),
        (dt("2026-02-16 15:41"), J, "<Media omitted>"),
        (dt("2026-02-16 20:07"), P, "Thanks, received."),
        (dt("2026-02-18 10:30"), P, "Deposit USD 1,590.00 paid"),
        (dt("2026-02-18 10:31"), J, "This message was deleted"),
        (dt("2026-02-18 10:31"), J, "received thank you Priya"),
        (dt("2026-03-20 17:02"), J, "Bulk production almost finish, PP photos"),
        (dt("2026-03-20 17:02"), J, "<Media omitted>"),
    ]
    write_text(c / "chat" / "WhatsApp Chat with Jenny Yida Bags.txt", wa_android_gb(msgs))

    write_case(name, dict(
        order_id="BBL-PO-2603",
        buyer=["Brightbox Lunch Ltd", "Priya Nair", "Priya"],
        supplier=["Quanzhou Fengze Yida Bags Co., Ltd.", "泉州市丰泽区亿达箱包有限公司", "Yida Bags", "Jenny Su",
                  "苏晶", "Jenny", "Jenny Yida Bags"],
        tolerances={"dimensions": "±1 cm", "weight": "±5%"}),
        {"verdict": "REVIEW",
         "expected": [{"field": "color", "status": "undocumented_change", "item": "BBL-LB-SGE", "min_severity": "medium"}],
         "description": "One of three SKUs gets a different Pantone on the PI (5773 C instead of 5625 C)."},
        """
Planted: 3-SKU order; spec and quote give sage BBL-LB-SGE as Pantone 5625 C; PI YD260216 writes "Sage green PMS5773C"
-> color undocumented_change for item BBL-LB-SGE only (medium), REVIEW.
Must NOT be flagged: navy "PMS533C" = Pantone 533 C, coral "PMS7416C" = Pantone 7416 C; quantities 800/600/600 and
USD2.65 on all lines; "Qty (pcs)" column with bare numbers; "against B/L copy"; 16/12/12 cartons;
the buyer's "Thanks, received." (receipt, not approval) and her swatch message (confirms 5625 C).
""")


# ==========================================================================
# 10  aluminium phone stand from a Yiwu trading company: only a PI and a WeChat
#     export, no spec, no sample record, no quote document -> REVIEW (no baseline)
# ==========================================================================

def case10():
    name = "10-phone-stand-pi-and-wechat-only"
    c = CASES / name
    qty, price = 2000, D("1.45")
    total = qty * price
    dep, bal = total * D("0.30"), total * D("0.70")
    assert (money(total), money(dep), money(bal)) == ("2,900.00", "870.00", "2,030.00")
    assert qty // 100 == 20

    # --- PI (fpdf2, key/value, bilingual) -------------------------------------
    pdf = FP(footer_text="HY-PI-260305")
    pdf.add_page()
    pdf.set_font("droid", "", 15)
    pdf.cell(0, 8, "义乌市鸿远进出口有限公司", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("lib", "B", 11)
    pdf.cell(0, 6, "YIWU HONGYUAN IMPORT & EXPORT CO., LTD.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("lib", "", 8)
    pdf.cell(0, 4.5, "Room 1508, Block A, Yiwu International Trade City Commercial Building, Futian Street, Yiwu, "
                     "Zhejiang 322000, China", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4.5, "Tel: +86 579 8558 0213   Email: ada@hongyuan-yw.com   统一社会信用代码 91330782MA2EC4R63J",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("lib", "B", 14)
    pdf.set_fill_color(235, 235, 235)
    pdf.cell(0, 9, "形式发票  PROFORMA INVOICE", align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.kv([("发票号 PI No.:", "HY-PI-260305"),
            ("日期 Date:", "2026-03-05"),
            ("客户 Customer:", "RUIZ HOME GOODS S.L., Calle de Sagunto 14, 46009 Valencia, Spain (Mr. Mateo Ruiz)"),
            ("产品 Product:", "铝合金折叠手机支架 Aluminium alloy foldable phone stand, model HY-PS09"),
            ("颜色 Colour:", "深空灰 space grey (anodized)"),
            ("Logo:", "激光 laser logo RUIZ on base, 20x6mm"),
            ("数量 Quantity:", "2000个 / 2,000 PCS"),
            ("单价 Unit price:", "1.45美元/个 (USD1.45/PC)"),
            ("总额 Total:", f"USD{money(total)}"),
            ("", say_usd(total)),
            ("价格条款 Terms:", "FOB 宁波 NINGBO"),
            ("付款 Payment:", f"30%定金 USD{money(dep)}，余款 USD{money(bal)} 出货前付清 / 30% deposit, balance before shipment"),
            ("交期 Delivery:", "20天 / 20 days after deposit"),
            ("包装 Packing:", "白盒 white box, 100pcs/ctn, 46*36*30cm, 20 ctns"),
            ("唛头 Marks:", "RUIZ / HY-PS09 / 100PCS / C/NO. / MADE IN CHINA"),
            ], w1=40, h=5.8, font=("lib", 9.5))
    pdf.ln(4)
    pdf.set_font("lib", "B", 10)
    pdf.cell(0, 6, "银行信息 Bank information", new_x="LMARGIN", new_y="NEXT")
    pdf.kv([("Beneficiary:", "YIWU HONGYUAN IMPORT & EXPORT CO., LTD."),
            ("Bank:", "ZHEJIANG CHOUZHOU COMMERCIAL BANK, YIWU BRANCH 浙江稠州商业银行义乌分行"),
            ("SWIFT:", "CZCBCN2X"),
            ("A/C No.:", "1570 1012 0100 9326 8")], w1=40, h=5.4, font=("lib", 9.5))
    pdf.ln(10)
    y = pdf.get_y()
    pdf.set_font("lib", "", 9.5)
    pdf.cell(95, 5, "Buyer signature:")
    pdf.cell(0, 5, "义乌市鸿远进出口有限公司 (盖章)", new_x="LMARGIN", new_y="NEXT")
    pdf.image(str(chop_png("义乌市鸿远进出口有限公司")), x=112, y=y + 4, w=30)
    pdf.set_xy(105, y + 36)
    pdf.cell(0, 5, "Ada Wang 王雅")
    fp_save(pdf, c / "pi" / "PI HY-PI-260305 RUIZ.pdf")

    # --- WeChat export (Chinese UI; buyer writes English) ------------------------
    Ad, Mt = "Ada 鸿远进出口", "Mateo Ruiz"
    msgs = [
        (dt("2026-02-24 15:10:21"), None, "你已添加了Ada 鸿远进出口，现在可以开始聊天了。"),
        (dt("2026-02-24 15:12:40"), Ad, "Hello Mateo, nice to meet you at Yiwu market 😊 this is the phone stand we talked"),
        (dt("2026-02-24 15:12:52"), Ad, "[图片]"),
        (dt("2026-02-26 10:05:13"), Ad, "这是我们的报价 price list"),
        (dt("2026-02-26 10:05:20"), Ad, "[图片]"),
        (dt("2026-02-26 22:41:37"), Mt, "Hi Ada, HY-PS09 space grey with laser logo RUIZ, 2000 pcs at 1.45 is ok for me. FOB Ningbo. "
                                        "Can you send PI?"),
        (dt("2026-02-27 08:30:02"), Ad, "好的 no problem, logo file pls send AI format"),
        (dt("2026-02-27 19:15:44"), Mt, "[文件] RUIZ_logo.ai"),
        (dt("2026-03-05 09:48:10"), Ad, "[文件] PI HY-PI-260305 RUIZ.pdf"),
        (dt("2026-03-05 09:48:31"), Ad, "PI here, 30% deposit pls"),
        (dt("2026-03-05 21:02:56"), Mt, "Received, all correct. Deposit 870 USD paid today"),
        (dt("2026-03-05 21:03:10"), Mt, "[图片]"),
        (dt("2026-03-06 09:01:15"), Ad, "收到 谢谢 Mateo 🙏"),
        (dt("2026-03-06 09:01:40"), None, "\"Ada 鸿远进出口\" 撤回了一条消息"),
        (dt("2026-03-24 16:20:08"), Ad, "[视频]"),
        (dt("2026-03-24 16:20:30"), Ad, "goods ready, 20 cartons"),
        (dt("2026-03-24 23:10:52"), Mt, "Looks good. I will pay the balance after photos of the cartons with shipping marks."),
    ]
    write_text(c / "chat" / "微信 Ada 鸿远进出口.txt", wechat_a("Ada 鸿远进出口", "2026-03-25 08:40:11", msgs))

    write_case(name, dict(
        order_id="RHG-0326",
        buyer=["Ruiz Home Goods S.L.", "Mateo Ruiz", "Mateo"],
        supplier=["Yiwu Hongyuan Import & Export Co., Ltd.", "义乌市鸿远进出口有限公司", "Hongyuan", "Ada Wang",
                  "王雅", "Ada", "Ada 鸿远进出口"]),
        {"verdict": "REVIEW", "expected": [],
         "description": "Only a PI and a WeChat export: no spec, sample record or quote document, so no baseline."},
        """
No baseline: the folder holds only pi/ and chat/ (no spec, no golden-sample record, no quote document; the price list
was sent as a WeChat image that is not in the folder) -> REVIEW per contract section 3, expected [].
The PI agrees with everything said in the chat (HY-PS09, space grey, laser logo RUIZ, 2,000 pcs, 1.45, FOB Ningbo,
30% = USD 870), so nothing should be flagged medium or above.
Noise: "1.45美元/个 (USD1.45/PC)", "2000个 / 2,000 PCS", "FOB 宁波 NINGBO", "20天", key/value PI without item table,
trading-company seller (the beneficiary is the seller itself), recalled message, Chinese-UI system lines.
""")


# ==========================================================================
CASE_FUNCS = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10]


def main(selected=None):
    if selected is None:
        for d in (CASES, NOTES):
            if d.exists():
                shutil.rmtree(d)
    BUILD.mkdir(parents=True, exist_ok=True)
    try:
        for fn in CASE_FUNCS:
            if selected is None or fn.__name__ in selected:
                fn()
    finally:
        shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    import sys
    main(sys.argv[1:] or None)
