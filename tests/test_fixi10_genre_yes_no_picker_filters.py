"""A title's genre asked yes or no, a picker that lets go, a kind of drama kept beside a status (fixI10):

- "is the Nth one a <genre>?" right after a list of titles is that title's genres, yes or no
  first ("No: … es de misterio / histórico"), never that genre's list;
- an open "which one do you mean?" lets go when the clock is asked ("what time is it there now?");
- "palace / court dramas" asked with "available for licensing" keep the kind (the historical
  titles that are licensable), not every licensable title.

The wordings are this file's own, not an answer set's."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, say

SPANISH_LIST = {"en": "which of your shows come in Spanish?", "es": "¿qué series hay en español?",
                "zh": "西班牙语版本的作品有哪些？", "ko": "스페인어 버전 있는 작품 알려 주세요"}


@pytest.mark.parametrize("lang,asked,first", [
    ("en", "the first one, is it a romance?", "No"),
    ("es", "¿el primero es romántico?", "No"),
    ("zh", "第一部是爱情片吗？", "不是"),
    ("ko", "첫 번째 작품 로맨스예요?", "아니요"),
    ("en", "is the first one a mystery?", "Yes"),
    ("es", "¿la primera es de misterio?", "Sí"),
    ("zh", "第一部是悬疑片吗？", "是的"),
    ("ko", "첫 번째 건 미스터리인가요?", "네"),
])
def test_genre_of_the_nth_title_asked_yes_or_no(services: Services, lang, asked, first) -> None:
    listed, reply = say(services, lang, SPANISH_LIST[lang], asked)
    assert (listed.answer or "").startswith("list:works"), listed.answer
    picked = listed.items[0].partition(":")[2]
    assert reply.answer == f"work:{picked}#genres", reply.answer
    assert reply.text.startswith(first), reply.text


@pytest.mark.parametrize("lang,genre_list,pointed,clock", [
    ("en", "got any romance titles?", "could we co-produce that one?", "what time is it over there right now?"),
    ("es", "¿qué títulos románticos tienen?", "¿ese se puede coproducir?", "¿qué hora es ahorita allá?"),
    ("zh", "有哪些爱情剧？", "这部能合拍吗？", "那边现在几点了？"),
    ("ko", "로맨스 작품 뭐 있어요?", "그거 공동 제작 돼요?", "거기 지금 몇 시야?"),
])
def test_an_open_picker_lets_go_of_the_clock(services: Services, lang, genre_list, pointed, clock) -> None:
    replies = say(services, lang, genre_list, pointed, clock)
    assert replies[1].answer == "clarify"  # which of the titles: fair
    assert replies[2].answer == "clock:now", replies[2].answer


@pytest.mark.parametrize("lang,asked", [
    ("en", "do you have any court dramas we could license?"),
    ("es", "¿tienen algún drama cortesano con derechos disponibles para licenciar?"),
    ("zh", "有没有宫斗剧是可以授权发行的？"),
    ("ko", "판권 계약 가능한 궁중물 있나요?"),
])
def test_palace_kind_kept_beside_licensing(services: Services, lang, asked) -> None:
    reply = ask(services, lang, asked)
    assert (reply.answer or "").startswith("list:works?"), reply.answer
    assert "genre=historical" in reply.answer and "coproduction=available_for_licensing" in reply.answer
    for item in reply.items:
        work = services.knowledge.current.works[item.partition(":")[2]]
        assert "historical" in work.genres and work.coproduction == "available_for_licensing"


@pytest.mark.parametrize("asked,lead", [
    ("第一个有没有城墙？", "有："),
    ("第一个有城墙吗？", "有："),
    ("第一个能拍城墙的戏吗？", "可以："),
])
def test_zh_yes_in_the_question_word(services: Services, asked, lead) -> None:
    listed, reply = say(services, "zh", "宫殿的景有哪几个？", asked)
    assert (listed.answer or "").startswith("list:locations"), listed.answer
    assert (reply.answer or "").endswith("#scene_types"), reply.answer
    assert reply.text.startswith(lead), reply.text


@pytest.mark.parametrize("lang,asked", [
    ("en", "would Qin Palace work for a battle? also, can we shoot night scenes there?"),
    ("es", "¿el Palacio Qin vale para una batalla? ¿y para escenas de noche?"),
    ("zh", "秦王宫能拍战场戏吗？那里能拍夜戏吗？"),
    ("ko", "진왕궁에서 전투 장면 찍을 수 있어요? 야간 촬영도 가능해요?"),
])
def test_two_scene_asks_of_one_set_both_answered(services: Services, lang, asked) -> None:
    reply = ask(services, lang, asked)
    assert reply.answer == "location:qin_palace#scene_types", reply.answer
    dream = services.knowledge.current.locations["dream_valley"].name.get(lang)
    assert dream in reply.text, reply.text  # the night part: not listed here, and where it is
