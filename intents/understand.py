"""Understand one message: language, intent, named things, the fact asked, filters, references to
the conversation, language switch, person request, and the parts of a run-on message.

The result is a frozen `Understanding`; `intents.router` picks the answer from it and the chat's
`Memory`, and the subject handlers answer. Nothing here writes anything or looks at memory: the
same text always gives the same understanding (for a given knowledge version and model).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from core import lazy_re as re  # patterns compiled on first use: see core/lazy_re.py
from core.i18n import Lang
from core.text import fold as core_fold
from core.text import to_simplified
from intents import lexicon
from intents.answer_ranker import SHIPPED as SHIPPED_RANKER
from intents.answer_ranker import AnswerRanker, RankedFaq
from intents.answer_ranker import load_or_fit as load_or_fit_ranker
from intents.entities import Entity, EntityIndex, Term
from intents.faq_selector import FaqMatch, FaqSelector, LexicalScores
from intents.handoff_words import asks_for_person, asks_to_connect
from intents.nlu.language import detect, script_language
from intents.semantic import Embedder, SemanticIndex, SemanticMatch, SemanticScores
from intents.timezones import own_of_two, place_pattern, place_spans, places_named

SMALL_TALK = frozenset({"greet", "thanks", "goodbye"})
# Where a greeting ends and the request begins: "Hello! We are a Mexican producer and ...".
CLAUSES = re.compile(r"[.!?。！？\n~～…]+|[,，、]")
# A title in title marks or quotes ("〈펜싱 챔피언, 강호에 가다〉", "《甲，乙》", "“A, B”"): one name,
# never two clauses at its comma
MARKED_TITLE = re.compile(r"[《〈「『“\"][^《〈「『“”\"》〉」』]{1,40}[》〉」』”\"]")


def clauses(text: str) -> list[str]:
    """The clauses of `text` (`CLAUSES`), a title in marks kept whole."""
    kept = MARKED_TITLE.sub(lambda m: CLAUSES.sub(lambda c: "\0" * len(c.group()), m.group()), text)
    found, at = [], 0
    for piece in CLAUSES.split(kept):
        start = kept.index(piece, at)
        found.append(text[start:start + len(piece)])
        at = start + len(piece)
    return [p.strip() for p in found if p.strip()]
BACKGROUND = frozenset({("partner", "hengdian_world_studios")})
RECORD_KINDS = ("event", "work", "location", "partner", "program", "incentive", "contact")


QUESTION_END = re.compile(r"[?？]\s*$")
UNSURE_WORD = 0.6  # a lone word after a courtesy is a request only with this confidence (`classify`)
REQUEST_WORD = re.compile(r"[A-Za-zÀ-ÿ]+|[\u3400-\u9fff]{2}|[\uac00-\ud7af]+")  # words; two Chinese characters count as one

class Classifier(Protocol):
    def predict(self, text: str): ...  # -> Prediction(intent, confidence, fallback)


@dataclass(frozen=True)
class Understanding:
    """What one message asks. `entities` are the knowledge-base names found (records, eras,
    genres, months, topics); `fact` the one fact asked (see `intents.lexicon.FACTS`); `filters`
    (name, value) pairs such as ("country", "KR"); `ordinal` a 1-based position in the last list
    (-1 = last); `refers` True for "that one"/"ese"/"那个"; `switch_lang` a language the partner
    asked to be answered in, with `rest` the remainder of the message; `parts` the questions of
    a multi-part message (one item for a plain message)."""

    text: str
    written: Lang | None
    intent: str
    confidence: float
    fallback: bool
    entities: tuple[Entity, ...] = ()
    fact: str | None = None
    facts: tuple[str, ...] = ()
    filters: tuple[tuple[str, str], ...] = ()
    ordinal: int | None = None
    refers: bool = False
    same_for: bool = False
    switch_lang: Lang | None = None
    rest: str = ""
    wants_person: bool = False
    connect: bool = False  # "connect me please": put through to whoever was just named (see the router)
    action: str | None = None
    gap: str | None = None
    gap_contact: str | None = None
    faq: FaqMatch | None = None
    wants_list: bool = False
    people: bool = False
    # a sight of another town named by the landmark a set copies ("the real Forbidden City in Beijing")
    landmark: bool = False
    parts: tuple[str, ...] = field(default_factory=tuple)
    nearest: Nearest | None = field(default=None, compare=False, repr=False)
    ranking: Ranking | None = field(default=None, compare=False, repr=False)
    # `ids` and `records`, worked out once: the router asks them dozens of times a message, and a
    # name many records share (100 copies of "Hengdian" at 100x the knowledge) makes each a loop.
    # Not an init field, so `replace(u, entities=...)` starts a new one.
    _named: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def semantic(self) -> SemanticMatch | None:
        """The FAQ nearest in meaning (see `intents.semantic`), computed on first use only: the
        message's embedding costs ~20 ms, so the router asks for it only when a FAQ could be the
        answer. None without the engine."""
        return self.nearest.get() if self.nearest else None

    def best_faq(self, bar: float | None = None, embed: bool = True) -> RankedFaq | None:
        """The FAQ entry the answer ranker (`intents.answer_ranker`) puts first and the
        probability that it is the answer. With `embed`, the message is embedded (~20 ms) if it
        was not yet; without, the embedding is used only if it was already computed. A caller
        that acts only on a ranking at least `bar` sure says so: where the ranking without the
        embedding is too far under `bar` for the embedding to lift it there
        (`meaning_could_reach`), that ranking is returned and the message is not embedded."""
        if self.ranking is None:
            return None
        if embed and bar is not None and self.nearest is not None and not self.nearest.done:
            lexical = self.ranking.rank(self, None)
            if not meaning_could_reach(lexical, bar):
                # Under `bar` with the embedding too, as without: the caller's answer is the same.
                self.nearest.asked = True  # as if computed (see `faq_settled`)
                return lexical
        near = self.nearest.scores() if self.nearest and (embed or self.nearest.done) else None
        return self.ranking.rank(self, near)

    def faq_settled(self) -> None:
        """The caller's FAQ question is answered without the ranker: skip its embedding (~30-40
        ms of CPU), but count the meaning as asked for, as `best_faq` would have (see
        `Nearest.asked`), so no later answer differs from the one with it computed."""
        if self.ranking is not None and self.nearest is not None:
            self.nearest.asked = True

    def ids(self, kind: str) -> list[str]:
        """Ids of the named records (or terms) of `kind`, in order of mention, without repeats."""
        found = self._named.get(kind)
        if found is None:
            found = self._named[kind] = tuple(dict.fromkeys(e.id for e in self.entities if e.kind == kind))
        return list(found)

    def records(self) -> list[tuple[str, str]]:
        """(kind, id) of every named record, in order of mention, without repeats. The studio
        itself ("Hengdian", "横店") is the setting of nearly every question, not its subject."""
        found = self._named.get(None)
        if found is None:
            named = list(dict.fromkeys((e.kind, e.id) for e in self.entities
                                       if e.kind in RECORD_KINDS and (e.kind, e.id) not in BACKGROUND))
            # "Dalynn Studio" is a partner and the name of a contact: the partner, unless the fact
            # asked is a contact's (email, hours), which the router resolves.
            found = self._named[None] = tuple(sorted(named, key=lambda r: r[0] == "contact"))
        return list(found)

    def filter(self, name: str) -> str | None:
        return next((v for k, v in self.filters if k == name), None)


# How far the message's embedding can lift the answer ranker's odds that its best FAQ is the
# answer (the `full` model's over the `lexical` one's, in logits). Measured on every ranking the
# router embedded for over all answer sets and the held-out NLU messages (2,609 rankings,
# 2026-12-02): at most 4.46, from rankings already over 0.4 (0.80 -> 0.997); from rankings under
# 0.1, where the gate skips, at most 2.9; none that ended over its caller's bar lifted more than
# 2.5. 4 leaves a logit to spare where it matters; `tests/test_perf20.py` measures it again on
# held-out messages (a refitted ranker or new FAQ lines could lift further).
MEANING_LIFT = 4.0
# From a ranking far under every caller's bar the lift is smaller: measured again (perf30,
# 2026-12-03) on 15,712 distinct texts (the held-out NLU messages and every read answer set,
# each understood alone and embedded), the rankings under `FAR_UNDER` that the embedding lifted
# to 0.25 or more (the lowest bar) rose at most 2.99 logits (0.036 -> 0.43); from 0.05-0.1 at
# most 3.35, from 0.15-0.2 up to 4.44 (to 0.95), so only the lowest band gets the smaller bound,
# with half a logit to spare (written as less than `MEANING_LIFT`: a test that lifts the gate
# away lifts both). `tests/test_perf30.py`.
FAR_UNDER = 0.05
FAR_LIFT_LESS = 0.5


def meaning_could_reach(lexical: RankedFaq | None, bar: float) -> bool:
    """Could the message's embedding lift the answer ranker's best FAQ from the `lexical`
    ranking (without the embedding) to probability `bar`? No FAQ at all: nothing to lift."""
    if lexical is None:
        return False
    lift = MEANING_LIFT - (FAR_LIFT_LESS if lexical.probability < FAR_UNDER else 0.0)
    return _logit(lexical.probability) + lift >= _logit(bar)


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


class Nearest:
    """The semantic FAQ scores of one text, computed at most once, when first asked for."""

    def __init__(self, index: SemanticIndex, text: str, shared: list | None = None) -> None:
        self.index, self.text = index, text
        self.done, self._scores = False, None
        # Asked for: computed, or skipped where the answer was settled without it
        # (`Understanding.faq_settled`). `scope.off_topic` reads the meaning only where the
        # router asked for it, never computing it for that alone.
        self.asked = False
        # The scores once computed, shared with the copies `again` makes (`Readings`): a copy
        # starts neither done nor asked, as a new reading of the text does, but computing its
        # scores is a look-up (the same vector, the same index: the same scores).
        self._shared = shared if shared is not None else []

    def again(self) -> Nearest:
        """A new `Nearest` of the same text (not done, not asked), sharing the computed scores."""
        return Nearest(self.index, self.text, self._shared)

    def scores(self) -> SemanticScores | None:
        self.asked = True
        if not self.done:
            if not self._shared:
                self._shared.append(self.index.scores(self.index.embedder.query(self.text))
                                    if self.text.strip() else None)
            self._scores = self._shared[0]
            self.done = True
        return self._scores

    def get(self) -> SemanticMatch | None:
        return self.index.summary(self.scores())


class Readings:
    """One message's readings: `understand` of each text once per turn. A reply reads the same
    part of a run-on message several times (`Router.multi` for its answer, the action after it,
    the lists it narrows, `each_ask`...: 4-8 readings of 3-5 texts on the longest messages,
    ~5-10 ms of CPU each); the reading depends only on the text and the knowledge, so it is
    made once and each later call gets a copy of it. The copy is a new `Understanding` with a
    new `Nearest` (not asked, not computed: `best_faq` and `scope.off_topic` decide as on a new
    reading) and new `ids`/`records` caches; only the computed FAQ scores are shared. Made per
    turn by `Brain.reply_to_text` and passed down as its `understand`: nothing outlives the
    message (no cache between chats or turns, nor across a knowledge reload)."""

    def __init__(self, understander: Understander, kb) -> None:
        self.understander, self.kb = understander, kb
        self._read: dict[str, Understanding] = {}

    def __call__(self, text: str) -> Understanding:
        read = self._read.get(text)
        if read is None:
            read = self._read[text] = self.understander.understand(text, self.kb)
            return replace(read, nearest=read.nearest.again()) if read.nearest is not None else read
        return replace(read, nearest=read.nearest.again()) if read.nearest is not None else replace(read)


class Ranking:
    """The answer ranker of one knowledge version and one message's TF-IDF scores (see
    `Understanding.best_faq`)."""

    def __init__(self, ranker: AnswerRanker, selector: FaqSelector, index: SemanticIndex | None,
                 found: LexicalScores) -> None:
        self.ranker, self.selector, self.index, self.found = ranker, selector, index, found

    def rank(self, u: Understanding, near: SemanticScores | None) -> RankedFaq | None:
        return self.ranker.rank(u, self.selector, self.found, near, self.index)


class Understander:
    """Holds the classifier and, per knowledge version, the entity index, the FAQ selector and
    (with an `embedder`) the semantic FAQ index."""

    def __init__(self, classifier: Classifier, embedder: Embedder | None = None,
                 cache_dir: Path | None = None, shipped_ranker: Path | None = SHIPPED_RANKER) -> None:
        self.classifier = classifier
        self.embedder = embedder
        if embedder is not None:
            one_blas_thread()
        self.cache_dir = cache_dir  # BOT_DATA_DIR/indexes: the FAQ selector and answer ranker fits
        self.shipped_ranker = shipped_ranker  # None: no cache at all, the ranker is fitted here
        self._cache: tuple | None = None
        self._lock = threading.Lock()

    def indexes(self, kb) -> tuple[EntityIndex, FaqSelector]:
        """One entity index and one FAQ selector per knowledge version, rebuilt after a reload
        (with the semantic index: new or edited FAQ lines are embedded here, once)."""
        return self._indexes(kb)[:2]

    def _indexes(self, kb) -> tuple[EntityIndex, FaqSelector, SemanticIndex | None, AnswerRanker | None]:
        with self._lock:
            if self._cache is None or self._cache[0] != kb.version:
                terms = list(kb.terms()) + person_terms(kb)
                semantic = (SemanticIndex.build(kb.faq, intent_lines(), self.embedder)
                            if self.embedder else None)
                entity_index, selector = EntityIndex.build(terms), FaqSelector.build(
                    kb.faq, intent_lines(), self.cache_dir)
                self._cache = (kb.version, entity_index, selector, semantic,
                               self._ranker(kb, entity_index, selector, semantic))
            return self._cache[1], self._cache[2], self._cache[3], self._cache[4]

    def _ranker(self, kb, entity_index: EntityIndex, selector: FaqSelector,
                semantic: SemanticIndex | None) -> AnswerRanker | None:
        """The answer ranker for this FAQ (cached; fitted when staff changed a FAQ line). Needs
        the real classifier: its parameters and training lines give the cross-validated intents."""
        if getattr(self.classifier, "params", None) is None:
            return None
        from intents.nlu.data import load_training_data

        def refitted(ranker: AnswerRanker) -> None:  # the fit for this version, done in a thread
            with self._lock:
                if self._cache is not None and self._cache[0] == kb.version:
                    self._cache = (*self._cache[:4], ranker)

        return load_or_fit_ranker(kb.faq, intent_lines(), selector, semantic,
                                  lambda text: _sketch(text, entity_index),
                                  load_training_data().examples, self.classifier, self.cache_dir,
                                  self.shipped_ranker, refitted=refitted)

    def ranker(self, kb) -> AnswerRanker | None:
        """The answer ranker of this knowledge version (None without a trainable classifier)."""
        return self._indexes(kb)[3]

    def understand(self, text: str, kb) -> Understanding:
        return self._read(text, *self._indexes(kb))

    def _read(self, text: str, entity_index: EntityIndex, faq: FaqSelector, semantic: SemanticIndex | None,
              ranker: AnswerRanker | None) -> Understanding:
        switch, rest = lexicon.language_request(text)
        # ("does Tour Guide 2077 come in Korean? the K-drama club wants it": whether a version exists,
        # asked for someone else, is still the title's languages, no reply in Korean)
        # ("el jardín bajo el código está en español? mi compañero no habla inglés": who does not
        # speak a language is why the version is asked, no verb asking for the reply)
        unspoken = lexicon.NOT_SPOKEN.sub(" ", _folded(text))
        version_asked = lexicon.version_language(text) is not None and lexicon.yes_no(text) \
            and lexicon.VERSION_WORDS.search(_folded(text)) is not None and not lexicon.REPLY_VERB.search(unspoken)
        if switch and not lexicon.REQUEST_WORDS.search(unspoken) and (not lexicon.for_someone_else(text) or version_asked) and any(
                e.kind not in ("topic", "lang") and e.text not in rest for e in entity_index.find(text)):
            # "any comedies in Spanish?": a filter, not a request (a name in the question after
            # the request is not: "de vuelta al español. ¿y las comedias?"; nor one for someone
            # else: "can I get the Eclipse over Qin synopsis in Spanish? it's for a producer in Lima")
            switch, rest = None, text
        if switch and lexicon.NEWS_IN_A_LANGUAGE.search(_folded(text)):
            # "mándame las noticias de lo nuevo que salga en español y Latinoamérica", "send me the news
            # on anything new in Spanish and Latin America": the news of what comes out in it, no reply in it
            switch, rest = None, text
        if switch and not lexicon.REPLY_VERB.search(_folded(text)) and any(
                e.kind in ("genre", "era") and lexicon.language_after(text[e.end:]) for e in entity_index.find(text)):
            # "algo de romance?? en coreano", "¿tienen misterio? en español porfa": a language said
            # after the genre asked, with no verb asking for the reply in it, is the works' language
            switch, rest = None, text
        if switch and SHOWN_IN_SPANISH.search(_folded(text)) and lexicon.asks_latam_reach(text) \
                and not lexicon.REPLY_VERB.search(_folded(text)):
            # "do u have a way to put ur shows in front of people like them sa spanish?": the shows in
            # Spanish for those people (the Spanish-language route), no reply asked in it (fixW16)
            switch, rest = None, text
        if switch and LANGUAGE_OF_A_THING.search(_folded(text)) \
                and not lexicon.REPLY_VERB.search(SPEAKERS_OF.sub(" ", _folded(text))):
            # "ustedes ayudan con la distribución en español o cómo", "do you help with distribution in
            # Spanish?": the language of a release, a dub or an audience, no reply asked in it (fixK24)
            switch, rest = None, text
        if switch and ONES_IN_A_LANGUAGE.search(_folded(text)) and not lexicon.REPLY_VERB.search(_folded(text)):
            # "las que estén en coreano" after a list of titles: those in it, no reply in Korean (para28)
            switch, rest = None, text
        if switch and ONLY_SPEAKS.search(_folded(text)) and TRANSLATING.search(_folded(text)):
            # "el del arpa solo habla español, alguien le puede traducir en el set": one of the crew who
            # speaks only that language, an interpreter asked for them, no reply in it (fixK24)
            switch, rest = None, text
        body = rest if switch else text
        quoted, around = _written_around_names(body, entity_index)
        written = around if quoted else detect(body) or detect(text)
        if written and (lexicon.pager_word(body) or (lexicon.asks_more(body) and len(body.split()) <= 2)
                        or _COMMAND_TYPED.match(body)):
            # "next", "more", "siguiente" typed in a Chinese chat: the pager button's own word,
            # no sign of the language the partner writes in (the chat's language stays); so is a
            # command's English word ("/contact" in a Korean chat is answered in Korean; fixZ21)
            written = None
        parts = tuple(lexicon.split_parts(body)) if body else ()
        prediction, request = self.classify(body) if body else (None, "")
        entities = _outside_place_names(body, tuple(entity_index.find(body))) if body else ()
        entities = _without_hosts(body, _without_kin(body, _without_denied(body, _without_spanish_han(body, entities))))
        entities = _western_towns(body, entities)
        entities = _without_phrasal_set(body, _without_stage_word(entities))
        entities = _without_street_address(body, _ko_streets(body, entities))
        entities = _decade_eras(body, entities)
        entities = _modern_city_is_urban(body, entities)
        entities = _audience_genres(body, entities)
        if prediction is not None and audience_situation(body, entities) and prediction.intent != "ask_catalog" \
                and (prediction.fallback or prediction.confidence < 0.6 or prediction.intent in {"help", "out_of_scope", *SMALL_TALK}):
            # "our weekday afternoon block is for grandparents and kids, anything that fits?",
            # "tenemos un bloque infantil los sábados, ¿qué nos sirve?": an audience told as a
            # situation, nothing else the classifier is sure of, asks for the titles that suit it
            prediction = replace(prediction, intent="ask_catalog", fallback=False)
        entities = _without_own_company(body, _without_own_market(body, entities))
        entities = _without_own_event(body, entities)
        entities = _scene_over_set_in_list(body, entities)
        entities = _without_own_month(body, entities)
        entities = _without_owner_alliance(entities)
        kept = _without_real_landmarks(body, entities)
        landmark, entities = len(kept) < len(entities), kept
        if prediction is not None and prediction.intent in SMALL_TALK and request != body and lexicon.ordinal(body) is None \
                and not (QUESTION_END.search(body) and lexicon.small_talk_only(request) is None
                         and ((prediction.intent != "greet" and any(e.kind == "era" for e in entities))
                              or (prediction.fallback and any(e.kind in TAXONOMY_KINDS for e in entities)))):
            # a greeting and who is writing ("...from a studio in Lima"): nothing asked. (A period
            # said before a question the classifier misreads, "lo nuestro va de Cao Cao y Liu Bei,
            # ¿qué decorado nos vendría bien?" ("Cao" read as "chao"), is the setting asked about;
            # so is a kind of title or set asked after a greeting and a situation the classifier
            # half reads as courtesy: "hola, mis sobrinos vienen cada fin de semana, ¿qué series
            # sirven para toda la familia?" ("fin de semana" read as a sign-off) asks the family titles;
            # one of a list picked, "the fourth one, has it got…", is never a greeting.)
            entities = ()
        filters = _filters(body, entities)
        found = faq.scores(request) if request else None
        faq_match = faq.summary(found)
        # Every fact asked, in `FACTS` order: the first is the one fact (one scan of the table, not two).
        # An incentive's name describes the support and asks nothing: "servicios de producción en
        # el lugar" (on-site services) is no question about a venue. (Other names stay: "when was
        # Dream Valley built?" needs the name between its words.) Nor is a genre's name: "love story
        # dramas" asks for romance titles, not a plot; nor a kind of scene's name of several words:
        # "period streets", "calles de época" ask for the sets with streets, not for a period (a
        # one-word name stays: "시장" is a partner's market as often as a street market, unless a set
        # is named: "does Guangzhou Street have a market?", "广州街有没有菜市场", "광저우 거리에 시장
        # 장면 있어요?" ask for a kind of scene there, not where the set is from).
        set_named = any(e.kind == "location" for e in entities) and not any(e.kind == "partner" for e in entities)
        described = tuple(e for e in entities if e.kind != "scene_type" or " " in e.text.strip() or set_named)
        facts = tuple(lexicon.facts_asked(unnamed(body, described, ("incentive", "genre", "scene_type")))) if body else ()
        facts = _without_facts_of_a_name(body, described, facts) if body else ()
        facts = _asked_of_the_head(body, entities, facts) if body else ()
        facts = _asked_in_the_named_clause(body, parts, entities, facts) if body else ()
        facts = _without_story_of_a_genre(body, entities, facts) if body else ()
        facts = _flavour_choice_of_a_title(body, entities, facts) if body else ()
        if body and "unpublished" not in facts and any(e.kind == "genre" for e in entities) \
                and lexicon.AGE_RATING_ASKED.search(_folded(body)) and not _TITLES_ASKED_FOR.search(_folded(body)):
            # a title's age rating asked with its audience, a genre word blanked above ("is X ok for
            # young kids?", "适合几岁的孩子看", "애들이 봐도 돼요?"): the rating, which no record holds
            facts = ("unpublished", *facts)
        if body and "episodes" not in facts and len({e.id for e in entities if e.kind == "work"}) == 1 \
                and not any(e.kind in RECORD_KINDS and e.kind != "work" for e in entities) and KO_EPISODES_OF_TITLE.search(body):
            # "광저우 야상곡은 모두 몇 편이요?", "사당의 비밀 총 몇 편이에요?": "how many 편" of one title named
            # counts its episodes (of the catalogue it counts titles: `catalog:about`); "우리 상영관" said
            # before is the partner's own hall, no venue asked (fixB17)
            facts = ("episodes", *(f for f in facts if f != "venue"))
        if body and "organisers" in facts and len(facts) > 1 and CO_HOST_SAID.search(_folded(body)) \
                and "organisers" not in lexicon.facts_asked(CO_HOST_SAID.sub(" ", _folded(body))):
            # "跟Reel-K合办的那个中韩对接会是哪一天", "the matchmaking you co-host with Reel-K, what day
            # is it?": the co-host says which event, its date is asked, not who organises it (fixB17)
            facts = tuple(f for f in facts if f != "organisers")
        if body and "country" in facts and set_named and any(e.kind == "scene_type" and e.id == "market" for e in entities) \
                and "country" not in lexicon.facts_asked(MARKET_WORD.sub(" ", _folded(body))):
            # "清明上河图那个景区有没有集市那种场景，我们要拍一个热闹的市场": the market is a scene at the
            # set named (said twice), not where a company sells (fixB17)
            facts = tuple(f for f in facts if f != "country")
        if body and {"logline", "about"} & set(facts) and HEARD_ABOUT.search(_folded(body)) \
                and not {"logline", "about"} & set(lexicon.facts_asked(unnamed(HEARD_ABOUT.sub(" ", _folded(body)), ()))):
            # "what is the A.R.C system I heard about on another podcast?", "¿qué es eso de lo que leí en
            # un blog?": where the partner heard of it, no plot or account asked (fixW16)
            facts = tuple(f for f in facts if f not in ("logline", "about"))
        if body and "episodes" in facts and OWN_EPISODE.search(_folded(body)) \
                and "episodes" not in lexicon.facts_asked(OWN_EPISODE.sub(" ", _folded(body))):
            # "does it have a western street? we need a European-looking bit for one episode": the
            # partner's own episode is what the scene is for, no episode count asked (fixW16)
            facts = tuple(f for f in facts if f != "episodes")
        if prediction is not None and prediction.intent == "ask_partners" and set(facts) <= {"country"} \
                and any(k == "region" or (k == "country" and v != "CN") for k, v in filters):
            # "Does HISDA work with any Korean companies?", "HISDA有韩国的合作公司吗？": the alliance
            # is whose partners are asked, by country; its own card is not the answer (its own
            # facts asked stay: "esa HISDA de los chinos, quién la fundó?")
            entities = tuple(e for e in entities if not (e.kind == "program" and e.id == "hisda"))
            filters = _filters(body, entities)
        if body and "recurrence" in facts and "date" in facts and lexicon.RECURRENCE_SAID.search(_folded(body)):
            # "qué días es vuestra muestra anual": the dates of the annual one, not how often it comes
            unsaid = lexicon.facts_asked(lexicon.RECURRENCE_SAID.sub(" ", _folded(body)))
            if "recurrence" not in unsaid and "date" in unsaid:
                facts = tuple(f for f in facts if f != "recurrence")
        if body and "era" not in facts and HISTORY_PERIOD.search(_folded(body)):
            facts = (*facts, "era")
        if body and "scene_types" in facts and HISTORY_PERIOD.search(_folded(body)) \
                and "scene_types" not in lexicon.facts_asked(HISTORY_PERIOD.sub(" ", _folded(body))):
            # "第三个可以拍哪些历史时期？", "可以拍邊啲歷史時期": the periods are what can be shot there,
            # no kind of scene (the genre's word "历史" cut out left "能拍哪些 时期" to read so)
            facts = ("era", *(f for f in facts if f not in ("era", "scene_types")))
        if body and "languages" in facts and not any(e.kind == "work" for e in entities) \
                and "languages" not in lexicon.facts_asked(lexicon.AUDIENCE_LANGUAGE.sub(" ", _folded(body))):
            # "do Chinese dramas find a Spanish-speaking public?": an audience by its language asks a
            # title's languages only of a title named, else it is the market asked about
            facts = tuple(f for f in facts if f != "languages")
        if body and facts[:1] != ("era",) and lexicon.OLD_OR_NEW.search(_folded(body)):
            # "¿son de época o actuales?": the period asked as a choice, its genre name ("de
            # época") taken out above with the other names, is the set's periods
            facts = ("era", *(f for f in facts if f != "era"))
        if body and "venue" in facts and "filmed" not in facts and lexicon.WHERE_FILMED.search(_folded(body)):
            # "where is it shot?": of a title, where it is filmed (`facts._work`); other records
            # hold no such fact and keep their venue
            facts = (*facts, "filmed")
        if body and "status" in facts and "date" in facts and lexicon.FIRMNESS_ASKED.search(_folded(body)) \
                and not lexicon.WHEN_ASKED.search(_folded(body)):
            # "is that date locked or still tentative?", "확정된 일정인가요", "日期定了没，还是暂定": whether
            # the date is firm is the event's status (its date named, no "when" asked); "是哪天，定了吗"
            # asks the date, and `facts.first_fact` keeps it
            facts = tuple(f for f in facts if f != "date")
        if body and "how_to_apply" not in facts and any(e.kind == "incentive" for e in entities) and (
                STEPS_SAID.search(_folded(body))
                or (HOW_SAID.search(_folded(body)) and ("how_to_apply" in lexicon.facts_asked(body)
                                                        or SIGN_UP_SAID.search(_folded(body))))):
            # "¿Cómo se solicita apoyo para un rodaje?": the verb is a word of the incentive's name
            # ("solicitud de apoyo para el rodaje", found typo-tolerant with the "cómo" beside it):
            # a "how" asks the way to apply, and so do its steps
            facts = ("how_to_apply", *facts)
        if body and "unpublished" in facts and any(e.kind == "incentive" for e in entities) \
                and lexicon.DEADLINE_ASKED.search(_folded(body)):
            # "촬영 지원 얼마 전에 신청해야 합니까?", "how far ahead do we request shoot support?": an
            # incentive's lead time is part of the way to apply (its `how_to_apply` says how long before)
            facts = tuple(dict.fromkeys("how_to_apply" if f == "unpublished" else f for f in facts))
        if body and "unpublished" in facts and "coproduction" in facts and any(e.kind == "work" for e in entities) \
                and lexicon.DEADLINE_ASKED.search(_folded(body)):
            # "사당의 비밀은 아직 공동제작 파트너를 받습니까, 이미 마감되었습니까?", "还接受合拍方吗，还是已经截止了":
            # a title's co-production closed or still open is its co-production status, no date unpublished
            facts = tuple(f for f in facts if f != "unpublished")
        read = Understanding(
            text=text, written=written,
            intent=prediction.intent if prediction else "set_language",
            confidence=float(prediction.confidence) if prediction else 1.0,
            fallback=bool(prediction.fallback) if prediction else False,
            entities=entities, fact=facts[0] if facts else None, facts=facts,
            filters=filters, ordinal=lexicon.ordinal(body) if body and own_of_two(body) is None else None,
            refers=lexicon.refers_back(body) if body else False,
            same_for=lexicon.same_for(body) if body else False,
            switch_lang=switch, rest=rest if switch else "",
            wants_person=asks_for_person(text) and not _news_written(text), connect=asks_to_connect(text),
            action=lexicon.action_asked(body) if body else None,
            gap=None if body and (_fact_for_paperwork(body, facts, entities) or _title_fact_of_use(body, facts, entities))
            else lexicon.gap_topic(unnamed(body, entities, RECORD_KINDS))
            # ("are the internships paid?": the pay asked of the name, "internships", taken out above)
            or ("pay" if lexicon.gap_topic(body) == "pay" else None) if body else None,
            gap_contact=lexicon.gap_contact(body) if body else None,
            faq=faq_match, wants_list=lexicon.asks_for_list(body) if body else False,
            people=bool(lexicon.PEOPLE.search(_folded(body))) if body else False,
            landmark=landmark, parts=parts, nearest=Nearest(semantic, request) if semantic and request else None,
            ranking=Ranking(ranker, faq, semantic, found) if ranker and found is not None else None)
        if read.gap == "permits" and body and KIT_CARRIED.search(_folded(body)) and lexicon.TRAVEL.search(_folded(body)) \
                and not PERMIT_WORDS.search(_folded(body)):
            # "landing in Shanghai with two tripods and a drone case, what's the least faff route down to
            # the studios?": the drone is luggage, the way there is asked, no permit (fixW16)
            read = replace(read, gap=None)
        if read.gap and body and any(e.kind in ("genre", "scene_type") for e in entities) \
                and lexicon.own_video_aside(body, read.gap):
            # "我哋想拍條宮廷風嘅酒店宣傳片 邊啲景有宮殿？", "드론 영상 찍을 건데 사극 뭐 있음?": the hotel the
            # video is for, the drone it is shot with; the titles or sets of a kind asked (fixH17)
            read = replace(read, gap=None)
        return read

    def _beyond_introduction(self, text: str):
        """"Soy Marisa, de una distribuidora de Vila-real. Buscamos thrillers para la
        programación.": who is writing, read as a greeting though none is said, and no part the
        classifier is sure of; the sentences after the introduction are the request (however
        unsure the classifier is of them, the FAQ is matched against them, not the writer's
        company). None when nothing but the introduction is said, or the rest is small talk."""
        beyond = lexicon.asked_beyond_introduction(text).strip()
        if not beyond or beyond == text.strip():
            return None
        asked = self.classifier.predict(beyond)
        if asked.intent in SMALL_TALK or asked.intent == "out_of_scope":
            return None
        return asked, beyond

    def classify(self, text: str):
        """Classify; if the message opens with small talk, let the request after it decide.

        Partners often write "Hi! We are a production company from Mexico and we'd like to
        shoot a Ming palace drama", or, in formal Korean, thank first and then ask
        ("감사합니다. 그런데 … 알려주실 수 있을까요?"): the courtesy is not what they want answered.
        """
        parts = clauses(text)
        if len(parts) >= 2 and "?" not in text and "？" not in text \
                and lexicon.introduction_only(text.split(parts[0], 1)[1]):
            # "안녕하십니까. 영화학교에서 연락드립니다.": a greeting and who is writing, nothing asked
            first = self.classifier.predict(parts[0])
            if first.intent == "greet" and not first.fallback:
                return first, parts[0]
        asked_after = lexicon.after_introduction(text)
        if asked_after:
            # "hi from a studio in Nairobi - which of your events can we join online?": the
            # question decides, not who is writing (a studio's words read as the partners list)
            asked = self.classifier.predict(asked_after)
            if not asked.fallback and asked.intent not in SMALL_TALK and asked.intent != "out_of_scope":
                return asked, asked_after
        prediction = self.classifier.predict(text)
        traded = lexicon.beyond_own_trade(text)
        if traded:
            # "we commission short dramas for a Nordic streamer. whens your next event?", "我们公司专门
            # 委托制作竖屏短剧，有喜剧吗？": what the writer does is context; the question decides
            asked = self.classifier.predict(traded)
            # (nor a bare "do you help with…?" read as the bot's help: "we shoot vertical shorts, do you
            # help with the costs if we come over?" asks the incentives, the trade beside it)
            if not asked.fallback and asked.intent not in SMALL_TALK and asked.intent not in ("out_of_scope", "help"):
                return asked, traded
        if prediction.intent not in SMALL_TALK:
            return prediction, text
        placeless = _without_own_place(text)
        if placeless is not None and QUESTION_END.search(text) and len(REQUEST_WORD.findall(placeless)) >= 3:
            # "anything coming up I could attend online from Karachi?": the partner's city read as
            # "greetings from Karachi"; the question without it decides (the city stays in the
            # message: the router still reads it as the partner's zone). A question of its own only:
            # "sorry, I meant the ones from Mexico" narrows the list before to a country)
            asked = self.classifier.predict(placeless)
            if not asked.fallback and asked.intent not in SMALL_TALK and asked.intent != "out_of_scope":
                return asked, placeless
        rest = lexicon.after_greeting(text)
        if rest:
            # "yo what's on in korea", "안녕하세요 어떤 행사 있어요": no stop to split at, but the
            # greeting's words open it; the request after them is what is asked
            asked = self.classifier.predict(rest)
            if not asked.fallback and asked.intent not in SMALL_TALK and asked.intent != "out_of_scope":
                return asked, rest
            if asked.fallback and asked.intent not in SMALL_TALK and asked.intent != "out_of_scope" \
                    and QUESTION_END.search(rest) and len(REQUEST_WORD.findall(rest)) >= 3 \
                    and lexicon.small_talk_only(rest) is None:
                # "Hey there! do you have any thrillers?": a question after the greeting is what is
                # asked, however unsure the classifier is of it (the words it names decide, as
                # they do for the question alone); never the greeting's reply
                return asked, rest
        beyond = self._beyond_introduction(text)
        if len(parts) < 2:
            return beyond or (prediction, text)
        pieces = (" ".join(parts[1:]), *parts[1:])
        candidates = [(self.classifier.predict(p), p) for p in pieces]
        requests = [(c, p) for c, p in candidates
                    if not c.fallback and c.intent not in SMALL_TALK and c.intent != "out_of_scope"
                    and (c.confidence >= UNSURE_WORD or len(REQUEST_WORD.findall(p)) >= 2)]
        # (one word the classifier is unsure of after a courtesy is no request: "brilliant,
        # thanks a mil, slán" signs off in Irish; it does not ask for the catalog)
        # The request is what a FAQ is matched against: "감사합니다. 그런데" would dilute it.
        if requests:
            return max(requests, key=lambda cp: cp[0].confidence)
        if beyond is not None:
            return beyond
        rest_prediction, rest = candidates[0]
        if prediction.intent != "greet" and QUESTION_END.search(text) and len(REQUEST_WORD.findall(rest)) >= 4:
            # "thanks. is there anything for Latin American producers?": a question after the
            # courtesy is what to answer, even one we cannot place ("you're welcome" ignores it)
            return rest_prediction, rest
        return prediction, text


# A place the partner is in or writes from, with its word ("from Karachi", "desde Lagos", "在卡拉奇",
# "카라치에서"), before or after the question
# A command typed as a message ("/contact", "/events@hisda_bot", "/start catalog"): the menu's word
_COMMAND_TYPED = re.compile(r"^\s*/[a-z_]+(@\w+)?(\s+[\w-]+)?\s*$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?:\b(?:from|in|out of|here in|desde|en|de|aqui en|aquí en)\s+|(?:我们?|人)?(?:从|在|身在|人在))$")
_FROM_AFTER = re.compile(r"^(?:에서는?|에선|에 있는데|에 살고 있는데|에 있어요|에서도)?")


def _without_own_place(text: str) -> str | None:
    """`text` without the places it names and their "from"/"desde"/"在"/"에서" (None when it
    names none, or nothing is left): a question asked from a city is the question."""
    folded = core_fold(text)
    if len(folded) != len(text):
        return None
    spans = place_spans(folded)
    if not spans:
        return None
    out, at = [], 0
    for start, end in spans:
        before = _FROM_BEFORE.search(folded[at:start])
        cut = at + before.start() if before else start
        out.append(text[at:cut])
        after = _FROM_AFTER.match(folded[end:])
        at = end + (after.end() if after else 0)
    out.append(text[at:])
    rest = re.sub(r"\s+([?？!！.,，。])", r"\1", " ".join("".join(out).split())).strip(" ,，、")
    return rest if rest and rest.strip("?？!！.。 ") else None


def _sketch(text: str, entity_index: EntityIndex) -> Understanding:
    """What the answer ranker's training needs of a line (named things, filters, list and gap
    words) without classifying or matching it: the ranker sets the intent itself."""
    entities = tuple(entity_index.find(text))
    return Understanding(text=text, written=None, intent="", confidence=0.0, fallback=True,
                         entities=entities, filters=_filters(text, entities),
                         wants_list=lexicon.asks_for_list(text), gap=lexicon.gap_topic(text))


@lru_cache(maxsize=1)
def one_blas_thread() -> None:
    """One BLAS thread for the process (once). A message's dense maths is a matrix-vector
    product of its embedding with ~4,600 example vectors (`SemanticIndex.scores`, ~0.5 ms on one
    core); numpy's OpenBLAS splits it over every core and then waits for them: on the shared
    2-core machine, 7-15 ms with two threads against 1-3 ms with one. Nothing else the bot
    computes is big enough to gain from a second thread."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")


