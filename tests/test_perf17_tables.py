"""perf17 (issue 10, CPU per message): patterns built or searched per reading give the same
answers done once.

* `lazy_re.Needing` (a country's titles / characters patterns, router.py): the same match as
  the pattern compiled as it is, for texts that name the country and texts that do not, and no
  compile at all until a text names it;
* lexicon's language and service tables, compiled once: the same answers as searching each
  table entry's source text (`re.search(source, folded)`, the code they replaced, kept here as
  the reference), in four languages.
"""

from __future__ import annotations

import re

import pytest

from core import lazy_re
from core.text import fold
from intents import lexicon
from intents.facts import country_words
from intents.router import _characters_of, _titles_of

SENTENCES = [
    # en
    "any Korean dramas?", "dramas set in Mexico please", "anything related to Argentina?",
    "do you have a Spanish version of it?", "is there a Japanese dub?", "we want an Argentine lead",
    "can you help with extras and gear?", "does it come in Korean and in Spanish?", "korean language version?",
    "we bring our own crew and equipment", "a hero who's Mexican", "titles about the Philippines",
    # es
    "¿tienen series coreanas?", "microdramas ambientados en México", "obras relacionadas con Corea",
    "¿hay versión en francés?", "¿viene en coreano o en español?", "protagonista mexicana, ¿hay algo?",
    "necesitamos figurantes y alquiler de equipo", "personajes argentinos", "¿sale en inglés?",
    # zh (simplified and traditional)
    "有没有韩国的短剧", "韩国背景的剧有吗", "这部有日文版吗", "這部有日語配音嗎", "墨西哥主角的作品",
    "主角是韩国人的", "需要群演和设备", "有韩语版吗？西语呢？", "跟阿根廷有关的作品", "有 Korean version 吗",
    # ko
    "한국 배경 작품 있어요?", "멕시코인 주인공 나오는 드라마", "일본어 버전 있어요?", "스페인어 자막 있나요?",
    "아르헨티나 캐릭터 있는 작품", "엑스트라랑 장비 구할 수 있어요?", "한국어로 된 작품 있어요?", "칠레 출신 주인공",
    "", "hello", "그거 한국어 돼?",
]


@pytest.mark.parametrize("country", ["KR", "MX", "AR", "ES", "PH", "CL", "JP"])
def test_country_patterns_match_as_compiled(country):
    words = country_words(country).pattern
    titles, characters = _titles_of(words), _characters_of(words)
    plain_titles = re.compile(titles.pattern)
    plain_characters = re.compile(characters.pattern)
    for sentence in SENTENCES:
        folded = fold(sentence)
        for gated, plain in ((titles, plain_titles), (characters, plain_characters)):
            got, want = gated.search(folded), plain.search(folded)
            assert (got and (got.span(), got.group())) == (want and (want.span(), want.group())), (country, sentence)


def test_needing_compiles_only_for_texts_that_name_it():
    needing = lazy_re.Needing("(?:corea|korea|韩国|한국)", r"(?:corea|korea|韩国|한국) ?(?:drama|剧|드라마)")
    for text in ("any dramas from japan?", "日本的剧", "일본 드라마", "series de japon"):
        assert needing.search(text) is None
    assert needing._compiled is None  # (nothing compiled for texts that do not name it)
    for text in ("korea drama", "韩国剧", "한국 드라마", "corea drama"):
        assert needing.search(text) is not None
    assert needing.search("korea is nice") is None
    assert needing._compiled is not None


def _reference(text: str) -> tuple:
    """The tables searched source by source, as before perf17."""
    folded = fold(text)
    work = [lang for lang, p in lexicon.WORK_LANGUAGE.items() if re.search(p, folded)]
    if not work:
        work = [lang for lang, name in lexicon._ENGLISH_NAME.items()
                if re.search(lexicon._VERSION_OF.format(name=name), folded)]
    named = [lang for lang, p in lexicon._NAMED_AS_VERSION.items() if re.search(p, folded)]
    other = [code for code, names in lexicon._OTHER_LANGUAGE_NAMES.items()
             if re.search(lexicon._OTHER_VERSION.format(n=names), folded)]
    bare = sorted((m.start(), lang) for lang, p in lexicon._BARE_LANGUAGE.items() if (m := re.search(p, folded)))
    joined = sorted((m.start(), lang) for lang, p in lexicon.WORK_LANGUAGE.items() if (m := re.search(p, folded)))
    services = sum(1 for p in lexicon.SERVICES if re.search(p, folded))
    return work, named, other, bare, joined, services


