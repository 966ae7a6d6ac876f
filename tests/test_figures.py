"""Key figures on sentences of news: values, units, qualifiers, subjects, and what is not a figure."""

import pytest
from extract_helpers import briefing_of, figures_of
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.model.briefing import FigureKind


def _approx(expected: list[tuple]) -> list[tuple]:
    """Expected (text, value, unit, qualifier) figures, their values compared within float precision."""
    return [(t, pytest.approx(v), u, q) for t, v, u, q in expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Regulators approved more than 400,000 units last month.", [("more than 400,000 units", 400000, "units", "more than")]),
        ("Buyers placed orders exceeding two million H200 chips.", [("exceeding two million H200 chips", 2e6, "chips", "more than")]),
        ("The chip delivers roughly six times the performance of its rival.", [("roughly six times the performance", 6, "times", "about")]),
        ("The startup raised $48.2 million from investors on Monday.", [("$48.2 million", 48.2e6, "USD", None)]),
        ("The utility will spend EUR 3bn on new grids.", [("EUR 3bn", 3e9, "EUR", None)]),
        ("The program costs 1.5 trillion yuan over a decade.", [("1.5 trillion yuan", 1.5e12, "CNY", None)]),
        ("Exports fell 3.5 percentage points in March.", [("3.5 percentage points", 3.5, "percentage points", None)]),
        ("Between 20 and 30 people were injured in the crash.", [("Between 20 and 30 people", None, "people", "between")]),
        ("The plant employs up to 2,000 workers.", [("up to 2,000 workers", 2000, "workers", "up to")]),
        ("Analysts see C$2.5 billion in savings.", [("C$2.5 billion", 2.5e9, "CAD", None)]),
        ("Tickets cost 12 dollars and 50 cents each.", [("12 dollars and 50 cents", 12.5, "USD", None)]),
        ("Only one in five adults voted.", [("one in five adults", 0.2, "adults", None)]),
        ("She has lost nearly 20lbs since the spring.", [("nearly 20lbs", 20, "pounds", "about")]),
        ("The 6ft lock forward was carried off at 70mph.", [("6ft", 6, "feet", None), ("70mph", 70, "mph", None)]),
        ("The tool sampled 320,000 of Mrs. Clinton's followers.", [("320,000 of Mrs. Clinton's followers", 320_000, "followers", None)]),
        ("It found 12 of Dr Patel's patients.", [("12 of Dr Patel's patients", 12, "patients", None)]),
        ("As many as 911 people were hurt.", [("As many as 911 people", 911, "people", "up to")]),
        ("Apple's $999 phone sold out.", [("$999", 999, "USD", None)]),
        ("The bank offers a zero per cent loan.", [("zero per cent", 0, "percent", None)]),
        ("Zero people died in the fire.", [("Zero people", 0, "people", None)]),
        ("'57 people died,' he said.", [("57 people", 57, "people", None)]),
        ("She is the mother of four children.", [("four children", 4, "children", None)]),
        ("The toll rose to 11. Police fear it will rise.", [("11", 11, None, None)]),
        ("Pupils aged 9-11 took part in the study.", [("9-11", None, "years old", "between")]),
        ("An 83 year-old woman and a man aged 90 were moved.", [("83 year-old", 83, "years old", None), ("90", 90, "years old", None)]),
        ("The oak is 300 years old, the council said.", [("300 years old", 300, "years old", None)]),
        ("She slimmed down to 12.5st after losing more than seven stone.", [("12.5st", 12.5, "stone", None), ("more than seven stone", 7, "stone", "more than")]),
        ("He died at home on Sunday, his family said. He was 88.", [("88", 88, "years old", None)]),
        ("When I was 12, we moved to the coast with my aunt.", [("12", 12, "years old", None)]),
        ("Saved as a baby in 1984, she is now 40 and a nurse herself.", [("40", 40, "years old", None)]),
        ("He was 17 points clear, and I was 12th at the line.", [("17 points", 17, "points", None), ("12th", 12, "place", None)]),
        ("The win moved Sunderland up to 15th in the league table.", [("15th", 15, "place", None)]),
        ("He will serve his three-to-10-year sentence at a new prison.", [("three-to-10-year", None, "years", "between")]),
        ("He would come home for two or three days and then go back.", [("two or three days", None, "days", "between")]),
        ("The fare is 2 or 10 dollars, by the hour.", [("2", 2, "USD", None), ("10 dollars", 10, "USD", None)]),
        ("The alarm went off 3 or 4 times before dawn.", [("3 or 4 times", None, "times", "between")]),
        ("The men were jailed for 5, 7, and 9 years.", [("5", 5, "years", None), ("7", 7, "years", None), ("9 years", 9, "years", None)]),
        ("He scored 2, and 3 players were booked.", [("2", 2, None, None), ("3 players", 3, "players", None)]),
        ("Up to 30 or 40 people were hurt in the crush.", [("Up to 30 or 40 people", None, "people", "up to")]),
        ("A quarter of a million people signed, and a quarter of the staff left.", [("A quarter of a million people", 250_000, "people", None), ("a quarter", 0.25, "staff", None)]),
        ("The hearing lasted two-and-a-half hours.", [("two-and-a-half hours", 2.5, "hours", None)]),
        ("She ran four-and-a-half miles, then rested.", [("four-and-a-half miles", 4.5, "miles", None)]),
        ("He was paid one-and-a-half million dollars.", [("one-and-a-half million dollars", 1.5e6, "USD", None)]),
        ("The fund holds one billion and a half million dollars.", [("one billion and a half million dollars", 1_000_500_000, "USD", None)]),
        ("The firm is worth five billion and three quarters.", [("five billion and three quarters", 5.75e9, None, None)]),
        ("They counted six million and two thirds of a crop.", [("six million and two thirds", 6e6 + 2e6 / 3, "crop", None)]),
        ("It took two and three quarters hours.", [("two and three quarters hours", 2.75, "hours", None)]),
        ("Two-thirds of a million people fled the city.", [("Two-thirds of a million people", 2e6 / 3, "people", None)]),
        ("The fund lost three quarters of a billion dollars.", [("three quarters of a billion dollars", 7.5e8, "USD", None)]),
        ("Three quarters of the voters agreed.", [("Three quarters of the voters", 0.75, "voters", None)]),
        ("Rates rose half a percentage point.", [("half a percentage point", 0.5, "percentage points", None)]),
        ("Growth slowed by three-quarters of a percentage point.", [("three-quarters of a percentage point", 0.75, "percentage points", None)]),
        ("Prices rose by a quarter of one per cent.", [("a quarter of one per cent", 0.25, "percent", None)]),
        ("The bank made a quarter-point cut.", [("a quarter-point", 0.25, "points", None)]),
        ("He finished half a point behind the leader.", [("half a point", 0.5, "points", None)]),
        ("It was a third point of contention.", []),
        ("A 29-minute video of the strike emerged.", [("29-minute", 29, "minutes", None)]),
        ("A 6.1-magnitude quake hit the coast.", [("6.1-magnitude", 6.1, "magnitude", None)]),
        ("A 500-MW plant and a 10-mph limit.", [("500-MW", 500, "MW", None), ("10-mph", 10, "mph", None)]),
        ("He took a 5-mg dose daily.", [("5-mg", 5, "mg", None)]),
        ("A 20-knot wind blew all night.", [("20-knot", 20, "knots", None)]),
        ("He bought the 7-Eleven store.", []),
        ("The 10-man side got a three-match ban.", [("10-man", 10, "man", None), ("three-match", 3, "matches", None)]),
        ("They played the gambling game two-up on Anzac Day.", []),
        ("Contact Samaritans on 116 123 at any hour.", []),
        ("Contact Samaritans on 116 123.", []),
        ("He was hurt on a crowded rush-hour 6 train and took the 73 bus home.", []),
        ("The 5 bus drivers struck.", [("5 bus drivers", 5, "drivers", None)]),
        ("Lane (left and right), 22, from Melbourne, was shot.", [("22", 22, "years old", None)]),
        ("Some three dozen police officers and 50 staff members came.", [("Some three dozen police officers", 36, "officers", "about"), ("50 staff members", 50, "members", None)]),
        ("The two men police arrested were freed.", [("two men", 2, "men", None)]),
        ("He made the last of his eight Masters appearances in 2012.", [("eight Masters appearances", 8, "appearances", None)]),
        ("Name: John Smith. Age: 71. Height: 6ft", [("71", 71, "years old", None), ("6ft", 6, "feet", None)]),
        ("The flat sold for £1 000 000.", [("£1 000 000", 1e6, "GBP", None)]),
        ("The 4x4 crashed into 2x4 timber after the 4x100m relay.", []),
        ("In 2015 200 people died, and 100 000 people marched.", [("200 people", 200, "people", None), ("100 000 people", 100_000, "people", None)]),
        ("In fact, six of Herrera's seven goals came from outside the box.", [("six of Herrera's seven goals", 6, "goals", None)]),
        ("JetBlue only operates in 10 of the top 25 markets.", [("10 of the top 25 markets", 10, "markets", None)]),
        ("The crowd sang the World War Two favourites, and the Big Four banks paid.", []),
        ("Police said that on Sunday Two people died.", [("Two people", 2, "people", None)]),
        ("It found that one in five divorcees will retire poor.", [("one in five divorcees", 0.2, "divorcees", None)]),
        ("One out of every five adults smokes, and 2 in every 100 homes flooded.", [("One out of every five adults", 0.2, "adults", None), ("2 in every 100 homes", 0.02, "homes", None)]),
        ("Autism affects 1 in 68 children and 29 in 100 voters agreed.", [("1 in 68 children", 1 / 68, "children", None), ("29 in 100 voters", 0.29, "voters", None)]),
        ("He has 12 goals in 18 games and 45 in 120 games overall.", [("12 goals", 12, "goals", None), ("18 games", 18, "games", None), ("45", 45, "goals", None), ("120 games", 120, "games", None)]),
        ("He scored 3 in 10 minutes to win it.", [("3", 3, None, None), ("10 minutes", 10, "minutes", None)]),
        ("Measles has infected 147 people in seven states, up from 102.", [("147 people", 147, "people", None), ("seven states", 7, "states", None), ("102", 102, "people", None)]),
        ("The firm has 300 staff in 12 offices, down from 15.", [("300 staff", 300, "staff", None), ("12 offices", 12, "offices", None), ("15", 15, "offices", None)]),
        ("Life expectancy for men is 79.4 years, compared with 83.1 for women.", [("79.4 years", 79.4, "years", None), ("83.1", 83.1, "years", None)]),
        ("Tickets cost £120, with 10,000 sold in an hour.", [("£120", 120, "GBP", None), ("10,000", 10_000, None, None)]),
        ("The move will cost the club in the region of £12,000.", [("in the region of £12,000", 12_000, "GBP", "about")]),
        ("The poll of 2,015 adults ran between March 3 and 5.", [("2,015 adults", 2015, "adults", None)]),
        ("The car park allowed two hours, but he stayed for three.", [("two hours", 2, "hours", None), ("three", 3, "hours", None)]),
        ("At 20C, sales held over the last week or two.", [("20C", 20, "°C", None), ("week or two", None, "weeks", "between")]),
        ("Temperatures hit 20C and a pack of five 60ml shots sold.", [("20C", 20, "°C", None), ("five", 5, None, None), ("60ml", 60, "ml", None)]),
        ("The blast left 30 dead, 40 missing and 200 homeless.", [("30 dead", 30, "dead", None), ("40 missing", 40, "missing", None), ("200 homeless", 200, "homeless", None)]),
        ("Police found 12 dead fish and 40 wounded soldiers.", [("12 dead fish", 12, "fish", None), ("40 wounded soldiers", 40, "soldiers", None)]),
        ("There is a one-in-five chance of rain today.", [("one-in-five chance", 0.2, None, None)]),
        ("There is a 1-in-4 chance of rain today.", [("1-in-4 chance", 0.25, None, None)]),
        ("The game was tied 50-50 at half-time.", [("50-50", None, "score", None)]),
        ("The 6ft 4in striker weighs 15st 4lb.", [("6ft 4in", 6 + 4 / 12, "feet", None), ("15st 4lb", 15 + 4 / 14, "stone", None)]),
        ("The 6-foot-4 forward is 5 feet 11 inches tall.", [("6-foot-4", 6 + 4 / 12, "feet", None), ("5 feet 11 inches", 5 + 11 / 12, "feet", None)]),
        ("The baby was born weighing 7lbs 8oz, he said.", [("7lbs 8oz", 7.5, "pounds", None)]),
        ("The wall is 6 feet, 20 inches thick in places.", [("6 feet", 6, "feet", None), ("20 inches", 20, "inches", None)]),
        ("The award was more than double the $1m sought.", [("more than double", 2, "times", "more than"), ("$1m", 1e6, "USD", None)]),
        ("That is triple the rate of a generation ago.", [("triple", 3, "times", None)]),
        ("They booked a double room after the triple jump.", []),
        ("The average age of the 650 MPs is 50.", [("650 MPs", 650, "MPs", None), ("50", 50, "years old", None)]),
        ("The average age of a first-time buyer is now 34.", [("34", 34, "years old", None)]),
        ("At the age of 17 his salary was 30.", [("17", 17, "years old", None), ("30", 30, None, None)]),
        ("Two children aged five and seven were taken to hospital.", [("Two children", 2, "children", None), ("five", 5, "years old", None), ("seven", 7, "years old", None)]),
        ("The festival runs May 5-7 with 300 bands.", [("300 bands", 300, "bands", None)]),
        ("Since March 2 and 3 people arrived, the town has grown.", [("3 people", 3, "people", None)]),
        ("Sea levels rose by 20cm and could rise a further 1m by 2100.", [("20cm", 20, "cm", None), ("1m", 1, "metres", None)]),
        ("Sales rose 1m in May after a 5km charity run.", [("1m", 1e6, None, None), ("5km", 5, "km", None)]),
        ("England made 245 in 48.3 overs, with Root making 87 off 102 balls.", [("245", 245, None, None), ("48.3 overs", 48.3, "overs", None), ("87", 87, None, None), ("102 balls", 102, "balls", None)]),
        ("This one in particular was bad.", []),
        ("They became the 55th and 56th players to debut.", [("55th", 55, "players", None), ("56th", 56, "players", None)]),
        ("She won her 23rd Grand Slam title in Paris.", [("23rd", 23, "title", None)]),
        ("It fed people at one of its 445 branches last year at 1,084,604.", [("445 branches", 445, "branches", None), ("1,084,604", 1_084_604, None, None)]),
        ("The car was boxed in at 11th and H Streets, and he finished 11th and last.", [("11th", 11, "place", None)]),
        ("The 3rd Battalion cited his 2nd Amendment rights in a 20th Century Fox film.", []),
        ("He finished 3rd and won the 5th stage.", [("3rd", 3, "place", None), ("5th", 5, "stage", None)]),
        ("It will cut 10% of its 80,000-strong workforce.", [("10%", 10, "percent", None), ("80,000-strong", 80_000, "workforce", None)]),
        ("A five-strong panel will decide, and winds topped 120mph.", [("five-strong", 5, "panel", None), ("topped 120mph", 120, "mph", "more than")]),
        ("The margin of error is plus or minus 3 percentage points.", [("3 percentage points", 3, "percentage points", None)]),
        ("Some 650 MPs and 40 GPs signed.", [("Some 650 MPs", 650, "MPs", "about"), ("40 GPs", 40, "GPs", None)]),
        ("Apple sold 10 million iPhones and 5 People died.", [("10 million iPhones", 1e7, "iPhones", None), ("5 People", 5, "people", None)]),
        ("Some 3,000 Britons and 30 Christians were stranded.", [("Some 3,000 Britons", 3000, "Britons", "about"), ("30 Christians", 30, "Christians", None)]),
        ("Twenty-two Republicans joined 40 Democrats.", [("Twenty-two Republicans", 22, "Republicans", None), ("40 Democrats", 40, "Democrats", None)]),
        ("He ran the 100m in 9.58 seconds.", [("100m", 100, "metres", None), ("9.58 seconds", 9.58, "seconds", None)]),
        ("The 2m households affected will get help.", [("2m households", 2e6, "households", None)]),
        ("The storm packed winds of 150 miles per hour.", [("150 miles per hour", 150, "mph", None)]),
        ("Gusts of 100 kilometres an hour hit the coast.", [("100 kilometres an hour", 100, "km/h", None)]),
        ("He ran 10 miles an hour ago.", [("10 miles", 10, "miles", None)]),
        ("Jamie Silvonek (left), 14, and her boyfriend were charged.", [("14", 14, "years old", None)]),
        ("Erik Näslund, 26, and Makrus Åsberg, 25, held the man down.", [("26", 26, "years old", None), ("25", 25, "years old", None)]),
        ("He has scored in eight Champions League games this season.", [("eight Champions League games", 8, "games", None)]),
        ("Two F-16 jets were scrambled to escort the airliner.", [("Two F-16 jets", 2, "jets", None)]),
        ("The 12 month contract is worth 8 million.", [("12 month", 12, "months", None), ("8 million", 8e6, None, None)]),
        ("A survey of 1,000 adults gave each policy a score of between one and 10.", [("1,000 adults", 1000, "adults", None), ("between one and 10", None, None, "between")]),
        ("Between one and three people died, and it took one to two hours.", [("Between one and three people", None, "people", "between"), ("one to two hours", None, "hours", "between")]),
        ("Others are on zero hour contracts, and a zero tolerance policy aims for net zero by 2050.", []),
        ("There were zero deaths, and cases fell to zero.", [("zero deaths", 0, "deaths", None), ("zero", 0, None, None)]),
        ("The number of homeless families has risen by a third in five years, to 120,000.", [("a third", 1 / 3, None, None), ("five years", 5, "years", None), ("120,000", 120_000, "families", None)]),
        ("•The number of obese adults rose from 857 million in 1980 to 2.1 billion in 2013.", [("857 million", 857e6, "adults", None), ("2.1 billion", 2.1e9, "adults", None)]),
        ("The firm employs 3,000 people across 14 sites, 400 of them in Wales.", [("3,000 people", 3000, "people", None), ("14 sites", 14, "sites", None), ("400", 400, "people", None)]),
        ("Petrol rose 3c a litre, and the 3C rise hurt crops.", [("3c", 3, "cents", None), ("3C", 3, "°C", None)]),
        ("The car does 55mpg on the motorway and 40 mpg in town.", [("55mpg", 55, "mpg", None), ("40 mpg", 40, "mpg", None)]),
        ("He waited half an hour for the bus, a quarter of a mile from home.", [("half an hour", 0.5, "hours", None), ("a quarter of a mile", 0.25, "miles", None)]),
        ("The club paid a £100m-plus fee for his $5bn-odd fortune.", [("£100m-plus", 1e8, "GBP", "more than"), ("$5bn-odd", 5e9, "USD", "about")]),
    ],
)
def test_figure_values_units_and_qualifiers(sentence: str, expected: list[tuple]) -> None:
    got = figures_of(sentence)
    assert [(t, pytest.approx(v), u, q) for t, v, u, q in got] == _approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She worked an eight hour shift on a two month contract.", [("eight hour", "hours", "shift"), ("two month", "months", "contract")]),
        ("He ran a 10 mile race and a 100 metre sprint.", [("10 mile", "miles", "race"), ("100 metre", "metres", "sprint")]),
        ("It has a four bedroom house and a five star hotel.", [("four bedroom", "bedrooms", "house"), ("five star", "stars", "hotel")]),
        ("A three judge panel heard a 10 point plan.", [("three judge", "judges", "panel"), ("10 point", "points", "plan")]),
        ("Two police officers and 27 member states.", [("Two police officers", "officers", "police officers"), ("27 member states", "states", "member states")]),
        ("The bridge is 1.2km long and the wall 40cm thick.", [("1.2km", "km", "bridge"), ("40cm", "cm", None)]),
    ],
)
def test_a_unit_named_in_the_singular_qualifies_the_noun_after_it(sentence: str, expected: list[tuple]) -> None:
    """As a hyphened compound does ("an eight-hour shift"): the unit is the plural, the noun after is the subject."""
    got = sorted(briefing_of(sentence).figures, key=lambda f: f.span.start)
    assert [(f.text, f.unit, f.subject) for f in got] == expected
    assert [f.unit for f in briefing_of("The three drove back to the house.").figures] == [None]  # no "droves": only after "a"


