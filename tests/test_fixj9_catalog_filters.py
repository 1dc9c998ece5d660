"""Catalogue filters from the Telegram play (fixJ9), with wordings written for these tests:

- titles asked by a period without the word "catalog" ("有没有民国时期背景的戏？", "¿tienen alguna
  telenovela de los años treinta?"): the titles whose story is set then, not the sets of that era
  (a story's 背景 is no set) nor the incentives; "in which languages?" after it is that title's;
- titles asked by their Latin American characters: the titles whose loglines name one, not the
  partners serving that market nor the Spanish distribution FAQ;
- licensable with a genre, an adverb between the words ("que ya se pueda licenciar", "판권 바로 살
  수 있는"): the status filter kept; none of the genre has it: said, and the ones that do named.
"""

from __future__ import annotations

import re

import pytest

from bot.context import Services
from tests.dialogue import ask, say

CANTON = {"en": "Canton Nocturne", "es": "Nocturno en Cantón", "zh": "羊城夜曲", "ko": "광저우 야상곡"}


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "有没有民国时期背景的戏？"),
    ("zh", "三十年代的片子有吗？"),
    ("es", "¿tienen alguna telenovela de los años treinta?"),
    ("es", "¿Hay series que pasen en la época republicana de China?"),
    ("en", "any shows set in the 1930s?"),
    ("ko", "1930년대 배경 드라마 있어요?"),
])
def test_titles_of_an_era_without_the_word_catalog(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "list:works", reply.answer
    assert "work:work_canton_nocturne" in reply.items
    assert CANTON[lang] in reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "想拍民国剧，去哪个景？"), ("en", "We're shooting a Republican-era drama, which sets fit?"),
])
def test_the_partners_own_period_shoot_stays_the_sets(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer.startswith("list:locations")


@pytest.mark.parametrize(("lang", "first", "then", "said"), [
    ("es", "¿alguna serie que transcurra en los años 30?", "¿y en qué idiomas está?", "español"),
    ("zh", "民国背景的剧有没有？", "有哪些语言版本？", "西班牙语"),
])
def test_languages_after_the_era_list_are_the_titles(services: Services, lang, first, then, said) -> None:
    reply = say(services, lang, first, then)[-1]
    assert reply.answer == "work:work_canton_nocturne#languages", reply.answer
    assert said in reply.text


LATAM = {"work_half_a_teahouse", "work_no_stand_in_for_love", "work_eclipse_over_qin", "work_die_another_take"}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿tienen obras con protagonistas latinos?"),
    ("es", "¿Hay alguna serie con personajes sudamericanos?"),
    ("en", "any titles with Latin American characters?"),
    ("zh", "有拉丁美洲角色的作品吗？"),
    ("ko", "라틴아메리카 캐릭터가 나오는 드라마 있나요?"),
    ("ko", "남미 출신 주인공 나오는 작품 있어요?"),
])
def test_titles_by_latin_american_characters(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "list:works", reply.answer
    assert LATAM <= {i.partition(":")[2] for i in reply.items}
    assert not any(i.partition(":")[2] in ("work_face_in_clay", "work_grandma_2_0") for i in reply.items)


@pytest.mark.parametrize(("lang", "text", "genre"), [
    ("es", "¿tienen comedias que ya se puedan licenciar?", "comedy"),
    ("es", "¿Hay algo de wuxia que ya se pueda licenciar?", "wuxia"),
    ("ko", "판권을 지금 살 수 있는 무협 드라마 있나요?", "wuxia"),
    ("ko", "판권 당장 구매할 수 있는 코미디 있어요?", "comedy"),
])
def test_licensable_with_an_adverb_keeps_the_status(services: Services, lang, text, genre) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == f"list:works?genre={genre}&coproduction=available_for_licensing", reply.answer
    assert [i for i in reply.items] == ["work:work_fencer_in_jianghu"]


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("ko", "판권 바로 구매할 수 있는 스릴러 있나요?", ("흙으로 빚은 얼굴", "할머니 2.0")),
    ("es", "¿hay thrillers que ya se puedan licenciar?", ("Abuela 2.0", "Una esgrimista entre espadachines")),
    ("zh", "有没有现在就能买版权的悬疑剧？", ("奶奶2.0", "击剑冠军闯江湖")),
    ("en", "is there a mystery that can be licensed already?", ("A Face in Clay", "A Fencer in Jianghu")),
])
def test_no_title_of_the_genre_licensable_names_the_licensable_ones(services: Services, lang, text, names) -> None:
    reply = ask(services, lang, text)
    first = re.sub(r"<[^>]+>", "", reply.text).split("\n\n")[0]
    assert all(n in first for n in names), first
