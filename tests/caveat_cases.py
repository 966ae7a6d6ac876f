"""Sentences of news labelled caveat (with the kind of hedge) or not, written for these tests.

Shared by tests/test_caveats.py (each must hold) and benchmarks/caveats.py (prints the accuracy).
The negatives are the hard ones: past processes, plain attributions, modal verbs of ability or
ordinary fact, definitions, and the cue words in another sense.
"""

from __future__ import annotations

from briefings.model.briefing import CaveatKind

CONDITION = CaveatKind.CONDITION
UNCERTAINTY = CaveatKind.UNCERTAINTY
PENDING = CaveatKind.PENDING
SOURCING = CaveatKind.SOURCING
SPECULATION = CaveatKind.SPECULATION
DISPUTE = CaveatKind.DISPUTE

# (sentence, kind of the hedge or None when the sentence is no caveat)
CASES: list[tuple[str, CaveatKind | None]] = [
    # courts
    ("The court will hear the case next month.", PENDING),
    ("Lawyers for the family sought an order to stop the sale, and a hearing is scheduled for Friday.", PENDING),
    ("The former mayor, who has pleaded not guilty, faces up to 20 years in prison if convicted.", DISPUTE),
    ("The judge ordered a retrial after the jury failed to reach a verdict.", PENDING),
    ("Her lawyer called the charges 'absurd' and said she would fight them.", DISPUTE),
    ("He still insists he was at home on the night of the robbery.", DISPUTE),
    ("The defendant is accused of defrauding investors of more than $4 million.", DISPUTE),
    ("The company plans to appeal the ruling.", PENDING),
    ("The jury found him guilty of all six counts on Thursday.", None),
    ("The judge sentenced Marsh to eight years in prison in 2019.", None),
    # police
    ("Nobody has been charged so far, police said.", PENDING),
    ("The suspected gunman, who has not been named, was taken to hospital.", DISPUTE),
    ("Police could not say exactly where the car left the road.", UNCERTAINTY),
    ("It is not clear how many people were inside the building when it collapsed.", UNCERTAINTY),
    ("A post-mortem examination will be carried out to establish the cause of death.", PENDING),
    ("Detectives are trying to identify the man seen leaving the shop.", PENDING),
    ("Accounts differ on who fired the first shot.", UNCERTAINTY),
    ("No further details were released.", UNCERTAINTY),
    ("Officers arrived at the scene within four minutes, police said.", None),
    ("The stolen van was found abandoned in a car park on Monday.", None),
    # politics
    ("The bill could be delayed until after the summer recess.", SPECULATION),
    ("The minister rejected the report as a smear.", DISPUTE),
    ("The deal will go ahead unless the council votes against it.", CONDITION),
    ("If talks fail, the strike will begin on Monday.", CONDITION),
    ("She is under investigation by the ethics committee over her expenses.", PENDING),
    ("The senator, speaking on condition of anonymity, said the vote was close.", SOURCING),
    ("According to people familiar with the talks, the two sides are far apart.", SOURCING),
    ("The party is thought to be weighing a leadership challenge.", SPECULATION),
    ("It remains uncertain whether the coalition will survive the budget.", UNCERTAINTY),
    ("The president signed the bill into law on Tuesday.", None),
    ("He was investigated in 2010 and cleared of any wrongdoing.", None),
    ("Parliament has 650 members.", None),
    ("The prime minister said the economy grew by 2 per cent last year.", None),
    # business
    ("The board is weighing a bid from a private equity group.", PENDING),
    ("The merger is subject to regulatory approval.", CONDITION),
    ("Results could take weeks to arrive.", SPECULATION),
    ("The chief executive is reportedly in talks to sell the division.", SOURCING),
    ("The bank denied that it had misled customers.", DISPUTE),
    ("Analysts expect profits to fall in the second half.", SPECULATION),
    ("The firm did not respond to requests for comment.", DISPUTE),
    ("Shares rose 4 per cent after the company beat forecasts on Wednesday.", None),
    ("The company employs 3,000 people in its three factories.", None),
    ("The new plant can produce 500 cars a day.", None),
    ("A bond is a loan that an investor makes to a company or government.", None),
    # science and health
    ("The study has limits: it followed only 300 patients for two years.", UNCERTAINTY),
    ("The findings suggest that the drug may slow the disease.", SPECULATION),
    ("Researchers admitted they had not measured the participants' diet.", UNCERTAINTY),
    ("The virus is believed to have spread from bats.", SPECULATION),
    ("We might see the first results soon.", SPECULATION),
    ("The results have yet to be published in a peer-reviewed journal.", PENDING),
    ("Water boils at 100 degrees Celsius at sea level.", None),
    ("The telescope was launched in December and reached its orbit a month later.", None),
    ("Patients could walk unaided within two days of the operation, the surgeons reported.", None),
    ("The team published its findings in the journal Nature on Wednesday.", None),
    # sport
    ("The striker could be banned for a year.", SPECULATION),
    ("The club is very unlikely to sell its captain.", SPECULATION),
    ("The midfielder is a doubt for Saturday's game after limping off.", SPECULATION),
    ("The governing body said it would review the incident.", PENDING),
    ("The referee did not appear to see the foul.", SPECULATION),
    ("They will be relegated if they lose their last two matches.", CONDITION),
    ("United won 3-1 with two goals from Rashford.", None),
    ("She could run faster than anyone in her school.", None),
    ("The team appeared in three finals in four years.", None),
    ("He scored his first goal for the club in May.", None),
    ("The keeper was in top form, denying the striker twice from close range.", None),
    # other senses and plain reporting
    ("The mayor is in charge of the city's police.", None),
    ("The match was called off due to the heavy rain.", None),
    ("The storm claimed the lives of 12 people.", None),
    ("The bridge was built as long as a football pitch.", None),
    ("The council wants the road reopened as soon as possible.", None),
    ("The request was eventually denied by the court.", None),
    ("Investigators are still examining the wreckage.", PENDING),
    ("He claims the first payment was never made.", DISPUTE),
    ("He denied a charge of fraud at the court.", DISPUTE),
    ("A club spokesman refused to be drawn on the striker's future.", DISPUTE),
    ("Police are appealing for witnesses to come forward.", PENDING),
    ("It remains to be seen whether the ceasefire will hold.", UNCERTAINTY),
    ("The club has appealed for calm after the match.", None),
    ("The outcome hinges on Thursday's vote in parliament.", CONDITION),
    ("Should the bill pass, tuition fees will rise again.", CONDITION),
    ("Provided the weather holds, the launch will go ahead.", CONDITION),
    ("Neither side would confirm that the talks took place.", UNCERTAINTY),
    ("The firm provided the funds for the new school in 2010.", None),
    ("Insiders say the chief executive will quit before the summer.", SOURCING),
    ("An aide, speaking privately, said the president was furious.", SOURCING),
    ("A 34-year-old man was arrested on suspicion of murder.", DISPUTE),
    ("The study was small and observational, so it cannot prove cause and effect.", UNCERTAINTY),
    ("More research is needed to confirm the results in older patients.", UNCERTAINTY),
    ("The paper has not yet been peer-reviewed by other scientists.", UNCERTAINTY),
    ("Experts said the results should be treated with caution.", UNCERTAINTY),
    ("He cannot show his face in town after the match.", None),
    ("Detectives are investigating whether the fire was started deliberately.", PENDING),
    ("I asked him if he had seen the film.", None),
    ("The reporter was warned that she was being filmed before her rant.", None),
    ("Forecasters warned that the river could burst its banks overnight.", SPECULATION),
    ("The company has not responded to a request for comment.", DISPUTE),
    ("The firm expects profits to fall sharply next year.", SPECULATION),
    ("In a landmark ruling, appeal court judges decided the fine was fair.", None),
    ("The army never planned for the growth it is now contending with.", None),
    ("The company did not give a reason for the delay.", UNCERTAINTY),
    ("Barring a last-minute hitch, the strike will go ahead.", CONDITION),
    ("Nothing has been decided yet, a spokesman said.", PENDING),
    ("Nothing was found at the scene, police said.", None),
    ("Traders are betting that the central bank will cut rates.", SPECULATION),
    ("He was betting on horses when he was arrested.", None),
    ("Islamic State claimed responsibility for the two car bombings.", None),
    ("The group claimed the attack was revenge for the air strikes.", DISPUTE),
    ("It is too early to say whether the vaccine works in older people.", UNCERTAINTY),
    ("The researchers said the link was an association, not proof of cause.", UNCERTAINTY),
    ("Data for 2023 are provisional and may be revised.", UNCERTAINTY),
    ("The trial was not randomised, so the results are weaker.", UNCERTAINTY),
    ("Critics pointed to the study's small sample size.", UNCERTAINTY),
    ("A small sample of the wine was tasted by the judges.", None),
    ("The team arrived too early to see the parade.", None),
]
