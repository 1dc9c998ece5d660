"""Texts a native reads, found by a tester playing partners (issue 7, play26):

- a set card's "Good for" line: labels that hold "and"/"y" themselves are not chained with another
  "and"/"y" ("…Murallas y puertas y Campo de batalla"), and labels read in lower case mid-line in
  English and Spanish; lists of three or more in Korean use commas ("한국어, 중국어, 영어"), not the
  form's "및"; an address that opens with the set's name does not say it twice;
- when an out-of-office team is back: the weekday in full and the hour as the language says it
  ("a partir del viernes a las 9:00 (hora de Pekín)", "금요일 오전 9시(베이징 시간) 이후에"), the
  partner's own clock inside the same brackets; clock times without a leading zero ("9:00–12:00"),
  as the knowledge writes office hours;
- a FAQ's leading yes fits the question's verb (zh "可以租吗" → "可以。", "有没有" → "有。"; ko "…수
  있나요" → "네, 가능합니다.", "있나요" → "네, 있습니다."), or is dropped;
- a foreign crew's formalities ("外國劇組來拍攝需要辦什麼手續") are the foreign-crews / visa FAQ, not
  the shoot-request card; a card title that already says "how to apply" is not followed by that label;
- the staff post of a handoff opened by the 🙋 button quotes the partner's last real question (not
  "in English please" nor "thanks"); a person asked for about rights or a co-production is the
  catalog's subject;
- a long run-on message: Korean "-는지 또" splits parts, a wished-for person who speaks a language
  ("한국어 가능한 담당자 있으면 좋겠어요") is the handoff, a part that repeats an earlier answer is said once.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.context import Services
from core.i18n_format import format_list, format_time
from core.kb.schema import OfficeHours
from intents.office_hours import response_time, spoken_time
from tests.dialogue import fits, talk


# -- lists a reader can take apart --------------------------------------------------------------
def test_an_item_holding_the_conjunction_is_not_chained_with_it() -> None:
    assert format_list(["Bridges", "Walls and gates", "Market"], "en") == "Bridges, Walls and gates, Market"
    assert format_list(["puentes", "murallas y puertas"], "es") == "puentes, murallas y puertas"
    assert format_list(["a", "b", "c"], "en") == "a, b and c"  # plain items keep CLDR's pattern
    assert format_list(["rojo", "verde", "azul"], "es") == "rojo, verde y azul"


def test_korean_lists_read_as_a_chat_writes_them() -> None:
    assert format_list(["스페인어", "일본어", "영어"], "ko") == "스페인어, 일본어, 영어"
    assert format_list(["일본어", "영어"], "ko") == "일본어와 영어"
    assert format_list(["서울", "부산"], "ko") == "서울과 부산"
    assert "또는" in format_list(["a", "b", "c"], "ko", style="or")


@pytest.mark.parametrize(("lang", "say", "good", "bad"), [
    ("es", "Palacio de Qin", "murallas y puertas, campo de batalla", " y campo"),
    ("en", "Qin Palace", "city walls and gates, battlefield", "gates and battlefield"),
    ("es", "Calle Guangzhou", "romance, misterio", "Romance"),
])
def test_set_card_good_for_line(services: Services, lang: str, say: str, good: str, bad: str) -> None:
    reply = talk(services, lang, [(say, "location:*")], fits)
    assert "#" not in (reply.answer or "")
    assert good in reply.text and bad not in reply.text.split("\n\n")[-1], reply.text


@pytest.mark.parametrize(("lang", "say"), [
    ("es", "¿cuál es la dirección de la Calle Hong Kong?"), ("en", "where exactly is Hong Kong Street?"),
])
def test_an_address_does_not_repeat_the_set_name(services: Services, lang: str, say: str) -> None:
    reply = talk(services, lang, [(say, "location:guangzhou_hongkong_street*")], fits)
    assert reply.text.count("Hong Kong") == 1, reply.text


# -- times and days as a native writes them -----------------------------------------------------
SIX_DAYS = OfficeHours(days="mon-sat", start="09:00", end="18:00", timezone="Asia/Shanghai")
THURSDAY_NIGHT = datetime(2026, 12, 3, 13, 0, tzinfo=UTC)  # 21:00 in Beijing: back Friday 9:00


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "after Friday at 9:00 (Beijing time)."),
    ("es", "a partir del viernes a las 9:00 (hora de Pekín)."),
    ("zh", "预计北京时间周五上午9:00之后"),
    ("ko", "금요일 오전 9시(베이징 시간) 이후에"),
])
def test_when_the_team_is_back_reads_as_a_native_writes_it(lang: str, said: str) -> None:
    text = response_time(SIX_DAYS, lang, None, THURSDAY_NIGHT)
    assert said in text and "09:00" not in text, text


def test_the_partners_own_clock_sits_inside_the_same_brackets() -> None:
    text = response_time(SIX_DAYS, "es", ZoneInfo("America/Bogota"), THURSDAY_NIGHT)
    assert "viernes a las 9:00 (hora de Pekín; jueves a las 20:00 en Bogotá)" in text, text
    text = response_time(SIX_DAYS, "ko", ZoneInfo("Asia/Seoul"), THURSDAY_NIGHT)
    assert "금요일 오전 9시(베이징 시간, 서울 시간 금요일 오전 10시)" in text, text


def test_spoken_hours_with_minutes_and_one_oclock() -> None:
    at = datetime(2026, 12, 4, 13, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert spoken_time(at, "ko") == "오후 1시 30분" and spoken_time(at, "es") == "las 13:30"
    assert spoken_time(at, "zh") == "下午1:30" and format_time(at.replace(hour=9), "es") == "9:30"


# -- a yes that fits the question ---------------------------------------------------------------
@pytest.mark.parametrize(("lang", "say", "opens"), [
    ("zh", "虚拟制片的影棚能租用吗？", "可以。"), ("zh", "横店那边有没有虚拟拍摄棚", "有。"),
    ("zh", "请问可不可以用你们的虚拟制片棚", "可以。"),
    ("ko", "버추얼 프로덕션 스튜디오를 쓸 수 있을까요?", "네, 가능합니다."),
    ("ko", "헝뎬에도 버추얼 스튜디오가 있나요?", "네, 있습니다."),
    ("en", "Is there a virtual production stage at Hengdian?", "Yes."),
])
def test_a_faq_yes_fits_the_questions_verb(services: Services, lang: str, say: str, opens: str) -> None:
    reply = talk(services, lang, [(say, "faq:virtual_production")], fits)
    assert reply.text.startswith(opens), reply.text


def test_a_chinese_question_without_a_yes_verb_gets_no_opener() -> None:
    from intents.router import fitting_yes
    assert fitting_yes("请问那个虚拟棚租给外国剧组吗", "有。横店的虚拟制片设施…", "zh") == "横店的虚拟制片设施…"
    assert fitting_yes("是不是LED的？", "有。横店…", "zh") == "是的。横店…"


# -- a foreign crew's formalities ---------------------------------------------------------------
@pytest.mark.parametrize(("lang", "say"), [
    ("zh", "境外摄制组到横店开机要办哪些手续？"), ("zh", "國外團隊來橫店拍戲要準備什麼手續"),
    ("en", "what formalities does an overseas crew go through to film at Hengdian?"),
    ("es", "¿qué papeleo necesita una productora extranjera para filmar en Hengdian?"),
    ("ko", "외국 촬영팀이 헝뎬에서 찍으려면 어떤 절차를 밟아야 하나요?"),
])
def test_a_foreign_crews_formalities_are_the_foreign_crews_or_visa_faq(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, ["faq:visa", "faq:can_foreign_crews_film"])], fits)


@pytest.mark.parametrize(("lang", "say", "head"), [
    ("zh", "拍摄支持要怎么申请？", "</b>："), ("en", "how do we apply for support for our shoot?", "</b>: "),
    ("ko", "촬영 지원 신청은 어떻게 해요?", "</b>: "),
])
def test_a_title_that_says_how_to_apply_is_not_followed_by_the_label(services: Services, lang: str, say: str, head: str) -> None:
    reply = talk(services, lang, [(say, "incentive:shoot_request_procedure#how_to_apply")], fits)
    assert head in reply.text and "·" not in reply.text.split("</b>")[1][:3], reply.text


# -- the staff post's question ------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "turns", "asked"), [
    ("ko", ["촬영지 목록 보여주세요", "진왕궁 주소 알려 주세요", "in English please"], "진왕궁 주소 알려 주세요"),
    ("es", ["¿qué eventos tienen?", "¿y la jornada de pitch cuándo es?", "en inglés porfa", "gracias!"],
     "¿y la jornada de pitch cuándo es?"),
    ("zh", ["有哪些科幻短剧？", "换成英文吧", "ok"], "有哪些科幻短剧？"),
    ("en", ["what sets do you have?", "ok thanks"], "what sets do you have?"),
])
def test_a_button_handoff_shows_the_last_real_question(services: Services, lang: str, turns: list[str], asked: str) -> None:
    from intents.handoff import last_question
    from tests.dialogue import new_chat
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    rows = []
    for text in turns:
        reply = services.brain.reply_to_text(chat, text, services.store.profile(chat))
        rows.append({"text": text, "intent": reply.intent, "answer": reply.answer, "outcome": reply.outcome})
    assert last_question(rows) == asked, rows


@pytest.mark.parametrize(("lang", "before", "ask"), [
    ("en", "what palace sets do you have?", "I want to talk to a human about licensing"),
    ("es", "¿tienen sets de palacio?", "me pasas con una persona? es por una coproducción"),
    ("zh", "有宫廷戏的场景吗", "想跟真人聊一下授权的事"),
    ("ko", "궁궐 세트 있나요?", "판권 구매 건으로 담당자 연결해 주세요"),
])
def test_a_person_asked_for_about_rights_is_the_catalogs(services: Services, lang: str, before: str, ask: str) -> None:
    reply = talk(services, lang, [(before, "list:locations*"), (ask, "handoff")], fits)
    assert reply.handoff == "catalog"


# -- a long multi-part message --------------------------------------------------------------------
def test_korean_embedded_questions_joined_by_also_are_parts() -> None:
    from intents.lexicon import split_parts
    parts = split_parts("세트 대여가 되는지 또 숙소도 잡아 주시는지 알고 싶어요", 5)
    assert parts == ["세트 대여가 되는지", "숙소도 잡아 주시는지 알고 싶어요"]


@pytest.mark.parametrize(("lang", "say"), [
    ("ko", "헝뎬 인센티브가 궁금하고 외국 배우도 쓸 수 있는지 알고 싶어요. 그리고 스페인어 하시는 분 연결 부탁드려요"),
    ("es", "quiero saber de los incentivos y si podemos traer actores extranjeros, y necesito a alguien que hable español"),
    ("zh", "想了解一下扶持政策，另外希望安排一位会说韩语的工作人员"),
    ("en", "what incentives do you offer? also we'd like someone who speaks Spanish to handle our project"),
])
def test_a_person_asked_for_in_any_part_is_the_handoff(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "handoff")], fits)


def test_a_later_part_that_repeats_an_earlier_answer_is_said_once(services: Services) -> None:
    reply = talk(services, "ko", [("헝뎬에서 촬영하면 어떤 지원을 받을 수 있는지 그리고 제작비는 대략 어느 정도인지 궁금해요", "*")], fits)
    assert reply.text.count("비용을 크게 절감해 주는") <= 1, reply.text
