"""fixO18 (play27 kinds T7, T8, T10, T12, T14, T3, T2, T9): what a partner's turn gets, in en/es/zh/ko."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import language_request
from tests.dialogue import new_chat, say

# T8: back to a language after another one, with a word of assent or "again" around it
BACK_TO = {
    "en": ["ok english again please", "alright, English back pls", "okay english again"],
    "es": ["bueno, español de nuevo porfa", "ok, castellano otra vez", "vale español ya"],
    "zh": ["好，还是中文吧", "又中文吧", "那就中文吧"],
    "ko": ["다시 한국어요", "그럼 한국어 다시요", "자 한국어로"],
}


@pytest.mark.parametrize("lang", list(BACK_TO))
def test_back_to_a_language_with_again_is_a_switch(lang: str) -> None:
    for text in BACK_TO[lang]:
        assert language_request(text)[0] == lang, text


@pytest.mark.parametrize("text", ["english film", "again", "ok", "spanish again and again we watch dramas"])
def test_no_switch_without_the_language_alone(text: str) -> None:
    assert language_request(text)[0] is None


def test_ok_english_again_after_a_switch_to_spanish_answers_in_english(services: Services) -> None:
    replies = say(services, "en", "respóndeme en español a partir de ahora", "ok english again please")
    assert replies[-1].lang == "en"
    replies = say(services, "es", "answer me in English from now on", "bueno, español de nuevo porfa")
    assert replies[-1].lang == "es"


# T7: after a request for a person no staff chat got, "what if I'm ignored?" is the team's other channel
IGNORED = [
    ("en", "I'd like to talk to someone on your team", "what if nobody pays attention?"),
    ("en", "get me a real person please", "and what if they just ghost me?"),
    ("es", "quiero hablar con alguien del equipo", "¿y si nadie me hace caso?"),
    ("es", "pásame con una persona", "che, ¿y si no me dan bola?"),
    ("es", "necesito hablar con un asesor", "¿y si me dejan en visto?"),
    ("zh", "我要找人工", "要是被晾着怎么办？"),
    ("zh", "幫我轉人工", "如果他們已讀不回呢？"),
    ("ko", "담당자랑 직접 얘기하고 싶어요", "무시하면 어떡해요?"),
    ("ko", "사람이랑 얘기할래", "씹히면 우짜노"),
]


@pytest.mark.parametrize("lang,ask,after", IGNORED)
def test_what_if_ignored_after_a_handoff_gives_the_teams_other_channel(services: Services, lang, ask, after) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    handed = services.brain.reply_to_text(chat, ask, services.store.profile(chat))
    assert handed.handoff is not None, handed.answer
    services.brain.note_unstaffed(chat, handed.handoff)  # (what Telegram does with no staff chat)
    reply = services.brain.reply_to_text(chat, after, services.store.profile(chat))
    assert reply.answer == "contact:international_business#hours", (after, reply.answer)
    assert "+86 000 0000 0001" in reply.text, reply.text


# T10: "what can you do?" right after an event card is the bot's help, not the card again
WHAT_YOU_DO = {
    "en": ("when is the Seoul matchmaking?", ["what else can you do for me besides that?", "so what can you actually help me with?"]),
    "es": ("¿cuándo es la jornada de pitch para latinoamericanos?",
           ["¿qué podés hacer vos aparte de eso?", "¿en qué más me puedes ayudar?", "¿y qué más sabes hacer tú?"]),
    "zh": ("首尔对接会是什么时候？", ["你都能帮我做什么？", "除了这个你还能做什么", "你都可以幫我做什麼？"]),
    "ko": ("서울 매칭 행사 언제예요?", ["너 그거 말고 뭐 해 줄 수 있어?", "봇 또 뭐 할 수 있어요?"]),
}


@pytest.mark.parametrize("lang", list(WHAT_YOU_DO))
def test_what_can_you_do_after_an_event_card_is_the_help(services: Services, lang: str) -> None:
    card, asks = WHAT_YOU_DO[lang]
    for ask in asks:
        first, reply = say(services, lang, card, ask)
        assert first.answer.startswith("event:"), first.answer
        assert reply.answer == "smalltalk:help", (ask, reply.answer)


# T12: a correction worded as a change right after a reminder or a calendar file moves it
CHANGES = [
    ("en", "remind me about the open day", "change that to the casting day instead", "international_sets_casting_day_2027"),
    ("en", "set a reminder for the open day", "can you switch it to the Seoul matchmaking please", "korea_matchmaking_2027"),
    ("en", "remind me about the casting day", "actually make it the film festival", "hengdian_film_festival"),
    ("es", "recuérdame la jornada de puertas abiertas", "cámbialo al casting mejor", "international_sets_casting_day_2027"),
    ("es", "¿me avisas de la noche de cine latino?", "mejor ponme el festival entero en vez de la noche", "hengdian_film_festival"),
    ("es", "ponme un recordatorio para la jornada de puertas abiertas", "cambialo para el encuentro de Seúl porfa", "korea_matchmaking_2027"),
    ("zh", "提醒我开放日", "改成选角日吧", "international_sets_casting_day_2027"),
    ("zh", "幫我設個開放日的提醒", "換成首爾那個", "korea_matchmaking_2027"),
    ("ko", "오픈 데이 알림 설정해 줘", "캐스팅 데이로 바꿔 줘", "international_sets_casting_day_2027"),
    ("ko", "라틴 영화의 밤 알림 해 주세요", "아 아니다, 라틴 영화의 밤 말고 영화제 전체로 바꿔 주세요", "hengdian_film_festival"),
]


@pytest.mark.parametrize("lang,first,change,meant", CHANGES)
def test_change_that_to_y_moves_the_reminder(services: Services, lang, first, change, meant) -> None:
    set_, moved = say(services, lang, first, change)
    assert set_.answer.startswith("event:") and "⏰" in set_.text, (first, set_.answer)
    assert moved.answer == f"event:{meant}", (change, moved.answer)
    assert "⏰" in moved.text and moved.text.count("\n\n") >= 1, moved.text  # (the old one cancelled, then the new one)
    assert "enero" not in moved.text


def test_change_that_to_y_moves_the_calendar_file(services: Services) -> None:
    _, moved = say(services, "en", "add the open day to my calendar", "switch it to the Seoul matchmaking please")
    assert moved.answer == "event:korea_matchmaking_2027" and moved.document is not None


# T14: after a request for a person made by PRESSING 🙋, "when will they be in? I'm in <city>" is the
# team's reply time (on that city's clock), as after one asked in words
PRESSED = [
    ("en", "which romance titles are still looking for partners?", "what time will they be in? I'm in Toronto", "Toronto"),
    ("en", "show me the comedy titles", "when do they get into the office? I'm in Lagos", "Lagos"),
    ("es", "¿qué títulos de romance buscan socios?", "¿a qué hora entran? estoy en Lima", "Lima"),
    ("es", "muéstrame las comedias", "¿y cuándo abren? yo estoy en Buenos Aires", "Buenos Aires"),
    ("zh", "有哪些喜剧作品？", "他们几点上班？我在多伦多", "多伦多"),
    ("zh", "有冇愛情片？", "佢哋幾點返工？我喺溫哥華", "温哥华"),
    ("ko", "코미디 작품 보여줘", "답장 언제 와? 나 서울이야", "서울"),
    ("ko", "로맨스 작품 뭐 있어요?", "몇 시에 출근해요? 저 부산이에요", "서울"),
]


@pytest.mark.parametrize("lang,listing,after,city", PRESSED)
def test_when_in_after_a_pressed_handoff_is_the_reply_time(services: Services, lang, listing, after, city) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    brain = services.brain
    shown = brain.reply_to_text(chat, listing, services.store.profile(chat))
    button = next(b for row in shown.buttons for b in row if "🙋" in b.label)
    handed = brain.reply_to_button(chat, button.data, services.store.profile(chat))
    assert handed.handoff is not None, handed.answer
    brain.note_unstaffed(chat, handed.handoff)  # (what Telegram does with no staff chat)
    reply = brain.reply_to_text(chat, after, services.store.profile(chat))
    assert reply.answer is not None and reply.answer.startswith("contact:") and reply.answer.endswith("#hours"), (after, reply.answer)
    assert city in reply.text, reply.text


# T3: a recap asked is a short recap of what this conversation answered, in the partner's language
RECAPS = [
    ("en", ["how many episodes does Half a Teahouse have?", "who handles it?", "ok so to recap?"], ["72", "partners@dalynn"]),
    ("en", ["how many episodes does Half a Teahouse have?", "who handles it?", "can you sum up what you told me?"], ["72", "partners@dalynn"]),
    ("es", ["¿cuántos capítulos tiene Abuela 2.0?", "¿quién la lleva?", "¿me haces un resumen de todo?"], ["60", "Zhou Fenglai"]),
    ("es", ["¿cuántos capítulos tiene Abuela 2.0?", "¿quién la lleva?", "dale, resumime lo que hablamos"], ["60", "Zhou Fenglai"]),
    ("zh", ["半间茶馆有多少集？", "谁负责？", "幫我總結一下剛才說的重點"], ["72", "partners@dalynn"]),
    ("zh", ["半间茶馆有多少集？", "谁负责？", "总结一下你刚才说的"], ["72", "partners@dalynn"]),
    ("ko", ["할머니 2.0 몇 부작이에요?", "담당은 누구예요?", "지금까지 내용 요약해 줘요"], ["60", "Zhou Fenglai"]),
    ("ko", ["할머니 2.0 몇 부작이에요?", "담당은 누구예요?", "지금까지 얘기한 거 정리해 주세요"], ["60", "Zhou Fenglai"]),
]


@pytest.mark.parametrize("lang,lines,facts", RECAPS)
def test_a_recap_sums_up_what_was_answered(services: Services, lang, lines, facts) -> None:
    reply = say(services, lang, *lines)[-1]
    assert reply.answer == "recap", (lines[-1], reply.answer)
    assert reply.lang == lang
    for fact in facts:
        assert fact in reply.text, reply.text
    assert 2 <= reply.text.count("• ") <= 5


@pytest.mark.parametrize("text", ["can you give me a summary of the plot of Grandma 2.0?", "《半间茶馆》剧情简介", "할머니 2.0 줄거리 요약해 줘"])
def test_a_titles_story_in_short_is_no_recap(services: Services, text: str) -> None:
    reply = say(services, "en", "how many episodes does Half a Teahouse have?", text)[-1]
    assert reply.answer != "recap"


# T2: the partner's past told as context is not the subject; the question after it is
PAST = [
    ("en", "Hi again! We filmed a palace drama at the Ming-Qing palace back in 2025. Now it's 1930s Shanghai gangsters. Which set works?"),
    ("en", "We already shot at the Qin palace last year. This time it's a Republican-era spy story, which set?"),
    ("es", "Ya rodamos en el Palacio Qin el año pasado. Ahora queremos algo de época republicana, ¿qué set nos sirve?"),
    ("es", "Hola, filmamos en el palacio Ming-Qing en 2025. Esta vez es de espías en la época republicana, ¿dónde grabamos?"),
    ("zh", "我们去年在秦王宫拍过一部戏，这次要拍民国谍战，哪个场景合适？"),
    ("zh", "我們前年在橫店拍過一部古裝劇，這次想回去拍第二部，是民國諜戰題材，有什麼適合的場景？"),
    ("ko", "작년에 명청궁에서 찍었는데요, 이번엔 민국 시대 첩보물이에요. 어느 세트가 맞아요?"),
    ("ko", "저번에 진왕궁에서 촬영했었는데, 이번엔 민국 시대 배경이에요. 어디가 좋아요?"),
]


@pytest.mark.parametrize("lang,text", PAST)
def test_the_partners_past_is_context_the_question_is_the_subject(services: Services, lang: str, text: str) -> None:
    reply = say(services, lang, text)[-1]
    assert "era=republican" in (reply.answer or ""), (text, reply.answer)
    first = reply.text.split("\n")[0]
    assert "ming_qing" not in (reply.answer or "") and "qin_palace" not in (reply.answer or "")
    assert reply.items and reply.items[0] == "location:guangzhou_hongkong_street", (reply.items, first)


SECOND = [
    ("en", "planning a second shoot in Hengdian, this time sci-fi. where do we film?"),
    ("es", "queremos volver para un segundo rodaje, esta vez de ciencia ficción, ¿dónde grabamos?"),
    ("zh", "这次想回横店拍第二部，科幻题材，有什么合适的场景？"),
    ("ko", "야 우리 헝뎬 두 번째 촬영 가려는데 이번엔 SF야. 어떤 세트 있어?"),
]


@pytest.mark.parametrize("lang,text", SECOND)
def test_a_second_shoot_is_no_pick_from_a_list(services: Services, lang: str, text: str) -> None:
    reply = say(services, lang, text)[-1]
    assert (reply.answer or "").startswith(("list:locations", "location:", "faq:virtual_production")), (text, reply.answer)


PRESSED_THEN_CHANGED = [
    ("es", "¿cuándo es la noche de cine latino?", "mejor ponme el festival entero en vez de la noche", "hengdian_film_festival"),
    ("en", "when is the open day?", "change that to the casting day instead", "international_sets_casting_day_2027"),
    ("zh", "开放日是哪天？", "改成选角日吧", "international_sets_casting_day_2027"),
    ("ko", "오픈 데이 언제예요?", "캐스팅 데이로 바꿔 주세요", "international_sets_casting_day_2027"),
]


@pytest.mark.parametrize("lang,card,change,meant", PRESSED_THEN_CHANGED)
def test_a_reminder_set_by_its_button_moves_when_changed(services: Services, lang, card, change, meant) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    brain = services.brain
    shown = brain.reply_to_text(chat, card, services.store.profile(chat))
    button = next(b for row in shown.buttons for b in row if "⏰" in b.label)
    brain.reply_to_button(chat, button.data, services.store.profile(chat))
    moved = brain.reply_to_text(chat, change, services.store.profile(chat))
    assert moved.answer == f"event:{meant}" and "⏰" in moved.text and "\n\n" in moved.text, (change, moved.answer, moved.text)
    assert "enero" not in moved.text
