"""Leftover kinds of the Telegram plays, as partners write them in four languages (sentences of our own):

1. What is on the calendar next ("你们日程上接下来有什么安排"): the upcoming events, not one event's programme.
2. A time zone named by a country's adjective ("show all times in Spanish time from now on"): that
   zone set, no reply in Spanish, never off topic.
3. Distance and visa joined by a comma: both answered (the distance unlisted, the way there; the visa FAQ).
4. A run-on asking what we offer a crew beside a discount: the on-site services, then the discount.
5. A dialect question with no "?" at the form's title step ("버추얼 스튜디오 있당가"): answered, the step kept.
6. Whom to contact for licensing a catalogue title: the team's card first, then what to send it.
"""

from __future__ import annotations

import pytest

from bot.console import ConsoleSession
from bot.context import Services
from tests.dialogue import ask, new_chat, talk_patterns

ANY = "*"

# -- 1. the calendar ahead is the events list -----------------------------------------------------


@pytest.mark.parametrize("lang,text", [
    ("zh", "你们日程上接下来有什么安排"),
    ("zh", "日历上接下来有啥安排"),
    ("en", "what's planned on your calendar next?"),
    ("en", "what's coming up on your agenda?"),
    ("es", "¿qué tienen en la agenda próximamente?"),
    ("es", "qué se viene en su calendario?"),
    ("ko", "앞으로 일정에 뭐 있어요?"),
    ("ko", "캘린더에 다음에 뭐 잡혀 있어?"),
])
def test_the_calendar_ahead_is_the_upcoming_events(services: Services, lang, text) -> None:
    assert ask(services, lang, text).answer == "list:events?when=upcoming"


# -- 2. a zone named by a country's adjective -----------------------------------------------------


@pytest.mark.parametrize("lang,text,city", [
    ("en", "please show all times in Spanish time from now on", "Madrid"),
    ("en", "use mexican time for everything please", "Mexico City"),
    ("es", "de ahora en adelante muéstrame las horas en hora española", "Madrid"),
    ("es", "ponme todo en hora mexicana porfa", "Ciudad de México"),
    ("zh", "以后所有时间都用西班牙时间显示", "马德里"),
    ("zh", "请一律用墨西哥时间", "墨西哥城"),
    ("ko", "앞으로 모든 시간은 스페인 시간으로 보여 주세요", "마드리드"),
    ("ko", "시간은 멕시코 시간으로 설정해 줘", "멕시코"),
])
def test_a_zone_named_by_its_country_adjective_is_set(services: Services, lang, text, city) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "pref:timezone" and city in reply.text and reply.lang == lang


# -- 3. distance and visa in one message ----------------------------------------------------------

VISA_WORD = {"en": "Visa", "es": "visa", "zh": "签证", "ko": "비자"}
DISTANCE_LINE = {"en": "distance isn't listed", "es": "distancia no figura", "zh": "没有具体距离", "ko": "정확한 거리"}


