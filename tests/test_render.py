"""Rendering for Telegram: split long HTML, escape staff and partner text, build keyboards.

Telegram's verdict comes from the Bot API stub's port of tdlib's HTML parser (`parse_html`), so
"valid" here means what the real Bot API would accept. The crawl tests press every button the
handlers produce, from /start, in all four languages, for every record in the knowledge base.
"""

from __future__ import annotations

import html
import json
import random
import re
import shutil
from collections import deque
from collections.abc import Iterator
from pathlib import Path

import pytest
from telegram import Bot

from bot.app import build_services
from bot.context import Services
from bot.render import CAPTION_LIMIT, TEXT_LIMIT, keyboard, send_reply, split_html
from bot.settings import Settings
from core.i18n import LANGS, Lang, messages, t
from core.kb.yamldoc import parse_yaml
from intents.callbacks import MAX_BYTES, decode
from intents.reply import Button, Document, Reply, Venue
from tests.botapi_stub import BotApiStub, parse_html
from tests.warm_cache import warm_data_dir

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
# Actions another feature answers (bot/handlers/subscriptions.py); the Brain leaves them alone.
ELSEWHERE = {"subs", "sub", "rem", "stop", "adm"}
# Appended to every text staff write: markup Telegram would refuse or misread if unescaped.
HOSTILE = ' <i>R&D</i> "Lab" <script> &amp; 1<2>0'


# ------------------------------------------------------------------------------ split_html


def assert_valid(chunk: str, limit: int = TEXT_LIMIT) -> str:
    """Telegram accepts the chunk: well-formed HTML, 1..limit characters once parsed."""
    text, _ = parse_html(chunk)
    assert 0 < len(text.strip()) and len(text) <= limit and len(chunk) <= limit
    return text


def reply_like_text(rng: random.Random, size: int) -> str:
    """Lines the way handlers write them: bold names, escaped facts, blank lines between blocks."""
    words = ["Hengdian", "R&amp;D", "横店影视城", "명청궁원", "&lt;b&gt;", "drama", "🎬", "Ciudad"]
    lines = []
    while sum(len(x) + 1 for x in lines) < size:
        body = " ".join(rng.choice(words) for _ in range(rng.randint(1, 60)))
        lines.append(rng.choice([f"<b>{body}</b>", f"• <b>x</b> — {body}", body, ""]))
    return "\n".join(lines)


def squeeze_lines(value: str) -> str:
    return re.sub(r"\n+", "\n", value.strip())


def test_short_text_is_one_chunk() -> None:
    text = "<b>Hello</b> &amp; welcome\n\nline two"
    assert split_html(text) == [text]


@pytest.mark.parametrize("seed", range(12))
def test_long_replies_split_at_lines_into_valid_chunks(seed: int) -> None:
    text = reply_like_text(random.Random(seed), 9000 + seed * 700)
    chunks = split_html(text)
    assert len(chunks) >= 3
    for chunk in chunks:
        assert_valid(chunk)
    # Cut only between lines, nothing lost but blank lines where a chunk ends.
    assert squeeze_lines("\n".join(chunks)) == squeeze_lines(text)


def test_one_huge_line_is_cut_at_spaces_without_breaking_entities() -> None:
    line = "<b>" + " ".join(f"R&amp;D{i} &lt;x&gt;" for i in range(1200)) + "</b>"
    chunks = split_html(line)
    assert len(chunks) >= 3
    plain = []
    for chunk in chunks:
        plain.append(assert_valid(chunk))
        assert not re.search(r"&[#\w]*$", chunk), "never ends inside &amp;"
    expected = html.unescape(re.sub(r"<[^>]+>", "", line))
    assert " ".join(plain).split() == expected.split()


def test_line_without_spaces_is_cut_at_the_limit() -> None:
    line = "横" * 5000 + "&amp;" + "店" * 5000
    chunks = split_html(line)
    assert all(len(c) <= TEXT_LIMIT for c in chunks)
    assert "".join(assert_valid(c) for c in chunks) == html.unescape(line)


