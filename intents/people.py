"""The people our records name, and what each of them said (play30, fixW20).

"who is Carlos Tinto?", "what did he say about Hengdian?" right after, "what did she say about
short dramas?" after Caroline Guo's card, "¿qué dijo Carlos Tinto de Hengdian?": the knowledge
files keep no list of people, only the sentences of a record's text that name them (a partner's
COO, a visiting director quoted in an incentive, our general manager quoted in a program). A
person here is a Latin name that a Chinese or Korean text spells with its local name before it
("周德鸣（Dennis Chau", "카를로스 틴토(Carlos Tinto)", the patterns `quoted_people` reads), or a
contact's own person; their sayings are the sentences of those texts with a quotation or a verb
of saying that name them, or that follow one naming them alone ("He said…", "她指出…")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.text import fold
from intents.facts import split_sentences
from intents.understand import _KO_PERSON, _LATIN_NAME, _PERSON_SPLIT, _ZH_PERSON

LANGS = ("en", "es", "zh", "ko")


@dataclass(frozen=True)
class Person:
    name: str  # the Latin name the texts give ("Carlos Tinto")
    names: tuple[tuple[str, tuple[str, ...]], ...]  # per language, the spellings a text may use
    contact: str | None = None  # the contact whose person they are

    def spellings(self, lang: str) -> tuple[str, ...]:
        return dict(self.names).get(lang, ())


@dataclass(frozen=True)
class Said:
    kind: str
    rid: str
    text: str  # the sentences, as the record says them


# A sentence that reports speech: a quotation, or a verb of saying ("said", "afirmó", "表示", "말했습니다")
_QUOTED = re.compile(r"[“«「『\"]")
_SAYS = re.compile(r"\b(said|says|added|notes|stated|afirm\w*|declar\w*|señal\w*|añadi\w*|dijo|dice)\b"
                   r"|表示|指出|说|說|称|稱|말했|밝혔|덧붙였|지적하")
_OPENS = {"“": "”", "«": "»", "「": "」", "『": "』"}


def _texts(kb, lang: str):
    """(kind, id, text) of each record whose prose may name and quote people."""
    for kind, records, field in (("partner", kb.partners, "description"), ("incentive", kb.incentives, "summary"),
                                 ("program", kb.programs, "summary"), ("location", kb.locations, "description"),
                                 ("event", kb.events, "description")):
        for rid, record in records.items():
            text = getattr(getattr(record, field, None), lang, None)
            if text:
                yield kind, rid, text


# a sentence also ends after a quotation closed on its full stop ("…further.” Lee added: …")
_AFTER_QUOTE = re.compile(r"(?<=[.!?。！？][”»」』\"])\s*(?=\S)")


def _sentences(text: str, lang: str) -> list[str]:
    """The sentences of a text, a quotation never cut ("“…potential. We look forward…”" is one)."""
    merged: list[str] = []
    parts = [p for piece in split_sentences(text, lang) for p in _AFTER_QUOTE.split(piece) if p.strip()]
    for i in range(1, len(parts)):  # "…潜力。" + "”Jooick Lee 表示": the closing mark stays with its quotation
        while parts[i][:1] in _OPENS.values() and parts[i]:
            parts[i - 1], parts[i] = parts[i - 1] + parts[i][0], parts[i][1:]
    for part in (p for p in parts if p.strip()):
        if merged and any(merged[-1].count(o) > merged[-1].count(c) for o, c in _OPENS.items()):
            merged[-1] += ("" if lang == "zh" else " ") + part
        else:
            merged.append(part)
    return merged


# A quotation that is speech, not a name in quotation marks ("“Chinese Stories”", "«Simbiosis
# transfronteriza…»"): it is introduced by a colon, or holds a sentence's own full stop
_SPEECH_QUOTED = re.compile(r"[:：]\s*[“«「『\"]|[.!?。！？][”»」』\"]")


def unquoted(text: str, lang: str) -> str:
    """A record's text without the sentences that report what someone said ("Chau said: “…”",
    "Señala que … «esto es solo el comienzo…»", "周德鸣表示：“…”"): what the company is and did,
    short, the quotations being a card's (ℹ️) to show (play31); the whole text when every sentence
    is speech."""
    kept = [s for s in _sentences(text, lang) if not (_SAYS.search(fold(s)) or _SAYS.search(s.lower()) or _SPEECH_QUOTED.search(s))]
    return ("" if lang == "zh" else " ").join(kept) if kept else text


# A name in an English text is a person's when a role or a verb of saying stands beside it ("its
# CEO Jooick Lee", "Carlos Tinto, a … director", "says Caroline Guo"), not a brand in a list ("Free Fire")
_ROLE_NEAR = re.compile(r"\b(said|says|added|notes|ceo|coo|officer|director|manager|founder|co-founder|cofounder"
                        r"|producer|president|head|chair\w*)\b", re.IGNORECASE)


def _a_person(latin: str, kb) -> bool:
    for _, _, text in _texts(kb, "en"):
        for m in re.finditer(re.escape(latin), text):
            before = text[:m.start()].split()[-4:]
            after = text[m.end():].split()[:6]
            if _ROLE_NEAR.search(" ".join(before + after)):
                return True
    return False


@lru_cache(maxsize=4)
def people(kb) -> tuple[Person, ...]:
    """Everyone the records name with a local spelling, and the contacts' own people."""
    found: dict[str, dict[str, set[str]]] = {}
    contact_of: dict[str, str] = {}
    for cid, contact in kb.contacts.items():
        if contact.person is None:
            continue
        # "Guo Shu (Caroline Guo), General Manager": the name partners know her by, her role left out
        latin = re.findall(_LATIN_NAME, re.split(r",(?![^(]*\))", contact.person.en or "")[0])
        if not latin:
            continue
        contact_of[latin[-1]] = cid
        spelled = found.setdefault(latin[-1], {lang: set() for lang in LANGS})
        for lang in LANGS:
            text = getattr(contact.person, lang, None) or ""
            first = _PERSON_SPLIT.split(text)[0].strip()
            spelled[lang] |= set(latin) | ({first} if len(first) >= 2 else set())
    for lang, pattern in (("zh", _ZH_PERSON), ("ko", _KO_PERSON)):
        for _, _, text in _texts(kb, lang):
            for local, latin in pattern.findall(text):
                if latin not in found and not _a_person(latin, kb):
                    continue
                spelled = found.setdefault(latin, {code: set() for code in LANGS})
                if lang == "zh":  # "总经理郭姝", "首席运营官周德鸣": the name known, else its three characters
                    local = next((n for n in spelled["zh"] if local.endswith(n)), local[-3:])
                spelled[lang].add(local.strip())
    result = []
    for latin, spelled in found.items():
        surname = latin.split()[-1]
        for lang in LANGS:
            spelled[lang] |= {latin}
            if lang in ("en", "es"):
                spelled[lang].add(surname)  # "Chau said:", "Lee añadió:"
        names = tuple((lang, tuple(sorted(spelled[lang], key=len, reverse=True))) for lang in LANGS)
        result.append(Person(name=latin, names=names, contact=contact_of.get(latin)))
    return tuple(result)


