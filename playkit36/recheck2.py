"""Round 36: replay of batch 2's wrong turns in fresh chats."""

S, P, T = "say", "press", "staff"

CONVERSATIONS = [
    ("re-es-corea", "es", "Rocío", [
        (S, "recuérdame el evento"),
        (S, "el de Corea"),
    ]),
    ("re-en-virtual", "en", "Ron", [
        (S, "what sci-fi titles do you have?"),
        (S, "the one set on a virtual stage"),
    ]),
    ("re-es-larga", "es", "Rafa", [
        (S, "¿tienen comedias?"),
        (S, "¿cuál es la más larga?"),
        (S, "¿qué hay en agosto?"),
        (S, "volviendo a la comedia más larga, ¿en qué idiomas está?"),
        (S, "¿y en qué estado está?"),
    ]),
    ("re-zh-seoul", "zh", "芮", [
        (S, "明年四月的对接会在哪里办"),
        (S, "首尔时间几点，北京时间呢"),
    ]),
    ("re-ko-scifi2", "ko", "려", [
        (S, "SF 작품 있어요?"),
        (S, "한국어 되는 거요"),
        (S, "세 번째"),
        (S, "비자 필요해요?"),
        (S, "아까 그 SF 몇 부작이에요?"),
    ]),
]
