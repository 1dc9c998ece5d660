"""Kinds from answers71's question and out-of-scope mistakes (fixL18), in wordings of our own:

- the number to ring asked in words or in Caribbean English ("wat number fi call…", "¿a qué número
  llamo?", "打哪个号", "몇 번으로 전화"): the team's phone;
- a title's episode length asked chat-short after its subject ("… eps how long each", "los caps
  cuanto cada uno", "에피 몇 분씩"): its episode minutes, not its count;
- "is there a <kind of place> at <set>", with the partner's own episode told beside it ("…for a kids
  episode"): the set's scene yes-or-no, not its card;
- who won another body's prize (a town's film awards, another festival, a gala): out of scope, no
  events list nor our festival's gap; our festival's or our titles' prizes stay ours;
- HISDA seen on Instagram / TikTok and asked what it is ("인스타에서 … 그게 뭐임?"): what HISDA is,
  not the missing social accounts (an account asked for stays that gap);
- titles a whole family watches together, said with 식구 / 一家人 / toda la familia: the family titles;
- the partner's own case in words of their own: an actor from abroad asking whether they would be
  cast ("…or do they only cast Chinese actors?"): foreign actors; a crew asking whether it may film
  on its own or must go through a local company: can foreign crews film; people with no Chinese
  asking whether they can still take part: the languages;
- the programme itself said to pay ("el programa … paga algo, cuanto al mes", "每个月给多少"): the
  unpublished pay, not the programme's card;
- a festival of ours asked to twin the partner's own with ("desde la comisión organizamos una muestra…
  ¿tienen algún festival?", "…hermanarlo con un festival chino"): our film festival, neither a
  commission fee (the commission is who speaks) nor another town's festival;
- a scene under the sea or in outer space that cannot be built, and what options there are ("obvio
  no la puedo construir, que opciones hay", "實景冇可能搭，有咩方法", "세트로는 못 지어요"): the
  virtual production;
- Spanish-speaking viewers to reach and a way asked ("想讓說西班牙語的孩子也能看到…有什麼管道"): the
  Spanish-language route (Dalynn Studio), not the titles in Spanish (which stay asked as such);
- a title already made to come in on as co-producer ("您那儿现成的剧 我们想入伙一块儿拍一部"): the
  co-production FAQ, not the catalogue's card.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


def _one(services: Services, lang: str, text: str, expect) -> str:
    return talk(services, lang, [(text, expect)], fits=fits).text


@pytest.mark.parametrize("lang,text,team", [
    ("en", "wat number fi call di international business people?", "international_business"),
    ("en", "which number do we ring for the international business team?", "international_business"),
    ("es", "¿a qué número llamo para hablar con el departamento de negocios internacionales?", "international_business"),
    ("es", "cual numero marco pa el departamento de negocios internacionales", "international_business"),
    ("zh", "国际业务部打哪个号", "international_business"),
    ("zh", "找秘書處要打什麼電話？", "hisda_secretariat"),
    ("ko", "국제사업부는 몇 번으로 전화하면 돼요?", "international_business"),
    ("ko", "사무국에 어디로 전화하믄 되능교?", "hisda_secretariat"),
])
def test_the_number_to_ring_is_the_phone(services: Services, lang: str, text: str, team: str) -> None:
    _one(services, lang, text, f"contact:{team}#phone")


@pytest.mark.parametrize("lang,text", [
    ("en", "half a teahouse episodes how long each?"),
    ("en", "grandma 2.0 eps how long r they"),
    ("es", "Media casa de té, los caps cuanto cada uno?"),
    ("es", "abuela 2.0 los capis de cuanto c/u"),
    ("zh", "月下使臣 每集几分钟"),
    ("zh", "剑与花 一集有几长"),
    ("ko", "달빛 사신 에피 몇 분씩이에요?"),
    ("ko", "검과 꽃 한 편 몇 분이능교"),
])
def test_episodes_how_long_each_is_the_minutes(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "work:*#episode_minutes")


@pytest.mark.parametrize("lang,text,where", [
    ("en", "is there a village set at Dream Valley we need a rural scene for a kids episode", "dream_valley"),
    ("en", "are there any riverside streets at Yuanming New Garden for our pilot episode", "yuanming_new_garden"),
    ("es", "¿hay una aldea en el Valle de los Sueños? necesitamos una escena rural para un episodio infantil", "dream_valley"),
    ("es", "en el Nuevo Jardín Yuanming hay algún templo? es pa un capitulo", "yuanming_new_garden"),
    ("zh", "梦幻谷有没有村庄的景？我们儿童剧有一集要拍乡村", "dream_valley"),
    ("zh", "明清民居博覽城有廟嗎 我哋有一集要用", "ming_qing_folk_houses"),
    ("ko", "드림밸리에 시골 마을 세트 있어요? 어린이 프로 한 회에 필요해서요", "dream_valley"),
    ("ko", "명청민가박람성에 사찰 있능교? 한 회차에 써야 돼서예", "ming_qing_folk_houses"),
])
def test_is_there_a_place_at_a_set_is_its_scene_yes_or_no(services: Services, lang: str, text: str, where: str) -> None:
    _one(services, lang, text, f"location:{where}#scene_types")


@pytest.mark.parametrize("lang,text", [
    ("en", "who took home best drama at the Lisbon series awards last month"),
    ("en", "which series won the top prize at the Tallinn film festival this year?"),
    ("es", "¿Quién ganó el premio mayor del festival de cine de Huelva este año?"),
    ("es", "que peli se llevo el premio en la gala de Cartagena 2026"),
    ("zh", "今年釜山电影节哪部片拿了大奖？"),
    ("zh", "今屆金鐘獎邊部劇攞咗最佳戲劇？"),
    ("ko", "올해 부산영화제 대상은 어떤 작품이 받았어요?"),
    ("ko", "이번 춘사영화제 작품상 누가 탔능교?"),
])
def test_another_bodys_prize_winner_is_out_of_scope(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "out_of_scope")


@pytest.mark.parametrize("lang,text", [
    ("en", "Which film won the main prize at the Hengdian Film Festival?"),
    ("en", "has any of your titles won a prize?"),
])
def test_our_prizes_stay_ours(services: Services, lang: str, text: str) -> None:
    assert not fits("out_of_scope", talk(services, lang, [(text, "*")], fits=fits).answer)


@pytest.mark.parametrize("lang,text", [
    ("en", "i keep seeing HISDA all over instagram, what is that?"),
    ("en", "saw the Hengdian alliance on tiktok lol whats that"),
    ("es", "vi lo de HISDA en Instagram, ¿qué es eso?"),
    ("es", "me sale la HISDA en tiktok todo el rato, que es"),
    ("zh", "最近抖音上老刷到HISDA，这是什么？"),
    ("zh", "IG成日見到HISDA，係咩嚟㗎？"),
    ("ko", "인스타에서 헝뎬 연맹 계속 뜨던데 뭐임?"),
    ("ko", "유튜브에 연맹 얘기 자꾸 나오던데 그게 뭐예요?"),
])
def test_hisda_seen_on_social_media_is_what_it_is(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, ["faq:what_is_hisda", "program:hisda"])


@pytest.mark.parametrize("text", ["HISDA 인스타 계정 있어요?", "인스타에서 HISDA 팔로우하고 싶은데 계정 알려줘"])
def test_its_account_asked_is_still_the_gap(services: Services, text: str) -> None:
    _one(services, "ko", text, "gap:*")


@pytest.mark.parametrize("lang,text", [
    ("en", "our audience is grandparents down to toddlers, got anything the whole family can watch together?"),
    ("en", "any shows for the whole family to watch together?"),
    ("es", "¿tienen algo para ver en familia? vienen abuelos y nietos"),
    ("es", "algo que pueda ver toda la familia junta?"),
    ("zh", "有没有一家人一起看的剧？"),
    ("zh", "我哋觀眾老老嫩嫩都有，有冇一家人睇得嘅劇？"),
    ("ko", "우리 관객이 할머니 할아버지부터 손주꺼정 다 오는데, 식구끼리 볼 만한 거 있능교?"),
    ("ko", "식구들이랑 같이 볼 만한 드라마 있어요?"),
])
def test_titles_for_the_whole_family_are_the_family_titles(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "list:works?genre=family")


ACTOR_CAST = [
    ("en", "I'm a Brazilian actor, could I audition for your dramas or do they only cast Chinese actors?"),
    ("en", "would a studio there hire an actor like me? i'm from Ghana"),
    ("es", "Soy actriz chilena, ¿contratan extranjeras o solo actores chinos?"),
    ("es", "soy actor tico, puedo hacer casting pa sus novelas cortas?"),
    ("zh", "我是墨西哥演员，外国人能去试镜吗，还是只要中国演员？"),
    ("zh", "像我這樣的外國人可以參演你們的短劇嗎"),
    ("ko", "저 같은 외국인도 오디션 볼 수 있어요? 중국 배우만 뽑는 거 아니죠?"),
    ("ko", "우리 같은 외국 배우도 캐스팅 되능교?"),
]


@pytest.mark.parametrize("lang,text", ACTOR_CAST)
def test_an_actor_from_abroad_asking_to_be_cast_is_foreign_actors(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "faq:foreign_actors")


CREW_ALONE = [
    ("en", "if we fly in with our crew, would they let us shoot there on our own or do we need to go through a local production company?"),
    ("en", "do we have to work with a chinese production company or can our team film by ourselves?"),
    ("es", "¿Nos dejan rodar por nuestra cuenta o hay que pasar por una productora china?"),
    ("es", "si voy con mi equipo de Bogotá, nos dejan filmar o tenemos que trabajar con una empresa local"),
    ("zh", "我们剧组从墨西哥过去，让我们自己拍吗，还是必须找当地的制作公司？"),
    ("zh", "我哋班人過去，使唔使搵當地公司合作先可以拍？"),
    ("ko", "저희끼리 촬영해도 돼요, 아니면 현지 제작사 끼고 해야 돼요?"),
    ("ko", "우리가 직접 찍어도 되능교? 현지 업체를 거쳐야 합니꺼?"),
]


@pytest.mark.parametrize("lang,text", CREW_ALONE)
def test_a_crew_filming_on_its_own_is_can_foreign_crews_film(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "faq:can_foreign_crews_film")


NO_CHINESE_STILL = [
    ("en", "a couple of actor friends want to do the training but speak zero Chinese, can they still join?"),
    ("en", "my crew doesn't speak a word of mandarin, could they still take part?"),
    ("es", "mis actores no hablan nada de chino, ¿pueden participar igual?"),
    ("es", "unos panas quieren entrar al taller pero no saben chino, igual pueden"),
    ("zh", "他们一句中文都不会，也能参加培训吗？"),
    ("zh", "我哋團隊唔識講普通話，可唔可以參加？"),
    ("ko", "친구들이 중국어 1도 못하는데 그래도 참가할 수 있어요?"),
    ("ko", "중국어를 전혀 모르는데 지원해도 되능교?"),
]


@pytest.mark.parametrize("lang,text", NO_CHINESE_STILL)
def test_no_chinese_can_they_still_is_the_languages(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "faq:languages")



@pytest.mark.parametrize("lang,text", [
    ("en", "does the talent programme pay anything? like per month?"),
    ("en", "global talent program, is there a monthly allowance?"),
    ("es", "y la formacion del programa de talento paga algo o es gratis nomas"),
    ("es", "el Programa Global de Talento paga algo? cuanto al mes mas o menos"),
    ("zh", "全球人才计划每个月给多少？"),
    ("zh", "全球人才計劃每個月有錢收嗎"),
    ("ko", "글로벌 인재 프로그램 참가하면 돈 줘요? 한 달에 얼마?"),
    ("ko", "글로벌 인재 프로그램 월급 나오능교?"),
])
def test_the_programme_paying_is_the_unpublished_pay(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "gap:*")


@pytest.mark.parametrize("lang,text", [
    ("en", "From the commission we run a small film week in Gozo and would love to twin it with a Chinese festival. Do you have one?"),
    ("en", "Our commission organises a documentary week; is there a festival on your side we could pair it with?"),
    ("es", "Desde la comisión organizamos un ciclo de cine en Mérida y queremos hermanarlo con un festival chino, ¿tienen alguno?"),
    ("es", "En nuestra comisión hacemos una muestra de cortos; ¿ustedes tienen algún festival para colaborar?"),
    ("zh", "我们办了一个小影展，想跟你们那边的电影节结对合作，你们有电影节吗？"),
    ("zh", "我们在高雄办了一个小影展，想跟中国的电影节结对合作，你们有吗？"),
    ("ko", "저희 군에서 작은 영화제를 하는데 중국 영화제랑 자매결연하고 싶어요. 그쪽에 영화제 있어요?"),
    ("ko", "우리 지역 영화 축제랑 교류할 만한 영화제 있능교?"),
])
def test_a_festival_to_twin_with_is_our_festival(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, ["faq:film_festival", "event:hengdian_film_festival"])


@pytest.mark.parametrize("lang,text", [("en", "when is the Busan film festival this year?"),
                                       ("es", "¿cuándo es el festival de cine de Málaga?")])
def test_another_towns_festival_stays_not_ours(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "out_of_scope")


@pytest.mark.parametrize("lang,text", [
    ("en", "we want an underwater palace scene, no way we can build it for real, how would you do it?"),
    ("en", "need a shot on the ocean floor for my reel, can't build that lol, options?"),
    ("es", "pa un video necesito una escena bajo el mar y no la podemos construir, que opciones hay"),
    ("es", "Queremos rodar una escena en el espacio exterior, imposible construir eso, ¿qué alternativas tienen?"),
    ("zh", "我们要拍一场海底的戏，实景根本搭不了，有什么办法？"),
    ("zh", "我哋想拍外太空場景，實景冇可能搭，有咩方法？"),
    ("ko", "바닷속 장면이 필요한데 세트로는 도저히 못 지어요. 무슨 방법 있어요?"),
    ("ko", "우주 장면 찍어야 되는데 실제로 만들 수가 없능교, 우째 하믄 되노?"),
])
def test_a_scene_that_cannot_be_built_is_the_virtual_production(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, ["faq:virtual_production", "location:virtual_production"])


@pytest.mark.parametrize("lang,text", [
    ("en", "we work with schools in Central America and want Spanish-speaking kids to see these dramas, is there a channel for that?"),
    ("en", "how could our Spanish-speaking viewers get to watch your shows?"),
    ("es", "queremos que la gente que habla español vea estos dramas, hay alguna via?"),
    ("es", "¿De qué manera llegan sus series al público hispanohablante?"),
    ("zh", "想让拉美讲西语的观众看到你们的剧，有什么渠道？"),
    ("zh", "我哋想畀講西班牙話嘅觀眾睇到呢啲劇，有咩門路？"),
    ("ko", "남미 스페인어 쓰는 관객들이 이 드라마들 볼 수 있는 길이 있나요?"),
    ("ko", "스페인어권 시청자들한테 이 작품들 보여주고 싶은데 방법 있능교?"),
])
def test_spanish_speaking_viewers_reached_is_the_spanish_route(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, ["faq:spanish_distribution", "partner:dalynn_studio"])


@pytest.mark.parametrize("lang,text", [("en", "which of your shows come in Spanish?"), ("zh", "有哪些剧有西班牙语版？")])
def test_titles_in_spanish_stay_the_list(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "list:works?language=es")


@pytest.mark.parametrize("lang,text", [
    ("en", "u got ready-made shows, could we jump in n co-produce one of em?"),
    ("en", "any chance we co-produce one of your existing dramas instead of starting from scratch?"),
    ("es", "¿podemos entrar como coproductores en alguna de sus series ya hechas?"),
    ("es", "de las series que ya tienen, se puede coproducir alguna con ustedes?"),
    ("zh", "你们片单里现成的剧，我们能入伙一起拍一部吗？"),
    ("zh", "你哋現成嘅劇，我哋可唔可以入股一齊拍一部？"),
    ("ko", "이미 나와 있는 작품에 우리가 공동제작으로 들어갈 수 있능교?"),
    ("ko", "기존 작품 중 하나를 같이 공동제작할 수 있어요?"),
])
def test_a_title_already_made_to_coproduce_is_the_coproduction_faq(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "faq:coproduce_catalog_title")
