"""Kinds of answer set 55 (read after it was written blind), fixB13, each in four languages with
wordings written for these tests:

- a title's fact asked through its use: the audience it would play to, named by the language it
  speaks, is its languages; a length limit of the partner's platform the episodes must fit is
  their length; "무슨 말로 나와" is its languages too; the partner's budget told as the reason
  for a title's episode count is no price asked;
- whether a set has a kind of backdrop, weighed against a plainer one ("an LED wall or only green
  screen?"), or can carry a kind of scene ("拍得了夜戏不") is the yes or no of its scenes;
- old or new asked as a choice ("period or contemporary?", "¿de época o actuales?") is a set's
  periods; still coming in on a title ("仲可唔可以加入合作", "지금이라도 파트너로") its co-production;
  online or in town ("网上还是在横店") an event's venue; "would we be entitled to it" ("tendría
  derecho a", "符不符合") an incentive's eligibility; "what date was the … launch ceremony" the
  event's date, no release date;
- the partner's own festival ("our festival", "一个像我们这样的影展", "저희 영화제") names none of
  ours: coming in as a title's co-producer is the co-production FAQ, its jurors' entry the visa
  FAQ, a screening fee for a title a price no record holds;
- off-topic look-alikes: gear of their own to buy (a ring light, a camera), which broadcaster
  elsewhere buys the most, whether film school is worth it, a student visa for another country;
- names said otherwise: 紫波科技 (Purple Wave), "서명 및 출범식", "문화 간 영화 협력 회의"; a panel
  discussion where a word was heard asks for no speakers.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


def _say(services: Services, lang: str, turns: list[tuple[str, object]]) -> None:
    talk(services, lang, turns, fits)  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "Most of our subscribers are Spanish speakers. Would Die Another Take work for them?",
     "work:work_die_another_take#languages"),
    ("en", "our diaspora crowd mostly speaks korean, is The Kitchen God Quits good for them?",
     "work:work_kitchen_god_quits#languages"),
    ("es", "Mi audiencia es hispanohablante, ¿El dios de la cocina renuncia les serviría?",
     "work:work_kitchen_god_quits#languages"),
    ("es", "Tenemos un público de habla coreana, ¿les va a funcionar Embajadora bajo la luna?",
     "work:work_moonlight_envoy#languages"),
    ("zh", "我们的粉丝大多是讲西班牙语的人，《灶王爷辞职了》合适吗？", "work:work_kitchen_god_quits#languages"),
    ("zh", "我們的觀眾都是說英語的華僑，《月下使臣》看得懂嗎？", "work:work_moonlight_envoy#languages"),
    ("ko", "저희 시청자는 다 스페인어 쓰는 사람들이에요. 궁중 시청률 전쟁 괜찮아요?",
     "work:work_palace_ratings_war#languages"),
    ("ko", "사당의 비밀은 어느 언어로 돼 있어요?", "work:work_ancestral_hall#languages"),
    ("ko", "사당의비밀영어로나옴", "work:work_ancestral_hall#languages"),
])
def test_the_audience_by_its_language_is_the_titles_languages(services: Services, lang: str, asked: str,
                                                              expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "Our platform caps clips at three minutes, does The Kitchen God Quits fit under that?",
     "work:work_kitchen_god_quits#episode_minutes"),
    ("en", "We can't air anything over 2 minutes. Are The Ancestral Hall's episodes short enough?",
     "work:work_ancestral_hall#episode_minutes"),
    ("es", "Nuestra plataforma no acepta videos de más de tres minutos, ¿los capítulos de Siesta no incluida entran?",
     "work:work_siesta_not_included#episode_minutes"),
    ("es", "El canal tiene un límite de dos minutos por video. ¿El salón de los ancestros sirve?",
     "work:work_ancestral_hall#episode_minutes"),
    ("zh", "我们平台每条视频三分钟以内，《祠堂迷踪》一集能放进去吗？", "work:work_ancestral_hall#episode_minutes"),
    ("zh", "我們那邊超過兩分鐘的片子播不了，《灶王爷辞职了》行不行？", "work:work_kitchen_god_quits#episode_minutes"),
    ("ko", "저희 플랫폼은 3분 넘으면 잘려요. 사당의 비밀 에피소드 괜찮을까요?", "work:work_ancestral_hall#episode_minutes"),
    ("ko", "우리 앱은 2분 이하만 올라가요. 궁중 시청률 전쟁 올릴 수 있어요?", "work:work_palace_ratings_war#episode_minutes"),
])
def test_a_length_limit_of_theirs_is_the_episode_length(services: Services, lang: str, asked: str,
                                                        expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "We only have money to subtitle about 50 episodes, how many has The Ancestral Hall got?",
     "work:work_ancestral_hall#episodes"),
    ("es", "Con nuestra plata solo subtitulamos unos cuarenta capítulos, ¿cuántos trae El salón de los ancestros?",
     "work:work_ancestral_hall#episodes"),
    ("zh", "我们的字幕预算只够五十集，《祠堂迷踪》一共几集？", "work:work_ancestral_hall#episodes"),
    ("ko", "자막 예산이 오십 편 정도라서요, 사당의 비밀은 몇 부작이에요?", "work:work_ancestral_hall#episodes"),
    # the price of dubbing a title stays a price no record holds
    ("en", "How much would it cost to dub Siesta Not Included into Korean?", "gap:*"),
])
def test_a_budget_told_as_the_reason_asks_the_titles_count(services: Services, lang: str, asked: str,
                                                           expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "Has the virtual studio got a real LED wall, or only a green screen?", "location:virtual_production#scene_types"),
    ("en", "Can Dream Valley handle lantern-lit night scenes for our finale?", "location:dream_valley#scene_types"),
    ("es", "¿El estudio virtual tiene muro LED o nomás croma?", "location:virtual_production#scene_types"),
    ("es", "¿En Valle de los Sueños se pueden rodar escenas nocturnas con faroles?", "location:dream_valley#scene_types"),
    ("zh", "虚拟影棚有LED墙吗，还是只能抠绿幕？", "location:virtual_production#scene_types"),
    ("zh", "梦幻谷拍不拍得了夜景？", "location:dream_valley#scene_types"),
    ("ko", "버추얼 프로덕션에 LED 벽 있어요, 아니면 그린 스크린만 있어요?", "location:virtual_production#scene_types"),
    ("ko", "드림 밸리에서 야간 촬영 돼요? 등불 켜진 장면이 필요해요.", "location:dream_valley#scene_types"),
])
def test_a_kind_of_backdrop_asked_of_a_set_is_its_scenes(services: Services, lang: str, asked: str,
                                                         expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "Is the international street set modern or period?", "location:international_sets#eras"),
    ("es", "Los sets internacionales, ¿son antiguos o modernos?", "location:international_sets#eras"),
    ("zh", "国际化实景拍摄场景是古装的还是现代的？", "location:international_sets#eras"),
    ("ko", "해외 세트는 현대물이에요 아니면 사극이에요?", "location:international_sets#eras"),
    ("en", "Son-in-Law from Seoul, can we still join as partners?", "work:work_son_in_law_from_seoul#coproduction"),
    ("es", "¿Todavía podemos sumarnos a El yerno de Seúl?", "work:work_son_in_law_from_seoul#coproduction"),
    ("zh", "《首尔女婿过大年》现在能不能加入合作？", "work:work_son_in_law_from_seoul#coproduction"),
    ("ko", "서울 사위의 중국 설날, 이제라도 공동 제작사로 합류할 수 있나요?", "work:work_son_in_law_from_seoul#coproduction"),
    ("zh", "拉美制片人提案日是线上办的还是在横店现场？", "event:latam_pitch_day_2027#venue"),
    ("es", "¿Tendríamos derecho a los servicios de producción in situ siendo un equipo de un festival?",
     "incentive:on_site_services#eligibility"),
    ("zh", "我们是海外的发行公司，够不够资格拿竖屏短剧的扶持？", "incentive:short_drama_cost_reduction#eligibility"),
    ("en", "Which date was the signing and launch ceremony held on? It's for our records.",
     "event:signing_ceremony_2025#date"),
])
def test_a_fact_asked_as_a_choice_or_a_right(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "Could our festival foundation join one of your titles as a co-producer?",
     "faq:coproduce_catalog_title"),
    ("es", "¿Nuestro festival podría entrar como coproductor en alguno de sus títulos?", "faq:coproduce_catalog_title"),
    ("zh", "我们的小型影展能以联合出品方的身份参与贵方片单里的作品吗？", "faq:coproduce_catalog_title"),
    ("ko", "저희 영화제도 공동 제작사로 참여할 수 있을까요?", "faq:coproduce_catalog_title"),
    ("en", "Some jurors of our film festival are Europeans, will they need a visa for China?", "faq:visa"),
    ("zh", "我们影展请的几位评审是南美人，来中国要办签证吗？", "faq:visa"),
    ("ko", "저희 영화제 심사위원 몇 분이 유럽 분들인데 중국 비자 필요해요?", "faq:visa"),
    ("en", "What would it cost to screen Palace Ratings War at our festival?", "gap:*"),
    ("zh", "我们影展想放《后宫收视率之争》，要交多少授权费？", "gap:*"),
    ("ko", "저희 영화제에서 궁중 시청률 전쟁 상영하려면 상영료가 얼마예요?", "gap:*"),
    # a festival of ours still is: "your festival", and "我们…电影节期间" (we, during the festival)
    ("en", "Can we come to your festival in Hengdian?", "event:hengdian_film_festival*"),
])
def test_the_partners_own_festival_names_none_of_ours(services: Services, lang: str, asked: str,
                                                      expect: str) -> None:
    _say(services, lang, [(asked, expect)])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "what's the best camera for vertical shorts?"),
    ("en", "is film school worth it or should i just start shooting"),
    ("en", "how do I get a student visa for Japan?"),
    ("es", "¿Qué aro de luz me compro para grabar en casa?"),
    ("es", "¿Vale la pena estudiar cine o mejor me pongo a grabar?"),
    ("zh", "哪家电视台买外剧最多？"),
    ("zh", "补光灯买哪个牌子好？"),
    ("ko", "링라이트 뭐 사야 돼요?"),
    ("ko", "영화과 가는 게 의미 있을까요?"),
])
def test_off_topic_look_alikes_are_out_of_scope(services: Services, lang: str, asked: str) -> None:
    reply = talk(services, lang, [(asked, "*")], lambda _e, _g: True)
    assert reply.outcome in ("fallback", "out_of_scope") or (reply.answer or "").startswith(("out_of_scope", "gap:")), reply.answer


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "Do we need a visa to shoot in Hengdian?", "faq:visa"),
    ("zh", "紫波是哪国的公司？", "partner:purple_wave#country"),
    ("ko", "2025년 서명 및 출범식 장소가 어디였어요?", "event:signing_ceremony_2025#venue"),
    ("ko", "문화 간 영화 협력 회의는 언제 열렸어요?", "event:cross_cultural_exchange_2025#date"),
    ("ko", "패널 토론 때 다들 '3개의 하나' 얘기하던데 그게 뭐예요?", "program:three_ones_vision"),
])
def test_names_said_otherwise(services: Services, lang: str, asked: str, expect: str) -> None:
    _say(services, lang, [(asked, expect)])
