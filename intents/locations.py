"""Filming locations: which Hengdian set fits a production, its details, and where it is on the map."""

from __future__ import annotations

import re
from dataclasses import replace

from core.i18n import paren, t
from core.i18n_format import format_list
from core.kb.schema import Location
from core.text import fold
from intents.callbacks import Callback, encode
from intents.entities import Entity
from intents.labels import labels_in_sentence
from intents.menu import ask_person_row, gone
from intents.reply import Button, Reply, Venue, esc
from intents.turn import Turn

LANGS = ("en", "es", "zh", "ko")

MAX_LISTED = 5
# Why these weights: a named set is what the partner asked for; an era ("Ming") narrows more
# than a scene type ("palace"), which narrows more than a genre ("romance").
WEIGHTS = {"era": 3, "scene_type": 2, "genre": 1}
FILTER_NAMES = {"era": "era", "scene_type": "scene", "genre": "genre"}  # in answer keys
# A kind of scene that is a narrower case of another ("宫斗剧" is a palace scene): the answer key
# states the broader filter too; the list holds only the sets of the narrower one.
BROADER = {"court_intrigue": "palace"}


def score(loc: Location, turn: Turn, asked: dict[str, list[str]] | None = None) -> int:
    """How well the set fits the eras, kinds of scene and genres asked (`asked`: `ranking(turn)`,
    worked out once for every set of a list: it looks through every set itself)."""
    wanted = {"era": loc.eras, "scene_type": loc.scene_types, "genre": loc.genres}
    asked = ranking(turn) if asked is None else asked
    return sum(WEIGHTS[kind] * len(set(asked[kind]) & set(ids)) for kind, ids in wanted.items())


def ranking(turn: Turn) -> dict[str, list[str]]:
    """The eras, kinds of scene and genres that rank the sets (see `score`)."""
    return {"era": turn.ids("era"), "scene_type": ranked_scenes(turn), "genre": ranked_genres(turn)}


def ranked_scenes(turn: Turn) -> list[str]:
    """The kinds of scene that rank the sets: a narrower kind said beside its broader one (`BROADER`:
    "a court drama: which sets have throne halls or palaces?", "宫廷剧…哪些景有宫殿", "궁중극…궁전이
    있는 세트") does not, as the partner asked for the broader (every palace): the sets that have it
    come in the knowledge file's order, the order the partner counts "the second one" in. Said
    alone, the narrower kind still chooses the sets built for it (a court drama: the Forbidden City
    and the Yuanming garden)."""
    scenes = turn.ids("scene_type")
    return [s for s in scenes if BROADER.get(s) not in scenes and s not in narrower_beside_era(turn)]


def narrower_beside_era(turn: Turn) -> list[str]:
    """The narrower kinds of scene (`BROADER`) said beside an era some set is listed for ("a Qing
    court drama", "una serie de la corte Qing, con concubinas", "清代宫廷剧", "청나라 궁중극"): the
    era chooses the sets, all of them, in the knowledge file's order (the order "the second one"
    is counted in, in every language), and the sets built for that kind are named first in the
    heading (`era_scene_intro`), not the list cut down to them."""
    eras = turn.ids("era")
    if not eras or not any(e in loc.eras for e in eras for loc in turn.kb.locations.values()):
        return []
    return [s for s in turn.ids("scene_type") if s in BROADER]


