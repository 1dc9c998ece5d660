"""Which FAQ entry a message asks, as Rasa's ResponseSelector or Azure question answering do it:
every entry's question and paraphrases (four languages, `faq.yaml`) are its training examples.

A message is compared with every example by cosine similarity of TF-IDF vectors: character
n-grams inside word boundaries (2-4, no segmentation, so Chinese and Korean work as written and
typos cost little) plus word unigrams and bigrams. An entry's score is its best example's. The
caller gates on the score *and* the margin over the runner-up (Rasa's FallbackClassifier rule).

Fitted once per FAQ and intent data (identical texts vectorized once) and kept on disk in
`BOT_DATA_DIR/indexes` (`intents.selector_store`), so a restart reads arrays instead of fitting
(at 100x the knowledge the fit took most of a 30 s start). Scoring one message touches only the
columns it has, with numpy alone (`intents.nlu.sparse`), adding in scipy's order: the scores
keep their bits.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np

from core import lazy_re as re  # patterns compiled on first use: see core/lazy_re.py
from core.i18n import opencc_convert
from core.text import normalize
from intents import selector_store
from intents.lexicon import OTHER_LICENCE
from intents.nlu.classifier import word_tokens
from intents.nlu.sparse import Columns, GroupMax, StoredColumn
from intents.nlu.tfidf import Tfidf, char_wb_ngrams, term_columns, term_names

TWIN = 0.6  # an intent line this close to a FAQ example is that FAQ asked (cosine)


@dataclass(frozen=True)
class FaqMatch:
    """Best entry `id`, its cosine `score` (0-1), `margin` over the next entry, and `rival`: the
    similarity of the closest message that is *not* a FAQ question (the intent training lines:
    "what sci-fi titles do you have", "write me a poem"). A FAQ that a non-FAQ line beats is not
    what the partner asked."""

    id: str
    score: float
    margin: float
    rival: float = 0.0
    content: float = 0.0  # highest IDF of a topic word the message shares with the best example
    strict_content: float = 0.0  # the same, counting words of three intents as function words
    core_content: float = 0.0  # a topic word shared with the entry's own question or tags
    twin: float = 0.0  # similarity of the closest intent line that is itself a FAQ question


@dataclass(frozen=True)
class LexicalScores:
    """One message against every entry: `best` cosine per entry (in `FaqSelector.entries`
    order), `sims` per example, the `rival` and `twin` similarities and the message's word ids."""

    best: np.ndarray
    sims: np.ndarray
    rival: float
    twin: float
    word_ids: np.ndarray


@dataclass(frozen=True)
class Terms:
    """A fitted block's terms in column order (sorted) and their idf. Looked up by binary
    search rather than a dict of every term (~10 MB of Python strings at the shipped size);
    read from the index on disk, the names stay memory-mapped."""

    names: np.ndarray
    idf: np.ndarray

    @classmethod
    def of(cls, fitted: Tfidf) -> Terms:
        return cls(fitted.names, fitted.idf_)

    def __len__(self) -> int:
        return len(self.names)

    def columns(self, terms: list[str]) -> np.ndarray:
        """The column of each term, -1 for a term not in the vocabulary."""
        return term_columns(self.names, terms)


