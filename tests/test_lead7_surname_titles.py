"""A contact asked by surname and courtesy title in each language finds that one contact."""
from __future__ import annotations

import pytest

from bot.app import Services
from tests.dialogue import talk


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
