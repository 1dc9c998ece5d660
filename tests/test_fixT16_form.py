"""fixT16 (play23 kinds 3 and 4): the co-operation form and what the opening message already said.

- Kind 3: a co-production, licence or distribution request that names one catalogue title ("we'd
  like to co-produce Eclipse over Qin", "queremos licenciar Espada y flor para Chile", "想合拍《剑与花》",
  "달빛 사신 배급하고 싶어요") does not ask for the title again (nor the territory said with it);
  a title's words are no company ("Media casa de té" names no company "Media"); the title is in
  the conversation's focus, so "who handles that title?" after leaving the form is its team.
- Kind 4: the country step takes the names partners write: "Hong Kong", "香港", "台灣", Korean with
  its endings or dialect ("한국이유", "멕시코요", "대만이에요"), and the one country of a short answer.
"""

from __future__ import annotations

import pytest

from bot.console import ConsoleSession
from bot.context import Services
from intents.inquiry import country_code, territory_named
from tests.dialogue import new_chat


def session(services: Services, lang: str) -> ConsoleSession:
    chat_id = new_chat()
    services.store.touch(chat_id, language_code=lang)
    services.store.set_language(chat_id, lang)  # type: ignore[arg-type]
    return ConsoleSession(services, chat_id)


# (lang, opening, the work's id, the territory said with it or None)
NAMED = [
    ("en", "hello, we want to co-produce Eclipse over Qin", "work_eclipse_over_qin", None),
    ("en", "we would like to license Blade and Blossom for Chile", "work_blade_and_blossom", "Chile"),
    ("es", "buenas, queremos coproducir El jardín bajo el código", "work_garden_beneath_the_code", None),
    ("es", "nos interesa licenciar Espada y flor para Argentina", "work_blade_and_blossom", "Argentina"),
    ("es", "qué onda, queremos coproducir Media casa de té con ustedes", "work_half_a_teahouse", None),
    ("zh", "我们想合拍《剑与花》", "work_blade_and_blossom", None),
    ("zh", "我們想在台灣發行《橫漂死了99次》", "work_die_another_take", "台灣"),
    ("ko", "달빛 사신 공동제작 하고 싶어요", "work_moonlight_envoy", None),
    ("ko", "펜싱 챔피언, 강호에 가다 브라질에서 배급하고 싶습니다", "work_fencer_in_jianghu", "브라질"),
]


@pytest.mark.parametrize("lang,opening,work,territory", NAMED)
def test_a_title_named_in_the_request_is_not_asked_again(services: Services, lang, opening, work, territory) -> None:
    s = session(services, lang)
    reply = s.say(opening)
    assert s.form is not None, reply.text
    fields = s.form["fields"]
    assert fields.get("work") == services.knowledge.current.works[work].title.get(lang), fields
    assert s.form["step"] == "company", s.form  # (no title's word taken for the company's name)
    if territory:
        assert fields.get("territory") == territory, fields
    else:
        assert "territory" not in fields
    title = services.knowledge.current.works[work].title.get(lang)
    assert title in reply.text  # (shown, so a wrong reading can be corrected with ◀ / Edit)
    # the company and the country given, the next question is not the title's
    s.say("Andes Media Group" if lang in ("en", "es") else ("星河影业" if lang == "zh" else "한강 필름"))
    after = s.say({"en": "Chile", "es": "Argentina", "zh": "香港", "ko": "한국이에요"}[lang])
    assert s.form is not None and s.form["step"] not in ("work", "company", "country"), after.text


@pytest.mark.parametrize("lang,opening,asked", [
    ("en", "we'd like to distribute Die Another Take in Peru", "hmm, actually who handles that title?"),
    ("es", "queremos distribuir Morir en cada toma en Perú", "¿y quién lleva ese título?"),
    ("zh", "我们想发行《横漂死了99次》", "那这部剧是谁负责的？"),
    ("ko", "99번 죽는 남자 배급하고 싶어요", "그 작품 담당자가 누구예요?"),
])
def test_the_title_of_the_request_is_in_focus_after_leaving_the_form(services: Services, lang, opening, asked) -> None:
    s = session(services, lang)
    s.say(opening)
    assert s.form is not None
    s.say("/cancel")
    reply = s.say(asked)
    assert "vertical_short_drama_center" in (reply.answer or "") or "shortdrama.center@" in reply.text, (reply.answer, reply.text)


@pytest.mark.parametrize("text,code", [
    ("Hong Kong", "HK"), ("hong kong!", "HK"), ("香港", "HK"), ("香港呀", "HK"), ("홍콩", "HK"),
    ("台灣", "TW"), ("臺灣", "TW"), ("Taiwán", "TW"), ("대만이에요", "TW"), ("Macau", "MO"), ("澳門", "MO"),
    ("한국이유", "KR"), ("한국이여", "KR"), ("멕시코요", "MX"), ("미국입니다", "US"), ("브라질이유", "BR"),
    ("南韓", "KR"), ("韓國", "KR"), ("EE. UU.", "US"), ("Turkey", "TR"),
    ("we're based in Hong Kong", "HK"), ("somos de Perú", "PE"), ("我们在香港", "HK"), ("Lagos, Nigeria", "NG"),
])
def test_the_country_step_reads_the_names_partners_write(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize("text", ["do you work with companies from Peru?", "for us", "Seoul",
                                  "We want to co-produce Canton Nocturne", "Mexico or Chile", "Productora Sur"])
def test_no_country_is_read_into_a_question_or_two_names(text: str) -> None:
    assert country_code(text) is None


@pytest.mark.parametrize("lang,said", [("zh", "香港"), ("zh", "台灣"), ("en", "Hong Kong"), ("ko", "한국이유"),
                                       ("ko", "대만이요"), ("es", "Hong Kong")])
def test_the_country_step_moves_on(services: Services, lang: str, said: str) -> None:
    s = session(services, lang)
    s.say({"en": "we want to co-produce a short drama", "es": "queremos coproducir un microdrama",
           "zh": "我们想合拍一部短剧", "ko": "숏드라마 공동제작 하고 싶어요"}[lang])
    s.say("Lumen Pictures")
    assert s.form is not None and s.form["step"] == "country"
    s.say(said)
    assert s.form is not None and s.form["step"] == "kind" or "country" in s.form["fields"], s.form


@pytest.mark.parametrize("text,where", [("license A Face in Clay for Brazil", "Brazil"),
                                        ("licenciar Abuela 2.0 para México", "México"),
                                        ("we're a studio in Brazil and want to license Grandma 2.0", None),
                                        ("想在香港播出《奶奶2.0》", "香港"), ("할머니 2.0 일본 판권 문의드려요", "일본")])
def test_the_territory_said_with_the_request(text: str, where: str | None) -> None:
    assert territory_named(text) == where
