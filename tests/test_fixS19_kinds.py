"""fixS19: questions of answers73 answered with another subject, fixed where the rule that read
them lives. Sentences of our own in the four languages, beside the partner's own where it helps.

- a scene no set could be (a space shot, the Moon's surface) asked whether it can be shot in the
  studio: the virtual production FAQ ("superficie de la Luna" is no set's surface area asked);
- a festival "over there in China" / "de cine de China" to pair the partner's own festival with:
  ours, not another town's festival."""

from __future__ import annotations

import pytest

from tests.dialogue import talk

VIRTUAL = ["faq:virtual_production", "location:virtual_production"]
FESTIVAL = ["faq:film_festival", "event:hengdian_film_festival"]


@pytest.mark.parametrize(("lang", "say"), [
    ("en", ("Respected team, our autumn campaign requires a scene of silk drifting through outer space. "
            "Is it possible to film such a scene at Hengdian without leaving the studio?")),
    ("en", "our music video needs a shot on a far-off planet, can we shoot that inside a stage in Hengdian?"),
    ("es", "queremos una toma en el espacio exterior para un videoclip, ¿sería posible grabarla allá en un plató?"),
    ("es", "para la tesis necesitamos escenas sobre la superficie de la Luna, ¿se pueden rodar en Hengdian sin salir del estudio?"),
    ("zh", "广告里要一个宇航员在太空漂浮的镜头，横店棚里能不能拍出来？"),
    ("zh", "我們想拍一段燈籠在雲端漂浮的畫面，橫店能用虛擬技術在棚裡拍嗎？"),
    ("ko", "광고에 달 표면을 걷는 장면이 필요한데 헝뎬 스튜디오에서 촬영할 수 있어요?"),
    ("ko", "뮤직비디오에 우주에서 꽃잎이 떠다니는 장면을 넣고 싶은데 헝뎬서 찍을 수 있남유?"),
])
def test_a_scene_no_set_could_be_is_virtual_production(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, VIRTUAL)])


def test_a_sets_surface_stays_its_size(services) -> None:
    # the surface area of a stage is still its size asked (unpublished), no virtual production
    talk(services, "es", [("¿cuál es la superficie del plató más grande?", "gap:unpublished")])


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "mi cousin run a small film fest a Kingston an want fi link up wid a festival over deh a China, it have one?"),
    ("en", "my aunt runs a little documentary fest in Accra and wants to twin it with a festival over in China, is there one?"),
    ("es", "mi tía dirige una muestra de documentales en Rosario y quiere hermanarla con algún festival de cine de China, ¿hay alguno?"),
    ("zh", "我表姐在墨尔本办了个小影展，想在中国找个电影节结成姐妹，有吗？"),
    ("ko", "제 친구가 부산에서 작은 단편 영화제를 하는데 중국에 있는 영화제랑 자매결연하고 싶대요, 있어요?"),
])
def test_a_festival_in_china_to_pair_with_is_ours(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, FESTIVAL)])


@pytest.mark.parametrize(("lang", "say"), [
    ("zh", "那个我们有个首尔来的摄影组 想自个儿扛机器进横店拍 人家让不让啊"),
    ("zh", "我们是曼谷来的小剧组，带着机器自己进横店拍，可以吗？"),
    ("ko", "저희 필리핀 촬영팀이 기계 들고 직접 헝뎬 들어가서 찍어도 되나요?"),
    ("en", "a crew of ours from Lagos wants to haul their own cameras into Hengdian and shoot, is that allowed?"),
    ("es", "somos un equipo de Quito y queremos llevar nuestras propias cámaras a Hengdian a grabar, ¿nos dejan?"),
])
def test_a_crew_carrying_its_own_gear_in_asks_whether_foreign_crews_may_film(services, lang: str, say: str) -> None:
    # the crew's camera ("扛机器", "기계 들고") is no machine doing creative work: not the AI tools
    talk(services, lang, [(say, "faq:can_foreign_crews_film")])


def test_machines_writing_scripts_stay_the_ai_tools(services) -> None:
    talk(services, "zh", [("写本子都靠机器了？", "faq:ai_tools")])


@pytest.mark.parametrize(("lang", "say"), [
    ("zh", "舊金山哪裡可以拍街景不用申請permit"),
    ("zh", "洛杉矶哪里可以拍街景，要申请许可吗？"),
    ("en", "where in San Francisco can we film street scenes without a permit?"),
    ("es", "¿dónde se puede grabar escenas de calle en San Francisco sin permiso?"),
    ("ko", "샌프란시스코에서 허가 없이 거리 장면 찍을 수 있는 곳 있어요?"),
    ("zh", "美國的O-1簽證要怎麼申請"),
    ("ko", "미국 O-1 비자는 어떻게 신청해요?"),
    ("en", "how do I get an O-1 visa for the United States?"),
    ("es", "¿cómo se tramita la visa O-1 para Estados Unidos?"),
])
def test_another_countrys_permit_or_visa_is_out_of_scope(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "out_of_scope")])


@pytest.mark.parametrize(("lang", "say", "expect"), [
    ("zh", "美国人来横店拍戏要签证吗？", "faq:visa"),
    ("zh", "我们是美国团队，来中国拍戏需要什么签证？", "faq:visa"),
    ("zh", "横店哪里可以拍街景？", "list:locations?scene=city_street"),
])
def test_our_visa_and_our_streets_stay_ours(services, lang: str, say: str, expect: str) -> None:
    talk(services, lang, [(say, expect)])