def _named_in(person: Person, sentence: str, lang: str) -> bool:
    folded = fold(sentence)
    return any(re.search(r"(?<![a-z])" + re.escape(fold(n)) + r"(?![a-z])", folded) for n in person.spellings(lang))


@lru_cache(maxsize=16)
def _attributed(kb, lang: str) -> tuple[tuple[str, str, str, tuple[str, ...], bool], ...]:
    """Each sentence of the records' texts: its record, the people it is by or about (named in
    it, else the one person the sentence before named alone), and whether it reports speech."""
    everyone = people(kb)
    rows = []
    for kind, rid, text in _texts(kb, lang):
        speaker: str | None = None
        for sentence in _sentences(text, lang):
            named = [p.name for p in everyone if _named_in(p, sentence, lang)]
            # a surname alone ("Lee added") is another person's only when no full name is there
            full = [p.name for p in everyone if p.name in named and fold(p.name) in fold(sentence)]
            named = full or named
            if named:
                speaker = named[0] if len(named) == 1 else None
            owners = tuple(named) or ((speaker,) if speaker else ())
            says = bool(_QUOTED.search(sentence) or _SAYS.search(fold(sentence)))
            rows.append((kind, rid, sentence, owners, says))
    return tuple(rows)


def named(kb, text: str, lang: str) -> Person | None:
    """The one person a message names by full name or local spelling (no bare surname)."""
    folded = fold(text)
    hits = []
    for person in people(kb):
        spellings = [n for code in LANGS for n in person.spellings(code) if n != person.name.split()[-1] or code in ("zh", "ko")]
        if any(re.search(r"(?<![a-z])" + re.escape(fold(n)) + r"(?![a-z])", folded) for n in spellings if len(n) >= 2):
            hits.append(person)
    return hits[0] if len(hits) == 1 else None


