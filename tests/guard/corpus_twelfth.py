"""TWELFTH_HELD_OUT: new labelled reports for measuring the guard on wording it has never seen,
written before any rule was changed for it, by someone who had not seen the rules or the guard's
output. 244 reports: 102 with no label (hard negatives: sport, cooking, farming, films, games,
idioms, council vehicles, public figures, crimes with no one identified, identity words used
harmlessly), 71 identifying a private individual, 24 accusations or slurs, 32 confrontations,
18 suspicions pinned on identity, 36 dangers, 13 repeat targeting (and 7 histories that must not
count); 54 urgent. Voices from city estates, market towns, villages, the coast, farms, students,
commuters, Speed Watch volunteers, shift workers, carers, shopkeepers and parents at the school gate,
in dialect, texting shorthand, voice-to-text, formal letters and capitals. Never tune on it; add a
report it gets wrong to DEVELOPMENT in your own words.
"""

from tests.guard.guard_corpus import ACC, CON, DAN, IDS, IP, REP, Case, Earlier, case

TWELFTH_HELD_OUT: tuple[Case, ...] = (
    case(
        "rec five nil murdered them",
        (
            "Our under-12s absolutely murdered them 5-0 at the rec on Saturday. The hooting and car horns "
            "afterwards was just the parents celebrating, nothing to worry about if anyone rings in."
        ),
    ),
    case(
        "bakery ovens at four",
        (
            "Sorry, the burning smell I mentioned on the High Street at 4am is just the bakery firing up its "
            "ovens. Please ignore my last one."
        ),
    ),
    case(
        "hedges hacked by contractors",
        (
            "Somebody had been hacking the hedges right back along the bridleway, I was going to report it as "
            "vandalism but it turns out it's the council's contractors. All fine."
        ),
    ),
    case(
        "fireworks behind rugby club",
        (
            "fireworks going off behind the rugby club at 11 on a tuesday night, massive bangs, dog was shaking "
            "under the table. no idea who. is there a curfew on them?"
        ),
    ),
    case(
        "pothole killing suspension",
        "The pothole at the bottom of Station Road is killing my suspension.",
    ),
    case(
        "over my dead body top field",
        (
            "Over my dead body will they put 200 houses on Top Field. A lot of us will be at the planning "
            "committee on Tuesday to object, can someone tell us where to park?"
        ),
    ),
    case(
        "council gritter plate",
        (
            "Council gritter WX19 GRT sat on the verge by the school all night with the engine running and the "
            "orange lights going. Is that normal? It was still there at 7."
        ),
    ),
    case(
        "mp office window",
        (
            "The window of our MP's constituency office on Church Lane has been put through again. Third time "
            "since Christmas."
        ),
    ),
    case(
        "pcso at the gate thanks",
        (
            "Just wanted to say PCSO Davies came to the school gate this morning and talked to the parents about "
            "parking. Very helpful, more of that please."
        ),
    ),
    case(
        "catalytic converters beech grove",
        (
            "Three cars on Beech Grove had their catalytic converters cut off overnight. I heard an angle grinder "
            "about 3am but didn't look out. Nobody saw a vehicle."
        ),
    ),
    case(
        "murder talk posters torn",
        (
            "The posters for the history society talk, 'Murder in the Market Square, 1843', keep getting torn off "
            "the noticeboard on Fore Street. Bit petty."
        ),
    ),
    case(
        "nerf zombie game litter",
        (
            "Kids in the park playing some zombie shooting game with nerf guns. Totally harmless but they leave "
            "the foam darts and wrappers everywhere."
        ),
    ),
    case(
        "farmer doing the pigeons",
        (
            "Heard shots across the valley from about 6am. It's the farmer doing the pigeons on the rape field "
            "like every spring, just logging it so nobody panics."
        ),
    ),
    case(
        "lambing dead busy gate",
        (
            "Lambing has us dead busy so we've not been checking the back field gate by the lane. Someone has "
            "left it open twice this week and the ewes were on the road. Walkers?"
        ),
    ),
    case(
        "post office queue skimmer",
        (
            "The queue in the post office is killing me but that's not why I'm writing - the cash machine outside "
            "it has a loose plastic bit over the card slot. Looks like it's been tampered with."
        ),
    ),
    case(
        "speedwatch a38 no plates",
        (
            "Bloody freezing at the roadside this morning. Speed Watch on the A38 7.30-8.30: 41 vehicles over 35 "
            "in the 30 limit, the fastest was 52. Sign is working again."
        ),
    ),
    case(
        "horror film fake blood",
        (
            "Some students were filming a horror film in Cuckoo Woods with fake blood everywhere, scared a dog "
            "walker half to death. They say they had the landowner's permission."
        ),
    ),
    case(
        "chippy dead busy parking",
        (
            "Dead busy at the chippy on Mill Street every Friday and the cars are parked on the pavement all the "
            "way down, had to push the pram in the road."
        ),
    ),
    case(
        "halls alarm burnt toast",
        (
            "Fire alarm in the uni halls went off at 3am again. Burnt toast, as usual. 300 of us stood in the car "
            "park in pyjamas. Is there anything the police can do? Probably not lol"
        ),
    ),
    case(
        "allotment bonfire smoke",
        (
            "Bonfire on the allotments blowing thick smoke across the whole estate, washing ruined. I know it's "
            "allowed but is there a time limit?"
        ),
    ),
    case(
        "trolley in canal sarcasm",
        (
            "Oh brilliant, another shopping trolley in the canal. Really brightens up the towpath. Third one this "
            "month, fantastic."
        ),
    ),
    case(
        "underpass lights out commuter",
        (
            "The lights in the underpass by the station are out again. I walk through at 6am for the train and "
            "it's pitch black. I didn't feel safe at all."
        ),
    ),
    case(
        "coop door propped nights",
        (
            "Coming off nights at about 6 I noticed the back door of the Co-op propped open and nobody about. "
            "Could just be a delivery but thought I'd mention it."
        ),
    ),
    case(
        "carer white van five am",
        (
            "I'm a home carer doing early calls round the village and I've seen an unmarked white van creeping "
            "along with its lights off at about 5am on three mornings now. Couldn't get the plate."
        ),
    ),
    case(
        "shoplifter vodka grey trackie",
        (
            "Had a shoplifter in this afternoon, young man in a grey tracksuit, took two bottles of vodka and ran "
            "towards the bus station. CCTV is saved if you want it. Crime ref to follow."
        ),
    ),
    case(
        "zigzags st marys",
        (
            "Parents parking on the zigzags outside St Mary's every single morning. A child was nearly clipped "
            "last week. Could someone come down at 8.40?"
        ),
    ),
    case(
        "quarry blasting welsh",
        (
            "Duw, the blasting from the quarry shook the windows again this afternoon, the dresser rattled. Is it "
            "within their hours, do you know?"
        ),
    ),
    case(
        "bins set alight out now",
        (
            "Some kids set the big bins alight behind the shops on Kirk Road last night. Fire brigade came and "
            "put it out, nobody hurt. Just so it's on record."
        ),
    ),
    case(
        "boxing club finish him",
        (
            "Before anyone reports it, the shouting of 'hit him' and 'finish him' from the boxing club on Canal "
            "Street on Wednesday nights is sparring. Doors are open because of the heat."
        ),
    ),
    case(
        "game butcher drain blood",
        (
            "Blood running into the road drain outside the game butcher's on the industrial estate. Looks like "
            "they hose the yard straight into it. Environmental issue rather than anything else."
        ),
    ),
    case(
        "darts night closing",
        (
            "Darts night at the Red Lion gets loud at closing, people shouting in the car park. Nothing nasty, "
            "just loud, it's every Thursday."
        ),
    ),
    case(
        "new in town motorbikes",
        (
            "Hello. I am new in this town from two months. Every night at 2 o'clock motorbikes are very loud on "
            "the ring road, racing I think. Is it allowed? Thank you."
        ),
    ),
    case(
        "caps bus shelter london road",
        (
            "THE BUS SHELTER ON LONDON ROAD HAS BEEN SMASHED FOR THE THIRD TIME THIS MONTH. GLASS ALL OVER THE "
            "PAVEMENT. WHEN IS SOMEBODY GOING TO DO SOMETHING"
        ),
    ),
    case(
        "voice car corner elm park",
        (
            "hi yes so there's a car been parked on the corner of elm road and park avenue for about two weeks "
            "now tyres are flat and there's moss on it no idea whose it is"
        ),
    ),
    case(
        "formal fly tipping b4632",
        (
            "Dear Sir or Madam, I write to draw your attention to the persistent fly-tipping in the lay-by on the "
            "B4632 near the old toll house. Mattresses and builders' rubble. Yours faithfully, a resident."
        ),
    ),
    case(
        "speedwatch thursday session",
        (
            "Speed Watch team out on Ledbury Road Thursday 7-9am with the council-approved speed gun, just "
            "letting you know in case anyone rings about people in hi-vis at the roadside."
        ),
    ),
    case(
        "watch meeting village hall",
        (
            "We're holding a Watch meeting in the village hall next Tuesday at 7 to talk about the shed "
            "break-ins. Could an officer come and give some advice?"
        ),
    ),
    case(
        "advice not approaching",
        (
            "I'm not going to approach anyone, I'm 74, but what's the advice if I see the lads messing with the "
            "cars in the car park again? Ring 101 or 999?"
        ),
    ),
    case(
        "councillor streetlights",
        (
            "Our ward councillor promised the streetlights on Pit Lane would be fixed in January. It's March. "
            "Still dark."
        ),
    ),
    case(
        "takeaway fat down drain",
        (
            "The takeaway on Broad Street is pouring fat down the drain out the back, the whole lane stinks and "
            "the drain's blocked."
        ),
    ),
    case(
        "drugs ruining town general",
        (
            "Drug dealing is ruining this town. The council needs to put money back into the youth club instead "
            "of cutting it. Not a report about anyone, just fed up."
        ),
    ),
    case(
        "cemetery strimmers volunteers",
        (
            "Strimmers going at the cemetery at half 7 on a Saturday. It's the friends-of volunteers, so the "
            "noise is legit, but thought I'd say in case someone thinks it's vandals."
        ),
    ),
    case(
        "riders no hivis dusk",
        (
            "Horse riders on Cutler's Lane at dusk with no hi-vis. I came round the bend and nearly hit one. Not "
            "blaming anyone, just a dangerous spot."
        ),
    ),
    case(
        "slurry three days",
        (
            "Slurry spreading stink over the whole village. I know it's farming and we live in the country but "
            "three days?"
        ),
    ),
    case(
        "anglers fish guts path",
        (
            "Anglers at the reservoir gutting their catch with knives on the bank and leaving the guts on the "
            "footpath. The dogs keep eating it."
        ),
    ),
    case(
        "husband kill me streetlight",
        ("My husband will kill me for reporting this again but the streetlight outside the church is still out."),
    ),
    case(
        "lifeboat crowd harbour",
        (
            "Lifeboat launched off the slipway this afternoon and loads of people crowded the harbour wall to "
            "watch, blocking the road completely. Ambulance had to wait."
        ),
    ),
    case(
        "disposable bbqs dunes",
        ("People lighting disposable barbecues in the dunes again, scorch marks all over. Come July that'll go up."),
    ),
    case(
        "market pallets square",
        (
            "Market traders leaving pallets and cardboard all over the square after Thursday market. It blew into "
            "the road this week."
        ),
    ),
    case(
        "freshers convicts fancy dress",
        (
            "Freshers week: lads dressed as convicts and coppers running round the town centre at midnight. Noisy "
            "but good-natured, no bother really."
        ),
    ),
    case(
        "cafe going down a bomb",
        (
            "The new cafe on the corner of Wharf Street is going down a bomb, which is great, but the parking "
            "outside is chaos by 10am."
        ),
    ),
    case(
        "pavement shot to pieces",
        (
            "The pavement outside the school is shot to pieces. A mum went over on her ankle last week. Has "
            "highways been told?"
        ),
    ),
    case(
        "remembrance salute blanks",
        (
            "Remembrance parade will close the High Street 10 till 12. The cadets fire a salute with blanks at "
            "the memorial, in case anyone rings in about gunshots."
        ),
    ),
    case(
        "bangladeshi restaurant grill smoke",
        (
            "The smoke I reported behind the Bangladeshi restaurant on Queen Street was just their charcoal "
            "grill, the manager showed me. Please close it."
        ),
    ),
    case(
        "polish shop window victim",
        (
            "The Polish shop on Station Road has had its window smashed for the second time. The owner is really "
            "shaken. I worry it's a hate thing."
        ),
    ),
    case(
        "travellers left showground clean",
        (
            "Credit where it's due, the traveller families who stayed on the showground for the horse fair left "
            "it spotless. Not a complaint at all."
        ),
    ),
    case(
        "mosque open day parking",
        (
            "The mosque on Albert Road is holding an open day on Saturday, they've asked us to let the Watch know "
            "to expect parking on the surrounding streets."
        ),
    ),
    case(
        "anti polish graffiti",
        (
            "Someone has sprayed anti-Polish graffiti on the bus shelter by the primary school. Needs removing "
            "before the kids see it."
        ),
    ),
    case(
        "knife sharpening van cash",
        ("Knife sharpening van going round the village today, only wanted cash and very pushy. Is that a known scam?"),
    ),
    case(
        "tree surgeons chainsaws green",
        (
            "Tree surgeons with chainsaws on the village green, they've got council passes, so fine. But they've "
            "blocked the footpath with no signs."
        ),
    ),
    case(
        "gas main dig victoria",
        (
            "Gas board have been digging up Victoria Road all week. There was a whiff when they opened the main "
            "but their engineer said that's normal and it's gone now."
        ),
    ),
    case(
        "moor controlled burn",
        (
            "Smoke visible for miles from the A-road over the moor. The rangers told me it's a controlled burn on "
            "the heather, so nothing to send anyone to."
        ),
    ),
    case(
        "dog mess death of me",
        (
            "The dog mess on the path behind the school is going to be the death of me. Can the council put a bin "
            "at the stile?"
        ),
    ),
    case(
        "hanging baskets pulled",
        (
            "Hanging baskets pulled down along the High Street again overnight, soil everywhere. The shops paid "
            "for those."
        ),
    ),
    case(
        "quad from farm yard",
        (
            "Farm quad taken from a yard off the Tiverton road overnight. Red Honda, tracks across the field to "
            "the lane. Nobody seen."
        ),
    ),
    case(
        "dead badger lane",
        "Dead badger on the lane by the school, been there a week now and the kids are poking it.",
    ),
    case(
        "blood van car park",
        (
            "The blood donation van will be in the library car park on Tuesday and take up about ten spaces, just "
            "so the Watch knows."
        ),
    ),
    case(
        "gaming kill you window",
        (
            "Teenagers yelling 'I'm going to kill you' out of an open window every night till 1am. Before anyone "
            "panics, they're gaming online with headsets. Just the noise."
        ),
    ),
    case(
        "hunt and antis tense",
        (
            "The hunt came through the village this morning with the hounds and a few protesters shouting at "
            "them. A bit tense at the crossroads but nobody hurt and they moved on."
        ),
    ),
    case(
        "ride on mower verge six",
        "Someone keeps mowing the grass verge outside the church at 6am on a ride-on. Lovely job but so loud.",
    ),
    case(
        "car dealer footway",
        "The car dealer on the bypass has cars parked half on the footway again, wheelchairs can't get past.",
    ),
    case(
        "bike thieves station general",
        (
            "Bike thieves are active at the station again, two locks cut this week in the covered racks. Camera "
            "doesn't reach."
        ),
    ),
    case(
        "fiddle folk crown",
        (
            "Fiddle and folk session at the Crown every Sunday, the music carries till late but it's actually "
            "quite nice. Only the car doors after bother us."
        ),
    ),
    case(
        "sort out bench play park",
        "Can someone sort out the broken bench in the play park? There's a nail sticking out of it.",
    ),
    case(
        "recycling lorry go round",
        (
            "The recycling lorry doesn't go round our cul-de-sac any more, bins overflowing and the foxes have "
            "been at them."
        ),
    ),
    case(
        "police foot patrol thanks",
        "Nice to see a police foot patrol in town on Saturday. Haven't seen one in years.",
    ),
    case(
        "road safety lesson pcso",
        (
            "After the near-miss at the crossing, my daughter's teacher is giving the class a lesson on road "
            "safety. Would the PCSO be able to come in for it?"
        ),
    ),
    case(
        "taxi end of drive school run",
        (
            "The taxi waits at the end of our drive with the engine running every morning, but it's just the "
            "council's school run taxi for a lad up the road. Not a complaint, someone asked."
        ),
    ),
    case(
        "follow up fence rec",
        (
            "Could you follow up on my report about the broken fence at the rec? Kids are getting onto the "
            "railway embankment through it."
        ),
    ),
    case(
        "farm shop lorries block lane",
        "Delivery lorries block the lane every morning at 7 for the farm shop. Nobody can get out for work.",
    ),
    case(
        "geordie metro footbridge",
        (
            "Lights on the Metro footbridge are oot again, pitch black, proper scary for the bairns gannin' to "
            "school in the mornin'."
        ),
    ),
    case(
        "scouse dock road pothole",
        (
            "lad there's a massive pothole on the dock road by the lights dead deep nearly took me wheel off, "
            "someone's gonna come off their bike there"
        ),
    ),
    case(
        "brummie parade cctv",
        ("Bostin' to see the new cameras up by the bus stops but the one on our parade's been broke ages. Tarra."),
    ),
    case(
        "west country stile",
        (
            "Stile by the church been broke since Michaelmas, my lover. Council says they'll do it dreckly. "
            "Someone'll break a leg."
        ),
    ),
    case(
        "yorkshire moor motorbikes",
        (
            "Nowt's been done about them motorbikes on t'moor, tearing up the footpaths every weekend. Can't walk "
            "t'dog up there of a Sunday."
        ),
    ),
    case(
        "scots close stair light",
        (
            "The light on the stair's been oot a fortnight, it's dark as onything comin' in fae the late shift. "
            "Factor says it's no' their job."
        ),
    ),
    case(
        "cricket bat left rec",
        (
            "Cricket bat and pads left on the bench at the rec since Sunday's match, in case someone's looking "
            "for them. I've put them in the pavilion."
        ),
    ),
    case(
        "shed breakins general advice",
        (
            "Four sheds broken into on the allotments this month. Is there any advice on locks? I don't want to "
            "sit up all night worrying."
        ),
    ),
    case(
        "caps parking match days",
        ("MATCH DAYS ARE A NIGHTMARE!!! CARS ON EVERY VERGE, ACROSS DRIVES, ON THE GRASS. WE PAY COUNCIL TAX TOO."),
    ),
    case(
        "one liner graffiti",
        "Graffiti on the subway again.",
    ),
    case(
        "one liner smashed bottles",
        "Smashed bottles all over the skate park.",
    ),
    case(
        "texting scooters estate",
        "e scooters flying thru the estate on the pavement again 2nite nearly took out my nan smh",
    ),
    case(
        "deer knocked down dead",
        ("A deer has been knocked down and killed on the Bishop's road, it's lying half in the lane. Who do I ring?"),
    ),
    case(
        "gun club open day",
        (
            "The clay pigeon club is having an open day on Sunday, there'll be shooting from 10 till 4 on the "
            "hill. They've told the parish, passing it on."
        ),
    ),
    case(
        "pensioner scam call",
        (
            "My mum got a call from someone claiming to be from her bank saying her account was hacked. She "
            "didn't give anything. Just warning others in the scheme."
        ),
    ),
    case(
        "grass fire verge out",
        ("Small grass fire on the verge by the bypass earlier, out now, probably a fag end. Just for the record."),
    ),
    case(
        "coach across church funeral",
        (
            "A tour coach parked across the church entrance during a funeral, the driver moved it when asked. "
            "Maybe a sign would help?"
        ),
    ),
    case(
        "shopkeeper cigarettes delivery",
        (
            "I run the newsagent's on Bridge Street. Our tobacco delivery comes at 6am and there's been a car "
            "sitting opposite watching two mornings running. No plate seen."
        ),
    ),
    case(
        "public figure football star",
        (
            "That footballer who lives up at the manor has his party guests parking along the lane every weekend, "
            "blocking the bus. I know he's famous but still."
        ),
    ),
    case(
        "caravan park fireworks coast",
        (
            "Fireworks being let off on the beach by the caravan park around midnight. Lovely display but the "
            "bangs are setting off every dog on the site."
        ),
    ),
    case(
        "transit dropped kerb gorse",
        (
            "Red Transit van VN17 OPU parked across the dropped kerb on Gorse Lane every night. My mum can't get "
            "her mobility scooter out."
        ),
        IP,
    ),
    case(
        "number 22 orchard way dogs",
        (
            "The man at number 22 Orchard Way leaves his two dogs barking in the yard all day while he's at work. "
            "It's been months."
        ),
        IP,
    ),
    case(
        "dave pearson recovery truck",
        ("Dave Pearson from the garage keeps parking his recovery truck on the village green and churning it up."),
        IP,
    ),
    case(
        "flat 3 jubilee court music",
        "Flat 3, Jubilee Court. Music until 4am every Friday and Saturday, bass through the floor.",
        IP,
    ),
    case(
        "speedwatch mill lane plates",
        (
            "Speed Watch, Mill Lane, Tues 8-9am. 23 over the limit. Worst three: BD19 KLM at 44, YR66 PXT at 42, "
            "and a black Range Rover we couldn't read at 41."
        ),
        IP,
    ),
    case(
        "voice fiesta doughnuts",
        (
            "there's a blue fiesta reg ends in L X F no wait it's S T 1 4 L X F been doing doughnuts in the asda "
            "car park every night about eleven"
        ),
        IP,
    ),
    case(
        "lad at spar energy drinks",
        (
            "The lad who works evenings at the Spar on Hill Road keeps selling energy drinks to the little ones "
            "from the primary, they're bouncing off the walls at the bus stop."
        ),
        IP,
    ),
    case(
        "carer client door open",
        (
            "My client Mrs Joan Ellis at 4 Church View had her front door left wide open this morning when I "
            "arrived. Nothing taken that she can tell. She's fine, just shaken."
        ),
        IP,
    ),
    case(
        "student let bins 17 cavendish",
        (
            "The student house at 17 Cavendish Road has had its bins out on the pavement for three weeks, rubbish "
            "everywhere."
        ),
        IP,
    ),
    case(
        "kerry above bakery shouting",
        (
            "The woman from the flats above the bakery, Kerry, keeps coming into the shop drunk and shouting at "
            "my Saturday girl. I don't want her banned, I just want it on record."
        ),
        IP,
    ),
    case(
        "merc disabled bay station",
        "Same grey Merc, GN70 WZE, in the disabled bay at the station every morning. No blue badge showing.",
        IP,
    ),
    case(
        "hargreaves tractor square",
        (
            "Mr Hargreaves who farms up Top End keeps driving his tractor and trailer through the square at "
            "school pick-up and there's mud everywhere."
        ),
        IP,
    ),
    case(
        "jet ski pitch 42",
        (
            "The bloke with the jet ski from the caravan on pitch 42 at Sandy Bay park goes flat out right in "
            "among the swimmers every afternoon."
        ),
        IP,
    ),
    case(
        "jaydens dad zigzags",
        (
            "Jayden's dad from Year 4 parks his white BMW on the zigzags every morning and swore at the lollipop "
            "lady when she asked him to move."
        ),
        IP,
    ),
    case(
        "formal fence 9 larch close",
        (
            "I wish to report that the occupant of 9 Larch Close has erected a fence across the public footpath "
            "at the rear of the property. I would be grateful if this could be passed to the rights of way "
            "officer."
        ),
        IP,
    ),
    case(
        "old tom milk bell lane",
        (
            "Old Tom in the end cottage on Bell Lane hasn't taken his milk in for two days and his curtains are "
            "shut. Probably away at his daughter's but could someone check?"
        ),
        IP,
    ),
    case(
        "susan hartley hedge",
        (
            "Susan Hartley at the Old Rectory has let her leylandii grow right over the pavement, you have to "
            "walk in the road."
        ),
        IP,
    ),
    case(
        "texting plate pavement",
        "silver corsa FY12 ODA on the pavement outside greggs again 4th time this wk",
        IP,
    ),
    case(
        "welsh bryn quad lanes",
        (
            "Bryn Morgan from Tŷ Gwyn farm has been racing his quad up and down the lanes at night with no "
            "lights, it's a wonder nobody's been killed."
        ),
        IP,
    ),
    case(
        "shift worker 58 kingsway",
        (
            "I work nights and the house at 58 Kingsway has had a car alarm going off at 3am most nights this "
            "week, no one comes out to it."
        ),
        IP,
    ),
    case(
        "caps plate school run",
        "THE BLACK AUDI LR68 XWN NEARLY TOOK OUT A CHILD ON THE CROSSING THIS MORNING. DOING AT LEAST 40.",
        IP,
    ),
    case(
        "non native 6 rose street",
        (
            "Good evening. The neighbour in house 6 Rose Street make party every night with many cars, I cannot "
            "sleep for my work at 5am. Please what can I do?"
        ),
        IP,
    ),
    case(
        "market trader named van",
        (
            "Gary from the veg stall on the market leaves his van on the double yellows by the chemist all day "
            "Thursdays."
        ),
        IP,
    ),
    case(
        "dealer 31 meadow rise",
        ("The bloke at 31 Meadow Rise is a dealer, no question. Cars pull up for two minutes, all night, every night."),
        IP,
        ACC,
    ),
    case(
        "whitlock on the fiddle",
        (
            "Everyone knows Gary Whitlock on Sandpit Lane is on the fiddle. Claims he can't work with his back "
            "but he's up ladders cash-in-hand all week."
        ),
        IP,
        ACC,
    ),
    case(
        "nonce flat 6 carlton",
        "That nonce in flat 6 Carlton House has been hanging round the swings again.",
        IP,
        ACC,
    ),
    case(
        "druggies end house prince",
        ("The druggies in the end house on Prince Street are leaving needles in the back lane where the kids play."),
        IP,
        ACC,
    ),
    case(
        "red scooter lad thief",
        (
            "The lad on the red scooter who hangs about the rec is a thief, he had my son's bike off him and rode "
            "off laughing."
        ),
        ACC,
    ),
    case(
        "grass at hairdressers",
        ("Her that works in the hairdresser's on Market Street is a grass, that's how you lot knew about the van."),
        IP,
        ACC,
    ),
    case(
        "scrote above launderette",
        (
            "The scrote who lives above the launderette on King Street has been knocking off parcels off "
            "doorsteps all down the road."
        ),
        IP,
        ACC,
    ),
    case(
        "moncler lad selling",
        (
            "He's the one selling stuff to the kids at the bus station, the tall lad in the black Moncler coat "
            "with the little dog. Everybody knows."
        ),
        ACC,
    ),
    case(
        "number 14 benefit claim",
        (
            "I reckon the woman at 14 Poplar Drive is claiming single person discount and benefits while her "
            "fella lives there full time, his van's there every night."
        ),
        IP,
        ACC,
    ),
    case(
        "kev rowe diesel",
        (
            "Kev Rowe from the farm at the top of the hill nicks red diesel off the contractors' diggers every "
            "weekend, he's got a bowser in his shed."
        ),
        IP,
        ACC,
    ),
    case(
        "welsh gareth lead",
        (
            "That Gareth Price by the chapel, he's been knocking off the lead from the old school roof, mun. Seen "
            "him with the ladders."
        ),
        IP,
        ACC,
    ),
    case(
        "scots junkie close",
        ("Yon junkie in the close at 12 Baird Street is shooting up on the stair again, weans have to step over him."),
        IP,
        ACC,
    ),
    case(
        "caps scum number 9",
        "THE SCUM AT NUMBER 9 HAWTHORN AVENUE HAVE DUMPED ANOTHER SOFA IN THE ALLEY. ANIMALS.",
        IP,
        ACC,
    ),
    case(
        "voice paedo van man",
        (
            "the man with the ice cream van that parks on lime street is a paedo everyone says it he gives the "
            "girls free ones"
        ),
        IP,
        ACC,
    ),
    case(
        "yorkshire thieving beggar",
        (
            "Him at t'top house on Stoney Bank is a thieving beggar, had my wheelbarrow and mi strimmer and he's "
            "not even hiding 'em."
        ),
        IP,
        ACC,
    ),
    case(
        "plain fencing stolen tools",
        (
            "The lad who does the car valeting at the Shell garage on Bath Road is fencing stolen power tools out "
            "of his boot, I was offered a drill for twenty quid."
        ),
        IP,
        ACC,
    ),
    case(
        "school gate mum dealing",
        (
            "One of the mums at the school gate, Leanne from Foxglove Road, is dealing out of her car at pick-up, "
            "it's disgusting."
        ),
        IP,
        ACC,
    ),
    case(
        "brummie cowboy builder",
        (
            "That builder Stevie Nash off Coventry Road's a proper crook, took two grand off me mum for a roof "
            "and never come back."
        ),
        IP,
        ACC,
    ),
    case(
        "going round tonight rowan",
        (
            "If the police won't do anything about the flat at 5 Rowan Court then me and the lads are going round "
            "there tonight."
        ),
        IP,
        CON,
        urgent=True,
    ),
    case(
        "deal with him ourselves",
        (
            "We've had a meeting on the close and we've decided to deal with the man at number 8 ourselves. "
            "You've had your chance."
        ),
        IP,
        CON,
    ),
    case(
        "brothers end of drive",
        ("My brothers will be waiting at the end of Lee's drive on Ferndale Road when he gets back from the pub."),
        IP,
        CON,
        urgent=True,
    ),
    case(
        "garage patrols this weekend",
        (
            "A few of us are starting our own night patrols round the lock-up garages with torches and the dogs, "
            "from this weekend. Somebody has to."
        ),
        CON,
        urgent=True,
    ),
    case(
        "speedwatch followed pickup",
        (
            "Speed Watch this morning on the Hereford road. The red pickup that did 58 came back round so I "
            "followed it in my car to the industrial estate to see where it goes."
        ),
        CON,
    ),
    case(
        "step out in front golf",
        (
            "Next time that Golf comes flying past the school I'm stepping out in front of it with the sign, "
            "let's see if he stops then."
        ),
        CON,
    ),
    case(
        "block him in tomorrow",
        (
            "We'll park across his drive tomorrow morning so he can't do the school run at 50 again, the silver "
            "Qashqai at 11 Larkspur Way."
        ),
        IP,
        CON,
        urgent=True,
    ),
    case(
        "facebook photo hill top",
        (
            "The man at 3 Hill Top keeps taking photos of the kids at the bus stop. I'm putting his picture and "
            "address on the village Facebook page so parents know."
        ),
        IP,
        CON,
    ),
    case(
        "should i go round 19",
        (
            "Should I go round and have a word with number 19 Acacia Avenue about the dog? I'm going to anyway if "
            "it's still barking on Sunday."
        ),
        IP,
        CON,
        urgent=True,
    ),
    case(
        "good mind tyres",
        (
            "Got a good mind to let the tyres down on that camper van that's been on Ash Road a month, see how he "
            "likes being stuck."
        ),
        CON,
    ),
    case(
        "whats coming mark my words",
        (
            "The lad at 2 Ferry Row is going to get what's coming to him, mark my words. People round here have "
            "had enough."
        ),
        IP,
        CON,
        urgent=True,
    ),
    case(
        "hold him honesty box",
        (
            "If I catch whoever's nicking from the honesty box at our farm gate again I'll hold onto him till you "
            "get here. Citizen's arrest, that's allowed isn't it?"
        ),
        CON,
    ),
    case(
        "whatsapp run them out",
        (
            "We've set up a WhatsApp group on the estate to track the dealers' cars and run them out ourselves. "
            "Forty members already."
        ),
        CON,
    ),
    case(
        "caps cricket bat tonight",
        (
            "I'M DONE WAITING FOR YOU LOT. IF THOSE KIDS ARE ON MY WALL AGAIN TONIGHT I'M GOING OUT THERE WITH "
            "THE CRICKET BAT."
        ),
        CON,
        urgent=True,
    ),
    case(
        "scouse word number 40",
        (
            "me and our kid are gonna go round and have a word with the fella at number 40 Ribble Street tonight, "
            "he's been revving that bike till 2 every night, sound"
        ),
        IP,
        CON,
        urgent=True,
    ),
    case(
        "geordie hoy him ower",
        (
            "If that radgie at 7 Back Row keeps pinchin' wor parcels ah'm gannin roond to hoy him ower the wall, "
            "divvent care."
        ),
        IP,
        ACC,
        CON,
        urgent=True,
    ),
    case(
        "yorkshire stood end moor lane",
        (
            "Nobody's doing owt so a few of us'll be stood at t'end of Moor Lane wi' torches from Friday night, "
            "stopping any car we don't know."
        ),
        CON,
        urgent=True,
    ),
    case(
        "brummie darren sort corsa",
        (
            "Our Darren reckons he'll sort the bloke in the blue Corsa out if he sees him down the cut again, I "
            "told him not to but you know what he's like."
        ),
        CON,
    ),
    case(
        "formal remove caravan friday",
        (
            "I must inform you that, absent any action by Friday, residents intend to remove the caravan from the "
            "verge on Mill Road ourselves and tow it to the tip."
        ),
        CON,
        urgent=True,
    ),
    case(
        "farm sit up barn tonight",
        (
            "We've been losing diesel from the tanks so me and the neighbour are going to sit up in the barn "
            "tonight with the lights off and catch them at it."
        ),
        CON,
        urgent=True,
    ),
    case(
        "coast block slipway sunday",
        (
            "The jet ski lot keep racing in among the swimmers. A few of us are taking a boat out on Sunday to "
            "block the slipway so they can't launch."
        ),
        CON,
        urgent=True,
    ),
    case(
        "name and shame plates",
        (
            "From now on I'm photographing every car that parks on the zigzags and posting the plates on the "
            "school mums' page. Name and shame."
        ),
        CON,
    ),
    case(
        "plain waiting for him",
        "I know what time he leaves the Crown. I'll be there.",
        CON,
        urgent=True,
    ),
    case(
        "paint his van",
        (
            "Whoever keeps dumping rubble in the gateway, when I find out whose van it is it's getting a tin of "
            "paint over the windscreen."
        ),
        CON,
    ),
    case(
        "shopkeeper chase next time",
        (
            "Third shoplift this week. Next time they walk out with the booze I'm chasing them down the street, I "
            "don't care what the rules say."
        ),
        CON,
    ),
    case(
        "lesson keyed cars",
        ("The lads who keyed the cars on Beacon Road want teaching a lesson and a few of the dads are up for it."),
        CON,
    ),
    case(
        "non native we will catch",
        (
            "Every night someone try the door of our cars. Tonight my husband and brother will wait in the car "
            "with the light off to catch him."
        ),
        CON,
        urgent=True,
    ),
    case(
        "student landlord keep out",
        (
            "Our landlord at 22 Cavendish Road keeps letting himself in without notice. Next time we're jamming "
            "the door and we'll physically stop him coming in."
        ),
        IP,
        CON,
    ),
    case(
        "voice wait up for them",
        (
            "right so the lads who've been doing the sheds we're going to wait up for them tomorrow night behind "
            "the allotments me and two others with the dogs"
        ),
        CON,
        urgent=True,
    ),
    case(
        "speedwatch stop cars ourselves",
        (
            "Speed Watch is pointless if nobody gets a letter. From Monday we're going to stand in the road and "
            "wave them down ourselves and have a word."
        ),
        CON,
        urgent=True,
    ),
    case(
        "since that lot abroad",
        ("Since that lot moved in from abroad the sheds round here have started getting done. Never had it before."),
        IDS,
    ),
    case(
        "eastern europeans van scoping",
        (
            "Eastern Europeans in a white van cruising the village slowly, they'll be scoping for the tools, mark "
            "my words."
        ),
        IDS,
    ),
    case(
        "travellers common lock sheds",
        (
            "Travellers have pulled onto the common so lock your sheds, everyone. The thefts always start when "
            "they arrive."
        ),
        IDS,
    ),
    case(
        "asian lads cash point",
        ("Group of Asian lads hanging round the cash point on Union Street for an hour, must be up to something."),
        IDS,
    ),
    case(
        "muslim family 12 queens",
        (
            "The Muslim family at 12 Queens Road have people coming and going at all hours, men mostly. I don't "
            "like it and I think someone should look into them."
        ),
        IP,
        IDS,
    ),
    case(
        "pikey van machinery",
        "Pikey van going round the farms looking at the machinery, you know what that means.",
        IDS,
        ACC,
    ),
    case(
        "outsiders on the train",
        "It's outsiders coming in on the train that do the car break-ins round the station. Never locals.",
        IDS,
    ),
    case(
        "foreign accents doors",
        (
            "Two foreign men with strong accents knocking doors on Bramble Way asking which houses are empty at "
            "the minute. Very suspicious."
        ),
        IDS,
    ),
    case(
        "romanian beggars gang",
        (
            "Romanian beggars outside Tesco again, organised gang for sure, they get dropped off in a Mercedes at "
            "8 and picked up at 6."
        ),
        IDS,
    ),
    case(
        "asylum hotel park trouble",
        (
            "Since the asylum hotel opened on the ring road there's been nothing but trouble in the park, it's "
            "obvious where it's coming from."
        ),
        IDS,
    ),
    case(
        "traveller site quad",
        "Them off the traveller site were seen near the farm the day before the quad went. Just saying.",
        IDS,
    ),
    case(
        "chinese students weed",
        (
            "The Chinese students at 44 Elm Road must be growing weed, the windows are always covered up and you "
            "can see the lights on all night."
        ),
        IP,
        IDS,
        ACC,
    ),
    case(
        "implied not from round here",
        (
            "New family on the estate, not from round here if you get my meaning, and suddenly three bikes go "
            "missing in a week."
        ),
        IDS,
    ),
    case(
        "polish builders copper",
        (
            "Polish builders doing the house on Wyndham Street, and now copper's gone from the church roof. "
            "Coincidence? I don't think so."
        ),
        IDS,
    ),
    case(
        "caps gypsies coming",
        ("GYPSIES ARE COMING FOR THE FAIR NEXT WEEK, LOCK UP EVERYTHING, THE POLICE NEVER DO ANYTHING ABOUT THEM."),
        IDS,
    ),
    case(
        "voice kurdish car wash",
        (
            "the car wash on the old garage site is all kurdish lads and they're definitely laundering money "
            "nobody washes that many cars"
        ),
        IDS,
        ACC,
    ),
    case(
        "albanians moved into town",
        ("Albanians have been moving into town and the cannabis farms have come with them. It always is with them."),
        IDS,
    ),
    case(
        "man lying road coop",
        ("There's a man lying in the road outside the Co-op on Market Street, not moving, blood coming from his head."),
        DAN,
    ),
    case(
        "gas stairwell kestrel",
        "Really strong smell of gas in the stairwell of Kestrel House, people are still inside their flats.",
        DAN,
    ),
    case(
        "friend end it tonight",
        (
            "My friend just texted saying she's going to end it tonight and now she won't answer her phone. She "
            "lives on Park Crescent."
        ),
        DAN,
    ),
    case(
        "smoke chip shop family upstairs",
        (
            "Smoke pouring out of the upstairs window at the back of the chip shop on Fore Street, I think the "
            "family are still up there."
        ),
        DAN,
    ),
    case(
        "knives kebab shop now",
        "Two lads fighting with knives outside the kebab shop on Broad Street right now.",
        DAN,
    ),
    case(
        "toddler canal lock",
        ("Toddler on his own at the canal lock, no adult anywhere, he's right by the edge. I'm staying with him."),
        DAN,
    ),
    case(
        "voice car in ditch fen",
        (
            "there's a car gone into the ditch on the fen road by the pumping station the driver's slumped over "
            "the wheel i can't get the door open"
        ),
        DAN,
    ),
    case(
        "welsh harbour wall water",
        "Bachan fell off the harbour wall by the boats, he's in the water and he's not swimming.",
        DAN,
    ),
    case(
        "scots lassie bridge",
        "There's a lassie greetin' on the bridge parapet sayin' she's gonnae jump. I'm talking tae her.",
        DAN,
    ),
    case(
        "tablets out",
        "I don't want to be here any more. I've got the tablets out on the table.",
        DAN,
    ),
    case(
        "woman ice wrist surgery",
        (
            "Elderly woman fell on the ice outside the surgery, her wrist is at a funny angle and she can't get "
            "up. Someone's fetching a blanket."
        ),
        DAN,
    ),
    case(
        "bull hit car b road",
        "Bull's got out onto the B-road and a car's hit it, the driver's cut up badly, glass everywhere.",
        DAN,
    ),
    case(
        "tide cut off lighthouse",
        "Kids cut off by the tide on the rocks below the lighthouse, the water's coming in fast.",
        DAN,
    ),
    case(
        "barn fire spreading house",
        "Barn fire at the top of the lane and it's spreading to the farmhouse, flames through the roof.",
        DAN,
    ),
    case(
        "dog child pinned park",
        "Big dog has a little boy pinned on the ground in the park by the pond, his mum's screaming.",
        DAN,
    ),
    case(
        "machete underpass",
        "Lad waving a machete about in the underpass by the station, people running out both ends.",
        DAN,
    ),
    case(
        "collapsed bus stop kingsway",
        ("Walking home off shift, bloke's collapsed at the bus stop on Kingsway. He's breathing but I can't wake him."),
        DAN,
    ),
    case(
        "carer mrs patel floor",
        (
            "I've arrived for my call and Mrs Patel at 3 Willow Close is on the floor, she's cold and confused "
            "and the back door was open all night."
        ),
        IP,
        DAN,
    ),
    case(
        "caps knife fox street",
        "HE'S GOT A KNIFE AND HE'S SAYING HE'LL USE IT ON HER, 27 FOX STREET, PLEASE HURRY.",
        IP,
        DAN,
    ),
    case(
        "geordie bairn ice pond",
        "Bairn's gone through the ice on the pond at the park, his mate's gone in after him, neither's oot.",
        DAN,
    ),
    case(
        "halls housemate pills",
        (
            "My housemate has taken a load of pills and keeps saying she doesn't care what happens. We're in "
            "halls, block C."
        ),
        DAN,
    ),
    case(
        "scots done wi it aw",
        "am done wi it aw. naebody would miss me. said ma goodbyes.",
        DAN,
    ),
    case(
        "hissing meter box flats",
        (
            "Hissing from the meter box and a rotten egg smell on the landing, and the old chap along the landing "
            "has gone to bed with his heater on."
        ),
        DAN,
    ),
    case(
        "formal gentleman churchyard",
        (
            "I regret to report that a gentleman has collapsed in the churchyard and appears to be unresponsive. "
            "I have asked a passer-by to telephone for an ambulance."
        ),
        DAN,
    ),
    case(
        "screaming flat above hitting",
        "Screaming from the flat above me, sounds like he's hitting her, things smashing. It's still going.",
        DAN,
    ),
    case(
        "cyclist knocked roundabout",
        (
            "Cyclist knocked off on the roundabout by the garden centre, the van drove off, he's bleeding from "
            "his leg and can't stand."
        ),
        DAN,
    ),
    case(
        "yorkshire lass weir",
        "Lass has gone under at t'weir and she's not come back up. Her dog's still on t'bank.",
        DAN,
    ),
    case(
        "husband gone out hammer",
        ("The man who hit my boy is outside the Wheatsheaf now and my husband's gone out after him with a hammer."),
        CON,
        DAN,
    ),
    case(
        "texting lad stabbed",
        "lad just got stabbed outside the bookies on high st hes on the floor theres loads of blood",
        DAN,
    ),
    case(
        "plain not waking baby",
        "My baby's gone floppy and won't wake up properly.",
        DAN,
    ),
    case(
        "kitchen fire orchard row",
        (
            "Flames coming out of a kitchen window on Orchard Row and the smoke alarm's screaming, I think "
            "someone's still inside."
        ),
        DAN,
    ),
    case(
        "dialect chap bleeding",
        (
            "Chap's come off his motorbike on the bends by the Plough, he's in the hedge, blood all down him, not "
            "making sense."
        ),
        DAN,
    ),
    case(
        "non native man in river",
        (
            "Please help, a man is in the river near the bridge of the park and he is not coming up, I see only "
            "his coat."
        ),
        DAN,
    ),
    case(
        "farm slurry pit",
        "One of the lads has gone into the slurry pit trying to get the dog out, he's gone quiet.",
        DAN,
    ),
    case(
        "shotgun argument lane",
        "Two men arguing in the lane behind the pub and one of them has just got a shotgun out of his truck.",
        DAN,
    ),
    case(
        "sarcastic heat stroke",
        (
            "Great, so the Speed Watch volunteer on the A49 has just fainted in this heat and hit her head on the "
            "kerb. She's not responding much."
        ),
        DAN,
    ),
    case(
        "rep 14 alder close",
        "Number 14 Alder Close again. The van's on the pavement and the music's going.",
        IP,
        REP,
        reporter_id=101,
        history=(
            Earlier(3, 101, "White van outside 14 Alder Close blocking the path again."),
            Earlier(10, 101, "Loud party at 14 Alder Close until 3am."),
            Earlier(18, 102, "Cars all over the verge by 14 Alder Close."),
        ),
    ),
    case(
        "rep plate kp21 xrt",
        "KP21 XRT speeding past the school again this morning.",
        IP,
        REP,
        reporter_id=205,
        history=(
            Earlier(2, 205, "KP21 XRT doing about 50 down Church Street."),
            Earlier(9, 205, "Black Golf KP21 XRT parked on the zigzags at drop-off."),
            Earlier(15, 205, "KP21 XRT again, revving outside the school."),
        ),
    ),
    case(
        "rep craig denton",
        "Craig Denton is at it again, revving the bike at 1am outside his mum's.",
        IP,
        REP,
        reporter_id=311,
        history=(
            Earlier(5, 311, "Craig Denton on Sycamore Road revving his motorbike at midnight."),
            Earlier(12, 311, "Craig Denton's bike again, woke the baby."),
            Earlier(20, 312, "Motorbike noise, Craig Denton from Sycamore Road."),
        ),
    ),
    case(
        "rep druggie 8 fern bank",
        "The druggie at 8 Fern Bank has had visitors all night again.",
        IP,
        ACC,
        REP,
        reporter_id=402,
        history=(
            Earlier(1, 402, "Cars in and out of 8 Fern Bank all evening."),
            Earlier(6, 402, "8 Fern Bank again, people knocking at 2am."),
            Earlier(13, 402, "Someone shouting outside 8 Fern Bank."),
        ),
    ),
    case(
        "rep mill cottages tonight",
        "Fourth time I've reported 2 Mill Cottages. Nothing's happened, so we're going round tonight.",
        IP,
        CON,
        REP,
        reporter_id=517,
        urgent=True,
        history=(
            Earlier(4, 517, "Bonfires at 2 Mill Cottages, smoke in our house."),
            Earlier(11, 517, "2 Mill Cottages burning rubbish again."),
            Earlier(19, 517, "Dog from 2 Mill Cottages loose on the lane."),
        ),
    ),
    case(
        "rep polish family heather",
        "The Polish family at 23 Heather Way again, strange cars outside till late.",
        IP,
        IDS,
        REP,
        reporter_id=620,
        history=(
            Earlier(3, 620, "Vans at 23 Heather Way at all hours."),
            Earlier(8, 620, "23 Heather Way have had people in and out again."),
            Earlier(16, 621, "Strangers going into 23 Heather Way."),
        ),
    ),
    case(
        "rep flat 9 tannery",
        "Flat 9 Tannery Court, banging on the walls again at midnight.",
        IP,
        REP,
        reporter_id=733,
        history=(
            Earlier(2, 733, "Noise from Flat 9 Tannery Court till 1am."),
            Earlier(7, 734, "Flat 9 Tannery Court shouting on the balcony."),
            Earlier(14, 733, "Flat 9 Tannery Court again, music."),
        ),
    ),
    case(
        "rep speedwatch ov19",
        "Speed Watch Ross Road: OV19 HHP at 46 again, third session running.",
        IP,
        REP,
        reporter_id=845,
        history=(
            Earlier(6, 845, "Speed Watch Ross Road: OV19 HHP recorded at 44."),
            Earlier(13, 846, "OV19 HHP at 49 on Ross Road, Speed Watch session 8am."),
            Earlier(20, 845, "OV19 HHP again, 43 in the 30."),
        ),
    ),
    case(
        "rep end house brook row",
        "The woman in the end house on Brook Row has left her bins in the lane again.",
        IP,
        REP,
        reporter_id=951,
        history=(
            Earlier(4, 951, "End house on Brook Row, bins across the lane."),
            Earlier(12, 951, "The woman at the end house, Brook Row, parked across my gate."),
            Earlier(22, 951, "End house Brook Row, hedge cuttings dumped in the lane."),
        ),
    ),
    case(
        "rep cavendish party again",
        "17 Cavendish Road party AGAIN. This is every weekend now.",
        IP,
        REP,
        reporter_id=1062,
        history=(
            Earlier(6, 1062, "Party at 17 Cavendish Road until 4am."),
            Earlier(13, 1062, "17 Cavendish Road, music and people in the street."),
            Earlier(21, 1063, "Students at 17 Cavendish Road shouting at 3am."),
        ),
    ),
    case(
        "rep number 5 cherry walk",
        "Number 5 Cherry Tree Walk, that man's watching the house across the road with binoculars again.",
        IP,
        REP,
        reporter_id=1170,
        history=(
            Earlier(2, 1170, "Man at 5 Cherry Tree Walk staring at houses from his window."),
            Earlier(9, 1170, "5 Cherry Tree Walk again, he was photographing cars."),
        ),
    ),
    case(
        "rep grass hairdresser",
        "That grass Donna Pike is at it again, phoning you lot about our cars.",
        IP,
        ACC,
        REP,
        reporter_id=1288,
        history=(
            Earlier(3, 1288, "Donna Pike on Coronation Street keeps reporting us for nothing."),
            Earlier(10, 1288, "Donna Pike has been watching our house."),
            Earlier(17, 1289, "Donna Pike from Coronation Street taking photos of our drive."),
        ),
    ),
    case(
        "rep plate gf15 ozl formal",
        (
            "I write once again regarding the vehicle GF15 OZL, which was parked on the footway outside the "
            "surgery this morning."
        ),
        IP,
        REP,
        reporter_id=1301,
        history=(
            Earlier(5, 1301, "Vehicle GF15 OZL obstructing the surgery footway."),
            Earlier(12, 1301, "GF15 OZL again on the footway by the surgery."),
            Earlier(26, 1301, "GF15 OZL parked on the pavement, wheelchair user forced into road."),
        ),
    ),
    case(
        "norep old reports alder",
        "Number 14 Alder Close has the van on the pavement again.",
        IP,
        reporter_id=101,
        history=(
            Earlier(45, 101, "White van outside 14 Alder Close blocking the path."),
            Earlier(62, 101, "Loud party at 14 Alder Close."),
            Earlier(90, 102, "Cars all over the verge by 14 Alder Close."),
        ),
    ),
    case(
        "norep different addresses",
        "Van on the pavement outside 14 Linden Avenue.",
        IP,
        reporter_id=1420,
        history=(
            Earlier(3, 1420, "Van on the pavement outside 3 Linden Avenue."),
            Earlier(8, 1420, "Car across the dropped kerb at 21 Linden Avenue."),
            Earlier(12, 1420, "Skip outside 30 Linden Avenue with no lights."),
        ),
    ),
    case(
        "norep many reporters alarm",
        "The burglar alarm at 40 Station Road has been ringing since Friday, nobody's home.",
        IP,
        reporter_id=1501,
        history=(
            Earlier(1, 1502, "Alarm going off at 40 Station Road."),
            Earlier(1, 1503, "40 Station Road alarm still ringing."),
            Earlier(2, 1504, "Alarm at 40 Station Road, been hours."),
            Earlier(2, 1505, "Can someone deal with the alarm at 40 Station Road?"),
            Earlier(3, 1506, "40 Station Road alarm again, no one home."),
            Earlier(3, 1507, "Alarm at 40 Station Road ringing all night."),
        ),
    ),
    case(
        "norep business car park",
        "Boy racers in the Tesco car park again last night.",
        reporter_id=1610,
        history=(
            Earlier(4, 1610, "Boy racers in the Tesco car park."),
            Earlier(9, 1610, "Cars racing round the Tesco car park at midnight."),
            Earlier(15, 1611, "Tesco car park, doughnuts and loud exhausts."),
        ),
    ),
    case(
        "norep old plate",
        "YH63 MPV parked across the field gate on Long Lane.",
        IP,
        reporter_id=1720,
        history=(
            Earlier(40, 1720, "YH63 MPV blocking the gate on Long Lane."),
            Earlier(55, 1720, "YH63 MPV on the verge again."),
            Earlier(75, 1720, "YH63 MPV parked in the gateway."),
        ),
    ),
    case(
        "norep different plates speedwatch",
        "Speed Watch Ross Road: WP20 KJT at 45.",
        IP,
        reporter_id=845,
        history=(
            Earlier(6, 845, "Speed Watch Ross Road: BX18 NNO recorded at 44."),
            Earlier(13, 845, "Speed Watch Ross Road: DL67 UPA at 41."),
            Earlier(20, 846, "Speed Watch Ross Road: MA21 CCV at 47."),
        ),
    ),
    case(
        "norep street only potholes",
        "Potholes on Quarry Lane are worse than ever after the rain.",
        reporter_id=1830,
        history=(
            Earlier(5, 1830, "Big pothole on Quarry Lane by the bend."),
            Earlier(12, 1830, "Quarry Lane potholes, my tyre burst."),
            Earlier(19, 1831, "Quarry Lane needs resurfacing."),
        ),
    ),
)