def ranked_genres(turn: Turn) -> list[str]:
    """The genres that rank the sets. Beside an era or a kind of scene some set has, none: the era
    or the scene chooses the sets, and they come in the knowledge file's order, the order the
    partner counts "the third one" in. A genre read from a word of the story ("old streets for a
    period drama" → historical) or named by its own name ("a made-up ancient world, fantasy
    kingdom style" → fantasy; "民国谍战" → spy) tells the story, it does not reorder the sets of
    that era (the fictional ancient world's sets listed with the fantasy ones first were counted
    against the file's order: "the fourth one" was another set). Alone, a genre ranks."""
    if placed_terms(turn):
        # (the best fit asked: a genre of its own kind breaks the tie, never "historical", which a
        # costume drama or "de época" reads as and every period set is for)
        # (only for a described scene: "which set fits a made-up ancient world, fantasy style" names
        # an era, whose sets the partner counts in the file's order)
        fit = BEST_FIT_ASKED.search(fold(turn.text)) is not None and bool(turn.ids("scene_type"))
        return [g for g in turn.ids("genre") if g != "historical"] if fit else []
    return turn.ids("genre")


# The one set that best fits a described shoot asked for ("a wuxia series with an inn and an old
# market street: which set would suit us?", "¿qué decorado nos vendría bien?", "推荐哪个景",
# "찍을 데 추천해줘"): the genre named beside the scene breaks the tie between the sets that have
# it (the Song riverside city before the late-Qing streets for a wuxia market), where a list asked
# ("which sets have markets?") keeps the knowledge file's order
BEST_FIT_ASKED = re.compile(
    r"\b(which|what) (set|one|location|backlot|place|lot) (would|will|should|could|is|fits?|suits?|works?)\b(?! (you )?(have|got))"
    r"|\b(best|better) (fit|suited|suits?|match|option|choice|bet)\b|\brecommend\w*|\bsuits? (it|us|this|that|our)\b|\bwould (work|suit|fit) (best|for us|for it)\b"
    r"|\b(que|cual|cuales) (decorado|set|locacion|escenario|plato|lugar|sitio)e?s? (nos |me |le |les )?(vendria|viene|sirve|serviria|conviene|convendria|va|iria|quedaria)\b"
    r"|\brecomi?end\w*|\brecomend\w*|\b(nos|me) (vendria|serviria|conviene|convendria|iria) (bien|mejor)\b"
    r"|推荐|推薦|哪个景(合适|好|最好|比较好|更好)|选哪个|選哪個|(哪里|哪个|哪儿)(最)?(合适|合適)|适合(哪个|哪里)"
    r"|추천|어디가 (좋|나아|낫|맞)|어느 (세트|곳|데|촬영지)(가|이)? ?(좋|맞|나아|낫|어울)|어울리는 (세트|곳|데)")


def placed_terms(turn: Turn) -> set[str]:
    """The eras and kinds of scene asked that some set is listed for."""
    locations = turn.kb.locations.values()
    return {e for e in turn.ids("era") if any(e in loc.eras for loc in locations)} | {
        s for s in turn.ids("scene_type") if any(s in loc.scene_types for loc in locations)}


def stated(turn: Turn, terms: list[str], listed: list[Location] | None = None) -> list[str]:
    """Of `terms` (filters some set is listed for), those the answer states as the partner's:
    beside an era or a kind of scene some set has, a genre only when named by its own name
    ("民国谍战") and true of every set `listed` (a genre that neither filters nor orders the
    list, "a made-up ancient world, fantasy kingdom style" over the eight fictional-world sets,
    is not put in its heading as if each of them were for it), never "historical" ("de época",
    which the era says already) or a genre read from a word of the story ("intrigas" → thriller);
    all of them otherwise."""
    placed = placed_terms(turn)
    if not placed:
        return list(terms)
    return [term for term in terms if term in placed or (
        term not in ("historical",) and _named_by_name(turn, term)
        and (listed is None or all(term in loc.genres for loc in listed)))]


