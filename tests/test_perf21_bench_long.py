"""perf21 (round 30, issue 10): `bench/conversation.py` gives the run-on messages' CPU apart
(`long_*`: messages of `LONG` characters or more), the reading that sets the reply p99 besides
the e5 encode, so a change to it is read on those messages rather than guessed from the p99."""

from __future__ import annotations

from bench import conversation


def test_long_messages_figures_apart() -> None:
    # six messages: two run-on ones (one of them embedded: 20 ms of its 50 the encode)
    cpu = [2.0, 3.0, 4.0, 50.0, 35.0, 5.0]
    encode = [0.0, 0.0, 0.0, 20.0, 0.0, 0.0]
    lengths = [12, 30, conversation.LONG - 1, 140, conversation.LONG, 20]
    figures = conversation.cpu_figures(cpu, encode, None, lengths)
    assert figures["long_messages"] == 2
    assert figures["long_max_ms"] == 50.0
    assert figures["long_besides_embedding_max_ms"] == 35.0  # 50 - 20, and the other's 35
    assert figures["long_besides_embedding_mean_ms"] == 32.5
    assert "long_messages" not in conversation.cpu_figures(cpu, encode, None)  # (as before without lengths)
