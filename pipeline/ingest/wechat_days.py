"""WeChat exports that print the day once, as a divider, and only the time on each message.

Some export tools and phone copy-outs write a conversation as::

    ———————  2026-02-03  ———————

    郑浩 小郑  10:21
    Winnie你好，报价单发你邮箱了

    15:12  "郑浩 小郑" 撤回了一条消息

`dated_by_day_dividers` rewrites each message header in place to the dated form the WeChat
reader already knows ('2026-02-03 10:21 郑浩 小郑'), so line numbers stay those of the file.
A recall or other system notice that starts with the time becomes a header of the system sender.
"""

from __future__ import annotations

import re

_DATE = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
# "——— 2026-02-03 ———", "---- 2026年2月3日 星期二 ----", "= 2026/02/03 ="
_DAY_DIVIDER = re.compile(
    rf"^\s*[-—–=─_·\s]*(?P<date>{_DATE})(?:\s*(?:星期.|周.|[A-Z][a-z]+day))?[-—–=─_·\s]*$"
)
# "郑浩 小郑  10:21": the sender, two spaces or a tab, the time (a message line never ends so)
_NAME_TIME = re.compile(
    r"^(?P<name>[^\d\s:：][^:：]{0,60}?)(?:\s{2,}|\t)(?P<ampm>上午|下午|中午|凌晨|晚上|早上)?"
    r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\s*$"
)
# '15:12  "郑浩 小郑" 撤回了一条消息': a notice of the app, stamped with the time first
_TIME_NOTICE = re.compile(r"^(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\s{2,}(?P<rest>\S.*)$")
SYSTEM_SENDER = "系统消息"


def dated_by_day_dividers(lines: list[str]) -> list[str] | None:
    """The lines with every 'Name  hh:mm' header dated by the divider above it; None when the
    text has no day divider followed by such a header (another layout)."""
    out = list(lines)
    day: str | None = None
    headers = 0
    for i, line in enumerate(lines):
        text = line.strip()
        if m := _DAY_DIVIDER.match(text):
            day = m["date"]
            out[i] = ""
            continue
        if day is None:
            continue
        if m := _NAME_TIME.match(text):
            out[i] = f"{day} {m['ampm'] or ''}{m['time']} {m['name'].strip()}"
            headers += 1
        elif m := _TIME_NOTICE.match(text):
            out[i] = f"{day} {m['time']} {SYSTEM_SENDER}"
    return out if headers else None
