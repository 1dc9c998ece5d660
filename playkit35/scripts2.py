"""Round 35, second batch: corrections, come-backs, stacked filters, one-word answers."""

S, P, T = "say", "press", "staff"

CONVERSATIONS = [
    ("en-ca-stack", "en", "Priya", [
        (S, "Toronto distributor here — got any sci-fi?"),
        (S, "only the ones in Spanish"),
        (S, "and fewer than 90 episodes"),
        (S, "which is the shortest of those"),
        (S, "Dream Valley"),
        (S, "ok back to the sci-fi one you picked — what's the status?"),
    ]),
    ("en-au-oneword", "en", "Liam", [
        (S, "hi"),
        (S, "events"),
        (S, "the first one"),
        (S, "yes please remind me"),
        (S, "what's happening on Saturday?"),
        (S, "ta. How many episodes does Die Another Take have?"),
    ]),
    ("es-ar-correct", "es", "Martina", [
        (S, "Hola! Vos sabés si tienen algo de misterio en coreano?"),
        (S, "la tercera, ¿de qué se trata?"),
        (S, "no boludo, la otra, la de los bronces"),
        (S, "¿cuántos capis tiene?"),
        (S, "¿y dónde queda el set del palacio Qin?"),
        (S, "volviendo a la serie de los bronces, ¿está para licenciar?"),
    ]),
    ("es-es-budget", "es", "Jordi", [
        (S, "Buenas, somos 12 y tenemos 60.000 euros para rodar 8 días una serie vertical. ¿Nos llega con eso en Hengdian?"),
        (S, "¿y qué ayudas hay para series verticales?"),
        (S, "¿Cuánto antes tengo que pedirlo?"),
        (S, "Hengdian"),
        (S, "¿qué hay el mes que viene?"),
    ]),
    ("zh-hk-stack", "zh", "詠詩", [
        (S, "有冇科幻劇？"),
        (S, "邊啲有韓文版？"),
        (S, "集數少過90集嘅"),
        (S, "最短嗰套係邊套？"),
        (S, "唔係呢套，另一套"),
        (S, "多謝晒！下個禮拜六有冇活動？"),
    ]),
    ("zh-cn-oneword", "zh", "赵强", [
        (S, "活动"),
        (S, "第一个"),
        (S, "要"),
        (S, "下个月有什么活动"),
        (S, "横店影视节报名截止是哪天"),
        (S, "大秦日食"),
        (S, "回到第一个活动，是线上的吗？"),
    ]),
    ("ko-banmal2", "ko", "태윤", [
        (S, "미스터리 중에 한국어 있는 거 뭐야"),
        (S, "아니 그거 말고 세 번째"),
        (S, "몇 분짜리야"),
        (S, "진왕궁"),
        (S, "아까 그 작품 다시, 판권 살 수 있어?"),
        (S, "다음 주 토요일에 뭐 있어?"),
    ]),
    ("ko-formal2", "ko", "최은영", [
        (S, "안녕하십니까. 저희는 스태프 40명, 촬영 기간 20일, 예산 5억 원 규모로 헝뎬 촬영을 검토 중입니다. 비용 절감 혜택이 있습니까?"),
        (S, "통역과 보조 출연자도 현지에서 섭외 가능합니까?"),
        (S, "담당자 연락처를 알려 주십시오."),
        (S, "감사합니다. 다음 달에는 행사가 있습니까?"),
        (S, "서울"),
    ]),
]