def era_words(turn: Turn) -> tuple[tuple[object, tuple[tuple[str, re.Pattern[str] | None], ...]], ...]:
    r"""Each era of the taxonomy with the folded words of its names and aliases in four languages,
    a Latin one with its pattern as a whole word (`(?<!\w)word(?!\w)`; None for the others, found
    as they are): built once per knowledge version (`Brain.warm`), not one pattern compiled for
    each era word at every message that names a genre (~320 over the CPU bench's 640 messages,
    each pushing another pattern out of `re`'s cache; perf19)."""
    def build():
        return tuple((era, tuple((word, re.compile(rf"(?<!\w){re.escape(word)}(?!\w)") if word.isascii() else None)
                                 for word in (fold(w) for w in [era.name.get(lang) for lang in LANGS]
                                              + [a for lang in LANGS for a in getattr(era.aliases, lang) or []] if w)))
                     for era in turn.kb.taxonomy.eras)

    return turn.kb.derived(("era_words",), build)


def era_in_genre(turn: Turn) -> Turn:
    """The turn with the era a genre's words carry in place of that genre: "现代都市题材", "a
    present-day city story", "una ciudad contemporánea", "현대 도시 배경" name the urban genre (the
    titles' filter), and for sets a city of today is the contemporary era, which chooses them (as
    "现代" and "都市" said apart do). An era said on its own is left as it is."""
    if turn.ids("era"):
        return turn
    entities, changed = [], False
    for ent in turn.entities:
        said = fold(ent.text)
        era = next((era for era, words in era_words(turn) if ent.kind == "genre" and any(
            len(word) < len(said) and (whole.search(said) if whole is not None else word in said)
            for word, whole in words)), None)
        entities.append(ent if era is None else Entity(kind="era", id=era.id, text=ent.text, start=ent.start,
                                                       end=ent.end, score=ent.score))
        changed = changed or era is not None
    return replace(turn, entities=tuple(entities)) if changed else turn


def stage_of_genre(turn: Turn) -> Turn:
    """The turn without "interiors" when a genre is named beside it: there the word is a stage,
    any set ("queremos rodar una de artes marciales, ¿qué platós tenéis?", "any sound stages for a
    kung fu film?", "拍武侠片有哪些摄影棚", "무협 찍을 실내 세트"), and the genre chooses the sets,
    not the indoor ones (as an era does: `answer`)."""
    if "interior" not in turn.ids("scene_type") or not turn.ids("genre"):
        return turn
    return replace(turn, entities=tuple(e for e in turn.entities
                                        if not (e.kind == "scene_type" and e.id == "interior")))


