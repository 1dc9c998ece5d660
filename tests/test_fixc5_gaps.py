"""Honest gaps for a measure or a count no record holds, and requests of no concern to us that
shared a word with a record, in fresh wordings in the four languages.

- A stage's or set's measure (area, ceiling height, a screen's resolution or pixel pitch), a
  count of people (extras to be had, how many came to an event), the votes at the alliance's
  assembly, how many days customs takes, the rain in a month, who plays the lead: the honest gap
  with the subject's team, never the virtual-production FAQ, the services card, a "we have no
  set called LED" or a list of partners.
- Sport results, a ferry's sailings, a sight's best time, an e-mail about one's own job, a
  passport renewed abroad, one's own social insurance: out of scope, never a list or a FAQ.
- Questions a record does answer keep their answer (episodes, an event's date, services had).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk

GAP = "gap:unpublished"  # any honest gap
OUT = ["out_of_scope", "fallback", "gap:unpublished"]


@pytest.mark.parametrize("lang,say", [
    ("en", "What's the ceiling height inside the virtual production stage?"),
    ("en", "what resolution are the LED panels?"),
    ("en", "How many crowd actors can Hengdian supply at once?"),
    ("en", "how many days does customs clearance of our lenses take?"),
    ("en", "how many people showed up at the Latin Film Night last year?"),
    ("es", "¿Qué altura tiene el techo del estudio virtual?"),
    ("es", "¿Cuántos metros cuadrados mide el foro LED?"),
    ("es", "¿Cuántos figurantes tienen disponibles en Hengdian?"),
    ("es", "¿Cuántos votos tiene cada socio en la asamblea?"),
    ("es", "¿Cuántos días tarda la aduana con el equipo de cámara?"),
    ("zh", "虚拟拍摄棚层高多少米"),
    ("zh", "LED屏的分辨率是多少"),
    ("zh", "横店能找到多少个群众演员"),
    ("zh", "去年那个交流会来了多少人"),
    ("zh", "横店七月份雨多不多"),
    ("zh", "竖屏短剧扶持比例大概百分之几"),
    ("ko", "버추얼 스튜디오 층고가 몇 미터예요?"),
    ("ko", "LED 스크린 해상도가 어떻게 되나요?"),
    ("ko", "LED 스테이지 넓이가 몇 제곱미터인지 알려 주세요. 조명 배치 때문에요"),
    ("ko", "헝뎬에 엑스트라 몇 명까지 섭외 가능해요?"),
    ("ko", "장비 통관하는 데 며칠 걸려요?"),
    ("ko", "연맹 총회에서 회원사 의결권은 몇 표예요?"),
])
def test_a_measure_or_count_no_record_holds_is_an_honest_gap(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, GAP)])


@pytest.mark.parametrize("lang,turns", [
    ("en", ["How do I join the alliance?", "does every member get the same vote at the general assembly?"]),
    ("zh", ["怎么加入联盟", "现在有多少家成员企业"]),
    ("ko", ["회원 가입 어떻게 해요?", "회원사가 현재 몇 곳이에요?"]),
    ("es", ["¿Cómo se une una productora a la alianza?", "¿y cuántas empresas socias son hoy?"]),
])
def test_a_count_of_the_alliance_after_joining_is_an_honest_gap(services: Services, lang: str, turns: list[str]) -> None:
    talk(services, lang, [(turns[0], ["faq:join_alliance", "program:hisda", "contact:hisda_secretariat", GAP]), (turns[1], GAP)])


@pytest.mark.parametrize("lang,turns", [
    ("en", ["which historical titles do you have?", "the second one, who plays the lead?"]),
    ("es", ["¿qué títulos de época tienen?", "del segundo, ¿quién interpreta al protagonista?"]),
    ("zh", ["有哪些古装剧", "第二部男主是谁演的"]),
    ("ko", ["사극 작품 뭐 있어요?", "두 번째 거 주인공 누가 해요?"]),
])
def test_the_lead_of_a_title_is_an_unpublished_credit(services: Services, lang: str, turns: list[str]) -> None:
    talk(services, lang, [(turns[0], "list:works"), (turns[1], GAP)])


@pytest.mark.parametrize("lang,say", [
    ("en", "who won the Super Bowl this year?"),
    ("en", "can you help me draft a letter to my landlord about the rent?"),
    ("en", "what time does the ferry to the Isle of Skye leave?"),
    ("en", "how do I renew my Canadian passport in Mexico?"),
    ("en", "best time to see the Northern lights in Iceland?"),
    ("es", "¿quién ganó la Copa Libertadores?"),
    ("es", "redáctame un correo para pedirle a mi jefe un día libre"),
    ("es", "¿a qué hora sale el ferry a Cozumel?"),
    ("es", "¿me conviene cotizar como autónomo?"),
    ("zh", "去年NBA总冠军是哪个队"),
    ("zh", "帮我写封邮件跟老板申请加薪"),
    ("zh", "中国护照在纽约怎么换发"),
    ("zh", "灵活就业交社保划算吗"),
    ("zh", "外滩夜景几点最好看"),
    ("ko", "작년 월드컵 우승팀이 어디예요?"),
    ("ko", "제주 가는 배편 시간 알려 줘"),
    ("ko", "미국에서 한국 여권 갱신하려면 어떻게 해요?"),
    ("ko", "남산타워 야경 보기 좋은 시간은?"),
])
def test_another_subject_sharing_a_word_is_out_of_scope(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, OUT)])


@pytest.mark.parametrize("lang,say,expect", [
    ("en", "Can you sort local extras and gear hire?", "incentive:on_site_services"),
    ("zh", "当地可以帮忙找群演、租器材吗？", "incentive:on_site_services"),
    ("zh", "去横店拍戏要办护照和签证吗", "faq:visa"),
    ("es", "¿Cuánto dura cada episodio de Ten Days in October?", "work:work_ten_days_in_october#episode_minutes"),
    ("zh", "2027年的电影节几号开始", "event:hengdian_film_festival#date"),
])
def test_what_a_record_answers_keeps_its_answer(services: Services, lang: str, say: str, expect: str) -> None:
    talk(services, lang, [(say, expect)])
