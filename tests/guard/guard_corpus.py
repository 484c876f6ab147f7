"""Labelled Neighbourhood Watch reports for measuring the guard, used by the tests and by
bench/guard_precision.py.

Each case says which flag kinds a good guard should raise for it (and, where it matters, words
that must be quoted as evidence). Most reports in a real queue are ordinary, so many cases here
must raise nothing: a guard that flags everything is as useless as one that flags nothing.

CASES were used while the rules were being developed, so figures on them are optimistic. They
include two batches that were held out when written and then used to close the gaps they showed:
FIRST_HELD_OUT scored precision 0.967 and recall 0.784 when first run, SECOND_HELD_OUT precision
1.000 and recall 0.676.

HELD_OUT (the third batch, 54 reports) scored precision 0.950 and recall 0.613 when first run
(confrontation recall 0.167, danger 0.600). Its misses were then used to write more general rules,
so it is no longer a fair measure: it now only guards against regression.

FOURTH_HELD_OUT (89 reports: 35 ordinary ones full of alarming words in harmless use, 21 meaning
to confront someone, 11 emergencies) was written before that change and scored once before it and
once after it, and never used to tune anything:

    kind                before: precision  recall    after: precision  recall
    identifies_person              1.000    0.800               1.000    0.867
    accusation                     1.000    0.667               1.000    0.667
    confrontation                  1.000    0.048               1.000    0.524
    identity_suspicion             0.667    0.571               0.714    0.714
    repeat_targeting               1.000    0.667               1.000    0.667
    danger                         0.400    0.182               0.750    0.818
    overall                        0.833    0.397               0.898    0.698

Its figures are the better guess at how the guard does on reports nobody has seen (though the
same people wrote the batch and the rules, so even they flatter it). Add reports that the guard
gets wrong to DEVELOPMENT, in your own words, when fixing the rules, and keep FOURTH_HELD_OUT
untouched; the next batch of new reports should be held out in its turn.

FIFTH_HELD_OUT (117 reports, 49 with no flag) and SIXTH_HELD_OUT (131 reports, 55 with no flag)
were written together, before any rule was changed for them, with the wordings the guard was known
to miss (threats as outcomes, damage planned, following or blocking a driver, injuries described
plainly, a first name with a workplace, slurs joined to a nationality) in different words in each.
They also say which reports must be urgent: danger, and a confrontation that is a threat or is
planned for a near time. Scored with the rules as they stood:

    kind                fifth: precision  recall    sixth: precision  recall
    identifies_person              1.000    0.667               0.933    0.667
    accusation                     0.818    0.750               1.000    0.583
    confrontation                  1.000    0.429               0.667    0.080
    identity_suspicion             0.889    0.800               0.889    0.727
    repeat_targeting               1.000    0.750               1.000    0.750
    danger                         0.667    0.429               0.750    0.214
    overall                        0.887    0.595               0.902    0.425
    urgent (is_urgent)             0.667    0.214               0.750    0.097

The fifth batch was then used to tune the rules, so like HELD_OUT it now only guards against
regression; the sixth was never used to tune anything and was scored once after that change:

    kind                fifth after: precision  recall    sixth after: precision  recall
    identifies_person                    1.000    1.000                     0.947    0.857
    accusation                           1.000    1.000                     1.000    0.583
    confrontation                        1.000    1.000                     0.857    0.240
    identity_suspicion                   1.000    1.000                     1.000    0.909
    repeat_targeting                     1.000    1.000                     1.000    1.000
    danger                               1.000    1.000                     0.875    0.500
    overall                              1.000    1.000                     0.945    0.598
    urgent (is_urgent)                   1.000    1.000                     0.909    0.323

Its one wrong "danger" was the word "odd", matched by the phrase "od'd" (whose apostrophe is
optional): a mistake in the rules since before these batches, fixed after this scoring, which
takes the sixth batch's danger precision to 1.000 and its overall precision to 0.963. The figures
above, from before the fix, stay the honest ones.

The sixth batch's figures are the honest estimate, and they say the same as the fourth's did:
rules that catch every wording they were shown still miss most wordings nobody has shown them
(threats and plans in new words above all), though they rarely flag an innocent report.

SEVENTH_HELD_OUT (132 reports, 57 with no flag, 24 meaning to confront someone, 15 emergencies, 32
that must be urgent) was written before any rule was changed for it, in wordings of its own, and
scored once with the rules as they stood (after the sixth batch's scoring and the "odd" fix):

    kind                before: precision  recall
    identifies_person              1.000    0.889
    accusation                     1.000    0.500
    confrontation                  1.000    0.333
    identity_suspicion             0.909    1.000
    repeat_targeting               1.000    1.000
    danger                         1.000    0.733
    overall                        0.982    0.659
    urgent (is_urgent)             1.000    0.500

The sixth batch was then spent: used, with the development corpus and the other spent batches, to
make the rules more general rather than to add its wordings: an intention ("gonna", "the lads are
going to", "someone ought to") followed within a few words by an act of harm aimed at a person or
at what is theirs, a gap in a phrase that never skips a negator, threats said as outcomes ("he
won't know what hit him", "his tyres will be flat by morning", "they want running out of the
village"), injuries, collapse and people who cannot look after themselves described plainly, and
a near time in the sentence before a plan. Each new rule was tried against ordinary reports using
the same words (now in DEVELOPMENT). The seventh was never used to tune anything, the bench prints
only its table, and it was scored once after that change:

    kind                seventh before: precision  recall    after: precision  recall
    identifies_person                      1.000    0.889               1.000    0.889
    accusation                             1.000    0.500               1.000    0.643
    confrontation                          1.000    0.333               1.000    0.500
    identity_suspicion                     0.909    1.000               0.909    1.000
    repeat_targeting                       1.000    1.000               1.000    1.000
    danger                                 1.000    0.733               1.000    0.800
    overall                                0.982    0.659               0.984    0.741
    urgent (is_urgent)                     1.000    0.500               1.000    0.656

(The sixth batch, tuned on, went to precision 0.988 and recall 0.977; the fourth, never tuned on,
did not move: precision 0.911, recall 0.810.) So the seventh batch's figures were then the honest
estimate, and the target of 0.9 recall was not met: the general rules caught a third of the
threats and plans they had missed, without flagging one more innocent report, but half the
confrontations in wordings nobody had shown the rules still got past them. The same person wrote
the seventh batch and the rules, so even these figures flattered the guard.

The seventh batch was then spent in its turn: its mistakes were read and the rules generalised
rather than given its wordings. Each frame was joined to a broad lexicon instead of a list of
sentences: an intention (now also "itching to", "would love to", "time someone", people paid to
do it) before harm to a person or to anything of theirs (cameras, walls, gates, trackers put on a
van, a bat round the head), what someone is said to need or deserve ("that family need burning
out", "he needs his legs breaking"), threats said as outcomes or promises ("it won't be pretty",
"a visit from some friends of mine", "they'll be going home with a thick ear", "the next one I
catch is going in the canal"), being watched, followed, chased, blocked in or shamed on posters;
a crime pinned on whoever a name, a house or a plate just before it points at ("Number 22's lad
has been robbing", "it's them at number 14 that are selling"), or just after a guess ("bet it's
number 9"), with lexicons of crimes done and doing, "the one who" and what someone is behind; and
danger from any weapon waved or held in a fight, choking, a stroke, gas, swallowed batteries,
notes left and "I'm going to end it". A rule that counts only beside a name, a house or a plate
(`target`) and an apostrophe that must be there ("we''re") were added to the phrase syntax, and
many phrases that had put two words in one choice ("car park|cliff", "asthma attack|stroke"),
and so never matched, were fixed. Thirteen sets of new wordings (shouted and text-speak ones among
them), each with ordinary reports that use the same words, were written and added to DEVELOPMENT
as the rules were changed, 443 reports in all. After that change:

    kind                seventh after: precision  recall    fourth after: precision  recall
    identifies_person                      1.000    1.000                     1.000    0.933
    accusation                             1.000    1.000                     1.000    0.833
    confrontation                          1.000    1.000                     1.000    0.667
    identity_suspicion                     1.000    1.000                     0.750    0.857
    repeat_targeting                       1.000    1.000                     1.000    1.000
    danger                                 1.000    1.000                     0.833    0.909
    overall                                1.000    1.000                     0.929    0.825
    urgent (is_urgent)                     1.000    1.000                     0.905    0.704

The seventh batch was tuned on, so its figures now only guard against regression. The fourth,
never tuned on, moved only a little (precision 0.911 to 0.929, recall 0.810 to 0.825): it is
the one measure here of wordings the rules were not shaped to, and it still says the guard misses
some threats and plans in words of their own. The next batches of new reports, written by
others, are held out to measure this change.

At the same time a statistical layer was added beside the rules (volunteers/guard/model.py,
trained by scripts/train_guard_model.py from every batch in this file, the fourth and seventh
included, so none of them measures it): a linear classifier per kind for accusation,
confrontation, identity suspicion and danger, whose flags are added where the rules raise none,
with thresholds above every report here that must not be flagged.

EIGHTH_HELD_OUT (tests/guard/corpus_eighth.py, 167 reports, 65 with no flag) and NINTH_HELD_OUT
(tests/guard/corpus_ninth.py, 165 reports, 64 with no flag) were written by two people who had
not seen the rules or run the guard, before either change, and never used to tune the rules or
train the model; the bench and the tests print only their tables. Scored once with the rules as
they stood before both changes, then with the rules after their tuning alone, then with the
rules and the model as they stand (both batches together, precision / recall):

    kind                before           rules tuned      rules and model
    identifies_person   0.962 / 0.797    0.962 / 0.797    0.962 / 0.797
    accusation          0.963 / 0.619    0.963 / 0.619    0.966 / 0.667
    confrontation       1.000 / 0.288    1.000 / 0.424    1.000 / 0.500
    identity_suspicion  1.000 / 0.607    1.000 / 0.607    1.000 / 0.679
    repeat_targeting    1.000 / 0.917    1.000 / 0.917    1.000 / 0.917
    danger              0.667 / 0.400    0.692 / 0.450    0.733 / 0.550
    overall             0.927 / 0.556    0.932 / 0.599    0.937 / 0.651
    urgent (is_urgent)  0.743 / 0.292    0.773 / 0.382    0.796 / 0.438

(Each alone, before and after: the eighth 0.929 / 0.504 to 0.942 / 0.628, the ninth 0.926 /
0.610 to 0.933 / 0.675.) These are the honest figures, and the first batches written by someone
other than the rules' author: they say the guard still misses a third of the flags on reports in
words nobody showed it (half the plans to confront someone, nearly half the emergencies), and so
still far from the 0.9 target. Some of the gap may be labelling: the writers' calls on borderline
reports differ from the corpus's in places, which the low danger precision suggests, but that
cannot be judged without reading their mistakes, which would spend the batches. Officers review
every report whether or not it is flagged.

TENTH_HELD_OUT (tests/guard/corpus_tenth.py, 190 reports, 73 with no flag) and ELEVENTH_HELD_OUT
(tests/guard/corpus_eleventh.py, 226 reports, 89 with no flag) were then written the same way, by
two more people who had not seen the rules or run the guard. With them as the measure, the eighth
and ninth were spent: their mistakes were read and turned into more general rules (harmless uses
of danger words: a knife sharpener, a play, a safety campaign, a bird scarer, "drowning in
leaves", a fire already past; threats and plans in plain or dialect words and formal ones, "I
intend to confront", "I shall detain them"; a dog attacking a child, someone wandering in a fast
road, a goodbye beside a rope; faith dress and "tinkers" joined to a suspicion), and the model was
trained again with them (scripts/train_guard_model.py). The tenth and eleventh, scored once
before and once after (both together, precision / recall):

    kind                before           after
    identifies_person   0.952 / 0.769    0.952 / 0.769
    accusation          0.853 / 0.630    0.853 / 0.630
    confrontation       1.000 / 0.500    0.939 / 0.590
    identity_suspicion  0.938 / 0.857    0.941 / 0.914
    repeat_targeting    0.941 / 0.941    0.941 / 0.941
    danger              0.800 / 0.679    0.812 / 0.736
    overall             0.916 / 0.691    0.910 / 0.727
    urgent (is_urgent)  0.855 / 0.551    0.825 / 0.617

(Each alone, before and after: the tenth 0.910 / 0.664 to 0.899 / 0.704, the eleventh 0.921 /
0.713 to 0.918 / 0.746.) Recall rose by a tenth of what is missing, the same small step each
round of tuning has given on batches written later: each writer's wording is new to the rules,
and a rule written from one batch's misses rarely catches the next batch's. Still far from 0.9.

TWELFTH_HELD_OUT (tests/guard/corpus_twelfth.py, 244 reports, 102 with no flag) was then written
the same way, and the tenth spent in turn: its mistakes became more general rules (more
first names of Scotland and Wales, "our Shannon who works in the chippy", crimes pinned in plain
words such as "lifting the parcels" or "the Johnstone boys that took the quad", going at someone
with a weapon or a brother, weapons kept for "the next one", threats to a car or its tank, "take
the matter into my own hands", dialect injuries, someone no longer moving; and shooting parties,
controlled burning, gulls and "bleeding us dry" are no longer danger), and the model was trained
again with it, its thresholds held above the test suite's ordinary accusations. The eleventh and
twelfth, scored once before and once after (both together, precision / recall):

    kind                before           after
    identifies_person   0.961 / 0.742    0.962 / 0.758
    accusation          0.822 / 0.787    0.848 / 0.830
    confrontation       0.911 / 0.603    0.922 / 0.691
    identity_suspicion  0.947 / 0.947    0.923 / 0.947
    repeat_targeting    0.913 / 0.913    0.913 / 0.913
    danger              0.885 / 0.687    0.887 / 0.701
    overall             0.915 / 0.744    0.918 / 0.773
    urgent (is_urgent)  0.870 / 0.626    0.854 / 0.654

(Each alone, before and after: the eleventh 0.918 / 0.746 to 0.914 / 0.762, the twelfth 0.911 /
0.742 to 0.921 / 0.784.) The same few points again, and the tenth itself went from 0.899 / 0.704
to 0.961 / 0.961 once tuned on: rules fit the batch they are written from far better than the
next one.

THIRTEENTH_HELD_OUT (tests/guard/corpus_thirteenth.py, 235 reports, 95 with no flag) was written
the same way (though its writer read this account of earlier rounds), and the eleventh spent: a
person pinned by where they work or live when a named street follows ("the lad who works the
fryer at the chippy on Dock Street", "her off the nail bar on Lark Lane": identifies_person's new
pinned_people), more plans and threats in plain words, gas, ice, power lines and fires in dialect
and plainly; pond scum, telegraph poles, knife skills classes and pheasant shoots no longer count.
The model was trained again with it. The twelfth and thirteenth, scored once before and once
after (both together, precision / recall):

    kind                before           after
    identifies_person   0.956 / 0.768    0.958 / 0.803
    accusation          0.907 / 0.750    0.864 / 0.731
    confrontation       0.806 / 0.735    0.836 / 0.676
    identity_suspicion  1.000 / 0.912    1.000 / 0.882
    repeat_targeting    0.920 / 0.920    0.920 / 0.920
    danger              0.860 / 0.754    0.833 / 0.769
    overall             0.907 / 0.780    0.904 / 0.780
    urgent (is_urgent)  0.839 / 0.670    0.839 / 0.670

(Each alone, before and after: the twelfth 0.921 / 0.784 to 0.909 / 0.773, the thirteenth 0.892 /
0.776 to 0.899 / 0.786.) This round moved nothing overall: the new way of finding people gained
what the model, trained again, lost on confrontation. The eleventh went from 0.914 / 0.762 to
0.967 / 0.967. Tuning phrase by phrase on one batch has stopped carrying over to the next.

FOURTEENTH_HELD_OUT (tests/guard/corpus_fourteenth.py, 192 reports, 78 with no flag) was written
the same way, blind, and scored once before and once after one general change, taken from the
tenth's misses: someone pinned to a house known by its name ("the woman at Rowan Cottage", "him at
Netherton Mains") is identified, as "the man at number 12" is. It moved nothing on the fourteenth
(0.919 / 0.777, urgency 0.875 / 0.667, before and after) nor on the twelfth and thirteenth (0.904
/ 0.780): the fourteenth, from a third writer, lands where the others did. Its weakest kind is
accusation (1.000 / 0.536): plain claims that someone did it, without a slur.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from volunteers.guard import FLAG_KINDS, Flag, GuardRules, PriorReport, extract_targets, is_urgent, screen

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

IP, ACC, CON, IDS, REP, DAN = FLAG_KINDS


@dataclass(frozen=True)
class Earlier:
    """An earlier report in a case's history."""

    days_ago: float
    reporter_id: int
    text: str
    location: str = ""


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    expect: frozenset[str] = frozenset()
    location: str = ""
    evidence: dict[str, tuple[str, ...]] = field(default_factory=dict)
    history: tuple[Earlier, ...] = ()
    reporter_id: int | None = None
    # Whether is_urgent should put the report at the top of the queue; None means "when it is
    # danger". Set for a confrontation that is a threat or is planned for a near time.
    urgent: bool | None = None

    @property
    def expect_urgent(self) -> bool:
        return DAN in self.expect if self.urgent is None else self.urgent


def case(
    name: str, text: str, *kinds: str, location: str = "", evidence=None, history=(), reporter_id=None, urgent=None
) -> Case:
    return Case(name, text, frozenset(kinds), location, evidence or {}, tuple(history), reporter_id, urgent)


def prior_reports(history: Sequence[Earlier], rules: GuardRules | None = None) -> list[PriorReport]:
    return [
        PriorReport(
            reported_at=NOW - timedelta(days=e.days_ago),
            reporter_id=e.reporter_id,
            targets=extract_targets(e.text, e.location, rules),
        )
        for e in history
    ]


def screen_case(c: Case, rules: GuardRules | None = None) -> list[Flag]:
    return screen(
        c.text,
        c.location,
        history=prior_reports(c.history, rules),
        reporter_id=c.reporter_id,
        now=NOW,
        rules=rules,
    )


EASINGTON_HISTORY = (
    Earlier(12, 7, "The new lot at 14 Easington Way have people coming and going at all hours."),
    Earlier(5, 7, "Kids keep going in and out of number 14 late at night.", location="Easington Way"),
)

