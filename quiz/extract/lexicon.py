"""Word lists the extractor matches against: teams, competitions, stages, stadiums, cities.

Lists, not a model: every entry is visible, testable and costs nothing at run time. A team the
list does not know can still be found by the score patterns (it is then marked for review).
"""

from __future__ import annotations

import re

from anyascii import anyascii

# Canonical name -> other ways reports write it. Nicknames ("the Reds") count only when the
# canonical name also appears in the same report, since several clubs share them.
TEAMS: dict[str, tuple[str, ...]] = {
    # England
    "Arsenal": ("the Gunners",),
    "Aston Villa": ("Villa",),
    "Chelsea": ("the Blues",),
    "Everton": ("the Toffees",),
    "Leeds United": ("Leeds",),
    "Leicester City": ("Leicester", "the Foxes"),
    "Liverpool": ("Liverpool FC", "the Reds"),
    "Manchester City": ("Man City", "City"),
    "Manchester United": ("Man Utd", "Man United", "United", "the Red Devils"),
    "Newcastle United": ("Newcastle", "the Magpies"),
    "Nottingham Forest": ("Forest",),
    "Queens Park Rangers": ("QPR",),
    "Sunderland": (),
    "Tottenham Hotspur": ("Tottenham", "Spurs"),
    "West Ham United": ("West Ham", "the Hammers"),
    "Wolverhampton Wanderers": ("Wolves",),
    "Preston North End": ("Preston",),
    "Southampton": (),
    "Brighton": ("Brighton & Hove Albion",),
    "Crystal Palace": (),
    "Fulham": (),
    "Brentford": (),
    "Bournemouth": (),
    "Burnley": (),
    "Sheffield United": (),
    "Wimbledon": (),
    # Scotland
    "Celtic": (),
    "Rangers": (),
    # Spain
    "Barcelona": ("Barca", "Barça", "FC Barcelona"),
    "Real Madrid": ("Madrid", "Los Blancos"),
    "Atletico Madrid": ("Atlético Madrid", "Atletico"),
    "Sevilla": (),
    "Valencia": (),
    "Villarreal": (),
    # Italy
    "AC Milan": ("Milan", "the Rossoneri"),
    "Inter Milan": ("Inter", "Internazionale"),
    "Juventus": ("Juve",),
    "Atalanta": ("Atalanta BC", "La Dea"),
    "Roma": ("AS Roma",),
    "Lazio": (),
    "Napoli": (),
    "Genoa": (),
    "Fiorentina": (),
    # Germany
    "Bayern Munich": ("Bayern", "Bayern München", "FC Bayern"),
    "Borussia Dortmund": ("Dortmund", "BVB"),
    "Bayer Leverkusen": ("Leverkusen",),
    "RB Leipzig": ("Leipzig",),
    "Hamburg": ("Hamburger SV",),
    # France
    "Paris Saint-Germain": ("PSG", "Paris SG"),
    "Marseille": ("Olympique de Marseille",),
    "Lyon": ("Olympique Lyonnais",),
    "Monaco": (),
    # Elsewhere
    "Ajax": (),
    "PSV Eindhoven": ("PSV",),
    "Feyenoord": (),
    "Porto": ("FC Porto",),
    "Benfica": (),
    "Sporting": ("Sporting CP", "Sporting Lisbon"),
    "Mechelen": ("KV Mechelen",),
    "Club Brugge": (),
    "Galatasaray": (),
    "Fenerbahce": (),
    "Red Star Belgrade": (),
    "Steaua Bucharest": (),
    "Olympiacos": (),
    "Shakhtar Donetsk": (),
    "Dynamo Kyiv": (),
    "Zenit": (),
    "Boca Juniors": (),
    "River Plate": (),
    "Flamengo": (),
    "Santos": (),
    # National teams
    "England": (),
    "Scotland": (),
    "Wales": (),
    "Northern Ireland": (),
    "Republic of Ireland": ("Ireland",),
    "France": ("Les Bleus",),
    "Germany": (),
    "West Germany": (),
    "Italy": ("the Azzurri",),
    "Spain": (),
    "Portugal": (),
    "Netherlands": ("Holland",),
    "Belgium": (),
    "Croatia": (),
    "Denmark": (),
    "Sweden": (),
    "Switzerland": (),
    "Austria": (),
    "Poland": (),
    "Czech Republic": (),
    "Hungary": (),
    "Greece": (),
    "Turkey": (),
    "Russia": (),
    "Ukraine": (),
    "Brazil": ("the Selecao",),
    "Argentina": ("La Albiceleste",),
    "Uruguay": (),
    "Colombia": (),
    "Chile": (),
    "Peru": (),
    "Mexico": (),
    "United States": ("USA",),
    "Canada": (),
    "Japan": (),
    "South Korea": (),
    "Australia": (),
    "Morocco": (),
    "Senegal": (),
    "Nigeria": (),
    "Cameroon": (),
    "Ghana": (),
    "Egypt": (),
    "Saudi Arabia": (),
    "Qatar": (),
    "Iran": (),
}

