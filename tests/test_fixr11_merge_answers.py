"""Answers the round's merge lost, each fixed at its kind with the fixer's own kind kept (fixR11):

- sets for a city of today: the era the urban genre's words carry chooses the sets, while the
  titles of such a city stay the urban genre (fixC10);
- an event with a country's partners asked is the event, while "do you work with that country's
  companies?" stays the yes and the partners based there (fixG10);
- a count asked of a short-drama plan is no stated wish to shoot one, while the wish told still
  gets the incentives overview (fixF10);
- joining asked in several parts (the form, whom to send it to, the process) is the way in, while
  the e-mail of the members' team asked alone stays that e-mail (fixG10's member wording);
- an event's start asked on the partner's clock, a time difference told beside it, is the event's
  time, while the difference asked stays the hours between (fixF10).

The wordings are this file's own, not an answer set's."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import new_chat
from tests.dialogue import talk_patterns as talk


@pytest.mark.parametrize("lang,say", [
    ("en", "our story happens in a present-day city, which of your sets could we use?"),
    ("es", "la trama pasa en una ciudad contemporánea, ¿qué decorados nos recomiendan?"),
    ("zh", "想拍当代城市的故事，哪些景合适？"),
    ("ko", "현대 도시 배경 드라마 찍으려는데 쓸 만한 세트 있어요?"),
])
def test_sets_for_a_city_of_today_are_the_contemporary_ones(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "list:locations?era=contemporary")])


@pytest.mark.parametrize("lang,say", [
    ("en", "got any series set in a present-day city?"),
    ("es", "¿tienen series que pasen en una ciudad actual?"),
    ("zh", "你们有讲当代城市生活的剧吗？"),
    ("ko", "현대 도시 배경 작품 있나요?"),
])
def test_titles_of_a_city_of_today_stay_urban(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "list:works?genre=urban")])


@pytest.mark.parametrize("lang,say", [
    ("en", "is there an event with Korean partners happening soon?"),
    ("es", "¿viene pronto algún evento con socios de Corea?"),
    ("zh", "最近有没有和韩国合作方一起搞的活动？"),
    ("ko", "한국 파트너사들이랑 같이 하는 행사 곧 열려요?"),
])
def test_an_event_with_a_countrys_partners_is_the_event(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "event:korea_matchmaking_2027")])


@pytest.mark.parametrize("lang,say", [
    ("en", "does HISDA collaborate with companies from Korea?"),
    ("es", "¿colaboran ustedes con empresas de Corea?"),
    ("zh", "你们跟韩国的公司有合作吗？"),
    ("ko", "한국 회사들이랑도 협업하시나요?"),
])
def test_working_with_a_countrys_companies_stays_its_partners(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "list:partners?country=KR")])


@pytest.mark.parametrize("lang,say", [
    ("en", "how many short dramas did Hengdian plan to film in 2025? someone told me a crazy number"),
    ("es", "¿cuántos microdramas planeaba rodar Hengdian en 2025? me dijeron una cifra enorme"),
    ("zh", "横店2025年计划拍多少部短剧？听说数字很夸张"),
    ("ko", "2025년에 헝뎬에서 숏드라마를 몇 편 찍을 계획이었대요?"),
])
def test_a_count_of_a_short_drama_plan_is_the_hub(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "program:short_drama_hub_2025")])


@pytest.mark.parametrize("lang,say", [
    ("en", "we'd like to shoot a vertical short drama in Hengdian"),
    ("es", "queremos grabar un microdrama vertical en Hengdian el año que viene"),
    ("zh", "我们打算明年来横店拍一部竖屏短剧"),
    ("ko", "내년에 헝뎬에서 세로형 숏드라마를 찍고 싶어요"),
])
def test_a_short_drama_shoot_wish_stays_the_incentives(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "faq:incentives")])


@pytest.mark.parametrize("lang,say", [
    ("en", ("we're a studio in Durban and want to become alliance members: which form do we fill in, "
            "who gets it, and what's the process?")),
    ("es", ("somos una distribuidora de Rosario y queremos ser miembros de la alianza: ¿qué formulario "
            "llenamos, a quién se lo enviamos y cuál es el proceso?")),
    ("zh", "我们是厦门的制作公司，想当联盟会员，要填哪个表格、交给谁，流程是什么？"),
    ("ko", "대구에 있는 제작사인데 연맹 회원이 되고 싶어요. 어떤 신청서를 써서 누구한테 보내고 절차가 어떻게 돼요?"),
])
def test_joining_asked_in_parts_is_the_way_in(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "faq:join_alliance")])


@pytest.mark.parametrize("lang,say", [
    ("en", "what's the email of the membership team?"),
    ("es", "¿cuál es el correo del secretariado?"),
    ("zh", "联盟会员那边的邮箱是多少？"),
    ("ko", "회원 담당 이메일 주소 알려주세요"),
])
def test_the_members_teams_email_stays_its_email(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "contact:hisda_secretariat#email")])


@pytest.mark.parametrize("lang,zone,first,then", [
    ("en", "Europe/Lisbon", "tell me about the online pitch day for Latin American producers",
     "so what time does it kick off for me? this time difference is messing with my head"),
    ("es", "America/Bogota", "cuéntame del pitch en línea para productores latinoamericanos",
     "¿y a qué hora empieza para mí? con la diferencia horaria me pierdo"),
    ("zh", "Asia/Taipei", "说说给拉美制片人的那个线上推介会",
     "那我这边几点开始？时差把我搞晕了"),
    ("ko", "Asia/Seoul", "중남미 제작자 대상 온라인 피칭 행사 알려주세요",
     "제 시간으로는 몇 시에 시작해요? 시차 때문에 헷갈리네요"),
])
def test_an_events_start_on_my_clock_with_a_time_difference_told(services: Services, lang, zone, first, then) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    services.store.set_timezone(chat, zone)
    services.brain.reply_to_text(chat, first, services.store.profile(chat))
    reply = services.brain.reply_to_text(chat, then, services.store.profile(chat))
    assert reply.answer == "event:latam_pitch_day_2027#date"


@pytest.mark.parametrize("lang,zone,say", [
    ("en", "Europe/Lisbon", "how many hours apart are we from Hengdian?"),
    ("es", "America/Bogota", "¿cuántas horas de diferencia hay con Hengdian?"),
    ("zh", "Asia/Taipei", "我这边跟横店差几个小时？"),
    ("ko", "Asia/Seoul", "여기랑 헝뎬 시차가 몇 시간이에요?"),
])
def test_a_time_difference_asked_stays_the_hours_between(services: Services, lang, zone, say) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    services.store.set_timezone(chat, zone)
    reply = services.brain.reply_to_text(chat, say, services.store.profile(chat))
    assert reply.answer == "clock:difference"
