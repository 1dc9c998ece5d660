"""Is the message ours to answer at all? The out-of-scope half of the honest gate.

The router picks the best answer *among ours*; this module asks, of the answer it picked,
whether the message was about our subjects in the first place. A classifier trained on our
subjects is often sure about a question it was never meant for ("did Messi retire?" reads as a
greeting, "周杰伦新专辑什么时候出" as an events question, "como quedo River anoche?" names the
riverside sets), so an answer reached without a record the message names is checked against
three independent signals before it is sent:

- **vocabulary coverage** (`intents.coverage`): the share of the message's content words that no
  knowledge file and no in-scope training line uses ("Messi", "周杰伦", "대통령");
- **the classifier's out-of-scope probability**, trusted when it is the top intent;
- **meaning** (`intents.semantic`, only when the cheaper signals already doubt the message, so the
  ~20 ms embedding is rare): how much nearer the message is to an off-topic training line than to
  any in-scope line or FAQ question.

Plus one bounded request kind no vocabulary explains away: translating a phrase ("how do you say
'good night' in Portuguese?", "“早上好”用法语怎么说", "'감사합니다'를 프랑스어로 어떻게 말해요?"), which a
greeting inside it makes look like small talk.

A message that names one of our records, points back at the conversation, asks for a person, an
action or a language, or asks for something unpublished (an honest gap) is never judged here.

`deal_like_partner` is the other half of "is this the answer to the question?": "a deal like the
one Dalynn got" asks for the arrangement (an incentive whose text names that partner), not the
partner's card.
"""

from __future__ import annotations

from core import lazy_re as re  # patterns compiled on first use: see core/lazy_re.py
from core.text import fold, to_simplified
from intents import coverage, lexicon
from intents.lexicon import WORK_WORDS
from intents.memory import Memory
from intents.reply import Reply
from intents.timezones import places_named
from intents.turn import Turn
from intents.understand import Understanding, unnamed

# Translating a phrase: a quoted phrase or "how do you say", with a language to translate into.
TRANSLATION = re.compile(
    r"\btranslat\w*\b.{0,40}\b(into|to|in)\b|\bhow (do|would|can) (you|i|we) say\b|\bwhat('s| is) .{1,30} in (french|german"
    r"|italian|japanese|portuguese|arabic|russian|hindi|yoruba|swahili|hausa|zulu|thai|vietnamese|dutch)\b"
    r"|\btraduc\w*\b.{0,40}\b(al|a|en)\b|\bcomo se (dice|escribe|pronuncia)\b|\bque significa\b"
    r"|(用|说成|翻译成|翻成|译成)\s*[\u4e00-\u9fff]{1,4}[语文话]\s*(怎么|咋|如何)(说|讲|写)|[\u4e00-\u9fff]{1,4}[语文话]怎么(说|讲|写)|翻译成|翻成"
    r"|[가-힣]{1,5}어로 (뭐|뭐라|어떻게) ?(라고|말|써|쓰|해)|번역해|[가-힣]{1,5}어로 (번역|옮겨)")
# Trouble with the partner's own account or app ("my wechat account got blocked", "me bloquearon la
# cuenta", "微信被封号了", "위챗 계정 정지 풀려면", "구글 캘린더 동기화가 안 돼요"): we hold no accounts and
# run no one's apps, whatever product word (WeChat, a calendar, a subscription) it shares with ours.
OWN_ACCOUNT = re.compile(
    r"\b(account|password|login|log ?in|sign ?in)\b.{0,40}\b(blocked|banned|suspended|locked|hacked|frozen|disabled|reset"
    r"|recover\w*|forgot|restore|unlock|get (it )?back)\b|\b(blocked|banned|suspended|locked|hacked|froze|forgot|reset|recover"
    r"|unlock|restore)\b.{0,30}\b(account|password|login)\b"
    r"|\b(cuenta|contrasena|clave|usuario)\b.{0,40}\b(bloque\w*|suspend\w*|hacke\w*|recuper\w*|olvid\w*|restablec\w*|desbloque\w*"
    r"|congel\w*)|\b(bloquearon|suspendieron|hackearon|olvide|recuperar|recupero|desbloquear|desbloqueo)\b.{0,30}\b(cuenta|contrasena|clave)\b"
    r"|(账号|帐号|账户|帳號|密码|密碼|微信号).{0,10}(被封|封了|冻结|解封|找回|忘了|忘记|被盗|登不上|登录不了)|封号|解封|找回密码|忘记密码|盗号"
    r"|(계정|비밀번호|비번|아이디|로그인).{0,15}(정지|잠겼|잠김|해킹|잊어|분실|복구|풀려|풀리|차단|막혔|재설정)"
    r"|\b(sync\w*|sincroniz\w*)\b.{0,30}\b(not working|doesn'?t work|won'?t|fails?|no funciona|no (me )?deja)\b"
    r"|(同步|동기화).{0,8}(不了|失败|不上|안 ?돼|안 ?되|오류|실패)")
# A traveller's or a creator's own errand ("where do I buy a SIM card at the airport?", "外国人怎么开
# 微信支付", "캡컷으로 편집 어떻게 해요?", "¿qué cámara es mejor pa vertical?"): a phone card, a payment
# app set up, an editing app, which camera to buy are none of ours, whatever film or travel word
# (the airport, vertical video) they share with our texts.
GEAR = (r"(cameras?|camcorders?|lens(es)?|gimbals?|ring ?lights?|softbox(es)?|led panels?|lights? kits?|mics?|microphones?"
        r"|tripods?|drones?|stabili[sz]ers?|dslrs?|mirrorless)")
GEAR_ES = r"(camaras?|lentes?|objetivos?|estabilizador(es)?|aros? de luz|aros? led|microfonos?|tripodes?|drones?|luces)"
GEAR_ZH = r"(相机|相機|摄像机|攝像機|摄影机|镜头|鏡頭|稳定器|穩定器|补光灯|補光燈|环形灯|環形燈|麦克风|麥克風|话筒|三脚架|無人機|无人机)"
GEAR_KO = r"(카메라|렌즈|짐벌|링 ?라이트|조명|마이크|삼각대|드론)"
OWN_ERRAND = re.compile(
    r"\b(sim|e-?sim)( cards?)?\b|\bphone cards?\b|\bprepaid (phone|sim|data)\b|\bdata plan\b|\btarjetas? sim\b|\bplan de datos\b"
    r"|\b(set ?up|open|activate|link|register|get)\b.{0,20}\b(wechat pay|weixin pay|alipay)\b|\b(wechat pay|alipay)\b.{0,25}\b(foreigners?|set ?up|activate)\b"
    r"|\b(abr[oei]\w*|activ[oea]\w*|configur\w*|vincul\w*|saco|sacar)\b.{0,20}\b(wechat pay|alipay)\b|\b(wechat pay|alipay)\b.{0,25}\bextranjer[oa]s?\b"
    r"|\bcapcut\b|\bpremiere pro\b|\bfinal cut\b|\bdavinci resolve\b"
    r"|\b(which|what) (\w+ )?(camera|lens|gimbal)s? (is|are|should|would|to) (best|buy|get)\b|\bbest (\w+ )?(camera|lens|gimbal)s? (for|to)\b"
    r"|\b(que|cual) (camara|lente|estabilizador) (es )?(mejor|compro|me compro|conviene)\b|\bmejor camara\b"
    r"|电话卡|手机卡|流量卡|上网卡|sim ?卡|(开|开通|绑定|注册|申请|设置)(个)?(微信支付|支付宝)|(微信支付|支付宝).{0,6}(怎么|如何|咋)(开|开通|绑|注册|弄)"
    # a bank account opened ("how do foreigners open a bank account in China?", "¿cómo abro una cuenta
    # bancaria?", "外国人怎么开银行账户", "은행 계좌 만들려면"): the traveller's own bank, not our money
    r"|\b(open|opening|set ?up|setting up|get|getting|register)\b.{0,25}\bbank (account|card)s?\b|\bbank accounts?\b.{0,30}\b(open|set ?up|foreigners?)\b"
    r"|\b(abr|abro|abrir|sac|saco|sacar|tramit)\w*\b.{0,25}\bcuentas? (bancarias?|de banco)\b|\bcuentas? bancarias?\b.{0,30}\bextranjer"
    r"|(开|开通|办|办理|申请|开个|办个)(一个|个|张)?(银行|中国的?银行)(账户|帐户|账号|卡)|银行(账户|帐户|卡).{0,8}(怎么|如何|咋|能不能|可以)(开|办)"
    r"|(은행 ?)?계좌.{0,10}(개설|만들|트|열)|은행 ?카드.{0,10}(만들|발급)"
    r"|剪映|(什么|啥|哪款|哪个|哪种|哪台)(相机|摄像机|镜头|稳定器).{0,4}(好|最好|推荐|合适)|(相机|摄像机).{0,6}(哪款|哪个|什么|啥).{0,4}(好|推荐)|买(什么|啥|哪款)(相机|摄像机)"
    r"|유심|이심|심 ?카드|선불 ?(폰|카드)|(위챗 ?페이|알리 ?페이).{0,12}(만들|개설|등록|연동|설정|쓰려면|어떻게|열)"
    r"|캡컷|(무슨|어떤|어느) ?(카메라|렌즈|짐벌)(가|를|로)? ?(젤|제일|가장|좋|추천|사)|카메라.{0,8}(추천|사면|살까)"
    # gear of their own to buy, whatever the kind ("which ring light is best for streaming?", "¿qué
    # micrófono me compro?", "拍竖屏应该买哪一部相机", "링라이트 뭐 사요?"): shopping advice, none of ours
    # ("which"/"what" only right before the gear: "what resolution are the LED panels?" asks ours)
    r"|\b(best|good|cheap\w*|recommend\w*|buy|get|purchase)\b[^.?!]{0,20}\b" + GEAR + r"\b"
    r"|\b(which|what)( (kind|sort|type|brand|model|make) of| \w+ of)? " + GEAR + r"\b"
    r"|\b" + GEAR + r"\b[^.?!]{0,20}\b(should (i|we) (buy|get)|to buy|worth buying|is (the )?best|do you recommend)\b"
    # (a crew's own camera, "unos manabitas con cámara propia", is the gear they have, none to buy; fixN25)
    r"|\b(que|cual|mejor|compr\w*|recomiend\w*|recomend\w*)\b[^.?!]{0,20}\b" + GEAR_ES + r"\b(?! propi[oa]s?\b)"
    r"|(买|購買|购买|入手|推荐|选)(哪|什么|啥|几)[^，。？！?!,]{0,4}" + GEAR_ZH + r"|" + GEAR_ZH + r"[^，。？！?!,]{0,6}(哪款|哪个(?!景|场|地|基|影棚|片场)|哪一部|哪部|哪台|买哪|推荐|怎么选)"
    r"|" + GEAR_KO + r"[^.?!]{0,8}(뭐 ?사|살까|사면|추천|뭐가 좋|어떤 게 좋|어디 거)")
# Where to buy, order or source goods, cheaply or wholesale ("冰雕用的冰哪儿能买着", "where can I buy
# cheap bamboo strips for lanterns?", "¿dónde mando a hacer trajes de danza a buen precio?", "탈춤 의상
# 어디서 맞추면 싸요?", "灯带哪家质量好价钱又公道"): a shop or supplier for the partner's own craft, no
# subject of ours whatever price word ("便宜", "cheap") or product word ("LED") it shares with our
# FAQs. Goods for a shoot, a ticket, a title's rights, or anything at Hengdian stay ours (`not_ours`).
GOODS_SOURCED = re.compile(
    r"\bwhere (can|could|do|should|would|might) (i|we|one|you|people|they) (buy|purchase|order|source|get hold of|pick up)\b"
    r"|\bwhere to (buy|purchase|order|source)\b|\bwho sells\b"
    r"|\b(cheapest|cheap|best|good|reliable) (place|shop|store|supplier|vendor|wholesaler|spot)s? (to|for) (buy|get|order|source)\b"
    r"|\bwholesale\b|\b(buy|order|source)\w* (\w+ ){0,3}in bulk\b|\bsuppliers? (of|for)\b"
    # ("where to get cheap clay", "where can we get our robes made cheaply": "get" is a purchase beside cheapness)
    r"|\bwhere (to|can|could|do|should) (\w+ ){0,2}get\b[^.?!]{0,40}\b(cheap\w*|inexpensive\w*|affordabl\w*|bargains?|at a (good|fair|decent) price)"
    r"|\bdonde (puedo |podemos |se puede |podria |podriamos )?(compr\w*|consig\w*|consegu\w*|mand\w* (a )?hacer|encarg\w*|vende\w*|se vende\w*)\b"
    r"|\bquien vende\b|\bal por mayor\b|\bmayoreo\b|\bmayoristas?\b|\bproveedor(es)? (de|para)\b"
    r"|(哪儿|哪里|哪|哪个地方|哪些地方|什么地方|啥地方|哪家|哪个店|哪家店)(儿|里)?(能|可以|才能|有得|有的|有)?"
    r"(买|批发|订做|定做|订制|定制|进货|采购|卖)|批发|进货|货源"
    r"|哪家[^，。？！?!,]{0,8}(价钱|价格)[^，。？！?!,]{0,2}(公道|实惠|便宜|合理|划算)|哪家[^，。？！?!,]{0,8}性价比"
    # (which seller is cheapest, the goods said before it: "陶泥哪家便宜", "布料哪家最实惠")
    r"|哪家(最|比较|更|会)?(便宜|实惠|划算)"
    r"|哪家(店|铺子?|厂家?|卖家|商家|批发商|供应商)|(哪里|哪儿|哪|什么地方)(能|可以)?(弄到|搞到|淘到)"
    r"|어디(서|에서) ?(싸게 |저렴하게 |제일 싸게 )?(사(요|나요|야|면|는|죠|지|니|세요|셨)|살 ?(수|까|거|데)|구매|구입|떼(어|오|와|다)|맞추|맞춰|주문)"
    r"|(싸게|저렴하게|도매로) ?(사(요|나요|야|면|는|죠|지|니|세요|려)|살 ?(수|까|거|데)|구하|구할|구해|구입|구매|떼(어|오|와|다)|맞추|맞춰|주문)"
    r"|(싸게|저렴하게) ?(파는|사는) ?(곳|데|집)|도매")
# What a purchase may be of that is still ours: a ticket or pass to an event, the trip here; and
# what a crew hires rather than buys, people or kit for rent (`lexicon.SERVICES`: extras, an interpreter,
# a stay, local crew; "where can we get cheap equipment rental?"), Hengdian's on-site services.
HIRED = re.compile(r"\b(rent|rents|rented|renting|rental|rentals|hire|hiring|alquil\w*|rent(a|an|ar)|arriend\w*)\b|租|대여|렌탈|렌트|빌리|빌릴|빌려"
                   r"|" + "|".join(lexicon.SERVICES[i] for i in (0, 2, 4, 5)))
# (the way here is ours too: "where can we get cheap flights to Shanghai?" asks the travel FAQ's subject)
OURS_BOUGHT = re.compile(r"\b(tickets?|passes|badges?|entradas?|boletos?|pases?|acreditaci\w+|flights?|airfares?|trains?|vuelos?|pasajes?)\b"
                         r"|票|门票|入场券|航班|高铁|火车|티켓|입장권|예매|항공권|항공편|비행기|기차|(?<![가-힣])표")
# A lesson asked for ("教我做一道西湖醋鱼", "teach me to make paella", "enséñame a hacer tacos al
# pastor", "김치찌개 끓이는 법 가르쳐 줘"): "教我怎么用" (teach me to use you) is help with us, a
# lesson in a thing none of our texts names is another subject.
TEACH = re.compile(r"\bteach (?:me|us)\b|\bshow (?:me|us) how\b|\bensen(?:a|e|en|ad)(?:me|nos)\b|\b(?:me|nos) (?:ensenas|ensena|ensenan|podes ensenar|puedes ensenar)\b"
                   r"|教(?:教)?(?:我|我们|一下|下)|(?:가르쳐|알려) ?(?:줘|주세요|주실|줄래|주라|봐)")
# -- another place's affairs ---------------------------------------------------------------------
# The weather, a filming permit, a visa, a tax or a festival belong to a place: asked of a place of
# no concern to us ("what's the weather in Lagos", "¿qué trámites pido para filmar en Cartagena?",
# "去泰国要签证吗", "제주도 촬영 허가 어떻게 받아요?", "when is Sundance?") they are another
# place's affairs, not an unpublished fact of ours (asked of Hengdian, of China or of the day of one
# of our events, they stay the honest gap or our FAQ). Places are those the time-zone index knows
# (`timezones.places_named`) and these, which set no zone of their own (Chinese and Korean cities,
# countries spanning several zones, festival towns).
OTHER_PLACES = re.compile(
    r"\b(japan|japon|jeju|morocco|marruecos|united states|estados unidos|usa|eeuu|america|france|francia|paris|thailand"
    r"|tailandia|bangkok|italy|italia|india|canada|vietnam|indonesia|philippines|filipinas|australia|new zealand|cannes"
    r"|venice|venecia|sundance|san sebastian|tribeca|sitges|cartagena|osaka|kyoto|incheon|daegu|jeonju|singapore|singapur"
    r"|dubai|egypt|egipto|uk|england|inglaterra|reino unido|toronto|vancouver|new york|nueva york|san francisco|chicago|miami|las vegas)\b"
    r"|北京|青岛|西安|广州|深圳|成都|重庆|厦门|南京|武汉|长沙|天津|苏州|三亚|海南|云南|大理|丽江|长春|平遥|釜山|济州|大阪|京都|日本|美国"
    r"|泰国|法国|英国|意大利|印度|加拿大|越南|新加坡|澳大利亚|戛纳|威尼斯|东京|首尔"
    r"|温哥华|多伦多|纽约|洛杉矶|旧金山|舊金山|三藩市|芝加哥|迈阿密|伦敦|巴黎|悉尼|墨尔本|马德里|巴塞罗那|墨西哥|巴西|阿根廷|德国|西班牙"
    r"|제주|인천|대구|대전|광주|전주|강릉|경주|일본|미국|태국|프랑스|영국|이탈리아|인도|캐나다|베트남|싱가포르|호주|칸(?= ?영화제)|베니스|오사카|교토"
    r"|밴쿠버|토론토|뉴욕|로스앤젤레스|샌프란시스코|시카고|마이애미|런던|파리|시드니|멜버른|마드리드|멕시코|브라질|독일|스페인")
# Our country said of people, not as where they go ("중국 배우가 캐나다에서 일하려면", "Chinese crew
# in Toronto"): a nationality, which leaves the place named the trip's end
OUR_NATIONALS = re.compile(r"중국 ?(배우|사람|인|국적|스태프|제작진|팀)|中国(籍)?(演员|人|团队|剧组|员工|同事)")
# Ours: Hengdian and the places on the way to it (`router.OUR_PLACES`, repeated here without its
# words for a set, which are no place).
# Studying abroad ("유학", "留学", "study abroad", "student visa"): the partner's own schooling
# (students from abroad as the people an audience is made of, "观众不少是留学生", "유학생 관객", are no
# schooling of the partner's own; their visa is)
STUDY_ABROAD = re.compile(r"\bstudy abroad\b|\bstud(y|ent) visas?\b|\bvisas? (de|para) estudi\w*|\bestudiar en el extranjero\b"
                          r"|留学(?!生)|留学生(签证|簽證|签)|유학(?!생)|유학생 ?비자")
# A degree or course to study, asked beside a consulate, an embassy or a visa ("¿qué piden en el
# consulado para estudiar un máster?", "student papers for an MBA in London", "去英国读研签证要什么材料",
# "대학원 유학 비자 서류"): the partner's own schooling, no shoot in China (fixQ16)
DEGREE_STUDIED = re.compile(r"\b(study|studying|do|doing|take|taking|enrol\w*|enroll\w*)\b.{0,20}\b(masters?|master'?s|mba|phd|doctorate|degree|bachelor'?s|postgrad\w*|graduate school|grad school|university|college)\b"
                            r"|\b(estudiar|cursar|hacer|sacar|entrar (a|en)|ingresar (a|en)|postular (a|en)|aplicar (a|en)) (un |una |el |la |mi |el )?(master|maestria|doctorado|posgrado|postgrado|carrera|licenciatura|mba|grado|diplomado)\b"
                            r"|\b(master|maestria|doctorado|posgrado|postgrado|mba)\b.{0,30}\b(consulado|embajada|visa|visado)\b"
                            r"|读研|讀研|读硕|讀碩|读博|讀博|念研究生|读大学|讀大學|读书签证|硕士|碩士|博士|研究生"
                            r"|석사|박사|대학원|학위|어학연수|학생 ?비자")
