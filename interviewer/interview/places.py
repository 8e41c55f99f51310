"""Places: the cities a resume or a job description names, with the suburbs and districts that belong to
each (Villeurbanne is Lyon, Zapopan is Guadalajara), and the countries, for when a description names no
city this table knows ("Georgetown, Kentucky, USA") but the two sides are plainly in different countries."""

from __future__ import annotations

import re

# Major cities, for telling where a candidate lives; ambiguous names (Reading, Nice) are left out.
_CITIES: dict[str, tuple[str, ...]] = {
    "New York": ("New York", "NYC"), "Los Angeles": ("Los Angeles",), "Chicago": ("Chicago",),
    "Houston": ("Houston",), "Dallas": ("Dallas",), "Austin": ("Austin",), "Boston": ("Boston",),
    "San Francisco": ("San Francisco",), "Seattle": ("Seattle",), "Denver": ("Denver",),
    "Atlanta": ("Atlanta",), "Miami": ("Miami",),
    "Washington, D.C.": ("Washington DC", "Washington, DC", "Washington D.C.", "Washington, D.C."),
    "Philadelphia": ("Philadelphia",), "Minneapolis": ("Minneapolis",), "Detroit": ("Detroit",),
    "San Diego": ("San Diego",), "Toronto": ("Toronto",), "Vancouver": ("Vancouver",),
    "Montreal": ("Montreal", "Montréal"), "Mexico City": ("Mexico City", "Ciudad de México", "CDMX"),
    "São Paulo": ("São Paulo", "Sao Paulo"),
    "Buenos Aires": ("Buenos Aires",), "Bogotá": ("Bogotá", "Bogota"), "London": ("London",),
    "Manchester": ("Manchester",), "Birmingham": ("Birmingham",), "Edinburgh": ("Edinburgh",),
    "Glasgow": ("Glasgow",), "Dublin": ("Dublin",), "Paris": ("Paris",), "Lyon": ("Lyon",),
    "Berlin": ("Berlin",), "Munich": ("Munich", "München"), "Frankfurt": ("Frankfurt",),
    "Hamburg": ("Hamburg",), "Amsterdam": ("Amsterdam",), "Rotterdam": ("Rotterdam",),
    "Brussels": ("Brussels", "Bruxelles"), "Zurich": ("Zurich", "Zürich"), "Geneva": ("Geneva", "Genève"),
    "Vienna": ("Vienna", "Wien"), "Madrid": ("Madrid",), "Barcelona": ("Barcelona",),
    "Lisbon": ("Lisbon", "Lisboa"), "Milan": ("Milan", "Milano"), "Rome": ("Rome", "Roma"),
    "Stockholm": ("Stockholm",), "Copenhagen": ("Copenhagen", "København"), "Oslo": ("Oslo",),
    "Helsinki": ("Helsinki",), "Warsaw": ("Warsaw", "Warszawa"), "Prague": ("Prague", "Praha"), "Budapest": ("Budapest",),
    "Athens": ("Athens", "Athina", "Αθήνα", "Kifissia", "Κηφισιά", "Marousi", "Μαρούσι"), "Istanbul": ("Istanbul",), "Dubai": ("Dubai",), "Abu Dhabi": ("Abu Dhabi",),
    "Riyadh": ("Riyadh",), "Doha": ("Doha",), "Tel Aviv": ("Tel Aviv",), "Cairo": ("Cairo",),
    "Johannesburg": ("Johannesburg",), "Cape Town": ("Cape Town",), "Lagos": ("Lagos",), "Abuja": ("Abuja",),
    "Accra": ("Accra",),
    "Nairobi": ("Nairobi",), "Mumbai": ("Mumbai",), "Delhi": ("Delhi",),
    "Bangalore": ("Bangalore", "Bengaluru"), "Hyderabad": ("Hyderabad",), "Chennai": ("Chennai",),
    "Pune": ("Pune",), "Singapore": ("Singapore",), "Hong Kong": ("Hong Kong",), "Shanghai": ("Shanghai",),
    "Beijing": ("Beijing",), "Shenzhen": ("Shenzhen",), "Tokyo": ("Tokyo",), "Osaka": ("Osaka",),
    "Seoul": ("Seoul",), "Taipei": ("Taipei",), "Bangkok": ("Bangkok",), "Kuala Lumpur": ("Kuala Lumpur",),
    "Jakarta": ("Jakarta",), "Manila": ("Manila",), "Sydney": ("Sydney",), "Melbourne": ("Melbourne",),
    "Auckland": ("Auckland",), "Wellington": ("Wellington",), "Brisbane": ("Brisbane",),
    "Perth": ("Perth",), "Adelaide": ("Adelaide",), "Kraków": ("Kraków", "Krakow", "Cracow"),
    "Wrocław": ("Wrocław", "Wroclaw"), "Gdańsk": ("Gdańsk", "Gdansk"), "Poznań": ("Poznań", "Poznan"),
    "Porto": ("Porto",), "Valencia": ("Valencia",), "Seville": ("Seville", "Sevilla"),
    "Marseille": ("Marseille",), "Toulouse": ("Toulouse",), "Cologne": ("Cologne", "Köln"),
    "Stuttgart": ("Stuttgart",), "Düsseldorf": ("Düsseldorf", "Dusseldorf"), "Leipzig": ("Leipzig",),
    "Aarhus": ("Aarhus",), "Gothenburg": ("Gothenburg", "Göteborg"), "Malmö": ("Malmö", "Malmo"),
    "Antwerp": ("Antwerp", "Antwerpen"), "The Hague": ("The Hague", "Den Haag"), "Utrecht": ("Utrecht",),
    "Eindhoven": ("Eindhoven",), "Cork": ("Cork",), "Galway": ("Galway",), "Belfast": ("Belfast",),
    "Leeds": ("Leeds",), "Bristol": ("Bristol",), "Liverpool": ("Liverpool",), "Cardiff": ("Cardiff",),
    "Calgary": ("Calgary",), "Ottawa": ("Ottawa",), "Edmonton": ("Edmonton",), "Monterrey": ("Monterrey",),
    "Guadalajara": ("Guadalajara",), "Lima": ("Lima",), "Santiago": ("Santiago de Chile",),
    "Rio de Janeiro": ("Rio de Janeiro",), "Medellín": ("Medellín", "Medellin"), "Kolkata": ("Kolkata",),
    "Ahmedabad": ("Ahmedabad",), "Gurugram": ("Gurugram", "Gurgaon"), "Noida": ("Noida",),
    "Karachi": ("Karachi",), "Lahore": ("Lahore",), "Dhaka": ("Dhaka",),
    "Ho Chi Minh City": ("Ho Chi Minh City", "Saigon"), "Hanoi": ("Hanoi",), "Pittsburgh": ("Pittsburgh",),
    "Charlotte": ("Charlotte, NC",), "Nashville": ("Nashville",), "Raleigh": ("Raleigh",),
    "St. Louis": ("St. Louis", "Saint Louis"), "Kansas City": ("Kansas City",), "Indianapolis": ("Indianapolis",),
    "Salt Lake City": ("Salt Lake City",), "Las Vegas": ("Las Vegas",), "Orlando": ("Orlando",),
    "Tampa": ("Tampa",), "Baltimore": ("Baltimore",), "Cincinnati": ("Cincinnati",), "Cleveland": ("Cleveland",),
    "Sacramento": ("Sacramento",), "San Jose": ("San Jose, CA",), "Columbus": ("Columbus, OH", "Columbus, Ohio"),
}  # fmt: skip

