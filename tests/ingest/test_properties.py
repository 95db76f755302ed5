"""Property: the chat and text readers never raise on arbitrary bytes; they read or refuse."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.config import Settings
from pipeline.errors import UnreadableDocument
from pipeline.ingest import READERS, read_order_file
from pipeline.ingest.chat_exports import parse_telegram, parse_wechat, parse_whatsapp, sniff_chat
from pipeline.ingest.common import Source

TEXT_READERS = [
    ".txt",
    ".md",
    ".csv",
    ".json",
    ".html",
    ".eml",
    ".mbox",
    ".msg",
    "whatsapp",
    "wechat",
    "telegram",
    "chatlog",
]

# Bytes that look a little like chat exports, so the parsers' deeper paths are exercised too.
chatty = st.lists(
    st.one_of(
        st.sampled_from(
            [b"12/03/2026, 09:05 - ", b"[3/12/26, 2:05:31\xe2\x80\xafPM] ", b"2026/3/12 \xe4\xb8\x8b\xe5\x8d\x882:05 - ",
             b"2026-03-12 14:05:31 ", b"Lily: ", b"\n", b"\r\n", b"\xe2\x80\x8e", b"<Media omitted>", b"{\"messages\": [",
             b"From: a@b.c\n", b"\xff\xfe", b"\xef\xbb\xbf", b"\x00"]
        ),
        st.binary(max_size=20),
    ),
    max_size=30,
).map(b"".join)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=2000), chatty))
def test_text_and_chat_readers_never_raise_on_arbitrary_bytes(data: bytes) -> None:
    for key in TEXT_READERS:
        name = f"chat/x{key}" if key.startswith(".") else "chat/x.txt"
        try:
            reading = READERS[key](Source(name, data), Settings())
        except UnreadableDocument as exc:
            assert exc.path == name and exc.reason
            continue
        assert reading.status in ("read", "partial")


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=2000))
def test_chat_parsers_never_raise_on_arbitrary_text(text: str) -> None:
    sniff_chat(text)
    for parse in (parse_whatsapp, parse_wechat):
        messages = parse(text)
        lines = text.split("\n")
        covered = [n for m in messages for n in range(m.first_line, m.last_line + 1)]
        assert covered == sorted(set(covered))
        assert all(1 <= n <= len(lines) for n in covered)
    parse_telegram({"messages": [{"text": text, "date": text}]})


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.one_of(st.binary(max_size=3000), chatty),
    suffix=st.sampled_from(
        [".txt", ".pdf", ".docx", ".xlsx", ".zip", ".eml", ".json", ".png", ".xyz"]
    ),
)
def test_read_order_file_never_raises(tmp_path_factory, data: bytes, suffix: str) -> None:
    folder = tmp_path_factory.mktemp("order")
    path = Path(folder) / f"file{suffix}"
    path.write_bytes(data)
    documents = read_order_file(path, folder, None, Settings(ocr=False))
    assert documents[0].path == f"file{suffix}"
    if documents[0].status == "unreadable":
        assert documents[0].error and documents[0].error.startswith(
            f"file{suffix} could not be read: "
        )
