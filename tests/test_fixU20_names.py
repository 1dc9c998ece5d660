"""A module-level name is bound once (fixU20).

A pattern assigned twice at the top of a module is silently shadowed: every function reads the
second one, whatever the first one's comment and its neighbouring users meant (round 29 left
eleven such names, among them `router.JOIN_STEPS`, whose second meaning, the way in without its
fee, was read by the programme card that needed the first, the steps *or the cost* of joining).
The test reads every module of the bot with `ast` and fails on a second binding of a top-level
name by an assignment, a `def` or a `class`; the few bindings that mean to replace the first are
listed in `REBOUND_ON_PURPOSE` with the reason.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

from core.text import fold
from intents import lexicon, router, timezones

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "core", "intents", "jobs")
# (module path, name) -> why a second binding is meant; none so far (an `__all__` extended by `+=`
# is no assignment here: `ast.AugAssign` reads the name it extends)
REBOUND_ON_PURPOSE: dict[tuple[str, str], str] = {}


def _bound_names(node: ast.stmt) -> list[str]:
    """The names a top-level statement binds by assignment, `def` or `class` (an import is no
    definition of the module's own, and `import a; import a.b` binds `a` twice on purpose)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.Assign):
        return [n.id for target in node.targets for n in ast.walk(target) if isinstance(n, ast.Name)]
    if isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
        return [node.target.id]
    return []


def names_bound_twice(source: str) -> dict[str, list[int]]:
    """Top-level names of a module bound more than once, with the lines that bind them."""
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(source).body:
        for name in _bound_names(node):
            lines[name].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


def _modules() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py"))


def test_the_checker_finds_a_shadowed_pattern() -> None:
    """The check can fail: a pattern assigned twice, a function defined twice, an assignment over
    a class, are each found; an augmented `__all__` and one binding each are not."""
    source = ("import re\nimport os.path\nimport os\nA = re.compile('a')\n__all__ = ['A']\n"
              "def f():\n    return A\nA = re.compile('b')\n__all__ += ['f']\n"
              "def f():\n    return 1\nclass C: ...\nC = None\nB: int = 1\n")
    assert names_bound_twice(source) == {"A": [4, 8], "f": [6, 10], "C": [12, 13]}
    assert names_bound_twice("X = 1\nY: int\nY = 2\n") == {}


def test_every_module_binds_each_top_level_name_once() -> None:
    found = {}
    for path in _modules():
        rel = path.relative_to(ROOT).as_posix()
        for name, at in names_bound_twice(path.read_text(encoding="utf-8")).items():
            if (rel, name) not in REBOUND_ON_PURPOSE:
                found[f"{rel}:{name}"] = at
    assert found == {}, f"top-level names bound twice (the first is shadowed): {found}"


def test_the_modules_are_read() -> None:
    """The walk reaches the modules that had the shadowed names (a moved package would otherwise
    pass the check by reading nothing)."""
    read = {p.relative_to(ROOT).as_posix() for p in _modules()}
    assert {"intents/router.py", "intents/lexicon.py", "intents/timezones.py", "bot/app.py", "jobs/ledger.py"} <= read


# Each former pair, now one name a meaning: what the user next to each definition needed.
@pytest.mark.parametrize(("text", "steps", "steps_or_cost"), [
    ("how do we join?", True, True),
    ("¿cuáles son los pasos?", True, True),
    ("we'd like to join, is there a fee?", False, True),  # the fee is the question (`_fee_of_joining`)
    ("¿cuál es la cuota?", False, True),
    ("入会费用是多少", False, True),
    ("가입 비용이 얼마예요?", False, True),
])
def test_the_way_in_and_its_cost_are_two_patterns(text: str, steps: bool, steps_or_cost: bool) -> None:
    assert bool(router.JOIN_STEPS.search(fold(text))) is steps
    assert bool(router.JOIN_STEPS_OR_COST.search(fold(text))) is steps_or_cost


@pytest.mark.parametrize("text", ["un microdrama vertical", "dramas cortos para móvil", "short-form dramas",
                                  "vertical shorts", "mini series", "竖屏短剧", "세로형 숏드라마"])
def test_a_short_drama_shot_is_read_by_both_former_patterns_words(text: str) -> None:
    assert router.SHORT_DRAMA_SHOT.search(fold(text))


def test_programme_word_and_the_kinds_words() -> None:
    # the one in focus asked by the word "programme", not by "our project" or "the plan"
    assert router.PROGRAM_WORD.search(fold("¿pueden entrar productores de fuera de China a los programas?"))
    assert not router.PROGRAM_WORD.search(fold("how do we get our project in?"))
    # the kind's own words name no programme when a programme is looked for by description
    assert router.PROGRAM_KIND_WORDS.sub(" ", fold("what initiatives do you have?")).split() == ["what", "do", "you", "have?"]


def test_on_set_is_at_work_in_each_language() -> None:
    for text in ("will they cope on set?", "off the set", "en el rodaje", "在片场", "촬영장에서"):
        assert router.ON_SET.search(fold(text)), text
    assert not router.ON_SET.search(fold("a castle set"))


def test_taking_part_and_a_place_asked() -> None:
    assert router.TOOK_PART.search(fold("which countries were at the exchange?"))
    assert router.TOOK_PART.search(fold("did Uruguay take part in any event?"))
    assert router.WHERE_ASKED.search(fold("战场在哪个位置"))
    assert router.WHERE_OWN_STORY.search(fold("民国剧在哪拍"))


@pytest.mark.parametrize("text", ["韩国的时间几点", "한국 몇 시예요", "what time at the Spain office"])
def test_a_clock_word_beside_a_place_reads_both_former_patterns_words(text: str) -> None:
    folded = fold(text)
    spans = [(s, e) for s, e, _ in timezones.places_named(folded)]
    assert spans
    assert any(timezones._CLOCK_AFTER.match(folded, e) or timezones._CLOCK_BEFORE.search(folded[:s]) for s, e in spans)


def test_the_two_content_words_keep_their_sentences() -> None:
    """The lexicon's two `_CONTENT` strings were each read at import by the pattern under it (what a
    hotel wants on its screens; the writer's own trade), which the renamed strings still build."""
    assert lexicon.VENUE_SCREENS.search(fold("the hotel wants something funny for the guests"))
    assert not lexicon.VENUE_SCREENS.search(fold("the hotel wants films"))  # (a trade's word, not a watched one)
    assert lexicon.OWN_TRADE.search(fold("we commission vertical originals for a Nordic streamer"))
    assert not lexicon.OWN_TRADE.search(fold("we commission romance for a Nordic streamer"))  # (not a trade's)
