"""The request form and the partner's own words around it (console; the same functions run in
Telegram's handler).

- A co-production, licence or distribution asked for titles of a kind (a genre, a period, a
  language version) lists those titles, the form a button under them; a bare wish opens the form.
- While the form asks for the company, a question without "?" (多久, 多长时间) or information asked
  for in words ("想了解一下…", "necesito información sobre…", "정보 좀 주세요", "please send us…") is
  answered and the field asked again; a name (Title Case, a trade word, 주식회사…) still fills it.
- The form's "still open" note is in the language of the answer it is under, not the last one's.
"""

from __future__ import annotations

import pytest

from bot.console import ConsoleSession
from bot.context import Services
from core.i18n import t
from intents.callbacks import encode
from intents.inquiry_words import asks_for_information
from tests.dialogue import new_chat


def session(services: Services, lang: str) -> ConsoleSession:
    chat_id = new_chat()
    services.store.touch(chat_id, language_code=lang)
    services.store.set_language(chat_id, lang)  # type: ignore[arg-type]
    return ConsoleSession(services, chat_id)


def buttons(reply) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.data or "" for row in reply.buttons for b in row]


TITLES_OF_A_KIND = [
    ("en", "we would like to co-produce two or three romance shorts", "romance", "coproduce"),
    ("en", "we want to license some sci-fi titles", "sci_fi", "license"),
    ("es", "nos gustaría coproducir un par de comedias", "comedy", "coproduce"),
    ("es", "queremos licenciar títulos de misterio para México", "mystery", "license"),
    ("zh", "我们公司打算合拍两部喜剧短剧", "comedy", "coproduce"),
    ("zh", "想引进几部科幻短剧的版权", "sci_fi", "license"),
    ("ko", "코미디 작품을 공동 제작하고 싶습니다", "comedy", "coproduce"),
    ("ko", "SF 작품 몇 편 공동제작 희망합니다", "sci_fi", "coproduce"),
]


@pytest.mark.parametrize("lang,text,genre,kind", TITLES_OF_A_KIND)
def test_a_deal_for_titles_of_a_kind_lists_them_with_the_form_a_button(
        services: Services, lang: str, text: str, genre: str, kind: str) -> None:
    s = session(services, lang)
    reply = s.say(text)
    assert s.form is None, reply.text  # no form opened
    assert (reply.answer or "").startswith("list:works") and f"genre={genre}" in reply.answer, reply.answer
    assert encode("inq", "start", kind) in buttons(reply)


@pytest.mark.parametrize("lang,text", [("en", "we'd like to co-produce with you"),
                                       ("es", "queremos coproducir con ustedes"),
                                       ("zh", "我们想和你们合拍"),
                                       ("ko", "공동 제작하고 싶어요")])
def test_a_bare_wish_to_co_produce_still_opens_the_form(services: Services, lang: str, text: str) -> None:
    s = session(services, lang)
    s.say(text)
    assert s.form is not None and s.form["fields"].get("kind") == "coproduce"


NOT_A_NAME = {
    "en": ["please send us the catalog", "we need more details about the festival",
           "how long before the shoot should we apply for support"],
    "es": ["necesito información sobre los incentivos", "envíanos el catálogo por favor",
           "quiero saber cuándo es el festival"],
    "zh": ["拍摄支持得提前多久申请", "审批一般需要多长时间", "想了解一下横店的拍摄补贴", "把片单发我们一下"],
    "ko": ["인센티브 정보 좀 주세요", "영화제 일정 알려 주세요", "카탈로그 보내 주세요"],
}
NAMES = {"en": "Lumen Films", "es": "Productora Cóndor", "zh": "西安光影传媒", "ko": "주식회사 한빛"}


@pytest.mark.parametrize("lang,text", [(lang, text) for lang, texts in NOT_A_NAME.items() for text in texts])
def test_information_asked_for_is_no_company_name(services: Services, lang: str, text: str) -> None:
    s = session(services, lang)
    s.say("/inquiry")
    assert s.form is not None and s.form["step"] == "company"
    reply = s.say(text)
    assert s.form is not None and s.form["step"] == "company", reply.text
    assert "company" not in s.form["fields"]
    assert "/cancel" in reply.text  # answered, with the note that the form still waits
    s.say(NAMES[lang])
    assert s.form["fields"]["company"] == NAMES[lang]


@pytest.mark.parametrize("text", ["Lumen Films", "Tell Me Films", "Show Us Studio", "Casa de Cine",
                                  "Seoul Shorts", "西安光影传媒", "주식회사 한빛", "More Info Media"])
def test_a_name_asks_for_no_information(text: str) -> None:
    assert not asks_for_information(text)


def test_the_still_open_note_is_in_the_language_of_its_answer(services: Services) -> None:
    chat_id = new_chat()
    services.store.touch(chat_id, language_code="en")  # no language chosen: each message's own
    s = ConsoleSession(services, chat_id)
    s.say("/inquiry")
    assert s.form is not None
    question = t("inq_ask_company", "es")
    reply = s.say("¿cuántos días dura el festival de cine?")
    assert t("inq_still_open", "es", question=question) in reply.text, reply.text
    assert t("inq_still_open", "en", question=t("inq_ask_company", "en")) not in reply.text
    # (fixJ15: a second question in a row closes the form; an answer to it stands in between)
    s.say("Lumen Films")
    reply = s.say("등록비가 따로 있나요?")
    assert t("inq_still_open", "ko", question=t("inq_ask_country", "ko")) in reply.text, reply.text
    assert "Cancelar" not in [b.label for row in reply.buttons for b in row]
    s.say("Peru")
    assert s.form is not None
    step = s.form["step"]
    reply = s.say("审批一般需要多长时间")
    assert t("inq_still_open", "zh", question=t(f"inq_ask_{step}", "zh")) in reply.text, reply.text
    assert s.form is not None and s.form["fields"]["company"] == "Lumen Films"
