"""play29's conversation (memory) turns, replayed whole with the console brain up to the turn that
went wrong (fixR19), each in four languages where the words are language-specific:

- "apúntame para que me aviséis" after the festival is its reminder, not the sign-up form; a
  question asked while a form waits ("también quería saber si…") is answered, not taken as the
  company's name; so "esa noche" and "recuérdamela" then mean the Latin Film Night;
- "who exactly do I email about it?" right after the incentives listed is that subject's team,
  and "their hours" that team's;
- "which of those partner titles come with Korean?" keeps the status of the list it points at,
  and a status and a language said in one sentence are both kept;
- "¿a qué correo mando la presentación?" right after the way into the alliance is the
  Secretariat's address;
- "¿cuál de esas está en español?" after the FAQ on co-producing catalogue titles;
- the partner's city said beside Hengdian ("somos de Guadalajara… grabar en Hengdian") is their
  zone: the hand-off gives the hours on their clock, and the staff post their zone."""

from __future__ import annotations

from io import StringIO

import pytest

from bot.console import handoff_preview
from bot.context import Services
from intents.inquiry_words import wants_inquiry
from intents.lexicon import asks_question
from intents.timezones import zone_said
from tests.dialogue import console, fits


def play(services: Services, lang: str, turns: list[tuple[str, str]]):
    """Each line said in one console chat (forms included, as Telegram has them); every answer
    key must fit its pattern ("" for a form's own step, which has none). The session and the
    replies."""
    session = console(services, lang)
    replies = []
    for number, (line, expect) in enumerate(turns, 1):
        reply = session.say(line)
        got = reply.answer or ""
        assert (got == "" if expect == "" else fits(expect, got)), f"turn {number} {line!r}: expected {expect}, got {got}"
        replies.append(reply)
    return session, replies


# -- 4/10/11/12: "apúntame para que me aviséis", then the Latin Film Night ------------------------

def test_es5_sevilla_festival_whole_conversation(services: Services) -> None:
    session, replies = play(services, "es", [
        ("Buenas, ¿cuándo cae el festival de cine de Hengdian el año que viene? Estoy en Sevilla",
         "event:hengdian_film_festival#date"),
        ("apúntame para que me aviséis", "event:hengdian_film_festival"),
        ("también quería saber si este año hay noche de cine latino y si hay que pagar entrada",
         "event:latin_film_night*"),
        ("¿y a qué hora empieza esa noche, en hora de España?", "event:latin_film_night*#date"),
        ("vale, recuérdamela también", "event:latin_film_night_2027"),
    ])
    assert session.form is None
    assert "Te recordaré" in replies[1].text and "Festival de Cine de Hengdian" in replies[1].text
    assert "solicitud" not in replies[1].text
    assert "No hay un precio publicado" in replies[2].text
    assert "13:30" in replies[3].text
    assert "Noche de Cine Latino 2027" in replies[4].text and "Te recordaré" in replies[4].text


def test_es2_madrid_whole_conversation(services: Services) -> None:
    _, replies = play(services, "es", [
        ("Hola, os escribo desde Madrid. ¿Qué es exactamente la HISDA?", ["program:hisda*", "faq:what_is_hisda"]),  # its FAQ since fixU20
        ("¿Y cómo podemos entrar en la alianza?", "faq:join_alliance"),
        ("¿a qué correo mando la presentación de la empresa?", "contact:hisda_secretariat#email"),
        ("¿Cuándo es el festival de cine de Hengdian? Dímelo en hora de Madrid, por favor", "*film_festival*"),
        ("apúntame para que me aviséis", "event:hengdian_film_festival"),
        ("también quería saber si este año hay noche de cine latino y si hay que pagar entrada",
         "event:latin_film_night*"),
    ])
    assert "secretariat@hisda.example.com" in replies[2].text
    assert "Te recordaré" in replies[4].text


@pytest.mark.parametrize("text", [
    "apúntame para que me aviséis",
    "apuntadnos para que nos aviséis",
    "anótame para que me lo recordéis",
])
def test_noted_to_be_reminded_by_vosotros_opens_no_form(text: str) -> None:
    assert wants_inquiry(text) is None


def test_a_sign_up_still_opens_the_form() -> None:
    assert wants_inquiry("apúntanos al día de casting, somos 3 personas") == "event_signup"


