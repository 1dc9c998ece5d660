"""Full-text search over the knowledge base in four languages, on SQLite FTS5.

The `search` table holds one row per localized text (a name, one alias, a description...) with
its normalized form in `norm`; `search_fts` is an FTS5 index of `norm` with the trigram tokenizer,
so any substring of 3+ characters matches: word prefixes, plural forms, and Chinese, which has no
spaces. Two gaps are filled by hand:

* Chinese and Korean words are often 2 characters (补贴, 短剧, 세트), which trigrams cannot match.
  Each CJK/Hangul run of the query is searched whole (a 3+ character word such as 紫禁城 or
  자금성 is an FTS5 phrase) and cut into overlapping 2-character pieces that are looked up in
  `search_terms` (every row's 2-character pieces and 2-letter words, an FTS5 index, so the
  lookup does not scan 100,000 rows at 100x the knowledge) and scored like bm25 (idf x length
  normalization). Pieces that are
  question words or particles (什么, 在哪, 에서) are dropped: they would match FAQ questions.
* Typos in Latin words: a long word is also searched by its first and last halves (one typo leaves
  one half intact) and without its last letter (subsidy/subsidies, evento/eventos).

All terms are OR-ed: bm25 ranks rows that match more and rarer terms higher. The row score is
multiplied by the field's weight so a match in a name or alias beats one in a description.
"""

from __future__ import annotations

import functools
import math
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np

from core.text import CJK_RUN

_CJK_RUN = CJK_RUN
_WORD = re.compile(r"[^\W_]+")

# Words that carry no meaning on their own in an English or Spanish question.
STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "have",
    "how", "i", "in", "is", "it", "me", "my", "of", "on", "or", "our", "the", "their", "there",
    "this", "to", "what", "when", "where", "which", "who", "why", "will", "with", "you", "your",
    "about", "tell", "show", "any", "some", "el", "la", "los", "las", "un", "una", "unos",
    "unas", "y", "o", "de", "del", "al", "en", "es", "son", "que", "qué", "por", "para", "con",
    "como", "cómo", "cuál", "cuando", "cuándo", "dónde", "donde", "hay", "mi", "mis", "se",
    "su", "sus", "lo", "le", "les"
})

# Two-character function words of Chinese and Korean questions ("where", "can I", particles):
# as bigram pieces they would match FAQ questions instead of the thing asked about.
CJK_STOP_PIECES = frozenset({
    "什么", "在哪", "哪里", "哪儿", "哪些", "怎么", "怎样", "如何", "可以", "能否", "是否", "我们", "你们", "有没", "没有",
    "请问", "一下", "多少", "时候", "的是", "是什", "么时", "有什", "想要", "需要", "一个", "这个", "那个", "哪个",
    "어디", "언제", "무엇", "뭐예", "있나", "나요", "어요", "에서", "습니", "니다", "할수", "수있", "있어", "있는", "하는",
    "할까", "싶어", "주세", "세요"
})

FIELD_WEIGHTS = {"name": 3.0, "title": 3.0, "person": 3.0, "aliases": 2.5, "question": 2.0,
                 "role": 1.5}
"""Multiplier of a match in this field; everything else (descriptions, answers...) counts 1."""

MAX_PIECES = 24  # cap on CJK pieces per query, so pasting a paragraph stays fast


def normalize(text: str) -> str:
    """Case-fold, unify full/half width (NFKC) and drop accents from Latin letters only.

    Accents are dropped so 'pelicula' finds 'película'; Hangul must not be decomposed (NFKD
    would split each syllable into jamo), hence the per-character test.
    """
    if text.isascii():  # NFKC and accent stripping change nothing in ASCII
        return text.lower()
    return unicodedata.normalize("NFKC", text).casefold().translate(_LATIN_BARE)


