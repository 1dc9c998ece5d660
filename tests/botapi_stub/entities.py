"""Telegram's text rules: HTML parse mode, entity trimming, bot-command detection.

The HTML parser re-implements, step by step, tdlib's ``parse_html`` (td/telegram/MessageEntity.cpp),
which is what the Bot API server runs. So a bot under test gets the same verdicts and the same
descriptions as in production, byte offsets included, e.g.
``Unsupported start tag "br" at byte offset 0`` or ``Can't find end tag corresponding to start
tag "b"``. Entity offsets and lengths are in UTF-16 code units, as in the Bot API.

Supported tags (Telegram's subset): b strong i em u ins s strike del a(href) code pre
tg-spoiler span(class="tg-spoiler") blockquote(expandable) tg-emoji(emoji-id). Named character
references: only &lt; &gt; &amp; &quot; (others stay literal text); numeric ones are all decoded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024

_HTML_TAGS = frozenset(
    {
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler",
        "tg-emoji", "span", "pre", "code", "blockquote",
    }
)  # fmt: skip
_SIMPLE_TAGS = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "tg-spoiler": "spoiler", "span": "spoiler",
}  # fmt: skip
# tdlib's is_space(): the NUL stands for "past the end" in its C-string scanning.
_SPACE = frozenset(b" \t\r\n\0\v")
_TRIM = " \t\r\n\v\f"
# tdlib's entity priorities, used to order entities sharing offset and length.
_PRIORITY = {
    "bold": 90, "italic": 91, "underline": 92, "strikethrough": 93, "spoiler": 94,
    "custom_emoji": 99, "code": 20, "pre": 11, "text_link": 49, "text_mention": 49,
    "blockquote": 0, "expandable_blockquote": 0, "bot_command": 50,
}  # fmt: skip
_LINK_SCHEMES = frozenset({"http", "https", "ftp", "tg", "ton", "mailto"})
_USER_LINK = re.compile(r"^tg:(?://)?user\?id=(\d+)$", re.IGNORECASE)
_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*$|^localhost$")
_SURROGATE_ERROR = (
    "Text contains invalid Unicode characters after decoding HTML entities, check for unmatched "
    "surrogate code units"
)


class EntityParseError(ValueError):
    """Markup Telegram refuses; ``str(exc)`` is the text after "can't parse entities: "."""


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Bot API entity offsets."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _Entity:
    kind: str
    offset: int
    length: int
    extra: dict[str, Any] = field(default_factory=dict)
    argument: str = ""  # tdlib keeps pre/code language here until the entity is closed

    def to_api(self) -> dict[str, Any]:
        return {"type": self.kind, "offset": self.offset, "length": self.length, **self.extra}


@dataclass
class _OpenTag:
    tag: str
    argument: str
    utf16_offset: int
    out_pos: int


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Return ``(plain_text, entities)`` for ``parse_mode=HTML``, or raise EntityParseError."""
    return _HtmlParser(text.encode("utf-8")).run()


def _decode_reference(src: bytes, pos: int) -> tuple[int, int]:
    """Decode a character reference at ``pos``: ``(code_point, next_pos)``, code 0 if none."""
    size = len(src)

    def at(i: int) -> int:
        return src[i] if i < size else 0

    end = pos + 1
    code = 0
    if at(end) == ord("#"):
        end += 1
        if at(end) == ord("x"):
            end += 1
            while chr(at(end)) in "0123456789abcdefABCDEF":
                code = code * 16 + int(chr(at(end)), 16)
                end += 1
        else:
            while ord("0") <= at(end) <= ord("9"):
                code = code * 10 + at(end) - ord("0")
                end += 1
        if code == 0 or code >= 0x10FFFF or end - pos >= 10:
            return 0, pos
    else:
        while chr(at(end)).isascii() and chr(at(end)).isalpha():
            end += 1
        code = {b"lt": 0x3C, b"gt": 0x3E, b"amp": 0x26, b"quot": 0x22}.get(src[pos + 1 : end], 0)
        if code == 0:
            return 0, pos
    return code, end + 1 if at(end) == ord(";") else end


