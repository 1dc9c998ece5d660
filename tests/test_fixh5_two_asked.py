"""Two things asked in one message, each answered (fixH5), in the four languages:

- a team's e-mail and phone asked together ("their email and phone?", "邮箱和电话", "이메일이랑
  전화번호"): both, in the order asked (the phone has no fact of its own and was dropped);
- a set's address and its features ("주소랑 특징", "地址和特色", "la dirección y las
  características"): the address and its description;
- a reminder and the calendar file of the event in focus: both done (the reminder set, the file
  sent with the confirmation leading its caption);
- "what is HISDA and how does a company from X join?": the join part is answered too ("cómo hace
  una productora de Buenos Aires para sumarse" read as a greeting before);
- "do we need visas, and roughly how much is a day on <set>?": the visa FAQ and the price's gap.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import ask

PHONE = "+86 000 0000 0002"
MAIL = "shortdrama.center@example.com"


@pytest.mark.parametrize(("lang", "text", "phone_first"), [
    ("en", "what are the phone number and e-mail of the vertical short drama operations center?", True),
    ("en", "can I get the short drama operations center's email and phone?", False),
    ("es", "¿me pasas el correo y el teléfono del centro de operaciones de microdramas verticales?", False),
    ("zh", "竖屏短剧运营中心的电话和邮箱分别是多少？", True),
    ("zh", "给我竖屏短剧运营中心的邮箱跟电话", False),
    ("ko", "세로형 숏드라마 운영센터 전화번호하고 이메일 주소 알려 주세요", True),
])
def test_email_and_phone_both_in_order(services: Services, lang: str, text: str, phone_first: bool) -> None:
    reply = ask(services, lang, text)
    assert PHONE in reply.text and MAIL in reply.text, reply.text
    assert (reply.text.index(PHONE) < reply.text.index(MAIL)) == phone_first, reply.text


@pytest.mark.parametrize(("lang", "before", "text"), [
    ("ko", "숏드라마 촬영 인센티브 신청은 어떻게 하나요?", "거기 메일이랑 전화번호 좀 주세요"),
    ("en", "how do we apply for the short drama incentive?", "and their email and phone number?"),
    ("es", "¿cómo se pide el incentivo para microdramas?", "¿y su correo y teléfono?"),
])
def test_email_and_phone_of_the_team_in_focus(services: Services, lang: str, before: str, text: str) -> None:
    reply = ask(services, lang, before, text)
    assert PHONE in reply.text and MAIL in reply.text, reply.text


@pytest.mark.parametrize(("lang", "before", "text", "address", "about"), [
    ("ko", "헝뎬에서 사극 숏드라마를 찍으려는데 조선 궁궐 느낌 나는 세트장이 있을까요?", "첫 번째 곳 주소하고 특징 알려 주세요",
     "주소", "세트"),
    ("zh", "有哪些适合拍宫廷戏的景区？", "第一个的地址和特点是什么？", "地址", "："),
    ("es", "¿qué sets tienen para dramas de palacio?", "¿me das la dirección y las características del primero?",
     "Hengdian", ":"),
    ("en", "which sets do you have for palace dramas?", "the first one's address and main features?", "Address", ":"),
])
def test_address_and_features_of_a_listed_set(services: Services, lang: str, before: str, text: str,
                                              address: str, about: str) -> None:
    reply = ask(services, lang, before, text)
    assert reply.answer and reply.answer.startswith("location:"), reply.answer
    head, _, rest = reply.text.partition("\n")
    assert address in head and rest.strip() and about in rest, reply.text


@pytest.mark.parametrize(("lang", "before", "text"), [
    ("en", "when is the global talent program info session?", "please set a reminder for it and also send me the calendar file"),
    ("es", "¿cuándo es la jornada de pitch para productores latinoamericanos?",
     "mándame el archivo de calendario y ponme un recordatorio también"),
    ("zh", "中韩短剧对接会是什么时候？", "帮我设个提醒，再把日历文件发我"),
    ("ko", "한중 매칭 행사 언제예요?", "리마인더 걸어 주시고 일정 파일도 보내 주세요"),
])
def test_reminder_and_calendar_file_both(services: Services, lang: str, before: str, text: str) -> None:
    reply = ask(services, lang, before, text)
    assert reply.document is not None and reply.document.filename.endswith(".ics"), reply
    assert "⏰" in reply.text and reply.text.partition("\n")[0] in (reply.document.caption or ""), reply


def test_one_action_stays_one() -> None:
    assert lexicon.event_actions_asked("send me the calendar file") == ()
    assert lexicon.event_actions_asked("remind me about it") == ()
    assert lexicon.event_actions_asked("cancel the reminder and send the calendar file") == ()
    assert lexicon.event_actions_asked("알림 설정해 주시고 캘린더 파일도 보내 주세요") == ("remind", "ics")


@pytest.mark.parametrize(("lang", "text", "join"), [
    ("es", "¿qué es la HISDA exactamente y cómo hace una productora de Buenos Aires para sumarse?", "Secretaría"),
    ("es", "¿qué tiene que hacer un estudio de Buenos Aires para unirse?", "Secretaría"),
    ("en", "what is HISDA, and how would a small studio in Buenos Aires join?", "Secretariat"),
    ("zh", "HISDA是什么？布宜诺斯艾利斯的制片公司怎么加入？", "秘书处"),
    ("ko", "HISDA가 뭐예요? 그리고 부에노스아이레스 제작사는 어떻게 가입해요?", "사무국"),
])
def test_what_it_is_and_how_to_join(services: Services, lang: str, text: str, join: str) -> None:
    reply = ask(services, lang, text)
    assert join in reply.text, reply.text


@pytest.mark.parametrize(("lang", "text", "visa", "price"), [
    ("en", "do my US crew need visas, and roughly how much is a day at the Qin Palace?", "isa", "rice"),
    ("es", "¿mi equipo necesita visa y más o menos cuánto sale un día en el Palacio de Qin?", "visa", "precio"),
    ("zh", "我们剧组需要签证吗，秦王宫拍一天大概多少钱", "签证", "价格"),
    ("ko", "스태프들 비자 필요한지랑 진왕궁 하루 대여료 대략 얼마인지 알려주세요", "비자", "가격"),
])
def test_visa_and_a_price_both(services: Services, lang: str, text: str, visa: str, price: str) -> None:
    reply = ask(services, lang, text)
    assert visa in reply.text and price in reply.text, reply.text
    assert reply.text.index(visa) < reply.text.index(price), reply.text


def test_split_after_an_adverb() -> None:
    assert len(lexicon.split_parts("do we need visas, and roughly how much is a day there?")) == 2
    assert len(lexicon.split_parts("is it allowed for a crew to come and film on your lots?")) == 1


def test_features_only_beside_another_fact() -> None:
    assert lexicon.facts_asked("두 번째 곳 주소랑 특징") == ["venue", "about"]
    assert lexicon.facts_asked("la dirección y las características del primero") == ["venue", "about"]
    assert lexicon.facts_asked("这部剧有什么特点") == []  # alone: as it was read before
