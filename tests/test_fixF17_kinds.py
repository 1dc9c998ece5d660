# ruff: noqa: N999
"""Round 27's leftovers taken by fixF17, each kind in four languages with sentences of our own:

1. a palace said in one syllable after an era ("명나라 궁은 없나?", "有没有明朝的宫？") is the palace
   scene; an era none of whose sets has the scene says so before the era's sets;
2. hearsay beside who is writing ("저희는 부산 제작사인데 4월에 서울에서 행사 있다고 들었어요") is the
   question's subject; a month said with a city's event held in another month is said first;
   "we're based in Lima. any event in Seoul in April?" answers the events, not only the zone;
3. which titles to pitch at an event in view → the catalog titles seeking partners (its record says
   so), else unpublished with the event's team; "what to bring" stays the event's gap;
4. a small budget asked as the choice among the events listed ("¿qué nos conviene con poca plata?")
   → no fee published, those events again, never the list's first event;
5. the way into a programme asked with its intake session in focus → that session explains it;
6. a streaming service asked by that name → where the title streams is not published, its team;
7. ⭐ with no staff chat: the interest is noted, nobody replies here, the title's team to write to;
8. the titles of a genre asked as ones that can be co-produced → those seeking partners;
9. "is each ep long?" → the episode length, not the count;
10. actors who don't speak Chinese, "would that be a problem?" → the languages FAQ, not a "Yes."
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents.callbacks import encode
from intents.handoff import unstaffed_interest
from tests.dialogue import ask, new_chat, say


# -- 1. a palace in one syllable after an era ---------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "청나라 궁은 없는교?"),
    ("ko", "명나라 궁 있어요?"),
    ("zh", "有没有明代的宫？"),
    ("zh", "清朝嘅宮有冇？"),
    ("en", "got a Qing dynasty palace?"),
    ("en", "do you have any Ming palace set"),
    ("es", "¿tienen un palacio de la dinastía Qing?"),
    ("es", "busco palacio de época Ming, ¿hay?"),
])
def test_a_palace_after_an_era_lists_that_eras_palaces(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("list:locations?era=") and "scene=palace" in reply.answer, reply.answer
    assert "location:ming_qing_palace" in reply.items
    assert "location:ming_qing_folk_houses" not in reply.items


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "is there a Song dynasty palace?", "No Song dynasty set is listed for palace"),
    ("es", "¿hay algún palacio de la dinastía Song?", "Ningún set"),
    ("zh", "宋代的宫有吗？", "没有标明适合"),
    ("ko", "송나라 궁은 없능교?", "장면용으로 소개된 곳은 없습니다"),
])
def test_an_era_without_the_scene_says_so_before_its_sets(services: Services, lang: str, text: str, said: str) -> None:
    reply = ask(services, lang, text)
    assert reply.items == ["location:qingming_riverside"]
    assert said in reply.text.split("\n")[0], reply.text
    assert "The one set we have for" not in reply.text


# -- 2. a city's event asked with hearsay, a month, the partner's own city -----------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "안녕하세요, 저희는 대구 제작사인데 내년 4월 서울에서 행사가 있다고 들었어요. 언제 해요?"),
    ("ko", "안녕하세요. 저희는 부산에 있는 회사인데 4월에 서울에서 뭐 한다던데. 날짜가 언제예요?"),
    ("en", "Hello, we're a small studio in Busan. We heard about an event in Seoul in April. When exactly?"),
    ("en", "hi! we're based in Incheon and we heard there's an event in Seoul next April, what date?"),
    ("es", "Hola, somos una productora de Busan. Escuchamos que hay un evento en Seúl en abril. ¿Qué día es?"),
    ("es", "buenas, somos de Lima y nos dijeron que hay un encuentro en Seúl en abril, ¿cuándo es?"),
    ("zh", "你好，我们是釜山的公司。听说明年四月在首尔有个活动。具体哪天？"),
    ("zh", "您好，我們是首爾的製作公司，聽說四月在首爾有活動，是幾號？"),
])
def test_hearsay_beside_who_writes_is_the_question(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("event:korea_matchmaking_2027") or reply.items == ["event:korea_matchmaking_2027"], reply.answer


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "any event in Seoul in July?", "isn't in July"),
    ("en", "is there something happening in Seoul in September?", "isn't in September"),
    ("es", "¿hay algún evento en Seúl en julio?", "no se celebra en julio"),
    ("es", "¿tienen algo en Seúl para septiembre?", "no se celebra en septiembre"),
    ("zh", "七月在首尔有活动吗？", "不在7月举办"),
    ("zh", "九月首爾有冇活動？", "不在9月举办"),
    ("ko", "서울에서 7월에 행사 있어요?", "7월에 열리지 않습니다"),
    ("ko", "9월에 서울에서 하는 행사 있나?", "9월에 열리지 않습니다"),
])
def test_a_citys_event_in_another_month_says_so_first(services: Services, lang: str, text: str, said: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("event:korea_matchmaking_2027"), reply.answer
    assert said in reply.text.split("\n")[0], reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we're based in Bogotá. any event in Seoul in April?"),
    ("en", "I'm based in Lagos. anything on in Seoul this coming April?"),
])
def test_own_city_then_an_event_question_answers_the_events(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer != "pref:timezone"
    assert "event:korea_matchmaking_2027" in (reply.items or [reply.answer.partition("#")[0]])


# -- 3. which titles to pitch at an event ---------------------------------------------------------------
SEEKING = "list:works?coproduction=seeking_partners"


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("en", "what's the LatAm pitch day?", "so which titles could we bring to pitch?"),
    ("en", "tell me about the Seoul matchmaking", "which of your dramas could we present there?"),
    ("es", "¿qué es la jornada de pitch?", "¿y qué títulos podríamos pitchear ahí?"),
    ("es", "háblame del encuentro en Seúl", "¿cuáles obras se pueden presentar?"),
    ("zh", "拉美推介会是什么？", "我们能推介哪些作品？"),
    ("zh", "介紹一下首爾的對接會", "可以帶哪些作品去？"),
    ("ko", "피칭 데이가 뭐예요?", "어떤 작품을 피칭하면 돼요?"),
    ("ko", "서울 매칭 행사 알려줘", "무슨 작품 가져가서 발표할 수 있어요?"),
])
def test_titles_to_pitch_at_an_event_are_those_seeking_partners(services: Services, lang: str, first: str, then: str) -> None:
    reply = ask(services, lang, first, then)
    assert reply.answer == SEEKING, reply.answer
    assert "work:work_palace_ratings_war" in reply.items and "work:work_grandma_2_0" not in reply.items


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("en", "when is the virtual stage open day?", "which titles are they going to show there?"),
    ("es", "¿cuándo es la noche de cine latino 2027?", "¿qué títulos van a proyectar?"),
    ("zh", "虚拟棚开放日是哪天？", "那天会展示哪些作品？"),
    ("ko", "2027 라틴 영화의 밤 언제예요?", "어떤 작품 상영해요?"),
])
def test_titles_of_an_event_whose_record_names_none_are_unpublished(services: Services, lang: str, first: str, then: str) -> None:
    reply = ask(services, lang, first, then)
    assert (reply.answer or "").startswith("gap:"), reply.answer
    assert not reply.items


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("en", "tell me about the casting day", "what should we bring?"),
    ("es", "háblame del casting day", "¿qué hay que llevar ese día?"),
    ("zh", "介紹一下選角日", "要帶什麼東西？"),
    ("ko", "캐스팅 데이 알려줘", "뭘 가져가야 돼요?"),
])
def test_what_to_bring_is_no_titles(services: Services, lang: str, first: str, then: str) -> None:
    reply = ask(services, lang, first, then)
    assert reply.answer != SEEKING


# -- 4. a small budget as the choice among the events listed -------------------------------------------
WINDOW = {"en": "what events are there from August to October 2027?",
          "es": "¿qué eventos hay de agosto a octubre de 2027?",
          "zh": "2027年8月到10月有哪些活动？",
          "ko": "2027년 8월에서 10월 사이 행사 뭐 있어요?"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "going back to the start: which of them is best if money's tight?"),
    ("en", "which of those would be cheapest for us?"),
    ("es", "volviendo a lo primero, ¿cuál nos sale mejor con poca lana?"),
    ("es", "de esos, ¿cuál conviene si tenemos poco presupuesto?"),
    ("zh", "回到刚才的问题，预算有限的话哪个比较好？"),
    ("zh", "我哋冇乜錢，邊個最抵？"),
    ("ko", "다시 처음 질문인데, 예산이 빠듯하면 어느 게 나아요?"),
    ("ko", "돈이 별로 없으면 그중에 뭐가 제일 싸요?"),
])
def test_a_small_budget_among_listed_events_is_no_price_and_those_events(services: Services, lang: str, text: str) -> None:
    replies = say(services, lang, WINDOW[lang], text)
    listed = replies[0].items
    reply = replies[1]
    assert (reply.answer or "").startswith("gap:"), reply.answer
    assert reply.items == listed and len(listed) == 3


# -- 5. the way into a programme, asked after its intake session --------------------------------------
@pytest.mark.parametrize(("lang", "first", "then"), [
    ("en", "when's the talent program info session?", "and how would I actually get into the program?"),
    ("en", "when is the Global Talent Program session?", "how can we join the program after that?"),
    ("es", "¿cuándo es la sesión del programa de talento?", "¿y cómo me inscribo al programa?"),
    ("es", "¿cuándo es la sesión informativa de talento?", "¿cómo hago para entrar al programa después?"),
    ("zh", "全球人才计划说明会什么时候？", "之后怎么报名这个计划？"),
    ("zh", "人才計劃說明會幾時？", "點樣加入個計劃？"),
    ("ko", "인재 프로그램 설명회 언제야?", "그 프로그램 어떻게 참여해?"),
    ("ko", "글로벌 인재 프로그램 설명회 날짜 알려주세요", "프로그램에는 어떻게 지원하나요?"),
])
def test_joining_the_programme_after_its_session_is_that_session(services: Services, lang: str, first: str, then: str) -> None:
    reply = ask(services, lang, first, then)
    assert reply.answer == "program:global_talent_program", reply.answer
    assert reply.focus == "event:global_talent_info_session_2026"  # the session that explains the way in


# -- 6. a streaming service by that name --------------------------------------------------------------
@pytest.mark.parametrize(("lang", "first", "then"), [
    ("en", "tell me about Half a Teahouse", "what streaming service carries it?"),
    ("en", "tell me about Half a Teahouse", "which streaming platform is Half a Teahouse on?"),
    ("es", "háblame de Media casa de té", "¿en qué servicio de streaming sale?"),
    ("es", "háblame de Media casa de té", "¿qué plataforma de streaming la pasa?"),
    ("zh", "介绍一下半间茶馆", "哪个流媒体能看？"),
    ("zh", "介紹一下半間茶館", "喺邊個串流平台播？"),
    ("ko", "반쪽 찻집 알려줘", "어떤 스트리밍 서비스에 있어요?"),
    ("ko", "반쪽 찻집 알려줘", "OTT 어디서 봐요?"),
])
def test_a_streaming_service_asked_is_where_it_streams(services: Services, lang: str, first: str, then: str) -> None:
    reply = ask(services, lang, first, then)
    assert reply.answer == "gap:dalynn_studio", reply.answer  # Half a Teahouse's own team


# -- 7. ⭐ with no staff chat ---------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_interest_with_no_staff_chat_promises_no_contact(services: Services, lang: str) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    kb = services.knowledge.current
    work = kb.works["work_half_a_teahouse"]
    first = services.brain.reply_to_button(chat, encode("int", work.id), services.store.profile(chat))
    assert first.interest == work.id
    told = unstaffed_interest(first, kb)
    email = kb.contacts[work.contact].email
    assert t("interest_recorded", lang, title="")[:5] not in told.text or email in told.text
    assert email in told.text and email in (told.toast or "")
    assert told.text != first.text
    again = unstaffed_interest(services.brain.reply_to_button(chat, encode("int", work.id), services.store.profile(chat)), kb)
    assert email in again.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'm interested in Half a Teahouse"),
    ("es", "me interesa Media casa de té"),
    ("ko", "반쪽 찻집에 관심 있어요"),
])
def test_interest_in_words_with_no_staff_chat_names_the_team(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.interest == "work_half_a_teahouse"
    told = unstaffed_interest(reply, services.knowledge.current)
    assert "partners@dalynn.example.com" in told.text


# -- 8. a genre's titles that can be co-produced ---------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿qué series son románticas y se pueden coproducir?"),
    ("es", "cuáles títulos de misterio se podrían coproducir?"),
    ("en", "which of your titles are mysteries and can be co-produced?"),
    ("en", "what romance shows could get co-produced?"),
    ("zh", "哪些爱情剧可以合拍？"),
    ("zh", "邊啲懸疑劇可以合拍？"),
    ("ko", "로맨스 중에 같이 제작할 수 있는 거 있어요?"),
    ("ko", "미스터리 작품 중에 함께 만들 수 있는 작품 뭐 있어?"),
])
def test_a_genres_titles_that_can_be_co_produced_seek_partners(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert "coproduction=seeking_partners" in (reply.answer or ""), reply.answer
    assert all(services.knowledge.current.works[i.partition(":")[2]].coproduction == "seeking_partners" for i in reply.items)


# -- 9. whether the episodes are long ---------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "first", "then"), [
    ("en", "tell me about Grandma 2.0", "is every episode long?"),
    ("en", "tell me about Grandma 2.0", "are the eps short?"),
    ("es", "háblame de Abuela 2.0", "¿son cortos los capítulos?"),
    ("es", "háblame de Abuela 2.0", "¿los caps son larguitos?"),
    ("zh", "介绍一下奶奶2.0", "每集短吗？"),
    ("zh", "介紹一下奶奶2.0", "一集長唔長？"),
    ("ko", "할머니 2.0 알려줘", "한 회가 짧아요?"),
    ("ko", "할머니 2.0 알려줘", "에피소드가 긴가요?"),
])
def test_whether_episodes_are_long_is_their_length(services: Services, lang: str, first: str, then: str) -> None:
    reply = ask(services, lang, first, then)
    assert reply.answer == "work:work_grandma_2_0#episode_minutes", reply.answer


# -- 10. no Chinese spoken: in the way? ------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "our lead actress doesn't speak Chinese at all, is that going to be an issue for working there?"),
    ("en", "two of our actors can't speak Mandarin, would that be an obstacle?"),
    ("es", "nuestros actores no hablan nada de chino, ¿es un problema?"),
    ("es", "tenemos actrices que no saben chino, ¿eso afecta para trabajar en Hengdian?"),
    ("zh", "我们的演员都不会讲普通话，有问题吗？"),
    ("zh", "我哋啲演員唔識講國語，有冇影響？"),
    ("ko", "우리 배우들이 중국어를 전혀 못하는데 괜찮나요?"),
    ("ko", "배우가 중국어 모르는데 문제 될까예?"),
])
def test_actors_without_chinese_is_the_languages_answer(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer != "faq:foreign_actors", reply.answer
    assert reply.answer in ("faq:languages", "program:global_talent_program"), reply.answer
