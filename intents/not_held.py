"""A title, set, event or partner asked for by a name the knowledge does not hold.

"Do you have Ember Crown?", "¿tienen la serie Corona de Brasas?", "有《烬冠》这部剧吗", "'불꽃 왕관'
있어요?": a name (capitalised, quoted, in title marks, or introduced by "the series", "叫…的",
"…라는 작품") asked for, that names no record of ours and has words none of our texts explain.
The answer says in one sentence that the catalog (or our sets, events, partners) has no such
name, and offers the closest real names (by spelling, `rapidfuzz`) or, with none close, the way
to browse that kind. A real name in any language or alias opens its record (the entity index
finds it first), and a question about a kind ("do you have romance titles?", "¿tienen sets de
época?") is no name: every word of it is one our texts use.
"""

from __future__ import annotations

from rapidfuzz import fuzz, utils

from core import lazy_re as re  # patterns compiled on first use: see core/lazy_re.py
from core.i18n import t
from core.text import fold
from intents import catalog, coverage
from intents.callbacks import encode
from intents.menu import ask_person_row
from intents.reply import Button, Reply, esc
from intents.turn import Turn

# The word of a kind said with the name ("the series X", "el set X", "X这部剧", "X라는 세트").
KIND_WORDS = {
    "location": r"sets?|backlots?|locations?|studios?|escenarios?|locaciones|locacion|locaciones|platos?"
                r"|景区|景点|场景|拍摄基地|影视基地|片场|景|세트장|세트|촬영지|촬영장",
    "event": r"events?|festivals?|evento|eventos|festival|festivales|活动|电影节|展会|행사|영화제|페스티벌",
    "partner": r"partners?|compan(?:y|ies)|socios?|empresas?|productoras?|合作方|合作伙伴|公司|伙伴|파트너사?|회사|제작사",
    "work": r"series|shows?|dramas?|titles?|films?|movies?|serie|obras?|titulos?|peliculas?|novelas?|microdramas?"
            r"|剧|短剧|电视剧|作品|片子|片|电影|드라마|작품|영화|시리즈",
}
_KIND = "|".join(f"(?:{words})" for words in KIND_WORDS.values())

# A name in quotes or title marks.
_MARKED = re.compile(r"[\"“”'‘’「『《〈]\s*(?P<q>[^\"“”'‘’」』》〉]{1,40}?)\s*[\"“”'‘’」』》〉]")

# Asking whether we have it, on folded text; the group holds what follows (or is) the name.
ASKED = re.compile(
    # "do you have (the series) X", "have you got X", "is X in your catalog?", "is there a show called X"
    r"\b(?:do|does) (?:you|u|ya|hisda|the alliance|your catalog(?:ue)?) (?:guys |all |still |also )?(?:have|carry|hold|list|offer)"
    r"(?: got)?\s+(?P<en>.+)$"
    r"|\bhave (?:you|u) got\s+(?P<en2>.+)$"
    r"|\bis (?P<en3>.+?) (?:in|on|part of) (?:your|the) (?:catalog(?:ue)?|slate|line-?up|list)\b"
    r"|\bis there (?:a|an|any) (?P<en4>(?:" + _KIND + r") (?:called|named) .+)$"
    # "¿tienen (la serie) X?", "¿tenés X?", "¿está X en su catálogo?"
    r"|\b(?:tienen|tiene|tenes|tienes|teneis|manejan)\s+(?P<es>.+)$"
    r"|\besta (?P<es2>.+?) en (?:su|tu|el|vuestro) catalogo\b"
    # "有《X》吗", "有没有X这部剧", "片单里有叫X的剧吗"
    r"|有没有(?P<zh>.+)$|有(?P<zh2>.+?)(?:吗|嘛|么|麼|\?|？|$)"
    # "'X' 있어요?", "X라는 작품 있나요?"
    r"|(?P<ko>.+?)\s*(?:은|는|이|가|도)?\s*(?:있어요|있나요|있습니까|있어|있음|있으세요|있으신가요|있는지)")

# Before the name: an article, a kind word, "called" ("the series called", "la serie llamada").
_LEAD = re.compile(r"^(?:(?:the|a|an|el|la|los|las|un|una)\s+)?(?:(?P<kind>" + _KIND + r")\s+)?"
                   r"(?:(?:called|named|llamad[oa]s?|que se llaman?|que se llamen?|titulad[oa]s?)\s+)?")