def answer(turn: Turn) -> Reply:
    """A named set gets its detail; otherwise the sets ranked by era, scene type and genre."""
    turn = stage_of_genre(era_in_genre(turn))
    named = [i for i in turn.ids("location") if i in turn.kb.locations]
    if len(named) == 1:
        return detail(turn, turn.kb.locations[named[0]])
    locations = list(turn.kb.locations.values())
    filters = [term for kind in WEIGHTS for term in turn.ids(kind)]
    if named:
        ranked = [turn.kb.locations[i] for i in named]
        intro = t("locations_intro", turn.lang)
    elif filters:
        asked = ranking(turn)
        scored = sorted(((score(loc, turn, asked), i, loc) for i, loc in enumerate(locations)),
                        key=lambda x: (-x[0], x[1]))
        ranked = [loc for s, _, loc in scored if s > 0] or locations
        # "a Qing dynasty period drama": every era is a period, so the era named must be met;
        # sets of other eras that are merely "historical" would push the Qing ones down the list.
        era = set(turn.ids("era"))
        ranked = [loc for loc in ranked if era & set(loc.eras)] or ranked
        # "明清时期的宫殿", "Qing palace sets": a kind of scene said with the era is met as well (the
        # palaces of that era, not its folk houses and streets), when some set of the era has it
        # ("¿qué platós tenéis para la dinastía Qing?": a stage is any set, no kind of scene)
        scene = set(turn.ids("scene_type")) - {"interior"} - set(narrower_beside_era(turn))
        unmet: list[str] = []
        if era and scene or scene and set(turn.ids("genre")):
            kept = [loc for loc in ranked if scene & set(loc.scene_types)]
            # "송나라 궁은 없어요?", "any Song dynasty palace?": no set of that era has that kind
            # of scene; the era's sets follow a line that says so, never headed "for Song dynasty
            # and palace" as if they had it (fixF17)
            if not kept and era and any(era & set(loc.eras) for loc in ranked):
                unmet = [s for s in turn.ids("scene_type") if s in scene
                         and any(s in loc.scene_types for loc in locations)]
            ranked = kept or ranked
        # an era or a kind of scene no set is listed for ("a harbour") is said, never dropped
        missing = [e for e in turn.ids("era") if not any(e in loc.eras for loc in locations)] + [
            s for s in turn.ids("scene_type") if not any(s in loc.scene_types for loc in locations)]
        # "a modern city story": an era only a virtual stage, a set under construction or a
        # theme park stands in for is not covered by a standing set; say so. The sets that do
        # stand in keep the knowledge file's order (the theme park, the virtual stage, the sets
        # still being built), the order the partner reads them in and counts "the third one" in.
        uncovered = [e for e in turn.ids("era") if e not in missing and not any(
            e in loc.eras for loc in locations if loc.kind == "standing_set" and loc.status == "open")]
        if uncovered:
            intro = t("locations_no_standing", turn.lang,
                      era=format_list([esc(term_name(turn, e)) for e in uncovered], turn.lang))
        elif (led := era_scene_intro(turn, ranked)) is not None:
            intro = led
        elif unmet and not missing:
            said_eras = [e for e in turn.ids("era") if any(e in loc.eras for loc in ranked)]
            intro = t("locations_era_no_scene", turn.lang,
                      era=format_list([esc(term_name(turn, e)) for e in said_eras], turn.lang),
                      scene=format_list([esc(name) for name in labels_in_sentence(turn, [named_part(turn, s) for s in unmet])], turn.lang))
        else:
            intro = matching_intro(turn, filters, missing=missing, only=len(ranked) == 1, listed=ranked)
    else:
        ranked = locations
        intro = t("locations_intro", turn.lang)
    paged = filters or named
    shown = ranked[:MAX_LISTED] if paged else ranked
    lines = [intro, ""] + [summary_line(turn, loc) for loc in shown]
    buttons = [[Button(label=t("more_about", turn.lang, name=loc.name.get(turn.lang)),
                       data=encode("loc", loc.id))] for loc in shown]
    if len(ranked) == 1:
        # one set fits ("명나라 궁궐 세트 있어요?"): its map beside its card, as its own card has it
        buttons[0].append(Button(label=t("show_on_map", turn.lang), data=encode("map", ranked[0].id)))
    more = more_row(turn, ranked, MAX_LISTED) if paged else []
    if more:
        # a list longer than a page says how many fit, and offers the rest ("➕ More", or "more" typed)
        lines += ["", t("locations_shown_of", turn.lang, shown=len(shown), count=len(ranked))]
        buttons.append(more)
    buttons.append(ask_person_row(turn.lang, "locations"))
    said = [(kind, term) for kind in WEIGHTS for term in turn.ids(kind)]
    said = [*[(kind, BROADER[term]) for kind, term in said if term in BROADER and (kind, BROADER[term]) not in said], *said]
    query = "&".join(f"{FILTER_NAMES[kind]}={term}" for kind, term in said)
    return Reply(text="\n".join(lines), lang=turn.lang, buttons=buttons, outcome="answered",
                 answer="list:locations" + (f"?{query}" if query and not named else ""),
                 # every set of the list, in its order: "the sixth one" after the first page is set no. 6
                 items=[f"location:{loc.id}" for loc in (ranked if more else shown)])


