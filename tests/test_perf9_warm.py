"""perf9: `Brain.warm` builds the knowledge version's plot index (`catalog._plot_index`) and both
event-name term tables (`router._event_terms`), which the first message needing them built
before (~0.5 s and ~0.3 s at 100x the knowledge: that message was among the slowest replies);
the sets are ranked with the filters worked out once per list (`locations.ranking`)."""

from __future__ import annotations

from types import SimpleNamespace

from intents import catalog, locations, router


def test_warm_builds_the_plot_and_event_name_tables(services) -> None:
    kb = services.brain.knowledge.current
    kb._derived.pop(("plot_index",), None)
    router._EVENT_TERMS = (("", 0), {})
    services.brain.warm()
    assert ("plot_index",) in kb._derived
    version, built = router._EVENT_TERMS
    assert version == (kb.version, id(kb.events)) and set(built) == {True, False}
    # the tables are the ones a message would have built
    view = SimpleNamespace(kb=kb)
    assert catalog._plot_index(view) is kb._derived[("plot_index",)]
    assert router._event_terms(view, common=True) is built[True]
    fresh = {e.id: router._event_name_terms(view, e) for e in kb.events.values()}
    assert built[False][0] == fresh


def test_set_scores_with_the_ranking_worked_out_once(services) -> None:
    kb = services.brain.knowledge.current
    for eras, scenes, genres in [(["qing"], ["palace"], []), ([], ["street"], ["historical"]),
                                 ([], [], ["fantasy"]), (["republic"], [], ["spy"])]:
        ids = {"era": eras, "scene_type": scenes, "genre": genres}
        # (the text too: a described scene asked in the singular lets the genre break the tie, fixB9)
        turn = SimpleNamespace(kb=kb, text="", ids=lambda kind, ids=ids: list(ids.get(kind, [])))
        asked = locations.ranking(turn)
        for loc in kb.locations.values():
            assert locations.score(loc, turn, asked) == locations.score(loc, turn)
