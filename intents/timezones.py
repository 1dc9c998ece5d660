"""Turn what a partner types ("Bogotá", "首尔", "UTC-5", "Europe/Madrid") into an IANA time zone."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from zoneinfo import available_timezones

from rapidfuzz import fuzz, process

from core.lazy_re import gated
from core.text import fold as core_fold
from intents.lexicon import BASED_IN

# Cities partners write in other scripts or spellings than the IANA name's last part.
ALIASES: dict[str, str] = {
    "北京": "Asia/Shanghai", "上海": "Asia/Shanghai", "横店": "Asia/Shanghai", "东阳": "Asia/Shanghai",
    "beijing": "Asia/Shanghai", "pekin": "Asia/Shanghai", "hengdian": "Asia/Shanghai",
    "china": "Asia/Shanghai", "中国": "Asia/Shanghai", "베이징": "Asia/Shanghai", "상하이": "Asia/Shanghai",
    "首尔": "Asia/Seoul", "서울": "Asia/Seoul", "seul": "Asia/Seoul", "부산": "Asia/Seoul",
    "korea": "Asia/Seoul", "corea": "Asia/Seoul", "한국": "Asia/Seoul", "韩国": "Asia/Seoul",
    "busan": "Asia/Seoul", "kst": "Asia/Seoul", "东八区": "Asia/Shanghai", "중국": "Asia/Shanghai",
    "西班牙": "Europe/Madrid", "스페인": "Europe/Madrid", "墨西哥": "America/Mexico_City",
    "哥伦比亚": "America/Bogota", "阿根廷": "America/Argentina/Buenos_Aires", "美国东部": "America/New_York",
    "美西": "America/Los_Angeles", "cet": "Europe/Berlin", "멕시코": "America/Mexico_City", "马德里": "Europe/Madrid", "마드리드": "Europe/Madrid", "barcelona": "Europe/Madrid",
    "espana": "Europe/Madrid", "spain": "Europe/Madrid", "sevilla": "Europe/Madrid", "valencia": "Europe/Madrid",
    "墨西哥城": "America/Mexico_City", "멕시코시티": "America/Mexico_City", "cdmx": "America/Mexico_City",
    "ciudad de mexico": "America/Mexico_City", "mexico": "America/Mexico_City",
    "guadalajara": "America/Mexico_City", "monterrey": "America/Monterrey",
    "波哥大": "America/Bogota", "보고타": "America/Bogota", "colombia": "America/Bogota", "medellin": "America/Bogota",
    "布宜诺斯艾利斯": "America/Argentina/Buenos_Aires", "부에노스아이레스": "America/Argentina/Buenos_Aires",
    "argentina": "America/Argentina/Buenos_Aires", "buenos aires": "America/Argentina/Buenos_Aires",
    "圣地亚哥": "America/Santiago", "산티아고": "America/Santiago", "chile": "America/Santiago",
    "利马": "America/Lima", "리마": "America/Lima", "peru": "America/Lima",
    "蒙得维的亚": "America/Montevideo", "몬테비데오": "America/Montevideo", "uruguay": "America/Montevideo",
    "加拉加斯": "America/Caracas", "카라카스": "America/Caracas", "venezuela": "America/Caracas",
    "纽约": "America/New_York", "뉴욕": "America/New_York", "nueva york": "America/New_York", "nyc": "America/New_York",
    "洛杉矶": "America/Los_Angeles", "로스앤젤레스": "America/Los_Angeles", "엘에이": "America/Los_Angeles", "la": "America/Los_Angeles",
    "伦敦": "Europe/London", "런던": "Europe/London", "londres": "Europe/London",
    "拉各斯": "Africa/Lagos", "라고스": "Africa/Lagos", "nigeria": "Africa/Lagos",
    "约翰内斯堡": "Africa/Johannesburg", "요하네스버그": "Africa/Johannesburg", "开普敦": "Africa/Johannesburg",
    "cape town": "Africa/Johannesburg", "south africa": "Africa/Johannesburg", "케이프타운": "Africa/Johannesburg",
    # cities by the nicknames and abbreviations their people write ("joburg time", "hora de Baires",
    # "魔都时间", "the Big Apple"); two-letter ones ("BA", "SF") only in capitals beside a clock (`_LA`)
    "joburg": "Africa/Johannesburg", "jo burg": "Africa/Johannesburg", "jozi": "Africa/Johannesburg",
    "jhb": "Africa/Johannesburg", "joeys": "Africa/Johannesburg", "egoli": "Africa/Johannesburg",
    "cpt": "Africa/Johannesburg", "kaapstad": "Africa/Johannesburg", "durbs": "Africa/Johannesburg",
    "baires": "America/Argentina/Buenos_Aires", "bsas": "America/Argentina/Buenos_Aires", "bs as": "America/Argentina/Buenos_Aires",
    "chilangolandia": "America/Mexico_City", "el defe": "America/Mexico_City", "gdl": "America/Mexico_City",
    "mty": "America/Monterrey", "medallo": "America/Bogota", "la gran manzana": "America/New_York",
    "big apple": "America/New_York", "new york city": "America/New_York", "philly": "America/New_York",
    "frisco": "America/Los_Angeles", "san fran": "America/Los_Angeles",
    "sampa": "America/Sao_Paulo", "sao paulo": "America/Sao_Paulo",
    "魔都": "Asia/Shanghai", "帝都": "Asia/Shanghai", "妖都": "Asia/Shanghai", "羊城": "Asia/Shanghai", "鹏城": "Asia/Shanghai",
    "约堡": "Africa/Johannesburg", "約堡": "Africa/Johannesburg",
    "요벅": "Africa/Johannesburg", "조벅": "Africa/Johannesburg", "뉴욕시": "America/New_York",
    "内罗毕": "Africa/Nairobi", "나이로비": "Africa/Nairobi",
    "东京": "Asia/Tokyo", "도쿄": "Asia/Tokyo", "tokio": "Asia/Tokyo", "大阪": "Asia/Tokyo", "오사카": "Asia/Tokyo",
    "曼谷": "Asia/Bangkok", "新加坡": "Asia/Singapore", "싱가포르": "Asia/Singapore",
    "雅加达": "Asia/Jakarta", "자카르타": "Asia/Jakarta", "马尼拉": "Asia/Manila", "마닐라": "Asia/Manila",
    "河内": "Asia/Ho_Chi_Minh", "하노이": "Asia/Ho_Chi_Minh", "胡志明": "Asia/Ho_Chi_Minh", "호찌민": "Asia/Ho_Chi_Minh",
    "柏林": "Europe/Berlin", "베를린": "Europe/Berlin", "germany": "Europe/Berlin", "munich": "Europe/Berlin",
    "苏黎世": "Europe/Zurich", "취리히": "Europe/Zurich", "switzerland": "Europe/Zurich", "geneva": "Europe/Zurich",
    "悉尼": "Australia/Sydney", "시드니": "Australia/Sydney", "sidney": "Australia/Sydney",
    "贝尔格莱德": "Europe/Belgrade", "베오그라드": "Europe/Belgrade", "明斯克": "Europe/Minsk", "민스크": "Europe/Minsk",
    # the Caribbean and more partner cities (IANA zones)
    "port of spain": "America/Port_of_Spain", "trinidad": "America/Port_of_Spain", "trini": "America/Port_of_Spain",
    "puerto espana": "America/Port_of_Spain", "西班牙港": "America/Port_of_Spain", "포트오브스페인": "America/Port_of_Spain",
    "hong kong": "Asia/Hong_Kong",
    # capitals tzdata files under their country ("America/Guyana", "America/Jamaica", "America/Barbados")
    "georgetown": "America/Guyana", "乔治敦": "America/Guyana", "조지타운": "America/Guyana", "guyana": "America/Guyana",
    "圭亚那": "America/Guyana", "가이아나": "America/Guyana",
    "kingston": "America/Jamaica", "金斯敦": "America/Jamaica", "킹스턴": "America/Jamaica",
    "bridgetown": "America/Barbados", "布里奇敦": "America/Barbados", "브리지타운": "America/Barbados",
    "lisbon": "Europe/Lisbon", "lisboa": "Europe/Lisbon", "里斯本": "Europe/Lisbon", "리스본": "Europe/Lisbon",
    "portugal": "Europe/Lisbon", "葡萄牙": "Europe/Lisbon", "포르투갈": "Europe/Lisbon", "oporto": "Europe/Lisbon",
    "hamburg": "Europe/Berlin", "hamburgo": "Europe/Berlin", "汉堡": "Europe/Berlin", "함부르크": "Europe/Berlin",
    "台北": "Asia/Taipei", "taipei": "Asia/Taipei", "타이베이": "Asia/Taipei", "台湾": "Asia/Taipei",
    "taiwan": "Asia/Taipei", "대만": "Asia/Taipei", "高雄": "Asia/Taipei", "台中": "Asia/Taipei",
    "香港": "Asia/Hong_Kong", "홍콩": "Asia/Hong_Kong", "圣保罗": "America/Sao_Paulo", "상파울루": "America/Sao_Paulo",
    "rio de janeiro": "America/Sao_Paulo", "brasil": "America/Sao_Paulo", "brazil": "America/Sao_Paulo",
    "quito": "America/Guayaquil", "ecuador": "America/Guayaquil", "la paz": "America/La_Paz",
    "asuncion": "America/Asuncion", "san jose": "America/Costa_Rica", "panama": "America/Panama",
    "santo domingo": "America/Santo_Domingo", "canarias": "Atlantic/Canary",
    "tenerife": "Atlantic/Canary", "gran canaria": "Atlantic/Canary", "malaga": "Europe/Madrid",
    "palma de mallorca": "Europe/Madrid", "bilbao": "Europe/Madrid", "arequipa": "America/Lima",
    "cusco": "America/Lima", "valparaiso": "America/Santiago", "bucaramanga": "America/Bogota",
    "cartagena": "America/Bogota", "cali": "America/Bogota", "barranquilla": "America/Bogota",
    "lima": "America/Lima", "santiago": "America/Santiago", "montevideo": "America/Montevideo",
    "caracas": "America/Caracas", "shanghai": "Asia/Shanghai",
    "rosario": "America/Argentina/Buenos_Aires", "puebla": "America/Mexico_City", "habana": "America/Havana", "miami": "America/New_York",
    # Canada and the US by city and by the zone's own name ("Mountain time", "Pacific time")
    "edmonton": "America/Edmonton", "calgary": "America/Edmonton", "alberta": "America/Edmonton",
    "vancouver": "America/Vancouver", "toronto": "America/Toronto", "ottawa": "America/Toronto",
    "montreal": "America/Toronto", "winnipeg": "America/Winnipeg", "chicago": "America/Chicago",
    "denver": "America/Denver", "detroit": "America/Detroit", "atlanta": "America/New_York",
    "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles",
    # Canada's provinces and territories ("use Saskatchewan time", "we're in Nova Scotia")
    "saskatchewan": "America/Regina", "saskatoon": "America/Regina", "manitoba": "America/Winnipeg",
    "ontario": "America/Toronto", "quebec": "America/Toronto", "british columbia": "America/Vancouver",
    "nova scotia": "America/Halifax", "new brunswick": "America/Moncton", "prince edward island": "America/Halifax",
    "newfoundland": "America/St_Johns", "yukon": "America/Whitehorse", "northwest territories": "America/Yellowknife",
    "萨斯喀彻温": "America/Regina", "서스캐처원": "America/Regina", "安大略": "America/Toronto", "온타리오": "America/Toronto",
    "魁北克": "America/Toronto", "퀘벡": "America/Toronto", "不列颠哥伦比亚": "America/Vancouver",
    # the UK and India beyond their capitals, northern Mexico, western Argentina, inland Spain
    "scotland": "Europe/London", "aberdeen": "Europe/London", "edinburgh": "Europe/London",
    "glasgow": "Europe/London", "manchester": "Europe/London", "uk": "Europe/London",
    "india": "Asia/Kolkata", "chennai": "Asia/Kolkata", "mumbai": "Asia/Kolkata", "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata", "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "hyderabad": "Asia/Kolkata",
    "chihuahua": "America/Chihuahua", "ciudad juarez": "America/Ciudad_Juarez", "tijuana": "America/Tijuana",
    "hermosillo": "America/Hermosillo", "mendoza": "America/Argentina/Mendoza", "valladolid": "Europe/Madrid",
    "zaragoza": "Europe/Madrid",
    # states and regions partners say as where they are ("acá en Guerrero", "down in Louisiana")
    "doha": "Asia/Qatar", "도하": "Asia/Qatar", "多哈": "Asia/Qatar",
    "guerrero": "America/Mexico_City", "acapulco": "America/Mexico_City", "chiapas": "America/Mexico_City",
    "tuxtla": "America/Mexico_City", "oaxaca": "America/Mexico_City", "veracruz": "America/Mexico_City",
    "jalisco": "America/Mexico_City", "yucatan": "America/Merida", "queretaro": "America/Mexico_City",
    "nuevo leon": "America/Monterrey", "quintana roo": "America/Cancun", "baja california": "America/Tijuana",
    "louisiana": "America/Chicago", "texas": "America/Chicago", "florida": "America/New_York",
    "california": "America/Los_Angeles", "arizona": "America/Phoenix", "nevada": "America/Los_Angeles",
    # the other US states by the zone most of each keeps ("show me times on South Carolina time");
    # not Georgia (a country too), Colorado or Montana (Spanish words: "colorado", "montaña")
    "alabama": "America/Chicago", "alaska": "America/Anchorage", "arkansas": "America/Chicago",
    "connecticut": "America/New_York", "delaware": "America/New_York", "idaho": "America/Boise",
    "illinois": "America/Chicago", "indiana": "America/Indiana/Indianapolis", "iowa": "America/Chicago",
    "kansas": "America/Chicago", "kentucky": "America/New_York", "maine": "America/New_York",
    "maryland": "America/New_York", "massachusetts": "America/New_York", "michigan": "America/Detroit",
    "minnesota": "America/Chicago", "mississippi": "America/Chicago", "missouri": "America/Chicago",
    "nebraska": "America/Chicago", "new hampshire": "America/New_York", "new jersey": "America/New_York",
    "new mexico": "America/Denver", "north carolina": "America/New_York", "north dakota": "America/Chicago",
    "ohio": "America/New_York", "oklahoma": "America/Chicago", "oregon": "America/Los_Angeles",
    "pennsylvania": "America/New_York", "rhode island": "America/New_York", "south carolina": "America/New_York",
    "south dakota": "America/Chicago", "tennessee": "America/Chicago", "utah": "America/Denver",
    "vermont": "America/New_York", "west virginia": "America/New_York", "wisconsin": "America/Chicago",
    "wyoming": "America/Denver",
    # US cities known by their name alone ("I'm in Austin"; CLDR names only each zone's own city)
    "san antonio": "America/Chicago", "nashville": "America/Chicago",
    "new orleans": "America/Chicago", "minneapolis": "America/Chicago", "kansas city": "America/Chicago",
    "st louis": "America/Chicago", "saint louis": "America/Chicago", "memphis": "America/Chicago",
    "baltimore": "America/New_York", "pittsburgh": "America/New_York", "manhattan": "America/New_York",
    "san diego": "America/Los_Angeles", "sacramento": "America/Los_Angeles", "portland": "America/Los_Angeles",
    "salt lake city": "America/Denver", "albuquerque": "America/Denver",
    "honolulu": "Pacific/Honolulu", "hawaii": "Pacific/Honolulu",
    "奥斯汀": "America/Chicago", "오스틴": "America/Chicago",
    "圣迭戈": "America/Los_Angeles", "샌디에이고": "America/Los_Angeles", "檀香山": "Pacific/Honolulu", "호놀룰루": "Pacific/Honolulu",
    # mainland cities keep Beijing's clock; Taiwan's cities beyond Taipei, in both scripts
    "深圳": "Asia/Shanghai", "广州": "Asia/Shanghai", "廣州": "Asia/Shanghai", "杭州": "Asia/Shanghai",
    "成都": "Asia/Shanghai", "重庆": "Asia/Shanghai", "重慶": "Asia/Shanghai", "武汉": "Asia/Shanghai",
    "武漢": "Asia/Shanghai", "南京": "Asia/Shanghai", "西安": "Asia/Shanghai", "天津": "Asia/Shanghai",
    "苏州": "Asia/Shanghai", "蘇州": "Asia/Shanghai", "厦门": "Asia/Shanghai", "廈門": "Asia/Shanghai",
    "青岛": "Asia/Shanghai", "青島": "Asia/Shanghai", "长沙": "Asia/Shanghai", "長沙": "Asia/Shanghai",
    "义乌": "Asia/Shanghai", "義烏": "Asia/Shanghai", "金华": "Asia/Shanghai", "金華": "Asia/Shanghai",
    "shenzhen": "Asia/Shanghai", "guangzhou": "Asia/Shanghai", "hangzhou": "Asia/Shanghai",
    "chengdu": "Asia/Shanghai", "wuhan": "Asia/Shanghai", "nanjing": "Asia/Shanghai", "xiamen": "Asia/Shanghai",
    "선전": "Asia/Shanghai", "광저우": "Asia/Shanghai", "항저우": "Asia/Shanghai", "청두": "Asia/Shanghai",
    "臺北": "Asia/Taipei", "臺灣": "Asia/Taipei", "台灣": "Asia/Taipei", "臺中": "Asia/Taipei",
    "台南": "Asia/Taipei", "臺南": "Asia/Taipei", "新竹": "Asia/Taipei", "桃园": "Asia/Taipei", "桃園": "Asia/Taipei",
    "kaohsiung": "Asia/Taipei", "taichung": "Asia/Taipei", "tainan": "Asia/Taipei", "hsinchu": "Asia/Taipei",
    "가오슝": "Asia/Taipei", "타이중": "Asia/Taipei", "聖地牙哥": "America/Santiago", "圣地牙哥": "America/Santiago",
    "澳门": "Asia/Macau", "澳門": "Asia/Macau", "macau": "Asia/Macau", "macao": "Asia/Macau",
    # Central America by city and country ("Ciudad de Guatemala", "somos de Honduras")
    "ciudad de guatemala": "America/Guatemala", "guatemala": "America/Guatemala",
    "honduras": "America/Tegucigalpa", "el salvador": "America/El_Salvador", "san salvador": "America/El_Salvador",
    "nicaragua": "America/Managua", "costa rica": "America/Costa_Rica", "ciudad de panama": "America/Panama",
    # film-business cities that are no tzdata city (festivals, markets, location hubs): "and in Porto?"
    "porto": "Europe/Lisbon", "波尔图": "Europe/Lisbon", "포르투": "Europe/Lisbon",
    "cebu": "Asia/Manila", "宿务": "Asia/Manila", "宿霧": "Asia/Manila", "davao": "Asia/Manila", "makati": "Asia/Manila",
    "quezon city": "Asia/Manila", "cannes": "Europe/Paris", "戛纳": "Europe/Paris", "칸 영화제": "Europe/Paris",
    "annecy": "Europe/Paris", "marseille": "Europe/Paris", "lyon": "Europe/Paris", "toulouse": "Europe/Paris",
    "venice": "Europe/Rome", "venecia": "Europe/Rome", "venezia": "Europe/Rome", "威尼斯": "Europe/Rome",
    "베네치아": "Europe/Rome", "milan": "Europe/Rome", "milano": "Europe/Rome", "napoles": "Europe/Rome",
    "naples": "Europe/Rome", "frankfurt": "Europe/Berlin", "cologne": "Europe/Berlin", "koln": "Europe/Berlin",
    "locarno": "Europe/Zurich", "rotterdam": "Europe/Amsterdam", "boston": "America/New_York",
    "washington": "America/New_York", "philadelphia": "America/New_York", "houston": "America/Chicago",
    "dallas": "America/Chicago", "las vegas": "America/Los_Angeles", "park city": "America/Denver",
    "osaka": "Asia/Tokyo", "kyoto": "Asia/Tokyo", "京都": "Asia/Tokyo",
    "교토": "Asia/Tokyo", "hanoi": "Asia/Ho_Chi_Minh",
    "da nang": "Asia/Ho_Chi_Minh", "jeonju": "Asia/Seoul", "bucheon": "Asia/Seoul", "釜山": "Asia/Seoul",
    "porto alegre": "America/Sao_Paulo", "curitiba": "America/Sao_Paulo", "belo horizonte": "America/Sao_Paulo",
    "bali": "Asia/Makassar",
    # big cities partners name in passing or after an event's time, in their scripts ("我在米兰出差",
    # "그럼 프라하는요?", "and in Kumasi?"): CLDR names only the zone's own city (Rome, Accra)
    "米兰": "Europe/Rome", "米蘭": "Europe/Rome", "밀라노": "Europe/Rome", "罗马": "Europe/Rome", "羅馬": "Europe/Rome",
    "로마": "Europe/Rome", "巴黎": "Europe/Paris", "파리": "Europe/Paris", "paris": "Europe/Paris",
    "布拉格": "Europe/Prague", "프라하": "Europe/Prague", "prague": "Europe/Prague", "praga": "Europe/Prague",
    "kumasi": "Africa/Accra", "accra": "Africa/Accra", "ghana": "Africa/Accra", "mombasa": "Africa/Nairobi",
    "nairobi": "Africa/Nairobi", "kenya": "Africa/Nairobi", "durban": "Africa/Johannesburg",
    "daegu": "Asia/Seoul", "대구": "Asia/Seoul", "大邱": "Asia/Seoul", "incheon": "Asia/Seoul", "인천": "Asia/Seoul",
    "仁川": "Asia/Seoul", "abuja": "Africa/Lagos",
    # one-zone countries said in answer to "which country is it in?"
    "france": "Europe/Paris", "francia": "Europe/Paris", "法国": "Europe/Paris", "法國": "Europe/Paris", "프랑스": "Europe/Paris",
    "philippines": "Asia/Manila", "filipinas": "Asia/Manila", "菲律宾": "Asia/Manila", "菲律賓": "Asia/Manila",
    "필리핀": "Asia/Manila", "italy": "Europe/Rome", "italia": "Europe/Rome", "意大利": "Europe/Rome",
    "이탈리아": "Europe/Rome", "japan": "Asia/Tokyo", "japon": "Asia/Tokyo", "日本": "Asia/Tokyo", "일본": "Asia/Tokyo",
    "alemania": "Europe/Berlin", "德国": "Europe/Berlin", "德國": "Europe/Berlin",
    "독일": "Europe/Berlin", "vietnam": "Asia/Ho_Chi_Minh", "越南": "Asia/Ho_Chi_Minh", "베트남": "Asia/Ho_Chi_Minh",
    "巴西": "America/Sao_Paulo", "브라질": "America/Sao_Paulo",
    # countries tzdata gives several zones, by the capital's clock their people mean ("按智利时间";
    # fixV26; Korean "아르헨티나" left out: the aliases also feed the classifier's city placeholder, so
    # adding it retrains the model; it tipped "아이들용 드라마 있나요?" off the family titles (lead35),
    # and with that guarded, an off-topic "해외 배급 계약헐 때 변호사는 어디서 구허요?" onto the partners
    # list (lead36))
    "칠레": "America/Santiago", "智利": "America/Santiago",
}

# Cities whose names are also first names ("I'm Austin", "soy Orlando"): a place only beside a word
# that makes it one ("I'm in Austin", "from Orlando", "Austin time"; `_city_pattern`)
NAMES_AS_CITIES: dict[str, str] = {
    "austin": "America/Chicago", "orlando": "America/New_York", "charlotte": "America/New_York",
    "brooklyn": "America/New_York", "savannah": "America/New_York", "phoenix": "America/Phoenix",
}

# North American zones by their own names, read only when no city is named ("I'm in Edmonton,
# use Mountain time": Edmonton's clock, not Denver's)
ZONE_NAMES: dict[str, str] = {
    "mountain time": "America/Denver", "pacific time": "America/Los_Angeles", "eastern time": "America/New_York",
    "central time": "America/Chicago", "atlantic time": "America/Halifax",
    # a country's adjective before "time" ("show all times in Spanish time", "Mexican time", "hora
    # española", "hora mexicana"): that country's main zone (fixV16)
    "spanish time": "Europe/Madrid", "hora espanola": "Europe/Madrid", "horario espanol": "Europe/Madrid",
    "hora peninsular": "Europe/Madrid", "mexican time": "America/Mexico_City", "hora mexicana": "America/Mexico_City",
    "colombian time": "America/Bogota", "hora colombiana": "America/Bogota", "peruvian time": "America/Lima",
    "hora peruana": "America/Lima", "argentine time": "America/Argentina/Buenos_Aires",
    "argentinian time": "America/Argentina/Buenos_Aires", "chilean time": "America/Santiago", "hora chilena": "America/Santiago",
    "brazilian time": "America/Sao_Paulo", "korean time": "Asia/Seoul", "japanese time": "Asia/Tokyo",
    "british time": "Europe/London", "french time": "Europe/Paris", "german time": "Europe/Berlin",
    "italian time": "Europe/Rome", "indian time": "Asia/Kolkata", "kenyan time": "Africa/Nairobi",
    "nigerian time": "Africa/Lagos", "philippine time": "Asia/Manila", "filipino time": "Asia/Manila",
    # the rest of the partners' countries by their adjective ("en hora uruguaya de ahora en más",
    # "hora venezolana", "Uruguayan time"; fixV26), each one-zone country's clock
    "hora uruguaya": "America/Montevideo", "uruguayan time": "America/Montevideo",
    "hora argentina": "America/Argentina/Buenos_Aires", "hora venezolana": "America/Caracas",
    "venezuelan time": "America/Caracas", "hora ecuatoriana": "America/Guayaquil", "ecuadorian time": "America/Guayaquil",
    "hora boliviana": "America/La_Paz", "bolivian time": "America/La_Paz", "hora paraguaya": "America/Asuncion",
    "paraguayan time": "America/Asuncion", "hora brasilena": "America/Sao_Paulo", "hora cubana": "America/Havana",
    "cuban time": "America/Havana", "hora dominicana": "America/Santo_Domingo", "dominican time": "America/Santo_Domingo",
    "hora costarricense": "America/Costa_Rica", "costa rican time": "America/Costa_Rica",
    "hora panamena": "America/Panama", "panamanian time": "America/Panama", "hora guatemalteca": "America/Guatemala",
    "guatemalan time": "America/Guatemala", "hora hondurena": "America/Tegucigalpa", "hora salvadorena": "America/El_Salvador",
    "hora nicaraguense": "America/Managua", "hora canaria": "Atlantic/Canary", "hora portuguesa": "Europe/Lisbon",
    "portuguese time": "Europe/Lisbon", "hora coreana": "Asia/Seoul", "hora japonesa": "Asia/Tokyo",
    "hora china": "Asia/Shanghai", "chinese time": "Asia/Shanghai", "hora francesa": "Europe/Paris",
    "hora alemana": "Europe/Berlin", "hora italiana": "Europe/Rome", "hora britanica": "Europe/London",
    "hora inglesa": "Europe/London", "hora nigeriana": "Africa/Lagos", "hora sudafricana": "Africa/Johannesburg",
    "south african time": "Africa/Johannesburg", "hora keniana": "Africa/Nairobi",
}
_ZONE_NAME = re.compile(r"\b(" + "|".join(ZONE_NAMES) + r")\b")


def zone_named(text: str) -> str | None:
    """The zone a message names by its own name or a country's adjective ("Pacific time", "Spanish
    time", "hora mexicana")."""
    return _zone_name(fold(text))


