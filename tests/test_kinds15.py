"""Kinds left by answer set 13 (issue 7), each in fresh wordings of our own and in several
languages; the set's own lines are never copied here:

- what HISDA is, asked in slang or beside the mail the partner keeps getting from it (the word
  "mail" asks no e-mail address);
- joining said as adhering to the alliance or being put on its member list;
- a kind of scene to film described by its mood ("lanterns, fireworks, that vibe")."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

WHAT_IS_HISDA = ["faq:what_is_hisda", "program:hisda"]


@pytest.mark.parametrize("lang,text", [
    ("en", "so HISDA, who are they when they're at home?"),
    ("en", "keep getting emails from HISDA, what even are you lot?"),
    ("ko", "HISDA라는 곳에서 메일이 계속 오는데 뭐 하는 데예요? 짧게요"),
    ("es", "me llegan correos de la HISDA y ni idea de quiénes son, a qué se dedican?"),
    ("zh", "老是收到HISDA发来的邮件，你们到底是干嘛的"),
])
def test_what_hisda_is_asked_in_passing(services: Services, lang, text) -> None:
    talk(services, lang, [(text, WHAT_IS_HISDA)])


def test_the_mail_address_asked_is_still_the_email(services: Services) -> None:
    talk(services, "ko", [("사무국 메일 주소 알려 주세요", "contact:hisda_secretariat#email")])


@pytest.mark.parametrize("lang,text", [
    ("es", "quiero adherirme a la HISDA"),
    ("es", "¿qué hace falta para que nuestra productora se adhiera a la alianza?"),
    ("ko", "회원사 목록에 들어가려면요?"),
    ("ko", "저희 회사도 멤버 명단에 올리고 싶은데"),
    ("en", "we'd like our company on your member roster"),
    ("en", "honestly we might fancy becoming members ourselves. talk me through it?"),
    ("zh", "我们想加入联盟成员名单"),
])
def test_joining_in_other_words_is_the_membership_faq(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:join_alliance")])


NIGHT_SETS = ["list:locations?scene=night_scene", "location:dream_valley"]


@pytest.mark.parametrize("lang,text", [
    ("en", "night scenes, lanterns, fireworks, that vibe"),
    ("zh", "想拍夜景，灯笼烟花那种氛围"),
    ("ko", "밤 장면 찍고 싶어요, 등불이랑 불꽃놀이 느낌"),
    ("es", "queremos rodar escenas de noche, faroles, fuegos artificiales, ese rollo"),
])
def test_a_scene_described_by_its_mood_is_a_set(services: Services, lang, text) -> None:
    talk(services, lang, [(text, NIGHT_SETS)])


# With an event in focus: a whole question ending in "that" is the FAQ it asks; the weather of its
# day is the weather gap; which part of its city is its venue.

LATIN_2027 = ("is there a Latin Film Night in 2027? what date?", "event:latin_film_night_2027#date")
NOCHE_2027 = ("hay noche de cine latino en 2027? cuando?", "event:latin_film_night_2027#date")
ROUTE_EN = "we're curious whether Chinese shorts can find an audience in Spanish-speaking countries. any path to that?"
SPANISH_ROUTE = ["faq:spanish_distribution", "partner:dalynn_studio"]


@pytest.mark.parametrize("lang,turns", [
    ("en", [LATIN_2027, (ROUTE_EN, SPANISH_ROUTE)]),
    ("es", [NOCHE_2027, ("nos preguntamos si los dramas cortos chinos encuentran público hispano. hay un camino para eso?",
                         SPANISH_ROUTE)]),
    ("zh", [("2027年还有拉丁电影之夜吗？哪天？", "event:latin_film_night_2027#date"),
            ("我们想知道中国短剧在西语观众里到底有没有市场，有什么路子吗？", SPANISH_ROUTE)]),
    ("ko", [("2027년에도 라틴 영화의 밤 하나요? 언제요?", "event:latin_film_night_2027#date"),
            ("중국 숏드라마가 스페인어권 시청자한테 먹힐지 궁금해요. 그쪽으로 가는 길이 있나요?", SPANISH_ROUTE)]),
])
def test_a_question_ending_in_that_is_not_the_event_in_focus(services: Services, lang, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("lang,turns", [
    ("es", [NOCHE_2027, ("qué tiempo suele hacer allá ese día?", "gap:*")]),
    ("en", [LATIN_2027, ("what's the weather normally like in Hengdian around that day?", "gap:*")]),
    ("zh", [("2027年还有拉丁电影之夜吗？哪天？", "event:latin_film_night_2027#date"), ("那几天横店天气一般怎么样？", "gap:*")]),
    ("ko", [("2027년에도 라틴 영화의 밤 하나요? 언제요?", "event:latin_film_night_2027#date"), ("그날 헝뎬 날씨는 보통 어때요?", "gap:*")]),
])
def test_the_weather_of_an_events_day_is_the_weather_gap(services: Services, lang, turns) -> None:
    talk(services, lang, turns)


SEOUL_VENUE = "event:korea_matchmaking_2027#venue"


@pytest.mark.parametrize("lang,turns", [
    ("es", [("el matchmaking de Seúl cuándo es?", "event:korea_matchmaking_2027#date"), ("y en qué zona de Seúl queda?", SEOUL_VENUE)]),
    ("en", [("when's the Seoul matchmaking?", "event:korea_matchmaking_2027#date"), ("which part of Seoul is it in?", SEOUL_VENUE)]),
    ("zh", [("首尔那个对接会什么时候？", "event:korea_matchmaking_2027#date"), ("在首尔哪个区？", SEOUL_VENUE)]),
    ("ko", [("서울 매칭 행사 언제예요?", "event:korea_matchmaking_2027#date"), ("서울 어디쯤에서 해요?", SEOUL_VENUE)]),
])
def test_which_part_of_the_events_city_is_its_venue(services: Services, lang, turns) -> None:
    talk(services, lang, turns)


AI_TOOLS = ["faq:ai_tools", "program:arc_system"]


@pytest.mark.parametrize("lang,text", [
    ("es", "me dijeron que por allá meten IA hasta pa escoger locaciones y vestuario, así nomás es?"),
    ("en", "heard you lot use AI even to pick locations and costumes, that right?"),
    ("zh", "听说你们连选景和服装都用AI？"),
    ("ko", "거기는 촬영지랑 의상 고르는 것까지 AI로 한다던데 진짜예요?"),
])
def test_a_machine_choosing_sets_is_the_ai_tools(services: Services, lang, text) -> None:
    talk(services, lang, [(text, AI_TOOLS)])


@pytest.mark.parametrize("lang,text", [
    ("es", "qué es la plataforma de cadena de suministro que montó la ZASME?"),
    ("en", "what's the digital supply-chain thing ZASME set up?"),
    ("zh", "ZASME搭的那个数字化供应链平台是什么"),
    ("ko", "ZASME가 만든 디지털 공급망 플랫폼이 뭐예요?"),
])
def test_a_programme_named_in_other_words_is_that_programme(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "program:digital_supply_chain_platform")])


def test_a_discounts_amount_is_still_a_price(services: Services) -> None:
    talk(services, "es", [("cuál es el monto del descuento?", "gap:*")])  # "monto" the noun, no "montó la"


COSTS = ["faq:costs", "incentive:ecosystem_and_costs"]


@pytest.mark.parametrize("lang,text", [
    ("zh", "在横店拍戏大概啥价位？外国剧组会不会挨宰"),
    ("en", "roughly what does a shoot over there set us back, are the prices fair or not?"),
    ("en", "will they rip us off because we're foreigners?"),
    ("ko", "거기서 찍으면 가격대가 어느 정도예요? 외국 팀이라고 바가지 쓰진 않겠죠?"),
])
def test_the_price_level_or_being_overcharged_is_the_costs_faq(services: Services, lang, text) -> None:
    talk(services, lang, [(text, COSTS)])


def test_a_sets_day_rate_stays_a_price(services: Services) -> None:
    talk(services, "zh", [("秦王宫包场一天多少钱", "gap:*")])


VIRTUAL = ["faq:virtual_production", "location:virtual_production"]


@pytest.mark.parametrize("lang,text", [
    ("zh", "全靠电脑生成布景的那种拍摄，你们那边能搞吗"),
    ("zh", "不搭实景、背景全用电脑做出来的拍法，横店有没有"),
    ("en", "can you do the thing where the whole set is computer generated?"),
    ("es", "se puede rodar con escenarios generados por computadora en vez de decorados reales?"),
    ("ko", "세트를 다 컴퓨터로 만들어서 찍는 방식 가능해요?"),
])
def test_sets_the_computer_makes_are_virtual_production(services: Services, lang, text) -> None:
    talk(services, lang, [(text, VIRTUAL)])


@pytest.mark.parametrize("lang,text", [
    ("es", "anotame a las noticias de Latinoamérica y en español porfa"),
    ("es", "apuntame a las novedades de Latinoamérica y en español"),
    ("en", "subscribe me to Latin America and Spanish news please"),
    ("ko", "중남미·스페인어권 소식 구독해 주세요"),
])
def test_the_spanish_news_topic_is_no_language_switch(services: Services, lang, text) -> None:
    reply = talk(services, lang, [(text, ["subscribe", "subscribe:latam_spanish_news"])])
    assert reply.lang == lang  # the topic's "en español" switched the chat's language


COMEDIES = ("tienen comedias?", "list:works?genre=comedy")
SECOND_COPRO = ("la segunda busca coproductor?", "work:work_palace_ratings_war#coproduction")
CATALOG_NEWS = ["subscribe", "subscribe:catalog_releases"]


@pytest.mark.parametrize("lang,turns", [
    ("es", [COMEDIES, SECOND_COPRO, ("avísenme cuando metan títulos nuevos al catálogo, porfa", CATALOG_NEWS)]),
    ("es", [COMEDIES, SECOND_COPRO, ("le agradecería que nos avise cuando entren obras nuevas al catálogo", CATALOG_NEWS)]),
    ("en", [("got any comedies?", "list:works?genre=comedy"),
            ("let me know whenever new titles land in the catalog", CATALOG_NEWS)]),
    ("ko", [("코미디 있어요?", "list:works?genre=comedy"), ("카탈로그에 새 작품 나오면 알려 주세요", CATALOG_NEWS)]),
])
def test_new_titles_asked_to_be_told_is_a_subscription(services: Services, lang, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("lang,text", [
    ("ko", "고려 왕 이름 순서대로 알려 주세요"),
    ("en", "what's the easiest way to memorise the order of the Qing emperors?"),
    ("es", "me ayudas a memorizar las dinastías chinas en orden para un examen?"),
    ("zh", "明朝皇帝的顺序怎么背比较快"),
])
def test_a_history_lesson_is_off_topic(services: Services, lang, text) -> None:
    talk(services, lang, [(text, ["out_of_scope", "fallback", "gap:*"])])


@pytest.mark.parametrize("lang,text,expect", [
    ("ko", "조선 시대 사극 찍을 세트 있어요?", ["faq:which_set", "list:locations"]),
    ("zh", "明朝的戏在哪个景拍", "list:locations?era=ming"),
])
def test_a_period_to_film_stays_ours(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)])


@pytest.mark.parametrize("lang,text,expect", [
    ("ko", "The Emperor's Clockmaker 관련해서는 누구랑 상의하면 돼요?", ["work:work_emperors_clockmaker", "contact:dalynn_studio"]),
    ("ko", "Mocap Jianghu 건은 어느 분이랑 얘기하면 되나요?", ["work:work_mocap_jianghu", "contact:vertical_short_drama_center"]),
    ("en", "who do I talk to about The Emperor's Clockmaker?", ["work:work_emperors_clockmaker", "contact:dalynn_studio"]),
])
def test_whom_to_talk_to_about_a_title_is_no_hand_off(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)])


def test_talking_to_the_person_in_charge_directly_is_still_a_hand_off(services: Services) -> None:
    talk(services, "ko", [("담당자분이랑 직접 얘기하고 싶어요", ["handoff", "handoff:*"])], fits=fits)


SHOOT_HOW = "incentive:shoot_request_procedure#how_to_apply"


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("촬영 지원 요청은 어떻게 넣나요? 무슨 정보를 보내야 해요?", SHOOT_HOW)]),
    ("ko", [("촬영 요청 절차 알려 주세요", SHOOT_HOW), ("어떤 정보 보내야 돼요?", SHOOT_HOW)]),
])
def test_what_to_send_with_a_request_is_how_to_apply(services: Services, lang, turns) -> None:
    talk(services, lang, turns)


def test_the_office_hours_of_a_titles_team_pick_no_title_named_time(services: Services) -> None:
    talk(services, "ko", [("SF 작품 있어요?", "list:works?genre=sci_fi"),
                          ("여섯 번째 거 어떤 언어로 나와요?", "work:work_mocap_jianghu#languages"),
                          ("그 작품 담당 부서 업무 시간은요?", "contact:vertical_short_drama_center#hours")])


QING = ("which sets work for a qing drama?", "list:locations?era=qing")
LAST_ERA = "location:yuanming_new_garden#era"
THIRD_ADDRESS = "location:ming_qing_folk_houses#address"


@pytest.mark.parametrize("lang,turns", [
    ("en", [QING, ("the last one, which period is it for?", LAST_ERA),
            ("最后那个适合哪个朝代？帮同事问的", LAST_ERA), ("cheers. and the third one, where is it exactly?", THIRD_ADDRESS)]),
    ("en", [QING, ("the last one, which period is it for?", LAST_ERA),
            ("最后那个是什么朝代的？我同事问的", LAST_ERA), ("right, the third one, where's that?", THIRD_ADDRESS)]),
    ("es", [("qué sets hay de la dinastía qing", "list:locations?era=qing"), ("el último, para qué época sirve?", LAST_ERA),
            ("lo pregunto por mi colega", ["smalltalk:*", "fallback", LAST_ERA, "list:*"]),
            ("y el tercero, dónde queda exactamente?", THIRD_ADDRESS)]),
])
def test_an_ordinal_after_an_items_card_still_picks_from_the_list(services: Services, lang, turns) -> None:
    talk(services, lang, turns, fits=fits)


def test_a_card_of_a_listed_item_keeps_the_list_to_pick_from() -> None:
    from intents.memory import Memory
    from intents.reply import Reply
    from intents.router import remember
    listed = ("location:a", "location:b", "location:c")
    before = Memory(items=listed, answer="list:locations?era=qing")
    card = Reply(text="…", lang="en", answer="location:c#era", items=["contact:x", "contact:y", "contact:z"])
    assert remember(before, card, "the last one's era? and who's the contact").items == listed
    other = Reply(text="…", lang="en", answer="list:contacts", items=["contact:x", "contact:y"])
    assert remember(before, other, "who are your contacts").items == ("contact:x", "contact:y")  # a new list replaces it


# From a tester's conversations (kinds, in fresh wordings).

ZH_COMEDIES = [("有喜剧吗", "list:works?genre=comedy"), ("第三部", "work:work_die_another_take")]
THIRD_COPRO = "work:work_die_another_take#coproduction"


@pytest.mark.parametrize("lang,turns", [
    ("zh", [*ZH_COMEDIES, ("那一部是哪個國家的合作方？", THIRD_COPRO)]),
    ("zh", [*ZH_COMEDIES, ("这部的合作方是哪个国家的？", THIRD_COPRO)]),
    ("ko", [("코미디 있어요?", "list:works?genre=comedy"), ("세 번째 거요", "work:work_die_another_take"),
            ("그 작품 협력사는 어느 나라예요?", THIRD_COPRO)]),
    ("en", [("got any comedies?", "list:works?genre=comedy"), ("the third one", "work:work_die_another_take"),
            ("that one's partner, which country are they from?", THIRD_COPRO)]),
])
def test_a_titles_partner_is_its_co_production_not_every_partner(services: Services, lang, turns) -> None:
    talk(services, lang, turns)


def test_the_alliances_partners_are_still_the_list(services: Services) -> None:
    talk(services, "zh", [("你们有哪些合作方？", "list:partners")])


@pytest.mark.parametrize("lang,turns", [
    ("en", [("which sets do you have for the Qing?", "list:locations?era=qing"), ("how long from Shanghai?", "faq:how_to_reach_hengdian")]),
    ("es", [("qué sets tienen para la dinastía qing?", "list:locations?era=qing"),
            ("y desde Shanghái cuánto se tarda?", "faq:how_to_reach_hengdian")]),
    ("ko", [("2027년에도 라틴 영화의 밤 하나요? 언제요?", "event:latin_film_night_2027#date"),
            ("상하이에서 얼마나 걸려요?", "faq:how_to_reach_hengdian")]),
])
def test_how_long_from_a_city_after_a_list_or_card_is_the_way_there(services: Services, lang, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("lang,turns,title", [
    ("en", [("got any comedies?", "list:works?genre=comedy"), ("the third one", "work:work_die_another_take"),
            ("I'd like to buy the rights to this one", ["gap:*", THIRD_COPRO])], "Die Another Take"),
    ("es", [("tienen comedias?", "list:works?genre=comedy"), ("la tercera", "work:work_die_another_take"),
            ("quiero comprar los derechos de esta", ["gap:*", THIRD_COPRO])], "Morir en cada toma"),
    ("zh", [*ZH_COMEDIES, ("我想买这部的版权", ["gap:*", THIRD_COPRO])], "横漂死了99次"),
    ("ko", [("코미디 있어요?", "list:works?genre=comedy"), ("세 번째 거요", "work:work_die_another_take"),
            ("이 작품 판권 사고 싶어요", ["gap:*", THIRD_COPRO])], "99번 죽는 남자"),
])
def test_buying_the_rights_of_the_title_in_focus_names_it(services: Services, lang, turns, title) -> None:
    reply = talk(services, lang, turns)
    assert title in reply.text


@pytest.mark.parametrize("lang,text,said", [
    ("en", "did the 2025 Latin Film Night actually happen?", "no confirmation that it took place"),
    ("es", "la noche de cine latino de 2025 al final se hizo?", "no consta que se haya realizado"),
    ("zh", "2025年的拉丁电影之夜最后办了吗？", "没有资料显示活动实际举行过"),
    ("ko", "2025년 라틴 영화의 밤은 결국 열렸어요?", "실제로 열렸는지는 확인된 바 없습니다"),
])
def test_a_proposal_whose_date_passed_is_said_so(services: Services, lang, text, said) -> None:
    reply = talk(services, lang, [(text, "event:latin_film_night#status")])
    assert said in reply.text


def test_the_venue_of_a_lapsed_proposal_says_its_date_passed(services: Services) -> None:
    reply = talk(services, "ko", [("라틴 영화의 밤은 온라인으로도 볼 수 있나요?", ["event:latin_film_night#venue", "gap:*"])])
    assert "실제로 열렸는지는 확인된 바 없습니다" in reply.text  # (after the 2027 edition's way to attend: fixp31a)


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "events next year we could attend online?", "list:events?year=2027&venue=online"),
    ("es", "qué eventos hay el año que viene a los que podamos asistir en línea?", "list:events?year=2027&venue=online"),
    ("zh", "明年有哪些可以线上参加的活动？", "list:events?year=2027&venue=online"),
    ("ko", "온라인으로 참여할 수 있는 행사 있어요?", "list:events?venue=online"),
])
def test_events_held_online_are_listed_with_the_filter_said(services: Services, lang, text, expect) -> None:
    reply = talk(services, lang, [(text, expect)])
    assert reply.items and all(item in ("event:latam_pitch_day_2027", "event:global_talent_info_session_2026")
                               for item in reply.items)


@pytest.mark.parametrize("text", ["지원 신청할 때 뭘 어떻게 보내야 해요?", "촬영 지원 받으려면 뭘 어떻게 보내면 되나요?"])
def test_what_to_send_and_how_is_how_to_apply(services: Services, text) -> None:
    talk(services, "ko", [(text, SHOOT_HOW)])


@pytest.mark.parametrize("text", ["밤에 찍으면 멋진 세트 있어요?", "밤에 찍기 좋은 데 있나요? 등불 켜진 거리 느낌으로요"])
def test_shooting_at_night_said_in_korean_is_a_night_scene(services: Services, text) -> None:
    talk(services, "ko", [(text, NIGHT_SETS)])
