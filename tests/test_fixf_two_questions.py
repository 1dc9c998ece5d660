"""Kinds of fixF (partner play 38): two questions in one message, and replies without padding.

- "what was <event> about?" with a year, "¿qué fue <event>?", "…是关于什么的": what it was (its
  description), not its date alone; "¿cuándo es y de qué se trata?" in one sentence: both;
- "¿cómo nos unimos? cuesta algo?": a two-word yes/no question on a topic of its own is a part;
- a one-off past event (no recurrence in its record) gets no "no next edition announced" line
  unless the message asks whether it is held again;
- a team's card after the sentence that already gives its e-mail: the e-mail once.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask as say

SIGNING = "event:signing_ceremony_2025"
PITCH = "event:latam_pitch_day_2027"


DESCRIBED = {"en": "A.R.C", "es": "A.R.C", "zh": "A.R.C", "ko": "A.R.C"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what was the signing ceremony in 2025 about"),
    ("es", "qué fue la ceremonia de firma de 2025"),
    ("zh", "2025年的签约仪式是关于什么的"),
    ("ko", "2025년 협약식은 어떤 행사였어요?"),
])
def test_what_an_event_was_is_its_description(services: Services, lang: str, text: str) -> None:
    reply = say(services, lang, text)
    assert (reply.answer or "").startswith(SIGNING)
    assert not (reply.answer or "").endswith("#date")
    assert DESCRIBED[lang] in reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "cuándo es la jornada de pitch y de qué se trata"),
    ("en", "when is the pitch day and what is it about"),
])
def test_when_and_what_in_one_sentence_both(services: Services, lang: str, text: str) -> None:
    reply = say(services, lang, text)
    assert (reply.answer or "").startswith(PITCH)
    assert "2027" in reply.text
    assert ("Latin American producers" if lang == "en" else "Productores latinoamericanos") in reply.text


@pytest.mark.parametrize(("lang", "text", "steps"), [
    ("es", "cómo nos unimos a HISDA? cuesta algo?", "Secretaría"),
    ("en", "how do we join HISDA? does it cost anything?", "Secretariat"),
])
def test_join_and_fee_both_answered(services: Services, lang: str, text: str, steps: str) -> None:
    reply = say(services, lang, text)
    assert reply.answer == "faq:join_alliance"
    assert steps in reply.text.split("\n")[0]  # the membership steps first
    assert len(reply.text.split("\n\n")) >= 2  # then the fee


NO_NEXT = {"en": "No next edition", "es": "próxima edición", "zh": "下一届", "ko": "다음 회차"}


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_one_off_event_has_no_next_edition_line(services: Services, lang: str) -> None:
    text = {"en": "when was the signing ceremony?", "es": "¿cuándo fue la ceremonia de firma?",
            "zh": "签约仪式是什么时候办的？", "ko": "협약식은 언제 했어요?"}[lang]
    reply = say(services, lang, text)
    assert (reply.answer or "").startswith(SIGNING)
    assert NO_NEXT[lang] not in reply.text


def test_one_off_event_asked_again_says_none_announced(services: Services) -> None:
    reply = say(services, "en", "is the signing ceremony happening again next year?")
    assert (reply.answer or "").startswith(SIGNING)
    assert "No next edition" in reply.text


@pytest.mark.parametrize(("lang", "lines"), [
    ("zh", ["我们是深圳一家短剧公司想加入联盟要怎么弄 需要交会费吗", "联系人是谁 给我个邮箱"]),
    ("ko", ["국제사업부 담당자가 누구예요? 이메일도 알려주세요"]),
    ("en", ["who is the contact at international business? and their email?"]),
    ("es", ["quién es el contacto de negocios internacionales? y su correo?"]),
])
def test_email_said_once(services: Services, lang: str, lines: list[str]) -> None:
    reply = say(services, lang, *lines)
    assert (reply.answer or "").startswith("contact:")
    emails = [w for w in reply.text.replace("。", " ").replace("입니다", " ").split() if "@" in w]
    assert len(emails) == 1, reply.text


@pytest.mark.parametrize(("lang", "text", "team"), [
    ("en", "can foreign actors get work there?", "International Business"),
    ("es", "¿pueden trabajar actores extranjeros ahí?", "Negocios Internacionales"),
    ("zh", "外国演员可以来横店拍戏吗", "国际业务部"),
    ("ko", "외국 배우도 헝뎬에서 일할 수 있어요?", "국제사업부"),
])
def test_casting_team_named_once(services: Services, lang: str, text: str, team: str) -> None:
    reply = say(services, lang, text)
    assert reply.answer == "faq:foreign_actors"
    assert reply.text.count(team) == 1, reply.text