def _zone_name(folded: str) -> str | None:
    found = _ZONE_NAME.search(folded)
    return ZONE_NAMES[found.group(1)] if found else None


# Zone abbreviations ("what time in IST?", "hora EST", "KST 기준"): tzdata's own, read from the
# zones partners name (`abbreviated`); an abbreviation two of those zones share is read by this
# audience's convention (IST is India's, PST the US Pacific's, CST left unread: China's or
# Chicago's); those tzdata no longer writes (it now says "-03" for Brasília) are listed here.
ABBREVIATION_CONVENTION: dict[str, str] = {
    "IST": "Asia/Kolkata", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "BRT": "America/Sao_Paulo", "ART": "America/Argentina/Buenos_Aires", "MYT": "Asia/Kuala_Lumpur",
    "SGT": "Asia/Singapore", "PHT": "Asia/Manila", "ICT": "Asia/Bangkok", "COT": "America/Bogota",
    "PET": "America/Lima", "CLT": "America/Santiago", "UYT": "America/Montevideo", "VET": "America/Caracas",
    "GST": "Asia/Dubai", "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
    # (shared by zones with and without summer time, or by many cities: the zone people mean)
    "EST": "America/New_York", "EDT": "America/New_York", "MST": "America/Denver", "MDT": "America/Denver",
    "CET": "Europe/Berlin", "CEST": "Europe/Berlin", "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon",
}
_ABBREVIATION_UNREAD = frozenset({"CST", "GMT", "UTC"})  # (ambiguous; GMT/UTC are offsets, read elsewhere)


