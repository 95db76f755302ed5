"""The messages a reply quotes: sender and time from each attribution line (blind case c/09: the
buyer's "Approved, please proceed with the 5-ply carton" survives only inside the supplier's reply)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.ingest.common import Source
from pipeline.ingest.mail_files import read_email
from pipeline.ingest.mail_quotes import quoted_messages

NINGBO = timezone(timedelta(hours=8))

THREAD = """On Mar 12, 2026, at 22:05, Jordan Hayes <jordan@picnictheory.com> wrote:

> Hi Cindy,
>
> Approved, please proceed with the 5-ply carton.
>
> On Wed, Mar 11, 2026 at 3:30 AM Cindy Xu <cindy@lianfa-bags.com> wrote:
>
> > Dear Jordan,
> > we suggest to upgrade the master carton from 3-ply to 5-ply."""


def test_nested_quotes_are_messages_with_their_senders_and_utc_times() -> None:
    replied = datetime(2026, 3, 13, 10, 20, tzinfo=NINGBO)
    buyer, supplier = quoted_messages(THREAD, replied)
    assert buyer.sender == "Jordan Hayes <jordan@picnictheory.com>"
    assert buyer.timestamp == "2026-03-12T14:05:00"  # 22:05 in the reply's zone (+0800)
    assert buyer.text == "Hi Cindy,\n\nApproved, please proceed with the 5-ply carton."
    assert supplier.sender == "Cindy Xu <cindy@lianfa-bags.com>"
    assert supplier.timestamp == "2026-03-10T19:30:00"  # 3:30 AM +0800
    assert supplier.text.startswith("Dear Jordan,\nwe suggest to upgrade")


@pytest.mark.parametrize(
    ("quoted", "sender", "stamp", "text"),
    [
        ("在 2026年1月27日 09:23，Sunny <s@x.cn> 写道：\n> 好的，可以", "Sunny <s@x.cn>", "2026-01-27T09:23:00", "好的，可以"),
        ("Am 27.01.2026 um 09:23 schrieb Sunny <s@x.cn>:\n> passt", "Sunny <s@x.cn>", "2026-01-27T09:23:00", "passt"),
        ("Le mar. 27 janv. 2026 à 09:23, Claire <c@x.fr> a écrit :\n> d'accord", "Claire <c@x.fr>", "2026-01-27T09:23:00", "d'accord"),
        ("On Tue, 27 Jan 2026 at 09:23, Sunny wrote:\n> Can you accept?", "Sunny", "2026-01-27T09:23:00", "Can you accept?"),
        (
            "From: Anna Keller <anna@keller.example>\nSent: Thursday, March 12, 2026 10:05 PM\n"
            "To: Cindy\nSubject: RE: carton\n\nOK, go ahead with 5-ply.",
            "Anna Keller <anna@keller.example>", "2026-03-12T22:05:00", "OK, go ahead with 5-ply.",
        ),
    ],
)  # fmt: skip
def test_attribution_lines_as_clients_write_them(
    quoted: str, sender: str, stamp: str, text: str
) -> None:
    [message] = quoted_messages(quoted, None)
    assert (message.sender, message.timestamp, message.text) == (sender, stamp, text)


def test_quoted_text_without_attribution_gives_no_message() -> None:
    assert quoted_messages("> an old line\n> another", None) == []


def test_a_reply_read_from_a_real_mail_file(tmp_path: Path) -> None:
    mail = EmailMessage()
    mail["From"] = "Cindy Xu <cindy@lianfa-bags.com>"
    mail["To"] = "Jordan Hayes <jordan@picnictheory.com>"
    mail["Subject"] = "Re: Carton upgrade"
    mail["Date"] = "Fri, 13 Mar 2026 10:20:00 +0800"
    mail.set_content("Dear Jordan,\n\nThanks for your approval, revised PI attached.\n\n" + THREAD)
    path = tmp_path / "reply.eml"
    path.write_bytes(bytes(mail))
    reading = read_email(Source("chat/reply.eml", path.read_bytes()), Settings())
    own = [b for b in reading.blocks if b.source is None]
    assert {b.timestamp for b in own} == {"2026-03-13T02:20:00"}  # the Date header, in UTC
    quoted = [(b.sender, b.timestamp, b.text) for b in reading.blocks if b.source == "quoted-reply"]
    assert ("Jordan Hayes <jordan@picnictheory.com>", "2026-03-12T14:05:00",
            "Approved, please proceed with the 5-ply carton.") in quoted  # fmt: skip