def test_vague_amounts_have_no_value() -> None:
    got = figures_of("The first batch covers several hundred thousand chips, and firms ordered millions of H200 chips.")
    assert [(t, v) for t, v, _, _ in got] == [("several hundred thousand chips", None), ("millions of H200 chips", None)]
    got = figures_of("A couple of hundred people gathered outside the court.")
    assert [(t, v) for t, v, _, _ in got] == [("A couple of hundred people", None)]


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("The strike hit Britain's 1.5 million NHS staff.", "1.5 million NHS staff", "staff"),
        ("Voters in 40 US states go to the polls.", "40 US states", "states"),
        ("The motion was backed by 300 MPs on Tuesday.", "300 MPs", "MPs"),
    ],
)
def test_an_acronym_s_s_is_no_plural(sentence: str, text: str, unit: str) -> None:
    assert [(t, u) for t, _, u, _ in figures_of(sentence)] == [(text, unit)]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Just 4 per cent of President Barack Obama's followers are fake.", "followers"),
        ("That is nearly 30% of the world's population.", "population"),
        ("More than 46,000 of them list Baghdad as their home.", None),
        ("Some 70% of us agree.", None),
        ("Villa are now five points clear of the drop zone.", None),
        ("QPR are 19th in the Premier League.", None),
        ("Their mother fell ill more than two weeks ago.", None),
        ("In all, 40% of US states agree.", "US states"),
        ("The toll rose, with dozens still missing on Tuesday.", None),
    ],
)
def test_a_pronoun_or_a_standing_is_no_subject_and_a_possessive_is_read_past(sentence: str, subject: str | None) -> None:
    assert briefing_of(sentence).figures[0].subject == subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("After breaking free, the 34-year-old joins the melee outside the ground.", None),
        ("The new eight-minute video shows the men kneeling in the sand.", "video"),
        ("Police arrested 12 suspects the next day in a series of raids.", "suspects"),
        ("The striker scored 30 goals a season for the club.", "goals"),
        ("The prosecutor branded the 83-year-old a corrupt man who loved power.", None),
        ("Scientists examined the 915-year-old Peruvian mummy Forensics experts found last year.", "Peruvian mummy"),
        ("The 1.2-mile route takes 20 minutes on foot.", "route"),
        ("The 300-page report costs £5 in the shops.", "report"),
        ("She took a 10-minute break every two hours.", "break"),
        ("The 54-year-old actress dons a striped jacket for the shoot.", "actress"),
        ("Patients take the pill three times a day, doctors said.", None),
    ],
)
def test_a_verb_after_a_compound_is_no_subject(sentence: str, subject: str | None) -> None:
    """A word in -s before its object is the verb after a compound ("the 34-year-old joins the melee"), and
    still a plural after a bare number ("12 suspects the next day")."""
    ordered = sorted(briefing_of(sentence).figures, key=lambda f: f.span.start)
    assert ordered[0].subject == subject


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Three other people were injured in the blast. Two were children.", ["people", "people"]),
        ("Police arrested 20 protesters on Monday. Five were charged later.", ["protesters", "protesters"]),
        ("The storm lasted three days in the end. Two were the worst of it.", ["days", None]),
    ],
)
def test_a_sentence_opening_with_a_bare_count_counts_what_the_last_one_did(text: str, units: list[str | None]) -> None:
    assert [f.unit for f in sorted(briefing_of(text).figures, key=lambda f: f.span.start)] == units