@lru_cache(maxsize=1)
def abbreviated() -> dict[str, str]:
    """Abbreviation -> zone: tzdata's abbreviations of the zones partners name, in winter and in
    summer, kept when one zone (or the convention) owns it; with the convention's own."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    owners: dict[str, set[str]] = {}
    for zone in sorted(_partner_zones() | {"Asia/Kolkata", "Asia/Kuala_Lumpur", "Asia/Singapore", "America/Denver",
                                           "America/Chicago", "America/Halifax", "Asia/Tokyo", "Europe/Paris"}):
        tz = ZoneInfo(zone)
        for month in (1, 7):
            name = tz.tzname(datetime(2027, month, 1))
            if name and name.isalpha() and name.isupper():
                owners.setdefault(name, set()).add(zone)
    table = {name: min(zones) for name, zones in owners.items()
             if name not in _ABBREVIATION_UNREAD and len({ZoneInfo(z).utcoffset(datetime(2027, 1, 1)) for z in zones}) == 1
             and len({ZoneInfo(z).utcoffset(datetime(2027, 7, 1)) for z in zones}) == 1}
    table.update(ABBREVIATION_CONVENTION)
    return table


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> re.Pattern[str]:
    names = "|".join(sorted(abbreviated(), key=len, reverse=True))
    # in capitals anywhere ("in IST"), or in any case beside a clock word ("ist time", "hora est")
    return re.compile(rf"(?<![A-Za-z])(?P<caps>{names})(?![A-Za-z])"
                      rf"|(?i:(?<![a-z])(?P<any>{names})\s?(?=time\b|时间|時間|시간|기준)|\bhoras? (?P<hora>{names})\b)")


def abbreviation_said(text: str) -> str | None:
    """The zone of an abbreviation the message writes ("EST", "KST 기준"), or None."""
    found = _abbreviation_pattern().search(text or "")
    if found is None:
        return None
    return abbreviated().get((found.group("caps") or found.group("any") or found.group("hora")).upper())


# Offered as buttons by /timezone; the button carries the index, not the name.
COMMON_ZONES: tuple[str, ...] = (
    "Asia/Shanghai", "Asia/Seoul", "Europe/Madrid", "America/Mexico_City", "America/Bogota",
    "America/Argentina/Buenos_Aires", "America/New_York", "America/Los_Angeles", "Europe/London",
    "Africa/Lagos", "Africa/Johannesburg", "Europe/Berlin",
)

_OFFSET = re.compile(r"^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?00)?$")


def fold(text: str) -> str:
    """Lower-case without accents, so "Bogotá" and "bogota" are the same city."""
    text = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("_", " ")


@lru_cache(maxsize=1)
def _city_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "Canada/", "Mexico/", "Brazil/", "Chile/")):
            index.setdefault(fold(name.rsplit("/", 1)[-1]), name)
    index.update({fold(k): v for k, v in ALIASES.items()})
    return index


@lru_cache(maxsize=1)
def _written_aliases() -> tuple[tuple[str, str], ...]:
    """`_city_index`'s names of two characters or more not written in ASCII ("首尔", "서울",
    "bogotá"), in its order, with their zones: `resolve` looks for each inside the text. Picked
    once, not out of the whole index (~600 names) at every call (perf23: ~1 ms of CPU each)."""
    return tuple((alias, zone) for alias, zone in _city_index().items() if len(alias) >= 2 and not alias.isascii())


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    """Lower-cased IANA name -> name (reading tzdata's list takes ~40 ms: once)."""
    return {z.lower(): z for z in available_timezones()}


def zone_arg(zone: str) -> str:
    """A zone as a callback argument ("America/Bogota" -> "america:bogota")."""
    return zone.lower().replace("/", ":")


def zone_of_arg(arg: str) -> str | None:
    """The zone a callback argument names, or None."""
    return _zones().get(arg.replace(":", "/"))


def _partner_zones() -> set[str]:
    """The zones partners name: the menu's, and those of the places in ALIASES. A zone's own
    city is a place name in every language that writes it in Latin letters ("Nairobi", whose
    alias is only "内罗毕")."""
    return set(COMMON_ZONES) | set(ALIASES.values())


@lru_cache(maxsize=1)
def _mentionable() -> dict[str, str]:
    index = {fold(zone.rsplit("/", 1)[-1].replace("_", " ")): zone for zone in sorted(_partner_zones())}
    index.update({fold(k): v for k, v in ALIASES.items()})
    return index


@lru_cache(maxsize=1)
def _short_aliases() -> frozenset[str]:
    """Three-letter Latin names listed in ALIASES on purpose ("NYC", "KST"): a place as a whole
    word, although tzdata's short city parts ("Male", "Troll" are four) need four letters.
    ("LA", two letters and the Spanish article, is read by `_LA` only.)"""
    return frozenset(fold(k) for k in ALIASES if k.isascii() and len(k) == 3)


@lru_cache(maxsize=1)
def _written_inside_words() -> tuple[tuple[str, str], ...]:
    """The names of `_mentionable`, in its order, found inside the text rather than as words
    (non-Latin: "首尔" in "我们在首尔"); listed once, not filtered again for every message."""
    return tuple((alias, zone) for alias, zone in _mentionable().items()
                 if len(alias) >= 2 and not alias.isascii())


# Words a city's name is written inside, naming no place: "리마인더" (a reminder) holds 리마 (Lima).
# A language is named by its country too ("스페인어로 진행됩니까?", "用西班牙语进行吗", "韓國語"):
# the language, no place (longest first, so "西班牙文" goes before a shorter word inside it).
_NOT_PLACES = tuple(fold(w) for w in sorted((
    "리마인더", "리마인드",
    "스페인어", "한국어", "중국어", "일본어", "프랑스어", "독일어", "포르투갈어", "이탈리아어", "러시아어",
    "태국어", "베트남어", "인도네시아어", "아랍어", "튀르키예어", "터키어",
    *(country + end for country in ("西班牙", "韩国", "韓國", "中国", "中國", "日本", "法国", "法國", "德国", "德國",
                                     "葡萄牙", "意大利", "俄国", "俄國", "泰国", "泰國", "越南", "印尼", "土耳其")
      for end in ("语", "語", "话", "話", "文"))), key=len, reverse=True))


# The nicknames and abbreviations of ALIASES ("joburg", "Baires", "魔都"): understood, but the
# answer names the city ("4:00–11:00 in Johannesburg", not "in Jozi")
_NICKNAMES = frozenset(fold(w) for w in (
    "joburg", "jo burg", "jozi", "jhb", "joeys", "egoli", "cpt", "kaapstad", "durbs", "baires", "bsas", "bs as",
    "chilangolandia", "el defe", "gdl", "mty", "medallo", "la gran manzana", "big apple", "philly", "frisco",
    "san fran", "sampa", "魔都", "帝都", "妖都", "羊城", "鹏城", "约堡", "約堡", "요벅", "조벅"))


# "LA" is Los Angeles only written so, beside a clock or a base ("LA 시간으로", "LA time", "LA时间",
# "we're LA-based", "desde LA"): folded, "la" is the Spanish article.
_LA = re.compile(r"(?<![A-Za-z])L\.?A\.?(?![A-Za-z])(?=\s?(시간|기준|time|时间|時間|hora|-?based|에서|에 있|에 사는|에 살|사는|살아|쪽|那边|那邊))"
                 r"|\b(in|from|en|de|desde|based in) L\.?A\.?(?![A-Za-z])")
# Other cities written with two capitals the same way ("SF time", "hora de BA", "hora del DF",
# "HK 시간으로"): a clock or a base beside them, never the bare letters
_TWO_LETTER_CITIES = {"SF": "America/Los_Angeles", "BA": "America/Argentina/Buenos_Aires", "DF": "America/Mexico_City",
                      "NY": "America/New_York", "HK": "Asia/Hong_Kong", "JB": "Africa/Johannesburg",
                      "UK": "Europe/London"}  # ("in UK time please": the UK keeps London's clock; play36)
_TWO_LETTER = re.compile(r"(?<![A-Za-z])(SF|BA|DF|NY|HK|JB|UK)(?![A-Za-z])(?=\s?(시간|기준|time|时间|時間|-?based))"
                         r"|\b(?:time in|hora (?:de|del|en)|horario (?:de|del)|based in|desde el|desde|en el) (?:the )?(SF|BA|DF|NY|HK|JB|UK)(?![A-Za-z])")


# Where the partner lives or works now, said before a place ("based in", "vivimos en", "现在在",
# "喺") or after it ("베를린에 살아요", "에서 일해요"), against where they come from ("from",
# "somos de", "来自", "출신"): of two places, the one they live in sets their clock.
_LIVES_BEFORE = re.compile(
    r"(\b(based|living|live|lives|located|settled|working|work|works|moved|relocated|staying|stationed|now|currently"
    r"|headquartered|operate|operating)( (here|now|currently))? (in|out of|to|at)"
    r"|\b(we'?re|we are|i'?m|i am|we'?ve been|i'?ve been) (now |currently |actually )?(in|at)"
    r"|\b(vivo|vivimos|viven|vive|estoy|estamos|radicad[oa]s?|basad[oa]s?|afincad[oa]s?|instalad[oa]s?|trabajo|trabajamos"
    r"|residimos|resido|nos mudamos|me mude)( (ahora|actualmente|hoy))? (en|a)"
    r"|(ahora|actualmente) (en|estamos en|vivimos en)"
    r"|现在在|目前在|如今在|现居|住在|定居|常驻|驻|人在|现在人在|搬到|而家喺|依家喺|喺)\W{0,2}$")
_LIVES_AFTER = re.compile(r"^\s*(에|에서)\s*(살|거주|있어|있습|있는|지내|일하|일해|활동|근무)|^\s*(에 ?거주|기반|소재)")
_COMES_FROM = re.compile(r"(\b(from|originally|born in|grew up in)|\b(soy|somos|es|son|nacid[oa]s?|oriund[oa]s?|originari[oa]s?) de"
                         r"|来自|出生于|出生在|老家在?|老家是)\W{0,2}$")


def warm() -> None:
    """Build now the tables read from tzdata and CLDR (no knowledge: they never change while the
    bot runs) that the first message naming a place or a clock would otherwise build: ~0.3 s of
    CPU, the city pattern alone ~0.1-0.2 s ("GMT-3 porfa", "based in Durban" paid it; the
    pattern of any city alone, `_any_city`, ~0.15 s on "in Accra and Honolulu")."""
    for build in (abbreviated, _abbreviation_pattern, _city_index, _written_aliases, _zones, _mentionable,
                  _written_inside_words, _city_pattern, _places, _folded_cities, _folded_exonyms,
                  _any_city):
        build()


def _lived_in(folded: str) -> str | None:
    """Of two or more places named, the one the partner says they live or work in now, when
    that is said of one of them ("I'm from Seoul but based in Berlin now" → Berlin)."""
    named = places_named(folded)
    if len({zone for _, _, zone in named}) < 2:
        return None
    lived = [zone for start, end, zone in named if (_LIVES_BEFORE.search(folded[max(0, start - 30):start])
                                                    or _LIVES_AFTER.match(folded[end:end + 12]))
             and not _COMES_FROM.search(folded[max(0, start - 20):start])]
    return lived[0] if len(set(lived)) == 1 else None


# One of two places just named, pointed at as the partner's own ("offices in Lagos and Nairobi, I'm
# based in the second one", "tenemos sede en Lima y Quito, yo estoy en la segunda", "我们在首尔和釜山都有
# 办公室，我在后者", "서울이랑 부산에 사무실이 있는데 저는 두 번째 쪽에 있어요"): which of them, 0 or 1
_OWN_OF_TWO = re.compile(
    r"\b(?:based|living|located|working|stationed|(?:i|we) (?:live|work)|i'?m|i am|we'?re|we are)(?: \w+)? (?:in|at|out of) (?:the )?"
    r"(?P<en>first|former|second|latter|last)(?: one| city| office)?\b"
    r"|\b(?:estoy|estamos|vivo|vivimos|trabajo|trabajamos)(?: \w+)? en (?:el |la )?(?P<es>primer[oa]?|segund[oa]|ultim[oa])\b"
    r"|(?:我|我们|我們|本人)(?:人|目前|现在|現在)?(?:在|住在|常驻)(?P<zh>前者|后者|後者|第一个|第二个|第一個|第二個|第一家|第二家)"
    r"|(?:저는|전|제가|저희는)\s?(?P<ko>첫 ?번째|두 ?번째|전자|후자|앞의|뒤의)")


# Two places said as a pair ("between Cairo and Lisbon", "en Quito y Lima"), before the one pointed at
_TWO_PLACES = re.compile(r"\b(?:between|in|entre|en)\s+([a-z][a-z '-]{1,24}?)\s+(?:and|y|&)\s+([a-z][a-z '-]{1,24}?)"
                         r"(?=\s*[,.;:]|\s+(?:and|y|but|pero)\b)")


def own_of_two(text: str) -> str | None:
    """The zone of the one of two places named that the partner says is theirs ("the second one")."""
    folded = core_fold(text)
    found = _OWN_OF_TWO.search(folded)
    if found is None:
        return None
    zones = list(dict.fromkeys(zone for start, _end, zone in places_named(folded) if start < found.start()))
    if len(zones) != 2 and (pair := _TWO_PLACES.search(folded, 0, found.start())) is not None:
        # ("split between Cairo and Lisbon": any zone's city, the two said as a pair)
        cities = _city_pattern()[2]
        zones = list(dict.fromkeys(z for z in (_mentionable().get(n) or cities.get(n) for n in pair.groups()) if z))
    if len(zones) != 2:
        return None
    word = next(g for g in found.groups() if g)
    first = word.startswith(("first", "former", "primer", "前者", "第一", "첫", "전자", "앞"))
    return zones[0] if first else zones[1]


# Where a story happens, not where anyone is ("una comedia que pase en París", "la historia pasa en
# Roma", "a thriller set in Prague", "set in old Shanghai", "ambientada en la antigua Roma", "故事发生在巴黎",
# "파리가 배경인 로맨스", "以罗马为背景"): no clock of the partner's, nor one asked (a setting word right
# before the place, or right after it)
_SETTING_BEFORE = re.compile(
    r"(?:\b(?:set|takes? place|taking place|happens?|happening|unfolds?|located)|\bstory (?:is )?(?:set )?)\s+(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?(?:(?:old|ancient|imperial|colonial|wartime|modern|medieval|1\d{3}s)\s+)?$"
    r"|\b(?:pasa|pase|pasan|pasen|ocurre|ocurra|transcurre|transcurra|sucede|suceda|desarrolla|desarrolle|ambientad[oa]s?"
    r"|situad[oa]s?|localizad[oa]s?)\s+(?:\w+\s+)?(?:en|entre)\s+(?:el\s+|la\s+)?(?:(?:vieja|viejo|antigua|antiguo)\s+)?$"
    r"|(?:发生在|發生在|背景(?:是|在|设在|設在|设定在|設定在|为|為)|设定在|設定在|故事在|剧情在|劇情在|以)\s*$")
_SETTING_AFTER = re.compile(r"^\s*(?:가|이|을|를)?\s*(?:배경|무대)|^\s*(?:为|為|做|作)?(?:背景|舞台)")


def _story_places_blanked(text: str) -> str | None:
    """`text` with each place named as a story's setting blanked out, or None when none is."""
    folded = core_fold(text)
    spans = [(start, end) for start, end in place_spans(folded)
             if _SETTING_BEFORE.search(folded[max(0, start - 30):start]) or _SETTING_AFTER.match(folded[end:end + 8])]
    if not spans:
        return None
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# The studio's own town, named as where to film rather than as a clock
_STUDIO_TOWN = re.compile(r"hengdian|dongyang|横店|橫店|东阳|東陽|헝뎬|횡뎬")


@lru_cache(maxsize=256)  # the router asks it of one message up to five times (3.3 a message)
def mentioned_zone(text: str) -> str | None:
    """The zone of a city or country named in a message ("somos de Medellín", "我们在首尔"),
    by exact name only, and only the places partners name (ALIASES and the menu's cities):
    tzdata's full list has "Male", "Troll" and "Jersey", words that are not places in a chat.
    Of two places, the one they live in ("from Seoul but based in Berlin": Berlin). A story's
    setting is none ("somos de Lima, la historia pasa en Roma": Lima)."""
    if (unset := _story_places_blanked(text)) is not None:
        return mentioned_zone(unset)
    if (own := own_of_two(text)) is not None:
        return own
    if _LA.search(text):
        return "America/Los_Angeles"
    if (two := _TWO_LETTER.search(text)) is not None:
        return _TWO_LETTER_CITIES[two.group(1) or two.group(3)]
    abbreviation = abbreviation_said(text)  # ("what time in IST?": a clock named by its abbreviation)
    if abbreviation is not None:
        return abbreviation
    lived = _lived_in(core_fold(text))
    if lived is not None:
        return lived
    spans = places_named(core_fold(text))
    named = {zone for _, _, zone in spans}
    asked = _city_asked_span(core_fold(text))
    clock = asked[0] if asked else None
    if asked and _STUDIO_TOWN.fullmatch(core_fold(text)[asked[1]:asked[2]]) and not _CLOCK_ASKED.search(core_fold(text)):
        # ("somos una productora de Guadalajara y nos interesa grabar … en Hengdian": where they
        # want to film, no clock asked there; their own city is Guadalajara) (play29)
        clock = None
    # (a place known to the table by that very name is that place: "en Rosario" is Buenos Aires' zone
    # as the table says, not tzdata's old "America/Rosario")
    other = asked is not None and not any(start < asked[2] and asked[1] < end for start, end, _ in spans)
    if clock is not None and named and (clock in named and len(named) > 1 or clock not in named and other):
        # ("¿a qué hora es el encuentro de Corea en hora de Bogotá?": Bogotá's clock asked; "首尔对接会是
        # 迪拜时间几点": Dubai's, a city only tzdata names, not Seoul's)
        return clock
    index, folded = _mentionable(), fold(text)  # both folded: Hangul decomposes alike
    for word in _NOT_PLACES:  # ("리마인더 걸어 주세요" names no Lima)
        folded = folded.replace(word, " ")
    inside = [(alias, zone) for alias, zone in _written_inside_words() if alias in folded]
    if inside:
        # ("我们是墨西哥城的制作公司，想在横店拍": the studio's town is where they would film; the
        # other place named is theirs) (play29)
        return next((zone for alias, zone in inside if not _STUDIO_TOWN.fullmatch(alias)), inside[0][1])
    words = re.findall(r"[\w/+-]+", folded)
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i:i + size])
            if (len(phrase) >= 4 or phrase in _short_aliases()) and phrase in index:
                return _city_of_country(index[phrase], core_fold(text))
    return _zone_name(folded) or _city_asked(core_fold(text))


