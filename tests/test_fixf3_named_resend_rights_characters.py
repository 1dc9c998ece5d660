"""fixF3: what the partner names is what is answered, in four languages.

- A language change that names what to send again ("把刚才的景区介绍用英文发一份", "이 작품 소개를
  영어로 보내주실 수 있나요?") re-sends the record in focus (or whose contact is open), not the last
  answer (a price gap, a contact card).
- A title's rights negotiated or still free in a territory ("這部的版權怎麼談？台灣地區的發行權還有嗎")
  is the title's rights gap with its own contact; "that one" after a list whose titles share one
  contact names that contact, not all four teams.
- A character of a country asked for ("personajes argentinos", "阿根廷角色", "멕시코인 주인공") finds
  the title whose story has one.
- A part that asks nothing after an honest gap does not append the previous record's card."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

NAMED_RESEND = [
    ("zh", [("明清民居博览城是什么样的景区？", "location:ming_qing_folk_houses"), ("在那里拍摄一天多少钱？", "gap:*"),
            ("麻烦把刚才的景区介绍用英文发一份", "location:ming_qing_folk_houses")], "Ming-Qing"),
    ("ko", [("Canton Nocturne 줄거리 알려주세요", "work:work_canton_nocturne*"), ("담당자 연락처는요?", "contact:*"),
            ("이 작품 소개를 영어로 보내주실 수 있나요?", "work:work_canton_nocturne")], "Canton Nocturne"),
    ("es", [("¿qué es el Palacio Qin?", "location:qin_palace"), ("¿cuánto cuesta rodar ahí por día?", "gap:*"),
            ("¿me mandas la descripción del set en inglés para mi socio?", "location:qin_palace")], "Qin Palace"),
    ("en", [("what is Latin Film Night?", "event:latin_film_night*"), ("who do I contact about it?", "contact:*"),
            ("can you send the event description in Spanish for my colleague?", "event:latin_film_night*")], "Noche de Cine"),
]


@pytest.mark.parametrize("lang, turns, said", NAMED_RESEND, ids=[c[0] for c in NAMED_RESEND])
def test_the_record_named_is_sent_again(services: Services, lang: str, turns, said: str) -> None:  # type: ignore[no-untyped-def]
    reply = talk(services, lang, turns, fits=fits)
    assert said in reply.text


def test_a_bare_send_that_still_resends_the_last_answer(services: Services) -> None:
    reply = talk(services, "en", [("tell me about Half a Teahouse", "work:work_half_a_teahouse"),
                                  ("how many episodes?", "work:work_half_a_teahouse#episodes"),
                                  ("send that in Spanish pls", "work:work_half_a_teahouse#episodes")], fits=fits)
    assert "72" in reply.text


RIGHTS = [
    ("zh", "半间茶馆讲什么", "這部的版權怎麼談？台灣地區的發行權還有嗎", "那這部該找誰聯絡"),
    ("ko", "반쪽 찻집 줄거리", "이거 판권 협상은 어떻게 해요? 한국 배급권 남아 있나요?", "이거 누구한테 연락해야 돼요?"),
    ("es", "de qué trata Half a Teahouse", "¿cómo negociamos los derechos de esta? ¿quedan derechos para Argentina?",
     "¿y con quién hablo de esta?"),
    ("en", "tell me about Half a Teahouse", "how do we negotiate rights on this? any territory rights left for Brazil?",
     "whos the contact for this"),
]


@pytest.mark.parametrize("lang, title, rights, whom", RIGHTS, ids=[c[0] for c in RIGHTS])
def test_rights_of_the_title_in_focus(services: Services, lang: str, title: str, rights: str, whom: str) -> None:
    talk(services, lang, [(title, "work:work_half_a_teahouse*"), (rights, "gap:dalynn_studio"),
                          (whom, "contact:dalynn_studio*")], fits=fits)


SHARED_CONTACT = [
    ("en", "do u have anything in the catalog thats sci-fi and still looking for partners?", "the third",
     "whos the contact for that one"),
    ("es", "¿tienen series de ciencia ficción que busquen socios?", "la tercera", "¿y a quién contacto por esa?"),
    ("zh", "有没有在找合拍方的科幻剧？", "第三个", "那个找谁联系"),
    ("ko", "공동제작 파트너 찾는 SF 작품 있어요?", "세 번째요", "그거 담당자 누구예요?"),
]


@pytest.mark.parametrize("lang, listed, third, whom", SHARED_CONTACT, ids=[c[0] for c in SHARED_CONTACT])
def test_one_team_for_the_list_is_that_team(services: Services, lang: str, listed: str, third: str, whom: str) -> None:
    reply = talk(services, lang, [(listed, "list:works*"), (third, "*"), (whom, "*")], fits=fits)
    assert reply.items == ["contact:international_business"]
    assert "dalynn" not in reply.text.lower()


CHARACTERS = [
    ("es", "¿Tienen algo en el catálogo con personajes argentinos?", "work:work_half_a_teahouse"),
    ("en", "anything with an Argentine character in the catalog?", "work:work_half_a_teahouse"),
    ("es", "¿Tienen series con protagonista mexicana?", "work:work_no_stand_in_for_love"),
    ("zh", "片单里有阿根廷角色的剧吗？", "work:work_half_a_teahouse"),
    ("zh", "有墨西哥主角的作品吗", "work:work_no_stand_in_for_love"),
    ("ko", "아르헨티나 캐릭터 나오는 작품 있어요?", "work:work_half_a_teahouse"),
    ("ko", "칠레 출신 주인공 나오는 작품 있나요?", "work:work_eclipse_over_qin"),
    ("en", "any titles with a Mexican lead character?", "work:work_no_stand_in_for_love"),
]


@pytest.mark.parametrize("lang, said, expect", CHARACTERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CHARACTERS)])
def test_a_character_of_a_country(services: Services, lang: str, said: str, expect: str) -> None:
    talk(services, lang, [(said, expect)], fits=fits)


def test_a_gap_carries_no_earlier_card(services: Services) -> None:
    reply = talk(services, "en", [("Is Reel-K a member of the alliance?", "partner:reel_k*"),
                                  ("what's the weather like in Hengdian in october? thinking of the festival", "gap:*")],
                 fits=fits)
    assert "Reel-K" not in reply.text