def test_made_up_of_is_no_rise() -> None:
    briefing = briefing_of("Her pay was made up of the $475,000 salary and a bonus, while sales went up 5% in May.")
    assert [(f.text, f.change) for f in briefing.figures] == [("$475,000", None), ("5%", "up")]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Official figures showed government borrowing rose to £17.4billion last month.", "government borrowing"),
        ("Figures revealed house prices jumped 5% in a year.", "house prices"),
        ("The survey found the average rent rose 4% in London.", "average rent"),
        ("The death toll from the quake that struck Turkey on Monday rose to more than 1,300.", None),
        ("It was the biggest fall in 10 years for the index.", None),
    ],
)
def test_a_verb_a_clause_follows_or_a_day_is_no_part_of_the_subject(sentence: str, subject: str) -> None:
    assert [f.subject for f in briefing_of(sentence).figures] == [subject]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("He admitted two counts of fraud and three of theft.", ["counts", "counts"]),
        ("She drank ten pints of lager and two of cider before the match.", ["pints", "pints"]),
        ("Police held five men and two of the women overnight.", ["men", "women"]),
    ],
)
def test_a_bare_number_of_something_counts_what_the_count_of_something_before_it_did(sentence: str, units: list[str]) -> None:
    assert [f.unit for f in sorted(briefing_of(sentence).figures, key=lambda f: f.span.start)] == units


def test_a_negated_verb_is_no_subject() -> None:
    """"10% didn't qualify": what "n't" leaves of the verb ("didn") is no noun counted."""
    briefing = briefing_of("But a full 10% didn't qualify because they were overweight, the general said.")
    assert [(f.text, f.subject) for f in briefing.figures] == [("10%", None)]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The firm posted a net loss of $1.2 billion last year.", "net loss"),
        ("The club paid a club-record fee of around £50m for him.", "club-record fee"),
        ("The town has a population of 300,000 people now.", "people"),
        ("The town council approved an annual budget of £2m on Monday.", "annual budget"),
        ("The quake struck at a depth of 10km off the coast.", "depth"),
        ("He was jailed after a sentence of 15 months was passed.", "sentence"),
        ("The work took place over the course of 11 years in all.", None),
        ("The hearing came on the first of three days of evidence.", None),
        ("Costs saw a total of $5m spent last year alone.", None),
        ("Police seized 2.5 tonnes of cocaine at the port.", "cocaine"),
        ("The storm dumped up to 18 inches of snow on the city.", "snow"),
        ("He said he had endured two years of torture in the cell.", None),
        ("The company reported revenue of $94.8bn for the quarter.", "revenue"),
        ("Tesla posted losses of $700m in the first half.", "losses"),
        ("Prom invitations come at a starting cost of $1,000 in New York.", "starting cost"),
        ("The US imposed tariffs on $34 billion in Chinese imports this month.", "Chinese imports"),
        ("The city paid $5 million in damages to the family.", "damages"),
        ("The deal would pair $14 billion in border spending with aid abroad.", "border spending"),
        ("The council got £5m in funding last year.", "funding"),
        ("The firm made $5m in 2019 and more since.", None),
        ("The firm made $9m in total last year.", None),
        ("The firm made $1m in recent weeks alone.", None),
        ("He earns £200,000 a week at the club.", None),
        ("Oil fell for a third day, to $78 a barrel.", None),
        ("Households will gain to the tune of £17 a month.", None),
        ("He was jailed for life with a minimum term of 25 years.", "minimum term"),
        ("He drew level with Bobby Charlton's record of 249 on Sunday.", "record"),
        ("The club's budget of £2m was cut in half.", "budget"),
    ],
)
def test_a_noun_an_amount_is_of_is_its_subject(sentence: str, subject: str | None) -> None:
    """"A net loss of $1.2 billion": the noun names the amount; a span's course, a share or a total do not; a
    measure measures the noun after "of" ("2.5 tonnes of cocaine"), but a span of time may be someone's."""
    assert briefing_of(sentence).figures[0].subject == subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Net migration hit 745,000 in the year to December.", "Net migration"),
        ("The death toll has reached 1,034, officials said.", "death toll"),
        ("Unemployment stood at 4.2% in March.", "Unemployment"),
        ("Inflation is expected to hit 5% this year.", "Inflation"),
        ("The Dow Jones Industrial Average topped 30,000 on Tuesday.", "Dow Jones Industrial Average"),
        ("The world's population first hit 2 billion in 1927.", "world's population"),
        ("It first hit 2 billion in 1927.", None),
        ("The new stadium will cost £500m, officials said.", "new stadium"),
        ("Analysts say the strike costs the regional economy $40 million a day.", "regional economy"),
        ("The US imposed tariffs on Chinese goods worth $34 billion.", "Chinese goods"),
        ("He is worth $5bn, according to Forbes.", None),
        ("Broadband speeds average 72Mbps in the city.", "Broadband speeds"),
        ("Inflation peaked at 11.1% in October.", "Inflation"),
        ("Her net worth is estimated at $1.2bn by Forbes.", "net worth"),
        ("Losses to businesses are estimated at more than $7.5 million.", "Losses to businesses"),
        ("The debt of a divorced retiree averages £22,100.", "debt of a divorced retiree"),
        ("The drug costs the NHS £1,000 per patient per year.", "NHS"),
        ("Turnout was 67.3 per cent, the highest since 1992.", "Turnout"),
        ("Inflation was 2.5pc in May, down from 3.1pc.", "Inflation"),
        ("The death toll is now 1,034, officials said.", "death toll"),
        ("Officials said the budget deficit remained £120bn last year.", "budget deficit"),
        ("The number of people waiting for treatment is 7.6 million.", None),
        ("The cheapest fare on that route was just over $100 last year.", None),
        ("The truth is millions are worse off than before.", None),
        ("Tickets start at £45 for adults.", "Tickets"),
        ("Those who took the drug were 23% less likely to fall ill.", None),
        ("Participants slept an average of 6.5 hours a night.", None),
        ("Cases have risen to more than 6,000 a day.", "Cases"),
        ("Average rents hit a record £1,271 a month.", "Average rents"),
        ("The iPhone 15 Pro starts at $999 in the US.", "iPhone 15 Pro"),
    ],
)
def test_the_subject_of_a_verb_that_gives_a_level_is_the_figure_s(sentence: str, subject: str | None) -> None:
    """"Net migration hit 745,000": what reached the level, past auxiliaries, "expected to" and "first"; what a form
    of "be" equates with the figure, when it begins its clause."""
    assert briefing_of(sentence).figures[0].subject == subject


@pytest.mark.parametrize(
    ("sentence", "change", "subject"),
    [
        ("The bill would raise the minimum wage to $15 an hour by 2025.", "up", "minimum wage"),
        ("The Fed raised rates by a quarter point on Wednesday.", "up", "rates"),
        ("The bank made a quarter-point cut on Thursday.", "down", None),
        ("GDP grew at an annualised rate of 2.1% in the second quarter.", "up", "GDP"),
        ("Waiting lists grew to a record 7.8 million in England.", "up", "Waiting lists"),
        ("Prices in London rose 5% last year.", "up", "Prices in London"),
        ("House prices are 5% higher than a year ago.", "up", "House prices"),
        ("Sales were 3% lower in March than in February.", "down", "Sales"),
        ("Sterling weakened to $1.20 against the dollar.", "down", "Sterling"),
        ("On January 15 Apple shares fell 3% in New York.", "down", "Apple shares"),
        ("Support for the bill rose to 54 per cent in March.", "up", "Support for the bill"),
        ("Demand for oil fell 3% last year, the agency said.", "down", "Demand for oil"),
        ("Brent crude futures settled up 62 cents at $82.10 a barrel.", "up", "Brent crude futures"),
        ("The S&P 500 gained 1.2% on Friday.", "up", "S&P 500"),
        ("Japan's Nikkei 225 slid 2% on Monday.", "down", "Nikkei 225"),
        ("The central bank held its key rate at 5.25% for a fifth meeting.", None, "key rate"),
        ("The Fed kept interest rates at 0.25% in March.", None, "interest rates"),
        ("The 10-year bond yield rose 5 basis points.", "up", "bond yield"),
    ],
)
def test_a_level_raised_is_the_subject_and_a_point_of_a_rate_is_its_unit(sentence: str, change: str, subject: str | None) -> None:
    """The object a verb raises ("the minimum wage", with its "minimum") is what changed; "a quarter point" counts
    points of a rate, none of which is the subject, and the noun after it names the change ("cut"); a change reaches
    past "at an annualised rate of"; an index is named with its number ("S&P 500"); a level held is its object's."""
    figure = briefing_of(sentence).figures[0]
    assert (figure.change, figure.subject) == (change, subject)


def test_the_level_a_change_reaches_is_of_what_changed() -> None:
    figures = {f.text: f.subject for f in briefing_of("Foreign-currency reserves fell 44 percent to $20.2 billion.").figures}
    assert figures == {"44 percent": "Foreign-currency reserves", "$20.2 billion": "Foreign-currency reserves"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Copper fell 42 cents, or 0.5%, to $8.20 a pound.", {"42 cents": ("down", "Copper"), "0.5%": ("down", "Copper"), "$8.20": (None, "Copper")}),
        ("Revenue rose 12%, or $40 million, to $375 million.", {"12%": ("up", "Revenue"), "$40 million": ("up", "Revenue"), "$375 million": (None, "Revenue")}),
        ("The index gained 305 points, or 0.9 percent.", {"305 points": ("up", "index"), "0.9 percent": ("up", "index")}),
        ("Shares fell 5%, or two or three dollars, in early trade.", {"5%": ("down", "Shares"), "two or three dollars": (None, None)}),
        ("Turnout was put at 61 per cent, down from 65 per cent in 2019.", {"61 per cent": ("down", "Turnout"), "65 per cent": (None, "Turnout")}),
        ("Inflation was 3.2% in October, up from 3.1% in September.", {"3.2%": ("up", "Inflation"), "3.1%": (None, "Inflation")}),
        ("He scored 20 goals, down from 30 goals.", {"20 goals": (None, "goals"), "30 goals": (None, "goals")}),
        ("Its market value has more than tripled to $3 trillion.", {"$3 trillion": ("up", "market value")}),
        ("Fees have nearly doubled to £90.", {"£90": ("up", "Fees")}),
        ("The startup, valued at £40m, was sold.", {"£40m": (None, "startup")}),
    ],
)
def test_a_change_said_again_after_or_the_level_after_it_and_the_level_before_it_are_of_the_same_thing(
    sentence: str, expected: dict[str, tuple[str | None, str | None]]
) -> None:
    assert {f.text: (f.change, f.subject) for f in briefing_of(sentence).figures} == expected


def test_a_word_hyphened_to_a_number_is_no_part_of_a_later_figure_s_subject() -> None:
    figures = {f.text: (f.change, f.subject) for f in briefing_of("The 3,000-strong workforce will shrink by a tenth.").figures}
    assert figures["a tenth"] == ("down", "workforce")


def test_a_subject_at_the_end_of_a_sentence_leaves_its_full_stop() -> None:
    assert [f.subject for f in briefing_of("The national debt stands at 98.8% of GDP.").figures] == ["GDP"]
    assert [f.subject for f in briefing_of("The tariffs hit 3% of U.S. firms.").figures] == ["U.S. firms"]


def test_a_ratio_hyphened_to_a_noun_is_no_share() -> None:
    """"A 1-in-100-year flood" says how rare the flood is in years, not a share of 0.01."""
    assert ("100-year", 100, "years") in [(f.text, f.value, f.unit) for f in briefing_of("A 1-in-100-year flood hit the town.").figures]


def test_a_value_reads_as_a_reader_reads_it() -> None:
    """Shown to a reader: "6.33 feet" for "6ft 4in", "0.333 of the voters" for a third; a million and more whole."""
    texts = {f.text: f.value_text for f in briefing_of("The 6ft 4in striker won a third of the voters and $2.5 million.").figures}
    assert texts == {"6ft 4in": "6.33 feet", "a third of the voters": "0.333 of the voters", "$2.5 million": "2,500,000 USD"}


def test_a_value_is_the_number_its_words_write() -> None:
    """"67.1 million" is 67,100,000 exactly (binary floating point gives 67,099,999.99999999); a third stays a third."""
    assert [f.value for f in briefing_of("The population reached 67.1 million, a third of them young.").figures] == [67_100_000, 1 / 3]