def _city_of_country(zone: str, folded: str) -> str:
    """`zone`, or the zone of a city the message names in the same country ("para mí en
    Córdoba, Argentina": Córdoba's clock and name, not Buenos Aires')."""
    from babel.core import get_global

    city = _city_asked(folded)
    if city is None or city == zone:
        return zone
    territory = get_global("zone_territories")
    country = territory.get(zone) or territory.get(get_global("zone_aliases").get(zone, ""))
    return city if country and territory.get(city) == country else zone


# Words that are a zone's city in tzdata but mean something else in a chat ("at Easter", "Male")
_NOT_CITIES = frozenset({"male", "troll", "jersey", "guernsey", "wake", "midway", "easter", "christmas", "center",
                         "oral", "resolute", "knox", "nome", "casey", "davis", "palmer", "vostok", "eucla", "yap",
                         "truk", "chuuk", "universal", "zulu", "reunion", "cocos", "salta", "bahia", "regina"})


# Capitals and film cities by the names partners write that CLDR gives no zone ("빈" for Vienna,
# where CLDR says 비엔나; "양곤", "内比都", "伊斯兰堡", "好莱坞"): read, like CLDR's, only beside a word
# that makes them a place (`_city_pattern`), since short ones are words too ("빈" is "empty").
EXONYMS: dict[str, str] = {
    "빈": "Europe/Vienna", "양곤": "Asia/Yangon", "네피도": "Asia/Yangon", "内比都": "Asia/Yangon",
    "naypyidaw": "Asia/Yangon", "키이우": "Europe/Kyiv", "基辅": "Europe/Kyiv", "kyiv": "Europe/Kyiv",
    "伊斯兰堡": "Asia/Karachi", "이슬라마바드": "Asia/Karachi", "islamabad": "Asia/Karachi",
    "拉合尔": "Asia/Karachi", "라호르": "Asia/Karachi", "lahore": "Asia/Karachi",
    "新德里": "Asia/Kolkata", "德里": "Asia/Kolkata", "孟买": "Asia/Kolkata", "班加罗尔": "Asia/Kolkata",
    "宝莱坞": "Asia/Kolkata", "뉴델리": "Asia/Kolkata", "델리": "Asia/Kolkata", "뭄바이": "Asia/Kolkata",
    "벵갈루루": "Asia/Kolkata", "발리우드": "Asia/Kolkata", "bollywood": "Asia/Kolkata",
    "安卡拉": "Europe/Istanbul", "앙카라": "Europe/Istanbul", "ankara": "Europe/Istanbul",
    "堪培拉": "Australia/Sydney", "캔버라": "Australia/Sydney", "canberra": "Australia/Sydney",
    "华盛顿": "America/New_York", "워싱턴": "America/New_York", "渥太华": "America/Toronto", "오타와": "America/Toronto",
    "巴西利亚": "America/Sao_Paulo", "브라질리아": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo",
    "阿布贾": "Africa/Lagos", "아부자": "Africa/Lagos", "拉巴特": "Africa/Casablanca", "라바트": "Africa/Casablanca",
    "rabat": "Africa/Casablanca", "马拉喀什": "Africa/Casablanca", "마라케시": "Africa/Casablanca",
    "marrakech": "Africa/Casablanca", "阿布扎比": "Asia/Dubai", "아부다비": "Asia/Dubai", "abu dhabi": "Asia/Dubai",
    "吉达": "Asia/Riyadh", "제다": "Asia/Riyadh", "jeddah": "Asia/Riyadh", "特拉维夫": "Asia/Jerusalem",
    "텔아비브": "Asia/Jerusalem", "tel aviv": "Asia/Jerusalem", "好莱坞": "America/Los_Angeles",
    "할리우드": "America/Los_Angeles", "hollywood": "America/Los_Angeles", "鹿特丹": "Europe/Amsterdam",
    "로테르담": "Europe/Amsterdam", "慕尼黑": "Europe/Berlin", "뮌헨": "Europe/Berlin", "法兰克福": "Europe/Berlin",
    "프랑크푸르트": "Europe/Berlin", "巴塞罗那": "Europe/Madrid", "바르셀로나": "Europe/Madrid",
    "爱丁堡": "Europe/London", "에든버러": "Europe/London", "曼彻斯特": "Europe/London", "맨체스터": "Europe/London",
    "日内瓦": "Europe/Zurich", "제네바": "Europe/Zurich", "圣彼得堡": "Europe/Moscow", "상트페테르부르크": "Europe/Moscow",
    "戛纳": "Europe/Paris", "칸": "Europe/Paris", "柏林电影节": "Europe/Berlin", "釜山电影节": "Asia/Seoul",
    "旧金山": "America/Los_Angeles", "샌프란시스코": "America/Los_Angeles", "西雅图": "America/Los_Angeles",
    "시애틀": "America/Los_Angeles", "迈阿密": "America/New_York", "마이애미": "America/New_York",
    "波士顿": "America/New_York", "보스턴": "America/New_York", "休斯顿": "America/Chicago", "휴스턴": "America/Chicago",
    "亚特兰大": "America/New_York", "애틀랜타": "America/New_York", "蒙特利尔": "America/Toronto",
    "몬트리올": "America/Toronto", "瓜达拉哈拉": "America/Mexico_City", "과달라하라": "America/Mexico_City",
    "麦德林": "America/Bogota", "메데인": "America/Bogota", "里约热内卢": "America/Sao_Paulo", "里约": "America/Sao_Paulo",
    "리우데자네이루": "America/Sao_Paulo", "리우": "America/Sao_Paulo", "海得拉巴": "Asia/Kolkata", "金奈": "Asia/Kolkata",
    "첸나이": "Asia/Kolkata", "清迈": "Asia/Bangkok", "치앙마이": "Asia/Bangkok", "岘港": "Asia/Ho_Chi_Minh",
    "다낭": "Asia/Ho_Chi_Minh", "巴厘岛": "Asia/Makassar", "발리": "Asia/Makassar", "宿雾": "Asia/Manila",
    "세부": "Asia/Manila", "福冈": "Asia/Tokyo", "후쿠오카": "Asia/Tokyo", "札幌": "Asia/Tokyo", "삿포로": "Asia/Tokyo",
    "济州": "Asia/Seoul", "济州岛": "Asia/Seoul", "제주": "Asia/Seoul", "제주도": "Asia/Seoul", "全州": "Asia/Seoul",
    "전주": "Asia/Seoul", "富川": "Asia/Seoul", "부천": "Asia/Seoul", "光州": "Asia/Seoul", "광주": "Asia/Seoul",
    # (the Korean spellings partners write where CLDR has another: 밴쿠버 for CLDR's 벤쿠버, 호치민, 싱가폴 …;
    # and film and festival cities that are no zone's city, in the four languages)
    "밴쿠버": "America/Vancouver", "로스엔젤레스": "America/Los_Angeles", "샌디에고": "America/Los_Angeles",
    "멜번": "Australia/Melbourne", "상파울로": "America/Sao_Paulo", "싱가폴": "Asia/Singapore",
    "호치민": "Asia/Ho_Chi_Minh", "타이페이": "Asia/Taipei", "브리즈번": "Australia/Brisbane", "아바나": "America/Havana",
    "拉斯维加斯": "America/Los_Angeles", "라스베이거스": "America/Los_Angeles",
    "라스베가스": "America/Los_Angeles", "达拉斯": "America/Chicago", "댈러스": "America/Chicago", "달라스": "America/Chicago",
    "惠灵顿": "Pacific/Auckland", "웰링턴": "Pacific/Auckland",
    "卡尔加里": "America/Edmonton", "캘거리": "America/Edmonton", "瓦伦西亚": "Europe/Madrid", "巴伦西亚": "Europe/Madrid",
    "발렌시아": "Europe/Madrid", "塞维利亚": "Europe/Madrid", "세비야": "Europe/Madrid",
    "基多": "America/Guayaquil", "키토": "America/Guayaquil",
}
# (countries whose name is another place's too: "Georgia" is also a US state)
_COUNTRIES_UNREAD = frozenset({"GE", "JE", "GG", "IM", "AQ", "UM"})
# One-syllable Hangul names read only as a whole word before a particle of place ("빈에 살아요",
# "빈에서 일해요", "괌 기준", "빈이랑 헝뎬 시차", "헝뎬하고 빈 시차"): "빈 시간" is "free time", "빈 방" an empty room
_ONE_SYLLABLE_PLACE = re.compile(
    r"(?<![\uac00-\ud7af])(빈|괌|칸)(?=에 ?(?:있|살|거주|사는|계시|지내)|에서 ?(?:일|활동|근무|지내|살|왔|와요|오|출발|참석|접속)|에서(?:는|도)?\s|\s?(?:현지 ?시간|기준|표준시)"
    r"|(?:이랑|하고|과)\s*(?:\S{1,6}\s*)?시차|\s?시차)")


