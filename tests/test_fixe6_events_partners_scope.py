"""fixE6 (issue 7): events, partners, contacts and honest out-of-scope, each kind in the four
languages, in wordings of our own:

- an event asked of a country or market ("anything planned with your partners from Korea?") is
  that market's event, not its partners; its venue asked loosely is the event's venue;
- a country's one partner asked in the singular beside a partitive ("which of them is Korean?")
  is its card; several asked for keep the list;
- the companies in the alliance asked after its card or FAQ are the partners list;
- what a partner named is and does is its card (Hengdian World Studios too);
- an e-mail said with the hour it would be sent at asks the hours;
- "who handles that" pointed after a gap is the team it named;
- the countries people came from at an event are its account, the sentence naming them first;
- a show of theirs reaching Latin American screens is the Spanish-language distribution FAQ;
- an event named with the stage it is held at is the event;
- the time of the year a festival is held is its date;
- an office ("现任首相") is no person's name; a village named elsewhere is off topic.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, fits, talk


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "is anything planned with your partners from Korea?"),
    ("es", "¿qué tienen previsto con los socios de Corea?"),
    ("zh", "跟韩国那边的伙伴有什么快要办的活动吗"),
    ("ko", "한국 쪽 파트너랑 앞으로 같이 하는 거 있어요?"),
])
def test_an_event_asked_of_a_country_is_its_event(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "event:korea_matchmaking_2027"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "if there's something coming up for producers from Latin America, what is it?"),
    ("ko", "중남미 제작자 대상으로 곧 있는 행사 있나요?"),
    ("zh", "拉美制片人有啥活动可以参加？"),
])
def test_an_event_asked_of_a_market_is_its_event(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "event:latam_pitch_day_2027"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "where will the Korea one take place?"), ("zh", "韩国那个活动在哪个城市办？"),
    ("ko", "한국 행사는 어느 도시에서 해요?"),
])
def test_the_venue_of_a_country_event(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "event:korea_matchmaking_2027#venue"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "which one of the alliance members is Korean?"), ("es", "¿quién de sus aliados es de Corea?"),
    ("zh", "联盟当中哪一家是韩国公司？"), ("ko", "연맹 회원사 중에 한국 업체는 어디인가요?"),
])
def test_one_partner_asked_with_a_partitive_is_its_card(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "partner:reel_k", reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "which of your partners are from China"), ("ko", "한국 파트너사는 어디어디 있어요?"),
    ("en", "which Korean partners do you have?"),
])
def test_several_asked_for_keep_the_list(services: Services, lang: str, text: str) -> None:
    assert (ask(services, lang, text).answer or "").startswith("list:partners?country=")


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("en", "tell me about the alliance", "who's part of it?"),
    ("es", "¿qué es HISDA?", "¿quiénes la forman?"),
    ("zh", "介绍一下横店国际短剧联盟", "里面都有哪些公司"),
    ("ko", "HISDA 소개해 주세요", "어떤 회사들이 참여해요?"),
])
def test_the_companies_in_the_alliance(services: Services, lang: str, first: str, then: str) -> None:
    talk(services, lang, [(first, "*"), (then, "list:partners")], fits)


@pytest.mark.parametrize(("lang", "text", "partner"), [
    ("en", "what does Hengdian World Studios do?", "hengdian_world_studios"),
    ("zh", "横店影视城是做什么的", "hengdian_world_studios"),
    ("es", "¿a qué se dedica Reel-K?", "reel_k"),
    ("ko", "ShortMax는 무슨 일 하는 곳이에요?", "shortmax"),
])
def test_what_a_company_does_is_its_card(services: Services, lang: str, text: str, partner: str) -> None:
    assert (ask(services, lang, text).answer or "").partition("#")[0] == f"partner:{partner}"


def test_a_shoot_question_is_not_the_studio_card(services: Services) -> None:
    assert not (ask(services, "en", "what do I need to do to film at Hengdian?").answer or "").startswith("partner:")


@pytest.mark.parametrize(("lang", "text", "team"), [
    ("en", "what hours does the secretariat keep? I don't want to email them at midnight", "hisda_secretariat"),
    ("es", "¿en qué horario atiende Dalynn? no quiero mandarles correos de madrugada", "dalynn_studio"),
    ("zh", "秘书处几点上班？不想大半夜发邮件打扰", "hisda_secretariat"),
    ("ko", "사무국 업무 시간이 어떻게 돼요? 밤늦게 메일 보내기 미안해서요", "hisda_secretariat"),
])
def test_mail_at_an_hour_asks_the_hours(services: Services, lang: str, text: str, team: str) -> None:
    assert ask(services, lang, text).answer == f"contact:{team}#hours"


def test_email_and_hours_asked_together_keep_the_email() -> None:
    from intents.lexicon import facts_asked
    assert facts_asked("what's the email and office hours of the secretariat?")[0] == "email"


@pytest.mark.parametrize(("lang", "turns"), [
    ("ko", ["세트 대여료는 얼마예요?", "그건 누구한테 물어봐야 돼요?"]),
    ("zh", ["年费多少？", "这事归谁管？"]),
    ("es", ["¿hay cuota anual para entrar a la alianza?", "¿y eso quién lo ve?"]),
])
def test_who_handles_that_after_a_gap(services: Services, lang: str, turns: list[str]) -> None:
    talk(services, lang, [(turns[0], "gap:*"), (turns[1], "contact:*")], fits)


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("en", "the May 2025 exchange with Dalynn, where did the guests come from?", "Uruguay"),
    ("zh", "2025年5月跟Dalynn办的那场交流会，都来了哪些国家的人？", "乌拉圭"),
    ("ko", "2025년 5월 Dalynn이랑 한 교류 행사에 어느 나라 사람들이 왔어요?", "우루과이"),
    ("es", "lo de mayo de 2025 con Dalynn, ¿de qué países llegaron participantes?", "Uruguay"),
])
def test_the_countries_people_came_from(services: Services, lang: str, text: str, country: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "event:cross_cultural_exchange_2025"
    assert country in reply.text.split("\n")[0]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "if we film a drama at your sets, could it get onto platforms in Mexico and Peru?"),
    ("es", "si filmamos allá, ¿la serie podría verse en Argentina?"),
    ("zh", "在横店拍的剧，能不能让智利和秘鲁的观众看到？"),
    ("ko", "헝뎬에서 찍은 드라마를 콜롬비아 시청자들도 볼 수 있을까요?"),
])
def test_a_show_reaching_latin_america(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "faq:spanish_distribution"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "heard the virtual production stage is having an open day, true?"),
    ("es", "¿es cierto que el estudio de producción virtual hará una jornada de puertas abiertas?"),
    ("zh", "虚拟制片影棚是不是要搞开放日？"),
    ("ko", "버추얼 프로덕션 스튜디오 오픈데이 한다던데 맞아요?"),
])
def test_an_event_named_with_its_stage(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "event:virtual_stage_open_day_2027"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿en qué época del año se hace el festival de Hengdian?"),
    ("zh", "横店电影节一般在一年中的什么时候举办？"),
    ("ko", "헝뎬 영화제는 1년 중 언제쯤 열려요?"),
])
def test_the_time_of_year_is_the_date(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer in ("event:hengdian_film_festival#date", "faq:film_festival")


def test_an_era_is_still_an_era() -> None:
    from intents.lexicon import fact_asked
    assert fact_asked("이 세트는 어느 시대 배경이에요?") == "era"


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "日本现任首相叫什么名字"), ("zh", "法国现任总统是谁啊"),
    ("ko", "양동마을 가볼 만해요?"), ("en", "is Bukchon village crowded on weekends?"),
    ("es", "¿el pueblo de Ollantaytambo se llena los fines de semana?"),
])
def test_world_politics_and_tourism_are_off_topic(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer in ("out_of_scope", "fallback")


@pytest.mark.parametrize(("lang", "text"), [("ko", "하회마을 같은 세트 있어요?"), ("en", "any village sets?")])
def test_a_village_set_is_still_searched(services: Services, lang: str, text: str) -> None:
    assert (ask(services, lang, text).answer or "").startswith("list:locations")


@pytest.mark.parametrize(("lang", "text"), [("zh", "明清宫苑租一日几钿？"), ("zh", "清明上河图包一晚上几化？")])
def test_a_dialect_price_is_a_gap(services: Services, lang: str, text: str) -> None:
    assert (ask(services, lang, text).answer or "").startswith("gap:")


@pytest.mark.parametrize("text", ["can you show me times in Canada time, I'm in Toronto",
                                  "could you show me times in Japan time, I'm in Osaka"])
def test_times_in_a_country_clock(services: Services, text: str) -> None:
    assert ask(services, "en", text).answer == "pref:timezone"