# Places inside a metro area, read as the city: living in one and working in the other is a commute.
_METRO: dict[str, tuple[str, ...]] = {
    "London": ("Croydon", "Walthamstow", "Canary Wharf", "Hackney", "Islington", "Wimbledon", "Ealing"),
    "Paris": ("Boulogne-Billancourt", "Neuilly-sur-Seine", "La Défense", "Issy-les-Moulineaux", "Saint-Denis",
              "Montreuil", "Nanterre", "Levallois-Perret"),
    "Lyon": ("Villeurbanne", "Vénissieux", "Venissieux", "Caluire", "Bron", "Écully", "Ecully"),
    "Munich": ("Garching", "Unterföhring"), "Frankfurt": ("Eschborn", "Offenbach am Main"),
    "Amsterdam": ("Amstelveen", "Hoofddorp", "Schiphol", "Utrecht", "Haarlem", "Almere", "Zaandam", "Leiden"),
    "Rotterdam": ("Delft", "Schiedam", "Dordrecht", "The Hague", "Den Haag"),
    "The Hague": ("Delft", "Leiden", "Zoetermeer", "Rotterdam"), "Brussels": ("Leuven", "Mechelen"), "Madrid": ("Alcobendas", "Getafe", "Pozuelo"),
    "Barcelona": ("L'Hospitalet", "Hospitalet de Llobregat", "Sant Cugat", "Badalona"),
    "Milan": ("Sesto San Giovanni", "Assago"), "Dublin": ("Dún Laoghaire", "Dun Laoghaire", "Sandyford"),
    "Warsaw": ("Warszawa",), "Gdańsk": ("Gdynia", "Sopot"), "Stockholm": ("Solna", "Kista", "Sundbyberg"),
    "Mexico City": ("Ciudad de México", "CDMX", "Santa Fe, CDMX"),
    "Guadalajara": ("Zapopan", "Tlaquepaque", "Tonalá", "Tlajomulco"),
    "Monterrey": ("Apodaca", "San Pedro Garza García", "San Nicolás de los Garza", "Santa Catarina, N.L."),
    "São Paulo": ("Barueri", "Osasco", "Alphaville", "Guarulhos"), "Buenos Aires": ("CABA", "Vicente López"),
    "Santiago": ("Santiago, Chile", "Providencia", "Las Condes", "Vitacura"),
    "Toronto": ("Mississauga", "Brampton", "Markham", "North York", "Etobicoke", "Scarborough, ON"),
    "Montreal": ("Laval", "Longueuil"), "Vancouver": ("Burnaby", "Richmond, BC", "Surrey, BC"),
    "San Francisco": ("Oakland", "Palo Alto", "Mountain View", "Sunnyvale", "Menlo Park", "Redwood City"),
    "New York": ("Brooklyn", "Manhattan", "Queens", "Jersey City", "Hoboken"),
    "Washington, D.C.": ("Arlington, VA", "Alexandria, VA", "Bethesda"),
    "Seattle": ("Bellevue, WA", "Redmond"), "Dallas": ("Plano", "Irving", "Fort Worth"),
    "Mumbai": ("Navi Mumbai", "Thane", "Powai", "Andheri"),
    "Bangalore": ("Whitefield", "Electronic City", "Koramangala"), "Hyderabad": ("HITEC City", "Gachibowli"),
    "Lagos": ("Ikeja", "Lekki", "Victoria Island", "Yaba"), "Nairobi": ("Westlands", "Upper Hill"),
    "Johannesburg": ("Sandton", "Randburg", "Midrand", "Rosebank", "Centurion", "Edenvale", "Kempton Park",
                     "Germiston", "Boksburg", "Roodepoort", "Fourways"), "Cairo": ("Giza", "New Cairo", "Heliopolis"),
    "Manila": ("Makati", "Taguig", "Pasig", "Quezon City", "Mandaluyong", "Bonifacio Global City", "BGC"),
    "Seoul": ("Gangnam", "Pangyo", "Seongnam", "서울", "경기도", "Gyeonggi", "Suwon", "수원", "Hwaseong", "화성시"), "Tokyo": ("Shinjuku", "Shibuya", "Minato-ku", "Kawasaki"),
    "Osaka": ("Kobe",), "Nagoya": ("Kariya", "Toyota City", "Anjo"),
    "Sydney": ("Parramatta", "North Sydney", "Chatswood"), "Melbourne": ("Southbank", "Docklands"),
    "Perth": ("Subiaco", "Fremantle", "Joondalup"),
    "Kuala Lumpur": ("Petaling Jaya", "Cyberjaya"),
    # Ho Chi Minh City written in Vietnamese, with Bình Dương, part of the city since 2025
    "Ho Chi Minh City": ("HCMC", "Thủ Đức", "Thu Duc", "Hồ Chí Minh", "TP.HCM", "Sài Gòn", "Bình Dương",
                         "Binh Duong", "Thuận An", "Dĩ An"),
    "Istanbul": ("Kadıköy", "Kadikoy", "Beşiktaş", "Besiktas", "Maslak"), "Dubai": ("Jebel Ali",),
    # Commuter towns around the larger cities, so that living in one and working in the other is no move.
    "Stuttgart": ("Ludwigsburg", "Böblingen", "Boeblingen", "Sindelfingen", "Esslingen", "Leonberg",
                  "Waiblingen", "Fellbach", "Filderstadt", "Leinfelden-Echterdingen"),
    "Delhi": ("New Delhi", "Noida", "Greater Noida", "Gurugram", "Gurgaon", "Faridabad", "Ghaziabad", "Delhi NCR"),
    "Hamburg": ("Norderstedt", "Pinneberg", "Ahrensburg"), "Berlin": ("Potsdam",),
    "Düsseldorf": ("Neuss", "Ratingen", "Hilden"), "Cologne": ("Leverkusen", "Hürth", "Bergisch Gladbach"),
    "Zurich": ("Winterthur", "Dübendorf", "Wallisellen", "Kloten", "Opfikon"),
    "Basel": ("Allschwil", "Muttenz", "Pratteln", "Lörrach", "Saint-Louis", "Riehen"),
    "Copenhagen": ("Lyngby", "Ballerup", "Frederiksberg", "Hellerup"), "Oslo": ("Bærum", "Lysaker", "Fornebu"),
    "Helsinki": ("Espoo", "Vantaa"), "Vienna": ("Schwechat", "Mödling"),
    "Chicago": ("Evanston", "Schaumburg", "Naperville", "Oak Brook", "Skokie"),
    "Boston": ("Cambridge, MA", "Waltham", "Somerville", "Quincy", "Newton, MA"),
    "Houston": ("Katy", "Sugar Land", "The Woodlands", "Pasadena, TX"),
    "Atlanta": ("Marietta", "Alpharetta", "Sandy Springs", "Decatur, GA"),
    "Minneapolis": ("St. Paul", "Saint Paul", "Bloomington, MN", "Golden Valley", "Eden Prairie"),
    "Denver": ("Aurora, CO", "Lakewood, CO", "Englewood, CO"),
    "Los Angeles": ("Santa Monica", "Burbank", "Pasadena, CA", "Long Beach", "Glendale, CA"),
    "Manchester": ("Salford", "Stockport", "Trafford", "Oldham", "Bury"), "Birmingham": ("Solihull",),
    "Leeds": ("Wakefield", "Harrogate"), "Glasgow": ("Paisley",),
    "Cork": ("Ringaskiddy", "Little Island", "Ballincollig", "Carrigaline"),
    "Cape Town": ("Bellville", "Stellenbosch", "Durbanville"),
    "Pretoria": ("Centurion",),
}  # fmt: skip
# More cities, beside the table above.
_MORE_CITIES: dict[str, tuple[str, ...]] = {
    "Busan": ("Busan", "Pusan", "Haeundae"), "Incheon": ("Incheon",), "Davao": ("Davao",),
    "Cebu": ("Cebu",), "Alexandria": ("Alexandria, Egypt", "Alexandria (Egypt)"), "Ankara": ("Ankara",),
    "Izmir": ("Izmir", "İzmir"), "Porto Alegre": ("Porto Alegre",), "Curitiba": ("Curitiba",),
    "Belo Horizonte": ("Belo Horizonte",), "Córdoba": ("Córdoba, Argentina",), "Quito": ("Quito",),
    "Mombasa": ("Mombasa",), "Kampala": ("Kampala",), "Kigali": ("Kigali",), "Addis Ababa": ("Addis Ababa",),
    "Casablanca": ("Casablanca",), "Tunis": ("Tunis",), "Durban": ("Durban",), "Pretoria": ("Pretoria",),
    "Kumasi": ("Kumasi",), "Port Harcourt": ("Port Harcourt",), "Ibadan": ("Ibadan",),
    "Da Nang": ("Da Nang", "Đà Nẵng"), "Penang": ("Penang",), "Chiang Mai": ("Chiang Mai",),
    "Yokohama": ("Yokohama",), "Fukuoka": ("Fukuoka",), "Sapporo": ("Sapporo",), "Kyoto": ("Kyoto",),
    "Louisville": ("Louisville",), "Lexington": ("Lexington, KY", "Lexington, Kentucky"),
    "Phoenix": ("Phoenix",), "Portland": ("Portland, OR", "Portland, Oregon"), "Quebec City": ("Québec City",),
    "Winnipeg": ("Winnipeg",), "Halifax": ("Halifax",), "Canberra": ("Canberra",), "Hobart": ("Hobart",),
    "Christchurch": ("Christchurch",), "Nantes": ("Nantes",), "Bordeaux": ("Bordeaux",), "Lille": ("Lille",),
    "Bilbao": ("Bilbao",), "Málaga": ("Málaga", "Malaga"), "Turin": ("Turin", "Torino"),
    "Naples": ("Naples", "Napoli"), "Bologna": ("Bologna",), "Florence": ("Florence", "Firenze"),
    "Nuremberg": ("Nuremberg", "Nürnberg"), "Dresden": ("Dresden",), "Hanover": ("Hanover", "Hannover"),
    "Montevideo": ("Montevideo",), "Asunción": ("Asunción", "Asuncion"), "La Paz": ("La Paz",),
    "Guatemala City": ("Guatemala City",), "San José": ("San José, Costa Rica",), "Panama City": ("Panama City",),
    "Santo Domingo": ("Santo Domingo",), "San Juan": ("San Juan, PR", "San Juan, Puerto Rico"), "Kingston": ("Kingston, Jamaica",),
    "Dakar": ("Dakar",), "Abidjan": ("Abidjan",), "Rabat": ("Rabat",), "Algiers": ("Algiers",), "Luanda": ("Luanda",),
    "Dar es Salaam": ("Dar es Salaam",), "Lusaka": ("Lusaka",), "Harare": ("Harare",), "Colombo": ("Colombo",),
    "Kathmandu": ("Kathmandu",), "Bucharest": ("Bucharest", "București"), "Sofia": ("Sofia",), "Belgrade": ("Belgrade",),
    "Zagreb": ("Zagreb",), "Kyiv": ("Kyiv", "Kiev"), "Lviv": ("Lviv",), "Vilnius": ("Vilnius",), "Riga": ("Riga",),
    "Tallinn": ("Tallinn",), "Bergen": ("Bergen, Norway", "Bergen office"), "Trondheim": ("Trondheim",),
    "Stavanger": ("Stavanger", "Sandnes"), "Tampere": ("Tampere",), "Brno": ("Brno",), "Ostrava": ("Ostrava",),
    "Thessaloniki": ("Thessaloniki", "Θεσσαλονίκη", "Kalamaria", "Καλαμαριά"), "Jeddah": ("Jeddah",), "Dammam": ("Dammam", "Khobar", "Al Khobar"),
    "Muscat": ("Muscat",), "Kuwait City": ("Kuwait City",), "Manama": ("Manama",), "Amman": ("Amman",),
    "Beirut": ("Beirut",), "Chittagong": ("Chittagong", "Chattogram"), "Surabaya": ("Surabaya",),
    "Bandung": ("Bandung",), "Denpasar": ("Denpasar", "Jimbaran", "Kuta", "Sanur"),
    "Basel": ("Basel", "Bâle"), "Bern": ("Bern",), "Lausanne": ("Lausanne",), "Łódź": ("Łódź", "Lodz"),
    "Moscow": ("Moscow", "Moskva"),
    "Saint Petersburg": ("Saint Petersburg", "St. Petersburg, Russia"),
    "Cluj-Napoca": ("Cluj-Napoca", "Cluj"),
    "Timișoara": ("Timișoara", "Timisoara"),
    "Iași": ("Iași", "Iasi"),
    "Antofagasta": ("Antofagasta",),
    "Valparaíso": ("Valparaíso", "Valparaiso"),
    "Cali": ("Cali, Colombia",),
    "Barranquilla": ("Barranquilla",),
    "Puebla": ("Puebla",),
    "Tijuana": ("Tijuana",),
    "Brasília": ("Brasília", "Brasilia"),
    "Recife": ("Recife",),
    "Fortaleza": ("Fortaleza",),
    "Campinas": ("Campinas",),
    "Guangzhou": ("Guangzhou",),
    "Hangzhou": ("Hangzhou",),
    "Chengdu": ("Chengdu",),
    "Wuhan": ("Wuhan",),
    "Nanjing": ("Nanjing",),
    "Suzhou": ("Suzhou",),
    "Kobe": ("Kobe",),
    "Daegu": ("Daegu",),
    "Islamabad": ("Islamabad", "Rawalpindi"),
    "Faisalabad": ("Faisalabad",),
    "Jaipur": ("Jaipur",),
    "Kochi": ("Kochi", "Cochin"),
    "Coimbatore": ("Coimbatore",),
    "Lucknow": ("Lucknow",),
    "Chandigarh": ("Chandigarh",),
    "Sharjah": ("Sharjah",),
    "Gold Coast": ("Gold Coast",),
    "Nottingham": ("Nottingham",),
    "Sheffield": ("Sheffield",),
    "Leicester": ("Leicester",),
    "Southampton": ("Southampton",),
    "Oxford": ("Oxford, UK", "Oxford, England"),
    "Groningen": ("Groningen",),
    "Ghent": ("Ghent", "Gent"),
    "Liège": ("Liège", "Liege"),
    "Bratislava": ("Bratislava",),
    "Ljubljana": ("Ljubljana",),
    "Sarajevo": ("Sarajevo",),
    "Skopje": ("Skopje",),
    "Tirana": ("Tirana",),
    "Chișinău": ("Chișinău", "Chisinau"),
    "Minsk": ("Minsk",),
    "Tbilisi": ("Tbilisi",),
    "Yerevan": ("Yerevan",),
    "Baku": ("Baku",),
    "Almaty": ("Almaty",),
    "Tashkent": ("Tashkent",),
}  # fmt: skip
_ALL_CITIES = {
    **_CITIES,
    **_MORE_CITIES,
    **{city: (*_CITIES.get(city, _MORE_CITIES.get(city, (city,))), *extra) for city, extra in _METRO.items()},
}
_CITY_PATTERNS = {
    city: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)
    for city, names in _ALL_CITIES.items()
}


