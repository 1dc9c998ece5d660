"""fixD: a figure asked of a named record that the record does not hold is the honest gap, not
the record's card (a company's turnover, how long a partner would take over a job, how many
people an event picks), while the figures records hold keep their answers; a city's clock asked
to be the display ("cambia la hora a Saipán", "时间帮我换成首尔的", "사이판 기준으로 변경") sets
the time zone (변경, "a change", is no set's name); a record's name read across two questions
("anything on with Korea? a matchmaking or something") is that record."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns as talk

NEXT = {"en": "next event?", "es": "¿próximo evento?", "zh": "下一个活动是什么？", "ko": "다음 행사는?"}


@pytest.mark.parametrize("lang,say", [
    ("en", "what's SpringReel's yearly revenue?"),
    ("en", "How much does Dalynn Studio make in annual sales?"),
    ("en", "how many days would SpringReel need to dub 40 episodes?"),
    ("en", "how many extras will they select for the casting day?"),
    ("es", "¿cuál es la facturación de SpringReel?"),
    ("es", "¿cuántos días tardaría Dalynn en doblar 40 episodios?"),
    ("zh", "SpringReel一年营业额多少？"),
    ("zh", "Dalynn做40集配音需要多少天才能完成？"),
    ("ko", "Dalynn 영업이익은 어느 정도예요?"),
    ("ko", "SpringReel이 40편 더빙하려면 며칠 정도 걸려요?"),
])
def test_a_figure_the_record_does_not_hold_is_a_gap(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "gap:*")])
    assert reply.outcome == "gap"


@pytest.mark.parametrize("lang,say,expect", [
    ("en", "how many episodes does Murder Along the River have?", "work:work_murder_along_the_river#episodes"),
    ("en", "how many partners from Korea?", "list:partners*"),
    ("es", "¿cuántos episodios tiene Crimen a orillas del río?", "work:work_murder_along_the_river#episodes"),
    ("zh", "韩国的合作伙伴有几家？", "list:partners*"),
])
def test_a_figure_held_keeps_its_answer(services: Services, lang, say, expect) -> None:
    talk(services, lang, [(say, expect)])


@pytest.mark.parametrize("lang,say", [
    ("es", "pásame la hora a Saipán"),
    ("es", "cambia el horario a Monrovia"),
    ("zh", "时间帮我换成首尔的"),
    ("zh", "时间给我改成东京时间"),
    ("ko", "시간 표시 사이판 기준으로 변경 바람"),
    ("ko", "시간 도쿄 기준으로 변경해 주세요"),
])
def test_the_display_changed_to_a_city_sets_the_zone(services: Services, lang, say) -> None:
    talk(services, lang, [(NEXT[lang], "event:*"), (say, "pref:timezone")])


@pytest.mark.parametrize("lang,say", [
    ("en", "what time is that for me here in Monrovia?"),
    ("es", "¿a qué hora es en Saipán?"),
    ("zh", "首尔时间几点？"),
    ("ko", "사이판 시간으로 알려 주세요"),
])
def test_the_time_in_a_city_is_the_event_in_focus(services: Services, lang, say) -> None:
    first = talk(services, lang, [(NEXT[lang], "event:*")])
    talk(services, lang, [(NEXT[lang], first.answer), (say, f"{first.answer}#date")])


def test_a_change_in_korean_is_no_set() -> None:
    from pathlib import Path

    import yaml

    sets = yaml.safe_load(Path("knowledge/locations.yaml").read_text(encoding="utf-8"))
    aliases = [a for loc in (sets.get("locations") if isinstance(sets, dict) else sets) or []
               for a in ((loc.get("aliases") or {}).get("ko") or [])]
    assert "변경" not in aliases


@pytest.mark.parametrize("lang,say", [
    ("en", "anything on with Korea? a matchmaking or something"),
    ("es", "¿hay algo con Corea? ¿una rueda de negocios o algo así?"),
    ("zh", "有没有跟韩国有关的活动？对接会之类的"),
    ("ko", "한국 관련 행사 있어요? 매칭 같은 거"),
])
def test_a_name_across_two_questions_is_that_record(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "event:korea_matchmaking_2027*")])
