"""Off-topic kinds found by playing partners on 2026-12-02, in fresh wordings: another place's
affairs and someone else's business are no subject of ours, and get the polite out-of-scope
answer, never one of our records or a confident gap:

- another town's festival ("Venice", "上海国际电影节") is not the Hengdian Film Festival;
- the weather, a filming permit, a visa or a tax of a place that is not ours;
- an exchange rate, another country's film fund, a talent agency, acting school or camera to
  recommend, the industry's trends.

The counter-examples stay ours: our festival, the weather in Hengdian (an honest gap), a visa for
China, events or partners in Korea, a trip from abroad to Hengdian."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

OFF = "out_of_scope"


@pytest.mark.parametrize("lang,say", [
    # another town's festival
    ("en", "what dates is the Venice film festival this year?"),
    ("es", "¿en qué mes es el festival de cine de Cartagena?"),
    ("zh", "上海国际电影节今年几号开幕"),
    ("ko", "부산국제영화제 일정 알려 주세요"),
    # the weather elsewhere
    ("en", "is it going to rain in Tokyo tomorrow?"),
    ("es", "¿qué clima hace hoy en Buenos Aires?"),
    ("zh", "成都这几天天气怎么样"),
    ("ko", "내일 인천 날씨 어때요?"),
    # a filming permit or procedure for another place
    ("en", "what permits do we need to film in Thailand?"),
    ("es", "¿qué trámites hay que hacer para grabar en Lima?"),
    ("zh", "在重庆拍短剧要办什么手续"),
    ("ko", "제주에서 드론 촬영하려면 허가 받아야 하나요?"),
    # another country's visa
    ("en", "do I need a visa to go to Canada?"),
    ("es", "¿cómo saco la visa para ir a Estados Unidos?"),
    ("zh", "去日本拍戏要办签证吗"),
    ("ko", "일본 비자 받으려면 뭐가 필요해요?"),
    # someone else's business
    ("en", "could you suggest a casting agency in Seoul?"),
    ("es", "¿me recomiendas alguna escuela de actuación?"),
    ("zh", "能不能推荐几家靠谱的经纪公司"),
    ("ko", "괜찮은 배우 소속사 좀 추천해 주세요"),
    ("en", "what are the big trends in the short drama market right now?"),
    ("zh", "明年短剧市场的趋势会怎样"),
    ("ko", "요즘 숏폼 업계 트렌드가 어때요?"),
    # an exchange rate, another country's film fund, gear advice
    ("en", "how many dollars is 100 yuan at today's exchange rate?"),
    ("es", "¿cuál es el tipo de cambio del peso al yuan?"),
    ("zh", "今天人民币汇率是多少"),
    ("ko", "오늘 원화 환율 얼마나 돼요?"),
    ("en", "how do we apply for funding from the KOFIC?"),
    ("ko", "영진위 제작 지원금은 어떻게 신청하나요?"),
    ("en", "which camera is best for shooting vertical short dramas?"),
    ("zh", "拍短剧买什么摄影机比较好"),
])
def test_another_places_affairs_are_off_topic(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, OFF)])


@pytest.mark.parametrize("lang,say,expect", [
    ("en", "when is your film festival held?", ["faq:film_festival", "event:hengdian_film_festival*"]),
    ("zh", "横店电影节几月份办", ["faq:film_festival", "event:hengdian_film_festival*"]),
    ("en", "what's the weather like in Hengdian in April?", "gap:*"),
    ("ko", "헝뎬 4월 날씨는 어떤가요?", "gap:*"),
    ("en", "do Mexican crews need a visa for China?", "faq:visa"),
    ("es", "somos de Bogotá, ¿necesitamos visa?", "faq:visa"),
    ("en", "anything happening in Seoul soon?", "event:korea_matchmaking_2027*"),
    ("en", "which of your partners are based in Korea?", "list:partners?country=KR"),
    ("en", "we're flying in from Lima, how do we get to Hengdian?", "faq:how_to_reach_hengdian"),
    ("es", "somos una productora de Lima, ¿qué trámite hay para unirnos a la HISDA?", "faq:join_alliance"),
])
def test_our_own_places_and_subjects_stay_ours(services: Services, lang: str, say: str, expect) -> None:
    talk(services, lang, [(say, expect)], fits=fits)
