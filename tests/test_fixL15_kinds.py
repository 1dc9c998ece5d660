"""Kinds from answers61's question mistakes (fixL15), in wordings of our own:

- a set asked whether it includes / contains a kind of place: its scene yes-or-no;
- a title asked "available with" / "does it have" a language: its languages (not the deal);
- the partner's own story told beside a set asked for its period: the set's era, no logline;
- Jeju Korean (무신 이야기우꽈, 구경허는 날, 어디 이수과) read as standard Korean; the open day named
  by what is done there (구경하는 날, 参观日, visitors' day, día de visitas);
- a genre asked after the partner's own genres or audience told: the genre asked;
- "¿qué thrillers tienen?" after a reason told: the titles of that genre;
- a cinema's late-show audience (夜场观众) told is no sight's night opening;
- the Global Talent Program asked for as a programme for young talent;
- leave or time off "booked" around an event is no booking; "4 people doing shorts" is the team;
- a vehicle scene (a moving train) asked of a virtual stage: the virtual production;
- "could an airline sign up?": joining the alliance;
- the international department by its short name; e-mail said as what the partner cannot manage.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import fits, talk


def _one(services: Services, lang: str, text: str, expect) -> str:
    return talk(services, lang, [(text, expect)], fits=fits).text


@pytest.mark.parametrize("lang,text", [
    ("en", "Does the Ming-Qing Folk Houses set include an ancestral temple? we need one for two scenes"),
    ("en", "does the Ming-Qing Folk Houses contain a temple?"),
    ("es", "¿la Ciudad de Casas Tradicionales Ming-Qing incluye algún templo?"),
    ("es", "¿la Ciudad de Casas Tradicionales Ming-Qing contiene un templo para una escena de rezo?"),
    ("zh", "明清民居博览城包括寺庙吗"),
    ("zh", "明清民居博覽城裡包含寺廟嗎"),
    ("ko", "명청민가박람성에 사찰도 포함돼 있어요?"),
    ("ko", "명청민가박람성 안에 사찰이 포함되나요?"),
])
def test_a_set_including_a_kind_of_place_is_its_scene_yes_or_no(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "location:ming_qing_folk_houses#scene_types")


@pytest.mark.parametrize("lang,text", [
    ("en", "is Ghost in the Volume available with korean? our viewers need it"),
    ("en", "Is Murder Along the River available with Spanish?"),
    ("es", "¿El fantasma del set virtual está disponible con coreano?"),
    ("es", "¿Crimen a orillas del río lo tienen con inglés? mi público no lee chino"),
    ("zh", "虚拟棚幽灵有沒有韓語的"),
    ("zh", "清明上河图谜案有英文版吗？我们的乘客大多看英文"),
    ("ko", "버추얼 스튜디오의 유령 스페인어도 있나요?"),
    ("ko", "청명상하도 살인사건 영어로 볼 수 있어요?"),
])
def test_a_title_available_with_a_language_is_its_languages(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "work:*#languages")


@pytest.mark.parametrize("text", ["is it still available?", "¿sigue disponible?", "is that one available or taken?"])
def test_still_available_is_still_the_deal(text: str) -> None:
    assert "coproduction" in lexicon.facts_asked(text)


@pytest.mark.parametrize("lang,text", [
    ("en", "we have a story in the Han dynasty, can the Qin Palace be used for that period?"),
    ("en", "our script is set in the Han dynasty, could we use the Qin Palace for that period?"),
    ("es", "nuestra historia pasa en la dinastía Han, ¿sirve el Palacio de Qin para esa época?"),
    ("es", "tenemos una historia de los Han, ¿el Palacio de Qin sirve para ese periodo?"),
    ("zh", "我们的故事发生在汉代，秦王宫能用吗"),
    ("zh", "我們的劇本是漢朝背景，秦王宮能拍嗎"),
    ("ko", "저희 이야기는 한나라 배경인데 진왕궁 쓸 수 있어요?"),
    ("ko", "우리 시나리오가 한나라 시대인데 진왕궁에서 찍어도 돼요?"),
])
def test_own_story_told_and_a_sets_period_asked_is_its_era(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, ["location:qin_palace#era", "location:qin_palace#eras"])


@pytest.mark.parametrize("text,fact", [
    ("what is the story?", "logline"), ("de qué trata la historia?", "logline"), ("讲的什么故事", "logline"),
    ("무슨 이야기예요?", "logline"), ("our story is about what?", "logline"),
])
def test_a_story_asked_is_still_the_logline(text: str, fact: str) -> None:
    assert lexicon.fact_asked(text) == fact


@pytest.mark.parametrize("text,expect", [
    ("버추얼 스튜디오의 유령은 무신 내용이우꽈?", "work:work_ghost_in_the_volume#logline"),
    ("청명상하도 살인사건은 무신 이야기우꽈?", "work:work_murder_along_the_river#logline"),
    ("LED 스튜디오 구경허는 날은 언제우꽈?", "event:virtual_stage_open_day_2027#date"),
    ("버추얼 촬영장 둘러보는 날 언제예요?", "event:virtual_stage_open_day_2027#date"),
])
def test_jeju_korean(services: Services, text: str, expect: str) -> None:
    _one(services, "ko", text, expect)


@pytest.mark.parametrize("lang,text", [
    ("en", "when's the visitors' day at the virtual stage?"),
    ("en", "what date is the virtual stage visiting day?"),
    ("es", "¿cuándo es el día de visitas del estudio virtual?"),
    ("es", "¿qué fecha tiene la jornada de visita al estudio virtual?"),
    ("zh", "虚拟棚参观日是哪天？"),
    ("zh", "什么时候有参观虚拟影棚的日子"),
])
def test_the_open_day_named_by_what_is_done_there(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "event:virtual_stage_open_day_2027#date")


@pytest.mark.parametrize("lang,text,genre", [
    ("en", "we do horse stunts and sword duels mostly, so which of your series are historical ones", "historical"),
    ("en", "we mostly shoot comedy. do you have any mystery series?", "mystery"),
    ("es", "nosotros hacemos mucha comedia, ¿tienen series de misterio?", "mystery"),
    ("es", "mi público ama el romance, pero ¿qué thrillers tienen?", "thriller"),
    ("zh", "我们电影院的观众爱看悬疑，有没有惊悚剧", "thriller"),
    ("zh", "我們觀眾喜歡愛情片，有沒有喜劇類的劇？", "comedy"),
    ("ko", "저희는 로맨스 위주인데 스릴러 작품도 있어요?", "thriller"),
    ("ko", "저희 시청자는 코미디를 좋아하는데 미스터리 작품 있어요?", "mystery"),
])
def test_the_genre_asked_after_the_partners_own(services: Services, lang: str, text: str, genre: str) -> None:
    _one(services, lang, text, f"list:works?genre={genre}")


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "romance, preferably wuxia", "list:works?genre=romance&genre=wuxia"),
    ("zh", "有没有悬疑或者惊悚的", "list:works?genre=mystery&genre=thriller"),
])
def test_two_genres_asked_together_stay_both(services: Services, lang: str, text: str, expect: str) -> None:
    _one(services, lang, text, expect)


@pytest.mark.parametrize("lang,text", [
    ("es", "mis actores brillan en el drama policial, ¿qué thrillers tienen ustedes?"),
    ("es", "tengo actrices que se lucen en el suspenso, ¿qué thrillers manejan?"),
    ("es", "che, ¿qué thrillers tenés?"),
    ("zh", "我們影城的夜場觀眾愛看刺激的，請問有驚悚類的劇嗎？"),
    ("zh", "我们影院夜场的客人喜欢紧张的，有惊悚剧吗"),
])
def test_thrillers_asked_after_a_reason(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "list:works?genre=thriller")


@pytest.mark.parametrize("lang,text", [
    ("en", "is there a program for young talent from abroad?"),
    ("en", "do you have a scheme for young talents?"),
    ("es", "¿tienen algún programa para talento joven de afuera?"),
    ("es", "¿hay algo para el talento joven extranjero?"),
    ("zh", "你们有招青年人才的项目吗"),
    ("zh", "有沒有招外國年輕人才的計劃"),
    ("ko", "해외 청년 인재 뽑는 프로그램 있어요?"),
    ("ko", "외국 젊은 인재를 위한 제도 같은 거 있나요?"),
])
def test_young_talent_is_the_global_talent_program(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "program:global_talent_program")


@pytest.mark.parametrize("lang,text", [
    ("es", "necesitamos actores extranjeros jóvenes para el rodaje"),
    ("en", "we need young foreign actors"),
    ("zh", "需要年轻的外国演员"),
    ("ko", "젊은 외국 배우가 필요해요"),
])
def test_young_foreign_actors_are_still_the_actors(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "faq:foreign_actors")


@pytest.mark.parametrize("lang,text", [
    ("en", "I want to book time off for the Hengdian film festival next year, what are the dates?"),
    ("en", "we'd like to book our holidays around the 2027 Hengdian festival. On which days is it?"),
    ("es", "quiero reservar mis vacaciones para el festival de Hengdian de 2027, ¿qué días se hace?"),
    ("es", "voy a reservar unos días libres para el festival de cine de Hengdian, ¿en qué fechas cae?"),
    ("zh", "我想请年假去2027年横店影视节，具体哪几天举办？"),
    ("zh", "打算請假去橫店影視節，2027年是哪幾天？"),
    ("ko", "2027년 헝뎬 영화제 맞춰서 연차 쓰려고 하는데 며칠에 열려요?"),
    ("ko", "헝뎬 영화제 가려고 휴가 내려는데 2027년엔 날짜가 언제예요?"),
])
def test_leave_booked_around_an_event_asks_its_dates(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, ["event:hengdian_film_festival#date", "faq:film_festival"])


@pytest.mark.parametrize("lang,text", [
    ("en", "we're 3 people making vertical dramas on a shoestring, is there any support for tiny teams?"),
    ("en", "hey were 5 ppl shooting vertical shorts on our phones n money is tight, any perks for small crews?"),
    ("es", "somos 4 personas haciendo microdramas verticales con el celular y poca plata, ¿hay algún apoyo para equipos chicos?"),
    ("es", "somos 3 grabando series verticales con poco presupuesto, ¿tienen ayudas para equipos pequeños?"),
    ("zh", "我们就4个人用手机拍竖屏短剧，预算很紧，对小团队有啥扶持吗"),
    ("zh", "我們3個人拍豎屏短劇，錢不多，小團隊有優惠嗎"),
    ("ko", "저희 4명이서 폰으로 세로 숏폼 찍는데 예산이 빠듯해요. 소규모 팀 지원 같은 거 있나요?"),
    ("ko", "3명이서 세로형 숏드라마 만드는 팀인데 작은 팀도 받을 수 있는 혜택 있어요?"),
])
def test_a_small_team_told_asks_the_incentives(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, ["faq:incentives", "incentive:short_drama_cost_reduction*", "list:incentives*"])


@pytest.mark.parametrize("lang,text", [
    ("en", "we are 12 people, can we join the open day?"),
    ("es", "somos 12 personas, ¿nos pueden inscribir en la jornada de puertas abiertas?"),
])
def test_a_group_signing_up_is_still_the_sign_up(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "gap:*")


@pytest.mark.parametrize("lang,text", [
    ("en", "A script of ours has a scene aboard a moving train at night that we can't build. Is there a virtual stage we could use?"),
    ("en", "we need a scene on a moving train, could we do it on your virtual stage?"),
    ("es", "tenemos una escena dentro de un tren en marcha de noche, ¿hay un estudio virtual que podamos usar?"),
    ("es", "una escena arriba de un tren andando, ¿se puede hacer en el estudio virtual?"),
    ("zh", "有场夜里在行驶火车上的戏，搭不了景，有虚拟棚可以用吗？"),
    ("zh", "火車車廂裡的戲能用虛擬棚拍嗎"),
    ("ko", "달리는 기차 안 야간 장면이 있는데 세트로는 못 지어요. 버추얼 스튜디오 쓸 수 있나요?"),
    ("ko", "달리는 열차 장면도 버추얼 스튜디오에서 가능해요?"),
])
def test_a_vehicle_scene_asked_of_a_virtual_stage(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, ["faq:virtual_production", "location:virtual_production*"])
    # (never the training programme, nor that its card "doesn't mention a railway")


@pytest.mark.parametrize("lang,text", [
    ("en", "Our cruise line's media team was invited to take part in HISDA's work. Could a cruise line sign up, and what does it involve?"),
    ("en", "We have been invited to take part in HISDA. Could a hotel group sign up?"),
    ("es", "¿una aerolínea puede inscribirse en la HISDA? ¿qué implica?"),
    ("es", "nos invitaron a participar, ¿podemos inscribirnos en la alianza siendo una cadena hotelera?"),
    ("zh", "航空公司可以加入HISDA吗？需要做什么"),
    ("zh", "我們是郵輪公司，能加入聯盟嗎？"),
    ("ko", "항공사도 HISDA에 가입할 수 있나요? 뭘 해야 하나요?"),
    ("ko", "저희 같은 호텔 체인도 연맹 가입 가능한가요?"),
])
def test_a_company_of_another_trade_signing_up_is_joining(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "faq:join_alliance")


@pytest.mark.parametrize("lang,text", [
    ("en", "what's the phone of the international department? I'm bad with email"),
    ("en", "can I get the international department's phone number, email confuses me"),
    ("es", "¿me das el teléfono del departamento internacional? que con los correos me pierdo"),
    ("es", "pasame el teléfono del área internacional, por mail me enredo"),
    ("zh", "能给我国际部的电话吗？发邮件我搞不清"),
    ("zh", "國際部電話多少？郵件我不太會用"),
    ("ko", "국제부 전화번호 좀 알려 주세요. 메일은 헷갈려서요"),
    ("ko", "국제부 전화번호요. 이메일은 잘 몰라서"),
])
def test_the_international_department_phone_with_email_avoided(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "contact:international_business#phone")], fits=fits)
    assert "@" not in reply.text, reply.text  # the number alone, no address beside it


def test_phone_and_email_asked_stay_both(services: Services) -> None:
    reply = talk(services, "en", [("phone and email of the international business department please", "contact:international_business*")], fits=fits)
    assert "@" in reply.text and "+86" in reply.text


@pytest.mark.parametrize("lang,text", [
    ("en", "the series we're casting is set in the Tang dynasty. is there somewhere in Hengdian that feels like that era?"),
    ("en", "the drama I'm developing is a Tang dynasty story, which set has that feel?"),
    ("es", "la serie que estamos casteando pasa en la dinastía Tang, ¿hay algún lugar en Hengdian con ese aire?"),
    ("es", "el proyecto que estoy preparando es de la dinastía Tang, ¿qué set me sirve?"),
    ("zh", "我们在选角的剧是唐朝的故事，横店有那个时代感觉的地方吗"),
    ("zh", "我們正在籌備的劇是唐朝背景，橫店哪裡有那種感覺"),
    ("ko", "요즘 섭외 중인 드라마가 당나라 이야기예요. 헝뎬에 그 시대 느낌 나는 곳이 있을까요?"),
    ("ko", "준비 중인 작품이 당나라 배경인데 헝뎬 가면 그런 분위기 나는 데 있어요?"),
])
def test_own_title_in_the_making_with_its_era_asks_the_sets(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, ["faq:which_set", "list:locations*"])


@pytest.mark.parametrize("lang,text", [
    ("en", "a gangster story in Shanghai around 1932, with trams and qipaos, where do we shoot it"),
    ("en", "our detective drama is set in 1936, which set fits?"),
    ("es", "la peli va de contrabandistas en Shanghái por 1928, con tranvías, ¿dónde la grabo?"),
    ("es", "una historia de espías en 1941, ¿dónde se puede rodar?"),
    ("zh", "1935年的上海故事，在哪拍"),
    ("zh", "故事發生在1928年的上海灘，去哪個景拍？"),
    ("ko", "1935년 상하이 배경인데 어디서 찍어요?"),
    ("ko", "1920년대 말, 1929년 경성 느낌 이야기인데 어디 세트가 맞아요?"),
])
def test_a_republican_year_is_the_republican_era(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, ["list:locations?era=republican*", "faq:which_set", "location:guangzhou_hongkong_street*"])


@pytest.mark.parametrize("text", ["Guangzhou Street was built in 1996?", "costs 1,930 dollars?"])
def test_a_year_built_or_a_sum_is_no_era(services: Services, text: str) -> None:
    from intents.entities import _republican_years
    assert not _republican_years(text)


@pytest.mark.parametrize("lang,text", [
    ("en", "we shoot a western street scene in March, are the international sets usable yet?"),
    ("en", "filming in April, can we use the international sets right now or are they still being built?"),
    ("es", "grabamos en marzo una calle occidental, ¿los sets internacionales ya se pueden usar?"),
    ("es", "rodamos en abril, ¿los sets internacionales ya están listos o siguen en obra?"),
    ("zh", "我哋四月想拍西式街景，啲國際場景而家用得未？定係仲喺度起緊？"),
    ("zh", "我们三月要拍西式街景，国际场景现在能用了吗"),
    ("ko", "서양 거리 장면 4월에 찍을 건데 해외 세트 지금 쓸 수 있는 상태예요?"),
    ("ko", "3월 촬영 예정인데 해외 세트 현재 사용 가능한 상태임?"),
])
def test_usable_now_beside_the_shooting_month_is_the_status(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, ["location:international_sets#built", "location:international_sets#status"])


@pytest.mark.parametrize("text", [
    "다음 달 중국 촬영 따라가요 ㅎㅎ 한국인은 뭐 발급받고 가야 돼요?",
    "다음 주 헝뎬 촬영 가는데 뭘 미리 발급해서 가야 해요?",
])
def test_papers_to_get_issued_before_going_are_the_visa(services: Services, text: str) -> None:
    _one(services, "ko", text, "faq:visa")


@pytest.mark.parametrize("text", [
    "我们乐队要过去拍MV，外地来的团队能用你们的现场制作服务不",
    "外省過來的劇組可以用現場製作服務嗎",
])
def test_a_crew_from_elsewhere_using_a_support_is_its_eligibility(services: Services, text: str) -> None:
    _one(services, "zh", text, "incentive:on_site_services#eligibility")


@pytest.mark.parametrize("lang,text", [
    ("en", "whatever events come up later, please let me know"),
    ("en", "any future events, ping me"),
    ("es", "si después hay algún evento avísame porfa, quiero estar atento"),
    ("es", "avísame si sale algún evento nuevo"),
    ("zh", "以后有活动就告诉我一声"),
    ("zh", "之後有咩活動唔該通知我，我想留意住"),
    ("ko", "앞으로 무슨 행사 있으면 알려 주세요"),
    ("ko", "앞으로 이벤트 생기면 알림 주세요"),
])
def test_events_to_come_told_of_is_the_events_subscription(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, ["subscribe", "subscribe:events"])


@pytest.mark.parametrize("lang,text", [("zh", "之后有什么活动？"), ("es", "¿qué eventos hay después?"), ("zh", "告诉我之后有什么活动")])
def test_events_to_come_asked_are_listed(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "list:events?when=upcoming*")


@pytest.mark.parametrize("lang,text", [
    ("en", "where can I find a good actors' manager in Los Angeles?"),
    ("en", "know any talent reps in Toronto for my actors?"),
    ("es", "che, ¿dónde consigo un buen representante de actores en Rosario?"),
    ("es", "¿cómo encuentro un manager para actores en Lima?"),
    ("zh", "在北京哪里能找到好的演员经纪人"),
    ("zh", "台北有推薦的藝人經紀公司嗎"),
    ("ko", "서울에서 배우 매니저 어디서 구해요?"),
    ("ko", "부산에 괜찮은 배우 소속사 있나요?"),
])
def test_an_actors_agent_elsewhere_is_not_ours(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, ["out_of_scope", "fallback", "gap:*"])


@pytest.mark.parametrize("lang,text", [
    ("en", "can you help us find foreign actors for our shoot in Hengdian?"),
    ("es", "¿nos ayudan a conseguir actores extranjeros para rodar en Hengdian?"),
])
def test_foreign_actors_for_a_shoot_are_still_ours(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "faq:foreign_actors")


@pytest.mark.parametrize("lang,text", [("ko", "앞으로 몇 달 동안 어떤 행사가 있는지 알려 주세요"),
                                       ("es", "cuéntame si después hay algún evento")])
def test_which_events_there_are_is_no_subscription(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "*")], fits=fits)
    assert not (reply.answer or "").startswith("subscribe"), reply.answer