def test_changes_and_subjects() -> None:
    briefing = briefing_of("Revenue rose 12% to $5 billion, while costs fell 3% in the quarter.")
    by_text = {f.text: f for f in briefing.figures}
    assert by_text["12%"].change == "up" and by_text["12%"].subject == "Revenue"
    assert by_text["3%"].change == "down" and by_text["3%"].kind is FigureKind.PERCENT
    cut = {f.text: f for f in briefing_of("Sales suffered a 5% drop and a £3m loss in the year.").figures}
    assert (cut["5%"].change, cut["£3m"].change) == ("down", None)  # the drop is the other figure's


@pytest.mark.parametrize(
    ("sentence", "change", "subject"),
    [
        ("Shares tumbled 12% on Monday after the report.", "down", "Shares"),
        ("Inflation eased to 3.4% in May.", "down", "Inflation"),
        ("Oil rebounded 2% in late trading.", "up", "Oil"),
        ("Call-outs to treat the problem are increasing three-fold.", "up", None),
        ("The Dow Jones Industrial Average fell 412 points on Monday.", "down", "Dow Jones Industrial Average"),
        ("Obesity rose from 857 million in 1980 to 2.1 billion in 2013.", None, "Obesity"),
        ("Tesla reported an 83% increase in deliveries.", "up", None),
        ("The quarterly dividend was raised by 4% on Monday.", "up", "quarterly dividend"),
        ("Fees have been slashed by 40% this year.", "down", "Fees"),
        ("She raised £5,000 for the charity last year.", None, None),
        ("The index has fallen for three consecutive quarters.", None, "consecutive quarters"),
        ("Median house prices rose 7.6% year-on-year in May.", "up", "Median house prices"),
        ("Factory output rose 2% quarter-on-quarter in the period.", "up", "Factory output"),
        ("Profits suffered a 5 per cent annual drop last year.", "down", None),
        ("It gave a 10% chance of rain on Monday.", None, "chance"),
        ("Sales at the big new store rose 4% in May.", "up", "big new store"),
        ("The Nasdaq Composite .IXIC lost 0.9 percent on the day.", "down", "Nasdaq Composite"),
        ("Shares of Tesla <TSLA.O> rose 2.3% before the bell.", "up", "Shares of Tesla"),
        ("The euro EUR= fell 0.2% against the dollar.", "down", "euro"),
        ("The firm's pre-tax profit more than doubled to £1.2bn.", "up", "pre-tax profit"),
        ("Sales nearly tripled to $5m, and the price halved to $20.", "up", "Sales"),
        ("The price halved to $20 within a year.", "down", "price"),
        ("Labour's lead has narrowed to five points in the latest poll.", "down", "Labour's lead"),
        ("The trade gap widened to $68.9 billion in March.", "up", "trade gap"),
        ("Apple's shares rose 5% on Monday after the launch.", "up", "Apple's shares"),
        ("Train fares will rise by up to 4.9% in March.", "up", "Train fares"),
        ("Prices could plunge 20% this year, analysts warned.", "down", "Prices"),
        ("The Fed raised rates by a quarter of a percentage point on Wednesday.", "up", "rates"),
        ("The bank lowered its growth forecast by 0.5 points for next year.", "down", "growth forecast"),
        ("The firm cut its forecast to 2% on Monday.", "down", "forecast"),
        ("The firm increased its workforce to 2,000 over the year.", "up", "workforce"),
        ("The price cap for a typical household in Wales will fall by 7% in July.", "down", "price cap for a typical household in Wales"),
        ("Sales in May rose 5% from April, the firm said.", "up", "Sales"),
        ("Exports in 2023 fell 4% as demand slowed.", "down", "Exports"),
        ("The party more than quadrupled its seats to 48 in the vote.", "up", "seats"),
        ("Energy bills are set to fall by £238 a year from July.", "down", "Energy bills"),
        ("The economy needs to grow by 2% a year to cut the debt.", "up", "economy"),
        ("Mortgage rates would have to rise by 1.5% to hurt buyers.", "up", "Mortgage rates"),
        ("Prices have risen by an average of 7% a year since 2020.", "up", "Prices"),
        ("Output per hour fell 0.3% in the second quarter.", "down", "Output per hour"),
        ("Its ranks have risen to more than 25,000 today, the panel said.", "up", "ranks"),
        ("Forecasters expect the economy to grow by 0.6% next year.", "up", "economy"),
        ("Sales will shrink by 5% in 2024, the firm said.", "down", "Sales"),
        ("The company's profit fell 10% in the quarter.", "down", "company's profit"),
        ("The U.K. jobless rate rose 0.2% in March.", "up", "U.K. jobless rate"),
        ("The U.S population will grow by 30% by 2060.", "up", "U.S population"),
        ("John F. Kennedy's approval fell 5% that month.", "down", "Kennedy's approval"),
    ],
)
def test_verbs_of_markets_and_statistics_are_changes(sentence: str, change: str, subject: str | None) -> None:
    figure = briefing_of(sentence).figures[0]
    assert (figure.change, figure.subject) == (change, subject)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nvidia's H200 outperforms the H20 by a wide margin.",
        "The Boeing 737 and the iPhone 16 were both delayed.",
        "The summit opens on Jan. 5, 2026 at 10:30 a.m. in Lagos.",
        "Call 555-123-4567 or visit https://example.com/page/2024 for details.",
        "The law, Section 230, dates from 1996.",
        "The one he chose was cheaper.",
        "Chelsea lined up in a 4-2-3-1 formation against a 4-4-2 side.",
        "It was a 50-50 chance, a 50/50 split and a fifty-fifty call.",
        "To give, text HELP to 87000 or call 0800 now.",
        "Text the word GIVE to 70070 today.",
    ],
)
def test_names_dates_times_phones_and_pronouns_are_not_figures(sentence: str) -> None:
    assert figures_of(sentence) == []


def test_list_and_question_numbers_are_not_figures() -> None:
    briefing = briefing_of("FAQ\n\nQ1. How big is the deal?\nThe deal is worth $2 billion.\n\n1. First item in a list here.\n")
    assert [f.text for f in briefing.figures] == ["$2 billion"]


def test_each_figure_cites_its_sentence_and_spans_its_words() -> None:
    text = "The board met on Tuesday. It approved a $300 million buyback and a 5% dividend rise."
    briefing = briefing_of(text)
    article = briefing.article
    for figure in briefing.figures:
        assert article.passage(figure.span) == figure.text
        assert article.passage(figure.cite) == "It approved a $300 million buyback and a 5% dividend rise."
        assert figure.cite.start <= figure.span.start < figure.span.end <= figure.cite.end


def test_key_figures_come_first() -> None:
    briefing = briefing_of(
        "The company cut 2,500 jobs and will spend $4 billion on new plants. "
        "It has three plants. A spokesman said 2 managers left.\n"
    )
    assert {f.text for f in briefing.figures[:2]} == {"$4 billion", "2,500 jobs"}  # the lede's, money or not


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Police were called to the 1200 block of Elm Street after 3 shots were heard.", [3]),
        ("The castle was built in 1320, and about 40 families lived inside its walls.", [40]),
        ("A bronze statue from 900 BC was stolen along with 12 paintings from the museum.", [12]),
        ("Food bank visits rose to 900,000 in 2014-15, from 500,000 the year before.", [900000, 500000]),
        ("He dreams of one day playing for Barcelona in front of a full stadium.", []),
        ("The shop stayed open for one day only and sold 300 jackets to the crowds.", [1, 300]),
        ("A councillor said the digits 269 on the number plate mocked the 649 dead soldiers.", [649]),
    ],
)
def test_years_addresses_seasons_and_idioms_are_not_figures(sentence: str, values: list[float]) -> None:
    assert [value for _, value, _, _ in figures_of(sentence)] == values


def figures_in(sentence: str) -> list[tuple[str, str, float | None, float | None, float | None, str | None]]:
    """(text, kind, value, low, high, unit) of each figure, in reading order."""
    briefing = briefing_of(sentence)
    ordered = sorted(briefing.figures, key=lambda f: f.span.start)
    return [(f.text, f.kind.value, f.value, f.low, f.high, f.unit) for f in ordered]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Three rounds of formal talks were held before the summer break began.", "rounds"),
        ("About 14 million voters are eligible to vote in this round of the election.", "voters"),
        ("He scored two early goals before the break, and the crowd went home happy.", "goals"),
        ("Two of Melquan's friends were injured when they tried to pull him from the fence.", "friends"),
        ("The State Department has more than 400,000 likes on its page, the report said.", "likes"),
        ("Nine other cases were dropped by prosecutors after the review was finished.", "cases"),
        ("A 17,430 crowd watched the game in the rain at the old ground on Friday.", "crowd"),
    ],
)
def test_a_count_takes_its_plural_noun_phrase_as_unit(sentence: str, unit: str) -> None:
    assert figures_in(sentence)[0][5] == unit


def test_a_noun_phrase_ends_at_a_verb() -> None:
    """Not one figure "two firms held three rounds": the verb ends the first phrase."""
    assert [(text, unit) for text, *_, unit in figures_in("The two firms held three rounds of talks in May and June.")] == [
        ("two firms", "firms"), ("three rounds", "rounds"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "14 million working households receive the payment every month from the state.",
        "Of the 300 stalls, 40 sold out before noon on the first day of the fair.",
        "The U.S.'s 301 investigation sparked the tariffs on goods from China last year.",
    ],
)
def test_no_verb_or_label_becomes_a_unit(sentence: str) -> None:
    units = [unit for *_, unit in figures_in(sentence)]
    assert not {"receive", "sold", "investigation"} & set(units), units


@pytest.mark.parametrize(
    ("sentence", "unit", "value"),
    [
        ("The knife had a 12 centimetre blade, police said after the arrest.", "cm", 12),
        ("A 6.1 magnitude quake struck near the city early on Tuesday morning.", "magnitude", 6.1),
        ("The earthquake, which struck at dawn, had a magnitude of 7.8.", "magnitude", 7.8),
        ("The runner covered 30 kilometres before dawn, her coach said on Monday.", "km", 30),
        ("The boy was 40 metres away from the road when the car hit the barrier.", "metres", 40),
        ("A 12-year-old boy died after touching the fence at the park on Monday.", "years old", 12),
        ("Pat Ingles, 69, remembers her grandmother singing in the kitchen at home.", "years old", 69),
        ("The stick was invented three decades ago by an engineer in Osaka.", "years", 30),
        ("Lightning can heat the air to more than 3,000°C, the researchers said.", "°C", 3000),
        ("The 39-vehicle pileup closed the motorway for most of the afternoon.", "vehicles", 39),
        ("Children under 16 years of age must be accompanied by an adult.", "years old", 16),
    ],
)
def test_measures_ages_and_compounds_have_normalised_units(sentence: str, unit: str, value: float) -> None:
    _text, _kind, found, _low, _high, found_unit = figures_in(sentence)[0]
    assert (found, found_unit) == (value, unit)


def test_the_upper_end_of_a_range_after_to_keeps_its_qualifier() -> None:
    figure = briefing_of("The cost of the project has ballooned from £32bn to more than £100bn in ten years.").figures[0]
    assert (figure.text, figure.low, figure.high, figure.high_qualifier, figure.change) == (
        "from £32bn to more than £100bn", 32e9, 100e9, "more than", "up",
    )


