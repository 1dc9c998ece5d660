"""fixJ15 (play21's leftover kinds), in English, Spanish, Chinese (also Traditional) and Korean:

1. whom to contact about co-producing, licensing or buying the rights of the catalog title in focus
   is that title's own team (catalog.yaml `contact`), not International Business, the catalog FAQ
   or the co-operation form;
2. how to schedule or plan a shoot is the shoot request procedure, not the events list or the sets;
3. an open co-operation form reminds once, and closes when the partner has moved on to questions;
4. "the first one" after the conversation moved on from the last list reads that list and says so.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import console, say

# ------------------------------------------------------------------------------ 1. the title's own team

# (list request, pick, whom asked, the team of the title picked)
WHOM_OF_TITLE = [
    ("en", "any mystery titles?", "the second one", "who should we contact to buy the rights to it?", "dalynn_studio"),
    ("en", "what comedies do you have?", "number 3", "where do I send a co-production inquiry for this one?",
     "vertical_short_drama_center"),
    ("es", "¿tienen series de misterio?", "la segunda", "quiero comprar los derechos de esta, ¿a quién le escribo?",
     "dalynn_studio"),
    ("es", "¿qué comedias tienen?", "la tercera", "¿a dónde mando la propuesta de coproducción?",
     "vertical_short_drama_center"),
    ("zh", "片单里有悬疑剧吗", "第二部", "想买这部的海外版权，找谁", "dalynn_studio"),
    ("zh", "有懸疑劇嗎", "第二部", "這部想談合拍，要聯繫誰？", "dalynn_studio"),
    ("zh", "有喜剧吗", "第二部", "想合拍这部，找哪个部门？", "hisda_secretariat"),
    ("ko", "코미디 작품 뭐 있어요", "세 번째", "공동제작 문의는 어디로 하면 되나요", "vertical_short_drama_center"),
    ("ko", "미스터리 작품 있어요?", "두 번째", "이거 공동제작 하려면 연락은 어디로 해요?", "dalynn_studio"),
    ("ko", "코미디 작품 뭐 있어요", "세 번째", "이 작품 공동제작하고 싶은데 누구한테 문의해요?",
     "vertical_short_drama_center"),
]


@pytest.mark.parametrize("lang,listing,pick,whom,team", WHOM_OF_TITLE)
def test_whom_to_contact_about_the_title_in_focus_is_its_own_team(services: Services, lang, listing, pick,
                                                                  whom, team) -> None:
    *_, reply = say(services, lang, listing, pick, whom)
    assert reply.answer is not None and not reply.answer.startswith("faq:"), reply.answer
    email = services.knowledge.current.contacts[team].email
    assert email and email in reply.text, (reply.answer, reply.text)
    others = [c.email for cid, c in services.knowledge.current.contacts.items() if cid != team and c.email]
    assert not any(e in reply.text for e in others), reply.text


@pytest.mark.parametrize("lang,text", [
    ("en", "who exactly handles licensing deals? name + email pls"),
    ("zh", "版权授权这块谁负责？"),
])
def test_whom_for_licensing_with_no_title_in_view_stays_the_catalogs_team(services: Services, lang, text) -> None:
    reply = say(services, lang, text)[-1]
    assert reply.answer == "contact:international_business#role"


# ------------------------------------------------------------------------------ 2. scheduling a shoot

SCHEDULE_A_SHOOT = [
    ("en", "how do we schedule a shoot with you?"),
    ("en", "what's the way to schedule our shooting dates there?"),
    ("en", "how can we plan a shoot in Hengdian?"),
    ("es", "¿cómo agendamos un rodaje allá?"),
    ("es", "¿cómo programamos las fechas de rodaje con ustedes?"),
    ("es", "qué hay que hacer para cuadrar el rodaje allá"),
    ("zh", "想安排拍摄档期怎么弄"),
    ("zh", "拍攝檔期要怎麼排？"),
    ("zh", "我们想约拍摄时间，要怎么做"),
    ("ko", "촬영 일정 잡으려면 어떻게 해야 돼요?"),
    ("ko", "헝뎬 촬영 스케줄은 어떻게 잡아요?"),
    ("ko", "촬영 날짜 정하려면 어떻게 하나요"),
]


@pytest.mark.parametrize("lang,text", SCHEDULE_A_SHOOT)
def test_scheduling_a_shoot_is_the_shoot_request_procedure(services: Services, lang, text) -> None:
    assert say(services, lang, text)[-1].answer == "incentive:shoot_request_procedure#how_to_apply"


@pytest.mark.parametrize("lang,text", [
    ("en", "what events are scheduled next month?"),
    ("es", "¿cuál es el calendario de eventos?"),
    ("ko", "다음 행사 일정 알려줘요"),
])
def test_the_events_schedule_stays_the_events(services: Services, lang, text) -> None:
    assert (say(services, lang, text)[-1].answer or "").startswith(("list:events", "event:"))


# ------------------------------------------------------------------------------ 3. the form's reminder

# (opens the form, question, another question)
MOVED_ON = [
    ("en", "we want to co-produce one of your dramas with you", "what's the A.R.C system?",
     "when is the film festival?"),
    ("en", "we'd like to co-produce a series with your studio", "do you have sets for Song dynasty dramas?",
     "how far is the nearest airport?"),
    ("es", "queremos coproducir una serie con ustedes", "¿qué es el sistema A.R.C?", "¿cuándo es el festival de cine?"),
    ("es", "nos gustaría coproducir un microdrama con ustedes", "¿tienen sets de la dinastía Song?",
     "¿cuál es el aeropuerto más cercano?"),
    ("zh", "我们想跟你们合拍一部短剧", "A.R.C系统是什么？", "电影节什么时候？"),
    ("zh", "我們想和你們合拍短劇", "有宋朝的拍攝場景嗎？", "最近的機場是哪個？"),
    ("ko", "귀사와 공동제작을 하고 싶습니다", "A.R.C 시스템이 뭐예요?", "영화제는 언제예요?"),
    ("ko", "저희 회사랑 숏드라마 공동제작 하고 싶어요", "송나라 세트 있어요?", "제일 가까운 공항이 어디예요?"),
]


@pytest.mark.parametrize("lang,opening,first,second", MOVED_ON)
def test_the_form_reminds_once_then_closes_when_the_partner_moved_on(services: Services, lang, opening,
                                                                     first, second) -> None:
    session = console(services, lang)
    session.say(opening)
    assert session.form is not None
    reminded = session.say(first)
    assert "/cancel" in reminded.text  # the one reminder, under the answer
    closed = session.say(second)
    assert session.form is None
    assert closed.text.endswith(t("inq_set_aside", closed.lang)), closed.text
    later = session.say(first)
    assert "/cancel" not in later.text and t("inq_set_aside", later.lang) not in later.text


@pytest.mark.parametrize("lang,opening,courtesy,company", [
    ("en", "we want to co-produce one of your dramas with you", "thanks!", "Lumen Films"),
    ("es", "queremos coproducir una serie con ustedes", "gracias", "Producciones Sur"),
    ("zh", "我们想跟你们合拍一部短剧", "谢谢", "星河影业"),
    ("ko", "귀사와 공동제작을 하고 싶습니다", "감사합니다", "한빛 필름"),
])
def test_a_courtesy_and_one_question_keep_the_form(services: Services, lang, opening, courtesy, company) -> None:
    session = console(services, lang)
    session.say(opening)
    session.say(courtesy)
    session.say({"en": "what's the A.R.C system?", "es": "¿qué es el sistema A.R.C?", "zh": "A.R.C系统是什么？",
                 "ko": "A.R.C 시스템이 뭐예요?"}[lang])
    assert session.form is not None
    session.say(company)
    assert session.form is not None and session.form["fields"].get("company") == company


# ------------------------------------------------------------------------------ 4. an older list's ordinal

ORDINAL_AFTER_MOVING_ON = [
    ("en", ["what comedies do you have?", "when's the latam pitch day?", "the first one"], "work:work_siesta_not_included"),
    ("en", ["any mystery titles?", "how do we join the alliance?", "the second one"], "work:work_emperors_clockmaker"),
    ("es", ["¿qué comedias tienen?", "¿cuándo es el festival de cine?", "la tercera"], "work:work_die_another_take"),
    ("es", ["¿tienen series de misterio?", "¿cómo se unen a la alianza?", "la segunda"], "work:work_emperors_clockmaker"),
    ("zh", ["有喜剧吗", "电影节什么时候？", "第一个"], "work:work_siesta_not_included"),
    ("zh", ["有懸疑劇嗎", "怎麼加入聯盟？", "第二部"], "work:work_emperors_clockmaker"),
    ("ko", ["코미디 작품 뭐 있어요", "연맹 가입은 어떻게 해요?", "세 번째"], "work:work_die_another_take"),
    ("ko", ["미스터리 작품 있어요?", "영화제는 언제예요?", "두 번째"], "work:work_emperors_clockmaker"),
]


@pytest.mark.parametrize("lang,lines,picked", ORDINAL_AFTER_MOVING_ON)
def test_an_ordinal_after_moving_on_reads_the_last_list_and_says_so(services: Services, lang, lines, picked) -> None:
    reply = say(services, lang, *lines)[-1]
    assert (reply.answer or "").partition("#")[0] == picked, reply.answer
    assert reply.text.startswith(t("ordinal_earlier_works", reply.lang)), reply.text


@pytest.mark.parametrize("lang,lines", [
    ("en", ["what comedies do you have?", "the second one", "and the third one?"]),
    ("es", ["¿qué comedias tienen?", "la segunda", "¿y la tercera?"]),
    ("zh", ["有喜剧吗", "第二部", "第三部呢"]),
    ("ko", ["코미디 작품 뭐 있어요", "두 번째", "세 번째는요?"]),
])
def test_walking_down_the_list_says_nothing_more(services: Services, lang, lines) -> None:
    reply = say(services, lang, *lines)[-1]
    assert (reply.answer or "").startswith("work:")
    for key in ("ordinal_earlier_works", "ordinal_earlier_list"):
        assert t(key, reply.lang) not in reply.text


@pytest.mark.parametrize("lang,lines", [
    ("en", ["what comedies do you have?", "what events are coming up?", "the first one"]),
    ("zh", ["有喜剧吗", "有哪些活动", "第一个"]),
])
def test_an_ordinal_right_after_a_newer_list_reads_that_list(services: Services, lang, lines) -> None:
    reply = say(services, lang, *lines)[-1]
    assert (reply.answer or "").startswith("event:")
    assert t("ordinal_earlier_events", reply.lang) not in reply.text