@pytest.mark.parametrize("lang,question,expect", [
    ("es", "también quería saber si este año hay noche de cine latino y si hay que pagar entrada", "event:latin_film_night*"),
    ("en", "I also wanted to know if there is a Latin film night this year and whether there is an entry fee",
     "event:latin_film_night*"),
    ("zh", "另外也想知道今年有没有拉丁电影之夜", "event:latin_film_night*"),
    ("ko", "올해 라틴 영화의 밤이 있는지도 알고 싶어요", "event:latin_film_night*"),
])
def test_a_question_asked_while_the_form_waits_is_answered(services: Services, lang, question, expect) -> None:
    session, _ = play(services, lang, [("/inquiry", ""), (question, expect)])
    assert session.form is not None and session.form["step"] == "company"
    assert "company" not in session.form["fields"]


@pytest.mark.parametrize("text", [
    "también quería saber si hay que pagar entrada",
    "I wanted to know whether there is a fee",
    "we were wondering if the stage is free in May",
    "也想知道今年有没有",
    "입장료가 있는지도 알고 싶어요",
])
def test_an_indirect_question_is_a_question(text: str) -> None:
    assert asks_question(text)


@pytest.mark.parametrize("text", ["Productora Saber Films", "Wonder Pictures", "知道影业"])
def test_a_company_name_is_no_question(text: str) -> None:
    assert not asks_question(text)


# -- 6/7: the contact of the incentives just listed, and its hours ------------------------------

def test_en1_la_studio_whole_conversation(services: Services) -> None:
    _, replies = play(services, "en", [
        ("hey there, we're a small LA outfit looking at shooting a vertical romance series in china next spring", "*"),
        ("what kind of cost breaks do you guys offer for that?", "*incentive*"),
        ("who exactly do I email about it?", "contact:vertical_short_drama_center#email"),
        ("and what are their hours?", "contact:vertical_short_drama_center#hours"),
    ])
    assert "shortdrama.center@example.com" in replies[2].text
    assert "international.business@example.com" not in replies[2].text
    assert "Monday to Saturday" in replies[3].text


@pytest.mark.parametrize("lang,listed,whom,hours", [
    ("en", "what incentives do you offer?", "who do I email about it?", "what are their hours?"),
    ("es", "¿qué incentivos ofrecen?", "¿y a quién le escribo sobre eso?", "¿y cuál es su horario?"),
    ("zh", "你们有哪些扶持政策？", "这个找谁发邮件？", "他们几点上班？"),
    ("ko", "인센티브 종류 전부 보여 주세요", "그건 누구한테 메일 보내요?", "거기 업무 시간은요?"),
])
def test_whom_to_write_about_the_incentives_listed(services: Services, lang, listed, whom, hours) -> None:
    _, replies = play(services, lang, [(listed, "list:incentives"),
                                       (whom, "contact:vertical_short_drama_center#email"),
                                       (hours, "contact:vertical_short_drama_center#hours")])
    assert "shortdrama.center@example.com" in replies[1].text


# -- 8: the titles seeking partners, narrowed by a language --------------------------------------

SEEKING_KO = "list:works?language=ko&coproduction=seeking_partners"


def test_en2_lagos_whole_conversation(services: Services) -> None:
    _, replies = play(services, "en", [
        ("which titles in your catalogue are still looking for partners?", "list:works?coproduction=seeking_partners"),
        ("tell me more about the second one", "work:work_ancestral_hall*"),
        ("how many episodes, and how long is each one?", "work:work_ancestral_hall#episodes"),
        ("which of those partner titles come with Korean?", SEEKING_KO),
    ])
    assert "4" in replies[-1].text.split("\n")[0]


@pytest.mark.parametrize("lang,listed,card,narrowed", [
    ("en", "which titles in your catalogue are still looking for partners?", "tell me more about the second one",
     "which of those come with Korean?"),
    ("es", "¿qué títulos del catálogo buscan socios todavía?", "háblame del segundo",
     "¿y cuáles de esas que buscan socios vienen en coreano?"),
    ("zh", "片单里哪些作品还在找合作方？", "第二个讲的什么", "那些在找合作方的作品里哪些有韩语版？"),
    ("ko", "공동 제작 파트너를 찾는 작품은 뭐가 있어요?", "두 번째 거 줄거리 알려줘요", "그 중에 한국어 버전 있는 거?"),
])
def test_those_after_a_title_of_the_list_keep_its_status(services: Services, lang, listed, card, narrowed) -> None:
    play(services, lang, [(listed, "list:works?coproduction=seeking_partners"),
                          (card, "work:work_ancestral_hall*"), (narrowed, SEEKING_KO)])