def _bare(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


_LATIN_BARE = {i: _bare(chr(i)) for i in range(0x0250) if _bare(chr(i)) != chr(i)}
"""Latin letters (below U+0250) with their accents dropped, as one `str.translate` table: the
search index normalizes every text of the knowledge base at start-up (100,000 rows at 100x)."""


@dataclass
class Query:
    """What one search text turns into: FTS5 phrases and short pieces for `instr()`."""

    phrases: list[str] = field(default_factory=list)  # 3+ characters: FTS5 trigram MATCH
    pieces: list[str] = field(default_factory=list)  # CJK/Hangul bigrams: instr()
    short_words: list[str] = field(default_factory=list)  # 2-letter Latin words (AI, TV, 3D)
    dropped: list[str] = field(default_factory=list)  # CJK question words, used if nothing else

    @property
    def empty(self) -> bool:
        return not (self.phrases or self.pieces or self.short_words)

    def match_expression(self) -> str:
        return " OR ".join('"' + p.replace('"', '""') + '"' for p in self.phrases)


def parse_query(text: str) -> Query:
    """Split a question into search terms; see the module docstring for why each kind exists."""
    norm = normalize(text)
    query = Query()
    runs = _CJK_RUN.findall(norm)
    for run in runs:
        _add_cjk(run, query)
    for word in _WORD.findall(_CJK_RUN.sub(" ", norm)):
        if word not in STOPWORDS:
            _add_word(word, query)
    if query.empty:  # only question words (什么?) or a lone character (宫): search them anyway
        query.pieces = query.dropped or [r for r in runs if len(r) == 1][:1]
    query.phrases = _dedupe(query.phrases)
    query.pieces = _dedupe(query.pieces)[:MAX_PIECES]
    query.short_words = _dedupe(query.short_words)
    return query


def _add_cjk(run: str, query: Query) -> None:
    if len(run) < 2:
        return
    pieces = [run[i:i + 2] for i in range(len(run) - 1)]
    meaningful = [p for p in pieces if p not in CJK_STOP_PIECES]
    query.pieces.extend(meaningful)
    query.dropped.extend(p for p in pieces if p in CJK_STOP_PIECES)
    if 3 <= len(run) <= 12 and meaningful:  # the whole run: a word or short phrase (紫禁城, 자금성)
        query.phrases.append(run)


def _add_word(word: str, query: Query) -> None:
    size = len(word)
    if size < 2:
        return
    if size == 2:
        query.short_words.append(word)
        return
    query.phrases.append(word)
    if size >= 5:
        query.phrases.append(word[:-1])
    if size >= 7:
        half = max(4, (size + 1) // 2)
        query.phrases += [word[:half], word[-half:]]


def _dedupe(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


class Best(NamedTuple):
    """One record's best matching text and its score (see `best_records`)."""

    kind: str
    record_id: str
    field: str
    lang: str
    score: float


def best_records(conn: sqlite3.Connection, text: str, langs: Sequence[str] | None,
                 kinds: Sequence[str] | None, limit: int,
                 rowids: tuple[int, int] | None = None) -> list[Best]:
    """The `limit` best records matching `text` within `langs` and `kinds`, best first.

    A record scores its best text's weighted score plus a tenth of each other matching text's
    (added best first); ties go to the record that comes first in the files. A common word
    matches tens of thousands of texts at 100x the knowledge (a Spanish "para" is in "separar",
    "comparable"...): they are kept as numpy columns, not a Python loop per text (~0.3 s for
    such a message at 100x), and only the `limit` records shown are read in full. Every score is
    summed in the order the plain loop added it (`tests/test_kb_index.py` compares the two),
    so the bits are the same. `rowids`: the first and last rowid `kinds` can have (their texts
    are one run of rows), which the full-text indexes seek to instead of reading every match."""
    if limit <= 0:
        return []
    found = _row_arrays(conn, text, langs, kinds, rowids)
    if not len(found.rowid):
        return []
    weighted = found.score * found.weight
    # texts record by record (record order), each record's best text first (rowid breaks ties)
    by = np.lexsort((found.rowid, -weighted, found.order))
    order, weighted, rowid = found.order[by], weighted[by], found.rowid[by]
    starts = np.flatnonzero(np.r_[True, order[1:] != order[:-1]])
    totals = weighted[starts].copy()
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    group = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(order)]))
    for level in range(1, int(rank.max()) + 1):  # other texts add a tenth each, best first
        at = rank == level
        totals[group[at]] += 0.1 * weighted[at]
    top = np.lexsort((order[starts], -totals))[:limit]
    best_rows = [int(rowid[starts[i]]) for i in top]
    named = {row[0]: row[1:] for row in conn.execute(
        f"SELECT rowid, kind, record_id, field, lang FROM search WHERE rowid IN "
        f"({', '.join('?' * len(best_rows))})", best_rows)}
    return [Best(*named[row], float(totals[i])) for i, row in zip(top, best_rows, strict=True)]


