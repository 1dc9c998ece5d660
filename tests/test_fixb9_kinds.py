"""fixB9: another studio named as the users of a kit (an LED stage "like the big Hollywood shows
use") is no comparison; rain as the condition of a plan; immigration's papers are the visa's;
public money in slang is the incentives; a period no set carries (the Three Kingdoms, by its
people) asked as a setting is the which-set guide; a title's language asked as it comes out in
one; shows of a place seen in Latin America after an event card; a job interview at a bank is out
of scope; a scene's sets asked whether they are finished; the best-fit set for a described shoot
(answers48 kinds, play9 items 3 and 4, own wordings)."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import talk

VP = ["faq:virtual_production", "location:virtual_production"]


@pytest.mark.parametrize("lang, said", [
    ("en", "any chance you've got an LED volume like the ones the Hollywood blockbusters shoot on?"),
    ("en", "is there an LED wall of the kind used in Hollywood?"),
    ("es", "¿tienen un plató LED como los que usan en Hollywood?"),
    ("zh", "有没有好莱坞剧组常用的那种LED虚拟棚？"),
    ("ko", "할리우드 작품들이 쓰는 LED 월 있어요?"),
])
def test_studio_as_the_users_of_a_kit_is_no_comparison(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, VP)])


@pytest.mark.parametrize("said", [
    "is Hengdian cheaper than Hollywood?",
    "¿sale más barato Hengdian que Hollywood?",
    "横店比好莱坞便宜吗",
    "헝뎬이 할리우드보다 싸요?",
])
def test_a_comparison_with_a_studio_stays_one(said: str) -> None:
    assert lexicon.gap_topic(said) == "compare"


@pytest.mark.parametrize("lang, said", [
    ("zh", "要是整整一個禮拜都在落雨，室內有LED棚可以拍嗎？"),
    ("zh", "如果接连好几天都在下雨，有室内LED棚吗？"),
])
def test_rain_as_the_condition_of_the_plan(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, VP)])


@pytest.mark.parametrize("lang, said", [
    ("es", "¿qué documentos migratorios tiene que llevar el equipo que viaja desde Arequipa?"),
    ("es", "¿migración les va a exigir algo a nuestros camarógrafos?"),
    ("en", "what immigration documents do our camera operators need for a month there?"),
    ("zh", "摄制组去那边，移民局会要求什么材料？"),
    ("ko", "이민국 서류는 뭘 준비해야 돼요?"),
])
def test_immigration_papers_are_the_visa(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:visa")])


@pytest.mark.parametrize("lang, said", [
    ("es", "¿reparten algo de pasta pública a los que graban microdramas allá?"),
    ("es", "¿el gobierno de allá pone lana si grabamos en vertical?"),
    ("en", "any taxpayer money for crews shooting vertical shorts over there?"),
    ("zh", "拍竖屏短剧能拿到公家的钱吗"),
    ("ko", "세로 드라마 찍으면 정부 돈 좀 나와요?"),
])
def test_public_money_in_slang_is_the_incentives(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, ["faq:incentives", "incentive:short_drama_cost_reduction"])])


@pytest.mark.parametrize("lang, said", [
    ("es", "la serie va de Liu Bei y Zhuge Liang, ¿qué decorado nos serviría?"),
    ("es", "lo nuestro es de Guan Yu, ¿qué set nos conviene?"),
    ("en", "it's a Zhuge Liang story from the Three Kingdoms, what set would you suggest?"),
    ("zh", "我们拍诸葛亮的故事，三国背景，用哪个景？"),
    ("ko", "유비 관우 나오는 삼국지 작품인데 어떤 세트가 어울려요?"),
])
def test_a_period_no_set_carries_is_the_which_set_guide(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:which_set")])


@pytest.mark.parametrize("lang, said", [
    ("ko", "〈흙으로 빚은 얼굴〉 영어로도 볼 수 있어요?"),
    ("ko", "흙으로 빚은 얼굴 한국어판도 나와요?"),
    ("zh", "《陶俑里的她》出英文版了没"),
])
def test_a_title_coming_out_in_a_language_is_its_languages(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "work:work_face_in_clay#languages")])


def test_shows_seen_in_latin_america_after_an_event_card(services: Services) -> None:
    talk(services, "ko", [("중남미 제작자 온라인 피칭 데이 알려주세요", "event:latam_pitch_day_2027"),
                          ("거기서 만든 작품들 멕시코 사람들도 보게 될까요?",
                           ["faq:spanish_distribution", "partner:dalynn_studio"])])


@pytest.mark.parametrize("lang, said", [
    ("en", "how do I prepare for a job interview at an insurance company?"),
    ("es", "tips para una entrevista de trabajo en un banco"),
    ("zh", "保险公司面试一般问什么"),
    ("ko", "은행 면접 볼 때 뭐 입고 가요?"),
])
def test_a_job_interview_elsewhere_is_out_of_scope(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, ["out_of_scope", "fallback"])])


@pytest.mark.parametrize("lang, said", [
    ("en", "I read you're putting up European-style streets, can crews use them yet?"),
    ("es", "dicen que están levantando calles europeas, ¿ya están listas?"),
    ("zh", "听说在建欧式街道，现在可以拍了吗"),
    ("ko", "유럽풍 거리 짓는 중이라던데 아직이에요?"),
])
def test_a_scene_being_built_asked_whether_ready(services: Services, lang: str, said: str) -> None:
    reply = talk(services, lang, [(said, "location:international_sets#status")])
    assert reply.answer.startswith("location:international_sets")


@pytest.mark.parametrize("lang, said", [
    ("en", "a wuxia show with a market street in it, which set would you recommend?"),
    ("es", "es una serie de artes marciales con un mercado, ¿qué decorado nos vendría bien?"),
    ("ko", "무협물인데 객잔이랑 시장 장면 찍을 세트 추천해 주세요"),
])
def test_best_fit_for_a_described_shoot_ranks_by_genre(services: Services, lang: str, said: str) -> None:
    # (the which-set guide, which names the Song riverside for a Song market, answers it too)
    reply = talk(services, lang, [(said, ["list:locations?scene=market", "faq:which_set"])])
    assert reply.answer == "faq:which_set" or reply.items[0] == "location:qingming_riverside"


def test_a_list_of_a_scene_keeps_the_file_order(services: Services) -> None:
    reply = talk(services, "en", [("which sets have market scenes for a wuxia show?", "list:locations?scene=market")])
    assert reply.items[0] == "location:guangzhou_hongkong_street"
