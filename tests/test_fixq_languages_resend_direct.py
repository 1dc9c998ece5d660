"""fixQ: the languages the bot speaks asked of it, a language switch with a purpose re-sending the
last answer, and talking directly to someone of the team just named, in the four languages.

- "what languages do you speak / understand?" in any form, a language or a dialect named or none
  ("can you understand me if I write in Portuguese?", "你懂法语吗？还是只能中英文？"): the languages
  FAQ, never the language menu, the fallback or out of scope; a message that asks for replies in
  a language ("answer in Spanish please") stays the switch;
- a language asked with the reason or the reader ("it's for our Beijing office", "대표님 보여
  드리게", "멕시코 파트너가 볼 거라서요"): the last answer again in that language, the same answer
  key, with no "Yes." the request itself would have earned;
- "quiero hablar directo con alguien de ese departamento" after a team was named: the hand-off.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import fold
from intents import lexicon
from tests.dialogue import fits, new_chat, talk

LANGUAGES = "faq:languages"


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "can you understand me if I write in Portuguese?"),
    ("en", "if I write in Cantonese slang will you get it?"),
    ("en", "what other languages do you speak?"),
    ("en", "do you speak French?"),
    ("es", "¿me entiendes si te escribo en catalán? ¿o en qué idiomas respondes?"),
    ("es", "¿qué idiomas hablas?"),
    ("es", "¿hablas portugués?"),
    ("zh", "你懂法语吗？还是只能中英文？"),
    ("zh", "你会几种语言？"),
    ("zh", "我用粤语打字你看得懂吗"),
    ("zh", "你会说日语吗"),
    ("ko", "영어 말고 또 무슨 말 할 줄 알아요?"),
    ("ko", "포르투갈어 알아들어요?"),
    ("ko", "사투리로 써도 알아들어요?"),
    ("ko", "일본어 하실 줄 알아요?"),
    ("es", "¿entiendes si te escribo en portuñol?"),
    ("en", "if I type in Spanglish can you understand it?"),
    ("zh", "你能看懂繁体字和粤语吗？"),
    ("ko", "베트남어로 물어봐도 알아들으세요?"),
])
def test_languages_asked_of_the_bot(services: Services, lang: str, line: str) -> None:
    talk(services, lang, [(line, LANGUAGES)])


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "answer in Spanish please"),
    ("es", "respóndeme en inglés"),
    ("zh", "用英文回复我"),
    ("ko", "영어로 답해 주세요"),
])
def test_a_reply_asked_in_a_language_stays_the_switch(services: Services, lang: str, line: str) -> None:
    talk(services, lang, [(line, "pref:language")])


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "answer in Spanish please"),
    ("zh", "用英文回复我"),
    ("ko", "영어로 답해 주세요"),
])
def test_no_request_to_reply_is_read_as_the_languages_asked(lang: str, line: str) -> None:
    assert not lexicon.YOUR_LANGUAGES.search(fold(line))


@pytest.mark.parametrize(("lang", "first", "key", "turns"), [
    ("en", "what incentives are there?", "faq:incentives",
     [("my boss only reads Spanish, could you put that in Spanish for him?", "es"),
      ("thanks. and the same thing in Chinese? it's for our Beijing office", "zh")]),
    ("es", "¿qué incentivos hay?", "list:incentives",
     [("¿me lo pasas en inglés? es pa la oficina de Lima", "en")]),
    ("zh", "有哪些扶持政策？", "list:incentives",
     [("刚才那条发个西语版，给墨西哥办公室看", "es"), ("再来个韩文版，首尔同事要看", "ko")]),
    ("ko", "인센티브 뭐 있어요?", "faq:incentives",
     [("방금 거 영문으로 한 번 더요, 대표님 보여 드리게", "en"),
      ("스페인어로도 부탁드려요. 멕시코 파트너가 볼 거라서요", "es")]),
])
def test_a_switch_with_a_purpose_resends_the_last_answer(services: Services, lang: str, first: str, key: str,
                                                         turns: list[tuple[str, str]]) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    assert services.brain.reply_to_text(chat, first, services.store.profile(chat)).answer == key
    for line, in_lang in turns:
        reply = services.brain.reply_to_text(chat, line, services.store.profile(chat))
        assert (reply.answer, reply.lang) == (key, in_lang), line
        # the re-sent answer is the one given, not a yes to "could you put that in Spanish?"
        assert not reply.text.lstrip().startswith(("Yes.", "Sí.", "是的", "네.")), reply.text[:40]


@pytest.mark.parametrize(("lang", "first", "line"), [
    ("en", "who handles international business?", "I'd rather speak with someone from that department directly"),
    ("en", "how do I join the alliance?", "better I talk to someone at the secretariat directly"),
    ("es", "¿quién lleva negocios internacionales?", "quiero hablar directo con alguien de ese departamento"),
    ("es", "¿cómo me uno a la alianza?", "mejor hablo directo con alguien de la Secretaría"),
    ("zh", "国际业务部的联系人是谁？", "那个部门能直接找个人聊吗"),
    ("ko", "국제사업부 담당자가 누구예요?", "그 부서 담당자랑 직접 얘기하고 싶어요"),
])
def test_talking_directly_to_that_team_hands_off(services: Services, lang: str, first: str, line: str) -> None:
    talk(services, lang, [(first, ["contact:*", "faq:*"]), (line, ["handoff", "handoff:*"])], fits=fits)
