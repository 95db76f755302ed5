"""Chat exports: WhatsApp variants, WeChat, Telegram, plain logs, and the real exports of the corpus."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.ingest import read_file, read_order_file
from pipeline.ingest.chat_exports import parse_telegram, parse_wechat, parse_whatsapp, sniff_chat
from pipeline.ingest.common import Source
from pipeline.ingest.text import decode_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
WHATSAPP = json.loads((FIXTURES / "whatsapp" / "expected.json").read_text(encoding="utf-8"))


def _messages(blocks) -> list[dict]:
    return [
        {
            "timestamp": b.timestamp,
            "sender": b.sender,
            "text": b.text,
            "system": b.system,
            "attachment": b.attachment,
        }
        for b in blocks
    ]


def test_there_are_at_least_25_whatsapp_variants() -> None:
    assert len(WHATSAPP) >= 25
    assert {v["platform"] for v in WHATSAPP.values()} == {"android", "ios"}
    assert {"en", "de", "es", "fr", "zh"} <= {v["locale"] for v in WHATSAPP.values()}


@pytest.mark.parametrize("variant", sorted(WHATSAPP))
def test_whatsapp_variant_parses_as_written(variant: str) -> None:
    document = read_file(FIXTURES / "whatsapp" / f"{variant}.txt")
    assert document.format == "whatsapp"
    assert document.role == "chat"
    assert document.status == "read"
    assert _messages(document.blocks) == WHATSAPP[variant]["messages"]


@pytest.mark.parametrize("variant", sorted(WHATSAPP))
def test_every_line_of_a_whatsapp_export_lands_in_exactly_one_message(variant: str) -> None:
    text, _ = decode_text(Source("x.txt", (FIXTURES / "whatsapp" / f"{variant}.txt").read_bytes()))
    lines = text.rstrip("\n").split("\n")
    messages = parse_whatsapp(text)
    covered = [n for m in messages for n in range(m.first_line, m.last_line + 1)]
    assert covered == list(range(1, len(lines) + 1))
    assert len(lines) == WHATSAPP[variant]["lines"]
    # and each message's text is exactly its lines (header prefix aside)
    for m in messages:
        tail = [line for line in lines[m.first_line : m.last_line]]
        if tail:
            assert m.text.endswith("\n".join(tail).strip().replace("\u200e", ""))


def test_chinese_phone_export_reads_afternoon_and_noon_clock() -> None:
    document = read_file(FIXTURES / "whatsapp" / "android-zh-cn-12h.txt")
    stamps = [b.timestamp for b in document.blocks]
    assert stamps[2] == "2026-03-12T14:05:00"  # 下午2:05
    assert stamps[4] == "2026-03-15T00:10:00"  # 上午12:10
    assert stamps[5] == "2026-04-02T12:30:00"  # 中午12:30
    assert document.blocks[3].text == "<省略影音内容>" and document.blocks[3].system
    assert document.blocks[0].system and "端到端加密" in document.blocks[0].text


def test_day_month_order_is_decided_per_file_not_per_line() -> None:
    # 01/02 alone could be either; 13/02 later in the file says day first, for every line.
    text = "01/02/2026, 10:00 - A: one\n05/02/2026, 10:00 - B: two\n13/02/2026, 10:00 - A: three\n"
    assert [m.timestamp[:10] for m in parse_whatsapp(text)] == [
        "2026-02-01",
        "2026-02-05",
        "2026-02-13",
    ]
    text = "01/02/2026, 10:00 - A: one\n02/13/2026, 10:00 - B: two\n"
    assert [m.timestamp[:10] for m in parse_whatsapp(text)] == ["2026-01-02", "2026-02-13"]


def test_day_first_can_be_forced() -> None:
    assert (
        parse_whatsapp("3/6/18, 1:55 p.m. - a: m", day_first=False)[0].timestamp
        == "2018-03-06T13:55:00"
    )
    assert (
        parse_whatsapp("3/6/18, 1:55 p.m. - a: m", day_first=True)[0].timestamp
        == "2018-06-03T13:55:00"
    )


def test_whatsapp_zip_export_is_read_with_its_chat(fixtures: Path, settings: Settings) -> None:
    documents = read_order_file(fixtures / "whatsapp-export.zip", fixtures, None, settings)
    by_path = {d.path: d for d in documents}
    chat = by_path["whatsapp-export.zip#WhatsApp Chat with Lily Chen.txt"]
    assert chat.format == "whatsapp" and chat.role == "chat" and len(chat.blocks) == 6
    assert chat.meta["member_of"] == "whatsapp-export.zip"
    assert by_path["whatsapp-export.zip"].format == "zip"
    assert by_path["whatsapp-export.zip#IMG-20260313-WA0001.jpg"].format == "image"


# --- WeChat, Telegram, logs ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["wechat-export.txt", "wechat-export-gbk.txt"])
def test_wechat_export(name: str) -> None:
    document = read_file(FIXTURES / "chats" / name)
    assert document.format == "wechat"
    rows = _messages(document.blocks)
    assert len(rows) == 5
    assert rows[0] == {
        "timestamp": "2026-03-12T14:05:31",
        "sender": "张经理",
        "text": "新的银行账户如下：\n开户行：中国银行宁波分行",
        "system": False,
        "attachment": None,
    }
    assert rows[1]["sender"] == "Tom Baker" and rows[1]["text"] == "Please send it on the PI."
    assert rows[2]["system"] is True  # [图片]
    assert rows[3]["attachment"] == "PI-2291-R1.pdf"
    assert rows[4]["system"] is True  # 撤回了一条消息


def test_wechat_export_with_name_before_time() -> None:
    rows = _messages(read_file(FIXTURES / "chats" / "wechat-name-first.txt").blocks)
    assert [(r["timestamp"], r["sender"], r["text"]) for r in rows] == [
        ("2026-03-12T14:05:31", "张经理", "单价改为1.95美元"),
        ("2026-03-12T14:06:00", "Tom Baker", "No, keep 1.85"),
    ]


def test_wechat_lines_round_trip() -> None:
    text = (FIXTURES / "chats" / "wechat-export.txt").read_text(encoding="utf-8")
    lines = text.rstrip("\n").split("\n")
    messages = parse_wechat(text)
    assert [n for m in messages for n in range(m.first_line, m.last_line + 1)] == list(
        range(1, len(lines) + 1)
    )


def test_plain_chat_log() -> None:
    document = read_file(FIXTURES / "chats" / "chat-log.txt")
    assert document.format == "chatlog"
    assert [(b.timestamp, b.sender, b.text) for b in document.blocks] == [
        ("2026-03-12T14:05:00", "Lily", "new account attached"),
        ("2026-03-12T14:06:00", "Tom", "which bank?\nplease confirm by mail"),
        ("2026-03-12T15:00:00", "Lily", "HSBC Hong Kong"),
    ]


def test_telegram_export() -> None:
    document = read_file(FIXTURES / "chats" / "result.json")
    assert document.format == "telegram" and document.role == "chat"
    rows = _messages(document.blocks)
    assert (
        rows[0]["timestamp"] == "2026-03-12T14:05:31"
        and rows[0]["text"] == "Price stays US$1.85/pc"
    )
    assert rows[1]["text"] == "Bank: HSBC ok?"
    assert rows[2]["system"] is True and rows[2]["sender"] == "Lily Chen"
    assert rows[3]["attachment"] == "PI-2291.pdf"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("12/03/2026, 09:05 - Lily: hi\n", "whatsapp"),
        ("[2026-03-12 14:05] Lily: hi\n", "chatlog"),
        ("2026-03-12 14:05:31 张经理\n你好\n", "wechat"),
        ("Dear Tom,\nthe price is 1.85\n", None),
        ("2026-03-12 meeting notes\nprice 1.85\n", None),
    ],
)
def test_sniff_chat(text: str, kind: str | None) -> None:
    assert sniff_chat(text) == kind


# --- the real exports of the shared corpus ----------------------------------------------------


def _chat_miner_target(corpus_dir: Path, platform: str) -> list[dict]:
    return json.loads(
        (corpus_dir / "chat-miner" / "test" / platform / "target.json").read_text(encoding="utf-8")
    )


WHATSAPP_FILES = [
    "test_[mmddyy]_24hrs.txt",
    "test_ddmmyy_24hrs.txt",
    "test_mmddyy_24hrs.txt",
    "test_mmddyyyy_12hrs.txt",
    "test_yyyymmdd_24hrs.txt",
]


@pytest.mark.parametrize("name", WHATSAPP_FILES)
def test_chat_miner_whatsapp_exports_match_their_target(corpus_dir: Path, name: str) -> None:
    document = read_file(corpus_dir / "chat-miner" / "test" / "whatsapp" / name)
    assert document.format == "whatsapp" and document.status == "read"
    # chat-miner keeps user messages only and joins continuation lines with a space.
    got = [
        (b.timestamp, b.sender, " ".join(b.text.split())) for b in document.blocks if not b.system
    ]
    target = [
        (t["timestamp"], t["author"], t["message"])
        for t in reversed(_chat_miner_target(corpus_dir, "whatsapp"))
    ]
    assert got == target


@pytest.mark.parametrize("name", ["test_single_export.json", "test_batch_export.json"])
def test_chat_miner_telegram_exports_match_their_target(corpus_dir: Path, name: str) -> None:
    path = corpus_dir / "chat-miner" / "test" / "telegram" / name
    document = read_file(path)
    assert document.format == "telegram"
    got = {(b.timestamp, b.sender, b.text) for b in document.blocks if not b.system}
    target = {
        (t["timestamp"], t["author"], t["message"])
        for t in _chat_miner_target(corpus_dir, "telegram")
    }
    assert target <= got


def _pustur_cases(corpus_dir: Path) -> list[dict]:
    return json.loads(
        (corpus_dir / "whatsapp-chat-parser" / "cases_from_tests.json").read_text(encoding="utf-8")
    )["cases"]


def _iso(value: str) -> str:
    return datetime.fromisoformat(value.replace("Z", "")).replace(microsecond=0).isoformat()


def test_whatsapp_chat_parser_cases(corpus_dir: Path) -> None:
    cases = _pustur_cases(corpus_dir)
    assert len(cases) == 22
    checked = 0
    for case in cases:
        text = case.get("line") or case.get("text") or "\n".join(case.get("lines", []))
        expected = case["expected"]
        messages = parse_whatsapp(text)
        first = messages[0]
        if "date_utc_naive" in expected:
            assert (first.timestamp, first.sender, first.text) == (
                _iso(expected["date_utc_naive"]),
                expected["author"],
                expected["message"],
            ), case["id"]
        if "attachment_filename" in expected:
            assert first.attachment == expected["attachment_filename"], case["id"]
        if "daysFirst=true" in expected:
            assert parse_whatsapp(text, day_first=True)[0].timestamp == _iso(
                expected["daysFirst=true"]
            )
            assert parse_whatsapp(text, day_first=False)[0].timestamp == _iso(
                expected["daysFirst=false"]
            )
        if "dates_utc_naive" in expected:
            assert [m.timestamp for m in messages] == [
                _iso(d) for d in expected["dates_utc_naive"]
            ], case["id"]
        if "message_count" in expected:
            assert len(messages) == expected["message_count"], case["id"]
        if "system_messages" in expected:
            assert sum(1 for m in messages if m.system) == expected["system_messages"], case["id"]
        if "last_message" in expected:
            assert messages[-1].text == expected["last_message"].strip()
            assert messages[-1].sender == expected["last_author"]
        if "system" in expected:
            assert first.system is expected["system"] and first.sender == expected.get(
                "author", first.sender
            ), case["id"]
            if "date" in expected:
                assert first.timestamp == _iso(expected["date"])
        if "author" in expected and "date_utc_naive" not in expected:
            assert first.sender == expected["author"], case["id"]
        checked += 1
    assert checked == len(cases)


def test_telegram_parser_ignores_odd_shapes() -> None:
    assert (
        parse_telegram({"messages": [1, "x", {"type": "message", "text": [{"type": "bold"}]}]})[
            0
        ].text
        == ""
    )
    assert parse_telegram([1, 2]) == []


@pytest.mark.parametrize(
    ("header", "stamp", "sender"),
    [
        ("2026-03-12 14:05:31 张经理", "2026-03-12T14:05:31", "张经理"),
        ("2026/3/12 14:05 张经理", "2026-03-12T14:05:00", "张经理"),
        ("2026年3月12日 下午2:05 张经理", "2026-03-12T14:05:00", "张经理"),
        ("2026年03月12日 上午12:10:00 Tom Baker", "2026-03-12T00:10:00", "Tom Baker"),
        ("张经理 2026-03-12 14:05:31", "2026-03-12T14:05:31", "张经理"),
        ("Tom Baker (2026-03-12 14:05:31)", "2026-03-12T14:05:31", "Tom Baker"),
        ("张经理（2026-03-12 14:05:31）", "2026-03-12T14:05:31", "张经理"),
    ],
)
def test_wechat_header_variants(header: str, stamp: str, sender: str) -> None:
    text = f"{header}\n第一行\n第二行\n"
    assert sniff_chat(text) == "wechat"
    assert [(m.timestamp, m.sender, m.text) for m in parse_wechat(text)] == [
        (stamp, sender, "第一行\n第二行")
    ]


# fmt: off
ONE_LINERS = [
    # (line, timestamp, sender, text, system)
    ("[12/03/2026, 09:05:00] ~\u202fLily Chen: hi", "2026-03-12T09:05:00", "Lily Chen", "hi", False),
    ("2026. 3. 12. 오후 2:05 - 김: 안녕", "2026-03-12T14:05:00", "김", "안녕", False),
    ("[2026/03/12 午後2:05:09] 田中: はい", "2026-03-12T14:05:09", "田中", "はい", False),
    ("12/03/2026, 14:05 – Lily: en dash", "2026-03-12T14:05:00", "Lily", "en dash", False),
    ("2026-03-12T14:05:00 Lily: iso with T", "2026-03-12T14:05:00", "Lily", "iso with T", False),
    ("12.03.26, 14:05 - Lily: Preis: 1,85 €", "2026-03-12T14:05:00", "Lily", "Preis: 1,85 €", False),
    ("2026/3/12 凌晨1:05 - 张经理: 早", "2026-03-12T01:05:00", "张经理", "早", False),
    ("2026/3/12 晚上9:05 - 张经理: 晚安", "2026-03-12T21:05:00", "张经理", "晚安", False),
    ("2026/3/12 中午1:05 - 张经理: 午饭", "2026-03-12T13:05:00", "张经理", "午饭", False),
    ("2026/3/12 下午12:05 - 张经理: noon", "2026-03-12T12:05:00", "张经理", "noon", False),
    ("12/03/2026, 12:05 am - Lily: midnight", "2026-03-12T00:05:00", "Lily", "midnight", False),
    ("2026/3/12 14:05 - 张经理: 此消息已删除", "2026-03-12T14:05:00", "张经理", "此消息已删除", True),
    ("2026/3/12 14:05 - 张经理: <省略影音内容>", "2026-03-12T14:05:00", "张经理", "<省略影音内容>", True),
    ("2026/3/12 14:05 - 消息和通话已进行端到端加密。点按了解更多。", "2026-03-12T14:05:00", None, "消息和通话已进行端到端加密。点按了解更多。", True),
    ("12/03/2026, 14:05 - Lily: You deleted this message.", "2026-03-12T14:05:00", "Lily", "You deleted this message.", True),
    ("12/03/2026, 14:05 - +86 138 1234 5678: 你好", "2026-03-12T14:05:00", "+86 138 1234 5678", "你好", False),
]
# fmt: on


@pytest.mark.parametrize(("line", "stamp", "sender", "text", "system"), ONE_LINERS)
def test_whatsapp_one_line_forms(
    line: str, stamp: str, sender: str | None, text: str, system: bool
) -> None:
    (message,) = parse_whatsapp(line + "\n")
    assert (message.timestamp, message.sender, message.text, message.system) == (
        stamp,
        sender,
        text,
        system,
    )


def test_chat_miner_signal_export_reads_as_a_chat_log(corpus_dir: Path) -> None:
    document = read_file(corpus_dir / "chat-miner" / "test" / "signal" / "test_export.txt")
    assert document.format in ("chatlog", "whatsapp") and document.role == "chat"
    got = [(b.timestamp, b.sender, " ".join(b.text.split())) for b in document.blocks]
    target = [
        (t["timestamp"], t["author"], t["message"])
        for t in reversed(_chat_miner_target(corpus_dir, "signal"))
    ]
    assert got == target
