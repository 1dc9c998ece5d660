"""fixF9: Gyeongsang Korean and Cantonese read as the standard forms, and the kinds answers50 showed
in Korean (and Cantonese-flavoured Chinese), each in wordings of our own:

- Gyeongsang endings and words (-깁니꺼, -라예, 땜에, 우야면 / 우짜면, -카네예) in the one variant table;
- who is behind "this", a company or the government, with nothing in focus: what HISDA is;
- "we, how do we get in?" said alone: the membership FAQ;
- "their phone?" right after an answer that named a team: that team's phone, not the older card;
- "뭐 하는 거 있어요?" in a place: the events there, not a record's "about";
- a title's languages ("X어로도 나와요?": no switch of the reply language), its episode length
  ("한 편 분량"), a set's scene types ("뭘 찍을 수 있어요?");
- a call of the partner's own told as the reason ("바이어랑 미팅하기 전에"): no hand-off;
- the studio's hub plan with words between ("세계적인 숏드라마 제작 거점"): its programme;
- whoever would take a title to Latin American viewers: the Spanish-language route;
- a Korean denial strengthened by an adverb ("사극은 절대 아니고"): the genre denied is dropped;
- one's own divorce procedure and the best phone to buy: off-topic, in four languages.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import standard_words
from intents.lexicon import JOINING, language_request
from intents.understand import _KO_DENIAL_ADVERB
from tests.dialogue import ask, replies


@pytest.mark.parametrize(("written", "standard"), [
    ("거기 가는 깁니꺼?", "거기 가는 겁니까?"),
    ("제작사라예, 배급사라예?", "제작사예요, 배급사예요?"),
    ("비자 땜에 물어봅니더", "비자 때문에 물어봅니다"),
    ("우야면 좋노?", "어떻게 하면 좋나요?"),
    ("우짜면 됩니꺼?", "어떻게 하면 됩니까?"),
    ("눈 온다카네예", "눈 온다고 하네요"),
    ("이 길이 깁니까?", "이 길이 깁니까?"),  # standard 깁니까 ("is it long") is kept
])
def test_gyeongsang_forms_read_as_standard_korean(written: str, standard: str) -> None:
    assert standard_words(written) == standard


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "여기 배후가 어디예요? 민간 기업이에요 정부예요?"),
    ("ko", "이 서비스 뒤에는 누가 있는 깁니꺼?"),
    ("zh", "你们背后是谁啊，是企业还是政府？"),
    ("zh", "呢个到底系边个喺幕后搞㗎？"),
    ("en", "Who's really behind this thing - a private company or the government?"),
    ("es", "¿Quién está detrás de esto? ¿Es una empresa o el gobierno?"),
])
def test_who_is_behind_this_is_what_hisda_is(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "faq:what_is_hisda"


def test_who_is_behind_a_title_picked_is_not_hisda(services: Services) -> None:
    assert ask(services, "ko", "코미디 뭐 있어요?", "세번째 거 뒤에 누가 있어요?").answer != "faq:what_is_hisda"


@pytest.mark.parametrize(("text", "joins"), [
    ("저희는 어떻게 들어가요?", True), ("그럼 저희 쪽은 어떻게 들어갈 수 있죠?", True),
    ("우리 회사도 우째 들어가야 됩니꺼?", True), ("¿y nosotros cómo entramos?", True),
    ("세트장에 우리는 어떻게 들어가요?", False), ("우리는 어떻게 들어가요 촬영장에", False),
])
def test_we_how_do_we_get_in_said_alone_is_joining(text: str, joins: bool) -> None:
    from core.text import fold
    from intents.brain import read_as_standard
    assert bool(JOINING.search(fold(read_as_standard(text)[0]))) is joins


@pytest.mark.parametrize(("lang", "lines"), [
    ("ko", ["어떤 회사들이 들어가 있어요?", "SpringReel은 뭐 하는 데예요?", "저희는 어떻게 들어가요?"]),
    ("es", ["¿qué empresas hay adentro?", "¿Qué hace SpringReel?", "¿y nosotros cómo entramos?"]),
])
def test_the_way_in_after_a_member_card(services: Services, lang: str, lines: list[str]) -> None:
    assert ask(services, lang, *lines).answer == "faq:join_alliance"


@pytest.mark.parametrize(("lang", "lines"), [
    ("zh", ["SpringReel做咩嘅？", "我哋点样加入？", "每年要交会费吗？", "你有他们电话吗？"]),
    ("ko", ["SpringReel은 뭐 하는 데예요?", "저희는 어떻게 들어가요?", "해마다 회비 있나요?", "거기 번호 있습니까?"]),
])
def test_their_phone_after_a_team_named_is_that_teams(services: Services, lang: str, lines: list[str]) -> None:
    said = replies(services, lang, lines)
    assert said[-1].answer == "contact:hisda_secretariat#phone", [r.answer for r in said]


@pytest.mark.parametrize("text", ["내년에 한국에서 뭐 하는 거 있어요? 저희 로맨스 기획 중이에요", "내년에 한국에서 뭐 하는 거 있어요?",
                                  "서울에서 뭐 하는 거 없나요?"])
def test_anything_on_in_a_place_is_its_event(services: Services, text: str) -> None:
    assert ask(services, "ko", text).answer == "event:korea_matchmaking_2027"


@pytest.mark.parametrize("text", ["그거 스페인어로도 나옴?", "이거 영어로도 있어요?", "중국어로도 나와요?"])
def test_a_language_too_of_a_title_is_no_switch(text: str) -> None:
    assert language_request(text) == (None, text)


@pytest.mark.parametrize("text", ["스페인어로 알려줘", "앞으로 영어로 해 주세요"])
def test_a_reply_language_asked_still_switches(text: str) -> None:
    assert language_request(text)[0] in ("es", "en")


def test_fields_of_the_title_and_set_in_focus(services: Services) -> None:
    said = replies(services, "ko", ["〈흙으로 빚은 얼굴〉 몇 부작이에요?", "한 편 분량은요?", "중국어로도 나와요?"])
    assert [r.answer for r in said] == ["work:work_face_in_clay#episodes", "work:work_face_in_clay#episode_minutes",
                                        "work:work_face_in_clay#languages"]
    assert ask(services, "ko", "진왕궁 세트에서 뭘 촬영할 수 있어요?").answer == "location:qin_palace#scene_types"


@pytest.mark.parametrize("text", ["내일 바이어랑 미팅하기 전에 연맹이 어떤 곳인지 짧게 정리 좀 도와주세요",
                                  "오늘 오후에 투자사랑 통화하는데 HISDA 소개를 한 문단으로 도와주실 수 있어요?"])
def test_a_call_of_their_own_is_no_handoff(services: Services, text: str) -> None:
    assert ask(services, "ko", text).answer in ("faq:what_is_hisda", "program:hisda")


def test_a_person_asked_for_is_still_a_handoff(services: Services) -> None:
    assert ask(services, "ko", "사무국 담당자랑 직접 통화하고 싶어요").answer.startswith("handoff")


def test_the_hub_plan_with_words_between(services: Services) -> None:
    assert ask(services, "ko", "헝뎬을 세계적인 숏드라마 제작 거점으로 만들겠다는 전략이 뭐예요?").answer \
        == "program:short_drama_hub_2025"


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "라틴 아메리카 시청자들한테 저희 작품을 보여 주려면 누가 해 줄 수 있어요?"),
    ("zh", "想让墨西哥和拉美观众看到这部剧，谁能帮我们做？"),
])
def test_whoever_takes_titles_to_latin_america(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer in ("faq:spanish_distribution", "partner:dalynn_studio",
                                                "contact:dalynn_studio#role")


def test_a_denial_strengthened_by_an_adverb(services: Services) -> None:
    assert _KO_DENIAL_ADVERB.sub("", "은 절대 아니고 코미디") == "은 아니고 코미디"
    assert ask(services, "ko", "사극은 전혀 아니고 코미디예요. 그런 작품 뭐 있어요?").answer == "list:works?genre=comedy"


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "일본에서 이혼하려면 서류가 뭐가 필요해요?"), ("zh", "在日本离婚要办什么手续？"),
    ("es", "¿cuáles son los trámites para divorciarse en México?"), ("en", "how do I file for divorce in Korea?"),
    ("ko", "요즘 스마트폰 중에 뭐가 제일 좋아요?"), ("zh", "今年哪款手机拍照最好？"),
    ("es", "¿cuál es el mejor celular de este año?"), ("en", "which phone has the best camera this year?"),
])
def test_own_divorce_and_phones_are_off_topic(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "out_of_scope"


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "우리 작품이 이혼한 부부 이야기인데 어느 세트가 좋아요?"), ("zh", "我们拍离婚题材的短剧，哪个景合适？"),
])
def test_a_divorce_story_to_shoot_stays_ours(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer != "out_of_scope"