def test_a_range_keeps_both_ends_and_no_single_value() -> None:
    assert figures_in("Prices rose from 12 to 27 per cent across the region last year.")[0][1:] == (
        "percent", None, 12, 27, "percent",
    )
    assert figures_in("Between 35 and 45 families were moved out of the flats after the fire.")[0][2:5] == (None, 35, 45)
    # The lower end written as short as the first group of the upper's digits shares its thousands.
    assert figures_in("Some 10-15,000 people marched through the city on Sunday.")[0][2:5] == (None, 10_000, 15_000)
    assert figures_in("Its users rose from 1 to 1,000 in a week.")[0][2:5] == (None, 1, 1000)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Landlords put rents up 10%-15% in the capital last year.", ("10%-15%", "percent", 10, 15)),
        ("Officials expect growth of 2 per cent to 3 per cent next year.", ("2 per cent to 3 per cent", "percent", 2, 3)),
        ("Managers braced for a 20 per cent-25 per cent fall in sales.", ("20 per cent-25 per cent", "percent", 20, 25)),
        ("The repairs will cost between £5 million and £7 million, the council said.", ("between £5 million and £7 million", "GBP", 5e6, 7e6)),
        ("Members pay between $30 and $40 a month for the gym.", ("between $30 and $40", "USD", 30, 40)),
        ("Highs of 30C-35C are forecast for the south coast.", ("30C-35C", "°C", 30, 35)),
        ("Lows will fall to between -5C and 3C in the glens.", ("between -5C and 3C", "°C", -5, 3)),
        ("Cracks of 2mm-3mm opened in the wall of the dam.", ("2mm-3mm", "mm", 2, 3)),
        ("Children aged 5 through 11 can now get the shot.", ("5 through 11", "years old", 5, 11)),
        ("We will know the result in a day or two, the officials said.", ("a day or two", "days", 1, 2)),
        ("The fence goes a foot or two into the ground.", ("a foot or two", "feet", 1, 2)),
    ],
)
def test_a_range_whose_ends_both_say_their_unit_is_one_range(sentence: str, expected: tuple) -> None:
    """Each end with its own unit or currency ("10%-15%", "between £5 million and £7 million") is still one
    range; the dash after "%" joins the ends and is no minus sign."""
    text, _kind, value, low, high, unit = figures_in(sentence)[0]
    assert (text, unit, value, low, high) == (expected[0], expected[1], None, pytest.approx(expected[2]), pytest.approx(expected[3]))


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("The hikers walked 5 km to 7 miles a day across the moor.", ["5 km", "7 miles"]),
        ("The charity gave 20 people to 30 families as volunteers.", ["20 people", "30 families"]),
    ],
)
def test_ends_in_different_units_are_two_figures(sentence: str, texts: list[str]) -> None:
    assert [figure[0] for figure in figures_in(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He ran 100m in 9.58 seconds to take the title.", [("100m", 100, "metres", None), ("9.58 seconds", 9.58, "seconds", None)]),
        ("The goalkeeper is 1.93m tall and quick off his line.", [("1.93m", 1.93, "metres", None)]),
        ("Builders put up a 2.5m-high fence around the site.", [("2.5m", 2.5, "metres", None)]),
        ("The van plunged 50m into a ravine on Friday night.", [("50m", 50, "metres", None)]),
        ("She set a new record in the 400m hurdles in Rome.", [("400m", 400, "metres", None)]),
        ("The club paid £35m for the winger in the summer.", [("£35m", 35e6, "GBP", None)]),
        ("The show drew 2.3m viewers on its first night.", [("2.3m viewers", 2.3e6, "viewers", None)]),
        ("He won gold in the 200m and was fourth in the 800m at the Games.", [("200m", 200, "metres", None), ("800m", 800, "metres", None)]),
        ("The firm paid the 200m in cash.", [("200m", 200e6, None, None)]),
    ],
)
def test_a_glued_m_is_metres_in_a_size_a_distance_or_a_race_and_millions_elsewhere(sentence: str, expected: list[tuple]) -> None:
    assert figures_of(sentence) == _approx(expected)


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        ("Three men, aged 19, 21 and 23, were arrested at the scene.", [19, 21, 23]),
        ("The sisters, aged 12, 14, and 15, were found safe.", [12, 14, 15]),
    ],
)
def test_every_age_of_a_list_after_aged_is_an_age(sentence: str, ages: list[int]) -> None:
    assert [v for _, v, u, _ in figures_of(sentence) if u == "years old"] == ages


@pytest.mark.parametrize(
    "sentence",
    [
        "The singer, who was to turn 31 in May, cancelled the tour.",
        "The actor turned 50 on the set of his latest film.",
        "She passed away at just 47 after a long illness.",
        "Tsarnaev was 19 at the time of the bombing, the court heard.",
    ],
)
def test_an_age_said_by_what_someone_does_at_it(sentence: str) -> None:
    assert [u for _, _, u, _ in figures_of(sentence)] == ["years old"]


def test_up_after_a_score_is_the_score_s_and_no_change_of_the_figure_after() -> None:
    figures = {f.text: f.change for f in briefing_of("The Bees were 3-0 up inside 20 minutes of the start.").figures}
    assert figures == {"3-0": None, "20 minutes": None}


def test_a_round_s_score_against_par_is_a_figure_and_a_hole_s_par_a_label() -> None:
    assert [f.text for f in briefing_of("McIlroy shot a four-under-par 68 on Friday at the par 4 18th.").figures] == ["four", "68", "18th"]


def test_more_than_after_a_number_compares_it_and_qualifies_nothing_after() -> None:
    figures = {f.text: f.qualifier for f in briefing_of("Classes average 27 pupils, three more than a decade ago.").figures}
    assert "a decade" not in figures  # the time compared with, no span
    assert [(f.text, f.qualifier) for f in briefing_of("The costs add up to £3m a year.").figures] == [("£3m", None)]
    assert [f.text for f in briefing_of("House prices are 5% higher than a year ago.").figures] == ["5%"]
    sentence = "The airline carried 4.2 million passengers, 12 per cent more than a year earlier."
    assert [f.text for f in briefing_of(sentence).figures] == ["4.2 million passengers", "12 per cent"]
    assert [f.text for f in briefing_of("He waited more than a year for surgery.").figures] == ["more than a year"]


def test_make_up_is_a_share_and_no_rise() -> None:
    assert [(f.text, f.change) for f in briefing_of("Women make up 51% of the population.").figures] == [("51%", None)]


def test_a_count_called_or_texted_is_a_figure() -> None:
    """A number after "call" or "text" is a code only when whole, four digits or more, with no noun after it."""
    assert [(f.text, f.value) for f in briefing_of("Volunteers call 1500 people a day and text 2,000 more.").figures] == [
        ("1500 people", 1500), ("2,000", 2000)
    ]


def test_a_verb_of_turning_before_an_amount_with_its_unit_is_no_age() -> None:
    assert figures_of("The index turned 50 points higher by noon.") == [("50 points", 50, "points", None)]


@pytest.mark.parametrize(
    "sentence",
    ["A second man, 32, was also held over the attack.", "His wife, 45, was treated for shock at the scene.", "Smith, now 62, said he was sorry."],
)
def test_an_age_in_commas_after_a_person_noun(sentence: str) -> None:
    assert [u for _, _, u, _ in figures_of(sentence)] == ["years old"]


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("The regime is thought to hold 500 long-range missiles.", "500 long-range missiles", "missiles"),
        ("Detectives reopened 40 high-profile cases last year.", "40 high-profile cases", "cases"),
        ("The airline sold 892,000 one-way passenger tickets in May.", "892,000 one-way passenger tickets", "tickets"),
        ("Two well-known actors read at the memorial.", "Two well-known actors", "actors"),
        ("Beijing put duties on 545 U.S. goods in return.", "545 U.S. goods", "goods"),
        ("The builder sold 200 three-bedroom homes in a week.", "200 three-bedroom homes", "homes"),
        ("The party's 25 most senior leaders met on Tuesday.", "25 most senior leaders", "leaders"),
        ("He was on the list of the 55 most-wanted Iraqis.", "55 most-wanted Iraqis", "Iraqis"),
        ("Five former England managers attended the dinner.", "Five former England managers", "managers"),
        ("Police seized 50 cannabis plants from the loft.", "50 cannabis plants", "plants"),
        ("Rescuers found three sleeping bags in the tent.", "three sleeping bags", "bags"),
        ("He has won three of his last five games.", "three of his last five games", "games"),
        ("Police said two of the three men were charged.", "two of the three men", "men"),
        ("He already had two previous speeding offences.", "two previous speeding offences", "offences"),
        ("The picture of millions going hungry shocked MPs.", "millions", None),
        ("All three face charges of fraud, prosecutors said.", "three", None),
        ("All 50 states voted on the measure.", "50 states", "states"),
    ],
)
def test_a_counted_noun_phrase_reads_through_compounds_and_abbreviations(sentence: str, text: str, unit: str) -> None:
    """Hyphenated modifiers and dotted abbreviations are words of the noun phrase, counted once each."""
    assert [(t, u) for t, _, u, _ in figures_of(sentence)] == [(text, unit)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rescuers pulled a 4-month-old baby from the rubble on Sunday.", [("4-month-old", 4, "months old")]),
        ("The puppy was eight weeks old when the family took her home.", [("eight weeks old", 8, "weeks old")]),
        ("A 10-day-old lamb and an 83 year-old farmer were in the barn.", [("10-day-old", 10, "days old"), ("83 year-old", 83, "years old")]),
    ],
)
def test_an_age_in_months_weeks_or_days_is_an_age_as_one_in_years(sentence: str, expected: list) -> None:
    assert [(t, v, u) for t, v, u, _ in figures_of(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The singer, 36, pleaded not guilty to the charges.", ("36", "years old")),
        ("The painter was bedridden for months after the crash. She passed away at just 47", ("47", "years old")),
        ("A 20-something woman was hurt when the bus left the road.", ("20-something", "years old")),
        ("Of the patients, 36, or 12 percent, died within a year.", ("36", None)),
    ],
)
def test_an_age_between_commas_after_a_noun_in_the_singular(sentence: str, expected: tuple) -> None:
    assert next((t, u) for t, _, u, _ in figures_of(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A magnitude 7.8 earthquake struck the region before dawn.",
        "The tremor measured 7.8 on the Richter scale, officials said.",
        "The magnitude-7.8 quake brought down the old bridge.",
    ],
)
def test_a_quake_s_size_is_a_magnitude_before_or_after_the_number(sentence: str) -> None:
    assert [(v, u) for _, v, u, _ in figures_of(sentence)] == [(pytest.approx(7.8), "magnitude")]


@pytest.mark.parametrize(
    ("sentence", "text", "qualifier"),
    [
        ("She married 10 men over 11 years, prosecutors said.", "11 years", None),
        ("The jury deliberated over two days before the verdict.", "two days", None),
        ("He was jailed for over two years for the fraud.", "over two years", "more than"),
        ("Fans waited over 10 hours for tickets.", "over 10 hours", "more than"),
        ("The firm was founded over 30 years ago in a garage.", "over 30 years", "more than"),
    ],
)
def test_over_a_span_of_time_means_during_unless_it_measures_one(sentence: str, text: str, qualifier: str | None) -> None:
    assert [(t, q) for t, _, u, q in figures_of(sentence) if u in ("years", "days", "hours")] == [(text, qualifier)]


def test_a_rate_at_a_dotted_number_is_no_clock_time() -> None:
    """"held at 5.25 per cent" is a rate; "at 11.30" alone is a time."""
    assert figures_of("The bank held its rate at 5.25 per cent on Thursday.") == [("5.25 per cent", 5.25, "percent", None)]
    assert figures_of("The officers came to the door at 11.30 on Sunday.") == []


def test_currencies_in_millions_and_bitcoin() -> None:
    """Finance's codes in millions ("120 MEUR", "MAUD 60") and bitcoin, as a currency."""
    assert figures_of("The group expects sales of 120 MEUR and a profit of MAUD 60.") == [
        ("120 MEUR", pytest.approx(120e6), "EUR", None), ("MAUD 60", pytest.approx(60e6), "AUD", None)
    ]
    assert figures_of("The hackers stole 6.25 BTC and 10,000 bitcoins.") == [
        ("6.25 BTC", pytest.approx(6.25), "BTC", None), ("10,000 bitcoins", pytest.approx(10_000), "BTC", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Jurors deliberated for 11½ hours before the verdict.", "11½ hours", 11.5, "hours"),
        ("The camp is ½ mile from the border.", "½ mile", 0.5, "miles"),
        ("The blade was 5/8 inch wide, police said.", "5/8 inch", 0.625, "inches"),
    ],
)
def test_fractions_in_one_sign_or_glued_to_digits(sentence: str, text: str, value: float, unit: str) -> None:
    assert [(t, v, u) for t, v, u, _ in figures_of(sentence)] == [(text, pytest.approx(value), unit)]


