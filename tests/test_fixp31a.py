"""Kinds of the play31 partners' mistakes (fixp31a): answers that led with the wrong thing or
added a wrong tail.

- a proposal gone by (Latin Film Night, 2025) with an edition to come: the edition to come's
  date, venue or time leads, the lapsed proposal is one short clause after it;
- the festival FAQ answered with the next date first drops its "ask me about events for dates"
  and offers the event's calendar and remind-me buttons;
- Spanish: a venue that is a record's name takes its article ("en el Festival de Cine…");
- "how many episodes and how long?": the count's answer gives the length, no "not published" tail;
- "who runs / leads the alliance?" is its unpublished head (the Secretariat), not a title's credits.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import fits, talk


# -- the edition to come leads, the lapsed proposal after it ------------------------------------
@pytest.mark.parametrize(("lang", "asked", "fact", "coming", "gone"), [
    ("en", "when is Latin Film Night?", "date", "Latin Film Night 2027", "2025"),
    ("en", "I'm in Los Angeles, what time is Latin Film Night for me?", "date", "4:30–7:30", "2025"),
    ("es", "¿dónde es la Noche de Cine Latino?", "venue", "en el Festival de Cine de Hengdian", "2025"),
    ("zh", "請問拉丁電影之夜是哪一天？", "date", "2027拉丁电影之夜", "2025年"),
    ("zh", "拉丁电影之夜在哪里举办", "venue", "2027拉丁电影之夜", "2025年"),
    ("ko", "라틴 영화의 밤은 언제예요?", "date", "2027 라틴 영화의 밤", "2025년"),
])
def test_the_next_edition_leads_a_lapsed_proposal(services: Services, lang: str, asked: str, fact: str,
                                                   coming: str, gone: str) -> None:
    reply = talk(services, lang, [(asked, f"event:latin_film_night#{fact}")])
    assert coming in reply.text
    assert reply.text.index(coming) < reply.text.index(gone)
    # the proposal once, in one short clause, with no hours of its own
    assert reply.text.count(gone) == 1
    assert "19:30–22:00" not in reply.text


def test_asked_in_the_past_the_proposal_is_still_told(services: Services) -> None:
    reply = talk(services, "en", [("when was Latin Film Night supposed to happen?", "event:latin_film_night#date")])
    assert reply.text.index("2025") < reply.text.index("2027")


# -- the festival FAQ with its date first ----------------------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("es", "qué onda, somos una productora de monterrey, cuándo es el festival de cine de hengdian?"),
    ("en", "when is the Hengdian film festival?"),
    ("zh", "横店影视节什么时候举办？"),
    ("ko", "헝뎬 영화제는 언제 열리나요?"),
])
def test_a_dated_faq_drops_its_pointer_to_the_events(services: Services, lang: str, asked: str) -> None:
    # (its date leads the FAQ: the answer is the event's date, fixM25)
    reply = talk(services, lang, [(asked, "event:hengdian_film_festival#date")])
    data = [b.data for row in reply.buttons for b in row]
    assert "v1|ics|hengdian_film_festival" in data and "v1|rem|hengdian_film_festival" in data
    for tail in ("Ask me about events", "Pregúntame por los eventos", "问我活动", "행사 정보를 물어봐"):
        assert tail not in reply.text


# -- a Spanish venue with its article ------------------------------------------------------------
def test_a_spanish_venue_named_by_a_noun_takes_its_article() -> None:
    said = t("ev_venue", "es", name="Noche de Cine Latino 2027", venue="Festival de Cine de Hengdian, Hengdian")
    assert "se realiza en el Festival de Cine de Hengdian" in said
    said = t("ev_venue", "es", name="Recorrido", venue="Sets internacionales auténticos, Hengdian World Studios")
    assert "en los Sets internacionales" in said
    assert "en Hengdian World Studios" in t("ev_venue", "es", name="Gala", venue="Hengdian World Studios")


# -- one fact answering two parts -------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "first", "asked"), [
    ("en", "hi, we are polish producers. is there any sci-fi in your catalogue?", "the first one - how many episodes and how long?"),
    ("es", "¿tienen ciencia ficción?", "el primero, ¿cuántos capítulos y cuánto tiempo?"),
    ("ko", "SF 있어요?", "첫 번째 거 몇 부작이에요? 얼마나 길어요?"),
])
def test_how_long_after_the_episode_count_is_no_gap(services: Services, lang: str, first: str, asked: str) -> None:
    reply = talk(services, lang, [(first, "list:works*"), (asked, "work:work_eclipse_over_qin#episodes")], fits)
    assert "✉️" not in reply.text  # no contact card of a "not published" tail


# -- who heads the alliance -------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("es", "¿quién dirige la alianza?"),
    ("en", "who runs HISDA?"),
    ("en", "who leads the alliance?"),
    ("zh", "谁领导这个联盟？"),
    ("ko", "연맹은 누가 이끌어요?"),
])
def test_who_runs_the_alliance_is_its_unpublished_head(services: Services, lang: str, asked: str) -> None:
    talk(services, lang, [(asked, "gap:hisda_secretariat")])


def test_who_directs_a_title_is_still_its_credits(services: Services) -> None:
    reply = talk(services, "es", [("¿tienen ciencia ficción?", "list:works*"), ("el primero", "work:*"),
                                  ("¿quién lo dirige?", "gap:international_business")], fits)
    assert "créditos" in reply.text
