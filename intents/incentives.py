"""Production incentives: what they are, who qualifies, how to apply, whom to contact."""

from __future__ import annotations

from core.i18n import t
from core.kb.schema import Incentive
from core.text import fold
from intents import lexicon
from intents.callbacks import Callback, encode
from intents.contact import contact_card, contact_heading
from intents.facts import dated_reply
from intents.menu import ask_person_row, gone
from intents.reply import Button, Reply, esc
from intents.turn import Turn


def card(turn: Turn, item: Incentive, full: bool = True) -> str:
    lang = turn.lang
    lines = [f"<b>{esc(item.title.get(lang))}</b>", esc(item.summary.get(lang))]
    if full:
        lines += ["\n" + t("label_value", lang, label=f"<b>{t('eligibility', lang)}</b>",
                             value=esc(item.eligibility.get(lang))),
                  t("label_value", lang, label=f"<b>{t('how_to_apply', lang)}</b>",
                    value=esc(item.how_to_apply.get(lang)))]
    return "\n".join(lines)


def answer(turn: Turn) -> Reply:
    items = list(turn.kb.incentives.values())
    named = [turn.kb.incentives[i] for i in turn.ids("incentive") if i in turn.kb.incentives]
    if len(named) == 1:
        return detail(turn, named[0])
    # A list a partner reads on a phone: the titles, numbered (so "the second one" picks one), each
    # with a button to its card (who qualifies, how to apply, whom to contact).
    lines = [f"{i}. <b>{esc(item.title.get(turn.lang))}</b>" for i, item in enumerate(items, 1)]
    blocks = [t("incentives_intro", turn.lang), "\n".join(lines), t("incentives_tap", turn.lang)]
    buttons = [[Button(label=f"ℹ️ {item.title.get(turn.lang)}", data=encode("inc", item.id))]
               for item in items]
    buttons.append([Button(label=t("menu_locations", turn.lang), data=encode("menu", "locations"))])
    buttons.append(ask_person_row(turn.lang, "incentives"))
    return Reply(text="\n\n".join(blocks), lang=turn.lang, buttons=buttons,
                 answer="list:incentives", outcome="answered",
                 items=[f"incentive:{item.id}" for item in items])


def detail(turn: Turn, item: Incentive) -> Reply:
    text = card(turn, item)
    contact = turn.kb.contacts.get(item.contact)
    if contact:
        text += f"\n\n{contact_heading(turn.lang)}\n{contact_card(contact, turn.lang)}"
    return Reply(text=text, lang=turn.lang, buttons=[ask_person_row(turn.lang, "incentives")],
                 answer=f"incentive:{item.id}", outcome="answered")


def dated(turn: Turn, item: Incentive) -> Reply | None:
    """"¿Desde cuándo?", "since when?", "什么时候开始的", "언제부터예요?" of an incentive in focus (the
    Dalynn set-access agreement): the sentence of its summary that dates it, under its title, not
    the whole card again (play30); None when not asked so or no sentence dates it."""
    asked = fold(turn.text or "")
    if not (lexicon.FOUNDED_ASKED.search(asked) or lexicon.SINCE_WHEN.search(asked)) or lexicon.FOUNDED_WITH_MORE.search(asked):
        return None
    return dated_reply(turn.lang, item.title.get(turn.lang), item.summary.get(turn.lang), encode("inc", item.id),
                       f"incentive:{item.id}#about")


def on_button(turn: Turn, cb: Callback) -> Reply:
    if cb.arg(0):
        item = turn.kb.incentives.get(cb.arg(0))
        return detail(turn, item) if item else gone(turn.lang)
    return answer(turn)
