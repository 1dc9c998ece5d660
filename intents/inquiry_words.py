"""Does a message ask to *do business* (a quote, a sign-up, an application) rather than ask a
question? `wants_inquiry(text)` answers with the inquiry kind, in four languages.

A question about a subject ("what does the palace set look like?", "how do I join the
alliance?", "¿hay coproducciones en el catálogo?") is not an inquiry: the answer is
information. A request is: a price for shooting days ("how much would 10 days on the palace
set cost?"), a sign-up ("sign us up for the casting day, 3 people"), or a stated wish with a
business verb ("we want to join the alliance", "queremos licenciar un título", "我们想加入联盟",
"행사 참가 신청하고 싶어요"). So most kinds need two signals: the business words *and* a
wish (we want / queremos / 想 / 싶어요 ...). Prices for shooting need the price and the shoot.
"""

from __future__ import annotations

from core import lazy_re as re  # patterns compiled on first use: see core/lazy_re.py
from core.text import fold, to_simplified
from intents.handoff_words import asks_for_person
from intents.lexicon import NEW_THINGS, YOU_REMIND_ES, asks_question, facts_asked, language_request

_I = re.IGNORECASE

# A wish or a request, in the four languages.
WISH = re.compile(
    r"\b(we(?:'d| would)? (?:want|like|wish|plan|hope)|i(?:'d| would)? (?:want|like)|"
    r"we are (?:interested|looking)|we're (?:interested|looking)|interested in|looking to|"
    r"can we|could we|may we|please|let us|how (?:can|do) (?:we|i) (?:sign|register|book)|"
    # ("we're a Nigerian studio and want to distribute…": the wish after who they are, its "we" elided)
    r"and (?:would like|'d like|want|wish|plan|hope|are looking) to)\b"
    r"|\b(queremos|quisiéramos|quisieramos|nos gustaría|nos gustaria|me gustaría|me gustaria|"
    r"quiero|quisiera|nos interesa|me interesa|estamos interesad[oa]s|buscamos|podemos|"
    r"por favor|deseamos)\b"
    r"|想|希望|有意|打算|要|请|帮我|给我们|麻烦"
    r"|싶|하려고|할게요|할래요|해 ?주세요|해주세요|부탁|희망|원해|원합니다|관심", _I)

# "can we license it?", "¿se puede coproducir?", "可以授权吗", "라이선스 가능해요?" ask *whether*:
# the answer is information (the work's status), with the form one tap away. A stated wish
# ("we'd like to license it", "queremos licenciarla", "我们想买版权") starts the form.
ASKS_WHETHER = re.compile(
    r"^\W*(?:and |so |ok,? |then )?(?:can|could|may) (?:we|i)\b|\bis (?:it|that|this) possible\b"
    r"|\b(?:podemos|podr[ií]amos|se puede|se podr[ií]a|es posible)\b"
    r"|可以.{0,12}吗|能不能|能.{0,10}吗|可不可以"
    r"|가능(?:한가요|할까요|해요|합니까|한지|하나요)|수 있(?:나요|을까요|어요|습니까|는지)", _I)
STATED_WISH = re.compile(
    r"\b(we(?:'d| would)? (?:want|like|wish|plan|hope)|i(?:'d| would)? (?:want|like)|"
    r"we are (?:interested|looking)|we're (?:interested|looking)|interested in|looking to"
    r"|and (?:would like|'d like|want|wish|plan|hope|are looking) to)\b"
    r"|\b(queremos|quisi[ée]ramos|nos gustar[ií]a|me gustar[ií]a|quiero|quisiera|nos interesa|"
    r"me interesa|estamos interesad[oa]s|buscamos|deseamos)\b"
    r"|想|希望|有意|打算|싶|하려고|희망|원해|원합니다|관심", _I)

# "想问/想了解/请问", "we'd like to know", "queremos saber", "알고 싶어요", "你知道吗", "do you know":
# a wish to *know* is a question, however polite; its 想/want/queremos is no wish to do business.
ASKS_TO_KNOW = re.compile(
    r"\b(?:we|i)(?:'d| would)? (?:like|want|wanted|wish|hope) to (?:know|ask|understand|learn|check|"
    # (the letter's "we would like to enquire whether…": a question asked, no request; play36)
    r"find out|confirm|hear|enquire|inquire|request information)\b|\b(?:we|i)(?:'re| are|'m| am) wondering\b|\bi wonder\b"
    r"|\bdo (?:you|u) (?:know|happen to know)\b"
    # a wish to *see* ("I'd like to see the mystery titles", "quiero ver el catálogo", "想看片单里的悬疑剧",
    # "想睇下", "작품 목록을 보고 싶어요") is a wish to be shown, a question ("look at co-producing" is no view)
    r"|\b(?:we|i)(?:'d| would)? (?:like|want|wanted|wish|hope) to (?:see|view|browse|check out|have a look at|take a look at)\b"
    r"|\b(?:queremos|quisi[ée]ramos|quiero|quisiera|nos gustar[ií]a|me gustar[ií]a) (?:ver|mirar|revisar|echar un vistazo)\b"
    r"|想(?:要)?(?:看|睇|瞧)|(?<!해 )(?<!해)(?<!검토)보고 ?싶"
    r"|\b(?:queremos|quisi[ée]ramos|quiero|quisiera|nos gustar[ií]a|me gustar[ií]a|deseamos|deseo|"
    r"nos interesa|me interesa) (?:saber|preguntar|consultar|conocer|entender|confirmar|averiguar)\b"
    r"|\b(?:sab[eé]s|saben|sabe usted|conoces|conocen) (?:si|cu[aá]nto|qu[eé]|c[oó]mo|cu[aá]l|d[oó]nde)\b"
    r"|想(?:要)?(?:问|了解|知道|请教|咨询|打听|确认|看看|问问)|请问|请教|(?:你|你们|您)(?:知道|清楚)|知道吗|了解吗"
    # ("여쭙고 싶습니다", "알고 싶어요": the wish to ask is the asking, its 싶 no wish to do business)
    r"|(?:알고|묻고|물어 ?보고|여쭤 ?보고|여쭈어 ?보고|여쭙고) ?싶[가-힣]*|궁금|여쭤|여쭙"
    r"|문의(?:드립니다|드려요|드리고|드릴게요)|아시나요|아세요|알아요|아십니까", _I)

# "연맹 가입 방법이랑 비용 알려주세요", "tell me the membership terms", "dime cómo unirnos", "告诉我入盟条件":
# information asked for, however it is phrased; a quote asked ("견적 알려 주세요") stays a request
TELL_ME = re.compile(
    r"\b(?:tell|show) (?:me|us)\b|\blet (?:me|us) know\b"
    r"|\b(?:dime|dinos|d[ií]game|d[ií]ganme|d[ií]ganos|cu[eé]ntame|cu[eé]ntanos|cu[eé]ntenme|expl[ií]came"
    r"|expl[ií]quenme|inf[oó]rmame|inf[oó]rmenme)\b"
    r"|告诉(?:我|我们)|跟我们?(?:说|讲)一?下|介绍一下|说明一下"
    r"|알려 ?(?:주세요|주십시오|주시겠|주실|주시면|줘|주시길)|안내(?:해 ?주세요|해 ?주십시오|해 ?주시|해 ?줘|해 ?주실)"
    r"|설명(?:해 ?주세요|해 ?주십시오|해 ?주시|해 ?줘)", _I)

# A wish given as the reason for a question ("피칭할 수 있는 행사 있나요? 저희 작품을 공동 제작하고 싶어서요",
# "is there a pitch event? because we'd like to coproduce", "¿hay algún pitch? porque queremos coproducir",
# "有没有路演活动？因为我们想合拍"): why they ask, no request; the question is answered, the form a button
PURPOSE = re.compile(
    r"\b(?:because|since|as) (?:we|i)(?:'d| would)? (?:want|like|wish|plan|hope|are (?:looking|hoping|planning))"
    r"|\bporque (?:queremos|quisi[ée]ramos|nos gustar[ií]a|me gustar[ií]a|quiero|quisiera|nos interesa|me interesa|buscamos)"
    r"|因为(?:我们|我|本公司)?(?:想|希望|打算|有意)|싶어서", _I)

