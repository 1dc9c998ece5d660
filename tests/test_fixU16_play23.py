"""play23 kinds 7–10 and 12–15, as partners write them in four languages (sentences of our own):

7. Whom a shoot request is sent to, and what the team needs from us, after another topic: the shoot
   request procedure (what to send, four weeks ahead) with its team's address, not the team in
   focus, Dalynn Studio, the event talked about or the help menu.
8. An interpreter or translator asked to be had for the shoot: the on-site services, not the
   languages the assistant answers in (whether one is needed, or a language named, stays that FAQ).
9. Run-ons: each ask answered (the annual fee beside joining, the fee beside services, the
   interpreters at the end of a voseo run-on, "some kind of discount").
10. An event's recording "to watch later": what its record says, else not published with its team.
12. The episodes' length asked again in other words: the title's fact, "which one?" after a list,
    never off-topic nor a goodbye.
13. What another company pays: not ours to quote (no profile, no programme pay).
14. Cantonese "what events are coming up?": the events list.
15. Single cases: "say that in English" after two gaps of one team; Cantonese "拍攝喺邊個景區";
    someone asked for a quote; a project outside the catalogue at the pitch day.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, talk, talk_patterns

SHOOT = "incentive:shoot_request_procedure#how_to_apply"
SERVICES = "incentive:on_site_services"
PITCH = "event:latam_pitch_day_2027"
TALENT = "event:global_talent_info_session_2026"
CENTER_MAIL = "shortdrama.center@example.com"


# -- 7. whom a shoot request goes to, what they need ---------------------------------------------

@pytest.mark.parametrize("lang,first,who", [
    ("en", "when's the pitch day?", "who should we send our filming request to?"),
    ("en", "who is Dalynn Studio?", "where do I send the shoot request?"),
    ("es", "¿cuándo es la jornada de pitch?", "¿a quién le envío la solicitud de rodaje?"),
    ("es", "¿quién es Dalynn Studio?", "¿a dónde mandamos el pedido de rodaje?"),
    ("zh", "人才计划说明会是什么时候？", "拍摄申请要交给谁？"),
    ("zh", "Dalynn Studio是什么公司", "拍攝申請發到哪裡？"),
    ("ko", "인재 프로그램 설명회 언제예요?", "촬영 신청은 누구한테 보내면 돼요?"),
    ("ko", "Dalynn Studio는 어떤 회사야?", "촬영 요청서 어디로 보내야 돼?"),
])
def test_whom_a_shoot_request_goes_to_is_the_procedure_with_its_team(services: Services, lang, first, who) -> None:
    reply = talk(services, lang, [(first, "*"), (who, SHOOT)], fits=lambda e, got: e == "*" or got == e)
    assert CENTER_MAIL in reply.text


@pytest.mark.parametrize("lang,who,need", [
    ("en", "who do we send our shoot request to?", "ok, what do they need from us?"),
    ("en", "who should we send our filming request to?", "what info should we include?"),
    ("es", "¿a quién le mando la solicitud de rodaje?", "¿y qué datos les tengo que mandar?"),
    ("es", "¿a quién le envío la solicitud de rodaje?", "¿qué necesitan de nosotros?"),
    ("zh", "拍摄申请发给谁？", "他们需要我们提供什么资料？"),
    ("zh", "拍攝申請要交給誰？", "要準備哪些材料？"),
    ("ko", "촬영 신청서는 누구한테 보내요?", "뭘 보내야 돼요?"),
    ("ko", "촬영 신청은 어디로 보내?", "어떤 자료 필요해?"),
])
def test_what_the_team_needs_after_the_request_is_the_procedure(services: Services, lang, who, need) -> None:
    talk(services, lang, [(who, SHOOT), (need, SHOOT)])


@pytest.mark.parametrize("lang,turns", [
    ("en", ["is there a discount for short dramas?", "who do we send our project to", "what info do they need from us?"]),
    ("zh", ["竖屏短剧有什么优惠？", "竖屏短剧运营中心的邮箱是多少", "他们需要我们提供什么？"]),
])
def test_what_the_center_needs_after_its_card_is_the_procedure(services: Services, lang, turns) -> None:
    talk_patterns(services, lang, [(turns[0], "*"), (turns[1], "*"), (turns[2], SHOOT)])


def test_whom_to_write_for_dates_is_the_procedure(services: Services) -> None:
    talk(services, "es", [("decime a quién le escribo para pedir fechas", SHOOT)])
    talk(services, "es", [("¿a quién le escribimos para reservar fechas?", SHOOT)])


def test_a_team_card_still_answers_whom_to_write_without_a_request(services: Services) -> None:
    # (no shoot request named: the team's own address, as before)
    talk_patterns(services, "en", [("who do I email about the talent program?", "contact:*")])


# -- 8. interpreters for the shoot ---------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "can you get us an interpreter for the shoot?"),
    ("en", "do you have translators on set?"),
    ("es", "¿tienen traductores para el rodaje?"),
    ("es", "¿nos pueden poner un intérprete en el set?"),
    ("zh", "拍摄的时候能帮我们安排翻译吗？"),
    ("zh", "片場有冇翻譯可以幫手？"),
    ("ko", "현장 통역 붙여 줄 수 있어요?"),
    ("ko", "촬영할 때 통역사 구해줄 수 있어?"),
])
def test_an_interpreter_for_the_shoot_is_the_on_site_services(services: Services, lang, text) -> None:
    assert ask(services, lang, text).answer == SERVICES


def test_an_interpreter_after_the_pitch_day_said_of_the_shoot(services: Services) -> None:
    talk(services, "ko", [("피칭 데이는 언제예요?", f"{PITCH}#date"), ("현장 통역 붙여 줄 수 있어요?", SERVICES)])


@pytest.mark.parametrize("lang,text", [
    ("en", "will we need an interpreter if we only speak english"),
    ("es", "¿necesitamos llevar un traductor o se puede trabajar en inglés?"),
    ("ko", "세트장에 통역 있어요? 아님 우리가 통역사 데려가야 되나요?"),
])
def test_whether_an_interpreter_is_needed_stays_the_languages_faq(services: Services, lang, text) -> None:
    assert ask(services, lang, text).answer == "faq:languages"


def test_an_interpreter_price_is_the_services_price(services: Services) -> None:
    reply = ask(services, "ko", "통역사 구할 수 있어요? 하루에 얼마예요?")
    assert reply.answer != "faq:languages" and "통역" in reply.text


# -- 9. run-ons: no ask dropped -------------------------------------------------------------------

def test_chinese_run_on_keeps_the_annual_fee(services: Services) -> None:
    reply = ask(services, "zh", "你好我们是高雄的团队想问加入联盟要什么条件然后有没有年费啊还有你们招不招外籍演员")
    assert "会费" in reply.text and "秘书处" in reply.text


def test_korean_run_on_keeps_the_membership_fee(services: Services) -> None:
    reply = ask(services, "ko", "우리 부산 제작사인데 헝뎬 가면 숙소도 잡아주고 장비도 빌려주고 그런 거 돼? 그리고 연맹 가입비 있어?")
    assert "회비" in reply.text and "숙소" in reply.text


@pytest.mark.parametrize("text", [
    "buenas, somos una productora de Mendoza, vamos a rodar en Hengdian con ocho personas y queremos saber qué sets de época hay y si hay traductores",
    "che somos una productora de Córdoba y queremos ir a filmar a Hengdian con un equipo de diez personas y necesitamos saber qué sets de época tienen y si hay intérpretes",
])
def test_spanish_run_on_keeps_the_translators(services: Services, text) -> None:
    reply = ask(services, "es", text)
    assert "intérpretes" in reply.text and "Palacio" in reply.text


@pytest.mark.parametrize("lang,text", [
    ("en", "is there some kind of discount for crews?"),
    ("en", "hey so we might shoot in china next year and is there some sort of discount?"),
])
def test_some_kind_of_discount_is_the_discount(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert reply.answer != "faq:what_is_hisda" and "cost reductions" in reply.text


# -- 10. an event's recording ---------------------------------------------------------------------

@pytest.mark.parametrize("lang,first,then", [
    ("en", "when is the talent info session?", "will they record it so we can watch it later?"),
    ("en", "when is the talent info session?", "can we catch it later if we miss it live?"),
    ("es", "¿cuándo es la sesión informativa del programa de talento?", "¿la graban para verla después?"),
    ("es", "¿cuándo es la sesión informativa del programa de talento?", "¿se puede ver en diferido?"),
    ("zh", "人才计划说明会是什么时候？", "会录下来让我们之后看吗？"),
    ("zh", "人才計劃說明會幾時？", "有冇回放？"),
    ("ko", "인재 프로그램 설명회 언제예요?", "녹화해서 나중에 볼 수 있어요?"),
    ("ko", "인재 프로그램 설명회 언제야?", "나중에 다시 볼 수 있어?"),
])
def test_an_events_recording_is_not_published_with_its_team(services: Services, lang, first, then) -> None:
    reply = talk(services, lang, [(first, f"{TALENT}#date"), (then, "gap:*")], fits=lambda e, got: (got or "").startswith(e.rstrip("*")))
    assert "international.business@example.com" in reply.text
    assert not reply.text.startswith(("Sí", "Yes"))


@pytest.mark.parametrize("lang,then", [
    ("zh", "说明会会录下来之后看吗？"),
    ("ko", "설명회 녹화해서 나중에 볼 수 있어요?"),
    ("en", "do they record the info session so we can watch later?"),
])
def test_the_recording_of_the_event_its_word_names_not_the_focus(services: Services, lang, then) -> None:
    first = {"zh": "推介会是什么时候？", "ko": "피칭 데이는 언제예요?", "en": "when's the pitch day?"}[lang]
    reply = talk(services, lang, [(first, f"{PITCH}#date"), (then, "gap:international_business")])
    assert {"zh": "说明会", "ko": "설명회", "en": "info session"}[lang] in reply.text


def test_the_recording_of_the_event_its_date_names(services: Services) -> None:
    reply = talk(services, "es", [("agrégame el de Seúl al calendario", "event:korea_matchmaking_2027*"),
                                  ("¿van a subir la grabación de la sesión del 10 de diciembre?", "gap:international_business")],
                 fits=lambda e, got: (got or "").startswith(e.rstrip("*")))
    assert "sesión informativa" in reply.text


def test_a_partners_own_broadcast_is_no_recording(services: Services) -> None:
    talk(services, "es", [("¿hay algún evento para productores latinoamericanos?", PITCH),
                          ("un canal quiere transmitir sus microdramas en castellano para sus televidentes, ¿es posible?",
                           "faq:spanish_distribution")])


def test_a_recording_session_in_a_visa_question_stays_the_visa(services: Services) -> None:
    talk(services, "en", [("coming from Ghana to sit in on a recording session, which papers do I need to enter China?", "faq:visa")])


# -- 12. the same question in other words ---------------------------------------------------------

@pytest.mark.parametrize("lang,first,again", [
    ("en", "tell me about Grandma 2.0", "I mean how many minutes is one episode"),
    ("en", "tell me about Grandma 2.0", "what I mean is the runtime per ep in minutes"),
    ("es", "háblame de Abuela 2.0", "o sea, ¿cuántos minutos por capítulo?"),
    ("es", "háblame de Abuela 2.0", "digo, ¿cuánto dura cada episodio?"),
    ("zh", "介绍一下《奶奶2.0》", "我是说每集几分钟"),
    ("zh", "介紹下《奶奶2.0》", "即係一集幾多分鐘？"),
    ("ko", "할머니 2.0 알려 줘", "아니 한 편에 몇 분이냐고"),
    ("ko", "할머니 2.0 소개해 주세요", "그러니까 회당 몇 분이에요?"),
])
def test_episode_length_again_is_the_titles_fact(services: Services, lang, first, again) -> None:
    talk(services, lang, [(first, "work:work_grandma_2_0*"), (again, "work:work_grandma_2_0#episode_minutes")],
         fits=lambda e, got: (got or "").startswith(e.rstrip("*")))


@pytest.mark.parametrize("lang,listing,again", [
    ("en", "any mystery titles we could co-produce?", "ok so, runtime per episode?"),
    ("en", "any mystery titles we could co-produce?", "I mean how many minutes is one episode"),
    ("es", "¿qué títulos de misterio buscan socios?", "¿o sea cuántos minutos por capítulo?"),
])
def test_episode_length_after_a_list_asks_which_never_goodbye(services: Services, lang, listing, again) -> None:
    talk_patterns(services, lang, [(listing, "list:works*"), (again, ["clarify", "work:*#episode_minutes"])])


# -- 13. what another company pays ----------------------------------------------------------------

@pytest.mark.parametrize("lang,text,name", [
    ("en", "do you know what SpringReel pays for a licensed series?", "SpringReel"),
    ("en", "any idea how much ShortMax pays per title?", "ShortMax"),
    ("es", "¿cuánto paga Reel-K por cada serie?", "Reel-K"),
    ("es", "¿y cuánto le pagan en Dalynn a una productora por capítulo?", "Dalynn"),
    ("zh", "Reel-K 买一部剧大概给多少钱？", "Reel-K"),
    ("zh", "ShortMax 收一套劇俾幾多錢？", "ShortMax"),
    ("ko", "SpringReel은 작품 하나에 얼마 줘요?", "SpringReel"),
    ("ko", "Reel-K는 판권 살 때 얼마나 쳐줘?", "Reel-K"),
])
def test_what_another_company_pays_is_not_ours_to_quote(services: Services, lang, text, name) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "gap:international_business" and name in reply.text
    assert "300" not in reply.text  # (not the company's profile)


def test_what_a_company_does_stays_its_profile(services: Services) -> None:
    talk_patterns(services, "en", [("what does SpringReel do?", "partner:springreel*")])
    talk_patterns(services, "es", [("¿qué hace Reel-K?", "partner:reel_k*")])


# -- 14. Cantonese events coming up ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["有咩活動快到？", "近排有咩活動？", "近排有冇乜嘢活動呀？", "有冇活動就快到㗎？"])
def test_cantonese_events_coming_up_are_the_events(services: Services, text) -> None:
    assert (ask(services, "zh", text).answer or "").startswith("list:events")


def test_cantonese_events_after_the_services(services: Services) -> None:
    talk_patterns(services, "zh", [("可唔可以幫我哋搵翻譯？", SERVICES), ("有咩活動快到？", "list:events*")])


# -- 15. single cases -----------------------------------------------------------------------------

def test_in_english_for_my_boss_resends_the_last_of_two_gaps(services: Services) -> None:
    reply = talk_patterns(services, "es", [("¿Dalynn distribuye mejor que SpringReel en Latinoamérica?", "gap:*"),
                                           ("¿y qué opina ShortMax de las series españolas?", "gap:*"),
                                           ("Can you say that in English for my boss?", "gap:*")])
    assert "ShortMax" in reply.text and "Dalynn" not in reply.text


@pytest.mark.parametrize("lang,first,where", [
    ("zh", "介绍一下《清明上河图谜案》", "拍攝喺邊個景區？"),
    ("zh", "介紹下《清明上河圖謎案》", "拍摄在哪个景区？"),
])
def test_where_a_title_is_filmed_in_cantonese(services: Services, lang, first, where) -> None:
    talk_patterns(services, lang, [(first, "work:work_murder_along_the_river*"), (where, "location:qingming_riverside")])


@pytest.mark.parametrize("lang,text", [
    ("en", "can someone give me a quote?"),
    ("es", "¿alguien me puede pasar un presupuesto?"),
    ("es", "¿me pueden armar una cotización?"),
    ("zh", "有没有人能直接给我报个价？"),
    ("zh", "可唔可以搵人幫我哋報個價？"),
    ("ko", "견적 받을 수 있어요?"),
])
def test_someone_asked_for_a_quote_is_how_to_ask(services: Services, lang, text) -> None:
    assert ask(services, lang, text).answer == "incentive:ecosystem_and_costs#how_to_apply"


@pytest.mark.parametrize("lang,then", [
    ("es", "¿puedo presentar un proyecto que no está en el catálogo?"),
    ("es", "¿podemos llevar una historia nuestra que no esté en su catálogo?"),
    ("zh", "不在片单里的项目也能报吗？"),
    ("en", "can I bring a project that isn't in your catalog?"),
])
def test_own_project_at_the_pitch_day_is_whom_it_is_for(services: Services, lang, then) -> None:
    first = {"es": "¿cuándo es la jornada de pitch?", "zh": "推介会是什么时候？", "en": "when's the pitch day?"}[lang]
    talk(services, lang, [(first, f"{PITCH}#date"), (then, f"{PITCH}#audience")])
