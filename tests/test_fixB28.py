"""Kinds of answer set 89's question mistakes (fixB28), in the four languages:

- a coach or van left parked at a set (overnight) is parking, which no file gives: an honest gap,
  not the set's card;
- a title's age rating said with an age in years ("ok for 12 yr olds", "适合12岁", "是几级的") and
  its release still to come ("when is X gonna be released") are unpublished: a gap, not its card;
- news asked for in words (a pointer after the news named, a formal "nos mantengan informados",
  "敬希及时告知本会", "消息也訂一下", Korean adverbs before 보내): the subscription, not a FAQ;
- "modern" beside a big city is the urban genre's titles, not the contemporary sets;
- everything in the catalogue asked to be shown is the catalogue, not a FAQ near its words;
- a flyer's HISDA asked "谁知道这个是干嘛的" is what HISDA is; 有何 asks which support exists;
  "중국 들어가려면 뭘 준비해야" is the visa; the sets with a kind of scene asked where keep their list
  over a FAQ near the words ("안에서 찍을 수 있는 세트가 어디예요").
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "can we leave a coach bus parked overnight at the ming qing folk houses we got like forty people coming"),
    ("en", "is it ok to leave our van parked at Guangzhou Street while we shoot?"),
    ("es", "se puede dejar un bus estacionado toda la noche en la ciudad de casas tradicionales ming qing somos como cuarenta personas"),
    ("es", "¿podemos dejar el autobús aparcado en la calle de Guangzhou mientras grabamos?"),
    ("zh", "我们四十来个人坐大巴去 车子能在明清民居博览城停一夜伐"),
    ("zh", "我们的大巴能在广州街停一晚吗？"),
    ("ko", "사십 명이 관광버스 타고 가는데 명청민가박람성에 밤새 버스 세워 둬도 돼요"),
    ("ko", "광저우 거리에 버스 하룻밤 세워 둬도 되나요?"),
])
def test_a_coach_left_parked_is_parking_a_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:unpublished")])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "is blade and blossom ok for 12 yr olds or is it rated higher, my little bro wants to watch it"),
    ("en", "is Blade and Blossom fine for a ten-year-old?"),
    ("en", "when is ghost in the volume gonna be released"),
    ("zh", "《剑与花》适合12岁的尕娃看不 是几级的"),
    ("zh", "《剑与花》适合十岁的孩子看吗？"),
    ("zh", "《剑与花》是几级的？"),
    ("en", "when will blade and blossom be aired"),
    ("es", "¿Espada y flor es apta para niños de 12 años?"),
    ("es", "¿cuándo se estrena El fantasma del set virtual?"),
    ("ko", "검과 꽃은 12살 애들이 봐도 돼요?"),
    ("ko", "버추얼 스튜디오의 유령은 언제 공개돼요?"),
])
def test_a_titles_rating_or_release_is_a_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:unpublished")])


@pytest.mark.parametrize(("lang", "text", "topic"), [
    ("en", "Would love the Spanish-language and Latin America news too, can you send me that?", "latam_spanish_news"),
    ("en", "We'd love the Korea updates as well, could you send us those?", "korea_news"),
    ("es", "Mandame también las novedades de América Latina en español.", "latam_spanish_news"),
    ("es", "Les pedimos que nos mantengan informados cuando cambien los incentivos. Quedamos a la espera.", "incentives"),
    ("zh", "拉美跟西語的消息也訂一下～水喔", "latam_spanish_news"),
    ("zh", "扶持政策如有调整，敬希及时告知本会。顺致敬意。", "incentives"),
    ("ko", "스페인어권하고 중남미 소식도 고마 같이 보내 주세예.", "latam_spanish_news"),
    ("ko", "한국 관련 소식도 같이 보내 주세요.", "korea_news"),
])
def test_news_asked_in_words_is_the_subscription(services: Services, lang: str, text: str, topic: str) -> None:
    talk(services, lang, [(text, f"subscribe:{topic}")])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "anythin modern set in a big city? not all that ancient stuff"),
    ("en", "any modern stories set in a big city?"),
    ("es", "algo moderno q pase en una gran ciudad? nada de cosas antiguas"),
    ("es", "¿tienen algo moderno que pase en una gran ciudad?"),
    ("zh", "有没有现代的、发生在大城市的剧？"),
    ("ko", "대도시가 배경인 현대물 있어요?"),
])
def test_modern_in_a_big_city_is_the_urban_titles(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "list:works?genre=urban")])


def test_a_set_in_a_town_keeps_the_sets(services: Services) -> None:
    talk(services, "en", [("do you have a set in hengdian for romance?", "list:locations?genre=romance")])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Can you show us everything in your catalogue? No worries if it's a long list."),
    ("es", "¿Nos pueden mostrar todo su catálogo? No importa si es larga la lista."),
    ("zh", "可以給我看你們所有的作品嗎？很長也沒差，好der"),
    ("ko", "카탈로그에 있는 작품 전부 보여 주실 수 있어요? 길어도 괜찮아요."),
])
def test_everything_shown_is_the_catalogue(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["catalog:about", "list:works"])])


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("zh", "正宁路夜市有人塞给我张传单 上面印着HISDA 谁知道这个是干嘛的", ["faq:what_is_hisda", "program:hisda"]),
    ("zh", "您好，我会系南京云锦研究会。横店对前来拍摄的剧组有何扶持政策，敬希告知。", "faq:incentives"),
    ("ko", "곶감 일 도와주는 네팔 친구도 같이 가는데 중국 들어가려면 뭘 준비해야 돼요", "faq:visa"),
    ("ko", "중국 들어가려면 뭐 챙겨야 돼요?", "faq:visa"),
    ("zh", "谁知道HISDA是干什么的", "faq:what_is_hisda"),
    ("en", "someone gave me a flyer with HISDA on it, anyone know what that is?", "faq:what_is_hisda"),
    ("es", "me dieron un folleto que dice HISDA, alguien sabe qué es eso?", "faq:what_is_hisda"),
    ("ko", "누가 HISDA라고 적힌 전단지를 줬는데 이게 뭐 하는 데예요?", "faq:what_is_hisda"),
    ("zh", "横店对前来拍摄的剧组有何扶持政策？", "faq:incentives"),
    ("ko", "실내에서 찍을 장면이 좀 있는데 안에서 찍을 수 있는 세트가 어디예요", "list:locations?scene=interior"),
    ("ko", "실내 장면이 몇 개 있어요. 세트는 어디예요?", "list:locations?scene=interior"),
    ("en", "we have a few interior scenes, where could we shoot them indoors?", "list:locations?scene=interior"),
])
def test_other_questions_of_answers89(services: Services, lang: str, text: str, expect) -> None:
    talk(services, lang, [(text, expect)])