# "我们是上海一家做短剧发行的公司", "we're a distribution company", "저희는 서울의 배급사입니다": who
# the partner is, not what they ask for. Its trade words (发行, distribution) name no request.
SELF_INTRO = re.compile(
    r"(?:我们|我|本公司|我司)(?:是|来自)(?![来想要])[^，。,.!?！？；;\n]{0,40}?"
    r"(?:公司|发行商|发行方|片商|制片方|制片人|制作方|出品方|工作室|平台|机构|影业|传媒|影视|电视台|频道)"
    r"|\b(?:we are|we're|i am|i'm|this is)\s[^.,!?;\n]{0,40}?\b(?:company|distributors?|producers?|"
    r"studio|platform|agency|broadcaster|house|firm|network)\b"
    r"|\b(?:somos|soy)\s[^.,!?;\n]{0,40}?\b(?:distribuidora|productora|empresa|compa[ñn][ií]a|"
    r"plataforma|estudio|agencia|canal|distribuidor(?:es)?|productor(?:es)?)\b"
    r"|(?:저희는|저는|우리는|저희 회사는)\s?[^.,!?\n]{0,40}?(?:배급사|제작사|회사|스튜디오|플랫폼|방송사|유통사)"
    # ("LA에 있는 배급사입니다": the same said without "저희는")
    r"|[^.,!?\n]{0,30}?(?:배급사|제작사|회사|스튜디오|플랫폼|방송사|유통사)(?=입니다|이에요|예요|인데|이고)"
    # the trade one works in ("我在澳门做发行的", "我喺澳門做發行嘅", "I work in distribution in Macau",
    # "trabajo en distribución", "마카오에서 배급 일을 하는데"): who they are, no wish to distribute
    r"|(?:我们|我|本公司|我司)(?:是)?(?:在|喺|于)?[^，。,.!?！？；;\n]{0,12}?(?:做|搞|从事|負責|负责)[^，。,.!?！？；;\n]{0,10}?(?:的|嘅|工作)(?=[，。,.!?！？；;\s～~]|$)"
    r"|\b(?:i|we)(?:'m| am|'re| are)? (?:work(?:ing)?|based) in (?:(?:film|tv|content|drama|short[- ]drama) )?"
    r"(?:distribution|production|acquisitions?|licensing)\b|\b(?:i|we) do (?:(?:film|tv|content) )?(?:distribution|production|acquisitions)\b"
    r"|\b(?:trabajo|trabajamos) en (?:la )?(?:distribuci[oó]n|producci[oó]n|adquisiciones)\b"
    r"|\b(?:me|nos) dedic(?:o|amos) a la (?:distribuci[oó]n|producci[oó]n)\b"
    r"|(?:배급|유통|제작|수입)\s?(?:일|업무|쪽 일|쪽)을?\s?(?:하는데|하고 있|하며|하는 사람|합니다|해요)", _I)

# (a quote asked with the verb too: "quiero cotizar 10 días", "cotízame el set", "帮我报个价")
QUOTE_VERB = r"\bcot[ií]z(?:ar|a|en|ame|anos|ármelo|arnos|arme|énme|enme|énos|ennos|an)\b|报(?:个|一下|一个)?价|给(?:个|我们?)?(?:个)?报价|开个价"
QUOTE = re.compile(r"\b(quote|quotation|cotizaci[oó]n|cotizar|presupuesto)\b|报价|견적|" + QUOTE_VERB, _I)
PRICE = re.compile(
    r"\b(how much|price|prices|pricing|quote|quotation|cost|costs|rate card|rates|budget)\b"
    r"|\b(cu[aá]nto (?:cuesta|costar[ií]a|cobran|sale|saldr[ií]a)|precio|precios|cotizaci[oó]n|"
    r"presupuesto|tarifa|tarifas)\b"
    r"|多少钱|报价|费用|价格|收费|价钱|租金"
    r"|얼마|견적|비용|가격|요금|대여료|" + QUOTE_VERB, _I)

SHOOT = re.compile(
    r"\b(shoot|shooting|film|filming|set|sets|location|locations|studio|stage|days?|weeks?|"
    r"crew|palace|street)\b"
    r"|\b(rodar|rodaje|filmar|set|sets|locaci[oó]n|locaciones|estudio|plat[oó]|d[ií]as?|"
    r"semanas?|equipo|palacio|calle)\b"
    r"|拍摄|拍戏|取景|场地|影棚|基地|天|周|剧组|宫|街"
    r"|촬영|세트|스튜디오|촬영지|일간|일 동안|주간|궁(?!금)|거리", _I)  # (궁금 is "wondering", no palace)

# News asked for ("sign me up for Korea news", "apúntame a las novedades", "帮我报名订阅消息",
# "소식 신청해 주세요"): a subscription to a topic, which its own answer starts, not a sign-up form.
NEWS_ASKED = re.compile(
    r"\b(news|newsletters?|updates|alerts|notifications|mailing list)\b"
    r"|\b(novedades|noticias|bolet[ií]n|avisos|actualizaciones|notificaciones)\b"
    r"|新闻|消息|动态|订阅|推送|소식|뉴스|뉴스레터|알림|구독", _I)

# Words that make a price question about something else (incentive amounts, tickets...).
NOT_A_SHOOT_PRICE = re.compile(
    r"\b(incentives?|subsid\w*|grants?|incentivos?|subsidios?|ticket|tickets|entrada|entradas)\b"
    r"|补贴|扶持|奖励|门票|인센티브|지원금|보조금|입장권|티켓", _I)

SIGN_UP_DIRECT = re.compile(
    r"\b(sign (?:us|me|them) up|register (?:us|me)|book (?:us|me) (?:in|a seat|seats|places)|"
    r"count (?:us|me) in|put (?:us|me) down)\b"
    r"|\b(inscr[ií]b(?:e|a)n(?:os|me)|an[oó]ten(?:os|me)|ap[uú]nten(?:os|me)|reg[ií]stren(?:nos|me))\b"
    # tú and vos imperatives ("inscríbenos", "anotame"), and the question that asks it ("¿me anotás?")
    r"|\b(inscr[ií]be(?:me|nos)|inscrib[ií](?:me|nos)|an[oó]ta(?:me|nos)|ap[uú]nta(?:me|nos)|reg[ií]stra(?:me|nos)"
    r"|reserv[aá](?:me|nos)(?: (?:un|dos|tres|\d+) lugar(?:es)?)?)\b"
    r"|\b(?:me|nos) (?:anot[aá]s|apunt[aá]s|inscrib[ií]s|inscribes|registr[aá]s|anotan|apuntan|inscriben|registran)\b"
    r"|\b(?:me|nos) (?:puedes|pod[eé]s|podr[ií]as|pueden|podr[ií]an) (?:anotar|apuntar|inscribir|registrar)\b"
    r"|\b(?:add|put) (?:us|me) (?:on|to) (?:the )?(?:guest )?list\b|\bsave (?:us|me) (?:a )?(?:seat|seats|spot|spots|place|places)\b"
    r"|帮我们报名|给我们报名|帮我报名|我们报名|我要报名|我们要报名|我想报名|我们想报名"
    r"|幫我們報名|幫我報名|帮我们登记|给我们留.{0,2}位|帮我们留.{0,2}位"
    r"|신청해 ?주세요|등록해 ?주세요|신청할게요|참가하겠습니다|참석하겠습니다|신청 ?부탁|등록 ?부탁|명단에 (?:넣어|올려)", _I)

SIGN_UP = re.compile(
    r"\b(sign ?up|signing up|register|registration|enrol|enroll|attend|join (?:the|your) "
    r"(?:event|casting|screening|pitch|open day|session|festival|night|matchmaking))\b"
    r"|\b(inscribir(?:nos|me)?|inscripci[oó]n|apuntar(?:nos|me)|registrar(?:nos|me)|asistir|"
    r"participar en (?:el|la) (?:evento|casting|festival|jornada|sesi[oó]n|noche|pitch))\b"
    r"|报名|参加|登记|出席"
    r"|참가 ?신청|참석 ?신청|신청|등록|참가|참석", _I)

EVENT_WORDS = re.compile(
    r"\b(event|events|casting|screening|pitch|open day|session|festival|night|matchmaking|"
    r"ceremony|evento|eventos|jornada|sesi[oó]n|noche|festival)\b"
    r"|活动|选角|放映|路演|开放日|说明会|电影节|之夜|对接会|典礼"
    r"|행사|캐스팅|상영|피칭|오픈 ?데이|설명회|영화제|의 밤|매칭|박람회", _I)

