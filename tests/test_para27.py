"""para27: answers86's paraphrases of last round's fixes, read at their cause. Each case the set
found (answers85's mistakes and play35's turns asked again in new words) and one more wording of
each kind:

- support with the shoot requested by a crew from abroad is the shoot request procedure, not
  whether foreign crews may film ("request your support with a shoot", "pedirles una mano con el
  rodaje", "solicitar asistencia en su filmación"); "the process by which … requests" is how to apply;
- stacked catalogue filters: "just those with Spanish", "邊幾套有韓文？" (which ones have a language,
  its version's noun dropped), Cantonese "淨係要有…" (only) narrow the titles list in view; a
  correction with a particle after the wrong one ("唔係呢套呀，另外嗰套") is the other one;
- acting without Chinese: "actuar en una serie china", "desconoce por completo el idioma",
  "중국 드라마에 배우로 나가" (foreign actors FAQ);
- an event sooner than the one in focus: "nothing closer than that?", "有沒有早一點的", "有冇近啲嘅活動",
  "太远了，下周有没有别的活动";
- who joined, said as 入会 / 入咗 or which bodies are its members: the members list;
- which set for a script, asked as how to determine it, as help judging it, or Cantonese not knowing
  which to pick: the which-set guide;
- a time asked "acá en Río Branco" / "en Puerto Montt": the town, not a riverside or harbour set;
- whom to deal with, an adverb between ("who exactly should I be speaking to at Dalynn Studio?");
- the set a title was shot on, named in the question ("¿y en qué set la filmaron?");
- back to a title by its genre alone ("back to the romance you chose a moment ago").
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk

PROCEDURE = ["incentive:shoot_request_procedure", "incentive:shoot_request_procedure#how_to_apply"]
ACTORS = ["faq:foreign_actors", "event:international_sets_casting_day_2027"]
INFO_SESSION = "event:global_talent_info_session_2026"


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "What's the procedure for a crew coming from abroad to request your support with a shoot?"),
    ("en", "Would you kindly explain the process by which an incoming production requests assistance with its filming?"),
    ("en", "Our team flies in from overseas: how do we request support with our shoot?"),
    ("es", "¿Cuál es el procedimiento para que una producción de fuera pida apoyo para su rodaje?"),
    ("es", "si venimos de afuera a filmar, ¿cómo hacemos para pedirles una mano con el rodaje?"),
    ("es", "Quisiera saber qué trámite debe seguir un equipo extranjero para solicitar asistencia en su filmación."),
    ("es", "Somos un equipo extranjero: ¿cómo solicitamos ayuda con el rodaje?"),
])
def test_support_with_the_shoot_requested_from_abroad_is_the_procedure(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, PROCEDURE)])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Can a foreign crew film in Hengdian?"),
    ("es", "un equipo extranjero puede rodar allá? qué trámites hay"),
])
def test_whether_a_foreign_crew_may_film_stays_the_filming_faq(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:can_foreign_crews_film")])


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("Could you show me your romance titles?", "list:works?genre=romance"),
            ("Just those with Spanish, please.", "list:works?genre=romance&language=es"),
            ("And of those, fewer than 85 episodes.", "list:works?genre=romance&language=es&episodes=lt85")]),
    ("en", [("any comedies?", "list:works?genre=comedy"),
            ("only the ones with Korean", "list:works?genre=comedy&language=ko")]),
    ("zh", [("有冇科幻片？", "list:works?genre=sci_fi"),
            ("淨係要有韓語版嘅", "list:works?genre=sci_fi&language=ko")]),
    ("zh", [("你哋有冇懸疑劇？", "list:works?genre=mystery"),
            ("邊幾套有韓文？", "list:works?genre=mystery&language=ko")]),
    ("zh", [("你们有爱情剧吗", "list:works?genre=romance"),
            ("哪几部有西语", "list:works?genre=romance&language=es")]),
])
def test_a_language_said_short_narrows_the_list_in_view(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("correction", ["唔係呢套呀，另外嗰套", "不是这部啦，另外那套"])
def test_a_correction_with_a_particle_is_the_other_one(services: Services, correction: str) -> None:
    talk(services, "zh", [("有冇科幻片？", "list:works?genre=sci_fi"),
                          ("淨係要有韓語版嘅", "list:works?genre=sci_fi&language=ko"),
                          ("再揀少過90集嘅", "list:works?genre=sci_fi&language=ko&episodes=lt90"),
                          ("邊套最短？", "work:work_ghost_in_the_volume#episodes"),
                          (correction, "work:work_garden_beneath_the_code")])


@pytest.mark.parametrize(("lang", "said"), [
    ("es", "mi abuela sueña con actuar en una serie china pero no habla nada de chino, ¿podría?"),
    ("es", "Un familiar de edad desea participar como actor en una producción china, aunque desconoce por completo el idioma. ¿Sería posible?"),
    ("es", "Mi padre quiere actuar en una serie china, pero no domina el chino. ¿Es posible?"),
    ("ko", "우리 이모가 중국 드라마에 배우로 나가 보고 싶대요. 중국어는 하나도 못 하는데 그래도 돼요?"),
    ("ko", "제 친구가 중국 드라마에 배우로 출연하고 싶어 하는데 중국어를 전혀 못 해요. 가능할까요?"),
])
def test_acting_without_chinese_is_the_foreign_actors_faq(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, ACTORS)])


@pytest.mark.parametrize(("lang", "opening", "sooner"), [
    ("en", "tell me about the pitch day for latin american producers", "nothing closer than that? like something next week"),
    ("en", "when's the latam pitch day", "anything nearer than that?"),
    ("zh", "拉美制片人线上推介会是哪天", "太远了，下周有没有别的活动"),
    ("zh", "請問拉丁美洲製片人的線上提案會是什麼時候？", "有沒有早一點的，像是下禮拜的？"),
    ("zh", "拉美監製嘅網上推介會幾時搞？", "有冇近啲嘅活動，下個禮拜嗰啲？"),
    ("zh", "拉美推介会什么时候", "太晚了，还有别的活动吗"),
])
def test_an_event_sooner_than_the_one_in_focus(services: Services, lang: str, opening: str, sooner: str) -> None:
    talk(services, lang, [(opening, "event:latam_pitch_day_2027"), (sooner, INFO_SESSION)])


@pytest.mark.parametrize("said", ["目前有哪些機構是HISDA的成員？", "联盟现在都有哪些单位入会了", "HISDA而家有邊啲公司入咗？",
                                  "哪些公司是联盟的成员？"])
def test_who_joined_is_the_members_list(services: Services, said: str) -> None:
    talk(services, "zh", [(said, "list:partners")])


@pytest.mark.parametrize("said", ["怎么入会", "哪些单位可以入会"])
def test_how_to_join_stays_joining(services: Services, said: str) -> None:
    talk(services, "zh", [(said, "faq:join_alliance")])


@pytest.mark.parametrize(("lang", "said"), [
    ("es", "El guion incluye una persecución por las calles y, más adelante, un palacio. ¿Cómo podemos determinar qué set se ajusta mejor?"),
    ("es", "El guion tiene una persecución callejera y después un palacio, ¿cómo determinamos qué set nos sirve?"),
    ("zh", "我哋個劇本有街頭追逐同宮殿嘅戲，唔知揀邊個景好，可唔可以幫手睇吓？"),
    ("zh", "本劇同時涉及街道追逐與宮廷場面，敬請協助判斷哪一處場景較為合適。"),
    ("zh", "剧本有码头和寺庙的戏，请帮忙判断一下哪个场景合适"),
])
def test_which_set_for_a_script_is_the_guide(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:which_set")])


@pytest.mark.parametrize("town", ["¿y a qué hora arranca para nosotros acá en Río Branco?",
                                  "¿a qué hora empieza eso acá en Puerto Montt?",
                                  "¿qué hora sería aquí en Playa del Carmen?"])
def test_a_time_asked_in_a_town_named_by_a_scene_word(services: Services, town: str) -> None:
    talk(services, "es", [("¿cuándo es el pitch day para productores latinoamericanos?", "event:latam_pitch_day_2027"),
                          (town, "event:latam_pitch_day_2027#date")])


def test_a_scene_word_alone_is_still_the_scene(services: Services) -> None:
    talk(services, "es", [("¿qué sets tienen con río?", "list:locations?scene=riverside")])


@pytest.mark.parametrize("said", ["Who exactly should I be speaking to over at Dalynn Studio?",
                                  "who actually would we be dealing with at Dalynn Studio?"])
def test_whom_to_deal_with_at_a_company_is_its_contact(services: Services, said: str) -> None:
    talk(services, "en", [(said, "contact:dalynn_studio#person")])


@pytest.mark.parametrize(("lang", "ask"), [("es", "¿y en qué set la filmaron?"), ("en", "which set did they film it on?")])
def test_the_set_a_title_was_shot_on(services: Services, lang: str, ask: str) -> None:
    talk(services, lang, [("Murder Along the River", "work:work_murder_along_the_river"),
                          (ask, "location:qingming_riverside")])


@pytest.mark.parametrize(("genre", "back"), [
    ("romance", "Back to the romance you chose a moment ago: is it available?"),
    ("romance", "going back to the romance you picked, is it available?"),
])
def test_back_to_a_title_by_its_genre(services: Services, genre: str, back: str) -> None:
    talk(services, "en", [(f"Could you show me your {genre} titles?", f"list:works?genre={genre}"),
                          ("Just those with Spanish, please.", f"list:works?genre={genre}&language=es"),
                          ("Which one is the shortest?", "work:work_face_in_clay#episodes"),
                          ("Tell me about Dream Valley.", "location:dream_valley"),
                          (back, "work:work_face_in_clay#coproduction")])
