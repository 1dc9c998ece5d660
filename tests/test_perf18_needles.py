"""perf18: a long vocabulary pattern's needles (`core.lazy_re._needles`) are worked out when it is
compiled, from the gate's parse, so the warm-up (`compile_pending`) does it and the first message
that searches the pattern parses nothing (it parsed the pattern again: 2-10 ms on the first
messages after start-up, the tail of the CPU bench)."""

from __future__ import annotations

import re

from core import lazy_re

WORDS = ["presupuesto", "subvención", "incentivo", "budget", "grant", "funding", "补贴", "補貼", "资助",
         "지원금", "보조금", "인센티브", "rebate", "reembolso", "descuento", "优惠", "할인", "tax credit"]
SOURCE = r"\b(?:" + "|".join(f"{w}s?" for w in WORDS) + r"|(?:muy|very) (?:cheap|barato)s?)\b"
SOURCE = SOURCE + "|" + "|".join(f"(?:{w}{n})(?:으로|로|으론)" for w in ("촬영", "장비", "스태프", "숙소", "통역")
                                 for n in ("", "팀", "비", "용", "쪽", "일정", "차량", "장소", "계획", "예약"))
TEXTS = [
    "hey do u guys give any grant or rebate for a short drama shoot??",
    "¿hay algún incentivo o reembolso pa rodar en Hengdian? tenemos poco presupuesto",
    "請問拍攝有補貼嗎？我們預算有限",
    "我们想问问有没有资助，拍微短剧的",
    "촬영 지원금이나 보조금 받을 수 있나요? 예산이 빠듯해서요",
    "장비로 가져가도 되나요",
    "nothing about money here, just saying hi",
    "",
]


def _parses(monkeypatch) -> list[str]:
    seen: list[str] = []
    parse = lazy_re._parser.parse

    def counted(pattern, flags=0, *more):
        seen.append(pattern)
        return parse(pattern, flags, *more)

    monkeypatch.setattr(lazy_re._parser, "parse", counted)
    return seen


def test_the_compile_works_out_the_needles_and_the_first_search_parses_nothing(monkeypatch) -> None:
    assert len(SOURCE) >= lazy_re._LONG
    rx = lazy_re.compile(SOURCE)
    plain = re.compile(SOURCE)
    seen = _parses(monkeypatch)
    rx.compiled()  # type: ignore[attr-defined]  # (what `compile_pending` does at the warm-up)
    assert seen.count(SOURCE) == 1  # one parse, shared by the gate and the needles
    assert rx._needle_index == lazy_re._needles(SOURCE, 0)  # type: ignore[attr-defined]
    # (a start with one needle holds it as itself: no tuple of one each)
    assert any(type(found) is str for found in rx._needle_index.values())  # type: ignore[attr-defined]
    seen.clear()
    for text in TEXTS:
        found, expected = rx.search(text), plain.search(text)
        assert (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group())), text
    assert not seen  # the first searches parsed nothing again


def test_needles_unknown_at_the_compile_are_still_worked_out_on_the_first_search(monkeypatch) -> None:
    # (inline flags: not parsed for a gate, so the needles are asked for on the first search, as before)
    source = "(?s)" + SOURCE
    rx = lazy_re.compile(source)
    rx.compiled()  # type: ignore[attr-defined]
    assert rx._needle_index is lazy_re._NOTHING  # type: ignore[attr-defined]
    plain = re.compile(source)
    for text in TEXTS:
        assert bool(rx.search(text)) == bool(plain.search(text)), text


def test_short_and_case_insensitive_patterns_keep_no_needles() -> None:
    short = lazy_re.compile(r"\b(?:grant|补贴|보조금)\b")
    short.compiled()  # type: ignore[attr-defined]
    assert short._needle_index in (None, lazy_re._NOTHING)  # type: ignore[attr-defined]
    assert short.search("any 补贴?") is not None
    folded = lazy_re.compile(SOURCE, re.IGNORECASE)
    folded.compiled()  # type: ignore[attr-defined]
    assert folded._needle_index is None  # type: ignore[attr-defined]
    assert folded.search("GRANT please") is not None
