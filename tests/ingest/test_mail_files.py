"""E-mail: headers, bodies (HTML to text), quoted replies, attachments as documents; real mails."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.ingest import read_order_file
from pipeline.ingest.common import Source
from pipeline.ingest.mail_files import html_to_text, read_email, split_quoted

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


def test_thread_with_pi_attachment(fixtures: Path, settings: Settings) -> None:
    documents = read_order_file(fixtures / "mail" / "thread.eml", fixtures, None, settings)
    assert [d.path for d in documents] == ["mail/thread.eml", "mail/thread.eml#PI-2291.pdf"]
    mail, pi = documents
    assert mail.format == "email" and mail.role == "chat"
    assert mail.meta["subject"] == "Re: PI-2291 with new bank details"
    assert mail.meta["attachments"] == "PI-2291.pdf, logo.bin"
    new = [b for b in mail.blocks if b.source is None]
    # the Date header (14:05 +0800) in UTC, so that replies from other zones keep their order
    assert all(
        b.timestamp == "2026-03-12T06:05:00" and b.sender == "Lily Chen <lily@brightway.example.cn>"
        for b in new
    )
    assert "Our new account: 6217 0000 1234 5678" in new[1].text
    # the quoted mail, with the sender and time its attribution line gives (read in the reply's zone)
    quoted = [b for b in mail.blocks if b.source == "quoted-reply"]
    assert quoted and quoted[0].sender and quoted[0].sender.startswith("Tom Baker")
    assert quoted[0].timestamp == "2026-03-11T01:00:00"
    # the attachment is a document of the order, with the message as its provenance
    assert pi.format == "pdf" and pi.role == "pi" and pi.status == "read"
    assert pi.meta["attachment_of"] == "mail/thread.eml"
    assert pi.meta["message_from"] == "Lily Chen <lily@brightway.example.cn>"
    assert pi.meta["message_subject"] == "Re: PI-2291 with new bank details"
    assert any(b.text == "TB-500" for b in pi.blocks)


def test_html_only_mail_is_converted_to_text() -> None:
    reading = read_email(
        Source("mail/html-only.eml", (FIXTURES / "mail" / "html-only.eml").read_bytes()), Settings()
    )
    assert [b.text for b in reading.blocks] == ["Result", "AQL 2.5: PASSED", "Major 0"]
    assert reading.blocks[0].timestamp == "2026-03-20T08:00:00"


def test_html_to_text_drops_scripts_and_quotes_blockquotes() -> None:
    text = html_to_text(
        "<style>x{}</style><p>Hi &amp; bye</p><script>alert(1)</script><blockquote>old</blockquote>"
    )
    assert text == "Hi & bye\n\n> old"


def test_mbox_reads_every_message() -> None:
    reading = read_email.__globals__["read_mbox"](
        Source("mail/thread.mbox", (FIXTURES / "mail" / "thread.mbox").read_bytes()), Settings()
    )
    assert [(b.sender, b.text) for b in reading.blocks] == [
        ("lily@brightway.example.cn", "Lead time is 45 days now."),
        ("tom@buyer.example.com", "We agreed 35 days."),
    ]
    assert reading.meta["messages"] == "2"


# --- real mails -----------------------------------------------------------------------------------

TALON = "talon/tests/fixtures/standard_replies"


def _talon_cases() -> list[str]:
    root = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "external" / TALON
    return sorted(p.name for p in root.glob("*.eml")) if root.is_dir() else ["(corpus absent)"]


@pytest.mark.parametrize("name", _talon_cases())
def test_talon_replies_split_reply_from_quote(corpus_dir: Path, name: str) -> None:
    path = corpus_dir / TALON / name
    reading = read_email(Source(name, path.read_bytes()), Settings())
    reply = "\n\n".join(b.text for b in reading.blocks if b.source is None)
    expected_file = path.with_name(f"{path.stem}_reply_text")
    expected = expected_file.read_text(encoding="utf-8") if expected_file.is_file() else "Hello"
    assert [line.strip() for line in reply.split("\n")] == [
        line.strip() for line in expected.strip().split("\n")
    ]
    assert any(b.source == "quoted-reply" for b in reading.blocks)


def _reply_parser_cases() -> list[str]:
    root = (
        Path(__file__).resolve().parents[3]
        / "shared"
        / "corpus"
        / "external"
        / "email-reply-parser"
        / "test"
        / "emails"
    )
    return sorted(p.name for p in root.glob("*.txt")) if root.is_dir() else ["(corpus absent)"]


@pytest.mark.parametrize("name", _reply_parser_cases())
def test_email_reply_parser_bodies_lose_no_line_and_quote_every_quote_mark(
    corpus_dir: Path, name: str
) -> None:
    body = (
        (corpus_dir / "email-reply-parser" / "test" / "emails" / name)
        .read_text(encoding="utf-8")
        .replace("\r\n", "\n")
    )
    new, quoted = split_quoted(body)
    kept = [x.strip() for x in (new + "\n" + quoted).split("\n") if x.strip()]
    assert sorted(kept) == sorted(x.strip() for x in body.split("\n") if x.strip())
    assert not any(line.lstrip().startswith(">") for line in new.split("\n")), new


@pytest.mark.parametrize(
    ("name", "reply_starts", "quote_starts"),
    [
        ("email_1_2.txt", "Hi,", "On Tue, 2011-03-01 at 18:02 +0530, Abhishek Kona wrote:"),
        ("email_2_1.txt", "Outlook with a reply", "------------------------------"),
        ("email_BlackBerry.txt", "Here is another email", None),
        ("greedy_on.txt", "On your remote host", "On 9 Jan 2014, at 2:47, George Plymale wrote:"),
    ],
)
def test_email_reply_parser_known_splits(
    corpus_dir: Path, name: str, reply_starts: str, quote_starts: str | None
) -> None:
    body = (corpus_dir / "email-reply-parser" / "test" / "emails" / name).read_text(
        encoding="utf-8"
    )
    new, quoted = split_quoted(body)
    assert new.startswith(reply_starts)
    if quote_starts:
        assert quoted.startswith(quote_starts)


def _mail_parser_cases() -> list[str]:
    root = (
        Path(__file__).resolve().parents[3]
        / "shared"
        / "corpus"
        / "external"
        / "mail-parser"
        / "tests"
        / "mails"
    )
    return sorted(p.name for p in root.glob("mail_*")) if root.is_dir() else ["(corpus absent)"]


@pytest.mark.parametrize("name", _mail_parser_cases())
def test_mail_parser_mails_never_fail_and_decode_headers(
    corpus_dir: Path, tmp_path: Path, name: str
) -> None:
    source = corpus_dir / "mail-parser" / "tests" / "mails" / name
    target = tmp_path / "chat" / f"{name}.eml"
    target.parent.mkdir()
    target.write_bytes(source.read_bytes())
    documents = read_order_file(target, tmp_path, None, Settings(ocr=False))  # images: listed only
    mail = documents[0]
    if name == "mail_outlook_1":  # an Outlook .msg (OLE file) saved as .eml: read as .msg
        assert mail.meta["subject"] == "Newsletter Prüfung Personalwesen / Prüfung Eröffnungsbilanz"
        assert mail.meta["date"] == "2017-09-18T10:00:18"  # 12:00:18 +0200, in UTC
    assert mail.status == "read", mail.error
    assert all("=?" not in value for value in mail.meta.values()), (
        mail.meta
    )  # encoded words decoded
    assert all("\n" not in value and "\r" not in value for value in mail.meta.values())
    for attachment in documents[1:]:
        assert attachment.path.startswith(f"chat/{name}.eml#")
        origin = attachment.meta.get("attachment_of") or attachment.meta.get("member_of", "")
        assert origin.startswith(f"chat/{name}.eml")


@pytest.mark.parametrize("name", ["eml_simple.eml", "eml_with_attachment.eml"])
def test_docling_mails(corpus_dir: Path, tmp_path: Path, name: str) -> None:
    base = corpus_dir / "docling" / "tests" / "data" / "email"
    (tmp_path / name).write_bytes((base / "sources" / name).read_bytes())
    documents = read_order_file(tmp_path / name, tmp_path, None, Settings())
    assert documents[0].status == "read" and documents[0].blocks
    truth = base / "groundtruth" / f"{name}.md"
    if truth.is_file():
        words = {w for w in truth.read_text(encoding="utf-8").split() if w.isalpha()}
        text = " ".join(d.text for d in documents) + " " + " ".join(documents[0].meta.values())
        assert sum(1 for w in words if w in text) / max(1, len(words)) >= 0.8


def test_forwarded_message_and_unnamed_attachment_become_documents(tmp_path: Path) -> None:
    from email.message import EmailMessage

    inner = EmailMessage()
    inner["From"] = "lily@brightway.example.cn"
    inner["Date"] = "Mon, 16 Mar 2026 10:00:00 +0800"
    inner["Subject"] = "Quotation"
    inner.set_content("QUOTATION\nUnit price US$1.85")
    inner.add_attachment(
        (FIXTURES / "pdf" / "pi-ruled.pdf").read_bytes(), maintype="application", subtype="pdf"
    )
    outer = EmailMessage()
    outer["From"] = "tom@buyer.example.com"
    outer["Date"] = "Tue, 17 Mar 2026 09:00:00 +0000"
    outer["Subject"] = "Fwd: Quotation"
    outer.set_content("See the supplier's mail below.")
    outer.add_attachment(inner)
    (tmp_path / "fwd.eml").write_bytes(bytes(outer))
    documents = read_order_file(tmp_path / "fwd.eml", tmp_path, None, Settings())
    assert [(d.path, d.format, d.role, d.status) for d in documents] == [
        ("fwd.eml", "email", "chat", "read"),
        ("fwd.eml#attachment-2.eml", "email", "chat", "read"),
        ("fwd.eml#attachment-2.eml#attachment-2.pdf", "pdf", "pi", "read"),
    ]
    assert documents[1].blocks[0].sender == "lily@brightway.example.cn"
    assert documents[1].meta["date"] == "2026-03-16T02:00:00"  # 10:00 +0800, in UTC
    assert documents[1].meta["message_subject"] == "Fwd: Quotation"


@pytest.mark.parametrize("name", ["msg_simple.msg", "msg_with_attachment.msg"])
def test_docling_outlook_msg(corpus_dir: Path, tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(
        (corpus_dir / "docling" / "tests" / "data" / "email" / "sources" / name).read_bytes()
    )
    documents = read_order_file(tmp_path / name, tmp_path, None, Settings())
    mail = documents[0]
    assert (mail.format, mail.status) == ("email", "read")
    assert mail.meta["from"] == "Alice Example <alice@example.com>"
    assert mail.meta["to"] == "Bob Example <bob@example.com>"
    assert mail.meta["date"] == "2026-05-20T10:30:00"
    assert all(
        b.sender == "Alice Example <alice@example.com>" for b in mail.blocks if b.source is None
    )
    if name == "msg_simple.msg":
        assert [b.text for b in mail.blocks] == ["Hello Bob,", "This is a simple email body."]
    else:
        assert mail.meta["attachments"] == "test.txt, report.pdf"
        text = next(d for d in documents if d.path == "msg_with_attachment.msg#test.txt")
        assert text.blocks[0].text == "This is a test attachment file."
        assert text.meta["attachment_of"] == "msg_with_attachment.msg"


def test_damaged_msg_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "broken.msg").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    document = read_order_file(tmp_path / "broken.msg", tmp_path, None, Settings())[0]
    assert document.status == "unreadable"
    assert document.error and document.error.startswith(
        "broken.msg could not be read: it is a damaged Outlook .msg file"
    )