def era_scene_intro(turn: Turn, listed: list[Location]) -> str | None:
    """"For court intrigue / the imperial harem, start with Palace of the Ming and Qing Dynasties and
    Yuanming New Garden, the sets listed for it. All our sets for the Qing dynasty:" the heading of
    an era's sets asked with a narrower kind of scene (`narrower_beside_era`): the sets listed for
    that kind first (why: the knowledge file lists it among their scenes), then the era's list.
    None when no such kind was said or every set listed (or none) has it."""
    narrow = narrower_beside_era(turn)
    built = [loc for loc in listed if set(narrow) & set(loc.scene_types)]
    if not narrow or not built or len(built) == len(listed):
        return None
    lang = turn.lang
    eras = [e for e in turn.ids("era") if any(e in loc.eras for loc in listed)]
    era = format_list([esc(name) for name in labels_in_sentence(turn, [named_part(turn, e) for e in eras])], lang)
    scene = format_list([esc(name) for name in labels_in_sentence(turn, [named_part(turn, s) for s in narrow])], lang)
    sets = format_list([f"<b>{esc(loc.name.get(lang))}</b>" for loc in built], lang)
    return t("locations_era_scene_first", lang, scene=scene, sets=sets, era=era)


_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def list_code(turn: Turn, listed: list[Location]) -> str | None:
    """The sets of a list as a button carries them: each set's position in the knowledge file, one
    character each ("0134567"); None when some set has no such character (a very long file)."""
    order = {loc.id: i for i, loc in enumerate(turn.kb.locations.values())}
    if any(order.get(loc.id, len(_DIGITS)) >= len(_DIGITS) for loc in listed):
        return None
    return "".join(_DIGITS[order[loc.id]] for loc in listed)


def more_row(turn: Turn, listed: list[Location], start: int) -> list[Button]:
    """The "➕ More" button of a list of sets shown up to `start`, when more of it remain."""
    code = list_code(turn, listed) if len(listed) > start else None
    if not code or len(code) > 40:
        return []
    return [Button(label=t("more", turn.lang), data=encode("locs", start, code))]


def list_page(turn: Turn, cb: Callback) -> Reply:
    """The next page of a list of sets ("➕ More", or "more" typed after it): the sets from the
    button's position on, counted on from the first page ("6–8 of 8"); the whole list stays the
    one "the sixth one" counts in."""
    sets = list(turn.kb.locations.values())
    code, start = cb.arg(1), int(cb.arg(0)) if cb.arg(0).isdigit() else 0
    if not code or any(_DIGITS.find(c) < 0 or _DIGITS.find(c) >= len(sets) for c in code) or start >= len(code):
        return gone(turn.lang)
    listed = [sets[_DIGITS.find(c)] for c in code]
    shown = listed[start:start + MAX_LISTED]
    lines = [t("locations_more_page", turn.lang, first=start + 1, last=start + len(shown), count=len(listed)), ""]
    lines += [summary_line(turn, loc) for loc in shown]
    buttons = [[Button(label=t("more_about", turn.lang, name=loc.name.get(turn.lang)),
                       data=encode("loc", loc.id))] for loc in shown]
    more = more_row(turn, listed, start + MAX_LISTED)
    if more:
        buttons.append(more)
    buttons.append(ask_person_row(turn.lang, "locations"))
    return Reply(text="\n".join(lines), lang=turn.lang, buttons=buttons, outcome="answered",
                 answer="list:locations", items=[f"location:{loc.id}" for loc in listed])


def matching_intro(turn: Turn, filters: list[str], missing: list[str], only: bool = False,
                   listed: list[Location] | None = None) -> str:
    """"Best matches for Ming dynasty and Palace:"; one set found is said as the one ("The one set
    we have for Song dynasty:"), still as the filtered list the partner asked for, so the answer
    says why this set and that there is no other; an era no set is listed for ("a Tang dynasty
    story") is said first, so the sets that follow are not passed off as Tang sets."""
    lang = turn.lang
    shown = [term for term in filters if term not in missing]
    # ("una serie de época, tipo palacio de la dinastía Ming con intrigas de concubinas": the sets
    # are for the Ming dynasty and a palace; a genre read from a word of the story beside an era or
    # a scene ("intrigas" → thriller, "de época" → historical, which the era says already) is not
    # stated as if the partner had named it; a genre named by its own name stays: "民国谍战")
    shown = stated(turn, shown, listed)
    what = _what_sought(turn, shown)
    # (each message id written out in its own call: the catalogue extractor reads literal ids only)
    head = (t("locations_only_match", lang, what=what) if only else t("locations_matching", lang, what=what)) \
        if shown else t("locations_intro", lang)
    if not missing:
        return head
    return no_era_line(turn, missing) + "\n" + head


