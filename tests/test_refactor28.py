"""Two answers built where they belong, not patched after routing (refactor28, issue 7):

- a partners list is built in one place with its filters (the place, the kind of partner the
  message names): the reply, its heading and the list the conversation remembers are one, also
  when the list is sent again in another language ("the second one" then opens the second
  *platform*), a region's kind-filtered list names the region, and `/partners platforms` lists
  the platforms;
- a zone set while an event is in focus restates that event's time in the set-timezone reply
  itself; a reply that sets no zone (the zone menu) restates nothing.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.context import Services
from intents import preferences
from intents.turn import Turn
from tests.dialogue import NOW, fits, new_chat, talk

PLATFORMS = "list:partners?kind=platform"


# -- the partners list and its filters, one list ------------------------------------------------
@pytest.mark.parametrize(("lang", "asked", "switch", "second"), [
    ("en", "which partners are platforms?", "in Spanish please", "el segundo"),
    ("es", "¿Qué socios son plataformas?", "en inglés por favor", "the second one"),
    ("zh", "你们合作伙伴里哪些是平台？", "用英文回答", "the second one"),
    ("ko", "파트너 중에 플랫폼 회사는 어디예요?", "영어로 알려 주세요", "the second one"),
])
def test_an_ordinal_after_a_kind_list_sent_again_in_another_language(services: Services, lang: str, asked: str,
                                                                     switch: str, second: str) -> None:
    reply = talk(services, lang, [(asked, PLATFORMS), (switch, PLATFORMS), (second, "partner:shortmax")], fits)
    assert "ShortMax" in reply.text


@pytest.mark.parametrize(("lang", "asked", "second"), [
    ("en", "which partners are platforms?", "the second one"),
    ("zh", "你们合作伙伴里哪些是平台？", "第二个"),
])
def test_an_ordinal_after_a_kind_list_opens_that_kind(services: Services, lang: str, asked: str, second: str) -> None:
    talk(services, lang, [(asked, PLATFORMS), (second, "partner:shortmax")], fits)


@pytest.mark.parametrize(("lang", "text", "head"), [
    ("en", "any Korean platforms among your partners?", "based in South Korea that are platforms"),
    ("es", "¿tienen plataformas coreanas entre sus socios?", "con sede en Corea del Sur que son plataformas"),
    ("zh", "你们有韩国的平台合作伙伴吗？", "总部位于韩国的联盟伙伴中的平台"),
    ("ko", "한국 플랫폼 파트너 있어요?", "대한민국에 기반을 둔 연맹 파트너사 중 플랫폼"),
])
def test_kind_and_country_together(services: Services, lang: str, text: str, head: str) -> None:
    reply = talk(services, lang, [(text, "list:partners?country=KR&kind=platform")], fits)
    assert head in reply.text.split("\n", 1)[0]
    assert "Reel-K" in reply.text and "ShortMax" not in reply.text
    assert reply.items == ["partner:reel_k"]


def test_a_region_and_a_kind_name_the_region(services: Services) -> None:
    reply = talk(services, "en", [("any Asian platforms among your partners?", "list:partners?region=142&kind=platform"),
                                  ("the first one", "partner:reel_k")], fits)
    assert "Reel-K" in reply.text


def test_a_region_and_a_kind_head_names_the_region(services: Services) -> None:
    reply = talk(services, "en", [("any Asian platforms among your partners?", "list:partners?region=142&kind=platform")],
                 fits)
    assert reply.text.startswith("Alliance partners based in Asia that are platforms:"), reply.text


def test_a_kind_none_of_a_country_is_says_so_and_lists_the_country(services: Services) -> None:
    reply = talk(services, "en", [("which partners are tech companies in Korea?", "list:partners?country=KR")], fits)
    assert reply.text.startswith("No Alliance partner is listed among technology companies")
    assert "based in South Korea" in reply.text and "Purple Wave" not in reply.text


def test_the_partners_command_with_a_kind_lists_that_kind(services: Services) -> None:
    # `/partners platforms` is built by the same list: before, only a typed message was narrowed
    reply = services.brain.reply_to_command(new_chat(), "partners", "platforms", None)
    assert reply.answer == PLATFORMS and reply.items == ["partner:reel_k", "partner:shortmax"]


# -- a zone set while an event is in focus -------------------------------------------------------
@pytest.mark.parametrize(("lang", "ask", "city", "shown"), [
    ("en", "when's the latam pitch day?", "I'm in Mexico City", "Mexico City"),
    ("es", "¿cuándo es la sesión informativa del programa de talento?", "estoy en Bogotá", "Bogotá"),
    ("zh", "拉美制片人推介日是什么时候？", "我在香港", "香港"),
    ("ko", "라틴 피칭 데이 언제예요?", "저는 멕시코시티에 있어요", "멕시코 시티"),
])
def test_a_zone_set_after_an_event_restates_its_time(services: Services, lang: str, ask: str, city: str,
                                                     shown: str) -> None:
    reply = talk(services, lang, [(ask, "event:*"), (city, "pref:timezone")], fits)
    last = reply.text.rstrip().split("\n")[-1]
    assert last.startswith("<b>") and shown in last, reply.text


def test_the_zone_menu_restates_no_event(services: Services) -> None:
    reply = talk(services, "en", [("when's the latam pitch day?", "event:*"), ("I'm in Mexico City", "pref:timezone"),
                                  ("change my time zone please", "pref:timezone")], fits)
    assert "Pitch Day" not in reply.text, reply.text


def test_the_set_timezone_reply_reads_the_event_in_focus(services: Services) -> None:
    brain = services.brain
    turn = Turn(kb=brain.knowledge.current, lang="en", chat_id=new_chat(), store=services.store, now=NOW,
                home_tz=brain.home_tz)
    plain = preferences.set_timezone(turn, "America/Bogota")
    focused = preferences.set_timezone(replace(turn, focus="event:latam_pitch_day_2027"), "America/Bogota")
    assert "Pitch Day" not in plain.text
    assert focused.text.startswith(plain.text) and "in Bogota" in focused.text.rsplit("\n", 1)[-1]
