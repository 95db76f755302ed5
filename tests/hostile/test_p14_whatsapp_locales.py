"""Issue 13, point 14: real phone exports with Arabic-Indic digits (Arabic and Persian/Urdu
layouts) and Vietnamese ones (time before date, "SA"/"CH") gave 0 messages, and Thai Buddhist
years (2569) stayed 2569. Every Unicode digit is read as its value, time-first headers are read,
Buddhist and Japanese era years become Gregorian, and the locales' am/pm words are data
(pipeline/ingest/data/chat.toml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import read_file

RLM = "\u200f"
NNBSP = "\u202f"

# name -> (export as the phone writes it, [(timestamp, sender, text), ...])
# fmt: off
EXPORTS: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "arabic-android": (
        f"١٢{RLM}/٣{RLM}/٢٠٢٦ ١٠:٣٠ ص - ليلى: السعر ١٫٨٥ دولار للقطعة\n"
        f"١٢{RLM}/٣{RLM}/٢٠٢٦ ٢:٠٥ م - آنا: موافق\n"
        f"١٣{RLM}/٣{RLM}/٢٠٢٦ ١٢:١٠ ص - ليلى: حساب بنكي جديد\n",
        [("2026-03-12T10:30:00", "ليلى", "السعر ١٫٨٥ دولار للقطعة"),
         ("2026-03-12T14:05:00", "آنا", "موافق"),
         ("2026-03-13T00:10:00", "ليلى", "حساب بنكي جديد")],
    ),
    "arabic-ios": (
        f"{RLM}[١٢{RLM}/٣{RLM}/٢٠٢٦، ١٠:٣٠:١٥ ص] ليلى: السعر\n"
        f"{RLM}[١٢{RLM}/٣{RLM}/٢٠٢٦، ٢:٠٥:٠٠{NNBSP}م] آنا: موافق\n",
        [("2026-03-12T10:30:15", "ليلى", "السعر"), ("2026-03-12T14:05:00", "آنا", "موافق")],
    ),
    "persian-digits": (
        "۱۲/۳/۲۰۲۶, ۱۰:۳۰ ق.ظ. - Lily: price ۱٫۸۵\n۱۳/۳/۲۰۲۶, ۲:۰۵ ب.ظ. - Anna: ok\n",
        [("2026-03-12T10:30:00", "Lily", "price ۱٫۸۵"), ("2026-03-13T14:05:00", "Anna", "ok")],
    ),
    "vietnamese-android-24h": (
        "10:30, 12/3/2026 - Lily: Giá 1,85 USD\n14:05, 13/3/2026 - Anna: Đồng ý\n",
        [("2026-03-12T10:30:00", "Lily", "Giá 1,85 USD"), ("2026-03-13T14:05:00", "Anna", "Đồng ý")],
    ),
    "vietnamese-android-12h": (
        "10:30 SA, 12/03/2026 - Lily: Giá\n2:05 CH, 13/03/2026 - Anna: Đồng ý\n12:15 SA, 14/03/2026 - Lily: tài khoản mới\n",
        [("2026-03-12T10:30:00", "Lily", "Giá"), ("2026-03-13T14:05:00", "Anna", "Đồng ý"),
         ("2026-03-14T00:15:00", "Lily", "tài khoản mới")],
    ),
    "vietnamese-ios": (
        "[10:30:15, 12/3/2026] Lily: Giá\n[2:05:00 CH, 13/3/2026] Anna: Đồng ý\n",
        [("2026-03-12T10:30:15", "Lily", "Giá"), ("2026-03-13T14:05:00", "Anna", "Đồng ý")],
    ),
    "thai-buddhist": (
        "12/3/2569 10:30 - Lily: ราคา 1.85\n13/3/2569 14:05 - Anna: ตกลง\n",
        [("2026-03-12T10:30:00", "Lily", "ราคา 1.85"), ("2026-03-13T14:05:00", "Anna", "ตกลง")],
    ),
    "thai-digits": (
        "๑๒/๓/๒๕๖๙ ๑๐:๓๐ - Lily: ราคา\n",
        [("2026-03-12T10:30:00", "Lily", "ราคา")],
    ),
    "buddhist-marker-ios": (
        "[3/18/2565 BE, 14:56:01] Elon: hello\n[3/27/2565 BE, 21:41:35] Dmitry: Hello World\n",
        [("2022-03-18T14:56:01", "Elon", "hello"), ("2022-03-27T21:41:35", "Dmitry", "Hello World")],
    ),
    "japanese-era-ios": (
        "[3/18/R4, 14:56:01] Elon: hello\n[1/7/R5, 23:32:30] Dmitry: Hello World\n",
        [("2022-03-18T14:56:01", "Elon", "hello"), ("2023-01-07T23:32:30", "Dmitry", "Hello World")],
    ),
}
# fmt: on


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_a_locale_export_is_read_message_by_message(tmp_path: Path, name: str) -> None:
    text, expected = EXPORTS[name]
    chat = tmp_path / "chat" / f"WhatsApp Chat - {name}.txt"
    chat.parent.mkdir()
    chat.write_text(text, encoding="utf-8")
    document = read_file(chat)
    assert document.status == "read" and document.format == "whatsapp"
    assert [(b.timestamp, b.sender, b.text) for b in document.blocks] == expected
