"""Round 36: replay of wrong turns in fresh chats, to make sure they are the bot's and reproducible."""

S = "say"

CONVERSATIONS = [
    ("re-en-korean", "en", "Rae", [
        (S, "do you have mystery shows?"),
        (S, "ok and which of those come with a Korean track?"),
        (S, "of those, anything under 80 episodes?"),
    ]),
    ("re-en-back", "en", "Reb", [
        (S, "Canton Nocturne"),
        (S, "what sets would suit a 1930s Guangzhou story?"),
        (S, "and is there any incentive for vertical shorts?"),
        (S, "back to that first series — how many episodes?"),
    ]),
    ("re-es-sabado", "es", "Rosa", [
        (S, "¿qué hay el sábado?"),
        (S, "¿y la semana que viene?"),
    ]),
    ("re-zh-week", "zh", "任", [
        (S, "下周有什么活动"),
        (S, "横店影视节怎么报名？有截止时间吗"),
    ]),
    ("re-ko-cost", "ko", "류", [
        (S, "스태프 40명, 20일 촬영, 예산 5억 원입니다. 비용 절감 혜택이 있습니까?"),
        (S, "코미디 중에 한국어 되는 거"),
        (S, "80부 이하인 것만요"),
    ]),
]
