"""fixQ16: a language named as the kind of a channel, broadcaster or market of the world's
("which Welsh-language channel buys the most drama?") asks about that market, no reply language:
out of scope, while "answer in Welsh" still switches; a town's festival of its food, flowers or
harvest ("완도 전복 축제", "the oyster festival", "la fiesta de la vendimia", "海鲜节") is never
our film festival: out of scope. Sentences of our own, four languages."""

from __future__ import annotations

import pytest

from tests.dialogue import talk

NOT_OURS = ["out_of_scope", "fallback"]


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "which Irish-language broadcaster buys the most foreign drama?"),
    ("en", "which Breton-language TV station airs the most dubbed foreign drama?"),
    ("es", "¿qué cadena en euskera compra más dramas de afuera?"),
    ("es", "¿cuál es la emisora catalanohablante que más ficción importa?"),
    ("zh", "威尔士语频道哪家买海外剧最多？"),
    ("zh", "哪個粵語電視台最常買外國劇？"),
    ("ko", "웨일스어 채널 중에 해외 드라마 제일 많이 사는 데가 어디예요?"),
    ("ko", "바스크어 방송국 중에 외국 드라마 젤 많이 사는 데 어디라예?"),
])
def test_a_language_named_as_a_channel_of_the_worlds_is_no_reply_language(services, lang: str, say: str) -> None:
    reply = talk(services, lang, [(say, NOT_OURS)])
    assert reply.answer != "pref:language"


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "answer in Welsh please"), ("es", "contéstame en inglés de ahora en adelante"),
    ("zh", "请用英语回答"), ("ko", "영어로 답해 주세요"),
])
def test_a_reply_language_asked_still_switches(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "pref:language")])


@pytest.mark.parametrize(("lang", "say"), [
    ("ko", "진해 벚꽃 축제 언제 해요?"),
    ("ko", "보령 머드 축제 몇 월에 하노?"),
    ("en", "when is the oyster festival in Galway?"),
    ("en", "what dates is the cherry blossom festival?"),
    ("es", "¿cuándo es la fiesta de la vendimia en Mendoza?"),
    ("es", "¿en qué fecha cae el festival del ostión?"),
    ("zh", "洛陽的牡丹花節幾月辦？"),
    ("zh", "大连海鲜节什么时候？"),
])
def test_a_towns_festival_of_another_kind_is_not_our_festival(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, NOT_OURS)])


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "when is the film festival?"), ("es", "¿cuándo es el festival de cine?"),
    ("zh", "横店影视节什么时候？"), ("ko", "헝뎬 영화 축제 언제예요?"),
])
def test_our_film_festival_is_still_ours(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, ["event:hengdian_film_festival#date", "faq:film_festival"])])
