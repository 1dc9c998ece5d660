"""play15 kinds fixed by fixI11 on int18, in the four languages:

- a clock said only as hours off ours, in digits or words ("we're an hour ahead of you",
  "저희가 베이징보다 한 시간 빨라요", "比北京晚两个小时", "vamos seis horas por detrás"), is that
  fixed clock; the office hours asked beside it ("when's your office open in our time?") come on
  it, labelled "your time" (never "GMT+02:00"), and no city is asked;
- a foreign city in the Korean (or Chinese) spelling partners write where CLDR has another
  (밴쿠버 for CLDR's 벤쿠버, 싱가폴, 호치민, 라스베가스, 达拉斯) is a place whose clock converts.

The wordings are this file's own, not an answer set's."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff_words import for_the_team
from intents.timezones import offset_said
from tests.dialogue import ask


@pytest.mark.parametrize("say,zone", [
    ("we're an hour ahead of you", "Etc/GMT-9"),
    ("we are three hours behind you guys", "Etc/GMT-5"),
    ("vamos seis horas por detrás de ustedes", "Etc/GMT-2"),
    ("我们这边比北京晚两个小时", "Etc/GMT-6"),
    ("저희 쪽이 베이징보다 한 시간 빨라요", "Etc/GMT-9"),
    ("저희는 헝뎬보다 세 시간 늦어요", "Etc/GMT-5"),
    ("i'm a bit behind on this", None),
])
def test_offset_in_words(say, zone) -> None:
    assert offset_said(say) == zone


@pytest.mark.parametrize("lang,say,local,label", [
    ("en", "we're 4 hours behind you. when's your office open for us?", "5:00–13:30", "your time"),
    ("en", "we're two hours ahead of you — when is your office open in our time?", "11:00–19:30", "your time"),
    ("zh", "我们比北京晚三个小时，你们几点上班？", "6:00–14:30", "你们那边"),
    ("ko", "저희가 베이징보다 한 시간 빨라요. 사무실은 몇 시에 열어요?", "10:00~18:30", "그쪽 시간"),
])
def test_office_hours_on_an_offset_clock(services: Services, lang, say, local, label) -> None:
    reply = ask(services, lang, say)
    assert reply.answer == "contact:international_business#hours"
    first = reply.text.split("\n", 1)[0]
    assert local in first and label in first
    assert "GMT" not in first


@pytest.mark.parametrize("lang,say,city", [
    ("ko", "여기 밴쿠버는 지금 오후 6시예요. 헝뎬은 지금 몇 시예요?", "밴쿠버"),
    ("ko", "싱가폴은 지금 오전 10시인데 헝뎬은 몇 시예요?", "싱가폴"),
    ("ko", "저 라스베가스에 있는데 지금 오후 4시예요. 헝뎬은 몇 시죠?", "라스베가스"),
    ("zh", "我在达拉斯，现在下午三点，横店几点？", "达拉斯"),
])
def test_city_in_the_spelling_partners_write(services: Services, lang, say, city) -> None:
    reply = ask(services, lang, say)
    assert reply.answer == "clock:convert"
    assert city in reply.text.split("\n", 1)[0]


@pytest.mark.parametrize("lang,lines,team", [
    ("en", ["what's the annual fee to become a HISDA member?", "ok thanks, could you put me through to someone on the international team?"],
     "International Business Department"),
    ("es", ["¿cuánto se paga por ser miembro de HISDA?", "vale, pásame con alguien del departamento internacional"],
     "Negocios Internacionales"),
    ("zh", ["加入HISDA每年要交多少会费？", "明白了，麻烦帮我联系国际部的同事"], "国际业务部"),
    ("ko", ["HISDA 연회비는 얼마인가요?", "알겠습니다. 국제사업부 담당자랑 통화 연결 부탁드려요"], "국제사업부"),
])
def test_team_named_in_words_wins_at_handoff(services: Services, lang, lines, team) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer.partition(":")[0] == "handoff"
    named = [line for line in reply.text.splitlines() if "<b>" in line]
    assert named and team in named[0]


@pytest.mark.parametrize("say", [
    "perfect, what email address are you going to send the quote to?",
    "which mail will she send the contract to?",
    "¿a qué correo nos lo van a enviar?",
    "他们会发到哪个邮箱呢？",
    "견적서는 어떤 이메일로 보내 주실 건가요?",
])
def test_the_address_the_staff_will_mail_is_for_the_team(say) -> None:
    assert for_the_team(say)


@pytest.mark.parametrize("say", [
    "which email should I send the script to?",
    "¿a qué correo lo mando?",
    "我发到哪个邮箱？",
    "어느 메일로 보내면 돼요?",
])
def test_the_address_the_partner_will_mail_is_ours(say) -> None:
    assert not for_the_team(say)


@pytest.mark.parametrize("lang,lines,first", [
    ("en", ["when's the Reel-K matchmaking?", "is that one held in Korea?"], "Yes"),
    ("en", ["when's the Reel-K matchmaking?", "will it take place in Japan?"], "No"),
    ("es", ["¿cuándo es el encuentro con Reel-K?", "¿se celebra en Corea?"], "Sí"),
    ("zh", ["和Reel-K的对接会是哪天？", "是在日本举办吗？"], "不是"),
    ("ko", ["Reel-K 매칭 행사 언제예요?", "그 행사 한국에서 진행돼요?"], "네"),
])
def test_event_held_in_a_place_is_a_yes_or_no(services: Services, lang, lines, first) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer.startswith("event:korea_matchmaking_2027")
    assert reply.text.startswith(first)
    assert {"en": "Seoul", "es": "Seúl", "zh": "首尔", "ko": "서울"}[lang] in reply.text.split("\n", 1)[0]


@pytest.mark.parametrize("lang,say", [
    ("ko", "서울에서 열리는 Reel-K 매칭 행사는 누가 주최해요?"),
    ("zh", "在首尔举办的Reel-K对接会是谁主办的？"),
])
def test_a_place_that_describes_the_event_is_no_yes_or_no(services: Services, lang, say) -> None:
    reply = ask(services, lang, say)
    assert not reply.text.startswith(("네", "是的", "不是", "아니요"))