def _one_zone_countries() -> dict[str, str]:
    """Country names in English, Spanish, Chinese and Korean (CLDR, via Babel) of the countries
    that keep one clock ("Austria", "奥地利", "미얀마", "Pakistán") -> that zone."""
    from babel import Locale
    from babel.core import get_global

    names: dict[str, str] = {}
    for country, zones in get_global("territory_zones").items():
        if len(zones) != 1 or country in _COUNTRIES_UNREAD or not country.isalpha():
            continue
        for lang in ("en", "es", "zh", "zh_Hant", "ko"):
            name = Locale.parse(lang).territories.get(country)
            if name and len(name) >= 2:
                names.setdefault(core_fold(name), zones[0])
    return names


@lru_cache(maxsize=1)
def _city_pattern() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Every zone's city, by its tzdata name and its CLDR name in Spanish, Chinese and Korean
    ("Beirut", "El Cairo", "贝鲁特", "베이루트"), as two patterns: one read only beside a word
    that makes it a place asked for its clock (`_city_asked`)."""
    from babel import Locale
    from babel.core import get_global

    cities: dict[str, str] = {}
    for zone in sorted(available_timezones()):
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/", "US/", "Canada/", "Mexico/", "Brazil/", "Chile/")):
            cities.setdefault(core_fold(zone.rsplit("/", 1)[-1].replace("_", " ")), zone)
    for lang in ("es", "zh", "zh_Hant", "ko"):
        for zone, names in Locale.parse(lang).time_zones.items():
            if names.get("city") and "/" in zone and not zone.startswith("Etc/"):
                cities.setdefault(core_fold(names["city"]), zone)
    cities.update({name: zone for name, zone in NAMES_AS_CITIES.items()})  # (Phoenix: our zone, not tzdata's own key)
    for alias, zone in ALIASES.items():  # the places partners name that are no zone's city ("Hanoi", "하노이")
        cities.setdefault(core_fold(alias), zone)
    for alias, zone in EXONYMS.items():  # (capitals and film cities by their CJK and Korean names: "양곤")
        cities.setdefault(core_fold(alias), zone)
    for name, zone in _one_zone_countries().items():  # ("我们在奥地利", "미얀마에 있어요")
        cities.setdefault(name, zone)
    canonical = get_global("zone_aliases")  # (CLDR's keys are tzdata's former names: Asia/Rangoon is Asia/Yangon)
    # (a name the table gives its own zone keeps it over a former tzdata key of that name: "Rosario"
    # is Buenos Aires' clock and the city said, not America/Rosario's link to Córdoba)
    for alias, zone in ALIASES.items():
        if cities.get(core_fold(alias)) in canonical:
            cities[core_fold(alias)] = zone
    cities = {name: canonical.get(zone, zone) for name, zone in cities.items()}
    latin = sorted((c for c in cities if c.isascii() and len(c) >= 4 and c not in _NOT_CITIES), key=len, reverse=True)
    other = sorted((c for c in cities if not c.isascii() and len(c) >= 2), key=len, reverse=True)
    names = "|".join(map(re.escape, latin))
    before = _gated(rf"\b(?:in|at|from|en|desde|here in|aca en|aqui en|hora de|horario de|hora a|horario a|horas a|hora en|horario en)\s+(?:el |la )?({names})(?![a-z])"
                        rf"|(?<![a-z])({names})\s+(?:time|local time|hour)\b")
    cjk = _gated(r"(?:在|人在|我在|我们在|从|從|来自|來自|位于|位於|驻|駐|常驻|住在|换成|改成|调成|设成|设为|转成|换算成|按照?|換成|調成|設成|設為|轉成)(" + "|".join(map(re.escape, other)) + r")"
                     r"|(" + "|".join(map(re.escape, other)) + r")\s?(?:时间|時間|시간|기준|현지 ?시간|에서|에선|에 ?있|에 ?살|에 ?거주|那边|那邊)"
                     # its clock asked with "now" between ("迪拜现在几点", "이스탄불은 지금 몇 시"): that city's
                     r"|(" + "|".join(map(re.escape, other)) + r")\s?(?:现在|現在|目前|此刻|这会儿|這會兒|那边|那邊|은|는|이|가)?\s?(?:지금\s?)?(?:是)?(?:几点|幾點|몇 ?시)"
                     # the partner's own clock time told there ("台中現在下午四點", "여기 토론토는 지금 오후 3시",
                     # "토론토는 지금 3시인데")
                     r"|(?:여기|이곳|저희 쪽|우리 쪽)\s?(" + "|".join(map(re.escape, other)) + r")"
                     r"|(" + "|".join(map(re.escape, other)) + r")\s?(?:现在|現在|这边|這邊|这里|這裡)(?:是)?\s?(?:上午|早上|下午|晚上|中午)"
                     r"|(" + "|".join(map(re.escape, other)) + r")\s?(?:은|는|이|가)?\s?(?:지금|현재)\s?(?:오전|오후|아침|저녁|밤)?\s?\d{1,2}\s?시")
    return before, cjk, cities


def _city_asked(folded: str) -> str | None:
    """A zone's city named as where the partner is or whose clock they ask ("for me in Beirut",
    "in Helsinki time", "hora de El Cairo", "贝鲁特时间", "도하 시간으로"), though no alias
    lists it: tzdata's names are read only beside such a word."""
    found = _city_asked_span(folded)
    return found[0] if found else None


