"""answers77's dialogue turns (fixD22), in sentences of our own, each said in a whole conversation:

- a crew's nationality said as citizens ("ciudadanos bolivianos"), as some of the crew ("组里有几个
  越南籍的同事"), and "acceptable for filming" of the set pointed at: whether foreign crews may film;
- all the events to come, to be told of ("we would very much like to be kept informed of upcoming
  events", "향후 개최될 행사는 전부 알려 주시기 바랍니다"), and "send me the Latin America and
  Spanish-language updates": a subscription, not a list or a FAQ;
- whom to talk to at a company ("el contacto con el que podemos tratar en…", "由哪一位来对接"): its
  contact's card, not the company's;
- a Chinese name said without its closing qualifier in brackets ("中韩短剧合作对接会" of
  "中韩短剧合作对接会（联合Reel-K）"): that event, and its follow-ups ask its organisers and venue;
- the titles finished or in the making, one liked, come in on ("已完成或在拍的作品中如有我们看中的…以联合
  出品方身份", "이미 제작해 놓은 드라마… 돈을 대서 함께"): the co-production FAQ;
- the staff concerned asked to get in touch ("麻烦请相关人员尽快与我们联系", "¿Podría alguien de ahí
  ponerse en contacto conmigo?") after a title's team: a hand-off to that team.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from intents.entities import EntityIndex, _zh_name_head
from tests.dialogue import talk
from tests.test_fixY20_turns import GARDENS

# ---- a crew's nationality, then whether it may shoot at the set pointed at

# (the same two turns as fixY20's: the garden sets, then the second one's eras)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Our team members are Peruvian citizens. Would that be acceptable for filming at that location?"),
    ("es", "Somos ciudadanos bolivianos. ¿Hay algún impedimento para que grabemos en ese set?"),
    ("zh", "组里有几个越南籍的同事，去那个景拍有没有问题？"),
    ("zh", "我們團隊裡有兩個泰國籍的成員，在那邊拍會不會有問題？"),
    ("ko", "저희 팀원 중에 태국 국적인 사람도 있는데 그 세트에서 촬영해도 괜찮습니까?"),
])
def test_a_crews_nationality_then_shooting_at_the_set_pointed_at(services: Services, lang: str, text: str) -> None:
    ask, era = GARDENS[lang]
    talk(services, lang, [(ask, "list:locations?scene=garden"), (era, "location:huaxia_culture_park#eras"),
                          (text, "faq:can_foreign_crews_film")])


@pytest.mark.parametrize(("text", "abroad"), [
    ("todas somos ciudadanas ecuatorianas", True),
    ("el equipo son nacionales peruanos", True),
    ("todos somos ciudadanos chinos", False),
    ("组里有几个越南籍的同事", True),
    ("组里有几个中国籍的同事", False),
])
def test_a_crews_citizenship_is_a_crew_from_abroad(text: str, abroad: bool) -> None:
    assert bool(lexicon.FOREIGN_PRODUCTION.search(text)) is abroad


# ---- the events to come, and a topic's news, to be sent

NEXT_EVENT = {
    "en": "What's your next event?",
    "es": "¿Cuál es el próximo evento de la alianza?",
    "zh": "联盟的下一场活动是什么？",
    "ko": "연맹의 다음 행사는 무엇입니까?",
}
SESSION = "event:global_talent_info_session_2026"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "We would very much like to be kept informed of upcoming events."),
    ("en", "I should like to be notified of all future events as well."),
    ("es", "Me gustaría que me avisen de todos los eventos futuros."),
    ("zh", "以后的活动也都通知我一下。"),
    ("ko", "향후 개최될 행사는 전부 알려 주시기 바랍니다."),
    ("ko", "앞으로 있을 행사도 빠짐없이 알려 주세요."),
])
def test_all_the_events_to_come_to_be_told_of(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(NEXT_EVENT[lang], SESSION), (text, ["subscribe", "subscribe:events"])])


def test_which_events_there_are_is_no_subscription() -> None:
    assert not lexicon.EVENTS_TO_COME.search("앞으로 열리는 행사가 무엇이 있는지 모두 알려 주세요")
    assert not lexicon.NOTIFY.search("send me the latest news about dalynn")


@pytest.mark.parametrize(("lang", "text", "topic"), [
    ("en", "Please send me the Latin America and Spanish-language updates.", "latam_spanish_news"),
    ("en", "Kindly send me the Korean short drama news, if you would.", "korea_news"),
    ("es", "mándenme las novedades de Latinoamérica y en español", "latam_spanish_news"),
    ("zh", "以后有韩国方面的消息请推送给我", "korea_news"),
    ("ko", "중남미랑 스페인어권 소식 나오면 저한테도 보내 주세요", "latam_spanish_news"),
])
def test_a_topics_news_sent(services: Services, lang: str, text: str, topic: str) -> None:
    talk(services, lang, [(text, ["subscribe", f"subscribe:{topic}"])])


# ---- whom to talk to at a company: its contact

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Who is the right person to speak to at Dalynn Studio?"),
    ("es", "¿Quién es el contacto con el que podemos tratar en Dalynn Studio?"),
    ("es", "¿y la persona con la que tengo que hablar en Dalynn Studio?"),
    ("zh", "Dalynn Studio那边由哪一位来对接？"),
    ("ko", "Dalynn Studio 쪽은 누가 담당자예요?"),
])
def test_whom_to_talk_to_at_a_company(services: Services, lang: str, text: str) -> None:
    event = {"en": "any events for Latin American producers?", "es": "¿tienen algún evento para productores latinoamericanos?",
             "zh": "有没有给拉美制片人办的活动", "ko": "중남미 제작자를 위한 행사 있어요?"}[lang]
    reply = talk(services, lang, [(event, "event:latam_pitch_day_2027"), (text, "contact:dalynn_studio#person")])
    assert "Mary Lynn" in reply.text


# ---- a Chinese name without its closing qualifier

@pytest.mark.parametrize(("lang", "what", "who", "where"), [
    ("en", "what's the Korea–China short drama matchmaking?", "who hosts it?", "where is it held?"),
    ("es", "¿qué es el encuentro de negocios Corea–China?", "¿quién lo organiza?", "¿dónde se hace?"),
    ("zh", "介绍一下中韩短剧合作对接会", "谁主办的？", "在哪办？"),
    ("ko", "한중 숏드라마 비즈니스 매칭이 뭐예요?", "누가 주최해요?", "어디서 해요?"),
])
def test_the_matchmaking_then_its_hosts_and_venue(services: Services, lang: str, what: str, who: str, where: str) -> None:
    event = "event:korea_matchmaking_2027"
    talk(services, lang, [(what, event), (who, f"{event}#organisers"), (where, f"{event}#venue")])


@pytest.mark.parametrize(("text", "head"), [
    ("中韩短剧合作对接会（联合Reel-K）", "中韩短剧合作对接会"),
    ("竖屏短剧专项扶持政策（补贴与成本减免）", "竖屏短剧专项扶持政策"),
    ("年代（20世纪50—90年代）", ""),  # (a period by its dates: "年代" alone names none)
    ("民国（1912—1949）", ""),
    ("Dalynn Studio(달린 스튜디오)", ""),
])
def test_the_head_of_a_chinese_name_with_a_qualifier(text: str, head: str) -> None:
    assert _zh_name_head(text) == head


def test_a_chinese_name_said_without_its_qualifier_names_the_record(services: Services) -> None:
    index = EntityIndex.build(list(services.brain.knowledge.current.terms()))
    assert ("event", "korea_matchmaking_2027") in {(e.kind, e.id) for e in index.find("讲讲那个中韩短剧合作对接会")}
    assert not [e for e in index.find("你们的剧有哪些年代的") if e.kind == "era"]


# ---- a title finished or in the making, come in on

PITCH = {
    "en": "any events for Latin American producers?",
    "es": "¿tienen algún evento para productores latinoamericanos?",
    "zh": "有没有给拉美制片人办的活动",
    "ko": "중남미 제작자를 위한 행사 있어요?",
}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "If one of your finished shows caught our eye, could we join as co-producers?"),
    ("es", "Si alguna de las series que ya tienen hechas nos gusta, ¿podemos entrar como coproductores?"),
    ("zh", "贵方已完成或在拍的作品中如有我们看中的，可否以联合出品方身份加入？"),
    ("ko", "이미 제작해 놓은 드라마 중에 마음에 드는 게 있으면 저희가 돈을 대서 함께 할 수도 있나요?"),
])
def test_a_title_finished_or_in_the_making_coproduced(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(PITCH[lang], "event:latam_pitch_day_2027"), (text, "faq:coproduce_catalog_title")])


def test_the_titles_at_one_stage_stay_that_list(services: Services) -> None:
    talk(services, "zh", [("已完成的作品有哪些可以合拍", "list:works?coproduction=completed")])


# ---- the staff concerned asked to get in touch, after a title's team

MYSTERY = {
    "en": ("any mystery shows?", "who handles the second one?"),
    "es": ("¿tienen series de misterio?", "¿quién se encarga de la segunda?"),
    "zh": ("有没有悬疑剧？", "第二部是谁负责的？"),
    "ko": ("미스터리 작품 있어요?", "두 번째 작품은 누가 담당해요?"),
}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Could someone from there get in touch with me, please?"),
    ("es", "¿Podría alguien de ahí ponerse en contacto conmigo?"),
    ("zh", "麻烦请相关人员尽快与我们联系。"),
    ("zh", "请相关人员联系我，谢谢"),
    ("ko", "Dalynn 담당자분이 저한테 연락 주시면 좋겠어요."),
])
def test_the_staff_concerned_asked_to_get_in_touch(services: Services, lang: str, text: str) -> None:
    listed, whom = MYSTERY[lang]
    reply = talk(services, lang, [(listed, "list:works?genre=mystery"), (whom, "contact:dalynn_studio#person"),
                                  (text, ["handoff", "handoff:dalynn_studio"])])
    assert "Dalynn" in reply.text  # (the team just named is the one handed to)


def test_how_to_reach_the_staff_concerned_is_no_hand_off(services: Services) -> None:
    talk(services, "zh", [("请问相关人员怎么联系", "list:contacts")])
