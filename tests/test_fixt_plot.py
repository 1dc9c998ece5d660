"""A catalog title asked by its story (fixT): behind an intro, in any of the four languages, the
one title whose logline the message tells opens, and the follow-ups are about it."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk

KITCHEN, BACKPACKER, ECLIPSE = "work:work_kitchen_god_quits", "work:work_die_another_take", "work:work_eclipse_over_qin"


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("Howzit! Thabo here, producer at a small Joburg outfit. Any series about a South African chef running a noodle stall??",
             KITCHEN), ("still looking for co-producers?", KITCHEN + "#coproduction"), ("how many episodes", KITCHEN + "#episodes")]),
    ("es", [("serie de un mochilero colombiano que hace de extra en Hengdian", BACKPACKER),
            ("¿ya está terminada o buscan socios?", BACKPACKER + "#coproduction"), ("¿cuántos capítulos?", BACKPACKER + "#episodes")]),
    ("es", [("una astrónoma chilena que viaja al tiempo de Qin, ¿cómo se llama?", ECLIPSE),
            ("¿en qué idiomas está?", ECLIPSE + "#languages"), ("¿y cuánto duran?", ECLIPSE + "#episode_minutes")]),
    ("zh", [("你好，我是做发行的。有没有一部讲南非厨师在横店开面馆的剧？", KITCHEN), ("有几集？", KITCHEN + "#episodes")]),
    ("ko", [("안녕하세요, 부산 제작사 PD입니다. 칠레 천문학자가 진나라로 가는 작품 제목이 뭐예요?", ECLIPSE),
            ("어떤 언어로 나와요?", ECLIPSE + "#languages")]),
    ("en", [("Hi, Ana from a Mexico City studio. Is there a drama with a Mexican actress working as a stunt double?",
             "work:work_no_stand_in_for_love")]),
])
def test_title_told_by_its_story(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "do you have a palace set for the Qin dynasty?"),
    ("es", "¿qué series de comedia tienen?"),
    ("es", "no sé qué decorado elegir según la época de mi historia, ¿me orientan?"),
    ("es", "me late una serie de su catálogo para hacer versión mexicana, ¿con quién platico?"),
    ("zh", "墨西哥阿根廷那边的观众能看到横店出的剧不"),
    ("zh", "不同朝代的戏分别该去哪个景区拍？"),
    ("zh", "介绍下梦幻谷，能拍戏吗"),
    ("zh", "女主是墨西哥人，在横店那边的剧里用外国演员多不多，好不好找？"),
    ("en", "anything for the Song dynasty? we are doing a river market story"),
    ("ko", "당나라 장안을 배경으로 궁중 장면이 많은 작품인데요, 어느 세트로 가야 할지 추천 부탁드려요"),
    ("ko", "파리 제작사 파트너가 카탈로그 작품 하나를 같이 리메이크하고 싶대요. 절차가 어떻게 돼요?"),
])
def test_no_title_from_common_words(services: Services, lang: str, say: str) -> None:
    reply = talk(services, lang, [(say, "*")], fits=lambda expect, got: True)
    assert not (reply.answer or "").startswith("work:")