@lru_cache(maxsize=1)
def intent_lines() -> list[tuple[str, str]]:
    """(text, intent) of the intent classifier's training lines (all languages): what partners
    ask that is not a FAQ question. Read once per process from the files shipped with the code.
    Off-topic lines only count words (some ask what a FAQ answers: "do I need a tourist visa
    for China"); they are no rivals of a FAQ."""
    from intents.nlu.data import load_training_data

    return [(ex.text, ex.intent) for ex in load_training_data().examples]


# The periods of history a set suits, said with the genre's word for history ("适合拍哪段历史",
# "什么历史背景的戏", "어느 역사 시대"): the name cut out of the message before `facts_asked` is
# the question here, so it is read in the whole message
HISTORY_PERIOD = re.compile(r"(哪段|哪一段) ?历史(?![剧片戏])|(哪些|哪个|什么|啥|哪种|边啲|邊啲|边个|乜嘢) ?历史 ?(时期|阶段|背景)|历史 ?(时期|阶段)"
                            r"|(어느|어떤|무슨) ?역사(적)? ?(시대|시기|배경)")
# How something is done, asked ("how", "cómo", "怎么", "如何", "어떻게")
HOW_SAID = re.compile(r"\bhow\b|\bcomo\b|怎么|如何|咋|어떻게")
# The steps asked of an incentive named, the applying a word of its own name or not said at all
# ("申请拍摄支持有哪些步骤", "¿qué pasos hay para pedir el apoyo?", "what steps do we follow to request
# shoot support?", "촬영 지원 절차"): an incentive's steps are its way to apply
STEPS_SAID = re.compile(r"\bsteps\b|\bpasos\b|步骤|步驟|流程|手续|手續|절차|단계"
                        # the process asked ("like what's the process", "¿cuál es el proceso?", "程序是怎样",
                        # "과정이 어떻게 돼요"; fixB17)
                        r"|\b(the|a|its|what'?s the|whats the|wats the) (process|procedure)\b|\b(el|cual es el) (proceso|procedimiento|tramite)\b|程序|과정이|프로세스")
