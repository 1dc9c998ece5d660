"""perf19: what a message built on first use, built once (or at the warm-up) instead.

- `locations.era_in_genre` compiled one `re` pattern per era word at every message naming a genre
  (~320 over the CPU bench's 640 messages): now one table per knowledge version (`era_words`).
- `router.works_of_country` compiled a country's title and character patterns with every name of
  the country (3-6 ms each, on the first message naming it): now with the names the sentence
  holds (`_country_search`), the same answer.
- The Latin American characters' pattern and `core.spanish_articles` are made at the warm-up.
Each is checked against the way it ran before, in four languages."""

from __future__ import annotations

import re
import re._compiler as re_compiler
import sys
from dataclasses import replace

import pytest

from core.text import fold
from intents import locations, router
from intents.entities import Entity
from intents.facts import country_words
from intents.locations import LANGS

# Genre names partners write with an era's word in them (or near one), en / es / zh (incl.
# Traditional) / ko, typos and all
GENRE_SAID = [
    "a present-day city story", "modern city life drama", "contemporary urban thing", "modernist romance",
    "una ciudad contemporánea", "historia urbana moderna", "vida de ciudad actual", "drama de época urbano",
    "现代都市题材", "現代都市劇", "都市现代感的", "民国谍战", "古装宫廷",
    "현대 도시 배경", "요즘 도시 이야기", "현대물 도시", "사극 궁중",
    "urban", "ciudad", "都市", "도시",
]


def _era_in_genre_as_before(turn):
    """`locations.era_in_genre` as it was: a pattern compiled for each era word at each call."""
    if turn.ids("era"):
        return turn
    entities, changed = [], False
    for ent in turn.entities:
        said = fold(ent.text)
        era = next((era for era in turn.kb.taxonomy.eras if ent.kind == "genre" and any(
            len(word) < len(said) and re.search(rf"(?<!\w){re.escape(word)}(?!\w)" if word.isascii() else re.escape(word), said)
            for word in (fold(w) for w in [era.name.get(lang) for lang in LANGS]
                         + [a for lang in LANGS for a in getattr(era.aliases, lang) or []] if w))), None)
        entities.append(ent if era is None else Entity(kind="era", id=era.id, text=ent.text, start=ent.start,
                                                       end=ent.end, score=ent.score))
        changed = changed or era is not None
    return replace(turn, entities=tuple(entities)) if changed else turn


def _turn(services, text: str, kind: str = "genre"):
    brain = services.brain
    entity = Entity(kind=kind, id="urban", text=text, start=0, end=len(text), score=1.0)
    return replace(brain._turn(0, None, "en"), text=text, entities=(entity,))


def _every_era_word(services) -> list[str]:
    kb = services.knowledge.current
    return [w for era in kb.taxonomy.eras for lang in LANGS
            for w in [era.name.get(lang), *(getattr(era.aliases, lang) or [])] if w]


def test_era_in_genre_reads_every_genre_as_before(services) -> None:
    words = _every_era_word(services)
    assert words
    said = GENRE_SAID + [f"{w} drama" for w in words] + [f"{w}剧" for w in words] + [f"{w}ish" for w in words] \
        + [f"x{w}" for w in words] + words
    for text in said:
        for kind in ("genre", "scene_type"):
            turn = _turn(services, text, kind)
            assert locations.era_in_genre(turn) == _era_in_genre_as_before(turn), text
    # (and some genre words do carry an era: the table is not empty of matches)
    assert any(locations.era_in_genre(_turn(services, t)).entities[0].kind == "era" for t in GENRE_SAID)


def test_era_in_genre_compiles_nothing_once_the_table_is_built(services, monkeypatch) -> None:
    locations.era_words(_turn(services, "x"))  # (the warm-up's)
    compiled: list[str] = []
    plain = re_compiler.compile

    def counted(pattern, flags=0):
        compiled.append(str(pattern))
        return plain(pattern, flags)

    monkeypatch.setattr(re_compiler, "compile", counted)
    re.purge()  # (a pattern still in `re`'s cache would hide a compile per call)
    for text in GENRE_SAID:
        locations.era_in_genre(_turn(services, text))
    assert compiled == []