@pytest.mark.parametrize("lang,say", [
    ("en", "which seeking-partner titles are available in Korean?"),
    ("en", "which titles seeking partners have Korean?"),
    ("es", "¿cuáles de las que buscan socios están en coreano?"),
    ("zh", "在找合作方的作品里哪些有韩语版？"),
    ("ko", "공동 제작 파트너를 찾는 작품 중에 한국어 버전 있는 거?"),
])
def test_a_status_and_a_language_in_one_sentence(services: Services, lang, say) -> None:
    play(services, lang, [(say, SEEKING_KO)])


def test_korean_partners_are_still_companies(services: Services) -> None:
    play(services, "en", [("do you have Korean partners?", "list:partners?country=KR")])


# -- 9: the Secretariat's address after the way in ----------------------------------------------

@pytest.mark.parametrize("lang,join,where", [
    ("en", "how can we join the alliance?", "which email do I send our company presentation to?"),
    ("es", "¿Y cómo podemos entrar en la alianza?", "¿a qué correo mando la presentación de la empresa?"),
    ("zh", "怎么加入联盟？", "公司介绍发到哪个邮箱？"),
    ("ko", "연맹에 어떻게 가입해요?", "회사 소개서는 어느 메일로 보내요?"),
])
def test_the_address_asked_after_the_way_into_the_alliance(services: Services, lang, join, where) -> None:
    _, replies = play(services, lang, [(join, "faq:join_alliance"), (where, "contact:hisda_secretariat#email")])
    assert "secretariat@hisda.example.com" in replies[-1].text


# -- weak es3: which of the catalogue is in Spanish, right after the co-production FAQ -------------

@pytest.mark.parametrize("lang,first,which", [
    ("es", "Che, ¿tienen algún catálogo de microdramas para coproducir?", "¿Cuál de esas está en español?"),
    ("en", "hey, do you have a catalogue of micro dramas for co-producing?", "which of those are in Spanish?"),
    ("ko", "공동 제작용 숏드라마 카탈로그 같은 거 있어요?", "그 중에 스페인어 버전 있는 거?"),
])
def test_which_of_the_catalogue_after_the_coproduction_faq(services: Services, lang, first, which) -> None:
    play(services, lang, [(first, "faq:coproduce_catalog_title"), (which, "list:works?language=es")])


def test_which_of_the_catalogue_after_its_overview(services: Services) -> None:
    play(services, "zh", [("你们有短剧合拍的片单吗？", "catalog:about"), ("其中哪些有西语版？", "list:works?language=es")])


# -- hand-off: the partner's city said beside Hengdian ------------------------------------------

@pytest.mark.parametrize("lang,text,zone", [
    ("es", "Buenas tardes, somos una productora de Guadalajara y nos interesa grabar un microdrama de época en Hengdian",
     "America/Mexico_City"),
    ("en", "we are a production company from Guadalajara and want to shoot a period microdrama in Hengdian",
     "America/Mexico_City"),
    ("zh", "我们是墨西哥城的制作公司，想在横店拍一部古装短剧", "America/Mexico_City"),
    ("ko", "저희는 멕시코시티에 있는 제작사인데 헝뎬에서 사극 숏드라마를 찍고 싶어요", "America/Mexico_City"),
])
def test_the_partners_city_beside_hengdian_is_their_zone(lang, text, zone) -> None:
    assert zone_said(text) == zone


@pytest.mark.parametrize("text", ["¿a qué hora es en Hengdian?", "what time is it in Hengdian", "横店现在几点", "我在横店"])
def test_hengdian_alone_is_still_its_clock(text) -> None:
    assert zone_said(text) == "Asia/Shanghai"


def test_es1_guadalajara_handoff_gives_their_hours(services: Services) -> None:
    session, replies = play(services, "es", [
        ("Buenas tardes, somos una productora de Guadalajara y nos interesa grabar un microdrama de época en Hengdian", "*"),
        ("¿Qué set les queda mejor para una historia de la dinastía Qing?", "list:locations*"),
        ("¿y el segundo qué tal está?", "location:guangzhou_hongkong_street*"),
        ("¿cuánto cuesta rentarlo por día?", "*"),
        ("oigan y tienen apoyos o descuentos pa microdramas??", "*"),
        ("¿Me pueden comunicar con alguien de su equipo? Prefiero hablarlo con una persona", "handoff"),
    ])
    out = StringIO()
    notice = handoff_preview(services, replies[-1], "¿Me pueden comunicar con alguien de su equipo?", out, session.chat_id)
    # (on the zone's clock, named by the zone's city: Guadalajara keeps Mexico City's time)
    assert "en Ciudad de México" in notice.text
    assert "America/Mexico_City" in out.getvalue() and "Asia/Shanghai" not in out.getvalue()
