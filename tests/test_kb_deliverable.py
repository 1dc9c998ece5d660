""""Valid" means "deliverable": what Telegram or the scheduler would refuse later is found by the
one validator (`kb validate`, hot reload, /reload) with its line, and only the bad announcement
is left out; the others keep syncing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from core.kb.live import LiveKnowledge
from core.kb.loader import load_knowledge
from core.telegram_html import html_problems, visible_length

try:  # tests/ is a package; without its __init__.py the module has its bare name
    from tests.test_kb_fixtures import ANNOUNCEMENTS, break_file, pos_of, write_kb
except ImportError:  # pragma: no cover
    from test_kb_fixtures import ANNOUNCEMENTS, break_file, pos_of, write_kb

INVITE_EN = "en: Join us for Latin Film Night at the Hengdian Film Festival!"


@pytest.mark.parametrize("text", [
    "<b>bold</b> and <i>it</i> <a href=\"https://x.org/?a=1&amp;b=2\">link</a>",
    "<span class=\"tg-spoiler\">s</span> <tg-spoiler>t</tg-spoiler> &lt;3 &#128512; &#x1F600;",
    "<pre><code class=\"language-python\">x &gt; 1</code></pre> <blockquote expandable>q</blockquote>",
    "a > b is fine; <tg-emoji emoji-id=\"5368324170671202286\">👍</tg-emoji>",
])
def test_what_telegram_accepts(text: str) -> None:
    assert html_problems(text) == []


@pytest.mark.parametrize("text, offset, words", [
    ("Rock & roll", 5, "bare '&'"),
    ("&nbsp;hi", 0, "bare '&'"),
    ("1 < 2", 2, "bare '<'"),
    ("<br>x", 0, "not allowed in Telegram"),
    ("<div>x</div>", 0, "not allowed"),
    ("<b>open", 0, "not closed"),
    ("<b><i>x</b></i>", 7, "must nest"),
    ("<span>x</span>", 0, "tg-spoiler"),
    ("<a>x</a>", 0, "href"),
    ("<b class=\"x\">y</b>", 0, "attribute 'class'"),
])
def test_what_telegram_refuses(text: str, offset: int, words: str) -> None:
    problems = html_problems(text)
    assert problems, text
    assert problems[0].offset == offset
    assert words in problems[0].message


def test_visible_length_counts_what_telegram_counts() -> None:
    assert visible_length("<b>ab</b>&amp;c") == 4


def _bad(kb_dir: Path, old: str, new: str) -> Path:
    return write_kb(kb_dir, announcements=break_file(ANNOUNCEMENTS, old, new))


def test_bare_ampersand_is_reported_at_its_line_and_column(tmp_path: Path) -> None:
    text = break_file(ANNOUNCEMENTS, INVITE_EN, "en: Film & drama night!")
    write_kb(tmp_path, announcements=text)
    result = load_knowledge(tmp_path)
    assert not result.report.ok
    [issue] = result.report.errors
    line, col = pos_of(text, "& drama")
    assert (issue.file, issue.line, issue.column) == ("announcements.yaml", line, col)
    assert "latin_night_invite" in issue.message and "&amp;" in issue.message
    # Only that announcement is left out: the knowledge is served, the other one kept.
    assert result.kb is not None
    assert "latin_night_invite" not in result.kb.announcements
    assert "weekly_catalog" in result.kb.announcements


def test_unknown_tag_in_a_block_text_gives_the_line_inside_the_block(tmp_path: Path) -> None:
    text = break_file(ANNOUNCEMENTS, INVITE_EN,
                      "en: |-\n        First line\n        second <br> line")
    write_kb(tmp_path, announcements=text)
    [issue] = load_knowledge(tmp_path).report.errors
    assert issue.line == pos_of(text, "second <br>")[0]
    assert "<br>" in issue.message


def test_cron_the_scheduler_refuses_is_an_error(tmp_path: Path) -> None:
    # croniter accepts "*/5" but the scheduler refuses anything more often than hourly.
    text = break_file(ANNOUNCEMENTS, "cron: 0 10 * * 1", "cron: '*/5 10 * * 1'")
    write_kb(tmp_path, announcements=text)
    result = load_knowledge(tmp_path)
    [issue] = result.report.errors
    assert issue.line == pos_of(text, "'*/5")[0]
    assert "weekly_catalog" in issue.message and "hourly" in issue.message
    assert result.kb is not None and list(result.kb.announcements) == ["latin_night_invite"]


def test_kb_validate_fails_on_an_undeliverable_announcement(tmp_path: Path) -> None:
    folder = _bad(tmp_path / "k", INVITE_EN, "en: <blink>Film night</blink>")
    result = CliRunner().invoke(main, ["kb", "validate", "--dir", str(folder)])
    assert result.exit_code == 1
    assert "announcements.yaml:" in result.output and "<blink>" in result.output


def test_reload_isolates_the_bad_announcement_and_reports_it(tmp_path: Path) -> None:
    write_kb(tmp_path)
    live = LiveKnowledge(tmp_path)
    errors, changes = [], []
    live.on_error(errors.append)
    live.on_change(lambda old, new: changes.append(new))
    text = break_file(ANNOUNCEMENTS, INVITE_EN, "en: Tom & Jerry night")
    text = break_file(text, "New works in the cooperation catalog this week.",
                      "New works in the catalog, edited.")
    (tmp_path / "announcements.yaml").write_text(text, encoding="utf-8")
    report = live.reload("test")
    assert [e.isolated for e in report.errors] == [True]
    assert errors == [report]  # staff are told...
    [new] = changes  # ...and the rest of the edit is live
    assert live.current is new
    assert "latin_night_invite" not in new.announcements
    assert new.announcements["weekly_catalog"].text.en == "New works in the catalog, edited."