# A name in title case as typed ("Ember Crown", "Corona de Brasas", "Murder Along the River").
_TITLE_RUN = re.compile(r"[A-ZÁÉÍÓÚÑ0-9][\w'’:&.-]*(?:\s+(?:(?:of|the|and|in|on|at|a|an|to|for|de|del|la|el|los|las|y|en|un|una)\s+)*"
                        r"[A-ZÁÉÍÓÚÑ0-9][\w'’:&.-]*)*")
_CAPITAL = re.compile(r"[A-ZÁÉÍÓÚÑ0-9]")
# Lower case, only after "the series", "la serie" ("do you have the series ember crown?").
_PLAIN_RUN = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,5}?(?=\s*(?:[?!.,;]|$|\s(?:in|on|en|for|available|disponible)\b))")
# What may follow a name before the question ends ("in your catalog?", "available for licensing",
# "en su catálogo", a kind word: "Ember Crown series?").
_AFTER = re.compile(r"\s*(?:(?:" + _KIND + r")\s*)?(?:(?:in|on) (?:your|the) (?:catalog(?:ue)?|slate|line-?up|list)|available(?: for \w+)?"
                    r"|for (?:licens\w+|co-?production|distribution|sale)|en (?:su|tu|el) catalogo|disponibles?(?: para \w+)?"
                    r"|(?:" + _KIND + r"))?\s*(?:[?!.,;]|$)")
_ZH_CALLED = re.compile(r"^(?:片单里|目录里|你们)?(?:一(?:部|个|家|场))?叫(?:做)?(?P<n>.{1,20}?)的(?P<kind>" + _KIND + r")?$")
_ZH_THIS = re.compile(r"^(?P<n>.{1,20}?)(?:这|那)(?:一)?(?:部|个|場|场|家)(?P<kind>" + _KIND + r")$")
_KO_CALLED = re.compile(r"^(?P<n>.{1,30}?)(?:이)?라는\s*(?P<kind>" + _KIND + r")?\s*$")
_NOT_A_NAME = re.compile(r"^(?:any|anything|some|something|one|more|other|others|all|it|that|this|these|those|them|what|which"
                         r"|featuring|starring|with|where|who|whose|set|based|shot|filmed|sobre|acerca|donde|que|protagonizad\w*"
                         r"|of|for|with|about|from|in|on|de|del|para|con|sobre|en"
                         r"|algo|alguna?|algunos|algunas|alguien|otr[oa]s?|mas|tod[oa]s?|eso|esa|ese|esto|esta|este"
                         r"|什么|哪些|啥|别的|其他|其它|这个|那个|这部|那部|没有|무슨|어떤|다른|뭐|그|이|저)(?:\W|$)")


def asked_name(text: str) -> tuple[str, str | None, bool] | None:
    """The name a message asks whether we have, as written (quoted, in title marks, in title
    case, or introduced by "the series", "叫…的", "…라는"), the kind of record its words say
    (None: not said), and whether it was marked as a name (quotes, title marks, "called", "叫…的",
    "…라는", "这部剧"), not only capitalised; None when it asks for no one name."""
    folded = fold(text)
    m = ASKED.search(folded)
    if m is None:
        return None
    group = next(name for name, value in m.groupdict().items() if value)
    said = text[m.start(group):m.end(group)].strip()
    lang = group.rstrip("0123456789")
    found = (_latin_name if lang in ("en", "es") else _zh_name if lang == "zh" else _ko_name)(said)
    if found is None:
        return None
    name, kind, marked = found
    marked = marked or group in ("en3", "es2")  # "is X in your catalog?": asked as a title
    name = name.strip(" \"'“”‘’《》「」『』〈〉?？!！.,，。")
    if not name or _NOT_A_NAME.match(fold(name)) or len(name) > 40 or _introduced(text, name):
        return None
    return name, _kind_of(kind), marked


# A sentence that says who the partner is ("대전에 있는 VFX 스튜디오 '한빛픽처스'의 기획팀장입니다", "I'm the
# producer at 'Blue Harbor Films'", "Soy productora en «Río Films»", "我是「星河映画」的制片"): a name in it is
# the partner's own company, no title asked for.
_INTRO = re.compile(r"\b(?:i'?m|i am|we'?re|we are|this is|my name is|i work (?:at|for|with)|we work (?:at|for|with))\b"
                    r"|\b(?:soy|somos|trabajo (?:en|para|con)|trabajamos (?:en|para|con)|me llamo|les escribe)\b"
                    r"|我是|我们是|我們是|我在|我来自|我們來自|我们来自|本公司|我司"
                    r"|(?:입니다|이에요|예요|이고요|임)\W*$|^\W*(?:저는|저희는)")
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")