# The partner's own schooling weighed ("is a film master's in China worth it?", "¿vale la pena una
# maestría de cine en China?", "去中国读电影研究生有用吗", "중국 영화 대학원 유학이 도움이 됩니까?"): career
# advice on a degree, none of ours (fixW16)
SCHOOLING = re.compile(r"\b(film school|grad(uate)? school|masters?|master'?s( degree)?|mfa|mba|phd|postgrad\w*|study(ing)? abroad)\b"
                       r"|\b(escuela de cine|maestria|master|posgrado|postgrado|doctorado|estudiar (cine )?(en el extranjero|afuera|fuera))\b"
                       r"|读研|讀研|电影学院|電影學院|研究生|硕士|碩士|博士|留学(?!生)|留學(?!生)|대학원|석사|박사|유학(?!생)|영화 ?학교")
SCHOOLING_WORTH = re.compile(r"\b(worth (it|doing|the (money|time|effort))|pay(s)? off|help(s)? (my|your|me|in|with|a career)|useful|a good idea|make a difference)\b"
                             r"|\b(vale la pena|sirve de algo|sirve para algo|ayuda (en|para|a)|conviene|merece la pena)\b"
                             r"|值得|值不值|有用|有没有用|有帮助|有冇用|도움(이|은)? ?(되|돼|됩|될)|가치(가)? ?(있|없)|쓸모|효과(가)? ?있")
# What it takes to get on a course ("what do I need to prepare", "¿qué necesito para entrar?", "需要准备什么",
# "어떤 준비가 필요합니까", "뭘 준비해야"): the school's admission, no paper of ours (fixB17)
DEGREE_PREPARED = re.compile(r"\b(prepare|preparation|requirements?|get (in|into|accepted|admitted)|apply|admission|entry requirements)\b"
                             r"|\b(prepar\w*|requisitos|entrar|ingresar|admision|postular\w*|inscrib\w*)\b"
                             r"|准备|要求|申请|入学|录取|考上|준비|요건|자격|입학|지원하려|들어가려|밟으려")
CONSULATE_OR_VISA = re.compile(r"\b(consulate|embassy|visas?|consulado|embajada|visado)\b|领事馆|領事館|大使馆|大使館|签证|簽證|영사관|대사관|비자")
OUR_TOWN = re.compile(r"hengdian|dongyang|zhejiang|yiwu|hangzhou|shanghai|\bchin[ae]\b|横店|东阳|浙江|义乌|杭州|上海|中国"
                      r"|헝뎬|헝디엔|둥양|저장|이우|항저우|상하이|중국")
# China named as a whole (no town of it): where our own festival is held too
_CHINA_WHOLE = re.compile(r"\s*(chin[ae]|mainland china|la china|中国|中國|中国大陆|内地|중국)\s*")
# Our own names: Hengdian (in Dongyang), the alliance, "your festival"
OURS_NAMED = re.compile(r"hengdian|dongyang|hisda|\balliance\b|\balianza\b|横店|东阳|联盟|헝뎬|헝디엔|둥양|연맹"
                        r"|\b(your|our|vuestro|su|nuestro) (film )?festival\b|你们的?电影节|贵方")
PLACE_BOUND = re.compile(
    dict(lexicon.GAPS)["weather"] +
    r"|(?<![a-z])permits?\b|\bpermisos?\b|许可|批文|허가|\bvisas?\b|\bvisados?\b|签证|비자"
    # a procedure only of a shoot there ("我们在悉尼的公司想入盟，手续？" asks how to join us)
    r"|(paperwork|tramites?|papeleo|手续|审批|절차|서류).{0,30}(shoot|film|rodaj|filma|graba|拍|촬영)"
    r"|(shoot|film|rodaj|filma|graba|拍|촬영).{0,30}(paperwork|tramites?|papeleo|手续|审批|절차|서류)"
    r"|\btax(es)?\b|impuestos?|税|세금")
# Food and going out asked (the "local" gap's words): where, decides whether it is ours
LOCAL_ASKED = re.compile(dict(lexicon.GAPS)["local"])
CATALOG_WORDS = re.compile(WORK_WORDS.pattern + r"|catalog|catalogo|片单|目录|카탈로그|판권|licen[cs]|rights|derechos|版权")
# A festival named after another town or body ("the Charleston film festival", "Raindance Film
# Festival", "el Festival de Cine de Sitges", "festival de Málaga"), written with its capitals: not ours
# (read on the message as written; our own "Hengdian Film Festival" and a festival word alone are not)
_NAME_STOP = (r"(?!(?:Hengdian|HISDA|Latin|The|A|An|Your|Our|My|This|That|These|Those|Next|Last|Annual|International|Film|Movie|Which"
              r"|What|When|Where|Who|Whose|How|Is|Are|Does|Do|Did|Will|Can|Big|Short|Drama|Documentary|Chinese|China|Asian|Korean|Spring"
              r"|Autumn|Fall|Summer|Winter|And|Or|So|Ok|Okay|Hi|Hello|Hey|Also|Any|Some|Every|Each"
              # (a month is when ours is held, no town's: "that big October festival of yours")
              r"|January|February|March|April|May|June|July|August|September|October|November|December"
              r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)")
FESTIVAL_OF_ANOTHER = re.compile(
    r"\b" + _NAME_STOP + r"[A-Z][\w'’-]+( [A-Z][\w'’-]+){0,2} (International |Int'l |(?i:international) )?((?i:film|movie|documentary|short film|shorts|animation|drama) )?(?i:festival|fest)\b"
    r"|\b[Ff]estival( (?i:internacional))?( (?i:de|del) (?i:cine|cortometrajes|documentales|teatro))? (de|del) (?!(?:Hengdian|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Setiembre|Octubre|Noviembre|Diciembre|Oto[ñn]o|Primavera|Verano|Invierno)\b)[A-ZÁÉÍÓÚÑ][\w-]+"
    # a feast of music or folklore by its name ("la Fiesta Nacional del Chamamé", "Fiesta de la Vendimia")
    r"|\b[Ff]iesta( (?i:nacional|provincial|internacional|regional))? (de la|del|de) [A-ZÁÉÍÓÚÑ][\w-]+")
FESTIVAL = re.compile(r"\bfestival\b|\bfiesta (nacional|provincial|internacional|regional|de la|del) \w+|\bfilm ?fest\b|\bberlinale\b|\bsundance\b|电影节|影展|影视节|金马奖|金鸡奖|백상|영화제")
# What stands before a place it is about ("in Jeju", "en Lima", "去泰国", "在青岛") or after it
# ("Seoul weather", "北京今天天气", "부산에서", "제주도 촬영", "미국 비자").
PLACE_BEFORE = re.compile(r"(\b(in|en|at|to|para|around|near|for|hacia|visit|visiting|a)\s+(the |la |el )?|在|去|到|往|赴|于)$")
# (a visa class between the country and the visa, "美国的O-1签证", "미국 O-1 비자"; where in the town
# to shoot, "旧金山哪里可以拍街景": fixS19)
# (any visa class, "H-1B", "O-1", "E2"; a street or spot of that town, "洛杉矶哪条街拍外景", "纽约街头拍";
# para21)
PLACE_AFTER = re.compile(r"(\s*([a-z]{1,2}-?\d{1,2}[a-z]?\s+)?(weather|forecast|tax|visas?))\b"
                         r"|(的)?(今天|明天|今晚|这周|本周|现在|最近|这几天)?(的)?(哪里|哪裡|哪儿|哪兒|哪些地方|(有)?(什么|什麼)地方|哪(一)?(条|條|个|個)?(街|地方|区|區|带|帶)|街头|街頭|街上)?(可以|能)?([a-z]{1,2}-?\d{1,2}[a-z]?)?(天气|气温|下雨|下雪|冷|热|拍|签证|簽證|税)"
                         r"|(에서|에|도에서|도|의)?\s*(오늘|내일|이번 ?주|주말|요즘|지금)?\s*([a-z]{1,2}-?\d{1,2}[a-z]?\s*)?(날씨|기온|촬영|비자|세금)|(에서|에|도에서)(?![가-힣])")


# A piece of work asked of the bot itself ("can you write my script?", "escríbeme el guion",
# "帮我写个剧本", "포스터 디자인해 줘"): writing, designing, drawing or coding for the partner is no
# subject of ours, whatever film word (a script, a poster, a short drama) the object shares with
# our texts. The bot's own taste ("what's your favourite film?", "¿te gustan las pelis?", "你最喜欢
# 哪部", "제일 좋아하는 영화 뭐예요?") is small talk of another kind: no record answers it.
WORK_FOR_ME = re.compile(
    r"\b(can|could|would|will) (you|u) (please |pls |just )?(help (me|us) )?(write|draft|design|draw|compose|rewrite|proofread|illustrate|storyboard)\b"
    r"|^\W*(please |pls |plz )?(write|draft|design|draw|compose|rewrite|proofread|illustrate)\b|\b(write|draft|design|draw|compose|code) (me|us)\b"
    # (tú and vos: the bot is addressed; "¿me pueden escribir?" asks the team to get in touch)
    r"|\b(escribe|escribi|redacta|redacti|disena|diseni|dibuja|dibuji|compone|componi|programa|programi)(me|nos)\b"
    r"|\b(puedes|podes|podrias) (escribir|redactar|disenar|dibujar|componer|programar)(me|nos)? (el|la|los|las|un|una|mi|mis|nuestro|nuestra)\b"
    r"|(帮|给|替)(我|我们)的?.{0,6}(写|设计|画|编写|润色|配乐)|写(段|个|一段|一个)?(代码|程序)"
    r"|(써|작성해|디자인해|그려|짜|코딩해) ?(줘|주세요|줄래|주실|주라|줄 수)")
# Being entertained by the bot ("tell me something funny about lawyers to cheer me up", "cuéntame un
# chiste", "讲个笑话逗我开心", "웃긴 얘기 해줘"): no title of ours, whatever "funny" shares with comedies
ENTERTAIN_ME = re.compile(
    r"\b(tell|give) (me|us) (a |an |some )?(jokes?|something (funny|fun|hilarious|silly)|a funny (story|one))\b|\bcheer (me|us) up\b|\bmake (me|us) (laugh|smile)\b"
    r"|\b(say|tell) something (funny|hilarious) to\b|\b(jokes?|something funny) about (lawyers|doctors|teachers|cats|dogs|programmers|accountants)\b"
    r"|\b(cuentame|contame|dime|decime|cuentanos|echame)\b.{0,12}\b(un )?(chistes?|algo (gracioso|chistoso|divertido))\b|\b(animarme|alegrarme|hacerme reir)\b"
    r"|讲(个|一个|几个|点)?笑话|说(个|点)?(笑话|好笑的|搞笑的)|逗我(开心|笑|乐)|让我(开心|笑)一?下?|给我讲(个|点)?(笑话|段子)"
    r"|(웃긴|재밌는|재미있는) ?(얘기|이야기|농담|썰)(를|을)? ?(좀|하나)? ?(해|들려)|농담 ?(좀|하나)? ?해|웃겨 ?(줘|주세요)|기분 (좀 )?(풀어|좋게 해)")
OWN_TASTE = re.compile(
    r"\byour (favou?rite|fave) (films?|movies?|shows?|dramas?|series|actors?|actress(es)?|directors?|books?|songs?|food|colou?r)\b"
    r"|\byour (favou?rite|fave)\W*$|\b(do|did) you (like|love|enjoy|watch) (films|movies|cinema|dramas|tv|music|k-?dramas)\b"
    r"|\btu (peli|pelicula|serie|actor|actriz|director|cancion|comida|libro|drama)s? (favorit[oa]|preferid[oa])\b"
    r"|\bcual es tu (favorit[oa]|preferid[oa])\b|\bte gusta(n)? (las |los |el |ver )?(pelis|peliculas|cine|series|musica)\b"
    r"|你(最)?喜欢(看)?(什么|哪部|哪个)?(电影|电视剧|剧|音乐|歌)|你(平时)?(看|追)(不看)?(电影|剧)吗"
    r"|(제일|가장) 좋아하는 (영화|드라마|배우|감독|노래|음식)|(영화|드라마|음악) ?좋아(해요|하세요|하시나요|하니)")


# The partner's own application papers to write or polish ("help me write a cover letter for a
# Netflix internship", "redáctame el currículum", "帮我改改简历", "자소서 좀 써 줘"): whatever
# programme of ours a word of it names ("internship"), a paper of theirs is no subject of ours.
OWN_PAPERS = re.compile(
    r"\b(write|draft|rewrite|polish|proofread|improve|fix|edit|review)\b[^.?!]{0,25}\b(cover letters?|cvs?|resumes?|motivation letters?|personal statements?)\b"
    r"|\b(escrib\w*|redact\w*|mejor\w*|corrig\w*|revis\w*)\b[^.?!]{0,25}\b(carta de (presentacion|motivacion)|curriculums?|cv|hoja de vida)\b"
    r"|(写|改|润色|修改|看看)[^。？！?!]{0,10}(求职信|自荐信|简历|个人陈述|动机信)"
    r"|(자기소개서|자소서|이력서|커버 ?레터)[^.?!]{0,10}(써|작성|고쳐|첨삭|봐)"
    # a message about their own job to compose ("help me write an email to ask for a raise", "ayúdame a
    # escribir un mail para pedir un aumento", "帮我写封邮件跟老板提加薪", "상사한테 연봉 인상 요청 메일 써 줘")
    r"|\b(write|draft|compose|word|phrase)\b[^.?!]{0,30}\b(e-?mails?|mails?|letters?|messages?|notes?|texts?)\b[^.?!]{0,40}"
    r"\b(raise|pay rise|salary|promotion|resign\w*|quit|boss|manager|landlord|sick (day|leave)|day off|time off|my (job|employer))\b"
    r"|\b(escrib\w*|redact\w*)\b[^.?!]{0,30}\b(e-?mails?|mails?|correos?|cartas?|mensajes?|notas?)\b[^.?!]{0,40}"
    r"\b(aumento|sueldo|salario|ascenso|renuncia\w*|jefe|jefa|casero|arrendador|dia libre|permiso|vacaciones|incapacidad)\b"
    r"|(写|擬|拟|起草)[^。？！?!]{0,6}(邮件|信|消息|短信|微信)[^。？！?!]{0,15}(加薪|涨工资|涨薪|升职|辞职|离职|请假|老板|领导|房东)"
    r"|(加薪|涨工资|涨薪|升职|辞职|离职|请假)[^。？！?!]{0,15}(邮件|信)"
    r"|(연봉|월급|급여) ?(인상|협상)|(사직|퇴사|휴가|병가) ?(메일|이메일|편지|문자|메시지)|(상사|팀장|사장|집주인)(한테|에게|께)[^.?!]{0,20}(메일|이메일|편지|문자|메시지)")


def asks_work_of_bot(u: Understanding) -> bool:
    """A piece of work or the bot's own taste asked for (`WORK_FOR_ME`, `OWN_TASTE`), of no record
    of ours and no unpublished fact: asked before any title is described or listed ("帮我写个剧本吧，
    复仇题材短剧80集" describes a story, which is no title of ours to look for)."""
    folded = fold(u.text)
    if u.wants_person or u.switch_lang or u.action or u.ordinal is not None or u.records() or u.gap \
            or u.fact not in (None, "episodes", "logline", "genres"):  # (their own story told: "复仇题材…80集")
        return False
    return WORK_FOR_ME.search(folded) is not None or OWN_TASTE.search(folded) is not None \
        or ENTERTAIN_ME.search(folded) is not None


# The trade's general know-how, asked of no one of ours: how often web novels or series put out
# chapters ("웹소설 연재 주기는 보통 어떻게 돼요?", "网文一般多久更新一次"), what a writer or a webtoon
# artist is usually paid ("编剧稿费一般怎么算", "¿cuánto cobra un guionista?"), how one becomes a
# writer, an actor or a director. A word for a kind of our partners ("웹소설", "网文": the writers'
# village) is no question about that partner.
TRADE_KNOWHOW = re.compile(
    r"\bhow often\b.{0,40}\b(publish|update|upload|release|post)\w*\b.{0,20}\b(chapters?|episodes?|installments?)\b"
    r"|\b(web ?novels?|webtoons?|online novels?)\b.{0,30}\b(update|schedule|how often|per week|a week)\b"
    r"|\bcada cuanto\b.{0,40}\b(publica|sube|actualiza|sale)\w*\b|\b(novelas? web|webtoons?)\b.{0,30}\b(cada cuanto|por semana|calendario)\b"
    r"|(网文|网络小说|小说|漫画|条漫|连载)\S{0,6}(多久|多长时间|几天)(更新|更)一次|更新(频率|周期)|连载(周期|频率)"
    r"|연재 ?(주기|일정|요일|텀)|업로드 ?(주기|텀)|(몇 ?일|며칠|일주일)에 (한|몇) ?(번|화) (연재|올라|업로드|업데이트)"
    r"|\b(screenwriters?|scriptwriters?|writers?|novelists?|webtoon artists?|authors?)\b.{0,30}\b(usually|typically|normally|generally|average)?\s?(get paid|earn|make|paid|salary|fees?|rates?)\b"
    r"|\bcuanto (cobra|gana|le pagan a|pagan a)n?( normalmente| usualmente| en promedio| mas o menos)? (un |una |los |las )?(guionistas?|escritor(es|as?)?|autor(es|as?)?|novelistas?|dibujantes?)\b"
    r"|(编剧|作者|作家|网文作者|写手|漫画家)的?(一般|通常|大概)?的?(稿费|稿酬|收入|工资|薪资|薪酬|片酬)"
    r"|(작가|웹툰 ?작가|웹소설 ?작가|시나리오 ?작가|드라마 ?작가|각본가)(들)?(의|은|는)? ?(보통|평균|대략)? ?(원고료|고료|수입|연봉|월급|페이|집필료)"
    r"|\bhow (do i|do you|can i|to|does one|would i) become an? (screenwriter|scriptwriter|writer|actor|actress|director|showrunner|novelist)\b"
    r"|\bcomo (ser|llegar a ser|me hago|hacerse|volverse|convertirse en) (un |una )?(guionista|escritor|escritora|actor|actriz|director|directora|novelista)\b"
    r"|怎么(当|成为|做)(一名|一个|个)?(编剧|演员|导演|作家|网文作者)|(编剧|演员|导演|作家)(怎么|如何)(当|入行)"
    r"|(작가|배우|감독|PD|피디|시나리오 ?작가|드라마 ?작가)(가|이)? ?되(려면|는 ?법|는 ?방법|고 싶)")
# A sight to visit of a place not ours: its night opening, tickets or opening hours ("수원 화성
# 야간개장 언제예요?", "故宫夜场什么时候开", "¿cuándo abre de noche la Alhambra?"), asked with a name
# none of our texts knows (Hengdian's own tickets and night shows stay ours)
# ("que nos den entrada como miembros": let in as members, the membership procedure, no ticket)
# The day of what was talked about, pointed back to ("that day", "ese día", "那天", "그날"): a ticket
# or entry asked for it is for our event (its price unpublished), not another place's sight
THAT_DAY = re.compile(r"\b(that|the same) day\b|\b(ese|aquel|el mismo) dia\b|那天|那一天|当天|那日|嗰日|그날|당일")
SIGHTSEEING = re.compile(
    r"\b(night (opening|tours?|visits?)|open (at night|late)|opening (hours|times)|admission|entry (fee|tickets?)|tickets?)\b"
    r"|\b(abre de noche|apertura nocturna|visitas? nocturnas?|horario de (apertura|visitas?)|entradas?(?! como (miembros?|socios?)\b)|boletos?)\b"
    # ("我们影城的夜场观众喜欢惊悚的": a cinema's late-show audience told, no sight's night opening)
    r"|夜场(?!的?(观众|观影|影迷|客人|客群|顾客|人群|场次|排片))|夜游|门票|开放时间|几点开门|几点关门|入场费|票价"
    r"|야간 ?(개장|개방|관람|투어)|입장료|관람료|개장 ?시간|관람 ?시간|입장권|티켓"
    # when a sight is best seen ("best time to see the Eiffel tower lit up", "¿a qué hora se ve mejor
    # la torre de noche?", "看外滩夜景几点最好", "에펠탑 야경 보기 좋은 시간")
    # (a set lit up at night, "拍夜景", is a night-scene set: only the time to go and see is asked here)
    r"|\bbest (time|hour|season) to (see|visit|watch|view)\b"
    r"|\b(mejor|buena) (hora|epoca|momento) (para|pa) (ver|visitar|conocer)\b"
    r"|夜景.{0,6}(几点|什么时候)|(几点|什么时候)(去)?(看|赏)夜景|最佳(观赏|游览)(时间|时段|季节)"
    r"|야경(을|이)? ?(보|구경|감상|즐기)|(보기|구경하기|관람하기) ?(좋은|제일 좋은) ?(시간|시기|때|계절)")


# Our titles named as what to watch ("¿qué títulos recomienda para ver en familia?", "which of your titles
# would you suggest for a family night?", "推荐几部适合全家看的作品", "가족이랑 볼 만한 작품 추천"): a genre
# of ours asked with a word for our titles and no platform of others, the catalogue's (fixG17)
_OUR_TITLES = re.compile(r"\b(titulos?|titles?|obras|catalog\w*)\b|作品|片单|片子|작품")
_OTHER_PLATFORM = re.compile(r"\b(netflix|amazon|prime video|disney\+?|hbo|youtube|viki|vix|iqiyi|youku)\b|奈飞|网飞|爱奇艺|优酷|腾讯视频|넷플릭스|티빙|웨이브|왓챠")


