"""fixA17 (answers65's last two dialogue turns, as kinds).

Our titles brought into the partner's own language for someone's public ("unos socios quieren
pasar sus dramas en sus salas, ¿tienen forma de llevarlos a nuestro idioma?"): the Spanish-language
route (faq spanish_distribution), not the title whose story shares a place name or a verb with the
message. "Our language" is Spanish when said in Spanish, or beside a Spanish-speaking place.

Coming in with money to produce one of the titles with us ("entramos con plata a producir uno de
esos títulos junto a ustedes") while an event is talked about: the co-production FAQ."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import spanish_airing
from tests.dialogue import ask

PITCH = {"en": "is there a pitch day for latin american producers?",
         "es": "¿hay un pitch day para productores latinoamericanos?",
         "zh": "有拉美制片人的项目推介会吗？",
         "ko": "중남미 제작자 피칭 데이 있어요?"}

OUR_LANGUAGE = [
    ("es", "unos amigos de Mendoza, Argentina, tienen un canal y quieren emitir sus series, ¿se pueden doblar a nuestro idioma?"),
    ("es", "unos distribuidores en Rosario quieren pasar sus microdramas en su cadena, ¿los podrían poner en nuestra lengua?"),
    ("es", "tengo socios con salas en Arequipa que quieren pasar sus series; ¿hay forma de llevarlas a nuestro idioma?"),
    ("en", "some partners of ours in Buenos Aires want to screen your dramas in their cinemas, can you get them into our language?"),
    ("en", "a friend's channel in Bogota wants to air your shows, any way to have them in our own language?"),
    ("zh", "我们在阿根廷的合作伙伴想在他们的影院放你们的短剧，能翻成我们的语言吗？"),
    ("zh", "墨西哥那边的电视台想播你们的剧，可以配成他们的语言吗？"),
    ("ko", "아르헨티나에 있는 파트너들이 귀사 드라마를 극장에서 틀고 싶대요. 우리말로 바꿔 줄 수 있나요?"),
    ("ko", "멕시코 방송국에서 귀사 드라마를 방영하고 싶은데 그쪽 말로 더빙이 되나요?"),
]


@pytest.mark.parametrize(("lang", "text"), OUR_LANGUAGE)
def test_our_language_for_a_public_is_the_spanish_route(services: Services, lang: str, text: str) -> None:
    assert spanish_airing(text)
    assert ask(services, lang, text).answer == "faq:spanish_distribution"
    # the same after an event (the pitch day) was talked about
    assert ask(services, lang, PITCH[lang], text).answer == "faq:spanish_distribution"


@pytest.mark.parametrize("text", [
    "¿la serie está en su idioma original?", "do they speak our language at the studio?",
    "我们的语言是西班牙语", "우리말로 설명해 주세요",
])
def test_no_public_or_no_spanish_is_no_airing(text: str) -> None:
    assert not spanish_airing(text)


MONEY_IN = [
    ("es", "¿y si en vez de licenciar ponemos lana para producir alguno de esos títulos con ustedes?"),
    ("es", "¿y si mejor entramos con dinero a coproducir una de esas series junto a ustedes?"),
    ("en", "what if instead of buying we came in with our own money to produce one of those titles with you?"),
    ("en", "rather than a licence, could we bring our cash to make one of those shows together with you?"),
    ("zh", "如果我们不买版权，而是带着资金跟你们一起拍其中一部呢？"),
    ("zh", "不買版權的話，我們出錢跟你們一起拍其中一部可以嗎？"),
    ("ko", "판권 말고 저희가 돈 대서 그 작품 중 하나를 같이 제작하면 어때요?"),
    ("ko", "사는 거 말고 우리가 제작비 내고 그 드라마 중 하나 같이 만들면 어때?"),
]


@pytest.mark.parametrize(("lang", "text"), MONEY_IN)
def test_money_in_to_produce_one_of_the_titles_is_coproduction(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, PITCH[lang], text).answer == "faq:coproduce_catalog_title"
