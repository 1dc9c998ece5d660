"""Kinds found by partner play through Telegram (issue 7, fixJ5):

- a sign-up for news of new catalogue titles ("sign me up for new catalogue titles") is the
  catalog_releases subscription, never the inquiry form nor the "I can't book" gap;
- joining the alliance asked as "what do we do?" ("연맹 가입하고 싶은데 어떡게 해야되요?", "咋弄",
  "¿qué hacemos?") is the how-to-join FAQ, not the form; a plain wish to join still opens it;
- a genre asked with whom its titles have in them ("a comedy with Spanish characters") lists the
  titles whose logline tells of them, not the whole genre;
- a genre asked "with co-production possible" ("sf 작품도 있어? 공동제작 가능한걸로") keeps the
  qualifier: only the titles seeking partners;
- the card button of an answer led by an event's coming edition opens that edition.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.inquiry_words import wants_inquiry
from intents.lexicon import work_status
from tests.dialogue import say


def _data(reply) -> list[str]:
    return [b.data or "" for row in reply.buttons for b in row]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "please register me for new drama releases, thanks"),
    ("en", "sign us up for new titles in the catalog"),
    ("es", "inscríbeme para las series nuevas que suban"),
    ("es", "anótanos para los títulos nuevos del catálogo porfa"),
    ("zh", "帮我登记一下，新剧上架就通知我"),
    ("ko", "신작 나오면 알림 신청해 주세요"),
])
def test_news_of_new_titles_is_the_subscription(services: Services, lang: str, text: str) -> None:
    assert wants_inquiry(text) is None
    reply = say(services, lang, text)[-1]
    assert "catalog_releases" in " ".join(_data(reply)) or "subscri" in (reply.answer or "") or "sub" in (reply.answer or ""), \
        (reply.answer, reply.text[:120])
    assert "gap" not in (reply.answer or ""), reply.answer


@pytest.mark.parametrize("text", [
    "저희도 연맹에 가입하고 싶은데 뭘 해야 돼요?",
    "우리 회사 HISDA 가입하고 싶은데 어떡해요?",
    "我们公司想加入联盟，咋弄？",
    "我们想加入联盟，需要做什么？",
    "queremos sumarnos a la alianza, ¿qué tenemos que hacer?",
    "we'd like to join the alliance, what do we need to do?",
])
def test_how_to_join_is_no_form(text: str) -> None:
    assert wants_inquiry(text) is None


@pytest.mark.parametrize("text", ["we want to join the alliance", "我们想加入联盟", "연맹에 가입하고 싶어요",
                                  "queremos sumarnos a la alianza", "sign us up for the casting day, 3 people"])
def test_plain_wishes_still_open_the_form(text: str) -> None:
    assert wants_inquiry(text) is not None


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿hay alguna comedia con protagonistas españoles?"),
    ("en", "got a comedy featuring Spanish characters?"),
    ("zh", "片单里有没有讲西班牙人的喜剧？"),
    ("ko", "스페인 사람들이 나오는 코미디 있나요?"),
])
def test_genre_with_whom_it_has(services: Services, lang: str, text: str) -> None:
    reply = say(services, lang, text)[-1]
    assert reply.answer == "work:work_siesta_not_included" or (reply.answer or "").startswith("work:work_siesta"), \
        (reply.answer, reply.text[:120])


@pytest.mark.parametrize("text", [
    "로맨스 있어요? 공동 제작 할 수 있는 거요",
    "any thrillers we could co-produce?",
    "mystery titles that can be co-produced",
    "¿tienen comedias que podamos coproducir?",
])
def test_coproducible_is_seeking_partners(text: str) -> None:
    assert work_status(text) == "seeking_partners"


def test_sf_coproducible_lists_only_those_seeking(services: Services) -> None:
    reply = say(services, "ko", "SF 드라마 있어요? 공동제작 되는 걸로요")[-1]
    listed = [d for d in _data(reply) if "|work|" in d]
    assert listed and all("eclipse_over_qin" in d or "garden_beneath_the_code" in d for d in listed), listed


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿Cuándo es la Noche de Cine Latino y dónde es?"),
    ("en", "when is Latin Film Night?"),
])
def test_card_button_opens_the_edition_answered(services: Services, lang: str, text: str) -> None:
    reply = say(services, lang, text)[-1]
    cards = [d for d in _data(reply) if "|ev|" in d]
    assert cards and all(d.endswith("latin_film_night_2027") for d in cards), (_data(reply), reply.text[:200])


# -- the pitch day described, its calendar file or reminder asked -----------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("es", "pásame el archivo de calendario de la jornada de pitch para productores latinoamericanos"),
    ("en", "remind me about the pitching day for latin american producers"),
    ("zh", "把拉美制片人路演那个活动的日历文件发给我"),
    ("ko", "중남미 제작자 피칭 행사 캘린더 파일 보내줘"),
])
def test_pitch_day_described_file_or_reminder(services: Services, lang: str, text: str) -> None:
    reply = say(services, lang, text)[-1]
    assert reply.answer == "event:latam_pitch_day_2027" and reply.outcome == "action", (reply.answer, reply.outcome)


# -- how far ahead: the lead time first ----------------------------------------------------------
@pytest.mark.parametrize(("lang", "first", "then", "lead"), [
    ("es", "¿Cómo pido el apoyo para mi rodaje?", "¿y con cuánto tiempo de antelación la mando?", "cuatro semanas"),
    ("en", "how do I request support for my shoot?", "how far in advance should we send it?", "four weeks"),
    ("zh", "怎么申请拍摄扶持？", "需要提前几天提交？", "四周"),
    ("ko", "촬영 지원은 어떻게 신청해요?", "며칠 전에 보내야 돼요?", "4주"),
])
def test_lead_time_first(services: Services, lang: str, first: str, then: str, lead: str) -> None:
    reply = say(services, lang, first, then)[-1]
    assert lead in reply.text.splitlines()[0], reply.text[:200]


# -- who handles it, and a channel asked in a short tail ---------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "who looks after the global talent program? need their email"),
    ("es", "¿quién se encarga del programa de talentos? necesito un correo"),
    ("zh", "全球人才计划谁负责？给个邮箱"),
    ("ko", "글로벌 인재 프로그램은 누가 담당해요? 이메일 알려주세요"),
])
def test_contact_and_email_first(services: Services, lang: str, text: str) -> None:
    reply = say(services, lang, text)[-1]
    assert "secretariat@hisda.example.com" in "\n".join(reply.text.splitlines()[:2]), reply.text[:200]