@pytest.mark.parametrize("lang,text", [
    ("en", "how far is Hengdian from Shanghai, do we need a visa?"),
    ("en", "how far is it from the airport, and do mexicans need a visa"),
    ("es", "¿qué tan lejos queda Hengdian de Shanghái, necesitamos visa?"),
    ("es", "a cuánto está Hengdian de Shanghái, y los colombianos necesitan visado?"),
    ("zh", "横店离上海多远，需要签证吗？"),
    ("zh", "從上海到橫店有多遠，要辦簽證嗎"),
    ("ko", "헝뎬이 상하이에서 얼마나 멀어요, 비자 필요해요?"),
    ("ko", "상하이에서 헝뎬까지 거리가 얼마나 돼요, 한국인은 비자 있어야 돼요?"),
])
def test_distance_and_visa_both_answered(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "faq:how_to_reach_hengdian"
    assert DISTANCE_LINE[lang] in reply.text and VISA_WORD[lang] in reply.text


# -- 4. what we offer a crew, and a discount ------------------------------------------------------

SERVICES = {"en": "Local crew", "es": "equipo técnico local", "zh": "本地工作人员", "ko": "스태프"}
DISCOUNT = {"en": "cost reductions", "es": "reducciones de costos", "zh": "降低制作成本", "ko": "비용"}


@pytest.mark.parametrize("lang,text", [
    ("en", ("hi so we are a production company from Nairobi thinking about shooting a short drama in china next year "
            "and i was wondering like what you guys actually offer and also is there some kind of discount 🙏")),
    ("en", "we're a small crew from Accra thinking of filming there next year, what do you guys offer and is there any discount?"),
    ("es", "hola somos una productora de Quito y queremos rodar allá el próximo año, qué nos ofrecen y hay algún descuento?"),
    ("es", "buenas, equipo de Cali acá, pensamos grabar en Hengdian, ¿qué ofrecen y tienen algún descuento?"),
    ("zh", "你好我们是内罗毕的团队明年想去拍短剧想问问你们都提供什么然后有没有优惠"),
    ("zh", "我们剧组想去横店拍摄，你们能提供些什么，有折扣吗？"),
    ("ko", "안녕하세요 저희 나이로비 제작사인데 내년에 촬영 생각 중이에요 뭐 제공해 주시는지 그리고 할인도 있는지 궁금해요"),
    ("ko", "저희 팀이 헝뎬 촬영 가려는데 뭘 지원해 주시고 할인도 되나요?"),
])
def test_what_we_offer_and_a_discount_are_both_answered(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "incentive:on_site_services"
    assert SERVICES[lang] in reply.text and DISCOUNT[lang] in reply.text


# -- 5. a dialect question at the form's title step -----------------------------------------------

OPEN = {"en": ["we'd like to co-produce one of your titles", "Maple Reel Studios", "Canada"],
        "es": ["queremos coproducir uno de sus títulos", "Cóndor Audiovisual", "Chile"],
        "zh": ["我们想跟你们合拍一部片单里的剧", "远山影业", "中国"],
        "ko": ["카탈로그 작품 하나 공동제작하고 싶어요", "바다필름", "한국"]}


@pytest.mark.parametrize("lang,text", [
    ("ko", "버추얼 스튜디오 있당가"),
    ("ko", "LED 촬영장 있는감"),
    ("ko", "거기 드론 촬영 되는감"),
    ("ko", "중국 궁궐 세트 있능교"),
    ("en", "do you have an LED volume stage"),
    ("es", "tienen plató virtual allá"),
    ("zh", "你们有虚拟拍摄棚吗"),
    ("zh", "有冇民國街景"),
])
def test_a_question_without_a_mark_at_the_title_step_is_answered(services: Services, lang, text) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    services.store.set_language(chat, lang)  # type: ignore[arg-type]
    session = ConsoleSession(services, chat)
    for line in OPEN[lang]:
        session.say(line)
    assert session.form is not None and session.form["step"] == "work"
    reply = session.say(text)
    assert session.form is not None and session.form["step"] == "work", reply.text


@pytest.mark.parametrize("text", ["할머니 2.0", "사랑은 대역 불가"])
def test_a_title_at_the_title_step_is_still_the_title(services: Services, text) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="ko")
    services.store.set_language(chat, "ko")  # type: ignore[arg-type]
    session = ConsoleSession(services, chat)
    for line in OPEN["ko"]:
        session.say(line)
    session.say(text)
    assert session.form is not None and session.form["step"] != "work"


# -- 6. whom to contact for licensing a title -----------------------------------------------------

IB_MAIL = "international.business@example.com"


@pytest.mark.parametrize("lang,text", [
    ("en", "whom should I contact for licensing a title?"),
    ("en", "who do I talk to about licensing one of your titles?"),
    ("es", "¿con quién hablo para licenciar un título?"),
    ("es", "a quien le escribo pa licenciar una serie del catalogo"),
    ("zh", "想授权引进一部片单里的剧，该联系谁？"),
    ("zh", "买片单里剧的版权要找谁？"),
    ("ko", "작품 판권 구매하려면 누구한테 연락해요?"),
    ("ko", "카탈로그 작품 라이선스는 누구랑 얘기하면 돼?"),
])
def test_whom_for_licensing_is_the_team_first(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert reply.answer in ("faq:coproduce_catalog_title", "contact:international_business#role")
    assert IB_MAIL in reply.text.split("\n\n")[0]  # the team's card leads


def test_how_to_license_stays_the_faq(services: Services) -> None:
    reply = ask(services, "en", "how do we license a title from your catalog?")
    assert reply.answer == "faq:coproduce_catalog_title" and not reply.text.startswith("<b>Guo Shu")


def test_licensing_whom_after_an_event(services: Services) -> None:
    talk_patterns(services, "es", [("¿cuándo es la jornada de pitch?", "event:*"),
                                   ("¿con quién hablo para licenciar uno de sus títulos?", "faq:coproduce_catalog_title")])


# -- 7. an e-mail address asked about that none of ours has ---------------------------------------

UNKNOWN_LINE = {"en": "isn't one of the addresses I have", "es": "no es una de las direcciones que tengo",
                "zh": "不在我掌握的联系地址中", "ko": "제가 가진 주소가 아닙니다"}


@pytest.mark.parametrize("lang,text,address", [
    ("en", "can I write to info@hengdian.com?", "info@hengdian.com"),
    ("en", "is sales@hengdian.com the right address?", "sales@hengdian.com"),
    ("es", "¿les escribo a ventas@hengdian.com?", "ventas@hengdian.com"),
    ("es", "el correo contacto@hengdian.mx sirve?", "contacto@hengdian.mx"),
    ("zh", "我可以发邮件到 info@hengdian.cn 吗？", "info@hengdian.cn"),
    ("zh", "hr@hengdian.com这个邮箱对吗", "hr@hengdian.com"),
    ("ko", "contact@hengdian.kr 로 보내도 돼요?", "contact@hengdian.kr"),
    ("ko", "business@hengdian.com 이 주소 맞아요?", "business@hengdian.com"),
])
def test_an_address_none_of_ours_has_is_said_so_with_the_published_one(services: Services, lang, text, address) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "gap:international_business"
    assert reply.text.startswith(address) and UNKNOWN_LINE[lang] in reply.text and IB_MAIL in reply.text


@pytest.mark.parametrize("lang,text", [
    ("en", "can I write to international.business@example.com?"),
    ("en", "my email is ana@film.co, can someone contact me?"),
])
def test_our_own_or_the_partners_address_is_no_unknown_one(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert UNKNOWN_LINE[lang] not in reply.text


# -- 8. local crew and costumes after the incentives: the on-site services (already right; kept) ----


@pytest.mark.parametrize("lang,first,then", [
    ("en", "what incentives do you have?", "local crew and costumes?"),
    ("en", "tell me about the special incentives for vertical short dramas", "and local crew and costumes?"),
    ("es", "¿qué incentivos tienen?", "¿y equipo local y vestuario?"),
    ("zh", "有什么扶持政策？", "本地工作人员和服装呢？"),
    ("ko", "인센티브 뭐 있어요?", "현지 스태프랑 의상은요?"),
])
def test_local_crew_and_costumes_after_incentives_are_the_services(services: Services, lang, first, then) -> None:
    talk_patterns(services, lang, [(first, ANY), (then, "incentive:on_site_services")])
