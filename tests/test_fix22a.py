"""Kinds of answers22's actions and memory (fix22a):

- an action in words ("set a reminder", "put it in my calendar") when the record in focus is a
  programme whose session was talked about just before, or a programme's card alone: that
  session, not the list of events to pick from; "下个活动" (no 一) is the one next event;
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

SESSION = "event:global_talent_info_session_2026"


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("when's your next event?", SESSION), ("and what is the Global Talent Program?", "program:global_talent_program"),
            ("ping me the day before it", SESSION)]),
    ("es", [("¿y el evento que sigue?", SESSION), ("¿de qué se trata el Programa Global de Talento?", "program:global_talent_program"),
            ("avísame un día antes de que empiece", SESSION)]),
    ("zh", [("下个活动啥时候办", [SESSION, SESSION + "#date"]), ("全球人才计划是干嘛的", "program:global_talent_program"),
            ("帮我设个提醒", SESSION)]),
    ("ko", [("다음 행사 언제예요?", SESSION), ("글로벌 인재 프로그램이 뭔가요?", "program:global_talent_program"),
            ("전날에 알림 주세요", SESSION)]),
    # the programme's card alone: its next session
    ("en", [("tell me about the Global Talent Program", "program:global_talent_program"),
            ("add it to my calendar", SESSION)]),
])
def test_action_on_the_programme_in_focus_is_its_session(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("said", ["下个活动是什么呀", "你们下次活动是哪个"])
def test_zh_next_event_without_yi_is_one_event(services: Services, said: str) -> None:
    talk(services, "zh", [(said, [SESSION, SESSION + "#date"])])


# - a hand-off in words that names a team ("have your international business people contact us",
#   "pásame con la secretaría", "让秘书处那边的人联系我", "사무국 분이 저한테 연락 주시면"): a hand-off
#   to that team, not its contact card nor a partner's card;
@pytest.mark.parametrize(("lang", "said", "team"), [
    ("en", "Could you ask someone from your international business department to get back to me?", "international_business"),
    ("en", "please have the HISDA secretariat contact us", "hisda_secretariat"),
    ("es", "¿me pasas con la secretaría de la alianza?", "hisda_secretariat"),
    ("es", "comunícame con el centro de microdramas", "vertical_short_drama_center"),
    ("zh", "让秘书处那边的人尽快联系我们", "hisda_secretariat"),
    ("zh", "我想找国际业务部的负责人谈谈", "international_business"),
    ("ko", "Dalynn 스튜디오 쪽 담당자분이 저한테 연락 주셨으면 해요", "dalynn_studio"),
    ("ko", "국제사업부 분이 저희한테 전화 주시면 좋겠어요", "international_business"),
])
def test_handoff_naming_a_team_goes_to_that_team(services: Services, lang: str, said: str, team: str) -> None:
    reply = talk(services, lang, [(said, "handoff")])
    assert team in reply.text or reply.handoff == team, (reply.handoff, reply.text)


# - a subscription in words ("please inform us when new series come out", "tenme al día de los
#   eventos nuevos": "al día" is no price per day here): that topic switched on, also when the
#   topic is said only as "new titles", not the works list nor a gap;
@pytest.mark.parametrize(("lang", "said", "topic"), [
    ("en", "Kindly inform me when new series are added", "Catalog releases"),
    ("en", "email us whenever you add new dramas", "Catalog releases"),
    ("es", "tenme al día de los eventos nuevos", "Eventos"),
    ("es", "mantennos al día con los incentivos nuevos, porfa", "Incentivos"),
    ("es", "avísanos cuando salgan obras nuevas", "Novedades del catálogo"),
    ("zh", "有新剧上架就通知我", "片单上新"),
    ("ko", "새 작품 나오면 알려 주세요", "카탈로그 신작"),
])
def test_subscription_in_words_switches_the_topic_on(services: Services, lang: str, said: str, topic: str) -> None:
    reply = talk(services, lang, [(said, ("subscribe", "subscribe:*"))], fits=fits)
    assert reply.text.startswith("✅") and topic in reply.text.split("\n")[0], reply.text


# - who to talk to about a work, in Korean said with 어디 ("어디랑 얘기하면", "어디에 문의해요"): the
#   work's contact, not a set's address ("어디" is no place here) nor a hand-off;
@pytest.mark.parametrize(("lang", "turns"), [
    ("ko", [("광저우 야상곡 어디에 문의해요?", "contact:international_business")]),
    ("ko", [("광저우 야상곡은 어디와 연락하면 될까요?", "contact:international_business")]),
    ("ko", [("코미디 작품 뭐 있나요?", "list:works?genre=comedy"), ("첫 번째 작품은 어디랑 상의하면 돼요?", "contact:dalynn_studio")]),
    ("en", [("any comedies in the catalog?", "list:works?genre=comedy"), ("who should I contact about the first one?", "contact:dalynn_studio")]),
    ("es", [("¿con quién hablo por Nocturno en Cantón?", "contact:international_business")]),
    ("zh", [("羊城夜曲这部跟谁对接", "contact:international_business")]),
])
def test_whom_to_talk_to_about_a_work_is_its_contact(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


def test_where_in_korean_still_asks_the_venue(services: Services) -> None:
    talk(services, "ko", [("다음 행사 뭐예요?", SESSION), ("어디서 해요?", [SESSION + "#venue", SESSION + "#location"])])


# - a kind of scene said in the Spanish plural ("jardines", "murallas") filters the sets, so the
#   ordinals after it pick from that list; "the third one" after a language switch in the
#   message is the third of the list, not the record in focus.
@pytest.mark.parametrize(("said", "scene"), [
    ("¿cuáles sets cuentan con jardines?", "garden"),
    ("¿hay sets con jardines clásicos?", "garden"),
    ("¿qué sets tienen murallas?", "city_wall"),
])
def test_spanish_plural_scene_filters_the_sets(services: Services, said: str, scene: str) -> None:
    talk(services, "es", [(said, f"list:locations?scene={scene}")])


def test_ordinal_after_spanish_plural_list(services: Services) -> None:
    talk(services, "es", [("¿cuáles sets cuentan con jardines?", "list:locations?scene=garden"),
                          ("el tercero, ¿qué escenas se pueden rodar ahí?", "location:yuanming_new_garden#scene_types"),
                          ("¿y el primero dónde queda?", ["location:ming_qing_palace#address", "location:ming_qing_palace#location"])])


def test_ordinal_in_a_language_switch_is_the_list_item(services: Services) -> None:
    talk(services, "es", [("¿qué sets tienen jardines?", "list:locations?scene=garden"),
                          ("el segundo, ¿qué épocas abarca?", "location:huaxia_culture_park#eras"),
                          ("in English please: the third one, which scenes does it suit?",
                           "location:yuanming_new_garden#scene_types")])


# - an ordinal asking a fact only the titles have ("¿la cuarta en qué idiomas está?") after the
#   sets listed under a FAQ answer that came between: the fourth title, not the fourth set.
@pytest.mark.parametrize(("lang", "turns"), [
    ("es", [("¿tienen series de ciencia ficción?", "list:works?genre=sci_fi"),
            ("¿y algún estudio con una pantalla LED gigante de fondo para escenas espaciales?", "*"),
            ("¿la cuarta en qué idiomas viene?", "work:work_grandma_2_0#languages"),
            ("¿se puede licenciar?", "work:work_grandma_2_0#coproduction")]),
    ("ko", [("SF 작품 있어요?", "list:works?genre=sci_fi"),
            ("배경이 큰 LED 화면인 스튜디오 있어요? 우주 장면 찍으려고요", "*"),
            ("네 번째 작품은 무슨 언어로 돼 있어요?", "work:work_grandma_2_0#languages")]),
])
def test_ordinal_fact_of_the_list_before_a_faq_list(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)
