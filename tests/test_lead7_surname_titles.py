"""A contact asked by surname and courtesy title in each language finds that one contact."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.app import Services
from tests.dialogue import noon_services, talk


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "lead7")


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "can I get Ms Guo's email?"),
    ("es", "¿me pasas el contacto de la señora Guo?"),
    ("ko", "궈 총괄님 연락처 알려주세요"),
    ("zh", "我想找郭总聊聊"),
])
def test_a_contact_by_surname_and_title(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "contact:international_business")],
         fits=lambda expect, got: (got or "").startswith(expect))


def test_a_title_alone_names_nobody(services: Services) -> None:
    talk(services, "en", [("who are your contacts?", "list:contacts")],
         fits=lambda expect, got: got == expect)


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "who do I contact for joining the alliance?"), ("zh", "入盟联系谁？"), ("ko", "연맹 가입하려면 어떻게 해요?"),
    ("es", "¿cómo se une mi productora a la alianza?"),
])
def test_a_faq_that_says_write_to_a_team_gives_its_address(services: Services, lang: str, said: str) -> None:
    reply = talk(services, lang, [(said, "faq:join_alliance")], fits=lambda expect, got: got == expect)
    assert services.knowledge.current.contacts["hisda_secretariat"].email in reply.text