def _what_sought(turn: Turn, terms: list[str]) -> str:
    """The filters a list answers, as the partner's language names what is sought: in Korean and
    Chinese an era stands before the scene or genre it qualifies ("명나라 궁궐", "明朝宫殿"), never
    joined to it with "and" ("명나라와 궁궐", a period and a building as two things; play31); in
    English and Spanish the labels listed."""
    lang = turn.lang
    names = lambda ids: [esc(n) for n in labels_in_sentence(turn, [named_part(turn, term) for term in ids])]
    eras = {e.id for e in turn.kb.taxonomy.eras}
    told, rest = [x for x in terms if x in eras], [x for x in terms if x not in eras]
    if lang in ("ko", "zh") and told and rest:
        return (" " if lang == "ko" else "").join((format_list(names(told), lang), format_list(names(rest), lang)))
    return format_list(names(terms), lang)


def no_era_line(turn: Turn, missing: list[str]) -> str:
    """"No set recreates Historical Korea": the eras no set is listed for, said as a native reader
    expects it (Korean: "고려·조선 시대를 재현한 세트는 따로 없습니다", the object particle after the
    name); then, where a title of the catalog stages that period on one of our sets (its logline
    names both), that title and that set."""
    lang = turn.lang
    era = format_list([esc(term_name(turn, term)) for term in missing], lang)
    text = t("locations_no_era", lang, era=as_object(era, lang))
    staged = era_staged(turn, missing)
    if staged is not None:
        work, place = staged
        text += ("" if lang == "zh" else " ") + t("locations_era_staged", lang, work=esc(work.title.get(lang)), set=esc(place.name.get(lang)))
    return text


def as_object(word: str, lang: str) -> str:
    """`word` as the object of a sentence: in Korean with its particle ("고려·조선 시대를"), else as is."""
    return word + _object_particle(word) if lang == "ko" else word


def _object_particle(word: str) -> str:
    """The Korean object particle after `word` ("시대를", "유럽을"): by its last syllable's
    final consonant; both when the word ends in no Hangul syllable."""
    last = word.rstrip(" )）’'\"")[-1:]
    if not ("가" <= last <= "힣"):
        return "을(를)"
    return "을" if (ord(last) - 0xAC00) % 28 else "를"


def era_staged(turn: Turn, eras: list[str]):
    """(work, location) of the first catalog title whose logline names one of `eras` (its name or
    an alias, in English or Chinese) and one of our sets: where that period is already staged
    ("Moonlight Envoy": a Joseon envoy at the Ming court, on the Ming-Qing palace set)."""
    from core.text import fold

    terms = {term.id: term for term in turn.kb.taxonomy.eras}
    words = [fold(w) for e in eras if e in terms for lang in ("en", "zh")
             for w in (terms[e].name.get(lang), *getattr(terms[e].aliases, lang, ())) if w]
    said = re.compile("|".join(rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in words)) if words else None
    for work in turn.kb.works.values():
        logline = fold(f"{work.logline.get('en') or ''} {work.logline.get('zh') or ''}")
        if said is None or not said.search(logline):
            continue
        for place in turn.kb.locations.values():
            names = [fold(n) for lang in ("en", "zh") for n in (place.name.get(lang), *getattr(place.aliases, lang)) if n]
            if any(n in logline for n in names):
                return work, place
    return None