# Aliases that need their canonical name elsewhere in the report before they count.
GUARDED_ALIASES = {
    "City",
    "United",
    "Madrid",
    "Milan",
    "Inter",
    "Villa",
    "Forest",
    "Atletico",
    "Ireland",
    "the Reds",
    "the Blues",
    "the Gunners",
    "the Toffees",
    "the Foxes",
    "the Magpies",
    "the Hammers",
    "the Red Devils",
    "the Rossoneri",
    "the Azzurri",
    "the Selecao",
    "Les Bleus",
    "La Dea",
    "La Albiceleste",
    "Los Blancos",
}

# Canonical competition -> spellings. "European Cup" is the Champions League's older name.
COMPETITIONS: dict[str, tuple[str, ...]] = {
    "UEFA Champions League": ("Champions League", "UEFA Champions League", "European Cup"),
    "UEFA Europa League": ("Europa League", "UEFA Europa League", "UEFA Cup"),
    "UEFA Conference League": ("Conference League", "Europa Conference League"),
    "Cup Winners' Cup": ("Cup Winners' Cup", "Cup Winners’ Cup", "European Cup Winners' Cup"),
    "UEFA Super Cup": ("Super Cup", "UEFA Super Cup"),
    "FIFA World Cup": ("World Cup", "FIFA World Cup"),
    "FIFA Club World Cup": ("Club World Cup",),
    "European Championship": ("European Championship", "Euro 2024", "Euro 2020", "Euro 2016",
                              "Euro 2012", "Euro 2008", "Euro 2004", "Euro 96", "Euros"),
    "Copa America": ("Copa America", "Copa América"),
    "Nations League": ("Nations League",),
    "Premier League": ("Premier League", "English Premier League"),
    "FA Cup": ("FA Cup",),
    "League Cup": ("League Cup", "Carabao Cup"),
    "Community Shield": ("Community Shield",),
    "Serie A": ("Serie A",),
    "Serie B": ("Serie B",),
    "Coppa Italia": ("Coppa Italia", "Italian Cup"),
    "La Liga": ("La Liga",),
    "Copa del Rey": ("Copa del Rey",),
    "Bundesliga": ("Bundesliga",),
    "DFB-Pokal": ("DFB-Pokal", "German Cup"),
    "Ligue 1": ("Ligue 1",),
    "Eredivisie": ("Eredivisie",),
    "Scottish Premiership": ("Scottish Premiership",),
    "Copa Libertadores": ("Copa Libertadores",),
}
LEAGUES = {
    "Premier League",
    "Serie A",
    "Serie B",
    "La Liga",
    "Bundesliga",
    "Ligue 1",
    "Eredivisie",
    "Scottish Premiership",
}

# Stage spelling (regex) -> stage as the facts format writes it.
STAGES: tuple[tuple[str, str], ...] = (
    (r"semi[- ]finals?", "semi-final"),
    (r"quarter[- ]finals?", "quarter-final"),
    (r"group stage|group [A-H]\b", "group stage"),
    (r"last[- ](?:16|sixteen)|round of (?:16|sixteen)", "last 16"),
    (r"play-?offs?", "play-off"),
    (r"(?:first|second|third|fourth|fifth|sixth) round", "round"),
    (r"finals?", "final"),
)