def _cities_in(text: str) -> list[str]:
    found = [(m.start(), city) for city, rx in _CITY_PATTERNS.items() if (m := rx.search(text))]
    return [city for _, city in sorted(found)]


# Countries by the names a resume or a job description gives them, with the states, provinces and regions
# that say which country they are in ("Kentucky", "Jalisco", "Aichi-ken").
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "United States": ("USA", "U.S.A.", "U.S.", "United States", "Alabama", "Alaska", "Arizona", "Arkansas",
                      "California", "Colorado", "Connecticut", "Delaware", "Florida", "Idaho", "Illinois",
                      "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
                      "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
                      "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota",
                      "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
                      "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Wisconsin",
                      "Wyoming"),
    "Canada": ("Canada", "Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba",
               "Saskatchewan", "Nova Scotia", "New Brunswick"),
    "United Kingdom": ("United Kingdom", "UK", "U.K.", "England", "Scotland", "Wales", "Northern Ireland"),
    "Ireland": ("Ireland", "Éire"), "Australia": ("Australia", "New South Wales", "NSW", "Queensland", "QLD",
                                                    "Western Australia", "Tasmania"),
    "New Zealand": ("New Zealand", "Aotearoa"), "Mexico": ("Mexico", "México", "Jalisco", "Nuevo León",
                                                          "Nuevo Leon", "CDMX", "Guanajuato", "Puebla"),
    "Japan": ("Japan", "日本", "Aichi", "Osaka-fu", "Kanagawa", "Saitama", "Hokkaido"),
    "South Korea": ("South Korea", "Korea", "Republic of Korea", "대한민국"), "China": ("China", "PRC"),
    "Philippines": ("Philippines", "Metro Manila", "Mindanao", "Luzon", "Visayas"),
    "India": ("India", "Maharashtra", "Karnataka", "Tamil Nadu", "Telangana", "Haryana"),
    "Germany": ("Germany", "Deutschland", "Bavaria", "Bayern"), "France": ("France", "Île-de-France"),
    "Spain": ("Spain", "España", "Catalonia", "Cataluña", "Andalucía"), "Portugal": ("Portugal",),
    "Italy": ("Italy", "Italia", "Lombardy", "Lombardia"), "Netherlands": ("Netherlands", "Nederland",
                                                                           "The Netherlands", "Holland"),
    "Belgium": ("Belgium", "België", "Belgique"), "Switzerland": ("Switzerland", "Schweiz", "Suisse"),
    "Austria": ("Austria", "Österreich"), "Poland": ("Poland", "Polska"), "Sweden": ("Sweden", "Sverige"),
    "Norway": ("Norway", "Norge"), "Denmark": ("Denmark", "Danmark"), "Finland": ("Finland", "Suomi"),
    "Turkey": ("Turkey", "Türkiye", "Turkiye"), "Greece": ("Greece",), "Egypt": ("Egypt",),
    "Nigeria": ("Nigeria",), "Ghana": ("Ghana",), "Kenya": ("Kenya",), "South Africa": ("South Africa",
                                                                                        "Gauteng", "Western Cape",
                                                                                        "Eastern Cape",
                                                                                        "Northern Cape",
                                                                                        "KwaZulu-Natal", "Limpopo",
                                                                                        "Mpumalanga"),
    "United Arab Emirates": ("United Arab Emirates", "UAE"), "Saudi Arabia": ("Saudi Arabia", "KSA"),
    "Brazil": ("Brazil", "Brasil"), "Argentina": ("Argentina",), "Chile": ("Chile",), "Colombia": ("Colombia",),
    "Peru": ("Peru", "Perú"), "Vietnam": ("Vietnam", "Viet Nam", "Việt Nam"), "Malaysia": ("Malaysia",),
    "Singapore": ("Singapore",), "Indonesia": ("Indonesia",), "Thailand": ("Thailand",),
    "Pakistan": ("Pakistan",), "Bangladesh": ("Bangladesh",), "Israel": ("Israel",),
    "Uruguay": ("Uruguay",), "Paraguay": ("Paraguay",), "Bolivia": ("Bolivia",), "Ecuador": ("Ecuador",),
    "Jamaica": ("Jamaica",), "Puerto Rico": ("Puerto Rico",), "Ethiopia": ("Ethiopia",), "Uganda": ("Uganda",),
    "Tanzania": ("Tanzania",), "Senegal": ("Senegal", "Sénégal"), "Côte d'Ivoire": ("Côte d'Ivoire", "Ivory Coast"),
    "Morocco": ("Morocco", "Maroc"), "Romania": ("Romania", "România"), "Ukraine": ("Ukraine",),
    "Czechia": ("Czechia", "Czech Republic"), "Hungary": ("Hungary", "Magyarország"), "Sri Lanka": ("Sri Lanka",),
    "Nepal": ("Nepal",), "Cambodia": ("Cambodia",), "Qatar": ("Qatar",), "Oman": ("Oman",), "Jordan": ("Jordan",),
    # The rest of the world's larger countries by their usual names. Names that are also towns elsewhere
    # ("Georgia", "Lebanon, PA", "Panama City", "Benin City", "Armenia, Quindío") are left out: a contact line
    # in "Benin City, Edo State" lives in Nigeria.
    "Taiwan": ("Taiwan", "臺灣", "台灣"), "Kuwait": ("Kuwait",), "Bahrain": ("Bahrain",), "Iraq": ("Iraq",),
    "Iran": ("Iran",), "Algeria": ("Algeria", "Algérie"), "Tunisia": ("Tunisia", "Tunisie"), "Libya": ("Libya",),
    "Lithuania": ("Lithuania", "Lietuva"), "Latvia": ("Latvia", "Latvija"), "Estonia": ("Estonia", "Eesti"),
    "Slovakia": ("Slovakia", "Slovensko"), "Slovenia": ("Slovenia", "Slovenija"), "Croatia": ("Croatia", "Hrvatska"),
    "Serbia": ("Serbia", "Srbija"), "Bulgaria": ("Bulgaria", "България"), "Cyprus": ("Cyprus",), "Malta": ("Malta",),
    "Luxembourg": ("Luxembourg",), "Iceland": ("Iceland", "Ísland"), "Russia": ("Russia", "Russian Federation"),
    "Belarus": ("Belarus",), "Kazakhstan": ("Kazakhstan",), "Azerbaijan": ("Azerbaijan",),
    "Uzbekistan": ("Uzbekistan",), "Myanmar": ("Myanmar", "Burma"), "Laos": ("Laos",), "Mongolia": ("Mongolia",),
    "Afghanistan": ("Afghanistan",), "Zimbabwe": ("Zimbabwe",), "Zambia": ("Zambia",), "Rwanda": ("Rwanda",),
    "Cameroon": ("Cameroon", "Cameroun"), "Botswana": ("Botswana",), "Namibia": ("Namibia",),
    "Mozambique": ("Mozambique", "Moçambique"), "Angola": ("Angola",), "Sudan": ("Sudan",), "Malawi": ("Malawi",),
    "Venezuela": ("Venezuela",), "Costa Rica": ("Costa Rica",), "Guatemala": ("Guatemala",),
    "Honduras": ("Honduras",), "El Salvador": ("El Salvador",), "Dominican Republic": ("Dominican Republic",),
    "Trinidad and Tobago": ("Trinidad and Tobago",), "Fiji": ("Fiji",), "Brunei": ("Brunei",),
    "Maldives": ("Maldives",), "Mauritius": ("Mauritius",), "Madagascar": ("Madagascar",),
    "Sierra Leone": ("Sierra Leone",), "Liberia": ("Liberia",), "Mali": ("Mali",), "Burkina Faso": ("Burkina Faso",),
    "Togo": ("Togo",), "Somalia": ("Somalia",), "Yemen": ("Yemen",), "Syria": ("Syria",),
    "Moldova": ("Moldova",), "Albania": ("Albania",), "North Macedonia": ("North Macedonia",),
    "Bosnia and Herzegovina": ("Bosnia and Herzegovina", "Bosnia"), "Montenegro": ("Montenegro",),
}  # fmt: skip
_COUNTRY_PATTERNS = {
    country: re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    for country, names in _COUNTRIES.items()
}
# Japanese prefectures and Korean districts written with their suffix: "Aichi-ken", "Gangnam-gu".
_SUFFIXED = (
    ("Japan", re.compile(r"\b[A-Z][a-z]+-(?:ken|fu)\b")),
    ("South Korea", re.compile(r"\b[A-Z][a-z]+-gu\b")),
)