DEVELOPMENT: tuple[Case, ...] = (
    # ---- ordinary reports: nothing to flag ------------------------------------------------
    case(
        "dropped kerb",
        "A van has been parked across the dropped kerb on Mill Lane for three days.",
        location="Mill Lane",
    ),
    case("lock sheds", "Reminder to everyone to lock your sheds, bikes were taken from two gardens on Thursday night."),
    case("streetlight", "Streetlight out at the junction of Park Road and Elm Grove, it's very dark walking home."),
    case("fly-tipping co-op", "Fly-tipping behind the Co-op again: two mattresses and a fridge."),
    case("teenagers litter", "A group of teenagers were drinking in the park and left litter everywhere."),
    case("car alarm", "A car alarm went off repeatedly at 3am and nobody seemed to come out to it."),
    case("fireworks", "Lots of fireworks being let off on the field last night, the dogs were terrified."),
    case(
        "knife crime event", "There's a knife crime awareness evening at the community centre on 12 March, worth going."
    ),
    case(
        "school speeding",
        "Cars speeding down Station Road every morning around 8, someone will get hurt outside the primary school.",
    ),
    case("bus shelter", "The bus shelter on the High Street has had its glass smashed again."),
    case(
        "door handles",
        "Someone tried the door handles of cars on Elm Grove overnight, mine was locked thankfully. "
        "Doorbell footage sent to the police through the online form.",
    ),
    case("polish shop victim", "The Polish shop on the corner had its window smashed on Saturday night."),
    case("parcel theft", "Parcel stolen from my doorstep while I was at work, the courier left it in plain view."),
    case(
        "abandoned astra",
        "Abandoned silver Vauxhall Astra with no tax on Coronation Street for two weeks, hasn't moved.",
    ),
    case("dog fouling", "Dog fouling all along the path by the allotments, can we get more bins?"),
    case(
        "white van no reg",
        "Suspicious white van driving slowly round the estate, two men looking at driveways. Didn't get the reg.",
    ),
    case(
        "church graffiti",
        "Graffiti on the wall of the Methodist church, looks like tags rather than anything offensive.",
    ),
    case(
        "cold callers",
        "Cold callers selling dusters door to door on Victoria Terrace, they were pushy with my elderly mum.",
    ),
    case("loud party", "Loud music from a party until 2am, on a Tuesday."),
    case(
        "welfare visit",
        "I'll pop round to check on my elderly neighbour tomorrow as her curtains have been closed all day.",
    ),
    case(
        "keep an eye out",
        "Could the police do more patrols near the park in the evenings? "
        "We'll keep an eye out and report anything we see.",
    ),
    case(
        "off-road bikes", "Kids on motorbikes tearing up the playing field again, it's dangerous for the little ones."
    ),
    case(
        "speed watch session",
        "Speed Watch session on Front Street this Saturday, volunteers meet at the village hall at 10. "
        "Bring the speed gun.",
    ),
    case("gun club car park", "Cars meeting briefly in the gun club car park late at night, not sure what's going on."),
    case(
        "possibly dealing",
        "I think cars are stopping outside the flats for short visits late at night, possibly drug dealing.",
    ),
    case(
        "dealing discussed",
        "Drug dealing was discussed at the last PACT meeting; the PCSO asked us to note vehicle details.",
    ),
    case(
        "suspect description",
        "A man in a grey hoodie was trying car doors on Beech Avenue at about 1am, about 6ft, white, slim build.",
    ),
    case("thanks officers", "Thank you to PC Jones and PCSO Amanda Clarke for coming to the meeting on Tuesday."),
    case(
        "pothole",
        "The council still haven't fixed the pothole on Church Lane, somebody's going to come off their bike.",
    ),
    case("football garages", "Youths kicking a football against the garages on Sycamore Close until late."),
    case("bonfire build", "Bonfire being built on the green, looks like it'll be lit on the fifth."),
    case("hare coursing", "Hare coursing in the fields off Moor Road again, men with dogs and lamps."),
    case("shoplifting", "Shoplifting at the Co-op is getting worse, staff say it happens daily."),
    case("cctv turned", "The CCTV camera by the shops has been turned to face the wall."),
    case("hedge", "Overgrown hedge on the corner of Mill Lane blocks the view of traffic coming out of Elm Grove."),
    case(
        "thief about", "There's a thief about: two bikes gone from gardens on Elm Grove this week, lock everything up."
    ),
    case("car broken into", "Car broken into on Ash Road, window smashed and sat nav taken."),
    case("nitrous", "Lots of litter and nitrous oxide canisters in the lay-by on the A19 near the M6 junction."),
    case("car meets", "B&Q car park is used for car meets on Friday nights, cars doing doughnuts until 1am."),
    case("scam calls", "Scam phone calls claiming to be from the bank going round, don't give out your details."),
    case("30mph", "Vans doing 50 in the 30mph zone on Wood Lane, could we have a Speed Watch site there?"),
    case("feral cats", "Someone has been feeding the feral cats behind the garages and it's attracting rats."),
    case("grass verge", "The grass verge on Meadow Way keeps getting churned up by cars parking on it."),
    case("chinese takeaway", "Fly-tipping behind the Chinese takeaway on Front Street, black bags split everywhere."),
    case("fire station", "The fire station open day is on Saturday, the kids loved it last year."),
    case("stabbing last year", "There was a stabbing in the town centre last year and people are still nervous."),
    case("help us stop", "Please help us stop the speeding on Front Street, it's getting worse."),
    case("parking danger", "Cars parked on the bend put children in danger every school run."),
    case("report to police", "I'm going to report it to the police and let them deal with it."),
    case("do not confront", "Please don't confront anyone, just call 999 if you see anything."),
    case("not take matters", "We should not take matters into our own hands, let the police deal with it."),
    case("temple open day", "The Sikh temple is holding an open day on Sunday, everyone welcome."),
    case("title case subject", "Suspicious Vehicle Seen On Oak Drive Late Last Night Near The Shops"),
    case("newton aycliffe", "Car stolen in Newton Aycliffe last week was found burnt out near Bishop Auckland."),
    case("red lion", "Fight outside the Red Lion on Saturday, police attended and it calmed down."),
    case("range rover", "Black Range Rover parked on the zigzags outside the school every afternoon."),
    case("number bus", "Kids throwing stones at the number 12 bus as it comes past the shops."),
    case("dog called", "Missing dog called Max, a brown Staffie, last seen near Elm Grove."),
    case("phone number", "Crimestoppers number is 0800 555 111 if anyone wants to report anonymously."),
    case("postcode", "Two sheds broken into near DL5 4AB over the weekend, both padlocks cut."),
    case("cannabis smell", "Strong smell of cannabis on the footpath behind the shops most evenings."),
    case("evening meeting", "Next NW meeting is at 7pm on Thursday 5 March at the library, all welcome."),
    case("whatsapp group", "Can we set up a WhatsApp group so we can share crime prevention advice faster?"),
    case("grooming dog", "The dog groomer on the High Street had her van broken into."),
    case("council deal", "Hopefully the council are dealing with the flooding on Beck Lane soon."),
    # ---- identifies a private individual --------------------------------------------------
    case(
        "man at number 12",
        "The man at number 12 keeps revving his motorbike at 6am every day.",
        IP,
        location="Birch Grove",
        evidence={IP: ("The man at number 12",)},
    ),
    case(
        "house number pavement",
        "Car parked on the pavement outside 27 Laburnum Avenue every night, pushchairs have to go in the road.",
        IP,
        evidence={IP: ("27 Laburnum Avenue",)},
    ),
    case(
        "current plate",
        "Silver BMW, reg KX19 HTM, was doing at least 60 past the school.",
        IP,
        evidence={IP: ("KX19 HTM",)},
    ),
    case(
        "lowercase plate",
        "dark blue corsa ab12 cde doing wheelspins in the car park again",
        IP,
        evidence={IP: ("ab12 cde",)},
    ),
    case(
        "mrs henderson",
        "Mrs Henderson's shed was broken into last night, they took her mower.",
        IP,
        evidence={IP: ("Mrs Henderson",)},
    ),
    case(
        "dave from number 4",
        "Dave from number 4 says he saw someone climbing over the back fence.",
        IP,
        evidence={IP: ("Dave from number 4",)},
    ),
    case(
        "lad called",
        "A lad called Tyler has been riding an off-road bike on the playing field.",
        IP,
        evidence={IP: ("called Tyler",)},
    ),
    case(
        "named pair",
        "Kyle Robson and his mates were throwing stones at the bus shelter.",
        IP,
        evidence={IP: ("Kyle Robson",)},
    ),
    case(
        "woman at no 7",
        "The woman at no. 7 has had three parcels stolen this month.",
        IP,
        location="Ash Road",
        evidence={IP: ("The woman at no. 7",)},
    ),
    case(
        "private plate context",
        "Black Range Rover with a private plate, reg ABZ 123, keeps parking across driveways.",
        IP,
        evidence={IP: ("ABZ 123",)},
    ),
    case(
        "prefix plate",
        "Old red Fiesta F123 ABC has been abandoned on Moor Road for a month.",
        IP,
        evidence={IP: ("F123 ABC",)},
    ),
    case(
        "mid-sentence name",
        "I saw Wojciech Nowak's van blocking the lane again this morning.",
        IP,
        evidence={IP: ("Wojciech Nowak",)},
    ),
    case(
        "mr dot",
        "Mr. Okafor at the end house has had his wheelie bin set on fire last night.",
        IP,
        evidence={IP: ("Mr. Okafor",)},
    ),
    # ---- accusation or slur ----------------------------------------------------------------
    case(
        "known dealer",
        "Everyone knows the lad at number 9 is a dealer, cars pull up all night.",
        IP,
        ACC,
        location="Hawthorn Road",
        evidence={ACC: ("is a dealer",)},
    ),
    case(
        "smackheads",
        "Those smackheads in the flats are behind all the shed break-ins.",
        ACC,
        evidence={ACC: ("smackheads",)},
    ),
    case("known thief", "He's a known thief, everyone on the estate says so.", ACC),
    case("scum memorial", "Absolute scum whoever did this to the war memorial.", ACC, evidence={ACC: ("scum",)}),
    case("dealing from flat", "She's dealing from her flat above the bookies, I've seen it.", ACC),
    case(
        "grasses",
        "I reckon the family at number 3 are all grasses, they called the police on the lads.",
        IP,
        ACC,
        location="Elm Grove",
    ),
    case("obfuscated paedo", "That p*edo needs locking up.", ACC, evidence={ACC: ("p*edo",)}),
    case("crackhead", "Another crackhead wandering about shouting at cars on Station Road.", ACC),
    case(
        "junkies needles", "Junkies leaving needles in the park by the swings again.", ACC, evidence={ACC: ("Junkies",)}
    ),
    case("druggie selling", "Well known druggie at the end house is selling to kids.", ACC),
    case("n0nce", "everyone knows hes a n0nce", ACC, evidence={ACC: ("n0nce",)}),
    case("criminals pinned", "They're criminals, the lot of them, and the council put them here.", ACC),
    # ---- intent to confront ----------------------------------------------------------------
    case("police wont we will", "If the police won't do anything we will, I've had enough of it.", CON),
    case("matters own hands", "Time to take matters into our own hands with these lads on bikes.", CON),
    case("some of us patrol", "Some of us are going to patrol the estate at night from now on.", CON),
    case(
        "good hiding",
        "Someone should give him a good hiding, that'd stop it.",
        CON,
        evidence={CON: ("give him a good hiding",)},
        urgent=True,
    ),
    case("name and shame", "Let's name and shame them on the Facebook page.", CON, evidence={CON: ("name and shame",)}),
    case("post his reg", "I'm going to post his reg on the estate group so everyone knows what he's like.", CON),
    case("block in arrest", "Next time I see them I'll block them in and make a citizen's arrest.", CON),
    case("followed home", "We followed them home to see where they live.", CON),
    case("sort him out", "Me and a few of the lads will sort him out.", CON, urgent=True),
    case("run them out", "We need to run that lot out of the village.", CON, urgent=True),
    case("teach a lesson", "Somebody needs to teach those kids a lesson.", CON, urgent=True),
    case("go round there", "I'm going to go round there and have it out with him.", CON),
    # ---- suspicion pinned on identity -----------------------------------------------------
    case(
        "eastern europeans",
        "Gangs of Eastern Europeans hanging around the car park at night.",
        IDS,
        evidence={IDS: ("Eastern Europeans",)},
    ),
    case(
        "asian lads",
        "Two Asian lads in a black Golf were driving really slowly past the houses.",
        IDS,
        evidence={IDS: ("Asian lads",)},
    ),
    case("travellers field", "It'll be the travellers who've just pulled onto the field.", IDS),
    case("not from round here", "They're not from round here, you can tell by looking at them.", IDS),
    case("black youths", "Those black youths on bikes are always up to something.", IDS),
    case("mosque lot", "The mosque lot park all over the pavements on Fridays.", IDS),
    case("foreigners doors", "Group of foreigners knocking on doors asking for work.", IDS),
    case("romanian family", "Romanian family at the end of the road keep having people over late at night.", IDS),
    case("pikeys", "Pikeys nicking scrap metal from the yard again.", IDS, ACC),
    case(
        "muslim victim",
        "A Muslim woman had her headscarf pulled off outside the school, please look out for her.",
    ),
    # ---- immediate danger or self-harm ----------------------------------------------------
    case("knife right now", "There's a man with a knife outside the Co-op right now.", DAN, evidence={DAN: ("knife",)}),
    case("end it all", "I can't cope any more, I'm going to end it all tonight.", DAN),
    case("house on fire", "The house next door is on fire, flames coming out of the upstairs window!", DAN),
    case("screaming help", "Woman screaming for help in the flat above, sounds like he's hitting her.", DAN),
    case(
        "fighting now",
        "They're fighting in the street right now with bottles.",
        DAN,
        evidence={DAN: ("fighting", "right now")},
    ),
    case("kill herself", "My friend's daughter keeps saying she wants to kill herself.", DAN),
    case("break in now", "Someone is trying to break in to my back door right now, I'm hiding upstairs.", DAN),
    case(
        "bins fire spreading", "Kids have set fire to the bins behind the shops and it's spreading to the fence.", DAN
    ),
    case("child in danger", "I think a child in the house is in danger, there's been screaming for an hour.", DAN),
    case("threatened to stab", "He threatened to stab my son if he sees him again.", DAN),
    case("overdose", "Found a lad collapsed in the bus shelter, I think he's taken an overdose.", DAN),
    # ---- the Easington Way estate -----------------------------------------------------------
    case(
        "easington new lot",
        "The new lot at 14 Easington Way have had people coming and going at all hours. "
        "Everyone on the estate Facebook group is saying he's a nonce.",
        IP,
        ACC,
        evidence={IP: ("The new lot at 14 Easington Way",), ACC: ("nonce",)},
    ),
    case(
        "easington third report",
        "That nonce at number 14 was hanging round the school gates again.",
        IP,
        ACC,
        REP,
        location="Easington Way",
        history=EASINGTON_HISTORY,
        reporter_id=7,
        evidence={
            IP: ("That nonce at number 14",),
            ACC: ("nonce",),
            REP: ("14 Easington Way named in 3 reports in 30 days, from only 1 reporter",),
        },
    ),
    case(
        "easington make them leave",
        "We should go round there and make them leave. No one wants a paedo on the estate.",
        IP,
        ACC,
        CON,
        REP,
        location="14 Easington Way",
        history=EASINGTON_HISTORY,
        reporter_id=8,
        evidence={
            CON: ("go round there", "make them leave"),
            ACC: ("paedo",),
            REP: ("14 Easington Way named in 3 reports in 30 days, from only 2 reporters",),
        },
        urgent=True,
    ),
    case(
        "easington history too old",
        "That nonce at number 14 was hanging round the school gates again.",
        IP,
        ACC,
        location="Easington Way",
        history=(
            Earlier(40, 7, "The new lot at 14 Easington Way again."),
            Earlier(41, 7, "No. 14 Easington Way, people at all hours."),
        ),
        reporter_id=7,
    ),
    case(
        "easington second report only",
        "Kids keep going in and out of number 14 late at night.",
        IP,
        location="Easington Way",
        history=(EASINGTON_HISTORY[0],),
        reporter_id=7,
    ),
    # ---- the town-centre shops ------------------------------------------------------------
    case(
        "asian takeaways behind it",
        "After that grooming case it's obvious the Asian takeaways on the High Street are behind it.",
        ACC,
        IDS,
        evidence={IDS: ("Asian takeaways",), ACC: ("are behind it",)},
    ),
    case(
        "foreign-run shops",
        "All those foreign-run shops need shutting down.",
        IDS,
        evidence={IDS: ("foreign-run shops",)},
    ),
    case("film who goes in", "We should stand outside and film who goes in.", CON),
    case(
        "takeaways blamed not",
        "The takeaways on the High Street are being blamed on Facebook but I've seen nothing suspicious myself.",
    ),
    case(
        "owner face facebook", "Someone should put the owner's face all over Facebook so everyone knows who he is.", CON
    ),
    # ---- repeat targeting of a plate and a person -----------------------------------------
    case(
        "plate three reports",
        "Same red Audi AB12 CDE parked outside the school again.",
        IP,
        REP,
        history=(
            Earlier(3, 21, "red audi ab12cde sat outside the school gates for an hour"),
            Earlier(9, 22, "Audi AB12 CDE again at pick-up time"),
        ),
        reporter_id=21,
        evidence={REP: ("AB12CDE named in 3 reports in 30 days, from only 2 reporters",)},
    ),
    case(
        "person many reporters",
        "Mr Patel was shouting in the street again.",
        IP,
        REP,
        history=(
            Earlier(2, 31, "Mr Patel shouting at kids"),
            Earlier(4, 32, "Mr. Patel was rude to my wife"),
            Earlier(6, 33, "mr patel again"),
        ),
        reporter_id=34,
        evidence={REP: ("Mr Patel named in 4 reports in 30 days, by 4 reporters",)},
    ),
    case(
        "different houses",
        "Bins left out in front of 3 Oak Drive for a week.",
        IP,
        history=(Earlier(3, 41, "Bins left out at 5 Oak Drive"), Earlier(9, 41, "Bins left at 7 Oak Drive")),
        reporter_id=41,
    ),
    # ---- the recall rules: intent aimed at a person, their belongings or their home --------
    # Written to exercise the general patterns added after the third held-out batch, each with a
    # look-alike that must stay unflagged.
    case("slashing tyres", "I'm slashing his tyres if he blocks me in one more time.", CON, urgent=True),
    case("key his car", "Somebody should key his car and be done with it.", CON, urgent=True),
    case("scratched paintwork", "I scratched his paintwork with my keys, he had it coming.", CON),
    case("wish brick", "Wish someone would put a brick through their window.", CON, urgent=True),
    case("her address", "Does anyone have her address? She needs telling.", CON),
    case("find where he lives", "Going to find out where he lives and have a word.", CON),
    case("out him", "We should out him on the village page.", CON),
    case("name them facebook", "Name them on Facebook, that'll stop them.", CON),
    case("waiting by garages", "I'll be waiting for them by the garages tonight.", CON, urgent=True),
    case("lie in wait", "The lads are going to lie in wait for whoever keeps nicking the diesel.", CON),
    case("follow the car", "I'm going to follow the car next time and see where it goes.", CON),
    case("go after them", "Let's go after them before they get away with it again.", CON),
    case("track them down", "If we all go out tonight we'll track them down.", CON, urgent=True),
    case("go looking", "Meet at the shop at 8 and we'll go looking for the lads who did it.", CON),
    case("good hiding future", "They'll get a good hiding if they come back here.", CON, urgent=True),
    case("needs a slap", "That lad needs a good slap.", CON, urgent=True),
    case("set my dog", "I'll set my dog on them if they come in my garden again.", CON, urgent=True),
    case("pull him off", "I swear I'll pull him off that scooter next time.", CON, urgent=True),
    case(
        "round to number 14",
        "We're all going round to number 14 tonight.",
        IP,
        CON,
        location="Linden Avenue",
        urgent=True,
    ),
    case("stern word", "The dads are going to have a stern word with him at the school gate.", CON),
    case("shame estate page", "Let's shame her on the estate page.", CON),
    case("show up at door", "I'll show up at his door and see what he's got to say.", CON),
    case("lamp him", "Someone ought to lamp him.", CON, urgent=True),
    case("smashed his window", "Someone smashed his car window last night, he's gutted."),
    case("witness smashing", "They were smashing their windows when I looked out."),
    case("brick reported", "Kids put a brick through her window on Saturday, police have been told."),
    case("council address", "Has anyone got the address for the council's noise team?"),
    case(
        "wallet owner",
        "Found a wallet by the bus stop with a bus pass in it, anyone know where he lives so I can drop it round?",
    ),
    case("waiting for council", "We'll be waiting for the council to fix the light, as usual."),
    case("school gate", "I'll wait for them at the school gate to walk them home."),
    case("missing kids search", "Let's go and find them, two kids missing from the park since 5."),
    case("shame them kids", "It's a shame them kids have nowhere to go."),
    case("slap on the wrist", "The lads will get a slap on the wrist from the magistrates, as usual."),
    case("follow up council", "I'm going to follow up with the council about the streetlight."),
    case("told the police where", "We found out where they live and told the police, they're dealing with it."),
    case("car needs a clean", "My car needs a good clean after the gritters."),
    case("council kick", "The council needs a kick up the backside about the potholes."),
    case("boiler going over", "The boiler in the community hall needs a good going over before winter."),
    case("if they key", "If they key his car again he'll go mad, he's only just had it resprayed."),
    case("cat photo up", "Put his photo up round the village please, our cat has been missing since Friday."),
    case("get them from shop", "I'll go and get them from the shop after work, the new padlocks are in."),
    case("find them somewhere", "We'll find them somewhere to play, the youth club is open on Fridays now."),
    case("bike route", "The new bike path is great, we'll follow the bike route to school from now on."),
    case("drop off post", "Going round to number 7 to drop off their post, it came to us by mistake.", IP),
    # ---- the recall rules: despair, someone who cannot move or wake, a fire that is over -----
    case(
        "sister nothing to live for", "My sister keeps saying she's got nothing to live for and I can't reach her.", DAN
    ),
    case("better off without him", "He told me everybody's better off without him and now his phone is off.", DAN),
    case("viaduct railings", "Man climbing over the railings on the viaduct.", DAN),
    case("car park ledge", "Woman sitting on the ledge of the car park roof.", DAN),
    case("face down alley", "Found an old man face down in the alley, he isn't moving.", DAN),
    case("can't wake him", "My dad's collapsed in the kitchen and I can't wake him.", DAN),
    case("cyclist hit", "There's a cyclist been hit by a van at the lights, he's not responding.", DAN),
    case("fall can't get up", "Elderly neighbour has had a fall in the garden and can't get up, she's freezing.", DAN),
    case("lips blue", "Teenager passed out on the bench by the war memorial, lips going blue.", DAN),
    case("head blood", "Lad lying on the pavement with loads of blood coming from his head.", DAN),
    case("can't take it bridge", "I can't take it any more, I'm on the bridge.", DAN),
    case("hang herself", "She says she's going to hang herself.", DAN),
    case("canal car", "Car has gone into the canal by the lock.", DAN),
    case("texted goodbye", "My friend texted me goodbye and now she isn't answering her phone.", DAN),
    case(
        "garage fire last week",
        "The garage fire last week has left the building burnt out, the council need to secure it.",
    ),
    case("skip fire out", "Skip fire behind the shops was put out by the fire brigade, nobody hurt."),
    case("tip queue", "Queue at the tip wasn't moving at all on Saturday."),
    case("bypass traffic", "Traffic not moving on the bypass, there's been an accident."),
    case("council not responding", "The council still isn't responding to our emails about the fly-tipping."),
    case(
        "can't do parking",
        "I can't do this any more with the parking on our street, every night someone blocks the drive.",
    ),
    case("goodbye pcso", "Sad to say goodbye to PCSO Amanda Clarke who is retiring, we'll all miss her."),
    case("dog hit last week", "The dog next door was hit by a car last week, please slow down."),
    case("parked car hit", "My parked car was hit by a van and they drove off."),
    case("get out now fire", "Get out now, the flat next door is on fire!", DAN),
    case("all out kitchen fire", "We're all out of the house, the kitchen is on fire and it's spreading.", DAN),
    case("brigade called fire", "The fire brigade have been called, the flats are on fire.", DAN),
    case("bin store fire out", "Fire in the bin store was put out quickly, nobody hurt."),
    case("burnt shell", "The car that was set on fire is just a burnt shell now."),
    case("fitting a lock", "A man was fitting a new lock on the door of the flats this morning."),
    case("passed out leaflets", "We passed out leaflets at the fun day, someone said they'd join the scheme."),
    case(
        "can't carry on parking",
        "We can't carry on like this with the parking, the bin lorry couldn't get through again.",
    ),
    # ---- the recall rules: accusations, names, houses and origins ---------------------------
    case("lads on the bench", "The lads on the bench by the shops are all dealers.", ACC),
    case("mason keying", "Mason Cartwright is the one keying cars on Elm Grove.", IP, ACC),
    case("co-op lovely", "The man in the Co-op is a lovely bloke, always helpful."),
    case("bloke at 22", "The bloke at 22 keeps revving his car at 5am.", IP, location="Ash Road"),
    case("kids from 8 till 10", "The kids from 8 till 10 are fine, it's later that's the problem."),
    case("bradley quad", "Bradley Hutchinson keeps riding his quad on the footpath.", IP),
    case("geordies vans", "Bunch of Geordies come down every weekend and do the vans.", IDS),
    case("scouse lads", "Couple of scouse lads trying car doors on Mill Lane.", IDS),
    # ---- the fifth batch's rules: threats, plans for tonight, names with a workplace ----------
    # Written in other words than the fifth batch's, each with look-alikes that must stay as they are.
    case("give him what's coming", "we'll give him what's coming tonight", CON, urgent=True),
    case("smash every window", "Someone wants to smash every window in that house of theirs", CON, urgent=True),
    case("windows putting in", "he wants his windows putting in, parking like that", CON, urgent=True),
    case("patrol tonight bats", "patrol tonight lads, bring bats", CON, urgent=True),
    case("patrol friday", "Few of us are going to patrol the estate on Friday night.", CON, urgent=True),
    case("sort them ourselves", "Police won't come out so we'll sort them ourselves.", CON),
    case("followed the driver", "I followed the driver out of the estate and took his reg.", CON),
    case(
        "gary from the butchers",
        "gary from the butchers says his shop was done over",
        IP,
        evidence={IP: ("gary from the butchers",)},
    ),
    case("tracey end house", "Tracey who lives at the end house has had her bike nicked.", IP),
    case("lower case pair", "seen jamie wilkinson on the school field with a quad", IP),
    case("albanian scum", "albanian scum dealing on the corner", IDS, ACC, evidence={IDS: ("albanian scum",)}),
    case("nose bleeding pouring", "lad on the floor, blood pouring from his nose and he's not talking", DAN),
    case("someone trapped", "Van on its side at the roundabout and someone's trapped in it", DAN),
    case("he's out cold", "Man fell off the wall by the pub and he's out cold", DAN),
    case("toddler by the canal", "There's a toddler on his own by the canal lock, no adult anywhere", DAN),
    case("carol singers", "carol singers going door to door on the estate tonight, lovely"),
    case("nick bikes", "lads nick bikes from outside the library all the time, get a good lock"),
    case("dave said council", "dave said the council are coming out tomorrow to fix the light"),
    case("tom cat", "saw a tom cat fighting with next doors cat again"),
    case("running out of bags", "we're running out of bin bags at the litter pick, can someone bring more"),
    case("staff from the co-op", "Staff from the Co-op said the cash machine is broken."),
    case("cricket nets", "bring your cricket bats to the nets on saturday, all welcome"),
    case("walking to school", "kids walking to school on their own along the main road with no crossing patrol"),
    case("done with the council", "I'm done with the council, they never answer"),
    case("polish lads helping", "Saw the Polish lads helping the old lady with her shopping, lovely"),
    case("bleeding ridiculous prices", "the chippy is bleeding ridiculous with the prices now"),
    case("first aid unconscious", "First aid training at the scout hut, covers what to do when someone is unconscious"),
    case("flipped last year", "My car was flipped onto its roof in the floods last year"),
    case("fine now fete", "He passed out from the heat at the fete but he's fine now"),
    case("diversion signs", "We followed the diversion signs round the back of the estate."),
    case("cut on glass", "my daughter cut herself on broken glass in the park yesterday, needed stitches"),
    case("razor blade park", "Razor blade found in the park by the swings, council have removed it"),
    case("speed watch tomorrow", "I'll be at the Speed Watch site tomorrow with the speed gun, anyone welcome"),
    case("leaflets tonight pcso", "Knocked on doors with the PCSO tonight handing out leaflets"),
    case("odd noises", "Odd noises from the garages again last night, bit odd, probably foxes."),
    case("od'd", "My flatmate has OD'd, she's on the bathroom floor.", DAN),
    case("citizens advice", "Citizens Advice at the library can help with scam letters, Tuesdays 10 till 12."),
    case("dave smith chippy", "Dave Smith from the chippy had his window cracked.", IP),
    case("return the dog", "my neighbour knows where he lives, the owner of the lost dog, so we're taking it back"),
    # ---- the general rules: meaning to act, then an act of harm aimed at a person --------
    case(
        "ambulance threat", "if he shows his face round here again he'll be leaving in an ambulance", CON, urgent=True
    ),
    case("mob handed", "we're gonna go down there mob handed and sort the lot of them", CON, urgent=True),
    case("into next week", "I swear I'll knock him into next week", CON, urgent=True),
    case("pay for it", "whoever did my car is going to pay for it, one way or another", CON),
    case("me and the lads waiting", "me and the lads will be waiting for them next time they come up the lane", CON),
    case("caravan of theirs", "someone should set fire to that caravan of theirs", CON, DAN),
    case("never comes back", "we'll make sure he never comes back here", CON, urgent=True),
    case("taught a lesson", "time someone taught that family a lesson", CON, urgent=True),
    case("parked outside his house", "I'll be parked outside his house every night until he moves", CON),
    case("hunt the scrote", "going to hunt the little scrote down and drag him back here", ACC, CON, urgent=True),
    case("getting a slap", "he's getting a slap next time I see him", CON, urgent=True),
    case("sorry they moved", "they'll be sorry they ever moved onto this street", CON, urgent=True),
    case("followed scramblers", "we followed the scramblers back to their house and had words", CON),
    case("gonna batter him", "the dads are gonna go down the rec and batter him", CON, urgent=True),
    case("not batter him", "We are not going to go round and batter him, leave it to the police."),
    case("his tyres flat", "their tyres will be slashed by the weekend, you watch", CON, urgent=True),
    # ---- ordinary reports that use the same words -------------------------------------------
    case("regret missing quiz", "You'll regret it if you miss the quiz night, it's always a laugh"),
    case("frost kill them", "The frost will kill them off so bring your plants in"),
    case("grab them a coffee", "I'll grab them a coffee on the way to the Speed Watch session"),
    case("chase them up", "I'll chase them up about the streetlight again tomorrow"),
    case("drag bins back", "I'll drag the bins back in for her when I pass"),
    case("belt out carols", "We'll belt out the carols on the green on Saturday"),
    case("windows put in", "Their new windows will be put in next week"),
    case("window cleaner", "The window cleaner will do their windows on Friday"),
    case("have it out council", "I'm going to have it out with the council about the potholes"),
    case("dead man found", "A dead man was found in the canal, police are appealing for witnesses"),
    case("asking for it fixed", "They're asking for it to be fixed before winter"),
    case("knock survey", "You'll get a knock on the door from volunteers doing the survey"),
    case("break their neck steps", "Someone is going to break their neck on those icy steps"),
    case("pigeons chasing off", "The pigeons need chasing off the church roof"),
    case("driving out of village", "I was driving out of the village when I saw the van"),
    case("wait school gate", "I'll wait for her at the school gate as usual"),
    case("graduation passed out", "Our lad passed out at his graduation, very proud"),
    case("wall collapsed", "The garden wall collapsed in the storm"),
    case("front garden takeaway", "The Chinese takeaway has a lovely front garden now"),
    case("walkers not local", "Couple of lads weren't local, just walkers asking the way to the reservoir"),
    case("car scratched hedge", "His car will be scratched if he keeps parking under that hedge"),
    case("brambles arms", "My son cut his arms on the brambles clearing the garden"),
    case("goodbye chair", "This is goodbye from me as chair of the Watch, thanks for everything"),
    case("doorstep birthday", "Going to be on his doorstep with a card on his birthday"),
    case("watch himself ice", "He should watch himself on that ice"),
    case("sorry to hear", "The lads will be sorry to hear the football's cancelled"),
    case("pay for bench", "He's going to pay for the new bench out of his own pocket, what a gent"),
    # ---- danger described plainly -----------------------------------------------------------
    case("bottom of stairs", "my partner is lying at the bottom of the stairs and won't answer me", DAN),
    case("railway train coming", "there's a man on the railway line and a train is coming", DAN),
    case("glassed face pouring", "a lad has just been glassed outside the pub and his face is pouring", DAN),
    case("heart attack chest", "I think my neighbour is having a heart attack, he's clutching his chest", DAN),
    case("baby floppy", "the baby has gone floppy and won't feed", DAN),
    case("end house dealing", "the family at the end house are dealing, cars in and out all day", ACC),
    case("crowbar right now", "house alarm going and I can see someone with a crowbar at the back door right now", DAN),
    case("hands round throat", "he's got his hands round her throat in the street", DAN),
    case("on the rob", "everyone knows that family are on the rob", ACC),
    case("run him over", "I'd happily run him over if he tried that again", CON, urgent=True),
    case("no windows left", "his van won't have any windows left by the time we're done", CON, urgent=True),
    case("teach nonce", "someone needs to teach that nonce what happens round here", ACC, CON, urgent=True),
    case("happily run the stall", "I'd happily run the stall if nobody else can"),
    case("lads bikes nicked", "the lads at the flats had their bikes nicked again"),
    case("dad fall last week", "my dad had a fall last week and is slowly getting better"),
    # ---- general rules, in wordings of their own: plans and threats --------------------------
    case("whip round heavies", "a few of us have chipped in to get some blokes to pay him a visit", CON, urgent=True),
    case("paying lads sort", "I know lads who'd sort him out for fifty quid", CON, urgent=True),
    case(
        "needs to watch herself",
        "she needs to watch herself, people round here won't put up with it much longer",
        CON,
        urgent=True,
    ),
    case("wants to watch their step", "that lot want to watch their step, that's all I'm saying", CON, urgent=True),
    case("taking turns outside", "we're taking it in turns parking outside her flat so she knows we're watching", CON),
    case("so he knows watched", "we'll keep standing at the end of his drive so he knows he's being watched", CON),
    case(
        "address and reg online",
        "I'll put his name, address and reg on the estate page so everyone knows what he's done",
        CON,
    ),
    case(
        "posters on lampposts",
        "going to print his face on posters and put them up on every lamppost in the village",
        CON,
    ),
    case("real good hiding", "somebody wants to give that little toerag a real good hiding", ACC, CON, urgent=True),
    case(
        "if police won't then we",
        "if the police can't shift them off the rec by Friday then we will, one way or another",
        CON,
        urgent=True,
    ),
    case("need smoking out", "that house needs burning down with them in it", CON, urgent=True),
    case("deserve stringing up", "people like him deserve stringing up", CON, urgent=True),
    case(
        "waiting with baseball bat",
        "I'll be waiting behind my door with a baseball bat if he tries it again",
        CON,
        urgent=True,
    ),
    case("golf club ready", "got my golf club by the front door ready for when they come back", CON, urgent=True),
    case("leaflet his photo", "we should print out his photo and post it through every letterbox on the street", CON),
    case("ran after him", "me and my neighbour ran after him up the alley and grabbed his hood", CON),
    case("went after the lads", "we went after the lads on the bikes and took one of the bikes off them", CON),
    case("boxed his van in", "we boxed his van in on the drive so he couldn't go anywhere", CON),
    case("parked across his drive", "I've parked across his drive so he can't get out until the police turn up", CON),
    case(
        "pull his camera down", "someone should pull that doorbell camera off his door and smash it", CON, urgent=True
    ),
    case("rip fence down", "we're going to rip his fence down tonight", CON, urgent=True),
    case(
        "dump in river",
        "the next one I see nicking from the allotments is getting thrown in the river",
        CON,
        urgent=True,
    ),
    case("end up in hospital", "if I catch him near my car again he'll end up in hospital", CON, urgent=True),
    case("wont be pretty", "if he comes round here again it won't be pretty", CON, urgent=True),
    case("learn the hard way", "they'll learn the hard way if they keep this up", CON, urgent=True),
    case("had it coming", "he's got it coming, whatever happens to him", CON, urgent=True),
    case("pay a little visit", "think it's time we paid the dealer a little visit", CON),
    case(
        "teach some respect",
        "about time someone taught those kids some respect the old fashioned way",
        CON,
        urgent=True,
    ),
    case("make an example", "we need to make an example of him so the rest of them get the message", CON, urgent=True),
    case("give him a kicking", "the lads are itching to give him a kicking", CON, urgent=True),
    case("sorting him out", "don't worry, he's getting sorted out this weekend", CON, urgent=True),
    case("egg the house", "we're egging their house on mischief night", CON, urgent=True),
    case("torch his van", "his van's getting torched if he parks it there again", CON, urgent=True),
    case("slash tyres plan", "tempted to go out and slash every tyre on his car", CON, urgent=True),
    case("run them out", "we need to run that family out of the close", CON, urgent=True),
    case("follow him home", "I'm going to follow him home after his shift and see where he goes", CON),
    case("tail the van", "next time that van comes through we'll tail it and get the address", CON),
    case("share his face", "share his face everywhere, let everyone know what he looks like", CON),
    case("wont know what hit", "next time they try it they won't know what's hit them", CON, urgent=True),
    case("be sorry", "he'll be sorry he ever crossed us", CON, urgent=True),
    case("get whats coming", "mark my words, she'll get what's coming to her", CON, urgent=True),
    case(
        "have a word with him dad",
        "I'm going round to have a word with his dad about it, and it won't be a nice one",
        CON,
    ),
    # ---- pinning a crime on a person or a house, in many shapes -----------------------------
    case("bet its number 9", "bet it's number 9 again, it always is", IP, ACC),
    case("everyone knows its him", "everyone knows it's Kyle Barnes who's been doing the sheds", IP, ACC),
    case("is the one nicking", "Shane Holt is the one nicking the parcels off doorsteps", IP, ACC),
    case("lad has been robbing", "Number 22's lad has been robbing the cars on this street for months", IP, ACC),
    case("its them at 14", "it's them at number 14 that are selling the weed, no doubt about it", IP, ACC),
    case("no better than thief", "he's no better than a common thief", ACC),
    case("nothing more than crook", "that landlord is nothing more than a crook", ACC),
    case("behind the break-ins", "the travellers on the field are behind all these break-ins", ACC, IDS),
    case("behind the car thefts", "it's that lot from the flats behind the car thefts, guaranteed", ACC),
    case("on the game", "she's been on the game for years, everyone knows", ACC),
    case("the one setting fires", "he's the one setting the bins alight every weekend", ACC),
    case("running county lines", "her lad is running county lines out of the flat", ACC),
    case("always the poles", "every time a bike goes missing it's the Polish lads from the warehouse", ACC, IDS),
    case("has been dealing", "Darren at number 3 has been dealing out of his garage", IP, ACC),
    # ---- danger in more words -----------------------------------------------------------------
    case(
        "cant keep doing this",
        "I can't keep doing this, I've said goodbye to my kids and I'm going down to the bridge",
        DAN,
    ),
    case("end it tonight", "I'm going to end it tonight, I've had enough", DAN),
    case("nobody would notice", "nobody would even notice if I was gone", DAN),
    case("notes for family", "she's left notes for her family and isn't answering her phone", DAN),
    case("waving broken bottle", "there's a man waving a broken bottle at people outside the chippy", DAN),
    case("screwdriver threatening", "a lad threatening the shopkeeper with a screwdriver in the Co-op", DAN),
    case("axe in street", "man in the street with an axe shouting at cars", DAN),
    case("smell of gas strong", "really strong smell of gas coming from next door and nobody is answering", DAN),
    case("not breathing baby", "my baby isn't breathing properly, please help", DAN),
    case("collapsed in street", "an old man has collapsed in the street outside the post office", DAN),
    case("head split open", "lad fell off his bike and his head's split open, there's blood everywhere", DAN),
    case("house on fire kids", "the house on the corner is on fire and there are kids inside", DAN),
    # ---- ordinary reports using the same words ------------------------------------------------
    case("pay a visit gran", "we'll pay my gran a visit on Sunday if the weather holds"),
    case("watch your step ice", "Watch your step on the path by the church, it's like glass this morning"),
    case("needs to watch her diet", "The vet says our dog needs to watch her weight, so no more scraps"),
    case("print posters lost cat", "I'll print some posters of our lost cat and put them on the lampposts"),
    case("posters for the fete", "We're putting posters for the fete up on every lamppost in the village"),
    case(
        "share his photo missing",
        "Please share his photo everywhere, he's 84 and went missing from the care home this morning",
    ),
    case("ran after the bus", "I ran after the bus up the hill and still missed it"),
    case("went after the ball", "the lad went after the ball into the road without looking"),
    case("blocked in by van", "A delivery van blocked me in on the drive for half an hour this morning"),
    case("blocked drain", "The drain on Mill Lane is blocked again and the road is flooding"),
    case("rip out the hedge", "We're going to rip out the old hedge and put a fence up instead"),
    case("pull down the shed", "Going to pull the old shed down this weekend, anyone want the wood?"),
    case("thrown in the skip", "the old sofa is going in the skip tomorrow"),
    case("end up in hospital ice", "someone's going to end up in hospital on that ice if the council doesn't grit"),
    case("learn the hard way speed", "drivers will learn the hard way when the speed cameras go in"),
    case("wont be pretty roadworks", "the traffic won't be pretty next week with the bridge shut"),
    case("made an example school", "the school made an example of our litter pick in assembly, lovely"),
    case("itching to get started", "the lads are itching to get started on the new pitch"),
    case("getting sorted boiler", "the boiler's getting sorted out this weekend, finally"),
    case("follow the diversion", "Follow the diversion signs through the village while the road is shut"),
    case("waiting for him bus", "I'll be waiting for him at the bus stop after school as usual"),
    case("bet it's the wind", "bet it's the wind that knocked the bins over again"),
    case("everyone knows its Sharon", "everyone knows it's Sharon who does the best cakes at the fete", IP),
    case("is the one organising", "Gary Holt is the one organising the litter pick on Sunday", IP),
    case("lad has been helping", "Number 22's lad has been helping me with the shopping, such a good kid", IP),
    case("behind the fundraiser", "the Polish community are behind the fundraiser for the hospice, amazing"),
    case("on the games console", "the kids are on the game till late every night, drives me mad"),
    case("set fire to bonfire", "we're lighting the bonfire on the green at 7, bring sparklers"),
    case("end it there meeting", "I'm going to end it there for tonight, thanks all for coming to the meeting"),
    case("nobody noticed the sign", "nobody would even notice the new sign, it's hidden behind the hedge"),
    case("axe throwing", "axe throwing night at the scout hut was brilliant, thanks to the leaders"),
    case("screwdriver set found", "found a screwdriver set on the wall by the bus stop, message me if it's yours"),
    case("broken bottles park", "broken bottles all over the play park again, please mind the kids"),
    case("gas engineer", "The gas engineer is coming on Tuesday to check the meters on our row"),
    case("not breathing exercise", "The yoga class is doing breathing exercises on Thursday, all welcome"),
    case("cant keep up", "I can't keep up with all the roadworks notices, can someone post a list"),
    case("everyone knows it's closed", "Everyone knows it's the library that closes early on Wednesdays"),
    case("the one running the stall", "she's the one running the cake stall, give her a wave"),
    case("running the club", "her lad is running the football club out of the community centre now"),
    # ---- more wordings of their own, written after the rules above were generalised ---------
    case("regret it bike", "if I get my hands on whoever nicked my bike they'll regret it", CON, urgent=True),
    case(
        "pay that house a visit",
        "me and a few of the dads are going to pay that house a visit tonight",
        CON,
        urgent=True,
    ),
    case("put dealer in his place", "someone wants to put that dealer in his place", CON, urgent=True),
    case("have it out outside spar", "I'm going to wait for him outside the Spar and have it out with him", CON),
    case("wants a good slap", "he wants a good slap, and if I see him he'll get one", CON, urgent=True),
    case("tell them to leave", "we should all go round together and tell them to leave the village", CON),
    case("knock his block off", "I'll knock his block off if he comes near my kids again", CON, urgent=True),
    case("drag him out hiding", "somebody should drag him out of that car and give him a hiding", CON, urgent=True),
    case("share reg shame him", "I've got his reg, let's share it on the village page and shame him", CON),
    case(
        "quad bikes end of lane",
        "we'll be stood at the end of the lane waiting for the quad bikes tonight",
        CON,
        urgent=True,
    ),
    case(
        "word with bus shelter lads",
        "anyone fancy coming with me to have a word with the lads at the bus shelter?",
        CON,
    ),
    case("five minutes alone", "give me five minutes alone with him", CON, urgent=True),
    case("brick if he carries on", "he'll get a brick through his window if he carries on", CON, urgent=True),
    case("do time for him", "I swear down if he touches my car again I'll do time for him", CON, urgent=True),
    case("better not show faces", "they'd better not show their faces round here again", CON, urgent=True),
    case(
        "knocking him off scrambler",
        "next time I see that lad on his scrambler I'm knocking him off it",
        CON,
        urgent=True,
    ),
    case("words with his mother", "I'll be having words with his mother, and it won't be polite", CON),
    case("lad at 23 doing cars", "it's definitely the lad at 23 doing the cars, I've seen him", IP, ACC),
    case("grandson selling weed", "Mrs Carter's grandson is selling weed from her garden", IP, ACC),
    case("fiddling benefits", "she's been fiddling her benefits for years", ACC),
    case("two at 40 sheds", "those two at number 40 have been breaking into sheds", IP, ACC),
    case("reckon dean price", "I reckon it's Dean Price who keyed the cars", IP, ACC),
    case("always nicking stuff", "it was Jack's lad, he's always nicking stuff", ACC),
    case("hendersons burglaries", "everybody knows the Hendersons are behind the burglaries", ACC),
    case("having a stroke", "my mum's having a stroke I think, her face has dropped", DAN),
    case("gas pouring pipe", "there's gas pouring out of the pipe the workmen cut", DAN),
    case("knife chasing lad", "lad with a knife chasing another lad down the high street", DAN),
    case("post photos fun day", "My son took a load of photos at the fun day, I'll post them on the page"),
    case("tyler garden club", "Tyler from number 8 has been helping with the garden club", IP),
    case("dean price lights", "Dean Price is the one who organised the Christmas lights, thank him", IP),
    case("jacks lad allotments", "Jack's lad is always helping out at the allotments"),
    case("known face bowls", "he's a known face at the bowls club, everyone loves him"),
    case("blue van plumber", "The bloke in the blue van is a plumber, really good, recommend him"),
    case("bet its the wind", "I bet it's the wind again setting off the alarm on number 12", IP),
    case("number 10 lights", "Everyone knows it's number 10 that has the best Christmas lights", IP),
    case("polish lads push car", "The Polish lads from the warehouse helped push my car off the road"),
    case("every time it rains", "Every time it rains the drains on Elm Road overflow"),
    case("end it with a raffle", "I'm going to end it with a raffle and a cup of tea"),
    case("potholes notice", "Nobody would even notice the potholes if the council filled them in"),
    case("tyres done garage", "He's getting his tyres done at the garage on Saturday"),
    case("chased playing tag", "the kids chased him round the playground playing tag"),
    case("ran after ice cream van", "My husband and I ran after the ice cream van"),
    case("raffle tickets door to door", "A lad was selling raffle tickets door to door for the scouts"),
    case("gary tomatoes", "Gary at number 4 has been growing tomatoes all summer", IP),
    case("learn unlocked", "if you leave your car unlocked you'll learn the hard way"),
    case("number 14s turn", "it's definitely number 14's turn to host the street party", IP),
    case(
        "had a stroke lift",
        "Can anyone give my dad a lift to his hospital appointment? He's had a stroke and can't drive",
    ),
    case("gate with a cuppa", "I'll be stood at the gate with a cuppa waiting for the kids to come back from school"),
    case("deserves a medal", "my neighbour deserves a medal for clearing the snow"),
    case("kill herself laughing", "She's going to kill herself laughing when she sees the cake"),
    case("roma cafe", "The Roma family on Duke Street have opened a lovely little cafe"),
    case("22s lad old bikes", "Number 22's lad has been selling his old bikes on Marketplace", IP),
    case("round to 9 move house", "a few of us are going round to number 9 to help them move house", IP),
    case("kids jump off bridge", "The kids jump off the bridge into the river every summer, it's a tradition"),
    # ---- a third set of new wordings, and ordinary reports that share their words -----------
    case(
        "coming for you",
        "Whoever's been nicking the parcels, we know who you are and we're coming for you",
        CON,
        urgent=True,
    ),
    case("rough him up", "Pop round and rough him up a bit, he won't do it again", CON, urgent=True),
    case("legs breaking", "He needs his legs breaking", CON, urgent=True),
    case("kick his door in", "Someone needs to kick his door in and drag him out", CON, urgent=True),
    case(
        "patrol woods ourselves",
        "We're organising a group to patrol the woods at night and deal with them ourselves",
        CON,
    ),
    case("thick ear", "If I see those kids on my wall again they'll be going home with a thick ear", CON, urgent=True),
    case("tell his boss", "Let's all turn up at his work and tell his boss what he is", CON),
    case("four tyres down", "Going to let all four of his tyres down tonight", CON, urgent=True),
    case("sugar petrol tank", "I'll pour sugar in his petrol tank", CON, urgent=True),
    case("shed alight", "Someone should set his shed alight, see how he likes it", CON, urgent=True),
    case("friends of mine", "He'll be getting a visit from some friends of mine", CON, urgent=True),
    case("smash his face in", "I'm going to smash his face in", CON, urgent=True),
    case("turf them out", "Get the lads round and we'll turf them out ourselves", CON, urgent=True),
    case("following her to work", "I've started following her to work to see who she meets", CON),
    case("tracker on van", "Stick a tracker on his van and we'll find where he takes the stuff", CON),
    case("bike in canal", "We'll chuck his bike in the canal", CON, urgent=True),
    case("break his neck", "if he comes near my daughter again I'll break his neck", CON, urgent=True),
    case("find address go round", "Find out his address and we'll all go round", CON),
    case("dig next time", "Gonna give him a dig next time he mouths off", CON, urgent=True),
    case("bottom of the lane", "Me and the lads have been waiting for them at the bottom of the lane every night", CON),
    case("every group going", "we'll take his number plate and post it on every group going", CON),
    case("dead man if", "he's a dead man if I catch him", CON, urgent=True),
    case("woman at 7 addict", "The woman at number 7 is a drug addict and shouldn't have kids", IP, ACC),
    case("harpers son shelter", "Dave Harper's son is definitely the one who smashed the shelter", IP, ACC),
    case("3 park road scroungers", "The family at 3 Park Road are scroungers, never worked a day", IP, ACC),
    case("takeaway laundering", "That takeaway is laundering money, everyone knows", ACC),
    case("church collection thief", "She's a thief, she took money from the church collection", ACC),
    case("registered sex offender", "Our new neighbour is a registered sex offender, be careful", ACC),
    case("number 15 cannabis", "Number 15 are growing cannabis, you can smell it", IP, ACC),
    case("wife beater walls", "He's a wife beater, I've heard him through the walls", ACC),
    case("husband not breathing", "My husband has collapsed and he's not breathing properly", DAN),
    case("roof going to jump", "there's a man on the roof of the flats saying he's going to jump", DAN),
    case("hit by car main road", "someone has been hit by a car on the main road and isn't moving", DAN),
    case("daughter knife die", "my daughter has run off with a knife saying she wants to die", DAN),
    case("fight got a bottle", "there's a fight outside the pub and someone's got a bottle", DAN),
    case("smoke next door", "I can smell burning and there's smoke coming out of next door's windows", DAN),
    case("toddler on the a1", "a toddler is wandering on the A1 by himself", DAN),
    case("gun waistband", "he's got a gun, I saw it in his waistband", DAN),
    case("baby choking blue", "the baby's choking and going blue", DAN),
    case("taken all my tablets", "I've taken all my tablets", DAN),
    case("garage sorted car", "The guy at the garage sorted my car out, top bloke"),
    case("smash the quiz", "I'm going to smash the quiz this week, been revising"),
    case("pitch going over", "The lads gave the pitch a good going over with the roller"),
    case("followed fire engine", "We followed the fire engine up to the top road to see what was happening"),
    case("knife sharpening van", "There's a knife sharpening van on Monday at the market"),
    case("roof fixing aerial", "A man on the roof of the flats is fixing the aerial"),
    case("harpers son bench", "Dave Harper's son is the one who fixed the bench, thank you", IP),
    case("kill for a cup of tea", "I'll kill for a cup of tea after this litter pick"),
    case("batter the opposition", "The boys are going to batter the opposition on Saturday"),
    case("garden good hiding", "I'm going to give my garden a good hiding this weekend, it's a jungle"),
    case("whip round lollipop", "We've had a whip round for the lollipop lady's retirement"),
    case("waiting to fix fence", "I've been waiting for him to fix the fence for three weeks"),
    case("number 12 parcel", "Going round to number 12 later to drop off their parcel", IP),
    case("number 4 birthday", "Bet it's number 4's birthday party making all that noise", IP),
    case("taxi coming for you", "The taxi will be coming for you at eight, don't be late"),
    case(
        "know who you are purse",
        "we know who you are, thanks for handing in the purse, please come and collect your reward",
    ),
    case("choked on a sweet", "my son choked on a sweet last week but he's fine now"),
    case("wheelies past shop", "the lads on bikes were doing wheelies past the shop again"),
    case("tracker own bike", "I've put a tracker on my own bike after last time, recommend it"),
    case("home with a medal", "they'll be going home with a medal after that performance"),
    case("lad at food bank", "her lad has been helping at the food bank every Saturday"),
    case("old bike in skip", "I'll chuck the old bike in the skip tomorrow"),
    case("brick at his car reported", "someone threw a brick at his car last night, police have been told"),
    case(
        "blue with cold", "Kids are going blue with cold waiting for the school bus, can the council put a shelter up"
    ),
    case("coming for you at 7", "we're coming for you at 7 to pick you up for the meeting"),
    case(
        "toddler garden centre",
        "the toddler was wandering round the garden centre by himself for a minute, staff were great",
    ),
    # ---- a fourth set, in dialect and roundabout shapes --------------------------------------
    case("lamp him", "Reckon we should just go and lamp him", CON, urgent=True),
    case("waiting by the garages", "A few of us will be waiting by the garages for them lot tonight", CON, urgent=True),
    case("coppers owt", "If the coppers won't do owt, we will", CON),
    case("wont be me", "Somebody's going to get hurt and it won't be me", CON, urgent=True),
    case("stringing up by his bits", "He wants stringing up by his bits", CON, urgent=True),
    case("wring his neck", "Honestly I could wring his neck", CON, urgent=True),
    case("air out of his tyres", "Next time he parks there I'm letting the air out of his tyres", CON, urgent=True),
    case("old fashioned justice", "Time for a bit of old fashioned justice", CON, urgent=True),
    case("get what for", "If they come round here again they'll get what for", CON, urgent=True),
    case("wish they'd never", "We're gonna make them wish they'd never moved here", CON, urgent=True),
    case("chin him", "I'm tempted to go over and chin him", CON, urgent=True),
    case("bat round his head", "I'll wrap this bat round his head", CON, urgent=True),
    case("get me his address", "Can someone get me his address? I want to have a chat with him", CON),
    case("that's it going round", "Right, that's it, I'm going round there", CON),
    case(
        "mugshot community page", "Going to post his mugshot on the community page so everyone knows to avoid him", CON
    ),
    case("feel unwelcome", "we should all stand outside the house and make them feel unwelcome", CON, urgent=True),
    case("asking for a smack", "He's asking for a smack", CON, urgent=True),
    case("pitchforks", "Them lot need chasing out of the village with pitchforks", CON, urgent=True),
    case("hold him down", "if I catch him I'll hold him down till the police arrive", CON),
    case("set the dog on him", "set the dog on him if he comes in the garden again", CON, urgent=True),
    case("man at 19", "the man at 19 is a nonce, keep your kids away", IP, ACC),
    case("lee flogging parts", "Lee at the garage is flogging stolen parts", IP, ACC),
    case("lad from 31 fires", "Pretty sure it's the lad from number 31 that's been setting the fires", IP, ACC),
    case("end house charity box", "That woman in the end house has been stealing from the charity box", ACC),
    case("smiths dealing", "Everyone says the Smiths at number 2 are dealing", IP, ACC),
    case("druggie and thief", "her son's a druggie and a thief", ACC),
    case("postman parcels", "Our postman has been nicking the parcels, I'm sure of it", ACC),
    case("wilsons dodgy", "it's got to be the Wilsons, they've been dodgy since they moved in", ACC),
    case("slit wrists", "She's slit her wrists, there's blood everywhere", DAN),
    case("face drooping", "My dad's on the floor, he can't speak and one side of his face is drooping", DAN),
    case("knocked off bike road", "Someone's been knocked off their bike and is lying in the road", DAN),
    case("station road fire", "a house is on fire on Station Road, flames out of the roof", DAN),
    case("hang himself tonight", "He says he's going to hang himself tonight", DAN),
    case(
        "beaten up boyfriend", "My neighbour is being beaten up by her boyfriend, I can hear it through the wall", DAN
    ),
    case("unconscious bus stop", "There's a lad unconscious at the bus stop", DAN),
    case("dragged into van", "a woman just got dragged into a van on the high street", DAN),
    case("swallowed battery", "my little boy swallowed a battery", DAN),
    case("overdosed toilets", "Someone's overdosed in the park toilets", DAN),
    case("lee brakes", "Lee at the garage sorted my brakes, top lad", IP),
    case("smiths lovely", "Everyone says the Smiths at number 2 are lovely", IP),
    case("postman brilliant", "Our postman has been brilliant this winter"),
    case("post the minutes", "Going to post the minutes on the community page"),
    case("collection tins", "We'll stand outside the church with the collection tins on Saturday"),
    case("sky alight", "The fireworks are going to set the sky alight tonight!"),
    case("bottle of water", "The dog's got a bottle of water in the car"),
    case("chase the title", "The quiz team is going to chase the title again this year"),
    case("chat about hedge", "Tempted to go over and chat to him about the hedge"),
    case("minibus garages", "The lads will be waiting by the garages for the minibus tonight"),
    case("paddling pool", "I'm letting the air out of the paddling pool for winter"),
    case("council streetlight ringing", "If the council won't fix the streetlight, we'll have to keep ringing them"),
    case("hurt on ice", "someone is going to get hurt on that ice, please grit it"),
    case("dog swallowed sock", "My dog swallowed a sock yesterday, vet says he'll be fine"),
    case("cyclist recovering", "The cyclist was knocked off his bike last week, he's recovering well"),
    case("end house cakes", "That woman in the end house has been doing amazing cakes for the fete"),
    case("feel welcome", "the kids make me feel so welcome at the club"),
    case("bus stop moved", "I wish they'd never moved the bus stop"),
    case("justice talk", "The history society talk on old fashioned justice is on Thursday at the library"),
    # ---- a fifth set --------------------------------------------------------------------------
    case("head kicked in", "he's getting his head kicked in if he keeps it up", CON, urgent=True),
    case("car on bricks", "that car of his is going to end up on bricks", CON, urgent=True),
    case("paying his mum a visit", "someone will be paying his mum a visit", CON),
    case("lads lined up", "we've got a few lads lined up to sort him", CON, urgent=True),
    case("one eye open", "he'd better sleep with one eye open", CON, urgent=True),
    case("where he drinks", "I know where he drinks", CON, urgent=True),
    case("which school his kids", "I know which school his kids go to", CON, urgent=True),
    case("estate in a box", "keep this up and you'll be leaving the estate in a box", CON, urgent=True),
    case("move him on ourselves", "if he's not gone by the weekend we'll move him on ourselves", CON),
    case("trouble at the gala", "there'll be trouble if he shows up at the gala", CON, urgent=True),
    case("grab him if they see him", "I've told the lads to keep an eye out and grab him if they see him", CON),
    case("give him grief", "let's name him on here so everyone can give him grief", CON),
    case("days are numbered", "his days on this street are numbered", CON, urgent=True),
    case("get it when I see her", "she's going to get it when I see her", CON, urgent=True),
    case("next person tyres", "the next person who parks on my drive gets their tyres slashed", CON, urgent=True),
    case("record for burglary", "the bloke who moved into 22 has a record for burglary, watch your stuff", ACC),
    case("terry ward deals", "it's common knowledge that Terry Ward deals from his van", IP, ACC),
    case("family of thieves", "ask anyone, the Pattersons are a family of thieves", ACC),
    case("on drugs look", "she's on drugs, you can tell by looking at her", ACC),
    case("cowboy con man", "that so-called builder at number 11 is a cowboy builder and a con man", IP, ACC),
    case("robbed post office", "Mark Jenkins was the one who robbed the post office, everyone knows", IP, ACC),
    case("knock-off gear", "him at number 6 is always selling knock-off gear", IP, ACC),
    case("where he works key", "I know where he works, I'll drop the spare key round there"),
    case("school same as ours", "I know which school his kids go to, it's the same as ours, lovely teachers"),
    case(
        "trouble bins foxes", "There'll be trouble if the bins aren't collected again, the foxes will have a field day"
    ),
    case("treasurer numbered", "His days as club treasurer are numbered, he's retiring in May"),
    case("record for sale", "The band has a record for sale at the gig on Friday"),
    case("terry ward bookings", "Terry Ward deals with all the allotment bookings, ring him", IP),
    case("family of footballers", "ask anyone, the Pattersons are a family of footballers"),
    case("cowboy fan", "he's a cowboy fan, always wearing the hat at the line dancing"),
    case("move planters", "We'll move them on ourselves if the council doesn't shift those old planters"),
    case("strongly worded note", "the next one who parks on my drive gets a strongly worded note"),
    case("thank him dog", "Let's name him on here so everyone can thank him for finding the dog"),
    case("one eye burglary", "She sleeps with one eye open since the burglary, poor thing"),
    case("car in museum", "that car of his is going to end up in the museum, it's that old"),
    case("box van fete", "we'll be leaving the fete in a box van with the leftover cakes"),
    # ---- a sixth set: identity, names and emergencies in other words ----------------------
    case("speaking polish casing", "They were speaking Polish, probably casing the houses", IDS),
    case("chinese takeaway dodgy", "the Chinese takeaway is definitely dodgy, cash only", IDS),
    case("asian lad purse", "A young Asian lad handed my purse in at the Co-op, what a star"),
    case("floor since last night", "My neighbour's been on the floor since last night and can't move", DAN),
    case("chest pains breath", "my dad's got chest pains and can't catch his breath", DAN),
    case("ice on the pond", "a kid has fallen through the ice on the pond", DAN),
    case("slumped not responding", "there's a bloke slumped in a car, not responding", DAN),
    case("friend fitting", "I think my friend has taken something, she's fitting", DAN),
    case("blood from his head", "man with blood pouring from his head outside Greggs", DAN),
    case("ex with a knife", "my ex is outside with a knife saying he'll kill me", DAN),
    case("fitting a kitchen", "He's fitting a new kitchen next door, the drilling is constant"),
    case("cant move my car", "I can't move my car, someone's blocked me in"),
    case("polish deli", "The Polish deli on the high street has reopened, lovely cakes"),
    case("black audi", "A black Audi has been parked across my drive"),
    case("muslim centre breakfasts", "The Muslim community centre is doing free breakfasts for the kids"),
    # ---- ordinary reports full of the new rules' words --------------------------------------
    case("same fox", "Bet it's the same fox that's been getting into the bins on Church Street"),
    case("lad nicking charger", "My lad has been nicking my phone charger again, teenagers eh"),
    case("smashing it football", "Next door's kids have been smashing it at football this season"),
    case("flame gun weeds", "The council are going to torch the weeds on the verge with that flame gun thing"),
    case("poppy tin", "I'll be stood outside the Co-op with the poppy tin on Saturday morning"),
    case(
        "car blocking gate", "Someone left their car blocking the gate to the field, farmer can't get his tractor out"
    ),
    case("speed bumps wreck", "Watch out for the new speed bumps on Station Road, they'll wreck your suspension"),
    case("gary newsletter", "Gary at number 10 is the one who does the newsletter, send him your news", IP),
    case("word with bin men", "Can someone have a word with the bin men, they keep leaving the lids open"),
    case("followed the lorry", "I followed the lorry all the way from the bypass, it was doing 30 the whole time"),
    case("fire out allotments", "Fire at the allotments is out now, fire brigade sorted it, nobody hurt"),
    case("jack parish council", "Our Jack has been dealing with the parish council about the footpath"),
    case("waiting for the bride", "We'll be waiting at the church for the bride at two"),
    case("red van boiler", "He's the one with the red van who fixed our boiler, top bloke"),
    case("consoles all night", "Kids are on the game all night on those consoles, my lot included"),
    case("fence a good kicking", "Going to give the fence a good kicking back into shape after the storm"),
    case("hands on recipe", "I'd love to get my hands on that recipe for the fete cake"),
    case("chased the ducks", "We chased the ducks back into the pond after they wandered onto the road"),
    case("woman at 3 stray cats", "The woman at number 3 has been feeding the stray cats, bless her", IP),
    case("lad from chippy wallet", "It's definitely the lad from the chippy who found my wallet, I owe him one"),
    # ---- a seventh set: questions, conditionals and threats left unsaid ----------------------
    case("paying him a visit question", "Who's up for paying him a visit?", CON),
    case("help teach him", "Anyone want to help me teach him a lesson?", CON, urgent=True),
    case("wrong to punch him", "Is it wrong that I want to punch him?", CON, urgent=True),
    case("nobody would blame me", "Nobody would blame me if I lamped him", CON, urgent=True),
    case("done with him", "He won't be smiling after I'm done with him", CON, urgent=True),
    case("theyre dead", "When I find out who did it they're dead", CON, urgent=True),
    case("card is marked", "Whoever did this, your card is marked", CON, urgent=True),
    case("set foot in village", "We'll make sure they never set foot in this village again", CON, urgent=True),
    case("next time personal", "He's been warned, next time it's personal", CON, urgent=True),
    case("make him pay car", "I'm going to make him pay for what he did to my car", CON, urgent=True),
    case("paint over van", "Tempted to throw paint over that ugly van of his", CON, urgent=True),
    case("would have torched", "If I was his neighbour I'd have torched his car by now", CON, urgent=True),
    case("give the word", "The lads have said they'll sort him if I give the word", CON, urgent=True),
    case("wait for him to come out", "Gonna stand by his car and wait for him to come out", CON),
    case("keeping tabs", "I'll be keeping tabs on him and his comings and goings", CON),
    case("van with him in it", "I'd happily set fire to his van with him in it", CON, DAN, urgent=True),
    case("hendersons burglaries mark my words", "Mark my words, it's them Hendersons doing the burglaries", ACC),
    case("known for shoplifting", "She's known for shoplifting in the Co-op", ACC),
    case("whole family crooks", "His whole family are crooks", ACC),
    case("found out he's dead", "When I found out he's dead I cried for a week, he was a lovely neighbour"),
    case("phone's dead", "My phone's dead, can someone message me the meeting time"),
    case("done with the ladder", "When I'm done with the ladder I'll drop it back round to you"),
    case("ice cream van laughing", "The kids won't be laughing when the ice cream van stops coming"),
    case("painted his fence", "I'd have painted his fence for him if he'd asked"),
    case("warned about scams", "We've been warned about scam calls, be careful everyone"),
    case("tabs since his fall", "Keeping tabs on him since his fall, he's doing well"),
    case("known for his roses", "He was known for his roses, lovely man"),
    case("geese again", "it's them geese again making a racket on the pond"),
    # ---- shouted, in text speak, or without punctuation --------------------------------------
    case("going to kill him caps", "IM GOING TO KILL HIM IF HE TOUCHES MY CAR AGAIN", CON, DAN),
    case("smash windows 2nite", "gonna smash his windows in 2nite", CON, urgent=True),
    case("ur dead", "ur dead when i see u", CON, urgent=True),
    case("sum1 shud sort him", "sum1 shud sort him out", CON, urgent=True),
    case("lads r gonna batter", "lads r gonna go round n batter him", CON, urgent=True),
    case("smackhead n thief", "hes a smackhead n a thief", ACC),
    case("fell down stairs not answering", "my mum has fell down the stairs and is not answering me", DAN),
    case("has a knife help", "HE HAS A KNIFE HELP", DAN),
    case("gonna end it all tonight", "im gonna end it all tonight", DAN),
    case("round there wiv him", "we shud all go round there n have it out wiv him", CON),
    case("through that window", "if he don't stop, I'll put him through that window", CON, urgent=True),
    case("kill you at the quiz", "we will kill you at the pub quiz on Friday"),
    # ---- a last set of plans, and ordinary reports ----------------------------------------
    case(
        "confront dealers park",
        "A group of us are going to confront the dealers at the park on Friday",
        CON,
        urgent=True,
    ),
    case("ramming it", "If I see that car again I'm ramming it", CON, urgent=True),
    case("run him over", "honestly someone should just run him over", CON, urgent=True),
    case("proper go at him", "I'm going to go and have a proper go at him", CON, urgent=True),
    case("least expects it", "we'll get him when he least expects it", CON, urgent=True),
    case("hiding off my husband", "he'll get a hiding off my husband when he gets home", CON, urgent=True),
    case("gave that lot what for", "time somebody gave that lot what for", CON, urgent=True),
    case("hound them", "we're going to hound them until they move", CON, urgent=True),
    case("round with my brothers", "I'll be round his house with my brothers tonight", CON, urgent=True),
    case("pay him back", "somebody should pay him back for what he did", CON, urgent=True),
    case("photo in shop window", "I'll take his photo and put it up in the shop window", CON),
    case("corner him", "let's corner him after the meeting and ask him straight out", CON, urgent=True),
    case("spray paint dealer", "I'm going to spray paint DEALER on his garage door", CON, urgent=True),
    case("house number gate", "I'm going to paint the house number on her gate for her"),
    case("council voted out", "We'll get the council back for what they did to the park by voting them out"),
    case("own back at quiz", "I got my own back at the quiz, won by a mile"),
    case("christmas dinner round", "I'll be round his house with my family for Christmas dinner"),
    case("fete poster shop", "We're putting the fete poster up in the shop window"),
    # ---- more crimes pinned, and their harmless twins -------------------------------------
    case(
        "lead off church roof", "That bloke at the end is definitely the one nicking the lead off the church roof", ACC
    ),
    case("bunch of crooks 12", "The lot at number 12 are a bunch of crooks", IP, ACC),
    case("seen her nicking", "I've seen her nicking from the charity shop loads of times", ACC),
    case("known car thief", "His lad's a known car thief, lock your motors", ACC),
    case("fences stolen tools", "The van man at 27 fences stolen tools", IP, ACC),
    case("cash in hand fiddle", "She's on the fiddle with her benefits and works cash in hand", ACC),
    case(
        "catalytic converters lad", "I'd bet my life it's that lad from the garage doing the catalytic converters", ACC
    ),
    case("puppy farm", "The couple at the farm are running a puppy farm, it's cruel", ACC),
    case("peeping tom", "the man in the flat above is a peeping tom", ACC),
    case("saw him nicking once", "I saw him nicking a bike outside the station, police informed"),
    case("time of year conkers", "it's that time of year again, kids nicking the conkers"),
    case("seen her at the charity shop", "I've seen her helping at the charity shop loads of times"),
    # ---- longer reports, several sentences each ----------------------------------------------
    case(
        "car done lad from 18",
        "Third time this month my car's been done. I know it's the lad from number 18, I've seen him hanging round "
        "it. Next time I catch him he's getting a slap.",
        IP,
        ACC,
        CON,
        urgent=True,
    ),
    case(
        "noise from the flats",
        "Had enough of the noise from the flats. Someone needs to go up there and sort them out once and for all, "
        "the council are useless.",
        CON,
        urgent=True,
    ),
    case(
        "bottom of the church steps",
        "Quick one - a man is lying at the bottom of the steps by the church and he isn't moving. I've rung 999 but "
        "can someone come and help?",
        DAN,
    ),
    case(
        "hear her crying",
        "My neighbour has been shouting all night and now I can hear her crying and him screaming at her. I think "
        "he's hitting her.",
        DAN,
    ),
    case(
        "rugby club smashed it",
        "Lovely turnout at the litter pick today. Thanks to everyone who came, especially the lads from the rugby "
        "club who smashed it.",
    ),
    case(
        "friendly word with mum",
        "The kids at number 5 keep kicking their ball into my garden. Not a big deal but could someone have a "
        "friendly word with their mum?",
        IP,
    ),
    case(
        "water board no id",
        "Just a heads up, there's a man going door to door saying he's from the water board. He had no ID. Don't let "
        "him in.",
    ),
    case("spare key number 9", "we know it's number 9 that has the spare key", IP),
    # ---- more emergencies in other words, and their harmless twins ------------------------
    case("car in the river", "There's a car in the river and I think someone is inside", DAN),
    case("lying in the snow", "an old man's been lying in the snow at the bus stop", DAN),
    case("blood on his hands", "the lad next door just ran out with blood all over his hands", DAN),
    case("nothing left bridge", "my brother says he's got nothing left and he's on the bridge", DAN),
    case("glassed at the crown", "someone's been glassed at the Crown, it's kicking off", DAN),
    case("flatmate unresponsive", "I've just found my flatmate unresponsive", DAN),
    case("bin store fire", "fire in the bin store of the flats, spreading to the building", DAN),
    case("food bank nothing left", "we've got nothing left and the food bank needs donations"),
    case("sign lying in road", "the council have left a sign lying in the road"),
    case("dog sunbathing road", "the dog was lying in the road sunbathing lol"),
    # ---- a house named as where a crime happened, not who did it ----------------------------
    case("parcels missing number 12", "Parcels keep going missing off the doorstep at number 12", IP),
    case("bikes nicked outside 30", "Someone has been nicking bikes from outside number 30 again", IP),
    case("number 7 broken into", "Number 7 was broken into on Tuesday night while they were away", IP),
    case("shed done over 18", "The shed at number 18 got done over last week, tools all gone", IP),
    case("thieves hit number 2", "thieves have hit number 2 twice now, they took the car keys", IP),
)