# Stadium -> city.
STADIUMS: dict[str, str] = {
    "Anfield": "Liverpool",
    "Goodison Park": "Liverpool",
    "Old Trafford": "Manchester",
    "Etihad Stadium": "Manchester",
    "Maine Road": "Manchester",
    "Wembley Stadium": "London",
    "Wembley": "London",
    "Highbury": "London",
    "Emirates Stadium": "London",
    "Stamford Bridge": "London",
    "White Hart Lane": "London",
    "Tottenham Hotspur Stadium": "London",
    "London Stadium": "London",
    "Craven Cottage": "London",
    "Selhurst Park": "London",
    "Villa Park": "Birmingham",
    "St James' Park": "Newcastle",
    "Elland Road": "Leeds",
    "Stadium of Light": "Sunderland",
    "King Power Stadium": "Leicester",
    "City Ground": "Nottingham",
    "Celtic Park": "Glasgow",
    "Ibrox": "Glasgow",
    "Hampden Park": "Glasgow",
    "Camp Nou": "Barcelona",
    "Nou Camp": "Barcelona",
    "Santiago Bernabeu": "Madrid",
    "Bernabeu": "Madrid",
    "Wanda Metropolitano": "Madrid",
    "Metropolitano": "Madrid",
    "Mestalla": "Valencia",
    "San Siro": "Milan",
    "Stadio Olimpico": "Rome",
    "Allianz Stadium": "Turin",
    "Juventus Stadium": "Turin",
    "Gewiss Stadium": "Bergamo",
    "Stadio Diego Armando Maradona": "Naples",
    "Allianz Arena": "Munich",
    "Olympiastadion": "Berlin",
    "Signal Iduna Park": "Dortmund",
    "Westfalenstadion": "Dortmund",
    "Parc des Princes": "Paris",
    "Stade de France": "Saint-Denis",
    "Stade Velodrome": "Marseille",
    "Johan Cruyff Arena": "Amsterdam",
    "De Kuip": "Rotterdam",
    "Estadio da Luz": "Lisbon",
    "Estadio do Dragao": "Porto",
    "Ataturk Olympic Stadium": "Istanbul",
    "Luzhniki Stadium": "Moscow",
    "Aviva Stadium": "Dublin",
    "Millennium Stadium": "Cardiff",
    "Principality Stadium": "Cardiff",
    "Maracana": "Rio de Janeiro",
    "Estadio Mineirao": "Belo Horizonte",
    "Mineirao": "Belo Horizonte",
    "Estadio Azteca": "Mexico City",
    "Rose Bowl": "Pasadena",
    "Lusail Stadium": "Lusail",
    "Soccer City": "Johannesburg",
    "Wankdorf Stadium": "Bern",
}

# Cities a report may name as the place of a match (dateline or "in CITY").
CITIES = {
    "London", "Manchester", "Liverpool", "Birmingham", "Leeds", "Newcastle", "Leicester",
    "Sunderland", "Nottingham", "Glasgow", "Edinburgh", "Cardiff", "Dublin", "Barcelona",
    "Madrid", "Valencia", "Seville", "Milan", "Rome", "Turin", "Naples", "Bergamo", "Genoa",
    "Florence", "Munich", "Berlin", "Dortmund", "Hamburg", "Paris", "Saint-Denis", "Marseille",
    "Lyon", "Amsterdam", "Rotterdam", "Eindhoven", "Lisbon", "Porto", "Istanbul", "Moscow",
    "Kyiv", "Athens", "Vienna", "Bern", "Basel", "Brussels", "Bruges", "Stockholm",
    "Copenhagen", "Rio de Janeiro", "Sao Paulo", "Belo Horizonte", "Buenos Aires",
    "Montevideo", "Mexico City", "Pasadena", "Lusail", "Doha", "Johannesburg", "Seoul",
    "Yokohama", "Tokyo", "Bucharest", "Belgrade", "Prague", "Warsaw", "Budapest", "Mechelen",
}

PLACES_OTHER = {
    "England", "Scotland", "Wales", "Italy", "Spain", "France", "Germany", "Qatar", "Europe",
    "Merseyside", "Lancashire", "Catalonia", "Bavaria", "Lombardy", "Brazil", "Argentina",
}

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december",
        ]
    )
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

NUMBER_WORDS = {
    "zero": 0, "nil": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}


def fold(text: str) -> str:
    """Accent- and case-free form for comparing names: 'Mbappé' and 'Mbappe' are equal."""
    return " ".join(anyascii(text).replace("’", "'").casefold().split())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def number(word: str) -> int | None:
    """'7', 'seven', '7th' or 'seventh' as an int."""
    low = word.casefold().strip()
    if low.isdigit():
        return int(low)
    digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", low)
    if digits:
        return int(digits.group(1))
    if low in NUMBER_WORDS:
        return NUMBER_WORDS[low]
    return ORDINAL_WORDS.get(low)
