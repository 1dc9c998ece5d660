"""Three kinds from play22's replay (es2, es1), each in four languages.

- "Can you get us X and Y?" of on-site services ("can you line up extras and an interpreter for
  us?", "¿nos conseguís figurantes y alojamiento?", "能不能帮忙安排群演跟住宿", "장비랑 통역 좀 구해
  주실 수 있어요?"): yes for each service named, in the order asked, and the team to list them to
  with its e-mail; not the whole services card again.
- Whom to talk to for something ("who should we speak to to nail down shooting dates?", "¿con quién
  hablamos para cerrar las fechas del rodaje?", "确定拍摄日期应该找谁", "촬영 날짜 확정하려면 누구한테
  연락해요?"): the person or team and its e-mail first, never the team's office hours first, even
  with the partner's city known and a team in view.
- A person asked for right after a title's card goes to that title's own team (catalog.yaml
  `contact`), staffed (the handoff's subject) and unstaffed (the team's own e-mail in the line).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents.handoff import unstaffed_reply
from tests.dialogue import last_reply
from tests.shipped import shipped_kb

SERVICES_ASKED = {
    "en": [("can you line up extras and an interpreter for us?", ["extras", "interpreters"]),
           ("could you find us accommodation and some costumes?", ["accommodation", "costumes and props"])],
    "es": [("¿nos conseguís figurantes y alojamiento?", ["figurantes", "alojamiento"]),
           ("¿nos pueden gestionar intérpretes y vestuario?", ["intérpretes", "vestuario y utilería"])],
    "zh": [("能不能帮忙安排群演跟住宿", ["群众演员", "住宿"]), ("可唔可以幫手搵翻譯同器材？", ["翻译", "器材租赁"])],
    "ko": [("장비랑 통역 좀 구해 주실 수 있어요?", ["장비 대여", "통역"]), ("보조 출연자하고 숙소 섭외 가능할까요?", ["보조 출연자", "숙소"])],
}


@pytest.mark.parametrize("lang,text,items", [(lang, x, i) for lang, xs in SERVICES_ASKED.items() for x, i in xs])
def test_can_you_get_us_services_is_a_yes_for_each(services: Services, lang: str, text: str, items: list[str]) -> None:
    reply = last_reply(services, lang, [text])
    assert reply.answer == "incentive:on_site_services"
    first = reply.text.split("\n")[0]
    assert first.startswith(("Yes", "Sí", "可以", "네")), reply.text
    positions = [first.find(item) for item in items]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), first
    assert "international.business@example.com" in reply.text
    card = shipped_kb().incentives["on_site_services"].summary.get(lang)
    assert card not in reply.text  # not the whole card again


@pytest.mark.parametrize("lang,text", [("en", "what services do you have for foreign crews?"),
                                       ("es", "¿qué servicios ofrecen a los equipos que vienen de fuera?"),
                                       ("zh", "你们给外地剧组提供哪些服务？"),
                                       ("ko", "방문 제작팀에는 어떤 서비스가 있어요?")])
def test_which_services_is_still_the_card(services: Services, lang: str, text: str) -> None:
    reply = last_reply(services, lang, [text])
    assert reply.answer == "incentive:on_site_services"
    assert shipped_kb().incentives["on_site_services"].summary.get(lang) in reply.text


WHOM = {
    "en": ["who should we speak to to nail down shooting dates?", "who do I contact to confirm our shoot dates?"],
    "es": ["¿con quién hablamos para cerrar las fechas del rodaje?", "¿a quién le escribo pa' cuadrar fechas de grabación?"],
    "zh": ["确定拍摄日期应该找谁？", "敲定拍攝檔期要聯繫誰？"],
    "ko": ["촬영 날짜 확정하려면 누구한테 연락해요?", "촬영 일정 잡으려면 누구랑 얘기해야 돼?"],
}
CITY = {"en": "we're a production house in Vancouver", "es": "somos una productora de Madrid",
        "zh": "我们是台北的制作公司", "ko": "저희는 부산에 있는 제작사예요"}
PRICE = {"en": "and what's the daily rate for extras?", "es": "¿y cuánto cobra un figurante por día?",
         "zh": "群演一天多少钱？", "ko": "보조 출연자 하루 비용은 얼마예요?"}


@pytest.mark.parametrize("context", [False, True])
@pytest.mark.parametrize("lang,text", [(lang, x) for lang, xs in WHOM.items() for x in xs])
def test_whom_to_talk_to_opens_with_the_team_and_its_email(services: Services, lang: str, text: str, context: bool) -> None:
    lines = [CITY[lang], PRICE[lang], text] if context else [text]
    reply = last_reply(services, lang, lines)
    center = shipped_kb().contacts["vertical_short_drama_center"]
    assert reply.answer == "incentive:shoot_request_procedure#how_to_apply", reply.answer
    assert center.email and center.email in reply.text
    hours = center.hours.get(lang) if center.hours else ""
    assert hours and reply.text.index(center.email) < reply.text.index(hours)
    assert not reply.text.startswith(t("contact_hours", lang, role="", hours="")[:3])


HANDOFF = {
    "en": [("tell me about Vanished on Live", "can I talk to a real person?", "vertical_short_drama_center"),
           ("what's Half a Teahouse about?", "get me a human please", "dalynn_studio")],
    "es": [("¿de qué trata Crimen a orillas del río?", "dale, comunícame con alguien del equipo", "international_business"),
           ("háblame de Siesta no incluida", "quiero hablar con una persona", "dalynn_studio")],
    "zh": [("《半间茶馆》讲的是什么？", "帮我转人工", "dalynn_studio"), ("介紹一下清明上河圖謎案", "我想同真人傾", "international_business")],
    "ko": [("사랑은 대역 불가 줄거리 알려줘", "사람이랑 직접 얘기할래", "dalynn_studio"),
           ("라이브 중 실종 어떤 작품이에요?", "담당자 연결해 주세요", "vertical_short_drama_center")],
}


@pytest.mark.parametrize("lang,card,ask,team", [(lang, *x) for lang, xs in HANDOFF.items() for x in xs])
def test_a_person_after_a_title_is_that_titles_team(services: Services, lang: str, card: str, ask: str, team: str) -> None:
    reply = last_reply(services, lang, [card, ask])
    assert reply.handoff == team, (reply.answer, reply.handoff)
    kb = shipped_kb()
    contact = kb.contacts[team]
    assert contact.email and contact.email in reply.text  # staffed: the team's card under the notice
    unstaffed = unstaffed_reply(reply, kb)
    assert t("handoff_unstaffed", lang, contact=contact.email) in unstaffed.text


def test_the_titles_in_the_handoff_test_have_those_teams() -> None:
    works = shipped_kb().works
    assert works["work_vanished_on_live"].contact == "vertical_short_drama_center"
    assert works["work_half_a_teahouse"].contact == "dalynn_studio"
    assert works["work_murder_along_the_river"].contact == "international_business"
    assert works["work_no_stand_in_for_love"].contact == "dalynn_studio"
