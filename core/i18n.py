"""The four languages the bot speaks, and how a preference falls back to one of them."""

from __future__ import annotations

from typing import Literal, get_args

Lang = Literal["en", "es", "zh", "ko"]
LANGS: tuple[Lang, ...] = get_args(Lang)
DEFAULT_LANG: Lang = "en"

LANG_NAMES: dict[Lang, str] = {"en": "English", "es": "Español", "zh": "中文", "ko": "한국어"}


def normalize_lang(code: str | None) -> Lang | None:
    """Map a Telegram `language_code` such as `es-MX`, `zh-hans` or `ko-KR` to one of ours, or None."""
    if not code:
        return None
    base = code.strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGS else None  # type: ignore[return-value]


def pick_lang(*candidates: str | None) -> Lang:
    """First candidate we speak, else English: message language, saved choice, Telegram's code."""
    for code in candidates:
        lang = normalize_lang(code)
        if lang:
            return lang
    return DEFAULT_LANG


BEIJING_ZONES = frozenset({"Asia/Shanghai", "PRC", "Asia/Chongqing", "Asia/Chungking",
                           "Asia/Harbin"})
"""IANA names of Beijing time (China has one zone): only these are labelled "Beijing time"."""
