"""The read sets' leftovers of round 18 by kind (fixC11), in this file's own wordings:

- the sign-up gap ("I can't register or book for you") is a place or a booking the International
  Business team arranges; a set to choose said with "book", a company signing on with us, and a
  crew whose headcount is said beside whether it may shoot are none;
- crews from abroad and foreign actors in Cantonese, Hokkien and Korean words (片場肯唔肯接,
  請阿兜仔來演, 중국 회사 아닌 데서 찍으러 가도 받아주는지), and a city in the crew's own description;
- AI's use asked of the place in focus; pitching asked as presenting co-productions; the
  Spanish-language reach of what is shot here; "is having" of a set picked; the Tang dynasty by
  its court in Korean; who runs it all; the partner's own few people (几个 = a few); titles asked
  "any?" with a language while a partner is in focus; the folk houses said by their dynasties;
  the partner's own writing asked of the bot.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import ask
from tests.dialogue import talk_patterns as talk


@pytest.mark.parametrize("text", [
    "our samurai-era piece needs a big castle courtyard, which lot should we reserve?",
    "para un policial de los años 30, ¿qué plató conviene reservar?",
    "拍民国谍战戏，该预订哪个片场？",
    "무협 사극인데 어느 세트장을 예약하는 게 맞아요?",
    "we're a two-person studio, could we sign on with you?",
    "somos una productora de Quito, ¿nos podemos inscribir con ustedes?",
])
def test_set_choice_and_joining_are_no_booking(text: str) -> None:
    assert lexicon.gap_topic(text) != "signup"


@pytest.mark.parametrize("text", [
    "sign us up for the casting day, 4 people",
    "¿me inscribes en la jornada de pitch? somos 3 personas",
    "帮我们报名选角日，三个人",
    "캐스팅 데이 참가 신청 부탁해요, 세 명이에요",
])
def test_a_place_at_an_event_stays_the_signup(text: str) -> None:
    assert lexicon.gap_topic(text) == "signup"


@pytest.mark.parametrize("lang,say,expect", [
    ("en", "we doing a Tang court romance, silk robes and all, which backlot we should reserve", "faq:which_set"),
    ("en", "tiny two-person studio here, could we sign on with you?", "faq:join_alliance"),
    ("es", "somos una productora chiquita de Cuenca, ¿nos podemos inscribir con ustedes?", "faq:join_alliance"),
    ("zh", "我们剧组8个人都是外国籍，能进片场拍吗？", "faq:can_foreign_crews_film"),
    ("ko", "우리 크루 7명 모두 외국 국적이에요. 오픈 세트에서 슛 해도 돼요? 조명은 부산에서 챙겨 가요", "faq:can_foreign_crews_film"),
])
def test_the_three_lost_kinds(services: Services, lang, say, expect) -> None:
    assert ask(services, lang, say).answer == expect


@pytest.mark.parametrize("lang,say,expect", [
    ("zh", "我們是新加坡來的海外劇組，那邊片場肯不肯收？", "faq:can_foreign_crews_film"),
    ("zh", "我哋係澳門以外嘅海外團隊，嗰邊片場肯唔肯接？", "faq:can_foreign_crews_film"),
    ("ko", "중국 업체가 아닌 베트남 팀인데 촬영하러 가면 스튜디오에서 받아 줘요?", "faq:can_foreign_crews_film"),
    ("zh", "橫店啲劇組會唔會請鬼佬做演員？", "faq:foreign_actors"),
    ("zh", "那邊拍戲會請阿兜仔來客串嗎？", "faq:foreign_actors"),
])
def test_foreign_crews_and_actors_in_dialect(services: Services, lang, say, expect) -> None:
    assert ask(services, lang, say).answer == expect


@pytest.mark.parametrize("lang,first,then", [
    ("en", "is there an open day at the virtual stage?", "and over there do machines help out with writing the scripts?"),
    ("es", "¿hay jornada de puertas abiertas del plató virtual?", "¿y allá usan máquinas pa' ayudar con los guiones?"),
    ("zh", "虚拟制片影棚有开放日吗？", "那边拍戏会用机器帮忙写剧本吗？"),
    ("ko", "버추얼 스튜디오 오픈 데이 있어요?", "거기선 기계가 대본 쓰는 것도 도와줘요?"),
])
def test_ai_use_asked_of_the_place_in_focus(services: Services, lang, first, then) -> None:
    talk(services, lang, [(first, "event:virtual_stage_open_day_2027*"), (then, "faq:ai_tools")])


@pytest.mark.parametrize("lang,say", [
    ("en", "is there any place where producers from Latin America can present co-productions?"),
    ("es", "¿existe algún espacio para que productoras de Chile presenten sus coproducciones?"),
    ("ko", "중남미 제작사가 공동제작 기획을 발표할 수 있는 자리가 있나요?"),
])
def test_presenting_co_productions_is_the_pitch_day(services: Services, lang, say) -> None:
    assert ask(services, lang, say).answer == "event:latam_pitch_day_2027"


@pytest.mark.parametrize("lang,say", [
    ("en", "what gets shot over there, does it ever reach audiences in Peru or does it stay in China?"),
    ("es", "y lo que se filma allá, ¿se puede ver en Colombia o nomás en China?"),
    ("zh", "那边拍出来的短剧，智利观众能看到吗？"),
    ("ko", "거기서 찍은 작품이 칠레에서도 방영되나요?"),
])
def test_reach_of_what_is_shot_here(services: Services, lang, say) -> None:
    assert ask(services, lang, say).answer == "faq:spanish_distribution"


def test_is_having_of_the_set_picked(services: Services) -> None:
    talk(services, "en", [("Kindly share the sets having garden scenes", "list:locations?scene=garden"),
                          ("Second one is having palace scenes or not?", "location:huaxia_culture_park#scene_types")])


@pytest.mark.parametrize("say", ["당 황실 궁중 로맨스인데 어디서 촬영하면 돼요?", "당 태종 때 이야기라 세트를 어디로 잡아야 할지 모르겠어요"])
def test_tang_by_its_court_in_korean(services: Services, say) -> None:
    assert ask(services, "ko", say).answer == "faq:which_set"


@pytest.mark.parametrize("lang,say", [
    ("en", "who runs all this, a company or the government?"),
    ("es", "oye, ¿quién maneja los hilos de todo esto? ¿una empresa o el gobierno?"),
    ("zh", "这个联盟是公司还是政府搞的？"),
    ("ko", "이거 다 누가 운영해요? 회사예요, 정부예요?"),
])
def test_who_runs_it_is_the_alliance(services: Services, lang, say) -> None:
    assert ask(services, lang, say).answer == "faq:what_is_hisda"


def test_our_few_people_are_no_count() -> None:
    assert lexicon.gap_topic("我们公司几个编剧都不会说中文，你们那边有会英语的人对接吗？") != "count"
    assert lexicon.gap_topic("横店有几个群演？") == "count"


@pytest.mark.parametrize("lang,first,then", [
    ("en", "who is Reel-K?", "any shows in Korean?"),
    ("es", "¿quién es Reel-K?", "¿hay series en coreano?"),
    ("zh", "Reel-K是谁？", "有韩语的作品吗？"),
    ("ko", "릴케이뭐하는데임", "한국어로된작품있음"),
])
def test_titles_in_a_language_after_a_partner(services: Services, lang, first, then) -> None:
    talk(services, lang, [(first, "partner:reel_k*"), (then, "list:works?language=ko")])


@pytest.mark.parametrize("lang,say", [
    ("en", "the houses of the Ming and Qing dynasties, which periods can they stand in for?"),
    ("zh", "明清两代的民居能拍哪些朝代？"),
    ("ko", "명청 시대 민가는 어떤 시대 배경까지 돼요?"),
])
def test_folk_houses_by_their_dynasties(services: Services, lang, say) -> None:
    assert ask(services, lang, say).answer.startswith("location:ming_qing_folk_houses#era")


@pytest.mark.parametrize("lang,say", [
    ("es", "¿nos terminás el final del guion de nuestra serie corta?"),
    ("en", "could you please write the ending of my vertical drama script?"),
])
def test_writing_asked_of_the_bot_is_off_topic(services: Services, lang, say) -> None:
    assert ask(services, lang, say).answer == "out_of_scope"