def _named_by_name(turn: Turn, term_id: str) -> bool:
    """Whether the partner's words name the term by (a half of) its own name, not by an alias."""
    from core.text import fold

    halves = {fold(h.strip()) for h in term_name(turn, term_id).split(" / ")}
    return any(fold(e.text).strip() in halves for e in turn.entities if e.id == term_id)


def named_part(turn: Turn, term_id: str) -> str:
    """A term's name as a sentence states it: of a name in two halves ("Palacio / salón del
    trono", "Histórico / de época"), the half the partner's own words name, else the first."""
    from core.text import fold

    name = term_name(turn, term_id)
    halves = [h.strip() for h in name.split(" / ")]
    if len(halves) < 2:
        return name
    said = {w for e in turn.entities if e.id == term_id for w in re.findall(r"\w+", fold(e.text))}
    return next((h for h in halves if said & set(re.findall(r"\w+", fold(h)))), halves[0])


def term_name(turn: Turn, term_id: str) -> str:
    for section in (turn.kb.taxonomy.eras, turn.kb.taxonomy.scene_types, turn.kb.taxonomy.genres):
        for term in section:
            if term.id == term_id:
                return term.name.get(turn.lang)
    return term_id


def summary_line(turn: Turn, loc: Location) -> str:
    status = paren(t("under_construction", turn.lang), turn.lang) if loc.status == "under_construction" else ""
    first = first_sentence(loc.description.get(turn.lang))
    return f"• <b>{esc(loc.name.get(turn.lang))}</b>{esc(status)} — {esc(loc.era.get(turn.lang))}\n  {esc(first)}"


def first_sentence(text: str) -> str:
    for stop in ("。", ". ", "！", "? ", "다. "):
        if stop in text:
            return text.split(stop, 1)[0] + stop.strip()
    return text


def detail(turn: Turn, loc: Location) -> Reply:
    lang = turn.lang
    # mid-line labels as a sentence writes them ("Ideal para: histórico / de época, romance")
    suits = labels_in_sentence(turn, [term_name(turn, i) for i in (*loc.genres, *loc.scene_types)])
    parts = [f"<b>{esc(loc.name.get(lang))}</b>"
             + (esc(paren(t("under_construction", lang), lang)) if loc.status == "under_construction" else ""),
             t("label_value", lang, label=t("location_era", lang), value=esc(loc.era.get(lang))),
             "", esc(loc.description.get(lang))]
    if suits:
        parts += ["", t("label_value", lang, label=t("location_suits", lang),
                        value=esc(format_list(suits, lang)))]
    if loc.address:
        parts += [f"📍 {esc(loc.address.get(lang))}"]
    buttons = [[Button(label=t("show_on_map", lang), data=encode("map", loc.id)),
                Button(label=t("menu_incentives", lang), data=encode("inc"))],
               ask_person_row(lang, "locations")]
    return Reply(text="\n".join(parts), lang=lang, buttons=buttons, answer=f"location:{loc.id}",
                 outcome="answered")


def on_button(turn: Turn, cb: Callback) -> Reply:
    if cb.action == "locs":
        return list_page(turn, cb)
    loc = turn.kb.locations.get(cb.arg(0))
    if loc is None:
        return gone(turn.lang)
    if cb.action == "map":
        # The pin carries the set's coordinates and, written under them, its address: "send me
        # the location of X", "发个位置", "위치 보내줘" are answered by that fact (key `#address`,
        # `#coordinates` for a set whose address the files do not give)
        address = loc.address.get(turn.lang) if loc.address else loc.era.get(turn.lang)
        return Reply(text=esc(loc.name.get(turn.lang)), lang=turn.lang,
                     venue=Venue(lat=loc.coordinates.lat, lon=loc.coordinates.lon,
                                 title=loc.name.get(turn.lang), address=address),
                     answer=f"location:{loc.id}#{'address' if loc.address else 'coordinates'}")
    return detail(turn, loc)


