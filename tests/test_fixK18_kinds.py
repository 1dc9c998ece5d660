"""fixK18 (play26 leftovers): kinds of partner messages and the answer each gets, in en/es/zh/ko.

- A language named as the version someone makes ("who does the Chinese subtitles?", "누가 스페인어로
  각색해 줘요?") is no request to be answered in it: the reply stays in the partner's language; Spanish
  is Dalynn Studio's work, another language's versions are not published (International Business).
- Who adapts and distributes titles for the Latin American market, asked with the market reached
  ("if we want our shows sold into Latin America…"): the Spanish distribution FAQ in every language.
- A wish to co-produce a named title, said: the ⭐ button's reply (the interest recorded).
- "Which one is first?" after a list of events: the earliest listed, its date.
- "That one" after the answer that names the casting day: its date, a colleague's city's time, its
  calendar file.
- A Chinese title named by part of it ("灶王那部"), and a title named in a request for a person,
  are the title talked about after /start.
- "The shortest overall" of a genre or a list: the totals (episodes × minutes) compared.
- Two sets (or the few just listed) weighed for a purpose: side by side on what each suits.
- Sets asked for a genre in a run-on after a title's card: the sets of that genre, not its titles.
- A name answering "which one do you mean?": the question still owed, of that one.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask

SPANISH_WORK_WHO = [
    ("ko", "누가 스페인어로 각색해 줘요?"), ("ko", "스페인어 더빙은 어디서 해 주나요?"),
    ("zh", "谁能帮我们做西班牙语配音？"), ("zh", "邊個幫手做西班牙文改編㗎？"),
    ("en", "who'd do a spanish dub of our show?"), ("en", "who handles spanish adaptaion of the shows?"),
]


@pytest.mark.parametrize(("lang", "text"), SPANISH_WORK_WHO)
def test_spanish_version_who_stays_in_the_partners_language(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.lang == lang
    assert "dalynn" in (reply.answer or "") or reply.answer == "faq:spanish_distribution", reply.answer


OTHER_VERSION_WHO = [
    ("en", "who does the Chinese subtitles?", "Chinese"), ("en", "which studio makes the korean dubbing?", "Korean"),
    ("es", "¿quién hace el doblaje al coreano?", "coreano"), ("es", "¿y quién les hace los subtítulos en inglés?", "inglés"),
    ("zh", "谁做英文版?", "英语"), ("zh", "韓文字幕係邊個做嘅？", "韩语"),
    ("ko", "영어 자막은 누가 만들어요?", "영어"), ("ko", "중국어 더빙은 어디서 해 주는 거예요?", "중국어"),
]


@pytest.mark.parametrize(("lang", "text", "named"), OTHER_VERSION_WHO)
def test_other_version_who_is_not_published(services: Services, lang: str, text: str, named: str) -> None:
    reply = ask(services, lang, text)
    assert reply.lang == lang
    assert reply.answer == "gap:international_business"
    assert named in reply.text and "Dalynn Studio" in reply.text


@pytest.mark.parametrize(("lang", "text"), [("en", "please answer in Korean from now on"), ("es", "respóndeme en inglés por favor")])
def test_asking_for_the_reply_language_still_switches(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).lang != lang


LATAM_ADAPTATION = [
    ("en", "if we want our series sold in Latin America, who handles the Spanish adaptation and distribution?"),
    ("en", "we'd like our dramas to reach Latin America, who takes care of the spanish adaptation and distribution?"),
    ("es", "si queremos vender nuestras series en Latinoamérica, ¿quién se encarga de la adaptación y la distribución?"),
    ("es", "pa' que nuestras series lleguen a Latinoamérica, ¿quién hace la adaptación al español y la distribución?"),
    ("zh", "要是想把剧卖到拉丁美洲，西语改编和发行找谁？"), ("zh", "我哋想將啲劇賣去拉美，西班牙文改編同發行邊個負責？"),
    ("ko", "작품을 남미에 팔려면 스페인어 각색하고 배급은 누가 맡아요?"), ("ko", "중남미에 우리 드라마 팔고 싶은데 스페인어 각색이랑 유통은 누가 해유?"),
]


@pytest.mark.parametrize(("lang", "text"), LATAM_ADAPTATION)
def test_adaptation_to_sell_in_latin_america_is_the_distribution_faq(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "faq:spanish_distribution"


# A wish to co-produce or license a named title, said (nothing asked): what the ⭐ button does —
# the interest recorded, the button's own reply — not the title's card or its co-production status
WISH = [
    ("en", "we'd like to co-produce Grandma 2.0", "work_grandma_2_0"),
    ("en", "we are keen on co-producing The Ancestral Hall", "work_ancestral_hall"),
    ("es", "nos interesa coproducir Abuela 2.0", "work_grandma_2_0"),
    ("es", "quisiéramos coproducir El salón de los ancestros", "work_ancestral_hall"),
    ("zh", "我们对奶奶2.0有合作意向", "work_grandma_2_0"),
    ("zh", "我哋對《祠堂迷蹤》有合拍意向", "work_ancestral_hall"),
    ("ko", "할머니 2.0 공동제작 하고 싶어요", "work_grandma_2_0"),
    ("ko", "사당의 비밀 공동 제작을 추진하고 싶습니다", "work_ancestral_hall"),
]


@pytest.mark.parametrize(("lang", "text", "work"), WISH)
def test_wish_to_co_produce_is_the_interest_button(services: Services, lang: str, text: str, work: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == f"work:{work}#interest", (reply.answer, reply.text)
    assert reply.interest == work or reply.staff_note


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "can we co-produce Grandma 2.0?"), ("es", "¿se puede coproducir Abuela 2.0?"),
    ("zh", "奶奶2.0可以合拍吗？"), ("ko", "할머니 2.0 공동제작 가능해요?"),
])
def test_asking_whether_it_can_be_co_produced_is_its_status(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "work:work_grandma_2_0#coproduction"


# "Which one is first?" after a list of events: the earliest of those listed, said first with its
# date (not the card of whichever event the words point at, nor out of scope)
FIRST_OF_LIST = [
    ("en", "what's on next year?", "which of them comes first?"),
    ("en", "upcoming events pls", "ok which one is earliest"),
    ("es", "¿qué eventos tienen para el año que viene?", "¿y cuál va primero?"),
    ("es", "¿qué eventos se vienen?", "¿cuál de esos es antes?"),
    ("zh", "明年有什么活动？", "哪个最早？"),
    ("zh", "明年有咩活動？", "邊個先？哪個最先？"),
    ("ko", "내년에 무슨 행사 있어요?", "어느 게 제일 먼저예요?"),
    ("ko", "내년 행사 알려 주이소", "어느 쪽이 가장 먼저 열리노?"),
]


@pytest.mark.parametrize(("lang", "listed", "first"), FIRST_OF_LIST)
def test_which_is_first_after_a_list_is_its_earliest(services: Services, lang: str, listed: str, first: str) -> None:
    shown = ask(services, lang, listed)
    assert (shown.answer or "").startswith("list:events"), shown.answer
    reply = ask(services, lang, listed, first)
    listed = [i.partition(":")[2] for i in shown.items if i.startswith("event:")]
    earliest = min(listed, key=lambda rid: services.knowledge.current.events[rid].starts)
    assert reply.answer == f"event:{earliest}#date", reply.answer


# "That one" after a list narrowed by an answer that names one event (the casting day, in the
# foreign-actors answer): its date and a colleague's city's time; "add it to my calendar": its file
CASTING_AFTER_LIST = [
    ("en", ["what's happening next year?", "which of those are open to foreign actors?", "what day is that? my colleague's in Madrid, what time for him?", "put it in my calendar"], "Madrid"),
    ("es", ["¿qué eventos hay el próximo año?", "¿alguno es para actores extranjeros?", "¿qué día es ese? mi colega está en Bogotá, ¿qué hora sería allá?", "agrégalo al calendario"], "Bogotá"),
    ("zh", ["明年都有啥活动", "里面哪个对外籍演员开放？", "那个是哪天？我同事在圣保罗，那边几点？", "加到日历"], "圣保罗"),
    ("zh", ["明年有咩活動？", "邊個係畀外國演員嘅？", "嗰個係幾號？我同事喺溫哥華，嗰邊係幾點？", "加入日曆"], "温哥华"),
    ("ko", ["내년에 무슨 행사 있어요?", "그 중에 외국 배우 대상은 뭐예요?", "그거 며칠이에요? 동료가 시드니에 있는데 거기는 몇 시예요?", "캘린더에 넣어 주세요"], "시드니"),
]


@pytest.mark.parametrize(("lang", "lines", "city"), CASTING_AFTER_LIST)
def test_that_one_after_the_casting_answer_is_the_casting_day(services: Services, lang: str, lines: list[str], city: str) -> None:
    from tests.dialogue import say
    told = say(services, lang, *lines)
    assert "international_sets_casting_day_2027" in (told[1].text + str(told[1].buttons)) or told[1].answer == "faq:foreign_actors"
    assert told[2].answer == "event:international_sets_casting_day_2027#date", told[2].answer
    assert city in told[2].text
    assert told[3].document is not None and told[3].answer.startswith("event:international_sets_casting_day_2027"), told[3].answer


# A title named by a part of its name right after /start, one title fitting it: that title
PART_OF_TITLE = [
    ("en", "and the kitchen god one, how many episodes?", "work_kitchen_god_quits"),
    ("en", "the grandma one, what genre is it?", "work_grandma_2_0"),
    ("es", "¿y la del dios de la cocina cuántos capítulos tiene?", "work_kitchen_god_quits"),
    ("es", "la de la abuela, ¿de qué género es?", "work_grandma_2_0"),
    ("zh", "灶王那部有几集？", "work_kitchen_god_quits"),
    ("zh", "灶王爺嗰部有幾集？", "work_kitchen_god_quits"),
    ("zh", "奶奶那个是什么类型？", "work_grandma_2_0"),
    ("ko", "조왕신 그거 몇 부작이에요?", "work_kitchen_god_quits"),
    ("ko", "할머니 그거 장르가 뭐예요?", "work_grandma_2_0"),
]


@pytest.mark.parametrize(("lang", "text", "work"), PART_OF_TITLE)
def test_part_of_a_title_after_start_is_that_title(services: Services, lang: str, text: str, work: str) -> None:
    reply = ask(services, lang, "/start", text)
    assert (reply.answer or "").startswith(f"work:{work}"), reply.answer


@pytest.mark.parametrize("text", ["清明上河图那部有几集？", "横店那个活动是几号？"])
def test_another_records_name_is_no_part_of_a_title(services: Services, text: str) -> None:
    assert not (ask(services, "zh", "/start", text).answer or "").startswith("work:work_ten_days_in_october")


# A title named only inside a request for a person is the one talked about: after /start, "the
# drama just now" ("頭先嗰部劇", "刚才那部", "the show I mentioned") is that title
TITLE_IN_HANDOFF = [
    ("en", "I'd like to talk to a person about Ten Days in October", "the show I just mentioned, how many episodes?"),
    ("en", "could I speak with someone about The Ancestral Hall?", "that drama from before — is it finished?"),
    ("es", "quiero hablar con alguien sobre Diez días de octubre", "la serie de hace un rato, ¿cuántos capítulos tiene?"),
    ("es", "¿me pasan con una persona por lo de El salón de los ancestros?", "esa serie que te mencioné, ¿ya está terminada?"),
    ("zh", "我想搵真人傾下合拍《橫店十月》", "頭先嗰部劇有幾多集？"),
    ("zh", "想找个真人聊聊《祠堂迷踪》", "刚才那部剧拍完了吗？"),
    ("ko", "시월의 열흘 건으로 담당자와 얘기하고 싶어요", "아까 그 작품 몇 부작이에요?"),
    ("ko", "사당의 비밀 관련해서 사람이랑 직접 얘기하고 싶어", "아까 말한 그 드라마 완성됐어?"),
]


@pytest.mark.parametrize(("lang", "handoff", "again"), TITLE_IN_HANDOFF)
def test_title_named_in_a_handoff_stays_in_focus(services: Services, lang: str, handoff: str, again: str) -> None:
    from tests.dialogue import say
    first, _, reply = say(services, lang, handoff, "/start", again)
    assert first.answer.partition(":")[0] == "handoff"
    assert (reply.answer or "").startswith(("work:work_ten_days_in_october", "work:work_ancestral_hall")), reply.answer


# "The shortest / longest overall" of a genre or of the titles just listed: the whole running
# time (episodes × minutes) compared, the totals said, not the genre's list nor the episode count
TOTAL_EXTREME = [
    ("en", ["which mystery title is shortest in total?"], "work_ancestral_hall", "90"),
    ("en", ["mystery titles looking for partners?", "ok which one's the longest overall"], "work_murder_along_the_river", "160"),
    ("es", ["de los de misterio, ¿cuál dura menos en total? o sea el más corto en total"], "work_ancestral_hall", "90"),
    ("es", ["¿qué obras de misterio buscan socios?", "¿cuál es la más larga en total?"], "work_murder_along_the_river", "160"),
    ("zh", ["悬疑剧里面哪部加起来最短？"], "work_ancestral_hall", "90"),
    ("zh", ["懸疑劇入面邊部總共最長？"], "work_emperors_clockmaker", "180"),
    ("ko", ["미스터리 중에 총 길이가 제일 짧은 작품은요?"], "work_ancestral_hall", "90"),
    ("ko", ["미스터리 작품 중 파트너 찾는 거 보여 주세요", "그 중에 전체 길이가 가장 긴 건?"], "work_murder_along_the_river", "160"),
]


@pytest.mark.parametrize(("lang", "lines", "work", "minutes"), TOTAL_EXTREME)
def test_shortest_overall_compares_totals(services: Services, lang: str, lines: list[str], work: str, minutes: str) -> None:
    reply = ask(services, lang, *lines)
    assert (reply.answer or "").startswith(("work:" + work, "work:work_canton_nocturne") if minutes == "180" else "work:" + work), reply.answer
    assert minutes in reply.text.split("\n")[0]
    assert "\n" in reply.text  # the others' totals beside it


# Two sets weighed for a purpose ("which is better for an imperial wedding?"): both side by side on
# what each is published as suited for, the one whose description alone names the purpose first
# (else "it depends"), named or the two just compared
SETS_FOR = [
    ("en", ["Qin Palace or Ming and Qing Palace, which one's better for a royal wedding scene?"], "location:ming_qing_palace"),
    ("en", ["what's the difference between the Qin Palace and the Ming and Qing Palace?", "ok and which is better for the emperor's wedding?"], "location:ming_qing_palace"),
    ("es", ["entre el Palacio de Qin y el Palacio Ming y Qing, ¿cuál conviene más para rodar una boda del emperador?"], "location:ming_qing_palace"),
    ("es", ["¿en qué se diferencian el Palacio de Qin y el Palacio de las dinastías Ming y Qing?", "¿y cuál nos sirve mejor pa' unas bodas imperiales?"], "location:ming_qing_palace"),
    ("zh", ["秦王宫跟明清宫苑比，拍大婚的戏哪个更合适？"], "location:ming_qing_palace"),
    ("zh", ["秦王宮同明清宮苑，拍皇帝大婚邊個好啲？哪個更合適？"], "location:ming_qing_palace"),
    ("ko", ["명청궁원이랑 원명신원 중에 궁중 로맨스 찍기엔 어디가 더 나아요?"], "list:locations"),
    ("ko", ["원명신원하고 명청궁원 중에 궁중 로맨스 찍을라믄 어느 쪽이 더 낫노?"], "list:locations"),
]


@pytest.mark.parametrize(("lang", "lines", "answer"), SETS_FOR)
def test_two_sets_for_a_purpose_side_by_side(services: Services, lang: str, lines: list[str], answer: str) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer == answer, (reply.answer, reply.text)
    assert reply.text.count("<b>") >= 2 and len(reply.items) == 2


# "Do you have sets for that?" of a genre said in a run-on, right after a title's card: the sets
# suited to that genre (locations.yaml `genres`), not the catalogue's titles of it; then "which of
# those is better for…" stays on those sets
SETS_FOR_GENRE = [
    ("en", "tell me about A Fencer in Jianghu", "nice. we're planning a wuxia shoot next spring, got any sets for that? also can we fly drones there"),
    ("en", "Blade and Blossom pls", "we'd film a martial arts thing in may, do u have sets for that and how big is the crew usually lol"),
    ("es", "háblame de Espada y flor", "queremos grabar algo de wuxia en primavera, ¿tienen locaciones pa' eso? y ¿se pueden usar drones?"),
    ("es", "¿de qué va Una esgrimista entre espadachines?", "vale, queremos rodar una de artes marciales, ¿tenéis sets para eso? ¿y podemos llevar nuestro equipo?"),
    ("zh", "介绍一下剑与花", "我们明年春天想拍个武侠片，你们有合适的景吗？另外能自己带无人机吗"),
    ("zh", "擊劍冠軍闖江湖係講咩㗎", "我哋想拍武俠片，有冇啱用嘅場景？仲有可唔可以帶無人機"),
    ("ko", "검과 꽃 알려 주세요", "봄에 무협물 찍으려는데 그런 세트 있어요? 그리고 드론 가져가도 돼요?"),
    ("ko", "검과 꽃 소개 좀", "우리 무협 찍을 건데 세트장 있나? 드론도 되나?"),
]


@pytest.mark.parametrize(("lang", "card", "run_on"), SETS_FOR_GENRE)
def test_sets_for_a_genre_in_a_run_on_are_locations(services: Services, lang: str, card: str, run_on: str) -> None:
    from tests.dialogue import say
    _, sets, better = say(services, lang, card, run_on, {
        "en": "which of those is better for a night fight scene?", "es": "¿cuál de esos sirve mejor para una pelea de noche?",
        "zh": "这几个里面哪个更适合拍夜戏打斗？", "ko": "그 중에 밤 격투 장면 찍기엔 어디가 더 나아요?"}[lang])
    assert (sets.answer or "").startswith("list:locations"), sets.answer
    assert "location:qin_palace" in sets.items
    assert (better.answer or "").startswith(("list:locations", "location:")), better.answer
    assert set(better.items) <= set(sets.items) and len(better.items) >= 2


# The partner answers the bot's "which one do you mean?" with a name: the question still owed
# (who to contact, how many episodes) answered of that one, not its card
PENDING = [
    ("en", ["any mystery titles looking for partners?", "who's the contact for that one?", "Ancestral"], "contact:hisda_secretariat"),
    ("en", ["got any comedies?", "how many episodes does it have?", "The Kitchen God Quits"], "work:work_kitchen_god_quits#episodes"),
    ("es", ["¿qué comedias tienen?", "¿con quién hablo sobre esa?", "El dios de la cocina renuncia"], "contact:international_business"),
    ("es", ["¿tienen series de misterio que busquen socios?", "¿con quién hablo sobre esa?", "El salón de los ancestros"], "contact:hisda_secretariat"),
    ("zh", ["有哪些喜剧？", "那部找谁谈？", "灶王爷辞职了"], "contact:international_business"),
    ("zh", ["有冇搵緊合作方嘅懸疑劇？", "嗰部搵邊個傾？", "祠堂迷蹤"], "contact:hisda_secretariat"),
    ("ko", ["코미디 작품 뭐 있어요?", "그거 담당자 누구예요?", "조왕신"], "contact:international_business"),
    ("ko", ["파트너 찾는 미스터리 작품 있나?", "그거 몇 부작이고?", "사당의 비밀"], "work:work_ancestral_hall#episodes"),
]


@pytest.mark.parametrize(("lang", "lines", "answer"), PENDING)
def test_name_answering_which_one_gets_the_pending_answer(services: Services, lang: str, lines: list[str], answer: str) -> None:
    from tests.dialogue import say
    _, which, picked = say(services, lang, *lines)
    assert which.answer == "clarify", which.answer
    assert (picked.answer or "").startswith(answer), (picked.answer, picked.text)
