"""Kinds of mistakes from the partner play of round 27 (fix27c):

- K1: a question about a whole list (the catalog's size or genres, the events of a period) asked
  while a record is in focus answers that list, not the record's card;
- K3: a kind of partner named (platform, technology, production, association) filters the
  partners list, the kind said in its heading; a kind no partner is, said before the list;
- K4 (zh): "贵联盟哪年成立" asks what the alliance is and when it was founded; what an AI system
  does is the AI tools FAQ; 紫浪科技 is Purple Wave;
- K6 (ko): a place stated at any level of politeness ("저는 서울에 있습니다") sets the zone, named
  as the partner wrote it ("부산"); no particle after the bracket ("뉴욕(현재 12:37)로"): "뉴욕 시간으로";
- W5: an English yes/no question typed without "?" keeps its "Yes.";
- W8: no space before the city in the Chinese zone confirmation.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import fits, talk

CATALOG = ["catalog:about", "list:works"]
THIS_YEAR = "list:events?year=2026"


# -- K1: a whole list asked with a record in focus --------------------------------------------
@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("Which partners are from Korea?", "list:partners?country=KR"),
            ("how many titles does the catalog have?", CATALOG)]),
    ("es", [("¿Qué socios tienen en Corea?", "list:partners?country=KR"),
            ("¿cuántas obras tiene el catálogo y de qué géneros son?", CATALOG)]),
    ("zh", [("韩国的合作伙伴有哪些？", "list:partners?country=KR"), ("片单一共多少部？", "catalog:about")]),
    ("ko", [("ShortMax에 대해 알려 주세요", "partner:shortmax*"), ("카탈로그 작품은 총 몇 편이에요?", CATALOG)]),
    ("es", [("¿ya se celebró la ceremonia de firma?", "event:signing_ceremony_2025#status"),
            ("¿y qué eventos tienen este año?", THIS_YEAR)]),
    ("ko", [("서명식 이미 열렸나요?", "event:signing_ceremony_2025#status"), ("올해 무슨 행사가 있어요?", THIS_YEAR)]),
    ("ko", [("ShortMax에 대해 알려 주세요", "partner:shortmax*"), ("내년에 어떤 행사가 있어요?", "list:events?year=2027")]),
    ("zh", [("签约仪式办过了吗？", "event:signing_ceremony_2025#status"), ("这个月有什么活动？", "list:events")]),
])
def test_a_whole_list_is_not_the_record_in_focus(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits)


def test_a_period_is_no_pointer() -> None:
    assert not lexicon.refers_back("¿Qué eventos hay este año?")
    assert not lexicon.refers_back("这个月有什么活动")
    assert lexicon.refers_back("¿cuándo es este?")


# -- K3: the kind of partner filters the list -----------------------------------------------
@pytest.mark.parametrize(("lang", "text", "key", "shown", "left"), [
    ("en", "which of your partners are streaming platforms?", "list:partners?kind=platform", "ShortMax", "Hengdian World"),
    ("en", "any tech companies among your partners?", "list:partners?kind=tech", "Purple Wave", "ShortMax"),
    ("es", "¿Qué socios tienen en China que sean plataformas?", "list:partners?country=CN&kind=platform", "ShortMax", "Reel-K"),
    ("zh", "你们合作伙伴里哪些是平台？", "list:partners?kind=platform", "Reel-K", "Purple Wave"),
    ("ko", "중국 파트너 중에 플랫폼 회사는 어디인가요?", "list:partners?country=CN&kind=platform", "ShortMax", "Reel-K"),
    ("en", "which partners are industry associations?", "list:partners?kind=association", "ZASME", "ShortMax"),
])
def test_a_kind_of_partner_filters_the_list(services: Services, lang: str, text: str, key: str, shown: str,
                                            left: str) -> None:
    reply = talk(services, lang, [(text, key)], fits)
    assert shown in reply.text and left not in reply.text
    head = reply.text.split("\n", 1)[0]
    assert {"en": "that are", "es": "que son", "zh": "中的", "ko": "중"}[lang] in head


def test_a_kind_no_partner_is_says_so_before_the_list(services: Services) -> None:
    reply = talk(services, "en", [("which partners are tech companies in Korea?", "list:partners?country=KR")], fits)
    assert reply.text.startswith("No Alliance partner is listed among technology companies")


# -- K4: zh, the alliance and its AI ----------------------------------------------------------
@pytest.mark.parametrize(("text", "key"), [
    ("您好，请问贵联盟是哪年成立的？由谁发起？", "faq:what_is_hisda"),
    ("你们这个联盟哪一年成立的", "faq:what_is_hisda"),
    ("AI系统能干嘛", "faq:ai_tools"),
    ("你们的AI系统有什么用", "faq:ai_tools"),
    ("紫浪科技是做什么的", "partner:purple_wave*"),
    ("紫浪的AI系统能做什么", ["partner:purple_wave*", "faq:ai_tools"]),
])
def test_zh_alliance_and_ai(services: Services, text: str, key) -> None:
    reply = talk(services, "zh", [(text, key)], fits)
    if "干嘛" in text or "有什么用" in text:
        assert not reply.text.startswith(("可以。", "会。"))  # what it does is asked, not whether


def test_en_what_the_ai_system_does(services: Services) -> None:
    talk(services, "en", [("what can your AI system do", "faq:ai_tools")], fits)


# -- K6 / W6 / W8: the partner's city ------------------------------------------------------
@pytest.mark.parametrize(("text", "city"), [
    ("저는 서울에 있습니다", "서울"),
    ("저는 부산에 있습니다", "부산"),
    ("지금 도쿄에 있습니다", "도쿄"),
    ("현재 런던에서 일하고 있습니다", "런던"),
    ("뉴욕에 있어요", "뉴욕"),
])
def test_ko_place_stated_sets_the_zone(services: Services, text: str, city: str) -> None:
    reply = talk(services, "ko", [(text, "pref:timezone")], fits)
    assert f"시간대를 <b>{city}</b> 시간으로 설정했습니다(현재 " in reply.text


def test_zh_zone_set_has_no_space_before_the_city(services: Services) -> None:
    reply = talk(services, "zh", [("我在首尔", "pref:timezone")], fits)
    assert "时区已设为<b>首尔</b>" in reply.text


def test_city_said_is_named(services: Services) -> None:
    reply = talk(services, "en", [("I'm in Barcelona", "pref:timezone")], fits)
    assert "<b>Barcelona</b>" in reply.text
    reply = talk(services, "en", [("I'm in Korea", "pref:timezone")], fits)
    assert "<b>Seoul</b>" in reply.text  # a country: the zone's own city


# -- W5: a yes/no question without "?" ----------------------------------------------------
def test_yes_no_without_question_mark() -> None:
    assert lexicon.yes_no("can foreign crews even film there")
    assert lexicon.yes_no("is the virtual stage open in winter")
    assert not lexicon.yes_no("what can foreign crews film there")


def test_yes_kept_without_question_mark(services: Services) -> None:
    reply = talk(services, "en", [("do foreign crews get to shoot there", "faq:can_foreign_crews_film")], fits)
    assert reply.text.startswith("Yes.")