# A Chinese "has it …?" ("第一个有没有龙椅大殿？", "那边有城墙吗"): answered "有", not "可以"
ZH_HAS_ASKED = re.compile(r"有没有|有沒有|有.{0,10}[吗嗎]|有[吧没沒]")


def _yes_said(turn: Turn, text: str) -> str:
    """The yes of `scene_fit_yes` in the question's own word: a Chinese 有没有 gets 有 (zh only;
    the other languages' yes fits either question)."""
    if turn.lang == "zh" and text.startswith("可以：") and ZH_HAS_ASKED.search(turn.text):
        return "有：" + text[3:]
    return text


def scene_fit(turn: Turn, loc: Location, scene: str) -> Reply:
    """"Is it good for night scenes?" of one set: yes when the set lists that kind of scene, else
    no, with the sets that do (knowledge-file order). Answer key `location:<id>#scene_types`: the
    scenes the set is listed for answer it."""
    lang = turn.lang
    name, kind = esc(loc.name.get(lang)), esc(labels_in_sentence(turn, [term_name(turn, scene)])[0])
    if scene in loc.scene_types:
        text = _yes_said(turn, t("scene_fit_yes", lang, set=name, scene=kind))
    else:
        others = [esc(other.name.get(lang)) for other in turn.kb.locations.values() if scene in other.scene_types]
        # (no space after Chinese "。", as `facts.sentences` joins them)
        text = ("" if lang == "zh" else " ").join([t("scene_fit_no", lang, set=name, scene=kind)] + (
            [t("scene_fit_others", lang, scene=kind, sets=format_list(others, lang))] if others else []))
    return Reply(text=text, lang=lang, answer=f"location:{loc.id}#scene_types", outcome="answered", focus=f"location:{loc.id}",
                 buttons=[[Button(label=t("details", lang), data=encode("loc", loc.id))], ask_person_row(lang, "locations")])


def story_fit(turn: Turn, loc: Location, asked: list[str]) -> Reply:
    """"The second one — any good for a spy story?", "第二个景能拍谍战戏吗", "¿el segundo sirve para
    escenas de corte?" of a set: for each kind asked (scene, genre, period: taxonomy ids), whether
    its record lists it; what it lists said first, what it does not after it, and its period. Answer
    key `location:<id>#scene_types` (a scene asked), `#genres` (a genre) or `#era`."""
    lang = turn.lang
    name = esc(loc.name.get(lang))
    own = {*loc.scene_types, *loc.genres, *loc.eras}
    names = lambda ids: esc(format_list(labels_in_sentence(turn, [term_name(turn, i) for i in ids]), lang))
    yes, no = [i for i in asked if i in own], [i for i in asked if i not in own]
    said = ([_yes_said(turn, t("scene_fit_yes", lang, set=name, scene=names(yes)))] if yes else []) \
        + ([t("scene_fit_no", lang, set=name, scene=names(no))] if no else [])
    others = [esc(o.name.get(lang)) for o in turn.kb.locations.values()
              if len(no) == 1 and o.id != loc.id and no[0] in (*o.scene_types, *o.genres)]
    if others:  # "isn't listed for night scenes. For night scenes, see Dream Valley." (after a yes too)
        said.append(t("scene_fit_others", lang, scene=names(no), sets=format_list(others[:3], lang)))
    text = ("" if lang == "zh" else " ").join(said) + "\n" \
        + t("label_value", lang, label=t("location_era", lang), value=esc(loc.era.get(lang)))
    scenes = {*(s.id for s in turn.kb.taxonomy.scene_types)}
    genres = {*(g.id for g in turn.kb.taxonomy.genres)}
    fact = "scene_types" if scenes & set(asked) else "genres" if genres & set(asked) else "era"
    return Reply(text=text, lang=lang, answer=f"location:{loc.id}#{fact}", outcome="answered", focus=f"location:{loc.id}",
                 buttons=[[Button(label=t("details", lang), data=encode("loc", loc.id))], ask_person_row(lang, "locations")])
