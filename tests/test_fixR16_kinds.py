"""Kinds of answers63's question and off-topic mistakes (fixR16), each in en/es/zh/ko with
sentences of our own (none of the evaluation sets').

- A fact word inside a set's own name asks nothing ("the Palace of the Ming and Qing Dynasties"
  names no period asked): a kind of scene asked of it is its scenes.
- "Who was behind" an event is who organised it.
- Signing up for an incentive named, with a "how", is its way to apply.
- Names as partners write them: 浙江工业大数据 (产业), 절강 (浙江 in Sino-Korean), 现场制片服务,
  문화교류 협력회; a language called 한국말.
- Which scenic area an event is held in (哪个景区, 어느 관광지) is its venue.
- A title asked "de amor o de espadas", "about love or about swords": its genres.
- What is coming up on the calendar is the events; anything "set in" a modern city, the titles;
  titles that "come with" a language, that filter.
- "Whenever there's something new, message me" is the news subscription, no hand-off.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk, talk_patterns


@pytest.mark.parametrize("lang,text", [
    ("en", "does the Palace of the Ming and Qing Dynasties have a throne hall?"),
    ("en", "Palace of the Ming and Qing Dynasties, any gardens in there?"),
    ("es", "¿el Palacio de las dinastías Ming y Qing tiene un mercado?"),
    ("es", "oigan, el Palacio de las dinastías Ming y Qing ¿tiene jardín?"),
    ("zh", "明清宫苑里面有花园吗"),
    ("ko", "명청궁원에 정원 있어요?"),
])
def test_a_fact_word_in_a_set_name_asks_nothing(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "location:ming_qing_palace#scene_types")])


@pytest.mark.parametrize("lang,text", [
    ("en", "which dynasties does the Palace of the Ming and Qing Dynasties suit?"),
    ("es", "¿qué época cubre el Palacio de las dinastías Ming y Qing?"),
])
def test_the_period_asked_beside_the_name_stays(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "location:ming_qing_palace#era")])


@pytest.mark.parametrize("lang,text", [
    ("en", "Who was behind the 2025 signing and launch ceremony, do you happen to know?"),
    ("en", "who were behind the signing ceremony back in 2025?"),
    ("es", "¿quién estuvo detrás de la ceremonia de firma de 2025?"),
    ("es", "y la ceremonia de firma del 2025, ¿quiénes estaban detrás?"),
    ("zh", "2025年签约仪式背后是谁办的"),
    ("zh", "那个2025年的签约仪式幕后是哪家"),
    ("ko", "2025 협약식 뒤에 누가 있었어요?"),
    ("ko", "2025년 협약식은 누가 뒤에 있었나요?"),
])
def test_who_was_behind_an_event_is_its_organisers(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "event:signing_ceremony_2025#organisers")])


@pytest.mark.parametrize("lang,text", [
    ("en", "we'd bring a small crew over, how do we sign up for the on-site production services?"),
    ("en", "how would we register for your on-site services?"),
    ("es", "vamos con un equipo chico, ¿cómo nos apuntamos a los servicios in situ?"),
    ("es", "¿cómo hacemos para apuntarnos a los servicios de producción in situ?"),
    ("zh", "我们几个人过去拍戏，那个现场制片服务怎么报名"),
    ("zh", "我们带个团队过去拍那个现场制片服务要怎么申请"),
    ("ko", "현장 제작 서비스는 어떻게 등록해요?"),
    ("ko", "작은 팀으로 가는데 현장 서비스 어떻게 가입해요?"),
])
def test_signing_up_for_an_incentive_is_applying(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "incentive:on_site_services#how_to_apply")])


@pytest.mark.parametrize("lang,text,key", [
    ("zh", "浙江工业大数据公司是做什么的", "partner:zhejiang_industrial_big_data"),
    ("zh", "浙江工業大數據這家公司做啥的", "partner:zhejiang_industrial_big_data"),
    ("ko", "절강산업빅데이터 어떤 회사예요?", "partner:zhejiang_industrial_big_data"),
    ("ko", "절강 산업 빅데이터는 뭐 하는 데예요?", "partner:zhejiang_industrial_big_data"),
    ("ko", "2025 국제 숏드라마 문화교류 협력회는 언제였어요?", "event:cross_cultural_exchange_2025#date"),
    ("ko", "숏드라마 문화교류회 언제 했었니껴?", "event:cross_cultural_exchange_2025#date"),
    ("zh", "短剧文化交流会是什么时候办的", "event:cross_cultural_exchange_2025#date"),
    ("en", "when was the short drama cultural exchange held?", "event:cross_cultural_exchange_2025#date"),
    ("es", "¿cuándo fue el intercambio cultural de microdramas?", "event:cross_cultural_exchange_2025#date"),
])
def test_names_as_partners_write_them(services: Services, lang, text, key) -> None:
    talk_patterns(services, lang, [(text, [key, f"{key}#*"])])


@pytest.mark.parametrize("lang,text,key", [
    ("ko", "서울 사위의 중국 설날, 그거 한국말로도 나와유?", "work:work_son_in_law_from_seoul#languages"),
    ("ko", "서울 사위의 중국 설날 한국말로도 나와요?", "work:work_son_in_law_from_seoul#languages"),
    ("ko", "검과 꽃은 한국말 버전 있어요?", "work:work_blade_and_blossom#languages"),
])
def test_korean_called_hangungmal(services: Services, lang, text, key) -> None:
    talk(services, lang, [(text, key)])


@pytest.mark.parametrize("lang,text,event", [
    ("zh", "外籍演员选角日在横店哪个景区搞啊", "international_sets_casting_day_2027"),
    ("zh", "签约仪式是在横店哪个景区办的", "signing_ceremony_2025"),
    ("ko", "캐스팅 데이는 헝뎬 어느 관광지에서 해요?", "international_sets_casting_day_2027"),
    ("ko", "협약식은 어느 관광지에서 했어요?", "signing_ceremony_2025"),
    ("en", "in which scenic area is the casting day?", "international_sets_casting_day_2027"),
    ("en", "in what theme park was the signing ceremony held?", "signing_ceremony_2025"),
])
def test_which_scenic_area_is_the_venue(services: Services, lang, text, event) -> None:
    talk(services, lang, [(text, f"event:{event}#location")])


@pytest.mark.parametrize("lang,text", [
    ("es", "Espada y flor, ¿va de amor o de espadazos?"),
    ("es", "¿Espada y flor es de amores o de espadas?"),
    ("en", "Blade and Blossom, is it about love or about swords?"),
    ("en", "is Blade and Blossom a love drama or a sword one?"),
    ("zh", "剑与花是讲爱情还是打打杀杀的"),
    ("zh", "剑与花是恋爱剧还是武打片"),
    ("ko", "검과 꽃은 사랑 얘기야 칼싸움 얘기야?"),
    ("ko", "검과 꽃 연애물이에요 무술물이에요?"),
])
def test_love_or_swords_is_the_genres(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "work:work_blade_and_blossom#genres")])


@pytest.mark.parametrize("lang,text", [
    ("en", "would you have a list of what's coming up?"),
    ("en", "got a list of what's on the calendar for the next while?"),
    ("es", "¿tienen una lista de lo que viene en su calendario?"),
    ("es", "¿qué se viene en su agenda?"),
    ("zh", "日程表上接下来有什么"),
    ("zh", "你们日历上接下来有什么活动"),
    ("ko", "앞으로 일정에 뭐가 잡혀 있어요? 목록 있어요?"),
    ("ko", "캘린더에 다가오는 거 뭐 있어요?"),
])
def test_what_is_coming_up_is_the_events(services: Services, lang, text) -> None:
    talk_patterns(services, lang, [(text, "list:events*")])


@pytest.mark.parametrize("lang,text", [
    ("en", "anything set in a modern city?"),
    ("en", "something set in a big modern city, offices and phones and all that?"),
    ("es", "¿algo ambientado en una ciudad moderna?"),
    ("es", "¿tienen algo que esté ambientado en la ciudad de hoy?"),
    ("zh", "有没有发生在现代都市里的"),
    ("zh", "有没有背景在现代都市的剧"),
    ("ko", "현대 도시가 배경인 거 있어요?"),
    ("ko", "현대 도시 배경 작품 있어요?"),
])
def test_anything_set_in_a_modern_city_is_titles(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "list:works?genre=urban")])


@pytest.mark.parametrize("lang,text,code", [
    ("en", "which of your series already come with Spanish", "es"),
    ("en", "which titles come with Korean already?", "ko"),
    ("es", "¿qué series vienen con inglés?", "en"),
    ("es", "¿cuáles de sus series ya vienen en inglés?", "en"),
    ("zh", "哪些剧已经有西语版了", "es"),
    ("zh", "哪几部带英文版的", "en"),
    ("ko", "어떤 작품이 스페인어로 나와 있어요?", "es"),
    ("ko", "영어 버전 있는 작품 뭐예요?", "en"),
])
def test_titles_that_come_with_a_language(services: Services, lang, text, code) -> None:
    talk(services, lang, [(text, f"list:works?language={code}")])


@pytest.mark.parametrize("lang,text", [
    ("en", "whenever there's a new incentive or support deal for productions, message me please"),
    ("en", "every time a new incentive comes out, text us"),
    ("es", "cada vez que salga un incentivo nuevo, escríbanme porfa"),
    ("es", "apenas haya incentivos nuevos escríbanme por favor"),
    ("zh", "一有新的扶持政策就给我发消息"),
    ("zh", "有新的扶持政策就给我们发个消息"),
    ("ko", "새 인센티브 생길 때마다 메시지 주세요"),
    ("ko", "새로운 인센티브 나오면 바로 메시지 줘"),
])
def test_message_me_whenever_new_is_the_subscription(services: Services, lang, text) -> None:
    talk_patterns(services, lang, [(text, "subscribe:incentives")])


@pytest.mark.parametrize("lang,text", [
    ("en", "before I pitch anything to my boss, show me all the titles you have"),
    ("en", "I need to pitch something to my agency, let me see every title you carry"),
    ("es", "antes de presentarle algo a mi jefe, muéstrenme todos sus títulos"),
    ("es", "tengo que proponerle algo a mi agencia, ¿me pasan la lista de todas sus series?"),
    ("zh", "我要先跟老板提案，把你们所有的剧都给我看看"),
    ("zh", "跟公司提案之前，你们的片单发我看看"),
    ("ko", "회사에 피칭하기 전에 가지고 있는 작품 전부 보여줘"),
    ("ko", "상사한테 제안하기 전에 작품 목록 좀 보여 주세요"),
])
def test_the_partners_own_pitch_asks_our_titles(services: Services, lang, text) -> None:
    talk_patterns(services, lang, [(text, ["list:works*", "catalog:about"])])


def test_pitching_asked_for_is_still_the_pitch_day(services: Services) -> None:
    talk(services, "en", [("is there anywhere Latin American producers can pitch?", "event:latam_pitch_day_2027")])


@pytest.mark.parametrize("lang,text", [
    ("en", "there's two of us doing sound for the whole agency, is there any AI thing that lightens the load?"),
    ("en", "three of us handling edits for the studio, any AI tools on your side to help?"),
    ("es", "somos dos haciendo todo el sonido de la agencia, ¿tienen alguna herramienta de IA que ayude?"),
    ("es", "somos dos en el equipo, ¿tienen alguna herramienta de IA que nos aligere el trabajo?"),
    ("zh", "我们公司就三四个人忙不过来你们有没有什么AI的工具能帮帮忙"),
    ("zh", "我们工作室只有两三个人，有AI工具帮忙吗"),
    ("ko", "저희 팀이 두 명뿐인데 일 덜어줄 AI 툴 같은 거 있어요?"),
    ("ko", "우리 세 명밖에 없는데 AI 도구 같은 거 있어요?"),
])
def test_a_small_team_told_is_no_sign_up(services: Services, lang, text) -> None:
    talk_patterns(services, lang, [(text, ["faq:ai_tools", "program:arc_system*"])])


@pytest.mark.parametrize("lang,text", [
    ("en", "Roughly what would it cost to close off a street set for a whole night?"),
    ("en", "ballpark, how much to lock down the palace set for a full day's shoot?"),
    ("es", "más o menos, ¿cuánto costaría cerrar la calle del set toda una noche?"),
    ("es", "¿cuánto sale más o menos reservar el palacio entero un día para grabar?"),
    ("zh", "包下整条街拍一晚大概多少钱"),
    ("zh", "清场拍一整天大概要多少钱"),
    ("ko", "거리 세트 하룻밤 통째로 빌리면 대충 얼마예요?"),
    ("ko", "궁 세트를 통째로 빌려서 하루 찍으면 대략 얼마 들어요?"),
])
def test_a_set_closed_off_is_its_unpublished_price(services: Services, lang, text) -> None:
    talk_patterns(services, lang, [(text, "gap:*")])


@pytest.mark.parametrize("lang,text", [
    ("es", "¿cuánto cuesta poner nuestro logo de patrocinador en el festival de cine de Hengdian?"),
    ("es", "¿y cuánto nos saldría tener nuestra marca como patrocinador en el festival de cine?"),
    ("en", "what would it cost to have our brand as a sponsor at the Hengdian film festival?"),
    ("en", "how much is it to put our sponsor logo up at the film festival?"),
    ("zh", "在横店电影节上放我们的赞助商logo要多少钱"),
    ("zh", "我们想在横店电影节挂赞助商标志，费用多少"),
    ("ko", "헝뎬 영화제에 우리 스폰서 로고 넣으려면 얼마 들어요?"),
    ("ko", "영화제에 저희 후원사 로고 올리는 비용은 얼마예요?"),
])
def test_a_price_at_an_event_named_is_no_joining(services: Services, lang, text) -> None:
    talk_patterns(services, lang, [(text, "gap:*")])


def test_our_own_festival_body_still_joins(services: Services) -> None:
    talk(services, "es", [("somos una asociación de festival de cine, ¿cómo entramos en la alianza?", "faq:join_alliance")])


@pytest.mark.parametrize("lang,text", [
    ("ko", "우리 예산 진짜 얼마 안 되는데 헝뎬 가서 찍어도 감당 됨?"),
    ("ko", "예산이 얼마 없는데 헝뎬에서 찍을 수 있을까요?"),
    ("ko", "제작비가 빠듯한데 헝뎬 가도 감당이 될까요?"),
    ("en", "our budget is tiny, can we even afford to shoot in Hengdian?"),
    ("es", "tenemos un presupuesto chiquito, ¿nos alcanza para grabar en Hengdian?"),
    ("zh", "我们预算很少，去横店拍负担得起吗"),
])
def test_a_small_budget_weighed_is_the_costs(services: Services, lang, text) -> None:
    talk_patterns(services, lang, [(text, ["faq:costs", "incentive:ecosystem_and_costs*"])])


@pytest.mark.parametrize("lang,text", [
    ("en", "say our studio chipped in some cash on one of your dramas for a cut of the rights, what would that look like?"),
    ("en", "if a Samoan outfit wanted to come in as co-producer on one of your catalogue titles, what are the steps?"),
    ("es", "si nuestra productora quisiera entrar como coproductora en una de las series del catálogo, ¿cuáles serían los pasos?"),
    ("es", "¿y si metemos plata en una serie que ya tienen a cambio de parte de los derechos?"),
    ("zh", "我们老板想出点钱占个份额，投你们现有的一部剧，怎么弄"),
    ("zh", "看上你们已经有的一部剧了，想掏一笔钱占点股份，找谁怎么操作"),
    ("ko", "저희 같은 작은 스튜디오가 니네 작품 하나에 공동제작으로 들어가려면 어떻게 해요?"),
    ("ko", "우리 회사가 너네 작품 한 편에 공동 제작으로 참여하려믄 워쩌케 해야 돼유?"),
])
def test_coming_in_on_one_title_is_coproducing_it(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:coproduce_catalog_title")])


@pytest.mark.parametrize("lang,text", [
    ("en", "we have a few Tongan rugby players who act on the side, could they be cast in a Chinese short drama?"),
    ("en", "we've got some Fijian surfers who act on the side, could they land roles in Chinese short dramas?"),
    ("es", "tenemos unos jugadores de rugby de Tonga que también actúan, ¿podrían salir en un microdrama chino?"),
    ("es", "tenemos unos futbolistas de Samoa que además actúan, ¿podrían tener un papel en un microdrama chino?"),
    ("zh", "我们有几个汤加的橄榄球运动员也演戏，能在中国短剧里演角色吗"),
    ("zh", "我们有两个斐济的冲浪选手也会演戏，能接到中国短剧的角色吗"),
    ("ko", "통가 럭비 선수 몇 명이 연기도 하는데 중국 숏드라마에 캐스팅될 수 있을까요?"),
    ("ko", "우리 피지 출신 모델들이 연기도 하는데 숏드라마 배역 받을 수 있나요?"),
])
def test_people_of_ours_who_also_act_are_foreign_actors(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:foreign_actors")])


@pytest.mark.parametrize("lang,text", [
    ("es", "nuestros becarios no hablan chino, ¿pueden trabajar igual en un rodaje allá?"),
    ("es", "unos becarios de la productora irían al rodaje en China pero no saben chino, ¿es un problema?"),
])
def test_becarios_are_no_scholarship(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:languages")])


@pytest.mark.parametrize("lang,text", [
    ("es", "¿hay becas para el programa de talento?"),
    ("es", "¿De cuánto es la beca mensual de los becarios?"),
])
def test_becas_stay_the_scholarship_gap(services: Services, lang, text) -> None:
    talk_patterns(services, lang, [(text, "gap:*")])


@pytest.mark.parametrize("lang,text", [
    ("es", "escuché que Hengdian tiene un plan enorme para los microdramas este 2025, ¿de qué se trata?"),
    ("es", "dicen que Hengdian anda con un plan ambicioso pa los microdramas, ¿qué es?"),
    ("en", "I read Hengdian has a big plan for short dramas in 2025, what's it about?"),
    ("en", "heard Hengdian has some grand plans for short dramas, what's that?"),
    ("zh", "听说横店2025年有个短剧大计划，是干嘛的"),
    ("zh", "横店在短剧上有什么大计，讲讲"),
    ("ko", "헝뎬이 2025년에 숏드라마 큰 계획이 있다던데 뭐예요?"),
    ("ko", "헝뎬 숏드라마 쪽으로 야심찬 계획 있다던데 어떤 거예요?"),
])
def test_a_big_plan_for_short_dramas_is_the_strategy(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "program:short_drama_hub_2025")])


@pytest.mark.parametrize("lang,text", [
    ("es", "de ahora en adelante pónganme los horarios en hora española"),
    ("es", "a partir de hoy indíquennos las horas en hora peninsular, porfa"),
    ("en", "from now on give me times in Spanish peninsular time"),
    ("en", "from now on give me the times in Madrid time please"),
    ("zh", "以后时间都按西班牙本土时间给我"),
    ("zh", "以后都用马德里时间显示"),
    ("ko", "앞으로 시간은 스페인 본토 시간으로 알려 주세요"),
    ("ko", "앞으로 마드리드 시간 기준으로 보여 주세요"),
])
def test_times_asked_in_spains_clock_set_it(services: Services, lang, text) -> None:
    reply = talk(services, lang, [(text, "pref:timezone")])
    assert reply.outcome == "action"


@pytest.mark.parametrize("lang,text", [
    ("zh", "横店影视城和你们是两回事吧？"),
    ("zh", "横店影视城跟你们是不是一码事"),
    ("ko", "헝뎬 월드 스튜디오랑 너네는 같은 거야 아니면 두 군데야?"),
    ("ko", "헝뎬 월드 스튜디오하고 여러분은 별개인가요?"),
    ("en", "is Hengdian World Studios one and the same as you?"),
    ("en", "are you guys and Hengdian World Studios separate outfits?"),
    ("es", "¿Hengdian World Studios y ustedes son lo mismo?"),
    ("es", "¿ustedes y Hengdian World Studios están separados o son la misma empresa?"),
])
def test_a_company_the_same_as_you_is_its_card(services: Services, lang, text) -> None:
    talk_patterns(services, lang, [(text, ["partner:hengdian_world_studios", "partner:hengdian_world_studios#*"])])


def _declined(reply) -> bool:
    return reply.outcome in ("out_of_scope", "fallback", "gap") or (reply.answer or "").startswith(("gap:", "fallback", "out_of_scope"))


@pytest.mark.parametrize("lang,text", [
    ("es", "¿qué plataforma funciona más para microdramas en México, TikTok o YouTube?"),
    ("es", "en Colombia ¿cuál app pega más con las series cortas, Instagram o TikTok?"),
    ("en", "which platform is biggest for short dramas in Brazil, TikTok or YouTube?"),
    ("en", "in Spain what app do micro dramas do best on?"),
    ("zh", "在巴西哪个平台短剧最火，抖音还是YouTube"),
    ("zh", "墨西哥那边哪个平台短剧流量最大"),
    ("ko", "브라질에서는 숏드라마가 어느 플랫폼에서 제일 잘 돼요? 틱톡이랑 유튜브 중에"),
    ("ko", "멕시코에선 어떤 플랫폼이 숏드라마로 제일 인기예요?"),
    ("zh", "在成都成立一家影视公司有哪些步骤"),
    ("zh", "在陕西注册个影视工作室要走哪些流程"),
])
def test_other_markets_and_registries_are_not_ours(services: Services, lang, text) -> None:
    from tests.dialogue import ask
    reply = ask(services, lang, text)
    assert _declined(reply), (text, reply.answer, reply.outcome)


@pytest.mark.parametrize("lang,text,key", [
    ("en", "which platforms are your partners?", "list:partners?kind=platform"),
    ("zh", "我们想入盟，要走什么流程", "faq:join_alliance"),
])
def test_our_own_platforms_and_joining_stay_ours(services: Services, lang, text, key) -> None:
    talk(services, lang, [(text, key)])
