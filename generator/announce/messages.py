"""The words of each announcement: Telegram HTML with every value escaped, Mastodon plain text.

Values come from postings, which are untrusted content: in Telegram's HTML mode a title like "<b>x</b> & co"
must arrive as text, so every value goes through `escape` (html.escape, and breaks in what Telegram would link
or mention on its own); markup and links are only ever ours.
"""
from __future__ import annotations

import re
from collections import Counter
from html import escape as html_escape

from ..base.addresses import category_url
from .roles import Board, Role

# Telegram allows 4096 characters after entity parsing; the raw HTML is always longer than that, so keeping
# the raw text under this budget keeps the message under the limit with room to spare.
TELEGRAM_BUDGET = 3900
MASTODON_LIMIT = 500  # Mastodon's default status length
# Telegram finds entities in plain text on its own, whatever the parse mode
# (https://core.telegram.org/bots/api#messageentity): mentions (@name), URLs (bare domains and t.me/… too),
# hashtags, cashtags ($USD), bot commands (/start) and e-mail addresses. In a value from a posting a zero-width
# space after '@', '#', '$', '/' and after a dot that joins two words breaks each of them, invisibly.
TELEGRAM_ENTITY_START = re.compile(r"[@#$/]|\.(?=\w)")
ZERO_WIDTH_SPACE = "\u200b"


def escape(text: str) -> str:
    """A posting's value for Telegram's HTML mode: no markup, and nothing Telegram would link or mention."""
    return html_escape(TELEGRAM_ENTITY_START.sub(lambda m: m.group() + ZERO_WIDTH_SPACE, text))


def place_line(role: Role) -> str:
    """'Berlin, Germany · On-site'; remote roles' place already says 'Remote (…)', as on the role's page."""
    parts = [role.place] if role.place else []
    if not role.place.startswith("Remote"):
        parts.append(role.workplace)
    return " · ".join(parts)


def pay_line(role: Role) -> str | None:
    if role.pay is None:
        return None
    if role.pay_estimated:
        return f"Estimated pay: {role.pay} (our estimate; the employer gives no range)"
    return f"Pay: {role.pay}"


def telegram_message(role: Role) -> str:
    lines = [f"<b>{escape(role.title)}</b> at {escape(role.company)}", escape(place_line(role))]
    if (pay := pay_line(role)) is not None:
        lines.append(html_escape(pay))  # our words and figures: "$" here is no cashtag
    if role.offers:
        lines.append(html_escape(role.offers))  # our words: "Visa sponsorship · Relocation"
    lines.append(f'<a href="{html_escape(role.url)}">{html_escape(role.url)}</a>')
    return "\n".join(lines)


def telegram_digest(roles: list[Role], board: Board, category_id: str, category: str) -> str:
    """One message for many roles: a linked line each while they fit, then how many more and where."""
    page = board.url.rstrip("/") + category_url(category_id)
    head = f"<b>{len(roles)} new {escape(category)} roles on {escape(board.name)}</b>\n"
    tail = f'\n<a href="{html_escape(page)}">All {escape(category)} roles</a>'
    lines: list[str] = []
    used = len(head) + len(tail) + len("\n…and 99999 more")
    for i, role in enumerate(roles):
        line = (f'• <a href="{html_escape(role.url)}">{escape(role.title)}</a> at {escape(role.company)}'
                f" · {escape(place_line(role))}")
        if used + len(line) + 1 > TELEGRAM_BUDGET:
            lines.append(f"…and {len(roles) - i} more")
            break
        lines.append(line)
        used += len(line) + 1
    return head + "\n" + "\n".join(lines) + "\n" + tail


def _quiet(text: str) -> str:
    """Keep '@name@host' in a title from mentioning (and notifying) a Mastodon account: a zero-width space."""
    return text.replace("@", "@\u200b")


def mastodon_message(role: Role) -> str:
    tail = [place_line(role), *([pay] if (pay := pay_line(role)) else []), *([role.offers] if role.offers else []),
            role.url]
    head = f"New {role.category} role: {role.title} at {role.company}"
    room = MASTODON_LIMIT - sum(len(x) + 1 for x in tail)
    if len(head) > room:
        head = head[: max(room - 1, 0)] + "…"
    return _quiet("\n".join([head, *tail]))


def mastodon_digest(roles: list[Role], board: Board) -> str:
    counts = Counter(r.category for r in roles)
    parts = ", ".join(f"{n} {label}" for label, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    text = f"{len(roles)} new roles on {board.name}: {parts}."
    return _quiet(text[: MASTODON_LIMIT - len(board.url) - 2] + "\n" + board.url)
