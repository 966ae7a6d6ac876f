"""A small bundled lexicon: places, well-known organisations, aliases and capitalised non-names."""

from __future__ import annotations

import re

COUNTRIES = """Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus
Belgium Bolivia Bosnia Botswana Brazil Bulgaria Cambodia Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus
Denmark Ecuador Egypt Estonia Ethiopia Finland France Georgia Germany Ghana Greece Guatemala Haiti Honduras Hungary
Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kosovo Kuwait Latvia
Lebanon Libya Lithuania Luxembourg Malaysia Mali Malta Mexico Moldova Mongolia Morocco Mozambique Myanmar Namibia Nepal
Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Panama Paraguay Peru Philippines Poland Portugal Qatar Romania
Russia Rwanda Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania
Thailand Tunisia Turkey Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Yemen Zambia Zimbabwe Andorra Antigua Bahamas
Barbados Belize Benin Bhutan Brunei Burundi Comoros Czechia Djibouti Dominica Eritrea Eswatini Fiji Gabon Gambia Grenada
Guyana Kiribati Kyrgyzstan Laos Lesotho Liberia Liechtenstein Madagascar Malawi Maldives Mauritania Mauritius Micronesia
Monaco Montenegro Burma Nauru Palau Palestine Samoa Seychelles Suriname Tajikistan Togo Tonga Trinidad Tobago Turkmenistan
Tuvalu Vanuatu Greenland""".split() + [
    "Burkina Faso", "Papua New Guinea", "Equatorial Guinea", "Sierra Leone", "Cape Verde", "San Marino", "East Timor",
    "United States", "United Kingdom", "South Korea", "North Korea", "South Africa", "Saudi Arabia", "New Zealand",
    "United Arab Emirates", "Czech Republic", "Sri Lanka", "Hong Kong", "Ivory Coast", "Costa Rica", "El Salvador",
]
CITIES = """Beijing Shanghai Shenzhen Guangzhou Tokyo Osaka Seoul Taipei Delhi Mumbai Bangalore Karachi Dhaka Jakarta
Manila Bangkok Hanoi Singapore Sydney Melbourne London Paris Berlin Madrid Rome Milan Vienna Brussels Amsterdam Geneva
Zurich Stockholm Oslo Copenhagen Helsinki Warsaw Prague Budapest Athens Istanbul Ankara Moscow Kyiv Kiev Minsk Dubai
Riyadh Doha Tehran Baghdad Jerusalem Cairo Lagos Abuja Nairobi Johannesburg Washington Ottawa Toronto Montreal
Vancouver Chicago Boston Houston Dallas Atlanta Miami Seattle Denver Detroit Philadelphia Brasilia Lima Bogota Santiago
Caracas Havana Frankfurt Munich Dublin Edinburgh Manchester Liverpool Birmingham Lisbon Barcelona Wuhan Chengdu Macau
Brooklyn Manhattan Virginia California Texas Florida Ohio Michigan Arizona Colorado Oregon Georgia Alaska Hawaii Europe
Asia Africa Antarctica""".split() + [
    "New York", "Los Angeles", "San Francisco", "Hong Kong", "New Delhi", "Mexico City", "Tel Aviv", "Abu Dhabi",
    "Kuala Lumpur", "Buenos Aires", "Sao Paulo", "Rio de Janeiro", "Cape Town", "Las Vegas", "Silicon Valley",
    "Wall Street", "Middle East", "Latin America", "North America", "South America", "Southeast Asia", "Taiwan Strait",
    "South China Sea", "New Jersey", "North Carolina", "South Carolina", "West Virginia",
]
US_STATES = """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin
Wyoming""".split() + [
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island",
    "South Carolina", "South Dakota", "West Virginia",
]
REGIONS = """England Scotland Wales Britain Europe Asia Africa Antarctica Australia Oceania Arctic Atlantic Pacific
Caribbean Scandinavia Balkans Siberia Kashmir Crimea Gaza Sinai Tibet Xinjiang Catalonia Bavaria Quebec Ontario
Yorkshire Lancashire Cornwall Essex Surrey Sussex Norfolk Suffolk Cumbria Merseyside Hampshire Midlands Humber
Queensland Punjab Sichuan Guangdong Normandy Tuscany Lombardy Andalusia Provence Alberta Kerala Bengal Hokkaido
Patagonia Darfur Donbas Kurdistan Chechnya Somaliland Tahiti Kent Somerset Devon Dorset Wiltshire Gloucestershire
Oxfordshire Berkshire Buckinghamshire Hertfordshire Bedfordshire Cambridgeshire Northamptonshire Leicestershire
Nottinghamshire Derbyshire Staffordshire Shropshire Cheshire Worcestershire Warwickshire Lincolnshire Northumberland
Herefordshire Fife Ayrshire Lanarkshire Aberdeenshire Gwynedd Powys Pembrokeshire Tyneside Teesside
Earth Moon Venus Jupiter Saturn Neptune Himalayas Alps Andes Pyrenees Rockies Urals Sahara""".split() + [  # and the worlds news names as places ("the Moon's south pole")
    "Northern Ireland", "Great Britain", "Central America", "East Africa", "West Africa", "North Africa", "West Bank",
    "Gulf of Mexico", "Persian Gulf", "Horn of Africa", "West Midlands", "East Anglia", "British Columbia", "New South Wales",
]
WORLD_CITIES = """Accra Addis Algiers Amman Baku Beirut Belgrade Bern Bratislava Bucharest Damascus Dakar Harare Islamabad
Kabul Kampala Kathmandu Khartoum Kinshasa Lahore Luanda Lusaka Managua Maputo Minsk Mogadishu Muscat Nicosia Quito
Rabat Reykjavik Riga Sanaa Sarajevo Skopje Sofia Tallinn Tashkent Tbilisi Tirana Tripoli Tunis Ulaanbaatar Vilnius
Yerevan Zagreb Hamburg Cologne Marseille Lyon Naples Turin Valencia Seville Porto Glasgow Leeds Bristol Sheffield
Belfast Cardiff Newcastle Oxford Cambridge Nottingham Leicester Brisbane Perth Adelaide Auckland Wellington Calgary
Phoenix Austin Nashville Portland Baltimore Pittsburgh Cleveland Cincinnati Milwaukee Minneapolis Orlando Tampa
Charlotte Sacramento Honolulu Chennai Kolkata Hyderabad Pune Ahmedabad Chongqing Tianjin Nanjing Hangzhou Kyoto
Yokohama Busan Ho Chi Minh Yangon Phnom Penh Colombo Tehran Mosul Aleppo Homs Basra Benghazi Jeddah Mecca Medina
Kandahar Odessa Kharkiv Donetsk Lviv Gdansk Krakow Rotterdam Antwerp Marrakech Casablanca Alexandria Giza Luxor
Durban Pretoria Mombasa Kigali Havana Montevideo Medellin Cali Guadalajara Monterrey Tijuana Juarez Recife Pyongyang
Canberra Southampton Brighton Raqqa Odesa Mariupol Kherson Zaporizhzhia Bakhmut Bamako Niamey Ouagadougou""".split() + [
    "Addis Ababa",
    "St. Petersburg", "Rio de Janeiro", "Ho Chi Minh City", "Kuwait City", "Panama City", "Guatemala City",
    "Salt Lake City", "San Diego", "San Antonio", "San Jose", "New Orleans", "St. Louis", "Kansas City",
]
PLACES = frozenset(COUNTRIES + CITIES + US_STATES + REGIONS + WORLD_CITIES) - {"Ho", "Chi", "Minh", "Phnom", "Penh", "Cali"}
ORGANIZATIONS = frozenset(
    """Reuters Bloomberg AP AFP Xinhua BBC CNN Fox NBC CBS ABC Nvidia Apple Google Alphabet Microsoft Amazon Meta
    Facebook Tesla Intel AMD Qualcomm Samsung Huawei Alibaba Tencent ByteDance Baidu Xiaomi TSMC OpenAI Anthropic IBM
    Oracle Netflix Uber Boeing Airbus Toyota Volkswagen Sony Pfizer Moderna NASA NATO IMF OPEC WHO FBI CIA Pentagon
    Congress Senate Parliament Kremlin SEC Fed ECB UN EU""".split()
    + ["White House", "World Bank", "Federal Reserve", "European Union", "United Nations", "European Commission",
       "Supreme Court", "Goldman Sachs", "Morgan Stanley", "JPMorgan Chase", "Associated Press", "New York Times",
       "Wall Street Journal", "Financial Times", "Washington Post", "World Health Organization"]
    # clubs whose names read as a person's or a place's
    + ["Aston Villa", "West Ham", "West Brom", "Crystal Palace", "Real Madrid", "Atletico Madrid", "Bayern Munich",
       "Borussia Dortmund", "Inter Milan", "AC Milan", "Paris Saint-Germain", "Nottingham Forest", "Sheffield Wednesday"]
    # armed and political movements news names often
    + ["Islamic State", "Hamas", "Hezbollah", "Taliban", "Boko Haram", "Al-Shabaab", "Houthis", "ISIS", "ISIL",
       "Muslim Brotherhood", "Wagner Group"]
    # political parties, by the names news gives them alone
    + "Labour Tories Conservatives Democrats Republicans SNP Ukip DUP Likud".split()
    + ["Lib Dem", "Lib Dems", "Liberal Democrat", "Liberal Democrats", "Reform UK", "Plaid Cymru", "Sinn Fein", "Sinn Féin"]
    # media, platforms, companies and public bodies news names alone (none a common word: not "Shell", "Visa", "Next";
    # nor a sponsor's name before a league's: "Barclays Premier League")
    + """ITV MSNBC CNBC ESPN HBO Politico Axios MailOnline Instagram Twitter TikTok YouTube WhatsApp Snapchat Reddit
    LinkedIn Spotify Disney Walmart Tesco Asda Aldi Lidl HSBC NatWest Santander Citigroup Mastercard PayPal Nike
    Adidas Starbucks Coca-Cola PepsiCo Unilever Nestle GSK AstraZeneca Novartis Siemens BMW Ryanair EasyJet Lufthansa
    Qantas FIFA UEFA IOC Interpol Europol NSA CDC FDA EPA FAA NTSB TSA MI5 MI6 GCHQ Ofcom Ofsted Ofgem OECD WTO Oxfam
    Greenpeace UNICEF UNHCR NHS Al-Qaeda""".split()
    + ["Al Jazeera", "Sky News", "Channel 4", "Daily Mail", "Red Cross", "Amnesty International", "Human Rights Watch",
       "Football Association", "Met Police", "Scotland Yard", "Al Qaeda"]
)
ALIASES = {
    "U.S.": "United States", "US": "United States", "U.S.A.": "United States", "USA": "United States",
    "America": "United States", "United States of America": "United States",
    "U.K.": "United Kingdom", "UK": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "E.U.": "European Union", "EU": "European Union", "U.N.": "United Nations", "UN": "United Nations",
    "Fed": "Federal Reserve", "UAE": "United Arab Emirates", "PRC": "China", "People's Republic of China": "China",
    "Kiev": "Kyiv", "NYC": "New York", "Alphabet": "Google", "Facebook": "Meta",
    "Lib Dem": "Liberal Democrats", "Lib Dems": "Liberal Democrats", "Liberal Democrat": "Liberal Democrats",
}
ORGANIZATION_SUFFIXES = frozenset(
    """Inc Corp Corporation Co Ltd LLC PLC Plc Group Holdings Bank Agency Ministry Department University Institute
    Association Council Commission Committee Authority Administration Party Foundation Fund Capital Partners Ventures
    Technologies Systems Labs Motors Airlines Airways Energy Oil Pharmaceuticals Media News Times Post Journal Court
    Office Service Services Organization Organisation Federation Union Club Society Exchange Board Bureau""".split()
)
_DEMONYM_ADJECTIVES = """Afghan Albanian Algerian American Argentine Argentinian Armenian Australian Austrian Bangladeshi
Belgian Bolivian Brazilian British Bulgarian Cambodian Canadian Chilean Chinese Colombian Congolese Croatian Cuban Czech
Danish Dutch Ecuadorian Egyptian English Ethiopian European Filipino Finnish French Georgian German Ghanaian Greek Haitian
Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Jamaican Japanese Jordanian Kenyan Korean
Kuwaiti Lebanese Libyan Lithuanian Malaysian Mexican Moroccan Nepalese Nigerian Norwegian Pakistani Palestinian
Peruvian Polish Portuguese Qatari Romanian Russian Rwandan Saudi Scottish Serbian Singaporean Somali Spanish Sudanese
Swedish Swiss Syrian Taiwanese Thai Tunisian Turkish Ugandan Ukrainian Venezuelan Vietnamese Welsh Yemeni Zimbabwean
African Asian Arab Latino Hispanic Muslim Christian Jewish Catholic Protestant Buddhist Hindu Islamist Sunni Shia
Shiite Kurdish Briton Westerner Ivorian Senegalese Cameroonian Malian Tanzanian Zambian Angolan Mozambican
Namibian Botswanan Eritrean Burmese Nepali Laotian Mongolian Kazakh Uzbek Azerbaijani Belarusian Estonian
Latvian Slovak Slovenian Slovakian Bosnian Macedonian Montenegrin Kosovan Cypriot Maltese Emirati Omani Bahraini
Paraguayan Uruguayan Panamanian Salvadoran Guatemalan Honduran Nicaraguan Dominican Trinidadian Bahamian Fijian Samoan
Tongan Scandinavian Persian Pashtun Tamil Sikh Yazidi Alawite Druze Maori Aboriginal Inuit Kiwi""".split()
# Nouns for one person of a nation, and their plurals ("a Frenchman", "two Spaniards").
_DEMONYM_NOUNS = """Frenchman Frenchwoman Englishman Englishwoman Irishman Irishwoman Scotsman Scotswoman Welshman Welshwoman
Dutchman Dutchwoman Spaniard Frenchmen Englishmen Irishmen Scotsmen Welshmen Dutchmen Spaniards Brits Swedes Danes Poles
Turks Finns Scots Serb Serbs Croat Croats Brit Scot Filipina Filipinos Argentines""".split()
_TWO_WORD_DEMONYMS = [
    "South African", "North Korean", "South Korean", "Sri Lankan", "Saudi Arabian", "Costa Rican", "Puerto Rican",
    "New Zealander", "Northern Irish", "South Sudanese", "Sierra Leonean", "Latin American", "Native American",
]
# Nationalities and other group names, as adjectives and as nouns ("Egyptian", "Egyptians", "Frenchman").
DEMONYMS = frozenset(
    _DEMONYM_ADJECTIVES
    + [w + "s" for w in _DEMONYM_ADJECTIVES if w[-1] in "nir" and w[-2:] != "sh"]
    + ["Arabs"]
    + _DEMONYM_NOUNS
    + [f"{pair}{plural}" for pair in _TWO_WORD_DEMONYMS for plural in ("", "s")]
)
# Words that head an organisation's name, before or after the words that make it particular.
ORGANIZATION_HEADS = ORGANIZATION_SUFFIXES | frozenset(
    """Center Centers Centre Centres Institute Institutes Museum Hospital Healthcare Festival League School College
    Academy Church Trust Alliance Coalition Network Program Programme Conference Forum Initiative Laboratory
    Observatory Police Army Navy Corps Force Forces Guard Prize Award Awards Games Cup Championship Championships
    Department Ministry Agency Division Unit Units Station Clinic Library Orchestra Theatre Theater Gallery Prison
    Front Records Jail Management International Industries Solutions Studios Entertainment Pictures Productions
    Brewery Institution Foundation Commission Council Committee Board Service Authority Patrol
    Campaign Partnership Movement Project Mission Tribunal Panel Treasury Embassy Consulate Parliament Command Herald
    Examiner Gazette Chronicle Tribune Telegraph Mirror Observer Guardian Executive Sport Sports Survey Team Squad Taskforce System Economics Consulting Consultancy Research Analytics Securities Advisors Advisers Investments Insurance Ratings""".split()
)
# Words that end a place's name ("Queen Mother Square", "Abbey Road") and few people's (not "Lane", "Bay",
# "Bridge", "Lake" or "Castle": "Chris Lane", "Michael Bay", "Wayne Bridge").
PLACE_HEADS = frozenset(
    """Square Street Road Avenue Boulevard Drive Terrace Crescent Park Gardens Airport Stadium Palace Tower Harbour
    Harbor Island Islands Valley Mountain Mountains River Beach Estate House Sea Ocean Strait Canal Desert Peninsula
    Pass Springs Canyon Basin Reservoir Glacier Coast Heights Lagoon Plaza Motorway Highlands Lowlands Hills Moors Dales
    Isles Falls Lakes District Quarter Village Common Area Abbey Arena Cathedral Mosque Synagogue Basilica""".split()
)
# Words that end an event's or a law's name ("the Falklands War", "the Arab Spring", "the Affordable Care Act").
EVENT_HEADS = frozenset(
    """War Wars Spring Revolution Uprising Crisis Massacre Riots Olympics Election Elections Referendum Summit Treaty
    Accord Agreement Act Scandal Marathon Show Expo Olympiad Tour""".split()
)
# Given names common in news, English-speaking and beyond: a name of one word that is one of them is a person's
# ("his wife Donna", "Sarah said"), not an organisation's, when nothing else tells its kind.
GIVEN_NAMES = frozenset(
    """Aaron Adam Adrian Aidan Alan Albert Alex Alexander Alexandra Alice Alison Amanda Amber Amy Andrew Andy Angela
    Anna Anne Annie Anthony Antonio Ashley Barbara Ben Benjamin Beth Betty Bill Billy Bob Bobby Brandon Brian Bruce
    Carl Carlos Carol Caroline Catherine Charles Charlie Chloe Chris Christina Christine Christopher Claire Colin Connor
    Craig Daniel Danny Dave David Debbie Deborah Dennis Diana Diane Donald Donna Dorothy Douglas Dylan Ed Eddie Edward
    Eleanor Elizabeth Ella Ellie Emily Emma Eric Erin Ethan Eugene Eva Fiona Frances Francesca Frank Fred Gary Gavin
    Gemma Geoffrey George Gerald Gordon Graham Grant Greg Hannah Harry Heather Heidi Helen Henry Holly Howard Hugh Ian
    Isabel Isabella Jack Jacob Jake James Jamie Jane Janet Jason Jean Jeff Jennifer Jenny Jeremy Jessica Jill Jim Jimmy
    Joan Joanne Joe John Johnny Jonathan Joseph Josh Joshua Joyce Juan Judith Judy Julia Julie Justin Karen Kate
    Katherine Kathleen Kathryn Katie Keith Kelly Kenneth Kevin Kieran Kim Kyle Laura Lauren Leah Lee Liam Linda Lisa
    Louise Lucy Luis Luke Lydia Madeleine Maria Marie Marilyn Mark Martha Martin Mary Matt Matthew Megan Melissa
    Michael Michelle Mike Molly Nancy Natalie Nathan Neil Nicholas Nick Nicola Nicole Noah Oliver Olivia Owen Pamela
    Patricia Patrick Paul Paula Peter Philip Phillip Rachel Ralph Rebecca Richard Rob Robert Robin Roger Ronald Ruth
    Ryan Sally Sam Samantha Samuel Sandra Sara Sarah Scott Sean Sharon Shirley Simon Sophie Stephanie Stephen Steve
    Steven Stuart Susan Teresa Terry Thomas Tim Timothy Tina Todd Tom Tony Tracy Victoria William Zoe Ahmed Ali
    Fatima Mohammed Muhammad Omar Hassan Hussein Ivan Olga Sergei Vladimir Pierre Jacques Hans Klaus Giuseppe Marco
    Pedro Jose Miguel Carmen Ana Wei Li Hiroshi Raj Priya Louis Hugo Leo Max Felix Irving Lewis Ruby Jessie
    Woody Rusty Sandy Dusty Sunny Randy""".split()
)
# Titles before a person's name, a sports role and a religious or a noble one among them (a caption's "West Brom Boss
# Nigel Pearson", "Sister Gertrud Tiefenbacher").
PERSON_TITLES = frozenset(
    """CEO chief executive Executive Recorder President president Minister minister Chairman chairman Chairwoman founder Mr Mr. Mrs
    Mrs. Ms Ms. Dr Dr. Sen. Senator Rep. Gov. Governor Secretary secretary spokesman spokeswoman spokesperson analyst
    director Director General Gen. Judge judge Justice Officer officer economist CFO COO CTO chairperson King Queen
    Prince Pope Mayor mayor Sir Lady Lord Professor Prof. Miss Coach coach Coroner Sheriff Attorney Prosecutor Representative
    Premier Chancellor Commissioner Inspector Detective Sergeant Sgt Sgt. Constable Marshal Marshall Admiral Colonel Col.
    Captain Capt. Lieutenant Lt Lt. Corporal Cpl. Deputy Ambassador Envoy Spokesman Spokeswoman Vice
    Boss Manager Striker Defender Midfielder Goalkeeper Keeper Winger Skipper Rev Rev. Reverend Archbishop Rabbi Imam Sheikh
    Dame Baroness Countess Duchess Sister MP MEP MSP MLA GP Speaker Maj Maj. Brig Brig. Gen Col Cdr Cmdr Supt Insp Det Det.
    PC DS DI DCI Leader Chair Spc Spc. Pfc Pfc. Pvt Pvt. Cpl Airman Seaman Trooper Patrolman Superintendent
    Firefighter Councillor Cllr Cllr. Alderman Highness Majesty Excellency Holiness Director-General Secretary-General
    Attorney-General Solicitor-General Governor-General Inspector-General""".split()
)
# Groups news names in the plural, capitalised to open a sentence ("Critics of the plan") or inside a name ("Football
# Supporters Federation", "Lawful Permanent Residents").
GROUP_PLURALS = frozenset(
    """Critics Experts Residents Witnesses Protesters Supporters Opponents Researchers Scientists Campaigners Lawmakers
    Economists Shoppers Voters""".split()
)
COMMON_CAPITALISED = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays
    Sundays January February March April May June July August
    September October November December AI CEO CFO COO CTO GDP IPO ETF Q&A FAQ FAQs TL;DR OK TV PM AM GMT UTC EST
    Western Eastern Northern Southern AD BC
    Domestic Additional Previous Major Summary Yes No Internet Mr Mrs Ms Dr According Analysts Officials Authorities
    Government Regulators Investors Companies Sources People Users Customers Several Further Why Key Last Next First
    Second Third Recently Today Yesterday Tomorrow Earlier Later Until Because Following Under Delivering Allowing
    Easing Balancing Implications Supply Demand Conditional Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue
    Tues Wed Thu Thur Thurs Fri Sat Sun""".split()
) | GROUP_PLURALS

# A market quote's code, no name nor a subject: ".DJI", "<TSLA.O>", "US10YT=RR", "EUR=".
QUOTE_CODE = re.compile(r"(?<![\w.])\.[A-Z][A-Z0-9]{1,6}\b|<[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?>|\b[A-Z0-9]{2,10}(?:\.[A-Z]{1,3})?=[A-Z]{0,3}")
