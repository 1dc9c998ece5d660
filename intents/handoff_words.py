"""Does a message ask for a human? Partners say it in many ways, often inside a longer message.

`asks_for_person(text)` is True for "can I talk to a person?", "can someone call me?",
"¿me pasan con un asesor?", "quiero hablar con alguien del equipo", "人工客服", "能帮我转人工吗",
"상담원 부탁드려요", "담당자분과 통화하고 싶어요" and the like, in English, Spanish, Chinese and Korean.
It matches case- and accent-insensitively anywhere in the message, so it also fires inside
"prices for the palace set? also I'd like an agent".

Precision matters as much as recall: a false positive hands a partner who asked "how many people
work there?" to staff. So bare words never count ("person", "personas", "agente", "사람", "人工"):
a pattern needs a request (talk to, put me through, call me, 转, 연결, 부탁) *and* who (a person,
an agent, the team, 客服, 담당자), or a word that only means a human agent (人工客服, 상담원).
Film-business words that look alike stay out: "sales agent", "agente de ventas", "真人秀"
(reality show), "真人版" (live action), "人工智能" (AI).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from core import lazy_re as re  # patterns compiled on first use: see core/lazy_re.py
from core.text import to_simplified
from intents.lexicon import COURTESY_CLAUSE, NEW_TOPIC, asks_question

# The writer's own organisation in a letter's words ("本会" our association, "我社", "敝司"): who
# a person is asked to contact ("请安排一位工作人员与本会联系").
_ZH_US_FORMAL = r"(?:敝|鄙|本|我们|我)(?:社|司|方|单位|公司|团队|会|院|所)"

# Who partners ask for, per language (after folding: lower case, no accents).
_EN_WHO = (r"(?:a |an |some |your |the |one of your |a member of (?:your|that|this|the) |someone (?:from|on|in) "
           r"(?:your|the|that|this) )?(?:real |live |actual |human )?"
           r"(?:person|human(?: being)?|agent|someone|somebody|team|staff|representative|rep|"
           r"manager|operator|advisor|adviser|consultant|colleague|people|staff member|"
           r"sales team|account manager|customer service|support team|"
           # a team of yours by its name: "your international business department"
           r"(?:[\w-]+ ){1,3}(?:department|dept|division))\b"
           # Scots "a real body", "some live body": a body is a person
           r"|(?:a |an |some )?(?:real|live|actual|human) (?:body|bod)\b")
_ES_WHO = (r"(?:una? |el |la |los |las |alguien|algun[oa]? |algun |tu |su |sus |tus |un miembro del? )?"
           r"(?:persona(?: real| de verdad| humana)?|humano|asesor[a]?|asesores|agente|ejecutiv[oa]|"
           r"representante|alguien|equipo|encargad[oa]|responsable|operador[a]?|gente|"
           r"especialista|comercial|vendedor[a]?|personal)\b")

_PATTERNS = [
    # --- English ------------------------------------------------------------------------------
    # "talk to a person", "speak with someone from your team", "chat with a real human"
    # (Scots "speak tae a real person", "talk wi' someone")
    # (Doric "spik tae a real body", "blether wi' somebody")
    rf"\b(?:talk|speak|spik|spick|chat|blether|communicate|get in touch)\s+(?:directly\s+)?(?:to|with|tae|wi'?)\s+{_EN_WHO}",
    # "hook me up with someone on your side", "I'd rather deal with a person": put through, or
    # preferring a person to the bot
    rf"\bhook\s+(?:me|us)\s+up\s+(?:directly\s+)?with\s+{_EN_WHO}",
    rf"\b(?:i'?d|we'?d|i would|we would)\s+(?:much\s+)?(?:rather|prefer to)\s+(?:talk|speak|deal|chat|sort (?:it|this) out|discuss (?:it|this))\s+(?:directly\s+)?(?:to|with)\s+{_EN_WHO}",
    # "I'd like to talk this one through with someone", "can I talk it over with your team?",
    # "I want to discuss this title with someone": the record in focus, with a person
    (rf"\b(?:talk|chat|go)\s+(?:this|it|that|things)(?:\s+(?:one|title|show|series|project|drama))?\s+(?:through|over)\s+with\s+{_EN_WHO}"
     rf"|\b(?:discuss|go over|talk about|talk through)\s+(?:this|it|that)(?:\s+(?:one|title|show|series|project|drama))?"
     rf"(?:\s+(?:in (?:more )?detail|further|properly))?\s+with\s+{_EN_WHO}"),
    # "I'd like an agent", "I need a human", "can I get a representative", "agent please"
    (r"\b(?:i'?d like|i would like|i want|i need|i'd prefer|i prefer|can i (?:get|have)|"
     # ("can I get an actual human on this please", "could I have a proper person?") (play30)
     r"could i (?:get|have)|get me|give me|may i have)\s+(?:an?\s+|some\s+)?(?:real\s+|live\s+|actual\s+|proper\s+|human\s+)?"
     r"(?:agent|human|person|representative|operator|real person|live person|human being)\b"),
    # "put a person on this", "can a human take over?", "get a human to look at this": a person
    # asked to take the conversation (play30)
    (r"\b(?:put|get|bring)\s+(?:a|an|some)\s+(?:real\s+|live\s+|actual\s+)?(?:human|person|agent)\s+(?:on\s+(?:this|it|the line)|in\b|to\s+(?:look|handle|take|answer|help))"
     r"|\b(?:a|an|some)\s+(?:real\s+|live\s+|actual\s+)?(?:human|person|agent)\s+(?:(?:can|could|should|please)\s+)?take\s+(?:over|this)\b"),
    r"\b(?:agent|human|operator|representative|real person)\s*,?\s*(?:please|pls|plz|now)\b",
    # "I'd like a word with a real person about it", "can I have a word with someone from your team?"
    rf"\b(?:i'?d like|i would like|i want|i need|can i have|could i have|may i have|let me have)\s+a\s+(?:quick\s+)?word\s+with\s+{_EN_WHO}",
    # Hawaiian Pidgin and plain chat: "can talk to one real person about dat one?"
    r"\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:one|some|a)\s+(?:real|live|actual)\s+(?:person|human|people)\b",
    # "connect me with", "put me through to", "transfer me to", "pass me to"
    (rf"\b(?:connect|put|transfer|pass|forward|hand|redirect|escalate)\s+(?:me|us|this|my (?:request|question|case))\s+"
     rf"(?:through\s+)?(?:to|with|onto|on to|over to)\s+{_EN_WHO}"),
    r"\blive\s+(?:person|human|agent)\b",
    # "reckon I could get a human on the line", "can you get someone on the phone for me"
    (r"\b(?:(?:a|an|some|one of your)\s+(?:real\s+|live\s+|actual\s+)?(?:human|person|agent|representative|staff member)"
     r"|someone|somebody)\s+on\s+the\s+(?:line|phone|blower)\b(?!-)"),
    # "can we do a quick call with someone?", "could I talk to someone over the phone?": a call asked for
    (r"\b(?:call|phone call|video call|zoom)\s+with\s+(?:someone|somebody|a person|a human|your team|one of you|one of your team)\b"
     r"|\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:someone|somebody|a person|your team|one of you)\s+(?:on|over|by)\s+(?:the\s+)?phone\b"),
    # "loop in a human on that title", "can you loop someone in?"
    r"\bloop\s+(?:in\s+)?(?:a\s+|an\s+|some\s+)?(?:real\s+|live\s+)?(?:human|person|someone|somebody|agent)\b",
    # "can someone from international business give me a ring?"
    (r"\b(?:someone|somebody|anyone|one of (?:them|you|your (?:team|staff|people|colleagues)|their (?:team|staff|people)))\b[^.?!]{0,40}?\b(?:give|gimme)\s+(?:me|us)\s+a\s+(?:ring|call|bell|buzz|phone call|telephone call)\b"),
    r"\b(?:human|live)\s+(?:agent|support|operator|assistance|help|being)\b",
    r"\bnot\s+(?:a|an|the)\s+(?:bot|robot|machine)\b",
    # "can someone call me", "have somebody from your team email us", "someone contact me"
    (r"\b(?:someone|somebody|anyone|a person|an agent|your team|your staff|a representative|"
     r"one of your (?:team|staff|colleagues|people)|a member of (?:your|the) (?:[\w-]+ ){0,2}(?:team|staff|secretariat|department|office|centre|center))\s+"
     r"(?:(?:can|could|should|will|to|please|from your team|from the team|on your team)\s+)*"
     r"(?:call|phone|telephone|ring|contact|email|e-mail|reach out to|reach|get back to|write to|"
     r"message|text|get in touch with)\s+(?:me|us)\b"),
    r"\b(?:can|could|would|will) you (?:please )?(?:call|phone|telephone|ring) (?:me|us)\b",
    # "put me in touch with whoever handles licensing", "can someone from your catalog team
    # call me?" (added by the dialogue helper)
    r"\b(?:put|get) (?:me|us) in touch with\b",
    # the writer's company put in touch, in a letter's words ("please put our company in touch with one of
    # that team's staff", "ponga a nuestra compañía en contacto con una persona de ese equipo"; fixF27)
    (r"\b(?:put|get|bring) (?:our|my) (?:company|firm|studio|team|group|society|association|organi[sz]ation|collective|crew|outfit)"
     r" (?:in touch|in contact|into contact) with\b"
     r"|\b(?:ponga|pongan|ponme|ponnos|pongannos|ponganos|pongame|ponganme) a (?:nuestra|nuestro|mi) (?:compania|empresa|productora|"
     r"asociacion|agrupacion|sociedad|organizacion|colectivo|equipo|estudio) en contacto con\b"),
    # "please put me in contact with the secretariat", "get me through to the centre's people"
    r"\b(?:put|get|bring) (?:me|us) (?:in|into) contact with\b|\b(?:put|get) (?:me|us) through to\b",
    # the passive wish: "I'd like to be put in contact with Dalynn", "can we get connected to the centre?"
    (r"\b(?:to be|can (?:i|we) (?:be|get)|could (?:i|we) (?:be|get)) (?:put in (?:contact|touch)|connected|put through) (?:with|to)\b"
     r"(?! (?:the |your |a )?(?:wifi|wi-fi|internet|network|vpn|hotspot|power|grid|server|site|app)\b)"),
    # "regálame el contacto con la gente de Dalynn pa hablar eso", "dame contacto con alguien del
    # centro": a contact *with* people (to talk), not a team's details ("dame el contacto de Dalynn")
    (r"\b(?:regalame|regalanos|dame|danos|deme|denme|pasame|pasanos|consigueme|consiguenos)\s+(?:el\s+|un\s+)?contacto\s+con\s+"
     r"(?:la gente|alguien|el equipo|una persona|el personal|los de|las de|ellos|ellas|el responsable|la responsable|el encargado|la encargada)\b"),
    (r"\b(?:contact|reach|connect (?:me|us) (?:with|to)|talk to|speak (?:to|with)) (?:whoever|the (?:person|one|people) who"
     r"|someone who)(?: is)? (?:handles?|handling|in charge|deals? with|manages?|looks? after|runs?)\b"),
    (r"\b(?:someone|somebody|anyone) (?:from|on|in) (?:your|the) (?:[\w-]+ ){0,2}(?:team|department|office|side)\b"
     r"(?:\s+(?:can|could|should|will|please))*\s+(?:call|phone|telephone|ring|contact|email|e-mail|reach|get back to|write to)"
     r"\s+(?:me|us)\b"),
    r"\b(?:call|phone|telephone|ring) me back\b",
    # "can a real person from yer side ring me about it", "can somebody from the secretariat just
    # message me": who (a person, someone) then, a few words on, a call or a message to me
    (r"\b(?:someone|somebody|anyone|an? (?:real |live |actual |proper )?(?:person|human))\b[^.?!]{0,60}?"
     # "can I get someone from your business team to reach out to us?"
     # (chat's short words for a message: "get an actual person from there to msg me", "have someone dm us")
     r"\b(?:call|phone|telephone|ring|message|msg|dm|pm|ping|text|email|e-mail|contact|reach(?: out to)?|get back to|get in touch with|write to)\s+(?:me|us)\b"),
    (r"\b(?:have|get|ask) (?:someone|somebody|a person|an agent|a representative|your team)\s+"
     r"(?:to\s+)?(?:call|contact|email|reach|get back to|write to)\b"),
    r"\bcontact (?:a|your|the) (?:person|human|representative|agent|team|staff)\b",
    r"\bis there (?:a |an )?(?:real )?(?:person|human|someone|somebody|anyone)\b.{0,25}\b(?:talk|speak|chat|help|answer)",
    # --- Spanish ------------------------------------------------------------------------------
    # a call asked in slang ("que uno de ellos me pegue un telefonazo", "¿me echan un fonazo?",
    # "me dan un timbrazo?", "¿me pueden hacer una llamadita?"; fixC17)
    (r"\b(?:me|nos)\s+(?:(?:puede[ns]?|podria[ns]?|podes|podeis)\s+)?(?:pegue[ns]?|pega[ns]?|pegar|pegais|eche[ns]?|echa[ns]?|echar|echais"
     r"|de[ns]?|da[ns]?|dar|hagan?|hace[ns]?|hacer|haceis)\s+(?:un\s+|una\s+)?(?:telefonazo|fonazo|timbrazo|llamadita|llamada|telefonito)\b"),
    # "hablar con alguien del equipo", "comunicarme con un asesor", "platicar con una persona",
    # "¿puedo hablar primero con alguien?"
    (rf"\b(?:hablar(?:lo|la|los|las)?|comunicarme|comunicarnos|conversar|platicar|charlar|contactar(?:me)?|"
     rf"contactarnos|ponerme en contacto|ponernos en contacto)\s+(?:(?:directamente|directo|antes|primero|un rato|un momento)\s+)?con\s+{_ES_WHO}"),
    # "¿me pasan con un asesor?", "pásame con un agente", "comunícame con un representante"
    # ("¿me podéis poner con alguien que lleve eso?": put me with, put through in Spain and beyond)
    (rf"\b(?:me|nos)\s+(?:pasa[ns]?|pasais|pase|pasarian|podeis pasar|puede[ns]? pasar|podrian pasar|comunica[ns]?|"
     rf"pone[ns]?|poneis|podeis poner|puede[ns]? poner|podrias? poner|podrian poner|"
     rf"conecta[ns]?|transfiere[ns]?|derivan?|contacta[ns]?|comuniquen?|conecten?|transfieran?|"
     # the formal usted: "¿me podría comunicar con un ejecutivo?", "¿nos puede poner con alguien?"
     rf"(?:podria|podrian|puede|pueden|podra|podran)\s+(?:comunicar|conectar|transferir|contactar|derivar))\s+(?:con|a)\s+{_ES_WHO}"),
    # "pásame con quien lleva esta serie", "ponme en contacto con el responsable" (dialogue helper)
    (r"\b(?:pasame|pasenme|comunicame|conectame|contactame|contactas|ponme en contacto|ponnos en contacto"
     r"|(?:me|nos) (?:comunique|comuniquen|pase|pasen|conecte|conecten|ponga en contacto|pongan en contacto))"
     r"\s+con\s+(?:quien|el que|la que|el responsable|la responsable|el encargado|la encargada)\b"),
    # the formal wish in the subjunctive ("les agradecería que me pusieran en contacto con una persona
    # del equipo", "les ruego que me pongan en contacto con un responsable"; play36)
    # (or passed on to one: "mucho le agradecería que me derivara con alguien de su personal"; para28)
    # (asked in the indicative too: "¿me pone en contacto con alguien de ese equipo?"; fixA28)
    (rf"\b(?:me|nos)\s+(?:ponga|pongan|pone|ponen|pones|pusiera|pusieran|pusiese|pusiesen|comunicara|comunicaran|conectara|conectaran"
     rf"|derive|deriven|derivara|derivaran|pasara|pasaran|contactara|contactaran)"
     rf"\s+(?:en contacto\s+)?con\s+{_ES_WHO}"),
    # "ponme con una persona de ese centro" (Cuba, Caribbean: "put me with" is "put me through")
    # (the infinitive after a polite request: "hágame el favor de pasarme con alguien del centro",
    # "¿sería posible ponernos con un encargado?", "le pido comunicarnos con el equipo")
    (rf"\b(?:ponme|ponnos|ponganme|pongame|pasame|pasenme|paseme|pasadme|pasanos|comunicame|comuniqueme|comuniquenme|comunicadme|conectame|conectenme|transfiereme|"
     rf"pasarme|pasarnos|ponerme|ponernos|conectarme|conectarnos|transferirme|transferirnos|derivarme|derivarnos|"
     rf"contactame|contactenme)\s+(?:en contacto\s+)?(?:con|a)\s+{_ES_WHO}"),
    # "necesito un asesor", "quiero una persona real", "¿puedo tener un agente humano?"
    (r"\b(?:necesito|quiero|quisiera|prefiero|me gustaria|puedo tener|podria tener)\s+"
     r"(?:hablar con\s+)?(?:una?\s+)?(?:asesor[a]?|agente humano|persona real|persona de verdad|"
     r"humano|ejecutiv[oa]|representante|atencion (?:humana|personal|personalizada))\b"),
    # "quisiera platicarlo con alguien", "me gustaría hablar de este con alguien", "¿puedo verlo
    # con alguien del equipo?": the record in focus talked over with a person
    (rf"\b(?:quisiera|quiero|me gustaria|ocupo|necesito|puedo|podria|podemos|podriamos|queremos|quisieramos|se puede|"
     # "prefiero tratarlo con una persona", "preferiríamos verlo con alguien del equipo"
     rf"prefiero|preferiria|preferimos|prefeririamos)\s+"
     rf"(?:(?:hablar|platicar|conversar|charlar|discutir|comentar|tratar)(?:lo|la|los|las)?|(?:ver|revisar|checar|chequear)(?:lo|la|los|las))\b"
     rf"(?:\s+(?:de |sobre )?(?:este|esta|esto|eso|ese|esa)(?:\s+\w+)?)?\s+con\s+{_ES_WHO}"),
    # "¿me pones con alguien de carne y hueso?": a flesh-and-blood person
    r"\b(?:alguien|una persona|un ser humano|gente) de carne y hueso\b",
    # "necesito hablar con un ser humano", "¿me atiende un humano?", "que me conteste una persona de
    # verdad" (play30)
    (r"\b(?:hablar|hablarlo|tratarlo|comunicarme|platicar|charlar)\s+con\s+(?:un|una)\s+(?:ser\s+humano|humano|humana|persona)\b"
     r"|\b(?:me|nos)\s+(?:atiende|atienda|atiendan|conteste|contesten|responde|responda|respondan)\s+(?:un ser humano|un humano|una persona)\b"),
    (r"\b(?:persona\s+(?:real|de verdad)|atencion\s+(?:humana|personalizada)|agente\s+humano|"
     r"asesor(?:a|es)?\s+(?:humano|comercial|de ventas|por favor))\b"),
    r"\b(?:un|una|al|a un|a una|con un|con una)\s+asesor(?:a)?\b(?!\s+(?:fiscal|legal|juridic|contable|de imagen))",
    # "que me llame alguien", "¿alguien me puede llamar?", "que alguien del equipo me escriba"
    (r"\bque\s+(?:me|nos)\s+(?:llame|llamen|contacte|contacten|escriba|escriban|marque|marquen|"
     r"atienda|atiendan|responda|respondan)\s+(?:alguien|una persona|un asesor|una asesora|"
     r"un agente|alguno|el equipo|ustedes|un representante)"),
    # ("¿alguien de ese centro me puede escribir?", "¿alguien de la secretaría nos puede llamar?":
    # someone of a named team)
    (r"\b(?:alguien|una persona|un asesor|el equipo|algun asesor)\s+(?:del equipo\s+|de ustedes\s+|"
     r"de su equipo\s+|de tu equipo\s+|(?:del|de la|de los|de las|de ese|de esa|de este|de esta|de su|de vuestro|de vuestra)\s+[^.?!,;]{1,30}?\s+)?(?:me|nos)\s+(?:puede|podria|pueden|podrian|va a|quiere)?\s*"
     r"(?:llamar|llama|contactar|contacta|escribir|escribe|atender|marcar|responder)"),
    r"\b(?:que\s+)?(?:alguien|una persona)\s+(?:del equipo|de ustedes|de su equipo)\s+(?:me|nos)\s+\w+",
    # "quisiera que alguien de la secretaría me contacte", "que alguien del centro me llame": someone
    # of a named team, in the subjunctive of a wish, to call or write to me
    (r"\bque\s+(?:alguien|una persona|algun[oa]?|un asesor|una asesora|el equipo|la gente|el personal)\s+"
     r"(?:(?:del?|de la|de los|de las)\s+[^.?!,;]{1,40}?\s+)?(?:me|nos)\s+(?:\w+\s+)?"
     r"(?:llame|llamen|contacte|contacten|escriba|escriban|marque|marquen|busque|busquen|responda|respondan"
     r"|llamar|contactar|escribir|marcar"
     # (the past subjunctive of a polite wish: "quisiera que alguien de Dalynn me contactara")
     r"|llamara|llamaran|contactara|contactaran|escribiera|escribieran|marcara|marcaran|buscara|buscaran"
     r"|respondiera|respondieran|llamase|contactase|escribiese)\b"),
    # "que alguien de allá se ponga en contacto conmigo", "que la gente del centro se comunique con
    # nosotros": someone of theirs wished to get in touch with us, in the reflexive
    (r"\bque\s+(?:alguien|una persona|algun[oa]?|un asesor|una asesora|el equipo|la gente|el personal|ellos|ellas)\s+"
     r"(?:(?:del?|de la|de los|de las)\s+[^.?!,;]{1,40}?\s+)?se\s+(?:\w+\s+)?"
     r"(?:ponga|pongan|pusiera|pusieran|comunique|comuniquen|comunicara|comunicaran|contacte|contacten)\s+(?:\w+\s+)?"
     r"(?:en contacto\s+)?(?:conmigo|con nosotros|con nosotras)\b"),
    r"\b(?:me|nos)\s+(?:puede|pueden|podria|podrian|puedes|podrias)\s+(?:llamar|marcar|telefonear)\b",
    # "¿podemos hablar por teléfono con alguien?", "¿una llamada con el equipo?": a call asked for
    (r"\b(?:hablar|platicar|conversar)\s+por\s+telefono\s+con\s+(?:alguien|una persona|el equipo|ustedes|alguno de ustedes)\b"
     r"|\b(?:hablar|platicar|conversar)\s+con\s+(?:alguien|una persona|el equipo|ustedes)\s+por\s+telefono\b"
     r"|\b(?:llamada|videollamada)\s+con\s+(?:alguien|una persona|el equipo|ustedes|alguno de ustedes)\b"),
    # "¿me podrían escribir del equipo de eventos?", "¿nos pueden contactar desde la secretaría?":
    # written to by a team of theirs (not "¿me puedes escribir la dirección?")
    (r"\b(?:me|nos)\s+(?:puede|pueden|podria|podrian|puedes|podrias)\s+(?:escribir|contactar|llamar)\s+"
     r"(?:alguien\s+)?(?:del?|desde\s+(?:el|la)|desde)\s+(?:su\s+|vuestro\s+|vuestra\s+)?"
     r"(?:equipo|secretaria|departamento|area|centro|oficina|gente|personal)\b"),
    # "le ruego que el responsable de habla hispana se ponga en contacto con nosotros", "que su
    # encargado de español nos llame": the one in charge, wished to get in touch with us
    (r"\bque\s+(?:el|la|los|las|su|sus|vuestro|vuestra|vuestros|vuestras|tu|tus|un|una|algun|alguna)\s+"
     r"(?:responsables?|encargad[oa]s?|representantes?|ejecutiv[oa]s?|coordinador(?:a|es)?|gerentes?|jef[ea]s?|contacto|persona|gente|equipo|personal)\b"
     r"[^.?!]{0,40}?\s+(?:(?:me|nos)\s+(?:ponga|pongan|comunique|comuniquen|contacte|contacten|llame|llamen|escriba|escriban|busque|busquen)\b"
     r"|se\s+(?:ponga|pongan|comunique|comuniquen|contacte|contacten)\s+(?:en contacto\s+)?con\s+(?:nosotr[oa]s|conmigo|nuestr[oa]s?|mi|mis)\b)"),
    # "¿podrían pedirle a su encargado de distribución que nos contacte?": the one in charge, asked
    # to get in touch with us
    (r"\b(?:responsables?|encargad[oa]s?|representantes?|ejecutiv[oa]s?|coordinador(?:a|es)?|gerentes?|jef[ea]s?|equipo|personal)\b"
     r"[^.?!]{0,40}?\bque\s+(?:me|nos)\s+(?:(?:ponga|pongan)\s+en\s+contacto|contacte|contacten|llame|llamen|escriba|escriban|busque|busquen)\b"),
    # "¿Podría alguien de vuestro equipo ponerse en contacto con nosotros?", "¿Podrían ponerse en
    # contacto conmigo desde su equipo?", "¿pueden contactarnos?": us contacted, in any person
    (r"\b(?:podria|podrian|puede|pueden|podeis|puedes|podrias|seria posible que|quisiera que|quisieramos que|me gustaria que|nos gustaria que)\s+"
     # (or of the team just named: "¿Podría alguien de ahí ponerse en contacto conmigo?"; fixD22)
     r"(?:(?:alguien|alguno|una persona)(?:\s+de\s+(?:(?:su|sus|vuestro|vuestra|tu|el|la|ese|esa)\s+\w+|ahi|alli|alla))?\s+)?"
     r"(?:(?:ponerse|se\s+ponga|se\s+pongan|comunicarse)(?:\s+en\s+contacto)?\s+(?:con\s+nosotr[oa]s|conmigo)"
     r"|contactar(?:me|nos)|escribir(?:me|nos)|llamar(?:me|nos))\b"),
    # "¿me llama alguien del área comercial?", "que me marque alguien"
    r"\b(?:me|nos)\s+(?:llama|llame|marca|marque|contacta|escribe)\s+(?:alguien|una persona|un asesor|alguno)\b",
    # ("¿hay alguien que nos haga el doblaje?" asks for a service, no person to talk to)
    r"\bhay alguien (?:con quien|que (?:me|nos)(?! (?:haga|hagan|hace|doble|doblen|subtitule|subtitulen|traduzca|traduzcan|alquile|rente|venda|preste)\b)|disponible)",
    r"\b(?:llamenme|llamame|marquenme|contactenme|contactame|escribanme)\b",
    # --- Chinese (no accents to fold; full-width punctuation does not matter) -----------------
    (r"人工(?:客服|服务|坐席|接待|回复|咨询|处理|沟通|对接)|转人工|转接人工|接人工|要人工|找人工|"
     r"请人工|人工吧|人工呢|人工[吗嘛]|(?:^|[\s，。！？!?,.])人工(?:$|[\s，。！？!?,.])|我要人工"),
    # ("能不能让真人来回答", "请真人来处理一下": a real person asked to take it; play30)
    # (or the team just named's: "找个那边的真人跟俺唠唠", "让中心的真人跟我聊")
    (r"(?:找|要|转|换|接)(?:个|一个|位)?(?:[^，。！？!?,.]{1,6}的)?真人|(?:让|请|叫|换)(?:个|一个|位)?(?:[^，。！？!?,.]{1,6}的)?真人(?:来)?(?:回答|回复|处理|接|跟|和|看|聊)|真人(?:客服|服务|回复|回答|聊|沟通|对接|接待)|是真人吗|有没有真人|"
     r"不是机器人|别用机器人|不要机器人"),
    # "请转秘书处工作人员对接", "转给负责的同事": put through to a named team's staff
    r"转(?:给|到|接)?\S{0,8}(?:工作人员|同事|负责人|对接人|专员|业务员|人工(?!费|成本))",
    # (同仁, the formal word for a colleague: "請安排貴團隊同仁與我聯繫")
    (r"(?:客服|工作人员|业务员|负责人|经理|专员|顾问|同事|同仁|对接人|联系人|商务)(?:联系|回复|回电|打电话|给我打|"
     r"给我们打|加我|找我|跟我|和我|与我|帮我看|帮我处理"
     # (the writer's company in its own formal words: "煩請安排貴方一位同仁與本公司聯繫"; para28)
     r"|(?:与|和|跟|同)(?:我方|本公司|我司|敝司|敝公司|本社|我社|敝社)(?:联系|联络|对接|沟通))"),
    (r"(?:联系|找|转|接通|转接|对接|请|让|安排|麻烦|跟|和|与)(?:一下|一位|个|位|一个)?"
     r"(?:你们的?|贵方的?|贵司的?)?(?:客服|人工|工作人员|业务员|负责人|经理|专员|顾问|商务|对接人|团队)"
     r"(?:聊|谈|沟通|联系|说|对接|吧|吗|可以|$|[\s，。！？!?,.])"),
    # "跟人聊聊" asks for a person; "到片场跟人聊不明白" (can't make ourselves understood) does not
    # ("能不能跟人当面谈", "想跟人具体聊聊这部": face to face, in detail, still a person)
    (r"(?:和|跟|与|同)(?:人|真人|你们的人|工作人员|负责人|客服)(?:当面|面对面|电话|直接|具体|详细|细|好好|深入)?"
     r"(?:聊|谈|沟通|说话|通话|对接|通个?电话)(?![^，。！？!?,.]{0,2}[不没])"),
    # (Cantonese 同 is 跟: "有冇人可以同我傾下檔期")
    r"(?:有没有|有)(?:人|工作人员|客服)(?:可以|能)?(?:回答|回复|接待|联系我|帮我|跟我|和我|同我|与我)",
    # "麻烦请真人跟我联络", "請專人聯絡我" (联络: the Taiwanese word for 联系)
    r"(?:让|请|麻烦|安排|叫)(?:人|真人|专人|你们的人|工作人员|客服|同事|负责人|那边的人|那里的人|他们的人|秘书处的人|中心的人)(?:给我|给我们|跟我|和我|联系|联络|回电|打电话)",
    r"(?:给我|给我们)(?:回个?电话|打个?电话|回电)",
    # "能打个电话吗", "可以电话沟通一下吗", "方便通个电话聊聊吗": a call with the team asked for
    (r"(?:^|[\s，。！？!?,.])(?:我们?|那)?(?:能|可以|能不能|可不可以|方便|能否|是否可以)(?:跟|和|与|同)?(?:你们|您|贵方)?(?:直接)?"
     r"(?:打个?电话|打通电话|通个?电话|电话(?:聊|沟通|联系|谈|对接|交流)|语音(?:通话|聊))"),
    # "安排商务的同事打个电话给我", "让负责的老师致电我们"
    (r"(?:同事|老师|负责人|工作人员|客服|商务|专人|对接人)[^，。！？!?,.]{0,4}"
     r"(?:打个?电话|回个?电话|致电|来电)(?:给我|给我们|我|我们)?"),
    r"(?:打个?电话|回个?电话)给(?:我|我们)",
    # "请问负责你们这边国际合作的同事能跟我聊一下吗": the one in charge of it, asked to talk
    (r"负责[^，。！？!?,.]{1,14}的(?:同事|人|老师|负责人|工作人员|专人)[^，。！？!?,.]{0,6}"
     r"(?:跟|和|与|同)(?:我|我们)(?:聊|谈|沟通|对接|联系|通话)"),
    # "找个人跟我对接一下", "派个人和我们聊聊", "安排一位同事跟进", "烦请安排专人跟进" (专人 reads
    # as 工作人员 once standard words are applied)
    # (or the one in charge of it: "找个负责这个的人跟我对接", "找一位管这块的同事和我们联系")
    # ("我想找人当面聊这个", "能找个人电话谈谈吗": face to face or by phone, still a person)
    (r"(?:找|派|安排|来)(?:个|一个|位|一位|名)?(?:人|专人|同事|工作人员|负责人|对接人|(?:负责|管|跟)[^，。！？!?,.]{0,8}的(?:人|同事|老师))(?:跟|和|与|同|给)?(?:我们|我|" + _ZH_US_FORMAL + r")?"
     # ("可以找个人跟我通电话吗", "找个同事给我打个电话": a call with a person, not the number)
     r"(?:当面|面对面|见面|线下|电话|直接)?(?:具体|详细|细|好好|深入|单独|进一步)?(?:对接|聊|谈|沟通|联系|跟进|通(?:个|一下|下)?电话|通话|打(?:个|一个|通)?电话)"),
    # "联盟那边有人能聊吗", "有没有人可以跟我们谈一下": is there someone who can talk with us
    r"有(?:没有)?人(?:能|可以)(?:跟|和|与|同)?(?:我|我们)?(?:聊|谈|沟通|对接)",
    # "我想搵人幫手睇下我哋個project" (read as 找人帮手看下): someone to help look at ours
    r"(?:想|能|可以|麻烦|请)找(?:个|一个|位|一位)?(?:人|同事|工作人员)(?:帮手|帮忙|帮我们?)(?:看|睇|过目)",
    # "想找个懂行的人聊聊", "找一位熟悉版权的同事细谈": someone who knows, to talk it over
    (r"找(?:个|一个|位|一位)[^，。！？!?,.]{1,8}的(?:人|同事|老师)(?:跟|和|与|给)?(?:我|我们)?"
     r"(?:当面|面对面|见面|电话|直接)?(?:具体|详细|细|好好|深入)?(?:对接|聊|谈|沟通|跟进)"),
    # "can I talk to someone about this in person", "I'd like to meet someone face to face",
    # "quiero hablar de esto en persona con alguien", "¿nos podemos reunir cara a cara con alguien?"
    (r"\b(?:meet|see|talk to|speak (?:to|with)|chat (?:to|with)|sit down with) (?:someone|somebody|a person|one of you|your team|one of your team)\b"
     r"[^.?!]{0,30}\b(?:in person|face to face|face-to-face)\b"),
    (r"\b(?:hablar|reunirme|reunirnos|verme|vernos|platicar|conversar)\b[^.?!]{0,25}\b(?:en persona|cara a cara|personalmente)\b"
     r"[^.?!]{0,20}\bcon (?:alguien|una persona|el equipo|alguno de ustedes)\b"
     r"|\b(?:hablar|reunirme|reunirnos|verme|vernos|platicar|conversar) con (?:alguien|una persona|el equipo|alguno de ustedes)\b"
     r"[^.?!]{0,25}\b(?:en persona|cara a cara|personalmente)\b"),
    # "帮我联系主办方的人", "替我们找一下发行那边的负责人"; the writer's company in a letter's words and
    # the person counted ("请为我社联系该团队的一位工作人员", "烦请为敝司联系中心的一位同事"; fixF27)
    (r"(?:帮我|帮我们|替我|替我们|给我|(?:帮|替|为|给)" + _ZH_US_FORMAL + r")(?:联系|找|接通|对接|联络)(?:一下|下)?"
     r"[^，。！？!?,.]{1,8}的(?:一位|一名|一个|位|名|个)?(?:人|负责人|同事|老师|工作人员)"),
    r"专人(?:联系|对接|服务|跟进|回复)",
    # "我想直接跟秘书处的人聊", "和发行那边的负责人谈谈"
    (r"(?:想|要|希望|能不能|可不可以|可以|能)(?:直接)?(?:跟|和|与|同)[^，。！？!?,.]{1,10}的(?:人|负责人|同事|老师|工作人员|对接人)"
     r"(?:直接)?(?:聊|谈|沟通|说|讲|对接|通话|通电话)(?!的)"),
    # "幫我轉" (put me through) closing a message; "帮我联系个人问问档期" (a person, not a team named)
    r"(?:帮我|帮我们|替我|麻烦)转(?:一下|下|过去|接)?(?=$|[吧呗呀啊嘛，。！？!?,.\s])",
    # "帮我转接他们吧", "麻烦接通那边": put through to the team just named
    (r"(?:帮我|帮我们|替我|替我们|麻烦|请)(?:你)?(?:转接|接通|转)(?:给|到)?(?:一下|下)?(?:他们|她们|他|她|那边|对方|这个部门|该部门|这位|那位)"
     r"(?:一下|下)?(?=$|[吧呗呀啊嘛，。！？!?,.\s])"),
    r"(?:帮我|帮我们|替我|替我们|给我)(?:联系|找)(?:一下|下)?(?:个|一个|位|一位)(?:人|同事|工作人员|负责人|专人)",
    # "帮我转国际业务部的人工": put through to a named team's person ("他们那边的人～": any mark or
    # emoji may close it; the possessive in the south's words too: Teochew "伊兜个人", Cantonese "佢哋嘅人")
    (r"(?:转(?!发给|发一下|发到|发了|发过)|转接|(?<!直)(?<!迎)(?<!承)接(?!下|着|受|待|收|近|触))(?:到|给)?[^，。！？!?,.]{1,16}"
     r"(?:的|嘅|(?<=[们們哋兜边])个)(?:人工|真人|工作人员|负责人|人(?=$|[嘛吗呢吧呗呀啊哈啦喇嘞咯哦喔噢]|[^\u3400-\u9fff]))"),
    # "帮我约一下中心的人当面聊": a meeting with a named team's person
    (r"约(?:一下|下|个时间)?(?:跟|和|与)?[^，。！？!?,.]{1,10}的(?:人|负责人|同事|老师|工作人员|对接人)"
     r"(?:当面|见面|线上|电话)?(?:聊|谈|沟通|见|对接)"),
    # "请帮我转给负责的人", "交给负责的同事吧", "转到工作人员那边" (Traditional is read as Simplified)
    (r"(?:转给|转接给|转交给|交给|转到|转去|转介给)[^，。！？!?,.]{0,6}"
     r"(?:负责的?人|负责人|负责的同事|同事|工作人员|真人|人工|窗口|对接人|联系人)"),
    # "帮我转一下负责的同事", "联系一下负责这部剧的同事" (added by the dialogue helper)
    (r"(?:转|联系|找|接通|转接|对接)(?:一下|下)?(?:这部剧|这部|这个项目|这个|该剧|此剧)?的?(?:负责|跟进|对接)?"
     r"(?:这部剧|这部|这个项目|这个|该剧|此剧)?的?(?:同事|老师|窗口|负责人)"),
    # --- Cantonese (read as Simplified: 搵 → 揾, 傾 → 倾): "我想搵真人傾下", "可唔可以同你哋同事講" --
    r"(?:揾|搵)(?:个|個|位)?真人|(?:揾|搵)(?:个|個|位)?(?:人|你哋嘅?人|同事|职员|職員|负责人|負責人|客服)(?:倾|傾|讲|講|谈|談|聊|跟进|跟進)",
    r"(?:同|跟)(?:真人|你哋嘅?人|你哋同事|同事|职员|職員|负责人|負責人|客服)(?:倾|傾|讲|講|谈|談)",
    r"真人(?:倾|傾|讲|講|答|回覆|回复)|有冇真人|叫(?:个|個)?(?:人|同事)(?:打|覆|回)(?:电话|電話|我)",
    # --- Korean -------------------------------------------------------------------------------
    r"상담원|상담사|상담직원|상담 ?직원|고객센터 ?연결|직원 ?연결",
    (r"(?:사람|실제 사람|진짜 사람|직원|직원분|담당자|담당자분|담당자님|담당 ?직원|매니저|매니저님|"
     r"관계자|관계자분|팀원|팀원분|실무자|책임자|영업 ?담당|"
     # "사무국 분이랑", "센터 직원하고": a person of a named team
     r"(?:사무국|센터|부서|팀|사무실|본부|사업부|업무부) ?(?:분|사람|직원|담당자)|"
     # "이 작품 담당하는 분이랑", "사무국 사람하고": the one in charge of it
     r"(?:담당하시는|담당하는|담당하신|맡고 있는|맡고 계신|맡으신|맡으시는|맡은|책임지시는|책임지는|운영하는) ?분)"
     r"(?:이랑|랑|과|와|하고|한테|에게|께|분과|분께|님과|님께|님한테|분이랑|님이랑|을|를|이|가|분|님)?\s*"
     # "담당자 연락처 알려줘" asks for the contact details (연락처), not to be put through
     r"(?:좀\s*)?(?:(?:직접|따로|자세히|더|한번|한 번|바로|곧바로|빨리|얼른|좀)\s*)?(?:연결|통화|얘기|이야기|대화|상담|상의|논의|의논|협의|바꿔|전화|연락(?!처)|부탁|만나|문의|컨택|커뮤니케이션"
     # "사무국 사람하고 직접 말하고 싶습니다", "담당자분과 말씀 나누고 싶습니다", "담당자분과 직접
     # 미팅을 요청드립니다" (a meeting with the person in charge)
     r"|말하|말씀|미팅|면담|대면)"),
    r"(?:사람|직원|담당자)(?:이|가)?\s*(?:답|답변|응대)(?:해|해\s*주|해주|을|를)",
    r"(?:전화|통화)\s*(?:상담|연결|부탁|주실|주세요|해\s*주|해주|가능|좀|받고|드리고|요청)",
    # a call given to the partner, in any register ("전화 한 통 주이소", "연락 한번 주라", "전화 좀 줘",
    # "전화 한 통 주십시오"): asked to be called
    (r"(?:전화|연락|회신|콜백)\s*(?:을|를)?\s*(?:좀\s*)?(?:한\s*(?:통|번)\s*)?(?:좀\s*)?"
     r"(?:주세요|주이소|주소|주십시오|주십쇼|주시오|주쇼|줘|주라(?!고)|주게|주입시더|주이|주실래|줄래|주시겠|주셨으면|주면\s*좋)"),
    # "전화로 얘기할 수 있을까요?", "전화상으로 상의 좀 할 수 있나요": a call with the team asked for
    r"(?:전화|통화|유선)(?:로|상으로|으로)\s*(?:좀\s*)?(?:(?:직접|잠깐|잠시|한번|한 번|간단히)\s*)?(?:얘기|이야기|말씀|상담|상의|대화|논의|협의|소통|통화)",
    # (the plain speech too: "그 센터 사람이 나한테 전화 한 통 줄 수 있을랑가요?")
    (r"(?:누가|누군가|아무나|사람이|직원이|담당자가)\s*(?:저한테|저에게|제게|저희한테|저희에게|나한테|나에게|내게|우리한테|우리에게)?\s*"
     # (not "누가 연락해 보라고 해서요": someone told the partner to call, no call asked for)
     r"(?:좀\s*)?(?:전화|연락|답|회신)(?!\s*(?:해\s*)?(?:보라|하라|보래|하래|드려\s*보라|드리라))"),
    # "담당 부서에서 연락 좀 주실 수 있나요?"
    r"(?:연락|회신|콜백)\s*(?:좀\s*)?(?:주실|주세요|부탁|받고|해\s*주|해주|바랍니다|줄\s*수|주시겠)",
    r"봇\s*말고|로봇\s*말고|기계\s*말고|챗봇\s*말고|사람\s*(?:좀\s*)?바꿔",
    # "그 얘기는 사람이랑 직접 하고 싶은디": with a person, directly
    r"(?:사람|담당자|직원)(?:이랑|하고|과|와)\s*직접",
    # "이 작품 얘기 좀 사람이랑 나누고 싶어요": a talk shared with a person
    r"(?:사람|담당자|담당자분|직원|직원분)(?:이랑|하고|과|와)\s*(?:(?:얘기|이야기|대화|말씀)(?:를|을)?\s*)?나누",
    # "link me with someone at that secretariat", "get me someone from international business"
    rf"\blink\s+(?:me|us)\s+(?:up\s+)?(?:to|with)\s+{_EN_WHO}",
    r"\bget\s+(?:me|us)\s+(?:someone|somebody|a person|a human|a real person)\b",
    # "帮我联系Mary Lynn工作室的人，我想直接谈": the people of a team, to talk to directly
    # (Hokkien "阮" is "we", "欲" "want": "請幫阮聯絡…，阮欲直接佮伊講")
    (r"(?:帮|替|给)(?:我|我们|阮)(?:联系|联络|找)[^，,。？?！!]{0,16}(?:的人|负责人|工作人员|同事)"
     r"|(?:我|我们|阮)(?:想|欲)(?:跟|和|佮)?[^，,。？?]{0,8}直接(?:谈|聊|沟通|对接|讲|说)"),
    # a named team's people asked to call: "让Dalynn那边的人直接联系我", "请秘书处的同事尽快回电",
    # or sought out to talk: "俺想找竖屏短剧运营中心的人直接聊", "我要找国际业务部的负责人谈"
    # ("我想请相关人员与我联系": the staff concerned, 相关人员; fixD22)
    (r"(?:让|请|麻烦|叫)[^，,。？?！!]{1,16}(?:的人|那边|负责人|同事|同志|工作人员|人员|老师)(?:直接|尽快|马上|赶紧)?"
     # ("可以請那個中心的人打給我嗎": the call itself, 打给)
     r"(?:联系|联络|打电话给|打个电话给|打给|回电话给|回个电话给|致电|回电|对接|找)(?:一下)?(?:我|我们|俺|俺们)"
     # "烦请秘书处的同志与我联系", "请中心那边尽快跟我们联系一下": with me, the contact made
     r"|(?<!请问)(?:让|请|麻烦|叫|安排)[^，,。？?！!]{1,16}(?:的人|那边|负责人|同事|同志|工作人员|人员|老师|专人)(?:直接|尽快|马上|赶紧)?"
     # (鄙司, 敝司, 敝方: "our company" in a formal letter's words)
     r"(?:与|跟|和|同|给)(?:我|我们|俺|俺们|敝人|鄙人|鄙|敝)(?:单位|方|司|公司|团队|们公司|们单位|们团队)?(?:直接|尽快)?(?:联系|联络|打个?电话|回个?电话|致电|对接)"
     r"|(?<!怎么)(?<!如何)(?<!去)找[^，,。？?！!]{1,16}的(?:人|负责人|同事|工作人员|老师|对接人)(?:直接|当面|具体|详细)?(?:聊|谈|沟通|对接|说)"),
    # written to by a named team: "행사팀에서 메일 좀 주실 수 있나요?", "希望活动团队的人给我发邮件"
    (r"(?:팀|사무국|센터|부서|본부|사업부)(?:에서|쪽에서)\s*(?:저한테\s*|저에게\s*|제게\s*)?(?:좀\s*)?(?:메일|이메일)(?:을|를)?\s*(?:좀\s*)?"
     r"(?:주실|주세요|주시면|주셨으면|보내\s*주(?:세요|실|시면|셨으면)|부탁)"
     r"|(?:团队|那边|部门|秘书处|中心|部)的?(?:人|同事|负责人|工作人员)?(?:能不能|可不可以|能|可以)?(?:给|跟|和)(?:我|我们)(?:发|写)(?:个|封|一封)?(?:邮件|电邮|消息|信)"),
    # "국제사업팀 분이 저한테 연락 주시면 좋겠어요": a call back wished for
    # ("센터에서 저한테 전화 한번 주라고 해 주세요": asked to tell them to call me)
    (r"(?:저한테|저에게|제게|저희한테|저희에게|나한테|나에게|내게|우리한테|우리에게)\s*(?:좀\s*)?(?:직접\s*)?(?:연락|전화|회신)(?:을|를)?\s*(?:좀\s*)?(?:한\s*(?:번|통)\s*)?(?:주시면|해 주시면|해주시면|주셨으면|해 주셨으면"
     r"|주라고|달라고|해\s*달라고|하라고|주시라고|주실\s*수|줄\s*수|해\s*줄\s*수|주면|해\s*주면)"),
    # "스페인어 담당자분이 저희 쪽에 연락 주시도록 부탁드립니다": a call to our side, asked for
    (r"(?:저희|저|우리)(?: ?쪽| ?회사| ?측| ?사무실)?(?:에|에게|한테|으로|로)\s*(?:좀\s*)?(?:직접\s*)?(?:연락|전화|회신)(?:을|를)?\s*(?:좀\s*)?"
     r"(?:주시도록|해\s*주시도록|주도록|하도록|주시게|주실\s*수\s*있도록|주시기\s*바랍|해\s*주시기\s*바랍|주시길|해\s*주시길)"),
    # "사무국 담당자분께서 연락 주시면 감사하겠습니다": a call back wished for, politely
    (r"(?:연락|전화|회신|콜백)(?:을|를)?\s*(?:좀\s*)?(?:한\s*번\s*)?(?:주시면|해\s*주시면|주셨으면|해\s*주셨으면|주시길|해\s*주시길)"
     r"\s*(?:정말\s*|대단히\s*|너무\s*|매우\s*)?(?:감사|좋겠|고맙|바랍|부탁)"),
    # a person who speaks the partner's language, wished for: "혹시 한국어 가능한 담당자 있으면 좋겠어요",
    # "we'd like someone who speaks Korean", "necesito a alguien que hable español", "希望安排会说韩语的工作人员"
    (r"(?:[가-힣]{1,5}어|한국말|중국말) ?(?:가능한|가능하신|되는|되시는|하는|하시는|잘하는|통하는) ?(?:담당자|직원|분|사람|상담원|매니저)(?:분|님)?(?:이|가|을|를)? ?"
     r"(?:있으면 좋겠|있었으면|계시면 좋겠|계셨으면|연결|부탁|배정|붙여|바꿔|원해|필요)"
     r"|\b(?:need|want|would like|'d like|prefer|get me|get us|assign|find me|find us)\s+(?:a |an )?(?:someone|somebody|person|contact|agent|rep|staff member|manager)\s+(?:who|that)\s+(?:speaks|can speak|talks)\b"
     r"|\b(?:need|want|would like|'d like|prefer|get me|get us|assign)\s+(?:a |an )?(?:korean|spanish|chinese|english|mandarin)[- ]speaking\s+(?:person|contact|agent|rep|staff|manager|someone|colleague)"
     r"|\b(?:quisiera|quiero|queremos|necesito|necesitamos|me gustaria|nos gustaria|prefiero|preferimos|pasame con|pasenme con|ojala haya)\s+(?:hablar con\s+)?(?:a\s+)?(?:alguien|una persona|un asesor|una asesora|un contacto|un encargado|una encargada|un ejecutivo|una ejecutiva)\s+que\s+hable\b"
     r"|(?:想|希望|需要|麻烦|请|帮我|能不能)(?:找|安排|对接|联系|派)?(?:一个|一位|个|位)?(?:会说|会讲|懂|能说|说)(?:[\u4e00-\u9fff]{1,3}(?:语|文|话))的(?:工作人员|人|同事|负责人|客服|对接人|老师)"),
    # a meeting or a call with a person or team of ours, asked to be set up: "set up a call with
    # whoever runs short dramas", "¿me agendas una reunión con el de microdramas?", "帮我约一下你们
    # 负责短剧的领导", "숏드라마 담당 임원분이랑 미팅 잡아주세요" (not with the bot: "can we meet you?",
    # whose calendar is no one's to tell, stays the meeting gap)
    (r"\b(?:set up|schedule|arrange|book|organi[sz]e|line up|fix up)\s+(?:me |us )?(?:a |an )?(?:quick |short |video |zoom |phone |face-to-face |in-person )?"
     r"(?:call|meeting|chat|video ?call|zoom|sit-down)\s+(?:for (?:me|us) )?with\s+(?!you\b|u\b|ya\b|the bot\b)\w"
     r"|\b(?:agendas|agendan|agenda|agendame|agendanos|programas|programame|coordinas|coordiname|coordinan|armas|armame|organizas|organizame"
     r"|consigues|consigueme|agendar(?:me|nos)?|programar(?:me|nos)?|coordinar(?:me|nos)?|armar(?:me|nos)?|organizar(?:me|nos)?|concertar(?:me|nos)?)"
     r" (?:una|la|un) (?:reunion|llamada|videollamada|cita|encuentro|call|meeting) con (?!ustedes\b|usted\b|vos\b|vosotros\b|el bot\b|nosotros\b)\w"
     r"|(?:帮|替|给)(?:我|我们)?(?:约|安排|预约)(?:一下|下|个)?(?!你们?吗|您吗)[^，。？！?!,.]{0,16}?(?:领导|负责人|负责的人|经理|主任|老总|总监|老师|同事|团队|中心|的人)"
     r"|(?:跟|和|与|同)(?!你|您|机器)[^，。？！?!,.]{1,16}?(?:约|安排)(?:个|一个|一下)?(?:会|会议|见面|面谈|电话|视频)"
     r"|(?:이랑|랑|하고|와|과|님과|님이랑|분이랑|분과|분하고)\s*(?:미팅|회의|통화|만남|면담|약속|자리)(?:을|를)?\s*(?:좀\s*)?(?:잡아|잡을|주선|마련|만들어|부탁|잡고)"),
    # "could your Dalynn team get in touch with me", "please have the secretariat contact us"
    # ("please arrange for your Spanish-language lead to get in touch with us": a person in charge)
    (r"\b(?:have|get|ask|arrange for)\s+(?:your\s+|the\s+)?(?:[\w-]+\s+){1,3}(?:team|office|department|secretariat|studio|center|centre|desk"
     r"|lead|head|person|people|folks|manager|rep|representative|contact|colleague|staff|coordinator)\s+"
     r"(?:to\s+)?(?:call|contact|email|e-mail|reach|get back to|write to|get in touch with)\s+(?:me|us)\b"),
    # someone of theirs asked to be arranged to talk with us: "请安排中心的同事直接跟我们对一下",
    # "麻烦让秘书处的负责人和我们联系", "叫你们国际部的人同我们沟通下" (not "安排我们去看景")
    (r"(?:安排|让|叫|请|派)[^，。？！?!,.]{0,12}?(?:同志|同事|负责人|工作人员|对接人|专人|老师|经理|的人)(?:们)?(?:直接|尽快|马上)?"
     r"(?:跟|和|与|同)(?:我|我们|我方|敝人|鄙人|咱们)(?:直接|尽快|马上)?(?:对接|对一下|对下|联系|联络|沟通|聊|谈|碰|接洽|通话|通个电话)"),
]
_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE | re.MULTILINE)

# Look-alikes that must never count, removed before matching: film and industry terms.
_NOT_FOR_PEOPLE = re.compile(
    r"sales agents?|talent agents?|casting agents?|travel agents?|agente?s? de ventas|"
    r"agentes? de viaj\w*|human resources|recursos humanos|people work|personas? trabaj\w*|"
    r"真人秀|真人版|真人电影|真人短剧|真人剧|人工智能|人工湖|人工降雨|人工成本|人工费|"
    r"인공지능|상담료|상담 ?시간|상담 ?비용|"
    # a call of the partner's own, told as the reason for the question ("이따 크로아티아 팀이랑 통화하는데
    # HISDA가 뭔지 설명해야 해서요", "바이어랑 미팅하기 전에"): nobody asked to be put through
    r"(?:이랑|랑|하고|와|과) (?:통화|미팅|회의|화상 ?회의|콜)(?:를|을|이|가)? ?(?:하는데|하는 ?중|하기 ?전에?|할 ?때|해야 ?(?:하|돼|되)|있는데|있어서|잡혀)|"
    # local staff hired for the shoot ("帮我们找翻译跟当地工作人员", "현지 스태프 구해 줄 수 있어요?"):
    # an on-site service, nobody put through
    r"(?:当地|本地|當地)的?(?:工作人员|工作人員|剧组人员|劇組人員|技术人员|人手)|"
    r"\blocal (?:staff|crew|hands|technicians)\b|\b(?:personal|equipo|tecnicos) local(?:es)?\b|현지 ?(?:스태프|인력|크루)|"
    # someone provided to do a job on the shoot ("¿nos ponen a alguien q traduzca?", "can you put someone on
    # to interpret?"): an on-site service, nobody put through (fixC22)
    r"\b(?:alguien|una persona|un[ao]? chic[oa]|un muchacho|una muchacha) (?:que|q|k) (?:traduzca|traduzcan|interprete|interpreten|nos traduzca|nos interprete|hable chino|sepa chino)\b|"
    r"\b(?:someone|somebody|a person|anyone|anybody) (?:who'?d|who would|who can|who could|to|that can|that could) (?:interpret|translate)\b|"
    # someone there on set to help the crew understand ("is there anyone on set to help us understand?",
    # "¿hay alguien en el rodaje que nos ayude a entender?", "现场有没有人帮我们翻译", "현장에 통역해 줄
    # 사람 있어요?"): the languages spoken on site, nobody put through
    r"\b(?:someone|somebody|a person|anyone|anybody) (?:(?:there |over there )?on (?:the )?(?:set|site|location|shoot|ground)|at the (?:set|shoot)) "
    r"(?:who (?:can|could|would) |to |that (?:can|could) )(?:help (?:us |me |them )?(?:understand|communicate|follow|talk)|interpret|translate)\b|"
    r"\balguien (?:en el (?:set|rodaje|plato|lugar)|en la (?:filmacion|grabacion)|alla|alli|ahi) (?:que|q) (?:nos |me |les )?(?:ayude[ns]? a (?:entender|comunicar)\w*|traduzca[ns]?|interprete[ns]?)\b|"
    r"(?:现场|片场|剧组里|現場|到时候|到時候|那边|那邊)?(?:有没有|有冇|有)(?:人|谁)(?:能|可以|会)?(?:帮(?:忙|我们|我們)?)?(?:翻译|翻譯|沟通|溝通|传话)|"
    r"(?:현장|촬영장|세트장)(?:에|에서)? ?(?:통역(?:해 ?줄|해 ?주실|할)|(?:말|소통)(?:을)? ?도와 ?(?:줄|주실)|도와 ?(?:줄|주실)) ?(?:사람|분)|"
    # how to reach someone, asked: their details, no one put through ("要怎么再联系她", "如何跟秘书处
    # 联络", "사무국 담당자한테 연락하고 싶은데 어디로 하면 돼요?", "how can I get in touch with
    # Mary Lynn?", "¿cómo me comunico con la secretaría?", "¿a dónde le escribo al encargado?")
    r"(?:怎么|怎样|如何|咋|怎么样)(?:才能|才可以|能|可以|再|重新|去|又)*[^，。？！?!,.]{0,12}?(?:联系|联络)(?:上|到)?|"
    r"(?:연락|컨택|문의)(?:을|를)? ?(?:하고 ?싶은데|하려면|드리려면|드리고 ?싶은데|하고 ?싶으면|하면)[^.?!]{0,12}?(?:어디로|어디에|어떻게|어디)|"
    r"\bhow (?:do|can|could|should|would) (?:i|we) (?:best )?(?:contact|reach|get in touch with|get hold of|write to|call)\b|"
    r"\bwhere (?:do|can|should|would) (?:i|we) (?:write|send|call|email|e-mail|contact)\b|"
    r"\b(?:como|por donde|por que medio) (?:me |nos |le |les )?(?:puedo |podemos |podria |hago para )?(?:contacto|contactamos|contactar(?:le|la|lo|los|las|me)?|comunico|comunicamos|comunicar(?:me|nos)?|localizo|localizar(?:le|la|lo)?|ubico|ubicar(?:le|la|lo)?|escribo|escribir(?:le|les)?)\b|"
    r"\b(?:a donde|adonde|donde) (?:le |les )?(?:escribo|escribimos|llamo|llamamos|mando|mandamos|envio|enviamos)\b|"
    # "週六有人回覆嗎", "周末有没有人回复": whether anyone answers on a day is the team's hours
    r"(?:周末|週末|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|禮拜[一二三四五六日天]|节假日|假期|晚上)(?:也|还)?(?:会)?(?:有没有人|有人)|"
    # "几点到几点有人回复", "幾點有人接電話": at what hours anyone answers, the team's hours
    r"(?:几点|幾點)(?:到(?:几点|幾點))?(?:都|才|会|會)?(?:有没有人|有人)|"
    # "이틀 전에 연락 주세요": a reminder before an event, not a call from staff
    r"(?:하루|이틀|사흘|일주일|한 ?주|전날|\d+ ?(?:일|시간|분)) ?전(?:에|날)?\s*(?:에\s*)?(?:연락|문자|메시지)|"
    # "in which language can we talk with the staff?", "¿en qué idioma hablamos con el personal?",
    # "用什么语言跟工作人员沟通", "직원들이랑 무슨 언어로 얘기해요?": the language asked, no one asked for
    r"\b(?:in |en )?(?:which|what|que|cual) (?:languages?|idiomas?|lenguas?)\b[^.?!¿]{0,60}|"
    r"(?:跟|和|与|同)?[^。？?！!，,]{0,8}(?:用|说|讲|以)(?:什么|哪种|哪个|哪一种|啥)(?:语言|语)[^。？?！!]{0,20}|(?:직원|스태프|현장|담당자)\S{0,4} [^.?!]{0,10}?(?=(?:무슨|어떤|어느) ?(?:언어|말))|(?:무슨|어떤|어느) ?(?:언어|말)(?:로|를)?[^.?!]{0,30}",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)  # asks_for_person and asks_to_connect fold the same message
def _fold(text: str) -> str:
    # Strip accents (asesoría → asesoria, pásame → pasame), then recompose: NFD splits Hangul
    # into jamo. Curly apostrophes become straight ones ("I’d like an agent"). Traditional
    # characters become Simplified, the script the Chinese patterns are written in: "能幫我轉人工嗎"
    # asks what "能帮我转人工吗" asks.
    decomposed = unicodedata.normalize("NFKD", to_simplified(text)[0])
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).lower().replace("’", "'").replace("‘", "'")


# "Connect me", "can you put me in touch?", "¿me pones en contacto?", "帮我对接一下", "연결해 주세요": a
# request to be put through that names nobody. Right after the bot named a contact it means that
# contact (the router decides); alone it says too little to hand anyone over.
_CONNECT = re.compile(
    r"\b(?:connect|patch|loop) (?:me|us)(?: (?:through|in|up|directly|in touch))?\b(?! (?:to|with) (?:the )?(?:list|menu|catalog))"
    # "link me with them", "link us up with the secretariat" (not "link me to the trailer")
    r"|\blink (?:me|us) (?:up )?(?:directly )?(?:with|to) (?!(?:the |your |a )?(?:list|menu|catalog\w*|page|site|website|web|trailer|video|file|pdf|form|doc\w*)\b)"
    # "hook me up with her directly": put through to the one just named (not "hook me up with
    # some titles")
    r"|\bhook (?:me|us) up (?:directly )?with (?:her|him|them|that (?:person|team|office|lady|guy|studio)|whoever)\b"
    # "hook me up with the Dalynn folks directly": the people of a team named
    r"|\bhook (?:me|us) up (?:directly )?with (?:the |your )?[^.?!]{1,30}?\b(?:folks|people|team|guys|office|staff)\b"
    r"|\b(?:put|get) (?:me|us) in touch\b|\bput (?:me|us) through(?: to (?:them|him|her|that team|that office))?\b"
    # "pásame con la secretaría", "comunícame con el centro de microdramas": a team named
    # ("pasadme con vuestro departamento de negocios internacionales": vosotros, a team of yours)
    r"|\b(?:me |nos )?(?:pasame|pasenme|paseme|pasanos|pasas|comunicame|comuniqueme|comuniquenme|comunicas|conectame|conectenme|conectas"
    r"|pasadme|pasadnos|comunicadme|comunicadnos|conectadme|conectadnos) con (?:la|el|los|las|vuestro|vuestra|vuestros|su|sus|tu) (?!lista|menu|catalogo|info|informacion|precio|siguiente|otr[oa]s?\b)\w"
    r"|\b(?:comunicame|comuniqueme|comuniquenme|pasame|paseme|pasenme|ponme|conectame) con (?:ellos|ellas|el|ella|esa gente|ese equipo)\b|\bmake (?:an?|the) intro(?:duction)?\b|\bintroduce (?:me|us) to (?:them|him|her)\b"
    r"|\b(?:conectame|conectanos|conectenme|ponme en contacto|ponnos en contacto|poner(?:me|nos) en contacto|contactarme con|contactame con)\b"
    # usted and ustedes, voseo and vosotros: "póngame en contacto", "pónganos en contacto", "poneme en contacto"
    r"|\b(?:pongame|ponganme|pongannos|ponganos|poneme|ponenos|ponedme|ponednos|conecteme|conectenos|conectennos) (?:en contacto|con)\b"
    # a wish in the past subjunctive: "le agradecería que me pusiera en contacto con la secretaría",
    # "¿sería posible que nos comunicaran con el estudio?"
    r"|\b(?:me|nos) (?:pusiera|pusieran|pusiese|pusiesen) en contacto\b"
    r"|\b(?:me|nos) (?:comunicara|comunicaran|comunicase|pasara|pasaran|pasase|conectara|conectaran|conectase) con (?!ustedes\b|usted\b|vos\b|el bot\b)\w"
    r"|\b(?:me|nos) (?:puedes|podes|podrias|pueden|podrian|puede|podria|podra|podran) (?:poner en contacto|conectar|contactar|comunicar|pasar con)"
    r"|\b(?:me|nos) (?:pones|pone|ponen|pasas|conectas|comunicas) (?:en contacto|con (?:ellos|ellas|el|ella|esa persona|ese equipo))"
    # "¿me comunicas con Mary Lynn?", "nos conectan con el centro": put through to whoever is named
    r"|\b(?:me|nos) (?:comunicas|comunican|comunica|conectas|conectan|conecta) con (?!ustedes\b|usted\b|vos\b|el bot\b)\w"
    # "pásame directamente con Mary Lynn", "comunícame directo con el centro"
    r"|\b(?:pasame|pasenme|paseme|comunicame|comuniquenme|conectame|conectenme|ponme|ponganme) (?:directamente|directo) con (?!ustedes\b|usted\b|vos\b|el bot\b)\w"
    # "pásame con Mary Lynn en persona", "comunícame con ella misma": the person herself
    r"|\b(?:pasame|pasenme|paseme|comunicame|comuniquenme|conectame|conectenme|ponme|ponganme) con (?!ustedes\b|usted\b|vos\b|el bot\b)[^.?!]{1,30}\b(?:en persona|personalmente|mism[ao]s?)\b"
    # "帮我联系Mary Lynn", "幫我聯絡秘書處": put through to whoever is named (not its details: 联系方式)
    # ("麻烦帮我直接联系Mary Lynn本人", "替我马上联络秘书处": an adverb between the two)
    r"|(?:帮|替)(?:我|我们)(?:直接|马上|尽快|赶紧|立刻)?(?:去)?(?:联系|联络|connect ?)(?:一下|下)?(?!方式|电话|邮箱|地址)(?=\S)"
    # the person herself reached: "联系Mary Lynn本人", "找她本人", "让她本人联系我"
    # (not "怎么联系她本人", how to reach her: her details)
    r"|(?<!怎么)(?<!怎样)(?<!如何)(?<!能否)(?:联系|联络|找|对接)[^，。？！?!,.的]{1,20}本人(?!的)"
    r"|\b(?:contact|reach|reach out to|get hold of|get in touch with) (?!you\b|u\b)[^.?!]{1,30}\b(?:herself|himself|themselves|personally|for (?:me|us))\b"
    r"|\b(?:contacta|contacten|contacte|contactame|contactanos)(?:le|la|lo)? (?:a|con) (?!ustedes\b|usted\b)[^.?!]{1,30}\b(?:por (?:mi|nosotros)|en persona|directamente)\b"
    r"|(?:본인|직접)(?:한테|에게|께)?[^.?!]{0,12}연락(?:해|좀|을 ?해|드려) ?(?:주세요|줘|주실|주시|주셨으면)"
    # "帮我转Mary Lynn", "帮我转接秘书处" (not 转发 forward, 转告 pass on, 转账 pay, 转成 convert)
    # ("帮我转你们国际业务部": the team said as yours)
    r"|(?:帮|替|为|给)(?:我|我们|敝人)转(?:接|给|到)?(?:一下|下)?(?:你们|您们)?(?=[A-Za-z]|秘书处|中心|工作室|国际业务|联盟|贵)"
    # "烦请转接秘书处", "麻烦您转接一下中心", "请为我转接…": 转接 is putting a call through, whoever follows
    r"|(?:烦请|麻烦|请|劳驾|拜托)(?:您|你)?(?:帮|替|为|给)?(?:我|我们|敝人)?转接(?:一下|下)?(?=\S)"
    # the call put through said with 接 alone: "帮我接一下Dalynn Studio", "请为我接通周奉来团队",
    # "给我们连线秘书处" (not "接下来" next, "接受" accept, "连线方式")
    r"|(?:帮|替|为|给)(?:我|我们|敝人)(?:接通|接一下|接个|连线|连一下)(?:一下)?(?!来|方式|电话号|号码)(?=\S)"
    # 接 alone before whom: "可以帮我接Dalynn Studio的人吗", "帮我接秘书处" (a name or a team of ours follows)
    r"|(?:帮|替|为|给)(?:我|我们|敝人)接(?=\s*[A-Za-z]|秘书处|中心|工作室|国际业务|联盟|贵|你们|运营中心|负责)"
    # the formal usted's subjunctive: "le encargo que me comunique con la secretaría", "le pido que
    # nos pase con el centro", "¿sería tan amable de comunicarme con el estudio?"
    r"|\b(?:me|nos) (?:comunique|comuniquen|pase|pasen|conecte|conecten|transfiera|transfieran|contacte|contacten) con (?!ustedes\b|usted\b|vos\b|el bot\b)\w"
    r"|\b(?:me|nos) (?:ponga|pongan) en contacto\b(?! con (?:ustedes|usted)\b)|\b(?:de|a) (?:comunicarme|comunicarnos|conectarme|conectarnos) con (?!ustedes\b|usted\b|vos\b|el bot\b)\w"
    # ("怎么联系他们" asks how to reach them: their details or who introduces them, no hand-off)
    r"|(?:协助|帮助|帮忙|帮|替|为)(?:我|我们|俺们|敝人)(?:单位|方|司|公司|团队|们公司|们单位)?(?:直接|尽快)?(?:与|跟|和|同)(?!你|您|机器)"
    r"(?:其|他|她|他们|她们|对方|该方|该单位|该公司|该团队|[^，。？！?!,.]{1,12}?)(?:直接|尽快)?(?:取得)?(?:联系|联络|对接|沟通|接洽)(?!方式|电话|邮箱|地址)"
    # a group chat opened with them ("帮我跟他们拉个群直接聊", "给我们建个群吧", "跟那边拉个微信群"):
    # put through to the team just spoken of
    r"|(?:帮|替|给)(?:我|我们)[^，。？！?!,.]{0,10}?(?:拉|建|开)(?:个|一个)?(?:微信|工作|聊天|对接)?群"
    r"|(?:跟|和|与|同)(?:他们|她们|他|她|对方|那边|那位|中心|秘书处|工作室)[^，。？！?!,.]{0,6}?(?:拉|建)(?:个|一个)?(?:微信|工作|聊天|对接)?群"
    r"|帮(?:我|我们|忙)?(?:对接|牵线|引荐|接通)|给(?:我|我们)(?:对接|牵线|引荐)|(?<!怎么)(?<!怎样)(?<!如何)(?<!咋)(?<!要怎么)(?<!去)(?<!叫我)(?<!让我)(?:直接)?(?:联系|对接)(?:佢|他|她)(?:哋|们)?|对接一下|牵个线|搭个线"
    r"|연결 ?(?:해|시켜|부탁|좀|을 ?부탁|[ㄱᄀ]+(?!\S)|고고|plz|pls)|이어 ?(?:주세요|줘|주실)|연락(?:이|을)? ?(?:좀 |쫌 |꼭 )?닿(?:게|도록)"
    # "帮我转给她吧", "那就转给他们": put through to whoever was just named (a pronoun for them)
    # ("帮我转给那个团队", "转到这个部门吧": the team just named, pointed at)
    r"|(?:转给|转接给|转交给|转到)(?:她|他|他们|她们|对方|那边|那位|(?:那个|这个|该|嗰个|嗰)(?:团队|部门|中心|工作室|秘书处|小组|组))(?:吧|啊|呀|一下|那边)?(?=\W|$|[a-z])"
    # (the team said by what it is in charge of, or connected for us: "可以帮我转给负责的团队吗",
    # "烦请为我们对接主管团队"; para25)
    r"|(?:转给|转接给|转交给|转到)(?:负责|主管|分管)(?:的|这块的|这个的)?(?:团队|部门|同事|人|那位|那边)"
    r"|(?:为|给|帮)(?:我们|我|敝方|敝团|本团)(?:对接|转接|联系|联络)(?:一下)?(?:负责|主管|分管|相关)(?:的)?(?:团队|部门|同事|人|负责人)"
    # someone named, talked to directly: "can i talk to Mary Lynn directly", "quiero hablar con
    # Mary Lynn directamente", "能不能让Mary Lynn本人跟我说一下", "Mary Lynn 대표님이랑 직접 얘기할 수
    # 있을까요", "煩請秘書處派專人與敝人聯繫" (the router hands off only when a team or person is named)
    r"|\b(?:talk|speak|chat) (?:directly )?(?:to|with) (?!you\b|u\b|ya\b)\w[^.?!]{0,30}\bdirectly\b"
    r"|\b(?:can|could|may) (?:i|we) (?:talk|speak|chat) (?:directly )?(?:to|with) (?!you\b|u\b|ya\b|anyone about\b)"
    # wanting to talk to someone named: "i'd like to speak with Mary Lynn", "we want to chat to her"
    r"|\b(?:i'?d|we'?d|i would|we would) (?:really )?like to (?:talk|speak|chat) (?:directly )?(?:to|with) (?!you\b|u\b|ya\b|anyone about\b|the bot\b)"
    r"|\b(?:i|we) (?:want|wanna|need) (?:to )?(?:talk|speak|chat) (?:directly )?(?:to|with) (?!you\b|u\b|ya\b|anyone about\b|the bot\b)"
    # "ok let me talk to the secretariat", "let us speak with the centre then": the speaker's own wish
    r"|\b(?:let me|lemme|let us) (?:just )?(?:talk|speak|chat) (?:directly )?(?:to|with) (?!you\b|u\b|ya\b|anyone about\b|the bot\b|my\b|our\b)"
    # (not "let me talk to the director first and get back to you": their own people, not ours)
    r"(?![^.?!]*\b(?:first|get back|come back|circle back|internally)\b)"
    r"|\bhablar (?:directamente |directo )?con (?!ustedes\b|usted\b|vos\b|vosotros\b|el bot\b)\w[^.?!]{0,30}\b(?:directamente|directo)\b"
    r"|\b(?:quiero|quisiera|queremos|quisieramos|puedo|podemos|podria|podriamos|prefiero|preferimos|me gustaria|nos gustaria|necesito|necesitamos) hablar (?:directamente |directo )?con (?!ustedes\b|usted\b|vos\b|vosotros\b|el bot\b)"
    # "mejor hablo directo con alguien de la Secretaría": the speaker's own wish, said as what is best
    r"|\bmejor (?:hablo|hablamos|hablaria|hablariamos|me comunico|nos comunicamos) (?:directamente |directo )?con (?!ustedes\b|usted\b|vos\b|vosotros\b|el bot\b)"
    # (Hokkien "佮" is "with": "阮欲直接佮伊讲")
    r"|直接(?:跟|和|与|同|找|佮)(?!你|您|机器)[^，。？！?!,.]{1,20}?(?:聊|谈|说|讲|联系|通话|对接|沟通)"
    # the adverb after whom: "盼与负责团队直接联系", "希望能跟中心那边直接沟通" (not how: "怎么与秘书处直接联系")
    r"|(?<!怎么)(?<!怎样)(?<!如何)(?<!能否)(?<!咋)(?:跟|和|与|同)(?!你|您|机器)[^，。？！?!,.]{1,12}?直接(?:联系|联络|沟通|通话|对接|接洽|聊|谈)(?!方式|电话|邮箱|地址)"
    # "我想跟 Mary Lynn 聊一下", "我们希望和她谈谈": wanting to talk with someone named (not "你们")
    r"|(?:我|我们)(?:想|要|希望|想要)(?:跟|和|与|同)(?!你|您|机器)[^，。？！?!,.]{1,20}?(?:聊|谈|沟通|通话|通个电话|对接)"
    r"|本人(?:跟|和|与|同)(?:我|我们|敝人)(?:说|聊|谈|讲|联系|通话|对接)|(?:跟|和|与|同)\S{1,12}本人(?:说|聊|谈|讲|联系|通话)"
    r"|派(?:个)?(?:专人|人|同事)(?:跟|和|与|同)?(?:我|我们|敝人|鄙人)(?:联系|联络|对接)|与(?:敝人|鄙人)联系"
    # (not "누구랑 얘기하면 돼요?", "어느 분과 상의해요?": whom to talk to is asked, no one is called)
    r"|(?<!누구)(?<!어디)(?<!어느 곳)(?<!어느 분)(?<!어떤 분)(?<!어느 분이)(?<!어떤 분이)(?<!어느 팀)(?<!어떤 팀)(?<!어느 팀이)(?<!어떤 팀이)"
    r"(?<!어느 부서)(?<!어떤 부서)"
    r"(?:이랑|랑|하고|와|과|님과|님이랑) (?:직접 )?(?:얘기|이야기|통화|대화|상의|상담)(?:하|할|해|를|를 ?하|좀)"
    r"|직접 (?:얘기|이야기|통화|대화|연결|상의)")


@lru_cache(maxsize=256)
def _for_people(text: str) -> str:
    """`_fold(text)` without the look-alikes of `_NOT_FOR_PEOPLE`: what `asks_for_person` and
    `asks_to_connect` search, kept per text as `_fold` is (perf21: one run-on message asked it
    ~3 times of each of its texts, ~0.07 ms each)."""
    return _NOT_FOR_PEOPLE.sub(" ", _fold(text))


def asks_to_connect(text: str) -> bool:
    """"Connect me please", "¿me pones en contacto?", "帮我对接一下", "연결해 주세요" (see `_CONNECT`)."""
    return bool(text) and _CONNECT.search(_for_people(text)) is not None


def asks_for_person(text: str) -> bool:
    """True when the message asks to be put through to a person (anywhere in the message)."""
    if not text:
        return False
    if leaves_handoff(text):  # "不用转人工了", "상담원 연결 취소할게요": the person is called off
        return False
    return _RE.search(_for_people(text)) is not None


# -- while a handoff is open (or just after): leaving it in words, chasing a reply ----------
# Read only during a handoff or right after one (`bot.handlers.handoff`), where "ya no hace
# falta" can only mean the person asked for. A plain "thanks" leaves nothing.
_LEAVE = re.compile(
    r"\bnever ?mind (?:about )?(?:the |a |my )?(?:person|human|agent|team|staff|request|transfer|hand-?off|call)\b"
    r"|\b(?:don'?t|do not|no longer|no) (?:need|want)(?: a| an| the| to (?:talk|speak) (?:to|with)(?: a| the)?)? "
    r"(?:person|human|agent|team|staff|someone|anyone|representative)(?: anymore| any more| now)?\b"
    r"|\bcancel (?:the |my |that |this )?(?:request|hand-?off|transfer|call|agent|person)\b"
    r"|\bi (?:figured|worked|sorted) it out\b|\bi(?:'ve| have)? (?:solved|sorted|fixed) it\b"
    r"|\b(?:i'?ll|i will|let me|i can) (?:just )?(?:continue|carry on|keep going|go on|stay) (?:here )?with (?:the |you,? the )?(?:bot|assistant)\b"
    r"|\bback to the (?:bot|assistant)\b"
    # "never mind, I'll ask the bot", "déjalo, le pregunto al bot", "算了我问机器人", "봇한테 물어볼게요"
    r"|\b(?:i'?ll|i will|let me|i can) (?:just )?ask (?:the |you,? the )?(?:bot|assistant)\b"
    r"|\b(?:le|se lo) (?:pregunto|preguntare|consulto) al (?:bot|asistente)\b"
    r"|我?(?:还是)?(?:问|問)(?:机器人|機器人|助手|bot)|(?:봇|챗봇|어시스턴트)(?:한테|에게)\s*(?:물어|질문)"
    r"|\bya no (?:hace falta|es necesario|necesito (?:hablar|un asesor|una persona|a nadie|al equipo|ayuda|que me))"
    r"|\bno (?:hace falta|es necesario|necesito) (?:que me (?:pasen|contacten|llamen|atiendan)|(?:hablar con )?(?:un asesor|una persona|nadie|el equipo))"
    r"|\b(?:sigo|continuo|me quedo|vuelvo) con (?:el|tu|este) (?:bot|asistente)\b|\bvuelvo al (?:bot|asistente)\b"
    r"|\bcancel(?:a|o|ar|en|e|ame|enme) (?:la solicitud|el pedido|la transferencia|el contacto|la llamada|lo del asesor)"
    r"|\bya lo (?:resolvi|solucione|encontre|arregle)\b"
    r"|不(?:用|需要|必)(?:再)?(?:转|找|麻烦)?(?:人工|客服|工作人员|真人|同事)|不用转(?:接)?了|取消(?:转)?(?:人工|转接)"
    r"|我自己(?:问|查|看|来|找)就(?:行|好|可以)|(?:问题)?(?:已经)?(?:解决|搞定)了(?:，|,|。|！|!|$)"
    r"|(?:回到|继续(?:用|问|跟|和))(?:机器人|助手|bot)"
    r"|(?:상담원|상담사|담당자|직원|사람)?\s*연결\s*(?:은|을|요청)?\s*취소"
    r"|(?:상담원|상담사|담당자|직원|사람)\s*(?:연결\s*)?(?:안\s*해도|필요\s*없|괜찮아)"
    r"|해결(?:됐|되었|했)(?:어요|습니다|네요)|(?:봇|챗봇|어시스턴트)(?:이랑|하고|과|와|한테|에게)\s*(?:계속|다시)"
    r"|혼자\s*(?:해\s*볼게|찾아\s*볼게|알아\s*볼게)"
    # the question taken back ("forget it, just tell me its synopsis", "déjalo, mejor dime de qué va",
    # "算了，直接告诉我剧情", "아 됐어요, 그냥 줄거리만 알려줘"): the bot answers it instead (fixY26, play35)
    r"|\b(?:forget it|never ?mind|nevermind)\b[\s,.!;:-]+(?:just|instead|then)\b"
    r"|\b(?:dejalo|olvidalo|no importa|da igual)\b[\s,.!;:-]+(?:mejor|solo|nomas|solamente|entonces)\b"
    r"|算了[，,。！!\s]*(?:直接|就|那|你)?(?:告诉|告訴|说说|說說|讲讲|講講|给我|給我)"
    r"|(?:^|\W)(?:아\s*)?(?:됐어요|됐어|됐습니다|괜찮아요|괜찮습니다)[\s,.!~]+(?:그냥|그럼|대신)")

_CHASE = re.compile(
    r"\bany (?:news|update|updates|word|reply|answer|response)\b"
    r"|\b(?:still|i'?m still|we'?re still|been) waiting\b"
    r"|\b(?:is )?any(?:one|body) (?:there|here|going to (?:reply|answer|respond|get back))\b"
    r"|\bwhen (?:will|are|is|can|do|does) (?:someone|somebody|anyone|you|they|your team|the team|a person) (?:going to )?(?:reply|answer|respond|get back|write back)"
    r"|\b(?:no one|nobody|noone) (?:has )?(?:replied|answered|responded|got back|is answering)"
    r"|\bhaven'?t (?:heard back|had a reply|got a reply|gotten a reply|had an answer)"
    r"|\b(?:reply|answer|respond)(?: to me)? (?:please|asap|soon|quickly)\b|\bhurry(?: up)?\b"
    r"|\b(?:me|nos) (?:van a|vas a|va a) (?:responder|contestar|escribir)"
    r"|\balguna (?:novedad|noticia|respuesta)\b|\bhay alguien\b|\b(?:sigo|seguimos) esperando\b"
    r"|\bcuando (?:me|nos) (?:responden|contestan|van a (?:responder|contestar)|escriben)"
    r"|\bnadie (?:me |nos )?(?:responde|contesta|ha respondido|ha contestado)"
    r"|\b(?:respondan|contesten|respondeme|contestame)\b|\bes urgente\b"
    r"|还?没(?:有)?人(?:回|理|答复)|有人(?:在)?吗|怎么还没(?:人)?(?:回|答复)|什么时候(?:能|会|可以)?(?:回|答复)"
    r"|(?:快点|尽快|赶紧|赶快)(?:回|答复)|还在等|一直在等|等了(?:很久|半天|好久)|有(?:消息|回音|回复|进展)了?吗"
    r"|(?:很|挺|非常|比较)急"
    r"|(?:빨리|얼른|어서)\s*(?:좀\s*)?(?:답|회신|연락)|답(?:장|변)?\s*(?:좀\s*)?(?:해\s*)?주세요"
    r"|급(?:해요|합니다|한데요|해서요)|(?:아직|언제)\s*(?:도\s*)?(?:답|연락|회신)"
    # ("앞으로 행사 소식 있으면 보내줘요": news there may be later, sent when there is, a subscription)
    r"|기다리고\s*있|(?:답변|답장)\s*(?:은|이)?\s*(?:있|없)|소식\s*(?:은|이)?\s*(?:있(?!으면|다면|을 ?때)|없)|아무도\s*(?:답|연락)"
    # when, or whether today, the reply comes ("will they reply today?", "¿me contestan hoy?",
    # "他们今天会回吗", "什么时候有人回复", "주말이라 언제 답이 올까요?", "오늘 답장 올까요?")
    r"|\b(?:will|would|do|does|can|could) (?:they|you|someone|somebody|anyone|the team|your team|a person|he|she)"
    r" (?:be able to )?(?:reply|answer|respond|get back|write back|call back)(?: to (?:me|us))? (?:today|tonight|tomorrow|soon|this week)\b"
    r"|\bwhen (?:should|can|could|do|will) (?:i|we) (?:expect|hear)\b|\bexpect (?:to hear|a reply|an answer|a response)\b"
    r"|\bhow (?:long|soon)\b.{0,30}\b(?:repl(?:y|ies)|answers?|responds?|gets? back|hear back)\b"
    r"|\b(?:a que hora|en cuanto tiempo) (?:me |nos )?(?:contestan|responden|contestaran|responderan|escriben)"
    r"|\b(?:contestan|responden|contestaran|responderan|escriben) (?:hoy|manana|pronto|esta semana)\b"
    r"|\bcuanto (?:tardan|demoran|se tardan|se demoran) en (?:contestar|responder)"
    r"|(?:什么时候|几点|多久|多长时间|今天|明天|周末)(?:之内|以内|内)?(?:能|会|可以|才)?(?:有人)?"
    r"(?:回复|回我|回消息|回信|答复|联系我|回(?=吗|呢|啊|？|\?|$))"
    r"|(?:답|답장|답변|회신|연락)\s*(?:이|은|을|는)?\s*(?:언제\s*)?(?:쯤\s*)?"
    r"(?:올까|와요|오나요|오겠|올 ?거|받을 ?수|받을까|오려나)")


def leaves_handoff(text: str) -> bool:
    """"Never mind the person, I figured it out", "ya no hace falta, sigo con el bot", "不用转人工了",
    "상담원 연결 취소할게요": the partner no longer wants the person they asked for."""
    return bool(text) and _LEAVE.search(_fold(text)) is not None


def chases_reply(text: str) -> bool:
    """"Any news?", "¿me van a responder?", "还没人回我吗", "빨리 답해주세요 급해요": the partner asks
    after the reply a person owes them."""
    return bool(text) and _CHASE.search(_fold(text)) is not None


# Said to the team, not asked of the bot, during a handoff: "one more thing for the team: we shoot
# in March with 25 crew", "please tell them we'd like a call", "dígale al equipo que…", "avísenles
# que llegamos el lunes", "请转告他们…", "麻烦跟负责人说一声…", "팀에 전해 주세요…", "담당자분께 3월
# 촬영이라고 전달 부탁드려요". The message goes to the team and the partner is told it did; the bot
# does not answer it as a new question (a month in it is no query for the events of that month).
_WHO_TEAM_EN = (r"(?:the|your|our) (?:team|staff|people|colleagues?|department|office|agent|person|manager|contact)"
                r"|them|him|her|caroline|the person|whoever (?:is )?(?:handling|on) (?:this|it)")
_FOR_TEAM = re.compile(
    r"\b(?:for|to) (?:the|your) (?:team|staff|colleagues|department|person)\s*[:：,-]"
    r"|\b(?:one more thing|another thing|a note|a message|a detail|an update|info|some info|details?)"
    r" (?:for|to pass (?:on|along) to) (?:the|your) (?:team|staff|colleagues|department|person)\b"
    rf"|\b(?:tell|inform|remind|let|ask|update|notify) (?:{_WHO_TEAM_EN})\b(?! about (?:the|your) team\b)"
    r"(?:\s+(?:know|that|we|i|our|it|about))?"
    rf"|\b(?:pass|forward|relay|hand|send) (?:(?:this|that|it|the message|my message|this info|these details|on|along) )+"
    rf"(?:on |along )?(?:to (?:{_WHO_TEAM_EN}))"
    r"|\bpass (?:this|that|it) (?:on|along)\b|\blet (?:the|your) team know\b"
    # Spanish
    r"|\b(?:digale|diganle|dile|dilе|digales|diganles|diles|avisele|avisenle|avisales|aviseles|avisenles|avisale"
    r"|comuniquele|comuniquenle|comunicale|transmitale|transmitanle|transmitele|hagale saber|haganles saber"
    r"|hazles saber|hazle saber|recuerdele|recuerdenle|recuerdales)(?:s)?\b"
    r"|\b(?:di|diga|digan|avisa|avise|avisen|comunica|comunique|transmite|transmita|pasa|pase|pasen|manda|mande)"
    r"(?:le|les|selo|selos)?\s+(?:esto |este (?:dato|mensaje|recado) |el (?:dato|mensaje|recado) )?"
    r"al? (?:equipo|encargad[oa]|responsable|asesor[a]?|departamento|personal|caroline)\b"
    r"|\b(?:un |otro )?(?:recado|mensaje|dato|nota|detalle) para (?:el equipo|ellos|el encargado|la encargada|el responsable|caroline)\b"
    r"|\bpara el equipo\s*[:：,-]|\bque (?:lo )?sepa(?:n)? (?:el equipo|ellos)\b"
    # Chinese (folded to Simplified)
    r"|转告|转达|带个?话|传个?话|帮我(?:跟|和|给|向)?(?:他们|她|他|团队|负责人|工作人员|同事|老师)?(?:说一?声|说一下|讲一?声|留个?言)"
    r"|(?:告诉|通知|提醒|跟|和|给)(?:一下)?(?:他们|她们|团队|你们的?(?:团队|同事|负责人|工作人员)|负责人|工作人员|同事|对接人)"
    r"(?:一下|一声)?(?:说|讲)?(?:一下|一声)?(?:[，,：:]|我们|我|说|，)"
    r"|(?:给|留给)(?:团队|负责人|工作人员|他们)的?(?:留言|话|信息|消息)"
    # Korean
    r"|(?:팀|팀장님|담당자|담당자분|담당자님|직원|직원분|그분|그분들|그쪽|매니저|매니저님|캐롤라인|부서)\S{0,3}\s*"
    r"(?:.{0,40}?)(?:전해|전달|알려|말씀해|말씀 전|얘기해|이야기해)\s*(?:주세요|주시|줘|드려|부탁|주실)"
    r"|(?:전해|전달해?)\s*(?:주세요|주시겠|줘요|부탁)"
    # the mail the staff member is to send, or the partner's own address offered ("when will I get
    # the email?", "¿cuándo me llega el correo?", "邮件大概什么时候能收到", "메일은 언제쯤 받을 수 있을까요?",
    # "메일 주소는 제가 보내드릴까요?"): between them, never the teams' addresses
    r"|\bwhen (?:will|would|do|should|can|might) (?:i|we) (?:get|receive|see|expect) (?:the|your|that|an?) (?:e-?mail|mail|message)\b"
    r"|\b(?:shall|should|do|can) (?:i|we) (?:send|give|share) (?:you )?(?:my|our) (?:e-?mail|mail|address)\b|\b(?:my|our) e-?mail (?:is|address is)\b"
    r"|\bcuando (?:me |nos )?(?:llega|llegara|llegaria|recibo|recibimos|recibire|recibiremos) (?:el |su |ese |tu )?(?:correo|mail|e-?mail)\b"
    r"|\b(?:le|les|te) (?:paso|pasamos|mando|mandamos|envio|enviamos|dejo|dejamos) (?:mi|nuestro) (?:correo|mail|e-?mail)\b"
    r"|(?:邮件|邮箱|电邮)(?:大概|大约|一般)?(?:什么时候|啥时候|几时|多久)(?:能|可以|会)?(?:收到|发|到)|(?:什么时候|啥时候)(?:能|可以|会)?收到(?:邮件|电邮)"
    r"|(?:我|我们)的(?:邮箱|邮件地址|电邮)(?:是|发给)"
    r"|(?:메일|이메일)(?:은|는|을|를)?\s*(?:언제|언제쯤)|(?:메일|이메일) ?주소(?:는|를|도)? ?(?:제가|저희가)"
    r"|(?:제|저희) (?:메일|이메일)(?:은|는|주소)"
    # which of the partner's addresses the staff member will mail ("which email will you send it
    # to?", "¿a qué correo me lo van a mandar?", "你们会发到哪个邮箱？", "어느 메일로 보내 주실 거예요?"):
    # theirs to settle, not our address book ("where do I send it?" stays the teams' addresses)
    r"|\b(?:which|what) (?:e-?mail|mail|address|inbox)(?: address)? (?:will|would|are|is|should|do|does|did) (?:you|they|she|he|caroline)"
    r"(?: \w+){0,3} (?:send|sending|mail|mailing|e-?mail|forward)\b"
    r"|\b(?:a|en) (?:que|cual) (?:correo|mail|e-?mail|direccion)\b.{0,20}"
    r"\b(?:va|van|vas) a (?:mandar|enviar)|\b(?:a|en) (?:que|cual) (?:correo|mail|e-?mail|direccion) (?:me |nos )?(?:lo |la |los |las )?"
    r"(?:mandas|envias|manda|envia|mandan|envian|mandara|enviara|mandaran|enviaran)\b"
    r"|(?:你们|你|他们|他|她|老师)(?:会|要|打算)?(?:把\S{0,8})?(?:发|寄)(?:到|给我(?:们)?的?)哪个(?:邮箱|邮件地址|地址|电邮)"
    r"|(?:어느|어떤|무슨) ?(?:메일|이메일|주소)(?:로|으로) ?(?:보내 ?주실|보내실|보내 ?주시|발송하실|보내 ?주시는)")


def for_the_team(text: str) -> bool:
    """A message the partner addresses to the team during a handoff ("tell them we shoot in March",
    "dígale al equipo que…", "请转告他们…", "팀에 전해 주세요"): passed on and confirmed, not answered."""
    return bool(text) and _FOR_TEAM.search(_fold(text)) is not None


# Something to settle between the partner and the staff member, not a question for the bot:
# a call or a meeting to arrange ("when could we do a call?", "can we set up a zoom next week?",
# "¿podemos hacer una videollamada?", "什么时候方便通个电话？", "미팅 잡을 수 있을까요?") or material
# to send them ("can I send you the script?", "te puedo mandar el guion por correo?",
# "我把剧本发给你们看看？", "기획안 보내드려도 될까요?"). During a handoff it goes to the person;
# the bot answering it from the files (a title's terms, the events list) would talk over them.
_MATERIAL_EN = r"(?:script|screenplay|treatment|pitch(?: deck)?|deck|synopsis|bible|proposal|outline|pilot|trailer|teaser|reel|lookbook|budget|breakdown|brief|draft|episodes?|files?|materials?|details|docs?|documents?|pdf)"
_MATERIAL_ES = (r"(?:guion|guiones|libreto|tratamiento|pitch|dossier|sinopsis|biblia|propuesta|presupuesto|desglose|"
                r"piloto|trailer|teaser|reel|borrador|capitulos?|episodios?|archivos?|materiales?|documentos?|pdf|proyecto)")
_MATERIAL_ZH = r"(?:剧本|脚本|大纲|梗概|提案|企划书?|策划案?|方案|预算|样片|片花|预告片?|资料|文件|材料|项目书|pdf|PDF)"
_MATERIAL_KO = r"(?:대본|시나리오|각본|기획안|기획서|제안서|시놉시스|트리트먼트|예산|파일럿|예고편|티저|자료|파일|문서|포트폴리오)"
_CALL_EN = r"(?:call|phone call|video call|videocall|zoom|teams call|meeting|meet|chat|catch-?up|conversation)"
_WITH_STAFF = re.compile(
    # English: a call or meeting to arrange, material to send
    rf"\b(?:when|what time|which day|what day)\b[^.?!]{{0,30}}\b(?:could|can|shall|should|would|do|might) we\b[^.?!]{{0,20}}\b"
    rf"(?:do|have|set up|schedule|arrange|book|hop on|jump on|get on|meet|talk|speak|chat)\b"
    rf"|\b(?:when|what time|which day|what day)\b[^.?!]{{0,40}}\b(?:have|do|set up|schedule|arrange|for|book) (?:a|our) {_CALL_EN}\b"
    rf"|\b(?:can|could|shall|should) we\b[^.?!]{{0,20}}\b(?:set up|schedule|arrange|book|do|have|hop on|jump on)\b[^.?!]{{0,12}}\b{_CALL_EN}\b"
    rf"|\b(?:a|the|our|quick|short) {_CALL_EN}\b[^.?!]{{0,30}}\b(?:possible|doable|work for you|suit you|good for you)\b"
    rf"|\b(?:can|could|shall|should|may) (?:i|we)\b[^.?!]{{0,15}}\b(?:send|share|email|e-mail|mail|forward|show)\b"
    rf"(?: (?:you|over|it|them))*\b[^.?!]{{0,25}}\b(?:the |our |my |a |an )?{_MATERIAL_EN}\b"
    rf"|\bwhere (?:can|could|should|do) (?:i|we) send (?:you )?(?:the |our |my )?{_MATERIAL_EN}\b"
    # Spanish (folded: no accents)
    rf"|\b(?:te|le|les|os) (?:puedo|podemos|podria|podriamos|mando|mandamos|envio|enviamos|paso|pasamos|comparto|compartimos)"
    rf"(?: (?:mandar|enviar|pasar|compartir|hacer llegar))?\b[^.?!]{{0,20}}\b(?:el |la |los |las |nuestro |nuestra |mi )?{_MATERIAL_ES}\b"
    rf"|\b(?:puedo|podemos|podria|podriamos) (?:mandar|enviar|pasar|compartir)(?:te|le|les|os)?\b[^.?!]{{0,20}}\b(?:el |la |los |las |nuestro |nuestra |mi )?{_MATERIAL_ES}\b"
    r"|\b(?:podemos|podriamos|puedo|podria|se puede|cuando (?:podemos|podriamos|puedo|podria|tendriamos)|cuando)"
    r"\b[^.?!]{0,20}\b(?:hacer|tener|agendar|programar|coordinar|organizar|cuadrar|armar) (?:una |un )?"
    r"(?:llamada|videollamada|reunion|zoom|call|cita|videoconferencia)\b"
    r"|\b(?:llamada|videollamada|reunion|videoconferencia)\b[^.?!]{0,25}\b(?:cuando|que dia|a que hora|que hora|esta semana|la semana que viene)\b"
    # Chinese (folded to Simplified)
    rf"|(?:发|寄|传)(?:给|过去给)?(?:你|您|你们|老师|mia)[^，。！？?]{{0,6}}{_MATERIAL_ZH}|把[^，。！？?]{{0,8}}{_MATERIAL_ZH}[^，。！？?]{{0,4}}(?:发|寄|传)(?:给|过去)"
    r"|(?:什么时候|啥时候|几点|哪天|哪一天|方便)[^，。！？?]{0,8}(?:通个?电话|打个?电话|通话|视频|开个?会|线上会议|视频会议|电话会议|见个?面|聊一聊|聊聊)"
    r"|(?:约|安排|定)(?:个|一个)?(?:时间)?(?:通话|电话|视频|会议|开会|见面)"
    # Korean
    rf"|{_MATERIAL_KO}\S{{0,2}}\s*(?:\S+\s*){{0,2}}(?:보내\s*드려도|보내\s*드릴까요|보내\s*드리면|보내도|공유해\s*드려도|전달해\s*드려도|보내\s*드릴게요)"
    r"|(?:통화|미팅|화상\s*회의|화상\s*미팅|줌|회의)\S{0,2}\s*(?:\S+\s*){0,2}(?:가능할까요|가능한가요|가능해요|잡을 수|잡아도|할 수 있을까요|언제|괜찮으세요|하실 수)"
    r"|(?:언제|몇 시에?|무슨 요일)\s*(?:\S+\s*){0,2}(?:통화|미팅|화상\s*회의|회의)",
    re.IGNORECASE)


def with_staff(text: str) -> bool:
    """A call or a meeting to arrange, or material to send, with the staff member during a handoff
    ("when could we do a call?", "te puedo mandar el guion?", "什么时候方便通个电话", "대본 보내드려도 될까요?"):
    theirs to answer, never the bot's."""
    return bool(text) and _WITH_STAFF.search(_fold(text)) is not None


_FIRST_SENTENCE = re.compile(r"^(.+?)(?:[.!。！\n]|[,，;；]\s*(?=\S))\s*(.+)$", re.DOTALL)


def answers_staff(text: str, staff_asked: str | None) -> bool:
    """Whether a partner's message answers the question the staff member just asked ("Which titles
    are you interested in?" → "mostly the comedies. when could we talk?", "¿Qué proyecto tienes?" →
    "una serie de misterio, ¿les mando el guion?"): it opens with a statement (no question, no mere
    courtesy) and goes on. Only a staff message with a question mark counts; a message that is all
    questions ("그리고 다음 행사 언제예요?") stays a question the bot may answer."""
    if not text or not staff_asked or not re.search(r"[?？]", staff_asked):
        return False
    m = _FIRST_SENTENCE.match(text.strip())
    if m is None:
        return False
    first = m.group(1).strip()
    if not first or asks_question(first) or COURTESY_CLAUSE.match(_fold(first)) or NEW_TOPIC.match(_fold(first)):
        return False
    return bool(re.search(r"\w", first))
