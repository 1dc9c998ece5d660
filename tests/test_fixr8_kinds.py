"""Kinds where this round's merges met older ones (fixR8), each in wordings of our own:

- a crew's tongue asked of the set ("we only speak Spanish, is that ok on set?") is the languages
  FAQ; a crew's nationality without a tongue is whether a crew from abroad may film (fixD9).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "we only speak spanish, is that ok on set?", "faq:languages"),
    ("en", "the whole crew is english-speaking, will that be a problem on set?", "faq:languages"),
    ("es", "solo hablamos español, ¿eso funciona en el set?", "faq:languages"),
    ("zh", "我们剧组都说西班牙语，在片场没问题吧？", "faq:languages"),
    ("ko", "저희 팀원들 다 스페인어만 하는데 현장에서 괜찮아요?", "faq:languages"),
    ("en", "the whole crew is Peruvian, is that fine on set?", "faq:can_foreign_crews_film"),
    ("es", "todos somos mexicanos, ¿hay problema en el rodaje?", "faq:can_foreign_crews_film"),
])
def test_a_crews_tongue_is_the_languages_faq(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)], fits=fits)


@pytest.mark.parametrize("lang,text,expect", [
    # rain expected and a covered stage asked for a kind of scene: the virtual production stage (fixE9),
    # not the sets of the scene fixG9's where-to-shoot rule lists
    ("es", "si llueve cuando vayamos, ¿hay algún plató techado donde grabar escenas de calle?", "faq:virtual_production"),
    ("ko", "우기에 가는데 비 오면 실내에서 거리 장면 찍을 데 있어요?", "faq:virtual_production"),
    # the partner's own court script with no period, where to shoot it: the which-set guide (fixC8)
    ("en", "our script is a palace drama with an emperor and eunuchs, where should we shoot it?", "faq:which_set"),
    ("es", "tenemos un guion de la corte imperial con emperador y eunucos, ¿dónde lo grabamos?", "faq:which_set"),
    ("zh", "我们有个宫廷本子，皇帝太监一大堆，在哪里拍合适？", "faq:which_set"),
])
def test_where_to_shoot_keeps_the_rain_plan_and_the_era_guide(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)], fits=fits)


@pytest.mark.parametrize("lang,text", [
    # a genre said where a people would be described ("有X的剧"): the genre's titles, not one
    # title whose story names it (fixC9's Chinese descriptions)
    ("zh", "有没有古装的短剧？"),
    ("zh", "有没有武侠的剧"),
    ("ko", "무협 나오는 작품 있어?"),
])
def test_a_genre_said_as_a_description_is_the_genres_titles(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "list:works?genre=*")], fits=fits)


@pytest.mark.parametrize("lang,lines", [
    # a title in focus, its set and a scene asked of it: the title's set (fixF8), not every set of
    # the scene (fixG9's where-to-shoot rule is for a story told, not a title shown)
    ("es", ["háblame de El salón de los ancestros", "¿dónde se graba? ¿se pueden hacer escenas de noche ahí?"]),
    ("zh", ["介绍一下祠堂迷踪", "在哪个景拍？能拍夜戏吗"]),
    ("en", ["tell me about The Ancestral Hall", "where does it shoot? can we do night scenes there?"]),
])
def test_a_scene_asked_of_the_title_in_focus_is_its_set(services: Services, lang, lines) -> None:
    talk(services, lang, [(lines[0], "work:work_ancestral_hall"), (lines[1], "work:work_ancestral_hall#filmed")], fits=fits)
