"""FAQ kinds left by answer set 25, each in wordings of our own (the set's lines are not copied):

- joining said as becoming one of the alliance ("成为联盟的一份子"), the company's name put up
  "here" right after what HISDA is ("저희 제작사 이름도 여기 올리려면"); who made the alliance is
  what it is ("who set up this alliance?", "¿quién creó esa alianza?"), not its members' list;
- the catalog asked in broad strokes ("a grandes rasgos", "개요") is its overview; a title watched
  in a language ("영어로 볼 수 있는 드라마") filters the titles by it;
- a setting abroad in a period ("18th-century Europe") asked as a place in Hengdian is the
  which-set guide; "it" after the partner's own story named in the same message is that story;
- papers to go over and shoot, asked of people from abroad, are the visa; a passport beside a
  nationality is no visitors' event;
- the language to talk with the staff in asks for no person (the languages FAQ); a crew from
  abroad taken in is the foreign-crews FAQ; money in slang weighed against home is the costs
  FAQ; support asked for a short drama to be shot is the short-drama incentives FAQ.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import fold
from intents.handoff_words import asks_for_person, asks_to_connect
from intents.lexicon import JOINING, refers_back, work_language
from tests.dialogue import fits, talk


@pytest.mark.parametrize("lang,turns", [
    ("zh", [("我们工作室也想成为联盟的一份子，要准备哪些材料？", "faq:join_alliance")]),
    # what HISDA is: the FAQ or the programme's card (both say what the alliance is; the read
    # sets accept either), then "here" is still the alliance joined
    ("ko", [("HISDA가 뭐예요?", ["faq:what_is_hisda", "program:hisda"]), ("저희 제작사 이름도 여기 올리려면 뭘 내야 해요?", "faq:join_alliance")]),
    ("en", [("who is behind the alliance, companies or the government?", "faq:what_is_hisda")]),
    ("es", [("¿y esa alianza quién la creó? ¿son productoras o es algo del gobierno?", "faq:what_is_hisda")]),
    ("ko", [("이 연맹은 누가 세운 건가요?", "faq:what_is_hisda")]),
])
def test_joining_and_who_made_the_alliance(services: Services, lang: str, turns: list) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("text", [
    "想成为HISDA的一份子", "也想做联盟的一员", "¿cómo hacemos pa meter a nuestra empresa ahí adentro?",
    "저희 회사 이름도 여기 올리고 싶어요",
])
def test_joining_words(text: str) -> None:
    assert JOINING.search(fold(text))


@pytest.mark.parametrize("lang,text,expect", [
    ("es", "¿nos podrían dar una visión general del catálogo de cooperación?", "catalog:about"),
    ("ko", "협력 카탈로그에 대해 전반적으로 설명해 주실 수 있나요?", "catalog:about"),
    ("ko", "영어로 볼 수 있는 드라마 있어요?", "list:works?language=en"),
])
def test_catalog_in_broad_strokes_and_a_language_watched(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)], fits=fits)


def test_a_language_watched_in_korean() -> None:
    assert work_language("스페인어로 볼 수 있는 작품") == "es"
    assert work_language("스페인어로 답해 주세요") is None


WHICH_SET = ("faq:which_set", "location:international_sets")


@pytest.mark.parametrize("lang,text", [
    ("en", "our script is set in 19th-century Europe, is there anywhere in Hengdian that could work?"),
    ("es", "nuestra serie pasa en la Europa del siglo XVIII, ¿hay algún lugar en Hengdian que sirva?"),
    ("ko", "저희는 18세기 유럽이 배경인 이야기인데 헝뎬에 비슷한 곳이 있을까요?"),
])
def test_a_setting_abroad_in_a_period(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, WHICH_SET)], fits=fits)


def test_it_after_our_own_story_is_that_story(services: Services) -> None:
    talk(services, "en", [("which sets work for a Qing dynasty drama?", "list:locations?era=qing"),
                          ("the second one, what's the address?", "location:*#address"),
                          ("we also have a Ming dynasty script, where could we film it?",
                           ("list:locations?era=ming", "faq:which_set"))], fits=fits)
    assert not refers_back("we also have one Song dynasty story, where can we shoot it?")
    assert refers_back("where can we shoot it?")


@pytest.mark.parametrize("lang,text", [
    ("en", "two of our grips have Australian passports, do they need a work visa to come?"),
    ("zh", "我们的摄影师是马来西亚人，过去拍戏要带哪些证件？"),
    ("ko", "우리 배우들이 대만 사람인데 들어가서 촬영하려면 어떤 서류 준비해야 돼요?"),
])
def test_papers_to_go_over_are_the_visa(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:visa")], fits=fits)


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "in what language can we talk with your staff?", "faq:languages"),
    ("es", "¿en qué idioma podemos hablar con el personal de allá?", "faq:languages"),
    ("zh", "我们的编剧只会英语，用什么语言跟你们的工作人员沟通？", "faq:languages"),
    ("es", "¿los estudios de allá aceptan productoras de afuera sin socio chino?", "faq:can_foreign_crews_film"),
    ("ko", "헝뎬은 해외 제작사도 직접 받아 주나요?", "faq:can_foreign_crews_film"),
    ("es", "a ojo, ¿cuánto pisto se va en rodar en Hengdian comparado con Honduras?", "faq:costs"),
    ("zh", "我们打算下半年在横店拍一部竖屏短剧，有没有什么扶持可以申请？", ("faq:incentives", "incentive:short_drama_cost_reduction")),
])
def test_other_faq_in_new_wording(services: Services, lang: str, text: str, expect) -> None:
    talk(services, lang, [(text, expect)], fits=fits)


def test_the_language_to_talk_in_asks_for_no_person() -> None:
    assert not asks_for_person("in which language can we talk with the staff?")
    assert not asks_to_connect("in what language can we talk with your staff?")
    assert asks_for_person("what language does the bot speak? anyway connect me with a person")


def test_a_list_of_incentives_asked_stays_a_list(services: Services) -> None:
    talk(services, "zh", [("横店有哪些补贴政策？", "list:incentives")], fits=fits)