def _our_titles_to_watch(u: Understanding, folded: str) -> bool:
    return bool(u.ids("genre") or u.filter("genre")) and _OUR_TITLES.search(folded) is not None \
        and _OTHER_PLATFORM.search(folded) is None


# A festival said as Chinese ("a Chinese festival", "un festival chino", "中国的电影节", "중국 영화제"):
# in China, where ours is held (`not_ours`; fixL18)
CHINESE_FESTIVAL = re.compile(r"\bchinese (film |movie |short drama |drama )?(festival|fest|film week)s?\b"
                              r"|\b(festival|muestra|certamen)(es)? (de cine |de cortos |de series )?chin[oa]s?\b"
                              r"|(中国|中國|大陆|大陸|内地|內地)(的|嘅)?(电影节|影展|电影展|影视节)|중국(의|쪽)? ?(영화제|영화 ?축제)"
                              # a festival "over there in China", "de cine de China" to pair with theirs (fixS19)
                              r"|\b(festival|fest|muestra|certamen)(es)?\b( [\w']+){0,3} (in|en|de|del|a|from) (la )?china\b"
                              r"|(在|去)(中国|中國|大陆|大陸)(找|有)?(一个|一個|个|個)?(电影节|影展|影视节)|중국에 ?(있는 )?(영화제|영화 ?축제)")


def _partner_by_its_name(u: Understanding, kb) -> bool:
    """Is a partner named by its own name ("la Aldea de Escritores de Internet", "中国网络作家村"),
    not only by a word of its field ("웹소설", "网文")? A writer's fee there is that partner's
    price (unpublished), no know-how of the trade (fixS19)."""
    if kb is None:
        return False
    for e in u.entities:
        partner = kb.partners.get(e.id) if e.kind == "partner" else None
        if partner is None or not e.text:
            continue
        names = [fold(n) for n in (partner.name.get(lang) for lang in ("en", "es", "zh", "ko")) if n]
        if any(fold(e.text) in name or name in fold(e.text) for name in names):
            return True
    return False


def not_ours(u: Understanding, kb=None) -> bool:
    """Is the message about another place's weather, permits, visas or taxes, or another festival
    (`PLACE_BOUND`, `FESTIVAL`), none of our places named and none of our records, or about
    another body's money (`OTHER_MONEY`) or business (`ELSE_BUSINESS`, `OTHER_BODY`), or a
    history lesson (`HISTORY_LESSON`)? Asked before
    any FAQ or gap is kept: the visa FAQ and the weather gap share the words, not the place."""
    folded = fold(u.text)
    if u.wants_person or u.switch_lang or u.action or u.ordinal is not None:
        return False
    # ("¿una agencia de talentos como la mía puede entrar a la Alianza?": the agency is who would
    # join, no agency to recommend)
    if (OTHER_MONEY.search(folded) or (ELSE_BUSINESS.search(folded) and not lexicon.JOINING.search(folded)
                                       and not _our_titles_to_watch(u, folded))
            or OWN_ERRAND.search(to_simplified(folded)[0])) and not u.records() \
            and not VISA_AGENT.search(to_simplified(folded)[0]):
        return True  # an exchange rate, a camera, an agency to recommend, a SIM card: whatever our words beside it
    if asks_work_of_bot(u) or OWN_PAPERS.search(folded):
        return True  # a script to write, a poster to design, the bot's favourite film, their CV
    # ("¿cuándo se fundó la Alianza?" is our own history)
    if not u.records() and (HISTORY_LESSON.search(folded) and not SHOOTING.search(folded) and not OURS_NAMED.search(folded)
                            or OTHER_BODY.search(folded) and BODY_FIGURES.search(folded)
                            or THEIR_DOCUMENT.search(folded) or (lexicon.THEIR_TEXT_TO_TRANSLATE.search(folded)
                                                                 and not subtitling_priced(u, folded))):
        return True  # a history lesson, another company's figures, a paper of theirs to translate or review
    if THIRD_PARTY_PROCEDURE.search(folded) and not u.records() and not OURS_NAMED.search(folded):
        return True  # a licence, a tax return, an admission, an app's reach: another body's procedure
    if not u.records() and not OURS_NAMED.search(folded) and other_knowledge(u, kb):
        return True  # a head of state's term, a past conference's year, another place's tours, a theatre festival
    if STUDY_ABROAD.search(folded) and not u.records() and places_named(folded) and not OUR_TOWN.search(folded) \
            and not OURS_NAMED.search(folded):
        return True  # a student visa for another country ("일본 유학 비자", "study visa for Japan"): not ours
    if SCHOOLING.search(folded) and SCHOOLING_WORTH.search(folded) and not u.records() and not OURS_NAMED.search(folded):
        return True  # whether a degree or studying abroad pays off ("중국 영화 대학원 유학이 도움이 됩니까?"; fixW16)
    if DEGREE_STUDIED.search(folded) and (CONSULATE_OR_VISA.search(folded) or DEGREE_PREPARED.search(folded)) and not u.records() \
            and not OUR_TOWN.search(folded) and not OURS_NAMED.search(folded):
        # the papers for a master's abroad ("¿qué piden en el consulado para estudiar un máster?"): not ours;
        # nor what it takes to get on one ("송도에서 석사 과정을 밟으려면 어떤 준비가 필요합니까?"; fixB17)
        return True
    if lexicon.OTHER_PLACE_OPEN.search(folded) and lexicon.DAY_OPEN_ASKED.search(folded) and not u.records() \
            and not OURS_NAMED.search(folded) and not YOURS.search(folded) \
            and not re.search(r"\b(office|oficina|team|equipo|department|departamento|desk)\b|办公室|你们|貴司|贵司|사무실|팀", folded):
        return True  # a shop, a bank, a museum open on a day ("a q hora abre el super los domingos"): not our team
    if OTHER_TRIP.search(folded) and not u.records():
        return True  # tickets for a trip that does not end at Hengdian ("上海到苏州的高铁还有票吗")
    if OWN_PASSPORT.search(folded) and not u.records() and not (
            ENTRY_WORDS.search(folded) or OUR_TOWN.search(PASSPORT_OF.sub(" ", folded)) or OURS_NAMED.search(folded)
            or SHOOTING.search(folded)):
        return True  # a passport to get or renew at home ("cómo saco el pasaporte peruano"), no trip to us
    if CRAFT.search(folded) and not u.records() and not OURS_NAMED.search(folded) and not YOURS.search(folded):
        return True  # the craft taught (a logline written well) or a tool picked (editing software)
    if GOODS_SOURCED.search(to_simplified(folded)[0]) and not u.records() and not OURS_NAMED.search(folded) \
            and not SHOOTING.search(folded) and not CATALOG_WORDS.search(folded) and not OURS_BOUGHT.search(folded) \
            and not HIRED.search(to_simplified(folded)[0]) \
            and set(lexicon.gap_topics(u.text)) <= {"price", "compare", "local"}:
        return True  # a shop or supplier for their own craft ("扎彩灯用的竹篾哪个地方批发"), not goods for a shoot here
    if TRADE_KNOWHOW.search(folded) and {kind for kind, _ in u.records()} <= {"partner"} \
            and not OURS_NAMED.search(folded) and not OUR_TOWN.search(folded) and not _partner_by_its_name(u, kb):
        return True  # the trade's general know-how: a web novel's schedule, a writer's pay
    # ("un permiso de entrada en el consulado": papers to enter the country, no ticket of a sight)
    if kb is not None and SIGHTSEEING.search(folded) and not u.records() and not OURS_NAMED.search(folded) \
            and not OUR_TOWN.search(folded) and not lexicon.VISA.search(folded) \
            and not lexicon.MEMBER_ADMISSION.search(folded) \
            and not (THAT_DAY.search(folded) and not places_named(folded)) \
            and coverage.vocabulary(kb).unexplained(_plain(u)):
        return True  # another place's sight: its night opening, its tickets
    if OURS_NAMED.search(folded):
        return False
    spans = [(s, e) for s, e, _ in places_named(folded)] + [m.span() for m in OTHER_PLACES.finditer(folded)]
    if LOCAL_ASKED.search(folded) and not u.records() and not SHOOTING.search(folded) \
            and (spans or OUR_TOWN.search(folded)):
        # "항저우에서 제일 맛있는 훠궈집", "best hotpot in Hangzhou": another town's food (Hengdian's
        # own restaurants, named above, stay the honest gap), though the town is on the way to ours
        return True
    if len(folded) == len(u.text):  # ("the Charleston film festival": another's, by its name as written)
        spans += [m.span() for m in FESTIVAL_OF_ANOTHER.finditer(u.text)]
    if FESTIVAL.search(folded) and not lexicon.own_festival_said(u.text):
        # ("我们影展有几位欧洲评审…": the partner's own festival, whoever sits on it)
        # "Busan film festival", "上海国际电影节": a festival of another town, though the words
        # "film festival" name ours too; one of our titles shown there is ours ("부산 영화제에서 틀 작품")
        # (the town beside the festival in the same sentence: "escribo desde Montevideo. ¿cuándo es
        # el festival de cine?" asks about ours from Montevideo)
        # ("부산에 있는 제작사인데요, 영화제 언제 하는지": where the writer is, a clause of its own)
        # (China as a whole is where ours is held: "a sister festival in China, do you run one?",
        # "중국 쪽 자매 영화제", "中国的姐妹电影节" ask about ours; fixW16)
        spans = [span for span in spans if not _CHINA_WHOLE.fullmatch(folded[span[0]:span[1]])]
        if CHINESE_FESTIVAL.search(to_simplified(folded)[0]):
            # ("organizamos un ciclo de cine en Mérida y queremos hermanarlo con un festival chino": the
            # partner's town is theirs, a Chinese festival to pair it with is ours asked; fixL18)
            return False
        # (every festival said is beside another place: "we look for a sister festival near Oviedo. do
        # you run a festival?" asks about ours in its second; fixW16)
        beside = all(any(_same_clause(folded, span, m.span()) and not _INTRODUCED.search(_between(folded, span, m.span()))
                         for span in spans) for m in FESTIVAL.finditer(folded))
        return beside and {kind for kind, _ in u.records()} <= {"event"} and not CATALOG_WORDS.search(folded)
    if not spans or u.records() or OUR_TOWN.search(OUR_NATIONALS.sub(" ", folded)) or not PLACE_BOUND.search(folded):
        return False
    return any(PLACE_BEFORE.search(folded[max(0, s - 16):s]) or PLACE_AFTER.match(folded[e:e + 14]) for s, e in spans)


# General knowledge and tourism, no subject of ours whatever word it shares with ours (`other_knowledge`):
# - politics: a head of state, a government, an election ("美國總統任期是幾年", "대통령 임기가 몇 년이에요?",
#   "how long is a US president's term?", "¿cuándo son las elecciones en México?");
POLITICS = re.compile(
    # (a president bare may be a company's, "who's your president?": a country's, or a term or an election)
    r"\b(presidential|prime ministers?|elections?|senators?|parliament|congress(wo)?m[ae]n|term of office|head of state)\b"
    r"|\b(us|u\.s\.|american|french|korean|chinese|brazilian|mexican|russian|colombian|argentine|peruvian|chilean|spanish) presidents?\b"
    r"|\bpresidents?('s)? (term|terms|election)\b|\bpresidents? of (the )?(us|usa|united states|america|france|brazil|mexico|korea|south korea|china|russia|argentina|colombia|peru|chile|spain)\b"
    r"|\b(presidencial|primer ministro|elecciones|senador(es)?|parlamento|diputad[oa]s?|jefe de estado)\b"
    r"|\bpresidente (de|del) (los )?(estados unidos|eeuu|ee\.uu\.|mexico|francia|brasil|corea|china|rusia|argentina|colombia|peru|chile|espana|gobierno)\b"
    # ("韓國會員" reads 国会 across two words, "중국회사" 국회: only the whole words count)
    r"|总统|总理|首相|国家主席|议员|大选|选举|任期|元首|大統領"
    r"|대통령|총리|국회의원|대선|총선|선거|임기|국가 ?원수")
# - a past happening asked by its year, named by words none of our texts use ("遵义会议是哪一年召开的",
#   "그 회담은 몇 년에 열렸어요?", "what year was the Yalta conference held?", "¿en qué año se firmó el tratado?");
PAST_HAPPENING = re.compile(
    r"(哪一?年|哪年|几几年|何年|什么时候|何时)(召开|举行|发生|爆发|签订|签署|缔结|开的|开始的|结束的)"
    r"|(몇 ?년|몇 ?년도|언제)(에)? ?(열렸|개최됐|개최되었|일어났|발생했|체결됐|체결되었|맺어졌|터졌)"
    r"|\b(what|which) year (was|were|did)\b.{0,40}\b(held|take place|took place|happen|happened|signed|fought|break out|broke out)\b"
    r"|\ben (que|cual) ano (se )?(celebro|firmo|ocurrio|tuvo lugar|estallo|empezo|termino)\b")
# - tours and sightseeing of another place, or a tour firm there ("카타르 사막 투어 업체 괜찮은 데 있어요?",
#   "迪拜沙漠一日游哪家旅行社好", "any good desert tour operators in Qatar?", "¿agencia de tours en Cusco?");
TOURISM = re.compile(
    r"\b(tours?|tour (operators?|compan(y|ies)|agenc(y|ies))|sightseeing|travel agenc(y|ies)|excursions?|safaris?)\b"
    r"|\b(agencias? de (viajes?|turismo|tours?)|excursion(es)?|recorridos? turisticos?|paseos? turisticos?)\b"
    r"|旅行社|一日游|二日游|跟团|旅游团|观光|地陪|旅游(线路|路线|攻略|景点|公司)"
    r"|투어|여행사|관광 ?(코스|업체|상품|지|명소)|여행 ?(코스|상품|업체)|가이드 ?투어")
# - a festival of another art, never ours (ours is a film and TV festival): "今年古镇戏剧节的特邀剧目几号开票",
#   "연극제 초청작 티켓", "when do tickets go on sale for the theatre festival?", "festival de teatro".
OTHER_FESTIVAL = re.compile(
    r"\b(theat(re|er)|music|arts?|jazz|rock|comic|anime|beer|food|dance|opera|literary|book) (festival|fest)s?\b|\bcomic-?cons?\b"
    # a martial-arts, mask or puppet festival of a town ("충주 무술축제", "the Chungju martial arts festival",
    # "festival de artes marciales", "武术节"): never ours, a film festival (fixG17)
    r"|\b(martial arts?|kung ?fu|taekwondo|mask|puppet) (festival|fest)s?\b|\bfestival(es)? (de|del) (artes marciales|kung ?fu|taekwondo|mascaras|titeres|marionetas)\b"
    r"|武术节|武術節|武林大会|功夫节|面具节|木偶节|(무술|탈춤|태권도|인형극|마당극) ?(축제|페스티벌)"
    r"|\bfestival(es)? (de|del) (teatro|musica|jazz|rock|las artes|arte|danza|opera|comic|cerveza|gastronomi\w*|literatura|libro)\b"
    # a festival or contest of an instrument or a folk music ("who won the latest charango festival?",
    # "¿quién ganó el festival de charango en Aiquile?", "吉他节什么时候", "국악 축제 언제예요?"): music, never ours
    r"|\b(guitar|piano|violin|fiddle|accordion|harp|charango|drum|drumming|bagpipe|brass band|choir|choral|folk music|bluegrass|tango"
    r"|salsa|flamenco|mariachi|poetry|storytelling) (festival|fest|contest|competition)s?\b"
    # (a contest by any noun, "certamen", "competencia", and a dance of a region, "la marinera", "cueca"; para26)
    r"|\b(festival|concurso|encuentro|certamen|competencia|competicion|campeonato)(es)? (de|del|de la|de las|de los) (charango|guitarras?|piano|violin|acordeon|arpa|quena|zampona|sikus?"
    r"|bandas?|banda de musica|tango|salsa|cumbia|folklore|folclore|musica andina|son jarocho|mariachi|marimba|coros?|poesia|payadores|flamenco"
    r"|marinera|cueca|joropo|bachata|merengue|danza|danzas|baile|bailes|zamba|chacarera|huayno|sanjuanito|tamborito|bomba|plena)\b"
    r"|戏剧节|话剧节|戏剧季|音乐节|艺术节|动漫节|漫展|啤酒节|美食节|舞蹈节|歌剧节|读书节|书展"
    r"|(吉他|钢琴|小提琴|手风琴|二胡|古筝|民乐|民歌|合唱|诗歌|爵士|摇滚)(节|大赛|比赛)"
    r"|(기타|피아노|바이올린|아코디언|국악|판소리|합창|재즈|록|시낭송) ?(축제|페스티벌|경연 ?대회|대회)|연극제|음악 ?(축제|페스티벌)|뮤직 ?페스티벌|재즈 ?페스티벌|예술제|무용제|맥주 ?축제|음식 ?축제|코믹 ?콘|만화 ?축제"
    # a town's festival of its food, flowers, lights or harvest (fixQ16: "완도 전복 축제", "the oyster
    # festival", "la fiesta de la vendimia", "樱花节"), never ours
    r"|\b(seafood|abalone|oyster|crab|lobster|wine|flower|tulip|cherry blossom|lantern|lights?|ice|snow|mud|harvest|folk|street food|fireworks?|chil[il]i|garlic|tea|rice|strawberry|apple|grape|kite) (festival|fest|fair)s?\b"
    r"|\b(festival|feria|fiesta)(es|s)? (de|del|de la|de las|de los) (abulon|abalon|ostras?|ostion(es)?|mariscos?|pescado|cangrejo|vino|vendimia|cosecha|flores?|tulipanes|faroles|linternas|luces|nieve|hielo|chile|ajo|te|arroz|fresas?|manzana|uva|cometas|fuegos artificiales|la vendimia|las flores)\b"
    # (or its season: "東港黑鮪魚季今年什麼時候開始", "the bluefin tuna season in Donggang", "la temporada de
    # la vendimia", "대게 철"; a catch or a bloom, never a season of a drama, "第二季")
    r"|(鱼|鱼汛|蟹|虾|蚝|樱花|桃花|油菜花|枫叶|赏枫|赏樱|草莓|荔枝|芒果|葡萄|采茶)季(?!度)"
    r"|\b(tuna|salmon|crab|lobster|oyster|shrimp|fishing|cherry blossom|blossom|harvest|grape|strawberry|whale watching) seasons?\b"
    r"|\btemporada (de|del|de la|de los) (atun|salmon|cangrejo|langosta|ostras?|pesca|vendimia|cosecha|ballenas|cerezos|fresas?)\b"
    r"|(대게|꽃게|전어|방어|참치|굴|새우|벚꽃|단풍|딸기|포도) ?(철|시즌)(?![가-힣])"
    r"|龙舟赛|龍舟賽|赛龙舟|賽龍舟|龙舟节|龍舟節|(?<![\w])dragon ?boat (race|racing|festival)s?|regatas? de (botes|barcos) (de )?dragon|용선 ?(경기|대회|축제)|드래곤 ?보트 ?(경기|대회|축제)|海鲜节|海鮮節|鲍鱼节|鮑魚節|龙虾节|龍蝦節|螃蟹节|大闸蟹节|樱花节|櫻花節|桃花节|花节|灯会|燈會|灯节|冰雪节|冰雪節|冰灯节|泼水节|潑水節|风筝节|風箏節|茶节|茶節|葡萄节|荔枝节|草莓节"
    r"|(전복|해산물|수산물|굴|대게|꽃게|멸치|벚꽃|꽃|유채꽃?|튤립|불꽃|등불|연등|빛|머드|얼음|눈꽃|산천어|송어|빙어|연어|방어|전어|곶감|메밀꽃|국화|해바라기|철쭉|진달래|수국|연꽃|나비|녹차|인삼|한우|막걸리|와인|김치|떡|치맥|먹거리|농산물|과일|사과|딸기|포도|감귤|수박|단풍|고추|마늘|대하|새우|오징어|민속|전통 ?문화) ?(축제|페스티벌|잔치)"
    # a town's or region's own festival, whatever it shows ("지역 축제 불꽃놀이 업체를 추천해 주시겠습니까?",
    # "our town festival", "la fiesta del pueblo", "我们镇上的庙会"; answers75)
    # (a town's feast or its parade by their kind: "la fiesta costumbrista de Castro", "el desfile del Arde
    # Lucus", "the carnival parade", "花车巡游", "퍼레이드"; answers89)
    r"|\bfiestas? (costumbristas?|patronal(es)?|populares?|mayores|tradicionales|de la patrona|del santo)\b|\b(desfiles?|comparsas?|carrozas) (del?|de la|de los|de las)\b"
    r"|\b(carnival|street|float|pride|holiday|christmas|mardi gras) parades?\b|花车巡游|巡游表演|社戏|社戲|(축제|거리|카니발) ?퍼레이드"
    r"|\b(town|village|county|local|hometown) (festival|fest|fair)s?\b|\bfiestas? (del|de mi|de nuestro) (pueblo|barrio)\b|庙会|廟會|(镇|鎮|村|县|縣)(上|里|裡)?的?(节庆|節慶|庙会|廟會)|지역 ?(축제|페스티벌)|(마을|동네|고을) ?(축제|잔치)"
    # (or its own event's suppliers: "지역 행사 무대 설치 업체를 소개해 주시겠습니까?", "镇上活动的舞台搭建公司")
    r"|(지역|마을|동네|고을) ?행사.{0,12}(업체|대행사|섭외)|(本地|当地|镇上|村里|社区)的?活动.{0,10}(公司|供应商|搭建)")


