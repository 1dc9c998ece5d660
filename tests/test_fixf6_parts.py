"""fixF6: a later part of a message with no subject of its own means the record the part before
answered (issue 7, "Multi-part messages", "Conversation memory"; found playing the bot through
Telegram):

- "is anything on in Korea? remind me of it": the Korea event answered AND its reminder set
  (the "Cancel reminder" button kept, the "Remind me" offer under the card dropped); the same
  with the calendar file (its caption leads with the answer) and with "put me through to them"
  (the answer, then the handoff to the events team);
- "who holds the rights to <title>? are they still free?": the rights holder AND the title's
  co-production status, also asked in a second message (the title stays the contact's owner);
- "anything on in Korea?" read by the classifier as a time zone: the events there;
- a partner who says where they are, then asks ("we're based in Buenos Aires, what's coming up
  for Latin America?"): the question answered, not only the zone set; a question never
  unsubscribes;
- "let me know about that" after a market's events: that market's news switched on."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, labels, say


def _cancel(reply) -> bool:  # type: ignore[no-untyped-def]
    return any((b.data or "").startswith("v1|rem|-") for row in reply.buttons for b in row)


@pytest.mark.parametrize("lang,line", [
    ("en", "is there something coming up in Korea? set a reminder for me"),
    ("en", "any Korea events soon? remind me please"),
    ("es", "¿tienen algún evento en Corea próximamente? recuérdamelo"),
    ("es", "¿hay algo en Corea pronto? ¿me lo recuerdas?"),
    ("zh", "韩国最近有活动吗？提醒我一下"),
    ("zh", "韩国那边有什么活动？到时候提醒我"),
    ("ko", "한국에서 하는 행사 있나요? 알림 설정해 주세요"),
    ("ko", "한국 행사 있어요? 리마인더 걸어 주세요"),
])
def test_the_reminder_is_of_the_event_the_first_part_answered(services: Services, lang: str, line: str) -> None:
    reply = ask(services, lang, line)
    assert (reply.answer or "").startswith("event:korea_matchmaking_2027"), (reply.answer, reply.text)
    assert _cancel(reply), labels(reply)
    assert not any(b.data == "v1|rem|korea_matchmaking_2027" for row in reply.buttons for b in row)


@pytest.mark.parametrize("lang,line", [
    ("en", "when's the Korea matchmaking? send me the calendar file as well"),
    ("es", "¿cuándo es el evento de Corea? mándame también el archivo del calendario"),
    ("zh", "韩国那个对接会什么时候？把日历文件也发我"),
    ("ko", "한국 매칭 행사 언제예요? 캘린더 파일도 보내 주세요"),
])
def test_the_file_of_the_event_answered_leads_with_the_answer(services: Services, lang: str, line: str) -> None:
    reply = ask(services, lang, line)
    assert reply.document is not None and reply.document.filename.endswith(".ics"), reply.text
    assert "2027" in "\n".join((reply.document.caption or "").split("\n")[:3]), reply.document.caption


@pytest.mark.parametrize("lang,line", [
    ("en", "is anything happening in Korea? connect me with someone about it"),
    ("es", "¿hay algún evento en Corea? pásame con alguien del equipo"),
    ("zh", "韩国那边有活动吗？帮我转人工"),
    ("ko", "한국에서 하는 행사 있어요? 담당자랑 연결해 주세요"),
])
def test_a_person_asked_after_a_question_is_of_its_answer(services: Services, lang: str, line: str) -> None:
    reply = ask(services, lang, line)
    assert reply.handoff == "events", (reply.handoff, reply.answer)
    assert "Reel-K" in reply.text, reply.text


@pytest.mark.parametrize("lang,first,second", [
    ("en", "who has the rights to Half a Teahouse?", "is it still available?"),
    ("es", "¿quién tiene los derechos de Media casa de té?", "¿siguen libres?"),
])
def test_still_free_after_the_rights_holder_is_the_titles_status(services: Services, lang: str, first: str,
                                                                 second: str) -> None:
    _, reply = say(services, lang, first, second)
    assert reply.answer == "work:work_half_a_teahouse#coproduction", (reply.answer, reply.text)
    whole = ask(services, lang, f"{first} {second}")
    assert "Dalynn" in whole.text and ("co-production" in whole.text or "coproduc" in whole.text), whole.text
    assert not whole.text.rstrip().endswith(":"), whole.text


@pytest.mark.parametrize("lang,line", [
    ("en", "anything on in Korea?"),
    ("en", "any meetups in Seoul soon?"),
    ("es", "¿Hay algún encuentro por Corea?"),
])
def test_something_on_in_a_place_is_the_events_there(services: Services, lang: str, line: str) -> None:
    reply = ask(services, lang, line)
    assert (reply.answer or "").startswith(("event:korea_matchmaking_2027", "list:events")), (reply.answer, reply.text)


@pytest.mark.parametrize("lang,line", [
    ("en", "we're based in Buenos Aires, what's coming up for Latin America?"),
    ("en", "we're a studio based in Buenos Aires. Which events are there for Latin America?"),
    ("es", "estamos en Buenos Aires. ¿Qué eventos tienen para Latinoamérica?"),
    ("ko", "저희 회사는 부에노스아이레스에 있어요. 중남미 관련 행사 있나요?"),
])
def test_the_question_after_the_city_is_answered(services: Services, lang: str, line: str) -> None:
    reply = ask(services, lang, line)
    assert reply.answer != "pref:timezone" and (reply.answer or "").startswith(("list:events", "event:")), \
        (reply.answer, reply.text)
    assert "Buenos Aires" in reply.text or "부에노스아이레스" in reply.text, reply.text


@pytest.mark.parametrize("line", ["we're from Lima, anything for Latin America?", "anything for Latin America?"])
def test_a_question_does_not_unsubscribe(services: Services, line: str) -> None:
    assert ask(services, "en", line).answer != "unsubscribe"


@pytest.mark.parametrize("lang,first,second", [
    ("es", "¿qué eventos tienen para Latinoamérica?", "avísame de eso"),
    ("en", "which events are there for Latin America?", "notify me about that"),
])
def test_notify_me_of_that_after_a_markets_events(services: Services, lang: str, first: str, second: str) -> None:
    _, reply = say(services, lang, first, second)
    assert reply.answer == "subscribe:latam_spanish_news", (reply.answer, reply.text)
