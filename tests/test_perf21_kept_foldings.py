"""perf21 (round 30, issue 10): the foldings several readers ask of each text of a run-on message
are made once per text: the gap tables' text (`lexicon.gap_text`), the text without a studio
named as a likeness (`lexicon.likeness_dropped`: ~9,000 characters of studio names substituted,
~0.15 ms, asked ~5 times of each text) and handoff's text without look-alikes
(`handoff_words._for_people`). They depend on the text alone (the vocabulary is fixed at import,
nothing of the knowledge is read), so a knowledge reload leaves nothing stale in them."""

from __future__ import annotations

import pytest

from intents import handoff_words, lexicon
from intents.lexicon import BUDGET_TALK, RENTABLE, STUDIO_LIKENESS, fold

TEXTS = [
    "Do you shoot like in Hollywood? How much is a day on the LED stage, compared with Pinewood?",
    "Nuestro presupuesto es ajustado. ¿Cuánto cuesta un día de rodaje, como en Hollywood?",
    "像好莱坞那样拍要多少钱？比象山便宜吗？",
    "할리우드처럼 찍으려면 하루 얼마예요? 샹산보다 싸요?",
    "Can I talk to a real person? Our sales agent asked about the rights.",
    "¿Me pones en contacto con un asesor? No es para un agente de ventas.",
    "能帮我转人工吗？不是真人秀的事",
    "상담원 연결해 주세요. 인공지능 말고요",
]


def test_kept_foldings_are_the_foldings() -> None:
    for text in TEXTS:
        folded = fold(text)
        assert lexicon.likeness_dropped(folded) == STUDIO_LIKENESS.sub(" ", folded), text
        assert lexicon.gap_text(text) == STUDIO_LIKENESS.sub(" ", RENTABLE.sub(" ", BUDGET_TALK.sub(" ", folded))), text
        assert handoff_words._for_people(text) == handoff_words._NOT_FOR_PEOPLE.sub(" ", handoff_words._fold(text)), text
    # (the texts do hold what is taken out: a likeness, a look-alike)
    assert lexicon.likeness_dropped(fold(TEXTS[0])) != fold(TEXTS[0])
    assert handoff_words._for_people(TEXTS[4]) != handoff_words._fold(TEXTS[4])


@pytest.mark.parametrize("text", TEXTS[:4])
def test_the_gap_readers_fold_a_text_once(text: str) -> None:
    """`gap_topic`, `gap_topics`, `compares` and `rival_named` of one text: the studio likeness is
    substituted once for each distinct folding (two: the gap tables' and the plain one)."""
    for kept in (lexicon.gap_topic, lexicon.gap_text, lexicon.likeness_dropped):
        kept.cache_clear()
    first = (lexicon.gap_topic(text), lexicon.gap_topics(text), lexicon.compares(text), lexicon.rival_named(text))
    made = lexicon.likeness_dropped.cache_info().misses
    assert made <= 2
    again = (lexicon.gap_topic(text), lexicon.gap_topics(text), lexicon.compares(text), lexicon.rival_named(text))
    assert again == first
    assert lexicon.likeness_dropped.cache_info().misses == made
    assert lexicon.gap_text.cache_info().misses == 1


def test_handoff_readers_fold_a_text_once() -> None:
    handoff_words._for_people.cache_clear()
    for text in TEXTS[4:]:
        asked = (handoff_words.asks_for_person(text), handoff_words.asks_to_connect(text))
        assert asked == (handoff_words.asks_for_person(text), handoff_words.asks_to_connect(text))
    assert handoff_words._for_people.cache_info().misses == len(TEXTS[4:])
    assert handoff_words.asks_for_person(TEXTS[4]) and handoff_words.asks_for_person(TEXTS[6])


RUN_ONS = [
    "Buenos días. Somos una distribuidora española. ¿Qué obras de vuestro catálogo se podrían adaptar para España y Latinoamérica?",
    "Hi, we are a Korean platform and would like to join the alliance, what is the process? Is the one in Seoul open to us?",
    "Hello there! We're Mbali Films, based in Durban. Can you sort extras, gear hire and an interpreter?",
    "안녕하세요 LA에 있는 제작사 수진입니다. 요즘 미국에 있어요. 헝뎬 가는 방법 알려주세요",
    "你好，我们是做竖屏短剧的，降本增效的政策能具体说说吗？有韩语版的作品吗？首尔那个活动呢",
    "那迪拜呢", "and for us in Nairobi?", "두바이는요?", "Do you have Korean version titles?",
]
KEPT = ["split_introduction", "introduction_only", "asked_beyond_introduction", "country_named",
        "city_picks_event", "services_named", "work_language", "_facts_asked"]


@pytest.mark.parametrize("name", KEPT)
def test_kept_readings_answer_as_made_afresh(name: str) -> None:
    kept = getattr(lexicon, name)
    kept.cache_clear()
    for text in RUN_ONS:
        assert kept(text) == kept.__wrapped__(text) == kept(text), text
    assert kept.cache_info().misses == len(RUN_ONS) and kept.cache_info().hits == len(RUN_ONS)


def test_kept_readings_read_something() -> None:
    # (the texts above are ones these readings do answer: a test over texts they ignore proves nothing)
    assert lexicon.split_introduction(RUN_ONS[3])[0]
    assert lexicon.country_named(RUN_ONS[0]) == "ES"
    assert lexicon.services_named(RUN_ONS[2]) >= 2
    assert lexicon.work_language(RUN_ONS[8]) == "ko"


def test_places_kept_per_text_handed_out_afresh() -> None:
    from intents import timezones

    timezones._places_in.cache_clear()
    timezones.city_alone.cache_clear()
    for text in RUN_ONS:
        folded = timezones.core_fold(text)
        first = timezones.places_named(folded)
        first.append((0, 0, "Mars/Olympus"))  # a caller's own list: the next one is new
        assert timezones.places_named(folded) == first[:-1]
        assert timezones.city_alone(text) == timezones.city_alone.__wrapped__(text)
    assert timezones._places_in.cache_info().misses == len(RUN_ONS)
    assert [timezones.city_alone(text) for text in RUN_ONS[5:8]] == ["Asia/Dubai", "Africa/Nairobi", "Asia/Dubai"]
    assert any(timezones.places_named(timezones.core_fold(text)) for text in RUN_ONS[:5])


def test_facts_asked_hands_each_caller_a_list_of_its_own() -> None:
    text = "When and where is the Latin Film Night? ¿Y quién es el contacto?"
    first = lexicon.facts_asked(text)
    assert first and first == list(lexicon._facts_asked.__wrapped__(text))
    first.append("mutated")
    assert "mutated" not in lexicon.facts_asked(text)
