"""Text normalisation shared by the classifier, the language detector, the entity index, knowledge
search and the understanding of a message: one place for folding and for which characters are
Chinese, Korean or Japanese.

Partners type "Filmación", "filmacion", "FILMACIÓN 🎬" and mean the same word, so features are
computed on a folded form: NFKC (full-width letters and digits become ASCII), lower case, Latin
accents removed, punctuation, symbols and emoji replaced by spaces. Hangul and Han characters are
never decomposed (only combining marks are dropped, and Hangul jamo are not marks), so Korean and
Chinese survive intact. The original text is kept for display; only features use this form.

Traditional Chinese ("片單裡有喜劇嗎？") is read as Simplified: `to_simplified` runs OpenCC's
t2s before language detection, classification and search, so one model and one knowledge
base serve both scripts; `core.i18n.partner_locale` answers in the script the partner wrote.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from core.i18n import opencc_convert

_SPACES = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


# Words Taiwan says differently from the mainland, after t2s changed the characters only: a
# partner writing "中國數位文化集團" means the group the mainland calls 中国数字文化集团 (数位 is
# Taiwan's "digital"), "軟體" is 软件. The index, the lexicon and the FAQ read mainland words.
TAIWAN_WORDS = {"数位": "数字", "软体": "软件", "网路": "网络", "视讯": "视频", "行事历": "日历"}
_TAIWAN_WORDS = re.compile("|".join(TAIWAN_WORDS))


@lru_cache(maxsize=512)  # a message's text is asked ~70 times by the reading's word tables (perf22)
def to_simplified(text: str) -> tuple[str, bool | None]:
    """(text in Simplified characters, which script it was written in), via OpenCC t2s.

    The flag is True for Traditional characters, False for characters only Simplified writes
    (a character t2s produces from a different Traditional one: 们, 个, 单), and None when the
    text cannot tell: no Han character at all, or only characters both scripts share ("第二部呢",
    "地址呢"), so the partner's remembered script stands.
    Text without Han characters is returned as is without calling OpenCC (the common case).
    Simplified text passes unchanged (checked over every Chinese line we ship)."""
    if not _HAN.search(text):
        return text, None
    simplified = opencc_convert(text, "t2s")
    if simplified != text:
        return _TAIWAN_WORDS.sub(lambda m: TAIWAN_WORDS[m.group()], simplified), True
    forms = simplified_forms()
    return text, (False if any(ch in forms for ch in text) else None)


SIMPLIFIED_ONLY_FILE = Path(__file__).with_name("variants") / "zh-simplified-only.txt"


@lru_cache(maxsize=1)
def simplified_forms() -> frozenset[str]:
    """Characters only Simplified writes (们, 个, 单; also 后 and 里, which Traditional keeps
    for some words: such text reads as Simplified, as it did before this check). Read from
    `variants/zh-simplified-only.txt`, generated from OpenCC's t2s and s2t; not 真, which t2s
    makes of the variant 眞 but Traditional writes too, nor a character s2tw or s2hk keeps (台 in
    台北, 吃, 床: a Taiwan or Hong Kong reader writes it, and must not be answered in Simplified)."""
    lines = SIMPLIFIED_ONLY_FILE.read_text("utf-8").splitlines()
    return frozenset("".join(line for line in lines if not line.startswith("#")))


HANGUL_CHARS = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
HAN_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KANA_CHARS = "\u3040-\u30ff\u31f0-\u31ff"
CJK_CHARS = HANGUL_CHARS + HAN_CHARS + "\u3040-\u30ff"
"""Characters written without spaces between words (Han, Hangul, kana), as a regex class body."""
CJK = re.compile(f"[{CJK_CHARS}]")
CJK_RUN = re.compile(f"[{CJK_CHARS}]+")
HANGUL = re.compile(f"[{HANGUL_CHARS}]")
HAN = re.compile(f"[{HAN_CHARS}]")
KANA = re.compile(f"[{KANA_CHARS}]")


def has_cjk(text: str) -> bool:
    """True if `text` holds a Han, Hangul or kana character."""
    return CJK.search(text) is not None


@lru_cache(maxsize=512)  # one message is folded by a dozen word tables: fold it once
def fold(text: str) -> str:
    """NFKC, lower case and Latin accents removed, keeping every character's position.

    Why position-preserving: the entity index matches on the folded text and reports spans in the
    original, so each input character maps to exactly one output character.
    """
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in text)


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """One character folded to one character (or itself if folding would change the length)."""
    if ch.isascii():
        return ch.lower()
    folded = unicodedata.normalize("NFKC", ch).lower()
    decomposed = unicodedata.normalize("NFD", folded)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    result = unicodedata.normalize("NFC", stripped)
    return result if len(result) == 1 else (folded if len(folded) == 1 else ch.lower())


@lru_cache(maxsize=512)
def normalize(text: str) -> str:
    """The feature form of a message: folded, with punctuation, symbols and emoji as spaces."""
    folded = unicodedata.normalize("NFKC", text).lower()
    decomposed = unicodedata.normalize("NFD", folded)
    kept = decomposed.translate(_FEATURE_CHARS)
    return _SPACES.sub(" ", unicodedata.normalize("NFC", kept)).strip()


def _feature_char(ch: str) -> str:
    """Marks (accents, emoji variation selectors) vanish; punctuation, symbols, emoji, controls
    and separators become a space; letters and digits stay."""
    category = unicodedata.category(ch)
    if category[0] == "M":
        return ""
    return " " if category[0] in "PSCZ" else ch


class _FeatureChars(dict[int, str]):
    """`_feature_char` of each code point as `str.translate` reads it, worked out the first
    time a character is seen: a translate over this table is a C loop, where calling
    `_feature_char` per character cost ~0.1 ms a text (the scope vocabulary normalizes every
    knowledge text: seconds at 100x the knowledge)."""

    def __missing__(self, code: int) -> str:
        self[code] = mapped = _feature_char(chr(code))
        return mapped


_FEATURE_CHARS = _FeatureChars()


# A year written in Chinese digits ("二〇二七年", "二零二六年"): read as the digits every date rule
# reads ("2027年"), the way a partner writing formally spells it
_HAN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")
_HAN_YEAR = re.compile(r"(?<![〇零○一二三四五六七八九十百千万])([一二][〇零○一二三四五六七八九]{3})(?=\s?年)")


def han_years(text: str) -> str:
    """`text` with its years written in Chinese digits as Arabic digits: "二〇二七年" → "2027年"."""
    return _HAN_YEAR.sub(lambda m: m.group(1).translate(_HAN_DIGITS), text) if "年" in text else text


# -- how partners write: variants read as the standard words our texts use ---------------------
VARIANTS_DIR = Path(__file__).with_name("variants")
LATIN_TABLES = {"en": ("en", "tl"), "es": ("es", "tl"), None: ("en", "es", "tl")}
"""The Latin tables read for a message detected as English, as Spanish, or as neither: Spanish
chat forms are not read in English ("pa" is no "para" there) nor English ones in Spanish;
Taglish rides on either (see variants/README.md)."""
_LATIN_LETTER = re.compile(r"[a-zA-Z]")
_KEEP = "="
_COMMENT = "\t#"
DETECTED_ONLY = "detected"
# A Latin variant is a whole word: not inside a word, an e-mail, a URL, "A.R.C" or "R&D".
# Chinese or Korean right beside it is a boundary: "我们是LA的production house" has no spaces.
_LATIN_WORD_CHAR = r"a-z0-9_\u00c0-\u024f"
_LATIN_BEFORE = rf"(?<![{_LATIN_WORD_CHAR}.'@/&-])"
_LATIN_AFTER = rf"(?![{_LATIN_WORD_CHAR}'@/&-])(?!\.[{_LATIN_WORD_CHAR}])"
_SENTENCE_END = re.compile(r"(^|[.!?¡¿。！？\n]\s*)$")


def standard_words(text: str, lang: str | None = None) -> str:
    """`text` with the ways partners write a word (chat spelling, slang, dialect, regional
    vocabulary) replaced by the standard word the classifier, the entity index, the FAQ
    matchers and the scope gate know: "q tal, tienen pelis pa mandar?" → "que tal, tienen
    películas para mandar?", "我哋系深圳嘅公司" → "我们是深圳的公司", "머임 어케 신청해?" →
    "뭐예요 어떻게 신청해?". Characters outside a variant are kept as written.

    Expects Simplified Chinese (`to_simplified` first). `lang` is the detected language of Latin
    text (en/es or None); Chinese and Korean tables apply wherever their script appears. One
    precompiled pattern per combination of tables; one pass over the message, and one more
    after each pass that changed it (~10-70 µs a message)."""
    tables = _tables_for(text, lang)
    if not tables:
        return text
    pattern, standard, foreign = _variant_pattern(tables, sure=lang is not None)
    # A dropped filler can leave a variant at a new word boundary ("嘞嘞嘞" drops one 嘞 a
    # reading): read again until nothing changes, so reading the result once more changes
    # nothing either (a text seen before would be a cycle of two tables' words: stop there).
    seen = {text}
    while (read := _replace_variants(text, pattern, standard, foreign)) not in seen:
        seen.add(read)
        text = read
    return text


# English words in a Chinese or Korean message ("你们有没有什么 event 在东南亚办？", "可以 send 一份
# English version 给我 colleague 吗？", "English version으로 보내줘"): read as the word the message's
# own language uses, so it is understood as the same sentence written without them. Only words
# that name nothing of ours (no title, set or company is called "event" or "colleague"); the
# language names only in "X version" (a title's "Korean Short Drama…" keeps its name).
_MIXED: dict[str, tuple[tuple[str, str], ...]] = {
    "zh": (("english version", "英文版"), ("spanish version", "西语版"), ("chinese version", "中文版"),
           ("korean version", "韩文版"), ("version", "版本"), ("events", "活动"), ("event", "活动"),
           ("send", "发"), ("colleagues", "同事"), ("colleague", "同事"), ("boss", "老板"),
           ("meeting", "会议"), ("schedule", "日程"), ("deadline", "截止日期"),
           # "可以跟你們co-produce已經有的劇嗎" (fixT19)
           ("co-produce", "合拍"), ("coproduce", "合拍"), ("co-production", "合拍"), ("coproduction", "合拍")),
    "ko": (("english version", "영어 버전"), ("spanish version", "스페인어 버전"), ("chinese version", "중국어 버전"),
           ("korean version", "한국어 버전"), ("version", "버전"), ("events", "행사"), ("event", "행사"),
           ("colleagues", "동료"), ("colleague", "동료"), ("boss", "상사"), ("meeting", "미팅"),
           ("schedule", "일정"), ("deadline", "마감일"),
           ("co-produce", "공동 제작"), ("coproduce", "공동 제작"), ("co-production", "공동 제작"), ("coproduction", "공동 제작")),
}
_MIXED_RE = {lang: re.compile(r"(\s*)" + _LATIN_BEFORE + "(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w, _ in pairs)
                              + ")" + _LATIN_AFTER + r"(\s*)", re.IGNORECASE)
             for lang, pairs in _MIXED.items()}


def mixed_words(text: str, lang: str | None) -> str:
    """`text`, a Chinese or Korean message (`lang`), with the English words of `_MIXED` in that
    language, where it stands alone among the message's words (not in an English phrase: "can
    send in English?" stays); any other text as it is. (Chinese has no spaces between words: a
    space between the word and a Chinese character goes with it.)"""
    if lang not in _MIXED_RE or not _LATIN_LETTER.search(text):
        return text
    words = dict(_MIXED[lang])

    def read(m: re.Match[str]) -> str:
        before, after = m.group(1), m.group(3)
        if _LATIN_LETTER.match(text[m.start() - 1:m.start()]) or _LATIN_LETTER.match(text[m.end():m.end() + 1]):
            return m.group()  # inside an English phrase ("can send in English?"): that phrase's word
        if lang == "zh":
            before = "" if m.start() == 0 or HAN.match(text[m.start() - 1]) else before
            after = "" if m.end() >= len(text) or HAN.match(text[m.end()]) or not text[m.end()].isalnum() else after
        return before + words[" ".join(m.group(2).lower().split())] + after

    return _MIXED_RE[lang].sub(read, text)


# A Latin word the Korean table reads as Korean only when a Korean particle is glued to it.
_GLUED_LATIN = re.compile(r"[A-Za-z]+")
# The Romance prepositions that join the words of a name ("festival de Hengdian", "Casa de Papel",
# "Rio de Janeiro"): before a capitalised word such a variant is that language's word, not chat
# spelling (a Caribbean "de" is "the", but not in "Dream Valley festival de Hengdian"). Other
# variants before a capital still read as variants: "inna Korean" is "in Korean", "di Qin
# Palace" is "the Qin Palace".
_NAME_LINKS = frozenset({"de", "del", "da", "do", "dos", "das"})
_NAME_AFTER = re.compile(r"[ \t]+[A-ZÁÉÍÓÚÑ]")


def _replace_variants(text: str, pattern: re.Pattern[str], standard: dict[str, str],
                      foreign: frozenset[str]) -> str:
    folded = fold(text)
    pieces: list[str] = []
    last = 0
    for m in pattern.finditer(folded):
        start, end = m.span()
        written = text[start:end]
        key = " ".join(m.group().split())
        if standard[key] == _KEEP or not _is_variant(text, start, written):
            continue
        if key in foreign and _NAME_AFTER.match(text, end):
            continue  # the other language's word in a name: "festival de Hengdian", not "the"
        if _GLUED_LATIN.fullmatch(written) and HANGUL.search(standard[key]) \
                and not HANGUL.match(text[end:end + 1]):
            continue  # ("visa는" is 비자는; a Spanish "visa" beside a Korean line stays visa)
        pieces += [text[last:start], standard[key]]
        last = end
    return "".join(pieces) + text[last:] if pieces else text


def warm_variants() -> None:
    """Compile now the slang patterns a warm-up message in one language does not build (~20-60
    ms each, paid by the first message that needs one): Latin text whose language was not told
    apart (~3 % of partners' messages), and Latin text with Chinese or Korean in it ("我们想拍
    microdrama"): seven more patterns, eleven with the four single-language ones, within
    `_variant_pattern`'s cache of 16. Called as `standard_words` calls it (`sure` by keyword:
    the cache tells the two ways of calling apart)."""
    for lang in ("en", "es", None):
        for script in ((), ("zh",), ("ko",)):
            _variant_pattern(LATIN_TABLES[lang] + script, sure=lang is not None)


def _tables_for(text: str, lang: str | None) -> tuple[str, ...]:
    tables: list[str] = []
    if _LATIN_LETTER.search(text) and lang in LATIN_TABLES:
        tables += LATIN_TABLES[lang]
    if HAN.search(text):
        tables.append("zh")
    if HANGUL.search(text):  # syllables and jamo (ㅇㅋ)
        tables.append("ko")
    return tuple(tables)


def _is_variant(text: str, start: int, written: str) -> bool:
    """Latin words in capitals ("PO", "TB") are acronyms, and a word capitalised in mid-sentence
    ("Pa", "Ang") is a name: neither is chat spelling."""
    letters = [c for c in written if c.isalpha() and c.isascii()]
    if not letters or not letters[0].isupper():
        return True
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return text.upper() == text  # a message all in capitals shouts, it has no acronyms
    return _SENTENCE_END.search(text[:start]) is not None


@lru_cache(maxsize=16)
def _variant_pattern(tables: tuple[str, ...], sure: bool) -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """One pattern for every variant of `tables`, and the standard word of each folded variant.
    Unless the language is `sure`, variants that are words of the other language ("u", "ps")
    are left out; when it is, those that join the words of a Romance name (`_NAME_LINKS`) are
    returned as `foreign` (the third item), kept as written before a capitalised word.

    The variants are compiled as prefix trees (a few hundred alternatives tried one by one at
    every position would cost a millisecond on a long message; a tree fails at the first
    letter), longest variant first at a position: 联系 wins over 系, "pwede ba" over "pwede"."""
    standard: dict[str, str] = {}
    foreign: set[str] = set()
    trees: dict[str, dict] = {"latin": {}, "bounded": {}, "free": {}}
    for table in tables:
        for variant, word, detected_only in variant_table(table):
            key = fold(variant.strip("_"))
            if (detected_only and not sure) or key in standard:
                continue
            standard[key] = word
            if detected_only and key in _NAME_LINKS:
                foreign.add(key)
            if key.isascii():
                tree, after = trees["latin"], ""  # its boundary check follows the whole tree
            else:
                tree = trees["bounded" if variant.startswith("_") else "free"]
                after = r"(?!\w)" if variant.endswith("_") else ""
            _add(tree, key, after)
    # Every Latin variant ends with the same check, so it is written once after the tree, not
    # once per variant: `(?:a|b)X` tries the same ends in the same order as `(?:aX|bX)`, and its
    # character classes (beyond Latin-1, slow to compile) are compiled once instead of a few
    # hundred times (~150 ms a combination of tables, paid by the message that first needs it).
    parts = [prefix + _tree_pattern(trees[name]) + suffix for name, prefix, suffix in
             (("latin", _LATIN_BEFORE + "(?:", ")" + _LATIN_AFTER), ("bounded", r"(?<!\w)", ""),
              ("free", "", "")) if trees[name]]
    return re.compile("|".join(parts) or "(?!)"), standard, frozenset(foreign)


_END = ""  # the key under which a tree node keeps the boundary check of a variant ending there


def _add(tree: dict, key: str, after: str) -> None:
    node = tree
    for ch in key:
        node = node.setdefault(ch, {})
    node[_END] = after


def _tree_pattern(node: dict) -> str:
    """The regex of a prefix tree: each branch, then (last, so longer variants win) the end of a
    variant with its boundary check. A space in a variant matches any run of spaces."""
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _tree_pattern(child)
                for ch, child in node.items() if ch != _END]
    if _END in node:
        branches.append(node[_END])
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def standard_vocabulary() -> list[str]:
    """Every standard word the variant tables read slang as (for the scope gate's vocabulary)."""
    return [word for path in sorted(VARIANTS_DIR.glob("*.tsv"))
            for _variant, word, _detected in variant_table(path.stem) if word and word != _KEEP]


@lru_cache(maxsize=8)
def variant_table(name: str) -> tuple[tuple[str, str, bool], ...]:
    """(variant, standard, only when the language is detected) of `core/variants/<name>.tsv`,
    in file order."""
    rows = []
    for number, line in enumerate((VARIANTS_DIR / f"{name}.tsv").read_text("utf-8").splitlines(), 1):
        line = line.split(_COMMENT, 1)[0]  # a tab and # start a note on the entry
        if not line.strip() or line.startswith("#"):
            continue
        variant, sep, rest = line.partition("\t")
        word, _, flag = rest.partition("\t")
        if not sep or not variant.strip() or flag.strip() not in ("", DETECTED_ONLY):
            raise ValueError(f"core/variants/{name}.tsv:{number}: expected 'variant<TAB>standard"
                             f"[<TAB>{DETECTED_ONLY}]'")
        rows.append((variant.strip(), word.strip(), flag.strip() == DETECTED_ONLY))
    return tuple(rows)


HANJA_FILE = VARIANTS_DIR / "ko-hanja.txt"
_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_HANGUL_CHAR = re.compile(r"[\uac00-\ud7af]")


@lru_cache(maxsize=1)
def _hanja_words() -> dict[str, str]:
    pairs = (line.split("\t") for line in HANJA_FILE.read_text("utf-8").splitlines()
             if line and not line.startswith("#"))
    return {hanja: hangul for hanja, hangul in pairs}


def hanja_in_korean(text: str) -> str:
    """Korean with film-business 한자 inline ("撮影 支援 申請할 때 무슨 資料를") in Hangul ("촬영 지원
    신청할 때 무슨 자료를"): each run of Han characters that is exactly a word of
    `core/variants/ko-hanja.txt`, in a message with more Hangul than Han characters (Chinese
    text, even with a Korean line in it, is left alone)."""
    han = len(_HAN_RUN.findall(text)) and sum(len(run) for run in _HAN_RUN.findall(text))
    if not han or han >= len(_HANGUL_CHAR.findall(text)):
        return text
    words = _hanja_words()
    return _HAN_RUN.sub(lambda m: words.get(m.group(), m.group()), text)


# -- Korean written without spaces ("다음행사뭐있음", "캘린더파일보내줘") ---------------------------
# Chat Korean often drops the spaces between words; every table, pattern and index reads Korean
# word by word ("다음 행사", "몇 시", "알림 줘"), so the spaces are put back first: each long run of
# Hangul is cut into the most likely words (a unigram Viterbi over the words of the Korean
# training data, the knowledge, the Korean catalogue and `variants/ko-words.txt`), a word being a
# known word or a known stem with a particle or an ending glued to it ("나한테는", "행사는").
KO_WORDS_FILE = VARIANTS_DIR / "ko-words.txt"
_ROOT = Path(__file__).resolve().parents[1]
_KO_SOURCES = ("intents/data/nlu.ko.yml", "core/locale/ko/LC_MESSAGES/messages.po", "knowledge/*.yaml")
_SYLLABLES = re.compile(r"[\uac00-\ud7af]+")
# Particles and endings glued to a word ("행사는", "나한테", "온라인임", "있는지"), longest first
_KO_SUFFIXES = tuple(sorted({
    "은", "는", "이", "가", "을", "를", "에", "에서", "에게", "한테", "한테는", "한테도", "에는", "에선", "에서는",
    "도", "만", "로", "으로", "으로는", "로는", "랑", "이랑", "하고", "의", "와", "과", "까지", "부터", "처럼", "보다",
    "임", "이야", "야", "냐", "이냐", "니", "음", "요", "이요", "예요", "이에요", "인가", "인가요", "인지", "는지",
    "이고", "고", "나", "이나", "든", "이든", "씩", "들", "들은", "들이", "쯤", "정도", "이면", "면", "인데", "는데"},
    key=len, reverse=True))
# a particle or an ending, alone or with the polite 요 after it ("길이는요", "러닝타임은요")
_KO_TAILS = tuple(sorted({*_KO_SUFFIXES, *(suffix + "요" for suffix in _KO_SUFFIXES if not suffix.endswith("요")),
                          "세요", "이세요", "님", "님은", "님이", "님께"}, key=len, reverse=True))
# A verb made of a noun and 하다/되다 is one word ("진행하시나요", "신청해요", "확정됐어요"): no space
# is put before its 하/해/되 after a word of two syllables or more that ends in no particle
_KO_VERB_HEAD = re.compile(r"^(하|해|했|할|한|합|함|되|돼|됐|될|된|됩|됨)")
_KO_PARTICLE_END = re.compile(r"(은|는|이|가|을|를|에|도|서|로|랑|고|면|럼|데|만|나|게|지|야|아|어)$")
_KO_UNSPACED_MEAN = 4.5  # a message whose Hangul words average this many syllables is written unspaced
_KO_RUN_MIN = 6  # and its runs of at least this many syllables are cut ("오사카는요", "진행하나요" are one word)
_KO_SUFFIX_COST = 2.0
_KO_UNKNOWN_COST = 2.0  # a stretch no word holds (it stays one piece)
_KO_UNKNOWN_SYLLABLE = 10.0  # and each of its syllables
_KO_SPACE_COST = 3.0  # each space put in: a known compound ("참가비는") is not cut into two words


@lru_cache(maxsize=1)
def _korean_vocabulary() -> tuple[dict[str, float], int]:
    """(cost of each known Korean word: minus its log frequency, the longest word's length)."""
    import math
    from collections import Counter

    counts: Counter[str] = Counter()
    for pattern in _KO_SOURCES:
        for path in sorted(_ROOT.glob(pattern)):
            # (a single syllable of a text is as often a piece of a name, "오" of 오사카, as a word:
            # the one-syllable words are those of the hand list only)
            counts.update(w for w in _SYLLABLES.findall(path.read_text("utf-8")) if len(w) > 1)
    for line in KO_WORDS_FILE.read_text("utf-8").splitlines():
        if not line.startswith("#"):
            counts.update({word: 3 for word in _SYLLABLES.findall(line)})
    total = sum(counts.values()) or 1
    # one float object per distinct count (~55 for ~4,600 words): the same values, ~0.1 MB less
    # of the bot's resident memory than a float for each word (issue 10)
    costs: dict[int, float] = {}
    cost = {word: costs.setdefault(n, -math.log(n / total)) for word, n in counts.items()}
    return cost, max((len(w) for w in cost), default=1)


def warm_korean_spacing() -> None:
    """Build the Korean word vocabulary now (~27 ms: reads the Korean training lines, the Korean
    interface texts and the knowledge files), not on the first unspaced Korean message."""
    _korean_vocabulary()


# Syllables that make a noun of the noun before them ("참가비", "입장료", "신청자", "초대권"): glued to
# it as a particle is, so a compound no text holds is not cut into a word and a stray syllable
_KO_NOUN_ENDS = ("비", "료", "자", "권", "처", "용", "식", "별")


def _word_cost(piece: str, vocabulary: dict[str, float]) -> float | None:
    """The cost of `piece` as one word: a known word, or a known noun with a noun ending
    ("참가비") and a particle or an ending ("참가비는", "나한테는"), each glued piece at a price."""
    best = vocabulary.get(piece)
    for suffix in ("", *_KO_TAILS):
        if len(piece) <= len(suffix) or not piece.endswith(suffix):
            continue
        base = piece[:len(piece) - len(suffix)]
        glued = _KO_SUFFIX_COST if suffix else 0.0
        options = [] if not suffix or base not in vocabulary else [vocabulary[base] + glued]
        if len(base) > 1 and base[-1] in _KO_NOUN_ENDS and base[:-1] in vocabulary:
            options.append(vocabulary[base[:-1]] + glued + _KO_SUFFIX_COST)
        for cost in options:
            if best is None or cost < best:
                best = cost
    return best


def _cut_korean(run: str) -> list[str]:
    """The most likely words of a run of Hangul syllables written without spaces."""
    vocabulary, longest = _korean_vocabulary()
    n = len(run)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("inf"), 0)] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - longest - 3), end):
            piece = run[start:end]
            cost = _word_cost(piece, vocabulary)
            if cost is None:
                # an unknown stretch: one piece, dear, each syllable more ("다섯", "수준": a word no
                # text holds is kept whole rather than cut into one-syllable words) — with its
                # particle or ending glued on as a known word's is ("러닝타임은요" stays one word)
                cost = min([_KO_UNKNOWN_COST + _KO_UNKNOWN_SYLLABLE * len(piece)]
                           + [_KO_UNKNOWN_COST + _KO_UNKNOWN_SYLLABLE * (len(piece) - len(suffix))
                              + _KO_SUFFIX_COST for suffix in _KO_TAILS
                              if len(piece) > len(suffix) and piece.endswith(suffix)])
            total = best[start][0] + cost + (_KO_SPACE_COST if start else 0.0)
            if total < best[end][0]:
                best[end] = (total, start)
    words, end = [], n
    while end > 0:
        start = best[end][1]
        words.append(run[start:end])
        end = start
    glued: list[str] = []
    for word in reversed(words):
        if glued and len(glued[-1]) >= 2 and _KO_VERB_HEAD.match(word) and not _KO_PARTICLE_END.search(glued[-1]):
            glued[-1] += word
        else:
            glued.append(word)
    return glued


def korean_spacing(text: str) -> str:
    """Korean written without spaces between words read as if spaced ("다음행사뭐있음" → "다음 행사
    뭐 있음", "하루전에알림줘" → "하루 전에 알림 줘"). Only a message whose Hangul words are long on
    average (spaced Korean averages two or three syllables a word) and only its runs of six
    syllables or more; any other text is returned as is."""
    if not HANGUL.search(text):
        return text
    lengths = [len(w) for token in text.split() for w in _SYLLABLES.findall(token)]
    if not lengths or max(lengths) < _KO_RUN_MIN or sum(lengths) / len(lengths) < _KO_UNSPACED_MEAN:
        return text

    def cut(m: re.Match[str]) -> str:
        run = m.group()
        return " ".join(_cut_korean(run)) if len(run) >= _KO_RUN_MIN else run

    spaced = _SYLLABLES.sub(cut, text)
    # a Latin word or a number glued to the Korean ("LED스튜디오") keeps its own word
    return re.sub(r"(?<=[A-Za-z0-9])(?=[\uac00-\ud7af]{2})", " ", spaced) if spaced != text else text
