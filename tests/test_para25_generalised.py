"""Fixes of answers81 and play33 widened from the sentence they learnt to the way partners ask
(para25), each tried with sentences written for these tests (not the answers82 paraphrases):

- on-site services: the help verb's whole family (hire out, supply, engage, facilitar,
  proporcionarnos), the crew's trades (electricians, riggers, choferes), the partner's arrival said
  as "once we fly in" / "una vez en Hengdian", the own side said by any verb ("o tenemos que traer
  el nuestro"), people or kit said with 나, where the crew sleeps said by its verb;
- the short-drama incentive's special scheme: noun and adjective as word classes, either order
  ("perks tailored for that format", "beneficios pensados para", "针对这类剧的专项补贴", "따로 지원");
- the which-set guide for a story in old China: the story by its kind (thriller, 추리극, policial),
  how long ago said any way ("de hace cien años"), the set's noun before its question word;
- the partner's own goods sold at an event, asked any way (any chance…, 摆个小档, 장사해도 돼요);
  a title's music put out as a record; insurance by its Chinese verb and kind;
- virtual production for a world no set builds (space capsule, 空间站) and "is that possible?";
- news for someone of the team (add our producer to the list, 给他推一下); the soonest event said
  with 最快/嗰; a company's part in the alliance by any verb; the members by a verb of being in it,
  the others as 그 외의; works a company handles, titles first; whom to contact as a particular
  person; a title's costs shared; a member of the Secretariat to telephone us.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ("is it possible to hire local electricians there?",)),
    ("en", ("once we fly in, can you sort out local hands and drivers for us?",)),
    ("es", ("Una vez en Hengdian, ¿nos pueden facilitar técnicos y choferes?",)),
    ("es", ("¿Me podrían proporcionar personal técnico local o tenemos que traer el nuestro?",)),
    ("ko", ("현지 인력이나 장비 같은 거 도와주실 수 있어요?",)),
    ("es", ("¿Qué visado necesita un equipo chileno?", "¿y dónde nos alojamos? ¿eso lo gestionan ustedes?")),
])
def test_on_site_services_asked_in_other_words(services: Services, lang: str, lines: tuple[str, ...]) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer == "incentive:on_site_services", reply.answer


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we shoot vertical micro-dramas — any perks tailored for that format?"),
    ("es", "Producimos series verticales. ¿Tienen beneficios pensados para ese formato?"),
    ("zh", "我们拍竖屏短剧，有没有针对这类剧的专项补贴？"),
    ("ko", "저희는 세로 숏드라마를 찍는데 따로 지원 혜택이 있나요?"),
])
def test_a_scheme_made_for_short_dramas_is_that_incentive(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "incentive:short_drama_cost_reduction", reply.answer


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "our writer has a thriller set in an ancient Chinese market town. what set would you go for?"),
    ("es", "Escribimos un policial en un pueblo chino de hace cien años, ¿qué escenario nos recomiendan?"),
    ("ko", "고대 중국 시장 마을에서 벌어지는 추리극인데 세트 뭐가 좋을까요?"),
])
def test_a_story_in_old_china_asks_the_which_set_guide(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "faq:which_set", reply.answer


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "any chance we could sell our t-shirts at the Hengdian Film Festival?"),
    ("es", "¿Se pueden comercializar artesanías durante el Festival de Cine de Hengdian?"),
    ("zh", "电影节期间可以摆个小档卖点心吗"),
    ("ko", "라틴 영화의 밤에서 우리 공예품 장사해도 돼요?"),
    ("en", "has the Tour Guide 2077 music come out on an album?"),
    ("zh", "月下使臣的主题曲出专辑了吗"),
    ("ko", "검과 꽃 주제곡 음원 나왔어요?"),
    ("zh", "拍片的话要投保哪些险种？"),
])
def test_a_detail_no_record_holds_is_its_gap(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("gap:"), reply.answer


def test_who_may_come_to_an_event_is_still_its_audience(services: Services) -> None:
    reply = ask(services, "en", "is the latin film night open to the public?")
    assert reply.answer == "event:latin_film_night_2027#audience", reply.answer


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we'd like to film dancers floating in a space capsule, is that possible?"),
    ("zh", "想拍宇航员在空间站里飘的镜头，你们能实现吗"),
])
def test_a_world_no_set_builds_is_virtual_production(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer in ("faq:virtual_production", "location:virtual_production"), reply.answer


@pytest.mark.parametrize(("lang", "lines", "key"), [
    ("en", ("please add our producer to the korea news list",), "subscribe:korea_news"),
    ("zh", ("我儿子在学西语，拉美的消息也给他推一下",), "subscribe:latam_spanish_news"),
    ("zh", ("近期有什么活动", "最快嗰场系几时？"), "event:global_talent_info_session_2026#date"),
    ("en", ("How is ShortMax involved with the alliance?",), "partner:shortmax#about"),
    ("zh", ("ShortMax是联盟成员吗", "它在联盟里主要负责什么"), "partner:shortmax#about"),
    ("es", ("¿Qué empresas pertenecen a la alianza?",), "list:partners"),
    ("ko", ("SpringReel은 회원사예요?", "그 외의 회원사도 알려 주세요"), "list:partners?member=yes"),
    ("es", ("¿Qué es Dalynn Studio?", "¿Cuáles títulos del catálogo distribuyen?"), "list:works?contact=dalynn_studio"),
    ("en", ("Is there a particular person I should contact at Dalynn Studio?",), "contact:dalynn_studio#"),
    ("en", ("Is Ten Days in October still in development?",
            "We'd like to share the production costs of that title, what steps are involved?"), "faq:coproduce_catalog_title"),
    ("en", ("Is it possible for a member of the Secretariat to telephone us tomorrow?",), "handoff"),
])
def test_a_follow_up_or_a_request_in_other_words(services: Services, lang: str, lines: tuple[str, ...], key: str) -> None:
    reply = ask(services, lang, *lines)
    assert (reply.answer or "").startswith(key), reply.answer
