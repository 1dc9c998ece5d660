"""What the round-18 merge broke, kept fixed (fixR12), in the languages each kind has:

- a language asked right after a title is that title's languages (no catalogue-wide no);
- getting onto the members' list is joining, not the list of members;
- a list just shown is narrowed by a genre asked of it, not replaced by the genre's whole list;
- an era's sets said with 景 are sets;
- "anything on <subject> from now on" is a subscription, not an event.

The wordings are this file's own, not an answer set's."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


@pytest.mark.parametrize("lang,first,asked", [
    ("en", "how many episodes does Canton Nocturne have?", "got a Portuguese dub of it?"),
    ("es", "¿cuántos capítulos tiene Nocturno en Cantón?", "¿hay doblaje al alemán?"),
    ("zh", "羊城夜曲有多少集", "有没有德语字幕"),
    ("ko", "광저우 야상곡 몇 화예요?", "독일어 자막 있어요?"),
])
def test_a_language_after_a_title_is_that_titles(services: Services, lang, first, asked) -> None:
    talk(services, lang, [(first, "*"), (asked, "work:*#languages")], fits=fits)


@pytest.mark.parametrize("lang,say", [
    ("ko", "저희도 회원사 리스트에 올라가고 싶어요"),
    ("ko", "회원사 목록에 넣어 주실 수 있나요?"),
])
def test_getting_onto_the_members_list_is_joining(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "faq:join_alliance")])


@pytest.mark.parametrize("lang,say", [
    ("ko", "회원사 목록 보여 주세요"),
])
def test_the_members_list_asked_is_still_the_list(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "list:partners*")], fits=fits)


@pytest.mark.parametrize("lang,first,then", [
    ("en", "which titles are already completed?", "any comedies among those?"),
])
def test_a_genre_asked_of_a_list_narrows_it(services: Services, lang, first, then) -> None:
    reply = talk(services, lang, [(first, "list:works*"), (then, "list:works*")], fits=fits)
    assert "coproduction=completed" in (reply.answer or "")


@pytest.mark.parametrize("say", ["民国景有哪些？", "你们有什么古装景"])
def test_an_eras_sets_said_with_jing_are_sets(services: Services, say) -> None:
    talk(services, "zh", [(say, "list:locations*")], fits=fits)


@pytest.mark.parametrize("say", ["pls send me anything on Korean co-productions from now on",
                                 "keep me posted, anything on Korea"])
def test_anything_on_a_subject_from_now_on_is_a_subscription(services: Services, say) -> None:
    talk(services, "en", [(say, "subscribe*")], fits=fits)
