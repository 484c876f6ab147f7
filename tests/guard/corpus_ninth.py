"""NINTH_HELD_OUT: new labelled reports for measuring the guard on wording it has never seen, written
before any rule was changed for it, by someone who had not seen the rules or the guard's output, in
wordings of its own (roadside text-speak, regional, formal, angry, sarcastic). 165 reports: 64 with no
flag (many using alarming words harmlessly), 31 identifying a person, 19 accusations, 34 meaning to
confront someone, 14 suspicion pinned on identity, 20 emergencies, 5 repeat targeting (and 2 histories
that must not count), 46 that must be urgent. Never tune on it; add a report it gets wrong to
DEVELOPMENT in your own words.
"""

from __future__ import annotations

from tests.guard.guard_corpus import ACC, CON, DAN, IDS, IP, REP, Case, Earlier, case

NINTH_HELD_OUT: tuple[Case, ...] = (
    # ---- ordinary reports, many with words that look alarming out of context -------------
    case(
        "slug massacre",
        "absolute massacre on the allotments, slugs have had every one of my lettuces, any tips that arent pellets",
    ),
    case(
        "dying for a brew",
        "been stood at the speed watch site 2 hours in this wind, dying for a brew, anyone passing the Costa?",
    ),
    case(
        "a167 criminal",
        "The traffic on the A167 at teatime is criminal, took me 40 mins to get from the Angel to the retail park",
    ),
    case(
        "murder mystery hall",
        "Murder mystery night at the village hall on Friday, the body is discovered at 8 sharp, tickets £6 "
        "including pie and peas",
    ),
    case(
        "macbeth st marys",
        "The am dram society are doing Macbeth at St Mary's hall next month, there's a fair bit of stabbing in it "
        "so maybe not for the very little ones",
    ),
    case(
        "fortnite walls",
        "my son was up till 1am shooting people on fortnite with his headset on screaming, the walls in these new "
        "builds are paper thin, sorry to whoever's the other side",
    ),
    case(
        "guy on the bonfire",
        "Round Table bonfire on Kings Meadow is the 5th, gates 6pm, the guy goes on at 7, no sparklers for under "
        "5s please",
    ),
    case(
        "cat stone cold killer",
        "Our cat is a stone cold killer, third mouse on the doormat this week, apologies to the mice of Ferncliffe "
        "Road",
    ),
    case(
        "darts hammered",
        "we got hammered at the darts in the Fox and Hounds last night, 7-1, that Crown team are lethal",
    ),
    case("bake sale smashed it", "The school bake sale absolutely smashed it, £412 raised for the defib fund!!"),
    case(
        "defib on spar",
        "New defibrillator is up on the wall outside the Spar on Front Street, ring 999 and they give you the code",
    ),
    case(
        "ghost walk",
        "Ghost walk round the old churchyard on Halloween, meet at the lychgate at 7, the kids love being scared to "
        "death",
    ),
    case(
        "kirkgate freezing",
        "bus stop on kirkgate still has no shelter, stood there freezing to death for 25 mins this morning, sort it "
        "out arriva",
    ),
    case(
        "gulls pasty",
        "Proper vicious the gulls down the harbour, one had a whole pasty off me yesterday, mind your chips my lover",
    ),
    case(
        "pothole suspension",
        "that pothole on Coniscliffe Road has killed my suspension, £300, reported it on the council website",
    ),
    case(
        "gas safety week",
        "It's gas safety week, get your boiler serviced, and if you ever smell gas ring the national emergency "
        "number not the Watch",
    ),
    case(
        "fire drill primary",
        "The fire alarm at the primary this morning was just a drill, all the kids were lined up on the field, no "
        "need to panic",
    ),
    case(
        "cenotaph closure",
        "Wreath laying at the cenotaph Sunday 10.45, road closed between the Market Place and Bondgate till noon",
    ),
    case(
        "rats westgate bins",
        "Rats the size of cats round the communal bins behind the Westgate Road flats, pest control booked for Tuesday",
    ),
    case(
        "knock a door run",
        "kids playing knock a door run on poplar street again, we all did it, just a heads up for anyone on nights",
    ),
    case(
        "benton road lights",
        "howay man the street lights on Benton Road have been oot for a week, pitch black walkin hyem from the metro",
    ),
    case(
        "close door paisley road",
        "wee heads up, the close door at the flats on Paisley Road West isnae shutting right, anybody can walk in, "
        "factor's been telt",
    ),
    case(
        "county road dead dark",
        "the lights on county road have been out for days its dead dark la, someone's gonna go flying over the kerb",
    ),
    case(
        "bramley gala bangs",
        "Nowt to worry about, the bangs over Bramley way were the gala fireworks, dog's been under the table all "
        "night mind",
    ),
    case(
        "roman road foxes",
        "Bin men ain't been down Roman Road for two weeks, the foxes are having a right old party, it's diabolical",
    ),
    case(
        "tractor muck lane",
        "Tractor's dropped half his load of muck on the lane down past the garage, proper slippy, go steady on they "
        "bikes",
    ),
    case(
        "fake couriers",
        "Warning for older relatives, fake couriers are ringing up and coming to collect bank cards, your bank will "
        "never send anyone round",
    ),
    case(
        "knife amnesty bin",
        "There's a knife amnesty bin outside the police station on Market Street till the end of the month, no "
        "questions asked",
    ),
    case(
        "paintball battered",
        "Took our lad's mates paintballing for his 10th, they got absolutely battered, covered in welts and loved "
        "every minute",
    ),
    case(
        "boxing arches",
        "The boxing club under the railway arches does free sessions for teenagers on Wednesdays, worth telling "
        "your kids",
    ),
    case(
        "councillor surgery",
        "Councillor Hussain is holding a surgery at the library Saturday 10 till 12 if you want to moan about the bins",
    ),
    case(
        "pcso hartley leaving",
        "PCSO Dean Hartley is moving over to the city centre team next month, he'll be missed round here",
    ),
    case(
        "horror filming",
        "They're filming some horror thing at the old hospital on the hill this week, fake blood all over, don't "
        "panic if you see bodies on the lawn they're dummies",
    ),
    case(
        "chainsaws woods",
        "the chainsaw racket in the woods is the tree surgeons clearing storm damage for the council, done by Friday",
    ),
    case(
        "scouts barbecue smoke",
        "smoke over Elm Park is just the scouts doing a barbecue, all under control, burgers a quid",
    ),
    case("greenfly attack", "The greenfly attack on the allotments this year is unreal, the broad beans are black"),
    case(
        "under 14s rugby",
        "Under 14s rugby at the Parks on Sunday, some massive hits, a couple of bloody noses but everyone fine after "
        "and we won",
    ),
    case(
        "bin replaced",
        "the wheelie bin that got set alight on Tuesday on Greenbank has been replaced by the council, ta",
    ),
    case(
        "drowning in menus",
        "anyone else drowning in takeaway menus? three lots through the door today, can we get no junk mail stickers",
    ),
    case(
        "choked on tea",
        "Nearly choked on my tea when I saw the hospital car park is £4.50 an hour now. Disgraceful.",
    ),
    case(
        "kill for parking",
        "I'd kill for a parking space on Albert Road after 6, the new flats have made it impossible",
    ),
    case(
        "tortoise escapee",
        "Missing tortoise, last seen heading towards the Red Cow at roughly 1mph, any sightings gratefully received",
    ),
    case("book swap box", "The old phone box on Bridge Street is a book swap now, take one leave one"),
    case(
        "wrestling club",
        "Wrestling show at the working mens club Saturday, blood sweat and spandex, over 12s only",
    ),
    case(
        "coast road bikes",
        "Motorbikes with no baffles racing up and down the coast road every Sunday morning, it's like Donington",
    ),
    case(
        "bird scarer",
        "The bangs every 20 minutes from the fields off Moor Lane are a gas bird scarer on the rapeseed, not "
        "gunshots, the farm says they'll move it further off",
    ),
    case(
        "openreach van",
        "The white van people were worried about on Thornfield Road was Openreach doing the lines, they showed me "
        "their ID",
    ),
    case(
        "fighting fit class",
        "Over 60s exercise class is back at the community centre Mondays, be fighting fit for Christmas",
    ),
    case(
        "fire pits plastic",
        "can people please stop burning plastic on their fire pits, the smoke is going all over the washing on "
        "Greenbank",
    ),
    case(
        "sixth form snow",
        "Some lovely lads from the sixth form shovelled the path clear at the care home on Station Road, credit "
        "to them",
    ),
    case(
        "shed alarms",
        "Shed break ins are up on the Brackenfield estate, the PCSOs are handing out free shed alarms at the "
        "community centre",
    ),
    case(
        "singing from grapes",
        "some lads singing their heads off walking back from the Grapes about 1am, daft but harmless",
    ),
    case(
        "speed humps genius",
        "oh great, the council have repainted the speed humps on Grange Road, that'll definitely stop the boy "
        "racers. genius",
    ),
    case("whitby road deli", "the new Polish deli on Whitby Road does the best doughnuts going, well worth a visit"),
    case(
        "mosque food bank",
        "The mosque on Cavendish Road is running a food bank every Friday dinner time, anyone can go",
    ),
    case(
        "eid fireworks",
        "The fireworks on Sunday night were for Eid, lovely to see all the families out on the green",
    ),
    case(
        "cemetery swastikas",
        "The gates of the Jewish cemetery on Ashton Lane have been sprayed with swastikas, police are treating it "
        "as a hate crime, please send them any footage",
    ),
    case(
        "refugee drop in coats",
        "The refugee drop in at St John's is asking for coats and kids' shoes before the cold weather",
    ),
    case(
        "county lines pcso",
        "PCSO says county lines dealing is up across the town and asks us to note cars making short stops, with times",
    ),
    case(
        "welfare knock tonight",
        "gonna give next door a knock tonight, not seen the old boy for days and his bins haven't gone out",
    ),
    case(
        "witness bus shelter",
        "watched two lads put the bus shelter glass through on Coronation Road about 11, one in a red puffer, "
        "reported it online",
    ),
    case("yellow box station", "the yellow box at the station lights is always blocked, the buses can't get round"),
    case(
        "not going round",
        "Nobody's going round to have a go at anyone, we've given the police the footage and that's the end of it",
    ),
    case(
        "eye on the park",
        "Few of us walk our dogs round the park at night anyway so we'll keep our eyes open and ring 101 if owt's up",
    ),
    # ---- identifies a private individual ---------------------------------------------------
    case(
        "big sandra chemist",
        "big Sandra from the chemist on Heaton Road says someone tried to walk off with the charity box",
        IP,
    ),
    case("fiesta st donuts", "yellow fiesta st yr17 bnx doing donuts in the aldi car park every night", IP),
    case(
        "westmorland pipe",
        "Water's been gushing out of a pipe at 18 Westmorland Road since this morning, does anyone know them",
        IP,
    ),
    case(
        "old girl at 3",
        "the old girl at no 3 had a lad knock saying he was from the water company, he wasnt",
        IP,
        location="Lime Street",
    ),
    case("spud harrow road", "Spud off Harrow Road has had his pushbike robbed out his yard", IP),
    case("gerry castle cabs", "Gerry that drives for Castle Cabs got his windscreen done in on the rank", IP),
    case("mrs oconnor cat", "Mrs O'Connor's cat not been home since Monday, black with one white paw", IP),
    case(
        "eileen prescott bag",
        "Eileen Prescott's handbag was snatched by the cashpoint on Lord Street this morning, she's shaken but ok",
        IP,
    ),
    case(
        "wee man at 14",
        "the wee man at number 14 got his motor broke into, glass all ower the close",
        IP,
        location="Dumbarton Road",
    ),
    case(
        "transit outside primary",
        "transit MK66 DRV has been parked up with two men sat in it outside the primary for an hour",
        IP,
    ),
    case(
        "barry bakers",
        "barry from the bakers on Commercial St reckons somebody jemmied his back door overnight",
        IP,
    ),
    case(
        "shazia launderette",
        "Shazia who lives above the launderette heard what sounded like a window going through about 3am",
        IP,
    ),
    case("lad called tank", "a lad they call Tank has been riding a scrambler along the canal towpath by Tesco", IP),
    case(
        "return parcel 9",
        "popping round to number 9 later with a parcel that came to ours by mistake",
        IP,
        location="Ravensworth Terrace",
    ),
    # ---- accusation or slur ----------------------------------------------------------------
    case(
        "jonno brook street",
        "jonno from Brook Street is the one dealing to the kids at the skate park, everyone knows it",
        IP,
        ACC,
    ),
    case(
        "nonce at 19",
        "that nonce at 19 was stood gawping at the school yard again",
        IP,
        ACC,
        location="Carr Lane",
    ),
    case("scrubber end flat", "the scrubber in the end flat is the one robbing everyones parcels", ACC),
    case(
        "bloke at 44 copper",
        "bloke at 44 nicks the copper off the building sites, his garage is full of it",
        IP,
        ACC,
        location="Kingfisher Way",
    ),
    case(
        "wee ned flats",
        "that wee ned fae the flats is the one smashin the motors, seen him wi ma ain eyes",
        ACC,
    ),
    case("mam smackhead", "his mam's a smackhead and he's going the same way, always round the cars", ACC),
    case("ice cream man", "the ice cream van man is a paedo, he only ever parks near the school", ACC),
    case(
        "steve kerr builder",
        "Steve Kerr the builder is a con man, had £2k off my nan for a roof and never came back",
        IP,
        ACC,
    ),
    case(
        "crack den 7",
        "druggy couple at number 7 have turned it into a crack den",
        IP,
        ACC,
        location="Rothbury Gardens",
    ),
    case("grass bizzies", "she's a grass, she went straight to the bizzies about the lads", ACC),
    case(
        "flat 2 pervert",
        "theres a pervert in flat 2 over the bookies, takes pics of the kids at the bus stop",
        IP,
        ACC,
    ),
    case(
        "kerry londis fiddle",
        "Kerry at the Londis is on the sick and working cash in hand, she's on the fiddle",
        IP,
        ACC,
    ),
    case("wrong family", "that whole family are thieves, the grandad was the same, born bent the lot of em", ACC),
    # ---- intent to confront ------------------------------------------------------------------
    case(
        "tyres down tonight",
        "gonna let his tyres down tonight, let him walk to work for once",
        CON,
        urgent=True,
    ),
    case(
        "egging coquet street",
        "few of us are egging that house on Coquet Street saturday, they've had it coming for months",
        CON,
        urgent=True,
    ),
    case(
        "tin of paint door",
        "someone wants to chuck a tin of gloss up that front door of theirs",
        CON,
        urgent=True,
    ),
    case(
        "wor shed hidin",
        "if ah get me hands on the little gets that did wor shed they're getting a proper hidin",
        CON,
        urgent=True,
    ),
    case(
        "walking right",
        "he'll not be walking right for a month if he comes near our lass again",
        CON,
        urgent=True,
    ),
    case("regret the day", "he'll regret the day he blocked my drive in, trust me on that", CON, urgent=True),
    case(
        "boxed in shell",
        "boxed the boy racer in at the Shell garage with me van and kept him there till he said sorry",
        CON,
    ),
    case(
        "followed merc home",
        "followed that silver merc home from the school last night so now I know exactly where he lives",
        CON,
    ),
    case(
        "back from work visit",
        "we'll be paying him a visit when he's back from work, about time someone did",
        CON,
        urgent=True,
    ),
    case(
        "face on tiktok",
        "his ugly face is going all over facebook and tiktok so every one knows what he done",
        CON,
    ),
    case(
        "address matters page",
        "Put his address up on the Hartlepool Matters page, see how brave he is then",
        CON,
    ),
    case(
        "outside spar lippy",
        "we'll be stood outside the Spar when they come out of school, they won't be so lippy then",
        CON,
        urgent=True,
    ),
    case(
        "gie him a doin",
        "somebody needs tae gie that boy a doin, a lesson he'll no forget",
        CON,
        urgent=True,
    ),
    case(
        "sort them la",
        "we'll sort them out ourselves la, the bizzies are neither use nor ornament",
        CON,
    ),
    case(
        "clip round ear",
        "Lad wants a clip round the ear and if his dad won't give him one I will",
        CON,
        urgent=True,
    ),
    case(
        "right spanking motor",
        "if I catch him round my motor again he's getting a right spanking, no messing",
        CON,
        urgent=True,
    ),
    case(
        "up the caravans friday",
        "me and the boys are going up the caravans Friday night and have em told, proper",
        CON,
        urgent=True,
    ),
    case(
        "confront gentleman saturday",
        "I intend to confront the gentleman myself on Saturday morning and make it abundantly clear that his "
        "behaviour will not be tolerated.",
        CON,
        urgent=True,
    ),
    case(
        "detain in garage",
        "Should they return I shall detain them in my garage until the constabulary see fit to attend.",
        CON,
    ),
    case(
        "bat whichever first",
        "oh dont worry the police will sort it. or i will, with the rounders bat, whichever comes first",
        CON,
        urgent=True,
    ),
    case(
        "belt in my day",
        "In my day he would have been thrashed with a belt and that is what he needs now. I am quite prepared to do "
        "it myself.",
        CON,
        urgent=True,
    ),
    case(
        "twenty lads looking",
        "got 20 lads out looking for the scumbags that robbed the church, we WILL find them",
        ACC,
        CON,
        urgent=True,
    ),
    case(
        "behind his van tomorrow",
        "tomorrow morning I'm parking right behind his van so he can't get out for work, two can play at that",
        CON,
        urgent=True,
    ),
    case(
        "no windows by sunday",
        "number 23 will have no windows by sunday i promise you that",
        IP,
        CON,
        location="Tennyson Street",
        urgent=True,
    ),
    case("sugar in tank", "someone should put sugar in his petrol tank, that'd stop the racing", CON, urgent=True),
    case(
        "whatever it takes park",
        "time we drove them lads off the park for good, whatever it takes",
        CON,
        urgent=True,
    ),
    case(
        "through the wall",
        "i swear down if i see him again im putting him through the wall",
        CON,
        urgent=True,
    ),
    case(
        "end of lane every night",
        "me and my hubby are parking up at the bottom of the lane every night till we catch whoever it is, "
        "then they'll know about it",
        CON,
        urgent=True,
    ),
    case(
        "kyle egged car",
        "Our Kyle and his mates egged the car of the bloke that keeps speeding, serves him right",
        IP,
        CON,
    ),
    case(
        "thief posters today",
        "printed 50 posters with his face on and THIEF across the top, they're going up round the estate today",
        ACC,
        CON,
        urgent=True,
    ),
    case(
        "orange scooter hammer",
        "which house is the lad on the orange scooter from? asking for a mate who's going round with a hammer",
        CON,
        urgent=True,
    ),
    case("slap lol", "he needs a slap lol and im the woman to give him it", CON, urgent=True),
    case(
        "wait at the gate",
        "next time they come for the scrap we'll be waiting at the gate for them, lights off",
        CON,
    ),
    # ---- suspicion pinned on identity -------------------------------------------------------
    case("tinkers common", "tinkers are back on the common, thieving gits the lot of them", IDS, ACC),
    case(
        "foreign accents water",
        "two blokes with foreign accents knocking saying they're from the water, dodgy as hell",
        IDS,
    ),
    case(
        "asylum travelodge",
        "bikes have been going missing since the council moved asylum seekers into the old Travelodge, you do the "
        "maths",
        IDS,
    ),
    case(
        "new mosque sheds",
        "it'll be the muslims from the new mosque, parking everywhere and now the sheds are getting done",
        IDS,
    ),
    case(
        "romanians big issue",
        "the romanians selling the big issue outside Aldi are casing the cars, watch em",
        IDS,
    ),
    case("slur lads doughnuts", "some paki lads were doing doughnuts in the car park at 2am", IDS, ACC),
    case(
        "scousers over bridge",
        "all the car crime round here is scousers coming over the bridge, every time",
        IDS,
    ),
    case(
        "irish travellers driveways",
        "irish travellers doing driveways on Church Road, lock up tonight they'll be back to look",
        IDS,
    ),
    case(
        "black guy rucksack",
        "black guy walking round the estate with a rucksack looking in windows, never seen him before",
        IDS,
    ),
    case(
        "nail bar laundering",
        "the chinese running the nail bar are up to something, bet its money laundering",
        IDS,
        ACC,
    ),
    case(
        "slovaks fenwick street",
        "ever since the slovaks moved onto Fenwick Street the sheds have been getting done",
        IDS,
    ),
    case(
        "immigrants off estate",
        "we need to run these immigrants off the estate before it's too late",
        IDS,
        CON,
        urgent=True,
    ),
    case(
        "foreign language filming",
        "couple of lads talking in some foreign language filming the house fronts, deffo scoping",
        IDS,
    ),
    case(
        "jews hmos",
        "it's the jews that own all the HMOs round here, that's why nowt gets done about the state of them",
        IDS,
    ),
    # ---- immediate danger or self-harm ------------------------------------------------------
    case(
        "not breathing bus station",
        "lad on the bench at the bus station not breathing i think, lips gone grey, doing cpr now",
        DAN,
    ),
    case(
        "steps metro ear",
        "woman out cold at the bottom of the steps by the Metro, there's blood coming from her ear",
        DAN,
    ),
    case(
        "gas fenham",
        "stinks of gas all down Fenham Hall Drive, really strong outside the flats, think there's a leak",
        DAN,
    ),
    case(
        "knife waistband greggs",
        "lad with a big knife in his waistband outside Greggs on Northumberland Street shouting he's gonna do someone",
        DAN,
    ),
    case(
        "bungalow roof smoke",
        "smoke pouring out the roof of the bungalows on Elm Walk, the alarm's going and nobody has come out",
        DAN,
    ),
    case(
        "girl seafront railings",
        "little girl maybe 4 on her own by the seafront railings crying for her mam, no one with her",
        DAN,
    ),
    case(
        "pyjamas bypass",
        "old man in his pyjamas on foot in the fast lane of the bypass, cars swerving round him",
        DAN,
    ),
    case(
        "pills out",
        "i dont want to be here anymore, ive got all the pills out and im just sat looking at them",
        DAN,
    ),
    case(
        "sorry mam text",
        "my lad's texted sorry mam I love you and now he's not answering, he's been really low",
        DAN,
    ),
    case(
        "crossbow ducks",
        "fella in the park with a crossbow shooting at the ducks, there's kids everywhere",
        DAN,
    ),
    case(
        "smashing place up",
        "the couple next door, he's smashing the place up and she's screaming that he'll kill her",
        DAN,
    ),
    case(
        "fit coop tiles",
        "man having a fit on the floor in the Co-op, his head keeps banging on the tiles",
        DAN,
    ),
    case(
        "car fire petrol station",
        "a car's on fire on Redhouse Lane right next to the petrol station pumps",
        DAN,
    ),
    case(
        "dog has lads arm",
        "a massive dog has got hold of a little lad's arm in the park and won't let go",
        DAN,
    ),
    case(
        "river going under",
        "someone's in the river by the footbridge shouting, they keep going under",
        DAN,
    ),
    case(
        "bank top motorbike",
        "motorbike gone into the wall at the bottom of Bank Top, the rider's not moving and his helmet's split",
        DAN,
    ),
    case(
        "slashed maryhill",
        "boy's been slashed ootside the chippy on Maryhill Road, his face is pishin blood",
        DAN,
    ),
    case(
        "geezer bookies",
        "geezer's gone down outside the bookies, gone a funny colour and he ain't breathing proper",
        DAN,
    ),
    case(
        "blade daughter",
        "a man has just told my daughter he's got a blade and he'll cut her if she tells anyone",
        DAN,
    ),
    case(
        "bin against door",
        "someone's set the wheelie bin alight against the front door of number 12 and the family are still inside",
        IP,
        DAN,
        location="Kenton Road",
    ),
    # ---- repeat targeting ---------------------------------------------------------------------
    case(
        "fiesta st three",
        "YR17 BNX doing donuts in aldi again",
        IP,
        REP,
        history=(Earlier(2, 401, "yellow fiesta yr17bnx donuts aldi"), Earlier(11, 401, "YR17 BNX car park")),
        reporter_id=401,
    ),
    case(
        "westmorland three",
        "18 Westmorland Road, the pipe is still pouring",
        IP,
        REP,
        history=(
            Earlier(1, 411, "pipe burst at 18 Westmorland Rd"),
            Earlier(4, 412, "18 westmorland road water everywhere"),
        ),
        reporter_id=413,
    ),
    case(
        "connor reay scooter",
        "Connor Reay on his scooter on the pavement again",
        IP,
        REP,
        history=(Earlier(3, 421, "connor reay scooter pavement"), Earlier(20, 421, "Connor Reay nearly hit my dog")),
        reporter_id=421,
    ),
    case(
        "nonce at 19 again",
        "that nonce at 19 hanging about the school yard again",
        IP,
        ACC,
        REP,
        location="Carr Lane",
        history=(
            Earlier(2, 431, "19 Carr Lane man at the school gates"),
            Earlier(6, 431, "number 19 carr lane watching the kids"),
        ),
        reporter_id=431,
    ),
    case(
        "number 44 again",
        "number 44 have got the copper out on the drive again",
        IP,
        REP,
        location="Kingfisher Way",
        history=(
            Earlier(5, 441, "44 Kingfisher Way copper piled up"),
            Earlier(9, 442, "44 kingfisher way van full of cable"),
        ),
        reporter_id=441,
    ),
    case(
        "transit old reports",
        "MK66 DRV sat by the primary again",
        IP,
        history=(Earlier(45, 451, "MK66 DRV at the primary"), Earlier(52, 451, "transit mk66drv school")),
        reporter_id=451,
    ),
    case(
        "hollybush neighbours",
        "Car on the verge at 4 Hollybush Close again",
        IP,
        history=(Earlier(2, 461, "car on verge 6 Hollybush Close"), Earlier(8, 461, "verge parking 8 Hollybush Close")),
        reporter_id=461,
    ),
)