def _introduced(text: str, name: str) -> bool:
    """The name stands in the partner's introduction of themselves, a sentence asking nothing."""
    for sentence in _SENTENCE.findall(text or ""):
        if name in sentence:
            from intents.lexicon import asks_question

            return _INTRO.search(fold(sentence).strip()) is not None and not asks_question(sentence)
    return False


def _latin_name(said: str) -> tuple[str, str | None, bool] | None:
    lead = _LEAD.match(fold(said))
    kind = lead.group("kind") if lead else None
    rest = said[lead.end():] if lead else said
    marked = _MARKED.match(rest)
    if marked is not None:
        name, after = marked.group("q"), rest[marked.end():]
    else:
        # "the series Ember Crown", "a set called Dragon Gate": named so in so many words
        called = lead is not None and (bool(re.search(r"(?:called|named|llamad[oa]s?|que se llam[ae]n?|titulad[oa]s?)\s+$",
                                                      fold(said[:lead.end()]))) or bool(lead.group("kind") and _CAPITAL.match(rest)))
        # (a lower-case run is a name only after a definite kind: "the series ember crown", not
        # "shows featuring boxers", which asks for a story)
        definite = bool(kind and re.match(r"(?:the|el|la|los|las)\s", fold(said)))
        run = _TITLE_RUN.match(rest) or (_PLAIN_RUN.match(rest) if definite else None)
        if run is None:
            return None
        name, after = run.group(), rest[run.end():]
    tail = _AFTER.match(fold(after))
    if tail is None:
        return None  # "Do you have WiFi at the sets?": the capitalised word is no name asked for
    said_kind = re.search(_KIND, tail.group())
    return name, kind or (said_kind.group() if said_kind else None), marked is not None or called


def _zh_name(said: str) -> tuple[str, str | None, bool] | None:
    marked = _MARKED.search(said)
    if marked is not None:
        said_kind = re.search(_KIND, said[marked.end():])
        return marked.group("q"), said_kind.group() if said_kind else None, True
    said = said.rstrip("吗嘛么麼?？ ")
    called = _ZH_CALLED.match(said) or _ZH_THIS.match(said)
    return (called.group("n"), called.group("kind"), True) if called else None


def _ko_name(said: str) -> tuple[str, str | None, bool] | None:
    marked = _MARKED.search(said)
    if marked is not None:
        said_kind = re.search(_KIND, said[marked.end():])
        return marked.group("q"), said_kind.group() if said_kind else None, True
    called = _KO_CALLED.match(said.strip())
    return (called.group("n"), called.group("kind"), True) if called else None


def _kind_of(word: str | None) -> str | None:
    if not word:
        return None
    folded = fold(word)
    return next((kind for kind, words in KIND_WORDS.items() if re.fullmatch(words, folded)), None)


def not_held(turn: Turn, u) -> Reply | None:
    """The answer to a name asked for that no record of ours has (see the module), or None."""
    if getattr(u, "gap", None) in MEASURED:
        return None  # "¿cuántos metros cuadrados tiene el escenario LED?": a measure of it, not whether we have it
    found = asked_name(turn.text)
    if found is None:
        return None
    name, kind, marked = found
    start = turn.text.find(name)
    if start >= 0 and said_as_likeness(turn.text[:start], turn.text[start + len(name):]):
        # "像《曼达洛人》那样的LED大屏影棚", "a stage like The Mandalorian's", "un plató tipo «The
        # Mandalorian»", "《만달로리안》 같은 LED 스튜디오": someone else's title said as the likeness of
        # what is asked, no title of ours asked for
        return None
    for e in u.entities:
        inside = start < 0 or (e.start < start + len(name) and e.end > start)
        if inside and ((e.kind in RECORD_KINDS and e.kind == (kind or e.kind)) or len(e.text) >= 0.6 * len(name)):
            # a name of ours, in any language or alias, or most of one ("Qin Palace"), or a kind
            # ("Is Romance in your catalog?"), never a place in a title of someone else's
            # (《广州夜曲》 is no Guangzhou Street)
            return None
    kind = kind or "work"
    near = closest(turn, name, kind)
    if not near and not marked and not any(len(w) >= 3 if w.isascii() else len(w) >= 1
                                           for w in coverage.vocabulary(turn.kb).unexplained(name)):
        return None  # "do you have Romance titles?", "¿tienen Sets de época?": a kind, no name
    return answer(turn, name, kind, near)