def test_entity_straddling_the_cut_is_kept_whole() -> None:
    limit = 20
    line = "x" * 17 + "&amp;" + "y" * 30
    chunks = split_html(line, limit=limit)
    assert all(len(c) <= limit for c in chunks)
    assert "".join(chunks) == line
    assert chunks[0] == "x" * 17


def test_paragraphs_pack_greedily_under_a_small_limit() -> None:
    lines = [f"<b>{i:02d}</b> abc" for i in range(10)]  # 14 characters each
    chunks = split_html("\n".join(lines), limit=30)
    assert chunks == ["\n".join(lines[i : i + 2]) for i in range(0, 10, 2)]


# ------------------------------------------------------------------------------ keyboard


def test_keyboard_from_reply() -> None:
    assert keyboard(Reply(text="x")) is None
    reply = Reply(
        text="x",
        buttons=[
            [
                Button(label="A", data="v1|menu"),
                Button(label="Site", url="https://example.com/a?b=1"),
            ],
            [],
            [Button(label="L" * 80, data="v1|inc")],
        ],
    )
    markup = keyboard(reply)
    assert markup is not None
    rows = markup.inline_keyboard
    assert len(rows) == 2, "empty rows are dropped"
    assert (rows[0][0].text, rows[0][0].callback_data) == ("A", "v1|menu")
    assert (rows[0][1].url, rows[0][1].callback_data) == ("https://example.com/a?b=1", None)
    assert rows[1][0].text == "L" * 59 + "…"  # no word to cut at: at the limit, marked


# ------------------------------------------------------------------------------ crawl


def new_services(root: Path, knowledge: Path) -> Services:
    settings = Settings(
        _env_file=None,
        bot_token=None,
        bot_knowledge_dir=knowledge,  # type: ignore[call-arg]
        bot_data_dir=warm_data_dir(root, knowledge),
        bot_timezone="Asia/Shanghai",
        bot_staff_chat_id=None,
    )
    return build_services(settings)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = new_services(tmp_path_factory.mktemp("render"), KNOWLEDGE)
    yield services
    services.store.db.conn.close()


UNSHOWN = {"aliases", "question"}
"""Texts only matched, never shown: a FAQ's question is embedded for the semantic match, so
poisoning it made the fixture embed every question again (~2 s of CPU) for no reply."""


def poison(value: object, parent: str = "") -> None:
    """Append HOSTILE to every localized text staff write (not to aliases, FAQ questions, ids
    or dates)."""
    if isinstance(value, dict):
        if value and set(value) <= set(LANGS) and parent not in UNSHOWN:
            for lang in value:
                if isinstance(value[lang], str):
                    value[lang] = value[lang] + HOSTILE
            return
        for key, item in value.items():
            poison(item, str(key))
    elif isinstance(value, list):
        for item in value:
            poison(item, parent)


