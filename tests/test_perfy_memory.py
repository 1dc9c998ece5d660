"""perfY (issue 10, shipped peak RSS): memory cuts that must not change what the bot reads."""

from __future__ import annotations

import importlib
import re

from core import lazy_re


def _pending_patterns() -> list[lazy_re.LazyPattern]:
    """Fresh, not yet compiled copies of every vocabulary pattern of these modules: another test
    in the same process may already have compiled them (or emptied `_PENDING` with the warm-up)."""
    found: dict[int, lazy_re.LazyPattern] = {}
    for module in ("intents.handoff_words", "intents.inquiry_words", "intents.lexicon",
                   "intents.router", "intents.scope"):  # modules of lazy vocabulary patterns
        for value in vars(importlib.import_module(module)).values():
            if isinstance(value, lazy_re.LazyPattern):
                found[id(value)] = value
    return [lazy_re.LazyPattern(p.pattern, p._flags) for p in found.values()]


def test_lazy_pattern_keeps_its_source_text_once_compiled() -> None:
    """`pattern` reads the same text before and after the compile (then from the compiled,
    gated source), for every vocabulary pattern, and the compiled pattern matches as `re`'s."""
    patterns = _pending_patterns()
    assert len(patterns) > 100
    texts = {id(p): p.pattern for p in patterns}
    gated = 0
    for p in patterns:
        p.compiled()
        assert p.pattern == texts[id(p)]
        gated += p._source is None
    assert gated > len(patterns) // 2  # most are gated: their text is not kept twice
    sample = "Do you have sci-fi titles? ¿Cuándo es el festival? 活动什么时候？ 일정 알려주세요 9:30"
    for p in patterns[:200]:
        plain = re.compile(texts[id(p)], p._flags)
        assert [m.span() for m in p.finditer(sample)] == [m.span() for m in plain.finditer(sample)]


def test_lazy_pattern_keeps_only_the_methods_asked_for() -> None:
    p = lazy_re.compile(r"\b(?:festival|screening)s?\b", re.IGNORECASE)
    assert p.pattern == r"\b(?:festival|screening)s?\b"
    assert p.search("The Festival opens")
    kept = set(vars(p))
    assert "search" in kept and not kept & {"match", "sub", "findall", "split", "scanner"}
    assert p.pattern == r"\b(?:festival|screening)s?\b"
    assert p.flags & re.IGNORECASE and p.groups == 0


def test_lazy_pattern_compiled_as_is_when_not_gated() -> None:
    p = lazy_re.compile(r"(?x) fest \s+ ival")
    assert p.fullmatch("fest ival")
    assert p.pattern == r"(?x) fest \s+ ival" and p._source is not None


def test_byte_vocabulary_finds_every_term_where_the_str_one_does() -> None:
    """`term_array` (UTF-8 bytes) keeps each term's column: lookups give the `str` array's
    columns, for terms in it, terms not in it, other scripts, emoji and a lone surrogate."""
    import numpy as np

    from intents.nlu.tfidf import term_array, term_columns, term_names

    terms = sorted({"a", "ab", "abc", "b", "z", "é", "ñandú", "中", "中文", "活动", "일정", "😀",
                    "\U0010fffd", "\ud800x", "zz z", "ｆｕｌｌ"})
    as_str = np.asarray(terms, dtype=str)
    as_bytes = term_array(terms)
    assert as_bytes.dtype.kind == "S" and as_bytes.nbytes < as_str.nbytes
    assert bool((as_bytes[:-1] < as_bytes[1:]).all())  # still sorted
    assert term_names(as_bytes) == terms
    asked = [*terms, "", "aa", "abcd", "中文字", "😀😀", "\ud800", "a\0", "zzzzzzzzzzzzzzzzzzzz"]
    assert term_columns(as_bytes, asked).tolist() == term_columns(as_str, asked).tolist()
    assert term_columns(as_bytes, terms).tolist() == list(range(len(terms)))


def test_classifier_vocabularies_are_bytes_with_the_same_columns(tmp_path) -> None:
    import numpy as np

    from intents.nlu.classifier import load_or_train_from
    from intents.nlu.data import DATA_DIR
    from intents.nlu.tfidf import term_columns, term_names

    model = load_or_train_from(DATA_DIR, tmp_path / "nlu")
    vectorizers = [v for v in vars(model).values() if type(v).__name__ == "Tfidf"]
    assert vectorizers
    for vectorizer in vectorizers:
        names = vectorizer.names
        assert names.dtype.kind == "S"
        listed = term_names(names)
        plain = np.asarray(listed, dtype=str)
        sample = listed[::97] + ["no such term", "活动时间", "일정이"]
        assert term_columns(names, sample).tolist() == term_columns(plain, sample).tolist()


def test_training_files_parsed_again_after_forget_parsed_are_the_same() -> None:
    """The running bot drops the parsed training files after its start (`forget_parsed`, from
    `bot.app.warm_reading`); a reload that reads them again gets the same examples."""
    from intents.nlu import data

    before = data.load_training_data()
    assert data._parsed.cache_info().currsize > 0
    data.forget_parsed()
    assert data._parsed.cache_info().currsize == 0
    again = data.load_training_data()
    assert again.examples == before.examples and again.synonyms == before.synonyms
    assert again.lookups == before.lookups


def test_warm_reading_forgets_the_parsed_training_files(monkeypatch) -> None:
    from bot import app
    from intents.nlu import data

    data.load_training_data()
    calls = []
    monkeypatch.setattr(app.lazy_re, "compile_pending", lambda: calls.append("compile") or 0)

    class Warm:
        def warm(self) -> None:
            calls.append("warm")

    app.warm_reading(Warm())
    assert calls == ["warm", "compile"] and data._parsed.cache_info().currsize == 0
