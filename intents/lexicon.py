"""Words partners use to ask for one fact, point back at an earlier answer, switch language, or
ask for something the knowledge files do not hold, in English, Spanish, Chinese and Korean.

Every pattern is matched on `core.text.fold(message)`: lower case, Latin accents removed (so
"cuándo" is written "cuando" here), Chinese and Korean untouched. Each table is one place to add
a word; `intents.understand` reads them and nothing else decides these questions.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from core import lazy_re as re  # patterns compiled on first use: see core/lazy_re.py
from core.i18n import Lang
from core.text import fold, to_simplified

# How long an approval takes ("how long does approval take?", "¿cuánto tarda la aprobación?",
# "审批要多久", "승인까지 얼마나 걸려요?"): the shoot request procedure's "allow at least four weeks"
# is what is published. A lead-time question (`FACTS`), and `APPROVAL_TIME` for the router.
APPROVAL_TIME_PATTERN = (
    r"how long (does|do|will|would|did)? ?(the |an? |our |it )?(approval|application|processing|review|sign-?off|permit|green ?light)s?\b"
    r"|how long (does it|will it|would it|till|until|to|before) (take )?(to )?(get )?(approv|process|review|green ?lit|the (approval|permit|answer))"
    r"|how long (till|until|before) (it'?s|it is|we'?re|we are|we get|we'?ll be|it gets) (approved|green ?lit|accepted|signed off)"
    r"|cuanto (tarda|tardan|demora|demoran|se tarda|se demora)\w* (la |el |en )?(aprobacion|aprobar|autorizacion|autorizar|tramite|respuesta|permiso|revision)"
    r"|(审批|审核|批复|批准|许可)(要|需要)?(多久|多长时间|几天)|多久(能|才能|可以|会)?(批|审批|审核|通过|批准|下来)|批下来(要)?(多久|多长时间)"
    r"|(승인|심사|허가|허락)(까지|이|은|는|가)? ?(얼마나|며칠|몇 주|기간)|얼마나 걸려야 (승인|허가)"
    # how far ahead to apply: "得提前多久", "申请要提前几周", "얼마나 미리 해야 돼요?", "how far in advance?"
    r"|提前(多久|多长时间|多少天|几天|几周|几个星期|几个礼拜)|提早(多久|多长时间)|(얼마나|며칠|몇 주) ?(미리|전에|앞서)"
    r"|\bhow (far|long) (ahead|in advance|beforehand)\b|\bhow (much|many weeks'?) (notice|lead time)\b|\bhow early (should|do|must|can) (we|i)\b"
    r"|con cuanta (anticipacion|antelacion)|con cuanto (tiempo )?de (anticipacion|antelacion)"
    # how long a booking takes to settle: "how many days would it take to book it?", "¿cuánto se
    # tarda en reservarlo?", "预订要多久", "예약하는 데 며칠 걸려요?"
    r"|\bhow (many (days|weeks)|long) (would|will|does|do|did)? ?(it )?(take|need) (us )?(to )?(book|reserve|get (it|a slot|the stage|the set) booked)\b"
    r"|\bhow (long|many (days|weeks)) (to|for) (book|reserve)\b"
    r"|(cuanto|cuantos dias|cuantas semanas) (tiempo )?(se )?(tarda|tardan|demora|demoran|toma|lleva|llevaria|tardaria)\w* (en )?(reservar|hacer la reserva|la reserva)"
    r"|(预订|预约|订场|租用)(要|需要|得)?(多久|多长时间|几天|几周)|(多久|几天)(能|才能|可以)(订|预订|预约)"
    r"|(예약|대관)(하는 ?데|하려면|까지|은|이)? ?(얼마나|며칠|몇 주) ?(걸|전)"
)
APPROVAL_TIME = re.compile(APPROVAL_TIME_PATTERN)
# Whether a team is at work this moment ("is he there now?", "are they open right now?", "¿están
# ahora?", "¿atienden ahorita?", "现在有人吗", "지금 근무 중이에요?"): its hours, and whether now is in them.
# A clock time of being open asked ("wat time does the vertical short drama centre open till?",
# "how late is their office open?", "are they open until six?"): a team's hours, however long its name.
OPEN_HOURS_PATTERN = (r"\b(w?h?at time|how late)\b.{0,60}\b(open|opens|close|closes|shut|shuts)\b"
                      r"|\b(open|opens|opened) (till|til|until)\b")
IN_OFFICE_NOW_PATTERN = (
    r"\b(is|are) (he|she|they|you|anyone|anybody|someone|somebody|the team|the office) (there|in|open|around|available|at work|in the office|working)"
    r"\b.{0,12}\b(now|right now|at the moment|currently|today)\b"
    r"|\b(open|in the office|at (the )?office|at work|available|working) (right )?now\b|\bopen at the moment\b"
    r"|\b(estan|esta|estais|atienden|atiende|atendeis|hay alguien|abiert[oa]s?|disponibles?|trabajando|atendiendo|contestando|respondiendo|de guardia) (ahora|ahorita|ahora mismo|en este momento|hoy)\b"
    r"|\bahora (mismo )?(estan|esta|estais|atienden|atiende|atendeis|hay alguien)\b"
    r"|现在(在(吗|不在|线|岗|办公室|公司|上班)|有人|上班|营业|开门)|(在|有人)(上班|值班)吗|지금 (근무|계세요|계신가요|있어요|열려|일하|업무)")
IN_OFFICE_NOW = re.compile(IN_OFFICE_NOW_PATTERN)

# When a person will answer ("when will they answer?", "¿a qué hora contestan?", "他们几点回复",
# "언제쯤 답장 와요?"), often right after a handoff: the team's hours and when to expect a reply
REPLY_WHEN_PATTERN = (
    r"\b(when|what time) (will|would|do|does|can|could|are|is) (they|you|someone|somebody|anyone|anybody|the team|your team|a person|he|she|your colleagues?)"
    r" (usually |normally |going to |gonna |be able to )?(answer|reply|respond|get back|write back|write me|contact me|call me)"
    r"|\bwhen can (i|we) expect (a|an|their|your|the) (reply|answer|response)|\bhow (long|soon)\b.{0,30}\b(repl(y|ies)|answers?|responds?|gets? back|hear back)\b"
    r"|\b(a que hora|cuando|en cuanto tiempo) (me |nos )?(contestan|responden|contestaran|responderan|escriben|van a (contestar|responder|escribir))"
    r"|\bcuanto (tardan|demoran|se tardan|se demoran) en (contestar|responder)"
    r"|(什么时候|几点|多久)(能|会|可以|才)?(回复|回我|回消息|答复|联系我)|(多久|多长时间)(能|会|可以|才)?回"
    r"|(언제|몇 ?시)(쯤|에)? ?(답장|답변|회신|연락)(이|을|은)? ?(와|오|받|주|줘|해|하|올|줄|될)")
REPLY_WHEN = re.compile(REPLY_WHEN_PATTERN)

# The clock in Hengdian now ("what time is it in Hengdian now?", "¿qué hora es ahora en Hengdian?",
# "横店现在几点", "헝뎬 지금 몇 시예요?"): asked bare or of the studio's place, not of an event ("what
# time is it for me?" after an event is the event's hour in the partner's zone)
CLOCK_NOW = re.compile(
    r"\bwhat time is it (now|right now|currently|at the moment|over there|there|(right now |now )?(in|at) (hengdian|china|beijing|dongyang|zhejiang|shanghai))\b"
    r"|\bwhat('?s| is) the (local |current )?time (now |right now )?(in|at|over) (hengdian|china|beijing|there)\b|\b(current|local) time (in|at) (hengdian|china|beijing)\b"
    r"|\bque hora es (ahora( mismo)?|ahorita|alla|alli|(ahora )?en (hengdian|china|pekin|beijing|dongyang|zhejiang|shanghai))\b"
    r"|\bhora (actual|local) (en|de) (hengdian|china|pekin)\b|(横店|中国|北京|那边|那里)?现在(是)?几点(了|钟)?\W*$"
    r"|(헝뎬|중국|베이징|거기)?\S{0,2} ?지금 몇 ?시(예요|에요|야|인가요|죠|지)?\W*$")

# The time difference asked between a place and Hengdian ("time difference between Accra and
# Hengdian", "how many hours ahead of Madrid is Hengdian?", "¿cuál es la diferencia horaria con
# Bogotá?", "跟北京差几个小时", "跟横店有时差吗", "서울이랑 헝뎬 시차가 몇 시간이에요?"): the hours between
# the two clocks, not the time now alone nor a zone to set.
TIME_DIFFERENCE = re.compile(
    r"\btime[- ]?(difference|diff|gap)s?\b|\bdifference in (time|hours)\b|\bhow many hours (ahead|behind|apart|earlier|later|of difference)\b"
    r"|\bhow many hours (is|are|does|do) [a-z]+(?: [a-z]+)? (ahead|behind|earlier|later)\b|\btime\b.{0,80}\bwhat('?s| is) the (time )?(difference|diff)\b"
    r"|\bhow (far|much) (ahead|behind) (is|are)\b|\bhow (far|much) (ahead|behind) (of|from) (hengdian|china|beijing|you|us)\b|\b\d{1,2} hours? (ahead|behind)\b|\bhours? (ahead|behind) (of|from)\b"
    r"|\bdiferencia (horaria|de horas?|de horario|en horas?)\b|\bhoras de diferencia\b|\bdesfase horario\b"
    r"|\bcuantas horas (de diferencia|nos llevamos|se llevan|(hay )?(de )?(adelanto|atraso)|(estan|esta|van|va|vamos) (adelantad|atrasad|por delante|por detras))"
    r"|\bcuantas horas (mas|menos) (es|son|tienen|van)\b"
    r"|时差|時差|差(几|幾|多少)个?小时|差(几|幾|多少)個?小時|相差(几|幾|多少)个?小时|(快|慢|早|晚)(几|幾|多少)个?小?时"
    r"|시차|몇 ?시간 ?(차이|빨라|느려|빠르|느리|앞서|늦)|시간 ?차이")

# The partner's own clock asked without naming it ("what time is that for me?", "¿a qué hora es
# eso para mí?", "那是我这边几点？", "제 시간으로 몇 시예요?"): their zone, set or said, else their city asked
YOUR_CLOCK = re.compile(
    r"\b(what time|when)\b[^?]{0,30}\b(for me|for us|my time|our time|(on|at) (my|our) end|where i am|where we are"
    r"|in my (time ?zone|time)|my local time)\b"
    r"|\b(que hora|a que hora)\b[^?]{0,30}\b(para mi|para nosotros|pa mi|pa nosotros|de mi lado|en mi (hora|horario|zona)"
    r"|mi hora|hora mia|(me|nos) (queda|cae)( a (mi|nosotros))?)\b"
    r"|(我|我们)(这边|这里|当地)[^?？]{0,6}(几点|什么时间|时间是)|(我|我们)的时间[^?？]{0,4}几点"
    r"|(제|저희|내|우리) ?(시간|쪽 시간|기준)\S{0,3} ?몇 ?시|(여기|이쪽|제 쪽|저희 쪽)(는|은|에선|에서는|시간으로는?) ?몇 ?시"
    r"|(제가|저희가|내가|우리가) (있는|사는|지내는) ?(곳|데|지역|도시) ?(기준|시간)\S{0,3} ?몇 ?시")

# Regulated things a shoot may ask to do on site, which no file states (drones and aerial shots,
# pyrotechnics and explosions, prop or real weapons, animals, closing public roads, shooting at
# night): "can we bring our own drone crew?", "¿se puede usar pirotecnia?", "可以封路拍吗",
# "소품 총기 반입 되나요?". Whether it is allowed and what it needs is the team's to say (the
# permits gap), never the foreign-crews FAQ's "yes". Fireworks and night *scenes* are kinds of
# scene a set is chosen for (taxonomy), not named here.
_MAY = (r"(\b(can|could|may|allowed|allow|permitted|ok|okay|possible|rules?|bring|use|using|podemos|podriamos|puedo|se puede|se permite"
        r"|permiten|permitido|permitidos|posible|llevar|traer|usar|utilizar)\b"
        r"|可以|能不能|能否|(?<!不)能|可不可以|允许|允許|行吗|行不行|带|帶|用|수 ?있|가능|되나|되나요|돼요|될까|허용|괜찮|반입|데려)")
REGULATED_PATTERN = (
    r"\bdrones?\b|\baerial (shots?|filming|footage|photography|cinematography)\b|\btomas? aereas?\b|\bdron(es)?\b"
    r"|无人机|無人機|航拍|드론|항공 ?촬영"
    r"|\bpyro(technics?|technic)?\b|\bexplosions?\b|\bexplosives?\b|\bblow(ing)? (things |stuff |a car |cars )?up\b|\bspecial effects? (with )?(fire|explosions?)\b"
    r"|\bpirotecni\w*|\bexplosion(es)?\b|\bexplosivos?\b|\bvolar (un |una |unos |unas )?\w+\b(?=.{0,12}\b(escena|toma|rodaje)\b)"
    r"|爆破|爆炸(戏|场面|镜头|效果)|烟火特效|煙火特效|炸药|炸藥|파이로|폭파|폭발 ?(장면|씬|신|효과)|화약"
    r"|\b(prop|replica|fake|real|live|blank)[- ](guns?|firearms?|weapons?|rifles?|pistols?)\b|\bfirearms?\b|\bguns? on (set|site|location)\b"
    r"|\barmas? (de fuego|de utileria|falsas?|reales|de mentira|de juguete)\b|\barmamento\b"
    r"|枪支|槍支|道具枪|道具槍|枪械|槍械|真枪|真槍|총기|소품 ?총|모형 ?총|실탄|공포탄"
    r"|^(?=.*" + _MAY + r")(?=.*(\b(animals?|horses?|dogs?|cats?|livestock|birds?|animales|caballos?|perros?|gatos?|aves)\b"
    r"|动物|動物|马匹|馬匹|骑马|騎馬|동물|말(을|이|과|들)|승마|강아지|반려견))"
    r"|\b(close|closing|shut|shutting|block|blocking|closure of) (off |down )?(a |the |some |public |city )*(roads?|streets?|highways?)\b|\b(road|street) closures?\b"
    r"|\b(cerrar|cortar|bloquear|cierre de|corte de) (una |la |las |unas |el |un )?(calles?|vias?|carreteras?|avenidas?|camino)\b"
    r"|封路|封街|封闭道路|封閉道路|道路封闭|交通管制|도로 ?(통제|폐쇄|봉쇄|차단)|(길|도로|거리)(을|를)? ?막"
    # (shooting at night asked of a set pointed at, "거기서 야간 촬영도 돼요?", is whether it suits night scenes: its card)
    # (shooting at night is otherwise which set suits night scenes, Dream Valley: only the rules
    # or the open scenic area said make it a permit asked)
    r"|^(?=.*(\b(scenic (area|spot)s?|theme park|tourists?|visitors|allowed|permitted|permission|permits?|rules?|restrictions?|curfew"
    r"|zona turistica|turistas|visitantes|permitido|permitida|se permite|permiten|permisos?|reglas?|restricciones)\b"
    r"|景区|景區|游客|遊客|允许|允許|规定|規定|限制|许可|許可|관광지|관광객|테마파크|허용|허가|규정|제한))"
    r"(?!.*\b(there|alli|alla|ahi)\b|.*(那边|那里|那兒|那儿|거기|그곳))(?=.*(\bnight (shoots?|shooting|filming)\b"
    r"|\b(shoot|film|filming|shooting|work|working) (at|overnight|through the) night\b|\bovernight (shoots?|filming|shooting)\b"
    r"|\brodajes? nocturnos?\b|\bgrabaciones? nocturnas?\b|\b(rodar|filmar|grabar) (de|por la|en la) noche\b"
    r"|夜间拍摄|夜間拍攝|夜拍|晚上(能|可以)?拍|夜里拍|夜裡拍|通宵拍|야간 ?촬영|밤(에|새)? ?촬영|밤에 ?찍))")
REGULATED_ASKED = re.compile(REGULATED_PATTERN)
# What alone makes a message the permits gap (the rest, animals, explosions or night, also name
# scenes a set is chosen for: read as regulated only beside the permits gap's own words)
REGULATED_GAP_PATTERN = (
    r"\baerial (shots?|filming|footage|photography|cinematography)\b|\btomas? aereas?\b|\bdron(es)?\b|航拍|항공 ?촬영"
    r"|\bpyrotechnics?\b|\bpirotecnia\b|烟火特效|煙火特效|파이로"
    r"|\b(prop|replica|fake|real|live|blank)[- ](guns?|firearms?|weapons?|rifles?|pistols?)\b|\bfirearms?\b"
    r"|\barmas? (de fuego|de utileria)\b|道具枪|道具槍|枪支|槍支|총기|소품 ?총"
    r"|\b(road|street) closures?\b|\bcierre de (calles?|vias?)\b|封路|封街|도로 ?(통제|폐쇄|봉쇄)")

# A clock word beside a place, asked right after events were shown ("¿a qué hora es en horario de
# Ciudad de México?", "en hora de Quito", "hora local de Asunción?", "and in Denver time?",
# "换成悉尼时间", "按首尔时间呢", "도쿄 시간으로요", "LA 기준으로는요?"): those events in that place's
# clock (the router checks a zone is named and the message is short), not out of scope
ZONE_CLOCK_ASKED = re.compile(
    r"\bhora(rio|rios)?\b|\bhorario\b|\btime\b|\bclock\b|\bque hora\b"
    r"|时间|時間|时区|時區|几点|幾點|钟点"
    r"|시간|시각|기준|몇 ?시")

# The longest or shortest title by its episodes ("which is the longest?", "¿cuál tiene menos
# episodios?", "biggest catalog title by episodes", "集数最多的是哪部", "가장 긴 작품"), and a bound
# on them ("romance with more than 80 episodes", "de menos de 70 capítulos").
MOST_EPISODES = re.compile(r"\b(longest|biggest|largest)\b|\b(most|more) (episodes|eps|chapters)\b(?! than)|\bmas (larga|largo|extensa|extenso)\b"
                           r"|\bmas (episodios|capitulos)\b(?! de \d)|\bmayor numero de (episodios|capitulos)\b|集数最多|最多集|最长|가장 긴|제일 긴")
FEWEST_EPISODES = re.compile(r"\b(shortest|smallest)\b|\b(fewest|least|less) (episodes|eps|chapters)\b(?! than)|\bmas (corta|corto|breve)\b"
                             r"|\bmenos (episodios|capitulos)\b(?! de \d)|集数最少|最少集|最短|가장 짧|제일 짧")
EPISODES_BOUND = re.compile(r"\b(?P<op>more than|over|at least|under|less than|fewer than|mas de|menos de|al menos|por lo menos|como minimo) (?P<n>\d+) ?(episodes|eps|chapters|episodios|capitulos)\b")
EPISODES_WORDS = re.compile(r"\b(episodes?|eps|chapters?|episodios?|capitulos?|titles?|works?|series|shows?|dramas?|obras?|titulos?|catalog\w*)\b|集|부작|회차|작품")

# A day of the week or the weekend, as a team's working day is asked (folded, Simplified):
# "sundays", "sat", "el domingo", "fin de semana", "礼拜天", "周日", "토요일", "토욜", "주말"
_WORKDAY_NAMES = (r"(\b(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|sat|sun|weekends?|weekdays?|public holidays?"
                  r"|lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|fin(es)? de semana|feriados?|festivos?)\b"
                  r"|周[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|週末|[월화수목금토일]요일|[토일]욜|주말|공휴일)")
# Open on a day, said of us, the office or Hengdian ("are you open on saturdays?", "is Hengdian open
# on Sundays?", "r u guys open sunday?", "¿están abiertos el domingo?", "¿tienen abierto los
# sábados?", "你们周日开门吗", "星期六营业吗", "일요일에 문 열어요?", "토요일에도 영업해요?"): the team's
# working days. A set's own opening ("is the Qin palace open on Sundays?") names the set instead
# of "you"; an event ("is the open day on a weekend?") opens nothing.
_US = (r"(you|u|ya|y'?all|you guys|you all|they|hengdian|hengdian world studios|hisda|the alliance"
       r"|(the|your|their) (office|offices|team|department|desk|center|centre|secretariat|studios?))")
DAY_OPEN = (rf"\b(are|r|is|will|would)( {_US})?( be)? (still |also )?open(ed)? (on |at |during |over |this |next |every |the |on the )*{_WORKDAY_NAMES}"
            rf"|\b(do|does|will) {_US} (open|work) (on |at |during |over |this |next |every |the |on the )*{_WORKDAY_NAMES}"
            rf"|^\W*(and |so |also )?(are you |r u |you |you guys )?open (on |at |during |over |this |next |every |the )*{_WORKDAY_NAMES}\W*$"
            rf"|\b(estan|esta|estaran|estara|siguen|sigue)( ustedes)? (abiert[oa]s?|atendiendo|trabajando)\b.{{0,15}}{_WORKDAY_NAMES}"
            rf"|\b(tienen|tiene|hay) (abierto|atencion|oficina)\b.{{0,15}}{_WORKDAY_NAMES}|\b(abren|abre|abriran|abrira|atendera|atenderan|cierran|cierra)\b.{{0,15}}{_WORKDAY_NAMES}"
            rf"|{_WORKDAY_NAMES}.{{0,12}}\b(estan|esta) (abiert[oa]s?|cerrad[oa]s?)\b"
            rf"|{_WORKDAY_NAMES}(你们|您们|那边|公司|办公室|贵司)?(也|还|都|照常|正常)?(开门|开不开|有开|开吗|开放吗|营业|办公|上班|开工|返工|休息|关门|有人在)"
            rf"|{_WORKDAY_NAMES}(에|엔|에는)?(도|은|는)? ?((사무실|사무소|센터|팀|오피스|거기)(은|는|도|이|가)? )?(문 ?(을 )?(열|여|닫)|열어|여나|여세요|여시|열려|오픈|영업|운영|근무|출근|일하|일해|쉬(어|나|세|시|는))")
DAY_OPEN_ASKED = re.compile(DAY_OPEN)
# A place of the partner's own day that opens ("a q hora abre el super los domingos", "is the bank
# open on saturdays?", "超市周日开门吗", "마트 일요일에 문 열어요?"): its hours are none of ours
OTHER_PLACE_OPEN = re.compile(
    r"\b(super|supermarkets?|supermercados?|groceries|grocery|mall|malls|bank|banks|banco|bancos|pharmacy|pharmacies|farmacias?|"
    r"drugstores?|restaurants?|restaurantes?|cafes?|bars?|museums?|museos?|embass(y|ies)|embajadas?|consulates?|consulados?|"
    r"shops?|stores?|tiendas?|mercados?|markets?|gyms?|gimnasios?|library|biblioteca|post office|correos?|church|iglesia|"
    r"zoo|park|parque|beach|playa|hospital(es)?|clinic|clinica)\b"
    r"|超市|商场|商場|银行|銀行|药店|藥店|餐厅|餐廳|饭店|飯店|博物馆|博物館|大使馆|大使館|领事馆|領事館|商店|市场|市場|健身房|图书馆|圖書館|邮局|郵局|医院|醫院"
    r"|마트|슈퍼|은행|약국|식당|카페|박물관|대사관|영사관|편의점|백화점|시장|헬스장|도서관|우체국|병원")
# Whether the team answers at the weekend ("is anyone there on weekends?", "¿atienden los fines de
# semana?", "周末有人吗", "주말에도 연락 되나요?"): its working days, i.e. a team's hours (not an
# event on a weekend: "is the open day on a weekend?" names no one who works).
WEEKEND_STAFFED = (DAY_OPEN + "|" + r"\b(anyone|anybody|someone|somebody|working|work|staffed|available|reachable|reply|replies|answer|answers|respond)\b.{0,20}\b(weekends?|saturdays?|sundays?)\b"
                   r"|\b(you|u|y'?all|they|office|team|desk)( guys| all| folks)?( are| re|'re)? (open|working|in|around) (on|at|during|over) (the )?(weekends?|saturdays?|sundays?)\b"
                   r"|\bweekends?\b.{0,12}\b(anyone|anybody|staffed|available|reachable)\b"
                   # "and on Saturday?", "¿y los sábados?" right after a team's hours: the day asked alone
                   r"|^\W*(and|y|what about|how about|que tal) (on |los |el )?(the )?(saturdays?|sundays?|weekends?|sabados?|domingos?|fin(es)? de semana)\W*$"
                   r"|\b(atienden|abren|trabajan|contestan|responden|responde|contesta|atiende|hay alguien)\b.{0,20}\b(fin(es)? de semana|sabados?|domingos?)\b"
                   r"|\b(fin(es)? de semana|sabados?|domingos?)\b.{0,12}\b(atienden|abren|trabajan|contestan|responden|responde|contesta|atiende|hay alguien)\b"
                   r"|(周末|週末|礼拜六|星期六|周六|星期天|周日)(也)?(有人|上班|营业|办公|回复|能联系|可以联系|联系得上|找得到人|(能|可以)?找到人|有没有人)"
                   r"|(주말|토요일|일요일)(에)?(도)? ?(연락|문의|근무|영업|운영|답변|답장|답|상담|일하|출근)")


# A commission as a fee or a share ("what commission do you take?", "¿qué comisión cobran?"), not
# a film commission (a body) nor the verb of ordering a show made ("we commission short dramas for
# a Nordic streamer", "they commissioned two series", "comisionamos series", "a commissioning editor")
COMMISSION_FEE = (r"(?<!\bour )(?<!\bfrom the )(?<!film )(?<!filming )(?<!movie )(?<!cinema )(?<!\bwe )(?<!\bthey )(?<!\bwho )(?<!\bthat )(?<!\bto )"
                  r"commission(?!s? (de cine|filmica))(?!(ed|ing|er|ers)\b)"
                  r"(?!s? (short|vertical|original|new|local|more|our|series|dramas?|content|shows?|titles?|productions?|films?|movies?|microdramas?|formats?|scripts?|projects?)\b)"
                  # (the partner's own body, "desde la comisión organizamos…", "en nuestra comisión…", is
                  # who speaks, no fee; fixL18)
                  r"|(?<!\bdesde la )(?<!\bnuestra )(?<!\ben la )comision(?! (filmica|de cine|de filmaciones|cinematografica|organiza|organizamos|hemos|estamos|queremos|quisiera|quiere|tenemos))(?!(amos|an|ar|a|o|ado|ados|ada|adas)\b)")


# -- the fact asked ---------------------------------------------------------------------------
# Checked in this order; the first that matches is the fact. Specific questions come before
# general ones ("when was it built" before "when", "how many episodes" before "how", "who
# organises" before "who is").
# Whether others may come to an event: "can African producers join it too?", "¿pueden
# participar productores de otros países?", "非洲的也能参加吗", "우리도 참가할 수 있어요?". Who
# qualifies (FACTS); of an event, what its description says of who it is for.
JOIN_EVENT_PATTERN = (
    r"\bcan (\w+ ){0,3}(join|attend|take part in|participate in|enter|come to) (it|this|that|the (event|session|day|pitch|night))\b"
    r"|\b(pueden|puede|puedo|podemos) (\w+ ){0,3}(participar|asistir|sumarse|sumarme|sumarnos|unirse|unirme|unirnos)\b(?! (a|en) la alianza)"
    r"|也(能|可以)参加|(能|可以)参加吗|참가할 수 있|참여할 수 있|참석할 수 있")
JOIN_EVENT = re.compile(JOIN_EVENT_PATTERN)
# Taking part from afar: "attend online", "en línea", "线上参加", "온라인으로" (the events held online)
ONLINE_ASKED = re.compile(r"\bonline\b|\bvirtual(ly)?\b|\bremote(ly)?\b|\bfrom home\b|\ben linea\b|\b(por|via) internet\b|\bover the internet\b|\bvirtual(es)?\b|\ba distancia\b"
                          # "is it on the internet?", "인터넷으로 하니껴?", "網上辦": held online, in other words (fixS16)
                          r"|\bon the (internet|web)\b|\bvia the internet\b|인터넷 ?(으로|상으로|상에서)|網上|線上|在線|遠程"
                          r"|线上|网上|在线|远程|온라인|비대면|화상")
# Watching from afar, or from a city of the partner's ("can I watch it from New York?", "¿se puede
# ver desde Lima?", "在纽约能看吗", "뉴욕에서 볼 수 있나요", "is there a livestream?"): whether the
# event is online or in person, never a city filter of the events
WATCH_FROM_AFAR = re.compile(
    r"\b(watch|see|stream|view|follow|catch)( it| this| that| them| the \w+)? (from|in) (?!hengdian\b|person\b)[a-z]+"
    # (a streaming platform is a buyer, no way of watching: "we sell to a streaming service",
    # "una plataforma de streaming", "스트리밍 플랫폼에 납품")
    r"|\blive ?stream\w*|(?<!plataforma de )(?<!plataformas de )(?<!servicio de )(?<!servicios de )\b(streamed|streaming|broadcast(ed)?|televised)\b"
    r"(?! (platforms?|services?|compan(y|ies)|giants?|apps?|sites?|channels?|customers?|clients?|partners?|buyers?|market)\b)"
    r"|\b(verlo|verla|verlos|ver|seguirlo|seguirla|mirarlo|mirarla)( \w+)? desde\b|\btransmi(sion|te|tira|tiran|ten)\b|\ben vivo por\b|(?<!plataforma de )(?<!plataformas de )(?<!servicio de )(?<!servicios de )\bstreaming\b"
    r"|直播|转播|轉播|(线上|網上|网上|在线|線上)(看|观看|觀看)|(在|从|從)[\u4e00-\u9fff]{1,6}(能|可以|也能)?(看|观看|觀看|收看)(吗|嗎|到|得到)"
    r"|[\u4e00-\u9fff]{1,6}(那边|那邊)(能|可以)?(看|观看|觀看|收看)"
    r"|생중계|스트리밍(?! ?(플랫폼|서비스|업체|회사|사\b|채널))|(?<!스트리밍 )(?<!스트리밍)중계|[가-힣]+에서(도)? ?(볼|시청할|보실|관람할) 수")
# How one takes part asked, from afar or on the spot ("can I attend online?", "is it in person?",
# "¿es presencial?", "可以线上参加吗", "要到现场吗", "대면인가요?"): of an event, the way it is held
ATTEND_FORMAT = re.compile(ONLINE_ASKED.pattern + "|" + WATCH_FROM_AFAR.pattern + r"|\bin[- ]person\b|\bon ?site\b|\bpresencial(es|mente)?\b|\ben persona\b"
                           r"|线下|(去|到)现场|现场(参加|参与|出席)|到场|亲自(去|到|参加|出席)|오프라인|(?<!비)대면|직접 (가|참석)")

# Days of the week named ("does anyone reply on Saturdays?", "¿atienden los sábados?", "週六有人回覆嗎",
# "토요일에도 답장 와요?"), Monday = 0; the weekend is Saturday and Sunday
_DAY_WORDS: tuple[tuple[int, str], ...] = (
    (0, r"\bmondays?\b|\blunes\b|周一|星期一|礼拜一|월요일"), (1, r"\btuesdays?\b|\bmartes\b|周二|星期二|礼拜二|화요일"),
    (2, r"\bwednesdays?\b|\bmiercoles\b|周三|星期三|礼拜三|수요일"), (3, r"\bthursdays?\b|\bjueves\b|周四|星期四|礼拜四|목요일"),
    (4, r"\bfridays?\b|\bviernes\b|周五|星期五|礼拜五|금요일"), (5, r"\bsat\b|\bsaturdays?\b|\bsabados?\b|周六|星期六|礼拜六|토요일|토욜"),
    (6, r"\bsun\b|\bsundays?\b|\bdomingos?\b|周日|周天|星期[日天]|礼拜[日天]|일요일|일욜"),
    (5, r"\bweekends?\b|\bfin(es)? de semana\b|周末|週末|주말"), (6, r"\bweekends?\b|\bfin(es)? de semana\b|周末|週末|주말"))


def days_named(text: str) -> list[int]:
    """The days of the week a message names, in week order (Monday = 0)."""
    folded = fold(text)
    return sorted({day for day, rx in _compiled(_DAY_WORDS) if rx.search(folded)})


# Open and running now? "거기 지금 운영 중이에요?", "¿sigue funcionando?", "现在还在运营吗", "is it up and
# running?" (open to whom is no state: "open to foreign crews?"). Read as the `built` fact of a set;
# `facts` answers it from the set's `status`. Not when the hours are asked ("what hours is the
# secretariat open?", "几点开门"): anchored, so `OPERATING_WORDS` is a whole pattern, not a part.
OPERATING_WORDS = (r"^(?!.*(\bhours?\b|\bwhat time\b|\bwhen\b|\bhorario|\bhoras?\b|\bcuando\b|几点|时间|时候|시간|몇 ?시|언제"
                   # which days it opens is its calendar, not its state ("is it open on weekends?")
                   r"|\bweekends?\b|\bweekdays?\b|\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bdaily\b|\bholidays?\b|fin(es)? de semana|\bferiados?\b|\bdomingos?\b"
                   r"|周末|节假日|假期|星期|礼拜|주말|공휴일|요일|휴일)).*?(?:"
                   r"운영 ?중|운영(하|되)(나요|고 있|는 ?중)|영업 ?중|(지금|현재) (이용|사용) ?가능"
                   # ("현재 개방되어 있습니까?", "지금 열려 있나요?": open to use now)
                   r"|개방(되어 ?있|돼 ?있|되고 ?있|되었|됐|했|하고 ?있|중)|열려 ?있(나|습|어|는지|을까)"
                   # opened its doors yet? ("문 열었어요?", "문 열었어유?", "开了没", "开门了吗", "开张了吗")
                   r"|문(을|은)? ?(열었|열었나|열었는지|연 ?거|열어 ?있)|(?<![召举展会])开(了没|了吗|门了(吗|没)?|张了|业了)"
                   r"|\b(is|are) (it|they|that|the \w+( \w+)?) (still |already |currently )?(open|operating|operational|running|up and running|in use)\b(?! (to|for)\b)"
                   r"|\b(sigue|siguen|esta|estan) (abiert[oa]s?|funcionando|operando|operativ[oa]s?|en uso)\b(?! (a|para)\b)"
                   r"|还在运营|在运营|运营中|(开放|营业|运营)了?(吗|没)|还开着|正常(营业|运营|开放))")
OPERATING_ASKED = re.compile(OPERATING_WORDS)
# Finished yet, or still being built? "建好了没", "完工了吗", "완공됐나요", "아직 공사 중이에요?", "open for
# shoots yet or still being built?", "¿ya están abiertos para rodajes o todavía los están
# construyendo?": the `built` fact, answered from the set's `status` (open, or the sentence that
# says it is under construction).
FINISHED_WORDS = (r"建好|盖好|完工|竣工|建完|还在建|(还在|正在|在)施工|施工中|(投用|投入使用)了?(吗|没)"
                  # ("언제 지어졌어요?" asks the year it was built, not whether it is finished)
                  # ready to shoot in now? ("现在可以拍了吗？还是还没好？", "지금 바로 촬영 가능해요?",
                  # "can we film there yet?", "¿ya se puede rodar ahí?")
                  r"|(现在|目前|已经|这会儿)(就)?(可以|能)(去)?拍了(吗|没|嘛)?|还没(弄|搞|修)?好|(弄|搞|修)好了(吗|没)"
                  r"|(지금|현재|이제) ?(바로 |당장 )?(촬영|찍는 ?거|들어가는 ?거) ?(가능|돼|되)"
                  r"|\b(ready|available|open) (to|for) (shoot|film|shooting|filming)\b.{0,12}\b(yet|now|already)\b"
                  r"|\bcan (we|i|you) (shoot|film) (there|in them|in it|at them|at it) (yet|now|already)\b"
                  r"|\bya se (puede|pueden) (usar|grabar|rodar|filmar)\b"
                  r"|완공(됐|되었|돼|이|했)|완성(됐|되었|돼|이|했|됨|된 ?거)|(?<!언제 )(?<!언제)(?<!년에 )(?<!년도에 )지어졌|다 지었|공사 ?중|짓고 있|짓는 ?중|건설 ?중|(오픈|개장)(했|됐|되었|돼|함|됨|한 ?거|된 ?거)"
                  r"|(is|are) (it|they|the \w+) (finished|ready|complete)\b.{0,20}\bbuil|\b(finished|completed|complete) (yet|already)\b|\b(done|finished) (being )?(built|building|construct\w*)\b"
                  r"|\bterminaron de (construir|levantar|armar)(lo|la|los|las)?\b|\b(ya )?(esta|estan) (terminad|construid|acabad)[oa]s?\b"
                  # ("built yet or still going up?", "are they up yet?", "¿ya los terminaron?")
                  r"|\b(built|finished|completed|done|ready|up) yet\b|\bstill (going up|being (put up|erected|finished|worked on))\b"
                  # the verb dropped in chat: "the international sets already open or still building"
                  r"|\balready open\b.{0,20}\bstill (building|being built|under construction)\b|\bstill building\W*$"
                  r"|\bya (lo|la|los|las) (terminaron|acabaron|construyeron|levantaron|inauguraron|abrieron)\b|\bya (terminaron|acabaron) (de (construir|levantar|armar) )?(los|las|el|la)\b"
                  r"|\bstill (being )?(built|constructed|under construction)\b|\bunder construction\b|\bopen (for|to) (shoots?|shooting|filming|productions?|bookings?|business) (yet|already|now)\b|\bopen (for business|yet)\b"
                  r"|\b(todavia|aun|siguen?) (lo |la |los |las )?(estan|esta|siguen|sigue)? ?(construyendo|levantando|en obra)\b|\ben (construccion|obras?)\b"
                  r"|\b(ya )?(estan|esta) (abiert[oa]s?|list[oa]s?|operativ[oa]s?) para (rodajes?|rodar|grabar|grabaciones|filmar|filmaciones)\b"
                  # when it will be ready ("¿cuándo estarán listos?", "when will they be finished?",
                  # "什么时候能完工", "언제 완공돼요?" above): whether and when built
                  r"|\bcuando (estaran|estara|van a estar|va a estar|quedan|queda|quedaran|quedara) (list[oa]s?|terminad[oa]s?|acabad[oa]s?|construid[oa]s?)\b"
                  r"|\bwhen (will|would|are|is) (it|they|those|these|the \w+( \w+)?) (be )?(ready|finished|completed|done|built)\b"
                  r"|(什么时候|啥时候|何时)(能|可以|才能|会)?(建好|完工|竣工|建成|投用|投入使用)"
                  # usable yet? ("is it usable yet?", "can we use it now?", "¿ya se puede usar?", "现在能用了吗？",
                  # "이제 쓸 수 있어요?"): whether it is built, what a set under construction cannot be
                  r"|\b(usable|useable|in service|available (to|for) (use|shoot\w*|film\w*|book\w*))( yet| now| already)\b|\bready (to use|for use)\b"
                  r"|\b(can|could) (we|i|you|crews?|productions?) (use|book|shoot (in|at|on)|film (in|at|on)) (it|them|that|this|there|the \w+( \w+)?) (yet|now|already)\b"
                  r"|\bya (se )?(puede|pueden|podemos|puedo) (usar|ocupar|reservar|rodar|filmar|grabar)\b|\b(se )?(puede|pueden|podemos) (usar|ocupar)(lo|la|los|las)? ya\b|\bya (esta|estan) (disponibles?|habilitad[oa]s?|en (uso|servicio))\b"
                  r"|(现在|已经|目前|这会儿)?(能|可以)(用|使用|投用)了(吗|没|嘛|么)?|能不能用了|可以用了没|可用了(吗|没)"
                  r"|(이제|지금|벌써|현재)\s?(쓸|사용할|이용할)\s?수\s?(있|있어|있나|있습|있을)|(이제|벌써) (사용|이용|촬영)\s?가능|(지금|현재) (사용|이용|촬영)\s?가능(해|한가|합니까|할까|하나|한지)?요?\W*$")
FINISHED_ASKED = re.compile(FINISHED_WORDS)

# How many projects, titles or people a call, pitch or programme takes ("how many projects will they
# select?", "¿cuántos proyectos van a escoger?", "这次会选多少个项目", "프로젝트 몇 개 뽑아요?"): no record
# says; asked of the record in focus, it is the event's or programme's number (`unpublished`)
SELECTION_WORDS = (
    r"\bhow many (\w+ ){0,2}(projects|titles|works|films|movies|dramas|series|shows|scripts|teams|proposals|pitches|entries|submissions|applications|applicants|finalists|winners|actors|actresses|performers|people|candidates|extras|participants|talents?)\b.{0,30}"
    r"\b(select\w*|pick\w*|chosen|choose|shortlist\w*|accept\w*|admit\w*|funded|fund|award\w*|make (it|the cut)|get (in|through|selected|picked|chosen|funded)|go (through|forward)|advance|win)\b"
    r"|\bcuant[oa]s (\w+ )?(actores|actrices|extras|personas|participantes|candidatos|seleccionad[oa]s|plazas|cupos|becas|lugares|proyectos|obras|titulos|peliculas|series|guiones|equipos|propuestas|postulaciones|finalistas|ganadores)\b.{0,20}\b(seleccion|acept|admit|recluta|toman|cogen|elig|escog|financ|premi|quedan|pasan|convocatoria|edicion|ronda)\w*"
    r"|\bcuant[oa]s (van a |piensan |se van a )?(seleccionar|aceptar|admitir|reclutar|elegir|escoger)\b"
    r"|(选|挑|评|入选|录取|资助|扶持)(出|上)?多少|(会|要|能|将|最终|最后|一共|总共|今年|这次|本次|每年|每届|每期)(选|挑|评|录取|入选|资助|扶持)(出|上)?几(个|部|家|位|名|支|组)"
    r"|(入选|获选|选中|选上|胜出)(的)?(项目|作品|团队|剧本)?(有|是)?(多少|几)|(项目|作品|团队|剧本)(有)?(多少|几)(个|部|支)?(能|会|可以)?(入选|被选|选上|获选|胜出)|(入选|评选)名额"
    r"|몇 ?(개|편|팀|건|작품|곳|명|분)(나|이나|정도|쯤)? ?(를|을|이|가)? ?(뽑(?!아 ?(주|줘))|선정|선발|채택|통과)|(선정|선발|채택) ?(작품|프로젝트|팀)? ?(수|개수|규모)(는|가|은)? ?(몇|얼마)"
)
SELECTION_ASKED = re.compile(SELECTION_WORDS)

# A deadline asked ("registration deadline?", "¿hasta cuándo hay inscripción?", "报名截止是哪天",
# "참가 신청은 언제까지인가요?"): a date no record publishes, asked *about* signing up: the honest
# gap with the event's contact, never the sign-up gap ("I can't sign you up"). Folded text.
DEADLINE_WORDS = (
    r"\bdeadlines?\b|\bclosing date\b|\bcut-?off (date|day)\b|\blast (day|date) to (apply|register|sign up|submit|enrol+)\b"
    r"|\b(until|till|by) when\b.{0,30}\b(register|registration|sign (up|on)|apply|applications?|enrol+|entries|submit)\w*"
    r"|\b(register|registration|sign(ing)?[- ]?ups?|applications?|entries|enrol+ment)\b.{0,20}\b(until|till|by) when\b"
    r"|\bwhen (does|do|will) (the )?(registration|sign-?ups?|applications?|entries|enrol+ment)s? (close|end)\b"
    r"|fecha (limite|de cierre)|\bplazo (para|pa|de) (postul|aplic|inscrib|solicit|present|mand|envi|registr)\w*"
    r"|hasta cuando\b.{0,30}\b(inscri|postul|aplic|registr|apunt|solicit)\w*|hasta cuando hay plazo"
    r"|\b(inscripcion|inscripciones|registro|postulacion|postulaciones|convocatoria)\b.{0,20}hasta (cuando|que (dia|fecha))"
    r"|hasta que (dia|fecha)\b.{0,30}\b(inscri|postul|registr|apunt)\w*|cierre de (inscripciones|convocatoria)"
    r"|截止|截至|[报報]名.{0,6}(到|至)(哪天|哪一天|什么时候|什麼時候|几号|幾號|何时|何時)|最晚.{0,4}(哪天|什么时候|什麼時候|几号|幾號).{0,4}[报報]名"
    r"|(哪天|什么时候|什麼時候|几号|幾號)(之前|以前|前)(要|得|必须)?[报報]名"
    r"|(신청|접수|등록|지원|모집|참가|참석|응모)(은|는|이|가)? ?(언제까지|며칠까지|몇 ?일까지|기한|마감)|마감|신청 ?기한|접수 ?기한"
    # how far ahead to apply ("얼마 전에 신청해야", "며칠 전까지 신청", "how far in advance do we apply?",
    # "¿con cuánta anticipación se pide?", "要提前多久申请")
    r"|(얼마|며칠|몇 ?(일|주|달|개월)) ?(전에|전까지|前)\s?.{0,8}(신청|접수|요청|등록)"
    r"|\bhow (far|long) (in advance|ahead|before)\b|\bcon cuant[ao]s? (anticipacion|tiempo de anticipacion|dias de anticipacion)\b"
    r"|提前(多久|多长时间|几天|几周|多少天)"
)
DEADLINE_ASKED = re.compile(DEADLINE_WORDS)


# The time of the year something is held ("1년 중 어느 시기에 개최됩니까", "¿en qué época del año se
# hace?", "一年中什么时候办", "what time of year is it?"): its date, not a historical period.
YEAR_TIME_PATTERN = (r"(1|일|한) ?(년|해) ?중(에)? ?(어느|어떤|언제|몇)|연중 (언제|어느)|매년 (언제|어느 시기|몇 ?월)"
                     r"|\b(que|cual|en que) (epoca|temporada|parte|mes) del ano\b|\bepoca del ano\b"
                     r"|一年(中|里|当中)(的)?(什么|哪个|啥)(时候|时间|季节|月)|每年(什么|啥)时候|\btime of (the )?year\b")
YEAR_TIME = re.compile(YEAR_TIME_PATTERN)

# Old or new, asked as a choice ("period or contemporary?", "¿de época o actuales?", "现代的还是
# 古装的", "사극용이에요 현대물용이에요?"): a set's periods (its genre names, "de época", stay in it)
OLD_OR_NEW_PATTERN = (
    r"\b(period|historical|costume|ancient|old-?timey)\b.{0,12}\bor (contemporary|modern|present[- ]day|today)\b|\b(contemporary|modern|present[- ]day)\b.{0,12}\bor (period|historical|costume|ancient)\b"
    r"|\bde epoca o (actual|moderno|modern[oa]s|contemporane|de hoy)|\b(actual|actuales|modern[oa]s?|contemporane[oa]s?) o de epoca\b|\b(historic[oa]s?|antigu[oa]s?) o (actual|actuales|modern[oa]s?|contemporane[oa]s?)\b"
    r"|(现代|当代|时装|现代戏)的?(戏)?还是(古装|古代|历史|古风)|(古装|古代|历史|古风)的?(戏)?还是(现代|当代|时装)"
    r"|(사극|시대극|옛날|고전)\S{0,4} .{0,8}(아니면 )?(현대|요즘)|(현대|요즘)\S{0,4} .{0,8}(아니면 )?(사극|시대극|옛날)")
OLD_OR_NEW = re.compile(OLD_OR_NEW_PATTERN)


# The audience a title would play to, named by the language it speaks ("would it play to a
# Korean-speaking crowd?", "¿funcionaría con un público que habla coreano?", "适合说韩语的观众吗",
# "한국어 관객에게도 맞아요?"): the languages the title comes in are what is asked.
_SPOKEN = r"(english|spanish|korean|chinese|mandarin|cantonese|portuguese|japanese)"
AUDIENCE_BY_LANGUAGE = (
    r"\b" + _SPOKEN + r"[- ]?speak(ing|ers?)\b"
    r"|\b(audiences?|crowds?|viewers|fans|people|folks|communit(y|ies)|followers|subscribers|public|diaspora)( who| that)?"
    r" (mostly |mainly |only |all )?(speak|speaks|talk|understand|understands) " + _SPOKEN + r"\b"
    r"|\b(que|quienes|quien) (solo |mayormente |sobre todo )?(habla|hablan|entiende|entienden) (el )?(coreano|espanol|castellano|ingles|chino|mandarin|portugues|japones)\b"
    r"|\b(hispano|castellano|anglo|coreano|sino|luso)(parlantes?|hablantes?)\b|\b(publico|audiencia|gente|comunidad|espectadores|seguidores|fans|televidentes)( \w+)? de habla (coreana|hispana|inglesa|china|castellana|espanola)\b"
    r"|(说|讲|会说|会讲|只会说|只会讲|听得懂|懂)(韩语|韩文|韩国话|西语|西班牙语|英语|英文|中文|普通话|国语|粤语|日语)的(观众|人|粉丝|朋友|用户|群体|社区|侨胞|听众|受众|华侨|韩侨)"
    r"|(한국|영|중국|스페인|일본)(어|말) ?(하는|쓰는|사용하는|쓰시는|하시는)? ?(관객|시청자|팬|사람|분들|커뮤니티|교민|동포)")
AUDIENCE_LANGUAGE = re.compile(AUDIENCE_BY_LANGUAGE)
# A length limit told as the partner's own (a platform that cuts anything over two minutes):
# whether the episodes fit it is their length asked.
_FEW = r"(a|an|one|two|three|four|five|ten|\d+(\.\d+)?|half a|un|uno|dos|tres|cuatro|cinco|diez|medio)"
MINUTE_LIMIT = (
    r"\b(longer|more|over|under|shorter|less) than " + _FEW + r"[- ]?(minutes?|mins?)\b"
    r"|\b(over|under|above|beyond|past|up to|max(imum)?( of)?|at most|no more than|exceeds?|exceeding) " + _FEW + r"[- ]?(minutes?|mins?)\b"
    r"|\b" + _FEW + r"[- ]?(minute|min)s? (limit|cap|max|maximum|cut-?off|ceiling|rule)\b"
    r"|\b(caps?|capped|limits?|limited|cuts?( off)?|trims?|chops?) (\w+ ){0,2}(at|to|after) " + _FEW + r"[- ]?(minutes?|mins?)\b"
    r"|\b(mas|menos) de " + _FEW + r" minutos?\b|\b(pasa|pase|pasen|pasan|supera|supere|superen|exceda|excedan|dure|duren)( de| los?| las?)? (mas de )?" + _FEW + r" minutos?\b"
    r"|\b(limite|tope|maximo) de " + _FEW + r" minutos?\b"
    r"|(超过|超出|超|多于|不到|少于|大于|小于|长于|短于)(一|两|二|三|四|五|十|半|\d+)(个)?(分钟|分鐘)|(一|两|二|三|四|五|十|\d+)(分钟|分鐘)(以内|以下|之内|以上|内|的限制|限制|上限|封顶)"
    r"|(\d+|한|두|세|네|다섯|열) ?분 ?(넘|이상|이하|이내|안쪽|초과|제한|미만|까지만|짜리까지)")
LENGTH_LIMIT = re.compile(MINUTE_LIMIT)
# A title's count, length or languages asked in so many words ("how many does it run?", "¿cuántos
# tiene?", "有多少集", "몇 부작이에요?", "what languages?"): asked beside the partner's budget or fee
# ("our dubbing budget covers eighty episodes"), the money is why the fact is wanted, no price asked.
_TITLE_FACT_QUESTION = re.compile(
    r"\bhow (many|long)\b|\bcuant[oa]s\b|\bcuanto (dura|duran)\b|(多少|几)(集|分钟)|集数|多长|几分钟"
    r"|몇 ?(부작|편|화|회|분)|(what|which) languages?|(que|cuales|en que) idiomas?|(什么|哪些|哪几种)语言|(무슨|어느|어떤) ?(언어|말)")
TITLE_FACTS_OF_USE = ("episodes", "episode_minutes", "languages")


def title_fact_beside_money(text: str, fact: str | None) -> bool:
    """Is a title's count, length or languages asked in so many words (`_TITLE_FACT_QUESTION`),
    money said beside it only as the reason?"""
    return fact in TITLE_FACTS_OF_USE and _TITLE_FACT_QUESTION.search(fold(text or "")) is not None


# One place how far from another in Spanish's "a cuánto" ("¿a cuánto queda Hengdian de Shanghái?", "¿a
# cuánto está el estudio desde Hangzhou?"): a distance, not a going rate (a place said on both sides)
_APART_PLACES = r"(hengdian|dongyang|zhejiang|yiwu|hangzhou|shanghai|pudong|hongqiao|ningbo|beijing|pekin|guangzhou|shenzhen|wenzhou|jinhua|el aeropuerto|la estacion|la ciudad|los estudios|el estudio|el set|la base)"
PLACE_APART = (r"\ba cuant[oa]s? (queda|quedan|esta|estan|estamos|queda de aca|me queda|nos queda)\b(?= [^?¿]{0,30}\b(de|desde|hasta) "
               + _APART_PLACES + r")")


# A title's age rating, or whether children may watch it: the catalog gives none (`FACTS`'
# "unpublished"; "what's it rated, PG?", "¿para qué edad es? ¿la pueden ver los niños?", "这部剧几岁能看",
# "관람 등급이 몇 세예요? 초딩도 봐도 돼요?"), not its genres (a family title is a genre: "any shows for
# kids?" stays the list). Its audience is often a genre word (kids, 孩子, 아이), which `understand`
# blanks before reading facts, so it reads this pattern on the whole message too (`AGE_RATING_ASKED`).
AGE_RATING = (r"\b(age|content|parental|maturity|audience|viewer) (rating|classification|guidance|advisory)\b|\brated (g|pg|pg-?13|r|nc-?17|m|ma|tv-?\w+|\d+\+?)\b|\bwhat ?(is|'s|s) (it|this|that|the (show|series|drama|title)) rated\b"
              r"|\b(can|could|may|should) (my |our |the |little )?(kids?|children|child|sons?|daughters?|little ones|teens?|teenagers?|minors?|under-?\w+s?) (watch|see|view)\b(?! (the|a|any|some|which|what)\b)"
              r"|\b(is|are|would|will) (it|this|that|they|the (show|series|drama|title)|[\w'-]+( [\w'-]+){0,4})( be)? (suitable|ok|okay|safe|appropriate|fine|alright) for (young |little |small |my |our )?(kids|children|minors|teens|teenagers|all ages|families|young viewers|under-?\w+s?)\b"
              r"|\b(calificacion|clasificacion) (por|de|segun) (edad|edades)\b|\b(apt[oa]|recomendad[oa]) para (niños|ninos|menores|todo publico|todas las edades|chicos|crios|peques)\b|\bpara (que|cual|cuales) edad(es)?\b|\b(es|son|sera) (apt[oa] )?para todo (el )?publico\b|\bpara todos los publicos\b"
              r"|\b(la|lo|las|los) (pueden|podran|puede|podrian|deberian) ver (los |las |mis |nuestros |nuestras )?(niños|ninos|niñas|ninas|crios|chicos|chicas|menores|peques|chamacos|chavos|hijos|hijas|pibes|adolescentes)\b"
              r"|分级|分級|几岁(以上|以下|的)?(可以|能|才能)?看|幾歲(以上|以下|的)?(可以|能|才能)?看|(适合|適合)(几|幾)(岁|歲)|(几|幾)(岁|歲)的(孩子|小孩|小朋友|儿童|兒童)(可以|能|才能)?(看|觀看|观看)|(小孩|孩子|儿童|兒童|小朋友|未成年人?|青少年|学生|娃|娃娃|小孩子)(子)?(可以|能|适合|適合|也能|也可以)(看|觀看|观看)(吗|不|么|嗎|没|没有)?(?![一-龥])|(适合|適合)(小孩|孩子|儿童|兒童|小朋友|未成年|青少年|全家)(子)?(看|觀看|观看)(吗|不|么|嗎)"
              r"|관람 ?(등급|가|연령)|연령 ?등급|몇 ?(세|살) ?(이상|관람|등급|부터|이하)|(몇 ?세|몇 ?살)(임|예요|에요|인가요|입니까|야)|(\d{2}|전체) ?(세 )?관람가|청불|19금"
              r"|(애들|아이들|아이|애|초딩|중딩|고딩|초등학생|중학생|고등학생|청소년|미성년자|동생|조카|딸|아들)(도|이|가|은|는|이랑)? ?(봐도|볼 수|보면 안|봐도 되|같이 봐)")
AGE_RATING_ASKED = re.compile(AGE_RATING)


FACTS: tuple[tuple[str, str], ...] = (
    # A detail no record holds, asked of one: when a title came out, a deadline, whether a set or
    # event is free in a month, whether one needs an invitation, photos or recordings, how long
    # the trip is. The record in focus has no such fact: an honest gap naming it, never its card
    # again or another subject's list ("what year was it released?", "¿hay fotos del evento?",
    # "报名截止到哪天", "개봉은 언제였어요?"). Checked first: "when was it released" is no date.
    ("unpublished", (r"\b(when|what year|which year)\b.{0,30}\b(released|release|come out|came out|premiered?|premieres|aired|launched)\b|\b(release|premiere|air|launch|streaming) (date|year)\b"
                     # a release in chat words ("when does it drop?", "when's it dropping?", "when does it
                     # debut?", "when will it hit screens?"): the same unpublished date, asked as a question
                     # ("tell me when new shows drop" asks for the news of new titles)
                     r"|\bwhen('?s|'?ll| is| does| do| will| would| are| did| might| could)\b.{0,30}\b(drops?|dropping|dropped|debuts?|debuting|hits? (screens|platforms|streaming|the screens|tv))\b"
                     # "when's X coming out?", "any idea when X comes out": asked of a title, not news to send
                     # "when it comes out" (k16a)
                     r"|\bwhen\b(?! (it|it'?s|they|they'?re|there|something|anything|news)\b).{0,30}\b(comes out|coming out)\b"
                     # a set kept to the crew alone ("can we close it off to tourists?", "¿se puede cerrar
                     # al público?", "能清场吗", "관광객 통제 돼요?"): how a booking works, not published
                     r"|\bclose (it|the \w+|that|this)? ?(off )?(to|for) (the )?(public|tourists|visitors)\b|\b(keep|clear) (the )?(tourists|visitors|public) (out|away)\b"
                     r"|\b(exclusive|private) (use|access|booking|hire)\b|\bcerrar(lo|la)? (al|a los|para el) (publico|turistas|turismo|visitantes)\b"
                     r"|\buso exclusivo\b|\bsin (turistas|publico|visitantes)\b|清场|封场|(관광객|일반인) ?(통제|출입 ?금지)"
                     r"|" + DEADLINE_WORDS +
                     # a company's own figures, which no partner's record gives ("what's X's annual
                     # turnover?", "¿cuánto factura X al año?", "X的年营收是多少", "X 연매출이 얼마예요?")
                     r"|\b(annual|yearly|total) (turnover|revenue|sales|income|profits?)\b|\bturnover\b|\b(revenue|sales|profits?|earnings) (per|a|each|last|this) year\b"
                     r"|\bhow (much|many) (revenue|profit|money) (does|do|did|has|have|is|are)\b|\bhow many (employees|staff|people) (does|do|did) (it|they|\w+) (have|employ)\b|\b(headcount|valuation|market cap)\b"
                     r"|\bfacturacion\b|\bfactura(n)? (al|por|cada) ano\b|\bcuanto (factura|facturan|gana|ganan|vende|venden)\b|\bingresos (anuales|al ano|por ano|totales)\b|\bcuant[oa]s empleados\b"
                     r"|营收|营业额|年收入|年销售额|销售额|(年)?利润(多少|是多少|有多少)|多少(个)?员工|员工(有)?多少|估值|營收|營業額"
                     r"|(연)?매출|영업이익|순이익|직원(이|은|수)? ?(몇|얼마)|기업 ?가치"
                     # how long a partner would take over a job ("how many weeks would X need to subtitle
                     # 80 episodes?", "¿cuántas semanas tardaría X en…?", "X需要几周", "X는 몇 주 걸려요?")
                     r"|\bhow (many|much) (days|weeks|months|time) (would|will|should|might|could) (it|they|\w+) (need|take|require)\b"
                     r"|\bcuant[oa]s? (dias|semanas|meses|tiempo) (tardaria|tardarian|tarda|tardan|necesita|necesitan|necesitaria|necesitarian|le tomaria|les tomaria|le lleva|les lleva)\b"
                     r"|(需要|得花|要花)(几|多少)(周|个星期|星期|个月)|(需要|得花|要花)(几|多少)天(时间)?(才能|来|完成|做完|搞定)|(몇 ?(일|주|달|개월)|며칠) ?(이나|정도|쯤)? ?(걸려|걸리|소요|필요)"
                     r"|\b(available|free|booked|bookable|open)\b.{0,15}\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\b(?! \d)"
                     r"|\b(available|free|booked|bookable)\b.{0,12}\b(next|this|that|in the) (week|month|summer|winter|spring|autumn|fall)\b"
                     r"|\b(without|need|needs|require[sd]?|requiring) (an? |any )?invit(e|ation)\b(?! letter)|\binvit(e|ation)[- ]only\b"
                     # photos asked for, not a name that has the word ("Savanna Pictures" answering a form's company step)
                     r"|\b(any|some|see|send|share|have|got|there|show|more|the|your)\b.{0,12}\b(photos?|pictures?|pics|footage)\b(?! (ID|id)\b)|\b(photos?|pictures?|pics|footage) (of|from)\b|\b(video|videos) (of|from) (it|the|that|this)\b|\bphotos? or videos?\b"
                     r"|\bhow long (is|does) the (drive|trip|journey|ride|train|transfer|flight|transit)\b|\bhow long does it take to (get|drive|travel|reach)\b|\bdriving time\b|\btravel time\b"
                     r"|\bhow far (is|away|from)\b|\bdistance (from|to|between)\b"
                     # a festival's prizes and their winners: no file lists them (an award named, not a
                     # bare "who won", which is as often a match or a cup: not our subject)
                     r"|\bbest (actor|actress|director|screenplay|supporting (actor|actress)|cinematography|newcomer)\b|\b(award|prize)[- ]?winners?\b|\bwon (an|the|any) (award|prize)s?\b"
                     r"|\b(top|grand|main|jury|first|special) (prize|award)s?\b|\bwho (won|took|got|took home|bagged|picked up) (the |an? )?(prize|award|trophy)\b"
                     r"|\bwinners? (of|at) (the |this year'?s |last year'?s )?(festival|awards?|competition|contest)\b|\bfestival'?s? winners?\b"
                     r"|\bmejor (actor|actriz|director|guion)\b|\bganador(es|as?)? (del|de los) premios?\b|\bpremio (a|al) (la |el )?mejor\b"
                     r"|\b(gano|ganaron|se llevo|se llevaron) (el )?(premio|mejor|galardon)\b|\bganador(es|as?)? (del|de la) (festival|edicion|competencia)\b|\bpremiad[oa]s\b|\bpremio (del jurado|principal|mayor)\b"
                     r"|获奖|得奖|最佳(男主|女主|男演员|女演员|男配|女配|导演|编剧|影片|剧集|新人)|影后|影帝|(评委会|评审团)?大奖|(谁|哪部|哪个).{0,4}(拿|获|得)了?(奖|大奖|最佳)"
                     r"|수상자|수상작|(남우|여우)(주연|조연)상|감독상|작품상|각본상|신인(연기)?상|(대상|상|트로피)(은|을|이)? ?(누가|누구|뭐가|어떤 작품이|어느 작품이)? ?(받|탔)"
                     # any award a title or a company won, any prize an event gives: no file lists
                     # one ("has it won any awards?", "is there prize money for the best pitch?",
                     # "¿ha ganado algún premio?", "¿hay premio en lana?", "拿过什么奖吗", "赢了有奖金吗",
                     # "수상 이력 있나요?", "우승하면 상금 있나요?")
                     r"|\b(awards?|prizes?|accolades?|troph(y|ies)|award-?winning|prize-?winning)\b|\bprize (money|pool|fund)\b|\bcash (prize|reward)s?\b"
                     r"|\bwhat (does|do|will|would) (the )?(winners?|best (pitch|project|team)s?|winning (project|pitch|team|entry|title|proposal|producer)s?)( \w+)? (get|win|receive|take home|walk away with)\b"
                     r"|\bpremi(o|os|ad[oa]s?|aron|o a|an|a)\b|\bgalardon\w*|\btrofeos?\b|\bbolsa de premios\b"
                     r"|\b(al|el|la|los) (que|quien|quienes) (gane|ganen|gano|ganaron|quede primero)\b.{0,25}\b(dan|da|recibe|reciben|se lleva|se llevan|gana|ganan|le toca)\b"
                     r"|\bque (se lleva|recibe|gana|le dan a|les dan a) (el|la|los) ((proyecto|equipo|pitch|obra|propuesta)s? )?ganador\w*"
                     r"|奖金|奖品|奖杯|奖项|颁奖|頒獎|獎金|獎品|獎項|奖牌|奖状|大奖|得过奖|获过奖|拿过.{0,4}奖(?!励)|有奖(吗|不|没|没有|么)|(第一名|冠军|头奖|获胜|胜出|赢了|赢的|最佳).{0,6}(奖励|奖)"
                     r"|상금|시상|트로피|수상 ?(이력|경력|실적|내역|기록|소식)|수상(했|한 ?적|하셨|하신|한 ?거|작)|(상|어워드)(을|를|이|도)? ?(받|탔|탄)(은 ?적|았|었|나요|으셨)"
                     r"|(우승|1등|일등|대상|최우수)(하면|자|팀|작)?(에게|한테)? ?.{0,4}(상금|상품|상패|특전|혜택|부상)"
                     # what the winner takes home ("获胜的项目能得到什么", "우승한 프로젝트는 뭘 받아요?")
                     r"|(获胜|胜出|获奖|夺冠|赢)的?(项目|团队|作品|提案|方案).{0,6}(能|可以|会)?(得到|拿到|获得|有)(什么|啥)"
                     r"|(우승|1등|입상|수상)(한|하는|팀|작)? ?(프로젝트|팀|작품|기획)?(은|는|이|가|에게|한테)? ?(뭘|뭐|무엇을|무엇|어떤 ?걸) ?(받|얻|주|줘)"
                     # the power a set supplies for lights (no file gives it): "how many kilowatts?",
                     # "¿cuántos kilowatts de corriente hay?", "供电够不够，给多少千瓦", "전기 용량 몇 키로와트"
                     r"|\b(kilowatts?|kilovatios?|megawatts?|kw|kva|kwh|amps?|amperes?|amperios?|amperage|amperaje|voltage|voltaje|wattage|vatios)\b"
                     r"|\b(power|electric(al)?|electricity) (supply|capacity|hook-?ups?|outlets?|load|draw|tie-?ins?)\b|\bhow much (power|juice|electricity)\b"
                     r"|\b(diesel|power|electric|portable|backup|mobile) generators?\b|\bgenerators? (on ?site|there|available|for (the |our )?(lights|lighting))\b|\b(have|got|any|rent|hire) (a |any )?generators?\b"
                     r"|\b(potencia|corriente|energia|carga|instalacion) electrica\b|\bplantas? (de luz|electricas?)\b|\bgeneradores?\b|\bacometida\b|\btomas? de (corriente|fuerza)\b"
                     r"|\bcuant[oa] (corriente|potencia|energia|luz electrica)\b"
                     r"|千瓦|供电|电力|用电(?![脑视影话子])|电源|发电机|发电车|电压|功率|电量|电负荷|用电负荷|配电|电箱"
                     r"|킬로와트|키로와트|전기 ?(용량|공급|사용량|얼마나)|전력 ?(공급|용량|사용량)|전력(이|은)? ?(얼마|충분|어느)|발전기|발전차|전압|암페어|배전|전원 ?(공급|용량)"
                     # a title's day on the platforms ("what date does X drop on the streaming apps?",
                     # "¿qué día se estrena X en las plataformas?", "哪天在平台上线", "OTT에 언제 올라와요?")
                     r"|\b(what|which) (date|day)\b.{0,40}\b(drop|drops|hit|hits|land|lands|stream|streams|air|airs|launch|launches|premiere|premieres|release|released|come out|go live|goes live|arrive|arrives)\b(?! (ceremony|ceremonies|event|party|celebration|day|meeting|gala))"
                     r"|\bwhen (does|do|will|is|are|can) .{0,40}\b(drop|hit|land|stream|air|launch|premiere|released?|come out|go live|arrive|be (out|available|streaming))\b.{0,25}\b(streaming|platforms?|apps?|online|tv|netflix|youtube|services?)\b"
                     r"|\b(streaming|platform|online|tv) (release|premiere|launch|debut) (date|day)\b|\bwhen (can|will|could) (viewers|people|audiences?|fans|the public|we|i|they|you) (stream|binge)\b"
                     r"|\bque (dia|fecha) (se )?(estren|lanz|sale|llega|sube|emit|publica)\w*|cuando (llega|sale|sube|se sube|se emite|se publica|estara|va a estar)\b.{0,40}\b(plataformas?|streaming|en linea|online|television|tele)\b"
                     r"|(哪天|哪一天|几号|什么时候|啥时候|何时).{0,12}(上线|开播|首播|播出|上架)|(上线|开播|上架)(时间|日期|日子)"
                     r"|(OTT|ott|스트리밍|플랫폼|넷플릭스|유튜브|티빙|웨이브).{0,12}(언제|며칠|몇 ?일)|언제 ?(쯤 )?(올라|풀려|풀리|공개|출시|방영|개봉)"
                     r"|cuando (se )?(estren|lanz|salio|sale al aire)\w*|\b(ano|fecha) de (estreno|lanzamiento)\b|en que ano (se )?(estreno|salio|lanzo|emitio)"
                     r"|fecha (limite|de cierre)|\bplazo (para|pa|de) (postul|aplic|inscrib|solicit|present|mand|envi)\w*|hasta cuando hay plazo|hasta cuando (se puede|puedo|podemos|hay que) (postular|aplicar|inscribir|presentar)\w*|cierre de (inscripciones|convocatoria)"
                     r"|\b(disponibles?|libres?|ocupad[oa]s?|reservad[oa]s?)\b.{0,12}\b(en|para|el|la|durante) (el mes de )?(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|la (proxima )?semana|el (proximo )?mes|verano|invierno)\b"
                     r"|\bsin (una )?invitacion\b|(necesito|necesitamos|hace falta|se necesita|requiere|piden) (una )?invitacion\b(?! (para|de) (la )?visa)|solo con invitacion"
                     r"|\b(fotos?|fotografias)\b|\bvideos? (de|del) (la|el|evento|encuentro)\b"
                     r"|cuanto (se )?(tarda|demora|tiempo (se tarda|toma|lleva)) (en llegar|el viaje|el trayecto|en tren|en auto|en carro|en coche|en bus|desde)|que tan lejos|a cuant[oa]s? (km|kilometros|horas) (esta|queda)|\bdistancia\b|" + PLACE_APART + r""
                     r"|(什么时候|哪年|哪一年)(上映|首播|播出|上线)|上映(时间|日期)|首播(时间|日期)|截止|报名(到|截至)|照片|图片|视频回放|录像|多远|车程|路上(要)?多久|要不要邀请|需要邀请(?!函)"
                     r"|개봉|방영(일|은 언제|했)|공개(일|는 언제)|마감|사진|영상 (있|볼)|얼마나 멀|초대(장)?(이|가)? ?(필요|있어야)"
                     # a screener of a title (none is published): "can I get a screener?", "¿tienen un link de visionado?"
                     r"|\bscreeners?\b|\b(screening|preview|viewing|watch) (links?|copy|copies|files?)\b|\blink to (watch|view|preview)\b"
                     r"|\b(link|enlace|copia)s? (de|para) (visionado|ver|previsualiz\w*)\b|\bvisionado\b"
                     r"|样片|试看|观看链接|预览链接|看片链接|스크리너|시사 ?(링크|영상|본)|미리 ?보기 ?링크|샘플 ?(영상|에피소드)"
                     # who spoke at an event (no record lists its speakers): "who spoke at it?", "¿quiénes fueron los ponentes?"
                     r"|\bwho (spoke|speaks|is speaking|will (be )?speak(ing)?|gave (a |the )?(talk|speech|keynote)s?)\b|\b(the|any|guest|keynote|main) speakers?\b|\bspeakers? (at|of|for|list|line-?up)\b|\b(panell?ists?|keynotes?)\b"
                     # ("¿con quién hablo?" asks whom to talk to: no speaker)
                     r"|\bquien(es)? (hablaron|expuso|expusieron|dio la charla|dieron las charlas)\b"
                     r"|\b(ponentes?|expositor(es)?|conferencistas?|panelistas?|oradores?)\b"
                     r"|(谁|哪些人|哪几位).{0,4}(发言|演讲|讲话|致辞|上台)|发言人|演讲嘉宾|主讲|嘉宾(有|是)(谁|哪些)"
                     r"|누가 (발표|연설|강연|발언|나와)|연사|발표자|강연자|패널(?! ?(토론|토의|세션|디스커션|에서|때))"
                     # famous people at an event (no record names a star; who took part is its
                     # description, `about`): "which celebs showed up?", "¿qué famosos fueron?",
                     # "都有哪些明星到场", "어떤 연예인들 왔어요?"
                     r"|\b(which|what|any) (celebs?|celebrities|stars|famous (people|faces|names)|vips?)\b.{0,20}\b(attend(ed|ing)?|came|come|coming|show(ed)? up|turn(ed)? up|were there|went)\b"
                     r"|\b(famosos|celebridades|estrellas|personalidades)\b.{0,20}\b(fueron|asistieron|vinieron|estuvieron|llegaron|van|iran|vienen)\b"
                     r"|(哪些|哪位|什么|有没有)(明星|艺人|名人|大咖|网红)|(明星|艺人|名人|大咖|网红)(到场|出席|来了|参加)"
                     r"|(어떤|무슨) ?(연예인|셀럽|스타|유명인)|(연예인|셀럽|스타|유명인)(들)?(이|가|은|는|도)? ?(왔|참석|오|와)"
                     # how many companies or people an event will have (no record counts them): "how many
                     # Chinese companies are going to be there?", "¿cuántas empresas chinas van a ir?",
                     # "大概有多少家中国公司参加", "중국 회사는 몇 군데나 참가해요?"
                     # (or had: "how many people showed up to the signing ceremony?", "¿cuánta gente fue?",
                     # "签约仪式到场多少人", "참석 인원 몇 명이었어요?"), or how many an intake takes ("how many
                     # will they recruit?", "¿cuántos van a seleccionar?", "这次招多少人", "모집 인원 몇 명")
                     r"|\bhow many (\w+ )?(companies|firms|studios|people|participants|attendees|delegates|buyers|producers|exhibitors|guests|visitors|folks|persons)\b.{0,25}\b(be there|attend\w*|going|coming|come|came|participat\w*|take part|taking part|took part|show(ed)? up|turn(ed)? up|were there|went|expected|registered|signed up)\b"
                     r"|\bhow many (\w+ ){0,2}(recruits|trainees|candidates|participants|people|places|spots|seats|slots|positions)\b.{0,25}\b(recruit\w*|select\w*|accept\w*|admit\w*|take|taking|pick\w*|chosen|in (this|the|that) (intake|round|cohort|call|batch))\b"
                     r"|" + SELECTION_WORDS +
                     r"|\b(what|how big) (was|is|will be) the (turnout|attendance|headcount|intake)\b|\b(turnout|attendance|headcount) (figures?|numbers?)\b"
                     # who came, counted by their trade ("how many producers were at it?", "¿cuántos
                     # cineastas acudieron?", "去了多少制片人", "제작자 몇 분 오셨어요?")
                     r"|\bhow many (\w+ )?(producers|filmmakers|directors|distributors|platforms|broadcasters|buyers|sellers|partners|members|countries|delegations|delegates|journalists|creators|writers|exhibitors|people|companies|studios|guests)\b.{0,25}\b(were|was) (at|in|there)\b"
                     r"|\bhow many (\w+ )?(producers|filmmakers|directors|distributors|platforms|broadcasters|delegations|delegates|journalists|creators|writers)\b.{0,25}\b(joined|made it|signed|took part|participated|showed|attended|came|went)\b"
                     r"|\bcuant[oa]s? (\w+ )?(productor(es|as)|cineastas|realizador(es|as)|director(es|as)|distribuidor(es|as)|plataformas|socios|miembros|paises|delegaciones|delegados|representantes|periodistas|creador(es|as)|guionistas|expositor(es|as)|marcas|empresas|personas|gente|invitados|asistentes|participantes)\b.{0,25}"
                     r"\b(acud\w+|se dieron cita|se presentaron|se juntaron|se reunieron|concurrieron|se apuntaron|se inscribieron|asistieron|asistio|participaron|participo|fueron|vinieron|llegaron|estuvieron|hubo|habia"
                     # (how many usually come: "¿cuántas personas suelen asistir a la noche de cine?")
                     r"|suel\w+ (ir|venir|asistir|acudir|participar|llegar))\b"
                     r"|(?<!到)(来|去|到场|出席|参加|参会|参与)(了)?(多少|几)(?![点时天号月年周])(个|位|名|家|支)?.{0,3}(人|制片|导演|公司|企业|机构|嘉宾|买家|片方|代表|团队|演员|编剧|平台|媒体|记者|国家)"
                     r"|(到场|出席|参会|参加|来|去)的.{0,8}(有|共|一共|总共)?(多少|几)(个|位|名|家|支)"
                     r"|(제작자|제작사|감독|관계자|바이어|참가자|업체|작가|배우|기자|나라|회사|기업)(들)?(은|는|이|가)? ?몇 ?(명|분|곳|군데|팀|개국|개 ?사)(이나|이|가)? ?(왔|오셨|참석|참가|모였|와|오)"
                     r"|\bcuant[oa]s? (\w+ )?(empresas|compan\w+|productoras|personas|participantes|asistentes|gente|estudios|compradores|invitados)\b.{0,20}\b(van|iran|se han (inscrito|registrado|apuntado|anotado)|han (inscrito|registrado)|se (inscribieron|registraron|apuntaron|anotaron)|(estan|hay) (inscrit|registrad|apuntad|anotad)\w*|vienen|vendran|asisten|asistiran|participan|participaran|habra|hay inscrit\w*|estaran|fue|fueron|asistio|asistieron|vino|vinieron|hubo|participo|participaron|estuvo|estuvieron|llego|llegaron)\b"
                     r"|多少(家|个|位|名)?.{0,6}(公司|企业|机构|人|嘉宾|买家|片方).{0,4}(参加|参会|出席|到场|来|报名)"
                     r"|(到场|出席|参加|参会|来了|去了)(了)?(多少|几)(个|位|名)?人|(到场|出席|参会)人数|招(多少|几)(个|位|名)?人|招(收|募)(多少|几)|(招募|招收|录取)(人数|名额)|录取(多少|几)"
                     r"|(회사|기업|업체|사람|제작사|바이어)(는|가|들은|들이)? ?(몇|얼마나).{0,6}(참가|참석|와|오|모이)"
                     r"|(참석|참가|모집|선발|관객|방문|입장) ?(인원|인원수|규모)|몇 ?명(이나|이|가)? ?(왔|참석했|참가했|모였|뽑|선발|모집|참석|참가|와|오)"
                     # how many come, asked short ("¿y cuánta gente va?", "how many people go?", "一般多少人来",
                     # "몇 명 정도 와요?")
                     r"|\bcuanta gente (va|van|iba|fue|vino|viene|vendra|asiste|asistio|asistira|hubo|habra|habia|llega|llego|se junta|suele ir)\b|\bcuant[oa]s (van|iran|fueron|vinieron|asistieron|vienen|asisten|llegan)\b"
                     r"|\bhow many (people|folks|guests|attendees|visitors) (usually |normally |typically )?(go|goes|went|attend|attends|show up|turn up)\b"
                     # (Sichuan 好多 is 多少, "how many": "每年大概有好多人去看晓得不"; hedged, so no "lots of people")
                     r"|(一般|通常|大概|大约|大概会)有?(多少|好多)人(来|去|参加|出席|到场)|몇 ?명 ?(정도|쯤|가량) ?(와|오|참석|참가|모이|모여)"
                     # when a title comes out, in Korean ("언제 공개돼요?", "언제 출시돼요?"; "언제 나와요?",
                     # Gyeongsang "언제 나옵니꺼?")
                     r"|언제 ?(쯤 )?(공개|출시|방영|개봉|나와|나오|나옵|나온대)"
                     # when it can be watched is its release too ("언제 볼 수 있어?", "when can we watch it?";
                     # not when a set can be seen: watch and stream only)
                     r"|언제 ?(쯤 )?(볼 ?수|시청할 ?수|시청 ?가능|보여)|\bwhen (can|could|will) (i|we|you|people|viewers|audiences) (watch|stream)\b"
                     # the release day named as a noun ("출시일 궁금함", "방영일 정해졌나요?", "공개 날짜는요?")
                     r"|(출시|방영|개봉|발매|공개) ?(일|일자|날짜|예정일|시기)(?![가-힣])|(출시|방영|개봉|발매|공개) ?(일|일자|날짜|예정일|시기)(이|은|는|가|도|요)"
                     # a company's or platform's own numbers (no record counts them): "how many subscribers
                     # does Reel-K have?", "¿cuántos suscriptores tiene?", "有多少订阅用户", "구독자 수가 얼마나 돼요?"
                     r"|\bhow many (\w+ )?(subscribers|subs|users|followers|downloads|employees|staff members|paying (users|customers)|active users|viewers|fans)\b(?! (can|could|may|will|would|should|are allowed)\b)"
                     r"|\b(subscriber|user|follower|download|employee|headcount|staff) (count|numbers?|base|figures?)\b"
                     r"|\bcuant[oa]s (\w+ )?(suscriptores|usuarios|seguidores|descargas|empleados|trabajadores|abonados)\b|\b(numero|cantidad) de (suscriptores|usuarios|seguidores|descargas|empleados|abonados)\b"
                     r"|(多少|几)(个|位|名|万)?(订阅(用户|者|数)?|用户|粉丝|付费用户|下载量?|员工)|(订阅|用户|粉丝|下载|员工)(数|量|规模|人数)(是|有)?(多少|几)?"
                     r"|(구독자|이용자|사용자|가입자|팔로워|다운로드|직원)(들)? ?(수|규모|숫자)|(구독자|이용자|사용자|가입자|팔로워|직원)(가|는|이|들이)? ?([^ ?]{1,4} )?(몇|얼마)"
                     # active users, a platform's own measure ("MAU", "monthly active users", "usuarios activos",
                     # "月活", "每个月活跃用户有多少", "월간 활성 사용자")
                     r"|\b(monthly|daily|weekly) active (users|viewers|accounts)\b|\bmaus?\b|\bdaus?\b|\busuarios activos\b|月活|日活|活跃用户"
                     r"|(订阅用户|订阅者|用户|粉丝|付费用户)(数|量)?(大概|大约|一共|总共)?有?(多少|几)|활성 ?(사용자|이용자)"
                     # a company's own output counted (no record counts it; our catalog's size is
                     # `catalog:about`, so "you", "the catalog", "the alliance" stay out): "how many titles
                     # did SpringReel release in 2025?", "¿cuántos títulos sacó el año pasado?", "去年一共
                     # 出了多少部剧", "작년에 작품 몇 편 냈어요?"
                     r"|^(?!.*\b(you|your|hisda|alliance|catalog\w*|ustedes|su catalogo|alianza)\b)(?!.*(你们|贵方|贵司|联盟|片单|目录|카탈로그|연맹|여러분)).*?(?:"
                     r"\bhow many (\w+ ){0,2}(titles|shows|dramas|series|films|movies|productions|projects)\b.{0,40}\b(released?|put out|puts out|produced?|made|launch(ed|es)?|publish(ed|es)?|rolled out|dropped|shot|filmed)\b"
                     r"|\bcuant[oa]s (\w+ ){0,2}(titulos|series|dramas|microdramas|peliculas|producciones|proyectos|novelas)\b.{0,40}"
                     r"\b(saco|sacaron|ha sacado|han sacado|lanzo|lanzaron|ha lanzado|han lanzado|produjo|produjeron|ha producido|han producido|estreno|estrenaron|ha estrenado|han estrenado|publico|publicaron|rodo|rodaron|grabo|grabaron|filmo|filmaron)\b"
                     r"|(出|拍|推出|上线|制作|出品|发行|产出|播出)(了|过)(多少|几)(部|个|支)(剧|短剧|作品|片子|电影|项目)?|(出|拍|推出|上线|制作|出品|发行)(了|过)(的)?(剧|短剧|作品)(一共|总共|共)?(有)?(多少|几)(部|个)"
                     r"|(작품|드라마|숏드라마|시리즈|영화|타이틀|콘텐츠)?(을|를|은|는|이|가)? ?몇 ?(편|개|작품)(이나|을|를|정도|쯤)? ?(냈|내놨|내놓았|만들었|제작했|출시했|선보였|공개했|찍었|발표했))"
                     # what an event shows or gives, counted (no event record counts it; works, titles, obras or a
                     # plain "hay" count the catalog, no event): "how many films are
                     # screened?", "¿cuántas películas proyectan?", "放映多少部电影？", "영화 몇 편 상영해요?"
                     r"|\bhow many (\w+ ){0,2}(films|movies|features|shorts|screenings|premieres|awards|prizes|sections|forums|panels|booths|stands)\b.{0,30}\b(screen(ed|s|ing)?|show(n|s|ing)?|play(ed|s|ing)?|premier\w*|compet\w*|award(ed)?|given|selected|in (competition|the (line-?up|programme|program)))\b"
                     r"|\bhow many (screenings|premieres|awards|prizes)\b|\bcuant[oa]s (\w+ ){0,2}(peliculas|pelis|filmes|cortos|cortometrajes|largometrajes|proyecciones|estrenos|premios|secciones|foros)\b.{0,30}"
                     r"\b(proyectan|proyectaran|proyectaron|se proyectan|se proyectaran|exhiben|se exhiben|pasan|pasaran|muestran|compiten|estrenan|entregan|se entregan|participan|en competencia|en el programa)\b"
                     r"|\bcuant[oa]s (proyecciones|estrenos|premios)\b|(放映|展映|上映|播映|展出|评选|参展|参赛|入围|颁发|颁)(了)?(多少|几)(部|个|场|支|项)?|(多少|几)(部|场|个)(电影|影片|片子|作品|短剧|奖项)?(会|将)?(放映|展映|参展|参赛|入围)"
                     r"|(영화|작품|상영작|출품작|수상작)?(은|는|이|가|을|를)? ?몇 ?(편|작품|개)(이나|을|를|정도|쯤|가|이)? ?(상영|출품|초청|경쟁|소개|선정|수상)|상영작(은|이|이요)? ?몇|상영 ?편수|(상|시상 ?부문)(은|이)? ?몇 ?개"
                     # an age limit of a programme or call (none is published): "is there an age limit?",
                     # "¿hay límite de edad?", "有年龄限制吗", "나이 제한 있나요?"
                     r"|\bage (limits?|restrictions?|requirements?|caps?|range|bracket|criteri(a|on)|cut-?offs?|ceiling|thresholds?)\b|\b(maximum|minimum|max|min|upper) age\b|\btoo old\b|\bhow old (do|must|should|can|may) (you|we|i|they|applicants|participants|candidates)\b"
                     r"|\b(limite|restriccion|requisito|tope|rango) de edad\b|\bedad (maxima|minima|limite|tope|requerida)\b|\b(muy|demasiado) (viej[oa]s?|mayor(es)?)\b|\bcuantos anos (hay que|debe|deben|tiene que|tienen que|se necesita)"
                     r"|(年龄|年纪|岁数)(有)?(限制|要求|上限|下限|门槛|规定|条件)|超龄|多大(年纪|岁数)(以内|以下|能|可以|才能)"
                     r"|(나이|연령) ?(제한|조건|요건|상한|기준|커트라인)|나이가 (많|너무)"
                     # a title's music put out on its own ("is there a soundtrack album for it?", "¿hay
                     # banda sonora de…?", "有没有原声专辑", "OST 앨범 있음?"): no record lists one
                     r"|\b(soundtracks?|ost|original score)\b|\bbandas? sonoras?\b|原声|原聲|配乐专辑|主题曲专辑|(?<![a-z])ost(?![a-z])|사운드 ?트랙"
                     # (its music said by any noun, put out as a record: "the score released as an album",
                     # "¿tiene la música publicada en algún disco?", "音乐出专辑了吗", "음악은 앨범으로 발매"; para25)
                     r"|\b(score|music|theme song|songs)\b.{0,30}\b(album|record|cd|vinyl|released|out on|on (spotify|apple music|itunes))\b"
                     r"|\b(musica|canciones|tema musical)\b.{0,40}\b(disco|album|cd|vinilo|spotify|publicad\w*|editad\w*|lanzad\w*)\b"
                     r"|(音乐|音樂|歌曲|主题曲|主題曲|插曲).{0,10}(专辑|專輯|唱片|发行|發行)"
                     r"|(음악|노래|주제곡|삽입곡).{0,15}(앨범|음반|발매|음원)|음반"
                     # a title's age rating, or whether children may watch it (`AGE_RATING`)
                     r"|" + AGE_RATING)),
    ("built", (r"when was (it|that|this|the \w+( \w+)?|\w+( \w+)?) (built|constructed|opened|made)|(what|which) year .{0,30}(built|constructed|opened)|\bbuilt in\b|how old is"
              r"|(cuando|en que ano) (se )?(construy|levant|inaugur|abri)|(fue|se) construid|que antiguedad"
              r"|哪年建|几几年建|什么时候建|何时建|建于|建成|哪一年建|建了多久|建的|落成"
              # (Taiwanese and Hong Kong speech builds with 盖: "那個場景是哪一年蓋的？")
              r"|(哪一?年|几几年|什么时候|何时)(盖|蓋)"
              r"|언제 (지어|세워|만들어|건설|완공|개장)|몇 ?년(도)?에 (지어|세워|만들|건설|개장)|지어졌|세워졌|건립"
              # finished yet? (`FINISHED_WORDS`)
              r"|" + FINISHED_WORDS +
              # open and running now? (`OPERATING_ASKED`)
              r"|" + OPERATING_WORDS + r""
              # the films made on a set, which the sentence of what it was built for names ("what films
              # were shot there?", "¿qué películas se filmaron ahí?", "那里拍过哪些电影", "거기서 찍은 영화")
              r"|\b(what|which) (famous )?(films?|movies?|pictures?|blockbusters?)\b.{0,20}\b(shot|filmed|made|produced)\b|\bwhat (was|has been|got) (shot|filmed)\b"
              # ("any famous films shot there?", "거기서 찍은 유명한 영화 있어요?", "那裡拍過哪些作品？": fixI24)
              r"|\b(any|famous|well-known|big|known) (famous |well-known |big )?(films?|movies?|blockbusters?)\b.{0,12}\b(shot|filmed|made) (there|here|on it|at it|in it)\b"
              r"|\b(que|cuales) (peliculas|pelis|filmes|films)\b.{0,20}\b(filmaron|rodaron|grabaron|hicieron|han (filmado|rodado|grabado))\b"
              r"|\bque se (filmo|rodo|grabo) (ahi|alli|aqui|alla)\b|拍过(哪些|什么)(有名的|著名的|知名的)?(电影|片|作品|大片)|(哪些|什么)电影.{0,4}(在|是)?(这|那)(里|儿)拍"
              # (a place pointed at, or a famous one: "헝뎬에서 찍은 작품을 보긴 할까요?" asks whether
              # audiences watch titles shot there, no fact of a set)
              r"|(거기|여기|저기|그곳|이곳|세트|세트장|촬영지)(에서|서) ?(찍은|촬영한) (영화|작품)|(찍은|촬영한) (유명한 |대표적인 |대표 |유명 )(영화|작품)"
              r"|(어떤|무슨) 영화(를|들을)? ?(찍은|촬영한|찍었|촬영했)")),
    # (no \b: "秘书处的email是多少" has no word boundary between 的 and e)
    ("email", (r"(?<![a-z])e-?mails?(?![a-z])|(?<![a-z])mail(?![a-z])|correo|邮箱|邮件|电邮|信箱|이메일|메일|이멜|전자 ?우편"
              # "whom do we write to?", "¿a quién le escribimos?", "材料寄给谁", "어디로 보내면 돼요?"
              r"|\bwho(m)? ((do|should|can) (we|i) |to )(write|send|mail) (it |this |them )?to\b|\bwhere (do|should) (we|i) send\b"
              # "who do we send our list of titles to?", "to whom should I forward the documents?"
              r"|\bwho(m)? (do|should|can|would|shall|must) (we|i) (send|mail|e-?mail|forward|submit|address) (\w+ ){1,6}?to\s*([?.!,]|$)"
              r"|\bto whom (do|should|can|would|shall|must) (we|i) (send|write|mail|e-?mail|forward|submit|address)\b"
              r"|a quien (le )?(escribimos|escribo|escribir|mandamos|mando|enviamos|envio)|a donde (lo )?(mandamos|enviamos|escribimos)"
              # "¿y a quién tengo que escribirle para eso?", "¿a quién hay que mandarle los papeles?"
              r"|a quien (le |les )?(tengo que|tenemos que|hay que|debo|debemos|puedo|podemos|deberia|deberiamos) (escribir|mandar|enviar)(le|les)?\b"
              r"|(写信|写|寄|发|發|交)(给|給)(谁|誰)|(寄|发|發|交)到哪|寄去边|어디로 보내|누구(에게|한테) (보내|메일)")),  # (누구한테 연락: whom, the team)
    ("hours", (IN_OFFICE_NOW_PATTERN + "|" + REPLY_WHEN_PATTERN
              # when an office opens and closes ("when does their office open and close?", "¿a qué
              # hora abre y cierra la oficina?", "办公室几点开门几点关门", "사무실 몇 시에 열고 닫아요?"; a shop,
              # market or museum's "几点关门" is that place's, off-topic)
              + r"|\b(open|opens|opening) (and|&|till|until|to) (close|closes|closing)\b|\boffices?\b.{0,20}\b(open|opens|close|closes)\b"
              r"|\b(abre|abren) y (cierra|cierran)\b|\boficinas?\b.{0,20}\b(abre|abren|cierra|cierran)\b|\b(abre|abren|cierra|cierran) (la|las|su|sus) oficinas?\b"
              r"|几点开门.{0,4}几点关门|几点开几点关|(办公室|办事处).{0,6}(几点|什么时候)(开门|关门|开|关)"
              r"|몇 ?시에 (문 )?(열고|열어|닫아|닫고)|(사무실|사무소).{0,8}(여는|닫는|열고|닫고)"
              r"|\b(office|opening|working|business) hours\b|(?<!many )(?<!\d )\bhours\b|\bwhat time (do|does|are) (you|they)\b"
              r"|horarios?\b|\batienden\b|工作时间|办公时间|上班时间|营业时间|几点上班|업무 ?시간|근무 ?시간|운영 ?시간|영업 ?시간"
              r"|" + WEEKEND_STAFFED +
              r"|opening time|what time (do|does) (it|they|you|(the|your|their|his|her) \w+) (open|close)|when (are|is) (you|they|the \w+( \w+)?) open|\bwhen('s| is) (your|their) (offices?|team|desk|department) open\b|\bwhen (do|does) (you|they|(your|their|the) (offices?|team|department|desk))( guys)? open\b"
              # "wat time does the vertical short drama centre open till?", "how late is their office
              # open?", "are they open until six?": the team's day, however long its name
              r"|" + OPEN_HOURS_PATTERN +
              r"|a que horas? (abren|cierran|atiende|atienden|contestan|responden|trabajan|estan)\b"
              # a team's office by its name ("¿a qué hora abre el centro de microdramas?"; a set's or a
              # shop's opening is not a team's hours)
              r"|\ba que horas? (abre|cierra) (el |la )?(centro|oficina|secretaria|departamento|equipo|despacho)\b|\b(abre|abren|cierra|cierran) (la|su|tu) oficina\b|\boficina (abre|cierra)\b|(?<!市场)(?<!商场)(?<!超市)(?<!商店)(?<!景区)(?<!医院)(?<!银行)(?<!餐厅)(?<!饭店)(?<!酒店)(?<!博物馆)(?<!店)几点(开门|关门|下班|到几点)|几点到几点|上班|返工|몇 시(부터|까지)|영업"
              # "그 사람들 몇 시에 일하오?", "몇 시까지 근무해요?": when the team works
              r"|몇 ?시(에|부터|까지)? ?(일하|근무|출근|퇴근|업무)"
              # "센터 월요일에 몇 시에 열어요?", "사무실은 몇 시에 문 닫아요?": when the office opens
              # (the plain written "문 엶?", "언제 닫음?": 열다 and 닫다 as nouns, the way notes and 하오체 ask)
              r"|(센터|사무실|사무소|오피스|부서|팀)\S{0,2} .{0,8}몇 ?시에? ?(열|엶|문 ?(열|엶|닫)|오픈|닫)|^\W*(혹시 )?(몇 ?시에?|언제) ?문 ?(열|엶|닫)"
              # (or "언제": "숏드라마 운영센터 언제 열어요?" of a team's office is its day; an event's "언제 열어요"
              # has no office word before it)
              r"|(센터|사무실|사무소|오피스|부서)\S{0,2} .{0,8}언제 ?(문 ?)?(열|엶|오픈|닫)"
              r"|en que horario|\bhorario de atencion|(their|your) (working|office) (time|day)"
              # "when can I call them?", "¿a qué hora puedo llamarlos?", "几点能打给他们", "몇 시에 전화하면
              # 돼요?": when the team can be reached is its hours
              r"|\b(when|what time) (can|could|should|do) (i|we) (call|phone|ring|reach|get hold of)\b"
              # "how late can I ring his office?", "until when is their office reachable?": its closing time
              r"|\b(how late|until when|till when|until what time|till what time) (can|could|should|do) (i|we) (call|phone|ring|reach|get hold of|contact|write|email)\b"
              r"|\b(how late|until what time|till what time)\b.{0,30}\b(office|desk|team|phone line|reachable|available)\b"
              r"|a que hora (puedo|podemos|se puede|les puedo|lo puedo|la puedo) (llamar|marcar|contactar|comunicar)"
              r"|cuando (puedo|podemos) (llamar|marcar)(los|les|la|lo)?\b"
              r"|几点(能|可以|方便)?(打给|打电话|致电|联系|找)|什么时候(能|可以|方便)?(打给|打电话|致电)"
              r"|몇 ?시(에|쯤)? ?(전화|연락)|언제 (전화|연락)(하면|드리면|해도)"
              # "他们什么时间办公", "几点能找到人", "什么时候有人接电话": when the team can be reached
              r"|什么时(间|候)(办公|上班|营业|开门|有人)|几点(能找到|有人|开始办公|办公)|办公时段")),
    # A title's episode count asked ("how many episodes?", "几集", "몇 부작"): its count, whose
    # answer says each one's length too ("how many episodes and how long?" is answered by it)
    ("episodes", (r"how (many|much) (episodes?|eps|chapters|parts|instal+ments)|cuant[oa]s (episodios|capitulos|caps|partes|entregas)|几集|多少集|集数|몇 ?부작|몇 ?화|몇 ?회"
                  # "그건 몇 편짜리예요?", "몇 편으로 돼 있어요?": how many episodes it runs to (fixC17)
                  r"|몇 ?편 ?짜리|몇 ?편(으로|으루) ?(되|돼|구성|이루어|나와)"
                  # "세 번째 거는 몇 편이에요?": how many one title has, said of the one pointed at
                  # ("코미디는 몇 편 있어요?" counts titles) (fixT19)
                  r"|(거|건|것|꺼)(는|은)? ?몇 ?편(이에요|이예요|예요|이야|인가요|입니까|이죠|이지|임|이유|이래요)")),
    # An episode's length (a title's `episode_minutes`), asked without its count: "how long is each
    # episode?", "¿cuánto dura cada capítulo?", "每集多长时间", "한 회 러닝타임 몇 분이에요?", also of
    # the title in focus ("and how long is each one?", "¿y cuánto duran?"). Only a title has it.
    ("episode_minutes", (r"\bhow long is (it|each|every)\b"
                        # the embedded question's order: "and how long each one is?", "tell me how long
                        # the episodes run", "how long they are"
                        r"|\bhow long (each|every) (one|episode|ep|chapter)\b|\bhow long (they|the episodes|its episodes|those|these) (are|run|last)\b|\bhow long are (they|(the |its |their |those |these )?(episodes|eps|chapters))\b|\bhow long (is|'?s) (an? |one |the |each )?(episode|ep|chapter)\b"
                        r"|\bhow (long|many minutes)\b.{0,20}\b(each|an?|per|every|one) (episode|ep|chapter|instal+ment)s?\b"
                        # the verb dropped in chat or Caribbean English: "how long the episodes?", "de
                        # second one, how long de episodes?" ("de" is read as "the")
                        r"|\bhow long (the |its |their |those |these )?(episodes|eps|chapters)\s*([?.!]|$)"
                        # the question after its subject, chat-short (fixL18): "moonlight envoy eps how long
                        # each", "the episodes, how long each?", "caps cuanto cada uno", "capis de cuanto son"
                        r"|\b(episodes?|eps|chapters?)\b,? how long( (each|every one|per (episode|ep)|is each|are they|they are|r they))?\b"
                        r"|\b(capitulos?|episodios?|caps?|capis) (de )?cuanto (cada uno|son|c/u)\b"
                        r"|에피(소드)?(당|마다|는|가|들)? ?.{0,4}몇 ?분|몇 ?분씩"
                        r"|\b(episode|ep) (length|duration|runtime|run ?time|running time)s?\b|\b(length|duration|runtime|run ?time|running time) of (each|an?|the|every|its) (episode|ep)s?\b"
                        r"|\bminutes? (per|each|an?|every) (episode|ep)\b|\bhow many (minutes|mins?)\b|\b(runtime|running time)\b"
                        # the length asked after its subject ("each episode runs how long?", "the
                        # episodes last how long?", "how long does an episode run?")
                        r"|\b(episode|ep|chapter|instal+ment)s? (runs?|lasts?|goes|go|is|are)( for| about)? how (long|many minutes)\b"
                        r"|\bhow long (does|do|would|will) (an? |one |each |every |the |its |their )?(episode|ep|chapter|instal+ment|one)s? (run|last|take|go)\b"
                        r"|\b(capitulo|episodio|cap)s? (dura|duran)( mas o menos| como)? cuanto\b"
                        r"|\bcuanto (dura|duran|duraba|tiempo dura|tiempo duran)\b|\bduracion\b|\bcuantos minutos\b|\bminutos (por|cada) (capitulo|episodio|cap)\b"
                        r"|(一|每|单)集(大概|大约|约)?(有|播|放|跑|能播)?(几分钟|多少分钟|多久|多长|时长|片长)|"
                        # Sichuan 好长 and Cantonese 几长 ("一集好长嘛", "每集有几长"): how long (fixB17)
                        r"(一|每|单)集(大概|大约|约)?(有|是)?(好长(嘛|喃|时间|時間|\?|？|\s*$)|几长|幾長)|(每集|单集)片长|一集多长|几分钟一集|单集时长|(每集|单集|剧集)?时长|多少分钟|几分钟(?!前|后|内)"
                        r"|(한|1) ?(화|회|편)(에|당|의)? ?(몇 ?분|길이|러닝 ?타임|분량)|(회|화|편)당 ?(몇 ?분|길이|러닝 ?타임|분량)|러닝 ?타임|재생 ?시간|상영 ?시간"
                        r"|(회|화|편|에피소드)(당|마다|는|은|가|이|에)? .{0,6}몇 ?분|몇 ?분 ?(짜리|정도예요|이에요|인가요)"
                        # a length limit the episodes must fit, told as the partner's own ("our app cuts
                        # anything over two minutes, would they pass?", "la app corta lo que pase de dos
                        # minutos", "平台超过两分钟就剪掉", "플랫폼이 2분 넘으면 잘라요"): their length
                        r"|" + MINUTE_LIMIT +
                        # the length remarked on, which asks it ("第二部一集好长", "每集咁长㗎?", "the eps are so
                        # long huh", "los capítulos son muy largos?", "한 편이 너무 길어요?"; fixC17)
                        r"|(一|每|单)集(都)?(好|太|蛮|挺|这么|那么|咁|几|有点|有點|贼|老|特别|超)(长|長)"
                        r"|\b(the |its |their |each |every )?(episodes?|eps|chapters?)( \w+)? (are|r|is|look|looks|seem|seems|run|runs|feel|feels) (so |too |pretty |really |quite |kinda |super |very )?long\b"
                        r"|\b(los |sus |cada |el )?(capitulos?|episodios?|caps?) (son|es|estan|esta|se ven|duran|dura) (muy |demasiado |bien |re |super |medio )?(largos?|largote?s?|larguisimos?)\b"
                        r"|(한|1|각) ?(편|회|화)(이|가|은|는)? ?(좀 |너무 |엄청 |겁나 |허벌나게 |꽤 )?(길|기네|기노|길다)"
                        # whether they are long or short, asked ("is each ep long?", "are the episodes
                        # short?", "¿es largo cada capítulo?", "¿los capis son cortitos?", "每集长吗？",
                        # "一集長不長", "에피소드 하나가 긴 편이에요?", "한 회가 짧아요?"): their length (fixF17)
                        r"|\b(is|are|was|were|r) (each|every|an?|one|the|its|their|those|these|ur|your) ?(single )?(episode|ep|chapter|instal+ment)s? (\w+ )?(long|short|lengthy)\b"
                        r"|\b(es|son|seran|sera) (muy |bastante |re |medio |mas bien )?(largos?|cortos?|cortitos?|larguitos?) (cada |los |el |sus |esos |estos )?(capitulos?|episodios?|caps?|capis)\b"
                        r"|\b(capitulos?|episodios?|caps?|capis) (son|es|vienen|salen) (muy |bastante |re |medio |mas bien )?(largos?|cortos?|cortitos?|larguitos?)\b"
                        r"|(一|每|单|單)集(都)?(有|是|算)?(很|挺|蛮)?(长|長|短)(吗|嗎|不|唔|啊|呀|么|麼|\?|？|\s*$)"
                        r"|(에피소드|한 ?(편|회|화)|1 ?(편|회|화)|각 ?(편|회|화)) ?(하나|한 ?개|1개)?(가|이|는|은|씩)? ?(좀 |많이 |너무 )?(긴|짧은|길어|짧아|짧|길)")),
    ("episodes", (r"\bepisodes?\b|\beps\b|\bepisodios?\b|\bcapitulos?\b|\bcaps\b|회차|에피소드|부작|(?<![가-힣])에피(?!소)")),
    # Of an event, who signed or took part ("who all signed there?", "¿quiénes firmaron?",
    # "哪几家签的约", "누가 서명했어요?") is who put it on: its organisers and partners.
    ("organisers", (r"who (all )?(signed|took part|participated)\b|quien(es)? (firmo|firmaron|participo|participaron)\b"
                   r"|(谁|哪几家|哪些公司|哪家)(签|签约|参加|参与)|签约方|누가 (서명|사인|참여|참가)|(서명|참여)한 (회사|곳|기업)"
                   r"|who (is )?(organi[sz]|host|run)|organi[sz]ers?\b|organi[sz]ed by|hosted by|who('s| is) behind"
                   # who was behind a past one ("who was behind the 2025 ceremony?", "¿quién estuvo detrás?",
                   # "背后是谁办的", "누가 뒤에 있었어요?")
                   r"|\bwho (was|were|'s|is|are) (really |actually )?behind\b|quien(es)? (esta|estan|estaba|estaban|estuvo|estuvieron) (detras|atras)\b"
                   r"|(背后|幕后)(是谁|是哪家|是哪些|有谁)|谁在(背后|幕后)|누가 (뒤에|배후에)|(뒤에|배후에) (누가|누구|어디)"
                   r"|who (put|puts|is putting|was putting) (\w+ ){0,3}(together|on)\b|\bput together by\b"
                   r"|who('s| is| are)? (co-?)?(running|hosting|organi[sz]ing|putting on)|co-?host|co-?organi"
                   r"|quien(es)? (la |lo )?(hace|hacen|monta|montan|coorganiza)|coorganiza|谁办|谁来办|合办|协办|联合主办"
                   r"|공동 ?주최|누가 (진행|여는|열어)"
                   r"|quien(es)? (lo |la )?(organiza|organizan|organizo)|organizador|organizado por"
                   # the organising said as going on ("¿quién lo está organizando?", "谁牵头办的？", "누가 주도해요?")
                   r"|quien(es)? (lo |la )?(esta|estan|estuvo|va a|van a|anda) (organiz|mont|arm|coordin|hac)\w*|\borganizando\b"
                   r"|谁(在)?(牵头|带头|出面|张罗|操办|统筹|发起)|(哪家|哪个单位|哪方|谁家)(牵头|发起|张罗|操办)|牵头(方|单位)|发起方"
                   r"|누가 ?(주도|기획|준비|맡아서?|맡고) ?(하|해|했|하는|한|있)|어디(서|가) ?(주도|기획|준비)"
                   r"|谁(主办|举办|组织|办的)|主办|承办|组织方|主办方|주최|주관|누가 (열|주최|주관)"
                   r"|\b(co-?)?host(s|ed|ing)?\b|organi[sz](e|es|ed|ing)\b|who('s| is)? ?(running|putting on)|who (puts|put) on\b"
                   r"|anfitrion|coorganiza|quien(es)? (lo |la )?(monta|montan|hace|hacen)\b|协办|谁办|哪家办|谁搞的"
                   r"|누가 (여는|하는|진행)|어디서 (여는|주최)|어디가 주최"
                   # who took part in a signing: "who were the parties?", "¿quiénes firmaron?", "哪些单位参加"
                   r"|\bwho (were|are) the (parties|signatories)\b|\bwho (signed|took part)\b|signator"
                   r"|quien(es)? (firmaron|firmo|participaron)|firmantes|哪些单位|参加单位|参与方|签约方|哪几家"
                   r"|어디어디|어느 (기관|회사|곳)들?이 (참여|참석|서명)|참여한 (곳|기관|회사)")),
    ("eligibility", (r"who (can(?! (i|we) (ask|contact|talk|speak|write|reach|call)\b| (give|tell|send|get) (me|us)\b)|qualif|is eligible)|eligib|qualif|requirements?\b|who is it for"
                    r"|quien(es)? (?!(me|nos) )(puede|pueden|califica)|quien(es)? (lo|la|los|las) (puede|pueden|podemos) (usar|pedir|solicitar|aprovechar|contratar)\b|requisitos|elegib|a quien (va|esta) dirigid"
                    r"|申请条件|适用对象|谁可以(?!告诉|提供|给)|什么条件|资格|지원 ?대상|자격|누가 (받|신청)|대상이"
                    # anyone, or only big companies, may apply ("아무나 신청 가능함? 큰 회사만 됨?", "can anyone
                    # apply or only big companies?", "작은 팀도 신청 가능해요?"; fixK24)
                    r"|아무나 ?(신청|이용|받|참여|참가|쓸|할)|(큰|대형|작은|소규모|영세한?) ?(회사|제작사|업체|팀|기업|프로덕션)(들)?(만|도) ?(되|돼|신청|가능|받|이용)"
                    r"|\bcan anyone (apply|use|get|sign up)\b|\bonly (for )?(big|large|major|established) (companies|studios|productions|outfits)\b"
                    r"|who (could|may|gets to) (apply|use|get)|criteria|(do|does|would|could) (we|i|they|foreign\w*) (qualify|count)|can (we|i|foreign\w*) apply"
                    r"|open to (foreign|international|overseas)|(podemos|puedo|pueden) (aplicar|acceder|postular|pedirlo|solicitar(lo|la)?)|califica"
                    # (one company may, or would: "¿una productora colombiana puede acceder a eso?", "¿podría
                    # acogerse a ello una productora española?", "¿nos podemos beneficiar?")
                    r"|\b(puede|podria|podrian|podriamos|pueda|puedan) (aplicar|acceder|postular|optar|acogerse|beneficiarse)\b|\b(acogerse|acogernos|acogerme|optar|beneficiarse|beneficiarnos) (a|de) (ello|eso|esto|esa|ese|este|esta|el|la|los|las)\b"
                    # whether it applies to a company of theirs ("¿eso aplica para una productora mexicana?",
                    # "does that apply to a Peruvian company?", "这个适用于外国公司吗", "외국 회사에도 적용되나요?")
                    r"|\b(aplica|aplican|se aplica|vale|sirve|corre) (tambien )?(para|a) (una |un |nosotros|nuestra|nuestro|mi |las |los |empresas|productoras|equipos|companias)"
                    r"|\b(does|would|do|will) (that|this|it|these|those|they) (also )?apply to (us|me|an? |our |foreign|international|overseas|companies|productions|crews|teams)"
                    r"|(适用于|适用|適用於|適用)[^，。？！,.?!]{0,12}(吗|嗎|不|么)|适不适用|適不適用|(에도|에게도|한테도|도) ?(적용|해당)(되|돼)"
                    # "我们只拍竖屏，能申请竖屏短剧的扶持吗？", "可唔可以申請竪屏短劇扶持？": may we apply, the thing between
                    r"|(可以|能|可不可以|能不能|可唔可以)申请[^，。？！,.?!]{1,14}(吗|嘛|么|不)|可不可以申请|可唔可以申请"
                    r"|符合条件|(什么|哪种|任何|所有)(样的)?(剧组|团队|公司|人)都(能|可以)申请|都(能|可以)申请吗|(可以|能)申请吗|能不能申请|可以申请不|申请得了|신청(할 수 있|이 가능|가능)|什么样的.{0,6}(可以|能|才能)|哪些.{0,4}(可以|能)申请|谁能|有什么要求|门槛|条件是"
                    r"|누가 (이용|쓸|받을|신청할|대상)|누가 (지원|참여|참가|들어갈) ?(할 )?수|조건이|요건|외국 팀도|신청 ?대상|이용 ?대상|지원 ?대상|대상은|대상\?"
                    # a team of the partner's kind may have it too ("우리처럼 외부에서 가는 팀도 받을 수 있음?", "我们这种
                    # 外地团队也能享受吗", "can outside crews like ours use it too?", "¿equipos de fuera como el
                    # nuestro también pueden usarlos?")
                    # (not the benefits such a team can get asked to be listed: "그런 팀도 받을 수 있는 혜택이 있나요?",
                    # "外地团队也能享受的优惠有哪些", "any perks that crews like ours can get?", "¿hay
                    # beneficios que equipos como el nuestro puedan recibir?": the incentives themselves)
                    r"|(팀|회사|제작사|업체|학생|개인|사람|팀원)(들)?도 [^?.!]{0,25}(받을|이용할|쓸|신청할|누릴) ?수 ?있(?!는 |는(게|거|것|건))"
                    r"|(团队|公司|剧组|学生|个人|外地人|外国人)(也|都)(能|可以)(享受|用|使用|申请|拿到)(?![^，。？！,.?!]{0,6}的)"
                    # "外地来的剧组能用你们的现场制作服务不": a crew from elsewhere asking whether it may use it (fixL15)
                    r"|(外地|外省|外国|海外|境外|国外|外面)(来的|過來的|过来的|的)?(剧组|团队|公司|摄制组|乐队|团)(能|可以|能不能|可不可以)(用|使用|享受|申请)[^，。？！,.?!]{0,14}(吗|嘛|么|不|没)"
                    r"|(?<!that )(?<!which )(?<!perks )(?<!benefits )(?<!discounts )(?<!incentives )(?<!deals )\b(teams?|crews?|companies|outfits?|students|folks|people) like (ours|us)\b.{0,30}\b(get|use|have|access|apply)\b"
                    r"|(?<!que )(?<!beneficios )(?<!ventajas )(?<!descuentos )(?<!incentivos )\b(equipos?|empresas?|productoras?|gente|estudiantes) (de fuera |extranjer\w+ )?como (el |la |los |las )?(nuestr[oa]s?|yo|nosotros)\b.{0,30}\b(usar\w*|acceder|recibir\w*|pedir\w*|tener\w*|aprovechar\w*)\b"
                    # "신청은 누가 할 수 있음? 회원사만 됨?", "is it only for members?", "¿es solo para socios?",
                    # "只有会员单位才能申请吗": who may, said as "who can do it" or as members only
                    r"|누가 (할|해도|하면) ?(수 ?있|되|돼)|(회원사|회원|멤버|가입사)만 ?(되|돼|가능|할 수|신청|받)"
                    r"|\b(only|just) (for |open to )?(members|member companies|alliance members)\b|\bmembers[- ]only\b"
                    r"|\bsolo (para |pueden )?(los )?(socios|miembros|asociados)\b|只(有|限)?(会员|成员|联盟成员)(单位|公司)?(才)?(能|可以)?"
                    # "啥样的剧组能享受", "어떤 팀이 받을 수 있나요": who gets it, said as which kind of crew
                    r"|(啥|怎么)样的.{0,6}(可以|能|才能)|(谁|哪些人|哪种.{0,3})(能|可以)享受|享受得了|够条件"
                    # which crews or companies may use it ("哪些剧组能用", "哪类公司可以用")
                    r"|(哪些|哪种|哪类|什么)(样的)?(剧组|团队|公司|企业|项目|人)(能|可以)(用|使用|享受|享有|申请)"
                    r"|어떤 (팀|회사|제작사|곳|기업|업체|작품|분)(이|가|도|들이)? ?(받|신청|이용|해당)|받을 수 있는 (팀|회사|곳|대상)"
                    # "who's that for exactly, would a UK outfit count?", "¿para quién es?", "是给谁的"
                    r"|\bwho('s| is) (that|it|this)( one)? (meant )?for\b|\bwould (a|an|our) (\w+ ){0,3}(count|qualify)\b"
                    r"|\bpara quien es\b|\b(contaria|calificaria) (una|nuestra)\b|是给谁的|针对(谁|什么样)"
                    # who may use it, said as a kind of company allowed: "which partners are allowed to use it?",
                    # "who gets to benefit?", "¿qué empresas pueden acceder?", "哪些发行伙伴可以用", "么人能申请"
                    # (Wuhan 么 = 什么), "어떤 파트너가 이용할 수 있어요?"
                    r"|\b(which|what) (kinds? of |sorts? of |types? of )?(partners?|companies|firms|crews|productions?|producers?|teams?|people|distributors?|studios?|outfits?|projects?)\b.{0,25}\b(allowed|permitted|entitled|able|eligible|welcome) to\b"
                    r"|\b(which|what) (kinds? of |sorts? of |types? of )?(partners?|companies|firms|crews|productions?|producers?|distributors?|studios?|outfits?)\b.{0,12}\b(can|could|may|get to) (use|apply|access|benefit|take advantage|qualify)\b"
                    r"|\bwho('s| is| are)? (allowed|permitted|entitled|able) to (use|apply|get|benefit|access|join|take part)\b|\bwho (gets|can get) (it|this|that|access)\b"
                    r"|\b(que|cuales) (empresas|socios|productoras|companias|equipos|producciones|distribuidoras|proyectos)\b.{0,20}\b(pueden|podrian|tienen derecho|califican|aplican)\b"
                    r"|\bquien(es)? (tiene|tienen) (derecho|acceso)\b|\bquien(es)? (lo |la )?(puede|pueden) (usar|pedir|solicitar|aprovechar|acceder)\b"
                    r"|(么|什么|啥|哪样|哪种|哪类|哪些)(样的?)?人(能|可以|才能|可)(申请|用|享受|拿|参加|报)"
                    r"|(哪些|哪种|哪类|什么样的?|啥样的?).{0,6}(伙伴|合作方|片方|机构|发行方|发行商|制片方)(能|可以|才能)(用|使用|享受|申请|参加)"
                    # "哪些公司可以申请…", "什么样的剧组能…": the kind of company allowed, the verb maybe
                    # a word of the support's own name
                    r"|(哪些|哪种|哪类|哪家|什么样的?|啥样的?)(公司|企业|剧组|团队|机构|项目|片方|制片方|制作方)(能|可以|才能|有资格)"
                    r"|(어떤|어느|무슨) ?(파트너|협력사|배급사|회사|제작사|팀|사람|곳)(들)?(이|가|은|는)? ?.{0,10}((이용|사용|신청|받|참여)(할 수 있|이 가능|가능)|쓸 ?수 ?있)"
                    # whether they may too, what they are said first: "저희는 배급사인데요, 그래도 이용할 수
                    # 있나요?", "我们是发行方，也能用吗", "we're a distributor, can we still use it?",
                    # "somos distribuidora, ¿igual podemos usarlo?"
                    r"|(그래도|저희도|우리도|저희 같은 (곳|회사|팀)도) ?.{0,20}(이용|사용|신청|참여|참가)(할 수 있|이 가능|가능|해도 (돼|되))"
                    r"|(也|照样|一样|同样)(能|可以)(用|使用|享受|申请|参与|利用)(?![^，。？！,.?!]{0,6}的)"
                    r"|\b(can|could|may) (we|i|they) (still|also) (use|apply|access|get|benefit)\b|\b(can|could|may) (we|i) (use|apply for|access) (it|this|that|them)( anyway| too| as well)\b"
                    r"|\b(igual|tambien|aun asi|de todas formas) (podemos|puedo|pueden|podriamos) (usar|acceder|aplicar|pedir)\w*"
                    # who they are said first, then whether they may use it ("somos un equipo chiquito de RD que va
                    # de visita, ¿podemos usar los servicios…?", "we're a visiting crew of four, are we allowed to use…?")
                    r"|\b(somos|soy)\b.{0,60}\b(podemos|puedo|podriamos|podria|nos dejan|nos permiten) (usar|utilizar|aprovechar|acceder|pedir|contratar)\b"
                    r"|\b(we'?re|we are|i'?m|i am)\b.{0,60}\b((can|could|may) (we|i)|(are|would) (we|i) (be )?(allowed|permitted|able|entitled) to) (use|access|get|apply for|benefit from)\b"
                    # what a crew must bring to qualify: "do we need a script or is an idea enough?",
                    # "¿basta con una idea o hace falta guion?", "必须有剧本吗，有个创意行不行", "대본이 있어야
                    # 하나요, 아이디어만으로도 되나요?"
                    r"|\bdo (we|i|you) (need|have to have|must have) (a|an|the|to have an?) [\w ]{1,25}\bor\b|\bis (a|an|just an?|only an?) [\w ]{1,20}\benough\b"
                    r"|\b(basta|alcanza|sirve) con (una?|la|el|solo una?) \w+|\bhace falta (un|una|el|la) \w+ o\b"
                    r"|(必须|需要|得)(先)?有.{0,6}(吗|还是)|有(个|一个)?(想法|创意|点子|构思|大纲)(就)?(可以|行|够)"
                    r"|(이|가) ?있어야 ?(하나요|합니까|해요|되나요)|(아이디어|기획안|시놉시스)만(으로)?(도)? ?(되|가능|충분)"
                    # whether they would be entitled to it, what they are said beside it ("¿un equipo de
                    # festival tendría derecho a…?", "我们是海外发行商，符不符合…条件", "저희도 해당돼요?")
                    r"|\b(tendria|tendriamos|tendrian|tenemos|tengo|tiene|tienen|tendra|tendran) derecho a\b|\b(entrariamos|entramos|cabemos|cabriamos) (en|dentro de) (el|la|los|las|su|sus)\b"
                    r"|符不符合|合不合资格|够不够(资格|条件)|算不算(符合|合资格)|(저희|우리)(도|는|가)? ?(해당|대상)(이|에)? ?(돼|되|될|인가|입니까|이에요|이에요)"
                    r"|" + JOIN_EVENT_PATTERN)),
    ("how_to_apply", (r"how (do|can|would|should) (i|we|you) apply|\bapply\b|application process|how to apply"
                     r"|como (lo |la |se )?(solicit|aplic|postul|tramit)|solicitarl|solicitud|postular|怎么申请|如何申请|申请流程|申请方式"
                     # the steps of applying: "申请拍摄支持要走哪些步骤", "qué pasos hay pa pedirlo", "신청 단계"
                     r"|申请.{0,10}(步骤|流程|程序|环节)|要走(哪些|什么|啥)(步骤|流程|程序|手续)|\bpasos (para|pa|pra) (pedir|solicitar|aplicar|postular)"
                     r"|신청.{0,10}(단계|과정|순서)"
                     # how it is done, the wish to apply said first: "想申请拍摄支持，具体怎么操作？步骤说一下",
                     # "신청하고 싶은데 어떻게 하면 돼요, 절차 좀 알려 주세요", "walk me through the steps"
                     r"|申请[^。？！?!]{0,12}(怎么|如何|咋|怎样)(操作|办理|办|弄|搞)|(步骤|流程)(说|讲|介绍|列|讲解)(一下|下)|(说|讲|介绍|列)(一下|下)(步骤|流程)"
                     r"|(절차|단계|순서)(를|을|좀)? ?(좀 )?(알려|설명)|\b(walk|take|talk) (me|us) through (the )?(steps|process|procedure)\b"
                     r"|\b(explicame|explicanos|cuentame|cuentanos|dime|dinos) (los pasos|el proceso|el procedimiento)\b"
                     r"|신청 ?방법|어떻게 신청|신청하려면|신청 절차|신청.{0,3}어떻게|신청.{0,3}어디|어디(서|에서|로|에) ?신청|哪里申请|在哪申请|去哪申请|donde (se )?(solicit|aplic|postul)"
                     r"|how (do|can|would|should|could) (i|we|you|one)( (actually|actualy|acutally|even|exactly|really|just|then|now))? (request|get|book|submit|file|lodge|put in|send in)|how to (request|get it|file|lodge)|procedure"
                     # "what's the way to file a request for…", "the process to put in an application"
                     r"|\b(way|process|steps?|procedure) (to|for) (file|submit|lodge|put in|send in|make|filing|submitting|putting in|making) (a |an |our |the )?(request|application)s?\b"
                     r"|\bhow (\w+ ){0,2}(request|apply)\b"  # "how wi request support?" (patois "wi", we)
                     # the applicant said in the third person ("kindly outline how a visiting production applies
                     # for assistance with a shoot", "¿cómo debe proceder una producción para solicitar apoyo?"; fixV26)
                     r"|\bhow (\w+ ){0,4}(applies|requests) for\b"
                     r"|\bcomo (debe|deben|debo|debemos|tiene que|tienen que|tengo que|tenemos que|hay que|se debe) (proceder|hacer|actuar)\b.{0,60}\b(solicitar|pedir|tramitar|postular)"
                     # "how do we ask for that?", "¿cómo la pedimos?": the one talked about, asked for
                     r"|\bhow (do|can|would|should) (i|we) ask for (that|it|this|one|them|those)\b"
                     # an incentive named after "ask for": "how do we ask for on-site services?", "¿cómo pedimos
                     # el apoyo de servicios en sitio?", "现场服务怎么要", "현장 서비스는 어떻게 요청해요?"
                     r"|\bhow (do|can|would|should|could) (i|we|you|one) (ask|go|put in a request) for (the |an? |some |our |your )?(on[- ]?site|local|production|crew|filming|shooting|tax|financial|post|location|\w+ing|\w+ support|\w+ services?)\b"
                     r"|\bhow (do|can|would|should|could) (i|we|you|one) go about (asking|requesting|applying|getting)\b"
                     r"|\bcomo (pedimos|pido|se piden?|podemos pedir|puedo pedir|hacemos para pedir|hago para pedir|solicitamos|solicito) (el|la|los|las|un|una|unos|unas)\b"
                     r"|(怎么|如何|怎样|咋)(要|提出|申请|约|预约|请求)(现场|本地|在地|制作|拍摄|协拍)"
                     r"|(어떻게|어디에|어디서) ?(요청|신청|부탁)|\bcomo (lo|la|los|las) (pido|pedimos|pedimos|pedirla|pedirlo)\b"
                     # "guide the process to request support", "el proceso para pedir el apoyo"
                     r"|\b(process|steps?) (to|for|of) (request|apply|ask)\w*|\bproceso (para|de) (pedir|solicitar|aplicar)\b"
                     r"|paperwork|documents|what do (we|i) (need to )?(send|submit|prepare)"
                     # what to hand in to apply: "想申请拍摄支持，要交啲咩？", "申请要提交哪些材料",
                     # "신청하려면 뭘 내야 돼요?", "¿qué hay que presentar para pedirlo?"
                     r"|(要|需要|得|须)(交|提交|递交)(啲|些|点)?(咩|乜嘢|乜|什么|啥|哪些|嘢)"
                     r"|(뭘|뭐|무엇을|어떤 (서류|자료)(를|을)?) ?(내야|제출)"
                     r"|\bque (hay que|tengo que|tenemos que|debo|debemos) (presentar|entregar)\b"
                     # "what we must send to request support?", "要先准备好什么": what to send or prepare
                     r"|\bwhat (we|i) (must|have to|need to|should|gotta|got to) (send|submit|prepare|provide)\b"
                     # ("what would we need to send?", "¿qué tendríamos que mandar?": the same, in the conditional)
                     r"|\bwhat (would|will|do|does|should|shall|might) (i|we) (need|have|be required) to (send|submit|prepare|provide|hand in)\b"
                     r"|\bque (tendriamos|tendria|habria|haria falta) (que )?(mandar|enviar|presentar|entregar|preparar)\b"
                     r"|(要|需要|得)(先)?(准备|备)(好)?(些)?(什么|啥|哪些)"
                     # "which information we must send", "q datos les mando", "要发什么资料", "무슨 자료를 보내야"
                     r"|(what|which) (information|info|details|data|documents?|papers?) (do|must|should|shall|to|we|i)\b.{0,12}\b(send|provide|submit|give|include)"
                     r"|que (datos|informacion|documentos|papeles) (les |le |hay que |tengo que |tenemos que )?(mando|mandamos|envio|enviamos|paso|pasamos|mandar|enviar|presentar)"
                     r"|(发|提供|交|准备|寄)(什么|哪些|啥)(资料|材料|信息|文件)|(무슨|어떤) 자료(를|가)? ?(보내|제출|준비|필요)"
                     r"|como (lo |la |le |les )?(pido|pedimos|pedir|piden|hago|hacemos|consigo|conseguimos)\b|tramite|procedimiento"
                     # what to send, asked bare ("¿qué mando?", "¿qué les mandamos?", "¿qué le envío?")
                     r"|(^|[?¿.,;!:] ?|\by )que (le |les )?(mando|mandamos|envio|enviamos|presento|presentamos|paso|pasamos|adjunto|adjuntamos|tengo que mandar|hay que mandar)\b"
                     r"|\bwhat (do|should|shall) (i|we) send( over| in| you| them)?\b|(发|交|寄|报)(啥|什么)(过去|上去)|뭐 ?(보내|제출해|내)(요|야|면)"
                     # the impersonal "¿y cómo se pide?", "¿cómo se solicita eso?", "¿cómo se tramita?"
                     r"|\bcomo se (pide|piden|solicita|solicitan|tramita|tramitan|aplica|postula|gestiona|consigue|obtiene)\b"
                     r"|documentos|que (hay que|tengo que|tenemos que) (mandar|enviar|presentar)"
                     r"|怎么提交|如何提交|怎么报|申请.{0,6}(怎么|如何)|准备.{0,4}材料|什么材料|哪些材料|手续"
                     r"|신청(은|을)? 어떻게|서류|제출|어떻게 (요청|받|이용|넣)"
                     # "신청은 어떠한 방식으로 진행되어집니까?": the way the application goes
                     r"|신청(은|을|이)? ?(어떠한|어떤|무슨) ?(방식|방법|절차|식으로)|신청.{0,8}진행"
                     # "어떤 정보 보내야 돼요?", "뭘 보내야 해요?": what to send with the request
                     r"|(무슨|어떤|뭘|뭐) ?(정보|내용|자료)?(를|을|가)? ?(어떻게 )?(보내|제출|적어 ?보내|넣어)(야|면 (돼|되|됩))"
                     r"|啥材料|提交.{0,4}(材料|资料|文件)|(무슨|어떤) (자료|서류)|자료를? (보내|내|준비)|요청하려면"
                     # "지원 요청 어떻게 넣음?", "요청은 어케 해요?", "申请咋提交": a request is filed ("넣다")
                     r"|(요청|신청)(은|을|서)? ?(어떻게|어케|우째|어찌) ?(넣|해|하|보내|접수)|요청 ?절차|신청 ?(넣|접수)"
                     # the steps of it: "申请要走哪几步", "요청은 어떤 순서로", "what are the steps", "¿qué pasos hay?"
                     r"|(申请|提交|报名|流程).{0,6}(哪几步|几步|步骤)|(哪几步|几个步骤)|(요청|신청|접수).{0,6}(순서|단계)|(어떤|무슨) 순서로|순서가 (어떻게|어케)"
                     r"|\bwhat (are )?the steps\b|\bwhich steps\b|\bque pasos\b|\bpasos (para|a seguir)\b"
                     # the procedure walked, its name said before ("想申请拍摄支持，流程咋走", "要怎么走流程",
                     # "절차 어떻게 밟아요?")
                     r"|流程(咋|怎么|怎样|如何|要怎么)(走|弄|办|搞|进行)|(咋|怎么|怎样|如何)走流程|走(哪些|什么|啥)流程"
                     r"|절차(를|는)? ?(어떻게|어케|어찌) ?밟"
                     # the way of it asked by its kind: "어떤 절차로 하면 돼요?", "무슨 방법으로 요청해요?",
                     # "走什么程序", "what's the procedure like?", "¿por qué vía se pide?"
                     r"|(어떤|무슨|어느) ?(절차|방법|방식|경로|창구|과정|루트)(로|으로|를|을|가|이)? ?(하|진행|요청|신청|밟|거치|접수|넣|돼|되|받|이용)"
                     r"|(走|办|要)(什么|啥|哪些|哪个)(程序|手续|流程)|(程序|手续|流程)(是)?(怎样|怎么样|咋样|如何|是什么|是啥)"
                     r"|\b(what|which) (is|'s)? ?the (procedure|process|route|channel)\b|\b(por|a traves de) (que|cual) (via|canal|medio) (se )?(pide|solicita|tramita|aplica)\b")),
    # How far ahead to book or apply: an incentive's procedure says it; an event or a set does not.
    ("lead_time", (r"how (far|long|much time|early|many (days|weeks)) (in advance|ahead|before(hand)?)|how far ahead|(?<!\bthanks )(?<!\bthank you )(?<!\bthx )(?<!\bvielmal )(?<!\bmerci )(?<!\bcheers )(?<!\bmuch )(?<!\blot )(?<!\bdanke )\bin advance\b(?!\W*(for|thanks|merci|cheers))"
                  r"|lead time|(how much|what) notice|con cuant[ao] (tiempo de )?(antelacion|anticipacion)|con que (antelacion|anticipacion)"
                  r"|antelacion|anticipacion|cuant[oa]s? (dias|semanas|meses) (de |por )?(antes|adelantado)|con cuant[oa] tiempo"
                  # "¿cuánto tiempo antes hay que pedirlo?", "how long before do we need to apply?"
                  r"|cuanto tiempo (antes|de anticipacion|por adelantado)|how (long|far|much time) before (do|should|must|we|i|the)\b"
                  r"|提前多久|提前几天|提前多少|要提前|早多久|얼마나 (미리|전에|일찍)|며칠 전|몇 주 전|미리 .{0,6}(해야|신청|예약)"
                  r"|" + APPROVAL_TIME_PATTERN)),
    # ("languages for The Kitchen God Quits?": the field's word, of a title; "the short version"
    # is a summary asked, no dubbed version: see `logline`)
    # ("the garden beneath the code, wit languages": Scots "wit", chat's "wat" and "whit" are "what")
    ("languages", (r"(what|which|wit|whit|wat) languages?|(^|[,.;:!?])\W*(and|what about|how about) (the |its )?languages?\W*$|\bsubs\b|\bsubbed\b|\blanguages?\b.*\b(available|in)\b|subtit|dubb|\bavailable in\b"
                  # "that one ok in english?", "does it work in korean?": a language it comes in (fixS16)
                  r"|\b(ok|okay|good|fine|work|works|available)\b (in|with) (english|korean|spanish|chinese|mandarin|cantonese|japanese|portuguese)\b"
                  r"|^\W*(the )?languages? (for|of|on)\b"
                  # an audio track in a language ("does it come with a Spanish track?", "¿trae pista
                  # en español?", "有西语音轨吗", "스페인어 음성 트랙 있어요?"): a dubbed version
                  r"|\b(spanish|english|chinese|mandarin|korean|audio|sound|language|dubbed|dub) (audio )?tracks?\b|\bpistas? (de audio|de idioma|en \w+)\b|\baudio (en|latino|castellano)\b|音轨|音軌|(음성|오디오|더빙) ?트랙"
                  r"|(que|cuales) idiomas?|\bidiomas?\b|subtitul|doblad|哪些语言|什么语言|语言|语种|字幕|配音|语版|文版|(?<!简短)(?<!简单)(?<!精简)(?<!短)版本"
                  r"|어떤 언어|언어|자막|더빙|(어느|어떤|무슨) 나라 ?말|몇 개 국어"
                  r"|(?<!short )(?<!shorter )(?<!quick )(?<!brief )(?<!long )(?<!longer )(?<!tl;dr )(?<!tldr )\bversions?\b(?! (corta|breve|resumida|larga))|\bdub(s|bed|bing)?\b|versiones|version en|doblaje"
                  r"|(?<!짧은 )(?<!간단한 )(?<!요약 )(?<!요약)(?<!짧은)버전|[어문]판|로 된 (것|거|버전|작품)"
                  # a language named as what the title comes in: "그거 한국어 돼?", "영어도 있어요?", "有韩语的吗"
                  # ("does it come in English?", "¿viene en castellano o en inglés?", "是中文的还是英文的")
                  # ("is it Korean-language?", "is that one in Spanish?": the title's language asked)
                  r"|\b(is|are) (it|this|that|they)( one)? (a |an |in )?(english|spanish|korean|chinese|mandarin|cantonese|portuguese|japanese)([- ]language| spoken)?\W*$"
                  r"|\b(does|do|is|are|comes?) (it|this|that|they)( one)?( come| available| out)? in (english|spanish|korean|chinese|mandarin|cantonese|portuguese|japanese)\b|\bcomes? in (english|spanish|korean|chinese|mandarin|cantonese)\b"
                  r"|\b(viene|vienen|esta|estan|sale|salen|existe|llega)( \w+)? (en|con) (castellano|espanol|ingles|chino|mandarin|cantones|coreano|portugues|japones)\b"
                  # (fixL15) a language a title is "available with" or "has" ("is X available with English?",
                  # "does it have Korean?", "¿está disponible con inglés?", "¿la tienen con español?")
                  r"|\b(available|offered|released|out|comes?|watchable|streaming) with (an? )?(english|spanish|korean|chinese|mandarin|cantonese|portuguese|japanese)\b(?![- ]?speak)"
                  r"|\b(does|do|did) (it|this|that|they)( one| series| show| drama| title)? (have|offer|support|come with) (an? )?(english|spanish|korean|chinese|mandarin|cantonese|portuguese|japanese)\b(?![- ]?speak| (crew|cast|actors?|staff|people|speakers?|team)\b)"
                  r"|\b(disponibles?|la tienen|lo tienen|las tienen|los tienen|se consigue|se puede ver) (con|en) (castellano|espanol|ingles|chino|mandarin|cantones|coreano|portugues|japones)\b"
                  r"|(中|英|韩|西|日|粤)[语文](的|版)?还是|(是|有)(中文|英文|英语|韩语|韩文|西语|西班牙语|日语|粤语|广东话)(的|版)(吗|嗎|还是|呢)"
                  # "那部有西班牙语吗", "它有韩语没": a language the title pointed at has (fixT19)
                  r"|((那|这|這)一?(部|个|個)(剧|劇)?也?|它也?)有(没有)?(中文|英文|英语|韩语|韩文|西语|西班牙语|日语|粤语)(吗|嗎|没|没有|沒有|不)?\W*$"
                  # asked "has it or not", Cantonese and Traditional too ("第二套有冇西班牙文？", "有沒有韓文版")
                  r"|有(冇|無|没有|沒有)(中文|英文|英语|英語|韩语|韓語|韩文|韓文|西语|西語|西文|西班牙语|西班牙語|西班牙文|日语|日語|日文|粤语|粵語)(版|嘅|的)?(\W*$|呀|啊|㗎|喎)"
                  r"|(한국|영|중국|스페인|일본|포르투갈|광둥|광동)어(도|는|로|로도|로는|판도|판은|판|버전도|버전은|버전)? ?(벌써 |이미 |혹시 |아직 |지금 |따로 )?(돼|되|됨|됩|가능|있|나 ?[와오옴온]|지원|볼 수|봐도|보여|서비스)|(韩|英|中|西|日)[语文]的?(吗|嗎|有吗|有没有)"
                  # "出西语了没", "上英文版了吗": the title come out in a language
                  r"|(出|上)了?(中文|英文|英语|韩语|韩文|西语|西班牙语|日语)(版)?了?(没|吗|嗎|没有|沒有)"
                  # "무슨 말로 나와 있어요?", "어느 언어로 돼 있어요?": the languages it comes in
                  r"|(무슨|어느|어떤|몇 개) ?(나라 ?)?(말|언어)로"
                  r"|" + AUDIENCE_BY_LANGUAGE)),
    # The kinds of scene a set suits (its `scene_types`), asked before its genres ("圆明新园能拍哪些
    # 类型的场景" has 类型): "what kinda scenes could we shoot there?", "¿qué tipo de escenas se
    # pueden grabar?", "那里能拍什么场景", "어떤 장면 찍을 수 있어요?". Only a set has them.
    ("scene_types", (r"\b(what|which) (kinds?|kinda|sorts?|types?|sort) (of )?scenes?\b|\bscene (types?|kinds?)\b|\b(types?|kinds?|sorts?) of scenes?\b"
                    r"|\b(what|which) (all )?scenes\b|\b(has|have|got|offers?) (what|which) (all |kinds? of |types? of )?scenes\b|\bscenes? (can|could|would) (we|i|you|one) (shoot|film|do)\b"
                    # Indian and Singapore English "what all": "has what all scenes?", "what all scenes can we do there"
                    r"|\b(what|which) all (kinds? of |types? of )?scenes?\b"
                    r"|\b(que|cuales|cual) (tipos? de |clases? de )?escenas?\b|\b(tipos?|clases?) de escenas?\b|\bescenas (se pueden|podemos|puedo|podriamos) (grabar|filmar|rodar)\b"
                    r"|(哪些|什么|哪种|哪类|啥|哪几种|哪几类)(类型|样|种类)?的?(场景|场面)|场景(类型|种类)"
                    # the kinds of scene said with 戏 (a scene shot), not 剧 (a drama's genre): "第二个场景可以拍
                    # 哪些类型的戏", "能拍什么样的戏"
                    r"|(哪些|什么|哪种|哪类|啥|哪几种|哪几类)(类型|样|种类)的戏(?!剧)|拍(哪些|什么|啥|哪种|哪类)戏(?!剧)"
                    r"|(어떤|무슨) ?(종류의 |유형의 )?(장면|씬)|장면 ?(유형|종류)|(촬영|찍을) 수 있는 장면"
                    # "what can you shoot at the Qin Palace set?", "¿qué se puede grabar ahí?", "那里能拍什么",
                    # "어떤 신을 찍을 수 있나요?": what a set is for, asked of the set
                    r"|\bwhat (else )?(can|could) (you|we|i|one) (shoot|film)\b|\bwhat (else )?(can|could) be (shot|filmed)\b"
                    r"|\bque (mas )?(se puede|podemos|puedo|se pueden) (grabar|filmar|rodar)\b"
                    # besides the kind the list was of: "what other scenes", "¿qué otras escenas tiene?",
                    # "거리 말고 또 뭐 찍을 수 있어요?" ("除了街道还能拍啥" is the 能拍啥 below)
                    r"|\b(what|which) other (kinds? of |types? of |sorts? of )?(scenes|settings|backdrops)\b"
                    r"|\b(que|cuales) otr[oa]s (tipos? de |clases? de )?(escenas|escenarios|ambientes|cosas se pueden (grabar|filmar|rodar))\b"
                    r"|(뭐|뭘|무엇|무얼)(를|을|가)? ?(더 )?(찍을|촬영할|찍) ?수 ?있"
                    r"|(能|可以)拍(些)?(什么|啥|哪些)(?!(个|些|一些|几个)?(的)?(历史|歷史|古代)?(的)?(朝代|年代|时代|时期|時期|时段|朝|题材|类型|风格))|(어떤|무슨) 신(을|이|들|은)?(\s|$)"
                    # the kinds of place a set holds, asked of it: "what kind of locations are there,
                    # streets, interiors?", "¿qué tipo de escenarios tienen?", "有啥景 街道还是室内",
                    # "어떤 공간들 있어요?"
                    r"|\b(what|which) (kinds?|kinda|sorts?|types?) (of )?(locations?|spaces?|settings?|places?|backdrops?|backlots?|environments?|scenery|streets?|areas?)\b(?! (do|does|would|should|can|could) (we|i|you)\b)"
                    r"|\b(what|which) (locations?|spaces?|settings?|backdrops?|environments?|areas?) (are|is) (there|in (it|them|there))\b"
                    r"|\b(que|cuales|cual) (tipos? de |clases? de )?(escenarios|espacios|ambientes|ambientaciones|locaciones|decorados|rincones)\b"
                    r"|\b(tipos?|clases?) de (escenarios?|espacios?|ambientes?|ambientaciones?|locaciones?|decorados?)\b"
                    r"|(有|都有|是)(啥|什么|哪些|哪几种|哪种|些什么|些啥)(场景|景|景观|外景|内景|空间|街景)|(场景|景)(都有|有)(啥|什么|哪些)"
                    r"|(어떤|무슨) ?(종류의 |유형의 )?(공간|배경|로케이션|촬영 ?공간|세트장)(들)?(이|가|은|는)? ?(있|나와|갖춰|들어)"
                    # what a set holds inside, asked of it: "what's actually inside the virtual production
                    # facilities?", "¿qué hay adentro de las instalaciones?", "设施里面到底有啥",
                    # "시설 안에 뭐가 있어요?"
                    r"|\bwhat(['’]s| is| do (they|you) have| does (it|the \w+( \w+)?) have)( actually| exactly| really)? (inside|in there)\b|\bwhat (is|['’]s) there inside\b"
                    r"|\bque (hay|tienen|tiene)( exactamente| realmente| de verdad)? (adentro|dentro|por dentro|ahi dentro|ahi adentro)\b|\bque hay (adentro|dentro) de\b"
                    r"|(里面|里头|里边|内部)(到底|都|究竟|具体)?(有|是)(啥|什么|哪些|些什么|些啥)"
                    r"|안(에|엔|에는)? ?(뭐|무엇|뭐가|무엇이|뭐뭐|어떤 게|어떤 것이|뭐가 뭐) ?(있|들어)"
                    # the other scenes a set has besides the one a list was of, or what it is made of:
                    # "does the third have other scenes too?", "what else is there besides the palace?",
                    # "¿qué otros espacios tiene?", "¿de qué espacios se compone?", "还有别的场景吗",
                    # "由哪些部分组成", "궁 말고 다른 신 뭐 나와요?", "어떤 공간들로 구성돼요?"
                    r"|\bother (kinds? of |types? of |sorts? of )?(scenes|settings|spaces|backdrops|sets? pieces)\b"
                    r"|\bwhat else (is there|does it have|have they got|is in (it|there))\b.{0,12}\b(besides|apart from|other than|except)\b"
                    r"|\b(besides|apart from|other than) (the |a )?\w+,? what else\b|\bwhat (spaces|areas)\b"
                    r"|\b(que|cuales) otr[oa]s (espacios|decorados|rincones|zonas|areas|locaciones)\b"
                    r"|\bque mas (tiene|hay|tienen)\b.{0,12}\b(ademas|aparte)\b|\b(ademas|aparte) del? .{0,20}\bque mas (tiene|hay|tienen)\b"
                    r"|\bde (que|cuales) (espacios|areas|zonas|partes|escenarios|decorados) (se compone|consta|esta compuest[oa]|estan compuest[oa]s)\b"
                    r"|(别的|其他|其它|另外的?)(什么|哪些)?(场景|景|空间|景观|外景|内景)|(由|包括|包含|分为)(哪些|哪几个|什么|啥)(部分|区域|空间|场景|景区|板块)"
                    r"|다른 ?(신|씬|장면|공간|배경|촬영 ?공간|세트장)(은|이|도|들|는|을|를)?"
                    r"|(어떤|무슨) ?(공간|장면|신|씬|구역)(들)?(로|으로) (구성|이루어|채워|짜여)|공간 ?구성"
                    r"|안(에|엔|에는)? ?(어떤|무슨) ?곳(들)?(이|가)? ?있")),
    ("genres", (r"(what|which) (genre|kind of (show|drama|series|story))|\bgenres?\b|(que|cual) genero|\bgeneros?\b"
               r"|什么类型|哪种类型|类型|题材|장르"
               # "what kind is this one?", "¿de qué tipo es?", "이건 어떤 종류예요?" of the record in focus
               r"|\bwhat (type|kind|sort) (of \w+ )?is (it|this|that)( one)?\b|\bde que tipo (es|son)\b|\bque tipo de (\w+ )?(es|son) (este|esta|ese|esa)\b"
               r"|어떤 (종류|유형)(예요|이에요|인가요|이야|의)")),
    ("coproduction", (r"\b(buy|purchase|acquire)\b (it|this|that|the (rights|title|show|series))|\bhow (do|can|could) (i|we) (buy|purchase|acquire|get the rights)\b"
                     r"|\bcomo (la |lo |las |los )?(compro|compramos|adquiero|adquirimos|consigo los derechos|conseguimos los derechos)\b"
                     r"|\b(comprar|adquirir)(la|lo|los derechos)\b"
                     # "¿podemos comprar nomás los derechos de…?", "licenciar directamente la serie"
                     r"|\b(comprar|adquirir|licenciar)(la|lo|las|los)?( nomas| nada mas| solo| solamente| directamente| simplemente)? (los )?derechos\b"
                     r"|\b(buy|purchase|acquire|license|licence)( just| only| simply| straight)? (the )?(rights|licen[cs]e)\b|co-?produc|production-?wise|how far along|where('?s| is| are) (it|they|that|this)( one| title| show| series| project)? at\b|\b(development|pre-?production|production|post-?production|in post|completed|finished|released)\W+(or\W+)?(pre-?production|production|post-?production|post|completed|finished|released|done)\b|\bco-?pros?\b|still up for|(already|is it|it's) (locked|taken|spoken for)|licens|seeking partner|(production|project) status|still (in|being) (production|developed)"
                     r"|coproduc|licencia|(?<!适)(?<!適)合拍|授权|版权|制作进度|开发阶段|공동 ?제작|판권|제작 ?단계|제작 ?현황|라이[선센](스|싱)"
                     # making the title together ("이거 같이 제작할 수 있나?", "can we make this one together?",
                     # "¿la podemos producir juntos?", "这部能一起制作吗"): its co-production
                     r"|(이거|그거|이건|그건|이 작품|그 작품|이 드라마|그 드라마)\S{0,2} ?(같이|함께) ?(제작|만들)|\b(make|produce|develop) (it|this|that|this one|that one) (together|with (you|you guys|them))\b"
                     r"|\b(producir|hacer|desarrollar)(la|lo)? (juntos|juntas|en conjunto|con ustedes|con vosotros)\b"
                     r"|(这部|那部|這部|这个|那个|這個|那個)(剧|劇)?(能|可以|能不能|可不可以)?(一起|共同)(制作|製作|开发|開發)"
                     # a title's partner asked, whatever country: "那一部是哪个国家的合作方", "이 작품 협력사는
                     # 어느 나라예요?", "that one's partner, which country?" (its co-production, not every partner)
                     r"|(这|那|这一|那一)(部|个|部剧|部戏).{0,10}合作(方|伙伴)|合作(方|伙伴).{0,6}(这|那)一?(部|个)"
                     r"|(이|그|저) (작품|드라마|거).{0,10}(협력사|파트너|공동 ?제작사)|\b(this|that) (one|title|show|series)'?s? (partners?|co-?producers?)\b"
                     r"|\bpartners? (on|for|of|behind) (this|that|it) ?(one|title|show|series)?\b|\bsocios? de (esa|esta|ese|este) (serie|obra|titulo)?\b"
                     r"|still open (for|to)|(already|is it|it's|it is|is that|that one's) (finished|completed|done|wrapped)"
                     # whether it is finished, in Spanish ("¿ya lo terminaron?", "¿ya la acabaron de grabar?";
                     # fixC17; Nigerian Pidgin "dem don finish am?" is read "already finished" by core/variants)
                     r"|\bya (lo |la |los |las )?(terminaron|acabaron|terminasteis|acabasteis|finalizaron|completaron|terminaste|acabaste)\b"
                     r"|\b(ya )?(lo |la |los |las )?(terminaron|acabaron) de (grabar|rodar|filmar|producir|hacer)\b"
                     # open to partners, asked of the title in view ("is that one open for partners", "¿está
                     # abierta a socios?", "그거 파트너한테 열려 있어요?", "对外开放合作吗")
                     r"|\b(open|available) (for|to) (new |outside |foreign |international )?(partners?|partnerships?|co-?produc\w*|collaborat\w*|investors?|co-?financ\w*|deals?)\b"
                     r"|\babiert[oa]s? (a|para) (nuevos |otros )?(socios|coproduc\w*|colaborac\w*|alianzas|inversores|productoras|acuerdos)\b"
                     r"|\b(acepta|aceptan|admite|admiten) (socios|coproduc\w*|inversores|productoras)\b"
                     r"|(对|向)(外|合作方|合作伙伴|伙伴|海外|国际)(开放|敞开)|开放(合作|合拍)|(接受|欢迎)(合作方|合作伙伴|合拍|投资)"
                     # partners sought for it ("还在找联合出品方吗", "招不招投资方", "공동제작사 찾아요?")
                     r"|(找|招|征集|徵集|寻求|尋求)(联合出品|聯合出品|出品方|投资方|投資方|合作方|合拍方)|联合出品|聯合出品"
                     r"|(파트너|협력사|제작사|투자사)(한테|에게|에|들에게|들한테)? ?(열려|오픈|개방)|(파트너|협력사|공동 ?제작)(로)? ?참여 ?(가능|할 수)"
                     # getting on board now ("〈…〉 지금 들어갈 수 있어요?", "아직 합류 가능해요?", "现在还能加入吗",
                     # "¿todavía podemos sumarnos?")
                     r"|(지금|아직|이제|당장) ?(합류|참여|참가)(할|하는 ?거|가)? ?(수 있|가능)|(지금|아직|이제|당장) ?(들어갈|끼어들|낄|올라탈) ?수 ?있"
                     r"|(还能|还可以|现在能|现在可以|还来得及)(加入|入局|上车|参与|进来)"
                     # someone sought to make it with, or whether it can still be made together ("같이 할 사람
                     # 찾고 있어요?", "아직 같이 할 수 있음?", "还在找人一起做吗", "can we still team up on it?")
                     r"|(같이|함께) ?(할|만들|찍을|작업할|갈) ?(사람|파트너|곳|회사|팀|데)\S{0,2}( ?(아직도?|지금도?|계속|혹시|여전히))? ?(찾|구하|모집|있)|(아직|지금|이제)(도)? ?(같이|함께) ?(할|작업할|만들|찍을) ?수 ?있"
                     r"|(找|在找|寻找|物色)(人|伙伴|公司|团队|合作方)?(一起|一齐|合作)(做|拍|搞|制作|开发)|(还|仲|现在)(能|可以|可不可以|能不能)(一起|一齐)(做|拍|搞|合作|制作)"
                     r"|\b(looking|hunting|searching) for (someone|somebody|people|a team|a company|folks) to (make|do|shoot|produce|build) (it|this|that)( one)? with\b"
                     r"|\bcan (we|i) still (do|make|team up on|work on|produce) (it|this|that|the (first|second|third|fourth|fifth|last|other|\w+) one)( one)?( together| with (you|them))?\b"
                     r"|\bteam up on (it|this|that|the (first|second|third|fourth|fifth|last|other) one)\b"
                     r"|\bbuscan? (con )?quien (hacerla|hacerlo|producirla|producirlo|la haga|lo haga)\b|\b(todavia|aun|ya) (se puede|podemos) (hacer|producir)(la|lo) (juntos|con ustedes)\b"
                     # ("《…》仲可唔可以加入合作？", "能不能加入合拍", "지금이라도 파트너로 들어갈 수 있어요?",
                     # "can we still join as partners?": whether it still takes partners)
                     r"|(仲|还|现在|而家)?(可不可以|能不能|可以|能)(加入|参与|进来)(合作|合拍|联合出品|制作)"
                     r"|(지금|아직|이제|당장)(이라도|라도|도)? ?(\S+(로|으로) )?(들어갈|합류할|참여할|끼어들|낄) ?수 ?있"
                     r"|\b(can|could) (we|i) still (join|sign on|partner|come aboard|get involved|hop on)\b"
                     r"|\b(todavia|aun|ya) (se puede|podemos|nos podemos|puedo) (sumar(nos|me)?|unir(nos|me)?|subir(nos|me)?)\b"
                     r"|\bwrapped\b|finished (show|series|title|one|product)|in (production|development|dev|pre-?production|post)\b"
                     r"|(what|which) stage|\bprogress\b|come on board|\bon board\b|still (looking|open|available)"
                     # still looking for partners, or someone has it ("still lookin for partners or spoke
                     # for already?", "¿anda buscando socio o ya está apalabrada?", "名花有主了吗", "임자 있어요?")
                     r"|\bstill (lookin'?|hunting|searching|seeking|after|shopping)\b.{0,15}\b(partners?|co-?producers?|investors?|backers?|buyers?|co-?pro)"
                     r"|\b(spoke|spoken) for\b|\b(already )?(claimed|committed|locked in|off the market)\W*$|\b(some ?(one|body)|any ?(one|body)) (already )?claimed\b"
                     r"|\bstill up for (a )?(partnership|co-?production|partners?|grabs)\b"
                     r"|\b(anda|andan|sigue|siguen|estan|esta|todavia|aun) (todavia |aun )?buscando (socio|coproductor|productor|inversor|comprador)\w*"
                     r"|\blo de (los |las )?(socios?|socias?|coproductor\w*|inversionistas?|inversores?|coproduccion)\b|\bapalabrad[oa]\b|\b(ya )?(esta|estan) (apartad|comprometid|reservad)[oa]s?\b|\bya tiene (duen[oa]|socio|coproductor|comprador)\b"
                     r"|名花有主|有主了|被(人)?(定|订|预定|预订)(了|走)|已经(定|订)(出去|给别人)?了|(有|找到)(合作方|买家|下家)了"
                     r"|임자(가)? ?(있|생겼|정해)|(이미|벌써) ?(정해졌|계약(됐|했|된)|나갔|팔렸)"
                     # whether the rights are still free ("¿están libres?", "are the rights still
                     # available?", "版权还空着吗", "판권 아직 비어 있어요?") after a title or its rights holder
                     r"|(?<!entrada )(?<!acceso )\b(estan|esta|siguen|sigue|quedan|queda) (todavia |aun )?(libres?|disponibles?)(\W*$|\W+(sus |los )?derechos\b)"
                     r"|\bderechos (estan |siguen |quedan )?(todavia |aun )?(libres|disponibles)\b|\b(ya )?(esta|estan) (tomad|vendid|cedid)[oa]s?\b"
                     r"|\brights (are |is )?(still )?(free|available|open|unclaimed|up for grabs)\b|\b(are|is) (they|the rights|it) still (free|unclaimed|untaken)\b"
                     r"|\balready (sold|licensed|taken)\b"
                     r"|(版权|权利|授权).{0,4}(还|仍|都)?(空着|有空|没卖|没出|在不在|可以谈|能谈|在吗)|(还|仍)(空着|没(被)?(卖|签|定|订)出?去?)(吗|嘛|没)"
                     r"|(판권|권리|라이선스|라이센스).{0,6}(비어|남아|풀려|살아|가능)|아직 (안 ?팔렸|계약 ?안 ?(됐|된)|비어 ?있)"
                     r"|\b(esta|estan|ya) (terminad|acabad|finalizad|cerrad)|\bsigue (en |buscando|abiert)|en que (etapa|fase|estado)|en que punto (esta|va|anda|se encuentra|estan|van)|\bque tan avanzad[oa]|\b(como|que tal) (va|anda|avanza|sigue) (el proyecto|la serie|la obra|la produccion|el rodaje|eso)\b"
                     r"|\bhow far (along|is it|has it got)|\bhow('s| is) (it|that|the (series|project|show|production)) (coming along|progressing|going)\b|\bwhere (is|are) (it|that|they) at\b"
                     r"|buscando (socios?|coproduc)|ya esta list|\bterminad[oa]\b|\ben (desarrollo|produccion|rodaje)\b|\bya se (termino|grabo|rodo|filmo)"
                     r"|进度|拍到|什么阶段|能合作|可以合作|合作吗|合作机会|哪个阶段|拍完|在拍|拍好了|已经拍好|拍好没|拍摄中|完成了|完结|杀青|制作中|开发中|開發中|找合拍|买版权|能买"
                     r"|还在找合作|在找合作方|找合作方|找合作伙伴|파트너 ?(구해|구하|구함|찾)|"
                     # how far it has got, and whether one can still come in ("到哪一步了", "我们还能进来
                     # 做合作方吗", "还能上车吗", "아직 참여할 수 있어요?", "¿todavía podemos entrar?")
                     r"到哪一?步|到(什么|啥)(阶段|程度)|还能(进来|加入|参与|上车|入局|一起做)|(进来|加入|参与)(做|当)(合作方|合拍方|联合出品)|"
                     r"(아직|지금도) ?(참여|합류|들어갈|들어가)|\b(can|could) (we|i) still (come|get|jump) (in|on board|aboard)\b|\b(todavia|aun) (podemos|puedo|se puede) (entrar|sumarnos|sumarme|participar)\b|"
                     # said formally: "是否仍在寻求合作方", "仍在物色合拍方", "협력사를 찾고 있나요",
                     # "are you seeking co-production partners", "¿buscan coproductores?"
                     r"(寻求|寻找|物色|征集|招募)(合作方|合作伙伴|合拍方|合拍伙伴|投资方|联合出品方)|(협력사|공동 ?제작사|투자사|제작 ?파트너)(를|을)? ?(찾|구하|모집)|"
                     r"\b(seeking|looking for|searching for) (co-?production |coproduction )?(partners?|co-?producers?)\b|\bbuscan (socios?|coproductor)\w*|"
                     # "제작 어디까지 됨?", "어디까지 찍었어요?", "做到哪一步了", "进展到哪了"
                     r"(제작|촬영|작업|진행)(은|이)? ?어디까지|어디까지 ?(됐|되었|됨|돼|진행|왔|찍)|做到哪|进展到哪|进展如何|"
                     r"어느 단계|무슨 단계|단계|진행 상황|제작 중|촬영 중|개발 ?중|완성작|완성(됐|되었|된|이)|완료|끝났|다 찍"
                     # the stage by its other words ("아직 기획 중이에요?", "아직 만드는 중이가?", "仲係開發緊？",
                     # "仲喺度拍緊", "还在筹备吗")
                     r"|기획 ?중|준비 ?중|만드는 ?중|만들고 ?있|찍는 ?중|찍고 ?있"
                     r"|(开发|開發|制作|製作|筹备|籌備|拍)(紧|緊)|(仲係|仲系|仲喺度|仲在|还在|還在)(开发|開發|制作|製作|筹备|籌備|研发|研發)"
                     r"|\b(fully|all|completely|entirely) (produced|made|shot|filmed)\b"
                     # "다 만든겨?", "다 만들었어요?", "제작 다 끝난 거예요?": made to the end, asked (fixS16)
                     r"|다 (만든|만들었|만들어졌|만들어진|제작한|제작됐|제작된)|(제작|촬영)(은|이|는)? ?다 (끝|된|됐|했)"
                     # whether a deal on it can be signed now: "지금 계약 가능한 상태인가요?", "can we sign
                     # for it yet?", "¿se puede firmar ya?", "现在能签吗"
                     r"|계약(이|은|을|도)? ?(가능|할 수 있|되나|돼요|됩니까|되나요|될까)|계약 가능|(판권|권리)(을|를|이)? ?(살|구매할|확보할) 수"
                     r"|\b(can|could) (we|i) (sign|license|option|close a deal)( (for|on) it| it| that)?\b|\b(available|open) (to|for) (sign|licen|deal|contract|option)\w*|\bup for (grabs|sale|licensing)\b"
                     r"|\b(se puede|podemos|puedo) (firmar|contratar|cerrar (un |el )?trato|negociar)\b|\bdisponible para (firmar|licenciar|contratar|negociar|coproduc)\w*"
                     r"|(能|可以)(签|签约|签合同|谈合作)(了)?(吗|不|没)|还能签|可以签约|能不能签"
                     # whether it is still free or someone took it: "is that one available or somebody
                     # took it already?", "¿y ese está disponible o ya lo agarró alguien?", "还能谈吗，还是
                     # 被人拿走了", "아직 계약 가능해요? 누가 벌써 가져간 건 아니죠?"
                     r"|\b(is|are) (it|that|this|they)( one| title| show| series)? (still |already )?(available|free|taken)\b(?! (in|with|on|at|for (a |the )?(visit|tour)|to (visit|watch|stream)))"
                     r"|\b(some ?(one|body)|any ?(one|body)|another (company|buyer|studio|distributor)|other (companies|buyers))\b.{0,12}\b(took|taken|take|grabbed|grab|bought|snapped up|signed|licen[sc]ed)\b"
                     r"|\b(already )?(taken|snapped up|sold|spoken for)( already)?\W*$"
                     r"|\b(esta|estan|sigue|siguen) (todavia |aun )?disponibles?\b(?! (en|con|para (visitar|ver|rodar|grabar)))"
                     r"|\b(ya )?(lo|la) (agarro|tomo|compro|pillo|cogio|llevo|firmo|licencio|tiene) (alguien|otr[oa])\b|\balguien (ya )?(lo|la) (agarro|tomo|compro|tiene|firmo|licencio|pillo)\b|\bya (esta|fue) (tomad|vendid|comprad|licenciad)[oa]\b"
                     r"|还能谈|能谈吗|可以谈吗|被(人|别人|谁|别家)?(拿走|买走|签走|抢走|拿下|订走)|(有人|别人|别家)(已经)?(拿走|买走|签走|签了|买了|拿下)|找(partner|搭档|合伙人|合拍方)"
                     r"|가져(간|갔)|(팔렸|팔린|나갔|계약(됐|되었|된 ?거))|다른 (회사|곳|데)(가|에서)? ?(가져|계약|샀)")),
    # Whether a set is of the period a story needs ("or is it the wrong period?", "¿o es otro
    # periodo?", "朝代对不上吧", "시대가 안 맞나요?"): the set's periods, however much the partner's
    # "story" reads like a plot asked (before `logline`)
    ("era", (r"\b(wrong|right|same|correct|other|another|different|matching) (period|era|dynasty|epoch|time period)\b"
             r"|" + OLD_OR_NEW_PATTERN +
             r"|\b(period|era|dynasty)\b.{0,12}\b(match|fit|right|wrong|correct)\b|\bright for (the|a|an|our) .{0,20}\b(era|period|dynasty)\b"
             r"|\b(otr[oa]|mism[oa]|distint[oa]|equivocad[oa]|correct[oa]) (periodo|epoca|era|dinastia)\b|\b(periodo|epoca|dinastia) (equivocad[oa]|correct[oa]|distint[oa]|que no es)\b"
             r"|(朝代|年代|时代|时期)(不对|对不上|不符|不一样|对吗|对不对|合不合|符合吗)|不是(那个|同一个|一个)?(朝代|时期|时代)|(朝代|时期)(搭|合适)吗"
             r"|시대(가|랑|와|는)? ?(안 ?맞|다르|맞나|맞아|맞는지|틀리)|다른 시대|(시대|왕조) ?배경(이|에)? ?(맞|안 ?맞|다르)")),
    ("logline", (r"what('?s| is) (it|this|that|the (story|show|series|drama|plot))? ?about|\bwhat [^?!,]{2,40} (is|are) (all )?about\b|\bwhat('?s| is) .{2,40} about\b|what('s| is| was) [^?]{1,40} about\b\W*$|\babout\?|\bplot\b|\bstory\b|synopsis"
                r"|\b(is|it'?s) about what\b|梗概|内容提要|logline|storyline|premise|de (que|q) (se )?trata|\btrata\b|sinopsis|argumento|\bhistoria\b|讲什么|讲的是|讲了什么|讲啥|说啥|讲的啥|讲的嘛|讲嘛|(?<!谁)(?<!誰)(在|是在)?演(的是|了)?(什么|啥)(故事|内容|剧情)?(?!角色|人)"
                r"|剧情|故事|简介|内容是|说的是|讲哪样|讲的哪样|讲些哪样|줄거리|무슨 ?내용|뭔 ?내용|어떤 ?내용|내용이|내용은|내용(을|만|도)? ?(좀 |짧게 |간단히 |간단하게 |대충 |대강 )*(알려|말해|설명|소개|요약)|내용 ?(뭐|뭔|머|무엇)(?! ?(있|없|하|해|더))|스토리|시놉시스|어떤 ?이야기"
                # dialect "what about": Wuhan "讲的么事", Sichuan "讲的啥子", Cantonese "讲咩", "讲乜嘢"
                # (Jianghuai "讲的么斯", "说的么子"; Tok Pisin "wanem stori", "what its about" unpunctuated)
                r"|讲(的|了)?(么事|么子|么哩|么斯|么司|么得|啥子|么个|咩|乜嘢?|什么事|啥事)|说(的|了)?(么事|么斯|么子|啥子|咩)"
                r"|\bstori\b|\bwhat (it'?s|its|it is|dis|dat|that one|this one) (all )?(about|bout)\b"
                r"|one-?line(r)?\b|elevator pitch|the pitch\b(?! ?(day|session|event|night|meeting))|pitch (me|it)|\bsummary\b|what happens in|de que va\b|de q va\b"
                r"|resumen|premisa|主要讲|一句话介绍|讲的什么|어떤 (얘기|내용)|무슨 (얘기|이야기)|요약|로그라인|讲点什么|讲点啥|一句话讲|用一句话"
                # "what's it about, short version", "en versión corta", "简短版", "짧은 버전으로": a summary
                r"|\b(short|shorter|quick|brief|tl;?dr) version\b|\bversion (corta|breve|resumida)\b|(简短|简单|精简)(的)?版(本)?|(짧은|간단한|요약) ?버전"
                # the gist asked ("give us the gist of X", "la idea general de X", "X大概讲个啥", "X 대충 무슨 얘기")
                r"|\b(the )?gist\b|\bin a nutshell\b|\bthe (basic )?idea of\b|\b(la )?idea (general|basica) de\b|\ben pocas palabras\b|\ben resumidas cuentas\b"
                r"|大概(讲|说|是)(个|些)?(什么|啥|嘛)|大意|(대충|대강|간단히) ?(무슨|어떤) ?(얘기|이야기|내용)|대략적인 (내용|줄거리)")),
    ("about", (r"what (did|does|do|will) .{1,60} (involve|include|consist of)|what (happened|went on) (at|in|during|there)"
              # who came to an event is in its description ("who attended?", "¿quiénes asistieron?",
              # "都有谁参加了", "누가 참석했어요?"); who put it on is its organisers
              r"|\bwho (attended|was there|were there|came|showed up|went)\b|\bquien(es)? (asistio|asistieron|vino|vinieron|estuvo|estuvieron|fue|fueron)\b"
              r"|(谁|哪些人|都有谁)(参加|出席|来)了|누가 (참석|왔|갔)|참석자"
              r"|what does .{1,40} do\b|what do they do\b|what (kind|sort|type) of (company|firm|platform|business|event|outfit)"
              r"|what is (it|this|that) exactly|what('s| is) (the )?(event|session|exchange|ceremony|company) about"
              r"|en que (consist|se basa)|a que se dedica|(?<!confirmo )(?<!confirmaron )(?<!consta )(?<!sabe )(?<!sabes )(?<!seguro )que (hace|hacen|hicieron|se hizo)\b|que tipo de (empresa|evento|compania|plataforma)"
              r"|que es exactamente"
              # "¿qué fue la ceremonia de firma?", "签约仪式是关于什么的": what an event was, its description
              r"|\bque fue (el|la|lo|ese|esa|eso)\b|关于什么|是个什么(活动|会)?"
              # what it is for ("¿para qué sirve la HISDA?", "what's it for?", "有什么用", "뭐 하는 데예요")
              # ("뭐 하는 거 있어요?", "is anything on?": whether something is held, no record's about)
              r"|\bpara que (sirve|sirven|existe|es)\b|\bwhat('s| is) (it|the alliance|hisda) for\b|有什么用|是干什么用的|무엇을 위한|뭐 하는 데"
              # ("你都能帮我做什么？", "你能做什么": what the bot can do, the help, not an event's about)
              r"|(?<!帮我)(?<!帮我们)(?<!帮)(?<!你能)(?<!你会)(?<!你可以)(?<!您能)(?<!您可以)(?<!还能)(?<!能帮)做(了)?什么|干什么|是做什么|做什么的|干嘛的|干啥的|是什么(公司|平台|机构|活动|会)|什么样的(公司|活动)|主要内容|都有什么内容|有什么活动内容"
              r"|(뭐|뭘) ?하는(?! ?(거|것|게|건)\S{0,2} ?(있|없))|무엇을 하는|무슨 일(을)? ?(하|해)|어떤 (회사|기업|곳|업체|플랫폼|행사|자리)|뭘 했|무엇을 했|뭐 했|어떤 걸 했"
              # what an event announced or agreed: "what was announced there?", "¿qué anunciaron?",
              # "会上宣布了什么", "거기서 뭐 발표했어요?"
              r"|\bwhat (was|were|got|did (they|you|it)) (announc|present|unveil|sign|agree|launch)\w*|\bwhat came out of\b|\b(results|outcomes?) of\b"
              r"|\bque (anunciaron|presentaron|firmaron|acordaron|lanzaron|salio de)\b|\bque se (anuncio|presento|firmo|acordo|lanzo)\b"
              r"|(宣布|发布|公布|签署|签订|签)了(什么|啥|哪些)|有什么成果|成果是什么|谈成了(什么|啥)"
              # what a company has achieved, which its description states ("做过什么成绩？", "what has it
              # achieved?", "¿qué logros tiene?", "실적이 어때요?") (play33)
              r"|\bwhat (has|have) (it|they|he|she|[\w-]+) (achieved|accomplished|done so far)\b|\b(their|its|any) (achievements?|track record|results so far)\b"
              r"|\b(que|cuales) (logros|exitos|resultados)\b|\bque (ha|han) (logrado|conseguido)\b|\bsu trayectoria\b"
              r"|(什么|啥|哪些)(样的)?(成绩|业绩|成就)|成绩(如何|怎么样|咋样)|(실적|성과|성적)(이|은|는)? ?(어때|어떻|뭐|있)"
              r"|(뭐|뭘|무엇을?|어떤 (걸|것을|내용을)) ?(발표|공개|체결|합의|발족)|발표(한|된) (내용|게|것)|어떤 성과"
              # what an event is, was or will hold, asked with its name and more words ("what was the
              # 2025 signing ceremony about, in two lines?", "what's planned for the 2027 one?", "¿de qué
              # se trató la ceremonia?", "¿qué tienen previsto para la noche de cine?", "拉丁电影之夜有什么
              # 安排", "會上搞咩嘢", "협약식은 무슨 행사였어요?", "거기서는 뭐 해요?"): its description
              # ("接下来有啥活动安排？" asks which events are coming: the list, no event's programme)
              r"|\bwhat (was|is|were|will be|'s) (it|that|this|the [^?!.]{1,50}|that [^?!.]{1,50}) (all |really |even )?about\b(?! to\b)"
              r"|\bwhat('s| is| are| was| were)? (being |got )?(planned|scheduled|programmed|lined up|in store|on the (programme|program|agenda|menu|bill))\b"
              r"|\bwhat('s| is| are| was| were) the (plans?|programme|program|agenda|line-?up|running order)\b(?! (date|time|day))"
              r"|\bwhat (will|would|do|does|did) (they|you|people|guests|attendees|participants) (do|be doing) (at|during|there|in it)\b"
              r"|\bwhat('s| is| will)? ?(going to )?(happen|happening|go on|going on) (at|during|there)\b"
              r"|\bde (que|q) (se )?(trato|trataba|tratara|trataria|va a tratar)\b|\bde (que|q) (fue|iba|va a ir|va a ser|sera)\b"
              r"|\bque (hay|habra|tienen|tenes|teneis|tienes|se tiene|esta|estan|queda|quedo) (planeado|previsto|programado|preparado|pensado|organizado)"
              r"|\bque (se )?(va|van|vamos) a hacer (en|durante|alli|alla|ahi)\b|\bque se hara (en|durante|alli|alla|ahi)\b|\bque (hicieron|se hizo) (en|durante|alli|alla|ahi)\b"
              r"|\b(cual|como) es (el|la) (plan|agenda|programacion|dinamica)\b"
              r"|有(什么|啥|哪些|些什么|咩|乜嘢?)安排|安排(了)?(什么|啥|哪些|些什么|咩|乜)(?!时候|时间|日子|时)|(什么|啥|咩|乜嘢?)安排|安排是(什么|啥|咩)"
              r"|活动(的)?内容|(流程|议程)(是什么|是怎样|怎么样|如何|有哪些|系点|系咩|係點|係咩)|(系|係)咩(嚟|黎|活动|会|會)|搞(咩|乜)嘢|有(咩|乜)搞|是(个)?(什么|啥)来的"
              r"|(무슨|어떤|뭔) ?(행사|자리|모임|이벤트|세션)(였|이었|예요|예여|이에요|인가|인데|입니|이죠|이야|야|이고|고|이노|인교|이냐|냐|인지|이여|여|임)"
              r"|(에서는|서는|에서|서|에선|선|에는|엔|때는|때|땐|날에|날) ?(뭐|뭘|무엇을) ?(해요|해\?|하나요|하는지|했어요|했나요|했대요|할 ?거|한대요|합니까|하노|했노|하니|했니|하냐|했냐|해유|허요|혀)"
              r"|(행사|진행) ?(내용|순서|구성)")),
    ("status", (r"did (it|they|that|the \w+( \w+)?) (happen|take place|go ahead)|\bwas there (ever )?(a|an|one)\b|什么状态|啥状态|状态|상태가|상태는|did (they|you) ever (hold|have|run|do)|\bhubo\b|llego a haber|有没有办过|办过没|열린 ?적|한 ?적 있|\bya (paso|fue|termino|acabo|se hizo)\b|already (over|done|finished|past)|is it over|办完|结束了|结束没|已经过|过了吗|끝났|지났|종료(됐|되었|된)|has it happened|was it (held|cancel)"
               r"|\bhappen(ed)?\b|\bactually (held|took place|take place)|se llego a (hacer|realizar|celebrar)"
               # its status said so ("what's the status of Grandma 2.0?", "¿cuál es el estado de…?")
               r"|\b(the|its|current) status\b|\bstatus (of|on)\b|\b(cual es|como esta) (el|su) estado\b|\bel estado (de|del) (?!mexico|jalisco|nuevo leon)|\ben (que|cual) estado (esta|va|se encuentra)\b"
               # "¿se confirmó que se hizo?" (whether it is still on is its date: DATE_STILL_ON)
               r"|\bse confirmo\b"
               # "was it realised in the end?", "¿al final se realizó?", "결국 열린 거예요 무산된 거예요?"
               r"|\b(realised|realized|went ahead|called off)\b|\bin the end\b|\bal final (se )?(hizo|realizo|celebro|cancelo)|se (realizo|cancelo)\b"
               r"|最后(办|举办|开)(了|成)|办成|取消了吗|결국 (열|진행|개최|했|한 거|하긴 했)|무산|취소(됐|되었)"
               r"|llego a hacerse|\bse hizo\b|实际.{0,3}办|真的办|실제로 (열렸|진행)"
               # "2025년 라틴 영화의 밤은 했어요?": did it take place
               r"|(은|는) (했어요|했나요|했었나요|했습니까|열렸어요|열렸나요)|(열렸|개최됐|진행됐)(나요|어요|습니까)"
               # already held asked ("그 설명회 벌써 했어요?", "이미 한 거예요?", "has it already taken place?",
               # "is it done already?"): whether it has taken place
               r"|(벌써|이미|진작|벌써 다|이미 다) ?(했|한 거|한 건|열렸|열린 거|열린 건|끝났|끝난|끝나 ?버렸|지나|지난 거|진행됐|진행했|진행된 거|개최됐|했었)"
               r"|\b(has|have|had) (it|they|that|this|the \w+( \w+)?) (already )?(taken place|been held|happened|passed|finished|ended)\b"
               r"|\b(is|was) (it|that|this) (already )?(done|over|past|finished) already\b"
               # "it went through?", "後來有辦嗎" (read as Simplified)
               r"|\bwent (through|ahead)\b|后来有?办|有办吗|有没有(举)?办[^法]|有没有举行|办了没|办成了?[吗没]"
               r"|is it (confirmed|still on|happening|cancel)|\bconfirmed\b|\bcancel|\bstill on\b|\bhappened\b"
               # whether a date is fixed: "is that date locked or still tentative?", "¿es fecha firme?"
               r"|\b(locked|locked in|set in stone|tentative|provisional|pencil(l)?ed in)\b|fecha (firme|tentativa|provisional)"
               r"|se (hizo|realizo|llevo a cabo|celebro|cancelo)|esta confirmad|confirmad[oa]|cancelad|sigue en pie"
               r"|\b(go|went|gone) down\b|办咧|열리긴|하긴 (했|함)"  # "did it ever actually go down?"
               r"|办了吗|举办了吗|举行了吗|办过|确定了吗|确定吗|取消|还办吗|举办过吗|열렸|확정|취소|진행됐|진행되었|했나요"
               r"|有冇(搞|办|做|举行)|搞到|搞成|办咗|搞咗|有没有搞|(실제로|정말|진짜) ?(했|열었|열렸|개최)|했나예|했어예|했습니까"
               r"|\b(se )?(hizo|hicieron|llegaron a hacer|realizaron)\b|al final (se )?(hizo|paso|fue)"
               r"|\bfixed\b|set in stone|finali[sz]ed|locked in|official yet|go(ne)? ahead|\bstatus\b|just an idea"
               r"|esta fijad|fecha (fija|definitiva)|es oficial|definitiv|quedo en propuesta"
               r"|定下来|定了吗|定了没|敲定|办成|最后办|办了没|举行了没|정해졌|정해진|결정됐|최종"
               r"|was there (ever|really|actually)|did (you|they) (ever )?(hold|have|run|do) (a|an|one|it)\b|\bhubo\b|alguna vez"
               r"|(올해|금년)(도|에도) ?(해요|하나요|하죠|해|열려요|열리나요|열리죠|있어요|있나요|개최)|今年也(办|举办|开)吗"
               r"|有过吗|有没有办|(?<!무슨 일 )(?<!무슨 일이 )(?<!뭐가 )있었(나요|어요|습니까|어)|열린 적|한 적"
               r"|tentative|provisional|\blocked\b|pencil(l)?ed in|tentativ|provisional|por confirmar|aun no (es )?(seguro|definitiv)"
               r"|暂定|待定|未定|还没定|확정된|확정이|잠정|미정|가확정"
               # "did it happen?" said as briefly as people say it: "했어요?", "개최되었습니까?", "as planned?"
               r"|^\W*([가-힣]+ )?(했어요|했어|했나|했대요|했던가요|열렸어|열렸나)\W*$|개최(됐|되었|했)|예정대로"
               r"|\bas planned\b|\bwent ahead\b|como (estaba )?previsto|如期|按计划|照常"
               r"|\bpaso o no\b|se dio o no|弄成|成了没|成没成|办没办"
               # "was it conducted or not?", "did it actually run?", Cantonese "搞咗未" (read as 搞了未)
               r"|\b(was|were) (it|they|that|this|the \w+( \w+)?) (ever |actually |finally |really )?(conducted|organi[sz]ed|hosted|staged|run)\b"
               r"|\bdid (it|they|that( one)?|this( one)?|the \w+( \w+)?) (ever |actually |finally |really )?(run|go on|come off|take place|happen|go ahead)\b"
               r"|\b(was|were) (ever |actually |finally )?(conducted|held|staged)\b(?! (at|in|on|by|for|with)\b)|\b(conducted|held|happened) or not\b"
               r"|(搞|办|做|举行|举办)了未|(搞|办)(咗|了)?未(呀|啊|呢)?\W*$")),
    # How often an event comes round ("is it every year?", "¿es cada año?", "每年都办吗？", "매년
    # 열리나요?"): its `recurrence`, said yes or no; of other kinds it reads as their date (below)
    ("recurrence", (r"\bevery (year|october|autumn|fall)\b|\b(each|every) year\b|\b(annual|yearly|annually|recurring|one-off|one off)\b|\bhow often\b|\bheld (again|regularly)\b"
                    r"|\b(cada|todos los) anos?\b|\b(anual|anualmente|periodic[oa])\b|\bcada cuanto\b|\bse repite\b|\bse hace (siempre|todos)\b"
                    r"|每年|一年一(次|届|度)|年年|每届|多久(办|举办|举行)一次|(是|会)?定期(举办|举行)|한 ?해에 한 ?번|매년|해마다|정기적으로|얼마나 자주|몇 년마다")),
    # How long an event lasts ("how many days does it last?", "¿cuántos días dura?", "持续几天？",
    # "며칠 동안 하나요?"): from its start and end
    ("duration", (r"\bhow long is (the |that |this )?(\w+[ -]){0,3}(festival|fest|event|ceremony|session|gala|screening|matchmaking|walk-through|open day|casting day|pitch day|film night)\b|\bhow many (days|nights)\b(?! (before|ahead|in advance|early|notice|to|until|till|left|away|from)\b)|\bhow long (does|will|did) (it|the \w+( \w+)?|that|this) (last|run|go on|go for)\b|\b(length|duration) of (the|it|that|this) (event|festival|ceremony|session|fest)\b"
                  r"|\bcuant[oa]s (dias|noches|jornadas)\b(?! (antes|de antelacion|de anticipacion|faltan|quedan|para llegar)\b)|\bcuanto (tiempo )?(dura|duran|duro|durara)\b|\bduracion del (evento|festival|acto|encuentro)\b"
                  r"|(持续|举办|举行|办|开|进行)(了)?(几|多少)天|(几|多少)天的活动|持续多久|(办|开|进行)多久|为期(几|多少)"
                  r"|\bhow many hours (does|did|will) (it|the \w+( \w+)?|that|this) (last|run|go on|take)\b|持续多长时间|(开|办|进行)多长时间|몇 ?시간 ?(동안|이나|짜리)|몇 ?시간 ?(해요|하나요|하죠|해|진행|걸려|걸리|정도)|(要|搞|开|办|进行|持续)?(几耐|幾耐)|(^|[?？，,。!！\s])(那|那么)?(要|需要)?(多久|多长时间)(呀|啊|呢|㗎)?\W*$|(开|办|搞|进行)几(个)?(钟|小时|个钟)|\bcuantas horas (dura|duran|durara|duro|es|son)\b|\bhow many hours (is it|is that|long)\b|며칠 ?(동안|간|이나|짜리)|며칠(을|로)? ?(하|진행|열리|개최)|기간(이|은)? ?(얼마|며칠)|몇 ?일 ?(동안|간)")),
    # ("who are they when they're at home?" is an idiom for "who are they really", no date)
    # "is it still happening?", "¿sigue en pie?": its date, which says whether it is still to come
    # (or, of a proposal gone by, that nothing says it took place)
    ("date", (YEAR_TIME_PATTERN + r"|\bstill (happening|on|going ahead|planned)\b|\bsigue (en pie|vigente|adelante)\b|\bwhen\b(?! (they|he|she|it|you|we)('re|'s| are| is) at home)(?! (a |an |the |our |my |your )?(crew|team|cast|unit|squad|production|we|i|they|people)('re|'m| are| is| am| arrive| arrives| get| gets| come| comes| land| stay| film| shoot| work)\b)|\btimings?\b|what (day|date|time)|which (day|date)|\bdates?\b|how soon|what month"
             r"|(que|cual) dia|哪日|边日|几时|언제쯤|\b(at )?(which|what) hour\b|기간(은|이|이요|이 어떻게)"
             # ("what services do you provide when a crew is there?", "¿qué dan cuando estemos allá?":
             # a time in the question, not a date asked)
             r"|\bcuando\b(?! (estemos|este|esten|estes|lleguemos|llegue|lleguen|vayamos|vaya|vayan|grabemos|filmemos|rodemos|trabajemos)\b)|que (dia|fecha)|\bfechas?\b|\bque hora\b|en que mes|\bque mes(es)?\b(?! (de |del )?(rodaje|grabacion|filmacion)\b)|\b(which|what) months?\b|什么时候|哪天|(?<!电话)(?<!电话是)(?<!号码)(?<!号码是)(?<!手机)(?<!分机)几号|几月|日期|何时|时间是"
             r"|哪一天|哪几天|哪几号|哪些天|啥时候|啥时|几时|什么时间|几点|언제|날짜|며칠|몇 ?월|일정(?! ?파일)|몇 ?시|요일|무슨 날|什么日子|星期几|周几"
             r"|일시(?!적|정지|불)|일자(?!리)|개최일|행사일"  # the formal words: "설명회 일시를 알려 주십시오"
             # a day one can come asked ("is there a day we can come see it?", "¿hay algún día para ir
             # a verlo?", "有可以去看的日子吗", "가서 볼 수 있는 날 있어?"): its date
             r"|\b(a|any|some) day (we|i|you|people) (can|could|may)\b|\b(hay|tienen|habra) (algun|un) dia\b"
             r"|(可以|能)(去|来)\S{0,6}的(日子|时间)|(수 있는|가능한|되는|열리는|여는) 날\b"
             # how often it comes round: "is it every year?", "¿es cada año?", "每年都办吗", "매년 해요?"
             r"|\bevery (year|october|autumn|fall)\b|\b(cada|todos los) anos?\b|每年|매년|해마다"
             r"|\b(in|by|on) [a-z]+( [a-z]+){0,2} time\b|시간으로|시간 ?기준|\bhora (de|en) [a-z]+|(?!多长|多久)[\u4e00-\u9fff]{2}时间")),
    ("country", (r"(which|what) country|\bcountry\b|where (is|are) (it|they|\w+) from|based in|\bmarket\b|\bfrom where\b"
                r"|que pais|\bpais\b|de donde (es|son)|mercado|哪个国家|哪国|哪一国|边国|边个国家|咩国家|国家|来自|哪里的公司|市场"
                r"|어느 나라|(?<![명청당송진한원수요금주])나라|국가|어디 회사|시장"
                r"|\bbased\b|headquarter|\bhq\b|(korean|chinese|spanish|mexican|american|japanese) (or|company|firm|outfit)"
                r"|es (de )?(espana|corea|china|mexico|colombia|estados unidos)\b|empresa (espanola|coreana|china|mexicana)"
                r"|总部|公司在哪|是哪里的|(韩国|中国)公司还是|본사|어디 (기업|업체)|(한국|중국) 회사")),
    ("venue", (r"\b(which|what) (part|area|district|neighbou?rhood) of\b|\ben (que|q|cual) (parte|zona|barrio|lado|distrito) (de|del)\b"
              # "¿en qué parte la arman?", "¿en q lugar lo hacen?": where it is held
              r"|\ben (que|q|cual) (parte|zona|lado|lugar|sitio) (la |lo |los |las |se )?(arman|hacen|hace|organizan|realizan|celebran|montan|es|son|sera)\b"
              # ("外籍演员选角日在什么地方？": where it is held)
              # the spot in a town named first: "主会场设在横店什么地方", "办在东阳哪个位置"
              r"|(设|办|放|定|安排|开|搞)在[^，。？！?!,]{1,8}(什么|啥|哪个|哪一个)(地方|位置|地点)"
              r"|(哪个|哪一个|什么)(区(?!别)|片区|街区|位置)|(哪个|哪一个)(地方|地点|场地)|什么(地点|场地)|(什么|啥)地方(办|举办|举行|开)|在(什么|啥|啥子|哪个|哪一个|哪)地方|哪一带|哪块|어디쯤|어느 ?(쪽|동네|지역|구)(에서|에|예요|인가요|이에요)"
              r"|(亲自|亲身|本人|人要)(去|到|参加|出席|过去|跑一趟)|(去|到)现场|(本人|人|亲自)到场|\b(on|via|over|by|por|en) zoom\b|\ba trip to (china|hengdian)\b|\bwhere\b(?!('?s| is| are) (it|that|this|they)( one| title| show| series| project)? at\b)|\bwhere ?abouts\b|\bvenue\b|상영관|행사장|\b(which|what) city\b|en que ciudad|哪个城市|哪座城市|어느 도시|\badd?ress?\b|location of|\blocated\b|\b(exact|precise) location\b|ubicacion|ubicad|位置|所在地|\bdonde\b|(?<!este )(?<!ese )(?<!aquel )\blugar\b|\bsede\b|direccion|(?<!差)(?<!不同)在哪|(?<!主办方是)(?<!主办是)(?<!主办单位是)(?<!主办方)哪里|地点|地址|(?<!拍摄)(?<!拍戏)(?<!取景)场地(?!出?租|预约|预订)"
              # ("주최는 어디예요?", "主办方是哪里": which company hosts it, not where)
              r"|(?<!주최는 )(?<!주최가 )(?<!주관은 )(?<!주관이 )(?<!주최측은 )(?<!주최 측은 )어디(?!(랑|와|하고|로|에|에게|한테) (얘기|이야기|상의|연락|협의|컨택|문의))|장소|위치|\ben (que|q|cual) (sala|salon|auditorio|recinto)\b|哪个(厅|影厅|会场|场馆)"
              # (an address, not "알려 주소", "보내 주소": "please tell/send me" as Gyeongsang speakers say it)
              # (nor an e-mail's: "전자우편 주소를 알려 주오", "메일 주소")
              r"|(?<!알려 )(?<!알려)(?<!가르쳐 )(?<!가르쳐)(?<!보내 )(?<!보내)(?<!말해 )(?<!말해)(?<!해 )(?<!봐 )(?<!메일 )(?<!메일)(?<!이멜 )(?<!이멜)(?<!우편 )(?<!우편)주소"
              # the hall or building it is in ("which hall or site exactly?", "¿en qué recinto?", "哪个
              # 会议中心", "정확히 어느 홀에서 해요?"; only words our texts already use, so that a cinema
              # or a theatre of someone else's still reads as out of scope)
              r"|\b(which|what) (exact |specific )?(hall|auditorium|theat(er|re)|building|pavilion|cinema|screening room|conference room|convention cent(er|re)|venue)s?\b"
              r"|\b(hall|site|building|room|venue|spot|address)s? (exactly|precisely)\b"
              r"|\b(que|cual) (sala|salon|auditorio|recinto|edificio|sede|pabellon|teatro|cine)\b|\b(sala|salon|recinto|sede|edificio) exact(o|a|amente)\b"
              r"|(哪个|哪一个|哪间|哪座|哪栋|哪家)(馆|楼|会议室|会议中心|会场)|具体在哪"
              r"|어느 ?(홀|건물|상영관|회의실|센터|공연장|행사장)"
              # which of the town's scenic areas it is held in ("在横店哪个景区办", "在哪个园区举行",
              # "헝뎬 어느 관광지에서 해요?", "in which scenic area is it held?")
              r"|在[^，。？！?!,]{0,4}(哪个|哪一个|哪座|什么|啥)(景区|园区|景点|影视基地|基地)|(哪个|哪一个)(景区|园区)(办|举办|举行|开|搞|进行)"
              r"|어느 ?(관광지|테마파크|촬영지|구역|단지|촬영 ?기지)(에서|에|예요|인가요|이에요)"
              r"|\bin (which|what) (scenic area|scenic spot|theme park|studio park|park)\b"
              r"|in person|in-person|\bonline\b|on ?site\b|presencial|en linea|\b(por|via) internet\b|over the internet|virtual o|en persona|线上|线下|边度|喺边"
              # "is it on the internet or do we have to fly in?", "인터넷으로 하니껴?": held online or where (fixS16)
              r"|\bon the (internet|web)\b|\bvia the internet\b|\b(have|need|got) to (fly|travel) (in|over|out|there)\b|인터넷 ?(으로|상으로|상에서)"
              # taking part from afar ("在线参加可以吗", "能远程参会吗", "¿se puede asistir de forma virtual?",
              # "join remotely?", "화상으로 참석"): how the event is held
              r"|(在线|网上|远程|视频|云端?)(参加|参与|出席|参会|观看|听会|连线)|\b(attend|join|participate|take part|watch|follow)( it| in| the \w+)? (remotely|virtually|from home)\b"
              r"|\b(asistir|participar|conectarse|conectarnos|unirse|unirnos|seguirlo|verlo)( \w+)? (de forma|de manera|en forma) (virtual|remota)\b|\b(asistir|participar) (virtualmente|a distancia|remotamente)\b"
              r"|온라인|오프라인|대면|화상으로 (참석|참여|참가)|" + WATCH_FROM_AFAR.pattern +
              # "提案日是网上还是在横店？": online or on site, asked as a choice
              r"|(网上|线上|在线|云上|远程)(办|举办|举行|开|进行)?的?还是|还是(在)?(网上|线上|在线|远程)|(现场|线下)还是(网上|线上)"
              # Cantonese "定" for "or", and flying over to it ("係網上定要飛過去？", "要唔要親身飛過去"):
              # online or on site all the same
              r"|(网上|线上|在线|远程)(办|搞|开)?(嘅|的)?(定系|定係|定|抑或)|(定系|定係|定|抑或)(喺|在)?(网上|线上|现场|現場)"
              r"|(要|需要|得|使唔使|使不使|要唔要|要不要)(亲身|親身|亲自|親自)?(飞|飛)(过去|過去|去|过嚟|過嚟|过来|過來)" +
              # "직접 가야 돼요?", "현장에 가야 하나요?", "줌으로 참여 가능해요?": going there or joining from afar
              r"|직접 (가야|가서|가는|참석해야|방문해야)|현장(에|으로)? ?(가야|가서|참석해야|나가야)|(줌|zoom|원격|비대면)(으로|에서)? ?(참여|참석|참가|접속|들어)")),
    ("role", (r"who is|who'?s\b|who are|what does \w+( \w+)? do|\brole\b|\bposition\b|job title"
             r"|who (handles|deals with|looks after|manages|developed|made|built)|in charge of|which company"
             # whom to reach, in slang ("who do i hit up for that?", "who should we ping?")
             r"|\bwho(m)? (do|should|can|could|would) (i|we|u|you) (hit up|holler at|ping|reach out to|bug|go to)\b"
             # whom the partner would be dealing with ("who would i be talking to there", "¿con quién
             # hablaría yo?"), and that person's name ("¿cómo se llama la persona?"; fixK24)
             r"|\bwho(m)? (would|will|should) (i|we|u) be (talking|speaking|dealing|working) (to|with)\b"
             r"|\bcon quien (hablaria|hablariamos|trataria|tratariamos)\b|\bcomo se llama (la persona|el contacto|la contacto|el encargado|la encargada|el responsable|la responsable)\b"
             # (whom to address or ask for, by another verb: "whom should I address my message to?", "is there a
             # specific person I should ask for?", "¿a quién tengo que dirigirme?"; para25)
             r"|\bwho(m)? (should|do|can|would|shall) (i|we|u) (address|direct) (it|this|my \w+|our \w+|the \w+)( to)?\b"
             r"|\b(specific|particular|named|dedicated) (person|contact|individual)\b.{0,30}\b(ask for|contact|talk to|speak to|write to)\b"
             r"|\ba quien (me|nos) (dirijo|dirigimos)\b|\ba quien (tengo|tenemos|debo|debemos|hay) que dirigir(me|nos|se)?\b"
             r"|quien (lo |la )?(lleva|maneja|atiende|desarrollo|hizo)|encargad[oa]|que empresa"
             # "who takes care of that?", "¿quién se encarga de eso?", "¿quién se ocupa?", "¿quién está a cargo?"
             r"|\bwho('?ll| will)? (takes?|taking) care of\b|\bquien(es)? se (encarga|encargan|ocupa|ocupan)\b|\bquien(es)? (esta|estan) a cargo\b"
             # who sells a title ("¿quién la distribuye?", "who distributes it?", "谁在发行", "어디서 배급해요")
             r"|\bwho (distributes|sells|represents|licenses)\b|\bquien(es)? (la |lo |las |los )?(distribuye|distribuyen|vende|venden|representa|representan|licencia)\b"
             r"|谁(在)?(发行|代理|卖)|(누가|어디서) (배급|유통|판매)"
             # who makes a title ("¿quién la produce?", "누가 제작해요?", "제작사가 어디예요?"): of a
             # title, its co-production stage and team (`FACT_ALIASES`)
             r"|\bquien(es)? (la |lo |las |los )?(produce|producen|esta produciendo|estan produciendo)\b|\bque productora\b|누가 (제작|만들)|제작사(가|는)? ?(어디|누구)"
             # "¿quién ve eso?", "¿quién gestiona eso?": who handles it (Chile, Argentina)
             r"|\bquien(es)? (lo |la |los |las )?(ve|ven|revisa|revisan|gestiona|gestionan|coordina|coordinan|tramita|tramitan)\b( eso| esto| el tema)?"
             r"|谁负责|负责人|哪家公司|哪个公司|谁开发|谁做的|담당자|담당하|어느 회사|누가 개발|개발사"
             r"|quien es|quienes son|que hace|\bcargo\b|\brol\b|是谁|谁是|做什么的|职位|负责什么|什么人|是哪位|是哪一位"
             r"|누구|누군가요|어떤 분|직책|역할|무슨 일을|무슨 일 ?(하|해|맡)"
             r"|who (runs|heads|leads|handles)|in charge|head of|who('s| is) responsible|point of contact"
             r"|quien (dirige|lleva|maneja|atiende)|responsable|a cargo|负责人|谁负责|负责的|主管|담당자|책임자"
             r"|누가 (담당|맡|운영|이끌)"
             # "入盟归哪个管", "这事找哪个部门", "어느 부서에서 맡아요": which team handles it
             r"|归(谁|哪个|哪个部门|哪边)管|谁管|哪个部门(负责|管)|找哪个部门|어느 (부서|팀)(에서|이|가)? ?(담당|맡)"
             # whom to contact about a record: its contact, by role
             r"|\bwho(m)?( exactly| actually| precisely| then)? (should|do|can|could|would|will|shall) (i|we|u) (contact|talk to|talk with|speak to|speak with|ask|deal with|work with|liaise with|go through|get in touch with)\b|\bwho to (contact|talk to|ask|deal with)\b"
             # the person named by what the partner would do with them ("the name of the person I'd be
             # speaking to", "the contact we'd be dealing with"): whom to talk to
             r"|\b(person|contact|rep|representative|one) (that |who |whom )?(i|we)('d| would| will|'ll| should| am| are|'m|'re)?( be)? (talk|talking|speak|speaking|deal|dealing|work|working|liais\w*) (to|with)\b"
             r"|con quien (la |lo |las |los |eso )?(veo|vemos|trato|tratamos|cuadro|cuadramos|hablo|hablamos|me comunico|nos comunicamos|(puedo|podemos|debo|debemos|tengo que|hay que) (hablar|comunicarme|comunicarnos))\b"
             r"|a quien (le )?(contacto|contactamos|pregunto|preguntamos|llamo|llamamos|busco|buscamos)\b"
             r"|找谁|联系谁|问谁|누구(에게|한테|께) (연락|문의)|어디(에|로) (문의|컨택)|" + r"(跟|和|与|同)谁(联系|联络|谈|聊|对接|沟通|商量|协调|接洽|乔)"
             r"|(누구|어디)(랑|와|하고) (얘기|이야기|상의|연락|협의|컨택)"
             r"|\bwho (can|could|would) (give|tell|send|get) (me|us) (that|this|the|those|these|more)( exact)? (info|information|details?|numbers?|figures?|prices?)\b|\bwho (would|might) know\b|\bquien(es)? (me |nos )?(puede|pueden|podria|podrian) (dar|decir|pasar|confirmar|mandar)( esa| esta| la| mas| esos| esos| los)? ?(info|informacion|datos?|precios?|detalles?)\b|\bquien (lo |eso )?sabe\b|谁(能|可以|会)(告诉|提供|给)|谁知道|谁清楚|누가 (알려|알아|알까|알 수)|누구(에게|한테) 물어")),
    ("era", (r"\bera\b|\bera(?=[가-힣])|\bperiod\b|dynast|\bepoch\b|\bepoca exacta\b|\bepoca\b|periodo|dinastia|朝代|年代|时代|哪个朝|시대|왕조"
             r"|\beras\b|\bperiods\b|what century|time period|\bepocas\b|que siglo|哪朝|什么朝|哪个时期|什么时期|代用|代的戏"
             # the periods asked in the plural or as history ("适用于哪些历史时期", "哪几个时期", "历史背景")
             r"|(哪些|哪几个|哪段|哪一段|啥|什么样的) ?(历史)? ?时期|历史(时期|阶段|背景)"
             r"|\b(which|what) centur(y|ies)\b|\bcenturies\b|\bhow far back in (time|history)\b"
             r"|시기|년대")),
    # "tell me about the pitch day, when is it?" asks the date: "tell me about" is the card only
    # when the message names no fact of its own, so it is checked last
    ("about", (r"tell me (more )?about|(cuentame|cuentanos|contame|contanos|contadme|contadnos|cuenteme|cuentenos) (mas |algo )?(de|sobre)\b"
              r"|hablame (de|sobre)|介绍一下|소개해"
              # ("hi，想了解一下你们的 virtual production 设施", "那块 facility 是什么样的，介绍下": wanted to be
              # known, or what it is like; "什么样的景" asks which sets, a kind)
              r"|想(要)?了解(一下|一哈|下)?|介绍(一)?下|(是|长)(个)?(什么|啥)样(的|子)?(?![的]?(景|场景|剧|作品|片|戏|公司|活动))"
              # what a thing is like, wanted to be known ("I want to know about the virtual production
              # facilities", "quiero saber sobre el set", "虚拟制片 facilities 的情况"): its card
              r"|\b(i|we)( want| would like|'d like| wanna) to know (more )?about\b|\b(quiero|queremos|quisiera|me gustaria) saber (mas )?(de|del|sobre)\b"
              r"|的(情况|概况)\W*$|에 대해(서)? ?(알고 싶|궁금)"
              # more of one pointed at: "第三部多讲一哈", "详细说说第二个", "세 번째 거 좀 더 알려주세요", "자세히 말해줘"
              r"|\b(give me|say|share|tell us|a (bit|little)|some|any)( \w+)? more (about|on)\b|\bmore (info|information|details?) (about|on)\b"
              r"|\b(dame|danos|dime|dinos|hablame|cuentame) (un poco )?mas (info |informacion |detalles )?(de|sobre)\b"
              r"|(多|再)(讲|说|介绍)(一下|一哈|一点|点|些|几句)|(详细|具体)(地)?(讲|说|介绍)|(좀 )?더 (알려|말해|설명해|얘기해) ?(줘|주|봐)|자세히 (알려|말해|설명)"
              # what went on at an event: "협약식 때 무슨 일 있었어요?", "签约仪式上发生了什么", "都干了啥"
              r"|무슨 일이? 있었|뭐가 있었|뭘 했|뭐 했|(发生|干|做|搞)了(什么|啥|些什么|些啥)|都(干|做|搞)了?啥|有什么内容"
              r"|\bwhat (went on|happened|took place) (at|during|there)\b|\bque (paso|hubo|se hizo) en\b"
              # and at one to come, asked of the event in focus ("what happens there?", "y q pasa ahí
              # exactamente", "当天有什么安排", "거기서 뭐 해요?"): its description (play34: the whole
              # events list, and what HISDA is)
              r"|\bwhat (happens|goes on|takes place|will happen|is happening|'s happening|do (they|you) do) (there|at it|at that|at the event)\b"
              r"|\b(que|q|k|ke) (pasa|sucede|se hace|hacen|hay|habra|va a haber) (ahi|alli|alla|en el|en la)\b"
              r"|(那里|那边|那兒|那里面|现场|當天|当天)(会|會)?有(什么|什麼|啥|哪些)(内容|內容|安排|环节|環節)")),
)

# Which facts each kind of record has; a fact asked of a kind that lacks it is mapped here first
# ("where" of a set is its address, "status" of a work is its co-production status).
KIND_FACTS: dict[str, tuple[str, ...]] = {
    "event": ("date", "venue", "status", "organisers", "about", "recurrence", "duration"),
    "work": ("episodes", "episode_minutes", "genres", "logline", "languages", "coproduction", "filmed"),
    "partner": ("country", "about"),
    "contact": ("role", "email", "hours", "phone"),
    "location": ("era", "address", "built", "about", "genres", "scene_types"),  # a set's genres: what it suits, with its scenes and period
    "incentive": ("eligibility", "how_to_apply"),
}
FACT_ALIASES: dict[tuple[str, str], str] = {
    ("location", "venue"): "address", ("event", "hours"): "date", ("work", "status"): "coproduction",
    ("event", "address"): "venue", ("work", "date"): "coproduction", ("contact", "date"): "hours",
    ("event", "role"): "organisers",  # "who's behind it?" of an event
    # "who's producing it?", "¿quién la produce?", "谁在制作？", "누가 제작해요?" of a title: the
    # catalog records its co-production stage and the team that handles it (no producer by name)
    ("work", "role"): "coproduction",
    # "what is it about?" of a partner or set is what it is; "做什么的" of a company too (of an
    # event it stays its card: "the talent programme, what is it about?" names a programme)
    ("partner", "logline"): "about", ("location", "logline"): "about",
    # "tell me about Son-in-Law from Seoul", "contadme de la segunda", "介绍一下第二部": of a title,
    # its story first (`facts.answer` puts the rest of its card after it)
    ("work", "about"): "logline",
    ("partner", "role"): "about",
    # "¿dónde tienen la sede?", "where are they based?" of a company: the country it is in
    ("partner", "venue"): "country", ("partner", "address"): "country",
    ("incentive", "lead_time"): "how_to_apply",  # "allow at least four weeks" is in the procedure
    ("location", "eras"): "era",  # the period ids of a set (`eras` in locations.yaml) are told by its `era` text
    ("event", "episode_minutes"): "duration",  # "how long is it?", "¿cuánto dura?" of an event: from its start to its end
    ("event", "location"): "venue",  # an event's `location` field is the set it is held at: its venue says where
    # "are the international sets open yet or still being built?": whether a set is finished
    ("location", "status"): "built",
    # "开了没？", "문 열었어요?", "is it open yet?" of an event: whether it has happened yet (its status)
    ("event", "built"): "status",
    # "who heads International Business, what's the person's name?": a team's `role` fact is told
    # with its named person first (`facts._contact`); a team without one answers with its card
    ("contact", "person"): "role",
}
# Where a work is filmed, asked ("where is it shot?", "¿dónde se rueda?", "在哪拍的", "어디서 촬영해요?"):
# with a "where" (the `venue` fact) the message also asks the `filmed` fact (`understand`), which
# only a work holds; without a word for filming, "where" of a work asks something else
WHERE_FILMED = re.compile(r"\b(shot|shoot|shoots|shooting|filmed|film|films|filming|recorded|location|locations)\b"
                          r"|\b(filma|filman|filmo|filmaron|filmara|rueda|ruedan|rodo|rodaron|rodara|roda|graba|graban"
                          r"|grabo|grabaron|rodaje|filmacion|grabacion|locacion|locaciones)\b"
                          r"|拍|取景|外景|摄制|拍摄地|촬영|로케|찍(?:어|었|나|는|을|으|고|습|죠|지)")

# -- pointing back at the last answer ----------------------------------------------------------
_NUM = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10}
_EN = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
       "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "ninth": 9,
       "tenth": 10, "last": -1}
_ES = {"1ro": 1, "1ra": 1, "1er": 1, "2do": 2, "2da": 2, "3ro": 3, "3ra": 3, "3er": 3, "4to": 4, "4ta": 4,
       "5to": 5, "5ta": 5, "primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3,
       "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6,
       "septimo": 7, "septima": 7, "setimo": 7, "setima": 7, "octavo": 8, "octava": 8, "noveno": 9,
       "novena": 9, "decimo": 10, "decima": 10, "6to": 6, "6ta": 6, "7mo": 7, "7ma": 7, "8vo": 8,
       "8va": 8, "9no": 9, "9na": 9, "10mo": 10, "10ma": 10, "ultimo": -1, "ultima": -1}
_CARDINAL = {word: n for n, words in enumerate((("one", "uno", "una"), ("two", "dos"), ("three", "tres"),
                                                 ("four", "cuatro"), ("five", "cinco"), ("six", "seis"),
                                                 ("seven", "siete"), ("eight", "ocho"), ("nine", "nueve"),
                                                 ("ten", "diez")), 1) for word in words}
_ZH = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_KO = {"첫": 1, "첫째": 1, "두": 2, "둘째": 2, "세": 3, "셋째": 3, "네": 4, "넷째": 4, "다섯": 5,
       "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "열한": 11, "열두": 12,
       "열세": 13, "열네": 14, "열다섯": 15, "스무": 20}
ORDINAL_WORDS = (*_EN, *_ES, "번째", *(k for k in _KO if len(k) > 1))
"""Words for a position in a list, for the vocabulary a message is explained by ("la sexta")."""
_ORDINAL = re.compile(
    r"\b(?P<en>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|ninth|tenth|last)\b"
    # ("7th century China", "the 7th-century court": a period, not a pick from a list)
    r"(?! (time|week|day|month|year|thing|of all|question))(?![- ]centur(y|ies)\b)"
    r"|#\s?(?P<hash>\d{1,2})\b"
    # a bare number, all the message says ("2", "3."): a pick from the numbered list just shown
    r"|^\W*(?P<bare>\d{1,2})\W*$|\b(?:number|numero|no\.?|nº) ?(?P<numword>\d{1,2})(?!\d)(?![a-z])"
    # "number six?", "la número seis", "la dos, ¿de qué trata?": a position said as a count
    # ("the number one studio" is praise)
    r"|\b(?:number|numero) (?P<cardinal>one(?! [a-z])|two|three|four|five|six|seven|eight|nine|ten|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\b"
    r"|\b(?:el|la) (?P<escardinal>dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\b(?! (de|del|dias?|semanas?|meses|anos|personas|horas|y))"
    r"|\b(?P<es>primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|septim[oa]|setim[oa]|octav[oa]|noven[oa]"
    r"|decim[oa]|ultim[oa]|1r[oa]|1er|2d[oa]|3r[oa]|3er|4t[oa]|5t[oa]|6t[oa]|7m[oa]|8v[oa]|9n[oa]|10m[oa])\b"
    r"(?! (vez|semana|dia|mes|ano|pregunta|siglo))"
    r"|\b(?:el|la|the) (?P<the>\d{1,2})\b(?! ?(de|of|月|号|days?|dias?|personas?|people|am|pm|:))"
    # "倒数第二个", "끝에서 두 번째": counted from the end of the list (a negative position)
    r"|倒数第 ?(?P<zhback>[一二两三四五六七八九十]{1,3}|\d{1,2})"
    r"|(?:뒤|끝|밑)에서 ?(?:(?P<koback>첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열) ?번 ?째|(?P<kobackdigit>\d{1,2}) ?번 ?째)"
    + r"|第 ?(?P<zh>[一二两三四五六七八九十]{1,3}|\d{1,2}) ?(?:个|部|项|条|家|场|位|名|部剧|个活动)?"
    # "4号那部", "三号那个", "2号作品": a number in the list (not "12月4号那场", a date)
    r"|(?<![月\d.])(?P<zhhao>[一二两三四五六七八九十]{1,3}|\d{1,2}) ?号 ?(?=[那这]?(?:个|部|家|项|场|位|条|款|作品|剧|片|景|公司))"
    r"|(?P<zhlast>(?:最后|倒数第)(?:[那这]一?|一)?(?:个|部|项|家|场|位|条|款))"
    r"|(?P<ko>첫|열한|열두|열세|열네|열다섯|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무) ?번째|(?P<ko2>첫째|둘째|셋째|넷째)|(?P<kon>\d{1,2}) ?번(?!째)(?! ?[0-9])"
    # "2번째꺼 몇부작?", "3 번째 거", "11번째": the position in digits
    r"|(?P<kodigit>\d{1,2}) ?번 ?째"
    r"|(?P<kolast>마지막|맨 ?(?:끝|뒤|밑)(?=[에의]? ?(?:거|것|꺼|건|곳|데|작품|세트|행사|회사)))|(?P<top>\b(at the top|top one|the top)\b|primero de arriba|最上面|맨 위)")


LASTLY = re.compile(r"^\W*(ok(ay)?\W+|and\W+|y\W+)?(lastly|finally|last (thing|question|one)(?= ?[:,-])|one (last|more) (thing|question)"
                    r"|(una )?ultima( cosa| pregunta| consulta)?(?= ?[:,])|por ultimo|para terminar|finalmente"
                    r"|最后(一个问题|问一下|一个|一句)?(?=[，,：:])|最后问一下|마지막으로|끝으로|마지막 질문)\W*")
"""A last question announced ("lastly:", "ultima, …", "最后，…", "마지막으로 …"): no "last one" of a list."""


def ordinal(text: str) -> int | None:
    """1-based position named in the message ("the second one", "#2", "第二个", "두 번째"), -1 for
    "the last one", None if none. "第三个" counts, "三个一" (the Three Ones programme) does not, nor
    "first" in "what's coming up first?" (`NEXT_ONE`)."""
    folded = LASTLY.sub(" ", fold(text))  # "ultima, cuantos titulos…", "마지막으로 …": the last question
    m = _ORDINAL.search(folded)
    if not m:
        return None
    coming = NEXT_ONE.search(folded)
    if coming and coming.start() <= m.start() < coming.end():
        return None  # "what's coming up first?": the next event, no pick from a list
    if _OWN_NTH_AFTER.match(folded[m.end():]) or _OWN_NTH_BEFORE.search(folded[:m.start()]):
        # "planning a second shoot", "un segundo rodaje", "这次想回去拍第二部", "두 번째 촬영 가려는데":
        # the partner's own second production, no pick from a list (fixO18)
        m = _ORDINAL.search(folded, m.end())
        if not m:
            return None
    if _FIRST_ADVERB.match(folded[m.end():]) and m.group(0) in ("first", "primero") \
            and folded[:m.start()].strip(" ,.") and not _FIRST_AS_ITEM.search(folded[:m.start()]):
        # "can we come for a recce first?", "¿podemos ir a ver los sets primero?": beforehand, no
        # pick from a list ("the first?", "¿y el primero?" are one)
        m = _ORDINAL.search(folded, m.end())
        if not m:
            return None
    if _DENIED_BEFORE.search(folded[:m.start()]) or _DENIED_AFTER.match(folded[m.end():]):
        affirmed = _ORDINAL.search(folded, m.end())  # "다섯 번째 말고 여섯 번째요": the one meant
        if affirmed:
            m = affirmed
    return _position(m)


# "First" / "primero" closing what is asked, an adverb ("visit the sets first?", "ir a verlos
# primero, ¿se puede?"), unless a determiner makes it an item ("the first", "el primero", "that first one")
_FIRST_ADVERB = re.compile(r"\s*([?.!]+\s*)?$|\s*[,;]|\s+(before|then|and|so|if|though|please|pls|antes|y|si|por favor|porfa)\b")
_FIRST_AS_ITEM = re.compile(r"\b(the|that|this|my|our|your|its|and|about|is|el|la|lo|al|del|ese|esa|este|esta|y|es)\s*$")


# The partner's own next production counted ("a second shoot", "our third season", "un segundo rodaje",
# "la segunda temporada", "拍第二部", "第二次来拍", "두 번째 촬영"): no position in a list
_OWN_NTH_AFTER = re.compile(r"\s*(-|\s)?(shoot|shooting|production|season|project|film|movie|visit|trip|time here|round of shooting)\b"
                            r"|\s*(rodaje|produccion|temporada|proyecto|pelicula|viaje|visita)\b"
                            r"|\s*(次(来|去|拍|到)|季)|\s*(?:번째)?\s*(촬영|방문|시즌|프로젝트)")
_OWN_NTH_BEFORE = re.compile(r"(拍|拍摄|制作|来拍|去拍|回去拍|再拍)\s*$")


# The partner's return to shoot here again ("we want to come back for a second shoot", "queremos volver
# para un segundo rodaje", "第二次去拍", "두 번째 촬영"), and the support asked of it ("do the incentives
# apply again?", "¿aplica el incentivo?", "还能享受吗", "인센티브 받을 수 있나요"): what the incentives
# say of a return shoot (fixP19)
# ("a new / next production" is any project, not a return: "updates on new production incentives")
RETURN_SHOOT = re.compile(r"\b(second|another|return|repeat) (shoot|shooting|production|round of shooting)\b"
                          r"|\bcome back (here |there )?(to (shoot|film)|for (a |an |another |our )?(second |next |new )?(shoot|production))"
                          r"|\b(shoot|film) (here |there |with you )?again\b"
                          r"|\b(segundo|otro) rodaje\b|\bvolver (a|para) (rodar|grabar|filmar|un segundo|otro|un nuevo)\b"
                          r"|\b(rodar|grabar|filmar) (de nuevo|otra vez)\b"
                          r"|第二次(去|来|到)?(横店)?(拍|拍摄|来|去)|(再|又)(去|来)(横店)?拍|回(去|来)(横店)?拍|二次(拍摄|来拍)|再次(来|去)?(横店)?拍"
                          r"|두 ?번째 (촬영|방문)|다시 (촬영|찍|와서 찍|가서 찍)|재방문 촬영|또 (촬영|찍)")
RETURN_SUPPORT = re.compile(r"\bincentiv\w*|\b(discounts?|benefits?|perks?|support|rebates?)\b|\b(apply|qualify|count) (again|too|as well)\b"
                            r"|\bincentiv\w*|\b(apoyos?|descuentos?|beneficios?|ventajas?|rebajas?)\b|\b(aplica|aplican|vale|valen) (de nuevo|otra vez|tambien)\b"
                            r"|享受|优惠|扶持|补贴|政策|减免|福利|인센티브|혜택|지원|할인")


# A position taken back for another in the same message ("not the fifth, the sixth", "no el quinto,
# el sexto", "不是第五个，是第六个", "다섯 번째 말고 여섯 번째요"): the one said last is meant.
_DENIED_BEFORE = re.compile(r"(\bnot|\bno|不是|不要)\s*(the|el|la|lo)?\s*$")
_DENIED_AFTER = re.compile(r"\s*(거|것|꺼|작품|행사)?\s*(말고|아니고|아니라)")


def _zh_number(value: str) -> int:
    """"三" 3, "十一" 11, "二十四" 24: a position written in Chinese numerals (up to 99)."""
    tens, _, ones = value.partition("十")
    if "十" not in value:
        return _ZH.get(value[-1], 1)
    return (_ZH.get(tens, 1) if tens else 1) * 10 + (_ZH.get(ones, 0) if ones else 0)


def _position(m: re.Match[str]) -> int:
    """The position one `_ORDINAL` match says."""
    for group, table in (("en", _EN), ("es", _ES), ("ko", _KO), ("ko2", _KO)):
        if m.group(group):
            return table[m.group(group)]
    for group in ("cardinal", "escardinal"):
        if m.group(group):
            return _CARDINAL[m.group(group)]
    for group in ("hash", "bare", "numword", "the", "kon", "kodigit"):
        if m.group(group):
            return int(m.group(group))
    for group in ("zh", "zhhao"):
        if m.group(group):
            value = m.group(group)
            return int(value) if value.isdigit() else _zh_number(value)
    if m.group("zhback"):  # "倒数第二个": the second from the end
        value = m.group("zhback")
        return -(int(value) if value.isdigit() else _zh_number(value))
    if m.group("koback") or m.group("kobackdigit"):  # "뒤에서 두 번째"
        return -(_KO[m.group("koback")] if m.group("koback") else int(m.group("kobackdigit")))
    if m.group("top"):
        return 1
    return -1  # zhlast, kolast


# A position said relative to the item in focus: "the one after that", "el de después", "后面那个",
# "그 다음 거" (+1); "the one before it", "el anterior", "前一个", "이전 거" (-1). `_AFTER`/`_BEFORE`
# say it whatever the focus; `_NEXT_ITEM` ("the next one", "下一个", "다음 거") is also the next
# *event*, so it moves along the list only when an item of it is in focus.
_AFTER = re.compile(
    r"\b(the )?one (right |just |straight )?after (that|this|it)\b"
    r"|(?<!look )(?<!looks )(?<!looking )(?<!looked )\bafter (that|this) one\b"  # "who looks after that one?" asks who"
    r"|\bthe (show|series|title|drama|event|set|company|partner|work) (right |just )?after (that|this|it)\b"
    r"|\bthe following one\b|\bthe one (below|underneath)( (it|that))?\b"
    r"|\b(el|la) (que (le )?sigue|de despues|que viene despues)\b"
    r"|\b(siguiente|el|la|uno|una) (despues de|tras) (ese|esa|este|esta)\b"
    r"|后面(的)?那|后面一|后一(个|部|场|家|项)|再下一|之后(的)?那|下面(的)?那|下面一(个|部)"
    r"|그 ?다음|그 ?뒤(에)? ?(있는 )?(거|것|꺼|건|작품|행사|회사|세트)")
_BEFORE = re.compile(
    r"\b(the )?one (right |just )?before (that|this|it)\b|\bthe previous one\b|\bthe one above( (it|that))?\b"
    r"|\b(el|la) (anterior|de antes)\b"
    r"|前面(的)?那|前一(个|部|场|家|项)|上一(个|部|场|家|项)|上面(的)?那"
    r"|그 ?(앞|전)(에)? ?(있는 )?(거|것|꺼|건|작품|행사)|이전 ?(거|것|꺼|건|작품|행사)|앞에 ?(있는 )?(거|것|꺼|건)")
# (an event noun after it, "下一个活动", "下一场展会", "la siguiente feria", is the next event in time,
# never the next item of a title or set list: `_NEXT_EVENT_NOUN`)
_NEXT_EVENT_NOUN = (r"(活动|活動|展|会|會|节|節|论坛|論壇|路演|说明会|招募|峰会|市场|市場|大会|沙龙|講座|讲座|放映|见面|見面|对接|對接|洽谈|洽談|行程|日程"
                    r"|evento|feria|festival|encuentro|foro|sesion|actividad|convocatoria|jornada|charla|mercado|muestra|proyeccion|taller|reunion)")
_NEXT_ITEM = re.compile(r"\b(the )?next one\b|^\W*(and )?(the )?next\W*$|\b(el|la) siguiente\W*$"
                        r"|\b(el|la) siguiente\b(?! (semana|mes|ano|paso|dia|" + _NEXT_EVENT_NOUN + r"))"
                        r"|下一(个|個|部|场|場|家|项|項)(?!" + _NEXT_EVENT_NOUN + r")|다음 ?(거|것|꺼|건)")


def next_item(text: str) -> bool:
    """"The next one", "下一个", "다음 거" said: with an item of a list in focus, the one after it
    (`relative_position`); after a list of events with none open, the first one coming."""
    return _NEXT_ITEM.search(fold(text)) is not None


def relative_position(text: str, focus_index: int | None) -> int | None:
    """The 1-based list position a message names relative to the item in focus (`focus_index`,
    1-based, None when no item of the list is in focus): "the one after that" is the item after
    the focus, or the second when none is in focus (the list's first came before it); "the one
    before it" needs a focus; "the next one" moves along the list only from a focus. None when the
    message names no relative position."""
    folded = fold(text)
    if _AFTER.search(folded):
        return (focus_index or 1) + 1
    if _BEFORE.search(folded):
        return focus_index - 1 if focus_index and focus_index > 1 else None
    if focus_index and _NEXT_ITEM.search(folded):
        return focus_index + 1
    return None


_REFERENCE = re.compile(
    r"\b(that|this|the same|the) (one|show|series|drama|title|work|event|set|company|partner|festival|night)\b"
    r"|\b(about|of|for|does|is|was|did|has|would|will|could|should) (it|that|this|them)\b|\b(it|that|this|them)\s*\W*$"
    r"|\b(where|when|what time|how long) (it|that|this) (will|would|is|was|gonna|is going to)\b"  # "where it will be, online or...?"
    r"|\b(reach|contact|call|email|write to|message|ask|meet|ring|phone|get hold of) (him|her|his|their)\b"
    r"|\b(la|lo|le) (contacto|contactamos|llamo|llamamos|escribo|escribimos|ubico|localizo)\b"
    r"|\b(contactar|llamar|escribir|ubicar|localizar)(la|lo|le)\b|(联系|找|打给|写信给|发邮件给)(她|他)|그분|그 분|그 사람"
    r"|\bfor the same\W*$|\b(ese|esa|este|esta|eso|esto|el mismo|la misma)\b(?! (ano|mes|semana|fin de semana|finde|trimestre|semestre|verano|invierno|otono|primavera|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b)|\b(sobre|de) (el|ella)\b|\b(en|con|para|por) ellas?\b"
    r"|\b(are|were|do|did|have|has|can|will) they\b|\bthey('re| are)\b|\b(ahi|alli|alla)\b"
    # West African pidgin "am" is "it" after a verb ("where they holding am?", "make I book am"),
    # not "I am"
    r"|\b(?!(i|who|what|where|how|when|which|that|so|yes|no)\b)[a-z]+(ing|ed)? am\W*$"
    r"|那个|这个(?!月|星期|礼拜|周末|季度)|那部|这部|它|这场|那场|这里|这儿|那里|那儿|여기|이곳|这家|那家|该剧|该活动|他们|她们|这事|那事|这件事|那件事|此事|그거|그건|그걸|그것|이거|이건|그 작품|이 작품|그 행사|그 회사|거기|그곳"
    # "이 드라마 스페인어 버전도 있어요?", "그 시리즈는 몇 부작이에요?": the title talked about
    r"|(?<![가-힣])(이|그|저) (드라마|시리즈|숏드라마)(?![가-힣]{0,2} ?(중|들|같은|처럼|말고))"
    r"|그 드라마|그 세트|해당 (행사|작품|세트|회사|프로그램|드라마|혜택|지원|제도|인센티브)|(그|이) 혜택|말씀하신|방금 (그|그거|말한)|앞서 (말씀|소개)"
    r"|佢|嗰个|嗰部|嗰场|呢个|呢部|\b(aquel|aquella|dicho|dicha)\b")


# Words around a bare pointer that ask nothing more: "and that one?", "ese, porfa", "那个吧", "그거요".
_POINTER_FILLER = re.compile(r"\b(and|ok|okay|so|then|please|pls|y|entonces|pues|vale|porfa|por favor)\b"
                             r"|呢|吧|就|嗯|要|요")


def only_reference(text: str) -> bool:
    """The message is a pointer and nothing else ("that one?", "ese", "那个", "그거"): which one it
    points at is not said, so right after a list it asks to be shown the list's items to pick."""
    folded = fold(text)
    if not _REFERENCE.search(folded):
        return False
    rest = _POINTER_FILLER.sub(" ", _REFERENCE.sub(" ", folded))
    return not any(ch.isalnum() for ch in rest)


# "We have foreign actors, can they get cast?", "tenemos actores extranjeros, ¿pueden ellos…?",
# "我们有外国演员，他们能…": "they" points at the partner's own people just named, not back.
_OWN_PEOPLE = re.compile(r"\b(we|i)('ve| have| got|'ve got| bring| are bringing| work with)\b|\bour \w+"
                         r"|\b(tenemos|traemos|trabajamos con|nuestr[oa]s)\b|我们有|我们的|我们这边的?|저희 ?(쪽|팀|회사)?")
# The partner's own story named ("we have a Tang dynasty story", "our script", "tenemos una historia",
# "我们有个剧本", "저희 작품"): "it" after it is that story (`refers_back`)
_OWN_STORY = re.compile(r"\b(we|i)('ve| have| got|'ve got| also have| are (making|writing|developing|shooting|doing))\b.{0,40}\b(story|stories|script|drama|project|series|show|film|movie)\b"
                        r"|\bour (\w+ ){0,3}(story|script|drama|project|series|show|film|movie)\b"
                        r"|\b(tenemos|estamos con|hacemos) (una?|otr[oa]) .{0,30}\b(historia|guion|serie|proyecto|drama|pelicula)\b|\bnuestr[oa] (historia|guion|serie|proyecto|drama|pelicula)\b")
_IT = re.compile(r"\bit\b|\b(la|lo)\b")
# A pointer that is what thanks are for ("appreciate it", "thanks for that", "cheers for this"):
# matched on the folded text up to the pointer's end.
_THANKED_FOR = re.compile(r"(\b(appreciate|appreciated|thanks? (you )?for|cheers for|ta for|grateful for|love) (it|that|this)"
                          r"|\b(gracias|agradecid[oa]s?) (por|con) (eso|esto)|\b(te|se|les) (lo|la) agradezco"
                          r"|(谢谢|感谢|多谢|謝謝|感謝|多謝)(你|您)?(的)?(这个|这些|那个|這個|這些|那個))\s*$")
# ... or, in Korean and Chinese, the pointer they are said after ("그거 감사해요", "이거 도움 됐어요")
_THANKS_AFTER = re.compile(r"(그거|이거|그것|이것|그건|이건)\s*(정말 |너무 |진짜 |완전 )?(감사|고마워|고맙|도움|유용)")
_THEY = re.compile(r"\b(are|were|do|did|have|has|can|will) they\b|\bthey('re| are)\b|\b(ellos|ellas)\b|他们|她们")


# "Tell me about them", "cuéntame de ellos", "介绍一下这几家", "그것들 소개해 주세요": every item of the
# list just shown, not one of them (matched on folded text).
ALL_OF_THEM = re.compile(r"\b(them|those|these|all of them|each (one|of them)|the lot)\b"
                         r"|\b(ellos|ellas|esos|esas|estos|estas|cada un[oa]|tod[oa]s)\b"
                         r"|它们|他们|她们|这些|那些|这几(个|部|家|处|场)|那几(个|部|家|处|场)|每(一)?(个|部|家)|分别"
                         r"|그것들|이것들|그 (작품|세트|회사|행사|곳)들|각각|하나씩|전부 다")


# Every one of the items just listed ("all of them", "every one", "todos", "都", "全部", "전부", "모두"):
# an action asked for each (a reminder for every event listed), not for one
EVERY_ONE = re.compile(r"\b(all|every one|everyone|each one|each of them|the lot|both)\b|\btod[oa]s\b|\bcada un[oa]\b|\bambos\b|\bambas\b"
                       r"|都|全部|所有|每(一)?(个|场)|两个|전부|모두|다 (켜|해|알려|걸어|설정)|둘 ?다|각각")
# Switching something on ("turn on", "activa", "打开", "켜 주세요"), said of what the last answer offered
SWITCH_ON = re.compile(r"\b(turn|switch|set) (\w+ )*on\b|\b(enable|activate)\b|\bactiv(a|alos|alas|ame|en|enlos|elos)\b|\bpon(los|las|me|nos)?\b"
                       r"|\bprend(e|elos|elas)\b|打开|开启|開啟|开一下|设置|設定|켜|설정|걸어")


def only_every_one(text: str) -> bool:
    """The message says "all of them" and nothing else ("all of them", "todos", "都要", "전부요")."""
    rest = EVERY_ONE.sub(" ", fold(to_simplified(text or "")[0]))
    return not re.sub(r"\b(of|them|please|pls|los|las|de|por favor|porfa|y|and|要|吧|的|요|이요|주세요|ok|vale|si|yes)\b|[\W_]", "", rest)


# A plural pointer at the items just listed, with a fact or a value asked of them: "do those sets
# all have...?", "are these in Spanish?", "¿esos sets tienen…?", "¿esas series…?", "这些景都能…",
# "那几部都是…", "그 세트들 다 야외예요?", "그것들 전부…" (matched on folded text): all of them,
# not one. ("Tell me about them" is `ALL_OF_THEM`; a singular "that one" is a reference.)
PLURAL_POINTER = re.compile(
    r"\b(those|these) (\w+ )?(sets|locations|places|dramas|series|shows|titles|events|ones|partners|companies)\b"
    r"|\b(do|are|were|can|have|did|will) (those|these|they)( \w+)? all\b|\b(all|each) of (those|these|them)\b|\b(those|these) all\b"
    r"|\b(esos|esas|estos|estas) (\w+ )?(sets|locaciones|lugares|series|dramas|microdramas|titulos|eventos|socios|empresas)\b"
    r"|\b(todos|todas) (esos|esas|estos|estas|ellos|ellas)\b|\b(esos|esas|estos|estas|ellos|ellas) (todos|todas)\b"
    r"|(这些|那些|这几|那几)(个|部|家|处|场)?(景|景点|场景|基地|剧|作品|片|活动|公司)?(都|全都|全部|分别|各自)"
    r"|(这些|那些|这几|那几)(个|部|家|处|场)?(景|景点|场景|基地|剧|作品|片子|活动|公司)"
    r"|그 (작품|세트|회사|행사|곳|드라마|세트장)들|그것들|이것들|(그|이) (작품|세트|회사|행사|곳|드라마|세트장)(들)? ?(다|모두|전부)")


def asks_of_all(text: str) -> bool:
    """The message points at all the items just listed ("tell me about them"; see `ALL_OF_THEM`)."""
    return ALL_OF_THEM.search(fold(text)) is not None


def refers_back(text: str) -> bool:
    """The message points at something already said ("that one", "ese", "那个", "그거"); "they"
    after the partner's own people named in the same message points at those (no reference)."""
    folded = fold(text)
    found = [m for m in _REFERENCE.finditer(folded)]
    if not found:
        return False
    if all(_PLACE.fullmatch(m.group()) or _SITUATION.match(folded, m.start()) for m in found) and _CAST_OR_CREW.search(folded):
        # "¿allí dan papeles a actores extranjeros?": there is Hengdian, not the event in focus;
        # "our cast is Nigerian, is that common there?": "that" is the message's own cast
        return False
    return any(not (_THEY.fullmatch(m.group()) and _OWN_PEOPLE.search(folded[:m.start()])
                    # "sharp, appreciate it", "thanks for that": what is thanked for, nothing asked of it
                    or _THANKED_FOR.search(folded[:m.end()]) or _THANKS_AFTER.match(folded, m.start())
                    # "we also have one Tang dynasty story, where can we shoot it?": "it" is the story
                    # the message itself just named
                    or _IT.search(m.group()) and _OWN_STORY.search(folded[:m.start()])) for m in found)


# "Is that common?", "¿eso es normal?", "这正常吗", "그게 흔한가요": a judgement asked of the situation the
# message itself describes (matched at a pointer), not of a record said before.
_SITUATION = re.compile(
    r"(\b(is|was|would|will|isn't) )?(that|it|this)( be| is| look| looks| seem| seems| feel| sound)? (really |very |so |too |kind of |a bit )?(common|normal|usual|unusual|typical|rare|strange|weird|odd"
    r"|a problem|an issue|ok|okay|fine|accepted|frowned upon)\b"
    r"|(\b(es|seria|sera|resulta) )?(eso|esto|ese|esa) (es |seria |sera |resulta )?(muy |tan )?(comun|normal|raro|rara|extrano|extrana|habitual|frecuente|un problema)\b"
    r"|(这|那)(样|个)?(很|算|会)?(正常|常见|奇怪|普遍|少见|有问题)|(그게|그건|이게|이건|거기서) (좀 )?(흔|이상|일반적|보통|드물|괜찮|문제)")


# "There" said of a place ("do they cast foreigners over there?", "¿allí dan papeles…?", "거기 외국
# 배우들도 쓰니껴?") beside actors or crews: the studios, whatever event is in focus.
_PLACE = re.compile(r"\b(ahi|alli|alla)\b|这里|这儿|那里|那儿|여기|이곳|거기|그곳")
def points_at_place(text: str) -> bool:
    """Every pointer of the message is a place ("allá", "那里", "거기"): a title or a company in
    focus is not where "there" is, the studios are ("¿y allá le meten IA?" after a title)."""
    found = list(_REFERENCE.finditer(fold(text)))
    return bool(found) and all(_PLACE.fullmatch(m.group()) for m in found)


_CAST_OR_CREW = re.compile(r"\b(actors?|actress(es)?|performers?|cast(ing)?|actores|actrices|interpretes|papeles|elenco|reparto)\b"
                           r"|演员|选角|角色|배우|캐스팅|배역|출연")


_SAME_FOR = re.compile(r"\b(the )?same (for|with|about)\b|what about\b|how about\b|\band (for|in)\b"
                       r"|lo mismo (para|con|de)|^\W*y (para|en|de)\b|igual (para|con)|那么?.{0,6}呢|.{1,8}的呢\W*$|同样|一样的"
                       r"|的也|(것|거|꺼)도 |똑같이|마찬가지|는요\W*$|은요\W*$|도요\W*$|(는|은) (어떻(습니까|나요|던가요|어요|지요|죠)|어때요?|어떤가요)\W*$"
                       # "and the open day?", "y la noche de cine 2027?": a short "and X?" asks X the same
                       r"|^\W*and (the |your )?[\w' -]{2,40}\?\W*$|^\W*y (el|la|los|las|lo del?) [\w -]{2,40}\?\W*$"
                       # a place or thing alone with the particle ("日本呢？", "韩国市场呢", "일본은?"): the same, for it
                       r"|^\W*\w{1,8}[呢嘞]\W*$|^\W*[가-힣]{1,8}(은|는)\W*\?\W*$"
                       # "韩国那边也一样", "韩国嗰边都一样": the place named, then "the same" that ends it
                       r"|^\W*[\u4e00-\u9fff\U00020000-\U0002a6df]{1,8}(也|都)(一样|一樣|照旧|照舊)(吧|啊|哈|啦|喇)?\W*$")


# A new question announced ("by the way", "otra cosa", "另外", "그건 그렇고"): whatever is in
# focus, the message is about what it names. `NEW_TOPIC_WEAK` ("그럼", "那", "then", "entonces")
# announces one only when the message names a subject of its own (`Router` decides).
NEW_TOPIC = re.compile(r"^\W*((ok|okay|right|great|thanks|cool)\W*)*(by the way|btw|another question|a different question|one more thing|on another note"
                       r"|changing (the )?subject|separately|unrelated( question)?|different topic)\b"
                       r"|^\W*((ok|vale|bueno|gracias|listo|perfecto)\W*)*(otra cosa|otra pregunta|por cierto|cambiando de tema|aparte de eso|una consulta mas|otro tema)\b"
                       r"|^\W*((好的?|嗯|行|ok|谢谢)\W*)*(另外|另|此外|顺便问?一?下?|順便問?一?下?|还有个问题|還有個問題|换个话题|換個話題|对了|對了|再问一下|再問一下)"
                       r"|^\W*((ㅇㅋ|ᄋᄏ|오키|오케이|네|넵|예|응|알겠어요|알겠습니다|감사합니다|고마워요|좋아요)\W*)*(그건 그렇고|그나저나|다른 질문|다른 얘기|다른 이야기|아 참|참고로 하나 더|하나 더 물어|또 하나)")
NEW_TOPIC_WEAK = re.compile(r"^\W*((ok|okay|right|vale|bueno|好的?|嗯|ㅇㅋ|ᄋᄏ|오키|오케이|네|넵|예|응|알겠어요|알겠습니다)\W*)*"
                            r"(then|so|entonces|那|那么|那麼|그럼|그러면|근데)\b")


def new_topic(text: str, weak: bool = False) -> bool:
    """The message opens with a new question's signal ("by the way", "另外"); `weak` also counts
    "그럼", "那", "then"."""
    folded = fold(text)
    return NEW_TOPIC.search(folded) is not None or (weak and NEW_TOPIC_WEAK.search(folded) is not None)


# "Do the same" of an action just done, for another thing named ("same for the Latin Film Night",
# "that one too", "lo mismo con la noche de cine", "韩国那场也一样", "라틴 영화의 밤도 똑같이"):
# the action repeated (`Router.repeated_action`), not a card of what is named
_SAME_AGAIN = re.compile(r"\b(the )?same (for|with|thing)\b|\bdo the same\b|\b(one|that|this) (too|as well)\b|\b(too|as well)\W*$"
                         r"|\b(also|too) for\b|\blo mismo\b|\bigual (para|con|que)\b|\b(tambien|igualmente) (para|con|la|el|los|las|esa?|ese)\b"
                         r"|\btambien\W*$|也一样|也一樣|也是一样|一样(帮|幫|处理|處理|加|设|設|弄)|同样|照样|照樣|也(帮|幫|加|设|設|要|来|來|提醒|发|發|给|給|弄|订|訂|存|放)"
                         r"|똑같이|마찬가지로|도 (부탁|해\s?주|해줘|추가|걸어|설정|보내)")


def same_again(text: str) -> bool:
    """The message asks the action just done again, for what it names ("same for X", "X也一样")."""
    return _SAME_AGAIN.search(fold(text)) is not None


def same_for(text: str) -> bool:
    """"The same for Korea", "¿y para México?", "韩国的呢？", "한국은요?"."""
    return _SAME_FOR.search(fold(text)) is not None


# A message that takes up the last question and only names what it is now about: "and the open
# day?", "eh yung open day naman?", "¿y el del open day?", "ta, y el encuentro con Corea?",
# "那选角日喃？", "캐스팅 데이는?", "그럼 한국 행사는".
_ELLIPSIS = re.compile(r"^\W*(and|so|ok|okay|eh|then|also|plus)\b|^\W*(what|how) about\b|\bnaman\b|\b(the )?same\b"
                       r"|^\W*(y|e|entonces|ok|va|ta|dale|bueno|vale|listo)\b|^\W*(que tal|y que hay de)\b|lo mismo"
                       r"|^\W*(那|还有|再问下?|换成)|[呢喃嘞咧]\W*$|^\W*(그럼|그리고|그러면|아 그럼|참)|(는|은|도)요?\W*$"
                       # "오픈 데이는 어떻습니까?", "캐스팅 데이는 어때요?": the formal "and X?"
                       r"|(는|은|도) (어떻(습니까|나요|던가요|어요|지요|죠|게 됩니까|게 되나요)|어때요?|어떤가요|어떠세요|어떨까요)\W*$")


def elliptical(text: str) -> bool:
    """The message reads as "and X?": the last question asked again of X."""
    return _ELLIPSIS.search(fold(text)) is not None


# -- switching the language -------------------------------------------------------------------
# ("回到中文吧" goes back to one as "换回中文" does)
_LANG_REQUEST: dict[Lang, str] = {
    "en": r"\b(say|write|put|repeat|send|give|tell)( (it|that|this|that one|this one|am|dat one|dis one|the answer|everything))?( (again|too|also|pls|please))? for (english)\b(?! (speak|market|audience|version|countr|subtit|dub))|\b(pasa|pasalo|pasamelo|pasanoslo|dilo|dimelo|decilo|decimelo|ponlo|ponmelo|escribelo|escribemelo|traducelo|traducemelo|mandalo|mandamelo|repitelo|repitemelo|cambialo|cambiamelo)( (ahora|porfa|por favor|otra vez))? (para|pa|a) (el )?(ingles)\b|(转|换|改|翻|译)做英[文语]|영어 ?버전으로 ?(좀 )?(다시|한 ?번 ?더)|\b(in|into|to) english\b|\benglish,? please\b|\b(en|al) ingles\b|(?:(?:换|改|切|转)回|回到)英[文语]|用英[文语]|英文(回答|回复|说)|继续(用|说|讲)?英[文语]|영어로"
          r"|[发传给来][一份个下遍次]{0,3}英[文语]|(翻译?|译|换|改|转)成英[文语](?![的版])"
          # the answer's English version asked to be sent: "英文版发一下", "영문으로 보내주세요",
          # "영문 버전으로도 주실 수 있나요", "English version please" ("有英文版吗" asks a title's versions)
          r"|英[文语]版(本)?的?\s*(再)?(发|传|给|来一)|영문(으로| ?버전으로)도? ?(좀 |다시 )?(보내|주세요|주실|주시|부탁)|영문으로 ?(좀 )?(다시|한 ?번 ?더)"
          r"|\b(send|give|share)( me| us)?( the| an| it in)? english( version)?\b|\benglish version,? (please|pls)\b"
          # "영어 버전으로 보내줘", "영어 버전도 주세요": the answer's English version, sent
          r"|영어 ?버전(으로)?도? ?(좀 |다시 )?(보내|주세요|줘|주실|주시|부탁)",
    "es": r"\b(say|write|put|repeat|send|give|tell)( (it|that|this|that one|this one|am|dat one|dis one|the answer|everything))?( (again|too|also|pls|please))? for (spanish|espanol)\b(?! (speak|market|audience|version|countr|subtit|dub))|\b(pasa|pasalo|pasamelo|pasanoslo|dilo|dimelo|decilo|decimelo|ponlo|ponmelo|escribelo|escribemelo|traducelo|traducemelo|mandalo|mandamelo|repitelo|repitemelo|cambialo|cambiamelo)( (ahora|porfa|por favor|otra vez))? (para|pa|a) (el )?(espanol|castellano)\b|(转|换|改|翻|译)做西(班牙)?[文语]|스페인어 ?버전으로 ?(좀 )?(다시|한 ?번 ?더)|\b(in|into|to) spanish\b|\bspanish,? please\b|\b(en|al) (espanol|castellano)\b|(?:(?:换|改|切|转)回|回到)西(班牙)?[文语]|用西(班牙)?[文语]"
          r"|西(班牙)?语(回答|回复|说)|继续(用|说|讲)?西(班牙)?[文语]|스페인어로|[发传给来][一份个下遍次]{0,3}西(班牙)?[文语]|(翻译?|译|换|改|转)成西(班牙)?[文语](?![的版])",
    "zh": r"\b(say|write|put|repeat|send|give|tell)( (it|that|this|that one|this one|am|dat one|dis one|the answer|everything))?( (again|too|also|pls|please))? for (chinese|mandarin)\b(?! (speak|market|audience|version|countr|subtit|dub))|\b(pasa|pasalo|pasamelo|pasanoslo|dilo|dimelo|decilo|decimelo|ponlo|ponmelo|escribelo|escribemelo|traducelo|traducemelo|mandalo|mandamelo|repitelo|repitemelo|cambialo|cambiamelo)( (ahora|porfa|por favor|otra vez))? (para|pa|a) (el )?(chino|mandarin)\b|(转|换|改|翻|译)做(中文|汉语)|중국어 ?버전으로 ?(좀 )?(다시|한 ?번 ?더)|\b(in|into|to) (chinese|mandarin)\b|\b(chinese|mandarin),? please\b|\b(en|al) chino\b|(?:(?:换|改|切|转)回|回到)(中文|汉语)|用中文|用汉语|中文(回答|回复|说)|[说讲]中文|继续(用|说|讲)?(中文|汉语|普通话)|중국어로"
          r"|[发传给来][一份个下遍次]{0,3}(中文|汉语)|(翻译?|译|换|改|转)成(中文|汉语)(?![的版])",
    "ko": r"\b(say|write|put|repeat|send|give|tell)( (it|that|this|that one|this one|am|dat one|dis one|the answer|everything))?( (again|too|also|pls|please))? for (korean)\b(?! (speak|market|audience|version|countr|subtit|dub))|\b(pasa|pasalo|pasamelo|pasanoslo|dilo|dimelo|decilo|decimelo|ponlo|ponmelo|escribelo|escribemelo|traducelo|traducemelo|mandalo|mandamelo|repitelo|repitemelo|cambialo|cambiamelo)( (ahora|porfa|por favor|otra vez))? (para|pa|a) (el )?(coreano)\b|(转|换|改|翻|译)做韩[文语]|한국어 ?버전으로 ?(좀 )?(다시|한 ?번 ?더)|\b(in|into|to) korean\b|\bkorean,? please\b|\b(en|al) coreano\b|(?:(?:换|改|切|转)回|回到)韩[文语]|用韩[文语]|韩[文语](回答|回复|说)|继续(用|说|讲)?韩[文语]|한국어로(?! ?(된|나온|더빙|자막|제공))|한글로"
          r"|[发传给来][一份个下遍次]{0,3}韩[文语]|(翻译?|译|换|改|转)成韩[文语](?![的版])",
}
# (fixC17: the answer said again in a language, asked idiomatically: "abeg say that one for Spanish
# for my editor", "write it for Korean pls" ("for" said for "in", Nigerian and Indian English),
# "pásamelo pal inglés", "dilo pa coreano", Cantonese "轉做英文", "영어 버전으로 한 번 더")
_LANG_RE = {lang: re.compile(p) for lang, p in _LANG_REQUEST.items()}
_LANG_NAME_RE = {lang: re.compile(p) for lang, p in {
    "en": r"\benglish\b|\bingles\b|英文|英语|영어", "es": r"\bspanish\b|\bespanol\b|\bcastellano\b|西班牙[语文]|西语|스페인어",
    "zh": r"\bchinese\b|\bmandarin\b|\bchino\b|中文|汉语|普通话|중국어", "ko": r"\bkorean\b|\bcoreano\b|韩[语文]|한국어"}.items()}
REQUEST_WORDS = re.compile(r"\b(please|pls|plz|can you|could you|would you|send|answer|reply|respond|write|speak|talk"
                           r"|say|translate|switch|repeat|por favor|porfa|puedes|podrias|manda|envia|responde|contesta|respondeme|respondenos|contestame|contestanos|hablame|hablanos|escribeme|escribenos"
                           r"|escribe|habla|traduce|repite|forward|resend|again|mandas?|mandamelo|pasamelo|pasalo"
                           r"|enviamelo|envialo|pasas|envias|pasarias|mandarias|podes|reenvia\w*|(?:mand|envi|pas|reenvi)a(?:me|nos|melo|mela|noslo|lo|la)"
                           # "dímelo en inglés", "decímelo en inglés", "cuéntamelo en coreano": it, said again (fixV16)
                           r"|dimelo|dinoslo|decimelo|decinoslo|decilo|cuentamelo|cuentanoslo|contamelo|explicamelo|explicanoslo|ponmelo|ponnoslo|repitemelo|repitelo|escribemelo)\b|请|麻烦|用|回答|回复|翻译|再发|发一|转给"
                           r"|부탁|주세요|해 ?줘|해줄|알려 ?줘|알려 ?주|답변|번역|다시|보내|주실|주시|보여|전달")
# Someone who does not speak a language ("mi compañero no habla inglés", "he doesn't speak English",
# "同事不会说英语", "친구가 영어를 못해요"): a reason told, no verb asking for the reply
NOT_SPOKEN = re.compile(r"\bno (habla|hablo|hablamos|hablan|entiende|entiendo|entienden|sabe|se|maneja|manejo|pilla|pillan|cacha|cachan|capta|captan|domina|dominan)( nada de| nada| bien| mucho| ni papa de| ni jota de)?( el)? (ingles|espanol|castellano|chino|mandarin|coreano)\b"
                        r"|\b(doesn'?t|don'?t|can'?t|does not|do not|cannot) (speak|read|understand) (much |any )?(english|spanish|chinese|mandarin|korean)\b"
                        r"|不(会|懂)(说|讲|看)?(英语|英文|西语|西班牙语|中文|汉语|韩语)|(영어|스페인어|중국어|한국어)(를|는|도)? ?(전혀 |잘 |하나도 )?(못|모르)")
# News of what comes out in a language ("las noticias de lo que salga en español", "novedades de
# Latinoamérica y lo que salga en español", "news on anything new in Spanish and Latin America", "西语和拉美的
# 新消息", "스페인어랑 중남미 소식"): the news asked, the language its subject, no reply in it
NEWS_IN_A_LANGUAGE = re.compile(
    r"\b(noticias|novedades|news|updates?|actualizaciones)\b.{0,60}\b(salga|salgan|sale|salen|new|nuevo|nueva|comes? out|released?)\b.{0,20}\b(in|en) (spanish|espanol|castellano|english|ingles|korean|coreano|chinese|chino)\b"
    r"|\b(in|en) (spanish|espanol|castellano)\b.{0,6}\b(and|y|e|or|o) ((from|about|on|de|desde|sobre) )?(latin ?america|latinoamerica|latam|america latina)\b"
    r"|\b(latin ?america|latinoamerica|latam|america latina)\b.{0,6}\b(and|y|e|or|o) (lo que|what|anything)\b.{0,20}\b(in|en) (spanish|espanol|castellano)\b"
    # "mándame noticias de lo latino y en español", "news on latin stuff and in spanish": the news
    # of Latin America and in Spanish, one topic, no reply in it
    r"|\b(noticias|novedades|news|updates?|actualizaciones)\b.{0,30}\b(latin[oa]s?|latinoamerica\w*|latam|latin ?america\w*|america latina|hispan\w*)\b.{0,12}\b(and|y|e|or|o) (lo )?(in|en) (spanish|espanol|castellano)\b"
    r"|(西语|西班牙语|拉美).{0,6}(和|跟|与|及)(拉美|西语|西班牙语).{0,8}(消息|新闻|动态)|(스페인어|스페인 ?말|중남미|남미).{0,6}(랑|하고|와|과|및).{0,8}(소식|뉴스)")
# A verb that asks for the reply itself in a language ("respóndeme en coreano", "pásamelo en inglés",
# "answer me in Spanish", "用韩语回答", "영어로 답해 주세요"): without one, a language said after a
# genre ("algo de romance?? en coreano") is the works' language, a filter (`language_after`)
REPLY_VERB = re.compile(r"\b(answer|reply|respond|write|speak|talk|send|translate|switch|explain|tell me"
                        r"|respond\w*|contest\w*|habla(me|nos)?|escrib\w*|pasa(me|melo|nos|noslo|lo)|manda\w*|envia\w*"
                        r"|traduc\w*|dime|cuentame|expli\w*)\b|回答|回复|答复|翻译|用.{0,6}(说|讲|写|聊)|发给|답해|답변|말해|말씀|보내|번역|설명")


def language_named(text: str) -> Lang | None:
    """The language a request's words name ("…, in Spanish", "en inglés", "用西班牙语", "스페인어로")."""
    folded = fold(_simplified_in_place(text))
    return next((lang for lang, rx in _LANG_RE.items() if rx.search(folded)), None)


def language_after(text: str) -> bool:
    """Does the text name a language as a request's words do ("en coreano", "in English")?"""
    folded = fold(_simplified_in_place(text))
    return any(rx.search(folded) for rx in _LANG_RE.values())


# Why the partner wants it in another language ("it's for my colleague", "es para mi jefe",
# "我转给海外同事", "해외 파트너에게 전달하려고 합니다"): the reason, not a question to answer.
# The reader knows that language only ("the guy I work with only speaks English", "mi compa solo
# entiende inglés", "我同事只看得懂英文", "같이 일하는 사람이 영어만 알아요"): why it is asked in it
# (`FORWARD`), no question of which languages we speak (`ONLY_LANGUAGE`)
READER_ONLY = re.compile(
    r"\b(he|she|they|colleagues?|coworkers?|co-workers?|partners?|boss|clients?|guys?|team|producers?|directors?|people|person|friends?|crew)\b"
    r"[^.?!]{0,30}\b(only|just) (speaks?|reads?|understands?|knows?|gets?)( in)? (english|spanish|chinese|mandarin|korean)\b"
    r"|\b(he|she|they|colleagues?|coworkers?|partners?|boss|clients?|guys?|team|people|friends?) (speaks?|reads?|understands?|knows?) (only|just) (english|spanish|chinese|mandarin|korean)\b"
    r"|\b(solo|solamente|nomas|nada mas|unicamente) (habla|hablan|lee|leen|entiende|entienden|sabe|saben|maneja|manejan)( el| en)? (ingles|espanol|castellano|chino|mandarin|coreano)\b"
    r"|\b(habla|hablan|lee|leen|entiende|entienden|sabe|saben|maneja|manejan) (solo|solamente|nomas|unicamente)( el| en)? (ingles|espanol|castellano|chino|mandarin|coreano)\b"
    r"|(同事|老板|伙伴|客户|他|她|他们|她们|朋友|合伙人|搭档|老外|团队|对方|导演|制片)[^，。？?！!]{0,6}只(会|懂|看得懂|听得懂|认得|认识|识|讲|说|看)(说|讲|看|读)?(英文|英语|西语|西班牙语|西班牙文|中文|韩语|韩文)"
    r"|(영어|스페인어|중국어|한국어)(만|밖에) ?(알아|알고|아는|알거든|압니다|할 ?줄|몰라|모르|읽)")
FORWARD = re.compile(
    r"\b(it'?s|its|this is|that'?s|is) for\b|^\W*(and )?for (my|our|the|a|an) |\bforward|\bpass (it|this|that) (on|along)"
    r"|\bshare (it|this|that) with|\b(i|we)('ll| will| can| want to| need to) (send|forward|share|pass)|\bso (i|we) can"
    r"|\b(es|son) (para|pa)\b|^\W*(y )?(para|pa) (mi|mis|nuestr|el|la|los|las|un|una)\b|reenvi|se (lo|la) (paso|mando|envio|comparto)"
    r"|compartir(lo|la)? con|\basi (se|le)\b|转给|转发|发给|给.{0,8}(看|同事|老板|领导|伙伴|制片|客户|团队|老外)|要转|我转"
    r"|\b((does|do|can|will) ?(not|n'?t)|cannot|can'?t|couldn'?t|won'?t) (read|speak|understand)|\bno (habla|lee|entiende|sabe|pilla|cacha|capta|agarra|domina|chamuya)\b|\bes gring|看不懂|听不懂|不懂中文|不会(说|看)|唔(识|会|懂)(睇|讲|读|听)?(中文|中国字|汉字|普通话|国语|广东话)|(不|唔)(识|认识)(中文|中国字|汉字)|못 ?(읽|알아)|모르(셔|세|시)"
    r"|^\W*(my|our) (colleague|boss|client|partner|team|co-?producer|producer|director|manager|friend|investor)s?\b"
    # the reader's better language ("she reads Korean better than English", "lee mejor el coreano",
    # "她看韩文比英文顺", "한국어가 더 편하대요"): why that language, no comparison asked
    r"|\b(reads?|speaks?|understands?|prefers?|follows?) (\w+ )?(korean|english|spanish|chinese|mandarin|cantonese)( \w+)? (better|more easily|best|more comfortably)\b"
    r"|\b(lee|leen|habla|hablan|entiende|entienden|prefiere|prefieren) (mucho )?mejor (el |en )?(coreano|ingles|espanol|castellano|chino|mandarin)\b"
    r"|(看|读|讲|说|听)(韩文|韩语|英文|英语|中文|西语|西班牙语)(比|更|比较)(.{0,6})?(顺|好|快|习惯|方便|容易)|(한국어|영어|스페인어|중국어)(가|를|로|이)? ?(더 )?(편하|익숙|잘 (읽|보|알))"
    r"|^\W*(mi|mis|nuestr[oa]s?) (jef|soci|coleg|client|equipo|productor|director|gerente|compa)"
    r"|是(外国人|老外|外籍)|^\W*我(的|们的?)?(国外|海外|外国|外籍)?的?(老板|同事|客户|合伙人|领导|搭档|伙伴|制片|制片人|导演|监制|投资人)|(要看|想看|看得懂|要用)\W*$|(저희|제|우리) ?(\S+ )?(팀장|대표|동료|파트너|교수|상사|투자자|감독|프로듀서|피디|작가)"
    r"|\b(for|so) (my|our) ([\w-]+ )?(colleague|boss|client|partner|team|co-?producer|producer|director|manager|investor)s?\b"
    r"|\bpara (mi|mis|nuestr[oa]s?) ([\w-]+ )?(jef|soci|coleg|client|equipo|productor|director|gerente|compa)"
    r"|봐야 해서|보셔야|읽어야|보여 ?드려야|전달|포워딩|forwarding|보낼게|보내려고|보내 ?드리|공유하|에게 보|한테 보|드리려고"
    # ("영어로 다시 말해 줘, 외국인 부원 보여주게": who it is shown to; fixY20)
    r"|(부원|팀원|멤버|동료|친구|선배|후배|회원)(들)?(한테|에게|께)? ?보여 ?(주게|줄게|드리게|줄라고|주려고|줄려고|드리려고|드릴라고|줄 거|드릴 거)"
    # the reader and what they will do with it ("멕시코 파트너가 볼 거라서요", "대표님 보여 드리게",
    # "for our Beijing office", "es pa la oficina de Lima")
    r"|(팀장|대표|동료|파트너|교수|상사|투자자|감독|프로듀서|피디|작가|배급사|바이어|본사|사무실|지사)(님)?(께서|이|가|도|께|에게|한테)? ?.{0,10}"
    r"(볼 ?(거|것)|보실 ?(거|것)|읽을 ?(거|것)|보여 ?(드리|주)|몰라|모르|못 ?(읽|봐|알아))"
    r"|\b(for|to) (our|my|the|their) ([\w-]+ ){0,2}(office|offices|headquarters|hq|head office|branch|company|studio|crew|side)\b"
    r"|\b(para|pa) (la|nuestra|mi|el|nuestro) (oficina|sede|casa matriz|filial|empresa|productora|estudio|gente)\b"
    # "미국 파트너한테 넘겨야 해서", "我韩国同事看": handing it on, or who reads it
    r"|(한테|에게|께) ?넘기|넘겨야|넘기려|넘길라|넘길 거|넘겨 ?드리|(同事|老板|领导|伙伴|搭档|客户|合伙人|团队|老外|制片人?)(要|想|得)?看"
    # who will read it and where they are ("our co-producer's from Busan", "mi socia es de Bogotá",
    # "我们合拍方是釜山的", "공동제작사가 부산이라서"): the reason again, no question about co-producers
    r"|^\W*(my|our|his|her|their) ([\w-]+ ){0,2}[\w-]+('s|'re| is| are| lives?| works?| sits?| based| s)\b( \w+)? (from|in|at|based|out of)\b"
    r"|^\W*(mi|mis|nuestr[oa]s?) ([\w-]+ ){1,2}(es|son|esta|estan|vive|viven|trabaja|trabajan)\b( \w+)? (de|en|desde)\b"
    r"|^\W*(我们|我|他们)的?\w{0,6}(在|是)\w{1,8}的\W*$|(이|가) \S+(이라서|라서|에 있어서|에 계셔서|분이라서|사람이라서)"
    # whose nationality the reader is ("my partner is Korean", "我的合作方是韩国人", "파트너가 멕시코
    # 사람이에요", "the people I work with are Colombian"): why that language, no country asked about
    r"|\b(is|are|'s|'re) (a |an )?[a-z]+(an|ese|ish|i|ch)( (speakers?|citizens?|nationals?|people))?\W*$|^\W*(the )?(people|folks|team|person|guys) (i|we) (work|deal) with\b"
    r"|^\W*(我们|我)(的|们的)?(合作方|合作伙伴|合伙人|对接人|朋友|客人|同事|老板|客户)|是\w{1,5}人\W*$"
    r"|(이|가) ?\S+ ?(사람|분)이(에요|예요|세요|거든요|십니다|라)"
    r"|" + READER_ONLY.pattern)


# A part that only gives the reason for asking, after the question ("시청자들이 웃긴 거 좋아해서",
# "저희 조감독이 마흔하나라서", "because my assistant is 41", "porque mi asistente tiene 41", "因为我助理
# 41岁了"): nothing more to answer (`REASON_ONLY`, with no question mark in it)
REASON_GIVEN = re.compile(r"((해서|라서|이라서|여서|어서|아서|니까)요?|거든요?|기 때문에|때문이에요|때문입니다)\W*$"
                          r"|^\W*(because|cause|cuz|coz|since) |^\W*(porque|ya que|puesto que) |^\W*(因为|由于)"
                          # who the partner means to send or bring, or that they will come, after the question
                          # ("미국 지사 직원도 보내려고요", "we're sending someone from our US office too",
                          # "vamos a mandar también a gente de la oficina de Miami", "我们纽约的同事也要过去"): why
                          # it is asked (the time in their zone), no events of that country asked
                          r"|(보내|데려가|데리고 가|참석하|참가하|방문하|가|와|오|출장 가)려(고|구)( 해| 합니다| 하거든)?요?\W*$"
                          r"|(보낼|데려갈|참석할|참가할|방문할|갈|올) (예정|계획|생각)이(에요|예요|라서|거든요|입니다)\W*$"
                          r"|^\W*(and |also |plus )?(we|i)('ll| will| are| am|'re|'m)( also)? (be )?(going to |gonna )?(also )?(send|sending|bring|bringing|fly|flying|attend|attending|come|coming)\b"
                          r"|^\W*(we|i) (also )?(plan|intend|want|hope|mean) to (also )?(send|bring|fly|attend|come)\b"
                          r"|^\W*(y |ademas |tambien )?(vamos a|pensamos|planeamos|queremos|voy a|pienso)( tambien)? (mandar|enviar|llevar|ir|asistir|venir)\b"
                          r"|^\W*(我们|我們|我|公司)[^，。,]{0,12}(也|还|還)?(要|打算|准备|準備|会|會)(派|去|过去|過去|来|來|参加|參加|带|帶)[^吗嗎呢]{0,10}\W*$")


# The partner saying they never heard of a place or name ("me never hear bout Hengdian before", "nunca
# había oído de Hengdian", "之前从没听说过横店", "헝뎬은 처음 들어봐요"): why the question after it is
# asked, no question of its own (`router.multi` skips it when a later part asks, and that part is no
# bare "what is it?", which needs the name said here)
NEVER_HEARD = re.compile(r"\b(never|not|nvr|neva|ain'?t|didn'?t|don'?t|haven'?t|hadn'?t) (ever )?(heard?|heared|hearing|know|knew|known)( (anything|nothing|much|a thing))? (of|about|bout|abt|'?bout)\b"
                         r"|\bfirst time (i'?m |i am |we'?re |we are )?(hearing|i hear|we hear|i'?ve heard|i heard)\b"
                         r"|\b(nunca|jamas|no) (habia |habiamos |he |hemos |lo )?(oido|escuchado|sabido|conocia|conociamos|conozco|conocemos)( (nada|hablar))? (de|sobre|del|hablar de)\b"
                         r"|\bprimera vez que (oigo|escucho|oimos|escuchamos)\b"
                         r"|(从来|从)?没(有)?听(说|过|人说)(过)?|第一次听(说|到)|头一回听说|(没|不)(太)?了解过"
                         r"|처음 ?들어|들어 ?본 ?적(이|은)? ?없|잘 ?몰라서|처음 ?듣")


# A remark on what sells or what one's audience or backer likes, after the question ("romance
# sells really well here", "aquí las comedias se venden muy bien", "这边爱情题材卖得可好了",
# "여기선 사극이 잘 팔려요"): why it is asked, no question (a genre it names is the one asked before)
TASTE_REMARK = re.compile(r"\b(sells?|selling|sold|sell) (really |very |super |so )?(well|great|like hot ?cakes)\b|\b(is|are|'re|'s) (huge|big|hot|really popular|very popular|popular|in demand)\b"
                          r"|\b(audiences?|viewers|people|buyers|my (investor|backer|boss|client)s?) (here |there |over here )?(really |just )?(love|like|go for|eat up|are into)\b|\b(do|does|go|goes) (great|really well|well) (here|there|with|in)\b"
                          r"|\bse venden? (muy |super |re |bastante )?bien\b|\b(pega|pegan|funciona|funcionan|jala|jalan|vende|venden|gusta|gustan|encanta|encantan|laten|late|mola|molan|renta|rentan)\b.{0,20}\b(mucho|mazo|bien|un buen|un monton|aqui|aca|alla)\b"
                          r"|\ble(s)? (late|laten|gusta|gustan|encanta|encantan|mola|molan)\b"
                          r"|卖得(很|可|特别|非常|超|挺|蛮|贼|老)?好|(很|挺|特别|非常|超|贼|可)(受欢迎|吃香|好卖|火|畅销)|(喜欢|爱看|追捧)(这类|这种|这个|这些)?(题材|类型|剧)?(了|的)?\W*$"
                          r"|잘 ?팔려|잘 ?나가|인기(가)? ?(많|좋|있)|(좋아해|좋아하)(요|더라고요|거든요)?\W*$"
                          # where the buyer or backer is ("my buyer is in Seoul", "买家在首尔", "mi comprador
                          # está en Seúl", "바이어가 서울에 있어요"): for whom it is asked, no record named
                          r"|^\W*(my|our|the) (buyer|client|investor|backer|partner|boss|distributor)s?('s| is| are|'re) (in|from|based)\b"
                          r"|^\W*(mi|mis|nuestro|nuestra|nuestros|el|la) (comprador|compradora|cliente|inversionista|inversor|socio|socia|jefe|jefa|distribuidor|distribuidora)e?s? (esta|es|son|estan) (en|de)\b"
                          r"|^\W*(我们的?|我的?|那个)?(买家|买方|客户|投资人|投资方|金主|老板|合伙人|发行方)(在|是)"
                          r"|^\W*(저희 |우리 |제 )?(바이어|구매자|클라이언트|투자자|투자사|배급사)(가|는|분이|분은)? ?\S{1,8}(에|에서) ?(있|계|활동)")


def reason_only(part: str) -> bool:
    """Does this part of a message only say why the partner asks (no question of its own)?"""
    return "?" not in part and "？" not in part and (REASON_GIVEN.search(fold(part)) is not None
                                                     or TASTE_REMARK.search(fold(part)) is not None
                                                     # "I'm bad with email" after a phone asked (fixL15)
                                                     or (EMAIL_AVOIDED.search(fold(to_simplified(part)[0])) is not None
                                                         and PHONE_ASKED.search(fold(part)) is None))


# A part that only asks whether we know what the part before it asked ("…얼마예요? 아시나요",
# "…how much is it? any idea?", "¿…? ¿lo sabes?", "…多少钱？知道吗"): nothing more to answer
KNOWN_ASKED = re.compile(r"^\W*(do you know|you know|any idea|do you happen to know|lo sabes|lo sabe|sabes|sabe usted|tienes idea"
                         r"|(你|你们|您)?(知道|晓得|清楚|了解)(吗|嘛|么)|知唔知(呀|啊|嘅|㗎)?|(혹시 )?(아시나요|아세요|알아요|아십니까|알고 계세요|아시는지요?))\W*$")


# A recap of this conversation asked ("so to recap", "can you sum up what you told me?", "hazme un resumen de
# lo que hablamos", "¿me haces un resumen de todo?", "总结一下", "幫我總結一下剛才說的重點", "지금까지 얘기한 거
# 정리해 주세요", "요약해 줘"; fixO18): what was answered, said again in short
RECAP = re.compile(
    r"\b(to recap|recap (please|pls|for me|what|everything|it all|our)|so,? recap|sum (it |that |this |everything |things |it all )?up"
    r"|summari[sz]e (what|everything|our|this|it all|for me|the conversation)|(a |quick |short )?summary of (what|our|this|everything|the conversation)"
    r"|remind me what (you|we) (said|told|covered|discussed|talked about)"
    # "what did you tell me so far?", "what have you told me?" (fixP19)
    r"|what (did|have) (you|we) (tell|told|say|said|cover|covered|discuss|discussed|talk about|talked about) (me |us )?(so far|until now|up to now|till now)"
    r"|what (have|has) (you|the bot) (told|said to) (me|us))\b"
    r"|\b((hazme|haceme|hacenos|dame|danos|me haces|me podes hacer|me puedes hacer|puedes hacer(me)?|podes hacer(me)?|me das) un (pequeno |breve )?resumen"
    r"|resum(eme|ime|inos|enos|elo|ilo)|resumen de (lo que|todo|nuestra|la conversacion)|en resumen|recapitul\w*"
    # "¿me resumes lo que me dijiste?", "¿qué me has dicho hasta ahora?" (fixP19)
    r"|(me|nos) (resumes|resumis|resume) (lo que|todo|lo hablado|la conversacion)"
    r"|que (me|nos) (has|habeis|ha) dicho hasta (ahora|aqui|aca)|que (me|nos) dijiste hasta (ahora|aqui|aca))\b"
    r"|总结一下|总结下|(帮|给|替)我(们)?(总结|归纳|概括|梳理)|(总结|归纳|概括|梳理|汇总)一下(你|我们)?(刚才|刚刚|之前|前面)?"
    r"|(刚才|刚刚|之前|前面|我们)(说|讲|聊|谈)(的|过的).{0,6}(重点|要点|总结)"
    # "刚才你都说了什么", "到目前为止你都讲了些啥" (fixP19)
    r"|(刚才|刚刚|之前|前面|目前为止|到现在)你(刚才|刚刚|之前)?都(说|讲|聊)了(些)?(什么|啥)|你(刚才|刚刚|之前|前面)都(说|讲)了(些)?(什么|啥)"
    r"|정리(해|좀|해서|하면|를 ?해)|요약(해|좀 ?해|하면|을 ?해)"
    # "지금까지 뭐라고 했죠?", "지금까지 무슨 얘기 하셨죠?" (fixP19)
    r"|지금까지 (뭐라고|무슨 ?(말|얘기|이야기)(을|를)?) ?(했|하셨|말했|말씀하셨|알려 ?주셨|알려줬)")
_RECAP_NOT = re.compile(r"\b(plot|story|storyline|synopsis|logline|trama|historia|argumento|sinopsis|serie|obra)\b|剧情|故事|梗概|简介|줄거리|스토리")


def recap_asked(text: str) -> bool:
    """Is a recap of this conversation asked (`RECAP`), not a title's story in short?"""
    folded = fold(_simplified_in_place(text))
    return RECAP.search(folded) is not None and _RECAP_NOT.search(folded) is None


# The partner's own past told as context before the question ("We shot a costume piece at the Ming-Qing
# palace back in spring 2025.", "Ya rodamos en el Palacio Qin el año pasado.", "我們前年在橫店拍過一部古裝劇",
# "작년에 명청궁에서 찍었는데요"): a sentence of its own that asks nothing (fixO18)
PAST_CONTEXT = re.compile(
    r"\b(we|i|our (team|crew|company|studio))( (have|had|already|once|also))? (shot|filmed|were|went|came|visited|dealt|worked|did|made|produced|shot)\b"
    r".{0,90}\b(last (time|year|spring|summer|autumn|fall|winter)|back in|in (19|20)\d\d|before|previously|ago|earlier|already)\b"
    r"|\b(last time|previously|back in (19|20)\d\d)\b.{0,20}\b(we|i)\b.{0,10}\b(shot|filmed|were|went|came|visited|dealt|worked)\b"
    r"|\b(ya )?(rodamos|filmamos|grabamos|estuvimos|fuimos|vinimos|trabajamos|tratamos|hicimos)\b.{0,90}"
    r"\b(el ano pasado|la vez pasada|la ultima vez|en (19|20)\d\d|antes|hace \w+|el otro ano)\b"
    r"|\bya (rodamos|filmamos|grabamos|estuvimos|fuimos|vinimos|trabajamos)\b"
    r"|(上次|去年|前年|之前|以前|那年|早前|\d{4}年)[^？?]{0,16}(拍过|拍了|来过|去过|参加过|对接过|合作过)"
    r"|(작년|지난번|지난 ?해|재작년|예전|전에|저번)(에|엔)?[^?]{0,24}(찍었|촬영했|갔었|왔었|참가했|참석했|했었)")
_PAST_SEGMENT = re.compile(r"[^.!?。！？,，]+[.!?。！？,，]*")
_HELLO_ONLY = re.compile(r"^\W*(hi|hello|hey|hola|buenas|buenos dias|buenas tardes|que tal|你好|您好|大家好|안녕하세요|안녕)"
                         r"( again| there| de nuevo| otra vez| team| equipo)?\W*$")


def past_context_dropped(text: str) -> str | None:
    """The message without its opening sentence (or clause) when that only tells the partner's past
    (`PAST_CONTEXT`: "we shot at X back in 2025", "前年在横店拍过…", "작년에 …에서 찍었는데요") and a
    question follows; None otherwise. A greeting before it goes too."""
    segments = _PAST_SEGMENT.findall(text)
    for n, segment in enumerate(segments[:3]):
        folded = fold(_simplified_in_place(segment))
        if _HELLO_ONLY.search(folded):
            continue
        if not PAST_CONTEXT.search(folded) or QUESTION_MARK.search(folded):
            return None
        rest = "".join(segments[n + 1:]).strip(" ,，")
        return rest if rest and asks_question(rest) else None
    return None


def known_asked(part: str) -> bool:
    """Does this part only ask whether we know the answer to the part before it?"""
    return KNOWN_ASKED.search(fold(_simplified_in_place(part))) is not None


# A language named alone, as a question or a wish: "中文可以吗？", "english?", "¿hablas español?",
# "한국어 돼요?" — the partner asks to be answered in it.
_LANG_NAMES: dict[Lang, str] = {
    "en": r"english|ingles|英文|英语|영어",
    "es": r"spanish|espanol|castellano|西班牙[语文]|西[语文]|스페인어",
    "zh": r"chinese|mandarin|chino|中文|汉语|普通话|국어|중국어",
    "ko": r"korean|coreano|韩[语文]|韩国[语话]|한국어|한국말",
}
_BARE_BEFORE = (r"(do you |can you |could you |can we |could we )?(speak|talk|write|do|use)?( in)? ?"
                r"|(hablas|hablan|habla|puedes|podes|pueden|se puede|puede ser)?( hablar| escribir)?( en)? ?"
                r"|(你|您|你们)?(会|能|可以)?(说|讲|用|换成|换|改成|改用|切换到|切换成|转成)?|(혹시 )?")
_BARE_AFTER = (r"(?: ?(?:too|also|as well|tambien|也|都|도))?"  # "中文也可以吗？", "한국어도 돼요?", "english too?"
               r" ?(ok|okay|please|pls|possible|fine|por favor|porfa|esta bien|se puede|puede ser"
               r"|可以|可以吗|可以么|可以嘛|行吗|行不行|好吗|可以不|得唔得|得吗|ok吗|吧"
               r"|로|으로|로 해 ?주세요|로 부탁(해요|드려요|합니다)|돼요|되나요|됩니까|가능해요|가능한가요|가능할까요"
               r"|하실 줄 아세요|할 줄 알아요|하세요|해요)?")
# Back to a language after another one, with a word of assent or "again" around it ("ok english again
# please", "alright, English back pls", "bueno, español de nuevo porfa", "好，还是中文吧", "又中文吧",
# "다시 한국어요", "중국어 다시요"): the language asked for, as when named alone (fixO18)
_BARE_LEAD = (r"(?:(?:ok|okay|alright|all right|right|fine|so|now|cool|vale|bueno|dale|listo|ya|bien|okey|oki"
              r"|好|好的|好吧|嗯|那|那就|行|还是|再|又|重新|그럼|자|네|아|이제|다시) ?)*")
_BARE_AGAIN = r"(?: ?(?:again|back|once more|now|otra vez|de nuevo|nuevamente|ya|再|다시))?(?: ?요)?"
_BARE_RE = {lang: re.compile(rf"^\s*{_BARE_LEAD}(?:{_BARE_BEFORE})(?:{names}){_BARE_AGAIN}(?:{_BARE_AFTER})\s*$")
            for lang, names in _LANG_NAMES.items()}
# A language named as the one spoken on set ("剧组可以用英语沟通吗", "현장에서 영어로 소통 가능해요?",
# "can the crew communicate in English?"): a question about languages, not a request to switch.
ON_SET = re.compile(r"\b(on set|on-set|on location|communicat\w*|interpreters?|the crew (speak|talk|use)"
                    r"|rodaje|en el set|en la locacion|comunicar\w*|interpretes?)\b"
                    r"|剧组|现场|片场|拍摄时|工作人员|沟通|交流|现场人员|현장|촬영장|소통|커뮤니케이션|통역"
                    # working in it ("can we work in English?", "¿podemos trabajar en inglés?",
                    # "用英语工作行吗", "세트장에서 영어로 일해도 돼요?"): the languages FAQ
                    r"|\b(work|working) in\b|\bworking language|\btrabajar en\b|工作语言|(用|说)\w{1,4}(工作|干活)|세트장|로 (일해|일할|일하|작업)"
                    # whether staff serve in it: "한국어로 상담 가능한가요?", "可以用韩语咨询吗"
                    r"|상담|응대|咨询|接待|客服")
# Whether only one language works ("只能用中文吗", "is it English only?", "¿solo en español?",
# "한국어만 돼요?"): a question about languages, not a request to switch.
ONLY_LANGUAGE = re.compile(r"\bonly (in |speaks? |understands? )?(english|spanish|chinese|korean)\b"
                           r"|\b(english|spanish|chinese|korean)[- ]only\b|\bsolo (en |habla |entiende )?(ingles|espanol|chino|coreano)\b"
                           r"|只(能|会|支持|可以)(用|说|讲|看)?(中文|汉语|英[文语]|西(班牙)?[文语]|韩[文语])"
                           r"|(영어|스페인어|중국어|한국어)만 ?(돼|되|가능|할 ?수)")
# "only" said in an order to be answered in the language ("please send in English only", "contesta
# solo en español por favor", "from now on reply only in Spanish"): the switch, not the languages FAQ
REPLY_ONLY_ORDER = re.compile(r"^\W*((please|pls|plz|kindly|ok|okay|from now on|de ahora en adelante|a partir de ahora|por favor|vale)\W+){0,2}"
                              r"(send|answer|reply|respond|write|talk|speak|continue|keep|contesta|responde|escribe|habla|sigue|continua"
                              r"|manda|envia)\w*\b.{0,30}\b(only|solo|solamente|unicamente)\b"
                              r"|\b(from now on|de ahora en adelante|a partir de ahora)\b")
# A language the partner's own pitch, application or shoot is in ("do I need to pitch in Spanish?",
# "¿puedo presentar el proyecto en inglés?", "需要用西班牙语pitch吗", "영어로 발표해도 되나요?"): a
# question about that event or procedure, not a request to be answered in it.
LINE_START = r"(?:^|(?<=\n))"
"""Where a line of the text starts: a pattern of look-aheads that all search one line for their
words (`(?=.*A)(?=.*B)`, "A and B anywhere in a line") tries them there alone, not again at every
position of the line, which gives the same answer (whether it matches) in one pass of the line."""
_ANY_LANG = "|".join(f"(?:{names})" for names in _LANG_NAMES.values())
MEDIUM_OF_ACTION = re.compile(
    r"\b(pitch|present|submit|apply|shoot|film|perform|act|deliver|record|dub)\w*\b.{0,25}\bin (" + _ANY_LANG + r")\b"
    r"|\b(pitch|present|postul|aplic|rod|grab|film|actu|expon|dobl)\w*\b.{0,25}\ben (" + _ANY_LANG + r")\b"
    r"|(用|拿)\s*(" + _ANY_LANG + r")\s*(来|去)?\s*(pitch|路演|提案|推介|发言|演讲|展示|讲项目|介绍项目|投稿|提交|申请|报名|拍|演|配音|写剧本|写方案|答辩)"
    r"|(" + _ANY_LANG + r")\s*(来|去)?\s*(pitch|路演|提案|推介|发言|演讲|答辩)"
    r"|(" + _ANY_LANG + r")로 ?(발표|피칭|피치|프레젠테이션|pt|제출|신청|지원서|촬영|연기|작성|더빙)")
# Who makes a version of the works in a language, asked ("누가 스페인어로 각색해 줘요?", "¿quién hace el
# doblaje al coreano?", "谁做英文版?", "who does the Chinese subtitles?"): the language is the version's,
# no reply asked in it (fixK18); a verb asking for the reply ("answer in Korean") still is a request.
# Both look-aheads are tried only where a line starts (`LINE_START`): tried at every position, each
# ran `.*` to the line's end and back, ~0.4 ms a search of a run-on message (perf21); a line that
# holds both words holds them after its own start, so the answer is the same.
LANGUAGE_WORK_WHO = re.compile(
    LINE_START + r"(?=.*(\bwho(m|'?s)?\b|\bwhich (company|studio|team|partner)\b|\bquien(es)?\b|\bque (empresa|estudio|equipo|socio)\b"
    r"|谁|誰|边个|邊個|哪家|哪个(公司|团队|工作室)|누가|누구|어디서|어디가|어느 (회사|업체|팀|곳))"
    r")(?=.*(\b(adapt\w*|dub|dubs|dubbed|dubbing|subtit\w*|versions?|locali[sz]\w*|voice-?over)\b"
    r"|\b(adaptac\w*|adapta|adaptan|dobla\w*|doblaj\w*|subtitul\w*|version(es)?|localiz\w*)\b"
    r"|改编|改編|配音|字幕|译制|版本|(" + _ANY_LANG + r")\s*版|각색|더빙|자막|버전|현지화))")
# A language named as a market, audience, territory or as what is distributed ("can you distribute to
# Spanish-language markets?", "do you sell to Korean-speaking platforms?", "¿distribuyen en mercados de
# habla inglesa?", "能发行到韩语市场吗", "스페인어권 시장에도 배급돼요?"): the reach of the works, asked; not a
# request to be answered in that language.
_MARKET_NOUN = (r"(markets?|audiences?|viewers?|platforms?|territor\w*|regions?|countr\w*|world|buyers?|distributors?"
                r"|broadcasters?|streamers?|mercados?|publicos?|audiencias?|plataformas?|territorios?|regiones|paises"
                r"|espectadores|compradores|distribuidoras?)")
LANGUAGE_AS_MARKET = re.compile(
    r"\b(distribut\w*|sell\w*|sold|licens\w*|releas\w*|export\w*|reach\w*|expand\w*|enter\w*|launch\w*)\b.{0,40}\b("
    + _ANY_LANG + r")[- ]?(language|lang|speaking)?\s+" + _MARKET_NOUN + r"\b"
    r"|\b(" + _ANY_LANG + r")[- ](language|speaking)\s+" + _MARKET_NOUN + r"\b"
    r"|\b(distribu\w*|vend\w*|estren\w*|licenci\w*|export\w*|llegar\w*|llegan|entrar|expandi\w*|lanz\w*)\b.{0,40}\b"
    + _MARKET_NOUN + r"\b.{0,25}\b(de )?(habla|lengua|idioma)\b"
    r"|(发行|發行|卖|賣|销售|出口|进入|进军|推广|推向|上线|上架|播出|覆盖).{0,12}(" + _ANY_LANG + r")\s*(市场|地区|国家|观众|受众|平台|圈)"
    r"|(" + _ANY_LANG + r")\s*(市场|地区|国家|观众|受众|圈).{0,12}(发行|發行|卖|賣|销售|出口|进入|进军|推广|上线|播出|覆盖)"
    r"|(" + _ANY_LANG + r") ?(권|권역|시장|국가|시청자|관객|플랫폼).{0,16}(배급|유통|판매|수출|진출|방영|송출|런칭|론칭|공급)")


# The language an event is held in, asked ("is the session in English?", "¿la sesión es en inglés?",
# "what language is the pitch day held in?", "说明会用英文进行吗", "세션은 영어로 진행되나요?"): a
# question about the event in focus, not a request to be answered in it.
_EVENT_NOUN = (r"(session|pitch ?day|pitch|event|screening|meeting|matchmaking|webinar|talk|open day|casting day|night|festival"
               r"|sesion|jornada|evento|encuentro|charla|proyeccion|noche|festival|casting|reunion|junta|cita)(s|es)?")
EVENT_LANGUAGE = re.compile(
    r"\b(is|are|will|was) (the |this |that )?" + _EVENT_NOUN + r"( \w+){0,2} (be )?(held |run |given |done |conducted |hosted )?in (" + _ANY_LANG + r")\b"
    r"|\b(what|which) languages? (is|are|will) (the |this |that )?" + _EVENT_NOUN + r"\b|\b" + _EVENT_NOUN + r"\b.{0,20}\bwhat language\b"
    r"|\b(la |el |esta |este )?" + _EVENT_NOUN + r"( \w+){0,2} (es|sera|va a ser|se hace|se da|se dicta|son|seran|van a ser|se hacen|se dan) en (" + _ANY_LANG + r")\b"
    r"|\ben (que|cual) (idioma|lengua) (es|sera|se hace|se da|se dicta)\b|\b(idioma|lengua) (de|del) (la |el )?" + _EVENT_NOUN + r"\b"
    r"|(说明会|推介会|活动|会议|配对会|开放日|选角日|影展|电影节|之夜|放映|见面会|洽谈会|洽谈|对接会|会谈).{0,6}(用|是)?(什么|哪种|哪个)?(语言|" + _ANY_LANG + r")(进行|举办|讲|主讲|的吗|吗)"
    r"|(세션|설명회|피칭|행사|이벤트|매칭|상영|오픈 ?데이|캐스팅 ?데이|밤|미팅|회의|상담회|만남)\S{0,2}.{0,8}(어떤 언어|무슨 언어|" + _ANY_LANG + r")(로|으로) ?(진행|하나|해요|되나|돼요)"
    # a named event asked yes/no in one or two languages ("中韓對接會係咪用韓文同中文傾？", "对接会是不是用
    # 韩语和中文进行"): the event's language, however the question opens
    r"|(对接会|洽谈会|见面会|交流会|说明会|推介会|活动|会议|配对会|开放日|选角日|电影节|之夜|放映会?|路演)[^，。？?]{0,4}"
    r"(系咪|系唔系|是不是|是否|会唔会|会不会|是)?(用|讲|说)(" + _ANY_LANG + r")((同|和|跟|与|及)(" + _ANY_LANG + r"))?"
    r"(倾|谈|讲|说|进行|沟通|交流)"
    # the language the partner may use there ("what language can I use at the pitch day?", "¿en qué
    # idioma podemos presentar en el pitch day?", "提案日可以用什么语言？"): the event's language
    # (its interpretation), not who it is for (play34)
    r"|\b(what|which) languages? (can|could|should|do|may) (i|we) (use|speak|pitch|present|talk)( in)? (at|in|during|for) (the |this |that )?\w*[ -]?" + _EVENT_NOUN + r"\b"
    r"|\ben (que|cual) (idioma|lengua) (puedo|podemos|se puede|hay que|tengo que|tenemos que) (presentar|hablar|exponer|participar|pitchear|hacer)\b"
    r"|(说明会|推介会|提案日|提案会|活动|会议|配对会|开放日|选角日|电影节|之夜|对接会|洽谈会|路演)[^，。？?]{0,6}(可以|能|应该|要)用(什么|哪种|哪个)(语言|语)")
# The same asked with the event only in focus ("is it in English?", "¿es en inglés?", "現場有沒有口譯？",
# "영어로 설명해 주나요?", "통역 지원되나요?"): read so only right after an event (`event_language_of_focus`)
EVENT_LANGUAGE_SHORT = re.compile(
    r"^\W*(and )?(is|will) (it|that|this)( \w+)? (be )?(held |run |given |done |conducted |hosted )?in (" + _ANY_LANG + r")\W*$"
    r"|^\W*(y )?(es|sera|va a ser|se hace) en (" + _ANY_LANG + r")\W*$"
    r"|^\W*(is there|will there be|do you (have|provide)|hay|habra|tienen) (an? )?(interpret\w*|interpretacion|traduccion simultanea)\b"
    r"|^\W*(现场|現場|活动上|会上)?(有没有|有無|有冇|提供|配)(口译|口譯|同传|同傳|翻译|翻譯|传译|傳譯)"
    r"|^\W*(现场|現場)?(口译|口譯|同传|同傳|翻译|翻譯)(有吗|有嗎|有没有|有沒有)"
    r"|^\W*(是|用)?(" + _ANY_LANG + r")(进行|進行|讲|講)的?(吗|嗎)\W*$"
    # "是用西班牙文嗎", "会用英语吗": held in it, asked
    r"|^\W*(那|那么)?(是不是|是|会|會|也是)用(" + _ANY_LANG + r")(进行|進行|讲|講)?的?(吗|嗎|么|麼)\W*$"
    r"|^\W*(" + _ANY_LANG + r")(로|으로) ?(설명|진행)(해 ?주|하나|되나|돼요|합니까|됩니까|해요|하세요)"
    r"|^\W*(무슨|어떤|어느) 언어로 (진행|하나|해요|되나|돼요)|^\W*통역(은|이)? ?(지원|있|제공|되|돼|나오)")


# The same asked as "is it in X?" / "do we have to speak X?" in Chinese and Cantonese ("係咪用韓文同中文？",
# "要講西班牙文嗎", "需唔需要識英文"): the event's language, never a request to be answered in X
EVENT_LANGUAGE_YES_NO = re.compile(
    r"^\W*(那|咁|噉|那么)?(系咪|系唔系|是不是|是否|会唔会|会不会|要|使唔使|使不使|需唔需要|需要|需不需要|要不要|要唔要|一定要)"
    r"(用|讲|说|识|会讲|会说)(" + _ANY_LANG + r")((同|和|跟|及|与|定系|还是|或)(" + _ANY_LANG + r"))?"
    r"(进行|讲|嘅|的)?(吗|嘛|么|㗎|架|呀|啊|嘅|呢)?\W*$")


def event_language_of_focus(text: str, focus: str | None) -> bool:
    """"Is it in English?" right after an event: its language, not a request to be answered in it."""
    folded = fold(_simplified_in_place(text))
    return (focus or "").startswith("event:") and (
        EVENT_LANGUAGE_SHORT.search(folded) is not None or EVENT_LANGUAGE_YES_NO.search(folded) is not None)


# A file asked with no word for a calendar ("send me the file", "mándame el archivo", "可以把檔案傳給我嗎",
# "파일 보내 주세요"): right after an event, its calendar file (`file_of_focus`)
FILE_ASKED = re.compile(
    r"\b(send|give|share|email|e-mail|forward|get|attach|pass)\b.{0,20}\b(file|attachment)s?\b|^\W*(the )?file\W*(please|pls)?\W*$"
    r"|\b(manda|envia|pasa|comparte|da|reenvia)(me|nos|rme|rnos)?( (el|un|ese|este))? (archivo|fichero|adjunto)\b"
    r"|\b(archivo|fichero)\b.{0,20}\b(mandar|enviar|pasar|compartir|mandas|envias|pasas|me lo)\b"
    r"|(文件|档案|档|附件).{0,6}(发|传|给|寄)|(发|传|给|寄)(我|我们)?(一下|下)?(个|一个|这个|那个)?(文件|档案|附件)"
    r"|파일.{0,10}(보내|주세요|줘|주실|공유|받을)")


def file_of_focus(text: str, focus: str | None) -> bool:
    """"Send me the file" right after an event: its calendar file (a named work's or set's file is not
    asked for this way)."""
    return (focus or "").startswith("event:") and FILE_ASKED.search(fold(_simplified_in_place(text))) is not None


REPLY_WORDS = re.compile(r"\b(answer|reply|respond|write (to )?me|send|please|responde|contesta|escribeme|manda|envia|por favor)\b"
                         r"|回答|回复|答复|请|麻烦|发给|답변|답해|보내|주세요")


# Translating a phrase of the partner's own ("translate 'good luck' into Korean", "'감사합니다'를 영어로
# 번역해 줘", "把“杀青”翻译成英文"): a request we do not serve, not a change of the reply language.
# Translating our answer ("can you translate that into English?", "이거 영어로 번역해 주세요") is one.
# A text of the partner's to translate, a document or one pasted after the request (see below):
THEIR_TEXT_TO_TRANSLATE = re.compile(
    # a document of theirs to translate: "translate this contract into Spanish", "traduce este
    # contrato", "把这份合同翻成西语", "이 계약서 스페인어로 번역해 줘요" (no language switch: we don't translate files)
    # (an e-mail, a company profile or a subtitle file is as much theirs: "이 이메일 중국어로 번역해",
    # "우리 회사 소개서 영어로 옮겨 줘", "帮我把这封邮件翻成英文")
    r"\btranslat\w* (this|that|these|our|my|the|a|an) (\w+ )?(contract|document|doc|script|screenplay|file|pdf|letter|deck|treatment"
    r"|e-?mail|message|proposal|brochure|subtitle|press release)s?\b"
    r"|\btraduc\w* (este|esta|estos|mi|mis|nuestro|nuestra|el|la|un|una) (\w+ )?(contrato|documento|guion|archivo|carta|dossier"
    r"|correo|mensaje|propuesta|subtitulo|texto|pdf)s?\b"
    r"|(合同|文件|剧本|文档|协议书|合约|合約|邮件|郵件|字幕|简介|方案|新闻稿|这段话|这封信).{0,8}(翻译|翻成|译成|翻譯|譯成)"
    # a paper by its measure word, whatever it is ("这份报价单帮我翻成英文", "这篇稿子译成韩语")
    r"|(这份|这封|这篇|这张|這份|這封|這篇|這張)[^，。？?！!]{1,10}(翻译|翻成|译成|翻譯|譯成)"
    r"|(계약서|서류|문서|대본|시나리오|파일|협약서|이메일|메일|메시지|소개서|제안서|기획서|자막|보도자료)\S{0,3} .{0,16}(번역|옮겨)"
    # a text pasted after it: "請將以下內容翻譯成英文：…", "아래 문장 영어로 번역해 주세요: …", "translate the following"
    r"|(以下|下面|下列|如下)的?(内容|文字|这段话|句子|段落)?.{0,6}(翻译|翻成|译成)"
    r"|(다음|아래|밑에) ?(내용|문장|글|문구)\S{0,3} .{0,16}(번역|옮겨)"
    r"|\btranslat\w* (the following|this (text|sentence|paragraph|line))\b|\btraduc\w* (lo siguiente|este (texto|parrafo))\b"
    # a slogan, a poster or a sign of theirs, the language said before it ("¿me traduce al chino el
    # eslogan de la empresa?", "translate into Chinese our company's slogan", "把我们的口号翻成中文",
    # "우리 회사 슬로건 중국어로 번역해 줄 수 있어요?"): a text of theirs, no reply language asked (fixG17)
    r"|\btranslat\w* (into|to|in) \w+ (this|that|our|my|the|a) (\w+ ){0,2}(slogan|tagline|motto|poster|sign|banner|menu|flyer|logo|text)s?\b"
    r"|\btranslat\w* (this|that|our|my|the|a) (\w+ ){0,3}(slogan|tagline|motto|poster|sign|banner|menu|flyer)s?\b"
    r"|\btraduc\w* (al|en) \w+ (el|la|los|las|este|esta|mi|mis|nuestro|nuestra|nuestros|nuestras|un|una) (\w+ )?(eslogan|slogan|lema|cartel|letrero|pancarta|menu|folleto|texto|frase|contrato|documento)s?\b"
    r"|\btraduc\w* (el|la|los|las|este|esta|mi|mis|nuestro|nuestra|un|una) (\w+ )?(eslogan|slogan|lema|cartel|letrero|pancarta|menu|folleto|frase)s?\b"
    r"|(口号|标语|广告语|海报|招牌|菜单|宣传语|slogan).{0,8}(翻译|翻成|译成|翻譯|譯成)"
    r"|(슬로건|광고 ?문구|문구|포스터|간판|현수막|메뉴판)\S{0,3} .{0,16}(번역|옮겨)")
_TRANSLATED_PHRASE = re.compile(
    r"['\"‘“「『«].{1,80}?['\"’”」』»].{0,30}(translat|traduc|翻译|翻成|译成|번역|옮겨)"
    r"|(translat|traduc|翻译|翻成|译成|번역|옮겨).{0,20}['\"‘“「『«].{1,80}?['\"’”」』»]"
    r"|\btranslat\w* (?P<en>.{1,60}?) (into|to|in) \w+|\btraduc\w* (?P<es>.{1,60}?) (al|a|en) \w+"
    r"|把(?P<zh>.{1,30}?)(翻译|翻成|译成)|(?P<ko>\S{1,30}?)(를|을) .{0,12}(번역|옮겨)"
    # Saying a phrase in another language, with or without quotes: "how do you say thank you in
    # Russian?", "cómo se dice gracias en chino", "怎么用韩语说谢谢", "러시아어로 감사합니다 어떻게 말해요?"
    r"|\bhow (do|would|can|should|to) (you|i|we|one)? ?(say|write|spell|pronounce) (?P<say_en>.{1,60}?) in \w+"
    # (a verb of saying is needed: "cómo se pide el apoyo…, qué hay que mandar en la solicitud" says nothing)
    r"|\bcomo ((se|le|lo) (dice|escribe|pronuncia|digo)|digo|decimos|escribo) (?P<say_es>.{1,60}?) en \w+"
    r"|(怎么|咋|如何)用\s*[\u4e00-\u9fff]{1,4}[语文话]\s*(说|讲|写)|用\s*[\u4e00-\u9fff]{1,4}[语文话]\s*(怎么|咋|如何)(说|讲|写)"
    r"|[가-힣]{1,6}어로 .{0,30}?(뭐라고? ?(말|해|하|써|쓰)|어떻게 ?(말하|말해|써|쓰|발음|표현))"
    r"|" + THEIR_TEXT_TO_TRANSLATE.pattern)
_OUR_ANSWER = re.compile(r"^\W*(this|that|it|these|those|the (answer|above|reply|message|info|information|details|last one)"
                         r"|esto|eso|esta|lo|la respuesta|la info\w*|todo|这|那|上面|刚才|以上|这个|这段|이거|그거|이것|그것|이걸|그걸"
                         r"|이 ?내용|위 ?내용|방금|답변|내용|전부|다)\W*$")


def translation_of_phrase(text: str) -> bool:
    """The partner asks to translate a phrase of their own, not our last answer."""
    m = _TRANSLATED_PHRASE.search(fold(text))
    if m is None:
        return False
    obj = next((g for g in (m.group("en"), m.group("es"), m.group("zh"), m.group("ko"), m.group("say_en"),
                            m.group("say_es")) if g), None)
    return obj is None or _OUR_ANSWER.search(obj) is None


# (a colon ends an announcement too: "sorry switching to English: and what era is that last one?")
_SENTENCES = re.compile(r"[^.!?。！？\n:：]+[.!?。！？\n:：]*")


READER_NEGATED = re.compile(r"\b(nobody|no one|none|nadie|ninguno|ninguna)\b|\b(doesn'?t|don'?t|does not|do not|can'?t|cannot|no) (speak|read|understand|habla|hablan|lee|leen|entiende|entienden)\b"
                            r"|没人|没有人|不会|不懂|看不懂|听不懂|아무도|못 ?(읽|하|알아)")
READER_BEFORE = re.compile(
    r"\b(my|our) (boss|partner|partners|colleague|colleagues|team|producer|director|client|investor|ceo|co-?producer|manager|exec)s?"
    r"\b.{0,12}\b(only )?(reads?|speaks?|understands?|needs?|prefers?)\b"
    r"|\bmis? (socio|socia|socios|jefe|jefa|companer[oa]|equipo|cliente|productor[a]?|director[a]?|inversionista|gerente)s?\b.{0,10}\b(solo |nomas )?(habla|hablan|lee|leen|entiende|entienden)\b"
    r"|(我|我们)的?(老板|合作方|同事|合伙人|团队|客户|领导|制片人|投资方)(只)?(看得懂|看懂|会|说|讲|读|懂|只会)"
    # the reader's nationality said ("我同事是中国人", "my colleague is Korean"): the language named with it
    r"|(我|我们)的?(老板|合作方|同事|合伙人|团队|客户|领导|制片人|投资方)(都|也)?是(中国|韩国|西班牙|墨西哥|美国|英国)人"
    r"|\b(my|our) (boss|partner|colleague|team|producer|director|client|investor)s? (is|are) (chinese|korean|spanish|american|british)\b"
    r"|(사장님|대표님|파트너|동료|팀장님|상사|보스|투자자|프로듀서)\S{0,3} .{0,8}(만 )?(읽|하시|알아|이해|쓰)")
"""The reader forms of `READER` other than `READER_ONLY` (a reader named by role and verb)."""
# ("mi compa solo entiende inglés", "같이 일하는 사람이 영어만 알아요": whoever knows that one only)
READER = re.compile(READER_BEFORE.pattern + r"|" + READER_ONLY.pattern)
"""Someone on the partner's side who reads another language ("sorry my boss reads only English",
"mi socio habla español", "我老板只看得懂英文", "사장님이 영어만 읽으세요"): a request to answer in it."""


# "and …?" opening a follow-up ("¿y en inglés?", "and in Korean?", "那英语呢", "영어는요?")
AND_THEN = re.compile(r"^\W*(?:ok\w*\W+|okay\W+|vale\W+|bueno\W+|listo\W+)?(?:and|y|e|what about|how about)\b|呢\W*$|(은|는)요\W*$")


def version_asked_again(text: str, last_answer: str | None) -> bool:
    """"¿Y en inglés?" right after a title's languages: whether that version exists, not a
    request to be answered in English."""
    return (last_answer or "").endswith("#languages") and bool(AND_THEN.search(fold(text)))


def _simplified_in_place(text: str) -> str:
    """Traditional characters in Simplified ("請翻成英文" → "请翻成英文"), the script the Chinese
    patterns are written in, when every character keeps its position (spans index the original)."""
    simplified = to_simplified(text)[0]
    return simplified if len(simplified) == len(text) else text


THAT_AGAIN = frozenset({"y", "and", "eso", "esto", "that", "this", "it", "lo", "please", "pls", "porfa", "ahora", "now"})


def language_request(text: str) -> tuple[Lang | None, str]:
    """(language asked for, the rest of the message) for "in English please, and the date?"."""
    folded = fold(_simplified_in_place(text))
    if translation_of_phrase(text):
        return None, text
    if EVENT_LANGUAGE_YES_NO.search(folded):
        return None, text  # "係咪用韓文同中文？", "要講西班牙文嗎": the language it is held in, asked
    if spanish_airing(text):
        return None, text  # "频道想播你们的短剧，翻成西班牙语给当地人看": our shows aired in it, no reply language
    bare = re.sub(r"[\s?!.,¿¡？！。，~～]+", " ", folded).strip()
    for lang, rx in _BARE_RE.items():
        if bare and rx.match(bare):
            return lang, ""
    # "my boss reads only English": answer in it ("nadie en mi equipo habla chino" is no request)
    reader = READER.search(folded) is not None and not READER_NEGATED.search(folded)
    if reader and READER_ONLY.search(folded) and not READER_BEFORE.search(folded) and asks_question(text) \
            and not REPLY_WORDS.search(folded):
        # ("导演只会英语和塞语，到时候跟灯光组美术组咋对接，能行不": one who knows only that language,
        # asked about with a question of its own, is what the question is about (how to work with
        # the crew: the languages FAQ), no reason to answer in it; "my coworker only knows English"
        # said alone after "say that in English" still is)
        reader = False
    if reader:
        pass
    elif ON_SET.search(folded) and not REPLY_WORDS.search(folded):
        return None, text  # "can we communicate in English on set?": the languages FAQ
    if EVENT_LANGUAGE.search(folded) and not REPLY_VERB.search(folded):
        return None, text  # "is the session in English?": the event's language, asked of the event
    if MEDIUM_OF_ACTION.search(folded) and not REPLY_WORDS.search(folded):
        return None, text  # "需要用西班牙语pitch吗": the pitch's language, asked of the event
    if LANGUAGE_AS_MARKET.search(folded) and not REPLY_VERB.search(folded):
        return None, text  # "can you distribute to Spanish-language markets?": a market, not a switch
    if LANGUAGE_WORK_WHO.search(folded) and not REPLY_VERB.search(folded):
        return None, text  # "누가 스페인어로 각색해 줘요?", "谁做英文版?": who makes that version, no reply in it
    if (OUR_SIDE_SPEAKS.search(folded) and not REPLY_WORDS.search(folded)) \
            or (ONLY_LANGUAGE.search(folded) and not REPLY_ONLY_ORDER.search(folded) and not READER_ONLY.search(folded)) \
            or BOT_LANGUAGE_ASKED.search(folded) or WRITES_TO_YOU_IN.search(folded) or ANSWERED_IN_MINE.search(folded):
        # (someone on our side who speaks the partner's director's language is asked about, no
        # switch: "¿alguien de ustedes le habla en español?")
        # "跟机器人只能用中文吗？", "will your bot talk to me in Spanish too?": which languages work,
        # the languages FAQ
        return None, text
    found = [(lang, m) for lang, rx in _LANG_RE.items() if (m := rx.search(folded))]
    if not found and reader:
        found = [(lang, m) for lang, rx in _LANG_NAME_RE.items() if (m := rx.search(folded))]
    if len(found) != 1:
        return None, text
    lang, m = found[0]
    if re.match(r"\s*(time|times|hours?|clock|time ?zone|timezone|standard time)\b", folded[m.end():]):
        return None, text  # "show all times in Spanish time from now on": Spain's clock, no reply language (fixV16)
    words = re.findall(r"[^\W\d_]+", folded[:m.start()] + " " + folded[m.end():])
    # "ok back to English. what events are coming up?": a sentence of its own that names the
    # language and little else is the request, whatever the next sentence asks
    own = [s for s in _SENTENCES.finditer(folded) if s.start() <= m.start() < s.end()]
    alone = bool(own) and own[0].end() < len(folded.rstrip(" .!?。！？")) and not QUESTION_MARK.search(
        folded[own[0].start():own[0].end()]) and len(re.findall(
            r"[^\W\d_]+", folded[own[0].start():m.start()] + " " + folded[m.end():own[0].end()])) <= 2
    # ("¿y eso en español? ¿qué épocas cubre?": a first sentence that is the bare request, asked)
    alone = alone or (bool(own) and own[0].end() < len(folded.rstrip(" .!?。！？")) and all(
        w in THAT_AGAIN for w in re.findall(r"[^\W\d_]+", folded[own[0].start():m.start()] + " " + folded[m.end():own[0].end()])))
    # a copy for someone or just this once ("solo esta vez en inglés, es para mi socio"): a request
    # (whether a title comes in that language stays that question: "¿está disponible en inglés
    # para mi socio?")
    copy = THIRD_PARTY.search(folded) is not None and not re.search(
        r"availab|disponib|\bdub|subtit|version|doblad|doblaj|subtitulad|配音|字幕|더빙|자막", folded)
    if len(words) > 3 and not REQUEST_WORDS.search(folded) and not alone and not reader and not copy:
        return None, text  # "qué obras están en coreano": about works, not a request to switch
    # ("las novedades del mercado en español": the Spanish-language market, no language asked)
    if not copy and re.search(r"(availab|dub|subtit|version|disponible|doblad|doblar|doblaj|subtitulad|adapt|\besta|\bestan|\bviene|\bexiste|\btienen?\b|\bhay\b"
                 r"|\bmercados?\b|\bmarkets?\b|\bpublico\b|\baudiencias?\b"
                 r"|\bis it|\bis that|\bare they|\bis there|\bcomes?)\w*\s*(\w+\s+)?$",
                 folded[:m.start()]) or re.match(r"\W*-?\s*(speak|speaking|market|audience|countr|version"
                                                 r"|subtit|dub|hablante|더빙|자막|된 |나온|제공|配音|字幕"
                                                 # "그거 스페인어로도 나옴?", "영어로도 있어요?": the title's version
                                                 r"|도? ?(나[오와옴온올]|있[어나음니는냐]|볼 ?수|방영|출시)"
                                                 r"|市场|观众|受众|地区|国家|圈|시장|시청자|관객|권)", folded[m.end():]):
        # "available in Spanish", "to Spanish-speaking countries", "改编给西语市场": not a request
        return None, text
    if not REQUEST_WORDS.search(folded) and re.search(r"\b(are|ones|them|titles?|works?|series|shows?|dramas?)\s+(\w+\s+)?$",
                                                      folded[:m.start()]):
        return None, text  # "which ones are in Spanish?", "any of them in Korean?": works asked, no switch
    if _WORKS_SAID.search(folded[:m.start()]) and (_WATCHED_BEFORE.search(folded[:m.start()]) or _WATCHED_AFTER.match(folded[m.end():])):
        # "which shows can you watch in Korean?", "¿qué series puedo ver en coreano, porfa?", "哪些剧可以用韩语看",
        # "어떤 드라마를 영어로 볼 수 있어?": the titles watched in that language (a filter), no reply in it (fixV16)
        return None, text
    if re.search(r"\b(latinoamerica\w*|latam|america latina|latin america\w*|hispanoamerica\w*|iberoamerica\w*)"
                 r"\s+(y|and|&|e)\s+(en\s+|in\s+)?$", folded[:m.start()]):
        return None, text  # "las novedades de Latinoamérica y en español": the news topic's name, no switch
    if re.search(r"\b(novedades|noticias|actualizaciones|news|updates|newsletters?|boletin(es)?)\s+(\w+\s+){0,2}$",
                 folded[:m.start()]) or re.match(r"\s*(的)?(消息|动态|動態|资讯|資訊|新闻|新聞|快讯)|\s*(소식|뉴스|업데이트)"
                                                 r"|\s+(news|updates|newsletter)\b", folded[m.end():]):
        # "mándenme las novedades en español pa Latinoamérica", "西语的消息推给我", "스페인어 소식
        # 받고 싶어요": the language the news are in, a news topic, no switch of this chat's language
        return None, text
    clauses = re.split(r"(?<=[.!?。！？\n,，;；:：])", text)
    rest, pos = [], 0
    for clause in clauses:
        start, end = pos, pos + len(clause)
        pos = end
        if not (start <= m.start() < end) and not FORWARD.search(fold(clause).strip()):
            if COURTESY_CLAUSE.match(fold(clause)):
                continue  # "could you send that in English, please?": the "please" asks nothing
            again = _LANG_RE[lang].search(fold(clause))
            if again is not None and not _asked_in_language(clause, again.start(), again.end()):
                # "send that in Spanish? en español por favor", "刚才那条能用英文再发一遍吗？in English
                # please": the same request said twice asks nothing else
                continue
            rest.append(clause)
        elif start <= m.start() < end:
            rest.append(_asked_in_language(clause, m.start() - start, m.end() - start))
    return lang, "".join(rest).strip(" ,，.;；:：")


# Titles named before a language they are watched in (`language_request`): "which shows can you watch
# in Korean?", "¿qué series se pueden ver en coreano?", "哪些剧可以用韩语看", "어떤 작품을 영어로 봐요?"
_WORKS_SAID = re.compile(r"\b(shows?|series|titles?|dramas?|works?|ones|films?|movies?|something|anything|obras?|titulos?|novelas?"
                         r"|microdramas?|peliculas?|algo|cuales)\b|剧|劇|作品|片子|片|드라마|작품|시리즈|거|것")
_WATCHED_BEFORE = re.compile(r"\b(watch|watched|watching|view|viewed|stream|streamed|streaming|enjoy|ver|verse|verlas?|verlos?|mirar"
                             r"|mirarse|mirarlas?|mirarlos?|disfrutar|vistas?|vistos?)\s*$|\b(be )?seen\s*$")
_WATCHED_AFTER = re.compile(r"\s*(来|來)?(看|观看|觀看|收看|欣赏|欣賞)|\s*(볼|보는|봐|봅|보실|시청|감상)")


def watched_in_language(text: str) -> bool:
    """Titles asked as watched in a language ("which shows can you watch in Korean?", "¿qué series
    se pueden ver en coreano?", "哪些剧可以用韩语看", "어떤 드라마를 스페인어로 볼 수 있어?")."""
    folded = fold(_simplified_in_place(text))
    return _WORKS_SAID.search(folded) is not None and _WATCHED_IN.search(folded) is not None


_WATCHED_IN = re.compile(r"\b(watch|watched|watching|view|viewed|stream|streamed|seen|see|ver|verse|mirar|mirarse)\w* (them |it |these |those |esas |esos |las |los )?(in|en) (korean|spanish|english|chinese|mandarin|coreano|espanol|castellano|ingles|chino)\b"
                         r"|用(韩|西|西班牙|英|中)?[语文]?(来)?(看|观看|收看)|用(中文|汉语)(来)?(看|观看|收看)"
                         r"|(한국어|스페인어|영어|중국어)로(도)? ?(볼|보는|봐|봅|보실|시청|감상)")


# A clause of courtesy words only ("..., please?", "..., por favor.", "，谢谢！", ", 부탁드립니다"), cut
# off the request by its comma: it asks nothing besides the language (matched on folded text).
COURTESY_CLAUSE = re.compile(
    r"^\W*((please|pls|plz|kindly|thanks|thank you|thank u|thx|ty|cheers|if possible|if you can|if you could|sir|madam"
    r"|por favor|porfa|porfis|porfavor|gracias|muchas gracias|si es posible|si se puede|si puedes|si pueden"
    r"|请|谢谢|多谢|麻烦(你|您)?了?|拜托了?|感谢|唔该|부탁(드립니다|드려요|해요|합니다|할게요)?|감사(합니다|해요)|고맙습니다)\W*)+$")


# A fact of a record asked by its noun, with no question word ("能用中文再说一下电影节的时间吗",
# "repeat the festival's dates in Spanish", "영어로 영화제 일정 다시 알려 줘"): what the clause asks
FACT_NOUN_ASKED = re.compile(r"\b(dates?|times?|venue|address|location|fechas?|horas?|horarios?|lugar|sede|direccion)\b"
                             r"|时间|日期|地点|地址|时长|举办地|날짜|일정|시간|장소|주소")


def _asked_in_language(clause: str, start: int, end: int) -> str:
    """What the clause that names the language asks besides it ("can you tell me what HISDA is in
    English?" → "can you tell me what HISDA is", "用英文说一下签约仪式是哪天" → "说一下签约仪式是哪天",
    "HISDA가 뭔지 영어로 알려 줘" → "HISDA가 뭔지 알려 줘"); "" when it asks nothing else ("answer
    in English please", "中文可以吗")."""
    rest = re.sub(r"\b(in|en|al)\s*$|用\s*$", "", clause[:start]) + re.sub(r"^(로|으로)", "", clause[end:])
    folded = fold(rest)
    enough = len(re.findall(r"[^\W\d_]+", rest)) >= 3 or len(re.findall(r"[\u4e00-\u9fff가-힣]", rest)) >= 6
    # (a Spanish question word keeps its accent: "que se lo reenvío" is no question)
    asked = WH_WORDS.search(folded) or re.search(r"(?<!\w)(qué|cuál|cuáles|cuándo|dónde|quién|quiénes|cómo|cuánto)(?!\w)", rest.lower()) \
        or FACT_NOUN_ASKED.search(folded) \
        or (ABOUT_ASKED.search(folded) and not (AGAIN_SAID.search(folded) or _REFERENCE.search(folded)))
    # ("麻烦把刚才的景区介绍用英文发一份": the description just sent, again; not a subject asked)
    return rest if enough and asked and not FORWARD.search(folded) else ""


# A subject asked about by name, with no question word ("can you tell me about the talent program
# in English?", "háblame del programa de talentos en inglés", "用英文介绍一下人才计划", "인재 프로그램에
# 대해 영어로 알려 줘"): the clause asks that subject, not only the last answer again
ABOUT_ASKED = re.compile(r"\btell (me|us) (a bit |a little |more )?(about|of)\b|\b(info|information|details|more) (on|about)\b"
                         r"|\b(explain|describe)\b|\bhablar?(me|nos|le)? (de|del|sobre|acerca)\b|\bcuenta(me|nos) (de|del|sobre|acerca|que)\b"
                         r"|\binformacion (de|del|sobre)\b|\bexplica(me|nos)?\b|介绍|介紹|讲讲|講講|聊聊|解释一下|解釋一下|에 (대해|대한|관해)|소개해|설명해")



# Someone else will read the re-sent answer ("can you put that in English for my boss?", "pásamelo
# en inglés pa mi socio", "我要转给美国的合作方", "미국 배급사에 전달하려고요"): a copy to pass on,
# not the partner's own language from now on, unless they say it is ("from now on", "以后都").
THIRD_PARTY = re.compile(
    r"\b(for|to|so) (my|our|a|the|his|her) ([\w-]+ ){0,2}(colleague|boss|client|partner|team|producer|director"
    r"|manager|investor|friend|distributor|co-?producer|buyer|people|folks|exec"
    # friends and family ("for my roomate", "for my cousin", "pa' mi pana", "给我室友看", "룸메한테")
    r"|room ?mate|roomate|roomie|buddy|buddie|pal|cousin|wife|husband|girlfriend|boyfriend|sister|brother|mum|mom|dad|classmate|teammate|flatmate|housemate)s?\b"
    r"|\bforward|\bpass (it|this|that) (on|along)"
    r"|\bshare (it|this|that) with|\b(i|we)('ll| will| can| want to| need to| have to) (send|forward|share|pass|show) (it|this|that)"
    r"|\b(needs|wants|reads) (it|this|that)\b|\bfor (him|her)\W*$|\b(in|into) \w+ for (him|her)\b"
    r"|\b(para|pa) (mi|mis|nuestr[oa]s?|el|la|los|las|un|una) ([\w-]+ ){0,2}(jef|soci|coleg|client|equipo|productor|co-?productor|director"
    r"|gerente|compa|distribuid|inversor|inversionista|amig|pana|prim[oa]|herman[oa]|novi[oa]|espos[oa]|parcero|cuate|chamo|vecin[oa])|reenvi|se (lo|la) (paso|mando|envio|comparto|reenvio)"
    r"|\bque (esta|ta'?|anda|tan|estan|andan) (aprendiendo|estudiando)\b"
    r"|compartir(lo|la)? con|(mostrar|pasar|mandar|enviar)selo"
    r"|\b(for|to) (our|my|the|their) ([\w-]+ ){0,2}(office|offices|headquarters|hq|head office|branch)\b"
    r"|\b(para|pa) (la|nuestra|mi) (oficina|sede|casa matriz|filial)\b"
    r"|转给|转发|发给|给.{0,8}(看|同事|老板|领导|伙伴|制片|客户|团队|老外)|(同事|老板|领导|伙伴|搭档|客户|合伙人|团队|老外|制片人?)(要|想|得)?看"
    r"|(팀장|대표|동료|파트너|교수|상사|투자자|감독|프로듀서|피디|작가|배급사|바이어|친구|룸메이트|룸메|동생|사촌)(님)?(께|에게|한테|에|이|가|분)"
    r"|给.{0,8}(室友|朋友|同学|表弟|表妹|弟弟|妹妹)"
    r"|전달|포워딩|공유하|보여 ?드려야|넘기|넘겨"
    # shown to a member of the partner's own club or team ("외국인 부원 보여주게"; fixY20)
    r"|(부원|팀원|멤버|동료|친구|선배|후배|회원)(들)?(한테|에게|께)? ?보여 ?(주게|줄게|드리게|줄라고|주려고|줄려고|드리려고|드릴라고|줄 거|드릴 거)"
    # one copy only ("just once", "solo esta vez", "就这一次", "영어로 한 번만"), or for a reader who
    # cannot read ours ("我老闆睇唔明中文", "my boss doesn't read Spanish") or is of another country
    # ("我同事係英國人", "我的合伙人是美国人", "동료가 미국 사람이라서")
    r"|\b(just|only) (this )?once\b|\bthis (one )?time\b|\bone[- ]off\b|\b(solo|nomas|solamente) (esta|una) vez\b|\bpor esta vez\b"
    r"|(就|只)(这|发|说|讲|用)?(一次|一遍|一下)|(再|多)(讲|说|讲一|说一)?(一)?次|한 ?번만|이번만|이번 ?한 ?번"
    r"|看不懂|读不懂|听不懂|睇唔明|睇唔识|睇唔懂|唔识睇|不懂中文|不会(说|看|读)中文"
    r"|唔(识|会|懂)(睇|讲|读|听)?(中文|中国字|汉字|普通话|国语|广东话)|(不|唔)(识|认识)(中文|中国字|汉字)"
    r"|\b((does|do|can) ?(not|n'?t)|cannot) (read|speak|understand)\b|\bno (habla|lee|entiende)n?\b"
    r"|(同事|老板|领导|伙伴|搭档|客户|合伙人|合作方|制片人?|投资人|导演)(是|係|系)\w{1,5}人"
    r"|(이|가) ?\S+ ?(사람|분)이(에요|예요|세요|거든요|십니다|라서|어서)")
ONWARD = re.compile(r"from now on|from here on|going forward|onwards?\b|\balways\b|de ahora en adelante|desde ahora"
                    r"|a partir de ahora|en adelante|\bsiempre\b|以后|今后|往后|之后都|接下来|一直|앞으로|이제부터|계속|항상"
                    # "reply only in Spanish", "solo en inglés", "只用西班牙语回复", "영어로만 답해 주세요": only
                    # that language, whatever the partner writes in
                    r"|\bonly (in )?(english|spanish|chinese|korean)\b|\b(english|spanish|chinese|korean) only\b"
                    r"|\b(solo|solamente|unicamente|nada mas) (en )?(ingles|espanol|castellano|chino|mandarin|coreano)\b"
                    r"|只(用|说|讲|回|要)|(영어|스페인어|중국어|한국어)로만")


def asked_for_good(text: str) -> bool:
    """Is a language asked for from now on ("always answer in English", "以后都用中文", "앞으로
    한국어로 해 주세요"), a choice that holds whatever the partner writes in?"""
    return bool(ONWARD.search(fold(_simplified_in_place(text))))


def for_someone_else(text: str) -> bool:
    """Is a language asked for so that someone else can read the answer, once ("send that in
    English for my partner"), rather than for the partner to go on in ("in English please")?
    Traditional Chinese is read in Simplified, the script of the patterns ("我要轉給同事")."""
    folded = fold(_simplified_in_place(text))
    return bool(THIRD_PARTY.search(folded)) and not ONWARD.search(folded)

# What a language change names to be sent again ("把刚才的景区介绍用英文发一份", "이 작품 소개를 영어로
# 보내주실 수 있나요?", "send the event description in English", "¿me mandas la ficha de la serie en
# inglés?"): a record of that kind, or the description of the record talked about (matched on folded,
# Simplified text). "Send that in English" names nothing: the last answer is sent again.
RESENT_KIND = {
    "location": re.compile(r"\b(sets?|locations?|backlots?|sites?|escenarios?|locaciones?|locacion|sets? de rodaje)\b"
                           r"|景区|场景|片场|拍摄地|拍摄基地|外景地|景点|布景|세트장?|촬영지|로케이션|촬영 ?장소"),
    "work": re.compile(r"\b(titles?|series|shows?|dramas?|works?|projects?|titulos?|obras?|serie|proyectos?|microdramas?)\b"
                       r"|作品|这部|那部|该剧|这个剧|短剧|剧集|片子|작품|드라마|시리즈"),
    "event": re.compile(r"\b(events?|sessions?|screenings?|eventos?|sesion|jornadas?|funcion)\b|活动|这场|那场|행사|이벤트"),
    "partner": re.compile(r"\b(company|partner|companies|empresa|socio|compania)\b|公司|伙伴|회사|파트너"),
    "program": re.compile(r"\b(program(me)?|programa)\b|项目|计划|프로그램"),
    "incentive": re.compile(r"\b(incentives?|policy|incentivos?|politica|subsidy|subsidio)\b|政策|补贴|扶持|인센티브|지원 ?제도|혜택"),
}
RESENT_DESCRIPTION = re.compile(r"\b(description|summary|synopsis|overview|introduction|intro|profile|card"
                                r"|descripcion|resumen|sinopsis|presentacion|ficha|perfil)\b"
                                r"|介绍|简介|梗概|概要|详情|资料|소개|줄거리|설명|개요|시놉시스|상세")


def resent_kinds(text: str) -> tuple[frozenset[str], bool]:
    """The kinds of record a request to send something again in another language names, and
    whether it names a description ("the set's description": ({"location"}, True))."""
    folded = fold(_simplified_in_place(text))
    return (frozenset(kind for kind, rx in RESENT_KIND.items() if rx.search(folded)),
            RESENT_DESCRIPTION.search(folded) is not None)


# -- interest in a work, said in words --------------------------------------------------------
# What the ⭐ button says ("I'm interested in the second one", "me interesa la segunda, ¿cómo
# sigo?", "我对第二部很感兴趣", "첫 번째 거 관심 있어요"): not a wish to know something ("me interesa
# saber de qué va", "interested in knowing the episodes"), nor interest declined.
INTEREST = re.compile(
    r"(?<!\bnot )(?<!\bno longer )\b(interested|keen on|we'?d like to (license|acquire|co-?produce)|want to (license|acquire|co-?produce))\b"
    r"(?! (to|in) (know|knowing|learn|learning|hear|hearing|find|finding|see|seeing|get more|getting more|more info))"
    r"|(?<!\bno )(?<!\bnunca )\b(me|nos) (interesa|interesaria|gusta mucho|encanta)\b(?! (saber|conocer|ver|leer|entender|preguntar|tener (mas )?info|que me (digas|cuentes|expliques)))"
    r"|\b(estoy|estamos|estaria|estariamos) (muy |bastante )?interesad[oa]s?\b(?! en (saber|conocer))"
    r"|(?<![不没])(很|非常|挺|比较|特别|蛮|都|也)?(感兴趣|感興趣|有兴趣|有興趣|有意向|想引进|想合拍这|想买这|想要这部)"
    r"|\b(queremos|quisieramos|quisiera|quiero|nos gustaria|me gustaria) (co-?producir|licenciar|adquirir)\b"
    # a wish to co-produce or license, said ("我对羊城夜曲有合作意向", "X 공동제작 하고 싶어요"): the ⭐ (fixK18)
    r"|(?<![不没])有(合作|合拍|引进|引進|购买|購買|采购|採購)意向"
    r"|(공동 ?제작|공동 ?제작을|판권 ?(구매|구입)|수입)(을|를)? ?(하고|진행하고|해 ?보고|추진하고) ?싶"
    r"|관심(이)? ?(있|가|이 ?가|생기)(?!는지)|관심 ?있어|마음에 들어|마음에 드네")
# "how do we go on / what are the next steps" after that interest ("me interesa, ¿cómo sigo?")
NEXT_STEPS = re.compile(r"\bnext steps?\b|\bhow (do|can|should) (we|i) (proceed|go on|move forward|continue)\b"
                        r"|\bcomo (sigo|seguimos|procedo|procedemos|avanzamos|continuamos)\b|\bpasos? a seguir\b|\bsiguiente paso"
                        r"|下一步|接下来怎么|怎么推进|怎么进行|如何推进|다음 단계|어떻게 진행|어떻게 하면 돼")


def interest_said(text: str) -> bool:
    """Does the message express interest in a work, as the ⭐ button does?"""
    return INTEREST.search(fold(_simplified_in_place(text))) is not None


# -- what the knowledge does not hold ------------------------------------------------------------
# Other studios by name: a question comparing us with them asks what staff know, not the costs FAQ.
OTHER_STUDIOS = (r"other studios|otros estudios|其他影视城|다른 스튜디오|babelsberg|churubusco|ramoji|cinecitta|leavesden|shepperton|bollywood|ciudad de la luz|estudios (america|azteca)"
                 # (Almería's "Mini Hollywood" western town is a place seen, no studio compared with us)
                 r"|pinewood|(?<!mini )(?<!mini-)(?<!mini)hollywood|xiangshan|象山|车墩|好莱坞|宝莱坞|샹산|처둔|파인우드|할리우드|볼리우드|바벨스베르크|라모지|치네치타|기장 촬영소"
                 # Xiangshan read in Korean (상산, not the 상산 of 영상산업), Wuxi's studios, Universal
                 r"|(?<![가-힣])상산(?!업)|\bwuxi\b|无锡|無錫|우시 ?(영화|스튜디오|촬영|세트|영시|기지)|\buniversal\b|环球影城|環球影城|유니버설"
                 # Wanda's studios in Qingdao (the Oriental Movie Metropolis): a rival, never our own price
                 r"|\bwanda\b|oriental movie metropolis|万达|萬達|东方影都|東方影都|완다|동방영도")
OTHER_STUDIO = re.compile(OTHER_STUDIOS)
# Another studio named only as the likeness of a way of shooting ("the Hollywood thing", "like in
# Hollywood", "Hollywood-style", "como en Hollywood", "好莱坞那种", "像好莱坞那样", "할리우드처럼"):
# the way is asked of us, nothing is weighed against them
STUDIO_LIKENESS = re.compile(
    r"\b(like|as in|as they do in|the way they do (it )?in|a la) (in )?(" + OTHER_STUDIOS + r")\b"
    r"|\bthe (" + OTHER_STUDIOS + r")[- ](thing|way|style|kind|approach|trick|method)\b|\b(" + OTHER_STUDIOS + r")[- ]style\b"
    r"|\b(como|igual que|tipo|estilo|al estilo de|a lo|a la) (en |lo de |los de |las de |lo que hacen en )?(" + OTHER_STUDIOS + r")\b"
    r"|像(" + OTHER_STUDIOS + r")(那样|那种|似的|一样)?|(" + OTHER_STUDIOS + r")(那种|那样|那套|式|风格|的那种|的那套)"
    r"|(" + OTHER_STUDIOS + r")(처럼|식으로|식|스타일|같은|같이|에서처럼|에서 하는 것처럼|에서 하는 식)"
    # ...or as the ones whose kit is wanted ("an LED stage like the big Hollywood shows use", "the
    # kind used in Hollywood", "como los que usan en Hollywood", "好莱坞大片用的那种", "할리우드
    # 드라마에서 쓰는 그런"): a thing asked of us, nothing weighed, unless a comparison word sits
    # between (the tempered spans stop at "than", "better", "que", "比", "보다", "비교")
    r"|\b(like|as) (the |those |what |in |on |one of )?((?!than\b|better\b|cheaper\b|compar)[\w']+ ){0,3}(" + OTHER_STUDIOS + r")\b"
    r"|\b(" + OTHER_STUDIOS + r")( (?!than\b|better\b|cheaper\b|vs\b|versus\b|compar)[\w']+){0,3} (use|uses|used|have|has|shoot on|shoot with|film on|film with|work with)\b"
    r"|\b(used|seen|standard|common) (in|by|on|at) (the )?((?!than\b)[\w']+ ){0,2}(" + OTHER_STUDIOS + r")\b"
    r"|(?<=.)(?<![¿¡])\b(como|tipo|estilo|igual a)\b(?! (es|son|se compara|sale|salen|queda|esta|estan|anda)\b)"
    r"((?! que\b| mejor\b| compar)[^.?!,;]){0,40}?\b(de|en|por) (" + OTHER_STUDIOS + r")\b"
    r"|\b(que|q) (se )?(usan|utilizan|ocupan|tienen|ven)( en| las producciones de| los estudios de| las series de)? (" + OTHER_STUDIOS + r")\b"
    r"|\b(usad|utilizad)[oa]s? (en|por) (" + OTHER_STUDIOS + r")\b"
    r"|(" + OTHER_STUDIOS + r")[^，。？?！!比]{0,8}?(用|使用|采用|在用|拍摄用|拍戏用)的"
    r"|(" + OTHER_STUDIOS + r")[^，。？?！!比]{0,8}?(那种|那样|那套|同款)"
    r"|(" + OTHER_STUDIOS + r")((?!보다|비교|대비|보단)[^?？.,。!]){0,15}?(쓰는|쓰던|쓰이는|쓴다는|사용하는|사용되는|사용하던)"
    # ...or as the size of a budget the partner has not got ("we ain't got Hollywood money", "no
    # tenemos presupuesto de Hollywood", "没有好莱坞那种预算", "할리우드 예산은 없어요"): our cost asked
    r"|\b(" + OTHER_STUDIOS + r")[- ](money|budgets?|cash|dough|bucks|pockets|funding|kind of money)\b"
    r"|\b(presupuestos?|plata|dinero|lana|billete|recursos) (de|tipo|como en) (" + OTHER_STUDIOS + r")\b"
    r"|(" + OTHER_STUDIOS + r")(的|那种|那样的|那么多的?)?(预算|经费|资金|钱|成本)"
    r"|(" + OTHER_STUDIOS + r") ?(급 )?(예산|자금|돈|제작비)")
# Another film site, by what it is ("青岛东方影都", "무안 세트장", "Origo Studios", "los Estudios
# Sierra") or by a town known for its shoots: weighed against us, a comparison staff answer, not
# the costs FAQ (which weighs us against shooting at home). Only read beside a comparison: "横店
# 影视城" and "헝뎬 세트장" are ours, and a set is no rival when nothing is compared.
RIVAL_SITE = re.compile(r"(?<!横店)(?<!横店的)(影视城|影视基地|影视产业园|拍摄基地|影都|影城|片场)"
                        r"|(?<!헝뎬)(?<!헝뎬 )(?<!헝뎬의 )(세트장|촬영장|촬영소|촬영 ?기지|테마파크|오픈 ?세트)"
                        # a studio by where it is ("파리 근교 스튜디오", "a lot near Prague"), not ours
                        r"|(근교|근처|외곽|교외|인근|쪽)(의|에 있는)? ?스튜디오|\b(studios?|backlots?|lots?) (near|outside|around|in) (?!hengdian|dongyang|china)[a-z]+"
                        r"|\b(ouarzazate|tabernas|almeria|film city|studio city|atlas studios?|other (sets|backlots|lots))\b"
                        r"|otr[oa]s? (sets|locaciones|platos|escenarios)|别的(影视城|片场|基地)|다른 (세트장|촬영장|촬영소)")
# ...and one by its name with "Studios" (written as a name: capitals), other than ours.
NAMED_STUDIO = re.compile(r"\b(?!World\b|Hengdian\b)[A-Z][\w'-]+ (Film )?Studios?\b|\b[Ee]studios (?!de\b|del\b|en\b)[A-Z]\w+")


# A rough idea asked for ("roughly", "a general idea", "大概说说", "대충이라도"), not a verdict between two
# named places ("which is cheaper?", "哪个便宜", "어디가 더 싸요"): how costly we are in general, which
# the costs FAQ answers, though another studio is named beside it.
ROUGH_IDEA = re.compile(r"\b(roughly|ballpark|in general|generally|overall|broadly|more or less|rough idea|general idea|big picture)\b"
                        r"|\b(idea general|a grandes rasgos|en general|mas o menos|aproximad\w*|a ojo|en terminos generales)\b"
                        r"|大概|大致|大体|整体|总体|粗略|笼统|大约|대충|대략|전반적|대체로|얼추")
HEAD_TO_HEAD = re.compile(r"\bwhich (is|one|would|of (them|the two|those))\b|\bcompare (them|both|the two)\b|\b(weighing|between) (both|the two)\b"
                          r"|\bcual (es|sale|seria|resulta|de (los|las|ambos))\b|\bque (es|sale) mas\b"
                          r"|哪个|哪家|哪边|哪里|谁更|어디가|어디 ?(더|쪽)|어느 ?(쪽|곳|게)|둘 중")


def rough_idea_of_costs(text: str) -> bool:
    """A rough idea of how costly we are, with other places named for scale, no verdict between
    them asked (`ROUGH_IDEA`, not `HEAD_TO_HEAD`)."""
    folded = fold(text)
    return ROUGH_IDEA.search(folded) is not None and HEAD_TO_HEAD.search(folded) is None


# Another company as the one whose price is asked ("what do your competitors charge?", "경쟁사
# 촬영장 가격은", "其他影视基地多少钱", "¿y otras empresas cuánto cobran?"): not ours to quote,
# never our own price desk as if it could tell, nor a contact carried over from the talk.
RIVAL_PRICE_OWNER = re.compile(
    r"\b(competitors?|rivals?)\b|\b(other|another) (compan(y|ies)|firms?|studios?|producers?|production (houses?|compan(y|ies))|(film )?(bases|parks|cities|lots))\b"
    r"|\bcompetidor\w*|\b(la|tu|su|vuestra) competencia\b(?! de)|\botr[oa]s? (empresas?|compan\w+|productoras?|estudios|proveedores)\b"
    r"|另一家|另外一家|别家|别的(公司|影视|基地|片场)|其他(公司|家|影视公司|影视基地|基地|影视城|片场|同行)|其它(公司|家|影视|基地)|竞争对手|竞品|竞争者"
    r"|경쟁 ?(사|업체|회사)|다른 (회사|업체|제작사|스튜디오|촬영소|세트장|촬영장)|타사")


def rival_price(text: str) -> bool:
    """Is the price asked another company's (`RIVAL_PRICE_OWNER`), not ours?"""
    return RIVAL_PRICE_OWNER.search(fold(_simplified_in_place(text))) is not None


def rival_named(text: str) -> bool:
    """Does the message name another studio, or weigh us against another film site?"""
    folded = fold(text)
    return bool(OTHER_STUDIO.search(likeness_dropped(folded))) or (
        compares(text) and bool(RIVAL_SITE.search(folded) or NAMED_STUDIO.search(text)))


# The partner's own budget, described or feared for ("our budget is tight", "will it blow our
# budget?", "se nos va todo el presupuesto", "预算有限", "예산이 빠듯해요"): how costly we are, not a
# price asked (see `AFFORDABLE`).
BUDGET_TALK = re.compile(
    # the partner drawing up their own budget ("doing the travel budget for 2027", "armando el presupuesto
    # del viaje", "在做明年的差旅预算", "출장 예산 짜는 중인데"): why it is asked, no price
    r"\b(doing|making|drawing up|putting together|working on|planning|prepping|preparing|sorting out) (the |our |my |a )?(\w+ )?budget\b"
    r"|\b(armando|haciendo|preparando|cerrando|cuadrando|calculando) (el |nuestro |mi )?presupuesto\b"
    r"|(做|编|算|排|定)(一下)?(明年|今年|下半年)?(的)?(差旅|出差|行程|旅行)?预算|예산(을|를)? ?(짜|잡|세우|편성)"
    r"|\b(tight|small|low|limited|modest|lean|indie|shoestring|micro|mid|middle|medium|moderate|mid-?size|mid-?range|average)[- ](\w+ )?budgets?\b|\bbudgets? (is|are|was|'s) (a bit |very |quite |super )?(tight|small|limited|low)"
    r"|\bon a (tight |small |low |limited )?(budget|shoestring)\b|\bblow(s|ing|n)? (up )?(our|my|the|your|a)( \w+)? budget"
    r"|\b(over|out of) (our |my |the )?budget\b|\b(eat|eats|eating) (up |into )?(our|my|the)( \w+)? budget"
    r"|presupuesto (es |e' |e |esta |anda )?(muy |bien |re |super |medio )?(ajustado|limitado|chico|chiquito|chiquitico|chiquitito|chiquitin|pequeno|pequenito|corto|apretado|bajo|justo|modesto|mediano|flaco|flaquito|escaso|minimo)|(poco|bajo|pequeno|modesto|mediano) presupuesto|presupuesto de (productora|compania|empresa|estudio) (chica|pequena|mediana|modesta|indie|independiente)"
    r"|se (nos|me|les) (va|vaya|iria|come|comeria|acaba|acabaria) (a ir )?(todo )?el presupuesto|(reventar|volar|fundir) el presupuesto"
    r"|预算.{0,4}?(有限|不多|紧张|吃紧|紧|不够|不足|(?<!多)少)|超预算|小预算|예산이? (빠듯|적|부족|한정|넉넉지|작)|저예산"
    r"|(작은|적은|빠듯한|한정된|넉넉지 않은|얼마 안 되는) 예산|\b(se )?(apana|arregla|hace|resuelve) con poco\b"
    # whether the budget is enough ("will our budget stretch that far?", "el presupuesto nos da?",
    # "预算够不够", "저희 예산으로 충분할까요?"): how costly we are, asked from the partner's side
    r"|\b(our|my|the|a) (\w+ )?budget (stretch|cover|hold|handle|survive|be enough|is enough|work)|\bbudget (is |be )?(enough|big enough|sufficient)"
    r"|\bbudget[- ]wise\b|\b(enough|fit (in|within)) (our|my|the) budget|\bpresupuesto (nos |me |les )?(da|alcanza|llega|aguanta|rinde|sirve|cubre|es suficiente)\b"
    r"|\b(nos |me |les )?(alcanza|da|llega|aguanta) (el|nuestro|mi) presupuesto|\bpresupuesto suficiente"
    r"|预算(够|扛得住|撑得住|顶得住|足够|能撑)|예산(으로|이|은|이면)?.{0,15}(충분|될까|되나|될지|버틸|감당|괜찮을까|가능할까)"
    # the money the partner has, enough or not ("钱够不够用", "这点钱够吗")
    r"|钱(够不够|够用|够吗|够不|不够)|这点(钱|预算)"
    # whether the partner's money holds out or is left over, or the place is within their means
    # ("within our reach money-wise", "is it only for big studios", "兜里的钱撑得住不", "经费扛不住吧",
    # "예산 남을까", "통장 거덜나요?", "¿nos alcanza la plata?")
    r"|\bmoney[- ]wise\b|\bfinancially\b|\b(within|beyond|out of) (our|my|the) (reach|means|price range|league)\b"
    r"|\b(only|just|mainly|mostly) for (the )?(big|major|large|rich|wealthy|deep[- ]pocketed) (studios?|productions?|players|companies|outfits|names)\b"
    r"|\b(nos |me |les )?(alcanza|alcanzara|alcanzaria|llega|llegaria|da|daria) (la plata|el dinero|la lana|la guita|el bolsillo)\b"
    r"|\bsolo (es |sirve )?para (los )?(grandes|estudios grandes|productoras grandes|grandes estudios)\b"
    r"|(钱|预算|资金|经费|银子|腰包)(都|也|还|能|可)?(撑|扛|顶|hold)(得住|不住)|(钱|预算|资金|经费)(撑|扛)不(撑|扛)得住"
    r"|(돈|예산|자금|통장|잔고)(이|가|은|는)? ?(좀 |꽤 |많이 |조금이라도 )?(남을|남나|남겠|남아|남을까|남긴|남길)|거덜|텅장|빈털터리|(통장|지갑)(이|가)? ?(털리|바닥|비겠)"
    # the partner's money said to be tiny in slang ("돈도 쥐꼬리임", "we're broke", "money's peanuts",
    # "andamos sin un peso", "没什么钱", "钱少得可怜"): how costly we are for them (fixG17)
    r"|(돈|예산|자금|제작비)(도|이|은|는)? ?(쥐꼬리|쥐뿔|얼마 ?없|별로 ?없|거의 ?없)|쥐꼬리만 ?한 ?(돈|예산)"
    r"|\b(we'?re|we are|i'?m) (pretty |totally |basically |kinda |flat )?broke\b|\b(money|budget|funds?) (is|'s|are) (peanuts|pocket change|next to nothing|basically nothing)\b|\b(barely|hardly) any (money|cash|budget)\b"
    r"|\b(sin|ni) un (peso|duro|centavo|quinto|mango)\b|\b(andamos|estamos) (pelad[oa]s|limpi[oa]s|quebrad[oa]s|en la ruina)\b"
    r"|(没|没有)(什么|啥|多少)(钱|经费|预算)|钱少得可怜|穷得(叮当响|很)|手头(很|比较|有点)?紧"
    # ...or plainly ("a choir with very modest funds", "not much money", "dinero no hay mucho", "poca
    # plata", "recursos limitados"): how costly we are for them (fixN25)
    r"|\b(modest|limited|small|tight|meagre|meager|scarce|slim|humble) (funds|means|resources|finances)\b|\b(not much|very little|little) (money|cash|funding)\b"
    r"|\b(dinero|plata|lana|billete|recursos?) no (hay|tenemos) much[oa]s?\b|\bno (hay|tenemos) much[oa]s? (dinero|plata|lana|billete|recursos)\b"
    r"|\bpoc[oa]s? (dinero|plata|lana|recursos)\b|\b(recursos|fondos) (limitados|escasos|modestos|justos)\b"
    # a club that lives on its members' dues ("회비로 운영되는 작은 동호회"): little money of its own
    r"|회비(로|으로) ?(운영|꾸려|꾸리|돌아가|유지)")
# "A special rate", "preferential pricing": a discount asked for, which the incentives answer, not
# a price (Spanish "precio especial" is kept out of the price gap where it is matched).
SPECIAL_RATE_LEADS = ("special", "preferential", "discount", "discounted", "reduced", "favourable", "favorable",
                      "friendly", "concession", "concessionary")
NOT_SPECIAL = "".join(f"(?<!{word} )" for word in SPECIAL_RATE_LEADS)
SPECIAL_RATE = re.compile(r"\b(" + "|".join(SPECIAL_RATE_LEADS) + r") (rates?|prices?|pricing|deals?)\b"
                          r"|\b(precios?|tarifas?) (especial|preferencial|rebajad)\w*|优惠价|特价|折扣价|특가|할인 ?(가격|요금)|우대 ?(요금|가격)")
# topic -> pattern. A gap is answered honestly and routed to the contact of its subject.
# A length or a count named just before "얼마" ("러닝타임 얼마나", "시간은 얼마", "구독자 수가 얼마나"):
# how long or how many, no price.
# Fixed-width look-behinds, one per ending (Python's `re` needs each of a fixed width).
_LENGTH_BEFORE = "".join(f"(?<!{word}{end})" for word in ("타임", "시간", "길이", "분량", "수")
                         for end in ("", " ", "은 ", "이 ", "는 ", "가 ", "은", "이", "는", "가"))

# A length named a few words before "how much" ("러닝타임은 회당 얼마", "분량이 편당 얼마 정도"), with no
# word of money: the minutes, not a price
_LENGTH_HOW_MUCH = re.compile(r"(러닝 ?타임|분량|길이|재생 ?시간|상영 ?시간|런타임).{0,10}얼마"
                              # "one episode length how much", "the runtime is how much?" (fixB17)
                              r"|\b(length|duration|runtime|run ?time|running time|minutes?)\b.{0,20}\bhow (much|many)\b"
                              r"|\b(duracion|minutos)\b.{0,12}\bcuanto\b")
_MONEY_SAID = re.compile(r"가격|요금|비용|돈|금액|라이선스비|판권료|로열티|달러|\d ?원|만 ?원|수수료"
                         r"|\b(price|prices|cost|costs|fee|fees|license|licence|licensing|rights|money|dollars?|usd|pay|pago|precio|costo|cuesta|licencia|dinero|plata)\b")
GAPS: tuple[tuple[str, str], ...] = (
    # A visa's fee ("visa fee?", "¿cuánto cuesta la visa?", "签证费多少？", "비자 비용은요?"): the
    # consulate's to say, no file of ours gives it (before "price": its own wording and team)
    # How long a visa takes to be issued ("how long does the visa take to process?", "¿cuánto tarda
    # la visa?", "签证办下来要多久", "비자 발급은 얼마나 걸려요?"): the consulate's to say too (not how
    # long the partner may stay, nor how long it is valid)
    ("visa_time", (r"^(?!.*\b(stay|valid|validity|quedar(nos|me|se)?|estancia|estadia|vigencia|valida?)\b).*?(?:"
                   r"\bvisas?\b.{0,30}\b(how long|how many (days|weeks)|processing time|turnaround)\b|\b(how long|how many (days|weeks)|processing time|turnaround)\b.{0,30}\bvisas?\b"
                   r"|\bvisas?\b.{0,30}\b(cuanto (tiempo|tarda|demora)\w*|tarda\w*|demora\w*|plazo)\b|\b(cuanto (tiempo|se tarda|se demora|tarda|demora)\w*|plazo)\b.{0,30}\bvisas?\b)"
                   r"|^(?!.*(停留|逗留|有效|多久可以待)).*?(?:签证|簽證).{0,10}(多久|多长时间|多長時間|几天|幾天|几个?星期|几周|办理时间|辦理時間)"
                   r"|^(?!.*(체류|머무|유효))(?:.*비자.{0,10}(얼마나 (걸|오래)|며칠|몇 ?(일|주)|기간|소요))")),
    ("visa_fee", (r"\bvisas?\b.{0,25}\b(fees?|costs?|price|how much|charges?)\b|\b(fees?|costs?|price|how much)\b.{0,25}\bvisas?\b"
                  r"|\bvisas?\b.{0,25}\b(cuesta|cuestan|costo|coste|precio|tarifa|arancel|cuanto)\b|\b(cuesta|cuestan|costo|coste|precio|tarifa|arancel|cuanto)\b.{0,25}\bvisas?\b"
                  r"|签证.{0,6}(费|多少钱|几多钱|要多少|价格|收费)|簽證.{0,6}(費|多少錢|價格|收費)|비자.{0,8}(비용|수수료|얼마|발급비|요금)")),
    # Parking at a venue or a set ("is there parking at the venue?", "¿hay estacionamiento?",
    # "有停车场吗？", "주차 가능해요?"): no file says, so the team of the record in view is asked
    ("parking", (r"\bpark(ing|ing lot|ing space)s?\b|\bcar ?park\b|\bwhere (can|do) (we|i) park\b|\bpark (the|our|my) (car|van|truck)s?\b"
                 r"|\bestacionamiento|\baparcamiento|\bparqueadero|\bparqueo\b|\b(estacionar|aparcar|parquear)(nos|se)?\b|\bcochera\b"
                 r"|停车|停車|泊车|泊車|车位|車位|주차")),
    # Getting about in a wheelchair, on the sets or at a venue ("can a wheelchair user get round the
    # sets?", "anda en silla de ruedas, ¿puede moverse por los sets?", "片场轮椅方便进出吗", "휠체어로 다닐
    # 수 있어요?"): no file says, so the team of the record in view is asked (not "accessible by train")
    ("access", (r"\bwheel ?chairs?\b|\bstep-free\b|\bdisabled (access|guests?|people|visitors?|crew|members?|toilets?|parking)\b"
                r"|\b(accessible|access) (for|to) (wheelchairs?|disabled|people with (a )?disabilit\w*|the disabled)\b|\bdisabilit(y|ies)\b"
                r"|\bsillas? de ruedas\b|\bdiscapacidad\w*|\bmovilidad reducida\b|\baccesibles? para (personas con|sillas|discapacitad)"
                r"|轮椅|輪椅|无障碍|無障礙|残障|殘障|残疾人|殘疾人|行动不便|行動不便"
                r"|휠체어|장애인|무장애|배리어 ?프리|거동이 불편")),
    # Medical care around the sets ("is there a hospital near the sets?", "¿hay una clínica cerca de los
    # sets?", "片场附近有医院吗", "촬영장 근처에 병원 있어요?", "what if someone gets hurt on set?"): a real
    # hospital, no set of one (`MODERN_PLACES` beside a set word). No file says: the sets' team is asked
    ("medical", (r"\b(hospitals?|clinics?|medical (centres?|centers?|care|services?|staff|team)|doctors?|medics?|first[- ]aid|ambulances?|pharmac(y|ies)|emergency rooms?)\b"
                 r"(?! (sets?|scenes?|sequences?|shots?|stages?|dramas?|series|romances?)\b).{0,40}"
                 r"\b(near(by|est)?|close (to|by)|closest|around|in case|emergenc\w*|injur\w*|hurt|accidents?|sick|ill)\b"
                 r"|\b(near(by|est)?|closest|in case|emergenc\w*|injur\w*|hurt|accidents?|sick)\b.{0,40}"
                 r"\b(hospitals?|clinics?|medical (centres?|centers?|care|services?)|doctors?|medics?|first[- ]aid|ambulances?|pharmac(y|ies))\b(?! (sets?|scenes?|sequences?|shots?|stages?)\b)"
                 r"|\b(hospital(es)?|clinicas?|medicos?|centros? de salud|primeros auxilios|ambulancias?|farmacias?|urgencias)\b"
                 r"(?! (para (la|una) escena|como set)).{0,40}\b(cerca\w*|alrededor|mas proximo|en caso|emergencias?|lastim\w*|herid\w*|accidentes?|enferm\w*)\b"
                 r"|\b(cerca\w*|alrededor|mas proximo|en caso|emergencias?|lastim\w*|herid\w*|accidentes?|enferm\w*)\b.{0,40}"
                 r"\b(hospital(es)?|clinicas?|medicos?|centros? de salud|primeros auxilios|ambulancias?|farmacias?)\b"
                 r"|(附近|周边|旁边|最近|万一|萬一|受伤|受傷|急救|生病|出事).{0,12}(医院|醫院|诊所|診所|医务室|醫務室|急救|救护车|救護車|药店|藥店|看病|就医|就醫)"
                 r"|(医院|醫院|诊所|診所|医务室|醫務室|救护车|救護車|药店|藥店)(?!的?(戏|景|场景|布景|镜头)).{0,8}(附近|周边|旁边|最近|远不远|遠不遠|多远|多遠|在哪)"
                 r"|(근처|주변|가까운|가까이|다치|부상|사고|아프|응급)[^?.!]{0,15}(병원|응급실|의원|약국|구급차|의료)"
                 r"|(병원|응급실|의원|약국|구급차|의료 ?시설)(?! ?(세트|장면|씬|신))[^?.!]{0,10}(근처|주변|가까|멀어|멀리|어디)")),
    # A set's or stage's size ("how big is it?", "廣州街嗰個幾大㗎？", "面积多大", "몇 평이에요?"): not
    # published, so the detail is the team's (of the record in view: "that isn't published for …")
    ("size", (r"\bhow (big|large|spacious)\b(?! (is|was) the (discount|budget|fee))|\bsize of (the )?(set|stage|studio|lot|backlot|site|street|palace|area)\b|\bwhat size\b"
              r"|square (meters|metres|feet|foot)|\bsq ?(m|ft)\b|\bacres\b|\bhectares\b"
              r"|que tan grande|cuan grande|\btamano\b|superficie(?! (de la luna|lunar|de marte|del planeta|de un planeta|del mar|del agua|del oceano))|metros cuadrados|hectareas|cuanto mide"
              r"|(?<!折扣)(?<!优惠)(?<!预算)(?<!折扣有)(?<!优惠有)(?<!预算有)(有|是)?多大(?!年纪|岁|年龄|的?(折扣|优惠|预算))|几大|面积|占地|多少平(米|方)|多少亩|规模(有)?多大"
              r"|얼마나 (커|큰|넓)|크기|면적|넓이|몇 ?평|규모가 (어|얼)"
              # its measures, said as such ("the LED wall's dimensions?", "¿qué medidas tiene la
              # pantalla?", "LED屏尺寸", "LED 월 사이즈", "몇 제곱미터"), of a stage, a wall or a set
              r"|\bdimensions?\b|\bmeasurements?\b|\bhow (wide|tall|high|deep)\b(?! (is|are|was) the (fee|price|cost|discount))|\b(width|height|length|footprint) of (the|that|this|its|your)\b|(?<![a-z])(m2|sqm)(?![a-z])|㎡"
              r"|\bdimensiones\b|\b(que|cuales|sus|las) medidas (tiene|tienen|son|mide|miden)\b|\bmedidas (de|del) (la|el) (pantalla|muro|pared|set|plato|foro|estudio|escenario|nave)\b"
              r"|\bcuanto (de )?(ancho|alto|largo|fondo)\b|\bmetros (cuadrados|de (ancho|alto|largo))\b"
              r"|\bque altura tiene\b|\baltura (libre|de techo|del techo|del foro|del plato|del estudio)\b"
              # (not "规格", a stage's specifications in general: as "specs", "especificaciones" and "사양",
              # its card, which says to ask staff for them; "规格是什么" during a hand-off was no answer, play34)
              r"|尺寸|多宽|多高|长宽|宽高|平方米|平方|平米|层高|净高|挑高|층고"
              r"|사이즈|제곱미터|평방미터|가로 ?세로|(가로|세로|높이|폭|너비)(가|는|이|은)? ?(몇|얼마)|규격|몇 ?미터"
              # the sizes in the plural and the measure counted ("what sizes are the sound stages?",
              # "¿cuántos metros mide?", "tamaños"), and the biggest one asked for ("your largest
              # stage", "el set más grande", "最大的摄影棚", "제일 큰 세트"): no file gives a size
              r"|\bwhat sizes\b|\bsizes (of|are|do)\b|\bhow many (square )?(meters|metres|feet|foot|sq ?m|sq ?ft|m2)\b|\btamanos\b|\bcuant[oa]s (metros|m2)\b"
              r"|\b(biggest|largest|smallest) (\w+ )?(sets?|stages?|studios?|soundstages?|lots?|backlots?|streets?|spaces?|halls?|locations?|sites?)\b"
              r"|\b(set|sets|estudio|estudios|plato|platos|foro|foros|escenario|escenarios|nave|naves|locacion|locaciones|calle|calles)( \w+)? mas (grande|amplio|amplia|chico|chica|pequeno|pequena)s?\b"
              r"|最大的?(摄影棚|影棚|棚|场景|景区|片场|拍摄基地|景|布景|外景|内景|搭景)|(摄影棚|影棚|场景|景区|片场|布景)(哪个|哪一个)最大"
              r"|(가장|제일) ?(큰|넓은|작은) ?(세트|스튜디오|촬영장|스테이지|오픈 ?세트|장소|촬영 ?세트)"
              # a screen's or stage's technical specifications, measures no file gives ("the LED wall's
              # pixel pitch?", "¿qué resolución tiene la pantalla?", "LED屏点间距多少", "LED 월 해상도가 어떻게 돼요?")
              r"|\bpixel ?pitch\b|\b(resolution|refresh rate|brightness|nits|frame rate|ceiling height|load capacity|power supply|amperage|voltage)\b(?! (of|in) (the )?(dispute|conflict|problem))"
              r"|\bresolucion\b|\b(tasa|frecuencia) de refresco\b|\bbrillo\b|\bpitch (de|del) (pixel|la pantalla|los leds?)\b|\bvoltaje\b|\bamperaje\b"
              r"|点间距|像素间距|间距是多少|分辨率|刷新率|亮度|像素|承重|供电|电压"
              r"|픽셀 ?피치|해상도|주사율|재생률|밝기|휘도|전압|전력 ?용량|하중")),
    # Pay to a participant ("are the internships paid?", "¿tienen pasantías pagadas? ¿cuánto pagan?",
    # "实习有工资吗", "인턴 급여는 얼마예요?"): a salary, wage or stipend paid to interns or talents,
    # which no programme publishes; no price or fee of a service (before "price" and "scholarship")
    ("pay", (r"\b(salary|salaries|wages?|stipends?|remuneration|paycheck)\b|\b(paid|unpaid)\b.{0,15}\b(internships?|interns?|traineeships?|trainees?|positions?|roles?|placements?)\b"
             r"|\b(internships?|interns?|traineeships?|trainees?)\b.{0,25}\b(paid|unpaid|pay|pays|earn|compensated)\b"
             r"|\bhow much (do|does|will|would) (interns?|trainees?|participants?|talents?) (get|earn|make|get paid)\b|\bhow much (do|does|will) (they|it) pay\b(?! for)"
             r"|\bcuanto (pagan|paga)\b(?! (por|el|la|los|las))"
             # the programme itself said to pay ("el programa global de talento paga algo, cuanto al mes",
             # "does the talent programme pay anything, how much a month?"; fixL18)
             r"|\b(programa|formacion|taller|curso|residencia|pasantia|proyecto)\b.{0,30}\b(paga|pagan|pagara|pagaria) (algo|algun dinero|plata)\b"
             r"|\b(program|programme|scheme|course|residency|training)\b.{0,30}\bpays? (anything|something|any money|a salary|a wage)\b"
             r"|(一个月|一個月|每个月|每個月|每月)(能)?(给|發|发|給|拿|领|領)(多少|几多|幾多)|돈 ?(줘|주|나와|받).{0,15}(한 ?달|월)(에)? ?얼마"
             r"|\b(sueldos?|salarios?|estipendios?|remuneraci\w*|remunerad[oa]s?)\b|\b(pasantias?|practicas?|becarios?|pasantes?)\b.{0,25}\b(pagad[oa]s?|pagan|paga|pago|cobran?)\b"
             r"|\b(pagad[oa]s?|pagan|paga|pago)\b.{0,25}\b(pasantias?|practicas?|pasantes?|becarios?)\b"
             r"|(每个?月|每月|按月|月度)(都)?(发|给|有|领)(补贴|补助|津贴|生活费|工资|钱)|月(补贴|津贴|补助)|生活补贴"
             r"|\bmonthly (stipend|allowance|pay|payment)\b|\b(beca|apoyo|pago|ayuda|asignacion) mensual\b|매달 ?(지원금|수당|돈)|월 ?(지원금|수당)"
             # what participants receive in money ("¿qué asignación económica reciben?", "what allowance do
             # participants get?", "学员有多少补贴", "참가자 수당은 얼마예요?"; fixW16)
             r"|\b(asignacion|ayuda|dotacion|compensacion|retribucion) (economica|monetaria|en dinero)\b|\b(participants?|fellows?|trainees?|talents?)\b.{0,30}\ballowances?\b|\ballowances?\b.{0,30}\b(participants?|fellows?|trainees?)\b"
             r"|(学员|学生|参与者|参加者|学员们)(能|可以|会)?(拿|领|有|得到)?(多少)?(补贴|津贴|补助|生活费)|(참가자|참여자|연수생|교육생)\S{0,2} ?(수당|지원금|활동비|생활비)"
             r"|工资|薪资|薪水|薪酬|工資|薪資|薪酬|带薪|帶薪|有偿实习|实习.{0,6}(给钱|有钱|报酬|补助)|實習.{0,6}(給錢|報酬)"
             r"|급여|월급|임금|보수는|유급|무급|인턴.{0,10}(돈|페이|수당|얼마)"
             # money paid to those who take part ("do they pay the participants?", "¿les pagan algo a
             # los seleccionados?", "给参加的人发钱吗", "참가자한테 활동비 줘요?"): no programme publishes any
             r"|\b(do|does|will|would) (they|you|it|the (program|programme|organi[sz]ers?)) pay (the |its )?(participants?|trainees?|talents?|fellows?|attendees|selected)\b"
             r"|\b(participants?|trainees?|fellows?|attendees) (get|gets|are|receive|be) (paid|compensated|an? (allowance|stipend|fee))\b|\bper diems?\b"
             r"|\b(living|daily|monthly|participant) allowances?\b"
             # the programme's people said as "those on it" ("do they pay the folk on that programme
             # anything?", "¿pagan algo a los del programa?", "项目里的人有钱拿吗", "그 프로그램 사람들한테
             # 돈 줘요?"): money to participants all the same
             r"|\bpay (the |its |their )?(people|folks?|ones|guys|members|those|lads|kids|students)\b[^?.!]{0,12}\b(on|in|of|from|joining|doing|taking part in) (the |that |this |your |its )?(program|programme|scheme|course|intake|cohort)\b"
             r"|\b(people|folks?|ones|guys|members|those|students) (on|in|of|joining|doing) (the |that |this |your )?(program|programme|scheme|course|intake|cohort)\b[^?.!]{0,12}\b(get|gets|getting|are|is) (paid|anything|any money|money|compensated)\b"
             r"|\b(paga|pagan|pagais|pagaran|dan|da|dais)( algo| algun dinero| dinero| plata| un sueldo)? a (los|las|quienes|quien) (del|de la|de ese|de este|de esa|de esta|que (entran|participan|estan|entren|participen) en (el|ese|este|la|esa|esta)) (programa|proyecto|curso|convocatoria)\b"
             r"|\b(los|las) (del|de ese|de este) (programa|proyecto|curso) (cobran|reciben (algo|dinero|plata|un sueldo)|les pagan)\b"
             r"|(项目|計劃|计划|項目|课程|課程)(里|裡|里面|裏面|入面)?的?(人|学员|學員|成员|成員)(有没有|有冇|有无|能不能|可以|有|能)?(钱|錢|工资|工資|补贴|補貼|补助|補助|津贴|津貼|报酬|報酬)(拿|领|領|攞)?"
             r"|(프로그램|과정) ?(사람들|참여자들?|참가자들?|하는 사람들?|들어간 사람들?)(한테|에게|은|는)? ?.{0,6}(돈|수당|페이|보수|지원금|급여)"
             r"|\b(les|le) (paga|pagan|pagaran|pagara|dan|da|daran|dara) (algo|dinero|plata|un sueldo|una ayuda)\b"
             r"|\b(paga|pagan|dan|da) (algo (de (dinero|plata) )?|dinero |plata )?a (los|las) (participantes|seleccionad[oa]s|alumn[oa]s|talentos|becari[oa]s|asistentes)\b"
             r"|\bviaticos\b|\b(apoyo|ayuda) economic[oa] (para|a) (los |las )?(participantes|seleccionad[oa]s|alumn[oa]s|talentos)\b"
             r"|(参加|参与|入选|报名)(者|的人|人员|学员|的)?.{0,8}(发钱|给钱|补助|补贴|津贴|生活费|报酬|酬劳)"
             r"|(发钱|给钱|补助|补贴|津贴|生活费|报酬)给?(参加|参与|入选)(者|的人|人员|学员)"
             r"|활동비|체재비|사례비|참가(자|하는 사람)(한테|에게|들한테|들에게|들)? ?.{0,8}(돈|수당|지원금|페이|보수)")),
    # Scholarships and bursaries ("are there any scholarships?", "¿hay becas?", "有奖学金吗", "장학금
    # 있나요?"): no programme publishes any, so the Secretariat that runs the programmes is asked
    ("scholarship", (r"\b(scholarships?|bursar(y|ies)|fellowships?|stipends?|tuition (waivers?|grants?))\b"
                     # (not "becarios": interns, as much as grant holders: "algunos becarios nuestros no
                     # hablan chino" asks no grant)
                     # (nor a "beca" for a company or a shoot: "¿alguna subvención o beca para productoras
                     # extranjeras?" asks the production incentives)
                     r"|\bbecas?\b(?![^?.!]{0,40}\b(productoras?|producciones|rodajes?|empresas?|companias?|proyectos? audiovisuales?|para (rodar|filmar|grabar|producir))\b)"
                     r"|\bbecad[oa]s?\b"
                     r"|奖学金|獎學金|助学金|助學金|资助名额|資助名額|장학금|장학 ?(제도|프로그램|혜택)")),
    # The official website or social media accounts ("what's your website?", "¿tienen redes sociales?",
    # "你们官网是多少", "공식 홈페이지 주소가 뭐예요?"): no file holds a URL or an account, so the team
    # that can give the official links is named. A platform's name alone is no account asked ("can it
    # go on YouTube?" is a release): only with account, page, channel, handle or "your/official".
    ("website", (r"\bweb ?sites?\b|\bweb ?pages?\b|\bhome ?pages?\b|\burls?\b|\bsocial (media|networks?|accounts?|channels?|handles?)\b|\bsocials\b"
                 r"|\b(your|their|its|an?|the|official|hisda'?s?|hengdian'?s?|alliance'?s?) (official )?(instagram|insta|ig|facebook|fb|twitter|x|tiktok|youtube|linkedin|weibo|wechat|douyin|kakao ?talk)( (account|page|channel|profile|handle|id))?\b"
                 r"|\b(instagram|insta|facebook|twitter|tiktok|youtube|linkedin|weibo|wechat|douyin) (account|page|channel|profile|handle|id)\b"
                 r"|\bofficial (accounts?|pages?|channels?|profiles?|handles?|links?)\b|\bfollow (you|them|hisda|hengdian|the alliance) (on|online)\b"
                 r"|\b(sitio|pagina|portal) (web|oficial|de internet)\b|\b(su|tu|la|una) web\b|\bredes( sociales)?\b|\bcuentas? oficial(es)?\b"
                 r"|\b(perfil|cuenta|canal) (de|en) (instagram|facebook|twitter|tiktok|youtube|linkedin|wechat|weibo)\b|\bseguir(los|las|te)? en (instagram|facebook|twitter|tiktok|youtube|linkedin|redes)\b"
                 r"|官网|官網|官方网站|官方網站|网站|網站|网址|網址|网页|網頁|主页|主頁|公众号|公眾號|服务号|服務號|视频号|視頻號|官方(微信|微博|抖音|账号|帳號|账户|号)"
                 r"|微信号|微博号?|抖音号|小红书|社交(媒体|媒體|账号|帳號|平台)"
                 # (where the partner saw a name, "인스타에서 HISDA 자꾸 보이는데 그게 뭐임?", asks what it is: fixL18)
                 r"|홈페이지|웹 ?사이트|사이트 ?주소|공식 ?(사이트|계정|채널|인스타|링크)|sns|인스타(그램)? ?(계정)?(?!에서|에서도|서 |에 (자꾸|계속|많이|자주|요즘))|인스타(그램)?(에서|에) .{0,15}(계정|팔로우|찾|검색)|유튜브 ?채널|페이스북 ?(페이지|계정)|카카오 ?(톡 ?)?채널|소셜 ?미디어|위챗 ?(계정|공식)")),
    ("price", (NOT_SPECIAL + r"\bprices?\b|" + NOT_SPECIAL + r"\bpricing\b|" + NOT_SPECIAL + r"\brates?\b|\bfees?\b|\brental\b|\brent\b|\bcharges?\b.{0,25}\b(a|per|one|each|di|fi|for (a|one|the|each)) (day|week|hour|night|episode|shoot)\b|\b(hourly|daily|weekly|nightly|per-hour|per-day) (charges?|costs?)\b|how much(?! (episodes?|eps?|chapters?|parts?|minutes?|hassle|trouble|effort|work|paperwork|time|titles?|shows?|series|dramas?|works?|films?|movies?|genres?|people|persons?|sets?|locations?|events?|partners?|members?|companies)\b)|cost per|per day|a day\b(?! (we|i|you|they|people|when|where|that|to (visit|come|see|tour)))"
              # ("who's in charge of it on a daily basis" asks who runs it, no price)
              r"|daily(?! (basis|operations?|running|management|affairs))|\bquote\b|\bbudget|minimum guarantee|\bmg\b|\bcheapest\b"
              # a deposit left for a rental ("the deposit for costumes?", "¿cuánto de fianza?", "押金多少",
              # "보증금 얼마예요?"): a sum staff give, as a price is
              r"|\b(security |damage |refundable )?deposits?\b|\bdeposito\b|\bfianza\b|\benganche\b|\b(de|en|como) garantia\b(?! (minima|de (visa|calidad)))"
              r"|押金|保证金|订金|定金|按金|보증금|예치금|디파짓|계약금|선금"
              # a going rate asked as "where does it stand" ("¿a cuánto está la hora de plató?", "¿a
              # cómo sale el día?", Mexican and Central American "¿a cómo está?")
              r"|\ba (cuanto|como) (esta|estan|sale|salen|anda|andan|queda|quedan|cobran|cobra)\b(?! (el|la) (clima|tiempo|dolar|cambio))(?![^?¿]{0,40}\b(de|desde|hasta) (hengdian|dongyang|yiwu|hangzhou|shanghai|pudong|hongqiao|ningbo|beijing|pekin|el aeropuerto|la estacion)\b)"
              # "what would it cost us to license it?", "what does the 2nd one cost to license?" ask a
              # number, as "how much" does (not "cost reduction", an incentive's name)
              r"|\bwhat (does|do|would|will|did|might) .{0,40}\bcost\b(?! (reduction|saving|cut))"
              # what a company charges ("what does ShortMax charge per episode?"; not who is in charge)
              r"|\b(what|how much) (does|do|would|will|did|might) .{0,40}(?<!\bin )(?<!\bfree of )\bcharge\b(?! of)"
              # asked inside a sentence ("…how we join and what it costs"): the cost, as asked outright
              r"|\bwhat (it|that|this|they|membership|joining|entry|a membership) (costs?|would cost|will cost|charges?)\b|\bcost (us|me|them)\b|\bset (us|me|you|ya|them) back\b|\bwhat (does|do|would|will|did|might) .{0,40}\brun (us|me|you|ya|them)\b"
              r"|\bcost (to|of) (licen[cs]|rent|hire|book|buy|use|shoot|film|attend|join|enter|participat|register|go\b)|\blicen[cs]ing (costs?|fees?|prices?|terms)\b"
              # what a programme's place costs a trainee ("the tuition for the talent programme?", "el
              # valor de la matrícula", "要交多少学费", "등록금이 있나요?"): a price by the school's word
              # (tuition waivers and grants are a scholarship, asked above)
              r"|\btuition\b(?! (waivers?|grants?))|\b(enrol+ment|registration|course|training) fees?\b|\bwhat'?s (the |a |an )?(\w+ ){0,3}(cost|costs|going to cost|gonna cost)\b(?! (reduction|saving|cut))"
              # (said in full: "What is the cost of press accreditation for the festival?")
              r"|\bwhat (is|are|was|would be|will be) (the |a |an )?(\w+ ){0,2}costs?\b(?! (reduction|saving|cut))"
              r"|\b(valor|costo|coste|precio|monto|importe|pago) (de |del |de la )?(la )?(matricula|inscripcion|colegiatura)\b|\bcuanto (es|vale|sale|cuesta) (la )?(matricula|inscripcion|colegiatura)\b|\bcolegiatura\b|\baranceles?\b"
              r"|学费|學費|报名费|報名費|培训费|培訓費|交(多少|几多)钱|등록금|수강료|교육비|참가비"
              # the sum of support asked ("扶持政策有多少", "补贴能给多少"): an amount, as "지원금 얼마" is (fixZ21)
              r"|(补贴|補貼|补助|補助|资助|資助|扶持|奖励|獎勵)(政策|资金|資金|金额|金額|力度|款)?(有|能|是|给|給|可以)?(多少|几多|幾多|多大)"
              # a fee by what it pays for ("要付多少放映费", "收多少授权费", "상영료가 얼마"): its price
              r"|(付|交|收|给|出)(多少|几多|啥)[^，。？！?!,]{0,4}费|(放映|展映|播映|授权|版权|许可|使用)费|(상영|방영|라이선스|사용|이용|대여|임대|촬영|장소 ?사용)료"
              # a price for students asked (fixQ16: "学生用景有优惠价吗", "學生價", "¿nos cobran menos?")
              r"|(学生|學生)(价|價|票价|票價|优惠价|優惠價|折扣|优惠|優惠)|(优惠|優惠)(价|價)|\b(nos |les |me )?(cobran|cobra|pagan|pagamos|pago|pagar) menos\b"
              # the cost asked bare or whether there is one ("and the cost?", "does it cost anything
              # to sign up?", "¿y el costo?", "¿cuesta algo?", "비용은요?"; not a cost reduction)
              r"|^\W*(and |so |what about |how about )?(the |its |their )?(total )?costs?\W*$|\bcosts? (anything|something|money|extra)\b"
              r"|^\W*(y |entonces |que tal )?(el |su )?(costo|coste)s?\W*$|\b(cuesta|cuestan|cobran|cobra) (algo|dinero)\b|^\W*비용(은|이)?(요)?\W*$"
              r"|precios?\b(?! (especial|preferencial|rebajad))|tarifas?\b(?! (especial|preferencial))|cuanto (nos |me |les |te )?(cuesta|cuestan|costaria|costarian|sale|salen|saldria|saldrian|cobran|cobra|cobrarian|cobraria|vale|valdria|piden|pedirian|pide)|\bcoste (anual|mensual|por|de|del|total)\b|\bcuota\b|alquiler|\brenta\b|por dia|(?<!me )(?<!nos )(?<!estar )(?<!estoy )(?<!estamos )al dia"  # (not "mantenme al día": kept up to date)
              r"|presupuesto|cotizacion|garantia minima|minimo garantizado|cuanto dinero|(?<!lo )(?<!la )(?<!los )(?<!las )(?<!me )(?<!nos )(?<!se )(?<!donde )(?<!quien )(?<!quienes )(?<!quien lo )(?<!quien la )\bmontos?\b(?! (la|el|los|las|una?|su|sus|esa|ese|esto|esta|este|eso|aquella|aquel|nuestr\w*|ustedes|ellos|ella|hengdian|zasme|hisda)\b)|importe|how much money"
              # the sum a co-production or a deal would need, asked as such ("what sort of money would
              # that take?", "¿y qué inversión supondría?", "¿cuánto habría que poner?")
              r"|\bwhat (sort|kind|type|level) of (money|investment|budget|sum|figure|outlay)\b|\bhow much (investment|capital|funding)\b"
              r"|\b(que|cuanta) inversion\b|\bcuanto (habria|hay|tendriamos|tendria) que (invertir|poner|aportar|meter)\b"
              # the least a stake must be ("the minimum investment to co-produce it?", "¿la inversión mínima
              # para coproducirla?", "最低投资额是多少", "최소 투자금은 얼마예요?"): a sum staff would quote
              r"|\b(minimum|min|smallest|lowest|least) (financial |capital |cash |initial )?(investment|stake|contribution|commitment|buy-?in|capital|ticket|outlay|amount|entry)\b|\b(investment|buy-?in|stake) (floor|threshold|minimum)\b"
              # the sum a stake starts from ("¿desde cuánto se puede entrar?", "¿a partir de cuánto?"; not
              # "desde cuándo", since when)
              r"|\b(desde|a partir de) cuanto\b(?! tiempo)"
              r"|\b(inversion|aporte|aportacion|participacion|ticket) minim[oa]\b|\bminimo (de inversion|a invertir|que (hay|habria) que (invertir|poner|aportar))\b"
              r"|最低(投资|投入|出资|注资)(额|金额)?|(投资|出资)(门槛|下限|起点)|起投(金额|额|门槛|点)"
              r"|최소 ?(투자|출자)(금|액|금액|규모)?|(투자|출자) ?(하한|최소액|최저액|문턱)"
              # whether it costs nothing is a price too ("is it free?", "¿la jornada es gratis?")
              r"|\b(is|are|it'?s|be) (it|that|this|they|the [\w-]+( [\w-]+)?|entry|admission|attendance) (free|gratis)\b(?! (for|to) (licens|co-?pro|option|tak|pick|grab|acquir|buy|partner|deal|sale|a deal|the taking))|\bfree (of charge|entry|admission)\b|\bfree to (attend|visit|join|enter|watch|register|sign up|scout)\b|\bfor free\b"
              r"|\bgratis\b|\bgratuit[oa]s?\b|\bsin (costo|coste|cargo)\b"
              # whether there is any cost at all ("¿tiene algún coste la membresía?", "is joining free?",
              # "가입하려면 돈 드나요?", "회원 가입 비용 있나요?"): a price, as "is there a fee?" is
              r"|\b(tiene|tienen|tendra|hay|algun|ningun) (algun |ningun )?(costo|coste|cargo)\b|\b(is|are) (joining|membership|registration|participation) (free|paid)\b"
              # "is joining the alliance free?", "is HISDA membership paid or free?": whether being a
              # member costs anything, said at the end of the question
              r"|\b(joining|membership|to join|to become a member|becoming a member)\b[^.?!]{0,30}\b(free|paid)\b(?= *(\?|$|or\b))"
              r"|是(不是)?免费的?|免费的吗|免费不|收不收费|收费不|要不要收费"
              r"|돈(이|을)? ?(드|들|내야|받)|비용(이|은|도)? ?(있|드|들|발생|나가|받)"
              # "비용은 대략 어느 정도 드나요?", "제작비는 보통 얼마 정도 나와요?": a cost asked roughly
              r"|(비용|제작비|촬영비)(이|은|는|가|도)? .{0,8}(어느 ?정도|얼마 ?정도|대략|대충).{0,6}(드|들|나와|나오|잡아|예상)|(유료|무료)(인가|인지|예요|이에요|에요|야|냐|죠|나요)"
              r"|\bamount\b|가입비|연회비|회비|场地费|场租|拍摄费|(费|钱)(怎么|咋|如何)(算|收|计)|具体多少|金额|(月|日|周|年|房|场地|办公室)租(金|费)?.{0,4}(多少|几多|怎么算|咋算|怎么收)|租(一|两|三|四|几)?个?(月|星期|礼拜).{0,6}(多少|几多)|多少钞票|几多钱|多少票子|(租|包)(一天|一日|一晚|一场).{0,6}(多少|几化|几多|几钿)|几化(钞票|钱|铜钿|洋钿)|几(钿|钱)(?!个)|几多(钞票|银|米)|多少(铜钿|洋钿)|(租|包|花|收|要)[^。？?]{0,8}多少米(?![长宽高深远])|啥价钿|(?<!免)(?<!浪)(?<!话)费几化|(?<!免)(?<!浪)(?<!话)费(大概|大约|一般|差不多|大致|估计|平均)?(要|得|是)?(多少|几多)|多少补贴|补贴多少|금액|价格|多少钱|费用|租金|报价|收费|一天多少|每天|预算|保底"
              # (in Traditional characters: "為一集配西班牙語，收費多少？", "費用大概幾多")
              r"|價格|價錢|多少錢|幾多錢|費用|租金|報價|收費"
              # an asking price ("全球版权要价多少", "开价多少", "售价几何"): a price by another word
              r"|(要价|开价|售价|卖价|标价|出价)(是|大概|大约|一般)?(多少|几多|几何|多高)"
              # ("얼마나 걸려요", "얼마나 멀어요", "얼마나 길어요": how long or how far, no price; nor a length said
              # first: "한 화 러닝타임 얼마나 돼요?", "재생 시간은 얼마예요?")
              r"|가격|요금|단가|" + _LENGTH_BEFORE + r"얼마(?!나 ?(걸|오래|멀|떨어|소요|자주|일찍|빨리|미리|전에|길|긴|크|커|큰|넓)| ?(전|前)(에|부터|까지)| ?(일|주|달) ?전)|대여료|렌탈|견적|예산|최소 ?보장|하루에"
              # a set's hire said with "cost" ("대여 비용은요?", "렌트비는요?", "빌리는 데 얼마예요?"):
              # the rental price, as 대여료 is
              r"|(대여|대관|임대|렌트|렌탈) ?(비용|비|료)|빌리(는|려면) ?(데|비용)"
              # a sum asked in a currency ("how many yuan back per episode?", "¿cuántos yuanes?",
              # "返多少元", "몇 위안 돌려받아요?"): a number, whatever the thing paid
              r"|\b(how many|cuant[oa]s) (\w+ )?(yuan|rmb|renminbi|dollars?|bucks|usd|euros?|pesos|won|yuanes|dolares)\b"
              r"|(多少|几)(块|元|美元|美金|人民币|万)|몇 ?(위안|달러|유로|만 ?원|천 ?원|원(?![래칙형장]))"
              # what a saving or discount comes to, an exact figure asked ("具体能省多少，给个准数",
              # "정확히 몇 퍼 깎아줘요?", "¿cuánto nos ahorramos?", "how much do we save?")
              r"|(能|可以|可)?(省|便宜|减|降|优惠|返)(下)?(多少|几成|几折|几个点|百分之几)|(给|报)(个|一个)?(准数|实数|具体数)|准确(数字|数额|金额)|具体(数字|数额|比例)"
              r"|몇 ?(퍼센트|퍼|프로|%)(나|씩)? ?(깎|할인|싸|절감|줄|빼|돌려)|정확한 (금액|액수|할인율|수치)"
              r"|\bcuant[oa] (de )?(descuento|rebaja)|\bcuanto (nos |me )?(ahorramos|ahorrariamos|ahorro|ahorraria|descuentan|rebajan)\b|\b(cifra|monto|porcentaje|numero) exact[oa]\b"
              r"|\bhow much (do|would|will|can|could) (we|i|you) save\b|\bexact (figure|number|amount|percentage|rate|saving)s?\b"
              # what a title cost to make ("投资多少", "¿cuánto costó hacerla?"): its budget, not published
              r"|(投资|投入|制作成本|制作费|拍摄成本)(了|是|大概|大约|有)?(多少|几多|几个亿|多大)|(花|砸|投)了(多少|几)(钱|万|个亿|亿)"
              r"|\bcuanto (costo|costaron|se gastaron|gastaron|invirtieron|se invirtio|se invirtieron)\b"
              r"|成本(是|大概|大约|要|得)?(多少|几多|几何|多大)|\bstipends?\b|\ballowance (of|per|a)\b|\bestipendio|津贴|生活补助"
              # a sum paid to each participant ("¿da beca? ¿de cuánto es al mes?", "每个月发多少",
              # "생활비는 한 달에 얼마 나와요?", "how much a month do they pay?")
              r"|\bbecas? de cuanto\b|\bde cuanto (es|son|seria|serian|sale)\b|\bcuanto (dan|pagan|dan de|es) (al|por|cada) mes\b|\b(al|por) mes\b.{0,15}\bcuanto\b"
              r"|(每个月|每月|一个月|每人|每个人)(能)?(发|给|补|领|拿)(多少|几多)|生活费|生活补贴"
              r"|생활비|체재비|(수당|장학금)(은|이)? ?(얼마|금액)|(한 ?달|월)에? ?(얼마|몇 ?(원|달러|위안))"
              r"|\bhow much (a|per|each) (month|week|participant|person)\b|\b(a|per) month\b.{0,15}\bhow much\b|\bliving (allowance|costs? covered)\b"
              r"|\b(charge|charges|charging|cobran|cobra|cobrarian) (extra|more|adicional|aparte|de mas)\b"
              r"|(?<![a-z])mg(?![a-z])|day rate|per diem|\bwages?\b|salar|how much (of a )?discount|discount (rate|percentage)"
              # the size of a discount as a percentage is a number staff give, no revenue share
              r"|percent.{0,20}\b(discount|off|saving|reduction)|\bdiscount.{0,20}percent"
              r"|porcentaje.{0,20}\b(descuento|rebaja|ahorro|reduccion)|\b(descuento|rebaja).{0,20}porcentaje"
              r"|优惠(的)?(比例|幅度)|折扣(的)?比例|减免(的)?(比例|幅度)|할인 ?(비율|폭|률)"
              # in points or "pro": "具体能减多少个点", "할인 몇 프로 돼요" (not "몇 프로그램")
              r"|(多少|几)个点|몇 ?프로(?!그램)"
              # how much is taken off ("具体优惠多少", "能便宜多少", "몇 퍼 할인", "how much is the
              # discount exactly", "¿cuánto descuentan?"): a number staff give
              r"|(优惠|便宜|减免|减|少收|打折)(了|的)?(具体)?(是)?(多少|几多|多大|几成)|优惠力度(是)?(多大|多少)|能(优惠|便宜|减)(多少|几)"
              r"|몇 ?퍼(?![a-z가-힣])|몇 ?퍼 ?(할인|싸|깎|이에요|인가요|임|예요)|얼마나 (할인|깎|싸)"
              r"|how (much|big) (is|was|would be) (the|that|this|your) discount|how much (cheaper|less|off)\b|\bsize of (the|that) discount"
              r"|cuanto (descuentan|rebajan|nos ahorramos|se ahorra|menos)\b"
              # the exact size of a discount or saving, the adverb anywhere between ("de cuánto es
              # exactamente el descuento", "what exactly is the discount rate", "정확히 얼마 깎아 줘요")
              r"|\bexact(ly)?\b.{0,40}\b(discount|saving|reduction|rebate|percentage|how much)|\b(discount|saving|reduction|rebate)s?\b.{0,30}\bexact(ly)?\b"
              r"|\bexact(o|a|amente)\b.{0,40}\b(descuento|rebaja|ahorro|reduccion|porcentaje)|\b(descuento|rebaja|ahorro|reduccion)\b.{0,30}\bexact(o|a|amente)\b"
              r"|(de )?cuanto (es|seria|sale)( exactamente| exacto| bien)? (el|la|su) (descuento|rebaja|reduccion|ahorro)"
              r"|具体(能)?(优惠|便宜|减免|减|折扣|补贴|補貼|優惠|減免)(了|的)?(是)?(多少|几|幾|多大)|(优惠|優惠|减免|減免|折扣)(具体|具體)(是)?(多少|几|幾|多大)"
              r"|정확(히|하게).{0,20}(할인|깎|싸|절감|몇 ?퍼|몇 ?프로|얼마)"
              r"|what ?% |\d+ ?% (off|discount)|pay (an? )?(extra|extras|actors?|crew)"
              # "what kind of discount are we talking?", "¿qué tanto descuento dan?" (Mexican "how much")
              r"|what (kind|sort|size|level) of (a )?discount|how (big|large|steep|deep|much) (of )?a discount"
              r"|que tanto (de )?(descuento|rebaja|cuesta|cuestan|sale|salen|cobran|cobra)\b"
              # how much for each unit, or exactly how much ("¿cuánto exactamente por episodio?")
              r"|\bcuanto (exactamente |exacto |seria |es |son |sale |dan )?(por|cada) (episodio|capitulo|dia|jornada|proyecto|titulo|serie|minuto)\b|\bcuanto exactamente\b"
              r"|cuanto (de )?descuento|(de )?cuanto (es|seria|sale) (el|la) (descuento|rebaja|reduccion)|descuento exacto|cuanto se (le )?paga|cuanto (le |les )?(pagan|paga)\b|sueldo|salario|jornal|por jornada"
              r"|打几折|几折|折扣(是)?多少|百分之多少|百分之几|会费|会员费|成员费|年费|入会费|入盟费|一年多少|(一年|每年|一年到头)(要|得)?(交|付|缴|给)(多少|几多|若干)|日薪|工资|片酬|薪水|(?<!没)几钱|(?<!没)几个钱|多少个钱|几多钱|场租|授权费|许可费|版权费用"
              # paying to take part: "参加要付费吗", "要不要交费", "入场收费吗"
              # (not "付费短剧", the paid short dramas a partner makes)
              r"|(要|需要|得|用不用|要不要)(付费|交费|缴费)|(付费|交费|缴费|收费)吗|要不要钱|花不花钱"
              r"|할인율|몇 ?퍼센트|몇 ?%|대관료|사용료|출연료|일당|임금|급여|회비|가입비|등록비|연회비|라이선스 ?피|license fee|licen[cs]e fee|membership fee|cuota|대관 ?비|퍼센트"
              # what people are paid, what a week or a ticket costs: numbers staff give, in each language
              r"|\b(earn|earns|earning|get paid|paid|pay)\b.{0,30}\b(day|daily|week|shift|hour|shoot)|\bcrew rates?\b|\bweekly (rate|hire|rental|price|fee|cost)"
              r"|\b(cobra|cobran|gana|ganan|pagan|paga|se les? paga)\b.{0,30}\b(dia|jornada|semana|hora)|(alquiler|renta|tarifa|precio|costo) semanal"
              r"|\btickets?\b|(?<!permiso de )(?<!permisos de )(?<!requisitos de )(?<!visa de )(?<!tramite de )(?<!tramites de )(?<!papeles de )(?<!documentos de )(?<!papeleo de )(?<!documentacion de )(?<!documento de )(?<!papel de )(?<!requisito de )(?<!control de )\bentradas?\b(?! como (miembros?|socios?)\b)|\bboletos?\b|价钱|門票|门票|票价|입장권|티켓|cover charge"
              r"|\b(do|would|will) (we|i|you|one) (have to |need to )?pay\b|\b(do|does|would|will) (members?|each member|member companies) (have to |need to )?pay\b|\bpay (a year|per year|annually|yearly|each year)\b|\b(yearly|annual|membership|member) (charges?|dues|costs?)\b|\bcharges? for (membership|members|joining)\b|\bhay que pagar\b|\b(tenemos|tengo) que pagar\b|\bse paga\b"
              r"|要付钱|要交钱|要花钱|돈(을)? 내야|exact discount|discount exactly|how big (is )?the discount"
              r"|cuota de (entrada|inscripcion|participacion)|cobran (por )?(entrar|la entrada|inscribirse|participar)|入场费|报名费|参会费|参加费"
              r"|入场要钱|要钱吗|收钱吗|免费吗|입장료|참가비|참가 ?비용|참석 ?비|입장 ?비|유료|무료(인가요|예요|에요|야|입니까)|什么价|啥价|价位|多少钿|工钱|人工费|酬劳|一周多少|一个礼拜多少"
              r"|인건비|개런티|페이가|" + _LENGTH_BEFORE + r"얼마 ?(정도|쯤)?( 줘| 들| 받|나(?! ?(걸|오래|멀|떨어|소요|자주|일찍|빨리|길|긴|크|커|큰|넓))| 해|예요|에요|인가요|입니까)|하루.{0,12}얼마|일주일.{0,12}얼마")),
    # Whether the team is free on a day, or a meeting with it: their calendar is not published
    ("meeting", (r"\b(are|is|will|would) (you|you guys|your team|the team|someone|anyone|somebody)( \w+)? (be )?(free|available|around)\b"
                 r"|\bcan (we|i) (meet|see) (you|your team|the team|someone)\b|\b(set up|schedule|arrange|book|have) (a|an) (call|meeting|video ?call|zoom)\b"
                 r"|\bmeet (up )?(with )?(you|your team)\b|\bfree for a (call|meeting|chat)\b|\byour availability\b"
                 r"|\b(tienen|tienes|tendrian|tendrias) (tiempo|un espacio|disponibilidad)\b"
                 r"|\b(reunion|reunirnos|juntarnos|llamada|videollamada|cita) con (ustedes|usted|vos|el equipo|alguien)\b"
                 r"|\b(agendar|programar|coordinar|armar|hacer|tener) una (reunion|llamada|videollamada|cita)\b|\bpara una (reunion|llamada|cita)\b"
                 r"|\bpodemos (reunirnos|vernos|juntarnos)\b"
                 r"|(你们|您|你|团队).{0,6}(有空|有时间|方便见|方便开会)|有空吗|约个?(会|见面|电话)|约个时间|见个面|开个会|碰个面|约见|视频会议"
                 r"|시간 (되|있으|괜찮|나|내)|미팅 ?(가능|잡|할 수|하고|일정)|만나 ?뵐|뵐 수|만날 수 있|통화 ?(가능|할 수)|화상 ?회의")),
    ("figures", (r"\bviews\b|viewership|view count|\bviewing (numbers|figures|stats)\b|\bhow did (it|that|that one|this one|the show|the series) (do|perform|go)\b|"
                 r"\bcomo le (fue|ha ido)\b|"
                 r"播放(数据|成绩|表现)|(数据|成绩)(怎么样|如何|好不好)|성적(이|은)? ?(어땠|어때|좋았|괜찮)|(viewer|audience|tv) ratings|box[- ]office|\bgrossed\b|how (much|well) did .{1,40} (make|earn|do)"
                 r"|\bvistas\b|visualizaciones|reproducciones|audiencia (tuvo|tiene|hizo)|rating de audiencia|taquilla|recaud"
                 r"|播放量|播放次数|收视|票房|流水|观看量|点击量|조회수|시청률|박스 ?오피스|흥행|관객 ?수|매출"
                 # (Traditional and Cantonese: "到而家有幾多觀看次數", "播放次數", "收視")
                 r"|观看次数|觀看次數|觀看量|播放次數|點擊量|收視"
                 # (the viewers counted by any words: "累計有多少人看過", "多少人看了", "how many people have
                 # watched it", "cuánta gente la ha visto", "몇 명이나 봤어요"; para21)
                 r"|(多少|几多|幾多|几百万|幾百萬|多少万|多少萬)(个|個)?人(看过|看過|看了|睇过|睇過|睇咗|观看|觀看)|累计观看|累計觀看|觀看人數|观看人数"
                 r"|\bhow many (people|viewers|folks)( have| has)? (watched|seen|viewed)\b|\b(cuanta gente|cuantas personas|cuantos espectadores)\b[^?.!]{0,20}\b(visto|vieron|ven)\b"
                 r"|몇 ?(명|분)(이나|이)? ?(봤|보았|시청)"
                 # its score on a ratings site or with critics ("what's its IMDb rating?", "¿qué nota
                 # tiene en FilmAffinity?", "豆瓣评分多少", "평점 몇 점이에요?"): no file gives one
                 r"|\b(imdb|douban|filmaffinity|letterboxd|rotten tomatoes|metacritic)\b|\b(star|user|critics?'?|its|the) (rating|score)s?\b(?! (system|criteria))"
                 r"|\b(que|cual es (la|su)) (calificacion|puntuacion|puntaje|nota) (tiene|tuvo|saco|de la critica|en)\b|\b(calificacion|puntuacion|puntaje) (de|en) (la critica|los usuarios|el publico)\b"
                 r"|评分|打分|豆瓣|口碑(怎么样|如何|好不好|咋样)|평점|별점|왓챠|몇 ?점(이에요|인가요|짜리|이나|정도)")),
    # who wrote, directed or stars in a title: the catalog publishes no credits
    ("credits", (r"\bwho (wrote|writes|directed|directs|is directing|stars|is starring|acts|produced)\b"
                 r"|\bwho('?s| is| was| are| were) (the |its |their )?(directors?|screenwriters?|writers?|lead actors?|leads?|stars?|cast)\b"
                 r"|\bquien(es)? (es|son|fue|fueron) (el |la |los |las |su |sus )?(director(a|es)?|guionistas?|protagonistas?|actor(es)?|actriz)\b"
                 r"|谁是(导演|编剧|主演)|(导演|编剧)(是|叫)(谁|哪位)|감독(은|이)? ?누구|작가(는|가)? ?누구|\bwho'?s (in it|in the cast|starring|directing)"
                 # (the partner's own writer doing something asks no credit: "our screenwriter set it
                 # in the Tang era", "el guionista metió el romance en tiempos Tang")
                 r"|(?<!our )(?<!my )\b(screenwriters?|scriptwriters?|showrunners?)\b(?! (set|sets|put|puts|placed|moved|wants|wanted|is still|has|had|says|said|decided|wrote (it|the|a|our)|needs|chose))|\bcast list\b|\b(what'?s|and|who'?s in) the cast\b|\bwho (is|are|plays) the leads?\b"
                 r"|\bquien(es)? (la |lo |las |los )?(escribio|escribe|dirigio|dirige|actua|actuan|sale|salen|protagoniza)\b|(?<!nuestro )(?<!nuestra )(?<!mi )\bguionistas?\b(?! (metio|mete|puso|pone|ambiento|ambienta|situo|situa|ubico|llevo|quiere|quiso|quieren|dice|dijo|decidio|eligio|escribio (la|el|una|un|nuestr)|esta|sigue|todavia|aun|tiene|necesita))|\b(y|cual es|como es|quienes (estan|son) en) (el|su) (reparto|elenco)\b|\b(reparto|elenco)\s*\?"
                 # (the writer as the one doing something, "编剧朝代还没拍板", "编剧还在改", asks no credit)
                 r"|编剧(?!.{0,4}(朝代|年代|还|没|未|正在|在改|在写|说|想|要|不会|不懂|只会|一句|外语|英语|中文|听不懂))|导演是谁|谁导的|谁拍的|谁演的|主演|演员(有谁|是谁|阵容)|卡司|演员表"
                 r"|작가가? 누구|감독이? 누구|누가 (썼|쓴|연출|나와|출연)|출연진|주연(?!상)|출연 배우|배우가? 누구|캐스팅(이)? 누구"
                 # the lead played by whom ("who's playing the lead?", "¿quién interpreta al protagonista?",
                 # "女主是谁演的", "주인공은 누가 맡았어요?"): a credit, which no title publishes
                 r"|\bwho (is |'s |are )?(playing|plays|played|cast as|acting as) (the |its |their )?(lead|leads|main|protagonist|hero|heroine|female lead|male lead)"
                 r"|\b(lead|main|leading) (role|actor|actress|cast)s?\b.{0,20}\b(who|played|playing)\b|\bwho\b.{0,20}\b(lead|main|leading) (role|actor|actress)s?\b"
                 r"|\bquien(es)? (interpreta|interpretan|interpreto|hace|hacen|encarna|encarnan)\b.{0,25}\b(protagonic[oa]|protagonista|papel|rol|personaje)|\bpapel (protagonico|principal)\b|\b(rol|actor|actriz) protagonic[oa]\b|\bprotagonistas?\b.{0,15}\bquien\b"
                 r"|(?<!最佳)(男主|女主|主角|男一号|女一号)(角)?(是|由)?(谁|哪位|哪个演员)|谁(演|饰演|扮演)(的)?(男主|女主|主角)|(?<!最佳)(男主|女主|主角)(是)?谁演"
                 r"|주인공(은|이|을)? ?(누가|누구)|(남주|여주|남자 ?주인공|여자 ?주인공)(는|가|은|이)? ?(누가|누구)|누가 (주인공|주연|남주|여주)")),
    # (a film commission is a body, no fee: "our film commission keeps asking about HISDA"; to
    # commission a show is to order it made: "we commission short dramas for a streamer")
    ("rights", (r"\brights\b|revenue|percentage|percent\b|" + COMMISSION_FEE + r"|royalt|exclusiv|porcentaje|ingresos"
                r"|佣金|抽成|比例|收益|수수료|비율|수익|derechos|regalias|exclusividad|版权费|分成|独家|版权归|판권료"
               r"|수익 ?배분|독점"
               # a title's rights negotiated or still free in a territory ("這部的版權怎麼談？台灣地區的
               # 發行權還有嗎", "판권 협상은 어떻게 해요"): terms talked case by case, not published
               r"|发行权|版权(要|该|得|可以)?(怎么|怎样|如何|咋)谈|谈版权|(地区|区域|海外|全球)的?(发行|版)权"
               r"|배급권|판권 ?(협상|조건)|판권(은|을|는)? ?(어떻게|어케) ?(협상|논의|진행|얘기)")),
    ("weather", (r"\bweather\b|\brain(y|s)?\b|temperature|climate|\bclima\b|que tiempo hace|que tiempo (suele|va a|hara|hay|tendremos)\b|lluvi|temperatura|天气|气温|下雨"
                r"|气候|날씨|기온|(?<![가-힣])비가|기후"  # (not "제작비가", the production cost)
                # "冷不冷，要带棉袄不", "is it cold in March?", "많이 추워요?": the weather, said by what to wear
                r"|冷不冷|热不热|(会|很|太)?(冷|热)(吗|不)|多少度|几度|棉袄|羽绒服|厚衣服|\b(cold|hot|chilly|warm) (in|there|then)\b"
                r"|hace (frio|calor)|추워|더워|춥나|덥나|두꺼운 옷|패딩"
                # the Gulf's north wind ("¿va a haber norte en el puerto?", "¿pega el norte?"; Veracruz)
                r"|\b(va a haber|habra|hay|pega|entra|sopla|viene) (un |el )?norte\b"
                # the heat asked as a quantity: "¿cuánto calor hace en octubre?", "10月有多热"
                r"|\b(calor|frio) (hace|hara|suele hacer|va a hacer)\b|(有多|多么)(冷|热)"
                # rain, heat and storms said as a verb: "will it be raining that week?", "¿va a hacer
                # mucho calor?", "会不会下雪", "비 많이 오나요", "장마철이에요?"
                r"|\brain(ing|ed)?\b|\bsnowing\b|\b(will|does|did) it snow\b|\bhumid\w*|\btyphoons?\b|\bforecast\b|\bhow (hot|cold|warm)\b"
                r"|\b(be|get|gets) (very |really |too )?(hot|cold|chilly|freezing|humid)\b"
                r"|(hac(e|er|ia|ra)|\bhara) (mucho |muchisimo |tanto |un )?(frio|calor)|\bllov(er|era|iendo)\b|\bllueve\b|\bnieva\b|\bhumedad\b|\btifon\w*|pronostico"
                r"|下雪|台风|梅雨|湿度|闷热|潮湿|下(几|多少|好几)(天|场)雨|雨天(多|少|有几|有多少|几|多少)|降雨|降水|雨季|雨(多不多|多吗|水多|量|下得多)|"
                # rain counted in days ("비 오는 날 며칠", "días de lluvia", "rainy season")
                r"(?<![가-힣])비 ?(오는|내리는|온) ?날(이|은|는|도)? ?(보통 |대략 |평균 )?(며칠|몇|많|적|얼마)|강수|우기|"
                # Cantonese and colloquial: "會唔會好凍", "会不会很热", "冻唔冻", "落雨" (not 热闹, 热门)
                r"(会|會)(不|唔)(会|會)?.{0,3}(冷|冻|凍|热|熱|下雨|落雨)(?!闹|鬧|门|門|情|播|搜)|(冻|凍|热|熱)(唔|不)(冻|凍|热|熱)"
                r"|落雨|落雪|(好|很|太)(冻|凍)|(冻|凍)(吗|嗎|唔|啊|不)|"
                r"(비|눈)(가|이)? ?(많이 |자주 |좀 )?(와요|오나요|올까|옵니까|오는 편|오는지|내려요|내리나요|내릴까|와\b)|장마|태풍|습도|습해|(덥|춥)(나요|습니까|죠|지|고|다|을까)|(추|더)(운가|울까|운 편|운지)")),
    ("hotel", (r"\bhotels?\b|accommodation|lodging|where (to|can we) stay|hospedaje|alojamiento|hoteles?|酒店|住宿|宾馆"
              r"|住哪|호텔|숙소|숙박")),
    ("compare", (r"compared? (to|with)|\bvs\.?\b|versus|(better|cheaper|pricier|costlier) than"
                r"|\b(more|less) (affordable|expensive|costly|economical|convenient|suitable) than\b"
                # (比较 alone is the adverb "rather": "去哪块景比较合适" compares nothing)
                # ("compartir", "compártanme": to share, no comparison; "la comparsa", a carnival troupe; fixV26)
                r"|compar(?!t|s)|mejor que|mas barato que|(mas|menos) (caro|economico|conveniente|accesible) que|相比"
                # ("¿qué ventajas tiene rodar en Hengdian frente a Europa en costes?": "frente a" of money, weighed)
                r"|\bfrente a\b(?=[^?.!]{0,40}\b(costes?|costos?|precios?|presupuestos?|gastos?|dinero|plata)\b)"
                r"|\b(costes?|costos?|precios?|presupuestos?|gastos?)\b[^?.!]{0,40}\bfrente a\b"
                r"|(跟|和|与|同|拿)(?![^，,。？?！!]{0,12}(什么|哪种|怎么))[^，,。？?！!]{1,12}(比较|比(起来|一下|一比|的话|[，,。？?\s]|$))|比较(一下|下|起来)|对比"
                r"|比(?!较).{1,8}(好|便宜|强|贵|划算|实惠|省(?!份|会|厅|里|内|外))"
                r"|비교|보다 (나은|좋은|싼)"
                # the better of two said apart ("헝뎬이 런던 스튜디오보다 사극 찍기에 나아요?", "X랑 Y 중에
                # 어디가 낫니껴?", "is it better for war films than a lot near Prague?")
                r"|보다.{0,20}(나아|낫|나을|더 좋|유리)|(이랑|랑|하고|과|와) .{1,25} 중(에|에서)? ?(어디|어느 ?쪽|어느 곳)(이|가)"
                r"|\bbetter\b.{1,30}\bthan (a |an |the |other |any |some )?(studios?|backlots?|lots?|sets?|sites?|stages?)\b"
                # other studios by name: a question about them is no question about us
                r"|" + OTHER_STUDIOS +
                r"|\bstack(s)? up\b|\b(measure|measures|shape|shapes) up\b|better value|sale mas (barato|a cuenta)|보다 (더 )?나은가")),
    # (a flight or a hotel booked is travel, not a place at one of our events)
    # ("apúntame a las novedades de incentivos" asks for the news, no place at anything)
    ("signup", (r"sign (us|me) up for (the|an?|this|that) (?!news|updates|alerts|newsletter|announcements)|register (us|me)"
               # "can I register? how?" of the event in view: a place at it, which staff arrange
               r"|\b(can|could|may) (i|we) (still )?(register|enrol+)\b(?! (for|to) (the )?(news|updates|alerts|newsletter))"
               r"|(등록|참가 ?신청)(을)? ?(할|해도|하면) ?(수 있|되|돼)"
               # "can our actors sign up through you?": signing up by way of the bot
               r"|\b(sign (up|on)|register|enrol+)\b.{0,12}\b(through|via|with) (you|u|the bot|this bot|this chat)\b"
               r"|\b(book|reserve|reservation)\b(?![\w ]{0,15}\b(flights?|hotels?|rooms?|trains?|planes?|trip|travel|tickets?|plane tickets?|airfare|accommodation|lodging|stay|leave|holidays?|vacations?|time off|days off|pto)\b)"
               # (a headcount beside the way there is the group travelling: "how do we get from
               # Shanghai to Hengdian, 8 people and 20 cases of kit?", no place booked)
               r"|^(?!.*(\b(trip|travel\w*|get (there|down)|fly|flights?|trains?|rail|van|vans|bus|drive|airport|transfer|tren|vuelos?"
               r"|aeropuerto|camioneta|viaje|trayecto)\b|机场|高铁|火车|怎么去|공항|기차|타고)).*(?<!just )(?<!only )\b\d+ (people|persons|pax|of us)\b(?! (at|in|on) (the|our|my) (agency|studio|company|team|lab|office|shop|outfit))(?! (doing|making|shooting|filming|producing|working|creating|running|who (do|make|shoot|film))\b)"
               r"|inscrib|registr(a|e)nos|apunta(nos|me)(?! (a|en|para|pa) [^.?!]{0,40}?\b(novedades|noticias|actualizaciones|avisos|alertas|boletin|newsletter)\b)|reserva(?!\w*\s+(los |el |un |unos |una |mi |mis |nuestro |nuestros )?(vuelos?|pasajes?|boletos?|tiquetes?|avion|viajes?|hotel|hoteles|hospedaje|alojamiento|cuartos?|habitacion|vacaciones|dias libres|licencia))|\b\d+ personas\b(?! (haciendo|grabando|filmando|rodando|produciendo|trabajando|que (hacemos|grabamos|filmamos|producimos))\b)|somos \d+(?! (nomas|nada mas|no mas|en (la|el|nuestr[oa]) (productora|agencia|empresa|equipo|estudio|oficina|laboratorio)))(?!( personas)? (haciendo|grabando|filmando|rodando|produciendo|trabajando)\b)|(?<!怎么)(?<!如何)(?<!怎样)(?<!咋)(?<!在哪)(?<!哪里)(?<!去哪)报名|预约|预订(?!机票|酒店|房间|航班|高铁|车票|住宿)|帮我们登记|(?<!就)(?<!只有)(?<!才)(?<!只)\d+ ?个人"
               # ("어떻게 신청해요?", "어디서 신청해요?" ask how to apply, no place booked)
               r"|\d+ ?位|(?<!어떻게 )(?<!어케 )(?<!어디서 )(?<!어디에 )(?<!어디로 )신청해|등록해|(?<!비행기 )(?<!비행기표 )(?<!항공권 )(?<!숙소 )(?<!호텔 )(?<!기차 )(?<!항공편 )예약|\d+ ?명(?! ?(뿐|밖에))(?![^.?!]{0,20}(찍는|찍고|만드는|만들고|작업하는|제작하는|촬영하는) ?(데|중|고|팀))|put (us|me) down|count (us|me) in|(?<!just )(?<!only )\b(two|three|four|five|six) of us\b(?! (at|in|on) (the|our|my) (agency|studio|company|team|lab|office|shop|outfit))(?! (doing|making|shooting|filming|producing|working|creating|running|handling|covering|who (do|make|shoot|film|handle|run))\b)"
               r"|\b(dos|tres|cuatro|cinco|seis) personas\b|\bvamos (dos|tres|cuatro|cinco|\d+)\b(?! ?(horas?|hrs?|h)\b)|(?<!就)(?<!只有)(?<!才)(?<!只)(?<!就[两三四五])(?<!只有[两三四五])(?<!才[两三四五])(?<!只[两三四五])[两三四五六]个人"
               r"|[두세네] ?명(?! ?(뿐|밖에))(?![^.?!]{0,20}(찍는|찍고|만드는|만들고|작업하는|제작하는|촬영하는) ?(데|중|고|팀))|다섯 ?명(?! ?(뿐|밖에))|(참가|참석) ?신청|신청 ?부탁|등록 ?부탁"
               # a visit of the sets arranged for the partner ("能安排我们下周去看景吗", "can you set up a
               # recce for us?", "¿nos organizan una visita a los sets?", "답사 일정 잡아 줄 수 있어요?"):
               # staff arrange it, the bot books nothing
               r"|\b(arrange|organi[sz]e|set up|schedule|line up|fix up|sort out)( (us|me|for us))? (a |an |the )?(recce|scout|location scout|scouting (trip|visit)|site visit|set visit|tech scout|visit (of|to) (the |your )?(sets?|lots?|studios?|locations?))\b"
               r"|\b(organizar|coordinar|agendar|programar|armar|organizan|coordinan|agendan|programan|arman)(nos|me)? (una |un )?(visita|recorrido|scouting|scouteo) (a|de|por) (los |las |sus )?(sets?|locaciones|platos?|estudios?)\b"
               r"|(安排|约|帮我们约|帮忙约)[^，。？！?!]{0,8}(看景|勘景|踩点|实地考察|看场地|看一下场地)"
               r"|(헌팅|답사|견학|세트 ?투어) ?(일정)?(을|를)? ?(좀 )?(잡아|주선|조율|마련)")),
    ("capacity", (r"capacity|how many (people|crew|persons)( members)? (can|does|fit)|\bhold\b.*\b(people|crew)\b"
                  r"|how many (places|seats|spots|slots|tickets|openings)\b|\b(places|seats|spots) (left|available)\b"
                  r"|cuant[oa]s (cupos|plazas|lugares|asientos)|\b(cupos|plazas) (disponibles|libres)\b|\bhay cupos?\b|名额|席位|座位有多少"
                  r"|자리(가|는)? ?(몇|얼마|남)|정원(이|은)? ?(몇|얼마)|몇 자리|몇 명(까지|이나) (참가|참석|신청)"
                  r"|capacidad|cuantas personas (caben|entran)|容纳|能容纳|最多.{0,4}人|수용|몇 명까지"
                  # how many fit in, in Korean (들어가다 "go in": "몇 명이나 들어가요?", "몇 명 들어가유?")
                  r"|몇 ?(명|사람|분)(이나|까지|정도|쯤)? ?(들어가|들어갈|들어와|들어올)"
                  # its seats ("影厅能坐多少人", "¿cuántas butacas tiene?", "좌석 몇 석이에요?")
                  # (Sichuan 好多 for 多少: "那个场子有好多个座位", "坐得下好多人")
                  r"|\bbutacas\b|(能|可以)?(坐|站|装)(得)?(下)?(多少|好多)(人|个人|位)|(多少|好多)(个)?座位|座位有(多少|好多)|几个座|座位数|좌석(이|은|수)? ?(몇|얼마|수)|몇 ?석")),
    # Whether a shoot fits dates ("can we shoot there in January?", "¿podemos rodar allá en enero?",
    # "一月份可以去横店拍吗", "1월에 촬영할 수 있나요?"): the sets' calendar, which the team answers
    # with a shoot request, never a list of that month's events.
    ("availability", (r"^(?=.*(\b(shoot|shooting|film|filming|rodar|rodaje|filmar|grabar)\b|拍|촬영|찍))"
                      r"(?=.*(\b(can|could|possible|available|free|open|podemos|podriamos|se puede|posible|disponibles?|libres?)\b"
                      r"|可以|能不能|能否|(?<!不)能[去来在拍]|可不可以|行吗|有空|수 있|가능|되나|돼요|될까))"
                      r"(?=.*(\b(january|february|march|april|may|june|july|august|september|october|november|december"
                      r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b"
                      r"|(?<![\d年])(\d{1,2}|[一二三四五六七八九十]{1,2}) ?月(?!\d)|\d{1,2} ?월(?!\d)|(next|this) (month|summer|winter|spring|autumn|fall)\b"
                      r"|(el )?(proximo|siguiente) mes|下个月|下月|今年夏天|다음 ?달))")),
    # What to bring or wear to an event ("what should they bring?", "what's the dress code?", "¿qué
    # hay que llevar?", "要带什么", "준비물 있어요?"): the organisers' to say, never published.
    ("bring", (r"\b(what|anything|something) (should|do|must|shall|would|will|to|else to)( (we|i|they|you|he|she|people|actors|guests))?"
               r"( (need|have) to| be expected to)? (bring|wear|pack|carry)\b|\bdress ?code\b|\bwhat to (bring|wear|pack)\b"
               r"|\b(que|algo) (hay que|debo|debemos|deben|debe|tengo que|tenemos que|tienen que|tiene que|se debe|necesito"
               r"|necesitamos|necesitan|conviene)( que)? (llevar|traer|ponerse|ponernos|vestir)\b|codigo de vestimenta|\bvestimenta\b"
               r"|\bcomo (hay que |debemos |debo |tenemos que )?vestir"
               r"|带(些)?什么|帶(些)?什麼|要带(哪些|啥)|需要带|穿什么|穿什麼|着装|著裝|服装要求|服裝要求"
               r"|챙겨 ?(가|와|갈|올)|챙길|가져가야|가져와야|준비물|복장|드레스 ?코드|(뭘|뭐|무엇을) (입|챙|가져)")),
    # (a dish's best place too: "the best hotpot", "el mejor hotpot", "哪家火锅好吃", "제일 맛있는 훠궈집")
    ("local", (r"restaurant|where (to|can we) eat|\bfood\b|nightlife|shopping|restaurante|donde comer|comida|餐厅|饭店|吃饭"
               # where something is bought cheap in town ("dónde venden cuerdas baratas por el puerto"),
               # not where our titles are sold
               r"|\bdonde (venden|se venden|compro|compramos|consigo|conseguimos)\b(?!.{0,40}\b(series|titulos|derechos|microdramas|obras|licencias|contenidos?)\b).{0,40}\bbarat[oa]s?\b"
               r"|\bhot ?pot\b|\bdumplings?\b|\bdonde (se )?come\b|(哪家|哪里|哪儿)[^，。？！?!]{0,6}(好吃|最好吃|正宗)|火锅|火鍋"
               r"|美食|식당|맛집|먹을 ?곳|음식점|밥집|중국집|레스토랑|훠궈|(제일|가장|젤) ?맛있는")),
    # Putting a finished title out ("完片可以直接上线吗", "can finished films go straight online?",
    # "¿se puede estrenar directo en plataformas?", "완성작을 바로 온라인에 올릴 수 있나요?"): release and
    # distribution terms, which staff give (not when a title came out: "unpublished")
    ("release", (r"\b(go|goes|put|release|released|stream|streamed|publish|published|upload|uploaded)\b.{0,20}\b(straight|directly|right away)?\s?(online|on (a |the |our )?(platforms?|streaming|apps?))\b"
                 r"|\b(estrenar|subir|publicar|lanzar|distribuir)\w*\b.{0,25}\b(en linea|online|plataformas?|streaming)\b"
                 r"|(直接|马上).{0,4}(上线|上架|上平台|投放|播出)|(可以|能|能不能|可不可以).{0,4}(上线|上架|上平台)|(上线|上架)(渠道|平台|流程)"
                 r"|온라인(에|으로)? ?(올리|올릴|올려|공개|출시|배포|방영)|(바로|직접) ?(공개|출시|배포|방영|올릴)|플랫폼(에|으로)? ?(올리|올릴|올려|공개|출시|배포)")),
    ("permits", (r"\bpermits?\b|insurance|customs|drone|import (our )?equipment|permiso|seguro|aduana|许可证|拍摄许可|保险"
                # (cover by its verb and its kind: "保什么险", "投保哪类险种"; para25)
                r"|保(什么|什麼|啥|哪种|哪種|哪些|哪类|哪類)(险|險)|投保|险种|險種|保險"
                r"|\bata carnet\b|\bcarne ata\b|通关|清关|报关|(?<![가-힣])통관"
                r"|海关|无人机|허가|보험|세관|드론|" + REGULATED_GAP_PATTERN)),
    # A count no file gives: how many titles a company buys a year, how many came to an event,
    # how many projects are picked ("how many titles does Reel-K buy a year?", "¿cuánta gente
    # fue?", "一年采购多少部", "참석자 몇 명이었어요?", "몇 개 프로젝트 뽑아요?"): a number staff give
    ("count", (r"\bhow many (\w+ ){0,3}(do|does|did|will|would) .{0,40}\b(buy|acquire|license|licence|purchase|pick up|commission|sign)\b"
               r"|\bhow many (people|heads|guests|attendees|participants|visitors|folks|delegates)\b.{0,20}\b(turned|showed|came|attended|went|were there|took part|participated)\b"
               r"|\b(attendance|turnout|headcount|head count) (was|were|is|figures?|numbers?|of|at|like)\b|\bwhat (was|is) the (attendance|turnout|headcount)\b|\battendee numbers\b"
               r"|\bhow many (\w+ )?(projects?|titles?|teams?|pitches|entries|finalists|winners) (\w+ ){0,3}(selected|chosen|picked|shortlisted|accepted)\b"
               r"|\bcuant[oa]s (\w+ ){0,4}(compra|compran|adquiere|adquieren|licencia|licencian|compro|compraron)\b"
               r"|\bcuant[oa]s? (personas|gente|asistentes|participantes|invitados)\b.{0,20}\b(fueron|fue|asistieron|vinieron|llegaron|hubo|participaron|estuvieron)\b"
               r"|\bcuant[oa]s (\w+ )?(proyectos|titulos|equipos|finalistas|ganadores) (\w+ ){0,2}(seleccionan|eligen|escogen|seleccionaran|elegiran|escogeran|se seleccionan|se eligen|van a (seleccionar|elegir|escoger))\b"
               r"|(采购|收购|购买|引进)(了|下)?多少(部|个|集|套)|(?<![想要望算备])(采购|收购|购买|引进)(了|下)?几(部|个|集|套)|(买|签)(了|下)?多少(部|个|集|套)|一年(大概|大约|能)?(采购|收购|买|引进)"
               r"|(多少|几)(个)?(人|位)(来|参加|出席|到场|参会|与会)|(参会|出席|到场|参加|与会)(的)?人数|(选|挑|入选)(出)?多少个|(会|能|要|一共)(选|挑)(出)?几个|几个(项目|作品|团队)(能|会)?(入选|被选)"
               r"|몇 ?(편|개|작품) ?(이나|정도|쯤)? ?(사 ?가|사요|삽니|사나요|사들|구매|수입|구입|매입)"
               r"|(참석|참가)(자|한 사람|했던 사람|인원)(가|는|이|은)? ?(몇|얼마)|몇 ?명(이|이나|정도)? ?(왔|참석했|참가했|모였)"
               r"|몇 ?(개|편)(의)? ?(프로젝트|작품|팀)(를|을)? ?(뽑|선정|선발|고르)|(프로젝트|작품|팀)(는|은|를|을)? ?몇 ?(개|편|팀)(나|정도)? ?(뽑|선정|선발)"
               # a pool counted ("how many extras are registered?", "¿cuántos extras hay?", "群演有多少人",
               # "보조출연자 몇 명이에요?"): the studios' own figure, published nowhere
               r"|\bhow many (\w+ ){0,2}(extras|background (actors|artists|performers)|crowd (actors|artists)|stunt (men|people|performers|doubles)|stuntmen|local actors|interpreters|translators|drivers|technicians|crew members)\b"
               r"|\bcuant[oa]s (\w+ ){0,2}(extras|figurantes|dobles|especialistas|interpretes|traductores|choferes|tecnicos)\b"
               r"|(群演|群众演员|群眾演員|临时演员|特约演员|替身|武行|翻译|司机).{0,10}(多少|几)(个|位|名)?(人)?|(多少|几)(个|位|名)?(群演|群众演员|临时演员|特约演员|替身|武行)"
               r"|(엑스트라|보조 ?출연자?|단역|대역|스턴트|통역사?).{0,12}(몇 ?(명|분)(이나|정도|쯤|까지|가량)? ?(이에요|예요|인가요|있어요|있나요|있습니까|돼요|되나요|됩니까|가능|섭외|등록|이야|임|\?)|얼마나 많)"
               # the people of a partner or a place counted ("how many authors does that village have?",
               # "¿cuántos empleados tiene la productora?", "那个作家村有几位作者", "직원이 몇 명이에요?"):
               # a head count no file publishes (the partners and members of the alliance are its list)
               r"|\bhow many (\w+ ){0,2}(writers|authors|novelists|screenwriters|scriptwriters|employees|staff|staffers|workers|creators|editors)\b"
               r"|\bcuant[oa]s (\w+ ){0,2}(escritor(es|as)|autor(es|as)|novelistas|guionistas|emplead[oa]s|trabajador(es|as)|creador(es|as)|editor(es|as))\b"
               r"|(多少|几)(个|位|名)?(网络)?(作家|作者|写手|网文作者|签约作者|编剧|员工|职员|雇员|员工|創作者|创作者|編劇|員工)"
               r"|(作家|作者|写手|员工|職員|职员|員工|创作者).{0,6}(有)?(多少|几)(个|位|名)"
               r"|(작가|저자|직원|임직원|편집자|창작자)(가|이|는|은|진|진이|진은|들이|들은)? ?(몇 ?(명|분)|얼마나 많)"
               # votes and seats in a body's assembly ("how many votes does each member get?", "¿cuántos
               # votos tiene cada socio?", "几票表决权", "표 몇 개"): its governance, which no file states
               r"|\bhow many (votes|seats)\b|\bvoting (rights?|power|weight)\b|\bcuant[oa]s (votos|escanos)\b|\bderecho (a|de) voto\b"
               r"|(几|多少)票|表决权|投票权|选举权|의결권|투표권|(표|票)(를|는|가)? ?몇 ?(개|표|장)|몇 ?표"
               r"|\b(vote|votes|voting)\b.{0,40}\b(assembly|general meeting)\b|\b(assembly|general meeting)\b.{0,40}\b(vote|votes|voting)\b"
               r"|\bvot(o|os|a|an|ar|acion)\b.{0,40}\basamblea\b|\basamblea\b.{0,40}\bvot(o|os|a|an|ar|acion)\b"
               r"|大会.{0,10}(投票|表决)|(投票|表决).{0,10}大会|총회.{0,12}(투표|표결|의결)|(투표|표결|의결).{0,12}총회"
               # how many people each company may send or bring ("how many delegates may each company send?",
               # "¿cuántos representantes puede llevar cada empresa?", "每家企业可派几名代表", "회사당 몇 명까지
               # 보낼 수 있어요?"): an event's quota, which no record states
               r"|\bhow many (\w+ ){0,2}(delegates|representatives|reps|people|persons|attendees|participants|staff|members|badges|passes|seats)\b.{0,40}\b(send|bring|register|nominate|accredit)\b"
               # the quota said as a cap, limit or maximum, or per company ("is there a cap on attendees per
               # company?", "the maximum number of representatives a single firm may bring", "¿cuántos podemos
               # ir por empresa?", "número máximo de representantes por compañía", "每家企业代表人数有无限制")
               r"|\b(how many|max(imum)?|cap|limit|quota|number)\b.{0,25}\b(delegates|representatives|reps|people|persons|attendees|participants|badges|passes|seats)\b.{0,40}\b(per|each|every|a single|one) (company|firm|studio|organi[sz]ation|exhibitor|delegation|business|member)\b"
               r"|\b(max(imum)?|cap|limit|quota) (number )?(of |on |for )?(the )?(delegates|representatives|reps|attendees|participants|badges|passes)\b"
               r"|\bcuant[oa]s\b.{0,30}\b(por|cada) (empresa|compania|productora|firma|entidad|organizacion|socio)\b"
               r"|\b(numero (maximo )?|maximo |limite |tope |cupo )de (delegad[oa]s|representantes|personas|asistentes|participantes|acreditaciones|pases)\b.{0,40}\b(por|cada) (empresa|compania|productora|firma|entidad|organizacion|socio)\b"
               r"|(每家|每个|每间|一家|每)[^，。？?]{0,10}(代表|参会|与会|出席)?(人数|名额)"
               r"|\bcuant[oa]s (\w+ ){0,2}(delegad[oa]s|representantes|personas|asistentes|participantes|acreditaciones|pases|cupos|lugares)\b.{0,40}\b(enviar|mandar|llevar|traer|inscribir|registrar|acreditar)\b"
               r"|(每家|每个|每间|一家|每)(企业|公司|单位|机构|片方|团队|会员)?.{0,6}(可|能|可以|最多|限)(派|带|报|报名|安排)(几|多少)(名|位|个)?(代表|人)"
               r"|(회사|업체|기업|팀|단체)(당|마다|별로|에서|는|에선)? ?몇 ?(명|분)(까지|이나|정도)? ?(보내|보낼|데려|데리고|등록|참석시|파견)"
               # how many came, said with the verb after ("到场的有多少人", "来了多少人", "몇 명 왔어요")
               r"|(到场|出席|参会|与会|来|参加|到)(了)?的?(人)?(有|了|一共有|总共有)?(多少|几)(个)?(人|位)")),
)

# Words that tie a gap to a subject, and so to a contact (contacts.yaml ids); a team's own name
# ("国际业务部", "the short drama center") names its contact.
GAP_SUBJECTS: tuple[tuple[str, str], ...] = (
    ("vertical_short_drama_center", (r"incentiv|subsid|rebate|incentivo|subsidio|apoyo|补贴|扶持|优惠|奖励|인센티브|지원금|보조금"
                                     # money given back or granted: "do we get any money back?", "beneficio económico"
                                     r"|money back|cash ?back|tax (break|credit)s?|government support|\bgrants?\b"
                                     # the amount of support asked ("how much support is there?", "financial support"; fixZ21)
                                     r"|\bhow much (\w+ )?support\b|\b(financial|funding|production|money) support\b"
                                     r"|\b(percent(age)?|rate|how much)\b[^.?!]{0,20}\brefund|\brefund (rate|percentage)"
                                     r"|reembols|dinero de vuelta|beneficios? (economicos?|fiscales?)|ayudas? (economicas?|fiscales?)|退税|返还|환급"
                                     # a discount is the incentives' cost reduction
                                     r"|discount|descuento|\bdescuent(an|en|as|a)\b|折扣|打折|几折|减免|能减|减多少|할인|" + SPECIAL_RATE.pattern +
                                     r"|cost reduction|reduccion de costos|降本|비용 ?절감"
                                     r"|short[- ]drama (ops |operations? )?cent(er|re)|centro de (operaciones de )?(micro|short ?)dramas"
                                     # the team by other words of its name: "the vertical drama centre",
                                     # "el centro de dramas verticales", "运营中心的同事", "세로형 드라마 센터"
                                     r"|\bvertical[- ](short[- ])?(drama|series|video)s? (ops |operations? )?cent(er|re)\b|\b(ops|operations) cent(er|re)\b"
                                     r"|\bcentro de (operaciones de )?(micro|short ?)?(dramas?|series|novelas|microseries)( cort[oa]s)? verticales\b|\bcentro de operaciones\b"
                                     r"|(竖屏)?短剧(运营)?中心|竖屏(剧)?(运营)?中心|运营中心|숏드라마 (운영 ?)?센터|세로형 ?(숏 ?드라마 ?|드라마 ?)?(운영 ?)?센터|운영 ?센터")),
    ("dalynn_studio", (r"spanish|latin|latam|hispan|dalynn|espanol|latino|latinoamerica|hispano|西语|西班牙|拉美|拉丁"
                      r"|스페인어|스페인 ?말|서반아어|중남미|라틴")),
    # (and by a short name: "the international department", "el departamento internacional", "国际部",
    # "국제부", fixL15)
    ("international_business", (r"international business|negocios internacionales|国际业务部|国际业务|국제 ?사업부"
                                r"|\binternational (department|dept|desk|office|division|team)\b|\b(departamento|area|oficina|division|equipo) internacional\b"
                                r"|国际部|國際部|国际事业部|국제 ?(부|팀|업무 ?부서)(?![가-힣])|국제부(서)?")),
    ("hisda_secretariat", (r"\bsecretariat|secretaria de hisda|\bla secretaria\b|\bsecretariado\b|秘书处|사무국|\bmembership|member fee|join(ing)? the alliance|joining fees?|fees? to join|membresia|unirse a la alianza"
                           # (the partner's own club living on dues, "회비로 운영되는 동호회", asks no fee of ours)
                           # the team that looks after members ("管会员那边", "负责会员事务的", "회원 담당", "회원 관리 쪽",
                           # "the membership desk"): named by the members it looks after
                           r"|(管|负责|主管|对接|处理)(会员|成员|入会|入盟)|会员(那边|这边|这块|方面|事务|事宜|部门|工作|服务)|회원 ?(담당|관리|업무|문의|쪽)|회원사 ?(담당|관리|업무)"
                           r"|cuota de socio|会费|会员费|入盟|入会|加入联盟|회비(?!(로|으로) ?(운영|꾸려|꾸리|돌아가|유지))|회원 ?가입|연맹 ?가입|会员(要|需要|得)?(付费|交费|缴费|收费|交钱|花钱)|회원(은|이)? ?(유료|무료)|\bis joining (free|paid)\b|가입(하려면|하는 ?데|할 ?때|하면)"
                           r"|(entrar|entramos|sumarse|sumarnos|unirse|unirnos|unirme|ingresar|pertenecer|ser parte|formar parte) (a|en|de) la (alianza|hisda)"
                           # what members pay: "annual dues", "what are the fees for members?"
                           r"|\bdues\b|\b(fees?|costs?|charges?|prices?) (for|of) (the )?(alliance |hisda |new )?(members|membership)\b(?! of (our|my|the|your) )"
                           r"|(ser|hacerse|como|nuevo) (miembros?|socios?)\b|become (a )?members?|annual fee|"
                           # how the alliance governs itself: its assembly, members' votes
                           r"\b(general |annual |members'? )?assembly\b|\bvoting (rights?|power)\b|\basamblea\b|\bderecho (a|de) voto\b"
                           r"|(联盟|会员|成员)大会|表决权|投票权|총회|의결권|"
                           # "what does it cost a year to be a member of the alliance?"
                           r"(be|being|as) (an? )?(alliance )?members? (of|in) (the )?(alliance|hisda)\b|alliance members?(hip)? (fee|cost|price)|cuota anual|年费|연회비|가입비"
                           # "does it cost anything to be a member??" (as "¿…para ser socio?")
                           r"|\bto (be|become) (an? )?(alliance )?members?\b"
                           # the members' side of the alliance: "quien lleva lo de los socios?", "会员的事"
                           r"|\blo de (los )?(socios|miembros)\b|\b(new )?members?'? (side|matters|stuff|affairs)\b|会员(的事|事务|这块)|회원 ?(관리|업무|담당)"
                           # what members pay ("会员一年交多少", "what do members pay a year?")
                           r"|会员(一年|每年|年|费|要交|得交|交)|\bmembers? pay\b|\b(los )?(socios|miembros) (pagan|aportan)\b"
                           r"|회원(사)?(는|은|이|가|들)? ?(1년에|일 ?년에|매년|연간|해마다)"
                           # becoming a member named ("成为联盟会员要花多少钱", "회원이 되려면 비용이", "회원사로 들어가면")
                           r"|(成为|当|做)(联盟|聯盟)?(的)?(会员|會員|成员|成員)|(联盟|聯盟)(会员|會員|成员|成員)|회원(사)?(이|가|으로|로)? ?(되|들어가)")),
)
DEFAULT_CONTACT = "international_business"


# "¿Están disponibles el 15 de enero?", "is anyone around on March 3?": free or available with a
# day named is the team's calendar; without a day it may be a title's ("¿está disponible?").
AVAILABLE = re.compile(r"\b(free|available|around)\b|\b(disponibles?|libres?)\b|有空|有时间|空闲|시간 ?(되|있|괜찮)|가능(하|할|한)")
A_DAY = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?\b"
                   r"|\b\d{1,2}(st|nd|rd|th)? (of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\bon the \d{1,2}(st|nd|rd|th)\b"
                   r"|\b\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b"
                   r"|\b(el|este|el proximo) (lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b|\bmanana\b|\bla (proxima )?semana (que viene|proxima)\b"
                   r"|\b(on |this |next )(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\btomorrow\b|\bnext week\b"
                   r"|\d{1,2} ?月 ?\d{1,2} ?[日号號]|明天|后天|下周|下星期|星期[一二三四五六日天]|周[一二三四五六日]"
                   r"|\d{1,2} ?월 ?\d{1,2} ?일|내일|모레|다음 ?주|[월화수목금토일]요일")


# Which is better, said without "than" ("sale mejor rodar en Hengdian q en Ouarzazate", "更划算"):
# beside another studio named, a comparison (`gap_topic`)
BETTER = re.compile(r"\b(better|cheaper|best|mejor|conviene|mas barato|mas conveniente)\b|更好|更便宜|更划算|哪个好|哪边好|더 (나|좋|싸)|나아요|낫")
CATALOG_SIZE = re.compile(r"catalog|slate|line-?up|\blist\b|library|alliance|network|片单|片库|剧库|作品库|片源|多少部|目录|联盟|카탈로그|라인업|작품 ?수|연맹")


# A minimum guarantee asked ("这部保底多少钱", "MG 얼마예요?", "what's the MG on it?"): a price to the
# gates (`GAP_NUMBERS`), but said as the deal terms that are not published, not "prices and fees"
MG_ASKED = re.compile(r"(?<![a-z])mg(?![a-z])|minimum guarantee|garantia minima|minimo garantizado|保底|미니멈 ?개런티|최소 ?보장"
                      # the licence fee is a rights term too ("how is the licence fee calculated?",
                      # "這部的版權費怎麼算", "판권료는 어떻게 돼요"), not "prices and fees"
                      r"|\b(licen[cs]e|licensing|rights) (fee|cost|price)s?\b|\b(price|cost|fee)s? (for|of|to) (licen[cs]\w*|the rights)\b|\b(how much|cuanto)\b.{0,25}\blicen[cs]\w*|\b(precio|costo|coste|tarifa|cuota) de (la )?licencia\b"
                      r"|(版权|版權|授权|授權)(费|費)|(版权|版權|授权|授權).{0,6}多少(钱|錢)|판권 ?(료|비용|가격)|판권.{0,10}얼마|라이[선센]스 ?(료|비용)")
# A discount's size asked ("how much off exactly?", "¿de cuánto es el descuento?"): the gap says
# the discount's rate is not published, not "prices and fees"
DISCOUNT_ASKED = re.compile(r"\bdiscount|how much off\b|\b(percent|percentage|%) off\b|\bdescuento|\brebaja\b|折扣|打折|几折|减免|优惠幅度|할인"
                            r"|\bsave\b|\bsaving|ahorr|(省|便宜)(下)?(多少|几成|几个点)|깎|절감"
                            # "具体能减多少", "减免多少": how much is taken off
                            r"|(能|可以|可)?减(免)?(多少|几成|几个点|几折)|优惠(多少|几成|几个点)")


# A rate asked with no word of rights or revenue ("有没有个比例", "what percentage?", "¿qué
# porcentaje?", "비율은요?"): after a price or a reduction, the rate of that same number; beside an
# incentive's support or discount ("补贴比例是多少", "¿qué porcentaje cubre el incentivo?"), its rate
RATIO_ASKED = re.compile(r"比例|百分之|几成|percent(age)?|porcentaje|\d+ ?%|%|비율|퍼센트|몇 ?프로")
RIGHTS_WORDS = re.compile(r"\brights\b|revenue|" + COMMISSION_FEE + r"|royalt|exclusiv|ingresos|佣金|抽成|收益|版权|分成|独家"
                          r"|수수료|수익|판권|독점|derechos|regalias|exclusividad")


# The amount of support asked ("how much is the subsidy?", "¿de cuánto es el apoyo?", "补助具体多少钱",
# "지원금은 얼마예요?"): the gap says the amount of support is not published, not "prices and fees"
SUPPORT_ASKED = re.compile(r"\b(subsid\w*|grants?|rebates?|incentives?|support|cash ?back|money back)\b"
                           # "what percentage do you refund?": the share of costs given back
                           r"|\b(percent(age)?|rate|how much)\b[^.?!]{0,20}\brefund|\brefund (rate|percentage)"
                           r"|\b(subsidio|apoyo|incentivo|reembolso|ayuda)s?\b|补贴|補貼|补助|補助|扶持|资助|資助|奖励|獎勵|返还|返還"
                           r"|지원금|보조금|인센티브|지원 ?(금액|규모)|환급")


# A distance asked ("how far is Hangzhou from Hengdian in km?", "¿qué tan lejos queda?", "横店离杭州多远",
# "항저우에서 얼마나 멀어요?"): no file gives one, said before the way there (folded text)
# The nearest airport asked ("nearest airport?", "¿cuál es el aeropuerto más cercano?", "最近的机场是哪个",
# "가장 가까운 공항 어디임"): the way-there FAQ answers it, its airport sentence first.
AIRPORT_WORD = re.compile(r"\bairports?\b|\baeropuertos?\b|机场|機場|飞机场|공항")
NEAREST_AIRPORT = re.compile(r"\b(nearest|closest|near(by)?|close)\b.{0,20}\bairports?\b|\bairports?\b.{0,20}\b(nearest|closest|near(by)?|close)\b"
                             r"|\baeropuerto\b.{0,20}\b(mas )?(cercano|proximo|cerca)\b|\b(mas )?(cercano|proximo)\b.{0,20}\baeropuerto\b"
                             r"|(最近|最近的|附近|附近的|就近|离得最近|最靠近|周边|周邊)(的)?(有没有|有沒有|有)?(飞|飛)?(机场|機場)|(机场|機場).{0,6}(最近|附近)"
                             r"|(가장|제일|젤|젤로|가까운|근처)(에|에는|에도)?\s?(가까운\s?)?공항|공항.{0,16}(가까|가깝|근처)")
# Two named ones weighed against each other ("is ShortMax or Reel-K the better platform for us?",
# "¿qué tal es ShortMax comparado con Reel-K? ¿cuál me conviene?", "ShortMax和Reel-K哪个平台更适合我们",
# "你哋同ShortMax邊個好啲", "ShortMax랑 Reel-K 중에 어디가 나아요?"): no recommendation (`Router.partners_compared`)
PICK_BETWEEN = re.compile(
    r"\b(better|best|vs\.?|versus|compar\w*|recommend\w*|prefer\w*|go with|pick)\b|\bwhich (one|is|should|would)\b"
    r"|\b(mejor|conviene|convendria|compar\w*|recomiend\w*|recomendar\w*|versus|vs|elegir|escoger)\b|\bcual (me|nos|es) \w+"
    r"|哪个(好|更|比较)|哪個(好|更|比較)|比较|比較|更适合|更適合|更好|邊個好|边个好|边个好啲|推荐|推薦|选哪|選哪"
    r"|어디가 ?(나아|좋|더|낫)|어느 ?(쪽|게|곳|회사|플랫폼)(이|가)? ?(나아|좋|더|낫)|비교|추천|중에 ?(어디|뭐|어느)|나아요|낫나요|낫습니까"
    # weighed by size or standing ("is their team bigger than Reel-K's?", "¿Dalynn es más grande que
    # ShortMax?", "ShortMax和Reel-K哪个规模大", "릴케이보다 더 커요?"): a comparison all the same
    r"|\b(bigger|larger|smaller|stronger|more (popular|successful|established|experienced|famous|well-known|reliable))\b.{0,40}\bthan\b"
    r"|\b(bigger|larger|smaller|stronger)\b|\bmas (grande|grandes|chic[oa]s?|popular(es)?|conocid[oa]s?|fuerte|importante|exitos[oa]|confiable|solid[oa])\b"
    r"|\b(mayor|menor) que\b|(哪个|哪家|哪一家|谁|邊個|边个|邊間|边间|哪间|哪間)(的)?(规模|規模)?(更|比较|比較)?(大|强|強|有名|出名|厉害|厲害|靠谱|靠譜)"
    r"|(规模|規模)(更|比较|比較)?大|(规模|規模)(如何|怎么样|怎樣)|比.{1,12}(大|强|強|有名|厉害|厲害)|(更|比较|比較)(大|强|強|有名)"
    r"|더 ?(크|커|큰|유명|잘나가|나은|낫|좋|세)|보다 ?(더 )?(크|커|큰|유명|낫|좋|세)|(누가|어디가|어느 쪽이|어느 회사가) ?(더 )?(크|커|큰|유명)")

# A company's view asked, which only it can give ("what does ShortMax think about Indian content?",
# "¿qué opina Reel-K de los dramas peruanos?", "ShortMax怎么看印度内容", "릴케이는 한국 웹툰 원작을 어떻게
# 생각해요?", "would Reel-K be interested in our format?"): never a fact of its record
PARTNER_VIEW = re.compile(
    r"\bwhat (does|do|would|did) .{1,30} (think|feel|say) (about|of|on)\b|\b(their|its|his|her)? ?(opinion|view|take|stance|position) (on|of|about)\b"
    r"|\bwould .{1,30} (be )?(interested|keen|open to|like|want)\b|\bis .{1,30} (interested|keen) (in|on)\b|\bdoes .{1,30} (like|want|prefer|care about)\b"
    r"|\bque (opina|opinan|piensa|piensan|pensaria|opinaria|dice|dicen) .{0,30}\b(de|sobre|del|acerca)\b|\b(le|les) (interesaria|interesa|gustaria|gusta)\b"
    r"|\bestaria(n)? interesad[oa]s?\b|\bsu (opinion|postura|vision) (de|sobre)\b"
    r"|怎么看|怎麼看|怎么想|怎麼想|(的)?看法|有没有兴趣|有沒有興趣|感兴趣吗|感興趣嗎|会感兴趣|會感興趣|点睇|點睇|有冇兴趣|有冇興趣"
    r"|어떻게 생각|어케 생각|의견(이|은)? ?(어때|어떤|뭐)|관심 ?(있|없|가질)|좋아할(까|지)|입장(이|은)")
# How a company is tied to the Alliance or to us ("what's the alliance's relationship with ShortMax and
# Reel-K?", "¿qué relación tienen con ShortMax?", "联盟跟ShortMax、Reel-K都是什么关系", "릴케이랑 연맹은 무슨
# 관계예요?"): what each is to it, as published (a member, the events it takes part in)
PARTNER_TIES = re.compile(
    r"\b(relationship|relation|connection|ties?|link)s? (with|to|between)\b|\bhow (is|are) .{1,40} (related|connected|linked|tied)\b"
    r"|\bwhat (does|do) .{1,40} have to do with\b|\b(que )?(relacion|vinculo|conexion)(es)? (tienen|tiene|hay|con|entre)\b|\bque tiene(n)? que ver\b"
    r"|(什么|啥|咩|乜)关系|(什麼|甚麼)關係|关系是|關係是|有(什么|啥)?关系|有(什麼)?關係|무슨 ?(관계|사이)|어떤 ?(관계|사이)|관계(가|는|예요|에요|인가요|야)")


# A company's part in the alliance asked ("What's Reel-K's role in the alliance?", "¿qué papel tiene
# Reel-K en la alianza?", "他们跟联盟有什么合作？", "中国网络作家村跟联盟怎么合作的？", "紫浪科技在联盟里负责
# 什么？", "릴케이는 연맹에서 어떤 역할이에요?"): its ties (`router.partners_tied`), not whether it is a
# member alone, nor how to join (play33)
ROLE_IN_ALLIANCE = re.compile(
    r"\b(role|part|place|function|job)s? (in|within|at|inside) (the )?(alliance|hisda)\b"
    r"|\bwhat (does|do|did) .{1,40} do (in|for|with|within) (the )?(alliance|hisda)\b|\bhow (do|does|did) .{1,40} work with (the )?(alliance|hisda)\b"
    r"|\b(role|part) (does|do|did) .{1,30} (play|have) (in|within) (the )?(alliance|hisda)\b"
    # (the part asked by any verb or word order: "what part Reel-K plays in the alliance", "how is Reel-K
    # involved with the alliance?", "what's reel-k got to do with hisda", "¿cómo participa en la alianza?",
    # "它在联盟里具体做什么"; para25)
    r"|\b(role|part)\b.{1,40}\b(plays?|playing|has|have)\b (in|within) (the )?(alliance|hisda)\b"
    r"|\b(involved|involvement|engaged|active) (with|in) (the )?(alliance|hisda)\b|\b(got|have|has) to do with (the )?(alliance|hisda)\b"
    r"|\b(participa|participan|colabora|colaboran|interviene|intervienen) (\w+ ){0,3}(en|con) la (alianza|hisda)\b|\bque (relacion|vinculo) (tiene|tienen) (\w+ ){0,3}con la (alianza|hisda)\b"
    r"|在(联盟|hisda)(里|中|内|里面|当中)?(具体|主要|都)?(负责|做|干|扮演|承担)(什么|啥|哪些)"
    r"|\b(papel|rol|funcion) (tiene|tienen|juega|juegan|cumple|cumplen)? ?(\w+ ){0,3}(en|dentro de) (la )?(alianza|hisda)\b"
    r"|\bque hacen? (\w+ ){0,4}(en|dentro de|con) la (alianza|hisda)\b|\bcomo (colabora|colaboran|trabaja|trabajan) con la (alianza|hisda)\b"
    r"|(跟|和|与|同)(联盟|hisda)(之间)?(有|是)?(什么|啥|哪些)(合作|关系|联系)|(跟|和|与|同)(联盟|hisda)(是)?怎么(合作|配合)"
    r"|在(联盟|hisda)(里|中|内|里面|当中)?(负责|做|干|扮演|承担)(什么|啥|哪些)"
    r"|(연맹|hisda)(에서|에서의|와|랑|하고|과) ?(무슨|어떤)? ?(역할|일|협력|관계)|(연맹|hisda)(와|랑|하고|과) ?어떻게 (협력|일)")


# An airfare asked ("how much is a flight from LA?", "¿cuánto sale el pasaje de avión desde Lima?",
# "从首尔飞过去机票多少钱", "비행기 표 값은 얼마 정도 해요?"): no file holds one (`Router.airfare`)
AIRFARE_ASKED = re.compile(
    r"\b(air ?fares?|plane tickets?|flight tickets?|(price|cost) of (a |the )?(flights?|plane tickets?)|flights? (prices?|costs?))\b"
    r"|\bhow much\b.{0,25}\b(flights?|fly(ing)?|plane)\b(?! (over|above|around|a drone|drones?)\b)|\b(flights?|fly(ing)?)\b.{0,25}\bhow much\b"
    r"|\b(pasajes?|boletos?|billetes?|tiquetes?|vuelos?)( de avion| aereos?)?\b.{0,30}\b(cuanto|precio|vale|cuesta|sale|costo)\b"
    r"|\b(cuanto|precio|vale|cuesta|sale|costo)\b.{0,30}\b(pasajes?|boletos? de avion|billetes? de avion|tiquetes?|vuelos?)\b"
    r"|机票|機票|飞机票|飛機票|航班.{0,6}(多少钱|价格|价钱)"
    r"|항공권|비행기 ?(표|티켓|값|요금)|항공 ?(요금|운임)")
# The way a fare is to somewhere else ("a flight from Nadi to Auckland", "el pasaje a Nueva York",
# "雅加达到巴厘岛"): a place right after "to", "a", "到", "까지"
FARE_ELSEWHERE = re.compile(
    r"\b(from|desde|de) [a-z]+( [a-z]+)? (to|a|hasta|hacia|para) (?!hengdian|china|yiwu|zhejiang|dongyang|you|us|there|alla|alli|ustedes)[a-z]"
    r"|\b(pasajes?|boletos?|billetes?|vuelos?|flights?|tickets?)( de avion| aereos?)? (a|to|para|hacia|hasta) (?!hengdian|china|yiwu|zhejiang|dongyang|you|us|there|alla|alli)[a-z]"
    # (a fare to Shanghai or Hangzhou is a fare to a hub, asked as such: not one to us)
    r"|(到|飞|飛)(?!横店|橫店|中国|中國|义乌|義烏|浙江|东阳|東陽|那边|那裡|那里|你们|你們|这边|這邊|过去|過去|过来|過來)[\u4e00-\u9fff]{2,}.{0,3}(机票|機票)"
    r"|에서 (?!헝뎬|중국|상하이|항저우|이우)[가-힣]+(까지|로|으로) .{0,6}(항공권|비행기)")


# Which airport to fly into, asked ("which airport do we fly into for it?", "¿a qué aeropuerto llego?",
# "去那个活动飞哪个机场", "이 행사 가려면 어느 공항으로 가요?"): with the nearest asked, the airport of a
# place or an event (`Router.airport_of_record`)
WHICH_AIRPORT = re.compile(r"\b(which|what)\b.{0,12}\bairports?\b|\bairports?\b.{0,30}\b(fly|land|use|book|go)\b"
                           r"|\b(que|cual|a que|a cual)\s+aeropuerto\b|\baeropuerto\b.{0,25}\b(llego|llegar|vuelo|volar|aterriz\w*)\b"
                           r"|(哪个|哪個|什么|啥|哪)\s?(飞)?(机场|機場)|(飞|飛)(到)?(哪个|哪個|哪里|哪)|(机场|機場).{0,4}(哪|什么)"
                           r"|(어느|무슨|어떤)\s?공항|공항.{0,6}(어디|어느)")


# A direct flight asked ("any direct flights from Incheon?", "¿hay vuelos directos desde Madrid?",
# "有从仁川直飞的航班吗", "인천에서 직항 있나"): no file holds airline routes; the way there does
DIRECT_FLIGHT = re.compile(r"\bdirect (flights?|routes?|connections?)\b|\bnon-?stop (flights?)?\b|\bfly direct(ly)?\b"
                           r"|\bvuelos? direct[oa]s?\b|\bvuelan directo\b|\bsin escalas?\b|直飞|直飛|直航|직항|논스톱")
DISTANCE_ASKED = re.compile(r"\bhow far\b|\b(km|kms|kilomet\w*|miles)\b|\bdistances?\b|\b(que tan|cuan) lejos\b|\bdistancia\b"
                            # "¿a cuánto queda Hengdian de Shanghái?": how far one place is from another (fixQ16)
                            r"|" + PLACE_APART +
                            r"|\ba cuant[oa]s? (km|kilometros)\b|多远|多遠|距离|距離|公里|얼마나 (멀|떨어)|몇 ?(km|킬로)|킬로미터|거리(가|는)? ?(얼마|몇|어느)")


# What shooting here costs ("roughly how much does a shoot cost?", "¿cuánto cuesta rodar?", "拍摄费用大概
#多少", "촬영 비용 대략 얼마 들어요"): the costs FAQ's subject, whose team gives quotes (folded text)
# What it costs asked in the partner's own verb ("what's it really run ya?", "how much will it set us
# back?", "¿cuánto nos sale la cosa?", "拍下来得花多少钱", "다 해서 얼마나 들어요?"): a cost question. Folded text.
COST_ASKED = re.compile(r"\b(what|how much)\b.{0,25}\b(run|runs|running|set|sets) (ya|you|us|me|them)\b( back)?|\bwhat('?s| is| does| will| would)? (it|that|this) (really |all |actually )?cost\b"
                        r"|\bwhat'?s the damage\b|\bcuanto (nos |me |les )?(sale|saldria|saldra|cuesta|costaria|costara)\b"
                        r"|(得|要|会|要花|得花)多少钱|花(多少|几多)钱|(얼마나|얼마) ?(들|드|나와|깨지)")


SHOOT_COST = re.compile(r"\b(shoot|shooting|filming)\b.{0,15}\b(costs?|budget|price|prices|rates?)\b|\bcosts? (of|to|for) (shoot\w*|film\w*)\b"
                        r"|\bhow much (does|would|will|to|is it to) (it )?(cost )?(to )?(shoot|film)\b|\ba shoot cost\b"
                        r"|\b(costo|coste|costos|costes|presupuesto|precio)s? (de|del|para) (rodaje|rodar|filmar|grabar)\b"
                        r"|\bcuanto (cuesta|costaria|sale|saldria) (rodar|filmar|grabar)\b"
                        r"|拍摄(费用|成本|费)|拍(一部|部|个|一个)?(戏|片|剧).{0,4}(要|得)?(多少钱|花多少)|촬영 ?(비용|비|예산)")


# Prize money or awards asked ("how much is the prize money?", "¿de cuánto es el premio?",
# "奖金多少", "상금은 얼마예요?"): an event's unpublished prizes (the `unpublished` fact), not
# "prices and fees": the price words only ask how much the prize is. Folded text.
# Foreign extras or cast said ("foreign extras", "figurantes extranjeros", "外国群演", "외국인 엑스트라")
FOREIGN_EXTRAS = re.compile(r"\b(foreign|western|non[- ]?chinese|international) (extras|actors|background actors|faces|cast)\b"
                            r"|\b(extras|figurantes|actores) (extranjer\w*|occidentales|no chin[oa]s)\b"
                            r"|(外国|外籍|洋|老外|西方)(的)?(群演|群众演员|临时演员|演员|面孔)|(외국인|외국|서양인?) ?(엑스트라|보조 ?출연자?|단역|배우)")
# A prize or its winner said ("best actress", "mejor actriz", "最佳女主", "여우주연상", "won the award")
PRIZE_WINNER_SAID = re.compile(r"\bbest (actor|actress|director|screenplay|supporting (actor|actress))\b|\b(award|prize)[- ]?winners?\b"
                               r"|\bmejor (actor|actriz|director|guion)\b|\bganador(es|as?)?\b|\bpremiad[oa]s?\b"
                               r"|最佳(男主|女主|男演员|女演员|男配|女配|导演|编剧)|影后|影帝|获奖|得奖|(남우|여우)(주연|조연)상|수상자|수상작")
PRIZE_ASKED = re.compile(r"\b(prizes?|awards?|prize[- ]money|cash prizes?|premios?|premiacion|bolsa de premios|galardon\w*)\b"
                         r"|奖金|奖品|奖项|颁奖|獎金|獎品|獎項|頒獎|상금|시상|수상작|상품 ?규모")


# Whether something can be rented at all ("any LED volume over there we could rent for a week?",
# "¿hay algún plató que podamos alquilar?"): the thing asked, no price (`gap_topic`)
RENTABLE = re.compile(r"\b(any|is there|are there|do you have|have you got|got)\b[^.?!]{0,50}\b(we|i|one|you) (could|can|might|may) (rent|hire)\b"
                      r"|\b(hay|tienen|existe)\b[^.?!¿]{0,50}\bque (podamos|pueda|podria|podriamos) (alquilar|rentar)\b"
                      # "can we rent the LED stage?", "¿se puede rentar el plató?": whether, not what it costs
                      r"|\b(can|could|may) (we|i|one) (rent|hire)\b|\b(se puede|podemos|podriamos|puedo) (alquilar|rentar)\b")


# People named as whom something is for ("a programme for foreign screenwriters", "para guionistas
# extranjeros", "面向外国编剧的项目", "외국인 작가 대상"): an audience, no credit of a title asked
FOR_PEOPLE = re.compile(r"\b(for|aimed at|open to|targeting) (foreign |international |overseas |young |new )?(screen ?writers?|script ?writers?|writers?|directors?|actors?|actress(es)?|producers?)\b"
                        r"|\b(para|dirigid[oa]s? a|enfocad[oa]s? (a|en)) (los |las )?(guionistas?|escritor(es|as)?|director(es|as)|actor(es)?|actrices|productor(es|as))\b"
                        r"|(面向|针对|给|适合|专门给)(外国|外籍|海外|国际|境外|年轻|新人)?的?(编剧|导演|演员|制片人)"
                        r"|(외국인|해외|외국|신인)? ?(시나리오 ?)?(작가|감독|배우|프로듀서)(를|을)? ?(위한|대상|위해)")


# The weather as the condition of a plan ("if it rains all week", "si llueve", "要是下雨", "비 오면"), not
# the forecast asked: what is asked is the plan (an LED stage instead), no weather (see `gap_topic`)
WEATHER_IF = re.compile(r"\b(if|in case|should) (it )?(rains?|storms?|pours?)\b|\bif (the )?weather\b"
                        r"|\b(si|por si|en caso de que) (nos )?(llueve|llueva|hay (lluvia|tormenta)|el clima)\b"
                        r"|(如果|要是|万一|萬一|假如|若)[^，。？?]{0,12}(下雨|雨天|天气不好|天氣不好|落雨)"
                        r"|(비|폭우|장마)(가)? ?(오면|와서|올 ?경우|계속 ?오면)|날씨(가)? ?(안 ?좋으면|나쁘면)"
                        # "y si se pone a llover, ¿pasamos todo a un plató LED?", "when it starts raining",
                        # "下雨的话能不能挪进棚里", "비 오는 날엔 실내 세트로 옮길 수 있나요?": the plan asked
                        r"|\b(si|cuando|por si) (se pone a |empieza a |comienza a |llega a |se larga a )?(llover|llueve|llueva|lloviera)\b|\ben caso de lluvia\b"
                        r"|\b(if|when|in case) it (starts|begins) (to rain|raining|pouring)\b|\bin case of rain\b|\bwhen it rains\b"
                        r"|下雨(的话|時|时)|遇到下雨|碰上下雨|비 ?오는 ?날(에는|엔|이면)"
                        # a few words between ("y si en esa semana no para de llover", "if that whole week it
                        # keeps raining", "要是那一周一直下雨", "그 주에 비가 계속 오면")
                        r"|\b(si|por si|cuando)\b( \w+){0,4} (no para de |no deja de |sigue |empieza a )(llover|lloviendo)\b"
                        r"|\b(si|por si)\b( \w+){0,4} (llueve|llueva|lloviera)\b"
                        r"|\b(if|in case|should)\b( \w+){0,4} (it )?(keeps (on )?|won'?t stop |doesn'?t stop |starts )?(rain(s|ing)?|pour(s|ing)?|storm(s|ing)?)\b"
                        r"|(如果|要是|万一|萬一|假如)[^，。？?]{0,10}(一直|老是|天天|连续)(下雨|落雨)|(비|폭우)(가)? ?(계속|내내|자꾸) ?(오면|와서|내리면)")
# Rain or bad weather said as what may spoil a shoot ("the forecast says rain", "pronostican lluvia",
# "天气预报说会下雨", "嗰几个礼拜落雨", "비 온다 카던데")...
RAIN_SAID = re.compile(r"\brain(s|y|ing|ed)?\b|\bwet\b|\bstorm(s|y)?\b|\bdownpours?\b|\bmonsoon\b|\bbad weather\b|\bpouring\b"
                       r"|\blluv\w*|\bllov\w*|\bllueve\b|\bllueva\b|\btormentas?\b|\baguaceros?\b|\bdan agua\b|\bmal tiempo\b|\borbayu\b"
                       r"|下雨|落雨|雨天|雨季|暴雨|大雨|梅雨|天气不好|天氣不好|坏天气|비 ?(가|는)? ?(아주 |많이 |엄청 |계속 |자꾸 |꽤 |억수로 )?(오|와|온|올|내리|억)|우천|장마|폭우|궂은 ?날씨|날씨(가)? ?(안 ?좋|나쁘)")
# ...and an indoor place asked instead, a plan B ("is there a plan B indoors?", "somewhere indoor to
# fake the outdoors", "¿hay algún sitio techado?", "有没有室内的后备方案", "실내에서 할 대책"): the
# plan asked, an indoor stage that recreates the outdoors (the virtual production stage), no forecast
INDOOR_PLAN = re.compile(r"\bplan b\b|\b(backup|back-up|fallback|contingency|rain) (plan|option|location|set|stage)s?\b"
                         r"|\b(indoors?|inside|covered|under (a )?roof|roofed|sheltered)\b.{0,30}\b(option|alternative|plan|place|somewhere|stage|set|space|studio|shoot|film)s?\b"
                         r"|\b(somewhere|anywhere|place|something|anything|option|alternative|stage|set)s?\b.{0,20}\b(indoors?|inside|covered|under (a )?roof|roofed)\b"
                         r"|\b(fake|simulate|recreate|mimic|imitate|replicate|pass for)\w* (the |an? )?(outdoors?|outside|exteriors?|sky|skies|open air|street)\b"
                         r"|\b(techad[oa]s?|a cubierto|bajo techo|cubiert[oa]s?|interiores?|adentro|dentro)\b.{0,25}\b(plan|opcion|alternativa|sitio|lugar|espacio|set|plato|estudio|grabar|rodar|filmar)\w*"
                         r"|\b(sitio|lugar|espacio|opcion|alternativa|plato|estudio|algo)s?\b.{0,20}\b(techad[oa]s?|a cubierto|bajo techo|cubiert[oa]s?|interior(es)?|adentro)\b"
                         r"|\b(simular|recrear|fingir|imitar|hacer pasar por)\w* (el |los |un |una )?(exteriore?s?|afuera|aire libre|cielo|calle)\b"
                         r"|(室内|棚内|棚里|影棚|摄影棚|室內|棚內).{0,12}(方案|地方|选择|场地|办法|拍|替代|代替|后备|备用|备选)|(后备|备用|备选|替代|应急)(方案|计划|场地|选择)|B ?计划|b ?计划"
                         r"|(假装|模拟|冒充|当成|当作|扮成|装成)(是)?(室外|外景|户外|露天)"
                         r"|실내.{0,12}(대책|대안|방법|장소|곳|데|세트|촬영|찍)|(대책|대안|플랜 ?b|플랜비)|야외(처럼|같이| 같은| 느낌)")


def asks_rain_plan(text: str) -> bool:
    """Rain expected on a shoot and an indoor place asked instead (`RAIN_SAID`, `INDOOR_PLAN`): the
    plan asked (the stage that recreates the outdoors), no weather report."""
    folded = fold(text)
    return bool(RAIN_SAID.search(folded) and INDOOR_PLAN.search(folded))


# ...and the weather itself asked beside it ("if it rains, what's the weather like in May?")
WEATHER_ASKED = re.compile(r"\b(what|how)('?s| is) the weather\b|\bforecast\b|\bque tiempo\b|\bpronostico\b|天气(怎么样|如何|怎样)|天氣(怎麼樣|如何)|날씨(는|가)? ?(어때|어떤)")


# A company's turnover asked ("yearly revenue", "facturación", "营业额", "연매출"): its own gap wording
# A company's takings asked by the verb ("¿cuánto facturó el año pasado?", "how much did they earn
# last year?", "去年赚了多少", "작년에 얼마 벌었어요?"): its turnover, published nowhere
REVENUE_EARNED = re.compile(r"\bfactur(o|a|an|aron|ado|aba|aban)\b|\bcuanto (gano|ganaron|gana|ganan|vendio|vendieron|ingreso|ingresaron)\b"
                            r"|\bhow much (money )?(did|does|do) (it|they|the company|the studio|\w+) (make|earn|bring in|turn over)\b(?! (from|for|per) (a|an|the|each|one) (episode|title|series))"
                            r"|\b(revenues?|turnover|profits?|earnings) (last|this) year\b|\bannual (revenues?|turnover|profits?|earnings)\b|\bganancias\b|\butilidades\b"
                            r"|(赚|挣)(了)?多少(钱)?|年(收入|营收|利润)|(收入|营收|利润|营业额)(是)?多少|(수익|순이익|영업 ?이익|매출액?)(이|은)? ?(얼마|어느 정도|몇)|얼마(나)? ?벌었")
# When a title will be finished or come out, asked ("when will it be finished?", "¿cuándo la terminan?",
# "同埋佢幾時拍完？", "그거 언제 나와?"): of one still in the works, no such date is published (fixA17)
WHEN_DONE = re.compile(
    r"\bwhen\b.{0,30}\b(finish\w*|done|complete[ds]?|wrap\w*|released?|come out|out|premiere[sd]?|air|launch\w*|ready|available)\b"
    r"|\bcuando\b.{0,30}\b(termin\w*|acab\w*|estren\w*|sale|saldra|lanz\w*|list[oa]s?|disponible)\b"
    r"|(几时|幾時|什么时候|什麼時候|何时|何時|啥时候|啥時候|咩时候|咩時候|哪天)\S{0,6}(拍完|拍好|完成|完工|杀青|殺青|上线|上線|播出|出来|出來|上映|发布|發布|推出|做好)"
    r"|언제\s?(나와|나오|나옵|나온|완성|끝나|끝날|끝납|공개|개봉|방영|마무리|촬영 ?끝)")


# Revenue or profits shared between partners ("a 50/50 revenue split", "going halves … for a share of
# the profits", "repartir las ganancias", "收入五五分成", "利润怎么分", "수익 50대50으로 나눌", "수익 배분"):
# a rights term, negotiated, not a company's turnover (fixA17)
REVENUE_SHARED = re.compile(
    r"\b(revenue|profits?|earnings|proceeds|income|box office)[- ]?(split|share|sharing)s?\b"
    r"|\b(split|share|divide|splitting|sharing|dividing)( up)? (the |our |any )?(revenue|profits?|earnings|proceeds|income)\b"
    r"|\b(share|cut|percentage|split|part|slice) of the (profits?|revenue|earnings|proceeds|income)\b|\b50 ?(/|-) ?50\b|\bfifty[- ]fifty\b"
    r"|\b(repart\w*|divid\w*|compart\w*)( \w+)? (las |los |sus )?(ganancias|ingresos|utilidades|beneficios|regalias)\b"
    r"|\breparto de (las |los )?(ganancias|ingresos|utilidades|beneficios)\b|\b(porcentaje|parte|tajada) de (las |los )?(ganancias|utilidades|beneficios|ingresos)\b"
    r"|五五分|五五开|对半分|(收入|收益|利润|票房)\S{0,4}(分成|怎么分|如何分|分配|对半)|分成比例"
    r"|(수익|수입|이익|매출)(을|를)? ?(\d+ ?대 ?\d+(으로|로)? ?)?(배분|분배|쉐어|셰어|나누|나눠|나눌|반반)|50 ?대 ?50")
REVENUE_ASKED = re.compile(r"\brevenues?\b|\bturnover\b|\b(annual|yearly) sales\b|\bsales figures\b|\bfacturacion\b"
                           r"|\bingresos (anuales|totales)\b|\bventas anuales\b|营业额|營業額|营收|營收|销售额|銷售額|年收入"
                           r"|매출|영업 ?이익|영업이익")


# A sentence, or the clauses opening one, in which the partner says who they are ("Soy Yarisa
# Peña, showrunner en Santo Domingo.", "I'm a screenwriter in Lagos, what events...", "我是编剧，
# 今年有什么活动？", "저는 작가인데요, 올해 행사 뭐 있어요?"): their own role is no credit of a title
# asked. A clause that asks ("who", "quién", "谁", "누구", a question mark) ends the introduction.
_SENTENCE_CUT = re.compile(r"(?<=[.!?。！？\n])\s*|[¿¡]")
_CLAUSE_CUT = re.compile(r"[,，、;；:：]|\s[-–—]+\s")
_ASKS_IN_INTRO = re.compile(r"[?？]|\b(who|whom|whose|quien(es)?|wonder|know|saber|pregunt\w*|tell me|dime|digan|cuentenme)\b"
                            r"|谁|哪位|想问|请问|누구|궁금|알고 싶|여쭤|여쭙")
# ...or the role said first, as the writer's own ("showrunner en Santo Domingo." once "Soy Yarisa,"
# is cut off; "screenwriter here from Manila", "a producer based in Lagos", "编剧一枚")
_ROLE_HERE = re.compile(r"^\W*(a |an |un |una )?(senior |lead |head |independent |freelance |independiente )?"
                        r"(screen ?writers?|script ?writers?|writers?|showrunners?|directors?|producers?|guionistas?|director(a|es)?"
                        r"|productor(a|es)?|escritor(a|es)?)\b,?\s*(here|aqui|en|de|desde|in|at|from|based|with|con|para|out of|working)\b"
                        r"(?! (your|you|tu|tus|su|sus|vuestr\w*|the catalog\w*|el catalogo|this|that|these|those|ese|esa|esos|esas|este|esta|estos|estas)\b)"
                        r"|^\W*(我)?(是|做|当)(一名|一个|一位|个)?(.{0,12}的)?(编剧|導演|导演|制片人|製片人|制片|监制|監製|作家)的?\W*$"
                        r"|(시나리오 ?)?(작가|감독|pd|피디|프로듀서|제작자)(입니다|이에요|예요|인데요|이고요|로 일하|로 활동)")


def without_own_introduction(text: str) -> str:
    """`text` without the sentences and opening clauses that introduce the partner (see above)."""
    kept = []
    for sentence in _SENTENCE_CUT.split(text or ""):
        clauses = [c for c in _CLAUSE_CUT.split(sentence)]
        introducing = False
        rest = []
        for number, clause in enumerate(clauses):
            folded = GREETING_OPENER.sub("", fold(clause), count=1)
            if not re.search(r"\w", folded) and not rest:
                continue  # "hi, screenwriter here from Manila": the greeting before who is writing
            if _ASKS_IN_INTRO.search(folded):
                rest = clauses[number:]
                break
            if INTRODUCTION.search(folded) or (not kept and not rest and _ROLE_HERE.search(folded)):
                introducing = True
            elif not introducing:
                rest = clauses[number:]
                break
        kept.append(", ".join(rest))
    return " ".join(k for k in kept if k.strip())


# An amount asked ("how much", "what percentage", "¿cuánto?", "多少", "几折", "얼마", "몇 퍼"):
# a price or a rate, not whom a support is for.
AMOUNT_ASKED = re.compile(r"\bhow much\b|\bwhat (percent(age)?|rate|amount)\b|\bcuant[oa]s?\b|\bque (porcentaje|monto|tanto)\b"
                          r"|多少|几折|几成|比例|얼마|몇 ?(퍼|프로|%)|비율|\d")


# A scene set in a place ("a hotel scene", "호텔 장면", "酒店的戏", "una escena de hotel"): where the
# story happens, no stay booked
SCENE_OF_PLACE = re.compile(r"\b(hotel|motel|restaurant|bar|office|hospital)s? (scenes?|sequences?|shots?)\b"
                            r"|\bescenas? (de|en) (un |una |el |la )?(hotel|restaurante|bar|oficina|hospital)\b"
                            r"|(酒店|宾馆|饭店|餐厅|医院|办公室)(的|里的)?(戏|场景|镜头|场戏)|(호텔|식당|병원|사무실) ?(장면|씬|신)")


# A hotel that is the partner's own business ("we run a small hotel film evening in Kandy", "a hotel
# company like ours into the Alliance", "somos una cadena hotelera", "我哋酒店想拍宣传片", "저희 호텔
# 홍보 영상"): who is writing, no stay asked, unless where to stay is asked in words (`STAY_ASKED`) (fixG17)
OWN_HOTEL = re.compile(
    r"\b(we|i) (run|own|manage|operate|have|are|represent)\b[^.?!]{0,25}\bhotels?\b|\b(our|my) (\w+ ){0,2}hotels?\b"
    r"|\bhotels? (company|companies|group|groups|chain|chains|business|brand|guests|entertainment|film (night|evening|club)|evenings?)\b"
    r"|\b(nuestro|mi|nuestra) (pequeno |pequena )?(hotel|cadena hotelera)\b|\b(somos|tenemos|manejamos|llevamos|administramos|representamos) (un |una |unos )?(pequenos? |pequena )?(hotel|hoteles|cadena hotelera)\b"
    r"|\b(cadena|empresa|grupo|compania)s? hoteler[ao]s?\b|\bhoteles? (del grupo|de la cadena)\b"
    r"|(我们|咱们|我哋|本)(的|嘅|这家|呢间|间|家)?(小)?(酒店|宾馆)(?!.{0,3}(住|订))|我们是(一家)?(小)?(酒店|宾馆)|开(了)?(一)?(家|间)(小)?(酒店|宾馆)"
    r"|(酒店|宾馆)(集团|公司|宣传片|宣传|客人|住客|品牌)"
    r"|(저희|우리) ?(회사 ?)?호텔|호텔(을|를)? ?(운영|하고 있|체인|그룹|회사|홍보|손님|고객)")
# The partner's own eatery ("我哋咁細嘅茶餐廳", "our little hawker stall", "nuestro restaurante", "저희
#식당"): who is asking, no place to eat asked (fixY20)
OWN_EATERY = re.compile(
    r"\b(we|i) (run|own|manage|operate|have|are)\b[^.?!]{0,25}\b(restaurants?|cafes?|diners?|food stalls?|hawker stalls?)\b"
    r"|\b(our|my) (\w+ ){0,2}(restaurants?|cafes?|diners?|food stalls?|hawker stalls?|food channel)\b"
    r"|\b(nuestro|mi|nuestra) (pequeno |pequena |humilde )?(restaurante|fonda|cafeteria|puesto de comida)\b"
    r"|\b(somos|tenemos|manejamos|llevamos) (un |una )?(pequeno |pequena )?(restaurante|fonda|cafeteria|puesto de comida)\b"
    r"|(我们|咱们|我哋|本)(?:(?!找|去|吃|订|推荐|附近|哪)[^，。？?]){0,4}(茶餐厅|餐厅|饭店|小馆|面馆|泡馍馆)|开(了)?(一)?(家|间)(小)?(茶餐厅|餐厅|饭店)"
    r"|(저희|우리) ?(가게|식당)|식당 ?(하나 )?(하는|운영하는) ?(사람|곳|데)")
STAY_ASKED = re.compile(
    r"\bwhere (to|can|could|should|do|would) (we|i|the crew|our crew) (\w+ )?stay\b|\baccommodation|\blodging|\b(book|find) (a |the )?(room|rooms|hotel)"
    r"|\balojamiento|\bhospedaje|\bdonde (nos )?(quedarnos|quedamos|alojarnos|hospedarnos|dormir|dormimos)\b"
    r"|住宿|住哪|住在哪|订酒店|订房|숙소|숙박|묵을|묵으")


# A writer the partner knows who has or wrote a story ("a scriptwriter we know has a story set in
# 1930s Shanghai", "un guionista paraguayo tiene una historia", "有个编剧写咗个民国故事", "아는 작가가
# 1930년대 이야기를 썼는데"): the partner's project described, no credit of a title asked (fixG17)
WRITER_WITH_STORY = re.compile(
    r"\b(screen ?writers?|script ?writers?|writers?|showrunners?|playwrights?|novelists?)\b[^.?!]{0,40}\b(has|have|had|wrote|written|is writing|'s writing|came up with|developed|brought|pitched) (us )?(a |an |the |this |his |her |their |one )?([\w-]+ ){0,3}(story|stories|script|screenplay|idea|project|treatment|pilot|novel)\b"
    r"|\b(guionistas?|escritor(a|es)?|autor(a|es)?)\b[^.?!]{0,40}\b(tiene|tenia|tienen|escribio|escribe|esta escribiendo|trae|trajo|desarrollo|armo|nos paso) (una |un |la |el |su |sus )?([\w-]+ ){0,2}(historias?|guion(es)?|idea|proyecto|relato|novela)\b"
    r"|(编剧|作者|作家)[^。？?！!]{0,8}(写|有|搞|弄)(了|咗|好|完|出)?(一)?(个|部|篇|套|本)[^。？?！!]{0,24}(故事|剧本|本子|项目|小说)"
    r"|(작가|시나리오 ?작가|각본가)[^.?!]{0,30}(이야기|시나리오|대본|각본|스토리|소설)(를|을)? ?(썼|쓰고|쓴|가지고|갖고|있)")


# A hotel, resort or restaurant as the partner's client, the titles it wants for its screens ("the
# hotels on the beach want something funny for the lobby screens", "una cadena de hoteles quiere algo
# pa las teles de las habitaciones", "酒店想在大堂屏幕上放点喜剧", "호텔 로비 화면에 틀 코미디"): whom
# the titles are for, no stay or meal asked (fixS16)
_VENUE = (r"(\bhotels?\b|\bresorts?\b|\brestaurants?\b|\bcruise|\bhoteles?\b|\brestaurantes?\b|\bcruceros?\b"
          r"|酒店|饭店|飯店|宾馆|賓館|餐厅|餐廳|度假村|邮轮|郵輪|호텔|리조트|식당|레스토랑|크루즈)")
_SCREENS = (r"(\bscreens?\b|\btvs?\b|\btelevisions?\b|\bpantallas?\b|\bteles?\b|\btelevisores?\b"
            r"|屏幕|螢幕|荧幕|电视|電視|화면|티비|tv)")
_WATCHED = (r"(comed|drama|series|\bshows?\b|titles?|titulos?|content|romanc|romant|telenovela|novelas?|something (funny|light|fun)"
            r"|algo (pa|para) reir|algo divertido|剧|劇|片|节目|節目|喜剧|喜劇|드라마|코미디|작품|콘텐츠|로맨스|웃긴)")
VENUE_SCREENS = re.compile(
    _VENUE + r"[^.?!]{0,60}" + _SCREENS + r"|" + _SCREENS + r"[^.?!]{0,30}" + _VENUE
    + r"|" + _VENUE + r"[^.?!]{0,40}(\bwants?\b|\bneeds?\b|\basked\b|\basks\b|\blooking for\b|\bquieren?\b|\bpiden?\b"
    r"|\bbuscan?\b|\bnecesitan?\b|想|要|找|원해|원한|찾)[^.?!]{0,40}" + _WATCHED)


# Members of the Alliance said ("the member companies", "miembros", "成员单位", "회원사"), not a
# cast's ("cast members", "剧组成员", "출연 멤버")
ALLIANCE_MEMBERS_SAID = re.compile(r"(?<!cast )(?<!crew )\bmembers?\b(?!ship)|\bmiembros?\b(?! del (elenco|reparto))"
                                   r"|会员|會員|(?<!剧组)(?<!劇組)(?<!团队)(?<!團隊)(成员|成員)|회원사")


# Who is "in it" asked ("who's in it", "who is part of it", "who's involved"): a title's cast, or the
# members of the alliance when it is the one named (`gap_topic`)
WHO_IN_IT = re.compile(r"\bwho('?s| is| are)( all| actually)? (in|part of|involved in) (it|there|that)\b|\bwho'?s involved\b")


MONTH_ASKED = re.compile(r"\b(which|what) months?\b|\b(en )?que mes(es)?\b|几月|哪个月|哪一个月|몇 ?월")


READINGS_KEPT = 256
"""Texts whose fact and gap readings are kept (`_fact_text`, `_facts_in`, `gap_topic`; since perf21
also the introduction's split, `country_named`, `city_picks_event`, `services_named`,
`work_language`: asked 2-8
times of each text of a run-on message by the reading, the router's rules and the scope, ~2 ms
of such repeats in each of the CPU bench's 49 longest messages): one
message asks them of the same texts many times (its whole text, each part, each clause of an
introduction: `split_introduction`, `introduction_only`, `wants_inquiry`, `_channel_tail`), and
each reading searches every `FACTS` or `GAPS` pattern (perf11: a 3-sentence Spanish message ran
~4,900 regex calls, ~1,800 of them the same `FACTS` searches again). Pure functions of the text,
so a kept reading is the same answer; bounded, so a long-running bot holds at most a few hundred."""


# Where the partner saw or heard of us ("HISDA popped up in an insta ad", "lo vi en un anuncio de
# Instagram", "刚在小红书上刷到", "인스타 광고에 HISDA 뜨던데"): how they came to ask, no account asked
# The partner's own channel or account ("our youtube channel", "nuestra cuenta de tiktok", "我们视频号",
# "저희 유튜브 채널"): where they post, told as context, no site or account of ours asked
OWN_ACCOUNT = re.compile(
    r"\b(our|my) (own )?(youtube |tiktok |insta(gram)? |ig |facebook |fb )?(channel|account|page|feed|socials)\b"
    r"|\b(nuestr[oa]s?|mi|mis) (propi[oa]s? )?(canal|cuenta|perfil|pagina)( de (youtube|tiktok|instagram|insta|facebook))?\b"
    r"|(我们|我們|咱们|咱們|俺们|俺們|我|我的|我们的|我們的)(的)?(视频号|視頻號|公众号|公眾號|抖音号|抖音號|账号|帳號|频道|頻道)"
    r"|(저희|우리|제)( 회사| 팀)?(의)? ?(유튜브 |틱톡 |인스타 )?(채널|계정)")
SEEN_ON = re.compile(
    r"\b(saw|seen|spotted|came across|found|heard about|popped up|showed up|came up)\b[^.?!]{0,30}\b(on|in) (an? |the |my |our )?(insta(gram)?|ig|facebook|fb|tiktok|youtube|twitter|linkedin|social media|socials|feed|ad|advert)\b( (ad|advert|post|reel|story|feed)s?\b)?"
    r"|\b(on|in) (an? |my |our )?(insta(gram)?|ig|facebook|fb|tiktok|youtube|linkedin) (ad|advert|post|reel|story|feed)\b"
    r"|\b(vi|vimos|me salio|me aparecio|nos salio|encontre|lei)\b[^.?!]{0,30}\b(en )?(un |una )?(instagram|insta|facebook|face|tiktok|youtube|redes|anuncio|publicidad|reel)\b( (de|en) (instagram|insta|facebook|tiktok|youtube))?"
    # (however often: "小红书上老刷到", "抖音里总看到", "微博上经常看见")
    r"|(在)?(小红书|抖音|微博|朋友圈|广告|ins|instagram|油管|视频号|脸书|b站)(上|里)?(老|总|老是|总是|经常|常常|一直|天天|又|也)?(刷到|看到|看见|见到|推送|推了|推的)|刷到"
    # (and as it keeps showing up: "인스타에 HISDA 자꾸 뜨는데", "유튜브에 계속 나오길래"; fixS19)
    r"|(인스타|유튜브|페이스북|틱톡|sns|광고|피드|릴스)(그램)?( ?광고)?(에서|에|엔)? ?[^?.!]{0,15}(봤|뜨던|떴|나오던|보이던|본 ?거|보니|뜨는데|뜨길래|뜨더라|보이는데|보이길래|나오는데|나오길래|나오더라)")


# Whether something is ready now ("지금 쓸 수 있는 상태", "usable yet", "¿ya se puede usar?", "现在能用了吗")
READY_NOW = re.compile(r"\b(now|yet|currently|already|at the moment|these days)\b|\b(ya|ahora|todavia|aun|actualmente)\b"
                       r"|现在|目前|眼下|了吗|已经|지금|현재|아직|벌써|상태")


# Something to get before going ("한국 사람은 미리 뭐 받아놔야 됨?", "what do Koreans need to get in
# advance?", "¿qué hay que sacar antes?", "要提前办什么"): papers to prepare, with people of a country
# said (`NATIONALS_SAID`) the visa; a drone said as what they will shoot then asks no permit (fixG17)
GET_BEFORE_GOING = re.compile(
    r"미리 ?(뭐|뭘|무엇을|무슨 ?거|어떤 ?거)? ?(받아|발급|신청|준비)|(뭐|뭘) ?(받아 ?놔|받아 ?놓|받아 ?둬|발급받아)"
    r"|\b(need|have) to (get|obtain|sort out|arrange) (\w+ )?(beforehand|in advance|before (we|i) (go|fly|travel|leave))\b"
    r"|\b(que|cosas?) (hay|tenemos|tengo|debemos|debo) que (sacar|tramitar|gestionar) antes\b"
    r"|(要|得|需要)提前(办|辦|准备|準備|申请|申請|弄)(什么|啥|哪些)")
# People of a country said ("한국 사람은", "韩国人", "Koreans", "coreanos"): a nationality, with papers to get
# before going, the visa (`router.faq_in_words`; fixG17)
NATIONALS_SAID = re.compile(
    r"(한국|일본|미국|영국|캐나다|호주|필리핀|태국|베트남|인도네시아|말레이시아|멕시코|스페인|브라질|외국) ?(사람|인)(은|이|들|도|이라|인데|이면)"
    r"|(韩国|日本|美国|英国|加拿大|澳大利亚|菲律宾|泰国|越南|马来西亚|墨西哥|西班牙|巴西|外国)人"
    r"|\b(koreans|japanese nationals|americans|brits|canadians|australians|filipinos|mexicans|spaniards|brazilians|foreigners)\b"
    r"|\b(korean|japanese|american|british|mexican|spanish|brazilian|filipino) (citizens|nationals|passport holders)\b"
    r"|\b(coreanos|japoneses|estadounidenses|mexicanos|espanoles|brasilenos|extranjeros)\b")
DRONE_SAID = re.compile(r"\bdrones?\b|\bdron(es)?\b|无人机|드론")
_PERMIT_SAID = re.compile(r"\bpermits?\b|\bpermis\w*|\blicen[cs]\w*|许可|허가|insurance|seguro|保险|보험|customs|aduana|海关|세관")


@lru_cache(maxsize=READINGS_KEPT)
def likeness_dropped(folded: str) -> str:
    """`folded` without another studio named only as the likeness of a way of shooting
    (`STUDIO_LIKENESS`: "like in Hollywood", "好莱坞那种"). Kept per text, as the readings are: one
    run-on message asked it ~5 times of each of its texts (`gap_topic`, `gap_topics`, `compares`,
    `rival_named`; perf21: 145 of the 235 subs of the CPU bench's 45 longest messages were a
    text's again, ~0.15 ms each: the studios' names are ~9,000 characters of alternation)."""
    return STUDIO_LIKENESS.sub(" ", folded)


@lru_cache(maxsize=READINGS_KEPT)
def gap_text(text: str) -> str:
    """`text` as the gap tables read it: folded, without the partner's own budget told
    (`BUDGET_TALK`), what is rented (`RENTABLE`) or a studio named as a likeness; kept per text,
    for `gap_topic` and `gap_topics` (a pure function of the text)."""
    return likeness_dropped(RENTABLE.sub(" ", BUDGET_TALK.sub(" ", fold(text))))


@lru_cache(maxsize=READINGS_KEPT)
def gap_topic(text: str) -> str | None:
    """The kind of unpublished information asked for (price, rights, weather...), or None. The
    partner's own budget described ("budget is tight", "se nos va el presupuesto") asks no price;
    being free or available on a day named asks the team's calendar ("meeting")."""
    folded = gap_text(text)
    found = next((topic for topic, asked in _tests(GAPS)
                  if asked(folded)
                  # "how big is your catalogue?": how many titles, which the catalog answers
                  and not (topic == "size" and CATALOG_SIZE.search(folded))
                  # "¿algún programa para guionistas extranjeros?": whom a programme is for, no credit
                  and not (topic == "credits" and FOR_PEOPLE.search(folded))
                  # "去年电影节最佳女主是谁", "who was best actress at the festival?": a prize's winner, no credit
                  and not (topic == "credits" and PRIZE_WINNER_SAID.search(folded))
                  # "who's in it? i mean the member companies": the Alliance's members, no cast
                  and not (topic == "credits" and ALLIANCE_MEMBERS_SAID.search(folded))
                  # "how big is the alliance anyway, who's in it": "it" is the alliance named, whose
                  # members are asked, not a title's cast
                  and not (topic == "credits" and ALLIANCE.search(folded) and WHO_IN_IT.search(folded))
                  # "중국 가서 드론 찍을 건데 한국 사람은 미리 뭐 받아놔야 됨?": the drone is what they shoot, the
                  # nationals' papers to get before going are asked (the visa), no permit (fixG17)
                  and not (topic == "permits" and DRONE_SAID.search(folded) and not _PERMIT_SAID.search(folded)
                           and GET_BEFORE_GOING.search(folded))
                  # "a scriptwriter we know has a story set in 1930s Shanghai": their project, no credit
                  and not (topic == "credits" and WRITER_WITH_STORY.search(folded))
                  # "¿cuántos figurantes extranjeros contratan allá?", "外国群演一般能找多少": foreign
                  # extras hired there, which the foreign-actors FAQ answers, no pool of ours counted
                  and not (topic == "count" and (FOREIGN_CAST.search(folded) or FOREIGN_EXTRAS.search(folded)))
                  # "Soy Yarisa, showrunner en Santo Domingo. ¿Qué eventos…?": the partner's own role
                  and not (topic == "credits" and not asked(fold(without_own_introduction(text))))
                  # "참가 신청은 언제까지?": a date asked about signing up, no place booked
                  and not (topic == "signup" and DEADLINE_ASKED.search(folded))
                  # "¿qué mes tiene que reservar?", "which month should we book?": when it is held, asked
                  # to plan a trip, no place booked
                  and not (topic == "signup" and MONTH_ASKED.search(folded))
                  # "apúntame a los títulos nuevos del catálogo": news of new titles, no place at anything
                  and not (topic == "signup" and NEW_THINGS["catalog_releases"].search(folded))
                  # "four of us plus a drone, would they let us shoot a short?", "我们就四个人…会让我们拍吗":
                  # the crew's size beside whether it may shoot, no place booked
                  and not (topic == "signup" and crew_size_only(folded))
                  # "어떤 팀이 받을 수 있냐, 우리 팀 열두 명임", "who qualifies? we're a team of twelve": the
                  # team's size beside whom a support is for, no place booked
                  and not (topic == "signup" and not SIGNUP_VERB.search(folded) and "eligibility" in facts_asked(text))
                  # "¿o lo reservan para productoras chinas?": kept for China's own, no place reserved
                  and not (topic == "signup" and not asked(KEPT_FOR_LOCALS.sub(" ", folded)))
                  # "想在大陆的影展放映，有没有适合报名的？", "any festival we could submit our doc to?": which
                  # one to enter is asked, no place booked (fixK24)
                  and not (topic == "signup" and ONES_TO_ENTER.search(folded))
                  # "俺这边几个编剧一句外语都不会": the partner's own few people, no pool of ours counted
                  and not (topic == "count" and not asked(OUR_FEW.sub(" ", folded)))
                  # a set to choose or the company joining us, said in the words of booking (`SET_TO_BOOK`)
                  and not (topic == "signup" and (SET_TO_BOOK.search(folded) or JOIN_WITH_YOU.search(folded)))
                  # "una escena de hotel", "호텔 장면": where a scene is set, no stay asked
                  and not (topic == "hotel" and not asked(SCENE_OF_PLACE.sub(" ", folded)))
                  # "we run a small hotel film evening in Kandy": the partner's own hotel, no stay asked
                  and not (topic == "hotel" and OWN_HOTEL.search(folded) and not STAY_ASKED.search(folded))
                  # "我哋咁細嘅茶餐廳可唔可以加入？": the partner's own eatery, no place to eat asked (fixY20)
                  and not (topic == "local" and not asked(OWN_EATERY.sub(" ", folded)))
                  # "the hotels want something funny for the lobby screens, what comedies?": the
                  # partner's client, the titles it shows, no stay or meal asked (`VENUE_SCREENS`)
                  and not (topic in ("hotel", "local") and VENUE_SCREENS.search(folded))
                  # "想拍个火锅在太空里转圈的镜头，能不能拍": a dish in a scene no set could hold is what
                  # the shot shows (virtual production), no meal asked
                  and not (topic == "local" and VIRTUAL_SET.search(folded))
                  # "3월에 찍어야 되는데 해외 세트 지금 쓸 수 있는 상태임?", "we shoot in March, are the sets usable
                  # yet?": whether it is ready now is asked, the month told is when they shoot (fixL15)
                  and not (topic == "availability" and READY_NOW.search(folded) and "built" in facts_asked(text))
                  # "saw HISDA in an insta ad, what is it?": where they saw us, no account asked (`SEEN_ON`)
                  and not (topic == "website" and not asked(SEEN_ON.sub(" ", folded)))
                  # "我们视频号一条就两分钟": the partner's own account, no site of ours asked (`OWN_ACCOUNT`)
                  and not (topic == "website" and not asked(OWN_ACCOUNT.sub(" ", folded)))), None)
    if found == "weather" and asks_rain_plan(text):
        # "the forecast says rain; is there somewhere indoor to fake the outdoors?": the plan asked
        # (the crew's size said beside it books no place: "vamos cuatro personas", "我们四个人")
        found = next((topic for topic in gap_topics(text) if topic != "weather"
                      and not (topic == "signup" and not SIGNUP_VERB.search(folded))), None)
    if found == "weather" and WEATHER_IF.search(folded) and not WEATHER_ASKED.search(folded):
        # "if it rains all week, can we move onto an LED stage?": the plan asked, the weather its condition
        found = next((topic for topic in gap_topics(text) if topic != "weather"), None)
    if found == "price" and kit_for_hire(text):
        return None  # "do you rent out drones on site?", "¿alquilan cámaras allá?": whether kit is for hire, no price (play30)
    if found == "price" and PRIZE_ASKED.search(folded):
        return None  # "수상작 상금은 얼마예요?": how much the prize is, an unpublished fact of the event
    if found == "price" and _LENGTH_HOW_MUCH.search(folded) and not _MONEY_SAID.search(folded):
        return None  # "러닝타임은 회당 얼마예요?", "¿cuánto dura cada capítulo?": a length, no price
    if found == "price" and not AMOUNT_ASKED.search(folded) and {"eligibility", "how_to_apply"} & set(facts_asked(text)):
        # ("这个价格优势怎么申请", "how do we apply for the price break?": the way to it, no amount)
        # "who qualifies for that discount exactly?", "¿quién puede pedir el descuento?": whom the
        # support is for (its eligibility), no amount asked
        return None
    if found == "rights" and RATIO_ASKED.search(folded) and not RIGHTS_WORDS.search(folded) \
            and (SUPPORT_ASKED.search(folded) or DISCOUNT_ASKED.search(folded)):
        return "price"  # "补贴比例是多少", "환급 비율이 어떻게 돼요?": the rate of the support, no rights share
    if REVENUE_SHARED.search(folded) and found in (None, "price", "figures", "rights", "revenue"):
        # "could we do a 50/50 revenue split on one of your titles?", "¿repartir las ganancias 50/50?",
        # "收入五五分成", "수익 50대50으로 나눌 수": a revenue share, a rights term (fixA17)
        return "rights"
    if found in ("price", "figures", "rights") and REVENUE_ASKED.search(folded):
        return "revenue"  # "SpringReel 연매출이 얼마예요?": a company's turnover, no price nor viewing figures
    if found is None and REVENUE_EARNED.search(folded):
        return "revenue"  # "SpringReel 연매출이 얼마예요?": a company's turnover, no price nor viewing figures
    if found == "price" and rival_named(text):
        return "compare"  # "横店跟青岛东方影都比，价钱…": weighed against another studio, whatever the word for cost
    if found is None and BETTER.search(folded) and (OTHER_STUDIO.search(folded) or RIVAL_SITE.search(folded)
                                                     or NAMED_STUDIO.search(text)) \
            and not (TRAVEL.search(folded) and not OTHER_STUDIO.search(folded) and not NAMED_STUDIO.search(text)):
        # ("상하이에서 촬영소까지 기차랑 차 중에 뭐가 나아요?": the better way there, no rival)
        return "compare"  # "sale mejor rodar en Hengdian q en Ouarzazate?": the better of us and a rival named
    if found is None and AVAILABLE.search(folded) and A_DAY.search(folded):
        return "meeting"
    return found


# Kit asked whether it is for hire ("do you rent out drones?", "can we hire lights there?", "¿alquilan
# cámaras?", "能租器材吗", "장비 대여 돼요?"): the on-site services, no price unless one is named
_KIT_FOR_HIRE = re.compile(r"\b(do|can|could|will|would) (you|we|i|they|crews?) (rent|hire)\b|\b(rent|rents|renting|hire|hires|hiring) out\b|\b(for|to) (rent|hire)\b"
                           # the kit as what is hired ("can that be rented on site?", "is lighting kit rentable there?")
                           r"|\b(be|get|been|being) (rented|hired)\b|\brentable\b"
                           r"|\b(alquilan|rentan|alquilais|se (pueden )?(alquilar|rentar)|se alquila\w*|se renta\w*|podemos (alquilar|rentar))\b"
                           r"|(能|可以|能不能|可不可以)(在[^，,。？?]{1,6})?(租|租用|租借)|有(没有)?[^，,。？?]{0,6}(出租|租赁)|(대여|렌탈|빌릴 수|빌려)")
# Whether the crew's own people may come or local ones must be hired ("can we bring our own DP or do we
# have to hire locals", "¿podemos llevar a nuestro director de fotografía o hay que contratar gente
# local?", "摄影指导可以自己带吗，还是必须用本地的人？", "촬영감독은 저희가 데려가도 되나요, 아니면 현지 인력을
# 써야 하나요?"): both are possible, local crew being one of the on-site services (play30)
OWN_OR_LOCAL_CREW = re.compile(
    r"\b(bring|use|take|fly in) (our|my) own\b.{0,50}\b(or|vs|versus)\b.{0,30}\b(hire|use|get|need|take on)\b.{0,15}\blocal"
    r"|\b(have|need|got) to (hire|use|take on) (local|locals|local (crew|people|staff|technicians|hands))\b|\b(must|required to) (hire|use) local"
    r"|\b(llevar|traer|llevarnos|traernos)\b.{0,40}\b(propi[oa]s?|nuestr[oa]s?)\b.{0,50}\bo\b.{0,30}\b(contratar|usar|tomar)\b.{0,25}\blocal(es)?\b"
    r"|\b(hay que|tenemos que|debemos|es obligatorio) (contratar|usar) (a )?(gente|personal|tecnicos|equipo|crew)( tecnico)? local(es)?\b"
    r"|(自己带|自带|带自己的|带我们自己的)[^？?。]{0,16}(还是|或者|或是|要不)[^？?。]{0,12}(本地|当地)|(必须|一定要|只能|得)(用|雇|请|找)(本地|当地)"
    r"|(데려가|데리고 가|데려와|데려갈)[^?]{0,25}(아니면|혹은|또는)[^?]{0,20}현지|현지 ?(인력|스태프|크루|사람)(을|를)? ?(꼭 |반드시 |무조건 )?(써야|고용해야|구해야)"
    # the other way round: the crew from us, or their own brought ("does your side supply the crew or do we
    # bring ours?", "¿el equipo técnico lo ponen ustedes o lo traemos?", "工作人员你们出还是我们自己带？",
    # "스태프는 그쪽에서 구해 주나요, 아니면 저희가 데려가야 하나요?") (play33)
    r"|\b(crews?|staff|technicians|people)\b.{0,40}\b(you|your side|you guys)\b.{0,30}\bor (do |should |must |will |can )?we (bring|take|fly in|use)\b"
    r"|\b(equipo tecnico|personal tecnico|tecnicos|equipo humano|personal|crew|staff)\b.{0,25}\b(ponen|poneis|proporcion\w*|dan|dais|consiguen|conseguis|aportan|aportais|facilit\w*)\b.{0,20}\bo\b.{0,20}"
    r"\b(lo |los |la |las )?(traemos|llevamos|tenemos que (traer|llevar|viajar con|venir con)|hay que (traer|llevar)(lo|los)?|(viajamos|venimos|vamos) con)\b"
    # (the crew's own side said by any verb, the verb first: "¿nos podéis proporcionar personal técnico local o tenemos que viajar con el nuestro?"; para25)
    r"|\b(ponen|poneis|proporcion\w*|consiguen|conseguis|aportan|aportais|facilit\w*)\b.{0,20}\b(equipo tecnico|personal tecnico|tecnicos|equipo humano|personal|crew|staff)\b.{0,30}\bo\b.{0,20}"
    r"\b(lo |los |la |las )?(traemos|llevamos|tenemos que (traer|llevar|viajar con|venir con)|hay que (traer|llevar)(lo|los)?|(viajamos|venimos|vamos) con)\b"
    r"|(剧组人员|工作人员|技术人员|人员|人手|班底)[^？?。]{0,10}(你们|贵方|那边|横店)(来)?(出|提供|安排|找)[^？?。]{0,6}(还是|或者|或是)[^？?。]{0,8}(我们|自己)(自己)?(带|出|找)"
    r"|(스태프|인력|크루)[^?]{0,20}(그쪽|거기|현지|헝뎬)[^?]{0,20}(아니면|혹은|또는)[^?]{0,20}(저희|우리)[^?]{0,10}(데려|데리고)")


def kit_for_hire(text: str) -> bool:
    """Is kit asked whether it is for hire ("do you rent out drones on site?", "¿alquilan cámaras
    allá?", "现场能租无人机吗", "현장에서 드론 대여 돼요?"), no price nor amount asked, no kit of their own?"""
    folded = fold(to_simplified(text)[0])
    return bool(_KIT_FOR_HIRE.search(folded) and _SERVICES_RX[1].search(folded)) and not AMOUNT_ASKED.search(folded) \
        and not _PRICE_NAMED.search(folded) and not OWN_KIT.search(folded)


# (what it is worth for the money counts as a price: "장비 렌탈이랑 세트비 가성비 괜찮아요?" is the costs
# FAQ, not the services; answers20)
_PRICE_NAMED = re.compile(r"\b(prices?|pricing|rates?|fees?|costs?|charges?|precios?|tarifas?|costos?|cuesta|sale"
                          r"|cheap\w*|expensive|afford\w*|value for money|budget|barat[oa]s?|caros?|presupuesto)\b"
                          r"|价格|价钱|费用|租金|多少钱|性价比|便宜|(太|很|好|挺)贵|贵不贵|预算|가격|요금|비용|대여료|렌탈비|세트비|가성비|저렴|싸게|싼|비싸|예산")


# Words that book or register for something ("sign us up", "inscríbenos", "报名", "신청"): a headcount
# beside them is a place asked for; alone beside a shoot allowed, the size of the crew.
SIGNUP_VERB = re.compile(r"\b(sign\w*|regist\w*|enrol\w*|inscri\w*|apunt\w*|reserv\w*|book\w*|put (us|me) down|count (us|me) in|seats?|places?|spots?|cupos?|lugares)\b"
                         r"|报名|预约|预订|登记|名额|座位|신청|등록|예약|참가|참석|자리")


# The partner's own few people ("俺这边几个编剧", "我们公司几个演员", "咱们几个人"): 几 there is "a few",
# not "how many" (fixC11)
OUR_FEW = re.compile(r"(我们|我們|咱们|咱們|俺们|俺們|俺|我|咱)(这边|這邊|这儿|公司|团队|團隊|剧组|劇組)?(的|有|就)?(这)?几(个|個|位|名)"
                     # the partner's small company described: "我们就是个…的小公司几个人这样的"
                     r"|(小公司|小团队|小團隊|工作室|小作坊|小店)(就|也就|才)?(这)?几(个|個|位|名)(人)?")


# The sign-up gap is a place or a booking the International Business team arranges and the knowledge
# does not hold. Two things said in its words are no such booking (fixC11):
# a set to choose ("which backlot should we book for a war piece?", "¿qué plató nos toca reservar?",
# "该订哪个片场", "어느 세트장을 예약해야 돼요?"): the guide of which set suits which period;
SET_TO_BOOK = re.compile(
    r"\b(which|what) (one |kind of )?(of (your|the) )?(sets?|backlots?|lots?|stages?|studios?|locations?)\b.{0,25}\b(book|reserve|rent|hire)"
    r"|\b(book|reserve|rent|hire)\b.{0,15}\b(which|what) (one |kind of )?(of (your|the) )?(sets?|backlots?|lots?|stages?|studios?|locations?)\b"
    r"|\b(que|cual|cuales) (set|sets|locacion|locaciones|escenario|escenarios|decorado|decorados|plato|platos|estudio|estudios)\b.{0,25}\breserv"
    r"|\breserv\w* (que|cual|cuales) (set|sets|locacion|locaciones|escenario|escenarios|decorado|decorados|plato|platos|estudio|estudios)\b"
    r"|(预订|预定|订|租)哪(个|些|一个|块|座)(景|场景|片场|基地|影棚|棚|影视城)|哪(个|些|一个|块|座)(景|场景|片场|基地|影棚|棚).{0,6}(预订|预定|订|租)"
    r"|(어느|어떤|무슨) (세트|촬영장|촬영지|오픈 ?세트|스튜디오)\S* ?.{0,10}예약")
# and the company signing on with us ("could a small shop sign on with you?", "¿nos podemos inscribir
# con ustedes?", "我们能跟你们签约入伙吗", "저희도 그쪽에 가입 신청 돼요?"): joining the Alliance, no place
# at an event (one named after it stays the sign-up: "sign on with you for the casting day")
JOIN_WITH_YOU = re.compile(
    r"\bsign(ed|ing)? on (with|to) (you|u|ya|your (alliance|group|network|club))\b(?! all (for|to|at) )(?! (for|to|at) )"
    r"|\b(inscribir|apuntar|registrar)(nos|me|se)? (con|a) (ustedes|vosotros|usted|la alianza|la hisda|hisda)\b(?! (al|a la|para el|para la|en el|en la) )"
    r"|(跟|和|与|同)(你们|您们|你哋|联盟)(签约|签|入伙|加盟)|加入(你们|您们|你哋)(的联盟|联盟)?(吗|嗎|不|么|呀|啊|$)"
    r"|(여러분|그쪽|거기|연맹|hisda)(에|에도|쪽에|한테)? ?(가입|합류)")


# How small the partner's team is, told as such ("it's just three of us", "a team of four", "somos
# tres nomás", "我们团队就三个人", "우리 팀 3명뿐임"): the situation a question is asked in, no headcount
# of people to book a place for
TEAM_SIZE = re.compile(
    r"\b(it'?s |we'?re |there'?s )?(just|only) (two|three|four|five|six|\d+) of us\b|\b(team|crew|company|agency|studio|shop|outfit) of (two|three|four|five|six|\d+)\b"
    # (a bare "somos 4, ¿podemos ir…?" is the group's headcount, as "there are 6 of us": only "just",
    # "nomás", "tres gatos" make it the team's smallness)
    r"|\bsomos (solo |nomas |apenas |solamente )(dos|tres|cuatro|cinco|seis|\d+)( nomas| nada mas| personas nomas| gatos)?\b(?! (personas|gente)? ?(para|pa|que vamos|los que vamos))"
    r"|\bsomos (dos|tres|cuatro|cinco|seis|\d+)( nomas| nada mas| personas nomas| gatos)\b(?! (personas|gente)? ?(para|pa|que vamos|los que vamos))"
    r"|(团队|公司|我们|工作室|剧组|小组|我们这边)(就|只有|只|才|一共|总共)(两|三|四|五|六|\d+)个人|(就|只有|只|才)(我们)?(两|三|四|五|六|\d+)个人"
    # ("就我和合伙人两个人干": me and my partner, the whole team; fixW16)
    r"|(就|只有|只|才)(我|我们)(和|跟|与|同)[\u4e00-\u9fff]{1,4}(两|三|四|\d+)个(人)?"
    r"|(팀|회사|우리|저희|사무실)[^?.!]{0,6}(\d+|두|세|네|다섯|여섯) ?명(뿐|밖에|(이라서?|인데|임|이에요|이거든요)(?![^?]{0,30}(가도|갈 ?수|가면|와도|올 ?수|오면|가능)))"
    # the company described by its size ("a two-person studio", "un estudio de dos personas", "两个人的小
    # 工作室", "2인 스튜디오"): how small it is, no seats for two (fixH17)
    r"|\b(two|three|four|five|six|\d+)[- ](person|people|man|member|woman)s? (studio|team|shop|outfit|company|crew|agency)\b"
    r"|\b(estudio|equipo|productora|empresa|agencia|compania|oficina|taller)( \w+)? de (solo |apenas |nomas )?(dos|tres|cuatro|cinco|seis|\d+) (personas|integrantes|miembros)\b"
    r"|(两|三|四|五|六|\d+)个人的(小)?(工作室|团队|公司|剧组|小组|小公司)|(两|三|四|五|六|\d+)人(小)?(工作室|团队|公司)"
    r"|(\d+|두|세|네|다섯|여섯) ?(인|명) ?(스튜디오|팀|회사|제작사|사무실)")
# (the number told beside whether the group may go, "저희 4명인데 캐스팅 데이 가도 돼요?", is the
# group's headcount, as "somos 4, ¿podemos ir?")


# Ones to enter asked for, which of them fits ("有没有适合报名的", "有哪些可以投的影展", "any festival we could
# submit to?", "¿algún festival al que podamos inscribir el documental?", "출품할 만한 영화제 있어요?")
ONES_TO_ENTER = re.compile(r"(适合|合适|可以|能)(报名|投递|投稿|参展|参赛|报送)的|有(没有|哪些|什么|啥)[^，。？?]{0,10}(可以|能|适合)(报名|投稿|参展|参赛)"
                           r"|\b(festivals?|events?|ones?|competitions?)( \w+)? (we|i) (could|can|might|should) (submit|enter|apply)\b"
                           r"|\b(festival|evento|certamen)(es)? (al|a los|en el|en los) que (podamos|pudieramos|podriamos|se pueda) (inscribir|postular|mandar|enviar|presentar)\w*"
                           r"|(출품|참가 ?신청|접수)할 (만한|수 있는) (영화제|행사|곳)")


def crew_size_only(folded: str) -> bool:
    """A headcount ("four of us", "somos cuatro", "四个人", "네 명") said of a crew asking whether it
    may shoot, or told as how small the team is (`TEAM_SIZE`), with no word of booking or
    registering: the crew's size, no sign-up."""
    return bool(SHOOT_ALLOWED.search(folded) or TEAM_SIZE.search(folded)) and not SIGNUP_VERB.search(folded)


def gap_topics(text: str) -> list[str]:
    """Every kind of unpublished information the message names ("酒店一晚多少钱": a price and a
    hotel), in `GAPS` order; `gap_topic` picks the one asked."""
    folded = gap_text(text)
    return [topic for topic, asked in _tests(GAPS) if asked(folded)
            and not (topic == "signup" and DEADLINE_ASKED.search(folded))
            and not (topic == "signup" and MONTH_ASKED.search(folded))
            and not (topic == "signup" and NEW_THINGS["catalog_releases"].search(folded))
            and not (topic == "signup" and crew_size_only(folded))
            and not (topic == "signup" and (SET_TO_BOOK.search(folded) or JOIN_WITH_YOU.search(folded)))
            and not (topic == "credits" and not asked(fold(without_own_introduction(text))))]


def compares(text: str) -> bool:
    """Does the message weigh something against something else ("compared with", "vs", "相比",
    "비교하면")? Said beside a price word the gap found is the price, so this asks on its own."""
    folded = likeness_dropped(fold(text))
    return any(asked(folded) for topic, asked in _tests(GAPS) if topic == "compare")


def gap_contact(text: str) -> str | None:
    """The contact whose subject the message names (incentives, Spanish-language markets...)."""
    folded = fold(text)
    return next((cid for cid, rx in _compiled(GAP_SUBJECTS) if rx.search(folded)), None)


# The teams whose subject words are a market ("Latin American", "西语", "중남미"), not their name:
# for a title's price or rights, such a word says where, and the title's own team sells it
# (`router._gap_contact`); the team's own name ("Dalynn") still names it
MARKET_TEAMS: dict[str, str] = {"dalynn_studio": r"dalynn"}


def market_only(text: str, cid: str) -> bool:
    """`cid` is a market team (`MARKET_TEAMS`) the message names by a market word only."""
    return cid in MARKET_TEAMS and not re.search(MARKET_TEAMS[cid], fold(text))


# Mail the partner got from us ("your emails keep landing in my inbox", "me ha llegado un mail de
# la HISDA", "老是收到HISDA的邮件", "메일이 자꾸 오는데"): how they heard of us, no e-mail address asked
MAIL_RECEIVED = re.compile(
    r"\b(got|get|getting|gets|received|receiving|receive|keep getting|keeps? sending|sent (me|us)) (an? |the |their |your |these |those |some |loads of |lots of )?e-?mails?\b"
    r"|\be-?mails? (keep|keeps|from (you|them|hisda|the alliance))\b|\b(inbox|spam)\b"
    r"|\b(me|nos) (ha |han )?(llega\w*|manda\w*|escribe\w*|envia\w*) (un |unos |varios |muchos )?(mails?|correos?|e-?mails?)\b"
    r"|\brecib\w* (un |unos |varios |muchos )?(mails?|correos?|e-?mails?)\b|\b(mails|correos) (de (la )?hisda|de ustedes)\b"
    r"|收到.{0,10}(邮件|电邮)|(邮件|电邮)(老是|一直|总是|不停)?(发|寄)?(来|过来)|(老是|一直|总是|不停)(发|寄)(邮件|电邮)"
    r"|메일(이|을)? ?(자꾸 |계속 |많이 |막 )?(오|와|옵|날아|받)"
    # Mail as the place a name was read ("my partner keeps saying HISDA in every email", "lo mencionan
    # en todos los correos", "me pasaron un correo de una tal HISDA", "合作方邮件里老提HISDA", "파트너사
    # 메일에 HISDA가 나오는데"): where the partner saw it, no address asked ("what's in the email" too)
    r"|\b(in|inside|within|throughout|from|across) (every|each|all|all the|all of (the|their|his|her|our|my)|all (their|his|her|our|my)|the|an?|their|his|her|our|my|your|these|those|this|that|some|several|many|a few|a couple of|lots of|loads of)( \w+)? (e-?mails?|mails?|letters?|messages?|correspondence)\b"
    r"|\b(forwarded|forwards|fwd|passed|cc'?d|copied) (me |us )?(on )?(an? |the |this |that |some )?(e-?mails?|mails?)\b"
    r"|\b(an?|this|that|these|those) (e-?mails?|mails?) (from|about|mentioning|saying|that (says|said|mentions|mentioned|talks|talked))\b"
    r"|\b(e-?mails?|mails?) (keep|keeps|kept) (saying|mentioning|talking|bringing|naming)\b"
    r"|\b(en|dentro de) (el|los|un|unos|cada|todos los|sus|su|tus|este|ese|esos|estos|varios|muchos|algunos) (correos?|mails?|e-?mails?|mensajes?)\b"
    r"|\b(me|nos) (ha |han )?(pasado|pasaron|paso|reenvi\w*|compartido|compartieron|reboto|rebotaron) (un |unos |el |este |ese |varios )?(correos?|mails?|e-?mails?)\b"
    r"|\bun (correo|mail|e-?mail) (de (una|un) |sobre |que (dice|habla|menciona))"
    r"|(邮件|郵件|电邮|電郵|来信|來信|信件|邮箱|郵箱)(里|裡|中|上|里面|裡面|里头|当中|當中)|(转发|轉發|转|轉)(来|來|给我|給我|过来|過來)?(的|了)?(一封)?(邮件|郵件)"
    r"|(메일|이메일|이멜)(에|에서|에선|에는|에도|마다|상에|상으로|내용에)(?! ?(주소|보내|답장|회신))")


# "Where" that joins a clause to a thing ("is there an event where they show it?", "¿hay algún evento
# donde lo enseñen?"): which thing is asked for, not where it is.
RELATIVE_WHERE = re.compile(r"\b(events?|sessions?|days?|places?|something|anything|one|evento|eventos|sesion|jornada|algo|lugar|alguno|alguna"
                            # the mail a name was read in ("un mail donde sale HISDA", "an email where they mention it")
                            r"|e-?mails?|mails?|messages?|letters?|correos?|mensajes?|cartas?)"
                            r" (where|donde|en (el|la) que)\b")


# The event named by when it comes round ("매년 10월 영화제의 개최 장소", "每年十月的电影节在哪办",
# "the annual October festival"): a name, no date asked
# E-mail said as what the partner cannot manage, the reason a phone is asked ("I'm bad with email",
# "que yo por correo me lío", "邮件我不太会用", "메일은 헷갈려서요"): no address asked (fixL15)
EMAIL_AVOIDED = re.compile(
    r"\b(i'?m|i am|we'?re|we are|im) (really |so |just )?(bad|terrible|hopeless|not good|no good|useless|rubbish|lost) (with|at) (e-?mails?|mails?)\b"
    r"|\b(e-?mails?|mails?|writing) (just )?(confuses?|confusing|is (hard|confusing|a pain|too slow|a hassle)|are (hard|confusing)|doesn'?t work for|isn'?t (for|my thing))\b"
    r"|\b(rather|prefer to) (call|phone|ring)( them| you)? than (e-?mail|write)\b|\bnot (by|via|over) e-?mail\b"
    r"|\b(correos?|mails?|e-?mails?)\b.{0,12}\b(me lio|me lia|me pierdo|me enredo|me cuesta|me confunde|me complica|se me complica|no me manejo|no me llevo( bien)?|no se usar|no entiendo)\b"
    r"|\b(me lio|me pierdo|me enredo|me cuesta|no me manejo|no me llevo bien) (con|por) (el |los )?(correos?|mails?|e-?mails?)\b"
    r"|(邮件|邮箱|电邮|email|mail)[^，。？?！!,]{0,3}(不太|不大|不怎么|不)?(会用|会弄|会发|搞不清|搞不懂|弄不明白|弄不清|用不惯|太麻烦|看不懂|不方便)"
    r"|(不会|不太会|不懂|不习惯)(用|发|写|弄)(邮件|邮箱|电邮)"
    r"|(메일|이메일)(은|는|로는|로|이|가)? ?(잘 ?몰라|잘 ?모르|헷갈|어려워|어렵|복잡|불편|못 ?써|못 ?쓰|안 ?써|잘 ?못)")


# The partner's own story told as the reason for the ask ("we have a story in the Han dynasty, can the
# Qin Palace be used?", "nuestra historia pasa en la dinastía Han", "我们的故事发生在汉代", "저희 이야기는
# 한나라 배경인데"): no title's story (logline) asked; the word is left out of the facts' reading (fixL15)
OWN_STORY = re.compile(r"\b((we|i) (have|got|ve got|'ve got|are (doing|shooting|making|writing)|am (doing|writing)) (a|an|this|one) (\w+ ){0,2}|(our|my) (\w+ ){0,2})(story|stories|script|plot)\b(?! about\W*$)"
                       r"|\b(nuestra|mi|tenemos una|tengo una|estamos haciendo una|es una) (\w+ ){0,2}(historia|trama)\b"
                       r"|(我们|我們|咱们|咱們|我|我哋|我地)(的|嘅)?(这个|這個|呢个|呢個|这部|這部)?(故事|剧本|劇本|剧情|劇情)"
                       r"|(저희|우리|제) ?(쪽 )?(작품 |드라마 |영화 )?(이야기|스토리|얘기|대본|시나리오)"
                       # a story the partner wants to shoot ("can we shoot a 1930s story there?", "queremos
                       # rodar una historia de los años 30", "我想拍一个民国时候的故事", "1930년대 이야기를 찍고
                       # 싶은데"): what a set is weighed for, no plot asked (fixB17)
                       r"|\b(shoot|film|make|stage|set|do) (a|an|one|this|that) (\w+[- ]?){0,4}(story|stories|script|plot)\b(?! about\W*$)"
                       r"|\b(rodar|grabar|filmar|hacer|montar) (una|esta|esa) (\w+ ){0,4}(historia|trama)\b"
                       r"|(想|要|打算|准备|計劃|计划)(在[^，。？！,.?!]{1,12})?拍(一个|一個|一部|个|個|部)?[^，。？！,.?!]{0,12}(故事|剧情|劇情)"
                       r"|(이야기|스토리|얘기)(를|을)? ?(찍|촬영)(으려|으려고|고 ?싶|하려|하려고|할 ?거|할 ?건데|하고 ?싶)")
YEARLY_EPITHET = re.compile(r"매년 ?(\d+ ?월|가을|봄)?(에 열리는|의|에 하는)? ?(그 )?(?=(영화제|행사|축제|페스티벌))"
                            r"|每年(\d+|[一二三四五六七八九十]+)?月?(的|举办的|举行的|办的|那个|那场|那届|的那个|举办的那个|办的那个)(?=(电影节|影视节|活动|节))"
                            # "your annual festival", "the festival held every October", "el festival anual",
                            # "el festival de cada octubre": the event described, no recurrence asked
                            r"|\b(annual|yearly)(?= (film |tv |international )?(festival|event|fest|ceremony|gala|market|forum)s?\b)"
                            r"|\b(festival|event|fest) ((that|which) (is|'s) |that's |held |you (hold|run|have) )?every (october|autumn|fall|year)\b"
                            r"|\b(festival|evento)( de cine)? (anual|de cada (ano|octubre|otono)|que (se hace|hacen|organizan) (cada|todos los) (anos?|octubres?))\b")


# How far a set's periods reach, asked with a "where to" ("시대 어디까지 돼요?", "年代能覆盖到哪里",
# "¿la época hasta dónde llega?"): the period word asks its era, the "where" no address ("until
# when", "신청 시기 언제까지", stays a date)
PERIOD_RANGE = re.compile(
    r"(?P<ko>시대|연대|년대|왕조)( ?배경)?(은|는|이|가|도)? ?((어디|언제)(서|에서)?부터 ?)?어디까지"
    r"|(?P<zh>朝代|年代|时代)(最早|最晚|最远)?(能|可以)?(覆盖|涵盖|拍|推|延伸|算)?到(哪里|哪儿)"
    r"|\b(?P<es>(epocas?|periodos?|siglos?|dinastias?)\b.{0,15}?)\bhasta donde\b")


# The period a set was built to show ("어느 왕조 배경으로 지어졌어요?", "是按哪个朝代建的", "what
# dynasty was it built in?", "¿de qué época está construido?"): its era, not the year it went up
PERIOD_BUILT = re.compile(
    r"(?P<ko>(시대|왕조|연대)( ?배경)?(으로|로|에)?) ?(지어졌|세워졌|만들어졌|지어진|세워진|만들어진|지었|세웠)"
    r"|(?P<zh>(朝代|年代|时代|时期|朝)(的)?(风格|样子|样式)?)(建的|建成|修建|搭建|建造|搭的|盖的)"
    r"|\b(?P<en>(era|period|dynasty|epoch)\b.{0,20}?)\b(built|constructed|designed)( in| for| to)?\b"
    r"|\b(?P<es>(epoca|periodo|dinastia)s?\b.{0,20}?)\b(construid[oa]s?|construyo|construyeron|levantad[oa]s?)\b")


def _period_of_building(match: re.Match[str]) -> str:
    return next(g for g in (match["ko"], match["zh"], match["en"], match["es"]) if g) + " "


def _period_word(match: re.Match[str]) -> str:
    return next(g for g in (match["ko"], match["zh"], match["es"]) if g) + " "


# The words of a record's fields, as typed with two letters swapped or one left out ("langauges",
# "epsiodes", "subtitels", "adress", "idoimas", "episodois"): read as the word meant, so the field is
# still the one asked. Only swaps and omissions (a letter added or changed makes other words:
# "contract" is no "contact"), only of words of six letters or more.
FACT_WORDS = ("language", "languages", "episode", "episodes", "subtitle", "subtitles", "subtitled", "address",
              "schedule", "minutes", "duration", "runtime", "deadline", "coproduction", "logline", "synopsis",
              "idioma", "idiomas", "episodio", "episodios", "capitulo", "capitulos", "subtitulos", "duracion",
              "direccion", "horario", "sinopsis", "minutos")


@lru_cache(maxsize=1)
def _fact_word_typos() -> dict[str, str]:
    typos: dict[str, str] = {}
    for word in FACT_WORDS:
        for i in range(len(word) - 1):
            typos.setdefault(word[:i] + word[i + 1] + word[i] + word[i + 2:], word)  # two letters swapped
        for i in range(1, len(word)):
            typos.setdefault(word[:i] + word[i + 1:], word)  # one letter left out (never the first)
    for word in (*FACT_WORDS, "minute", "minuto"):  # (a word of its own is no slip)
        typos.pop(word, None)
    return {typo: word for typo, word in typos.items() if len(typo) >= 6}


_LATIN_WORD = re.compile(r"[a-z]{6,}")


def fact_words_spelled(folded: str) -> str:
    """A folded text with the fact words typed with a slip (`FACT_WORDS`) spelled as meant."""
    typos = _fact_word_typos()
    return _LATIN_WORD.sub(lambda m: typos.get(m.group(0), m.group(0)), folded)


@lru_cache(maxsize=READINGS_KEPT)
def _facts_in(folded: str) -> tuple[str, ...]:
    """The facts whose `FACTS` pattern a text read by `_fact_text` matches, in `FACTS` order, once
    each: `facts_asked` keeps them all, `fact_asked` the first."""
    return tuple(dict.fromkeys(fact for fact, found in _tests(FACTS) if found(folded)))


# Where to begin, said of a thing to do ("where do we start?", "¿por dónde empezamos?", "从哪里下手",
# "어디서부터 시작해야 돼요?"): how to go about it, no place asked
WHERE_TO_BEGIN = re.compile(r"\bwhere (do|should|can|would|shall) (i|we|one|they|he|she) (even |actually )?(start|begin)\b|\bwhere to (even )?(start|begin)\b"
                            r"|\bpor donde (se )?(empiezo|empezamos|empezar|empieza|empezaria|empezariamos|arranco|arrancamos|arrancar|arranca"
                            r"|comienzo|comenzamos|comenzar|comienza|le entramos|le entro|le entra)\b"
                            r"|从(哪里|哪儿|哪|何处|何)(下手|入手|着手|开始弄|开始做|开始搞|做起|搞起|弄起)|(该|要|得)从(哪里|哪儿|哪|何)开始"
                            r"|(어디서부터|어디부터|어디서 ?부터) ?(시작|해야|하면|손[을 ]|들어가|알아봐)")


@lru_cache(maxsize=READINGS_KEPT)
def _fact_text(text: str) -> str:
    folded = PERIOD_BUILT.sub(_period_of_building, PERIOD_RANGE.sub(_period_word, fact_words_spelled(fold(text))))
    # (the "where" after a mail first: "un mail donde sale HISDA" is no place asked once the mail is out)
    folded = WHERE_TO_BEGIN.sub(" ", folded)  # ("从哪里下手": how to begin, no venue)
    return EMAIL_AVOIDED.sub(" ", OWN_STORY.sub(" ", YEARLY_EPITHET.sub(" ", MAIL_RECEIVED.sub(" ", RELATIVE_WHERE.sub(r"\1 ", folded)))))


# What marks a record out ("its features", "características", "特点", "특징"), asked beside another
# fact of it ("the address and features of the second one", "地址和特色", "주소랑 특징"): its
# description too. Alone it stays as it was read (no record's fact: "这部剧有什么特点" with none in focus)
FEATURES_ASKED = re.compile(r"\bfeatures\b|\bwhat('?s| is) (so )?special about\b|\bcaracteristicas\b|\bque tiene de (especial|particular)\b"
                            r"|特点|特色|特征|특징|특색")


# An e-mail said with the hour it would be sent at ("别半夜给人发邮件", "새벽에 메일 보내긴 좀",
# "don't want to email them at midnight", "no quiero mandarles correos de madrugada"): the reason
# the hours are asked, not the address asked.
MAIL_AT_AN_HOUR = re.compile(r"(半夜|深夜|凌晨|大半夜|下班后|晚上)[^，。？?！!]{0,8}(邮件|邮箱|电邮|mail)|(邮件|mail)[^，。？?！!]{0,6}(半夜|深夜|凌晨)"
                             r"|(새벽|한밤중|밤늦게|밤에|늦은 밤|퇴근 후)[^.?!]{0,8}(메일|이메일)|(메일|이메일)[^.?!]{0,8}(새벽|한밤중|밤늦게)"
                             r"|\b(e-?mail\w*|mail\w*|write|writing)\b.{0,25}\b(at night|midnight|middle of the night|late at night|at 3 ?am|odd hours|after hours)\b"
                             r"|\b(at night|midnight|middle of the night|late at night|after hours)\b.{0,25}\be-?mail"
                             r"|\b(correos?|mails?|escribir\w*)\b.{0,25}\b(de madrugada|a medianoche|en la noche|de noche|a deshoras|muy tarde)\b")


# A clock time asked of being open ("how late is the secretariat open?", "are they open until 7?",
# "what time does the centre open?"): the team's hours, not whether a set is open and running yet.
OPEN_HOURS_ASKED = re.compile(OPEN_HOURS_PATTERN)


def _hours_before_mail(found: list[str], folded: str) -> list[str]:
    """The hours first when the e-mail is said with the hour it would be sent at (`MAIL_AT_AN_HOUR`);
    the time of the year something is held ("1년 중 어느 시기", "época del año") is its date, no era;
    a clock time of being open is the hours, not whether it is built (`OPEN_HOURS_ASKED`)."""
    if "era" in found and "date" in found and YEAR_TIME.search(folded):
        found = [f for f in found if f != "era"]
    if "built" in found and "hours" in found and OPEN_HOURS_ASKED.search(folded):
        found = ["hours", *[f for f in found if f not in ("hours", "built")]]
    if "hours" in found and "email" in found and MAIL_AT_AN_HOUR.search(folded):
        return ["hours", *[f for f in found if f not in ("hours", "email")]]
    return found


# "what is <a name> and <another ask>": a what-is question of a name, then a second question joined
_WHAT_IS_THEN_DEAL = re.compile(r"^\W*(?:so |ok,? |and |y |entonces )?(?:what(?:'s| is)|whats|(?:que|q) es)\s+"
                                r"(?P<name>.{2,60}?)\s+(?:and|y|e)\s+(?:can|could|may|is|are|do|does|se puede|podemos|podriamos|esta|sigue)\b")


def _story_before_deal(found: list[str], folded: str) -> list[str]:
    """The story asked before the deal ("what is it about and is it open for co-production?",
    "¿de qué trata y se puede licenciar?", "讲什么的，能合拍吗", "무슨 내용이고 공동제작 돼요?"): the
    story first, as asked; `FACTS` puts the deal first where both are read in one clause."""
    story = next((f for f in ("logline", "about") if f in found), None)
    if story is None and found[:1] == ["coproduction"] and (what := _WHAT_IS_THEN_DEAL.match(folded)) is not None \
            and not list(_facts_in(folded[:what.end("name")])):
        # "what is Palace Ratings War and can we license it?", "¿qué es X y se puede licenciar?":
        # what the title is (its story) was asked first, the deal after the joint
        return ["logline", *found]
    if story is None or "coproduction" not in found or found.index("coproduction") > found.index(story):
        return found
    said = {key: m.start() for key, pattern in reversed(_compiled(FACTS))
            if key in (story, "coproduction") and (m := pattern.search(folded))}
    if said.get(story, len(folded)) < said.get("coproduction", -1):
        found = [f for f in found if f != story]
        found.insert(found.index("coproduction"), story)
    return found


# A crew from abroad asking for the incentives by name ("외국 제작팀도 인센티브 받을 수 있어요?", "外国剧组也能
# 拿到激励政策吗"): whether foreign crews get our incentives (their FAQ), no one incentive's
# eligibility ("a team like ours can have it too", the thing unnamed, stays that)
_FOREIGN_CREW_INCENTIVES = re.compile(
    r"(외국|해외) ?(제작)?(팀|제작사|회사|스태프|크루|촬영팀)(들)?도 [^?.!]{0,10}(인센티브|혜택|지원금|보조금)"
    r"|(外国|海外|境外|国外)(剧组|团队|公司|摄制组)(也|都)(能|可以)(享受|拿到|申请|用)(激励|补贴|优惠|扶持)")


# Whom to talk to, write to or ask for something ("who do I talk to about locking in shooting
# dates?", "¿con quién hablo para cerrar fechas de rodaje?", "敲定拍摄日期要找谁？", "촬영 날짜 확정하려면
# 누구랑 얘기해야 돼요?"): the person or team asked (`role`), whatever the purpose names (its dates,
# a deal's status, "closing" read as office hours come after). Matched on folded text.
WHOM_TO_TALK = re.compile(
    r"\bwho(m)?( exactly| actually| precisely| then)? (should|do|can|could|would|shall|must|will) (i|we|u) (contact|talk to|talk with|speak to|speak with|ask|reach|call|e-?mail|write to|go to|hit up|ping|get in touch with|deal with|work with)\b"
    r"|\bwho to (contact|talk to|speak to|ask|call|reach)\b|\bto whom\b|\bwho('?s| is) the( (actual|real|right|best|main|specific|exact|proper|correct|direct|go-to))? (person|contact|one) (to|for)\b"
    r"|\b(person|contact|rep|representative) (that |who |whom )?(i|we)('d| would| will|'ll| should| am| are|'m|'re)?( be)? (talk|talking|speak|speaking|deal|dealing|work|working|liais\w*) (to|with)\b"
    # the person said first, whom the partner would deal with after it ("who's the actual person over
    # there I'd be talking to?", "¿quién es la persona con la que trataría?", "我具体对接的人是谁",
    # "제가 얘기할 사람은 누구예요?")
    r"|\bwho('?s| is| would be| will be)( \w+){0,3} (person|contact|one|guy|lady|woman|man)\b.{0,40}\b(i|we)('d| would| will|'ll| should| am| are|'m|'re)?( be)? (talk|talking|speak|speaking|deal|dealing|work|working|liais\w*) (to|with)\b"
    # whom the partner would be dealing with, said as what is to come ("who would i be talking to at
    # Dalynn, what's her name?", "¿con quién hablaría yo allá?", "那边对接的是谁", fixK24)
    r"|\bwho(m)? (would|will|should|do|can|am|are) (i|we|u) (be )?(talking|speaking|dealing|working|liais\w*) (to|with)\b"
    r"|\bcon quien (hablaria|hablariamos|trataria|tratariamos|me comunicaria|nos comunicariamos|me entenderia|nos entenderiamos)\b"
    r"|对接的(人)?是(谁|哪位)"
    # (the person asked by another verb or noun: "whom should I address my message to?", "is there a
    # specific person I should ask for?", "¿a quién tengo que dirigirme?", "该找哪位"; para25)
    r"|\bwho(m)? (should|do|can|would|shall) (i|we|u) (address|direct|send) (it|this|my \w+|our \w+|the \w+)( to)?\b|\baddress (my|our|the) (message|letter|e-?mail|enquiry|inquiry|request) to\b"
    r"|\b(a |any )?(specific|particular|named|dedicated|specific named) (person|contact|individual|someone)\b.{0,30}\b(i|we)('d| should| can| could| would)? (ask for|contact|talk to|speak to|write to|reach)\b"
    r"|\ba quien (me|nos) (dirijo|dirigimos|debo dirigir|debemos dirigir)\b|\ba quien (tengo|tenemos|debo|debemos|hay) que dirigir(me|nos|se)?\b|\b(persona|contacto) a (la|el) que (me|nos) (dirijo|dirigimos|debo dirigir)\b"
    r"|(该|應該|应该|要|得)(找|联系|聯繫)(哪位|哪一位|谁|誰)"
    r"|\bpersona con (la|quien) (que )?(trataria|tratariamos|hablaria|hablariamos|tratare|trataremos|hablare|hablaremos|voy a tratar|vamos a tratar|voy a hablar|vamos a hablar)\b"
    r"|(对接|联系|联络|沟通)(的)?(人|窗口|联系人)(是谁|是哪位|叫什么)|(얘기|이야기|연락|상의|협의|컨택)(할|하게 될|드릴) (사람|분|담당자)(은|이|는)? ?(누구|어느 ?분)"
    r"|con quien (la |lo |las |los |eso )?(veo|vemos|trato|tratamos|cuadro|cuadramos|hablo|hablamos|me comunico|nos comunicamos|me contacto|nos contactamos|(puedo|podemos|debo|debemos|tengo que|tenemos que|hay que|deberia|deberiamos) (hablar|comunicarme|comunicarnos|contactarme|tratar|ver))\b"
    r"|a quien (le |les )?(contacto|contactamos|pregunto|preguntamos|llamo|llamamos|busco|buscamos|escribo|escribimos|(tengo que|tenemos que|hay que|debo|debemos) (contactar|preguntar|llamar|escribir)\w*)\b"
    r"|找谁|联系谁|问谁|(跟|和|与|同)谁(联系|联络|谈|聊|对接|沟通|商量|协调|接洽)|搵(边个|边位|谁)|(同|跟)边个(倾|讲|联络|联系|谈)|问边个"
    r"|누구(에게|한테|께|랑|와|하고|를) ?(연락|문의|얘기|이야기|상의|협의|컨택|물어|찾아)")


def _whom_first(found: list[str], folded: str) -> list[str]:
    """The person or team first when the message asks whom to talk to (`WHOM_TO_TALK`)."""
    if "role" in found and found[0] != "role" and not {"email", "phone"} & set(found) and WHOM_TO_TALK.search(folded):
        # (an address asked with it stays first: "who's the contact for it, email please")
        return ["role", *[f for f in found if f != "role"]]
    return found


def facts_asked(text: str) -> list[str]:
    """Every fact a message asks for, in `FACTS` order ("when and where is it?": date, venue),
    but a story asked before the deal first (`_story_before_deal`) and whom to talk to before
    what for (`_whom_first`); its features beside another fact are its description ("about",
    after the others). A new list each time, of the reading kept per text (`_facts_asked`)."""
    return list(_facts_asked(text))


@lru_cache(maxsize=READINGS_KEPT)
def _facts_asked(text: str) -> tuple[str, ...]:
    """`facts_asked`, kept per text: a run-on message's readers ask it of each of its texts
    ~2 times (perf21: 125 of 213 calls over the CPU bench's longest messages)."""
    folded = _fact_text(text)
    found = _whom_first(_story_before_deal(_hours_before_mail(list(_facts_in(folded)), folded), folded), folded)
    if "eligibility" in found and _FOREIGN_CREW_INCENTIVES.search(folded):
        found.remove("eligibility")  # ("외국 제작팀도 인센티브 받을 수 있어요?": the incentives asked, by name)
    if found and "about" not in found and FEATURES_ASKED.search(folded):
        found.append("about")
    return tuple(found)


def fact_asked(text: str) -> str | None:
    """The one fact a message asks for ("when" → date), or None."""
    folded = _fact_text(text)
    first = next(iter(_facts_in(folded)), None)
    if first == "era" and YEAR_TIME.search(folded):
        return "date"
    if first == "email" and MAIL_AT_AN_HOUR.search(folded) and "hours" in facts_asked(text):
        return "hours"
    if first == "built" and OPEN_HOURS_ASKED.search(folded) and "hours" in facts_asked(text):
        return "hours"
    if first not in (None, "role") and WHOM_TO_TALK.search(folded) and facts_asked(text)[:1] == ["role"]:
        return "role"
    return first


ANY_OF_PARTS = 50
"""Alternatives from which `_tests` searches a pattern as `lazy_re.AnyOf` (perf9: with its
needed-text index, `FACTS` ~590 -> ~50 us and `GAPS` ~140 -> ~40 us a message at 8 parts, but
each `AnyOf` keeps its groups and index: ~0.25 MB more at 8 than at 50, with the shipped peak
RSS at its bar; at 50 the few long patterns that cost most are the ones split)."""


@lru_cache(maxsize=8)
def _tests(table: tuple[tuple[str, str], ...]) -> list[tuple[str, Callable[[str], object]]]:
    """`_compiled(table)` for callers that only ask whether each pattern matches: a long
    alternation (`ANY_OF_PARTS` parts or more: "unpublished" has ~335) is searched only where
    a text one of its parts needs is in the message, part group by part group
    (`lazy_re.AnyOf`, the same answer), the others as they are. Per message `facts_asked` took
    ~0.8 ms, 0.4 of it in "unpublished" alone (perfR). `GAPS` is only asked this way (perf9):
    its whole patterns are no longer compiled beside the groups."""
    return [(key, re.AnyOf(pattern) if len(re.alternatives(pattern) or ()) >= ANY_OF_PARTS
             else re.compile(pattern).search) for key, pattern in table]


@lru_cache(maxsize=8)
def _compiled(table: tuple[tuple[str, str], ...]) -> list[tuple[str, re.Pattern[str]]]:
    return [(key, re.compile(pattern)) for key, pattern in table]


def _patterns(sources: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """`sources` compiled (on first use, `core.lazy_re`), in their order, once: the language and
    service tables below were searched as `re.search(source, text)` pattern by pattern in every
    reading (~37,000 calls over the CPU bench's 640 messages, each a `str.format`, a hash of the
    source and `re`'s cache look-up, and a compile whenever the cache had let it go; perf17).
    The same matches."""
    return tuple(re.compile(source) for source in sources)


# Paying to attend ("a ticket", "the entry", "门票", "참가비", "get a seat"): a price of the event in
# focus, however the question is worded.
ATTENDING = re.compile(r"\btickets?\b|\bentry\b|\bentrance\b|\bseats?\b|cover charge|\battend|\bentradas?\b|\bboletos?\b"
                       r"|\binscripcion|\basistir|\bparticipar|门票|票价|入场|报名费|参会|参加费|입장|티켓|참가비|참석|등록비"
                       # the places there are ("how many spots?", "¿hay cupos?", "名额", "자리가 몇 개")
                       r"|\b(places|spots|slots)\b|\bcupos?\b|\bplazas\b|名额|자리|정원")

# -- list words and filters ------------------------------------------------------------------
# ("what short dramas do you have?", "¿qué microdramas tienen?": the titles, a kind's word after "what")
_LIST = re.compile(r"\b(list|all|every|show me|which|what (short |vertical |micro ?|mini ?)?(titles|works|sets|events|partners|dramas"
                   r"|shows|series|shorts)|any)\b|\btitles\b|\bque (micro|mini ?)?(dramas|series|titulos|obras|microdramas|sets|decorados|locaciones|escenarios|platos|estudios)\b"
                   r"|\blista\b|tod[oa]s|\bcuales\b|muestrame|\bhay\b|algun[oa]?s?\b|哪些|所有|全部|列表|有没有|有什么"
                   # a formal letter's list words: "烦请列示", "请列出", "敬请开列", "贵方可有…"
                   r"|列示|列出|列举|开列|罗列|一览|可有"
                   r"|목록|전체|모든|어떤 .{0,4}(있|작품)|있나요|있어요|있습니까|있을까요"
                   # a statement ending asked with a question mark ("역사물 있습니다?", 경북 "있니더?" read so)
                   r"|있습니다 ?[?？]|있음 ?[?？]|있냐")  # 합쇼체 too: "세트가 있습니까"


def asks_for_list(text: str) -> bool:
    return _LIST.search(fold(text)) is not None


# Whether there are any of a kind ("any comedy ones?", "¿hay comedias?", "有喜剧吗", "SF 작품 있어요?"),
# not whether the record in focus is one ("is it a comedy?", "¿es comedia?", "是喜剧吗", "코미디예요?").
_ANY_OF_KIND = re.compile(r"^\W*(y |and |so |ok,? )?(你们|你們|您们|您們|贵方|你哋)?[那还也]{0,2}有(没有)?[^,，。？?]{1,10}[吗嘛么]?\W*$"
                          # "你们有动作片不", "有悬疑的没": having them asked with a "not" closing it (fixK24)
                          r"|^\W*(你们|你們|您们|您們|贵方|你哋)?[那还也]{0,2}有[^,，。？?]{1,10}(不|没|沒|没有|沒有)\W*$"
                          # "tienen thrillers de esos que no te dejan dormir": the message opening with
                          # having them (the kind named is the callers' check; fixK24)
                          r"|^\W*(y |oye |oiga |che |ustedes )?(tienen|tenes|tienes|teneis|manejan)\b"
                          r"|\bones\b|\botr[oa]s\b|作品|片子|的剧|之剧|之作|几部|작품|거 있|것 있|것도 있|거도 있|뭐가? ?있었|뭐뭐 ?있"
                          # "¿tienen series de romance pa coproducir?", "got any sci-fi shows?": having them
                          r"|\b(tiene[ns]?|manejan|cuentan con)\b.{0,20}\b(series|obras|titulos|dramas|microdramas|novelas|historias|peliculas)\b"
                          r"|\b(have|got)\b.{0,20}\b(shows|series|dramas|microdramas|stories)\b"
                          # "what scifi do u guys have", "what romances have ye got?": what of a kind
                          # the company has, asked with "what … have"
                          r"|\b(what|which)\b.{1,30}\b(do|have|did) (you|u|ye|y'?all)( guys| lot| all| folks)? (have|got|carry|offer)\b"
                          r"|\b(what|which)\b.{1,30}\b(you|u|ye)( guys| lot)? (got|have)\b"
                          # "¿qué thrillers tienen?", "¿cuáles comedias manejan?": what of a kind they have (fixL15)
                          r"|\b(que|cuales)\b.{1,30}\b(tienen|tenes|tienes|teneis|manejan|ofrecen)\b"
                          # what there is to watch, asked plainly or of a situation ("一家老小看的，你们有啥",
                          # "有冇", "有啥推荐", "남녀노소 다 볼만한거 뭐있음", "¿qué tienen pa' ver en familia?")
                          # (not a recommendation alone: "推荐个景" asks a set, "推薦幾本推理小說" books)
                          r"|有啥|有些啥|有冇|有無|有哪几|有哪幾"
                          r"|뭐 ?있(음|어|나|냐|니|노|지|을까|습니까|는지|능교)|볼 ?만한|볼거|볼 거 "
                          r"|\bque (tienen|tenes|hay|nos (recomiendan|sugieren|ofrecen))\b")


def asks_for_kind(text: str) -> bool:
    """A kind named in a question that asks which records there are of it (see `_ANY_OF_KIND`,
    with the list words of `asks_for_list`)."""
    folded = fold(text)
    return _LIST.search(folded) is not None or _ANY_OF_KIND.search(folded) is not None


# (a crew "coming from India" or "coming over" travels; nothing is upcoming)
UPCOMING = re.compile(r"\bupcoming\b|\bnext\b|\bcoming\b(?! (from|over|in from|out of)\b)|\bfuture\b|\bproxim[oa]s?\b|\bsiguientes?\b|即将|接下来|下一|近期"
                      r"|之后|예정|(?<!그)(?<!그 )다음|앞으로|다가오는")
PAST = re.compile(r"\b(past|previous|last year|earlier|already happened|so far|until now|to date)\b|\b(have|did) you (already |ever )?(held|hold|hosted|host|run|done|organi[sz]ed)\b|hasta ahora|han (hecho|organizado|realizado)|지금까지|그동안|여태|열렸던|진행했던|했던 행사|pasad[oa]s?|anteriores|anterior|realizad[oa]s"
                  r"|\bya (pasaron|fueron|se hicieron)\b|已经办过|已经结束|끝난 행사"
                  # "which events have already taken place / are done / are over", "¿cuáles ya se
                  # realizaron / terminaron?", "已经办完的活动", "이미 끝난 행사"
                  r"|\b(already )?(taken place|took place)\b|\b(are|were|is) (already )?(done|over|finished|behind us)\b|\bhave (already )?(ended|finished|wrapped)\b"
                  r"|\bya (se )?(realizaron|terminaron|acabaron|llevaron a cabo|celebraron|hubo)\b|\bque ya (pasaron|terminaron|acabaron|se hicieron)\b"
                  r"|(已经|已)(办完|结束|举行|举办)|办完的|结束了的|이미 (끝난|열린|진행된|개최된)|끝난 (거|것|행사들)"
                  # (过去 said as going over: "准备过去拍", "我们过去开机", "人过去" move, not the past)
                  r"|往期|以往|之前的|(?<!准备)(?<!打算)(?<!想)(?<!要)(?<!会)(?<!能)(?<!人)(?<!组)(?<!队)(?<!带)(?<!一起)过去(?!拍|开|看|参|玩|考|踩|谈|取|搭|跑|待|住|的话|一趟)"
                  r"|举办过|办过|以前|去年|지난|과거|이전"
                  r"|already (held|hold|run|hosted|done|organi[sz]ed)|(you'?ve|you have|have you) (held|hosted|run|organi[sz]ed)"
                  r"|\bhan (hecho|organizado|realizado)\b|\bya (hicieron|organizaron|realizaron)\b"
                  r"|열렸던|개최했던|개최된|진행했던|했던 행사|그동안|여태")
# "list all of them", "todos", "列一下", "전부 보여 줘", "which companies…?", "有哪些优惠政策？":
# the partner wants the list itself, not a yes/no answer about the subject ("at all" is no list).
# (steps, papers or conditions asked, "要走哪些流程", "which documents", "¿cuáles son los requisitos?", are
# the way to do something, no list of ours)
WHOLE_LIST = re.compile(r"(?<!\bat )\ball\b|\b(every|full list|list|each|which(?! (steps?|documents?|papers?|paperwork|forms?|requirements?|conditions?)\b)|who are)\b"
                        r"|\btod[oa]s\b|\blista\b|\bcuales\b(?! (son )?(los |las )?(requisitos|pasos|documentos|papeles|tramites|condiciones)\b)|\bquienes (son|forman)\b"
                        r"|\bwhat (companies|partners|members|incentives|programs|programmes|kinds?|types?|sets|titles|events)\b"
                        r"|\bque (empresas|socios|miembros|incentivos|programas|tipos|apoyos|sets|titulos|eventos)\b"
                        # ("有什么路子/办法" asks a way there, not a list)
                        r"|全部|所有|列一下|列出|清单|一览|哪些(?!流程|步骤|手续|材料|条件|要求|文件|资料|证件)|哪几(?!步|个步骤)|有什么(?!路子|办法|途径|渠道|门路|方法)|都有谁|有谁|전부|모든|목록|리스트|누가 있"
                        r"|어떤 (회사|기업|파트너|혜택|인센티브|지원|세트|작품|행사)")
# A list asked to be written out ("列个清单给我", "목록으로 주세요", "give me the full list", "pásame la
# lista completa"): the subject's list itself, before an overview FAQ near its words
LIST_WRITTEN_OUT = re.compile(r"列(个|一个|张|一张)?(清单|单子|表)|列出|列一下|清单|一览表?|목록(으로|을|를|좀|만)|리스트(로|를|좀|만)"
                              r"|\bfull list\b|\blist (them all|all|every|out)\b|\blista (completa|entera|de todos|de todas)\b"
                              r"|\b(dame|danos|pasame|pasanos|mandame|mandanos) (una |la )?lista\b")
# A title taken from a list ("a title from that short drama list", "uno de esa lista", "片单里的一部",
# "리스트에 있는 작품"): the list is where the thing asked about comes from, not what is asked for.
LIST_AS_SOURCE = re.compile(r"\b(from|on|in|off|of) (the|that|this|your|ur|yr|those|these) (\w+ ){0,3}(list|lists|slate|catalog|catalogue)\b"
                            r"|\b(de|en) (la|esa|esta|su|tu|vuestra|aquella) (\w+ ){0,2}lista\b"
                            r"|(片单|片單|名单|名單|清单|清單|目录|目錄)(里|裡|上|中|内|內)(的|面的|头的)"
                            r"|(목록|리스트|카탈로그)(에|에서|상의|에 ?있는|에 ?나온|에 ?올라온) ?(있는|나온|올라온|있던)?")


# "All" said of the partner's own people ("our cast is all Nigerian", "nuestros actores son todos
# nigerianos", "我们的演员全是尼日利亚人", "저희 배우들이 전부 나이지리아 사람"): no list asked.
_PEOPLE = r"(cast|crew|actors?|actresses|team|talent|staff|people|performers)"
OWN_PEOPLE_ALL = re.compile(
    rf"\b(our|my) {_PEOPLE}( \w+)? (is|are|'re|will be) (all|every one)\b|\ball (of )?(our|my) {_PEOPLE}\b"
    r"|\bnuestr[oa]s (actores|actrices|elenco|equipo|tecnicos|talentos?) (son|somos|vienen|hablan|seran) tod[oa]s\b"
    r"|\b(todo|toda|todos|todas) (nuestr[oa]s?|mis) (actores|actrices|elenco|equipo|tecnicos|talentos?)\b|\b(todo )?nuestro elenco es\b"
    r"|(我们|我方|我司)的?(演员|团队|剧组|主创|工作人员|员工|班底|演员阵容)[^，。？?]{0,4}(全部|全都|都是|全是)"
    r"|(저희|우리)( 회사| 팀)? ?(배우|스태프|출연진|캐스트|팀원|직원|크루)(들)?(이|가|은|는)? ?(전부|다|모두)")


def whole_list_asked(text: str) -> bool:
    """Words for the whole list (`WHOLE_LIST`) other than a list named as where a title comes from
    (`LIST_AS_SOURCE`) or "all" said of the partner's own people (`OWN_PEOPLE_ALL`): "can we take
    a licence on a title from that list?", "our cast is all Nigerian" ask for no list."""
    folded = fold(text)
    return WHOLE_LIST.search(OWN_PEOPLE_ALL.sub(" ", LIST_AS_SOURCE.sub(" ", folded))) is not None


# An overview asked ("an overview of the catalog", "una visión general del catálogo", "片单的总体介绍",
# "카탈로그에 대해 전반적으로 소개해"): the whole, in broad strokes
CATALOG_OVERVIEW = re.compile(r"\boverview\b|\bbig picture\b|\bbroad (strokes|outline)\b|\b(general|quick|brief) (picture|outline|summary|rundown)\b"
                              r"|\bvision (general|global|de conjunto)\b|\bpanorama\b|\b(resumen|idea) general\b|\ba grandes rasgos\b"
                              # "general information on the catalogue", "información general del catálogo"
                              r"|\bgeneral (info|information|overview)\b|\binfo(rmacion)? general\b"
                              r"|概况|概览|總覽|总览|概況|概覽|(总体|總體|整体|整體|大致|大概|简要|簡要)(介绍|介紹|说说|說說|讲讲|講講)"
                              r"|전반적(으로|인)|개괄|개요|대략적(으로|인)")
# Whether a date is firm ("confirmed or tentative?", "locked?", "¿ya es definitiva?", "定了没，还是暂定",
# "확정된 일정인가요"): of an event, its status.
FIRMNESS_ASKED = re.compile(r"\b(confirmed|unconfirmed|tentative|provisional|locked( in)?|firm(ed up)?|fixed|set in stone|final(i[sz]ed)?|official|penciled|pencilled)\b"
                            r"|\b(confirmad[oa]s?|tentativ[oa]s?|provisional(es)?|provisori[oa]s?|definitiv[oa]s?|oficial(es)?|fij[oa]s?|seguro)\b"
                            r"|定了|定下|定死|确定|确认|暂定|敲定|落实|还没定|확정|잠정|미정|정해(졌|진|진 거)|픽스")
# A when-question ("when", "what date", "¿cuándo?", "哪天", "几号", "언제", "며칠"): the date itself asked.
# How often said of the event as what it is, not asked ("your annual fest, which days?", "vuestra
# muestra anual", "la fiesta del cine que montan cada año", "一年一度的节展", "해마다 크게 한다던데
# 언제"): with a "when" beside it, its dates are asked, not whether it comes round
RECURRENCE_SAID = re.compile(
    r"(?<!\bis it )(?<!\bis that )(?<!\bit's )\b(annual|yearly|once-a-year)\b(?= [a-z])"
    r"|\b(the|that|your) (\w+ ){0,3}(you|they|y'?all)( guys| folks| all)? (hold|host|run|throw|do|put on|have) (every|each) year\b"
    r"|(?<!\bes )(?<!\bsera )(?<!\bson )\banual(es)?\b"
    r"|\b(que|q) (montan|hacen|organizan|arman|celebran|realizan) (cada|todos los) anos?\b"
    r"|一年一(度|次|届)的|每年(都)?(举办|办|举行|搞|开)?的(那个|那场)?|每年那个"
    r"|(해마다|매년) ?(\S+ ){0,3}\S*(하는|열리는|여는|한다던데|한다는|한다고|열린다던데|연다던데)")
WHEN_ASKED = re.compile(r"\bwhen\b|\bwhat (date|day|days|time)\b|\bwhich (date|day|days)\b|\bcuando\b|\bque (fecha|dia|dias)\b"
                        r"|哪天|哪一天|几号|几月|什么时候|什么时间|何时|哪几天|언제|며칠|몇 ?월|몇 ?일|무슨 ?요일")
CATALOG_WHOLE = re.compile(r"overall|as a whole|(whole|full|entire|complete) (slate|catalog|catalogue|line-?up)|catalogo (completo|entero)|todo el catalogo|完整片单|整个片单|(整个|全部|完整的?)(片库|剧库|作品库)|전체 (카탈로그|목록|리스트)|in general|how (big|large)|how many (works|titles|shows|series|dramas)"
                           r"|en general|cuantas (obras|series|titulos)|cuantos titulos|整体|总共|一共|多少部|全部有多少"
                           r"|전체적으로|몇 ?편|총 ?몇|전체 ?규모|片库规模|整体规模"
                           # the whole said of the titles, beside a title in focus: "전체 작품 몇 개고",
                           # "how many titles in total", "en total cuántas", "總共幾部"
                           r"|전체 ?(작품|타이틀|콘텐츠)|작품(이|은)? ?(전부|다 ?해서)? ?몇 ?개|\bin total\b|\ball (your|the) (titles|shows|works)\b"
                           r"|\ben total\b|\btodos (los|sus|tus) (titulos|series)\b|總共|總體|一共有?幾部|全部作品|所有作品|全部有幾部|"
                           + CATALOG_OVERVIEW.pattern)
DRAMAS_PLANNED = re.compile(
    r"how many (short |vertical |micro ?|mini ?)?(dramas|shorts|series|shows|titles|productions)\b.{0,50}"
    # (made already: "how many short dramas has Hengdian shot this year?", "¿cuántos se han rodado?"; play30)
    r"\b(plan\w*|make|making|made|produc\w*|shoot\w*|shot|film\w*|crank\w*|churn\w*|turn(ing|ed)? out|put(ting)? out|aim\w*|expect\w*)"
    r"|cuant[oa]s (micro)?(dramas|series|producciones|titulos)\b.{0,50}"
    r"\b(piensa\w*|planea\w*|va a|van a|quiere\w*|espera\w*|produc\w*|hacer|filmar|rodar|sacar|rodad[oa]s?|filmad[oa]s?|grabad[oa]s?|hech[oa]s)"
    r"|(计划|打算|准备|预计|要)?(拍|制作|出品|产出|生产|出)了?多少部|短剧.{0,4}产量|一年.{0,4}多少部"
    r"|몇 ?편(이나|을|를)?.{0,12}(찍|제작|만들|촬영|생산)|(찍|제작|만들|촬영)\S{0,6} (숏드라마|드라마)\S{0,2} 몇 ?편"
    # the number of shorts to be shot ("要拍的短剧数量…多少部", "开机多少部", "the number of shorts they'll
    # shoot", "el número de microdramas que van a rodar", "촬영할 숏드라마 수")
    r"|(拍|开机|开拍|制作|出品|生产)的?(微)?(短剧|剧|片子|片).{0,12}(多少部|几部|数量|产量)|(开机|开拍)(了)?(多少|几)部"
    r"|\b(number|count|volume) of (short |vertical |micro ?)?(dramas|shorts|series|productions)\b.{0,40}\b(shoot\w*|film\w*|produc\w*|make|making|plan\w*|crank\w*)"
    r"|\b(numero|cantidad|volumen) de (micro)?(dramas|series|producciones)( cortas| cortos)?\b.{0,40}\b(rodar|filmar|producir|hacer|rodaran|filmaran|produciran|van a)"
    r"|(찍|촬영|제작)(할|하는|될) (숏드라마|드라마|작품)\S{0,2} ?(수|편수|개수)")
"""How many dramas the studio plans or makes ("how many shorts is Hengdian cranking out this year?",
"¿cuántos microdramas piensa producir?", "今年计划拍多少部短剧", "올해 몇 편이나 찍어요?"): its
production volume, which the record stating a number of short dramas answers, not the catalog's
size (a question naming the catalog stays the catalog's)."""
STRATEGY_WORDS = re.compile(
    r"\bstrateg\w*|\broad ?map\b|\bgame ?plan\b|\bmaster ?plan\b|\bplans? (for|on) (20\d\d|the (coming |next )?years?|short|vertical|micro)"
    r"|\b20\d\d plans?\b|\bwhere (is|are) .{1,30} (heading|going)\b|\bbig picture\b"
    r"|estrateg\w*|hoja de ruta|\bplan(es)? (para|de|pa|pal) (el )?(20\d\d|los (micro)?dramas|este ano|los proximos)|\bhacia donde va\b|\brumbo\b|\bapuesta\b"
    r"|战略|策略|打法|规划|布局|发展方向|路线图|转型|往哪(转|走|发展)|전략|로드맵|비전|발전 ?방향|방향성|20\d\d년?(까지|에)? ?\S{0,12} ?계획"
    # the aim said as a vision or a long view ("grand vision", "long-term plan", "el plan grande", "a largo
    # plazo", "大方向", "長遠規劃", "蓝图", "큰 그림", "장기 계획", "청사진")
    r"|\b(grand |big |long[- ]term |overall )(vision|plans?|ambitions?|goals?)\b|\bvision for\b|\bambitions? (for|in|with)\b"
    r"|\b(plan|proyecto)(es|s)? (grande|grandote|grandisimo|enorme|ambicioso|gigante|grandes|enormes|ambiciosos|a largo plazo)\b|큰 ?계획|거대한 ?계획|야심(찬|적인) ?계획|\b(gran|el gran) (plan|proyecto|objetivo)\b|\bvision (de|para|con)\b|\ba largo plazo\b|\bhacia donde (apunta|va|quiere ir|se dirige)\b"
    r"|大方向|长远|長遠|蓝图|藍圖|愿景|願景|远景|遠景|大计|大計|规划|規劃|戰略|野心"
    r"|큰 ?그림|장기 ?(계획|목표|전략)|청사진|중장기|앞으로의 ?(계획|방향)|뭘 ?하려는")
"""Words for a plan or strategy ("what's the strategy", "hoja de ruta", "战略打法", "전략 방향")."""
SHORT_DRAMA_SUBJECT = re.compile(
    r"\bshort[- ]?(form )?dramas?\b|\bvertical (dramas?|shorts?|series)\b|\bmicro-?dramas?\b|\bshorts\b|hengdian|\b(the|your) studios?\b"
    r"|microdramas?|\bseries cortas\b|\bdramas cortos\b|\bel estudio\b|短剧|竖屏|横店|影视城|숏드라마|숏폼|세로형|헝뎬")
"""What the studio's own plan is about: short dramas, or Hengdian itself (`STRATEGY_WORDS`)."""


# The studio's aim said rather than named ("Hengdian becoming a global short drama hub", "¿Hengdian quiere
# ser el centro mundial de los microdramas?", "横店要做全球短剧中心", "헝뎬이 세계 숏드라마 허브가 된다는"),
# or its volume said in round words ("thousands of short dramas a year", "miles de microdramas al año",
# "一年几千部短剧", "한 해 수천 편"): the programme on the studio's short drama strategy.
HUB_SAID = re.compile(
    r"\b(global|world|worldwide|international|world'?s)\b.{0,25}\b(hub|center|centre|capital|powerhouse|mecca|headquarters)\b"
    r"|\b(hub|centro|capital|polo|meca|epicentro)\b.{0,25}\b(mundial|global|internacional|del mundo)\b"
    r"|(全球|世界|国际|國際)(性的?)?(短剧|短劇)?(中心|之都|枢纽|樞紐|重镇|基地|高地)"
    # ("글로벌 숏드라마 제작 허브", "세계적인 숏드라마 제작 거점": a word or two between)
    r"|(세계|글로벌|국제)\S{0,2}( \S{1,6}){0,2} ?(허브|중심지?|수도|메카|거점)")
VOLUME_SAID = re.compile(
    r"\b(thousands|thousand|[1-9],?000|three thousand)\b (of )?(new )?(short |vertical |micro ?|mini ?)?(dramas|shorts|series|shows|titles|productions)\b"
    r"|\bmiles de (micro ?)?(dramas|series|microdramas|microseries|producciones|titulos)\b"
    r"|(数千|几千|上千|好几千|成千上万|三千)部|(수천|몇천|삼천|몇 천) ?편")


def asks_studio_strategy(text: str) -> bool:
    """"Hengdian's plan for 2025 on short dramas, what's the strategy?", "¿cuál es la estrategia
    de Hengdian pal 2025?", "横店短剧的战略打法", "헝뎬의 숏드라마 전략 방향": the studio's short
    drama strategy, which the programme whose name says so holds (not the alliance's plan: a
    message naming the alliance is about the alliance)."""
    folded = fold(text)
    aim = STRATEGY_WORDS.search(folded) or HUB_SAID.search(folded) or VOLUME_SAID.search(folded)
    return bool(aim and SHORT_DRAMA_SUBJECT.search(folded)) and not ALLIANCE.search(folded)


# Hengdian's sets used by a company that carries its content ("could we shoot on your backlots if we
# put your shows out in Poland?", "¿nos prestan sus locaciones si movemos sus series?", "帮你们发行的话
# 能用横店的景吗", "콘텐츠 배급해 드리면 세트 쓸 수 있나요"): the set-access deal, in words, not its name.
SETS_USED = re.compile(r"\b(use|using|access|shoot on|film on|film in|shoot in)\b.{0,25}\b(sets?|backlots?|locations?|stages?|resources|facilities)\b"
                       r"|\b(usar|use|ocupar|acceso a|aprovechar|prestan|grabar en|filmar en|rodar en)\b.{0,25}\b(sets?|locaciones|escenarios|estudios|recursos|instalaciones|decorados?|platos)\b"
                       r"|(用|使用|借用|进|进入)(你们|你哋|你地|横店|贵方|您们)?(的|嘅|啲|些|那些)?(景|场景|拍摄场地|片场|场地|资源|基地)"
                       r"|(세트|세트장|촬영장|촬영지|시설|자원)(를|을|도|장)? ?(쓰|쓸|써|사용|이용|빌려|활용)")
CARRIES_CONTENT = re.compile(r"\bdistribut\w*|\bcarry(ing)? (your|their|hengdian)|\b(put|bring|take|sell) (your|hengdian'?s?) (content|shows?|dramas?|series|titles)"
                             r"|\bdistribu\w*|\bmovemos (su|sus|tu|tus)|\b(llevamos|llevar|vendemos|vender|pasamos|pasar) (su|sus|tu|tus) (contenido|series|dramas|titulos)"
                             r"|发行|代理(你们|横店)?的?(内容|剧|片)|帮(你们|横店)(卖|推|发)|배급|유통")


# Money given or saved for shooting here, in plain words ("does the government chip in any cash if we
# film there?", "¿el gobierno pone algo de plata si rodamos allá?", "去那边开机政府给不给点钱",
# "거기서 찍으면 정부에서 돈 좀 나와요?"): the incentives, asked without their name.
MONEY_HELP = re.compile(r"\b(government|state|public|local authorit\w*|city|province)\b.{0,25}\b(money|cash|funds?|funding|chip in|pay|pays|give)\b"
                        # something given back by the place, taxes or anything ("does the town give
                        # anything back, taxes?", "¿el pueblo le regresa algo a las producciones,
                        # impuestos?", "当地会返点税吗", "지역에서 세금 좀 돌려줘요?")
                        r"|\b(town|city|county|municipality|council|authorit\w*|local government|region|province|they)\b.{0,25}\b(gives?|hands?|pays?|kicks?) (anything |something |money |some money |a bit )?back\b"
                        r"|\b(get|getting|give|gives|given) (any )?(taxes|tax|vat) back\b|\btax(es)? (back|returned|refunded)\b"
                        r"|\b(pueblo|ciudad|municipio|ayuntamiento|gobierno local|alcaldia|region|provincia|localidad)\b.{0,30}\b(regresa|devuelve|reintegra|reembolsa|retribuye)\b"
                        r"|\b(regresa|regresan|devuelve|devuelven|reintegra|reintegran|reembolsa|reembolsan)\b.{0,40}\b(impuestos?|iva)\b|\b(impuestos?|iva)\b.{0,20}\b(de vuelta|devueltos?|regresan|devuelven)\b"
                        r"|返(点|些|还)?税|退(点|些)?税|税(能|会|可以)?(返|退)|세금(을|도)? ?(좀 )?(돌려|환급|감면)"
                        r"|\b(free|public|government) (money|cash|funding)\b|\bsave (us |me )?(some |a bit of |any )?(money|cash)\b|\bmoney back\b"
                        r"|\b(el )?gobierno\b.{0,25}\b(plata|dinero|lana|pone|da|dan|aporta|paga|ayuda)\b|\b(ahorr\w*) (algo de |un poco de )?(plata|dinero|lana)\b"
                        # public money in slang ("¿sueltan algo de pasta pública?", "lana del gobierno",
                        # "fondos públicos", "¿te dan plata por rodar allá?"): money given for the shoot
                        r"|\b(pasta|plata|lana|dinero|fondos?|guita|varo|feria|billete|recursos) (public[oa]s?|estatal(es)?|oficial(es)?|del (estado|gobierno|municipio|ayuntamiento|erario))\b"
                        r"|\b(sueltan|suelta|regalan|dan|dais|pone|ponen|aportan|tiran|reparten|sueltan algo de)\b( algo de| un poco de| alguna| algo| un| una)? (pasta|plata|lana|dinero|guita|varo|feria|billete|lanita|platita)\b"
                        r"|\b(taxpayer|public|state|government|govt|gov) (money|cash|dough|bucks|funds?)\b|\b(hand out|hand over|throw|chip in|give out|dish out)\b.{0,15}\b(money|cash|dough|bucks)\b"
                        r"|(公家|政府|官方|国家)的?(钱|錢|资金|資金)|公共(资金|資金|财政)|(给|發|发|补)(点|些)?(钱|錢)|(공공|정부|나라|국가) ?(돈|자금|예산)|(돈|지원금)(을|이)? ?(좀 )?(주나|줘요|주나요|줍니까|나와|나오나|나오나요)"
                        # a "red envelope" from the government or the studio: money given ("有啥红包可以拿")
                        r"|红包|紅包|政府.{0,6}(钱|补|出资|资助|掏)|(给|补|发)(不给|不补|不发)?(点|些|几个)?钱|省(点|些|不少|一点)?钱|能(不能)?便宜(点|些)|返点|返钱|返现"
                        r"|(정부|지자체|시|성)(에서|가|이)? ?.{0,8}(돈|자금|지원금)|(돈|비용)(을|이)? ?(좀 )?(아낄|아끼|절약|덜 들|줄일)"
                        # money put up ("돈 좀 대 줘요?", "돈을 보태 주나요")
                        r"|(돈|자금|제작비)(을|를|이)? ?(좀 )?(대|보태) ?(줘|주|줍|준)")
# The side that would pay, named where a shoot is not ("中方给不给钱支持", "la parte china pone lana o
# no?", "중국 측에서 돈 좀 대 줘요?", "does the Chinese side put up any money?"): money asked of the
# studio's side, the incentives, as much as money asked for a shoot (`asks_money_help`)
PAYING_SIDE = re.compile(r"\b(chinese|china|your|hengdian|studio'?s?) side\b|\b(la parte|el lado|la contraparte) (china|de ustedes|de hengdian)\b"
                         r"|\b(del|el) lado (chino|de ustedes|de hengdian)\b|\b(los chinos|ustedes los chinos)\b"
                         r"|中方|中国(方面|那边|那方)|横店(方面|那边)|贵方|你们(那边|那方|方面)"
                         r"|중국 ?(측|쪽)|헝뎬 ?(측|쪽)|그쪽에서|귀사에서")


# Money support named by its own noun ("subsidies", "grants", "financial support", "subvención",
# "apoyo económico", "补贴", "资助", "보조금", "지원금"): the incentives, never a service had on site
# (any noun of help with any adjective of money: "financial benefits", "monetary support", "beneficios
# financieros", "estímulos económicos"; para21)
MONEY_SUPPORT = re.compile(r"\b(subsid\w*|grants?|rebates?|cash ?backs?|tax (breaks?|credits?)|(financial|monetary|economic) (support|aid|help|assistance|benefits?|incentives?)|funding)\b"
                           r"|\b(subvencion\w*|subsidios?|reembolsos?|(apoyos?|ayudas?|beneficios?|estimulos?) (economic|financier|monetari)\w*|financiacion|incentivos? (fiscal|economic|financier|monetari)\w*)\b"
                           r"|补贴|補貼|补助|補助|资助|資助|扶持(资金|政策)?|奖励金|返还|보조금|지원금|재정 ?지원|제작 ?지원금|인센티브")


# The help a visiting crew gets asked in words ("what sort of support do you give foreign crews?", "¿qué
# apoyo dan a los equipos extranjeros que vienen a rodar?", "¿Qué servicios tenéis para equipos que vienen
# de fuera?", "你们给海外剧组提供哪些服务", "해외 촬영팀한테는 어떤 지원을 해 줘요?"): the on-site services,
# not whether foreign crews may film (money asked stays the incentives: `MONEY_SUPPORT`)
_CREWS_FROM_OUTSIDE = (r"(crews?|teams?|productions?|film ?makers|shoots?)( (coming |arriving |travell?ing |(that|which|who) (come|arrive|travel) )?from (abroad|overseas|outside|other countries))"
                       r"|(foreign|international|overseas|visiting|outside|incoming|non-chinese|out-of-town) (film |production |shooting )?(crews?|teams?|productions?|film ?makers)"
                       r"|(equipos?|producciones?|rodajes?|crews?|productoras?)( de rodaje)? (extranjer[oa]s|internacionales|de fuera|de afuera|del exterior|visitantes|foraneos|foraneas|que vienen|que llegan|de otros paises)")
CREW_SUPPORT_ASKED = re.compile(
    r"\b(support|services?|help|assistance|facilities)\b.{0,40}\b(" + _CREWS_FROM_OUTSIDE + r")"
    r"|\b(" + _CREWS_FROM_OUTSIDE + r")\b.{0,40}\b(support|services?|help|assistance|apoyos?|servicios?|ayudas?|asistencia|facilidades)\b"
    r"|\b(apoyos?|servicios?|ayudas?|asistencia|facilidades)\b.{0,40}\b(" + _CREWS_FROM_OUTSIDE + r")"
    r"|(海外|外国|国外|境外|外地|外籍|國外|境外)(的)?(剧组|劇組|团队|團隊|摄制组|攝製組|制作团队).{0,15}(服务|服務|支持|帮助|幫助|协助|協助|配套)"
    r"|(服务|服務|支持|协助|協助|配套).{0,10}(海外|外国|国外|境外|外地)(的)?(剧组|劇組|团队|團隊)"
    r"|(해외|외국|방문|외부|외지)(에서 ?(오는|온|들어오는))? ?(제작팀|촬영팀|팀|스태프|크루|제작진|촬영진)(한테|에게|에|은|는|이|가)?.{0,15}(지원|서비스|도움|편의)")


# A benefit, a discount or a special support the partner could receive ("받을 수 있는 특별 지원이
# 있습니까?", "any perks or discounts a team like ours could get?", "¿qué beneficios podemos recibir?",
# "我们能享受哪些优惠"): the incentives, never whether a crew from abroad may film (fixG17)
BENEFITS_RECEIVED = re.compile(
    r"\b(perks?|benefits?|discounts?|special (support|help|treatment|terms)|incentives?|breaks?)\b[^.?!]{0,40}\b(can|could|might|would) (we|i|a team|teams|companies|a company|foreign companies|they) ([\w ]{0,15})?(get|receive|claim|enjoy|qualify for)\b"
    r"|\b(can|could) (we|i|a team like ours|foreign companies) (get|receive|claim) (any )?(special )?(perks?|benefits?|discounts?|support|incentives?)\b"
    r"|\b(beneficios?|descuentos?|ventajas|apoyos? especial(es)?|incentivos?)\b[^.?!]{0,30}\b(podemos|podriamos|puede|pueden|podria|podrian) (recibir|obtener|tener|pedir|aprovechar)\b"
    r"|(能|可以|可)(享受|拿到|获得|申请|领)(到)?(什么|哪些|啥)?(特别|专门)?(的)?(扶持|优惠|支持|福利|补贴|政策)"
    r"|받을 ?수 ?있는 ?(특별 ?|별도 ?|어떤 ?)?(지원|혜택|할인|우대)|(지원|혜택|할인|우대)(을|를|이|은)? ?받을 ?수")


def asks_crew_support(text: str) -> bool:
    """Is the help visiting crews get on site asked (`CREW_SUPPORT_ASKED`), no money named, nor
    incentives by that word ("qué apoyos o incentivos ofrecen a las producciones que llegan del
    extranjero": the incentives)?"""
    folded = fold(text)
    return CREW_SUPPORT_ASKED.search(folded) is not None and MONEY_SUPPORT.search(folded) is None \
        and INCENTIVES_NAMED.search(folded) is None


INCENTIVES_NAMED = re.compile(r"\bincentiv\w*|\bestimulos?\b|优惠政策|優惠政策|扶持政策|激励政策|인센티브|혜택 ?제도")


def asks_money_help(text: str) -> bool:
    """Money given or saved for a shoot here (see `MONEY_HELP`), with the shoot or the side that
    would pay said (`PAYING_SIDE`)."""
    folded = fold(text)
    return bool(MONEY_HELP.search(folded) and (MAKING.search(folded) or PAYING_SIDE.search(folded)))


def asks_set_access(text: str) -> bool:
    """Using Hengdian's sets while carrying its content, however worded (see `SETS_USED`)."""
    folded = fold(text)
    return bool(SETS_USED.search(folded) and CARRIES_CONTENT.search(folded))


PITCHING = re.compile(
    r"\bpitch(es|ed|ing)?\b(?! (deck|black|dark|up|in|a tent|tents))|\bpresent\w* ([\w-]+ ){0,2}(projects?|ideas?|stories|concepts?|slates?|scripts?|co-?productions?)\b"
    r"|\bpitche\w+|\bpresent\w* ([\w-]+ ){0,2}(proyectos?|ideas?|historias|guiones?|coproducciones|propuestas de coproduccion)\b|\bproyectos? (para )?presentar\b"
    r"|推介|推(一下|下)?(我们的|自己的)?项目|路演|提案会|项目提案|提案活动|提案机会|피칭|피치|(기획안|기획서|프로젝트|작품|아이템|공동 ?제작 ?(기획|건|안)?)(을|를)? ?(발표|소개|제안|선보)")
"""Pitching a project ("latino producers to pitch", "que productores presenten proyectos", "推项目",
"路演", "기획안 발표"): the event held for it, whose own name says so (a pitch day, 推介会, 피칭 데이)."""

# Pitching a title to a buyer ("family titles we could pitch to a broadcaster", "algo pa
# presentarle a una televisora", "推给电视台", "방송사에 제안할 만한"): selling a catalog title on,
# not the pitch event for projects.
PITCH_TO_BUYER = re.compile(
    r"\b(pitch|sell|offer|present|take)\w*\b( (it|them|this|that|one))?( \w+)? (to|for|at) (a |an |the |our |my |some |local )?"
    r"(broadcasters?|networks?|channels?|tv|television|platforms?|streamers?|streaming services?|buyers?|stations?|distributors?|clients?)\b"
    r"|\b(presentar|vender|ofrecer|mover|llevar)\w*( (la|lo|las|los))?( \w+)? (a|en) (una |un |la |el |las |los |nuestra |nuestro |mi )?"
    r"(televisoras?|canal(es)?|cadenas?|plataformas?|compradores?|distribuidor(as|es|a)?|clientes?|emisoras?|tele|tv)\b"
    r"|(推给|卖给|推荐给|提供给)(电视台|平台|买家|发行方|客户|频道)"
    r"|(방송사|플랫폼|바이어|채널|배급사)(에|에게|한테) ?(제안|팔|판매|소개|피칭)")
# Pitching done to the partner's own people ("before I pitch anything to my agency", "antes de
# presentarle algo a mi jefe", "跟老板提案之前", "회사에 피칭하기 전에"): what they would pitch is
# asked (our titles), no pitch day of ours
OWN_PITCH = re.compile(
    r"\b(pitch|present|sell)\w*( (it|them|this|that|one|anything|something|some(thing)? \w+))?( \w+)? (to|for) (my|our) "
    r"(agency|agencies|boss|bosses|manager|company|team|client|clients|producers?|director|execs?|executives?|higher-?ups|partners?|investors?|board)\b"
    r"|\b(presentar|proponer|vender|pitchear|ofrecer)\w*( (la|lo|las|los|le|les))?( algo| alguna? \w+)?( \w+)? a (mi|mis|nuestra|nuestro|nuestras|nuestros) "
    r"(agencia|jefe|jefa|jefes|empresa|equipo|cliente|clientes|productora|director|directora|socios?|inversionistas?|inversores?)\b"
    r"|(跟|给|向|对)(我们)?(的)?(公司|老板|领导|客户|甲方|经纪公司|团队|上级)(提案|推荐|汇报|pitch|路演|推介)"
    r"|(회사|상사|대표님?|사장님?|클라이언트|팀|에이전시|소속사|윗선)(에|에게|한테|에다|에다가) ?(피칭|제안|발표|소개)")
# Whether a company named and "you" are one and the same ("横店影视城跟你们是一回事吗 还是两家", "are you
# and Hengdian World Studios the same thing?", "¿ustedes y Hengdian son lo mismo?", "헝뎬 월드 스튜디오랑
# 너네는 같은 거야?"): that company's card says what it is, beside the alliance
SAME_AS_US = re.compile(
    r"\b(same|one and the same|separate|different)\b.{0,30}\b(as )?(you|your|yours|you guys|hisda)\b|\b(you|you guys|y'?all)\b.{0,60}\b(the same|one and the same|separate|two different)\b"
    r"|\b(ustedes|uds|vos|vosotros|tu|la alianza)\b.{0,60}\b(lo mismo|la misma (empresa|cosa|compania|organizacion)|los mismos|son distint\w*|separad\w*)\b"
    r"|\b(lo mismo|la misma (empresa|cosa|compania)|los mismos)\b.{0,40}\b(ustedes|uds|vos|que ustedes)\b"
    r"|(你们|你們|贵方|你哋).{0,20}(是)?(一回事|一码事|一家|同一家|同一个|一个公司|一个单位|两家|兩家|两回事)|(一回事|一码事|同一家|两家|两回事).{0,12}(你们|你們)"
    r"|(너네|너희|니네|당신네|여러분|그쪽|거기)(랑|하고|와|과|는|은|가|이)?.{0,30}(같은 ?(회사|곳|데|거|단체|조직|데야)|한 ?(회사|곳)|별개|따로|두 ?(군데|회사|곳))")
ONE_PARTNER = re.compile(r"\bpartner\b|\bcompany\b|\bco-?host\b|\bsocio\b|\bempresa\b|\bcompania\b"
                         r"|合作方|合作伙伴|合作公司|哪家|파트너|협력사|회사|업체")
"""One partner asked for ("which Korean partner is it?", "¿y cuál es el socio coreano?",
"韩国合作方是哪家？", "한국 파트너는 어디예요?"): with an event in focus, its partner. English and
Spanish plurals ("your partners in Korea") ask for the list instead."""
# (a library of titles is the catalog: "what's in your library overall?", "작품 라이브러리 전반적으로")
CATALOG_NAMED = re.compile(r"catalog|catalogue|slate|line-?up|catalogo|片单|片库|目录|카탈로그|목록|리스트|" + r"\b(your|you guys'?|hisda'?s|the alliance'?s|the studio'?s) (title |content |drama |film |series )?library\b|(작품|콘텐츠|드라마) ?라이브러리")
# (only the partner's own words for *our* library: "your library", "작품 라이브러리"; see `scope.off_topic`)
OUR_LIBRARY = re.compile(r"\b(your|you guys'?|hisda'?s|the alliance'?s|the studio'?s) (title |content |drama |film |series )?library\b|(작품|콘텐츠|드라마) ?라이브러리")
# How the catalog is made up ("카탈로그 전체 구성이 어떻게 되나요", "片单整体构成", "how is the slate broken
# down?"): its overview, even where a catalog FAQ (co-producing a title) shares the words
CATALOG_MAKEUP = re.compile(r"구성|짜여|(카탈로그|목록|라인업|리스트) ?전체|构成|组成|结构|概况|(总体|整体|大致|大概)(情况|介绍|内容)|組成|構成|概況"
                            r"|\bmake-?up\b|\bcomposition\b|\bbreak ?down\b|\bbroken down\b|\boverview\b|\bcompuesto\b|\bcomposicion\b|\bpanorama\b")

# What the catalog holds or is, asked of it as a whole ("¿qué trae el catálogo 2025?", "what does
# your 2025 slate include?", "你们2025片单是啥", "2025 카탈로그에 뭐 들어 있어요?"): its overview, even
# where the year leans to the FAQ of co-producing a title "from the 2025 catalog" (a deal or a
# procedure asked is that FAQ's: "¿cómo licenciamos algo del catálogo 2025?")
CATALOG_CONTENTS = re.compile(
    r"\bwhat('?s| is| does| do)\b.{0,25}\b(in|on|include|includes|contain|contains|hold|holds|have|has|cover|covers|offer|offers)\b(?!.{0,5}\b(for|to)\b)"
    r"|\bwhat('?s| is) (the|your|this|that) (\d{4} )?(catalog|catalogue|slate|line-?up)\W*$"
    r"|\bque (trae|traen|incluye|incluyen|contiene|contienen|tiene|tienen|hay|ofrece|ofrecen|es el|es su|lleva)\b"
    r"|(是啥|是什么|是什麼|有啥|有什么|有什麼|包括|包含|都有|里面有|裡面有|收了|收录)"
    r"|(뭐|무엇|뭣)(이|가)? ?(들어|있|포함|담겨)|(은|는) ?(뭐|무엇)(요|예요|에요|이에요|인가요|입니까)|(어떤|무슨) (작품|게|것|드라마|시리즈)(들)?(이|가)? ?(있|들어)"
    # "어떤 내용이 담겨 있나요", "what exactly does it contain", "具体包含哪些内容": the contents as such
    r"|어떤 (내용|작품|것)(들)?(이|가|을|를)? ?(담겨|담긴|수록|실려|포함|들어)|(내용|구성)(이|은|는)? ?(어떻게|뭐|무엇)"
    r"|(哪些|什么|啥)(内容|作品)")
# How many titles the catalog holds, asked ("how many titles overall?", "¿cuántos títulos hay?",
# "片单一共有多少部", "총 몇 편이에요?")
CATALOG_COUNT = re.compile(r"\bhow many\b|\bcuant[oa]s\b|多少部|几部|多少个作品|多少作品|一共|总共|總共|몇 ?편|총 ?몇|몇 ?개|몇 ?작품"
                           # the number itself named ("the number of titles", "el número de obras", "작품 수는요")
                           r"|\bnumber of (titles|works|dramas|shows|series)\b|\bnumero de (titulos|obras|series|microdramas)\b"
                           r"|(작품|편) ?수(?![가-힣])|(작품|편) ?수(는|가|를|도|만)|作品数|部数")  # (no 수출, 수상, 수입)
# A farewell said with the thanks ("gracias, adiós", "谢谢，再见", "감사합니다 안녕히 계세요",
# "thanks, bye"): the conversation is ending, so the answer is a goodbye, not "anything else?".
FAREWELL = re.compile(r"\b(bye|goodbye|good bye|bye bye|see (you|ya)|take care(?! of)|talk (to you )?(later|soon)|ttyl|ciao)\b"
                      r"|\b(adios|hasta (luego|pronto|la proxima|manana)|chao|chau|nos vemos|cuidate|cuidense)\b"
                      # the partner closing ("that's all", "eso es todo", "就这些", "그게 다예요")
                      r"|\b(that'?s all|that is all|that'?s it|eso es todo|es todo|eso seria todo|nada mas)\b"
                      r"|就这些|就這些|就这样|就這樣|掰|그게 다|이게 다|이상입니다"
                      r"|再见|再見|拜拜|回头见|回頭見|下次见|下次見|改天见|改天見"
                      r"|안녕히 ?(계세요|가세요|계십시오|가십시오)|다음에 (봬요|뵐게요|뵙겠습니다|또 (봬요|뵐게요))|또 (봬요|뵐게요|만나요)|잘 (있어요|계세요)|바이바이"
                      # the sign-offs said with thanks ("thanks, have a good one", "gracias, saludos",
                      # "谢谢，回头聊", "감사합니다 수고하세요"): the thanks close the conversation
                      r"|\bhave a (good|nice|great|lovely) (one|day|evening|night|weekend)\b|\b(cheers|bye) for now\b|\blater\W*$"
                      r"|\b(saludos|un abrazo|hasta la vista|que (tengas|tengan|estes|esten) (un )?(buen|bien|lindo)\w*( dia| fin de semana)?)\W*$"
                      r"|回头聊|回頭聊|下次聊|再会|再會|回见|回見|先这样|先這樣|祝好"
                      r"|수고(하세요|하십시오|하셨습니다|하셨어요|많으셨습니다|많으세요)|좋은 (하루|주말|저녁) ?(되세요|보내세요|되십시오)|들어가세요")
# Every title asked to be shown ("show me all your titles", "browse all titles please", "the full
# list", "todos los títulos", "全部剧目", "작품 전체 목록"): the list itself, page 1 of all genres with
# its count, so "the sixth one" can follow; how many there are, or what the catalog is, is its card.
ALL_TITLES = re.compile(
    r"\b(all|every one of|each of) (of )?(your |the |ur |yr |those |these |ya )?(titles|works|shows|dramas|series|short dramas|productions|projects)\b"
    r"|\b(full|complete|entire|whole) (title |titles |catalog |catalogue )?(list|listing)\b|\b(browse|list|see|view) (them )?(all|everything)\b"
    r"|\btod[oa]s (los |las |sus |tus |vuestros |vuestras )?(titulos|obras|series|microdramas|dramas|producciones|proyectos)\b"
    r"|\b(lista|listado) (completo|completa|entero|entera|de todos|de todas|total)\b|\bver todo el catalogo\b"
    r"|(全部|所有|整个|完整)的?(剧目|劇目|作品|短剧|短劇|片子|剧集|劇集|影片|节目|節目|列表|清单|清單|目录|目錄)|(剧目|劇目|作品)(全部|列表|清单|清單|一览|一覽|目录|目錄)"
    r"|(작품|타이틀|드라마|숏드라마|콘텐츠) ?(전체|전부|모두)|(전체|모든) ?(작품|타이틀|드라마|숏드라마)|전체 ?(목록|리스트)")
# A size asked with every title named ("全部作品有多少", "전체 작품 몇 편", "all your titles, how many?"):
# the count, which the catalog's card states.
TITLES_COUNTED = re.compile(CATALOG_COUNT.pattern + r"|多少|幾|几|몇")
# What kinds of titles there are ("and what kinds?", "¿de qué géneros?", "啥类型都有", "무슨 장르"):
# with the catalog's size asked, its first page answers both (the overview says how many and
# which genres, and "the third one" can follow).
KINDS_ASKED = re.compile(r"\bwhat (kinds?|sorts?|types?|genres?)\b|\bwhich (kinds?|genres?|types?)\b|\bgenres?\b"
                         r"|\bde (que|cual(es)?) (tipos?|generos?|clase)\b|\bque (tipos?|generos?|clase)\b|\bgeneros?\b"
                         r"|类型|题材|种类|장르|종류")
PEOPLE = re.compile(r"\b(\d+|two|three|four|five|six) (people|persons|pax|of us|guests)\b"
                    r"|\b(\d+|dos|tres|cuatro|cinco|seis) personas\b|somos \d+|(\d+|[两三四五六]) ?个人|\d+ ?位"
                    r"|(\d+|[두세네]|다섯) ?명")
TIMEZONE_TALK = re.compile(r"time ?zone|zona horaria|huso horario|\bhora (local|de)\b|时区|时差|시간대|시차|\butc\b|\bgmt\b"
                           r"|i'?m (in|based)|i live|we('re| are) (in|based)|estoy en|vivo en|estamos en|我在|我们在"
                           r"|에 있어|에 살|에서 일해|현지 시간|local time"
                           # times asked to be shown in a named city's clock ("list the times in Lima
                           # time", "ponme los horarios en hora de Madrid", "按东京时间显示",
                           # "시간은 도쿄 기준으로 보여 주세요"): a zone preference
                           r"|\b(show|display|give|list|put|set|write|convert)\b.{0,40}\bin [a-z]+( [a-z]+)? time\b|\bin [a-z]+( [a-z]+)? time,? (please|pls|thanks)\b"
                           r"|\b(muestra|muestrame|mostrar|pon|ponme|ponlos|dame|pasame|escribe|convierte)\b.{0,40}\ben (la )?hora\b"
                           # said to several ("indíquenme las horas en hora peninsular", "pónganme los horarios en hora española")
                           r"|\b(indiquen(me|nos)?|indica(me|nos)|pongan(me|nos|los)?|den(me|nos)|diganme|digannos|muestren(me|nos)?|escriban(me|nos)?|pasen(me|nos)|manejen(me|nos)?)\b.{0,40}\ben (la )?hora\b"
                           # in formal address, "horario" for the clock ("le ruego que me indique todas las horas en
                           # horario peninsular español", "dígame las horas en horario de Canarias"; fixW16)
                           r"|\b(indique(me|nos)?|ponga(me|nos)?|de(me|nos)|digame|diganos|muestre(me|nos)?|escriba(me|nos)?|pase(me|nos)?|indiquen(me|nos)?|pongan(me|nos)?)\b.{0,40}\ben (el )?(hora|horario) (peninsular|de \w+|local|espanol|argentino|mexicano|chileno|colombiano|peruano|canario|del \w+)"
                           r"|\b(las|todas las|los) (horas|horarios|fechas y horas)\b.{0,10}\ben (el )?horario (peninsular|de \w+|espanol|local|canario)\b"
                           # the times wished to be seen in a zone ("quiero ver todos los horarios en hora uruguaya
                           # de ahora en más", "I want all times in Uruguayan time from now on"; fixV26)
                           r"|\b(ver|tener|recibir|leer)\b (todos |todas )?(los |las )?(horarios|horas|fechas)\b.{0,20}\ben (la )?hora\b"
                           r"|\b(want|like|prefer|need|see|get|have|read)\b (all |the |my |our |every )*(times?|dates?|schedules?|hours|everything)\b.{0,20}\bin [a-z]+( [a-z]+)? time\b"
                           r"|(按|用|以|换成|改成|换算成|显示成).{1,8}(时间|钟点)(显示|为准|来|给我|写)?|时间(都)?(按|用|以)"
                           r"|(시간|기준|시각)으로 ?(보여|알려|표시|맞춰|바꿔|적어|써)|시간 ?기준으로|기준 ?시간으로"
                           # formal "안내해 주십시오" ("앞으로 모든 시간은 한국 시간으로 안내해 주십시오")
                           r"|(시간|기준|시각)으로 ?(안내|표기|환산)(해|하여|해서)")
# The partner's clock set in words, with a city ("베이징 시간으로 설정해줘", "중국 본사 기준인
# 베이징으로 시간 설정해줘", "把时间设成首尔时间", "時間設定成北京時間", "set my time to Seoul time",
# "switch to Beijing time please", "cambia la hora a Seúl"): the time-zone setting, whatever the
# classifier made of a foreign city (the router checks a zone is named).
# A kind of partner named to filter the partners ("which partners are streaming platforms?",
# "¿qué socios son plataformas?", "合作伙伴里哪些是平台", "플랫폼 회사는 어디") -> how a partner's
# English `kind` says it (partners.yaml: "Short drama platform", "Technology company (...)").
PARTNER_KINDS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "platform": (re.compile(r"\bplatforms?\b|\bstreaming\b|\bstreamers?\b|\bott\b|\bplataformas?\b|平台|流媒体|플랫폼|스트리밍|ott"),
                 re.compile(r"\bplatform\b")),
    "tech": (re.compile(r"\btech\b|\btechnology (companies|company|firms?|partners?)\b|\b(empresas?|compan\w+) (de )?tecnolog\w*"
                        r"|\btecnologic[ao]s\b|科技(公司|企业|类)|技术(公司|企业)|기술 ?(기업|회사)|테크 ?(기업|회사)|it ?(기업|회사)"),
             re.compile(r"\btechnolog")),
    "production": (re.compile(r"\bproduction (companies|houses)\b|\b(are|is) (a )?(production compan\w+|producers?)\b|\bproductoras\b|制作公司|制片公司|제작사"),
                   re.compile(r"\bproduc(er|tion)\b")),
    "distribution": (re.compile(r"\bdistributors?\b|\bdistribution (companies|company)\b|\bdistribuidoras?\b|发行(公司|商|方)|배급사"),
                     re.compile(r"\bdistribut")),
    "association": (re.compile(r"\b(industry )?associations?\b|\basociacion(es)?\b|协会|협회"),
                    re.compile(r"\bassociation\b")),
}


def partner_kind_asked(text: str) -> str | None:
    """The one kind of partner a message names (`PARTNER_KINDS`), else None."""
    folded = fold(text)
    found = [kind for kind, (asked, _) in PARTNER_KINDS.items() if asked.search(folded)]
    return found[0] if len(found) == 1 else None


# Where the partner is, said in Korean at any level of politeness, nothing asked ("저는 서울에
# 있습니다", "지금 도쿄에 있어요", "부산에 있음", "저희는 서울에서 일하고 있습니다"): their city.
KO_PLACE_STATED = re.compile(r"^\W*(?:(?:저는|전|저희는|저흰|제가|나는|난|지금은?|현재는?|요즘은?|오늘은?|요즘|저도|우리는?)\s*)*"
                             r"[\w ]{1,20}?(?:에|에서)\s*(?:지금\s*|현재\s*)?(?:있습니다|있어요|있어|있음|있다|있는데요?|있답니다"
                             r"|있구요|있고요|지내고 있(?:습니다|어요)|살고 있(?:습니다|어요)|살아요|삽니다|일하고 있(?:습니다|어요)|일해요|근무(?:하고 있|합니|해요)\w*)"
                             r"[.!~ㅎㅋ^\s]*$"
                             # "저 지금 프라하예요", "현재 밀라노입니다": the place itself, with a "now"
                             r"|^\W*(?:저|저는|전|저희|저희는)?\s*(?:지금|현재|요즘)\s*[\w]{1,10}(?:예요|이에요|입니다|이고요|에요)[.!~ㅎㅋ^\s]*$"
                             # "나 토론토야", "난 리마임", "저 밴쿠버예요": the place itself after "I", 반말 or
                             # polite (a city's name must follow for a clock to be set; fixA17)
                             r"|^\W*(?:나|난|나는|저|저는|전|우리|우린|우리는|저희|저흰|저희는)\s+[\w]{1,10}?(?:이야|야|임|이에요|예요|에요|입니다|이다|다|이거든|거든)(?:요)?[.!~ㅎㅋ^\s]*$")
# Where the partner is, said alone in a short message, the place in group "place" ("나 토론토야",
# "toronto here btw", "yo ando en Toronto", "acá andamos en Lima", "我人在温哥华", "I'm in Toronto
# now"): the clock to show times in, once the place is a city or country we know (fixA17)
PLACE_STATED = re.compile(
    r"^\W*(?:나|난|나는|저|저는|전|우리|우린|우리는|저희|저흰|저희는)\s+(?:지금\s*|현재\s*)?(?P<ko>[\w]{1,10}?)(?:이야|야|임|이에요|예요|에요|입니다|이다|이거든|거든)(?:요)?[.!~ㅎㅋ^\s]*$"
    r"|^\W*(?:(?:hi|hey|hello|ok|btw|fyi|oh|and)\W+)?(?:i'?m|i am|im|we'?re|we are|were)\s+(?:now\s+|currently\s+|actually\s+|based\s+)?(?:in|at|out of)\s+(?P<en1>[\w .'-]{2,30}?)(?:\s+(?:now|btw|right now|these days|atm|lol))?\W*$"
    r"|^\W*(?P<en2>[\w .'-]{2,30}?)\s+(?:here|based)(?:\s+(?:btw|fyi|lol|now))?\W*$"
    r"|^\W*(?:(?:hola|oye|ok|ojo|ah)\W+)?(?:yo\s+|nosotros\s+|aca\s+|aqui\s+|ahorita\s+|ahora\s+)*(?:ando|andamos|estoy|estamos|vivo|vivimos|quedo|quedamos|me encuentro|nos encontramos)\s+(?:ahora\s+|ahorita\s+)?(?:en|por)\s+(?P<es>[\w .'-]{2,30}?)(?:\s+(?:ahora|ahorita|eh|jaja))?\W*$"
    r"|^\W*(?:我|我们|我們|俺)(?:人|现在|現在|目前|而家|依家)?(?:人)?(?:在|喺)(?P<zh>[\w]{2,8}?)(?:呢|喔|哦|啊|啦|嘅|哈|哈哈)?\W*$")


def place_stated(text: str) -> str | None:
    """The place a short message says the partner is in (`PLACE_STATED`), as written, else None."""
    m = PLACE_STATED.search(fold(text))
    if m is None:
        return None
    start, end = next(m.span(g) for g in ("ko", "en1", "en2", "es", "zh") if m.group(g))
    return text[start:end] if len(fold(text)) == len(text) else m.group(m.lastgroup or 0)
# The zone the partner lives on, stated as theirs ("I'm on Beijing time", "estoy en hora de Lima",
# "我这边是北京时间", "저는 서울 시간 기준이에요"), wherever in the message: beside a question of an
# hour ("what time does it start? I'm on Tokyo time") it is the clock to answer in (`router.
# clock_asked_on_zone`), not a request to set the zone and drop the question
ZONE_STATED = re.compile(r"\b(i'?m|i am|we'?re|we are|i live|we live|i work|we work|i go|we go) (on|by) [a-z]+( [a-z]+)?( standard)? time\b"
                         r"|\b(estoy|estamos|vivo|vivimos|trabajo|trabajamos|me manejo|nos manejamos|me rijo|nos regimos) (en|con|por) (el |la )?(horario|hora|huso horario) (de|del|peninsular|local)\b"
                         r"|\b(aca|aqui|alla|por aca|por aqui) (es|son|estamos en) (la )?(hora|horario) (de|del)\b"
                         r"|(我|我们|我們|俺|俺们|咱|咱们|我哋)(这边|這邊|这里|這裡|那边|这儿)?(用|按|是|走)(的)?[^，。？?!！]{1,8}(时间|時間|时区|時區)"
                         r"|(저는|전|저희는|우리는|제 ?쪽은|여기는|저희 ?쪽은) [^.?!]{1,12}시간 ?(기준|대)?(이에요|입니다|예요|이고|이니까|으로|이라서|이거든요)")
SET_CLOCK = re.compile(r"\bset (my |the |our )?(time|clock|timezone|time zone)s?\b|\b(switch|change|set|move) (it |me |us |everything |my clock |the clock )?(to|into|over to) [a-z]+( [a-z]+)? time\b"
                       # "please use Mountain time for me", "go by Pacific time", "show times in Eastern time"
                       r"|\b(use|go by|work in|show (me )?(the |all (the )?)?(times?|dates?|everything) (in|on)) [a-z]+( [a-z]+)? time (for (me|us|everything|all)|from now on|please|pls)\b"
                       r"|\b(please |pls |kindly )(use|go by) [a-z]+( [a-z]+)? time\b"
                       # the clock put on a zone ("put my clock on Central time", "set our clocks to Lima time")
                       r"|\b(put|set|switch|keep|have) (my |the |our )?(clock|clocks|watch|times) (on|to|onto|in) [a-z]+( [a-z]+)? time\b"
                       # the zone they live on, stated ("I'm on Saskatchewan time, use that for any times",
                       # "estoy en hora de Lima, dame las horas así", "我这边用温哥华时间", "저는 밴쿠버 시간 기준이에요")
                       r"|\b(i'?m|i am|we'?re|we are|i live|we live|we work) (on|by) [a-z]+( [a-z]+)? time\b|\buse (that|it|this|that one) for (any|all|the) (times|dates)\b"
                       r"|\b(estoy|estamos|vivo|vivimos|trabajo|trabajamos|me manejo|nos manejamos) (en|con|por) (el |la )?(horario|hora|huso horario) (de|del)\b"
                       r"|(我|我们|我們)(这边|這邊|这里|這裡)?(用|按|是|走)(的)?[^，。？?]{1,8}(时间|時間|时区|時區)(?![^，。]{0,4}(吗|嗎|几点|幾點|几号|多少|什么时候))"
                       r"|(저는|전|저희는|우리는|제 ?쪽은|여기는) [^.?!]{1,12}시간 ?(기준|대)(이에요|입니다|예요|이고|이니까|으로)"
                       # (and in formal address, "configure mi horario con la hora del Perú", "pónganme la hora de Quito"; fixS19)
                       r"|\b(pon|ponme|poneme|pone|configura|configurame|cambia|cambiame|ajusta|ajustame|pasa|pasame|usa|usame|usen|maneja|manejame|manejen"
                       r"|configure|configureme|configuren|configurenme|ponga|pongame|pongan|ponganme|cambie|cambieme|cambien|cambienme"
                       r"|ajuste|ajusteme|ajusten|ajustenme|utilice|utilicen|maneje|manejeme)\b.{0,20}"
                       r"\b(hora|horario)\b.{0,6}\b(de|a|en|del)\b"
                       r"|(时间|时区|钟点)(帮我|给我|请|麻烦|帮忙|都|全)?(设|设置|设定|调|改|换|定)(成|为|到)|(设|设置|设定|调|改|换)(成|为|到).{1,8}(时间|时区)(?!.{0,4}(几点|几号|多少|什么时候))"
                       r"|(時間|時區)(幫我|給我|請|麻煩|幫忙|都|全)?(設|設置|設定|調|改|換|定)(成|為|到)|(設|設置|設定|調|改|換)(成|為|到).{1,8}(時間|時區)(?!.{0,4}(幾點|幾號|多少|什麼時候))"
                       r"|(시간|시각|시간대|기준)(으로|을|를|은)? ?(좀 )?(설정|세팅|맞춰|맞추|바꿔|변경)(?!.{0,8}몇 ?시)|(으로|로) (시간|시간대|시계)(를|을)? ?(좀 )?(설정|세팅|맞춰|맞추|바꿔|변경)(?!.{0,8}몇 ?시)")


# How to take part, asked of what is in focus ("how do we get involved?", "¿y cómo participo?",
# "具体怎么参加？", "참여하려면 어떻게 해요?"): the way into that programme, read on the folded text.
TAKE_PART = re.compile(r"\bhow (do|can|could|would|should|does) (i|we|one|you|my \w+|our \w+) (actually |even |then |now |just |ever )?(take part|participate|join|get involved|get in|sign up|apply|be part|enrol|enroll|register)\b"
                       r"|\bhow to (take part|participate|join|get involved|apply|sign up|register)\b|\bhow do (i|we) get (in|on board)\b"
                       r"|\bcomo (participo|participamos|participar|puedo participar|podemos participar|nos unimos|me uno|me sumo|nos sumamos"
                       r"|entramos|entro|aplicamos|aplico|postulamos|postulo|formamos parte|formo parte|nos inscribimos|me inscribo"
                       r"|me apunto|nos apuntamos|me anoto|nos anotamos|me registro|nos registramos|me postulo|nos postulamos|postularme|postularnos|aplicar|postular)\b"
                       # "¿cómo hago para postularme?", "¿qué tengo que hacer para aplicar?", "¿dónde me postulo?"
                       r"|\bcomo (hago|hacemos|le hago|le hacemos|seria|es) (para|pa) (postular|aplicar|participar|inscribir|entrar|unir|sumar|apuntar|anotar|registrar)\w*"
                       r"|\bque (tengo|tenemos|hay|tendria|tendriamos) que hacer (para|pa) (postular|aplicar|participar|inscribir|entrar|unir|sumar|apuntar|anotar|registrar)\w*"
                       r"|\bdonde (me |nos )?(postulo|postulamos|aplico|aplicamos|inscribo|inscribimos|me anoto|me apunto)\b"
                       r"|\bwhat (do|would|should) (i|we) (need to |have to )?do to (apply|join|sign up|get in|take part|participate)\b|\bwhere (do|can|should) (i|we) (apply|sign up|register)\b"
                       r"|(在)?(哪里|哪儿|哪裡|哪兒|喺边度|喺邊度)(报名|報名|申请|申請)|(报名|報名|申请|申請)(方式|流程|步骤|步驟|途径|途徑)|(点样|點樣)(报名|報名|申请|申請|参加|參加|加入)"
                       r"|어디(서|에서|로) ?(신청|지원|접수)|(신청|지원|접수)(은|는)? ?어디(서|에서|로)"
                       r"|(怎么|如何|怎样|咋)(才能|样才能|去)?(参加|参与|加入|报名|申请)|(参加|参与|加入)(的)?(方式|流程|步骤|途径)"
                       r"|어떻게 (해야 )?(참여|참가|지원|신청|가입)|(참여|참가|지원|신청|가입)(하려면|하고 싶으면|하는 방법|방법)"
                       r"|(참여|참가|지원|신청|가입)(은|는) ?어떻게"
                       # the partner's company as the one getting in ("y mi productora, ¿cómo se une?", "how
                       # does a small outfit like ours get in?", "我们这种小公司怎么进", "저희 같은 업체도
                       # 들어갈려면"): the way in, said without naming what is joined
                       r"|\bhow (do|can|could|would|does) (a|an|my|our) ([\w-]+ ){0,2}(company|studio|outfit|firm|team|house|distributor)"
                       r" (join|get in|sign up|come on board|become a member)\b"
                       r"|\bcomo (se une|se unen|se suma|se suman|se afilia|se afilian|se mete|se meten|se inscribe|se apunta|entra)\b"
                       r"|(怎么|如何|怎样|咋)(才能|样才能)?(进去|进来|入伙|入会|加进来|加进去)"
                       r"|들어[가갈](려면|라면|려고 하면|고 싶으면)|끼려면|합류하려면|함께하려면")


# A way asked for, not a list: "any path to that?", "¿hay un camino?", "有什么路子/办法", "그쪽으로 가는
# 길이 있나요?", "방법이 있을까요?".
ROUTE_ASKED = re.compile(r"\b(any|a|the) (path|route|way in|avenue)s?\b|\bcamino\b|\bvia\b|\bruta\b|路子|办法|途径|渠道|门路|方法"
                         r"|가는 ?길|길이 있|방법|방안|루트|경로")


# Dubbing or subtitling asked for as work someone does ("anyone who can do Spanish dubbing?", "¿quién
# nos hace el doblaje?", "能做西语配音的团队", "스페인어 더빙 작업 해줄 수 있는 데"), or an audience to reach
# ("could any of these reach Spanish-speaking viewers?", "스페인어권 시청자한테도 갈 수 있는"): the way
# to that market (the Spanish-distribution FAQ), not which titles come in that language.
LANGUAGE_WORK = re.compile(
    r"\b(dubbing|subtitling|subtitles?|dub)\b.{0,30}\b(work|job|services?|done|compan(y|ies)|studios?|vendors?|house|partners?)\b"
    r"|\b(who|someone|anyone|somebody|can you|could you|help (us|me)|someone to)\b.{0,30}\b(dub|dubbing|subtitle|subtitling)\b"
    r"|\b(doblaje|subtitulado|subtitulaje|doblar|subtitular)\b.{0,30}\b(servicios?|trabajo|empresas?|estudios?|quien|alguien|hacer|hagan|haga)\b"
    r"|\b(quien|alguien|pueden|podrian|ayudan|ayudarian|hacen|hagan|haga|hace)\b.{0,30}\b(doblaje|subtitulado|subtitulaje|doblar|subtitular)\b"
    r"|(配音|字幕|译制)(服务|工作|制作|公司|团队|业务)|(做|能做|帮忙做|帮我们做|负责|提供|找人做|找谁做)[^，。？?]{0,8}(配音|字幕|译制)"
    r"|(더빙|자막)[^.?!]{0,10}(작업|서비스|업체|회사|해 ?줄|해 ?주|맡|제작)"
    # an audience reached, not a language a title comes in
    r"|\b(reach|get to|travel to|work for|sell to|land with)\b.{0,25}\b(spanish|latin|hispanic|latino)[- ]?(speaking )?(audiences?|viewers|markets?|public)\b"
    r"|\b(llegar|llegue|lleguen|funcionar|funcione|funcionen|vender|venderse|entrar)\b.{0,25}\b(al )?(publico|audiencia|mercado|espectadores)s? (hispan\w*|latin\w*|de habla hispana)"
    r"|(发|卖|推|做|进|打入|进入|触达|发行|走向)到?(西语|拉美|西班牙语)(国家|地区)?(观众|市场|受众)?"
    r"|(스페인어권|중남미|남미|라틴) ?(시청자|관객|시장)(한테|에게|에|으로|로)?(도)? ?(갈|가|통할|먹힐|팔|내보낼|나갈)")


# How to get a quote ("how do we ask for a quote?", "¿cómo pedimos un presupuesto?", "怎么申请报价",
# "견적은 어떻게 받을 수 있습니까?", "who do I ask for an estimate?"): the way to ask, which a procedure
# says, not the sum, which stays the honest price gap ("how much is the quote?", "报价多少")
QUOTE_WORD = re.compile(r"\b(quotes?|quotations?|estimates?|price lists?|rate cards?)\b|\bpresupuestos?\b|\bcotizaci|\bcotizar"
                        r"|\b(lista de precios|tarifario)\b|报价|报个价|询价|估价|价目表|价格表|견적|가격표|요금표")
QUOTE_HOW = re.compile(
    r"\bhow (do|can|could|would|should|to|does one)\b.{0,40}\b(ask|get|request|obtain|receive|go about)\b|\bhow to (ask|get|request|obtain)\b"
    r"|\b(who|where|whom) (do|should|can|could) (i|we|one) (ask|contact|write|talk|go|send|request|get)\b|\bwhat (do|should|must) (i|we) (send|include|provide|attach)\b"
    r"|\b(can|could|may) (i|we) (get|have|request|ask for|receive)\b|\b(i|we)('d| would) like (to (get|request|ask for|receive)|a)\b|\bprocess (for|of) (getting|requesting)\b"
    r"|\bcomo (\w+ )?(pido|pedimos|pedir|pedirle|se pide|solicito|solicitamos|solicitar|se solicita|consigo|conseguimos|conseguir|obtengo|obtenemos|obtener|saco|sacamos|sacar|recibo|recibimos|hago para|hacemos para)\b"
    r"|\b(a quien|donde|con quien) (le |les )?(pido|pedimos|pedirle|solicito|solicitamos|escribo|escribimos|mando|mandamos|consigo|conseguimos|obtengo|obtenemos|encuentro)\b"
    r"|\b(puedo|podemos|podria|podriamos|quisiera|quisieramos|quiero|queremos) (pedir|solicitar|recibir|obtener|tener|conseguir)\b"
    r"|\bque (les |le )?(tengo|tenemos|hay) que (mandar|enviar|incluir|adjuntar)\b|\b(proceso|tramite|pasos) para (pedir|solicitar|obtener)\b"
    r"|(怎么|怎样|如何|咋|去哪|在哪|哪里|找谁|向谁|跟谁|问谁).{0,6}(申请|要|拿|获取|获得|索取|询|问|出|做)?.{0,4}(报价|报个价|询价|估价|价目表|价格表)"
    r"|(申请|索取|获取|拿到|获得|要一?个|要一份)[^，。？?]{0,6}(报价|估价|价目表|价格表)|(报价|估价|价目表|价格表)单?[^，。？?]{0,2}(要|得|需要|该|应该)?(怎么|如何|找谁|向谁|问谁|联系谁|去哪)"
    r"|(견적|가격표|요금표)(을|은|는|서|서를|서는|을요)? ?(어떻게|어디(서|에)|누구(한테|에게))|(어떻게|어디서|어디에|누구한테|누구에게).{0,12}(견적|가격표|요금표)"
    r"|(견적|가격표|요금표)(을|를|서를|서)? ?(받|요청|문의|신청)(하려면|으려면|을 수|할 수|하고 싶|고 싶|하면|드리려면)"
    # someone asked to give one ("有没有人能直接给我报个价？", "能不能找人给我们报个价", "¿alguien me puede
    # pasar un presupuesto?", "¿me podés mandar una cotización?"): the way to ask for it (fixU16)
    r"|(给|帮|替|跟)(我|我们)(直接)?(报|出|做|估|算)(个|一个|一下|一份|下)?(价|报价|估价)"
    r"|\b(alguien|ustedes|usted|vos|tu) (me |nos )?(puede|pueden|podria|podrian|podes|podeis|puedes)( me| nos)? (pasar|dar|mandar|enviar|hacer|preparar|armar)\b"
    r"|\b(me|nos) (puede|pueden|podria|podrian|podes|podeis|puedes) (pasar|dar|mandar|enviar|hacer|preparar|armar)\b"
    # the quote named first, the way after ("拍摄报个价，怎么弄？", "견적 요청은 어디로 하나요?", "un
    # presupuesto, ¿a quién se lo pido?", "can you send us a quote?")
    r"|(报价|报个价|询价|估价)[^。？?]{0,4}(怎么|咋|如何|找谁|问谁|向谁)(弄|办|搞|做|申请|要|操作|走|联系|提)?"
    r"|(견적|가격표|요금표) ?(요청|문의|신청)?(은|는|을|를)? ?(어디로|어디에|어디서|어떻게|누구)"
    r"|\b(a quien|donde|con quien) (se lo |se la |se los |se las )(pido|pedimos|solicito|solicitamos|mando|mandamos)\b"
    r"|\b(send|give|make|prepare|draw up) (us|me) (a |an )?(quote|quotation|estimate|price list)\b")
# ...and what a quote's sum is ("how much is the quote?", "¿de cuánto es el presupuesto?", "报价多少")
QUOTE_SUM = re.compile(r"\bhow much\b|\bballpark\b|\brough (figure|number)\b|\bcuant[oa]s?\b|\bde cuanto\b|\bmonto\b|多少|几多|大概|大约|얼마|\bcheap|\bbarat|便宜|싸")


def asks_how_to_get_a_quote(text: str) -> bool:
    """Does the message ask how to ask for a quote (a procedure), not what it comes to (a price)?"""
    folded = fold(text)
    return bool(QUOTE_WORD.search(folded) and QUOTE_HOW.search(folded)) and not QUOTE_SUM.search(folded)


HOW = re.compile(r"\bhow (can|do|does|should|would|to|could)\b|\bcomo (puedo|podemos|puede|pueden|hago|hacemos|se|hace)\b"
                 r"|怎么|怎样|如何|어떻게|방법")
"""A how-question asks for a procedure: a list of records never answers it, a FAQ can."""
BROWSE = re.compile(r"\bshow me (the|some|your)\b|\blet'?s see\b|\bnow (the|some)\b|\b(a ver|ahora|muestrame|pasame) (las|los|unas|unos)\b"
                    r"|再看看|看看.{0,6}的\W*$|换成|换个|来点|列一下|보여 ?(줘|주세요|주십시오)|도 보여|으로 바꿔")
"""Browsing another part of the list ("now the mysteries", "再看看悬疑的"): a genre named asks
for that list, not whether the title in focus is of that genre."""
SERVICES: tuple[str, ...] = (
    r"\bextras\b|background (actors|talent)|figurante|群演|群众演员|临演|临记|臨記|보조 ?출연|엑스트라",
    # (and the kit itself: "can we rent lights and cameras there?", "¿se consigue equipo allá? luces, cámaras")
    (r"equipment|\bgear\b|\b(camera|lighting|grip) (kit|package)|alquiler de equipo|(?<=, )equipo(?=,| y\b| e\b| ?\?)|\bequipos\b(?! (extranjer\w*|de (fuera|afuera|otros? pais\w*)|internacional\w*|visitantes|que (viene|vienen|llega|llegan|rued\w*|film\w*|grab\w*)))|器材|设备|장비"
     r"|(?<!roll )(?<!rolling )(?<!roll our )(?<!roll the )\b(lights|lighting|cameras|luces|iluminacion|camaras|gruas?|dollys?)\b|\bequipo (alla|aca|ahi|alli|de (rodaje|filmacion|iluminacion|camara))\b"
     # the kit hired said as "material" ("alquiler de material", "rentar material de rodaje")
     r"|\b(alquiler|renta|alquilar|rentar) (de )?(material|equipamiento)\b|\bmaterial (de rodaje|de filmacion|tecnico)\b"
     # a drone hired there is kit too ("do you rent out drones on site?"; flying one is a permit, `REGULATED_PATTERN`) (play30)
     r"|\b(rent|rents|renting|hire|hiring|alquil\w*|rent(a|an|ar)) (out )?(a |an |some |any |un |una |unos )?(drones?|dron(es)?)\b|租(用|借)?无人机|드론 ?(대여|렌탈|빌)"),
    # (someone to carry the words across: "alguien q traduzca", "말을 옮겨 줄 사람")
    r"interpret|translat|traduct|traduzc|翻译|通译|傳譯|传译|통역|번역|말(을)? ?옮겨 ?(줄|주|줘|드릴)",
    r"costume|\bprops\b|vestuario|utileria|服装|道具|의상|소품",
    # (and where the crew sleeps, said by its verb: "¿dónde dormimos?", "where do we sleep", "住哪"; para25)
    r"accommodation|\bhotels?\b|lodging|(?<!dressing )(?<!meeting )\brooms\b|alojamiento|hospedaje|住宿|酒店|宾馆|숙소|호텔"
    r"|\bdonde (dormimos|dormiriamos|nos quedamos|nos alojamos|nos hospedamos)\b|\bwhere (do|would|will|can) (we|the crew|the team) (sleep|stay)\b",
    # (the crew found or hired there: "técnicos locales", "找剧组人员", "현지 인력")
    (r"local crew|crew (hire|on the ground)|\b(hire|find|get|source|book|engage|supply|recruit|provide)( out)? (us )?(with )?(a |an |some |a few |a couple( of)? |two |three )?(local )?(crew|crew members|technicians|electricians|sparks|gaffers?|grips?|drivers?|riggers?|runners?)\b"
     r"|equipo tecnico local|\b(tecnicos|personal|equipo humano|staff|equipo) (tecnico )?local(es)?\b|\blocal (staff|technicians|hands|crew members|people|electricians|sparks|gaffers|grips|drivers|riggers)\b|\b(conseguir|contratar|buscar|facilitar|proporcionar|poner)(nos|me)? (a )?(tecnicos|personal tecnico|equipo tecnico|choferes|conductores|electricistas|tramoyistas)\b"
     r"|(本地|当地)的?(工作人员|剧组人员|技术人员|场工|场务|人手)|(找|招|请|雇)(几|两|一|三)?(个|些|点|位|名)?(当地的?|本地的?)?(剧组人员|工作人员|人手|技术人员|灯光师|摄影师|场务|司机)"
     # (a crew found there is a local one: "找当地剧组", "请个本地班底"; our own crew is no service)
     r"|(找|招|请|雇|组)(个|些|点)?(当地|本地)的?(剧组|班底|团队|摄制组)"
     # (the one who will do another service is that service's: "말을 옮겨 줄 인력" is an interpreter)
     r"|현지 ?(스태프|인력|크루|기술진)|(?<!줄 )(?<!줄)(스태프|인력|크루)(를|을|도)? ?(구|섭외|소개)"
     # (the people asked beside the kit, one verb for both: "촬영 스태프랑 조명 장비 구할 수 있나요?")
     r"|(?<!줄 )(?<!줄)(스태프|인력|크루)(랑|이랑|하고|와|과|,) ?[^?.]{0,15}(구할|구해|섭외|빌릴)"),
)
_SERVICES_RX = _patterns(SERVICES)
"""Kinds of on-site service; a message naming two or more asks for the services a visiting crew
can get in Hengdian ("can you sort extras, gear hire and an interpreter?")."""
# One such service asked whether it can be had there ("群演好找吗", "横店能找到群众演员吗", "보조출연자
# 구할 수 있어요?", "can we get extras there?", "¿se consiguen figurantes?"): the same services
SERVICE_FINDABLE = re.compile(r"好找|难找|好请|难请|请得到|好招|难招|好雇|找得到|能找到|可以找到?|找不找得到|容易找|有没有|有吗|能不能(找|请|租|安排)|能(请|租)到|(能|可以|帮忙|帮我们)安排"
                              r"|구할 수|구하기|구해|섭외(가|할 수)|있어요|있나요|있습니까|되나요|가능"
                              r"|\b(can|could) (we|i|you) (get|find|hire|book|rent|source|arrange)\b|\b(easy|hard) to (get|find|hire)\b"
                              r"|\bare there (any )?(local )?\w+ (available|for hire)\b"
                              r"|\bse (consiguen|consigue|pueden conseguir)\b|\b(hay|tienen) (figurantes|extras|equipos|interpretes|traductores)\b")


# One service asked to be had there ("can we rent lights and cameras there?", "¿se consigue equipo
# allá?", "do you have interpreters?"): whether it can be arranged, not what it costs.
SERVICE_HAD = re.compile(r"\b(can|could) (we|i|you|the crew|our crew|the team|our team|crews) (get|rent|hire|find|book|arrange|source)\b|\b(is|are) there\b|\bdo (you|u|you guys) (have|provide|offer|arrange|rent|hire|supply|source|find|get)\b|\b(is it|it'?s) possible to (hire|rent|get|find|book|arrange|source|engage)\b"
                         r"|\b(rent|rents|renting|hire|hires|hiring) out\b"
                         r"|\bavailable\b|\bse (consigue|consiguen|puede conseguir|pueden conseguir|alquila|alquilan|renta|rentan|contrata|contratan)\b"
                         r"|\b(hay|tienen|consiguen|ofrecen|proporcionan|disponible|disponibles)\b|\bpueden (conseguir|proporcionar|facilitar)\b"
                         r"|\b(alquilar|rentar|contratar|conseguir)\b|能(租|找|安排|提供)|有没有|可以(租|找|安排)|(能|可以|能不能)(帮|给|替)(我们|我|咱们|咱|剧组)?(租|找|安排|请|雇)|(구할|빌릴|섭외할) 수|있나요|있어요"
                         # ("剧组能不能在当地租到摄影器材": whether the kit can be had there, a place between)
                         r"|能不能(在[^，,。？?]{1,6})?(租|找|安排|提供)")
# A stay or an interpreter asked to be ARRANGED for the crew ("can u arrange interpreters for 12
# people", "¿nos pueden buscar alojamiento para 20 personas?", "可以幫忙安排翻譯嗎", "호텔 잡아줄 수
# 있는지도"): the on-site services that arrange them (not the languages the bot speaks, nor a
# booking refusal); no language named, no price asked
SERVICE_ARRANGED = re.compile(
    r"\b(arrange|sort( us)? out|organi[sz]e|book|get us|find us|provide|set up|line up|help (us )?(with|find|get|book))\b"
    r"|\b(buscar|busquen|conseguir|consigan|consiguen|gestionar|organizar|reservar|arreglar|coordinar|proporcionar|facilitar)\b"
    # (asked of the team, "¿el alojamiento lo gestionáis vosotros?", "¿lo organizan ustedes?")
    r"|\b(gestionan|gestionais|organizan|organizais|reservan|reservais|coordinan|coordinais|arreglan|arreglais|buscais|conseguis)\b"
    # (or seen to by them rather than us: "¿el hotel lo ven ustedes o nosotros?", "lo resuelven ustedes"; para25)
    r"|\b(lo|la|los|las|eso) (ven|veis|manejan|manejais|resuelven|resolveis|hacen|haceis|ponen|poneis) (ustedes|vosotros|uds)\b"
    r"|安排|帮忙|帮我们|帮我|代订|预订|预定|订|找|提供"
    r"|잡아|구해 ?(줄|주|줘|드)|준비해|예약해|마련|섭외|알아봐|연결해|해 ?줄 수|해 ?주실 수")


def service_arranged(text: str) -> bool:
    """A stay or an interpreter asked to be arranged: one on-site service, as the services incentive."""
    folded = fold(to_simplified(text)[0])
    if not (re.search(SERVICES[4] + "|" + SERVICES[2], folded) and SERVICE_ARRANGED.search(folded)
            and not LANGUAGE_NAMED.search(folded) and not re.search(r"\b(price|cost|rate|precio|cuesta|tarifa)s?\b|价格|多少钱|费用|가격|요금|얼마", folded)):
        return False
    if _OWN_PAPER_TRANSLATED.search(folded) or _ERRAND_FOR_ME.search(folded):
        return False  # ("帮我翻译一下这份合同", "book me a hotel", "好订酒店": the partner's own errand or reason; off topic)
    from intents.timezones import places_named  # (timezones reads this module: imported at use)
    # ("can you book me a hotel in Atlanta for Friday", "下周上海的酒店": a stay in a town that is not
    # Hengdian, none of the on-site services)
    return not any(not re.search(r"hengdian|dongyang|横店|东阳|헝뎬|둥양", folded[start:end])
                   for start, end, _ in places_named(folded))


# An errand for the writer alone ("book me a hotel", "resérvame un hotel", "帮我订酒店", "호텔 예약해줘")
# or a stay as the reason for asking ("…好订酒店", "so I can book a hotel"): not a crew's stay arranged
_ERRAND_FOR_ME = re.compile(
    r"\b(book|get|find|reserve) me\b|\bso (i|we) can (book|reserve)\b|\b(reservame|consigueme|buscame|apartame)\b|\bpara (poder )?reservar\b"
    r"|(帮|幫|给|給)我(订|訂|预订|預訂|预定|找)|好(订|訂|预订|預訂|定)(酒店|房|住)"
    r"|(예약|잡아) ?(해)? ?줘(요)?\b|예약해줘")


# The partner's own paper to be translated ("translate this contract for me", "tradúceme este
# documento", "帮我翻译一下这份合同", "이 계약서 번역해 줘"): a task asked of the bot, no interpreter on
# site. A paper of theirs (THEIR_TEXT_TO_TRANSLATE), or any translating asked of the bot itself: beside
# a crew's stay or interpreter our answer is never what is to be translated (elsewhere "翻译一下" /
# "번역해 줘" may ask for our answer in another language, so these forms stay out of that table).
_OWN_PAPER_TRANSLATED = re.compile(
    THEIR_TEXT_TO_TRANSLATE.pattern
    + r"|(翻译|翻譯)一下|(翻译|翻譯)(这|這|这份|這份|这个|這個|我的|一下这)|번역해 ?(줘|주세요|줄래)")


# A stay or an interpreter asked alone is its own question (hotels: an honest gap; an interpreter:
# the languages FAQ), not the services incentive
NOT_ONE_SERVICE = re.compile(SERVICES[4] + "|" + SERVICES[2])


# People and kit asked for together ("crew and equipment", "equipo técnico y gente", "设备和人员",
# "장비하고 인력", either one or the other: "스태프나 장비 같은 거"): two services, though "crew" or "人员" alone names none (every crew is someone's)
PEOPLE_AND_KIT = re.compile(
    r"\b(crews?|staff|people|personnel|manpower|technicians|hands)( members)? (and|&|plus|\+|or) (the )?(equipment|gear|kit)\b"
    r"|\b(equipment|gear|kit) (and|&|plus|\+|or) (the )?(crews?|staff|people|personnel|manpower|technicians|hands)\b"
    r"|\b(equipo tecnico|equipo humano|personal|gente|tecnicos|mano de obra) (y|o|mas) (el |los )?(equipos?|equipamiento|material|gente|personal)\b"
    r"|\b(equipos?|equipamiento|material) (y|o|mas) (el |la )?(personal|gente|tecnicos|mano de obra|equipo humano)\b"
    r"|(设备|器材)(和|跟|与|及|还有|以及|、|加)(人员|人手|人力|工作人员|技术人员|剧组人员|技术团队)"
    r"|(人员|人手|人力|工作人员|技术人员)(和|跟|与|及|还有|以及|、|加)(设备|器材)"
    r"|장비 ?(하고|랑|와|및|,|나|이나|든지)? ?(인력|스태프|인원|기술진)|(인력|스태프|인원|기술진) ?(하고|이랑|랑|과|및|,|나|이나|든지)? ?장비")


@lru_cache(maxsize=READINGS_KEPT)
def services_named(text: str) -> int:
    folded = fold(text)
    named = sum(1 for rx in _SERVICES_RX if rx.search(folded))
    return max(named, 2) if PEOPLE_AND_KIT.search(folded) and not OWN_KIT.search(folded) else named


# The crew's own people and kit, brought along ("we bring our own crew and gear", "我们自己带设备和
# 人员", "장비랑 인력은 저희가 데려가요"): nothing asked to be provided on site
OWN_KIT = re.compile(r"\b(our|my) own\b|\bbring(ing)? (our|my|along)\b|\b(llevamos|traemos|llevariamos|trae?riamos)\b|\bpropi[oa]s?\b"
                     r"|自己带|自带|带(着)?(自己的|我们的|自家的)|(我们|我方)自己的"
                     r"|(저희|우리)(가|도|는)? ?(직접 |다 )?(가져|챙겨|데려|데리고)|(가져|데려|데리고) ?(가|갈|와)|자체 ?(장비|인력|스태프)"
                     # a headcount is the crew's own ("get 12 crew plus gear there", "40人和设备",
                     # "12명이랑 장비"), and so are people and kit taken there ("get … down to Hengdian")
                     r"|\b\d+ ?(crew|people|persons|pax|staff|personas|tecnicos)\b|\d+ ?(个人|个|人|名|位|명)"
                     r"|\b(get|bring|take|move|ship|fly|transport|carry)\b.{0,40}\b(there|down|over|across)\b"
                     r"|\b(llevar|trasladar|mover|transportar)\b")


ON_SITE = re.compile(r"\blocally\b|\blocal (crews?|staff|technicians|hands|grips|gaffers|drivers)\b|\b(personal|tecnicos|equipo|staff)( tecnico)? local(es)?\b|\bon[- ]site\b|\bon the ground\b|\bon location\b|\bin situ\b|\bonce (we'?re|we are|they'?re|they are|you'?re) (there|in)\b"
                     r"|\b(out|over) there\b|\bon the spot\b|\b(en el lugar|en el sitio|en sitio|en terreno|sobre el terreno|localmente|alla|alli|una vez ahi|ahi mismo)\b"
                     r"|当地|现场|本地|驻地|到了横店|현지|현장"
                     # the place reached ("我們一到那邊可以幫忙安排哪些東西": once there, on site)
                     r"|(一到|到了)(那边|那邊|那里|那裡|那儿|那兒|横店|橫店)"
                     # on the set itself ("qué servicios hay en el set para un equipo de fuera", "片场能提供什么")
                     r"|\bon (the )?set\b|\ben (el|los) (set|sets|plato)\b|片场|片場|(세트장|촬영장|세트)에서")
HELP_GIVEN = re.compile(r"\b(services?|support|help|arrange|provide|offer|sort( us)? out|take care of|assist\w*|organi[sz]e|lay on|supply|hire( out)?|engage|source|get us|find us)\b"
                        # (things got ready for the crew: "what can you set up for us on site", "¿qué nos
                        # pueden organizar en el lugar?")
                        r"|\b(set (up|us up)|line up|have ready|get ready)\b"
                        r"|\b(servicios?|apoyo|ayuda|ayudan|ayudar|apoyan|echan una mano|resolver|conseguir|gestionar|brindan|ofrecen|proporcion\w*|facilit\w*|consigu\w*|consig(a|an)n?|nos dan|le dan|les dan)\b"
                        r"|\b(organizar(nos)?|organizan|organizarian|preparar(nos|ian)?|preparan|coordinar|dejar(nos)? listo|tener(nos)? listo)\b"
                        r"|服务|提供|帮(忙|我们|我|着)?|安排|协助|配套|서비스|지원|도와|도움|제공|챙겨|해 ?줘|해 ?주"
                        # (people found for the crew: "能给外地剧组找当地班底吗") (play33)
                        r"|(给|为|帮)[^，,。？?]{0,8}(找|请|雇)"
                        # what can be got ready for them ("뭘 준비해 줄 수 있어요?", "마련해 줄 수")
                        r"|(준비|마련)(해|하여)? ?(줄|주|줘|드릴|드려)")
# A crew arriving from elsewhere ("visiting crews", "un equipo que viene de afuera", "外地剧组", "외부에서 온 촬영팀")
# (or crews while they are here: "services you offer crews when they're there", "a los equipos
# mientras están allá")
VISITING_CREW = re.compile(r"\b(visiting|outside|foreign|overseas|incoming|our) (crews?|teams?|staff|production)\b|\bfly (our|the) (team|crew)\b"
                           r"|\b(crews?|productions?) (when|while|once) (they'?re|they are) (over there|there|here|in)\b"
                           r"|\b(equipos|producciones|rodajes) (cuando|mientras) (estan|esten|vienen|llegan)\b"
                           r"|\b(equipos?|producciones?) (que (viene|vienen|llega|llegan)|de afuera|de fuera|extranjer|visitante)|\b(llegamos|vamos) con (nuestro|el) equipo\b"
                           # the partners themselves said to come from elsewhere ("venimos de afuera", "somos de fuera",
                           # "we're coming from abroad", "we're flying in from overseas")
                           r"|\b(venimos|vengo|llegamos|somos|soy) (de afuera|de fuera|del extranjero|de otro pais|de otros paises)\b"
                           r"|\b(we'?re|we are|we'?ll be) (coming|flying in|travell?ing) from (abroad|overseas|outside china|another country)\b"
                           r"|外地|海外|外国|外来|我们(的)?剧组|剧组(到|过去|来)|외부|해외|외국|방문|(우리|저희) (스태프|촬영팀|팀)|촬영팀이 (가|오)"
                           # the crew as the one served ("현장에서 촬영팀한테 어떤 서비스", "给剧组提供什么",
                           # "what do you provide to film crews on site", "qué les dan a los equipos de rodaje allá")
                           r"|(촬영|제작) ?팀(한테|에게|에|을 위해|들한테|들에게)|(给|为|帮)(来的)?剧组|(to|for) (the |visiting )?(film |shooting |production )?crews\b"
                           r"|\b(a|para) los equipos de (rodaje|filmacion|grabacion|produccion)\b"
                           # the crew said arriving ("cuando llegue nuestro equipo", "when our crew gets there",
                           # "敝團隊抵達時"; fixY20)
                           r"|\bcuando (llegue|lleguen|llega|llegan|lleguemos|lleguen) (nuestro|nuestros|el|mi|los) (equipos?|crew|staff|camarografos|tecnicos)\b"
                           r"|\bwhen (our|the|my) (crew|team|people|staff) (arrives?|gets? there|lands?|turns? up)\b"
                           r"|(团队|剧组|摄制组|拍摄组)(抵达|到达|一到|到了)"
                           # (the partner's own arrival by its verb alone, no crew noun: "cuando lleguemos",
                           # "once we get there", "我们到了以后", "저희가 도착하면"; para21)
                           r"|\b(cuando|apenas|en cuanto|ni bien|nomas|una vez que) (lleguemos|llegue(mos)? alla|estemos (alla|ahi|alli))\b|\buna vez (alla|alli|ahi|en hengdian)\b|\b(when|once|after) we (arrive|get there|land|turn up|show up|are there|'re there|come over|fly in|get in)\b"
                           r"|(我们|我們|咱们|咱們)(一到|到了|抵达|抵達|到达|到達|过去了|過去了)|(저희|우리)(가|들이)? (현장에 )?(도착하면|도착해서|도착했을 때|가면)"
                           # the arrival said as a noun, or its verb with the subject left out, as a formal
                           # letter or 하오체 puts it ("upon our arrival", "a nuestra llegada", "抵达后",
                           # "도착하면 현장에서 어떤 도움을 마련해 줄 수 있소?"; fixG23)
                           r"|\b(upon|on|after|following) (our|my|the crew'?s|the team'?s|their) arrival\b|\b(a|tras|despues de) (nuestra|la) llegada\b"
                           # ("¿qué nos pueden conseguir allí al llegar?": the arrival said with the infinitive)
                           r"|\bal (llegar|aterrizar)\b"
                           r"|(抵达|抵達|到达|到達)(后|後|以后|以後|之后|之後)|(?<![가-힣])(도착하면|도착해서|도착한 ?(뒤|후)|도착 ?후)")


# A crew's stay said with "when" ("when they're there", "cuando están allá"): no time asked.
WHILE_THERE = re.compile(r"\b(when|while|once) (they'?re|they are|we'?re|we are|you'?re|you are) (there|here|over there)\b"
                         r"|\b(cuando|mientras) (estan|esten|estamos|estemos) (alla|ahi|alli|aqui|aca)\b")


def asks_on_site_help(text: str) -> bool:
    """"What production services do visiting crews get on the ground?", "¿qué nos pueden resolver
    allá en el lugar?", "外地剧组到了当地能安排什么", "외부 촬영팀한테 현지에서 어떤 서비스 해 줘요":
    the help a crew from elsewhere gets on site, however worded (not one service's price)."""
    folded = fold(text)
    return bool(ON_SITE.search(folded) and HELP_GIVEN.search(folded)
                and (VISITING_CREW.search(folded) or ON_SITE_SERVICES.search(folded)))


# The services said by their own name ("현장 지원 서비스 뭐 있어요", "what on-site services are there",
# "现场服务有哪些", "servicios en el lugar"): the help a crew gets on site, no visiting crew said
ON_SITE_SERVICES = re.compile(r"\bon[- ]site (support |production )?services\b|\bservicios (en (el )?(sitio|lugar|terreno)|locales)\b"
                              r"|(现场|当地|現場|當地)(支持|配套|支援)?服务|(현장|현지) ?(지원 ?)?서비스")


VISA = re.compile(r"\bvisas?\b|\bvisados?\b|entry (paperwork|papers|permits?|permissions?|clearance|requirements?|documents?|documentation)|\bpassports?\b|\bpasaportes?\b"
                  # "what about entry permission for the shoot?", "permission to enter", "permiso de ingreso"
                  r"|\bpermission to (enter|come in|get in)\b|\bpermisos? de (entrada|ingreso)\b"
                  # "¿qué papeleo de entrada les piden?", "los papeles de ingreso": the papers to enter
                  r"|\b(papeleo|papeles|documentos|documentacion|requisitos|permisos?) (de|para la|para el) (entrada|ingreso)\b"
                  # "중국에 촬영하러 들어가려면 어떤 서류를", "중국 들어갈 때 필요한 서류": papers for going into China
                  r"|(중국|대륙)(에|으로|에서)? ?.{0,12}(들어가|들어갈|건너가|입국|가려면|갈 때|가기 ?전)\S*.{0,25}(서류|준비물|문서|증명서)"
                  # "qué trámite de entrada a China necesitan": the papers to enter are the visa
                  r"|\btramites? (de |para )?(entrada|ingreso|entrar|ingresar|migratori\w*)"
                  # ("dos papeles para gente que no sea china": roles to cast, no papers)
                  # immigration's papers ("¿qué papeles migratorios les van a pedir?", "what immigration
                  # paperwork does the crew need?", "이민국 서류"): the papers to enter
                  r"|\b(papeles|papeleo|documentos|documentacion|requisitos|permisos?|formularios?|tramites?) (migratori\w*|de (migracion|inmigracion|extranjeria))\b"
                  r"|\b(migracion|inmigracion|extranjeria)\b.{0,30}\b(pid\w*|pedi\w*|exig\w*|requi\w*|necesit\w*|solicit\w*)"
                  r"|\b(immigration|migration) (paperwork|papers|documents?|documentation|requirements?|formalities|rules|forms?|clearance|office|officers?|checks?)\b"
                  r"|이민국|출입국 ?(서류|관리)|移民局|出入境"
                  r"|permisos?( especial(es)?| de viaje)? (para |de )?(entrar|ingres\w*|entrada)|requisitos (de |para )?(entrada|ingreso|entrar)"
                  r"|\b(paperwork|papers|documents?|permits?|permission)\b.{0,20}\b(to|for) (get into|enter|entering|getting into) china\b"
                  r"|签证|护照|入境|비자|여권|입국"
                  # "한국인은 뭐 발급받고 가야 됨?", "뭘 미리 발급해서 들어가요?": papers issued before going in (fixL15)
                  r"|(뭐|뭘|무슨|어떤|무엇)(를|을)? ?(서류|문서|거)?(를|을)? ?(미리 |먼저 )?발급(받|해|받아|해서)\S{0,3} ?(가야|가나|가면|가요|갈|들어가|들어갈|가는)"
                  # the consulate or embassy asking for papers is a visa application
                  r"|\bconsul(ate|ado|ados)\b|\bembass(y|ies)\b|\bembajadas?\b|领事馆|领馆|大使馆|영사관|대사관"
                  # "¿tenemos que tramitar algo para ir a China o entramos así nomás?": papers to go
                  r"|\b(tramitar|tramites?|papeleo|papeles(?! (para|de) (gente|personas?|actores|actrices|alguien|extranjer\w*)))\b.{0,80}\b(entrar|entramos|ingresar|viajar|ir a|china)\b"
                  r"|\b(paperwork|papers|documents)\b.{0,40}\b(to (enter|travel to|go to|get into) china|for china)\b"
                  # the papers asked at the border: "what paperwork do the lads need at the border",
                  # "¿qué papeles les pedirán en frontera?"
                  r"|\b(paperwork|papers|documents|documentation|id)\b.{0,40}\b(at|for|through|to cross|crossing) (the )?borders?\b"
                  r"|\bborder (paperwork|papers|documents|control|checks?|crossing)\b"
                  r"|\b(papeles|documentos|documentacion|papeleo|tramites?)\b.{0,40}\b(en|para cruzar|al cruzar|para pasar) (la )?frontera\b"
                  # "进中国之前证件要准备什么", "来中国要办啥手续": papers for coming into China
                  r"|(进|入|来|去)中国.{0,12}(证件|手续|材料)|(证件|手续).{0,12}(进|入|来|去)中国"
                  # going in as a tourist to shoot ("그냥 관광으로 들어가면 안 되나", "can we just come in as
                  # tourists and film?", "¿entramos como turistas y grabamos?", "以游客身份进去拍行不行"):
                  # which visa, not the shoot request's how-to
                  r"|\bas (a )?tourists?\b.{0,30}\b(enter|come|go|get in|fly|film|shoot|work)|\b(enter|come in|go in|get in|fly in)\w*\b.{0,20}\bas (a )?tourists?\b"
                  r"|\bcomo turistas?\b.{0,30}\b(entr|ingres|vi|grab|film|rod)|\b(entr|ingres|ir|venir|viaj)\w*\b.{0,20}\bcomo turistas?\b"
                  r"|(以|用|按|当|拿)(旅游|游客|观光)(的)?(身份|名义|签)?.{0,8}(进|入|去|来|拍|过去)|旅游签|觀光簽|旅遊簽"
                  r"|관광(객)?(으로|처럼|목적으로) ?.{0,6}(들어가|들어오|입국|가서|가면|촬영|찍)")
"""Entering China (visa, passport, entry papers): the FAQ tagged `visa` answers it, in any
part of a longer message ("another thing: do our Korean camera crew need a visa?")."""
AI_TALK = re.compile(
    r"(?<![a-z])(ai|ia)(?![a-z])|artificial intelligence|inteligencia artificial|machine learning|\balgorithms?\b|\bautomat\w*|\bautomatiza\w*"
    r"|\bmachines?\b|\bmaquinas?\b|\brobots?\b|\bbots? (write|writes|pick|picks|choose|chooses)\b"
    # generative tools named ("generative tools", "gen AI", "IA generativa", "生成式", "AIGC", "생성형")
    r"|\bgenerative\b|\bgen ?ai\b|\bgenerativ[ao]s?\b|\bllms?\b|\bchatgpt\b|\bmidjourney\b|\bneural\b|\bredes neuronales\b"
    # (not the crew's own camera gear carried in: "自个儿扛机器进横店拍", "带着机器过去", "기계 들고 가서"; fixS19)
    r"|人工智能|(?<!扛)(?<!带)(?<!帶)(?<!搬)(?<!背)(?<!租)(?<!架)(?<!扛着)(?<!带着)(?<!帶著)机器(?!设备)|自动化|算法|生成式|aigc|大模型|인공지능"
    r"|기계(?!(를|랑|도)? ?(들고|메고|짊어지고|챙겨|싣고|가져))|로봇|자동화|알고리즘|생성형|딥러닝|머신 ?러닝"
    # digital people and the newest tech said loosely ("数字人啥的黑科技", "digital humans", "deepfakes",
    # "humanos digitales", "디지털 휴먼", "가상 인간")
    r"|数字人|虚拟人|数字替身|黑科技|换脸|\bdigital (humans?|doubles?|actors?)\b|\bdeep ?fakes?\b|\bhumanos? digitales?\b|\bdobles? digitales?\b"
    r"|디지털 ?휴먼|가상 ?인간|딥페이크"
    # a computer or a program doing the work: "写本子、挑演员都交给电脑", "un software arma el casting"
    r"|\bcomputers?\b|\bsoftware\b|\bcomputadoras?\b|\bordenador(es)?\b|电脑|電腦|计算机|컴퓨터|소프트웨어")
"""Machines doing creative work ("do machines write the scripts now?", "la HISDA tiene un robot
q ayuda a producir", "写本子都靠机器了？", "기계가 배우도 골라줌?"): with `CREATIVE_WORK`, the FAQ
tagged `ai` (the alliance's AI tools), whether or not the words "AI" or "A.R.C" are said."""
# Post-production done by AI said by name ("tiran de IA pa montar, doblar", "AI for editing and
# dubbing", "用人工智能剪辑配音", "AI로 편집, 더빙"): the AI tools too, but not a computer to edit on
# ("推荐一款剪辑用的笔记本电脑" is gear advice)
# AI by a name that can mean nothing else ("AI", "neural nets", "generative tools", "IA generativa",
# "大模型", "생성형 AI"), and its use by the studios or members asked ("used by alliance studios?",
# "¿las productoras usan IA?", "联盟公司在用AIGC吗", "회원사들 생성형 AI 쓰나요"): the AI tools FAQ.
AI_PROPER = re.compile(r"(?<![a-z])(ai|ia)(?![a-z])|artificial intelligence|inteligencia artificial|machine learning"
                       r"|\bgenerative\b|\bgen ?ai\b|\bgenerativ[ao]s?\b|\bllms?\b|\bneural\b|\bredes neuronales\b"
                       r"|人工智能|生成式|aigc|大模型|인공지능|생성형|딥러닝|머신 ?러닝")
AI_USED = re.compile(r"\b(used|use|uses|using|employ\w*|adopt\w*|rely on|relies on)\b"
                     r"|\b(usan|usa|usado|usadas?|usados|utiliza\w*|emplea\w*|aplica\w*|trabajan con)\b"
                     r"|\b(usar|usarla|usarlas|ocupar)\b|(能|可以|可不可以|能不能)用|쓸 ?(수|만|까)"
                     r"|使用|在用|用(了|过|不用|没用)|用的是|应用|采用|사용|활용|쓰(고|나|는|시|세|셔|냐)|써(요|요|서|봐|본|도)|써\?|도입"
                     # a model run on the work ("run ML on scheduling", "corren IA", "跑AI", "머신러닝 돌리는")
                     r"|\b(run|runs|running|corren|corre|correr)\b|跑|돌리(는|고|나|세|시|냐|죠|고요)|돌려")
AI_NAMED = re.compile(r"(?<![a-z])(ai|ia)(?![a-z])|artificial intelligence|inteligencia artificial|人工智能|인공지능")
# Work taken off a small team's hands ("AI stuff that could carry some of the load", "una IA que
# nos aliviane la chamba", "AI工具帮我们分担点活", "일 덜어줄 AI"): with `AI_NAMED`, the AI tools asked
# for as help, however the help is said.
WORKLOAD_EASED = re.compile(
    r"\b(the|some of the|our|the whole) (load|workload|work|grunt work|busywork|legwork)\b|\bheavy lifting\b|\bpick up the slack\b"
    # ("take some of the graft off us", "the donkey work", "off our plate"; fixW16)
    r"|\b(the|some of the|our|all the) (graft|donkey work|slog|grind|drudge\w*|admin)\b|\btake\b.{0,25}\boff (us|me|our (hands|plates?)|my (hands|plate))\b"
    r"|\b(lighten|ease|share|cut|take on|take over|help with|help us with|save us)\b.{0,20}\b(load|work|workload|time|hours|tasks?)\b"
    r"|\bextra (hands?|help)\b|\b(short[- ]?handed|understaffed)\b|\bhelp (us|out|a small team)\b"
    r"|\b(aliviane|alivianar|aligerar|aligere|alivie|aliviar|quitar|quite|ahorrar|ahorre|repartir)\w*\b.{0,20}\b(chamba|pega|laburo|curro|trabajo|carga|tiempo|tareas?)\b"
    r"|\b(ech\w*|d[aei]\w*) (nos )?(una )?mano\b|\b(nos ayude|ayudarnos|que ayude|nos ayuda)\b|\bmanos extra\b"
    r"|分担|分擔|减轻|減輕|减负|省事|省力|省时|省時|省人|帮(我们|我們|忙)|幫(我們|忙)|干活|幹活|人手不够|人手不夠"
    r"|덜어|덜 ?수|도와|도움|일손|손 ?덜|시간 ?(절약|아끼)|대신 ?해|일을? ?줄여")
# What a tool or system does, asked ("what can the AI system do?", "¿para qué sirve la IA?",
# "AI系统能干嘛", "AI 시스템으로 뭘 할 수 있어요?"): with `AI_NAMED`, the AI tools too.
TOOL_USE = re.compile(r"\bwhat (can|does|do|will) (it|they|this|that|the \w+( \w+)?) (do|does|offer|help with)\b|\bwhat (is|are) (it|they) (for|used for)\b"
                      r"|\bwhat (can|does) (the )?(ai|system|tool)\w*( \w+)? do\b|\bque (hace|hacen|puede hacer|pueden hacer|ofrece)\b|\bpara que sirve"
                      r"|能(做|干)(什么|啥|嘛|些啥)|(做|干)(什么|啥|嘛)(用)?的|有(什么|啥)用|用(来|于)(做|干)?(什么|啥)|(什么|啥)功能|能帮(我们|忙)?(做|干)?(什么|啥)"
                      # "究竟帮些什么", "帮哪些忙", "帮上什么忙": what it helps with
                      r"|帮(些|点|上)?(什么|啥|哪些)|帮(了)?(什么|啥|哪些)忙"
                      r"|(뭘|무엇을|뭐|무엇) ?(할 수|하는|해요|해 ?줘|해 ?주|도와)|어디에 (쓰|써)|용도|무슨 기능|어떤 기능"
                      # the load it takes off a small team ("AI that could carry some of the load", "que nos
                      # quite chamba", "帮我们分担点活", "일 덜어줄 AI"): what it does for them
                      r"|\b(take|carry|lighten|share|ease|cut|shoulder)( \w+)? (of )?(the |our )?(load|work ?load|grunt work|heavy lifting)\b|\bhelp (us |me )?(out )?with the (work|load)\b"
                      r"|\b(quit\w*|alivi\w*|reparti\w*|aligera\w*|ayud\w*|hac\w*)( nos| me)? (con )?(la |el |parte de la |parte del |un poco de |algo de )?(carga|chamba|pega|laburo|curro|trabajo pesado)\b"
                      r"|(分担|减轻|分摊|省)(点|些|一些|一点)?(活|工作|工作量|人力|负担|事)|(帮|替)(我们|我|咱们)?(干|做)(点|些)?(活|事)"
                      r"|(일|업무|작업|부담|일손)(을|를)? ?(좀 )?(덜어|줄여|나눠|대신|덜)")
POST_WORK = re.compile(r"\bmontar\b|\bmontaje\b|\bdobla(r|je|n)\b|\bedit(s|ing)?\b|\bdubb(ing|ed)?\b|剪辑|配音|편집|더빙")
CREATIVE_WORK = re.compile(
    r"\bscripts?\b|\bwrit\w*|\bcast(ing)?\b|\bactors?\b|\bproduc\w*|\bdramas?\b|\bshoots?\b|\bediting\b"
    r"|\bguion\w*|\blibretos?\b|\bescrib\w*|\breparto\b|\belenco\b|\bactor\w*|\bproduc\w*|\bmicrodramas?\b|\brodajes?\b"
    # (not a bare 写 or 쓰: "机器人识唔识写普通话", "AI 쓰나요" ask about this chat or use)
    r"|本子|剧本|编剧|写戏|演员|选角|制作|摄制|拍|短剧|대본|시나리오|각본|배우|캐스팅|제작|촬영|드라마"
    # the work as a whole: "anywhere in the pipeline", "en el flujo de trabajo", "工作流程里", "파이프라인에"
    r"|\bpipelines?\b|\bworkflows?\b|\bflujo de trabajo\b|\bposproduccion\b|\bpost-?production\b"
    # planning the shoot: "storyboards and scheduling", "guion gráfico", "分镜、排期", "콘티나 스케줄링"
    r"|\bstoryboard\w*|\bschedul\w*|\bguion grafico\b|\bplan de rodaje\b|分镜|排期|通告单|콘티|스토리보드|스케줄링|촬영 ?일정"
    r"|工作流|流程|后期|後期|파이프라인|워크플로|후반 ?작업|작업에|\bin post\b|편집"
    # scouting and design: "AI勘景、做服化道", "인공지능으로 헌팅도 하고 의상 디자인도", "location scouting"
    r"|\bscout\w*|\bcostumes?\b|\bdesign\w*|\bvestuario\b|\bdiseñ\w*|\bdisen\w*|\blocaciones\b|勘景|选景|服化道|服装|造型|设计|헌팅|로케이션|의상|디자인|미술")
# Sets the computer makes instead of the carpenters ("the whole set computer generated", "escenarios
# generados por computadora", "布景全靠电脑生成", "세트를 컴퓨터로 만들어서"): virtual production, no
# AI tool, though a computer is named.
# A world no carpenter can build ("a frozen alien moon", "otro planeta", "外星球", "외계 행성"), said
# beside building it being out of reach ("we obviously can't build that", "eso no se puede
# construir", "搭不出来", "세트로 못 지어요") or a way to shoot it asked: the stage that renders it
_OTHERWORLD = (r"(\b(alien|extraterrestrial|martian|mars|venus|jupiter|saturn|red planet|lunar|outer[- ]space|deep[- ]space|space ?ships?|starships?|spacecraft|space ?stations?|space ?capsules?|astronauts?|planets?|moons?|asteroids?"
               r"|galax(y|ies)|nebula|fantasy worlds?|otherworldly|sci-?fi worlds?)\b"
               r"|\b(alien[ií]genas?|extraterrestres?|marte|marcian[oa]s?|planetas?|lunas?|naves? espacial(es)?|estacion(es)? espacial(es)?|astronautas?|espacio exterior|galaxias?|mundos? de fantasia|asteroides?)\b"
               r"|外星|星球|太空|月球|火星|宇宙飞船|飞船|空间站|太空舱|宇航员|航天员|异世界|외계|행성|우주|달 표면|화성|우주선|우주 ?정거장|우주 ?비행사|이세계"
               # something floating or flying in space ("un picó flotando en el espacio", "floating in space")
               r"|\b(flotando|flotar|flota|volando|volar|vuela|girando) (en|por) el espacio\b|\b(floating|flying|drifting) (around )?in space\b"
               # no gravity to stand on ("floating in zero gravity", "en gravedad cero", "无重力那种", "무중력
               # 상태"), or ice at the ends of the earth ("a chase on a glacier without going to Antarctica",
               # "un glaciar", "冰川上追来追去", "빙하 위 추격신"; fixK24): what the stage fakes, no set or trip
               r"|\bzero[- ]?g(ravity)?\b|\b(no|low|micro)[- ]?gravity\b|\bweightless\w*|\b(gravedad cero|sin gravedad|ingravidez|ingravid[oa]s?)\b"
               r"|无重力|無重力|失重|零重力|무중력"
               r"|\b(glaciers?|antarctic\w*|polar (ice|ice ?caps?)|ice ?caps?)\b|\b(glaciar(es)?|antartida|antartico|polo (norte|sur))\b"
               r"|冰川|冰河|南极|南極|北极|北極|빙하|남극|북극"
               # (the cold ends of the earth by any noun: snowy peaks, tundra, 雪山, 冰原, 설원; para25)
               r"|\b(snow[- ]?capped|snowy) (mountains?|peaks?)\b|\b(arctic|tundra|ice ?fields?|snowfields?)\b|\b(montanas? nevadas?|picos? nevados?|artico|tundra)\b"
               r"|雪山|雪原|冰原|极地|極地|설산|설원|극지|툰드라"
               # among the stars or above the clouds ("a boat sailing among the stars", "entre las
               # estrellas", "星空里", "은하수 사이", "구름 위"; para21): the sky no set reaches
               r"|\b(among|between|through|across) (the )?(stars|clouds)\b|\b(above|over) the clouds\b|\bmilky way\b"
               r"|\b(entre|sobre) (las )?(estrellas|nubes)\b|\bvia lactea\b|星空|星际|星際|银河|銀河|云端|雲端|云上|雲上|은하수|은하계|별들 ?사이|구름 ?위"
               # under the sea ("the bottom of the ocean", "el fondo del mar", "海底", "바닷속"; fixL18)
               r"|\b(underwater|undersea|under the sea|bottom of the (sea|ocean)|ocean floor|sea ?bed|sea ?floor|deep[- ]sea)\b"
               r"|\b(fondo del (mar|oceano)|fondo marino|bajo el (agua|mar)|submarin[oa]s?)\b|海底|水下|深海|바닷속|바다 ?속|해저|수중|심해)")
_UNBUILDABLE = (r"(\b(can'?t|cant|cannot|can not|couldn'?t|no way (we|to|i) (can |could )?|impossible to|not possible to|too (big|expensive) to) (really |physically |actually |obviously |exactly |just |easily |realistically |possibly )?(build|construct|make)\b"
                r"|\b(no (se )?(puede|podemos|pueden|podria) (construir|armar|hacer)|imposible (de )?(construir|armar)|no hay forma de (construir|armar))\b"
                r"|\b(what (would|do|could) (u|you|y'all) (suggest|recommend)|how (do|would|could) we (shoot|film|do) (that|this|it)|any ideas)\b"
                r"|\b(que (nos )?(recomiendan|sugieren|recomiendas|sugieres)|como (lo )?(grabamos|filmamos|rodamos|hacemos))\b"
                # (fixL18) "obvio no la puedo construir, que opciones hay", "實景冇可能搭", "搭唔到"
                r"|\bno (la |lo |las |los )?(puedo|podemos|puede|pueden|podria|podriamos) (construir|armar)\b|\b(que|cuales) (opciones|alternativas) (hay|tengo|tenemos|tienen)\b"
                r"|(冇|没有|没)(可能|办法|辦法)搭|搭唔(到|出|起)|有(咩|什么)(方法|办法|辦法)|(방법|수) (있어|있나|있능|없나)"
                r"|搭不(出来|了)|建不(出来|了)|没法搭|不可能搭|怎么拍|有什么(建议|办法)|(못|안) ?(지어|짓|만들)|지을 수 없|만들 수 없|어떻게 찍|추천"
                # shooting it asked without going out of the studio, or whether it can be filmed at all
                # ("is it possible to film such a scene without leaving the studio?", "¿es posible
                # filmarlas sin salir del estudio?", "在棚里能不能拍出来", "그런 것도 찍을 수 있남유?"; fixS19)
                r"|\bwithout (ever )?leaving the (studio|stage|soundstage|lot)\b|\bcan (we|you|i|u|y'all) (film|shoot|do|create) (that|this|it|such)\b"
                # (Singlish with no subject: "can film that kind of thing at your side?"; "¿eso se puede
                # grabar con ustedes?"; Cantonese "咁樣嘅嘢拍唔拍到", "拍唔拍得到")
                r"|\bcan (film|shoot) (that|this|it|such)\b|\bse (puede|podria|podra) (grabar|filmar|rodar)\b|拍(唔|不)拍(得)?(到|出)|拍(唔|得)到|\b(is it|would it be|is that) (even )?possible to (film|shoot|create|recreate|do)\b"
                r"|\bsin salir del? (estudio|plato|set|foro|galpon)\b|\b(es|seria|sera) posible (filmar|grabar|rodar|recrear|hacer)\w*"
                # (whether it can be done asked after the scene, with nothing after: "…in a space capsule, is that
                # possible?", "¿es posible?", "可行吗"; para25)
                r"|\b(is (that|it|this)|would (that|it|this) be) (even |at all |actually )?(possible|doable|feasible)\W*$|\b(es|seria) (eso )?(posible|factible|viable)\W*$"
                r"|(棚内|棚里|棚裡|影棚里)|有没有(办法|方法)|能不能拍|拍得出(来)?|能拍出(来)?|(찍을|촬영할|담을|구현할) 수 (있|없)"
                # whether it can be done asked in any modal or word order, not one phrase (para21): "could
                # that be shot in one of your studios?", "could you film something like that?", "any way
                # to shoot that?", "could your studio make it look like…", "¿se pueda simular…?", "¿lo
                # podemos rodar…?", "你们那边能拍不", "拍得了吗", "搞唔搞得掂", "有冇可能" (read as "有没有可能"), "가능해요?",
                # "되남?", "되나?"
                r"|\b(can|could|would|will) (that|this|it|such a (scene|shot|thing)|something like (that|this)) (even |possibly |actually |really )?be (shot|filmed|done|created|recreated|made)\b"
                r"|\b(can|could) (we|you|u|y'all|i|your (studios?|stages?|team|side|crew)) (even |possibly |actually |really )?(film|shoot|do|create|recreate|fake|make|pull off)\b"
                r"|\bany (way|chance|possibility) (to|of|we could|you could|we can|you can|u can) (film|shoot|do|get|create|make|pull)\w*"
                # ("¿podríamos rodar…?", "你们能整出来吗", "能整不": whether it can be shot, said as we could, or as
                # can it be rigged up; fixK24)
                r"|\b(podemos|podriamos|podremos|pueden|podrian|podran) (rodar|grabar|filmar)\w*\b|能(整|搞|弄|做)(得)?(出来|出來|出)?(吗|嗎|不|嘛|么|麼|没|沒)|(整|搞|弄)得出(来|來)"
                r"|\bse (puede|podria|podra|pueda)\W*$"
                r"|\b(se )?(pueda|puede|podria|podra|pueden|podemos|podriamos) (simular|recrear)\b|\b(lo|la|eso|esto) (podemos|pueden|podrian|podriamos|puedo|puede|podria) (rodar|grabar|filmar|simular|recrear|hacer|lograr|conseguir)\b"
                # the means to do it asked of them ("¿disponen de medios para ello?", "do you have the tech for
                # that?", "是否具备相应的拍摄条件", "能实现吗", "그런 장비 있어요?"; para25)
                r"|\b(disponen|disponeis|tienen|teneis|cuentan) (de |con )?(los |la )?(medios|recursos|tecnologia|equipos?|capacidad)\b"
                r"|\bdo (you|u|y'all) have the (means|tech|technology|kit|gear|setup|capability) (to|for)\b"
                r"|(能|可以|能否|能不能)(实现|實現|做到|办到|辦到)|(实现|實現|做)得(了|到)|(具备|具備|有)[^，,。？?]{0,6}(条件|條件|能力|技术|技術)"
                r"|能拍(不|吗|嗎|嘛|么|麼|没|沒|得了)|拍得(了|成)|(搞|拍|整)(唔|不)(搞|拍|整)?得(掂|到|了)|搞得(掂|定)|(有冇|有无|有無|有没有|有沒有)可能"
                r"|가능(해|하|함|합니|할)|(되|돼)(나|남|요|겠)|될까|됩니까)")
# Screens or compositing named as the way to film a place no set can be ("la comparsa tocando en la luna…
# capaz que con pantallas", "우주로 사과 던지는 장면… 화면으로 합성", "on the moon, with screens or
# something", "在月球上…用屏幕合成"; fixV26): the means said in the partner's own words, beside the place
_SCREEN_MEANS = (r"(\bpantall\w*|\bscreens?\b|\bcomposit\w*|\bchroma ?key\b|\bcroma\b|화면(으로|에|을|으로다)"
                 r"|스크린(으로|에|을)|합성|屏幕|大屏|抠像|摳像|合成)")
VIRTUAL_SET = re.compile(
    _OTHERWORLD + r".{0,90}" + _SCREEN_MEANS + r"|" + _SCREEN_MEANS + r".{0,90}" + _OTHERWORLD + r"|" +
    # (the same reach either way round: "¿se podría grabar a nuestro grupo de baile flotando como si
    # estuvieran en una estación espacial?" asks first, names the world after; para25)
    _OTHERWORLD + r".{0,90}" + _UNBUILDABLE + r"|" + _UNBUILDABLE + r".{0,90}" + _OTHERWORLD +
    r"|\bcomputer[- ]generated\b|\bcgi (sets?|backgrounds?|environments?)\b|\bled (walls?|volumes?|screens?|stages?)\b"
    r"|\bgreen ?screens?\b|\bvirtual (production|stages?|sets?|studios?)\b"
    r"|\b(escenarios|decorados|fondos|entornos|sets)( \w+)? (generad|hech|cread)\w* (por|con|en) (computadora|ordenador|computador)"
    r"|\bpantallas? (led|verdes?)\b|\b(paredes|pared|muros?) (de )?(led|pantallas?)\b|\bproduccion virtual\b|\b(platos?|estudios?|sets?|escenarios?) virtual(es)?\b"
    r"|电脑(生成|做|合成|做出来|特效).{0,6}(布景|背景|场景|景)|(布景|背景|场景).{0,8}(电脑|数字)(生成|做|合成|做出来)"
    r"|虚拟(拍摄|制片|制作|影棚|棚|场景|技术)|虚拍|LED(屏|墙|大屏|幕)|led(屏|墙|大屏|幕)|绿幕"
    r"|컴퓨터로 (만든|만들어|생성|구현).{0,6}(세트|배경)|(세트|배경)(를|을|는|은)? (다 |전부 |모두 )?컴퓨터로"
    r"|버추얼 ?(프로덕션|스튜디오|세트|스테이지|촬영|제작)|버추얼(로|으로)|가상 ?(제작|세트|스튜디오|배경|스테이지)|led ?(월|벽|스크린|볼륨|불륨)|그린 ?스크린|크로마키"
    # the LED volume by name ("LED 볼륨으로 버추얼 가능해요?", "un volumen LED", "LED 影棚 / 虚拟棚")
    r"|\bvolum(en|enes|e|es) (de )?leds?\b|\bleds? volum(en|enes|e|es)\b|led ?(影棚|摄影棚|棚|体积)"
    # the background played live on a big screen: "对着大屏幕实时出背景拍", "대형 스크린에 실시간으로
    # 배경 띄워서", "backgrounds rendered live on a giant screen", "fondos en tiempo real en pantalla gigante"
    r"|(大屏幕?|巨幕|屏幕)[^，。？！?!]{0,8}(实时|即时)|(实时|即时)(出|生成|渲染|显示|投)背景"
    r"|(스크린|화면|전광판)[^.?!]{0,12}실시간|실시간(으로)? ?배경"
    r"|\b(real-?time|live)(-rendered| rendered)? (backgrounds?|backdrops?|environments?)\b|\b(giant|huge|big) (led )?screens?\b"
    r"|\bfondos? (renderizad\w+ )?en (tiempo real|vivo)\b|\bpantallas? (gigantes?|enormes?)\b"
    # digital scenery, screens the set is projected on, the stage named by its wall: "escenografía digital
    # que se proyecta en paredes de leds", "galpones con pantallota y fondo digital", "plató LED",
    # "digital backdrops", "大屏幕那种数字棚", "弧幕棚", "디지털 배경 세트장", "LED 스튜디오"
    r"|\b(escenografias?|fondos?|decorados?|escenarios?|ambientes?) digital(es)?\b|\bpantall(ota|otas|on|ones|azo|azos)\b"
    r"|\b(paredes|pared|muros?) (de )?leds\b|\b(platos?|estudios?|galpon\w*|naves?|foros?|sets?) (de )?leds?\b|\bleds? (platos?|estudios?|stages?|studios?)\b"
    r"|\bdigital (backdrops?|backgrounds?|scenery|sets?|environments?)\b|\b(screen|wall) (stages?|sets?|studios?)\b"
    r"|数字(棚|影棚|背景|布景|场景)|数码(棚|影棚|背景|布景)|(大屏幕?|巨幕|弧幕|弧形屏|弧形幕|屏幕)(那种|那样|的)?(数字)?(棚|影棚|摄影棚)|弧幕|弧形(led)?(屏|幕)"
    r"|디지털 ?(배경|세트|무대)|(led|대형 ?스크린|스크린) ?(스튜디오|세트장|촬영장|스테이지)"
    # the background shown on a wall of screens behind the actors ("大屏幕墙后面放背景", "屏幕上放背景",
    # "뒤에 대형 화면 띄워서 배경", "a video wall behind with the background", "una pantallota atrás con el fondo")
    r"|(屏幕|大屏|巨屏|幕)墙|(大屏幕?|巨屏|巨幕|屏幕|电子屏)[^，。？！?!]{0,8}(背景|布景|画面|场景)|(背景|布景)[^，。？！?!]{0,6}(大屏幕?|巨屏|巨幕|屏幕|电子屏)"
    r"|(대형 ?)?(스크린|화면|전광판|모니터 ?벽|led)[^.?!]{0,12}배경|배경[^.?!]{0,10}(대형 ?)?(스크린|화면|전광판)"
    # acting in front of the big screen ("그 큰 화면 앞에서 되는 거유?", "在那块大屏幕前面拍"): the LED stage
    r"|(큰|커다란|거대한|대형|초대형|엄청 큰) ?(화면|스크린|led|엘이디) ?(앞|뒤)|(大屏幕?|巨幕|大银幕|巨屏|大屏)(前面|前头|跟前|前边|前)(拍|演|能|可以|行)"
    r"|\b(video|screen|led) walls?\b|\b(screens?|walls?)\b.{0,25}\b(backgrounds?|backdrops?|scenery)\b.{0,20}\b(behind|played|shown|displayed)\b"
    r"|\b(backgrounds?|backdrops?|scenery) (shown|played|displayed|projected|put) (on|behind|in) (a |the )?(huge |big |giant )?(screens?|walls?)\b"
    r"|\bpantall\w*\b.{0,25}\b(detras|atras)\b.{0,20}\bfondos?\b|\bfondos?\b.{0,20}\b(en|sobre) (una |la )?pantall\w*")
# A scene no set could be built for ("a frozen alien moon, no way we can build that", "imposible armar
# esa escenografía", "外星冰原的戏根本搭不出来", "얼어붙은 외계위성 장면 세트로 지을 순 없잖아"): how to
# shoot it is virtual production, whatever the place in the story
UNBUILDABLE_SET = re.compile(
    # (Caribbean and West African "can't": "cyah build dat eena Belize", "kyaan build it", "caan build am")
    r"\b(can'?t|cannot|can not|could ?n'?t|cyah|cya|cyaan|kyaan|kyan|caan|kaan|no way (we|to|you|anyone) (could |can )?|impossible to|not possible to|won'?t be able to)"
    r" ?(really |possibly |physically |ever |actually )?((build|construct|put up|recreate) (that|this|it|a set|sets|one|such|dat|dis|dem|am)|make (a set|sets|that set|a set for))\b"
    r"|\b(unbuildable|impossible (set|to build))\b|\bno set (could|can|would) (ever )?(do|hold|recreate|handle)\b"
    r"|\b(imposible|no (se )?(puede|podemos|podriamos|podria)|ni modo de|no hay (forma|manera|chance|como|cómo|donde|plata para|presupuesto para)( de)?)( de)? (construir|armar|levantar|hacer|montar)\w*"
    r"( (eso|esa|ese|esto|esta|una|un|la|el|en set|en estudio))?( (escenografia|decorado|set|escenario))?\b"
    r"|(搭|建|做|造)不(出来|出來|了|起来|起來)|(没法|沒法|无法|無法|不可能|不能)(搭|建|实景|實景|造)|实景(搭|拍)不|實景(搭|拍)不"
    # Cantonese: "實景冇可能搭到", "冇辦法搭", "搭唔到", "起唔到咁嘅景"
    # (and as it reads once made standard: "实景没有可能搭到", "没有办法搭", "搭不到")
    r"|(冇可能|冇辦法|冇办法|冇得|冇法|無可能|无可能|没有可能|沒有可能|没有办法|沒有辦法)(搭|建|起|整|造)|(搭|建|起|整|造)唔(到|出|起|嚟|来)|(搭|建|造)不到"
    r"|세트(로|를)? ?(는 |론 |로는 )?(못 ?(지|짓|만들)|지을 ?수 ?(없|가 없)|지을 ?순 ?없|만들 ?수 ?(없|가 없)|만들 ?순 ?없|짓기 ?(힘들|어렵|불가능))"
    r"|(세트|세트장)(를|을)? ?(어떻게 ?)?(짓|만들|세우)(기|는 ?건|는 ?게)? ?(불가능|무리|말이 안)"
    # "실제로 지을 방법이 없음", "현실에서 만들 수가 없어서": no way to build it for real
    r"|(실제로|현실에서|직접|진짜로) ?(지을|만들|세울|구현할) ?(방법|수|길)(이|가|는)? ?(없|안 ?되)")
# the scene or set it is said of ("a sequence", "la escenografía", "这场戏", "장면", "세트")
UNBUILT_OF = re.compile(r"\b(scenes?|sequences?|climax|sets?|shoot|film|escenas?|secuencias?|escenografias?|decorados?|escenarios?|sets?|rodar|filmar|grabar"
                        r"|backdrop|planet|fondo|planeta|serie|series|spaceship|nave|nave espacial|pantallas?|screens?"
                        # a whole place of the story that no set could be ("a neon city of the future", "una
                        # ciudad futurista", "未來城市", "미래 도시"), for an ad or a video as much as a drama
                        r"|city|cities|town|world|ciudad(es)?|mundo|anuncio|spot|comercial|commercial|video|videoclip)\b"
                        r"|戏|戲|场景|場景|布景|镜头|鏡頭|拍|背景|星球|城市|世界|广告|廣告|장면|씬|신|세트|촬영|찍|배경|행성|도시|광고")
# Foreign faces in the casts ("签了几个洋面孔，在那边能接到戏不", "剧组用老外多不多"): the foreign-actors FAQ.
# Whether people HAVE worked there before ("have Nigerian actors ever worked there?", "¿han trabajado
# allí actores brasileños?", "以前有巴西演员在横店演过戏吗", "브라질 배우가 헝뎬에서 연기한 적 있어요?"): a
# past asked, which the knowledge does not record; not whether they may (a "Yes." would answer that)
WORKED_BEFORE = re.compile(
    r"\bever (worked|acted|been cast|starred|performed|shot|filmed|appeared|done)\b"
    r"|\b(have|has|had) (\w+ ){0,4}(worked|acted|been cast|starred|performed|appeared|done (shoots|work|roles))\b(?!\s+(with|on) (us|our))"
    r"|\bdid (\w+ ){0,4}(work|act|star|perform|appear)\b.{0,30}\b(before|previously|in the past)\b"
    r"|\b(han|ha|habian|habia|hayan) (trabajado|actuado|participado|rodado|grabado|estado)\b|\b(trabajaron|actuaron|participaron)\b"
    r"|(演|拍|工作|参演|参与|合作|待|呆)过|曾经(在|有)|以前有|之前有"
    r"|(일한|연기한|출연한|촬영한|활동한|작업한|참여한|와 본|가 본) ?적")


FOREIGN_CAST = re.compile(r"(演员|演員|艺人|藝人|演员们|团员|團員)[^，,。？?]{0,6}(唔系|唔係|不是|并非|並非)(内地|內地|大陆|大陸|中国|中國)(人|籍)|"
                          # (fixW16: "我哋劇團啲演員唔係內地人…攞到角色" — actors not from the mainland, cast)
                          r"洋面孔|外国面孔|外国脸|老外(?!的?(摄影|灯光|导演|团队|剧组|制片|技术|工作人员|公司|合作|同事|员工|美术|录音|剪辑|组))|外籍演员|外国籍(的)?演员|(国外|外国|海外|境外|國外|外國)(请|找|招|带|飞|拉|請|帶)(来|过来|過來)?的?(演员|演員|艺人|藝人)|外国演员|外国艺人|洋演员"
                          r"|외국인? ?배우|외국 ?배우|외국인 ?연기자|(배우|연기자)(가|들이|들|분들이|분들)? .{0,15}(일한|연기한|출연한|활동한|촬영한) ?적|foreign (actors?|faces?|talent|performers?)|actores extranjeros|actrices extranjeras"
                          # a look from elsewhere cast ("blonde Scandinavian faces", "caras latinas",
                          # "欧美面孔", "서양 배우 얼굴"): still whether foreigners are cast
                          r"|\b(european|western|caucasian|white|black|african|latin[oa]?|latin american|american|non[- ]?asian|non[- ]?chinese|scandinavian|slavic|foreign[- ]looking)( \w+)? (faces?|actors?|actress(es)?|leads?|cast members?|talent|extras)\b"
                          # foreigners in the slang of the partner's place ("mat salleh talent", "gweilo
                          # actors", "farang extras", "actores güeros"): the same question
                          # actors of a nationality named ("have Nigerian actors ever worked there?", "¿han
                          # rodado allí actores brasileños?"): whether foreigners are cast (fixH11)
                          r"|(?<!with )(?<!starring )(?<!featuring )\b(nigerian|ghanaian|kenyan|ethiopian|egyptian|moroccan|brazilian|mexican|argentinian|argentine|chilean|colombian|peruvian"
                          r"|venezuelan|cuban|canadian|british|english|irish|scottish|french|german|italian|spanish|portuguese|russian|ukrainian|polish"
                          r"|dutch|swedish|norwegian|danish|finnish|turkish|indian|pakistani|thai|vietnamese|filipino|indonesian|malaysian"
                          r"|singaporean|japanese|korean|australian|israeli|iranian|arab|emirati|saudi)( \w+)? (actors?|actress(es)?|performers?)\b"
                          r"|\b(actores|actrices) (nigerian|brasilen|mexican|argentin|chilen|colombian|peruan|venezolan|cuban|canadiense|estadounidense"
                          r"|espanol|frances|alema|italian|portugues|ingles|britanic|ruso|rusa|japones|corean|indi[oa]s?\b|tailandes|filipin|indonesi)\w*"
                          r"|\b(mat salleh|gweilo|gwailo|farang|ang mo|expat|westerner|foreigner|gringo|guero|guiri)s? (talent|actors?|actress(es)?|faces?|cast|extras|performers?)\b"
                          r"|\b(caras|rostros|actor|actores|actriz|actrices) (europe\w*|occidental\w*|latin\w*|gringa?s?|extranjer\w*|no asiatic\w*|african\w*|no chin[oa]s|que no sean chin[oa]s)"
                          r"|\b(non[- ]?chinese|non[- ]?asian) (people|extras|talent|performers)\b|\b(gente|extras|figurantes) (no chin[oa]s|extranjer\w*|gueros?|gueras?|gringos?|gringas?|guiris?|europeos?|occidentales)\b"
                          r"|(外国|外籍|洋|老外|西方|欧美)(的)?(群演|群众演员|临时演员|临演)"
                          # foreigners in Hokkien or Cantonese words asked to act ("會請阿兜仔來演嗎", "有冇請鬼佬做演員")
                          r"|(请|請|找|用|揾)(阿兜仔|鬼佬|鬼妹|洋人|老外|外国人|外國人)(来|來)?(演|拍戏|拍戲|客串|做演员|做演員|当演员|當演員)"
                          # roles for people who are not Chinese ("dos papeles para gente que no sea china",
                          # "two roles for people who aren't Chinese")
                          r"|\b(gente|personas?|actores|actrices|alguien) que no (sea|sean|es|son) (chin[oa]s?|de china)\b"
                          r"|\b(roles?|parts?|characters?) for (people|actors|someone|somebody|folks?) who (is|are)(n'?t| not) chinese\b"
                          r"|非中国(的)?(面孔|演员|人)|(외국인|서양인|외국) ?(얼굴|엑스트라|출연자)"
                          r"|(欧美|欧洲|西方|白人|黑人|非洲|拉美|拉丁|外籍)(的)?(面孔|脸|演员|艺人|女演员|男演员)"
                          r"|(서양|유럽|서구|백인|흑인|아프리카|남미|라틴)(인|계)? ?(배우|얼굴|연기자)"
                          # the partner's own actors, from their country ("can our Nigerian actors be cast",
                          # "¿pueden actuar actores paraguayos?", "nuestros actores podrían trabajar allá?")
                          r"|\bour (own )?([a-z]+ )?(actors|actresses|cast)\b.{0,30}\b(act|work|perform|be cast|appear|take part|feature)"
                          r"|\b(can|could|may) (actors|actresses) (from|of) "
                          r"|\b(pueden|podrian|puede|podria) (actuar|trabajar|participar|salir)\b.{0,12}\b(actores|actrices)\b"
                          r"|\b(nuestros|nuestras|mis) (propios |propias )?(actores|actrices)\b.{0,30}\b(actuar|trabajar|participar|salir|aparecer)"
                          # foreigners for a role ("need two foreigners for a sailor's part", "pa un papel
                          # necesitamos dos guiris", "有个角色要两个外国人", "외국인 역할에 두 명 필요"): whether
                          # foreign actors are found there or brought ("intérpretes de fuera" are performers)
                          r"|\b(roles?|parts?|characters?)\b.{0,40}\b(foreigners?|westerners?|expats?|gringos?)\b|\b(foreigners?|westerners?|expats?)\b.{0,30}\b(roles?|parts?|characters?)\b"
                          r"|\b(papel|papeles|rol|roles|personajes?)\b.{0,40}\b(guiris?|extranjer[oa]s|gringos?|gringas?|foraneos?)\b"
                          r"|\b(guiris?|extranjer[oa]s|gringos?|gringas?)\b.{0,30}\b(papel|papeles|rol|roles|personajes?)\b"
                          # someone with no Chinese asking to act ("a model, no Mandarin at all, could she get a
                          # part?", "no hablo ni papa de chino, ¿puedo salir actuando?", "一句汉语都不会她能去演戏吗",
                          # "중국어 한마디도 못하는데 출연할 수 있어요?"): whether foreigners are cast
                          r"|\b(no|zero|without|not a (word|lick) of|doesn'?t speak|don'?t speak|can'?t speak|does not speak|do not speak)( any| a word of)? (mandarin|chinese|putonghua)\b"
                          r".{0,80}\b(parts?|roles?|cast|casting|act|acting|audition\w*|on screen)\b"
                          r"|\b(parts?|roles?|cast|act|acting|audition\w*)\b.{0,60}\b(no|zero|without|doesn'?t speak|don'?t speak|can'?t speak)( any)? (mandarin|chinese)\b"
                          r"|\bno (hablo|habla|hablamos|hablan|se|sabe|sabemos|saben|entiendo|entiende)( ni papa| nada| ni jota| ni una palabra| una palabra| mucho)?( de| del)? (chino|mandarin)\b"
                          r".{0,80}\b(actu\w*|papel\w*|rol(es)?|casting|elenco|salir en (una|la|alguna) (serie|novela|pelicula))"
                          r"|\b(actu\w*|papel\w*|casting)\b.{0,60}\bsin (hablar|saber)( nada de| ni papa de)? (chino|mandarin)\b"
                          r"|(不会|不懂|不会说|不会讲|一句(汉语|中文|普通话|国语)?都不会)(说|讲)?(中文|汉语|普通话|国语|华语)?.{0,30}(演戏|演出|拍戏|出演|角色|试镜|当演员|做演员)"
                          r"|(중국어|중국말)(는|은|를|을|도)? ?(한 ?마디도 |하나도 |전혀 |잘 )?(못|모르|안 ?되).{0,40}(연기|출연|배역|역할|캐스팅|오디션|배우)"
                          r"|\b(interpretes|actores|actrices) (de fuera|de afuera|extranjer\w*|foraneos|guiris)\b"
                          # foreigners by a word for their look or origin, to act or fill a part
                          # ("ocupamos unos güeros pa embajadores", "gringos o latinos que actúen allá",
                          # "talento no chino", "westerners to play the envoys", "mag-hire ng foreigner na artista")
                          r"|\b(gueros?|gueras?|gringos?|gringas?|guiris?|rubios?|extranjeros?)\b.{0,40}\b(actu\w+|actuen|elenco|reparto|embajador\w*|casting|castear|hagan de|haga de|interpret\w+|escenas?|salgan|aparezcan|figur\w+)"
                          r"|\b(actu\w+|elenco|reparto|casting|castear|hacer de|haga de|hagan de)\b.{0,40}\b(gueros?|gueras?|gringos?|gringas?|guiris?)\b"
                          r"|\b(talento|talentos|gente|elenco|caras?) (no chin[oa]s?|no asiatic\w*|extranjer\w*)\b"
                          r"|\b(foreigners?|westerners?|expats?|gringos?)\b.{0,12}\b(artistas?|actors?|talent|cast|extras)\b|\bartistang? (foreigner|banyaga)"
                          r"|(외국인|서양인) ?(풀|인력|단역|보조 ?출연)|보조 ?출연.{0,20}외국인"
                          r"|(角色|戏份|配角|主角).{0,12}(外国人|外国演员|洋人)|(外国人|洋人).{0,10}(角色|戏份|来演)"
                          r"|(배역|역할|캐릭터|배우 ?역).{0,12}외국인|외국인.{0,10}(배역|역할|캐릭터)"
                          # a foreigner, or someone who speaks no Chinese, to act or audition there ("外国人可不可以
                          # 在横店做演员", "外籍配音员想试镜", "模特一句汉语都不会能去演戏吗", "중국어 한마디도 못 하는 모델이
                          # 출연할 수 있나요", "no hablo ni papa de chino, ¿puedo salir actuando?", "no Mandarin, could
                          # she get a part?")
                          r"|(外国人|外籍|外国籍|老外|洋人)[^，,。？?]{0,12}(做演员|当演员|演戏|拍戏|试镜|出演|演出|客串|当群演)"
                          r"|((不会|不懂|唔识|不识|不太会)(讲|说|講|說)?(汉语|中文|普通话|国语|华语)|(汉语|中文|普通话|国语|华语)[^，,。？?]{0,4}(都|也)(不会|不懂|唔识)(讲|说)?)"
                          r"[^。？?]{0,24}(演戏|拍戏|接戏|做演员|当演员|试镜|出演|演出|客串|角色)"
                          r"|(做演员|当演员|演戏|拍戏|试镜|出演)[^。？?]{0,12}(外国人|外籍|老外|洋人)"
                          r"|(외국인|외국 사람)[^?.!]{0,12}(배우로|연기|출연|오디션)"
                          # a foreigner by his look landing parts ("mi causa es gringo y rubio, ¿puede conseguir
                          # papeles?", "我同学是金发的外国人他能接到戏吗", "my blond foreign buddy, could he land
                          # roles?", "금발 외국인 친구가 배역 따낼 수 있어요?"): whether foreigners are cast
                          r"|\b(gringos?|gringas?|rubi[oa]s?|gueros?|gueras?|guiris?|extranjer[oa]s?)\b.{0,60}\b(conseguir|consigue|conseguira|agarrar|sacar|tener|obtener|le dan|le darian)\w* (un |algun |unos |algunos )?(papel|papeles|roles?|chambas? de actor)\b"
                          r"|\b(blond|blonde|foreign|gringo|white|western|american|european)\b.{0,40}\b(land|get|find|score|book|snag)\w* (a |any |some )?(roles?|parts?|acting gigs?)\b"
                          r"|(外国人|外籍|老外|洋人|金发)[^。？?]{0,16}(接戏|接到戏|接到角色|拿到角色|有戏拍|演上戏)"
                          r"|(외국인|서양인|금발)[^?.!]{0,20}(배역|역할|캐스팅)(을|를|이|에)? ?(따|받|맡|되|될|얻)"
                          r"|(중국어|중국말)(를|은|는|도)? ?(한마디도 |하나도 |전혀 |아예 |잘 )?(못|모르)[^?.!]{0,30}(배우|연기|출연|오디션|배역)"
                          r"|\bno (hablo|habla|hablamos|hablan|sabe|se) (ni (papa|jota|pio|una palabra) de |nada de )?(chino|mandarin)\b.{0,60}\b(actu\w+|papel\w*|casting|salir en|elenco)"
                          r"|\b(no|zero|not a word of|doesn'?t speak|don'?t speak|can'?t speak) (any )?(mandarin|chinese)\b.{0,60}\b(part|role|act\w*|cast\w*|audition\w*|be in)\b")
# A production from abroad ("a non-chinese production", "outside-country units", "equipos
# extranjeros", "海外製作公司", "외국 제작사") asked whether it may shoot here (`SHOOT_ALLOWED`): the FAQ
# on foreign crews filming, whatever else the message says about the company asking.
# Kept for China's own crews ("do they keep it for Chinese productions?", "¿lo reservan para
# productoras chinas?", "会不会只给国内的组用", "국내 제작사만 받아요?", "would the lots take bookings
# from an overseas company?"): asked by a crew from elsewhere, whether it may shoot (`SHOOT_ALLOWED`,
# `FOREIGN_PRODUCTION`), no place reserved at anything
KEPT_FOR_LOCALS = re.compile(
    r"\b(only|mostly|just|reserved for|keep (it|them) for|kept for|limited to)( for)? (the )?(chinese|local|domestic|mainland)( [\w-]+)? (outfits|crews|productions|companies|teams|studios|producers|film ?makers)\b"
    r"|\b(take|takes|taking|accept|accepts|accepting)( \w+)? (bookings?|reservations?|productions?|crews?)( \w+)? from\b"
    r"|\b(reserv\w*|solo|nomas|solamente|exclusiv\w*)( \w+){0,3} (para |pa )?(las |los )?(productoras?|producciones|equipos|empresas|rodajes)( \w+)? (chinas?|chinos|locales|nacionales)\b"
    r"|(只|仅|光|僅)(给|对|限|让|給|對|讓)(国内|中国|本地|本土|國內|中國)(的)?(组|剧组|团队|公司|片方|組|劇組|團隊)"
    r"|(중국|국내|현지) ?(제작사|팀|업체|회사|프로덕션)(만|에게만|한테만)")
FOREIGN_PRODUCTION = re.compile(
    # the crew's technicians by trade, said to be of another nationality ("our camera operators are
    # Canadian and Mexican nationals", "nuestros camarógrafos son extranjeros", "我们的摄影师都是外籍",
    # "우리 촬영기사들은 캐나다 국적이오"): a crew from abroad
    r"\b(camera (operators?|crew|team|people|men|women)|cameramen|camerawomen|cinematographers?|dops?|gaffers?|grips?|technicians?|crew members?|sound (recordists?|mixers?|crew|team)|lighting (crew|team))"
    r"\b( are| is|'re)( all| both)? (\w+ ){0,4}(nationals|citizens|foreigners|passport holders)\b"
    # (the nationality as its adjective, each trade its own: "our DoP is French and the gaffer is German")
    r"|\b(camera (operators?|crew|team|people)|cameram[ae]n|camerawom[ae]n|cinematographers?|dops?|gaffers?|grips?|technicians?|sound (recordists?|mixers?)|editors?|lighting (crew|team))"
    r"\b( are| is|'s|'re)( all| both)? (?!chinese\b)(french|dutch|greek|irish|thai|swiss|czech|welsh|danish|polish|[a-z]{3,}(ian|ish|ese|ean|can|an|i))\b(?![- ]?speak)"
    r"|\b(camarografos|operadores de camara|tecnicos|directores de fotografia|iluminadores|sonidistas)\b( \w+){0,2} (son|tienen) (\w+ ){0,3}(extranjer[oa]s|de nacionalidad|nacionales de|ciudadanos de|pasaporte)\b"
    r"|(外籍|外国|外國)(摄影师|攝影師|摄像师|攝像師|灯光师|燈光師|录音师|錄音師|技术人员|技術人員)|(摄影师|攝影師|摄像师|攝像師|灯光师|燈光師|录音师|錄音師|技术人员|技術人員)(们|們)?(都|全)?是.{0,8}(国籍|國籍|外籍|人)"
    # (a Chinese crew is no crew from abroad: "저희 촬영팀은 중국 국적입니다", fixY20)
    r"|(촬영기사|촬영 ?감독|카메라 ?(감독|기사|맨|팀)|촬영팀|조명팀|음향팀|기술진|스태프)(들)?(은|는|이|가|도)? ?(?![^.?!]{0,15}중국 ?국적)[^.?!]{0,15}(국적|외국인)"
    r"|\b(non[- ]?chinese|foreign|overseas|international|outside|outside[- ]country|out[- ]of[- ]country|non[- ]local)\b( [\w-]+){0,2} "
    r"(crews?|teams?|units?|productions?|compan(y|ies)|outfits?|producers?|film ?makers?|studios?)\b"
    r"|\b(crews?|teams?|units?|productions?|compan(y|ies)|outfits?) from (abroad|overseas|outside china|another country|other countries)\b"
    # a crew by the town it comes from ("a lot from Aberystwyth", "an outfit out of Lagos", "siendo gente
    # de Juárez", "como equipo de Cusco"): from abroad, China's own towns aside
    r"|\b(a |an |the )?(lot|bunch|crew|team|outfit|mob|gang|group|folks|people|unit) (from|out of) (?!(china|chinese|hengdian|here|there|zhejiang|shanghai|beijing|hangzhou|dongyang|the (alliance|studios?))\b)[a-z]{3,}"
    r"|\b(siendo|como|somos) (gente|un equipo|equipo|una productora|un grupo|una banda|un crew|una crew) (de|desde) (?!(china|aca|aqui|alla|hengdian|shanghai|pekin|beijing)\b)[a-z]{3,}"
    # the crew said to come from a place ("nuestro equipo viene de Extremadura", "mi gente llega desde
    # Oaxaca", "our crew comes from Tasmania"): from abroad, China's own towns aside (fixM18)
    # (said formally: "nuestro personal técnico proviene íntegramente del Perú", fixG23)
    r"|\b(nuestr[oa]s?|mi|mis) (equipo|equipos|crew|gente|staff|camarografos|tecnicos|productora|personal|plantilla|elenco)( \w+){0,2} (viene|vienen|llega|llegan|venimos|proviene|provienen|procede|proceden)( \w+mente)? (de|desde|del) (?!(china|aca|aqui|alla|hengdian|shanghai|pekin|beijing|zhejiang)\b)[a-z]{3,}"
    r"|\b(our|my) (crew|team|people|unit|staff|camera (crew|team))( \w+){0,2} (comes?|is coming|are coming|flies? in|travels?) (from|out of) (?!(china|here|hengdian|zhejiang|shanghai|beijing)\b)[a-z]{3,}"
    r"|(我们|我們|我哋|我地)的?(团队|團隊|剧组|劇組|摄制组|攝製組|摄影组|攝影組|拍摄团队|拍攝團隊|人)(是)?((来自|來自)(?!中国|中國|国内|國內|本地|横店|橫店|浙江|上海|北京|杭州|东阳|東陽)[\u4e00-\u9fff]{2,6}"
    r"|(从|從)(?!中国|中國|国内|國內|本地|横店|橫店|浙江|上海|北京|杭州|东阳|東陽)[\u4e00-\u9fff]{2,6}(过来|過來|过嚟|過嚟|飞过来|飛過來))"
    r"|(우리|저희) ?(팀|촬영 ?팀|스태프|제작진|크루|촬영진)(은|는|이|가)? ?(?!중국|헝뎬|국내)[가-힣]{2,8}에서 ?(오|와|옵|온|올|출발)"
    # ("las producciones que llegan del extranjero", "equipos que vienen desde el exterior")
    r"|\b(equipos?|producci(on|ones)|productoras?|compan\w+|unidades|crews?|rodajes?)( \w+){0,2} (extranjer\w*|de fuera|de afuera|internacional\w*|de otros? pais\w*|no chin\w*"
    r"|(del|desde el) (extranjero|exterior))"
    # "un rodaje íntegramente español", "a fully Mexican crew": a crew all of one country, from abroad
    r"|\b(rodajes?|equipos?|producciones?|crews?) (integramente|totalmente|completamente|enteramente|puramente|100 ?%) (?!chin)[a-z]{4,}\b"
    r"|\b(fully|entirely|all|100 ?%) (?!chinese)[a-z]{4,}(an|ese|ish|ic) (crews?|teams?|productions?|shoots?)\b"
    r"|(外国|国外|海外|境外|外籍|外面|非中国|國外|外國|非中國|老外)(的|嘅)?.{0,4}(剧组|劇組|团队|團隊|公司|组|組|制作|製作|片方|摄制组|攝製組)"
    # a crew partly from abroad ("混合团队", "剧组里老外也有几个", "외국인 반 섞인 팀") or its people
    # ("外国同事", "外籍摄影师"): a crew from abroad all the same
    # people from abroad shooting ("外国人在那里拍摄", "老外去取景"), or the locals whose streets a crew
    # from elsewhere would film ("would the locals mind a crew…?"): a crew from abroad all the same
    r"|(外国人|外國人|老外|外籍人士)(在|到|去)?.{0,4}(拍摄|拍攝|拍戏|拍戲|取景)|\bthe locals\b.{0,10}\b(mind|object|complain)\b"
    r"|(混合|中外)(的)?(团队|團隊|剧组|劇組|摄制组)|(剧组|劇組|团队|團隊|组里|組裡).{0,12}(老外|外国人|外國人|洋人|外籍(人员|人士|员工|同事)?)(?!演员|演員|面孔)|(外国|外籍|老外|意大利|法国|西班牙|美国|日本|韩国)(的)?(同事|员工|摄影师|工作人员|技术人员)"
    # members of another nationality ("兩個菲律賓籍的團員", "有个巴西籍成员"): from abroad all the same
    r"|(?<!中国)(?<!中國)(?<!本)籍的?(团员|團員|成员|成員|队员|隊員|组员|組員|同事|员工|員工|工作人员|工作人員|摄影师|攝影師|技术人员|技術人員)"
    # the whole group said to come from abroad ("我哋成班人都系外国嚟嘅", "我们全部都是外国来的"): a crew
    # from abroad (answers49: a Cantonese crew asking whether it may film at a set in focus)
    r"|(我们|我們|我哋|我地)(成班人|成班|全部人|全部|所有人|一班人|全员|全員|大家)?(都|全)?(系|是)(外国|外國|国外|國外|海外)(嚟|来|來)(嘅|的)"
    r"|(외국인|해외) ?(반|절반|섞인|포함)|(반|절반)(이|은)? ?외국인"
    # one of the crew from a country ("our gaffer is French", "nuestro camarógrafo es uruguayo", "저희 촬영감독이
    # 일본 사람인데"): a crew from abroad all the same
    r"|\bour (\w+ )?(gaffers?|dps?|dops?|cinematographers?|camera ?(man|men|woman|operators?|person|guys?)|directors?|sound (guys?|person|mixers?)|editors?|grips?|photographers?|colleagues?|crew members?) (is|are) (?!chinese\b)[a-z]{4,}(an|ese|ish|ic|i|ch)\b"
    r"|\bnuestr[oa]s? (camarograf[oa]s?|fotograf[oa]s?|director(a|es)? de fotografia|sonidistas?|gaffers?|iluminador(a|es)?|editor(a|es)?|companer[oa]s?) (es|son) (?!chin)[a-z]{4,}\b"
    r"|(촬영감독|조명감독|카메라 ?감독|카메라맨|촬영기사|음향감독|스태프 ?한 ?명|동료)(님)?(이|은|는|가)? ?(한 ?명 ?)?(?!중국)[가-힣]{1,6} ?(사람|인)(이에요|인데|이라|입니다|이고)"
    # a team of people of a country sent over ("我哋會派一隊加拿大人過嚟", "带一帮巴西人过去"): from abroad
    r"|(派|带|帶|组|組|叫|拉)(一队|一隊|一组|一組|一帮|一幫|一批|一群|一班|几个|幾個)[^，。？?中]{1,6}人(过来|過來|过去|過去|过嚟|過嚟|来|來|去)"
    # no local partner said ("no tenemos socio chino", "sin intermediarios", "without a Chinese partner",
    # "不挂靠国内公司", "현지 회사 없이"): the crew comes on its own from abroad
    r"|\b(sin|no tenemos|no tengo) (un |una |ningun |ninguna )?(socio|socia|partner|intermediari\w*|productora|empresa|co-?productor\w*)( chin\w*| local\w*)?"
    r"|\bwithout (a |any )?(chinese|local) (partner|company|fixer|producer|co-?producer)|\bno (chinese|local) (partner|company|co-?producer|producer)"
    r"|(不|没有|无)(挂靠|找)?(国内|中方|中国|本地)(的)?(合拍|合作|制作)?(公司|合作方|伙伴|方)|현지 ?(회사|파트너)(를|랑|와)? ?(끼|없이)"
    r"|(외국|해외|외국인)(의)? ?(제작사|제작 ?팀|촬영 ?팀|팀|프로덕션|제작진|스태프|크루|회사|촬영진)"
    # the crew's people said after it ("당사 촬영팀은 전원 한국인인데", "저희 스태프는 다 외국인이라"):
    # from abroad all the same
    # (or its nationality: "저희 촬영팀은 한국 국적입니다"; fixY20)
    # (its members said too: "저희 팀원은 전부 베트남 국적입니다"; para21)
    r"|(촬영 ?팀|스태프|제작진|크루|촬영진|팀원|팀원들|멤버|멤버들)(은|는|이|가)? ?(\d+ ?명 ?)?(다|모두|전부|전원|대부분|죄다)? ?(외국인|외국 사람|외국 ?국적|외국적|한국인|한국 사람|일본인|미국인|서양인|(?!중국)[가-힣]{2,5} ?국적)"
    # a crew named by its country in Korean ("한국 팀", "멕시코 촬영팀"): from abroad all the same
    r"|(한국|일본|미국|영국|프랑스|독일|스페인|이탈리아|멕시코|브라질|콜롬비아|칠레|아르헨티나|페루|태국|베트남|필리핀|인도|호주|캐나다|루마니아|러시아)(인)? ?(팀|촬영 ?팀|스태프|제작진|크루|제작사|프로덕션)"
    # "我们那个合作方是国外的，他们的人也能进场拍吗": the partner's people from abroad
    r"|(合作方|伙伴|片方|公司|团队|剧组)(是)?(国外|外国|海外|境外)的"
    # its people all foreigners ("合作方全是老外", "团队都是外国人", "the partners are all foreigners",
    # "son puros extranjeros"), or a crew coming with its own gear ("somos 8 con cámara propia", "our own
    # camera team", "他们自己扛机器过去", "저희 장비 들고 가서"): a crew from abroad shooting on its own
    r"|(合作方|合作的|伙伴|片方|团队|剧组|组里|同事|那伙人|那帮人|他们|我们)(的人)?(全|都|全部|大多|基本)?(是)?(老外|外国人|洋人|外籍)"
    # ("we're all from overseas", "우리 다 외국인이고"): the crew's people from abroad, said of themselves
    r"|\b(all|mostly) (from )?(overseas|abroad)\b|(우리|저희)(는)? ?(다|모두|전부|전원|죄다) ?(외국인|외국 ?사람)"
    # all of one country ("they're all Korean", "the whole crew is Mexican", "todos somos colombianos",
    # "我们全是韩国人", "저희 다 한국 사람이에요"): people from abroad, said of the crew (China's own is
    # none). A crew's tongue ("we're all Spanish speakers", "只会英语", "영어만") is not here: the
    # languages FAQ answers how they will work on set.
    r"|\b((we|they)('re| are) (all|mostly|entirely)|all of (us|them) are|the (whole |entire )?(crew|team|cast) (is|are)( all)?|everyone( on the crew| in the team)? is)"
    r" (?!chinese\b)(korean|japanese|thai|french|dutch|greek|irish|[a-z]{3,}(ian|ish|ese|ean|can)|foreign\w*)\b(?![- ]?speak)"
    r"|\b(todos|todas) (somos|son) (?!chin)(corean\w*|mexican\w*|colombian\w*|argentin\w*|chilen\w*|perua\w*|espanol\w*|japones\w*|brasilen\w*|extranjer\w*)\b"
    r"|\b(somos|son) (todos |todas |puros )(corean\w*|mexican\w*|colombian\w*|argentin\w*|espanol\w*|extranjer\w*)\b"
    r"|(我们|他们|大家|剧组|团队|组里|全组)(的人|成班人|一班人|所有人|全部人)?(全部都|全都|全|都|全部)(是)?(韩国|日本|美国|英国|法国|德国|西班牙|墨西哥|巴西|哥伦比亚|阿根廷|智利|秘鲁|泰国|越南|印度|俄罗斯|意大利|加拿大|澳大利亚|马来西亚|新加坡)人"
    r"|(우리|저희|다들|팀원들?|스태프들?)(은|는)? ?(다|모두|전부|전원) ?(한국|일본|미국|멕시코|스페인|브라질|태국|베트남)(인|사람)"
    r"|\b(all|mostly|only) (foreigners|non[- ]?chinese|westerners)\b|\b(puros|todos|solo|puro) (extranjeros|gringos|de fuera|de afuera)\b"
    # the crew's nationality said of it ("our crew would be Fijian nationals", "mi equipo es todo
    # colombiano", "我們攝影師是日本人", "저희 촬영감독은 일본 사람이에요"): people from abroad
    r"|\b(?!chinese\b)[a-z]{3,}(ian|ish|ese|ean|can|an|i) (nationals|citizens|passport holders)\b"
    # ("todas somos ciudadanas ecuatorianas", "el equipo son nacionales peruanos": the same in Spanish; fixD22)
    r"|\b(somos|son|es|seria|serian|sera|seran|todos|todas|equipo)\b[^?.!]{0,20}\b(ciudadan[oa]s?|nacionales) (?!chin)[a-z]{4,}\b"
    # the crew's nationality said by the word ("the crew are all of Irish nationality", "everyone on
    # our team holds a Brazilian passport", "nuestro equipo sería todo de nacionalidad española",
    # "我们团队全是西班牙国籍", "我哋成班人都係加拿大籍"): people from abroad all the same
    r"|\b(crew|team|staff|cast|we|they|us|them|everyone|everybody|all)\b[^?.!]{0,30}\b(of|with|holds?|holding|have|has|on) (a |an )?(?!chinese\b)(irish|thai|greek|dutch|french|czech|welsh|swiss|[a-z]{3,}(ian|ish|ese|ean|can|an|i)) (nationality|passports?|citizenship)\b"
    r"|\b(equipo|crew|staff|gente|elenco|todos|todas|somos|son)\b[^?.!]{0,30}\b(de|con) (nacionalidad|pasaporte|ciudadania) (?!chin)[a-z]{4,}"
    r"|(团队|團隊|剧组|劇組|摄制组|攝製組|我们|我哋|我地|他们|大家|成班人|全组|全組|组里|組裡|成员|成員|工作人员|工作人員)\S{0,4}(全|都|全部)?(是|係|系)(?!中国|中國)[\u4e00-\u9fff]{1,4}(国籍|國籍|籍)(?![\u4e00-\u9fff]{0,1}(书|書))"
    # some of the crew of that nationality ("我們團裡有菲律賓籍的團員", "组里有几个泰国籍的同事"): from abroad
    # all the same (fixD22; a cast member, 演员, is whether foreigners are cast)
    r"|(团里|團裡|团队里|團隊裡|剧组里|劇組裡|组里|組裡|队里|隊裡|我们这边|我們這邊)(也)?有(几个|幾個|一些|些|好几个|好幾個|两个|兩個|一个|一個)?(?:(?!中国|中國)[\u4e00-\u9fff]){1,4}(国籍|國籍|籍)的?(团员|團員|成员|成員|同事|工作人员|工作人員|人员|人員|员工|員工|人|朋友)"
    r"|\b(our|my|the) (whole |entire )?(crew|team|staff|camera team|camera crew|dp|cinematographer|director|gaffer)( members)? (would be|will be|are|is|'re|'s)( all| mostly| entirely)?"
    r" (?!chinese\b)[a-z]{3,}(ian|ish|ese|ean|can)\b(?![- ]?speak)"
    r"|\b(mi|nuestro|el|su) (equipo|crew|staff|camarografo|director de fotografia|fotografo|director)( de (rodaje|filmacion|grabacion|camara))?( \w+)? (es|son|seria|serian|sera|seran|va a ser)( todo| todos| pura| puro| puros| completo)? (?!chin)"
    r"(corean|mexican|colombian|argentin|chilen|perua|espanol|japones|brasilen|venezolan|ecuatorian|dominican|cuban|uruguay|paraguay|bolivian|guatemal|hondur|salvador|nicaragu|costarric|paname|puertorriq|fiyian|extranjer)\w*"
    r"|(摄影师|攝影師|摄影|攝影|导演|導演|灯光师|燈光師|剪辑师|剪輯師|工作人员|工作人員|同事|员工|員工|成员|成員|团队|團隊|剧组|劇組)(是|都是|全是|全部是)(?!中国|中國|本地)[\u4e00-\u9fff]{1,4}人"
    r"|(촬영 ?감독|감독|스태프|팀원|촬영 ?기사)(은|는|이|가)? ?(?!중국)[가-힣]{1,5} ?(사람|인|국적)(이에요|입니다|이라|인데)"
    r"|\b(con|y|traemos|llevamos) (nuestras?|sus|su|nuestros?) (propias? )?(camaras?|camarografos|fotografos|operadores( de camara)?|tecnicos|equipos? de (camara|rodaje)|gente|staff|crew)( propi[ao]s?)?\b|\bcon (camara|camaras|equipo) propi[ao]s?\b"
    r"|\bour own (camera|film|shooting)? ?(team|crew|people|camera|gear|kit)\b|\b(bring|brings|bringing|fly|flying) (in )?our (own )?(camera|crew|team|gear|kit)\b"
    r"|\b(mob|team|crew|group|bunch) of \d+\b|\bsomos (unos |unas )?\d+\b"
    r"|(自己|自个儿?|自行)(扛|带|拿)(着)?(机器|设备|摄影机|器材)|自带(机器|设备|器材|团队|人马)|(저희|우리|자체) ?(장비|카메라|촬영 ?장비)"
    # a crew named by its country ("our French camera crew", "un equipo francés", "法国摄影组",
    # "프랑스 촬영팀"): a crew from abroad all the same (China's own is none)
    r"|\b(french|german|italian|british|english|spanish|mexican|american|canadian|brazilian|argentin\w+|colombian|chilean|peruvian"
    r"|korean|japanese|thai|indian|nigerian|kenyan|south african|australian|russian|polish|dutch|turkish|egyptian)( [\w-]+)? (crews?|teams?|units?|productions?|film ?makers?)\b"
    r"|\b(equipos?|crews?|productoras?|combos?|grupos?|grupitos?|parches?|bandas?|fundacion(es)?|asociacion(es)?|cooperativas?|colectivos?|organizacion(es)?|ongs?)( de (rodaje|camara|filmacion))? (de )?(frances\w*|aleman\w*|italian\w*|britanic\w*|ingles\w*|mexican\w*|estadounidense\w*|gringo\w*"
    r"|canadiense\w*|brasilen\w*|argentin\w*|colombian\w*|chilen\w*|perua\w*|corean\w*|japones\w*|espanol\w*|europe\w*|african\w*|latin\w*)\b"
    r"|(?<!中)(?<!我)(国|兰|亚|西|本|班牙|利|度)(的)?(摄影组|摄制组|剧组|拍摄团队|制作团队|摄影团队|团队|片方)"
    r"|(프랑스|독일|이탈리아|영국|미국|스페인|멕시코|브라질|일본|캐나다|호주|러시아|태국|인도)(의)? ?(촬영 ?팀|제작진|크루|프로덕션|팀|제작사|스태프)"
    # any other nationality by its English ending ("a Georgian production company", "a Danish crew",
    # "Polish outfit"); China's own is none, and companies alone are partners ("any Korean companies?")
    r"|\b(?!chinese\b)(french|dutch|czech|irish|welsh|scots|manx|greek|thai|[a-z]{3,}(ian|ish|ese|ean|can))( [\w-]+)? (crews?|teams?|units?|productions?|production (compan(y|ies)|houses?)|outfits?|film ?makers?)\b"
    # a crew of the company's own brought along ("bringing our own crew", "with own team", "con
    # nuestro propio equipo", "自带团队", "저희 스태프 데리고"): the crew from abroad it is
    r"|\b(bring(ing)?|fly(ing)? in|with) (our |its |their |my )?own (crew|team|staff|people|technicians|dp|camera team)\b"
    r"|\b(con|traer|traemos|llevar|llevamos) (nuestro|nuestra|su|mi) propi[oa] (equipo|gente|crew|personal)\b"
    r"|自带(的)?(团队|剧组|摄制组|班底|人马)|带(着)?自己的(团队|剧组|摄制组|班底|人)"
    r"|(저희|우리|자체) ?(스태프|촬영 ?팀|제작진|크루)(를|을|들)? ?(데리고|데려|그대로|직접)"
    # a crew said with the place it comes from ("a crew from Orkney", "four of us from Connemara",
    # "somos de Getxo", "somos cuatro gatos de Castelló", "我们是老挝过来的团队", "从马德里过去"):
    # a crew from elsewhere, come to shoot here (our own places are none)
    r"|\b(crews?|teams?|units?|outfits?|productions?|compan(y|ies)|lads|folks?|gang|mob|bunch|us|we're|we are)( \w+)? (from|out of) "
    r"(?!(china|hengdian|beijing|shanghai|hangzhou|zhejiang|yiwu|hisda|here|there|the|this|that|our|your|a|an|around|abroad|now|scratch|home|time|day)\b)[a-z]{3,}"
    r"|\bsomos( \w+){0,3} de (?!(china|hengdian|hisda|aqui|aca|alla|la|el|los|las|un|una|lo|que|esta|este|ese|esa|series|cine|television|tv|contenido\w*"
    r"|documentales|peliculas|cortos|animacion|publicidad|ficcion|produccion|distribucion)\b)[a-z]{3,}"
    r"|(是|从|打|自)(?!(从|打|自)?(国内|本地|当地|横店|北京|上海|杭州|浙江|这边|那边|哪))[\u4e00-\u9fff]{2,5}(过来|过去|来)的(团队|剧组|摄制组|组|公司|片方|人)"
    r"|(从|打)(?!国内|本地|当地|横店|北京|上海|杭州|浙江|这边|那边|哪)[\u4e00-\u9fff]{2,5}(过去|过来|飞过去|飞过来)"
    r"|(한국|일본|미국|영국|프랑스|독일|스페인|멕시코|외국|해외)(인)? ?(미술|조명|카메라|연출|음향|특수효과|분장|의상) ?(팀|스태프|크루)"
    # the partner saying itself foreign beside the ask ("siendo de fuera", "aunque seamos extranjeros",
    # "being foreigners", "身为外国人", "외국인이어도"): a crew from abroad all the same
    r"|\b(siendo|aunque seamos|aun siendo|como somos|ya que somos|como) (gente |un equipo |una productora )?(de fuera|de afuera|extranjer\w*|de otros? pais\w*|no chin\w*)\b"
    r"|\b(being|as|since we're|since we are|though we're|though we are|even though we're)( a)? (foreigners?|from abroad|from overseas|non[- ]?chinese|not chinese|outsiders?)\b"
    r"|(作为|身为|虽然是|虽说是|既然是|就算是|我们是|咱们是)(外国人|老外|外籍|境外|海外|国外)"
    r"|(외국인|외국 ?사람|외국 ?업체|해외 ?업체)(인데|이어도|이라도|이지만|이면|인데도|이라서)"
    # a company that is not Chinese ("중국 회사 아닌 데서 찍으러 가도", "不是中国公司的剧组")
    r"|중국 ?(회사|업체|제작사|팀)(가|이)? 아닌|不是中国(的)?(公司|剧组|团队|劇組|團隊)"
    # a shoot said with where it comes from ("un rodaje que viene de Argentina", "a shoot coming in
    # from Lagos", "从阿根廷过来的剧组" above): a crew from abroad (our own places are none)
    r"|\b(rodajes?|equipos?|producciones|productoras?|crews?) que vienen? de (?!(china|hengdian|aqui|aca|alla)\b)[a-z]{3,}"
    r"|\b(shoots?|crews?|teams?|productions?) coming (in |over )?from (?!(china|hengdian|here|there)\b)[a-z]{3,}"
    # nobody of the crew from China ("none of us is Chinese", "ninguno de nosotros es de China",
    # "我们没有一个是中国人", "우리 중에 중국인은 없어요"): a crew from abroad all the same
    r"|\b(none|neither|not one|no one|nobody) (of us|of them|of the (crew|team)|in (the|our|my) (crew|team))( is| are)? (chinese|from china)\b"
    r"|\b(ninguno|ninguna|nadie) (de nosotros|de nosotras|de ellos|del equipo|en el equipo|de mi equipo)( es| somos| son)? (chin[oa]s?|de china)\b"
    r"|(没有一个|没一个|都不)是中国人|(우리|저희) ?중에 ?중국(인|사람)(은|이)? ?(없|아무도)"
    # the crew's people of one or two nationalities ("the crew would be mostly Irish and English",
    # "我哋個team全部係加拿大人", "우리 팀은 한국 사람들인데"): a crew from abroad (fixS16)
    r"|\b(our|my|the) (whole |entire )?(crew|team|staff|cast|people)( members)? (would be|will be|are|is|'re|'s)"
    r"( all| mostly| entirely| largely| mainly)? (irish|welsh|scots|scottish|french|dutch|czech|greek|thai|swiss|(?!chinese\b)[a-z]{3,}(ian|ish|ese|ean|can|i))\b(?![- ]?speak)"
    r"|(team|团队|團隊|剧组|劇組|组|組|我哋|我们|我們|大家)(全部|全|都|大部分|多数|多數|基本)?(是|係)(?!中国|中國|本地|国内|國內)[\u4e00-\u9fff]{1,5}人"
    # (the crew as "our folks", "우리 식구들 다 한국 사람인데": the same people)
    r"|(우리|저희) ?(팀|스태프|제작진|크루|촬영 ?팀|식구들?)(은|는|이|가)? ?(다|모두|전부|전원|대부분)? ?(?!중국)[가-힣]{1,5} ?(사람|인)들?(이에요|인데|이라|입니다|이고|이니|이라서|이니까)"
    # a crew asking whether the sets are kept for China's own is from elsewhere
    r"|" + KEPT_FOR_LOCALS.pattern)
# Whether something can be shot at a place, asked yes or no ("could we shoot something like that
# on your LED stage?", "¿algo así se podría rodar con sus pantallas LED?", "那样的戏在LED棚里能整不",
# "그런 거 LED 스튜디오에서도 찍을 수 있냐"); "what can we shoot there?" asks its scene types instead
SHOOT_THERE_ASKED = re.compile(
    r"^\W*(and |so |ok |hey )?(can|could|cud|cld|may|might|would) (we|i|u|you|ya|y'?all|they|one) (still |also |even )?(shoot|film|do|make|record)\b"
    r"|^(?!\W*(que|cual|cuales|cuantos|cuantas|como|donde)\b).{0,40}\b(se )?(podria|puede|podra|podemos|podriamos|pueden|podrian|seria posible|es posible|da para) (\w+ )?(rodar|filmar|grabar|hacer)(lo|la|los|las)?\b"
    r"|^(?!.*(什么|啥|哪些|哪种|哪類|哪类)).*((能|可以|能不能|可不可以)(拍|整|搞|做)|(拍|整|搞)得(了|成))"
    r"|^(?!.*(뭐|무슨|어떤|어느)).*(찍|촬영하)(을 ?수|어도|는 ?거 ?(가능|돼|되))")
SHOOT_ALLOWED = re.compile(
    r"\b(allow|allows|allowed|permitted|permission|let|welcome|able|eligible|possible)\b.{0,60}\b(shoot\w*|film\w*|roll(ing)? cameras?|work|operate)\b"
    # a set open to a crew from abroad ("is that one open to a lot from Cardiff, or only to Chinese
    # productions?", "¿ese set está abierto a equipos de fuera?"): whether it may shoot there
    r"|\b(open|available) to\b.{0,40}\b(crews?|productions?|teams?|lot|outfits?|foreign\w*|outsiders|overseas|anyone|everyone)\b"
    r"|\b(abiert[oa]s?|disponibles?) (a|para)\b.{0,40}\b(equipos?|producciones|productoras?|extranjer\w*|gente de fuera|cualquiera)\b"
    # whether the crew will do on the set ("they're all Korean, is that ok on set?", "todos somos
    # hispanohablantes, ¿eso funciona en el set?", "我们全是韩国人，在片场没问题吧", "다 한국 사람인데
    # 현장에서 괜찮아요?"): whether it may work there
    r"|\b(ok|okay|fine|alright|a problem|an issue|work)\b.{0,15}\bon (the )?set\b|\bon (the )?set\b.{0,20}\b(ok|okay|fine|alright|a problem|an issue)\b"
    # ("any issue with them working on set?", "any problem with our gaffer working on location?")
    r"|\b(any|an?) (problems?|issues?|trouble)\b.{0,30}\b(working|shooting|filming|to work|to shoot|to film)\b.{0,12}\bon (the )?(set|location|site)\b"
    r"|\b(funciona|funcionaria|esta bien|sirve|hay problema|es problema|es un problema)\b.{0,15}\ben (el )?(set|rodaje|plato|locacion)\b"
    r"|\ben (el )?(set|rodaje|plato)\b.{0,20}\b(funciona|problema|bien)\b"
    r"|(片场|现场|拍摄现场|剧组里).{0,8}(没问题|有问题|行不行|可以吗|行吗|有影响|方便吗|ok吗)"
    r"|(촬영 ?)?현장(에서|은|에선)? ?(괜찮|문제|지장)"
    # "会让我们拍个小片子吗", "让不让外国人进去拍", "在横店开机要得不": let in to shoot, whether it will do
    r"|(让|讓|给|給|允许|允許|准)(我们|我們|咱们|咱|他们|他們|我|人)(去|进去|进|過去|过去)?(拍|开机|開機|取景|开工)"
    r"|(开机|開機|拍摄|拍攝|拍戏|拍戲|取景|开工)(要得|得行|中不中|行|成|可以)(不|吗|嗎|么|嘛|没|沒)"
    # kept for China's own ("do they keep it for Chinese productions?"): see `KEPT_FOR_LOCALS`
    r"|" + KEPT_FOR_LOCALS.pattern +
    # "Permitted in Hengdian?", "allowed at the studios?": allowed there at all (with a crew said)
    r"|\b(allowed|permitted|welcome|ok)\b (in|at|into) (hengdian|the studios?|your studios?|the lots?|there)\b"
    r"|\b(can|could|may)\b.{0,30}\b(shoot|film)\b"
    # the crew's people working there ("May they work on location in Hengdian?", "헝뎬 현장에서 일할 수
    # 있소?", "可以在横店片场工作吗"): whether they may work on the shoot
    r"|\b(can|could|may|might)\b (they|we|he|she|them|our \w+( \w+)?) (legally |still |even )?work\b.{0,30}\b(on location|on (the )?sets?|on site|there|in hengdian|in china|at the studios?)\b"
    r"|(현장|세트장?|촬영장|헝뎬|중국)(에서|에선|서) ?(일|작업|근무)(할 수|해도|하는 ?(게|것)(이|은|도)?) ?(있|돼|되|괜찮|가능)"
    r"|(可以|能|能不能|可不可以|让不让|允不允许)在.{0,8}(片场|现场|横店|橫店|拍摄地|剧组).{0,4}(工作|干活|上班|做事)"
    r"|\b(pueden|puede|podemos|podrian|permit\w*|dej\w+|autoriza\w*)\b.{0,40}\b(grabar|filmar|rodar|trabajar)\b"
    # "si caemos allá con nuestros camarógrafos, ¿eso se permite?": allowed, the shoot said before it
    r"|\b(se permite|esta permitido|es permitido|lo permiten|nos lo permiten|nos dejan)\b"
    # "¿un rodaje íntegramente español tendría acceso a Hengdian?", "would a fully Mexican crew get access?"
    r"|\b(tendria|tendrian|tendriamos|tiene|tienen|tenemos|tener|habria) acceso\b|\bacceder (a|al) (hengdian|los estudios|los sets|los platos)\b"
    r"|\b(get|have|be given|gain) access (to|at) (hengdian|the studios?|the sets?|the lots?)\b"
    # "자체적으로 찍는 게 가능", "是否合规", "自行组织摄制", "进景有没有限制": whether it may be done
    # (its particle and any word of leave said: "촬영하는 것이 허용됩니까?"; para21)
    r"|(찍|촬영하)(는 ?게|는 ?것|을 ?수|어도|으면)(이|은|도|가)? ?(가능|되|된|돼|있|괜찮|허용|허락|허가)|自行(组织)?(摄制|拍摄|开机|拍)|是否合规|合不合规|合规吗"
    # whether anyone there objects or a special approval is needed ("would the locals mind a crew
    # setting up cameras?", "外国人在那里拍摄要不要特别批准？"): whether it may be done
    r"|\b(mind|object|objections?|complain)\b.{0,40}\b(crews?|teams?|cameras?|shoot\w*|film\w*)\b"
    r"|(拍摄|拍攝|拍戏|拍戲|取景|拍).{0,4}(要不要|需不需要|需要|要|得)(特别|特別|专门|專門|额外|額外)?(批准|审批|審批|许可|許可|批文)"
    r"|(进景|进场|进组|进去拍|入场|开机|拍摄).{0,6}(有没有|有无|有什么)?(限制|门槛)"
    r"|(能不能|能否|可不可以|可以|可唔可以|让不让|讓不讓|允许|允許|准不准|开放|開放).{0,10}(拍|开机|開機|开工|開工|取景)"
    r"|能(进去|进来|过去|去|进场|到|进)?(那儿|那里|那边|那|这边|这里|横店|片场)?拍(吗|嗎|不|么|麼|嘛|不了|了吗)|能.{0,12}(开工|开机|拍摄|拍戏)(不|吗|么|嘛|没|不了)|(进场|进景区|入场|进组)(拍|拍摄|拍戏)(吗|不|么|嘛)"
    r"|(촬영|작업|슛)(이|을|도)? ?(가능|허용|할 수|해도|되나|돼요|되나요|되는지|허가)"
    # "能在中国拍吗", "跟着去那个园林拍会有问题吗", "去那边拍摄有没有问题": allowed there, a place between
    # whether filming there is all right or a problem ("is that all right for filming by that river?", "is that
    # acceptable for filming at that set?" (fixD22),
    # "¿hay algún problema para rodar allí?", "喺嗰度拍有冇問題"): whether it may be done (fixS16)
    r"|\b(all right|alright|ok|okay|fine|acceptable|a problem|an issue|any problems?|any issues?)\b.{0,12}\b(for|with) (us )?(shoot|film)\w*"
    r"|\b(algun |ningun )?(problema|inconveniente|impedimento|bronca|lio)\b.{0,12}\b(para|en|al|de|pa) (rodar|grabar|filmar)\b"
    # an obstacle to their shooting ("¿hay alguna traba para que rueden en ese escenario?", "¿algún
    # impedimento para que graben allí?"): whether it may be done (fixM18)
    r"|\b(algun |alguna |ningun |ninguna )?(problemas?|inconvenientes?|impedimentos?|trabas?|obstaculos?|pegas?|limitacion(es)?)\b.{0,12}\b(para|pa) que (rueden|ruede|graben|grabe|filmen|filme|rodemos|grabemos|filmemos|trabajen)\b"
    r"|(拍|拍摄|拍攝|拍戏|拍戲|取景)(会|會)?(有冇|有没有|有沒有|冇)(咩|什么|啥)?(问题|問題|麻烦|麻煩)"
    r"|能(在|到|去|进)[^，。？?]{1,10}(拍|拍摄|拍戏|取景)(吗|嗎|不|么|麼|嘛|没)|(拍|拍摄|拍攝|拍戏|取景)(会|會)?(不会|会不会)?(有|没有|没)?(什么|啥)?(问题|問題|麻烦|麻煩)"
    # taken in by the studios ("嗰邊片場肯唔肯接？", "那边片场肯不肯收外地剧组", "찍으러 가도 스튜디오가 받아주는교?")
    r"|(片场|片場|影视城|影視城|摄影棚|攝影棚|基地|嗰边|嗰邊|那边|那邊|横店|橫店).{0,4}(肯唔肯|肯不肯|愿唔愿意|願唔願意|愿不愿意|願不願意|收唔收|收不收)(接|收)?"
    r"|(찍|촬영|슛)\S{0,6} .{0,25}받아 ?(주|줘|줄)"
    # "촬영하는 데 문제가 없겠습니까", "那个景阮进得去吗", "进不进得去": let in, no obstacle to the shoot
    r"|(촬영|작업|찍)(하는|는) ?데 ?(문제|지장|제약|제한)(가|이|는|은)? ?(없|있)|(进|進)(得去|不去)|(进|進)不(进|進)得去|能(进|進)(去|场|場|景)?(吗|嗎|不)"
    # what limits a shoot: "外国团队进景区拍摄有啥限制没有", "any restrictions on foreign crews filming?",
    # "¿qué restricciones hay para rodar?", "외국 팀 촬영 제한 있어요?"
    r"|(拍|拍摄|拍戏|取景|开机).{0,6}(有)?(啥|什么|哪些|没有|有没有)?(限制|规定|门槛|講究|讲究)"
    # (or a rule that would stop it: "any rules stopping us from shooting there?", "anything that
    # would prevent us from filming?"; para21)
    r"|\b(rules?|regulations?|laws?|anything|something)\b.{0,25}\b(stop\w*|prevent\w*|bar\w*|block\w*|keep\w*)( \w+)? from (shoot\w*|film\w*|record\w*)"
    # ("any restriction on our recording at that garden?": recording is the shoot; fixY20)
    r"|\b(restrictions?|limits?|limitations?)\b.{0,30}\b(shoot\w*|film\w*|recording)\b|\b(shoot\w*|film\w*|recording)\b.{0,30}\b(restrictions?|limitations?)\b"
    r"|\brestricci\w*\b.{0,30}\b(grabar|filmar|rodar|rodaje)\b|\b(grabar|filmar|rodar|rodaje)\w*\b.{0,30}\brestricci"
    r"|촬영.{0,8}(제한|제약|규제)"
    # "거기서 찍게 해 줌?", "촬영하게 허락해 줄까요": let to shoot
    r"|(찍|촬영하|촬영을 하)게 ?(해|허락|허가)"
    # whether it is a problem: "他们自己过去开拍，没问题吧？", "any problem putting our own camera team
    # on the ground there?", "nos reciben allá pa rodar o no se puede?", "가서 찍어도 문제없나요?"
    r"|(开拍|开机|开工|拍摄|拍戏|拍)[^？?。]{0,6}(没问题|没事|行不行|行么|行吗|行不|可以吗|ok吗|成不成|不成问题)"
    r"|\b(put|bring|send|have|land|get)\b (their|our|its|my) (own )?(camera |film )?(crew|team|people|unit)\b.{0,15}\b(on the ground|there|over there|in)\b"
    r"|\b(any )?problems?\b.{0,40}\b(shoot\w*|film\w*|camera|crew|team)\b|\b(shoot\w*|film\w*)\b.{0,30}\b(any )?problems?\b"
    # "¿les abren esas puertas?", "would they open their doors to us?": taken in
    r"|\b(nos|les|los|le) (abren|abririan|abriran|abre) (las |esas |sus |la |esa |su )?puertas?\b|\bopen (its|their|your|the) doors? to\b"
    r"|\b(nos|los|les) (reciben|aceptan|dejan|abren|permiten)\b.{0,30}\b(rodar|grabar|filmar)|\b(rodar|grabar|filmar)\b.{0,20}\bo no se puede\b"
    # what would stop the shoot ("would that prevent us from filming at that riverside?", "¿eso nos
    # impediría rodar allí?", "会不会影响我们在那边拍摄", "캐나다 국적이면 거기서 촬영 못 하나요?"; fixC17)
    r"|\b(prevent|prevents|prevented|preventing|stop|stops|stopped|bar|bars|barred|keep|keeps|block|blocks|blocked|hinder|hinders"
    r"|prohibit|prohibits|prohibited|forbid|forbids|forbidden|ban|bans|banned|exclude|excludes|excluded)\b.{0,30}\bfrom (shoot|film|work)\w*"
    r"|\b(impid|imped|prohib)\w*\b.{0,30}\b(rodar|grabar|filmar|rodaje|trabajar)\b|\b(nos|les|me) (impid|imped|prohib)\w*\b.{0,12}\b(alla|alli|ahi|ahi|el set|la locacion)\b"
    r"|(影响|影響|妨碍|妨礙|阻止|耽误|耽誤|阻碍|阻礙)(到)?(我们|我們|我哋|咱们|他们|他們)?(在|去|到)?(那|那里|那边|那處|嗰度|嗰边|横店|片场)?(拍|拍摄|拍攝|拍戏|拍戲|取景)"
    r"|(촬영|찍는 ?거|찍는 ?것|찍기)(을|를|이|가|는|도)? ?(막|못 하|못하|못 해|못해|금지|안 되|안되|안 돼|안돼)"
    # (북한·함경도 "일없다", fine: "거기서 찍어도 일없슴둥")
    r"|(찍|촬영하)(어도|으면|는 ?거|는 ?게) ?(문제|괜찮|일없|상관없)"
    # the crew taken in ("¿los estudios aceptan producciones de afuera?", "do the studios take
    # foreign productions?", "横店接不接外国剧组", "해외 제작사도 받아 주나요?")
    r"|\b(aceptan|acepta|aceptarian|reciben|recibe|admiten|admite|trabajan con|toman)\b.{0,30}\b(producciones|productoras|equipos|rodajes|crews?|compan\w+)\b"
    r"|\b(accept|accepts|take|takes|welcome|welcomes|host|hosts|work with|works with)\b.{0,20}\b(productions?|crews?|teams?|film ?makers?|producers?|compan(y|ies))\b"
    r"|(接受|接待|欢迎|收|接)(不(接受|接待|欢迎|收|接))?.{0,6}(剧组|团队|制作|片方|公司)"
    r"|(제작사|팀|프로덕션|촬영 ?팀|크루|제작진)\S{0,3} ?(직접 |바로 |그냥 )?(받아|받나|받습|받으|받는|환영|허용)")
# the passport a crew holds or lacks said as who it is ("no Chinese passports", "we're on Spanish
# passports", "sin pasaporte chino", "con pasaporte colombiano", "没有中国护照", "拿的都是法国护照",
# "중국 여권 없음", "한국 여권이라"): a nationality, no papers asked
PASSPORT_HELD = re.compile(
    r"\b(no|without( a| any)?|not on|none of us (has|have|holds?)( a| an)?|don'?t (have|hold)( a| an| any)?|(we )?(hold|holds|holding|carry|carries|carrying|has|have|on|with)( \w+)?)"
    r"( [\w-]+){0,2} passports?\b(?! (for|to|when|if|do|does|is|are)\b)|\b\w+ passport holders?\b"
    r"|\b(sin|con|no tenemos|tenemos|tiene|tienen|ninguno (tiene|con))( \w+)? pasaportes?( \w+)?"
    r"|(没有|没|无|不是|拿|持|用|都是|全是)(着|的)?(都是|是)?.{0,4}(护照|護照)|(护照|護照)(都)?(不是|是)"
    r"|(중국|한국|외국|미국|일본|스페인|멕시코|프랑스|영국|[가-힣]{2,5}) ?여권(이|은|도|을)? ?(없|안|아니|이라|인데|이고|소지|가진|가지고|들고|만)"
    r"|여권(이|은|도)? ?(없|아니)")


# The passport as something that might get in the way of the shoot ("会不会影响在那个景拍", "¿eso nos
# impide grabar?", "촬영하는 데 문제 없나요?"; fixH17)
_SHOOT_HINDERED = re.compile(r"\b(stop|stops|keep|keeps|prevent|prevents|bar|bars|block|blocks) (us|them|the crew|our crew|our team) from (film|shoot)\w*"
                             r"|\b(impid\w*|imped\w*|afect\w*) (que )?(\w+ )?(grabar|filmar|rodar|grabemos|filmemos|rodemos)"
                             r"|(影响|影響|妨碍|妨礙|耽误|耽誤).{0,8}拍|(촬영|찍)\S{0,6} ?(문제|지장|제약|제한)")


# Whether something gets in the way, asked ("would that stop us from filming?", "¿eso nos impide
# grabar?", "会不会影响拍", "촬영하는 데 지장 있어요?"): a FAQ's leading "Yes" would say it does (fixH17)
HINDRANCE_ASKED = re.compile(r"\b(stop|stops|prevent|prevents|keep|keeps|bar|bars|block|blocks|hold|holds) (us|them|me|the crew|our crew|our team|anyone|people)( back)?\b.{0,12}\bfrom\b"
                             r"|\b(be|cause|causes) (a |an |any )?(problem|issue|obstacle)s?\b|\b(count|counts|work|works) against\b"
                             r"|\b(impid\w*|imped\w*|impedimento|afect\w*|estorb\w*)\b|\b(algun|un) (problema|inconveniente)\b"
                             r"|影响|影響|妨碍|妨礙|耽误|耽誤|有没有问题|有沒有問題|有冇問題|有冇问题|会不会有问题|會唔會有問題"
                             r"|지장|문제(가|는)? ?(없|있|되|돼)|걸림돌|제약(이)? ?(있|없)")


def passport_as_reason(text: str) -> bool:
    """"we're all foreigners, no Chinese passports, would they let us film at that one?", "sin pasaporte
    chino, ¿nos dejan filmar?", "没有中国护照，让我们拍吗", "중국 여권 없음, 찍게 해 줌?": the passport held
    or lacked is why the crew asks, and what it asks is whether it may shoot, not the papers to enter
    (a visa or entry papers named beside it stay the visa). `text` is folded."""
    rest = PASSPORT_HELD.sub(" ", text)
    return rest != text and VISA.search(rest) is None and (SHOOT_ALLOWED.search(rest) or _SHOOT_HINDERED.search(rest)) \
        and not re.search(r"\b(need|needs|necesit\w*|hace falta|requier\w*|tramit\w*)\b|需要|要办|办理|준비|필요", rest) \
        and not ENTRY_ASKED.search(rest)


# Getting into the country itself asked, or papers for it ("will China let us in without papers?",
# "¿nos dejan entrar en China así sin más o hay que pedir algún papel?", "进中国要不要办什么", "중국
# 입국할 때 서류"): the way in is the visa, whatever the passport held (`passport_as_reason`)
ENTRY_ASKED = re.compile(r"\blet (us|them|me|the crew|my crew|our crew|the lads|the team) in\b|\b(into|enter|entering|get into) china\b"
                         r"|\b(entrar|ingresar|llegar) (a|en) china\b|\b(papel|papeles|papeleo|papers|paperwork)\b"
                         r"|(进|入|去)中国|入境|중국 ?(에 )?(입국|들어가|들어오)|입국|서류")


TRAVEL = re.compile(r"\b(land|lands|landing|landin|landed|arrive|arriving|arrival) (in|at|into)\b|\btouch(ing|es)? down\b"
                    # "do we train it or fly", "nearest city?"
                    r"|\b(train|drive|bus) it\b|\bor fly\b|\b(nearest|closest) (big )?(city|airport|station|town)\b"
                    r"|\b(train|car|bus|taxi|coach) or (a )?(train|car|bus|taxi|coach)\b|\bfly(ing)? (in|into|to|from|out)\b|\bflights?\b"
                    r"|\bairports?\b|\bby (road|car|train|bus|coach|rail)\b|\bhigh[- ]speed (rail|train)|\bbullet train|\b(bus|train|car|taxi)\?"
                    r"|\b(take|catch) (a|the) (train|bus|coach|shuttle)\b|\btransfers? (from|to) (the )?(airport|station|pudong|hongqiao)"
                    r"|\b(best|easiest|fastest|quickest|shortest) (way|route) (to|there|in)\b|\broute (to|from|there)\b"
                    r"|\bhow (do|can|should|would) (we|i|you|u|a crew) (get|travel|continue|go) (to|there|from)\b"
                    # "how would a crew of 12 get themselves there": the way there, whoever travels
                    r"|\bhow (do|can|should|would|will|does)\b.{0,30}\b(get|make it|travel)( (ourselves|themselves|yourselves|myself|us|them))? (to|there|over)\b"
                    # changing planes or trains on the way ("connecting flight", "hacer escala",
                    # "中转", "환승"): the route there
                    r"|\b(layovers?|stopovers?|connecting (flights?|trains?)|change (planes|trains|flights))\b"
                    r"|\b(hacer|con|sin) escalas?\b|\bescala en\b|\btransbord\w*|\bvuelos? de conexion\b"
                    r"|aterriz\w*|\bvol(amos|ar|aremos|ando)\b|\bvuelos?\b|aeropuerto|por carretera|\btren(es)?\b|\btraslados?\b"
                    r"|\bruta\b.{0,25}\b(hasta|para llegar)\b|como (llegamos|llego|se llega|le hacemos para llegar|nos movemos)"
                    r"|\b(ktx|shuttle bus)\b|\btaxi (from|to)\b"
                    # (a route for "Hengdian content" or "Hengdian-shot shows" is distribution, no trip)
                    r"|\broute\b.{0,30}\b(studios?|hengdian)\b(?![- ]?(content|shows?|titles?|series|films?|dramas?|made|shot|produced)\b)"
                    r"|机场|高铁|动车|大巴|班车|客车|长途车|怎么去|转车|转机|轉車|轉機|换车|換車|坐什么车|打车|换乘|換乘|转乘|轉乘|中转|中轉"
                    r"|공항|비행장|고속철|루트|ktx|택시|기차|버스로|어떻게 가(요|나요|야|면|는 ?게|는 ?길)|환승|경유|갈아타|비행기|항공편"
                    r"|\b(airfields?|airstrips?|aerodromos?)\b|飞机场|航站楼"
                    # the means of getting there asked for ("transport to the set", "transporte
                    # hasta el rodaje", "交通怎么安排", "교통편", "이동편")
                    r"|\btransport(ation)? (to|from|options)\b|\btransporte (a|al|hasta|desde)\b|交通(方式|怎么|咋|安排)|교통편|이동편|이동 ?수단"
                    # how long the way takes from a place ("상하이에서 얼마나 걸림", "从上海过去要多久")
                    r"|(에서|부터) .{0,15}(얼마나|몇 ?시간) ?걸|从.{1,8}(过去|到|去).{0,6}(多久|多长时间|几个?小时)"
                    # how far it is from a place ("how far is that from Shanghai?", "¿a qué distancia
                    # queda de Hangzhou?", "离上海多远", "상하이에서 얼마나 멀어요"): the way there
                    r"|\bhow (far|many (km|kms|kilometers|kilometres|miles|hours))\b.{0,40}\bfrom\b|\bdistance (from|to|between)\b"
                    r"|\b(que tan|que|a que) (lejos|distancia)\b.{0,40}\b(de|desde)\b|\bcuantos (km|kilometros)\b|" + PLACE_APART + r""
                    r"|离.{1,8}(多远|有多远|远不远|几公里)|距离.{1,8}(多远|几公里)|(에서|까지) ?(얼마나|많이) ?(멀|먼)|거리가 ?(얼마|어느)")
"""Getting to Hengdian (flights, airports, trains, the road from the airport): the FAQ whose first
tag is `travel` answers it, as `VISA` does for entry papers ("we land in Shanghai on the 3rd,
then what, bus? car?" is no date, no set list and no sign-up of 14 people), when the way leads
to us (`TOWARDS_US`): a flight from Accra to Dubai, or the last train from Shanghai to Suzhou, is
no question of ours (a city we are reached through is no destination by itself)."""
# How long something takes, said bare ("要多久", "how long?", "¿y cuánto tiempo?", "얼마나 걸려요?",
# "from Shanghai, how many hours?"): right after the way to Hengdian, how long the trip is
TRIP_DURATION = re.compile(r"\bhow (long|many hours)\b|\bcuant[oa]s? (tiempo|horas)\b|\bcuanto (se )?(tarda|demora|dura)\w*"
                           r"|\bhow many days (does|will|would) (it|that) take\b|\bcuantos dias (tarda|demora)\w*"
                           r"|多久|多长时间|多長時間|多少时间|几个?(小时|钟头)|多少(个)?小时|几天(能|可以)?(办|下来|好)|얼마나 (걸|오래)|몇 ?시간|시간(이|은)? ?얼마나"
                           r"|며칠(이나| 정도)? ?걸")

TICKET_BOOKING = re.compile(r"\b(book|buy|reserve|get|grab) (me|us) (a |an |the |some |\d+ |two |three )?(flights?|tickets?|seats?|train|plane)"
                            r"|\bcompr(a|ame|anos|ar|en)\b.{0,20}\b(boletos?|pasajes?|vuelos?)|\breserv\w* .{0,12}\b(vuelos?|pasajes?|boletos?)"
                            r"|[订買买].{0,14}票|예매|표 ?(좀 )?(끊|사)")
"""Asking us to book or buy a ticket: a service we do not offer, not the way to Hengdian."""
TOWARDS_US = re.compile(r"hengdian|studios?\b|estudios?\b|\b(there|alla|alli|ahi|hasta alla)\b|china|zhejiang|dongyang"
                        r"|横店|橫店|浙江|东阳|影视城|影視城|影视基地|헝뎬|스튜디오|촬영소|촬영장|거기까지|그곳까지|过去|到那(边|里|儿)"
                        # the province and the lots by other names ("저장성 쪽", "절강성", "vuestro pueblo de los platós")
                        r"|저장성|절강성|저장 ?쪽|둥양|중국|\bplatos?\b|\b(hasta|a) (vuestro|su|tu|el) (pueblo|pueblito)\b"
                        # the shoot's own site ("to the set", "hasta el rodaje", "到片场", "현장까지")
                        r"|\b(to|reach|the) (the )?(set|shoot|site)\b|\b(hasta|al) (el )?(set|rodaje)\b|片场|现场|拍摄地|현장|로케 ?현장"
                        # landing at a gateway of ours and going on ("we land at Pudong, then train or car?",
                        # "aterrizamos en Shanghái", "在浦东落地", "푸둥 도착하는데"): the rest of the way is to us
                        r"|\b(land\w*|arriv\w*|touch\w* down|fly\w* into|get\w* into) (in |at |into )?(shanghai|pudong|hongqiao|hangzhou|xiaoshan|yiwu)\b"
                        r"|\b(aterriz\w*|llega\w*) (a|en) (shanghai|pudong|hongqiao|hangzhou|xiaoshan|yiwu)\b"
                        r"|(在|到)(上海|浦东|浦東|虹桥|虹橋|杭州|萧山|蕭山|义乌|義烏).{0,4}(落地|降落|下飞机|下機|下机|到达|抵达|到達|抵達)"
                        # reaching a gateway first and going on from it ("先到杭州再换车吗", "到了杭州再转车？"):
                        # the rest of the way is to us
                        r"|(先|到了|先到|到)(上海|浦东|浦東|虹桥|虹橋|杭州|萧山|蕭山|义乌|義烏)(以后|之后|後|后)?(再|然后|然後)"
                        # (a time between: "푸동에 새벽 6시 도착인데", "상하이에 다음 주 월요일 도착")
                        r"|(상하이|상해|푸둥|푸동|훙차오|홍차오|항저우|이우)(에|으로|로|공항에?)?[^.?!]{0,12}?(도착|내리|내려|들어가|들어오|착륙)")
# Membership said as what comes first ("once we're members, how do we co-produce...", "una vez que
# seamos socios", "入盟后", "회원 되고 나면"): the question is what follows it (`Router.joining`)
JOINED_FIRST = re.compile(r"\b(once|after|when|as soon as)\b.{0,20}\b(members?|joined|join|joining|in the alliance|accepted)\b"
                          r"|\b(una vez|despues de|cuando|ya)\b.{0,20}\b(miembros?|socios?|unirnos|afiliados|dentro|aceptados)\b"
                          r"|(入盟|入会|加入(联盟|你们|贵联盟)?|成为(会员|成员)(单位)?)(之|以)?后"
                          r"|(회원|멤버|회원사|가입)\S{0,3} ?(되고 ?나면|된 ?(후|뒤|다음)|하고 ?나면|한 ?(후|뒤|다음)|이후)")
# A licence of another kind ("renew my driver's license", "licencia de conducir") licenses no title;
# matched on folded text and on the FAQ matcher's prepared text ("driver s license").
OTHER_LICENCE = re.compile(r"\b(driver'?s?|driver s|driving|business|fishing|marriage|pilot'?s?|pilot s|liquor|gun|work) licen[cs]es?\b"
                           r"|\blicen[cs]ias? (de|para) (conducir|manejo|manejar|negocio|funcionamiento|pesca|armas|piloto|trabajo)\b")
# Money put into one of our titles ("if my company puts money into one of those series as partner",
# "si mi empresa pone plata en alguna serie de la lista", "投钱到你们片单上的一部剧", "그 작품 중 하나에
# 투자하면"): a stake in that title, co-producing it, not joining the alliance nor an incentive.
TITLE_FUNDED = re.compile(
    r"\b(invest\w*|puts? (some |our |my |in )?(money|cash|capital|funds)|putting (some |our |my )?(money|cash|capital|funds)|fund\w*|financ\w*|bankroll\w*|chip(s|ped|ping)? in( (some |the |our )?(cash|money|funds))?|backs|backing|to back)\b"
    r".{0,20}?\b((in|into|on) )?(one of (those|these|your|the|them)|any of (those|these|your|the)|one|your|that|this|a|an)\b.{0,20}\b(series|shows?|titles?|dramas?|projects?)\b"
    r"|\b(invert\w*|pon\w*|meter|mete\w*|aport\w*|financi\w*)( \w+)?( (plata|dinero|lana|capital|guita|billete|plata))?( \w+)? en (alguna|algun|una|uno|esa|ese|esta|este|la|el|cualquiera)( de (sus|las|los|esas|esos|estas))?"
    r" (series?|titulos?|obras?|dramas?|microdramas?|proyectos?)\b"
    r"|(投|投资|投資|投钱|投錢|出资|出資)(到|进|進|在)?.{0,8}(片单|片單|其中|你们|你們|这些|那些)?.{0,6}(一部|某部|这部|那部|哪部)(剧|劇|作品|片子)?"
    r"|(작품|드라마|시리즈)(들)? ?(중 ?(에|하나에?|한 ?편에?)|에) ?(돈을? |자금을? )?(투자|출자)"
    # money put in said with a verb of putting ("그 중 한 작품에 돈 넣고 파트너로 들어가면", "드라마 하나에 돈 좀 대면";
    # fixC17, narrow: fixA17 owns money-into-a-title in general)
    r"|(작품|드라마|시리즈|숏드라마)(들)? ?(중 ?(에|하나에?|한 ?편에?)|하나에|에|에다|에다가) ?(돈|자금|투자금)(을|를|이라도)? ?(좀 |쪼매 |쫌 )?(넣|대|붓|부어|박)"
    # money put into a title there is, for a share ("看上你们已经有的一部剧想出点钱占个份额", "出钱占股")
    r"|(出|掏|拿)(点|些|一点|一些|一笔|笔)?钱.{0,12}((占|拿)(个|点|一些|一点)?(份额|股份|股|分成)|分成|分红)|(已经有的|现有的|现成的)(一部|某部|哪部)(剧|作品|片子)")
# Money put in to make a title, or one of ours made together with us ("投一部分钱一起做", "带着资金来一起拍",
# "put money in and make it with you", "poner dinero … como socios de producción", "돈 넣고 같이 만들고"):
# co-producing it, a deal word (`CO_PRODUCING`, `DEAL_WORDS`: with "how", the co-production FAQ)
MADE_TOGETHER = (r"投.{0,6}(钱|资).{0,6}(一起|共同|联合)(做|拍|出品|开发)|(一起|共同|联合)(投资|出资|出品)|合投"
                 r"|\b(invest|put (some |our )?money|chip in)\b.{0,40}\b(together|with you|jointly|co-?produc\w*|as (production|producing) partners?)\b"
                 r"|\b(invertir|poner (plata|dinero|lana|capital))\b.{0,40}\b(juntos|con ustedes|en conjunto|coproduc\w*|(como )?socios (de )?produccion|socios productores)\b"
                 # (financing a share of one as partners: "financiar parte de esa serie como socios", "cofinanciar
                 # la tercera como coproductores")
                 r"|\b(financiar|cofinanciar|co-financiar|aportar capital a|meter (plata|dinero|lana|capital) en)\b.{0,30}\b(serie|obra|titulo|microdrama|proyecto|esa|ese|esta|este|la \w+)\b.{0,25}\bcomo (socios|coproductor\w*|productor\w* asociad\w*)\b"
                 r"|투자.{0,10}(같이|함께|공동) ?(제작|만들)"
                 # coming in with money to produce one ("entramos con plata a producir uno de esos
                 # títulos", "come in with our money to produce one of them", "带着资金来一起拍",
                 # "돈 대서 같이 만들"; fixA17)
                 r"|\b(con|poniendo|metiendo|aportando|llevando) (la |nuestra |su |algo de |un poco de )?(plata|dinero|lana|capital|guita|billete|financiacion|inversion)\b.{0,15}\b(a|para) (co)?(producir|hacer|rodar|realizar|financiar)\b"
                 r"|\b(with|bring(ing)?|put(ting)? (up|in)) (our |some |the |my )?(own )?(money|cash|capital|funds|funding)\b.{0,15}\bto (co-?)?(produce|make|shoot|fund|finance)\b"
                 r"|(带着?|帶著?|拿|出)(钱|錢|资金|資金).{0,8}(一起|共同|联合|聯合)?(拍|制作|製作|出品)"
                 r"|(돈|자금|제작비)(을|를|도)? ?(좀 )?(대서|대고|내서|내고|넣어서|넣고|보태서|보태고|보태면).{0,16}(같이|함께|공동) ?(제작|만들|찍|할|하|해)"
                 # one of our titles made together, or the partner's money put into it ("take a
                 # drama from your list and make it together with our money", "producirlo
                 # juntos con plata colombiana", "看上你们片单上的项目想投")
                 # ("what's the deal for making it together with you?": the -ing said as well, fixN25)
                 r"|\b(make|making|produce|producing|co-?develop(ing)?)( it| this| that| one| them| the (show|series|drama|title))? together\b"
                 # "wanted to make it with y'all", "hacerla con ustedes", "跟你们一起拍", "같이 만들고 싶어요"
                 r"|\b(make|making|produce|producing|shoot|shooting|do|doing|develop|developing)( it| this| that| one| them| the (show|series|drama|title)) (together )?with (you|y'?all|you guys|your (team|studio|people)|hengdian)\b"
                 r"|\b(hacer|producir|rodar|realizar|desarrollar)(la|lo|las|los) (junto )?con ustedes\b"
                 r"|(跟|和|与|同)(你们|你們|贵方|贵司|横店)(一起|合作|联合)(拍|做|制作|製作|开发|開發)"
                 r"|\b(producir|realizar|desarrollar)(lo|la|los|las)? (juntos|juntas|en conjunto|a medias|entre (los dos|ambos))\b"
                 r"|(片单|片單|项目|項目|作品|剧|劇|片子)\S{0,8}(想|要|打算|准备|準備)(投资|投資|投钱|投錢|投(?![诉訴票递遞放稿]))"
                 # a share of making one taken as partners ("could we go halves on making that one",
                 # "meternos de socios en esa", "这部我们想入伙一起拍"), not the Alliance joined as members
                 r"|\bgo (halves|halfsies|fifty[- ]fifty|50[-/ ]?50|shares) (on|in|with)\b"
                 # (the cost of making it shared: "share the production costs of that title", "split the
                 # budget on that one", "repartir los costos de esa"; para25)
                 r"|\b(share|split|shoulder|cover half( of)?|chip in (on|for)) (in )?(the )?(production |making )?(costs?|budget|bill|expenses)\b.{0,20}\b(of|on|for) (that|this|the|it|one)\b"
                 r"|\b(repartir|compartir|dividir)(nos)? (los )?(costos|gastos|presupuesto)\b.{0,20}\b(de|en) (es[ao]|est[ao]|la serie|el titulo)\b"
                 r"|\b(de|como) (socios?|socias?|coproductor(es|as?)?) (en|a|para) (es[ao]s?|est[ao]s?|aquel\w*|ell[ao]s?|uno|una|alguno|alguna|algun"
                 r"|(la|esa|esta) (serie|obra|produccion)|(el|ese|este) (titulo|microdrama|proyecto))\b"
                 r"|(这部|那部|这个|那个|这剧|那剧|此剧|该剧)\S{0,8}(入伙|入股|合伙)|(入伙|入股|合伙)(一起|一块|一块儿)?(拍|做|制作|出品)")
CO_PRODUCING = re.compile(TITLE_FUNDED.pattern + r"|\bco-?produc\w*|\blicen[cs]\w*|coproduc\w*|licenciar\w*|\blicencia\b|合拍|授权|공동 ?제작|라이선스"
                          # buying a title's rights: "buy rights", "comprar los derechos", "版权", "방영권 따오고"
                          r"|\bbuy (the )?rights\b|\bpartner on\b|comprar (los )?derechos|买.{0,4}版权|版权|방영권|판권"
                          r"|quedarnos con (un|el|una|la|algun[oa]?) (titulo|serie|obra)|\bacquire (a|the|one) (title|show|series)\b"
                          # getting a title's rights, said with a verb of taking: "q pasos pa quedarnos
                          # con los derechos", "obtener los derechos", "take the rights", "go halves on it"
                          r"|\b(quedar(nos|me)|obtener|conseguir|sacar|adquirir)( con)? (los )?derechos\b"
                          r"|\b(take|get|secure|obtain|acquire) (the )?rights\b|\bgo halves\b"
                          # a right of one kind for a territory ("拿老挝的播映权", "broadcast rights for Laos",
                          # "derechos de emisión para Perú", "베트남 방송권"), or money put in to make it
                          # together ("投一部分钱一起做", "put money in and make it with you", "invertir y
                          # hacerla juntos", "투자해서 같이 제작"): the deal FAQ's two ways in
                          r"|(播映|播出|放映|发行|發行|转播|轉播|网络传播|信息网络传播|独家|獨家|改编|改編|翻拍|海外|地区|地區)权"
                          r"|\b(broadcast(ing)?|distribution|streaming|screening|remake|territor(y|ial)|tv|digital|exclusive) rights\b"
                          r"|\bderechos (de|para) (emision|transmision|distribucion|exhibicion|remake|adaptacion|streaming|television)\b"
                          r"|(방송|배급|상영|리메이크|스트리밍|독점|해외)권"
                          r"|" + MADE_TOGETHER)
# One title picked from a list without saying which ("licensing one of them", "licenciar una",
# "그중에 하나 판권", "其中一部的版权"): the general procedure is asked, not the title in focus, and
# no record of the list nor the one in focus is meant.
INDEFINITE_PICK = re.compile(r"\b(one|any|either|some) of (them|those|these|the (titles|shows|series|dramas))\b|\bany (title|show|series|drama)\b"
                             r"|\b(un[oa]?|algun[oa]?|cualquier[a]?) de (ell[oa]s|es[oa]s|est[oa]s|l[oa]s (titulos|series|obras))\b"
                             r"|\b(licenciar|coproducir|comprar|adquirir|quedarnos con) (un[oa]?|algun[oa]?|cualquiera)\b(?! (de (la|el|los|las) |en ))"
                             r"|其中(的)?(一|某)(部|个|個|套)|随便(一|哪)(部|个)|隨便(一|哪)(部|個)|(任何|任意)一(部|个|個)"
                             r"|(그|이) ?중(에|에서)? ?(하나|한 ?(편|개|작품))|아무(거나| 작품이나)|어느 작품이든"
                             r"|(그|이|저) ?(작품|드라마|시리즈)(들)? ?중(에|에서)? ?(하나|한 ?(편|개|작품))"
                             # (also said of "your titles", ending on "license one", of a company or project)
                             r"|\b(any|one|either) of your (catalog(ue)? |existing |current |present |own |finished )?(titles|shows|works|dramas|series)\b"
                             # ("기존 작품 중 하나", "카탈로그 작품 중에 하나": one of the titles there are, fixV16)
                             r"|(기존|현재|지금 있는|이미 있는|카탈로그|목록|리스트|라인업)(의|에 있는)? ?작품 ?(들)? ?중(에|에서)? ?(하나|한 ?편|한 ?작품)"
                             r"|(니네|너네|당신네|그쪽|귀사|여러분)(의)? ?작품 ?(중 ?)?(하나|한 ?편)"
                             r"|\b(una|uno|alguna|alguno|cualquiera) de sus (series|titulos|obras)\b"
                             r"|\b(license|licence|buy|acquire|pick up) one\W*$"
                             r"|其中(的)?(某一|任何一|随便一)(部|个|套|家|项)|其中(的)?(一|某)(家|项)"
                             r"|그 ?중(에)?(서)? ?(하나|한 ?(편|작품|개))|(아무|어느) ?(거|것|작품) ?하나")
PROCEDURE = re.compile(r"\bhow\b|\bprocess\b|\bprocedure\b|\bsteps?\b|\bthe drill\b|\bwhat would (that|it|this) look like\b|what do (we|i) (do|need)|\bwhere do (we|i) start|\bwhat happens (then|next|after)\b"
                       r"|\bque pasa (despues|entonces|luego)\b|\bque sigue\b"
                       r"|\b(road|path|route|way) (to|towards) (a |the )?(deal|contract|agreement|co-?production|signing)\b"
                       r"|\b(camino|ruta) (a|hacia|para) (un |el )?(acuerdo|trato|contrato|convenio)\b"
                       r"|\bcomo\b|\bproceso\b|\bprocedimiento\b|\btramites?\b|\bpasos?\b|que (hay que|tenemos que|debo|debemos) hacer"
                       # (what it takes, asked by need: "¿qué se necesita?", "q hay q hacer", "what's needed?"; para25)
                       r"|\bq(ue)? (se necesita|necesitamos|hace falta|se requiere|hay q(ue)? hacer|tenemos q(ue)? hacer)\b|\bwhat('?s| is) (needed|required|involved)\b"
                       r"|怎么|如何|流程|手续|步骤|어떻게|절차|방법|어디서부터|뭐부터|순서")
"""Co-producing or licensing one of our titles, asked as a procedure ("if we fancied co-producing
one of the dramas on your list, what's the drill?", "¿cómo es el proceso para licenciar un título?"):
the FAQ tagged `coproduction`, not the list of titles open to co-production."""
CATALOG_DEAL = re.compile(CO_PRODUCING.pattern + r"|" + PROCEDURE.pattern + r"|\bbuy|\bacquir|\bcompr|\badquir|\brights\b|\bderechos\b|买|购|引进|구매|구입|사고")


def catalog_contents_asked(folded: str) -> bool:
    """Is the catalog, named, asked what it holds, with no deal or procedure asked (`CATALOG_CONTENTS`)?"""
    return bool(CATALOG_NAMED.search(folded) and CATALOG_CONTENTS.search(folded) and not CATALOG_DEAL.search(folded))


_LANGUAGE_NAMES = r"(english|spanish|chinese|mandarin|korean|ingles|espanol|chino|mandarin|coreano)"
# Staff or crew who speak a language ("bilingual staff", "personal bilingüe", "会外语的工作人员",
# "포르투갈어나 영어 되는 분"): the languages FAQ, even beside "can you answer me in Spanish?".
_ANY_LANGUAGE = (r"(english|spanish|chinese|mandarin|cantonese|korean|arabic|filipino|tagalog|french|portuguese|japanese"
                 r"|german|italian|russian|dutch|hindi|thai|vietnamese|indonesian|malay|turkish|ingles|espanol|castellano"
                 r"|chino|mandarin|cantones|coreano|arabe|filipino|tagalo|frances|portugues|japones|aleman|italiano|ruso)")
# Someone on our side who speaks the language of a person on the partner's ("el director no habla
# inglés, ¿alguien de ustedes le habla en español?", "我们老板只讲西班牙语，你们那边能对接吗", "PD가
# 스페인어만 해서요 그쪽 담당자 스페인어 가능?", "does anyone on your team speak Spanish?"): the
# languages FAQ, and no request to be answered in that language.
OUR_SIDE_SPEAKS = re.compile(
    r"\b(any ?one|any ?body|some ?one|some ?body|staff|people|contacts?|coordinators?|crew)\b( (of you|on your (side|team|end)|at your end"
    r"|from your (side|team)|there|over there))?( who)? (can |could |that )?(speaks?|talks?|speaking|handles?)\b.{0,25}\b" + _ANY_LANGUAGE + r"\b"
    r"|\b(your|the) (side|team|staff|people|contact|person|coordinator|crew|end)\b.{0,20}\b(speak|talk|handle|communicat|deal)\w*\b.{0,20}\b" + _ANY_LANGUAGE + r"\b"
    r"|\b(alguien|alguno|algun\w*|gente|personal|nadie|quien)\b.{0,30}\b(habl\w*|entiend\w*|atiend\w*|maneja\w*|comunic\w*)\b.{0,15}\b" + _ANY_LANGUAGE + r"\b"
    r"|\b(ustedes|su (gente|equipo|personal|contacto))\b.{0,20}\b(habl|atiend|entiend|comunic)\w*\b.{0,15}\b" + _ANY_LANGUAGE + r"\b"
    r"|(你们|你那|贵方|那边|这边|对方|你们那边|工作人员|对接人|负责人).{0,8}(有没有|有|谁|哪位)?.{0,4}(会|能|懂)(讲|说|听)?(?!做|搞|卖|发行)[\u4e00-\u9fff]{1,4}(语|话|文)(?!市场|地区|国家|观众|版)"
    r"|只(会|讲|说|懂|能讲|能说)[\u4e00-\u9fff]{1,4}(语|话|文).{0,12}(对接|沟通|交流|接待|打交道|配合)"
    r"|(그쪽|거기|담당자|직원|스태프|현지|헝뎬|헝뎬 쪽)\S{0,3} .{0,12}?(스페인어|영어|중국어|한국어|포르투갈어|프랑스어|일본어)(가|는|도|로)? ?(가능|되|돼|하|할 ?줄|통)"
    # the language your side will use with us, no language named ("¿en qué idioma nos atienden?",
    # "跟工作人员用什么语言沟通", "what language does your crew speak", "스태프들이랑 무슨 언어로 얘기해요?")
    r"|\b(what|which) languages? (do|does|will|would|can) (your|the) (staff|crew|people|team|coordinators?|locals)\b.{0,12}\b(speak|use|talk|work)\w*"
    r"|\ben (que|cual) (idioma|lengua)s? (nos|me|les|los|te) (atienden|atenderan|atiende|hablan|hablaran|habla|van a (atender|hablar))\b"
    r"|(跟|和|与|同)(工作人员|剧组|片场|现场|你们|那边|对接人|负责人|当地人)[^。？?！!，,]{0,6}(用|说|讲)(什么|哪种|啥)(语言|语|话)"
    r"|(직원|스태프|현장|그쪽|담당자|현지)\S{0,4} .{0,10}?(무슨|어떤|어느) ?(언어|말)로")
STAFF_LANGUAGE = re.compile(OUR_SIDE_SPEAKS.pattern + r"|\bbilingu\w*|(会|懂|讲|说)外语|外语(的)?(工作人员|人员|员工|人)|会(英语|英文|西语|韩语)的(工作人员|人)"
                            r"|(영어|외국어|스페인어|포르투갈어|한국어)(나 [가-힣]+)? ?(되는|하는|가능한|잘하는|하시는) ?(분|사람|직원|스태프)")
# Whether the bot itself speaks a language, asked of it ("will your bot talk to me in Spanish
# too?", "¿el bot contesta en portugués?", "这个机器人会不会讲菲律宾话？", "이 챗봇 아랍어는 안 되죠?"):
# the languages FAQ, though a language is named beside "English will do" (no switch asked).
BOT_LANGUAGE_ASKED = re.compile(
    r"\b(will|can|could|does|do|would|is)\b (your|the|this|ur) (bot|chatbot|assistant|chat)( here)?( be able to)?"
    r" (talk|speak|answer|reply|respond|chat|write|understand|work|handle)\w*\b.{0,25}\b" + _ANY_LANGUAGE + r"\b"
    r"|\b(el|tu|su|este|el) (bot|chatbot|asistente|chat)\b.{0,20}\b(habla|hablara|entiende|contesta|responde|escribe|atiende"
    r"|puede (hablar|contestar|responder|escribir))\w*\b.{0,15}\b" + _ANY_LANGUAGE + r"\b"
    # (Traditional as written: "這個機器人敢會曉講菲律賓話？", Hokkien "敢會曉" is "can it")
    r"|(机器人|機器人|机械人|機械人|助手|智能客服).{0,4}(会不会|會不會|能不能|可不可以|会晓|會曉|敢会|敢會|识唔识|識唔識|会|會|能|可以|懂)"
    r"(讲|講|说|說|听|聽|看|用|回答?|回复|回覆)?[\u4e00-\u9fff]{1,5}(话|話|语|語|文)"
    r"|(챗봇|봇|채팅|어시스턴트)\S{0,2} .{0,10}?[가-힣]{1,5}어(는|도|로|가|를|만)? ?(안 ?되|안 ?돼|되|돼|가능|할 ?줄|못 ?하|알아)")
# A language named ("English", "inglés", "英文", "영어"): communication asked in it, not interpreters
# arranged among other on-site services (`Router.services`, `Router.faq_in_words`).
LANGUAGE_NAMED = re.compile(r"\b" + _ANY_LANGUAGE + r"\b|\b(ingles|espanol|castellano|aleman|frances|portugues|italiano|coreano|chino|mandarin|german|italian)\b"
                            r"|英文|英语|英語|西语|西語|西班牙语|西班牙語|中文|普通话|普通話|韩语|韓語|德语|法语|영어|중국어|스페인어|한국어|독일어|불어")
# The bot asked which languages it speaks or understands, in any form: a language or a dialect
# the partner would write in ("if I write in Cantonese slang will you get it?", "¿me entiendes si te
# escribo en catalán?", "你懂法语吗", "포르투갈어 알아들어요?") or none ("what else do you speak?",
# "¿en qué idiomas respondes?", "你会几种语言", "영어 말고 또 무슨 말 할 줄 알아요?").
_SOME_LANGUAGE = (r"(" + _ANY_LANGUAGE[1:-1] + r"|catalan|basque|galician|cantonese|hokkien|swahili|polish|greek|hebrew"
                  r"|persian|bengali|urdu|catalan|euskera|gallego|portugues|polaco|griego|hebreo|dialect\w*|dialecto\w*|slang|jerga)")
_ZH_LANGUAGE = (r"(法语|法文|葡萄牙语|葡语|粤语|广东话|英语|英文|西语|西班牙语|西班牙文|韩语|韩文|日语|日文|德语|俄语|意大利语|阿拉伯语"
                r"|中文|普通话|汉语|方言|上海话|闽南话|台语|客家话|泰语|越南语|印尼语|外语|土话|繁体字?)")
# Someone on the partner's side (or the partner) writing to the bot in a language, asked whether
# that works ("can my co-producer write to you in Korean?", "¿mi socia le puede hablar en coreano?",
# "他直接用西语打字给你，你看得懂不？", "그분이 스페인어로 직접 질문 드려도 답변이 가능한지요?"): which
# languages the chat takes (the languages FAQ), no request to be answered in that language.
WRITES_TO_YOU_IN = re.compile(
    r"\b(can|could|may|will|would|if)\b (i|we|he|she|they|my \w+|our \w+|(his|her|their) \w+)"
    r"( \w+)?( just| directly| also| still)? (talk|write|speak|chat|message|text|type|ask|send)\w*( questions| messages)? (to|with) "
    r"(you|u|this bot|the bot|your bot|this chat|the chat|it)( directly)? in " + _SOME_LANGUAGE + r"\b"
    r"|\b(les?|te) (puede|pueden|podria|podrian|puedo|podemos|podre|podra) (hablar|escribir|preguntar|mandar|consultar|chatear)\w*\b.{0,20}\ben " + _SOME_LANGUAGE + r"\b"
    r"|\b(puede|pueden|podria|podrian|puedo|podemos|se puede) (hablarte|hablarle|escribirte|escribirle|preguntarte|preguntarle|consultarte|consultarle)\b.{0,20}\ben " + _SOME_LANGUAGE + r"\b"
    r"|(用|拿)" + _ZH_LANGUAGE + r"(直接)?(跟|和|同|对|向|给)(你|您|机器人|助手)(聊|说|讲|问|提问|打字|发|沟通|交流|对话)"
    r"|(用|拿)" + _ZH_LANGUAGE + r"(直接)?(打字|写|发消息|发信息|提问|问问题|留言|发)(给|跟|问)(你|您|机器人|助手)"
    r"|(用|拿)" + _ZH_LANGUAGE + r"(直接)?(问|找|联系|咨询|提问|请教)(你|您|机器人|助手)"
    r"|" + _ZH_LANGUAGE + r"(的话)?.{0,3}(你|您)(能|会|可以)?(听得懂|看得懂|听懂|看懂|懂)"
    r"|[가-힣]{1,6}어(로|으로) ?(직접 |바로 |그냥 )?(질문|문의|메시지|대화|채팅|말씀|연락)\S{0,3} ?(드려도|해도|하셔도|보내도|주셔도|드리면|하면|하시면).{0,15}(답변|대답|이해|알아|가능|돼|되나|되는지|괜찮)")
# The partner asking whether its own language is answered, or which one it must write in ("escribo
# en castellano y me contestás igual?", "¿te tengo que hablar en inglés?", "if I write in Spanish will
# you answer?", "do I have to write in English?", "我用中文问你能回吗", "必须用英文跟你说吗", "한국어로
# 써야 돼요?"): which languages the chat takes (the languages FAQ), no switch asked. Folded text.
ANSWERED_IN_MINE = re.compile(
    r"\b(escribo|hablo|pregunto|te escribo|te hablo|le escribo|escribimos|hablamos)\b.{0,12}\ben " + _SOME_LANGUAGE
    + r"\b.{0,6}\b(me|nos)? ?(contestas|contestaras|respondes|responderas|entendes|entiendes|contesta|responde|entiende|vas a (contestar|responder|entender))\b"
    r"|\b(tengo|tenemos|hay|debo|debemos|necesito) que (hablar|escribir|preguntar)(te|le|les)?( \w+)? en " + _SOME_LANGUAGE + r"\b"
    r"|\b(do|must|should) (i|we) (have to |need to )?(write|talk|speak|type|ask|message)( to you| with you| here)? in " + _SOME_LANGUAGE + r"\b"
    r"|\b(if )?(i|we) (write|type|ask|talk|message)( to you| you)? in " + _SOME_LANGUAGE
    + r"\b,?( \w+)? (will|can|could|do|would) (you|u|it|the bot) (answer|reply|respond|understand|get it|write back)\b"
    r"|(用|拿)" + _ZH_LANGUAGE + r"(问|写|打字|发|说|聊)(的话)?[,，]?(你|您)(能|会|可以)?(回|答|回复|回答|看懂|看得懂)"
    r"|(得|必须|一定要|是不是要|要不要|只能)用" + _ZH_LANGUAGE + r"(跟|和|对|给)?(你|您)?(说|写|聊|问|打字|沟通)"
    r"|[가-힣]{1,6}어(로|으로) ?(써야|말해야|물어봐야|질문해야|적어야|해야) ?(돼|되|하|됩)"
    r"|[가-힣]{1,6}어(로|으로) ?(써도|물어봐도|질문해도|말해도|적어도) ?(답|대답|알아|이해)")
YOUR_LANGUAGES = re.compile(
    WRITES_TO_YOU_IN.pattern + "|" + ANSWERED_IN_MINE.pattern + "|"
    r"\b(can|could|do|does|will|would)\b (you|u|it|the bot|this bot)\b( still)?( be able to)? (understand|read|get|follow|handle|speak|answer|reply|respond)\w*\b.{0,40}\b" + _SOME_LANGUAGE + r"\b"
    r"|\b(write|message|text|type|talk|speak)\w* (to you |to it )?in " + _SOME_LANGUAGE + r"\b.{0,40}\b(understand|get it|get me|follow|read it|work|ok|okay|fine)\b"
    r"|\b(what|which|how many)( other| else)? languages?\b.{0,10}\b(do|can|will|does)\b (you|u|it|the bot)\b( also)? (speak|understand|read|answer|reply|respond|write|handle|know|get)"
    r"|\bwhat else (do|can) (you|u) (speak|understand|read|answer in|reply in)\b|\b(besides|other than|apart from) " + _SOME_LANGUAGE + r"\b.{0,30}\b(speak|understand|languages?)\b"
    r"|\b(me |nos |lo |la )?(entiendes|entiende|entenderias|entenderia|lees|hablas|manejas)\b.{0,40}\b" + _SOME_LANGUAGE + r"\b"
    r"|\b(te|le) (escribo|escribimos|hablo|hablamos|mando|mandamos|envio) (algo )?en " + _SOME_LANGUAGE + r"\b"
    # a language of the partner's own making ("portuñol", "spanglish"): the understanding asked beside it
    r"|\b(me |nos )?(entiendes|entenderias|entiende)\b.{0,30}\b(escribo|escribimos|hablo|hablamos) en (?!una?\b|el\b|la\b|los\b|las\b|\d)\w+"
    r"|\b(escribo|escribimos|hablo|hablamos) en (?!una?\b|el\b|la\b|los\b|las\b|\d)\w+.{0,30}\b(me|nos) (entiendes|entenderias|entiende)\b"
    r"|\b(write|type|text|message) (you )?in (?!an?\b|the\b|\d)\w+\b.{0,30}\b(will|would|can|could|do) (you|u) (understand|get it|get me|follow)\b"
    r"|\ben (que|cuales|cuantos) (otros )?(idiomas?|lenguas?) (me |nos )?(respondes|contestas|hablas|escribes|atiendes|entiendes|puedes|sabes|funcionas)"
    r"|\b(que|cuales|cuantos) (otros )?(idiomas?|lenguas?) (hablas|entiendes|manejas|sabes|conoces|respondes)\b"
    r"|\b(ademas del?|aparte del?|fuera del?|ademas de|aparte de) " + _SOME_LANGUAGE + r"\b.{0,30}\b(hablas|entiendes|manejas|idiomas?)\b"
    r"|(你|您|机器人|助手|小助手)(能|会|可以)?(懂|看懂|听懂|看得懂|听得懂|懂不懂|识|认识|会说|会讲|会写|会用|能说|能讲|能看|能用|能回|能回复)(不懂)?(" + _ZH_LANGUAGE + r"(和|跟|、|或者?|还是))?" + _ZH_LANGUAGE +
    r"|(我|咱)(用|写|发|打|讲|说)" + _ZH_LANGUAGE + r".{0,10}(你|您)(能|会)?(懂|看懂|看得懂|看不懂|明白|理解|认得)"
    r"|(你|您|机器人|助手)(还)?(能|会|可以|懂)(说|讲|用|回复?|回答|看懂?)?(哪些|哪几种|几种|什么|多少种)(其他|别的)?(语言|语种|外语|话)"
    r"|除了" + _ZH_LANGUAGE + r"(和|、|跟)?[\u4e00-\u9fff]{0,4}(以外|之外)?.{0,4}(还)?(能|会|懂|可以)"
    r"|只(能|会|懂)(说|讲|用|回复?|看)?(中英文|中英|中文和英文|英文和中文|中文英文|英文中文|中文或(者)?英文|英文或(者)?中文)"
    r"|([가-힣]{1,6}어|[가-힣]{1,4}말|사투리|방언) (말고|외에|빼고|이외에)( 또| 다른)?.{0,8}(무슨|어떤|어느|다른|몇) ?(말|언어|나라 ?말)"
    r"|(무슨|어떤|어느|몇 개|몇 가지) ?(말|언어|나라 ?말|국어)(을|를|로|이|도)? ?(할 ?줄|하세요|하시나요|하실|할 수|알아|알아들|가능|돼요|되나요|되세요|답|대답|이해)"
    r"|([가-힣]{2,6}어|사투리|방언)(로|으로)? ?(써도|쓰면|보내도|보내면|말해도|말하면|물어봐도|물어보면).{0,12}(알아|이해|읽|통하|괜찮|돼|되나)"
    r"|([가-힣]{2,6}어|사투리|방언)(도|는|를)? ?(알아들|알아듣|이해하|이해해|읽을 ?줄|하실 ?줄|할 ?줄 ?알)")
# No Chinese at all said of the partner's own people ("our volunteers speak English but not a word of
# Mandarin", "hablan castellano pero nada de chino", "我哋啲人唔识讲普通话", "중국말은 한마디도 몰라요"):
# whether they get by there in the languages they have is the languages FAQ (fixW16)
NO_CHINESE = re.compile(
    r"\b(not|nae|no|zero|without|n'?t (know|speak|have)|never learn\w*) (a (single )?(word|lick|scrap|syllable|bit)|one word|any|much|a word)( of)? (mandarin|chinese|putonghua)\b"
    r"|\b(zero|no|nae) (mandarin|chinese|putonghua)( at all| whatsoever)?\b(?! (market|audiences?|partners?|companies|company|dramas?|titles?|shows?|version|subtitles?|dub|co-?produc\w*|producers?|investors?|backers?|distributors?|crew|cast|actors?|nationals?|passports?))"
    r"|\b(nada|ni (una )?(palabra|papa|jota|pio|gota)|cero|sin saber( nada)?|ni siquiera un poco)( de| del)? (chino|mandarin)\b"
    # (pidgin and plain: "she no speak Mandarin at all", "he doesn't speak Chinese"; "de chino no sabe
    # ni hola", "no habla chino"; Traditional letter style "皆不諳中文", "不會說國語")
    r"|\b(no|not|don'?t|doesn'?t|dont|doesnt|can'?t|cannot|never) (speak|speaks|talk|talks|know|knows|understand|understands) (any |a word of |much )?(mandarin|chinese|putonghua)\b"
    # (only other languages spoken: "he only speaks english and portuguese", "solo habla inglés"; para21)
    r"|\bonly (speaks?|talks?|knows?) (english|spanish|portuguese|french|german|italian|korean|japanese|arabic|russian|hindi|tagalog|swahili)\b"
    r"|\bsolo (habla|hablan|sabe|saben|entiende|entienden) (ingles|espanol|castellano|portugues|frances|aleman|italiano|coreano|japones|quechua|guarani)\b"
    r"|\bde (chino|mandarin) no (sabe|saben|sabemos|se|habla|hablan|hablamos|entiende|entienden)\b|\bno (sabe|saben|habla|hablan|entiende|entienden) (nada de |ni papa de )?(chino|mandarin)\b"
    r"|(不諳|不谙|不通|不懂|不會|不会)(說|说|講|讲)?(中文|漢語|汉语|普通話|普通话|國語|国语|華語|华语)"
    r"|(一句|一点|一点儿|一个字)?(中文|汉语|普通话|国语|华语)(都|也)?(不会|不识|唔识|唔会|说不来|讲不来|一窍不通)"
    r"|(唔|不)(识|会|懂)(讲|说|听)?(中文|汉语|普通话|国语|华语)"
    r"|(중국어|중국말|중국 말|만다린)(를|는|은|을)? ?(하나도 |전혀 |한마디도 |한 마디도 |통 |아예 |1도 |일도 |쥐뿔도 |한 개도 )?(못|모르|몰라|모릅|안 ?통)")
LANGUAGES_UNDERSTOOD = re.compile(
    BOT_LANGUAGE_ASKED.pattern + "|"
    # whether the people there get by with a language named: "英文溝通OK嗎", "西语能交流吗", "will the
    # crew there understand us", "cómo nos comunicamos con los técnicos", "영어로 소통 돼요?"
    r"(英文|英语|英語|西语|西語|西班牙语|西班牙語|中文|普通话|普通話|韩语|韓語)(沟通|溝通|交流|对接|對接|ok|行不行|可以吗|可以嗎|通不通|能通)"
    r"|(沟通|溝通|交流)[^。？?]{0,6}(英文|英语|英語|西语|西語|西班牙语|西班牙語)"
    r"|\b(crew|staff|people|technicians|team|they|locals)( there| on set| over there)? (understand|follow|get) (us|me|english|spanish)\b"
    r"|\bcomo nos (comunicamos|entendemos|vamos a (entender|comunicar))\b|\bcomo (se )?comunica(n)? (con|el|la)\b"
    r"|(영어|스페인어|중국어)(로|는|만)? ?(소통|대화|의사소통|말이 통|통해)|"
    r"\b(understand|understands|speak|speaks|read|reads)\b.{0,25}\b" + _LANGUAGE_NAMES + r"\b"
    # "in which working languages can your production services be provided?"
    r"|\bworking languages?\b|\b(which|what) languages?\b.{0,40}\b(services?|support|staff|team|crew|communicat\w*)\b"
    r"|\b(type|write|message|chat) (in|to (it|you|the bot) in) " + _LANGUAGE_NAMES + r"\b"
    r"|\b(need|bring|hire|have|get|book)\b.{0,20}\b(translator|interpreter)s?\b|\bget by (in|with) " + _LANGUAGE_NAMES + r"\b"
    r"|\b(traductor|interprete)s?\b.{0,30}\b(necesit|hace falta|llevar|traer)|\b(necesit|hace falta|llevar|traer)\w*\b.{0,20}\b(traductor|interprete)"
    r"|\ben que idiomas? (me|nos|te|se) (pueden|puede|podrian|van a) (atender|hablar|ayudar)|\b(manejan|atienden en|se defienden en) (el )?" + _LANGUAGE_NAMES + r"\b"
    r"|\b(entiende|entienden|habla|hablan|lee)\b.{0,25}\b" + _LANGUAGE_NAMES + r"\b|\bescribir(le)? en " + _LANGUAGE_NAMES + r"\b"
    # "在片场用什么语言沟通", "不会中文要不要带翻译", "무슨 말로 소통하는지, 통역 없이도 되는지", "현장에 통역 있어요?"
    r"|(用|说|讲)什么(语言|话)(沟通|交流|工作|拍)|(沟通|交流)(用|说|讲)什么|(要|需要|得|带|配|有没有)(个)?翻译(吗|不|没|人员)?"
    r"|不(会|懂)(说|讲)?(中文|普通话|汉语)|(무슨|어떤|어느) ?(말|언어)로 (소통|대화|얘기|일|작업)|통역(사|이|은|을|없이|이 ?없| ?(있|없|가능|돼|되|해 ?주|붙))"
    # the work named first: "작업은 무슨 말로 해요?", "현장에서는 어느 언어로 해요?", "工作用什么语言", "el trabajo en qué idioma es"
    r"|(작업|일|촬영|소통|대화|현장)(은|는|을|를|할 때|하면|에서는|에선)? ?(무슨|어떤|어느) ?(말|언어)로"
    r"|(工作|拍摄|沟通|交流|片场|现场)(的时候|时)?(用|说|讲)(什么|哪种|哪国)(语言|话)"
    # the language things run in there, however said ("what tongue does everything run in over there?",
    # "which language does everyone use on set?")
    r"|\b(what|which) (tongue|lingo)s?\b|\b(what|which) languages?\b.{0,30}\b(everything|everyone|everybody|things|it all|folks|on set|over there|out there)\b"
    r"|\b(work|shoot|communicate|talk)\w* (on set |there )?in (what|which) language|\b(what|which) language (do|will|would|does) (we|you|they|the crew|the team) (work|shoot|communicate|use)"
    r"|\ben que (idioma|lengua) (se )?(trabaja|trabajan|trabajamos|rueda|graba|comunica|habla)"
    r"|중국어(를|는)? ?(하나도 |전혀 |잘 )?(못|모르|몰라)"
    # no Chinese at all among the partner's own people (fixW16): "not a word of Mandarin", "nada de chino",
    # "一句普通话都不会", "唔识讲普通话", "중국말은 하나도 모릅니더" (`NO_CHINESE`)
    r"|" + NO_CHINESE.pattern +
    # no Chinese at all, said ("no hablo nada de chino", "一点中文都不会", "中文一句都不会说"): whether one gets by
    r"|\bno (hablo|hablamos|hablan|habla|hable|se|sabemos|sabe|saben|entiendo|entendemos|manejo|manejamos)( ni papa| nada| ni jota| ni una palabra| ni pio| mucho| bien)?( de| del| el)? (chino|mandarin)\b"
    r"|一(点|点儿|句|个字)?(中文|汉语|普通话|国语|华语)(都|也)(不会|不懂|说不了|讲不了)|(中文|汉语|普通话|国语|华语)(一点|一句|一个字)(都|也)(不会|不懂)"
    # the crew's languages: "personal bilingüe", "会外语的工作人员", "영어 되는 분"
    r"|" + STAFF_LANGUAGE.pattern +
    # "呢个机器人识唔识睇粤语？" (read as 会不会看粤语), "영어 알아들어요?": which languages the chat understands
    r"|(会不会|能不能|懂不懂|看得懂|听得懂|看不看得懂)(看|听|说|讲|读)?(粤语|广东话|普通话|中文|英语|英文|韩语|韩文|西班牙语|繁体)"
    # the language said first: "老外讲英文他们听得懂伐", "说西语的话现场能懂吗"
    r"|(英语|英文|西班牙语|西语|韩语|外语)(的话)?.{0,8}(听得懂|听懂|听不懂|懂吗|懂不懂|能懂|听不听得懂|能沟通|沟通得了)"
    r"|(要|得|只能)(写|用|打)(普通话|中文|简体)|(영어|한국어|중국어|스페인어|한글)(를|로|도)? ?(알아듣|알아들|알아봐|읽을 ?줄|이해해|이해하|통해|통하)"
    # asked of the bot itself, a language or a dialect named or none ("can you understand me if I
    # write in Portuguese?", "¿me entiendes si te escribo en catalán?", "你懂法语吗？还是只能中英文？",
    # "영어 말고 또 무슨 말 할 줄 알아요?"): which languages it takes, no reply asked in one
    "|" + YOUR_LANGUAGES.pattern)
# A part to play or the people cast said ("for a role", "演个角色", "배우"): foreigners who act, where
# foreigners who only speak a language ("老外讲英文他们听得懂伐") ask the crews' languages
# The partner's own cast ("our actors", "nuestro elenco", "我们的演员", "저희 배우들"): with another
# country named, foreign actors on our sets ("our actors are all from Ghana, is that common there?")
OWN_CAST = re.compile(r"\b(our|my) (own )?(cast|actors|actresses|leads?|talent|performers)\b"
                      r"|\bnuestr[oa]s? (propi[oa]s? )?(elenco|actores|actrices|reparto|protagonistas)\b"
                      r"|(我们|我方|我司)的?(演员|主演|演员阵容|艺人)|(저희|우리)( 회사)? ?(배우|출연진|연기자)"
                      # people of the partner's who act besides ("a few Tongan rugby players who act on the
                      # side", "jugadores nuestros que también actúan", "我们有几个运动员也演戏", "우리 선수들이
                      # 연기도 해요"): their own cast too
                      r"|\b(our|my|we have|we've got)\b[^.?!]{0,40}\b(who|that|also) (also )?(act|do (some |a bit of )?acting)\b(?! as\b)|\bact on the side\b"
                      r"|\b(nuestr[oa]s|tenemos)\b[^.?!]{0,50}\b(que )?(tambien|ademas) (actuan|actua|hacen de actores)\b"
                      r"|(我们|我司|我方)(有|的)[^，。？！?!]{0,16}也(会)?(演戏|拍戏|当演员)"
                      r"|(우리|저희)[^.?!]{0,30}(연기도|연기를 ?좀?) ?(하|해|합)|(연기도|연기를 ?좀?) ?(하|해|합)(는데|고|거든|니까)")
# To act in a show, said of someone ("can she act in your dramas?", "¿podría actuar en sus series?",
# "能去横店演你们的剧吗", "거기 드라마 출연 가능함?"): beside no Chinese spoken (`NO_CHINESE`), whether a
# foreigner is cast, the foreign-actors FAQ, not the languages our people speak (fixG17)
ACTS_IN_SHOWS = re.compile(
    r"\b(act|acting|perform|performing|appear|star|be cast|get cast|play (a )?(role|part))\b[^.?!]{0,25}\b(in|on) (your|a|the|one of your|one|chinese|some) (\w+ ){0,2}(dramas?|shows?|series|productions?|films?|movies?|short dramas?)\b"
    # (a role taken or given, not only got: "can performers … take roles in your short dramas?"; para21)
    r"|\b(get|land|find|take|takes|taking|play|be given|given|have) (a |any |some )?(roles?|parts?|acting (work|jobs?))\b"
    # (the show by any name and after "one of": "salir en una de sus series", "actuar en un dorama
    # chino", "en alguna de vuestras telenovelas"; para21)
    r"|\b(actuar|actue|salir|participar|trabajar como (actor|actriz))\b[^.?!]{0,25}\b(en|como) ((una|uno|alguna|alguno) de )?(sus|una|un|las|los|alguna|algun|vuestras)? ?(series|novelas?|telenovelas?|doramas?|k-?dramas?|c-?dramas?|dramas?|producciones|peliculas|microdramas?|actriz|actor)\b"
    r"|\b(conseguir|tener|agarrar) (un |algun )?papel\b"
    r"|(演|出演|参演|客串)(你们|你哋|贵方|横店)?(的|嘅)?(剧|戏|短剧|电视剧|电影|角色)|演戏|当演员|做演员|接戏|接到戏"
    r"|(드라마|작품|영화|숏드라마|촬영)\S{0,3} ?(출연|연기|캐스팅)|출연 ?(가능|할 수|되|돼)|배역|연기(할 수|해도|하는 거| 가능)")
CAST_SAID = re.compile(r"\b(actors?|actress\w*|faces?|roles?|parts?|cast\w*|extras|actor\w*|actriz|actrices|papel\w*|caras?|rostros?|figurantes|actuar|actuando)\b"
                       r"|演员|面孔|脸|角色|演|群演|艺人|배우|얼굴|역할|배역|캐스팅|출연|연기")
"""Whether we (the assistant, the crews on set) understand a language ("does this chat understand
English or must I type Chinese?", "¿allá hablan inglés?"): the languages FAQ, not the help text
or a change of the reply language."""
# "우리는 어떻게 들어갑니까?", "저희는 우째 들어가요?", "y nosotros, ¿cómo entramos?": we (opening the
# message in Korean: no set named before) and the way in, nothing said after it, as English "how do
# we get in?" (`JOINING`; `router.JOIN_BARE`: joining said alone is joining the alliance)
WE_GET_IN = re.compile(r"^\W*((그럼|그러면|그래서|근데|그리고|아|네|예)\W*)?(우리|저희)( ?회사| ?제작사| ?팀| ?쪽)?(은|는|도|가|들은|들도)? ?(어떻게|어케|우째|우예) ?들어[가갈갑]"
                       # ("우리는 우째 들어가면 되노?", "저희는 어떻게 들어가면 돼요?": what would do)
                       r"(요|나요|야 ?(해|돼|되|됩|합)\S*|면 ?(돼|되|됩|될|좋|괜찮)\S*|니까|ㅂ니까|는지|죠|지| ?수 있\S*)?\s*\W*$"
                       # ("¿y cómo entraríamos nosotros?", "¿cómo podríamos entrar?": the conditional too)
                       r"|\b(nosotros )?como (entramos|entrariamos|nos metemos|nos meteriamos|(podemos|podriamos|podremos) (entrar|meternos)"
                       r"|le hacemos para entrar|hacemos para entrar|hariamos para entrar)( nosotros)?\s*\W*$"
                       # ("y cómo le hacemos para entrar nosotros, somos un estudio chiquito": who we are after it)
                       r"|\b(nosotros )?(como|que) (entramos|entrariamos|nos metemos|(podemos|podriamos) (entrar|meternos)"
                       r"|le hacemos (para|pa) entrar|hacemos (para|pa) entrar|hariamos (para|pa) entrar)( nosotros)?\W+"
                       r"((si|que|ya que|porque|pues|es que) )?(somos|siendo|como) (un|una|solo un|solo una|apenas un|apenas una|nomas un|nomas una) [\w ]{1,40}\W*$"
                       # "and how would we get in?", "so how do we get on board?": a word of going on before it
                       r"|^\W*((and|so|then|ok|okay|right|well|alright)\W+)?how (do|can|could|would|should|might) (we|i|our (company|studio|team|outfit|firm)) "
                       r"(get|come) (in|on board|aboard)( then| ourselves| too| as well)?\s*\W*$"
                       # "那我们怎么进去？", "我哋点入去？": we, and the way in, nothing after it
                       r"|^\W*(那|那么|咁|噉)?(我们|我哋|我們|我们公司|我哋公司)(要|可以|能|又)?(怎么|怎样|点样|点|如何)(才能|先可以|才可以)?(进去|入去|进来|入嚟|加进去)(呢|啊|呀|吖|嘞|咧)?\W*$")
# Admission into the alliance asked by a body ("are non-profit bodies such as ours eligible for
# admission?", "¿una asociación sin fines de lucro puede ser admitida?"): membership, no sight's ticket
MEMBER_ADMISSION = re.compile(r"\b(eligible|qualify|qualifies|apply|applying|application|considered) (for )?(admission|membership)\b"
                              r"|\badmission (to|into|as|in) (the |your )?(alliance|hisda|members?|membership|network)\b"
                              r"|\b(be|being|get|getting|are|is) admitted\b|\b(ser|sea|seamos|sean) admitid[oa]s?\b")
JOINING = re.compile(r"\b(be|get|getting) (inside|in) (the )?(hisda|alliance)\b|\b(nos |se |me )?(metemos|meternos|meterse|meterme|mete|meten|metan|meta|entramos|entrar|entra|entran|entren|entre) (a|en) (la |eso de (la )?|lo de (la )?)?(hisda|alianza)\b"
                     r"|식구 ?(가 |이 )?되|식구로|\bjoin|\bmembership\b|becom(e|ing) (a |an )?([\w-]+ ){0,2}?(members?|part)\b|\bas (a |an )?(full |new )?members?\b"
                     r"|\b(be|being) (a |an )?([\w-]+ )?members?\b|\baccept (us|new members)\b"
                     r"|\ba seat at (the|your) table\b|\b(admission|admitted|admit us)\b"
                     # ("¿qué requisitos debe cumplir una asociación para ser admitida en HISDA?")
                     r"|\b(ser|sea|seamos|sean|fuera|fueramos|quede|quedar) (admitid[oa]s?|aceptad[oa]s?)\b"
                     r"|\bacept\w* (como|en|adentro de|dentro de)\b|\bcomo (miembros?|socios?)\b(?! (de|para|en) (la )?(distribucion|produccion|coproduccion|contenidos?|negocios?|venta|ventas|rodaje|filmacion)\b)|\bpart of (the )?(hisda|alliance)|get (in|inside|into)\b"
                     # (teaming up with a company, "toca asociarse con una productora china", is a business partner
                     # found for a shoot, no joining of the alliance; fixN25)
                     r"|sign(ed|ing)? (up|on) (to|with|as|for) (the |your |a )?(hisda|alliance|membership|members?)\b|sign (up|on) (to|with|as)|\bunir(se|nos|me)\b(?! con (una?|alguna?|otras?|otros?) (productoras?|empresas?|compan\w+|estudios?|socios?|distribuidoras?|casas? productoras?|firmas?)\b)|\b(se|nos|me) (una|unan|unamos|uniera|unieran|unieramos) (a|con)\b|\b(me uno|nos unimos|me sumo|nos sumamos)\b|\bsumar(se|nos|me)\b|afili|\basoci(arnos|arse|arme|amos|emos)\b(?! con (una?|alguna?|otras?|otros?) (productoras?|empresas?|compan\w+|estudios?|socios?|distribuidoras?|casas? productoras?|firmas?)\b)"
                     r"|ser (socios?|miembros?|parte)|(volvernos|hacernos|hacerse) (socios?|miembros?)"
                     # (a productora made a "socia", or one becoming a member in other verbs: "hacerse socia",
                     # "convertirnos en miembros", "afiliarse")
                     r"|\b(volvernos|hacernos|hacerse|hacerme|volverse|convertirse en|convertirnos en|convertirme en) (un[oa]? )?(socias?|miembros?|afiliad[oa]s?)\b|\bafiliar(se|nos|me)\b"
                     # (fixL15) "could an airline sign up, and what does that involve?", "invited to take part in
                     # HISDA's work", "¿una aerolínea puede inscribirse en la HISDA?": the way in
                     r"|\b(can|could|may|would|should|do|does) (we|i|they|an? [\w-]+|our [\w-]+( [\w-]+)?|(a )?compan(y|ies) like (ours|us)) (also |even |still )?sign (up|on)\b"
                     r"(?! (for|to) (the |a |an |your |our |that |this )?(\w+ )?(event|open day|pitch|forum|session|casting|newsletter|alerts?|reminders?|updates|news|day|festival|night|workshop|tour|visit)s?\b)"
                     r"|\btake part in (the )?(hisda|alliance)\b|\binscrib(ir|irse|irnos|irme|e|en|o|imos)( \w+)? (en|a) (la )?(hisda|alianza)\b"
                     # "keen to enrol with HISDA", "desea incorporarse a HISDA", "adherirnos a la alianza"
                     r"|\benrol(l)?(s|ed|ing|ment)?\b|\bincorpor(arse|arnos|arme|amos|emos|en|e)\b|\badher(ir|irse|irnos|irme|imos|amos)\b|\badhesion\b"
                     # an outfit like the writer's let in ("¿cómo podría ingresar un laboratorio como el nuestro?",
                     # "¿puede entrar una agencia como la mía?", "ingresar a la red"): joining, said of who it is
                     r"|\b(ingres|entr)(ar|arse|arnos|arme|e|en|emos|amos|aria|arian|ariamos|aramos|a|an)\b( a| en)? (la (hisda|alianza|red)\b|hisda\b"
                     r"|(un|una|nuestr[oa]|mi) [\w ]{0,40}\bcomo (el|la|los|las) (nuestr[oa]s?|mi[oa]s?)\b)"
                     r"|\b(un|una) [\w ]{0,40}\bcomo (el|la) (nuestr[oa]|mi[oa])\b.{0,20}\b(ingres|entr)(ar|e|a)\b"
                     # "para que nuestra productora se integre en la HISDA", "integrarnos a la alianza"
                     r"|\b(se |nos |me )?integr(arse|arnos|arme|e|en|emos|amos|aramos)\b (a|en|con) (la )?(hisda|alianza)\b"
                     # "que nuestra empresa forme parte de HISDA", "¿nos podemos apuntar con vosotros?"
                     r"|\b(formar|forme|formemos|formen|formara|formaramos|formariamos|formamos) parte\b"
                     r"|\bapunt(ar|arnos|arse|arme|amos|emos|en|o)( nosotros)? (con|a|en) (vosotros|ustedes|la hisda|la alianza|hisda)\b|\b(nos|me) (podemos|podriamos|puedo|podria) (apuntar|inscribir)\b"
                     # "que nuestra distribuidora sea miembro de la HISDA": the company made a member
                     r"|\b(sea|seamos|sean|fuera|fueramos) (un |una )?(socio|socia|miembro)s?\b"
                     # "what gets our outfit onto the member list", "¿qué pide la HISDA para admitir a una
                     # productora?", "¿nos admiten?", "회원 명단에 오르려면": taken in, said of the roll or the door
                     r"|\bonto (the |your )?([\w-]+ )?(member|members|membership) (list|roll|roster)\b"
                     r"|\b(get|gets|getting|put|add|added) (us |me |our [\w-]+ )?(on|onto|to) (the |your )?([\w-]+ )?(member|members|membership) (list|roll|roster)\b"
                     r"|\b(admit|acept)(ir|ar|en|an|e|a)\b (a |como )?(una |un |nuestra |nuestro |mi |nuevas? |nuevos? )?(productoras?|empresas?|compan\w+|distribuidoras?|estudios?|socios?|miembros?|casas? productoras?)\b"
                     r"|\bnos (admiten|admitan|admitirian|admitiran|aceptan|acepten|aceptarian|aceptaran)\b|\b(entrar|meternos|aparecer|figurar|anoten|anotemos|inscriban|pongan|agreguen|incluyan|registren|sumen|quedar|estar) en (la|su|tu) lista de (socios|miembros|empresas miembro)\b"
                     r"|(회원|멤버|회원사) ?(명단|목록|리스트)에 ?(오르|올라|올리|들어|이름)"
                     # counted among the members ("what does it take to be listed among HISDA's members?",
                     # "¿qué piden pa figurar entre los socios?", "회원사로 참여하고자"): the company taken in
                     r"|\b(be|being|get|getting|appear|appearing|figure|feature|count|counted)( listed| included| counted| named)? among (the |your |its |their |hisda'?s? |the alliance'?s? )?(members|member companies|member studios|partners)\b"
                     r"|\b(figurar|figuremos|figure|aparecer|aparezca|aparezcamos|estar|estemos|este|contar(nos|se)?|quedar|quedemos|entrar|entremos) (entre|dentro de) (los|las|sus|tus) (socios|socias|miembros|integrantes|asociados|empresas (socias|miembro|miembros|asociadas))\b"
                     r"|(회원|회원사|멤버|정회원)(으로|로)(서)? ?(참여|참가|합류|가입|함께)"
                     # "회원사로 이름 올릴 수 있을까요", "멤버로 등록하려면": the company put on as a member
                     r"|(회원|회원사|멤버|정회원)(으로|로) ?(이름\S{0,2} ?)?(올[리려릴린라]|등록|들어[가갈갑]|받아)|(成员|会员)名单.{0,3}(列入|加进|加入|进|上)|(列入|加进|进入|上)(联盟)?的?(成员|会员)名单"
                     r"|formar parte|(entrar|ingresar|meternos) (a|en) la|membresia|\b(se )?entra\w* (a|en) (la )?(alianza|hisda)\b"
                     r"|加入|入盟|入会|进联盟|埋(你哋|你们|你們)?(个|個|嘅|的)?(圈子|联盟|聯盟|会|會|行)|"
                     r"成为.{0,6}(会员|成员)|(做|当)(联盟|hisda)的?(会员|成员)|(成员|会员)单位(?!(里|裡|中|当中|之中|都有|有哪|有几|是哪|名单))|入联盟|加盟|가입|회원이? ?[되될돼]|합류|멤버가? ?[되될돼]"
                     # "우리도 그 HISDA 들어갈라 카는데": getting into the alliance named
                     r"|(연맹|HISDA|hisda|얼라이언스)\S{0,2} ?들어[가갈갑와올옵]"
                     # membership as a standing obtained, asked formally ("저희 모임도 회원 자격을 얻을 수 있는지",
                     # "如何取得联盟的会员资格", "¿cómo se obtiene la condición de miembro?"; fixV26)
                     r"|(회원|멤버|정회원|회원사) ?자격(을|를|이)? ?(얻|취득|받|갖|부여)"
                     r"|(取得|获得|獲得|拿到|申请|申請|具备|具備)(联盟|聯盟|hisda)?的?(会员|會員|成员|成員)(资格|資格)"
                     r"|\b(obtener|conseguir|adquirir|obtiene|obtienen|consigue|consiguen|adquiere|adquieren)\b.{0,40}\b(condicion|calidad) de (socio|socia|miembro)s?\b"
                     # "연맹에 이름 올리고 싶은데", "想在联盟里挂个名": the company's name put on the roll
                     r"|(연맹|hisda|얼라이언스)\S{0,3} ?(이름|명단|회사명|명함)\S{0,2} ?(올[리려릴린]|넣|걸)|(联盟|hisda)\S{0,5}(挂(个|上)?名|列名)"
                     # "저희 같은 작은 회사도 거기 들어 갈 수 있는지": a company getting in "there"
                     r"|(회사|업체|제작사|배급사|스튜디오)(도|들도) (거기|여기|그쪽|그곳)(에)? ?들어 ?[가갈]"
                     # "당사도 참여하겠습니다": the company itself taking part (a person attends an event)
                     r"|(당사|폐사|저희 ?회사|우리 ?회사|저희 ?제작사|우리 ?제작사)(도|에서도)? ?(참여|참가|동참)"
                     # "也想入伙，进你们这个联盟", "연맹에 끼고 싶은데", "멤버로 받아 주나요"
                     r"|入伙|进(你们)?(这个|那个)?.{0,4}联盟|"
                     # "阮公司要进来做成员", "我们想当会员", "可以进来当成员单位吗": taken in as a member
                     r"(要|想|打算|准备|能|能不能|可以|可不可以|怎么|如何|欲)(进来|加进来|进去|加进去)?(做|当|作)(个|一个|一家)?(正式)?(成员|会员)|"
                     # "额们这种小公司咋样才能入HISDA？", "想进HISDA": getting into the alliance named
                     r"(?<![收输出进])(入|进)(你们|咱们)?(这个|那个)?(hisda|联盟)|조인|끼고 ?싶|끼워 ?주|(?<!아)낄 ?수|(?<![아이])끼려(면|고|는데)|멤버로? ?받아|회원으?로? ?받아"
                     # "挂个成员单位的牌子", "当会员", "멤버 될 수 있음?", "회원 될라카믄", "연맹의 일원으로 참여",
                     # "HISDA 들어갈라 카는데" (the alliance named: see `joining`)
                     # (the members themselves asked, "成员单位里有哪些平台", "成员单位有哪些", are none: play33)
                     r"|(成员|会员|理事)单位(?!(里|裡|中|当中|之中|都有|有哪|有几|是哪|名单))|当(上|个)?(成员|会员)|(멤버|회원|회원사|일원)(이|가)? ?(되|될|됨|돼)|일원으로"
                     r"|(hisda|연맹|협회)(에|에도|에서)? ?(들어가|들어갈|들어갑|들어오|들어올|들어옵|들어가고|들어갔)"
                     # "adherirnos a la HISDA", "on your member roster", "成员名单里加上我们",
                     # "멤버 명단에 올리고 싶은데": being listed among the members is joining
                     r"|\badher(ir|irse|irnos|irme|imos|encia|ido|ida)?\b|\badhesion\b"
                     r"|\b(on|onto|to|in|into) (your|the) (member|members|membership) (roster|list|directory)\b"
                     r"|(成员|会员|会员单位)名单|(멤버|회원|회원사) ?(명단|목록)에 ?(올리|올려|넣|들어|오르|이름)"
                     # "HISDA에 이름 올리려면", "연맹 명단에 오르려면": a name put on the alliance's list
                     r"|(hisda|연맹|협회)(에|의)? ?(명단에 )?(이름(을)? ?올리|이름 ?올릴|오르려)"
                     # "what is the procedure to enter in the alliance?"
                     r"|\b(enter|get) (in|into|inside) (the |your )?(alliance|hisda)\b"
                     # "can we get ourselves into HISDA", "come on board as members", "queremos estar en
                     # la HISDA", "HISDA收不收我们这样的"
                     r"|\bget (ourselves|us|our (company|studio|team|outfit)) (in|into|inside)\b|\b(come|get|climb) on ?board\b"
                     # "our little shop wants in on this alliance of yours", "we want in"
                     r"|\b(wants?|wanted|wanting) in on\b|\b(wants?|wanted|wanting|would like|'d like) in(?= *[,.?!]| *$)|\b(we|our [\w-]+) (want|wants|would like|'d like) in(?= *[;:\u2014-])"
                     r"|\bestar (en|dentro de) (la )?(hisda|alianza)\b|(hisda|联盟).{0,8}收不收|收不收(我们|咱们|俺们)|收(我们|咱们|俺们)(这样的|这种)?"
                     # "要不要我们这种小公司" asks to be taken in; a bare "要我们" is "we have to"
                     # ("还是要我们自己从外面带演员": bring our own cast, no joining)
                     r"|要(我们|咱们|俺们)(这样的|这种)"
                     # "想成为HISDA的一份子", "也想做联盟的一员": one of the alliance's own
                     r"|(成为|变成|当|做)(你们|贵)?.{0,8}(一份子|一分子|一员)"
                     # "¿y pa meter a nuestra compañía ahí adentro?", "nos pueden meter ahí?": the
                     # company put inside ("ahí" is the alliance just talked about)
                     r"|\bmeter(nos|me|la|lo)? (a )?(nuestra|nuestro|mi|la|el) (compan\w+|empresa|productora|distribuidora|estudio|casa productora)\b.{0,20}\b(ahi|alli|aca|adentro|dentro)\b"
                     r"|\b(meter(nos|me|se)?|entrar|ingresar) (ahi|alli|aca) ?(adentro|dentro)\b"
                     # "우리 회사 이름도 여기 올리고 싶으면": the company's name put on the roll "here"
                     r"|(회사|업체|제작사|배급사|스튜디오|우리|저희) ?(이름|명)(도|을|이)? ?(여기|거기|그쪽|이곳|그곳|명단|목록)?(에)?(도)? ?(올리|올려|올릴|넣|걸)" + "|" + WE_GET_IN.pattern)
"""Asking to join ("how do we get into HISDA?", "¿cómo nos sumamos?", "入盟要什么手续"): the
membership procedure, which the FAQ tagged `join` answers, not the alliance's own card."""
ALLIANCE = re.compile(r"hisda|alliance|alianza|联盟|連盟|聯盟|入盟|연맹|협회")
# The alliance described rather than named ("some Hengdian short drama outfit with a big long
# name", "una asociación de microdramas de allá", "横店那个搞短剧的什么协会", "헝뎬 숏드라마 협회인가
# 하는 데"): a body of short-drama companies, which HISDA is.
ALLIANCE_DESCRIBED = re.compile(
    r"\b(short[- ]?(form )?drama|micro ?drama|vertical drama)s? (outfit|group|association|organi[sz]ation|body|club|union"
    r"|network|league|coalition|consortium|collective|bunch|crowd|federation)\b"
    r"|\b(asociacion|agrupacion|organizacion|grupo|gremio|union|liga|red|coalicion|consorcio|federacion|colectivo)"
    r" (de|del|para) (los |las )?(micro ?dramas|microseries|series cortas|dramas cortos|series verticales|micro ?novelas)\b"
    r"|短剧.{0,6}(协会|協會|组织|組織|团体|團體|联合会|聯合會|联合体|共同体|圈子|联会)"
    r"|(숏 ?폼|숏|쇼트) ?드라마.{0,8}(협회|단체|모임|조직|연합|기구|협의체)"
    # (words between: "some Hengdian grup for short series", "un grupo en Hengdian con socios … pa series cortas")
    r"|\b(group|grup|association|organi[sz]ation|body|club|union|network|league|coalition|consortium|collective|outfit|grupo|asociacion|agrupacion|organizacion|gremio|liga|red|coalicion|consorcio|colectivo)\b"
    r".{0,50}\b(short[- ]?(form )?(drama|series|show)s?|micro ?(drama|series)s?|vertical (drama|series)s?|microdramas?|microseries|series cortas|dramas cortos|series verticales)\b"
    r"|\b(group|grup|association|organi[sz]ation|outfit|grupo|asociacion|organizacion|gremio)\b (in|en|de|from|out of) hengdian\b"
    # the body that put out the list the partner saw ("who's behind this catalog", "quién publicó
    # ese catálogo", "片单的发起单位", "그 목록 낸 곳"): the alliance that publishes it
    r"|\b(who|whoever|the (people|body|group|company|organi[sz]ation|outfit)) (is |are )?(behind|that (put|puts|published|publishes|made|makes|released)( out)?) (the|this|that|your) (list|catalog(ue)?|slate|line-?up)\b"
    r"|\b(quien(es)?|la (entidad|organizacion|gente|empresa)) (esta |estan )?(detras del?|que (publico|publica|hizo|armo|saco)) (la |el |esta |este |esa |ese )?(lista|listado|catalogo)\b"
    r"|(片单|片單|目录|目錄|名单|名單)的?(发起|發起|发布|發布|出品|牵头|牽頭)(单位|單位|方|机构|機構|组织|組織)"
    r"|(片单|片單|目录|目錄)是?(谁|誰|哪个单位|哪家(单位|公司|机构)?|什么机构)(牵头|牽頭)?(发布|發布|发起|發起|出|做|整理)的?"
    r"|(목록|리스트|카탈로그|라인업)\S{0,2} ?(낸|만든|발표한|올린|공개한|펴낸) ?(곳|데|단체|회사|쪽)")
# What a body is, asked of it as "that bunch" ("what's the deal with them?", "¿qué onda con esa
# gente?", "是干什么的", "뭐하는 데예요"): with `ALLIANCE_DESCRIBED`, what HISDA is.
BODY_ABOUT = re.compile(
    r"\bwhat'?s the (deal|story|score|lowdown) (with|on)\b|\bwhat (is|are) (that|this|those|these|they|it)\b"
    r"|\bwho (are|is) (they|them|that|those|these)\b|\btell (me|us) (more )?about (that|them|it|those)\b|\bwhat do (they|those \w+) do\b"
    r"|\bque onda con\b|\bque (es|son) (eso|esa|ese|esos|esas)\b|\bquienes son\b|\ba que se dedica\w*|\bde que se trata\b|\bque hacen\b"
    r"|是(什么|啥)|(干|做)(什么|啥|嘛)的|什么来头|啥来头|怎么回事"
    r"|뭐 ?하는|어떤 ?(곳|단체|데|모임|조직)|뭐(예|에|이에)요|뭔가요|뭐임|뭔데"
    # its nature and make-up ("what kind of organisation", "qué tipo de entidad", "何性质的组织，由哪些单位组成",
    # "스튜디오들 연합이에요? 누가 모여서 만든 데예요?")
    r"|\bwhat (kind|sort|type) of (organi[sz]ation|outfit|body|group|entity)\b|\bque (tipo|clase) de (organizacion|entidad|organismo|grupo)\b"
    r"|(何|什么|啥)(性质|性質)|由(哪些|什么|哪几家)(单位|公司|机构|企业)?(组成|构成|發起|发起)"
    r"|(연합|협회|단체|조합)(이에요|인가요|이야|이죠|예요)|(누가|누구누구|어디어디|어디들이|회사들이) ?(모여서|모여|모인)")
# What kind of body it is, or whose ("what sort of body is it?", "whose show is this?", "a company or
# an association?", "who's behind it?", "¿qué tipo de grupo es?", "¿de quién es?", "是行业协会还是哪家
# 公司的牌子", "啥来头", "뒤에 누가 있는 단체예요?"): the alliance's nature and founders, which the entry on
# what it is says (not an unpublished head, a member list or a partner's card).
NATURE_ASKED = re.compile(
    r"\bwhat (kind|sort|type|manner) of (a |an )?(body|group|grup|organi[sz]ation|outfit|entity|association|thing|ting|club|network|setup|set-up|institution|org)\b"
    r"|\bwanem kain\b|\bwhose (show|thing|baby|project|outfit|brand|idea|initiative|alliance|group|org\w*) is (this|it|that|dis)\b"
    r"|\bwho('?s| is| are)? (really |actually |exactly )?(behind|backing|the people behind) (it|this|that|them|dis|hisda|the alliance)\b"
    r"|\b(is|are) (it|this|that|they|dis|hisda|the alliance) (a |an )?(company|business|association|government|state|private|public|ngo|non-?profit|trade (body|group|association)|group|agency|union)\b.{0,30}\bor\b"
    r"|\b(is|are) who\b|\bwho (is|are) (dis|dem|allyuh|yinz|y'?all)\b"
    r"|\b(que|cual) (tipo|clase) de (grupo|organizacion|entidad|asociacion|organismo|institucion|cosa)\b|\bde quien(es)? (es|son)\b"
    r"|\bquien(es)? (esta|estan) (detras|atras)\b|\bes (una )?(empresa|compania|asociacion|gremio|organismo)\b.{0,30}\bo (una |un )?\w+"
    r"|(协会|協會|联盟|聯盟|组织|組織|机构|機構)还是|还是(哪家|哪个|什么)(公司|企业|机构|单位)|哪家(公司|企业)的(牌子|项目|招牌)"
    r"|(什么|啥)来头|(什么|啥)背景|谁家的|背后(是谁|是哪|有谁|谁)|谁在(背后|幕后)|(什么|啥)(性质|性質)"
    # the kind of body asked, however said ("是个什么机构", "属于哪类组织", "什麼樣的團體", "어떤 성격의
    # 기구인지", "무슨 단체냐", "뭐 하는 조직", "어떤곳임")
    r"|(什么|什麼|啥|哪种|哪種|哪类|哪類|何种|何種|怎样的|怎樣的)(样的|樣的|样|樣)?(组织|組織|机构|機構|团体|團體|单位|單位|协会|協會)"
    r"|(무슨|어떤|어떠한|뭐 ?하는) ?((성격|종류|유형)의? ?)?(단체|조직|기구|기관|협회|모임)|어떤 ?곳(이|인|임|입니|이에요|이죠)"
    r"|뒤에(는|서)? ?(누가|누구|어디)|배후|(누구|어디)(네|의) (단체|모임|조직|거)|어떤 (성격|종류)의? ?(단체|조직|곳|기관)|(협회|단체|회사)(예요|인가요|야|이에요)?\S{0,3} ?(아니면|혹은|회사|협회)")
# Who is behind it, or whether a company or the government is ("who's really behind this? a company
# or the government?", "¿quién está detrás, una empresa o el gobierno?", "其实是谁在背后搞，公司还是
# 政府？", "이거 뒤에 누가 있는 거예요? 회사예요, 정부예요?"): asked with nothing in focus and nothing
# named, "this" is the alliance whose bot the partner talks to (`Router.alliance_explained`)
BODY_BEHIND = re.compile(
    r"\bwho('?s| is| are)? (really |actually |exactly )?(behind|backing)\b"
    r"|\b(company|business|firm|private)\b.{0,25}\bor\b.{0,12}\b(government|state|public)\b|\bgovernment\b.{0,25}\bor\b.{0,15}\b(company|business|private)\b"
    r"|\bquien(es)? (esta|estan) (detras|atras)\b|\b(empresa|compania|privad[oa])\b.{0,25}\bo\b.{0,12}\b(gobierno|estado|public[oa])\b"
    r"|\bgobierno\b.{0,25}\bo\b.{0,15}\b(empresa|compania|privad[oa])\b"
    r"|谁在(背后|幕后)|背后(是谁|是哪|有谁|谁)|幕后(是谁|老板|主使)|(公司|企业|民营|私营|商业)(的|机构)?(还是|或者|定系)(政府|官方|国家|国营|国企)"
    r"|(政府|官方)(的|机构)?(还是|或者)(公司|企业|民营|私营)"
    r"|뒤에(는|서)? ?(누가|누구|어디)|배후|(회사|기업|민간)\S{0,4}[,?\s]+(아니면 )?(정부|관청|공공)|(정부|공공)\S{0,4}[,?\s]+(아니면 )?(회사|기업|민간)")
# Letters heard or read that stand for the alliance, unnamed ("that acronym", "esas siglas", "那几个字母",
# "그 영어 약자"): the alliance, the one body the partner meets by its initials
ACRONYM_SAID = re.compile(r"\b(acronym|initials|abbreviation|letters)\b|\b(siglas|acronimo)\b|(几|幾|四)个(英文)?字母|缩写|縮寫|약자|이니셜")
# Who heads an organisation ("他们CEO是谁", "who is HISDA's CEO", "¿quién es el presidente?",
# "대표가 누구예요"): a person's title, which a record's card states only if it names one.
LEADER_ASKED = re.compile(r"(?<![a-z])(ceo|chief executive|president|chair(man|woman|person)?|managing director|general manager|founder"
                          r"|presidente|presidenta|director(a)? general|fundador(a)?|gerente general)(?![a-z])"
                          r"|总裁|總裁|董事长|董事長|总经理|總經理|会长|會長|理事长|理事長|秘书长|秘書長|创始人|創始人"
                          r"|대표(이사)?|회장|사장|최고 ?경영자|이사장|사무총장|창업자")
# A count of the alliance or of the studios themselves ("how many member companies are in the
# alliance?", "¿cuántas empresas forman parte de la alianza?", "联盟现在有多少家成员单位", "연맹
# 회원사는 몇 곳입니까?", "你们横店有几个摄影棚？", "헝뎬에 촬영 스튜디오가 몇 개"): what is counted
# decides the answer. The partners and the sets are listed (so many listed, said as such); the
# staff, the sound stages and the crews a year are published nowhere (an honest gap).
_UNITS = r"(个|個|家|位|名|处|處|座|间|間)"


# 几 asks "how many" only as a question word: 哪几家 is "which", 没几个钱 "little money", 好几家
# "several", 还是几家公司凑的 "or a few companies pooling"
_ZH_HOW_MANY = r"(多少|(?<![哪没沒好这這那前后後十])(?<!还是)(?<!還是)(?<!或者)[几幾])"


# what the count word counts when a noun follows it ("剧组有几个外国籍演员" counts the actors, not the
# crews; "公司有几位老外" the foreigners)
# (and "有几个是…的", "有几个美国人": some of the crew said to be of a nationality, no count asked)
_ZH_OTHER_COUNTED = r"(是|[\u4e00-\u9fff]{0,5}(演员|演員|老外|外国|外國|外籍|洋人|面孔|翻译|翻譯|同事|摄影师|攝影師|员工|員工|工作人员|群演|孩子|小孩|国籍|國籍|国人|國人|籍))"


def _counted(latin: str, zh: str, ko: str) -> re.Pattern[str]:
    """A count asked of one of these nouns: the count word right before it ("how many member
    companies", "cuántas empresas", "多少家成员单位", "몇 곳의 회원사") or, in zh and ko, the noun
    then its count in the same clause ("摄影棚有几个", "회원사는 몇 곳"), never a count of something
    else beside it ("成为会员要多少钱" is a fee; "小剧组，老外也有几个" counts the foreigners)."""
    return re.compile(
        rf"\b(how many|(the )?number of|count of|cuant[oa]s|(el )?numero de|cantidad de)\s+(\w+\s+){{0,2}}({latin})\b"
        rf"|{_ZH_HOW_MANY}{_UNITS}?的?({zh})|({zh})[^，。；！？,.;!?]{{0,6}}{_ZH_HOW_MANY}{_UNITS}(?!{_ZH_OTHER_COUNTED})"
        rf"|({ko})(들)?(은|는|이|가|을|를)? ?(지금 ?|현재 ?|요즘 ?|올해 ?)?(총 ?|모두 ?|전부 ?|대략 ?)?몇 ?(개|곳|군데|명|분|동|개사|팀|개소)"
        rf"|몇 ?(개|곳|명|동)의 ?({ko})|({ko}) ?(수|숫자|규모)(는|가)? ?(얼마|몇)")


MEMBERS_COUNTED = _counted(r"members?|member (companies|firms|organi[sz]ations)|companies|partners|organi[sz]ations|firms"
                           # (only read of the alliance: its studios are its members, "how many studios in the alliance")
                           r"|studios|production (companies|houses)|estudios"
                           r"|miembros|socios|empresas|integrantes|companias|organizaciones|productoras",
                           r"成员|成員|会员|會員|伙伴|夥伴|合作方|企业|企業|公司|单位|單位",
                           r"회원사|가입사|가입 ?회사|회원|멤버|파트너|참여사|회사|기업")
STAFF_COUNTED = _counted(r"people|staff|employees|workers|personnel|team members|personas|gente|empleados|trabajadores|personal",
                         r"员工|員工|工作人员|工作人員|职员|職員|人",
                         r"직원|인원|사람|스태프|근무자")
STAGES_COUNTED = _counted(r"sound ?stages?|studios|stages|indoor (studios|stages)|platos|estudios|naves",
                          r"(摄影|攝影|室内|室內|影)棚",
                          r"(실내 ?|촬영 ?)?(스튜디오|세트장)")
CREWS_COUNTED = _counted(r"crews|film crews|productions|equipos de rodaje|rodajes|producciones",
                         r"剧组|劇組", r"촬영팀|제작팀|촬영 ?팀")
# Crews a year, however the place is called ("你们平台一年接多少剧组", "1년에 몇 팀 정도 촬영해요"): only the
# studios count crews, so a yearly count of crews is theirs though "Hengdian" is not said
CREWS_A_YEAR = re.compile(r"\b(a|per|each|every) year\b|\bal ano\b|\bpor ano\b|\bcada ano\b|一年|每年|全年|(1|일|한) ?(년|해)(에|동안)|매년|연간")
CREWS_YEARLY_KO = re.compile(r"((1|일|한) ?(년|해)(에|동안)?|매년|연간) ?(평균 ?|대략 ?|보통 ?)?몇 ?(팀|개 ?팀|편|작품)")
SETS_COUNTED = _counted(r"sets|locations|shooting bases|bases|backlots|scenic areas|film sets|locaciones|escenarios",
                        r"拍摄基地|拍攝基地|基地|景区|景區|场景|場景|外景地|拍摄地|拍攝地",
                        r"세트|촬영지|촬영 ?기지|기지")
HENGDIAN_SAID = re.compile(r"\bhengdian\b|横店|橫店|헝뎬")

# A tax break asked ("any tax incentives?", "¿hay beneficios fiscales?", "拍短剧有税收优惠吗", "有没有
# 免税政策", "세금 감면 혜택 같은 것도 있나요?"): no file publishes a tax term (incentives.yaml has
# cost reductions), so never the incentives FAQ's "Yes."
TAX_ASKED = re.compile(r"\btax(es|ation)?\b|\b(tax|vat)[- ]?(breaks?|credits?|exempt\w*|relief|rebates?|refunds?|incentives?|benefits?|deductions?)\b"
                       r"|\b(impuestos?|fiscal(es)?|tributari[oa]s?|iva)\b|\bexencion(es)? (de|del) (impuestos?|iva)\b"
                       r"|税|稅|세금|세제|세액|면세|감세|조세|부가세")

# Who heads a body, asked by the verb ("who runs HISDA?", "¿quién dirige la alianza?", "谁领导这个联盟",
# "연맹은 누가 이끌어요?"): its leadership, not a title's director (`credits`) nor what it is
# (or who operates it, which no file says either: "who operates the alliance?", "¿quién opera
# la alianza?", "联盟是谁在负责运营的", "邊個負責搞聯盟", "연맹 운영은 누가 하고 있나요", "귀 연맹의 운영
# 주체가 어디인지": `OPERATOR_ASKED`, asked with "where" as often as with "who")
OPERATOR_ASKED = re.compile(r"\b(who|which|what)\b.{0,20}\b(operator|operating (body|company|entity|organi[sz]ation)|governing body)\b"
                            r"|\b(operator|operating body|governing body) of (the|this|your|hisda)\b"
                            r"|运营(方|主体|单位|机构)|運營(方|主體|單位|機構)|营运(方|主体)|營運(方|主體)"
                            r"|운영 ?(주체|기관|단체)|운영하는 ?(곳|데|단체|기관|회사)(가|는|은|이)? ?(어디|어느|누구)|(운영|관리|총괄)(은|는|을|를)? ?(누가|누구|어디서|어디에서|어느 ?(곳|기관|회사|단체))")
# The body that operates or is behind the alliance asked, not a person at its head ("who operates
# the alliance?", "¿quién opera la alianza?", "联盟的运营方是谁", "邊個負責搞聯盟", "귀 연맹의 운영
# 주체가 어디인지"): what HISDA is answers it (founded by producers, platforms and technology firms,
# Hengdian World Studios a key initiator); who runs, leads or heads it stays an unpublished head.
BODY_ASKED = re.compile(r"\b(operates|operating|operator|is behind|are behind|governing body|day[- ]to[- ]day|daily operations)\b|\bquien(es)? (la |lo )?(opera|operan|esta detras|estan detras)\b"
                        r"|运营|運營|营运|營運|运作|運作|搞|운영|(어디|어느 ?(곳|기관|회사|단체))(에서|가|인지|예요|입니까)")
LEADS_ASKED = re.compile(r"\bwho('?s| is)? ((actually|really|exactly|basically) )?(runs|running|leads|leading|heads|heading|directs|manages|chairs|governs|in charge of|at the head of"
                         r"|operates|operating|administers|oversees|responsible for)\b"
                         # the running itself said as what is handled: "who handles the daily running of the alliance?"
                         r"|\bwho('?s| is)? (handles|handling|takes care of|looks after|deals with) (the )?(daily|day[- ]to[- ]day|everyday|running|management|operations?)\b"
                         r"|\bquien(es)? (la |lo )?(dirige|dirigen|lidera|lideran|preside|presiden|encabeza|encabezan|maneja|manejan"
                         r"|gestiona|esta al frente|estan al frente|esta a cargo|estan a cargo|manda|opera|operan|administra|administran|lleva|llevan"
                         r"|se encarga de la (gestion|direccion|administracion|operacion|coordinacion)|se ocupa de la (gestion|direccion|administracion))\b"
                         r"|谁(在)?(领导|領導|掌舵|带领|帶領|主管|管理|执掌|執掌)|由谁(领导|領導|主管|管理)|(领导|領導|掌门人|掌門人)是谁|(领导|領導|掌门人|掌門人)是誰"
                         r"|(谁|誰|由谁|由誰)(在)?(负责|負責)?(运营|運營|营运|營運|运作|運作|搞)|(谁|誰)(在)?(负责|負責)(管理|管)"
                         r"|(日常|平时|平時|平日|平常)[^，,。？?]{0,4}(谁|誰)(在)?(负责|負責)|(谁|誰)(在)?(负责|負責)[^，,。？?]{0,4}日常"
                         r"|누가 ?(이끌|이끄|운영|총괄|대표|관리|맡)|(수장|리더)(은|는|이|가)? ?누구|" + OPERATOR_ASKED.pattern
                         # the person in charge by the title ("负责人是谁", "是谁负责的", "책임자는 누구예요", "누가 책임져요")
                         + r"|(负责人|負責人|总负责|總負責|主理人)(是|系|係)?(谁|誰|边个|邊個|哪位)|(是|由)(谁|誰)(来|來)?(负责|負責)(的)?\W*$"
                         r"|(책임자|총괄자|총책임자|운영자|총괄)(는|은|가|이)? ?(누구|누군|어느 분)|누가 ?책임")
# Who runs it day to day ("who's in charge of it on a daily basis", "¿quién lleva la alianza en el
# día a día?", "联盟日常由谁负责", "연맹 일상 운영은 누가 해요?"): who runs it, which no file names (the
# Secretariat can say), not the body behind it that what HISDA is answers
DAILY_RUNNING = re.compile(r"\b(daily basis|day[- ]to[- ]day|daily (operations?|running|management))\b|\b(dia a dia|diari[oa]s?|cotidian[oa]s?)\b"
                           r"|日常|平时|平時|平日|平常|일상|평소|매일|실무")
# Who runs a body ("who runs it", "quién la maneja", "谁牵头", "누가 운영해요"): asked of the
# alliance with its members or its start, the alliance as a whole (`ALLIANCE_WHOLE_ASKS`)
RUNS_IT = re.compile(r"\bwho('s| is)? (runs?|running|manages?|managing|leads?|leading|heads?|is in charge|coordinates?|organi[sz]es?|behind)\b"
                     r"|\bquien(es)? (la |lo |las |los )?(maneja|manejan|dirige|dirigen|lleva|llevan|coordina|coordinan|organiza|organizan|administra|administran|encabeza|esta detras|estan detras|esta a cargo)\b"
                     r"|谁(在)?(牵头|负责|管|运营|主导|发起|主办|组织|操盘|带头)|由谁(牵头|负责|运营|主导|发起)|(牵头|主导|运营)(的)?(是谁|是哪)"
                     r"|누가 ?(운영|주도|맡|이끌|관리|주관|이끄)|(운영|주관|주도)(하는 ?(곳|데|사람)|처|사)(는|가|이)? ?(누구|어디)")
# The companies in it asked ("which companies are in it", "qué empresas están", "都有哪些公司", "어떤 회사들이")
COMPANIES_IN_IT = re.compile(r"\b(which|what) (companies|firms|members|studios)\b|\b(que|cuales|cuantas) (empresas|companias|productoras|miembros|socios)\b"
                             r"|(哪些|哪几家|什么)(公司|企业|成员|单位|机构)|어떤 ?(회사|업체|기업|곳)|어느 ?(회사|업체|기업)")


LEADER_WHO = re.compile(r"\bwho\b|\bname\b|quien|como se llama|nombre|谁|誰|叫什么|叫什麼|是哪位|누구|누군|성함|이름")
# The alliance's members asked as companies ("Who are HISDA's partners?", "¿quiénes son los socios
# de HISDA?", "HISDA的成员有哪些", "HISDA 회원사 어디어디예요"): the partners list, not its card.
ALLIANCE_MEMBERS = re.compile(
    r"\b(who|which|what|list)\b.{0,30}\b(partners|members|member companies|companies|firms|studios|organi[sz]ations|outfits)\b|\b(partners|members)\b.{0,12}\b(are there|list)\b"
    r"|\b(quienes|cuales|que|lista)\b.{0,30}\b(socios|miembros|integrantes|empresas)\b|\b(que|cuales) (companias|productoras|estudios)\b"
    r"|(成员|成員|会员|會員|伙伴|夥伴|合作方|企业|企業|公司)(单位|單位)?(都)?(有)?(哪些|哪几家|哪幾家|是谁|是誰|名单|名單)"
    r"|(哪些|哪几家|哪幾家)(是)?(联盟|聯盟|hisda)?的?(成员|成員|会员|會員|合作)(单位|單位|企业|企業|公司|伙伴|夥伴)"
    r"|(회원사|멤버|파트너사?|참여사|소속 ?회사)\S{0,2} ?(어디|누구|뭐|목록|리스트)"
    # a kind asked among them ("회원사 중에 플랫폼 회사는 어디예요?", "파트너사 가운데 제작사는 누구예요?") (play33)
    r"|(회원사|멤버|파트너사?|참여사)\s?(중에?서?|가운데)\s?[^?]{1,16}(어디|어느|누구)"
    # (the members said as 회원, the kind asked whether there is one: "hisda 회원 중에 플랫폼 업체 어디임",
    # "회원사 가운데 플랫폼 하는 회사가 있나요?"; para25)
    r"|(회원사?|멤버|파트너사?|참여사)\s?(중에?서?|가운데)\s?[^?]{1,16}(어디|어느|누구|(회사|업체|기업|곳)(가|이|는|도)? ?(있나요|있어요|있습니까|있음|있나|있을까요))")
# "Who is <a person's name>?" ("who is John Park?", "¿quién es Pedro Gómez?", "周逢来是谁啊",
# "김민수가 누구예요?"): the name, when it looks like one (capitalised words; a common Chinese or
# Korean surname first). The router answers it only when the knowledge holds no such person.
_ZH_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
                "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧楚柳")
# ...and their pinyin, to find a person our records write only in pinyin ("Zhou Fenglai") when a
# Chinese partner writes the name in characters ("周凤来是谁"): the surname, then one syllable a
# character of the given name (the given name's characters are not guessed).
_ZH_SURNAME_READINGS = (
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo zheng liang xie song tang "
    "xu han feng deng cao peng zeng xiao tian dong yuan pan jiang cai yu du ye cheng su wei lu/lv/lyu ding ren "
    "shen yao lu jiang cui zhong tan lu wang fan jin shi liao jia xia wei fu fang bai zou meng xiong qin qiu "
    "jiang yin xue yan duan lei hou long shi tao li he gu mao hao gong shao wan qian yan qin/tan wu dai mo kong "
    "xiang tang ou chu liu")
ZH_SURNAME_PINYIN: dict[str, tuple[str, ...]] = {ch: tuple(py.split("/")) for ch, py in zip(
    _ZH_SURNAMES, _ZH_SURNAME_READINGS.split(), strict=True)}
_KO_SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육맹제모탁국"
WHO_IS_NAME = [
    re.compile(r"\bwho(?:'s| is| was)\s+((?:(?:mr|ms|mrs|dr)\.?\s+)?[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)+)\b"),
    re.compile(r"\bqui[eé]n (?:es|era)\s+((?:(?:el|la) (?:señor|señora|sr\.?|sra\.?)\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)+)"),
    re.compile(r"([" + _ZH_SURNAMES + r"][\u4e00-\u9fff]{1,2}?)(?:先生|女士|老师|总)?(?:是|係)(?:谁|哪位|何人|啥人|什么人)"),
    re.compile(r"(?<![가-힣])([" + _KO_SURNAMES + r"][가-힣]{2})(?:씨|님|대표님?|이사님?|팀장님?|매니저님?)?\s?(?:이|가|은|는)?\s?누구(?:예요|에요|야|죠|인가요|세요|신가요|지)"),
]
# A person's part asked of a Chinese name ("周凤来负责哪一块", "周凤来管什么的", "周凤来是做什么的"): read
# only for a name the records write in pinyin (`router.unknown_person`), where it is that person's role
ZH_NAME_ROLE = re.compile(r"([" + _ZH_SURNAMES + r"][\u4e00-\u9fff]{1,2}?)(?:先生|女士|老师|总)?(?:主要|具体|到底)?"
                          r"(?:负责|負責|管|分管|主管)(?:的是)?(?:什么|什麼|啥|哪一?块|哪一?塊|哪些|哪方面|哪个方面|哪部分|哪一部分)"
                          r"|([" + _ZH_SURNAMES + r"][\u4e00-\u9fff]{1,2}?)(?:先生|女士|老师|总)?是(?:做|干|幹|搞)(?:什么|什麼|啥)的")
# words that fit the shape of a Chinese name but are roles or things ("高层是谁", "方面是谁")
NOT_A_NAME = re.compile(r"^(高层|高管|主管|方面|任务|程序|毛病|金主|石头|白天|万一|戴着|钱多|成员|成本|向导|向来|这|那)"
                        # Korean nouns of a person's part ("우승자", "담당자", "책임자", "주인공")
                        r"|[가-힣]{2}(자|장|공|님)$"
                        # an office, not a person ("现任首相是谁", "美國現任總統是誰": 任 read as a surname)
                        r"|(首相|总统|總統|总理|總理|主席|部长|部長|市长|市長|国王|國王|女王|州长|州長|省长|省長|议长|議長|大使|元首|教皇|总裁|總裁|领导人|領導人)$")
# Asked to explain a thing again or for someone else ("能再给他介绍一下不", "my boss didn't get it,
# can you explain", "mi jefe no entendió, ¿me la explicas?", "다시 설명해 주세요"): what it is.
EXPLAIN_AGAIN = re.compile(r"\bexplain\w*|\bintroduc\w*|\b(did ?n'?t|did not|does ?n'?t|does not) (get|understand|follow)\b"
                           r"|\b(walk|run|fill) (me|him|her|us|them) (through|in)\b|\btell (me|him|her|us|them) (again |more )?about\b"
                           r"|\bexplic\w*|\bpresent(a|e|ame|ale|anos|ales)(la|lo|las|los)?\b|\bno (le |les |me |nos )?(entendi\w*|entend\w*|capt\w*|quedo claro)"
                           r"|\bcuent(a|e|ale|ame|anos|ales)\b.{0,10}\b(de|sobre)\b|\bde que (se )?trata\b"
                           r"|介绍|讲讲|说说|解释|没听懂|没懂|没听明白|不明白|听不懂|是什么|是啥|啥意思|什么意思"
                           r"|설명|소개|이해(를)? ?못|못 알아|이해가 안|뭔지|뭐예요|뭐에요|뭐야")
# Said again, or back to what was said ("能再介绍一下", "you mentioned", "otra vez", "아까 말한", "다시")
# What the alliance is asked ("what does the alliance behind the catalog actually do?", "¿qué es la
# alianza y a qué se dedica?", "其性质与职能如何", "연맹에 대해 간단히 소개 부탁드립니다"), however it is
# described (the catalog's publisher): what HISDA is, not the catalog or the member list.
ALLIANCE_ABOUT = re.compile(
    r"\bwhat (is|are|'s|s) (it|they|the alliance|hisda|that alliance|this alliance|the hisda)\b(?! (for|about|in|of)\b)"
    r"|\bwhat (does|do|did) (it|they|the alliance|hisda|that alliance|this alliance)\b(?:[\w\s-]{0,30})?\b(actually |really )?do\b(?! (with|for|about)\b)"
    r"|\btell (me|us) (more |a bit |a little )?about (it|them|the alliance|hisda|that alliance|this alliance)\b"
    r"|\bintroduc\w* (me |us )?(to )?(the |this |that |your )?(alliance|hisda)\b"
    r"|\b(its|their|the alliance'?s?) (role|purpose|mission|function|nature)s?\b|\bwho are they\b"
    # the alliance asked as "you" ("the alliance itself, who are you guys exactly?", "la alianza como tal,
    # ¿quiénes son ustedes?", "联盟本身，你们到底是谁", "연맹 자체는, 여러분은 누구세요?") or to be filled in on
    r"|\bwho (are|r) (you|ya|u|y'?all)( guys| all| folks| people| lot)?\b|\bfill (me|us) in (on|about) (it|them|the alliance|hisda|that alliance|this alliance)\b"
    r"|\bquienes (son|serian) (ustedes|uds|vosotros|ellos)\b"
    r"|(你们|您们|你们联盟)(到底|究竟)?是(谁|什么人|哪路|何方)"
    r"|(여러분|그쪽|너희|당신들|거기)(은|는)? ?(도대체 |정확히 )?누구(세요|예요|에요|야|죠|신가요|인가요)"
    r"|\bque es (la |esa |esta )?(alianza|hisda)\b|\ba que se dedica\w*|\bde que se trata\b|\bpresent(a|e|ame|anos|eme|enos)(la|lo)? (la |esa |esta )?(alianza|hisda)\b"
    r"|\b(funciones|naturaleza|proposito|mision) de (la |esa |esta )?(alianza|hisda)\b"
    # (said of the alliance itself, close by: "联盟…介绍一下应用情况" asks about a use of it)
    r"|(联盟|hisda)[^。？?！!]{0,8}(是什么|是啥|做什么|干什么|干嘛|是干|性质|职能|职责|宗旨|定位|什么(机构|组织|单位)|啥(机构|组织))"
    r"|(介绍|讲讲|说说)(一下)?(这个|该|贵|你们的?|此|那个)?(联盟|hisda)(?=$|[，。？?！!]|吧|呗|吗)"
    r"|(연맹|hisda)(에 ?대해서?|을|를|은|는|이|가|의)?[^.?!]{0,12}(소개|어떤 (곳|단체|조직|기관|데)|뭐 ?하는|무슨 일 ?하|성격|역할|기능|취지)"
    r"|(연맹|hisda)(은|는|이|가)? ?(뭐예요|무엇인가요|뭔가요|뭐죠|뭐야)"
    # what it is for, whether it is worth it ("y'all's alliance, what's it actually for?", "what good is
    # the alliance to a small studio?", "¿y la alianza esa pa qué sirve?", "这个联盟对我们有啥用",
    # "연맹 들어가면 뭐가 좋아요?"): its purpose, which what it is says
    r"|\bwhat('?s| is| are| was|s) (it|they|the alliance|hisda|this alliance|that alliance|your alliance|the whole thing)( (actually|really|even|exactly|all))? (for|good for)\b(?! (a |an |the )?\w+ (shoot|set|scene|filming|episode))"
    r"|\bwhat good (is|are) (it|they|the alliance|hisda|this alliance|that alliance)\b|\bwhat('?s| is) the (point|use|purpose) of (it|them|the alliance|hisda|this alliance|that alliance|joining)\b"
    r"|\b(pa|para) que (sirve|serviria|nos sirve|me sirve|nos serviria)\b|\bde que (nos |me )?(sirve|serviria)\b|\bque (nos |me )?(aporta|aportaria|ofrece|ofreceria) (la |esa |esta )?(alianza|hisda)\b"
    r"|(联盟|hisda)[^。？?！!]{0,10}(有(什么|啥)(用|好处|意义)|图(什么|啥)|干(什么|啥)用)"
    r"|(연맹|hisda)[^.?!]{0,16}(뭐가 좋|뭐에 좋|무슨 (도움|이득|이점|혜택)|왜 (필요|들어|가입))")
# The alliance as the owner of another thing asked about ("the alliance's catalog", "los eventos de
# la alianza", "联盟的片单", "연맹 행사"): that thing, not what the alliance is
ALLIANCE_OWNS = re.compile(
    r"\b(alliance|hisda)('s|s')? (catalog\w*|slate|list|events?|members?|partners?|programs?|programmes?|website|e-?mail|office|contacts?|fees?)\b"
    r"|\b(catalogo|lista|eventos?|miembros|socios|programas?|correo|oficina|cuota|sitio web) de (la )?(alianza|hisda)\b"
    r"|(联盟|hisda)[^，。？?！!]{0,8}?的?(片单|活动|成员|会员|伙伴|项目|官网|邮箱|联系|费用|会费|秘书处|办公)"
    r"|(연맹|hisda)(의)? ?(카탈로그|행사|회원|멤버|파트너|프로그램|연락|회비|사무국|홈페이지)")
AGAIN_SAID = re.compile(r"\bagain\b|\bonce more\b|\byou (just )?(mentioned|said|talked about)\b|\botra vez\b|\bde nuevo\b|\bnuevamente\b"
                        r"|\bque (me )?(dijiste|mencionaste|nombraste)\b|再|刚才|刚刚|重新|다시|아까|방금|한 ?번 더")
# A record talked about before the last answer, pointed back at by its kind ("back to that drama you
# mentioned", "the series from before", "volviendo a la serie de antes", "esa serie que mencionaste"),
# or, in a short question, by a demonstrative and its kind ("is that where the series films?", "¿ahí
# se filma esa serie?") when the last answer was about another kind of thing (see the router's
# `back_to_earlier`).
_POINTED_NOUN = (r"(?:drama|series|show|title|story|one|event|set|location|serie|obra|microdrama|titulo|novela"
                 r"|historia|evento|decorado|locacion)")
# ...and, said as gone back to ("back to that meetup", "volviendo a ese encuentro"), an event by its kind
_EARLIER_NOUN = (_POINTED_NOUN[:-1] + r"|meetup|meet-up|meeting|matchmaking|session|screening|forum|fair|festival|gathering"
                 r"|showcase|encuentro|reunion|sesion|foro|feria|proyeccion|muestra"
                 # an event said in the plural ("back to those meetings", "volviendo a esos encuentros",
                 # "retomando esas jornadas"): its days or its sessions, one event
                 r"|meetups|meet-ups|meetings|sessions|screenings|forums|gatherings|showcases|events"
                 r"|encuentros|reuniones|sesiones|jornadas?|eventos|foros|ferias|proyecciones|muestras)")
# The determiners before it, plural ones too ("those", "esos", "esas")
_EARLIER_DET = r"(?:that|the|this|those|these)"
EARLIER_BACK = re.compile(
    r"\b(?:back to|going back to|returning to|coming back to|getting back to) " + _EARLIER_DET + r" (?:[a-z]+ ){0,3}" + _EARLIER_NOUN + r"\b"
    r"|\b(?:that|the) " + _EARLIER_NOUN + r" (?:you|u) (?:mentioned|said|showed|brought up|talked about|told me about)"
    r"|\b(?:that|the) " + _EARLIER_NOUN + r" from (?:before|earlier)\b"
    r"|\b(?:volviendo|volvamos|regresando|retomando|vuelvo|volvemos) (?:a|al|con)\s+(?:la |el |esa |ese |aquella |aquel |lo |los |las |esos |esas |aquellos |aquellas )?"
    + _EARLIER_NOUN + r"\b"
    # "retomando esas jornadas", "retomando lo del encuentro": taken up again, no "a"
    r"|\b(?:retomando|retomo|retomemos) (?:la |el |esa |ese |los |las |esos |esas |lo del |lo de la )" + _EARLIER_NOUN + r"\b"
    r"|\b(?:la|el|esa|ese|aquella|aquel) " + _EARLIER_NOUN + r" (?:de antes|de hace rato|que (?:me )?(?:mencionaste|dijiste|nombraste|mostraste))"
    # the one before the one just answered, by no kind ("the one before that", "volviendo a la de
    # antes de esa", "la anterior a esa", "返返去講啱啱之前嗰部", "回到之前那部", "그 앞에 말씀드린 작품으로
    # 돌아가서", "그 전 작품 말인데요")
    r"|\b(?:the )?(?:one|title|show|series) (?:before|prior to) (?:that|this|it|the last one)\b"
    r"|\b(?:la|el|lo) (?:de antes de|anterior a) (?:esa|ese|esta|este|eso|esto)\b"
    r"|\b(?:volviendo|volvamos|regresando|retomando|vuelvo|volvemos) (?:a|al|con) (?:la|el|lo) (?:de antes|anterior)\b"
    r"|(?:回到|说回|讲回|講回|返去|返返去|回头说|回头讲|回頭講|再说回)[^,，。？?]{0,4}?(?:之前|前面|先前|上一|前一)[^,，。？?]{0,3}?(?:那|嗰|這|这|呢)?(?:部|个|個|套|齣|出)"
    r"|(?:刚才|刚刚|啱啱|剛才|剛剛)(?:之前|前面)(?:那|嗰)(?:部|个|個)"
    r"|(?:그 ?앞에|그 ?전에|그 ?앞의|그 ?전의|그보다 ?앞에) [^,.?]{0,10}?(?:작품|거|것|드라마)(?:으로|로)? ?(?:돌아가|다시)"
    r"|(?:그 ?앞|그 ?전) (?:작품|드라마)(?:은|는|말인데|말이에요|말입니다)")
# An event gone back to in Chinese or Korean ("回到那个对接会", "返返去嗰啲配對活動", "说回之前那场活动",
# "아까 그 행사로 돌아가서", "그 매칭 행사 얘기로 돌아가면"): an event talked about before (`earlier_pointed`)
EARLIER_BACK_EVENT = re.compile(
    r"(?:回到|说回|說回|讲回|講回|返去|返返去|回头说|回頭說|回头讲|回頭講|再说回|再說回|绕回|繞回)[^,，。？?]{0,3}?(?:之前|前面|先前|刚才|剛才|啱啱)?的?"
    r"(?:那|嗰|這|这|呢)?(?:个|個|场|場|些|啲|次)?[^,，。？?]{0,6}?(?:活动|活動|对接会|對接會|对接|對接|配对|配對|洽谈会|洽談會|说明会|說明會|见面会|見面會|路演|论坛|論壇|交流会|交流會|放映)"
    r"|(?:아까|앞서|전에|그때)? ?(?:그|저|말씀하신|말한|얘기한) ?[가-힣]{0,8} ?(?:행사|매칭|설명회|세션|포럼|상담회|교류회|모임)(?:들)?(?:로|으로|얘기로|이야기로|건으로) ?(?:돌아가|다시 ?돌아가|다시 ?가)")
# The event the partner asked about first in this conversation ("the event I asked about first", "el
# evento que pregunté al principio", "最开始问的那个活动", "처음에 물어본 행사"): the oldest one talked about,
# not the one in focus nor "which event?" (`Router._event_for_action`)
FIRST_ASKED_EVENT = re.compile(
    r"\b(?:the )?(?:event|one|thing|session)s? (?:i|we) (?:first )?(?:asked|enquired|inquired|mentioned|said|talked) (?:you )?(?:about |for )?"
    r"(?:first|at the (?:start|beginning)|in the beginning|earlier on|originally|to begin with)\b"
    r"|\b(?:the )?first (?:event|one|thing) (?:i|we) (?:asked|enquired|inquired|mentioned|talked) (?:you )?(?:about)?"
    r"|\bthe (?:event|one) (?:from|in|of) (?:my|our) (?:very )?first (?:question|message)\b"
    r"|\b(?:el|la|lo) (?:evento |sesion |jornada |encuentro )?(?:que|q) (?:te |les |le )?(?:pregunte|preguntamos|consulte|consultamos|mencione|mencionamos|dije|dijimos)"
    r" (?:primero|al principio|al inicio|al comienzo|de primeras|antes que nada)\b"
    r"|\b(?:el|la) (?:evento|sesion|jornada|encuentro) (?:del (?:principio|inicio|comienzo)|de (?:mi|nuestra) primera pregunta)\b"
    r"|\bel primero (?:que|q) (?:te |les )?(?:pregunte|preguntamos|consulte|mencione)\b"
    r"|(?:最开始|最開始|一开始|一開始|刚开始|剛開始|开头|開頭|最初|最早|头先第一|頭先第一|第一个|第一個|最先)(?:我|我们|我們)?(?:问|問|说|說|讲|講|提|咨询|諮詢)(?:的|嘅|过的|過的|咗嘅)?(?:那|嗰|这|這)?(?:个|個|场|場)?(?:活动|活動|行程|会|會)?"
    r"|(?:맨 ?)?처음(?:에)? ?(?:물어본|물어봤던|물어 ?본|여쭤본|여쭤봤던|말한|말했던|얘기한|얘기했던|말씀드린|문의한|물은) ?(?:그 ?)?(?:행사|거|것|이벤트|세션|설명회|매칭)")
# (in Chinese and Korean a title is pointed at by its classifier or noun: "那部", "这部剧", "그 작품",
# "그 드라마"; "那部分" is a part)
EARLIER_POINTED_TITLE = re.compile(r"(?:那|这|這|那一|这一|這一)部(?!分)|그 ?(?:작품|드라마|시리즈)")
EARLIER_POINTED = re.compile(r"\b(?:that|this|the|esa|ese|esta|este|la|el) " + _POINTED_NOUN + r"\b")
_EARLIER_KIND = {"drama": "work", "series": "work", "show": "work", "title": "work", "story": "work", "serie": "work",
                 "obra": "work", "microdrama": "work", "titulo": "work", "novela": "work", "historia": "work",
                 "event": "event", "evento": "event", "set": "location", "location": "location",
                 "decorado": "location", "locacion": "location", "one": "",
                 **dict.fromkeys(("meetup", "meet-up", "meeting", "matchmaking", "session", "screening", "forum", "fair",
                                  "festival", "gathering", "showcase", "encuentro", "reunion", "sesion", "foro", "feria",
                                  "proyeccion", "muestra", "meetups", "meet-ups", "meetings", "sessions", "screenings",
                                  "forums", "gatherings", "showcases", "events", "encuentros", "reuniones", "sesiones",
                                  "jornada", "jornadas", "eventos", "foros", "ferias", "proyecciones", "muestras"), "event")}


# The record in focus set aside for a question in general ("先不说这部，整体上…", "이거 말고 전반적으로
# …", "forget that one, in general …", "dejando esa de lado, en general …"): the question is not
# about it (the FAQ or the subject answers), and "这部", "이거" in it point at nothing.
FOCUS_ASIDE = re.compile(
    r"先不(说|谈|管|提)这|这(一)?(部|个|些|家|场)先不(说|谈|管|提)|(撇开|抛开|不管|不谈)这(一)?(部|个|些|家|场)"
    r"|(이거|이건|그거|그건|이 ?작품|그 ?작품|이 ?세트|그 ?세트|이 ?행사|그 ?행사) ?말고 (전반적으로|일반적으로|전체적으로|보통|대체로)"
    r"|(이거|이건|그거|그건|이 ?작품|그 ?작품)(은|는)? (그렇고|됐고|넘어가고|제쳐 ?두고)"
    r"|\b(forget|never ?mind|leave|leaving|setting|set|putting|put) (that|this) (one|title|show|set|event)( aside)?\b[^.?!]{0,12}\b(in general|generally|overall|broadly)\b"
    r"|\b(that|this) one aside\b|\b(apart|aside) from (that|this) (one|title|show)\b[^.?!]{0,12}\b(in general|generally|overall)\b"
    r"|\b(olvida|olvidate de|deja|dejando|aparte de|fuera de) (esa|esta|ese|este)( serie| obra| titulo)?( de lado)?\b[^.?!]{0,12}\b(en general|por lo general|en lo general)\b")


def earlier_pointed(text: str) -> tuple[str, bool] | None:
    """The kind of record ("work", "event", "location"; "" for "the one") a message points back
    at, and whether it says it was talked about before ("back to", "you mentioned", "de antes");
    None when it points at none."""
    folded = fold(text)
    m = EARLIER_BACK.search(folded)
    if m is not None:
        return _earlier_noun(m.group()), True
    if EARLIER_BACK_EVENT.search(folded) or EARLIER_BACK_EVENT.search(to_simplified(folded)[0]):
        return "event", True
    m = EARLIER_POINTED.search(folded)
    if m is not None and _earlier_noun(m.group()) and len(folded.split()) <= 8:
        return _earlier_noun(m.group()), False
    if EARLIER_POINTED_TITLE.search(folded) and len(folded) <= 30:
        return "work", False  # "那部谁负责的", "그 작품 담당하는 데": a title by its classifier or noun
    return None


# The title in view pointed at by a word for a title or for "the one" without a noun ("who handles
# that one", "那部谁负责的", "그거 담당하는 데", "그 작품 담당"): with a title in focus, that title, not
# the team an answer since named (`title_pointed`). ("那部分" is a part, no title; "그거" counts only
# opening the message, where it is the subject, not "그거 말고")
TITLE_POINTER = re.compile(r"\b(?:that|this) one\b|^\W*(?:그거|그것)(?! ?말고)")


def title_pointed(text: str) -> bool:
    """Whether a message points at a title ("esa serie", "that show", "that one", "那部", "그거")."""
    return (earlier_pointed(text) or ("", False))[0] == "work" or TITLE_POINTER.search(fold(text)) is not None


def _earlier_noun(said: str) -> str:
    """The kind of record the last word of `said` that names one names ("" for "the one")."""
    return next((_EARLIER_KIND[w] for w in reversed(said.split()) if w in _EARLIER_KIND), "")


# "Who should I contact about co-producing it?", "¿a quién le escribo?", "该找谁", "누구한테 연락해요?",
# "문의는 어디로 하나요?": whom to get in touch with (of an event too: its organisers' contact).
WHOM_TO_CONTACT = re.compile(r"\bwho(m)? (should|do|can|could|would|shall) (i|we) (contact|talk to|speak to|write to|reach|ask"
                             r"|ring|call|phone|get in touch with|e-?mail|message|mail|text|dm|go to|approach)\b"
                             # "which person should I email?", "what team do we approach?", "¿a qué persona/área le escribo?"
                             r"|\b(which|what) (person|people|team|department|office|contact|email( address)?) (should|do|can|could|would) (i|we)\b"
                             r"|\ba (que|cual) (persona|area|departamento|equipo|correo) (le )?(escribo|escribimos|contacto|contactamos|mando|mandamos|acudo|acudimos)\b"
                             r"|\bwho (to|do i) (contact|talk to|write to|ask|ring|call|phone)\b|\bwho (we|i) (should |can |could )?(write|talk|speak|reach out) to\b"
                             # "who's the person to talk to there?", "who is the right one to write to?"
                             r"|\bwho('?s| is| are) (the |a )?(right |best )?(person|one|people|guy|team|contact) (to|i should|we should|we can) (talk|speak|write|turn|reach out) to\b"
                             r"|a quien (le )?(contacto|contactamos|escribo|escribimos|pregunto|preguntamos|llamo|llamamos|busco|buscamos)\b"
                             # "¿quién es la persona con la que hay que hablar en…?", "el contacto con el que tratamos" (fixD22)
                             r"|\b(la persona|el contacto|la gente|el interlocutor|la interlocutora) con (la|el|los|las) (que|cual|cuales|quien|quienes) (hay que|tengo que|tenemos que|debo|debemos|puedo|podemos|conviene|se puede) (hablar|tratar|comunicarse|comunicarme|comunicarnos|contactar|escribir)\b"
                             r"|con quien (la |lo |las |los |eso )?(veo|vemos|trato|tratamos|cuadro|cuadramos|hablo|hablamos|me comunico|nos comunicamos|(puedo|podemos|debo|debemos|tengo que|hay que) (hablar|comunicarme|comunicarnos))\b"
                             r"|(该|应该|要|可以)?(找谁|联系谁|问谁)|(누구|어디)(에게|한테|께|로|에) (연락|문의|말씀|컨택)"
                             # "应当联系哪一位", "该找哪位", "聯絡哪一位" (fixQ16)
                             r"|(联系|聯繫|联络|聯絡|找|问|問)(哪一位|哪位|哪个人|哪個人|哪个部门|哪個部門)"
                             # Cantonese: "嗰邊要搵邊位傾？", "應該同邊個講", "揾边个跟进"
                             r"|(揾|搵)(边|邊)(个|個|位)|(同|跟)(边|邊)(个|個|位)(倾|傾|讲|講|谈|談|联系|聯繫)"
                             # "那跟谁联系", "档期要跟谁协调", "檔期要跟誰喬" (Taiwan), "누구랑 얘기하면 돼요?"
                             r"|(跟|和|与|同)谁(联系|联络|谈|聊|对接|沟通|商量|协调|接洽|乔)|(누구|어디)(랑|와|하고) (얘기|이야기|상의|연락|협의|컨택)"
                             r"|문의(는|를|하려면|할 ?곳|처)?\s?(어디|누구)"
                             # "who can give me that info?", "quien me puede dar esa info", "谁能告诉我", "누가 알려줄 수 있어요?"
                             r"|\bwho (can|could|would) (give|tell|send|get) (me|us) (that|this|the|those|these|more)( exact)? (info|information|details?|numbers?|figures?|prices?)\b|\bwho (would|might) know\b|\bquien(es)? (me |nos )?(puede|pueden|podria|podrian) (dar|decir|pasar|confirmar|mandar)( esa| esta| la| mas| esos| esos| los)? ?(info|informacion|datos?|precios?|detalles?)\b|\bquien (lo |eso )?sabe\b|谁(能|可以|会)(告诉|提供|给)|谁知道|谁清楚|누가 (알려|알아|알까|알 수)|누구(에게|한테) 물어")
# The team that handles a thing asked, not a person ("which department handles set rental?", "¿qué
# departamento se encarga del alquiler?", "哪个部门负责场地租用", "세트 대관은 어느 부서 담당인가요",
# "담당 부서는 어디예요?"): its team, however "where" the question reads (`DESK_ASKED`).
TEAM_ASKED_PATTERN = (
    r"\b(which|what) (department|team|office|division|unit)\b.{0,20}\b(handles?|deals? with|looks? after|manages?|takes care of|(is )?in charge|(is )?responsible|runs?|organi[sz]es?)\b"
    r"|\b(que|cual|cuál) (departamento|area|equipo|oficina)\b.{0,12}\b(se encarga|lleva|gestiona|maneja|ve|atiende|organiza|(es )?responsable)\b"
    r"|(哪个|哪一个|什么)(部门|团队|单位|小组)(在?负责|管|对接)|(负责|管)[^，。？?]{0,8}的?是(哪个|哪一个|什么)(部门|团队)"
    r"|(负责|对接|主管)的?(部门|团队)是?(哪个|哪一个|什么|哪)"
    r"|(어느|어떤|무슨) ?(부서|팀|곳|쪽)(에서|이|가)? ?([^ ?]{1,8} )?(담당|맡|관리|책임|처리|주관)|(담당|맡는|관리하는|주관하는|주관) ?(부서|팀)(가|는|이|은)? ?(어디|어느)")
TEAM_ASKED = re.compile(TEAM_ASKED_PATTERN)
IN_CHARGE = re.compile(r"who (runs?|heads?|leads?|handles?|manages?|looks? after)|in charge|who('s| is) responsible|point of contact"
                       r"|contact person|persona de contacto|联系人"
                       r"|\bquien(es)? (lo |la |los |las )?(ve|ven|revisa|revisan|gestiona|gestionan|coordina|coordinan|tramita|tramitan)\b"
                       r"|quien (dirige|lleva|maneja|atiende|se encarga)|responsable|a cargo|encargad[oa]"
                       # "who's the right person for licensing deals?", "¿quién es la persona indicada para…?",
                       # "版权归谁管", "판권은 누가 챙겨요?"
                       r"|\bwho('?s| is| are| would be)? (the |your )?(right|best|correct|proper) (person|people|one|team|contact|guy) for\b"
                       r"|\bpersona (indicada|adecuada|correcta|idonea)\b"
                       # the contact person by that noun ("who's the contact at Dalynn Studio?", "¿quién
                       # es el contacto en…?", "¿cuál es su enlace?"; para23)
                       r"|\bwho('?s| is| are| would be) (the |your |their |our )?(main |direct |right )?(contact|contacts|liaison|go-to person)\b(?! (e-?mail|number|details|info|form|page))"
                       r"|\b(quien|quienes|cual) (es|son|seria|sera) (el|la|los|las|su|sus|tu|vuestro|vuestra) (contacto|contactos|enlace|interlocutor|interlocutora|referente)\b(?! (de correo|por correo|telefonico))"
                       # the person there asked, by that noun ("who's the actual person at Dalynn Studio?", "¿quién
                       # es la persona en Dalynn Studio?", "Dalynn Studio那边具体是哪个人", "Dalynn Studio 실제 담당하는
                       # 사람이 누구예요?"; fixN25)
                       r"|\bwho('?s| is| are| would be) (the |your |their )?((actual|real|specific|named|human) )?(person|people|human)\b (at|over at|in|from|behind|on)\b"
                       r"|\bquien(es)? (es|son|seria) (la|las) persona(s)? ((real|reales|concreta|concretas|de carne y hueso) )?(en|de|detras de)\b"
                       r"|(那边|那里|那頭|那边儿)(具体)?(是|找)?(哪个人|哪位|哪一位)|(실제|진짜|실제로) ?(담당하는 |일하는 |연락할 )?(사람|분)(이|은)? ?누구"
                       # "Dalynn Studio由哪位负责对接？", "归哪一位管" (fixD22), "由谁对接", "歸誰接洽" (para23)
                       r"|(归|由|歸)(谁|誰|哪位|哪一位|哪个人|哪個人)(来|來)?(负责|負責|管|对接|對接|接洽)|谁(来)?管|누가 (챙겨|처리|관리)"
                       r"|负责人|谁负责|负责的|主管|对接人|담당자|책임자|누가 (담당|맡|운영|이끌)|담당(이|은|는) (누구|어디)"
                       # the team asked, not the person ("which department handles set rental?", "¿qué
                       # departamento se encarga del alquiler?", "哪个部门负责场地租用", "세트 대관은 어느 부서 담당인가요")
                       r"|" + TEAM_ASKED_PATTERN + r"|" + WHOM_TO_CONTACT.pattern)
"""Who is in charge of a company, title or incentive: its contact, not the company's card."""
# A team's working hours ("their office hours?", "他们几点上班", "업무 시간은요?"), as opposed to an
# event's time ("几点到几点", "몇 시부터"), which is its date.
OFFICE_HOURS = re.compile(REPLY_WHEN_PATTERN + r"|\b(office|opening|working|business) hours\b|\batienden\b|horario de atencion|en que horario"
                          # "are you open now?", "what time do you open?", "¿a qué hora abre la
                          # oficina?": when the team works, no team named (a place's opening is PLACE_OPENS)
                          r"|" + IN_OFFICE_NOW_PATTERN + r"|\b(what time|when) (do|does|will) (you|y'?all|your (offices?|team)|the offices?|the team) (open|close)\b"
                          r"|\b(are|is) (you|your office|the office) open\b|\b(abre|abren|cierra|cierran) (la|su|tu|las|sus) oficinas?\b|\boficinas? (abre|abren|cierra|cierran)\b"
                          r"|\b(abren|atienden|cierran) ustedes\b|\bustedes (abren|atienden|cierran)\b"
                          # "¿a qué hora abren?", "¿a qué hora cierran hoy?", "what time do you guys open?",
                          # "你们几点开门？", "몇 시에 문 열어요?": the team's day, nothing else said to open
                          # ("¿a qué hora abren los sets?" is the place's: `PLACE_OPENS`)
                          r"|\ba que horas? (abren|cierran)\b(?!\s+(el|la|los|las|sus?|esos?|esas?|este|esta)\s+(?!oficinas?\b|lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|fines?\b))"
                          r"|\b(what time|when) (do|does|will) (you guys|you all|u|ya|y'?all) (open|close)\b"
                          r"|(你们|您们|贵方|那边).{0,6}(几点|什么时候)(开门|关门)|^\W*(几点|什么时候)(开门|关门)\W*$"
                          r"|^\W*(혹시 )?(몇 ?시에?|언제) ?문 ?(열|닫)"
                          r"|工作时间|办公时间|上班|下班|营业时间|업무 ?시간|근무 ?시간|운영 ?시간|영업 ?시간"
                          # "거기 몇 시까지 일해?": until when the team works
                          r"|몇 ?시(에|부터|까지)? ?(일하|일해|근무|출근|퇴근)"
                          # the office itself opening ("你们办公室周一几点开门", "사무실 몇 시에 열어요?",
                          # "¿a qué hora está abierta la oficina?", "when's the office open on Monday?")
                          r"|办公室.{0,12}(几点|什么时候|何时|哪天|几时).{0,4}(开门|开|营业|办公|有人)|办公室.{0,4}(开门|营业)时间"
                          r"|사무실.{0,12}(몇 ?시|언제|무슨 요일).{0,8}(열|오픈|문 ?열|여나|여세|여시)|사무실 ?(여는|오픈|문 ?여는|문 ?닫는|닫는) ?시간"
                          r"|\boficina.{0,20}\b(abre|abren|abierta|atiende|atienden|cierra|cierran)\b|\b(abierta|abre|abren) la oficina\b"
                          r"|\b(office|offices) (open|opens|opening|close|closes)\b|\b(when|what time)('s| is| are) (the|your) offices? open\b|" + WEEKEND_STAFFED)
# "Who's the contact for that?", "联系人是谁", "담당자 연락처": a contact asked for by that word, not
# who organises or runs the thing (of an event, the team whose subject events are).
# The desk that handles it ("담당 창구가 어디예요?", "对接窗口是哪个", "¿cuál es la ventanilla para
# eso?", "who's the point of contact?"): its team, however "where" the question reads.
DESK_ASKED = re.compile(TEAM_ASKED_PATTERN + r"|(담당|문의|연락|전담|접수) ?창구|창구(가|는)? ?(어디|누구)|(对接|联系|负责|办理)窗口|对接(人|部门)"
                        r"|\bventanilla\b|\bpunto de contacto\b|\b(point of contact|front desk|help ?desk|contact desk)\b")
CONTACT_ASKED = re.compile(r"\bcontact\b|\bcontacto\b|联系人|联系谁|找谁|연락처|담당자|누구(한테|에게|께) (연락|문의)|" + DESK_ASKED.pattern +
                           r"|(跟|和|与|同)谁(联系|联络|对接|接洽)|(누구|어디)(랑|와|하고) (연락|컨택)|어디(로|에) 컨택")
# How to reach a team ("秘书处怎么联系", "how do I reach the secretariat?", "사무국에 어떻게 연락해요?",
# "¿cómo contacto a la secretaría?"): its card, with its e-mail, phone and hours.
# (reaching an audience or a market is selling there, no one contacted: "how do we reach those audiences
# with your help" asks the route there; fixG17)
_AUDIENCE_REACHED = r"(?! (those |these |the |our |more |new |bigger |wider |latin |spanish[- ]speaking |foreign |international |overseas )*(audiences?|viewers?|markets?|public|people|fans|countries|buyers|platforms)\b)"
HOW_TO_CONTACT = re.compile(r"\bhow (do|can|could|should) (i|we) (contact|reach|get in touch with|get hold of)\b" + _AUDIENCE_REACHED
                            + r"|\bhow to (contact|reach)\b" + _AUDIENCE_REACHED +
                            r"|\bcomo (contacto|contactamos|contactar|me comunico|nos comunicamos|los contacto|la contacto)\b"
                            r"|(怎么|如何|怎样|咋)(联系|联络|找到?)|联系方式|联络方式|联系电话|电话(是)?多少|电话号码"
                            r"|(어떻게|어케) ?(연락|컨택)|연락 ?방법|전화 ?번호")
THIS_YEAR = re.compile(r"this year|este ano|今年|올해|금년")
# "anything this month?", "¿hay algo este mes?", "这个月有活动吗", "이번 달에 행사 있어요?": the current month
THIS_MONTH = re.compile(r"\bthis month\b|\beste mes\b|这个月|这个月份|本月|這個月|이번 ?달|이달")
NEXT_MONTH = re.compile(r"\bnext month\b|\bel (proximo )?mes (que viene|proximo)\b|\bel proximo mes\b|下个月|下個月|下月|다음 ?달")
# "And Latin Film Night that year?", "¿y la noche de cine latino de ese año?", "那年的拉丁电影之夜",
# "그해 라틴 영화의 밤은?": the year of the event in focus.
THAT_YEAR = re.compile(r"\b(that|the same) year\b|\bese (mismo )?ano\b|\bel mismo ano\b|那年|那一年|当年|同年|同一年|그해|그 해|같은 해")
NEXT_YEAR = re.compile(r"next year|el (ano|proximo ano) que viene|el proximo ano|明年|내년")
# "Is it this year or next?", "¿es este año o el que viene?", "今年还是明年", "올해예요 내년이에요?": which
# year the event in focus falls in, i.e. its date (not the list of this year's events).
WHICH_YEAR = re.compile(r"this year (or|o) (the )?next|this year .{0,20}next year|este ano o (el )?(que viene|proximo|siguiente|otro)"
                        r"|(今年|明年).{0,3}还是.{0,3}(今年|明年)|올해.{0,10}내년|내년.{0,10}올해")
# Two months offered as a choice ("March or October?", "¿marzo o octubre?", "三月还是十月", "3월이에요
# 10월이에요?"): what lies between the two month names. Asked of one event, they ask its date.
MONTH_OR = re.compile(r"\b(or|o|u)\b|还是|或者|或是|或|아니면|에요|예요|인가요|이야|이나")
# How an event is attended, asked ("is it online or in person?", "¿es presencial o virtual?", "线上还是线下",
# "대면이에요 온라인이에요?"): the venue said as in person at a place, or online.
ATTENDING_FORMAT = re.compile(r"\bonline\b|\bin[- ]person\b|\bvirtual(ly|es)?\b|\bremote(ly)?\b|\ben linea\b|\bpresencial\w*\b|\ben persona\b"
                              r"|\b(por|via) internet\b|线上|线下|网上|在线|现场参加|远程|온라인|오프라인|비?대면|화상")
# Whether the event took place ("did it happen last year?", "¿ya se hizo?", "办了吗", "했어요?"), as
# opposed to whether its date or venue is fixed: asked beside "when", it is answered too.
HAPPENED = re.compile(r"\b(happen(ed)?|take place|took place|go ahead|went ahead|held)\b|\bse (hizo|realizo|celebro|llevo a cabo)\b"
                      r"|\bya (paso|fue|se hizo)\b|\bhubo\b|办了|办过|举办了|举行了|办成|열렸|했어요|했나요|했습니까|개최(됐|되었|했)")
# Whether it is over already ("has it already happened?", "¿ya terminó?", "已经办完了吗", "이미 끝났나요?"):
# with HAPPENED, a yearly event asked with no year is asked of this year's edition.
OVER_ASKED = re.compile(r"\balready\b|\b(is|was) it over\b|\bya (termino|acabo|paso|fue)\b|已经|办完|结束了|이미|벌써|끝났")
# How costly Hengdian is, in general ("is it cheap enough for an indie?", "¿sale caro?", "贵不贵",
# "비싸요?"): the costs FAQ. A price for something ("how much per day?") stays an honest gap.
# Whether the money goes further here than where the partner is ("¿allá nos rinde más el dinero?",
# "would our money go further there than in Atlanta?", "钱在那边更经花吗", "예산으로 충분할까요",
# "돈이 덜 들까요"): how costly we are, no one price; said of money spent, never of a thing bought
# (so a sure sign the question is ours, however the classifier reads it: `Router.affordability`).
MONEY_FURTHER = re.compile(r"\b(nos |les |me )?(rinde|rendiria|rendira|rinda) (mas |menos )?(el |la |nuestro |nuestra )?(dinero|plata|lana|pasta|presupuesto|guita|billete)\b"
                           r"|\b(el|la|nuestro|nuestra) (dinero|plata|lana|pasta|presupuesto|guita) (nos |les )?(rinde|alcanza|llega|da para)\b"
                           r"|\ben (pasta|plata|dinero|lana|guita),? (como|que tal|cuanto)\b|\b(nos|me|les) (alcanza|llega) (el dinero|la plata|la pasta|la lana|el presupuesto|o no)\b"
                           r"|\b(money|budget|dollars?|bucks?|cash)\b.{0,20}\b(go(es)?|stretch(es)?|last(s)?) (further|farther|longer)\b|\b(money|budget|dollars?|cash)\b.{0,20}\bworth more\b"
                           r"|钱.{0,4}(更)?(经花|耐花|够花|花得值|更值钱)|(预算|钱).{0,4}(够不够(花|用)|够花吗|够用吗)"
                           r"|돈(이|을)? ?(더 )?(값어치|가치 ?있)|(예산|돈)(이|으로)? ?(충분할|충분해|충분한가|모자라|부족할)"
                           r"|\bget more (bang )?for (our|my|the|your) (money|budget|bucks?|dollars?|cash)\b|\b(money|budget|dollars?)\b.{0,20}\bbuy(s)? (us )?more\b"
                           r"|(钱|预算|经费).{0,6}(花在|用在)?.{0,4}(更|比较)(划算|值|经花|耐花)|花同样的钱.{0,8}(更多|多拍)"
                           r"|(돈|예산|비용)(이|을|은)? ?(더 )?(적게|덜) (들|드|나가)|같은 (돈|예산)(으로|이면) ?(더 많이|더)")
# Whether Hengdian is a realistic choice for the partner's money ("with 40k USD is Hengdian realistic?",
# "¿es viable con lo que tenemos?", "十几万台币，横店对我们实际吗", "총예산 500만 원인데 헝뎬 현실성 있음?"):
# how costly we are, judged in general (no count of episodes asked against it: `own_budget_weighed`)
REALISTIC_ASKED = re.compile(r"\b(realistic(ally)?|viable|feasible|doable|make sense|makes sense|worth it|in (our|my) (league|range|reach)|within (our|my) (means|reach|range))\b"
                             r"|\b(realista|viable|factible|tiene sentido|vale la pena|esta a nuestro alcance|al alcance)\b"
                             r"|现实吗|現實嗎|现不现实|現不現實|实际吗|實際嗎|实不实际|實不實際|(对|對)(我们|我們).{0,6}(实际|實際|现实|現實)|靠谱吗|靠譜嗎|可行吗|可行嗎|行得通|划得来吗|劃得來嗎"
                             r"|현 ?실 ?(성|적)|현 ?실 ?가능|말이 ?되|승산|가성비"
                             # "예산이 쥐꼬리인데 가서 찍어도 감당 됨?", "예산 얼마 없는데 찍을 수 있을까요?": whether the
                             # partner's money can bear a shoot here
                             r"|감당(이)? ?(돼|되|됨|될|할 ?수|가능)|(찍|촬영하)(어|아)?도 (괜찮|될까|되나|돼요|됨)"
                             # (with no sum said: "5만 달러로 … 찍을 수 있을까요?" is the sum judged, a quote: int24)
                             r"|^(?!.*\d).*(찍을|촬영할) 수 (있을까|있을지|있나)")
# Money saved by shooting here, said by its size ("would moving here save us a lot?", "¿nos ahorramos
# bastante plata?", "开支上能否省下不少", "비용이 많이 줄어드나요"): how costly we are, weighed against the
# partner's place (never a number asked: "具体能省多少", "what percent cheaper?" stay their own answers)
MONEY_SAVED = re.compile(r"\bsave (us |you |them )?(a lot|a bundle|a ton|loads|heaps|much|a fortune|big)\b"
                         r"|\b(nos |les |me )?ahorr(amos|ariamos|aremos|ar|o|a|an|aria)\b.{0,20}\b(bastante|mucho|harto|un monton|una buena)\b"
                         r"|(开支|開支|成本|费用|費用|花销|花銷|开销|開銷)上?.{0,4}(省下?|节省|節省)(不少|很多|好多|一大笔|一大筆)|省下?(不少|很多|好多|一大笔|一大筆)(钱|錢|开支|開支|成本)?"
                         r"|(비용|제작비|돈|예산)(이|을|은|는)? ?.{0,4}(많이|꽤|훨씬|확|상당히) ?(줄어|줄일|절약|아낄|아끼|세이브)")
# Our costs said or feared to be high ("I hear it's expensive", "dicen que es caro", "听人讲好贵", "비싸다던데")
COSTLY_SAID = re.compile(r"\b(expensive|pricey|costly|caro|cara|caros|caras|carisimo|carisima)\b|好贵|很贵|太贵|挺贵|蛮贵|真贵|비싸")
AFFORDABLE = re.compile(BUDGET_TALK.pattern + r"|\b(cheap\w*|affordab\w*|expensive|pric(ey|ier|iest)|costl(y|ier)|dearer|good value|budget[- ]friendly"
                        r"|can (we|i|an? \w+) afford|arm and a leg|break(s)? the bank|reasonabl[ey]( priced)?"
                        # whether the partner's money stretches to a shoot here ("could the likes of me even afford
                        # to film out there?", "¿alcanza pa grabar allá o es puro lujo?", "小团队去横店拍得起吗",
                        # "우리 형편에 거기서 찍을 수 있을까요?"; fixW16)
                        r"|\bafford (to (film|shoot|go|come|work|make|produce|bring)|it|that|a shoot|filming|shooting)\b"
                        r"|\balcanza(ra|ria|mos)? (para|pa) (grabar|filmar|rodar|producir|ir|ir a grabar)\b|\b(es )?puro lujo\b|\bes (un )?lujo\b(?! asiatico)"
                        # the budget told as a figure, the place judged realistic for it ("we have like 4000
                        # dollars in total, is Hengdian realistic?", "tenemos 4000 dólares, ¿es realista o ni
                        # pensarlo?", "预算就两万美元，现实吗", "500만 원인데 현실적이에요?"): how costly shooting
                        # here is (whether the sum is enough stays the budget gap: `own_budget_weighed`)
                        r"|(\$ ?\d|\b\d[\d,.]*\s*(k|mil|grand|thousand|bucks|dollars?|dolares|usd|euros?|pesos|soles|lucas)\b).{0,60}"
                        r"\b(realistic|realista|doable|feasible|viable|ni pensarlo|ni sonarlo|out of (our|my) league)\b"
                        r"|\d+\s*(万|千)?(美元|美金|块|元|欧元|刀).{0,20}(现实|可行|不切实际)"
                        r"|\d+\s*(만 ?원|달러|불|천 ?달러|유로).{0,20}(현실적|현실성)"
                        # the fear said as a figure of speech: "will it eat us alive?", "bleed us dry"
                        r"|eat(s|ing)? us alive|bleed(s|ing)? us dry|drain(s|ing)? us|go(ing)? broke|bankrupt\w*|ruin(s|ing)? (us|me|them|a|an|our)"
                        r"|cost(s|ing)? (us |me |them )?(a (small )?fortune|a bomb|a packet|a pretty penny|the earth)"
                        r"|burn(s|ing)? (through|a hole in) (all )?(our|my|the)"
                        r"|(decent|fair|great|real) value)\b"
                        r"|\bun (dineral|ojo de la cara|rinon|paston|pastizal|platal|billetal|huevo y parte del otro)\b|\buna (fortuna|pasta|millonada)\b"
                        # the pocket that would hurt ("¿nos va a doler el bolsillo?", "伤荷包": fixI24)
                        r"|\b(doler|duele|dolera|doleria)\b.{0,12}\b(bolsillo|billetera|cartera)\b|\b(bolsillo|billetera) (nos |me )?(duele|dolera|llora|sufre)\b"
                        r"|\b(cuest\w*|cost\w*|sal\w*|gast\w*) (nos |me |les )?(una barbaridad|una burrada|un monton)\b"
                        r"|\bnos (quiebra|funde|arruina|deja en la quiebra)\b|烧钱|贵得要命|伤荷包|伤钱包|(荷包|钱包)(会|要)?(大)?出血|费钱|很花钱|肉疼|비용 ?폭탄|(拍|去|来|用|租)(得|不)起|(형편|살림)(이|에|으로)? ?.{0,12}(돼|되|될|가능|찍을|할 ?수)|엄두(가|를)? ?(나|내|안|못)"
                        # ruin feared ("¿nos vamos a arruinar?", "dejarnos en la ruina", "sin un peso",
                        # "把钱烧光", "倾家荡产", "돈 다 날리는", "거덜 나"): how costly we are, asked
                        r"|\b(arruin\w*|en la ruina|en la quiebra|sin un (peso|duro|centavo|quinto|cinco))\b"
                        # ("¿puedo grabar allá sin quebrar?", "¿nos quebramos?": going bankrupt, Caribbean and Andean)
                        r"|\b(sin |nos |me )?quebr(ar|arnos|arme|amos|emos|o|e)\b"
                        r"|(钱|预算|经费|资金|老本)(全|都|全都)?(烧光|烧完|花光|亏光|赔光|打水漂)|倾家荡产|血本无归"
                        r"|(돈|예산|제작비|자금)\S{0,2} ?(다 |전부 |몽땅 )?(날리|날아가|바닥나|거덜)|거덜 ?나"
                        # ("使费…会唔会贵好多", "贵很多吗": dearer by much, asked)
                        r"|花(很多|好多|大|不少)(钱|价钱)|太贵|贵(好多|很多|不少|多少|得多)|超支|돈 ?(많이 |엄청 )?깨지|허리(가)? 휘|등골|(비용|가격|돈)(은|이|는)? ?괜찮"
                        # "우리 같은 작은 회사도 감당할 수 있어요?": whether a company can bear it, its costs
                        r"|감당 ?(가능|할 ?수|이 ?(돼|되|가능)|돼|되|될)"
                        # what it costs feared for ("I'm worried about the money", "me preocupa lo que
                        # cueste", "担心费用", "비용이 걱정돼요"): how costly we are, asked
                        r"|\b(worr(y|ied|ies)|afraid|scared|nervous|fear\w*|concerned)\b.{0,40}\b(costs?|money|budget|expens\w*|spend\w*|pricey)\b"
                        r"|\b(miedo|preocup\w*|tem(o|emos|er)|asust\w*)\b.{0,40}\b(cuest\w*|cost\w*|dinero|plata|lana|presupuesto|gast\w*|caro)\b"
                        r"|(担心|怕|害怕|顾虑).{0,10}(钱|成本|费用|预算|贵|超支|开销)|(돈|비용|예산|제작비).{0,15}(걱정|겁나|무서|부담)"
                        # ("caras europeas", "caras nuevas": faces, not expensive)
                        r"|\b(barat[oa]s?|carer[oa]s?|car[oa]s?(?! (europe|occidental|latin|asiatic|african|extranjer|gring|nuev|conocid|famos|blanc|negr|rubi|no |que no |distint|diferent|de (actor|actric|extranjer|gring|otr)))|economic[oa]|asequible|accesible para)\b"
                        r"|(vale la pena|conviene|rinde|compensa),? (en dinero|economicamente|en costos?)|(en dinero|economicamente),? (nos )?(conviene|vale la pena|rinde|compensa)"
                        r"|sale (muy |mas )?(barato|caro|a cuenta|salado)|\b(saldria|saldrian|saldra|costaria|costara|resultaria|quedaria) (nos |me |les )?(por |a )?menos\b|\bsalad[oa]\b|(los )?numeros (dan|cierran|salen)|(dan|cierran) los numeros"
                        r"|贵不贵|贵吗|很贵|便宜|划算|性价比|成本高|负担得起|小成本"
                        r"|吃得消|吃不消|爆预算|花费合理|费用合理"
                        # "钱上吃不吃亏", "经济上划不划算", "nos sale por un pico", "¿el presupuesto resulta razonable?":
                        # whether it pays off, said in the partner's own idiom
                        r"|(钱|錢|费用|費用|成本|经济|經濟|花销|预算|預算)上?.{0,4}(吃不吃亏|吃亏|划不划算|合不合算|合算|值不值)|吃不吃亏|划不划算|合不合算"
                        r"|\b(sal\w*|cuest\w*|cost\w*|val\w*)( nos| me| les)?( la cosa| todo| eso)? (por )?un pico\b"
                        r"|\b(resulta|resultaria|es|seria|sale|saldria|parece|son|serian)( \w+)? razonables?\b|\b(precios?|costos?|presupuestos?|tarifas?) razonables?\b"
                        r"|비싸|비싼|저렴|싼 ?편|싸요|싸나요|가성비|부담(이|스럽|돼|되)|(비|비용|예산)(이|가|는|은|도)? ?합리적|돈이 (덜|더) 들"
                        # overcharged as foreigners, or the price level in general ("will they rip us
                        # off?", "¿nos van a clavar?", "会不会被宰", "바가지 안 써요?"; "酒店一晚什么价位" is
                        # the price of one thing, a gap)
                        r"|\b(rip(ped|s|ping)? (us |me |them |you )?off|overcharg\w*|fleec\w*|price gouging|tourist prices?)\b"
                        r"|\bprices? (are |r )?(lekker|ok|okay|fair|decent|sane|alright)\b"
                        r"|\b(nos |les |me )?(van a |vayan a )?(timar|estafar|clavar|cobrar de mas)\b|\bnos (timan|clavan|estafan)\b|precio de (gringo|turista)"
                        r"|被宰|宰客|宰人|挨宰|被坑|坑人|坑外国|价位(怎么样|如何|高不高|贵不贵)|(拍戏|拍摄|拍片|拍剧|拍短剧|制作).{0,8}(什么|啥|哪个)价位"
                        r"|바가지|눈탱이|덤터기|가격대(가|는)? ?(어떻|어느|얼마)"
                        # the cost level weighed, no one price ("is it cost effective?", "¿nos lo podemos
                        # permitir o se va de madre?", "大概什么水平", "비용 수준"): how costly we are (money
                        # saved, "能省点钱不", is the incentives: see `MONEY_HELP`)
                        r"|\bcost[- ]?(effective\w*|efficien\w*|saving\w*|wise)\b|\b(economical|bang for (the|our|my) buck|value for money)\b"
                        r"|\b(cut|cutting|lower|lowering|reduce|reducing) (our |the )?costs?\b|\bkeep (the |our )?costs? (down|low)\b"
                        r"|\b(nos|me|les) (lo |la |los )?(podemos|podriamos|puedo|podria|pueden|podran|podremos) (permitir|costear|pagar)\b"
                        r"|\bse (nos |me |les )?(va|iria|vaya|dispara|sale) (de madre|de las manos|por las nubes)\b|\b(rentable|costeable)\b"
                        r"|(成本|费用|花费|开销|消费|物价|价格|花销)(大概|大致|大体)?(是)?(什么|啥|哪个)?(水平|档次|水准)|大概(什么|啥)(水平|档次)"
                        r"|비용 ?대비|(비용|물가) ?수준"
                        r"|" + MONEY_FURTHER.pattern +
                        # "헝뎬이 더 싸게 먹히나요?": cheaper, said of the whole
                        r"|싸게 (먹히|먹혀|먹힐|치|쳐|칠|들)|더 싸"
                        # a way to do it cheaply asked ("싸게 하는 방법 있나?", "저렴하게 찍을 방법 있을까요?")
                        r"|(싸게|저렴하게|적은 돈으로) ?(하는|할|찍는|찍을|만드는|만들|촬영하는|촬영할) ?(방법|수|길)"
                        # the superlative and the adjective said alone of the place ("¿está carísimo o es
                        # accesible?", "싼가요?", "값이 싼 편인지"), and costs weighed as competitive ("are
                        # costs competitive?", "¿precios competitivos?", "成本有没有优势", "제반 경비가
                        # 경쟁력이 있는지")
                        r"|\b(carisim[oa]s?|baratisim[oa]s?|(es|sea|sale|resulta|seria|queda) (mas |muy |bastante )?accesible)\b"
                        r"|(?<![가-힣])싼(가|지|가요|가여|가여\?|편|거|건가|데)|싸(ㄴ가|려나|울까|겠|게 먹)"
                        r"|\b(costs?|prices?|rates?|budgets?) (are |is |r )?(still |really |quite )?competitive\b|\bcompetitive(ly)? (priced|prices?|costs?|rates?)\b"
                        r"|\b(costos?|precios?|costes?|tarifas?) (son |es |seran |resultan )?(muy |bastante )?competitiv[oa]s?\b"
                        r"|(成本|费用|价格|开销|花费)(上)?(有没有|有|没有|具备)?(竞争力|优势)|(비용|경비|가격|단가|제작비|촬영비|물가)(가|이|는|은|도|면|의|에서)? ?.{0,12}경쟁력")
# What making something here costs, weighed against the partner's own place ("en lana como sale
# producir alla vs aca en Jalisco?", "how do costs of shooting there compare to back home?",
# "在那边拍跟国内比成本怎么样", "한국이랑 비교하면 제작비가"): with a comparison, the costs FAQ, even
# where "how much" is said (no price of one thing is asked).
COST_TALK = re.compile(r"\bcosts?\b|\bcosting\b|\bmoney\b|\bprices?\b|\bbudgets?\b|\bspend\w*|\bexpens\w*|how much"
                       r"|\bcuest\w*|\bcostos?\b|\bcostes?\b|\bprecios?\b|\bdinero\b|\blana\b|\bplata\b|\bpresupuesto\b|\bgast\w*"
                       # money in slang: "cuánto pisto hay que llevar" (Central America), "varo", "guita", "dough"
                       r"|\bpisto\b|\bvaros?\b|\bguita\b|\bdough\b|\bbucks\b"
                       r"|\b(como|cuanto) (nos |me |les |te )?(sale|salen|saldria|saldrian)\b|钱|成本|费用|花费|花销|开支|价格|预算|开销|使费|使钱|돈|비용|가격|예산|제작비"
                       # worth it in money ("¿nos saldría más a cuenta?", "more cost-effective", "更划算", "가성비")
                       r"|\b(mas|menos) a cuenta\b|\bsal(e|dria|drian|ga|gan) a cuenta\b|\bcost[- ]effective\b|\bbang for (the|our) buck\b"
                       r"|划算|合算|省钱|가성비|경비|촬영비|\bnumeros\b|\bnumbers\b"
                       # what is saved or comes out cheaper, weighed ("能省不少", "省下多少", "¿nos saldría por
                       # menos?", "더 적게 들까"): the money side, said without a money word
                       r"|(能|可以|会)?省(不少|很多|好多|一些|点|下|多少)|\b(sal\w*|cost\w*|quedaria|resultaria) (nos |me |les )?(por |a )?menos\b"
                       r"|(더 )?적게 (들|드)")
MAKING = re.compile(r"\bshoot\w*|\bfilm\w*|\bproduc\w*|\bmak(e|ing) (a|the|our|my) (film|show|series|drama)"
                    r"|\brod(ar|aje|ajes)\b|\bgrab(ar|acion)\b|\bfilmar\b"
                    # the same verbs as the partner says them ("a quien rueda en vertical", "los que
                    # graban allá", "si rodamos"): a shoot
                    r"|\brued(a|an|as|e|en|o)\b(?! de prensa)|\brod(amos|ando|emos|aremos|ariamos|aria|arian)\b|\bgrab(a|an|as|amos|ando|emos|aremos|ariamos|aria|arian)\b|拍|制作|製作|开机|开工|搭景|촬영|제작|찍(는|어|을|으|기|고|게)")
PRECISE_PRICE = re.compile(r"how much|per (day|night|hour|week)|a day\b(?! (we|i|you|they|people|when|where|that|to (visit|come|see|tour)))|daily|\brate\b|\bquote\b|cuanto|por (dia|hora|semana)"
                           # a sum per episode of a title ("每集的制作预算", "budget per episode", "presupuesto por
                           # capítulo", "회당 제작비"): one title's number, not what making it here costs
                           r"|\bper (episode|ep)\b|\bpor (capitulo|episodio)\b|每集|单集|一集|회당|편당|화당|에피소드당"
                           r"|多少钱|一天|每天|报价|价格是|얼마|하루|일당|견적"
                           # a discount's size: "具体能便宜百分之几？", "what percentage cheaper?"
                           r"|百分之(几|多少)|几折|percent|porcentaje|퍼센트|몇 ?%|할인율|(多少|几)个点|몇 ?프로(?!그램)"
                           r"|(优惠|便宜|减免)(具体)?(是)?多少|몇 ?퍼(?![가-힣])|몇 ?퍼 ?할인|discount exactly|descuento exacto")
# Things the alliance brings out as time goes ("los eventos que vayáis sacando", "que publiquéis",
# "as you announce them", "as they're announced"): news to come, said without a word for new
BROUGHT_OUT_ES = (r"((vayan|vaya|van|vayais|vais|vayas|vas) (sacando|publicando|anunciando|organizando|programando|montando|preparando)"
                  r"|(saquen|saqueis|saques|publiquen|publiqueis|anuncien|anuncieis|organicen|organiceis|monten|monteis))\b")
BROUGHT_OUT_EN = (r"( (announce|add|publish|release|plan|schedule|put out|post|organi[sz]e)( them| it| new ones)?"
                  r"|( are| get|'re| re) (announced|added|published|released|planned|scheduled|posted|organi[sz]ed))\b")
SAID_AS_BROUGHT_OUT = (r"|\bque (los |las )?" + BROUGHT_OUT_ES + r"|\b(conforme|a medida que) (los |las )?" + BROUGHT_OUT_ES
                       + r"|\bas (you|they)" + BROUGHT_OUT_EN)
# News on a subject, asked for in words: "notify me about Korea news", "avísame de novedades de
# incentivos", "有激励政策的新消息通知我", "인센티브 새 소식 알림 받고 싶어요". With a topic named, that
# is a subscription (what the topic's button does), not a reminder of an event.
# The events as a whole, to be told of ("avísenme de sus eventos en general", "keep me posted on
# all your events", "你们的活动都通知我", "행사 전부 알려 주세요"): their news, not one event's reminder
# ("list all the events next year", "todos los eventos del año" ask for the list: "all" alone is no "in general")
EVENTS_IN_GENERAL = (r"\b(sus|tus|vuestros|los) eventos en general\b"
                     r"|\b(avis\w*|notifiqu\w*|inform\w*|cuent\w*) (de |sobre )?todos (sus|tus|vuestros|los) eventos\b"
                     r"|\b(tell|notify|alert|inform|ping|update) (me|us) (about|of|on) all (of )?(your|the) events\b"
                     r"|\b(your|the) events in general\b|\bevents in general\b"
                     r"|活动(都|全都|一律)?(通知|推送|提醒)(我|我们)|행사(는|들)? ?(전부|다|모두) ?(알림|알람)"
                     # all the events to come, to be told of ("앞으로 열리는 행사도 모두 알려 주시기 바랍니다",
                     # "향후 개최될 행사는 전부 알려 주세요"): as "앞으로의 모든 행사" (fixD22); which there are,
                     # "…무엇이 있는지 알려 주세요", is the list
                     r"|(앞으로|앞으로도|향후|이후|나중에) (열리는|열릴|있을|있는|진행되는|진행될|개최되는|개최될|하는|할) 행사(들)?(도 ?(모두|다|전부|빠짐없이|하나도 빠짐없이) ?(알려|알림|통지|안내해)|(는|은|를|을)? ?(모두|다|전부|빠짐없이|하나도 빠짐없이) ?(알려|안내해) ?주시기 ?바랍니다|(는|은|를|을)? ?(모두|다|전부|빠짐없이) ?(알림|통지))(?!.{0,12}(있는지|뭔지|무엇인지|언제인지))"
                     # (the events "too", or asked to be told in the formal way of a standing request:
                     # "앞으로 있는 행사 전부 알려 주세요, 일정 잡아야 돼서요" is the list, to plan now — answers11)
                     # events to come in general, to be told of ("之后有什么活动麻烦通知我", "si después hay algún
                     # evento avísame"): the events' news (fixL15); "…있는지 알려 주세요" asks which there are
                     r"|(之后|以后|往后|今后|接下来|將來|将来|之後|以後|往後|今後)(再)?(有|出)?(什么|啥|任何|新|咩|别的|別的|其他|其它|另外的|第二啲|第二D)?(的|嘅)?(活动|活動)[^。？?！!]{0,8}(通知|提醒|推送|说一声|讲一声|講聲|话我知|話我知)"
                     # whenever there are events, to be told ("你们有活动的话都跟我说一声嘛", "有活動就通知我"; fixN25)
                     r"|有(什么|啥|任何|新)?的?(活动|活動)(的话|的話|的时候|的時候|就)(都|就|也|麻烦|麻煩)?[^。？?！!]{0,6}(说一声|讲一声|說一聲|講一聲|通知|提醒|告诉|告訴)"
                     r"|\b(si|cuando) (despues|mas adelante|luego|en el futuro|a futuro) (hay|sale|salen|surge|surgen|tienen) (algun|algunos|nuevos?|otro|otros|un) eventos?\b.{0,30}\b(avis|escrib)\w*"
                     r"|\b(avis|escrib)\w* (si|cuando) (despues |mas adelante |luego )?(hay|sale|salen|surge|surgen) (algun|nuevos?|otro|un) eventos?\b")
NEWS = re.compile(EVENTS_IN_GENERAL + r"|\bnews\b|\bupdates?\b|\bnotif\w*|\balerts?\b|keep (me|us) (posted|informed|updated|in the loop)|subscri"
                  r"|novedades|noticias|actualizaciones|suscri(b|p|t)|manten(me|nos|game|ganme|ganos|gannos) informad|al tanto"
                  r"|新消息|最新消息|消息|动态|新动向|更新|订阅|소식|알림|구독|업데이트|뉴스"
                  # (the news by its other nouns: "the latam newsletter", "西语和拉美的新闻", "资讯"; para25)
                  r"|\bnewsletters?\b|\bboletin(es)?\b|新闻|資訊|资讯|뉴스레터"
                  # the announcements staff send ("all your announcements", "todos sus avisos", "公告",
                  # "공지"): the news of every topic (fixZ21)
                  r"|\bannouncements?\b|\banuncios\b|\bavisos\b|公告|공지"
                  # "扶持政策有变化提醒俺一声": a change to come is news
                  r"|(有|出)(了)?(新)?(变化|变动|调整|變化|變動|調整)"
                  # "ping me when the incentives change", "avísame cuando cambien los incentivos",
                  # "인센티브 바뀌면 알려 주세요": a change to come, said with a verb
                  r"|\b(when|if|once|whenever|as soon as)\b.{0,40}\b(change|changes|changed|get updated|gets updated)\b|\bany changes?\b"
                  r"|\b(cuando|si|en cuanto|apenas|cada vez que)\b.{0,30}\b(cambi(e|en|a|an|ara|aran)|haya cambios|hay cambios"
                  r"|(se )?(modifiquen|modifique|actualicen|actualice))\b|\balgun cambio\b"
                  r"|(바뀌|변경되|변경 ?되|변동(이)? ?(있|생기)|달라지|수정되)(면|거든|시면|었으면|는 대로)"
                  # "whenever there's a new event", "cuando salgan títulos nuevos", "有新的扶持政策", "새 작품 나오면"
                  # "any new support or incentive wey una announce" (pidgin: that you announce; fixB17)
                  r"|\b(any|every|each) new (\w+ ){0,3}(incentives?|support|subsid\w*|perks?|funding|grants?)\b|\b(wey|weh) (una|you|dem) (announce|drop|release|launch|bring out)\b"
                  r"|\b(whenever|when|once|if) (there'?s|there is|you (have|add|announce)) (a |any )?new\b|\b(new|fresh) (\w+ )?(events?|titles?|works?|shows?|incentives?|releases?|series|dramas?)\b"
                  r"|(cuando|cada vez que|apenas|en cuanto|si) (salga|salgan|haya|tengan|anuncien|publiquen|metan|suban|agreguen|anadan|entren|lleguen|sale|salen|hay) .{0,20}nuev"
                  r"|\bnuev[oa]s? (titulos?|eventos?|obras?|incentivos?|series)\b|\b(titulos?|eventos?|obras?|incentivos?|series) nuev[oa]s?\b"
                  r"|有(什么|啥)?新的|出新的|上新|새 ?(행사|작품|인센티브|소식)|새로운 (행사|작품|인센티브)"
                  # new support coming out, in dialect too ("새 지원 혜택 나오믄", "새 혜택 생기면"; fixW16)
                  r"|새(로운)? ?(지원|혜택|지원 ?혜택|지원금|정책)\S{0,2} ?.{0,6}(나오|생기|뜨)(면|믄|몬|거든|는 대로)"
                  # "todos los eventos que vayan saliendo", "以后有什么新活动": the ones to come
                  r"|\bque (vayan|vaya|van|vengan|vayan a ir) (saliendo|surgiendo|apareciendo|anunciando)\b|\b(as|when) they come( out| up)?\b"
                  # the ones to come ("avísame de los eventos que vengan", "los que haya más adelante",
                  # "ping me about upcoming events", "행사 있으면 알려 줘", "新片出来了推给我")
                  r"|\b(eventos?|titulos?|obras?|series|estrenos?|convocatorias?|actividades|novedades|incentivos?|los|las) que (vengan|venga|haya|salgan|surjan|se (hagan|organicen|anuncien))\b"
                  r"|\b(los |las )?(proximos|proximas|futuros|futuras) (eventos|titulos|estrenos|convocatorias|actividades)\b|\bmas adelante\b"
                  r"|\b(cuando|si|en cuanto|apenas|cada vez que) (haya|tengan|organicen|hagan|anuncien|salgan|agreguen|suban) (algun |algunos |nuevos? |mas |otros )?(eventos?|titulos?|obras?|series|estrenos?|convocatorias?)\b"
                  r"|\b(when|whenever|once|as soon as|if) (you|they) (add|announce|publish|release|list|put out|bring out|upload|get) (any |some |more )?(new )?(titles?|shows?|works?|dramas?|series|events?|releases?)\b"
                  r"|\b(upcoming|future|forthcoming) (events?|titles?|releases?|shows?|sessions?)\b|\b(events?|titles?|shows?) (coming up|to come)\b"
                  r"|(행사|이벤트|작품|신작|설명회|피칭|공고) ?(일정|소식|공지|계획)?(가|이|도)? ?(있으면|있으마|있으믄|있음|생기면|생기마|생기믄|열리면|열리마|나오면|나오마|뜨면|올라오면|잡히면|공지되면|확정되면)"
                  # "avísame de los eventos que vayáis sacando", "los que saquéis", "let me know as you
                  # announce them": the ones the alliance brings out, to come
                  + SAID_AS_BROUGHT_OUT +
                  r"|(以后|今后|往后|之后)(有)?(什么|啥|任何)?新的?(活动|剧|片|作品|政策)"
                  # "send me the LatAm news going forward", "avísame de todo lo que salga sobre Corea",
                  # "de ahora en adelante mándenme lo de Corea": what comes out from now on
                  r"|\b(going forward|from now on|from here on( out)?|moving forward|henceforth|in (the )?future|from today on)\b"
                  r"|\b(de ahora en adelante|de aqui en adelante|a partir de ahora|en lo sucesivo|desde ahora)\b"
                  r"|\blo que (salga|salgan|vaya saliendo|vayan saliendo|surja|surjan|vaya surgiendo|haya de nuevo|pase|ocurra|suceda|se mueva)\b"
                  # "片单有新剧上线的话推给我", "出了新片就通知我": a new title in the catalogue
                  r"|(有|出|上)了?新的?(剧|片|作品|项目|活动|短剧|戏)|新(剧|片|作品)(上线|上架)"
                  # "everything to do with Latin America", "de todo lo que tenga que ver con…", "跟韩国有关的一切"
                  r"|\b(everything|anything( new)?) (about|on|related to|to do with|regarding)\b"
                  # "when new stuff gets added to the catalog", "todo lo nuevo de Corea": what is new, to come
                  r"|\b(when|whenever|once|if|as soon as) (new|fresh) (stuff|things|content|ones?|material|bits)\b|\b(gets?|get|are|is) (added|posted|put up|uploaded)\b"
                  r"|\btodo lo (nuevo|ultimo) (de|sobre|del|en)\b"
                  r"|\b(de )?todo lo (que (tenga|tiene|haya) que ver con|relacionado con|de|sobre)\b|\bcualquier (cosa|novedad) (de|sobre|con)\b"
                  r"|有关的(一切|所有)|相关的(一切|所有)|(一切|所有)(有关|相关|关于)|관련(된)? (건|것|거|내용)(은|을|이|는)? ?(다|전부|모두)")
# New things of one subscription topic, named without the topic's own word ("有新片上架提醒我",
# "let me know when new shows drop", "avísame si hay eventos nuevos", "신작 올라오면 알려줘"): the
# topic the news would be about, when a notification is asked for (see the router's `news_topics`).
NEW_THINGS = {
    "catalog_releases": re.compile(r"\bnew (\w+ )?(titles?|works?|shows?|releases?|dramas?|series|films?|movies?)\b"
                                   r"|\bnuev[oa]s? (titulos?|obras?|series|peliculas?|microdramas?)\b|\b(titulos?|obras?|series|peliculas?|microdramas?) nuev[oa]s?\b"
                                   r"|新(剧|片|作品|短剧|戏)|上新|上架|新作|신작|새 ?(작품|드라마|숏드라마)|새로운 (작품|드라마)"),
    "events": re.compile(r"\bnew (\w+ )?events?\b|\bnuevos? eventos?\b|\beventos? nuevos?\b|新(的)?活动|새 ?행사|새로운 행사"
                         r"|\beventos? que (vayan|vaya|van|vengan) (saliendo|surgiendo|apareciendo)\b|\bevents? as they come\b"
                         r"|\beventos? (que|conforme|a medida que|segun) (los )?" + BROUGHT_OUT_ES + r"|\bevents? as (you|they)" + BROUGHT_OUT_EN),
}


# The events to come, all of them ("ping me about upcoming events", "avísame de los próximos
# eventos", "以后有活动都告诉我", "행사 있으면 알려 줘"): the events' news, not a reminder of the one in
# focus (the plural, or a condition: "remind me of the next event" stays that event's reminder)
EVENTS_TO_COME = re.compile(r"\b(upcoming|future|forthcoming|coming|next|new|other) events\b"
                            + "|" + EVENTS_IN_GENERAL +
                            r"|\bevents (coming up|to come|as they come)\b"
                            r"|\b(whenever|when|if|once) (there'?s|there are|there is|you (have|hold|run|organi[sz]e|announce)) (an? |any |more )?(new )?events?\b"
                            r"|\b(proximos|futuros|nuevos|demas|otros) eventos\b|\beventos (que (vengan|haya|salgan|se hagan|organicen)|por venir|futuros|proximos|nuevos)\b"
                            r"|\b(cuando|si|en cuanto|apenas|cada vez que) (haya|tengan|organicen|hagan|anuncien|salgan) (algun |nuevos? |mas |otros )?eventos?\b"
                            r"|(以后|今后|往后|之后|接下来|将来)(有)?的?(所有|任何|什么)?(新)?活动|有(新)?活动(就|都|的话)"
                            r"|(앞으로|다음|향후)의? (행사들|모든 행사|행사 소식)|행사 ?(일정|소식|공지|계획)?(가|이|도)? ?(있으면|있으마|있으믄|생기면|생기마|열리면|열리마|잡히면|나오면|나오마|뜨면|올라오면|공지되면|확정되면)")


# The time said first, then a message asked: "whenever there's a new incentive, message me please",
# "cada vez que salga un incentivo nuevo, escríbanme", "새 인센티브 생길 때마다 메시지 주세요",
# "一有新政策就给我发消息": news wished for (the writing asked is no hand-off to a person)
WRITE_WHEN_NEW = (r"\b(whenever|every ?time|each time|as soon as)\b.{0,80}\b(message|text|e-?mail|mail|write|dm|ping|tell|update) (me|us)\b"
                  # "anytime una drop new titles, make una tell me", "any time you add shows, text us":
                  # "anytime" said as "whenever", a doer following (fixC17; "anytime is fine, tell me…" is no news)
                  r"|\bany ?time (you|u|una|y'?all|you guys|they|there'?s|there is|there are|new|a new|something new)\b.{0,80}\b(message|text|e-?mail|mail|write|dm|ping|tell|update|inform|notify|alert) (me|us|mi)\b"
                  r"|\b(cada vez que|apenas|en cuanto)\b.{0,80}\b(escribanme|escribeme|escribenos|escribannos|mandenme un mensaje|mandame un mensaje|mandennos un mensaje)\b"
                  # "siempre que suban series nuevas, escríbanme", "cada que saquen algo nuevo me dicen"
                  # (fixC17: "whenever" said as "siempre que", "cada que", "cuando sea que")
                  r"|\b(siempre que|cada que|cuando sea que)\b.{0,80}\b(escribanme|escribeme|escribenos|escribannos|mandenme un mensaje|mandame un mensaje"
                  r"|mandennos un mensaje|me (dicen|cuentan|escriben)|nos (dicen|cuentan|escriben)|diganme|cuentenme|dime|cuentame)\b"
                  r"|(때마다|는 대로|면 바로).{0,12}(메시지|문자|메일|연락)(를|을|좀|도)? ?(좀 )?(주|줘|보내)"
                  # "새 작품 나올 때마다 저한테 말해 주세요", "신작 뜨면 바로 얘기해 도": told each time
                  r"|(때마다|는 대로|면 바로|면 언제든|면 언제든지).{0,12}(말해|말씀해|얘기해|얘기 해|애기해) ?(주|줘|도|달)"
                  r"|一有.{0,20}(就)?(给我|给我们)?(发|发个)(消息|信息|邮件)|有新.{0,20}就(给我|给我们)(发|发个)(消息|信息|邮件)")
WRITE_WHEN_NEW_SAID = re.compile(WRITE_WHEN_NEW)
NOTIFY = re.compile(r"\bmake (una|you|dem) (tell|ping|alert|notify|inform|update|buzz) (me|us)\b|\binform (me|us)\b(?! (about|of|on) (the |your |its )?(price|cost|fee|rate)s?)|\b(update|email|message|text|write to) (me|us) (whenever|when|once|as soon as|every ?time|each time|any ?time)\b"
                    r"|\bput (me|us) down for\b(?=.{0,50}\b(news|updates|alerts|newsletters?)\b)"
                    r"|\b(put|stick|pop|get|keep) (me|us) on (the|your|that) (mailing |news |email )?list\b|\badd (me|us) to (the|your) (mailing )?list\b|"
                    # (someone of the team put on it, the list by any name: "put her on the list for your
                    # Spanish updates", "add our drummer to the latam newsletter thing"; para25)
                    r"\b(put|stick|pop|get|keep) (her|him|them|our \w+|my \w+) on (the|your|that) (\w+ ){0,2}list\b"
                    r"|\badd (me|us|her|him|them|our \w+|my \w+) to (the|your|that) ([\w/'-]+ ){0,4}(list|newsletters?|mailing|news|updates)\b"
                    r"|\b(can|could|may) (i|we|she|he|they) (get|receive|have) (the |your |any |some )?([\w'-]+ ){0,2}(news|updates|newsletters?)\b(?! (today|now|right now))"
                    r"|\bnotify|let (me|us) know|drop (me|us) a (line|message|note)|(give|send|drop|shoot) (me|us) (a |an )?(quick |short )?(heads[ -]?up|shout)|\bping (me|us)|keep (me|us) (posted|informed|updated|in the loop)|\balert (me|us)"
                    r"|\btell (me|us) (every ?time|each time|whenever|as soon as|any ?time)\b"
                    # the alerts themselves asked to be sent ("send me alerts when…", "give us notifications of…",
                    # "can I get push notifications for…"): to be notified
                    r"|\b(send|give|get|shoot|push) (me|us|mi) (the |your |any |some )?(push )?(alerts|notifications|notifs)\b|\bcan (i|we) get (the |your |any )?(push )?(alerts|notifications|notifs)\b"
                    r"|" + WRITE_WHEN_NEW +
                    # "send me a message whenever…", "drop us an email once…" ("mi" as partners type it)
                    r"|\b(send|drop|shoot|write) (me|us|mi) (a |an )?(quick |short )?(message|msg|note|line|text|e-?mail|mail|dm)s? (whenever|when|once|as soon as|every ?time|each time|any ?time|if)\b"
                    # "pls send me latam news going forward", "keep sending me the korea stuff from now
                    # on", "mándenme todo lo de Corea de ahora en adelante": sent from now on
                    r"|\b(keep )?(send|sending|forward|forwarding|email|emailing|mail|pass|passing) (me|us)\b"
                    r"(?=.{0,100}\b(going forward|from now on|from here on|moving forward|henceforth|in (the )?future|as (it|they) comes?( (out|in|up))?|as (it|they) (happens?|appears?|drops?))\b)"
                    r"|\b(mandame|mandanos|mandenme|mandeme|mandenos|enviame|envianos|envienme|envieme|envienos|pasame|pasenme)\b"
                    r"(?=.{0,60}\b(de ahora en adelante|de aqui en adelante|a partir de ahora|desde ahora|lo que (salga|vaya saliendo))\b)"
                    r"|\b(going forward|from now on|from here on|moving forward|henceforth|in (the )?future)\b.{0,40}\b(keep )?(send|sending|forward|email|mail|pass) (me|us)\b"
                    r"|\b(de ahora en adelante|de aqui en adelante|a partir de ahora|desde ahora)\b.{0,40}"
                    r"\b(mandame|mandanos|mandenme|mandeme|mandenos|enviame|envianos|envienme|envieme|envienos|pasame|pasenme)\b"
                    # ("send me the Spanish-language and Latin America news": the topic said before "news"; fixD22)
                    # (for someone of the team too: "can you send her news in Spanish?", "sign him up for the Korea news")
                    r"|\bsend (me|us|her|him|them) (the |any |all (the )?)?((?!(latest|last|recent|today'?s?)\b)[\w'-]+,? ){0,5}(news|updates)\b|subscri|sign (me|us|her|him|them) up for|\b(i|we)('d| would)? (like|want) (to get|to receive|updates|news)"
                    # someone of the partner's signed up for news ("sign her up for whatever latin america
                    # news you put out", "apúntala a las noticias de Latinoamérica", "把他加到西语和拉美的消息里";
                    # fixK24): the partner asks it for them, and the chat gets it
                    r"|\b(apuntal[oa]s?|inscribel[oa]s?|anotal[oa]s?|agregal[oa]s?|sumal[oa]s?|suscribel[oa]s?) (a|en|para|pa)\b(?=.{0,60}\b(noticias|novedades|actualizaciones|avisos)\b)"
                    r"|把(我|我们|咱|咱们|俺|他|她|他们|她们)(也)?(加|添加|拉)(到|进|入)[^，。？！,.?!]{0,16}(消息|动态|新闻|通知|资讯|订阅)"
                    r"|avis(a|e)(me|nos|nme)|\b(apunta|apunte|anota|anote|inscribe|inscriba|registra|registre)(me|nos|nme)\b (a|en|para|pa) |\b(me|nos) avis(e|en|a|an|as|es|aran|ara|arian|aria)\b|mantenme|mantenganme|mantengame|mantennos|mantenganos|mantengannos|suscrib|quiero recibir|queremos recibir|me (interesa|gustaria) recibir"
                    # "mándame las novedades de incentivos cuando salgan": the news sent as they come
                    # ("pásame las novedades del catálogo" alone asks for what is new now)
                    r"|\b(mandame|mandanos|mandenme|mandeme|mandenos|enviame|envianos|envienme|envieme|envienos|pasame|pasenme) (las |los )?(novedades|noticias|actualizaciones|updates)\b"
                    r".{0,60}\b(cuando|cada vez que|apenas|en cuanto|conforme|a medida que)\b"
                    # "mándenme las novedades en español pa Latinoamérica": news *sent* (mandar, enviar)
                    # come as they appear; "pásame las novedades" hands over what is new now
                    r"|\b(mandame|mandanos|mandennos|mandenme|mandeme|mandenos|enviame|envianos|enviennos|envienme|envieme|envienos) (tambien |igual |ademas )?(las |los )?(novedades|noticias|actualizaciones)\b"
                    # "有更新就推给额", "有新政策发给俺": me said in dialect (额, 俺, 咱)
                    r"|通知|告诉(我|额|俺)|提醒(我|额|俺)|订阅|推送|推给(我|额|俺|咱)|发给(我|额|俺|咱)|第一时间|알림|알려 ?(주|줘)|구독|받고 싶|받아 ?보고"
                    # the news passed on to us, the news word between ("可以传西语跟拉美的消息给我们吗", "把拉美动态发给咱")
                    r"|(传|发|推|寄|转)[^，。？！?!]{0,12}(消息|新闻|动态|资讯)(给|俾)(我|我们|咱|咱们|俺|俺们|额|我哋|她|他|他们|她们|佢|佢哋)"
                    # (sent to someone of the team, the receiver first: "消息也给她推一下", "可唔可以傳俾我哋"; para25)
                    r"|(消息|新闻|动态|资讯)[^，。？！?!]{0,10}(给|俾|帮)(我|我们|咱|咱们|俺|额|我哋|她|他|他们|她们|佢|佢哋)(也)?(推|发|传|转|寄)"
                    r"|(传|发|推|转)(俾|给)(我哋|佢|佢哋)"
                    r"|(消息|新闻|动态|资讯)[^，。？！?!]{0,10}(推|发|传|转|寄)(给|俾)(我|我们|咱|咱们|俺|额|我哋|她|他|他们|她们|佢|佢哋)"
                    # sent to me when it comes ("나한테도 좀 보내주쇼잉", "저한테 보내 주세요"; fixW16)
                    r"|(나|저|우리|저희)(한테|에게|헌티|한티)(도)? ?(좀 )?(보내|알려|연락) ?(주|줘|도|달)"
                    # Gyeongsang "tell me" ending the message ("새 인센티브 나오모 단디 알려도", "알려 주이소")
                    r"|알려 ?(도|주이소|주소)\W*$"
                    # the news received, wished for ("我想收到韩国相关的消息", "希望能接收拉美的动态", "I'd love to
                    # hear about Korea news", "me gustaría enterarme de…", "한국 소식 받아볼 수 있어요?")
                    r"|(想|希望|要|愿意|願意|想要)(能|可以)?(收到|接收|接到|获得|獲得|得到|订|訂閱)|訂閱"
                    r"|\b(i|we)('d| would)? (like|want|love) to (hear|be told|be notified|be kept posted|receive|get)\b(?=.{0,40}\b(news|updates|alerts)\b)"
                    # "I should also like to be informed of all future events", "we'd love to be kept informed":
                    # told as things come, the formal "should like" too (fixD22; with what is to come, `NEWS`)
                    r"|\b(i|we)('d| would| should)?( also| very much| really)? (like|want|love|wish) to be (informed|notified|kept (informed|posted|updated))\b"
                    r"|\b(quiero|queremos|me gustaria|nos gustaria) (enterarme|enterarnos|estar al tanto|seguir)\b"
                    r"|받아 ?볼 ?(수|게|래)|받을 ?(수 있|게요|래요)|받아 ?보고 싶|받아 ?보(겠|려고|렵니다|고자)|(소식|뉴스|업데이트)(을|를|은|도)? ?받(겠|을게|을래|고 싶|고자|으려고)"
                    # "중남미 소식도 보내줘잉", "업데이트 좀 챙겨 주세요": the news sent, said with a verb of sending
                    r"|(소식|뉴스|업데이트|정보)(도|을|를|은|는|이랑|만)? ?(좀 |계속 |꼭 )?(보내|전해|챙겨|넘겨|공유해) ?(줘|주|줄|달|도)"
                    r"|\b(ping|alert|notify|update) (me|us) (about|on|of|with)\b"
                    # "ping me when new stuff gets added", "hit me up whenever…", "buzz us once…": told when it comes
                    r"|\b(ping|buzz|hit|shout at|holler at|give) (me|us)( up| a shout| a heads[- ]up)? (when|whenever|once|if|as soon as)\b"
                    # "mándenme al tiro todo lo nuevo de Corea", "send me anything new on Korea": what is new, sent
                    r"|\b(mandame|mandanos|mandenme|mandeme|mandenos|enviame|envianos|envienme|envieme|envienos|pasenme)( al tiro| ya| ahora mismo| ahorita| porfa| por favor| siempre)? (todo )?lo (nuevo|ultimo)\b"
                    r"|\b(send|forward|email|mail) (me|us) (anything|everything|whatever('?s| is)?) new\b"
                    # "tell me when you add new titles", "let us know once they announce events": told
                    # of what comes, not of a date asked
                    r"|\btell (me|us) (when|once|if|as soon as) (you|they|there'?s|there are|there is) (add|announce|publish|release|list|put out|bring out|upload|have|get|any|new|a new|more)\b"
                    # "片库上新了跟我讲一声", "有新片跟我说一声": give me word
                    r"|(跟|和|给)(我|我们)(讲|说|打)(一)?声|知会(我|我们)(一)?声"
                    # Cantonese "tell me" ("有新劇隨時講畀我知", "出新片話我知"; fixC17)
                    r"|(讲|講)(畀|俾|给|給)(我|我哋|我們|我们)(知|聽|听)|(话|話)(我|我哋)(知)")
# "Tell me" ("알려 주세요", "告诉我", "dime"): a notification only with words for news; "앞으로 예정된
# 행사 알려 주세요" asks for the coming events themselves.
TELL_ME = re.compile(r"\btell (me|us)\b|\b(dime|dinos|cuentame|cuentanos)\b|告诉我|跟我说|알려 ?(주|줘)|알려 ?(도|주이소|주소)\W*$")


def asks_to_be_told(text: str) -> bool:
    """Only a "tell me" (`TELL_ME`) says the partner wants to hear something: no news word, no
    other word for notifying."""
    folded = fold(text)
    return bool(TELL_ME.search(folded)) and not NEWS.search(folded) and not NOTIFY.search(TELL_ME.sub(" ", folded))


NEWS_STOP = re.compile(r"\b(stop|unsubscrib\w*|no more|don'?t send|cancel)\b|dejar de|deja de|\bya no\b|desuscrib|cancela"
                       # (stopping in other Spanish verbs: "anula todos mis avisos", "da de baja todo", "dame de baja")
                       r"|\banul(a|ame|alos|alas|en|ar|enme)\b|\b(da|dame|danos|dar|darme|darnos|de|deme) de baja\b"
                       # ("要不要亲身去？", "需不需要…": the A-not-A question "do I have to", no stop)
                       r"|(?<!要)不要(?!不)|别再|取消|退订|停止|그만|해지|취소|끄|끊")
# A question about the last list itself: "which of those are finished?", "solo las de misterio",
# "其中哪些是韩语的", "그중에 완성된 거"; "of" as Scots and chat spell it ("which o those r in
# korean", "any o' them in Spanish")
OF_THOSE = re.compile(r"\b(of|o'?|among|from) (those|them|these|that list)\b|\b(only|just) (the )?\w+( ones)?\W*$|\bwhich ones\b"
                      # "only the ones looking for partners", "just the ones in Korean" (fixI17)
                      r"|^\W*(\w+\W+)?(only|just) (show me |keep |give me )?(the )?ones\b|^\W*(\w+\W+)?(only|just) (show me |keep |give me )?those\b"
                      r"|\bde (esos|esas|ellos|ellas|estos|estas|la lista)\b|\bentre (ellos|ellas|esos|esas|estos|estas)\b"
                      r"|\bsolo (los|las|el|la)\b|\bnada mas (los|las)\b|\bcuales de\b"
                      # "¿cuáles están en español?", "¿alguna está en coreano?", "any of them in Korean?"
                      # ("¿cuáles todavía buscan socio?", "¿y cuáles siguen abiertas?": what they still do or need)
                      r"|^\W*(y )?(cuales|cual|alguna|algunas|alguno|algunos) ((todavia|aun|ya|hoy) )?(estan|esta|son|tienen|tiene|vienen|viene|hay"
                      r"|buscan|busca|necesitan|necesita|siguen|sigue|quedan|queda|admiten|admite|aceptan|acepta)\b|\bany of them\b"
                      r"|其中|这些里|那些里|这几部|那几部|里面|只要|只看|光看|光要|就看|只想看|哪几部|그중|그 중|이 중|이중|중에서|만 (보여|알려)|것만|거만"
                      # ("그 가운데", "이 가운데", "그 안에서": among them, the written word; "거기서" of a list
                      # only with the titles' stage or language after it: "거기서 제작 들어간 건?")
                      r"|(그|이|저) ?가운데|(그|이) 안에서|거기(서|에서|중에|중에서) .{0,6}(제작|촬영|개발|기획|완성|완결|공동 ?제작|파트너|판권|한국어|영어|스페인어|중국어)"
                      # the list filtered by its verb, not one phrase (para21): "narrow that down to the
                      # ones in Korean", "filter them by…", "fíltrame las que estén en coreano", "déjame
                      # solo las que…", Traditional "這些裡", "哪幾部", "篩選一下", "한국어 되는 걸로 추려 줘"
                      r"|\bnarrow (it|that|this|them|these|those|the list)?( ?down)? ?(to|by)\b|\bfilter (it|that|this|them|these|those|the list)\b|\bfilter\w* (by|for|to)\b"
                      r"|\bfiltr(a|ame|ala|alas|alos|en|enme|ar|ame solo)\b|\b(dejame|deja|muestrame|muestra|quedate con) (solo |solamente |nada mas )?(los|las) que\b"
                      r"|這些裡|那些裡|這幾部|那幾部|裡面|哪幾部|筛选|篩選|筛一下|篩一下|只留下|(추려|걸러|필터)"
                      # which ones are still or already in a state, the question word first ("which are still
                      # looking for a partner?", "哪些还在找合作方？", "어떤 게 아직 파트너 찾고 있어요?"): of the
                      # titles just listed, as "¿cuáles todavía buscan socio?" above
                      r"|^\W*(and |so )?which( ones?)? (are|is|have|has) (still|already|now|currently)\b"
                      r"|^\W*(那|那么|那麼)?(哪些|哪幾部|哪部|哪个|哪個)(还|還|已经|已經|仍然|仍|目前|现在|現在)"
                      # (with "还有" or "一部" before, or the stage said straight after: "还有哪部在找合作方的",
                      # "哪一部還在徵求合拍夥伴？", "哪些拍好了")
                      r"|^\W*(那|那么|那麼|还有|還有|另外|那还有|那還有)?(哪些|哪幾部|哪几部|哪部|哪一部|哪个|哪個|哪一个|哪一個)(还|還|已经|已經|仍然|仍|目前|现在|現在|在找|在拍|在寻|在尋|在征|在徵|拍好|拍完|做完|完成|完结|完結|杀青|殺青)"
                      r"|^\W*(그럼 |그러면 )?(어떤|어느) ?(게|거|것|건|작품이|작품은)\s?(아직|이미|벌써|지금)"
                      # "any from Korea?", "anyone based in Spain?", "¿alguno de Corea?": the ones of the last list
                      # from a country, said short (play34: a greeting)
                      r"|^\W*(and |so |ok,? )?(any|anyone|anybody|any ones?|some)( \w+)? (from|in|based in|out of)\b"
                      # (Chinese "有韩国的吗" and Korean "한국 회사도 있어요?" are read so already)
                      r"|^\W*(y )?(alguno|alguna|algunos|algunas|alguien|hay alguno|hay alguna)( \w+)? (de|en|desde)\b")
YEAR_WORDS = re.compile(r"(this|next|last) year|(what|which) year|(que|cual|en que) ano|哪一?年|几几年|몇 ?년|어느 ?해|este ano|el ano (que viene|pasado)|proximo ano|今年|明年|去年"
                        r"|올해|금년|내년|작년|지난해")
# "The Korea one", "el de Corea", "韩国那个", "한국 거": one item of the last list, by what it is tied to.
ONE_OF = re.compile(r"\b(the|that) [\w-]+ (one|ones)\b|\b(el|la|los|las) de\b|那个|那场|那部|那家|的呢|(거|건|것)(는|은|요|도)?")
LAST_YEAR = re.compile(r"last year|el ano pasado|去年|작년|지난해")
# "And the other one?", "¿y el otro?", "另一个呢", "다른 하나는요?": the one of two not just answered
# (a short message that is only this: "any other events?" asks for a list).
OTHER_ONE = re.compile(r"^\W*(and|so|ok|what about|how about)?\W*(the|that) other( one| ones?| event| title| set| edition)?\W*(then|pls|please)?\W*$"
                       r"|^\W*(y|pues|ok|va|bueno)?\W*(que tal |y )?(el|la|lo del?) otr[oa]\W*(entonces|pues|porfa|por favor)?\W*$"
                       r"|^\W*(那|还有|好的?|嗯)?\W*(另一个|另外一个|另一场|另外一场|另一部|另外那?个|另一家|另一届|另一项|另外那场)(呢|怎么样|咋样|如何)?\W*$"
                       r"|^\W*(그럼|그러면|네|아)?\W*(다른 하나|나머지 하나|나머지 (거|것|건|꺼)|다른 쪽|다른 행사|또 다른 하나)(는|은|도)?(요|는요|은요|도요|어때요|는 어때요)?\W*$")


# "Never mind, cancel it", "olvídalo", "算了，取消吧", "됐어요, 취소해 주세요": the whole message
# calls off what was just done or asked, naming nothing (a reminder named is `unremind`).
_CALL_OFF = (r"never ?mind|nvm|forget (it|that|about it)|cancel( it| that| this)?|scrap (it|that)|don'?t bother|no need"
             r"|undo( it| that)?|leave it"
             r"|olvidalo|olvidate|olvida( eso)?|dejalo( asi)?|deja(lo)? asi|no importa|cancela(lo)?|cancelalo|mejor no|ya no"
             r"|算了|取消(吧|掉|了|一下)?|不用了|不要了|没事了?|别管了|撤销(吧)?"
             r"|됐어요|됐습니다|됐어|괜찮아요|취소(해 ?주세요|해 ?줘요?|할게요|해요|요|하겠습니다)?|그만(둘게요|할게요|하세요)?|없던 걸로 (해 ?주세요|할게요)|필요 없어요")
_FILLER = r"ok|okay|oh|ah|well|then|please|pls|actually|so|sorry|hmm|no|nah|y|pues|bueno|mejor|porfa|por favor|perdon|好|好吧|那|嗯|哦|啊|아|음|네|아니|그냥|죄송"
CALL_OFF = re.compile(rf"^(\W*({_FILLER}|{_CALL_OFF})\b)*\W*({_CALL_OFF})(\W*({_FILLER}|{_CALL_OFF}))*\W*$")


def calls_off(text: str) -> bool:
    """The message only calls off what came before ("never mind, cancel it"; see `CALL_OFF`)."""
    return CALL_OFF.search(fold(text)) is not None


# "What time does it open?", "¿a qué hora abre?", "几点开门", "몇 시에 문 열어요?": when a PLACE opens
# (a set's visiting or shooting hours), not a team's office hours ("what are your office hours?",
# `TEAM_HOURS_WORDS`). Matched on folded text.
PLACE_OPENS = re.compile(
    r"\b(what time|when) (does|do|is|will) (it|they|that|this|the [\w-]+( [\w-]+)?) (open|close|opens|closes)\b|\bopen(ing)? (hours|times?)\b"
    r"|\b(is|are) (it|they|that|this|the [\w-]+( [\w-]+)?) open\b|\bwhen is (it|that|this) open\b"
    r"|\b(a que hora|cuando|desde que hora|hasta que hora) (abre|abren|cierra|cierran)\b|\bhorarios? de (apertura|visita)\b|\besta abiert[oa]\b"
    r"|\b(abre|abren) (los )?(fines de semana|domingos|sabados|de noche)\b"
    r"|几点开门|几点关门|开门时间|开放时间|几点开放|什么时候开放|开不开门|开门吗|开放吗|营业到几点|参观时间"
    r"|몇 ?시에? ?(문 ?)?(열|닫)|문 ?(여는|닫는|열어|닫아|열어요|닫아요)|개방 ?시간|오픈 ?시간|개장 ?시간|관람 ?시간")
# "Open yet?", "¿ya abrió?", "开业了吗", "오픈했어요?": whether a set is finished, not its hours.
# Opened to the public or to visitors ("when do you open the virtual stage to the public?", "¿cuándo
# abren el estudio al público?", "什么时候对外开放", "언제 일반에 공개해요?"): a day it is shown (its open
# day, an event), not its opening hours.
OPEN_TO_PUBLIC = re.compile(r"\bopen\w*\b.{0,40}\bto (the )?(public|visitors|everyone|outsiders|partners)\b|\bopen to (the )?public\b"
                            r"|\b(abre|abren|abrira|abriran|abrir|abriendo)\b.{0,40}\b(al publico|a (los )?visitantes|a todo el mundo|a la gente)\b"
                            r"|对外开放|向公众开放|对公众开放|开放参观|公开参观|(일반|대중|외부|방문객)(인)?(에게|한테|에)? ?(공개|개방|오픈)"
                            # a day it is shown, asked as such: "有没有开放参观的日子", "공개하는 날 있나요?",
                            # "is there a visiting day?", "¿hay algún día de visita?"
                            r"|(开放|参观|公开)的?(日子|那天|日期)|参观日|(공개|개방|오픈|견학)(하는|되는|할 수 있는)? ?날"
                            r"|\b(visiting|viewing|visitor|open house) days?\b|\bdias? de (visita|puertas abiertas)\b"
                            # a visit before booking: "订之前能先去那个棚看看吗", "예약 전에 미리 가서 볼 수 있어요?",
                            # "can we see the stage before booking?", "¿podemos ver ese estudio antes de reservar?"
                            r"|(先|提前|事先|预先)(去|过去|来)[^，。？！?!]{0,6}(看看|看一下|瞧瞧|参观|考察|踩点)"
                            r"|(미리|먼저|사전에) ?(가서|방문해서|들러서) ?(볼|구경할|둘러볼) 수|(미리|먼저|사전에) ?(방문|견학|답사)(할 수|해도|이 가능|가능)"
                            r"|\b(visit|see|tour|check out|look (at|round|around))\b.{0,25}\b(first|beforehand|before (we |i )?(book|booking|commit|sign))\b"
                            r"|\b(visitar|ver|conocer|recorrer)\w*\b.{0,25}\b(antes de (reservar|contratar|alquilar|firmar)|primero)\b")
# A visit of the sets asked for before deciding, no set meant ("can I visit the sets before we
# decide?", "can we come for a recce first?", "¿podemos ir a ver los sets antes de firmar?", "能先去
# 现场考察一下吗", "계약 전에 답사 가도 돼요?"): may we, or will you arrange it. Read by `router.sets_visit`
# (the scouting-visit FAQ and the coming days held at a set), never the list of sets. A scouting trip
# named beside another question (the visa it needs, the airport, which sets to see) is that question.
SETS_VISIT_ASKED = re.compile(
    r"\b(can|could|may|might|possible|allowed|ok(ay)?|would you|do you|will you|arrange|organi[sz]e|set up|line up)\b[^.?!]{0,40}"
    r"\b(recce|scout(ing)? (trip|visit)|(?<!location )scout(ing)?(?! (business|company|agency|firm|services?))|site visit|set visit|tech scout|visit(ing)? (the |your |some of the |a few )?(sets?|lots?|backlots?|studios?|stages?|locations?|facilities)"
    r"|tour (of )?(the |your )?(sets?|lots?|backlots?|studios?|stages?|locations?|facilities)"
    r"|(come|go|pop|fly|swing) (over |out |down |by |in )?(and |to )?(see|look at|check out|visit) (the |your )?(sets?|lots?|backlots?|studios?|stages?|locations?|place|site|facilities)"
    r"|(see|look at|check out) (the |your )?(sets?|lots?|backlots?|studios?|stages?|locations?) (in person|first|beforehand|before)"
    r"|look (round|around) (the |your )?(sets?|lots?|backlots?|studios?))\b"
    r"|\b(visit|see|tour|check out)\b[^.?!]{0,30}\bbefore (we |i )?(decide|deciding|commit\w*|sign\w*|book\w*|choose|choosing|pick\w*)\b"
    r"|\b(podemos|podriamos|puedo|podria|se puede|se podria|sera posible|es posible|nos dejan|nos permiten|pueden|podrian|organizan|arman)\b[^.?!]{0,30}"
    r"\b((ir|venir|pasar|ir antes|venir antes) a (ver|conocer|recorrer|visitar) (los |las |sus |unos |algunos )?(sets?|locaciones|platos?|estudios?|decorados?|instalaciones|escenarios?)"
    r"|visitar (los |las |sus |unos |algunos )?(sets?|locaciones|platos?|estudios?|decorados?|instalaciones)"
    r"|(hacer|ir de|ir a hacer|venir a hacer) (un |una )?(scouting|scouteo|recorrido|visita tecnica|scout|visita previa)|scoutear"
    # (one arranged for them: "¿se podría organizar una visita técnica a los sets?")
    r"|(organizar|coordinar|agendar|programar|armar)(nos|me|le|les)? (un |una )?(visita|recorrido|scouting|scouteo)|recorrer (los |las |sus )?(sets?|locaciones|platos?|estudios?))\b"
    r"|\b(ver|conocer|recorrer|visitar)\w*\b[^.?!]{0,30}\bantes de (decidir|firmar|contratar|reservar|cerrar|comprometernos|elegir)\b"
    r"|((?<!智)能|可以|能不能|可不可以|方便|允许|是否可以|是否能|行不行)[^，。？！?!]{0,8}(看景|勘景|踩点|实地考察|现场考察|考察一下|参观一下|去(现场|片场|基地|景区|场景)(看看|看一下|参观|考察))"
    r"|(签约|签合同|签协议|决定|定下来|拍板)(之)?前[^，。？！?!]{0,10}(看景|勘景|踩点|考察|参观|看看|看一下)"
    r"|(답사|로케 ?헌팅|헌팅|견학|세트 ?투어|사전 ?방문|현장 ?방문|구경)[^.?!]{0,6}(가도 (돼|되|괜찮)|갈 수 (있|없)|해도 (돼|되|괜찮)|할 수 (있|없)|가능|될까|되나|되나요|돼요)"
    r"|(세트|촬영장|촬영지|스튜디오|현장)(를|을|도)? ?(미리|먼저|직접)? ?(가서 )?(둘러볼|구경할|볼|방문할|답사할) 수"
    # a visit arranged for the partner ("답사 일정 잡아 줄 수 있어요?"), as "can you set up a recce?"
    r"|(답사|헌팅|견학|세트 ?투어) ?(일정)?(을|를)? ?(좀 )?(잡아|주선|조율|마련)"
    # the visit said first ("is a recce possible before we lock the budget?")
    r"|\b(recce|scouting (trip|visit)|site visit|set visit)\b[^.?!]{0,15}\b(possible|allowed|ok(ay)?|an option|doable)\b")
# ...beside another question a scouting trip is the occasion of (the visa, the way there, the address,
# which sets or which periods): that question's own answer
SETS_VISIT_ELSE = re.compile(r"\b(visas?|visados?|airports?|aeropuertos?|flights?|vuelos?|address|direccion|weather|clima|which|what (sets?|periods?|dynast)|cual(es)?|recommend\w*|recomienda\w*|hotels?|hoteles?)\b"
                             r"|签证|机场|航班|地址|天气|哪|推荐|几个|酒店|住|비자|공항|비행기|주소|날씨|어느|어떤|추천|숙소|호텔"
                             # (a day the sets are shown asked: "견학할 수 있는 행사가 있나요?", "any open day?": the events)
                             r"|\b(events?|open days?|days?|jornadas?|dias?|eventos?|members?|miembros?)\b|活动|开放日|哪天|행사|이벤트|데이|날|회원")
OPEN_YET = re.compile(r"\bopen (yet|already|now)\b|\balready open\b|\bbeen opened\b|\bbeing built\b|\bya (abrio|abrieron|esta abierto|estan abiertos)\b"
                      r"|开业|建成|完工|竣工|建好|오픈했|개장했|완공|지어졌")
TEAM_HOURS_WORDS = re.compile(r"\b(you|your|yours|ustedes|offices?|oficinas?|team|equipo|staff)\b|你们|您们|贵司|办公|上班|工作人员|그쪽|사무실|팀|담당자|근무|업무")


# "More", "show me more", "siguiente página", "下一页", "더 보여줘": the whole message asks for more of
# the list just shown (its next page), naming nothing. Bare "next" / "el siguiente" / "下一个" is
# the next ITEM (`_NEXT_ITEM`), not this.
_MORE = (r"(show|see|give|send)( me| us)? (some )?more( of (them|those|these))?|more( of (them|those|these)| results| titles| options| please| pls)?"
         r"|any more|anything more|(the )?next page|(the )?rest( of (them|the list|the titles))?|keep going|go on|continue"
         r"|(muestrame|muestranos|ensename|manda(me)?|dame|ver|quiero ver) (algunos |algunas )?mas|mas (titulos|opciones|resultados|obras)|mas"
         r"|hay mas|tienes mas|tienen mas|(la )?(pagina )?siguiente pagina|(la )?pagina siguiente|(el|lo) resto|los demas|las demas|sigue|continua"
         r"|更多|查看更多|看更多|还有吗|还有呢|还有没有|还有别的吗|还有其他的吗|下一页|再来(几个|一些|点)|再看(几个|一些)|继续|剩下的(呢)?"
         r"|더 (보여 ?(줘|주세요|주실래요)(요)?|있어요|있나요|있습니까|있어|보기|볼래요|알려 ?(줘|주세요))|다음 ?페이지|나머지(는|도)?(요)?( (보여 ?(줘|주세요)|알려 ?(줘|주세요)))?|계속(해 ?(줘|주세요))?")
MORE_OF_LIST = re.compile(rf"^(\W*({_FILLER})\b)*\W*(y |and |那|그럼 )?\W*({_MORE})(\W*({_FILLER}))*\W*$")


def asks_more(text: str) -> bool:
    """The message only asks for more of the list just shown ("more", "¿hay más?", "下一页")."""
    return MORE_OF_LIST.search(fold(text)) is not None


# The page button's own word typed alone ("next", "Next ▶", "siguiente", "下一个", "다음", "다음요"):
# while a list is paged and none of its items is open, the next page; elsewhere it is the next
# item or event (`_NEXT_ITEM`), or says nothing.
PAGER_WORD = re.compile(r"^\W*(ok |okay |vale |好的?\W*|네 |응 )?(next( page| one)?( please| pls)?|siguiente( pagina)?( por favor)?|(la )?que sigue"
                        r"|下一(页|頁|个|個|批|组|組)?(吧|呢)?|下页|下頁|다음( 거| 꺼| 것| 페이지)?(요|이요| 보여 ?(줘|주세요)| 주세요| 줘| 부탁해요| 부탁드려요)?)[\W▶▷→]*$")


def pager_word(text: str) -> bool:
    """The message is only the word of a list's "Next ▶" button ("next", "다음", "下一页")."""
    return PAGER_WORD.search(fold(text)) is not None


# A correction of what the last answer was about ("no, I meant the festival", "no, me refería al
# festival", "不是，我是说电影节", "아니요, 영화제 말한 거예요"): the words naming what was meant.
# Matched on folded text; each pattern's group `meant` is the record's words.
CORRECTIONS = (
    re.compile(r"\b(?:i|we) (?:meant|mean|was (?:asking|talking) about|were (?:asking|talking) about)\s+(?P<meant>.+)"),
    re.compile(r"\bnot (?:that|this) one\W+(?:the\s+)?(?P<meant>.+)"),
    # ("el que habló de los costos" is no correction: "hablaba de" only opening the message or after "no")
    re.compile(r"\b(?:me referia|nos referiamos|me refiero|nos referimos|quise decir|quisimos decir|queria decir"
               r"|(?:^|\bno\W+|\byo )(?:hablaba|preguntaba) (?:del|de|por))\s+(?:a\s+|al\s+|por\s+)?(?P<meant>.+)"),
    re.compile(r"(?:我是说|我说的是|我指的是|我问的是|我想问的是|我要问的是)(?P<meant>.+)"),
    re.compile(r"(?:^|\W)(?:아니(?:요|오|에요)?|아뇨)\W+(?P<meant>.+?)\s?(?:을|를|이|가|은|는)?\s?(?:말한|말씀드린|말씀한|물어본|얘기한|여쭤본)\s?(?:거|건|것)"),
    # a "no" and the one meant, described ("no, the one Reel-K hosts in Seoul", "no, el de Reel-K
    # en Seúl", "不对，是首尔那个…", "아니요, 서울에서 하는 거요")
    re.compile(r"^\W*(?:no|nope|nah|not that)\W+(?:i mean\W+)?(?P<meant>(?:the|that) one\b(?!\W+(?:is|was|works|sounds|looks|seems|'s)\b).+)"),
    re.compile(r"^\W*no\W+(?P<meant>(?:el|la|los|las) (?:de|del|que|con)\b.+)"),
    re.compile(r"^\W*(?:不是|不对|不對|错了|錯了)\W*是?(?P<meant>.+?(?:那个|那個|那场|那場).+)"),
    re.compile(r"^\W*(?:아니(?:요|오|에요)?|아뇨)\W+(?P<meant>.+?(?:하는|열리는|여는) ?(?:거|것|행사|매칭))\s?(?:요|예요|이요|말이에요)?\W*$"),
    # "아니 제 말은 다른 거요, 살인사건 그거요", "아니 그거 말고 살인사건 나오는 거": the other one, named (fixZ16)
    re.compile(r"^\W*(?:아니(?:요|오|에요)?|아뇨)\W+(?:제 말은|내 말은|그거 말고|그게 아니라|이거 말고)\W+(?:다른 (?:거|것|작품|건)(?:요|이요|예요)?\W+)?(?P<meant>[^,.?!]+?)\s?(?:그거|그 거|그 작품|나오는 거|나오는 작품|말이야|말이에요)?(?:요|예요|이요)?\W*$"),
)


def correction(text: str) -> str | None:
    """What the partner meant, when the message corrects the last answer's subject ("no, I meant
    the festival" → "the festival"); None if it does not."""
    folded = fold(text)
    for rx in CORRECTIONS:
        m = rx.search(folded)
        if m and m.group("meant").strip(" .!?。！？~"):
            return text[m.start("meant"):m.end("meant")].strip(" .!?。！？~")
    return None


# ...or opens with it and asks a fact of it: "the other one, when was it built?", "y el otro, ¿de
# qué trata?", "另一个什么时候办", "나머지 하나는 언제예요?"
# (fixQ16: "另外一個是三國時代的大戰劇本…", "the other one is a war script", "el otro es un guion de…",
# "다른 하나는 삼국지 대본인데": the partner's other project described, not the other of two asked)
OTHER_LEAD = re.compile(r"^\W*(and |what about |how about )?(the|that) other( one)?\b(?! (events?|sets?|titles?|shows?|partners?)\b)"
                        r"(?!( one)?( is|'s) (a|an|about|our|my|set in)\b)"
                        r"|^\W*(y |que tal )?(el|la) otr[oa]\b(?! (evento|set|titulo|serie|socio|cosa))(?! (es|seria) (un|una|sobre|de|nuestr[oa]|mi)\b)"
                        # ("另一个项目：…", "另外一个问题": another subject, not the other of two)
                        r"|^\W*(那|还有)?(另一个|另外一个|另外那个|另一场|另外一场|另一部|另一家|另一届)"
                        r"(?!项目|案子|故事|剧本|本子|问题|事|计划|方案|话题|想法|片子|戏|题材|客户|合作)"
                        r"(?!(则|就)?是(?!什么|啥|哪|几|多少|谁|不是|否))"
                        r"|^\W*(그럼 )?(다른 하나|나머지 하나|나머지 (거|것|건|꺼))"
                        r"(?!(는|은)? [^?]{0,30}(대본|각본|시나리오|작품|드라마|이야기|영화|사극|프로젝트)(이|인|입|예|라))")


def other_one(text: str) -> bool:
    """The message asks only for "the other one" of two (see `OTHER_ONE`)."""
    return OTHER_ONE.search(fold(text)) is not None


def other_one_asked(text: str) -> bool:
    """The message asks something of "the other one" (see `OTHER_LEAD`)."""
    return OTHER_LEAD.search(fold(text)) is not None
# Another edition of the event in focus: "is there another one?", "¿habrá otra edición?", "明年还办吗",
# "내년에도 해요?" (with the year words above, these pick the event's edition of that year).
ANOTHER_EDITION = re.compile(r"\b(another|next|a new|future) (one|edition|round|time)\b|\bagain next\b|\bplanned for\b"
                             r"|\b(hay|habra|tendran|viene) otra\b|otra edicion|proxima edicion|la proxima\b|de nuevo"
                             r"|siguiente edicion|\b(el|la) siguiente\W*$"
                             r"|下一届|下届|还办|还有吗|还有没有|再办|还会办|还举办|다음 (회|번|행사|에도)|또 (해|하|열)|에도 (해|하|열|있)"
                             # "그럼 다음 건 언제임": the next one of the event in focus
                             r"|다음 ?(건|거|것|꺼)")
EVENT_WORD = re.compile(r"\bevents?\b|\bcalendar\b|\beventos?\b|\bcalendario\b|\bagenda\b|活动|日程|行事历|행사|일정")
"""The word "event" or "calendar": "the next event" is the next on the calendar, whatever the
series in focus; "the next one" after Latin Film Night 2025 is that series' next edition."""
# Something on in a place, asked without the word "event" ("올해 서울에서 하는 거 있냐고", "anything
# happening in Seoul this year?", "¿hay algo en Seúl este año?", "今年首尔有什么吗"): with a city to
# go to and a time asked, the events held there then (`Router.events_in_city_window`).
HAPPENING = re.compile(r"\banything (on|happening|going on|planned|scheduled)\b|\bwhat'?s (on|happening|going on)\b"
                       # "what's the next thing on?", "the next thing happening": a thing on is an event
                       r"|\b(thing|things|one) (on|happening|going on|coming up)\b"
                       # "the very next thing you people have coming up", "the next thing y'all got
                       # lined up": who holds it said between
                       r"|\b(next|upcoming) (thing|things)\b(?: [\w']+){1,4} (coming up|lined up|happening|planned|scheduled|on the (calendar|books|cards))\b"
                       r"|\b(lo|la cosa) (proxim[oa]|siguiente) que (ustedes |uds |ud |vos |ya )?(tienen|tienes|traen|hay|organizan|preparan|arman)\b"
                       r"|\bhay algo\b|\bque hay\b|\balgo (en|por)\b|\bque (pasa|se hace|hacen)\b"
                       # "¿qué es lo próximo que tienen?": the next thing they hold, an event
                       r"|\blo (proxim[oa]|siguiente) que (tienen|tienes|hay|viene|organizan|hacen|arman|preparan|van a hacer)\b"
                       r"|(有什么|有啥|有没有什么|有甚么|搞什么|办什么)(活动|安排|好玩|可以去|可以参加)?(吗|呢|嘛|啊|么)?\W*$"
                       r"|하는 (거|것|게|건)|뭐 (있|해|하)|뭐가 있|뭐 열|열리는 (거|것|게|건)|있는 (거|것|게|건)")
# What to do next to have a title ("what's the next step if I want it?", "¿qué paso sigue si lo
# quiero?", "想要的话下一步怎么做", "하고 싶으면 다음 단계는?"): with a title in focus, the way to
# license or co-produce it, not the next event nor its card again.
NEXT_STEP = re.compile(r"\bnext steps?\b|\bwhat do (we|i) do next\b|\bhow (do|can|would) (we|i) (get|take|license|acquire|secure) (it|this|that|them)\b"
                       r"|\bque paso sigue\b|\b(siguiente|proximo) paso\b|\bque (hago|hacemos) (ahora|despues)\b"
                       r"|\bcomo (lo|la) (consigo|conseguimos|obtengo|obtenemos|adquiero|adquirimos|licencio|licenciamos)\b"
                       r"|下一步|接下来(怎么|要)|怎么(拿到|拿下|获得|取得)(这部|它|版权)?"
                       r"|다음 단계|다음 절차|어떻게 (하면|진행하면) (되|돼)|어떻게 (가져|확보|구매)")
# How a deal for a title is done, asked in so many words ("what's the route if we wanna license that
# show or make a version together?", "¿cómo hacemos pa coproducirla?", "这部想合拍或者买版权，咋弄？",
# "이거 판권 사려면 어케 해요?"): the way to license or co-produce, not the title's own status
# ("is it available for licensing?" names no way)
# (how it is going, or how it stands, is its status, no way: "how's the co-pro going?", "¿cómo va lo de
# la coproducción?", "¿cómo está lo de la coproducción?", "how's the co-production?",
# "合拍进展怎么样了", "进展如何")
DEAL_WAY = re.compile(r"\bhow\b(?!(?:'s|s| is| are| was| far)?(?: \w+){0,4} (going|coming along|progressing|looking|getting on)\b| far\b"
                      # ("how's the co-production?", "how is its co-pro status?": where it stands)
                      r"|(?:'s|s| is| are) (?:the |its |their |that )?(?:co-?pro\w*|status|situation)(?: (?:status|situation|side))?\s*(?:[?!.]|$))"
                      r"|\broute\b|\bprocess\b|\bprocedure\b|\bgo about\b|\bsteps?\b|\bwhat (do|would|will|should) (we|i) (do|need)\b"
                      r"|\b(road|path|way) (to|towards) (a |the )?(deal|contract|agreement|co-?production|signing)\b|\b(camino|ruta) (a|hacia|para) (un |el )?(acuerdo|trato|contrato)\b"
                      r"|\bcomo\b(?! (va|van|anda|andan|vamos|sigue|siguen|camina|marcha|esta|estan|queda|quedo|se encuentra|se encuentran)\b)|\bproceso\b|\btramites?\b|\bpasos?\b|\bque (hay que|tenemos que|tengo que) hacer\b"
                      r"|怎么(?!样)|怎样(?!了)|咋(?!(个|子)?样)|(?<!进展)(?<!进度)(?<!情况)(?<!状态)(?<!状况)如何|流程|手续|步骤|途径|啥办法|什么办法"
                      # ("조건은 어떻게 됩니까?" is "what are the terms?", no way asked)
                      r"|어떻게(?! ?(되|돼|됩|된))|어케(?! ?(되|돼|됨))|어떡|방법|절차|뭘 해야|뭐 해야")
# The terms of a deal asked ("국내 판권 MG 조건은?", "what are the licensing terms?", "版权条件"): not
# published, an honest gap, not the way to a deal
DEAL_TERMS = re.compile(r"\bmg\b|minimum guarantee|\bterms\b|\bconditions\b|\broyalt\w*|\bcondiciones\b|\bterminos\b|\bregalias\b"
                        r"|\b(licen[cs]e|licensing|rights) fees?\b|\bcanon\b"
                        r"|条件|條件|条款|條款|分成|保底|조건|미니멈 개런티|로열티|수익 ?배분"
                        # the share in figures ("what percentage do we get?", "¿qué porcentaje nos toca?",
                        # "分账比例", "수익 비율은 몇 대 몇"): a term, not the way to a deal
                        r"|\bpercent(age)?s?\b|\bporcentajes?\b|\brevenue (share|split)\b|\breparto de (ingresos|ganancias|utilidades)\b"
                        r"|比例|分账|分賬|收益分配|비율|몇 ?대 ?몇|수익 ?(분배|쉐어)"
                        # the fee of the licence ("這部的版權費怎麼算", "판권료는 어떻게 돼요"): its terms
                        r"|(版权|版權|授权|授權)费|(版權|授權)費|판권료|라이선스 ?(비용|료)|라이센스 ?(비용|료)"
                        # the rights negotiated, or free in a territory ("這部的版權怎麼談？台灣地區的發行權還有嗎",
                        # "how do we negotiate the rights?", "판권 협상은 어떻게"): terms talked case by case
                        # ("这部剧想合拍的话怎么谈": the way to co-produce, no terms)
                        r"|\bnegotiat\w*.{0,20}\b(rights|licen[cs]\w*)\b|\brights\b.{0,20}\bnegotiat|\bnegoci\w*.{0,20}\bderechos\b"
                        r"|\bderechos\b.{0,20}\bnegoci|(版权|版權|授权|授權)\S{0,4}(怎么|怎样|如何|咋)谈|谈版权|发行权|판권 ?협상|배급권")
# The rights of a title negotiated (a term, the title's rights gap, over the co-production FAQ)
RIGHTS_NEGOTIATED = re.compile(r"\bnegotiat\w*.{0,20}\b(rights|licen[cs]\w*)\b|\brights\b.{0,20}\bnegotiat|\bnegoci\w*.{0,20}\bderechos\b"
                               r"|\bderechos\b.{0,20}\bnegoci|(版权|版權|授权|授權)\S{0,4}(怎么|怎样|如何|咋)谈|谈版权|发行权|판권 ?협상|배급권")
DEAL_WORDS = re.compile(r"\blicen[cs](e|ing|ed)\b|\b(buy|buying|acquire|acquiring|get|getting|secure|securing) (the )?rights\b|\bco-?produc\w*|\bremake\b"
                        r"|\b(make|do|shoot|produce) (a |an |our |your )?(own )?(version|remake|adaptation)\b|\bversion together\b"
                        r"|\blicenci\w*|\blicencia\w*|\bderechos\b|\bco-?produc\w*|\bcoproduc\w*|\bnuestra version\b"
                        r"|授权|授權|版权|版權|引进|引進|(?<![适適])合拍|联合制作|聯合製作|共同制作|翻拍|改编|改編"
                        r"|라이선스|라이센스|판권|방영권|공동 ?제작|합작|리메이크"
                        # money put in to make it together ("돈 넣고 같이 만들고 싶음 … 방법 알려줘", fixG23)
                        r"|" + MADE_TOGETHER)
NEXT_ONE = re.compile(r"\bnext (event|one|edition|session|thing)\b"
                      # "the next hisda event", "the next hengdian one": the organiser named between
                      r"|\bnext (hisda|hengdian|alliance|studio|studios|big|official) (event|one|edition|session)s?\b|\bnext (upcoming|coming|scheduled|planned) (event|one|session)\b"
                      # "다음에 열리는 행사가 뭐니껴?": the next one said with a verb between
                      r"|다음에 (열리는|하는|있는|잡힌|예정된) (행사|일정)|\b(proxim[oa]|siguiente) (evento|edicion|sesion|actividad)\b|下一(个|场|届|次)活动?|下(个|场|次)活动"
                      # "¿y cuándo es el próximo?", "when's the next?": the noun left out
                      r"|\b(el|la) (proxim[oa]|siguiente)\b(?! (ano|mes|semana|vez|pagina|paso|dia|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b)"
                      r"|\bthe next\W*$"
                      # "¿qué es lo próximo que tienen?", "¿y lo siguiente que organizan?": the next
                      # thing, one, said as a neuter
                      r"|\blo (proxim[oa]|siguiente) que (tienen|tienes|hay|viene|organizan|hacen|arman|preparan|van a hacer)\b"
                      # "which event have you got next?", "what session do y'all run next?": the
                      # one event, "next" said after it ("what events next year?" is a list)
                      r"|\b(what|which)( kind of)? (event|session|one)\b[^?.!,]{0,30}\bnext\b(?! (year|month|week|time|spring|summer|fall|autumn|winter|season|quarter)\b)"
                      r"|\bque (evento|actividad|sesion) (tienen|hay|hacen|organizan|arman|preparan)( \w+)? (despues|a continuacion|ahora|enseguida)\b"
                      r"|接下来\S{0,6}(什么|啥|哪个|哪场)活动|(下面|接着|随后)(是|有|办)?(什么|啥|哪个|哪场)活动"
                      # "接下来最近的一件事是什么", "바로 다음에 잡혀 있는 거": the next thing held, an event
                      r"|接下来(最近的?)?(一)?(件|个|项)(事|安排)|(바로 )?다음에 (잡혀 있는|예정된|예정되어 있는) (거|것|일)"
                      r"|下一届|다음 (행사|회차)|가장 가까운 행사|最近的?一个活动|最近一场|제일 가까운 (다음 )?행사"
                      # "what's coming up next?", "¿qué es lo próximo?", "接下来有什么", "다음 일정은?"
                      r"|\b(coming )?up next\b|\bwhat'?s next\b|\blo (proximo|que sigue|siguiente)\b|\bque (sigue|viene ahora)\b"
                      r"|接下来(是|有|办)?(什么|啥)|다음 (일정|순서)"
                      # the first one coming, said without "next": "what's coming up first?", "the soonest
                      # event", "¿qué evento viene ahorita?", "el evento más próximo", "最近的一个活动是啥",
                      # "最早的那场", "다음으로 잡혀 있는 행사", "제일 먼저 열리는 행사"
                      r"|\b(coming up|happening|on|scheduled) first\b|\bfirst (event |one )?(coming up|on (the|your) (calendar|agenda|schedule))"
                      # "which is the soonest?", "and the earliest?" after the events: the noun left out
                      r"|\bthe (soonest|earliest)\W*$|\bwhich (one )?(is|comes|happens|'s) (the )?(soonest|earliest|first)\b"
                      r"|\b(soonest|earliest|nearest|closest) (upcoming |coming )?(event|one|session)\b|\bnext (on|in) (the|your) (calendar|agenda|schedule)\b"
                      r"|\bq(ue)? (evento|actividad|sesion) (viene|sigue|toca)\b|\b(evento|actividad) (mas )?(proxim[oa]|cercan[oa])\b"
                      r"|\bel (evento|siguiente evento) que (viene|sigue)\b|\b(el|la) (siguiente|proxim[oa]) (evento|sesion|actividad)\b"
                      # "다음 행사 뭐 있어요? 제일 가까운 거": the nearest one said after the question
                      r"|(제일|가장) (가까운|빠른|먼저 하는) (거|것|걸|건|게|행사|일정)"
                      # "近期最先举办的是哪项活动？": the one held first
                      r"|最先(举办|举行|开|办)|最早(举办|举行|开|办)的"
                      # "离现在最近的是哪个", "哪场最早" after the events: the nearest one
                      r"|(离现在|离今天|距今)?最近的(是)?(哪个|哪一个|哪场|哪一场|哪次)|哪(个|场|一个|一场)(离现在)?最(早|近|先)"
                      r"|最近的?(一个|一场|一次)活动|最近的活动是|"
                      # "最近有啥活动可以蹲一下吗？", "近期有什么活动值得冲": one to camp for soon, the next ("最近有咩活动可以参加"
                      # is the list of them)
                      r"(最近|近期|近来)有(啥|什么|没有|咩)(好)?活动(可以|能|值得)(蹲|冲)|最早的?(一个|一场|那场)?活动|(马上|即将)(要)?(办|举办|举行|开)的(一个|一场)?活动"
                      r"|다음으로 (잡혀|잡힌|예정|있는|열리는|하는|여는|열릴|진행하는|개최하는)|(가장|제일) (먼저|빨리|빠른|가까운) (열리는 |있는 |잡힌 )?(행사|일정)"
                      # the nearest date said ("가장 가까운 시일에 예정된 행사", "제일 임박한 행사", "바로 다음에 있는
                      # 행사", "lo primero que viene en su agenda"): the one event held first
                      r"|(가장|제일) ?(가까운|빠른|이른|임박한) ?(시일|시기|날짜|때|날)(에|로)? ?(예정된|열리는|있는|잡힌|잡혀 있는|하는)? ?(행사|일정|이벤트)"
                      r"|(가장|제일)? ?임박한 ?(행사|일정|이벤트)|바로 ?(다음에|다음|코앞에)? ?(있는|열리는|잡힌|예정된) ?(행사|일정|이벤트)"
                      r"|\blo primero que (viene|tienen|hay|sigue|organizan)\b"
                      # the one said alone after a list question: "¿qué eventos hay? el más próximo",
                      # "有什么活动？最近的那个"
                      r"|\bel mas (proxim|cercan)[oa]\b|\bla mas (proxima|cercana)\b|最(近|早)的?那(个|场|一场)"
                      # (soonest said as "fastest" too, and Cantonese "that": "最快嗰場係幾時"; para25)
                      r"|最(近|早|快|先)(的|嘅)?(那|嗰)(个|個|场|場|一场|一場)"
                      # "¿cuál es el más pronto?", "最近的一场是哪个": the soonest, said with "pronto" or a measure word
                      r"|\b(el|la) mas (pront[oa]|temprano)\b|最(近|早)的?(一场|一个|一次)(是)?(哪个|哪一个|哪场|哪一场|啥|什么)")

# The alliance's or the studio's own next doing, asked with the organisation named ("what's HISDA
# doing next?", "HISDA's next activity", "¿qué hace la HISDA próximamente?", "HISDA接下来有什么活动",
# "HISDA 다음 활동은 뭐예요?"): the next event on the calendar, the organisation being who holds them
ORGANISER_NEXT = re.compile(
    r"\b(doing|planning|hosting|organi[sz]ing|running|holding|up to|got) next\b|\bnext (activity|activities|gathering|meet-?up)\b"
    r"|\bnext (\w+ )?(event|activity|session)s?\b|\bwhat'?s (coming )?(up )?next\b|\bcoming up next\b"
    r"|\b(proxim[oa]s?|siguientes?) (eventos?|actividad(es)?|sesion(es)?|encuentros?)\b|\bproximamente\b|\bque sigue\b|\bque viene (despues|ahora)\b"
    r"|下一(个|场|届|次|项)(活动|行动|安排)?|接下来(有|要|会|准备)?(办|搞|做|举办)?(什么|啥|哪些)(活动)?|近期(有|要)?(什么|啥|哪些)?活动|(最近|近期)(要)?(办|举办|搞)(什么|啥)"
    r"|다음 (활동|행사|이벤트|일정|순서)|다음에 (뭐|무슨 ?행사|어떤 ?행사)|앞으로 (있을|열릴|예정된) (행사|활동|이벤트)")

# The next thing "you" hold, said with a verb of holding and no word for an event ("whats the
# next thing yer running", "what are y'all hosting next?", "¿qué es lo próximo que montáis?",
# "¿qué organizan ahora?", "你们下一个要搞的是什么", "你哋下一個搞咩", "다음에 여는 거 뭐예요",
# "담에 뭐 여노"): the people asked are who hold the events, so the first event coming (`NEXT_HELD`)
NEXT_HELD = re.compile(
    r"\bnext (thing|one|gig|do|shindig)\b[^?.!]{0,25}\b(running|hosting|holding|organi[sz]ing|putting on|throwing|staging|planning|laying on|doing)\b"
    r"|\b(what|which)( thing)?('re|'s| are| is| do| will)? (you|ya|ye|yall|y'all|yous|youse|u|you guys|you lot|you all|your team|your lot)"
    r"( guys| lot| all| folks)?( are| 're| re| r)? (running|hosting|holding|organi[sz]ing|putting on|throwing|staging|doing|planning) next\b"
    r"|\blo (proxim[oa]|siguiente) que (montan|montais|montas|organizais|organizas|preparais|preparas|hacen|haceis|van a (hacer|montar|organizar)|vais a (hacer|montar|organizar))\b"
    r"|\bque (montan|montais|organizan|organizais|preparan|preparais|van a (montar|organizar)|vais a (montar|organizar)) (ahora|despues|a continuacion|luego|enseguida|proximamente)\b"
    r"|下一(个|個|场|場|次|回)(你们|你哋|你地|您们)?(要|会|會)?(搞|办|辦|举办|舉辦|弄|开|開)(的)?(是)?(什么|啥|咩|乜|哪个|哪個)"
    r"|(你们|你哋|您们|贵方|貴方|你地)(下一(个|個|场|場|次|回)|接下来|接落嚟|之后|之後|跟住)(要|会|會|准备|準備)?(搞|办|辦|举办|舉辦|开|開)(啲|的)?(什么|啥|咩|乜|哪个|哪個)"
    r"|(다음에|담에|다음번에|담번에|이다음에) ?(여는|열|열리는|하는|할|진행하는|진행할|개최하는|준비하는|준비 ?중인|잡힌) ?(거|것|게|건|행사|일)"
    r"|(다음에|담에|다음번에|담번에) ?뭐 ?(여|열|진행|개최)")
# One of them asked for, though with a list word: "which is the soonest event?", "¿cuál es el más
# próximo?", "哪一个", "어느 거": with `NEXT_ONE`, that one event.
ERA_UNDECIDED = re.compile(
    r"\b(era|period|dynasty|epoch)\b.{0,30}\b(not (yet )?(decided|sure|set|fixed|chosen)|undecided|tbd)"
    r"|\b(haven'?t|have not|not yet|still not|didn'?t) (decided|picked|chosen|settled)( on)? (the |an? |which )?(era|period|dynasty)"
    r"|\b(epoca|periodo|dinastia)\b.{0,30}(no (la |lo )?(hemos|he) (decidido|definido|elegido)|sin definir|por definir|todavia no|aun no)"
    r"|(no (hemos|he) (decidido|definido|elegido)|sin definir|aun no sabemos)\b.{0,20}\b(la )?(epoca|periodo|dinastia)"
    r"|(朝代|年代|哪个朝|哪朝).{0,10}(没敲?定|未定|待定|还没想好|不确定|没想好|没确定)|(没敲?定|未定|不确定|没想好|没确定).{0,6}(朝代|年代|哪个朝)"
    r"|(왕조|시대|시기)\S{0,2} ?.{0,6}(아직 ?안 ?정|미정|정하지 않|안 정했|못 정|안 정해)")
"""The period not chosen yet ("we haven't decided on the dynasty, which set?", "王朝还没定，用哪个景",
"왕조는 아직 안 정했어요"): the guide of which set suits which period, not a record's status."""
EACH_COUNT = re.compile(
    r"\bhow many\b.*\beach\b|\beach\b.*\bhow many\b|\bcuant[oa]s\b.*\b(cada uno|cada una|de cada|respectivamente)\b"
    r"|各有?(几|多少)|各(是|为)?(几|多少)|分别(有|是)?(几|多少)|각각 ?몇|몇 (편|개)씩")
"""A count asked of each of several things named ("悬疑和爱情各有几部", "미스터리랑 로맨스 각각 몇 편",
"how many mystery and romance titles each?"): one count per thing, not one for them together."""
COUNT_ASKED = re.compile(
    r"^(and |so |ok |okay )?how many\b(?! (episodes?|eps|minutes|days|hours|people|persons|crew|years|times)\b)"
    r"|\bhow many (are there|is that|do you have|in total|altogether|of them|in all)\b|\b(in total|altogether)\?*$"
    r"|^¿?(y |entonces )?cuant[oa]s (hay|son|tienen|tenes|teneis|en total)\b|\ben total\?*$"  # ("¿cuántas son?")
    r"|一共(有)?(几|多少)|总共(有)?(几|多少)|(有|是)(几|多少)(个|部|家|场|处|项)(吗|呢|啊)?[？?]*$|^(几|多少)(个|部|家|场|处|项)"
    r"|(총|전부|모두|다 합쳐서|합쳐서) ?몇|^몇 (개|편|곳|군데|가지|건)|몇 (개|편|곳|군데|가지|건)(이에요|예요|인가요|있어요|있나요|임|이야|야|요)?[？?]*$")
"""How many there are ("how many are there?", "¿cuántos hay en total?", "一共几部？", "총 몇 편이에요?"):
right after a list, the size of that list (a count of episodes, days or people is a fact)."""
ONE_ASKED = re.compile(r"\bwhich (is|one|event|session)\b(?!s)|\bcual es\b|哪一?(个|场)|어느 (거|것|행사)"
                       # "最近有啥活动可以蹲一下吗？": one to go to soon (`NEXT_ONE`)
                       r"|(最近|近期|近来)有(啥|什么|没有|咩)(好)?活动(可以|能|值得)(蹲|冲)"
                       # "what's the next event y'all got coming up": one event, however listy the rest
                       r"|\bthe (very )?next (event|session|one|thing)\b|\b(el|la) (siguiente|proxim[oa]) (evento|sesion|actividad)\b"
                       # "what event you got next?": one event, "next" said after it (`NEXT_ONE`)
                       r"|\b(what|which)( kind of)? (event|session|one)\b[^?.!,]{0,30}\bnext\b(?! (year|month|week|time|spring|summer|fall|autumn|winter|season|quarter)\b)"
                       # "다음 행사 뭐 있어요?", dialect "다음 행사 뭐 있노?": the next event, one ("다음 행사들",
                       # "그 다음에 무슨 행사" ask the calendar after it)
                       # ("다음 행사는 뭐가 있슈?": the subject marker on what, fixT19)
                       r"|(?<!그 )\b다음 (행사|이벤트)(가|는|은)? ?(뭐가?|뭔가|무엇이?|머가?)\b")

# Asking about an event without naming one ("is there an info session for that?", "¿hay alguna
# jornada abierta?", "有开放日吗", "견학할 수 있는 행사가 있나요?"): the event of the record in focus,
# unless the partner asks for the events in general ("what events are coming up?").
EVENT_TALK = re.compile(r"\bevents?\b|\bsessions?\b|open (day|house)|\bvisit(?!ors?\b)|\btour\b|\bshowcase\b|eventos?\b|matchmaking"
                        # (the partner's own visitors, "our park's visitors", "nuestros visitantes", "방문객", are an audience, no visit; fixW16)
                        r"|\bsesion|jornada|\bvisita(?!ntes?\b)|\bencuentro|活动|说明会|开放日|参观(?!者|的人|的游客)|见面会|对接会|洽谈会|행사|설명회|오픈 ?데이|견학|방문(?!객|자)|매칭"
                        # a day to go and see it in person ("can we come see it in person some day?",
                        # "¿hay algún día para ir a verlo?", "什么时候可以去现场看", "직접 가서 볼 수 있는 날"):
                        # a visit, which an event is
                        r"|\b(see|check out|look at|tour)\b[^?.!]{0,30}\bin person\b|\bin person\b[^?.!]{0,20}\b(see|look|visit)\b"
                        r"|\b(come|go|drop by|stop by|swing by) (and |to )?(see|check out|look at)\b[^?.!]{0,30}\b(day|date|when)\b"
                        r"|\b(when|what day) (can|could) (we|i) (come|go|drop by|stop by) (and |to )?(see|check out|look at)\b"
                        r"|\b(ir|venir|pasar) a (ver|conocer)(lo|la|los|las)?\b[^?.!]{0,30}\ben persona\b|\bver(lo|la)? en persona\b"
                        r"|\bdias? (para|de|en que se puede|que se pueda) (ir|venir|pasar) a (ver|conocer)"
                        r"|\bcuando (podemos|puedo|se puede) (ir|venir|pasar) a (ver|conocer)"
                        r"|(去|来|到)(现场|实地|棚里|那边)(看|参观|瞧|观摩)|(可以|能)(去|来)(现场|实地)?(看看|参观|观摩)"
                        r"|(가서|와서|직접) ?(볼|보는|구경|보러)|보러 (갈|가는|와도|가도)|(볼|구경할|견학할|방문할|가 볼) 수 있는 (날|때|일정|행사)")
# A kind of event said by what is done at it, not the word "event": a casting or an audition
# ("¿y cuándo es el casting ese en los sets nuevos?", "选角是哪天", "캐스팅은 언제예요?"). Of a
# record in focus or named (a set), the event held at it (`Router._tied_events`).
EVENT_KIND_TALK = re.compile(r"\bcastings?\b|\bauditions?\b|\baudicion(es)?\b|\bprueba(s)? de (actores|casting|camara)\b"
                             r"|选角|试镜|海选|캐스팅|오디션")
# Something done together with a company, asked without a word for an event ("are you doing
# anything together with them next year?", "¿tienen algo armado con ellos?", "跟他们有啥合作吗",
# "거기랑 같이 하는 거 있어요?"): of a partner named or in focus, the events held with it
JOINT_PLANS = re.compile(r"\b(anything|something|stuff|plans?)( [\w']+){0,3} (together |jointly )?with (them|it|those guys|that (company|platform|studio))\b"
                         r"|\b(doing|do|planning|plan|running|hosting|organi[sz]ing) (anything|something) (together|jointly)\b"
                         r"|\b(hacen|haran|tienen|preparan|organizan|planean) algo (juntos|en conjunto|con ell[oa]s)\b"
                         r"|\balgo (armado|planeado|previsto|programado|organizado|en conjunto|juntos) con ell[oa]s\b"
                         r"|\b(tienen|hay) algo (armado|planeado|previsto|programado|organizado|en conjunto|juntos)\b"
                         r"|(跟|和|与|同)(他们|她们|他家|它|对方|这家|那家|人家)(有|会|还有|一起|合作|联合|搞|办)"
                         r"|(거기|그쪽|그 회사|그 플랫폼|그 업체|걔네|그분들)(랑|이랑|하고|와|과) ?(같이|함께|공동으로) ?(하는|할|진행하는|진행할|여는|열|준비하는|준비 중인) ?(거|것|게|일|계획|프로그램)")
GENERAL_EVENTS = re.compile(r"\b(all|upcoming|other|next|any other) events\b|\bevents (are )?(coming|on|planned)|what('s| is) on\b|\b(anything|something|much) (going )?on (in|for|during) (20\d\d|this year|next year)\b"
                            # "what events do you have coming up next year?": which there are, as "qué eventos", "哪些活动"
                            r"|\b(what|which) (kinds? of )?events\b"
                            r"|event-?wise|proximos eventos|que eventos|todos los eventos|otros eventos|哪些活动|什么活动|所有活动"
                            r"|其他活动|别的活动|活动(安排|日程|列表)|어떤 행사들|행사 (일정|목록)|다른 행사|모든 행사"
                            # "올해 어떤 행사가 있나요?", "무슨 행사 잡혀 있어요?": which events there are
                            r"|(어떤|무슨) ?행사(가|들이|들)? ?(있|잡혀|열리|예정)")

# Other events besides the one in focus, asked in the plural or with "else" ("what other events
# come after that?", "what else is on after that?", "¿qué otros eventos tienen después de ese?",
# "그 다음에 또 무슨 행사들 있어요?", "그다음에는 무슨 행사 있어요?", "后面还有什么活动"): the calendar,
# though "that" points back at the event answered (the singular, "the one after that", is the next
# event).
OTHER_EVENTS = re.compile(r"\b(other|more|further) events\b|\bany more events\b|\botros eventos\b|\bmas eventos\b"
                          r"|\bwhat else (is|'s) (on|coming|happening|planned|lined up)\b|\bwhat else (have|do) you (got|have) (on|coming|planned|lined up)\b"
                          r"|\banything else (on|coming|happening|planned|lined up)\b|\bque mas (hay|tienen|tenes|teneis) (despues|luego|mas adelante)\b"
                          r"|(어떤|무슨|다른) 행사들|(그 ?다음에?|그 ?후에?|이후에?)(는|도)? (또 )?(어떤|무슨) 행사|또 (어떤|무슨) 행사|다른 행사(들|도|는)"
                          r"|(还有|又有|另外有)(什么|哪些|别的|其他)活动|(其他|别的|其它)(的)?活动"
                          r"|(后面|之后|接下来|往后|再往后)(还|又)?有(什么|哪些|别的|其他)?活动")


# What comes next, asked with no noun ("what else comes after that?", "and what's after that?",
# "y después qué viene", "¿qué más hay después?", "再后面还有哪些", "之後還有啥", "그다음엔 뭐 있어요",
# "그 후에는 뭐가 있나요"): with an event, a programme or our calendar just talked about, the events
# after it (the router checks the focus; "the one after that" is one event, see `_AFTER`).
_THAT_ES = r"(?:eso|ese|esa|esos|esas|esto|este|esta)"
COMES_AFTER = re.compile(r"\bwhat(?: else)?(?:'s| is| comes?| happens?| is on| 's on| is coming| 's coming| is planned| coming| on)(?: up| next)? after (?:that|this|it|those|them)\b"
                         # "what events are coming up after that?", "which events come after it?", "any events after that one?"
                         r"|\b(?:what|which|any)(?: else| other| more)? (?:events?|things|activities|stuff)\b[^.?!]{0,30}?\bafter (?:that|this|it|those|them)\b"
                         r"|\bwhat else comes(?: up)? (?:after|later|next)\b|^\W*(?:and|so) (?:then |after that )?what(?:'s| is)? (?:after that|next)\W*$"
                         # "anything after that?", "and after that?", "ok and after that what else is there"
                         r"|\banything(?: else)?(?: on| coming(?: up)?| planned| lined up)? after (?:that|this|it)\b"
                         r"|^\W*(?:(?:and|so|ok(?:ay)?|right)\W+)+(?:then )?after (?:that|this|it)(?: one)?\W*$"
                         r"|\bafter (?:that|this|it)(?: one)?,? what(?: else)?(?:'s| is| comes| do you have| have you got)\b"
                         # "what follows it?", "and what follows?"
                         r"|\bwhat (?:event )?(?:follows|comes next after)(?: (?:it|that|this)(?: one)?)?\W*$"
                         # (not a next step to take: "y después qué hay que hacer", "之后是什么流程", "그다음엔 뭐 해야 돼요")
                         # "y q viene después de eso", "y luego q sigue", "¿y de ahí qué más hay?", "¿después de
                         # ese cuál viene?", "¿y después de eso qué onda?", "¿y qué más viene?"
                         rf"|\b(?:despues|luego|de ahi)(?: de {_THAT_ES})?[\s,¿]+(?:que|cual) (?:mas |otro |otra )?(?:viene|hay(?! que)|sigue|tienen(?! que)|onda|mas)\b"
                         rf"|\bque (?:mas |otra cosa |otro )?(?:viene|hay|sigue|tienen) (?:despues|luego|mas adelante)\b(?! (?:de (?!{_THAT_ES}\b)|que ))"
                         r"|\by que mas (?:viene|sigue)\b"
                         # "¿qué eventos hay después de ese?", "¿y qué otros eventos vienen luego?"
                         rf"|\bque (?:otros |mas )?eventos (?:mas )?(?:hay|vienen|siguen|tienen|quedan)(?: (?:mas|otros))? (?:despues|luego|mas adelante)\b(?! (?:de (?!{_THAT_ES}\b)|que ))"
                         rf"|^\W*y (?:ya )?(?:despues|luego|de ahi)(?: de {_THAT_ES})?\W*$"
                         # "然后还有什么", "那个完了还有啥", "这个结束以后还有哪些" (as 之后 and 后面)
                         r"|(?:再后面|再往后|后面|之后|接下来|再之后|往后|後面|之後|接下來|再後面|然后|然後|以后|以後|完了|结束后|结束了)(?:呢)?[，,]?(?:还|又|還)?(?:有|是)(?:哪些|什么|啥|些啥|些什么|别的|其他|甚麼|什麼|別的|哪个|哪一个|哪场|哪個|哪場)"
                         r"(?!(?:的)?(?:步骤|流程|手续|要求|材料|程序|环节|步驟|手續|要求|材料))"
                         # "那之后呢？", "然后呢", "後面呢"
                         r"|^\W*(?:那|那个|那個|这个|這個)?(?:再后面|再往后|后面|之后|接下来|再之后|往后|後面|之後|接下來|然后|然後|以后|以後)(?:的)?呢\W*$"
                         # "그 뒤로는 뭐 있어요", "그거 끝나면 뭐 있어요", "그담엔 뭐 있어"
                         r"|(?:그 ?다음|그 ?담|그 ?후|그 ?뒤|이후|끝나(?:면|고 나면|고 나서|고))(?:에|엔|에는|으로|으론|로|로는|은|는)? ?(?:또 )?(?:뭐|무엇|뭔|어떤 거|어떤 게|어떤 행사|무슨 행사)"
                         r"(?!(?:를|을|가|이)? ?(?:해야|하면|하나|하죠|해요|준비|필요|내야|제출))")

# What comes after the event in focus, asked of all of them or with "else": what is on, there or
# left ("what else is on after that?", "anything after that?", "¿qué más hay después?", "¿qué otros
# eventos tienen?", "之后还有哪些", "那之后还有啥活动", "그 다음엔 뭐 있어요?", "또 어떤 행사들"): the
# calendar. Asked what comes or follows ("what comes after that?", "¿después de ese cuál viene?", "那之后呢",
# "그 다음은 뭐예요?"), the one event after it (see `Router.event_after_focus`).
AFTER_ALL = re.compile(r"\b(else|all|others?|events|which ones|anything|any more|on|lined up|planned|left)\b"
                       r"|\bwhat (do|have) you (got|have)\b|\byou (got|have)\b"
                       # (Spanish asks the calendar with "qué" too: "¿y q viene después de eso?" is the
                       # list in answer set 18; "¿cuál viene?", "¿y el siguiente?" is one event)
                       r"|\b(mas|otr[oa]s|tod[oa]s|cuales|eventos|hay|tienen|tenes|quedan?|que|q)\b"
                       r"|^\W*y (?:ya )?(?:despues|luego|de ahi)\W*$"
                       r"|哪些|还有|還有|又有|都|所有|全部|些|别的|其他|其它|活动们"
                       r"|있어|있나|있음|있습|있을|있는|들(?!\w)|또 |전부|모두|다른|뭐뭐|남은")

# Where the partner is ("we're based in Seoul", "somos de Medellín", "我们在首尔", "서울에 있는
# 제작사"): a city named so is their place, not a filter on events held there.
# The writer's own place or company said as who they are, in words BASED_IN and INTRODUCTION share
_ROLE_NOUN = (r"(?:producers?|production (?:company|house|outfit)|distributors?|distribution company|studios?|compan(?:y|ies)"
              r"|teams?|outfits?|firms?|agenc(?:y|ies)|writers?|screenwriters?|directors?|creators?|shops?|houses?"
              r"|platforms?|showrunners?|filmmakers?|broadcasters?|channels?|startups?|labels?|buyers?|sales agents?)")
_OWN_PLACE = (r"\b[a-z]+(?: [a-z]+)?[- ]based (?:[a-z-]+ ){0,3}?" + _ROLE_NOUN + r"\b"
              r"|\b(?:trabajo|laburo|trabajamos|laburamos) (?:en|para|con) (?:una?|el|la) \w+"
              r"|\b(?:les |te )?(?:escribo|escribimos|saludo|saludamos) (?:desde|de) (?!parte\b)"
              r"|\b(?:tengo|tenemos|dirijo|dirigimos|manejo|manejamos) una? (?:pequena |chica )?(?:productora|distribuidora|empresa|compania"
              r"|casa productora|agencia|plataforma|estudio|canal)\b"
              # ("我在新加坡做短剧发行", "我们在曼谷搞发行": the writer's own trade, where it is done)
              r"|我们公司在|(?:我|我们|我司|本人)(?:现在|目前|一直)?在.{1,20}(?:工作|上班|做|搞|从事|经营|开)"
              r"|(?:에 있는|의) [\w ]{0,12}?(?:제작사|회사|스튜디오|배급사|프로덕션)(?:에서|에) ?(?:일하|일해|일합|근무|다니|다녀)")
BASED_IN = re.compile(r"\bbased (in|out of)\b|\b(we'?re|we are|i'?m|i am) (in|from)\b|\b(somos|estamos|soy|estoy) (de|en)\b"
                      r"|\b(soy|somos) (una? )?\w+ (de|en|desde)\b"
                      r"|\bsomos una? \w+ de\b|我们在|我在|我人在|我们人在|我们是.{0,10}(公司|团队|的)|에 있는|에서 왔|에서 온|소재"
                      # "我是智利圣地牙哥的制片", "저는 리마에 있어요": one person's own place
                      r"|我是(?!想|要|来问|问).{1,12}的.{0,4}(?:制片|製片|导演|導演|编剧|編劇|演员|演員|发行|發行|公司|团队|團隊|工作室|监制|監製|人|方|商|师|師|者)|(?:저는|전|제가|저희는|저흰|저희|지금)\s?[\w ]{1,20}?에(?:서)? (?:있어|있습니|있음|살|일하|지내)"
                      # where they live or work now ("we live in Hamburg now", "vivimos en Lisboa", "现在住在柏林")
                      r"|\b(we|i) (now |currently )?(live|work) (in|out of)\b|\b(vivimos|vivo|residimos|resido|trabajamos) en\b"
                      r"|\b(radicad|afincad|instalad)[oa]s? en\b|住在|现在在|现居|而家喺|我喺|我哋喺"
                      # where the writer's own company is, said as who they are ("London based distributor
                      # here", "a Lagos-based studio", "laburo en una productora de Rosario", "escribo desde
                      # Medellín", "我们公司在成都", "서울에 있는 제작사에서 일해요")
                      r"|" + _OWN_PLACE)

# Countries partners name, beyond what Babel's territory names cover (demonyms, short forms).
COUNTRY_WORDS: dict[str, str] = {
    "korea": "KR", "korean": "KR", "koreans": "KR", "k-drama": "KR", "corea": "KR", "coreano": "KR",
    "coreana": "KR", "coreanos": "KR", "coreanas": "KR", "韩国": "KR", "南韩": "KR", "한국": "KR",
    "surcoreano": "KR", "surcoreana": "KR", "surcoreanos": "KR", "surcoreanas": "KR", "corea del sur": "KR",
    "south korea": "KR", "south korean": "KR", "남한": "KR",
    "china": "CN", "chinese": "CN", "chino": "CN", "china's": "CN", "chinas": "CN", "chinos": "CN",
    "中国": "CN", "国内": "CN", "중국": "CN",
    "spain": "ES", "espana": "ES", "西班牙": "ES", "스페인": "ES",
    "mexico": "MX", "mexican": "MX", "mexicano": "MX", "mexicana": "MX", "墨西哥": "MX", "멕시코": "MX",
    "usa": "US", "us": "US", "america": "US", "american": "US", "estados unidos": "US", "美国": "US",
    "미국": "US", "japan": "JP", "japanese": "JP", "japon": "JP", "日本": "JP", "일본": "JP",
    "colombia": "CO", "argentina": "AR", "chile": "CL", "peru": "PE", "brasil": "BR", "brazil": "BR",
}
_COUNTRY_RE = re.compile(r"(?<![a-z])(" + "|".join(sorted(map(re.escape, COUNTRY_WORDS), key=len, reverse=True))
                         + r")(?![a-z])")
COUNTRY_NAMED = _COUNTRY_RE
"""A country word of `COUNTRY_WORDS` in folded text (any script)."""


# A market or region is not a country: "a Latin American audience" is not the United States.
REGIONS = re.compile(r"latin ?americ\w*|south americ\w*|north americ\w*|central americ\w*|latinoameric\w*"
                     r"|hispanoameric\w*|iberoameric\w*|sudameric\w*|centroameric\w*|norteameric\w*|america latina"
                     r"|拉美|拉丁美洲|南美|北美|中南美|중남미|남미|북미|라틴 ?아메리카")
# A continent named ("any events in Europe?", "¿algo en Europa?", "欧洲有活动吗", "유럽에서 하는
# 행사"): the IANA zone prefixes of its countries (Latin America is a market: `REGIONS`, topics).
CONTINENTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    # (the place, not its adjective: "a European company" says who writes, not where)
    (re.compile(r"\beurop(e|a)\b|欧洲|歐洲|유럽"), ("Europe/",)),
    (re.compile(r"\bafrica\b|非洲|아프리카"), ("Africa/",)),
    (re.compile(r"\boceania\b|\baustralasia\b|大洋洲|오세아니아"), ("Australia/", "Pacific/")),
    # a region, by the zones of its countries
    (re.compile(r"\bsouth[- ]?east(ern)? asia\b|\bs\.?e\.? asia\b|\b(sudeste|sureste) (de )?asia(tico)?\b|\basia (sudoriental|del sudeste|del sureste)\b"
                r"|东南亚|東南亞|동남아"),
     ("Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Saigon", "Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura",
      "Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Kuching", "Asia/Manila", "Asia/Phnom_Penh", "Asia/Vientiane",
      "Asia/Yangon", "Asia/Rangoon", "Asia/Brunei", "Asia/Dili")),
)


CONTINENT_NAMES: dict[str, dict[str, str]] = {
    "Europe/": {"en": "Europe", "es": "Europa", "zh": "欧洲", "ko": "유럽"},
    "Africa/": {"en": "Africa", "es": "África", "zh": "非洲", "ko": "아프리카"},
    "Australia/": {"en": "Oceania", "es": "Oceanía", "zh": "大洋洲", "ko": "오세아니아"},
    "Asia/Bangkok": {"en": "Southeast Asia", "es": "el Sudeste Asiático", "zh": "东南亚", "ko": "동남아시아"},
}


def continent_named(text: str, lang: Lang) -> tuple[tuple[str, ...], str] | None:
    """The zone prefixes of the continent a message names and its name in `lang` ("Europa"),
    or None."""
    folded = fold(text)
    for pattern, prefixes in CONTINENTS:
        if pattern.search(folded):
            return prefixes, CONTINENT_NAMES[prefixes[0]][lang]
    return None


# Ambiguous as a country in running text ("Chad", "Jordan", "가나다"): left to COUNTRY_WORDS.
_NOT_A_COUNTRY = frozenset({"chad", "jersey", "turkey", "georgia", "jordan", "guernsey", "niger", "mali",
                            "oman", "man", "togo", "guinea", "dominica", "monaco", "gambia", "reunion", "granada", "guadalupe",
                            "가나", "말리", "차드", "기니", "토고", "인도", "니제르", "요르단", "오만", "수단", "이란",
                            # Guernsey and Jersey in Hangul are endings and words of every sentence: "어떤
                            # 프로그램에 대한 건지 궁금해요" (whether it is), "저지" (to stop) (fixG23)
                            "건지", "저지"})
# Demonyms partners use for countries Babel names ("South African partners", "empresas nigerianas").
DEMONYMS: dict[str, str] = {
    "south african": "ZA", "sudafricano": "ZA", "sudafricana": "ZA", "sudafricanos": "ZA",
    "sudafricanas": "ZA", "남아공": "ZA", "nigerian": "NG", "nigeriano": "NG", "nigeriana": "NG",
    "nollywood": "NG", "german": "DE", "aleman": "DE", "alemana": "DE", "french": "FR", "frances": "FR",
    "francesa": "FR", "british": "GB", "uk": "GB", "britanico": "GB", "indian": "IN", "bollywood": "IN",
    "brazilian": "BR", "brasileno": "BR", "brasilena": "BR", "argentinian": "AR", "argentine": "AR",
    "argentino": "AR", "chilean": "CL", "chileno": "CL", "chilena": "CL", "colombian": "CO",
    "colombiano": "CO", "colombiana": "CO", "peruvian": "PE", "peruano": "PE", "peruana": "PE",
    "taiwanese": "TW", "taiwan": "TW", "台湾": "TW", "대만": "TW", "hong kong": "HK", "香港": "HK",
    "홍콩": "HK", "thai": "TH", "vietnamese": "VN", "filipino": "PH", "australian": "AU",
    "canadian": "CA", "italian": "IT", "italiano": "IT", "italiana": "IT", "uruguayo": "UY",
    "uruguayan": "UY", "venezolano": "VE", "ecuatoriano": "EC",
    # Spanish plurals and feminines ("productores uruguayos", "cineastas mexicanas"), short forms ("印尼")
    "uruguaya": "UY", "uruguayos": "UY", "uruguayas": "UY", "venezolana": "VE", "venezolanos": "VE",
    "ecuatoriana": "EC", "ecuatorianos": "EC", "mexicanos": "MX", "mexicanas": "MX", "argentinos": "AR",
    "argentinas": "AR", "chilenos": "CL", "chilenas": "CL", "colombianos": "CO", "colombianas": "CO",
    "peruanos": "PE", "peruanas": "PE", "brasilenos": "BR", "brasilenas": "BR",
    "印尼": "ID", "indonesian": "ID", "indonesio": "ID", "indonesia": "ID", "인니": "ID",
}


# English adjectives of countries that name languages as well ("do you have it in Russian?" asks a
# language, no country)
_LANGUAGE_DEMONYMS = frozenset({"russian", "albanian", "mongolian", "romanian", "bulgarian", "croatian", "serbian",
                                "slovenian", "estonian", "latvian", "georgian", "armenian", "somalian", "malaysian",
                                "catalan", "bosnian", "macedonian", "slovakian", "lithuanian", "indian", "korean"})


@lru_cache(maxsize=1)
def _country_re() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every country's name in the four languages (CLDR territory names via Babel), demonyms and
    short forms: "South Africa", "Sudáfrica", "南非", "남아프리카 공화국", "South African"."""
    from babel import Locale

    words: dict[str, str] = {}
    for lang in ("en", "es", "zh", "ko"):
        for code, name in Locale.parse(lang).territories.items():
            if not (len(code) == 2 and code.isalpha()) or code in ("EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"):
                continue
            for form in {fold(name), fold(name).replace(" ", "")}:
                if form not in _NOT_A_COUNTRY and len(form) >= (2 if not form.isascii() else 4):
                    words.setdefault(form, code)
    for code, name in Locale.parse("en").territories.items():
        # the English adjective of a country named "-a" ("Kenyan", "Ugandan", "Tanzanian"), and its
        # people ("Kenyans"); not those that are the names of languages too ("Russian")
        form = fold(name)
        if len(code) == 2 and code.isalpha() and form.endswith("a") and " " not in form and len(form) >= 4 \
                and form + "n" not in _LANGUAGE_DEMONYMS:
            for adjective in (form + "n", form + "ns"):
                words.setdefault(adjective, code)
    words.update(DEMONYMS)
    words.update(COUNTRY_WORDS)
    # (a demonym's English plural, "Brazilians", "Peruvians", is its people too)
    pattern = re.compile(r"(?<![a-z])(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
                         + r")(?:(?<=[a-z]an)s)?(?![a-z])")
    return pattern, words


def country_pattern() -> re.Pattern[str]:
    """A country's name, demonym or short form anywhere in a folded text."""
    return _country_re()[0]


def country_vocabulary() -> dict[str, str]:
    """Every word (folded) that names a country, to its ISO code."""
    return _country_re()[1]


# Adjectives a description uses for a country that are no filter in a question ("Spanish" is a
# language too): used to find what comes closest when no partner is based there.
MENTIONS: dict[str, tuple[str, ...]] = {
    "ES": ("spanish", "espanol", "espanola", "espanoles", "espanolas", "西班牙", "스페인"),
    "KR": ("korean", "coreano", "coreana", "韩国", "한국"),
    "MX": ("mexican", "mexicano", "mexicana"),
    "ZA": ("south african", "sudafricano", "sudafricana", "남아공", "남아프리카"),
}


# A country's culture a story names it by, beyond its names and cities ("a K-pop idol").
STORY_MARKS: dict[str, tuple[str, ...]] = {
    "KR": ("k-pop", "kpop", "케이팝", "k팝", "韩流", "한류"),
    "JP": ("anime", "j-pop", "manga", "动漫", "애니메이션"),
    "MX": ("mariachi", "lucha libre"),
}


@lru_cache(maxsize=64)
def story_words(country: str) -> re.Pattern[str]:
    """What names a country in a story: its names (`facts.country_words`), the cities of its time
    zones in four languages (CLDR: "Seoul", "Seúl", "首尔", "서울") and its pop culture."""
    from babel import Locale
    from babel.core import get_global

    from intents.facts import country_words

    names = {country_words(country).pattern}
    words: set[str] = set(STORY_MARKS.get(country, ()))
    for zone in get_global("territory_zones").get(country, ()):
        words.add(fold(zone.rpartition("/")[2].replace("_", " ")))
        for lang in ("es", "zh", "ko"):
            city = Locale.parse(lang).time_zones.get(zone, {}).get("city")
            if city:
                words.add(fold(city))
    extra = "|".join(sorted((re.escape(w) for w in words if len(w) >= 2), key=len, reverse=True))
    return re.compile(names.pop() + (rf"|(?<![a-z])({extra})(?![a-z])" if extra else ""))


# Characters of Spain named by the adjective that is the language's name too ("Spanish leads",
# "protagonistas españoles", "a hero who's Spanish"): a country asked of the stories, where
# "Spanish" alone is no country (a version's language, a market). Matched on folded text.
_CHARACTER_WORDS = r"(?:characters?|leads?|protagonists?|heroines?|heroes?|main roles?)"
SPANISH_CHARACTERS = re.compile(
    r"\bspanish (?:lead |main |leading |central |female |male )?" + _CHARACTER_WORDS + r"\b"
    r"|\b" + _CHARACTER_WORDS + r"\b.{0,16}\b(?:is|are|who'?s|who is|who are) (?:an? )?spanish\b"
    r"|\b(?:personajes?|protagonistas?|heroinas?|heroes?|papeles)(?: (?:principal|principales|central|centrales))? espanol(?:a|es|as)?\b"
    r"|\b(?:personajes?|protagonistas?)\b.{0,20}\b(?:sea|es|son|sean|fuera|fueran) espanol(?:a|es|as)?\b")


@lru_cache(maxsize=READINGS_KEPT)
def country_named(text: str) -> str | None:
    """ISO code of a country the message names ("partners from Korea" → KR), else None; "Spain"
    in "Port of Spain" names no country (a city's name, see `timezones.in_foreign_place`)."""
    from intents.timezones import in_foreign_place

    pattern, words = _country_re()
    folded = REGIONS.sub(" ", fold(without_pronoun_us(text)))
    return next((words[m.group(1)] for m in pattern.finditer(folded)
                 if not in_foreign_place(folded, m.start(), m.end(), words[m.group(1)])), None)


# What may stand between two values of one filter that the message asks about together ("Korea
# and Spain", "de Corea y de España", "韩国和西班牙", "한국이랑 스페인", "Korea or Japan"): a
# connective and the little words that repeat the preposition, nothing that asks or says more.
VALUES_JOINED = re.compile(
    r"^\W*(?:(?:and|or|plus|as well as|y|e|o|u|ni|ademas de|asi como|和|跟|与|与|及|以及|或|或者|还是|还有|"
    r"랑|이랑|하고|와|과|및|이나|나|그리고|또는|아니면|혹은)\W*)+"
    r"(?:(?:de|del|from|in|en|the|la|el|los|las|based in|con sede en)\s+)*$")


def countries_joined(text: str, limit: int = 3) -> list[str]:
    """The countries (ISO codes, in order) a message names together, joined by a connective
    ("any partners from Korea and Spain?", "¿socios de Corea y de España?", "韩国和西班牙的伙伴",
    "한국이랑 스페인 파트너"): each is asked about, not only the first. One country, or countries
    apart ("we're a Spanish studio, any partners in Korea?"), give a list of fewer than two."""
    from intents.timezones import in_foreign_place

    pattern, words = _country_re()
    folded = REGIONS.sub(" ", fold(without_pronoun_us(text)))
    found = [m for m in pattern.finditer(folded)
             if not in_foreign_place(folded, m.start(), m.end(), words[m.group(1)])]
    for i, first in enumerate(found):
        codes, last = [words[first.group(1)]], first
        for m in found[i + 1:]:
            if not VALUES_JOINED.match(folded[last.end():m.start()]):
                break
            codes.append(words[m.group(1)])
            last = m
        if len(unique := list(dict.fromkeys(codes))) > 1:
            return unique[:limit]
    return []


_PRONOUN_US = re.compile(r"\b(us|Us)\b")


def without_pronoun_us(text: str) -> str:
    """`text` with the pronoun "us" blanked (same length): "does that get us a break?" names no
    country; the United States is written "US" (or "USA", "America")."""
    return _PRONOUN_US.sub("  ", text)


# World regions a partner may ask about ("partners in Africa?", "¿socios en Europa?", "非洲有合作伙伴吗",
# "유럽 파트너 있어요?"), as CLDR region codes with Babel's names in the four languages. Latin
# America is left out: ties with it are a FAQ of their own (`LATAM_REGION`).
REGION_CODES = ("002", "150", "142", "021", "009")
LATIN_AMERICA = "419"  # CLDR's Latin America, asked of partners only (`router.latam_partners`)
# Each region's time zone areas; a country is in the first region (this order) that one of its
# CLDR zones lies in: Spain (Africa/Ceuta, Europe/Madrid) is European, Russia too, Egypt African.
REGION_AREAS = {"150": ("Europe/",), "142": ("Asia/",), "002": ("Africa/",),
                "021": ("America/",), "009": ("Australia/", "Pacific/")}
_LATIN_AMERICAN_ZONES_OUTSIDE = frozenset({"US", "CA", "GL", "BM", "PM"})  # the America/ zones of Northern America
_REGION_EXTRA = {"north america": "021", "norteamerica": "021", "america del norte": "021", "北美": "021",
                 "北美洲": "021", "북미": "021", "북아메리카": "021"}


REGION_DEMONYMS = {**dict.fromkeys(("african", "africano", "africana", "africanos", "africanas"), "002"),
                   **dict.fromkeys(("european", "europeo", "europea", "europeos", "europeas"), "150"),
                   **dict.fromkeys(("asian", "asiatico", "asiatica", "asiaticos", "asiaticas"), "142"),
                   **dict.fromkeys(("north american", "norteamericano", "norteamericana", "norteamericanos"), "021")}
# "아시아 말고 북미 쪽", "besides Asia, any in Europe?", "除了亚洲": a region set aside is not the one asked
_REGION_ASIDE_BEFORE = re.compile(r"(besides|other than|apart from|except|aparte de|ademas de|fuera de|除了)\W*$")
_REGION_ASIDE_AFTER = re.compile(r"^\W*(말고|빼고|외에|以外|之外)")


@lru_cache(maxsize=1)
def _region_re() -> tuple[re.Pattern[str], dict[str, str]]:
    from babel import Locale

    words = {fold(Locale.parse(lang).territories[code]): code for code in REGION_CODES
             for lang in ("en", "es", "zh", "ko")}
    words.update(_REGION_EXTRA)
    words.update(REGION_DEMONYMS)
    pattern = re.compile(r"(?<![a-z-])(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
                         + r")(?![a-z-])")
    return pattern, words


def region_named(text: str) -> str | None:
    """CLDR code of a world region the message names ("partners in Africa" → "002"), else None."""
    pattern, words = _region_re()
    folded = fold(text)
    for found in pattern.finditer(folded):
        if not (_REGION_ASIDE_BEFORE.search(folded[:found.start()]) or _REGION_ASIDE_AFTER.search(folded[found.end():])):
            return words[found.group(1)]
    return None


@lru_cache(maxsize=512)
def in_region(country: str, region: str) -> bool:
    """Is the country (ISO code) in the region (CLDR code)? By the area of its CLDR time zones."""
    from babel.core import get_global

    zones = get_global("territory_zones").get(country, ())
    for code, areas in REGION_AREAS.items():
        if any(z.startswith(areas) for z in zones):
            if code == "021" and country not in _LATIN_AMERICAN_ZONES_OUTSIDE:
                return region == LATIN_AMERICA  # Latin America: only asked as such (`latam_partners`)
            return code == region
    return False


# Ties with Latin America asked about ("what do you do with Latin America?", "¿qué colaboraciones
# tienen con Latinoamérica?", "你们跟拉美有什么合作", "중남미랑은 어떤 협력"): a region and a word
# of working together, read on the folded text.
# ("el mercado hispano", "Hispanic audiences": the Spanish-speaking Americas said by their language)
# People or countries said by the Spanish they speak ("la gente que habla castellano", "viewers who
# speak Spanish"): the Spanish-speaking public, a market
SPANISH_SPEAKERS = re.compile(r"\b(gente|publico|personas|paises|espectadores|audiencias?|raza|paisanos) (que )?hablan? (en )?(castellano|espanol)\b"
                              # "los países donde se habla español", "lugares en que se habla castellano"
                              r"|\b(paises|lugares|sitios|territorios|mercados|donde|partes) (donde |en (los |las )?que |en donde )?se habla (el )?(castellano|espanol)\b"
                              r"|\b(people|viewers|audiences?|countries) (who|that) speaks? spanish\b"
                              # "讲西语的观众", "스페인어 쓰는 시청자": the public by the language it speaks
                              r"|(讲|说|會講|会讲|会说|講)西(班牙)?语的?(观众|人|用户|市场|国家)"
                              r"|스페인어(를)? ?(쓰는|하는|사용하는) ?(시청자|관객|사람|국가|시장)")
LATAM_REGION = re.compile(r"\blatin ?americ\w*|\blatam\b|latinoamerica\w*|america latina|hispanoamerica\w*"
                          r"|\bhispan(o|a|os|as|ic)\b|hispanohablante\w*|spanish[- ]?speaking|西语(市场|观众|地区)|스페인어권"
                          # "spanish-language markets", "mercados de habla hispana", "西班牙语市场", "스페인어 시장"
                          r"|spanish[- ]language (markets?|audiences?|viewers?|territor\w*|world)|de habla (hispana|castellana)"
                          r"|西班牙语(市场|观众|地区|国家)|스페인어 ?(시장|국가)"
                          r"|拉美|拉丁美洲|中南美|南美|중남미|남미|라틴 ?아메리카|라틴 ?아메리카"
                          # the south said as such, and its people by the language they speak ("allá por
                          # Sudamérica", "la gente que habla castellano", "Spanish-speaking viewers")
                          r"|\bsouth americ\w*|\bcentral americ\w*|\bsudamerica\w*|\bsuramerica\w*|\bcentroamerica\w*"
                          r"|" + SPANISH_SPEAKERS.pattern +
                          # the region's people in the trade: "productore latino" (Dominican), "Latin producers"
                          r"|\blatin[oa]?s? (producers?|companies|studios?|filmmakers?|creators?)\b"
                          # the region's markets said by its people ("the latino markets", "el mercado latino")
                          r"|\blatin[oa]s? (markets?|audiences?|viewers?|public|territor\w*)\b|\b(mercados?|publicos?|audiencias?) latin[oa]s?\b"
                          r"|\b(productor|productora|empresa|estudio|creador|cineasta)\w* latin[oa]s?\b"
                          r"|拉丁(裔)?(制片|製片|公司|电影人)|라틴 ?(제작|프로듀서|영화인)")
TIES = re.compile(r"\b(cooperat\w*|collaborat\w*|partner\w*|work(ing)? with|ties|relations?(hip)?s?|do with|connections?"
                  r"|colabor\w*|cooperac\w*|alianzas?|socios?|relacion\w*|trabaj\w* con|vinculos?|hacen con)\b"
                  r"|合作|伙伴|关系|联系|交流|往来|협력|파트너|제휴|관계|교류|협업"
                  # reaching the market: "卖到南美去，有渠道没", "¿cómo lo distribuyen en Latam?", "남미 배급"
                  r"|\bdistribut\w*|\bdistribu\w*|\bvender\w*|渠道|发行|卖到|卖去|卖给|배급|유통|수출"
                  # taking a show there: "queremos llevarla a Latinoamérica, ¿alguien que la mueva?"
                  r"|\bllevar(la|lo|las|los)? a\b|\bmuevan?\b|\bmover(la|lo|las|los)?\b|推到|推去|내보내"
                  # co-producing with the region's companies: "¿hacen coproducciones con productoras
                  # latinoamericanas?", "do you co-produce with Latin American studios?"
                  r"|\bco-?produc\w*|\bcoproduc\w*|合拍|공동 ?제작"
                  # what is offered them: "qué e lo que hay pa los productore latino?", "what do you have for Latin producers?"
                  r"|\bwhat('s| is) (there|on offer|available) for\b|\bwhat (do|can) you (have|offer)\b"
                  r"|\bque (es lo que )?hay (pa|para)\b|\bque (tienen|ofrecen|hay) (pa|para)\b|\bque les? (ofrecen|dan)\b"
                  r"|有什么.{0,8}(给|适合|针对|面向)|(给|针对|面向).{0,10}有什么|위한 ?(건|게|것|거|프로그램|혜택)")


# The shows reaching people in the Spanish-speaking Americas, said by a country or the region
# ("would those shows ever end up in front of viewers in Chile?", "¿lo que se rueda allá llega a
# la gente en Perú?", "那边的剧能卖到墨西哥吗", "거기 작품들 남미 바이어들한테도 팔 수 있어요?"):
# the Spanish-language route, whatever event or title was talked about before.
LATAM_PLACE = re.compile(r"\b(mexic\w*|argentin\w*|colombia\w*|chile\w*|peru\w*|venezuel\w*|ecuador\w*|bolivia\w*"
                         r"|urugua\w*|paragua\w*|guatemal\w*|costa rica\w*|panama\w*|cuba\w*|dominican\w*|puerto ric\w*)\b"
                         # Brazil and Spain, and the region's capitals, markets of the same route ("buyers in
                         # Madrid and Bogotá", "卖去巴西", "브라질 시청자")
                         r"|\b(brasil\w*|brazil\w*|spain|espana|madrid|barcelona|bogota|buenos aires|cdmx|ciudad de mexico|caracas|quito|montevideo|santo domingo)\b"
                         r"|巴西|西班牙|马德里|馬德里|波哥大|布宜诺斯艾利斯|브라질|스페인|마드리드|보고타|부에노스아이레스"
                         r"|墨西哥|阿根廷|哥伦比亚|哥倫比亞|智利|秘鲁|秘魯|멕시코|아르헨티나|콜롬비아|칠레|페루|" + LATAM_REGION.pattern)
REACHING = re.compile(r"\b(distribut(e|es|ed|ing|ion)|distribu(ir|ye|yen|imos|ido|ida|cion)|land(s|ed)? (on|in)( \w+)? (screens?|tv|platforms?)|on screens?|peg(ar|an|aria|arian|ue|uen)|end(s)? up|picked up|pick(s|ed)? (it |them )?up|reach\w*|get(s)? (in)?to|make it to|sold|sell\w*|air(ed|s)?|shown|watch\w*|seen|markets?)\b"
                      r"|\b(viewers?|audiences?|buyers?|platforms?)\b"
                      # shows put before people ("put your shows in front of people like them"; fixW16)
                      r"|\bin front of (people|folks|viewers|audiences?|them|families|crowds?)\b"
                      r"|\bllega\w*|\bmercados?\b|\blo ven?\b|\b(se )?vend\w*|\bcompra\w*|\b(la )?gente\b|\bpublico\b|\bespectadores\b|\bcompradores\b"
                      r"|看不看|爱不爱看|爱看|喜欢看|會看|会看|좋아할까|볼까|보나요"
                      # seen there ("¿se podría ver en Chile?", "termine en pantallas de México", "让墨西哥的人也能看",
                      # "멕시코 사람들도 볼 수 있어요?")
                      r"|\b(se )?(podria|puede|pueden|podrian|pudiera|llegue a|podran|podra|puedan|podamos) ver(se)?\b|\bse vean?\b|\bpantallas?\b|\btermin\w* en\b"
                      r"|也能看|能看到|看得到|看得着|能看|볼 수 있|보게 (하|할|되|될|돼|됐)|보여 줄|보여(질|지나|지게)|들어갈 수|볼 (기회|일)"
                      r"|卖到|卖给|播出|上线|观众|买家|能卖|賣到|賣給|上線|觀眾|買家|能賣|팔려|팔릴|팔렸|팔 ?수|팔리|팔아|(?<![가-힣])파는|판매|바이어|시청자|관객|방영|나가|시장|진출|市场|市場")
# Selling a show, said with the verb ("eso lo podríamos vender en español", "能卖到墨西哥吗"): a
# market asked, even where a language is named beside it ("dubbed for Mexico?" sells nothing)
# (or shown to a public: "could your shows play to Spanish-language viewers", "¿podrían pegar con
# la raza que habla español?", "有机会给讲西语的观众看吗")
SELLING = re.compile(r"\b(sold|sell\w*|vend\w*|distribu\w*|play (to|for) (the )?[\w-]+ (viewers|audiences?|public|market)"
                     r"|peg(ar|an|aria|arian|ue|uen) (con|en|entre))\b"
                     r"|卖|賣|发行|發行|팔|(?<![가-힣])파는|판매|배급|유통|给.{0,12}(观众|人)看")
# The shows travelling out to a public, said with a verb of going ("would these ever get out to
# viewers in Mexico, like dubbed?", "¿podrían llegar dobladas a televidentes de México?", "发到拉美
# 观众那边", "스페인어권 시청자한테까지 갈 수 있는지"): the route there, even where a dub or the
# Spanish-speaking public is named ("¿está doblada para México?" goes nowhere: the title's languages)
TRAVELS = re.compile(r"\b(get(s|ting)? (out )?(in)?to|make (it|their way) to|reach\w*|end(s)? up (in|with|on)|go(es)? out to|travel\w* to"
                     r"|llega\w*|lleguen|salir a|salgan? a)\b"
                     r"|(发|發|传|傳|卖|賣|推|播|弄)到|走出去|(갈|가실|나갈|닿을|퍼질) ?수|까지 ?(가|나가|닿)|진출|나가")


DISTRIBUTOR_KIND = re.compile(r"\b(distribuidor\w*|distributors?|distribution (company|companies|house|outfit|firm))\b"
                              r"|发行公司|发行方|發行公司|배급사")


# The partner's crew arriving ("si llegamos con nuestro equipo", "cuando lleguemos con la gente", "once we
# arrive with our crew"): people coming, no show reaching a market
CREW_ARRIVING = re.compile(r"\b(llegamos|lleguemos|llegaremos|llegariamos|caemos|vamos|venimos)\b( \w+){0,2} con\b"
                           r"|\b(we|our crew|our team) (arrive|arrives|land|lands|get there|come)\b")


def asks_latam_reach(text: str) -> bool:
    """The shows reaching the Spanish-speaking Americas (see `LATAM_PLACE`), no language asked of a
    title ("is it dubbed for Mexico?" is the title's own)."""
    folded = fold(text)
    # (a show sold there, "想往那边卖", "卖去墨西哥", is a show reaching it; a distributor said as what
    # the company is, "somos una distribuidora de Buenos Aires", sells nothing yet)
    sold = SELLING.search(DISTRIBUTOR_KIND.sub(" ", folded))
    # (the crew arriving, "si llegamos con nuestros camarógrafos de Bogotá", brings no show anywhere)
    return bool(LATAM_PLACE.search(folded) and (REACHING.search(CREW_ARRIVING.sub(" ", folded)) or sold)) \
        or OUR_SCREENS_ES.search(folded) is not None or spanish_airing(text)


# A broadcaster (or its viewers) wanting our shows put out in Spanish ("his TV channel wants to air
# your shows dubbed into Spanish for local viewers", "su canal quiere emitir sus series dobladas al
# castellano", "他那边的电视台想播你们的剧 配成西语给当地人看", "그쪽 방송국에서 귀사 드라마를 스페인어로
# 더빙해서 틀고 싶대요"): the Spanish-language route (Dalynn's deal), wherever the station is, not
# a language asked of one title nor an event's
_AIRING_WHO = re.compile(r"\b(tv|television|channels?|stations?|broadcasters?|networks?|viewers|audiences?|locals|local (people|public|viewers))\b"
                         r"|\b(canal(es)?|televisoras?|television|tele|cadenas?|emisoras?|publico|espectadores|televidentes|audiencia|gente de (alla|aca|alli|ahi))\b"
                         r"|电视台|電視台|频道|頻道|电视|電視|观众|觀眾|当地人|當地人|老百姓|방송국|방송사|채널|시청자|현지 ?(사람|관객|시청자)"
                         # the partner's own visitors or guests ("park visitors", "nuestros visitantes", "游客", "방문객"; fixW16)
                         r"|\b(visitors|guests)\b|\b(visitantes|socios|huespedes)\b|游客|访客|방문객|관람객"
                         # cinemas and the partners running them ("partners who want to screen them in their
                         # cinemas", "socios con salas", "合作伙伴的影院", "파트너 극장"; fixA17)
                         r"|\b(cinemas?|movie theaters?|theaters?|theatres?|partners)\b|\b(salas|cines)\b"
                         r"|影院|影城|戏院|戲院|合作伙伴|合作夥伴|合作方|극장|영화관|파트너"
                         # a distributor ("a Spanish-language film distributor", "una distribuidora de cine en
                         # español", "西语片发行公司", "스페인어 영화 배급하는 회사"; fixN25)
                         r"|\b(distributors?|distribution (compan(y|ies)|firms?|outfits?))\b|\b(distribuidoras?|distribuidor(es)?)\b"
                         r"|发行(公司|商|方)|發行(公司|商|方)|배급(사|하는 ?(회사|업체|곳))")
_AIRING_ES = re.compile(r"\b(dubbed|dub|in|into|to) spanish\b|\bspanish(-language)? (dub|version|audio)\b"
                        r"|\b(doblad[oa]s?|doblar\w*|en|al|adaptad[oa]s? al) (espanol|castellano)\b"
                        r"|(配成|配上|配|翻成|译成|做成|弄成|翻译成|配音成)(西语|西班牙语|西班牙文|西文)|(西语|西班牙语)(配音|版|的)"
                        r"|스페인어(로| ?더빙| ?버전| ?판)"
                        # a company working in Spanish ("una distribuidora de cine en español", "西语片发行", "스페인어
                        # 영화 배급"): the Spanish-language market our shows would reach
                        r"|\b(spanish|spanish-language) (film|movie|cinema|content) distribut\w*|(西语|西班牙语)(片|电影|影视)|스페인어 ?(영화|콘텐츠|작품) ?배급")
_AIRING_VERB = re.compile(r"\b(air|airs|airing|broadcast\w*|show them|screen\w*|run them|put (them )?on)\b"
                          r"|\b(emitir\w*|emitan|transmitir\w*|transmitan|pasar(las|los)?|estrenar\w*|programar(las|los)?)\b"
                          r"|播|放给|放映|(影院|影城|戏院|戲院)[^，。？?]{0,4}放|上架|방송|방영|틀(고|어|면|기)|내보내|송출|편성|상영"
                          # shown to them ("show them", "给他们看", "보여 줄"; fixW16)
                          r"|\b(show|shown|watch)\b|\b(vean|mostrar\w*)\b|给.{0,4}看|보여 ?(줄|주|드리|줘)"
                          # distributed by them ("can they distribute your titles?", "¿pueden distribuir sus
                          # títulos?", "能发行你们的剧吗", "작품 배급 맡을 수 있어요?")
                          r"|\b(distribut\w*|distribuir\w*|distribuyan|distribuya)\b|发行|發行|배급")


# The partner's own language, said so ("¿tienen forma de llevarlos a nuestro idioma?", "get them
# into our language", "翻成我们的语言", "우리말로 더빙"): Spanish when said in Spanish, or where a
# Spanish-speaking place is named beside it ("our partners in Córdoba, Argentina"; fixA17)
_OUR_LANGUAGE_ES = re.compile(r"\b(a|al|en|hacia) (nuestr[oa]) (propi[oa] )?(idioma|lengua)\b")
_OUR_LANGUAGE = re.compile(r"\b(into|in|to) (our|their) (own )?(language|tongue)\b"
                           r"|(我们|我們|他们|他們)(自己)?的?(语言|語言|母语|母語)|(우리|그쪽|자기네|저희) ?(나라 ?)?(말|언어)(로)")


def spanish_airing(text: str) -> bool:
    """A broadcaster or its viewers, our shows put out in Spanish (`_AIRING_WHO`…), or in the
    partner's own language where that is Spanish (`_OUR_LANGUAGE_ES`)."""
    folded = fold(text)
    spanish = _AIRING_ES.search(folded) or _OUR_LANGUAGE_ES.search(folded) \
        or (_OUR_LANGUAGE.search(folded) and LATAM_PLACE.search(folded))
    return bool(_AIRING_WHO.search(folded) and spanish and _AIRING_VERB.search(folded))


# The shows reaching the partner's own screens, asked in Spanish ("¿sus series llegan ya a nuestras
# pantallas?", "¿se ven en nuestro país?"): a Spanish-speaking public, whichever town it is in
OUR_SCREENS_ES = re.compile(r"\b(llega\w*|se ven?|se transmite\w*|se estrena\w*|pasa(n|ran)?)\b( ya| hoy| algun dia)?"
                            r" (a|en) (nuestr[ao]s? (pantallas|pais|mercado|region|tierra|plataformas|television|tele)"
                            r"|nuestros? (paises|canales|mercados|cines))\b")


def market_named(text: str) -> str | None:
    """The language of the market a partner names for works ("para público latino", "for Latin
    American viewers", "拉美观众", "중남미 시청자"): "es" — works with a Spanish version."""
    return "es" if LATAM_MARKET.search(fold(text)) else None


# A story with Latin American or Spanish characters or settings (read in a work's English logline).
LATIN_ANGLE = re.compile(r"\b(latin|hispan\w*|spanish|spain|madrid|barcelona|mexic\w*|argentin\w*|colombia\w*|chile\w*"
                         r"|peru\w*|cuba\w*|venezuel\w*|urugua\w*|ecuador\w*|bolivia\w*|paragua\w*|telenovela)\b",
                         re.IGNORECASE)
LATAM_MARKET = re.compile(r"(latin ?americ\w*|hispanic|spanish-?speaking|spanish-language|latam|latino|latina|latinx)"
                          r" (audiences?|viewers?|markets?|public|people|fans|platforms?)"
                          r"|\bfor (latin ?america|latam|the latin market|spanish speakers)"
                          r"|publico (latino|hispano|hispanohablante|latinoamericano)|mercado (latino|hispano|hispanohablante|latinoamericano)"
                          r"|audiencias? (latinas?|hispanas?|latinoamericanas?)|para (latinoamerica|america latina|latam)"
                          r"|拉美(观众|市场|地区|受众)|拉丁美洲(观众|市场)|西语(观众|市场|地区)|西班牙语(观众|市场|地区)"
                          r"|(중남미|남미|라틴 ?아메리카|스페인어권) ?(시청자|관객|시장|용)")


# A title dubbed or subtitled into a language, said so: "dubbed into Spanish", "¿cuáles están
# doblados al español?", "con subtítulos en coreano" (a work's language, as "en español" is)
_DUBBED = (r"\b(dubbed|subtitled|voiced) (in|into) {en}\b|\b(doblad[oa]s?|subtitulad[oa]s?|traducid[oa]s?) (al|en) {es}\b"
           r"|\bcon (doblaje|subtitulos|audio) (al|en) {es}\b"
           # "a Korean-language version", "a Spanish language dub": the version named by its language
           r"|\b{en}[- ]language (versions?|dubs?|tracks?|audio|cuts?|editions?|subtitles?|subs)\b"
           # "which of your series come with Spanish?", "¿cuáles vienen con español?": a title that
           # comes with a language has that version
           r"|\b(come|comes|coming|came|ship|ships|available) with {en}\b|\b(viene|vienen|venga|vengan|trae|traen) con (el )?{es}\b"
           # "which titles seeking partners have Korean?", "so which of your shows have korean":
           # titles that have a language have that version (not "titles with Korean partners", "do
           # they have Korean-speaking staff") (play29, fixP19)
           r"|\b(titles?|works?|shows?|series|dramas?|ones|which|those|they|them)\b[^.?!]{{0,30}}\b(have|has|got|offer|offers|include|includes)( a| an| any)? {en}\b"
           r"(?![- ](speak|staff|compan|partner|produc|studio|crew|actor|lead|character|cast|talent|people|member|platform|firm|investor|buyer|audience|market|news|interpret|translat|co-?produc))"
           # "¿cuáles tienen coreano?": titles that have the language, not a country (fixP19)
           r"|\b(cuales|cual|series|obras|titulos|microdramas)( \w+){{0,2}} (tienen|tiene|traen|incluyen)( el| version en| audio en)? {es}\b(?! (de|como))"
           # the version named by the language's adjective ("¿qué comedias tienen versión coreana?",
           # "doblaje coreano", "subtítulos coreanos", "versión en castellano" is `en {es}`) (play30)
           r"|\bversion(es)? {adj}s?\b|\b(doblajes?|subtitulos|audios?) (en |al )?{adj}s?\b")


# A title that "does" a language, as Korean says it ("한국어 되는 작품", "스페인어 지원되는 드라마",
# "영어로도 되는 콘텐츠"): a title in that language (a person who does it, "영어 되는 분", is none)
_KO_DOES = (r"|{ko}(로)?(도)? ?(되는|돼 있는|되어 있는|지원되는|지원 되는|지원하는|가능한) ?"
            # a genre between ("한국어 되는 로맨스 작품"), or the title as "거" ("한국어 지원되는 거 뭐 있어요?") (play30)
            # ("그 중에 영어 되는 건 뭐예요?": the ones, said as "건"; fixG23)
            r"(([가-힣]{{1,5}}|sf) )?(작품|드라마|숏드라마|웹드라마|시리즈|타이틀|콘텐츠|영상|거|것|걸|게|건)"
            # (a genre alone after it, the title's noun dropped: "한국어 되는 로맨스 뭐 있노?"; not a person)
            r"|{ko}(로)?(도)? ?(되는|돼 있는|되어 있는|지원되는|지원 되는|지원하는|가능한) ?(로맨스|코미디|미스터리|스릴러|판타지|사극|무협|가족극|멜로|액션|sf)(물|극)?(?![가-힣])")


# Languages of a work: "in Spanish", "en coreano", "韩语的", "한국어로 된" (not "answer in Spanish").
# (a language by either Chinese word, 语 or 文: "有韓文的是哪幾部" as "韩语的"; para21)
WORK_LANGUAGE: dict[Lang, str] = {
    "en": r"\b(in|available in|dubbed in|subtitled in) english\b|\ben ingles\b|" + _DUBBED.format(en="english", es="ingles", adj="ingles(a|e)?") + r"|英语版|英文版|用(英语|英文)(来)?(看|观看|收看)|(英语|英文)(配音|字幕|译制)版?|英[语文]的(?!(发行|市场|观众|地区|国家|伙伴|合作|片商|平台|回答|回复))|영어 ?(버전|자막|더빙|판(?!권|매|로))|영어로 ?((이미|벌써|이미 다|다|도|또) )?(볼|보는|보실|시청|감상|나와|나오는|나온|제공되)|영어 ?(작품|드라마|숏드라마|웹드라마|시리즈|타이틀|콘텐츠)" + _KO_DOES.format(ko="영어"),
    "es": r"\b(in|available in|dubbed in) spanish\b|\ben espanol\b|\ben castellano\b|" + _DUBBED.format(en="spanish", es="(espanol|castellano)", adj="(espanol(a|e)?|castellan[oa])") + r"|西语版|西班牙语版|西班牙文版|西文版|用西(班牙)?[语文](来)?(看|观看|收看)|西(班牙)?语(配音|字幕|译制)版?|西(班牙)?[语文]的(?!(发行|市场|观众|地区|国家|伙伴|合作|片商|平台))|스페인어 ?(버전|자막|더빙|로 된|판(?!권|매|로))|스페인어로 ?((이미|벌써|이미 다|다|도|또) )?(볼|보는|보실|시청|감상|나와|나오는|나온|제공되)|스페인어 ?(작품|드라마|숏드라마|웹드라마|시리즈|타이틀|콘텐츠)" + _KO_DOES.format(ko="스페인어"),
    "zh": r"\b(in) (chinese|mandarin)\b|\ben chino\b|" + _DUBBED.format(en="(chinese|mandarin)", es="(chino|mandarin)", adj="(chin[oa]|mandarin)") + r"|中文版|用(中文|汉语|普通话)(来)?(看|观看|收看)|중국어 ?(버전|자막|판(?!권|매|로))|중국어로 ?((이미|벌써|이미 다|다|도|또) )?(볼|보는|보실|시청|감상|나와|나오는|나온|제공되)|중국어 ?(작품|드라마|숏드라마|웹드라마|시리즈|타이틀|콘텐츠)" + _KO_DOES.format(ko="중국어"),
    "ko": r"\b(in|available in|dubbed in) korean\b|\ben coreano\b|" + _DUBBED.format(en="korean", es="coreano", adj="corean[oa]") + r"|韩语版|韩[语文]的(?!(发行|市场|观众|地区|国家|伙伴|合作|片商|平台|回答|回复))|用韩[语文](来)?(看|观看|收看)|韩(语|文)(配音|字幕|译制)版?|韩文版|한국어 ?(버전|자막|더빙|로 된|판(?!권|매|로))|한국어로 ?((이미|벌써|이미 다|다|도|또) )?(볼|보는|보실|시청|감상|나와|나오는|나온|제공되)|한국어 ?(작품|드라마|숏드라마|웹드라마|시리즈|타이틀|콘텐츠)" + _KO_DOES.format(ko="한국어"),
}
_WORK_LANGUAGE_RX = _patterns(WORK_LANGUAGE.values())


# A work's co-production status named as a filter: "which titles are seeking co-producers?"
WORK_STATUS: tuple[tuple[str, str], ...] = (
    ("seeking_partners", (r"seeking (co-?producers|partners|co-?production)|looking for (co-?production |co-?producing |co-?pro )?(co-?producers|partners|co-?pros)"
                          r"|(open|available) (for|to) co-?produc|need(s|ing)? (a )?co-?producers?|still need (a )?partner"
                          # (a title still after one, in the singular: "which are still looking for a partner?")
                          r"|\bstill (looking for|seeking|searching for|after) (an? )?(co-?producer|partner|co-?production partner)s?\b"
                          # "which seeking-partner titles…", "those partner titles" after the titles
                          # seeking partners: the status as an adjective (play29)
                          r"|\bseeking[- ](co-?production[- ])?partners?\b|\bpartner(-seeking)? (titles|works|shows|series|dramas|projects)\b"
                          # (the partner in the singular too, as a title seeks one: "¿cuáles todavía buscan socio?")
                          r"|\bbus(ca|can|cando|que|quen) (a )?(un )?(socios?|coproduc)|abiert[oa]s? a (la )?coproduc|necesitan? (un )?(socios?|coproduc)"
                          r"|寻求合拍|找合拍|寻找合作(伙伴|方)|征集合拍|可以合拍的|能合拍的|开放合拍"
                          # "有没有在找合作方的作品", "哪些剧还在找合作伙伴"
                          r"|在找合作(方|伙伴)|找合作(方|伙伴)的|需要合作(方|伙伴)的"
                          # the partner by any of its words, sought by any verb ("还在寻求联合出品", "徵求合拍夥伴",
                          # "征集投资方", "尋找合拍方"; Traditional read as Simplified too)
                          r"|(寻求|尋求|征求|徵求|征集|徵集|寻找|尋找|在找|还在找|還在找)(联合出品|聯合出品|合拍|合作|投资|投資|出品)(方|伙伴|夥伴|方的|人)?"
                          r"|공동 ?제작 ?(파트너|사)?[를을]? ?(모집|찾)|파트너[를을]? (모집|찾)"
                          # which titles can be co-produced ("q series tienen pa coproducir?", "which titles can we
                          # co-produce?", "哪些作品可以合拍", "공동 제작할 수 있는 작품은?"): those seeking partners
                          r"|\b(que|cuales) (series|obras|titulos|microdramas|dramas)\b.{0,25}\bcoproduc"
                          r"|\b(which|what) (titles|dramas|series|works|shows|ones)\b.{0,25}\bco-?produc"
                          r"|(哪些|什么|哪几部)(作品|剧|短剧|片子).{0,6}(可以|能)合拍|공동 ?제작(할|이)? ?(수 있는|가능한) ?(작품|드라마)"
                          # the kind of titles asked for ("sf 작품도 있어? 공동제작 가능한걸로", "ones we can
                          # co-produce", "que se puedan coproducir", "可合拍的"): those seeking partners
                          r"|공동 ?제작(을|이)? ?(할 ?수 ?있는|가능한|되는) ?(거|것|걸|게|애|놈|쪽|편|타이틀|시리즈)"
                          r"|\b(ones?|titles?|shows?|series|dramas?|something|anything|any)\b.{0,20}\b(we|i) (can|could) co-?produce\b"
                          r"|\b(that|which) (can|could) be co-?produced\b|\bavailable for co-?production\b|\bopen for co-?production\b"
                          r"|\b(que|q) (se )?(puedan|pueda|podamos|podriamos) coproducir\b|\bdisponibles? (para|pa) (coproducir|coproduccion|co-produccion)\b"
                          r"|可合拍的|能一起(拍|合拍|制作)的(作品|剧|短剧|片子)?"
                          # a genre's titles asked as those to co-produce ("which comedies can we co-produce?", "¿qué
                          # comedias podemos coproducir?", "有冇啲喜劇可以合拍？", "공동제작할 수 있는 코미디 있어요?") (fixD17)
                          r"|\b(which|what|any) [a-z-]+( [a-z-]+)? (can|could) (we|i|you) co-?produce\b"
                          r"|\b(que|cuales|algun[oa]s?) [a-z]+( [a-z]+)? (podemos|podriamos|puedo|se pueden|se podrian|pa|para) coproduc"
                          r"|有(没有|冇|無|没)(啲|些|什么|咩|什麼)?[^，。？?！!]{0,8}(可以|能|可)(一起|一齐|一齊)?合拍"
                          r"|공동 ?제작(할|이)? ?(수 있는|가능한) ?(코미디|미스터리|로맨스|사극|스릴러|판타지|sf|가족극|무협)"
                          # the co-producing said as what can be done to the titles of a genre ("qué títulos son
                          # de familia y se pueden coproducir?", "which titles are family dramas and can be
                          # co-produced?", "哪些家庭剧可以合拍？", "가족 드라마 중에 같이 제작할 수 있는 거") (fixF17); in
                          # Spanish only the plural: "una de esas series, ¿se puede coproducir? ¿Cómo se hace?"
                          # asks how one title is co-produced (the FAQ), not which can be
                          r"|\b(titulos|series|obras|microdramas|dramas|comedias|cuales|que)\b.{0,40}\bse (pueden|podrian|puedan) (co-?producir|hacer en coproduccion)\b"
                          r"|\b(titles|dramas|series|works|shows|ones|comedies|which|what)\b.{0,40}\b(can|could) (be|get) co-?produced\b"
                          r"|(哪些|什么|什麼|哪几部|哪幾部|边啲|邊啲)[^，。？?！!]{0,6}(作品|剧|劇|短剧|短劇|片子|片)[^，。？?！!]{0,6}(可以|能|可)(一起|一齐|一齊)?合拍"
                          r"|(같이|함께|공동으로|합작으로) ?(제작|만들|찍)(할|을)? ?수 ?있는 ?(거|것|걸|게|작품|드라마|타이틀|시리즈)?"
                          r"|합작 ?(가능한|할 ?수 ?있는)")),
    ("available_for_licensing", (r"available (for|to) licen|can (we|i) licen|licensable|disponibles? para licencia"
                                 r"|derechos disponibles|可授权|可以授权|판권 (계약 )?가능"
                                 # buying the rights outright: "有哪些可以直接授权的", "能直接买版权的", "판권 구매 가능한 작품"
                                 r"|(可|可以|能)(直接)?(授权|买断|买版权|购买版权|采购版权)|판권 ?(구매|구입|계약|확보) ?가능"
                                 r"|(구매|구입|라이선스) ?가능한 (작품|거|것|드라마)|\b(can|could) (we|i) (buy|acquire|purchase) (the )?rights\b"
                                 # "ready to license", "listos para licenciar", "可以直接谈版权的", "바로 판권 계약할 수 있는"
                                 r"|\bready (to|for) (licen|acquisition|sale)|\blist[oa]s? para (licenci|licencia|venta|comprar)"
                                 r"|(可以|能)(直接)?谈版权|版权(可以|能)(直接)?谈|바로 (판권|라이선스)"
                                 # licensing said as a verb or an adjective of the titles ("ones that can be
                                 # licensed", "up for licensing", "que se puedan licenciar", "licenciables",
                                 # "可供授权", "能买到版权", "라이선스 받을 수 있는", "라이센스 가능한 드라마")
                                 r"|\b(can|could) be licen[sc]ed\b|\b(up|open) (for|to) licen[sc]ing\b|\blicen[sc]e[- ]ready\b"
                                 # (short dramas by their trade names too: "mystery shorts we could license")
                                 r"|\b(titles?|ones?|shows?|series|dramas?|works?|shorts|micro-?dramas?|mini-?dramas?|verticals|content|anything|something|any)\b.{0,20}\b(we|i) (can|could|might|may) licen[sc]e\b"
                                 r"|\b(que|q) (ya |ahora |hoy |desde ya )?(se )?(ya )?(puedan|pueda|pueden|puede|podamos|podriamos|podemos) (ya )?licenciar\b|\blicenciables?\b"
                                 r"|\b(disponibles?|list[oa]s?|abiert[oa]s?) (para|pa|a) (licenciar|licenciamiento|licencias?)\b|\b(se )?(pueden|puede|puedo|podemos|podria|podriamos) (ya )?licenciar\b"
                                 # the titles asked for "to license" ("series de romance pa licenciar", "algo
                                 # para licenciar", "any thrillers to license?"): the licensable ones
                                 r"|\b(series|obras|titulos|dramas|microdramas|novelas|peliculas|algo|alguna|alguno|algunas|algunos)\b.{0,30}\b(para|pa) licenciar\b"
                                 r"|\b(titles?|shows?|series|dramas?|ones|anything|something|any|some)\b.{0,30}\b(to licen[sc]e|for licen[sc]ing)\b(?! (a|an|the|one|it|them|this|that)\b)"
                                 # "which titles could we license right now?", "what can we acquire now?" (fixN18)
                                 r"|\b(which|what) (titles?|shows?|series|dramas?|ones|works?)?\s?(could|can|may|might) (we|i|us) (licen[sc]e|acquire|buy|pick up)\b(?! (a|an|the|it|this|that)\b)"
                                 r"|(可供|开放|接受)(授权|版权采购|版权购买)|(能|可以)(直接)?(拿|买|签)(到)?(版权|授权)"
                                 r"|(라이선스|라이센스|라이선싱|라이센싱) ?(계약|구매|구입)? ?(이 |을 |를 )?(가능한|할 수 있는|받을 수 있는|되는)"
                                 r"|판권 ?(을 |를 )?(바로 |지금 |당장 |즉시 |곧바로 |이미 )?(살|사올|구매할|구입할|확보할) 수 있는")),
    # the two stages between seeking partners and finished, as catalog.yaml's `coproduction` names them
    # ("which of those are in production?", "¿cuál ya está en rodaje?", "哪部在拍摄中", "그중에 이미 제작
    # 중인 건요?"; "still in development", "en desarrollo", "开发中", "개발 중"; play32)
    ("in_production", (r"\b(in|into) (production|post-?production|principal photography)\b|\b(being|currently) (shot|filmed|made|produced)\b"
                       r"|\b(already|currently|now) (shooting|filming)\b|\ben (produccion|rodaje|filmacion|grabacion|postproduccion)\b"
                       r"|\b(se esta|se estan|ya se esta|ya se estan) (rodando|filmando|grabando|produciendo)\b"
                       r"|(制作|製作|拍摄|拍攝)中(?!心)|正在拍|在拍的|已经开拍|已經開拍|제작 ?중인|제작 ?중이|촬영 ?중인|제작에 들어간|촬영에 들어간"
                       # (the particle dropped or the making said to be under way: "제작 들어간 건?", "제작이
                       # 진행 중인 작품", "촬영 진행 중")
                       r"|(제작|촬영)(에|이)? ?들어간|(제작|촬영)(이|은)? ?(한창 )?진행 ?중")),
    ("in_development", (r"\b(in|still in|under) development\b|\bbeing developed\b|\ben (desarrollo|fase de desarrollo)\b"
                        r"|(开发|開發|研发|研發|筹备|籌備)中(?!心)|개발 ?중인|기획 ?중인")),  # (not 制作中心, a production centre)
    ("completed", (r"\b(completed|finished)\b|terminad[oa]s|finalizad[oa]s|acabad[oa]s|concluid[oa]s|已完成|完结|제작 완료|완성된"
                   # finished said with the verb ("¿cuáles ya se terminaron de rodar?", "哪些拍好了", "哪部拍完了")
                   r"|(哪些|哪几部|哪幾部|哪部|哪个|哪個|边啲|邊啲)(已经|已經)?(拍完|拍好|做完|完成|完结|完結|杀青|殺青)(了)?"
                   # "한국어 버전 있는 완성작 있나요?", "완결작", "완성 작품" (fixN18)
                   r"|완성작|완결작|완성 ?작품|완성본"
                   # "哪些作品已经完成了", "拍完的作品", "已经拍好的剧"
                   r"|已经(完成|拍完|拍好|做完)|(拍完|拍好|做完)的(作品|剧|片)")),
    # A work that is made, asked plainly ("already done", "ya terminadas", "이미 다 찍은"): the
    # completed ones and those available for licensing (a licensable title is finished too)
    ("completed+available_for_licensing", (
        r"\b(already|all) (done|shot|wrapped|made|finished|completed)\b|\b(done|wrapped) (already|shooting)\b|\bready to (go|air|watch)\b"
        r"|\b(ya|hay algo|algo) (estan |esten |esta |este )?(terminad|hech|filmad|grabad|rodad|list)[oa]s?\b|\bque ya (se )?(terminaron|grabaron|filmaron|rodaron)\b"
        # (the "ya" after the verb, or finished said with "acabar" or "terminar de rodar": "¿cuáles están ya
        # acabadas?", "¿cuáles ya se terminaron de rodar?", "las que ya se acabaron")
        r"|\b(estan|esta|esten|este) ya (terminad|acabad|hech|filmad|grabad|rodad|list)[oa]s\b|\bya (estan |esta )?acabad[oa]s\b"
        r"|\b(ya )?se (terminaron|acabaron) de (rodar|grabar|filmar|producir|hacer)\b|\bya se (terminaron|acabaron)\b"
        r"|(이미|벌써) ?(다 )?(찍은|촬영한|완성된|끝난|만든)|촬영 ?(이 )?(다 )?끝난|다 (찍은|만든)"
        # the rights of finished titles bought ("想买几部已经完结的短剧版权", "buy the rights to a few
        # finished shorts", "comprar los derechos de series terminadas", "완결된 숏드라마 판권"): the
        # finished ones and those whose rights are on offer (fixP19)
        r"|\b(buy|purchase|acquire|license|licence)\b.{0,40}\b(finished|completed)\b|\b(finished|completed)\b.{0,30}\brights\b"
        r"|\b(comprar|adquirir|licenciar)\b.{0,50}\b(terminad|finalizad)[oa]s\b"
        r"|(完结|完結|已完成|拍完|拍好)的?.{0,8}(版权|版權|授权|授權)|(买|買|购买|購買|采购|採購|引进|引進).{0,10}(完结|完結|已完成)"
        r"|(완결|완성)(된|작|작품)?.{0,12}(판권|라이선스|라이센스)|(판권|라이선스|라이센스).{0,12}(완결|완성)")),
)


# A title's rights or licence named ("buy the rights", "licensing", "los derechos", "版权", "판권"):
# the titles on offer asked for, not whether a set is finished (fixP19)
TITLE_RIGHTS_WORDS = re.compile(r"\brights\b|\blicen[cs]\w*|\bderechos\b|\blicenci\w*|版权|版權|授权|授權|판권|라이선스|라이센스|라이선싱|라이센싱")


def work_status(text: str) -> str | None:
    """The co-production status a message filters the works by; several joined with "+" when it
    names more than one ("completed or available for licensing?", "finished and ready to license",
    "已经拍完、可以直接谈版权的"): the works of any of them."""
    folded = fold(text)
    found: list[str] = []
    for status, rx in _compiled(WORK_STATUS):
        if rx.search(folded):
            found += [s for s in status.split("+") if s not in found]
    return "+".join(found) if found else None


@lru_cache(maxsize=READINGS_KEPT)
def work_language(text: str) -> Lang | None:
    folded = fold(text)
    found = [lang for lang, rx in zip(WORK_LANGUAGE, _WORK_LANGUAGE_RX, strict=True)
             if rx.search(folded)]
    if not found:  # "catalog 里面有 Korean language 的吗": a language named in English inside Chinese or Korean
        found = [lang for lang, rx in zip(_ENGLISH_NAME, _VERSION_OF_RX, strict=True) if rx.search(folded)]
    return found[0] if len(found) == 1 else None  # type: ignore[return-value]


# A language's English name as partners write it inside Chinese or Korean, followed by a word for a
# version ("有 Korean version 吗", "Korean language 的", "English 版本", "English 자막 있어요?")
_ENGLISH_NAME: dict[Lang, str] = {"en": "english", "es": "spanish", "zh": "(?:chinese|mandarin)", "ko": "korean"}
_VERSION_OF = (r"\b{name}(?: language)?\s*(?:versions?\b|dub\w*|sub(?:title)?s?\b|audio\b|的|版|버전|자막|더빙|로 된)")
_VERSION_OF_RX = _patterns(_VERSION_OF.format(name=name) for name in _ENGLISH_NAME.values())

# Languages outside the four the works come in, named as a version ("这部有日文版吗", "這部有日語配音嗎",
# "일본어 버전 있어요?", "is there a Japanese dub?", "¿hay versión en francés?"): the answer is "no"
# and the languages it has, as for any language it lacks. Codes are CLDR's, named in the reader's language.
_OTHER_LANGUAGE_NAMES: dict[str, str] = {
    "ja": r"japanese|japones|日语|日文|日本语|일본어", "fr": r"french|frances|法语|法文|프랑스어",
    "de": r"german|aleman|德语|德文|독일어", "pt": r"portuguese|portugues|葡萄牙语|葡语|포르투갈어",
    "th": r"thai|tailandes|泰语|泰文|태국어", "vi": r"vietnamese|vietnamita|越南语|越南文|베트남어",
    "id": r"indonesian|indonesio|印尼语|印度尼西亚语|인도네시아어", "ms": r"malay|malayo|马来语|马来文|말레이어",
    "ar": r"arabic|arabe|阿拉伯语|阿拉伯文|아랍어", "ru": r"russian|ruso|俄语|俄文|러시아어",
    "it": r"italian|italiano|意大利语|意大利文|이탈리아어", "hi": r"hindi|印地语|힌디어",
    # (Cantonese is no version a title lists: "Chinese" is the written language, no dub of it)
    "yue": r"cantonese|cantones|粤语|粵語|广东话|廣東話|白话|광둥어|광동어",
}
_OTHER_VERSION = r"(?:\b(?:in|into) (?:{n})\b|\b(?:{n}) (?:version|dub|subtitle|audio)|\ben (?:{n})\b|(?:{n})\s*(?:版|配音|字幕|的吗|的嗎)" \
                 r"|(?:{n}) ?(?:버전|자막|더빙|로 된|판|로 ?(?:나와|나오|돼|되|볼 수|있)))"
_OTHER_VERSION_RX = _patterns(_OTHER_VERSION.format(n=names) for names in _OTHER_LANGUAGE_NAMES.values())


_NAMED_AS_VERSION: dict[Lang, str] = {
    "en": r"\benglish[- ](?:language|spoken)\b|영어(도|는|로|로도|로는)? ?(돼|되|됩|됨|가능|있|나와|나오)|英[语文]的?(吗|有吗|有没有)", "es": r"\bspanish[- ](?:language|spoken)\b|스페인어(도|는|로|로도|로는)? ?(돼|되|됩|됨|가능|있|나와|나오)|西(班牙)?[语文]的?(吗|有吗|有没有)",
    "zh": r"\b(?:chinese|mandarin)[- ](?:language|spoken)\b|중국어(도|는|로|로도|로는)? ?(돼|되|됩|됨|가능|있|나와|나오)|中文的?(吗|有吗|有没有)", "ko": r"\bkorean[- ](?:language|spoken)\b|한국어(도|는|로|로도|로는)? ?(돼|되|됩|됨|가능|있|나와|나오)|韩[语文]的?(吗|有吗|有没有)",
}
_NAMED_AS_VERSION_RX = _patterns(_NAMED_AS_VERSION.values())


_BOTH_JOINED = re.compile(r"\b(and|y|e|both|ambos)\b|和|跟|以及|及|都有|(이)?랑|하고|그리고|[와과] |둘 ?다")
_EITHER_JOINED = re.compile(r"\b(or|o|u|either)\b|或|还是|(이)?나 |또는|아니면")


def either_asked(text: str) -> bool:
    """Two things offered as alternatives ("finished or still looking for partners?", "¿terminada o
    buscando socios?", "拍完了还是在找合作方", "완성됐어요 아니면 아직 찾고 있어요?"): which one is asked,
    no yes or no."""
    return _EITHER_JOINED.search(fold(to_simplified(text)[0])) is not None


def work_languages_joined(text: str) -> str | None:
    """Two languages a title should come in, joined ("in Korean and in Spanish", "en coreano y en
    español", "韩语和西语版都有的"): "ko+es", in the order named (each wanted, not either: a
    title in both); None for one language, or two offered as alternatives ("in Korean or Spanish")."""
    folded = fold(text)
    found = sorted((m.start(), lang) for lang, rx in zip(WORK_LANGUAGE, _WORK_LANGUAGE_RX, strict=True)
                   if (m := rx.search(folded)))
    bare = sorted((m.start(), lang) for lang, rx in zip(_BARE_LANGUAGE, _BARE_LANGUAGE_RX, strict=True)
                  if (m := rx.search(folded)))
    if len(found) <= 1 and len(bare) == 2 and work_language(text) in {lang for _, lang in bare} and bare[1][0] - bare[0][0] <= 24:
        # one version word for both names ("Korean and Spanish dubbing", "韩语和西语配音", "한국어랑
        # 스페인어 더빙"): the language named first is a version too (play33)
        found = bare
    if len(found) != 2:
        return None
    between = folded[found[0][0]:found[1][0]]
    if not _BOTH_JOINED.search(between) or _EITHER_JOINED.search(between):
        return None
    return "+".join(lang for _, lang in found)


# A version of a title asked ("does it come in", "a Korean dub", "¿sale en…?", "有韩语版", "한국어로도
#나와?"), not an answer to be sent in a language ("send that in Spanish", "再发一遍", "보내 줘")
VERSION_WORDS = re.compile(r"\bversions?\b|\bdub(bed|s)?\b|\bsubtit\w*|\bavailable\b|\bcomes? (out )?in\b|\bout in\b"
                           r"|^\W*(is|are) [^?.!]{1,60}\bin (english|spanish|korean|chinese|mandarin)\b(?! (please|pls|plz))"
                           r"|\bversion\w*|\bdoblad\w*|\bsubtitulad\w*|\b(viene|sale|esta|existe) (tambien )?en\b|\bdisponible\b"
                           r"|版|配音|字幕|버전|자막|더빙|나와|나오|나온"
                           # a language the title "does" ("그거 스페인어로도 됩니꺼?", "영어 돼요?"): 되다 is
                           # how Korean says a version exists, in every register (fixG23)
                           r"|(영|한국|중국|스페인|일본|포르투갈)어(도|는|로|로도|로는)? ?(돼|되|됩|됨|가능)")
RESEND_WORDS = re.compile(r"\b(send|resend|say|write|answer|reply|tell|translate|explain)\b|\b(mand|envi|escrib|respond|tradu|explic)\w*"
                          r"|发|说|回复|翻译|解释|보내|말해|답해|번역|설명")


# Whether a version is dubbed or subtitled ("is it dubbed in English or just subbed?", "¿viene con
# doblaje al castellano o solo subtítulos?", "有繁體中文字幕嗎", "한국어 더빙 버전 있어요? 아니면 자막만?"):
# catalog.yaml only lists each title's languages, so the answer names them and says which it is
# isn't published (matched on folded text).
DUB_OR_SUBS = re.compile(
    r"\b(dub|dubs|dubbed|dubbing|subs|subbed|subtitles?|subtitled|voice-?over|voiced)\b|\baudio tracks?\b"
    r"|\bdoblaj\w*|\bdoblad[ao]s?\b|\bsubtitul\w*|\bpistas? de audio\b|\bvoces\b"
    r"|配音|字幕|译制|譯製|音轨|音軌|더빙|자막|성우|(음성|오디오) ?트랙")


def version_language(text: str) -> str | None:
    """The language a title in focus is asked to come in ("그거 한국어 돼?", "这部有日文版吗", "is
    there a Japanese dub?"): one of the four, or another language's CLDR code."""
    folded = fold(text)
    named = [lang for lang, rx in zip(_NAMED_AS_VERSION, _NAMED_AS_VERSION_RX, strict=True)
             if rx.search(folded)]
    return work_language(text) or (named[0] if len(named) == 1 else None) or other_work_language(text)


def version_languages(text: str) -> list[str]:
    """Each of the four languages a title in focus is asked to come in, in the order named ("does
    it come with a Spanish version? and Korean?", "¿viene en español? ¿y en coreano?", "有西语版吗？
    韩语呢？", "스페인어 돼요? 한국어는요?"); empty unless two or more are named."""
    folded = fold(text)
    if version_language(text) is None and not any(rx.search(folded) for rx in _WORK_LANGUAGE_RX):
        return []
    found = sorted((m.start(), lang) for lang, rx in zip(_BARE_LANGUAGE, _BARE_LANGUAGE_RX, strict=True)
                   if (m := rx.search(folded)))
    return [lang for _, lang in found] if len(found) > 1 else []


# The four languages by bare name, once a version is asked ("...a Spanish version? and Korean?")
_BARE_LANGUAGE: dict[Lang, str] = {
    "en": r"\benglish\b|\bingles\b|英语|英文|영어", "es": r"\bspanish\b|\bespanol\b|\bcastellano\b|西语|西班牙语|西文|스페인어",
    "zh": r"\b(chinese|mandarin|chino)\b|中文|汉语|普通话|중국어", "ko": r"\bkorean\b|\bcoreano\b|韩语|韩文|한국어"}
_BARE_LANGUAGE_RX = _patterns(_BARE_LANGUAGE.values())


def other_work_language(text: str) -> str | None:
    """A language none of the four, asked of a work as its version: its CLDR code."""
    folded = fold(text)
    found = [code for code, rx in zip(_OTHER_LANGUAGE_NAMES, _OTHER_VERSION_RX, strict=True) if rx.search(folded)]
    if not found:  # ("is there a Tagalog version?", "有菲律宾语版吗": any language CLDR names, in version words)
        pattern, codes = _cldr_version_pattern()
        ordered = sorted(codes, key=len, reverse=True)
        found = list(dict.fromkeys(codes[next(n for n in ordered if n in m.group())] for m in pattern.finditer(folded)))
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def _cldr_version_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every language with a two-letter code (and Filipino), by its CLDR name in the four
    languages, as a version asked (`_OTHER_VERSION`'s words): the four themselves left out (they
    are `work_language`'s), and Latin names under five letters ("Ewe", "Igbo" stay read by hand)."""
    from babel import Locale

    codes: dict[str, str] = {}
    for lang in ("en", "es", "zh", "ko"):
        for code, name in Locale.parse(lang).languages.items():
            if (len(code) != 2 and code != "fil") or code in ("en", "es", "zh", "ko"):
                continue
            folded = fold(name)
            if (folded.isascii() and len(folded) >= 5) or (not folded.isascii() and len(folded) >= 2):
                codes.setdefault(folded, code)
    names = "|".join(map(re.escape, sorted(codes, key=len, reverse=True)))
    return re.compile(_OTHER_VERSION.format(n=f"(?:{names})")), codes


# The phone number asked ("国际业务部电话多少", "what's their phone number?", "¿su teléfono?", "전화번호 알려 주세요"):
# of a contact, its `phone` fact (`intents.facts`); of another record, the card of its contact, which holds it.
PHONE_ASKED = re.compile(r"\b(what|which)('s| is)? (the )?number (can|could|do|should|shall|to|may) (i|we|you)? ?(call|ring|dial|phone|reach)\b|\bphone\b|\btelephone\b|\bnumber to call\b|\btelefono\b|\bcelular\b|\bnumero\b|电话|手机|号码|전화 ?번호|연락처 ?번호|번호"
                         # typed short or misspelt: "tel no.", "fone", "ph no", "numbr", "tfno", "tlf", "telefno"
                         r"|\btel\.? ?(no|nos|number|num|nr|#)\b|\bfone\b|\bph\.? ?no\b|\bnumbr\b|\btfno\b|\btlf\b|\btelef?no\b"
                         # "what's the number for the membership lot?", "give me their number": a number
                         # to call (not "the number of members", a count)
                         r"|\b(what|which)('s| is| was)? (the|their|your|his|her) (contact |office |direct )?number\b(?! of\b)"
                         r"|\b(give|send|text|drop) (me|us) (the|their|your|his|her) (\S+ ){0,3}?number\b(?! of\b)|\bnumber,? (please|pls|plz)\b"
                         # "do you have their number?", "got a number for them?", "can you share her number?"
                         r"|\b(have|got|share|pass|get) (me |us )?(the|their|your|his|her|a) (\S+ ){0,2}?number\b(?! of\b)(?! (one|two|three|\d))"
                         r"|\bnumber (for|to reach|to ring) (them|him|her|that team|the team|the office)\b"
                         # the number to ring asked in Caribbean English or in words (fixL18): "wat number fi
                         # call di office?", "which number do we ring?", "¿a qué número llamo?", "打哪个号",
                         # "몇 번으로 전화하면 돼요?", "어디로 전화해요?"
                         r"|\b(wh?at|which|wich)('s| is)? (\S+ )?number (fi|for|to|do|should|can|shall|must) (i |we |you |mi |wi |unu )?(call|ring|dial|phone|reach)\b"
                         r"|\b(a )?(que|cual) (numero|telefono) (llamo|llamamos|llamar|marco|marcamos|marcar)\b"
                         r"|打(哪个|哪一个|什么|啥|几)号|拨(打)?(哪个|什么|几)号|打(哪个|什么)电话|몇 ?번으로 (전화|연락)|어디로 전화")
# The word for an e-mail address ("email", "correo", "邮箱", "이메일"): where it stands next to a phone asked
EMAIL_WORD = re.compile(r"(?<![a-z])e-?mails?(?![a-z])|(?<![a-z])mail(?![a-z])|correo|邮箱|邮件|电邮|信箱|이메일|메일|이멜|전자 ?우편")


# -- actions asked in words ------------------------------------------------------------------------
# Who is to do the reminding, in every Spanish "you" ("para que me avisen / avise / avises /
# aviséis", "me lo recordéis"), folded: one list for the remind action below and for the inquiry
# form's "a reminder, no sign-up" test (`inquiry_words.TO_BE_REMINDED`); the Spain plural was
# missing, and "apúntame para que me aviséis" opened the sign-up form (play29)
YOU_REMIND_ES = r"(recuerden|recuerde|recuerdes|recordeis|avisen|avise|avises|aviseis)"
ACTIONS: tuple[tuple[str, str], ...] = (
    # Taiwan and Hong Kong say 行事曆 (read here as 行事历) for a calendar; LatAm "agéndamelo"; "ics"
    # beside Chinese characters has no word boundary ("给我发一下ics", "ics檔案")
    ("ics", (r"calendar|\.ics|(?<![a-z])ics(?![a-z])|\bical\b|calendario|(mi|tu|nuestra|la) agenda\b|\bagend(ar|a(me|nos)(lo|la)?|alo|ala)\b(?! (un |una |el )?(recordatorio|aviso|alerta))"
             # asked with tú, vos or usted ("¿me lo agendás?", "¿nos la agendas?", "agéndemelo")
             r"|\b(me|nos) (lo|la|los|las) (agendas|agendan|agendes|agenden|agendarias|agendaria|agendarian)\b|\bagend(e|en)(me|nos)(lo|la)?\b"
            r"|(add|put|save) (it|this|that|them)? ?(to|in|into|on) (my|our) (schedule|diary)"
            r"|日历|日程文件|行事历|月历|(加|放|存|写)(到|进|入)(我的?)?日程|캘린더|달력|일정 파일|(일정|스케줄)(표)?에 (추가|넣|등록|저장)"
             r"|(내 |제 )?(일정|스케줄)(표)?(으로|로)? ?(추가|등록|저장)해")),
    # a reminder called off: before "remind", which the same words would match
    ("unremind", (r"\b(cancel|stop|remove|delete|clear|turn off|switch off|get rid of|undo|drop|no more)\b.{0,25}\b(remind\w*|pings?)\b"
                 r"|\bremind\w*\b.{0,15}\b(off|cancel\w*|removed?|deleted?|no longer)\b|\bdon'?t (need|want) (the |a |any |my |that |those )?remind"
                 r"|\b(cancela\w*|quita\w*|borra\w*|elimina\w*|desactiva\w*|ya no)\b.{0,25}\b(recordatorios?|recuerd\w*|record\w*|avis\w*|alertas?)\b"
                 r"|\brecordatorios?\b.{0,15}\b(cancel\w*|quit\w*|borr\w*|elimin\w*|desactiv\w*)"
                 r"|(取消|不用|不要|别再?|删掉?|删除|关掉|关闭|撤销).{0,6}提醒|提醒.{0,6}(取消|删|关掉|关了|不要了|不用了|撤)"
                 r"|(리마인더|리마인드|알림).{0,8}(취소|끄|꺼|없애|지워|지우|해제|삭제|그만|필요 ?없)")),
    ("remind", (r"remind(?! me (what|when|which|where|who|how|again|of the (date|day|time)))|reminder|\bping (me|us)\b"
               r"|heads[- ]up|don'?t let (me|us) forget"
               # "give us a nudge before it starts", "nudge me the day before"
               r"|\b(give|send|drop) (me|us) a (nudge|shout|buzz|poke|prod)\b.{0,25}\b(before|ahead|prior)\b|\bnudge (me|us)\b"
               # an alert set for before the event ("set an alert before the event", "ponme una alerta
               # antes"): a reminder; an alert for news ("alert me to new titles") is a subscription
               r"|\b(set|create|add|put|schedule|send)( (me|us))? (an? |one |some )?alerts?\b.{0,20}\b(before|ahead|prior)\b|\balert (me|us)\b.{0,20}\b(before|ahead|prior)\b"
               r"|\b(pon(me|nos|er)?|crea(me|nos)?|configura|activa|manda(me|nos)?) (una )?alerta\b.{0,20}\bantes\b"
               r"|recuerdame|recuerdamelo|recuerdanos|recordame|recordamelo|recordanos|recordatorio|avisame|avisanos|avisenme"
               # asked with usted or ustedes ("Recuérdeme el día antes", "avísenos un día antes", "¿me
               # puede recordar la víspera?")
               r"|recuerdeme|recuerdemelo|recuerdenos|recuerdenme|recuerdenmelo|recuerdennos|aviseme|avisenos|avisennos"
               r"|\b(me|nos) (puede|puedes|podria|podrias|pueden|podrian) (recordar|avisar)\b"
               r"|\b(puede|puedes|podria|podrias|pueden|podrian) (recordar|avisar)(me|nos)(lo|la)?\b"
               # "anotame", "apúntamelo" said alone (an event in focus): note it for me, a reminder
               # ("apúntame a la noche de cine" with the event named is a place asked: the sign-up gap)
               r"|^\W*(ok |vale |dale |si |bueno )?(anota|apunta|agenda)(me|nos)(lo|la)?( (porfa|por favor|pls))?\W*$"
               r"|\b(me|nos) (lo |la )?(recuerdas|recordas|recuerdan|recordaras|avisas|avisan|avisaras)\b"
               r"|提醒|到时候?(通知|叫|告诉)(我|我们)|记得(叫|通知)(我|我们)|提下我|提吓我"
               # Cantonese "提我一下", "記得提我", "到時提下我": remind me ("提我们的项目" mentions us)
               r"|提(一下|下|吓)?我(?!们|哋|的|嘅)"
               r"|알림|알려 ?주세요.{0,6}(전에|당일)|리마인드|리마인더|미리 알려|잊지 않게|잊어버리지 않게"
               # told before it starts ("시작하기 전에 나 좀 챙겨서 알려 주세요", "开始前通知我一声", "before it
               # kicks off, give me a shout"): a reminder of the event talked about
               r"|(시작|개막|오픈)(하기|되기)? ?전에?[^?.!]{0,15}(알려|연락|말해|챙겨) ?(주|줘|줄)"
               r"|(开始|开幕|开场)(之)?前[^。？?]{0,10}(告诉|通知|叫|提醒|说)(一声)?(我|我们)?"
               # told a little before it starts, asked politely ("le agradecería que me avisaran un poco
               # antes de que empiece", "I'd be grateful if you could let me know shortly before it
               # begins", "開始之前通知我一下", "시작 전에 좀 알려 주소"): a reminder (fixS16)
               # (the event as a pronoun between: "le agradeceré me lo recuerde un día antes")
               r"|\b(me|nos) (lo |la |los |las )?(avisaran|avisara|avisen|avise|avisasen|avisase|recordaran|recordara|recuerden|recuerde|escribieran|escriban)\b[^?.!]{0,30}\bantes\b"
               # the same in the infinitive after a courtesy ("Le ruego recordármelo antes de que comience",
               # "¿sería posible avisarnos antes de que empiece?"; fixY20)
               r"|\brecordar(me|nos)(lo|la)?\b[^?.!]{0,30}\bantes\b|\bavisar(me|nos)(lo)? antes de que (empiece|comience|inicie|arranque)\b"
               # (a notice sent before it, by any verb and noun: "mándame un aviso antes de que arranque",
               # "envíenos un recordatorio antes", "send me a heads-up before it starts"; para21)
               r"|\b(mandame|mandanos|enviame|envianos|dame|danos|me mandan|me envian|mandenme|envienme|mandeme|envieme|me manda|me envia)\b[^?.!]{0,12}\b(aviso|avisito|recordatorio|mensaje|mensajito|notificacion|alerta|toque|correo)\b[^?.!]{0,25}\bantes\b"
               r"|\b(send|give|shoot|drop) (me|us) (a |an )?(quick )?(reminder|heads-?up|notice|ping|nudge|message|alert|text|note)\b[^?.!]{0,25}\b(before|ahead of)\b"
               r"|\b(let (me|us) know|tell (me|us)|notify (me|us)|inform (me|us)|warn (me|us)|message (me|us)|drop (me|us) a (line|note))\b[^?.!]{0,20}\b(before|ahead of)\b"
               r" (it|things?|the (event|session|show|day|start)|the thing)( (starts|begins|kicks off|opens|gets going))?\b"
               r"|(开始|開始|开幕|開幕|开场|開場)(之)?前[^。？?]{0,10}(通知|告訴|提醒)"
               r"|(시작|개막|오픈) ?(하기 ?|되기 ?)?전에?[^?.!]{0,15}(알려|연락|말해|챙겨) ?(주|줘|줄|달)"
               r"|\bbefore (it|things?|the (event|session|show|day)) (starts|begins|kicks off|opens)\b.{0,30}\b(let (me|us) know|tell (me|us)|give (me|us) a (shout|heads)|ping (me|us))"
               r"|(보내|하|연락하|전화하|드리|챙기)라고 ?(꼭 |좀 )?알려"
               # "때 되면 알려줘요", "그때 알려 주세요", "날짜 다가오면 알려 줘", "let me know when it's time",
               # "avísame cuando se acerque", "快到了告诉我": when the event comes, a reminder of it
               r"|(^|\s)(그 ?때|(그 ?)?(때|날|시간|날짜)(가|이)? ?(되면|돼서|오면|다가오면|가까워지면)) ?(꼭 |좀 )?(알려|연락|말해) ?(주|줘|줄)"
               r"|(다가오면|가까워지면|임박하면) ?(꼭 |좀 )?(알려|연락|말해) ?(주|줘|줄)"
               r"|\b(let (me|us) know|tell (me|us)|ping (me|us)|give (me|us) a (shout|heads[ -]?up)) when (it'?s|it is) (time|close|near|coming up|about to start)\b"
               r"|\b(let (me|us) know|tell (me|us)|ping (me|us)) (closer to|nearer) the (date|day|time)\b"
               # "let me know when the pitch day comes around", "give me a shout when it rolls round":
               # when the event (named or in focus) comes, a reminder of it
               r"|\b(let (me|us) know|tell (me|us)|ping (me|us)|give (me|us) a (shout|heads[ -]?up|nudge)) when\b.{0,50}\b(comes?|rolls?|swings?) (a)?round\b"
               r"|\b(avisame|avisanos|aviseme|avisenme|avisenos) (cuando|ya que) (se acerque|sea la fecha|sea el dia|llegue el dia|este cerca|falte poco)\b"
               r"|(快到了|(?:差不多|就快|快要)?快?到的时候|差不多到了|日子到了|时间到了|到了时候|到了?那(一)?天|那(一)?天到了|(它|这个活动)?到了的时候)(的时候)?(就|再)?(告诉|通知|提醒|跟)(我|我们)"
               # "let me know the day before", "dime un día antes", "前一天告诉我", "하루 전에 알려 주세요"
               r"|\b(let (me|us) know|tell (me|us)|message (me|us)|text (me|us)|notify (me|us)|write (me|us))\b.{0,12}\b(day|days|week|hours?) (before|ahead|prior)\b"
               r"|\b(dime|dinos|escribeme|escribenos|mandame un mensaje|notificame)\b.{0,12}\b(dia|dias|semana|horas?) antes\b"
               r"|(提前|前)(一|1|两|2|三|3)?(天|日|周|个小时|小时).{0,4}(告诉|通知|说一声|叫|发消息给)(我|我们)"
               r"|(提前|前)(一|1|两|2|三|3)?(天|日|周|个小时|小时).{0,4}(跟|和|给)(我|我们)(讲|说|打)(一)?声"
               r"|(하루|이틀|사흘|일주일|한 ?주|\d+ ?(일|시간|분)) ?전(에|날)?.{0,10}(알려|연락|문자|메시지)|전날(에)?.{0,6}(알려|연락|문자)"
               # "협약식 하기 전에 알려 주세요", "시작하기 전에 연락 주세요"
               r"|(하기|시작하기|시작되기|열리기|시작|행사) ?전에?.{0,8}(알려|연락|문자|메시지) ?(주|줘|줄)"
               # "let me know when it gets closer", "give me a heads up closer to the date", "quiero que me
               # avisen cuando se acerque", "avísenme cuando falte poco": when the event comes near
               r"|\b(let (me|us) know|tell (me|us)|ping (me|us)|message (me|us)|text (me|us)|remind (me|us)|keep (me|us) posted|give (me|us) a (shout|nudge|heads[ -]?up))"
               r" (when|as|once) (it|the (date|day|event|session))(( (gets|is getting|comes|draws|is|'s|gets a bit|is a bit))|'?s) (closer|nearer|near|close)\b"
               # "anotame para que me recuerden ese", "apúntanos pa que nos avisen": noted to be reminded
               r"|\b(anota|apunta|agenda)(me|nos)(lo|la)?\b.{0,20}\b(para|pa) que (me|nos) (lo |la )?" + YOU_REMIND_ES + r"\b"
               r"|\b(closer|nearer) to (the )?(date|day|time)\b"
               r"|\b(me|nos) (avisen|avisan|avise|avises|avisas|avisaran|avisarian|recuerden|recuerde|recuerdes) (cuando|ya que|apenas) (se acerque|este cerca|falte poco|sea la fecha|llegue el dia|se venga)\b"
               r"|\b(avisame|avisanos|aviseme|avisenme|avisenos) (cuando|ya que|apenas) (falten? pocos? dias|se venga|ya (este|se acerque))\b")),
    # "지도" is also guidance (지도하다, 지도 교수): the map only when not followed by those; and
    # "-는지도/-ㄹ지도" is "whether … too" ("호텔 잡아줄 수 있는지도 알려주세요", "갈지도 몰라요"),
    # 인지도 recognition: no map after those endings
    ("map", (r"\bmaps?\b|\bpin\b|\bmapa\b|\bubicacion en (el )?mapa|地图|定位(?!.{0,3}地址)|位置(发|传|给)|(?<![는은인을할될갈올볼줄한된간온본준던일쓸알])지도(?!하|해|했|합|할|받|자|교수|부|력|층| ?모르)|약도|길 ?찾기"
             # the location sent or shared, as a chat app does ("send me the location", "pásame la
             # ubicación", "发个位置", "위치 보내 주세요"): the map pin
             r"|\b(send|share|drop|text)( (me|us))? (the |its |their |a )?(exact )?location\b"
             r"|\b(manda|envia|pasa|comparte|compart[ie])(me|nos|rme|rnos)? (la )?(ubicacion|localizacion)\b"
             r"|(发|传|分享)(个|一下|一个)?(位置|定位)|위치 ?(좀 |를 )?(보내|공유|찍어)")),
)


# The partners' own calendar is what a file goes to; "what's next on your calendar?", "¿qué tienen
# en el calendario?", "你们日程上有什么" ask about ours: the events, no file.
THEIR_CALENDAR = re.compile(r"\b(on |in )?(your|the|you all|you guys|y'?all'?s?) (calendar|schedule)\b|\b(tienen|tenes|tiene|hay) en (el|su|tu) calendario"
                            r"|\b(su|tu) calendario\b|\bel calendario de (ustedes|hisda|eventos)|你们的?(日历|日程|行事历)"
                            r"|(캘린더|달력)(에|상)(에)? (뭐|어떤|다음)"
                            # the calendar of events named as such ("what's next on your events calendar?", "the
                            # HISDA event schedule", "el calendario de actividades", "你们活动日历上", "행사 캘린더에")
                            # is ours: the events listed, no file (fixZ16)
                            r"|\b(your|the|you all|you guys|y'?all'?s?) (\w+ )?(events?|activities|alliance'?s?|hisda'?s?|studio'?s?|festival) (calendar|schedule|diary)\b"
                            r"|\bcalendario (de|del) (eventos|actividades|la alianza|hisda|ustedes)\b|\bagenda de (eventos|actividades)\b"
                            r"|(活动|联盟|横店)的?(日历|日程表?|行事历)(上|里|中)|(행사|이벤트|연맹|협회) ?(캘린더|달력|일정표?)(에|상|엔)")
FILE_WANTED = re.compile(r"\.ics|(?<![a-z])ics(?![a-z])|\bfile\b|\b(add|put|save|send)\b|archivo|agrega|agendal|manda|envia"
                         r"|文件|加到|加进|发(给|我)|파일|추가|보내|넣어"
                         # "chuck me the calendar invite", "pásame la invitación del calendario", "日历邀请",
                         # "캘린더 초대": a calendar invite is the .ics, given with any verb
                         r"|\binvites?\b|\binvitations?\b|\binvitacion(es)?\b|\b(chuck|flick|shoot|bung|pass|forward|throw|give|drop|email|text)( it| that| this)? (me|us)\b"
                         r"|\b(pasa|pase|pasen|reenvia|comparte)(me|nos|rme|rnos)\b|邀请|邀請|초대")


# A reminder of the partner's own errand, not of an event: a task ("remind me to email you",
# "recuérdame llamarles", "提醒我给你们发邮件", "메일 보내라고 알려 주세요") or a time of their own
# ("remind me tomorrow at 10am", "recuérdame mañana", "明天上午提醒我", "내일 오전에 알려 주세요"); an
# hour alone may be the event day's ("remind me at 9 on the day").
OWN_ERRAND = re.compile(
    r"\bremind (me|us)\b.{0,30}\bto (?!(the|this|that|your|an?|it)\b)(?!(attend|come|go|join|register|sign|be there)\b)\w+"
    r"|\bremind (me|us) (tomorrow|tonight|this (afternoon|evening|morning)|in (an? |\d+ )(minutes?|hours?))"
    r"|\b(recuerd|record)\w*\b.{0,20}\b(llamar|escribir|mandar|enviar|pagar|comprar|revisar|contactar|contestar|responder|preguntar)\w*"
    r"|\b(recuerd|record)\w* (manana|hoy|esta (tarde|noche)|pasado manana|en \d+ (minutos|horas))"
    r"|提醒(我|我们)\W{0,2}(明天|今晚|今天|后天|下午|上午|晚上|\d+点)?.{0,4}(给|打|发|写|回|买|交|付|联系|查|问)"
    r"|(明天|今晚|今天|后天).{0,8}提醒"
    r"|(보내|하|연락하|전화하|드리|챙기)라고 ?(꼭 |좀 )?(알려|말해|리마인드)|(내일|오늘|모레).{0,10}(알려 ?주|알림|리마인드)")


def own_errand(text: str) -> bool:
    """A reminder of the partner's own task or time, which no event's reminder is (`OWN_ERRAND`)."""
    return OWN_ERRAND.search(fold(text)) is not None


# News as what the partner wants to hear of ("ping me whenever there's news", "avísame cuando haya
# novedades", "有新消息就通知我", "새 소식 있으면 알려 주세요"): a subscription, no event's reminder
NEWS_WISHED = re.compile(r"\b(news|updates|announcements?|novedades|noticias|anuncios)\b|新消息|新动态|有消息|소식|뉴스|공지")


def action_asked(text: str) -> str | None:
    folded = fold(text)
    key = next((key for key, rx in _compiled(ACTIONS) if rx.search(folded)), None)
    if key == "ics" and THEIR_CALENDAR.search(folded) and not FILE_WANTED.search(folded):
        return None
    if key == "remind" and NEWS_WISHED.search(folded) and not re.search(r"remind|recordatorio|recuerd|提醒|리마인더", folded):
        return None  # (`NEWS_WISHED`; "set a reminder for the festival news day" keeps its reminder)
    return key


def event_actions_asked(text: str) -> tuple[str, ...]:
    """Both actions on one event asked in one message ("set a reminder and send me the calendar
    file too", "알림 설정해 주시고 캘린더 파일도 보내 주세요"): ("remind", "ics") in the order asked;
    () when only one (or neither) is asked, or the reminder is one to cancel."""
    folded = fold(text)
    first = action_asked(text)
    if first not in ("ics", "remind"):
        return ()
    found = {key: m.start() for key, rx in _compiled(ACTIONS) if key in ("ics", "remind", "unremind") and (m := rx.search(folded))}
    if len(found) != 2 or "unremind" in found or (THEIR_CALENDAR.search(folded) and not FILE_WANTED.search(folded)) or own_errand(text):
        return ()
    return tuple(sorted(found, key=found.get))


# -- several questions in one message ----------------------------------------------------------
# A Hangul syllable closed by ㄴ or ㄹ: "하는지", "있는지", "가능한지", "될지" end an embedded question
_KO_N_OR_L = "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 in (4, 8))
# "also" right after a pronoun or auxiliary is inside one clause ("do you also have sets...?"), as after
# "maybe" or an object pronoun ("shows and maybe also drama", "possible for us also to be inside"; fixG17)
_ALSO_INSIDE = "".join(f"(?<!\\b{word} )" for word in ("you", "we", "they", "i", "it", "do", "can", "is", "are", "will",
                                                       "maybe", "perhaps", "probably", "us", "me", "them"))
# "también", "además" open a second question after a stop, a comma or "y"/"pero" ("…, y también:
# ¿cuándo es?"); after a verb they are inside one ("¿me pasás también la dirección del cuarto?")
_ES_ALSO = r"(?:(?<![\w ])|(?<=[,.;:!?¿¡] )|(?<=\by )|(?<=\bpero ))(?:tambien|ademas)\b"
_SPLIT = re.compile(r"(?<=[?？])\s*|\s*(?<![\d.])(?:[1-9]|[①-⑨])[.)、．]\s*(?=[^\d\s])|\s*(?:\band also\b|" + _ALSO_INSIDE + r"\balso\b|\bplus\b|" + _ES_ALSO + r"|(?<![要需得须必再能会可还也就])另外(?!的)|还有(?![吗嘛么没呢的别其什哪几多啥])|此外|顺便问"
                    # "…加入联盟要什么条件然后有没有年费啊": "then" before a question of its own (fixU16)
                    r"|然后(?=(?:再|还)?(?:有没有|有冇|是否|要不要|需不需要|用不用|能不能|可不可以|会不会|多少|几|什么时候|哪))"
                    r"|그리고|또한|그런데|아울러)[,，:]?\s*"
                    # "외국 배우도 출연할 수 있는지 또 촬영 허가는…": an embedded question, "also", the next
                    r"|(?<=[는은을인ㄴ]지)\s+또\s+"
                    r"|\s+(?:and|y|e|n|nd|&)\s+(?=(?:(?:roughly|approximately|approx|about|also|then|more or less|ballpark"
                    r"|aproximadamente|mas o menos|tambien|masomenos|mas que nada) )?(?:is there|are there|do you|what|when|where|how|who|which|hay|tienen"
                    r"|cuanto|cuando|donde|que|como|quien|cual"
                    # ("¿cuándo es el festival y a quién contacto?": a question word after its preposition)
                    r"|(?:a|con|para|de|en) (?:quien|quienes|donde|que hora)|(?:para|desde|hasta) cuando"
                    # ("¿cuánto cuesta el set y de qué época es?": "of which", "in which" asking its own)
                    r"|(?:de|en) (?:que|cual|cuales) (?:epoca|periodo|ano|anos|siglo|dinastia|set|escenario|fecha|dia|idioma|idiomas|genero|estado|etapa))\b)"
                    # "cuándo es el festival y si hay algo para productores latinos", "when it is and
                    # whether there's a fee": the embedded question after the connective is the next
                    r"|\s+(?:and|y|e)\s+(?=(?:si (?!no\b)|whether |if (?:there|they|you|we|i|it)\b))"
                    # "whats the nearest airport + can they sort out hotels?": a plus, then a question of its own
                    r"|\s+\+\s+(?=(?:can|could|do|does|did|is|are|will|would|what|whats|when|where|how|who|which|any"
                    r"|hay|tienen|pueden|puede|se puede|cuanto|cuando|donde|que|como|quien|cual)\b)"
                    # "영화제 언제 하는지랑 참가비 있는지": an embedded question, "and", the next
                    r"|(?<=[" + _KO_N_OR_L + r"]지)(?:랑|이랑|하고|와)\s+"
                    # "...where is it, and do we need a visa?": after a comma, a question of its own
                    # ("whats that called and can we license it" stays one: "it" is what was named)
                    r"|(?<=[,，])\s*(?:and|y|e)\s+(?=(?:do (?:we|i|they)|does|did|can (?:we|i|you)|could (?:we|i|you)"
                    r"|will (?:we|i|you|it|they)|should (?:we|i)|is it|are they|are we|necesit\w*|podemos|puedo|se puede)\b)",
                    re.IGNORECASE)


# "¿el estudio pone algo de su parte? subvención, precio especial?": a few nouns listed after a
# question are its options, not a question of their own.
_OPTION_SEPARATOR = re.compile(r",|，|、|/|或者|还是|이나|거나")
_OPTIONS_WORDS = 5


def _options_only(piece: str) -> bool:
    """A short list of options ("subsidy, special rate", "补贴、优惠价") with no question word of its own."""
    folded = fold(piece)
    return len(folded.split()) <= _OPTIONS_WORDS and _OPTION_SEPARATOR.search(folded) is not None \
        and not QUESTION_WORDS.search(folded) and not WH_WORDS.search(folded)


# "Where is Hengdian, what incentives are there and when is…": in a list of questions, a comma
# then a question word after a question opens the next one.
# (a Spanish question word after its preposition too: "…dinastía qing, de cuánto es el incentivo y…", "a qué hora")
_COMMA_WH = re.compile(r"(?<=[,，])\s*(?=¿?(?:(?:de|a|en|para|con|desde|hasta) )?(?:what|when|where|how|who|which|que|cuando|donde|como|quien|cual|cuanto)\b)")


# ...or by a fee asked yes or no ("¿cómo nos unimos a la alianza, hay cuota y qué ganan los miembros?",
# "how do we join, is there a fee?"): the way in, then the fee, two questions
_COMMA_PRICE = re.compile(r"(?<=[,，])\s*(?=¿?(?:hay|is there|are there|se paga|se cobra|cobran|tiene costo|tiene precio|cuesta)\b)")


def _comma_questions(span: str) -> list[str]:
    """`span` cut at each comma followed by a question word, when what precedes it is a question of
    its own (starts with a question word, at least three words): "where is it, what does it cost"."""
    folded = fold(span)
    pieces, pos = [], 0
    asked = {m.start() for m in _COMMA_WH.finditer(folded)}
    cuts = sorted({m.start(): m for m in [*_COMMA_PRICE.finditer(folded), *_COMMA_WH.finditer(folded)]}.values(),
                  key=lambda m: m.start())
    for m in cuts:
        before = folded[pos:m.start()].strip(" ,，")
        if m.start() not in asked and gap_topic(re.split(r"\s(?:y|and|e)\s", folded[m.end():])[0]) != "price":
            continue  # (a comma then a fee asked: "¿cómo nos unimos a la alianza, hay cuota y…?")
        if len(before.split()) >= 3 and QUESTION_WORDS.search(before.lstrip("¿")):
            pieces.append(span[pos:m.start()].strip(" ,，"))
            pos = m.end()
    pieces.append(span[pos:].strip(" ,，"))
    return [piece for piece in pieces if piece]


# "what incentives are there and do we need a visa?", "¿qué incentivos hay y necesitamos visa?":
# without a comma, "and" then a yes/no question of the partner's own is the next question too
_AND_OWN_QUESTION = re.compile(r"\s+(?:and|y|e)\s+(?=(?:do (?:we|i|they)|can (?:we|i)|could (?:we|i)|should (?:we|i)"
                               r"|will (?:we|i)|is there|are there|necesit\w*|podemos|debemos|tenemos que|hace falta"
                               # a yes/no of the team itself ("…, and are u guys open on sundays?",
                               # "…y estáis atendiendo ahora?", "…y atienden los domingos?")
                               r"|(?:are|do|does|is|will) (?:you|u|y'?all|they|the (?:team|office)|your (?:team|office)|anyone|anybody|someone)"
                               r"|estais|estan|atienden|atendeis|abren|trabajan|trabajais|hay alguien)\b)")
# ...unless the later question is asked of what the first one named ("whats that called and can we
# license it", "¿cómo se llama y podemos licenciarla?")
_ASKED_OF_IT = re.compile(r"\b(it|them|that|this|those|lo|los|eso|esto|ello)\b|\w(?:ar|er|ir)(?:lo|la|los|las)\b")


# A part that asks what a record is, and nothing more ("what is Latin Film Night", "¿qué es la
# Noche de Cine Latino", "拉丁电影之夜是什么", "진왕궁은 뭐예요"): beside another fact of that record
# ("…and where is it?"), what it is, in a sentence, is asked too (`Router.route`)
WHAT_IS = re.compile(r"^\W*(?:and |so |ok,? |y |entonces )?(?:what(?:'s| is| are)|whats|(?:que|q) (?:es|son)|que tipo de \w+ es)\b"
                     r"|是(?:什么|啥|个什么|干什么的|做什么的)\W*$|(?:뭐|무엇|뭔)(?:예요|에요|이에요|인가요|죠|야|입니까|일까요)\W*$"
                     r"|어떤 \S+(?:예요|이에요|인가요|입니까)\W*$")


def _and_questions(span: str) -> list[str]:
    """`span` cut before "and"/"y" then a yes/no question of its own (`_AND_OWN_QUESTION`), when
    what precedes it is a question with a question word (at least three words) and what follows
    asks nothing of it: "what incentives are there and do we need a visa?" is two questions."""
    folded = fold(span)
    found = list(_AND_OWN_QUESTION.finditer(folded))
    if len(found) != 1:
        return [span]
    before, after = folded[:found[0].start()].strip(" ¿,，"), folded[found[0].end():]
    if len(before.split()) < 3 or not WH_WORDS.search(before) or not QUESTION_WORDS.search(before) \
            or _ASKED_OF_IT.search(after):
        return [span]
    return [span[:found[0].start()].strip(" ,，"), span[found[0].end():].strip(" ,，")]


# A Korean question joined to the next by "-고" ("어디에 있고", "뭐가 있고", "얼마고", "언제고"): the cut
# after it, when what follows asks a question of its own (see `split_parts`)
_KO_WH_AND = re.compile(r"(?:어디|뭐|무엇|언제|얼마|누구|어떻게|몇)[가-힣 ]{0,6}?고(?=\s)")
# "누가" (who, as the subject) is a question word too: "회원사는 몇 곳이고 실무는 누가 맡고 있나요"
_KO_WHO = re.compile(r"(?<![가-힣])누가(?=\s|$)")
# ...the next question naming its own subject ("라틴 영화의 밤은 언제예요?", not "어떻게 가요?")
_KO_SUBJECT = re.compile(r"\s*\S.{0,30}?(?<=[가-힣A-Za-z0-9])(?<!에서)(?<!에게)(?<!으로)(?<!부터)(은|는|이|가)\s")
# A Chinese clause that ends asking ("横店在哪里", "什么时候"), not one that only has "几个" in it
_ZH_ASKS_AT_END = re.compile(r"(什么|啥|谁|哪[里儿个些]?|几[个点号时]?|怎么\w?|怎样|如何|多少\w?|多久|吗|呢|么)\W*$")


# "拉丁电影之夜什么时候，要收费吗": after a clause that asks, a comma then what is not published
_ZH_COMMA = re.compile(r"[,，]\s*")
# "有韩国的合作伙伴吗，那西班牙的呢": "and what about…" after a comma asks the question again of
# another value; "影视节什么时候以及要不要报名费": a connective after a clause that asks, the next one
_ZH_WHAT_ABOUT = re.compile(r"[,，]\s*(?=那[^,，。？?]{1,15}?呢)")
_ZH_AND = re.compile(r"[,，]?\s*(?:以及|并且|而且|同时|和|跟)\s*")
_ZH_CLAUSE_ASKS = re.compile(r"什么时候|哪天|几号|几点|多少|多久|在哪|哪里|怎么|如何|是否|有没有|要不要|吗|呢|么")
_ZH_WH = re.compile(r"什么时候|哪天|几号|几点|多少|多久|在哪|哪里|怎么|如何")


# A question asked inside a statement ("不知道要不要签证", "唔知使唔使签证"): a clause that asks
_ZH_INDIRECT = re.compile(r"(不知道|不清楚|不确定|唔知|想知道|想问)(要不要|需不需要|需要|用不用|是否|能不能|可不可以|使唔使|要唔要|有没有)")
# ...and in Korean, joined to the next question ("비자가 필요한지 모르겠고 비용이 얼마나 드는지도 궁금해요")
_KO_INDIRECT_AND = re.compile(r"(?<=[가-힣])(?:지|지도) ?(?:모르겠고|모르겠는데|몰라서|몰라요|모르겠어요|궁금하고|궁금한데|궁금해요)[,.]?\s")


def _ko_indirect_halves(span: str) -> list[str]:
    """`span` cut after a Korean clause asking inside a statement ("…필요한지 모르겠고") when what
    follows asks too (a question word, or what is not published); else [span]."""
    m = _KO_INDIRECT_AND.search(span)
    if m is None:
        return [span]
    after = span[m.end():]
    if len(re.sub(r"\W", "", after)) < 4 or not (WH_WORDS.search(fold(after)) or gap_topic(after) is not None):
        return [span]
    return [span[:m.end()].strip(" ,，"), after.strip(" ,，")]


def _zh_joined(span: str) -> list[str]:
    """`span` cut where a Chinese clause that asks is joined to the next question (`_ZH_WHAT_ABOUT`,
    `_ZH_AND`); names and nouns joined by 和 ("明清两代", "韩国和西班牙") stay one."""
    if not _HAN_IN.search(span) or re.search(r"[A-Za-z가-힣]{3,}", span):
        return [span]
    pieces, pos = [], 0
    for m in _ZH_WHAT_ABOUT.finditer(span):
        before = span[pos:m.start()]
        if _ZH_ASKS_AT_END.search(before) or _ZH_WH.search(before):  # ("好的，那第三个呢" asks once)
            pieces.append(before)
            pos = m.end()
    pieces = [p for p in [*pieces, span[pos:]] if p.strip()]
    cut: list[str] = []
    for piece in pieces:
        pos = 0
        for m in _ZH_COMMA.finditer(piece):
            before, after = piece[pos:m.start()], piece[m.end():]
            if _ZH_INDIRECT.search(to_simplified(before)[0]) and _ZH_CLAUSE_ASKS.search(after) \
                    and gap_topic(to_simplified(after)[0]) is not None and gap_topic(to_simplified(before)[0]) is None:
                # "不知道需不需要簽證，總共大概要多少錢？": the visa asked inside the statement, then the cost
                cut.append(before)
                pos = m.end()
                continue
            if (_ZH_ASKS_AT_END.search(before) or _ZH_WH.search(before)) \
                    and _ZH_CLAUSE_ASKS.search(after) \
                    and gap_topic(after) is not None and gap_topic(before) is None \
                    or _ZH_ASKS_AT_END.search(before) and _ZH_ASKS_AT_END.search(after) \
                    and gap_topic(before) is not None and gap_topic(after) is None:
                # (and the other way round: "入盟需要交会费吗，条件是什么": the fee, then the way in)
                cut.append(before)
                pos = m.end()
        cut.append(piece[pos:])
    pieces = [p for p in cut if p.strip()]
    out: list[str] = []
    for piece in pieces:
        pos = 0
        for m in _ZH_AND.finditer(piece):
            before = piece[pos:m.start()]
            if len(before) >= 4 and (_ZH_ASKS_AT_END.search(before) or _ZH_WH.search(before)) \
                    and len(piece) - m.end() >= 4 and _ZH_CLAUSE_ASKS.search(piece[m.end():]):
                out.append(before.strip(" ,，"))
                pos = m.end()
        out.append(piece[pos:].strip(" ,，"))
    return [p for p in out if p]


_HAN_IN = re.compile(r"[\u3400-\u9fff]")


# Two nouns joined inside one question ("헝뎬 가는 방법이랑 비자", "住宿和签证", "visa and
# accommodation", "el visado y el alojamiento"): where a part may hold two subjects
_NOUNS_JOINED = re.compile(r"(?<=[가-힣])(?:이랑|랑|하고|와|과)\s+|(?<=[\u4e00-\u9fff])(?:和|跟|以及)(?=[\u4e00-\u9fff])"
                           r"|\s(?:and|y|e)\s")


def noun_halves(part: str) -> tuple[str, str] | None:
    """The two halves of a part joined once by a connective ("헝뎬 가는 방법이랑 비자" → "헝뎬 가는
    방법", "비자"), each of two letters or more; None for none or several connectives."""
    found = list(_NOUNS_JOINED.finditer(part))
    if len(found) != 1:
        return None
    one, two = part[:found[0].start()].strip(" ,，"), part[found[0].end():].strip(" ,，")
    # the nouns are the clause around the connective: "我们剧组有两个沙特演员和一个埃及摄影，去横店要办
    #什么签证吗？" joins two people of the crew, not the people and the visa asked after the comma
    one, two = re.split(r"[,，;；]", one)[-1].strip(), re.split(r"[,，;；]", two)[0].strip()
    if found[0].group().strip() in ("and", "y", "e") and (len(one.split()) > 6 or len(two.split()) > 3):
        return None  # two clauses ("is it allowed for a crew to come and film on your lots?"), not two nouns
    return (one, two) if len(re.sub(r"\W", "", one)) >= 2 and len(re.sub(r"\W", "", two)) >= 2 else None


# A clause after "?" that only narrows what the question before it asks for ("¿tienen de romance??
# q estén en español", "any thrillers? that are in English", "有爱情片吗？要西语的"): part of that
# question, not one of its own (its filter would be dropped with it).
# The whole list asked for after the question that names it ("what sets do you have? send me the full
# list", "¿qué obras tienen? pásame la lista completa", "有哪些景？发个完整清单", "세트 뭐 있어요? 전체 목록
# 보내 주세요"): the same question, said again as a request, no second one
_LIST_TAIL = re.compile(
    r"^\W*((and|so|just|please|pls|plz|can you|could you|y|porfa|por favor|me)\s+)*(send|give|show|share|forward|email|"
    r"pasa|pasame|pasen|pasenme|manda|mandame|manden|mandenme|envia|enviame|envien|envienme|muestrame|comparte|compartime)"
    r"(\s+(me|us|nos|over))?\s+(the|a|your|la|el|su|una)?\s*(full|whole|complete|entire)?\s*(list|lista|listado|rundown)"
    r"(\s+(completa|completo|entera|entero))?(\s+(please|pls|plz|porfa|por favor|thanks|gracias))?\W*$"
    r"|^\W*(请|麻烦)?(发|给)(我|我们)?(一下|下)?(个|一个|一份)?(完整的?|全部的?)?(清单|名单|列表|目录)(吧|呗|谢谢)?\W*$"
    r"|^\W*(전체 |전부 |다 )?(목록|리스트)(을|를|좀|도)? ?(전부 |다 )?(보내|주세요|줘|부탁|알려|보여)\S*( \S+)?\W*$")
# What the partner has to do, asked ("what do we need to do", "¿qué tenemos que hacer?", "需要做什么",
# "뭘 해야 돼요"): the steps of something, named in the message or just before
STEPS_ASKED = re.compile(
    r"\bwhat (do|would|should|will) (we|i) (need to|have to|got to|gotta) do\b|\bwhat('s| is) (needed|required)\b"
    r"|\b(que|q) (tenemos|tendriamos|hay|debemos|deberiamos|necesitamos|tengo) que hacer\b|\b(que|q) (se necesita|hace falta)\b"
    r"|(需要|要|得)(做|准备)(什么|哪些|些什么)|(뭘|무엇을|뭐) ?해야|어떻게 해야")
# A part that asks only those steps, of the part before it ("go halves on that one? what do we need
# to do", "¿entramos de socios en esa? ¿qué tenemos que hacer?"): one question, not a second one
_STEPS_TAIL = re.compile(r"^\W*((and|so|then|ok|y|entonces|pues|y entonces|那|那么|그럼|그러면)\W+)?(" + STEPS_ASKED.pattern + r")"
                         r"(\W+(then|exactly|entonces|exactamente|para eso|for that|for it|呢|요))?\W*$")
# A gloss of what the part before asked, no question of its own ("tienen series de wuxia? de espadas
# y eso", "any wuxia? sword stuff and all that", "有武侠剧吗？打打杀杀那种的", "무협 있어요? 칼싸움
# 같은 거요"): the part before said again in other words, glued to it (fixN25); a short gloss only: a
# longer one names a thing of its own ("¿hay algo con Corea? ¿una rueda de negocios o algo así?")
_GLOSS_TAIL = re.compile(
    r"^\W*(o sea |osea |like |i mean |es decir |tipo |you know )?[\w' -]{1,20}?\b(y eso|y todo eso|y esas cosas|y asi|o algo asi|o algo por el estilo"
    r"|and stuff|and that|and all that|and such|and so on|or something( like that)?|or whatever)\W*$"
    r"|^\W*[\u4e00-\u9fff]{1,10}(之类的|什么的|那种的?|那类的?|那样的)(吧|啊|呀|嘛)?\W*$"
    r"|^\W*[가-힣 ]{1,16}(같은|그런) ?(거|것|거요|것들|류)(요)?\W*$")
_FILTER_TAIL = re.compile(
    r"^\W*(y |and )?(que|q|k|pero que|that|which|ones that|but)\s+(esten|sean|este|sea|vengan|tengan|hablen|are|is|have|come"
    # ("…en castellano y que sigan buscando socios?", "…in Spanish and that still need partners?")
    r"|sigan|siguen|busquen|buscan|necesiten|necesitan|still|need|needs|seek|look)\b"
    r"|^\W*(y |and )?(en|in|con|with)\s+(espanol|ingles|chino|coreano|english|spanish|chinese|korean)(\W+(please|pls|plz|porfa|por favor))?\W*$"
    r"|^\W*(要|最好是?|得是|需要)?(中文|英文|西语|西班牙语|韩语)(的|版)\W*$"
    r"|^\W*(한국어|영어|스페인어|중국어)(로 된|로|판|버전)\s?(거|것|걸로|작품)?(요|이요)?\W*$")


def _what_is_asked(part: str) -> bool:
    """"q es exactamente HISDA?", "what's the alliance?": what something is asked, of which an
    e-mail asked next ("¿tienen un correo de contacto?") is no channel but a question of its own."""
    return WHAT_IS.search(fold(after_greeting(part) or part)) is not None


def _channel_tail(piece: str) -> bool:
    """A short tail that only asks for a way to reach someone ("need an email", "correo porfa",
    "邮箱也要一个", "메일 주소도 주세요"), no question word of its own: the channel of the question
    before it ("who handles the talent program? need an email": that contact's e-mail)."""
    folded = fold(piece)
    words = re.findall(r"\w+", folded)
    short = len(words) <= 5 if re.search(r"[a-z]", folded) else len(re.sub(r"\W", "", folded)) <= 10
    asked = set(facts_asked(piece))
    if "email" in asked:
        asked.discard("venue")  # ("an email address", "메일 주소": the e-mail's address, no place)
    return short and bool(asked) and asked <= {"email", "phone"} and not WH_WORDS.search(folded)


def _ko_wh_halves(text: str) -> list[str]:
    """A Korean question ending in "-고" then another (`split_parts`' condition), as its two
    halves; else [text]."""
    joined = _KO_WH_AND.search(text)
    if joined and ((WH_WORDS.search(fold(text[joined.end():])) or _KO_WHO.search(text[joined.end():]))
                   and _KO_SUBJECT.match(text[joined.end():])
                   or gap_topic(text[joined.end():]) is not None
                   or (gap_topic(text[:joined.end()]) is not None and WH_WORDS.search(fold(text[joined.end():])))):
        return [text[:joined.end()].strip(), text[joined.end():].strip()]
    return [text]


# A clause of English or Spanish that opens with its question word ("where is…", "¿a qué hora abre…?")
_LATIN_WH_OPENS = re.compile(r"\W*(?:and |y |also |tambien )?(?:what|which|where|when|who|how|(?:a |en |de |desde |hasta |para |por )?"
                             r"(?:que|cual|cuales|donde|adonde|cuando|como|quien|quienes|cuanto|cuantos|cuantas))\b")

_WHERE_WHEN_OPENS = re.compile(r"\W*(?:and |y |also |tambien )?(?:where|when|what time|(?:a |en )?(?:donde|adonde|cuando|que hora))\b")


def split_parts(text: str, limit: int = 3) -> list[str]:
    """Up to `limit` questions of a run-on message, split on "?", a numbered item ("1. 入盟要钱吗
    2. 配对会几号"), "and also", "también", "另外", "그리고"...; fragments of fewer than 3 letters
    are glued to the previous part."""
    folded = fold(text)
    spans, pos = [], 0
    for m in _SPLIT.finditer(folded):
        if m.end() == pos and m.start() == pos:
            continue
        spans.append(text[pos:m.start()].strip(" ,，;；"))
        pos = m.end()
    spans.append(text[pos:].strip(" ,，;；"))
    spans = [piece for span in spans for piece in _zh_joined(span)]
    spans = [piece for span in spans for piece in _and_questions(span)]
    spans = [piece for span in spans for piece in _ko_indirect_halves(span)]
    clauses = [c.strip() for c in re.split(r"[,，]", text) if c.strip()]
    # three clauses or more, each with its own question word, are that many questions (below),
    # even when a cut above already took some apart ("清朝的景有哪些，补贴多少钱，下次活动什么时候？":
    # the sets, then the amount and the date, not those two read as one; fixP19)
    asks_each = len(clauses) >= 3 and all(WH_WORDS.search(fold(clause)) and len(re.sub(r"\W", "", clause)) >= 5 for clause in clauses)
    if asks_each and _HAN_IN.search(text) and 1 < sum(1 for span in spans if span) < len(clauses):
        spans = [piece for clause in clauses for piece in _zh_joined(clause)]
    if sum(1 for span in spans if span) > 1:  # "A, B and C?": a list of questions (alone, "how is it asked, what goes in it?" is one)
        spans = [question for span in spans for question in _comma_questions(span)]
        # "연맹 가입은 어떻게 하고 회비 있어요? 회원 혜택은 뭐예요?": a "-고" question inside one of
        # them, cut as it is in a message alone (below)
        spans = [half for span in spans for half in _ko_wh_halves(span)]
    elif asks_each:
        # "헝뎬은 어디에 있고, 인센티브는 뭐가 있고, 다음 행사는 언제예요?": three clauses or more, each
        # with its own question word, are that many questions
        spans = clauses
    elif len(clauses) == 2 and all(WH_WORDS.search(fold(clause)) and len(re.sub(r"\W", "", clause)) >= 5 for clause in clauses) \
            and not re.search(r"[a-z가-힣]", fold(text)) and _ZH_ASKS_AT_END.search(clauses[0]):
        # "横店在哪里，拉丁电影之夜是什么时候？": two clauses of Chinese or Korean, each with its own
        # question word and subject, are two questions ("横店在哪里，怎么去" keeps its short tail)
        spans = clauses
    elif len(clauses) == 2 and all(_LATIN_WH_OPENS.match(fold(clause)) for clause in clauses) \
            and any(_WHERE_WHEN_OPENS.match(fold(clause)) for clause in clauses) \
            and not refers_back(clauses[1]) and all(len(re.findall(r"[a-z]+", fold(c))) >= 3 for c in clauses):
        # "¿dónde queda Hengdian, a qué hora abre la oficina?", "where is Hengdian, what time does the
        # office open?": two clauses each opening with its question word, one of them a place's or a
        # time's, the second of a subject of its own, are two questions ("how is it asked, what goes
        # in it?" points back, "how do I apply, what goes in the application?" says more of one: one)
        spans = clauses
    elif (joined := _KO_WH_AND.search(text)) and ((WH_WORDS.search(fold(text[joined.end():])) or _KO_WHO.search(text[joined.end():]))
                                                  and _KO_SUBJECT.match(text[joined.end():])
                                                  or gap_topic(text[joined.end():]) is not None
                                                  # ("진왕궁 대여료는 얼마고 어느 시대 배경이에요?": what is not published,
                                                  # then a fact of the same record, never swallowed by the gap)
                                                  or (gap_topic(text[:joined.end()]) is not None
                                                      and WH_WORDS.search(fold(text[joined.end():])))):
        # "헝뎬은 어디에 있고 라틴 영화의 밤은 언제예요?": a question ending in "-고" then another
        # with its own question word, in one clause; or asking what is not published ("언제 하고
        # 참가비 있어요?": the date, then the fee, a fact never swallowed by the gap)
        spans = [text[:joined.end()].strip(), text[joined.end():].strip()]
    parts: list[str] = []
    lead = ""  # "三个问题：", "two questions:" announce the items, and ask nothing themselves
    for piece in spans:
        if not piece:
            continue
        if len(spans) > 2 and piece.endswith((":", "：")) and len(piece) <= 24 and not parts:
            lead = piece
        elif parts and (len(re.sub(r"\W", "", piece)) < 3 or _options_only(piece) or _FILTER_TAIL.match(fold(piece))
                        or (_GLOSS_TAIL.match(fold(piece)) and not WH_WORDS.search(fold(piece)))
                        or _LIST_TAIL.match(fold(piece)) or _STEPS_TAIL.match(fold(piece)) or (_channel_tail(piece) and not _what_is_asked(parts[-1]))):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    if lead and len(parts) == 1:
        parts[0] = f"{lead} {parts[0]}"
    return parts[:limit] if parts else [text]


# -- a greeting that opens a request without a stop --------------------------------------------
# "yo what's on in korea", "buenas que hay de nuevo", "안녕하세요 어떤 행사 있어요": the greeting words
# (matched on folded text) and what follows them, with no full stop or comma between them to split at.
GREETING_OPENER = re.compile(
    r"^\W*(?:(?:hi|hello|hey|heya|hiya|yo|sup|howdy|greetings|good (?:morning|afternoon|evening|day)"
    r"|hola|holi|buenos dias|buenas (?:tardes|noches)|buenas|saludos|(?:que|q) tal|(?:que|q) onda|ola"
    r")(?:\s+(?:there|all|guys|team|everyone|folks|again|amig[oa]s|chic[oa]s|a todos|equipo))?\b\W*"
    r"|(?:你好|您好|嗨|哈喽|哈啰|早上好|下午好|晚上好|大家好)(?:啊|呀|呀|哈)?\W*"
    r"|(?:안녕하세요|안녕하십니까|안녕|반갑습니다|반가워요)\W*)+")


def after_greeting(text: str) -> str | None:
    """The request after a greeting that opens `text` without a stop between them ("hey what
    sets do you have" → "what sets do you have"), None when no greeting opens it or nothing
    follows. Folding keeps every character's position, so the cut is the same in `text`."""
    m = GREETING_OPENER.match(fold(text))
    if m is None:
        return None
    rest = text[m.end():].strip()
    return rest if re.search(r"\w", rest) else None


# Which of two is better, asked ("用抖音好还是快手好", "is TikTok or YouTube better for shorts?", "¿qué es
# mejor, TikTok o YouTube?", "틱톡이 나아요 유튜브가 나아요?"): a question, never a greeting however the
# classifier reads its short words
ALTERNATIVE_ASKED = re.compile(
    r"(好|快|对|行|划算|合适|便宜|方便|强|适合)还是[^，,。.!！?？]{1,14}(好|快|对|行|划算|合适|便宜|方便|强|适合)"
    r"|\b(which|what)('s| is) (better|best)\b|\bor\b[^?.!]{1,30}\b(better|best)\b|\b(better|best)\b[^?.!]{0,12}\b\w+ or \w+"
    r"|\b(que|cual) es mejor\b|\bo\b[^?.!]{1,30}\b(es|sera|seria) mejor\b|\bmejor\b[^?.!]{1,20}\bo\b"
    r"|(이|가)? ?(나아요|낫나요|나을까요|낫냐|좋아요)[^?.!]{0,3}[^?.!]{1,20}(이|가)? ?(나아요|낫나요|나을까요|낫냐|좋아요)|어느 (게|쪽이) (더 )?(나아|낫|좋)")


# A message that is only courtesy, however unsure the classifier ("hey mate how r u", "¿qué tal,
# cómo estás?", "你好吗", "잘 지내셨어요?"; Cantonese thanks alone, "唔該"): small talk, never off-topic.
_HOW_ARE_YOU = (r"(how (are|r) (you|u|ya|yall|y'all)( doing| going| today)?|how'?s (it|everything|life) (going|goin)|how (you|u|ya) (doing|doin)"
                r"|what'?s up|wassup|como (estas|estan|esta usted|andas|andan|te va|les va|va todo)|que tal( todo| andan| estas)?"
                r"|(你|您|大家)(最近)?好(吗|嗎)|最近(怎么样|怎麼樣|好吗|好嗎|还好吗|還好嗎)|你好呀|近来可好|近來可好"
                r"|잘 ?(지내|계시)\w*|별일 ?없으시죠|요즘 어떠세요)")
_ADDRESS = (r"(mate|mates|buddy|pal|friend|friends|bro|guys|team|folks|there|amig[oa]s?|equipo|chic[oa]s"
            r"|朋友|老师|老師|各位|大家|여러분|님)")
SMALL_TALK_ONLY = {
    # a closing alone, thanks and a goodbye in any order ("listo, eso es todo, gracias", "好的，就这些，
    # 谢谢", "네 그게 다예요 감사합니다", "掰掰", "謝啦 掰", "ok that's all, thanks, bye")
    # (thanks before the closing too, and "for now": "好的，感谢，先这样", "ok thanks, that's all for now",
    # "네 감사합니다, 일단 여기까지요")
    "goodbye": re.compile(r"^\W*((ok|okay|vale|dale|bueno|listo|perfecto|genial|great|perfect|好的?|好啊|嗯|行|네|예|알겠습니다"
                          r"|thanks?( you| a lot| so much)?|thank you|gracias|muchas gracias|谢谢|謝謝|感谢|感謝|谢啦|謝啦|多谢|多謝"
                          r"|감사합니다|감사해요|고맙습니다|고마워요)\W*)*"
                          r"((that'?s all|that is all|that'?s it|eso es todo|es todo|eso seria todo|nada mas)( for now| for today| por ahora| por hoy)?"
                          r"|就这些了?|就這些了?|(那|今天)?(先|就|先就)这样(吧|了|啦)?|(那|今天)?(先|就|先就)這樣(吧|了|啦)?"
                          r"|(일단|오늘은|그럼) ?여기까지(요|입니다|만요|할게요|하겠습니다)?"
                          r"|그게 다(예요|에요|입니다)?|이게 다(예요|에요|입니다)?|이상입니다|掰掰?|拜拜|bye( bye)?|goodbye|adios|chao|chau|再见|再見)"
                          r"(\W*(thanks?( you| a lot| so much)?|thank you|gracias|muchas gracias|谢谢|謝謝|谢啦|謝啦|多谢|감사합니다|고맙습니다"
                          r"|掰掰?|拜拜|bye( bye)?|goodbye|adios|chao|chau|再见|再見|哦|啦))*\W*$"),
    "greet": re.compile(r"^\W*((hi|hello|hey|heya|hiya|yo|howdy|hola|buenas|buenos dias|你好|您好|嗨|哈喽|안녕하세요|안녕)\W*)?"
                        r"(" + _ADDRESS + r"\W*)?" + _HOW_ARE_YOU + r"\W*(" + _ADDRESS + r")?\W*$"),
    # (an "OK" before it is still thanks alone: "好，唔該你", "OK 多謝晒")
    "thanks": re.compile(r"^\W*((好|好的|好啊|好呀|ok|okay|哦|噢|嗯|收到|明白)\W*)?"
                         r"(唔该|唔該|唔该晒|唔該晒|多谢|多謝|多谢晒|多謝晒)(你|您|哂|晒|啦|呀|喇)?(你|您|啦|呀|喇)?\W*$"),
    # thanks in other languages or slang, alone ("shukran", "asante sana", "merci beaucoup", "ta bien
    # gracias", "ok dale gracias"): a thanks, whatever is in focus
    # (slang said with them: "sharp, appreciate it", "lekker, cheers", "legend, thanks", "chévere,
    # mil gracias", "bacán, gracias")
    "thanks_world": re.compile(r"^\W*((ok|okay|okey|oki|vale|dale|bueno|perfecto|genial|listo|ta bien|esta bien|ta bueno|super"
                               r"|awesome|great|cool|nice|perfect|brilliant|amazing|excellent|lovely|sweet|sweet as|nice one"
                               r"|sharp( sharp)?|shap|lekker|legend|cheers|ace|top|solid|dope|sick|chevere|bacan|buenisimo|excelente"
                               r"|joya|de lujo|padre|chido|brutal)\W*){0,2}"
                               r"(shukran( jazilan)?|choukran|asante( sana)?|merci( beaucoup| bien| mille fois)?|danke( schon| sehr)?"
                               r"|grazie( mille)?|obrigad[oa]( mesmo)?|arigato( gozaimasu)?|spasibo|xie ?xie( ni)?|gracias( mil| totales)?"
                               r"|mil gracias|tesekkurler|dank je( wel)?|kiitos|toda( raba)?|terima kasih|salamat|kamsahamnida|gamsahamnida"
                               # ("se agradece un montón", "much appreciated", "appreciate it a lot")
                               r"|se (te |le |les )?agradece( (mucho|muchisimo|un monton|un mundo|de verdad|un chingo|un monto))?"
                               r"|(much |really |truly )?appreciated|(i |we )?(really |truly )?appreciate (it|that|this)( a lot| so much| heaps)?)"
                               r"(( \w+)? (amig[oa]s?|friend|mate|bro|hermano|crack|habibi|habibti|habibi ?ya ?akhi|akhi|brother|bru|boet|legend))?"
                               # (and what it did for them: "that helps", "me sirve", "me ayudó mucho")
                               r"(\W*(that|this|it) (helps|helped)( a lot)?|\W*(eso |esto )?me (sirve|sirvio|ayuda|ayudo)( mucho| un monton| bastante)?)?\W*$"),
}


# A sign-off in slang, thanks and a farewell in any order and nothing else ("lekker, thanks bru.
# bye", "sweet, ta, catch ya", "ok dale gracias loco, chau", "好嘞谢了 拜拜", "ㅇㅋ 땡큐 ㅂㅂ"): the
# conversation ends, whatever words of assent or address the partner's slang puts around it
_SIGN_OFF_FAREWELL = (r"bye( ?bye)?|goodbye|good bye|byee+|cya|see (you|ya|u)( later| soon| around)?|catch (you|ya|u)( later)?"
                      r"|laters|ttyl|take care|peace( out)?|ciao|adios|chao|chau|chaito|nos vemos|hasta (luego|pronto|la proxima|manana)"
                      r"|cuidate|再见|再見|拜拜|掰掰?|拜了|回头见|回頭見|下次见|下次見|안녕히 ?(계세요|가세요)|ㅂㅂ|ㅂㅇ|바이|바이바이|빠이|잘 있어요|또 봬요"
                      r"|\u1107\u1107|\u1107\u110b")  # ㅂㅂ, ㅂㅇ as fold leaves them
_SIGN_OFF_WORD = (r"ok|okay|okey|oki|k|kk|alright|aight|sweet|sweet as|cool|nice|great|perfect|awesome|lekker|sharp|shap|legend|ace"
                  r"|cheers|ta|thanks?|thank (you|u)|thx|thnx|tnx|ty|tysm|many thanks|vale|dale|bueno|listo|perfecto|genial|chevere"
                  r"|bacan|chido|padre|gracias|muchas gracias|mil gracias|graci|mate|bru|bro|boet|dude|man|fam|guys|buddy|pal|friend"
                  r"|tio|tia|wey|guey|loco|che|hermano|amig[oa]|crack|pana|parce|好嘞|好咧|好的?|好啊|行|嗯|谢了|謝了|谢啦|謝啦|谢谢|謝謝|多谢|多謝|感谢|感謝"
                  r"|sure thing|boss|chief|ㅇㅋ|ㅇㅋㅇㅋ|\u110b\u110f|\u1100\u1109|오키|오케이|넵|네|땡큐|ㄱㅅ|ㄳ|감사(합니다|해요)?|고마워(요)?|고맙습니다|" + _SIGN_OFF_FAREWELL)
SIGN_OFF = re.compile(r"^\W*((" + _SIGN_OFF_WORD + r")(\W+|$|(?=[^\x00-\x7f])))+$")
SIGN_OFF_FAREWELL = re.compile(r"(?<![a-z])(" + _SIGN_OFF_FAREWELL + r")(?![a-z])")


def small_talk_only(text: str) -> str | None:
    """The small talk ("greet", "thanks") a message is and nothing more, else None."""
    folded = fold(text)
    kind = next((kind for kind, rx in SMALL_TALK_ONLY.items() if rx.match(folded)), None)
    if kind is None and SIGN_OFF_FAREWELL.search(folded) and SIGN_OFF.match(folded):
        return "goodbye"
    return "thanks" if kind == "thanks_world" else kind


# -- a greeting with a self-introduction ---------------------------------------------------------
# "Hi, this is Ana from a studio in Lima.", "Hola, les escribe Pedro de una productora", "你好，我是新加坡
# 一家发行公司的", "안녕하십니까. 영화학교에서 연락드립니다": who is writing, nothing asked yet.
# The writer's own trade, said as what they do ("we commission short dramas for a Nordic streamer",
# "encargamos microdramas para una plataforma", "我们是给流媒体定制短剧的", "OTT에 숏드라마를
# 발주하는 회사예요"): who is writing, context of the question beside it, never a rights or
# production question of its own
_TRADE_CONTENT = (r"(?:short|vertical|web|mini|micro|original|local|scripted|k-?)?[- ]?(?:dramas?|series|shows?|content|films?|movies?|titles?|formats?"
            r"|originals?|microdramas?|verticals?|shorts|telenovelas?|programming)")
_OWN_TRADE = (r"\b(?:we|i|our (?:company|studio|team|firm))(?: mainly| mostly| also| currently| basically| just)? (?:commission|produce|make|develop"
              r"|distribute|license|licence|acquire|buy|program|programme|adapt|dub|sell|stream|shoot|finance|co-?produce|curate)s? "
              r"(?:[\w-]+ ){0,3}?" + _TRADE_CONTENT + r"\b(?! (?:here|there|in hengdian|with you)\b)"
              r"|^\W*(?:(?:hola|buenas|buenos dias|buenas tardes)\W*)?(?:\w+ )?(?:encargamos|producimos|hacemos|distribuimos|compramos|adquirimos|licenciamos|programamos|adaptamos|doblamos|comisionamos) "
              r"(?:[\w-]+ ){0,3}?(?:microdramas?|series|dramas?|novelas|telenovelas|contenidos?|peliculas|formatos|titulos|derechos)\b"
              r"|(?:我们|我司|本公司|我们公司|我们这边|我们团队)(?:是)?(?:专门|主要|一直|长期)?(?:给|为|替)?[^，,。？?]{0,12}(?:定制|委托制作|制作|出品|发行|采购|购买|引进|代理)"
              r"[^，,。？?]{0,8}(?:短剧|剧集|网剧|内容|影视|剧)(?:的)?(?:公司|团队|平台)?$"
              r"|(?:숏드라마|드라마|웹드라마|콘텐츠|시리즈|작품)(?:를|을)? ?(?:제작 ?의뢰|의뢰|발주|제작|배급|유통|수입|구매|기획|편성)(?:하는|하고 있는) ?(?:회사|팀|업체|곳|사람|플랫폼)")
INTRODUCTION = re.compile(r"\b(this is|i'?m|i am|we'?re|we are|my name is|writing from|here from|reaching out"
                          r"|our (?:company|studio|firm|team|outfit|agency|production company) is|(?:we'?re|we are|i'?m|i am) based"
                          r"|contacting you|soy|somos|les escribe|te escribe|les saluda|me llamo|les escribo|escribo de)\b"
                          # ("London based distributor here", "laburo en una productora de Rosario")
                          r"|" + _OWN_PLACE + r"|\b(?:a |an )?(?:[a-z-]+ ){0,2}?" + _ROLE_NOUN + r" here\b"
                          r"|\bi (?:work|run|own|manage|head) (?:at|for|with|a|an|in)\b|\bwe (?:run|own|are running) an? \w+"
                          r"|^\W*(?:(?:你好|您好|大家好|哈喽|嗨)\W*)?(我是|我们是|我叫|这里是|我这边是|我们这边是)|来自"
                          r"|(저는|저희는|제가|저희).{0,24}(입니다|이에요|예요|라고 합니다|이고요|인데요|이고|인데)|연락 ?드립니다|연락 ?드려요"
                          r"|인사 ?드립니다|인사 ?드려요|에서 왔습니다"
                          # ("브라질 제작사입니다": the writer's company, said as what they are)
                          r"|(제작사|프로덕션|스튜디오|배급사|방송사|제작 ?회사|영화사)(입니다|이에요|예요|인데요)"
                          # ("Ryan, showrunner at a streaming outfit", "LA에 있는 제작사 수진입니다", "웹드라마 만드는
                          # 도현입니다": a name, then what the writer does, or the reverse)
                          r"|^\W*[a-z]+(?: [a-z]+)?, (?:a |an |the |una? )?(?:[a-z-]+ ){0,2}?(?:" + _ROLE_NOUN
                          + r"|productor(?:a|es)?|distribuidora?|director(?:a)?|guionista|realizador(?:a)?)"
                          r"(?: at| with| from| for| of| in| en| de| desde|\W*$)"
                          r"|(제작사|프로덕션|스튜디오|배급사|방송사|영화사|감독|작가|피디|PD|프로듀서|만드는|운영하는|일하는|제작하는)"
                          r"\s?[가-힣]{1,4}(입니다|이에요|예요|이라고 합니다|라고 합니다)|" + _OWN_TRADE)
_WANTS = re.compile(r"\b(want|would like|need|looking for|looking at (?:shoot|film|mak|do|produc)|consider|interested|hoping|plan|keen|love to|busc|quier|querem|gustaria|encantaria|dese|necesit|interes|pensamos"
                    r"|inquir|enquir|wonder|saber|consult|ask\w* (?:about|for|you)|pregunt|about|regarding|acerca de)"
                    r"|想|需要|要找|希望|打算|找|찾|원하|싶|관심|필요|계획|咨询|请问|문의|궁금|여쭙|여쭤")


# Something the writer heard of, told beside who they are ("저희는 부산 제작사인데 내년 4월에 서울에서
# 행사 있다고 들었어요.", "somos de Lima y oímos que hay un evento en abril.", "我们是釜山的公司，听说
# 四月首尔有活动。", "we're in Busan and heard there's an event in Seoul."): the subject of the
# question after it, never an introduction to cut off (fixF17)
HEARSAY = re.compile(r"\b(i|we) (have |'ve )?(heard|hear|read|saw)\b|\bheard (that|there|about|of)\b"
                     r"|\b(oi|oimos|escuche|escuchamos|lei|leimos|vi|vimos) (que|de|sobre|algo)\b|\b(me|nos) (dijeron|contaron|comentaron)\b|\bdicen que\b"
                     r"|听说|聽說|听人说|聽人說|据说|據說|听闻|聽聞|看到(说|你们)|聽講|听讲"
                     r"|들었|듣기로|들어서|한다던데|있다던데|있다고 하던데|한다고 하던데|봤는데|봤어요|봤습니다")


@lru_cache(maxsize=READINGS_KEPT)
def introduction_only(text: str) -> bool:
    """Each sentence of `text` (the message after its greeting) says who is writing, and none
    asks or wants anything ("I'm Lena, a producer from Nairobi." is one sentence; "저희는 부산의
    제작사입니다. 사극 촬영이 가능한지 문의드립니다." asks in its second)."""
    folded = [s for s in (fold(p).strip(" ,，、") for p in re.split(r"[.!?。！？\n…~～]+", text)) if s]
    return bool(folded) and all(INTRODUCTION.search(c) and not _WANTS.search(c) and not HEARSAY.search(c) and fact_asked(c) is None
                                and not HOW.search(c) and not _LIST.search(c) and not _ZH_ASKS.search(c) for c in folded)


# A Chinese question in the sentence that also says who is writing, after a comma ("我们是做竖屏
# 短剧的，降本增效的政策能具体说说吗"): something is asked, the sentence is no introduction only.
_ZH_ASKS = re.compile(r"[吗嗎嘛么麼呢]\W*$|能不能|可不可以|是否|有没有|有沒有|怎么样|怎麼樣")


# "hi from a studio in Nairobi - which of your events...": who is writing, in a clause of its own
# (up to a dash, colon or comma) right after the greeting; "from"/"de"/"desde" opens it as well.
_INTRO_CLAUSE = re.compile(r"^\W*(?:from|de|desde)\b|" + INTRODUCTION.pattern)
_BASED_SAID = re.compile(r"\bbased (?:in|out of)\b(?![^?]*\?)|\b[a-z]+[- ]based\b")
_COUNTRY_AFTER_CITY = re.compile(r"([^\W\d][\w'’ -]{1,24}?)(?=\s*[.!。！,，:：;；])")
_INTRO_CUT = re.compile(r"\s+[-–—]+\s+|[:：;；]\s*|[,，]\s*|(?<=[.!])\s+|(?<=[。！])\s*")


def after_introduction(text: str) -> str | None:
    """The question after a greeting and a clause saying who is writing ("hi from a studio in
    Nairobi - which of your events can we join online?" → "which of your events can we join
    online?"); None when no greeting opens `text`, the clause before the cut introduces no one,
    or what follows asks nothing."""
    if after_greeting(text) is None:
        return None
    said, asked = split_introduction(text)
    return asked if said else None


# A thing set aside before the question ("apart from the open day, …", "fuera de esa jornada, …",
# "除了开放日，…", "开放日以外的时间", "오픈데이 말고 …"): the question is about something else
_SET_ASIDE = (
    re.compile(r"^\W*(?:apart from|besides|aside from|other than|outside(?: of)?|except(?: for)?) (?P<x>[^,;:?!.]{2,40}?)[,;:]\s*(?P<rest>\S.*)$"),
    re.compile(r"^\W*(?:aparte de|ademas de|además de|fuera de|salvo|excepto|mas alla de|más allá de) (?P<x>[^,;:?!.]{2,40}?)[,;:]\s*(?P<rest>\S.*)$"),
    re.compile(r"^\W*除了(?P<x>[^，,。？?！!]{1,15}?)(?:之外|以外|外)?[，,]\s*(?P<rest>\S.*)$", ),
    re.compile(r"^\W*(?P<x>[^，,。？?！!]{1,12}?)(?:以外|之外)的?(?:时间|时候|日子|月份)?[，,]?\s*(?P<rest>\S.*)$", ),
    re.compile(r"^\W*(?P<x>[^,.?!]{1,15}?) ?(?:말고|외에|빼고|이외에)(?:도|는)?[, ]\s*(?P<rest>\S.*)$", ),
)


def set_aside(text: str) -> tuple[str, str] | None:
    """(the thing set aside, the question about something else) when the message opens by
    setting a thing aside ("除了开放日，平常那个棚出租不"); None otherwise."""
    said = text.strip()
    lowered = said.lower()
    if len(lowered) != len(said):
        return None
    for rx in _SET_ASIDE:
        m = rx.match(lowered)
        if m and any(ch.isalnum() for ch in m.group("rest")):
            return said[m.start("x"):m.end("x")].strip(), said[m.start("rest"):].strip()
    return None


@lru_cache(maxsize=READINGS_KEPT)
def split_introduction(text: str) -> tuple[str, str]:
    """(who is writing, what is asked) of a message that opens, after any greeting, with a
    clause introducing the writer ("we're a Korean production company, what events are there in
    2027?" → ("we're a Korean production company", "what events are there in 2027?")); ("", text)
    when no such clause opens it or what follows asks nothing. The writer's own country or
    company is no filter nor a record asked about."""
    rest = after_greeting(text) or text
    cut = _INTRO_CUT.search(rest)
    if cut is not None and (country := _COUNTRY_AFTER_CITY.match(rest, cut.end())) is not None \
            and country_named(country.group(1)) and fold(country.group(1)).strip() in _country_re()[1]:
        # ("soy Diego de una productora de Monterrey, México. Qué es…": the country of the city
        # said is the introduction's, no filter of the question after it)
        cut = _INTRO_CUT.search(rest, country.end(1))
    said = fold(rest[:cut.start()]) if cut else ""
    # ("somos una productora de Bogotá buscando una serie de misterio, ¿qué tienen?": the
    # clause wants something, so the whole message is the request)
    # ("we are a Nollywood outfit based in Lagos.": where the writer is, said, not asked)
    if cut is None or not _INTRO_CLAUSE.search(said) or _WANTS.search(said) or HEARSAY.search(said) \
            or fact_asked(_BASED_SAID.sub(" ", said)) is not None \
            or HOW.search(said) or _LIST.search(said):
        said, asked = _introduction_sentences(rest)
        return (said, asked) if said else ("", text)
    asked = rest[cut.end():].strip()
    sentences = _introduction_sentences(rest)  # ("…민지입니다. 지금은 캐나다에 있어요. …": where, said too)
    at_stop = rest[max(0, cut.start() - 1):cut.start()] in (".", "!", "。", "！")  # ("…, four folk and a drone.": the clause's cut kept)
    if asked and asks_question(asked) and not (at_stop and sentences[0].startswith(rest[:cut.start()])):
        return rest[:cut.start()], asked
    said, asked = sentences  # ("…수진입니다. 요즘 미국에 있어요. 헝뎬 가는 방법 알려주세요")
    return (said, asked) if said else ("", text)


# A sentence's end, and a laugh closing one ("도현입니다 ㅎㅎ 가상 프로덕션…")
_INTRO_SENTENCE_END = re.compile(r"(?<=[.!?。！？\n~～])\s*|\s*(?:[ㅎㅋ]{2,}|\^\^)\s*")


# Where the writer is these days, said in Korean with no "저는" ("요즘 미국에 있어요")
_STAYING = re.compile(r"\S에 ?(?:있어요|있습니다|있음|살아요|살고 있|지내요|지내고 있|와 있)")


def _introduction_sentences(rest: str) -> tuple[str, str]:
    """(the sentences that only say who and where the writer is, what the sentences after them
    ask) of a message after its greeting ("Ryan, showrunner at a studio in LA. Do you have…?",
    "LA에 있는 제작사 수진입니다. 요즘 미국에 있어요. 헝뎬 가는 방법 알려주세요"); ("", "") when none
    opens it or nothing after them is asked."""
    said_end = 0
    for found in _INTRO_SENTENCE_END.finditer(rest):
        sentence = rest[said_end:found.start()]
        if not sentence.strip():
            continue
        folded = fold(sentence)
        plain = not (_WANTS.search(folded) or HOW.search(folded) or _ZH_ASKS.search(folded) or HEARSAY.search(folded))
        who = INTRODUCTION.search(folded) and not asks_question(sentence)
        # ("지금은 캐나다에 있어요.": where they are, told; "있어요" may end a question, "?" not here)
        where = (BASED_IN.search(folded) or _STAYING.search(folded)) and not re.search(r"[?？]", sentence)
        if not (plain and (who or (said_end and where))):
            break
        said_end = found.end()
    asked = rest[said_end:].strip()
    return (rest[:said_end].strip(), asked) if said_end and asked and (asks_question(asked) or HOW.search(fold(asked))) \
        else ("", "")


OWN_TRADE = re.compile(_OWN_TRADE)


def beyond_own_trade(text: str) -> str | None:
    """What `text` asks after its opening clauses that only say who writes and what they do ("hi!
    Ingrid from Oslo, we commission short dramas for a Nordic streamer. whens your next event?",
    "我们公司专门委托制作竖屏短剧，有喜剧吗？"), when one of them tells the writer's trade
    (`_OWN_TRADE`); None when none does or nothing is asked after them."""
    clauses = re.split(r"(?<=[.!?。！？,，;；:：\n…~～])", text)
    cut = 0
    traded = False
    for clause in clauses:
        folded = fold(clause).strip(" ,，、.。!！;；:：")
        if not folded:
            cut += 1
            continue
        if QUESTION_MARK.search(clause) or QUESTION_WORDS.search(folded) or _WANTS.search(folded) or _ZH_ASKS.search(folded):
            break
        if OWN_TRADE.search(folded):
            traded = True
        elif not (introduction_only(clause) or small_talk_only(clause) or len(folded.split()) <= 4):
            break  # ("hi!", "Ingrid from Oslo,", "soy Marta de Lima": a greeting, a name, a place)
        cut += 1
    rest = "".join(clauses[cut:]).strip()
    return rest if traded and rest and any(ch.isalnum() for ch in rest) else None


@lru_cache(maxsize=READINGS_KEPT)
def asked_beyond_introduction(text: str) -> str:
    """`text` without its sentences that only say who is writing ("We're a bilingual
    French/English studio.", "Somos una productora bilingüe de Miami."): what the rest asks."""
    sentences = re.split(r"(?<=[.!?。！？\n…~～])", text)
    kept = [s for s in sentences if not (s.strip() and introduction_only(s))]
    return "".join(kept)


# -- a question, and a yes/no question ---------------------------------------------------------
# A question word that opens the message, or a question ending, in the four languages (Cantonese
# too); "?" is counted apart. Matched on the folded text (no Latin accents).
QUESTION_WORDS = re.compile(
    r"^\W*(?:and |so |ok,? |okay,? |also |but |sorry,? |btw,? )?(?:what|whats|which|where|when|who|whom"
    r"|whose|why|how|is there|are there|is it|is that|are they|are you|do you|do we|does|did|can you"
    r"|could you|can we|can i|could we|may we|should we|tell me)\b"
    r"|^\W*(?:y |pero |entonces |oye |che |perdon,? |disculpa,? )?(?:que|cual|cuales|donde|adonde|cuando|como"
    r"|quien|quienes|cuanto|cuantos|cuantas|por que|hay|tienen|tenes|tienes|me (?:puedes|podrias|podes)"
    r"|se puede|sabes|saben|es (?:posible|cierto))\b"
    r"|什么|啥|谁|哪(?:个|里|儿|些|家|位|天|年|种|一)|几(?:点|号|月|时|天|个|部|集)|怎么|怎样|如何|为什么|为何"
    r"|多少|多久|多长时间|是否|有没有|有无|能不能|可不可以|是不是|[吗嘛么呢]\W*$"
    r"|咩|边度|边个|点样|点解|几时|乜|未\W*$|冇\W*$"
    # Cantonese A-not-A openers ("有冇民國街景", "係咪要簽證", "可唔可以帶無人機") (fixV16)
    r"|有冇|有無|係咪|系咪|使唔使|可唔可以|可唔可以|得唔得|能唔能|会唔会|會唔會"
    # "A-not-A" with the "not" left at the end ("那边能用虚拟棚不", "有停车场没有", "可以带无人机不"):
    # a yes-or-no question however it is punctuated
    r"|(?:能|可以|可|有|是|会|行|让|允许)[^，,。.!！?？]{1,14}(?:不|没|没有)\W*$"
    # an alternative asked ("用抖音好还是快手好", "坐高铁快还是开车快"): which of two, however punctuated
    r"|(?:好|快|对|行|划算|合适|便宜|方便|强|适合)还是[^，,。.!！?？]{1,14}(?:好|快|对|行|划算|合适|便宜|方便|强|适合)\W*$"
    r"|뭐|무엇|무슨|누구|어디|언제|어떻게|어떤|어느|몇|왜"
    r"|(?:나요|까요|니까|인가요|있어요|없어요|돼요|되죠|죠|지요|을까|는지|ㄴ가요|던가요|었죠|였죠|예요|이에요)\W*$"
    # casual and chat endings asked without a mark ("한국어로나온작품있음", "스페인어판있냐")
    r"|(?:있음|있어|있냐|있니|있나|없음|없냐|없니)\W*$"
    # dialect endings asked without a mark (Jeolla "있당가", "되는감", Gyeongsang "있능교", "되나예",
    # Chungcheong "있어유", "있슈"): a question, however it is punctuated (fixV16)
    r"|(?:있|없|되|돼|됩|나오|볼|찍)(?:당가|당가요|는감|는감유|남유|능교|는교|나예|니껴|는가|는가요|는겨|남|노|디야|랑가|것소)\W*$"
    r"|(?:있|없)(?:어유|슈|시유|대유)\W*$"
    # an indirect question anywhere in the message ("también quería saber si hay que pagar
    # entrada", "I also wanted to know whether there's a fee", "想知道今年有没有", "입장료가 있는지도
    # 알고 싶어요"): asked however it is punctuated; while a form waited for the company's name it
    # was taken as the name, and both questions went unanswered (play29)
    r"|\b(?:queria|quisiera|quiero|queriamos|quisieramos|queremos|me gustaria|nos gustaria|necesito|necesitamos) saber"
    r" (?:si|que|cual|cuales|cuando|cuanto|cuanta|cuantos|cuantas|donde|como|quien|quienes|a que)\b"
    r"|\b(?:wanted|want|wanna|would like|'d like|need|needed) to know (?:if|whether|when|what|which|how|who|where)\b"
    r"|\b(?:i|we) (?:was|were|am|are|'m|'re) wondering (?:if|whether|when|what|how)\b"
    r"|想知道|(?:는지|은지|인지|을지|는지도|은지도|인지도|을지도) ?(?:알고 ?싶|궁금)"
    # more of something asked for, in the imperative ("the second one, tell me more", "el segundo,
    # contame más", "第二个详细说说", "두 번째 거 좀 더 알려줘요"): a question without its mark; during
    # a hand-off it was passed to staff unanswered although the bot had the card (play34)
    r"|\b(?:tell|show) (?:me|us) more\b|\b(?:expand|elaborate) on\b|\bmore (?:details|detail|info|information) (?:please|pls)\b"
    r"|\b(?:contame|contanos|cuentame|cuentanos|cuenteme|cuentenos|contadme|contadnos|decime|dime|dinos|explicame|explicanos|hablame)"
    r" (?:un poco |algo )?mas\b"
    r"|(?:多|再)(?:讲|說|说|講|介绍|介紹)(?:一下|一点|一點|点|點|些|几句|幾句)|(?:详细|詳細|具体|具體)(?:地)?(?:讲|講|说|說|介绍|介紹)"
    r"|(?:说说|說說|讲讲|講講)(?:看)?\W*$"
    r"|(?:좀 )?더 (?:알려|말해|설명해|얘기해) ?(?:줘|주)|자세히 (?:알려|말해|설명해) ?(?:줘|주)")
QUESTION_MARK = re.compile(r"[?？¿]")
# What a question asks for beyond yes or no ("what", "¿cuándo?", "几点", "어디").
WH_WORDS = re.compile(
    r"\b(what|whats|which|where|when|who|whom|whose|why|how)\b"
    r"|(?:^|¿|\W(?:y|pero|entonces) )\s*(?:que|cual|cuales|donde|adonde|cuando|como|quien|quienes|cuanto|cuantos|cuantas|por que)\b"
    # the topic said first, the question word before its closing verb ("¿la producción virtual cómo
    # funciona?", "¿y el permiso cuándo se pide?", "¿el pago cuánto cuesta?"): asked how, not yes or no
    r"|\b(?:como|donde|cuando|cuanto|cuantos|cuantas|quien|quienes|cual|cuales) (?:se |lo |la |los |las )?"
    r"(?:funciona|funcionan|es|son|va|van|sirve|sirven|opera|operan|trabaja|trabajan|cuesta|cuestan|queda|quedan"
    r"|llega|hace|hacen|usa|usan|reserva|reservan|pide|piden|paga|pagan|consigue|consiguen|tramita|tramitan)\W*$"
    r"|什么|啥|谁|哪|几|怎么|怎样|如何|为什么|为何|多少|干嘛|咩|边度|边个|点样|点解|乜"
    # "who" as a clause of its own after a comma ("el doblaje, ¿quién lo ve?", "..., quien se encarga?") (fixV16)
    r"|[,;¿?]\s*(?:y |a |con |de |para |por )?(?:quien|quienes)\b"
    r"|뭐|뭘|뭔|무엇|무슨|누구|누가|어디|언제|어떻게|어떤|어느|몇|왜|얼마")


def asks_question(text: str) -> bool:
    """The message asks something: a question mark, or a question word or ending. While a form
    waits for a company name, such a message is the partner's own question, not the answer."""
    return bool(QUESTION_MARK.search(text or "") or QUESTION_WORDS.search(fold(text or "")))


# A long message: background first (who we are, the budget, the crew), the question last.
LONG_WORDS, LONG_CJK = 40, 90
COURTESY_CHARS = 40  # "Thanks in advance!", "감사합니다." after the question: no part of it
_SENTENCE_END = re.compile(r"(?<=[.!?。！？\n])\s*")
_LATIN_RUN = re.compile(r"[^\W\d_]{2,}")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uac00-\ud7af]")


def closing_question(text: str) -> str:
    """What a long message asks: its closing questions (up to three sentences, a courtesy after
    them left out), read without the background before them ("...our budget is about two
    million. Do you have a riverside old town set?": the set, not a price). A message that is not
    long, or does not end in a question, is read whole."""
    if len(_LATIN_RUN.findall(text)) < LONG_WORDS and len(_CJK_RUN.findall(text)) < LONG_CJK:
        return text
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    end = len(sentences)
    while end > 1 and not asks_question(sentences[end - 1]) and len(sentences[end - 1]) <= COURTESY_CHARS:
        end -= 1
    start = end
    while start > 0 and end - start < 3 and asks_question(sentences[start - 1]):
        start -= 1
    return " ".join(sentences[start:end]) if start < end else text


# An English question opened by its verb, typed without "?" ("can foreign crews even film
# there", "is the studio open in winter"): the shape alone says it is asked. "have" is left out
# ("have someone call me" is a request).
YES_NO_OPENING = re.compile(r"^\W*(?:and |so |but |also |ok,? |okay,? )?(?:can|could|may|will|would|should|shall|is|are"
                            r"|was|were|do|does|did|has|isn'?t|aren'?t|don'?t|doesn'?t|can'?t|won'?t)\s+(?!not\b)\w+"
                            # Spanish asks it by its modal alone, unpunctuated as chat goes ("podemos vender
                            # nuestras jaranas en la noche de cine latino")
                            r"|^\W*(?:y |pero |entonces )?(?:podemos|puedo|podriamos|podria|se puede|se pueden|nos dejan|me dejan)\s+\w+")


# A detail of how an event is run, asked yes or no ("is there interpretation at the pitch day?",
# "拉美推介会有没有同声传译？", "피칭 데이에 통역 있나요?"): each the words that ask it and the
# words of a description sentence that tells it. An event's description tells some (its
# interpretation); the others are not published, and the event's contact is who knows.
EVENT_DETAILS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(words)) for name, words in (
    ("interpretation", r"interpret|translat|traduc|同传|同声传译|传译|翻译|口译|통역|번역"),
    ("subtitles", r"\bsubtit|subtitul|字幕|자막"),
    ("parking", r"\bparking|aparcamiento|estacionamiento|parqueadero|停车|泊车|주차"),
    ("food", (r"\bmeals?\b|\bfood\b|\blunch\b|\bdinner\b|catering|refreshments|\bcomida|almuerzo|\bcena\b|refrigerio"
             r"|供餐|管饭|餐食|午餐|晚餐|茶歇|식사|점심|케이터링|다과")),
    ("wifi", r"wi-?fi|internet|无线网|网络|와이파이"),
    ("recording", (r"live ?stream|\bstreamed\b|recording|recorded|\breplay|transmision|grabaci|grabad"
                  r"|直播|录播|回放|录像|생중계|중계|녹화|다시 ?보기")),
    ("dress", r"dress ?code|what to wear|vestimenta|etiqueta|着装|穿什么|드레스 ?코드|복장"),
    ("access", r"wheelchair|accessib|silla de ruedas|accesib|无障碍|轮椅|휠체어|장애인"),
    ("certificate", r"certificate|certificado|证书|수료증|인증서"),
    # the partner's own goods sold there ("can we sell our sauce at the film night?", "¿podemos vender
    # nuestras jaranas?", "电影节上能不能摆个摊", "노점 하나 낼 수 있을까유", "팔아도 되는 거유")
    # (each language's verb family and the stall's nouns, not one form: "flog a few t-shirts", "que los
    # asistentes comercialicen productos", "设摊售卖自制食品", "떡볶이 장사"; para25)
    ("selling", (r"\b(sell|sells|selling|vend|vending|hawk|hawking|flog|flogging|peddle|peddling)\b|\b(market |food |merch )?(stalls?|booths?)\b"
                 r"|\b(vender|vendemos|vendo|vendan|venderlas|venderlos|venderla|venderlo|vendamos|venderemos|venderiamos)\b|\bventa de\b|\bcomerciali[zc]\w*|\b(puesto|puestito|tenderete|chiringuito)s?\b"
                 r"|摆摊|摆个摊|摆(个|一个)?(小)?摊(位|子)?|摊位|出摊|设摊|摆(个|一个)?(小)?档|(卖|售卖|贩卖|销售|出售)(点|些|一些|咱|我们|自己|自制|自家|手工)"
                 r"|노점|가판|좌판|부스|판매|팔아|팔 ?수|팔면|팔려고|장사")),
))


# Who spoke at an event ("who spoke at the signing ceremony?", "¿quiénes hablaron en la ceremonia?",
# "签约仪式上谁发言了", "서명식에서 누가 발표했어요?"): the partners whose record tells it (`Router.past_event_account`)
SPEAKERS_ASKED = re.compile(
    r"\bwho (spoke|speaks|talked|presented|was speaking|gave (a |the |any )?(talks?|speech(es)?|keynotes?|presentations?|remarks)|made (the |any )?speech(es)?|did (the )?(talks?|speech(es)?))\b|\b(the|any|guest|keynote|main) speakers?\b|\bspeakers? (at|of|for|list|line-?up)\b|\bkeynotes?\b|\bpanell?ists?\b"
    r"|\bquien(es)? (hablo|hablaron|expuso|expusieron|presento|presentaron|dio la charla|dieron las charlas|intervino|intervinieron)\b"
    r"|\b(ponentes?|expositor(es)?|conferencistas?|panelistas?|oradores?)\b"
    r"|\bquien(es)? (dio|dieron|hizo|hicieron|pronuncio|pronunciaron|tomo|tomaron) (el |los |un |unos |la )?(discursos?|palabra|charlas?|ponencias?)\b"
    r"|(谁|哪些人|哪几位|哪位).{0,4}(发言|演讲|讲话|致辞|上台|分享)|发言人|演讲嘉宾|主讲"
    # Cantonese: "簽約儀式果日有邊個講嘢", "邊位致辭", "係邊個上台發言", "講嘢嘅係邊個"
    r"|(边个|边位|边几位|边啲人|乜人|乜谁).{0,6}(发言|演讲|讲话|致辞|上台|分享|讲嘢|讲咗|讲过|讲)|(讲嘢|发言|致辞|演讲)(嘅|的)(系|是|人)"
    # (read as standard Mandarin first: 講嘢 → "讲东西", 講話 → "说话": "有谁讲东西", "谁上台说话")
    r"|(谁|哪些人|哪几位|哪位|有人).{0,4}(讲东西|说话|讲话|讲了话)"
    r"|누가 ?(발표|연설|강연|발언|나와|나왔|말했)|연사|발표자|강연자|발표한 (사람|분)")
# A recap of an event asked ("can you give me a recap?", "¿hay un resumen?", "有总结吗", "요약해 줄 수 있어요?")
RECAP_ASKED = re.compile(r"\b(recap|summary|summari[sz]e|rundown|wrap-?up|highlights|how did it go)\b|\bresumen\b|\bresumi\w*|\bresum(e|ir)\b|\bcomo (salio|fue|estuvo)\b"
                         r"|总结|回顾|概况|综述|怎么样了|요약|정리해|어땠|어떻게 됐")
# How many came or how big the audience was ("how big was the turnout?", "¿cuánta gente fue?",
# "到场人数有多少", "관객 규모가 어땠어요?"): a count no file gives, not a recap even with "how was it"
HEADCOUNT_ASKED = re.compile(r"\bhow (many|big)\b|\b(turnout|attendance|audience size|headcount)\b|\bcuant[oa]s?\b|\basistencia\b"
                             r"|多少人|几个人|人数|规模|多少家|규모|인원|몇 ?(명|분|곳|군데)")
# Photos of an event ("any photos?", "¿hay fotos?", "有照片吗", "사진 있어요?")
PHOTOS_ASKED = re.compile(r"\b(photos?|pictures?|pics|images)\b|\b(fotos?|fotografias|imagenes)\b|照片|图片|相片|사진")


def event_detail_asked(text: str) -> str | None:
    """The detail of how an event is run a yes-or-no question asks (`EVENT_DETAILS`), else None."""
    folded = fold(text or "")
    if not yes_no(text):
        # the partner's own goods sold there, however the question is put ("any chance we could flog
        # a few t-shirts at it", "那几天我们能去摆个小摊卖煎饼吗", "장사 좀 해도 되나"): no record tells
        # it, whether asked yes-or-no or not (para25)
        selling = dict(EVENT_DETAILS)["selling"]
        return "selling" if selling.search(folded) and not re.search(r"\b(tickets?|entradas?|boletos?)\b|门票|票|티켓", folded) else None
    # ("is it on the internet or do we have to fly in?": held online, asked; no wifi there)
    online = ONLINE_ASKED.search(folded) is not None
    return next((name for name, words in EVENT_DETAILS if words.search(folded) and not (name == "wifi" and online)), None)


def yes_no(text: str) -> bool:
    """A question answered by yes or no ("is it LED?", "인센티브도 있나요?", "有补贴政策吗？",
    "¿hay incentivos?", "can foreign crews film there"): a question without a word that asks for
    something else."""
    # "what about the virtual stage, is it LED?", "¿y qué tal el set, es LED?": the topic, then the question
    asked = re.sub(r"^\W*(and |y )?((what|how) about|que tal|和|那)\b[^,，?？]*[,，]", "", fold(text or ""))
    shaped = asks_question(text) or bool(YES_NO_OPENING.search(asked))
    return shaped and not WH_WORDS.search(asked)


# Permission asked for the partner's own doing ("can we use AI tools on our shoot?", "¿podemos usar
# herramientas de IA?", "你们允许用AI工具吗", "AI 툴 써도 되나요?"): the files say what the alliance
# does, not what a partner may do, so an answer about the alliance's own practice opens with no "yes".
PERMISSION = re.compile(
    r"\b(can|could|may) (we|i|our \w+)( \w+)? (use|bring|apply|run|work with)\b|\b(are|is) (we|i|it|that) (allowed|permitted|ok|okay)\b"
    r"|\b(allowed|permitted) to\b|\bis it (ok|okay|fine) (to|if)\b"
    r"|\b(podemos|puedo|podriamos|pueden|nos dejan|me dejan|se permite|se puede|esta permitido) (usar|utilizar|emplear|traer|aplicar)\b"
    r"|允许|准许|(可以|能|能不能|可不可以|可否)(用|使用|带|采用)|让(我们|我)(用|使用)"
    r"|(써|사용해|활용해|이용해|가져가)(도|두) ?(되|돼|괜찮)|(사용|활용|이용)(이|은)? ?(가능|허용)|허용")


def asks_permission(text: str) -> bool:
    """Does the message ask whether the partner may do something (use, bring, apply)?"""
    return bool(PERMISSION.search(fold(text or "")))


# Words for the catalog's works: "which titles are seeking co-production partners?" asks for
# works, though it names partners.
# A third party pointed back at ("what do they handle?", "¿qué obras llevan ellos?", "他们负责哪些",
# "그쪽이 맡은 작품"): the partner or team in focus.
THEIRS = re.compile(r"\b(they|them|their|theirs|those guys|ellos|ellas|les|suyos|suyas|sus)\b|他们|她们|那边|그쪽|거기|그 회사")
# The nouns for titles themselves ("titles", "obras", "作品", "작품"), without a Korean "-극" of a kind
WORK_NOUNS = re.compile(r"\b(titles?|works?|shows?|series|dramas?|projects?|obras?|titulos?|proyectos?|microdramas?)\b"
                        r"|作品|片单|剧目|项目|短剧|작품|타이틀|드라마|프로젝트")
WORK_WORDS = re.compile(WORK_NOUNS.pattern + (
                        # a Korean "-극" / "-물" of a kind is a drama of it ("현대극", "사극", "도시극",
                        # "로맨스물"), never a place ("극장", "극단": a theatre, a troupe), nor one the
                        # partner is to shoot ("사극 찍으려는데 어디서": where to film it)
                        r"|(현대|사|시대|도시|가족|멜로|로맨스|복수|코믹|코미디|무협|궁중|판타지|청춘|법정|의학|범죄|미스터리"
                        r"|스릴러|액션|홈|단막|일일|주말|연속|세로)극(?![장단])(?!.*(찍|촬영|어디서|어디에서))"
                        r"|(현대|시대|도시|로맨스|오피스|직장|가족|복수|무협|판타지|학원|의학|법정|범죄|스릴러|미스터리|청춘)물(?!건|품|가|류)"
                        r"(?!.*(찍|촬영|어디서|어디에서))"))


# Which titles there are, asked ("what dramas do you have?", "¿qué series tienen?", "你们有什么剧？",
# "어떤 드라마 있어요?"): the catalog's titles, however the classifier read it (help, partners).
TITLES_ASKED = re.compile(r"\b(what|which) (kind of |sort of )?(titles|works|shows|series|dramas|short dramas|projects)\b.{0,25}\b(have|got|offer|available|carry)\b"
                          r"|\bque (titulos|obras|series|dramas|microdramas|proyectos)\b.{0,25}\b(tienen|tienes|tenes|hay|ofrecen|manejan|trabajan)\b"
                          r"|有(些)?(什么|哪些)(短剧|剧|作品|片子)(?!组|本|情|场)|(什么|哪些)(短剧|剧|作品)(可以|能)?(看|选|合作)"
                          r"|(어떤|무슨) ?(숏드라마|드라마|작품|시리즈)(들)?(이|가)? ?(있|보유)")


# -- how long before an event a reminder is asked for ------------------------------------------
# "remind me a week before", "avísame dos días antes", "提前一周提醒我", "일주일 전에 알려줘".
_LEAD_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "un": 1, "una": 1, "uno": 1,
                "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5,
                "几": 3, "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "": 1}
_LEAD_UNIT = {"week": 10080, "weeks": 10080, "day": 1440, "days": 1440, "hour": 60, "hours": 60, "minute": 1, "minutes": 1,
              "mins": 1, "semana": 10080, "semanas": 10080, "dia": 1440, "dias": 1440, "hora": 60, "horas": 60,
              "minuto": 1, "minutos": 1, "周": 10080, "星期": 10080, "礼拜": 10080, "天": 1440, "日": 1440, "小时": 60,
              "钟头": 60, "分钟": 1, "주": 10080, "주일": 10080, "일": 1440, "시간": 60, "분": 1}
LEAD_TIME = re.compile(
    r"\b(?P<en>a|an|one|two|three|four|five|\d+) (?P<enu>weeks?|days?|hours?|minutes?|mins)\b (before|ahead|prior|in advance|early)"
    r"|\b(?P<es>un|una|uno|dos|tres|cuatro|cinco|\d+) (?P<esu>semanas?|dias?|horas?|minutos?) (antes|de anticipacion)"
    r"|提前(?P<zh>[一两二三四五几]|\d+)?个?(?P<zhu>周|星期|礼拜|天|日|小时|钟头|分钟)"
    r"|(?P<zh2>[一两二三四五几]|\d+)个?(?P<zhu2>周|星期|礼拜|天|小时|钟头|分钟)(前|之前|以前)"
    r"|(?P<ko>한|두|세|네|다섯|\d+)? ?(?P<kou>주일|주|일|시간|분) ?전")
_KO_DAYS = re.compile(r"(일주일|하루|이틀|사흘) ?전")


def lead_time(text: str) -> int | None:
    """Minutes before an event a reminder is asked for ("a week before" → 10080), or None."""
    folded = fold(text)
    ko = _KO_DAYS.search(folded)
    if ko:
        return {"일주일": 10080, "하루": 1440, "이틀": 2880, "사흘": 4320}[ko.group(1)]
    m = LEAD_TIME.search(folded)
    if m is None:
        return None
    for number, unit in (("en", "enu"), ("es", "esu"), ("zh", "zhu"), ("zh2", "zhu2"), ("ko", "kou")):
        if m.group(unit):
            said = m.group(number) or ""
            count = int(said) if said.isdigit() else _LEAD_NUMBER.get(said, 1)
            return count * _LEAD_UNIT[m.group(unit)]
    return None


# A second question joined to the first in one sentence ("…and what is it about", "…y de qué se
# trata", "…还有/另外…", "…그리고 …도"): each fact asked is answered, not the first alone.
ALSO_ASKED = re.compile(r"\b(and|also|plus)\b|\by\b|\be\b|ademas|tambien|还有|另外|以及|并且|和|그리고|또한|랑|하고")
_OPENING_JOINT = re.compile(r"^\W*(and|also|plus|y|e|ademas|tambien|还有|另外|그리고)\b\W*")


# The record a colleague asked about, pointed back at ("the one my colleague asked about", "la que
# preguntó mi socia", "我同事问的那部", "동료가 물어본 그 작품"): `router.colleague_pointed`
COLLEAGUE_ASKED = re.compile(
    r"\b(my|our) (colleague|partner|associate|co-?worker|coworker|teammate|boss|producer|business partner)'?s?\b.{0,25}\b(asked|mentioned|was asking|wanted|brought up)\b"
    r"|\b(pregunt\w*|mencion\w*|consult\w*)\b.{0,12}\b(mi|nuestr[oa]|el|la) (socio|socia|colega|companer[oa]|jef[ea]|productor[a]?)\b"
    r"|\b(mi|nuestr[oa]) (socio|socia|colega|companer[oa]|jef[ea]|productor[a]?)\b.{0,12}\b(pregunt\w*|mencion\w*|consult\w*)"
    r"|(同事|搭档|搭檔|合作方|伙伴|夥伴|老板|老闆|同伴)(刚刚|剛剛|刚才|剛才|之前|先前)?(问|問|提|说|說|打听|打聽)(的|过的|過的|到的)"
    r"|(동료|파트너|동업자|상사|팀원|같이 일하는 분)(가|께서|분이|분께서)? ?(물어본|물어봤던|물었던|말한|얘기한|문의한|여쭤본)")


def also_asked(text: str) -> bool:
    """Two questions joined within the message (`ALSO_ASKED`), not a follow-up opened by "and"
    ("and the pitch one - where?" asks one thing)."""
    return ALSO_ASKED.search(_OPENING_JOINT.sub("", fold(text))) is not None


# Whether a company is a member of the Alliance ("Is Reel-K a member?", "¿SpringReel es miembro de
# la alianza?", "ShortMax是会员吗？", "Dalynn도 회원사예요?"): a yes or no, not how to join or its fee.
MEMBER_ASKED = re.compile(r"\bmembers?\b(?!ship)|\bmiembros?\b|\bsocios? de (la )?(alianza|hisda)\b"
                          # (in it, said without the word: "¿también es de la alianza?", "are they part
                          # of the alliance?", "is it in HISDA?", "也是联盟的吗", "연맹 소속인가요?")
                          r"|\b(es|son|esta|estan|sea|sean|pertenece|pertenecen|parte)\b (tambien )?(de|en|a) (la )?(alianza|hisda)\b"
                          r"|\b(part|in|inside|within|belong|belongs) (of |to )?(the )?(alliance|hisda)\b"
                          r"|(是|属于|屬於|在)(不是)?(联盟|聯盟|hisda)(的|里|裡|里面|裡面|之内|之中|吗|嗎|么)"
                          r"|(联盟|聯盟|hisda) ?(的)?(一员|一員|一份子|之一)"
                          r"|(연맹|hisda) ?(소속|회원|멤버)|(연맹|hisda)에 (속해|속한|들어가 있|들어 있|가입되어 있|가입돼 있|가입한)"
                          r"|会员|成员|會員|成員|회원|멤버")
MEMBER_NOT_ASKED = re.compile(r"\b(become|join|joining|how|fee|fees|cost|apply|process|steps?|who|which|list)\b"
                              r"|\b(unir(se|nos)?|hacerse|hacernos|ser parte|como|cuota|costo|cuesta|quienes|cuales)\b"
                              r"|加入|入会|申请|怎么|如何|会费|费用|哪些|有谁|几家|가입|회비|비용|어떻게|어떤|누구|목록"
                              # whether a body of the partner's kind may become one ("can a uni lab qualify?",
                              # "¿un laboratorio puede ser miembro?", "高校实验室有资格吗", "대학 연구실도 회원 자격이
                              # 됩니까?"): the way in, not whether the company in view is listed
                              r"|\b(qualif\w*|eligib\w*|requisitos?|(can|could) (a|an|we|our|us|they)|(puede|pueden|podemos|podria|podrian) (ser|entrar|unir\w*))\b"
                              r"|资格|能成为|可以成为|能不能成为|可不可以成为|流程|手续|자격|절차|될 수|될까요")


# Who made, produced or stands behind something ("who made the drama with 300 million views?",
# "¿quién hizo el microdrama de 300 millones de vistas?", "全球播放破3亿的那部剧是谁做的", "3억 뷰 드라마는
# 누가 만들었어요?"): with a figure a company's description states, that company.
MAKER_ASKED = re.compile(r"\bwho\b.{0,30}\b(made|makes|produced|produces|created|creates|shot|did|behind)\b|\bwhose\b"
                         r"|\bwhich (company|studio|producer|platform)\b"
                         r"|\bquien(es)?\b.{0,30}\b(hizo|hicieron|hace|produjo|produjeron|produce|creo|realizo|grabo|filmo|detras)\b"
                         r"|\b(que|cual) (productora|empresa|compania|estudio|plataforma)\b"
                         r"|谁(做|拍|出品|制作|出|搞)|是谁的|哪(家|个)(公司|制作公司|企业|平台|片方)?(做|拍|出品|制作)|(做|拍|出品|制作)的?(是谁|是哪)"
                         r"|누가 ?(만들|제작|찍)|어느 (회사|제작사|곳|플랫폼)|어디서 (만들|제작)|어디(가|에서) 만든"
                         r"|(만든|제작한|찍은) (곳|회사|제작사|데)")


# When a programme or the Alliance began, asked alone ("when was it founded?", "¿cuándo se fundó?",
# "什么时候成立的", "언제 만들어졌어요?"): the sentence dating it, not its whole card again. Asked with
# what it is or what it is for ("哪年成立的？主要做些什么？", "설립 시기와 설립 목적"), the card answers both.
FOUNDED_ASKED = re.compile(r"\bwhen\b.{0,30}\b(founded|launched|established|created|set up|started|formed|born|begin|began|start)\b"
                           r"|\bsince when\b|\bhow old\b|\bwhat year\b.{0,30}\b(founded|launched|established|created|set up|started)\b"
                           r"|\bcuando\b.{0,30}\b(se )?(fundo|fundaron|creo|crearon|lanzo|lanzaron|establecio|nacio|empezo|arranco|inicio|formo|fundada|creada|lanzada)\b"
                           r"|\bdesde cuando\b|\bque ano\b.{0,30}\b(fundo|creo|lanzo|fundada|creada|lanzada)\b"
                           r"|(什么时候|啥时候|何时|哪年|哪一年|几时|多久|什么时间)(成立|创立|建立|启动|发起|创办|开始|搞起来|组建|成立的)"
                           r"|(成立|创立|启动|创办|组建)(于|在)?(什么时候|啥时候|何时|哪年|哪一年|多久)"
                           r"|언제 ?(만들어|설립|출범|생겼|시작|창립|발족|결성)|(설립|출범|창립|발족)(일|연도|시기)?(은|는|이|가)? ?언제|몇 ?년(도)?에 ?(만들어|설립|출범|생겼)")
# The name of a drama a company's card speaks of without naming it ("what's the title of that
# drama?", "¿y cómo se llama esa serie?", "那部剧叫什么名字？", "그 작품 제목이 뭐예요?" after SpringReel's
# hit; play30): not in our information, never the company's card again
DRAMA_NAME_ASKED = re.compile(
    r"\b(title|name) of (that|the|this|their|its) (drama|show|series|short|hit|one)\b|\bwhat('?s| is| was) (it|that( one| drama| show| series)?) called\b"
    r"|\b(which|what) (drama|show|series|title) (was|is) (it|that)\b"
    r"|\bcomo se (llama|llamaba|titula)\b|\b(titulo|nombre) de (esa|ese|la|el) (serie|microdrama|drama|novela|obra)\b|\bcual (es|era|fue) (esa|la) (serie|obra)\b"
    r"|(那|这|這)(部|个|個)(剧|劇|短剧|短劇|作品|片).{0,4}(叫什么|叫啥|叫什麼|什么名字|什麼名字|名字)|(剧名|劇名|片名)(是|叫)"
    r"|(그거|그것|그 ?작품|그 ?드라마|그 ?숏드라마)\S{0,2} ?(제목|이름)|제목(이|은|는)? ?(뭐|뭔|무엇)|(작품|드라마) ?(제목|이름)")


# Since when an agreement or a support holds, or when it was signed ("¿desde cuándo?", "since
# when?", "从什么时候开始的", "언제부터예요?"; play30): the sentence dating it
SINCE_WHEN = re.compile(r"\bsince when\b|\bwhen (was|were|did)\b.{0,30}\b(sign|signed|agreed|announced)\b|\bdesde cuando\b"
                        r"|\bcuando (se )?(firm|acord|anunci)\w*|从什么时候|從什麼時候|什么时候(开始|签|簽)|什麼時候(開始|簽)|哪年签|"
                        r"(언제|몇 ?년)부터|언제 ?(체결|맺|서명|발표)")
FOUNDED_WITH_MORE = re.compile(r"\bwhat\b|\bwho\b|\bpurpose\b|\baim\b|\bque es\b|\bque hace\b|\bproposito\b|\bobjetivo\b|\bquien"
                               r"|什么(?!时候)|做啥|干啥|宗旨|目的|定位|谁|何方"
                               r"|뭐|무엇|무슨|목적|취지|성격|배경|구성|누가|어떤")


# The place asked in the past tense ("where was it held?", "¿dónde fue?", "在哪办的", "어디서 했어요?"):
# the edition gone by, not the next one
WAS_HELD = re.compile(r"\b(was|were|did|happened)\b|\b(fue|era|iba a ser|se (hizo|celebro|realizo|iba a))\b"
                      r"|(办|举办|举行|开)(的|了|过)|했(어|나|던|었|습)|었(어|나|던|습)|였|열렸")


# The partner's own budget said as an amount ("we've got roughly 200k USD to play with", "tenemos 50
# mil dólares", "预算大概三百万人民币", "예산이 3억 원 정도"): a sum of money with its currency or
# the word budget beside a number, asked against what making it here costs. No one can judge it
# from the files (no price is published): `own_budget_weighed`.
_AMOUNT = (r"(\d[\d.,]*\s?(k|m|mm|mil|millones?|million|millions|grand|thousand)?\s?"
           r"(usd|us\$|\$|dollars?|dolares?|bucks|eur|euros?|€|rmb|cny|yuan|pesos?|gbp|pounds?|krw|won)\b"
           r"|(usd|us\$|\$|€|£|rmb|cny)\s?\d[\d.,]*\s?(k|m|mil|million|millones)?\b)")
_AMOUNT_ZH_KO = (r"[\d一二两兩三四五六七八九十百千万萬亿億.]+\s?(万|萬|亿|億|千|百)?\s?(美元|美金|人民币|人民幣|新台币|新台幣|台币|台幣|港币|港幣|日元|日圆|日圓|元|块|塊|蚊|欧元|歐元|韩元|韓元)"
                 r"|[\d.,]+\s?(억|천만|백만|만)\s?(원|달러|위안|유로)?|[\d.,]+\s?(달러|위안|유로)")
_BUDGET_WORD = (r"\b(budget|presupuesto|we(?:'ve| have)? got|we have|tenemos|contamos con|disponemos de|"
                r"juntamos|reunimos|ahorramos|levantamos|tengo|we(?:'ve)? (?:raised|saved)|"
                r"to play with|enough|alcanza|alcanzaria|basta|bastaria|suficiente|afford|"
                # ("would $50k even cover a week on the LED stage?", "3천만 원이면 일주일 쓸 수 있어요?")
                r"(?:even |really |actually )?cover|get us|buy us|pay for|cubre|cubren|cubriria|cubririan|alcanzan|dan para)\b"
                r"|预算|預算|我们有|我們有|手上有|只有|就有|能不能|能否|够|夠|可唔可以|可不可以|得唔得|예산|있는데|있어요|충분|될까|되나요|가능할까|가능한가|가능해|할 수 있|(?:달러|원|위안|유로)(?:으로|로|이면|면)|쓸 수 있|빌릴 수 있")
OWN_BUDGET = re.compile(_AMOUNT + "|" + _AMOUNT_ZH_KO)
# what it would buy asked: enough, affordable, what it costs, whether it can be made with it
_BUDGET_ASKED = re.compile(r"\b(enough|afford|cost|costs|suffice|sufficient|cover|can we (shoot|film|make|do)|could we (shoot|film|make|do)"
                           r"|alcanza|alcanzaria|basta|bastaria|suficiente|cuesta|costaria|costo|podemos (rodar|grabar|filmar|hacer)"
                           r"|podriamos (rodar|grabar|filmar|hacer)|da para"
                           # "¿nos llega para rodar allí?", "¿nos rinde para 10 días?"
                           r"|(nos|me|les) (llega|llegaria|llegara|rinde|rendiria|da|daria)|(llega|llegaria|rinde|rendiria|daria) para"
                           r"|cubre|cubren|cubriria|cubririan|alcanzan)\b"
                           r"|够|夠|可唔可以|可不可以|得唔得|能不能|能否|能.{0,12}吗|能.{0,12}嗎|可以.{0,12}吗|可以.{0,12}嗎|成本|费用|費用|花费|花費"
                           r"|충분|될까|되나요|가능|할 수 있|찍을 수|쓸 수 있|빌릴 수 있|비용|얼마|" + REALISTIC_ASKED.pattern)
_BUDGET_SAID = re.compile(_BUDGET_WORD)


def own_budget_weighed(text: str) -> bool:
    """Is the partner's own budget, as an amount, weighed against our costs ("we have 200k USD,
    is that enough for 30 episodes?", "¿nos alcanza con 50 mil dólares?", "三百万人民币够不够",
    "예산 3억 원으로 가능할까요")? Whether Hengdian is a realistic choice for that money, no work
    said against it ("총예산500만원인데 헝뎬 현실성 있음?"), asks how costly we are (`realistic_for_budget`)."""
    folded = fold(text or "")
    return bool(OWN_BUDGET.search(folded) and _BUDGET_SAID.search(folded) and _BUDGET_ASKED.search(folded)) \
        and not realistic_for_budget(text)


# the partner's money said, as an amount or in so many words ("총예산", "十几万台币", "our budget")
_MONEY_OF_THEIRS = re.compile(r"\b(budget|presupuesto|plata|dinero|money|funds)\b|预算|預算|经费|經費|(万|萬|千)(块|塊|元|台币|台幣|港币|港幣|美元|美金|人民币|人民幣)?|예산|제작비|(만|억) ?원"
                              # a club's dues pooled ("동아리 회비 털어도 얼마 안 됨")
                              r"|회비 ?(털|모아|다 ?합)")
# a count of work weighed against it ("60集", "40-episode", "30 capítulos", "80부작"): enough for that, a quote
_WORK_COUNTED = re.compile(r"\b\d+[- ]?(episodes?|eps?|capitulos|episodios|days|dias)\b|[\d一二两三四五六七八九十百]+ ?(集|天)|\d+ ?(부작|회차|화|일)")


def realistic_for_budget(text: str) -> bool:
    """Hengdian asked as a realistic choice for the partner's money (`REALISTIC_ASKED` beside
    their budget or an amount, no count of episodes or days weighed against it)."""
    folded = fold(text or "")
    return bool(REALISTIC_ASKED.search(folded) and (_MONEY_OF_THEIRS.search(folded) or OWN_BUDGET.search(folded))
                and not _WORK_COUNTED.search(folded))


# Languages neither the bot nor the catalogue works in, which partners ask about ("¿hablan
# portugués?", "können Sie Deutsch?", "有葡萄牙语版本的剧吗", "독일어로도 상담 돼요?"); their names
# come from CLDR in our four languages and in their own (Deutsch, português, català).
OTHER_LANGUAGE_CODES = ("de", "pt", "ca", "fr", "it", "ja", "ru", "ar", "eu", "gl", "vi", "th", "id", "hi", "tr", "nl",
                        "fil", "ms", "pl", "sv", "yue", "sw")


@contextmanager
def _cldr_borrowed() -> Iterator[None]:
    """Babel's locale data loaded inside the block is dropped from its cache at the end (the
    locales loaded before stay), and freed: reading one name from each of 22 other languages'
    CLDR data kept ~19 MB of it for the life of the process (`_other_languages`). The data holds
    reference cycles, so only the collector frees it; with the collector paused in the block,
    everything the block allocated is still in the youngest generation, and collecting that one
    alone costs what the block allocated, not a pass over the whole heap."""
    from babel import localedata

    before = set(localedata._cache)
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        with localedata._cache_lock:
            for name in set(localedata._cache) - before:
                del localedata._cache[name]
        if paused:
            gc.enable()
        gc.collect(0)


@lru_cache(maxsize=1)
def _other_languages() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of the names of `OTHER_LANGUAGE_CODES` (folded) and each name's code."""
    from babel import Locale

    names: dict[str, str] = {}
    for code in OTHER_LANGUAGE_CODES:
        with _cldr_borrowed():
            for lang in ("en", "es", "zh", "zh_Hant", "ko", code):
                try:
                    name = Locale.parse(lang).languages.get(code)
                except (ValueError, LookupError):
                    continue
                if name and len(name) >= 2:
                    names[fold(name)] = code
                    if name.endswith(("语", "語")):
                        names[fold(name[:-1] + "文")] = code  # ("葡萄牙文", "德文")
    names.update({"deutsch": "de", "portugues": "pt", "catala": "ca", "cantonese": "yue", "广东话": "yue",
                  "粤语": "yue", "euskera": "eu", "vasco": "eu", "tagalog": "fil"})
    pattern = re.compile(r"(?<![a-z])(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")(?![a-z])")
    return pattern, names


# The partner's own plan told as a time clause before the question ("Before we dub into French,
# has anybody…?", "antes de doblarla al francés, ¿…?", "在我们配成法语之前，…", "프랑스어로 더빙하기
# 전에, …"): what they will do, not what is asked
_OWN_PLAN_CLAUSE = re.compile(r"^\W*(before|after|once|while|when) (we|i|our \w+)\b[^,;.?!]{0,60}[,;]"
                              r"|^\W*(antes|despues|luego) de(l| que)?\b[^,;.?¿!]{0,60}[,;]"
                              r"|^[^，,。？?]{1,30}(之前|以前|以后|之后|的时候)[，,]"
                              r"|^[^,.?!]{1,30}(기 ?전에|한 ?후에|하고 ?나서|할 ?때)[,\s]")


def other_language_named(text: str) -> str | None:
    """The code of a language the bot and the catalogue do not work in, named in `text` (not in
    the partner's own plan told before the question: "Before we dub into French, has anybody…?")."""
    pattern, names = _other_languages()
    folded = fold(text)
    plan = _OWN_PLAN_CLAUSE.match(folded)
    if plan and (QUESTION_MARK.search(folded[plan.end():]) or QUESTION_WORDS.search(folded[plan.end():])):
        folded = " " * plan.end() + folded[plan.end():]
    found = pattern.search(folded)
    return names[found.group(1)] if found else None


# Speaking or being served in a language asked of us ("do you speak", "¿hablan…?", "können Sie",
# "你们会说", "…로도 상담 돼요?"): the bot's and the teams' languages
SPEAKS_ASKED = re.compile(
    r"\b(do|can|could|does|will) (you|u|y'?all|you guys|anyone|someone|somebody|your (team|staff|people|bot))( also| there)? (speak|talk|do|understand|handle|answer in|reply in|write in|help (us |me )?in)\b"
    r"|\bspeak(s|ing)?\b|\b(habla|hablan|hablas|hablais|entienden|atienden|atiende|contestan|responden)\b|\b(konnen|sprechen) sie\b|\bsprechen\b"
    r"|(你们|你們|您们|您|你|助手|机器人|機器人|工作人员|工作人員|团队|團隊|同事|员工|員工|客服)[^。？?]{0,4}(会|會|能|可以|懂)(说|說|讲|講|用|听|聽)?"
    r"|(用|以)[^。？?]{0,6}(沟通|溝通|交流|服务|服務|咨询|諮詢|对接|對接)"
    r"|(로|으로)(도)? ?(상담|문의|안내|응대|답변|대답|대화|소통|얘기)|어(를|는|도)? ?(할 ?줄 ?(알|아)|하실 ?줄|하세요|하시나요|되세요|되나요|가능)")
# A translation asked ("how do you say 'good morning' in Japanese?", "¿cómo se dice … en
# portugués?", "“早上好”用日语怎么说", "일본어로 안녕하세요 어떻게 말해요?"): off topic, no language of ours
TRANSLATION_ASKED = re.compile(r"\bhow (do|would) (you|i|we) say\b|\bwhat('?s| is) [\w' ]{1,30} in \w+\b\??$|\bcomo se dice\b|\bcomo (digo|decimos)\b"
                               r"|怎么说|怎麼說|咋说|怎么讲|怎麼講|翻译|翻譯|어떻게 (말|해요|하나요|써요)|뭐라고|번역")
# A version, dub or the titles asked in a language ("versión en catalán", "titles in German",
# "葡萄牙语版本的剧", "포르투갈어 버전 작품")
VERSION_ASKED = re.compile(
    r"\b(versions?|dub(s|bed|bing)?|subtitle[sd]?|subs|titles?|series|shows?|dramas?|works?|catalog(ue)?|content|anything|something)\b"
    r"|\b(version(es)?|doblad[oa]s?|doblaje|subtitul\w*|series|titulos?|obras?|catalogo|contenidos?|novelas?|algo)\b"
    r"|版本|配音|字幕|剧|劇|作品|片单|片單|片子|버전|더빙|자막|작품|드라마|카탈로그")
# The catalogue's titles asked, not one title's ("any series in German?", "有葡萄牙语版本的剧吗",
# "포르투갈어 버전 작품 있어요?"): with a title in focus only these make a language the catalogue's
CATALOG_VERSIONS = re.compile(
    r"\b(titles|series|shows|dramas|works|catalog(ue)?|content|anything|any of them)\b"
    r"|\b(series|titulos|obras|catalogo|contenidos?|novelas|alguna|algunas)\b"
    r"|的剧|的劇|哪些|哪部|片单|片單|片子|작품|드라마|카탈로그|어떤 것|뭐 있")
_VERSION_AROUND = re.compile(r"\b(in|en|al|into)\s+(el\s+)?$")
_VERSION_AFTER = re.compile(r"^\s*(versions?|version(es)?|dub\w*|subtitl\w*|subs|doblad\w*|doblaje)\b|^(的)?(版本|配音|字幕|版)"
                            # the titles named by their language ("斯瓦希里语的作品", "스와힐리어 작품")
                            r"|^(的)?(作品|剧|劇|短剧|短劇|片子)|^\s?(작품|드라마|숏드라마|웹드라마|콘텐츠)"
                            r"|^\s?(버전|더빙|자막|판)|^(으)?로 (된|나온|제공|더빙)")


def language_of_version(text: str) -> bool:
    """Is a language of `OTHER_LANGUAGE_CODES` named as a version's ("titles in German", "versión
    en catalán", "葡萄牙语版本", "포르투갈어 버전"), not as a crew's or a country's word?"""
    pattern, _names = _other_languages()
    folded = fold(text)
    return any(_VERSION_AROUND.search(folded[max(0, m.start() - 8):m.start()]) or _VERSION_AFTER.search(folded[m.end():m.end() + 12])
               for m in pattern.finditer(folded))
# A physical feature asked of a set with a yes/no ("does the second one have a lake?", "el tercero
# tiene un lago?", "第二个有没有湖？", "두 번째에 호수 있어요?"): the feature's id, the words that ask
# it (folded, Simplified) and the words of a set's description that tell it (any language). Read by
# `router.set_feature`: yes when the set's description names it, else "its card doesn't mention it"
# and who can tell, with the sets whose descriptions do name it.
SET_FEATURES_SAID: tuple[tuple[str, str, str], ...] = (
    ("lake", r"\blakes?\b|\blagos?\b|\blagunas?\b|湖|호수",
     r"\blakes?\b|\blagos?\b|湖|호수"),
    ("pond", r"\bponds?\b|\bestanques?\b|池塘|水池|연못",
     r"\bponds?\b|\blakes?\b|\bestanques?\b|\blagos?\b|池塘|湖|연못|호수"),
    ("river", r"\brivers?\b|\bcanals?\b|\brios?\b|\bcanal(es)?\b|河|运河|강이|강가|강변|하천|운하|냇가",
     r"\brivers?(side)?\b|\bcanals?\b|\brios?\b|\bribera\b|河|강변|강가|하천"),
    ("water", r"\bwaterfront\b|\bwater (scenes?|sets?)\b|水边|水景|水面|물가",
     r"\blakes?\b|\brivers?(side)?\b|\blagos?\b|\brios?\b|\bribera\b|湖|河|水|호수|강변|강가"),
    ("bridge", r"\bbridges?\b|\bpuentes?\b|桥|다리가|다리 있|다리도",
     r"\bbridges?\b|\bpuentes?\b|桥|다리"),
    ("tram", r"\btram(s|way| line)?\b|\bstreetcars?\b|\btrolley\b|\btranvias?\b|电车|有轨|노면 ?전차|전차|트램",
     r"\btram(s|way)?\b|\bstreetcars?\b|\btranvias?\b|电车|有轨|노면 ?전차|트램"),
    ("railway", r"\btrains?\b|\brailway|\brailroad|\btren(es)?\b|\bferrocarril|火车|铁路|铁轨|기차|철도|기찻길",
     r"\btrains?\b|\brailway|\brailroad|\btren(es)?\b|\bferrocarril|火车|铁路|기차|철도"),
    ("harbour", r"\bharbou?rs?\b|\bpiers?\b|\bdocks?\b|\bwharf\b|\bpuertos?\b|\bmuelles?\b|码头|港口|선착장|항구|부두",
     r"\bharbou?rs?\b|\bpiers?\b|\bdocks?\b|\bwharf\b|\bpuertos?\b|\bmuelles?\b|码头|港口|선착장|항구|부두"),
    ("temple", r"\btemples?\b|\btemplos?\b|寺|庙|사찰|사원|절이|절도",
     r"\btemples?\b|\btemplos?\b|寺|庙|사찰|사원"),
    ("church", r"\bchurch(es)?\b|\bcathedral\b|\biglesias?\b|\bcatedral\b|教堂|교회|성당",
     r"\bchurch(es)?\b|\bcathedral\b|\biglesias?\b|\bcatedral\b|教堂|교회|성당"),
    ("pagoda", r"\bpagodas?\b|塔|탑이|탑도",
     r"\bpagodas?\b|塔|탑"),
    ("mountain", r"\bmountains?\b|\bhills?\b|\bmontanas?\b|\bcerros?\b|山上|山景|有山|산이|산도",
     r"\bmountains?\b|\bhills?\b|\bmontanas?\b|\bcolinas?\b|山|산"),
    ("forest", r"\bforests?\b|\bwoods\b|\bbamboo\b|\bbosques?\b|\bbambu\b|森林|树林|竹林|숲|대나무",
     r"\bforests?\b|\bwoods\b|\bbamboo\b|\bbosques?\b|\bbambu\b|森林|树林|竹林|숲|대나무"),
    ("throne", r"\bthrones?\b|\btronos?\b|龙椅|宝座|金銮殿|옥좌|어좌|용상",
     r"\bthrones?\b|\btronos?\b|龙椅|宝座|金銮殿|正殿|옥좌|어좌|용상"),
    ("waterfall", r"\bwaterfalls?\b|\bfalls\b|\bcascadas?\b|\bcataratas?\b|瀑布|폭포",
     r"\bwaterfalls?\b|\bcascadas?\b|\bcataratas?\b|瀑布|폭포"),
    ("wall", r"\bcity walls?\b|\bmurallas?\b|城墙|城楼|성벽|성곽",
     r"\b(city |high )?walls\b|\bmurallas?\b|城墙|城楼|宫墙|성벽|성곽|담장"),
    # landscapes no standing set may have (`LANDSCAPES`): "do you have a desert set?", "¿hay dunas?"
    ("desert", r"\bdeserts?\b|\b(sand )?dunes?\b|\bdesiert[oa]s?\b|\bdunas?\b|沙漠|戈壁|沙丘|荒漠|大漠|사막|모래 ?언덕|사구",
     r"\bdeserts?\b|\bdunes?\b|\bdesiert[oa]s?\b|\bdunas?\b|沙漠|戈壁|沙丘|荒漠|사막"),
    ("snow", r"\bsnow(y|fields?| scenes?| landscapes?)?\b|\bglaciers?\b|\bnieve\b|\bnevad[oa]s?\b|\bglaciar(es)?\b|雪山|雪地|雪景|冰川|설원|설산|눈 ?덮인|빙하",
     r"\bsnow\w*\b|\bnieve\b|\bnevad[oa]s?\b|雪山|雪地|雪景|설원|설산"),
    ("beach", r"\bbeach(es)?\b|\bseaside\b|\bseashore\b|\bcoast(line)?\b|\bplayas?\b|\bcostas?\b|\borilla del mar\b|海边|海滩|沙滩|海岸|해변|바닷가|해안|모래사장",
     r"\bbeach(es)?\b|\bseaside\b|\bcoast(line)?\b|\bplayas?\b|海边|海滩|沙滩|海岸|해변|바닷가|해안"),
    ("grassland", r"\bgrasslands?\b|\bprairies?\b|\bsteppes?\b|\bpraderas?\b|\bestepas?\b|\bpampas?\b|草原|大草原|초원|평원",
     r"\bgrasslands?\b|\bprairies?\b|\bsteppes?\b|\bpraderas?\b|\bestepas?\b|草原|초원"),
    ("jungle", r"\bjungles?\b|\brain ?forests?\b|\bselvas?\b|\bjunglas?\b|丛林|雨林|热带|정글|밀림",
     r"\bjungles?\b|\brain ?forests?\b|\bselvas?\b|\bjunglas?\b|丛林|雨林|정글|밀림"),
)
# The landscapes of `SET_FEATURES_SAID` that are a whole setting, not a detail of a set: asked with
# no set meant ("do you have a desert set? for a silk road story", "有沙漠场景吗"), and named by no
# set's card, the answer is No, with what stands in (the virtual production stage), never "out of scope"
LANDSCAPES = frozenset({"desert", "snow", "beach", "grassland", "jungle"})
# ...asked of OUR sets: a set, stage or shoot word ("a beach set", "dunes to shoot on", "¿algún set
# nevado?", "有海边的景吗", "사막 세트"), or the having asked of us ("do you have…", "¿cuentan con…?",
# "你们那边有没有…", "헝뎬에 … 있어요?"). A line that merely names a landscape (a desert tour in Qatar,
# beaches near Guardalavaca, the cast flown in from the jungle) asks no set of ours.
LANDSCAPE_OF_OURS = re.compile(
    r"\b(sets?|stages?|backlots?|studios?|locations?|scenery|sceneries|scenes?|shoot\w*|film(s|ing|ed)?|backdrops?|backgrounds?)\b"  # ("a snowy mountain backdrop anywhere?": a set's)
    r"|\b(do|does|have|has|can|could) (you|u|ya|y'all|hengdian|hisda)\b|\byou (guys |all )?(have|got|offer)\b|\b(your|ur|hengdian'?s)\b"
    r"|\b(platos?|escenarios?|escenografias?|decorados?|locacion(es)?|estudios?|rodar|rodaje|rodamos|filmar|filmamos|grabar|grabamos|escenas?)\b"
    r"|\b(tienen|cuentan con|ustedes|ofrecen|manejan|fondos?|telon(es)?)\b|\bhengdian (tiene|cuenta)\b"
    r"|场景|场地|布景|外景|实景|取景|影棚|摄影棚|(?<!雪)景(吗|嘛|么|可|能|拍)|的景|个景|些景|拍|影视城|基地|横店|你们|你們|贵方|贵司|咱们这"
    r"|세트|촬영|찍|스테이지|스튜디오|로케|헝뎬|횡뎬|그쪽|거기|배경")
SET_FEATURES = tuple((fid, re.compile(asked), re.compile(told)) for fid, asked, told in SET_FEATURES_SAID)

# Places of today's stories asked as a set (short dramas are mostly contemporary: CEO romances,
# revenge, crime): "do you have a hospital set?", "¿tienen un set de hospital o de oficina moderna?",
# "你们有医院或者派出所的景吗", "병원 세트 있어요?". No standing set of ours is one, so `router.set_feature`
# answers them as it answers a landscape none has (`LANDSCAPES`): No, what stands in for a setting of
# today (the sets listed for it) and who can confirm. Their ids, in the order the message names them.
MODERN_PLACES_SAID: tuple[tuple[str, str], ...] = (
    ("hospital", (r"\bhospitals?\b|\bclinics?\b|\b(emergency room|er room|hospital ward|operating (room|theatre))s?\b|\bclinicas?\b|\burgencias\b|\bquirofanos?\b"
                  r"|医院|诊所|病房|急诊|手术室|병원|응급실|병실|수술실")),
    ("police_station", (r"\bpolice (stations?|station house|precincts?|offices?|headquarters|hq)\b|\bprecincts?\b|\bcop shop\b"
                        r"|\bcomisarias?\b|\bestacion(es)? de policia\b|\bdelegacion(es)?( de policia)?\b|\bcuartel(es)? de policia\b"
                        r"|派出所|警察局|公安局|警局|경찰서|파출소|지구대")),
    ("office", (r"(?<!production )(?<!producer )\b(offices?|boardrooms?|board rooms?|meeting rooms?|conference rooms?|corporate (offices?|hq|headquarters)|office (buildings?|towers?))\b(?! hours)"
                r"|\boficinas?\b(?! de (turismo|la alianza))|\bsalas? de juntas\b|\bdespachos?\b|\bcorporativos?\b"
                r"|办公室|会议室|写字楼|办公楼|总裁办公室|사무실|회의실|오피스(?!텔)|사옥")),
    ("school", (r"(?<!film )(?<!drama )(?<!acting )\b(schools?|campus(es)?|classrooms?|universit(y|ies)|high schools?|college campus)\b(?! of)"
                r"|\b(escuelas?|colegios?|campus|aulas?|universidad(es)?|salon(es)? de clases?|preparatorias?)\b(?! de (cine|actuacion|teatro))"
                r"|学校|校园|教室|大学|高中|中学|학교|캠퍼스|교실|대학교|고등학교")),
    ("airport", r"\bairports?\b|\b(departure|arrivals?) (hall|lounge|gate)s?\b|\baeropuertos?\b|机场|候机|공항"),
    ("hotel", r"\bhotels?\b|\bhoteles\b|酒店|宾馆|饭店大堂|호텔"),
    ("restaurant", (r"\brestaurants?\b|\bcaf(e|es)\b|\bcoffee ?shops?\b|\bdiners?\b|\brestaurantes?\b|\bcafeterias?\b"
                    r"|餐厅|咖啡厅|咖啡馆|西餐厅|레스토랑|식당|카페")),
    ("bar", (r"\bbars?\b|\bpubs?\b|\bnight ?clubs?\b|\bkaraoke\b|\bktv\b|\bdiscotecas?\b|\bantros?\b|\bclub(es)? nocturnos?\b"
             r"|酒吧|夜店|夜总会|ktv|술집|클럽|나이트클럽|노래방|바(?=가| 세트| 장면)")),
    ("courtroom", (r"\bcourt ?rooms?\b|\bcourt ?houses?\b|\blaw courts?\b|\btribunal(es)?\b|\bjuzgados?\b|\bsalas? de (juicios?|audiencias?)\b"
                   r"|法庭|法院|법정|법원")),
    ("prison", (r"\bprisons?\b|\bjails?\b|\bcell ?blocks?\b|\bcarcel(es)?\b|\bprision(es)?\b|\breclusorios?\b|\bpenal(es)?\b"
                r"|监狱|看守所|牢房|감옥|교도소|구치소")),
    ("apartment", (r"\bapartments?\b|\bpenthouses?\b|\bcondos?\b|\blofts?\b|\bapartamentos?\b|\bdepartamentos?\b|\bpisos? (moderno|de lujo)s?\b"
                   r"|公寓|大平层|别墅|아파트|오피스텔|펜트하우스")),
    ("mall", (r"\b(shopping )?malls?\b|\bshopping (centres?|centers?)\b|\bsupermarkets?\b|\bdepartment stores?\b"
              r"|\bcentros? comercial(es)?\b|\bplazas? comercial(es)?\b|\bsupermercados?\b|\bgrandes almacenes\b"
              r"|商场|购物中心|超市|百货|쇼핑몰|백화점|(?<!스)마트|쇼핑센터")),
    ("subway", (r"\bsubways?\b|\bmetro( stations?)?\b|\bunderground stations?\b|\btube stations?\b|\bestacion(es)? de metro\b|\bsubte\b|\bmetro\b(?! cuadrado)"
                r"|地铁|지하철")),
)
MODERN_PLACES = tuple((pid, re.compile(rx)) for pid, rx in MODERN_PLACES_SAID)
# ...asked as a set to shoot in, not as a place of the visit ("is there a hospital near the sets?",
# "a hotel for the crew", "where's your office?"): a set, stage or scene word beside it
MODERN_SET_WORD = re.compile(r"\b(sets?|stages?|backlots?|scenes?|standing sets?|shoot\w*|film(ing)? (location|set)s?)\b(?! (up|in)\b)"
                             r"|\b(platos?|escenarios?|decorados?|escenas?|rodar|rodaje|filmar|grabar)\b|\bset de\b"
                             r"|场景|布景|影棚|摄影棚|景(吗|嘛|么|呢|有|没)|的景|个景|拍(戏|摄)|(的|场)戏|세트|촬영|스테이지|장면|찍")

# ...a place around the sets or on the lot, not a set: "is there a hospital near the sets?", "a hotel
# close to where we shoot", "¿hay una clínica cerca de los sets?", "片场附近有医院吗", "촬영장 근처에 병원"
MODERN_PLACE_AROUND = re.compile(r"\b(near(by)?|close (to|by)|around|next to|walking distance|on (the )?(set|lot|site)|to stay|for the crew|stay at|eat)\b"
                                 r"|\b(cerca|cerquita|cercan[oa]s?|alrededor|junto a|al lado|hospedar\w*|alojar\w*|quedarnos|comer)\b"
                                 r"|附近|周边|旁边|边上|住|吃饭|근처|주변|가까운|옆에|묵|숙소|밥"
                                 # (the way there: "어느 공항으로 내려야", "en qué aeropuerto aterrizar", "which airport do we land at")
                                 r"|\b(land|landing|fly|flying|flights?|arrive|arriving|depart(ing|ure)?|transfer)\b|\b(aterriz\w*|llegar|llegamos|salimos|vuelos?)\b"
                                 r"|降落|落地|到达|出发|转机|飞|내려|내리|내리면|도착|출발|경유|(공항|空港)\S{0,2} 찍고"
                                 # (the partner's own place: "我哋酒店", "저희 학교", "우리 식당", "our office")
                                 r"|\b(our|my|nuestr[oa]s?|mi)\s(own\s)?(hotels?|offices?|schools?|universit(y|ies)|restaurants?|bars?|hotel|oficinas?|escuelas?|universidad|restaurantes?)\b"
                                 r"|(我们|我哋|咱们|本)(的)?(酒店|学校|餐厅|公司|大学)|(저희|우리|제) ?(호텔|학교|식당|사무실|대학|회사)"
                                 # (a cost, a permit or a visa asked of it: that question's answer)
                                 r"|\b(budget|costs?|price|discount|permits?|visas?|presupuesto|costos?|precios?|descuentos?|permisos?|cotizacion|tarifa)\b"
                                 r"|预算|费用|价格|优惠|许可|签证|宣传片|예산|비용|할인|허가|비자|견적|돈|어느|어떤|\bwhich\b|\bcual(es)?\b|哪|边啲")

# ...or the scene's people asked, not its set ("we need foreigners for a hotel scene, are there actors
# there?", "호텔 장면에 외국인 엑스트라가 필요한데 구할 수 있어요?"): the casting question
MODERN_PLACE_PEOPLE = re.compile(r"\b(actors?|actress(es)?|extras|cast|casting|crew|staff|talent|interpreters?|performers?|faces|foreigners?|europeans?|actores|actrices|elenco|guer[oa]s|personal|interpretes)\b"
                                 r"|演员|群演|外籍|工作人员|翻译|老外|洋面孔|外国人|배우|엑스트라|스태프|통역|외국인")


def modern_places(text: str) -> list[str]:
    """The places of today's stories the message names (`MODERN_PLACES`), in the order it names
    them ("hospital or police station" → hospital, police_station), else []."""
    folded = fold(to_simplified(text)[0])
    found = [(m.start(), pid) for pid, rx in MODERN_PLACES if (m := rx.search(folded))]
    return [pid for _, pid in sorted(found)]
# the yes/no of having ("does it have…", "is there…", "¿tiene…?", "¿hay…?", "有没有…", "…있어요?")
FEATURE_HAD = re.compile(r"\b(have|has|got|is there|are there|any)\b|\b(tiene|tienen|hay|cuenta con|cuentan con|trae)\b"
                         r"|有没有|有冇|有无|有.{0,8}(吗|嘛|么|不)|有没|没有|있어|있나|있습|있을|있니|있는지|있음|있노|있소|있당가|있냐|있지")


# The set just listed pointed at without its position ("that one, any tram tracks?", "ese tiene
# puente?", "那個有電車軌道嗎", "这个有电车轨道吗", "거기 폭포 있어요?"): the first set of the list
THAT_ONE = re.compile(r"\b(that|this) (one|set|place|location|lot)\b|^\W*(and )?(that|this)\b|^\W*(y )?(ese|esa|este|esta|aquel|aquella)\b"
                      r"|\b(ese|este|aquel) (set|lugar|sitio|escenario)\b|那个|这个|那座|这座|그거|그곳|거기|그 (세트|촬영지|곳)")


def set_feature(text: str) -> str | None:
    """The one physical feature a yes/no question asks of a set ("is there a tram line there?"
    → "tram"), else None (none, or two: "lakes and bridges" is more than a yes)."""
    folded = fold(to_simplified(text)[0])
    if not FEATURE_HAD.search(folded):
        return None
    found = [fid for fid, asked, _ in SET_FEATURES if asked.search(folded)]
    if "lake" in found and "pond" in found:
        found.remove("pond")
    if "water" in found and len(found) > 1:
        found.remove("water")
    if "jungle" in found and "forest" in found:
        found.remove("forest")
    if "snow" in found and "mountain" in found:  # "a snowy mountain set?": the snow landscape asked
        found.remove("mountain")
    return found[0] if len(found) == 1 else None


def feature_told(feature: str, text: str) -> bool:
    """Does a knowledge text (a set's description) name the feature?"""
    told = next(rx for fid, _, rx in SET_FEATURES if fid == feature)
    return told.search(fold(to_simplified(text)[0])) is not None


# Who made a catalogue title, and whether that company is a member ("is its maker a HISDA
# member?", "¿su productora es miembro de la HISDA?", "它的出品方是HISDA成员吗", "제작사가 HISDA
# 회원이에요?"): the catalogue names no producing company, so neither is published
TITLE_MAKER = re.compile(r"\b(its|their|the) (makers?|producers?|production (company|house|studio))\b|\bwho (made|produced|makes|produces) (it|this|that)\b|\b(company|studio) behind\b"
                         r"|\b(su|la) productora\b|\bque productora\b|\bquien(es)? (la |lo )?(hizo|hicieron|produjo|produjeron|produce|realizo)\b"
                         r"|(?<!联合)(?<!合作)(?<!合拍)出品方|出品公司|(?<!联合)(?<!合作)制作方|制作公司|片方|谁(拍|出品|制作)的|(?<!공동)(?<!공동 )제작사|제작한 (회사|곳)|만든 (회사|곳)|어디서 만들")
# a self-introduction ("we're a production company", "저희는 제작사인데"): the partner's company
MAKER_OWN = re.compile(r"\b(we are|we're|i am|i'm|somos|soy)\b|我们是|我是|我們是|저희는|우리는|저희 회사|우리 회사")
# a member asked of it ("…a HISDA member?", "¿es miembro…?", "是成员吗", "회원이에요?")
MAKER_MEMBER = re.compile(r"\bmembers?\b|\bmembership\b|\bmiembros?\b|\bsoci[oa]s?\b"
                          # ("is that company in HISDA?", "are they part of the alliance?")
                          r"|\b(is|are) (that company|the company|that studio|they|it) (in|part of|inside) (hisda|the alliance)\b|\b(forma|formar) parte\b|成员|会员|회원|멤버")


# Genres the catalogue's taxonomy does not hold, asked of a title with a yes/no ("is the first one
# a horror?", "la primera es de terror?", "第一部是恐怖片吗", "첫 번째 거 공포물이에요?"): no, said, with
# its genres (`facts`); the names as the reply says them
UNLISTED_GENRES: tuple[tuple[str, object, dict[str, str]], ...] = tuple(
    (gid, re.compile(rx), names) for gid, rx, names in (
        ("horror", r"\bhorror\b|\bterror\b|\bmiedo\b|恐怖|惊悚鬼|鬼片|공포|호러",
         {"en": "horror", "es": "terror", "zh": "恐怖", "ko": "공포"}),
        ("documentary", r"\bdocumentar(y|ies)\b|\bdocumental(es)?\b|纪录片|纪实|다큐",
         {"en": "documentary", "es": "documental", "zh": "纪录片", "ko": "다큐멘터리"}),
        ("musical", r"\bmusicals?\b|\bmusical(es)?\b|歌舞片|音乐剧|뮤지컬",
         {"en": "musical", "es": "musical", "zh": "歌舞", "ko": "뮤지컬"}),
        ("animation", r"\banimat(ed|ion)\b|\banimad[oa]s?\b|\banimacion\b|\banime\b|动画|动漫|애니",
         {"en": "animation", "es": "animación", "zh": "动画", "ko": "애니메이션"}),
        ("war", r"\bwar (films?|dramas?|stor(y|ies)|movies?|series)\b|\bbelic[oa]s?\b|\bde guerra\b|战争片|战争剧|전쟁물|전쟁 ?드라마",
         {"en": "war", "es": "bélico", "zh": "战争", "ko": "전쟁"}),
        ("sports", r"\bsports?\b|\bdeportiv[oa]s?\b|\bde deportes\b|体育|运动题材|스포츠",
         {"en": "sports", "es": "deportes", "zh": "体育", "ko": "스포츠"}),
        ("western", r"\bwesterns?\b|西部片|서부극",
         {"en": "western", "es": "wéstern", "zh": "西部片", "ko": "서부극"}),
        # creatures and kinds no title of the catalogue is ("anything with zombies?", "¿tienen algo
        # de vampiros?", "有没有丧尸题材的", "좀비물 있어요?")
        ("zombie", r"\bzombi(e|es|s)?\b|丧尸|喪屍|僵尸|殭屍|좀비",
         {"en": "zombie", "es": "zombis", "zh": "丧尸", "ko": "좀비"}),
        ("vampire", r"\bvampir(e|es|os|as|o|a)\b|吸血鬼|뱀파이어|흡혈귀",
         {"en": "vampire", "es": "vampiros", "zh": "吸血鬼", "ko": "뱀파이어"}),
        ("superhero", r"\bsuper ?heroe?s?\b|\bsuperheroes\b|超级英雄|超級英雄|슈퍼 ?히어로",
         {"en": "superhero", "es": "superhéroes", "zh": "超级英雄", "ko": "슈퍼히어로"}),
        ("cooking", r"\bcooking (shows?|dramas?|series)\b|\b(series|dramas?) de cocina\b|美食剧|美食題材|美食题材|요리 ?(드라마|물)",
         {"en": "cooking", "es": "cocina", "zh": "美食", "ko": "요리"}),
        # an audience no genre tag names ("anything for teenagers?", "¿algo para adolescentes?",
        # "有青少年看的剧吗", "청소년 대상 작품 있어요?"): no teen category, said, with the genres
        ("teen", r"\bteen(s|age|agers?)?\b|\badolescente?s?\b|\bjuveniles?\b|青少年|청소년|십대|10대",
         {"en": "teen", "es": "adolescentes", "zh": "青少年", "ko": "청소년"}),
    ))


# The catalogue's genres closest to one it does not hold (`catalog.no_genre`): horror reads as a
# thriller or a mystery, a war story as a costume drama
UNLISTED_NEAR: dict[str, tuple[str, ...]] = {"horror": ("thriller", "mystery"), "war": ("historical",),
                                             "zombie": ("thriller", "sci_fi"), "vampire": ("fantasy", "romance"),
                                             "superhero": ("action", "fantasy")}
# Titles asked for by a genre the catalogue lacks ("any horror series?", "¿hay alguna serie de
# terror?", "有恐怖片吗", "공포 드라마 있어요?"), not a set or a shoot ("a horror set", "rodar terror")
TITLES_OF_GENRE = re.compile(r"\b(series?|shows?|titles?|dramas?|microdramas?|films?|movies?|works?|obras?|titulos?|peliculas?|microdramas?|catalog\w*)\b"
                             r"|剧|片|作品|드라마|작품|시리즈|영화|물\b|카탈로그"
                             # (something of that kind asked of what we have: "¿tienen algo de zombis?",
                             # "anything with vampires?", "有没有丧尸题材的", "좀비 나오는 거 있어요?")
                             r"|\b(anything|something) (with|about|on|of|for)\b|\balgo (de|con|sobre|para)\b|题材|나오는 ?(거|것|게)")
# (an existence asked, whatever the clause after it: "¿hay alguna serie que sea de terror?")
GENRE_EXISTS = re.compile(r"\b(any|got|have|hay|tienen|teneis|tienes|existe|existen)\b|有|있"
                          # (titles asked to fit: "our slot is for teens, what titles might fit?")
                          r"|\b(fit|fits|suit|suits|recommend\w*|suggest\w*|recomend\w*|recomiend\w*|sugier\w*|sirvan?)\b"
                          r"|推荐|推薦|适合|추천|맞는")
SHOOT_OF_GENRE = re.compile(r"\b(shoot\w*|filming|film it|make|making|produce|producing|rodar|rodaje|grabar|filmar|producir|sets?|locations?|platos?|backlots?)\b"
                            r"|拍|景|基地|찍|촬영|세트|로케")


def unlisted_genre(text: str) -> str | None:
    """The name id of a genre outside the taxonomy that a message names, else None."""
    folded = fold(to_simplified(text)[0])
    return next((gid for gid, rx, _ in UNLISTED_GENRES if rx.search(folded)), None)



# What a named thing is ("what's the ARC system", "¿qué es el sistema A.R.C?", "A.R.C系统是什么",
# "A.R.C 시스템은 뭐예요"): its card, not a yes-first FAQ that mentions it
WHAT_IS_ASKED = re.compile(r"\bwhat( exactly| actually)?('?s| is| are| does)\b|\bque (es|son|cosa es|hace)\b|\bpa(ra)? (que|q) sirve\b|\bq es\b"
                           r"|是什么|是啥|是干什么|干嘛的|做什么的|뭐예요|뭐에요|뭔가요|뭐야|뭐임|무엇|뭐 하는|뭐드래요|정체가 뭐")
# How a partner gets to use it ("how would a producer get to use it?", "¿cómo accedemos?", "怎么用",
# "어떻게 써요?"): an access route, which no programme of that kind publishes
ACCESS_ASKED = re.compile(r"\bhow (do|can|could|would|might|does) (we|i|you|a producer|producers|a company|companies|one)\b.{0,25}\b(use|access|get|join|apply|sign up|try)\b"
                          r"|\bcomo (accedemos|accedo|se accede|acceder|lo usamos|usarlo|se usa|lo uso|podemos usar|se puede usar|lo conseguimos)\b"
                          r"|怎么用|如何使用|怎么使用|怎么接入|怎么申请使用|如何接入|어떻게 (써|쓰|사용|이용|신청|접근)")


# The location asked to be sent ("send the location", "mándame la ubicación", "发个定位", "위치 보내
# 주세요"), not a word that only contains one ("가입비가 있는지도": "지도" inside "-는지도")
LOCATION_SENT = re.compile(r"\b(location|pin|map|address)\b|\b(ubicacion|mapa|localizacion|direccion)\b|定位|位置|地图|地址"
                           r"|위치|(?<![가-힣])지도|주소")


# The audience a title is for, told as a situation rather than a genre's name (fixA12):
# children and grown-ups watching together ("our Sunday slot is for mama, papa and the kids", "mis
# primitos vienen cada finde", "周末一家老小一起看", "조카들이랑 다 같이 볼") is the family genre;
# emperors, dynasties and old-time costume ("old-time costume stories", "historias de emperadores y
# dinastías", "帝王将相的故事", "왕이랑 왕조 이야기") the historical one. Only beside a word of watching
# or of titles (`WATCHED`), never of sets or shooting: "can I bring my kids to the set?" asks no genre
# (visiting is of a place named after it: "visit the studio with the kids", not "my in-laws visit").
MIXED_AUDIENCE = re.compile(
    r"\b(whole|entire) (family|house|household|clan|gang)\b|\ball (the )?ages\b|\b(young and old|old and young)\b"
    r"|\b(kids|children|little ones|grandkids|grandchildren|nephews|nieces|cousins|toddlers)\b"
    r"|\b(mum|mom|mama|mommy|mummy|parents)\b.{0,12}\b(dad|papa|daddy|pop|kids|children)\b|\bgrand(parents|ma|pa|mother|father)\b"
    r"|\bin[- ]?laws\b|\b(aunts?|uncles?) and\b|\bfamily (night|time|viewing|movie night|evenings?|weekends?)\b"
    r"|\b(all|everyone|every one of us|the lot of us) (could |can |would )?(watch|see|enjoy|sit through)\w* (it |them |those )?together\b"
    r"|\btoda la (familia|casa|familia entera)\b|\btodas las edades\b|\bgrandes y (chicos|chiquitos|peques)\b|\ben familia\b"
    r"|\b(ninos|ninas|chicos|chiquitos|peques|pequenos|chamacos|chavitos|escuincles|cabros chicos|pibes|gurises|guaguas|hijos"
    r"|primitos|primos|sobrinos|sobrinitos|nietos|nietitos|abuelos|abuelitos|abuelas|suegros|suegra|cunados|tios|infantil(es)?)\b"
    # a children's slot ("kids' block", "franja infantil", "少儿时段", "어린이 시간대"): family viewing
    r"|\bkids'? (block|slot|hour|time|programming|channel)\b|少儿|儿童(时段|节目|频道)|어린이|키즈"
    r"|\b(mama|papa|mami|papi)\b.{0,8}\b(papa|mama|papi|mami|ninos|hijos|chicos)\b"
    r"|\bver(la|las|lo|los)? (todos )?(juntos|juntas)\b|\b(todos|todas) (juntos|juntas) (a ver|para ver|frente a la tele)\b"
    r"|一家老小|一家大小|一家大细|成家人|全家|一家人|老人(和|跟)?(小孩|孩子)|小朋友|孩子们|孩子們|小孩子|爸妈|爸媽|父母|公婆|岳父母|老少|合家欢|合家歡|亲子|親子"
    r"|爷爷奶奶|爺爺奶奶|外公外婆|姥姥姥爷|侄子|侄女|外甥|孙子|孙女|孫子|孫女|(大家|一家子?)一起看"
    r"|온 ?가족|온 ?식구|가족(끼리|이 ?다 ?같이|이랑|들?(과|하고) ?(같이|함께))|아이들|애들|조카들?|손주|엄마 ?아빠|어른(이랑|과|하고) ?아이"
    r"|부모님|시부모|장인 ?장모|(다 ?같이|다 ?함께|같이|함께) ?(볼|보기|보는|보면|보실|시청)"
    # (an elder of the partner's own family alone: "my nan", "mi abuelita", "我奶奶", "우리 할머니")
    r"|\b(my|our) (nan|nana|nanna|gran|granny|grannie|grandma|grandpa|old folks|elders)\b"
    r"|\b(mi|mis|nuestr[oa]s?) (abuel[oa]s?|abuelit[oa]s?|viejit[oa]s?|nona|nono|yaya|yayo)\b"
    r"|(我|我们|我家|我的|我们家)(的)?(奶奶|外婆|姥姥|嫲嫲|阿嬷|婆婆|爷爷|外公|姥爷|阿公|老人家|长辈|爸妈)"
    r"|(우리|울|저희|제|내) ?(할머니|할머님|할무니|할매|할아버지|할아버님|할배|어르신|부모님)")
HISTORY_AUDIENCE = re.compile(
    r"\bemperors?\b|\bdynast(y|ies)\b.{0,20}\b(stor|drama|show|series|tale)|\b(stor(y|ies)|dramas?|shows?|tales?)\b.{0,30}\bdynasties\b"
    r"|\bold[- ]time\b|\bcostume (stor(y|ies)|shows?|series|epics?|dramas?)\b|\b(kings and queens|imperial court|royal court) (stor|drama|show)"
    r"|\bemperador(es|as)?\b|\bdinastias\b|\b(historias|series|dramas|novelas) (de|del) (epoca|la corte|reyes|emperadores|palacio)\b|\breyes y reinas\b"
    r"|帝王|皇帝的?(故事|戏|剧)|王朝(的)?(故事|戏|剧)|宫廷(的)?(故事|戏|剧)|古代(的)?(故事|戏|剧)"
    r"|임금|황제|왕조 ?(이야기|드라마|물)|궁중 ?(이야기|드라마)|옛날 ?(이야기|드라마)")
# The partner's own festival, screening night or event, told as the situation of a question ("our
# festival trailer needs a palace look", "el tráiler de nuestro festival", "我们影展的预告片", "저희
# 영화제 예고편", "a small festival trust like ours", "像我们这样的小型影展", "un festival como el
# nuestro"): theirs, never ours, so no name of one of our events (the Hengdian film festival) and no
# event asked; the question decides. ONE table (fixA13's and fixB13's merged), read through
# `own_event_spans`, `without_own_event` and `own_festival_said` by understand, router and scope.
# The words between "our" and the festival are the partner's own adjectives, never where they go
# ("our crew at your festival" is ours at theirs); "我们电影节期间" is during the festival, no one's own.
# "제"/"本" are "my"/"this" only as a word of their own: "부산국제영화제", "日本电影节" are another's.
_NOT_OWN_WORD = (r"(?!(your|yours|the|at|to|in|for|of|with|on|visit\w*|attend\w*|go|going|come|coming|hengdian|tu|tus|su|sus|vuestr\w*"
                 r"|el|la|los|las|en|al|del|de|para|ir|venir|visitar)\b)")
_OWN_KO = r"(?!(가|는|도|를|랑|와|하고|만)\b)"
OWN_EVENT = re.compile(
    r"(?:\b(our|my)( own)?( " + _NOT_OWN_WORD + r"[\w-]+){0,3} (film |movie )?(festival|fest|screenings?|showcase|community night|film night|movie night|screening night)s?\b"
    r"|\b(film |movie )?(festival|fest)s?( " + _NOT_OWN_WORD + r"[\w-]+){0,3} (like|such as) (ours|us|mine)\b"
    r"|\b(nuestr[oa]s?|mis?)( " + _NOT_OWN_WORD + r"[\w-]+){0,3} (festival|muestra|certamen|noche|ciclo)\w*( de cine)?"
    r"|\b(festival|muestra|certamen|ciclo)\w*( " + _NOT_OWN_WORD + r"[\w-]+){0,3} (como|tal como) (el nuestro|la nuestra|nosotros|el mio|la mia)\b"
    r"|(我们|我們|咱们|咱們|我的|(?<![日基资資剧劇版根原])本|敝|我)(方|司|校)?(的)?(这个|這個|小型|小小的|小|本地|社区|社區)?(的)?(影展|电影节|電影節|影节|影節|放映会|放映會|之夜)"
    r"|像(我们|我們)(这样|這樣)的[^，,。？?]{0,4}(影展|电影节|電影節|影节|影節)"
    r"|(?<![가-힣])(저희|우리|제)" + _OWN_KO + r"( 같은)?( ?(?!헝뎬|횡뎬|귀사|그쪽|거기)[가-힣]+){0,2} ?(영화제|페스티벌|상영회|의 ?밤))"
    r"(?!\s?(期间|期間|那几天|的时候|的時候|前后|前後|时|時))")
# A festival said as a common noun ("festival", "muestra de cine", "影展", "电影节", "영화제"), not our
# festival's name: each one said must be the partner's own for `own_festival_said`
FESTIVAL_WORD = re.compile(r"(film |movie )?(festival|fest)s?|(festival|muestra|certamen) de cine|festival|muestra|certamen|电影节|電影節|影展|影节|影節|영화제|페스티벌")


def own_event_spans(folded: str) -> list[tuple[int, int]]:
    """Where the partner's own festival or night is said in a folded text (`OWN_EVENT`)."""
    return [m.span() for m in OWN_EVENT.finditer(folded)]


def without_own_event(folded: str) -> str:
    """A folded text with the partner's own festival or night blanked (its length kept, so spans
    read on it still point at the same words): no word of it names ours."""
    return OWN_EVENT.sub(lambda m: " " * len(m.group()), folded)


def own_festival_said(text: str) -> bool:
    """Is every festival said in `text` the partner's own ("our festival", "我们影展", "저희 영화제",
    "a festival like ours")? ("our festival would love to visit yours": theirs, and ours asked)"""
    folded = fold(text)
    spans = own_event_spans(folded)
    said = list(FESTIVAL_WORD.finditer(folded))
    return bool(said) and all(any(a <= m.start() and m.end() <= b for a, b in spans) for m in said)


# The partner's own milestone a month is said with ("I graduate in June", "me gradúo en julio", "明年
# 六月毕业", "6월에 졸업하는데"): when they are free, no month of our events asked (fixA13)
OWN_MILESTONE = re.compile(
    r"\b(graduat\w*|finish(ing)? (my|our|the) (degree|studies|school|course|masters?|ba|ma|mfa)|get(ting)? my (degree|diploma)"
    r"|done with (school|uni|college|classes)|(my|our) (semester|term|course|contract) (ends|is over|finishes))\b"
    r"|\b(me gradu\w*|nos gradu\w*|graduarme|graduarnos|egreso|egresamos|me recibo|nos recibimos|termino (la|mi) (carrera|universidad|escuela|maestria))\b"
    r"|毕业|畢業|结业|結業|졸업|수료")


# What a kind of story does to its audience, or what happens in it, told instead of the genre's
# name (fixA13): laughing after a tired day ("they just want a laugh", "solo quieren reírse", "就想笑一笑",
# "그냥 웃고 싶대요") is comedy; being kept on the edge of the seat ("con el corazón en la boca",
# "心一直悬着", "손에 땀 쥐는") thriller; guessing the killer or solving the case ("adivinar quién
# fue", "猜凶手", "범인 찾기") mystery; sword fights and their choreography ("coreografía de espadas",
# "剑术", "검술 합") wuxia; falling in love ("butterflies", "que te enamore", "心动", "설레는") romance;
# space and robots ("naves espaciales", "外星人", "우주") sci-fi. Read like the audience above: only
# beside a word of watching or titles, none of sets or shooting, and no genre or record named.
MOOD_GENRES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("comedy", re.compile(
        r"\b(laugh\w*|giggl\w*|chuckl\w*|lol|lmao|humou?r(ous)?|light[- ]?hearted|goofy)\b|\bcrack (\w+ ){1,2}up\b"
        r"|\bcheer (them|me|us|people|everyone|him|her) up\b"
        r"|\b(reir\w*|rian|riamos|riendo|risas?|carcajadas?|humor\w*|divertid[oa]s?|chistos[oa]s?|graciosos?|graciosas?|desternill\w*)\b"
        r"|想笑|笑一(笑|哈|下|场)|乐一乐|乐呵|逗(乐|趣|笑)|哈哈|爆笑|笑死|笑出|捧腹|幽默|欢乐|搞怪"
        r"|웃(고 ?싶|을 ?수|음|기는|기고|긴|겨|게)|빵 ?터지|유쾌|코믹|깔깔|폭소")),
    ("thriller", re.compile(
        r"\bedge of (their|your|my|our|his|her|the) seats?\b|\bedge[- ]of[- ](the|your)[- ]seat\b|\bnail[- ]?bit\w*"
        r"|\b(heart|pulse)[- ]?(pounding|racing|stopping)\b|\badrenaline\b|\bthrill(s|ing)?\b|\bsuspenseful\b|\btense\b"
        r"|\bgripping\b|\bhold (their|your|my|our|his|her) breath\b"
        r"|\bcorazon (en la boca|en un puno|a mil)\b|\ben vilo\b|\bal borde del asiento\b|\b(comer|morder|comiendo|mordiendo)(se|nos|les)? las unas\b"
        r"|\badrenalina\b|\btension\b|\btrepidantes?\b|\bde infarto\b|\bsin respirar\b|\bpegad[oa]s? (al|a la) (asiento|silla|pantalla)\b"
        r"|心一直悬|心悬|悬着|悬起|提心吊胆|揪心|紧张刺激|紧张感|心跳加速|屏住呼吸|不敢出气|扣人心弦|惊心动魄|肾上腺素|捏(一)?把(冷)?汗"
        r"|손에 ?땀|조마조마|쫄깃|긴장감|숨 ?막히|숨 ?죽이|심장 ?(터질|쫄|뛰)|아드레날린|스릴(?!러)|긴박|쫄리")),
    ("mystery", re.compile(
        r"\b(guess\w*|figur\w* out|work\w* out|solv\w*|find\w* out|crack\w*) (who|whom|the (killer|culprit|murderer|case|crime|mystery|puzzle))"
        r"|\bwho ?(done|dun|did) ?it\b|\bwhodunn?its?\b|\bclues?\b|\bsleuth\w*|\bpuzzles?\b|\bplot twists?\b|\bmurder (case|mystery|mysteries)\b"
        r"|\bkeep (them|you|me|us|people|everyone) guessing\b"
        r"|\badivin\w* (quien|el asesino|al asesino|el culpable|al culpable|el final)|\bquien (es el asesino|lo mato|fue el asesino|es el culpable)\b"
        r"|\basesin[oa]s?\b|\bresolver (el|un|los) (crimen|caso|misterio|enigma)\w*|\bpistas\b|\bgiros (de guion|inesperados|de trama)\b|\bpoliciac[oa]s?\b"
        r"|凶手|破案|查案|断案|解谜|谜团|烧脑|剧本杀"
        r"|범인|추리|수사(물|극)|미궁|두뇌 ?싸움|수수께끼")),
    ("wuxia", re.compile(
        r"\bsword\w*|\bjianghu\b|\bwire[- ]?work\b"
        r"|\bespadas?\b|\besgrima\b|\bespadachin\w*"
        r"|剑术|剑法|剑戏|剑招|舞剑|刀剑|剑客|轻功|飞檐走壁|吊威亚|武术指导"
        r"|검(술|법|객|무|투)|검 ?(액션|합)|칼(싸움|부림|춤)|와이어 ?액션|경공|강호")),
    ("romance", re.compile(
        r"\bbutterflies\b|\bswoon\w*|\bfall(ing)? in love\b|\bheart[- ]?flutter\w*|\bsweet love\b"
        r"|\benamor\w*|\bmariposas en (el|la) (estomago|panza|barriga)\b|\bsuspirar\b"
        r"|心动|恋爱的感觉|甜甜的|磕cp|嗑cp|谈恋爱|撒糖"
        r"|설레|달달|심쿵|연애 ?감정|사랑 ?이야기"
        # (couples, dating and love stories: "any dating dramas?", "parejas que se enamoran", "拍拖剧",
        # "谈情说爱", "사랑 얘기", "연애하는 이야기", "남녀가 사랑에 빠지는")
        r"|\bdating\b(?! back)|\bfall(s|ing)? for each other\b|\blove stor(y|ies)\b|\bromantic\b|\bcouples?\b.{0,25}\b(in love|romance|dating)\b"
        r"|\bnoviazgos?\b|\bnovios\b|\bparejas?\b.{0,20}\benamor|\bhistorias? de amor\b|\bromantic[oa]s?\b"
        r"|拍拖|谈情说爱|爱情故事|恋爱故事|相爱|爱上(了)?(彼此|对方)"
        r"|사랑 ?얘기|사랑에 ?빠지|연애(하는|물|담|얘기| 이야기| 얘기)|러브 ?스토리|커플(이|들이)? .{0,10}(사랑|연애)")),
    ("sci_fi", re.compile(
        r"\bouter space\b|\bin space\b|\bspace (operas?|travel|stations?|battles?|adventures?|wars?|stuff|things|themes?|stor(y|ies)|shows?)\b|\baliens?\b|\brobots?\b|\bspaceships?\b|\bfuturistic\b|\bcyborgs?\b"
        r"|\b(future|futuristic|high) (tech|technology|gadgets?|worlds?|cities)\b|\btime travel\w*\b|\bastronauts?\b"
        r"|\bnaves? espacial(es)?\b|\bextraterrestres?\b|\brobots?\b|\bfuturistas?\b|\bespacio exterior\b|\b(cosas|temas|historias) (del|de) (espacio|futuro)\b"
        r"|\btecnologia (del futuro|futurista)\b|\bviajes? (en el tiempo|espacial(es)?)\b|\bastronautas?\b"
        r"|外星|太空|宇宙飞船|飞船|机器人|星际|赛博|未来科技|黑科技|时空穿梭|宇航员"
        r"|우주|외계|로봇|미래 ?도시|사이보그|미래 ?(기술|과학)|시간 ?여행|우주 ?비행사")),
)
WATCHED = re.compile(
    r"\b(watch\w*|view\w*|shows?|series|titles?|dramas?|programm?e?s?|content|stor(y|ies)|customers?|clients?|audiences?|subscribers?|followers|fans)\b"
    # a broadcaster's programming slot ("our weekday afternoon block", "bloque infantil de los sábados",
    # "周末时段", "주말 편성"): what airs there is watched
    r"|\b(slots?|blocks?|line-?ups?|schedules?|airtime|prime ?time|daytime|programming|bloques?|franjas?|parrilla|programacion|emision)\b"
    r"|\b(ver|vean|mirar|miren|series?|programas?|titulos?|historias?|novelas|publico|clientes|audiencia|televidentes|espectadores|sirven?|aptas?|seguidor(es|as))\b"
    r"|看|剧|劇|节目|作品|故事|观众|觀眾|客户|粉丝|粉絲|时段|档期|排播|播出|보(기|는|고|여|실|자|려)|볼|시청|드라마|작품|방송|이야기|얘기|고객|손님|팬들|구독자|师奶|편성|방영|시간대|블록"
    # (what someone will like, said of who watches: "something my nan would like", "algo que le guste a
    # mi abuela", "我奶奶会喜欢的", "우리 할머니가 좋아하실 만한")
    r"|\bwould (like|love|enjoy)\b|\b(le|les) (guste|gusten|encante|encanten)\b|喜欢|钟意|좋아하(실|할|시|는)")
SETS_OR_SHOOT = re.compile(r"\b(sets?|backlots?|stages?|locations?|shoot\w*|film(ing|ed)?|visit\w*(?= (the|your|a|an|hengdian|china|zhejiang|studios?|sets?)\b)|bring|tour\w*|rodar|grabar|filmar|visitar|llevar|decorados?)\b"
                           r"|拍(?!拖)|景区|影棚|参观|带.{0,4}(去|来)|촬영|세트|찍|견학|방문|데려")
# The partner's own audience or buyers liking a kind ("my customers love...", "a mi público le
# encantan...", "我的观众爱看...", "우리 시청자들이 좋아하는"): titles to sell them, not which set to shoot on
VIEWERS_LIKE = re.compile(r"\b(my|our) (customers|clients|viewers|audiences?|subscribers|buyers|public|users)\b"
                          r"|\b(mi|mis|nuestro|nuestros|nuestra|nuestras) (publico|clientes|audiencia|televidentes|espectadores|compradores|usuarios)\b"
                          r"|(我的|我们的|我们|我)(观众|客户|用户|订户)|(우리|저희|제) ?(시청자|고객|관객|구독자)")
# A language said as a line of business, not as speech ("the person for Spanish-language work",
# "¿con quién hablo para temas en español?", "西语方面的业务找谁", "스페인어권 업무 담당"): the team
# of that market, not which languages our people speak
LANGUAGE_AS_FIELD = re.compile(
    r"\b(spanish|english|chinese|korean|portuguese|french)([- ]language|[- ]speaking)? (work|projects?|deals?|business|matters|side of things|stuff|market|titles|content|distribution|sales)\b"
    r"|\b(temas|asuntos|proyectos|negocios|cosas|trabajos?|ventas|contenidos?|tratos) (en|de habla|del mercado en|para el mercado en) (espanol|castellano|ingles|portugues|hispana)\b"
    r"|\b(lo|todo lo) (en|de) (espanol|castellano|habla hispana)\b"
    r"|(西语|西班牙语|英语|葡语)(方面|这块|那块|市场|业务|项目|地区|生意|的事|工作)|(스페인어|영어|포르투갈어)(권)? ?(쪽 )?(업무|사업|프로젝트|시장|건|관련|일(?=[은는이을도 ]))")


# Who is in the place just asked about, said after it ("那洛杉磯呢？我同事在那邊", "what about LA? my
# colleague is there", "¿y en Los Ángeles? allá está mi colega", "LA는요? 동료가 거기 있어서요"): why
# that city's time is wanted, nothing more asked (fixZ16). Read on the folded text (simplified).
_SOMEONE_THERE = re.compile(
    r"[\s,.;:!?。，！？、]*(?:"
    r"(?:(?:that'?s|it'?s|that is|it is) where )?(?:my|our|a) (?:\w+ )?(?:colleagues?|co-?workers?|partners?|team(?:mates?)?|boss|producers?|directors?|crew|people|office|clients?|friends?|staff|editors?|writers?|folks|guys)"
    r"(?: is| are|'s|'re| lives?| works?| sits?)(?: based| located| living| working)?(?: over)? (?:there|out there|right now)?(?: now| right now| at the moment)?"
    r"|(?:(?:alla|alli|ahi|aca) (?:esta|estan|vive|viven|trabaja|trabajan|tengo|tenemos) (?:a )?(?:mi|mis|nuestro|nuestra|nuestros|nuestras|un|una|unos|unas) \w+)"
    r"|(?:(?:mi|mis|nuestro|nuestra|nuestros|nuestras) (?:colega|compa|companer[oa]|socio|soci[ao]|equipo|jefe|jefa|productor[a]?|gente|oficina|cliente|amig[oa]|director[a]?)s? (?:esta|estan|vive|viven|trabaja|trabajan) (?:alla|alli|ahi)(?: ahora)?)"
    r"|(?:(?:我|我们|我們|我哋)的?(?:同事|朋友|合伙人|合夥人|伙伴|夥伴|团队|團隊|老板|老闆|导演|導演|制片人|製片人|搭档|搭檔|客户|客戶|员工|員工|编剧|編劇)(?:们|們|哋)?(?:现在|現在|都)?(?:在|住在|人在|喺)(?:那边|那邊|那里|那裡|那儿|那兒|嗰度|嗰边|嗰邊|那)(?:工作|上班|住)?)"
    r"|(?:(?:제|저희|우리|내) ?)?(?:동료|팀원|팀|직원|파트너|친구|사장님|감독님|제작자|피디|PD)(?:들)?(?:가|이|은|는)? ?(?:거기|그쪽|거기에|그쪽에|그곳에)(?: ?있| ?살| ?계| ?근무)[^\s?.!]*"
    r")[\s.!?。！？~ㅎㅋ]*$", re.IGNORECASE)


def someone_there_dropped(text: str) -> str | None:
    """The follow-up without the closing words that say who is in that place ("那洛杉磯呢？我同事在那邊"
    -> "那洛杉磯呢？"); None when the message does not close with such words or is nothing else."""
    folded = fold(text)
    m = _SOMEONE_THERE.search(folded)
    if m is None or m.start() == 0:
        return None
    # the same cut in the message as written (fold keeps the length of most text; else the folded one)
    rest = (text if len(text) == len(folded) else folded)[:m.start()].strip()
    if not rest:
        return None
    asked = next((ch for ch in m.group(0) if ch in "?？"), "")  # the question mark it closed with kept
    return rest + asked


# "The one in Seoul", "the Seoul thing", "el de Seúl", "lo de Seúl", "首尔那个", "首爾那場", "서울 거",
# "서울에서 하는 거": an event picked by the city it is held in (fixZ16)
CITY_PICKS = re.compile(r"\b(the|that) (one|event|thing|meeting|session|matchmaking|day) (in|at|over in|held in|happening in)\b"
                        r"|\b(the|that) (?!(whole|same|other|next|last|first|second|third|only|main|real|best|new|old|entire|big|little|exact|right|wrong|final)\b)[\w-]+ (one|thing|event|meeting|session)\b|\b(matchmaking|meeting|event|session|pitch) (in|at)\b"
                        r"|\b(el|la|lo|los|las) (de|del|en)\b|\b(el|la) (evento|encuentro|cosa|jornada|reunion) (de|en)\b"
                        r"|那个|那场|那次|的那个|的活动|办的|举办的"
                        r"|(?<![그이저])(거|건|것|행사|이벤트|모임)(는|은|요|도|가|이)?(?![가-힣])|(에서|서) (하는|열리는|있는)")
# (그거 / 이거 / 저거 point at the record in focus: "그거 한국 판권 사려면 얼마예요" picks no event in Korea)
# A clock asked of the partner's own place, which says nothing of the city named ("what time would
# that be here?", "¿a qué hora me queda?", "我这边几点", "여기 시간으로 몇 시"): no clock of that city
OWN_CLOCK_ASKED = re.compile(r"\bwhat time\b|\bwhich time\b|\b(a )?que hora\b|\b(my|our|local) time\b|\b(mi|nuestra) hora\b|\bhora local\b"
                             r"|几点|(我|我们|这边|我这边|我们这边|当地)的?时间|(여기|우리|제|내|이쪽|저희|현지) ?시간|몇 ?시")
_CITY_CLOCK = re.compile(r"\b(time|hora|horario)\b|时间|时区|시간|기준")


@lru_cache(maxsize=READINGS_KEPT)
def city_picks_event(text: str) -> str | None:
    """The zone of the city (outside China) a message names to pick an event by ("the one in
    Seoul", "el de Seúl", "首尔那个", "서울에서 하는 거"), not as the partner's place ("I'm in Seoul")
    nor as a clock ("in Seoul time"); None otherwise."""
    from core.i18n_format import CHINA_ZONES
    from core.text import to_simplified
    from intents.timezones import city_alone, mentioned_zone

    folded = fold(to_simplified(text or "")[0])
    if not CITY_PICKS.search(folded) or BASED_IN.search(folded) or KO_PLACE_STATED.search(text or ""):
        return None
    rest = OWN_CLOCK_ASKED.sub(" ", folded)
    zone = mentioned_zone(rest) or city_alone(rest)
    if zone is None or zone in CHINA_ZONES or _CITY_CLOCK.search(rest):
        return None
    return zone


# The partner's own video told as what it is for or shot with, before the question it asks (fixH17):
# a hotel as the client ("a hotel promo", "un video promocional para un hotel", "酒店宣传片", "호텔 홍보
# 영상") or a drone as the camera ("drone footage", "un video con dron", "无人机视频", "드론 영상").
# Neither is a stay nor a permit asked when the message goes on to ask which titles or sets there are
# of a kind ("…, which sets have palaces?", "…有啥历史剧", "…역사 드라마 뭐 있음?"): `own_video_aside`.
OWN_VIDEO_OF = re.compile(
    r"\bhotel'?s? (promo\w*|ads?|advert\w*|commercials?|videos?|films?|clips?|spots?|campaigns?|reels?|brand\w*|marketing)\b"
    r"|\b(promo\w*|ads?|advert\w*|commercials?|videos?|films?|clips?|spots?|campaigns?|reels?|shoot)( \w+){0,2} (for|of) (a|an|the|our|my|their|this|one)? ?(\w+ ){0,2}hotels?\b"
    r"|\b(videos?|spots?|comercial(es)?|anuncios?|promo\w*|publicidad|campana|clips?|cortos?)( \w+){0,2} (para|de|del) (un|una|el|la|nuestro|nuestra|mi|su)? ?(\w+ )?hotel(es)?\b"
    r"|(酒店|宾馆|賓館|饭店|飯店)(的|嘅)?(宣传|宣傳|广告|廣告|视频|視頻|短片|形象片|推广|推廣)"
    r"|(给|給|帮|幫|为|為|替)(一家|一間|一间|间|間|家)?(酒店|宾馆|賓館|饭店|飯店)拍"
    r"|호텔 ?(홍보|광고|프로모션|브랜드|브랜딩|영상|cf)"
    r"|\bdrones? (videos?|footage|shots?|clips?|films?|reels?|cinematograph\w*|shoot|aerials?|promo\w*)\b"
    r"|\b(shoot|film|shooting|filming|shot|filmed|record\w*)( it| this)? (with|on|by|from) (a |an |our |my )?drones?\b"
    r"|\b(videos?|tomas|imagenes|grabacion|clips?|filmacion|planos)( \w+){0,2} (con|de|en) (un |el |nuestro )?(dron|drone)s?\b"
    r"|\b(grab\w*|film\w*|rod\w*)( \w+){0,3} con (un |el |nuestro )?(dron|drone)s?\b"
    r"|(无人机|無人機)?(的)?航拍(的)?(视频|視頻|镜头|鏡頭|画面|畫面|短片|片)?|(无人机|無人機)(的)?(视频|視頻|镜头|鏡頭|画面|畫面|短片|拍摄|拍攝|片)|用(无人机|無人機)拍"
    r"|드론 ?(영상|촬영|샷|화면|뷰|으로 ?(찍|촬영))")
# The hotel or the drone in such a phrase, taken out before the gap is read again
_VIDEO_GAP_WORD = re.compile(r"\bhotel(e?s)?\b|\bdrones?\b|\bdron\b|酒店|宾馆|賓館|饭店|飯店|无人机|無人機|航拍|호텔|드론")
# The drone's rules asked beside it ("do we need a permit?", "需要审批吗", "허가 필요해요?")
_DRONE_RULES_ASKED = re.compile(r"\bpermits?\b|\blicen[cs]e|\binsur\w*|\ballowed\b|\bfly\w*|\bpermis\w*|\blicencias?\b|\bseguros?\b|\bvolar\b"
                                r"|许可|許可|审批|審批|报批|報批|备案|備案|保险|保險|能不能飞|能飞|허가|승인|신고|보험|띄우|띄워")
# Which titles or sets of a kind there are, asked plainly ("有啥历史剧", "边啲景有宫殿", "궁전 세트 있는
# 데 알려줘"), beside the list words of `asks_for_kind`
KIND_ASKED_PLAIN = re.compile(r"\b(which|what|any)\b|\b(que|cuales|algun[oa]?s?)\b|有啥|有什么|有什麼|有哪|哪些|哪几|哪幾|边啲|邊啲|边几|邊幾|有咩|有冇"
                              r"|뭐 ?있|뭐가 ?있|어떤|어디|있는 ?(데|곳|거)|있어|있나|있음")


def own_video_aside(text: str, gap: str | None) -> bool:
    """Is the hotel or drone gap found (`gap_topic`) only the partner's own video told (`OWN_VIDEO_OF`)
    before a list of a kind asked ("we're shooting a hotel promo, which sets have palaces?", "사극 느낌
    드론 영상 찍을 건데 역사 드라마 뭐 있음?")? Not when a permit or a stay is asked too ("can we fly the
    drone?", "where do we stay?"), nor when whether they may shoot is asked."""
    if gap not in ("hotel", "permits"):
        return False
    folded = fold(text)
    if not OWN_VIDEO_OF.search(folded) or SHOOT_ALLOWED.search(folded) or _DRONE_RULES_ASKED.search(folded):
        return False
    if not (asks_for_kind(text) or asks_for_list(text) or KIND_ASKED_PLAIN.search(folded)):
        return False
    rest = folded
    for _ in range(2):  # ("a drone clip for a hotel": both told, one phrase inside the other)
        rest = re.sub(r"\s+", " ", OWN_VIDEO_OF.sub(lambda m: _VIDEO_GAP_WORD.sub(" ", m.group()), rest))
    return gap_topic(rest) is None


# A person asked whether they speak a language ("does Mary Lynn speak Spanish?", "¿ella habla
# español?", "郭总会说英语吗", "궈수 본부장님 한국어 하세요?"): of that person (fixI17), no switch of
# the reply's language
_PERSON_SPEAKS = re.compile(
    r"\b(speaks?|speaking|talks?|understands?|fluent|gets? by)\b|\bhabla(n|s)?\b|\bentiende(n)?\b|\bmaneja(n)?\b"
    r"|会说|會說|会讲|會講|识讲|識講|识唔识讲|会唔会讲|识唔识听|会不会说|會不會說|能说|能講|能讲|懂|说得|講得|讲得|(?<!用)(说|說|讲|講)(中文|英语|英文|西语|西班牙语|韩语|粤语|广东话|普通话)"
    r"|하세요|하시나요|하시죠|하시는지|하시나|하나요|해요\?|할 줄|하실 줄|하실 수|가능하세요|가능하신가요|잘하|되세요|되시나요|통하나요"
    # (writing to them in it: "¿se le puede escribir a Mary Lynn en castellano?", "can I write to
    # her in Spanish?", "可以用西语给她写邮件吗", "그분한테 영어로 메일 써도 돼요?" (fixN18))
    r"|\bescribir(le|les)?\b|\bwrite (to )?(her|him|them)\b|\bemail (her|him|them)\b|(给|給)(她|他)(写|寫|发|發)|(메일|이메일|연락)(을|를)? ?(써도|보내도|드려도|해도)")
_MORE_LANGUAGE_NAMES = re.compile(r"\bcantonese\b|\bcantones\b|粤语|广东话|白话|西班牙文|韩文|日文|日语|葡萄牙语|광둥어|일본어|포르투갈어")
_PERSON_POINTER = re.compile(r"\b(she|he|her|him|they)\b|\b(ella|el|usted|ellos)\b|她|他|那位|这位|這位|佢|그분|그 분|그 사람|그쪽 분|담당자분|님")


# What a person said asked ("what did he say about Hengdian?", "¿qué dijo Carlos Tinto de
# Hengdian?", "她对短剧说了什么", "캐롤라인 궈는 숏드라마에 대해 뭐라고 했어요?"): their quotation (play30)
PERSON_SAID_ASKED = re.compile(
    r"\bwhat (did|does|do|has|had|would)\b.{0,40}\b(say|said|think|tell|mention)\b|\b(his|her|their) (quote|words|statement)s?\b"
    r"|\bque (dijo|dice|ha dicho|opina|opino|comento|declaro|afirmo|afirma|conto)\b|\b(su|sus) (frase|cita|declaraciones|palabras)\b"
    r"|说了(什么|啥|些什么)|说过(什么|啥)|怎么说|說了(什麼|啥)|怎麼說|讲了(什么|啥)|表示了(什么|啥)|怎么评价|怎麼評價|(评价|評價)了|原话"
    r"|뭐라고|무슨 말|어떤 말|뭐라 (했|하)|(발언|코멘트)")


def person_said_asked(text: str, named: bool) -> bool:
    """Is what a person said asked (`PERSON_SAID_ASKED`)? Of a person the message does not name,
    only with "he"/"she" or a past "said", never of "you" ("what do you think about…?")."""
    folded = fold(text)
    if not PERSON_SAID_ASKED.search(folded) or _SAID_BY_YOU.search(folded):
        return False
    return named or PERSON_SAID_BEFORE.search(folded) is not None or _PERSON_POINTER.search(folded) is not None


PERSON_POINTED = _PERSON_POINTER
# ...in the past, of someone not named and not "you" ("¿y qué dijo de Hengdian?", "他说了什么",
# "뭐라고 했어요?"): the one person of the record in focus, with no pronoun needed
PERSON_SAID_BEFORE = re.compile(r"\bwhat did (he|she|they)\b|\bque (dijo|ha dicho|comento|declaro|afirmo|opino|conto)\b"
                                r"|说了(什么|啥|些什么)|说过(什么|啥)|說了(什麼|啥)|表示了(什么|啥)|怎么评价的|怎麼評價的"
                                r"|뭐라고 (했|말했|하셨|말씀)|뭐라 (했|하셨)")
_SAID_BY_YOU = re.compile(r"\bwhat (did|does|do|has|would) (you|u|we|i)\b|\b(usted|ustedes|vos)\b|你们|你們|您|여러분")


def person_language_asked(text: str, focus: str | None, records: list[tuple[str, str]]) -> bool:
    """Is a named person (a contact named, or one in focus pointed at) asked whether they speak a
    language ("does Mary Lynn speak Spanish?", "¿ella habla español?" after her card)?"""
    folded = fold(_simplified_in_place(text))
    if not LANGUAGE_NAMED.search(folded) and not _MORE_LANGUAGE_NAMES.search(folded):
        return False
    if not _PERSON_SPEAKS.search(folded):
        return False
    contacts = [rid for kind, rid in records if kind == "contact"]
    if contacts:
        return len(set(contacts)) == 1 and all(kind in ("contact", "topic", "lang") for kind, _ in records)
    return (focus or "").startswith("contact:") and not records and _PERSON_POINTER.search(folded) is not None


# Whether actors must speak a language ("do the actors need to speak Chinese?", "¿los actores tienen
# que hablar chino?", "演员一定要会说普通话吗", "배우가 중국어 못하면 안 되나요?"), or "she" / "they" / no
# one named pointing at them right after the casting day or the foreign-actors answer ("does she need
# to speak Mandarin?", "佢哋一定要識講普通話㗎？", "중국어 몬하믄 안 되나?"): a requirement of theirs,
# no switch of the reply's language and no question about the assistant (fixN18)
_ACTORS = re.compile(r"\b(actors?|actress(es)?|cast|talents?|performers?|extras)\b|\b(actor(es)?|actriz|actrices|elenco|reparto)\b"
                     r"|演员|演員|艺人|藝人|배우")
_LANGUAGE_NEED = re.compile(
    r"\b(need|needs|have to|has to|must|required?|requirement|necessary|mandatory|expected to)\b|\b(don'?t|doesn'?t|can'?t|only)\b"
    r"|\b(tiene(n)? que|debe(n)?|necesita(n)?|hace falta|es necesario|requisito|obligatorio|no habla(n)?|sin hablar|solo habla(n)?)\b"
    r"|一定要|必须|必須|需要|要求|得会|得會|要会|要會|要识|要識|唔识|唔識|不会|不會|只会|只會"
    r"|해야|필요|못하|못 하|몬하|몬 하|안 되|안되|만 해도|만 하면|모르면|몰라도")
_ACTOR_SPEAKS = re.compile(r"\b(speak|speaks|speaking|talk|know|knows|fluent)\b|\b(habla(r|n|s|en)?|saber|sepan|dominar|manejar)\b"
                           r"|(会|會|识|識|能)?(说|說|讲|講)|(중국어|영어|한국어|스페인어)(를|도|만|은|는)? ?(못|몬|잘|꼭|해야|하|할|해)")
_OUR_SIDE = re.compile(r"\b(i|we|us|our (crew|team|staff)|my (crew|team|staff)|none of us|nobody in)\b|\b(yo|nosotros|nuestro equipo|mi equipo)\b"
                       r"|我|团队|團隊|剧组|劇組|제가|내가|저희|우리 (팀|스태프|직원)")


_LANGUAGE_REQUIRED = re.compile(
    r"\b(need|needs|have to|has to|must|required?|requirement|necessary|mandatory|expected to)\b"
    r"|\b(tiene(n)? que|debe(n)?|necesita(n)?|hace falta|es necesario|requisito|obligatorio)\b"
    r"|一定要|必须|必須|需要|要求|得会|得會|要会|要會|要识|要識|해야|필요|꼭")


def actor_language_asked(text: str, focus: str | None, answer: str | None, records: list[tuple[str, str]]) -> bool:
    """Is it asked whether actors must speak a language (named as actors, or pointed at right after
    the casting day / foreign-actors answer)? Never a person of our teams (`person_language_asked`)."""
    folded = fold(_simplified_in_place(text))
    if not LANGUAGE_NAMED.search(folded) and not _MORE_LANGUAGE_NAMES.search(folded):
        return False
    if not _LANGUAGE_NEED.search(folded) or not (_ACTOR_SPEAKS.search(folded) or _PERSON_SPEAKS.search(folded)):
        return False
    if any(kind in ("contact", "work", "location") for kind, _ in records) or (focus or "").startswith("contact:"):
        return False
    if _ACTORS.search(folded):
        # (actors named without Chinese, a worry or whether they can still act, keep their answers:
        # the languages FAQ (fixF17), the foreign-actors one (fixB17); a requirement asked is this)
        return _LANGUAGE_REQUIRED.search(folded) is not None
    shown = f"{focus or ''} {answer or ''}"
    actors_in_view = "foreign_actors" in shown or "casting" in shown
    return actors_in_view and not _OUR_SIDE.search(folded)


# "Do you have an office in Latin America?", "¿tienen oficina en Europa?", "你们在香港有办事处吗？",
# "한국에 사무소 있어요?": an office of ours in a place other than Hengdian / Shanghai / China asked; none
# is published (the teams are in Hengdian, Dalynn Studio in Shanghai), never a "yes" (fixN18)
_OFFICE = re.compile(r"\b(office|offices|branch|branches|representative|rep office|subsidiary|local team|presence)\b(?! hours?)"
                     r"|\b(oficina|oficinas|sede|sedes|sucursal|sucursales|filial|representacion|representante)\b(?! (de )?horario)"
                     r"|办事处|辦事處|办公室|辦公室|分公司|分部|代表处|代表處|分支机构|分支機構"
                     r"|사무소|사무실|지사|지점|법인|대표처|사무국이? (있|두)")
# (the partner's "tú" and voseo too: "¿tenés oficina en Madrid?" reads "¿tienes…?"; fixP19)
_HAVE_ASKED = re.compile(r"\b(do|does|is|are|have|has|got|any)\b|\b(tienen|tiene|tienes|tenes|teneis|hay|cuentan|cuentas)\b"
                         r"|有|冇|没|設|设|있|두고|둔|없")
_WHERE_ASKED = re.compile(r"\bwhere\b|\bdonde\b|哪|邊度|边度|어디")
_OUR_PLACES = re.compile(r"\b(hengdian|shanghai|china|beijing|zhejiang|dongyang|hangzhou|yiwu)\b|横店|橫店|上海|中国|中國|浙江|东阳|東陽|北京|杭州|义乌|義烏"
                         r"|헝뎬|형뎬|상하이|중국|베이징|저장|항저우|이우|\bshanghai\b|\bshanghái\b")
OFFICE_FOR_SPANISH = re.compile(r"\b(latin ?america|latam|south america|central america|mexico|spain|spanish|argentina|colombia|chile|peru)\b"
                                r"|\b(latinoamerica|america latina|sudamerica|hispanoamerica|espana|mexico|iberoamerica)\b"
                                r"|\b(madrid|barcelona|valencia|sevilla|buenos aires|bogota|lima|santiago|mexico city|ciudad de mexico|cdmx"
                                r"|guadalajara|monterrey|quito|caracas|montevideo|uruguay|venezuela|ecuador|bolivia|paraguay|cuba)\b"
                                r"|马德里|巴塞罗那|布宜诺斯艾利斯|波哥大|利马|圣地亚哥|墨西哥城|阿根廷|哥伦比亚|智利|秘鲁"
                                r"|마드리드|바르셀로나|부에노스아이레스|보고타|리마|산티아고|멕시코시티|아르헨티나|콜롬비아|칠레|페루"
                                r"|拉美|拉丁美洲|南美|西班牙|墨西哥|중남미|남미|라틴 ?아메리카|스페인|멕시코")


_REGION_NAMED = re.compile(r"\b(europe|asia|africa|america|americas|middle east|oceania|latam|latin ?america|south america|north america|southeast asia)\b"
                           r"|\b(europa|asia|africa|america|latinoamerica|sudamerica|norteamerica|oriente medio|oceania)\b"
                           r"|欧洲|歐洲|亚洲|亞洲|非洲|美洲|拉美|拉丁美洲|南美|北美|中东|东南亚|유럽|아시아|아프리카|미주|중남미|남미|북미|중동|동남아")
_THEIR_OWN_OFFICE = re.compile(r"\b(our|my) (\w+ )?(offices?|branch|branches|hq)\b|\bnuestras? (\w+ )?(oficinas?|sedes?|sucursal)\b"
                               r"|我们的?(办|分|总)|我們的?(辦|分|總)|我哋|저희 (회사 )?(사무|지사)|우리 (회사 )?(사무|지사)")


_OFFICE_TIME = re.compile(r"\b(open|opens|opening|close|closes|closing|what time|right now|anyone in|someone in|time difference)\b"
                          r"|\b(abre|abren|cierra|cierran|a que hora|ahora mismo|horario)\b|几点|幾點|开门|開門|上班|下班|몇 ?시|열어|열려|문 (열|닫)|시차"
                          # when someone is in it ("when are they in the office? I'm in Zurich", "¿cuándo
                          # están en la oficina?", "他们什么时候在办公室", "언제 사무실에 계세요?"): its hours, a
                          # time asked, never whether an office exists there
                          r"|\bwhen\b|\bcuando\b|什么时候|什麼時候|几时|幾時|啥时候|언제")


def office_elsewhere_asked(text: str, zone_named: bool = False) -> bool:
    """Is it asked whether we have an office (branch, 办事处, 지사) in a place other than our own
    (`zone_named`: the caller found a city or country's clock in it; else a region's name)?"""
    folded = fold(_simplified_in_place(text))
    return bool(_OFFICE.search(folded) and _HAVE_ASKED.search(folded) and not _WHERE_ASKED.search(folded)
                and not _OUR_PLACES.search(folded) and not _THEIR_OWN_OFFICE.search(folded)
                and not _OFFICE_TIME.search(folded)  # ("what time does your office open? we're in Bogotá": its hours)
                and (zone_named or _REGION_NAMED.search(folded) or OFFICE_FOR_SPANISH.search(folded)))


# A call asked instead of writing ("is there a direct line rather than email?", "can I call them
# instead?", "¿los puedo llamar?", "能直接打电话给他们吗", "전화로 할 수 있어요?"): the phone of the team in
# view (fixN18)
CALL_ME = re.compile(r"\b(call|ring|phone) (me|us)\b|\b(llamame|llamenme|llamarme|llamarnos|me llamen|nos llamen|me llame|nos llame)\b"
                     r"|(打|打个|打個)?(电话|電話)(给|給|畀|俾)(我|我们|我哋)|(给|給|畀|俾)(我|我们|我哋)(打|回)|(电话|電話)(联系|聯繫)我"
                     r"|\b(me|nos) (\w+ )?llam(a|e|en|ar|aria|arian|as|es)\b|\bllamen?me\b"
                     r"|전화(를)? ?(주|해 ?주|걸어 ?주|좀 ?주)|연락(을)? ?(주|해 ?주)")


# A phone conversation with a person asked for ("I'd like to talk to someone over the phone", "quiero
# hablar por teléfono con una persona", "想跟真人通个电话", "사람이랑 통화하고 싶어요"): a call-back, as
# "call me" is; a person the partner calls themselves ("can I call them?") is `CALL_ASKED`'s (play30)
PHONE_WITH_PERSON = re.compile(
    r"\b(talk|speak|chat)\s+(to|with)\s+(someone|somebody|a (real |live |actual )?(person|human)|an? (agent|human)|your team|one of you)\s+(on|over|by)\s+(the\s+)?(phone|telephone)\b"
    r"|\b(phone|telephone) (call|conversation) with (someone|somebody|a (real |live |actual )?(person|human)|your team|one of you)\b"
    r"|\b(hablar|platicar|conversar)\s+por\s+telefono\s+con\s+(alguien|una persona|un humano|el equipo|ustedes|alguno de ustedes)\b"
    r"|\b(hablar|platicar|conversar)\s+con\s+(alguien|una persona( real| de verdad)?|un humano|el equipo|ustedes)\s+por\s+telefono\b"
    r"|(跟|和|与|同)(人|真人|工作人员|负责人|客服|同事|你们的人)(直接)?(通个?电话|打个?电话|电话(沟通|聊|联系)|通话)"
    r"|(사람|실제 사람|진짜 사람|직원|직원분|담당자|담당자분|담당자님|상담원|상담사|매니저|매니저님)(이랑|랑|과|와|하고|분과|님과|분이랑|님이랑)\s*(직접\s*|바로\s*)?(전화\s*)?통화")


def callback_asked(text: str) -> bool:
    """Is a call to the partner asked ("can someone call me?", "¿alguien me puede llamar?", "能给我打个
    电话吗", "전화 좀 주실 수 있나요?", "사람이랑 통화하고 싶어요"), not only to be contacted ("연락 주세요") or
    replied to ("给我回个消息")?"""
    folded = fold(to_simplified(text)[0])
    if PHONE_WITH_PERSON.search(folded):
        return True
    for m in CALL_ME.finditer(folded):
        if m.group(0).startswith("연락") or (m.group(0).endswith("回") and not folded[m.end():m.end() + 2].startswith(("电", "个电", "通电"))):
            continue
        return True
    return False


CALL_ASKED = re.compile(r"\bdirect (line|number|dial)\b|\b(call|ring|phone) (them|him|her|you|the team|the office|someone|somebody)\b"
                        r"|\bby (phone|telephone)\b|\bover the phone\b|\bon the phone\b|\bcall instead\b"
                        r"|\b(llamar|llamarlos|llamarles|llamarla|llamarlo|llamarle|llamo|llamamos|telefonear)\b|\bpor telefono\b|\blinea directa\b"
                        r"|打电话|打電話|致电|致電|电话联系|電話聯繫|电话沟通|打个电话|打個電話|打俾|打畀|直线|直線"
                        r"|전화로|전화(해도|할|하면|드려도|걸어|걸면|통화)|통화(해도|할|가능|돼|되)|직통")
# "And who's in charge?" asked short of the record in view ("담당은요?", "담당자는요?", "¿y el responsable?",
# "负责人呢？", "who handles it?"): that record's team (fixN18)
IN_CHARGE_SHORT = re.compile(r"^\W*(and |so )?(who('?s| is)? (in charge|responsible|the contact|handling it|handles (it|that))|the contact person)\W*$"
                             r"|^\W*(y )?(el|la|los|las)? ?(responsables?|encargad[oa]s?|contacto)\W*$|^\W*(y )?(quien|quienes) (lo|la) (lleva|maneja|gestiona)\W*$"
                             r"|^\W*(那)?(负责人|負責人|对接人|對接人|联系人|聯繫人|谁负责|誰負責)(呢|是谁|是誰)?\W*$"
                             r"|^\W*(그럼 )?(담당|담당자|담당 부서|담당팀|담당은|담당자는|누가 담당)(은|는)?(요|예요|이에요|인가요|있어요)?\W*$")


# What to bring to an event, asked ("what should we bring to the Seoul matchmaking?", "¿qué hay que
# llevar al encuentro de Seúl?", "首尔对接会要带什么？", "서울 매칭 행사에 뭘 가져가야 해요?"), or whether a
# title can be brought there ("can we talk about this title at the matchmaking?", "이 작품 얘기할 수
# 있나요?"); and the description's sentence that tells it (fixN18)
BRING_ASKED = re.compile(r"\b(bring|take along|come with|prepare|have ready)\b|\b(what|which) (materials?|documents?)\b"
                         r"|\b(discuss|pitch|present|talk about|bring up) (this|that|our|my) (title|show|series|drama|project)\b"
                         r"|\b(llevar|llevamos|llevo|traer|traemos|traigo|preparar|preparamos|preparo)\b|\bque materiales?\b"
                         r"|\b(hablar de|presentar|proponer) (este|ese|nuestro|mi) (titulo|proyecto|drama|serie|microdrama)\b"
                         r"|(带|帶|准备|準備)(什么|什麼|啥|些什么|哪些|咩|乜)|要带|要帶|需要带|需要帶|(谈|談|聊|推|介绍)(这部|这个作品|我们的项目|我们的作品)"
                         r"|(뭘|무엇을|뭐|뭐를|어떤 걸|무슨 자료를?) ?(가져|가지고|들고|챙겨|준비)|(이|저|그|우리) 작품 (얘기|이야기|소개|피칭)")
# (the thing to bring asked, not whether one may: "what should we bring?", "¿qué hay que llevar?",
# "要带什么", "뭘 가져가야"; a title of the partner's discussed there: "이 작품 얘기할 수 있나요?")
BRING_WHAT = re.compile(r"\b(what|which things?|anything (to|i should|we should))\b|\bque (hay|tenemos|debemos|necesitamos|tengo|debo|llevo|llevamos|traigo|traemos|preparamos|preparo|materiales?|cosas)\b|什么|什麼|啥|哪些东西|咩|乜|뭘|무엇|뭐|어떤 걸|무슨 자료"
                        r"|\b(discuss|pitch|present|talk about|bring up) (this|that|our|my) (title|show|series|drama)\b|(이|저|그|우리) 작품 (얘기|이야기|소개|피칭)")
# (which titles to bring: the titles asked, a list of them (fixF17), not what the event says)
BRING_TITLES = re.compile(r"\b(which|what) (titles?|shows?|works?|series|dramas?)\b|\b(que|cuales) (titulos|obras|series|microdramas)\b|\bcuales\b"
                          r"|哪些作品|哪部|哪几部|哪些片|哪些剧|哪些劇|边部|邊部|边啲作品|어떤 작품|무슨 작품|어느 작품")
# (how many people one may bring is the event's quota, a number no record gives: "the maximum number of
# representatives a firm may bring", "how many people can we bring along?" — the count gap, not the
# description's sentence of what to bring)
BRING_PEOPLE = re.compile(r"\b(how many|number of|max(imum)?|cap|limit|quota)\b.{0,40}\b(people|persons|delegates|representatives|reps|attendees|participants|staff|colleagues|guests)\b"
                          r"|\bcuant[oa]s (personas|delegad[oa]s|representantes|asistentes|participantes|invitad[oa]s)\b|(几|多少)(个|位|名)?(人|代表)|몇 ?(명|분)")
_EVENT_WORD = re.compile(r"\b(event|matchmaking|meeting|meetings|session|pitch|night|day|ceremony|exchange|festival)\b"
                         r"|\b(evento|encuentro|rueda|jornada|sesion|noche|ceremonia|festival|pitch)\b"
                         r"|活动|活動|对接会|對接會|洽谈会|洽談會|说明会|說明會|推介会|推介會|仪式|儀式|交流会|交流會|电影节|電影節|媒合会"
                         r"|행사|매칭|미팅|설명회|피칭|협약식|영화제|교류회")
BRING_TOLD = re.compile(r"\bbring\b|\b(trae|traer|traigan|lleva|llevar|lleven)\b|带着|帶著|带上|带来|들고 오|가져오|가지고 오")


# Titles sought by a buyer ("busco microdramas terminados", "we're looking for finished shows",
# "想找几部完结的短剧", "완성작 찾고 있어요") (fixN18)
SEEKING_TITLES = re.compile(r"\b(looking for|seeking|searching for|after|in the market for|want to (buy|acquire|license))\b"
                            r"|\b(busco|buscamos|buscando|estoy buscando|queremos (comprar|adquirir|licenciar)|quiero (comprar|adquirir|licenciar))\b"
                            r"|(想|要)(找|买|買|采购|採購|引进|引進)|(在)?(找|寻找|尋找)|찾(고|는|아)|구매하(고|려)|사(고|려고) 싶")


# A list just shown narrowed to some of its items ("only the ones…", "solo los que…", "只要…的",
# "只看…的", "…것만", "…거만"): said first, with the filter after it (fixI17)
ONLY_THOSE = re.compile(r"^\W*(\w+\W+)?(only|just)\b|^\W*(y )?(solo|solamente|nada mas|unicamente) (los|las)\b"
                        r"|^\W*(那|那就)?(只要|只看|只想看|光看|就看|只留)|(것|거|애들)만(요|이요)?(?![가-힣])|(것|거)만 ?(보여|알려|줘|주세요)"
                        # (the verb of filtering said first: "narrow that down to…", "fíltrame las que…"; para21)
                        r"|^\W*(\w+\W+){0,3}(narrow|filter)\w*\b|^\W*(y )?(filtr\w+|dejame (solo|solamente) (los|las)|muestrame (solo|solamente) (los|las))\b|^\W*(那|那就)?(筛选|篩選|筛一下|篩一下)")
