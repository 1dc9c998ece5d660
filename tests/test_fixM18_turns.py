"""Dialogue-turn kinds of the read set answers71 (fixM18), each in en/es/zh/ko with sentences of our
own (none of the evaluation sets').

- A place of the story no set could be (a neon city of the future, a futuristic world) for an ad or
  a video, said with building it being out of reach in the partner's own words ("cyah build dat",
  "no hay manera de construirla", "實景冇可能搭到", "세트로는 못 지어요"): the virtual-production
  stage, not the one-item list of sets of the future era nor "not my subject" — also in the middle
  of a conversation about titles, where "back to the list, the third one" then still means the titles.
- Which dramas come in a language, the bare 剧 of a Chinese "which" ("那你们有哪些剧是有韩语的") after a
  partner's card: the titles in that language, not the partners list (read as partners).
- A crew said to come from a place ("nuestro equipo viene de Extremadura", "我們的團隊從新加坡過來",
  "저희 팀은 부산에서 오는데") asking about an obstacle to shooting at the set in focus ("¿hay alguna
  traba para que rueden…?"): whether crews from elsewhere may film here (the FAQ), not the set's card.
- An educational broadcaster asking to become a member ("지역 교육방송사도 회원사가 될 수 있습니까?"):
  joining the alliance; the Korean 교육 of a company's kind (교육방송, 교육채널) is no training asked.
- Our titles shown to Spanish-speaking viewers with help asked ("스페인어권 시청자한테 작품 보여주고
  싶은데 도와줄 수 있어요?", "¿nos pueden echar una mano?"): the Spanish-language route (its FAQ), not
  the titles in Spanish; which titles one can watch in Spanish stays that list.
- Whether a title of the list or catalog may be co-produced, after an event's card ("거기 목록에 있는
  작품을 같이 공동제작해도 돼요?"): the way to co-produce a catalog title (its FAQ), not the event again.
- Whom to contact for the Spanish dubbing, after an event's card ("스페인어 더빙 맡아 주는 쪽 담당자
  연락처 좀 알려줄래요?"): the Spanish-language adaptation team (Dalynn Studio), not the event's
  organisers; whether anyone can do it stays the Spanish-language route (its FAQ).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

VP = ["faq:virtual_production", "location:virtual_production"]


@pytest.mark.parametrize("lang,line", [
    ("en", "need a cyberpunk city for the climax, cyah build dat back home, how unu do it?"),
    ("en", "we're shooting a commercial with a floating city, we cant build that, what do you suggest?"),
    ("es", "Para un videoclip necesito un mundo futurista y no hay forma de construirlo, ¿cómo lo hacen ustedes?"),
    ("es", "quiero una ciudad del año 3000 para un comercial pero es imposible construirla, ¿qué me recomiendan?"),
    ("zh", "我哋個廣告要一個未來世界，實景冇辦法搭，點算好？"),
    ("zh", "想拍一座未来城市，实景根本搭不到，你们有什么办法？"),
    ("ko", "광고에 미래 도시가 나와야 되는데 세트로는 못 지어요. 어떻게 찍어요?"),
    ("ko", "미래 도시 장면은 현실에서 만들 수가 없는데 방법 있어요?"),
])
def test_unbuildable_city_of_the_future_is_virtual_production(services: Services, lang, line) -> None:
    talk(services, lang, [(line, VP)])


URBAN = {
    "en": ("got any city dramas, modern urban stuff?", "the second one, licence or co-pro only?",
           "need a neon city of the future for an ad, cyah build dat here, can unu help?",
           "back to the list, who looks after the third one?"),
    "es": ("¿Tenéis series urbanas, de ciudad?", "La segunda, ¿se puede licenciar?",
           "Para un spot necesito una ciudad futurista llena de neones y no hay forma de construirla, ¿cómo lo hacéis?",
           "Volviendo a la lista, ¿quién se encarga de la tercera?"),
    "zh": ("有冇都市題材嘅劇？", "第二套可唔可以買版權？",
           "我哋個廣告要拍未來城市，實景冇可能搭到，有咩辦法？",
           "返去頭先張 list，第三套邊個跟？"),
    "ko": ("도시 배경 현대극 있어요?", "두 번째 거 판권 살 수 있어요?",
           "광고에 미래 도시가 필요한데 세트로는 못 지어요. 어떻게 해요?",
           "아까 목록에서 세 번째 작품 담당은 누구예요?"),
}


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_future_city_amid_titles_then_back_to_the_list(services: Services, lang) -> None:
    first, second, stage, back = URBAN[lang]
    talk(services, lang, [(first, "list:works?genre=urban"),
                          (second, "work:work_ten_days_in_october#coproduction"),
                          (stage, VP),
                          (back, ["work:work_tour_guide_2077", "contact:hisda_secretariat"])])


@pytest.mark.parametrize("lang,first,line", [
    ("en", "who are Reel-K", "which of your shows are available in korean"),
    ("en", "who are Reel-K", "what titles do you have in Korean"),
    ("es", "quién es Reel-K", "qué series tienen disponibles en coreano"),
    ("es", "quién es Reel-K", "cuáles de sus títulos están en coreano"),
    ("zh", "Reel-K是哪家", "那你们哪些剧是有韩语版的"),
    ("zh", "Reel-K是哪家", "你们有什么剧是有韩语的"),
    ("zh", "Reel-K係邊間公司？", "你哋有邊啲劇有韓文版？"),
    ("ko", "Reel-K는 어떤 회사예요?", "한국어 되는 작품 뭐 있어요?"),
    ("ko", "Reel-K는 어떤 회사예요?", "한국어로 볼 수 있는 작품 있어요?"),
])
def test_which_dramas_in_a_language_after_a_partner_are_titles(services: Services, lang, first, line) -> None:
    talk(services, lang, [(first, "partner:reel_k"), (line, "list:works?language=ko")])


RIVER = {"en": "which sets have a river?", "es": "¿qué escenarios tienen río?", "zh": "哪些场景有河边",
         "ko": "강변 있는 세트 어디예요?"}
ORDINAL = {"en": ("the second one, which eras?", "the third one, which eras?"),
           "es": ("¿el segundo qué épocas tiene?", "¿y el tercero qué épocas tiene?"),
           "zh": ("第二个是什么朝代", "第三個係咩年代？"),
           "ko": ("두 번째는 어느 시대예요?", "세 번째는 어느 시대예요?")}


@pytest.mark.parametrize("lang,which,line", [
    ("en", 0, "my team flies in from Accra, is there any restriction on shooting at that set?"),
    ("en", 1, "our crew comes from Tasmania, anything stopping them filming at that one?"),
    ("es", 0, "Mi gente llega desde Oaxaca, ¿hay algún impedimento para que graben ahí?"),
    ("es", 1, "Nuestro equipo viene de Galicia; ¿alguna pega para que rueden en ese sitio?"),
    ("zh", 0, "我们的摄制组来自马来西亚 去那里拍有没有限制"),
    ("zh", 1, "我們的團隊從新加坡過來，去那個景拍有冇問題？"),
    ("ko", 0, "우리 촬영팀 일본에서 오는데 그 세트에서 찍는 데 문제 없어요?"),
    ("ko", 1, "저희 팀은 부산에서 오는데 거기서 촬영해도 돼요?"),
])
def test_crew_from_a_place_asking_an_obstacle_at_the_set_in_focus(services: Services, lang, which, line) -> None:
    talk(services, lang, [(RIVER[lang], "list:locations?scene=riverside"),
                          (ORDINAL[lang][which], "location:*"),
                          (line, "faq:can_foreign_crews_film")], fits=fits)


@pytest.mark.parametrize("lang,line", [
    ("en", "we're a regional educational TV channel, can we become members? what paperwork is needed?"),
    ("en", "could an educational broadcaster join the alliance as a member?"),
    ("es", "somos una televisora educativa regional, ¿podemos ser miembros? ¿qué papeles hacen falta?"),
    ("es", "¿un canal educativo puede entrar como socio de la alianza?"),
    ("zh", "我们是地方教育电视台 也能成为会员吗 需要什么材料"),
    ("zh", "我哋係兒童教育頻道，可唔可以入會？"),
    ("ko", "저희는 어린이 교육채널인데 회원사로 가입할 수 있나요? 절차가 어떻게 돼요?"),
    ("ko", "지방 교육방송국도 연맹 회원이 될 수 있는지요?"),
])
def test_educational_broadcaster_becoming_a_member_is_joining(services: Services, lang, line) -> None:
    talk(services, lang, [(line, "faq:join_alliance")])


@pytest.mark.parametrize("lang,line", [
    ("ko", "교육 프로그램 있어요?"),
    ("ko", "신인 배우 교육 같은 거 있어요?"),
])
def test_training_asked_in_korean_is_still_the_programme(services: Services, lang, line) -> None:
    talk(services, lang, [(line, "program:global_talent_program")])


SPANISH_ROUTE = ["faq:spanish_distribution", "partner:dalynn_studio"]


@pytest.mark.parametrize("lang,line", [
    ("en", "we'd love our dramas to reach Spanish-speaking viewers in Peru, can you help?"),
    ("en", "our shows should get to Spanish speaking audiences, could your team help us with that?"),
    ("es", "queremos que nuestras series lleguen al público hispanohablante, ¿nos pueden echar una mano?"),
    ("es", "quiero que mis series las vea el público hispano de Centroamérica, ¿me pueden ayudar?"),
    ("zh", "想让说西班牙语的观众看到我们的短剧 你们能帮忙吗"),
    ("zh", "我哋想俾講西班牙文嘅觀眾睇到啲劇，有冇得幫手？"),
    ("ko", "스페인어권 시청자분들한테 작품 보여주고 싶은데 도와줄 수 있나요?"),
    ("ko", "중남미 시청자들한테 작품 보여주려면 도와주실 수 있어요?"),
    ("ko", "멕시코 시청자들이 우리 작품 보게 하고 싶은데 도움 받을 수 있을까요?"),
])
def test_titles_to_spanish_speaking_viewers_with_help_asked_is_the_route(services: Services, lang, line) -> None:
    talk(services, lang, [(line, SPANISH_ROUTE)])


@pytest.mark.parametrize("lang,line", [
    ("ko", "스페인어로 볼 수 있는 작품 뭐 있어요?"),
    ("es", "¿qué series puedo ver en español?"),
])
def test_titles_watched_in_spanish_stay_the_list(services: Services, lang, line) -> None:
    talk(services, lang, [(line, "list:works?language=es")])


PITCH = {"en": "what's the pitch day for latin american producers?",
         "es": "¿qué es la jornada de pitch para productores latinoamericanos?",
         "zh": "拉美制片人推介会是什么", "ko": "중남미 제작자 피칭 데이가 뭐예요?"}


@pytest.mark.parametrize("lang,line", [
    ("en", "can we co-produce one of the titles on your list?"),
    ("en", "could our studio co-produce something from that catalog?"),
    ("es", "¿se puede coproducir alguna obra de la lista de ustedes?"),
    ("es", "¿podemos coproducir con ustedes un título del catálogo?"),
    ("zh", "片单里的作品可以一起合拍吗"),
    ("zh", "目錄上嘅劇可唔可以一齊合拍？"),
    ("ko", "거기 리스트에 있는 드라마 같이 공동제작할 수 있어요?"),
    ("ko", "카탈로그 작품 저희랑 공동제작해도 되나요?"),
])
def test_may_a_listed_title_be_coproduced_after_an_event(services: Services, lang, line) -> None:
    talk(services, lang, [(PITCH[lang], "event:latam_pitch_day_2027"), (line, "faq:coproduce_catalog_title")])


DUBBING_TEAM = ["contact:dalynn_studio", "partner:dalynn_studio", "faq:spanish_distribution"]


@pytest.mark.parametrize("lang,line", [
    ("en", "who takes care of the Spanish dub, can I get their contact?"),
    ("en", "the spanish dubbing, who's the contact person?"),
    ("es", "¿quién se encarga del doblaje al español? pásame su contacto"),
    ("es", "y el doblaje en castellano, ¿quién lo lleva?"),
    ("zh", "西班牙语配音那块 该联系谁"),
    ("zh", "西語配音要搵邊個負責？"),
    ("ko", "스페인어 더빙 담당하시는 분 연락처 좀 주세요"),
    ("ko", "스페인어 더빙은 어디서 맡아요? 담당자 알려 주세요"),
])
def test_whom_to_contact_for_spanish_dubbing_after_an_event(services: Services, lang, line) -> None:
    talk(services, lang, [(PITCH[lang], "event:latam_pitch_day_2027"), (line, DUBBING_TEAM)])


@pytest.mark.parametrize("lang,line", [
    ("ko", "스페인어 더빙 맡아 줄 수 있는 데 있어요?"),
    ("en", "is there anyone who could handle a Spanish dub of our show?"),
])
def test_whether_anyone_can_dub_into_spanish_is_the_route(services: Services, lang, line) -> None:
    talk(services, lang, [(line, ["faq:spanish_distribution", "partner:dalynn_studio", "contact:dalynn_studio"])])


FUTURE_SETS = {"en": "any sets for the future era?", "es": "¿tenéis platós para una época futura?",
               "zh": "有冇拍未來時代嘅場景？", "ko": "미래 시대 세트 있어요?"}
URBAN_LIST = {"en": "got any urban shows?", "es": "¿Tenéis series urbanas?", "zh": "有冇都市劇？", "ko": "도시물 뭐 있어요?"}


@pytest.mark.parametrize("lang,back", [
    ("en", "back to the list, who handles the third one?"),
    ("en", "going back to those shows, who's in charge of number three?"),
    ("es", "Volviendo a la lista, ¿quién lleva la tercera?"),
    ("es", "De las series de antes, ¿quién se encarga de la tercera?"),
    ("zh", "返去張 list，第三套邊個負責？"),
    ("zh", "回到刚才那些剧，第三部谁负责？"),
    ("ko", "아까 목록에서 세 번째 작품 담당은 누구예요?"),
    ("ko", "아까 그 드라마들 중에 세 번째는 누가 담당해요?"),
])
def test_back_to_the_longer_list_past_a_shorter_one(services: Services, lang, back) -> None:
    talk(services, lang, [(URBAN_LIST[lang], "list:works?genre=urban"),
                          (FUTURE_SETS[lang], ["list:locations?era=future", *VP]),
                          (back, ["work:work_tour_guide_2077", "contact:hisda_secretariat"])])
