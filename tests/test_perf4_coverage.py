"""perf4: the coverage vocabulary keeps its CJK pairs as sorted codes, and knows exactly the
pairs a set of the two-character strings would (issue 10's peak RSS)."""

from __future__ import annotations

import random

from intents.coverage import Vocabulary

TEXTS = ["横店影视城可以拍摄吗", "外国剧组拍摄需要什么手续", "촬영 허가는 어떻게 받나요", "短剧 发行 合作",
         "¿Pueden filmar equipos extranjeros?", "Do you co-produce short dramas?", "𠀋𠀌 rare",
         "a", "中"]


def reference_pairs(texts: list[str]) -> set[str]:
    from core.text import normalize
    from intents.coverage import _CJK_RUN

    pairs: set[str] = set()
    for text in texts:
        for run in _CJK_RUN.findall(normalize(text)):
            pairs.update(run[i:i + 2] for i in range(len(run) - 1))
    return pairs


def test_pairs_known_as_the_set_knew_them() -> None:
    vocab = Vocabulary.build(TEXTS)
    pairs = reference_pairs(TEXTS)
    alphabet = sorted({c for p in pairs for c in p}) + ["奥", "运", "会", "대", "통", "령"]
    rng = random.Random(4)
    for _ in range(2000):
        run = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        assert vocab.has_pairs(run) == [run[i:i + 2] in pairs for i in range(len(run) - 1)]
    for pair in pairs:
        assert vocab.has_pairs(pair) == [True]


def test_unexplained_unchanged() -> None:
    vocab = Vocabulary.build(TEXTS)
    assert vocab.unexplained("横店拍摄奥运会") == ["奥运会"]
    assert vocab.unexplained("대통령이 촬영") == ["대통령이"]
    assert vocab.unexplained("拍摄") == []


def test_empty_vocabulary() -> None:
    vocab = Vocabulary.build([])
    assert vocab.has_pairs("横店") == [False]
    assert vocab.unexplained("横店影视") == ["横店影视"]


def test_pairs_are_compact() -> None:
    texts = ["".join(chr(0x4E00 + (i * 7 + j) % 3000) for j in range(40)) for i in range(400)]
    vocab = Vocabulary.build(texts)
    assert isinstance(vocab.pairs, bytes)
    assert len(vocab.pairs) == 8 * len(reference_pairs(texts))
