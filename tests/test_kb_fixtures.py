"""A minimal but complete knowledge folder, shared by the tests of `core.kb`.

`write_kb(tmp_path, **changes)` writes all 11 files, with `changes` replacing a file's text
(`locations="..."`) or removing it (`contacts=None`). `break_file(text, old, new)` edits one
line and `pos_of(text, needle)` finds where the edit landed, so tests assert on positions
computed from the fixture rather than on hard-coded numbers.

(This module also checks that the fixture itself is valid, so a broken fixture fails here.)
"""

from __future__ import annotations

from pathlib import Path

from core.kb.loader import load_knowledge

TAXONOMY = """\
eras:
  - id: ming_qing
    name: {en: Ming and Qing dynasties, es: Dinastías Ming y Qing, zh: 明清, ko: 명청 시대}
  - id: modern
    name: {en: Modern, es: Moderna, zh: 现代, ko: 현대}
genres:
  - id: comedy
    name: {en: Comedy, es: Comedia, zh: 喜剧, ko: 코미디}
  - id: mystery
    name: {en: Mystery, es: Misterio, zh: 悬疑, ko: 미스터리}
    aliases: {en: [thriller, suspense], zh: [推理]}
  - id: romance
    name: {en: Romance, es: Romance, zh: 爱情, ko: 로맨스}
scene_types:
  - id: palace
    name: {en: Palace, es: Palacio, zh: 宫殿, ko: 궁전}
  - id: street
    name: {en: Street, es: Calle, zh: 街道, ko: 거리}
"""

LOCATIONS = """\
locations:
  - id: ming_qing_palace
    source: public
    name:
      en: Ming and Qing Palace
      es: Palacio Ming y Qing
      zh: 明清宫苑
      ko: 명청궁원
    kind: standing_set
    era: {en: Ming and Qing dynasties, zh: 明清}
    eras: [ming_qing]
    scene_types: [palace]
    genres: [romance, mystery]
    aliases:
      en: [Forbidden City replica]
      zh: [紫禁城, 故宫]
      ko: [자금성]
    description:
      en: A full-scale replica of the Forbidden City used for imperial court dramas.
      es: Una réplica a escala real de la Ciudad Prohibida para dramas de la corte imperial.
      zh: 按一比一比例复建的紫禁城，适合拍摄宫廷剧。
      ko: 궁중 드라마 촬영에 쓰이는 실물 크기의 자금성 복제 세트장입니다.
    coordinates: {lat: 29.16, lon: 120.31}
  - id: european_street
    source: sample
    name:
      en: European Street Set
      es: Calle europea
      zh: 欧洲街区
      ko: 유럽 거리 세트
    kind: international_set
    status: under_construction
    era: {en: 19th and 20th century Europe}
    eras: [modern]
    scene_types: [street]
    description:
      en: Cobbled streets and shop fronts for stories set in Europe.
      zh: 用于拍摄欧洲故事的石板街和店面。
    coordinates: {lat: 29.15, lon: 120.3}
"""

INCENTIVES = """\
incentives:
  - id: vertical_drama_incentive
    source: 000_de9661de1bd6587d.txt
    title:
      en: Vertical short drama incentive
      es: Incentivo para microdramas verticales
      zh: 竖屏短剧拍摄补贴
      ko: 세로형 숏드라마 지원금
    summary:
      en: Significant cost reductions for production teams filming in Hengdian.
      es: Importantes reducciones de costes para los equipos que ruedan en Hengdian.
      zh: 在横店拍摄的剧组可享受大幅成本减免。
      ko: 횡뎬에서 촬영하는 제작팀의 비용을 크게 줄여 줍니다.
    eligibility:
      en: Vertical short drama productions filming in Hengdian.
    how_to_apply:
      en: Write to the international business department before you arrive.
    contact: intl_business
"""

CATALOG = """\
about:
  name:
    en: 2025 international cultural and tourism short drama cooperation catalog
    zh: 2025国际文旅短剧合作片单
  description:
    en: Over 20 international collaborative works in mystery, romance, sci-fi and comedy.
  source: 000_de9661de1bd6587d.txt
works:
  - id: palace_detective
    source: sample
    title: {en: The Palace Detective, es: El detective del palacio, zh: 宫廷神探, ko: 궁궐 탐정}
    genres: [mystery]
    logline:
      en: A foreign apprentice solves murders inside the imperial palace.
      zh: 一名外国学徒在皇宫中破解谋杀案。
    episodes: 60
    episode_minutes: 2
    languages: [en, zh]
    coproduction: seeking_partners
    contact: intl_business
  - id: love_in_hengdian
    source: sample
    title: {en: Love in Hengdian, es: Amor en Hengdian, zh: 横店之恋, ko: 횡뎬의 사랑}
    genres: [romance, comedy]
    logline:
      en: A Mexican stunt double falls for a Chinese director.
      es: Una doble de acción mexicana se enamora de un director chino.
    episodes: 80
    languages: [es, zh]
    coproduction: in_development
    contact: intl_business
"""

