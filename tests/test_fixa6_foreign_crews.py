"""fixA6: foreign crews, entry papers, foreign actors, the way here and the languages served.

- someone writing to the bot in a language, asked whether that works ("can my line producer
  message you in Spanish?", "그분이 영어로 메시지 보내도 답변 받을 수 있나요?"): the languages FAQ,
  not a switch of the reply language (a real request to be answered in one still switches);
- a small crew said with where it comes from ("three of us out of Galway", "somos tres de
  Valparaíso", "从墨西哥城过去", "멕시코 조명팀") asking whether it may shoot, or whether the sets are
  kept for Chinese crews: the filming FAQ (its headcount is no sign-up, a drone carried is no
  permit asked; a drone permit asked stays the honest gap);
- papers to go and film there ("papeles de ingreso", "중국 갈 때 필요한 서류"): the visa FAQ, also
  where the people needing them are named ("两个法国灯光师");
- foreign faces in slang or singular ("gweilo actors", "un actor europeo"), or foreign extras for a
  scene set in a hotel: the foreign-actors FAQ, not on-site services nor a hotel gap;
- the airport to enter through: the way here, not the visa; an airport beside services asked
  answers the way here first.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import ask


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "could my line producer just message you in Spanish? his English is rusty"),
    ("en", "my director only reads Korean, would it be ok if she writes to the bot in Korean?"),
    ("es", "¿mi productor te puede escribir en inglés o tiene que ser en español?"),
    ("es", "oye, ¿se puede escribirte en coreano? mi codirectora no habla español"),
    ("zh", "我同事想用英文跟你聊，可以吗"),
    ("zh", "我们导演是韩国人，他用韩语问你问题可以吗？"),
    ("ko", "저희 감독님이 영어로 메시지 보내도 답변 받을 수 있나요?"),
    ("ko", "중국 쪽 파트너가 중국어로 직접 문의해도 되나요?"),
])
def test_writing_to_the_bot_in_a_language_is_the_languages_faq(services: Services, lang: str, text: str) -> None:
    assert lexicon.language_request(text)[0] is None
    assert ask(services, lang, text).answer == "faq:languages"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "reply in Korean please"),
    ("es", "respóndeme en inglés por favor"),
    ("zh", "用英文回复我吧"),
    ("ko", "영어로 답해 주세요"),
])
def test_a_request_to_be_answered_in_a_language_still_switches(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "pref:language"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we're a three-person crew out of Galway with one camera, would the studios let us film a short there?"),
    ("en", "we're five from Lagos, is Hengdian only for Chinese productions or can we shoot there too?"),
    ("es", "somos tres de Valparaíso con una cámara, ¿nos dejarían rodar en los estudios?"),
    ("es", "¿los estudios son solo para productoras chinas o nos reciben a nosotros también? venimos de Quito"),
    ("zh", "我们三个人从墨西哥城过去，就带一台相机，横店会让我们拍吗？"),
    ("zh", "横店是不是只给国内的剧组用？我们是越南来的团队"),
    ("ko", "저희 멕시코 조명팀 세 명인데 헝뎬에서 촬영 가능할까요?"),
    ("ko", "헝뎬은 국내 제작사만 받나요? 저희는 칠레 팀입니다"),
])
def test_a_small_crew_from_elsewhere_asking_to_shoot_is_the_filming_faq(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "faq:can_foreign_crews_film"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "do you need a permit to fly a drone over the sets?"),
    ("es", "¿qué permiso necesito para volar un dron en los sets?"),
    ("zh", "无人机航拍要审批吗？"),
    ("ko", "드론 촬영 허가는 어떻게 받아요?"),
])
def test_a_drone_permit_asked_stays_the_honest_gap(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer.startswith("gap:")


def test_a_headcount_beside_a_shoot_allowed_is_no_signup() -> None:
    assert lexicon.gap_topic("there's 4 of us, would they let us shoot a short?") != "signup"
    assert lexicon.gap_topic("sign us up for the casting day, 3 of us") == "signup"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "our DP is Brazilian, what entry papers does he need for China?"),
    ("es", "nuestro sonidista es argentino, ¿qué papeles de ingreso le piden para trabajar allá?"),
    ("zh", "我们剧组有两个法国灯光师，进中国之前要办什么手续？"),
    ("ko", "스태프들이 중국에 촬영하러 가려면 어떤 준비 서류가 필요한가요?"),
    ("ko", "저희 촬영감독이 브라질 국적인데 중국 들어갈 때 필요한 서류가 뭔가요?"),
])
def test_papers_to_go_and_film_there_are_the_visa(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "faq:visa"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "any gweilo actors around Hengdian for a small part? need two"),
    ("en", "we need a white actress for the mother role, can we find one locally or do we fly her in?"),
    ("es", "para el rol del cónsul buscamos un actor europeo, ¿se consigue allá?"),
    ("es", "ocupamos unos extras güeros pa una escena de hotel, ¿allá se consiguen?"),
    ("zh", "酒店的戏要几个外国群演，当地能找到吗？"),
    ("ko", "식당 장면에 외국인 엑스트라 몇 명 필요해요. 거기서 구할 수 있나요?"),
])
def test_foreign_faces_asked_are_the_foreign_actors_faq(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "faq:foreign_actors"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "which airport should we enter China through to get to Hengdian fastest?"),
    ("es", "¿por qué aeropuerto conviene entrar a China para llegar a Hengdian?"),
    ("zh", "我们从首尔飞，在哪个机场入境最方便去横店？"),
    ("ko", "헝뎬에서 제일 가까운 공항은 어디예요? 장비 실을 차량도 마련해 주실 수 있나요?"),
    ("en", "what's the closest airport to the lots? and can someone there sort a van for our gear?"),
])
def test_the_airport_to_land_at_is_the_way_here(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "faq:how_to_reach_hengdian"


def test_papers_at_the_airport_stay_the_visa(services: Services) -> None:
    assert ask(services, "ko", "입국할 때 공항에서 어떤 서류 보여줘야 해요?").answer == "faq:visa"


def test_a_crew_asking_of_the_sets_in_focus_gets_the_filming_faq(services: Services) -> None:
    reply = ask(services, "en", "which of your sets have gardens?", "the first one, what's the address?",
                "could a Mexican camera crew work in those sets, or are they kept for Chinese productions?")
    assert reply.answer == "faq:can_foreign_crews_film"
