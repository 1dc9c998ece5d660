"""fixX26: catalogue filters stacked over turns keep the earlier ones (play35). A genre, then a
language ("which of those have a Korean track?", "哪些有韩文版", Cantonese "邊啲…"), then a cap on
episodes ("and under 80 episodes", "menos de 90 capítulos", "少過90集", "80부 이하") narrow the
list in view, the cap kept in the list's key; "the shortest of those" then picks among them. A
genre and a language in one Korean sentence ("미스터리 중에 한국어 있는 거") are both kept."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import catalog
from tests.dialogue import replies


def _keys(services: Services, lang: str, lines: list[str]) -> list[str]:
    return [r.answer or "" for r in replies(services, lang, lines)]


@pytest.mark.parametrize(("lang", "lines", "last"), [
    ("en", ["any thrillers in the catalogue?", "and which of them have a Spanish audio track?", "under 90 episodes only"],
     "list:works?genre=thriller&language=es&episodes=lt90"),
    ("es", ["¿qué series de ciencia ficción tienen?", "de esas, ¿cuáles vienen en coreano?", "¿y de menos de 90 capítulos?"],
     "list:works?genre=sci_fi&language=ko&episodes=lt90"),
    ("zh", ["你们有科幻剧吗？", "哪些有韩文版？", "少过90集的呢"], "list:works?genre=sci_fi&language=ko&episodes=lt90"),
    ("zh", ["有冇科幻劇？", "邊啲有韓文版？", "唔超過80集嘅"], "list:works?genre=sci_fi&language=ko&episodes=le80"),
    ("ko", ["로맨스 작품 뭐 있어요?", "그중에 영어 버전 있는 거요", "90부 미만인 것만 보여 주세요"],
     "list:works?genre=romance&language=en&episodes=lt90"),
])
def test_a_cap_on_episodes_narrows_the_list_in_view(services: Services, lang: str, lines: list[str], last: str) -> None:
    keys = _keys(services, lang, lines)
    assert keys[-1] == last, keys
    reply = replies(services, lang, lines)[-1]
    kb = services.knowledge.current
    cap = catalog.unpack_cap(last.rpartition("episodes=")[2])
    assert reply.items and all(catalog.fits_cap(cap, kb.works[i.partition(":")[2]]) for i in reply.items), reply.items


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["got any sci-fi?", "only the Spanish ones", "and fewer than 90 episodes", "which one's the shortest of those?"]),
    ("es", ["¿tienen ciencia ficción?", "solo las que están en español", "de menos de 90 capítulos", "¿y cuál es la más corta de esas?"]),
    ("zh", ["有科幻剧吗", "哪些有西语版", "不到90集的", "其中最短的是哪部？"]),
    ("ko", ["SF 작품 있어요?", "그중 스페인어 되는 거", "90부 미만인 것만요", "그중에 제일 짧은 거"]),
])
def test_the_shortest_of_those_is_of_the_stacked_list(services: Services, lang: str, lines: list[str]) -> None:
    got = replies(services, lang, lines)
    kb = services.knowledge.current
    stacked = [i.partition(":")[2] for i in got[-2].items]
    assert (got[-2].answer or "").endswith("episodes=lt90"), got[-2].answer
    shortest = min(kb.works[i].episodes for i in stacked)
    assert (got[-1].answer or "").startswith("work:"), got[-1].answer
    picked = (got[-1].answer or "").partition(":")[2].partition("#")[0]
    assert picked in stacked and kb.works[picked].episodes == shortest, (picked, stacked)


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("ko", "코미디 중에 영어 있는 거 있어?", "list:works?genre=comedy&language=en"),
    ("ko", "로맨스 중에 한국어 있는 작품 알려줘", "list:works?genre=romance&language=ko"),
    ("en", "which mystery titles come with a Korean track?", "list:works?genre=mystery&language=ko"),
])
def test_a_genre_and_a_language_in_one_sentence_are_both_kept(services: Services, lang: str, text: str, key: str) -> None:
    assert _keys(services, lang, [text])[-1] == key


def test_a_new_genre_with_a_cap_is_a_new_search(services: Services) -> None:
    """"romance under 80 episodes" after the sci-fi list: the romance titles, not sci-fi narrowed."""
    keys = _keys(services, "en", ["got any sci-fi?", "do you have romance titles under 80 episodes?"])
    assert "genre=sci_fi" not in keys[-1], keys


@pytest.mark.parametrize(("text", "cap"), [
    ("and fewer than 90 episodes", (90, True)), ("集數少過90集嘅", (90, True)), ("唔超過80集", (80, False)),
    ("80부 이하인 것만요", (80, False)), ("100부작 미만", (100, True)), ("menos de 70 capítulos", (70, True)),
])
def test_episodes_cap_reads_each_wording(text: str, cap: tuple[int, bool]) -> None:
    assert catalog.episodes_cap(text) == cap
    assert catalog.unpack_cap(catalog.pack_cap(cap)) == cap