class _HtmlParser:
    """One pass over the UTF-8 bytes, exactly like tdlib, so offsets in errors are byte offsets."""

    def __init__(self, src: bytes) -> None:
        self.src = src
        self.i = 0
        self.out = bytearray()
        self.utf16 = 0
        self.stack: list[_OpenTag] = []
        self.entities: list[_Entity] = []
        self.bad_surrogate = False

    def at(self, i: int) -> int:
        return self.src[i] if i < len(self.src) else 0

    def run(self) -> tuple[str, list[dict[str, Any]]]:
        while self.i < len(self.src):
            c = self.src[self.i]
            if c == ord("&") and self._reference():
                continue
            if c != ord("<"):
                if c & 0xC0 != 0x80:  # first byte of a character; 4-byte ones are 2 UTF-16 units
                    self.utf16 += 2 if c >= 0xF0 else 1
                self.out.append(c)
                self.i += 1
            elif self.at(self.i + 1) != ord("/"):
                self._start_tag()
            else:
                self._end_tag()
        if self.stack:
            raise EntityParseError(
                f'Can\'t find end tag corresponding to start tag "{self.stack[-1].tag}"'
            )
        if self.bad_surrogate:
            raise EntityParseError(_SURROGATE_ERROR)
        for entity in self.entities:
            if entity.kind == "pre" and entity.argument:
                entity.extra["language"] = entity.argument
        ordered = sorted(self.entities, key=lambda e: (e.offset, -e.length, _PRIORITY[e.kind]))
        return self.out.decode("utf-8"), [e.to_api() for e in ordered]

    def _reference(self) -> bool:
        code, next_pos = _decode_reference(self.src, self.i)
        if code == 0:
            return False
        self.i = next_pos
        self.utf16 += 2 if code > 0xFFFF else 1
        if 0xD800 <= code <= 0xDFFF:
            self.bad_surrogate = True  # tdlib only notices once the text is re-checked as UTF-8
        else:
            self.out += chr(code).encode("utf-8")
        return True

    def _start_tag(self) -> None:
        begin = self.i
        i = begin + 1
        while self.at(i) not in _SPACE and self.at(i) != ord(">"):
            i += 1
        if self.at(i) == 0:
            raise EntityParseError(f"Unclosed start tag at byte offset {begin}")
        tag = self.src[begin + 1 : i].decode("utf-8", "replace").lower()
        if tag not in _HTML_TAGS:
            raise EntityParseError(f'Unsupported start tag "{tag}" at byte offset {begin}')
        argument, i = self._attributes(tag, begin, i)
        if tag == "span" and argument != "spoiler":
            raise EntityParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {begin}'
            )
        self.stack.append(_OpenTag(tag, argument, self.utf16, len(self.out)))
        self.i = i + 1

    def _attributes(self, tag: str, begin: int, i: int) -> tuple[str, int]:
        """Scan the attributes of a start tag; return the tag's argument and the '>' position."""
        argument = ""
        while self.at(i) != ord(">"):
            while self.at(i) != 0 and self.at(i) in _SPACE:
                i += 1
            if self.at(i) == ord(">"):
                break
            name_begin = i
            while self.at(i) not in _SPACE and self.at(i) not in b"=>/\"'":
                i += 1
            name = self.src[name_begin:i].decode("utf-8", "replace")
            if not name:
                raise EntityParseError(
                    f'Empty attribute name in the tag "{tag}" at byte offset {begin}'
                )
            while self.at(i) != 0 and self.at(i) in _SPACE:
                i += 1
            if self.at(i) != ord("="):
                if self.at(i) == 0:
                    raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {begin}')
                if tag == "blockquote" and name == "expandable":
                    argument = "1"
                continue
            i += 1
            while self.at(i) != 0 and self.at(i) in _SPACE:
                i += 1
            if self.at(i) == 0:
                raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {begin}')
            value, i = self._attribute_value(i)
            if self.at(i) == 0:
                raise EntityParseError(f"Unclosed start tag at byte offset {begin}")
            argument = _tag_argument(tag, name, value, argument)
        return argument, i

    def _attribute_value(self, i: int) -> tuple[str, int]:
        quote = self.at(i)
        if quote not in (ord("'"), ord('"')):  # an unquoted name token, case-insensitive
            token_begin = i
            while chr(self.at(i)).isascii() and (chr(self.at(i)).isalnum() or self.at(i) in b".-"):
                i += 1
            if self.at(i) not in _SPACE and self.at(i) != ord(">"):
                raise EntityParseError(f"Unexpected end of name token at byte offset {token_begin}")
            return self.src[token_begin:i].decode("utf-8", "replace").lower(), i
        i += 1
        value = bytearray()
        while self.at(i) != quote and self.at(i) != 0:
            if self.at(i) == ord("&"):
                code, next_pos = _decode_reference(self.src, i)
                if code != 0:
                    value += chr(code).encode("utf-8", "surrogatepass")
                    i = next_pos
                    continue
            value.append(self.at(i))
            i += 1
        if self.at(i) == quote:
            i += 1
        return value.decode("utf-8", "replace"), i

    def _end_tag(self) -> None:
        begin = self.i
        if not self.stack:
            raise EntityParseError(f"Unexpected end tag at byte offset {begin}")
        i = begin + 2
        while self.at(i) not in _SPACE and self.at(i) != ord(">"):
            i += 1
        end_name = self.src[begin + 2 : i].decode("utf-8", "replace").lower()
        while self.at(i) in _SPACE and self.at(i) != 0:
            i += 1
        if self.at(i) != ord(">"):
            raise EntityParseError(f"Unclosed end tag at byte offset {begin}")
        top = self.stack[-1]
        if end_name and end_name != top.tag:
            raise EntityParseError(
                f'Unmatched end tag at byte offset {begin}, expected "</{top.tag}>", '
                f'found "</{end_name}>"'
            )
        if self.utf16 > top.utf16_offset:
            self._close(top)
        self.stack.pop()
        self.i = i + 1

    def _close(self, top: _OpenTag) -> None:
        offset, length = top.utf16_offset, self.utf16 - top.utf16_offset
        last = self.entities[-1] if self.entities else None
        same_span = last is not None and (last.offset, last.length) == (offset, length)
        if top.tag in _SIMPLE_TAGS:
            self.entities.append(_Entity(_SIMPLE_TAGS[top.tag], offset, length))
        elif top.tag == "tg-emoji":
            if not top.argument.lstrip("-").isdigit() or int(top.argument) == 0:
                raise EntityParseError("Invalid custom emoji identifier specified")
            self.entities.append(
                _Entity("custom_emoji", offset, length, {"custom_emoji_id": top.argument})
            )
        elif top.tag == "a":
            self._close_link(top, offset, length)
        elif top.tag == "pre":
            if same_span and last is not None and last.kind == "code" and last.argument:
                last.kind = "pre"  # <code class="language-x"><pre>...</pre></code>
            else:
                self.entities.append(_Entity("pre", offset, length))
        elif top.tag == "code":
            if same_span and last is not None and last.kind == "pre" and top.argument:
                last.argument = top.argument  # <pre><code class="language-x">...</code></pre>
            else:
                self.entities.append(_Entity("code", offset, length, argument=top.argument))
        else:  # blockquote
            kind = "expandable_blockquote" if top.argument else "blockquote"
            self.entities.append(_Entity(kind, offset, length))

    def _close_link(self, top: _OpenTag, offset: int, length: int) -> None:
        url = top.argument or self.out[top.out_pos :].decode("utf-8", "replace")
        user = _USER_LINK.match(url)
        if user:
            mentioned = {"id": int(user.group(1)), "is_bot": False, "first_name": ""}
            self.entities.append(_Entity("text_mention", offset, length, {"user": mentioned}))
            return
        checked = checked_link(url)
        if checked:
            self.entities.append(_Entity("text_link", offset, length, {"url": checked}))