# A name said as a likeness: the word before it ("like", "como", "tipo", "estilo", "像", "类似") or
# after it ("那样", "一样", "似的", "같은", "처럼", "style", "-style")
_LIKE_BEFORE = re.compile(r"(\b(like|as in|a la|similar to|kind of|sort of|como( en| el de| la de| los de)?|tipo|estilo|al estilo de|parecid[oa] a)"
                          r"|像|类似|類似|好像)\W{0,3}$", re.IGNORECASE)
_LIKE_AFTER = re.compile(r"^\W{0,3}(那样|那樣|一样|一樣|似的|那种|那種|风格|風格|式的|같은|같이|처럼|스타일|느낌|\s*(-| )?style\b|'s (stage|studio|volume|set)s?\b)", re.IGNORECASE)


def said_as_likeness(before: str, after: str) -> bool:
    return bool(_LIKE_BEFORE.search(before) or _LIKE_AFTER.search(after))


RECORD_KINDS = frozenset({"work", "event", "program", "location", "partner", "incentive"})
# Gaps that ask a number of something ("¿cuántos metros cuadrados tiene…?", "how many seats does … have?"):
# "tiene", "have" there is its measure, no name asked for
MEASURED = frozenset({"size", "capacity", "count", "weather"})
CLOSE = 75  # rapidfuzz ratio over names: at least this close to be offered ("Murder on the River": 93)


def closest(turn: Turn, name: str, kind: str, limit: int = 3) -> list[str]:
    """The ids of the records of `kind` whose name or alias in any language is spelled closest
    to `name`, best first, only those at least `CLOSE`."""
    best: dict[str, float] = {}
    asked = utils.default_process(name)
    for term in turn.kb.terms():
        if term.kind != kind:
            continue
        score = fuzz.ratio(asked, utils.default_process(term.text))
        if score >= CLOSE and score > best.get(term.id, 0):
            best[term.id] = score
    return sorted(best, key=lambda rid: -best[rid])[:limit]


def answer(turn: Turn, name: str, kind: str, near: list[str]) -> Reply:
    """No record of `kind` called `name`, said in one sentence; the `near` ones offered, else
    the way to browse that kind."""
    lang = turn.lang
    shown = f"《{name}》" if lang == "zh" and kind == "work" else name
    text = t(f"not_held_{kind}", lang, name=esc(shown))  # built at run time: test_keys_built_at_run_time_exist
    if near:
        rows = [[Button(label=_name(turn, kind, rid), data=_data(kind, rid))] for rid in near]
        text += " " if lang != "zh" else ""
        text += t("not_held_closest", lang)
        rows.append(ask_person_row(lang, SUBJECT[kind]))
    elif kind == "work":
        rows = catalog._genre_rows(turn)
        text += (" " if lang != "zh" else "") + t("not_held_browse_work", lang)
    else:
        rows = [[Button(label=t(MENU[kind], lang), data=MENU_DATA[kind])], ask_person_row(lang, SUBJECT[kind])]
        text += (" " if lang != "zh" else "") + t("not_held_browse", lang)
    key = {"work": "catalog:about", "location": "list:locations", "event": "list:events",
           "partner": "list:partners"}[kind]
    return Reply(text=text, lang=lang, buttons=rows, answer=f"{key}#not_held", outcome="gap",
                 subject=SUBJECT[kind], items=[f"{kind}:{rid}" for rid in near])


SUBJECT = {"work": "catalog", "location": "locations", "event": "events", "partner": "partners"}
MENU = {"location": "menu_locations", "event": "menu_events", "partner": "menu_partners"}
MENU_DATA = {"location": encode("menu", "locations"), "event": encode("evs", "up"), "partner": encode("menu", "partners")}


def _name(turn: Turn, kind: str, rid: str) -> str:
    kb = turn.kb
    record = {"work": kb.works, "location": kb.locations, "event": kb.events, "partner": kb.partners}[kind][rid]
    label = record.title if kind == "work" else record.name
    return f"ℹ️ {label.get(turn.lang)}"


def _data(kind: str, rid: str) -> str:
    return encode({"work": "work", "location": "loc", "event": "ev", "partner": "prt"}[kind], rid)