class RowScores(NamedTuple):
    """Every matching text of a search, as columns: its rowid, its record's order in the files,
    its field's weight and its score."""

    rowid: np.ndarray
    order: np.ndarray
    weight: np.ndarray
    score: np.ndarray


def _row_scores(conn: sqlite3.Connection, text: str, langs: Sequence[str] | None,
                kinds: Sequence[str] | None) -> tuple[dict[int, float], dict[int, tuple[int, float]]]:
    """The score of every matching text (by rowid) within `langs` and `kinds`, and its
    record's (order, field weight): `_row_arrays` as dicts."""
    found = _row_arrays(conn, text, langs, kinds)
    rowids = found.rowid.tolist()
    return (dict(zip(rowids, found.score.tolist(), strict=True)),
            dict(zip(rowids, zip(found.order.tolist(), found.weight.tolist(), strict=True), strict=True)))


def _row_arrays(conn: sqlite3.Connection, text: str, langs: Sequence[str] | None,
                kinds: Sequence[str] | None, rowids: tuple[int, int] | None = None) -> RowScores:
    """Every text matching `text` within `langs` and `kinds`: its phrases' bm25, then each
    CJK piece's and short word's score added in the order of the query's terms."""
    query = parse_query(text)
    if query.empty:
        return _NO_ROWS
    # Only rows in `langs` and `kinds` are read (bm25 and the idf below still count all rows,
    # so a score does not depend on the filter). CROSS JOIN keeps the full-text index in front:
    # with a `kind IN (...)` the planner would otherwise walk `search` by its kind index and
    # run the MATCH once per row (seconds at 100x the knowledge).
    within, params = _within(langs, kinds)
    # (the rowid range goes to FTS5 itself, which then skips to those rows' entries)
    span, span_params = ("", []) if rowids is None else (" AND {fts}.rowid BETWEEN ? AND ?", list(rowids))
    parts: list[np.ndarray] = []  # (n, 4): rowid, order, weight, score; a rowid once per part
    if query.phrases:
        sql = (f"SELECT {_ROW_COLUMNS}, -bm25(search_fts) FROM search_fts "
               f"CROSS JOIN search s ON s.rowid = search_fts.rowid WHERE search_fts MATCH ?"
               f"{span.format(fts='search_fts')}{within}")
        rows = conn.execute(sql, [query.match_expression(), *span_params, *params]).fetchall()
        if rows:
            parts.append(np.array(rows, dtype=np.float64))
    parts += _score_pieces(conn, query, span.format(fts="search_terms") + within, [*span_params, *params],
                           span.format(fts="s") + within)
    if not parts:
        return _NO_ROWS
    every = np.concatenate(parts) if len(parts) > 1 else parts[0]
    rowid = every[:, 0].astype(np.int64)  # rowids and orders are far below 2**53: exact
    distinct, first, where = np.unique(rowid, return_index=True, return_inverse=True)
    score = np.zeros(len(distinct))
    start = 0
    for part in parts:  # in the order the terms were scored: the same sums as one by one
        score[where[start:start + len(part)]] += part[:, 3]
        start += len(part)
    return RowScores(distinct, every[first, 1].astype(np.int64), every[first, 2], score)


_NO_ROWS = RowScores(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), np.zeros(0))


