"""Round 36: replay of the wrong turns in fresh chats, to make sure they are the bot's and reproducible."""

S, P, T = "say", "press", "staff"

CONVERSATIONS = [
    ("re-en-qin", "en", "Rae", [
        (S, "what sets do you have for a wuxia shoot?"),
        (S, "and what was filmed at the Qin one"),
    ]),
    ("re-en-spanish", "en", "Ray", [
        (S, "Eclipse over Qin"),
        (S, "Spanish?"),
    ]),
    ("re-en-letter", "en", "Rita", [
        (S, "Dear Sir or Madam, I am writing on behalf of Northlight Pictures Ltd. We would like to enquire whether the Alliance accepts foreign members and, if so, what the procedure is. Kind regards, Fiona Hale"),
        (S, "/cancel"),
        (S, "When is the Global Talent Program intake information session, in UK time please?"),
    ]),
    ("re-en-kitchen", "en", "Rob", [
        (S, "any comedies in Korean?"),
        (S, "is the Kitchen God one available to license?"),
    ]),
    ("re-es-octubre", "es", "Rosa", [
        (S, "¿qué eventos hay en octubre del año que viene?"),
        (S, "hola, tienen series de misterio?"),
        (S, "las de español"),
    ]),
    ("re-es-carta", "es", "Raúl", [
        (S, "Estimados señores: Me dirijo a ustedes en nombre de Tramuntana Films (Barcelona). Quisiéramos saber si es posible coproducir una serie vertical con la Alianza y qué requisitos hay. Atentamente, Montserrat Puig"),
        (S, "Les agradecería que me pusieran en contacto con una persona del equipo."),
    ]),
    ("re-es-romance", "es", "Reina", [
        (S, "hola, tienen series romanticas con doblaje al español y menos de 80 capitulos?"),
        (S, "la de arcilla, ¿de qué va?"),
    ]),
    ("re-es-canton", "es", "Rubén", [
        (S, "¿tienen locaciones para rodar una historia de los años 30 en Shanghái o Cantón?"),
        (S, "¿qué se ha filmado ahí?"),
        (S, "¿hay alguna serie ambientada en Cantón?"),
        (S, "¿cuántos capítulos tiene?"),
    ]),
    ("re-es-jueves", "es", "Ramiro", [
        (S, "¿qué hay la semana que viene?"),
        (S, "¿y este jueves?"),
    ]),
    ("re-zh-korean", "zh", "任", [
        (S, "大秦日食"),
        (S, "韩语"),
    ]),
    ("re-zh-join", "zh", "饶", [
        (S, "您好，想請教貴聯盟是否接受海外會員加入？"),
        (S, "需要準備哪些資料？"),
    ]),
    ("re-zh-hk", "zh", "容", [
        (S, "喂你好我哋係香港嘅製作公司想問下你哋有冇喜劇可以合拍又或者買版權同埋幾時有活動"),
        (S, "第二套講咩㗎"),
        (S, "唔係呢套，我係話嗰套灶君嘅"),
    ]),
    ("re-zh-romance", "zh", "冉", [
        (S, "有没有浪漫爱情题材、带西班牙语、80集以内的剧"),
    ]),
    ("re-ko-month", "ko", "류", [
        (S, "외국 배경 세트 있어요?"),
        (S, "다음 달 행사 있어요?"),
    ]),
    ("re-ko-events", "ko", "라", [
        (S, "행사 알려줘"),
    ]),
    ("re-ko-spanish", "ko", "로", [
        (S, "사랑은 대역 불가"),
        (S, "스페인어"),
    ]),
    ("re-ko-april", "ko", "리", [
        (S, "이번 주에 행사 있어요?"),
        (S, "내년 4월에 서울에서 하는 거 있죠?"),
    ]),
    ("re-ko-scifi", "ko", "루", [
        (S, "Hi, do you have any wuxia titles with Korean subtitles?"),
        (S, "How about sci-fi with Korean?"),
        (S, "그 중에 제일 짧은 거요"),
    ]),
]