OUR_SITES = re.compile(r"\bstudios?\b|\bestudios?\b|\bbacklots?\b|\bstages?\b|\bforos?\b|片场|影视城|基地|摄影棚|스튜디오|촬영소|오픈 ?세트")


# - sport: a team, a league, a match's result ("who won last year's Korean Series?", "¿quién ganó la
#   Liga MX?", "去年NBA总冠军是哪个队", "작년 한국시리즈 우승팀이 어디입니까"): never a title of ours,
#   whatever "series" or "final" shares with our words
SPORTS = re.compile(
    r"\b(world series|super ?bowl|champions league|premier league|bundesliga|world cup|euro cup|copa america|olympics?"
    r"|nba|nfl|mlb|nhl|kbo|k-?league|j-?league|formula (1|one)|f1 grand prix|grand slam|wimbledon|stanley cup)\b"
    r"|\b(which|what) (team|club|side)\b.{0,30}\b(won|win|wins|champion\w*|lead\w*|top)\b|\bwho won the (game|match|final|finals|league|cup|pennant|title|derby)\b"
    r"|\b(final )?score of (the|last night'?s) (game|match)\b|\b(league|team) standings\b"
    r"|\b(que|cual|cuál) equipo\b.{0,30}\b(gano|gana|campeon\w*|salio campeon)\b|\bquien gano (el partido|la final|la liga|la copa|el clasico|el mundial)\b"
    r"|\b(liga mx|copa libertadores|mundial de (futbol|beisbol)|serie del caribe)\b|\bcampeon(es)? de (la )?(liga|copa|serie mundial)\b"
    r"|世界杯|总冠军|總冠軍|冠军(队|球队)|冠軍(隊|球隊)|哪(个|支)(球)?队.{0,6}(赢|夺冠|冠军)|联赛|聯賽|比分|欧冠|英超|中超|奥运|奧運"
    r"|한국 ?시리즈|우승 ?팀|우승(한|했던) ?(팀|구단|곳)|월드컵|올림픽|(프로 ?)?(야구|축구|농구|배구) ?(결과|우승|순위|리그)|프로야구|K리그|챔피언스 ?리그|경기 ?결과")


# Subtitles or dubbing, a localisation service of the trade ("英文字幕翻译一集收多少钱", "영어 자막 번역
# 회당 얼마예요", "¿cuánto cobran por subtitular?"): its rate asked is an unpublished price of ours to
# ask about, not a text of the partner's we refuse to translate
SUBTITLING = re.compile(r"\bsubtit\w*|\bdubb\w*|\bdoblaje\b|\bdoblar\b|字幕|配音|译制|譯製|자막|더빙")


def subtitling_priced(u: Understanding, folded: str) -> bool:
    """Is the rate of subtitling or dubbing asked (the price gap), not a text of theirs translated?"""
    return u.gap in ("price", "pay") and SUBTITLING.search(folded) is not None


def other_knowledge(u: Understanding, kb=None) -> bool:
    """General knowledge or tourism (`POLITICS`, `PAST_HAPPENING`, `TOURISM`, `OTHER_FESTIVAL`),
    asked of no record of ours (the caller checks) and not of the record in focus: politics and
    another art's festival are never ours; a past happening only when named by a word none of our
    texts use; tours only of a place abroad (Hengdian's own sights stay ours)."""
    if u.refers or u.gap or u.fact == "unpublished":
        return False
    text = to_simplified(fold(u.text))[0]
    # (a festival as a scene of the partner's period piece, sets asked for it: "哪些基地是清朝背景的，
    # 我们想拍个灯会的古装戏", "a Qing lantern festival scene, which sets?": the sets of that period; fixN25)
    staged = bool(u.ids("era") or PERIOD_PIECE.search(text)) and SET_ASKED.search(text) is not None
    if POLITICS.search(text) or (OTHER_FESTIVAL.search(text) and not staged) or SPORTS.search(text):
        return True
    if PAST_HAPPENING.search(text):
        return kb is not None and any(len(w) >= (4 if w.isascii() else 2)
                                      for w in coverage.vocabulary(kb).unexplained(_plain(u)))
    # (a tour of our sets or studios is a visit to us: "can we get a tour of the sets?", "세트장 투어")
    if TOURISM.search(text) and not OUR_TOWN.search(text) and not SHOOTING.search(text) and not OUR_SITES.search(text):
        abroad = (u.filter("country") or "CN") != "CN" or bool(places_named(text)) or bool(OTHER_PLACES.search(text))
        return abroad
    return False


# Another body's procedure for the partner as a person or a business of another kind: a driving or
# trade licence ("how do I get a tradie licence in Queensland", "독일 운전면허 교환하려면 서류"), a
# tax return ("연말정산 간소화 서비스", "个税怎么报"), a university's admissions ("景德镇陶瓷大学今年
# 招不招研究生"), an app's reach for one's own account ("抖音直播间怎么才能不限流"). Our papers
# (the visa, joining the alliance, a shoot's permits) share "licence", "서류", "申请", not the subject.
THIRD_PARTY_PROCEDURE = re.compile(
    r"\b(driv(er'?s?|ing)|tradie|trade|builder'?s?|contractor'?s?|liquor|fishing|firearms?|gun|pilot'?s?|marriage) licen[cs]es?\b"
    r"|\blicencias? de (conducir|manejo|manejar|conduccion)\b|\bbrevete\b"
    r"|驾照|驾驶证|驾驶执照|운전 ?면허|면허증"
    r"|\btax returns?\b|\bdeclaracion de (la )?renta\b|个税|个人所得税|报税|年终汇算|연말 ?정산|종합소득세 ?신고"
    # one's own social insurance or pension ("个体户交社保划算吗", "is social security worth it for
    # freelancers?", "¿me conviene cotizar como autónomo?", "프리랜서 국민연금 내야 돼요?")
    r"|社保|社会保险|社會保險|养老保险|養老保險|医保|醫保|公积金|公積金|灵活就业"
    r"|\bsocial (security|insurance)\b|\bpension (contributions?|plan|scheme)\b|\b(self-employed|freelancers?)\b.{0,30}\b(insurance|pension|contributions?)\b"
    r"|\b(seguro|seguridad|prevision) social\b|\bcotiz\w* (como )?autonom\w*|\bmonotributo\b|\baportes? (jubilatorios?|a la seguridad social)\b|\bafp\b"
    r"|국민연금|4대 ?보험|건강보험료|고용보험|지역가입자"
    r"|招(不招)?(研究生|博士|本科生)|考研|(研究生|本科)(招生|录取|报名)|(大学|学院)(今年)?(招生|录取)"
    r"|대학원 ?(입시|입학|모집)|(대학|대학교) ?(입시|수시|정시)"
    r"|\b(university|college|grad(uate)? school) admissions?\b|\badmision (a|en) (la )?universidad\b"
    r"|限流|涨粉|\b(shadowban\w*|shadow ban\w*)\b|알고리즘 ?(노출|저품질)"
    # one's own company to register at home ("how do I register a production company in Leeds?",
    # "¿cómo registro una productora en mi ciudad?", "在老家开个影视公司要办什么手续", "부산에서 사업자등록
    # 하려면"): the local registry's procedure, not joining us (our places named keep it ours)
    r"|\b(register|registering|incorporat\w*|set(ting)? up|open(ing)?|start(ing)?|form(ing)?)\b (a|an|my|our|my own|our own) ([\w-]+ ){0,2}(company|business|llc|ltd|firm|production company|prodco)\b[^.?!]{0,40}\b(in|at|here|procedure|process|paperwork|steps|how|register\w*|licen[cs]e|papers|documents|documentation|office|offices|forms)\b"
    r"|\b(registrar|registro|inscribir|inscribo|constituir|constituyo|abrir|abro|montar|monto|formalizar|formalizo)\b (una|mi|nuestra|la) ([\w-]+ ){0,2}(empresa|productora|compania|sociedad|pyme|negocio)\b"
    # (a company already set up, said before joining us, is no registry: "几个人合伙开的公司，也想入盟，要走什么手续")
    r"|(开|開|注册|註冊|成立)(一家|一个|一個|个|個|家)?[^的，,。？?]{0,4}(公司|工作室)[^。？！?!，,]{0,12}(手续|手續|部门|部門|执照|執照|流程|程序|步骤|步驟)|营业执照|營業執照|工商(注册|登记)"
    r"|사업자 ?등록|법인 ?(설립|등록)|(회사|영화사|제작사|법인)(를|을)? ?(설립|차리|세우)"
    # the papers to register a company of theirs in a town ("请问在丽水注册一家纪录片公司需要哪些材料？",
    # "회사 등록하려면 서류"): the registry's, unless it is to join us (fixG17)
    r"|(注册|註冊|成立)(一家|一个|一個|一间|一間|个|個|间|間|家)?[^的，,。？?]{0,6}(公司|工作室)[^。？！?!]{0,12}(材料|资料|資料|文件|证件|證件)(?![^。？！?!]{0,20}(联盟|聯盟|入盟|加入|hisda))"
    r"|(회사|영화사|제작사|법인|사업자)(를|을)? ?등록"
    # one's own video put on a platform ("how do I get my short onto TikTok with captions?", "¿cómo subo
    # mi corto a YouTube?", "怎么把我的短片发到抖音上", "제 단편 틱톡에 어떻게 올려요?"): the platform's how-to
    r"|\b(get|put|post|upload|publish)\b (my|our) (own )?([\w-]+ ){0,3}(onto|on|to) (tiktok|youtube|instagram|reels|facebook|douyin|snapchat)\b"
    r"|\b(subo|subir|publico|publicar|poner|pongo)\b (mi|mis|nuestro|nuestros|nuestra|nuestras) ([\w-]+ ){0,3}(a|en) (tiktok|youtube|instagram|reels|facebook)\b"
    r"|(把)?(我|我们|我們)的.{0,8}(发|發|传|傳|上传|上傳|放)(到|上)?(抖音|快手|tiktok|youtube|b站|小红书)"
    r"|(제|내|저희|우리) .{0,12}(틱톡|유튜브|인스타|릴스)(에|에다|에다가)? ?(올리|업로드|올려)"
    # one's own divorce or marriage papers ("how do I file for divorce in Korea?", "¿cómo es el trámite
    # de divorcio en México?", "在韩国离婚要办什么手续", "한국에서 혼인 신고하려면 절차가"): a court's or a
    # registry's procedure, whatever country of ours is named (a divorce drama's set is no procedure)
    r"|\b(divorc\w*|marriage (registration|certificate)|get(ting)? married)\b[^.?!]{0,40}\b(procedure|process|paperwork|steps|file|filing|papers|requirements?|how)\b"
    r"|\b(how (do|can|would|to)|what'?s the (procedure|process)|steps to)\b[^.?!]{0,30}\b(divorc\w*|get(ting)? married)\b"
    r"|\b(divorci\w*|casar(me|nos|se)|matrimonio civil)\b[^.?!]{0,40}\b(tramites?|proceso|procedimiento|papeles|requisitos|pasos|como)\b"
    r"|\b(tramites?|proceso|procedimiento|papeles|requisitos|pasos|como)\b[^.?!]{0,30}\b(divorci\w*|casar(me|nos|se))\b"
    r"|(离婚|结婚登记|领结婚证|领证)[^。？！?!]{0,15}(流程|手续|程序|怎么|如何|材料|步骤)|(怎么|如何)[^。？！?!]{0,10}(离婚|结婚登记|领证)"
    r"|(이혼|혼인 ?신고|결혼 ?신고)[^.?!]{0,20}(절차|서류|방법|어떻게|준비)")


# A passport to get, renew or replace ("how do i renew an australian passport", "cómo saco el
# pasaporte peruano", "护照过期了怎么补办", "여권 재발급 어떻게 해요"): the partner's own country's office,
# not our visa FAQ, unless a visa, entering China, our places or a shoot are said beside it
# (`ENTRY_WORDS`...: "el sonidista tiene pasaporte argentino, q papeleo hay q hacer" stays the visa).
OWN_PASSPORT = re.compile(
    r"\b(renew\w*|replac\w*|get|getting|obtain\w*|apply(ing)? for|issu\w*|lost|expir\w*|stolen)\b.{0,25}\bpassports?\b"
    r"|\bpassports?\b.{0,20}\b(renew\w*|replacement|expir\w*|office|application|photos?|appointment)\b"
    r"|\b(saco|sacar|saca|sacamos|renuev\w*|renov\w*|obten\w*|perd\w*|vencid\w*|expedi\w*|solicit\w*)\b.{0,20}\bpasaportes?\b"
    r"|\bpasaportes?\b.{0,20}\b(vencid\w*|renov\w*|expedi\w*|caduc\w*|turno|cita)\b"
    r"|(办|辦|换|換|补办|補辦|续|續|更新|申请|申請|领|領)(个|個|本|一本)?(护照|護照)|(护照|護照)(过期|過期|到期|补办|補辦|更新|续|續|丢|丟|怎么办|怎麼辦)"
    # the office said between ("美国护照在塞班怎么续签", "여권을 대사관에서 갱신하려면")
    r"|(护照|護照).{0,10}(续签|續簽|续期|續期|换发|換發|补办|補辦|更新|延期)|여권.{0,12}(발급|갱신|재발급|연장)"
    r"|\bpassports?\b.{0,30}\b(renew\w*|replac\w*)\b|\bpasaportes?\b.{0,30}\brenov\w*\b")
# The country whose passport it is ("中国护照在纽约怎么换发", "renew a Chinese passport in Texas"): a
# nationality, no trip to China
PASSPORT_OF = re.compile(r"(中国|中國)(的)?(护照|護照)|\bchinese passports?\b|\bpasaportes? chinos?\b|중국 ?여권")
ENTRY_WORDS = re.compile(r"\bvisas?\b|\bvisados?\b|\b(enter|entering|entry|entrar|ingres\w*|entrada|viaj\w*|travel\w*|trip|papeleo|plantar\w*)\b"
                         r"|签证|簽證|入境|出境|비자|입국|출국")


# Seats or times of a train or flight between two places, the destination not ours (Hengdian,
# Yiwu, Dongyang, Hangzhou, the usual ways in): another trip, not the way-there FAQ.
_OURS_TO = r"(?!横店|义乌|东阳|杭州|hengdian|yiwu|dongyang|hangzhou|헝뎬|이우|둥양|항저우)"
OTHER_TRIP = re.compile(
    r"(到|去|往)" + _OURS_TO + r"[\u4e00-\u9fff]{2,4}的?(高铁|火车|动车|航班|机票|大巴).{0,8}(还有票|有没有票|有票|余票|票价|几点|时刻)"
    r"|\b(trains?|flights?|bus(es)?) (from \w+ )?to " + _OURS_TO + r"[a-z]+\b.{0,25}\b(tickets?|seats?|left|sold out|times?|timetable)\b"
    r"|\b(trenes?|vuelos?|buses?) (de \w+ )?a " + _OURS_TO + r"[a-z]+\b.{0,25}\b(boletos?|billetes?|pasajes?|asientos?|horarios?)\b"
    r"|(에서 )?" + _OURS_TO + r"[가-힣]{2,4} ?(가는|행) ?(기차|ktx|고속철|비행기|항공편|버스).{0,10}(표|좌석|시간표)"
    # a ferry's sailings: no boat reaches Hengdian, inland ("when does the ferry leave Aberdeen?",
    # "¿a qué hora sale el ferry a Cozumel?", "去普陀山的轮渡几点开", "제주 가는 배편 시간")
    r"|\b(ferr(y|ies)|boats?|sailings?|crossings?|catamaran)\b.{0,40}\b(leave|leaves|depart\w*|sail\w*|times?|timetable|schedule|tickets?|when)\b"
    r"|\b(when|what time|timetable|schedule)\b.{0,30}\b(ferr(y|ies)|boats?|sailings?|catamaran)\b"
    r"|\b(ferry|transbordador|lancha|barco|catamaran)\b.{0,40}\b(sale|salen|horarios?|boletos?|pasajes?|cuando|hora)\b|\b(horarios?|hora) (del|de los) (ferry|transbordador|barco|catamaran)\b"
    r"|(轮渡|渡轮|渡船|客轮|船票|游船).{0,10}(几点|时刻|班次|开船|时间|票)|(几点|什么时候).{0,10}(轮渡|渡轮|渡船|开船)"
    r"|(페리|여객선|배편|카페리).{0,10}(시간|출발|표|예매|운항)")


def _same_clause(text: str, a: tuple[int, int], b: tuple[int, int], reach: int = 30) -> bool:
    """Are spans `a` and `b` of `text` within `reach` characters, with no full stop, question or
    exclamation mark between them?"""
    start, end = min(a[1], b[1]), max(a[0], b[0])
    between = text[start:end] if start < end else ""
    return len(between) <= reach and not _SENTENCE_END.search(between)


_SENTENCE_END = re.compile(r"[.?!。？！]")
# A clause that said who is writing, ended by a comma: "부산에 있는 제작사인데요,", "somos una productora
# de Lima,", "我们是上海的公司，", "we're a studio in Busan,"
_INTRODUCED = re.compile(r"(인데요|입니다|이에요|예요|이고요|인데)\s*[,，]|^\W*(company|studio|producers?|productora"
                         r"|estudio|somos|soy)\b[^,，]*[,，]|(公司|工作室|制片人|制片方)[，,]")


def _between(text: str, a: tuple[int, int], b: tuple[int, int]) -> str:
    """What `text` holds between spans `a` and `b`."""
    start, end = min(a[1], b[1]), max(a[0], b[0])
    return text[start:end] if start < end else ""


# An agent or agency for the visa ("can you recommend a visa agent?", "¿me recomiendan una agencia
# para tramitar la visa?", "能推荐个办签证的中介吗", "비자 대행사 추천해 주실 수 있어요?"): the trip's
# visa, whose FAQ says how (no agent is recommended), not someone else's business (fixI17)
VISA_AGENT = re.compile(
    r"\bvisas?\b.{0,20}\b(agents?|agenc(y|ies)|services?|brokers?|consultants?|fixers?)\b"
    r"|\b(agents?|agenc(y|ies)|services?|brokers?|consultants?|fixers?)\b.{0,25}\bvisas?\b"
    r"|\b(agencias?|gestor(es|as?)?|gestorias?|tramitador(es)?|asesor(es)?)\b.{0,30}\b(visas?|visados?)\b"
    r"|\b(visas?|visados?)\b.{0,20}\b(agencias?|gestor(es|as?)?|gestorias?|tramitador(es)?)\b"
    r"|签证.{0,8}(中介|代办|代理|机构)|(中介|代办|代理|机构).{0,10}签证|비자.{0,8}(대행|에이전시|업체)|(대행|에이전시|업체).{0,10}비자")


# who or what won another body's prize ("which film won the main prize at the Lisbon film awards?",
# "¿quién ganó el premio mayor del festival de Huelva?", "今年釜山电影节哪部片拿了大奖",
# "올해 부산영화제 대상은 어떤 작품이 받았어요?"): another body's results, no record of ours (fixL18;
# asked in `Router.route` only where no festival of ours is talked about: right after ours, "who
# got best actress?" is that festival's unpublished fact)
AWARD_WON_PATTERN = (r"\b(who|which|what) (\w+ ){0,3}(won|took home|scooped|bagged|picked up)\b.{0,40}\b(prizes?|awards?|grand prix|best (film|picture|series|drama|actor|actress|director))\b"
                     r"|\b(winners?|laureates?) (of|at) (the |this year'?s |last year'?s )?.{0,40}\b(awards?|prizes?)\b"
                     r"|\b(quien|que|cual|cuales) (\w+ ){0,3}(gano|ganaron|se llevo|se llevaron)\b.{0,40}\b(premios?|galardon\w*|palma|concha|gran premio)\b"
                     r"|\bganador(es|a|as)? (del|de la|de los|de las) (premio|premios|gala|certamen)\b"
                     r"|(谁|哪部|哪个|哪個|什么|什麼|边部|邊部|边个|邊個)(电影|電影|片子|片|剧|劇|作品|影片)?(获|獲|得|拿|赢|贏|攞)(了|咗)?.{0,6}(奖|獎|大奖|最佳)|(获奖|獲獎)(名单|名單|作品|影片|的是)|得主是"
                     r"|(대상|최우수상|작품상|그랑프리)(은|을|는)? ?(누가|어떤|어느|뭐가)|(누가|어떤 (작품|영화)(이|가)?|어느 (작품|영화)(이|가)?|뭐가) ?(대상|최우수상|작품상|상)(을|를)? ?(받|탔|수상)|수상작(이|은)? ?(뭐|어떤|누구)")
