"""A small bundled lexicon: places, well-known organisations, aliases and capitalised non-names."""

from __future__ import annotations

COUNTRIES = """Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus
Belgium Bolivia Bosnia Botswana Brazil Bulgaria Cambodia Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus
Denmark Ecuador Egypt Estonia Ethiopia Finland France Georgia Germany Ghana Greece Guatemala Haiti Honduras Hungary
Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kosovo Kuwait Latvia
Lebanon Libya Lithuania Luxembourg Malaysia Mali Malta Mexico Moldova Mongolia Morocco Mozambique Myanmar Namibia Nepal
Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Panama Paraguay Peru Philippines Poland Portugal Qatar Romania
Russia Rwanda Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania
Thailand Tunisia Turkey Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Yemen Zambia Zimbabwe""".split() + [
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
Asia Africa Antarctica Wall Street Silicon Valley""".split() + [
    "New York", "Los Angeles", "San Francisco", "Hong Kong", "New Delhi", "Mexico City", "Tel Aviv", "Abu Dhabi",
    "Kuala Lumpur", "Buenos Aires", "Sao Paulo", "Rio de Janeiro", "Cape Town", "Las Vegas", "Silicon Valley",
    "Wall Street", "Middle East", "Latin America", "North America", "South America", "Southeast Asia", "Taiwan Strait",
    "South China Sea", "New Jersey", "North Carolina", "South Carolina", "West Virginia",
]
PLACES = frozenset(COUNTRIES + CITIES)
ORGANIZATIONS = frozenset(
    """Reuters Bloomberg AP AFP Xinhua BBC CNN Fox NBC CBS ABC Nvidia Apple Google Alphabet Microsoft Amazon Meta
    Facebook Tesla Intel AMD Qualcomm Samsung Huawei Alibaba Tencent ByteDance Baidu Xiaomi TSMC OpenAI Anthropic IBM
    Oracle Netflix Uber Boeing Airbus Toyota Volkswagen Sony Pfizer Moderna NASA NATO IMF OPEC WHO FBI CIA Pentagon
    Congress Senate Parliament Kremlin SEC Fed ECB UN EU""".split()
    + ["White House", "World Bank", "Federal Reserve", "European Union", "United Nations", "European Commission",
       "Supreme Court", "Goldman Sachs", "Morgan Stanley", "JPMorgan Chase", "Associated Press", "New York Times",
       "Wall Street Journal", "Financial Times", "Washington Post", "World Health Organization"]
)
ALIASES = {
    "U.S.": "United States", "US": "United States", "U.S.A.": "United States", "USA": "United States",
    "America": "United States", "United States of America": "United States",
    "U.K.": "United Kingdom", "UK": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "E.U.": "European Union", "EU": "European Union", "U.N.": "United Nations", "UN": "United Nations",
    "Fed": "Federal Reserve", "UAE": "United Arab Emirates", "PRC": "China", "People's Republic of China": "China",
    "Kiev": "Kyiv", "NYC": "New York", "Alphabet": "Google", "Facebook": "Meta",
}
ORGANIZATION_SUFFIXES = frozenset(
    """Inc Corp Corporation Co Ltd LLC PLC Plc Group Holdings Bank Agency Ministry Department University Institute
    Association Council Commission Committee Authority Administration Party Foundation Fund Capital Partners Ventures
    Technologies Systems Labs Motors Airlines Airways Energy Oil Pharmaceuticals Media News Times Post Journal Court
    Office Service Services Organization Organisation Federation Union Club Society Exchange Board Bureau""".split()
)
PERSON_TITLES = frozenset(
    """CEO chief executive President president Prime Minister minister Chairman chairman Chairwoman founder Mr Mr. Mrs
    Mrs. Ms Ms. Dr Dr. Sen. Senator Rep. Gov. Governor Secretary secretary spokesman spokeswoman spokesperson analyst
    director Director General Gen. Judge judge Justice Officer officer economist CFO COO CTO chairperson King Queen
    Prince Pope Mayor mayor Sir Lady Lord Professor Prof. Coach coach Coroner Sheriff Attorney Prosecutor Representative
    Premier Chancellor Commissioner Inspector Detective Sergeant Sgt Sgt. Constable Marshal Marshall Admiral Colonel Col.
    Captain Capt. Lieutenant Lt Lt. Corporal Cpl. Deputy Ambassador Envoy Spokesman Spokeswoman Vice""".split()
)
COMMON_CAPITALISED = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December AI CEO CFO COO CTO GDP IPO ETF Q&A FAQ FAQs TL;DR OK TV PM AM GMT UTC EST
    Chinese American British European Japanese Korean Indian Russian German French Italian Spanish Canadian Australian
    Mexican Brazilian Israeli Iranian Saudi Turkish Ukrainian Taiwanese African Asian Western Eastern Northern Southern
    Domestic Additional Previous Major Summary Yes No Internet Mr Mrs Ms Dr According Analysts Officials Authorities
    Government Regulators Investors Companies Sources People Users Customers Several Further Why Key Last Next First
    Second Third Recently Today Yesterday Tomorrow Earlier Later Until Because Following Under Delivering Allowing
    Easing Balancing Implications Supply Demand Conditional Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue
    Tues Wed Thu Thur Thurs Fri Sat Sun""".split()
)
