"""Kinds from the Telegram play of 2026-12-05 (fixG10), each in wordings of our own:

- K6: the membership fee asked as a price is the secretariat's fee gap, not the steps;
- K7: what members get asked is said to be unlisted, with what the alliance does, never the steps;
- K8: "do you work with <country> companies?" is yes and who; "can <region> companies join?"
  says first that no country limit is published, then the steps;
- K10: how long a booking takes, and how to ask permission to film, are the shoot request procedure;
- K13: a Korean title said in other words is that title, never out of scope;
- K15: the "request form is still open" note is said once in each language, not under every answer."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from bot.context import Services
from core.i18n import t
from intents.inquiry import ASIDE_NOTE, still_open
from tests.dialogue import console, fits, say, talk


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    from tests.dialogue import noon_services
    yield from noon_services(tmp_path_factory, "fixg10")


@pytest.mark.parametrize("lang,text", [
    ("es", "¿qué precio tiene hacerse miembro de la alianza?"),
    ("es", "cuál sería el precio para ser socio de la HISDA"),
    ("zh", "成为联盟会员的价格是多少"),
    ("ko", "회원이 되려면 비용이 얼마나 드나요?"),
])
def test_the_fee_asked_as_a_price_is_the_fee_gap(services: Services, lang, text) -> None:
    reply = talk(services, lang, [(text, "gap:hisda_secretariat")])
    assert "secretariat@" in reply.text


@pytest.mark.parametrize("lang,text,unlisted", [
    ("en", "what do members actually get out of joining HISDA?", "no list of member benefits"),
    ("es", "¿qué ventajas tendríamos como miembros de la alianza?", "no publica una lista de ventajas"),
    ("zh", "入盟以后对我们有什么好处？", "没有公布会员权益清单"),
    ("ko", "연맹 회원사가 되면 뭐가 좋은가요?", "회원 혜택 목록"),
])
def test_member_benefits_are_said_unlisted_not_the_steps(services: Services, lang, text, unlisted) -> None:
    reply = talk(services, lang, [(text, "gap:hisda_secretariat")])
    assert unlisted in reply.text
    # what the alliance says it does with its members (programs.yaml hisda), in that one sentence,
    # not the members' view counts before it (fixP25: the whole paragraph was too long, play34)
    assert "Guo Shu" in reply.text and "SpringReel" not in reply.text


@pytest.mark.parametrize("lang,text,yes", [
    ("en", "Does the alliance collaborate with Korean companies?", "Yes."),
    ("es", "¿la alianza colabora con empresas de Corea?", "Sí."),
    ("zh", "你们联盟和韩国的公司有合作吗？", ""),
    ("ko", "연맹은 한국 기업이랑도 협업하나요?", "네."),
])
def test_working_with_a_countrys_companies_is_yes_and_who(services: Services, lang, text, yes) -> None:
    reply = talk(services, lang, [(text, "list:partners?country=KR")])
    assert "Reel-K" in reply.text
    if yes:
        assert reply.text.startswith(yes), reply.text


@pytest.mark.parametrize("lang,text,first", [
    ("en", "can companies from Africa become members of the alliance?", "Nothing published rules out"),
    ("es", "¿pueden entrar en la alianza productoras de México?", "No hay nada publicado que excluya"),
    ("ko", "베트남 회사도 연맹에 가입할 수 있어요?", "가입을 제한하는 규정은 공개된 바 없으며"),
])
def test_whether_a_regions_companies_may_join_is_answered_first(services: Services, lang, text, first) -> None:
    reply = talk(services, lang, [(text, "faq:join_alliance")])
    assert first in reply.text.split("\n")[0], reply.text


@pytest.mark.parametrize("lang,card,text", [
    ("en", "tell me about Dream Valley", "how many weeks does it take to reserve it?"),
    ("es", "háblame del Valle de los Sueños", "¿cuántos días se tarda en reservarlo?"),
    ("zh", "介绍一下梦幻谷", "租用要多长时间？"),
    ("ko", "몽환곡 소개해 줘", "대관까지 얼마나 걸려요?"),
])
def test_how_long_a_booking_takes_is_the_lead_time(services: Services, lang, card, text) -> None:
    reply = talk(services, lang, [(card, "location:*"), (text, "incentive:shoot_request_procedure#how_to_apply")],
                 fits=fits)
    assert any(w in reply.text for w in ("four weeks", "cuatro semanas", "四周", "4주"))


@pytest.mark.parametrize("lang,text", [
    ("en", "how do we get a filming permit for Hengdian?"),
    ("es", "¿cómo conseguimos la autorización de rodaje?"),
    ("zh", "拍摄审批怎么办理？"),
    ("ko", "촬영 허가 받으려면 어떻게 해야 돼요?"),
])
def test_permission_to_film_is_the_shoot_request(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "incentive:shoot_request_procedure#how_to_apply")])


@pytest.mark.parametrize("lang,text", [
    ("en", "how do we get a drone permit and insurance for the shoot?"),
    ("es", "¿cómo se pide el permiso para volar un dron?"),
])
def test_other_permits_are_no_shoot_request(services: Services, lang, text) -> None:
    assert say(services, lang, text)[-1].answer != "incentive:shoot_request_procedure#how_to_apply"


@pytest.mark.parametrize("text", ["서울 사위 작품 소개해 주세요", "서울에서 온 사위 그거 몇 부작이에요?"])
def test_a_korean_title_in_other_words_is_the_title(services: Services, text) -> None:
    talk(services, "ko", [(text, "work:work_son_in_law_from_seoul*")], fits=fits)


@pytest.mark.parametrize("text", ["스페인 촬영팀인데 헝뎬에 가려면 비자 필요해요?", "버추얼 스튜디오 예약 돼요?"])
def test_common_words_of_a_title_name_no_title(services: Services, text) -> None:
    replies = say(services, "ko", text)
    assert not (replies[-1].answer or "").startswith("work:")


def test_the_form_note_is_said_once_in_each_language(services: Services) -> None:
    session = console(services, "en")
    session.say("/inquiry")
    assert session.form is not None
    note = t("inq_still_open", "en", question=t("inq_ask_company", "en"))
    first = session.say("what is the A.R.C system?")
    assert note in first.text
    # (fixJ15: a second question in a row closes the form, so a courtesy stands in between)
    again = session.say("thanks a lot!")
    assert note not in again.text  # the paragraph once; then one short line with the question
    assert t("inq_still_waiting", "en", question=t("inq_ask_company", "en")) in again.text
    assert t("inq_cancel_button", "en") in [b.label for row in again.buttons for b in row]
    spanish = session.say("muchas gracias")
    assert t("inq_still_open", "es", question=t("inq_ask_company", "es")) in spanish.text
    assert session.form is not None and "company" not in session.form["fields"]


def test_the_note_outside_an_aside_is_always_said() -> None:
    turn = SimpleNamespace(lang="en")  # (the note reads the reply's language only)
    form = {"fields": {}, "step": "company", "noted": ["en:company"]}
    whole = t("inq_still_open", "en", question=t("inq_ask_company", "en"))
    assert still_open(turn, form).text == whole  # no aside mark: the whole note (a button pressed, a command)
    form[ASIDE_NOTE] = True
    assert still_open(turn, form).text != whole and ASIDE_NOTE not in form


@pytest.mark.parametrize("lang,text", [
    ("en", "any incentives for crews coming from overseas?"),
    ("es", "¿ofrecen incentivos a equipos extranjeros?"),
    ("ko", "외국 제작팀도 인센티브 받을 수 있어요?"),
])
def test_incentives_named_for_foreign_crews_are_the_incentives(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:incentives")])