# Signing up asked with a "how" of an incentive named ("how do we sign up for the on-site services?",
# "¿cómo nos inscribimos a los servicios in situ?", "现场制作服务怎么报名", "현장 제작 서비스 어떻게 등록해요?"):
# an incentive is signed up for by applying
SIGN_UP_SAID = re.compile(r"\bsign(ing)? (us |me |our \w+ )?up\b|\bsignup\b|\bregister\b|\benrol+\b|\benroll?ing\b"
                          r"|\binscrib|\bapunt(ar|arnos|arme|amos|o|arse)\b|报名|登记|등록|가입")
# Why a published fact is wanted ("need it for the insurance form", "lo necesito para el seguro",
# "要填保险单", "보험 서류에 필요합니다"): the paperwork is the partner's, the fact is ours to give
FOR_PAPERWORK = re.compile(
    r"\bneed (it|this|that|them|the \w+) for\b|\bfor (the|our|my|an?) \w+ (form|paperwork|application|documents?)\b"
    r"|\b(lo|la|los|las) (necesito|necesitamos|ocupo) para\b|\bpara (llenar|rellenar|completar|el formulario|la poliza|los tramites)\b"
    r"|要填|填(写)?.{0,6}(单|表)|用来办|办.{0,4}要用|(서류|양식|신청서)에 (필요|쓰|넣|기재)|작성(해야|하려고|에 필요)")