def strip_countries(text: str) -> str:
    """The text with the country, state and region names taken out, each leaving a comma."""
    for rx in _COUNTRY_PATTERNS.values():
        text = rx.sub(",", text)
    return text


def countries_in(text: str) -> list[str]:
    """The countries a text names, first named first (case matters: "US" is a country, "us" is not)."""
    found = [(m.start(), country) for country, rx in _COUNTRY_PATTERNS.items() if (m := rx.search(text))]
    found += [(m.start(), country) for country, rx in _SUFFIXED if (m := rx.search(text))]
    return list(dict.fromkeys(country for _, country in sorted(found)))


_US_STATES = {
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY",
}  # fmt: skip
_STATE_NAMES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA", "Colorado": "CO",
    "Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID",
    "Illinois": "IL", "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
    "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN",
    "Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
    "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY", "North Carolina": "NC",
    "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR", "Pennsylvania": "PA",
    "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX",
    "Utah": "UT", "Vermont": "VT", "Virginia": "VA", "Washington": "WA", "West Virginia": "WV",
    "Wisconsin": "WI", "Wyoming": "WY",
}  # fmt: skip
# "Plymouth, MN", "Towson, MD 21286", and the state written out: "Harker Heights, Texas".
_STATE = re.compile(
    r",\s*(?:(?P<code>[A-Z]{2})\b(?!\s*-)|(?P<name>"
    + "|".join(sorted(_STATE_NAMES, key=len, reverse=True))
    + r")\b)"
)