FIRST_HELD_OUT: tuple[Case, ...] = (
    # ---- ordinary reports ------------------------------------------------------------------
    case(
        "bins chapel street",
        "Wheelie bins left out on the pavement on Chapel Street all week, blocking mobility scooters.",
    ),
    case("dog off lead", "Someone's been letting their dog off the lead on the school field, it went for a jogger."),
    case("pub closing", "There was a lot of shouting from the pub at closing time but it all calmed down by midnight."),
    case("garage open", "My neighbour's garage door was left wide open overnight, I closed it for them."),
    case("flickering lights", "Is anyone else having trouble with the streetlights flickering on Rose Avenue?"),
    case("phishing", "Suspicious email pretending to be from the council asking for bank details, delete it."),
    case("underpass", "The underpass near the station smells of urine and has broken glass everywhere."),
    case("e-scooters", "Teenagers on e-scooters going really fast along the towpath, nearly knocked an old man over."),
    case("catalytic", "Three catalytic converters stolen in the area this month, consider a cage or a marking kit."),
    case("water board", "Chap in a hi-vis jacket going door to door saying he's from the water board, no ID shown."),
    case("litter pick", "Lovely community litter pick on Sunday, thanks to everyone who came along."),
    case(
        "workmen van",
        "A white Transit with ladders was parked outside the school for a couple of hours, probably workmen.",
    ),
    case("swings", "The kids' play area has had its swings wrapped round the frame again."),
    case("sofa dumped", "Somebody dumped a sofa and a tumble dryer in the back lane behind Victoria Road."),
    case(
        "looking in cars",
        "I saw two people looking into car windows on the retail park at about 11pm, "
        "they left when I turned my lights on.",
    ),
    case("fire exit", "The fire exit door at the leisure centre has been wedged open all week."),
    case("quad bikes", "Quad bikes racing across the fields off the old railway line most evenings."),
    case("knife workshop", "The community centre is running a knife crime workshop for parents in April."),
    case("dog bags", "Can we get a bin at the bottom of the footpath? Dog bags are just being thrown in the hedge."),
    case("rough sleeper", "A man was sleeping rough in the bus shelter last night, I've let the outreach team know."),
    case("school night fireworks", "Fireworks going off at 11pm on a school night, lots of the dogs were upset."),
    case("bypass speeding", "Has anyone else noticed more speeding since the roadworks started on the bypass?"),
    case("speed watch tally", "Our Speed Watch team logged 46 vehicles over the limit on Front Street this morning."),
    case("romanian church", "The Romanian church on King Street had a window broken on Friday night."),
    case("officers thanks", "Thanks to the officers who came out so quickly when the alarm went off at the chemist."),
    case("dog mess gates", "Dog mess all over the pavement by the primary school gates, it's disgusting."),
    case(
        "memorial graffiti",
        "Someone has sprayed graffiti on the war memorial, it needs cleaning before Remembrance Sunday.",
    ),
    case(
        "hazard lights", "A car has been parked with its hazard lights on outside the Post Office since this morning."
    ),
    case("crossing lights", "The lights at the pedestrian crossing on Durham Road aren't working."),
    case("clocks go back", "Worth reminding everyone that the clocks go back this weekend, lock up early."),
    # ---- identifies a private individual ---------------------------------------------------
    case(
        "lad from number 23",
        "The lad from number 23 rides his scrambler up and down the street till midnight.",
        IP,
        location="Oakfield Crescent",
    ),
    case("steve barnes", "Can someone have a word with Steve Barnes about his dog barking all night?", IP),
    case("mercedes van plate", "Grey Mercedes van LD68 XKP keeps parking on the double yellows by the shop.", IP),
    case("mrs lowther", "Mrs Lowther at the end of Birch Close says her fence panels were taken.", IP),
    case(
        "people in number 41",
        "The people in number 41 have had cars coming and going until 3am every night this week.",
        IP,
        location="Coronation Road",
    ),
    case("flat 6", "Noise coming from flat 6 again, music until 4am.", IP),
    case("kia reg", "Parked across my drive again: red Kia, reg MA15 TRW.", IP),
    # ---- accusation or slur ----------------------------------------------------------------
    case("druggy from flats", "That druggy from the flats is at it again, stumbling about shouting.", ACC),
    case("lowlifes allotments", "The lowlifes who keep nicking from the allotments want locking up.", ACC),
    case("known burglar", "The bloke who's moved into 8 Cherry Tree Close is a known burglar.", IP, ACC),
    case("slapper", "She's a right slapper, always different blokes round.", ACC),
    case("he's a grass", "Everyone knows he's a grass.", ACC),
    case("selling weed", "They're selling weed from the house on the corner, it stinks.", ACC),
    # ---- intent to confront ------------------------------------------------------------------
    case("paying a visit", "If nothing gets done soon a few of us will be paying them a visit.", CON),
    case("piece of my mind", "I've half a mind to go over there and give him a piece of my mind.", CON),
    case("own night patrols", "We're going to start doing our own night patrols round the estate.", CON),
    case("face out there", "Let's get his face out there so everyone knows who he is.", CON),
    case("chase with a bat", "Next time they come round I'm going to chase them off with a bat.", CON, urgent=True),
    case("turn up at door", "We should all turn up at his door and tell him to get out.", CON),
    case("plate on facebook", "I've got his number plate, I'll stick it on the village Facebook group.", CON),
    # ---- suspicion pinned on identity -------------------------------------------------------
    # labelled identity only when held out; "they're all dodgy" pinned on them is an accusation
    case("albanian car washes", "It's always the Albanians with these car washes, they're all dodgy.", IDS, ACC),
    case("somali lads", "Bunch of Somali lads hanging about by the shops.", IDS),
    case("asylum hotel", "Ever since the asylum hotel opened there's been trouble, it's obviously them.", IDS),
    case(
        "eastern european workers",
        "A load of Eastern European workers living in that house, must be twenty of them.",
        IDS,
    ),
    case("foreign lorry drivers", "Foreign lorry drivers parking overnight in the lay-by and leaving rubbish.", IDS),
    case("travellers rec", "Travellers have set up on the rec with six caravans.", IDS),
    # ---- immediate danger or self-harm ------------------------------------------------------
    case("machete", "Please send someone, there's a man waving a machete outside the chip shop.", DAN),
    case("daughter overdose", "My daughter just texted saying she's going to take an overdose.", DAN),
    case(
        "smoke window",
        "Smoke pouring out of the upstairs window at number 5, I can hear the alarm.",
        IP,
        DAN,
        location="Elm Grove",
    ),
    case("not breathing properly", "Lad has collapsed outside the Co-op and isn't breathing properly.", DAN),
    case("fight with bottle", "Two men are fighting outside the Red Lion right now and one has a bottle.", DAN),
    case("hitting her again", "He's hitting her again, I can hear it through the wall.", DAN),
    # ---- repeat targeting ---------------------------------------------------------------------
    case(
        "transit three reports",
        "That white Transit YK17 BNF is parked on the verge again.",
        IP,
        REP,
        history=(Earlier(6, 51, "YK17 BNF on the verge"), Earlier(15, 51, "white transit yk17bnf on the grass")),
        reporter_id=51,
    ),
    case(
        "oakfield old reports",
        "Music from 23 Oakfield Crescent until 2am.",
        IP,
        history=(Earlier(35, 52, "23 Oakfield Crescent noise"), Earlier(9, 53, "noise from 23 oakfield crescent")),
        reporter_id=52,
    ),
)

