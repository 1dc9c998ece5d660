"""Loading knowledge files: schema errors at the right file:line:column, phrased for staff,
YAML syntax errors, cross-reference checks across files, warnings and coverage."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.kb.loader import load_knowledge
from core.kb.report import Issue, KnowledgeError

try:  # tests/ is a package; without its __init__.py the module has its bare name
    from tests.test_kb_fixtures import MINIMAL, break_file, pos_of, write_kb
except ImportError:  # pragma: no cover
    from test_kb_fixtures import MINIMAL, break_file, pos_of, write_kb


def load_broken(tmp_path: Path, file: str, old: str, new: str) -> tuple[list[Issue], str]:
    """Write the minimal folder with one edit in `file`; return the errors and the edited text."""
    text = break_file(MINIMAL[file], old, new)
    result = load_knowledge(write_kb(tmp_path, **{file.removesuffix(".yaml"): text}))
    assert result.kb is None
    return result.report.errors, text


def only(errors: list[Issue]) -> Issue:
    assert len(errors) == 1, "\n".join(map(str, errors))
    return errors[0]


def at(issue: Issue) -> tuple[int | None, int | None]:
    return issue.line, issue.column


# --------------------------------------------------------------------------- one mistake per file
def test_taxonomy_bad_id_points_at_the_value(tmp_path: Path) -> None:
    errors, text = load_broken(tmp_path, "taxonomy.yaml", "  - id: comedy", "  - id: Comedy")
    issue = only(errors)
    assert issue.file == "taxonomy.yaml"
    assert at(issue) == pos_of(text, "Comedy")
    assert "'id'" in issue.message and "lower-case letters" in issue.message
    assert "genre 'Comedy'" in issue.message


def test_locations_missing_field_points_at_the_record(tmp_path: Path) -> None:
    errors, text = load_broken(
        tmp_path, "locations.yaml", "    coordinates: {lat: 29.16, lon: 120.31}\n", ""
    )
    issue = only(errors)
    assert at(issue) == pos_of(text, "id: ming_qing_palace")
    assert issue.message == "'coordinates' is missing in location 'ming_qing_palace'"
    assert str(issue).startswith(f"locations.yaml:{issue.line}:{issue.column}: ")


def test_incentives_misspelt_key_suggests_the_right_one(tmp_path: Path) -> None:
    errors, text = load_broken(tmp_path, "incentives.yaml", "    eligibility:", "    eligibilty:")
    messages = {e.message: at(e) for e in errors}
    assert len(errors) == 2
    unknown = next(m for m in messages if m.startswith("unknown field"))
    assert unknown == (
        "unknown field 'eligibilty' in incentive 'vertical_drama_incentive'; "
        "did you mean 'eligibility'?"
    )
    assert messages[unknown] == pos_of(text, "eligibilty")
    assert "'eligibility' is missing in incentive 'vertical_drama_incentive'" in messages


def test_catalog_text_where_a_number_is_needed(tmp_path: Path) -> None:
    errors, text = load_broken(tmp_path, "catalog.yaml", "    episodes: 60", "    episodes: sixty")
    issue = only(errors)
    assert at(issue) == pos_of(text, "sixty")
    assert (
        issue.message == "'episodes' must be a whole number, not 'sixty' in work 'palace_detective'"
    )


def test_events_date_without_time_and_offset(tmp_path: Path) -> None:
    errors, text = load_broken(
        tmp_path, "events.yaml", "    starts: 2027-10-16T19:30:00+08:00", "    starts: 2027-10-16"
    )
    issue = only(errors)
    assert at(issue) == pos_of(text, "2027-10-16")
    assert issue.column == 13  # the value, after "    starts: "
    assert issue.message.startswith(
        "'starts' needs a date, time and UTC offset, e.g. 2027-10-15T19:30:00+08:00"
    )
    assert issue.message.endswith("in event 'latin_film_night'")


def test_programs_plain_text_instead_of_languages(tmp_path: Path) -> None:
    errors, text = load_broken(
        tmp_path,
        "programs.yaml",
        "    summary:\n      en: Over 100 bilingual film professionals have joined the alliance.",
        "    summary: Over 100 bilingual film professionals",
    )
    issue = only(errors)
    assert at(issue) == pos_of(text, "Over 100")
    assert issue.message.startswith("'summary' must be given per language: put 'en: ...'")
    assert "program 'global_talent'" in issue.message


def test_partners_country_name_instead_of_code(tmp_path: Path) -> None:
    errors, text = load_broken(tmp_path, "partners.yaml", "    country: CN", "    country: Spain")
    issue = only(errors)
    assert at(issue) == pos_of(text, "Spain")
    assert "two-letter country code" in issue.message and "'Spain'" in issue.message


def test_contacts_bad_email(tmp_path: Path) -> None:
    errors, text = load_broken(
        tmp_path, "contacts.yaml", "    email: intl@example.com", "    email: intl at example.com"
    )
    issue = only(errors)
    assert at(issue) == pos_of(text, "intl at example.com")
    assert "e-mail address" in issue.message and "contact 'intl_business'" in issue.message


def test_faq_missing_english_text(tmp_path: Path) -> None:
    errors, text = load_broken(
        tmp_path, "faq.yaml", "      en: Yes, the international", "      es: Yes, the international"
    )
    issue = only(errors)
    assert at(issue) == pos_of(text, "es: Yes")  # the 'answer' block that lacks en:
    assert (
        issue.message == "the English text of 'answer' is missing in FAQ entry 'foreign_crew_visa'"
    )


def test_topics_bad_source(tmp_path: Path) -> None:
    errors, text = load_broken(
        tmp_path,
        "topics.yaml",
        "source: public\n    name: {en: Events",
        "source: website\n    name: {en: Events",
    )
    issue = only(errors)
    assert at(issue) == pos_of(text, "website")
    assert issue.message.startswith("'source' of topic 'events': source must be a seed file name")


def test_announcements_unknown_time_zone(tmp_path: Path) -> None:
    errors, text = load_broken(
        tmp_path,
        "announcements.yaml",
        "      timezone: Asia/Shanghai",
        "      timezone: Asia/Beijing",
    )
    issue = only(errors)
    assert at(issue) == pos_of(text, "Asia/Beijing")
    assert issue.message == (
        "'timezone' of 'recurrence' of announcement 'weekly_catalog': unknown "
        "time zone 'Asia/Beijing'; use a name like Asia/Shanghai"
    )


def test_announcement_button_errors_skip_the_union_tag(tmp_path: Path) -> None:
    errors, text = load_broken(
        tmp_path,
        "announcements.yaml",
        "      - kind: add_to_calendar\n        event: latin_film_night\n",
        "      - kind: add_to_calendar\n      - kind: bogus\n",
    )
    by_message = {e.message: at(e) for e in errors}
    missing = "'event' of 'buttons' item 1 is missing in announcement 'latin_night_invite'"
    assert by_message[missing] == pos_of(text, "kind: add_to_calendar")
    bogus = next(m for m in by_message if "bogus" in m)
    assert by_message[bogus] == pos_of(text, "kind: bogus")
    assert "'url', 'add_to_calendar', 'remind_me'" in bogus


def test_many_errors_in_one_file_are_all_reported_in_line_order(tmp_path: Path) -> None:
    text = break_file(MINIMAL["catalog.yaml"], "    episodes: 60", "    episodes: 0")
    text = break_file(text, "    languages: [es, zh]", "    languages: [es, fr]")
    result = load_knowledge(write_kb(tmp_path, catalog=text))
    errors = result.report.errors
    assert [at(e) for e in errors] == [pos_of(text, "0\n    episode_minutes"), pos_of(text, "fr")]
    assert errors[0].message.startswith("'episodes' must be greater than 0")
    assert errors[1].message.startswith(
        "item 2 of 'languages' must be one of 'en', 'es', 'zh' or 'ko'"
    )


# --------------------------------------------------------------------------- file-level problems
@pytest.mark.parametrize(
    "old,new,hint",
    [
        ("    kind: standing_set", "   kind: standing_set", "indented differently"),
        ("    kind: standing_set", "\tkind: standing_set", "not tabs"),
        ("      en: Ming and Qing Palace", "      en: Ming: Qing Palace", "in quotes"),
    ],
)
def test_yaml_syntax_error_line(tmp_path: Path, old: str, new: str, hint: str) -> None:
    errors, text = load_broken(tmp_path, "locations.yaml", old, new)
    issue = only(errors)
    assert issue.line == pos_of(text, new.strip())[0]
    assert issue.message.startswith("YAML syntax error:") and hint in issue.message


def test_unclosed_bracket_points_where_it_opens(tmp_path: Path) -> None:
    errors, text = load_broken(
        tmp_path, "locations.yaml", "    eras: [ming_qing]", "    eras: [ming_qing"
    )
    assert at(only(errors)) == pos_of(text, "[ming_qing")


def test_duplicate_yaml_key(tmp_path: Path) -> None:
    errors, text = load_broken(
        tmp_path, "contacts.yaml", "    telegram:", "    email: b@example.com\n    telegram:"
    )
    issue = only(errors)
    assert issue.line == pos_of(text, "email: b@")[0]
    assert "'email' appears twice" in issue.message


def test_missing_file_is_named(tmp_path: Path) -> None:
    result = load_knowledge(write_kb(tmp_path, faq=None))
    issue = only(result.report.errors)
    assert (issue.file, issue.line) == ("faq.yaml", None)
    assert str(issue) == "faq.yaml: file is missing: the knowledge folder needs faq.yaml"


def test_misnamed_file_gets_a_rename_hint(tmp_path: Path) -> None:
    write_kb(tmp_path, faq=None)
    (tmp_path / "faq.yml").write_text(MINIMAL["faq.yaml"], encoding="utf-8")
    report = load_knowledge(tmp_path).report
    assert "rename it to faq.yaml" in only(report.errors).message
    assert any(
        w.file == "faq.yml" and "did you mean 'faq.yaml'" in w.message for w in report.warnings
    )


def test_empty_and_non_mapping_files(tmp_path: Path) -> None:
    result = load_knowledge(
        write_kb(
            tmp_path, programs="", partners="- just a list\n", announcements="# nothing scheduled\n"
        )
    )
    messages = {e.file: e.message for e in result.report.errors}
    assert set(messages) == {"programs.yaml", "partners.yaml"}  # announcements may be empty
    assert (
        messages["programs.yaml"]
        == "'programs' is missing: the file must have a 'programs:' section"
    )
    assert messages["partners.yaml"].startswith("the file must start with 'partners:'")


def test_not_utf8(tmp_path: Path) -> None:
    write_kb(tmp_path)
    (tmp_path / "topics.yaml").write_bytes(b"topics:\n  - id: caf\xe9\n")
    issue = only(load_knowledge(tmp_path).report.errors)
    assert (issue.file, issue.line) == ("topics.yaml", 2) and "UTF-8" in issue.message


def test_missing_folder(tmp_path: Path) -> None:
    result = load_knowledge(tmp_path / "nope")
    assert result.kb is None and "knowledge folder not found" in only(result.report.errors).message
    with pytest.raises(KnowledgeError, match="knowledge folder not found"):
        result.require()


# --------------------------------------------------------------------------- cross-references
def test_unknown_genre_in_work(tmp_path: Path) -> None:
    errors, text = load_broken(
        tmp_path, "catalog.yaml", "    genres: [mystery]", "    genres: [scifi]"
    )
    issue = only(errors)
    assert at(issue) == pos_of(text, "scifi")
    assert str(issue) == (
        f"catalog.yaml:{issue.line}:{issue.column}: unknown genre 'scifi' in work "
        f"'palace_detective' (known: comedy, mystery, romance)"
    )


def test_unknown_taxonomy_ids_in_location(tmp_path: Path) -> None:
    text = break_file(MINIMAL["locations.yaml"], "    eras: [ming_qing]", "    eras: [ming]")
    text = break_file(text, "    scene_types: [palace]", "    scene_types: [palaces]")
    errors = load_knowledge(write_kb(tmp_path, locations=text)).report.errors
    assert [(e.message, at(e)) for e in errors] == [
        (
            ("unknown era 'ming' in location 'ming_qing_palace'; did you mean 'ming_qing'? "
            "(known: ming_qing, modern)"),
            pos_of(text, "ming]"),
        ),
        (
            ("unknown scene type 'palaces' in location 'ming_qing_palace'; did you mean 'palace'? "
            "(known: palace, street)"),
            pos_of(text, "palaces"),
        ),
    ]


def test_unknown_contact(tmp_path: Path) -> None:
    errors, text = load_broken(
        tmp_path, "incentives.yaml", "    contact: intl_business", "    contact: intl_busines"
    )
    issue = only(errors)
    assert at(issue) == pos_of(text, "intl_busines")
    assert issue.message.startswith(
        "unknown contact 'intl_busines' in incentive "
        "'vertical_drama_incentive'; did you mean 'intl_business'?"
    )


def test_unknown_location_and_partner_in_events(tmp_path: Path) -> None:
    text = break_file(
        MINIMAL["events.yaml"], "    location: ming_qing_palace", "    location: qin_palace"
    )
    text = break_file(
        text, "    partners: [dalynn_studio]", "    partners: [dalynn_studio, reel_k]"
    )
    errors = load_knowledge(write_kb(tmp_path, events=text)).report.errors
    assert [at(e) for e in errors] == [pos_of(text, "qin_palace"), pos_of(text, "reel_k")]
    assert errors[0].message.startswith(
        "unknown location 'qin_palace' in event 'hengdian_film_festival'"
    )
    assert errors[1].message.startswith("unknown partner 'reel_k' in event 'latin_film_night'")


def test_announcement_references(tmp_path: Path) -> None:
    text = break_file(
        MINIMAL["announcements.yaml"],
        "    event: latin_film_night\n    audience",
        "    event: latin_night\n    audience",
    )
    text = break_file(text, "        event: latin_film_night", "        event: film_night")
    text = break_file(text, "      topics: [events]", "      topics: [events, news]")
    errors = load_knowledge(write_kb(tmp_path, announcements=text)).report.errors
    assert [(at(e), e.message.split(" (known")[0]) for e in errors] == [
        (
            pos_of(text, "latin_night\n"),
            ("unknown event 'latin_night' in announcement "
            "'latin_night_invite'; did you mean 'latin_film_night'?"),
        ),
        (pos_of(text, "news"), "unknown topic 'news' in announcement 'latin_night_invite'"),
        (
            pos_of(text, "film_night\n"),
            ("unknown event 'film_night' in announcement "
            "'latin_night_invite'; did you mean 'latin_film_night'?"),
        ),
    ]


def test_announcement_schedule_and_photo(tmp_path: Path) -> None:
    text = break_file(
        MINIMAL["announcements.yaml"], "      cron: 0 10 * * 1", "      cron: every monday"
    )
    text = break_file(
        text,
        "    audience:\n      topics: [events]",
        "    photo: img/x.jpg\n    audience:\n      topics: [events]",
    )
    errors = load_knowledge(write_kb(tmp_path, announcements=text)).report.errors
    assert [at(e) for e in errors] == [pos_of(text, "img/x.jpg"), pos_of(text, "every monday")]
    assert "photo 'img/x.jpg'" in errors[0].message and "5-field cron" in errors[1].message
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "x.jpg").write_bytes(b"\xff\xd8")
    assert len(load_knowledge(tmp_path).report.errors) == 1  # the photo now exists


def test_duplicate_ids(tmp_path: Path) -> None:
    locations = break_file(
        MINIMAL["locations.yaml"], "  - id: european_street", "  - id: ming_qing_palace"
    )
    taxonomy = break_file(MINIMAL["taxonomy.yaml"], "  - id: romance", "  - id: comedy")
    # the same id in two taxonomy sections is fine: only duplicates within a section count
    taxonomy = break_file(taxonomy, "  - id: street", "  - id: modern")
    catalog = MINIMAL["catalog.yaml"].replace("[romance, comedy]", "[comedy]")
    locations = locations.replace("[romance, mystery]", "[mystery]").replace("[street]", "[modern]")
    errors = load_knowledge(
        write_kb(tmp_path, locations=locations, taxonomy=taxonomy, catalog=catalog)
    ).report.errors
    assert [(e.file, at(e), e.message) for e in errors] == [
        (
            "taxonomy.yaml",
            pos_of(taxonomy, "comedy", nth=1),
            f"duplicate id 'comedy' in genres: already used on line {pos_of(taxonomy, 'comedy')[0]}",
        ),
        (
            "locations.yaml",
            pos_of(locations, "ming_qing_palace", nth=1),
            "duplicate id 'ming_qing_palace' in locations: already used on line 2",
        ),
    ]


def test_cross_checks_skip_files_that_failed(tmp_path: Path) -> None:
    """A broken taxonomy must not also flag every genre used elsewhere as unknown."""
    taxonomy = break_file(MINIMAL["taxonomy.yaml"], "genres:", "genre:")
    errors = load_knowledge(write_kb(tmp_path, taxonomy=taxonomy)).report.errors
    assert {e.file for e in errors} == {"taxonomy.yaml"}


# --------------------------------------------------------------------------- warnings, coverage
def test_missing_translation_warning_per_field(tmp_path: Path) -> None:
    report = load_knowledge(write_kb(tmp_path)).report
    text = MINIMAL["locations.yaml"]
    warning = next(w for w in report.warnings if "european_street': 'description'" in w.message)
    assert at(warning) == pos_of(text, "en: Cobbled")
    assert warning.message == (
        "location 'european_street': 'description' has no Spanish, Korean translation"
    )
    assert str(warning).startswith(f"locations.yaml:{warning.line}:{warning.column}: warning: ")


def test_sample_records_are_counted(tmp_path: Path) -> None:
    report = load_knowledge(write_kb(tmp_path)).report
    assert report.sample_records == sum(t.count("source: sample") for t in MINIMAL.values())
    catalog = next(w for w in report.warnings if w.file == "catalog.yaml" and "sample" in w.message)
    assert catalog.message.endswith("palace_detective, love_in_hengdian")


def test_coverage_counts_localized_fields(tmp_path: Path) -> None:
    before = load_knowledge(write_kb(tmp_path / "a")).report.coverage
    faq = break_file(
        MINIMAL["faq.yaml"],
        "      es: ¿Pueden los equipos extranjeros recibir ayuda con los visados?\n",
        "",
    )
    after = load_knowledge(write_kb(tmp_path / "b", faq=faq)).report.coverage
    assert after["es"].filled == before["es"].filled - 1
    assert after["es"].total == before["es"].total == before["en"].filled == before["en"].total
    assert (after["zh"].filled, after["ko"].filled) == (before["zh"].filled, before["ko"].filled)
    assert 0 < after["es"].percent < 100


def test_version_is_a_hash_of_the_files(tmp_path: Path) -> None:
    one = load_knowledge(write_kb(tmp_path / "a")).require()
    two = load_knowledge(write_kb(tmp_path / "b")).require()
    assert one.version == two.version and len(one.version) == 64
    (tmp_path / "b" / "faq.yaml").write_text(MINIMAL["faq.yaml"] + "# edited\n", encoding="utf-8")
    assert load_knowledge(tmp_path / "b").require().version != one.version


def test_record_level_rule_points_at_the_field_it_names(tmp_path: Path) -> None:
    errors, text = load_broken(tmp_path, "events.yaml", "    ends: 2027-10-20T18:00:00+08:00",
                               "    ends: 2027-10-01T18:00:00+08:00")
    issue = only(errors)
    assert at(issue) == pos_of(text, "2027-10-01T18")
    assert issue.message == "event 'hengdian_film_festival': ends is before starts"
