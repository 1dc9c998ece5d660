"""Alliance programs (Global Talent Program, "Three Ones", A.R.C, supply chain) and partners."""

from __future__ import annotations

from core.i18n import t
from core.kb.schema import Partner, Program
from intents import lexicon
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


def partners_of_kind(turn: Turn, reply: Reply) -> Reply:
    """A partners list (all, or a country's) narrowed to the kind of partner the message names
    ("which of your partners are streaming platforms?", "中国伙伴里哪些是平台"), the kind said in
    the heading; a kind none of them is said so before the list. Any other reply is kept."""
    key = reply.answer or ""
    kind = lexicon.partner_kind_asked(turn.text) if key.startswith("list:partners") else None
    if kind is None:
        return reply
    listed = [turn.kb.partners[i.partition(":")[2]] for i in reply.items
              if i.startswith("partner:") and i.partition(":")[2] in turn.kb.partners]
    plain = lexicon.PARTNER_KINDS[kind][1]
    chosen = [p for p in listed if plain.search(p.kind.get("en").lower())]
    lang, label = turn.lang, t(f"partner_kind_{kind}", turn.lang)
    filters = key.partition("?")[2]
    if not chosen:
        return reply.model_copy(update={"text": t("partners_kind_none", lang, kind=label) + "\n\n" + reply.text})
    country = dict(f.partition("=")[::2] for f in filters.split("&") if f).get("country")
    if country:
        from intents.facts import country_name

        head = t("partners_kind_from", lang, kind=label, country=esc(country_name(country, lang)))
    else:
        head = t("partners_kind", lang, kind=label)
    text = head + "\n\n" + "\n".join(f"• <b>{esc(p.name.get(lang))}</b> — {esc(p.kind.get(lang))}" for p in chosen)
    buttons = [[Button(label=f"ℹ️ {p.name.get(lang)}", data=encode("prt", p.id))] for p in chosen]
    buttons.append(ask_person_row(lang))
    return reply.model_copy(update={"text": text, "buttons": buttons, "items": [f"partner:{p.id}" for p in chosen],
                                    "answer": f"list:partners?{filters + '&' if filters else ''}kind={kind}"})


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