@pytest.mark.parametrize("sentence", ["Only ¾ of voters turned out in the north.", "About 3/4 of members backed the deal."])
def test_a_fraction_in_digits_of_something_is_a_fraction(sentence: str) -> None:
    _text, kind, value, _low, _high, unit = figures_in(sentence)[0]
    assert (kind, unit, value) == ("fraction", sentence.split(" of ")[1].split()[0], pytest.approx(0.75))


def test_a_number_in_a_year_is_no_share_of_it() -> None:
    """"$45 in 2019" is when; "1 in 2000 people" is a share."""
    assert figures_of("Shares traded at $45 in 2019, the filing said.") == [("$45", pytest.approx(45), "USD", None)]
    assert figures_of("The condition affects 1 in 2000 people worldwide.")[0][1] == pytest.approx(1 / 2000)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Shares fell 3 per cent to 338.5p in early trading.", [("3 per cent", 3, "percent", None), ("338.5p", 338.5, "pence", None)]),
        ("Shops must now charge a 5p fee for every bag.", [("5p", 5, "pence", None)]),
        ("Labourers there are paid Rs 500 a day.", [("Rs 500", 500, "INR", None)]),
        ("The 3P coalition won the vote.", []),
        ("Tickets for the match cost 20 quid each.", [("20 quid", 20, "GBP", None)]),
        ("Workers there earn 1,500 ringgit a month.", [("1,500 ringgit", 1500, "MYR", None)]),
    ],
)
def test_pence_glued_rupees_before_and_currencies_in_words(sentence: str, expected: list[tuple]) -> None:
    assert figures_of(sentence) == _approx(expected)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Temperatures hit 30C in London on the hottest day of the year.", "30C", 30, "°C"),
        ("Thermometers read 86F in the shade by noon on Sunday.", "86F", 86, "°F"),
        ("It was -3C at dawn when the runners set off from the square.", "-3C", -3, "°C"),
        ("Overnight the mercury dropped to minus 8C in the Highlands.", "minus 8C", -8, "°C"),
    ],
)
def test_a_temperature_without_a_degree_sign(sentence: str, text: str, value: float, unit: str) -> None:
    assert figures_of(sentence) == [(text, pytest.approx(value), unit, None)]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The amendment passed with a two-thirds majority in the chamber.", "two-thirds majority", 2 / 3, "majority"),
        ("The fund bought a one-third stake in the airport last year.", "one-third stake", 1 / 3, "stake"),
        ("About 3/4 of the members backed the plan at the meeting.", "About 3/4 of the members", 0.75, "members"),
        ("The drug cut the risk by a quarter compared with a placebo.", "a quarter", 0.25, None),
    ],
)
def test_fractions_before_a_noun(sentence: str, text: str, value: float, unit: str) -> None:
    """A fraction in words or digits before the noun it takes a part of; "a third victim" stays an ordinal."""
    assert [(t, v, u) for t, v, u, _ in figures_of(sentence)] == [(text, pytest.approx(value), unit)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Scans revealed a grade two tear that will keep him out for a month.", [("a month", 1, "month", None)]),
        ("She was told she had stage four cancer at the age of 30.", [("30", 30, "years old", None)]),
        ("Last week two men were arrested over the raid on the depot.", [("two men", 2, "men", None)]),
        ("This season three players have left the club for rivals.", [("three players", 3, "players", None)]),
        ("In round 2 three riders fell on the wet descent.", [("three riders", 3, "riders", None)]),
        ("Woking has issued section 114 notices twice since it was set up.", [("twice", 2, "times", None)]),
        ("The region moved into tier 4 restrictions as type 2 diabetes patients waited.", []),
        ("Under clause 4 rules and paragraph 12 guidance the board met 40 times.", [("40 times", 40, "times", None)]),
        ("Police asked anyone with footage to call, quoting log 412, or reference 77 on the form.", []),
    ],
)
def test_a_number_word_after_a_naming_word_is_a_label_unless_it_counts_a_plural(sentence: str, expected: list[tuple]) -> None:
    assert figures_of(sentence) == _approx(expected)


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("Villa won 3-1 at home, and the result leaves them five points clear of the drop.", (3, 1)),
        ("The sides drew 4-4 in a wild game that ended after midnight in Madrid.", (4, 4)),
        ("The bill passed by a 52-48 vote after a long night of debate in the Senate.", (52, 48)),
        ("Their worst defeat of the season (4-0 vs Burnley) came at home in March.", (4, 0)),
        ("The Senate voted 51 to 49 to confirm her as the first woman in the post.", (51, 49)),
        ("The court ruled by a vote of seven to two that the law could stand.", (7, 2)),
        ("In a 5 to 4 decision, the justices sent the case back to the lower court.", (5, 4)),
        ("The motion was carried by 350 votes to 250 after a long debate.", (350, 250)),
        ("The final vote was 310 to 290 after an all-night session.", (310, 290)),
    ],
)
def test_a_score_is_its_own_kind_and_fuses_with_nothing(sentence: str, score: tuple[int, int]) -> None:
    figures = figures_in(sentence)
    assert ("score", None, *score) == figures[0][1:5]
    if "five points" in sentence:
        assert figures[1][:3] == ("five points", "count", 5)


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Murray won 6-4, 3-6, 7-6 (5-7) on Centre Court.", ["score", "score", "score", "score"]),
        ("She lost 4-6, 6-3, 3-6 in the final.", ["count", "score", "score"]),
        ("Prices ranged 10-20, and 30-40 people came.", ["count", "count"]),
        ("They won 2-1, 10-20 fans stormed the pitch.", ["score", "count"]),
        ("Turnout rose from 51 to 59, and 5 to 10 people voted.", ["count", "count"]),
    ],
)
def test_a_set_lost_in_a_list_of_sets_is_a_score(sentence: str, kinds: list[str]) -> None:
    assert [figure[1] for figure in figures_in(sentence)] == kinds


@pytest.mark.parametrize(
    ("sentence", "kind", "value", "unit"),
    [
        ("The party could win more than half the seats in the new parliament.", "fraction", 0.5, "seats"),
        ("Two-thirds of the obese population live in developing countries, the study found.", "fraction", 2 / 3, "population"),
        ("One in seven residents will be an immigrant by 2030, the report said.", "fraction", 1 / 7, "residents"),
        ("He threw the ball into a hoop - twice - in front of his amazed mother.", "multiple", 2, "times"),
        ("Think what you like: he was stabbed twice in the chest outside the club.", "multiple", 2, "times"),
        ("Police in the city said Two men were held after the raid on the bank.", "count", 2, "men"),
        ("If this is no extravagant amount, then what is? £100? Our fear is that fines will rise.", "money", 100, "GBP"),
        ("Nurses were offered a 2.5pc pay rise, the union said on Monday.", "percent", 2.5, "percent"),
        ("The ambulance took 45 mins to arrive at the scene of the crash.", "measure", 45, "minutes"),
        ("She finished the course in 2hr 15min, a record for the event.", "measure", 2, "hours"),
        ("The storm dropped 10in of rain on the valley overnight.", "measure", 10, "inches"),
        ("The new phone has 128GB of storage and a chip that runs at 3.2GHz.", "measure", 128, "GB"),
        ("Home broadband of 100 Mbps reaches most of the county by 2025.", "measure", 100, "Mbps"),
        ("Officers seized 500g of heroin and a 50cc scooter from the flat.", "measure", 500, "grams"),
        ("Patients were told to take 500mg of the drug with a 330ml glass of water.", "measure", 500, "mg"),
        ("Gusts of 100km/h hit the coast, and the car was doing 40 miles/hr.", "measure", 100, "km/h"),
        ("The car was doing 40 miles/hr when it left the road near the school.", "measure", 40, "mph"),
        ("The new plant will produce 1,200MW when it opens, and a 5G mast stands beside it.", "measure", 1200, "MW"),
        ("Police said 10 in the crowd were hurt when the barrier fell.", "count", 10, None),
        ("The central bank cut its main rate by 25bps to 4.5 per cent.", "percent", 25, "basis points"),
        ("The Fed raised rates by 25 basis points on Wednesday.", "percent", 25, "basis points"),
        ("Spreads widened by 40 basis point in a day.", "percent", 40, "basis points"),
        ("She bought 1 PC for the office and two phones for the staff.", "count", 1, "pc"),
        ("The officer told reporters 'Two men were held' after the raid on the bank.", "count", 2, "men"),
        ("Every week 300 people visit the museum, and the same day 40 people joined.", "count", 300, "people"),
        ("In recent years 3 per cent growth has been the norm for the sector.", "percent", 3, "percent"),
        ("Women were three times as likely to report the problem, the survey found.", "multiple", 3, "times"),
        ("Rents in the city have risen fourfold since the turn of the century.", "multiple", 4, "times"),
        ("The first lady presented the award to 15-time Grammy winner Alicia Keys.", "multiple", 15, "times"),
        ("The shop will host four full days of specials before it opens.", "measure", 4, "days"),
        ("Give the crews ten more minutes and they will have the fire out.", "measure", 10, "minutes"),
        ("She walked 10 long miles home after the bus broke down.", "measure", 10, "miles"),
        ("Bayer went out on penalties after 120 goalless minutes at home.", "measure", 120, "minutes"),
        ("The country endured three long decades of war before the treaty.", "measure", 30, "years"),
        ("The tank holds 500 cubic metres of gas under the old gasworks.", "measure", 500, "cubic metres"),
        ("The yacht sank 10 nautical miles off the coast of Cornwall.", "measure", 10, "nautical miles"),
        ("Refunds will be paid within seven working days of the match.", "measure", 7, "working days"),
        ("The planet orbits a star some 40 light-years from Earth.", "measure", 40, "light-years"),
        ("The marriage began to unravel over the past year and a half, friends said.", "measure", 1.5, "years"),
        ("Fans waited an hour and a half in the rain for the gates to open.", "measure", 1.5, "hours"),
        ("She served two years and a half of her sentence before the appeal.", "measure", 2.5, "years"),
        ("The feud between the families lasted a decade and a half.", "measure", 15, "years"),
        ("Rode scored in the 38th minute and the home side never looked back.", "ordinal", 38, "minute"),
        ("Jenson Button will start 17th on the grid after a poor qualifying session.", "ordinal", 17, "place"),
        ("The club finished 21st in the league after a poor run of form.", "ordinal", 21, "place"),
        ("The 12th man came on in the second half of the final.", "ordinal", 12, "man"),
        ("Aduriz scored a 90th minute equaliser to deny his old club.", "ordinal", 90, "minute"),
        ("A 70th-minute red card left Villa short for the rest of the game.", "ordinal", 70, "minute"),
        ("The win moved Sunderland up to 15th in the league table.", "ordinal", 15, "place"),
        ("He lost 7st in a year of daily swimming and walking.", "measure", 7, "stone"),
    ],
)
def test_fractions_multiples_and_ordinals(sentence: str, kind: str, value: float, unit: str) -> None:
    _text, found_kind, found, _low, _high, found_unit = figures_in(sentence)[0]
    assert (found_kind, found_unit) == (kind, unit) and found == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence",
    [
        "She made a 911 call and then dialled 999 again before the police came to the house.",
        "Her 911 phone call was played to the jury, and the 999 tapes were released after the trial.",
        "He called 9-1-1 at once and then rang 9-9-9 from the car park outside the shop.",
        "9-11 dispatch: Is he talking to you right now? Caller: No, he is not breathing at all.",
        "Sauber - Ferrari 1:38.158 - - - - - - 11.  Pastor Maldonado (Venezuela) Lotus - Renault",
        "He is known around Augusta as the par three caddy of the champion golfer.",
        "After a year of training she has a six-pack, and her brother drives an 18-wheeler.",
        "Ministers promised to ban the zero-hours contract and to build a zero emissions zone.",
        "Buddy Holly had not had a big hit on the charts since '57, the writer said.",
        "A mother of four, she was at home in the capital when the earthquake struck.",
        "He has stayed in the world's top 50 all year, and your back four is not high enough.",
        "As the students reached question three, the teacher laid out the figures for them.",
        "The court heard from the one-time heir apparent, who denied every charge against him.",
        "The two sides met in Geneva, and both agreed there are two sides to every story.",
        "Gallery: image 3 of 12 shows the crowd that gathered outside the court on Monday.",
        "The post (2/3) was shared widely by people in the town before it was deleted.",
        "The film was made by 20th Century Fox in Los Angeles for the summer season.",
        "It was voted the fifth greatest song of the 20th century, and the band live in a 19th-century house.",
        "He ran the lap in 1:36.954 and looked pleased with the car after the session.",
        "'Oh my god,' she said, and she could not believe what she had seen at the park.",
        "It was one of the best games she has played for the club in years, the coach said.",
        "A third victim told deputies he had seen the wire touching the fence that morning.",
        "It was a third consecutive win for the club, and a second straight loss for its rivals.",
        "Shares in 3M Co. rose after the results were released on Tuesday afternoon.",
        "The shop sold a 4K TV and a camera that shoots 8K video to the couple.",
        "The result was significant (p<0.05), and the effect held (P = 0.03) in the trial.",
        "Radio 4 broadcast the debate live from the town hall on Thursday night.",
        "Lawyers for the firm said the 232 inquiry into steel imports was unfair to them.",
        "Villa will drop back into the bottom three if they lose to Palace on Saturday.",
        "Kilmarnock are still in the hunt for a top-six place this season.",
        "The jets were F-16 fighters on loan from the air force of the neighbouring state.",
        "She told Page Six that the couple had split before the summer.",
        "He acted the scene from Ten Things I Hate About You, and she starred in Fifty Shades of Grey.",
        "The magazine put her on its list of 'Twelve Women Who Changed the World' and the band played 'Seven Nation Army'.",
        "Maybe next time he will think twice, and she thought twice about going back to the club.",
        "Caller: He is turning blue, please hurry.\n\n9-11\n\n: All right, you stay on the line with me.",
        "The thread went on for days.\n\n2/3\n\nNobody at the council answered the questions.",
        "On day 3 of the trial he led after lap 10, birdied hole 9 and took bus 73 home.",
        "The M25 was shut between junctions 10 and 11, as pages 12-14 and chapters 3 to 5 of the report explain.",
        "Year 10 pupils at the school run a 501(c)(3) charity and put savings in a 401(k) plan.",
        "Punters are putting two and two together and backing the name Sam.",
        "The officers came to the door at 11.30, and she knew straight away.",
        "Before the diet she wore a size 24 dress to every party she went to.",
        "On a Cathay Pacific 777-300ER the crew rest behind a hidden door.",
        "Rules for the H-1B visa changed after the Covid-19 pandemic and the MH-17 inquiry.",
        "Finishing outside the top four would cost the club its place in Europe next season.",
        "Memorials to the 9/11 attacks stand in both cities, and the shop is open 24/7.",
        "The vote was set for 3/15 but the board moved it to the spring.",
        "The lorry overturned on the motorway near junction 5 and blocked the road.",
        "Anyone with information should call 0800 555 1111 or text 07700 900123.",
        "The mother-of-six, from the Midlands, said she was mortified by the remark.",
        "He was shot in the back with a .22 calibre handgun outside the club.",
        "The clerk at the 7-Eleven on Main Street called the police.",
        "The festival opens on the 1st of May and runs for the whole month.",
        "She divorced husbands Nos. 1, 2, 5 and 7 but not the others, and see pages 4, 5 and 6.",
        "Protesters gathered outside 10 Downing Street and later at 221B Baker Street.",
        "Bookmakers make the champions 5-1 favourites to win the title again.",
        "The mare was a 66/1 outsider when she won at Aintree in the spring.",
        "She won the race at odds of 7-2 on a wet afternoon in the north.",
    ],
)
def test_counters_emergency_numbers_times_names_and_interjections_are_not_figures(sentence: str) -> None:
    assert figures_in(sentence) == []


