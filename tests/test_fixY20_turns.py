"""answers75's dialogue turns (fixY20), in sentences of our own, each said in a whole conversation:

- Hawaiian Pidgin "which of dose stay in Korean?" narrows the list walked, and "da second one of
  dose" counts down the narrowed list;
- a crew's nationality said (passports, "한국 국적") before whether it may shoot at the set pointed
  at ("any restriction on our recording at that garden?"): can foreign crews film, not the visa nor
  the permits gap;
- Singlish "who got inside ah" after what HISDA is: its members;
- the partner's own eatery ("我哋咁細嘅茶餐廳") asking to join: the way in, no place to eat asked;
- Geordie "wor" (our), Spanish speakers said as "folk who speak Spanish", "who sorts that": the
  Spanish-language route;
- a title already made, said with who made it ("shows you've made already", "las que ya tienen
  hechas", "已经拍好的那些剧"), and a share taken in it: co-producing a catalogue title;
- a reminder asked in the Spanish infinitive ("Le ruego recordármelo antes…");
- the crew said arriving ("cuando llegue nuestro equipo", "團隊抵達時") with a set in focus: the
  on-site services, not the set's address;
- "영어로 다시 말해 줘, 외국인 부원 보여주게": the last answer again, in English;
- online or in person asked as an either-or of the event in focus: its venue;
- 경상 "나오모 알려도": tell me when it comes out.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from intents.brain import read_as_standard
from tests.dialogue import say, talk
from tests.dialogue import talk_patterns as talk_globs


# ---- Hawaiian Pidgin: the list walked, narrowed

@pytest.mark.parametrize(("text", "standard"), [
    ("which of dose stay in Spanish?", "which of those are in Spanish?"),
    ("da first one of dose, what it about?", "the first one of those, what it about?"),
])
def test_pidgin_those_reads_as_standard(text: str, standard: str) -> None:
    assert read_as_standard(text)[0] == standard


def test_an_english_dose_is_kept() -> None:
    assert read_as_standard("what dose of caffeine gets a crew through a night shoot?")[0] \
        == "what dose of caffeine gets a crew through a night shoot?"


def test_pidgin_narrows_the_list_walked(services: Services) -> None:
    listed, _, narrowed, picked = say(services, "en", "got any sci fi kine shows?", "da third one, how many episodes?",
                                      "which of dose stay in Spanish?", "da first one of dose, what it about?")
    assert listed.answer == "list:works?genre=sci_fi", listed.answer
    assert narrowed.answer == "list:works?genre=sci_fi&language=es", (narrowed.answer, narrowed.text)
    assert 0 < len(narrowed.items) < len(listed.items)
    assert picked.answer == f"{narrowed.items[0]}#logline", (picked.answer, narrowed.items)


# ---- a crew's nationality, then whether it may shoot at the set pointed at

GARDENS = {
    "en": ("Which sets have classical gardens?", "Which eras does the second one cover?"),
    "es": ("¿Qué sets tienen jardines clásicos?", "¿Qué épocas abarca el segundo?"),
    "zh": ("哪些场景有古典园林？", "第二个是什么朝代的？"),
    "ko": ("전통 정원이 있는 세트는 어디예요?", "두 번째 세트는 어느 시대예요?"),
}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Everyone on our crew holds Kenyan passports. Is there any restriction on our recording at that garden?"),
    ("en", "We are Bhutanese nationals. Any restriction on recording at that set?"),
    ("es", "Todo nuestro equipo tiene pasaporte peruano. ¿Hay alguna restricción para grabar en ese set?"),
    ("zh", "我们团队全是泰国籍，在那个景拍摄有什么限制吗？"),
    ("ko", "저희 촬영팀은 베트남 국적입니다. 그 세트에서 촬영 허가를 받을 수 있습니까?"),
    ("ko", "저희 제작진은 일본 국적인데 거기서 촬영할 수 있습니까?"),
])
def test_a_crew_of_another_nationality_asks_to_shoot_at_the_set_pointed_at(services: Services, lang: str, text: str) -> None:
    ask, era = GARDENS[lang]
    talk_globs(services, lang, [(ask, "list:locations?scene=garden"), (era, "location:*#era*"),
                                (text, "faq:can_foreign_crews_film")])


def test_a_crews_nationality_in_korean_is_a_crew_from_abroad() -> None:
    assert lexicon.FOREIGN_PRODUCTION.search("저희 군청 촬영팀은 한국 국적입니다")
    assert not lexicon.FOREIGN_PRODUCTION.search("저희 촬영팀은 중국 국적입니다")


# ---- the alliance in focus: who is in it, and joining it

@pytest.mark.parametrize(("lang", "what", "who"), [
    ("en", "what is HISDA ah", "who got inside ah"),
    ("es", "qué es HISDA?", "¿y quiénes están metidos ahí?"),
    ("zh", "HISDA係咩嚟㗎？", "入面有邊啲公司？"),
    ("ko", "HISDA가 뭐예요?", "거기 누가 들어가 있어요?"),
])
def test_who_is_in_the_alliance_in_focus(services: Services, lang: str, what: str, who: str) -> None:
    talk(services, lang, [(what, ["faq:what_is_hisda", "program:hisda"]), (who, "list:partners")])


@pytest.mark.parametrize(("lang", "what", "join"), [
    ("en", "what is HISDA?", "our little restaurant is tiny, can we still join?"),
    ("es", "¿qué es HISDA?", "nuestro pequeño restaurante, ¿puede unirse?"),
    ("zh", "HISDA係咩嚟㗎？", "我哋呢間細細嘅茶餐廳都可以加入嗎？"),
    ("zh", "HISDA是什么？", "我们这么小的面馆也能加入吗？"),
    ("ko", "HISDA가 뭐예요?", "저희 식당 같은 작은 가게도 가입할 수 있나요?"),
])
def test_the_partners_own_eatery_asks_to_join(services: Services, lang: str, what: str, join: str) -> None:
    talk(services, lang, [(what, ["faq:what_is_hisda", "program:hisda"]), (join, "faq:join_alliance")])


@pytest.mark.parametrize(("text", "topic"), [
    ("我哋咁細嘅茶餐廳可唔可以加入？", None),
    ("我们想找家好吃的餐厅", "local"),
    ("哪家餐厅好吃", "local"),
    ("our little restaurant wants to join", None),
    ("where can we eat near the studio?", "local"),
])
def test_an_eatery_of_the_partners_own_is_no_place_to_eat_asked(text: str, topic: str | None) -> None:
    assert lexicon.gap_topic(read_as_standard(text)[0]) == topic


# ---- the Spanish-language route, said in other words

def test_geordie_wor_is_our() -> None:
    assert read_as_standard("we want wor clips out there")[0] == "we want our clips out there"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "loads of Latino fans come to wor shows, we want wor videos out there for people who speak Spanish, who sorts that"),
    ("en", "we'd like our sketches to reach folk that speak Spanish, who handles that?"),
    ("es", "queremos que nuestros videos lleguen a la gente que habla español, ¿cómo le hacemos?"),
    ("zh", "我们想让说西班牙语的观众看到我们的短视频，该怎么弄"),
    ("ko", "스페인어 쓰는 시청자들한테 저희 영상을 알리고 싶은데 방법이 있을까요"),
])
def test_spanish_speakers_reached(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["faq:spanish_distribution", "partner:dalynn_studio"])])


# ---- co-producing a title already made, after an event

PITCH = {
    "en": ("any events for Latin American producers?", "what time does it start for me?"),
    "es": ("¿tienen algún evento para productores latinoamericanos?", "¿a qué hora empieza para mí?"),
    "zh": ("有没有给拉美制片人办的活动", "那个在我们这边几点开始"),
    "ko": ("중남미 제작자를 위한 행사 있어요?", "그거 한국 시간으로 몇 시에 시작해요?"),
}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "could we come in as partners on one of them shows you've made already, going halves?"),
    ("en", "what about going halves on one of the dramas you guys have already shot?"),
    ("es", "¿y si entramos como socios en una de las series que ya tienen terminadas?"),
    ("zh", "你们已经拍完的那几部剧我们能入一股吗"),
    ("ko", "이미 만들어진 작품에 저희가 공동 제작으로 들어갈 수 있을까요"),
])
def test_a_title_already_made_coproduced_after_an_event(services: Services, lang: str, text: str) -> None:
    event, when = PITCH[lang]
    talk(services, lang, [(event, "event:latam_pitch_day_2027"), (when, "event:latam_pitch_day_2027#date"),
                          (text, "faq:coproduce_catalog_title")])


# ---- the event in focus: a reminder, and how it is held

NEXT_EVENT = {
    "en": "What is the next event of the alliance?",
    "es": "¿Cuál es el próximo evento de la alianza?",
    "zh": "联盟的下一场活动是什么？",
    "ko": "연맹의 다음 행사는 무엇입니까?",
}
SESSION = "global_talent_info_session_2026"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kindly remind me before it begins."),
    ("es", "Le ruego recordármelo antes de que empiece."),
    ("es", "¿Sería tan amable de recordarnos antes del inicio?"),
    ("zh", "开始之前请提醒我。"),
    ("ko", "시작 전에 알림 부탁드립니다."),
])
def test_a_reminder_of_the_event_in_focus(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(NEXT_EVENT[lang], f"event:{SESSION}"),
                          (text, [f"event:{SESSION}", f"remind:{SESSION}", f"reminder:{SESSION}"])])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Will that be held online, or do people attend in person at a venue?"),
    ("es", "¿Se realizará en línea o habrá que asistir de forma presencial?"),
    ("zh", "这场是线上举行，还是要到现场参加？"),
    ("ko", "온라인으로 진행됩니까, 현장에서 진행됩니까?"),
    ("ko", "그 행사는 온라인으로 하나요 아니면 오프라인으로 모여서 하나요?"),
])
def test_online_or_in_person_of_the_event_in_focus(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(NEXT_EVENT[lang], f"event:{SESSION}"), (text, f"event:{SESSION}#venue")])


# ---- the on-site services, a set in focus

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "What services can you arrange on site when our team gets there?"),
    ("es", "¿Qué servicios nos pueden gestionar en el lugar cuando lleguen nuestros técnicos?"),
    ("zh", "我们剧组抵达以后，现场能安排哪些服务？"),
    ("zh", "摄制组一到，现场能帮忙安排哪些服务？"),
    ("ko", "저희 팀이 도착하면 현장에서 어떤 서비스를 받을 수 있나요?"),
])
def test_on_site_services_asked_with_a_set_in_focus(services: Services, lang: str, text: str) -> None:
    ask, era = GARDENS[lang]
    talk_globs(services, lang, [(ask, "list:locations?scene=garden"), (era, "location:*#era*"),
                                (text, "incentive:on_site_services")])


# ---- the last answer again, for someone else

@pytest.mark.parametrize(("lang", "text", "script"), [
    ("ko", "영어로 다시 말해 줘, 외국인 부원 보여주게", "Monday"),
    ("ko", "중국어로 한 번 더 써 줘, 중국인 팀원한테 보여줄라고", "周一"),
    ("en", "say that in Spanish for my teammate", "lunes"),
    ("es", "dímelo en coreano pa mi compa", "월"),
])
def test_the_last_answer_again_for_a_club_member(services: Services, lang: str, text: str, script: str) -> None:
    hours = "contact:vertical_short_drama_center#hours"
    asks = {"ko": "세로형 숏드라마 운영센터 업무 시간이 어떻게 돼요?",
            "en": "what are the office hours of the Vertical Short Drama Operations Center?",
            "es": "¿qué horario tiene el Centro de Operaciones de Microdramas Verticales?"}
    reply = talk(services, lang, [(asks[lang], hours), (text, hours)])
    assert script in reply.text, reply.text


# ---- 경상: tell me when it comes out

@pytest.mark.parametrize(("text", "standard"), [
    ("한국 소식 나오모 알려도", "한국 소식 나오면 알려 줘"),
    ("전화번호 좀 갤차도", "전화번호 좀 가르쳐 줘"),
    ("이거 알려도 돼요?", "이거 알려도 돼요?"),
    ("알려도 괜찮아요?", "알려도 괜찮아요?"),
])
def test_gyeongsang_orders_read_as_standard(text: str, standard: str) -> None:
    assert read_as_standard(text)[0] == standard


@pytest.mark.parametrize(("text", "topic"), [
    ("한국 소식 나오모 알려도", "korea_news"),
    ("새 작품 나오모 알려도", "catalog_releases"),
])
def test_gyeongsang_news_wanted(services: Services, text: str, topic: str) -> None:
    talk(services, "ko", [("한국하고 관련된 행사 곧 있나?", "event:korea_matchmaking_2027"),
                          (text, ["subscribe", f"subscribe:{topic}"])])


# ---- a cheaper way asked after the cost feared (the eatery's words no longer read as a meal asked)

@pytest.mark.parametrize("text", [
    "拍摄好贵，有没有便宜点的办法",
    "聽講喺橫店拍嘢好貴，我哋間細餐廳冇乜預算，有冇平啲嘅辦法？",
])
def test_a_cheaper_way_after_the_cost_feared(services: Services, text: str) -> None:
    talk(services, "zh", [(text, ["faq:costs", "incentive:ecosystem_and_costs"])])


def test_support_asked_after_the_cost_feared_stays_the_incentives(services: Services) -> None:
    talk(services, "zh", [("听说横店很贵，有没有补贴？", "faq:incentives")])
