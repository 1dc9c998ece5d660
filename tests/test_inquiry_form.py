"""The "Work with us" form as a state machine: steps, validation, Back, Edit, Send, expiry."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.inquiries import Inquiries
from core.store import Store
from intents import inquiry
from intents.callbacks import decode
from intents.reply import Reply
from intents.turn import Turn
from tests.shipped import shipped_kb

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def turn(store: Store, lang: str = "en", now: datetime = NOW) -> Turn:
    return Turn(kb=shipped_kb(), lang=lang, chat_id=42, store=store, now=now,  # type: ignore[arg-type]
                home_tz=ZoneInfo("Asia/Shanghai"), profile=store.profile(42))


def press(reply: Reply, label: str):
    for row in reply.buttons:
        for b in row:
            if b.label == label:
                cb = decode(b.data)
                assert cb is not None
                return cb
    raise AssertionError(f"no button {label!r} in {[b.label for r in reply.buttons for b in r]}")


@pytest.fixture
def store() -> Store:
    s = Store.open(":memory:")
    s.touch(42, user_id=42, first_name="Ana")
    return s


def test_film_quote_from_start_to_send(store: Store) -> None:
    step = inquiry.begin(turn(store))
    assert "name of your company" in step.reply.text
    step = inquiry.on_text(turn(store), step.form, "x")  # too short
    assert "between 2 and 120" in step.reply.text and step.form["step"] == "company"
    step = inquiry.on_text(turn(store), step.form, "Estudios Sol")
    step = inquiry.on_text(turn(store), step.form, "Atlantis")
    assert "couldn't recognise" in step.reply.text
    step = inquiry.on_text(turn(store), step.form, "méxico")
    assert step.form["fields"]["country"] == "MX"
    step = inquiry.on_button(turn(store), step.form, press(step.reply, "🎬 Film at Hengdian (quote)"))
    step = inquiry.on_button(turn(store), step.form, press(step.reply, shipped_kb().locations["qin_palace"].name.en))
    step = inquiry.on_text(turn(store), step.form, "romance")  # a typed button label
    assert step.form["fields"]["genre"] == "romance"
    step = inquiry.on_text(turn(store), step.form, "soon")
    assert "month and year" in step.reply.text
    step = inquiry.on_text(turn(store), step.form, "March 2027, 12 days")
    step = inquiry.on_text(turn(store), step.form, "lots")
    assert "from 1 to 2000" in step.reply.text
    # Back from the crew question clears the dates and asks them again.
    step = inquiry.on_button(turn(store), step.form, press(step.reply, "◀ Back"))
    assert step.form["step"] == "dates" and "dates" not in step.form["fields"]
    step = inquiry.on_text(turn(store), step.form, "April 2027, 10 days")
    step = inquiry.on_text(turn(store), step.form, "35")
    step = inquiry.on_text(turn(store), step.form, "not a contact")
    assert "e-mail address or a phone number" in step.reply.text
    step = inquiry.on_text(turn(store), step.form, "ana@sol.mx")
    assert step.form["step"] == "review" and "April 2027, 10 days" in step.reply.text
    # Edit the company from the summary: back at the summary after one answer.
    step = inquiry.on_button(turn(store), step.form, press(step.reply, "✏️ Edit"))
    step = inquiry.on_button(turn(store), step.form, press(step.reply, "Company"))
    step = inquiry.on_text(turn(store), step.form, "Estudios Sol S.A.")
    assert step.form["step"] == "review" and "Estudios Sol S.A." in step.reply.text
    sent = inquiry.on_button(turn(store), step.form, press(step.reply, "✅ Send"))
    assert sent.form is None and sent.sent is not None and "#1" in sent.reply.text
    row = Inquiries(store).get(1)
    assert row is not None
    assert (row["chat_id"], row["kind"], row["company"], row["country"], row["contact"]) == (
        42, "film", "Estudios Sol S.A.", "MX", "ana@sol.mx")
    assert json.loads(row["details"]) == {"lang": "en", "sets": "qin_palace", "genre": "romance",
                                          "dates": "April 2027, 10 days", "crew": 35}
    staff = inquiry.staff_summary(turn(store), row, "Ana")
    assert "Inquiry #1" in staff and "Qin" in staff and "ana@sol.mx" in staff


def test_event_signup_prefilled_from_words_in_korean(store: Store) -> None:
    text = "캐스팅 데이 행사 참가 신청하고 싶어요, 3명"
    step = inquiry.begin(turn(store, "ko"), "event_signup", text)
    assert step.form["fields"]["kind"] == "event_signup"
    assert step.form["fields"]["people"] == 3
    step = inquiry.on_text(turn(store, "ko"), step.form, "한빛 픽처스")
    step = inquiry.on_text(turn(store, "ko"), step.form, "대한민국")
    if "event" not in step.form["fields"]:
        assert step.form["step"] == "event"
        step = inquiry.on_button(turn(store, "ko"), step.form,
                                 decode(step.reply.buttons[0][0].data))
    step = inquiry.on_text(turn(store, "ko"), step.form, "+82 10 1234 5678")
    assert step.form["step"] == "review" and "인원" in step.reply.text
    sent = inquiry.on_button(turn(store, "ko"), step.form, press(step.reply, "✅ 보내기"))
    row = sent.sent
    assert row["people"] == 3 and row["event_id"] and row["country"] == "KR"


def test_a_button_from_an_earlier_step_and_cancel(store: Store) -> None:
    step = inquiry.begin(turn(store, "es"))
    step = inquiry.on_text(turn(store, "es"), step.form, "Cine Andino")
    country = step.reply
    step = inquiry.on_button(turn(store, "es"), step.form, press(country, "Colombia"))
    stale = inquiry.on_button(turn(store, "es"), step.form, press(country, "México"))
    assert "paso anterior" in stale.reply.text and stale.form["fields"]["country"] == "CO"
    done = inquiry.on_button(turn(store, "es"), step.form, press(step.reply, "✖ Cancelar"))
    assert done.form is None and "descartada" in done.reply.text
    assert Inquiries(store).of_chat(42) == []


def test_a_form_left_for_too_long_expires(store: Store) -> None:
    step = inquiry.begin(turn(store, "zh"))
    later = NOW + inquiry.EXPIRES_AFTER + timedelta(minutes=1)
    out = inquiry.on_text(turn(store, "zh", later), step.form, "横店影业")
    assert out.form is None and "失效" in out.reply.text


def test_the_start_inquiry_hook_offers_the_form_for_the_kind_asked(store: Store) -> None:
    base = turn(store, "es")
    reply = inquiry.offer(Turn(**{**base.__dict__, "text": "queremos licenciar un título"}))
    assert reply.intent == "start_inquiry"
    assert reply.buttons[0][0].data == "v1|inq|start|license"
    assert inquiry.offer(base).buttons[0][0].data == "v1|inq|start"


@pytest.mark.parametrize("text,lang", [("en español por favor", "es"), ("用中文吧", "zh"),
                                       ("한국어로 해 주세요", "ko")])
def test_a_language_switch_mid_form_is_no_answer_to_the_step(store: Store, text: str,
                                                             lang: str) -> None:
    step = inquiry.begin(turn(store))
    step = inquiry.on_text(turn(store), step.form, text)
    assert step.form["step"] == "company" and "company" not in step.form["fields"]
    assert store.profile(42).language == lang
    assert step.reply.lang == lang and step.reply.text.endswith(
        inquiry.ask(turn(store, lang), step.form).text)


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_long_choices_get_a_row_each_and_short_ones_share(store: Store, lang: str) -> None:
    """Event names ("Jornada de pitch en línea de HISDA para productores…") one to a row, where
    a phone shows them; countries two to a row."""
    form = {"step": "event", "fields": {"kind": "event_signup"}}
    rows = inquiry.ask(turn(store, lang), form).buttons[:-1]  # the last row: Back, Cancel
    assert sorted(b.data for r in rows for b in r) == sorted(
        b.data for b in inquiry.choices_for(turn(store, lang), "event"))
    assert all(len(r) == 1 for r in rows if any(len(b.label) > 25 for b in r)), \
        [[b.label for b in r] for r in rows]
    assert any(len(r) == 1 for r in rows)
    form = {"step": "country", "fields": {}}
    rows = inquiry.ask(turn(store, lang), form).buttons[:-1]
    assert all(len(r) == 2 for r in rows), [[b.label for b in r] for r in rows]
