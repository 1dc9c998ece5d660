"""Conversation memory, kinds of mistake the read evaluation sets showed in multi-turn dialogues,
each tried in English, Spanish, Chinese and Korean with wordings written for these tests:

- an ordinal beyond the titles a filtered list shows ("six romances", then "the sixth");
- a multi-part message keyed by the fact finally asked ("who handles it? send the email");
- a clock question in the partner's city after a contact (its office hours, not the events);
- one common word of another record's name ("online") does not move the focus;
- a topic named in a follow-up ("for all of Latin America") is no subscription, and the next
  step for a title in focus is how to license it;
- "put me with a person of that team" in Caribbean Spanish is a hand-off;
- "who signed there?" of an event is its organisers;
- the catalog's size and kinds asked after a greeting.

A real Brain (the shipped knowledge, the real classifier, a temporary store), the clock pinned to
2026-11-30 12:00 UTC.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk

ROMANCE = "list:works?genre=romance"
SIXTH_ROMANCE = "work:work_blade_and_blossom"
TALENT_SESSION = "event:global_talent_info_session_2026"
COPRODUCE_FAQ = "faq:coproduce_catalog_title"


# -- an ordinal past the titles shown ---------------------------------------------------------
@pytest.mark.parametrize(("lang", "catalog", "romance", "sixth", "kind"), [
    ("en", "how big is your slate overall, and which genres?", "ok the love stories only",
     "number six?", "what genre is that one"),
    ("es", "cuántos títulos tienen en total y de qué géneros", "ahora solo las románticas",
     "la número seis", "y esa de qué género es"),
    ("zh", "你们一共多少部作品，有哪些类型", "只看爱情的", "第六部", "这部是什么类型的"),
    ("ko", "작품이 총 몇 편이고 장르는 뭐가 있어요?", "로맨스만 보여 주세요", "여섯 번째요",
     "그건 장르가 뭐예요?"),
])
def test_an_ordinal_past_the_titles_shown_picks_from_the_whole_filtered_list(
        services: Services, lang: str, catalog: str, romance: str, sixth: str, kind: str) -> None:
    talk(services, lang, [(catalog, ["catalog:about", "list:works"]), (romance, ROMANCE),
                          (sixth, SIXTH_ROMANCE), (kind, f"{SIXTH_ROMANCE}#genres")])


def test_a_filtered_list_pages_on_through_its_own_genre(services: Services) -> None:
    talk(services, "en", [("how many titles in all, what kinds?", ["catalog:about", "list:works"])])
    reply = talk(services, "en", [("how many titles in all, what kinds?", ["catalog:about", "list:works"]),
                                  ("only the romantic ones", ROMANCE)])
    more = [b.data for row in reply.buttons for b in row if b.data and b.data.startswith("v1|cat|")]
    assert more and all("romance" in data for data in more), more


# -- a multi-part message keyed by the fact finally asked -------------------------------------
@pytest.mark.parametrize(("lang", "who", "hours"), [
    ("en", "who's Zhou Fenglai", "who runs that team? and give me their email"),
    ("es", "quién es Zhou Fenglai", "¿quién está a cargo ahí? pásame su correo"),
    ("zh", "Zhou Fenglai是谁", "那边谁负责？邮箱发我一下"),
    ("ko", "Zhou Fenglai가 누구예요", "거기 담당자는 누구예요? 이메일도 알려 주세요"),
])
def test_who_is_in_charge_then_the_email_answers_the_email(services: Services, lang: str, who: str,
                                                           hours: str) -> None:
    talk(services, lang, [(who, ["contact:vertical_short_drama_center", "partner:hengdian_film_tv_services"]),
                          (hours, "contact:vertical_short_drama_center#email")])


# -- a clock question in the partner's city after a contact -----------------------------------
@pytest.mark.parametrize(("lang", "asked", "email", "clock"), [
    ("en", "who runs Dalynn Studio?", "their email?", "what time can I reach them, Seoul time?"),
    ("es", "¿quién maneja Dalynn Studio?", "¿y su correo?", "¿a qué hora los puedo llamar en hora de Bogotá?"),
    ("zh", "Dalynn Studio是谁在负责？", "邮箱呢？", "东京时间几点能联系上他们？"),
    ("ko", "Dalynn Studio 담당은 누구예요?", "메일 주소는요?", "서울 시간으로 몇 시에 연락하면 돼요?"),
])
def test_a_clock_question_after_a_contact_asks_its_hours(services: Services, lang: str, asked: str,
                                                         email: str, clock: str) -> None:
    talk(services, lang, [(asked, ["contact:dalynn_studio", "partner:dalynn_studio"]),
                          (email, "contact:dalynn_studio#email"),
                          (clock, "contact:dalynn_studio#hours")])


# -- one common word of another name keeps the focus -------------------------------------------
def test_online_asked_of_the_event_in_focus_stays_with_it(services: Services) -> None:
    talk(services, "ko", [("제일 가까운 행사가 언제예요?", TALENT_SESSION),
                          ("직접 참석해야 하나요, 아니면 온라인으로 봐도 되나요", f"{TALENT_SESSION}#venue")])


# -- the next step for a title in focus; a topic that is no subscription -----------------------
@pytest.mark.parametrize(("lang", "romance", "second", "step"), [
    ("en", "got any romances?", "number two - what's the story?",
     "love it. what do we do next to take it to all of Latin America?"),
    ("es", "¿tienen algo romántico?", "la dos, ¿de qué trata?",
     "me encanta. ¿cuál es el siguiente paso si la quiero para toda Latam?"),
    ("zh", "有没有爱情片", "第二部讲的是什么", "挺好，想拿下拉美地区的话下一步要怎么走？"),
    ("ko", "로맨스 작품 있나요?", "두 번째 건 무슨 내용이에요?", "마음에 들어요. 중남미에 가져가려면 다음 단계가 뭔가요?"),
])
def test_the_next_step_for_a_title_in_focus_is_how_to_license_it(services: Services, lang: str, romance: str,
                                                                second: str, step: str) -> None:
    reply = talk(services, lang, [(romance, ROMANCE), (second, "work:work_no_stand_in_for_love#logline"),
                                  (step, COPRODUCE_FAQ)])
    assert reply.outcome != "action"  # no subscription was switched on


# -- a hand-off in Caribbean Spanish; who signed at an event -----------------------------------
def test_put_me_with_a_person_of_that_team_is_a_handoff(services: Services) -> None:
    talk(services, "es", [("¿qué correo tiene el centro de microdramas verticales?",
                           "contact:vertical_short_drama_center#email"),
                          ("dale, ponme con alguien de ahí", ["handoff", "handoff:vertical_short_drama_center"])])


@pytest.mark.parametrize(("lang", "ceremony", "signed"), [
    ("en", "the signing ceremony in February 2025, did it take place?", "who signed at it?"),
    ("es", "¿la ceremonia de firma de febrero de 2025 ya se hizo?", "¿y quiénes firmaron?"),
    ("zh", "2025年2月那个签约仪式办了吗", "哪几家签的约？"),
    ("ko", "2025년 2월 서명식은 열렸나요?", "누가 서명했어요?"),
])
def test_who_signed_at_an_event_is_its_organisers(services: Services, lang: str, ceremony: str,
                                                  signed: str) -> None:
    talk(services, lang, [(ceremony, ["event:signing_ceremony_2025#status", "event:signing_ceremony_2025"]),
                          (signed, "event:signing_ceremony_2025#organisers")])


# -- the catalog's size and kinds after a greeting ----------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "yo! how many shows have you got altogether and what genres"),
    ("es", "buenas! cuántas series tienen en total y de qué géneros?"),
])
def test_the_catalogs_size_and_kinds_after_a_greeting(services: Services, lang: str, asked: str) -> None:
    talk(services, lang, [(asked, ["catalog:about", "list:works"])])


# -- a price asked of a picked title -------------------------------------------------------------
def test_what_a_picked_title_costs_is_an_honest_gap(services: Services) -> None:
    talk(services, "en", [("any comedies on your slate?", "list:works?genre=comedy"),
                          ("what would the first one cost us to license?", "gap:*")])
