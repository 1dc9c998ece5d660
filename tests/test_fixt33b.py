"""Kinds of play33 (fixt33b), in the four languages:

- the language of the event in focus asked with no event word ("is it in English?", "¿es en
  inglés?", "現場有沒有口譯？", "영어로 설명해 주나요?") is its language sentence, or not published
  with its contact; never a switch of the reply language nor the bot's languages FAQ;
  interpretation asked and told leads with a yes;
- the answer's English version asked in other words ("英文版发一下", "영문으로 보내주세요",
  "English version please") is the English re-send, while "有英文版吗" stays a title's versions;
- "ics" beside Chinese characters ("给我发一下ics") is the calendar file;
- "负责…的同事能跟我聊一下吗" is a hand-off;
- "好，唔該你" is thanks.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import replies

PITCH_DAY = {"en": "When is the pitch day?", "es": "¿Cuándo es la jornada de pitch?",
             "zh": "拉美推介会是什么时候", "ko": "피칭 데이 언제예요?"}
OPEN_DAY = {"en": "When is the Virtual Production Stage Open Day?",
            "es": "¿Cuándo es la jornada de puertas abiertas del plató virtual?",
            "zh": "横店的虚拟制片开放日是什么时候", "ko": "버추얼 프로덕션 스테이지 오픈데이 언제예요?"}
IN_ENGLISH = {"en": "is it in English?", "es": "¿es en inglés?", "zh": "是英文进行的吗？", "ko": "영어로 설명해 주나요?"}
INTERPRETED = {"en": "is there interpretation?", "es": "¿hay interpretación?", "zh": "現場有沒有口譯？",
               "ko": "통역 지원되나요?"}
TOLD = {"en": "interpretation", "es": "interpretación", "zh": "同传", "ko": "통역"}


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_language_of_the_event_in_focus_is_its_sentence(services: Services, lang: str) -> None:
    first, told = replies(services, lang, [PITCH_DAY[lang], IN_ENGLISH[lang]])
    assert first.answer.startswith("event:latam_pitch_day_2027"), first.text
    assert told.answer == "event:latam_pitch_day_2027", told.text
    assert told.lang == lang and TOLD[lang] in told.text


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_interpretation_asked_leads_with_yes(services: Services, lang: str) -> None:
    told = replies(services, lang, [PITCH_DAY[lang], INTERPRETED[lang]])[-1]
    assert told.answer == "event:latam_pitch_day_2027", told.text
    assert TOLD[lang] in told.text
    assert told.text.split()[0].rstrip(".。,") in {"Yes", "Sí", "有的", "네,", "네"} or told.text.startswith("有的"), told.text


@pytest.mark.parametrize("lang", ["en", "es", "ko"])
def test_language_not_told_is_no_switch(services: Services, lang: str) -> None:
    said = replies(services, lang, [OPEN_DAY[lang], IN_ENGLISH[lang]])[-1]
    assert said.lang == lang and said.answer.startswith("gap:"), said.text


@pytest.mark.parametrize("text", ["is it in English?", "¿es en inglés?", "영어로 설명해 주나요?", "現場有沒有口譯？"])
def test_only_after_an_event(text: str) -> None:
    assert lexicon.event_language_of_focus(text, "event:latam_pitch_day_2027")
    assert not lexicon.event_language_of_focus(text, "work:work_ghost_in_the_volume")


@pytest.mark.parametrize("text", ["英文版发一下", "英文版發我一下，要給老闆看", "英文版傳給我一下", "영문으로 보내주세요",
                                  "영문 버전으로도 주실 수 있나요", "English version please", "mándamelo en inglés"])
def test_english_version_sent_is_the_english_resend(text: str) -> None:
    assert lexicon.language_request(text)[0] == "en"


@pytest.mark.parametrize("text", ["有英文版吗", "这部有英文版吗", "영문 버전 있나요?", "is there an English version?"])
def test_english_version_asked_is_no_switch(text: str) -> None:
    assert lexicon.language_request(text)[0] is None


@pytest.mark.parametrize(("lang", "asked"), [("zh", "英文版发一下"), ("ko", "영문으로 보내주세요"),
                                             ("en", "English version please")])
def test_resend_in_english(services: Services, lang: str, asked: str) -> None:
    first, again = replies(services, lang, [OPEN_DAY[lang], asked])
    assert again.lang == "en" and again.answer == first.answer, again.text


@pytest.mark.parametrize("asked", ["给我发一下ics", "ics檔案", "ics文件发我"])
def test_ics_in_chinese(services: Services, asked: str) -> None:
    got = replies(services, "zh", [OPEN_DAY["zh"], asked])[-1]
    assert got.outcome == "action" and got.answer == "event:virtual_stage_open_day_2027", got.text


@pytest.mark.parametrize("asked", ["请问负责你们这边国际合作的同事能跟我聊一下吗", "负责版权的同事可以和我们谈谈吗"])
def test_colleague_in_charge_is_a_handoff(services: Services, asked: str) -> None:
    got = replies(services, "zh", [asked])[-1]
    assert got.answer.partition(":")[0] == "handoff", got.text


@pytest.mark.parametrize("said", ["好，唔該你", "唔該晒", "多謝晒", "OK，多謝你"])
def test_cantonese_thanks(said: str) -> None:
    assert lexicon.small_talk_only(said) == "thanks"


MATCHMAKING = {"en": "When is the Korea matchmaking?", "es": "¿Cuándo es el encuentro de coproducción en Seúl?"}
ONLY_CLAUSE = {"en": "Whether it runs in English isn't published. Korean–Chinese interpretation at every table.",
               "es": "No está publicado si se hará en inglés. Habrá interpretación coreano–chino en cada mesa."}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_only_the_language_clause(services: Services, lang: str) -> None:
    said = replies(services, lang, [MATCHMAKING[lang], IN_ENGLISH[lang]])[-1]
    assert said.text == ONLY_CLAUSE[lang]


def test_korean_linked_clause_ends_as_a_sentence(services: Services) -> None:
    said = replies(services, "ko", [PITCH_DAY["ko"], "영어로 진행하나요?"])[-1]
    assert said.text.endswith("스페인어–중국어 통역이 제공됩니다.") and "미주" not in said.text, said.text


@pytest.mark.parametrize(("lang", "asked", "said"), [
    ("en", "Will the event be held in Korean?", "Yes. Korean–Chinese interpretation at every table."),
    ("en", "what language is the event in?", "On the language: Korean–Chinese interpretation at every table."),
    ("es", "¿en qué idioma es el encuentro?", "Sobre el idioma: habrá interpretación coreano–chino en cada mesa."),
])
def test_yes_when_the_language_is_named(services: Services, lang: str, asked: str, said: str) -> None:
    assert replies(services, lang, [MATCHMAKING[lang], asked])[-1].text == said


def test_zh_not_said_then_what_is(services: Services) -> None:
    said = replies(services, "zh", [PITCH_DAY["zh"], "推介会是英文进行的吗"])[-1]
    assert said.text == "未注明是否用英语进行。提供西中同传。"
