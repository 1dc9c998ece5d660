"""TF-IDF features of a trained model without importing scikit-learn (~0.9 s and ~65 MB).

`Tfidf` reproduces `sklearn.feature_extraction.text.TfidfVectorizer.transform` for the two
configurations `intents.nlu.classifier` trains (see `_vectorizers` there): a `char_wb`
analyzer over the `normalize`d message, and a `word` analyzer over already-normalised text
split by `word_tokens`; raw counts, `1 + log(tf)` when `sublinear_tf`, times the fitted idf,
rows scaled to unit L2 norm. scikit-learn is only needed to train; a persisted model is
loaded into `Tfidf` and a test checks the two give the same matrix.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np
import scipy.sparse as sp

_WHITE_SPACES = re.compile(r"\s\s+")


def char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams inside word boundaries, padded with a space (sklearn's `char_wb`)."""
    text = _WHITE_SPACES.sub(" ", text)
    grams: list[str] = []
    for word in text.split():
        word = f" {word} "
        size = len(word)
        for n in range(low, high + 1):
            offset = 0
            grams.append(word[offset:offset + n])
            while offset + n < size:
                offset += 1
                grams.append(word[offset:offset + n])
            if offset == 0:  # a word shorter than n counts once
                break
    return grams


def word_ngrams(tokens: list[str], low: int, high: int) -> list[str]:
    """Token n-grams joined by a space (sklearn's `_word_ngrams` without stop words)."""
    if high == 1:
        return tokens
    grams = list(tokens) if low == 1 else []
    low = max(low, 2)
    for n in range(low, min(high + 1, len(tokens) + 1)):
        grams.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return grams


class Tfidf:
    """A fitted vectorizer: `vocabulary_` (term -> column), `idf_`, `transform(texts)`."""

    def __init__(self, vocabulary: Sequence[str], idf: np.ndarray,
                 analyze: Callable[[str], list[str]], sublinear_tf: bool) -> None:
        self.vocabulary_ = {term: i for i, term in enumerate(vocabulary)}
        self.idf_ = np.asarray(idf, dtype=np.float64)
        if self.idf_.shape != (len(self.vocabulary_),):
            raise ValueError("idf does not match the vocabulary")
        self.analyze = analyze
        self.sublinear_tf = sublinear_tf

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        """One L2-normalised TF-IDF row per text (CSR, float64)."""
        indptr, indices, values = [0], [], []
        vocab = self.vocabulary_
        for text in texts:
            counts = Counter(vocab[g] for g in self.analyze(text) if g in vocab)
            columns = sorted(counts)
            tf = np.array([counts[c] for c in columns], dtype=np.float64)
            if self.sublinear_tf:
                tf = np.log(tf) + 1.0
            row = tf * self.idf_[columns] if columns else tf
            norm = float(np.sqrt(np.dot(row, row)))
            if norm > 0:
                row = row / norm
            indices.extend(columns)
            values.extend(row.tolist())
            indptr.append(len(indices))
        return sp.csr_matrix((np.array(values, dtype=np.float64),
                              np.array(indices, dtype=np.int32), np.array(indptr)),
                             shape=(len(texts), len(vocab)))
