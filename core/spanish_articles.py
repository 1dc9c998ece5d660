"""The Spanish article a record's name takes, so catalogue texts can write "El Festival de Cine
de Hengdian lo organiza…" and "La Noche de Cine Latino es el…" instead of "El evento <b>…</b>".

Spanish puts the definite article before names that start with a common noun (festival, noche,
palacio, calle…), with the noun's gender and number, and contracts it after "de" and "a" (del,
al). Proper names (Hengdian World Studios, Reel-K) and titles that do not start with a noun
("A lo largo del río…") take none. The gender is a property of the head noun, so a small
table of the nouns that start names in our knowledge and in the events staff are likely to add
is enough; an unknown head word gets no article, which still reads correctly.

`article_fields(name)` gives the extra format fields a Spanish catalogue text may use beside
`{name}`; other languages never use them (see `core.i18n.ARTICLE_FIELDS`):

    >>> article_fields("Noche de Cine Latino")["El"]
    'La '
    >>> article_fields("Festival de Cine de Hengdian")["del"]
    'del '
"""

from __future__ import annotations

import html
import re
import unicodedata

# Head nouns by gender and number: masculine singular, feminine singular, masculine plural,
# feminine plural. Accent-free, lower case.
_HEADS: dict[str, tuple[str, ...]] = {
    "ms": ("festival", "encuentro", "programa", "recorrido", "palacio", "valle", "parque", "nuevo",
           "sistema", "intercambio", "foro", "dia", "mercado", "concurso", "taller", "seminario",
           "estudio", "centro", "set", "jardin", "pabellon", "museo", "premio", "evento",
           "lanzamiento", "proyecto", "plan", "fondo", "laboratorio", "circuito", "complejo",
           "barrio", "templo", "puerto", "pueblo", "castillo", "congreso", "simposio", "pitch",
           "showcase", "casting", "rodaje", "estreno", "ciclo", "homenaje", "acuerdo", "comite",
           "departamento", "salon", "espacio", "distrito", "gran", "servicio", "incentivo", "subsidio",
           "apoyo", "descuento", "paquete"),
    "fs": ("noche", "ceremonia", "jornada", "calle", "ciudad", "alianza", "vision", "plataforma",
           "estrategia", "sesion", "feria", "gala", "semana", "muestra", "exhibicion",
           "exposicion", "conferencia", "cumbre", "reunion", "presentacion", "convocatoria",
           "casa", "villa", "aldea", "base", "zona", "academia", "residencia", "beca", "serie",
           "competencia", "mesa", "rueda", "visita", "proyeccion", "instalacion", "secretaria",
           "escuela", "clase", "charla", "mision", "red", "gira", "plaza", "torre", "puerta",
           "muralla", "fiesta", "nueva", "gran"),
    "mp": ("sets", "premios", "estudios", "jardines", "encuentros", "palacios", "talleres",
           "dias", "premios", "servicios", "incentivos", "subsidios", "programas", "recorridos", "decorados"),
    "fp": ("instalaciones", "calles", "jornadas", "casas", "noches", "sesiones", "jornadas",
           "ciudades"),
}
_GENDER = {word: g for g, words in reversed(list(_HEADS.items())) for word in words}
_FORMS = {  # el, del, al, the clitic (lo organiza), an adjective's ending (confirmado)
    "ms": ("el ", "del ", "al ", "lo", "o"),
    "fs": ("la ", "de la ", "a la ", "la", "a"),
    "mp": ("los ", "de los ", "a los ", "los", "os"),
    "fp": ("las ", "de las ", "a las ", "las", "as"),
    "": ("", "de ", "a ", "lo", "o"),
}


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def gender(name: str) -> str:
    """"ms", "fs", "mp", "fp" for a name headed by a known noun; "" for a proper name or an
    unknown head ("Hengdian World Studios", "A lo largo del río…"). `name` may be HTML-escaped."""
    words = re.findall(r"\w+", html.unescape(name))
    if not words:
        return ""
    head = _plain(words[0])
    if head == "gran" and len(words) > 1:  # "Gran Premio" / "Gran Noche": the noun after it
        head = _plain(words[1])
    return _GENDER.get(head, "")


def article_fields(name: str) -> dict[str, str]:
    """{"el", "El", "del", "al", "lo", "o"} for `name`: "la ", "La ", "de la ", "a la ", "la",
    "a" for "Noche de Cine Latino"; empty articles ("", "de ", "a ") for a proper name."""
    el, de, a, clitic, ending = _FORMS[gender(name)]
    return {"el": el, "El": el[:1].upper() + el[1:], "del": de, "al": a, "lo": clitic, "o": ending}