PAPERWORK_FACTS = frozenset({"venue", "address"})


def _fact_for_paperwork(body: str, facts: tuple[str, ...], entities) -> bool:
    """A record's address asked with the paperwork it is for: the address, no unpublished insurance."""
    return bool(PAPERWORK_FACTS & set(facts)) and any(e.kind in RECORD_KINDS for e in entities) \
        and FOR_PAPERWORK.search(_folded(body)) is not None


def _title_fact_of_use(body: str, facts: tuple[str, ...], entities) -> bool:
    """A named title's count, length or languages asked, the partner's budget told as the reason
    ("our dubbing budget covers eighty episodes, how many does X run?"): the fact, no price."""
    return bool(facts) and any(e.kind == "work" for e in entities) and lexicon.title_fact_beside_money(body, facts[0])


TAXONOMY_KINDS = frozenset({"era", "genre", "scene_type"})


# Where the partner is, said before a town ("acá en Rivera", "desde Rivera", "here in Ancoats"),
# or "en"/"in" before it when their clock is asked ("¿a qué hora empieza para nosotros en Rivera?")
_HERE_IN = re.compile(r"\b(?:(?:aca|aqui|alla|here|out here|over here|back home) (?:en|in)|desde|from|out of)\s+$")
_IN_TOWN = re.compile(r"\b(?:en|in)\s+$")
_CLOCK_WORDS = re.compile(r"\b(?:what time|que hora|a que hora|horas?|horario|time ?zone|local time|o'?clock)\b")