@pytest.fixture(scope="module")
def hostile(shipped: Services, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """Services on a copy of the knowledge where every staff text carries markup characters.

    The copy is written as JSON (which YAML reads) because that is fast; the classifier model is
    reused from `shipped`, since the training data is the same.
    """
    folder = tmp_path_factory.mktemp("hostile-knowledge")
    for path in KNOWLEDGE.glob("*.yaml"):
        data = parse_yaml(path.name, path.read_text(encoding="utf-8")).data
        poison(data)
        (folder / path.name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    root = tmp_path_factory.mktemp("hostile-data")
    shutil.copytree(shipped.settings.bot_data_dir / "nlu", root / "nlu")
    services = new_services(root, folder)  # raises if the poisoned files do not validate
    yield services
    services.store.db.conn.close()


def crawl(services: Services, lang: Lang, first_name: str = "Ana") -> list[tuple[str, Reply]]:
    """Every reply reachable from /start and the commands by pressing buttons, with the data
    (or command) that produced it."""
    brain, store = services.brain, services.store
    chat = 900_000 + LANGS.index(lang)
    store.touch(chat, first_name=first_name, language_code=lang)
    queue: deque[tuple[str, Reply]] = deque()
    for name in (
        "start",
        "help",
        "locations",
        "incentives",
        "catalog",
        "events",
        "contact",
        "language",
        "timezone",
    ):
        queue.append((f"/{name}", brain.reply_to_command(chat, name, "", store.profile(chat))))
    seen: set[str] = set()
    replies = []
    while queue:
        origin, reply = queue.popleft()
        replies.append((origin, reply))
        for row in reply.buttons:
            for button in row:
                if not button.data or button.data in seen:
                    continue
                seen.add(button.data)
                cb = decode(button.data)
                if cb is None or cb.action in ELSEWHERE or cb.action == "lang":
                    continue  # "lang" changes the crawler's language: tested on its own
                queue.append(
                    (button.data, brain.reply_to_button(chat, button.data, store.profile(chat)))
                )
    return replies


def assert_sendable(origin: str, reply: Reply) -> list[str]:
    """What Telegram would accept: text chunks, caption, venue, buttons; returns parsed texts."""
    shown = [assert_valid(chunk) for chunk in split_html(reply.text)]
    if reply.document and reply.document.caption:
        shown.append(assert_valid(reply.document.caption, CAPTION_LIMIT))
    if reply.venue:
        assert reply.venue.title and reply.venue.address and len(reply.venue.title) <= 128
    for row in reply.buttons:
        for button in row:
            assert button.label.strip(), origin
            assert (button.data is None) != (button.url is None), origin
            if button.data is not None:
                assert len(button.data.encode()) <= MAX_BYTES, (origin, button.data)
                assert decode(button.data) is not None, (origin, button.data)
            else:
                assert re.match(r"^https?://\S+$", button.url or ""), (origin, button.url)
    return shown


@pytest.mark.parametrize("lang", LANGS)
def test_every_button_for_every_record_is_valid(shipped: Services, lang: Lang) -> None:
    replies = crawl(shipped, lang)
    for origin, reply in replies:
        assert_sendable(origin, reply)
        assert reply.lang == lang, origin
    data = {b.data for _, r in replies for row in r.buttons for b in row if b.data}
    kb = shipped.knowledge.current
    reached = {(cb.action, cb.arg(0)) for cb in map(decode, data) if cb}
    for action, records in (
        ("loc", kb.locations),
        ("map", kb.locations),
        ("work", kb.works),
        ("int", kb.works),
        ("ev", kb.events),
        ("prog", kb.programs),
        ("prt", kb.partners),
    ):
        missing = {i for i in records if (action, i) not in reached}
        assert not missing, f"{action} never offered for {missing}"
    assert {("inc", i) for i in list(kb.incentives)[1:]} <= reached
    upcoming_ics = {cb.arg(0) for cb in map(decode, data) if cb and cb.action == "ics"}
    assert upcoming_ics, "some event can be added to a calendar"


@pytest.mark.parametrize("lang", LANGS)
def test_staff_text_is_escaped_everywhere(hostile: Services, lang: Lang) -> None:
    replies = crawl(hostile, lang, first_name="<Ana & Co>")
    shown = [text for origin, reply in replies for text in assert_sendable(origin, reply)]
    assert sum(HOSTILE in text for text in shown) > 50, "staff text is shown as written"
    assert any("<Ana & Co>" in text for text in shown), "the partner's name too"


@pytest.mark.parametrize("lang", LANGS)
def test_hostile_knowledge_answers_questions(hostile: Services, lang: Lang) -> None:
    brain, store = hostile.brain, hostile.store
    chat = 910_000 + LANGS.index(lang)
    profile = store.touch(chat, first_name="Ana", language_code=lang)
    for text in (
        "we shoot a Ming palace drama",
        "紫禁城在哪里拍",
        "any sci-fi titles?",
        "what incentives do you offer?",
        "upcoming events",
        "who are your partners?",
        "what is the Global Talent Program?",
        "how can I contact you?",
        "asdfgh qwerty",
        "<b>unclosed & </i> tags",
        "visa",
    ):
        reply = brain.reply_to_text(chat, text, profile)
        assert_sendable(text, reply)


def test_partner_text_is_escaped(shipped: Services) -> None:
    brain, store = shipped.brain, shipped.store
    profile = store.touch(920_001, first_name="</b><script>&amp;", language_code="en")
    welcome = brain.reply_to_command(920_001, "start", "", profile)
    assert "</b><script>&amp;" in assert_valid(welcome.text)
    odd = brain.reply_to_command(920_001, "timezone", "<i>Mars & Venus", profile)
    assert "<i>Mars & Venus" in "".join(assert_valid(c) for c in split_html(odd.text))


# ------------------------------------------------------------------------------ send_reply


@pytest.fixture
async def bot(module_stub: BotApiStub) -> Bot:
    async with Bot(**module_stub.bot_kwargs()) as client:
        yield client


def sent_since(stub: BotApiStub, seq: int, method: str) -> list:
    return [e for e in stub.calls(method) if e.seq > seq]


def last_seq(stub: BotApiStub) -> int:
    calls = stub.calls()
    return calls[-1].seq if calls else 0


async def test_send_reply_splits_long_text_and_keeps_buttons_last(module_stub, bot) -> None:
    user = module_stub.add_user()
    text = reply_like_text(random.Random(99), 10_000)
    reply = Reply(text=text, buttons=[[Button(label="Menu", data="v1|menu")]])
    before = last_seq(module_stub)
    await send_reply(bot, user.id, reply, locale=None)
    calls = sent_since(module_stub, before, "sendMessage")
    assert len(calls) == len(split_html(text)) >= 3
    assert all(c.ok for c in calls), [c.description for c in calls]
    assert [("reply_markup" in c.params) for c in calls] == [False] * (len(calls) - 1) + [True]
    received = [m["text"] for m in user.messages()]
    assert all(len(m) <= TEXT_LIMIT for m in received)
    assert "".join(received).replace("\n", "") == html.unescape(
        re.sub(r"<[^>]+>", "", text)
    ).replace("\n", "")


async def test_send_reply_edits_in_place_and_falls_back(module_stub, bot) -> None:
    user = module_stub.add_user()
    [first] = await send_reply(
        bot, user.id, Reply(text="page 1", buttons=[[Button(label="›", data="v1|menu")]]),
        locale=None)
    page2 = Reply(text="<b>page 2</b>", mode="edit", buttons=[[Button(label="‹", data="v1|menu")]])
    await send_reply(bot, user.id, page2, edit=first, locale=None)
    assert module_stub.message(user.id, first.message_id)["text"] == "page 2"
    assert len(user.messages()) == 1
    await send_reply(bot, user.id, page2, edit=first, locale=None)  # same content: "not modified" is fine
    long = Reply(text=reply_like_text(random.Random(5), 6000), mode="edit")
    await send_reply(bot, user.id, long, edit=first, locale=None)
    assert len(user.messages()) == 1 + len(split_html(long.text)), "too long to edit: sent anew"


async def test_send_reply_document_and_venue(module_stub, bot) -> None:
    user = module_stub.add_user()
    before = last_seq(module_stub)
    doc = Document(
        filename="event.ics",
        content=b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        mime_type="text/calendar",
        caption="Add “<b>x</b>” &amp; go",
    )
    await send_reply(bot, user.id, Reply(text="ignored", document=doc), locale=None)
    [call] = sent_since(module_stub, before, "sendDocument")
    assert call.ok and call.files["document"].data == doc.content
    assert call.files["document"].filename == "event.ics"
    assert user.last_message()["caption"] == "Add “x” & go"
    await send_reply(
        bot,
        user.id,
        Reply(text="x", venue=Venue(lat=29.18, lon=120.33, title="T" * 200, address="A")),
        locale=None,
    )
    [venue] = sent_since(module_stub, before, "sendVenue")
    assert venue.ok and (venue.params["latitude"], venue.params["longitude"]) == (29.18, 120.33)
    assert len(venue.params["title"]) == 128


def test_interface_texts_are_valid_html() -> None:
    """Every interface text, in every language, is markup Telegram accepts."""

    for lang in LANGS:
        for key, forms in messages(lang).items():
            for n, form in enumerate(forms, 1):
                fields = dict.fromkeys(re.findall(r"{(\w+)}", form), "x")
                assert_valid(form.format(**fields))
                assert_valid(t(key, lang, **{**fields, "n": n, "count": n}))