def of_record(kb, kind: str, rid: str, lang: str = "en") -> Person | None:
    """The one person a record is about ("he" after Carlos Tinto's incentive, "she" after Caroline
    Guo's card): a contact's person, or the only one its text names; None for none or several."""
    everyone = people(kb)
    if kind == "contact":
        return next((p for p in everyone if p.contact == rid), None)
    owners = {o for k, r, _, who, _ in _attributed(kb, lang) if (k, r) == (kind, rid) for o in who}
    if len(owners) != 1:
        return None
    name = owners.pop()
    return next(p for p in everyone if p.name == name)


def words_shared(asked: str, sentence: str, lang: str) -> int:
    """Words (en/es, by their first five letters) or character pairs (zh/ko) a question and a
    sentence (or a clause of one, `facts._figure_clause`) share."""
    if lang in ("zh", "ko"):
        pairs = lambda s: {s[i:i + 2] for i in range(len(s) - 1) if not re.search(r"[\s\W\d]", s[i:i + 2])}
        return len(pairs(asked) & pairs(sentence))
    words = lambda s: {w[:5] for w in re.findall(r"[a-z]{4,}", fold(s))}
    return len(words(asked) & words(sentence))


def sayings(kb, person: Person, lang: str, asked: str = "") -> Said | None:
    """What `person` said, from the one record that quotes them best for what is asked ("about
    short dramas": the words shared with the message), its order in the files breaking ties."""
    rows = [(k, r, s) for k, r, s, who, says in _attributed(kb, lang) if says and person.name in who]
    if not rows:
        return None
    records = list(dict.fromkeys((k, r) for k, r, _ in rows))
    topic = re.sub("|".join(re.escape(n) for n in person.spellings(lang)) or "$^", " ", asked)
    best = max(records, key=lambda rec: (sum(words_shared(topic, s, lang) for k, r, s in rows if (k, r) == rec),
                                         -records.index(rec)))
    said = [s for k, r, s in rows if (k, r) == best][:2]
    return Said(best[0], best[1], ("" if lang == "zh" else " ").join(said))


def introduced(kb, person: Person, lang: str) -> Said | None:
    """The first sentence of the records that names `person` (who they are, in the record's words)."""
    for kind, rid, sentence, who, _ in _attributed(kb, lang):
        if person.name in who and _named_in(person, sentence, lang):
            return Said(kind, rid, sentence)
    return None


# -- answers ------------------------------------------------------------------------------------
# "who is Carlos Tinto?", "¿quién es Dennis Chau?", "Carlos Tinto是谁", "카를로스 틴토가 누구예요?",
# "Dennis Chau는 누구예요?": who a person is asked (the person is found by `named`)
_WHO_ASKED = re.compile(r"\bwho('?s| is| was)\b|\bqui[eé]n (es|era)\b|是谁|是誰|係邊個|係咩人|是什么人|是什麼人"
                        r"|누구(예요|에요|야|죠|인가요|세요|신가요|십니까|지|임|고)|어떤 분|뭐 하는 분")


def _reply(turn, said: Said, text: str):
    from intents import facts
    from intents.reply import Reply
    record = {"partner": turn.kb.partners, "incentive": turn.kb.incentives, "program": turn.kb.programs,
              "location": turn.kb.locations, "event": turn.kb.events}[said.kind][said.rid]
    return Reply(text=text, lang=turn.lang, buttons=facts.buttons(turn, said.kind, record),
                 answer=f"{said.kind}:{said.rid}#about", outcome="answered")


def quoted(turn, u, memory):
    """"what did he say about Hengdian?" after Carlos Tinto, "what did she say about short dramas?"
    after Caroline Guo's card, "¿qué dijo Carlos Tinto de Hengdian?": that person's words only, from
    the record that quotes them on what is asked. The person is the one named, else (a pronoun, or
    none said: "뭐라고 했어요?") the one person of the record in focus. None otherwise."""
    from core.text import fold as _fold
    from intents import lexicon
    from intents.reply import esc
    if u.wants_person or u.action or not lexicon.PERSON_SAID_ASKED.search(_fold(turn.text)):
        return None
    person = named(turn.kb, turn.text, turn.lang)
    if not lexicon.person_said_asked(turn.text, person is not None):
        return None
    if person is None:
        kind, _, rid = (memory.focus or "").partition(":")
        if not kind or (u.records() and not lexicon.PERSON_POINTED.search(_fold(turn.text))):
            return None
        person = of_record(turn.kb, kind, rid)
    if person is None or (said := sayings(turn.kb, person, turn.lang, turn.text)) is None:
        return None
    return _reply(turn, said, esc(said.text))


