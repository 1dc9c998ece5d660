"""Kinds of single questions partners word their own way: a budget's adequacy or a fear for it is
how costly we are (the costs FAQ), not a price; an entry permit said loosely is a visa; a licence
of another kind and trouble with the partner's own account or app are off-topic whatever product
word they share with us; saying a phrase in another language is no request to switch the reply
language; a list asked and then "the closest one" is that one event; Korean question endings
are no topic words of a FAQ. Wordings are fresh (not from any evaluation set)."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from intents.faq_selector import _korean_grammar
from intents.router import CONTENT_MIN
from tests.dialogue import fits, talk

HONEST = ["out_of_scope", "fallback", "gap:*"]
COSTS = ["faq:costs", "incentive:ecosystem_and_costs"]
NEXT_EVENT = "event:global_talent_info_session_2026*"


@pytest.mark.parametrize("lang,text", [
    ("es", "somos una productora chica de Monterrey, ¿el presupuesto nos alcanza para rodar en Hengdian?"),
    ("es", "¿nos da el presupuesto para filmar allá o mejor ni lo intentamos?"),
    ("en", "will our budget stretch to a three-week shoot out there?"),
    ("en", "budget-wise, is Hengdian decent value for a crew from Nairobi?"),
    ("zh", "我们预算够不够去横店拍一部短剧？"),
    ("ko", "저희 예산으로 헝뎬 촬영이 충분할까요?"),
])
def test_whether_the_budget_is_enough_is_the_costs_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, COSTS)], fits=fits)


@pytest.mark.parametrize("text", ["¿cuánto presupuesto necesitamos para una semana?", "what budget do we need per day?"])
def test_a_budget_figure_asked_stays_a_price(text: str) -> None:
    assert lexicon.gap_topic(text) == "price"


@pytest.mark.parametrize("lang,text", [
    ("es", "somos peruanos, ¿hace falta algún permiso especial para entrar a China a grabar?"),
    ("en", "half our crew is on Ghanaian passports, what papers do they need to get into China?"),
])
def test_an_entry_permit_said_loosely_is_the_visa_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:visa")])


@pytest.mark.parametrize("lang,text", [
    ("en", "how do I renew my driver's license before it expires?"),
    ("es", "¿dónde saco la licencia de conducir internacional?"),
])
def test_a_licence_of_another_kind_is_no_title_licensing(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, HONEST)], fits=fits)


def test_licensing_a_title_is_still_the_coproduction_faq(services: Services) -> None:
    talk(services, "en", [("what's the process to license one of your series for our channel?",
                           "faq:coproduce_catalog_title")])


@pytest.mark.parametrize("lang,text", [
    ("en", "my wechat account got suspended yesterday, how do I unlock it?"),
    ("es", "se me bloqueó la cuenta de WeChat, ¿cómo la desbloqueo?"),
    ("zh", "我的微信账号被冻结了，怎么解封？"),
    ("ko", "위챗 계정이 정지됐는데 어떻게 풀어요?"),
    ("ko", "구글 캘린더랑 동기화가 안 되는데 왜 그래요?"),
])
def test_trouble_with_an_own_account_or_app_is_off_topic(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, HONEST)], fits=fits)


@pytest.mark.parametrize("lang,text", [("es", "¿tienen WeChat para escribirles?"), ("ko", "위챗 아이디 좀 알려 주세요")])
def test_asking_for_our_wechat_stays_a_contact_question(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["contact:*", "list:contacts*"])], fits=fits)


@pytest.mark.parametrize("lang,text", [
    ("en", "how would you say 'thank you very much' in Korean?"),
    ("es", "¿cómo se dice muchas gracias en coreano?"),
    ("zh", "怎么用西班牙语说谢谢你"),
    ("ko", "중국어로 감사합니다 어떻게 말해요?"),
])
def test_saying_a_phrase_in_another_language_is_off_topic(services: Services, lang: str, text: str) -> None:
    assert lexicon.language_request(text)[0] is None
    talk(services, lang, [(text, HONEST)], fits=fits)


@pytest.mark.parametrize("text,lang", [("please answer in Spanish", "es"), ("영어로 답변해 주세요", "en"),
                                       ("用英文回答我", "en")])
def test_asking_for_a_reply_language_still_switches(text: str, lang: str) -> None:
    assert lexicon.language_request(text)[0] == lang


@pytest.mark.parametrize("lang,text", [
    ("en", "what events have you got lined up? just the nearest one"),
    ("es", "¿qué eventos tienen? el más cercano nomás"),
    ("zh", "你们有哪些活动？最早的那个"),
    ("ko", "어떤 행사들 있어요? 가장 가까운 걸로"),
])
def test_a_list_asked_then_the_closest_one_is_that_event(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, NEXT_EVENT)], fits=fits)


@pytest.mark.parametrize("lang,text", [("en", "what events have you got lined up?"), ("es", "¿qué eventos tienen?")])
def test_the_list_alone_stays_the_list(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "list:events*")], fits=fits)


def test_korean_question_endings_spread_over_entries_are_grammar() -> None:
    ids = ["a", "b", "c", "d", "e"]
    texts = ["비자 받으려면 어떻게 해야 돼요", "가입하려면 어떻게 해야 돼요", "헝뎬 가려면 어떻게 해야 돼요",
             "세트 보려면 어떻게 해야 돼요", "영화제 날짜"]
    grammar = _korean_grammar(ids, texts)
    assert "해 야" in grammar and "려 면" in grammar
    assert not {"비", "비 자", "영 화"} & grammar


def test_an_unrelated_question_sharing_only_korean_endings_shares_no_topic_word(services: Services) -> None:
    u = services.brain.understand("카카오톡 채팅방 나가려면 어떻게 해야 돼요?")
    assert u.faq is None or u.faq.core_content < CONTENT_MIN
