"""fixN18 (play27's kinds T1, T4, T6, T11, T13): kinds of partner messages and the answer each gets.

- T1 (keyed faq:languages, as fixF17 keys actors without Chinese): whether actors must speak a language (named as actors, or "she" / "they" / nobody named right
  after the casting day or the foreign-actors answer) is a requirement not published: said, with
  International Business's card, in the partner's language; never the assistant's languages, a
  false "yes" or a switch of the reply's language. A person of our teams named by first name only
  ("does Caroline speak English?") is that person's languages, not a switch either.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, new_chat, say

ACTORS_LANGUAGE = [
    ("en", "do the actors need to speak Chinese?"), ("en", "is it mandatory for the actresses to speak Mandarin?"),
    ("es", "¿los actores tienen que saber mandarín o basta con inglés?"), ("es", "oye, ¿las actrices necesitan manejar el chino?"),
    ("zh", "演员一定要会说普通话吗？"), ("zh", "演員係咪一定要識講普通話？"),
    ("ko", "배우들이 꼭 중국어를 해야 하나요?"), ("ko", "배우는 중국어 필요해요?"),
]


@pytest.mark.parametrize(("lang", "text"), ACTORS_LANGUAGE)
def test_actors_language_is_not_published(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.lang == lang
    assert reply.answer == "faq:languages", reply.answer
    assert "international.business@example.com" in reply.text
    assert not reply.text.startswith(("Yes", "Sí", "네", "可以", "This assistant", "Este asistente", "本助手", "이 어시스턴트")), reply.text


POINTED_AFTER_CASTING = [
    ("en", "when is the foreign actor casting day?", "does she need to speak Mandarin?"),
    ("en", "when is the casting day?", "do they have to know Chinese?"),
    ("es", "¿cuándo es la jornada de casting?", "¿tienen que hablar chino?"),
    ("es", "¿trabajan actores extranjeros en Hengdian?", "¿y ella necesita hablar mandarín?"),
    ("zh", "选角日是哪天？", "佢哋一定要識講普通話㗎？"), ("zh", "横店有外国演员参与拍摄吗？", "她需要会说中文吗？"),
    ("ko", "캐스팅 데이가 언제예요?", "중국어 몬하믄 안 되나?"), ("ko", "헝뎬에서 외국 배우도 활동하나요?", "중국어 꼭 해야 돼요?"),
]


@pytest.mark.parametrize(("lang", "before", "text"), POINTED_AFTER_CASTING)
def test_actor_pointed_at_after_the_casting_day(services: Services, lang: str, before: str, text: str) -> None:
    _, reply = say(services, lang, before, text)
    assert reply.lang == lang
    assert reply.answer == "faq:languages", reply.answer
    assert "international.business@example.com" in reply.text
    # and the language stays the partner's afterwards
    assert not reply.text.startswith(("好的，接下来", "Done:", "Listo", "알겠습니다"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "none of us speak mandarin, will that be a problem on set?"),
    ("zh", "我们组里没人会说中文，那边有没有双语的工作人员？"),
])
def test_the_crews_language_keeps_the_languages_faq(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "faq:languages"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "mirá, tenemos actores colombianos buenisimos, alla contratan actores que no sean chinos?"),
    ("en", "can our actors from Lagos get cast over there, or only Chinese cast?"),
])
def test_actors_nationality_keeps_the_foreign_actors_faq(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer in ("faq:foreign_actors", "event:international_sets_casting_day_2027")
    assert "requisito" not in reply.text and "requirement" not in reply.text


STAFF_BY_FIRST_NAME = [
    ("en", "cheers. oh and does Caroline speak English?", "Caroline"), ("en", "does Fenglai speak any Spanish?", "Zhou Fenglai"),
    ("es", "¿Caroline habla español?", "Caroline"), ("es", "¿se le puede escribir a Mary Lynn en castellano?", "Mary Lynn"),
]


@pytest.mark.parametrize(("lang", "text", "named"), STAFF_BY_FIRST_NAME)
def test_staff_named_by_first_name_speaks_is_not_a_switch(services: Services, lang: str, text: str, named: str) -> None:
    reply = ask(services, lang, text)
    assert reply.lang == lang
    assert (reply.answer or "").startswith("gap:"), reply.answer
    assert named in reply.text


# T13: "do you have an office in <region>?" — none is published: said first, with the team for that
# market (Dalynn Studio for the Spanish-speaking one), never a "yes"
OFFICE_ELSEWHERE = [
    ("en", "do you guys have an office in South America?", "dalynn_studio"),
    ("en", "is there a HISDA branch in Europe we could visit?", "international_business"),
    ("es", "¿tienen alguna oficina en Latinoamérica?", "dalynn_studio"),
    ("es", "che, ¿tienen sede en Buenos Aires o algo así?", "dalynn_studio"),
    ("zh", "你们在香港有办事处吗？", "international_business"), ("zh", "你們喺韓國有冇辦公室？", "international_business"),
    ("ko", "한국에 사무소 있어요?", "international_business"), ("ko", "멕시코에 지사 두고 있나요?", "dalynn_studio"),
]


@pytest.mark.parametrize(("lang", "text", "team"), OFFICE_ELSEWHERE)
def test_office_elsewhere_is_not_published(services: Services, lang: str, text: str, team: str) -> None:
    reply = ask(services, lang, text)
    assert reply.lang == lang
    assert reply.answer == f"gap:{team}", reply.answer
    assert not reply.text.startswith(("Yes", "Sí", "네", "是", "有")), reply.text
    assert "Hengdian" in reply.text or "横店" in reply.text or "헝뎬" in reply.text


@pytest.mark.parametrize(("lang", "text"), [("en", "where is your office?"), ("en", "what are your office hours?"),
                                            ("zh", "你们办公室在哪里？")])
def test_where_the_office_is_keeps_its_answer(services: Services, lang: str, text: str) -> None:
    assert not (ask(services, lang, text).answer or "").startswith("gap:dalynn")


# T6: a call asked instead of writing, or "who's in charge?" asked short, with a team in view: that
# team's phone / card, not its e-mail again nor every team's card
def after_handoff(services: Services, lang: str, ask_for: str, after: str):
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    brain = services.brain
    handed = brain.reply_to_text(chat, ask_for, services.store.profile(chat))
    assert handed.handoff is not None, handed.answer
    brain.note_unstaffed(chat, handed.handoff)  # (what the Telegram handler does with no staff chat)
    return brain.reply_to_text(chat, after, services.store.profile(chat))


CALL_AFTER_HANDOFF = [
    ("en", "I'd like to talk to someone about licensing Grandma 2.0", "is there a direct line rather than email?"),
    ("en", "put me through to a person about Grandma 2.0 please", "can I just ring them?"),
    ("es", "quiero hablar con alguien sobre la licencia de Abuela 2.0", "¿los puedo llamar mejor?"),
    ("es", "pásame con una persona por lo de Abuela 2.0", "¿hay línea directa? no me gusta el correo"),
    ("zh", "我想找人谈谈《奶奶2.0》的授权", "能直接打电话吗？"), ("zh", "幫我轉人工，關於奶奶2.0", "可唔可以打電話俾佢哋？"),
    ("ko", "할머니 2.0 판권 때문에 담당자랑 얘기하고 싶어요", "전화로 할 수 있어요?"),
    ("ko", "할머니 2.0 건으로 사람 연결해 줘", "직통 번호 있어?"),
]


@pytest.mark.parametrize(("lang", "ask_for", "after"), CALL_AFTER_HANDOFF)
def test_call_after_a_handoff_is_that_teams_phone(services: Services, lang: str, ask_for: str, after: str) -> None:
    reply = after_handoff(services, lang, ask_for, after)
    assert reply.lang == lang
    assert "+86 000 0000 0002" in reply.text, reply.text
    assert "international.business@example.com" not in reply.text


CALL_AFTER_TITLE = [
    ("en", "how many episodes does Grandma 2.0 have?", "can I call them instead?", "phone"),
    ("en", "tell me about Grandma 2.0", "who's in charge of it?", "role"),
    ("es", "¿cuántos capítulos tiene Abuela 2.0?", "¿se les puede llamar por teléfono?", "phone"),
    ("es", "¿de qué trata Abuela 2.0?", "¿y el responsable?", "role"),
    ("zh", "奶奶2.0有几集？", "能直接打电话给他们吗？", "phone"), ("zh", "奶奶2.0讲什么的？", "负责人呢？", "role"),
    ("ko", "할머니 2.0 몇 부작이에요?", "전화로 할 수 있어요?", "phone"), ("ko", "할머니 2.0 몇 부작이에요?", "담당은요?", "role"),
]


@pytest.mark.parametrize(("lang", "before", "text", "fact"), CALL_AFTER_TITLE)
def test_call_or_who_after_a_title_is_its_team(services: Services, lang: str, before: str, text: str, fact: str) -> None:
    _, reply = say(services, lang, before, text)
    assert reply.answer == f"contact:vertical_short_drama_center#{fact}", reply.answer
    assert "+86 000 0000 0002" in reply.text


# T11: what to bring to the event named or in view is its description's sentence (korea_matchmaking_2027
# says it), not "not published"; "내년에는요?" after an event is its next edition, not a place
BRING = [
    ("en", "what should we bring to the Seoul matchmaking?"), ("en", "what do we need to bring to the Korea-China matchmaking?"),
    ("es", "¿qué hay que llevar al encuentro de Seúl?"), ("es", "¿qué traemos al encuentro Corea-China, che?"),
    ("zh", "首尔对接会要带什么？"), ("zh", "去中韩对接会需要准备什么？"),
    ("ko", "서울 매칭 행사에 뭘 가져가야 해요?"), ("ko", "한중 비즈니스 매칭 갈 때 뭐 챙겨 가면 돼?"),
]


@pytest.mark.parametrize(("lang", "text"), BRING)
def test_what_to_bring_is_the_description(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "event:korea_matchmaking_2027#about", reply.answer
    assert any(w in reply.text for w in ("Bring a project", "Trae un proyecto", "带着项目", "들고 오세요")), reply.text


@pytest.mark.parametrize(("lang", "text"), [("ko", "내년 서울 매칭 행사에서 이 작품 얘기할 수 있나요?"),
                                            ("en", "can we discuss this title at the Seoul matchmaking?")])
def test_a_title_brought_there_is_yes(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "event:korea_matchmaking_2027#about", reply.answer
    assert reply.text.startswith(("Yes", "네")), reply.text


@pytest.mark.parametrize(("lang", "before", "after"), [
    ("ko", "작년에 라틴 영화의 밤 실제로 열렸어요?", "내년에는요?"), ("ko", "라틴 영화의 밤 작년에 했어?", "그럼 내년엔?"),
])
def test_next_year_after_an_event_is_no_place(services: Services, lang: str, before: str, after: str) -> None:
    _, reply = say(services, lang, before, after)
    assert reply.answer != "clarify" and "시간대" not in reply.text, reply.text
    assert (reply.answer or "").startswith("event:latin_film_night"), reply.answer


# T4: a buyer's framing (a distributor, a streamer's acquisitions) asking for titles in a state: the
# list of those titles, every filter said kept (never the catalogue FAQ, "not understood" or a filter dropped)
BUYER = [
    ("en", "We're a distributor in the Nordics, not a producer. Which titles could we license right now?", "coproduction=available_for_licensing"),
    ("en", "we're a small distributor, not producers. which shows can we license today?", "coproduction=available_for_licensing"),
    ("es", "soy la ejecutiva de adquisiciones de una plataforma de streaming en Bogotá. Busco microdramas terminados para estrenar en 2027.", "coproduction=completed"),
    ("es", "Hola, buscamos microdramas terminados para nuestra plataforma, ¿qué tienen?", "coproduction=completed"),
    ("zh", "我们是马来西亚的发行公司，不做制作，想买几部已经完结的短剧版权", "coproduction=completed"),
    ("zh", "我哋係發行商，想搵已完成嘅短劇", "coproduction=completed"),
    ("ko", "국내 OTT 플랫폼 콘텐츠 구매 담당자입니다. 한국어 버전 있는 완성작 있나요?", "coproduction=completed"),
    ("ko", "배급사인데 완성작 위주로 보고 싶어요", "coproduction=completed"),
]


@pytest.mark.parametrize(("lang", "text", "wanted"), BUYER)
def test_buyer_asking_for_titles_gets_the_list(services: Services, lang: str, text: str, wanted: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("list:works"), reply.answer
    assert wanted in (reply.answer or ""), reply.answer
    if "한국어" in text:
        assert "language=ko" in (reply.answer or "")


@pytest.mark.parametrize(("lang", "lines", "expect"), [
    ("en", ["how many episodes does Grandma 2.0 have?", "could someone call me about it?"], "handoff"),
    ("es", ["¿cuántos capítulos tiene Abuela 2.0?", "¿alguien me puede llamar?"], "handoff"),
    ("es", ["¿En qué horario atiende el Departamento de Negocios Internacionales? Prefiero llamar en horario de oficina."],
     "contact:international_business#hours"),
    ("en", ["who runs international business?", "what time could we ring them? we're in Lima"], "contact:international_business#hours"),
])
def test_a_call_to_the_partner_or_its_hours_are_no_phone_alone(services: Services, lang: str, lines: list[str], expect: str) -> None:
    reply = say(services, lang, *lines)[-1]
    assert (reply.answer or "").startswith(expect), reply.answer


@pytest.mark.parametrize("middle", ["¿tienen alguna oficina en Latinoamérica?", "¿se le puede escribir a Mary Lynn en castellano?"])
def test_back_to_a_first_title_answered_with_its_team(services: Services, middle: str) -> None:
    reply = say(services, "es", "Buenas tardes, ¿con quién hablo para coproducir Media casa de té?", middle,
                "volviendo a lo primero, ¿cuántos capítulos tiene esa serie?")[-1]
    assert reply.answer == "work:work_half_a_teahouse#episodes", reply.answer