def _tag_argument(tag: str, name: str, value: str, current: str) -> str:
    """The one attribute each tag keeps, as tdlib does; other attributes are ignored."""
    if tag == "a" and name == "href":
        return value
    if tag == "code" and name == "class" and value.startswith("language-"):
        return value[len("language-") :]
    if tag == "span" and name == "class" and value.startswith("tg-"):
        return value[len("tg-") :]
    if tag == "tg-emoji" and name == "emoji-id":
        return value
    if tag == "blockquote" and name == "expandable":
        return "1"
    return current


def checked_link(url: str) -> str:
    """Normalise a link the way Telegram shows it (``telegram.org`` -> ``http://telegram.org/``).

    Returns "" for text Telegram would not accept as a link (the entity is then dropped).
    """
    if not url or any(ch.isspace() for ch in url):
        return ""
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", url):
        url = "http://" + url
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _LINK_SCHEMES:
        return ""
    if scheme in ("tg", "ton", "mailto"):
        return url
    host = (parts.hostname or "").lower()
    if not _HOST.match(host):
        return ""
    path = parts.path or "/"
    rebuilt = f"{scheme}://{parts.netloc}{path}"
    if parts.query or url.endswith("?"):
        rebuilt += "?" + parts.query
    if parts.fragment:
        rebuilt += "#" + parts.fragment
    return rebuilt


def trim(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Strip leading/trailing whitespace as Telegram does, shifting and clipping entities."""
    left = text.lstrip(_TRIM)
    lead16 = utf16_len(text[: len(text) - len(left)])
    result = left.rstrip(_TRIM)
    total16 = utf16_len(result)
    kept = []
    for entity in entities:
        start = max(int(entity["offset"]) - lead16, 0)
        end = min(int(entity["offset"]) + int(entity["length"]) - lead16, total16)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return result, kept


_COMMAND_CANDIDATE = re.compile(r"/([A-Za-z0-9_]*)(@[A-Za-z0-9_]*)?")


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def bot_command_entities(text: str) -> list[dict[str, Any]]:
    """Find ``/command`` and ``/command@bot`` the way Telegram marks them in user messages.

    python-telegram-bot's CommandHandler relies on these ``bot_command`` entities.
    """
    found = []
    for match in _COMMAND_CANDIDATE.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        command, mention = match.group(1), match.group(2)
        if before and (_is_word(before) or before in "/<>"):
            continue
        if not 1 <= len(command) <= 64:
            continue
        if mention is not None and not 3 <= len(mention) - 1 <= 32:
            continue
        if after and (_is_word(after) or after in "/<>"):
            continue
        found.append(
            {
                "type": "bot_command",
                "offset": utf16_len(text[:start]),
                "length": utf16_len(text[start:end]),
            }
        )
    return found