SECOND_HELD_OUT: tuple[Case, ...] = (
    # ---- ordinary reports ------------------------------------------------------------------
    case(
        "wheelies greenway", "Motorbike with no lights doing wheelies on Greenway at dusk, someone's going to get hurt."
    ),
    case("donation scam", "Post through my door from the 'council' asking for a donation, looks like a scam."),
    case("playground glass", "Smashed glass all over the kids' playground on Ashfield Road, I've swept some of it up."),
    case("residents meeting", "The residents' association meeting has moved to the Methodist hall, Wednesday 7pm."),
    case("vans on verge", "Two vans parked on the verge outside the shops every night, the grass is ruined."),
    case("shed crime number", "Our shed was broken into and the mower taken, police have given us a crime number."),
    case(
        "closed footpath",
        "People are still using the closed footpath by the railway bridge even though it's fenced off.",
    ),
    case("lost cat", "Lost cat, ginger tom, answers to Biscuit, last seen near the allotments."),
    case("rat run", "Drivers are using Cemetery Road as a rat run at 50mph during the school run."),
    case("doorbell camera", "Can anyone recommend a good doorbell camera? Ours keeps disconnecting."),
    case("cctv leisure", "The CCTV on the leisure centre car park has been out for weeks, please chase the council."),
    case("pavement cycling", "Youths on bikes riding on the pavement outside the Co-op and nearly hitting people."),
    case(
        "photos of houses",
        "A man was taking photos of houses on Beech Grove, probably an estate agent but worth knowing.",
    ),
    case("traffic crash", "Huge queues on the A167 this morning after a crash, avoid if you can."),
    case("speed bumps", "The new speed bumps on School Lane seem to be working, much quieter now."),
    case("youth commission", "Well done to the Youth Commission for their survey on feeling safe in the town centre."),
    case(
        "lights switch-on", "Christmas lights switch-on is Saturday at 5, there'll be road closures on the High Street."
    ),
    case("tyres let down", "Somebody has let the tyres down on several cars in the station car park."),
    case("foxes bags", "Rubbish bags split open by foxes all along Mill Road, can the council collect earlier?"),
    case("burnt-out car", "There's a burnt-out car in the woods off Moor Lane, police have been told."),
    case("dementia", "A lady on my street has dementia and sometimes wanders, if you see her please walk her home."),
    case(
        "indian restaurant parking",
        "Lots of people parking on the double yellows at the Indian restaurant on Friday nights.",
    ),
    case("football fight", "A fight broke out at the football last Saturday, it was sorted by the stewards."),
    case("scaffolding", "Scaffolding left up on the empty house on Park View, kids are climbing it."),
    case("timetable", "The bus stop timetable has been ripped off again."),
    case("sheep worrying", "Farmers have complained about dogs worrying sheep on the footpath near the reservoir."),
    case("water main", "Thanks to everyone who reported the broken water main, it's fixed now."),
    case(
        "chinese supermarket",
        "The Chinese supermarket on Front Street is doing well, it's nice to have more shops open.",
    ),
    case("loud bang", "Heard a loud bang around 2am, it sounded like a car backfiring."),
    case(
        "allotment entrance",
        "A car keeps parking across the allotment entrance so the farmer can't get his tractor in.",
    ),
    # ---- identifies a private individual ---------------------------------------------------
    case(
        "heather close bins",
        "Bins at 12 Heather Close haven't been taken in for a fortnight and are attracting rats.",
        IP,
    ),
    case("number 15 dog", "Someone in number 15 has a dog that barks from 6am.", IP, location="Maple Drive"),
    case("astra plate", "Blue Astra, YA63 FRT, was parked on the zigzags again this morning.", IP),
    case("mrs ahmed", "Mr and Mrs Ahmed's car was keyed outside their house.", IP),
    case("kev dawson", "Kev Dawson keeps leaving his van across the pavement.", IP),
    case(
        "couple away",
        "The couple at no. 3 are away for a fortnight, could people keep an eye on the house?",
        IP,
        location="Elm Grove",
    ),
    # ---- accusation or slur ----------------------------------------------------------------
    case("smackheads bookies", "That bunch of smackheads living above the bookies are nicking bikes.", ACC),
    case("wrong'uns", "The family at number 6 are proper wrong'uns, everyone says so.", IP, ACC, location="Ash Road"),
    case("simple as", "He's a nonce, simple as.", ACC),
    case("drug dealer her door", "Pretty sure she's a drug dealer, there are people at her door all day.", ACC),
    case("scrotes", "The scrotes who smashed the bus shelter again.", ACC),
    case("not saying", "I'm not saying he's a paedo but he's always hanging round the park.", ACC),
    # ---- intent to confront ------------------------------------------------------------------
    case(
        "block it in",
        "If I see that car again I'm going to block it in and keep him there till the police come.",
        CON,
    ),
    case(
        "torch walk",
        "A few of us are thinking of doing a walk round the estate at night with torches to catch them.",
        CON,
    ),
    case("teach manners", "Someone ought to teach him some manners.", CON, urgent=True),
    case("posters picture", "We should put up posters with his picture on so people know who he is.", CON),
    case("have it out", "I'm going to go round and have it out with him once and for all.", CON),
    case("council won't", "If the council won't move them on, we will.", CON),
    # ---- suspicion pinned on identity -------------------------------------------------------
    case("polish lads shelter", "Polish lads drinking in the bus shelter every night.", IDS),
    case("immigrants moved in", "There's been more burglaries since all the immigrants moved in.", IDS),
    case("asian family", "Not being funny but it's always that Asian family causing problems.", IDS),
    case("gyppos driveways", "Gyppos have been knocking on doors offering to do driveways.", IDS, ACC),
    case("foreign voices", "Lot of foreign voices on the street late at night, don't know who they are.", IDS),
    case("kurdish barbers", "The Kurdish barbers is a front for something, you can tell.", IDS, ACC),
    # ---- immediate danger or self-harm ------------------------------------------------------
    case("bridge jump", "Man on the bridge looks like he's going to jump, please send someone.", DAN),
    case("pinned screaming", "My neighbour's boyfriend has her pinned against the wall and she's screaming.", DAN),
    case("all my tablets", "I've taken all my tablets and I don't know what to do.", DAN),
    case("car on fire garages", "There's a car on fire in the garages behind Elm Grove.", DAN),
    case("waving a gun", "Someone's waving a gun about on the field by the school.", DAN),
    case(
        "lit a fire fence", "Kids have lit a fire against the fence at the back of the flats and it's spreading.", DAN
    ),
    # ---- repeat targeting ---------------------------------------------------------------------
    case(
        "gary nixon",
        "Gary Nixon was revving his bike outside the school again.",
        IP,
        REP,
        history=(
            Earlier(2, 61, "Gary Nixon doing wheelies"),
            Earlier(10, 61, "Saw Gary Nixon speeding on his scrambler"),
        ),
        reporter_id=61,
    ),
    case(
        "linden avenue",
        "Party at 7 Linden Avenue again until 4am.",
        IP,
        REP,
        history=(Earlier(3, 71, "Music from 7 Linden Avenue all night"), Earlier(12, 72, "7 linden ave loud party")),
        reporter_id=73,
    ),
)


