"""Dialogue turns of answers69 (fixH17), each kind in four languages with sentences of our own:

- the partner's own video told by what it is for or shot with ("a hotel promo", "酒店宣傳片",
  "드론 영상") before a list of a kind asked ("which sets have palaces?", "有啥历史剧"): the list,
  not the hotel's or the drone permit's honest gap; the list's ordinals then pick from it;
- titles of a kind asked of us in so many words ("what historical dramas do you have?", "你们有啥
  历史剧", "역사 드라마 뭐 있음?") after the partner's own shoot is told: the titles, not the sets
  (Korean "역사 드라마" names the historical genre);
- a crew's passport said as who it is, with whether it would stop or affect the shoot: the
  foreign-crews FAQ, not the visa;
- who does the (Spanish) adaptation, or whom to write to about it, after an event: the adaptation
  team's card (Dalynn Studio), not the event's organisers nor a gap;
- a company described by its size ("un estudio de dos personas como el mío") asking how it gets
  in: joining the alliance, no headcount of seats booked."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns as talk


@pytest.mark.parametrize("lang,say", [
    ("en", "We're cutting a promo for a hotel chain, which of your sets have a palace?"),
    ("en", "shooting a hotel ad with a royal look. which sets got palaces"),
    ("es", "Estamos haciendo un video promocional para un hotel, ¿qué sets tienen palacio?"),
    ("es", "grabamos un comercial de hotel estilo imperial, cuales escenarios tienen palacio?"),
    ("zh", "我们在给一家酒店拍宣传片，哪些景有宫殿？"),
    ("zh", "幫間酒店拍廣告 要皇宮感覺 邊啲景有宮殿？"),
    ("ko", "호텔 광고 영상 찍을 건데 궁궐 있는 세트 어디 있어요?"),
    ("ko", "호텔 홍보 촬영하려는데 궁전 나오는 세트 뭐 있음?"),
])
def test_hotel_the_video_is_for_then_sets_listed(services: Services, lang, say) -> None:
    second = {"en": "the second one, which periods can it play?", "es": "el segundo, ¿qué épocas puede representar?",
              "zh": "第二个能拍哪些朝代？", "ko": "두 번째 거 어떤 시대 가능해요?"}[lang]
    talk(services, lang, [(say, "list:locations?scene=palace"), (second, "location:ming_qing_palace#era")])


@pytest.mark.parametrize("lang,say", [
    ("en", "we're doing drone footage with a period feel, what historical dramas do you have?"),
    ("en", "making a drone clip for a hotel lobby. any period dramas?"),
    ("es", "vamos a grabar tomas con dron con aire de época, ¿qué series históricas tienen?"),
    ("es", "hacemos un video con drone para un hotel, que titulos historicos tienen?"),
    ("zh", "我们要拍无人机视频 有什么历史剧"),
    ("zh", "用無人機航拍一條古風片 你哋有咩歷史劇"),
    ("ko", "사극 느낌 드론 영상 찍을 건데 역사 드라마 뭐 있어?"),
    ("ko", "드론으로 찍을 건데 사극 작품 뭐 있어요?"),
])
def test_drone_it_is_shot_with_then_titles_listed(services: Services, lang, say) -> None:
    third = {"en": "number three, how many episodes?", "es": "la tercera, ¿cuántos episodios tiene?",
             "zh": "第三部几集？", "ko": "세 번째 거 몇 화예요?"}[lang]
    talk(services, lang, [(say, "list:works?genre=historical"), (third, "work:work_face_in_clay#episodes")])


@pytest.mark.parametrize("lang,say", [
    ("en", "we're shooting drone footage, do we need a permit to fly it?"),
    ("es", "vamos a grabar con dron, ¿necesitamos permiso para volarlo?"),
    ("zh", "我们要拍无人机视频，需要审批吗？"),
    ("ko", "드론 영상 찍을 건데 허가 받아야 돼요?"),
])
def test_drone_rules_asked_stay_unpublished(services: Services, lang, say) -> None:
    talk(services, lang, [(say, ["gap:*", "faq:*"])])


@pytest.mark.parametrize("lang,say", [
    ("en", "we're filming a period-style music video, which historical dramas do you have?"),
    ("en", "we are making a fantasy-looking ad, do you have any fantasy titles?"),
    ("es", "Estamos grabando un videoclip de época, ¿qué series históricas tienen?"),
    ("es", "estamos filmando un clip de fantasía, ¿qué títulos de fantasía manejan?"),
    ("zh", "我们要拍古装风的短视频，你们有什么古装剧？"),
    ("zh", "我們在拍古裝風MV 你哋有咩歷史劇"),
    ("ko", "시대극 느낌으로 광고 촬영하는데 어떤 사극 작품이 있나요?"),
    ("ko", "판타지 느낌 뮤비 찍을 건데 판타지 드라마 뭐 있음?"),
])
def test_titles_of_a_kind_asked_after_own_shoot(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "list:works?genre=*")])


@pytest.mark.parametrize("lang,say", [
    ("en", "we are shooting a historical drama, where should we film?"),
    ("es", "vamos a rodar una serie de época, ¿dónde nos conviene grabar?"),
    ("zh", "我们要拍历史剧 有什么景"),
    ("ko", "사극 찍을 건데 어디서 찍어요?"),
])
def test_own_drama_to_shoot_still_asks_sets(services: Services, lang, say) -> None:
    talk(services, lang, [(say, ["list:locations*", "faq:which_set"])])


@pytest.mark.parametrize("lang,say", [
    ("en", "Everyone on our team has a Kenyan passport. Would that keep us from filming on that set?"),
    ("en", "our whole crew holds Nigerian passports, does that stop us from shooting there?"),
    ("es", "todos en el equipo tenemos pasaporte chileno, ¿eso nos impide grabar en ese set?"),
    ("es", "somos todos con pasaporte argentino, ¿eso afecta que podamos filmar allá?"),
    ("zh", "我们剧组全是拿菲律宾护照的，会不会影响在那个景拍？"),
    ("zh", "我們團隊都持越南護照 會唔會影響喺橫店拍？"),
    ("ko", "저희 팀 전원 베트남 여권인데 그 세트에서 촬영하는 데 문제 없나요?"),
    ("ko", "우리 크루 다 태국 여권 들고 있는데 거기서 찍는 데 지장 있음?"),
])
def test_passport_as_who_the_crew_is_asks_whether_it_may_film(services: Services, lang, say) -> None:
    first = {"en": "which sets have palaces?", "es": "¿qué sets tienen palacio?", "zh": "哪些景有宫殿？",
             "ko": "궁궐 있는 세트 어디예요?"}[lang]
    talk(services, lang, [(first, "list:locations?scene=palace"), (say, "faq:can_foreign_crews_film")])


@pytest.mark.parametrize("lang,say", [
    ("en", "we have British passports, do we need a visa to film there?"),
    ("es", "tenemos pasaporte peruano, ¿qué visa necesitamos?"),
    ("zh", "我们拿的是泰国护照，需要办什么签证？"),
    ("ko", "저희는 태국 여권인데 비자 필요해요?"),
])
def test_passport_with_the_visa_asked_stays_the_visa(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "faq:visa")])


ADAPTER = ["contact:dalynn_studio*", "partner:dalynn_studio*"]


@pytest.mark.parametrize("lang,say", [
    ("en", "who would do the Spanish adaptation of a title?"),
    ("en", "the adaptation into Spanish, who handles that and who do I write to?"),
    ("es", "¿quién se encarga de la adaptación al español?"),
    ("es", "la adaptación al castellano, ¿quién la hace? ¿a quién le escribo?"),
    ("zh", "西语版谁来负责改编？我该找谁？"),
    ("zh", "西語版由誰改編？"),
    ("ko", "스페인어판 각색은 누가 해요? 누구한테 연락해요?"),
    ("ko", "스페인어 각색 담당은 누구예요?"),
])
def test_who_adapts_after_an_event_is_the_adaptation_team(services: Services, lang, say) -> None:
    first = {"en": "any event for Latin American producers?", "es": "¿hay algún evento para productores latinoamericanos?",
             "zh": "有没有给拉美制片人的活动？", "ko": "중남미 제작자를 위한 행사 있어요?"}[lang]
    talk(services, lang, [(first, "event:latam_pitch_day_2027*"), (say, ADAPTER)])


@pytest.mark.parametrize("lang,say", [
    ("en", "how could a two-person studio like ours join?"),
    ("es", "¿cómo podría entrar una productora de tres personas como la nuestra?"),
    ("es", "¿y cómo entra una agencia chiquita como la mía?"),
    ("zh", "我们这种两个人的小工作室怎么进联盟？"),
    ("ko", "2인 스튜디오도 연맹에 들어갈 수 있어요?"),
    ("ko", "우리 같은 세 명짜리 팀도 가입돼요?"),
])
def test_company_of_its_size_getting_in_joins(services: Services, lang, say) -> None:
    first = {"en": "what is HISDA exactly?", "es": "¿qué es la HISDA?", "zh": "HISDA是什么？", "ko": "HISDA가 뭐예요?"}[lang]
    talk(services, lang, [(first, ["faq:what_is_hisda", "program:hisda*"]), (say, "faq:join_alliance")])


@pytest.mark.parametrize("lang,say", [
    ("en", "there are 4 people coming, can you book us seats at the pitch day?"),
    ("es", "vamos cuatro personas al pitch day, ¿nos reservan lugar?"),
])
def test_headcount_to_book_stays_a_place_asked(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "gap:*")])


@pytest.mark.parametrize("lang,say,yes", [
    ("en", "all of us carry Ghanaian passports, would that stop us from filming there?", "Yes"),
    ("es", "todos tenemos pasaporte boliviano, ¿eso nos impide rodar allá?", "Sí"),
    ("zh", "我们全组都拿印尼护照，会不会影响在横店拍？", "会"),
    ("ko", "저희 다 필리핀 여권인데 거기서 촬영하는 데 지장 있어요?", "네"),
])
def test_hindrance_asked_gets_no_leading_yes(services: Services, lang, say, yes) -> None:
    reply = talk(services, lang, [(say, "faq:can_foreign_crews_film")])
    assert not reply.text.lstrip().startswith(yes), reply.text[:60]