# "who said that?", "¿quién dijo eso?", "这是谁说的？", "누가 한 말이에요?": whose words the last answer quoted
_WHO_SAID = re.compile(r"\bwho (said|says|wrote|is quoted|was quoted)\b|\bwhose (words|quote)\b|\bwho('?s| is) (that|the) quote\b"
                       r"|\bquien (lo )?(dijo|dice|afirmo|declaro)\b|\bde quien (es|son) (esa|esas|la|las) (cita|frase|palabras)\b"
                       # the speaker asked with a relative clause ("¿quién es el que dijo esa frase?", "who's the one who
                       # said that?", "who was it that said it?")
                       r"|\bquien (es|fue|era) (el|la) que (lo )?(dijo|dice|afirmo|declaro|hablo)\b|\bwho (is|was|'s) (the (one|person|guy)|it) (who|that) (said|says|wrote)\b"
                       r"|谁说的|誰說的|谁讲的|誰講的|边个讲|邊個講|谁的话|誰的話|是谁说|是誰說"
                       r"|누가 (한 )?(말|얘기|이야기)|누가 (그랬|그렇게 말|말했)|누구(의)? 말|누구 얘기")


def who_said(turn, u, memory):
    """"who said that?" right after an answer quoting one person (Carlos Tinto under the costs FAQ):
    who that person is, in the records' words. None when no single person was quoted."""
    from intents.reply import esc
    if u.wants_person or u.action or u.records() or not _WHO_SAID.search(fold(turn.text)):
        return None
    kind, _, rid = (memory.last or "").partition("#")[0].partition(":")
    if kind == "faq" and rid in turn.kb.faq:
        text = turn.kb.faq[rid].answer.get(turn.lang) or ""
        person = named(turn.kb, text, turn.lang) if _QUOTED.search(text) or _SAYS.search(fold(text)) else None
    else:
        person = of_record(turn.kb, kind, rid, turn.lang) if kind else None
    if person is None or (said := introduced(turn.kb, person, turn.lang)) is None:
        return None
    return _reply(turn, said, esc(said.text))


def who_is(turn, u):
    """"who is Carlos Tinto?", "Dennis Chau는 누구예요?": the sentence that says who a person our
    records quote is (with what their company is), not the whole card they are in. A contact of
    ours keeps their contact card (`facts`); None when no such person is asked."""
    from intents import facts
    from intents.reply import esc
    if not _WHO_ASKED.search(fold(turn.text)) or u.wants_person or len(u.parts) > 1:
        return None
    person = named(turn.kb, turn.text, turn.lang)
    if person is None or person.contact or (said := introduced(turn.kb, person, turn.lang)) is None:
        return None
    text = esc(said.text)
    # (the spelling the sentence gives first: "데니스 차우(Dennis Chau)", "周德鸣（Dennis Chau")
    spelled = min((name for name in person.spellings(turn.lang) if name in said.text),
                  key=said.text.index, default=person.name)
    if said.kind == "partner" and not said.text.lstrip().startswith(spelled):
        # ("Reel-K was represented … by its Chief Operating Officer Dennis Chau, …": a sentence of
        # the company's description that names them; the person asked leads, in bold, as a
        # contact's card does. A sentence about the person, "a Shanghai-based director, Carlos
        # Tinto, …", needs no lead: fixI24)
        text = f"<b>{esc(spelled)}</b>\n{text}"
    if said.kind == "partner":
        # the person asked about first, then what their company is (play32: "Reel-K: Korean short
        # drama platform." first read as an answer about the company)
        text = text + "\n" + facts.what_it_is(turn.kb.partners[said.rid], turn.lang, facts.proper_words(turn))
    return _reply(turn, said, text)


def representatives(turn, u, memory):
    """"who represented them at the signing ceremony?" right after Reel-K's card (or with the
    company named): the sentence of its description saying who represented it, not who organised
    the ceremony named in the question (play30). None when no company is named or in view."""
    from intents import facts
    if u.wants_person or u.action or not facts.REPRESENTED_ASKED.search(fold(turn.text)):
        return None
    named_ids = u.ids("partner")
    kind, _, rid = (memory.focus or "").partition("#")[0].partition(":")
    pid = named_ids[0] if len(named_ids) == 1 else (rid if kind == "partner" and not named_ids else None)
    partner = turn.kb.partners.get(pid or "")
    return facts.partner_detail(turn, partner) if partner is not None else None
