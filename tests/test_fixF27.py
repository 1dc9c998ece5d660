"""The dialogue turns answers87 got wrong when first measured (fixF27), each fixed at its cause in
the four languages:

- chat and dialect spellings of "what": British "wots the third one about", Wuhan "能拍么事场景"
  (`core/variants`), read as the question they ask;
- a title funded and made together ("그거 돈 대서 같이 만들고 싶으면", "这部我们出钱一起拍",
  "ponemos plata para hacerla juntos"): its co-production, and how to go about it;
- the alliance's members asked right after how to join it ("who's already in it"), and a body
  like the writer's made a member ("우리 같은 채널도 멤버 됨?"): joining;
- the way to Hengdian said as coming off the plane and hauling the gear on to the studios;
- which titles "have" a language, asked in Chinese ("裡面哪些有韓語？"): that version's filter;
- the team that handles the title in focus said with 맡은 ("그걸 맡은 팀은 몇 시에 일하는가?"), and
  "몇 시에 일해요" in any ending: that team's hours;
- a person asked for on behalf of the writer's company in a letter's words ("请为我社联系该团队的
  一位工作人员", "put our company in touch with…"): a hand-off.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import standard_words
from intents import lexicon
from intents.nlu.answers import matches
from tests.dialogue import replies


def _last(services: Services, lang: str, lines: list[str]) -> str | None:
    return replies(services, lang, lines)[-1].answer


@pytest.mark.parametrize(("text", "lang", "read"), [
    ("wots the third one about", "en", "what's the third one about"),
    ("wot do they do", "en", "what do they do"),
    ("第四个能拍么事场景", None, "第四个能拍什么场景"),
    ("那个说明会是么事项目的", None, "那个说明会是什么项目的"),
])
def test_what_in_chat_and_dialect_spelling(text: str, lang: str | None, read: str) -> None:
    assert standard_words(text, lang) == read


@pytest.mark.parametrize("text", ["有什么事吗", "要么事先联系一下"])
def test_what_spelled_keeps_other_words(text: str) -> None:
    assert standard_words(text, None) == text


FAMILY_EN = ["any family shows, sumthin my nan an the lil uns can watch"]
PALACES_ZH = ["你们哪些景有宫殿"]


@pytest.mark.parametrize(("lang", "lines", "expect"), [
    ("en", [*FAMILY_EN, "wots the third one about"], "work:work_grandma_2_0#logline"),
    ("en", [*FAMILY_EN, "wot's the second one about"], "work:work_half_a_teahouse#logline"),
    ("zh", [*PALACES_ZH, "第四个能拍么事场景"], "location:yuanming_new_garden#scene_types"),
    ("zh", [*PALACES_ZH, "第四个能拍么事场景", "第一个呢"], "location:qin_palace#scene_types"),
    ("zh", [*PALACES_ZH, "第二个能拍么事场景"], "location:ming_qing_palace#scene_types"),
])
def test_the_fact_asked_with_what_spelled_otherwise(services: Services, lang: str, lines: list[str], expect: str) -> None:
    assert _last(services, lang, lines) == expect


@pytest.mark.parametrize("text", ["그거 돈 대서 같이 만들고 싶으면 뭐부터 해야 됨?", "그 작품 제작비 보태서 같이 만들려면 어떻게 해요?",
                                  "这部我们出钱一起拍的话，先要做什么？", "那部我们想带资金一起拍，怎么弄"])
def test_a_title_funded_and_made_together_is_its_coproduction(text: str) -> None:
    assert "coproduction" in lexicon.facts_asked(text)


def test_money_said_in_no_title_is_no_title_coproduction() -> None:
    assert "coproduction" not in lexicon.facts_asked("돈 대서 같이 만들 작품 있어요?")


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", [*FAMILY_EN, "wots the third one about", "¿y el cuarto de qué va?", "which of those r in spanish",
            "the first of them, how many episodes", "is it still lookin for partners",
            "wot if we wanted to go halves on makin it, wots involved"]),
    ("ko", ["가족끼리 볼 만한 거 있어? 할머니랑 조카들이랑", "세 번째 거 무슨 내용임?", "那第四部讲的是什么？",
            "그중에 스페인어로 나오는 건 뭐야?", "그중 첫 번째 거 몇 부작임?", "그거 아직 파트너 구함?",
            "그거 돈 대서 같이 만들고 싶으면 뭐부터 해야 됨?"]),
    ("ko", ["가족끼리 볼 만한 거 있어?", "첫 번째 거 몇 부작임?", "그 작품 제작비 보태서 같이 만들려면 어떻게 해요?"]),
    ("zh", ["有家庭剧吗？", "第一部多少集？", "这部我们出钱一起拍的话，先要做什么？"]),
    ("es", ["¿tienen series familiares?", "¿cuántos episodios tiene la primera?",
            "queremos poner plata para hacerla juntos, ¿qué hay que hacer?"]),
])
def test_coproducing_the_title_in_focus_is_the_way_to_do_it(services: Services, lang: str, lines: list[str]) -> None:
    assert _last(services, lang, lines) == "faq:coproduce_catalog_title"


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["wot even is hisda, my mate wont stop mardlin about it", "how do we join", "who's already in it"]),
    ("en", ["what is hisda", "how do we join", "who's currently in it"]),
    ("ko", ["hisda가 뭐임? 친구가 계속 얘기함", "우리 같은 채널도 멤버 됨? 신청 어디서 함?", "지금 누구누구 들어가 있음?"]),
    ("es", ["qué es hisda", "cómo nos unimos", "y quiénes ya están dentro"]),
    ("zh", ["hisda是什么", "怎么加入", "现在里面都有谁"]),
])
def test_who_is_in_it_after_how_to_join_is_the_members(services: Services, lang: str, lines: list[str]) -> None:
    assert _last(services, lang, lines) == "list:partners"


@pytest.mark.parametrize(("lang", "lines"), [
    ("ko", ["hisda가 뭐임? 친구가 계속 얘기함", "우리 같은 채널도 멤버 됨? 신청 어디서 함?"]),
    ("ko", ["hisda가 뭐예요?", "저희 같은 곳도 회원 될 수 있어요? 신청은 어디서 해요?"]),
    ("en", ["what is hisda", "can a channel like ours be a member? where do we apply?"]),
    ("es", ["qué es hisda", "¿un canal como el nuestro puede ser miembro? ¿dónde se aplica?"]),
    ("zh", ["hisda是什么", "像我们这样的频道也能当会员吗？在哪申请？"]),
])
def test_a_body_like_ours_made_a_member_is_joining(services: Services, lang: str, lines: list[str]) -> None:
    assert _last(services, lang, lines) == "faq:join_alliance"


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["which of yinz sets have palaces", "what kind of scenes can you shoot at the fourth one", "and the first",
            "whats the address there",
            "we got accordions amps and a whole tuba comin off the plane in shanghai yinz got any tips for haulin all that down to the studios"]),
    ("en", ["which sets have palaces", "whats the address of the first one",
            "we land at pudong with a tuba, any tips for hauling all that down to the studios"]),
    ("es", ["¿qué sets tienen palacios?", "¿cuál es la dirección del primero?",
            "bajando del avión en Shanghái, ¿cómo llevamos todo eso hasta los estudios?"]),
    ("zh", ["哪些景有宫殿", "第一个地址是什么", "我们下了飞机在上海，一堆乐器怎么运到横店？"]),
    ("ko", ["궁궐 있는 세트 어디예요?", "첫 번째 주소 뭐예요?", "상하이에서 비행기 내리면 악기들 헝뎬까지 어떻게 옮겨요?"]),
])
def test_off_the_plane_with_the_gear_is_the_way_to_hengdian(services: Services, lang: str, lines: list[str]) -> None:
    assert _last(services, lang, lines) == "faq:how_to_reach_hengdian"


@pytest.mark.parametrize(("text", "lang"), [("里面哪些有韩语？我妹超爱韩剧", "ko"), ("哪几部有西语？", "es"),
                                            ("哪部是英文的", "en"), ("其中哪些有中文字幕", "zh")])
def test_which_titles_have_a_language_in_chinese(text: str, lang: str) -> None:
    assert lexicon.work_language(text) == lang


def test_a_language_service_is_no_title_language() -> None:
    assert lexicon.work_language("你们哪些有韩语服务") is None


URBAN_ZH = ["有都市劇嗎？現代生活那種", "第四部每集多長？", "那第二部呢？", "裡面哪些有韓語？我妹超愛韓劇"]


@pytest.mark.parametrize(("lang", "lines", "expect"), [
    ("zh", URBAN_ZH, "list:works?genre=urban&language=ko"),
    ("zh", [*URBAN_ZH, "其中第三部在演什麼？"], "work:work_die_another_take#logline"),
    ("zh", [*URBAN_ZH, "其中第三部在演什麼？", "這部要寫信給誰？email多少？"], "contact:vertical_short_drama_center#email"),
    ("zh", ["有都市剧吗？", "哪几部有西语？"], "list:works?genre=urban&language=es"),
    ("en", ["any urban dramas?", "which of those have Korean?"], "list:works?genre=urban&language=ko"),
    ("es", ["¿tienen dramas urbanos?", "¿cuáles tienen coreano?"], "list:works?genre=urban&language=ko"),
    ("ko", ["도시 드라마 있어요?", "그중에 한국어 되는 거?"], "list:works?genre=urban&language=ko"),
])
def test_the_list_narrowed_to_the_titles_that_have_a_language(services: Services, lang: str, lines: list[str], expect: str) -> None:
    assert _last(services, lang, lines) == expect


@pytest.mark.parametrize("text", ["그걸 맡은 팀은 몇 시에 일해요?", "몇 시까지 일함?", "¿a qué hora trabaja el equipo que la lleva?"])
def test_when_a_team_works_in_any_ending_is_its_hours(text: str) -> None:
    assert "hours" in lexicon.facts_asked(text)


@pytest.mark.parametrize(("lang", "lines"), [
    ("ko", ["사극 있는가?", "두 번째 것은 다 찍었는가?", "마지막 것은 무슨 이야기인가?", "그중 한국어로 된 것은 어느 것인가?",
            "그중 첫 번째 것은 몇 회짜리인가?", "그걸 맡은 팀은 몇 시에 일하는가?"]),
    ("ko", ["사극 있어요?", "그중에 한국어로 된 건?", "첫 번째 거 몇 부작이에요?", "그거 맡은 팀은 몇 시까지 일해요?"]),
    ("es", ["¿tienen series históricas?", "¿cuáles están en coreano?", "¿cuántos episodios tiene la primera?",
            "¿a qué hora trabaja el equipo que la lleva?"]),
    ("zh", ["有古装剧吗？", "其中哪些有韩语？", "第一部多少集？", "负责这部的团队几点上班？"]),
    ("en", ["historical dramas?", "which of those are in Korean?", "how many episodes has the first one?",
            "what hours does the team in charge of it keep?"]),
])
def test_the_hours_of_the_team_handling_the_title(services: Services, lang: str, lines: list[str]) -> None:
    assert _last(services, lang, lines) == "contact:vertical_short_drama_center#hours"


@pytest.mark.parametrize(("lang", "lines"), [
    ("zh", ["请问哪些场景有园林？", "第二处可呈现哪些朝代？", "第一处呢？", "该处地址是？",
            "我社此番合作的摄制组来自法国，外国团队能否在该处拍摄？", "抵达后现场可安排哪些服务？", "请为我社联系该团队的一位工作人员。"]),
    ("zh", ["烦请为敝司联系中心的一位同事"]),
    ("en", ["what services can be arranged on site?", "Please put our company in touch with one of that team's staff."]),
    ("es", ["¿qué servicios se pueden organizar en el lugar?",
            "Por favor, ponga a nuestra compañía en contacto con una persona de ese equipo."]),
])
def test_a_person_asked_for_on_behalf_of_the_writers_company(services: Services, lang: str, lines: list[str]) -> None:
    got = _last(services, lang, lines)
    assert matches(["handoff", "handoff:international_business"], got) or (got or "").startswith("handoff:"), got