ALLIANCE = re.compile(
    r"\b(join|joining|become (?:a )?(?:member|members|partner|partners)|membership|apply)\b.*"
    r"\b(alliance|hisda)\b"
    r"|\b(alliance|hisda)\b.*\b(membership|member|members)\b"
    r"|\b(unirnos|unirme|sumarnos|sumarme|formar parte|ser miembros?|ser socios?|afiliarnos|"
    r"ingresar|membres[ií]a)\b.*\b(alianza|hisda)\b"
    r"|加入(?:横店国际短剧)?联盟|加入HISDA|成为联盟(?:成员|会员)|入盟"
    r"|(?:연맹|얼라이언스|HISDA)(?:에)? ?(?:가입|회원)", _I)

# How to do it asked ("how do we join?", "what do we have to do?", "¿qué hacemos?", "怎么弄？",
# "어떡게 해야 돼요?" with its everyday spellings): the steps, which the FAQ answers, not the form
HOW_ASKED = re.compile(
    r"\bhow\b|\bcan (?:we|i|my)\b|\bwhat (?:do|should|must|would) (?:we|i) (?:do|need|have)\b|\bwhat(?:'s| is) the (?:process|procedure|next step)\b"
    r"|c[oó]mo|\bpodemos\b|\bqu[eé] (?:hacemos|hago|hay que hacer|tenemos que|tengo que|debemos|debo|necesitamos|necesito)\b"
    r"|怎么|怎样|如何|咋|可以吗|能不能|要做什么|需要做什么|该做什么|得做什么"
    # (Gyeongsang "우째 해야 되노", "우찌 하믄 되노": how)
    r"|어떻게|어떡|어떻해|어케|어찌|우째|우찌|우짜|뭘 ?해야|뭐 ?해야|뭐부터|수 있|가능", _I)
# Noted so as to be reminded ("anotame para que me recuerden ese", "apúntanos pa que nos avisen"): a
# reminder of the event in view (the router's remind action), not a place at it
TO_BE_REMINDED = re.compile(r"\b(?:para|pa) que (?:me|nos) (?:lo |la )?" + YOU_REMIND_ES + r"\b", _I)

# The papers, steps or requirements of a procedure asked about ("what documents do you need?",
# "¿qué requisitos piden?", "要交哪些材料", "어떤 서류가 필요한가요?"): information, not a request
PROCEDURE_ASKED = re.compile(
    r"\b(?:documents?|paperwork|papers|requirements?|requisites?|procedure|process|steps|criteria|forms?)\b"
    r"|\b(?:documentos?|papeles|papeleo|requisitos?|tr[aá]mites?|procedimiento|proceso|pasos|formularios?)\b"
    r"|材料|资料|文件|手续|流程|程序|条件|要求|门槛"
    r"|서류|절차|조건|자격|요건|구비|제출", _I)

# Whom to see, what to sign, where to start, asked of a deal ("who do we talk to?", "¿con quién
# hablamos y qué firmamos?", "先跟谁谈、签啥", "누구랑 얘기해야 돼요?")
DEAL_WHO_WHAT = re.compile(
    r"\bwho (?:do|should|would|can) (?:we|i) (?:talk|speak|reach out) (?:to|with)\b|\bwhat (?:do|would|should) (?:we|i) (?:need to |have to )?sign\b"
    r"|\bwhere (?:do|should) (?:we|i) (?:start|begin)\b|\bwho (?:handles|deals with|takes care of)\b"
    r"|con qui[eé]n (?:hablo|hablamos|hay que hablar|tratamos|me comunico|nos comunicamos)\b|\bqu[eé] (?:hay que |tenemos que )?firmar\b"
    r"|\bpor d[oó]nde (?:empiezo|empezamos|arrancamos|se empieza)\b|\bqui[eé]n (?:atiende|ve|lleva|se encarga)\b"
    r"|(?:跟|和|找|同)谁(?:谈|聊|对接|联系)|找谁|签(?:什么|啥)|从哪(?:里|儿)?(?:开始|入手|着手)|先做什么"
    r"|누구(?:랑|와|한테|하고|에게) ?(?:얘기|이야기|상의|연락)|(?:뭐|뭣|무엇|어디서?)부터|(?:무슨|어떤) (?:서류|계약)"
    # whom to write to, or where to send it ("who should we contact?", "¿a quién le escribo?",
    # "联系谁", "找哪个部门", "누구한테 문의해요?", "어디로 연락해요?"): a contact asked, not the form
    r"|\bwho (?:do|should|would|can) (?:we|i) (?:contact|email|write to|ask|approach)\b|\bwhom\b"
    r"|\bwhere (?:do|should|can) (?:we|i) (?:send|write|go|apply)\b"
    r"|\ba qui[eé]n (?:le |les )?(?:escribo|escribimos|contacto|contactamos|mando|mandamos|llamo|llamamos|me dirijo|nos dirigimos|le pregunto|preguntamos)\b"
    r"|\b(?:a d[oó]nde|ad[oó]nde) (?:escribo|escribimos|mando|mandamos|env[ií]o|enviamos|llamo)\b"
    r"|联系谁|问谁|找哪(?:个|位|家)|哪个部门"
    r"|누구(?:한테|에게|께) ?(?:문의|물어|말씀)|어디(?:로|에|에다) ?(?:연락|문의|보내|신청)", _I)

TALENT = re.compile(
    r"\btalent (?:program|programme|plan)\b|\bglobal talent\b"
    r"|\bprograma de talentos?\b|\btalento global\b"
    r"|人才计划|人才项目|全球人才"
    r"|인재 ?(?:프로그램|육성|양성)|글로벌 인재", _I)

APPLY = re.compile(
    r"\b(apply|join|enrol|enroll|sign ?up|participate|take part)\b"
    r"|\b(postular(?:nos|me)?|postulaci[oó]n|aplicar|inscribir(?:nos|me)?|participar|unirnos|unirme)\b"
    r"|申请|报名|参加|加入"
    r"|지원|신청|참가|참여", _I)

LICENSE = re.compile(
    r"\b(licen[cs]e|licen[cs]ing|buy the rights|acquire (?:the )?rights|rights to)\b"
    r"|\b(licenciar(?:la|lo|las|los)?|licencia|licencias|adquirir (?:los )?derechos|comprar (?:los )?derechos|"
    r"derechos de)\b"
    r"|授权|版权|引进"
    r"|라이선스|라이센스|판권|판권 구매|방영권", _I)

COPRODUCE = re.compile(
    r"\b(co-?produce|co-?producing|co-?production|produce (?:it|one|a \w+) together)\b"
    r"|\b(coproducir(?:la|lo|las|los)?|coproducci[oó]n|co-producci[oó]n|producir juntos)\b"
    r"|(?<![适適])合拍|联合制作|共同制作|联合出品"  # "适合拍古装" is "suited to shoot", no co-production
    r"|공동 ?제작|합작", _I)

# The partner's own project put to us to make ("tengo un guion de terror, ¿me lo producen ustedes?",
# "we have a script, would you co-produce it?", "我们有个剧本，你们愿意合拍吗？", "공포 대본이 있는데
# 공동 제작해 주실 수 있나요?"): theirs, for the team to weigh in the co-production form, asked as a
# question or not; the catalogue's titles are not what is offered
OWN_PROJECT = re.compile(
    r"\b(script|screenplay|treatment|pitch deck|project|guion|libreto|proyecto)s?\b"
    r"|剧本|本子|项目|企划|대본|시나리오|기획안|프로젝트", _I)
PROJECT_HELD = re.compile(
    r"\b(?:we|i)(?:'ve| have)? (?:got|have|wrote|written|developed|finished)\b|\bwe(?:'re| are) developing\b"
    r"|\b(tengo|tenemos|traigo|traemos|escribi|escribimos|desarrollamos|armamos)\b"
    r"|(?:我|我们|我司|咱们)(?:这边|手上|手里)?(?:有|写了|写好了|攒了)|있는데|있어요|있습니다|썼는데|써 ?놓은", _I)
PRODUCED_BY_YOU = re.compile(
    r"\b(?:would|will|could|can|do) you(?: guys| all)? (?:co-?produce|produce|fund|finance|make)\b"
    r"|\b(?:co-?produce|produce|fund|finance) (?:it|this|that|them)\b"
    r"|\b(?:me|nos|se)? ?(?:lo|la|los|las) (?:producen|producirian|produzcan|coproducen|financian|financiarian)\b"
    r"|\b(?:producirlo|producirla|producirnoslo|coproducirlo|coproducirla|financiarlo|financiarla)\b"
    r"|投拍|投资拍|帮我们拍|给我们拍|(?:制作|出品|投资)吗|제작해|투자해|만들어 ?주", _I)