AWARD_WON = re.compile(AWARD_WON_PATTERN)


# Someone else's business asked of us: a third party to recommend ("recommend a talent agency",
# "¿me recomiendas una escuela de actuación?", "推荐个经纪公司", "연기 학원 추천해 주세요"), or the
# industry's trends ("what's trending in streaming", "tendencias del mercado", "短剧行业趋势",
# "요즘 업계 트렌드"): no list of ours answers them.
ELSE_BUSINESS = re.compile(
    r"\b(recommend|suggest|know)\b.{0,40}\b(agenc(y|ies)|agents?|acting (school|class|coach)\w*|lawyers?|accountants?|(film|drama) schools?)\b"
    r"|\b(talent|casting|acting|modeling|model) (agenc(y|ies)|agents?|schools?)\b"
    r"|\b(recomiend|recomend|sugier)\w*\b.{0,40}\b(agencias?|representantes?|escuelas?|academias?|abogad[oa]s?|contador(es)?)\b"
    r"|\bagencias? de (casting|talentos?|actores|modelos|representacion)\b|\bescuelas? de (actuacion|cine|teatro)\b"
    # an actors' agent or manager to find ("¿dónde consigo un buen representante de actores en Buenos Aires?",
    # "where can I find a good talent manager in LA?", "哪里能找到好的演员经纪人", "배우 매니저 어디서 구해요?", fixL15)
    r"|\b(representantes?|manager|managers|agentes?|represent\w*) (de|para) (actores|actrices|artistas|talentos?|modelos)\b"
    r"|\b(actors?'?|actress(es)?'?|talent|artists?'?) (managers?|reps?|representatives?)\b"
    r"|\b(find|get|hire|recommend)\b.{0,12}\b(an? )?(good )?(agent|manager) (for|to represent) (me|us|my|our|actors?|talent)\b"
    r"|(演员|艺人|明星)(的)?(经纪人|经纪公司)|(배우|연기자|아티스트) ?(매니저|소속사|에이전트|에이전시)"
    r"|推荐.{0,12}(经纪公司|经纪人|表演(培训|学校|班)|电影学院|律师|会计)|(经纪公司|表演培训|表演班)(推荐|有哪些|哪家好)"
    # whether film school is worth it ("is film school worth it or should I just shoot?", "¿vale la pena
    # estudiar cine?", "读电影学院值不值得", "영화과 가는 게 의미 있어요?"): a career choice, none of ours
    r"|\b(film|drama|acting) school\b.{0,25}\b(worth|waste)\b|\bworth (going to|doing|attending) (a )?(film|drama|acting) school\b"
    r"|\b(vale|valdria) la pena\b.{0,25}\b(estudiar cine|escuela de cine|carrera de cine)\b|\b(estudiar cine|escuela de cine|carrera de cine)\b.{0,25}\bvale la pena\b"
    r"|(读|念|上|考)(电影学院|电影学院|影视学院|戏剧学院|电影专业).{0,10}(值不值|值得|有没有用|有用吗|划算)"
    r"|(영화과|영화 ?학교|영화 ?대학원|연영과).{0,15}(가치|의미|할 만|가야|가는 게|다닐 만)"
    # which broadcaster or platform elsewhere buys the most ("which Canadian broadcaster buys the most
    # foreign drama?", "¿qué canal de Guatemala compra más series?", "哪家电视台买外剧最多", "외국 드라마 제일
    # 많이 사는 방송사"): another market's buyers ranked, no record of ours
    r"|\b(which|what) (\w+ ){0,2}(broadcasters?|networks?|channels?|platforms?|streamers?|tv stations?)\b.{0,25}\b(buys?|acquires?|licen[sc]es?|pays?)\b.{0,10}\b(most|more)\b"
    r"|\b(que|cual) (canal|cadena|televisora|plataforma)\b.{0,25}\b(compra|adquiere|licencia|paga)\b.{0,10}\bmas\b"
    r"|(哪家|哪个|哪些)(电视台|平台|频道|电视网).{0,10}(买|购买|采购|引进).{0,10}最多|(电视台|平台).{0,8}(买|采购|引进).{0,6}最多的"
    r"|(제일|가장|젤) ?많이 ?(사는|구매하는|사들이는|수입하는) ?(방송사|채널|플랫폼|방송국)"
    # which outside platform does best with short dramas in a market ("que plataforma mueve mas los
    # microdramas en España, TikTok o YouTube?", "which platform is biggest for short dramas in Brazil?",
    # "在巴西哪个平台短剧最火，抖音还是YouTube", "브라질에서는 숏드라마가 어느 플랫폼에서 제일 잘 돼요?"): another market's
    # audiences ranked, no record of ours
    r"|\b(tiktok|youtube|instagram|facebook|kwai|snapchat|reelshort|dramabox)\b.{0,4}\b(or|o|vs\.?|versus|u)\b.{0,4}\b(tiktok|youtube|instagram|facebook|kwai|snapchat|reelshort|dramabox)\b"
    r"|\b(which|what) (\w+ ){0,2}(platforms?|apps?|social networks?|sites?)\b.{0,40}\b(most|best|biggest|more popular|most popular|dominat\w*|rules?|wins?)\b"
    r"|\b(que|cual|cuales) (\w+ ){0,2}(plataformas?|apps?|redes? sociales?|aplicaciones?)\b.{0,40}\b(mueve\w*|vende\w*|pega\w*|funciona\w*|jala\w*|rinde\w*|domina\w*|gana\w*|popular\w*|consum\w*)\b.{0,15}\bmas\b"
    r"|(哪个|哪家|什么)平台.{0,12}(最火|最好|更火|最热|流量最大|最吃香|卖得最好|最受欢迎)|(抖音|快手|tiktok|youtube|b站)还是(抖音|快手|tiktok|youtube|b站)"
    r"|(어느|어떤|무슨) ?플랫폼.{0,15}(제일|가장|젤|더) ?(잘|많이|인기|뜨|핫)|(틱톡|유튜브|인스타)(이랑|하고|랑|와|과|이나|아니면) ?(틱톡|유튜브|인스타)"
    r"|(캐스팅|연예|모델|배우) ?(에이전시|기획사|소속사)|연기 ?(학원|학교|레슨)|(에이전시|기획사|학원|변호사|세무사).{0,12}추천"
    # a lawyer of their own to hire for a deal ("do we need a lawyer to sign a licence with a Chinese
    # company?", "¿necesitamos un abogado en Asunción para firmar?", "签合同要不要请律师", "계약하기 전에
    # 변호사를 꼭 써야 돼요?"): legal advice, no record of ours answers it (fixG17)
    r"|\b(need|needs|needed|hire|hiring|retain|engage)\b.{0,15}\b(a |an |our own |my own )?(local )?(lawyers?|attorneys?|solicitors?|legal counsel|notar(y|ies))\b"
    r"|\b(we|i) (\w+ )?(get|use|have|bring)\b.{0,10}\b(a |an |our own |my own )?(local )?(lawyers?|attorneys?|solicitors?|legal counsel)\b"
    r"|\b(lawyers?|attorneys?|solicitors?|legal counsel)\b.{0,10}\b(needed|necessary|required|a must)\b"
    r"|\b(necesit\w*|contrat\w*|busc\w*|hace falta|requier\w*|tener|usar|poner|llevar)\b.{0,15}\b(un |una |nuestro |mi )?(abogad[oa]s?|notari[oa]s?|asesor(ia)? (legal|juridic[oa]))\b"
    r"|(请|找|要|需要|聘|雇|用)(个|一个|一位|位)?(律师|法律顾问)|律师(费)?(吗|嘛|么|呢)"
    r"|(변호사|법무사|법률 ?자문)(를|을|가|는)? ?(꼭 |반드시 |따로 )?(써야|선임|고용|필요|있어야|끼고|끼어야|구해야|대동)"
    r"|\btrend(s|ing)?\b|\btendencias?\b|趋势|走向|风向|트렌드|동향"
    # a job interview at an employer that is no film body ("tips for a job interview at a bank",
    # "consejos para una entrevista en una aseguradora", "银行面试要注意什么", "보험회사 면접 팁"):
    # the partner's own career, not our jobs nor our programmes
    r"|\binterview\w*\b.{0,30}\b(banks?|insurance|insurer|consult\w*|law firms?|accounting|hospital|supermarket|retail\w*|call cent(er|re)|fast food|airline|tech compan(y|ies)|startup)\b"
    r"|\b(banks?|insurance compan(y|ies)|insurer|consulting firm|law firm|hospital|supermarket|airline)\b.{0,20}\binterview\w*\b"
    r"|\bentrevista\w*\b.{0,30}\b(bancos?|bancari\w*|aseguradoras?|seguros|consultoras?|bufetes?|despachos?|hospital\w*|supermercados?|tiendas?|call center|aerolineas?|restaurantes?)\b"
    r"|(银行|保险公司|保险|咨询公司|律所|会计师事务所|医院|超市|航空公司|快餐店|互联网公司|国企|外企)的?(工作)?面试|面试.{0,6}(银行|保险公司|咨询公司|律所|医院|超市|航空公司)"
    r"|(은행|보험 ?회사|보험사|컨설팅 ?회사|로펌|법무법인|회계 ?법인|병원|마트|항공사|대기업|공기업|증권사)(의|에서)? ?(취업 ?)?면접"
    # other bodies' awards: "who won best picture at the Oscars?", "premios Goya", "奥斯卡", "아카데미 작품상"
    r"|\boscars?\b|academy awards?|best picture|\bgoya awards?\b|premios? (goya|oscar|ariel|platino)|奥斯卡|金马奖|金鸡奖|百花奖|金像奖|白玉兰奖|华表奖|(아카데미|오스카) ?(작품상|시상식|상|(남우|여우)(주|조)연상|감독상)?|청룡영화상|백상예술대상|대종상|청룡시리즈어워즈|에미상|\bemmys?\b|golden globes?|골든글로브|金球奖"
    # a history lesson or homework ("how do I memorise the order of the Joseon kings?", "las dinastías
    # en orden para un examen", "明朝皇帝顺序怎么背", "조선 왕 순서 외우는 법"): general knowledge, no set
    r"|\b(memori[sz]\w*|learn by heart|cram\w*|aprender\w* de memoria)\b.{0,40}\b(order|kings|emperors|dynast\w*|history|historia|reyes|emperadores|orden|dates|fechas)\b"
    r"|\b(homework|history exam|history quiz|trivia)\b|\b(examen|tarea escolar|deberes)\b"
    r"|\border of (the )?(kings|emperors|queens|rulers|dynasties|presidents)\b|\borden de (los |las )?(reyes|emperadores|dinastias|presidentes)\b"
    r"|(皇帝|君主|国王|朝代)的?(顺序|先后|年表)|(历史|年代|朝代|皇帝).{0,8}(怎么背|背下来|背熟)|历史(考试|作业)"
    r"|(왕|임금|황제|왕조)(들)?(의)? ?(이름 )?(순서|계보)|(왕|임금|황제|왕조|역사|연도|연표).{0,10}(외우|암기)|시험 공부|숙제"
    # what a platform or broadcaster that is not ours pays or buys for: "what's Netflix paying for
    # short dramas?", "¿cuánto paga Telemundo por episodio?" (our own ties with them stay ours)
    r"|\b(netflix|amazon|prime video|disney|hbo|youtube|tiktok|reelshort|dramabox|telemundo|televisa|univision|viki|iqiyi|tencent|youku)\b"
    r".{0,30}\b(pay|pays|paying|paid|spend\w*|budgets?|rates?|buy\w*|acquir\w*|paga|pagan|pagando|gasta\w*|compra\w*|tarifas?)\b"
    r"|\b(how much|cuanto)\b.{0,20}\b(does|do|did|paga|pagan|pago)\b.{0,5}\b(netflix|amazon|disney|hbo|youtube|tiktok|reelshort|dramabox|telemundo|televisa|univision)\b"
    # gear advice: "what's the best camera for vertical dramas?", "¿qué cámara me recomiendas?"
    r"|\b(best|which|what|good) (camera|lens|gimbal|microphone|editing software)s?\b|\bque (camara|lente|microfono)\b"
    # a device to buy: "recommend a good cheap DSLR for vlogging", "recomiéndame una cámara barata"
    r"|\b(recommend|suggest|recomiend\w*|recomend\w*|sugier\w*)\b[^.?!]{0,30}\b(cameras?|dslrs?|mirrorless|lens(es)?|gimbals?|mics?|microphones?|laptops?|camaras?|lentes?|microfonos?|celular(es)?|movil(es)?)\b"
    r"|\bvlog\w*\b|推荐.{0,10}(单反|微单|相机|手机|笔记本)|브이로그|(dslr|미러리스|노트북|핸드폰|휴대폰).{0,10}추천"
    # the best phone or laptop to buy ("which phone has the best camera this year?", "¿cuál es el mejor
    # celular de este año?", "今年哪款手机拍照最好", "올해 카메라 제일 좋은 폰 뭐임"): a device ranking
    r"|\b(best|top|which|what)\b[^.?!]{0,20}\b(phones?|smartphones?|iphones?|laptops?|tablets?)\b[^.?!]{0,25}\b(camera|buy|get|this year|right now|out there|on the market)\b"
    r"|\b(best|top) (phones?|smartphones?|laptops?|tablets?)\b"
    r"|\b(mejor(es)?) (celular(es)?|telefonos?|moviles?|smartphones?|laptops?|portatil(es)?|tablets?)\b|\b(que|cual) (celular|telefono|movil|smartphone|laptop|portatil)\b[^.?!]{0,30}\bmejor\b"
    r"|(哪款|哪个|哪部|什么)(手机|笔记本|平板)[^。？！?!]{0,10}(最好|好用|最强|值得买)|手机[^。？！?!]{0,6}(拍照|摄像)(最好|最强)"
    r"|(제일|가장|젤) ?(좋은|잘 ?나온|괜찮은) ?(폰|핸드폰|휴대폰|스마트폰|노트북|태블릿|아이폰|갤럭시)|(폰|핸드폰|휴대폰|스마트폰|노트북)[^.?!]{0,10}(뭐가|어떤 ?게) ?(제일|가장|젤) ?(좋|나)"
    # "¿cuál es la mejor cámara para grabar microdramas?", "哪款相机拍竖屏短剧最好", "숏드라마 찍기 좋은 카메라"
    r"|\b(mejor(es)?|buen[oa]s?) (camara|lente|microfono|estabilizador)s?\b|\bcual(es)? (camara|lente|microfono)s?\b"
    r"|(哪款|哪个|什么)(相机|摄影机|镜头|稳定器).{0,10}(最好|好用|合适)|(좋은|괜찮은|추천할 만한) ?(카메라|렌즈|짐벌|마이크)"
    r"|(用|买)(什么|哪款|哪个)(相机|摄影机|镜头|稳定器|剪辑软件)|(相机|摄影机|镜头)(推荐|哪款好|哪个好)|(카메라|렌즈|짐벌|편집 ?프로그램).{0,10}(추천|뭐가 좋|어떤 게 좋)"
    # a gimbal or stabiliser to buy ("which phone gimbal is best for vertical?", "¿qué estabilizador me
    # recomiendas?", "拍竖屏用哪款手机稳定器比较好", "세로 촬영용 짐벌 추천해 주세요"): a shop's advice
    r"|\b(which|what|best|good|recommend\w*|suggest\w*)\b[^.?!]{0,25}\b(gimbals?|stabili[sz]ers?)\b|\b(gimbals?|stabili[sz]ers?)\b[^.?!]{0,20}\b(best|recommend\w*|worth|buy)\b"
    r"|\b(que|cual|mejor|recomiend\w*|recomend\w*)\b[^.?!]{0,25}\b(estabilizador(es)?|gimbals?|cardan)\b"
    r"|(哪款|哪个|哪個|什么|什麼|推荐|推薦).{0,8}(稳定器|穩定器|云台|雲台)|(稳定器|穩定器|云台|雲台).{0,6}(哪款|哪个|推荐|推薦|好用|比较好)"
    r"|(짐벌|스태빌라이저|안정기).{0,10}(추천|뭐가|어떤|좋|살)|(어떤|무슨) (짐벌|스태빌라이저)"
    # (which one to buy: "브이로그용 카메라 뭐 사면 돼요?", "what camera should I get for vlogging?")
    r"|(카메라|렌즈|짐벌|마이크|편집 ?프로그램)(는|은|를|을)? ?(뭐|뭘|어떤 ?(거|걸|것))(를|을)? ?(사|구매|구입|장만)"
    r"|\b(which|what) (camera|lens|gimbal|mic|microphone)s? (should|do|would|to) (i|we)? ?(buy|get|purchase|pick)\b"
    r"|\bque (camara|lente|microfono)s? (me |nos )?(compro|compramos|compre|comprar|conviene)\b"
    # a lens picked by its focal length: "a 35mm or a 50mm for night exteriors?", "¿un 24 o un 35 mm?",
    # "夜戏用35mm还是50mm", "35mm랑 50mm 중에 뭐가 나아요?"
    r"|\b\d{2,3} ?mm\b[^.?!]{0,12}\b(or|vs|versus|o|u)\b[^.?!]{0,8}\b\d{2,3} ?mm\b|\b\d{2,3}\b (or|vs|o|u) (un |una |a )?\d{2,3} ?mm\b"
    r"|\d{2,3} ?mm ?(还是|或者|或|跟|和|与|vs|랑|이랑|하고|이나|아니면|or) ?\d{2,3} ?mm|\bfocal lengths?\b|\bdistancia focal\b|焦段|焦距|화각|초점 ?거리"
    # general knowledge of geography: "what's the capital of Zhejiang?", "¿cuál es la capital de
    # Jalisco?", "浙江省会是哪个城市", "저장성 성도가 어디예요" (getting to Hengdian stays ours)
    r"|\b(what|which)\b[^.?!]{0,30}\bcapital( city)?\b(?![^.?!]{0,30}\b(hengdian|fly|flight|train|get|reach|airport)\b)"
    # (a trade's capital is no geography: "the world capital of short dramas")
    r"|(?<!world )(?<!world's )(?<!global )\bcapital( city)? of\b(?! (the )?(short|micro|vertical|film|cinema|movie|drama|tv)\w*)[^.?!]{0,25}(\?|$)|\bprovincial capital\b(?![^.?!]{0,30}\b(hengdian|fly|flight|train|get|reach|airport)\b)"
    r"|\b(cual|que ciudad)\b[^.?!]{0,25}\bcapital\b(?![^.?!]{0,30}\b(hengdian|vuelo|volar|tren|llegar|aeropuerto)\b)"
    r"|(省会|首府|首都|省城)(城市)?(是|在)?(哪|什么|啥|是哪)|(성도|도청 ?소재지|수도|주도)(가|는|이|은)? ?(어디|뭐|무엇|어느)"
    # another platform's shows to watch: "recommend a good drama on Netflix to binge", "¿qué serie
    # me recomiendas en Netflix?", "爱奇艺上有什么好看的剧推荐", "넷플릭스에서 볼 만한 드라마 추천"
    r"|\b(recommend|suggest|binge|binging|watch|watching)\b(?![^.?!]{0,40}\b(your|yours|you have|you've got)\b)[^.?!]{0,40}\b(on|in) (netflix|amazon|prime video|disney\+?|hbo|youtube|viki|iqiyi|youku|tencent)\b"
    r"|\b(on|in) (netflix|amazon|prime video|disney\+?|hbo|youtube|viki|iqiyi)\b[^.?!]{0,30}\b(to (binge|watch)|worth watching)\b"
    r"|\b(recomiend|recomend|sugier|ver)\w*\b(?![^.?!]{0,40}\b(sus|tus|ustedes|vuestr\w*)\b)[^.?!]{0,40}\ben (netflix|amazon|prime video|disney\+?|hbo|youtube|viki|vix)\b"
    r"|(在)?(netflix|奈飞|网飞|爱奇艺|优酷|腾讯视频|芒果tv|b站)上?(有)?(什么|啥|哪些)?(好看|值得看)|(netflix|奈飞|网飞|爱奇艺|优酷|腾讯视频).{0,12}(推荐|追剧)"
    r"|(넷플릭스|티빙|웨이브|왓챠|쿠팡 ?플레이|디즈니|유튜브)(에서|에)? ?(볼 ?만한|볼만한|재밌는|재미있는|정주행).{0,12}(추천|뭐|있)"
    # shows to watch for the partner's leisure, no platform named ("recommend a few Korean dramas to
    # binge this weekend", "recomiéndeme unas telenovelas colombianas buenas", "推荐几部好看的韩剧追一追",
    # "주말에 정주행할 드라마 추천 좀"): telenovelas, doramas or a binge are no catalogue of ours
    r"|\b(recommend|suggest)\b(?![^.?!]{0,40}\b(your|yours|you have|you've got|catalog\w*)\b)[^.?!]{0,40}\b(dramas?|k-?dramas?|shows?|series|movies|films|telenovelas?|anime)\b[^.?!]{0,25}\b(to (binge|watch)|binge\w*|for (the|this) weekend|tonight)\b"
    r"|\b(recomi?e?nd|recomend|sugier|suger)\w*\b(?![^.?!]{0,40}\b(sus|tus|ustedes|vuestr\w*|catalogo)\b)[^.?!]{0,30}\b(telenovelas?|novelas|doramas?|k-?dramas?|culebrones?)\b"
    r"|\b(recomi?e?nd|recomend|sugier|suger)\w*\b(?![^.?!]{0,40}\b(sus|tus|ustedes|vuestr\w*|catalogo)\b)[^.?!]{0,40}\b(para|pa) (ver|maratonear)\b|\bmaratonear\b"
    r"|推荐.{0,8}(韩剧|美剧|日剧|泰剧|港剧|电视剧|连续剧|肥皂剧).{0,6}(追|看|下饭)|(追|刷)(什么|哪部|啥)剧|(韩剧|美剧|日剧).{0,6}推荐"
    r"|(정주행|몰아 ?볼|주말에 ?볼).{0,12}(드라마|영화|시리즈).{0,8}(추천|뭐)|(드라마|영화) ?추천 ?(좀|해 ?줘|해 ?주세요|부탁)")
