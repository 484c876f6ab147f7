"""Labelled Neighbourhood Watch reports for measuring the guard, used by the tests and by
bench/guard_precision.py.

Each case says which flag kinds a good guard should raise for it (and, where it matters, words
that must be quoted as evidence). Most reports in a real queue are ordinary, so many cases here
must raise nothing: a guard that flags everything is as useless as one that flags nothing.

CASES were written while the rules were being developed, so figures on them are optimistic.
HELD_OUT cases were written after the rules were settled and never used to tune them: their
figures are the better guess at how the guard does on reports nobody has seen.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from volunteers.watch.guard import FLAG_KINDS, Flag, GuardRules, PriorReport, extract_targets, screen

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)

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


def case(name: str, text: str, *kinds: str, location: str = "", evidence=None, history=(), reporter_id=None) -> Case:
    return Case(name, text, frozenset(kinds), location, evidence or {}, tuple(history), reporter_id)


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

CASES: tuple[Case, ...] = (
    # ---- ordinary reports: nothing to flag ------------------------------------------------
    case("dropped kerb", "A van has been parked across the dropped kerb on Mill Lane for three days.", location="Mill Lane"),
    case("lock sheds", "Reminder to everyone to lock your sheds, bikes were taken from two gardens on Thursday night."),
    case("streetlight", "Streetlight out at the junction of Park Road and Elm Grove, it's very dark walking home."),
    case("fly-tipping co-op", "Fly-tipping behind the Co-op again: two mattresses and a fridge."),
    case("teenagers litter", "A group of teenagers were drinking in the park and left litter everywhere."),
    case("car alarm", "A car alarm went off repeatedly at 3am and nobody seemed to come out to it."),
    case("fireworks", "Lots of fireworks being let off on the field last night, the dogs were terrified."),
    case("knife crime event", "There's a knife crime awareness evening at the community centre on 12 March, worth going."),
    case("school speeding", "Cars speeding down Station Road every morning around 8, someone will get hurt outside the primary school."),
    case("bus shelter", "The bus shelter on the High Street has had its glass smashed again."),
    case("door handles", "Someone tried the door handles of cars on Elm Grove overnight, mine was locked thankfully. Doorbell footage sent to the police through the online form."),
    case("polish shop victim", "The Polish shop on the corner had its window smashed on Saturday night."),
    case("parcel theft", "Parcel stolen from my doorstep while I was at work, the courier left it in plain view."),
    case("abandoned astra", "Abandoned silver Vauxhall Astra with no tax on Coronation Street for two weeks, hasn't moved."),
    case("dog fouling", "Dog fouling all along the path by the allotments, can we get more bins?"),
    case("white van no reg", "Suspicious white van driving slowly round the estate, two men looking at driveways. Didn't get the reg."),
    case("church graffiti", "Graffiti on the wall of the Methodist church, looks like tags rather than anything offensive."),
    case("cold callers", "Cold callers selling dusters door to door on Victoria Terrace, they were pushy with my elderly mum."),
    case("loud party", "Loud music from a party until 2am, on a Tuesday."),
    case("welfare visit", "I'll pop round to check on my elderly neighbour tomorrow as her curtains have been closed all day."),
    case("keep an eye out", "Could the police do more patrols near the park in the evenings? We'll keep an eye out and report anything we see."),
    case("off-road bikes", "Kids on motorbikes tearing up the playing field again, it's dangerous for the little ones."),
    case("speed watch session", "Speed Watch session on Front Street this Saturday, volunteers meet at the village hall at 10. Bring the speed gun."),
    case("gun club car park", "Cars meeting briefly in the gun club car park late at night, not sure what's going on."),
    case("possibly dealing", "I think cars are stopping outside the flats for short visits late at night, possibly drug dealing."),
    case("dealing discussed", "Drug dealing was discussed at the last PACT meeting; the PCSO asked us to note vehicle details."),
    case("suspect description", "A man in a grey hoodie was trying car doors on Beech Avenue at about 1am, about 6ft, white, slim build."),
    case("thanks officers", "Thank you to PC Jones and PCSO Amanda Clarke for coming to the meeting on Tuesday."),
    case("pothole", "The council still haven't fixed the pothole on Church Lane, somebody's going to come off their bike."),
    case("football garages", "Youths kicking a football against the garages on Sycamore Close until late."),
    case("bonfire build", "Bonfire being built on the green, looks like it'll be lit on the fifth."),
    case("hare coursing", "Hare coursing in the fields off Moor Road again, men with dogs and lamps."),
    case("shoplifting", "Shoplifting at the Co-op is getting worse, staff say it happens daily."),
    case("cctv turned", "The CCTV camera by the shops has been turned to face the wall."),
    case("hedge", "Overgrown hedge on the corner of Mill Lane blocks the view of traffic coming out of Elm Grove."),
    case("thief about", "There's a thief about: two bikes gone from gardens on Elm Grove this week, lock everything up."),
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
    case("man at number 12", "The man at number 12 keeps revving his motorbike at 6am every day.", IP, location="Birch Grove", evidence={IP: ("The man at number 12",)}),
    case("house number pavement", "Car parked on the pavement outside 27 Laburnum Avenue every night, pushchairs have to go in the road.", IP, evidence={IP: ("27 Laburnum Avenue",)}),
    case("current plate", "Silver BMW, reg KX19 HTM, was doing at least 60 past the school.", IP, evidence={IP: ("KX19 HTM",)}),
    case("lowercase plate", "dark blue corsa ab12 cde doing wheelspins in the car park again", IP, evidence={IP: ("ab12 cde",)}),
    case("mrs henderson", "Mrs Henderson's shed was broken into last night, they took her mower.", IP, evidence={IP: ("Mrs Henderson",)}),
    case("dave from number 4", "Dave from number 4 says he saw someone climbing over the back fence.", IP, evidence={IP: ("Dave from number 4",)}),
    case("lad called", "A lad called Tyler has been riding an off-road bike on the playing field.", IP, evidence={IP: ("called Tyler",)}),
    case("named pair", "Kyle Robson and his mates were throwing stones at the bus shelter.", IP, evidence={IP: ("Kyle Robson",)}),
    case("woman at no 7", "The woman at no. 7 has had three parcels stolen this month.", IP, location="Ash Road", evidence={IP: ("The woman at no. 7",)}),
    case("private plate context", "Black Range Rover with a private plate, reg ABZ 123, keeps parking across driveways.", IP, evidence={IP: ("ABZ 123",)}),
    case("prefix plate", "Old red Fiesta F123 ABC has been abandoned on Moor Road for a month.", IP, evidence={IP: ("F123 ABC",)}),
    case("mid-sentence name", "I saw Wojciech Nowak's van blocking the lane again this morning.", IP, evidence={IP: ("Wojciech Nowak",)}),
    case("mr dot", "Mr. Okafor at the end house has had his wheelie bin set on fire last night.", IP, evidence={IP: ("Mr. Okafor",)}),
    # ---- accusation or slur ----------------------------------------------------------------
    case("known dealer", "Everyone knows the lad at number 9 is a dealer, cars pull up all night.", IP, ACC, location="Hawthorn Road", evidence={ACC: ("is a dealer",)}),
    case("smackheads", "Those smackheads in the flats are behind all the shed break-ins.", ACC, evidence={ACC: ("smackheads",)}),
    case("known thief", "He's a known thief, everyone on the estate says so.", ACC),
    case("scum memorial", "Absolute scum whoever did this to the war memorial.", ACC, evidence={ACC: ("scum",)}),
    case("dealing from flat", "She's dealing from her flat above the bookies, I've seen it.", ACC),
    case("grasses", "I reckon the family at number 3 are all grasses, they called the police on the lads.", IP, ACC, location="Elm Grove"),
    case("obfuscated paedo", "That p*edo needs locking up.", ACC, evidence={ACC: ("p*edo",)}),
    case("crackhead", "Another crackhead wandering about shouting at cars on Station Road.", ACC),
    case("junkies needles", "Junkies leaving needles in the park by the swings again.", ACC, evidence={ACC: ("Junkies",)}),
    case("druggie selling", "Well known druggie at the end house is selling to kids.", ACC),
    case("n0nce", "everyone knows hes a n0nce", ACC, evidence={ACC: ("n0nce",)}),
    case("criminals pinned", "They're criminals, the lot of them, and the council put them here.", ACC),
    # ---- intent to confront ----------------------------------------------------------------
    case("police wont we will", "If the police won't do anything we will, I've had enough of it.", CON),
    case("matters own hands", "Time to take matters into our own hands with these lads on bikes.", CON),
    case("some of us patrol", "Some of us are going to patrol the estate at night from now on.", CON),
    case("good hiding", "Someone should give him a good hiding, that'd stop it.", CON, evidence={CON: ("give him a good hiding",)}),
    case("name and shame", "Let's name and shame them on the Facebook page.", CON, evidence={CON: ("name and shame",)}),
    case("post his reg", "I'm going to post his reg on the estate group so everyone knows what he's like.", CON),
    case("block in arrest", "Next time I see them I'll block them in and make a citizen's arrest.", CON),
    case("followed home", "We followed them home to see where they live.", CON),
    case("sort him out", "Me and a few of the lads will sort him out.", CON),
    case("run them out", "We need to run that lot out of the village.", CON),
    case("teach a lesson", "Somebody needs to teach those kids a lesson.", CON),
    case("go round there", "I'm going to go round there and have it out with him.", CON),
    # ---- suspicion pinned on identity -----------------------------------------------------
    case("eastern europeans", "Gangs of Eastern Europeans hanging around the car park at night.", IDS, evidence={IDS: ("Eastern Europeans",)}),
    case("asian lads", "Two Asian lads in a black Golf were driving really slowly past the houses.", IDS, evidence={IDS: ("Asian lads",)}),
    case("travellers field", "It'll be the travellers who've just pulled onto the field.", IDS),
    case("not from round here", "They're not from round here, you can tell by looking at them.", IDS),
    case("black youths", "Those black youths on bikes are always up to something.", IDS),
    case("mosque lot", "The mosque lot park all over the pavements on Fridays.", IDS),
    case("foreigners doors", "Group of foreigners knocking on doors asking for work.", IDS),
    case("romanian family", "Romanian family at the end of the road keep having people over late at night.", IDS),
    case("pikeys", "Pikeys nicking scrap metal from the yard again.", IDS, ACC),
    case("muslim victim", "A Muslim woman had her headscarf pulled off outside the school, please look out for her.", ),
    # ---- immediate danger or self-harm ----------------------------------------------------
    case("knife right now", "There's a man with a knife outside the Co-op right now.", DAN, evidence={DAN: ("knife",)}),
    case("end it all", "I can't cope any more, I'm going to end it all tonight.", DAN),
    case("house on fire", "The house next door is on fire, flames coming out of the upstairs window!", DAN),
    case("screaming help", "Woman screaming for help in the flat above, sounds like he's hitting her.", DAN),
    case("fighting now", "They're fighting in the street right now with bottles.", DAN, evidence={DAN: ("fighting", "right now")}),
    case("kill herself", "My friend's daughter keeps saying she wants to kill herself.", DAN),
    case("break in now", "Someone is trying to break in to my back door right now, I'm hiding upstairs.", DAN),
    case("bins fire spreading", "Kids have set fire to the bins behind the shops and it's spreading to the fence.", DAN),
    case("child in danger", "I think a child in the house is in danger, there's been screaming for an hour.", DAN),
    case("threatened to stab", "He threatened to stab my son if he sees him again.", DAN),
    case("overdose", "Found a lad collapsed in the bus shelter, I think he's taken an overdose.", DAN),
    # ---- the Easington Way estate -----------------------------------------------------------
    case(
        "easington new lot",
        "The new lot at 14 Easington Way have had people coming and going at all hours. Everyone on the estate Facebook group is saying he's a nonce.",
        IP, ACC,
        evidence={IP: ("The new lot at 14 Easington Way",), ACC: ("nonce",)},
    ),
    case(
        "easington third report",
        "That nonce at number 14 was hanging round the school gates again.",
        IP, ACC, REP,
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
        IP, ACC, CON, REP,
        location="14 Easington Way",
        history=EASINGTON_HISTORY,
        reporter_id=8,
        evidence={
            CON: ("go round there", "make them leave"),
            ACC: ("paedo",),
            REP: ("14 Easington Way named in 3 reports in 30 days, from only 2 reporters",),
        },
    ),
    case(
        "easington history too old",
        "That nonce at number 14 was hanging round the school gates again.",
        IP, ACC,
        location="Easington Way",
        history=(Earlier(40, 7, "The new lot at 14 Easington Way again."), Earlier(41, 7, "No. 14 Easington Way, people at all hours.")),
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
        ACC, IDS,
        evidence={IDS: ("Asian takeaways",), ACC: ("are behind it",)},
    ),
    case("foreign-run shops", "All those foreign-run shops need shutting down.", IDS, evidence={IDS: ("foreign-run shops",)}),
    case("film who goes in", "We should stand outside and film who goes in.", CON),
    case("takeaways blamed not", "The takeaways on the High Street are being blamed on Facebook but I've seen nothing suspicious myself."),
    case("owner face facebook", "Someone should put the owner's face all over Facebook so everyone knows who he is.", CON),
    # ---- repeat targeting of a plate and a person -----------------------------------------
    case(
        "plate three reports",
        "Same red Audi AB12 CDE parked outside the school again.",
        IP, REP,
        history=(Earlier(3, 21, "red audi ab12cde sat outside the school gates for an hour"), Earlier(9, 22, "Audi AB12 CDE again at pick-up time")),
        reporter_id=21,
        evidence={REP: ("AB12CDE named in 3 reports in 30 days, from only 2 reporters",)},
    ),
    case(
        "person many reporters",
        "Mr Patel was shouting in the street again.",
        IP, REP,
        history=(Earlier(2, 31, "Mr Patel shouting at kids"), Earlier(4, 32, "Mr. Patel was rude to my wife"), Earlier(6, 33, "mr patel again")),
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
)

HELD_OUT: tuple[Case, ...] = ()


@dataclass
class Score:
    """True and false positives and negatives per flag kind, and what went wrong."""

    counts: dict[str, dict[str, int]]
    mistakes: list[str]
    seconds_per_screen: float
    cases: int

    def precision(self, kind: str | None = None) -> float:
        tp, fp = self._sum("tp", kind), self._sum("fp", kind)
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, kind: str | None = None) -> float:
        tp, fn = self._sum("tp", kind), self._sum("fn", kind)
        return tp / (tp + fn) if tp + fn else 1.0

    def _sum(self, what: str, kind: str | None) -> int:
        kinds = [kind] if kind else list(self.counts)
        return sum(self.counts[k][what] for k in kinds)

    def table(self) -> str:
        lines = [f"{'kind':<20} {'TP':>4} {'FP':>4} {'FN':>4} {'TN':>4} {'precision':>10} {'recall':>8}"]
        for kind in [*self.counts, None]:
            c = {w: self._sum(w, kind) for w in ("tp", "fp", "fn", "tn")}
            lines.append(
                f"{kind or 'overall':<20} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4} {c['tn']:>4}"
                f" {self.precision(kind):>10.3f} {self.recall(kind):>8.3f}"
            )
        lines.append(f"{self.cases} reports, {self.seconds_per_screen * 1000:.2f} ms per screen")
        return "\n".join(lines)


def score(cases: Sequence[Case], rules: GuardRules | None = None, repeat: int = 1) -> Score:
    counts = {kind: {"tp": 0, "fp": 0, "fn": 0, "tn": 0} for kind in FLAG_KINDS}
    mistakes = []
    histories = {c.name: prior_reports(c.history, rules) for c in cases}
    elapsed = 0.0
    for c in cases:
        start = time.perf_counter()
        for _ in range(repeat):
            flags = screen(c.text, c.location, history=histories[c.name], reporter_id=c.reporter_id, now=NOW, rules=rules)
        elapsed += time.perf_counter() - start
        got = {f.kind: f.evidence for f in flags}
        for kind in FLAG_KINDS:
            expected, found = kind in c.expect, kind in got
            counts[kind]["tp" if expected and found else "fn" if expected else "fp" if found else "tn"] += 1
            if expected != found:
                what = "missed" if expected else f"wrongly flagged {got[kind]}"
                mistakes.append(f"{c.name}: {kind} {what}")
    return Score(counts, mistakes, elapsed / max(1, len(cases) * repeat), len(cases))