def project_pitched(text: str) -> bool:
    """The partner's own script or project offered to be made with or by us (`OWN_PROJECT`)."""
    folded = fold(to_simplified(text)[0])
    return bool(OWN_PROJECT.search(folded) and PROJECT_HELD.search(folded)
                and (COPRODUCE.search(folded) or PRODUCED_BY_YOU.search(folded)))


DISTRIBUTE = re.compile(
    r"\b(distribute|distributing|distribution(?: rights)?)\b"
    r"|\b(distribuir(?:la|lo|las|los)?|distribuci[oó]n)\b"
    r"|发行|分销"
    # ("想代理你们的短剧到东南亚": to act as the titles' distributor in a market)
    r"|代理(?:你们|您们|贵司|贵方)?的?(?:短剧|作品|片子|剧集|剧|内容|片单)"
    # ("bring your short dramas to East Africa", "llevar sus microdramas a Perú", "把你们的短剧带到非洲",
    # "숏드라마를 아프리카에 들여오고": the titles taken to a market of the partner's)
    r"|\b(?:bring|take) (?:your|these|those|some of your) (?:\w+ )?(?:dramas?|titles|series|shows|films|content|catalog(?:ue)?) (?:\w+ )?to\b"
    r"|\bllevar (?:sus|tus|estos|estas|algunos de sus|algunas de sus) (?:\w+ )?(?:micro ?dramas?|series|t[ií]tulos|dramas|contenidos|obras|pel[ií]culas|novelas) (?:\w+ )?(?:a|al|hasta)\b"
    r"|把(?:你们|您们|贵司|贵方)?的?(?:短剧|作品|片子|剧集|剧|内容)(?:带|引进|引入|推广|推)到"
    r"|(?:숏드라마|작품|드라마|콘텐츠|시리즈)(?:를|을|들을)?\s?(?:\S{1,8}\s)?(?:들여오|들여와|가져가|선보이)"
    r"|배급|유통", _I)


# Details left, a request filled in, in words ("我想填一下合作需求，留个资料", "I'd like to leave my details",
# "quiero dejar mis datos", "연락처 남기고 싶어요"): what the 💼 button opens, the form with no kind yet
LEAVE_DETAILS = re.compile(
    r"\bleave (?:you )?(?:my|our) (?:details|contacts?|contact (?:details|info|information)|info|information|business card)\b"
    r"|\b(?:fill (?:in|out)|submit) (?:a|an|the|your|my|our) (?:(?:cooperation|partnership|business) )?(?:form|request|inquiry|enquiry)\b"
    r"|\bdej(?:ar|o|arte|arles|arle)(?:te|les|le)? (?:mis|nuestros|los) (?:datos|contactos?|datos de contacto)\b"
    r"|\b(?:llenar|completar|rellenar) (?:el|un|su|tu) formulario\b"
    r"|留(?:个|一下|下|一个|些)?(?:资料|联系方式|联络方式|信息|名片|电话|邮箱)|填(?:一下|个|写|一个|下)?(?:合作)?(?:需求|表格|表单|资料|申请)"
    r"|登记(?:一下)?(?:合作)?(?:需求|资料|信息)"
    r"|(?:연락처|정보|명함|문의|신청서|양식)(?:를|을)?\s?(?:좀\s?)?(?:남기|작성|접수)"
    # the form itself asked for ("can you send me the request form?", "pásame el formulario", "给我一个合作
    # 申请表", "양식 주이소", "문의 양식 좀 주세요"): the form, opened
    r"|\b(?:send|give|get|show|share|open|start|pass|forward)(?: (?:me|us))? (?:a|an|the|your)(?: (?:request|inquiry|enquiry|cooperation|partnership|application|contact|business))? form\b"
    r"|\b(?:where(?:'s| is| can i find| do i get)|i need|we need|can i (?:have|get)|could i (?:have|get)) (?:a|an|the|your)(?: (?:request|inquiry|enquiry|cooperation|partnership|application|contact))? form\b"
    r"|\b(?:pasa|p[aá]same|p[aá]sanos|m[aá]ndame|m[aá]ndanos|manda|env[ií]ame|env[ií]anos|env[ií]a|dame|danos|comparte|compart[ií]me|comp[aá]rtame|comp[aá]rteme|p[aá]seme|m[aá]ndeme|env[ií]eme|deme)(?: (?:el|un|su|tu))? formulario\b"
    r"|\b(?:me|nos) (?:pasas|pasan|pasa|pasar[ií]as|pasar[ií]an|mandas|mandan|manda|mandar[ií]as|env[ií]as|env[ií]an|env[ií]a|enviar[ií]as|das|dan|compartes|comparten)(?: (?:el|un|su|tu))? formulario\b"
    r"|\b(?:necesito|necesitamos|quiero|queremos|quisiera|quisi[eé]ramos)(?: (?:el|un|su|tu))? formulario\b|\bd[oó]nde (?:est[aá]|encuentro|consigo) (?:el|un) formulario\b"
    r"|(?:给|发|發|来|要|拿)(?:我|我们)?(?:一个|一份|个|份|一张|张)?(?:合作)?(?:申请表格?|表格|表单|需求表|登记表)"
    r"|(?:申请表|表格|表单)(?:在哪|哪里|哪儿)"
    r"|(?:양식|신청서|문의서|신청 ?양식)(?:을|를|이|좀)?\s?(?:좀\s?)?(?:주세요|주이소|주소|줘|줄래|주실|주시|보내\s?주|보내\s?줘|받을 수|어디)", _I)
ANY_KIND = "any"
TITLES_FIRST = frozenset({"coproduce", "license", "distribute"})
"""The kinds asked for a catalog title: said with what kind of titles ("co-produce a couple of
mystery titles"), those titles are listed first, the form a button under them (`intents.inquiry`)."""
"""`wants_inquiry`'s answer for a form asked for with no kind named (`LEAVE_DETAILS`): the form
as the 💼 button opens it, which asks the kind first."""


# Which events there are, asked ("有什么活动适合我们？", "which of your events fit that window?", "¿qué
# eventos hay en esas fechas?", "어떤 행사가 있어요?"): a question about events, no form
EVENTS_WHICH = re.compile(r"(有什么|有哪些|哪些|什么|有没有|有冇|有咩)(合适的|適合的|适合的)?(活动|活動)|(活动|活動)(适合|適合)"
                          r"|\b(which|what|any) (of (your|the) )?(upcoming )?events\b|\b(que|cuales|algun|hay) eventos?\b"
                          r"|(무슨|어떤|어느) 행사|행사(가|는)? ?(있|뭐)")


# A discount asked ("能打个折吗", "any discount?", "¿nos hacéis descuento?", "할인 돼요?")
DISCOUNT_WORDS = re.compile(r"\bdiscounts?\b|\b\d+ ?% off\b|\bdescuentos?\b|\brebaja\b|打折|打个折|打個折|折扣|便宜点|便宜點|할인|깎아")


