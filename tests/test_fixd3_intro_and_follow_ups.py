"""fixD3: a partner who opens with their city or company is asked the same question as without
the introduction (the city is where they are, not a place filter); follow-ups after a card or a
FAQ get what a file answers (the FAQ after a courtesy word, the FAQ's own team, the calendar
file), not "not published" nor out of scope. Four languages."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import say

PITCH = "event:latam_pitch_day_2027"


@pytest.mark.parametrize(("text", "said"), [
    ("Hi, London based distributor here. Any events coming up I should know about?", "London based distributor here."),
    ("Hi! Seoul-based production company here - what events do you have?", "Seoul-based production company here"),
    ("hey, I work for a studio in Lagos. any events online?", "I work for a studio in Lagos."),
    ("Buenas, trabajo en una productora de Rosario. ¿Hay eventos?", "trabajo en una productora de Rosario."),
    ("Hola, buenas tardes. Escribo desde Medellín, ¿hay eventos este año?", "Escribo desde Medellín"),
    ("你好，我在上海一家制片公司工作。最近有什么活动？", "我在上海一家制片公司工作。"),
    ("안녕하세요, 서울에 있는 제작사에서 일해요. 다음 행사가 언제예요?", "서울에 있는 제작사에서 일해요."),
])
def test_introduction_is_split_off(text: str, said: str) -> None:
    assert lexicon.split_introduction(text)[0] == said


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Che, buenas. Laburo en una productora de Rosario. ¿Hay algún evento para productores latinoamericanos?"),
    ("es", ("Hola, buenas tardes. Escribo desde Medellín, tenemos una productora de series cortas. "
            "¿Hay eventos para productores latinoamericanos?")),
    ("en", "Hi, Bogotá based producer here. Any events for Latin American producers?"),
    ("en", "hey there, I work for a production company in Lima. is there any event for latin american producers?"),
])
def test_intro_does_not_change_the_question(services: Services, lang: str, line: str) -> None:
    alone = say(services, lang, {"es": "¿Hay algún evento para productores latinoamericanos?",
                                 "en": "Any events for Latin American producers?"}[lang])[-1]
    introduced = say(services, lang, line)[-1]
    assert introduced.answer == alone.answer == PITCH, (introduced.answer, alone.answer)


@pytest.mark.parametrize(("lang", "line", "city"), [
    ("en", "Hi, London based distributor here. Any events coming up I should know about?", "London"),
    ("en", "Hey, Madrid-based studio here. What events are coming up?", "Madrid"),
    ("zh", "你好，我在首尔一家制片公司工作。最近有什么活动？", "首尔"),
])
def test_own_city_is_no_place_filter(services: Services, lang: str, line: str, city: str) -> None:
    reply = say(services, lang, line)[-1]
    assert (reply.answer or "").startswith("list:events"), reply.answer
    first = reply.text.split("\n", 1)[0]
    assert city not in first, first  # no "No upcoming event is held in London." first


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "¿me lo agendás?"), ("es", "¿nos lo agendas porfa?"), ("es", "agéndemelo, por favor"),
    ("en", "add it to my calendar"), ("zh", "帮我加到日历"), ("ko", "캘린더에 넣어줘"), ("ko", "일정 등록해 줘"),
])
def test_calendar_asked_after_an_event(services: Services, lang: str, line: str) -> None:
    assert lexicon.action_asked(line) == "ics"
    reply = say(services, lang, "Any events for Latin American producers?", line)[-1]
    assert reply.document is not None and reply.document.filename.endswith(".ics"), (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "cool. how do I get my company in?"),
    ("en", "awesome, how can we join?"),
    ("es", "genial. ¿y cómo entramos nosotros?"),
    ("zh", "好的，那我们公司怎么加入？"),
    ("ko", "좋네요. 저희 회사도 가입할 수 있나요?"),
])
def test_join_after_the_alliance_card(services: Services, lang: str, line: str) -> None:
    reply = say(services, lang, "what is HISDA exactly?", line)[-1]
    assert reply.answer == "faq:join_alliance", (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "first", "line"), [
    ("es", "¿y necesitamos visa los colombianos?", "¿quién me ayuda con la carta de invitación?"),
    ("es", "¿necesitamos visa?", "¿a quién le pido la carta?"),
    ("en", "do we need a visa?", "who can help me with the invitation letter?"),
    ("en", "do we need a visa?", "who handles the invitation letters?"),
    ("zh", "来横店拍摄需要办签证吗？", "邀请函找谁帮忙？"),
    ("zh", "来横店拍摄需要办签证吗？", "谁能帮我们开邀请函？"),
    ("ko", "비자 필요해요?", "초청장은 누가 도와주나요?"),
    ("ko", "비자 필요해요?", "초청장은 누구한테 요청하면 돼요?"),
])
def test_the_faqs_own_team_helps(services: Services, lang: str, first: str, line: str) -> None:
    replies = say(services, lang, first, line)
    assert replies[0].answer == "faq:visa", replies[0].answer
    assert (replies[1].answer or "").startswith("contact:international_business"), (replies[1].answer, replies[1].text)


def test_email_asked_after_a_faq_is_the_address(services: Services) -> None:
    reply = say(services, "en", "how can my company join the alliance?", "who do I email for that")[-1]
    assert "secretariat@hisda.example.com" in reply.text and (reply.answer or "").startswith("contact:"), reply.answer


def test_unrelated_who_after_a_faq_is_not_the_faq_team(services: Services) -> None:
    reply = say(services, "en", "do we need a visa?", "who can help me with taxes in Colombia?")[-1]
    assert not (reply.answer or "").startswith("contact:international_business"), reply.answer


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "London based distributor here. Any events in Seoul?"),
    ("en", "Hi, I'm based in London. Any events in Seoul?"),
    ("es", "Trabajo en una productora de Lima. ¿Hay eventos en Seúl?"),
])
def test_a_place_asked_after_the_own_city_still_filters(services: Services, lang: str, line: str) -> None:
    reply = say(services, lang, line)[-1]
    assert reply.answer == "event:korea_matchmaking_2027", reply.answer
