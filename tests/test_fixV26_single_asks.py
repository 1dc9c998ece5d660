"""Kinds of answers85's single questions (fixV26), in the four languages where they apply:

- a place no set can be (the moon, space) with screens or compositing named as the way to film it:
  virtual production ("la comparsa" a carnival troupe, no comparison);
- acting in a Chinese drama wished for someone of the partner's who has no Chinese: the
  foreign-actors FAQ (the acting is the ask, the language its circumstance);
- membership asked formally or indirectly (회원 자격, 会员资格, condición de miembro, the door open to
  the partner's circle): joining; who has joined already: the members; wanting into a named
  programme: that programme;
- how a production, said in the third person, applies or must proceed for support with a shoot:
  the shoot request procedure;
- which set for a script with several scenes, asked as how to know or as not knowing which to
  pick: the which-set guide (a siege's sets stay their list);
- whether those who film must be Chinese: whether foreign crews can film;
- a country's adjective or its Korean/Chinese name as the zone times are wished in: the zone set;
- "who's the actual person to talk to at X": X's contact (its named person).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "we'd love to film our choir singing on the moon, maybe with screens or something, do you do that?"),
    ("es", "queremos grabar la comparsa bailando en la luna, capaz que con pantallas, ¿ustedes tienen eso?"),
    ("zh", "想拍我们乐队在月球上演奏的画面，用屏幕合成能行吗"),
    ("ko", "우리 밴드가 달 위에서 연주하는 장면 찍고 싶은데 스크린으로 가능해요?"),
])
def test_an_unbuildable_place_with_screens_named_is_virtual_production(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, ["faq:virtual_production", "location:virtual_production"])])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "my uncle wants to act in a Chinese drama but he doesn't speak any Chinese, is that possible?"),
    ("es", "mi prima quisiera actuar como actriz en una serie china pero no habla nada de chino, ¿es posible?"),
    ("zh", "我舅舅想在中国的剧里当演员，可是一句中文都不会，行吗"),
    ("ko", "저희 이모가 중국 드라마에 출연해 보고 싶어 하는데 중국어를 전혀 몰라요 가능할까요?"),
])
def test_acting_wished_without_chinese_is_the_foreign_actors_faq(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:foreign_actors")])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Could our potters' guild obtain membership of HISDA, and how?"),
    ("es", "¿Podría indicarme cómo obtiene una asociación de artesanos la condición de miembro de la HISDA?"),
    ("zh", "请问我们这样的小剧团如何取得联盟的会员资格？"),
    ("ko", "저희 사진가 협회도 연맹의 회원 자격을 취득할 수 있을지 절차를 알고 싶습니다."),
])
def test_membership_standing_asked_formally_is_joining(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:join_alliance")])


@pytest.mark.parametrize(("lang", "turns"), [
    ("ko", ["HISDA가 뭐예요?", "목공예 동호회인 우리한테도 문이 열려 있나요? 어떤 서류가 필요해요?"]),
    ("en", ["what is HISDA?", "is the door open to a guild like ours, and what documents would we send?"]),
])
def test_the_door_open_to_the_partners_circle_is_joining(services: Services, lang: str, turns: list[str]) -> None:
    talk(services, lang, [(turns[0], ["faq:what_is_hisda", "program:hisda"]), (turns[1], "faq:join_alliance")])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "which companies have already joined HISDA?"),
    ("es", "¿qué empresas ya se unieron a la HISDA?"),
    ("zh", "目前哪些机构加入你们了"),
    ("zh", "哪些公司已经加入联盟了？"),
    ("ko", "HISDA에 벌써 가입한 회사는 어디예요?"),
])
def test_who_has_joined_is_the_members(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "list:partners")])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "what's the Global Talent Program? my niece would love to join"),
    ("es", "cuéntame del Programa Global de Talento, mi sobrina quiere entrar"),
    ("zh", "介绍一下全球人才计划吧，我表妹想加入"),
    ("ko", "글로벌 인재 프로그램 좀 알려줘, 사촌동생이 들어가고 싶대"),
])
def test_wanting_into_a_named_programme_is_that_programme(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "program:global_talent_program")])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Please explain how an overseas production requests support for a shoot."),
    ("es", "¿Cómo tiene que proceder un equipo de fuera para pedir apoyo con un rodaje?"),
    ("zh", "外地来的剧组应当如何申请拍摄协助？"),
])
def test_how_a_production_applies_for_shoot_support_is_the_procedure(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, ["incentive:shoot_request_procedure#how_to_apply", "incentive:shoot_request_procedure"])])


@pytest.mark.parametrize(("lang", "said", "expect"), [
    ("en", "our script has a rooftop chase and then a throne room scene, how do we figure out which set works for us?", "faq:which_set"),
    ("es", "nuestro guion tiene una pelea en un mercado y luego un salón del trono, ¿cómo hacemos para saber qué decorado elegir?", "faq:which_set"),
    ("zh", "剧本里有集市打斗还有皇宫的戏，不知道该选哪个场景", "faq:which_set"),
    ("ko", "대본에 시장 골목 추격전이랑 궁궐 장면이 있는데 어떤 세트를 골라야 할지 어떻게 정해요?", "faq:which_set"),
    # (the sets of one kind of scene asked stay their list)
    ("en", "which set suits a siege?", "list:locations?scene=battlefield"),
])
def test_choosing_a_set_for_a_script_of_several_scenes_is_the_guide(services: Services, lang: str, said: str, expect: str) -> None:
    talk(services, lang, [(said, expect)])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "can a band from Fiji shoot there or does it have to be Chinese?"),
    ("es", "una banda de Canarias puede grabar allá o tienen que ser chinos?"),
    ("zh", "我们斐济的乐队能去拍吗，还是必须是中国团队？"),
    ("ko", "피지에서 온 밴드도 거기서 찍을 수 있어요, 아니면 중국 팀이어야 해요?"),
])
def test_whether_those_filming_must_be_chinese_is_foreign_crews(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:can_foreign_crews_film")])


@pytest.mark.parametrize(("lang", "said", "city"), [
    ("en", "I'd like every schedule in Venezuelan time please", "Caracas"),
    ("es", "queremos ver las fechas en hora argentina de aquí en adelante", "Buenos Aires"),
    ("es", "quiero ver todos los horarios en hora paraguaya", "Asunción"),
    ("zh", "以后时间都按智利时间显示吧", "圣地亚哥"),
    ("ko", "앞으로는 칠레 시간으로 보여줘", "산티아고"),
])
def test_a_countrys_clock_named_sets_the_zone(services: Services, lang: str, said: str, city: str) -> None:
    reply = talk(services, lang, [(said, "pref:timezone")])
    assert f"<b>{city}</b>" in reply.text, reply.text


@pytest.mark.parametrize("said", [
    "who's the actual person to talk to at Dalynn Studio, please?",
    "Who is the right person to contact at Dalynn Studio?",
])
def test_the_actual_person_to_talk_to_is_the_contact(services: Services, said: str) -> None:
    talk(services, "en", [(said, "contact:dalynn_studio#person")])