CASES: tuple[Case, ...] = DEVELOPMENT + FIRST_HELD_OUT + SECOND_HELD_OUT

HELD_OUT: tuple[Case, ...] = (
    # ---- ordinary reports ------------------------------------------------------------------
    case("car tried last nite", "anyone else's car been tried last nite? mine was unlocked n they took my sunnies"),
    case("spar pothole", "Massive pothole outside the Spar on Durham Road, nearly lost a tyre."),
    case(
        "memorial steps",
        "Group of about 10 teens on the war memorial steps drinking cans, bit intimidating but no trouble.",
    ),
    case("agm", "Reminder the Neighbourhood Watch AGM is next Tuesday at the cricket club."),
    case("burning rubber", "Noticed a smell of burning rubber near the industrial estate, think it's the tyre place."),
    case("bins kicked", "Some kids kicked over the bins on Whitby Street and ran off laughing."),
    case("alarm an hour", "Car alarm on Station Approach has been going for an hour now, no one's come out."),
    case("vets window", "The vets on Front Street had its window cracked, maybe a stone from the road."),
    case("hospital cut through", "Lots of cars using the hospital car park as a cut through at speed."),
    case("rogue traders", "Please be aware there are rogue traders offering roof repairs, they quoted my nan £4000."),
    case("play park gate", "The play park gate is broken and the dogs are getting in."),
    case("library bike", "Bike stolen from outside the library in broad daylight, it was locked."),
    case("garden waste", "Someone's been dumping garden waste in the beck behind the houses."),
    case("pact turnout", "Great turnout at the PACT meeting, the inspector answered loads of questions."),
    case("boy racers", "Boy racers again at the retail park, revving and doing handbrake turns till 2."),
    case("long lane racetrack", "Can we have the speed watch back on Long Lane? It's a racetrack at night."),
    case("cash machine", "Heads up, the cash machine at the garage has had something fitted to it, don't use it."),
    case("loose horse", "A horse got loose on the bypass earlier, the owner caught it eventually."),
    case("needles alley", "There were needles in the alley behind the chip shop, council have been informed."),
    case("parcels block", "Parcels going missing in our block, think someone's following the delivery drivers."),
    case("grandson scam", "My elderly dad got a call saying his grandson was in jail and needed money, it's a scam."),
    case("bench burnt", "The bench by the pond has been set on fire, there's just a burnt frame left."),
    case("turkish barbers hours", "The Turkish barbers on Front Street has new opening hours, open till 8 now."),
    case("black ice", "Travel safe everyone, black ice on the hill this morning."),
    case("pcso thanks", "Thanks PCSO Fiona Grant for sorting the parking outside the school."),
    case("snow words", "Someone wrote rude words in the snow on my car bonnet, kids probably."),
    # ---- identifies a private individual ---------------------------------------------------
    case(
        "gnomes", "Old boy at number 31 has had his garden gnomes nicked again, bless him.", IP, location="Cedar Road"
    ),
    case("focus plate", "That silver Focus, plate BD51 SMR, was going at least 50 past the school.", IP),
    case("jayden", "Jayden Pearson is the one throwing eggs at windows.", IP, ACC),
    case("mrs gill", "Mrs Gill from the corner shop says her takings were stolen.", IP),
    case("tenter terrace", "Whoever lives at 18a Tenter Terrace has a car alarm that goes off every night.", IP),
    # ---- accusation or slur ----------------------------------------------------------------
    case("junkies underpass", "Bunch of junkies shooting up in the underpass again.", ACC),
    case("red corsa dealing", "The lad in the red Corsa is definitely dealing, in and out of cars all night.", ACC),
    case("woman at 5 thief", "Everyone on the estate knows the woman at 5 is a thief.", IP, ACC),
    case("perverts fence", "Filthy perverts hanging round the school fence taking photos.", ACC),
    case("pisshead", "That pisshead from the flats was weeing in the bus shelter.", ACC),
    # ---- intent to confront ------------------------------------------------------------------
    case("letting tyres down", "Next time he parks there I'm letting his tyres down.", CON, urgent=True),
    case(
        "meet at the green",
        "We've had enough. Meet at the green at 9 tonight and we'll go and find them.",
        CON,
        urgent=True,
    ),
    case("his address", "Anyone got his address? I want a word.", CON),
    case("shame online", "Let's shame them online, screenshots of their car and everything.", CON),
    case("good kicking", "If they come back we'll give them a good kicking.", CON, urgent=True),
    case("waiting outside", "I'll be waiting for him outside his house tomorrow.", CON, urgent=True),
    # ---- suspicion pinned on identity -------------------------------------------------------
    case("scousers", "Scousers have been coming over robbing the sheds.", IDS),
    case("pakistani family", "Bet it's that Pakistani family again.", IDS),
    case("romanians bins", "Gangs of Romanians going through the bins.", IDS),
    case("syrian refugees", "Since the Syrian refugees arrived the park isn't safe.", IDS),
    case("muslim lads", "A lot of the trouble is from the Muslim lads at the top end.", IDS),
    # ---- immediate danger or self-harm ------------------------------------------------------
    case("baseball bat", "Please help there's a guy outside with a baseball bat smashing car windows right now.", DAN),
    case("on the bridge", "I'm standing on the bridge and I can't do this any more.", DAN),
    case("not moving", "Our neighbour is lying in the garden and not moving.", DAN),
    case("full of smoke", "The flat upstairs is full of smoke and no one's answering.", DAN),
    case("knife to throat", "He's got a knife to her throat, hurry.", DAN),
    # ---- repeat targeting ---------------------------------------------------------------------
    case(
        "grey van three",
        "Same grey van KM19 ZTP outside the primary again.",
        IP,
        REP,
        history=(Earlier(4, 81, "KM19 ZTP outside school"), Earlier(20, 82, "grey van km19ztp")),
        reporter_id=81,
    ),
    case(
        "moss lane old",
        "17 Moss Lane has rubbish piling up in the front garden.",
        IP,
        history=(Earlier(2, 91, "rubbish at 17 Moss Lane"), Earlier(45, 91, "17 Moss Lane again")),
        reporter_id=91,
    ),
)

