"""fixQ25: where to buy, order or source goods for the partner's own craft, cheaply or wholesale
("where can I buy cheap bamboo strips for lanterns?"), is a shop's business, never our costs,
incentives or virtual-production FAQs whatever price word ("cheap", "便宜") or product word
("LED") it shares with them; goods for a shoot, a ticket to our events or the trip here, our
titles' rights, and people or kit hired (extras, equipment rental: the on-site services) stay ours. A festival of an instrument or folk music, or a town's season of a catch or a bloom
("bluefin tuna season"), is another's, not our next event. Sichuan 好多 ("how many") asks an
event's attendance or seats like 多少: the honest gap. Sentences of our own."""

from __future__ import annotations

import pytest

from intents import scope
from tests.dialogue import talk

NOT_OURS = ["out_of_scope", "fallback"]


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "where can I buy cheap felt for making puppets?"),
    ("en", "who sells good quality fairy lights at a fair price for a lantern parade?"),
    ("en", "cheapest place to order embroidered folk dance skirts?"),
    ("en", "any idea where to get cheap clay for our pottery class?"),
    ("en", "where can we get our choir robes made cheaply?"),
    ("es", "¿dónde compro cuero barato para hacer sombreros?"),
    ("es", "¿dónde mando a hacer trajes de danza folclórica a buen precio?"),
    ("es", "¿quién vende hilo de alpaca al por mayor en Cusco?"),
    ("es", "¿dónde podemos mandar hacer polleras bordadas baratas?"),
    ("zh", "做风筝用的竹条哪里能买到便宜的"),
    ("zh", "舞狮的狮头去哪家订做价钱公道"),
    ("zh", "剪纸用的红纸哪个地方批发划算"),
    ("zh", "扎龙灯用的彩色灯泡哪家质量好价格又实惠"),
    ("zh", "淘宝上哪家店的竹篾便宜"),
    ("zh", "做灯笼的丝绸哪里能弄到便宜的"),
    ("ko", "한지 공예 재료 어디서 싸게 사요?"),
    ("ko", "탈춤 의상 어디서 맞추면 싸요?"),
    ("ko", "도자기 흙 도매로 떼오는 데 아세요?"),
    ("ko", "한복 원단 어디서 싸게 구해요?"),
])
def test_a_shop_for_the_partners_own_craft_is_not_ours(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, NOT_OURS)])


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "where can I buy tickets for the Hengdian film festival?"),
    ("en", "where can we buy the rights to your dramas?"),
    ("en", "where can we get cheap flights to Shanghai?"),
    ("en", "where can we get cheap equipment rental?"),
    ("en", "where can we source extras cheaply?"),
    ("es", "¿dónde alquilamos luces baratas?"),
    ("ko", "보조 출연자 어디서 싸게 구해요?"),
    ("es", "¿dónde compro entradas para la noche de cine latino?"),
    ("zh", "拍戏用的古装戏服哪里能租"),
    ("ko", "영화제 티켓 어디서 사요?"),
])
def test_a_ticket_a_title_goods_for_a_shoot_or_a_hire_stay_ours(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, NOT_OURS)], fits=lambda expect, got: got not in expect)


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "who won the latest accordion festival in Plauen?"),
    ("en", "when does the bluefin tuna season start in Donggang this year?"),
    ("es", "¿cuándo es el festival de la guitarra de Paracho?"),
    ("es", "¿cuándo empieza la temporada del atún en Barbate?"),
    ("es", "¿quién ganó el concurso de cueca de este año en Arica?"),
    ("zh", "阳澄湖大闸蟹季几号开始"),
    ("zh", "吉他节今年在哪办"),
    ("ko", "영덕 대게 철 언제부터예요?"),
    ("ko", "남원 국악 축제 올해 언제 해요?"),
])
def test_another_towns_music_festival_or_season_is_not_our_event(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, NOT_OURS)])


def test_a_dramas_second_season_is_no_season_of_a_catch() -> None:
    assert scope.OTHER_FESTIVAL.search("第二季什么时候出") is None
    assert scope.OTHER_FESTIVAL.search("黑鲔鱼季什么时候开始") is not None


@pytest.mark.parametrize("say", [
    "签约仪式那天大概有好多人来嘛",
    "中韩短剧合作对接会大约有好多人参加哦",
    "横店影视节一般有好多人去晓得不",
    "拉丁电影之夜的场地座位有好多个",
    "虚拟制片影棚开放日那个棚子坐得下好多人",
])
def test_sichuan_haoduo_asks_attendance_or_seats(services, say: str) -> None:
    talk(services, "zh", [(say, "gap:*")])


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "how many seats are there at the virtual stage open day?"),
    ("es", "¿cuántas butacas tiene la sala de la noche de cine latino?"),
    ("es", "¿cuántas personas suelen asistir a la noche de cine latino?"),
    ("ko", "헝뎬 영화제 보통 몇 명 정도 와요?"),
])
def test_attendance_or_seats_stay_the_gap_in_the_other_languages(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "gap:*")])