# Currencies named, for a rate between two of them (`OTHER_MONEY`)
_CURRENCY = (r"(dollars?|usd|euros?|eur|yuan|rmb|renminbi|yen|won|pesos?|reais|soles|pounds?|sterling|rupees?|baht"
             r"|dolar(es)?|yuanes|libras?|quetzal(es)?|colones|bolivianos?|rupias?)")
_CURRENCY_CJK = r"(人民币|美元|美金|欧元|日元|韩元|英镑|港币|港元|比索|卢布|달러|유로|위안화?|엔화?|원화|페소|파운드|인민폐)"
# The craft taught, or a tool to pick, asked of no one of ours: how to write a good logline or script
# ("드라마 로그라인 잘 쓰는 요령", "tips for writing a cliffhanger", "¿cómo escribo un buen guion?",
# "怎么写好短剧剧本"), which app or software to edit, subtitle or write with ("틱톡 드라마 편집하기 좋은
# 프로그램 뭐예요?": 프로그램 is software here, not a programme of ours). Asked of us ("what software do
# you use?", "your pitch requirements") it stays ours (`YOURS`).
CRAFT = re.compile(
    r"\b(tips?|advice|tricks?|secrets?|how (do i|do you|to|can i|should i|would you)|best way to)\b.{0,25}"
    r"\b(write|writing|craft|crafting|structure|structuring|edit|editing|color ?grad\w*)\b.{0,25}"
    r"\b(loglines?|scripts?|screenplays?|synops[ie]s|dialogues?|characters?|hooks?|cliffhangers?|plots?|scenes?|videos?|footage|shorts?|reels?)\b"
    r"|\b(write|writing) (a )?(good|great|better|strong|catchy|killer|compelling) (loglines?|scripts?|hooks?|synops[ie]s|dialogues?|cliffhangers?)\b"
    r"|\b(consejos?|tips?|trucos?|secretos?|como (escribo|escribir|se escribe|redacto|redactar|edito|editar|se edita|estructuro|estructurar|mejoro|mejorar))\b.{0,25}"
    r"\b(logline|guion(es)?|sinopsis|dialogos?|personajes?|ganchos?|cliffhangers?|tramas?|escenas?|videos?)\b(?!.{0,30}\b(mand|envi|present|postul|sub)\w*)"
    r"|(怎么|如何|怎样)(才能)?(写|写好|写出|剪|剪好|剪辑)(一个|一部)?(好的?|吸引人的)?(logline|剧本|故事梗概|梗概|一句话梗概|大纲|台词|人设|钩子|短剧|视频|反转)"
    r"|(写|剪辑?)(剧本|梗概|logline|台词|短剧|视频|反转|钩子)的?(技巧|诀窍|窍门|方法|秘诀|套路)|(编剧|剪辑|写作)(技巧|诀窍|窍门|秘诀)"
    r"|(로그라인|시나리오|대본|각본|시놉시스|대사|캐릭터|훅|반전|기획안|영상)(을|를)? ?(잘 ?)?(쓰|작성하|짜|만들|편집하|다듬)(는|기) ?(요령|법|방법|팁|비법|노하우|비결)"
    r"|(작법|편집|각본|시나리오 ?작법) ?(요령|팁|비법|노하우|비결)"
    # software to edit, subtitle or write with
    r"|\b(editing|video|subtitl\w*|captioning|color grading|screenwriting|scriptwriting) (apps?|software|programs?|tools?)\b"
    r"|\b(apps?|software|programs?|tools?)\b[^.?!]{0,15}\b(to|for) (edit|editing|cut|cutting|subtitl\w*|caption\w*|writ\w*)\b"
    r"|\b(programas?|apps?|aplicaci\w+|software|herramientas?)\b[^.?!]{0,20}\b(para|de) (editar|edicion|montaje|montar|subtitular|subtitulos|escribir guiones)\b"
    r"|(剪辑|剪视频|剪片|编辑视频|做字幕|加字幕|调色|写剧本)[^，。？?]{0,4}?(用)?(什么|哪个|哪款|哪些)?(软件|app|工具)|(什么|哪个|哪款)(软件|app|工具).{0,6}(剪辑|剪|编辑|做字幕|调色)"
    r"|(편집|영상 ?편집|자막( ?작업)?|색 ?보정|대본 ?작성|시나리오 ?작성)(하기|용|할 ?때)? ?(좋은|쓸 ?만한|괜찮은|편한|쉬운)? ?(프로그램|앱|어플|툴|소프트웨어)")
YOURS = re.compile(r"\b(you|your|yours|ustedes|su|sus|tus|usan|usas)\b|你们|贵|그쪽|귀사|여러분")
# Another body's money or a market's figures: an exchange rate ("what's the yuan worth in
# dollars", "tipo de cambio", "汇率", "환율"), or support from another country's film body ("a
# grant from the Korean Film Council", "apoyo del IMCINE", "영화진흥위원회 지원금"): not our incentives.
OTHER_MONEY = re.compile(r"exchange rate|\bforex\b|tipo de cambio|tasa de cambio|汇率|兑换率|환율"
                         # one currency in another ("what's the dollar to yuan today?", "¿a cómo está el
                         # euro frente al yuan?", "一欧元换多少人民币", "1달러에 몇 위안이에요?")
                         r"|\b" + _CURRENCY + r"\b.{0,12}\b(to|against|vs\.?|versus|in|into|frente al?|contra el?|a|en)\b.{0,6}\b" + _CURRENCY + r"\b(?!.{0,30}\b(budget|rent|rental|price|cost|fee|presupuesto|alquiler|precio|costo|tarifa)s?\b)"
                         r"|\ba como (esta|anda|se cotiza|cotiza|se paga|va)\b.{0,15}\b" + _CURRENCY + r"\b|\bcuanto (vale|esta|anda|sale) (el|un) " + _CURRENCY + r"\b"
                         r"|\bhow much is (a|one|the|1) " + _CURRENCY + r"\b.{0,12}\b(worth|in)\b|\bwhat('s| is) (a|one|the|1) " + _CURRENCY + r"\b.{0,6}\bworth\b"
                         r"|(一|1|一个|100|一百)?" + _CURRENCY_CJK + r"(兑|对|兑换|换|折合|等于)(成|多少|几)?(多少|几)?" + _CURRENCY_CJK +
                         r"|(一|1)" + _CURRENCY_CJK + r"(今天|现在|目前)?(能|可以)?(换|兑|兑换|等于|折合)(多少|几)|" + _CURRENCY_CJK + r"(今天|现在|最近)?(是)?(涨|跌|什么价)"
                         r"|" + _CURRENCY_CJK + r" ?(대비|대|랑|하고|에서|을|를)? ?" + _CURRENCY_CJK + r" ?(환율|얼마|몇|시세)|\d+ ?" + _CURRENCY_CJK + r"(에|은|는|이면|면)? ?(몇|얼마) ?" + _CURRENCY_CJK +
                         # a market's figures: a share price ("Hengdian Group's share price", "¿a cuánto
                         # cotiza?", "横店影视股价", "헝뎬그룹 주가"), which no file of ours holds
                         r"|\b(share|stock) (price|market|quote)s?\b|\bstock exchange\b|\bmarket cap\w*"
                         # ("cotiza" of a share or a currency; a quote for a shoot, "pedir una cotización", is ours)
                         r"|\bcotiza(n|cion)?\b.{0,25}\b(accion|acciones|bolsa|dolar|euro|yuan|peso|mercado|bitcoin)|\b(accion|acciones|bolsa|dolar|euro|yuan|bitcoin)\b.{0,25}\bcotiza(n|cion)?\b"
                         r"|\bbolsa de valores\b|股价|股票|市值|涨停|跌停|주가|주식|시가 ?총액|상장사"
                         # the partner's own investments ("en qué acciones invierto este mes", "which stocks
                         # should I buy", "买哪只基金", "비트코인 사도 돼요?"): no money of ours
                         r"|\b(invest\w*|invierto|invertir|invertimos|inviertes|invierta|compro|comprar)\b.{0,30}\b(acciones|stocks?|crypto\w*|bitcoin|cripto\w*|fondos de inversion|etfs?)\b"
                         r"|\b(acciones|stocks?|crypto\w*|bitcoin|cripto\w*)\b.{0,20}\b(invest\w*|invierto|invertir|buy|comprar|compro)\b"
                         r"|炒股|比特币|加密货币|(买|投)(哪只|哪个|什么)(基金|币)|비트코인|코인 투자|(펀드|코인).{0,6}(추천|사도|살까)"
                         # the partner's own shopping in a sales season ("今年双十一买什么划算", "what's worth
                         # buying on Black Friday", "¿qué conviene comprar en el Buen Fin?", "블프 때 뭐 사요?")
                         r"|双十一|双11|双十二|双12|618大促|黑五|\bblack friday\b|\bcyber monday\b|\bprime day\b|\bbuen fin\b|\bhot sale\b"
                         r"|블랙 ?프라이데이|블프|광군제|(买|入手|囤)(点)?(什么|啥)(最)?(划算|值|便宜|好)"
                         r"|film council|\bkofic\b|\bimcine\b|\bincaa\b|proimagenes|\bicaa\b|\bbfi\b|\bcnc\b|telefilm|screen australia"
                         r"|영화진흥위원회|영진위|콘텐츠진흥원|\bkocca\b|国家电影局|广电总局")
# A question, in any of the four languages: what a greeting or a thank-you never is ("qué pena
# con usted, mil gracias" opens with "que" and asks nothing).
QUESTION = re.compile(r"[?？]|^\W*(who|what|when|where|which|how|did|does|do|is|are|was|quien|quienes|cuando|donde|cual)\b"
                      r"|谁|什么|几|哪|吗\W*$|怎么|多少|누구|뭐|무엇|언제|어디|어떻게|몇|습니까\W*$")
# "A deal like Dalynn's", "un acuerdo como el de Dalynn", "像Dalynn那样的合作", "Dalynn처럼 협약".
# Another company than the partner named: "other distributors", "otra distribuidora", "别的发行公司".
OTHER_COMPANY = re.compile(r"\b(other|another|any other) (distributors?|compan(y|ies)|studios?|producers?|outfits?|platforms?)\b"
                           r"|\botr[oa]s? (distribuidora|empresa|compania|productora|plataforma|estudio)s?\b"
                           r"|(别的|其他|其它|别家)(发行|公司|片方|平台|制片)|다른 (배급사|회사|제작사|플랫폼|업체)")
# A company asking on its own behalf, beside a deal another got: "could a Nordic distributor
# get that too?", "una distribuidora de Perú podría…", "东南亚的发行公司也能谈吗", "홍콩 배급사도 가능해요?"
ASKING_COMPANY = re.compile(r"\b(a|an|our|my|another|other|any) (\w+ ){0,2}(distributors?|compan(y|ies)|studios?|producers?|platforms?|outfits?)\b"
                            r"|\b(una|otra|nuestra|mi) (\w+ ){0,2}(distribuidora|empresa|compania|productora|plataforma)\b"
                            r"|(发行|公司|片方|平台|制片方).{0,6}(也能|也可以|能不能|可不可以|可以吗|能吗)|(배급사|회사|제작사|업체|플랫폼)(도|는|에서도)")
LIKE = re.compile(r"\blike (the one )?\w*|\bsame (kind of |sort of )?(deal|arrangement|agreement|terms)|\bsimilar\b"
                  r"|\bcomo (el|la) de\b|\bparecid[oa]\b|\bsimilar\b|\bigual (que|al)\b|\bal estilo\b"
                  # "the way Dalynn does", "como hace Dalynn", "像Dalynn同款"
                  r"|\bthe way \w+(\s\w+)? (does|did|do|has)\b|\bcomo (lo )?(hace|hizo|hacen|tiene)\b"
                  r"|像.{0,12}(那样|一样|那种|同款)|跟.{0,12}一样|同.{0,12}一样|好似.{0,12}咁|类似|처럼|같은|비슷한|와 같이"
                  # "¿otra distribuidora podría tener el mismo trato?", "别的发行公司能不能也谈这种合作",
                  # "다른 배급사도 그런 협약": the same deal for another company
                  r"|\b(el|la|lo) mism[oa]\b|这种|同样的|一样的|그런|똑같은|" + OTHER_COMPANY.pattern)
DEAL = re.compile(r"\bdeal\b|arrangement|agreement|\bterms\b|partnership|\bacuerdo\b|\btrato\b|convenio|alianza"
                  r"|协议|合作|协约|条件|用景|협약|계약|조건|제휴|파트너십"
                  # a trade said as one: "in exchange for distribution", "a cambio de distribuir", "换来", "대신"
                  r"|\bin (exchange|return) for\b|\ba cambio de\b|换来|换到|交换|대신|맞바꿔"
                  # the deal said as what it gives: "use Hengdian's sets", "usar los sets", "用横店的景", "세트랑 자원을 쓸"
                  r"|\b(use|using|usar|utilizar|acceso a)\b.{0,25}\b(sets?|backlots?|resources|recursos|locaciones)\b"
                  r"|(用|使).{0,8}(景|资源|資源)|(세트|자원).{0,12}(쓸|쓰|써|이용|사용)")

# History asked for itself, not for a shoot: "when did the Ming fall?", "¿quién fue Qin Shi Huang?",
# "秦始皇统一六国是哪一年", "唐朝长安城有多大", "진시황은 어떤 사람이었어요?", "청나라 역사 설명해 줘". A
# dynasty named reads as a period of our sets; asked like this it is a history lesson.
HISTORY_LESSON = re.compile(
    r"\b(when|why|how) did .{0,40}\b(fall|collapse|end|begin|start|rise|unif\w*|die|conquer\w*)\b|\bwho was\b"
    r"|\bthe history of\b|\b(explain|tell me about|summari[sz]e)\b.{0,30}\bhistory\b|\b(explica|cuentame|resume)\w*\b.{0,30}\bhistoria\b"
    r"|\bcuando (cayo|termino|empezo|comenzo|murio|se fundo|unifico)\b|\bpor que cayo\b|\bquien fue\b"
    r"|灭亡|覆灭|亡国|统一(六国|中国|天下)|(什么时候|哪一?年|何时)(建立|建国|灭|亡|登基|称帝|统一)|是(个|一个)?(什么样|怎样)的人"
    r"|(讲讲|介绍一下|说说|解释一下|科普一下|简单讲).{0,10}历史|历史.{0,6}(讲讲|说说|是怎样|介绍)|[朝代国]的?[\u4e00-\u9fff]{0,4}城有多大"
    r"|멸망|망했|망한|건국|통일했|통일한 (해|게)|어떤 (사람|인물|왕|황제)이었|역사.{0,10}(설명|알려|얘기|요약)|언제 세워진 (나라|왕조)")
# Shooting words: history asked beside them is a period to film ("明朝灭亡那段能在哪拍").
# (景 is a set, but not in a town's name: "景德镇陶泥哪家便宜" buys clay in Jingdezhen, shoots nothing)
SHOOTING = re.compile(r"\bsets?\b|\bshoot|\bfilm|drama|\brodaj|\bgrab|\bserie|\bdecorad|\blocaci|\bescenario|拍|景(?!德镇|德鎮|洪|宁|寧|谷)|剧|片|古装|세트|촬영|드라마|작품|찍|로케|사극")
# Another company's business, by its name or as "a competitor": its revenue, its share, its next
# title, who owns it ("CJ ENM 올해 매출", "红果的分账比例", "ReelShort是哪家公司的", "넷플릭스 다음 작품",
# "a competitor's market share"). Our partners (ShortMax, Reel-K...) are records and stay ours.
OTHER_BODY = re.compile(r"\bnetflix\b|reelshort|dramabox|\bcj ?enm\b|\btiktok\b|\bdisney\b|\bamazon\b|\bhbo\b|\byoutube\b"
                        r"|爱奇艺|优酷|腾讯视频|芒果tv|红果|抖音|快手|哔哩哔哩|b站|点众|九州文化"
                        r"|넷플릭스|티빙|웨이브|왓챠|쿠팡 ?플레이|카카오 ?엔터\w*|스튜디오드래곤|디즈니|유튜브"
                        r"|\bcompetitors?\b|\bcompetidor\w*|竞品|竞争对手|对手公司|경쟁사|경쟁 업체|경쟁업체")
BODY_FIGURES = re.compile(r"\brevenue|\bturnover\b|\bsales\b|market share|valuation|\bprofits?\b|\bowns?\b|owned by|\bnext (show|title|series)"
                          r"|ingresos|facturacion|\bventas\b|cuota de mercado|营收|营业额|收入|利润|市场份额|估值|分账|分成|是哪家公司|谁家的|哪家公司的|下一部|新剧"
                          r"|매출|수익|영업이익|점유율|기업 ?가치|어느 회사|어디 회사|다음 작품|신작|차기작"
                          # its price to its own customers: "넷플릭스 구독료", "优酷的会员多少钱"
                          r"|\bsubscriptions?\b|\bsuscripcion|구독료|요금제|会员"
                          # which of them is bigger ("is ReelShort or DramaBox bigger in the States?", "¿cuál
                          # es más grande?", "红果和抖音哪个更火", "넷플릭스랑 유튜브 중 어디가 더 커요?")
                          r"|\b(bigger|biggest|larger|largest|more popular|most popular|more users|more downloads|winning)\b"
                          r"|\bmas (grande|popular|usad[oa]|descargad[oa])\b|(哪个|哪家|谁)(更|比较)?(大|火|红|流行)|更(大|火|流行)|더 (커|크|큰|인기|많이 (써|쓰|봐|보))")


# A paper of the partner's to review or correct ("can you check our contract?", "revisa mi guion",
# "帮我看一下这份合同", "이 계약서 검토 좀 해 줄 수 있어?"): we read no one's documents.
THEIR_DOCUMENT = re.compile(
    r"\b(review|proofread|check|edit|fix|correct|look over)\b (this|our|my|the) (\w+ )?(contract|script|screenplay|document|deck|proposal|e-?mail)s?\b"
    r"|\b(revis|corrig|correg)\w* (este|esta|mi|nuestro|nuestra|el|la) (\w+ )?(contrato|guion|documento|propuesta|correo)s?\b"
    r"|(这份|这个|我们的|我的)?(合同|剧本|文件|方案|合約|劇本)(帮我|帮忙)?(审|审核|审一下|看一下|看看|把关|改一下|校对|修改)"
    r"|(审|审核|看一下|看看|把关|改一下|校对|修改)(一下)?(这份|这个|我们的|我的)(合同|剧本|文件|方案|合約|劇本)"
    r"|(계약서|대본|시나리오|문서|서류|제안서|기획서|이메일)\S{0,3} .{0,10}(검토|봐 ?줄|봐 ?주|교정|수정|첨삭|다듬)")


# What the message needs to be judged: off-topic evidence above these values.
# Someone else's happenings, asked as an event question ("when is the next World Cup", "cuándo
# juega el Racing el próximo finde", "世界杯下一届在哪办", "월드컵 결승 언제예요", "breakup on the
# Chena this year, what date do folks bet on"): a match, a game, a tournament, a concert, a river's
# ice going out, a bet on it. No event of ours is one (ours are screenings, pitch days, visits,
# sessions), so the date or venue of our next event does not answer it.
OTHER_HAPPENING = re.compile(
    r"\b(match|matches|game|games|tournament|world cup|olympics?|super ?bowl|playoffs?|league|championship|grand prix|kick-?off"
    r"|fixtures?|derby|breakup|break-up|ice (goes )?out|bet on|betting|concerts?|gig|patch|patches)\b"
    # a game's next patch or update: "롤 다음 패치 언제임", "cuándo sale el parche", "下个版本补丁"
    r"|\bparches?\b|补丁|패치"
    r"|\b(partidos?|juega|juegan|jugara|jugaran|torneo|mundial|liga|campeonato|olimpiad\w*|clasico|concierto|apuestas?|apuestan|deshielo)\b"
    r"|世界杯|奥运|比赛|联赛|球赛|决赛|锦标赛|演唱会|亚运|欧洲杯|足球|篮球|球队|开江|解冻|赌"
    r"|월드컵|올림픽|경기(?!도)|리그|토너먼트|결승|콘서트|축구|야구|농구|해빙")
