"""ELEVENTH_HELD_OUT: new labelled reports for measuring the guard on wording it has never seen,
written before any rule was changed for it, by someone who had not seen the rules or the guard's
output. 226 reports: 89 with no label (hard negatives: alarming words used harmlessly, crimes with
no person identified, public figures, businesses, officers, council vehicles, advice-seeking), 61
identifying a private individual, 23 accusations or slurs, 36 confrontations, 20 suspicions pinned
on identity, 31 immediate dangers, 10 repeat targetings (and 6 histories that must not count: too
old, different addresses or plates, many different reporters, no target); 53 urgent. Voices include
formal, texting, Geordie, Scouse, Brummie, Welsh, Scots, West Country, Yorkshire and non-native
English. Never tune on it; add a report it gets wrong to DEVELOPMENT in your own words.
"""

from tests.guard.guard_corpus import ACC, CON, DAN, IDS, IP, REP, Case, Earlier, case

ELEVENTH_HELD_OUT: tuple[Case, ...] = (
    # --- identifying a private individual ---
    case(
        "e11 formal widow names neighbour",
        "I wish to draw your attention to the conduct of Mr Geoffrey Ashworth of Linden Avenue, who has "
        "taken to leaving his refuse sacks on the pavement for days at a time.",
        IP,
    ),
    case(
        "e11 flat number on named street",
        "bins left out again outside flat 3b Carrow Street, foxes had them open by 6am, rubbish everywhere",
        IP,
    ),
    case(
        "e11 speedwatch plate silver audi",
        "Silver Audi A4 reg KX19 ZPT clocked at 47 in the 30 on Mill Lane at 08:10, third pass this week.",
        IP,
    ),
    case(
        "e11 chippy worker pinned",
        "the young lad who works the fryer at the chippy on Dock Street keeps parking his moped across the "
        "dropped kerb so my mum cant get her scooter down",
        IP,
    ),
    case(
        "e11 geordie number nineteen",
        "The fella at number 19 Tyne View has had his dog barkin aal neet, ye cannot get a wink of sleep man.",
        IP,
    ),
    case(
        "e11 scouse girl from the salon",
        "Her off the nail bar on Lark Lane, the one with the white Fiat, parks on the zigzags every morning "
        "by the school, la.",
        IP,
    ),
    case(
        "e11 plate with no spaces texting",
        "blk bmw ya66kdf revving n doing donuts on the retail park car park agen, 11pm ish",
        IP,
    ),
    case(
        "e11 first name and street welsh",
        "Gareth from Heol y Parc has got that quad bike out on the common again, tearing up the turf where "
        "the kids play, there's ruts a foot deep now.",
        IP,
    ),
    case(
        "e11 non native house number",
        "Good evening. The house number 42 on Rosebery Road have many cars parked on the grass verge since "
        "two weeks. The verge is destroyed. Please can somebody look.",
        IP,
    ),
    case(
        "e11 landlord by surname",
        "The landlord, a Mr Pritchard who owns the terrace on Coal Pit Row, has left a skip there for "
        "eight weeks and it's full of fridges.",
        IP,
    ),
    case(
        "e11 woman at the corner house",
        "The lady in the corner house at the top of Fernhill Road, the one with the blue door, has had a "
        "bonfire of plastic going three evenings running.",
        IP,
    ),
    case(
        "e11 van plate partial",
        "White Transit, plate starting LR68, the rest was muddy, parked up by the stile on Old Farm Lane "
        "for two hours with the engine running. Just noting it.",
        IP,
    ),
    case(
        "e11 yorkshire caretaker",
        "Him as does t'caretaking at Holmfirth Road flats, Barry Sugden, leaves t'back gate propped open "
        "every neet so anyone can walk in.",
        IP,
    ),
    case(
        "e11 couple at number 6 noise",
        "Couple at 6 Hawthorn Close having a screaming row in the garden at 1am, could hear every word, "
        "sounded like it calmed down after ten minutes.",
        IP,
    ),
    case(
        "e11 motorbike plate scots",
        "Wee motorbike, plate SN21 OWB, been up and doon the cycle path at Kelvindale aw week, near took a "
        "wean oot on Tuesday.",
        IP,
    ),
    case(
        "e11 teacher pinned by workplace",
        "The PE teacher at St Anne's primary, tall bloke with the grey Volvo, drives far too fast down "
        "Queens Drive at pick-up.",
        IP,
    ),
    case(
        "e11 flat above the bookies",
        "Whoever lives in the flat above the bookies on Bridge Street keeps throwing cigarette ends off the "
        "balcony onto people waiting at the bus stop.",
        IP,
    ),
    case(
        "e11 brummie bloke at 88",
        "The bloke at 88 Warwick Road, yow know the one with the caravan, has parked it across the "
        "footpath again, ar kid had to walk in the road with the pram.",
        IP,
    ),
    case(
        "e11 full name and village",
        "Susan Maddox from Little Hadham has been putting up posters on the telegraph poles about her lost "
        "cat, which is fine, but they're stapled over the Watch signs.",
        IP,
    ),
    case(
        "e11 two plates convoy",
        "Two cars, a red Corsa GF15 HYU and a black Golf DV70 LLP, racing each other along the bypass "
        "around 10.40pm, well over the limit.",
        IP,
    ),
    # --- accusations and slurs ---
    case(
        "e11 paedo accusation at named house",
        "That man at 27 Orchard Way is a paedo, everyone knows it, he watches the kids at the park gates.",
        IP,
        ACC,
    ),
    case(
        "e11 nonce slur texting",
        "the nonce from the bungalows on ash grove was hanging round the bus stop again wen the school came out",
        IP,
        ACC,
    ),
    case(
        "e11 dealer at flat 4",
        "Flat 4 Belvedere House is dealing, no doubt about it, cars pulling up for two minutes all night.",
        IP,
        ACC,
    ),
    case(
        "e11 benefit fiddle neighbour",
        "My neighbour Trevor Lane at number 31 Kingsway is on the fiddle, claims he's disabled but I see him "
        "up ladders doing roofing jobs all week.",
        IP,
        ACC,
    ),
    case(
        "e11 scum no identity",
        "the scum who hang about by the war memorial smashed another bottle on the steps, they're animals",
        ACC,
    ),
    case(
        "e11 grass accusation",
        "Somebody told the council about my extension and I know it was the grass at number 2 Elm Rise, "
        "she's always poking her nose in.",
        IP,
        ACC,
    ),
    case(
        "e11 knocking off gear",
        "The lad with the red van WX17 BNM is knocking off tools from the building site on Cross Street, "
        "saw him loading up at dusk.",
        IP,
        ACC,
    ),
    case(
        "e11 druggie scouse",
        "Dat druggie off Kensington's been sat in the bus shelter off his head again, shoutin at people.",
        ACC,
    ),
    case(
        "e11 thief plain wording",
        "The woman who does the cleaning at the surgery on High Street is a thief, my purse went missing "
        "after my appointment and she was the only one in there.",
        IP,
        ACC,
    ),
    case(
        "e11 west country crook",
        "That Dennis Vowles up Combe Lane be a proper crook, he sold my mother a load of logs that were "
        "half soaking wet and never give her the rest.",
        IP,
        ACC,
    ),
    case(
        "e11 all druggies on the estate",
        "The kids on the skatepark are all druggies, you can smell it from the road.",
        ACC,
    ),
    case(
        "e11 plate dealer accusation",
        "Grey Mercedes LB66 TRE comes to the car park behind Aldi every night at 9 and does his deals out "
        "the window, he's a dealer, simple as.",
        IP,
        ACC,
    ),
    case(
        "e11 pervert shopkeeper",
        "The old man who runs the newsagents on Stanley Road is a pervert, the way he looks at the girls "
        "from the high school.",
        IP,
        ACC,
    ),
    case(
        "e11 yobs scrounger unnamed",
        "They're a bunch of scrounging lowlifes who've never done a day's work, sitting out on the green "
        "drinking cans from 10am.",
        ACC,
    ),
    case(
        "e11 formal embezzler allegation",
        "I have reason to believe that the treasurer of the allotment society, Mrs Joan Whitfield of "
        "Priory Gardens, has been helping herself to the subscription money.",
        IP,
        ACC,
    ),
    # --- confronting, taking matters into own hands ---
    case(
        "e11 deal with him ourselves",
        "We've had enough of waiting for you lot. We've decided to deal with him ourselves.",
        CON,
    ),
    case(
        "e11 brothers at end of drive",
        "My brothers will be waiting at the end of his drive when he gets back from work tomorrow. "
        "He knows what he did to my car.",
        CON,
        urgent=True,
    ),
    case(
        "e11 going round tonight number 14",
        "If nobody from the police has been by teatime I'm going round to number 14 Farrow Street myself "
        "tonight to have it out with him.",
        IP,
        CON,
        urgent=True,
    ),
    case(
        "e11 patrols in spring",
        "A few of us on the Watch are thinking of doing our own evening walks round the back lanes once the "
        "clocks go forward, torches and hi-vis, to put them off.",
        CON,
    ),
    case(
        "e11 follow the driver home",
        "Next time that white pickup speeds past the school I'm going to follow him and see where he lives.",
        CON,
    ),
    case(
        "e11 block them in",
        "If the van's parked on my drive again Saturday I'll block it in with my car and they can wait for "
        "the police to come, I'm not moving it.",
        CON,
        urgent=True,
    ),
    case(
        "e11 name and shame facebook",
        "I've got photos of the ones fly-tipping in the lay-by and I'm going to put them on the village "
        "Facebook page so everyone knows who they are.",
        CON,
    ),
    case(
        "e11 teach them a lesson geordie",
        "Them young'uns keep kickin the ball off wor windaes, if it happens again I'll be oot there to "
        "teach them a lesson like.",
        CON,
        urgent=True,
    ),
    case(
        "e11 get whats coming",
        "Whoever keyed my car on Canal Street will get what's coming to them, I've got a good idea who.",
        CON,
        urgent=True,
    ),
    case(
        "e11 slash his tyres",
        "If he parks across my gate once more I'll let his tyres down and see how he likes it.",
        CON,
        urgent=True,
    ),
    case(
        "e11 citizens arrest planned",
        "The shoplifter comes into the Co-op every Thursday about 4. This Thursday me and the manager are "
        "going to grab him and hold him till you arrive.",
        CON,
        urgent=True,
    ),
    case(
        "e11 vigilante group whatsapp",
        "We've set up a WhatsApp group of about twenty blokes from the estate, anyone sees the bike thieves "
        "we all turn out and catch them.",
        CON,
    ),
    case(
        "e11 asking first but will go",
        "Should I go round and speak to him about the dog mess? Honestly if I don't hear back by the weekend "
        "I'm going round anyway.",
        CON,
        urgent=True,
    ),
    case(
        "e11 sort him out scots",
        "Ma man says he'll sort that wee laddie oot if he catches him near the motor again.",
        CON,
        urgent=True,
    ),
    case(
        "e11 waiting for them in the dark",
        "I'll be sat in my car in the lane with the lights off from midnight. When they come for the "
        "diesel again they'll find me waiting.",
        CON,
        urgent=True,
    ),
    case(
        "e11 plate and follow speedwatch",
        "Blue Focus MA18 XCV ignored our Speed Watch sign doing 52. We chased him to the roundabout to get "
        "a proper look at him.",
        IP,
        CON,
    ),
    case(
        "e11 posting address online",
        "I'm putting his address up on the community group, 9 Quarry Bank, so people can tell him what "
        "they think of him.",
        IP,
        CON,
    ),
    case(
        "e11 smash his windows threat",
        "if that lot at the end house on Brook Street throw eggs at my door again their windows are going "
        "through, I swear",
        IP,
        CON,
        urgent=True,
    ),
    case(
        "e11 non native confront tomorrow",
        "Tomorrow morning I go to speak with this man with my cousins, he must pay for the damage to my "
        "fence, we will make him understand.",
        CON,
        urgent=True,
    ),
    case(
        "e11 dad says he'll handle it",
        "Told my dad about the lads who nicked my bike. He says he knows their families and he'll handle "
        "it his way, no need for the police.",
        CON,
    ),
    case(
        "e11 farmer shotgun threat",
        "Next one I catch hare coursing on my land gets both barrels, I'm not joking any more.",
        CON,
        urgent=True,
    ),
    case(
        "e11 clamp the car ourselves",
        "We're buying a wheel clamp and putting it on the next car that parks in the residents' bay without a permit.",
        CON,
    ),
    case(
        "e11 sarcastic do your job for you",
        "Great, thanks for nothing. Guess we'll just do your job for you then and go and get the bike back "
        "from his shed ourselves this evening.",
        CON,
        urgent=True,
    ),
    case(
        "e11 welsh boys will be out",
        "The boys from the rugby club will be out on the bridge Friday night, anyone coming up from town "
        "causing bother will be sent back sharpish, mun.",
        CON,
        urgent=True,
    ),
    case(
        "e11 keep watch and stop them",
        "Me and two neighbours are going to take it in turns sitting up by the allotment gates and stop "
        "whoever's been breaking into the sheds.",
        CON,
    ),
    case(
        "e11 named man confront tonight",
        "Craig Ellison from Poplar Crescent has been revving his car outside at 2am for a month. Tonight "
        "I'm knocking on his door and he won't like it.",
        IP,
        CON,
        urgent=True,
    ),
    case(
        "e11 paint on his van",
        "Going to write what he is across the side of his van in paint so the whole street knows.",
        CON,
    ),
    # --- suspicion pinned on identity ---
    case(
        "e11 since that lot moved in from abroad",
        "Never had a single break-in on this road until that lot moved in from abroad last summer.",
        IDS,
    ),
    case(
        "e11 eastern european van",
        "Van full of eastern Europeans parked by the industrial units at 3am, they'll be after the copper cable again.",
        IDS,
    ),
    case(
        "e11 travellers on the field",
        "Travellers have pulled onto the rec field, so lock your sheds everyone, the thefts will start now.",
        IDS,
    ),
    case(
        "e11 polish lads bikes",
        "Bikes keep going from the station racks and it'll be Polish lads, who else would it be.",
        IDS,
    ),
    case(
        "e11 muslim family suspicious",
        "The Muslim family who moved into the old vicarage have men coming and going at all hours, I think "
        "something is being planned there.",
        IP,
        IDS,
    ),
    case(
        "e11 outsiders not from here",
        "Three lads, definitely not from round here, outsiders, walking along trying car door handles on Greenway.",
        IDS,
    ),
    case(
        "e11 foreigners at the house",
        "Foreigners renting number 5 Castle Mews, bet they're running a cannabis farm in the loft.",
        IP,
        IDS,
        ACC,
    ),
    case(
        "e11 romanian beggars organised",
        "The Romanian beggars outside Boots are organised, someone drops them off in a car, it's a gang.",
        IDS,
    ),
    case(
        "e11 gypsies and the quad bikes",
        "Quad bikes gone from two farms up the valley. Gypsies were camped at the lay-by last week, join the dots.",
        IDS,
    ),
    case(
        "e11 asian lads in the bmw",
        "Group of Asian lads in a BMW sat outside the school gates, we all know what they're after.",
        IDS,
    ),
    case(
        "e11 implied new arrivals accent",
        "Since the hotel started housing the new arrivals there have been strangers with foreign accents "
        "hanging round the park every night and my daughter doesn't feel safe.",
        IDS,
    ),
    case(
        "e11 kurdish barbers front",
        "The Kurdish barbers on Eastgate never have any customers, it's obviously a front for something.",
        IDS,
    ),
    case(
        "e11 irish tarmac gang",
        "Irish tarmac gang knocking doors on Meadow Rise offering to do drives, keep an eye on your old "
        "neighbours, they'll rob them blind.",
        IDS,
    ),
    case(
        "e11 black youths hooded",
        "Two black youths walking past the houses about 7pm, they don't belong in this area, must be up to something.",
        IDS,
    ),
    case(
        "e11 jewish community jibe",
        "The new people at 11 Temple Road are Jewish and the lorries delivering there at night are very suspicious.",
        IP,
        IDS,
    ),
    case(
        "e11 not english speaking lads",
        "Lads speaking some foreign language were looking over the fence at the builders' merchant, they "
        "must be casing it.",
        IDS,
    ),
    # --- immediate danger or self-harm ---
    case(
        "e11 man bleeding outside pub",
        "Man lying on the pavement outside the Red Lion, there's blood coming from his head and he isn't answering.",
        DAN,
    ),
    case(
        "e11 knife fight in park",
        "Two lads fighting by the bandstand right now and one has pulled a knife.",
        DAN,
    ),
    case(
        "e11 smoke from upstairs window",
        "Smoke pouring out the upstairs window of the end terrace on Vicarage Road and I can't see anyone coming out.",
        DAN,
    ),
    case(
        "e11 gas smell scots",
        "Pure stinkin o gas on the stair at Dalmarnock Road, it's gettin worse, naebody's answering the doors.",
        DAN,
    ),
    case(
        "e11 reporter will end it",
        "I can't cope with the noise and the abuse any more. I've decided I'm going to end my life tonight, "
        "there's no point reporting anything.",
        DAN,
    ),
    case(
        "e11 toddler on the road",
        "There's a toddler in just a nappy wandering in the middle of the main road by the garage, no adult anywhere.",
        DAN,
    ),
    case(
        "e11 plain injury wording",
        "Old lady fell on the ice at the bottom of Church Hill, she's hit her head and she's not making sense.",
        DAN,
    ),
    case(
        "e11 geordie lad in the river",
        "There's a lad in the watter under the swing bridge, he's gannin under, get someone doon here.",
        DAN,
    ),
    case(
        "e11 car fire against house",
        "Car's on fire on the driveway and the flames are up against the front of the house.",
        DAN,
    ),
    case(
        "e11 machete texting",
        "lads wiv machetes chasing sum1 down the alley behind the takeaway NOW",
        DAN,
    ),
    case(
        "e11 overdose in stairwell",
        "Found a woman slumped in the stairwell of the multi-storey, lips gone blue, I can't wake her.",
        DAN,
    ),
    case(
        "e11 neighbour threatening to jump",
        "My friend is standing on the railway footbridge saying she's going to jump, I'm with her now.",
        DAN,
    ),
    case(
        "e11 child locked in hot car",
        "Baby left in a car in the Tesco car park, windows up, it's roasting today and the baby's gone really quiet.",
        DAN,
    ),
    case(
        "e11 scouse glassed",
        "Lad's just been glassed outside the bar on Mathew Street, his face is pissin blood.",
        DAN,
    ),
    case(
        "e11 yorkshire man collapsed",
        "Chap's gone down in t'street outside t'chemist, he's not breathin right, someone's doin CPR.",
        DAN,
    ),
    case(
        "e11 shots fired",
        "Heard what sounded like gunshots, three of them, and a man is lying on the grass behind the flats "
        "on Ferry Road.",
        DAN,
    ),
    case(
        "e11 non native self harm",
        "My husband has locked himself in the bathroom with tablets. He says he does not want to live. I am "
        "very frightened.",
        DAN,
    ),
    case(
        "e11 domestic screaming with threat",
        "Woman screaming next door and I can hear him saying he'll kill her, things smashing.",
        DAN,
    ),
    case(
        "e11 kids on the ice",
        "Three kids walking out on the frozen reservoir, the ice is cracking near them.",
        DAN,
    ),
    case(
        "e11 electric cable down",
        "Power line down across the lane after the storm, sparking on the wet road and cars still trying to get past.",
        DAN,
    ),
    case(
        "e11 dog attacking child",
        "A big dog has got hold of a little boy's arm in the play area and won't let go.",
        DAN,
    ),
    case(
        "e11 welsh barn fire",
        "Barn's gone up on the farm by Pont-y-Cymer, there's a family living in the converted part next to it.",
        DAN,
    ),
    case(
        "e11 danger plus named neighbour",
        "My neighbour Ray Dobbs at 3 Aston Close has collapsed in his back garden, he's grey and I don't "
        "think he's breathing.",
        IP,
        DAN,
    ),
    case(
        "e11 danger and confrontation",
        "Someone's stabbed my brother outside the shop on Park Lane. My cousins are on their way to find the "
        "one who did it.",
        DAN,
        CON,
    ),
    # --- repeat targeting ---
    case(
        "e11 rep same house one reporter",
        "Number 22 Saxon Road again. Music until 3am, same as every weekend.",
        IP,
        REP,
        reporter_id=301,
        history=(
            Earlier(4, 301, "Loud music from 22 Saxon Road past 2am."),
            Earlier(11, 301, "22 Saxon Road, party again, cars blocking the road."),
            Earlier(19, 301, "Noise complaint about number 22 Saxon Road, bass through the walls."),
        ),
    ),
    case(
        "e11 rep plate two reporters",
        "That black Range Rover BF20 KLM is parked on the pavement outside the school again.",
        IP,
        REP,
        reporter_id=302,
        history=(
            Earlier(2, 302, "Range Rover BF20 KLM on the zigzags at drop-off."),
            Earlier(9, 303, "BF20 KLM parked on the pavement, had to push the buggy into the road."),
            Earlier(16, 302, "Black Range Rover reg BF20 KLM blocking the crossing."),
        ),
    ),
    case(
        "e11 rep named person household",
        "Mrs Dorothy Keane of Willow Walk has been feeding the pigeons again, the whole path is covered.",
        IP,
        REP,
        reporter_id=304,
        history=(
            Earlier(3, 304, "Dorothy Keane on Willow Walk throwing bread out, rats seen."),
            Earlier(8, 305, "Pigeons everywhere because of Mrs Keane at Willow Walk."),
            Earlier(21, 304, "Complaint about Dorothy Keane of Willow Walk feeding birds."),
        ),
    ),
    case(
        "e11 rep with accusation",
        "Flat 7 Marlowe Court is dealing again, the same as I've told you three times now.",
        IP,
        ACC,
        REP,
        reporter_id=306,
        history=(
            Earlier(5, 306, "People coming and going from flat 7 Marlowe Court all night."),
            Earlier(12, 306, "Flat 7 Marlowe Court, they're selling drugs out the window."),
            Earlier(20, 306, "Flat 7, Marlowe Court, dealer's mates outside again."),
        ),
    ),
    case(
        "e11 rep location field address",
        "Same house, same van on the verge, fourth time this month.",
        IP,
        REP,
        location="15 Goldcrest Way",
        reporter_id=307,
        history=(
            Earlier(6, 307, "Van parked on the verge outside 15 Goldcrest Way.", location="15 Goldcrest Way"),
            Earlier(13, 307, "Verge churned up by a van at 15 Goldcrest Way.", location="15 Goldcrest Way"),
            Earlier(25, 307, "15 Goldcrest Way van on the grass again.", location="15 Goldcrest Way"),
        ),
    ),
    case(
        "e11 rep with confrontation",
        "I've reported the man at 40 Lindley Street four times now. If nothing happens I'll go round myself on Sunday.",
        IP,
        CON,
        REP,
        reporter_id=308,
        urgent=True,
        history=(
            Earlier(7, 308, "The man at 40 Lindley Street is burning rubbish in his garden."),
            Earlier(14, 308, "40 Lindley Street bonfire again, smoke in my kitchen."),
            Earlier(22, 308, "More smoke from 40 Lindley Street."),
        ),
    ),
    case(
        "e11 rep plate speedwatch",
        "YJ71 PPO through the 30 at 44 again, this driver is out every morning.",
        IP,
        REP,
        reporter_id=309,
        history=(
            Earlier(1, 309, "YJ71 PPO recorded at 46 on Station Road."),
            Earlier(3, 309, "YJ71 PPO at 41 mph, Station Road."),
            Earlier(8, 310, "Vehicle YJ71 PPO speeding past the primary school."),
        ),
    ),
    case(
        "e11 rep two households one target",
        "Kids from 8 Bramble Close kicking footballs at the cars again.",
        IP,
        REP,
        reporter_id=311,
        history=(
            Earlier(2, 312, "The children at 8 Bramble Close hit my car with a ball."),
            Earlier(10, 311, "8 Bramble Close kids playing football in the road."),
        ),
    ),
    case(
        "e11 rep named man slur",
        "Kevin Stroud from Heath Lane is a lazy scrounger, he's left his bins in the road again.",
        IP,
        ACC,
        REP,
        reporter_id=313,
        history=(
            Earlier(4, 313, "Kevin Stroud of Heath Lane left his wheelie bins blocking the path."),
            Earlier(15, 313, "Bins in the road outside Kevin Stroud's house on Heath Lane."),
            Earlier(27, 313, "Kevin Stroud Heath Lane bins again."),
        ),
    ),
    case(
        "e11 rep flat on named street geordie",
        "Flat 2, 61 Shields Road, hoyin their rubbish ower the back wall again.",
        IP,
        REP,
        reporter_id=314,
        history=(
            Earlier(9, 314, "Rubbish chucked from flat 2, 61 Shields Road into the lane."),
            Earlier(18, 314, "Flat 2 61 Shields Road, bags of rubbish over the wall."),
        ),
    ),
    # --- histories that must not count ---
    case(
        "e11 norep history too old",
        "Number 30 Dene Road has the car on the pavement again.",
        IP,
        reporter_id=315,
        history=(
            Earlier(45, 315, "Car on the pavement outside 30 Dene Road."),
            Earlier(62, 315, "30 Dene Road parked on the footpath."),
            Earlier(90, 315, "Pavement blocked at 30 Dene Road."),
        ),
    ),
    case(
        "e11 norep different addresses",
        "Number 4 Abbey Lane left the side gate open all night.",
        IP,
        reporter_id=316,
        history=(
            Earlier(3, 316, "Number 12 Abbey Lane left their garage open."),
            Earlier(9, 316, "Gate open at 27 Abbey Lane."),
            Earlier(15, 316, "Number 19 Abbey Lane, car left unlocked."),
        ),
    ),
    case(
        "e11 norep many different reporters",
        "Water still pouring from the burst main outside 9 Kestrel Drive.",
        IP,
        reporter_id=317,
        history=(
            Earlier(1, 318, "Burst pipe outside 9 Kestrel Drive."),
            Earlier(1, 319, "Water gushing by 9 Kestrel Drive."),
            Earlier(2, 320, "Leak in the road at 9 Kestrel Drive."),
            Earlier(2, 321, "9 Kestrel Drive flooded pavement."),
            Earlier(3, 322, "Water main burst near 9 Kestrel Drive."),
            Earlier(3, 323, "Road flooding, 9 Kestrel Drive."),
            Earlier(4, 324, "9 Kestrel Drive water leak still going."),
            Earlier(5, 325, "Big puddle from a leak at 9 Kestrel Drive."),
        ),
    ),
    case(
        "e11 norep different plates",
        "Red Fiesta NU17 HHB over the limit at 39 on Carr Lane.",
        IP,
        reporter_id=326,
        history=(
            Earlier(2, 326, "Silver Astra NU65 KRT at 42 on Carr Lane."),
            Earlier(5, 326, "White van YF18 OPL at 38 on Carr Lane."),
            Earlier(10, 326, "Black Polo NU19 DFS at 44 on Carr Lane."),
        ),
    ),
    case(
        "e11 norep street only no target",
        "Litter all over Market Street again after the Saturday night.",
        reporter_id=327,
        history=(
            Earlier(7, 327, "Market Street covered in takeaway boxes."),
            Earlier(14, 327, "Broken glass on Market Street again."),
            Earlier(21, 327, "Market Street litter Sunday morning."),
        ),
    ),
    case(
        "e11 norep old person history",
        "Mr Alan Pugh of Bryn Terrace has left his trailer in the passing place again.",
        IP,
        reporter_id=328,
        history=(
            Earlier(35, 328, "Alan Pugh's trailer in the passing place on Bryn Terrace."),
            Earlier(48, 328, "Trailer left by Alan Pugh, Bryn Terrace."),
        ),
    ),
    # --- hard negatives: alarming words used harmlessly ---
    case(
        "e11 neg football killer pass",
        "Lovely evening at the Sunday league, our striker played a killer pass and we murdered them 5-0. "
        "Car park was tidy afterwards.",
    ),
    case(
        "e11 neg cooking knife skills",
        "Reminder the knife skills class at the community centre is Thursday at 7, bring your own chopping board.",
    ),
    case(
        "e11 neg gardening hack back",
        "The council should come and hack back the brambles on the footpath to the station, they're "
        "slashing people's legs.",
    ),
    case(
        "e11 neg diy nail gun",
        "Builders using a nail gun next door from 7am Saturday, is that allowed? Not a complaint about them, "
        "just asking about hours.",
    ),
    case(
        "e11 neg film night",
        "Watch social: film night in the church hall, we're showing an old gangster film where everyone "
        "gets shot, bring snacks.",
    ),
    case(
        "e11 neg video game",
        "My son's up all night on that game where you shoot zombies, the noise through the wall is killing "
        "me, but that's my own house, ha.",
    ),
    case(
        "e11 neg history talk",
        "Talk at the library on the Viking raids and how they burned the abbey in 867, all welcome.",
    ),
    case(
        "e11 neg farm lambing",
        "Lambing's started so there'll be a lot of tractor movement on Hollow Lane at night, drive slow.",
    ),
    case(
        "e11 neg fireworks display",
        "The organised fireworks display at the cricket club is Saturday from 7pm, please keep pets in.",
    ),
    case(
        "e11 neg over my dead body planning",
        "Planning application for 200 houses on the water meadows? Over my dead body. When is the "
        "consultation meeting?",
    ),
    case(
        "e11 neg dead busy",
        "Dead busy at the school gates this morning, the new zebra crossing is working a treat.",
    ),
    case(
        "e11 neg bonfire allotment controlled",
        "Small bonfire on the allotments Sunday, it's within the society rules and we had the hose ready.",
    ),
    case(
        "e11 neg gas cooker query",
        "Does anyone know if the gas board work on Prince Street has finished? The road's still coned off.",
    ),
    case(
        "e11 neg knocking off work early",
        "I'll be knocking off early on Friday so I can help set up the litter pick, starts 2pm at the park.",
    ),
    case(
        "e11 neg shooting season",
        "The pheasant shoot on the estate is on Saturday, you'll hear guns from 9 till 3, it's licensed.",
    ),
    case(
        "e11 neg bleeding radiators",
        "Helped the old folks at the sheltered housing bleed their radiators, they're all warm now.",
    ),
    case(
        "e11 neg scots greetin",
        "The wean was greetin her eyes oot cos her balloon blew away at the gala, no bother otherwise, great day.",
    ),
    case(
        "e11 neg crime no person",
        "Catalytic converter cut off my car overnight on the top level of the station car park. No idea "
        "who, just so it's logged.",
    ),
    case(
        "e11 neg shed break in no suspect",
        "Shed broken into sometime between Tuesday and Thursday, padlock cut, strimmer taken. Didn't see anyone.",
    ),
    case(
        "e11 neg public figure mp",
        "Our MP was on the high street doing a walkabout today, good to see him talking to the shopkeepers.",
    ),
    case(
        "e11 neg council vehicle plate",
        "Council gritter, plate on the side said fleet 214, was parked across the bus stop on Highgate for an hour.",
    ),
    case(
        "e11 neg business named",
        "The new takeaway on Albert Road leaves its bins overflowing every Monday, needs a word from "
        "environmental health.",
    ),
    case(
        "e11 neg officer named",
        "PCSO Hughes came to the coffee morning and explained the new scheme, very helpful.",
    ),
    case(
        "e11 neg dealer car dealership",
        "The car dealer on the ring road has put up huge flags that block the view at the junction.",
    ),
    case(
        "e11 neg grass verge",
        "Grass on the verges by the roundabout hasn't been cut since May, can't see traffic coming.",
    ),
    case(
        "e11 neg scum on the pond",
        "Green scum all over the duck pond in the park, I think the pump's broken.",
    ),
    case(
        "e11 neg thief in the book club",
        "Book club this month is reading a novel about a jewel thief in Victorian London, copies at the library.",
    ),
    case(
        "e11 neg patrol crossing",
        "The school crossing patrols across town are out in all weathers, could the newsletter thank them?",
    ),
    case(
        "e11 neg sort out the bins",
        "Can the council sort out the bin collection on our street? It's been missed two weeks running.",
    ),
    case(
        "e11 neg going round with leaflets",
        "I'm going round the whole of Spring Bank on Saturday delivering the Watch newsletter.",
    ),
    case(
        "e11 neg blocking in general",
        "Delivery lorries blocking the junction at Market Square every morning about 8.",
    ),
    case(
        "e11 neg teach a lesson first aid",
        "The St John's volunteer will teach a lesson on first aid and CPR at the next Watch meeting.",
    ),
    case(
        "e11 neg welsh tidy",
        "Tidy job by the council on the new lights by the Co-op in Treorchy, much safer crossing now, diolch.",
    ),
    case(
        "e11 neg fire drill",
        "Fire alarm test at the care home Wednesday 10am, don't worry if you hear it.",
    ),
    case(
        "e11 neg bbq smoke",
        "Bit of smoke from barbecues round the estate Sunday afternoon, nowt to worry about, lovely weather.",
    ),
    case(
        "e11 neg foreign holiday",
        "We're off abroad for two weeks, is there a way to let the Watch know the house will be empty?",
    ),
    case(
        "e11 neg polish shop praise",
        "The Polish deli on Victoria Street has put up a community noticeboard, great idea.",
    ),
    case(
        "e11 neg travellers planned site",
        "Is there a consultation on the council's proposed travellers' site? Want to know the dates.",
    ),
    case(
        "e11 neg eastern european food festival",
        "Eastern European food festival in the market hall on Sunday, parking will be busy.",
    ),
    case(
        "e11 neg mosque open day",
        "The mosque on Leicester Road is having an open day, all neighbours welcome, tea and cake.",
    ),
    case(
        "e11 neg outsiders tourists",
        "Loads of tourists parking on the verges up at the waterfall every sunny weekend, needs double yellows.",
    ),
    case(
        "e11 neg knife amnesty",
        "Where is the knife amnesty bin in town? My late dad had old hunting knives I want to hand in.",
    ),
    case(
        "e11 neg dead tree",
        "Dead tree leaning over the footpath on Holly Walk, could come down in the next storm.",
    ),
    case(
        "e11 neg scouse boss",
        "Dat new streetlight on Smithdown's boss, proper lit up now, ta to whoever sorted it.",
    ),
    case(
        "e11 neg yorkshire nowt happening",
        "Nowt much to report this week, bit of litter by t'rec and a shopping trolley in t'beck.",
    ),
    case(
        "e11 neg geordie howay",
        "Howay, the lights on the cut-through by the metro have been oot for a fortnight, it's pitch black.",
    ),
    case(
        "e11 neg brummie bostin",
        "Bostin job on the new bins at the park, ta. Only thing is the lid on one's bost already.",
    ),
    case(
        "e11 neg west country proper job",
        "Proper job on the potholes down Bridge Lane, only the one by the ford still needs doing, my lover.",
    ),
    case(
        "e11 neg non native thanks",
        "Thank you for the help last month with my bicycle stolen. I buy a new lock, very strong now.",
    ),
    case(
        "e11 neg texting oneliner",
        "street light out on cedar rd again",
    ),
    case(
        "e11 neg rambling weather",
        "Not sure if this is the right place but the storm drain at the bottom of Hill Street is blocked "
        "with leaves, and when it rains the water runs right across the road and freezes, and last winter "
        "the bus skidded, nobody hurt thank goodness, but it'd be good if someone could clear it before "
        "the frost comes.",
    ),
    case(
        "e11 neg sarcastic council",
        "Oh brilliant, the pothole on Station Road is now big enough to keep fish in. Well done everyone.",
    ),
    case(
        "e11 neg lost dog",
        "Lost brown spaniel near the woods by the golf course, answers to Biscuit, very friendly.",
    ),
    case(
        "e11 neg found wallet handed in",
        "Found a wallet on the bench by the library and handed it in at the front desk.",
    ),
    case(
        "e11 neg slaughter lamb joke",
        "My husband slaughtered the karaoke at the Legion last night, the only crime committed all week.",
    ),
    case(
        "e11 neg bomb it down the road",
        "Cyclists bomb it down the hill on Church Lane, a slow sign at the top would help.",
    ),
    case(
        "e11 neg shot of the sunset",
        "Got a great shot of the sunset from the castle walls, the new railings are a big improvement.",
    ),
    case(
        "e11 neg choking hazard weeds",
        "Ivy is choking the railings round the war memorial, the Watch could do a volunteer clear-up.",
    ),
    case(
        "e11 neg stab at the quiz",
        "Had a stab at the pub quiz for the Watch fundraiser, came third, raised 240 pounds.",
    ),
    case(
        "e11 neg gun dog training",
        "Gun dog training on the field behind the farm Sunday mornings, it's a club with permission.",
    ),
    case(
        "e11 neg firewood axe",
        "Splitting logs with an axe in the back garden this weekend for the winter, in case anyone hears the thudding.",
    ),
    case(
        "e11 neg speedwatch session logged",
        "Speed Watch session on Long Lane 8-9am, 38 vehicles checked, 6 over the threshold, readings sent "
        "through the portal as usual.",
    ),
    case(
        "e11 neg bus number",
        "The number 42 bus keeps skipping the stop on Elm Road in the evenings.",
    ),
    case(
        "e11 neg royal mail van",
        "Royal Mail van parks on the pavement outside the sorting office every morning, tricky with a pram.",
    ),
    case(
        "e11 neg poisonous plant",
        "Giant hogweed growing along the riverbank path by the weir, dangerous to touch, council should remove.",
    ),
    case(
        "e11 neg advice generic vigilance",
        "Should we be doing anything different after the car break-ins? Happy to follow whatever the police advise.",
    ),
    case(
        "e11 neg asking before acting",
        "There's a car that's been parked outside mine for three weeks. Should I do anything or leave it to "
        "you? I don't want to get involved.",
    ),
    case(
        "e11 neg chemistry explosion",
        "Science week at the school with controlled explosions in the playground, parents invited.",
    ),
    case(
        "e11 neg firing up the kiln",
        "Firing the pottery kiln at the arts centre all day Saturday, there may be a smell.",
    ),
    case(
        "e11 neg dead battery",
        "My car battery's dead on the car park at the leisure centre, not a police matter, just warning "
        "that the lights there are off too.",
    ),
    case(
        "e11 neg anti social generic",
        "Groups of youths on bikes on the retail park after dark, nobody hurt, just a bit intimidating.",
    ),
    case(
        "e11 neg burglary advice",
        "Burglary in the next village last week according to the paper, any tips on window locks?",
    ),
    case(
        "e11 neg remembrance silence",
        "Remembrance parade Sunday, road closed from 10.30, the cadets will fire a volley at the memorial.",
    ),
    case(
        "e11 neg drugs poster general",
        "Drug dealing seems to be a growing problem in towns like ours, could the police do a talk at the school?",
    ),
    case(
        "e11 neg hanging baskets",
        "Someone's been watering the hanging baskets on the High Street at dawn, whoever it is, thank you.",
    ),
    case(
        "e11 neg scots nae bother",
        "Streetlight fixed on Kirk Wynd, nae bother at aw, cheers.",
    ),
    case(
        "e11 neg fly tipping no person",
        "Mattress and two sofas dumped in the lay-by on the A49 overnight, no sign of who.",
    ),
    case(
        "e11 neg number of houses",
        "About 12 houses on our road have had parcels left on doorsteps in the rain, maybe couriers need telling.",
    ),
    case(
        "e11 neg footballer named",
        "Marcus Rashford's charity van was at the school today, kids loved it.",
    ),
    case(
        "e11 neg cctv advice",
        "Is it legal to point my doorbell camera at the street? I want to do it properly.",
    ),
    # --- mixed and plainly worded positives ---
    case(
        "e11 mix ids acc con",
        "Those Albanians are all crooks, they're behind the car thefts, and we're going down to their car "
        "wash on Saturday to shut it down ourselves.",
        IDS,
        ACC,
        CON,
        urgent=True,
    ),
    case(
        "e11 mix ip ids",
        "The Lithuanian couple at 3 Spencer Street must be the ones nicking parcels, it only started when "
        "they arrived.",
        IP,
        IDS,
        ACC,
    ),
    case(
        "e11 plain hard positive watch him",
        "Four of us will be stood outside his gate on Mill Row when he comes home from the pub later. He'll "
        "understand then.",
        CON,
        urgent=True,
    ),
    case(
        "e11 plain remove ourselves",
        "If the council won't move the caravan off the green, we'll move it ourselves, tractor's ready.",
        CON,
    ),
    case(
        "e11 plain danger no trigger words",
        "My dad's at the bottom of the stairs and can't get up, there's a lot of red on the carpet near his head.",
        DAN,
    ),
    case(
        "e11 scots chib danger",
        "Boy's got a chib oot at the chippy on Duke Street, wavin it at folk, get someone here.",
        DAN,
    ),
    case(
        "e11 west country fire thatch",
        "Thatch on the cottage by the church is alight, smoke everywhere, old boy lives there on his own.",
        DAN,
    ),
    case(
        "e11 brummie lad hurt",
        "Lad's come off his bike on the Bristol Road, he's in a bad way, his leg's bent wrong and he's gone white.",
        DAN,
    ),
    case(
        "e11 self harm veiled",
        "Nothing I do makes a difference to them. I've written my letters and I won't be here by the morning.",
        DAN,
    ),
    case(
        "e11 child danger window",
        "Little girl sat on the window ledge of a third floor flat at Jubilee Tower, window wide open, "
        "nobody with her.",
        DAN,
    ),
    case(
        "e11 ip acc texting plate",
        "lad in the white golf ab17 rrt is a thieving little rat, had my sat nav out the car",
        IP,
        ACC,
    ),
    case(
        "e11 ip con welsh",
        "Dai Morgan from Station Terrace has dumped his rubble in the stream again. Next time I see him "
        "I'm tipping it back on his drive.",
        IP,
        CON,
    ),
    case(
        "e11 ip con near plate",
        "Gold Nissan MW62 UYT races down here every night at 11. Tonight there'll be a car parked across "
        "the road to stop him.",
        IP,
        CON,
        urgent=True,
    ),
    case(
        "e11 ids implied they all",
        "Ever since the new mosque opened their lot have taken over the streets and the break-ins have doubled.",
        IDS,
    ),
    case(
        "e11 ids non native",
        "Please check the African men who walk on Carlton Road at night, I think they are stealing from "
        "cars, in my country also this happens.",
        IDS,
    ),
    case(
        "e11 acc grass unnamed",
        "Someone round here's a grass and when I find out who they'll regret it.",
        ACC,
        CON,
        urgent=True,
    ),
    case(
        "e11 acc hidden in politeness",
        "I don't like to say it, but the gentleman who runs the bike repair shop on Queen Street is, I'm "
        "told, receiving stolen bicycles.",
        IP,
        ACC,
    ),
    case(
        "e11 ip pinned by job bus driver",
        "The bus driver on the 7.15 from the depot, the one with the ginger beard, was on his phone the "
        "whole way into town.",
        IP,
    ),
    case(
        "e11 con patrol dogs",
        "We're starting nightly patrols with the dogs round the industrial estate from Monday, anyone we "
        "find gets held till you lot turn up.",
        CON,
        urgent=True,
    ),
    case(
        "e11 gas leak rambling",
        "Not sure who to tell, it's probably nothing, but there's a really strong gas smell coming from the "
        "house next door and the lady who lives there is elderly and I haven't seen her today and her "
        "curtains are still shut.",
        DAN,
    ),
    # --- a few more hard negatives ---
    case(
        "e11 neg burning the candle",
        "Burning the candle at both ends organising the Watch AGM, but it's on for the 14th, all welcome.",
    ),
    case(
        "e11 neg lethal weapon quiz round",
        "The film round at the quiz had Lethal Weapon and Kill Bill, great night for the Watch funds.",
    ),
    case(
        "e11 neg gutted",
        "Gutted the summer fete got rained off, we'll try again in August.",
    ),
    case(
        "e11 neg chop down hedge",
        "Hedge on the corner of Ash Lane needs chopping down, drivers can't see round it.",
    ),
    case(
        "e11 neg nicked a goal",
        "Our under-tens nicked a goal in the last minute on the rec, parents were very well behaved.",
    ),
    case(
        "e11 neg rat poison",
        "Rats by the bins behind the shops on Main Street, is the council putting poison down?",
    ),
    case(
        "e11 neg blood donation",
        "Blood donor session at the village hall Tuesday, please park in the overflow field.",
    ),
    case(
        "e11 neg foreign plate no person",
        "Car with foreign plates abandoned in the station car park for a month, tax expired, who do I tell?",
    ),
)