def test_the_key_figures_are_the_story_s_not_the_largest() -> None:
    """The figure the title and the lede carry ranks above a larger amount in the background."""
    text = (
        "Ferry Sinks With 40 Passengers Aboard\n\n"
        "A ferry carrying 40 passengers sank off the coast on Monday, coastguards said.\n"
        "Rescuers pulled 40 passengers from the water within two hours of the alarm.\n"
        "The ferry company, which made $900 million last year, runs 12 boats on the route.\n"
        "Its chief executive, who earns $2 million a year, said an inquiry would follow.\n"
    )
    figures = briefing_of(text).figures
    assert figures[0].text == "40 passengers"
    assert [f.value for f in figures[:3]].count(40) == 1  # the same figure said again comes after the distinct ones


def test_a_match_s_score_ranks_above_the_minute_of_a_goal() -> None:
    """A match report is about its score: it is no background figure, as the minute of a goal is."""
    figures = briefing_of("Report\n\nDe Vrij headed in in the 38th minute as Holland beat Spain 2-0 in Amsterdam.\n").figures
    assert [f.kind for f in figures] == [FigureKind.SCORE, FigureKind.ORDINAL]


@pytest.mark.parametrize("length", ["A 12-minute video", "A 90-second clip", "Two hours of footage"])
def test_the_length_of_a_recording_is_no_key_figure(length: str) -> None:
    """A video's or a tape's length describes the evidence, not the story, even when it is said first."""
    text = f"Raid On Camera\n\n{length} of the raid was released on Monday.\nIt shows officers detaining 30 protesters.\n"
    figures = briefing_of(text).figures
    assert len(figures) == 2 and figures[0].text == "30 protesters"


def test_a_handful_named_in_passing_ranks_below_the_story_s_count() -> None:
    """"Two sons", "three neighbours": a small count after the opening names people or things in passing; the
    count the story is about ranks above it, though it comes later."""
    text = (
        "Fire Guts Warehouse\n\n"
        "A fire gutted a warehouse on the edge of the town on Monday night, officials said.\n"
        "The police said the fire started in a storeroom at the back of the building.\n"
        "The owner's two sons were asleep in a flat above the shop when it began.\n"
        "Firefighters said 40 homes nearby were saved by a change in the wind.\n"
    )
    assert [f.text for f in briefing_of(text).figures] == ["40 homes", "two sons"]
    opening = text.replace("on Monday night, officials said", "and two sons of the owner escaped")
    assert briefing_of(opening).figures[0].text == "two sons"  # in the opening, a small count is the story


def test_an_age_that_tells_who_someone_is_ranks_below_the_story_s_figure() -> None:
    """"Pat Ingles, 69," names a person; a hyphenated age ("a 12-year-old boy") can be the story and is not lowered."""
    text = "Plant To Close\n\nPat Ingles, 69, has lived beside the plant since it opened.\nIts owner said it would cut 40 jobs.\n"
    assert [f.text for f in briefing_of(text).figures] == ["40 jobs", "69"]
    hyphenated = text.replace("Pat Ingles, 69, has", "A 69-year-old neighbour has")
    assert briefing_of(hyphenated).figures[0].text == "69-year-old"


def test_a_figure_said_again_without_its_unit_is_the_same_figure() -> None:
    """"More than a million people" and then "a million" are one figure said twice: the second comes after the
    distinct figures, whichever of the two gives the unit."""
    for first, again in (("1 million people", "a million"), ("a million", "1 million people")):
        text = (
            f"Food Banks Fed {first.title()}\n\n"
            f"Food banks fed {first} last year, a charity said on Monday.\n"
            f"The number passed {again} for the first time, it said.\n"
            "Its 445 branches handed out 913,138 parcels in the winter.\n"
        )
        top = briefing_of(text).figures[:3]
        assert [f.value for f in top].count(1_000_000) == 1 and {f.value for f in top} >= {445, 913_138}


def test_a_range_said_again_in_other_words_is_the_same_figure() -> None:
    text = (
        "The men were aged between\n35 and 45, police said on Monday.\n"
        "Officers said 12 others and 40 more people were held.\n"
        "The men, aged 35 to 45, were freed on bail.\n"
    )
    figures = briefing_of(text).figures
    assert [(f.low, f.high) for f in figures[:3]].count((35, 45)) == 1 and [(f.low, f.high) for f in figures].count((35, 45)) == 2


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The 301 investigation began in May, the trade office said.", []),
        ("The 747 jet, carrying 379 people, landed safely in Denver.", ["379 people"]),
        ("She made the 911 call at once from the kitchen floor.", []),
        ("The Dow passed the 30,000 mark and then the 30,127 level on Friday.", ["30,000", "30,127"]),
        ("The 312 crew and 250 staff were told on Friday.", ["312 crew", "250 staff"]),
    ],
)
def test_digits_no_one_counts_in_name_one_thing(sentence: str, kept: list[str]) -> None:
    """"The 747 jet", "the 911 call": digits before a noun in the singular name one thing, even where a verb
    follows ("the 301 investigation began"); a level ("the 30,127 level") and a crew are counted."""
    assert [figure[0] for figure in figures_in(sentence)] == kept


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bids must be equal to 5000 or less, the council said.", ("equal to 5000", "count", 5000, None, None, None)),
        ("He became the first £100 player in the league that year.", ("£100", "money", 100, None, None, "GBP")),
        ("Turnout fell 12 percentage in the city this year.", ("12 percentage", "percent", 12, None, None, "percent")),
    ],
)
def test_a_number_before_a_conjunction_a_rate_word_or_after_a_currency_is_no_label(sentence: str, expected: tuple) -> None:
    """"The 301 investigation" names a thing; "5000 or less", "£100 player", "12 percentage" are amounts."""
    assert figures_in(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The airline gave 892,000 one-way tickets to its members.", 892_000),
        ("She found 100 one-dollar bills in the drawer.", 100),
        ("The club sold 20 two-year passes last month.", 20),
    ],
)
def test_digits_take_no_number_word_after_them(sentence: str, value: float) -> None:
    """"892,000 one-way" is no 892,001; words join words ("twenty five") and scales ("4 thousand 3 hundred")."""
    assert figures_in(sentence)[0][2] == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The app has 2 million-plus users in the country.", [("2 million-plus users", 2e6, "users", "more than")]),
        ("The coach ended his 20-plus-year career on Sunday.", [("20-plus-year", 20, "years", "more than")]),
        ("There were 50-odd people at the meeting last night.", [("50-odd people", 50, "people", "about")]),
    ],
)
def test_plus_or_odd_hyphened_to_a_number_qualifies_it(sentence: str, expected: list[tuple]) -> None:
    """"-plus" and "-odd" are no unit ("2 million-plus users" had unit "plus"): more than, about."""
    assert figures_of(sentence) == _approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Billions of pounds were spent on the line.", ("Billions of pounds", "money", "GBP", None)),
        ("The striker signed a six-figure deal with the club.", ("six-figure", "count", None, None)),
        ("She earns six figures at the bank in the city.", ("six figures", "count", None, None)),
        ("The minister quoted three figures from the report.", ("three figures", "count", "figures", 3)),
    ],
)
def test_vague_amounts_of_money_and_of_digits(sentence: str, expected: tuple) -> None:
    """"Billions of pounds" is money with no value; "a six-figure deal" has six digits, not the value 6."""
    text = expected[0]
    assert [(f.text, f.kind.value, f.unit, f.value) for f in briefing_of(sentence).figures if f.text == text] == [expected]


