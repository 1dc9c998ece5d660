"""fixD5: the foreign-production FAQs partners confuse with each other, in four languages
(wordings written for this test, none from an answer set).

- Entering as tourists, papers before the shoot in China from a team abroad, or "另外" as an adverb
  ("需要另外办签证") are the visa FAQ, never the shoot request's how-to, the crews FAQ or the casting one.
- A crew coming on its own (its own gear, all foreigners, "a crew of 6", no local company) asked
  whether it may shoot is the foreign-crews FAQ, not out of scope, a gap or the casting FAQ.
- Foreign faces wanted for parts in slang ("güeros", "gringos que actúen", "외국인 단역/인력") are
  the foreign-actors FAQ, not the visa, the programmes or the on-site services.
- Whether the crew there gets by in a language named is the languages FAQ (not an event, a
  contact's role or the on-site services); interpreters arranged beside extras, no language
  named, are the on-site services incentive.
- Virtual production in slang (digital scenery, "pantallota", "plató LED", "数字棚", "弧幕",
  "디지털 배경 LED 스튜디오") is its FAQ or the stage, not a partner's country or a set list; rain
  said as the condition of moving there ("when it starts raining…") is no weather gap.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import ask, fits, noon_services


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fixd5")


VP = ["faq:virtual_production", "location:virtual_production"]
CASES = [
    # visa
    ("en", "our gaffer and two grips are Brazilian, can they just fly in as tourists and work on set?", "faq:visa"),
    ("es", "¿podemos entrar como turistas y grabar unos días allá o hace falta otro papel?", "faq:visa"),
    ("zh", "我们摄影组能不能以游客身份进去拍几天？", "faq:visa"),
    ("zh", "我们有三个外籍灯光师，进大陆拍戏要不要另外办签证？", "faq:visa"),
    ("zh", "我们剧组有一个法国演员和两个意大利摄影，进中国要准备什么材料？", "faq:visa"),
    ("ko", "관광객으로 입국해서 며칠 찍고 나와도 되나요?", "faq:visa"),
    ("ko", "미국 팀인데 중국 촬영 전에 서류 뭐 준비해야 돼요?", "faq:visa"),
    ("ko", "우리 팀 거기서 촬영하려면 서류 필요해요? 관광객으로 들어가도 돼요?", "faq:visa"),
    ("es", "¿hay que sacar papeles para grabar allá? ¿o entramos como turistas nomás?", "faq:visa"),
    # foreign crews allowed
    ("en", "we are a group of 5 from Samoa, ok if we come and film at your place?", "faq:can_foreign_crews_film"),
    ("en", "the producers are all foreigners, no local company, can they put their own crew on the ground there?",
     "faq:can_foreign_crews_film"),
    ("es", "somos 4 ticos con cámara propia, ¿nos reciben pa grabar o no se puede?", "faq:can_foreign_crews_film"),
    ("zh", "我们这边合作的全是老外，他们自个带机器去拍，没问题吧？", "faq:can_foreign_crews_film"),
    ("ko", "저희 장비 들고 외국 팀끼리 가서 찍어도 문제없나요?", "faq:can_foreign_crews_film"),
    # foreign actors
    ("en", "we need a couple of gringos to play tourists, can we find them there or fly them in?", "faq:foreign_actors"),
    ("es", "buscamos unos güeros que hagan de turistas en la serie, ¿allá se consiguen?", "faq:foreign_actors"),
    ("es", "ocupamos güeras pa unas escenas, ¿hay allá o las llevamos?", "faq:foreign_actors"),
    ("zh", "有两个角色要老外来演，横店当地能找到吗？", "faq:foreign_actors"),
    ("ko", "외국인 보조출연 여러 명 필요한데 그쪽에 외국인 인력 있나요?", "faq:foreign_actors"),
    # languages vs on-site services
    ("en", "our DP only speaks French and English, will the technicians there follow us?", "faq:languages"),
    ("es", "nuestro director solo habla castellano, ¿cómo nos comunicamos con el equipo de allá?", "faq:languages"),
    ("zh", "片场的灯光师傅，英文沟通OK吗？还是自己带翻译？", "faq:languages"),
    ("ko", "현장 스태프랑 영어로 소통 돼요? 아니면 통역 데려가야 하나요?", "faq:languages"),
    ("en", "we'll need interpreters and extras arranged locally, do you handle that?", "incentive:on_site_services"),
    ("es", "necesitamos intérpretes y figurantes allá, ¿ustedes lo gestionan?", "incentive:on_site_services"),
    ("zh", "当地能帮忙安排翻译和群演吗？", "incentive:on_site_services"),
    ("ko", "현지에서 통역이랑 엑스트라 섭외 좀 도와주실 수 있어요?", "incentive:on_site_services"),
    # virtual production in slang
    ("en", "do you have a studio with a huge LED wall where the background is digital?", VP),
    ("es", "parce, ¿allá tienen de esos estudios con paredes de leds donde el fondo es digital?", VP),
    ("es", "oigan, ¿hay algún galpón con pantallota pa meterle fondo digital a las escenas?", VP),
    ("zh", "是否有那种大屏幕的数字棚可以拍太空戏？", VP),
    ("zh", "横店有没有那种弧幕的数字影棚？", VP),
    ("ko", "디지털 배경 띄우는 LED 스튜디오 있어요?", VP),
    # rain as the condition of moving onto the stage is no weather question
    ("en", "if it starts raining, can we move the scenes onto an LED stage?", VP),
    ("zh", "下雨的话能不能挪到LED虚拟棚里拍？", VP),
    ("ko", "비 오는 날엔 LED 스튜디오로 옮겨서 찍을 수 있나요?", VP),
    ("es", "¿llueve mucho en junio allá?", "gap:*"),
    ("es", "Y a unos chilenos con sus cámaras, ¿les abren esas puertas?", "faq:can_foreign_crews_film"),
]


@pytest.mark.parametrize(("lang", "text", "expect"), CASES)
def test_foreign_production_faq(services: Services, lang: str, text: str, expect) -> None:
    reply = ask(services, lang, text)
    assert fits(expect, reply.answer), (text, reply.answer)


def test_another_as_adverb_is_no_new_question() -> None:
    # "需要另外申请" (apply separately) is one question; "另外，…" opens another
    assert len(lexicon.split_parts("我们有几位外籍成员，进大陆拍片需要另外申请签证吗？")) == 1
    assert len(lexicon.split_parts("横店怎么去？另外，签证怎么办？")) == 2


def test_noun_halves_are_the_clause_around_the_connective() -> None:
    halves = lexicon.noun_halves("我们剧组有两个沙特演员和一个埃及摄影，去横店拍摄要办什么签证吗？")
    assert halves is not None and "签证" not in halves[1]
    assert lexicon.noun_halves("住宿和签证怎么办？") == ("住宿", "签证怎么办？")
