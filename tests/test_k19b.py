"""Kinds left by answer set 17, each tested in several wordings (the set's own line among them):

- a passport of a country to get or renew: off-topic, while papers to enter China stay the visa FAQ;
- joining the alliance in casual words ("wants in on this alliance", "hassle to become a member");
- shows reaching Spanish-language markets or sold in a Latin American country: the Spanish-language route;
- the catalog named and asked as a whole ("片库里都有些啥", "카탈로그 전체적으로 뭐 있어요"): its overview;
- which set with the period undecided, and limits on crews from abroad: the which-set and filming FAQs;
- events by a transliterated or generic name ("코리아 매치메이킹", "电影节", "certamen");
- the on-site services by their own name, the languages services are given in, AI for editing,
  a mail received from the alliance, a rental price in slang, a rival studio weighed, a game's patch,
  train or fly."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

OFF = ["out_of_scope", "fallback", "gap:*"]
VISA = "faq:visa"
JOIN = "faq:join_alliance"
SPANISH = ["faq:spanish_distribution", "partner:dalynn_studio"]
CATALOG = ["catalog:about", "list:works"]
FESTIVAL = ["faq:film_festival", "event:hengdian_film_festival*"]


def one(services: Services, lang: str, say: str, expect) -> None:
    talk(services, lang, [(say, expect)], fits=fits)


@pytest.mark.parametrize("lang,say", [
    ("en", "how do i renew an australian passport"),
    ("en", "my passport expired, how do I get a replacement"),
    ("es", "cómo saco el pasaporte peruano"),
    ("es", "dónde renuevo el pasaporte vencido"),
    ("zh", "护照过期了怎么补办"),
    ("zh", "護照過期了怎麼辦"),
    ("ko", "여권 재발급 어떻게 해요"),
])
def test_a_passport_to_get_at_home_is_off_topic(services: Services, lang, say) -> None:
    one(services, lang, say, OFF)


@pytest.mark.parametrize("lang,say", [
    ("en", "our gaffer has a brazilian passport, does he need a visa for china"),
    ("es", "ea, el de sonido tiene pasaporte argentino y yo español, q papeleo hay q hacer antes de plantarnos allí"),
    ("es", "tengo pasaporte mexicano, qué papeles necesito para entrar a China"),
    ("zh", "拿外国护照入境中国拍摄需要准备哪些材料"),
    ("ko", "한국 여권이면 중국 촬영할 때 비자 필요한가요"),
])
def test_passports_with_a_trip_to_china_stay_the_visa(services: Services, lang, say) -> None:
    one(services, lang, say, VISA)


@pytest.mark.parametrize("lang,say", [
    ("en", "how much hassle is it to become a member, what's involved"),
    ("en", "our little hobart shop wants in on this alliance of yours, forms or what, hows it go"),
    ("en", "we want in on the alliance, what's the process"),
])
def test_joining_in_casual_words(services: Services, lang, say) -> None:
    one(services, lang, say, JOIN)


@pytest.mark.parametrize("lang,say", [
    ("en", "can stuff made in hengdian get into spanish-language markets, we've a latam buyer sniffing"),
    ("en", "could your shows get into spanish-language markets?"),
    ("es", "tenemos un socio q distribuye en castellano, esas series se pueden vender en Perú y demás?"),
    ("es", "esas series se pueden vender en México?"),
])
def test_shows_reaching_spanish_language_markets(services: Services, lang, say) -> None:
    one(services, lang, say, SPANISH)


@pytest.mark.parametrize("lang,say", [
    ("zh", "你们片库里头都有些啥剧，整体介绍一哈"),
    ("zh", "你們片庫裡頭都有些啥劇，整體介紹一下"),
    ("ko", "카탈로그 전체적으로 뭐 있어요"),
    ("en", "what's in your catalog overall?"),
])
def test_the_catalog_as_a_whole_is_its_overview(services: Services, lang, say) -> None:
    one(services, lang, say, CATALOG)


@pytest.mark.parametrize("lang,say", [
    ("es", "hacemos una de época y no sé qué decorado nos pega, cómo lo elijo"),
    ("zh", "投资人想拍个古装玄幻，到底放哪个朝代还在吵，这种情况先去看哪片景比较保险"),
    ("en", "the period isn't settled yet, which set suits us best?"),
])
def test_which_set_with_the_period_undecided(services: Services, lang, say) -> None:
    one(services, lang, say, "faq:which_set")


@pytest.mark.parametrize("lang,say", [
    ("zh", "俺们有个德国合作方的摄制组想直接进横店拍几场戏，人家外国团队进景区拍摄有啥限制没有嘛"),
    ("en", "any restrictions on foreign crews filming at hengdian?"),
    ("es", "¿hay restricciones para que un equipo extranjero grabe en Hengdian?"),
])
def test_limits_on_crews_from_abroad(services: Services, lang, say) -> None:
    one(services, lang, say, "faq:can_foreign_crews_film")


@pytest.mark.parametrize("lang,say,expect", [
    ("ko", "코리아 매치메이킹 언제예요", "event:korea_matchmaking_2027#date"),
    ("ko", "한중 매치메이킹 언제 해요?", "event:korea_matchmaking_2027#date"),
    ("zh", "2027年那个电影节具体是几号到几号", "event:hengdian_film_festival#date"),
    ("es", "ea, queremos mandar la peli a ese certamen de Hengdian, q mes nos toca", FESTIVAL),
])
def test_events_by_a_transliterated_or_generic_name(services: Services, lang, say, expect) -> None:
    one(services, lang, say, expect)


@pytest.mark.parametrize("lang,say,expect", [
    ("ko", "현장 지원 서비스 뭐 있어요", "incentive:on_site_services*"),
    ("zh", "现场服务有哪些", "incentive:on_site_services*"),
    ("en", "what languages does your support staff work in?", "faq:languages"),
    ("es", "por curiosidad, los equipos de allá tiran de IA pa montar, doblar o lo q sea?", ["faq:ai_tools", "program:arc_system"]),
    ("es", "me llegó un mail de una tal alianza HISDA, eso q pinta tiene, es de Hengdian?", ["faq:what_is_hisda", "program:hisda"]),
    ("en", "got an email from some HISDA alliance, who are they?", ["faq:what_is_hisda", "program:hisda"]),
    ("zh", "阿拉想借秦王宫拍两场宫斗戏，租一天大概要多少钞票", "gap:*"),
    ("es", "sale mejor rodar en Hengdian q en los estudios de Ouarzazate?", "gap:*"),
    ("ko", "롤 다음 패치 언제임", ["out_of_scope", "fallback"]),
    ("en", "scouting trip in march - hengdian's where, nearest city, and do we train it or fly", "faq:how_to_reach_hengdian"),
])
def test_other_kinds(services: Services, lang, say, expect) -> None:
    one(services, lang, say, expect)


@pytest.mark.parametrize("lang,say,expect", [
    ("en", "how much does membership cost?", "gap:*"),
    ("en", "when is the next event?", "*event*"),
])
def test_neighbours_keep_their_answers(services: Services, lang, say, expect) -> None:
    one(services, lang, say, expect)