@pytest.mark.parametrize(
    ("sentence", "change", "subject"),
    [
        ("Shares closed up 2% on the day.", "up", "Shares"),
        ("Costs came down 2% in the year.", "down", "Costs"),
        ("The bank has racked up £50billion in losses since the crisis.", None, "losses"),
        ("She ended up staying for two years in the city.", None, None),
    ],
)
def test_up_and_down_tell_a_change_not_a_verb_s_particle(sentence: str, change: str | None, subject: str | None) -> None:
    """"closed up 2%" rose; "racked up £50billion" and "ended up staying" tell no change, and the verb is no subject
    (what the money is in is: "losses")."""
    figure = briefing_of(sentence).figures[0]
    assert (figure.change, figure.subject) == (change, subject)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fire cost $5 million and 300 jobs were lost.", [("$5 million", 5e6, "USD", None), ("300 jobs", 300, "jobs", None)]),
        ("Sales were $16 million and 2 percent of them abroad.", [("$16 million", 16e6, "USD", None), ("2 percent", 2, "percent", None)]),
        ("It cost £16 million and two people died.", [("£16 million", 16e6, "GBP", None), ("two people", 2, "people", None)]),
        ("The farmer counted two hundred and fifty sheep.", [("two hundred and fifty sheep", 250, "sheep", None)]),
        ("The clerk counted 3 hundred and 21 coins.", [("3 hundred and 21 coins", 321, "coins", None)]),
    ],
)
def test_and_joins_a_number_in_words_not_two_amounts(sentence: str, expected: list[tuple]) -> None:
    """British "and" goes on a number said in words ("two hundred and fifty"); after digits and a large scale it
    starts another amount ("$5 million and 300 jobs" is no $5,000,300)."""
    assert figures_of(sentence) == _approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One day she told me she was leaving the country.", []),
        ("One day, the phone rang and it was the bank.", []),
        ("Then one day he called the police about the noise.", []),
        ("One day later, police found the car by the river.", [("One day", 1, "day", None)]),
        ("The strike lasted one day and closed every school.", [("one day", 1, "day", None)]),
    ],
)
def test_one_day_meaning_once_is_no_figure(sentence: str, expected: list[tuple]) -> None:
    assert figures_of(sentence) == _approx(expected)


def test_places_in_a_table_are_no_figure_but_the_top_earners_are_counted() -> None:
    assert figures_in("The top 10 earners paid 40 percent of the tax.") == [
        ("10 earners", "count", 10, None, None, "earners"),
        ("40 percent", "percent", 40, None, None, "percent"),
    ]


def test_a_caption_s_number_ranks_below_the_story_s() -> None:
    """A photo caption run into the text repeats or frames the story; its number comes after the story's own."""
    text = (
        "Bank Robbed\n\n"
        "Witnesses (pictured) saw 3 masked men outside the branch.\n"
        "Thieves took $2 million from the bank on Monday, police said.\n"
    )
    assert [f.text for f in briefing_of(text).figures] == ["$2 million", "3 masked men"]
    plain = text.replace("Witnesses (pictured) saw", "A passer-by saw")
    assert [f.text for f in briefing_of(plain).figures] == ["3 masked men", "$2 million"]


def test_a_figure_told_in_a_run_in_caption_and_in_the_story_shows_the_story_s_mention() -> None:
    """A caption run into the text without its full stop is a caption: the same figure told again by the story
    is the mention shown, and the story's sentence after the caption is no caption."""
    text = (
        "Council Cuts Jobs\n\n"
        "The mayor visited a depot today The plan will affect firms with at least 250 staff, about 9,000 workers.\n"
        "Officials said at least 250 staff would be affected.\n"
    )
    briefing = briefing_of(text)
    staff = next(f for f in briefing.figures if f.value == 250)
    assert briefing.article.passage(staff.cite) == "The plan will affect firms with at least 250 staff, about 9,000 workers."
    lead = text.replace(" today The plan", " today. The plan")
    assert briefing_of(lead).figures[0].text == "at least 250 staff"
    caption = text.replace("Officials said at least 250 staff", "Officials said the jobs").replace(
        "The mayor visited a depot today The plan will affect", "Visitors saw 30 vans and 12 drivers today The plan hits")
    assert [f.text for f in briefing_of(caption).figures][:2] == ["at least 250 staff", "about 9,000 workers"]


def test_a_vague_amount_ranks_below_a_figure_with_a_value() -> None:
    """"Millions of workers" says how many without a number: a figure with a value carries the story better."""
    text = "Leave Plan\n\nThe plan gives millions of workers three days of leave, and firms with 250 staff must comply.\n"
    assert [f.text for f in briefing_of(text).figures][-1] == "millions of workers"


def test_what_someone_has_ranks_below_what_happened() -> None:
    """"His two sons", "her 35-foot sailboat" tell who someone is; the same words without the possessive can be
    the story, and a span of someone's life ("his three decades in power") is not lowered."""
    crash = "Bus Crash\n\nA driver and {} were hurt when a bus carrying 30 people overturned on Monday.\n"
    assert [f.text for f in briefing_of(crash.format("his two sons")).figures] == ["30 people", "two sons"]
    assert [f.text for f in briefing_of(crash.format("two boys")).figures] == ["two boys", "30 people"]
    sailor = "Sailor Found\n\nA sailor who took {} out in January was found after 66 days at sea.\n"
    assert [f.text for f in briefing_of(sailor.format("her 35-foot sailboat")).figures] == ["66 days", "35-foot"]
    assert [f.text for f in briefing_of(sailor.format("a 35-foot sailboat")).figures] == ["35-foot", "66 days"]
    reign = "King Falls\n\nThe revolt ended his three decades in power after a 12-day siege.\n"
    assert [f.text for f in briefing_of(reign).figures] == ["three decades", "12-day"]


@pytest.mark.parametrize(
    ("lede", "background"),
    [
        ("Two weeks after the storm, the river rose 4 metres in 12 hours.", "Two weeks"),
        ("The boy, one of four children, was among 12 pupils and 5 teachers hurt.", "four children"),
        ("The painting, one of only 36 by the artist, sold for $9 million in 12 minutes.", "36"),
        ("Three people familiar with the plan said the airline will cut 12 routes and 800 jobs.", "Three people"),
        ("The fire burned 2,000 hectares (5,000 acres) in 12 hours.", "5,000 acres"),
        ("The world's two biggest carmakers will share 40 factories and 9 plants.", "two biggest carmakers"),
    ],
)
def test_numbers_that_set_the_scene_rank_below_the_story_s(lede: str, background: str) -> None:
    """A span that only dates something, a count of sources, a conversion in brackets, a rank without an
    amount and the group someone belongs to come after the figure the sentence is about."""
    figures = briefing_of(f"Headline\n\n{lede}\n").figures
    assert len(figures) == 3 and figures[-1].text == background


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The strike lasted a week before talks resumed.", [("a week", 1, "week", None)]),
        ("The dynasty ruled for a century before it fell.", [("a century", 100, "years", None)]),
        ("She served nearly a decade in prison for fraud.", [("nearly a decade", 10, "years", "about")]),
        ("It took more than a year to rebuild the bridge.", [("more than a year", 1, "year", "more than")]),
        ("He earns $5 a day at the quarry near the town.", [("$5", 5, "USD", None)]),
        ("The committee meets twice a week in the capital.", [("twice", 2, "times", None)]),
        ("Workers would get three days paid leave a year.", [("three days", 3, "days", None)]),
    ],
)
def test_a_span_of_time_with_an_article_is_a_duration_but_not_a_rate(sentence: str, expected: list[tuple]) -> None:
    assert figures_of(sentence) == _approx(expected)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("About 40 people were hurt when the stand collapsed.", 40),
        ("Some 300 staff lost their jobs when the plant shut.", 300),
        ("Every 10 minutes a train leaves for the airport.", 10),
        ("Nearly 12 families were moved from the flats.", 12),
        ("They bought a 3 bedroom house near the station.", 3),
        ("The 232 inquiries into steel imports took years.", 232),
    ],
)
def test_counts_at_the_start_and_in_compounds_are_no_labels(sentence: str, value: float) -> None:
    assert [v for _, v, _, _ in figures_of(sentence)] == [value]


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("The manager has not lost three successive league games since April.", None),
        ("Hamilton gained two places on the first lap.", None),
        ("Labour lost 20 seats in the election.", "down"),
        ("Shares lost 5% on Monday.", "down"),
    ],
)
def test_games_lost_or_places_gained_are_no_change_of_a_level(sentence: str, change: str | None) -> None:
    assert briefing_of(sentence).figures[0].change == change


@pytest.mark.parametrize(
    ("sentence", "subject", "unit"),
    [
        ("The snowpack in the basin was 87 per cent of normal on Friday.", "snowpack in the basin", "percent"),
        ("Around 30% of the population lives in cities.", "population", "percent"),
        ("About 40% of the average wage goes on rent.", "average wage", "percent"),
        ("Half of the money goes to charity, the trust said.", "money", "money"),
        ("It is one of approximately 35 known works by the painter.", "known works", "works"),
    ],
)
def test_a_baseline_is_no_subject_and_a_verb_after_a_singular_noun_ends_the_phrase(sentence: str, subject: str, unit: str) -> None:
    figure = briefing_of(sentence).figures[0]
    assert (figure.subject, figure.unit) == (subject, unit)


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("This will be her first divorce and a third for him, after two marriages.", ["two marriages"]),
        ("It was his second title and a third for the club.", []),
        ("Prices rose a third in the first year and a quarter in the second.", ["a third", "a quarter"]),
        ("The first vote was won and a third of the second was lost.", ["a third"]),
        ("They detonated two car bombs in the capital this evening and a third in Erbil.", ["two car bombs"]),
        ("Two men were arrested and a third was questioned.", ["Two men"]),
        ("Sales rose two per cent in March and a third in April.", ["two per cent", "a third"]),
    ],
)
def test_a_third_after_an_ordinal_and_and_orders_rather_than_divides(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in briefing_of(sentence).figures] == texts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rory McIlroy shot a final-round 66 on Sunday.", [("66", 66.0, None)]),
        ("He is 12 under par after three rounds.", [("12 under par", 12.0, "under par"), ("three rounds", 3.0, "rounds")]),
        ("The tie went to round 3 in the end.", []),
        ("The match lasted two hours and 15 minutes.", [("two hours and 15 minutes", 2.25, "hours")]),
        ("The flight took an hour and 24 minutes.", [("an hour and 24 minutes", 1.4, "hours")]),
        ("He was jailed for four years and eight months.", [("four years and eight months", 4.67, "years")]),
        ("The two hours and the 15 minutes were long.", [("two hours", 2.0, "hours"), ("15 minutes", 15.0, "minutes")]),
    ],
)
def test_a_round_s_score_a_score_against_par_and_a_span_in_two_units(sentence: str, expected: list[tuple[str, float, str | None]]) -> None:
    """"a final-round 66" is a score ("round 3" names a round); "12 under par"; "two hours and 15 minutes" is one span."""
    assert [(f.text, round(f.value or 0, 2), f.unit) for f in briefing_of(sentence).figures] == expected



@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 -./+()@:wfityFIYohpsOF", max_size=30))
def test_the_quick_pass_before_the_masks_misses_no_text_a_mask_would_cover(text: str) -> None:
    """Phone numbers, codes, addresses, counters, formations and even odds are looked for only where a quick pass
    finds what each of them holds: every text a mask matches, the quick pass matches too."""
    from briefings.extract.figures import _MASKS, _MAY_BE_MASKED

    for example in ("+44 20 7946 0958", "(555) 123-4567", "0808 800 5000", "www.example.org", "PICTURE 2 OF 9", "a fifty-fifty call", text):
        assert not _MASKS.search(example) or _MAY_BE_MASKED.search(example), example


def test_a_bare_count_a_verb_changes_to_takes_the_plural_it_names_as_its_object() -> None:
    """"quadrupled its seats to 48, up from 12" counts seats; "Shares rose to 48" counts no shares."""
    assert [(f[0], f[2]) for f in figures_of("The party quadrupled its seats to 48, up from 12, in the vote.")] == [("48", "seats"), ("12", "seats")]
    assert [(f[0], f[2]) for f in figures_of("Members rose to 5,000 and shares rose to 48 on Monday.")] == [("5,000", None), ("48", None)]


def test_a_count_of_the_wounded_or_the_dead_counts_them() -> None:
    assert [(f[0], f[2]) for f in figures_of("Two of the wounded were in critical condition and three of the dead were children.")] == [
        ("Two of the wounded", "wounded"), ("three of the dead", "dead")
    ]
    assert [(f[0], f[2]) for f in figures_of("Two of the wounded officers died in hospital.")] == [("Two of the wounded officers", "officers")]
