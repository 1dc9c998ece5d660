"""Kinds of answers33's English and Spanish lines (fixv33a), in the four languages:

- asking to be put through said as one's own wish ("ok, let me talk to the centre", "lemme speak
  with the secretariat") or in the formal usted ("comuníqueme con la secretaría") is a hand-off to
  that team, not a goodbye nor the team's card; one's own people ("let me talk to my producer
  first") are no hand-off;
- the alliance asked as "you" ("the alliance itself, who are you guys?", "la alianza como tal,
  ¿quiénes son ustedes?") or to be filled in on ("fill me in on them") is what HISDA is, not the
  partners list nor an event;
- a visit to a set wished for before booking, or a visiting day asked ("can we go see that stage
  before we book?", "¿hay jornada de visita?"), right after the set is the event held there (the
  virtual stage's open day), not a fallback or a gap.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff_words import asks_to_connect
from tests.dialogue import replies


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "alright, let me speak with the secretariat then"),
    ("en", "lemme talk to the secretariat please"),
    ("es", "bueno, comuníqueme con la secretaría por favor"),
    ("es", "entonces paseme con la secretaría"),
])
def test_put_through_to_a_team(services: Services, lang: str, line: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert reply.answer in ("handoff", "handoff:hisda_secretariat"), reply.answer


@pytest.mark.parametrize("line", ["let me talk to my producer first", "let me talk to the director and get back to you",
                                  "let me talk to you about rates"])
def test_own_people_are_no_handoff(line: str) -> None:
    assert not asks_to_connect(line)


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "thanks for earlier. so the alliance itself, who are you guys really?"),
    ("en", "this alliance behind it all, fill me in on them"),
    ("es", "gracias por todo. Y la alianza en sí, ¿quiénes son ustedes exactamente?"),
    ("zh", "联盟本身，你们到底是谁？"),
    ("ko", "연맹 자체는, 여러분은 누구세요?"),
])
def test_alliance_asked_as_you(services: Services, lang: str, line: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert reply.answer in ("faq:what_is_hisda", "program:hisda"), reply.answer


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["can we shoot it on an LED virtual stage instead?", "Could we go and see the stage before we book? is there an open day?"]),
    ("en", ["can we shoot it on an LED virtual stage instead?", "can we go see it before booking?"]),
    ("es", ["¿se puede grabar en un estudio virtual LED?", "¿Se puede ir a ver el estudio antes de reservar? ¿hay jornada de visita?"]),
    ("zh", ["能在LED虚拟影棚里拍吗？", "预订之前能先去参观一下那个影棚吗？"]),
    ("ko", ["LED 버추얼 스튜디오에서 찍을 수 있어요?", "예약 전에 그 스튜디오 견학 가능한 날 있어요?"]),
])
def test_visit_before_booking_is_the_open_day(services: Services, lang: str, lines: list[str]) -> None:
    reply = replies(services, lang, lines)[-1]
    assert reply.answer.startswith("event:virtual_stage_open_day_2027"), reply.answer


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "can you show me the period or historical dramas you've got?"),
    ("es", "oigan, muéstrenme los dramas históricos o de época que tengan"),
    ("zh", "给我看看你们有的古装剧"),
    ("ko", "보유하신 사극 드라마 보여 주세요"),
])
def test_dramas_of_a_period_genre_are_titles(services: Services, lang: str, line: str) -> None:
    """The titles of the genre, not which set suits which period (and the list the ordinals pick from)."""
    reply = replies(services, lang, [line])[-1]
    assert reply.answer == "list:works?genre=historical", reply.answer


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "could you pass me the list of all your filming locations?"),
    ("es", "¿me mandan el listado completo de sus locaciones?"),
    ("zh", "把你们所有拍摄地的列表发我一下"),
    ("ko", "촬영지 목록 전부 보내 주실 수 있나요?"),
])
def test_a_list_named_is_that_list(services: Services, lang: str, line: str) -> None:
    """A list asked for by name, with one kind's word and no subscription said, is that kind's list."""
    reply = replies(services, lang, [line])[-1]
    assert reply.answer == "list:locations", reply.answer


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "avísenme cuando actualicen la lista de eventos"),
    ("en", "message me whenever the list of events changes"),
])
def test_a_list_to_be_told_of_stays_a_subscription(services: Services, lang: str, line: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert reply.answer.startswith("subscribe"), reply.answer


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "our small studio from Lagos wants in, what are the steps?"),
    ("en", "our little outfit in Guam wants in, how?"),
    ("es", "nuestra pequeña productora de Guam quiere entrar, ¿cómo?"),
])
def test_a_company_with_its_place_wanting_in_is_joining(services: Services, lang: str, line: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert reply.answer == "faq:join_alliance", reply.answer


def test_visit_after_the_stage_faq_beats_an_older_set_in_focus(services: Services) -> None:
    lines = ["Which sets have old-style streets?", "the fourth one, what scene types are there?",
             "can we do it on an LED virtual stage instead?", "could we go and see that stage before we book?"]
    reply = replies(services, "en", lines)[-1]
    assert reply.answer.startswith("event:virtual_stage_open_day_2027"), reply.answer


@pytest.mark.parametrize("line", ["la jornada de casting de actores extranjeros, ¿en qué zona del estudio es?",
                                  "el casting de actores extranjeros, ¿en qué parte del recinto lo hacen?"])
def test_which_part_of_the_studio_is_where_held(services: Services, line: str) -> None:
    """"¿en qué parte del estudio?": where the event is held ("del", not only "de"), not its date."""
    reply = replies(services, "es", [line])[-1]
    assert reply.answer == "event:international_sets_casting_day_2027#venue", reply.answer
