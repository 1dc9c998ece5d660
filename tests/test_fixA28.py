"""fixA28: answers89's dialogue mistakes, fixed in the shared reading.

- A person asked for with a record or a team in view ("We would like to speak with a member of that
  team", "请为本会联系该团队的一位工作人员", "关于该作品，请安排一位工作人员与本会联系") is a hand-off, and
  its answer key names the team it went to (`handoff:<contact id>`); an expected bare `handoff`
  is met by a hand-off to any team.
- A set's fact asked with an event in focus ("what kind of scenes can you shoot there?" after the
  international sets' casting day): the set the event is held on, not the event again.
- A title's status asked formally ("其中第二部是否仍在制作？"); co-producing said "a medias" (no
  "Media casa de té"); camera operators "son peruanos" (a crew from abroad); "멤버로 받아 줘?"
  (joining).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff_words import asks_for_person
from intents.nlu.answers import matches
from tests.dialogue import fits, talk

QING_SETS = {"en": "Which of your sets represent the Qing dynasty?", "es": "¿Cuáles de sus sets representan la dinastía Qing?",
             "zh": "哪些场景表现的是清代？", "ko": "청나라를 배경으로 한 세트는 어디입니까?"}
ON_SITE = {"en": "What services can be arranged on site upon our arrival?",
           "es": "¿Qué servicios pueden gestionarse en el lugar a nuestra llegada?",
           "zh": "抵达后现场可以安排哪些服务？", "ko": "도착하면 현장에서 어떤 서비스를 받을 수 있습니까?"}


@pytest.mark.parametrize(("expected", "got", "ok"), [
    ("handoff", "handoff", True), ("handoff", "handoff:hisda_secretariat", True),
    ("handoff:hisda_secretariat", "handoff", False), ("handoff:hisda_secretariat", "handoff:dalynn_studio", False),
    ("handoff:dalynn_studio", "handoff:dalynn_studio", True), ("handoff", "handoffs", False),
])
def test_a_bare_handoff_expected_is_met_by_any_teams(expected: str, got: str, ok: bool) -> None:
    assert matches(expected, got) is ok


@pytest.mark.parametrize("text", [
    "We would like to speak with a member of that team, please.", "Could I speak to someone from that team?", "¿Me pone en contacto con alguien de ese equipo?",
    "请为本会联系该团队的一位工作人员。", "关于该作品，请安排一位工作人员与本会联系。", "烦请安排一位同事与敝司联系",
])
def test_a_person_of_that_team_is_asked_for(text: str) -> None:
    assert asks_for_person(text)


@pytest.mark.parametrize("text", ["我会联系你们的", "什么是本会", "We would like to know more about that team.",
                                  "me pone nervioso", "¿me pones en contacto con el catálogo?"])
def test_no_person_asked(text: str) -> None:
    assert not asks_for_person(text)


@pytest.mark.parametrize(("lang", "person"), [
    ("en", "We would like to speak with a member of that team, please."),
    ("en", "Could I speak to someone from that team?"),
    ("es", "Quisiéramos hablar con alguna persona de ese equipo, por favor."),
    ("es", "¿Me pone en contacto con alguien de ese equipo?"),
    ("zh", "请为本会联系该团队的一位工作人员。"),
    ("zh", "烦请安排一位同事与敝司联系。"),
    ("ko", "그 팀 담당자와 직접 통화하고 싶습니다."),
    ("ko", "그 팀 담당자분과 직접 이야기하고 싶어요."),
])
def test_a_person_after_the_on_site_services_is_their_team(services: Services, lang: str, person: str) -> None:
    reply = talk(services, lang, [(QING_SETS[lang], "list:locations?era=qing"), (ON_SITE[lang], "incentive:on_site_services"),
                                  (person, "handoff:international_business")])
    assert reply.handoff


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("Which science-fiction titles do you have?", "list:works?genre=sci_fi"),
            ("How many episodes does the last one have?", "work:*#episodes"),
            ("May I speak to a person about that title?", "handoff:vertical_short_drama_center")]),
    ("es", [("¿Qué títulos de ciencia ficción tienen?", "list:works?genre=sci_fi"),
            ("¿Cuántos episodios tiene el último?", "work:*#episodes"),
            ("¿Podríamos conversar con una persona sobre ese título?", "handoff:vertical_short_drama_center")]),
    ("zh", [("贵中心有哪些科幻作品？", "list:works?genre=sci_fi"), ("最后一部共有多少集？", "work:*#episodes"),
            ("关于该作品，请安排一位工作人员与本会联系。", "handoff:vertical_short_drama_center")]),
    ("ko", [("SF 작품은 어떤 것이 있습니까?", "list:works?genre=sci_fi"), ("마지막 작품은 몇 부작입니까?", "work:*#episodes"),
            ("그 작품에 관해 담당자와 직접 이야기하고 싶습니다.", "handoff:vertical_short_drama_center")]),
])
def test_a_person_about_the_title_in_view_is_its_team(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize(("lang", "email", "person"), [
    ("en", "whats the email for the secretariat", "can i talk to an actual person there"),
    ("en", "whats the email for the secretariat", "can I get a real human from there please"),
    ("es", "cual es el correo de la secretaria", "puedo hablar con una persona de verdad alli"),
    ("zh", "秘书处的邮箱是多少", "能跟真人聊聊不"),
    ("ko", "사무국 이메일 주소가 뭐예요?", "사람이랑 직접 얘기할 수 있어?"),
])
def test_a_person_after_the_secretariats_email_is_the_secretariat(services: Services, lang: str, email: str,
                                                                   person: str) -> None:
    talk(services, lang, [(email, "contact:hisda_secretariat#email"), (person, "handoff:hisda_secretariat")])


@pytest.mark.parametrize(("lang", "romance", "person"), [
    ("en", "what romance titles do you have?", "I'd like to talk to the person who handles the second one"),
    ("ko", "로맨스 작품 뭐 있어요?", "두 번째 작품 맡으신 분이랑 직접 얘기하고 싶어요"),
])
def test_a_person_for_the_title_picked_from_the_list_is_its_team(services: Services, lang: str, romance: str,
                                                                  person: str) -> None:
    talk(services, lang, [(romance, "list:works?genre=romance"), (person, "handoff:dalynn_studio")])


def test_a_person_with_nothing_in_view_goes_to_the_general_desk(services: Services) -> None:
    # (the set's old key still fits: a bare "handoff" expected is met by any team's)
    talk(services, "en", [("can I talk to an actual human please", ["handoff:international_business"])])
    talk(services, "en", [("can I talk to an actual human please", "handoff")])


CASTING = {"en": ("Are the international sets finished yet?", "When's the casting day there?"),
           "es": ("¿Ya terminaron los sets internacionales?", "¿Cuándo es el día de casting ahí?"),
           "zh": ("國際化實景拍攝場景蓋好了沒？", "選角日是什麼時候？"),
           "ko": ("해외 배경 실감 세트는 다 지었어예?", "거기 캐스팅 데이는 언제라예?")}


@pytest.mark.parametrize(("lang", "scenes", "eras"), [
    ("en", "What kind of scenes can you shoot there?", "And what eras can they pass for?"),
    ("en", "What scenes could we film there?", "Which periods can it stand in for?"),
    ("es", "¿Qué tipo de escenas se pueden grabar ahí?", "¿Y qué épocas pueden representar?"),
    ("zh", "那邊可以拍哪些場景？", "可以當成哪些年代？"),
    ("zh", "那里能拍什么场景？", "能拍哪些年代的戏？"),
    ("ko", "거서는 어떤 장면 찍을 수 있어예?", "어느 시대 배경으로 쓸 수 있어예?"),
])
def test_a_sets_fact_after_its_event_is_the_sets(services: Services, lang: str, scenes: str, eras: str) -> None:
    status, casting = CASTING[lang]
    talk(services, lang, [(status, "location:international_sets#status"),
                          (casting, "event:international_sets_casting_day_2027#date"),
                          (scenes, "location:international_sets#scene_types"), (eras, "location:international_sets#eras")])


def test_the_events_own_fact_stays_the_events(services: Services) -> None:
    talk(services, "en", [("When's the casting day at the international sets?", "event:international_sets_casting_day_2027#date"),
                          ("Where is it held?", "event:international_sets_casting_day_2027*")], fits=fits)


@pytest.mark.parametrize(("lang", "turns"), [
    ("zh", [("贵中心有哪些科幻作品？", "list:works?genre=sci_fi"), ("其中第二部是否仍在制作？", "work:*#coproduction")]),
    ("zh", [("贵中心有哪些科幻作品？", "list:works?genre=sci_fi"), ("第三部是否还在开发？", "work:*#coproduction")]),
])
def test_a_titles_status_asked_formally(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("coproduce", ["y si quisieramos meternos a producir una asi a medias con vosotros?",
                                       "¿y si quisiéramos producir una a medias con ustedes?"])
def test_producing_one_a_medias_is_co_producing(services: Services, coproduce: str) -> None:
    talk(services, "es", [("teneis series de misterio?", "list:works?genre=mystery"),
                          ("la tercera de esas, cuanto duran los capitulos", "work:*#episode_minutes"),
                          ("ya esta terminada o la estan rodando todavia", "work:*#coproduction"),
                          (coproduce, "faq:coproduce_catalog_title")], fits=fits)


@pytest.mark.parametrize("crew", ["Todos nuestros operadores de cámara son peruanos. ¿Se les permitiría trabajar en ese set?",
                                  "Nuestros técnicos son colombianos, ¿pueden trabajar en ese set?"])
def test_camera_operators_of_another_nationality_are_a_crew_from_abroad(services: Services, crew: str) -> None:
    talk(services, "es", [("¿Cuáles de sus sets representan la dinastía Qing?", "list:locations?era=qing"),
                          ("Mucho le estimaríamos nos indique la dirección del primero.", "location:*#address"),
                          (crew, "faq:can_foreign_crews_film")], fits=fits)


@pytest.mark.parametrize("join", ["래프팅 유튜버도 멤버로 받아 줘?", "캠핑 채널도 멤버 될 수 있어?"])
def test_taken_in_as_a_member_is_joining(services: Services, join: str) -> None:
    talk(services, "ko", [("강가 편의점에 HISDA 포스터 붙어 있던데 그거 뭐야", ["faq:what_is_hisda", "program:hisda"]),
                          (join, "faq:join_alliance")])
