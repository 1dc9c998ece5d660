"""answers73's dialogue turns (fixT19), in sentences of our own:

- "which of those come in Spanish?" after picks from a list ("the third one…", "and the fifth?")
  narrows that list by its own filters plus the new one (`Memory.listing`), and the ordinals after
  it count down the narrowed list;
- Sichuan chat (撒子, 头一个, 好多集, 好久可以, 一哈), a genre asked in a closing clause set off by a
  space, "那部有西班牙语吗" of the title in focus;
- Jamaican Patois ("which a dem", "one a dem", "a look fi partners", "seh it in…");
- Korean "몇 편이에요" of the title pointed at, "다음 행사는 뭐가 있어요?" (one event), Chungcheong
  -래유 / -줘유 / 온라인이유;
- Spanish usted "manténgame informado"; "what's that show about exactly?" names no story subject.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import standard_words
from intents import catalog, lexicon
from intents.brain import read_as_standard
from intents.memory import Memory
from tests.dialogue import say, talk
from tests.dialogue import talk_patterns as talk_globs


@pytest.mark.parametrize(("lang", "ask", "third", "fifth", "narrow", "pick"), [
    ("en", "any sci-fi titles?", "the third one, how many episodes?", "and the fifth?",
     "which of those come in Spanish?", "the second of them, what's it about?"),
    ("es", "¿tienen series de ciencia ficción?", "la tercera, ¿cuántos capítulos tiene?", "¿y la quinta?",
     "¿cuáles de esas están en español?", "la segunda de esas, ¿de qué trata?"),
    ("zh", "有科幻剧吗", "第三部多少集", "第五部呢", "这些里面哪些有西班牙语版的", "其中第二部讲什么"),
    ("ko", "SF 작품 있어요?", "세 번째 거 몇 부작이에요?", "다섯 번째는요?", "그 중에 스페인어로 된 건 뭐예요?",
     "그 중 두 번째 거 무슨 내용이에요?"),
])
def test_a_list_walked_is_narrowed_by_a_new_filter(services: Services, lang, ask, third, fifth, narrow, pick) -> None:
    listed, _, _, narrowed, picked = say(services, lang, ask, third, fifth, narrow, pick)
    assert listed.answer == "list:works?genre=sci_fi", listed.answer
    assert narrowed.answer == "list:works?genre=sci_fi&language=es", (narrowed.answer, narrowed.text)
    # the narrowed list: sci-fi titles only, fewer than before, all of them in Spanish
    assert 0 < len(narrowed.items) < len(listed.items) and set(narrowed.items) <= set(listed.items)
    assert picked.answer == f"{narrowed.items[1]}#logline", (picked.answer, narrowed.items)


def test_the_list_walked_is_remembered_until_another_replaces_it() -> None:
    memory = Memory(items=("work:a", "work:b"), listing="list:works?genre=comedy", listed=True)
    assert Memory.from_json(memory.to_json()) == memory


@pytest.mark.parametrize(("text", "standard"), [
    ("你们有撒子剧嘛", "什么"),
    ("头一个几集", "第一个"),
    ("好久可以去看一哈", "什么时候可以去看一下"),
])
def test_sichuan_chat_reads_as_standard_words(text: str, standard: str) -> None:
    assert standard in standard_words(text), standard_words(text)


def test_a_sichuan_conversation_about_a_genre(services: Services) -> None:
    talk_globs(services, "zh", [
        ("我们直播间观众就爱看打打杀杀的 有撒子动作剧嘛", "list:works?genre=action"),
        ("头一个讲的撒子", "work:*#logline"),
        ("第二个好多集", "work:*#episodes"),
    ])


@pytest.mark.parametrize("text", [
    "我們的小客人很愛神仙鬼怪跟魔法 有這種劇嗎",
    "我们店里的小客人最爱妖怪跟魔法 有这种剧吗",
])
def test_a_genre_asked_in_a_closing_clause_after_a_space(services: Services, text: str) -> None:
    talk(services, "zh", [(text, "list:works?genre=fantasy")])


@pytest.mark.parametrize("text", ["那部有西班牙语吗", "這部有韓語嗎", "它有英语没"])
def test_a_language_of_the_title_in_focus(services: Services, text: str) -> None:
    talk_globs(services, "zh", [("有悬疑剧吗", "list:works?genre=mystery"), ("第一部几集", "work:*#episodes"),
                                (text, "work:*#languages")])


def test_a_language_of_no_title_is_no_title_fact() -> None:
    assert "languages" not in lexicon.facts_asked("我们有西班牙语吗")
    assert "languages" in lexicon.facts_asked("那部有西班牙语吗")


def test_patois_narrows_and_asks_the_status(services: Services) -> None:
    replies = say(services, "en", "wah thriller shows unno have?", "di first one, how much episode it have?",
                  "which a dem come in Spanish?", "di second one a dem, it done or dem still a look fi partners?",
                  "seh it in Spanish fi mi bredda")
    assert replies[2].answer == "list:works?genre=thriller&language=es", replies[2].answer
    assert replies[3].answer == f"{replies[2].items[1]}#coproduction", replies[3].answer
    assert replies[4].answer == replies[3].answer and replies[4].lang == "es", (replies[4].answer, replies[4].lang)


@pytest.mark.parametrize(("text", "fact"), [
    ("세 번째 거는 몇 편이에요?", ["episodes"]),
    ("그건 몇 편이야?", ["episodes"]),
    ("코미디는 몇 편 있어요?", []),  # (how many titles: no fact of one)
])
def test_how_many_of_the_one_pointed_at(text: str, fact: list[str]) -> None:
    assert [f for f in lexicon.facts_asked(text) if f == "episodes"] == fact


def test_korean_episodes_of_an_ordinal(services: Services) -> None:
    talk_globs(services, "ko", [("로맨스 작품 있어요?", "list:works?genre=romance"),
                                ("두 번째 거는 몇 편이에요?", "work:*#episodes")])


@pytest.mark.parametrize("lang,lines", [
    ("ko", ["다음 행사는 뭐가 있어유?", "그건 온라인이유?", "거기 시간으로는 몇 시래유?"]),
    ("ko", ["다음 행사는 뭐가 있나요?", "온라인이에요?", "여기 시간으로 몇 시예요?"]),
    ("en", ["what's the next event?", "is it online?", "what time is that for me?"]),
    ("es", ["¿cuál es el próximo evento?", "¿es en línea?", "¿a qué hora es para mí?"]),
    ("zh", ["下一个活动是什么？", "是线上的吗？", "我这边几点？"]),
])
def test_the_next_event_then_its_venue_and_time(services: Services, lang, lines) -> None:
    event = talk_globs(services, lang, [(lines[0], "event:*")]).answer
    talk_globs(services, lang, [(lines[0], event), (lines[1], f"{event}#venue"), (lines[2], f"{event}#date")])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Y manténgame informado de sus próximos eventos, por favor."),
    ("es", "Manténganos informados de los próximos eventos."),
    ("en", "And keep me posted about your upcoming events."),
    ("zh", "以后有活动麻烦通知我一声"),
    ("ko", "앞으로 행사 있으면 알려 주세요"),
])
def test_kept_informed_of_events_subscribes(services: Services, lang: str, text: str) -> None:
    talk_globs(services, lang, [("¿cuál es el próximo evento?" if lang == "es" else "what's the next event?", "event:*"),
                                (text, ["subscribe", "subscribe:events"])])


def test_how_it_is_asked_is_no_story_subject() -> None:
    assert catalog.story_subject("so what's that show about exactly?") is None
    assert catalog.story_subject("any drama about chefs?") == "chefs"


@pytest.mark.parametrize(("lang", "switch"), [
    ("es", "hi, her colleague here, so what's that series about exactly?"),
    ("en", "hola, soy su socia, ¿de qué trata esa serie exactamente?"),
    ("ko", "你好，我是他同事，这部剧到底讲的是什么？"),
    ("zh", "안녕하세요, 동료인데요. 그 드라마 정확히 무슨 내용이에요?"),
])
def test_a_colleague_asks_what_the_title_is_about(services: Services, lang: str, switch: str) -> None:
    first = {"en": "any comedies?", "es": "¿tienen comedias?", "zh": "有喜剧吗", "ko": "코미디 있어요?"}[lang]
    second = {"en": "the second one, how many episodes?", "es": "la segunda, ¿cuántos capítulos?",
              "zh": "第二个多少集", "ko": "두 번째 거 몇 부작이에요?"}[lang]
    replies = say(services, lang, first, second, switch)
    title = replies[1].answer.partition("#")[0]
    assert replies[2].answer == f"{title}#logline", (replies[2].answer, title)


@pytest.mark.parametrize(("lang", "text", "read"), [
    ("zh", "可以跟你們co-produce已經有的劇嗎", "合拍"),
    ("zh", "这部能 coproduction 吗", "合拍"),
    ("ko", "이 작품 co-produce 가능해요?", "공동 제작"),
])
def test_co_produce_in_english_reads_as_the_message_language(lang: str, text: str, read: str) -> None:
    assert read in read_as_standard(text)[0], read_as_standard(text)


def test_a_catalog_title_co_produced_asked_in_mixed_chinese(services: Services) -> None:
    talk(services, "zh", [("有沒有給拉美製片人的活動", "event:latam_pitch_day_2027"),
                          ("可以跟你們co-produce已經有的劇嗎 不用從頭開始", "faq:coproduce_catalog_title")])
