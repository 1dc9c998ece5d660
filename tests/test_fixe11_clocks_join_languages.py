"""Kinds of mistakes found by the Telegram play on main (play14, fixE11), in four languages:

- a clock time told with the partner's city ("acá en Bogotá son las 9", "首尔现在上午十点",
  "토론토는 지금 오후 2시인데") is converted to Hengdian's, and the office hours asked beside it come
  after it on the partner's clock (no out-of-scope, no fact of a set in focus);
- "we're N hours behind you" with no city is a clock: the office hours on it too;
- a nationality in a join question ("Ugandan", "uruguayas") is the eligibility line of joining,
  never the past event whose visitors came from that country;
- "do you guys put on any events soon?" is the coming events, not the AI tools FAQ;
- a language we don't work in: asked of us, the bot's languages; asked of the titles, a no with
  the catalogue's languages and who adapts them;
- during a handoff, the mail the staff member will send (or the partner's own address) is for
  the team, never the teams' address book;
- office hours asked after a title's or a set's card are our desk's, not that record's.

The wordings are this file's own, not an answer set's."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff_words import for_the_team
from intents.timezones import offset_said
from tests.dialogue import ask
from tests.dialogue import talk_patterns as talk


@pytest.mark.parametrize("lang,say,city", [
    ("en", "it's 10am over here in Chicago, when does your office open?", "Chicago"),
    ("es", "acá en Bogotá son las 9 de la mañana, ¿a qué hora abren la oficina?", "Bogotá"),
    ("zh", "我在首尔，现在是上午十点，你们几点上班？", "首尔"),
    ("ko", "여기 시드니는 지금 오전 11시인데 사무실은 몇 시에 열어요?", "시드니"),
])
def test_clock_told_with_office_hours(services: Services, lang, say, city) -> None:
    reply = ask(services, lang, say)
    assert reply.answer == "contact:international_business#hours"
    first, rest = reply.text.split("\n", 1)
    assert city in first and city in rest  # the converted clock first, then the hours on theirs


@pytest.mark.parametrize("lang,say", [
    ("zh", "新加坡现在下午两点，你们那边几点？"),
    ("ko", "토론토는 지금 오후 2시인데 헝뎬은 몇 시예요?"),
])
def test_clock_told_is_converted(services: Services, lang, say) -> None:
    reply = ask(services, lang, say)
    assert reply.answer == "clock:convert"


def test_same_clock_said_first(services: Services) -> None:
    reply = ask(services, "zh", "新加坡现在下午两点，你们那边几点？")
    assert reply.text.startswith("没有时差")


@pytest.mark.parametrize("say,zone", [
    ("we're 5 hours behind you", "Etc/GMT-3"),
    ("estamos 7 horas por detrás de ustedes", "Etc/GMT-1"),
    ("我们这边比横店晚13个小时", "Etc/GMT+5"),
    ("저희는 베이징보다 9시간 늦어요", "Etc/GMT+1"),
    ("we are 2 hours ahead of you", "Etc/GMT-10"),
    ("how many hours behind are you?", None),
])
def test_offset_said(say, zone) -> None:
    assert offset_said(say) == zone


@pytest.mark.parametrize("lang,say,local", [
    ("en", "we're 5 hours behind you, what are your office hours?", "4:00"),
    ("es", "estamos 7 horas por detrás de ustedes, ¿cuál es su horario de atención?", "2:00"),
    ("zh", "我们这边比横店晚13个小时，你们的办公时间是？", "20:00"),
    ("ko", "저희는 베이징보다 9시간 늦어요. 업무 시간이 어떻게 되나요?", "0:00"),
])
def test_hours_behind_gives_the_hours_on_that_clock(services: Services, lang, say, local) -> None:
    reply = ask(services, lang, say)
    assert reply.answer == "contact:international_business#hours"
    assert local in reply.text


@pytest.mark.parametrize("lang,say,country", [
    ("en", "can ugandan production houses become members?", "Uganda"),
    ("en", "could uruguayan distributors join the alliance?", "Uruguay"),
    ("es", "¿las distribuidoras uruguayas pueden afiliarse a la alianza?", "Uruguay"),
    ("zh", "乌拉圭的发行公司能入会吗？", "乌拉圭"),
    ("ko", "우루과이 제작사도 회원 가입 가능해요?", "우루과이"),
])
def test_nationality_in_a_join_question(services: Services, lang, say, country) -> None:
    reply = ask(services, lang, say)
    assert reply.answer == "faq:join_alliance"
    assert country in reply.text.split("\n", 1)[0]


@pytest.mark.parametrize("lang,say", [
    ("en", "do you guys put on any events soon?"),
    ("en", "you guys running any events soon?"),
    ("es", "¿ustedes organizan algún evento próximamente?"),
])
def test_any_events_soon(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "list:events*")])


@pytest.mark.parametrize("lang,say", [
    ("en", "do you folks speak Italian?"),
    ("en", "Sprechen Sie Deutsch?"),
    ("es", "¿ustedes hablan italiano?"),
    ("es", "por cierto, ¿hablan portugués?"),
    ("zh", "你们能用日语沟通吗？"),
    ("ko", "일본어로도 문의 가능해요?"),
])
def test_language_we_do_not_speak(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "faq:languages")])


@pytest.mark.parametrize("lang,say,first", [
    ("en", "is there a French dub of your dramas?", "No"),
    ("es", "¿hay alguna serie doblada al italiano?", "No"),
    ("zh", "有日语字幕的作品吗？", "没有"),
    ("ko", "일본어 더빙 작품 있어요?", "아니요"),
])
def test_version_in_a_language_not_held(services: Services, lang, say, first) -> None:
    reply = ask(services, lang, say)
    assert reply.answer == "gap:dalynn_studio"
    assert reply.text.startswith(first)


@pytest.mark.parametrize("say", [
    "great, when should we expect the mail?",
    "should I send you my email address?",
    "¿cuándo nos llega el mail?",
    "那个邮件啥时候能收到呀",
    "메일은 언제쯤 보내 주시나요?",
    "제 이메일은 abc@example.com 이에요",
])
def test_mail_between_partner_and_staff_is_for_the_team(say) -> None:
    assert for_the_team(say)


@pytest.mark.parametrize("say", ["what's your email?", "国际业务部的邮箱是多少", "이메일 주소 알려 주세요"])
def test_the_teams_address_asked_is_not(say) -> None:
    assert not for_the_team(say)


@pytest.mark.parametrize("lang,turns", [
    ("en", ["any comedies?", "the first one", "when do your offices open?"]),
    ("es", ["¿qué comedias tienen?", "la primera", "¿y a qué hora atienden ustedes?"]),
    ("es", ["¿hay sets de la época republicana?", "el primero", "¿a qué hora abren las oficinas?"]),
    ("zh", ["有喜剧吗", "第一部", "你们几点上班？"]),
    ("ko", ["코미디 있어요?", "첫 번째", "사무실 몇 시에 열어요?"]),
])
def test_office_hours_after_a_card_are_our_desks(services: Services, lang, turns) -> None:
    reply = ask(services, lang, *turns)
    assert reply.answer == "contact:international_business#hours"


@pytest.mark.parametrize("lang,say,genre", [
    ("es", "Buenas, somos una productora de Valencia y preparamos una serie de artes marciales. ¿Qué sets nos recomiendan?",
     "list:locations?genre=wuxia"),
    ("es", "Hola, somos de Sevilla y hacemos un drama de la época Ming. ¿Qué escenarios nos sirven?", "list:locations?era=ming*"),
])
def test_introduction_with_the_series_keeps_the_ranking(services: Services, lang, say, genre) -> None:
    talk(services, lang, [(say, genre)])


@pytest.mark.parametrize("lang,turns,city", [
    ("es", ["Hola, somos una productora de Valencia.", "¿a qué hora abren las oficinas?"], "Valencia"),
    ("en", ["hi, we're a studio based in Manchester", "what are your office hours?"], "Manchester"),
])
def test_hours_name_the_partners_city(services: Services, lang, turns, city) -> None:
    reply = ask(services, lang, *turns)
    assert reply.answer == "contact:international_business#hours"
    assert city in reply.text
