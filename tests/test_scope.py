"""The scope gate on wording no answer set holds: off-topic messages get the honest
"not my subject" answer, unpublished things get an honest gap routed to the contact whose subject
they are, and "a deal like Dalynn's" gets the arrangement, not the partner's card.

Every message runs through a real Brain (temporary store, the shipped knowledge and classifier,
clock pinned like the answer evaluation). The probes were written for this test, in the four
languages as partners write (slang, no accents, formal and casual Korean), and are not training
lines: they check that the rule holds for the kind, not for the examples it was built on. When the
gate landed (2026-12-01) it answered 26/27, 27/27, 27/27 and 27/27 off-topic probes honestly
(en, es, zh, ko) and every gap probe with its contact's gap; before it, 21, 22, 22 and 21 of 27
and 11-13 of 16. The floors sit a little under that, so a slip fails.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import build_services
from bot.settings import Settings
from intents import scope
from intents.lexicon import gap_topic
from intents.nlu.answers import NOW
from tests.warm_cache import warm_data_dir

ROOT = Path(__file__).resolve().parent.parent
HONEST = ("out_of_scope", "fallback", "gap:")
OFF_TOPIC_FLOOR = 0.9  # share of the off-topic probes answered honestly, per language
GAP_FLOOR = 0.9  # share of the gap probes answered with the right contact's gap, per language

OFF_TOPIC = {
    "en": [
        "can you translate 'thank you very much' into Italian?",
        "what's the capital city of Kenya",
        "how do I make a proper carbonara, no cream",
        "what's 17% of 2,340?",
        "who scored for Arsenal on saturday",
        "what's the weather gonna be like in Lisbon this weekend",
        "who is Shakira dating these days lol",
        "is Oppenheimer worth watching or nah",
        "when is Taylor Swift touring Asia again?",
        "how do i reverse a linked list in python",
        "my excel formula keeps throwing #REF, help",
        "recommend me a good sci-fi novel for the flight",
        "how many calories in a banana",
        "what year did the berlin wall come down",
        "good morning! how do you say 'good night' in Portuguese?",
        "can u write a birthday poem for my mum",
        "which VPN is best for streaming",
        "how far is the moon from earth",
        "who won best picture at the oscars this year",
        "what time does the Louvre open on sundays",
        "how do I get my toddler to sleep through the night",
        "who's the richest man in the world rn",
        "what is the plot of Breaking Bad",
        "lyrics of despacito pls",
        "convert 50 euros to mexican pesos",
        "good name for a golden retriever puppy?",
        "did Messi retire from the national team",
    ],
    "es": [
        "como se dice 'buenas noches' en aleman?",
        "cual es la capital de Marruecos",
        "pasame la receta del ceviche peruano",
        "cuanto es el 15 por ciento de 380",
        "como quedo River anoche?",
        "va a hacer mucho calor en Monterrey el finde?",
        "quien es la novia de Bad Bunny",
        "vale la pena ver Roma de Cuaron?",
        "cuando sale el nuevo disco de Karol G",
        "me ayudas con un error de javascript? dice undefined is not a function",
        "como hago una tabla dinamica en excel",
        "recomiendame una novela de ciencia ficcion pal viaje",
        "cuantas calorias tiene una arepa",
        "en que año llego el hombre a la luna",
        "hola! como se dice gracias en japones?",
        "escribeme un poema para el dia de la madre",
        "que cel tiene mejor camara, iphone o samsung?",
        "a cuanto esta el dolar hoy en argentina",
        "quien gano el balon de oro",
        "de que trata la serie Narcos",
        "que le regalo a mi novio por su cumple",
        "cuanto mide la torre eiffel",
        "quien fue simon bolivar",
        "tenes la letra de la bamba?",
        "cual es el mejor antivirus gratis",
        "contame un chiste de programadores porfa",
        "que peliculas de Almodovar me recomiendas",
    ],
    "zh": [
        "“早上好”用法语怎么说？",
        "澳大利亚的首都是悉尼吗",
        "可乐鸡翅怎么做",
        "123乘以45等于多少",
        "昨晚湖人打赢了没",
        "下周广州天气怎么样",
        "周杰伦新专辑什么时候出",
        "流浪地球2值得看吗",
        "帮我写个Python爬虫",
        "Excel怎么合并单元格",
        "推荐一本好看的科幻小说",
        "一个苹果多少卡路里",
        "秦始皇是哪年统一六国的",
        "你好，谢谢用日语怎么说",
        "帮我写一首生日祝福的诗",
        "苹果和华为哪个手机拍照好",
        "今天美元兑人民币汇率多少",
        "C罗现在在哪个球队踢球",
        "甄嬛传讲的什么故事",
        "女朋友生日送什么礼物好",
        "珠穆朗玛峰有多高",
        "鲁迅是谁",
        "帮我查一下明天去北京的机票",
        "孩子发烧38度怎么办",
        "最近有什么好看的综艺",
        "成龙今年多大了",
        "BTS什么时候来上海开演唱会",
    ],
    "ko": [
        "'감사합니다'를 프랑스어로 어떻게 말해요?",
        "호주 수도가 어디예요?",
        "김치찌개 맛있게 끓이는 법",
        "37 곱하기 24는 얼마예요",
        "어제 손흥민 경기 이겼어요?",
        "이번 주말 부산 날씨 어때요",
        "아이유 새 앨범 언제 나와요",
        "오징어 게임 시즌2 재밌어요?",
        "파이썬에서 리스트 정렬하는 법 알려줘",
        "엑셀에서 중복값 제거 어떻게 해요",
        "비행기에서 읽을 SF 소설 추천해 주세요",
        "바나나 하나에 칼로리 몇이에요?",
        "세종대왕은 언제 한글을 만들었나요",
        "안녕하세요! '잘 자'를 중국어로 뭐라고 해요?",
        "엄마 생신 축하 시 좀 써 주세요",
        "아이폰이랑 갤럭시 중에 카메라 뭐가 좋아요",
        "오늘 원달러 환율 알려줘",
        "메시 지금 어느 팀에서 뛰어요?",
        "봉준호 감독 신작 나왔어요?",
        "여자친구 선물 뭐 사 줄까",
        "에베레스트산 높이가 몇 미터예요",
        "이순신 장군은 어떤 사람이에요",
        "내일 제주도 가는 비행기표 좀 찾아 줘",
        "감기 빨리 낫는 방법",
        "요즘 볼 만한 예능 추천해 줘",
        "블랙핑크 멤버 이름 알려줘",
        "기생충 몇 년에 개봉했어요?",
    ],
}

# Gaps: in our subject, but the files do not publish the answer. (text, contact or None=any gap,
# or "work:<id>" = that work's contact)
GAPS = {
    "en": [
        ("what's the day rate for the Qin palace set?", "international_business"),
        ("how much would a week on the Ming-Qing palace backlot set us back?", "international_business"),
        ("what's the license fee for Half a Teahouse in our territory?", "work:work_half_a_teahouse"),
        ("is there a minimum guarantee on Canton Nocturne?", "work:work_canton_nocturne"),
        ("how much is the HISDA membership fee per year?", "hisda_secretariat"),
        ("how much do background extras get paid per day over there?", "international_business"),
        ("what does a local gaffer earn per shoot day?", "international_business"),
        ("how many views has Tour Guide 2077 racked up?", None),
        ("what did your catalog titles make at the box office?", None),
        ("how does Hengdian stack up against Pinewood for a period shoot?", "international_business"),
        ("is Hengdian cheaper than Babelsberg?", "international_business"),
        ("what's the weather like in Hengdian in March?", None),
        ("how much are tickets for the Hengdian film festival?", None),
        ("what percentage off does the short drama cost reduction give exactly?", "vertical_short_drama_center"),
        ("how much does it cost to hire the LED volume for a day?", "international_business"),
        ("what's the crew rate for a local camera operator?", "international_business"),
    ],
    "es": [
        ("cuanto cobran por dia el set del Palacio Qin?", "international_business"),
        ("precio del alquiler semanal del set Ming y Qing?", "international_business"),
        ("cuanto cuesta la licencia de Media casa de té para Mexico?", "work:work_half_a_teahouse"),
        ("que minimo garantizado piden por El relojero del emperador?", "work:work_emperors_clockmaker"),
        ("cuanto es la cuota anual para ser miembro de HISDA?", "hisda_secretariat"),
        ("cuanto le pagan a un extra por jornada en Hengdian?", "international_business"),
        ("cuanto gana un electrico local por dia de rodaje?", "international_business"),
        ("cuantas vistas tiene Tour Guide 2077?", None),
        ("cuanto recaudaron en taquilla sus series?", None),
        ("Hengdian es mejor que Churubusco para rodar de epoca?", "international_business"),
        ("conviene mas Hengdian o los estudios Babelsberg?", "international_business"),
        ("como esta el clima en Hengdian en julio?", None),
        ("cuanto salen las entradas para el festival de cine de Hengdian?", None),
        ("de cuanto es el descuento exacto del incentivo para microdramas?", "vertical_short_drama_center"),
        ("cuanto sale rentar el plato virtual un dia?", "international_business"),
        ("cuanto cobra un camarografo local por jornada?", "international_business"),
    ],
    "zh": [
        ("明清宫苑租一天要多少钱", "international_business"),
        ("包一周清明上河图景区大概什么价", "international_business"),
        ("半间茶馆的海外授权费怎么算", "work:work_half_a_teahouse"),
        ("羊城夜曲的保底要多少", "work:work_canton_nocturne"),
        ("加入HISDA一年会费多少", "hisda_secretariat"),
        ("横店跟组的灯光师一天多少钱", "international_business"),
        ("请横店当地的化妆师要多少费用", "international_business"),
        ("导游2077的播放量有多少", None),
        ("你们片单里哪部票房最高", None),
        ("横店和象山影视城比哪个好", "international_business"),
        ("横店跟好莱坞的片场比起来怎么样", "international_business"),
        ("横店三月份天气怎么样", None),
        ("横店电影节门票多少钱", None),
        ("竖屏短剧降本政策具体能省多少钱", "vertical_short_drama_center"),
        ("虚拟摄影棚租一天多少钱", "international_business"),
        ("群众演员一天给多少钱", "international_business"),
    ],
    "ko": [
        ("진시황궁 세트 하루 대여료가 얼마예요?", "international_business"),
        ("명청궁원 일주일 빌리면 얼마 정도 들어요?", "international_business"),
        ("반쪽 찻집 한국 판권료는 얼마인가요?", "work:work_half_a_teahouse"),
        ("광저우 야상곡 MG는 얼마로 잡혀 있어요?", "work:work_canton_nocturne"),
        ("HISDA 연회비가 얼마입니까?", "hisda_secretariat"),
        ("헝뎬 보조출연자 일당은 보통 얼마 줘요?", "international_business"),
        ("현지 조명 스태프 하루 인건비가 어느 정도예요?", "international_business"),
        ("투어 가이드 2077 조회수 얼마나 나왔어요?", None),
        ("카탈로그 작품들 박스오피스 성적은 어때요?", None),
        ("헝뎬이 파인우드 스튜디오보다 나은가요?", "international_business"),
        ("헝뎬이랑 부산 기장 촬영소 중에 어디가 나아요?", "international_business"),
        ("헝뎬 4월 날씨는 어때요?", None),
        ("헝뎬 영화제 입장권 가격이 어떻게 되나요?", None),
        ("숏드라마 비용 절감 혜택으로 정확히 몇 퍼센트 할인돼요?", "vertical_short_drama_center"),
        ("버추얼 스튜디오 하루 쓰는 데 비용이 얼마나 들어요?", "international_business"),
        ("현지 카메라 감독 섭외하면 하루에 얼마 줘야 돼요?", "international_business"),
    ],
}

LIKE_PARTNER = {
    "en": "could we get the same kind of arrangement Dalynn has, sets in exchange for distribution?",
    "es": "nos darian un trato parecido al de Dalynn con los sets?",
    "zh": "我们能拿到跟Dalynn一样的用景合作条件吗",
    "ko": "저희도 Dalynn이 받은 것 같은 세트 협약을 받을 수 있나요?",
}


# In-scope messages with words the gate must not mistake for another subject.
IN_SCOPE = {
    "en": [("thanks a ton, super helpful", "smalltalk:thanks"), ("any comedies? lol", "list:works?genre=comedy")],
    "es": [("gracias, muy amable de tu parte", "smalltalk:thanks"), ("que comedias tienen jaja", "list:works?genre=comedy")],
    "zh": [("好的，太感谢了", "smalltalk:thanks"), ("有喜剧吗哈哈", "list:works?genre=comedy")],
    "ko": [("네 정말 감사합니다", "smalltalk:thanks"), ("코미디물 뭐 있어요 ㅎㅎ", "list:works?genre=comedy")],
}


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    settings = Settings(_env_file=None, bot_token=None, bot_knowledge_dir=ROOT / "knowledge",  # type: ignore[call-arg]
                        bot_data_dir=warm_data_dir(tmp_path_factory.mktemp("scope")), bot_staff_chat_id=None)
    services = build_services(settings)
    brain, store = services.brain, services.store
    brain.clock = lambda: NOW
    chats = itertools.count(7_000_000)

    def reply(lang: str, text: str):
        chat = next(chats)  # a chat of its own: nothing in memory
        return brain.reply_to_text(chat, text, store.touch(chat, language_code=lang))

    reply.kb = brain.knowledge.current  # type: ignore[attr-defined]
    yield reply
    services.store.db.conn.close()


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_off_topic_questions_get_the_honest_answer(ask, lang: str) -> None:
    wrong = [(text, got) for text in OFF_TOPIC[lang]
             if not ((got := ask(lang, text).answer) or "").startswith(HONEST)]
    rate = 1 - len(wrong) / len(OFF_TOPIC[lang])
    assert len(OFF_TOPIC[lang]) >= 25
    assert rate >= OFF_TOPIC_FLOOR, f"{lang} off-topic {rate:.1%}: " + "; ".join(f"{t!r} -> {g}" for t, g in wrong)


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_unpublished_things_are_gaps_routed_to_their_contact(ask, lang: str) -> None:
    wrong = []
    for text, contact in GAPS[lang]:
        if contact and contact.startswith("work:"):
            contact = ask.kb.works[contact[5:]].contact  # a title's price is its contact's subject
        got = ask(lang, text).answer or ""
        if not got.startswith("gap:") or (contact and got != f"gap:{contact}"):
            wrong.append((text, contact, got))
    rate = 1 - len(wrong) / len(GAPS[lang])
    assert len(GAPS[lang]) >= 15
    assert rate >= GAP_FLOOR, f"{lang} gaps {rate:.1%}: " + "; ".join(f"{t!r} want {c} got {g}" for t, c, g in wrong)


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_a_deal_like_a_partners_is_the_incentive(ask, lang: str) -> None:
    assert ask(lang, LIKE_PARTNER[lang]).answer == "incentive:set_access_partnership"


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_thanks_and_casual_requests_stay_in_scope(ask, lang: str) -> None:
    for text, expected in IN_SCOPE[lang]:
        assert ask(lang, text).answer == expected, text


@pytest.mark.parametrize("text", ["translate 'see you soon' into Dutch", "how do you say 'cut!' in Thai",
                                  "como se dice 'accion' en portugues", "“再见”用德语怎么说",
                                  "'수고하셨습니다'를 영어로 뭐라고 해요?"])
def test_translating_a_phrase_is_recognised(text: str) -> None:
    assert scope.translation_asked(text)


@pytest.mark.parametrize("text", ["in English please", "can you send that in Spanish?", "用英文回答",
                                  "what languages is it dubbed in?", "한국어 자막 있어요?"])
def test_a_language_switch_or_a_dub_is_no_translation_request(text: str) -> None:
    assert not scope.translation_asked(text)


def test_a_title_that_names_a_figure_asks_no_figure(ask) -> None:
    """"궁중 시청률 전쟁" (Palace Ratings War) holds the word for ratings; its name asks nothing."""
    assert gap_topic("시청률 잘 나왔어요?") == "figures"
    assert not (ask("ko", "궁중 시청률 전쟁 무슨 내용이에요?").answer or "").startswith("gap:")