# Sentences asking titles or characters of a country, and sentences naming it otherwise, in
# four languages; folded as `works_of_country` searches them
COUNTRY_SAID = [
    ("KR", "any korean dramas?"), ("KR", "do u have shows set in south korea"), ("KR", "anything related to korea?"),
    ("KR", "a korean lead character maybe?"), ("KR", "we are a korean platform, what is the process?"),
    ("KR", "有没有韩国的短剧"), ("KR", "韓國題材的劇有嗎"), ("KR", "한국 배경 작품 있어요?"), ("KR", "한국인 주인공 나오는 거"),
    ("KR", "series coreanas?"), ("KR", "protagonista coreano hay?"), ("KR", "k-drama vibes, got any"),
    ("MX", "any dramas set in mexico?"), ("MX", "microdramas ambientados en méxico"), ("MX", "personajes mexicanos?"),
    ("MX", "有墨西哥人当主角的吗"), ("MX", "멕시코 출신 주인공 작품"), ("MX", "we are from mexico, any perks?"),
    ("ES", "spanish characters in any title?"), ("ES", "obras relacionadas con españa"), ("ES", "跟西班牙有关的作品"),
    ("ES", "스페인 관련된 작품 있나요"), ("ES", "somos una distribuidora española, ¿qué obras?"),
    ("AR", "un protagonista argentino?"), ("AR", "阿根廷角色有吗"), ("AR", "아르헨티나 캐릭터 나오는 드라마"),
    ("ZA", "es para mi socio de sudáfrica"), ("ZA", "south african stories?"), ("CL", "historias de chile?"),
    ("CL", "our company in chile would like to propose a story"), ("CO", "novelas colombianas hay?"),
    ("KR", "nothing named here at all"), ("MX", ""), ("ES", "españa españa spain 西班牙 스페인"),
]


@pytest.mark.parametrize(("country", "text"), COUNTRY_SAID)
def test_a_country_is_searched_as_with_all_its_names(country: str, text: str) -> None:
    folded = fold(text)
    whole = country_words(country).pattern
    for of in (router._titles_of, router._characters_of):
        before = of.__wrapped__(whole).search(folded) is not None  # (a new one, every name in it)
        assert router._country_search(of, country, folded) == before, (of.__name__, text)


def test_the_pattern_compiled_holds_only_the_names_said(monkeypatch) -> None:
    asked: list[str] = []
    plain = router._titles_of

    def recorded(pattern: str):
        asked.append(pattern)
        return plain(pattern)

    monkeypatch.setattr(router, "_titles_of", recorded)
    assert router._country_search(router._titles_of, "KR", fold("有没有韩国的短剧"))
    assert asked and "韩国" in asked[-1] and "korea" not in asked[-1] and "한국" not in asked[-1]
    assert not router._country_search(router._titles_of, "KR", fold("有没有墨西哥的短剧"))
    assert len(asked) == 1  # no name of the country said: nothing compiled


def test_the_warm_up_builds_them(services) -> None:
    services.brain.warm()
    kb = services.knowledge.current
    assert ("era_words",) in kb._derived
    assert router._characters_of(router.LATAM_PEOPLE.pattern)._compiled is not None
    assert "core.spanish_articles" in sys.modules


def test_literal_patterns_of_functions_go_into_res_cache(tmp_path) -> None:
    from core import lazy_re

    source = tmp_path / "rules.py"
    source.write_text('import re\n\n\ndef f(text, word):\n'
                      '    a = re.findall(r"[\\u4e00-\\u9fff]{2}x+", text)\n'
                      '    b = re.search(r"(?<!\\w)(hola|hi)"\n                  r"|안녕(하세요)?", text)\n'
                      '    c = re.sub(rf"\\b{word}\\b", "", text)\n'
                      '    d = re.split(\n        r"[,，、]\\s*"\n        r"|그리고 ", text)\n'
                      '    return a, b, c, d\n', "utf-8")
    re.purge()
    assert lazy_re.warm_literal_calls([source, tmp_path / "missing.py"]) == 3
    cached = {key[1] for key in re._cache}  # type: ignore[attr-defined]
    assert r"[\u4e00-\u9fff]{2}x+" in cached
    assert r"(?<!\w)(hola|hi)|안녕(하세요)?" in cached  # (adjacent literals: one pattern)
    assert r"[,，、]\s*|그리고 " in cached  # (a call whose pattern starts on the next line)
    assert not any("{word}" in key for key in cached if isinstance(key, str))  # (an f-string is no literal)


def test_the_warm_up_fills_res_cache_with_the_rules_literal_patterns() -> None:
    from bot.app import warm_reading

    class Brain:
        def warm(self) -> None:
            pass

    re.purge()
    warm_reading(Brain())  # type: ignore[arg-type]
    cached = {key[1] for key in re._cache}  # type: ignore[attr-defined]
    assert r"[\u4e00-\u9fff]+" in cached  # (`catalog._plot_terms`' Chinese runs)
    assert r"[가-힣]{2,}" in cached