EVENTS = """\
events:
  - id: hengdian_film_festival
    source: public
    name:
      en: Hengdian Film Festival
      es: Festival de Cine de Hengdian
      zh: 横店影视节
      ko: 횡뎬 영화제
    description:
      en: The yearly film festival of Hengdian World Studios.
    starts: 2027-10-15T09:00:00+08:00
    ends: 2027-10-20T18:00:00+08:00
    recurrence: every October
    location: ming_qing_palace
  - id: latin_film_night
    source: 003_f8ba9ab00f988121.txt
    status: proposed
    name:
      en: Latin Film Night
      es: Noche de Cine Latino
      zh: 拉丁电影之夜
      ko: 라틴 영화의 밤
    description:
      en: An evening of Latin American films proposed for the Hengdian Film Festival.
      es: Una noche de cine latinoamericano propuesta para el Festival de Cine de Hengdian.
    starts: 2027-10-16T19:30:00+08:00
    partners: [dalynn_studio]
"""

PROGRAMS = """\
programs:
  - id: global_talent
    source: 000_de9661de1bd6587d.txt
    name:
      en: Global Talent Program
      es: Programa de Talento Global
      zh: 全球人才计划
      ko: 글로벌 인재 프로그램
    aliases: {en: [1000 global talents]}
    summary:
      en: Over 100 bilingual film professionals have joined the alliance.
    details:
      en: Talents come from NYU, the New York Film Academy and XJTLU.
"""

PARTNERS = """\
partners:
  - id: dalynn_studio
    source: 003_f8ba9ab00f988121.txt
    name: {en: Dalynn Studio, zh: 达霖影业}
    aliases: {en: [Dalynn]}
    country: CN
    kind:
      en: Shanghai-based Spanish film company
      es: Productora española con sede en Shanghái
    description:
      en: Adapts Chinese short dramas for the Latin American market.
    contact: intl_business
"""

CONTACTS = """\
contacts:
  - id: intl_business
    source: sample
    role:
      en: International Business Department
      es: Departamento de Negocios Internacionales
      zh: 国际业务部
      ko: 국제사업부
    email: intl@example.com
    telegram: "@hengdian_intl"
"""

FAQ = """\
faq:
  - id: foreign_crew_visa
    source: sample
    question:
      en: Can foreign crews get help with visas?
      es: ¿Pueden los equipos extranjeros recibir ayuda con los visados?
    answer:
      en: Yes, the international business department sends invitation letters.
    tags: [visa]
"""

TOPICS = """\
topics:
  - id: events
    source: public
    name: {en: Events, es: Eventos, zh: 活动, ko: 행사}
    description: {en: "Festivals, screenings and exchanges in Hengdian."}
  - id: catalog
    source: public
    name: {en: Catalog, es: Catálogo, zh: 片单, ko: 카탈로그}
    description: {en: New works seeking partners.}
"""

ANNOUNCEMENTS = """\
announcements:
  - id: latin_night_invite
    source: sample
    when: 2027-09-01T10:00:00+08:00
    event: latin_film_night
    audience:
      topics: [events]
      languages: [es]
    text:
      en: Join us for Latin Film Night at the Hengdian Film Festival!
      es: ¡Acompáñanos en la Noche de Cine Latino del Festival de Cine de Hengdian!
    buttons:
      - kind: add_to_calendar
        event: latin_film_night
      - kind: url
        label: {en: Programme, es: Programa}
        url: https://example.com/festival
  - id: weekly_catalog
    source: sample
    recurrence:
      cron: 0 10 * * 1
      timezone: Asia/Shanghai
    audience:
      topics: [catalog]
    text:
      en: New works in the cooperation catalog this week.
"""

MINIMAL: dict[str, str] = {
    "taxonomy.yaml": TAXONOMY,
    "locations.yaml": LOCATIONS,
    "incentives.yaml": INCENTIVES,
    "catalog.yaml": CATALOG,
    "events.yaml": EVENTS,
    "programs.yaml": PROGRAMS,
    "partners.yaml": PARTNERS,
    "contacts.yaml": CONTACTS,
    "faq.yaml": FAQ,
    "topics.yaml": TOPICS,
    "announcements.yaml": ANNOUNCEMENTS,
}


def write_kb(directory: Path, **changes: str | None) -> Path:
    """Write the minimal folder into `directory`; `locations="..."` replaces, `=None` omits."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in MINIMAL.items():
        key = name.removesuffix(".yaml")
        text = changes.get(key, text) if key in changes else text
        path = directory / name
        if text is None:
            path.unlink(missing_ok=True)
        else:
            path.write_text(text, encoding="utf-8")
    return directory


def break_file(text: str, old: str, new: str) -> str:
    """Replace exactly one occurrence of `old`, so a typo in a test cannot go unnoticed."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def pos_of(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """1-based (line, column) of the `nth` occurrence of `needle` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return line, column


def test_minimal_folder_is_valid(tmp_path: Path) -> None:
    result = load_knowledge(write_kb(tmp_path))
    assert result.report.errors == [], "\n".join(map(str, result.report.errors))
    assert result.kb is not None
    assert list(result.kb.locations) == ["ming_qing_palace", "european_street"]


def test_pos_of_is_one_based() -> None:
    assert pos_of("ab\ncd", "d") == (2, 2)
    assert pos_of("x: 1\nx: 2", "x", nth=1) == (2, 1)
