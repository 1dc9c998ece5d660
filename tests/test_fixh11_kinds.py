"""play15 kinds (fixH11): actors of a nationality named, asked whether they have worked at
Hengdian or may be cast there, are the foreign-actors FAQ (not the programmes list); a title
with such actors asked of the catalog stays the catalog."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, talk


@pytest.mark.parametrize("lang,text", [
    ("en", "would you know if ghanaian actresses have ever worked over there?"),
    ("en", "any idea whether brazilian actors have done shoots there before?"),
    ("en", "do you know if kenyan performers ever worked there"),
    ("es", "¿sabéis si actores colombianos han trabajado allí antes?"),
])
def test_actors_of_a_nationality_are_the_foreign_actors_faq(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:foreign_actors")])


def test_titles_with_such_actors_stay_the_catalog(services: Services) -> None:
    talk(services, "en", [("any titles with japanese actors in your catalog?", ["list:works", "list:works?*", "catalog:*"])])


@pytest.mark.parametrize("lang,text,said", [
    ("en", "got any horror shows?", "closest are Thriller or Mystery"),
    ("es", "¿hay alguna peli de terror en el catálogo?", "lo más cercano es Thriller o Misterio"),
    ("zh", "有没有恐怖题材的剧？", "最接近的是惊悚或悬疑"),
    ("ko", "공포 작품 있나요?", "스릴러 또는 미스터리"),
])
def test_a_genre_the_catalog_lacks_is_a_no_with_the_closest(services: Services, lang, text, said) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "catalog:about#no_genre"
    assert reply.text.startswith(("No", "没有", "아니요")) and said in reply.text


def test_a_genre_the_catalog_lacks_with_no_closest(services: Services) -> None:
    reply = ask(services, "en", "do you have any documentary series?")
    assert reply.answer == "catalog:about#no_genre" and "closest" not in reply.text


@pytest.mark.parametrize("lang,text", [
    ("en", "we're making a horror series, do you have sets for it?"),
    ("en", "is the first one a horror?"),
])
def test_a_set_or_a_picked_title_is_not_the_catalog_no(services: Services, lang, text) -> None:
    assert ask(services, lang, "got any comedy titles to license?", text).answer != "catalog:about#no_genre"


@pytest.mark.parametrize("lang,lines,said", [
    ("en", ["any romance titles?", "and its producer, is that company in HISDA?"], "Which title do you mean?"),
    ("es", ["¿tienen títulos de misterio?", "¿y su productora es socia de la HISDA?"], "¿De qué título hablas?"),
    ("zh", ["有悬疑片吗", "它的出品方是联盟会员吗"], "您问的是哪部作品"),
    ("ko", ["미스터리 작품 있어요?", "그 제작사 HISDA 회원사예요?"], "어떤 작품을 말씀하시나요"),
])
def test_its_maker_with_a_list_on_screen_asks_which_title(services: Services, lang, lines, said) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer == "gap:international_business" and said in reply.text
    assert not (reply.answer or "").startswith("program:")