# Written before HELD_OUT was used to tune the rules, so none of the rules that tuning added
# existed yet; scored once before and once after it (see the docstring for the figures). Never
# tune on these; add a report it gets wrong to DEVELOPMENT in your own words instead. (Which of
# its confrontations must be urgent was marked later, with the fifth and sixth batches.)
FOURTH_HELD_OUT: tuple[Case, ...] = (
    # ---- ordinary reports, many with words that look alarming out of context -------------
    case(
        "chip pan fire out",
        "fire brigade were out to a chip pan fire on elm st earlier, all out now and nobody hurt thank god",
    ),
    case("patrol the rec", "can the police patrol round the rec more after dark? its getting worse with the bikes"),
    case(
        "pcso doorbell footage",
        "PCSO Hughes said she'll go round the houses on Mill Rd asking for doorbell footage of the van.",
    ),
    case("locksmith", "Does anyone know a good locksmith? Need to sort out the back door lock after the break in"),
    case("reported online", "reported the stolen bike online through the police website, got a crime ref"),
    case(
        "knife in hedge",
        "Found a kitchen knife in the hedge by the bus stop on my way home, handed it in at the station",
    ),
    case(
        "shooting rabbits",
        "farmer up the hill was shooting rabbits again this morning, "
        "the bangs are scaring the horses in the next field",
    ),
    case("polish deli", "The Polish deli on Front St does lovely bread, worth supporting them."),
    case(
        "outsiders football", "Loads of outsiders parking on our street for the football, can we get residents permits?"
    ),
    case(
        "romanian lady bag",
        "The Romanian lady who runs the nail bar on the high st had her bag snatched, please look out for her.",
    ),
    case("curry night", "The Indian takeaway is doing a charity curry night for the hospice on friday x"),
    case("mosque warm space", "Mosque on Queens Rd is opening as a warm space this winter, all welcome."),
    case(
        "new sergeant",
        "Sgt Sarah Lowe is our new neighbourhood sergeant, she's coming to the meeting on Thursday.",
    ),
    case("garage minibus", "Big thanks to Tait's Garage for fixing the community minibus for free."),
    case("greggs window", "Greggs on the high street has had its window put through again"),
    case("fireworks display", "Fireworks display at the cricket club is on Sat 5th, gates open 6pm."),
    case("gas works", "gas men digging up station rd all week, temp lights causing massive queues"),
    case(
        "chef knives taken",
        "my car was broken into overnight, they took a set of chef knives I'd just bought, got a crime number",
    ),
    case("bonfire helpers", "Is the bonfire on the rec still going ahead? who do I speak to about helping set up"),
    case("fence play area", "anyone know who to contact to sort out the broken fence round the play area?"),
    case("fraud talk", "Sign up for the online fraud talk by Trading Standards at the library, it's free."),
    case("football snow", "the lads from the football team cleared the snow off the path by the shops, credit to them"),
    case(
        "trying car doors",
        "saw 2 lads trying car doors on elm close about 3am, grey trackies, "
        "one had a blue cap, ran off towards the park",
    ),
    case("patrol car", "Patrol car was parked up on the estate last night, nice to see."),
    case("check sheds", "Please everyone go round your gardens and check your sheds are locked, two done on Ash Rd."),
    case(
        "not gunshots",
        "Loud bangs last night were fireworks at the wedding at the golf club, not gunshots, before anyone panics",
    ),
    case(
        "fire in woods out",
        "Kids had a fire going in the woods behind the school, it's out now but there's cans everywhere.",
    ),
    case(
        "burning garden waste",
        "Smell of burning from the allotments, someone's burning garden waste i think, nothing to worry about",
    ),
    case("welsh lady diesel", "Welsh lady at the farm shop said they've had diesel stolen out of the tractors."),
    case("pc khan speed watch", "I'm going to speak to PC Khan about getting a speed watch site on the hill."),
    case("chinese new year", "Chinese New Year celebration at the community centre on Saturday, free food!"),
    case(
        "word with council",
        "Going to have a word with the council about the overgrown alley, it's a mugger's paradise.",
    ),
    case("postman purse", "He's a lovely lad our postman, found my purse on the path and brought it round."),
    case(
        "collapsed okay", "Man collapsed outside the Co-op this morning but the ambulance came quick and he's okay now."
    ),
    case("blocked drive note", "car parked blocking my drive again, i've left a polite note on the windscreen"),
    # ---- identifies a private individual ---------------------------------------------------
    case("ryan tait dog", "Ryan Tait's dog got out again and went for a cat on the green.", IP),
    case("golf plate", "silver golf GF14 OVK doing 60 down church lane at school time", IP),
    case("hollins close", "Bin lorry couldn't get past a car parked outside 6 Hollins Close this morning.", IP),
    case("mr dobson shed", "old mr dobson next door has had his shed done, they took all his tools", IP),
    case("nisha upstairs", "Nisha from the flat upstairs said she heard glass breaking about 2am.", IP),
    case("flat 2 bike", "whoever's in flat 2 above the bookies has had their bike nicked from the hall", IP),
    # ---- accusation or slur ----------------------------------------------------------------
    case(
        "benefit cheat",
        "the woman at no 22 is on the social and driving a brand new merc, she's a benefit cheat",
        IP,
        ACC,
        location="Fern Avenue",
    ),
    case(
        "weirdo flats", "that weirdo in the flats by the park watches the kids all day, everyone knows what he is", ACC
    ),
    case("jordan chippy", "jordan from the chippy is the one selling to the school kids", IP, ACC),
    case("wrong un inside", "He's a wrong un that one, been inside for what he did.", ACC),
    case("thieving gits", "them on the corner are proper thieving gits", ACC),
    case(
        "brothel 41", "The lot at 41 are running a brothel, men in and out all night.", IP, ACC, location="Grange Road"
    ),
    # ---- intent to confront ------------------------------------------------------------------
    case("get a slap", "if i catch the little sods on my drive again they'll get a slap, no joke", CON, urgent=True),
    case(
        "torches and sticks",
        "right whos up for a walk round the back lanes tonight with torches n sticks, "
        "we'll find the ones doing the sheds",
        CON,
        urgent=True,
    ),
    case(
        "words with his dad",
        "found out which house the scrambler lad lives in, gonna have words with his dad tonight",
        CON,
        urgent=True,
    ),
    case(
        "knock on the door",
        "someone in the fb group has got his name and address now, "
        "he's going to get a knock on the door he won't forget",
        CON,
        urgent=True,
    ),
    case("mugshot window", "Going to put his mugshot up in the post office window so the whole village sees.", CON),
    case("set the dog", "next time they're on that field I'm setting the dog on them", CON, urgent=True),
    case(
        "park across entrance",
        "we should all park across the entrance so he cant get his van out, see how he likes it",
        CON,
    ),
    case(
        "wait at bus stop",
        "me and my brother are going to wait for them at the bus stop after school and have a quiet word",
        CON,
        urgent=True,
    ),
    case(
        "brick through window",
        "Honestly I'd pay someone to put a brick through his window at this point.",
        CON,
        urgent=True,
    ),
    case(
        "where moped lad lives",
        "Does anyone know where the lad with the blue moped lives? want to return the favour",
        CON,
        urgent=True,
    ),
    case("skate park", "lets all go down the skate park saturday and show them who's boss", CON, urgent=True),
    case("egged his car", "ive egged his car twice now and ill keep doing it till he moves that van", CON, urgent=True),
    case(
        "sitting outside their house",
        "we're going to take turns sitting in the car outside their house till they slip up",
        CON,
    ),
    case("drag him off", "tempted to drag him off that bike next time he comes flying past", CON, urgent=True),
    case(
        "straight down there",
        "If anyone sees them again ring me and I'll be straight down there, I'm not having it.",
        CON,
    ),
    case(
        "old fashioned way",
        "we need to track down whoever did this and deal with them the old fashioned way",
        CON,
        urgent=True,
    ),
    case("follow that van", "I'm going to follow that van next time and get the address of whoever owns it", CON),
    case("watch your back", "whoever keyed my car, I know it's you, you'd better watch your back", CON, urgent=True),
    case(
        "dashcam faces",
        "got dashcam of the lads who nicked my catalytic, it's going on the village page tonight with their faces",
        CON,
        urgent=True,
    ),
    case(
        "number 9 proper word",
        "Few of us are heading to number 9 tonight to have a proper word with the dad once and for all.",
        IP,
        CON,
        location="Ash Grove",
        urgent=True,
    ),
    # ---- suspicion pinned on identity -------------------------------------------------------
    case(
        "eastern euros hmos",
        "all these eastern euros in the HMOs now, crime's gone through the roof since they came",
        IDS,
    ),
    case("travellers quad bikes", "Quad bikes going missing again, bet it's the travellers up at the site.", IDS),
    case(
        "middle eastern men",
        "Two Middle Eastern looking men sat in a car outside the school for ages this morning.",
        IDS,
    ),
    case("poles moved in", "Never had this trouble before the Poles moved into the top end.", IDS),
    case(
        "foreign lads cashpoint",
        "group of foreign lads hanging round the cashpoint, didnt speak a word of english",
        IDS,
    ),
    case("brummies", "it's them brummies again, coming up the motorway to do the vans", IDS),
    case(
        "foreigners off estate",
        "we need to get them foreigners off our estate before someone gets hurt",
        IDS,
        CON,
        urgent=True,
    ),
    # ---- immediate danger or self-harm ------------------------------------------------------
    case(
        "lying in road",
        "theres a lad lying in the road by the roundabout, think hes been hit by a car, hes not moving",
        DAN,
    ),
    case(
        "said goodbye",
        "my mate keeps messaging saying everyone would be better off without her and she's said goodbye, "
        "i dont know where she is",
        DAN,
    ),
    case("multi storey edge", "man sat on the edge at the top of the multi storey, been there 10 mins", DAN),
    case(
        "fallen kitchen",
        "Old lady at number 4 has fallen in her kitchen, I can see her through the window and she's not getting up.",
        IP,
        DAN,
        location="Rowan Close",
    ),
    case("hammer door", "hes got a hammer and hes smashing her door in screaming hes going to kill her", DAN),
    case(
        "stabbed kebab shop",
        "Lad's been stabbed outside the kebab shop, loads of blood, ambulance isn't here yet",
        DAN,
    ),
    case("toddler main road", "there's a toddler wandering on his own on the main road in just a nappy", DAN),
    case("petrol round door", "Someone's poured petrol round the door of the downstairs flat", DAN),
    case(
        "nothing to live for",
        "my son says he's got nothing left to live for and he's locked himself in the bathroom",
        DAN,
    ),
    case("car in river", "car gone into the river off ford lane, someone might still be in it", DAN),
    case(
        "nan wont wake",
        "pls help my nans fallen and shes not answering me, shes breathing but wont wake up",
        DAN,
    ),
    # ---- repeat targeting ---------------------------------------------------------------------
    case(
        "bmw school three",
        "that black BMW LR21 KVX back outside the school again at home time",
        IP,
        REP,
        history=(Earlier(3, 101, "black bmw lr21kvx outside school"), Earlier(17, 101, "LR21 KVX on the zigzags")),
        reporter_id=101,
    ),
    case(
        "ferndale rubbish",
        "more rubbish chucked in the front garden at 9 Ferndale Road",
        IP,
        REP,
        history=(
            Earlier(6, 111, "9 Ferndale Rd garden is a tip"),
            Earlier(25, 112, "Rats round 9 ferndale road from all the rubbish"),
        ),
        reporter_id=111,
    ),
    case(
        "kyle bennett scrambler",
        "Kyle Bennett on his scrambler on the field again.",
        IP,
        REP,
        history=(Earlier(1, 121, "Kyle Bennett riding on the pavement"), Earlier(8, 122, "kyle bennett no helmet")),
        reporter_id=121,
    ),
    case(
        "kingsway old",
        "Hedge at 30 Kingsway Avenue is over the pavement again.",
        IP,
        history=(Earlier(50, 131, "30 Kingsway Avenue hedge"), Earlier(70, 131, "30 Kingsway Ave overgrown")),
        reporter_id=131,
    ),
)


# Written with SIXTH_HELD_OUT, before any rule was changed for either, and scored once with the
# rules as they stood (see the docstring). This is the batch the next change to the rules is
# tuned on, so after that change, like HELD_OUT, it only guards against regression.
# `urgent=True` marks a confrontation that is a threat or is planned for a near time ("tonight",
# "this weekend"), which must reach the top of the queue as danger does.
FIFTH_HELD_OUT: tuple[Case, ...] = (
    # ---- ordinary reports, many with words that look alarming out of context -------------
    case(
        "bins easington",
        "Bin men didnt empty half the bins on Easington Way again, third week running, theyre overflowing now",
    ),
    case(
        "sofa lay-by",
        "Someone's dumped a load of plasterboard and an old sofa in the lay-by on Sandy Lane, "
        "reported it on the council app",
    ),
    case(
        "zig zags st marys",
        "parents parking on the zig zags outside St Marys at pick up, its an accident waiting to happen",
    ),
    case(
        "dog barking beck",
        "Dog barking non stop in one of the gardens backing onto the beck since 6am, no one seems to be home",
    ),
    case(
        "transit ladders",
        "White transit with ladders on the roof parked up on Cedar Road for about an hour, two men in it just "
        "sat there watching the houses. Might be nothing, didnt get the reg",
    ),
    case(
        "cat called biscuit",
        "Lost cat - ginger tom called Biscuit, very friendly, missing since Tuesday from round the back of the "
        "Co-op. Please check sheds and garages",
    ),
    case(
        "footpath lights",
        "3 streetlights out along the footpath from the station to Easington Way, pitch black walking home",
    ),
    case(
        "strimmer taken",
        "Had the shed broken into overnight on Aldergrove, they cut the padlock and took the strimmer. "
        "Get a decent lock and mark your tools with your postcode",
    ),
    case(
        "fireworks midnight",
        "Fireworks going off till gone midnight on the field behind the school, the dog was shaking all night",
    ),
    case(
        "flying down the bank",
        "cars absolutely flying down the bank past the primary, someones going to get killed one of these days, "
        "can we get speed watch out there",
    ),
    case(
        "shelter glass",
        "The bus shelter on Front Street has been smashed again, glass all over the pavement, careful with "
        "dogs and kids",
    ),
    case(
        "torch-lit walk",
        "The Tuesday walking group are doing a torch-lit walk round the nature reserve on the 14th, "
        "meet at the visitor centre at 6",
    ),
    case(
        "extra patrols",
        "Thanks to the police for the extra patrols on the estate over half term, it made a real difference",
    ),
    case(
        "blocked in by lorry",
        "delivery lorry blocked me in for 20 mins this morning on Hawthorn Street, driver was apologetic but "
        "its every week",
    ),
    case("follow up swings", "Ill follow it up with the council tomorrow about the broken swings in the park"),
    case(
        "bevan crescent car",
        "Anyone's car been tried last night round Bevan Crescent? mine was definitely locked but the door "
        "was open this morning",
    ),
    case(
        "knife workshop academy",
        "Youth Commission are running a knife crime workshop at the academy next week, parents welcome",
    ),
    case(
        "first aid course",
        "Free first aid course at the village hall on the 3rd, learn what to do if someone is unconscious or not "
        "breathing. Places limited so book early",
    ),
    case(
        "eastern european supermarket",
        "The new eastern european supermarket on Station Road has great bakery stuff, worth a look",
    ),
    case("polish neighbour snow", "Our Polish neighbour helped dig my car out in the snow this morning, lovely bloke"),
    case(
        "found terrier",
        "Found: small white terrier no collar wandering on Moor Road, he's safe at ours, message me if he's yours",
    ),
    case("lister street party", "house party on Lister Street went on till 4am with music blasting, on a school night"),
    case(
        "water board caller",
        "Man knocking on doors on Park View saying he's from the water board, no ID, I told him to come back with some",
    ),
    case(
        "speed watch a167",
        "Speed Watch session tomorrow 8-9am on the A167 near the garage, we need two more volunteers",
    ),
    case(
        "catalytics winston road",
        "Catalytic converters stolen off two cars at the garages on Winston Road over the weekend, "
        "they were in and out in minutes",
    ),
    case(
        "flickering light",
        "streetlight outside the chippy on Durham Rd keeps flickering on and off, been like it for weeks",
    ),
    case(
        "bonfire rec",
        "Bonfire's being built on the rec again, it's huge this year, hope someones keeping an eye on it "
        "before the 5th",
    ),
    case(
        "parcel text scam",
        "Beware of texts saying your parcel couldn't be delivered asking for £1.99, it's a scam, my mam "
        "nearly fell for it",
    ),
    case(
        "loose horse owner",
        "horse loose on the back road to the village, the owner's been told and they're on their way",
    ),
    case(
        "footy garage door",
        "Kids playing footy against my garage door all evening, not the end of the world but the banging is "
        "doing my head in",
    ),
    case(
        "bottles on swings",
        "Youths drinking on the swings last night and left broken bottles everywhere, council cleaned it up "
        "this morning",
    ),
    case(
        "bleeding ridiculous",
        "the parking on Coniston Ave is bleeding ridiculous, you cant get an ambulance down there",
    ),
    case(
        "van over drive",
        "Same van keeps parking over my drive on Elm Grove so I can't get out, I've asked nicely twice",
    ),
    case("dog mess cut through", "dog mess all along the cut through by the school, disgusting, we need more bins"),
    case(
        "allotment gate", "Please shut the gate to the allotments behind you, someone left it open and the deer got in"
    ),
    case(
        "fish sellers",
        "Two lads selling fish door to door on Marlborough Drive again, very pushy, said they were from Grimsby",
    ),
    case(
        "faded signs",
        "Could we get some new Neighbourhood Watch signs? The ones on the lamp posts on Hill Top are faded to nothing",
    ),
    case(
        "drone gardens",
        "Someone flying a drone over the back gardens on Holly Close about 9pm, not sure if thats allowed",
    ),
    case(
        "pharmacy attempt",
        "Attempted break in at the pharmacy on Tuesday night, police have the CCTV, they didn't get in",
    ),
    case("fire crew fun day", "Lovely to see the fire crew at the fun day, the kids were made up with the engine"),
    case(
        "leaflets tonight",
        "Watch meeting tonight 7pm at the Methodist hall, we're going round the new estate after to hand out leaflets",
    ),
    case(
        "passed out bus station",
        "A man passed out at the bus station this morning, the ambulance took him and he was sat up talking by then",
    ),
    case(
        "phone box books", "The old phone box on the green has had its door kicked in, the book swap inside is soaked"
    ),
    case("garden waste smoke", "Neighbour burning garden waste again, smoke all over the washing, is there a bylaw?"),
    case("e scooters precinct", "kids on e scooters flying through the precinct, nearly took an old lady out"),
    case(
        "litter pick saturday",
        "Litter pick this Saturday 10am meeting at the Co-op car park, bring gloves, we'll have bags and grabbers",
    ),
    case("ring footage 101", "Got ring doorbell footage of someone trying my car at 3am, hood up, sent it to 101"),
    case("abandoned fiesta", "Blue Fiesta been abandoned on Dene Road for 3 weeks, flat tyres, no tax"),
    case(
        "spar fella lovely",
        "the fella who works in the Spar is always lovely, he walked my mam home when she felt faint",
    ),
    # ---- identifies a private individual ---------------------------------------------------
    case(
        "sharon co-op",
        "Sharon who works at the Co-op said someone's been passing fake twenties in there",
        IP,
        evidence={IP: ("Sharon who works at the Co-op",)},
    ),
    case(
        "dave chippy car park",
        "Dave from the chippy said he saw two lads trying the doors of the cars in his car park",
        IP,
        evidence={IP: ("Dave from the chippy",)},
    ),
    case("kev garage lower", "kev from the garage on station rd says his van was broken into again", IP),
    case("darren hughes quad", "saw darren hughes on his quad on the footpath again, he nearly hit a kid", IP),
    case("astra lower plate", "red astra yk63 bxf parked on the double yellows outside the school every day", IP),
    case(
        "couple at 22",
        "the couple at number 22 have had their car broken into twice now",
        IP,
        location="Beech Grove",
    ),
    case(
        "burst pipe 41",
        "Water pouring out of a burst pipe outside 41 Easington Way, someone's rung the water board",
        IP,
    ),
    case("mrs okonkwo", "Mrs Okonkwo on the corner had her handbag snatched at the bus stop, she's badly shaken", IP),
    case(
        "milk no 5",
        "the old lady at no 5 hasnt taken her milk in for 2 days, can someone knock",
        IP,
        location="Primrose Hill",
    ),
    case(
        "lad calls himself tank",
        "a lad who calls himself Tank is selling vapes and weed to the year 8s outside the school gates",
        IP,
        ACC,
    ),
    case("bev from the bakery", "Bev from the bakery on Front St has had her car scratched down one side", IP),
    # ---- accusation or slur ----------------------------------------------------------------
    case("benefit cheat car", "everyone knows he's a benefit cheat, new car every year and never worked a day", ACC),
    case("polish scum corner", "polish scum on the corner again drinking and shouting at women", ACC, IDS),
    case(
        "cherry tree nonce",
        "theres talk that the new bloke on Cherry Tree Walk is a nonce, keep your kids away",
        ACC,
    ),
    case("toerags charity box", "Thieving little toerags had the charity box off the counter at the bakery", ACC),
    case("foil garages", "druggies leaving foil and needles behind the garages on Kell Street again", ACC),
    case(
        "foreigners at 7 dealing",
        "those foreigners at number 7 are always dealing, cars pulling up at all hours",
        IP,
        ACC,
        IDS,
        location="Lister Road",
    ),
    case("poppy tin", "whatever scumbag nicked the poppy appeal tin wants locking up", ACC),
    case(
        "woman at 18 parcel",
        "the woman at 18 is a thief, she took my parcel off the step, I've got her on camera",
        IP,
        ACC,
        location="Ash Road",
    ),
    case("crackheads hostel", "crackheads from the hostel hanging about the cashpoint asking for money", ACC),
    # ---- intent to confront ------------------------------------------------------------------
    case(
        "what's coming keyed",
        "the lad who keyed my car will get what's coming to him, I know where he drinks",
        CON,
        urgent=True,
    ),
    case(
        "family out of town",
        "we should run the whole family out of town, they've made everyone's life a misery",
        CON,
        urgent=True,
    ),
    case(
        "every window van",
        "if he parks there one more time im gonna put every window in on that van of his",
        CON,
        urgent=True,
    ),
    case(
        "her tyres slashing",
        "she wants her tyres slashing, parking in the disabled bay every single day",
        CON,
        urgent=True,
    ),
    case(
        "followed the van",
        "we followed the van out past the industrial estate to see where they took the stuff",
        CON,
    ),
    case(
        "block him in drive",
        "next time he's on my drive I'll block him in and wait for him to come out",
        CON,
    ),
    case(
        "allotments torches bats",
        "few of us are doing a walk round the allotments tonight with torches and a couple of bats, anyone welcome",
        CON,
        urgent=True,
    ),
    case(
        "ring cam village page",
        "I've got his face on my ring cam, it's going on the village page tonight so everyone knows",
        CON,
        urgent=True,
    ),
    case("sort him tonight", "me n the lads are going round to sort him out tonight", CON, urgent=True),
    case(
        "knock tomorrow dog",
        "going to knock on his door tomorrow and have words about his dog",
        CON,
        urgent=True,
    ),
    case(
        "ourselves this weekend",
        "if the police arent going to do anything we'll sort them ourselves this weekend",
        CON,
        urgent=True,
    ),
    case("follow car home school", "I'm going to follow the car home next time it's outside the school", CON),
    case("asking for a kicking", "that lad is asking for a kicking and hes going to get one", CON, urgent=True),
    case("whats coming shed", "whoever done my shed will get whats coming, mark my words", CON, urgent=True),
    case(
        "burn them out",
        "people on the estate are saying they'll burn them out if they dont leave",
        CON,
        urgent=True,
    ),
    case(
        "had it out driver",
        "I stepped out in front of the van and made him stop, then I had it out with the driver",
        CON,
    ),
    case(
        "stop them myself",
        "im going to stand in the road with the speed gun and stop them myself, the police never come",
        CON,
    ),
    case("chased off with dog", "chased the lads off the field with my dog last night, they won't be back", CON),
    case(
        "pictures of everyone",
        "We'll stand at the end of the lane and take pictures of everyone who goes to that house",
        CON,
    ),
    case(
        "teeth down throat",
        "if he says one more word to my daughter i'll knock his teeth down his throat",
        CON,
        urgent=True,
    ),
    case(
        "dealt with lads know",
        "he'll be dealt with, don't worry, the lads know where he lives",
        CON,
        urgent=True,
    ),
    # ---- suspicion pinned on identity -------------------------------------------------------
    case(
        "eastern euros car wash",
        "eastern euros again at the car wash, bet they're the ones nicking the catalytics",
        IDS,
        ACC,
    ),
    case("romanians hand car wash", "its the romanians from the hand car wash, they're up to something", IDS),
    case(
        "asian men takeaway",
        "Asian men in nice cars sitting outside the takeaway for hours, something's going on",
        IDS,
    ),
    case(
        "outsiders break ins",
        "it's outsiders doing the break ins, nobody from round here would do that to their own",
        IDS,
    ),
    case(
        "not from round here doors",
        "two lads, definitely not from round here, trying car doors on Wansbeck Road",
        IDS,
    ),
    case(
        "foreign language lane",
        "heard men talking in a foreign language in the back lane at 2am, something dodgy going on",
        IDS,
    ),
    case("travellers lock up", "the travellers are back on the field so lock everything up", IDS),
    case("pikeys site", "bet its them pikeys off the site again", IDS, ACC),
    # ---- immediate danger or self-harm ------------------------------------------------------
    case(
        "blood pouring leg",
        "theres a woman on the pavement at the bottom of Easington Way with blood pouring out of her leg",
        DAN,
    ),
    case("unconscious underpass", "man unconscious in the underpass, he won't come round", DAN),
    case("baby breathing", "please my baby isnt breathing properly and shes gone floppy", DAN),
    case("out cold bike", "old fella came off his bike on the bank and he's out cold", DAN),
    case(
        "tablets slurring",
        "my brother's taken a load of his tablets and he's slurring and can't stand up",
        DAN,
    ),
    case(
        "cutting herself",
        "my daughter's been cutting herself again and she's locked herself in her room",
        DAN,
    ),
    case(
        "done with everything",
        "my mate just messaged saying he's done with everything and he's sorry, he wont pick up",
        DAN,
    ),
    case(
        "stamped on spoons",
        "massive fight outside the Wetherspoons right now, someone's getting stamped on",
        DAN,
    ),
    case(
        "screaming next door",
        "can hear a woman screaming next door and things being thrown, he's shouting he'll kill her",
        DAN,
    ),
    case("empty pub flames", "smoke coming out of the roof of the empty pub on Church Street, you can see flames", DAN),
    case("boy on a road", "little boy about 3 on his own walking down the middle of the A road", DAN),
    case("gas hawthorn", "strong smell of gas on Hawthorn Street, the whole street stinks of it", DAN),
    case("flipped bypass", "car's flipped on the bypass and someones trapped inside, I can hear them", DAN),
    case("blade on bus", "lad on the bus waving a blade about saying he'll stab someone", DAN),
    # ---- repeat targeting ---------------------------------------------------------------------
    case(
        "transit plate three",
        "that white transit NK66 PLD parked across the dropped kerb again",
        IP,
        REP,
        history=(Earlier(2, 141, "van nk66pld on the dropped kerb"), Earlier(11, 141, "NK66 PLD blocking the kerb")),
        reporter_id=141,
    ),
    case(
        "darren hughes again",
        "darren hughes on the quad again, up and down the back lane",
        IP,
        REP,
        history=(Earlier(5, 151, "Darren Hughes riding a quad on the footpath"), Earlier(9, 152, "Darren Hughes quad")),
        reporter_id=151,
    ),
    case(
        "coronation street music",
        "More music from 7 Coronation Street, it's the third time this month",
        IP,
        REP,
        history=(Earlier(8, 161, "loud music 7 coronation st"), Earlier(19, 161, "7 Coronation Street party again")),
        reporter_id=161,
    ),
    case(
        "family at number 3",
        "the family at number 3 again, music till 3am",
        IP,
        REP,
        location="Kell Street",
        history=(Earlier(4, 171, "3 Kell Street noise"), Earlier(12, 172, "noise from 3 Kell St")),
        reporter_id=171,
    ),
    case(
        "hedge too old",
        "Hedge at 12 Station Road is right over the path again",
        IP,
        history=(Earlier(40, 181, "12 Station Road hedge"), Earlier(55, 181, "12 Station Rd hedge")),
        reporter_id=181,
    ),
)