class FaqSelector:
    def __init__(self, ids: list[str], texts: list[str], negatives: list[str] | None = None,
                 function_words: frozenset[str] = frozenset(),
                 common_words: frozenset[str] = frozenset()) -> None:
        negatives = list(negatives or [])
        self.function_words = function_words
        self.common_words = common_words or function_words
        self._lines(ids, texts, negatives)
        self._core: dict[int, np.ndarray] = {}
        if not texts:
            self._fitted = False
            return
        # Identical texts (an entry copied, an intent line repeated) are vectorized once; the idf
        # still counts every copy, as fitting on all of them did.
        copies = Counter(texts + negatives)
        unique = list(copies)
        row_of = {text: i for i, text in enumerate(unique)}
        # As scikit-learn's TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4),
        # preprocessor=prepare) and a word analyzer, both sublinear, fitted by
        # `Tfidf.fit_transform` (same numbers, neither scikit-learn nor scipy).
        char_fit, char = Tfidf.fit_transform(unique, _char_grams, True, [copies[t] for t in unique])
        word_fit, word = Tfidf.fit_transform(unique, _word_grams, True, [copies[t] for t in unique])
        self.char, self.word = Terms.of(char_fit), Terms.of(word_fit)
        stacked = char.hstack(word.scaled(0.7))
        # scipy squared the stacked rows through a product, which reversed their entries.
        rows = stacked.scaled(1.0 / stacked.reversed().norms()).reversed()
        char_width, word_width = len(self.char), len(self.word)
        # Every row holds its word columns, then its character columns, each ascending.
        rank = np.concatenate([np.arange(char_width) + word_width, np.arange(word_width)])
        example_rows = np.array([row_of[t] for t in texts], dtype=np.int64)
        negative_rows = np.array([row_of[t] for t in negatives], dtype=np.int64)
        twin = np.zeros(len(negatives))
        if negatives:
            # The intent data files some FAQ questions under their subject ("are there subsidies
            # for vertical dramas?" is ask_incentives): such a line is the FAQ asked, no rival.
            asked = np.unique(negative_rows)
            examples = Columns.of(rows.take(np.unique(example_rows)), rank)
            closest = examples.products(rows.take(asked)).max(axis=1)
            twin = closest[np.searchsorted(asked, negative_rows)]
        vocabulary = term_names(self.word.names)
        weak = np.array([_weak_cjk(w) for w in vocabulary], dtype=bool)
        self._fit(Columns.of(rows, rank), word.indptr, word.indices, example_rows, negative_rows,
                  np.flatnonzero(twin < TWIN), np.flatnonzero(twin >= TWIN),
                  {name: np.array([w in words for w in vocabulary], dtype=bool) | weak
                   for name, words in (("function", self.function_words), ("common", self.common_words))})

    def _lines(self, ids: list[str], texts: list[str], negatives: list[str]) -> None:
        self.ids = ids
        self.entries = list(dict.fromkeys(ids))  # in order of first appearance
        position = {entry: i for i, entry in enumerate(self.entries)}
        self._column = np.array([position[i] for i in ids], dtype=np.int64)
        self._best_of = GroupMax(self._column, len(self.entries))
        self._texts = texts
        self._negative_texts = negatives

    def _fit(self, rows: Columns, word_indptr: np.ndarray, word_indices: np.ndarray,
             example_rows: np.ndarray, negative_rows: np.ndarray, kept: np.ndarray,
             twins: np.ndarray, ignore: dict[str, np.ndarray]) -> None:
        """Take what scoring needs: the unique rows by column, which unique row each example,
        rival and twin line is, the examples' word ids (`_shared_idf`)."""
        self._fitted = True
        self._rows = rows
        self._word_indptr, self._word_indices = word_indptr, word_indices
        self._example_rows, self._negative_rows = example_rows, negative_rows
        self.kept, self._twin_lines = kept, twins  # indices into `negatives`
        self._rival_rows, self._twin_rows = negative_rows[kept], negative_rows[twins]
        self._ignore = ignore
        self._char_width = len(self.char)
        self._char_analyzer, self._word_analyzer = _char_grams, _word_grams

    # Text -> rows of the example, rival and twin lines: only the answer ranker's fit asks
    # (leave-one-out, `is_twin`), so they are made on its first question, not at every start
    # (~0.2 s of CPU and a few MB at 100x the shipped FAQ).
    @functools.cached_property
    def _example_at(self) -> dict[str, list[int]]:
        return _positions(self._texts)

    @functools.cached_property
    def _negative_at(self) -> dict[str, list[int]]:
        return _positions([self._negative_texts[i] for i in self.kept]) if self._fitted else {}

    @functools.cached_property
    def _twin_at(self) -> dict[str, list[int]]:
        return _positions([self._negative_texts[i] for i in self._twin_lines]) if self._fitted else {}

    def is_twin(self, text: str) -> bool:
        """Is `text` an intent line that is itself a FAQ question (see `TWIN`)?"""
        return text in self._twin_at

    def set_core(self, entry: str, texts: list[str]) -> None:
        """The entry's own question (all languages) and tags: what it is about, as word ids."""
        if entry in self.entries and self._fitted:
            ids = self.word.columns([w for text in texts for w in self._word_analyzer(text)])
            self._core[self.entries.index(entry)] = np.unique(ids[ids >= 0]).astype(np.int64)

    @classmethod
    def build(cls, faq: dict, labelled: list[tuple[str, str]] | None = None,
              cache_dir: Path | None = None) -> FaqSelector:
        """From `kb.faq` (id -> Faq): each question and paraphrase in every language; `negatives`
        are messages that are not FAQ questions (the intent classifier's training lines). With
        `cache_dir`, the fit is read from there if this FAQ, these lines and this code made it,
        else fitted and kept there (see `intents.selector_store`)."""
        labelled = labelled or []
        negatives = [text for text, intent in labelled if intent != "out_of_scope"]
        ids, texts = [], []
        for fid, item in faq.items():
            for text in [*item.question.all(), *item.paraphrases.all()]:
                ids.append(fid)
                texts.append(text)
        cores = {fid: [*item.question.all(), *[tag.replace("_", " ") for tag in item.tags]]
                 for fid, item in faq.items()}
        key = selector_store.key(ids, texts, labelled, cores) if cache_dir is not None else ""
        if cache_dir is not None:
            stored = selector_store.read(cache_dir, key)
            if stored is not None:
                selector = cls.__new__(cls)
                selector._restore(stored, ids, texts, negatives)
                return selector
        # Words partners use whatever they ask about ("tell me", "can you", "있나요"): found in the
        # lines of four intents or more. Sharing only those with a FAQ is no sign of its topic.
        intents_of: dict[str, set[str]] = {}
        for text, intent in labelled:
            for word in set(_words(prepare(text), concepts=True)):
                intents_of.setdefault(word, set()).add(intent)
        grammar = _korean_grammar(ids, texts)
        function_words = frozenset(w for w, seen in intents_of.items() if len(seen) >= 4) | grammar
        common_words = frozenset(w for w, seen in intents_of.items() if len(seen) >= 3) | grammar
        selector = cls(ids, texts, negatives, function_words, common_words)
        for fid, core in cores.items():
            selector.set_core(fid, core)
        if cache_dir is not None and selector._fitted and selector_store.write(cache_dir, key, selector._arrays()):
            stored = selector_store.read(cache_dir, key)  # memory-mapped, as on the next start
            if stored is not None:
                selector._restore(stored, ids, texts, negatives)
        return selector

    def _arrays(self) -> dict[str, np.ndarray]:
        """What `_restore` needs, as plain arrays (see `intents.selector_store`)."""
        cores = sorted(self._core)
        core_lengths = [len(self._core[e]) for e in cores]
        return {
            "char_vocabulary": self.char.names, "char_idf": self.char.idf,
            "word_vocabulary": self.word.names, "word_idf": self.word.idf,
            "colptr": self._rows.colptr, "rows": self._rows.rows, "values": self._rows.values,
            "rank": self._rows.rank, "height": np.array([self._rows.height]),
            "word_indptr": self._word_indptr, "word_indices": self._word_indices,
            "example_rows": self._example_rows, "negative_rows": self._negative_rows,
            "kept": self.kept, "twins": self._twin_lines,
            "ignore_function": self._ignore["function"], "ignore_common": self._ignore["common"],
            "function_words": np.array(sorted(self.function_words), dtype=str),
            "common_words": np.array(sorted(self.common_words), dtype=str),
            "core_entries": np.array(cores, dtype=np.int64),
            "core_indptr": np.concatenate([[0], np.cumsum(core_lengths)]).astype(np.int64),
            "core_indices": (np.concatenate([self._core[e] for e in cores]) if cores
                             else np.zeros(0, np.int64)),
        }

    def _restore(self, data: dict[str, np.ndarray], ids: list[str], texts: list[str],
                 negatives: list[str]) -> None:
        self.function_words = frozenset(data["function_words"].tolist())
        self.common_words = frozenset(data["common_words"].tolist())
        self._lines(ids, texts, negatives)
        self.char = Terms(data["char_vocabulary"], data["char_idf"])
        self.word = Terms(data["word_vocabulary"], data["word_idf"])
        indptr, indices = data["core_indptr"], data["core_indices"]
        self._core = {int(e): np.array(indices[indptr[i]:indptr[i + 1]], dtype=np.int64)
                      for i, e in enumerate(data["core_entries"])}
        self._fit(Columns(data["colptr"], StoredColumn.of(data["rows"]), StoredColumn.of(data["values"]),
                          data["rank"], int(data["height"][0])),
                  data["word_indptr"], data["word_indices"], data["example_rows"], data["negative_rows"],
                  data["kept"], data["twins"],
                  {"function": data["ignore_function"], "common": data["ignore_common"]})

    def _entries(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The message's nonzero features (ids in the stacked width, values) exactly as the
        fitted rows would hold them, and its word feature ids. Done by hand: a vectorizer's
        `transform` validates its input on every call."""
        blocks = []
        for analyzer, terms in ((self._char_analyzer, self.char), (self._word_analyzer, self.word)):
            found = terms.columns(analyzer(text))
            # Each known term once, in the order first seen, with its count (a Counter keeps that
            # order; `np.unique` sorted and was sorted back, ~4x slower on a message's terms).
            counts = Counter(found[found >= 0].tolist())
            ids = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
            values = (1.0 + np.log(tf)) * terms.idf[ids]
            norm = np.sqrt((values ** 2).sum())
            blocks.append((ids, values / norm if norm else values))
        (char_ids, char_values), (word_ids, word_values) = blocks
        ids = np.concatenate([char_ids, word_ids + self._char_width])
        values = np.concatenate([char_values, word_values * 0.7])
        norm = np.sqrt((values ** 2).sum())
        return ids, values / norm if norm else values, word_ids

    def query(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The message as one dense vector (the width of the fitted rows) and its word ids."""
        ids, values, word_ids = self._entries(text)
        vector = np.zeros(self._char_width + len(self.word))
        vector[ids] = values
        return vector, word_ids

    def scores(self, text: str, exclude: str | None = None) -> LexicalScores | None:
        """Every entry's best cosine for `text`, the rival and twin similarities; with `exclude`,
        the examples and intent lines of exactly that text are left out (leave-one-out: how the
        answer ranker sees its own training lines as if they were new messages)."""
        if not self._fitted or not text.strip():
            return None
        ids, values, word_ids = self._entries(text)
        cosines = self._rows.dot(ids, values)  # one per distinct text
        sims = cosines[self._example_rows]
        negatives, twins = cosines[self._rival_rows], cosines[self._twin_rows]
        if exclude is not None:
            for found, where in ((sims, self._example_at), (negatives, self._negative_at),
                                 (twins, self._twin_at)):
                found[where.get(exclude, [])] = 0.0
        best = self._best_of(sims, 0.0)
        return LexicalScores(best, sims, float(negatives.max()) if len(negatives) else 0.0,
                             float(twins.max()) if len(twins) else 0.0, word_ids)

    def match(self, text: str, exclude: str | None = None) -> FaqMatch | None:
        """The best entry for `text` with score and margin, or None with no FAQ at all."""
        return self.summary(self.scores(text, exclude))

    def summary(self, found: LexicalScores | None) -> FaqMatch | None:
        """The `FaqMatch` (best entry, margin, rival, content...) of `scores`' result."""
        if found is None:
            return None
        best = found.best
        order = np.argsort(-best)
        top = float(best[order[0]])
        second = float(best[order[1]]) if len(order) > 1 else 0.0
        best_example = self.best_example(found, int(order[0]))
        word_ids = found.word_ids
        return FaqMatch(self.entries[order[0]], round(top, 4), round(top - second, 4), round(found.rival, 4),
                        round(self._shared_idf(word_ids, best_example, "function"), 3),
                        round(self._shared_idf(word_ids, best_example, "common"), 3),
                        round(self._core_idf(word_ids, int(order[0])), 3), round(found.twin, 4))

    def best_example(self, found: LexicalScores, entry: int) -> int:
        """Index of the entry's example nearest the message."""
        return int(np.argmax(np.where(self._column == entry, found.sims, -1.0)))

    def content(self, found: LexicalScores, entry: int) -> tuple[float, float]:
        """(content, core_content) of `FaqMatch` for any entry, not only the best one."""
        return (self._shared_idf(found.word_ids, self.best_example(found, entry), "function"),
                self._core_idf(found.word_ids, entry))

    def _core_idf(self, word_ids: np.ndarray, entry: int) -> float:
        core = self._core.get(entry)
        if core is None or not len(core):
            return 0.0
        shared = _common(word_ids, core)
        shared = shared[~self._ignore["common"][shared]]
        return float(self.word.idf[shared].max()) if len(shared) else 0.0

    def _shared_idf(self, word_ids: np.ndarray, example: int, ignore: str) -> float:
        row = self._example_rows[example]
        shared = _common(word_ids, self._word_indices[self._word_indptr[row]:self._word_indptr[row + 1]])
        shared = shared[~self._ignore[ignore][shared]]
        return float(self.word.idf[shared].max()) if len(shared) else 0.0


def _positions(texts: list[str]) -> dict[str, list[int]]:
    """Text -> the rows holding exactly that text."""
    at: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        at.setdefault(text, []).append(i)
    return at


def _common(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The ids in both arrays (a few each: Python sets are ~5x faster than `np.intersect1d`)."""
    return np.array(sorted(set(a.tolist()) & set(b.tolist())), dtype=np.int64)


def _char_grams(text: str) -> list[str]:
    return char_wb_ngrams(prepare(text), 2, 4)


def _word_grams(text: str) -> list[str]:
    return _words(prepare(text), concepts=True)


@functools.lru_cache(maxsize=4096)  # both analyzers prepare the same text
def prepare(text: str) -> str:
    """The form a message is compared in: Traditional Chinese as Simplified (the examples are
    mostly Simplified; "簽證" is "签证"), then `normalize`d."""
    return normalize(opencc_convert(text, "t2s") if _HAN.search(text) else text)


def _words(text: str, concepts: bool = False) -> list[str]:
    """Word tokens and their pairs; with `concepts`, one token per `CONCEPTS` class the text
    names, so "LED棚", "volume" and "plató virtual" share a feature no spelling shares."""
    tokens = word_tokens(text)
    meant = OTHER_LICENCE.sub(" ", text)  # a driver's licence is no right to a title
    found = [f"<{name}>" for name, pattern in CONCEPTS if pattern.search(meant)] if concepts else []
    return tokens + [f"{a} {b}" for a, b in pairwise(tokens)] + found


_HAN = re.compile(r"[\u3400-\u9fff]")


def _concept(*words: str) -> re.Pattern[str]:
    """Latin words match whole (with an optional plural s), CJK and Hangul as written."""
    latin = [w for w in words if w.isascii()]
    other = [w for w in words if not w.isascii()]
    parts = [r"\b(?:" + "|".join(latin) + r")s?\b"] if latin else []
    return re.compile("|".join(parts + other))


# Words partners use for one thing in four languages (matched on `prepare`d text: lower case,
# no accents, Simplified Chinese). Only things FAQ answers are about; a class is one feature.
CONCEPTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, _concept(*words)) for name, words in (
    ("virtual", ("led", "volume", "vp", "xr", "virtual production", "produccion virtual", "plato virtual",
                 "set virtual", "estudio virtual", "虚拟", "led棚", "led屏", "led墙", "버추얼", "가상 스튜디오",
                 "가상 촬영", "led 월", "led월", "led 볼륨", "in camera", "pantalla gigante", "fondos? digital",
                 "大屏", "背景屏", "屏幕前", "屏幕当背景", "led 화면", "화면 앞", "스크린 앞", "대형 스크린", "전광판",
                 "버추얼 촬영")),
    ("visa", ("visa", "visado", "work permit", "invitation letter", "签证", "邀请函", "免签", "비자", "초청장")),
    ("member", ("member", "membership", "join", "joining", "miembro", "membresia", "unirse", "unirnos", "afiliar",
                "afiliarnos", "sumarnos", "formar parte", "socio de la alianza", "admission", "admitted", "on board",
                "入盟", "入会", "加入", "会员", "成员", "入伙", "회원", "가입", "멤버", "조인", "합류")),
    ("cost", ("cheap", "cheaper", "expensive", "affordable", "budget", "cost effective", "value for money",
              "barato", "caro", "economico", "asequible", "accesible", "costos", "costo", "presupuesto",
              "salado", "costoso", "pricey", "reasonable", "razonable",
              "贵", "便宜", "划算", "性价比", "成本", "费用", "预算", "开销", "花销", "花费", "吃得消", "비싸", "저렴",
              "제작비", "가성비", "비용", "예산", "합리적", "촬영비")),
    ("spoken", ("english", "mandarin", "chinese speaking", "interpreter", "translator", "ingles", "mandarin",
                "interprete", "traductor", "idioma", "idiomas", "英文", "英语", "中文", "普通话", "国语", "翻译", "영어",
                "중국어", "통역")),
    ("support", ("subsidy", "subsidies", "rebate", "incentive", "grant", "funding", "subvencion", "subsidio",
                 "apoyo", "descuento", "reembolso", "incentivo", "补贴", "扶持", "优惠", "减免", "补助",
                 "지원금", "인센티브", "보조금", "혜택", "지원 정책")),
    ("vertical", ("vertical", "verticales", "microdrama", "microdramas", "short form", "竖屏", "竖版", "微短剧",
                  "세로형", "숏폼", "버티컬")),
    ("ai", ("ai", "ia", "artificial intelligence", "inteligencia artificial", "a r c", "arc", "人工智能",
            "인공지능")),
    ("rights", ("license", "licence", "licensing", "rights", "licencia", "licenciar", "derechos", "版权", "授权",
                "판권", "라이선스", "라이센스")),
    ("coproduce", ("coproduce", "co produce", "coproduction", "coproducir", "coproduccion", "合拍", "联合制作",
                   "공동제작", "공동 제작")),
    ("period", ("dynasty", "period", "epoca", "dinastia", "three kingdoms", "tres reinos", "朝代", "年代", "哪个朝",
                "[汉唐宋元明清]朝", "三国", "시대", "왕조", "사극", "나라 배경")),
    ("travel", ("airport", "train", "flight", "fly", "drive", "route", "taxi", "ktx", "aeropuerto", "tren", "vuelo",
                "ruta", "机场", "高铁", "火车", "转车", "转机", "打车", "공항", "기차", "고속철", "가는 방법", "가는 길",
                "루트", "택시", "교통편")),
    ("actor", ("actor", "actress", "cast", "casting", "talent", "actores", "actriz", "elenco", "演员", "选角",
               "배우", "캐스팅", "출연")),
    ("foreign", ("foreign", "overseas", "international", "abroad", "non chinese", "extranjero", "extranjera",
                 "extranjeros", "internacional", "de afuera", "外国", "国外", "海外", "境外", "外籍", "老外",
                 "해외", "외국")),
    ("distribution", ("distribute", "distribution", "distributor", "latam", "latin america", "spanish speaking",
                      "distribuir", "distribucion", "latinoamerica", "america latina", "hispanohablante",
                      "发行", "拉美", "西语", "배급", "중남미", "스페인어권")),
))


# Chinese is tokenised into characters (and their pairs): one character ("摄", "拍") or a pair
# every question has ("横店", "有没", "怎么") is no sign of a FAQ's topic, only a pair such as
# "签证", "入盟", "补贴" is.
CJK_FILLER = frozenset({"横店", "橫店", "店有", "店的", "有没", "没有", "有沒", "沒有", "怎么", "怎麼", "可以",
                        "我们", "我們", "你们", "你們", "请问", "請問", "一下", "什么", "什麼", "那边", "那邊",
                        "这边", "這邊", "能不", "不能", "有什", "有冇", "係咩", "点样", "點樣", "吗？", "去横", "去橫"})


KOREAN_SPREAD = 4  # a Hangul syllable or pair in the examples of this many FAQ entries is grammar
_HANGUL = re.compile(r"[\uac00-\ud7af]")


def _korean_grammar(ids: list[str], texts: list[str]) -> frozenset[str]:
    """Korean is tokenised into syllables, so its question endings are "words" too: "려면 어",
    "해 야" of "…하려면 어떻게 해야 돼요?" are in few intents' lines but in the examples of many FAQ
    entries (as "촬영" is). Shared only those, "위챗 계정 정지 풀려면 어떻게 해야 돼요?" looked like the
    membership FAQ; such syllables are no sign of one entry's topic."""
    entries_of: dict[str, set[str]] = {}
    for fid, text in zip(ids, texts, strict=True):
        for word in set(_words(prepare(text), concepts=True)):
            if _HANGUL.search(word):
                entries_of.setdefault(word, set()).add(fid)
    return frozenset(w for w, seen in entries_of.items() if len(seen) >= KOREAN_SPREAD)


def _weak_cjk(word: str) -> bool:
    joined = word.replace(" ", "")
    if len(joined) == 1 and "\uac00" <= joined <= "\ud7af":
        return True  # one Hangul syllable ("비", "가") is a piece of a word, no topic
    if not joined or not all("\u3400" <= c <= "\u9fff" for c in joined):
        return False
    return len(joined) < 2 or joined in CJK_FILLER
