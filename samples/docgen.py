"""Low-level writers for sample and corpus documents: PDF (reportlab), DOCX, XLSX, chat exports.

Dev/test dependencies only (reportlab, python-docx, xlsxwriter). Every writer is deterministic:
fixed document dates, PDFs with invariant=1, zip entries with a fixed timestamp, so re-running a
generator gives identical bytes.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

FIXED = datetime(2026, 1, 5, 9, 0, 0)
_ZIP_TIME = (2026, 1, 5, 9, 0, 0)
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+")
CJK_FONT = "STSong-Light"  # reportlab's built-in CID font: Chinese without font files


# --------------------------------------------------------------------------------------------- PDF


def _font_ready() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))


def _markup(text: str) -> str:
    """Escape text for a reportlab Paragraph and switch Chinese runs to the CJK font."""
    out = []
    pos = 0
    for m in _CJK.finditer(text):
        out.append(escape(text[pos : m.start()]))
        out.append(f'<font name="{CJK_FONT}">{escape(m.group())}</font>')
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out).replace("\n", "<br/>")


@dataclass
class Pdf:
    """A PDF built from simple blocks: heading, paragraph lines, key-value rows, gridded tables."""

    path: Path
    title: str = ""
    author: str = ""
    font_size: float = 9

    def __post_init__(self) -> None:
        from reportlab.lib.styles import ParagraphStyle

        _font_ready()
        self.story: list = []
        self.base = ParagraphStyle(
            "base", fontName="Helvetica", fontSize=self.font_size, leading=self.font_size * 1.3
        )

    def _style(self, size: float | None = None, bold: bool = False, align: int = 0):  # noqa: ANN202
        from reportlab.lib.styles import ParagraphStyle

        size = size or self.font_size
        return ParagraphStyle(
            f"s{size}{bold}{align}",
            parent=self.base,
            fontName="Helvetica-Bold" if bold else "Helvetica",
            fontSize=size,
            leading=size * 1.3,
            alignment=align,
        )

    def para(
        self, text: str, *, size: float | None = None, bold: bool = False, center: bool = False
    ) -> Pdf:
        from reportlab.platypus import Paragraph

        self.story.append(Paragraph(_markup(text), self._style(size, bold, 1 if center else 0)))
        return self

    def lines(self, lines: Iterable[str], **kw) -> Pdf:  # noqa: ANN003
        for line in lines:
            self.para(line, **kw)
        return self

    def space(self, height: float = 6) -> Pdf:
        from reportlab.platypus import Spacer

        self.story.append(Spacer(1, height))
        return self

    def rule(self) -> Pdf:
        from reportlab.platypus import HRFlowable

        self.story.append(HRFlowable(width="100%", thickness=1.2, spaceBefore=2, spaceAfter=4))
        return self

    def table(
        self,
        rows: Sequence[Sequence[str]],
        *,
        widths: Sequence[float] | None = None,
        grid: bool = True,
        header: bool = True,
        size: float | None = None,
    ) -> Pdf:
        """A table; with grid=True every cell has ruled borders (what pdfplumber's lattice finds)."""
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import Paragraph, Table, TableStyle

        style = self._style(size or self.font_size - 0.5)
        head = self._style(size or self.font_size - 0.5, bold=True)
        data = [
            [Paragraph(_markup(str(c)), head if header and r == 0 else style) for c in row]
            for r, row in enumerate(rows)
        ]
        table = Table(
            data,
            colWidths=[w * mm for w in widths] if widths else None,
            repeatRows=1 if header else 0,
        )
        commands = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        if grid:
            commands.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
        if header and grid:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE")))
        table.setStyle(TableStyle(commands))
        self.story.append(table)
        return self

    def page_break(self) -> Pdf:
        from reportlab.platypus import PageBreak

        self.story.append(PageBreak())
        return self

    def save(self) -> Path:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        from reportlab.platypus import SimpleDocTemplate

        self.path.parent.mkdir(parents=True, exist_ok=True)
        doc = SimpleDocTemplate(
            str(self.path),
            pagesize=A4,
            leftMargin=16 * mm,
            rightMargin=16 * mm,
            topMargin=14 * mm,
            bottomMargin=14 * mm,
            title=self.title,
            author=self.author,
            invariant=1,
        )
        doc.build(self.story)
        return self.path


# -------------------------------------------------------------------------------------------- DOCX


def freeze_zip(path: Path) -> None:
    """Rewrite an Office zip with fixed entry timestamps so the bytes do not depend on the clock."""
    with zipfile.ZipFile(path) as zf:
        entries = [(info.filename, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in entries:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, blob)


@dataclass
class Docx:
    """A DOCX of headings, paragraphs and ruled tables, in document order."""

    path: Path
    title: str = ""
    author: str = ""

    def __post_init__(self) -> None:
        import docx

        self.doc = docx.Document()
        props = self.doc.core_properties
        props.title = self.title
        props.author = self.author
        props.created = FIXED
        props.modified = FIXED
        props.last_modified_by = self.author
        props.revision = 1

    def heading(self, text: str, level: int = 1) -> Docx:
        self.doc.add_heading(text, level=level)
        return self

    def para(self, text: str, *, bold: bool = False) -> Docx:
        p = self.doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        return self

    def lines(self, lines: Iterable[str]) -> Docx:
        for line in lines:
            self.para(line)
        return self

    def tracked(
        self, before: str, deleted: str, inserted: str, *, author: str, when: datetime
    ) -> Docx:
        """A paragraph with a tracked change: `deleted` struck out, `inserted` in its place (w:del / w:ins)."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        p = self.doc.add_paragraph()
        p.add_run(before)
        stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        for n, (tag, text_tag, text) in enumerate(
            (("w:del", "w:delText", deleted), ("w:ins", "w:t", inserted)), 1
        ):
            mark = OxmlElement(tag)
            mark.set(qn("w:id"), str(n))
            mark.set(qn("w:author"), author)
            mark.set(qn("w:date"), stamp)
            run = OxmlElement("w:r")
            t = OxmlElement(text_tag)
            t.set(qn("xml:space"), "preserve")
            t.text = text
            run.append(t)
            mark.append(run)
            p._p.append(mark)
        return self

    def table(self, rows: Sequence[Sequence[str]], *, header: bool = True) -> Docx:
        table = self.doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = table.cell(r, c)
                cell.text = str(text)
                if header and r == 0:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
        return self

    def save(self) -> Path:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.doc.save(str(self.path))
        freeze_zip(self.path)
        return self.path


# -------------------------------------------------------------------------------------------- XLSX


@dataclass
class Cell:
    """An XLSX cell with a number format, or a formula with its cached value (what Excel stores)."""

    value: object
    num_format: str | None = None
    formula: str | None = None
    bold: bool = False


def write_xlsx(
    path: Path, sheets: dict[str, list[list[object]]], *, title: str = "", author: str = ""
) -> Path:
    """Write sheets of rows; a row item may be a plain value, a Cell, or None (empty)."""
    import xlsxwriter

    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    wb.set_properties({"title": title, "author": author, "created": FIXED})
    formats: dict[tuple[str | None, bool], object] = {}

    def fmt(num: str | None, bold: bool):  # noqa: ANN202
        key = (num, bold)
        if key not in formats:
            spec: dict[str, object] = {}
            if num:
                spec["num_format"] = num
            if bold:
                spec["bold"] = True
            formats[key] = wb.add_format(spec) if spec else None
        return formats[key]

    for name, rows in sheets.items():
        ws = wb.add_worksheet(name)
        widths: dict[int, int] = {}
        for r, row in enumerate(rows):
            for c, item in enumerate(row):
                if item is None:
                    continue
                cell = item if isinstance(item, Cell) else Cell(item)
                f = fmt(cell.num_format, cell.bold)
                if cell.formula:
                    ws.write_formula(r, c, cell.formula, f, cell.value)
                else:
                    ws.write(r, c, cell.value, f)
                widths[c] = max(widths.get(c, 8), min(len(str(cell.value)) + 2, 60))
        for c, w in widths.items():
            ws.set_column(c, c, w)
    wb.close()
    return path


# -------------------------------------------------------------------------------------------- chat


@dataclass(frozen=True)
class Message:
    when: datetime
    sender: str
    text: str
    attachment: str | None = None


def whatsapp_android(messages: Sequence[Message], *, header: bool = True) -> str:
    """Android export: `12/03/2026, 14:05 - Name: text` (day first, 24 h)."""
    out = []
    if header and messages:
        first = messages[0].when
        out.append(
            f"{first:%d/%m/%Y}, {first:%H:%M} - Messages and calls are end-to-end encrypted. "
            "No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."
        )
    for m in messages:
        stamp = f"{m.when:%d/%m/%Y}, {m.when:%H:%M} - "
        if m.attachment:
            out.append(f"{stamp}{m.sender}: {m.attachment} (file attached)")
            if m.text:
                out.append(m.text)
        else:
            out.append(f"{stamp}{m.sender}: {m.text}")
    return "\n".join(out) + "\n"


def whatsapp_ios(messages: Sequence[Message], *, header: bool = True) -> str:
    """iOS export: `[12/03/2026, 14:05:31] Name: text`, attachments as `<attached: file>`."""
    out = []
    if header and messages:
        first = messages[0].when
        out.append(
            f"[{first:%d/%m/%Y, %H:%M:%S}] {messages[0].sender}: \u200eMessages and calls are end-to-end encrypted. "
            "No one outside of this chat, not even WhatsApp, can read or listen to them."
        )
    for m in messages:
        stamp = f"[{m.when:%d/%m/%Y, %H:%M:%S}] {m.sender}: "
        if m.attachment:
            out.append(f"{stamp}\u200e<attached: {m.attachment}>")
            if m.text:
                out.append(f"{stamp}{m.text}")
        else:
            out.append(stamp + m.text)
    return "\n".join(out) + "\n"


def _us_stamp(when: datetime, *, seconds: bool) -> str:
    hour = when.hour % 12 or 12
    clock = f"{hour}:{when:%M}" + (f":{when:%S}" if seconds else "")
    return f"{when.month}/{when.day}/{when:%y}, {clock}\u202f{'AM' if when.hour < 12 else 'PM'}"


def whatsapp_ios_us(messages: Sequence[Message], *, header: bool = True) -> str:
    """iOS export on a US phone: `[2/20/26, 9:30:45 AM] Name: text` (month first, 12 h)."""
    out = []
    for m in messages:
        stamp = f"[{_us_stamp(m.when, seconds=True)}] {m.sender}: "
        out.append(
            stamp + (f"\u200e<attached: {m.attachment}>" if m.attachment and not m.text else m.text)
        )
    return "\n".join(out) + "\n"


def whatsapp_android_us(messages: Sequence[Message], *, header: bool = True) -> str:
    """Android export on a US phone: `2/20/26, 9:30 AM - Name: text` (month first, 12 h)."""
    out = []
    for m in messages:
        text = f"{m.attachment} (file attached)" if m.attachment and not m.text else m.text
        out.append(f"{_us_stamp(m.when, seconds=False)} - {m.sender}: {text}")
    return "\n".join(out) + "\n"


def plain_log(messages: Sequence[Message]) -> str:
    """A plain chat log as desktop tools and copy-paste leave it: `[2026-02-20 09:30] Name: text`."""
    return "".join(
        f"[{m.when:%Y-%m-%d %H:%M}] {m.sender}: {m.text or m.attachment or ''}\n" for m in messages
    )


def wechat(messages: Sequence[Message]) -> str:
    """WeChat text export: a `2026-03-12 14:05:31 Name` header line, the text below, a blank line."""
    out = []
    for m in messages:
        out.append(f"{m.when:%Y-%m-%d %H:%M:%S} {m.sender}")
        out.append(f"[文件] {m.attachment}" if m.attachment and not m.text else m.text)
        if m.attachment and m.text:
            out.append(f"[文件] {m.attachment}")
        out.append("")
    return "\n".join(out)


def whatsapp_android_de(messages: Sequence[Message], *, header: bool = True) -> str:
    """Android export on a German phone: `20.02.26, 09:30 - Name: Text`."""
    out = []
    if header and messages:
        first = messages[0].when
        out.append(
            f"{first:%d.%m.%y}, {first:%H:%M} - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. "
            "Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp."
        )
    for m in messages:
        stamp = f"{m.when:%d.%m.%y}, {m.when:%H:%M} - {m.sender}: "
        if m.attachment:
            out.append(f"{stamp}{m.attachment} (Datei angehängt)")
            if m.text:
                out.append(m.text)
        else:
            out.append(stamp + m.text)
    return "\n".join(out) + "\n"


def whatsapp_ios_de(messages: Sequence[Message], *, header: bool = True) -> str:
    """iOS export on a German phone: `[20.02.26, 09:30:12] Name: Text`, `<Anhang: file>`."""
    out = []
    for m in messages:
        stamp = f"[{m.when:%d.%m.%y, %H:%M:%S}] {m.sender}: "
        if m.attachment:
            out.append(f"{stamp}\u200e<Anhang: {m.attachment}>")
            if m.text:
                out.append(stamp + m.text)
        else:
            out.append(stamp + m.text)
    return "\n".join(out) + "\n"


def whatsapp_android_fr(messages: Sequence[Message], *, header: bool = True) -> str:
    """Android export on a French phone: `20/02/2026 à 09:30 - Nom: texte`."""
    out = []
    if header and messages:
        first = messages[0].when
        out.append(
            f"{first:%d/%m/%Y} à {first:%H:%M} - Les messages et les appels sont chiffrés de bout en bout. "
            "Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter."
        )
    for m in messages:
        stamp = f"{m.when:%d/%m/%Y} à {m.when:%H:%M} - {m.sender}: "
        if m.attachment:
            out.append(f"{stamp}{m.attachment} (fichier joint)")
            if m.text:
                out.append(m.text)
        else:
            out.append(stamp + m.text)
    return "\n".join(out) + "\n"


def whatsapp_ios_fr(messages: Sequence[Message], *, header: bool = True) -> str:
    """iOS export on a French phone: `[20/02/2026 09:30:12] Nom: texte`."""
    out = []
    for m in messages:
        stamp = f"[{m.when:%d/%m/%Y %H:%M:%S}] {m.sender}: "
        if m.attachment:
            out.append(f"{stamp}\u200e<pièce jointe : {m.attachment}>")
            if m.text:
                out.append(stamp + m.text)
        else:
            out.append(stamp + m.text)
    return "\n".join(out) + "\n"


def wechat_pc(messages: Sequence[Message]) -> str:
    """WeChat for PC, messages copied out: `Name 2026/2/20 9:30:12`, the text below, a blank line."""
    out = []
    for m in messages:
        out.append(
            f"{m.sender} {m.when.year}/{m.when.month}/{m.when.day} {m.when.hour}:{m.when:%M:%S}"
        )
        out.append(f"[文件] {m.attachment}" if m.attachment and not m.text else m.text)
        if m.attachment and m.text:
            out.append(f"[文件] {m.attachment}")
        out.append("")
    return "\n".join(out)


CHAT_WRITERS = {
    "whatsapp-android": whatsapp_android,
    "whatsapp-ios": whatsapp_ios,
    "whatsapp-android-us": whatsapp_android_us,
    "whatsapp-ios-us": whatsapp_ios_us,
    "whatsapp-android-de": whatsapp_android_de,
    "whatsapp-ios-de": whatsapp_ios_de,
    "whatsapp-android-fr": whatsapp_android_fr,
    "whatsapp-ios-fr": whatsapp_ios_fr,
    "wechat": wechat,
    "wechat-pc": wechat_pc,
    "plain-log": plain_log,
}


WRITERS = ("reportlab", "python-docx", "xlsxwriter")


def write_versions(out: Path) -> Path:
    """Record the writer versions that made these bytes (writers.json): other versions may differ."""
    import json
    from importlib.metadata import version

    data = {name: version(name) for name in WRITERS}
    return write_text(out / "writers.json", json.dumps(data, indent=2, sort_keys=True) + "\n")


def write_text(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    return path