def wants_inquiry(text: str) -> str | None:
    """The inquiry kind a message asks to start (`film`, `coproduce`, `license`, `distribute`,
    `event_signup`, `join_alliance`, `talent`), or None for anything else.

    Checked in order of how specific the words are: a sign-up before a price (a sign-up may
    mention a fee), the alliance before the talent program, licensing before distribution.
    """
    text = to_simplified((text or "").strip())[0]  # the patterns are Simplified: 報名 is 报名
    if not text or text.startswith("/") or len(text) > 600:
        return None
    if asks_for_person(text):
        return None  # "转真人客服，想谈拍摄费用", "can someone call me? we want a quote": a person first
    if quits_form(text):
        return None  # "ya no quiero seguir con lo de la licencia, gracias": leaving it, no form (fixZ16)
    switch, rest = language_request(text)
    if switch and not rest:
        return None  # "영어로 보내 주실 수 있을까요? 미국 배급사에 전달하려고 합니다.": a re-send, no request
    if asks_for_person(text):
        # "we'd like to join, but can we talk to someone first?": a person first, not the form
        return None
    if LEAVE_DETAILS.search(text) and not NEWS_ASKED.search(text):
        # (the kind said beside it, "留个资料，我们想合拍", is asked no more)
        return wants_inquiry(LEAVE_DETAILS.sub(" ", text)) or ANY_KIND
    if "lead_time" in facts_asked(text):
        return None  # "需要提前多久报名？", "how far ahead must we register?": a question, not a sign-up
    if NEWS_ASKED.search(text) and not (QUOTE.search(text) or PRICE.search(text)):
        return None  # "sign me up for Korea news": the news topic, subscribed by its own answer
    if TALENT.search(text) and APPLY.search(text) and not EVENT_WORDS.search(text):
        # "I'd like to sign up for the global talent program", "我想报名参加全球人才计划": a person's way
        # into the programme, which its intake session explains (the router's `program_sign_up`),
        # not a company's co-operation form asking for the company's name
        return None
    if SIGN_UP_DIRECT.search(text) and TO_BE_REMINDED.search(fold(text)):
        return None  # "anotame para que me recuerden ese": a reminder asked, no sign-up form
    if SIGN_UP_DIRECT.search(text):
        if NEW_THINGS["catalog_releases"].search(fold(text)) and not EVENT_WORDS.search(text):
            return None  # "sign me up for new catalogue titles": news of new titles, a subscription
        return "event_signup"
    if DISCOUNT_WORDS.search(fold(text)) and asks_question(text):
        # "我们想独家拿下《代码之下的园林》的东南亚版权，能打个折吗？": a term asked, answered (not
        # published, the title's team), not a form that drops the question (fixD17)
        return None
    if EVENTS_WHICH.search(fold(text)):
        # "想在明年上半年找个合拍项目，有什么活动适合我们？", "which of your events fit?": the events
        # asked, the project only why (fixD17)
        return None
    # "想问下…", "do you know their quote?": a question, whatever else it names (unless a wish
    # to do business stands beside it: "想了解一下，我们希望合拍")
    wishes = ASKS_TO_KNOW.sub(" ", text)
    if ASKS_TO_KNOW.search(text) and not STATED_WISH.search(wishes):
        return None
    if TELL_ME.search(text) and not QUOTE.search(text) and not STATED_WISH.search(TELL_ME.sub(" ", wishes)):
        return None
    text = SELF_INTRO.sub(" ", text)  # "我们是…发行的公司": who they are, not what they want
    wishes = ASKS_TO_KNOW.sub(" ", text)
    if asks_question(text):
        wishes = PURPOSE.sub(" ", wishes)  # "…있나요? 공동 제작하고 싶어서요": the reason for the question
    wish = bool(WISH.search(wishes))
    stated = bool(STATED_WISH.search(wishes))
    if wish and SIGN_UP.search(text) and EVENT_WORDS.search(text):
        if HOW_ASKED.search(text) and asks_question(text) and not stated:
            # "how do I sign up for the casting day?", "剛剛那個選角日要怎麼報名？": how to take part
            # asked, which the event's team answers (the router's gap), no form for a company (fixZ16)
            return None
        return "event_signup"
    # "入盟要交会费吗？", "do we have to pay a fee to join the alliance?": a question about joining
    # (nor is "想加入联盟，要交哪些材料？", "연맹에 가입하고 싶은데 어떤 서류가 필요한가요?": the papers or
    # the steps asked for are the procedure, which the membership FAQ answers, the form a tap away)
    if ALLIANCE.search(text) and (stated or not asks_question(text)) and not HOW_ASKED.search(text) \
            and not (asks_question(text) and (PROCEDURE_ASKED.search(text) or MEMBER_FEE.search(text))):
        # ("我们想加入联盟，要交会费吗？找谁办？", "we'd like to join, is there a fee?": the fee asked is
        # answered, unpublished, with the secretariat's card; the form a tap away)
        return "join_alliance"
    if ALLIANCE.search(text) and PRICE.search(text):
        return None  # "연맹 가입하고 싶은데 어떻게 해야 돼요? 비용도…": how to join and the fee: no shoot price
    if TALENT.search(text) and APPLY.search(text) and wish:
        return "talent"  # (its intake session named: "we'd like to join the talent program's session")
    if project_pitched(text):
        return "coproduce"  # (`OWN_PROJECT`: their own script asked to be made, the team's to weigh)
    # "¿cómo funciona la coproducción? ¿nos pueden ayudar?": a question, not yet a request
    deal = wish and (stated or not (ASKS_WHETHER.search(text) or asks_question(text)))
    if deal and asks_question(text) and DEAL_WHO_WHAT.search(text):
        # "we want to co-produce one of your titles, who do we talk to and what do we sign?",
        # "想合拍，先跟谁谈、签啥": the way to a deal asked, which the co-production FAQ answers
        # (the form a tap away), not the form opened on a question ("我们想合拍，有什么流程？" stays a request)
        return None
    if deal and PRICE_QUESTION.search(text) and not QUOTE.search(text):
        # "想买这部的版权，大概多少钱？", "we'd like to license it, how much would that be?": the
        # price asked is answered (not published: the honest gap naming who quotes it, the form a
        # tap away), as a plain price question is (below); a quote asked for starts the form
        return None
    if deal and COPRODUCE.search(text):
        return "coproduce"
    if deal and LICENSE.search(text):
        return "license"
    if deal and DISTRIBUTE.search(text):
        return "distribute"
    # A plain price question ("how much is the daily rental?") is answered with an honest gap
    # that offers this form; a concrete request (a quote, a wish, a number of days) starts it.
    # A price asked as a question ("how much to rent it for 3 days", "租三天多少钱", "3일 빌리는 데
    # 얼마예요?") is answered (the honest gap, the form a tap away), however concrete; only a quote
    # asked for starts the form.
    if PRICE_QUESTION.search(text) and not QUOTE.search(text):
        return None
    concrete = wish or DAYS.search(text) or QUOTE.search(text)
    if concrete and PRICE.search(text) and SHOOT.search(text) and not NOT_A_SHOOT_PRICE.search(text):
        return "film"
    return None


# What being a member costs, in its own words ("会费", "a fee", "cuota", "가입비", "is it free?")
MEMBER_FEE = re.compile(r"\bfees?\b|\bdues\b|\bfree\b|\bcuotas?\b|\bgratis\b|会费|會費|入会费|年费|年費|收费|收費|免费|免費"
                        r"|회비|가입비|연회비|무료|유료", _I)


PRICE_QUESTION = re.compile(
    r"\bhow much\b|\bwhat (?:does|would|will|do) (?:it|that|this|they|we) (?:cost|charge)|\bwhat'?s the (?:price|cost|rate)\b"
    r"|\bcu[aá]nto (?:cuesta|costar[ií]a|cobran|sale|saldr[ií]a|vale|nos cuesta|me cuesta)\b|\bqu[eé] precio\b"
    r"|多少钱|幾多錢|几多钱|什么价|啥价|怎么收费|怎么算钱|多少(?:费用|租金)"
    r"|얼마|비용이 (?:어떻게|얼마)|가격이 (?:어떻게|얼마)", _I)


PEOPLE = re.compile(r"(\d{1,3})\s*(?:people|persons|pax|of us|guests|attendees|personas|"
                    r"asistentes|个?人|位|名|명|분)", _I)
DAYS = re.compile(r"(\d{1,3})\s*(?:days?|d[ií]as?|天|일)", _I)


# The company a request names: a name with a word of the trade in it ("we're 2 from Cóndor
# Films", "somos de Producciones Sur", "我们是星河影业的", "저희는 한강 필름입니다"); a city or
# country alone ("from Lima") names no company.
_CAP = r"[A-ZÁÉÍÓÚÑ][\w&'.-]*"
COMPANY = re.compile(
    rf"((?:{_CAP}\s+){{0,3}}(?:Films?|Pictures|Studios?|Productions?|Producciones|Productora|Media|Entertainment|Filmes"
    rf"|Cine|Estudios?|Group|Grupo|Audiovisual|Animation|Content|Contenidos|TV)(?:\s+{_CAP}){{0,2}})"
    r"|(?:我们是|我们来自|来自|我是)([^\s，,。！？!?]{1,16}?(?:影业|影视|传媒|工作室|娱乐|公司|电影|制片))"
    r"|([가-힣A-Za-z]{1,12} ?(?:필름|픽처스|스튜디오|프로덕션|엔터테인먼트|미디어|영화사))")