EVENT_ANSWERS = ("event:", "list:events")
FOREIGN_SHARE = 0.34  # this much of the content in words none of our texts use...
SEMANTIC_SLACK = -0.01  # ...and meaning not clearly nearer our lines than off-topic ones
SEMANTIC_OFF = 0.01  # meaning this much nearer an off-topic line: off-topic with any unknown word
SEMANTIC_CLEAR_OFF = 0.04  # meaning this much nearer an off-topic line: off-topic in our own words
HALF_FOREIGN = 0.5  # this much foreign content is off-topic whatever the meaning (a FAQ aside)
SURE_OFF_TOPIC = 0.8
FAQ_SURE = 0.45  # a FAQ whose shared words match this well needs no second opinion...
FAQ_OWN_WORD = 4.0  # ...nor one sharing a rare word of its own (router.CONTENT_MIN)  # the classifier's own out-of-scope confidence that a list never overrules
RANKER_BACKS = 0.4  # ...nor one the answer ranker puts first at the router's bar (router.FAQ_RANKED)

# Answers the gate may replace: reached from the subject, a kind of set or a FAQ, not from a name.
JUDGED = ("list:", "faq:", "smalltalk:", "catalog:")
RECORD_KINDS = ("event:", "work:", "location:", "partner:", "program:", "incentive:", "contact:")
TAXONOMY = frozenset({"era", "scene_type", "genre"})
SOCIAL = ("smalltalk:greet", "smalltalk:thanks", "smalltalk:goodbye")


# The partner's own writing asked of the bot ("¿me escribís el final de mi guion?", "can you write
# the ending of my script?", "帮我写一下剧本结局", "대본 결말 좀 써 줄래요?"): a writer's job, no
# question about filming here or the Alliance (fixC11)
WRITE_FOR_US = re.compile(
    r"\b(can|could|would|will) you (please )?(help me |help us )?(write|draft|finish|rewrite|polish)\b.{0,30}\b(scripts?|screenplay|ending|story|episodes?|scenes?|dialogues?|loglines?|synopsis)\b"
    r"|\b(me|nos) (escrib\w+|redact\w+|termin\w+|reescrib\w+|corrig\w+)\b.{0,30}\b(guion\w*|libreto|final|historia|capitulos?|escenas?|dialogos?|sinopsis)\b"
    r"|(帮|给|替)(我|我们|我們)(写|寫|改|续写|續寫|编|編)(一下|个|個|一个|一個)?.{0,12}(剧本|劇本|结局|結局|故事|台词|台詞|大纲|大綱)"
    r"|(대본|시나리오|결말|각본|대사|시놉시스).{0,10}(써 ?(줘|줄|주)|작성해 ?(줘|줄|주)|고쳐 ?(줘|줄|주))")


def translation_asked(text: str) -> bool:
    """"translate 'good morning' into German", "como se dice gracias en japones", "谢谢用日语怎么说"."""
    return TRANSLATION.search(fold(text)) is not None or lexicon.translation_of_phrase(text)


# Asked to be shown or sent ("show me", "enséñame", "muéstranos", "pásame", "给我看看", "보여 주세요"):
# beside a genre of ours, the titles of that genre, whatever the classifier makes of the verb.
SHOW_US = re.compile(r"\b(show|send|give|list)( me| us)?\b|\b(ensena|muestra|pasa|manda)(me|nos)\b|\bquiero ver\b"
                     r"|给我看|给看看|看看|列一下|发我|보여|알려")


def _audience_watching(text: str) -> bool:
    """Someone of the partner's family said with what they will watch or like ("algo que le guste a
    mi abuela", "something my nan would like", "我奶奶会喜欢的", "우리 할머니가 좋아하실 만한"):
    the family titles are asked for, whatever words the rest uses."""
    folded = fold(to_simplified(text)[0])
    return bool(lexicon.MIXED_AUDIENCE.search(folded) and lexicon.WATCHED.search(folded))


def off_topic(turn: Turn, u: Understanding, memory: Memory, reply: Reply) -> bool:
    """Should `reply`, the router's answer, give way to the polite out-of-scope answer?"""
    if OWN_ACCOUNT.search(fold(u.text)) and not u.records() and not u.wants_person and not u.switch_lang:
        return True  # its calendar or chat app named reads as a calendar action or a contact list
    if (reply.answer or "").startswith(EVENT_ANSWERS) and reply.outcome != "action" and not u.records() \
            and not u.wants_person and OTHER_HAPPENING.search(fold(u.text)):
        return True  # "世界杯下一届在哪办": "next" read as our next event, the subject someone else's
    if not _judged(u, memory, reply):
        return False
    if translation_asked(u.text) or WRITE_FOR_US.search(fold(u.text)):
        return True
    key = reply.answer or ""
    if key == "catalog:about" and lexicon.OUR_LIBRARY.search(fold(u.text)) and not u.wants_person:
        return False  # "what's in your library overall?": our titles, in a word no text of ours uses
    if key.startswith("list:works?") and (WORK_WORDS.search(fold(u.text)) or SHOW_US.search(fold(u.text))
                                          or lexicon.asks_for_kind(u.text) or _audience_watching(u.text)) \
            and any(f"genre={g}" in key for g in u.ids("genre")):
        # "family dramas, the kind my mum would watch": titles of a genre it names; "enséñame las
        # comedias", "show us the thrillers": that genre's titles asked to be shown
        return False
    text = _plain(u)
    words = coverage.vocabulary(turn.kb)
    unknown = words.unexplained(text)
    if key.startswith("contact:") and key.endswith("#hours") and (day := lexicon.DAY_OPEN_ASKED.search(fold(text))) \
            and all(w in day.group() for w in unknown) and not lexicon.OTHER_PLACE_OPEN.search(fold(text)):
        return False  # "토욜에 영업해요?": our team's working day, in words (a day, "open") no text of ours uses
    share = words.share(text) if unknown else 0.0
    if key in SOCIAL:  # "did Messi retire?", "캐나다 수도가 어디입니까?": a question, not a greeting
        return bool(unknown) and QUESTION.search(fold(u.text)) is not None
    if not unknown:
        # "今晚看什么电影好": every word is one of ours (a film, tonight), the meaning is not; asked
        # only of a subject list, and only where the router asked for the message's meaning
        # (`Nearest.asked`: embedded, or skipped where it could not change the router's answer)
        if not key.startswith("list:"):
            return False  # (before the meaning, which would be computed for nothing)
        lead = _semantic_lead(u) if u.nearest is not None and u.nearest.asked else None
        return lead is not None and lead > SEMANTIC_CLEAR_OFF
    if key == "smalltalk:help":  # "what sort of stuff can you help with": any words, unless meaning says otherwise
        lead = _semantic_lead(u)
        # "엑셀에서 브이룩업 어떻게 쓰는 거예요?": "how do I use it" about a thing none of our texts
        # names is help with something else, unless meaning puts it clearly among our lines
        foreign = share >= FOREIGN_SHARE and len(unknown) >= 2
        # ("연말정산 어떻게 하는지 알려주세요", "報稅流程教一下": one long word none of our texts
        # uses is the whole subject of the lesson asked for)
        if TEACH.search(fold(u.text)) and (share >= FOREIGN_SHARE or any(len(w) >= 4 and not w.isascii() for w in unknown)):
            # "教我包饺子": a lesson in a thing our texts never name (a Chinese run of unknown
            # characters is one word: "包饺子", so the count above misses it)
            return True
        return lead is not None and lead > (SEMANTIC_SLACK if foreign else SEMANTIC_OFF)
    # A fact of a record, asked in words nearly all ours ("서울에서 열리는 한중 숏드라마 매칭 행사의
    # 주최 기관을 알려 주십시오"), was found by its name: the classifier's doubt alone does not undo it
    record_fact = key.startswith(RECORD_KINDS) and "#" in key and share < FOREIGN_SHARE
    if u.intent == "out_of_scope" and not u.fallback and u.confidence >= SURE_OFF_TOPIC \
            and not key.startswith("faq:") and not record_fact:
        return True  # "como quedo River anoche?": sure it is off-topic, a set type named in passing
    # A filter the message names (a country, a genre...) is our subject even where no text of
    # ours uses the word: "在法国有活动吗？" asks for events, and the answer says there are none.
    taxonomy = any(e.kind in TAXONOMY for e in u.entities) or bool(u.filters) \
        or (key.startswith("list:events") and lexicon.continent_named(u.text, "en") is not None)  # "东南亚有活动吗"
    if share >= HALF_FOREIGN and not taxonomy and not key.startswith("faq:"):
        return True  # "who directed Titanic": half the message in words no subject of ours uses
    if share >= HALF_FOREIGN and not taxonomy and u.intent == "out_of_scope" and not u.fallback:
        # "义乌小商品市场几点关门": a FAQ sharing one place name with the message ("Yiwu airport")
        # does not answer what the rest asks, when the classifier reads it off-topic too
        return True
    near = _semantic_lead(u)
    if near is None:
        return share >= FOREIGN_SHARE and not taxonomy and len(unknown) >= 2
    if near > SEMANTIC_OFF:
        return True
    return share >= FOREIGN_SHARE and near > (0.0 if taxonomy else SEMANTIC_SLACK)


def unlisted_set(turn: Turn, u: Understanding, memory: Memory, reply: Reply) -> bool:
    """"Do you have a Hogwarts castle set?", "¿se puede grabar en la réplica de la Torre Eiffel?",
    "스키장 세트 있나요?": the whole list of sets answers "what sets do you have", not a set named
    by a word none of our sets is described with. That is an honest gap (the locations team
    knows what can be built or found), not the list."""
    if reply.answer != "list:locations" or not _judged(u, memory, reply):
        return False
    # ("列一张清单", "列个单子": the words of the list asked for name no set)
    unknown = coverage.vocabulary(turn.kb).unexplained(lexicon.LIST_WRITTEN_OUT.sub(" ", _plain(u)))
    return any(len(w) >= 4 if w.isascii() else len(w) >= 2 for w in unknown)


# A story's period or civilisation said as such ("the Aztec empire", "ancient Rome", "la época
# maya", "阿兹特克文明", "고대 로마 배경"): a setting in time that a set is asked to play
PERIOD_SAID = re.compile(
    r"\b(empires?|civili[sz]ations?|ancient|antiquity|medieval|middle ages|dynast(y|ies)|kingdoms?|pharaohs?|(era|period|age|times)\b(?! (of|for) (the )?(shoot|filming))"
    r"|imperios?|civilizaci\w*|antigu[oa]s?|antiguedad|medieval|edad media|epoca|periodo|dinastias?|reinos?|faraon\w*|tiempos de)\b"
    r"|文明|帝国|古国|古代|时代|时期|王朝|中世纪|法老|古(罗马|希腊|埃及|印度|巴比伦|波斯)"
    r"|문명|제국|고대|중세|시대|왕조|파라오"
    # a century ("19th-century Europe", "la Europa del siglo XIX", "十九世纪的欧洲", "19세기 유럽")
    r"|\b(\d{1,2}(st|nd|rd|th)?[- ]century|centur(y|ies))\b|\bsiglos?\b|世纪|세기"
    # a reign's last years or a shogunate ("late shogunate", "幕府末年", "幕末", "막부 말기")
    r"|\b(shogunate|feudal|late [\w-]+ period)\b|\bfeudal\b|末年|末期|幕末|年间|막부|말기"
    # a period named by its ruler or style ("Napoleonic France", "la Francia de Napoleón", "Victorian
    # London", "拿破仑时代", "나폴레옹 시대") or by a year before our century ("in 1805", "París, 1805",
    # "1805年", "1805년"): a setting in time all the same
    r"|\b(napoleon\w*|victorian\w*|edwardian|elizabethan|isabelin[oa]|tudor|regency|renaissance|renacimiento|baroque|barroc[oa]|belle epoque|rococo)\b"
    r"|拿破仑|拿破崙|维多利亚时|文艺复兴|나폴레옹|빅토리아 ?시대|르네상스"
    r"|\b(in|en|de|del|of|around|circa|year|ano|hacia)\s+1[0-8]\d\d\b|(?<![\d,.])1[0-8]\d\d ?(年|년)|,\s*1[0-8]\d\d\b(?! ?(extras|people|personas|pax|m|metros|euros?|dollars|usd|yuan|rmb)\b)")
# A period genre, not a period named ("a period drama", "un drama de época"): our historical titles and sets
PERIOD_GENRE = re.compile(r"\bperiod (dramas?|pieces?|films?|series|shows?|movies?)\b|\b(dramas?|series?|peliculas?|piezas?|historias?) de epoca\b")
# Asking for a set or a place to shoot ("would any set work for that", "¿tienen algún set?", "有景吗",
# "찍을 세트 있을까요?")
SET_ASKED = re.compile(r"\b(sets?|backlots?|lots?|stages?|locations?|decorad\w*|locaci\w*|escenarios?|platos?)\b|\b(shoot|film|rodar|filmar|grabar)\b"
                       # ("¿dónde nos conviene grabarla?": the verb with the story as its object)
                       r"|\b(rodar|filmar|grabar)(la|lo|las|los)\b"
                       # ("¿dónde la grabamos allá?": the verb said in the first person plural; para26)
                       r"|\b(rod|film|grab)(amos|emos)\b"
                       r"|景|场景|基地|拍|세트|촬영|찍")
# A setting abroad a story is placed in ("19th-century Europe", "la Europa del siglo XIX", "十九世纪的欧洲",
# "19세기 유럽 배경"), which no set of ours is described with yet
SETTING_ABROAD = re.compile(r"\b(europe|european|the west|western world|victorian|america|american|england|english|france|french"
                            r"|europa|europe[oa]s?|occidente|occidental|inglaterra|francia|victorian[oa]"
                            # Japan's ("a late-shogunate ronin story", "el Japón feudal", "日本幕府末年", "일본 에도 시대")
                            r"|japan|japanese|japon|japones[a]?|japonesas?|japoneses|shogunate|samurai|ronin|edo)\b"
                            r"|欧洲|欧式|西方|西洋|维多利亚|美国|英国|法国|日本|日式|和风|和風|幕府|江户|유럽|서양|빅토리아|미국|영국|프랑스|일본|막부|에도")
# A place asked for, without a word for a set ("anywhere in Hengdian", "algo en Hengdian", "横店有…地方",
# "헝뎬에 그런 곳"): where to shoot it
PLACE_ASKED = re.compile(r"\b(anywhere|somewhere|anything|place|spot|algo|algun lugar|lugar|sitio)\b|\b(in|en) hengdian\b"
                         r"|地方|地儿|横店有|哪里|哪儿|(?<![가-힣])곳|장소|헝뎬에|어디")
ANSWERED_AS = ("list:locations", "gap:", "out_of_scope", "fallback", "faq:", "smalltalk:help")


def uncovered_period(turn: Turn, u: Understanding, memory: Memory, reply: Reply) -> bool:
    """"We need something for the Aztec empire, would any set work?", "¿hay algún set para la
    antigua Roma?", "고대 로마 배경 세트 있어요?": a period none of our sets is described with, asked
    as a setting for a shoot. The which-set guide says what the sets cover (and asks the era),
    which answers better than an unknown set's gap or the whole list of historical sets. A set
    named by a thing ("a 1:1 replica of the pyramids") stays `unlisted_set`'s gap."""
    key = reply.answer or ""
    if "which_set" not in turn.kb.faq or key == "faq:which_set":
        return False
    if u.switch_lang or u.wants_person or u.action or u.ordinal is not None or u.records() \
            or (u.refers and memory.focus) or u.ids("era") or u.gap:
        return False
    text = fold(turn.text)
    # a setting abroad in a period ("la Europa del siglo XIX", "19세기 유럽 배경"), a place in
    # Hengdian asked for it ("¿hay algo en Hengdian que dé el pego?", "헝뎬에 그런 분위기 나는 곳"):
    # what our sets cover, not titles of a genre nor the sets of a street named for the West
    # (nor an incentive's or a programme's list: "nuestra serie pasa en la Europa del siglo XVIII,
    # ¿hay algún lugar en Hengdian que sirva?")
    # (or a set found by where it is, a word of the place asked: "1805년 나폴레옹 시대 프랑스가 배경인데, 그쪽
    # 세트 중에 어디가 그 느낌 낼 수 있어요?" is no address of the sets for the West)
    abroad = bool(SETTING_ABROAD.search(text) and PERIOD_SAID.search(text) and PLACE_ASKED.search(text)) \
        and (key.startswith(("list:", "faq:", "gap:", "out_of_scope", "fallback", "smalltalk:help"))
             or (key.startswith("location:") and key.endswith("#address")))
    if not key.startswith(ANSWERED_AS) and not abroad:
        return False
    if not (PERIOD_SAID.search(text) and (SET_ASKED.search(text) or abroad)) or HISTORY_LESSON.search(text):
        return False
    if abroad and any(abs(m.start() - p.start()) <= 16 for m in SETTING_ABROAD.finditer(text)
                      for p in PERIOD_SAID.finditer(text)):
        return True
    # the period is the one our texts do not know: a word of its name beside the period word
    # ("Aztec empire", "antigua Roma", "阿兹特克文明"), not any stray word ("hiya, a small Irish
    # prodco planning a period drama, what sets do you have?" asks our sets)
    periods = [m.span() for m in PERIOD_SAID.finditer(PERIOD_GENRE.sub(lambda m: " " * len(m.group()), text))]
    for word in coverage.vocabulary(turn.kb).unexplained(_plain(u)):
        if len(word) < (4 if word.isascii() else 2):
            continue
        at = text.find(fold(word))
        if at >= 0 and any(at - 12 <= end and start <= at + len(word) + 12 for start, end in periods):
            return True
    return False


# A period piece whose period is not fixed, or said only by likeness ("the dynasty isn't decided
# yet", "todavía no elegimos dinastía", "年号都没定", "고려 말이랑 비슷한 시기"), or a writer unsure
# which set fits ("so many sets, no idea which one", "세트가 너무 많아서 어디가 맞는지 모르겠어요")
PERIOD_UNDECIDED = re.compile(
    r"\b(not|haven'?t|have not|yet to|still not|still haven'?t) (yet )?(decided|chosen|picked|settled|fixed|sure)\b|\bundecided\b|\btbd\b"
    r"|\b(any|whichever|some) (dynasty|era|period)\b|\b(dynasty|era|period) (is )?(open|not (decided|set|fixed|chosen)|undecided|tbd)\b"
    r"|\bnot sure which\b|\bno idea which\b|\b(similar|same) (era|period|time)\b"
    r"|\btodavia no (elegimos|decidimos|definimos|sabemos|tenemos)\b|\bno (hemos|habemos)? ?(elegido|decidido|definido)\b|\bsin (definir|decidir|elegir)\b"
    r"|\b(por|a) definir\b|\bcualquier (dinastia|epoca|periodo)\b|\bno se (cual|que) (set|escenario|dinastia|epoca)\b|\b(epoca|periodo) (parecid|similar)\w*"
    r"|没定|未定|还没(定|决定|确定|选|想好)|不确定|待定|没想好|不知道(选|挑)?(哪个|哪些|什么)(朝代|年代|景)|朝代不限|哪个朝代都行|差不多的?(时期|年代)|同一?时期"
    r"|아직 ?(안|못)? ?(정|결정|확정)|미정|정해지지 않|정하지 못|비슷한 (시기|시대|때)|(어디가|어느 게|어느 세트가|뭐가) 맞는지 모르"
    # a century, no era of ours named ("an emperor of the 7th century", "siglo VII", "公元7世纪", "7세기"):
    # which dynasty that is, the guide asks
    r"|\b\d{1,2}(st|nd|rd|th)?[- ]centur(y|ies)\b|\bsiglos? ([ivx]{1,5}|\d{1,2})\b|\d{1,2} ?世纪|[一二三四五六七八九十]{1,3}世纪|\d{1,2} ?세기")
# Words of a period piece PERIOD_SAID leaves out ("古装", "사극", "시기", "a period piece")
PERIOD_PIECE = re.compile(r"\bperiod (dramas?|pieces?|films?|series|shows?|movies?|stor(y|ies))\b|\b(de|una) epoca\b|\bhistoric(al|o|a)\b"
                          r"|古装|古偶|年号|朝代|年代|历史剧|사극|시대극|역사극|왕조|시대 ?배경|배경 ?시대|시기 .{0,8}배경")
# A choice asked for: "recommend a few", "推荐几个", "추천해 주세요"
RECOMMEND = re.compile(r"\b(recommend|suggest|advi[cs]e|where)\b|\b(recomiend|recomend|sugier|suger|aconsej|donde|conviene)\w*"
                       r"|推荐|建议|哪里|哪儿|哪个|踩点|추천|어디|어느")


