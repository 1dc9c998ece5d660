"""Alliance programs (Global Talent Program, "Three Ones", A.R.C, supply chain) and partners."""

from __future__ import annotations

from core.i18n import t
from core.kb.schema import Partner, Program
from intents.callbacks import Callback, encode
from intents.contact import contact_card, contact_heading
from intents.menu import ask_person_row, gone
from intents.reply import Button, Reply, esc
from intents.turn import Turn


def programs(turn: Turn) -> Reply:
    named = [p for p in turn.ids("program") if p in turn.kb.programs]
    if len(named) == 1:
        return program_detail(turn, turn.kb.programs[named[0]])
    items = list(turn.kb.programs.values())
    text = t("programs_intro", turn.lang) + "\n\n" + "\n\n".join(
        f"<b>{esc(p.name.get(turn.lang))}</b>\n{esc(p.summary.get(turn.lang))}" for p in items)
    buttons = [[Button(label=f"ℹ️ {p.name.get(turn.lang)}", data=encode("prog", p.id))]
               for p in items]
    buttons.append(ask_person_row(turn.lang))
    return Reply(text=text, lang=turn.lang, buttons=buttons, answer="list:programs",
                 outcome="answered", items=[f"program:{p.id}" for p in items])


def program_detail(turn: Turn, item: Program) -> Reply:
    text = (f"<b>{esc(item.name.get(turn.lang))}</b>\n{esc(item.summary.get(turn.lang))}\n\n"
            f"{esc(item.details.get(turn.lang))}")
    return Reply(text=text, lang=turn.lang, buttons=[ask_person_row(turn.lang)],
                 answer=f"program:{item.id}", outcome="answered")


def partners(turn: Turn) -> Reply:
    named = [p for p in turn.ids("partner") if p in turn.kb.partners]
    if len(named) == 1:
        return partner_detail(turn, turn.kb.partners[named[0]])
    items = [turn.kb.partners[p] for p in named] or list(turn.kb.partners.values())
    text = t("partners_intro", turn.lang) + "\n\n" + "\n".join(
        f"• <b>{esc(p.name.get(turn.lang))}</b> — {esc(p.kind.get(turn.lang))}" for p in items)
    buttons = [[Button(label=f"ℹ️ {p.name.get(turn.lang)}", data=encode("prt", p.id))]
               for p in items]
    buttons.append(ask_person_row(turn.lang))
    return Reply(text=text, lang=turn.lang, buttons=buttons, answer="list:partners",
                 outcome="answered", items=[f"partner:{p.id}" for p in items])


def partner_detail(turn: Turn, item: Partner) -> Reply:
    lang = turn.lang
    text = (f"<b>{esc(item.name.get(lang))}</b> — {esc(item.kind.get(lang))}\n\n"
            f"{esc(item.description.get(lang))}")
    if item.website:
        text += f'\n\n🌐 <a href="{esc(str(item.website))}">{esc(str(item.website))}</a>'
    contact = turn.kb.contacts.get(item.contact) if item.contact else None
    if contact:
        text += f"\n\n{contact_heading(lang)}\n{contact_card(contact, lang)}"
    return Reply(text=text, lang=lang, buttons=[ask_person_row(lang)], answer=f"partner:{item.id}",
                 outcome="answered")


def on_button(turn: Turn, cb: Callback) -> Reply:
    if cb.action == "prog":
        item = turn.kb.programs.get(cb.arg(0))
        return program_detail(turn, item) if item else gone(turn.lang)
    partner = turn.kb.partners.get(cb.arg(0))
    return partner_detail(turn, partner) if partner else gone(turn.lang)
