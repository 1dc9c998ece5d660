"""Kinds of answer set 67's question and off-topic mistakes (read after it was written blind),
fixB17, each in four languages with wordings written for these tests:

- a set's kind of scene asked in pidgin ("e get market street?") or said twice ("集市场景…热闹的市场":
  the market is the scene, not where a company sells), and a backdrop weighed against a plainer one
  with a verb between ("or is it only chroma key", "o es puro croma"): the yes or no of its scenes;
- a story the partner wants to shoot at a set ("打算拍一个民国年代的故事…拍得了民国戏吗") is no plot
  asked: the set's periods;
- a title's genre weighed against another in plain words ("a period piece or closer to a whodunit"):
  its genres;
- an episode's length asked with "how much" ("episode length how much?"), Sichuan 好长 / Cantonese
  几长; "몇 편" of one title named: its episode count;
- the co-host said as which event is meant ("和Reel-K联合主办的那个对接会是几号"): its date, no organisers;
- "for our records" is the partner's files, no recording of the event asked;
- titles already out in a language; what is planned for the months ahead (the events); news of any
  new support (the incentives subscription); slang and dialect of a small poor team asking for a
  break (the incentives) or weighing its tiny budget (the costs FAQ); a foreign actor without
  Chinese in Nigerian Pidgin;
- another place's affairs (a company registered abroad, another town's festival, a master's course);
- fighting in general beside the action genre's name; the homes an audience comes from (no family
  genre); a question of its own after a wish to be connected (answered, no hand-off); a licence's
  price or a co-production's share asked (the gap); the process of a support (its way to apply).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


def _say(services: Services, lang: str, turns: list[tuple[str, object]]) -> None:
    talk(services, lang, turns, fits)  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "the Qingming riverside set, e get market street inside? we wan shoot busy market", "location:qingming_riverside#scene_types"),
    ("en", "Dream Valley, e get night scene? my skit na for night", "location:dream_valley#scene_types"),
    ("zh", "清明上河图景区有没有集市场景？我们戏里要一个很热闹的市场", "location:qingming_riverside#scene_types"),
    ("zh", "清明上河圖那邊有冇市集？我哋要拍個好旺嘅市場", "location:qingming_riverside#scene_types"),
    ("es", "¿El set de Qingming tiene un mercado? Necesitamos un mercado con mucha gente", "location:qingming_riverside#scene_types"),
    ("ko", "청명상하도 세트에 시장 있어요? 북적이는 시장 장면이 필요해서요", "location:qingming_riverside#scene_types"),
    ("en", "has the virtual production stage really got an LED volume, or is it just a green screen?", "location:virtual_production#scene_types"),
    ("en", "is there a proper led volume at the virtual production studio or is it only chroma key", "location:virtual_production#scene_types"),
    ("es", "¿el estudio de producción virtual tiene volumen LED o es puro croma?", "location:virtual_production#scene_types"),
    ("es", "la produccion virtual tiene pantalla led de verdad o son puras pantallas verdes", "location:virtual_production#scene_types"),
    ("zh", "虚拟制片棚真有LED屏吗，还是只是绿幕？", "location:virtual_production#scene_types"),
    ("ko", "버추얼 프로덕션 스튜디오에 LED 볼륨 진짜 있어요 아니면 그린 스크린만 있어요?", "location:virtual_production#scene_types"),
])
def test_a_kind_of_scene_asked_of_a_set_is_its_scenes(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("zh", "我们打算拍一个民国年代的故事，明清民居博览城拍得了民国戏吗", "location:ming_qing_folk_houses#eras"),
    ("zh", "想拍個民國時期嘅故事，明清民居博覽城可以拍民國戲嗎？", "location:ming_qing_folk_houses#eras"),
    ("en", "We want to shoot a 1930s story. Can the Ming-Qing Folk Houses do the Republican era?", "location:ming_qing_folk_houses#eras"),
    ("en", "Can we film a Republican-era story at the Ming-Qing Folk Houses?", "location:ming_qing_folk_houses#eras"),
    ("es", "Queremos rodar una historia de los años treinta: ¿en las Casas Populares Ming-Qing se puede rodar época republicana?", "location:ming_qing_folk_houses#eras"),
    ("ko", "민국 시대 이야기를 찍고 싶은데 명청 민가 박람성에서 민국 시대 찍을 수 있어요?", "location:ming_qing_folk_houses#eras"),
])
def test_a_story_the_partner_wants_to_shoot_is_no_plot_asked(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "Is The Ancestral Hall a historical drama, or more of a mystery?", "work:work_ancestral_hall#genres"),
    ("en", "would you call Murder Along the River a period piece or is it closer to a whodunit", "work:work_murder_along_the_river#genres"),
    ("es", "¿El salón de los ancestros es histórica o más bien de misterio?", "work:work_ancestral_hall#genres"),
    ("es", "Crimen a orillas del río, ¿es de época o es más policiaca?", "work:work_murder_along_the_river#genres"),
    ("zh", "《祠堂迷踪》是古装剧还是更偏悬疑？", "work:work_ancestral_hall#genres"),
    ("ko", "사당의 비밀은 사극이에요 아니면 미스터리에 가까워요?", "work:work_ancestral_hall#genres"),
    # the plot itself asked stays the plot
    ("en", "what's the story of Murder Along the River?", "work:work_murder_along_the_river#logline"),
])
def test_a_genre_weighed_against_another_is_the_titles_genres(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "The Kitchen God Quits episode length how much?", "work:work_kitchen_god_quits#episode_minutes"),
    ("en", "Palace Ratings War runtime per episode is how much?", "work:work_palace_ratings_war#episode_minutes"),
    ("es", "El salón de los ancestros, la duración por capítulo cuánto es?", "work:work_ancestral_hall#episode_minutes"),
    ("zh", "灶王爷辞职了 一集好长嘛", "work:work_kitchen_god_quits#episode_minutes"),
    ("zh", "祠堂迷踪每集有几长？", "work:work_ancestral_hall#episode_minutes"),
    ("ko", "사당의 비밀 한 회 길이가 얼마예요?", "work:work_ancestral_hall#episode_minutes"),
    # a price asked with "how much" stays a price no record holds
    ("en", "how much is the licence for The Kitchen God Quits?", "gap:*"),
    ("ko", "우리 상영관은 한 달에 60편쯤 틀어요. 사당의 비밀은 전부 몇 편이에요?", "work:work_ancestral_hall#episodes"),
    ("ko", "궁중 시청률 전쟁 총 몇 편이에요?", "work:work_palace_ratings_war#episodes"),
    ("en", "we can screen about 90 a season, how many episodes is Canton Nocturne?", "work:work_canton_nocturne#episodes"),
    # the catalogue counted stays the catalogue
    ("ko", "작품은 모두 몇 편이에요?", "catalog:about"),
])
def test_an_episode_length_or_count_said_otherwise(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("zh", "和Reel-K联合主办的那个对接会是几号？", "event:korea_matchmaking_2027#date"),
    ("zh", "跟Reel-K一起办的中韩对接会在哪天", "event:korea_matchmaking_2027#date"),
    ("en", "the matchmaking you co-host with Reel-K, what day is it?", "event:korea_matchmaking_2027#date"),
    ("es", "el encuentro que organizan con Reel-K, ¿qué día es?", "event:korea_matchmaking_2027#date"),
    ("ko", "Reel-K랑 공동 주최하는 매칭 행사 며칠이에요?", "event:korea_matchmaking_2027#date"),
    # who organises it, asked, stays its organisers
    ("en", "who is organising the China-Korea matchmaking?", "event:korea_matchmaking_2027#organisers"),
])
def test_the_co_host_said_as_which_event_asks_its_date(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "For our records: what date was the signing and launch ceremony held on?", "event:signing_ceremony_2025#date"),
    ("en", "just for my records, when did the Latin Film Night take place in 2025?", "event:latin_film_night#date"),
    ("es", "Para nuestros registros: ¿qué día fue la Noche de Cine Latino de 2025?", "event:latin_film_night#date"),
    ("zh", "存档用：2025年拉丁电影之夜是哪天办的？", "event:latin_film_night#date"),
    ("ko", "기록용으로 여쭤요. 2025 라틴 영화의 밤은 며칠이었어요?", "event:latin_film_night#date"),
    # a recording asked stays the recording
    ("en", "will the Latin Film Night 2027 be recorded so we can watch later?", "gap:dalynn_studio"),
])
def test_for_our_records_is_no_recording_asked(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("zh", "你哋有邊啲劇出咗西班牙文版？", "list:works?language=es"),
    ("zh", "哪些短剧已经做了西文版？", "list:works?language=es"),
    ("ko", "스페인어로 이미 나온 드라마 뭐 있어요?", "list:works?language=es"),
    ("ko", "한국어로 벌써 나와 있는 작품 어떤 거예요?", "list:works?language=ko"),
    ("en", "which of your shows are already out in Spanish?", "list:works?language=es"),
    ("es", "¿qué títulos ya están en español?", "list:works?language=es"),
])
def test_titles_already_out_in_a_language_are_listed(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "Could you tell me what you have lined up for the coming months? I'm drafting our season brochure.", "list:events*"),
    ("en", "what's planned over the next few months?", "list:events*"),
    ("es", "¿Qué eventos tienen programados para los próximos meses? Estoy armando la agenda de la productora.", "list:events*"),
    ("es", "quisiera saber qué actividades tienen planeadas de aquí a fin de año", "list:events*"),
    ("zh", "接下来几个月你们有哪些活动安排？", "list:events*"),
    ("zh", "未來幾個月你哋有咩活動安排？", "list:events*"),
    ("ko", "앞으로 몇 달 동안 잡혀 있는 행사 알려 주세요", "list:events*"),
    ("ko", "향후 몇 개월 일정이 어떻게 돼요? 저희 달력 짜는 중이에요", "list:events*"),
    # news of them wished for stays a subscription
    ("en", "let me know what you plan for the coming months", "subscribe*"),
])
def test_what_is_planned_for_the_months_ahead_is_the_events(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "any new funding or incentive wey una bring out, make una tell me", "subscribe:incentives"),
    ("en", "any new support or incentives you announce, ping me pls", "subscribe:incentives"),
    ("es", "cualquier apoyo o incentivo nuevo que saquen, avísenme porfa", "subscribe:incentives"),
    ("zh", "以后有新的扶持政策出来记得通知我", "subscribe:incentives"),
    ("ko", "새로운 지원이나 인센티브 생기면 알려 주세요", "subscribe:incentives"),
    # whether there are new ones now asks the incentives
    ("en", "are there any new incentives this year?", "faq:incentives"),
])
def test_news_of_new_support_asked_is_the_incentives_subscription(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "we're skint film students shootin on phones, any perks 4 ppl like us?", "faq:incentives"),
    ("en", "proper skint indie crew here shootin vertical, any help or perks 4 us?", "faq:incentives"),
    ("zh", "我们是几个学生娃，莫得钱，手机竖起拍，对我们有啥子照顾没得", ("faq:incentives", "list:incentives")),
    ("zh", "學生團隊冇乜錢，用手機拍豎屏，你哋對小團隊有咩照顧？", "faq:incentives"),
    ("es", "somos estudiantes sin plata que graban en vertical con el celu, ¿hay algún apoyo para gente como nosotros?", "faq:incentives"),
    ("ko", "돈 없는 학생 팀이라 폰으로 세로 촬영하는데 저희 같은 팀한테 혜택 있어요?", "faq:incentives"),
    # a tiny budget weighed against shooting here: how costly we are, no joining
    ("ko", "예산이 쥐꼬리만 한 1인 크리에이터인데 헝뎬에서 찍어도 감당 돼요?", "faq:costs"),
    ("ko", "저 같은 1인 유튜버가 예산 적은데 헝뎬 촬영 감당 됨?", "faq:costs"),
    ("en", "I'm a one-person creator on a shoestring budget, is shooting in Hengdian realistic for me?", "faq:costs"),
    ("zh", "我就是个个人博主，预算很少，去横店拍现实吗？", "faq:costs"),
    # a one-person team asking the way in still joins
    ("ko", "저 같은 1인 크리에이터 팀은 어떻게 가입해요?", "faq:join_alliance"),
])
def test_a_small_poor_team_asking_for_a_break_or_weighing_its_money(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "my paddy na actor for Abuja, he no sabi Chinese, he fit still act for una dramas?", "faq:foreign_actors"),
    ("en", "my friend is a Ghanaian actress and speaks no Chinese, could she still be cast in your shows?", "faq:foreign_actors"),
    ("es", "mi amiga es actriz en Quito y no habla nada de chino, ¿igual puede salir en sus series?", "faq:foreign_actors"),
    ("zh", "我朋友是尼日利亚演员，一句中文都不会，还能在你们的剧里演角色吗？", "faq:foreign_actors"),
    ("ko", "제 친구가 나이지리아 배우인데 중국어를 전혀 못 해요. 그래도 작품에 출연할 수 있어요?", "faq:foreign_actors"),
])
def test_a_foreign_actor_without_chinese_in_pidgin_too(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "in Kenya, to set up a production company, which documents do they ask?"),
    ("en", "opening a film company in Nepal, which office do we go to and what papers?"),
    ("es", "¿Qué papeles piden en Perú para abrir una productora?"),
    ("zh", "在尼泊尔开一家影视公司要去哪个部门办什么手续"),
    ("ko", "네팔에서 영화사를 차리려면 어느 관청에 어떤 서류를 내요?"),
    ("en", "what did the Busan film festival open with this year?"),
    ("es", "¿cuál fue la película de apertura del festival de Málaga este año?"),
    ("zh", "今年上海国际电影节的开幕片是哪部？"),
    ("ko", "올해 전주국제영화제 개막작이 뭐였어요?"),
    ("ko", "부산국제영화제 폐막작은 뭐였당가요?"),
    ("en", "what do I need to prepare to get into a master's in film in Melbourne?"),
    ("es", "¿qué necesito para entrar a una maestría de cine en Buenos Aires?"),
    ("zh", "想去首尔读电影硕士，需要准备什么？"),
    ("ko", "송도에서 영상학 석사 과정 들어가려면 뭘 준비해야 돼요?"),
])
def test_another_places_affairs_are_out_of_scope(services: Services, lang: str, asked: str) -> None:
    reply = talk(services, lang, [(asked, "*")], lambda _e, _g: True)
    assert reply.outcome in ("fallback", "out_of_scope") or (reply.answer or "").startswith(("out_of_scope", "gap:")), reply.answer


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("ko", "올해 헝뎬 영화제는 언제예요?", "event:hengdian_film_festival*"),
    ("en", "when is the film festival?", "event:hengdian_film_festival*"),
    ("ko", "전주에 있는 제작사인데요, 영화제 언제 해요?", "event:hengdian_film_festival*"),
    ("ko", "다음주전주에서 만나요", "*"),
])
def test_our_festival_asked_from_another_town_stays_ours(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("zh", "我们观众就爱看打打杀杀的，有没有动作片推荐？", "list:works?genre=action"),
    ("zh", "粉絲鍾意打打殺殺，有冇動作劇推介？", "list:works?genre=action"),
    ("en", "our viewers love fighting and punch-ups, any action dramas?", "list:works?genre=action"),
    ("es", "a mi público le gustan los madrazos, ¿tienen series de acción?", "list:works?genre=action"),
    ("ko", "시청자들이 치고받는 거 좋아해요. 액션 드라마 있어요?", "list:works?genre=action"),
    # fighting alone stays the swords
    ("zh", "打打杀杀的剧有吗", "list:works?genre=wuxia"),
])
def test_fighting_said_beside_the_action_genre_is_action(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "Many of our members come from Spanish-speaking families. How do your dramas reach Spanish-speaking viewers?", "faq:spanish_distribution"),
    ("es", "Muchos de nuestros socios vienen de familias hispanohablantes. ¿Cómo llegan sus títulos al público de habla hispana?", "faq:spanish_distribution"),
    ("zh", "我们很多会员来自说西班牙语的家庭，你们的剧怎么覆盖西语观众？", "faq:spanish_distribution"),
    ("ko", "저희 회원 중엔 스페인어 쓰는 가족 출신이 많아요. 작품들이 스페인어권 시청자한테 어떻게 전달돼요?", "faq:spanish_distribution"),
    # the family genre asked stays the genre
    ("en", "any family dramas in Spanish?", "list:works?genre=family&language=es"),
    ("es", "¿tienen dramas familiares en español?", "list:works?genre=family&language=es"),
])
def test_the_homes_an_audience_comes_from_are_no_genre(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("ko", "저희가 매년 작은 상영회를 하는데 중국 영화제랑 연결되고 싶어요. 헝뎬에 그런 영화제 있어요?", ("faq:film_festival", "event:hengdian_film_festival*")),
    ("zh", "我们每年办个小放映会，想跟中国的电影节对接一下。横店有这样的电影节吗？", ("faq:film_festival", "event:hengdian_film_festival*")),
    ("en", "We run a small screening series and would love to connect with a festival in China. Is there one in Hengdian?", ("faq:film_festival", "event:hengdian_film_festival*")),
    ("es", "Tenemos un ciclo de cine y nos gustaría conectar con algún festival en China. ¿Hay alguno en Hengdian?", ("faq:film_festival", "event:hengdian_film_festival*")),
    # a person asked for stays the hand-off
    ("en", "can you connect me with the international business team?", "handoff*"),
    ("es", "quiero hablar con alguien de Dalynn. ¿me conectas?", "handoff*"),
])
def test_a_question_after_a_wish_to_connect_is_answered(services: Services, lang: str, asked: str, expect: object) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("es", "¿cuánta pasta pedís por licenciar El salón de los ancestros en España?", "gap:*"),
    ("es", "si coproducimos, ¿en qué porcentaje se reparten las ganancias?", "gap:*"),
    ("ko", "공동제작허믄 수익은 몇 대 몇으로 갈라요?", "gap:*"),
    ("zh", "合拍的话收益怎么分，几几分成？", "gap:*"),
    ("en", "if we co-produce, what's the revenue split ratio?", "gap:*"),
    # how to co-produce stays the FAQ
    ("en", "how can we co-produce one of your catalogue titles?", "faq:coproduce_catalog_title"),
])
def test_a_price_or_a_share_asked_is_unpublished(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "how do we actualy request shoot support, like whats the process", "incentive:shoot_request_procedure#how_to_apply"),
    ("en", "For the shoot support request, what's the procedure?", "incentive:shoot_request_procedure#how_to_apply"),
    ("es", "¿cómo pedimos el apoyo para el rodaje? ¿cuál es el proceso?", "incentive:shoot_request_procedure#how_to_apply"),
    ("zh", "拍摄支持申请的程序是怎样的？", "incentive:shoot_request_procedure#how_to_apply"),
    ("ko", "촬영 지원 신청 과정이 어떻게 돼요?", "incentive:shoot_request_procedure#how_to_apply"),
])
def test_the_process_asked_of_a_support_is_how_to_apply(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])