# Written with FIFTH_HELD_OUT, before any of the rules were changed for either, and never used to
# tune anything: the honest estimate (see the docstring for its figures before and after).
# Keep it untouched; add a report it gets wrong to DEVELOPMENT in your own words instead.
SIXTH_HELD_OUT: tuple[Case, ...] = (
    # ---- ordinary reports, many with words that look alarming out of context -------------
    case(
        "oxford road lamp",
        "Streetlamp by the bus stop on Oxford Road has been out since bonfire night, its really dark for the "
        "school kids in the morning",
    ),
    case(
        "bathroom suite",
        "fly tippers have dumped a full bathroom suite at the end of the back lane behind Gladstone Terrace, "
        "toilet n all",
    ),
    case(
        "marsh lane pram",
        "Car parked half on the pavement on Marsh Lane every night, I had to walk in the road with the pram",
    ),
    case("flats music", "music thumping from one of the flats above the shops till 3, the whole block could hear it"),
    case(
        "pickup hedges",
        "Grey pickup been driving up and down the lanes by the farms real slow, two blokes looking over hedges. "
        "Probably nothing but farmers keep an eye on your quads",
    ),
    case(
        "cat pepper",
        "LOST - black and white cat, answers to Pepper, went missing from Ridley Avenue on Sunday, shes chipped",
    ),
    case(
        "telly at 11pm",
        "had a knock on the door at 11pm from a bloke asking if I wanted to buy a telly, odd, he went off "
        "towards the park",
    ),
    case("church lead", "someones had the lead off the church roof again, the vicar's reported it"),
    case(
        "youth survey",
        "Youth Commission survey on how safe young people feel in the town centre is open until the end of the month",
    ),
    case(
        "speed watch pauline",
        "Speed Watch this weekend on Bridge Street, Saturday 9 till 11, volunteers please let Pauline know "
        "if you can come",
    ),
    case(
        "leaflet drop sunday",
        "We're going round the estate on Sunday with the PCSOs doing a leaflet drop about shed security",
    ),
    case(
        "black bull donuts",
        "The pub car park at the Black Bull is where the boy racers meet, doing donuts till midnight",
    ),
    case("deer quarry road", "Please slow down on Quarry Road, a deer got hit last night and it was a right mess"),
    case("knock and run", "kids knocking on doors and running off on Hedley Street, bit much for the older residents"),
    case(
        "takeaway fight friday",
        "there was a fight outside the takeaway on Friday night, police came and it was all sorted",
    ),
    case(
        "keyholder alarm",
        "my neighbour's alarm has been going off for 2 hours and they're away, can anyone get hold of the keyholder",
    ),
    case("muppet ruts", "Some absolute muppet has driven over the grass on the green and left massive ruts"),
    case("police horses", "nice to see the police horses in the town centre on saturday, the kids loved them"),
    case(
        "gutter cleaners",
        "Trading Standards warning about men offering to clean gutters and then demanding hundreds, "
        "they're working the villages this week",
    ),
    case(
        "manhole cover", "Has anyone else noticed the manhole cover missing on Beech Walk? Someone will break an ankle"
    ),
    case(
        "old garage boards",
        "The old garage on Front Street has had its boards pulled off and there's kids getting in, it's not "
        "safe in there",
    ),
    case(
        "indian restaurant christmas",
        "The Indian restaurant on Station Road is doing free meals for the over 70s on Christmas day, lovely gesture",
    ),
    case(
        "nigerian couple watch",
        "My mum got chatting to a lovely Nigerian couple who've moved into the bungalows, they want to join the Watch",
    ),
    case("slip road pothole", "Pothole on the A689 slip road is massive now, someone's going to come off a motorbike"),
    case("rope swing", "Kids have built a rope swing over the beck, it looks dodgy, the branch is half rotten"),
    case(
        "milton street bins",
        "Bins set on fire in the alley behind Milton Street last night, fire brigade put them out, black "
        "marks up the wall",
    ),
    case("zebra lights", "The zebra crossing lights by the Co-op aren't working, drivers aren't stopping"),
    case(
        "padlocked gate",
        "Gate to the playing field has been padlocked, does anyone know who has the key, the footie club can't get in",
    ),
    case("wellington drains", "Drains blocked on Wellington Road and the water's right across the road when it rains"),
    case("royal mail text", "Got a text from 'Royal Mail' asking for card details, delete it, it's a scam"),
    case(
        "head torch walker",
        "fella walking his dog with a head torch on the old railway line at 6am gave me a fright, "
        "but he was just out for a walk",
    ),
    case(
        "foxes bins",
        "Could people stop putting their bins out on Thursday night, the foxes are ripping them open on Mount Pleasant",
    ),
    case(
        "green wheelie bin",
        "someone nicked my wheelie bin, keep an eye out for a green one with the house number painted on",
    ),
    case(
        "rugby lads snow",
        "Well done to the lads from the rugby club who helped push the cars up the hill in the snow",
    ),
    case(
        "meter reader",
        "There's been a man in a hi-vis going round the houses on Ash Grove saying he needs to read the meter, "
        "didn't have a badge",
    ),
    case(
        "scramblers cycle path",
        "Scramblers on the cycle path again last night, ripping up the grass, nearly hit a dog walker",
    ),
    case(
        "underpass glass",
        "loads of broken glass in the underpass again, I cut my hand picking some up so be careful",
    ),
    case(
        "new light garages",
        "The council have said they'll put a new light up by the garages next month, thank you to everyone who emailed",
    ),
    case("greenway runway", "Can we get a speed sign on Greenway, people treat it like a runway"),
    case(
        "van rumour",
        "There's a rumour going round Facebook about a van taking kids, police have said it's not true, "
        "please don't share it",
    ),
    case("ducks rats", "someone's been feeding the ducks loaves of bread at the pond, theres rats now"),
    case("building site 6am", "Noise from the building site starting at 6am on a Saturday, is that allowed?"),
    case(
        "sheep reservoir",
        "Watch out for the sheep on the road between the village and the reservoir, a few have got out",
    ),
    case(
        "our jack's bike",
        "our Jack's bike was nicked from outside the library, orange Carrera, please keep an eye out",
    ),
    case(
        "tarmac cowboys",
        "Blokes in a van offering cheap tarmac for driveways, they did next door's and it's already breaking up",
    ),
    case("sgt bell assembly", "Thank you to Sgt Bell and the team for coming to the school assembly"),
    case(
        "meeting moved", "tonight's Watch meeting has been moved to the cricket club because of the heating at the hall"
    ),
    case(
        "industrial estate racing",
        "Cars racing on the industrial estate every Sunday night, you can hear them from the village",
    ),
    case("poo bags stile", "Someone keeps leaving bags of dog poo hanging on the fence by the stile, why"),
    case(
        "meteor shower",
        "I'll be out on the green tomorrow night with the telescope for the meteor shower if anyone wants to join",
    ),
    case(
        "grooming van woman",
        "the woman who runs the dog grooming van said there's been a man trying car doors on her street",
    ),
    case(
        "bleeding elbow ice",
        "Slipped on the ice outside the Spar yesterday and was bleeding a bit from my elbow, they need to grit it",
    ),
    case(
        "parrot called rocky",
        "Our African grey parrot has flown off from Hazel Grove, he's called Rocky and he swears, please "
        "ring if you see him",
    ),
    case(
        "rockets roundabout",
        "Kids were letting off rockets at cars on the roundabout last bonfire night, can we have a PCSO "
        "there this year",
    ),
    case("post office cashpoint", "The cashpoint at the Post Office is out of order again, nearest one is the Co-op"),
    # ---- identifies a private individual ---------------------------------------------------
    case(
        "mandy lollipop",
        "Mandy who does the lollipop crossing said a car nearly hit one of the kids this morning",
        IP,
    ),
    case(
        "gaz fruit stall",
        "gaz off the fruit and veg stall reckons someone's been siphoning diesel from the vans overnight",
        IP,
    ),
    case("steph post office", "Steph at the post office has had her window cracked, looks like an airgun pellet", IP),
    case("liam foster roof", "that lad liam foster was up on the roof of the school again last night", IP),
    case(
        "tyler flats dog",
        "tyler from the flats above the bookies keeps letting his dog off the lead near the little ones",
        IP,
    ),
    case("merc plate", "black merc reg WR68XYZ flying through the village at 70", IP),
    case("qashqai lower plate", "grey qashqai nv17 okl parks across the drop kerb every morning", IP),
    case("lindisfarne leak", "Water leaking from under the door of 9 Lindisfarne Close, think they're away", IP),
    case(
        "lady at 27 purse",
        "the lady at number 27 had her purse taken by a man claiming to be from the council",
        IP,
        location="Thorn Road",
    ),
    case("mr ahmed paper shop", "mr ahmed at the paper shop had his van broken into again", IP),
    case(
        "goes by smudge",
        "a kid who goes by Smudge has been selling stolen bikes on marketplace",
        IP,
        ACC,
    ),
    case(
        "shaun at the chippy",
        "Shaun at the chippy says the lads on bikes have been throwing eggs at his window",
        IP,
    ),
    # ---- accusation or slur ----------------------------------------------------------------
    case(
        "benefit scrounger",
        "she's a benefit scrounger, fake bad back and out on the lash every weekend",
        ACC,
    ),
    case("romanian scum bins", "romanian scum going through the bins on Park Lane again", ACC, IDS),
    case(
        "end bungalow kiddie fiddler",
        "heard the guy in the end bungalow is a kiddie fiddler, watch your kids",
        ACC,
    ),
    case("dad convicted burglar", "that family are bad news, the dad is a convicted burglar", ACC),
    case("alma street smackhead", "some smackhead was going through the cars on Alma Street at 4am", ACC),
    case(
        "lads at 12 dealing",
        "the lads at 12 are dealing out the back door, everyone knows",
        IP,
        ACC,
        location="Milton Street",
    ),
    case("bungalow proper grass", "the bloke in the bungalow grassed on the lads, he's a proper grass", ACC),
    case("scrotes chapel", "thieving scrotes had the lead off the chapel roof", ACC),
    case("junkie lot boots", "junkie lot from the hostel shoplifting in Boots again", ACC),
    # ---- intent to confront ------------------------------------------------------------------
    case("parcels theirs", "whoever's been nicking the parcels will get theirs, believe me", CON, urgent=True),
    case(
        "walking for a week",
        "if that lad comes near my daughter again he won't be walking for a week",
        CON,
        urgent=True,
    ),
    case("hounded off", "time that lot were hounded off the estate for good", CON, urgent=True),
    case("brick windscreen", "a brick through his windscreen is what he needs", CON, urgent=True),
    case("tyres flat by morning", "his tyres will be flat by morning, I promise you", CON, urgent=True),
    case(
        "key range rover",
        "somebody wants to take a key down the side of that Range Rover of his",
        CON,
        urgent=True,
    ),
    case("paint stripper", "tempted to pour paint stripper all over his precious car", CON, urgent=True),
    case(
        "followed to retail park",
        "followed him in my car all the way to the retail park, he knew I was there",
        CON,
    ),
    case("box him in lights", "we'll box him in at the lights and see how he likes it", CON),
    case(
        "flag them down",
        "next speed watch I'm going to step out and flag them down myself, have a word with them",
        CON,
    ),
    case(
        "pairs with bats",
        "Starting a night watch group, we'll go round in pairs with bats just in case",
        CON,
    ),
    case(
        "something heavy",
        "who's coming out on a walk tonight? bring a torch and something heavy",
        CON,
        urgent=True,
    ),
    case(
        "screenshot community page",
        "screenshot of his face is going up on the community page tonight",
        CON,
        urgent=True,
    ),
    case(
        "video easington page",
        "I'm going to stick the video of them on the Easington Way page with their names",
        CON,
    ),
    case(
        "visit number 5 weekend",
        "a few of us will be paying the family at number 5 a visit this weekend",
        IP,
        CON,
        location="Rowan Walk",
        urgent=True,
    ),
    case(
        "doorstep first thing",
        "going to be on his doorstep first thing tomorrow, he won't know what's hit him",
        CON,
        urgent=True,
    ),
    case(
        "drag to station",
        "told the lad dealing by the shops that if I see him again I'll drag him to the police station myself",
        CON,
        urgent=True,
    ),
    case("our way", "the police are useless so we'll handle it our way", CON),
    case(
        "lads together saturday",
        "get the lads together saturday and we'll go and pay them a visit",
        CON,
        urgent=True,
    ),
    case(
        "dead man message",
        "I've messaged him to say he's a dead man if he touches my car again",
        CON,
        urgent=True,
    ),
    case("tailed to quarry", "we tailed the white van back to a yard near the quarry last night", CON),
    case("running out of village", "they want running out of the village, the lot of them", CON, urgent=True),
    case(
        "do his windows tonight",
        "the lads are saying they're going to do his windows tonight",
        CON,
        urgent=True,
    ),
    case("torch that van", "someone wants to torch that van of his", CON, urgent=True),
    case(
        "wait at end of street",
        "gonna wait at the end of the street for him when he finishes work and have it out",
        CON,
    ),
    # ---- suspicion pinned on identity -------------------------------------------------------
    case(
        "lithuanians factory",
        "lithuanians from the factory drive like maniacs through the village",
        IDS,
    ),
    case(
        "foreign lot hmo",
        "it's that foreign lot in the HMO on Victoria Street again, bins everywhere",
        IDS,
    ),
    case(
        "weren't local accents",
        "lads in the car weren't local, you could tell by the accents, casing the houses",
        IDS,
    ),
    case(
        "asylum seekers hotel",
        "since they put the asylum seekers in the hotel the women dont feel safe walking past",
        IDS,
    ),
    case("black lads cashpoint", "gang of black lads on bikes hanging round the cashpoint", IDS),
    case("travellers tools", "travellers have pulled onto the playing field, lock up your tools lads", IDS),
    case("gyppos verge", "gyppos are back on the verge by the roundabout", IDS, ACC),
    case("east euro park", "east euro lads drinking in the park every night", IDS),
    case("kurdish barbers front", "everyone knows the kurdish barbers are a front", IDS, ACC),
    case(
        "foreigners at 16",
        "the foreigners at 16 have about 12 people living there and vans coming and going all night",
        IP,
        IDS,
        location="Kell Street",
    ),
    # ---- immediate danger or self-harm ------------------------------------------------------
    case("lips are blue", "she's barely breathing and her lips are blue", DAN),
    case(
        "gash on head",
        "theres a bloke with a big gash on his head sat on the kerb, it's pissing blood",
        DAN,
    ),
    case(
        "knocked out cold",
        "someone's knocked out cold on the pavement outside the Wetherspoons and his mates have legged it",
        DAN,
    ),
    case("collapsed bus stop", "old man collapsed at the bus stop on Victoria Road, hes grey and sweating", DAN),
    case(
        "paracetamol packet",
        "found my housemate with an empty packet of paracetamol next to her and she won't wake",
        DAN,
    ),
    case(
        "last time anyone",
        "my best mate's posted on snap saying this is the last time anyone will hear from him",
        DAN,
    ),
    case("cut his arms", "my son has cut his arms up and won't let me in the bathroom", DAN),
    case(
        "thrown about flat",
        "my neighbour is being thrown about in her flat, I can hear her crying, please send someone",
        DAN,
    ),
    case(
        "flames garages",
        "theres flames coming out of the garages behind Ridley Avenue and there are cars inside",
        DAN,
    ),
    case("through the ice", "kid fallen through the ice on the pond in the park", DAN),
    case("machete station road", "bloke with a machete chasing someone down Station Road", DAN),
    case("toddler choking", "toddler choking in the playground and can't breathe", DAN),
    case("trapped bypass", "crash on the bypass, man trapped in the car and he's not saying anything", DAN),
    case(
        "dementia slippers",
        "my dad has dementia and has wandered off in his slippers, it's freezing out",
        DAN,
    ),
    # ---- repeat targeting ---------------------------------------------------------------------
    case(
        "qashqai three",
        "nv17 okl across the drop kerb again this morning",
        IP,
        REP,
        history=(Earlier(1, 191, "grey qashqai NV17 OKL on the kerb"), Earlier(6, 191, "NV17OKL kerb again")),
        reporter_id=191,
    ),
    case(
        "liam foster again",
        "Liam Foster on the school roof again",
        IP,
        REP,
        history=(Earlier(3, 201, "liam foster on the roof"), Earlier(15, 202, "Liam Foster climbing the school")),
        reporter_id=201,
    ),
    case(
        "lindisfarne three",
        "9 Lindisfarne Close front garden is full of rubbish again",
        IP,
        REP,
        history=(Earlier(7, 211, "rubbish 9 Lindisfarne Cl"), Earlier(21, 211, "9 lindisfarne close bins")),
        reporter_id=211,
    ),
    case(
        "lot at number 8",
        "the lot at number 8 have got people in and out again",
        IP,
        REP,
        location="Gladstone Terrace",
        history=(Earlier(2, 221, "8 Gladstone Terrace visitors"), Earlier(10, 221, "number 8 gladstone terrace")),
        reporter_id=221,
    ),
    case(
        "different plates",
        "Car parked on the zig zags, reg YA19 KLM",
        IP,
        history=(Earlier(2, 231, "YB19 KLM on the zig zags"), Earlier(5, 231, "YA18 KLM zig zags")),
        reporter_id=231,
    ),
    case(
        "ash grove old",
        "Bins out all week at 15 Ash Grove",
        IP,
        history=(Earlier(33, 241, "15 Ash Grove bins"), Earlier(60, 241, "bins 15 ash grove")),
        reporter_id=241,
    ),
)


