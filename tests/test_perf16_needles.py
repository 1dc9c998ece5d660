"""perf16 (issue 10): how vocabulary patterns run, not what they match.

- A long `core.lazy_re` pattern is searched only where the text holds one of the texts every
  match of it contains (`lazy_re._needles`): the same answer as `re.search`, in four languages.
- The place-name alternations of `intents.timezones` are compiled behind a gate
  (`timezones._gated`) and `_city_asked_span` is kept per folded text: the same spans and zones.
"""

from __future__ import annotations

import re

import pytest

from core import lazy_re
from core.text import fold

# A long alternation of words in four languages (over `lazy_re._LONG` characters), with groups.
WORDS = ["co-production", "coproduccion", "co-producir", "合拍", "联合制作", "공동제작", "공동 제작",
         "licensing", "licencia", "授权", "판권", "distribution", "distribucion", "发行", "배급",
         "remake", "adaptacion", "翻拍", "리메이크", "streaming", "plataforma", "平台", "플랫폼",
         "dubbing", "doblaje", "配音", "더빙", "subtitles", "subtitulos", "字幕", "자막"]
SOURCE = r"\b(?:we|nosotros|our) (?:want|need|queremos|buscamos) (" + "|".join(map(re.escape, WORDS)) + r")" \
         r"|(" + "|".join(map(re.escape, WORDS)) + r")\s?(?:deal|acuerdo|合作|계약|partner)" \
         r"|(?:想|希望|要)(?:做|谈)?(" + "|".join(map(re.escape, WORDS)) + r")" \
         r"|(" + "|".join(map(re.escape, WORDS)) + r")(?:을|를)? ?(?:원해요|하고 싶어요|논의)"

TEXTS = [
    "hi, we want licensing for two titles",
    "queremos coproduccion con ustedes, es posible?",
    "nosotros buscamos distribucion en Mexico",
    "想谈合拍，有负责人吗",
    "我们希望做翻拍",
    "공동제작을 원해요",
    "판권 계약 가능한가요",
    "streaming deal for Korea?",
    "what time is the pitch day?",
    "¿cuándo es el próximo evento?",
    "下周的活动几点开始",
    "다음 행사 언제예요?",
    "",
    "plataforma",
    "we want remake",
]


def test_a_long_pattern_is_searched_only_where_what_it_needs_is_there() -> None:
    assert len(SOURCE) >= lazy_re._LONG
    needles = lazy_re._needles(SOURCE, 0)
    assert needles is not None
    every = {needle for found in needles.values() for needle in ((found,) if isinstance(found, str) else found)}
    # each alternative needs one of the words (the longest literal every match of it holds)
    assert {"合拍", "licensing", "공동제작", "plataforma"} <= every
    lazy, plain = lazy_re.compile(SOURCE), re.compile(SOURCE)
    for text in TEXTS + [fold(text) for text in TEXTS]:
        got, want = lazy.search(text), plain.search(text)
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), text


def test_no_needles_where_they_cannot_be_told() -> None:
    assert lazy_re._needles(SOURCE, re.IGNORECASE) is None  # (case-insensitive: any case of them)
    assert lazy_re._needles("(?i)" + SOURCE, 0) is None
    assert lazy_re._needles(r"\b\w+(?:" + SOURCE + r")?", 0) is None  # (a match may hold none)
    assert lazy_re._needles(r"\b\w+ (?:" + SOURCE + r")?", 0) == {" ": " "}  # (a space, always; one needle held as itself)
    assert lazy_re._needles("a|b", 0) is None  # (short: searched as it is)


@pytest.mark.parametrize("text", ["I'm in Nairobi, what time is the forum there?",
                                  "estoy en Ciudad de México, ¿a qué hora es?",
                                  "我在迪拜，论坛是几点？", "두바이 시간으로 몇 시예요?",
                                  "hora de Bogotá por favor", "贝鲁特时间几点", "no city here at all"])
def test_place_names_gated_read_alike(text: str) -> None:
    from intents import timezones

    before, cjk, _cities = timezones._city_pattern()
    folded = fold(text)
    for gated in (before, cjk, timezones._places()[0]):
        source = re.sub(r"^\(\?=\[[^\]]*\]\)\(\?:", "", gated.pattern)[:-1]
        plain = re.compile(source)
        assert [(m.span(), m.groups()) for m in gated.finditer(folded)] \
            == [(m.span(), m.groups()) for m in plain.finditer(folded)]
    assert timezones._city_asked_span(folded) == timezones._city_asked_span.__wrapped__(folded)
