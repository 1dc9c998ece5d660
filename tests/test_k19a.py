"""Kinds found in the blind set answers17 (k19a, 2026-12-02):

- an honest gap asked of a list's item (the minimum guarantee, the licence fee) is not carried to
  the next ordinal: "ok and the fourth?" after it is that title's card, and "whose email handles
  that one?" next is that title's contact (a fact the record holds is still carried);
- formal English ordinals with a fact ("With respect to the third title, in which languages is it
  available?", "The last one: under which genres is it classified?") pick from the list;
- after the FAQ about one event (the film festival) that event is in focus: "fechas exactas pa
  2027?", "2027具体几号", "2027년 정확한 날짜는요?" ask its date;
- handoff wordings: "pásame directamente con Mary Lynn", "帮我转Mary Lynn", Scots "speak tae a real
  person", "get a human on the line";
- an alert set before the event in focus is its reminder; "上新了跟我讲一声" subscribes to the
  catalogue's releases."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff_words import asks_for_person, asks_to_connect
from tests.dialogue import globs as _fits
from tests.dialogue import talk

ROMANCE = {"en": "what romance titles do you have", "es": "qué títulos de romance tienen",
           "zh": "有哪些爱情剧", "ko": "로맨스 작품 뭐 있어요"}
SECOND = {"en": "the second one", "es": "la segunda", "zh": "第二部", "ko": "두 번째 작품"}


@pytest.mark.parametrize("lang,gap,fourth,email", [
    ("en", "what's the minimum guarantee on it", "ok and the fourth?", "email for whoever handles that one?"),
    ("en", "and the licence fee for it?", "what about the fourth one", "who do I email about that one?"),
    ("es", "cuál es el mínimo garantizado de esa", "vale, y la cuarta?", "el correo de quien lleva esa?"),
    ("zh", "这部的保底金是多少", "第四部呢", "负责这部的邮箱给一个"),
    ("ko", "그 작품 최소 보장금은 얼마입니까", "네 번째 작품은 어떻습니까", "그 작품 담당자 이메일을 알려 주십시오"),
])
def test_a_gap_is_not_carried_to_the_next_ordinal(services: Services, lang, gap, fourth, email) -> None:
    talk(services, lang, [(ROMANCE[lang], "list:works?genre=romance"), (SECOND[lang], "work:work_no_stand_in_for_love"),
                          (gap, "gap:*"), (fourth, "work:work_face_in_clay"),
                          (email, "contact:vertical_short_drama_center#email")], fits=_fits)


@pytest.mark.parametrize("turns", [
    [("Kindly furnish the list of mystery titles available for licensing.", "list:works?genre=mystery"),
     ("With respect to the third title, in which languages is it available?", "work:work_canton_nocturne#languages"),
     ("And the fifth?", "work:work_vanished_on_live#languages"),
     ("The last one: under which genres is it classified?", "work:work_twelfth_bronze#genres")],
    [("which mystery titles do you have", "list:works?genre=mystery"),
     ("Regarding the second title, in which languages is it offered?", "work:*#languages"),
     ("As for the last one, how many episodes does it have?", "work:work_twelfth_bronze#episodes")],
])
def test_formal_ordinals_with_a_fact(services: Services, turns) -> None:
    talk(services, "en", turns, fits=_fits)


FESTIVAL = {"es": ("cuándo suele ser el festival de cine de Hengdian?", "fechas exactas pa 2027?"),
            "zh": ("电影节一般是上半年办还是下半年办哇", "2027具体几号"),
            "ko": ("그 영화 축제는 상반기에 해요 하반기에 해요?", "2027년 정확한 날짜는요?"),
            "en": ("is the film festival in spring or autumn?", "exact dates for 2027?")}
WHO = {"es": "quién es Mary Lynn?", "zh": "Mary Lynn是谁", "ko": "Mary Lynn이 누구예요", "en": "who is Mary Lynn?"}


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_the_event_of_a_faq_stays_in_focus(services: Services, lang) -> None:
    season, dates = FESTIVAL[lang]
    talk(services, lang, [(WHO[lang], ["contact:dalynn_studio*", "partner:dalynn_studio*"]),
                          (season, ["faq:film_festival", "event:hengdian_film_festival*"]),
                          (dates, "event:hengdian_film_festival#date")], fits=_fits)


@pytest.mark.parametrize("text", ["can I just speak tae a real person about it", "reckon I could get a human on the line",
                                  "could you get someone on the phone for me", "I'd like to talk wi' someone"])
def test_a_person_asked_for(text: str) -> None:
    assert asks_for_person(text)


@pytest.mark.parametrize("text", ["pásame directamente con Mary Lynn", "comunícame directo con el centro",
                                  "帮我转Mary Lynn", "帮我转接秘书处"])
def test_put_through_to_someone_named(text: str) -> None:
    assert asks_to_connect(text)


@pytest.mark.parametrize("text", ["帮我转发给Mary Lynn", "pásame la lista de Mary Lynn", "who is on the line-up",
                                  "帮我转告一下", "a person on the line-up of the festival?"])
def test_look_alikes_put_no_one_through(text: str) -> None:
    assert not asks_for_person(text) and not asks_to_connect(text)


@pytest.mark.parametrize("lang,turns", [
    ("es", [("quién es Mary Lynn?", "contact:dalynn_studio*"), ("pásame directamente con Mary Lynn", "handoff*")]),
    ("zh", [("Mary Lynn是谁", "contact:dalynn_studio*"), ("帮我转Mary Lynn", "handoff*")]),
    ("en", [("what romance titles do you have", "list:works?genre=romance"), ("the fourth", "work:work_face_in_clay"),
            ("can I just speak tae a real person about it", "handoff*")]),
])
def test_handoff_wordings(services: Services, lang, turns) -> None:
    talk(services, lang, turns, fits=_fits)


@pytest.mark.parametrize("lang,reminder", [
    ("ko", "행사 전에 알림을 설정해 주십시오"), ("ko", "행사 전에 알림 좀 걸어 주세요"),
    ("ko", "행사 전에 알림 부탁드립니다"),
])
def test_an_alert_before_the_event_in_focus_is_its_reminder(services: Services, lang, reminder) -> None:
    first = {"ko": "다음 행사가 무엇입니까", "en": "what's the next event?"}[lang]
    reply = talk(services, lang, [(first, "event:global_talent_info_session_2026"),
                                  (reminder, "event:global_talent_info_session_2026")], fits=_fits)
    assert reply.outcome == "action"  # the reminder set, no subscription to the events' news


@pytest.mark.parametrize("text", ["片库上新了跟我讲一声", "有新剧上架跟我说一声"])
def test_new_titles_give_me_word(services: Services, text) -> None:
    talk(services, "zh", [("喜剧有冇", "list:works?genre=comedy"), (text, "subscribe*")], fits=_fits)
