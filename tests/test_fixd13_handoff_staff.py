"""fixD13 (play17 kind 2): in an open handoff, the partner's answer to the staff member's question,
or a call / material to settle with that person, goes to them; the bot does not answer it from the
files (a title's terms, the events list), in English, Spanish, Chinese and Korean."""

from __future__ import annotations

import pytest

from intents.handoff import answers_alone
from intents.handoff_words import answers_staff, with_staff
from intents.reply import Reply

FACT = Reply(text="A fact.", lang="en", outcome="answered", answer="list:works?genre=comedy")

WITH_STAFF = [
    "could we jump on a zoom sometime this week?",
    "what day would suit you to have a call?",
    "shall I email you our treatment?",
    "can we schedule a quick video call?",
    "¿les paso el tratamiento por correo?",
    "cuándo podríamos tener una reunión por zoom?",
    "puedo enviarles el piloto para que lo vean?",
    "¿podemos agendar una llamada el lunes?",
    "我把项目书发给你们看一下？",
    "哪天方便开个视频会议？",
    "能约个时间通话吗？",
    "可以发给你剧本大纲吗",
    "시놉시스 보내드려도 될까요?",
    "화상 미팅 가능할까요?",
    "언제 통화할 수 있을까요?",
    "제안서 먼저 보내드릴까요?",
]

FOR_THE_BOT = [
    "when is the next event?",
    "can we film inside the palace set?",
    "what's the budget range for licensing a comedy?",
    "¿podemos rodar de noche en el set?",
    "下个月有什么活动？",
    "剧本需要翻译成中文吗？",
    "그리고 다음 행사 언제예요?",
    "촬영 허가는 필요한가요?",
]


@pytest.mark.parametrize("said", WITH_STAFF)
def test_a_call_or_material_is_for_the_staff_member(said: str) -> None:
    assert with_staff(said)
    assert not answers_alone(said, FACT)


@pytest.mark.parametrize("said", FOR_THE_BOT)
def test_a_question_for_the_files_stays_the_bots(said: str) -> None:
    assert not with_staff(said)
    assert answers_alone(said, FACT, staff_asked="Which titles are you interested in?")


ANSWERS = [
    ("What kind of project is it?", "a period romance for streaming. is the palace set free in May?"),
    ("Which titles caught your eye?", "the two comedies, what are the episode counts?"),
    ("¿Para qué mercado sería?", "Para México y Perú. ¿Tienen los derechos para toda Latinoamérica?"),
    ("¿Qué proyecto tienes en mente?", "un thriller de 20 capítulos, hay sets de época?"),
    ("您想了解哪部作品？", "主要是喜剧。有几集？"),
    ("你们是做什么类型的？", "古装爱情剧，横店有合适的宫殿吗？"),
    ("어떤 작품에 관심 있으세요?", "로맨스 쪽이요. 몇 부작이에요?"),
    ("예산은 어느 정도세요?", "5천만 원 정도요, 세트 대여 가능한가요?"),
]


@pytest.mark.parametrize(("staff", "said"), ANSWERS)
def test_the_answer_to_the_staff_members_question_goes_to_them(staff: str, said: str) -> None:
    assert answers_staff(said, staff)
    assert not answers_alone(said, FACT, staff_asked=staff)
    # the same message with no question from staff before it: the bot may answer its question
    assert answers_alone(said, FACT)


@pytest.mark.parametrize("said", ["thanks! is there a festival in March?", "gracias. ¿hay eventos en marzo?",
                                  "谢谢！三月有活动吗？", "감사합니다. 3월에 행사 있어요?",
                                  "ok btw what hotels are near the studios?"])
def test_thanks_then_a_question_is_no_answer_to_staff(said: str) -> None:
    assert not answers_staff(said, "Which titles are you interested in?")


def test_only_a_staff_question_counts() -> None:
    said = "mostly romance. how many episodes is the first one?"
    assert not answers_staff(said, "Hi, Mia here. I'll send the deck tomorrow.")
    assert answers_staff(said, "Hi, Mia here. Which genres?")