@lru_cache(maxsize=256)  # (asked of one message's folded text ~8 times: `mentioned_zone`, `city_alone`...)
def _city_asked_span(folded: str) -> tuple[str, int, int] | None:
    """`_city_asked`'s zone with where its city's name stands in `folded`."""
    before, cjk, cities = _city_pattern()
    found = before.search(folded) or cjk.search(folded) or _ONE_SYLLABLE_PLACE.search(folded)
    if found is None:
        return None
    index = next(i for i, g in enumerate(found.groups(), 1) if g)
    zone = cities.get(found.group(index))
    return (zone, found.start(index), found.end(index)) if zone else None


def place_spans(folded: str) -> list[tuple[int, int]]:
    """(start, end) of each place a `core.text.fold`ed text names: the places partners name
    (`places_named`) and any zone's city said where the partner is ("from Karachi", "在卡拉奇")."""
    spans = {(start, end) for start, end, _zone in places_named(folded)}
    before, cjk, _cities = _city_pattern()
    for rx in (before, cjk, _ONE_SYLLABLE_PLACE):
        for m in rx.finditer(folded):
            group = next(i for i, g in enumerate(m.groups(), 1) if g)
            spans.add(m.span(group))
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


# The parts of a record's name a place can be one of ("Guangzhou Street · Hong Kong Street").
_NAME_PIECES = re.compile(r"\s*(?:·|&|/|,|，|、|\band\b|\by\b|와|과)\s*")


# Someone else's place ("my colleague in Madrid will attend", "mi socio que está en Lima", "我在马德里的
# 同事", "마드리드에 있는 동료가 참석해요"): a third person named right before the city (en, es, and zh
# "同事在…", ko "동료가 …에") or right after it (zh "…的同事", ko "…에 있는 동료", "… 지사"), on folded text.
# (People only, said as someone's: "our team / office / crew in Madrid", "una productora de Rosario",
# "我们团队在马德里" are the partner's own company, its city the partner's.)
_OTHERS = (r"colleagues?|co-?workers?|teammates?|partners?|producers?|directors?|boss(?:es)?|friends?|associates?"
           r"|reps?|representatives?|agents?|writers?|managers?|ceo|co-?founders?|investors?|client|clients"
           r"|husband|wife|brother|sister")
_OTHERS_ES = (r"colegas?|companer[oa]s?|soci[oa]s?|productor(?:a|es|as)?|director(?:a|es|as)?|jef[ea]s?|amig[oa]s?"
              r"|representantes?|agentes?|guionistas?|clientes?|inversionistas?")
_OTHERS_ZH = r"同事|朋友|伙伴|合伙人|老板|制片人|制片|导演|编剧|代表|同仁|搭档|客户|投资人|老公|老婆"
_OTHERS_KO = r"동료|직원|친구|파트너|대표님?|팀원|감독|작가|프로듀서|피디|PD|동업자|고객|투자자|지인|남편|아내"
_OTHERS_BEFORE = re.compile(
    # (a name after the word: "my colleague Dana is in Berlin")
    r"(?:\b(?:my|our|his|her|their|one of (?:my|our)) (?:[a-z-]+ )?(?:" + _OTHERS + r")(?: of (?:mine|ours))?(?: [a-z]+(?= is| lives| works| who))?"
    r"|\b(?:" + _OTHERS + r") of (?:mine|ours)|\b(?:he|she|they))"
    r"(?:'s|'re| is| are| will be| who is| who's| who are| who lives| who works| lives| works| based| currently| now)*"
    r" (?:in|from|at|out of) $"
    # ("tengo socios en Madrid", "we have partners in Lagos and Nairobi": whom they work with, and where)
    r"|\b(?:i|we) (?:also )?(?:have|got) (?:\w+ )?(?:" + _OTHERS + r"|offices?|branches) (?:in|at) (?:\w+ (?:and|&) )?$"
    r"|\b(?:tengo|tenemos|hay) (?:\w+ )?(?:" + _OTHERS_ES + r"|oficinas?|sucursales?) (?:en|de) (?:\w+ y )?$"
    r"|\b(?:mi|mis|nuestr[oa]s?|tu|tus|su|sus) (?:[a-z]+ )?(?:" + _OTHERS_ES + r")"
    # ("mi colega está en Berlín", "mi socia Ana vive en Lima": said of them, with "que" or not)
    r"(?: [a-z]+(?= (?:que |esta|estan|vive|viven|trabaja|trabajan)))?"
    r"(?: que)?(?: (?:esta|estan|vive|viven|trabaja|trabajan|anda|queda))?(?: (?:ahora|actualmente))? (?:en|de|desde) $"
    r"|(?:" + _OTHERS_ZH + r"|他|她|他们|她们)(?:现在|目前|人)?在$"
    r"|(?:" + _OTHERS_KO + r")(?:가|이|는|은|도|분은|분이)? ?$")
_OTHERS_AFTER = re.compile(r"^的?(?:那位|那个|一位|几位)?(?:" + _OTHERS_ZH + r")"
                           r"|^ ?(?:에 있는|에서 일하는|에 사는|사는|있는|일하는|에서 온|의|쪽) ?(?:(?:내|제|우리|저희|울) ?)?(?:" + _OTHERS_KO + r")")
# A question about them ("and for my colleague in Mombasa?", "那我同事在迪拜呢"): their clock asked for
# this answer, still never taken as the partner's own.
_THEIRS_ASKED = re.compile(r"[?？]|呢\W*$")


def others_place(text: str, zone: str) -> bool:
    """Is every mention of `zone`'s place in `text` someone else's (a colleague's city), not the
    partner's own? Such a city may be offered for the times, never taken as the partner's."""
    folded = core_fold(text)
    spans = [(start, end) for start, end, named in places_named(folded) if named == zone]
    if not spans and zone == "America/Los_Angeles":
        # ("LA 사는 내 친구한테는 몇 시야?": "LA", read by `_LA` only, is no name `places_named` finds)
        spans = [(text.index("L", m.start()), m.end()) for m in _LA.finditer(text)]
    return bool(spans) and all(_OTHERS_BEFORE.search(folded[max(0, start - 40):start])
                               or _OTHERS_AFTER.search(folded[end:end + 12]) for start, end in spans)


def zone_said(text: str, names: tuple[str, ...] = (), theirs_asked: bool = False) -> str | None:
    """`mentioned_zone`, unless the place is a word of the name of a record the message names
    (`names`): "¿dónde queda el set de la calle de Guangzhou y Hong Kong?" names a set, not the
    partner's city or clock. Someone else's city is none (the partner's zone is never theirs),
    unless `theirs_asked` (the times of this answer) and the message asks about them."""
    if (own := own_of_two(text)) is not None:
        return own  # ("offices in Lagos and Nairobi, I'm based in the second one": Nairobi, theirs)
    zone = mentioned_zone(text) or city_alone(text)  # ("那迪拜呢": a city alone, any city)
    if zone is not None and others_place(text, zone):
        # ("soy de Rosario, Argentina. tengo socios en Madrid. ¿cuándo es…?": the partners' city told,
        # not asked about, and the partner's own said too: theirs)
        folded = core_fold(text)
        named = places_named(folded)
        told = [re.match(r"[^.?!。？！]*[.!。！]", folded[end:]) for _s, end, z in named if z == zone]
        spans = [(start, end) for start, end, z in named if z == zone]
        blanked = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(folded))
        own = mentioned_zone(blanked) if told and all(told) else None
        if own is not None and own != zone and not others_place(blanked, own) and not _country_as_subject(blanked, own):
            return own
    theirs = zone is not None and others_place(text, zone) \
        and not (theirs_asked and _THEIRS_ASKED.search(text))
    if zone is not None and (_country_as_subject(text, zone) or theirs):
        return None  # ("my colleague in Madrid will attend": theirs, not the partner's clock)
    if zone is None or not names or BASED_IN.search(core_fold(text)):
        return zone  # ("we're based in Hong Kong, where's the Hong Kong Street set?": theirs)
    inside = {mentioned_zone(piece) for name in names for piece in _NAME_PIECES.split(name) if piece.strip()}
    return None if zone in inside else zone


# What makes a country named the partner's clock: a time asked there ("Korea time", "hora de
# Chile", "韩国时间几点", "한국 시간으로") rather than its news, language or companies.
_CLOCK_ASKED = re.compile(r"\b(?:time|hours?|horas?|horario|o'?clock)\b|时间|時間|时区|几点|幾點|시간|시각|기준|몇 ?시")


# A country named as a market, the people or companies of a place ("productoras de España",
# "distribución en México", "西班牙制片公司", "墨西哥发行", "멕시코 배급사", "한국 제작사"): the place
# is what they work with, not where they are.
_MARKET_WORDS = re.compile(r"\b(?:producers?|production (?:companies|company|houses?)|productoras?|productores|distribu\w*"
                           r"|markets?|mercados?|buyers?|compradores|platforms?|plataformas?|audiences?|publico"
                           r"|companies|empresas|studios?|estudios|partners?|socios|broadcasters?|televisoras?|coproduc\w*)\b"
                           r"|制片|发行|市场|公司|平台|片商|观众|买家|合拍|배급|제작사|시장|플랫폼|바이어|회사|관객|방송사|합작")
# A clock word said of the place itself ("Spain time", "hora de España", "西班牙时间", "한국 시간으로"):
# `_CLOCK_AFTER` / `_CLOCK_BEFORE` below


def market_named(text: str, zone: str) -> bool:
    """Whether `zone`'s place is named in `text` only as a subject of the message (a market, its
    companies or news: "productoras de España", "订阅韩国新闻"), not as where the partner is or
    whose clock is asked: such a place is never offered or taken as the partner's zone."""
    return _country_as_subject(text, zone)


