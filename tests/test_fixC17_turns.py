"""Dialogue turns of answers67 (fixC17), each kind in four languages with sentences of our own:

- "city life", "vida en la ciudad", "城市生活", "도시 생활" name the urban genre: its titles, and the
  list's ordinals then pick from them;
- news asked with the time first ("anytime you drop new titles, tell me", "siempre que suban
  series nuevas, escríbanme", Cantonese "有新劇隨時講畀我知", "새 작품 나올 때마다 말해 주세요"), or
  with the formal "mándeme noticias de…": a subscription, not a hand-off or a FAQ;
- whether a title is finished, in Nigerian Pidgin ("dem don finish am?") or "¿ya lo terminaron?":
  its co-production status;
- the last answer again in a language, asked idiomatically ("say that one for Spanish", "pásamelo
  pal inglés", "轉做英文", "영어 버전으로 한 번 더");
- a crew's nationality and "would that prevent us from filming there?": whether foreign crews may
  film, not the sets of the scene in focus;
- "could someone on that team telephone me?", "me pegue un telefonazo": a person asked for;
- "who's in it?" right after what HISDA is: its members;
- "un colectivo como el de nosotros pa entrar", "우리 같은 학생 모임은 어떻게 들어가요?" after a
  member's card: the way in;
- "for the Spanish versions, who do I contact?" after an event: the team for that, not the event's
  unpublished fact;
- an episode's length remarked ("一集好长", "the eps are so long") asks it; "몇 편짜리예요?" the
  episodes;
- Korean money put into one of the titles ("한 작품에 돈 넣고"): co-producing a catalogue title."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns as talk


@pytest.mark.parametrize("lang,say", [
    ("en", "a telco wants to back something on big city life, young folks grinding it out. which shows fit?"),
    ("en", "got any series about life in the city?"),
    ("es", "tienen series sobre la vida en la ciudad? algo con chavos que se la rifan"),
    ("es", "busco microdramas de vida citadina para un patrocinador"),
    ("zh", "有没有讲城市生活的短剧？年轻人在大城市打拼那种"),
    ("zh", "品牌想贊助都市生活題材的劇，你們有邊啲？"),
    ("ko", "도시 생활 다룬 드라마 있어요? 청춘들이 도시에서 버티는 얘기"),
    ("ko", "폰 브랜드가 도시의 삶 그런 거 후원하고 싶대요 어떤 작품 있노?"),
])
def test_city_life_names_the_urban_genre(services: Services, lang, say) -> None:
    third = {"en": "number three, how many episodes?", "es": "el tercero cuántos episodios tiene?",
             "zh": "第三部有几集？", "ko": "세 번째 거 몇 부작이에요?"}[lang]
    talk(services, lang, [(say, "list:works?genre=urban"), (third, "work:work_tour_guide_2077#episodes")])


@pytest.mark.parametrize("lang,say", [
    ("en", "anytime you guys add new dramas pls ping me"),
    ("en", "anytime there's a new series in the catalog, text us"),
    ("es", "siempre que suban series nuevas, escríbanme"),
    ("es", "cada que tengan títulos nuevos me escriben porfa"),
    ("zh", "以後有新作品隨時講畀我知"),
    ("zh", "出新劇話我知呀"),
    ("ko", "새 작품 나올 때마다 저한테 말해 주세요"),
    ("ko", "신작 뜨면 바로 얘기해 도"),
])
def test_news_of_new_titles_asked_time_first_subscribes(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "subscribe:catalog_releases")])


def test_anytime_said_alone_is_no_subscription(services: Services) -> None:
    talk(services, "en", [("anytime is fine, tell me the price", ["gap:*", "fallback", "out_of_scope", "faq:*"])])


@pytest.mark.parametrize("lang,say,topic", [
    ("es", "mándeme noticias del catálogo", "catalog_releases"),
    ("es", "envíenos las novedades de Corea cuando salgan", "korea_news"),
    ("es", "mándeme las novedades de Latinoamérica y de lo que salga en español", "latam_spanish_news"),
    ("en", "kindly send me news on Latin America and Spanish projects", "latam_spanish_news"),
    ("zh", "请给我发拉美和西语项目的消息", "latam_spanish_news"),
    ("ko", "중남미랑 스페인어 프로젝트 소식 보내 주십시오", "latam_spanish_news"),
])
def test_news_sent_asked_formally_subscribes(services: Services, lang, say, topic) -> None:
    talk(services, lang, [(say, ["subscribe", f"subscribe:{topic}"])])


@pytest.mark.parametrize("lang,listing,say,work", [
    ("en", "which sci-fi dramas una get?", "the second one, dem don finish am?", "work_ghost_in_the_volume"),
    ("en", "which sci-fi dramas do you have?", "number three, e don complete?", "work_tour_guide_2077"),
    ("es", "qué dramas de ciencia ficción tienen?", "el segundo, ya lo terminaron?", "work_ghost_in_the_volume"),
    ("es", "qué dramas de ciencia ficción tienen?", "el tercero ya lo acabaron de grabar o qué", "work_tour_guide_2077"),
    ("zh", "有哪些科幻短剧？", "第二部拍完了没", "work_ghost_in_the_volume"),
    ("zh", "有哪些科幻短剧？", "第三部已經殺青了嗎", "work_tour_guide_2077"),
    ("ko", "공상과학 드라마 뭐 있어요?", "두 번째 거 다 찍었어?", "work_ghost_in_the_volume"),
    ("ko", "공상과학 드라마 뭐 있어요?", "세 번째는 완성됐나요", "work_tour_guide_2077"),
])
def test_whether_a_listed_title_is_finished_is_its_status(services: Services, lang, listing, say, work) -> None:
    talk(services, lang, [(listing, "list:works?genre=sci_fi"), (say, f"work:{work}#coproduction")])


PHONE = {"en": "what's the phone number of international business?", "es": "cuál es el teléfono de negocios internacionales?",
         "zh": "国际业务部电话多少？", "ko": "국제사업부 전화번호 뭐예요?"}


@pytest.mark.parametrize("lang,say,wanted", [
    ("en", "abeg say that one for Spanish, my editor in Bogotá no sabi English", "es"),
    ("en", "write it for Korean pls", "ko"),
    ("es", "pásamelo pal inglés que es pa mi socio", "en"),
    ("es", "ahora dilo pa coreano porfa", "ko"),
    ("zh", "幫我轉做英文俾我老闆", "en"),
    ("zh", "呢个用西班牙文讲多次，我同事要睇", "es"),
    ("ko", "영어 버전으로 한 번 더 해 주세요", "en"),
    ("ko", "그거 스페인어로 다시 말해 주이소, 편집자가 볼끼라", "es"),
])
def test_the_last_answer_again_in_a_language(services: Services, lang, say, wanted) -> None:
    reply = talk(services, lang, [(PHONE[lang], "contact:international_business#phone"),
                                  (say, "contact:international_business#phone")])
    assert reply.lang == wanted


def test_a_spanish_market_is_no_language_asked(services: Services) -> None:
    reply = talk(services, "en", [("how do your shows get to Spanish speakers?", "faq:spanish_distribution")])
    assert reply.lang == "en"


RIVERSIDE = {"en": "which of your sets have a riverside?", "es": "qué locaciones tienen con río para una escena junto al agua?",
             "zh": "有哪些河边的景？", "ko": "강가 나오는 세트 어디 있어요?"}


@pytest.mark.parametrize("lang,say", [
    ("en", "Everyone on our team holds Fijian citizenship. Would that stop us from shooting by that river?"),
    ("en", "would Kenyan passport holders be prevented from filming at that riverside?"),
    ("es", "todo el equipo es de nacionalidad peruana, ¿eso nos impediría rodar allí?"),
    ("es", "somos todos mexicanos, nos prohíben grabar en ese set?"),
    ("zh", "我们团队全是加拿大籍，会不会影响我们在那边拍摄？"),
    ("zh", "我哋成班人都係巴西人，會唔會阻礙我哋喺嗰度取景？"),
    ("ko", "저희 스태프는 다 캐나다 국적인데 거기서 촬영 못 하나요?"),
    ("ko", "우리 팀 전부 멕시코 사람인데 거기서 찍는 거 막히는교?"),
])
def test_a_crews_nationality_and_what_would_stop_the_shoot(services: Services, lang, say) -> None:
    talk(services, lang, [(RIVERSIDE[lang], "list:locations?scene=riverside"), (say, "faq:can_foreign_crews_film")])


PROCEDURE = {"en": "how do we request support for our shoot?", "es": "cómo pido apoyo para el rodaje?",
             "zh": "拍摄支持怎么申请？", "ko": "촬영 지원은 어떻게 신청해요?"}


@pytest.mark.parametrize("lang,say", [
    ("en", "Would somebody on that team telephone me tomorrow?"),
    ("en", "can one of them give me a ring?"),
    ("es", "que uno de ellos me pegue un telefonazo"),
    ("es", "¿me pueden hacer una llamadita mañana?"),
    ("zh", "可以让那个团队的人打个电话给我吗？"),
    ("zh", "叫佢哋打個電話畀我啦"),
    ("ko", "그 팀에서 저한테 전화 좀 해 주실 수 있나요?"),
    ("ko", "거기 사람이 전화 한 통 주이소"),
])
def test_a_call_asked_of_the_team_is_a_person(services: Services, lang, say) -> None:
    talk(services, lang, [(PROCEDURE[lang], "incentive:shoot_request_procedure*"), (say, "handoff*")])


def test_a_calls_length_is_no_call_asked(services: Services) -> None:
    talk(services, "es", [("cuánto dura una llamada al centro?", ["list:contacts", "contact:*", "gap:*", "fallback"])])


@pytest.mark.parametrize("lang,first,say", [
    ("en", "what's hisda", "who's involved?"),
    ("en", "what is this hisda alliance?", "who's in it then"),
    ("es", "qué es HISDA?", "quiénes andan en eso?"),
    ("es", "oye y la HISDA qué es", "y quiénes están metidos ahí adentro"),
    ("zh", "那个短剧联盟是干嘛的", "里面都有谁啊"),
    ("zh", "HISDA係咩嚟㗎？", "入面有邊啲公司？"),
    ("ko", "HISDA가 뭐예요?", "거기 누가 들어가 있어요?"),
    ("ko", "그 연맹이 뭐하는 데고?", "어디 어디 가입돼 있노?"),
])
def test_who_is_in_it_after_the_alliance_is_its_members(services: Services, lang, first, say) -> None:
    talk(services, lang, [(first, ["faq:what_is_hisda", "program:hisda"]), (say, "list:partners")])


def test_who_is_in_a_title_is_still_its_cast(services: Services) -> None:
    talk(services, "en", [("tell me about Die Another Take", "work:work_die_another_take*"), ("who's in it", "gap:*")])


SHORTMAX = {"en": "what does shortmax do", "es": "y ShortMax qué hace?", "zh": "ShortMax是做什么的", "ko": "ShortMax는 뭐 하는 데예요?"}


@pytest.mark.parametrize("lang,say", [
    ("en", "how would a film club like ours get in?"),
    ("es", "como haria un colectivo de estudiantes como el de nosotros pa entrar"),
    ("es", "qué tiene que hacer una asociación de cineastas como la de nosotros para entrar?"),
    ("zh", "像我们这种学生团队要怎么进去"),
    ("ko", "우리 같은 학생 모임은 어떻게 들어가요?"),
    ("ko", "저희 같은 작은 팀도 들어갈 수 있노?"),
])
def test_joining_asked_after_a_members_card(services: Services, lang, say) -> None:
    talk(services, lang, [(SHORTMAX[lang], "partner:shortmax*"), (say, "faq:join_alliance")])


def test_a_crew_like_ours_entering_a_set_is_no_joining(services: Services) -> None:
    talk(services, "ko", [("우리 같은 외국 팀은 세트장 어떻게 들어가요?", "faq:can_foreign_crews_film")])


PITCH = {"en": "is there an event where Latin American producers pitch projects?",
         "es": "hay algún evento para que productores latinoamericanos presenten proyectos?",
         "zh": "有没有给拉美制片人推介项目的活动？", "ko": "중남미 제작자들이 프로젝트 피칭할 수 있는 행사 있어요?"}


@pytest.mark.parametrize("lang,say", [
    ("en", "for the Spanish versions, who do I talk to?"),
    ("es", "para las versiones en español, con quién hablo?"),
    ("es", "y sobre el doblaje al español, a quién le escribo?"),
    ("zh", "西语版本的话，我该联系谁？"),
    ("zh", "關於西語版，要搵邊個？"),
    ("ko", "스페인어 버전은 누구한테 연락하면 돼요?"),
])
def test_whom_to_contact_for_spanish_versions_after_an_event(services: Services, lang, say) -> None:
    talk(services, lang, [(PITCH[lang], "event:latam_pitch_day_2027"), (say, "contact:dalynn_studio*")])


def test_a_purpose_with_a_question_of_its_own_keeps_both(services: Services) -> None:
    reply = talk(services, "en", [(PITCH["en"], "event:latam_pitch_day_2027"),
                                  ("for the pitch day, when is it and who do I contact?", "event:latam_pitch_day_2027*")])
    assert "2027" in reply.text


KOREAN = {"en": "which shows can I watch in Korean?", "es": "qué series están en coreano?",
          "zh": "哪些剧有韩语版", "ko": "한국어로 볼 수 있는 드라마 뭐 있어요?"}


@pytest.mark.parametrize("lang,say", [
    ("en", "the second one, the eps are so long huh"),
    ("es", "el segundo, los capítulos son muy largos?"),
    ("zh", "第二部一集好长"),
    ("zh", "第二部每集咁長㗎？"),
    ("ko", "두 번째 거 한 편이 너무 길어요?"),
])
def test_an_episodes_length_remarked_asks_it(services: Services, lang, say) -> None:
    talk(services, lang, [(KOREAN[lang], "list:works?language=ko"), (say, "work:work_vanished_on_live#episode_minutes")])


@pytest.mark.parametrize("say", ["그건 몇 편짜리예요?", "몇 편으로 돼 있노?"])
def test_how_many_episodes_in_korean_chat(services: Services, say) -> None:
    talk(services, "ko", [("로맨스 작품 뭐 있어요?", "list:works?genre=romance"),
                          ("여섯 번째는 판권 살 수 있어요?", "work:work_blade_and_blossom#coproduction"),
                          (say, "work:work_blade_and_blossom#episodes")])


@pytest.mark.parametrize("lang,say", [
    ("ko", "저희가 그 중 한 작품에 돈 넣고 파트너로 들어가면 어떻게 돼요?"),
    ("ko", "드라마 하나에 돈 좀 대면 어떻게 되는 거예요?"),
    ("zh", "我们要是往其中一部剧里砸点钱当合伙人，之后咋弄"),
    ("es", "y si le ponemos lana a una de esas series como socios, qué sigue?"),
])
def test_money_put_into_one_title_is_co_producing_it(services: Services, lang, say) -> None:
    talk(services, lang, [(PITCH[lang], "event:latam_pitch_day_2027"), (say, "faq:coproduce_catalog_title")])