# Information or material asked for in words, without a question mark ("send us the catalog",
# "necesito información sobre los incentivos", "发我们一下片单", "정보 좀 주세요"): a request of the
# partner's own, never a company's name (with ASKS_TO_KNOW and TELL_ME: `asks_for_information`)
INFO_WANTED = re.compile(
    r"\b(?:send|share|give|email|e-mail|forward|mail) (?:me|us)\b|\bplease (?:send|share|give|explain|tell|show|list)\b"
    r"|\b(?:i|we) need (?:to know|to find out|info|information|details|more)\b|\bmore (?:info|information|details)\b"
    r"|\b(?:info|information|details) (?:on|about|regarding)\b"
    r"|\b(?:necesito|necesitamos|quisiera|quiero|queremos) (?:saber|info|informaci[oó]n|detalles|m[aá]s informaci[oó]n)\b"
    r"|\b(?:env[ií]a|env[ií]en|m[aá]nda|m[aá]nden|p[aá]sa|p[aá]sen|comp[aá]rte|comp[aá]rtan|d[aá])(?:me|nos)\b"
    r"|\bm[aá]s (?:info|informaci[oó]n|detalles)\b|\binformaci[oó]n (?:sobre|de|del|acerca)\b"
    r"|(?:发|给|传)(?:一下|下)?(?:我|我们)(?:一下|下)?|了解(?:一下|下)|需要(?:了解|知道)|(?:详细|具体)(?:资料|信息|介绍|情况)"
    r"|(?:보내|공유해|소개해|추천해) ?(?:주세요|줘|주시겠|주실|주십시오)|(?:정보|자료|안내|목록|리스트)\s?(?:좀\s?)?(?:주세요|부탁)"
    r"|(?:주세요|주십시오|부탁드립니다|부탁드려요|부탁해요)\W*$", _I)
_TITLE_CASE = re.compile(r"^\W*(?:[A-ZÁÉÍÓÚÑ0-9][\w&'.-]*|&|and|of|the|de|del|la|y)(?:\s+(?:[A-ZÁÉÍÓÚÑ0-9][\w&'.-]*|&|and|of|the|de|del|la|y))*\W*$")


def asks_for_information(text: str) -> bool:
    """Does `text` ask to be told or sent something in words ("tell me about the incentives",
    "想了解下横店的拍摄补贴", "quiero saber cuándo es el festival", "인센티브 정보 좀 주세요"), however
    it ends? A company's name ("Tell Me Films", "Show Us Studio", any Title Case name) does not."""
    text = to_simplified((text or "").strip())[0]
    if not text or company_named(text) or _TITLE_CASE.match(text):
        return False
    return bool(ASKS_TO_KNOW.search(text) or TELL_ME.search(text) or INFO_WANTED.search(text))


def company_named(text: str) -> str | None:
    """The company a request names in passing, as written, or None."""
    found = COMPANY.search(text or "")
    name = next((g for g in found.groups() if g), None) if found else None
    return name.strip() if name and len(name.strip()) >= 2 else None


def prefill(text: str) -> dict[str, int]:
    """Numbers a request already gives: `people` for a sign-up, `days` for a shoot."""
    found: dict[str, int] = {}
    text = to_simplified(text or "")[0]  # "3個人" as "3个人"
    if m := PEOPLE.search(text):
        found["people"] = int(m.group(1))
    if m := DAYS.search(text):
        found["days"] = int(m.group(1))
    return found



# "Send it", "sí, envíalo", "发送", "确认无误", "네 보내 주세요", "ok": the whole message confirms the
# summary the form shows before sending (its ✅ Send button, typed). Matched on folded text.
_SEND = (r"send( it| it now| please| now)?|submit( it)?|yes|yep|ok|okay|confirm(ed)?|correct|looks (good|right|fine)|all (good|correct)|go ahead|that'?s (right|correct)"
         r"|envia(lo|r)?|enviar(lo)?|mandalo|mandar(lo)?|si|sip|vale|dale|confirmo|confirmado|correcto|esta bien|todo bien|todo correcto|adelante|listo"
         r"|发送|发出|发吧|提交|确认|确定|没问题|对的?|是的?|好的?|可以|无误|确认无误|沒問題"
         r"|보내(요|주세요|줘| ?주세요|기)?|전송(해 ?주세요|해요|해 ?줘|할게요)?|제출(해 ?주세요|할게요)?|네|예|맞아요|맞습니다|좋아요|확인(했어요|했습니다)?|괜찮아요")
_SEND_FILL = r"please|pls|thanks|now|por favor|porfa|gracias|ya|吧|了|啊|一下|请|谢谢|요|주세요|감사합니다"
SEND_FORM = re.compile(rf"^\W*(({_SEND}|{_SEND_FILL})\W*)*({_SEND})(\W*({_SEND}|{_SEND_FILL}))*\W*$")


def confirms_send(text: str) -> bool:
    """The message only says "yes, send it" to the form's summary."""
    return SEND_FORM.search(fold(to_simplified(text)[0])) is not None


# A message that is only courtesy ("thanks", "ok, gracias", "hola", "你好", "감사합니다", "bye"), in
# any of the four languages whatever the form's: no company's name, title or dates, so the form
# sets it aside (answered as small talk, the form's question asked again). Matched on folded text.
_COURTESY = (r"hi|hello|hey|heya|hiya|howdy|greetings|good (morning|afternoon|evening|day)|thanks?( (you|a lot|so much|very much|again|a bunch|a ton))?"
             r"|thank (you|u)( (so|very) much| again| a lot)?|thx|tnx|ty|cheers|many thanks|much appreciated|appreciate it|bye( bye)?|goodbye"
             r"|see (you|ya)|ok|okay|cool|great|nice|perfect|got it|noted|sure|alright|all right|you'?re welcome|no problem"
             r"|hola|holi|buenas( tardes| noches)?|buenos dias|saludos|gracias|muchas gracias|mil gracias|muchisimas gracias|adios|chao|chau"
             r"|hasta luego|vale|dale|perfecto|listo|genial|de acuerdo|entendido|de nada"
             r"|你好|您好|嗨|哈喽|哈啰|大家好|早上好|下午好|晚上好|谢谢(你|您|啦)?|多谢|感谢|谢啦|好的|好|嗯|收到|明白了?|知道了|再见|拜拜"
             r"|안녕하세요|안녕하십니까|안녕|반갑습니다|감사합니다|감사해요|감사요|감사|감사감사|고맙습니다|고마워요|고마워|고맙네요|땡큐|네|예|넵|알겠습니다|알겠어요|좋아요|오케이"
             r"|안녕히 ?(계세요|가세요)"
             # (in dialect: "고맙심더", "고맙데이", "욕봤심더")
             r"|고맙심더|고맙습니더|고맙데이|고맙다|고마버요|고맙대이|욕봤심더|욕보이소|수고했심더|감사함다|감사합니당")
COURTESY_ONLY = re.compile(rf"^\W*(({_COURTESY})(?!\w)\W*)+$")


def courtesy_only(text: str) -> bool:
    """The whole message is a greeting, a thanks, an "ok" or a goodbye (any of the four languages)."""
    return COURTESY_ONLY.search(fold(to_simplified(text or "")[0])) is not None


# The form named and dropped ("forget the form", "skip this form for now", "dejá el formulario", "olvidate
# de la solicitud", "表先不填了", "表格唔填喇", "신청서는 그만 쓸게요"), and saying "later" while leaving
# ("we'll come back later", "lo hablamos otro día", "改天再说", "나중에 다시 올게요"): a call-off in a form.
_DROP_FORM_AFTER = (r"(lo del?|lo de la|el|la|eso del?|ese|esa) (formulario|form|solicitud),? (olvidalo|olvidala|dejalo|dejala|olvidate|cancelalo|cancelala|no importa|mejor no|ya no|da igual)"
                    r"|(the|that|this) (form|request form|questionnaire),? (forget (it|about it)|never ?mind|nvm|scrap (it|that)|skip (it|that)|leave it|drop (it|that))"
                    r"|(表格?|表单|申请表|问卷)(的事情?)?(就)?(算了|不用了|不要了|唔使喇?|唔要喇?)"
                    r"|(양식|신청서|폼|문의서)(은|는|을|를)? ?(됐어요|됐고|됐어|괜찮아요|필요 없어요|안 해도 돼요|취소(해 ?주세요|할게요)?)")
