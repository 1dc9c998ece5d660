"""play16 leftovers (fixE12): what partners still got wrong through Telegram, each kind in the
languages where it occurs, with sentences of our own (none of the evaluation sets').

- The partner's budget as a number, asked whether it "reaches" ("¿nos llega para rodar allá?",
  "¿nos rinde para una semana?"): the budget gap (no rates published, who quotes), as in English.
- Titles asked "to license" ("series de comedia pa licenciar", "any thrillers to license?"): the
  genre's titles available for licensing, not every title of the genre.
- The catalogue asked for a language in other words ("anything in Portuguese?", "titles dubbed in
  Swahili", "한국어 작품 뭐 있어요?"): a language no title comes in is a no with the languages held;
  a language held is the filter."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk, talk_patterns


@pytest.mark.parametrize("lang,text", [
    ("es", "tenemos un presupuesto de 70.000 euros más o menos, ¿nos llega para grabar en Hengdian?"),
    ("es", "contamos con 30 mil dólares, ¿nos rinde para una semana de rodaje allá?"),
    ("es", "juntamos 45.000 euros, ¿llegaría para filmar una serie corta ahí?"),
    ("en", "we've got around 60k USD, is that enough to shoot there for a week?"),
])
def test_a_budget_that_reaches_or_not_is_the_budget_gap(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "gap:international_business")])


@pytest.mark.parametrize("lang,text,genre", [
    ("es", "¿tienen series de comedia pa licenciar?", "comedy"),
    ("es", "buscamos obras de romance para licenciar, ¿qué hay?", "romance"),
    ("en", "any comedies to license?", "comedy"),
    ("en", "got romance shows for licensing?", "romance"),
])
def test_titles_to_license_are_the_licensable_ones(services: Services, lang, text, genre) -> None:
    talk(services, lang, [(text, f"list:works?genre={genre}&coproduction=available_for_licensing")])


@pytest.mark.parametrize("lang,text", [
    ("es", "¿qué papeles necesito para licenciar una serie suya?"),
    ("en", "what do we need to license a show from you?"),
])
def test_how_to_license_a_title_is_not_a_filter(services: Services, lang, text) -> None:
    reply = talk(services, lang, [(text, "*")], fits=lambda _e, _g: True)
    assert "available_for_licensing" not in (reply.answer or "")


@pytest.mark.parametrize("lang,text", [
    ("en", "do you have anything in Portuguese?"),
    ("en", "got any shows dubbed in Swahili?"),
    ("es", "¿tienen algo en portugués?"),
    ("es", "¿hay series dobladas al suajili?"),
    ("zh", "有斯瓦希里语的作品吗"),
    ("zh", "有没有葡萄牙语的剧"),
    ("ko", "스와힐리어 작품 있어요?"),
    ("ko", "포르투갈어 드라마 있나요?"),
])
def test_a_language_no_title_comes_in_is_a_no(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "gap:dalynn_studio")])


@pytest.mark.parametrize("lang,text,code", [
    ("ko", "한국어 작품 좀 보여 주세요", "ko"),
    ("ko", "스페인어 드라마 뭐 있어요?", "es"),
    ("ko", "영어 작품 목록 있나요?", "en"),
])
def test_a_language_held_named_before_the_titles_is_the_filter(services: Services, lang, text, code) -> None:
    talk(services, lang, [(text, f"list:works?language={code}")])


# A set of the list just shown, picked by its position, asked for a feature its card may not
# name (a waterfall, tram tracks): the yes/no or "its card doesn't mention it", never the help
# menu or the whole card. Pointed at ("that one", "ese", "那個", "거기") after a list of several
# sets, which one is asked (fixC13: `tests/test_fixc13_kinds.py`).
_SPY_SETS = {"en": "which sets work for a 1930s spy thriller?", "es": "¿qué sets sirven para una serie de espías de los años 30?",
             "zh": "拍民国谍战短剧用哪些场景？", "ko": "민국 시대 첩보물 찍을 세트 추천 부탁드려요"}


@pytest.mark.parametrize("lang,text,rid", [
    ("en", "is there a waterfall at the second one?", "ming_qing_folk_houses"),
    ("es", "¿el segundo tiene cascada?", "ming_qing_folk_houses"),
    ("ko", "두 번째 곳에는 폭포가 있나요?", "ming_qing_folk_houses"),
])
def test_a_listed_set_pointed_at_answers_its_feature(services: Services, lang, text, rid) -> None:
    reply = talk_patterns(services, lang, [(_SPY_SETS[lang], "list:locations*"), (text, f"location:{rid}")])
    first = reply.text.split("\n")[0]
    assert "Period" not in first and "Época" not in first and "时期" not in first and "시대:" not in first
    assert any(w in reply.text for w in ("waterfall", "tram", "cascada", "tranvía", "瀑布", "电车", "폭포", "전차"))


@pytest.mark.parametrize("lang,text", [
    ("en", "this one, does it have tram lines?"),
    ("es", "y ese, ¿tiene una cascada cerca?"),
    ("zh", "那个有没有瀑布？"),
    ("zh", "這個有電車嗎"),
    ("ko", "그곳에 전차 있어요?"),
])
def test_a_set_pointed_at_among_several_is_asked_which(services: Services, lang, text) -> None:
    talk_patterns(services, lang, [(_SPY_SETS[lang], "list:locations*"), (text, "clarify")])
