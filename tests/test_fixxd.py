"""Filters and focus said in words (play36a/b kinds 3, 5, 9):

- sets said to look like a European, Italian or Venetian place (a castle, a piazza, a canal):
  the Western-style sets, not every set nor the Chinese riverside;
- the heat asked as a quantity ("¿cuánto calor hace en octubre?"): the weather gap, not the
  festival held that month;
- "who handles booking sets?", "who handles the daily running of the alliance?": the sets'
  team and the secretariat, not a FAQ near the words;
- "how many members do you have now?": the members-count gap (12 listed), not the list;
- a company of some country asking to join: the join FAQ, not that country's partners;
- "any comedy ones?" right after a team's titles: that list narrowed, not the whole catalog."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns as talk


@pytest.mark.parametrize("lang,say", [
    ("en", "Do you have sets that could pass for an Italian piazza or a Venetian canal?"),
    ("en", "sets that look like a European castle"),
    ("es", "¿tienen sets que parezcan una plaza italiana o un castillo europeo?"),
    ("zh", "横店有没有适合拍欧洲古堡的景"),
    ("ko", "헝뎬에 유럽 성 같은 세트 있어요?"),
])
def test_a_european_look_ranks_the_western_sets(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "list:locations?scene=western_street")])
    assert reply.text.count("•") <= 3


@pytest.mark.parametrize("lang,say", [
    ("es", "¿cuánto calor hace en Hengdian en octubre?"),
    ("zh", "横店10月有多热"),
])
def test_heat_asked_as_a_quantity_is_the_weather_gap(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "gap:*")])


@pytest.mark.parametrize("lang,say,key", [
    ("en", "who handles booking sets?", "contact:international_business#role"),
    ("en", "Who do I talk to about booking sets?", "contact:international_business#role"),
    ("es", "¿quién se encarga de reservar los sets?", "contact:international_business#role"),
    ("en", "who handles the daily running of the alliance?", "gap:hisda_secretariat"),
])
def test_who_handles_a_task_is_its_team(services: Services, lang, say, key) -> None:
    talk(services, lang, [(say, key)])


@pytest.mark.parametrize("lang,say", [
    ("en", "how many members do you have now?"),
    ("es", "¿cuántos miembros tienen ahora?"),
])
def test_members_counted_is_the_count_gap(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "gap:hisda_secretariat")])
    assert "12" in reply.text


@pytest.mark.parametrize("lang,say", [
    ("es", ("Muy buenos días. Me permito consultarles, de la manera más atenta, qué requisitos hay para que "
            "una productora ecuatoriana se una a la alianza.")),
    ("en", "what does a Mexican studio need to join the alliance?"),
])
def test_a_country_asking_to_join_gets_the_join_faq(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "faq:join_alliance")])


@pytest.mark.parametrize("lang,listed,say", [
    ("en", "what works does the Vertical Short Drama Operations Center handle?", "any comedy ones?"),
    ("es", "¿qué obras lleva el Centro de Operaciones de Microdramas Verticales?", "¿hay alguna de comedia?"),
])
def test_a_genre_after_a_teams_titles_narrows_them(services: Services, lang, listed, say) -> None:
    talk(services, lang, [(listed, "list:works?contact=vertical_short_drama_center"),
                          (say, "list:works?genre=comedy&contact=vertical_short_drama_center")])