def _country_as_subject(text: str, zone: str) -> bool:
    """"订阅韩国新闻", "스페인어로 보내 주세요", "partners from Korea": a country named only as what
    the message is about, nothing said of the partner being there (`BASED_IN`) or of its clock;
    its capital's zone is no zone of the partner's (a city named, or a country alone, still is).
    A clock word elsewhere in a message naming a market ("面向西班牙制片公司的活动几点开始？": the
    event's time) is no clock of that country's."""
    from intents.lexicon import country_named

    folded = core_fold(text)
    if BASED_IN.search(folded):
        return False
    if _CLOCK_ASKED.search(folded):
        spans = [(start, end) for start, end, named in places_named(folded) if named == zone]
        if not _MARKET_WORDS.search(folded) or any(_CLOCK_AFTER.match(folded, end) or _CLOCK_BEFORE.search(folded[:start])
                                                   for start, end in spans):
            return False
    spans = [(start, end) for start, end, named in places_named(folded) if named == zone]
    if not spans or not all(country_named(text[start:end]) for start, end in spans):
        return False
    # ("¿y en Colombia?", "那韩国呢": the country alone, a follow-up asking the time there)
    alone = re.sub(r"[?？!！.。,，¿¡]", " ", folded).strip()
    for _ in range(2):
        alone = re.sub(r"^(?:for|para)\s+", "", _FOLLOW_UP_WRAP.sub("", alone).strip())
    return bool(place_pattern().sub("", alone).strip())


@lru_cache(maxsize=1)
def _places() -> tuple[re.Pattern[str], dict[str, str]]:
    zones = {core_fold(zone.rsplit("/", 1)[-1].replace("_", " ")): zone for zone in sorted(_partner_zones())}
    zones.update({core_fold(name): zone for name, zone in ALIASES.items()})
    kept = sorted((n for n in zones if len(n) >= (4 if n.isascii() else 2) or n in _short_aliases()),
                  key=len, reverse=True)
    return _gated(r"(?<![a-z])(" + "|".join(map(re.escape, kept)) + r")(?![a-z])"), zones


def _gated(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled behind a look-ahead for the characters its matches start with
    (`core.lazy_re.gated`: the same matches, groups and spans). The alternations of every place
    name were tried whole at every position of every message: the Chinese and Korean city names
    at each letter of an English one (~0.25 ms a search, ~8 searches a message; perf16)."""
    return re.compile(gated(pattern) or pattern)


def place_pattern() -> re.Pattern[str]:
    """The places `mentioned_zone` knows, as one pattern over `core.text.fold` text (which keeps
    each character's position, so a match's span is the message's): "Port of Spain", "西班牙港".
    A word of a kind of set inside a city's name ("port") names no set."""
    return _places()[0]


def places_named(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, zone) of each place named in a `core.text.fold`ed text."""
    return list(_places_in(folded))


@lru_cache(maxsize=256)
def _places_in(folded: str) -> tuple[tuple[int, int, str], ...]:
    """`places_named`, kept per text (a new list of it is handed out each time): one run-on
    message's readers ask it 5-10 times of each of its texts (perf21: 360 of 465 calls over the
    CPU bench's longest messages were a text's again)."""
    pattern, zones = _places()
    return tuple((m.start(), m.end(), zones[m.group(1)]) for m in pattern.finditer(folded))


# A place named as a clock: "Korea time", "Seoul's time", "hora de Corea", "horario de Chile",
# "韩国时间", "首尔几点", "한국 시간으로", "서울 기준", "in Korean time" (the time there, not the place's news,
# partners or events).
# (One pair for both readers: an older pair, read by `_country_as_subject`, was shadowed by this one;
# its "的", "몇 시" and "time at the" are kept here.)
_CLOCK_AFTER = re.compile(r"(?:'s|n|an|ian|ese)?\s?(?:standard\s)?(?:time\b|hours?\b|o'?clock\b)"
                          r"|\s?(?:的\s*)?(?:时间|時間|时区|時區|几点|幾點|표준시|시간|시각|기준|몇 ?시)")
_CLOCK_BEFORE = re.compile(r"(?:\bhoras?|\bhorario|\bhuso horario|\btime|\bclock)\s(?:de|del|en|in|of|for|at)\s(?:la\s|el\s|the\s)?$")


def clock_place_said(text: str) -> bool:
    """Is a place named only as the clock a time is asked in ("그거 한국 시간으로 몇 시임", "what
    time is that in Korea time", "¿a qué hora es en hora de Corea?", "那是韩国时间几点")?"""
    folded = core_fold(text)
    for start, end, _zone in places_named(folded):
        word_end = end
        while word_end < len(folded) and folded[word_end].isalpha() and folded[word_end].isascii() \
                and word_end - end < 3:
            word_end += 1  # ("Korean time": the adjective of the name)
        if _CLOCK_AFTER.match(folded, end) or _CLOCK_AFTER.match(folded, word_end) \
                or _CLOCK_BEFORE.search(folded[max(0, start - 20):start]):
            return True
    return False


def in_foreign_place(folded: str, start: int, end: int, country: str) -> bool:
    """Is `folded[start:end]`, a name of `country`, only a word of a longer place's name in
    another country ("Spain" in "Port of Spain", "西班牙" in "西班牙港")? (CLDR's zones per
    territory, via Babel, say which country a city's zone is in.)"""
    from babel.core import get_global

    theirs = get_global("territory_zones").get(country, ())
    return any(s <= start and end <= e and e - s > end - start and zone not in theirs
               for s, e, zone in places_named(folded))


_SCRIPT_OF = {"ko": re.compile(r"^[\uac00-\ud7af ]+$"), "zh": re.compile(r"^[\u4e00-\u9fff]+$"),
              "en": re.compile(r"^[A-Za-z .'-]+$"), "es": re.compile(r"^[A-Za-zÀ-ÿ .'-]+$")}


def in_script(city: str | None, lang: str) -> str | None:
    """`city` when written in `lang`'s script, else None (the zone's own city is named): an
    English re-send says "Taipei", not the 台北 the partner wrote."""
    pattern = _SCRIPT_OF.get(lang)
    return city if city and (pattern is None or pattern.match(city)) else None


@lru_cache(maxsize=1)
def _folded_cities() -> frozenset[str]:
    """The names of `ALIASES` and `NAMES_AS_CITIES`, folded (`fold`): built once, not for every
    place of every message `city_said` reads (~36,000 folds over 650 messages)."""
    return frozenset(fold(name) for name in ALIASES | NAMES_AS_CITIES)


@lru_cache(maxsize=1)
def _folded_exonyms() -> frozenset[str]:
    """The names of `EXONYMS`, folded (`core.text.fold`): built once, as `_folded_cities`."""
    return frozenset(core_fold(name) for name in EXONYMS)


def city_said(text: str, zone: str, lang: str) -> str | None:
    """The city of `zone` as the partner wrote it, when it is a city of the table (not a
    country) written in the reply's script: "부산에 있어요" is set as 부산, not as the zone's
    own city (서울); "Barcelona" stays Barcelona. None when the zone's own name should be used."""
    from intents.lexicon import country_named

    pattern = _SCRIPT_OF.get(lang)
    folded = core_fold(text)
    asked = _city_asked_span(folded)  # ("I'm in Austin": a city of `NAMES_AS_CITIES`, beside its word)
    extra = [(asked[1], asked[2], asked[0])] if asked and folded[asked[1]:asked[2]] in NAMES_AS_CITIES else []
    for start, end, named in places_named(folded) + extra:
        written = text[start:end].strip()
        if named == zone and pattern is not None and pattern.match(written) and not country_named(written) \
                and fold(written) in _folded_cities() and fold(written) not in _NICKNAMES:
            return written if not written.isascii() else " ".join(w[:1].upper() + w[1:] for w in written.split())
    # (a capital by the exonym the partner wrote, which CLDR names otherwise: "빈", not "비엔나")
    asked = _city_asked_span(core_fold(text))
    if asked is not None and asked[0] == zone and pattern is not None:
        written = text[asked[1]:asked[2]].strip()
        if pattern.match(written) and core_fold(written) in _folded_exonyms() \
                and not written.isascii():
            return written
    return None


def resolve(text: str) -> str | None:
    """An IANA zone name for the text, or None when nothing fits well enough."""
    raw = text.strip().strip(".!?。！？")
    if not raw:
        return None
    zones = _zones()
    if raw.lower() in zones:
        return zones[raw.lower()]
    key = fold(raw)
    if key in ("utc", "gmt", "z"):
        return "UTC"
    match = _OFFSET.match(key)
    if match:
        hours = int(match.group(2))
        if hours > 14:
            return None
        # POSIX sign: Etc/GMT+5 means UTC-5.
        return "UTC" if hours == 0 else f"Etc/GMT{'-' if match.group(1) == '+' else '+'}{hours}"
    lived = _lived_in(core_fold(raw))  # "from Busan, living in Berlin now": Berlin
    if lived is not None:
        return lived
    index = _city_index()
    if key in index:
        return index[key]
    cities = _city_pattern()[2]  # (a city by its CLDR name or exonym alone: "仰光", "빈", "伊斯兰堡")
    if core_fold(raw) in cities and core_fold(raw) not in _NOT_CITIES:
        return cities[core_fold(raw)]
    for alias, zone in _written_aliases():
        if alias in key:
            return zone
    words = re.findall(r"[\w/+-]+", key)
    for size in (3, 2, 1):  # "soy de medellín", "I'm in Buenos Aires now"
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i:i + size])
            if (len(phrase) >= 4 or phrase in _short_aliases()) and phrase in index:
                return index[phrase]
    named = _zone_name(key)
    if named:
        return named
    best = process.extractOne(key, index.keys(), scorer=fuzz.ratio, score_cutoff=80)
    return index[best[0]] if best and len(key) >= 5 else None


# What a bare place follow-up wraps its city in: "and Dubai?", "¿y en Lima?", "那迪拜呢", "두바이는요?"
# Whom the place is for, said between the "and" and the place ("and for my colleague in Mombasa?",
# "¿y para mi socio en Rosario?", "那我同事在迪拜呢", "그럼 제 동료 있는 두바이는요?")
_FOR_WHOM = (r"(?:for (?:us|me|my \w+|our \w+)\s+|para (?:nosotros|mi|mis|nuestro|nuestra|nuestros|nuestras)(?: \w+)?\s+"
             r"|pa nosotros\s+|(?:我|我们|我們)(?:的)?(?:同事|团队|團隊|合伙人|合夥人|伙伴|夥伴|朋友)\s*"
             r"|(?:제|저희)\s?(?:동료|팀|파트너|직원)(?:가|들이|이)?\s?(?:있는\s?)?)")
_FOLLOW_UP_WRAP = re.compile(r"^(?:and|what about|how about|y|e|那|那么|那麼|还有|還有|그럼|그러면|그렇다면)\s*" + _FOR_WHOM
                             + r"?(?:in |en |at |for |para |pa |在)?"
                             r"|(?:呢|那边呢|那邊呢|는요|은요|는|은|요|의 경우는요|쪽은요)$"
                             # the clock asked of it ("那在米兰是几点", "밀라노 시간으로는요?")
                             r"|\s?(?:(?:是)?几点(?:呢)?|(?:是)?幾點(?:呢)?|时间呢|時間呢|시간으로는요|시간으로는|시간으론요|시간은요)$")


_ABBREVIATION_ALONE = re.compile(r"(?:(?:horas?|horario|la hora|time)\s+)?[a-z]{2,4}"
                                 r"(?:\s?(?:time|时间|時間|시간|기준)(?:으로(?:는요|는|요)?|이요|요)?)?")


@lru_cache(maxsize=256)
def city_alone(text: str) -> str | None:
    """The zone of a message that is only a place in a follow-up's words ("and for us in
    Nairobi?", "那迪拜呢", "두바이는요?"): any tzdata or CLDR city, since nothing else is said.
    Kept per text (the zone tables are fixed): the readers of a run-on message ask it of each of
    its texts several times (perf21: 84 of 125 calls over the CPU bench's longest messages)."""
    folded = re.sub(r"[?？!！.。,，¿¡]", " ", core_fold(text)).strip()
    for _ in range(2):
        folded = _FOLLOW_UP_WRAP.sub("", folded).strip()
    if not folded or len(folded.split()) > 3 or (not folded.isascii() and len(folded) > 8):
        return None  # more than a place's name: "y el encuentro de Corea?" names an event
    if (abbreviation := abbreviation_said(text)) and _ABBREVIATION_ALONE.fullmatch(folded):
        return abbreviation  # ("and in EST?", "SGT呢", "PST 기준으로는요?": a zone's abbreviation alone)
    zone = _mentionable().get(fold(folded))  # the place's name and nothing else ("vivo en Lima" is where they live)
    if zone is not None:
        return zone
    cities = _city_pattern()[2]
    return cities.get(folded) if folded not in _NOT_CITIES and len(folded) >= 2 else None


