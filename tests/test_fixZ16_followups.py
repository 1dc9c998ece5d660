"""fixZ16 (play24 kinds 4, 10, ...): follow-ups read as the partner meant them.

Kind 4: "calendar" as the schedule of our events ("what's next on your events calendar?") lists or
shows the coming events; "add it to my calendar" is still the file.
Kind 10: a city asked after an event's time, with who is there said after it ("那洛杉磯呢？我同事在
那邊", "what about LA? my colleague is there"): the event's time in that city, as the city alone."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import action_asked, someone_there_dropped
from tests.dialogue import fits, talk


@pytest.mark.parametrize("text", [
    "what's next on your events calendar?", "anything new on the HISDA event calendar?",
    "¿qué sigue en el calendario de actividades?", "¿qué hay en la agenda de eventos de ustedes?",
    "你们活动日历上接下来有什么？", "活動行事曆上下一個是什麼",
    "행사 캘린더에 다음 거 뭐야?", "이벤트 일정표에 뭐 있어요?",
])
def test_our_events_calendar_is_no_file(text: str) -> None:
    assert action_asked(text) is None


@pytest.mark.parametrize("text", [
    "add it to my calendar", "send me the events calendar file", "agrégalo a mi calendario", "帮我加到日历", "캘린더에 넣어 줘",
])
def test_the_partners_calendar_is_the_file(text: str) -> None:
    assert action_asked(text) == "ics"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what's next on your events calendar?"), ("en", "what's coming up on the alliance events calendar?"),
    ("es", "¿qué sigue en el calendario de actividades?"), ("es", "¿qué viene en su calendario de eventos?"),
    ("zh", "你们活动日历上接下来有什么？"), ("zh", "活動行事曆上下一個是什麼？"),
    ("ko", "행사 캘린더에 다음 거 뭐야?"), ("ko", "이벤트 일정표에 뭐 있어요?"),
])
def test_whats_on_the_events_calendar_is_the_events(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, ["event:*", "list:events*"])], fits=fits)
    assert not reply.document, "a calendar file was sent for a question about our calendar"


@pytest.mark.parametrize(("lang", "text", "rest"), [
    ("zh", "那洛杉磯呢？我同事在那邊", "那洛杉磯呢?"), ("zh", "那纽约呢，我们老板在那里", "那纽约呢"),
    ("en", "what about LA? my colleague is there", "what about LA?"), ("en", "and Berlin? our producer is based there", "and Berlin?"),
    ("es", "¿y en Los Ángeles? allá está mi colega", "¿y en Los Ángeles?"), ("es", "¿y Madrid? mi socio vive allá", "¿y Madrid?"),
    ("ko", "LA는요? 동료가 거기 있어서요", "LA는요?"), ("ko", "뉴욕은? 우리 팀이 거기 있거든", "뉴욕은?"),
])
def test_who_is_there_is_cut_off(lang: str, text: str, rest: str) -> None:
    assert someone_there_dropped(text) == rest


@pytest.mark.parametrize(("lang", "first", "then", "city"), [
    ("zh", "選角日是什麼時候？", "那洛杉磯呢？我同事在那邊", "洛杉"),
    ("zh", "开放日是几号？", "那纽约呢，我们老板在那里", "纽约"),
    ("en", "when is the casting day?", "what about LA? my colleague is there", "Los Angeles"),
    ("en", "when's the open day?", "and Berlin? our producer is based there", "Berlin"),
    ("es", "¿cuándo es el día de casting?", "¿y en Los Ángeles? allá está mi colega", "Los Ángeles"),
    ("es", "¿qué día es la jornada de puertas abiertas?", "¿y Madrid? mi socio vive allá", "Madrid"),
    ("ko", "캐스팅 데이 언제예요?", "LA는요? 동료가 거기 있어서요", "로스앤젤레스"),
    ("ko", "오픈 데이 며칠이야?", "뉴욕은? 우리 팀이 거기 있거든", "뉴욕"),
])
def test_a_colleagues_city_is_the_events_time_there(services: Services, lang: str, first: str, then: str, city: str) -> None:
    reply = talk(services, lang, [(first, "event:*#date"), (then, "event:*#date")], fits=fits)
    assert city in reply.text, reply.text


# -- kind 3: "the one in Seoul" after another event: the event held there; the city no clock ------
SEOUL_ONE = [
    ("en", "when's the talent program info session?", "Toronto", "and the one in Seoul, what time would that be here?", "Toronto",
     "remind me about it the day before"),
    ("en", "when is the open day?", "we're in Chicago", "what about the Seoul one, when is that for us?", "Chicago", "set a reminder for it"),
    ("es", "¿cuándo es la sesión informativa del programa de talento?", "estoy en Bogotá", "¿y el de Seúl a qué hora me queda?", "Bogotá",
     "recuérdamelo un día antes"),
    ("es", "¿qué día es la jornada de puertas abiertas?", "somos de Lima", "¿y lo de Seúl cuándo cae para nosotros?", "Lima", "avísame un día antes"),
    ("zh", "全球人才计划说明会是什么时候？", "我在温哥华", "那首尔那个是我这边几点？", "温哥华", "到时候提醒我"),
    ("zh", "開放日是幾號？", "我人在多倫多", "首爾那場是我這邊幾點？", "多", "幫我設個提醒"),
    ("ko", "글로벌 인재 설명회 언제야?", "저는 토론토에 있어요", "서울에서 하는 거는 여기 시간으로 몇 시야?", "토론토", "그거 하루 전에 알려줘"),
    ("ko", "오픈 데이 언제예요?", "저는 시카고에 있어요", "서울 거는 제 시간으로 몇 시예요?", "시카고", "알림 설정해 주세요"),
]


@pytest.mark.parametrize(("lang", "first", "city", "seoul", "here", "remind"), SEOUL_ONE)
def test_the_one_in_seoul_is_the_seoul_event_in_the_partners_time(services: Services, lang: str, first: str, city: str,
                                                                   seoul: str, here: str, remind: str) -> None:
    reply = talk(services, lang, [(first, "event:*"), (city, "*"), (seoul, "event:korea_matchmaking_2027#date")], fits=fits)
    assert here in reply.text, reply.text
    labels = " ".join(b.label for row in reply.buttons for b in row)
    assert "Seoul" not in labels and "서울" not in labels and "首尔" not in labels and "Seúl" not in labels, labels
    reminded = talk(services, lang, [(first, "event:*"), (city, "*"), (seoul, "event:korea_matchmaking_2027#date"),
                                     (remind, "event:korea_matchmaking_2027*")], fits=fits)
    assert reminded.answer.startswith("event:korea_matchmaking_2027")


@pytest.mark.parametrize(("text", "zone"), [
    ("and the one in Seoul, what time would that be here?", "Asia/Seoul"), ("¿y el de Seúl a qué hora me queda?", "Asia/Seoul"),
    ("那首尔那个是我这边几点？", "Asia/Seoul"), ("서울에서 하는 거는 여기 시간으로 몇 시야?", "Asia/Seoul"),
    ("I'm in Seoul, when is it?", None), ("what time is that in Seoul time?", None), ("서울 시간으로 몇 시예요?", None),
    ("¿a qué hora es en hora de Seúl?", None), ("我在首尔，几点开始？", None),
])
def test_a_city_picks_an_event_or_is_a_clock(text: str, zone: str | None) -> None:
    from intents.lexicon import city_picks_event
    assert city_picks_event(text) == zone


# -- kind 12: a correction describing the other record by words of its name; then its contact ------
@pytest.mark.parametrize(("lang", "first", "correction", "who"), [
    ("en", "tell me about Canton Nocturne", "no sorry, I meant the murder by the river one", "who handles it?"),
    ("en", "which is cheaper to license, Canton Nocturne or Murder Along the River?", "no wait, I meant the other one, the river murder one. is it still looking for partners?", "who's in charge of it?"),
    ("es", "háblame de Nocturno en Cantón", "no, me refería a la otra, la del crimen en el río", "¿quién la lleva?"),
    ("es", "¿de qué va Nocturno en Cantón?", "perdón, quise decir la del crimen del río", "¿con quién hablo de esa?"),
    ("zh", "介绍一下《羊城夜曲》", "不对，我说的是另一部，上河图谜案那部", "谁负责？"),
    ("zh", "《羊城夜曲》讲什么？", "不是这部，我是说上河图谜案", "找谁谈？"),
    ("ko", "광저우 야상곡 알려 주세요", "아니 제 말은 다른 거요, 살인사건 그거요", "담당이 누구예요?"),
    ("ko", "광저우 야상곡 줄거리 뭐야?", "아니 그거 말고 살인사건 나오는 거", "누구한테 물어봐야 돼?"),
])
def test_the_other_one_described_is_that_record_and_its_contact(services: Services, lang: str, first: str,
                                                                correction: str, who: str) -> None:
    talk(services, lang, [(first, "*"), (correction, "work:work_murder_along_the_river*"),
                          (who, ["contact:international_business*", "work:work_murder_along_the_river#contact*", "gap:international_business*"])],
         fits=lambda e, g: (fits(e, g) or any(fits(x, g) for x in e)) if isinstance(e, list) else fits(e, g) if e != "*" else True)


# -- kind 11: a set pointed back at by a word of its name after /start: that set, not the one in focus --
@pytest.mark.parametrize(("lang", "first", "second", "back"), [
    ("es", "¿qué plató me recomendáis para una serie de la dinastía Qing?", "¿y cuál es más grande, el Palacio Ming-Qing o el Nuevo Jardín Yuanming?",
     "hola otra vez, lo del jardín ese, ¿se puede grabar de noche?"),
    ("es", "¿qué sets tienen para la dinastía Qing?", "háblame del palacio Ming y Qing", "oye, y esa del jardín, ¿sirve para escenas de noche?"),
    ("en", "what sets do you have for the Qing dynasty?", "tell me about the Ming and Qing palace", "hi again, that garden thing, can we shoot there at night?"),
    ("en", "which sets fit a Qing dynasty drama?", "what about the Ming Qing palace?", "hey again, that garden place, can we film there at night?"),
    ("zh", "清朝的戏有哪些拍摄基地？", "明清宫苑介绍一下", "又是我，刚才那个圆明新园，晚上能拍吗？"),
    ("zh", "拍清代戏用哪些景？", "说说明清宫苑", "之前说的圆明新园，能拍夜戏吗"),
    ("ko", "청나라 배경 세트 뭐 있어요?", "명청궁원 알려 주세요", "또 왔어요, 아까 그 원명신원, 밤에도 촬영돼요?"),
    ("ko", "청나라 사극 찍을 세트 추천해 줘", "명청궁원은 어때?", "아까 말한 원명신원, 야간 촬영 돼?"),
])
def test_a_set_pointed_back_at_by_its_word_after_start(services: Services, lang: str, first: str, second: str, back: str) -> None:
    talk(services, lang, [(first, "*"), (second, "*"), ("/start", "*"), (back, "location:yuanming_new_garden*")],
         fits=lambda e, g: True if e == "*" else fits(e, g))