@pytest.mark.parametrize(("lang", "say", "expect"), [
    ("ko", "중국어로 '어서 오세요'는 어떻게 말해요?", "out_of_scope"),
    ("ko", "스페인어로 '감사합니다'는 뭐라고 해요?", "out_of_scope"),
    ("en", "how do you say 'welcome' in Chinese?", "out_of_scope"),
    ("es", "¿cómo se dice \"bienvenidos\" en coreano?", "out_of_scope"),
    ("zh", "“欢迎光临”用韩语怎么说？", "out_of_scope"),
    ("ko", "중국어로 답해 주세요", "pref:language"),  # a reply language asked stays the switch
])
def test_a_phrase_to_translate_is_no_reply_language(services, lang: str, say: str, expect: str) -> None:
    talk(services, lang, [(say, expect)])


@pytest.mark.parametrize(("lang", "say"), [
    ("es", "Por favor, configure mi horario con la hora del Perú."),
    ("es", "Le ruego que ajuste mi horario a la hora de Chile."),
    ("en", "please set my clock to Lima time"),
    ("zh", "請把我的時間設定成秘魯時間"),
    ("ko", "제 시간대를 페루 시간으로 설정해 주세요"),
])
def test_the_clock_set_in_formal_address_is_the_time_zone(services, lang: str, say: str) -> None:
    # "configure", "ajuste" (usted) set the clock as "configura", "ajusta" (tú) do
    talk(services, lang, [(say, "pref:timezone")])


def test_an_event_asked_in_a_citys_time_stays_the_event(services) -> None:
    talk(services, "es", [("¿a qué hora es el encuentro de Corea en hora de Bogotá?", "event:korea_matchmaking_2027#date")])


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "What is the hourly charge for the LED volume stage?"),
    ("en", "what's the daily cost of the Qin Palace set?"),
    ("es", "¿cuánto cuesta por hora el plató LED?"),
    ("zh", "LED影棚每小时收费多少？"),
    ("ko", "LED 버추얼 스튜디오 시간당 요금이 얼마예요?"),
])
def test_a_stages_hourly_charge_is_unpublished(services, lang: str, say: str) -> None:
    # "hourly charge", "daily cost": a price no file publishes, not the stage's card
    talk(services, lang, [(say, "gap:unpublished")])


@pytest.mark.parametrize(("lang", "say"), [
    ("ko", "인스타에 HISDA 자꾸 뜨는데 걔네 뭐 하는 데야? 협회 같은 거?"),
    ("ko", "유튜브에 HISDA가 계속 나오길래 궁금해서요, 뭐 하는 곳이에요?"),
    ("en", "HISDA keeps popping up on my Instagram feed, what is it exactly?"),
    ("es", "me sale HISDA todo el rato en Instagram, ¿qué es eso?"),
    ("zh", "我刷抖音老是刷到HISDA，这是干嘛的？"),
])
def test_where_the_alliance_keeps_showing_up_asks_what_it_is(services, lang: str, say: str) -> None:
    # where they keep seeing it is how they came to ask, no account of ours asked
    talk(services, lang, [(say, ["faq:what_is_hisda", "program:hisda"])])


def test_the_account_itself_asked_stays_the_gap(services) -> None:
    talk(services, "ko", [("HISDA 인스타 계정 있어요?", "gap:unpublished")])


@pytest.mark.parametrize(("lang", "say"), [
    ("ko", "저희 세트장 행사에 나오는 외국인 연기자가 중국어를 전혀 못하는데, 중국 숏드라마 출연이 가능합니까?"),
    ("ko", "우리 공연에 나오는 외국인 배우가 중국어를 한마디도 못하는데 숏드라마에 출연할 수 있을까요?"),
    ("en", "the foreign dancer in our park's shows speaks no Chinese at all, could she still act in one of your short dramas?"),
    ("es", "la actriz extranjera de nuestros espectáculos no habla nada de chino, ¿puede actuar en un microdrama suyo?"),
    ("zh", "我们园区演出里的外国演员一句中文都不会，能去演你们的短剧吗？"),
])
def test_a_performer_without_chinese_asking_to_act_is_the_foreign_actors_faq(services, lang: str, say: str) -> None:
    # the show they perform in read as our casting event is no reason for the languages FAQ
    talk(services, lang, [(say, ["faq:foreign_actors", "event:international_sets_casting_day_2027"])])


@pytest.mark.parametrize(("lang", "say", "expect"), [
    ("es", "cuánto cobra un guionista de la aldea de escritores de internet por capítulo", "gap:unpublished"),
    ("en", "how much does a writer at the China Internet Writers Village charge per episode?", "gap:unpublished"),
    ("zh", "中国网络作家村的编剧写一集稿费多少？", "gap:unpublished"),
    ("ko", "중국 인터넷 작가촌 작가들 원고료는 회당 얼마예요?", "gap:unpublished"),
    # the trade's going rate, asked of no one of ours (a field word is no partner named): out of scope
    ("es", "¿cuánto cobra un guionista normalmente?", "out_of_scope"),
    ("zh", "网文作者一般稿费怎么算？", "out_of_scope"),
    ("ko", "웹소설 작가들 보통 원고료 얼마 받아요?", "out_of_scope"),
])
def test_a_writers_fee_at_a_partner_named_is_its_unpublished_price(services, lang: str, say: str, expect: str) -> None:
    talk(services, lang, [(say, expect)])