# The words that join two or three places in one follow-up ("Istanbul and Cairo", "Lima y Quito",
# "迪拜和开罗", "두바이랑 카이로")
_PLACES_JOINED = re.compile(r"\s*(?:,|，|、|/|&|\band\b|\by\b|\be\b|和|跟|与|與|及|以及|还有|還有|(?<=[\uac00-\ud7af])(?:랑|하고|와|과|및)(?=\s|$))\s*")


def cities_alone(text: str) -> list[tuple[str, str]]:
    """The places of a follow-up that names only two or three of them ("what about Istanbul and
    Cairo?", "¿y en Lima y Quito?", "那迪拜和开罗呢", "두바이랑 카이로는요?"): each as (zone, the
    name as written), in the order said; [] unless every piece is a place (`city_alone`)."""
    folded = re.sub(r"[?？!！.。¿¡]", " ", text).strip()
    for _ in range(2):
        folded = _FOLLOW_UP_WRAP.sub("", folded).strip()
    folded = re.sub(r"(?:呢|那边呢|那邊呢|는요|은요|요)\s*$", "", folded).strip()
    pieces = [p.strip() for p in _PLACES_JOINED.split(folded) if p and p.strip()]
    pieces = [re.sub(r"^(?:in|en|at)\s+", "", p, flags=re.IGNORECASE) for p in pieces]
    if not 2 <= len(pieces) <= 3:
        return []
    # ("서울이랑": the 이 of 이랑 after a final consonant is no part of the name)
    pieces = [p[:-1] if p.endswith("이") and city_alone(p) is None and city_alone(p[:-1]) else p for p in pieces]
    found = [(zone, p) for p in pieces if (zone := city_alone(p)) is not None]
    return found if len(found) == len(pieces) and len({z for z, _ in found}) == len(found) else []


# (the second place with its own "in": "in Lima and in Quito", "en Lima y en Quito", "在阿克拉和在檀香山")
_JOINED_WITH = re.compile(_PLACES_JOINED.pattern + r"(?:(?:in|en|at|在)\s*)?")


@lru_cache(maxsize=1)
def _any_city() -> re.Pattern[str]:
    """Any place of `_city_pattern`'s table as a name alone (over `core.text.fold` text), for the
    second of two places joined to one already read ("Accra and Honolulu")."""
    cities = _city_pattern()[2]
    latin = sorted((c for c in cities if c.isascii() and len(c) >= 4 and c not in _NOT_CITIES), key=len, reverse=True)
    other = sorted((c for c in cities if not c.isascii() and len(c) >= 2), key=len, reverse=True)
    return re.compile(r"(?<![a-z])(" + "|".join(map(re.escape, latin)) + r")(?![a-z])|(" + "|".join(map(re.escape, other)) + ")")


def places_joined(text: str, zone: str) -> list[tuple[str, str]]:
    """The other places named joined to `zone`'s with "and" ("we're in Accra and Honolulu", "我们在
    阿克拉和檀香山", "아크라랑 호놀룰루에 있어요"): each as (zone, the name as written), in order;
    [] when `zone`'s place is named alone or beside places of its own zone."""
    folded = core_fold(text)
    cities = _city_pattern()[2]
    found = [(m.start(), m.end(), cities.get(m.group(0)) or _mentionable().get(m.group(0)))
             for m in _any_city().finditer(folded)]
    found = [(start, end, named) for start, end, named in found if named]
    chains: list[list[tuple[int, int, str]]] = []
    for place in found:
        if chains and _JOINED_WITH.fullmatch(folded, chains[-1][-1][1], place[0]):
            chains[-1].append(place)
        else:
            chains.append([place])
    for chain in chains:
        if len(chain) > 1 and any(named == zone for _, _, named in chain):
            kept = {named: text[start:end] for start, end, named in chain if named != zone}
            return list(kept.items())[:2]
    return []


def clocks_asked(text: str, zone: str) -> list[tuple[str, str]]:
    """The other places whose clock the message asks beside `zone`'s, each named as a clock ("首尔
    时间几点，北京时间呢", "Seoul time, and Beijing time?", "hora de Seúl y hora de Pekín", "서울
    시간이랑 베이징 시간"): each as (zone, the name as written), in order; [] unless `zone`'s place is
    one of them. `places_joined` reads places joined by "and" alone (play36)."""
    folded = core_fold(text)
    clocks = [(start, end, named) for start, end, named in places_named(folded)
              if _CLOCK_AFTER.match(folded, end) or _CLOCK_BEFORE.search(folded[:start])]
    if len(clocks) < 2 or not any(named == zone for _, _, named in clocks):
        return []
    kept = {named: text[start:end] for start, end, named in clocks if named != zone}
    return list(kept.items())[:2]


# A follow-up that wraps one place's name, kept as written ("and in Porto?", "what about Cebu?",
# "¿y en Rosario?", "那波尔多呢", "포르투갈 브라가는요?"): a name capitalised in Latin letters after
# "in"/"en"/"what about", or a short name in Han or Hangul inside "那…呢" / "…는요"
_PLACE_WRAPPED = re.compile(
    r"^\W*(?:(?:and|y|e)\s+" + _FOR_WHOM + r"?(?:in|en|at)\s+|(?:and|y)\s+(?=[A-ZÁÉÍÓÚÑ])|(?:and\s+|y\s+)?(?:what|how)\s+about\s+(?:in\s+)?|(?:y|e)\s+(?:que tal\s+|qué tal\s+)?(?:en\s+)?)"
    r"(?P<latin>[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:de\s+|del\s+|da\s+|do\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*){0,2})\s*[?？!！.。]*\s*$"
    r"|^\W*(?:那|那么|那麼|还有|還有)?\s*(?:(?:我|我们|我們)(?:的)?(?:同事|团队|團隊|合伙人|合夥人|伙伴|夥伴|朋友)\s*)?(?:在)?(?P<han>[\u4e00-\u9fff]{2,5})\s*(?:呢|那边呢|那邊呢)\s*[?？!！.。]*\s*$"
    r"|^\W*(?:그럼\s*|그러면\s*)?(?:(?:제|저희)\s?(?:동료|팀|파트너|직원)(?:가|들이|이)?\s?(?:있는\s?)?)?(?P<hangul>[\uac00-\ud7af]{2,6})(?:는요|은요|쪽은요|에서는요|에서는|\s?시간으로는요)\s*[?？!！.。]*\s*$")
# Words a follow-up wraps that are no place: a day, a month, a language, an amount
_NOT_A_PLACE = re.compile(
    r"^(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|january|february|march"
    r"|april|may|june|july|august|september|october|november|december|english|spanish|chinese|korean|person"
    r"|hoy|manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo|enero|febrero|marzo|abril|mayo|junio|julio"
    r"|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ingles|espanol|chino|coreano|persona)\b"
    r"|今天|明天|后天|後天|周末|週末|下周|下週|下个月|下個月|英文|英语|中文|韩语|西语|费用|价格|地点|时间"
    # (the other one, this one, the rest: "那另外一个呢" points at a record, names no place)
    r"|另外|另一|这个|這個|那个|那個|其他|其它|别的|別的|一个|一個|第|哪|什么|什麼|这|這|它|他|她"
    # (an order or a time: "下一届呢", "那之后呢", "그 다음은요?")
    r"|[下上之后後前届屆次场場个個天周週月年时時点點些位部样樣种種]"
    r"|다음|이전|전에|후에|이후|번째|거|것|분|편|회|차"
    r"|오늘|내일|모레|주말|다음 ?주|다음 ?달|영어|한국어|중국어|스페인어|가격|비용|장소|시간|일정|날짜"
    r"|다른|이거|그거|저거|나머지|이것|그것|저것|첫|두 ?번째|마지막|이번|저번|지난")


def place_wrapped(text: str) -> str | None:
    """The place a bare follow-up names, as written ("and in Porto?" -> "Porto"), whether or not
    its time zone is known; None when the message is more than that or wraps no place's name."""
    m = _PLACE_WRAPPED.match((text or "").strip())
    if m is None:
        return None
    place = (m.group("latin") or m.group("han") or m.group("hangul") or "").strip(" .")
    return None if not place or _NOT_A_PLACE.search(fold(place)) or _NOT_A_PLACE.search(place) else place


# The partner's clock said as hours behind or ahead of ours, with no place ("we're 6 hours behind
# you", "vamos 13 horas por detrás de ustedes", "我们这边比北京晚16个小时", "저희는 헝뎬보다 6시간
# 늦어요"): a fixed offset from Beijing time (UTC+8, no summer time), group "n" the hours and
# "way" the direction.
# (the hours in words too: "an hour behind", "seis horas", "晚两个小时", "한 시간 빨라요")
_OFF_WORDS = {w: n for n, words in enumerate((
    ("one", "an", "a", "una", "uno", "一", "한"), ("two", "dos", "二", "两", "兩", "두"), ("three", "tres", "三", "세"),
    ("four", "cuatro", "四", "네"), ("five", "cinco", "五", "다섯"), ("six", "seis", "六", "여섯"),
    ("seven", "siete", "七", "일곱"), ("eight", "ocho", "八", "여덟"), ("nine", "nueve", "九", "아홉"),
    ("ten", "diez", "十", "열"), ("eleven", "once", "十一", "열한"), ("twelve", "doce", "十二", "열두")), 1) for w in words}
_EN_N = r"(?:\d{1,2}|one|an|a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ES_N = r"(?:\d{1,2}|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"
_ZH_N = r"(?:\d{1,2}|十[一二]|[一二两兩三四五六七八九十])"
_KO_N = r"(?:\d{1,2}|열한|열두|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)"
_HOURS_OFF = re.compile(
    r"\b(?:we'?re|we are|i'?m|i am|our (?:time|clock) is|(?:our|my) clock(?:s)? (?:is|are|runs?))\s+(?:about |roughly |exactly |like )?"
    rf"(?P<n>{_EN_N})\s*(?:hours?|hrs?|h)\s+(?P<way>behind|ahead)\b"
    rf"|\b(?:vamos|estamos|somos|llevamos|tenemos|andamos)\s+(?:unas |como )?(?P<n2>{_ES_N})\s*(?:horas?|h)\s+"
    r"(?:por\s+)?(?P<way2>detras|atras|menos|antes|delante|adelante|mas)\b"
    r"|比(?:你们|你們|您们|北京|横店|橫店|中国|中國)?(?:那边|那邊|这边|這邊)?(?:的时间|的時間)?(?P<way3>晚|慢|早|快)了?\s?"
    rf"(?P<n3>{_ZH_N})\s?(?:个|個)?\s?(?:小时|小時|钟头|鐘頭)"
    rf"|보다\s?(?P<n4>{_KO_N})\s?시간\s?(?:정도\s?)?(?P<way4>늦|느려|느립|빨라|빠르|빠릅)")
_BEHIND = ("behind", "detras", "atras", "menos", "antes", "晚", "慢", "늦", "느려", "느립")
BEIJING_OFFSET = 8


def offset_unsaid(text: str) -> str:
    """The text folded with its clock said as hours off ours taken out ("we're 6 hours behind you.
    when's your office open?" -> " . when's your office open?"): what else it asks."""
    return _HOURS_OFF.sub(" ", core_fold(text))


def offset_said(text: str) -> str | None:
    """The fixed-offset zone ("Etc/GMT-2" for UTC+2) of a clock said as hours behind or ahead of
    ours ("we're 6 hours behind you" is UTC+2), else None."""
    m = _HOURS_OFF.search(core_fold(text))
    if m is None:
        return None
    said = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4")
    n = int(said) if said.isdigit() else _OFF_WORDS[said]
    way = m.group("way") or m.group("way2") or m.group("way3") or m.group("way4")
    offset = BEIJING_OFFSET - n if way in _BEHIND else BEIJING_OFFSET + n
    if not -12 <= offset <= 14:
        return None
    return "UTC" if offset == 0 else f"Etc/GMT{-offset:+d}"
