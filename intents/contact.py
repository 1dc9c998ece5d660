"""Who to contact, and "Ask a person": hand the conversation to staff."""

from __future__ import annotations

from core.i18n import Lang, reader_name, t
from core.kb.schema import Contact
from intents.callbacks import Callback
from intents.lexicon import callback_asked
from intents.menu import topic_menu
from intents.reply import Reply, esc
from intents.turn import Turn

# The subject each kind of record belongs to (the "ask a person" subject of its answers).
SUBJECT_OF = {"event": "events", "work": "catalog", "location": "locations", "incentive": "incentives",
              "partner": "", "program": "programs", "contact": ""}
# Which contact answers which subject, when a partner taps "Ask a person" on it.
SUBJECT_CONTACT = {
    "locations": "international_business",
    "incentives": "vertical_short_drama_center",
    "catalog": "international_business",
    "events": "international_business",
    # the Alliance and its initiatives (programs.yaml): the secretariat answers alliance questions
    "programs": "hisda_secretariat",
}


def contact_heading(lang: Lang) -> str:
    """The bold "Contact:" line above a card ("联系方式：" with the full-width colon)."""
    return t("label_value", lang, label=f"<b>{t('contact_label', lang)}</b>", value="").rstrip()


def contact_card(contact: Contact, lang: Lang) -> str:
    lines = [f"<b>{esc(contact.role.get(lang))}</b>"]
    if contact.person:
        lines[0] += f" — {esc(contact.person.get(lang))}"
    for icon, value in (("✉️", contact.email), ("☎️", contact.phone), ("💬", contact.telegram)):
        if value:
            lines.append(f"{icon} {esc(value)}")
    if contact.hours:
        lines.append(hours_line(contact, lang))
    return "\n".join(lines)


def hours_line(contact: Contact, lang: Lang) -> str:
    """The card's line of office hours as staff wrote them ("🕘 Monday to Friday, 9:00–17:30…")."""
    return f"🕘 {esc(contact.hours.get(lang))}" if contact.hours else ""


def answer(turn: Turn) -> Reply:
    """All contacts, the ones linked to a named partner first."""
    kb = turn.kb
    first = [kb.partners[p].contact for p in turn.ids("partner")
             if p in kb.partners and kb.partners[p].contact in kb.contacts]
    order = list(dict.fromkeys([*first, *kb.contacts]))
    cards = [contact_card(kb.contacts[c], turn.lang) for c in order]
    text = t("contact_intro", turn.lang) + "\n\n" + "\n\n".join(cards)
    return Reply(text=text, lang=turn.lang, buttons=topic_menu(turn.lang), answer="list:contacts",
                 outcome="answered", items=[f"contact:{c}" for c in order])


def record_contact(kb, kind: str, record_id: str) -> str | None:
    """The id of the contact whose subject one record is: a work's, incentive's or partner's own
    `contact`; an event's organiser's (the first of its partners that has a contact: Dalynn
    Studio for Latin Film Night); a contact is its own; else the team of the record's subject
    (`SUBJECT_CONTACT`: a set, an event without such a partner). None for an unknown record."""
    if kind == "contact":
        return record_id if record_id in kb.contacts else None
    records = {"work": kb.works, "incentive": kb.incentives, "partner": kb.partners, "event": kb.events,
               "location": kb.locations, "program": kb.programs}.get(kind, {})
    if record_id not in records:
        return None
    team = SUBJECT_CONTACT.get(SUBJECT_OF.get(kind, ""))
    return own_contact(kb, kind, record_id) or (team if team in kb.contacts else None)


def own_contact(kb, kind: str, record_id: str) -> str | None:
    """The contact a record names as its own (a work's, incentive's or partner's `contact`; an
    event's organiser's), None for one reached only through its subject's team (a set, the
    A.R.C system): "their email" then means people talked about before, not that team."""
    if kind == "contact":
        return record_id if record_id in kb.contacts else None
    records = {"work": kb.works, "incentive": kb.incentives, "partner": kb.partners, "event": kb.events,
               "location": kb.locations, "program": kb.programs}.get(kind, {})
    record = records.get(record_id)
    if record is None:
        return None
    own = getattr(record, "contact", None)
    if own in kb.contacts:
        return own
    for partner_id in getattr(record, "partners", ()):
        partner = kb.partners.get(partner_id)
        if partner is not None and partner.contact in kb.contacts:
            return partner.contact
    return None


def contact_for(kb, subject: str) -> Contact | None:
    """The contact a handoff's subject goes to: a subject ("incentives") by `SUBJECT_CONTACT`, or
    a contact's own id when the partner asked to be put through to that contact ("connect me"
    right after Dalynn Studio's email)."""
    return kb.contacts.get(subject) or kb.contacts.get(SUBJECT_CONTACT.get(subject, "international_business"))


def ask_person(turn: Turn, cb: Callback | None = None) -> Reply:
    """Tell the partner a person will answer; `Reply.handoff` (the subject) opens the handoff."""
    # From a button: its subject; from words: the subject the message was about, if known.
    about = (turn.intent or "").removeprefix("ask_")
    subject = cb.arg(0) if cb else (about if about in SUBJECT_CONTACT else "")
    contact = contact_for(turn.kb, subject)
    # "can someone call me?", "¿alguien me puede llamar?", "能给我打个电话吗", "전화 좀 주실 수 있나요?":
    # a call-back asked, which a person arranges; the team's phone follows (fixP19)
    text = t("handoff_callback", turn.lang) if callback_asked(turn.quoted or turn.text or "") else t("handoff", turn.lang)
    if contact:
        text += "\n\n" + contact_card(contact, turn.lang)
    who = turn.profile.first_name if turn.profile and turn.profile.first_name else "a partner"
    note = t("staff_person_note", turn.staff_lang, who=who, chat=turn.chat_id, language=reader_name(
             turn.lang, turn.profile is not None and turn.profile.locale.traditional),
             subject=f" — {subject}" if subject else "",
             question=f": “{turn.quoted[:300]}”" if turn.quoted else ".")
    # `handoff` is what the transport acts on (a staff post, the relay); the note stays for
    # transports that only forward notes.
    # The answer key names the team the request went to ("handoff:hisda_secretariat" after the
    # secretariat's e-mail), a bare "handoff" when no subject was known (the default desk).
    answer = f"handoff:{contact.id}" if subject and contact else "handoff"
    return Reply(text=text, lang=turn.lang, staff_note=note, handoff=subject, answer=answer,
                 outcome="action")