def _now(text: str) -> tuple:
    folded = fold(text)
    work = [lang for lang, rx in zip(lexicon.WORK_LANGUAGE, lexicon._WORK_LANGUAGE_RX, strict=True) if rx.search(folded)]
    if not work:
        work = [lang for lang, rx in zip(lexicon._ENGLISH_NAME, lexicon._VERSION_OF_RX, strict=True) if rx.search(folded)]
    named = [lang for lang, rx in zip(lexicon._NAMED_AS_VERSION, lexicon._NAMED_AS_VERSION_RX, strict=True)
             if rx.search(folded)]
    other = [code for code, rx in zip(lexicon._OTHER_LANGUAGE_NAMES, lexicon._OTHER_VERSION_RX, strict=True)
             if rx.search(folded)]
    bare = sorted((m.start(), lang) for lang, rx in zip(lexicon._BARE_LANGUAGE, lexicon._BARE_LANGUAGE_RX, strict=True)
                  if (m := rx.search(folded)))
    joined = sorted((m.start(), lang) for lang, rx in zip(lexicon.WORK_LANGUAGE, lexicon._WORK_LANGUAGE_RX, strict=True)
                    if (m := rx.search(folded)))
    services = sum(1 for rx in lexicon._SERVICES_RX if rx.search(folded))
    return work, named, other, bare, joined, services


@pytest.mark.parametrize("sentence", SENTENCES)
def test_language_and_service_tables_as_searched_one_by_one(sentence):
    assert _now(sentence) == _reference(sentence)


def test_tables_cover_every_entry():
    assert len(lexicon._WORK_LANGUAGE_RX) == len(lexicon.WORK_LANGUAGE)
    assert len(lexicon._OTHER_VERSION_RX) == len(lexicon._OTHER_LANGUAGE_NAMES)
    assert len(lexicon._SERVICES_RX) == len(lexicon.SERVICES)
    assert [rx.pattern for rx in lexicon._SERVICES_RX] == list(lexicon.SERVICES)
    assert [rx.pattern for rx in lexicon._WORK_LANGUAGE_RX] == list(lexicon.WORK_LANGUAGE.values())


@pytest.mark.parametrize("sentence, language", [
    ("is there a Japanese dub?", "ja"), ("¿hay versión en francés?", "fr"), ("这部有日文版吗", "ja"),
    ("일본어 버전 있어요?", "ja"), ("does it come in Korean?", "ko"), ("¿viene en coreano?", "ko"),
    ("有韩语版吗", "ko"), ("한국어 자막 있나요?", "ko"), ("hello", None),
])
def test_version_language_four_languages(sentence, language):
    assert lexicon.version_language(sentence) == language


def test_pending_drops_what_messages_compiled():
    """Patterns made after the warm-up (a country's names, per country) are not held in
    `lazy_re._PENDING` once compiled: made and used again and again, they no longer pile up."""
    lazy_re.compile_pending()
    made = []
    for round_ in range(6):
        for i in range(300):
            rx = lazy_re.compile(rf"(?<![a-z])(corea{round_}x{i}|korea{round_}x{i}|한국{i})(?![a-z])")
            rx.search("korea is far")  # (used by a message: compiled)
            made.append(rx)
    assert len(lazy_re._PENDING) <= 512  # (1,800 made and compiled: the list was 1,800 long)
    waiting = lazy_re.compile(r"(?:에콰도르|ecuador) drama")
    for i in range(600):
        lazy_re.compile(rf"(?:chile{i}|칠레{i})").search("x")
    assert waiting in lazy_re._PENDING  # (not compiled yet: still for the next warm-up)
    assert lazy_re.compile_pending() >= 1 and waiting._compiled is not None
    assert waiting.search("ecuador drama") is not None and waiting.search("에콰도르 drama") is not None