# Written before any rule was changed for it and scored once with the rules as they stood, then
# once after they were changed using the earlier batches: never used to tune anything (see the
# docstring). Keep it untouched; add a report it gets wrong to DEVELOPMENT in your own words.
SEVENTH_HELD_OUT: tuple[Case, ...] = (
    # ---- ordinary reports, many with words that look alarming out of context -------------
    case("coniston bins", "Wheelie bins left out on Coniston Drive all week, the binmen missed our side again"),
    case(
        "phone box glass",
        "Someone's smashed the glass in the old phone box on Church Lane, it's all over the path, mind your dogs' paws",
    ),
    case(
        "catalytic converters",
        "Heads up, a Transit has been going round the villages pinching catalytic converters, park close to the "
        "house or in the garage if you can",
    ),
    case("killer whale talk", "The killer whale talk at the library was brilliant, thanks to whoever organised it"),
    case(
        "school run murder",
        "It's bloody murder trying to park near the school at home time, the parents are a nightmare",
    ),
    case(
        "slaughtered 9-0",
        "My lad's under 11s got absolutely slaughtered 9-0 on Sunday, not a crime but it felt like one",
    ),
    case(
        "clay pigeon bangs",
        "For anyone worried about the shooting noises on Sunday, it's the clay pigeon shoot up at the farm, "
        "they have a licence",
    ),
    case(
        "tanners lane flood",
        "Flooding under the railway bridge on Tanners Lane, a car got stuck in it this morning but the driver got "
        "out fine",
    ),
    case("meadows internet", "Anyone else's internet gone down? The whole of the Meadows estate seems to be off"),
    case("smoke bombs field", "Kids on the field have been setting off smoke bombs, bit of a stink but no harm done"),
    case(
        "rugby club bonfire",
        "The bonfire at the rugby club is on Saturday from 6, sparklers for the little ones, tickets at the bar",
    ),
    case("dead badger", "There's a dead badger on the verge by the garden centre, who do we ring to get it moved"),
    case(
        "country park windows",
        "Please don't leave valuables on show at the country park car park, there's been a few windows put through "
        "this month",
    ),
    case(
        "first aid course",
        "First aid course at the village hall on the 14th, learn CPR and what to do if someone's choking or "
        "bleeding heavily",
    ),
    case(
        "watch signs", "Our Neighbourhood Watch signs have been nicked off the lampposts on Falcon Way, can we get more"
    ),
    case(
        "army range",
        "The firing range at the army camp is live all week so don't panic at the bangs, it's on their website",
    ),
    case("trolleys stream", "Loads of shopping trolleys dumped in the stream by the retail park again"),
    case("gym weights", "The gym above the shops drops weights at 5am, it shakes our ceiling, is that allowed?"),
    case(
        "memorial tealights",
        "Someone's been leaving lit tealights on the war memorial, lovely idea but it's a fire risk right next to "
        "the wreaths",
    ),
    case(
        "football scrap",
        "Kids were fighting over a football on the rec, they were all friends again ten minutes later",
    ),
    case(
        "larch close drone",
        "A drone has been hovering over the back gardens on Larch Close in the evenings, does anyone know whose it is",
    ),
    case("wasps nest", "Attack of the wasps by the bins at the community centre, there's a nest under the roof"),
    case(
        "hospital barrier",
        "The hospital car park barrier is broken and it's charging people twice, complain to the trust",
    ),
    case(
        "bank scam call",
        "Beware a scam call pretending to be your bank saying your account's been hacked and money needs moving, "
        "just hang up",
    ),
    case(
        "elmfield mirrors",
        "Three cars had their wing mirrors snapped off on Elmfield Road overnight, reported on 101 and we've got a "
        "crime number",
    ),
    case(
        "postie loose dog",
        "Postie says he won't deliver to the end houses on Hollins Lane because of the loose dog, can the owner "
        "fix their gate",
    ),
    case(
        "youth club online safety",
        "Youth club is back on Tuesdays at the Methodist hall, the Youth Commission are running a session on "
        "staying safe online",
    ),
    case("station clamped", "Got clamped at the station even though I'd paid for a ticket, total rip off"),
    case(
        "keys bowling green",
        "Anyone missing a set of keys? Found on the bench by the bowling green, I've handed them in at the Co-op",
    ),
    case(
        "beach litter pick",
        "We're planning a litter pick on the beach on Saturday morning, bring gloves, bags provided",
    ),
    case(
        "allotment bonfire",
        "The smoke from the allotments is just the committee's bonfire, they're burning the hedge cuttings, all "
        "under control",
    ),
    case("grit bin hill", "The grit bin on the hill is empty again and it's like an ice rink this morning"),
    case("tip queue", "Massive queue at the tip on Sunday, gave up and went home in the end"),
    case(
        "school gates letter",
        "The school has sent a letter about a man who spoke to pupils at the gates, police are dealing with it and "
        "there'll be extra patrols",
    ),
    case(
        "bridge jumping",
        "Kids jumping off the bridge into the river in this heat, someone's going to drown one of these days",
    ),
    case(
        "beeping smoke alarm",
        "The smoke alarm in the empty flat below keeps beeping, the battery must be going and the landlord isn't "
        "answering",
    ),
    case(
        "cold snap pipes",
        "Please check on older neighbours during the cold snap, pipes have frozen at a few of the bungalows",
    ),
    case(
        "scooter greggs",
        "Lad on an e-scooter nearly took my legs out on the pavement outside Greggs, they need to slow down",
    ),
    case(
        "woods footpath",
        "Does anyone know if the footpath through the woods is open again since the storm brought the trees down",
    ),
    case("agm turnout", "Cracking turnout for the Watch AGM, thanks all, the minutes will be emailed round"),
    case(
        "asbestos lay-by",
        "Someone has dumped a load of asbestos sheets in the lay-by on the moor road, don't touch it, council told",
    ),
    case("horse box", "Horse box parked on the verge on Crag Lane for a week, it blocks the view at the junction"),
    case("quads moor", "Quad bikes tearing up the moor again on Sunday, the farmers are fed up with it"),
    case(
        "burglary warning",
        "Police have put out a warning about a spate of burglaries on the new estate, mostly through unlocked "
        "back doors",
    ),
    case(
        "railway fence hole",
        "There's a big hole in the fence by the railway line behind the allotments, kids could get on the tracks",
    ),
    case("windsor backfire", "The loud bangs last night were a car backfiring on Windsor Road, nothing sinister"),
    case(
        "syrian bakery",
        "The Syrian family who run the bakery on the corner are doing a cake sale for the hospice on Saturday",
    ),
    case("polish festival", "Took the grandkids to the Polish festival in the park, brilliant day, great food"),
    case(
        "priory road gas",
        "The gas smell on Priory Road was the gas board working on the mains, they've fixed it now",
    ),
    case("word with council", "I'm going to have a word with the council about the state of the swings in the park"),
    case(
        "parish meeting noise",
        "We should all go to the parish council meeting on Thursday and make some noise about the speeding",
    ),
    case("kill the lights", "Kill the lights when you leave the hall please, the last lot left them on all weekend"),
    case(
        "ginger cat shed",
        "Someone's cat keeps getting into our shed, not a problem, just wondered whose it is, ginger with a "
        "white chest",
    ),
    case("burnt-out car gone", "The burnt-out car in the lay-by on Sandy Lane has finally been taken away"),
    case(
        "christmas lights green",
        "Went down to sort out the Christmas lights on the green with the parish council, looks great now",
    ),
    case(
        "target the speeders",
        "The committee agreed to target the speeders on Mill Road with extra Speed Watch sessions next month",
    ),
    case(
        "dog and hedgehog",
        "Our dog attacked a hedgehog in the garden last night, it's ok, the rescue centre have taken it in",
    ),
    # ---- identifies a private individual ---------------------------------------------------
    case(
        "karen hairdressers",
        "Karen from the hairdressers saw two lads trying car doors on Chapel Street about 2pm",
        IP,
    ),
    case(
        "dave taxi office",
        "Dave who runs the taxi office says one of his cars had the back window put through",
        IP,
    ),
    case("mrs whitfield gnomes", "Mrs Whitfield on the corner has had her garden gnomes pinched again", IP),
    case(
        "milk at 41",
        "The old fella at number 41 hasn't taken his milk in for two days, does anyone have a key",
        IP,
        location="Larch Close",
    ),
    case("corsa zigzags", "silver Corsa KX15 RTY parked on the zigzags outside the school every morning", IP),
    case("tommy briggs motorbike", "Tommy Briggs has been racing his motorbike up the back lane at midnight", IP),
    case(
        "priya pharmacy",
        "Priya at the pharmacy says a man keeps coming in trying to pick up someone else's prescription",
        IP,
    ),
    case(
        "van engine running",
        "There was a van, reg HN12 WQP, sat outside the bungalows with its engine running for an hour",
        IP,
    ),
    case(
        "sycamore drainpipe",
        "Water pouring out of the drainpipe at 3 Sycamore Court, anyone got the owner's number",
        IP,
    ),
    case(
        "chap at no 22",
        "the chap at no 22 says his shed was broken into and the mower taken",
        IP,
        location="Cherry Tree Walk",
    ),
    case("jade robson needle", "Jade Robson's little boy found a needle in the sandpit on the play park", IP),
    # ---- accusation or slur ----------------------------------------------------------------
    case(
        "lass at 6 on the game",
        "the lass at number 6 is on the game, blokes in and out all night",
        IP,
        ACC,
        location="Raby Street",
    ),
    case("nowt but a thief", "he's nowt but a thief, always has been, ask anyone in the village", ACC),
    case("druggie bench", "that druggie on the bench by the library was shouting at the mums again", ACC),
    case(
        "two brothers sheds",
        "them two brothers are the ones robbing the sheds, everybody knows it's them",
        ACC,
    ),
    case("lowlife vermin roofers", "lowlife vermin ripping off pensioners with their dodgy roofing", ACC),
    case("kevin marsh", "Kevin Marsh is a wife beater and the whole street knows it", IP, ACC),
    case(
        "flat above chemist",
        "the bloke in the flat above the chemist is a sex offender, he's on the register",
        ACC,
    ),
    case("crackhead hostel", "the crackhead from the hostel was trying car doors again", ACC),
    case("running drugs", "she's the one running drugs for them, uses her kids as cover", ACC),
    case("toerag spar", "proper little toerag that one, nicks from the Spar every day after school", ACC),
    # ---- intent to confront ------------------------------------------------------------------
    case(
        "eating through a straw",
        "if I catch whoever's been nicking from my van they'll be eating through a straw",
        CON,
        urgent=True,
    ),
    case(
        "watch himself",
        "he wants to watch himself, strutting round here like he owns the place, people have had enough",
        CON,
        urgent=True,
    ),
    case(
        "dads skate park tonight",
        "me and a few of the dads are going down the skate park tonight to sort those lads out",
        CON,
        urgent=True,
    ),
    case(
        "sitting outside his house",
        "we'll take it in turns sitting outside his house in the car so he knows he's being watched",
        CON,
    ),
    case(
        "photo and address facebook",
        "I'm putting his photo and address on the village Facebook so everyone knows what he is",
        CON,
    ),
    case(
        "proper beating",
        "Someone needs to give that dealer a proper beating, the police won't do anything",
        CON,
        urgent=True,
    ),
    case("track him down", "I've got his number plate, I'll track him down myself", CON),
    case(
        "move them off field",
        "if the council won't move that lot off the field then we will, and it won't be pretty",
        CON,
        urgent=True,
    ),
    case(
        "nail in his tyres",
        "next time he parks across my drive I'll put a nail in every one of his tyres",
        CON,
        urgent=True,
    ),
    case(
        "follow that van",
        "going to follow that van next time it comes round and find out where they keep the stuff",
        CON,
    ),
    case(
        "patrol tonight hold them",
        "Right, who's up for a patrol tonight? we catch them in the act and hold them till the police turn up",
        CON,
        urgent=True,
    ),
    case(
        "smack in the mouth",
        "he's going to get a smack in the mouth if he keeps revving that bike outside my house",
        CON,
        urgent=True,
    ),
    case("burning out", "That family need burning out, simple as", CON, urgent=True),
    case(
        "whip round lads",
        "we've had a whip round and we're paying some lads to have a word with him",
        CON,
        urgent=True,
    ),
    case(
        "cricket bat gate",
        "I'll be stood at my gate with the cricket bat if they come back tonight",
        CON,
        urgent=True,
    ),
    case(
        "knock on his door tomorrow",
        "am going to knock on his door tomorrow and tell him exactly what I think of him",
        CON,
        urgent=True,
    ),
    case("mugshot lampposts", "print off his mugshot and stick it on every lamppost on the estate", CON),
    case(
        "life hell",
        "make his life hell until he moves, that's what we should all do",
        CON,
        urgent=True,
    ),
    case(
        "chased quad woods",
        "we chased the lad on the quad down to the woods and got his helmet off him",
        CON,
    ),
    case(
        "blocked him in",
        "I blocked his car in with mine so he couldn't leave until he explained himself",
        CON,
    ),
    case(
        "rip cctv off",
        "Someone ought to rip that camera off his wall and shove it where the sun don't shine",
        CON,
        urgent=True,
    ),
    case(
        "little visit after dark",
        "we know which house the scrambler lives at, going to pay it a little visit after dark",
        CON,
        urgent=True,
    ),
    case(
        "drag him out",
        "sorely tempted to go over there and drag him out of that car by his collar",
        CON,
        urgent=True,
    ),
    case(
        "going in the canal",
        "next one I catch going through the bins is going in the canal",
        CON,
        urgent=True,
    ),
    # ---- suspicion pinned on identity -------------------------------------------------------
    case(
        "albanians audi",
        "a couple of Albanians in a black Audi were looking at the houses on Moor View, wouldn't trust them",
        IDS,
    ),
    case(
        "eastern europeans car wash",
        "it's always the Eastern Europeans from the car wash, every time something goes missing",
        IDS,
        ACC,
    ),
    case("muslim lads park", "muslim lads hanging round the park at night, up to no good I'd bet", IDS),
    case(
        "immigrants old pub",
        "since the immigrants moved into the old pub the shop's had stuff nicked every week",
        IDS,
    ),
    case("asian men scrap", "two Asian men in a van asking about scrap, looked shifty to me", IDS),
    case(
        "chinese takeaway front",
        "the Chinese takeaway has to be a front for something, open all hours and never a customer",
        IDS,
        ACC,
    ),
    case("pikey scum quad", "pikey scum have had the quad from the farm", IDS, ACC),
    case("gypsies lay-by", "gypsies in the lay-by again, so expect the sheds to get done", IDS),
    case(
        "roma family shoplifting",
        "the Roma family on Duke Street are behind all the shoplifting, you watch",
        IDS,
        ACC,
    ),
    case(
        "foreign looking blokes",
        "bunch of foreign looking blokes taking photos of the houses, I've told the neighbours to lock up",
        IDS,
    ),
    # ---- immediate danger or self-harm ------------------------------------------------------
    case(
        "face down beck",
        "Man lying face down in the beck by the footbridge, he's not moving, I've rung 999",
        DAN,
    ),
    case(
        "screaming cobden street",
        "there's a woman screaming for help from one of the flats on Cobden Street and the door's locked",
        DAN,
    ),
    case("car in river", "A car's gone into the river off the bridge and there's someone still in it", DAN),
    case(
        "sister tablets slurring",
        "my sister has taken a load of her tablets and she's slurring, what do I do",
        DAN,
    ),
    case("stabbed chip shop", "Lad's been stabbed outside the chip shop, there's blood everywhere", DAN),
    case(
        "smoke old lady inside",
        "next door's kitchen is full of smoke and the old lady is still inside",
        DAN,
    ),
    case("gun pub car park", "He's got a gun, he's waving it about in the pub car park", DAN),
    case(
        "battering her again",
        "my neighbour's husband is battering her again, I can hear her begging him to stop",
        DAN,
    ),
    case(
        "boy hit by car",
        "Boy on a bike has been hit by a car on the main road and he's not getting up",
        DAN,
    ),
    case(
        "letters for everyone",
        "I can't keep going, I've written letters for everyone and I'm going tonight",
        DAN,
    ),
    case(
        "toddler dual carriageway",
        "There's a toddler wandering on his own along the verge of the dual carriageway",
        DAN,
    ),
    case(
        "gas stairwell",
        "strong smell of gas in the stairwell of the flats and someone's just lit a fag",
        DAN,
    ),
    case(
        "leg bent wrong way",
        "old chap fell down the stairs, his leg is bent the wrong way and he's confused",
        DAN,
    ),
    case(
        "broken bottle red lion",
        "bloke threatening people with a broken bottle outside the Red Lion now",
        DAN,
    ),
    case("end it", "I'm going to end it, nobody would even notice", DAN),
    # ---- repeat targeting ---------------------------------------------------------------------
    case(
        "corsa three",
        "KX15 RTY on the zigzags again",
        IP,
        REP,
        history=(Earlier(2, 301, "silver corsa kx15 rty zigzags"), Earlier(9, 301, "KX15RTY school zigzags")),
        reporter_id=301,
    ),
    case(
        "tommy briggs again",
        "Tommy Briggs on that motorbike again at midnight",
        IP,
        REP,
        history=(Earlier(4, 311, "tommy briggs motorbike"), Earlier(12, 312, "Tommy Briggs racing the lane")),
        reporter_id=311,
    ),
    case(
        "number 41 visitors",
        "number 41 again, more visitors through the night",
        IP,
        REP,
        location="Larch Close",
        history=(Earlier(1, 321, "41 Larch Close visitors"), Earlier(8, 321, "number 41 larch close cars")),
        reporter_id=321,
    ),
    case(
        "quarry bank music",
        "7 Quarry Bank has the music on full again",
        IP,
        REP,
        history=(Earlier(3, 331, "music 7 Quarry Bank"), Earlier(25, 332, "7 quarry bank party")),
        reporter_id=333,
    ),
    case(
        "van old reports",
        "Van HN12 WQP outside the bungalows again",
        IP,
        history=(Earlier(40, 341, "HN12 WQP bungalows"), Earlier(45, 341, "van hn12wqp")),
        reporter_id=341,
    ),
)


@dataclass
class Score:
    """True and false positives and negatives per flag kind, and for urgency, and what went wrong.

    Urgency (whether is_urgent puts the report at the top of the queue) is counted on its own line,
    not in the overall figures, so they stay comparable with the earlier batches'.
    """

    counts: dict[str, dict[str, int]]
    mistakes: list[str]
    seconds_per_screen: float
    cases: int
    urgency: dict[str, int] = field(default_factory=lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})

    def precision(self, kind: str | None = None) -> float:
        return _precision(self._sum("tp", kind), self._sum("fp", kind))

    def recall(self, kind: str | None = None) -> float:
        return _recall(self._sum("tp", kind), self._sum("fn", kind))

    def urgent_precision(self) -> float:
        return _precision(self.urgency["tp"], self.urgency["fp"])

    def urgent_recall(self) -> float:
        return _recall(self.urgency["tp"], self.urgency["fn"])

    def _sum(self, what: str, kind: str | None) -> int:
        kinds = [kind] if kind else list(self.counts)
        return sum(self.counts[k][what] for k in kinds)

    def table(self) -> str:
        lines = [f"{'kind':<20} {'TP':>4} {'FP':>4} {'FN':>4} {'TN':>4} {'precision':>10} {'recall':>8}"]
        rows = [(kind or "overall", {w: self._sum(w, kind) for w in _OUTCOMES}) for kind in [*self.counts, None]]
        rows.append(("urgent (is_urgent)", self.urgency))
        for label, c in rows:
            lines.append(
                f"{label:<20} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4} {c['tn']:>4}"
                f" {_precision(c['tp'], c['fp']):>10.3f} {_recall(c['tp'], c['fn']):>8.3f}"
            )
        lines.append(f"{self.cases} reports, {self.seconds_per_screen * 1000:.2f} ms per screen")
        return "\n".join(lines)


_OUTCOMES = ("tp", "fp", "fn", "tn")


def _precision(tp: int, fp: int) -> float:
    return tp / (tp + fp) if tp + fp else 1.0


def _recall(tp: int, fn: int) -> float:
    return tp / (tp + fn) if tp + fn else 1.0


def _outcome(expected: bool, found: bool) -> str:
    return "tp" if expected and found else "fn" if expected else "fp" if found else "tn"


def score(cases: Sequence[Case], rules: GuardRules | None = None, repeat: int = 1) -> Score:
    counts = {kind: dict.fromkeys(_OUTCOMES, 0) for kind in FLAG_KINDS}
    urgency = dict.fromkeys(_OUTCOMES, 0)
    mistakes = []
    histories = {c.name: prior_reports(c.history, rules) for c in cases}
    elapsed = 0.0
    for c in cases:
        start = time.perf_counter()
        for _ in range(repeat):
            flags = screen(
                c.text, c.location, history=histories[c.name], reporter_id=c.reporter_id, now=NOW, rules=rules
            )
        elapsed += time.perf_counter() - start
        got = {f.kind: f.evidence for f in flags}
        for kind in FLAG_KINDS:
            expected, found = kind in c.expect, kind in got
            counts[kind][_outcome(expected, found)] += 1
            if expected != found:
                what = "missed" if expected else f"wrongly flagged {got[kind]}"
                mistakes.append(f"{c.name}: {kind} {what}")
        urgent = is_urgent(flags, rules)
        urgency[_outcome(c.expect_urgent, urgent)] += 1
        if urgent != c.expect_urgent:
            mistakes.append(f"{c.name}: {'not urgent' if c.expect_urgent else 'wrongly urgent'}")
    return Score(counts, mistakes, elapsed / max(1, len(cases) * repeat), len(cases), urgency)