_DROP_FORM = (r"(forget|drop|skip|scrap|ditch|leave|park|cancel|close|stop) (about )?(the|this|that|my|our) (form|request|inquiry|questionnaire)( for now)?"
              r"|(deja|dejemos|deje|olvida|olvidate|olvidemos|olvide|olvidese|cancela|cancelemos|cierra|cerra|para|paremos|borra) (del? )?(el |este |ese |la |esta |lo del? )?(formulario|form|solicitud)( por ahora| por hoy)?"
              r"|(这个|这份|那个|那份|呢个|呢份)?(表格?|表单|申请表|问卷)?(就|先|暂时|今天)?(不填|唔填|冇填|不写)(了|喇|啦|住)?|(表格?|表单|申请表)(算了|唔要|不要了)"
              r"|唔(使|洗|驶)(喇|啦|了|住|嘞)?|(只系|净系|就系)?睇(吓|下|睇)(咋|啫|而已|喇|啦)?|随便睇睇"
              r"|(양식|신청서|문의서?|폼)(은|는|을|를)? ?(그만 ?(쓸게요|할게요|할래요|둘게요|하자|할래)|나중에 (쓸게요|할게요|작성할게요|할래)|안 ?(쓸래요|쓸게요|할래요|할게요|쓸래|할래)|취소(할게요|해 ?주세요|해 ?줘))"
              r"|안 ?할란다|고마 ?됐다|마 ?됐다|됐다 ?마|(고마|마) ?됐고|그만하자|그만할래|안 할래|됐당께|안 할라요|담에 할게|나중에 할게"
              # the form named first, then dropped ("lo del formulario olvídalo", "the form, forget it",
              # "表格的事就算了", "양식은 됐어요")
              f"|{_DROP_FORM_AFTER}")
_LATER = (r"(we'?ll|we will|i'?ll|i will|let'?s) (come back|do (it|this)|continue|finish( it)?|fill (it|this) (in|out)|talk|pick (it|this) up|get back to (it|you))( to it)? (later|another (time|day)|some other time|next time|soon)"
          r"|(we'?ll|i'?ll) (come back|be back)|(another|some other) (time|day)|talk (later|soon)"
          r"|lo (hablamos|vemos|seguimos|retomamos|dejamos|llenamos|hacemos|charlamos) (otro dia|despues|luego|mas tarde|mas adelante|en otro momento|para otro dia)"
          r"|otro dia( sera| lo vemos)?|mas (tarde|adelante) (vuelvo|volvemos|lo hago|lo vemos)|(vuelvo|volvemos|te escribo|te escribimos) (despues|luego|mas tarde|otro dia)"
          r"|改天(再)?(说|聊|填|弄|来)?(吧)?|下次(再)?(说|聊|填|来)(吧)?|回头(再)?(说|聊|填)(吧)?|以后再(说|填)(吧)?|第日(再)?(讲|倾|填)"
          r"|나중에 (다시 )?(올게요|연락할게요|연락드릴게요|할게요|작성할게요|쓸게요|얘기해요|이야기해요|올게|할게)|다음에 (다시 )?(올게요|연락할게요|연락드릴게요|봬요|할게요|얘기해요|올게|할게)")
# Given up for today, or written to the team directly instead ("nah forget it, not today", "never
# mind the form, I'll email them myself", "ya fue", "hoy no", "mejor les escribo yo", "今天先不弄了",
# "我自己发邮件给他们", "오늘은 안 할래", "제가 직접 메일 보낼게요"): the form left (fixZ16)
_GIVE_UP = (r"never ?mind (the|this|that|my|our) (form|request|inquiry)|not today|not right now|(let'?s )?(drop|leave|park|skip|scrap) (it|that|this)( for (today|now))?"
            r"|(i|we)'?ll (just )?(email|e-mail|mail|write to|contact|call|ring|message|reach out to|get in touch with) (them|you|the team|that team|the office)( myself| ourselves| directly| by email)*"
            r"|(i|we)'?d rather (email|write to|contact|call) (them|the team)( myself| ourselves| directly)*|(i|we) (don'?t|do not) want to (go on|keep going|carry on|continue)( with (it|this|the \w+))?( any ?more| any longer)?"
            r"|(?<!¿)ya fue(?!\s*\?)|hoy no|no hoy|ya no|mejor no( sigo| seguimos)?|mejor otro dia|(mejor )?(yo )?(les|le) (escribo|escribimos|mando un (correo|mail)|llamo|contacto)( yo| nosotros)?( directamente| por correo| mismo| misma| mismos)*"
            r"|(ya )?no (quiero|queremos) (seguir|continuar)( con (lo de |lo del |esto|eso)?(la |el |los |las )?\w*)?"
            # not going on, said as a preference or a "let's not" ("prefiero no seguir con el formulario",
            # "mejor no sigamos", "I'd rather not continue", "我不想继续了", "더 이상 진행하고 싶지 않아요"; fixA17)
            r"|(ya )?no (sigo|seguimos|continuo|continuamos)( con (esto|eso|la solicitud|el formulario))?|(prefiero|preferimos) no (seguir|continuar)( con (el formulario|la solicitud|esto|eso))?|(ya |mejor )?no sigamos( con esto)?"
            r"|(i|we)'?d rather not (continue|go on|carry on|do this)( with (it|this|the form))?|let'?s not (continue|go on|do this)"
            r"|(我|我们)?(不想|不要|不打算)(再)?(继续|往下)(了|填了|弄了|下去了?)?|(我|我们)?不继续了"
            r"|(더 ?이상|더는|더) ?(진행|계속|작성) ?(하고 싶지 않아요|하고 싶지 않습니다|하고 싶지 않네요|안 할게요|안 할래요|안 할래|하기 싫어요|하지 않을게요|안 하겠습니다)"
            r"|今天(就)?(先)?到这(里|儿)?(吧)?|不搞了|唔搞(喇|啦|了)?|不弄了|我(们)?(自己|直接|自己直接)+(给|跟|同)?(他们|佢哋)?(发邮件|发email|发e-?mail|写信|写邮件|联系|打电话|发信息)(给他们|畀佢哋)?(吧|好了)?"
            r"|(오늘은|오늘) ?(그만할게요|그만할래|안 할래|안 할게요|안 할래요|여기까지|여기까지 할게요)|(제가|내가|저희가) (그냥 )?직접 (메일|이메일|연락|전화)(을|를)? ?(보낼게요|할게요|드릴게요|보낼게|할게|드릴게요)")
_QUIT_FILL_BYE = (r"for now|then|guys|everyone|all|amigos|chicos|gente|saludos|por ahora|bueno|pues|bue|well|so|oh|ah|alright|right"
                  r"|大家|各位|先|啦|了|喇|那|那就|好吧|哦|여러분|그럼|이만|아|네|넵")
# A goodbye said alone ("bye", "ok thanks, bye", "adiós", "chau, gracias", "再见", "拜拜", "안녕히 계세요"):
# inside a form, the partner leaving it (the form closes, one line says so under the goodbye)
_BYE = (r"bye( bye)?|goodbye|see (you|ya)( later| soon| around)?|take care|adios|chao|chau|hasta luego|hasta pronto|nos vemos|hasta la proxima"
        r"|再见|拜拜|回头见|下次见|白白|안녕히 ?(계세요|가세요|계십시오)|잘 ?있어요?|수고하세요|수고하셨습니다|다음에 봬요|들어가세요")
BYE = re.compile(rf"(?:^|\W)({_BYE})(?!\w)")
_BYE_ONLY = re.compile(rf"^\W*(({_COURTESY}|{_BYE}|{_QUIT_FILL_BYE})(?!\w)\W*)+$")


def says_goodbye(text: str) -> bool:
    """The whole message is courtesy with a goodbye in it ("thanks, bye", "adiós", "再見", "안녕히 계세요")."""
    folded = fold(to_simplified(text or "")[0])
    return _BYE_ONLY.search(folded) is not None and BYE.search(folded) is not None