def _unknown_town_kept(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Without an era, genre or kind of set matched only by a near spelling where a town of the
    partner's stands: "acá en Rivera" (a town in Uruguay the place index does not know) is no
    "ribera", a riverside set, and "¿a qué hora empieza para nosotros en Rivera?" asks the clock
    there (the partner's zone, or their city asked; fixW26). A word spelled as the taxonomy has
    it ("sets en la ribera") stays."""
    if not any(e.kind in TAXONOMY_KINDS for e in entities):
        return entities
    folded = _folded(text)
    if len(folded) != len(text):
        return entities
    clock = _CLOCK_WORDS.search(folded) is not None or lexicon.YOUR_CLOCK.search(folded) is not None

    def town(e: Entity) -> bool:
        if e.score < 1.0:
            return bool(_HERE_IN.search(folded[:e.start]) or (clock and _IN_TOWN.search(folded[:e.start])))
        # a word spelled as the taxonomy has it that starts a town's capitalised name where the clock
        # there is asked: "a qué hora arranca acá en Río Branco", "en Puerto Montt", "aquí en Playa del
        # Carmen" ask the time in that town, not for a riverside, harbour or beach set (para27)
        return clock and text[e.start:e.start + 1].isupper() and bool(_IN_TOWN.search(folded[:e.start])) \
            and _NAME_TAIL.match(text[e.end:]) is not None

    return tuple(e for e in entities if not (e.kind in TAXONOMY_KINDS and town(e)))


# The rest of a town's name after its first word: a capitalised word, maybe after "del", "de la" ("Río
# Branco", "Puerto Montt", "Playa del Carmen")
_NAME_TAIL = re.compile(r"\s+(?:(?:de|del|de la|de los|das|do|da)\s+)?[A-ZÁÉÍÓÚÑ]\w+")


def _outside_place_names(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Without the eras, genres and kinds of set that are words of a country's or a city's name:
    "República Dominicana" names a market, not the Republican era; "what time is that in Port of
    Spain?" asks that city's clock, not for a harbour set."""
    folded = _folded(lexicon.without_pronoun_us(text))
    entities = _unknown_town_kept(text, entities)
    spans = [m.span() for pattern in (lexicon.country_pattern(), place_pattern()) for m in pattern.finditer(folded)]
    if not spans:
        return entities
    cities = [(start, end) for start, end, _ in places_named(folded)]
    # ...and without anything named by a word of a longer city's name ("Spain" of Port of Spain)
    return tuple(e for e in entities if not (
        (e.kind in TAXONOMY_KINDS and any(start <= e.start and e.end <= end for start, end in spans))
        or any(start <= e.start and e.end <= end and end - start > e.end - e.start for start, end in cities)))


# A period, genre or kind of set taken back for another in the same message ("조선시대는 아니고 명나라
# 배경입니다", "不是清朝，是明朝的戏", "not Qing, Ming", "no es de época Qing sino Ming")
_DENIED_BEFORE = re.compile(r"(\bnot|\bnothing|\bnon-?|\bno es|\bno|\bnada|\bsin|\bni|不是|并不是|不是那种|不要|不用|不搞|不拍|非)\s*(the |a |an |el |la |de |del |lo )?(\w+ )?$")
# ("진나라 거 말고 명나라 궁은 없나?", "청나라 쪽 건 말고": the thing of that period taken back too)
_DENIED_AFTER = re.compile(r"^\s*(시대|시절|배경|때|쪽|풍|물|극|드라마)?\s*(거|것|꺼|건|게)?\s*(은|는|이|가)?\s*(아니고|아니라|아니에요|아닙니다|말고)")


_GAP_PUNCT = re.compile(r"[,.;:?!，。；：？！、]")
# What lies between a co-host and its event: nothing, or a verb that makes the host a modifier
# ("랑 하는", "와 함께하는", "合办的", "with") — not a question about the partner ("에서는 누가")
_HOST_GAP = re.compile(r"^\s*$|(?:하|주최하|개최하|진행하|여|열|함께하)는|(?:合办|主办|联合|举办|一起办)的")


def _without_hosts(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Without a partner named just before an event as its co-host ("Reel-K 매칭 행사", "Reel-K랑
    하는 한중 비즈니스 매칭", "Reel-K matchmaking"): the event is the head of the phrase, the partner
    says whose it is. Two records joined by a connective alone ("Reel-K and the matchmaking") stay."""
    named_events = [e for e in entities if e.kind == "event"]
    if not named_events:
        return entities
    folded = _folded(text)
    hosts = set()
    for p in entities:
        if p.kind != "partner":
            continue
        for e in named_events:
            gap = folded[p.end:e.start]
            if 0 <= len(gap) <= 16 and not _GAP_PUNCT.search(gap) \
                    and _HOST_GAP.search(gap) and not lexicon.VALUES_JOINED.match(gap):
                hosts.add(id(p))
    return tuple(e for e in entities if id(e) not in hosts) if hosts else entities


def _without_denied(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Without the era, genre or kind of set the message denies, when another era, genre or kind
    of set is named beside it: the one meant."""
    folded = _folded(text)
    denied = {i for i, e in enumerate(entities) if e.kind in TAXONOMY_KINDS
              and (_DENIED_AFTER.search(_KO_DENIAL_ADVERB.sub("", folded[e.end:e.end + 24]))
                   or _DENIED_BEFORE.search(folded[max(0, e.start - 12):e.start]))}
    kept = tuple(e for i, e in enumerate(entities) if i not in denied)
    # the one meant is of the same kind ("not Qing, Ming") or another period, genre or scene
    # beside it ("present day, not historical": the era meant, no historical genre)
    return kept if any(k.kind in TAXONOMY_KINDS for k in kept) else entities


# An adverb that only strengthens a Korean denial ("사극이 전혀 아닙니다", "사극은 절대 아니고"): read
# as the denial it strengthens (`_without_denied`)
_KO_DENIAL_ADVERB = re.compile(r"(?<=[은는이가])\s*(전혀|절대로?|결코|딱히|완전히?|아예)(?=\s*(아니|아닙|아냐|아님|말고))")


# Someone's own family, no genre: "my wife's family is from Veracruz", "mi familia", "저희 가족",
# "我家人" ("family dramas", "drama familiar", "가족극" stay the genre)
_KIN_BEFORE = re.compile(r"(\b(my|our|his|her|their|your)|'s|\b(mi|mis|su|sus|nuestra|nuestras|tu))\s*$"
                         r"|(我|我们|我的|他|她|他的|她的|老婆|太太)\s*$|(저희|우리|제|내|아내|와이프|남편)\s*$")
_KIN_AFTER = re.compile(r"^\s*(is|are|was|were|lives?|comes?|es|son|vive|viven)\b|^\s*(family|familia)? ?(from|de)\b"
                        # a household, rich or noble: "la casa de una familia rica", "a wealthy family's house"
                        r"|^\s*(ric[oa]s?|adinerad[oa]s?|acomodad[oa]s?|poderos[oa]s?|pudientes?|nobles?|aristocratic[oa]s?|de (ricos|nobles|plata|dinero|alcurnia))\b|^'s\b")
# a rich or noble household, no genre: "a wealthy family's mansion", "the rich family's house"
_KIN_HOUSEHOLD = re.compile(r"\b(rich|wealthy|powerful|noble|aristocratic|merchant|landowning|old-money|moneyed)\s*$")


KIN_WORDS = frozenset({"family", "familia", "家庭", "가족", "families", "familias"})


# Spanish "han" the verb ("ya han ido", "¿han grabado allá?", "se han hecho"): before a participle or
# after a pronoun or "ya", no Han dynasty is named
_HAN_VERB_AFTER = re.compile(r"^\s+(\w+(ado|ido|ada|ida|to|cho|sto|so)s?|sido|estado|tenido|venido|ido|visto|hecho|dicho|puesto|escrito|vuelto|abierto)\b")
_HAN_VERB_BEFORE = re.compile(r"\b(ya|se|me|te|nos|les|le|lo|la|los|las|no|que|ellos|ellas|ustedes|quienes|cuantos|cuantas)\s+$")


def _without_spanish_han(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Without the Han era where "han" is the Spanish verb (`_HAN_VERB_AFTER`, `_HAN_VERB_BEFORE`)."""
    folded = _folded(text)
    return tuple(e for e in entities if not (
        (e.kind, e.id) == ("era", "han") and _folded(e.text) == "han"
        and (_HAN_VERB_AFTER.match(folded[e.end:e.end + 20]) or _HAN_VERB_BEFORE.search(folded[max(0, e.start - 10):e.start]))))


# The words that name interiors only as "a studio set" ("plató", "studio", "스튜디오"): with another
# kind of scene named ("¿qué platós tenéis con palacios?", "스튜디오 중에 궁궐 있는 데"), the word
# for the sets they are asked of, not a second filter (which would widen the list to every set with
# interiors and shift its order under the partner's "the third one")
_INTERIOR_PROPER = frozenset({"interior", "interiors", "interiores", "indoor", "indoors", "内景", "室内", "실내", "실내 세트"})


_SET_UP_AFTER = re.compile(r"\s*(up|out|off)\b", re.IGNORECASE)


def _without_phrasal_set(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Without a set found by a typo where "set" is the verb ("how can a foreigner set up WeChat
    Pay?": no "foreign set"; "set out", "set off" neither). A name typed as it is stays."""
    return tuple(e for e in entities if not (
        e.kind == "location" and e.score < 1.0 and _folded(e.text).rstrip().endswith(" set")
        and _SET_UP_AFTER.match(text, e.end)))


# A street said as part of an address ("the street address for that one", "la calle y el número",
# "在哪条街", "街道地址", "도로명 주소", "거리 주소"): where the set is, no street scene (fixG23)
_STREET_AS_ADDRESS_AFTER = re.compile(r"\W{0,2}(address|addy|name|number|no\b|y (el )?numero|numero)|地址|门牌|門牌|名|号|號|\s?주소|\s?번지|\s?이름")
_STREET_AS_ADDRESS_BEFORE = re.compile(r"(\b(what|which) |\ben (que|q|cual) |\bnombre de (la )?|\bnumero de (la )?|哪条|哪條|什么|什麼|무슨 |어느 )$")


# Titles asked for ("¿tienen algo apto para todas las edades?", "any shows ok for kids?", "有没有适合小孩看的",
# "애들이 봐도 되는 거 뭐 있어요?"): the family list, not one title's age rating (fixc13)
_TITLES_ASKED_FOR = re.compile(r"\b(tienen|tenes|teneis|tenis|hay) (algo|alguna|alguno|algunas|algunos|series|obras|titulos|microdramas)\b"
                               r"|\b(any|some) (shows?|titles?|series|dramas?|works?|things?)\b|\b(do|did) (you|u|y'all) (have|got) (any|anything|something)\b|\bgot anything\b"
                               r"|有没有|有沒有|有什么|有什麼|有哪些|뭐 ?있|있는 (거|것|작품|드라마)")

def _without_street_address(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    folded = _folded(text)
    return tuple(e for e in entities if not (
        (e.kind, e.id) == ("scene_type", "street")
        and (_STREET_AS_ADDRESS_AFTER.match(folded, e.end) or _STREET_AS_ADDRESS_BEFORE.search(folded[max(0, e.start - 14):e.start]))))


def _without_stage_word(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    if not any(e.kind == "scene_type" and e.id != "interior" for e in entities):
        return entities
    return tuple(e for e in entities if not (
        (e.kind, e.id) == ("scene_type", "interior") and _folded(e.text).strip() not in _INTERIOR_PROPER))


def _without_kin(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Without the family genre where the word is someone's family (`_KIN_BEFORE`, `_KIN_AFTER`)."""
    folded = _folded(text)
    return tuple(e for e in entities if not (
        (e.kind, e.id) == ("genre", "family") and _folded(e.text) in KIN_WORDS
        and (_KIN_BEFORE.search(folded[max(0, e.start - 12):e.start]) or _KIN_AFTER.match(folded[e.end:e.end + 14])
             or _KIN_HOUSEHOLD.search(folded[max(0, e.start - 14):e.start])
             # the homes an audience comes from ("our patrons are from Spanish-speaking families",
             # "vienen de familias hispanohablantes", "来自说西语的家庭", "스페인어 쓰는 가족 출신"; fixB17)
             or _KIN_FROM.search(folded[max(0, e.start - 30):e.start]) or _KIN_OF_LANGUAGE.match(folded[e.end:e.end + 24])
             # relatives somewhere ("our members have family in Latin America", "tienen familia en
             # Hispanoamérica", "在墨西哥有家人"): no genre (fixW16)
             or (_KIN_HAVE.search(folded[max(0, e.start - 12):e.start]) and _KIN_WHERE.match(folded[e.end:e.end + 14])))))


# ("son de familia" is what the titles are: "¿cuáles de sus series son de familia?" asks the genre;
# "son de familias hispanohablantes" is caught by the language after the word, `_KIN_OF_LANGUAGE`)
_KIN_FROM = re.compile(r"\b(from|come from|grew up in|raised in) (\w+[- ]){0,3}$|\b(vienen|provienen|proceden) de (\w+ ){0,2}$|来自.{0,10}$|出身.{0,6}$")
_KIN_OF_LANGUAGE = re.compile(r"^\s*(hispanohablantes?|de habla \w+|latinas?|migrantes?|inmigrantes?|que hablan \w+)\b|^\s*출신")
_KIN_HAVE = re.compile(r"\b(have|has|got|tiene|tienen|tengo|tenemos|teneis|tenes)\s+$")
_KIN_WHERE = re.compile(r"^\s*(in|back in|over in|out in|en|alla|aca|alli|que vive|que viven)\b")


# The real landmark a set copies, not the set: "the real Forbidden City in Beijing", "la verdadera
# Ciudad Prohibida", "北京的故宫", "진짜 자금성" name a sight of another town (its height, its tickets)
# that our replica is named after; "the Forbidden City set", "横店故宫" stay ours, and so does
# shooting there, a look-alike or a replica ("can we film a Forbidden City scene?")
_REAL_BEFORE = re.compile(r"(\b(the )?(real|actual|original|genuine|historic(al)?)|\b(la |el )?(verdader[oa]|autentic[oa])"
                          r"|真正的?|真的|真实的?|原版的?|北京的?|北京那个|진짜|실제|원래|오리지널|베이징(의|에 있는)?)\s*$")
_REAL_AFTER = re.compile(r"^\s*((itself|proper)\b|(in|of|de|en) (beijing|pekin|peking)\b|(real|original|de verdad|verdader[oa]|autentic[oa])\b)")
_OUR_SIDE = re.compile(r"\b(shoot|shooting|film|filming|set|sets|replica|copy|stand[- ]in|pass for|look(s)? like|like the|hengdian)\b"
                       r"|\b(rodar|rodaje|grabar|filmar|decorados?|replica|copia|parece|pasar por|como la|como el)\b"
                       r"|拍|取景|景区|片场|复刻|仿|像|横店|촬영|세트|재현|닮|비슷|헝뎬")


def _without_real_landmarks(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Without a set named only by the real landmark it copies, said as the real one (`_REAL_BEFORE`,
    `_REAL_AFTER`), when nothing of shooting or of our replica is said."""
    folded = _folded(text)
    if _OUR_SIDE.search(folded):
        return entities
    real = [e for e in entities if e.kind == "location"
            and (_REAL_BEFORE.search(folded[max(0, e.start - 14):e.start]) or _REAL_AFTER.match(folded[e.end:e.end + 16]))]
    return tuple(e for e in entities if e not in real)


# A town, city, street or village that looks European, Western or American ("a european town",
# "american small town", "pueblo europeo", "calle gringa", "欧式小镇", "美式街道", "유럽풍 마을"): the
# Western-style-street kind of set, not a Chinese village nor every set of the list
WESTERN_TOWN = re.compile(
    r"\b(european|western|american|british|french|italian|venetian|parisian|spanish|german|english|dutch|foreign|international|overseas)([- ](style|looking|like))?"
    r"( (old|small|little|country|main|city|town|village|medieval))? (towns?|cit(y|ies)|streets?|villages?|neighbou?rhoods?|squares?"
    r"|castles?|palaces?|piazzas?|plazas?|canals?|chateaux?|cathedrals?|churche?s?|manors?)\b"
    r"|\b(pueblos?|ciudad(es)?|calles?|barrios?|aldeas?|villas?|plazas?|castillos?|palacios?|canal(es)?|catedral(es)?|iglesias?)"
    r"( (pequen[oa]s?|antigu[oa]s?|tipic[oa]s?|medievale?s?|de estilo|con aire|con aspecto))?"
    r" (europe[oa]s?|occidental(es)?|american[oa]s?|gring[oa]s?|estadounidenses?|del oeste|italian[oa]s?|venecian[oa]s?|extranjer[oa]s?|internacionales"
    r"|frances(a|es|as)?|parisin[oa]s?|ingles(a|es|as)?|aleman(a|es|as)?)\b"
    r"|(欧式|欧洲|欧美|西式|西方|美式|美国|西洋|英式|法式|意大利|威尼斯|巴黎|外国|国外|异国)(风格|风情|风)?的?"
    r"(小镇|小城|城镇|城市|街道|街景|街|村庄|村落|乡村|村子|小村|镇子|广场|古堡|城堡|宫殿|教堂|庄园|运河|水城)"
    r"|(유럽|서양|서구|미국|영국|프랑스|이탈리아|베네치아|파리|외국|해외|이국)(풍|식|풍의|식의|의|스러운| ?같은| ?느낌의?)? ?(시골 ?)?"
    r"(마을|거리|도시|동네|타운|소도시|시내|골목|광장|고성|성곽|궁전|성당|운하|성(?![가-힣]))")
# the kind of scene its noun alone names ("a Venetian canal" is no Chinese riverside)
_NOT_WESTERN = frozenset({"village", "city_street", "western_street", "riverside", "palace", "court_intrigue", "city_wall", "temple"})


# A decade of the last century said as such ("the 30s", "1930s", "los años treinta", "de los 30s",
# "三十年代", "30年代", "1930년대"): its digit (or word) of the tens
_DECADE = re.compile(
    r"\b19(?P<full>[1-9])0 ?'?s\b|\b(?:the|los|las|de los|in the|early|late|mid) '?(?P<short>[2-9])0 ?'?s\b"
    r"|\b(?:anos|decada de(?: los)?|decada del) (?:19)?(?P<es>[2-9])0s?\b"
    r"|\b(?:anos|decada de(?: los)?) (?P<esword>veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)\b"
    r"|(?:19)?(?P<zh>[2-9])0 ?年代|(?P<zhword>[二三四五六七八九])十年代|(?:19)?(?P<ko>[2-9])0 ?년대")
_TENS = {"veinte": 2, "treinta": 3, "cuarenta": 4, "cincuenta": 5, "sesenta": 6, "setenta": 7, "ochenta": 8,
         "noventa": 9, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _decade_eras(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """"tengo un guion ambientado en el Shanghai de los 30s", "三十年代的上海", "1930년대 경성": a
    decade is a period of our sets: 1910s–1940s the Republican era, 1950s–1990s the modern one
    (the taxonomy's names for them), when no era is named already."""
    if any(e.kind == "era" for e in entities):
        return entities
    folded = _folded(text)
    if len(folded) != len(text):
        return entities  # (spans of the folded text would not be the message's)
    for m in _DECADE.finditer(folded):
        value = next(v for v in m.groupdict().values() if v)
        tens = int(value) if value.isdigit() else _TENS[value]
        era = "republican" if tens <= 4 else "modern"
        return (*entities, Entity(kind="era", id=era, text=text[m.start():m.end()], start=m.start(), end=m.end(),
                                  score=1.0))
    return entities


def _modern_city_is_urban(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """"anything modern set in a big city?", "algo moderno q pase en una gran ciudad?": "modern"
    beside the urban genre is that genre's present day, the titles asked, not the contemporary
    sets (a set or shoot said outside the story's "set in" keeps the era: "a modern set in a big city
    to shoot on")."""
    if not any(e.kind == "genre" and e.id == "urban" for e in entities) \
            or not any(e.kind == "era" and e.id == "contemporary" for e in entities) \
            or any(e.kind in RECORD_KINDS for e in entities):
        return entities
    unstoried = lexicon.STORY_SETTING.sub(" ", _folded(text))
    if lexicon.SETS_OR_SHOOT.search(unstoried) or lexicon.SET_WORDS.search(unstoried):
        return entities
    return tuple(e for e in entities if not (e.kind == "era" and e.id == "contemporary"))


# The name of one title asked, told by its story ("할머니가 로봇이랑 극단 살리는 그 드라마 제목이 뭐였지?",
# "what was the one with the robot called?", "那部机器人的剧叫什么？"): its story's words (a robot) are
# no mood to list a genre by
_TITLE_NAME_ASKED = re.compile(
    r"\b(what('s| is| was) (it|that|the (title|name))|(was|is) (it|that one|that show|that drama) called|name of (that|the) (one|show|drama|series))\b"
    r"|\bwhat (was|is|'s) (the|that) (one|show|drama|series)\b[^?.!]{0,40}\bcalled\b"
    r"|\b(titulo|como se llama(ba)?)\b|叫什么|叫啥|片名|剧名|名字是|제목|이름이 ?(뭐|뭔)")


def _audience_genres(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The genre an audience told as a situation stands for, when no genre or record is named:
    children and grown-ups watching together the family titles, emperors and dynasties the
    historical ones (`lexicon.MIXED_AUDIENCE`, `lexicon.HISTORY_AUDIENCE`); only beside a word of
    watching or titles and none of sets or shooting ("can we bring the kids to the set?")."""
    if any(e.kind in ("genre", "work", "location", "event", "program", "partner") for e in entities):
        return _mood_beside_genre(text, entities)
    folded = _folded(text)
    if len(folded) != len(text) or not lexicon.WATCHED.search(folded) or lexicon.SETS_OR_SHOOT.search(folded):
        return entities
    simplified = core_fold(to_simplified(text)[0])
    if len(simplified) == len(text):
        folded = simplified  # (Traditional characters read as the Simplified the tables are written in)
    moods = () if _TITLE_NAME_ASKED.search(folded) else lexicon.MOOD_GENRES
    for genre, pattern in (("family", lexicon.MIXED_AUDIENCE), ("historical", lexicon.HISTORY_AUDIENCE), *moods):
        if genre == "historical" and any(e.kind == "era" for e in entities):
            continue  # ("a Ming dynasty drama": the period named, its own reading)
        if (m := pattern.search(folded)) is not None:
            said = Entity(kind="genre", id=genre, text=text[m.start():m.end()], start=m.start(), end=m.end(), score=1.0)
            return tuple(sorted((*entities, said), key=lambda e: (e.start, e.end)))
    return entities


def audience_situation(text: str, entities: tuple[Entity, ...]) -> bool:
    """A family or history audience told as a situation beside a word of watching (a slot, a
    block, the kids), no record named, nothing about sets or shooting, no fact asked."""
    if not any(e.kind == "genre" and e.id in ("family", "historical") for e in entities) \
            or any(e.kind in ("work", "location", "event", "program", "partner", "incentive") for e in entities):
        return False
    folded = core_fold(to_simplified(text)[0])
    return bool(lexicon.WATCHED.search(folded)) and not lexicon.SETS_OR_SHOOT.search(folded) \
        and bool(lexicon.MIXED_AUDIENCE.search(folded) or lexicon.HISTORY_AUDIENCE.search(folded)) \
        and not lexicon.facts_asked(text)


# Fighting in general, a word the wuxia genre lists ("打打杀杀"), and the action genre's own name
_FIGHTING_ONLY = re.compile(r"打打杀杀|打打殺殺|打来打去|打打闹闹")
_ACTION_NAMED = re.compile(r"动作|動作|\baction\b|\baccion\b|액션")


def _mood_beside_genre(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """A wuxia mood beside the action genre's word ("the sword choreography of the fight scenes",
    "打戏的剑术"): the fights asked are sword fights, the wuxia titles (in place of action's)."""
    genres = {e.id for e in entities if e.kind == "genre"}
    if any(e.kind in ("work", "location", "event", "program", "partner") for e in entities) \
            or "action" not in genres or not genres <= {"action", "wuxia"}:
        return entities
    folded = core_fold(to_simplified(text)[0])
    if genres == {"action", "wuxia"} and len(folded) == len(text) and any(
            e.kind == "genre" and e.id == "wuxia" and _FIGHTING_ONLY.fullmatch(core_fold(to_simplified(e.text)[0])) for e in entities) \
            and any(e.kind == "genre" and e.id == "action" and _ACTION_NAMED.search(core_fold(to_simplified(e.text)[0])) for e in entities):
        # "粉丝就喜欢打打杀杀那种，有没有动作类的剧": fighting in general said beside the action genre's own
        # name is the action titles asked, no swords (fixB17)
        return tuple(e for e in entities if not (e.kind == "genre" and e.id == "wuxia"))
    m = dict(lexicon.MOOD_GENRES)["wuxia"].search(folded)
    if m is None or len(folded) != len(text) or lexicon.SETS_OR_SHOOT.search(folded):
        return entities
    said = Entity(kind="genre", id="wuxia", text=text[m.start():m.end()], start=m.start(), end=m.end(), score=1.0)
    kept = tuple(e for e in entities if e.kind != "genre" or e.id == "wuxia" and not (e.start < m.end() and m.start() < e.end))
    return tuple(sorted((*kept, said), key=lambda e: (e.start, e.end)))


# A Korean street asked of the sets ("거리 있는 세트", "길거리 나오는 촬영지", "세트 중에 거리가 있는 곳"):
# the bare noun is also a distance ("거리가 얼마나 돼요") and the tail of other nouns (볼거리, 먹거리), so
# it names the street scenes only beside a word for sets and with no distance said
_KO_STREET = re.compile(r"(?<![가-힣])(길거리|거리)(?=\s*(이|가|도|는|를|랑|하고|있|나오|많|풍경|세트|촬영|,|$))")
_KO_SET = re.compile(r"세트|촬영지|촬영장|로케|오픈 ?세트|스튜디오")
_KO_DISTANCE = re.compile(r"얼마|멀|떨어|가까|km|킬로|미터|시간|분 ?거리|두기")


def _ko_streets(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    if any(e.kind == "scene_type" for e in entities) or not _KO_SET.search(text) or _KO_DISTANCE.search(text):
        return entities
    m = _KO_STREET.search(text)
    if m is None:
        return entities
    street = Entity("scene_type", "street", m.group(1), m.start(1), m.end(1), 1.0)
    return tuple(sorted((*entities, street), key=lambda e: (e.start, e.end)))


def _western_towns(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The Western-style street for each town, street or village said to look Western
    (`WESTERN_TOWN`), in place of the village or city-street kind its noun alone names."""
    spans = [m.span() for m in WESTERN_TOWN.finditer(_folded(text))]
    if not spans:
        return entities
    kept = [e for e in entities if not (e.kind == "scene_type" and e.id in _NOT_WESTERN
                                        and any(start < e.end and e.start < end for start, end in spans))]
    kept += [Entity("scene_type", "western_street", text[start:end], start, end, 1.0) for start, end in spans]
    return tuple(sorted(kept, key=lambda e: (e.start, e.end)))


# The partner's own market said as theirs ("for our market", "pa nuestro mercao", "a mi mercado",
# "target market", "mercado objetivo", "저희 시장", "우리 시장"): where the titles would sell, not
# the market-street set
_OWN_MARKET_BEFORE = re.compile(r"(\b(our|my|your|their|target|home|local|domestic|nuestros?|mis?|tus?|sus?|vuestros?)"
                                r"|저희|우리|자국|국내|현지)\W*$")
_OWN_MARKET_AFTER = re.compile(r"^\W*(objetivo|local|nacional|domestico|meta)\b")


def _without_owner_alliance(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Without the alliance where one of its own programmes is named too ("HISDA的“三个一”具体指什么",
    "HISDA's talent program, what is it", "el plan ARC de HISDA"): the alliance owns it, the
    programme is what is asked (the outer name never wins over the inner, more specific one)."""
    programs = {e.id for e in entities if e.kind == "program"}
    if "hisda" not in programs or len(programs) < 2:
        return entities
    return tuple(e for e in entities if not (e.kind == "program" and e.id == "hisda"))


# The partner's own company told as a studio ("대전의 애니메이션 스튜디오에서 연락드립니다", "저희 스튜디오는",
# "we're an animation studio in Lyon", "somos un estudio de animación", "我们是一家动画工作室"): a
# company, no kind of set (the indoor sets' Korean alias "스튜디오"); said by its trade beside it, as
# one's own, or as where the writer writes from
_STUDIO_WORD = re.compile(r"스튜디오|\bstudios?\b|\bestudios?\b|工作室")
_COMPANY_TRADE = re.compile(r"(애니메이션|애니|제작|영상|게임|콘텐츠|광고|후반 ?작업|vfx|cg|animation|production|post-?production|games?"
                            r"|vfx|content|design|animacion|produccion|posproduccion|videojuegos|diseno|动画|动漫|制作|影视|后期|游戏|设计)\W{0,2}$")
_COMPANY_TRADE_AFTER = re.compile(r"^\s*(de|of) (animacion|produccion|posproduccion|videojuegos|diseno|animation|production|games)\b")
_OWN_BEFORE = re.compile(r"(저희|우리|제가 다니는|our|we'?re an?|we are an?|i work (at|for) an?|from an?|somos un|trabajo en un|soy de un|desde un"
                         r"|我们是|我们|我司|我们公司|本)\W{0,3}(\S+\W{0,2}){0,3}$")
_OWN_AFTER = re.compile(r"^\s*(에서 ?(연락|일하|근무|왔|왔습|문의)|입니다|이에요|예요|인데|는 |를 운영)")


def _without_own_company(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Without the set kind a studio word names where the studio is the partner's own company
    (`_COMPANY_TRADE`, `_OWN_BEFORE`, `_OWN_AFTER`): "대전의 애니메이션 스튜디오에서 연락드립니다. 선협물
    촬영지 추천해 주세요" asks for the fantasy sets, not the indoor ones."""
    folded = _folded(text)
    return tuple(e for e in entities if not (
        e.kind == "scene_type" and _STUDIO_WORD.search(folded[e.start:e.end])
        and (_COMPANY_TRADE.search(folded[max(0, e.start - 16):e.start]) or _COMPANY_TRADE_AFTER.match(folded[e.end:e.end + 20])
             or _OWN_BEFORE.search(folded[max(0, e.start - 24):e.start]) or _OWN_AFTER.match(folded[e.end:e.end + 12]))))


def _without_own_event(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Without an event (or the events topic, or a festival word read as a topic) named inside the
    partner's own festival or night (`lexicon.own_event_spans`: "our festival trailer", "저희 영화제
    예고편", "a small festival trust like ours", "在我们影展放映…"): theirs is no event of ours; the
    question asks about a title, a fee or a visa."""
    folded = _folded(text)
    spans = lexicon.own_event_spans(folded) if len(folded) == len(text) else []
    if not spans:
        return entities
    return tuple(e for e in entities if not (
        (e.kind in ("event", "topic") and (e.kind == "event" or e.id == "events" or lexicon.FESTIVAL_WORD.fullmatch(folded[e.start:e.end].strip())))
        and any(a <= e.start and e.end <= b for a, b in spans)))


def _without_own_month(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Without a month said as the partner's own milestone (`lexicon.OWN_MILESTONE`: "I graduate in
    June", "六月毕业"): when they are free, not the events of that month asked."""
    folded = _folded(text)
    if len(folded) != len(text) or not any(e.kind == "month" for e in entities):
        return entities
    near = [m.span() for m in lexicon.OWN_MILESTONE.finditer(folded)]
    return tuple(e for e in entities if not (e.kind == "month" and any(
        e.start - 25 <= b and a <= e.end + 25 for a, b in near)))


# What may stand between a set's words and a scene they describe: a space, "de/del/of/的/의/風/式/style"
_SCENE_PHRASE_GAP = re.compile(r"\s*((de|del|de la|de las|de los|of|of an?|of the|estilo|style|-style|type|tipo|的|式|风|風|风格的?|風格的?|의)\s*)?")


def _scene_over_set_in_list(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Without a set whose name is also a kind of scene ("imperial palace": the Ming-Qing palace and
    any palace) when the message asks which sets there are ("we need an imperial palace look, which
    of your sets have palaces?"): the kind of scene is asked of every set, not that one set's card."""
    scenes = {(e.start, e.end) for e in entities if e.kind == "scene_type"}

    def in_scene(e: Entity) -> bool:
        # the set's words are the scene's own or describe it in one phrase ("un patio de casa
        # antigua", "an old house courtyard": the kind of courtyard, then "¿qué sets tienen patio?")
        # (one phrase: nothing between but a joining word; "진왕궁에 절 있나요?", "秦王宫里有战场吗",
        # "a battlefield at the Qin Palace?" ask the scene of that set, its card)
        def one_phrase(span: tuple[int, int]) -> bool:
            a, b = (e.end, span[0]) if e.end <= span[0] else (span[1], e.start)
            if a >= b and e.start <= span[0] and span[1] <= e.end and e.end - e.start > span[1] - span[0]:
                return False  # (the scene word inside the set's own longer name, "광저우 거리·홍콩 거리 세트",
                # "송나라 거리": that set named, not the kind of scene)
            return a >= b or _SCENE_PHRASE_GAP.fullmatch(text[a:b]) is not None
        return any((e.start, e.end) == span or (e.start - 12 <= end and span[0] <= e.end + 12 and e.start != span[0]
                                                 and one_phrase(span))
                   for span in scenes for end in (span[1],))
    if not scenes or not any(e.kind == "location" and in_scene(e) for e in entities) \
            or not lexicon.asks_for_list(text):
        return entities
    return tuple(e for e in entities if not (e.kind == "location" and in_scene(e)))


def _without_own_market(text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Without the market-street set where the market named is the partner's own (`_OWN_MARKET_BEFORE`):
    "algo ligerito pa nuestro mercao" asks for light titles, not for a set of market streets."""
    folded = _folded(text)
    return tuple(e for e in entities if not (
        e.kind == "scene_type" and e.id == "market"
        and (_OWN_MARKET_BEFORE.search(folded[max(0, e.start - 12):e.start])
             or _OWN_MARKET_AFTER.match(folded[e.end:e.end + 12]))))


# Words of an age that name no place ("medieval", "Edad Media", "中世纪", "중세"): Europe's period
# only when no country outside Europe is named beside them ("medieval Korea" is Goryeo, not Europe)
AGE_ONLY = re.compile(r"\bmedieval\b|\bmiddle ages\b|\bedad media\b|中世纪|中世紀|중세")
EUROPE = frozenset({"AD", "AL", "AT", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB",
                    "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO",
                    "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SK", "SM", "UA", "VA", "XK"})


def era_elsewhere(text: str, entities) -> frozenset[str]:
    """Europe's period when only an age word named it ("medieval") and the message places the
    story in a country outside Europe ("our film takes place in medieval Korea", "la Edad Media en
    Japón"): which set suits that story is asked, not Europe's, so no "no set for Period Europe"."""
    ages = [e for e in entities if e.kind == "era" and e.id == "period_europe" and AGE_ONLY.search(_folded(e.text))]
    if not ages:
        return frozenset()
    country = lexicon.country_named(text)
    return frozenset({"period_europe"}) if country is not None and country not in EUROPE else frozenset()


_LANGUAGE_HOME = {"ko": "KR", "zh": "CN", "es": "ES"}
# a language's names that a country's name also reads ("Korean", "한국어", "韩语", "español")
_LANGUAGE_NAMES = re.compile(r"\b(korean|chinese|mandarin|spanish|coreano|chino|espanol|castellano)\b"
                             r"|한국어|한국말|중국어|스페인어|韩语|韩文|韓語|中文|汉语|西班牙语|西语")


_OUTSIDE_CHINA = re.compile(r"\b(outside( of)?|beyond|not from|other than|besides) (mainland )?china\b|\bnon-?chinese\b"
                            r"|\b(fuera|afuera) de china\b|\bno (sean |somos |son )?(de )?china\b|\bque no (sea|sean|es|son) (de )?china\b|\b(no|sin ser) chin[oa]s\b"
                            r"|(中国|中國|大陆|大陸)(以外|之外|境外|外面)|非中国|非中國|不是中国|不是中國"
                            r"|중국 ?(밖|외|바깥|이외)|중국이 아닌|비중국")


def _filters(text: str, entities: tuple[Entity, ...]) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    for kind, name in (("genre", "genre"), ("era", "era"), ("scene_type", "scene"), ("month", "month")):
        for ent in entities:
            if ent.kind == kind and (name, ent.id) not in found:
                found.append((name, ent.id))
    # ("브라질 제작사입니다. 파트너 중에 한국 회사 있나요?": the writer's own country is where they
    # are; a country the question names is the filter)
    # ("我在新加坡做短剧发行。HISDA现在有哪些成员单位？": a place said only of the writer is their
    # zone, no filter of what the question asks)
    asked = lexicon.asked_beyond_introduction(text)
    country = lexicon.country_named(asked) if asked.strip() and asked != text else lexicon.country_named(text)
    if not country and lexicon.SPANISH_CHARACTERS.search(_folded(text)):
        country = "ES"  # ("¿qué títulos hay con protagonistas españoles?": Spain's characters, no language)
    if country == "CN" and _OUTSIDE_CHINA.search(_folded(text)):
        # "producers from outside China", "productores de fuera de China", "中国以外的制片", "중국
        # 밖의 제작자": anywhere but China, no filter of China (fixQ16)
        country = None
    if country:
        found.append(("country", country))
    elif region := lexicon.region_named(text):
        found.append(("region", region))
    status = lexicon.work_status(text)
    if status:
        found.append(("coproduction", status))
    # "for a Latin American audience", "para público latino": the works with a Spanish version
    # (two joined first: "Korean and Spanish dubbing" names one version word for both, play33)
    work_lang = lexicon.work_languages_joined(text) or lexicon.work_language(text) or lexicon.market_named(text)
    if work_lang:
        found.append(("language", work_lang))
        if lexicon.work_language(text) and ("country", _LANGUAGE_HOME.get(work_lang)) in found \
                and (other := lexicon.country_named(_LANGUAGE_NAMES.sub(" ", _folded(text)))) != _LANGUAGE_HOME[work_lang]:
            # "which titles come with a Korean version", "한국어로 된 작품": the language of a version,
            # no country asked (a country said beside it is the one: "Korean version for Mexico")
            at = found.index(("country", _LANGUAGE_HOME[work_lang]))
            if other:
                found[at] = ("country", other)
            else:
                del found[at]
    if lexicon.PAST.search(_folded(text)):
        found.append(("when", "past"))
    elif lexicon.UPCOMING.search(_folded(text)):
        found.append(("when", "upcoming"))
    return tuple(found)


# The end of a Chinese or Korean modifier before the record it describes: "与Reel-K合办的|中韩对接会",
# "Reel-K와 공동 주최하는 |한중 매칭" (a relative clause: the verb in it asks nothing).
_MODIFIER_END = re.compile(r"(的|(하|되|열리|주최하|개최하|진행하|여|열)?(는|한|된|던|린|ㄴ))\s*$")


def _asked_of_the_head(body: str, entities: tuple[Entity, ...], facts: tuple[str, ...]) -> tuple[str, ...]:
    """The facts asked after the record a zh/ko relative clause describes ("与Reel-K合办的中韩对接
    会是哪一天？": its date, not its organisers, which "合办" only describes), when the words after
    the record ask a fact; else `facts` unchanged. Chinese and Korean put the clause before the
    noun, so its verb reads as a question of its own."""
    named = [e for e in entities if e.kind in RECORD_KINDS]
    if len(facts) < 2 or not named:
        return facts
    last = max(named, key=lambda e: e.end)
    before, after = body[:last.start], body[last.end:]
    if not _MODIFIER_END.search(before) or not lexicon.facts_asked(before):
        return facts
    tail = tuple(lexicon.facts_asked(after))
    return tail if tail else facts


def _news_written(text: str) -> bool:
    """Something new to be written about when it comes ("cada vez que salga un incentivo nuevo,
    escríbanme", "whenever a new title is out, message me"): the news wished for, nobody to be
    put through to."""
    folded = _folded(text)
    return lexicon.WRITE_WHEN_NEW_SAID.search(folded) is not None and lexicon.NEWS.search(folded) is not None


def _without_facts_of_a_name(body: str, entities: tuple[Entity, ...], facts: tuple[str, ...]) -> tuple[str, ...]:
    """`facts` without those only a set's or an event's own name says: "the Palace of the Ming
    and Qing Dynasties" names a set, and asks no period of it ("has the Palace of the Ming and
    Qing Dynasties got a garden?" asks its scenes; "¿el Palacio de las dinastías Ming y Qing
    tiene jardines?" too). A fact the rest of the message asks stays ("which dynasties does the
    Palace of the Ming and Qing Dynasties suit?"); so do the words around a name ("when was Dream
    Valley built?": the name is cut only to test it)."""
    named = tuple(e for e in entities if e.kind in ("location", "event"))
    if not facts or not named:
        return facts
    in_names = {f for e in named for f in lexicon.facts_asked(e.text)}
    if not in_names & set(facts):
        return facts
    rest = set(lexicon.facts_asked(unnamed(body, entities, ("incentive", "genre", "scene_type", "location", "event"))))
    return tuple(f for f in facts if f not in in_names or f in rest)


# Where a clause ends: punctuation in the four languages (a Korean run-on's clauses are its parts)
_CLAUSE_END = re.compile(r"[,，、;；:：.!?。！？\n]")


# A story noun said with a genre's name ("a love story", "a family story", "una historia de amor",
# "una historia familiar", "爱情故事", "가족 이야기"): the kind of story, no plot asked (fixW16)
_STORY_AFTER = re.compile(r"(?i)\s*-?\s*(stor(y|ies)|tales?|yarns?|plots?|故事|剧情|이야기|얘기|스토리)(?![a-z])")
_STORY_BEFORE = re.compile(r"(?i)(historias?|relatos?|cuentos?|tramas?|stor(y|ies) (of|about)|tales? of)\s+((de|del|sobre)\s+)?((la|el|los|las|un|una)\s+)?$")


# Where the partner heard of something ("I heard about on a podcast", "read about it in a blog",
# "que escuché en un pódcast", "oí hablar de eso en la radio"): no question about it (fixW16)
HEARD_ABOUT = re.compile(r"\b(i|we|i'?ve|we'?ve)? ?(heard|read|saw|seen|learned|learnt|found out) (about|of)( it| this| that| them)?"
                         r"( (on|in|at|from|through|via) (a|an|another|the|some|one|my|our|your|this|that) \w+( \w+)?)?"
                         r"|\b(escuche|lei|vi|oi) (hablar )?(de|sobre) (eso|esto|el|la|ello)?( en (un|una|el|la|otro|otra) \w+)?")


# One episode of the partner's own, said as what something is for ("for one episode", "in an episode
# of ours", "para un capítulo", "一集里要用", "한 회 분량에"): no episode count asked (fixW16)
OWN_EPISODE = re.compile(
    r"\b(for|in|during) (just |only )?(one|an|a single|a|our|my|one of (our|my)|that|this|the (last|first|final|next)) (short )?(ep|episode|chapter)\b"
    r"|\b(para|en|durante) (solo |nada mas )?(un|una|el|nuestro|nuestra|ese|este|el ultimo|el primer) (capitulo|episodio|cap)\b"
    r"|(有|在|就|为了|为)?(一|某|其中一|最后一|第一)集(里|里面|中|要|需要|用|戏)"
    r"|(한|어느|마지막|첫) ?(회|화|에피소드)(에|에서|분량|용|짜리)")


# The shows, or the people shown them, in Spanish ("put our shows in front of people like them in
# Spanish", "reach viewers in Spanish"): what the shows are in, no language for the reply (fixW16)
SHOWN_IN_SPANISH = re.compile(r"\b(them|people|folks|viewers|audiences?|shows?|dramas?|series|titles?|families|visitors|guests)"
                              r"( like (them|us|ours))? (in|en) (spanish|espanol|castellano)\W*$")


# The language of a thing of ours or theirs ("la distribución en español", "doblaje al castellano",
# "distribution in Spanish", "a release in Korean"): what is asked of it, not the reply's language
LANGUAGE_OF_A_THING = re.compile(
    r"\b(distribu\w*|dobla\w*|subtitul\w*|versi(on|ones)|traduccion\w*|estreno|lanzamiento|mercados?|publicos?|audiencias?"
    r"|distribution|distributing|dubbing|dubbed|dubs?|subtitles?|subtitled|releases?|audiences?|markets?|versions?)"
    r"( \w+)? (en|in|al|into|a|pal|para el) (spanish|espanol|castellano|english|ingles|chinese|chino|mandarin|korean|coreano)\b")
# Ones (of the titles listed) that come in a language, a relative clause ("las que estén en coreano",
# "los que vienen en inglés", "the ones that are in Spanish"): which of them, no reply asked in it (para28)
ONES_IN_A_LANGUAGE = re.compile(
    r"\b(las|los|ones|those) (que|that|which) (vengan|vienen|esten|estan|salgan|salen|come|comes|are|is)( \w+)?"
    r" (en|in|con|with) (spanish|espanol|castellano|english|ingles|chinese|chino|mandarin|korean|coreano)\b")
# Speakers of a language said as a people ("gente de habla hispana", "países de habla inglesa"): no verb of speaking
SPEAKERS_OF = re.compile(r"\bde habla (hispana|espanola|castellana|inglesa|china|coreana)\b")
# One of the crew who speaks only a language ("el del arpa solo habla español", "our gaffer only speaks
# Spanish", "他只会说西语", "그 친구는 스페인어만 해요")
ONLY_SPEAKS = re.compile(
    r"\b(solo|nomas|solamente|unicamente) (habla|hablan|entiende|entienden|sabe|saben|maneja|manejan) (el )?(espanol|castellano|ingles|chino|mandarin|coreano)\b"
    r"|\b(only|just) (speaks?|understands?|talks?) (spanish|english|chinese|mandarin|korean)\b"
    r"|只(会|懂|能)(说|讲|听)?(英语|英文|西语|西班牙语|中文|汉语|普通话|韩语)|(영어|스페인어|중국어|한국어)만 ?(해|하|할 줄|알|쓰)")


# Translating for someone ("alguien le puede traducir", "an interpreter for him", "给他翻译", "통역해 줄 사람")
TRANSLATING = re.compile(r"traduc|\binterpret|\btranslat|翻译|翻譯|通译|传译|口译|통역|번역")


# Kit carried on a trip ("a drone case", "two tripods and a drone", "una maleta del dron", "无人机箱",
# "드론 가방"): luggage, no permit asked (fixW16)
KIT_CARRIED = re.compile(r"\bdrone (case|cases|bag|bags|box|boxes|kit|flight ?case|backpack)\b|\b(tripods?|cases|bags|gear|kit)\b.{0,25}\bdrones?\b"
                         r"|\b(maleta|maletas|caja|cajas|estuche|mochila)s? (del? |con (el |un |los )?)?(dron|drone)s?\b|\b(tripodes?|equipos?|maletas)\b.{0,25}\b(dron|drone)s?\b"
                         r"|(无人机|無人機)(箱|包|的箱子)|(三脚架|脚架|器材|箱子).{0,10}(无人机|無人機)|드론 ?(가방|케이스|박스)|(삼각대|장비|가방).{0,12}드론")
PERMIT_WORDS = re.compile(r"\bpermits?\b|\blicen[cs]e|\binsurance\b|\bcustoms\b|\bimport\w*|\bcarnet\b|\bregist\w*|\bpermisos?\b|\blicencias?\b"
                          r"|\bseguros?\b|\baduanas?\b|\b(allowed|fly|flying|volar|permitid\w*)\b|许可|审批|报批|备案|登记|保险|通关|清关|报关|海关|能不能飞|허가|승인|신고|보험|세관|통관|띄우")


def _without_story_of_a_genre(body: str, entities: tuple[Entity, ...], facts: tuple[str, ...]) -> tuple[str, ...]:
    """"Is Half a Teahouse a romance, or more of a family story?", "¿es una historia de amor o una
    historia familiar?", "是爱情故事还是家庭故事", "사랑 이야기예요 가족 이야기예요?": a story noun joined
    to a genre's name is the genre asked (the title's genres), not its plot (`logline`)."""
    if "logline" not in facts or not any(e.kind == "genre" for e in entities):
        return facts
    blanked = body
    for e in sorted((e for e in entities if e.kind == "genre"), key=lambda e: -e.start):
        start, end = e.start, e.end
        after = _STORY_AFTER.match(blanked, end)
        if after:
            end = after.end()
        before = _STORY_BEFORE.search(blanked[max(0, start - 40):start])
        if before:
            start -= len(before.group(0))
        if after or before:
            blanked = blanked[:start] + " " * (end - start) + blanked[end:]
    if blanked == body or "logline" in lexicon.facts_asked(unnamed(blanked, entities, ("incentive", "genre", "scene_type"))):
        return facts
    return tuple(f for f in facts if f != "logline")


# "How many 편" of a title ("모두 몇 편이요", "총 몇 편이에요", "몇 편까지 있어요", "몇 편짜리"): its episode count
KO_EPISODES_OF_TITLE = re.compile(r"(모두|전부|총|다 ?해서|합쳐서|다)? ?몇 ?편(이|인|짜리|까지|으로|정도|쯤|이나|이에|이예|입니|이요|이여|이지|임|이야|\?|$)")


# An event's co-host said as which event is meant ("跟Reel-K合办的那个对接会", "the matchmaking you
# co-host with Reel-K", "el encuentro que organizan con Reel-K", "Reel-K랑 공동 주최하는 행사"), on folded text
CO_HOST_SAID = re.compile(
    r"(跟|和|与|同|與|联合)[^，。？！,.?!]{1,20}(合办|協辦|协办|联合主办|联合举办|一起办|一起搞|一起举办|共同举办|合作举办|共同主办|合作主办)的"
    r"|\b(co-?hosted|co-?organi[sz]ed|co-?run|organi[sz]ed|hosted|run|put on|held|doing|running|hosting|co-?hosting|organi[sz]ing|putting on)( together| jointly)? (with|alongside)\b"
    r"|\b(co-?host|co-?organi[sz]e|host|organi[sz]e|run|do|hold|put on)( it)? (together )?with\b"
    r"|\b(que|el que|la que|lo que) (organizan|hacen|montan|coorganizan|realizan|arman|organizais|haceis|organiza|hace) (junto )?(con|a)\b|\b(co)?organizad[oa] (junto )?con\b"
    r"|(와|과|랑|이랑|하고|와 함께|과 함께) ?(같이|함께|공동(으로)?|공동 ?주최로)? ?(주최하는|주최한|개최하는|개최한|여는|연|하는|진행하는|주관하는|주최하|공동 ?주최하는|공동 ?주최한|공동주최하는)")
# The word "market" said of a scene ("集市", "热闹的市场", "a busy market", "un mercado", "시장")
MARKET_WORD = re.compile(r"\bmarkets?( ?places?)?\b|\bmercad(o|os|illo|illos)\b|集市|市集|市场|市場|墟市|菜市场|장터|시장")


# What a story is full of, in partners' words ("swords", "snogging", "besos", "打戏", "칼싸움"): said as
# a choice of one title ("is it more swords or more snogging?") it asks the title's genres (fixW16)
_FLAVOUR = (r"(sword\w*|fight\w*|kung ?fu|martial arts|action|punch\w*|stunts?|kiss\w*|snog\w*|smooch\w*|romance|romantic|love|lovey[- ]dovey|mush\w*"
            r"|laughs?|funny|jokes?|comedy|scares?|scary|spooky|ghosts?|horror|tears?|crying|tearjerker|weepy|family|espadas?|espadazos|peleas?|golpes|accion"
            r"|besos?|besuqueo|amor|romantic[oa]|risas?|chistes|comedia|sustos?|miedo|terror|llanto|llorar|lagrimas|familiar|familia"
            # a genre's plain word ("a historical piece, or closer to a crime story?", "¿histórica o más bien
            # policiaca?": fixB17)
            r"|historical|history|period|costume|crime|mystery|whodunn?it|detective|thriller|suspense|sci-?fi|fantasy|wuxia"
            r"|historic[oa]|de epoca|policiac[oa]|policial|crimen(es)?|misterio|suspenso|detectives?|intriga)")
_FLAVOUR_CHOICE = re.compile(
    r"\b(more |mostly |mainly |all |lots of |a lot of |full of )?" + _FLAVOUR + r"\b.{0,25}\bor (is it |it'?s |is that )?(more |mostly |mainly |all |lots of |a lot of |full of |closer to |nearer to |more like |more of )?(an? )?" + _FLAVOUR + r"\b"
    r"|\b(mas |puro |pura |mucho |mucha |muchos |muchas |lleno de |llena de )?" + _FLAVOUR + r"\b.{0,25}\b(o|u) (es |mas bien |se acerca mas a |tira mas a |va mas por )?(mas |puro |pura |mucho |mucha |muchos |muchas |es )?(un |una )?(de |del )?(tipo |genero )?" + _FLAVOUR + r"\b"
    r"|(打戏|打斗|打打杀杀|武打|刀剑|动作|谈恋爱|恋爱|亲亲|撒糖|发糖|甜宠|虐恋|搞笑|吓人|恐怖|哭|催泪|家庭|爱情|古装|历史|年代|悬疑|犯罪|探案|推理|破案)(多|为主|比较多|剧|片|戏)?.{0,6}(还是|定系|抑或|或者)(.{0,4})"
    r"(打戏|打斗|打打杀杀|武打|刀剑|动作|谈恋爱|恋爱|亲亲|撒糖|发糖|甜宠|虐恋|搞笑|吓人|恐怖|哭|催泪|家庭|爱情|古装|历史|年代|悬疑|犯罪|探案|推理|破案)"
    r"|(칼싸움|칼부림|액션|싸움|무술|키스|연애|멜로|로맨스|웃긴|코믹|무서운|공포|눈물|신파|가족|사극|역사|시대극|범죄|추리|미스터리|스릴러)\S{0,6}\s*(아니면|\S*[,?]\s).{0,10}"
    r"(칼싸움|칼부림|액션|싸움|무술|키스|연애|멜로|로맨스|웃긴|코믹|무서운|공포|눈물|신파|가족|사극|역사|시대극|범죄|추리|미스터리|스릴러)")


def _flavour_choice_of_a_title(body: str, entities: tuple[Entity, ...], facts: tuple[str, ...]) -> tuple[str, ...]:
    """"Blade and Blossom - is that more swords or more snogging?", "¿es más de espadazos o de besos?",
    "那部是打戏多还是谈恋爱多", "그거 칼싸움이 많아요 아니면 연애가 많아요?": one title named, nothing else, and a
    choice between what stories are full of: the title's genres."""
    if set(facts) - {"logline"} or not any(e.kind == "work" for e in entities) \
            or any(e.kind in RECORD_KINDS and e.kind != "work" for e in entities) \
            or len({e.id for e in entities if e.kind == "work"}) != 1:
        return facts
    said = unnamed(body, entities, ("work",))
    return ("genres",) if _FLAVOUR_CHOICE.search(_folded(said)) else facts


def _asked_in_the_named_clause(body: str, parts: tuple[str, ...], entities: tuple[Entity, ...],
                               facts: tuple[str, ...]) -> tuple[str, ...]:
    """The facts the clause naming the record asks, when clauses before it ask nothing but say
    who is writing with a fact's word ("我司系一家以历史题材见长的公司，…请简要介绍《御前钟表匠》的故事梗概":
    its plot, not its genres; "공동제작 일 하고 있는 프로듀서인데요 … 황제의 시계공은 어떤 내용이에요?": its
    plot, not its co-production); else `facts` unchanged."""
    named = [e for e in entities if e.kind in RECORD_KINDS]
    if len(facts) < 2 or not named:
        return facts
    last = max(named, key=lambda e: e.end)
    ends = [m.end() for m in _CLAUSE_END.finditer(body, 0, last.start)]
    starts = [at for part in parts[1:] if 0 < (at := body.find(part)) <= last.start]
    start = max([*ends, *starts], default=0)
    before = body[:start]
    if not before.strip() or any(lexicon.asks_question(c) for c in _CLAUSE_END.split(before) if c.strip()) \
            or not lexicon.facts_asked(unnamed(before, entities, ("incentive", "genre"))):
        return facts
    moved = tuple(replace(e, start=e.start - start, end=e.end - start) for e in entities if e.start >= start)
    tail = set(lexicon.facts_asked(unnamed(body[start:], moved, ("incentive", "genre"))))
    kept = tuple(f for f in facts if f in tail)
    if "episode_minutes" in facts and lexicon.LENGTH_LIMIT.search(_folded(before)):
        # "our app cuts anything over two minutes. would its episodes pass?": the limit told
        # first is what the episodes are weighed against, their length asked
        kept = ("episode_minutes", *(f for f in kept if f != "episode_minutes"))
    return kept or facts


# The records whose names are proper names, written in whatever language the record's owner chose
# ("Ghost in the Volume", "Hengdian World Studios"): no evidence of the language a partner writes in
NAMED_RECORDS = ("work", "location", "event", "program", "partner", "incentive")


def _written_around_names(body: str, entity_index: EntityIndex) -> tuple[bool, Lang | None]:
    """Whether a message in Latin letters quotes the name of a record, and the language of what is
    written around the names: "cuéntame de Ghost in the Volume" is Spanish, though the English
    title has more words than the Spanish around it; "Ghost in the Volume" alone, or with too
    little around it to tell ("y Ghost in the Volume?"), says nothing of the partner's language
    (None: the chat's stays). Only a name of two words or more found exactly is set aside (a
    one-word name is as often a word of the sentence); (False, None) when none is quoted, and
    the message is read whole."""
    if not body or script_language(body) != "latin":
        return False, None
    names = tuple(e for e in entity_index.find(body)
                  if e.kind in NAMED_RECORDS and e.score >= 1.0 and len(e.text.split()) >= 2)
    return (True, detect(unnamed(body, names))) if names else (False, None)


def unnamed(text: str, entities: tuple[Entity, ...], kinds: tuple[str, ...] | None = None,
            filler: str = " ") -> str:
    """`text` with each name the entity index found in it (of `kinds`, every kind by default)
    replaced by `filler`. A name is explained by being found ("rom-coms" is a genre's name), and
    a title's own words ask nothing ("궁중 시청률 전쟁", the catalog's "Palace Ratings War", is no
    question about ratings)."""
    for ent in sorted(entities, key=lambda e: -e.start):
        if (kinds is None or ent.kind in kinds) and text[ent.start:ent.end] == ent.text:
            text = text[:ent.start] + filler + text[ent.end:]
    return text


def _folded(text: str) -> str:
    from core.text import fold
    return fold(text)


_PERSON_SPLIT = re.compile(r"[(),，（）;；]|英文名|영문명")
# A department's name said without the word "department" ("who runs international business?",
# "¿quién dirige negocios internacionales?"; para21): the words before or after it still name the
# team when two or more are left (Latin script only: Chinese 国际业务 / Korean 국제사업 alone are
# everyday nouns)
_DEPARTMENT_WORD = re.compile(r"^\s*(departamento|oficina|area|área) de\s+|\s+(department|dept\.?|office)\s*$", re.IGNORECASE)


def person_terms(kb) -> list[Term]:
    """Contacts' people by name alone: "Guo Shu (Caroline Guo), General Manager" is found by
    "Guo Shu" and by "Caroline Guo"; the knowledge file keeps the name and title together."""
    terms: list[Term] = []
    for cid, contact in kb.contacts.items():
        for lang in ("en", "es", "zh", "ko"):
            role = getattr(contact.role, lang, None)
            head = _PERSON_SPLIT.split(role)[0].split(",")[0].strip() if role else ""
            if len(head) >= 4:  # "International Business Department", "HISDA Secretariat"
                terms.append(Term("contact", cid, lang, head))
                bare = _DEPARTMENT_WORD.sub("", head).strip()
                if bare != head and lang in ("en", "es") and len(bare.split()) >= 2:
                    terms.append(Term("contact", cid, lang, bare))
        if not contact.person:
            continue
        for lang in ("en", "es", "zh", "ko"):
            text = getattr(contact.person, lang, None)
            if not text:
                continue
            pieces = [p.strip() for p in _PERSON_SPLIT.split(text) if p.strip()]
            names = pieces[:2] if "(" in text or "（" in text else pieces[:1]
            for name in names:
                if len(name) >= 2:
                    terms.append(Term("contact", cid, lang, name))
            han = names[0] if names and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", names[0]) else ""
            if lang == "zh" and han:
                # "我想找郭总聊聊": the surname with the title said of a general manager
                # ("郭姝，总经理" is 郭总 and 郭经理 to a Chinese partner)
                for title, said in (("总", "总"), ("总", "總"), ("经理", "经理"), ("经理", "經理"), ("主任", "主任")):
                    if title in text:
                        terms.append(Term("contact", cid, lang, han[0] + said))
            terms += _surname_with_title(cid, lang, text, names)
    return terms + quoted_people(kb, terms)


# How partners address a contact by surname: "Ms Guo", "la señora Guo", "궈 총괄님"
_LATIN_HONORIFICS = {"en": ("ms", "mrs", "miss", "mr"), "es": ("señora", "señor", "sra.", "sr.", "sra", "sr")}
_KO_TITLES = ("총괄", "매니저", "대표", "부장", "팀장", "센터장", "국장", "사무국장")


def _surname_with_title(cid: str, lang: str, text: str, names: list[str]) -> list[Term]:
    """A contact's surname with the courtesy title partners put before (en/es) or after (ko) it:
    "Ms Guo" and "la señora Guo" for "Guo Shu (Caroline Guo)" (the surname is the word both
    spellings share), "궈 총괄님" for "궈수(…) 총괄 매니저" (the first syllable, with a title the
    record itself gives)."""
    terms: list[Term] = []
    if lang in _LATIN_HONORIFICS:
        spelled = [n.split() for n in names if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+", n)]
        shared = set(spelled[0]).intersection(*spelled[1:]) if len(spelled) > 1 else set()
        surname = next(iter(shared), spelled[0][0] if spelled else "")
        for title in _LATIN_HONORIFICS[lang] if surname else ():
            terms.append(Term("contact", cid, lang, f"{title} {surname}"))
    elif lang == "ko" and names and re.fullmatch(r"[가-힣]{2,4}", names[0]):
        for title in _KO_TITLES:
            if title in text:
                terms += [Term("contact", cid, lang, f"{names[0][0]} {title}{tail}") for tail in ("님", "")]
    return terms


# A person named in a record's text with the Latin spelling after the local one:
# "周德鸣（Dennis Chau，…" / "데니스 차우(Dennis Chau)" / "이주익(Jooick Lee)".
_LATIN_NAME = r"([A-Z][a-z]+(?: [A-Z][a-z]+)+)"
_ZH_PERSON = re.compile(r"([\u4e00-\u9fff]{2,3})[（(](?:英文名\s*)?" + _LATIN_NAME)
_KO_PERSON = re.compile(r"(?<![가-힣])((?:[가-힣]{2,4} )?[가-힣]{1,4})\((?:영문명\s*)?" + _LATIN_NAME)


def quoted_people(kb, known: list[Term]) -> list[Term]:
    """People that partner records name in their texts (a partner's CEO, COO...): "who is
    Dennis Chau?", "周德鸣是谁？", "이주익 대표가 누구예요?" find the partner, or the contact when
    the person is one of ours ("캐롤라인 궈" is the contact "Guo Shu (Caroline Guo)")."""
    contact_of = {t.text.casefold(): t.id for t in known if t.kind == "contact"}
    terms: list[Term] = []
    for pid, partner in kb.partners.items():
        for lang, pattern in (("zh", _ZH_PERSON), ("ko", _KO_PERSON)):
            text = getattr(partner.description, lang, None) or ""
            for local, latin in pattern.findall(text):
                cid = contact_of.get(latin.casefold())
                kind, rid = ("contact", cid) if cid else ("partner", pid)
                if lang == "zh":  # "总经理郭姝": the name of ours it ends with, else three characters
                    local = next((n for n in contact_of if local.endswith(n)), local[-3:])
                terms += [Term(kind, rid, lang, local), Term(kind, rid, "en", latin)]
    return list(dict.fromkeys(terms))
