"""fixR14b: `Router.each_ask` (fixD14) answers a part of a run-on message that the message's answer
dropped; a part that asks of what that answer already names is covered by it, not read again alone
against the chat's older focus: "who is behind it", "is there a fee?" after joining with a title in
focus, "any idea?", the same fact asked twice ("finished? can we shoot yet?"), "whom do I write to"
beside an answer that gives whom to write."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import ask


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Die Another Take", "how can our company join the alliance? is there a fee?"),
    ("es", "Morir en cada toma", "¿cómo entra nuestra empresa en la alianza? ¿tiene costo?"),
    ("zh", "横漂死了99次", "我们公司怎么加入联盟？收费吗？"),
    ("ko", "Die Another Take", "저희 회사도 연맹에 가입하려면 어떻게 해요? 비용 들어요?"),
])
def test_a_fee_beside_joining_is_not_the_title_in_focus(services: Services, lang: str, title: str, text: str) -> None:
    reply = ask(services, lang, title, text)
    assert reply.answer == "faq:join_alliance", (reply.answer, reply.text)
    assert "shortdrama.center@" not in reply.text, reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what does a day at the Xiangshan base cost? any idea?"),
    ("es", "¿cuánto cuesta un día en la base de Xiangshan? ¿lo sabes?"),
    ("zh", "象山影视城一天租金多少？你知道吗"),
    ("ko", "샹산 기지 하루 빌리면 얼마예요? 혹시 아세요?"),
])
def test_do_you_know_after_a_question_is_no_second_ask(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert "\n\n" not in reply.text, reply.text


@pytest.mark.parametrize(("lang", "text", "organiser"), [
    ("en", "when's the film festival this year and who runs it", "Hengdian World Studios"),
    ("es", "¿cuándo es el festival de cine este año y quién lo organiza?", "Hengdian World Studios"),
    ("zh", "今年影视节什么时候？背后是谁在办？", "横店影视城"),
    ("ko", "올해 영화제 언제예요? 그거 누가 해요?", "헝뎬 월드 스튜디오"),
])
def test_who_is_behind_it_is_the_event_answered(services: Services, lang: str, text: str, organiser: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("event:hengdian_film_festival"), (reply.answer, reply.text)
    assert reply.text.count(organiser) <= 1 and "HISDA" not in reply.text, reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "is the international set finished yet? is it usable now?"),
    ("es", "¿ya terminaron los sets internacionales? ¿ya se puede grabar?"),
    ("zh", "海外场景建好了吗？现在能拍了吗？"),
    ("ko", "해외 세트 다 지어졌어요? 지금 촬영 가능한가요?"),
])
def test_the_same_fact_asked_twice_is_one_answer(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "location:international_sets#built", (reply.answer, reply.text)
    assert not any(yes in reply.text for yes in ("네, 가능합니다", "可以。", "Yes,", "Sí,")), reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "when does the film festival start and who do I email to pitch a project there?"),
    ("es", "¿cuándo arranca el festival y a quién le mando un correo para presentar un proyecto?"),
    ("zh", "影视节几号开幕？去那里推项目要找谁？"),
    ("ko", "영화제 언제 시작해요? 거기서 프로젝트 피칭하려면 누구한테 연락해요?"),
])
def test_whom_to_write_beside_an_event_is_its_team_once(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert "international.business@" in reply.text and "dalynn" not in reply.text.lower(), reply.text


@pytest.mark.parametrize(("lang", "first", "text", "city"), [
    ("en", "what's the next event?", "that one's in Paris, isn't it?", "Paris"),
    ("en", "what's the next event?", "is that one happening in Paris?", "Paris"),
    ("es", "¿cuál es el próximo evento?", "¿se hace en París?", "París"),
    ("zh", "下一场活动是什么？", "是在巴黎办吗？", "巴黎"),
    ("ko", "다음 행사 뭐예요?", "파리에서 열려요?", "파리"),
])
def test_a_place_asked_of_the_online_event_is_no_it_is_online(services: Services, lang: str, first: str, text: str,
                                                               city: str) -> None:
    reply = ask(services, lang, first, text)
    assert reply.text == t("ev_held_online_no", lang, place=city), reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "is there an airport nearby?"),
    ("es", "¿hay un aeropuerto cercano?"),
    ("zh", "横店附近有没有机场？"),
    ("ko", "근처에 공항 있나요?"),
])
def test_an_airport_nearby_names_the_nearest(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "faq:how_to_reach_hengdian", (reply.answer, reply.text)
    first = reply.text.split("\n")[0]
    assert any(w in first for w in ("Yiwu", "义乌", "이우")), reply.text


@pytest.mark.parametrize(("lang", "text", "closed"), [
    ("en", "what's the time difference with Lima? and is anyone in the office right now?", "contact_closed_now"),
    ("es", "¿cuántas horas de diferencia hay con Lima? ¿y ahora mismo están atendiendo?", "contact_closed_now"),
])
def test_the_office_now_beside_a_difference_is_on_the_teams_clock(services: Services, lang: str, text: str,
                                                                    closed: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "clock:difference", (reply.answer, reply.text)
    assert t(closed, lang, when="@@").split("@@")[0] in reply.text, reply.text