# "Cancel", "never mind", "stop", "olvídalo", "ya no quiero llenarlo", "算了，不填了", "취소할게요": the
# whole message leaves the form (what its ✖ Cancel button does). `calls_off` covers the call-offs
# said anywhere; these are the ones that only make sense while a form is open.
_QUIT = (r"stop( it| this| the form| here)?|quit|exit|leave( the form| it)?|cancel (the |this |my )?(form|request)|i'?ll (do|fill) it later"
         r"|(i|we) (don'?t|do not) want to (continue|fill (it|this) (in|out))|no thanks|no thank you"
         r"|salir|parar|para|detente|cancelar( el formulario| la solicitud)?|ya no quiero( seguir| llenarlo| continuar)?|no quiero (seguir|continuar|llenarlo)"
         r"|luego lo (lleno|hago)|no gracias"
         r"|不填了|不想填了|不填|不弄了|不做了|退出|不要了|先不填了?|下次再填|取消填写|取消表单|不用了谢谢|还是算了吧?"
         r"|그만(할게요|하겠습니다|할래요|둘게요)?|안 ?할래요|안 ?할게요|나갈게요|작성 ?안 ?할게요|다음에 (할게요|작성할게요)|취소(할게요|해 ?주세요)?|괜찮습니다"
         # never mind, only looking around ("actually never mind, just browsing", "no gracias, solo
         # estaba mirando", "算了，我只是随便看看", "아 됐어요 그냥 구경하는 중이에요"): the form left too
         r"|never ?mind|nvm|forget (it|about it|the form|this form|that)|not now|maybe later"
         r"|((i'?m|i am|i was|we'?re|we are|we were) )?just (browsing|looking( around)?|checking( things)? out|having a look)"
         r"|olvidalo|olvidelo|dejalo|dejelo|mejor no|no importa|da igual|ahora no|en otro momento"
         r"|(mejor )?lo dejamos( aqui| ahi| asi| por ahora| para (despues|luego|otro dia))?|dejemoslo( aqui| ahi| asi| por ahora)?"
         # another subject asked for, or the partner going off ("let's talk about something else",
         # "hablemos de otra cosa", "换个话题", "다른 얘기 하자"; "gotta go", "me tengo que ir", "我先去吃饭",
         # "밥 먹으러 갈게요"): the form left, nothing sent
         r"|(talk|chat|move on) (about|to) (something|anything) else|change (of )?(the )?(subject|topic)|(ask|asking) (about )?something else"
         r"|(hablemos|hablamos|hablar|pasemos|cambiemos|cambiamos) (de|a) (otra cosa|otro tema|tema)|(te pregunto|pregunto|preguntemos) (por )?otra cosa"
         r"|换个?话题|聊点?别的|说点?别的|讲点?别的|讲第二样|倾第二样|倾下第二样|问点?别的"
         r"|(다른|딴) (얘기|이야기|거|질문)(를|를 좀|좀)? ?(하자|해요|할게요|할래요|합시다|물어볼게요|하고 싶어요)?"
         r"|(i )?(gotta|got to|have to|need to|must) (go|run|leave)( now)?|(i'?m |we'?re )?(off|going|heading) (to|for) (lunch|dinner|eat|a meeting)"
         r"|me tengo que ir|tengo que irme|(luego|despues|mas tarde) (sigo|seguimos|continuo|continuamos|lo termino|lo terminamos)|nos tenemos que ir|me voy a (comer|almorzar|cenar)|me voy( ya)?|(voy|vamos) a comer"
         r"|(我|我们)?(先|要)?(去)?(吃饭|食饭)(了|去了|先)?|(我|我们)?先(去)?忙(了|先)?|(我|我们)?先走了?|(我|我们)?(要)?(去)?开会了?"
         r"|(밥|점심|저녁) 먹으러 (갈게요|가요|가야겠어요|가야 돼요|갈게|감)|(이만 )?가 ?봐야 (해요|겠어요|될 것 같아요|돼요)|이만 (갈게요|가볼게요|가 볼게요)"
         r"|(solo|nomas|solamente) (estaba|estoy|estabamos|estamos) (mirando|viendo|curioseando|chusmeando|echando un vistazo)"
         r"|(solo|nomas|nada mas|solamente) (curioseaba|curioseabamos|curioseando|miraba|mirabamos|chusmeaba|chusmeando|vichaba|vichando)"
         r"|只是(随便)?看看|随便看看|就(随便)?看看|先不用了?|不用了|没事了|暂时不用"
         r"|(그냥 )?(둘러보는|구경하는|구경만 하는|보는) (중이에요|중이었어요|중입니다|거예요|거에요)|구경만 (할게요|했어요)|됐어요|됐습니다|됐어|괜찮아요|안 해도 돼요"
         # the form itself dropped, however said ("forget the form please", "dejá el formulario", "表先不填了",
         # "唔使喇，睇吓咋", "양식은 나중에 쓸게요"), and the "we'll come back to it later" that follows
         f"|{_DROP_FORM}|{_LATER}|{_GIVE_UP}")
_QUIT_FILL = (r"ok|okay|sorry|actually|please|pls|oh|ah|well|no|nah|nope|mejor|perdon|por favor|ah|bueno|no|好吧|那|嗯|算了|哦|啊|我|아|음|죄송해요|그냥|吧|了|谢谢|thanks|gracias"
              r"|nada|pues|che|bue|ya|vale|oye|mira|sabes que|for now|then|guys|thank you|mate|porfa|chicos|gente|let'?s|lets"
              r"|uy|uff|ay|ups|huy|ah no|hmm|hm|um|anymore|any more|any longer"
              r"|喇|啦|咋|啫|嘞|咁|冇事|唔该|多谢|其实|先|暂时|大家"
              r"|감사합니다|감사해요|아니요|아뇨|아니|마|고맙데이|고마워요|고마워|죄송|됐고|일단"
              r"|meh|today|for today|hoy|por hoy|nel|今天|今日|고마|오늘은|그냥|[\u4e00-\u9fff]{1,4}的事情?"
              r"|bah|pff+|uf+|ugh|eh|hmm+|mm+|ay|y|and|fine|whatever|listo|vaya|我|我们|야|에이|아이고"
              # a hesitation before, a goodbye after ("uh no, mejor no, chau", "erm no thanks, bye", "嗯…还是算了，
              # 拜拜", "음 됐어요 안녕히 계세요"): still only the form left (fixJ17)
              rf"|uh+|uhm+|umm+|erm+|em+|este|eeh+|还是|嗯+|呃|额|어|저기|{_BYE}")
QUIT_FORM = re.compile(rf"^\W*(({_QUIT_FILL})(?![a-z])\W*)*({_QUIT})(?![a-z])(\W*({_QUIT_FILL}|{_QUIT})(?![a-z]))*\W*$")


# Only looking, or the form itself dropped ("ok nevermind, I was just looking", "solo curioseaba",
# "随便看看", "그냥 구경하는 중이에요", "forget the form"): said with no form open, a short "no problem"
JUST_LOOKING = re.compile(
    r"\bjust (browsing|looking|checking( things)? out|having a look)\b|\bforget (the|this) form\b|" + _DROP_FORM_AFTER + r""
    r"|\b(curioseaba|curioseabamos|curioseando|chusmeando|chusmeaba|echando un vistazo)\b|\b(solo|nomas|solamente) (estaba|estoy|estabamos|estamos) (mirando|viendo)\b"
    r"|随便看看|只是看看|就看看|(둘러보는|구경하는|구경만 하는) (중|거)|구경만"
    # the request itself given up ("ya no quiero seguir con lo de la licencia", "we don't want to go on
    # with it, I'll email them myself", "授权的事不弄了", "마 됐다, 고마 안 할란다"): nothing to undo (fixZ16)
    r"|\b(ya )?no (quiero|queremos) (seguir|continuar)\b|(?<!¿)\bya fue\b(?!\s*\?)|\b(les|le) escribo yo\b"
    r"|\b(i|we) (don'?t|do not) want to (go on|continue|keep going|carry on)\b|\bnever ?mind (the|this|that|my|our) (form|request|inquiry)\b"
    r"|\b(i|we)'?ll (just )?(email|e-mail|write to|contact|call|message) (them|the team)( myself| ourselves| directly)+"
    r"|不弄了|不搞了|唔搞|今天先不|(自己|直接)(给|跟)?他们?(发邮件|写信|联系)|안 ?할란다|(마|고마) ?됐다|직접 (메일|이메일|연락|전화)(을|를)? ?(보낼|할|드릴)", _I)


def just_looking(text: str) -> bool:
    """The message only says the partner is looking around (`JUST_LOOKING`, `QUIT_FORM`)."""
    folded = fold(to_simplified(text or "")[0])
    return JUST_LOOKING.search(folded) is not None and QUIT_FORM.search(folded) is not None


def quits_form(text: str) -> bool:
    """The message only leaves the open form ("cancel", "never mind", "算了", "그만할게요")."""
    from intents.lexicon import calls_off

    folded = fold(to_simplified(text or "")[0])
    return QUIT_FORM.search(folded) is not None or calls_off(text or "")
