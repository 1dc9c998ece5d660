"""Sets: ordinals count over the list as shown (the knowledge file's order among sets that meet
what was asked equally), the field asked of a set (its scenes, whether it is open), the sets for a
story's era, a set's address; news asked for in words is the subscription.

Kinds from the read answer sets 40, 42 and 43, with wordings written for these tests (not the
sets'). A real Brain: the shipped knowledge, the real classifier, a temporary store.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import language_request
from tests.dialogue import talk

STREETS = ["location:guangzhou_hongkong_street", "location:qingming_riverside", "location:dream_valley",
           "location:ming_qing_folk_houses"]
PRESENT = ["location:dream_valley", "location:virtual_production", "location:international_sets"]


# -- the list of sets as shown, and the ordinals over it ---------------------------------------
@pytest.mark.parametrize("lang, first, third, fourth", [
    ("en", "We're prepping a costume drama and need old streets and a market. Which set fits?",
     "what period does the third cover?", "and the fourth one?"),
    ("es", "Preparamos un drama de época y necesitamos calles antiguas. ¿Qué set nos conviene?",
     "¿qué época cubre el tercero?", "¿y el cuarto?"),
    ("zh", "我们在筹备一部古装剧，需要老街和集市，哪个景合适？", "第三个是什么年代的？", "第四个呢？"),
    ("ko", "시대극을 준비 중인데 옛 거리랑 시장 골목이 필요합니다. 어느 세트가 적합합니까?",
     "세 번째는 어느 시대예요?", "네 번째는요?"),
])
def test_a_period_piece_with_streets_lists_the_street_sets_in_file_order(
        services: Services, lang: str, first: str, third: str, fourth: str) -> None:
    from tests.dialogue import ask
    assert ask(services, lang, first).items == STREETS
    talk(services, lang, [(first, "list:locations?scene=street"), (third, "location:dream_valley#eras"),
                          (fourth, "location:ming_qing_folk_houses#eras")])


@pytest.mark.parametrize("lang, first, third, first_again", [
    ("en", "Our show is set in the present day, which sets could work?", "is the third one open yet?",
     "the first one, what scenes can we shoot there?"),
    ("es", "¿Dónde podemos grabar una serie actual, ambientada hoy en día?", "¿el tercero ya está abierto?",
     "¿y el primero qué tipo de escenas permite?"),
    ("zh", "我们拍的是当下的故事，哪些景可以用？", "第三个开放了吗？", "第一个能拍哪类场景？"),
    ("ko", "요즘 배경 드라마인데 어떤 세트가 맞을까요?", "세 번째는 현재 개방되어 있나요?", "첫 번째는 어떤 장면 찍을 수 있어요?"),
])
def test_present_day_sets_count_in_file_order(services: Services, lang: str, first: str, third: str,
                                               first_again: str) -> None:
    reply = talk(services, lang, [(first, "list:locations?era=contemporary"),
                                  (third, "location:international_sets#status"),
                                  (first_again, "location:dream_valley#scene_types")])
    assert reply.answer == "location:dream_valley#scene_types"


# -- "send that in English, please" re-sends the last answer ------------------------------------
@pytest.mark.parametrize("lang, asked, switch, expect", [
    ("es", "¿Qué épocas abarca el Valle de los Sueños?", "Can you send that in English, please? It's for our buyer.",
     "location:dream_valley#eras"),
    ("ko", "몽환곡은 어느 시대를 포괄합니까?", "Could you put that in English, thanks, my boss reads it.",
     "location:dream_valley#eras"),
    ("en", "Which periods does Dream Valley cover?", "¿Me lo mandas en español, por favor? Es para mi coproductora.",
     "location:dream_valley#eras"),
    ("zh", "梦幻谷是什么年代的？", "Send it in Korean, please.", "location:dream_valley#eras"),
])
def test_a_language_request_with_please_resends_the_last_answer(services: Services, lang: str, asked: str,
                                                               switch: str, expect: str) -> None:
    reply = talk(services, lang, [(asked, expect), (switch, expect)])
    assert not (reply.answer or "").startswith("list:contacts")


@pytest.mark.parametrize("text", ["Could you send that in English, please?", "¿Me lo pasas en inglés, por favor?",
                                  "用英文发一下，谢谢", "영어로 보내 주세요, 부탁드립니다."])
def test_courtesy_words_are_no_question_beside_a_language(text: str) -> None:
    lang, rest = language_request(text)
    assert lang is not None and rest == ""


# -- a field asked of a set named -----------------------------------------------------------------
@pytest.mark.parametrize("lang, text", [
    ("en", "Is there a battlefield at the Qin Palace?"),
    ("es", "¿Se pueden rodar batallas en el Palacio de Qin?"),
    ("zh", "秦王宫有打仗的场地吗？"),
    ("ko", "진왕궁에서 전투 장면 찍을 수 있어요?"),
])
def test_a_kind_of_scene_asked_of_a_set_named_is_its_scenes(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "location:qin_palace#scene_types")])


@pytest.mark.parametrize("lang, text", [
    ("es", "¿Me comparten la dirección del Parque Cultural Huaxia?"),
    ("en", "Please share the address of Huaxia Culture Park."),
])
def test_sharing_an_address_compares_nothing(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "location:huaxia_culture_park#address")])


# -- the sets for a story's era ------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, expect", [
    ("es", "La historia es de un general de la dinastía Qin, ¿dónde podríamos grabarla?", "list:locations?era=qin"),
    ("es", "la serie va de una concubina en la corte Qing, ¿dónde la filmaríamos?", "list:locations?era=qing"),
    ("zh", "汉家天下的故事，用哪个景？", "list:locations?era=han"),
    ("en", "our story is about samurai in Tokugawa Japan, anything that could pass for that?", "faq:which_set"),
    ("ko", "도쿠가와 막부 시절 사무라이 이야기인데 찍을 만한 세트 있어요?", "faq:which_set"),
])
def test_the_sets_for_a_storys_era(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)])


# -- news asked for in words -----------------------------------------------------------------------
@pytest.mark.parametrize("lang, before, before_key, text, expect", [
    ("es", "¿cuál es el próximo evento que tienen?", "event:*", "avísenme cuando haya eventos", "subscribe:events"),
    ("en", "What's the next event?", "event:*", "ping me about upcoming events", "subscribe:events"),
    ("ko", "다음 행사 뭐예요?", "event:*", "앞으로 행사 생기면 알려 주세요", "subscribe:events"),
    ("ko", "스페인어 더빙으로 중남미 배급 가능해요?", "faq:spanish_distribution", "중남미 쪽 소식도 계속 보내 줘",
     "subscribe:latam_spanish_news"),
    ("zh", "西语发行怎么做？", "faq:spanish_distribution", "拉美那边有新动态的话推给我", "subscribe:latam_spanish_news"),
    ("en", "any comedies in the catalogue?", "list:works?genre=comedy", "tell me when you add new shows",
     "subscribe:catalog_releases"),
])
def test_news_asked_in_words_is_the_subscription(services: Services, lang: str, before: str, before_key: str,
                                                 text: str, expect: str) -> None:
    from tests.dialogue import talk_patterns
    talk_patterns(services, lang, [(before, before_key), (text, expect)])


@pytest.mark.parametrize("lang, text, expect", [
    ("en", "tell me when the next event is", "event:global_talent_info_session_2026#date"),
    ("es", "dime los próximos eventos", "list:events"),
    ("ko", "앞으로 예정된 행사 알려 주세요", "list:events"),
])
def test_asking_for_events_now_is_no_subscription(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)])
