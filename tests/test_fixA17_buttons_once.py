"""fixA17 (play24 Minor, ko5[1]): two asks in one message, a list of titles and a question of "it"
("한국어 자막 있는 로맨스 있어? 그리고 그거 공동제작도 돼?"): each title's button once (the list's numbered
one), not again under the "which one?" of the second ask."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, labels


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "한국어 자막 있는 로맨스 있어? ㅋㅋ 그리고 그거 공동제작도 돼?"),
    ("ko", "한국어 되는 로맨스 뭐 있어요? 그거 판권도 살 수 있어요?"),
    ("en", "any romance with Korean subtitles? and can we co-produce it?"),
    ("en", "got romances in Korean? can we license that one?"),
    ("es", "¿tienen romances con subtítulos en coreano? ¿y se puede coproducir esa?"),
    ("es", "¿hay romances en coreano? ¿y esa se puede licenciar?"),
    ("zh", "有韩语字幕的爱情剧吗？那部能合拍吗？"),
    ("zh", "有沒有韓語的愛情劇？那部可以授權嗎？"),
])
def test_each_title_button_once(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    records = ["|".join((b.data or "").split("|")[:3]) for row in reply.buttons for b in row
               if (b.data or "").startswith("v1|work|")]
    assert len(records) == len(set(records)), labels(reply)