def us_state(text: str) -> re.Match[str] | None:
    """The first US state written after a comma, by its code or its name."""
    return next((m for m in _STATE.finditer(text) if m["name"] or m["code"] in _US_STATES), None)


def state_code(m: re.Match[str]) -> str:
    """The two-letter code of a state found by `us_state`."""
    return _STATE_NAMES[m["name"]] if m["name"] else m["code"]


def places_only(line: str) -> bool:
    """ "Charlotte, North Carolina, United States": where a position was, which names no employer. A short
    line of parts between commas that ends in a country, a state or a place the tables know."""
    parts = [p.strip() for p in line.split(",")]
    if re.search(r"\d", line) or len(line.split()) > 7:
        return False
    last = parts[-1]
    state = len(parts) > 1 and re.fullmatch(r"[A-Z]{2}", last)
    return bool(countries_in(last) or _cities_in(last) or state)


def place_names_only(line: str) -> bool:
    """ "Lyon, France" under the name at the top: each part between commas the whole name of a town or a
    country, so the line names no employer ("Leeds City Council, Leeds" and "Acme Corp, Lyon, France" do)."""
    from interviewer.interview.gazetteer import _towns  # the tables load on first use

    parts = [p.strip() for p in line.split(",") if p.strip()]
    towns = _towns()
    return bool(parts) and all(p.lower() in towns or countries_in(p) == [p] for p in parts)
