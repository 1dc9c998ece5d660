"""Kinds left by answer set 23, each in wordings of our own (the set's lines are not copied):

- a subscription said as "tell me when X changes" (a change to come is news);
- a hand-off asked in the formal usted's subjunctive ("le pido que me pase con…") or with 转接;
- general knowledge near our subjects (a province's capital, a lens's focal length, another
  platform's shows to watch) is off-topic, while "the funniest" of ours is the comedies;
- lists with a filter: events that have taken place (past), titles with a "Korean-language
  version"; a grammar word ("the ones") is no typo of a name's word ("Three Ones");
- FAQ questions in partners' own words: "just pitch up" (arrive) is no pitching; getting onto
  the member list or being admitted is joining the alliance, though HISDA is named; AI put
  into the dramas, getting by on set in one's own language, money from the locals, filming
  without a Chinese partner (staff's paraphrases, `faq.yaml`); "communicate on set" is no contact;
  getting to Hengdian with a headcount is travel (no place booked), 헝덴 is 헝뎬; an LED volume
  asked "instead" of the set in focus is virtual production, not that set's fit; a set to
  choose for a period no set is named for, asked with a set in focus, is the which-set guide.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


@pytest.mark.parametrize("lang,text", [
    ("en", "ping me if the incentives ever change"),
    ("en", "let us know when the incentive rules change please"),
    ("es", "avísenme si cambian los incentivos"),
    ("es", "me avisas cuando haya cambios en los incentivos porfa"),
    ("zh", "扶持政策要是有调整麻烦通知一声"),
    ("ko", "인센티브 바뀌면 알려 주세요"),
])
def test_a_change_to_come_is_news_to_subscribe_to(services: Services, lang, text) -> None:
    talk(services, lang, [(text, ("subscribe", "subscribe:incentives"))], fits=fits)


MYSTERIES = {"es": "¿Me podría enseñar las series de misterio que tienen?", "zh": "有哪些悬疑剧"}


@pytest.mark.parametrize("lang,text", [
    ("es", "Le ruego que me pase con quien lleva esa serie."),
    ("es", "le pido de favor que me comunique con la persona encargada"),
    ("zh", "麻烦转接一下负责这部剧的同事"),
])
def test_a_formal_handoff_after_a_title_puts_through(services: Services, lang, text) -> None:
    talk(services, lang, [(MYSTERIES[lang], "list:works?genre=mystery"), ("el segundo" if lang == "es" else "第二部", "work:*"),
                          (text, ("handoff", "handoff:*"))], fits=fits)


@pytest.mark.parametrize("lang,text", [
    ("es", "Le pido que me ponga en contacto con la secretaría de la alianza."),
    ("es", "¿Sería tan amable de comunicarme con la secretaría?"),
    ("zh", "請為我們轉接聯盟秘書處，謝謝"),
    ("zh", "烦请帮我转接秘书处"),
])
def test_a_formal_handoff_to_the_secretariat(services: Services, lang, text) -> None:
    talk(services, lang, [(text, ("handoff", "handoff:hisda_secretariat"))], fits=fits)


@pytest.mark.parametrize("lang,text", [
    ("en", "what is the capital city of Guangdong?"),
    ("es", "¿cuál es la capital de Zhejiang?"),
    ("zh", "广东省会是哪个城市啊"),
    ("ko", "광둥성 성도가 어디인가요?"),
    ("en", "24mm or 35mm for the interiors, what would you pick?"),
    ("es", "¿me conviene un 24 o un 35 mm pa los interiores?"),
    ("zh", "拍夜戏用24mm还是35mm"),
    ("ko", "야간 촬영에 35mm랑 50mm 중 뭐가 좋아요?"),
    ("en", "any good Korean series worth watching on Netflix this weekend?"),
    ("es", "¿qué serie coreana me recomiendas ver en Netflix?"),
    ("zh", "奈飞上有什么好看的韩剧推荐一下"),
    ("ko", "넷플릭스에서 볼 만한 한국 드라마 추천해 주세요"),
])
def test_general_knowledge_near_our_subjects_is_off_topic(services: Services, lang, text) -> None:
    talk(services, lang, [(text, ("out_of_scope", "fallback"))], fits=fits)


@pytest.mark.parametrize("lang,text", [
    ("en", "which of your series is the most hilarious?"),
    ("es", "¿cuál es la serie más chistosa que tienen?"),
    ("ko", "제일 웃긴 드라마가 뭐예요?"),
    ("en", "how do we get from the provincial capital to Hengdian?"),
])
def test_ours_near_those_stays_ours(services: Services, lang, text) -> None:
    expect = "faq:how_to_reach_hengdian" if "Hengdian" in text else "list:works?genre=comedy"
    talk(services, lang, [(text, expect)], fits=fits)


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "which of your events are over already?", "list:events?when=past"),
    ("en", "show me the events that already took place, the ones behind us", "list:events?when=past"),
    ("es", "¿qué eventos ya se realizaron?", "list:events?when=past"),
    ("zh", "已经办完的活动有哪些", "list:events?when=past"),
    ("ko", "이미 끝난 행사들 뭐 있어요?", "list:events?when=past"),
    ("en", "which series ship with an English-language dub?", "list:works?language=en"),
    ("en", "any titles with a Spanish-language track?", "list:works?language=es"),
    ("en", "what is the three ones vision", "program:three_ones_vision"),
])
def test_lists_with_a_filter(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)], fits=fits)


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "can a crew from ghana just pitch up at the border and film or do they need a visa", "faq:visa"),
    ("en", "how do we get our studio onto the alliance's member roster?", "faq:join_alliance"),
    ("en", "what does it take to get added to the HISDA member list", "faq:join_alliance"),
    ("es", "¿nos aceptan en la HISDA siendo una productora de Oaxaca?", "faq:join_alliance"),
    ("es", "¿qué necesita la HISDA para admitir a una distribuidora nueva?", "faq:join_alliance"),
    ("zh", "怎么才能列入联盟的成员名单", "faq:join_alliance"),
    ("ko", "HISDA 회원 명단에 오르려면 뭘 내야 돼요?", "faq:join_alliance"),
    ("en", "who is on the hisda member list?", "program:hisda"),
])
def test_faq_in_partners_words(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)], fits=fits)


@pytest.mark.parametrize("lang,text,expect", [
    ("es", "¿ustedes ya usan IA pa los guiones o nomás gente?", "faq:ai_tools"),
    ("zh", "你们做短剧现在上不上AI啊", "faq:ai_tools"),
    ("ko", "그쪽은 드라마 만들 때 AI 돌려요?", "faq:ai_tools"),
    ("es", "no hablamos nada de chino, ¿con inglés la libramos en el set?", "faq:languages"),
    ("ko", "저희 팀 영어만 되는데 현장에서 말 통하나요?", "faq:languages"),
    ("en", "we're all spanish speakers, is that going to work on set?", "faq:languages"),
    ("zh", "剧组只会英语，到了片场跟工作人员能沟通吗", "faq:languages"),
    ("es", "¿nos dan alguna ayudita en plata por grabar allá?", "faq:incentives"),
    ("es", "¿sin socio chino nos dejan filmar allá?", "faq:can_foreign_crews_film"),
    ("zh", "全是外国人的剧组能自己去拍吗", "faq:can_foreign_crews_film"),
])
def test_faq_in_partners_slang(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)], fits=fits)


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "12 people and a truck of gear landing in Shanghai, best way to get to Hengdian?", "faq:how_to_reach_hengdian"),
    ("ko", "헝덴 가는 제일 빠른 길이 뭐예요?", "faq:how_to_reach_hengdian"),
    ("ko", "형덴에서 촬영하려면 비자 필요해요?", "faq:visa"),
    ("en", "we are 4 people, can we come to the casting day", "gap:*"),
])
def test_getting_there_with_a_headcount(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)], fits=fits)


RIVER = {"en": ("Where can we shoot scenes by a river?", "the second one, which era?"),
         "es": ("¿dónde se pueden grabar escenas junto a un río?", "el segundo, ¿de qué época es?"),
         "zh": ("哪里能拍河边的戏", "第二个是什么朝代")}


@pytest.mark.parametrize("lang,text", [
    ("en", "forget the river, could we do it on an LED wall instead?"),
    ("es", "mejor olvidamos el río, ¿tienen algo con pantallas LED?"),
    ("zh", "算了不去河边了，换成LED棚拍可以吗"),
])
def test_led_instead_of_the_set_in_focus(services: Services, lang, text) -> None:
    first, second = RIVER[lang]
    talk(services, lang, [(first, "list:locations?scene=riverside"), (second, "location:*"),
                          (text, ("faq:virtual_production", "location:virtual_production"))], fits=fits)


PALACES = {"en": ("which of your sets have palaces?", "the first one, what's the address?"),
           "es": ("¿qué sets tienen palacios?", "el primero, ¿dónde queda?"),
           "zh": ("哪些景有宫殿", "第一个地址在哪"),
           "ko": ("궁궐 있는 세트 어디예요?", "첫 번째 주소가 어디예요?")}


@pytest.mark.parametrize("lang,text", [
    ("en", "also got a Three Kingdoms battle drama, which set would suit that?"),
    ("es", "ah y otra, traemos una historia de la época de los Tres Reinos, ¿hay escenario pa eso?"),
    ("zh", "我们还有个三国的戏，哪个景合适"),
    ("ko", "삼국지 배경 전쟁물도 있는데 어느 세트가 맞아요?"),
])
def test_a_set_to_choose_with_a_set_in_focus(services: Services, lang, text) -> None:
    first, second = PALACES[lang]
    talk(services, lang, [(first, "list:locations?scene=palace"), (second, "location:*"), (text, "faq:which_set")], fits=fits)
