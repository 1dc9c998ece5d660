"""Kinds found by playing partners' conversations on 2026-12-02 (second session), in fresh wordings:

- a count asked right after a list ("how many are there in total?", "¿cuántas son?", "一共几部？",
  "총 몇 편이에요?") is that list's size and names, with the counter word of what is counted;
  after the catalog's FAQ, the catalog's overview (it says "more than 20 works");
- a title's co-production status asked as licensing says the terms are not published and gives
  the title's own contact;
- "and the Korea one, where is it?" with one event in focus and no list: the coming event tied
  to that country;
- how long an approval takes is the shoot request procedure's lead time;
- "set" / "세트" names no one set of the list shown; 명나라 is no "country" (나라);
- a period of a partner's own history (Joseon, Edo, Victorian) has no set: the which-set guide;
- a question after a courtesy is what is answered."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import new_chat, talk

PROCEDURE = "incentive:shoot_request_procedure#how_to_apply"


@pytest.mark.parametrize("lang,turns,counted", [
    ("en", [("got any mysteries?", "list:works?genre=mystery"),
            ("how many is that altogether?", "list:works?genre=mystery")], "6 titles"),
    ("es", [("¿tienen comedias?", "list:works?genre=comedy"),
            ("¿cuántas hay en total?", "list:works?genre=comedy")], "6 títulos"),
    ("zh", [("有科幻题材的短剧吗", "list:works?genre=sci_fi"),
            ("总共多少部？", "list:works?genre=sci_fi")], "一共6部"),
    ("ko", [("가족극 있나요?", "list:works?genre=family"),
            ("총 몇 편이에요?", "list:works?genre=family")], "모두 4편"),
])
def test_a_count_after_a_list_is_that_lists_size(services: Services, lang, turns, counted) -> None:
    reply = talk(services, lang, turns)
    assert counted in reply.text
    assert len(reply.buttons) >= 4  # the titles, to open


def test_the_list_counted_stays_to_pick_from(services: Services) -> None:
    talk(services, "en", [("which events are coming up?", "list:events?when=upcoming"),
                          ("how many are there?", "list:events?when=upcoming"),
                          ("the third one?", "event:korea_matchmaking_2027")])


def test_a_count_after_the_catalog_faq_is_the_catalog_overview(services: Services) -> None:
    reply = talk(services, "en", [("what sort of shows are in your co-production catalog?", "faq:coproduce_catalog_title"),
                                  ("and how many in total?", "catalog:about")])
    assert "20" in reply.text


def test_a_count_of_episodes_is_still_the_episodes(services: Services) -> None:
    talk(services, "en", [("any comedies?", "list:works?genre=comedy"),
                          ("the first one, how many episodes?", "work:work_siesta_not_included#episodes")])


@pytest.mark.parametrize("lang,ask", [
    ("en", "could we license the first one for Brazil?"),
    ("es", "¿la primera se puede licenciar para Chile?"),
    ("zh", "第一部可以授权到泰国吗"),
])
def test_licensing_a_title_gives_its_status_and_its_contact(services: Services, lang, ask) -> None:
    reply = talk(services, lang, [("comedies?" if lang == "en" else "¿comedias?" if lang == "es" else "有喜剧吗",
                                   "list:works?genre=comedy"),
                                  (ask, "work:work_siesta_not_included#coproduction")])
    assert "partners@dalynn.example.com" in reply.text  # the title's own contact


@pytest.mark.parametrize("lang,first,then", [
    ("en", "what's your next event?", "and the Korea one - where's that held?"),
    ("es", "¿cuál es su próximo evento?", "¿y el de Corea en dónde es?"),
    ("zh", "你们下一个活动是什么", "那韩国那场在哪里办"),
    ("ko", "다음 행사가 뭐예요?", "그럼 한국 거는 어디서 해요?"),
])
def test_the_country_one_with_an_event_in_focus(services: Services, lang, first, then) -> None:
    talk(services, lang, [(first, "event:global_talent_info_session_2026"),
                          (then, "event:korea_matchmaking_2027#venue")])


@pytest.mark.parametrize("lang,turns", [
    ("en", [("what kind of incentives are there?", "faq:incentives"), ("how long until it's approved?", PROCEDURE)]),
    ("es", [("¿hay incentivos?", "faq:incentives"), ("¿cuánto demora la aprobación?", PROCEDURE)]),
    ("zh", [("有没有扶持政策", "faq:incentives"), ("大概多久能批下来", PROCEDURE)]),
    ("ko", [("지원 정책이 있어요?", "faq:incentives"), ("심사는 얼마나 걸려요?", PROCEDURE)]),
])
def test_how_long_an_approval_takes_is_the_procedures_lead_time(services: Services, lang, turns) -> None:
    reply = talk(services, lang, turns)
    assert any(w in reply.text for w in ("four weeks", "cuatro semanas", "四周", "4주"))


def test_a_set_asked_after_every_set_is_no_pick_of_the_one_named_set(services: Services) -> None:
    talk(services, "ko", [("헝뎬 세트장 목록 좀 보여 주세요", "list:locations"),
                          ("청나라 궁궐 세트는 어디가 좋을까요?", "list:locations?era=qing&scene=palace")])


@pytest.mark.parametrize("lang,ask,era", [
    ("en", "is there a backlot that could stand in for Joseon Korea?", "Joseon"),
    ("es", "¿algún set que pase por el Japón de la era Edo?", "Edo"),
    ("zh", "想拍个维多利亚时代的故事，有合适的景吗", "维多利亚"),
    ("ko", "고려 시대 배경으로 찍을 만한 세트 있나요?", "고려"),
])
def test_a_period_no_set_shows_gets_the_which_set_guide(services: Services, lang, ask, era) -> None:
    reply = talk(services, lang, [(ask, "faq:which_set")])
    assert era in reply.text.split("\n")[0]


def test_a_question_after_thanks_is_not_ignored() -> None:
    from intents.understand import QUESTION_END, REQUEST_WORD
    assert QUESTION_END.search("thanks. is there anything for us?")
    assert len(REQUEST_WORD.findall("is there anything for us")) == 5


def test_thanks_then_a_question_answers_the_question(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="en")
    reply = services.brain.reply_to_text(chat, "cheers. what other things could a crew like ours do here?",
                                         services.store.profile(chat))
    assert reply.answer != "smalltalk:thanks"


@pytest.mark.parametrize("lang,say,expected", [
    ("ko", "ㅎㅇ 한국에서 하는 행사 있어요?", "event:korea_matchmaking_2027"),
    ("es", "hola que eventos tienen en corea", "event:korea_matchmaking_2027"),
    ("zh", "你好 韩国有什么活动", "event:korea_matchmaking_2027"),
    ("en", "hi there", "smalltalk:greet"),
])
def test_a_greeting_with_no_stop_before_the_request_answers_the_request(services: Services, lang, say, expected) -> None:
    talk(services, lang, [(say, expected)])


# -- kinds read from blind set 12 after its measurement, in fresh wordings ----------------------

@pytest.mark.parametrize("lang,ask", [
    ("en", "could I speak with Caroline Guo directly?"),
    ("es", "quisiera hablar con Caroline Guo directamente"),
    ("zh", "能不能请郭姝本人跟我谈一下"),
    ("ko", "궈수 총괄 매니저님이랑 직접 통화할 수 있을까요?"),
    ("en", "could someone from the international team text me about it"),
])
def test_a_person_asked_for_directly_is_a_handoff(services: Services, lang, ask) -> None:
    talk(services, lang, [(ask, "handoff")])


@pytest.mark.parametrize("ask,expected", [
    ("撮影 支援 申請 節次가 어떻게 됩니까? 무슨 資料를 보내야 합니까", PROCEDURE),
    ("夜間 촬영하기 좋은 세트 있습니까", ["list:locations?scene=night_scene", "location:dream_valley"]),
])
def test_korean_with_hanja_inline(services: Services, ask, expected) -> None:
    talk(services, "ko", [(ask, expected)])


def test_hanja_is_read_only_in_korean() -> None:
    from core.text import hanja_in_korean
    assert hanja_in_korean("무슨 資料를 보내야") == "무슨 자료를 보내야"
    assert hanja_in_korean("资料发到哪里") == "资料发到哪里"  # Chinese: never
    assert hanja_in_korean("광저우 거리\n海外场景") == "광저우 거리\n海外场景"  # not a word of the table


@pytest.mark.parametrize("ask,expected", [
    ("虛擬製片影棚開放日訂於何日", "event:virtual_stage_open_day_2027#date"),
    ("該開放日在何處舉行", "event:virtual_stage_open_day_2027#venue"),
])
def test_classical_question_words(services: Services, ask, expected) -> None:
    talk(services, "zh", [(ask, expected)])


@pytest.mark.parametrize("lang,ask", [
    ("es", "por último, ¿cuántas obras tienen y de qué géneros?"),
    ("en", "lastly: how many titles and which genres?"),
    ("ko", "끝으로 카탈로그 작품 수랑 장르 알려 주세요"),
])
def test_a_last_question_announced_is_no_last_item(services: Services, lang, ask) -> None:
    # (the catalog FAQ says both too: "over 20 works in genres such as…")
    talk(services, lang, [(ask, ["catalog:about", "list:works", "faq:coproduce_catalog_title"])])


@pytest.mark.parametrize("lang,first,then,expected,switched", [
    ("ko", "로맨스 작품 있어요?", "our investor only reads English. the first one, what's it about?",
     "work:work_moonlight_envoy#logline", "en"),
    ("en", "any romance titles?", "mi jefa solo lee español: la primera, ¿de qué trata?",
     "work:work_moonlight_envoy#logline", "es"),
])
def test_someone_who_reads_another_language_switches_and_the_rest_is_answered(services, lang, first, then,
                                                                            expected, switched) -> None:
    reply = talk(services, lang, [(first, "list:works?genre=romance"), (then, expected)])
    assert reply.lang == switched


@pytest.mark.parametrize("lang,ask", [
    ("en", "costume piece set in ancient China, dynasty not decided yet - which backlot?"),
    ("zh", "古装戏，具体朝代还没想好，哪个景比较稳妥"),
    ("ko", "중국 사극인데 왕조는 미정입니다. 어떤 세트가 좋을까요"),
])
def test_a_period_not_decided_yet_gets_the_which_set_guide(services: Services, lang, ask) -> None:
    talk(services, lang, [(ask, "faq:which_set")])


@pytest.mark.parametrize("lang,ask,expected", [
    ("es", "¿cómo entramos a la alianza y a quién le mando el correo?", "faq:join_alliance"),
    ("ko", "우리 회사도 HISDA 식구가 되고 싶은데 메일은 어디로 보내요?", "faq:join_alliance"),
    ("en", "we'd like to get inside the alliance - first step, and who do we email?", "faq:join_alliance"),
    ("es", "¿quién lleva lo de la membresía? pásame su correo", "contact:hisda_secretariat#email"),
])
def test_how_to_get_in_with_whom_to_write_is_the_joining_faq(services: Services, lang, ask, expected) -> None:
    talk(services, lang, [(ask, expected)])
