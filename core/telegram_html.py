"""Telegram's HTML parse mode, checked before sending: what the Bot API would refuse.

One checker for everything the bot sends with `parse_mode=HTML`: knowledge validation
(`core.kb.validate`, so `kb validate`, hot reload and `/reload` refuse an announcement Telegram
would reject) and the renderer's property tests. The rules are Telegram's own
(https://core.telegram.org/bots/api#html-style):

* tags: b, strong, i, em, u, ins, s, strike, del, span class="tg-spoiler", tg-spoiler,
  a href, code (class="language-…" inside pre), pre, blockquote (expandable), tg-emoji emoji-id;
  properly nested and closed;
* entities: only &lt; &gt; &amp; &quot; and numeric ones (&#39; &#x1F600;); a `<` or `&` that
  starts neither a tag nor an entity is an error;
* links only to https://, http:// or tg:// addresses; no self-closing tags (no <br/>);
* length counted as Telegram does: after parsing, in UTF-16 code units (4096 for a message,
  1024 for a photo caption).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

TAGS: dict[str, frozenset[str]] = {
    "b": frozenset(), "strong": frozenset(), "i": frozenset(), "em": frozenset(),
    "u": frozenset(), "ins": frozenset(), "s": frozenset(), "strike": frozenset(),
    "del": frozenset(), "span": frozenset({"class"}), "tg-spoiler": frozenset(),
    "a": frozenset({"href"}), "code": frozenset({"class"}), "pre": frozenset(),
    "blockquote": frozenset({"expandable"}), "tg-emoji": frozenset({"emoji-id"}),
}
"""Allowed tags and the attributes Telegram reads on each."""

REQUIRED: dict[str, str] = {"a": "href", "tg-emoji": "emoji-id"}
TEXT_LIMIT, CAPTION_LIMIT = 4096, 1024
"""Telegram's limits for a message and a photo caption, in UTF-16 code units after parsing."""

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*(/?)>")
_ATTR = re.compile(r"([A-Za-z-]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>\"']+))?")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


@dataclass(frozen=True)
class HtmlProblem:
    """What Telegram would refuse, at a 0-based character `offset` of the text."""

    offset: int
    message: str

    def line_col(self, text: str) -> tuple[int, int]:
        """1-based (line, column) of the problem inside `text`."""
        before = text[:self.offset]
        return before.count("\n") + 1, self.offset - (before.rfind("\n") + 1) + 1


def html_problems(text: str) -> list[HtmlProblem]:
    """Every reason Telegram's HTML parser would reject `text`; [] when it is deliverable."""
    problems: list[HtmlProblem] = []
    stack: list[tuple[str, int]] = []
    i = 0
    while True:
        lt, amp = text.find("<", i), text.find("&", i)
        hits = [p for p in (lt, amp) if p >= 0]
        if not hits:
            break
        pos = min(hits)
        if pos == amp:
            m = _ENTITY.match(text, pos)
            if m is None:
                problems.append(HtmlProblem(pos, "a bare '&' (write &amp;) or an entity Telegram "
                                                 "does not know (only &lt; &gt; &amp; &quot; "
                                                 "and numeric ones)"))
                i = pos + 1
            else:
                i = m.end()
            continue
        m = _TAG.match(text, pos)
        if m is None:
            problems.append(HtmlProblem(pos, "a bare '<' (write &lt;) or a broken tag"))
            i = pos + 1
            continue
        closing, name, attrs = m.group(1) == "/", m.group(2).lower(), m.group(3)
        i = m.end()
        if m.group(4):
            problems.append(HtmlProblem(pos, f"<{name}/> is not allowed: Telegram has no "
                                             f"self-closing tags (for a line break just start "
                                             f"a new line)"))
            continue
        if name not in TAGS:
            problems.append(HtmlProblem(pos, f"<{name}> is not allowed in Telegram messages "
                                             f"(allowed: {', '.join(TAGS)})"))
            continue
        if closing:
            if attrs.strip():
                problems.append(HtmlProblem(pos, f"a closing </{name}> cannot have attributes"))
            if not stack:
                problems.append(HtmlProblem(pos, f"</{name}> closes a tag that was never opened"))
                continue
            if stack[-1][0] != name:
                problems.append(HtmlProblem(pos, f"</{name}> closes <{stack[-1][0]}>: tags "
                                                 f"must nest (close </{stack[-1][0]}> first)"))
                if any(n == name for n, _ in stack):  # resynchronise on the matching opener
                    while stack and stack[-1][0] != name:
                        stack.pop()
                    stack.pop()
                continue
            stack.pop()
            continue
        problems += _attr_problems(name, attrs, pos)
        stack.append((name, pos))
    for name, pos in stack:
        problems.append(HtmlProblem(pos, f"<{name}> is not closed (add </{name}>)"))
    return sorted(problems, key=lambda p: p.offset)


def html_errors(text: str) -> list[str]:
    """`html_problems` as readable lines (for staff replies and previews); [] when fine."""
    return [p.message for p in html_problems(text)]


def _attr_problems(name: str, attrs: str, pos: int) -> list[HtmlProblem]:
    found = {m.group(1).lower(): (m.group(2) or "").strip("\"'") for m in _ATTR.finditer(attrs)}
    out = [HtmlProblem(pos, f"<{name}> cannot have the attribute '{a}'")
           for a in found if a not in TAGS[name]]
    need = REQUIRED.get(name)
    if need and not found.get(need):
        out.append(HtmlProblem(pos, f"<{name}> needs {need}=\"...\""))
    href = found.get("href")
    if name == "a" and href and not href.startswith(("http://", "https://", "tg://")):
        out.append(HtmlProblem(pos, f"link {href!r} must start with https://, http:// or tg://"))
    if name == "span" and found.get("class") != "tg-spoiler":
        out.append(HtmlProblem(pos, "<span> is only allowed as <span class=\"tg-spoiler\">"))
    return out


def visible_length(text: str) -> int:
    """Length as Telegram counts it against its limits: tags removed, entities decoded, in
    UTF-16 code units (an emoji counts 2)."""
    plain = html.unescape(_TAG.sub("", text))
    return len(plain.encode("utf-16-le")) // 2