def _within(langs: Sequence[str] | None, kinds: Sequence[str] | None) -> tuple[str, list[str]]:
    """SQL conditions on `search s` (starting with " AND ") and their parameters."""
    sql, params = "", []
    for column, values in (("lang", langs), ("kind", kinds)):
        if values is not None:
            sql += f" AND s.{column} IN ({', '.join('?' * len(values))})"
            params += list(values)
    return sql, params


_ROW_COLUMNS = "s.rowid, s.record_order, s.weight"


def _score_pieces(conn: sqlite3.Connection, query: Query, within: str = "",
                  params: Sequence[Any] = (), scan_within: str | None = None) -> list[np.ndarray]:
    """bm25-like score for terms trigrams cannot match: CJK bigrams and 2-letter words, looked
    up in `search_terms` (see `index_terms`), not by scanning every row. One (n, 4) array of
    rowid, order, weight, score per term that found rows, in the query's order. `within` (with
    `params`) narrows the rows joined to `search_terms`, `scan_within` the same rows for the scan
    of a lone character (`within` when not given)."""
    terms = [*query.pieces, *query.short_words]
    if not terms:
        return []
    total, avg_len = conn.execute("SELECT rows, avg_len FROM search_stats").fetchone()
    if not total:
        return []
    indexed = (f"SELECT {_ROW_COLUMNS}, length(s.norm) FROM search_terms "
               f"CROSS JOIN search s ON s.rowid = search_terms.rowid WHERE search_terms MATCH ?{within}")
    count = "SELECT count(*) FROM search_terms WHERE search_terms MATCH ?"
    # A lone character (宫 asked by itself) is in no term: that rare query scans the CJK rows.
    scan = (f"SELECT {_ROW_COLUMNS}, length(s.norm) FROM search s "
            "WHERE s.cjk = 1 AND instr(s.norm, ?) > 0")
    parts = []
    for term in terms:
        if len(term) > 1:
            match = '"' + term.replace('"', '""') + '"'
            (matching,) = conn.execute(count, [match]).fetchone()
            found = conn.execute(indexed, [match, *params]).fetchall() if matching else []
        else:
            (matching,) = conn.execute(f"SELECT count(*) FROM ({scan})", [term]).fetchone()
            found = conn.execute(scan + (within if scan_within is None else scan_within),
                                 [term, *params]).fetchall() if matching else []
        if not found:
            continue
        idf = math.log((total - matching + 0.5) / (matching + 0.5) + 1)
        rows = np.array(found, dtype=np.float64)
        # the same operations, in the same order, as the plain per-row formula
        norm_len = 1.2 * (0.25 + 0.75 * rows[:, 3] / (avg_len or 1))
        rows[:, 3] = idf * 2.2 / (1 + norm_len)
        parts.append(rows)
    return parts


TERMS_TOKENIZER = "unicode61 remove_diacritics 0 tokenchars '\u30fb\u30a0'"
"""Tokenizer of `search_terms`: terms are separated by spaces; kana punctuation (・゠) that
CJK runs include stays inside a term."""


def index_terms(norm: str) -> str:
    """What `search_terms` holds for a normalized text: every 2-character piece of its CJK runs
    (what a CJK query piece finds with `in`) and its whole words of two letters (what `has_word`
    finds), space-separated; "" when there are none."""
    terms = {run[i:i + 2] for run in _CJK_RUN.findall(norm) for i in range(len(run) - 1)}
    terms.update(word for word in _WORD.findall(norm) if len(word) == 2)
    return " ".join(sorted(terms))


def has_word(text: str | None, word: str | None) -> int:
    """`word` occurs in `text` as a whole word (for AI, TV, 3D): 1, else 0."""
    if not text or not word:
        return 0
    return int(_word_pattern(word).search(text) is not None)


@functools.lru_cache(maxsize=256)
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])")


def has_cjk(text: str) -> bool:
    """True if `text` has a CJK or Hangul character (the `cjk` column of the search table)."""
    return _CJK_RUN.search(text) is not None