def unset_era(turn: Turn, u: Understanding, memory: Memory, reply: Reply) -> bool:
    """"Our story is Cao Cao and Liu Bei, the Three Kingdoms: which set would suit us?", "三国题材
    用哪个景", "삼국지 얘기인데 어느 세트가 맞을까요": a period the taxonomy knows (by its name or its
    people) but no set of ours is described with, asked as the setting of a shoot. The which-set
    guide says what the sets cover, not a list a misread of the names leads to (the programmes for
    "Tres Reinos", the goodbye for "Cao Cao"). A record named or pointed at keeps its answer."""
    key = reply.answer or ""
    if "which_set" not in turn.kb.faq or key == "faq:which_set" or key.startswith(("location:", "list:locations")):
        return False
    if u.switch_lang or u.wants_person or u.action or u.ordinal is not None or u.records() \
            or (u.refers and memory.focus) or u.gap:
        return False
    eras = u.ids("era")
    if not eras or any(era in loc.eras for era in eras for loc in turn.kb.locations.values()):
        return False
    text = fold(turn.text)
    return SET_ASKED.search(text) is not None and not HISTORY_LESSON.search(text) \
        and key.startswith((*ANSWERED_AS, "list:", "smalltalk:"))


def period_undecided(turn: Turn, u: Understanding, memory: Memory, reply: Reply) -> bool:
    """"It's ancient China but we haven't picked the dynasty yet, where should we shoot?", "本子还在
    改 只知道是古装 年号都没定 推荐几个", "고려 말이랑 비슷한 시기 중국 배경인데 어디가 맞는지 모르겠어요":
    a period piece whose period is open is the which-set guide's question (what each set
    suits, and tell me your era), not one set's address, a list of historical titles, the
    foreign-crews FAQ or "not understood". A period named (`u.ids("era")`) has its own answer
    (the sets listed for it, or `Router.era_guide`)."""
    key = reply.answer or ""
    if "which_set" not in turn.kb.faq or key == "faq:which_set" or reply.outcome == "action":
        return False
    if u.switch_lang or u.wants_person or u.action or u.ordinal is not None or u.records() or u.gap \
            or (u.refers and memory.focus) or u.ids("era"):
        return False
    text = fold(turn.text)
    if HISTORY_LESSON.search(text):
        return False
    if OLD_CHINA_STORY.search(text) and STORY_TOLD.search(text) and ONE_SET_ASKED.search(text) and not LIST_WORDED.search(text):
        # "a murder story in an old Chinese city, all lanterns and alleys: which set would you pick?",
        # "一个师傅穿越回古代小镇的故事，用哪个景？": a story told in a China of long ago, no period named,
        # and the one set for it asked: the set follows the period (the guide asks it), not the
        # lanterns' night scenes or the village the story passes through (fixK24)
        return True
    if not PERIOD_UNDECIDED.search(text):
        return False
    period = PERIOD_SAID.search(text) or PERIOD_PIECE.search(text) or "historical" in u.ids("genre")
    return bool(period) and bool(SET_ASKED.search(text) or PLACE_ASKED.search(text) or RECOMMEND.search(text))


# China of long ago, no period named ("an old Chinese city", "olden-days China", "una ciudad china
# antigua", "un pueblo chino de hace siglos", "古代小镇", "옛날 중국 마을")
OLD_CHINA_STORY = re.compile(
    r"\b(old|ancient|olden|olden[- ]days?|old[- ]timey?|imperial)(-(era|age|period|times?))?( [\w-]+)? (chinese|china)\b|\b(chinese|china) of (old|long ago|centuries ago)\b"
    r"|\b(chin[oa]s?|china) (antigu[oa]s?|imperial|de (hace|otros) siglos|de antes)\b|\bantigu[oa]s? china\b"
    r"|\b(ciudad|pueblo|aldea|villa|barrio|urbe|poblado)s? (chin[oa]s? )?(antigu[oa]s?|de hace (\w+ )?(siglos|anos)|de (otra )?epoca)\b"
    # (streets need China said: "calles antiguas" alone are old streets, a scene the sets list)
    r"|\bcalles? chin[oa]s? (antigu[oa]s?|de hace (\w+ )?(siglos|anos)|de (otra )?epoca)\b"
    # (how long ago said any way: "una aldea china de hace mil años", "una ciudad china de época"; para25)
    r"|\b(chin[oa]s?|china) de hace (\w+ )?(siglos|anos)\b|\b(chin[oa]s?|china) de (otra )?epoca\b"
    r"|古代|古时候|古時候|古时的|古時的|旧时的中国|舊時的中國"
    r"|(옛날|옛|고대|옛적) ?중국")
# A story told ("a murder story", "una historia de un crimen", "穿越回古代的故事", "살인사건 나는 이야기",
# "our script"): what the set is for
STORY_TOLD = re.compile(r"\b(story|stories|tale|yarn|plot|script|screenplay)\b|\b(historia|cuento|trama|guion\w*|libreto)\b"
                        # (the story by its kind: "a whodunnit", "a crime drama", "un policial", "범죄극"; para25)
                        r"|\b(whodunn?it|thriller|(crime|detective|period|murder|costume) (drama|piece|series|film|short))\b"
                        r"|\b(drama|policial|thriller|policiaco)s? (criminal|policial|de (crimen|misterio|epoca))?\b"
                        r"|故事|本子|剧本|劇本|剧情|劇情|이야기|얘기|대본|시나리오|각본|극본|스토리|(범죄|추리|수사|시대|미스터리|공포)극")
# The one set asked for ("which set would you pick?", "¿qué set nos recomienda?", "用哪个景", "어떤 세트가 맞을까")
ONE_SET_ASKED = re.compile(
    r"\b(which|what) (one|set|backlot|lot|location|of (your|the) (sets|backlots|lots|locations))\b"
    r"|\b(que|q|cual) (set|escenario|decorado|locacion|plato)\b|\bcual de (sus|tus|vuestros|los)\b"
    r"|哪(个|個|块|塊|处|處|片)(景|场景|場景|景区|景區|基地)|(어떤|어느|무슨) ?(세트|촬영장|세트장|촬영지|곳)"
    # (the set's noun first, the question word after: "세트 뭐가 맞겠노", "어디가 좋음"; para25)
    r"|(세트|촬영장|세트장|촬영지)(는|은|가|이)? ?(뭐|뭣|어디|어느 ?거)|어디가 ?(좋|맞|어울|나)")


# The choosing of a set as a noun, and help asked with it (`SET_CHOICE_HOW`)
_CHOOSING_NOUN = (r"选景|選景|挑景|找景|勘景|(选|選|挑)(场景|場景|拍摄地|拍攝地)|\blocation scouting\b|\bscouting (for )?(sets?|locations?)\b"
                  r"|\b(set|location) (selection|choice|scouting)\b|\b(choosing|picking|selecting) (a |the )?(sets?|locations?)\b"
                  r"|\b(eleccion|seleccion|busqueda) de(l)? (la )?(locacion\w*|escenarios?|sets?|decorados?|lugar(es)? de rodaje)\b"
                  r"|(촬영지|촬영 ?장소|세트|로케이션|장소) ?(선정|선택|고르기|헌팅)|로케이션 ?헌팅")
_HELP_WORD = (r"协助|協助|帮助|幫助|帮忙|幫忙|支持|建议|建議|\b(help|helps|support|assist\w*|advice|advise|guidance|guide)\b"
              r"|\b(ayuda\w*|apoy\w*|asesor\w*|orienta\w*)\b|도움|도와|지원|조언")
# How a set is chosen, asked as a way of doing it ("how do we work out which set fits our script?",
# "¿cómo elegimos el escenario que nos conviene?", "怎么挑适合的景", "세트는 어떻게 고르면 돼요?", "how
# does Hengdian help crews pick a location?"): the choosing, not one set nor a list of them
SET_CHOICE_HOW = re.compile(
    r"\bhow (do|does|can|could|should|would|will|to|are|is)\b.{0,40}\b(choose|choosing|pick|picking|decide|deciding|work out|figure out|select|selecting|narrow (it )?down|match|find)\b"
    r"|\bhelp(s|ing)? (\w+ ){0,3}(choose|pick|decide|select|find|work out|figure out)\b|\b(tips|advice|guidance|a guide|rule of thumb) (on|for) (choosing|picking|selecting|finding)\b"
    # ("¿cómo podemos determinar qué set se ajusta mejor?"; para27)
    r"|\bcomo (\w+ )?(decid|elij|elegi|elige|eleg|escoj|escog|sab|selecciona|encontra|encuentr|determin|defin|identific|hac\w* para (elegir|escoger|decidir|saber))\w*"
    r"|\b(ayuda\w*|orienta\w*|asesora\w*) (\w+ ){0,3}(a |para )?(elegir|escoger|decidir|seleccionar|encontrar)\b"
    r"|(怎么|怎麼|如何|咋|怎样|怎樣|怎么样|怎麼樣)(去|来|來|才能|能)?(选|選|挑|定|决定|決定|确定|確定|判断|判斷)|(帮|幫|协助|協助).{0,8}(选择|選擇|挑选|挑選|选|選|挑|判断|判斷)"
    # not knowing which to take, said first ("不知道选哪个景好你们能帮忙看看不", "不曉得該用哪個場景"; fixV26)
    # (Cantonese "唔知揀邊個景好", read as "不知选谁景好"; para27)
    r"|(不知道|不知|不晓得|不曉得|拿不准|拿不準|不确定|不確定)(该|該|要|应该|應該)?(选|選|挑|揀|拣|用|定)(哪个|哪個|哪些|什么|什麼|啥|谁|誰|边个|邊個)"
    r"|어떻게 ?(골라|고르|고를|선택|정하|정해|정할|결정|찾)|(고르는|선택하는|정하는|찾는) ?(법|방법|요령|기준|팁)|(골라|선택해|정해) ?주"
    r"|(고르|선택하|정하|찾)(도록|게|는 ?(걸|것을|데)) ?.{0,12}(도와|도움)"
    # the choosing said as a noun with help asked of it ("選景這件事，橫店可以提供什麼協助？", "what help
    # is there with location scouting?", "¿ayudan con la elección de locaciones?", "촬영지 선정에 도움
    # 받을 수 있나요?"; para23)
    r"|(" + _CHOOSING_NOUN + r").{0,24}(" + _HELP_WORD + r")|(" + _HELP_WORD + r").{0,24}(" + _CHOOSING_NOUN + r")")
# What is chosen: a set or a shooting place (a fitting one, "the right set", "适合的场景")
SET_CHOSEN = re.compile(r"\b(sets?|backlots?|locations?|scenery|shooting (sites?|places?)|which one|the right one)\b"
                        r"|\b(escenarios?|sets?|locaciones|locacion|locacion\w*|decorados?|lugar(es)? de rodaje)\b"
                        r"|场景|場景|景区|景區|拍摄地|拍攝地|取景地|哪个景|哪個景|的景|选景|選景|挑景|找景|勘景|세트|촬영지|촬영 ?장소|로케이션"
                        # (Cantonese "揀邊個景", read as "选谁景"; para27)
                        r"|(选|選|挑|揀|拣)(谁|誰|边个|邊個)景")


def set_choice_asked(turn: Turn, u: Understanding, memory: Memory, reply: Reply) -> bool:
    """"There are so many sets! How does a small crew work out which one fits our script?",
    "¿Cómo decidimos qué escenario nos conviene?", "要怎麼選適合的場景", "横店如何帮助剧组选择拍摄场景":
    how to choose a set is the which-set guide's question (each set suits its periods: tell me
    yours), not the gap of an unknown subject, the catalog's "no title about that story", one set's
    page or the sets of a street. A record named or pointed at, a period named (its own sets or
    `Router.era_guide`), an unpublished thing or an action keeps its answer."""
    key = reply.answer or ""
    if "which_set" not in turn.kb.faq or key == "faq:which_set" or reply.outcome == "action":
        return False
    if u.switch_lang or u.wants_person or u.action or u.ordinal is not None or u.ids("era") or u.filter("era") \
            or (u.refers and memory.focus) or (u.gap and not key.startswith("gap:")):
        return False
    if u.records() and not key.startswith(("location:", "catalog:")):
        return False
    text = fold(turn.text)
    return bool(SET_CHOICE_HOW.search(text) and SET_CHOSEN.search(text)) and not HISTORY_LESSON.search(text)


def uncovered_scene(turn: Turn, u: Understanding, memory: Memory, reply: Reply) -> bool:
    """"A shanty scene, harbour and fishing village vibe: which set would suit us best?", "¿qué set
    nos conviene pa' unos pescadores que salen al mar?", "渔港的戏用哪个景", "항구 장면인데 어느 세트가
    맞아요?": a kind of scene the taxonomy knows but no set of ours is listed for (a harbour),
    and the one set for it asked. The which-set guide says what each set suits (and asks the
    era), as for a period no set covers (`uncovered_period`); sets listed for the scene asked
    ("any harbour sets?", "¿qué sets tienen muelle?") stay the list that says none is."""
    key = reply.answer or ""
    if "which_set" not in turn.kb.faq or key == "faq:which_set" or reply.outcome == "action":
        return False
    if u.switch_lang or u.wants_person or u.action or u.ordinal is not None or u.records() \
            or (u.refers and memory.focus) or u.ids("era") or u.filter("era"):
        return False
    held = {scene for loc in turn.kb.locations.values() for scene in loc.scene_types}
    if all(scene in held for scene in u.ids("scene_type")):
        return False
    text = fold(turn.text)
    if LIST_WORDED.search(text) or HISTORY_LESSON.search(text):
        return False
    return bool(ONE_SET_ASKED.search(text) or (RECOMMEND.search(text) and SET_ASKED.search(text)))


# The partner's own script or story named ("我们有个宫廷本子", "궁중 사극 대본 있는데", "our script is a
# court drama", "tenemos un guion de palacio"): the advice of where to take it is asked, not a list
SCRIPT_SAID = re.compile(r"\b(script|screenplay|story ?line|our story|our project|our show|our series)\b|\b(guion\w*|libreto|nuestra historia|nuestro proyecto|nuestra serie)\b"
                         r"|本子|剧本|劇本|脚本|腳本|故事|项目|項目|대본|시나리오|각본|극본|작품|스토리")
# A palace or the court said of the story ("宫廷", "皇帝太监", "궁중", "황제랑 내시", "imperial court",
# "emperor and eunuchs", "la corte imperial")
COURT_SAID = re.compile(r"\b(palace|court|imperial|emperors?|empress|eunuchs?|concubines?|throne)\b|\b(palacio|corte|imperial|emperador\w*|eunucos?|concubinas?|trono)\b"
                        r"|宫|宮|皇帝|太监|太監|妃|朝堂|金銮殿|궁|황제|내시|내관|후궁|왕실")
# Which one to go to ("which of your sets should we go to?", "¿a cuál vamos?")
WHICH_TO_GO = re.compile(r"\bwhich (one|of (your|the) (sets|backlots|lots|locations))\b|\bshould we (go|shoot|film|head)\b|\b(a )?cual (de|nos|conviene)\b")
# A list asked for in so many words ("有哪些景", "列出", "목록", "show me", "which sets have")
LIST_WORDED = re.compile(r"\b(list|show me|which sets (have|has)|what sets)\b|\blista\b|muestrame|哪些|列出|清单|목록|리스트|보여")


def court_script_unplaced(turn: Turn, u: Understanding, memory: Memory, reply: Reply) -> bool:
    """"我们有个古装宫廷本子，皇帝太监一大堆，该去你们哪个景？", "궁중 사극 대본 있는데 어디서 찍음?": the
    partner's own palace or court script, no period named, and where to take it asked: the which-set
    guide (each set suits its dynasties: tell me your era), not the palace sets listed. A list asked
    for ("拍宫殿戏有哪些景", "throne room scenes, which sets have a proper palace") stays the list."""
    key = reply.answer or ""
    if "which_set" not in turn.kb.faq or key == "faq:which_set" or not key.startswith("list:locations") \
            or reply.outcome == "action":
        return False
    if u.switch_lang or u.wants_person or u.action or u.ordinal is not None or u.records() or u.gap \
            or (u.refers and memory.focus) or u.ids("era") or u.filter("era"):
        return False
    text = fold(turn.text)
    return bool(SCRIPT_SAID.search(text) and COURT_SAID.search(text) and (RECOMMEND.search(text) or WHICH_TO_GO.search(text))
                and not LIST_WORDED.search(text) and not PERIOD_SAID.search(text))


def unsure_faq(turn: Turn, u: Understanding, memory: Memory, reply: Reply) -> bool:
    """A FAQ answer that neither matcher stands behind, for a message with words our texts do not
    use: the shared words match it only weakly, the meaning puts another FAQ first and the
    answer ranker does not put it first either
    ("横店有没有能拍海战的大型水下摄影棚？" is no question about foreign actors). Better the honest
    "not sure" with the menu and a person than another question's answer."""
    key = reply.answer or ""
    if not key.startswith("faq:") or "#" in key or not _judged(u, memory, reply):
        return False
    fid = key[4:]
    if u.ids("era") and fid in turn.kb.faq and "era" in turn.kb.faq[fid].tags:
        return False  # a period named that no set is tagged with: the rules' own period guide
    if u.faq is not None and u.faq.id == fid and (u.faq.score >= FAQ_SURE or u.faq.core_content >= FAQ_OWN_WORD):
        return False  # the FAQ's own words ("alliance") are in the message
    if not coverage.vocabulary(turn.kb).unexplained(_plain(u)):
        return False
    near = u.semantic()
    if near is None or near.id == fid:
        return False
    # The meaning alone may put a neighbour first by a hair ("a local version of one of your
    # shows" lands near the AI FAQ); the ranker weighs both matchers and the classifier.
    ranked = u.best_faq()
    return ranked is None or ranked.id != fid or ranked.probability < RANKER_BACKS


def _judged(u: Understanding, memory: Memory, reply: Reply) -> bool:
    """Only answers reached without a name: a subject list, a FAQ, small talk, the catalog
    overview, or a record the message does not name (found through a kind of set or a search)."""
    key = reply.answer or ""
    if reply.outcome == "action" or u.switch_lang or u.wants_person or u.action or u.gap:
        return False
    if u.ordinal is not None or (u.refers and memory.focus) or u.records():
        return False
    head = key.partition("#")[0].partition("?")[0]
    if head == memory.focus or head in memory.items:
        return False  # "cuantos capitulos tiene?", "办了吗": about the record in focus or just listed
    if head.startswith("list:") and (memory.answer or "").partition("?")[0] == head:
        return False  # "只看韩国的" after the partners: the last list narrowed
    return key.startswith(JUDGED) or key.startswith(RECORD_KINDS)


# Laughter and chat noise ("jaja", "lol", "哈哈", "ㅋㅋ") are no words of another subject.
NOISE = re.compile(r"\b(?:j[aeiou]){2,}j?\b|\b(?:h[aeiou]){2,}h?\b|\blo+l\b|\blmao\b|\bxd+\b|\brofl\b|[哈呵嘻嘿]{2,}|[ㅋㅎㅠㅜ]+",
                   re.IGNORECASE)


def _plain(u: Understanding) -> str:
    """The message as the vocabulary reads it: in Simplified Chinese where written in Traditional,
    each name the entity index found replaced by a word it knows, chat noise left out."""
    return NOISE.sub(" ", to_simplified(unnamed(u.text, u.entities, filler=" drama "))[0])


def _semantic_lead(u: Understanding) -> float | None:
    """How much nearer in meaning the message is to the closest off-topic training line than to
    the closest in-scope line or FAQ question (positive: off-topic), or None without the engine."""
    near = u.semantic()
    if near is None:
        return None
    return near.off_topic - max(near.score, near.rival)


def deal_like_partner(turn: Turn, u: Understanding) -> tuple[str, str] | None:
    """("incentive", id) for "a sets-for-distribution deal like Dalynn's": a partner named with
    "like"/"como el de"/"像…那样"/"처럼" and a word for a deal, answered by the one incentive
    whose text names that partner."""
    partners = u.ids("partner")
    folded = fold(u.text)
    if not partners or len(partners) > 2 or not LIKE.search(folded) or not DEAL.search(folded):
        return None
    # "Dalynn可以用横店的景…": the studio named beside the partner names no deal of its own; the
    # one incentive whose text names one of them is the deal
    names = [(p.name.get("en") or "").casefold() for pid in partners if (p := turn.kb.partners.get(pid))]
    found = {i.id for i in turn.kb.incentives.values() for name in names
             if name and any(name in (text or "").casefold() for text in _incentive_texts(i))}
    return ("incentive", found.pop()) if len(found) == 1 else None


def _incentive_texts(incentive) -> list[str]:
    texts = []
    for attr in ("title", "summary", "details", "eligibility", "how_to_apply"):
        value = getattr(incentive, attr, None)
        if value is not None and hasattr(value, "get"):
            texts.append(value.get("en") or "")
    return texts
