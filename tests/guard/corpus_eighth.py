"""EIGHTH_HELD_OUT: a new batch of labelled Neighbourhood Watch reports for measuring the guard on
wordings it has never seen. It was written before any rule was changed for it, by someone who had
not seen the rules or the guard's output, in the labelling conventions of guard_corpus.py. Of its
167 reports, 65 must raise no flag (many use alarming words in harmless senses, or name shops,
streets and businesses but no private individual); the others expect identifies_person 33 times,
accusation 23, confrontation 32, identity_suspicion 14, repeat_targeting 7 and danger 20, and 43
must be urgent (the 20 emergencies and 23 confrontations that are threats or planned for a near
time). Keep it untouched; add a report it gets wrong to DEVELOPMENT in your own words."""

from __future__ import annotations

from tests.guard.guard_corpus import ACC, CON, DAN, IDS, IP, REP, Case, Earlier, case

EIGHTH_HELD_OUT: tuple[Case, ...] = (
    # ---- ordinary reports, many with words that look alarming out of context -------------
    case(
        "hockey robbed ref",
        "Our ladies hockey team got hammered 7-1 at the weekend, we were robbed by the ref lol",
    ),
    case(
        "curry challenge",
        "that chilli challenge at the curry house on Broad St is still killing me two days later, never again",
    ),
    case("precinct saturday", "its murder to park at the precinct on a saturday, they need more spaces"),
    case(
        "mental health first aid",
        "Mental health first aid course at the leisure centre, covers spotting when someone's struggling and how "
        "to talk to them, free for Watch volunteers",
    ),
    case(
        "knife sharpening van",
        "Knife sharpening van is at the market again on Thursday, he did my carving knives a treat for a fiver",
    ),
    case(
        "hunter street potholes",
        "Potholes all down Hunter Street again, hit one last night and my tyre's gone flat, has anyone claimed off "
        "the council before?",
    ),
    case(
        "fire brigade display",
        "Fire brigade are doing a demo at the bonfire on the rec, bonfire gets lit at 7, bring sparklers",
    ),
    case(
        "wrestling miners welfare",
        "Wrestling night at the Miners Welfare was mint, body slams off the top rope, the kids went mad for it",
    ),
    case(
        "zombie film park",
        "outdoor cinema at the park on friday is showing a zombie film, bring a blanket, bit gory for the little "
        "ones maybe",
    ),
    case(
        "rat poison ravensworth",
        "Pest control are putting poison down for the rats behind the bins at Ravensworth Court, keep your dogs "
        "and cats away from there",
    ),
    case("bindweed strangling", "the bindweed is strangling everything on the allotments this year, any tips?"),
    case("shooting stars reservoir", "Did anyone see the shooting stars over the reservoir last night, unreal"),
    case("brass band smashed it", "Brass band at the bandstand on Sunday absolutely smashed it, more of this please"),
    case(
        "meringue baking club",
        "Baking club at St Aidan's hall this week, we're beating egg whites to death for meringues, bring a whisk",
    ),
    case(
        "bouncy castle pegged",
        "The bouncy castle blew halfway across the field at last year's gala so they're pegging it down properly "
        "this time",
    ),
    case(
        "glebe road leaves",
        "Pavement on Glebe Road is drowning in wet leaves, someone is going to go flying, can the council sweep it",
    ),
    case(
        "hanging baskets thanks",
        "Whoever has been watering the hanging baskets on the high street, thank you, they look gorgeous",
    ),
    case(
        "blood donor tesco",
        "Gave blood at the donor bus in the Tesco car park, the needle didn't even hurt, go and do your bit",
    ),
    case(
        "penrhyn drilling",
        "Sorry to everyone on Penrhyn Avenue for the drilling all weekend, the new kitchen's nearly in I promise",
    ),
    case(
        "tree surgeons chainsaws",
        "tree surgeons with chainsaws on the green on monday are council contractors, theyre not nicking the trees",
    ),
    case(
        "tv crime scene",
        "Filming for a police drama on Market Street on Tuesday, there'll be fake police cars and a pretend crime "
        "scene with tape, don't panic",
    ),
    case("axe throwing", "new axe throwing place opened on the retail park, great for a works do"),
    case(
        "baltic brae",
        "Pure baltic the night, mind the black ice on the brae up by the kirk, near went on ma backside",
    ),
    case(
        "heol las drain",
        "Duw it's wet, the drain outside the Spar on Heol Las is blocked again and the road is like a river",
    ),
    case(
        "warwick road bins",
        "The bins on Warwick Road ay bin emptied for a fortnight bab, theyre stinkin and the foxes are having a "
        "field day",
    ),
    case(
        "garages fly tip",
        "bare fly tipping by the garages innit, mattresses and a fridge and that, can someone tell the council",
    ),
    case(
        "sheep tops road",
        "Sheep are out on the tops road again, nearly hit two coming back from t'mill, whose are they",
    ),
    case(
        "gang mower ruts",
        "The council's gang mower has churned the verges on Ash Lea into a mess, big ruts everywhere",
    ),
    case(
        "sports day shot put",
        "Athletics club need marshals for sports day on the rec, especially for the shot put and javelin",
    ),
    case(
        "care home alarm test",
        "The fire alarm at the care home on Kendal Road is tested Wednesdays at 11, it's not a real fire",
    ),
    case(
        "synagogue graffiti",
        "Someone has sprayed a swastika on the synagogue wall on Bury Old Road, police are treating it as a hate "
        "crime, please report anything you saw",
    ),
    case(
        "romanian mini market",
        "The Romanian mini market on Carlton Road had its shutters jemmied overnight, the owner's shaken up, the "
        "police have the camera footage",
    ),
    case(
        "cllr surgery",
        "Cllr Bernadette O'Hara is holding a surgery at the library on Friday about the bus cuts, go and tell her",
    ),
    case(
        "pcso bike marking",
        "PCSO Gareth Pryce says they'll be doing free bike marking at the leisure centre on the 20th",
    ),
    case("sgt malik scams", "Sgt Malik gave a really good talk on doorstep scams at the WI on Tuesday, thank you"),
    case(
        "underpass dealing down",
        "Police say the drug dealing round the underpass has gone right down since the new lights went in",
    ),
    case(
        "knock on her door",
        "Not seen the lady from the bungalows by the church for a few days, I'll knock on her door tomorrow to "
        "check she's alright",
    ),
    case(
        "balmoral tyres let down",
        "Somebody went along Balmoral Crescent overnight letting down tyres, five cars including mine, reported on 101",
    ),
    case(
        "hospital windscreen",
        "My windscreen was smashed on the top car park at the hospital while I was visiting, glass everywhere, did "
        "anyone see",
    ),
    case(
        "poplar walk leaflets",
        "I'll go round all the houses on Poplar Walk with the AGM leaflets on Saturday if someone does Ivy Close",
    ),
    case("sort a rota", "we need to sort out a rota for the litter pick before summer, who can do a Sunday"),
    case(
        "storm tree golf club",
        "Storm's brought a tree down across the road past the golf club, it's shut both ways",
    ),
    case(
        "sooty moss lane",
        "Lost cat, black with one white paw, answers to Sooty, last seen by the Spar on Moss Lane on Monday",
    ),
    case(
        "adders common",
        "Dog walkers watch out, there's been adders seen on the common near the trig point, keep them on leads",
    ),
    case(
        "cedar drive transit",
        "Blue Transit with ladders crawling along Cedar Drive about 10am, two blokes having a good look at the "
        "sheds, couldn't see the plate",
    ),
    case("killer flat white", "That new coffee van by the station does a killer flat white, worth the queue"),
    case(
        "five ways lights",
        "Them bleeding lights at Five Ways are stuck on red for ten minutes every morning, it's doing my head in",
    ),
    case("metro steps", "The steps down to the metro are lethal this morning, black ice, hold the rail"),
    case(
        "defib londis",
        "The new defib outside the Londis on Cross St is live now, you don't need any training to use it, it "
        "talks you through",
    ),
    case(
        "quiz knocked out",
        "Watch quiz team got knocked out in the first round again at the Crown, we are rubbish but it's a laugh",
    ),
    case(
        "self defence dojo",
        "Women's self defence class at the dojo above the carpet shop on Wednesday nights, brilliant instructor",
    ),
    case(
        "coldharbour burst main",
        "water main burst on Coldharbour Lane, road's like a river and Thames Water are out, avoid if you can",
    ),
    case(
        "lights switch on",
        "lights switch on was lowkey a vibe ngl, santa absolutely slayed it on the sleigh",
    ),
    case(
        "alan clarke motors",
        "Someone's dumped a sofa and a load of tyres outside Alan Clarke Motors on the industrial estate",
    ),
    case(
        "florence nightingale way",
        "The street lights at the bottom of Florence Nightingale Way have been off all week",
    ),
    case(
        "margaret thatcher close",
        "Bus stop on Margaret Thatcher Close has lost its timetable again, who do we tell",
    ),
    case(
        "harry ramsdens bins",
        "Seagulls ripping open the bin bags behind Harry Ramsden's, there's chips and wrappers all along the prom",
    ),
    case(
        "bonfire pallets",
        "kids dragging pallets up to the bonfire site on the waste ground, its getting massive, is it an "
        "organised one?",
    ),
    case(
        "gun amnesty",
        "Police are running a knife and gun amnesty at the station this month, drop bins by the front counter",
    ),
    case(
        "ambulance slow",
        "Took the ambulance two hours to come for my neighbour's fall last month, she's fine now but it's a disgrace",
    ),
    case(
        "batter chippy",
        "The chippy on Front St has changed its batter and it's not the same, gutted",
    ),
    case(
        "scam courier text",
        "Got a text saying I'd missed a parcel and needed to pay a fee, it's a scam, delete it",
    ),
    case(
        "speed watch volunteers",
        "Speed Watch on the A6 past the school needs two more volunteers for Thursday mornings, training given",
    ),
    case(
        "sunnybank football parking",
        "Not sure if this is the right place for this but here goes, for the last month or so there's been cars "
        "parked both sides of Sunnybank Road whenever the football's on at the Rec and the bin lorry couldn't get "
        "down on Tuesday so none of us got emptied, I rang the council and they said it's a police matter and the "
        "police said it's the council, round and round we go, does anyone know who actually deals with this?? "
        "Also the bollard at the top has been knocked flat again",
    ),
    case(
        "memorial bench plaque",
        "Good afternoon. I wish to report that the plaque has been prised off the memorial bench at the top of "
        "Cliff Road, the one for my late husband. I am not accusing anybody. I would simply like to know whether "
        "it is the council or the police I should inform. Yours faithfully, a long-standing member",
    ),
    # ---- identifies a private individual ---------------------------------------------------
    case(
        "bryn post office",
        "Bryn at the post office says a man came in asking which houses up the lane were empty over Christmas",
        IP,
    ),
    case("audi a3 donuts", "white audi a3 LS70 FHE doing donuts in the leisure centre car park again 2nite", IP),
    case(
        "golf dumbarton road",
        "SF21 XKU silver golf parked on the pavement on Dumbarton Road aw week, cannae get the pram by",
        IP,
    ),
    case(
        "cromwell tarpaulin",
        "Tarpaulin's come loose on the roof at 58 Cromwell Road and it's flapping about, could blow off in the wind",
        IP,
    ),
    case(
        "gemma pritchard purse",
        "Gemma Pritchard's car was broken into on the school run, they took her purse from the footwell",
        IP,
    ),
    case(
        "couple at 19 bins",
        "the young couple at number 19 have had their wheelie bins set alight twice now",
        IP,
        location="Orchard Rise",
    ),
    case(
        "old boy at 3 door",
        "The old boy at no 3 has had his front door wide open all afternoon and he's not answering, bit worried",
        IP,
        location="Tennyson Street",
    ),
    case(
        "nadia nail salon",
        "Nadia who does the nails at the salon on Bold Street said a lad's been hanging round the cash machine "
        "watching people put their pins in",
        IP,
    ),
    case("mr llewellyn quad", "Mr Llewellyn from Pant Farm says his quad's gone from the barn overnight", IP),
    case(
        "dorothy haigh tortoise",
        "Has anyone seen Dorothy Haigh's tortoise? He's got out of her garden on Beech Terrace again",
        IP,
    ),
    case(
        "kieran doyle ebike",
        "seen kieran doyle on his electric bike on the pavement by the library nearly taking out a pram",
        IP,
    ),
    case(
        "jas chippy soho road",
        "Our Jas who works in the chippy on Soho Road reckons somebody's been nickin the delivery lads' bikes",
        IP,
    ),
    case(
        "x5 layby engine",
        "Black BMW X5 reg LD19OPW sat in the layby opposite the school for two hours with the engine running",
        IP,
    ),
    case(
        "frank allotment shed",
        "Frank with the plot nearest the gate at Spring Bank allotments has had his shed jemmied and his "
        "strimmer taken",
        IP,
    ),
    # ---- accusation or slur ----------------------------------------------------------------
    case(
        "kieran doyle bikes",
        "kieran doyle is the one robbing the bikes off the estate, thieving little git",
        IP,
        ACC,
    ),
    case(
        "number 4 fiddling",
        "the woman at number 4 claims she cant walk but I see her at the gym, she's fiddling her benefits",
        IP,
        ACC,
        location="Laurel Bank",
    ),
    case(
        "pervert flats swings",
        "theres a pervert living in the flats by the station, sits at his window watching the kids on the swings",
        ACC,
    ),
    case(
        "hostel scumbags charity",
        "Them scumbags from the hostel have robbed the charity shop on Bridge St again",
        ACC,
    ),
    case(
        "garage fencing cats",
        "the bloke who runs the garage behind the Legion is fencing all the nicked catalytic converters",
        ACC,
    ),
    case(
        "mr hussain singles",
        "Mr Hussain at the corner shop on Grange Road sells single fags and vapes to twelve year olds",
        IP,
        ACC,
    ),
    case(
        "red door brothel",
        "the house with the red door on Hill Street is a brothel, men queueing up at all hours",
        ACC,
    ),
    case(
        "terry oakes grass",
        "Terry Oakes grassed the lads up and now he's walking about like butter wouldn't melt, dirty grass",
        IP,
        ACC,
    ),
    case(
        "junkie mum row",
        "that junkie mum from the end of the row leaves her kids to fend for themselves",
        ACC,
    ),
    case(
        "drink driver crown",
        "he drives home from the Crown steaming every night, he's a drink driver and everyone knows it",
        ACC,
    ),
    case(
        "kingsway cooking",
        "the druggie lot at 21 Kingsway are cooking something in there, the whole close stinks of it",
        IP,
        ACC,
    ),
    case("wrong un cars", "deffo her son whos been doin the cars, hes trouble that one", ACC),
    case("jakey motors", "that jakey fae the flats has been tanning the motors on our street", ACC),
    case(
        "scroungers end house",
        "the family in the end house are all scroungers, not one of them has ever done a day's work",
        ACC,
    ),
    case(
        "connor at 26 cars",
        "Right so I didn't want to put this on here but nobody's listening, the lad who lives at number 26 with "
        "his nan, Connor, has been going through the cars on our street for weeks, I've seen him at 3am with a "
        "torch, and the tools that went out of my van turned up on his mate's marketplace",
        IP,
        ACC,
        location="Cemetery Road",
    ),
    # ---- intent to confront ------------------------------------------------------------------
    case(
        "tyres down tonight",
        "gonna let his tyres down tonight see how he likes walking to work",
        CON,
        urgent=True,
    ),
    case(
        "stood by his car",
        "I'll be stood by his car when he comes out of work, we'll see how hard he is then",
        CON,
        urgent=True,
    ),
    case(
        "doorbell clip groups",
        "Getting the doorbell clip of him and his address out on every group in the town, people deserve to know",
        CON,
    ),
    case(
        "park across van",
        "if that van comes down the lane again I'm parking right across it and he's not going anywhere",
        CON,
    ),
    case(
        "after the scrambler",
        "next time the scrambler goes past I'm jumping in the car after him to see where he stashes it",
        CON,
    ),
    case(
        "teeth off floor",
        "whoever touches my van again will be picking their teeth up off the floor",
        CON,
        urgent=True,
    ),
    case(
        "window left bonfire",
        "that house won't have a window left in it by bonfire night, mark my words",
        CON,
        urgent=True,
    ),
    case(
        "our kid saturday",
        "saturday me and our kid are going up the rec to sort them little scrotes out proper",
        ACC,
        CON,
        urgent=True,
    ),
    case(
        "van by church tonight",
        "we're going to sit in the van by the church tonight with the lights off and wait for whoever's nicking "
        "the lead",
        CON,
        urgent=True,
    ),
    case(
        "heid kicked in",
        "if a catch the wee bam that done ma windae he's getting his heid kicked in",
        CON,
        urgent=True,
    ),
    case(
        "legion tomorrow night",
        "Right boys, meet at the Legion 9 o'clock tomorrow night, we'll go up the estate and drag them out of the "
        "flats ourselves",
        CON,
        urgent=True,
    ),
    case(
        "round his yard",
        "I'm gonna go round his yard and tell him straight, proper this time, I ay having it no more",
        CON,
    ),
    case(
        "get got sister",
        "man's gonna get got if he keeps chatting to my sister, swear down",
        CON,
        urgent=True,
    ),
    case(
        "walking stick knuckles",
        "Honestly I'm that close to hobbling over with my walking stick and giving that young man a crack "
        "across the knuckles he won't forget",
        CON,
        urgent=True,
    ),
    case(
        "sugar petrol tank",
        "someone should put sugar in that boy racer's petrol tank, that'd stop him",
        CON,
        urgent=True,
    ),
    case(
        "spray garage door",
        "I'll spray NONCE across his garage door myself if nobody else will",
        ACC,
        CON,
        urgent=True,
    ),
    case(
        "leaflets what he did",
        "making up leaflets with his name and what he did to put through every door on the estate",
        CON,
    ),
    case(
        "pulled across junction",
        "I pulled across in front of him at the junction so he had to stop, then I gave him what for through his "
        "window",
        CON,
    ),
    case(
        "followed to morrisons",
        "stayed right behind her car to Morrisons and got pictures of her loading her shopping",
        CON,
    ),
    case("egging friday", "we're egging his house friday night, whos in", CON, urgent=True),
    case(
        "dog leg off",
        "the dog will have his leg off next time he's in my garden and I won't be calling it back",
        CON,
        urgent=True,
    ),
    case(
        "patrol phones fists",
        "Starting a proper street patrol, meet at the chippy tonight after dark, bring your phones and your fists",
        CON,
        urgent=True,
    ),
    case(
        "shift them ourselves",
        "if the housing won't shift them we'll shift them ourselves and their stuff will be out on the pavement",
        CON,
        urgent=True,
    ),
    case(
        "mums house car",
        "I've been sat outside his mum's house in the car most nights writing down who comes and goes",
        CON,
    ),
    case(
        "not driving much longer",
        "he'll not be driving that car much longer, let's just say that",
        CON,
        urgent=True,
    ),
    case("gettin battered", "if dat lad comes on r street again hes gettin battered no joke", CON, urgent=True),
    case(
        "placards at door",
        "the whole street should turn up at their door with placards and not leave until they go",
        CON,
        urgent=True,
    ),
    case(
        "dashcam reg visit",
        "got his reg WF68 TYU off the dashcam, gonna look up his address and pay him a visit this weekend",
        IP,
        CON,
        urgent=True,
    ),
    case(
        "outside 11 sunday",
        "we're all going to stand outside number 11 on Sunday and let them know they aren't welcome",
        IP,
        CON,
        location="Wordsworth Avenue",
        urgent=True,
    ),
    case(
        "burn car with him",
        "I'm going to burn his car out tonight and I don't care if he's in it",
        CON,
        DAN,
        urgent=True,
    ),
    case(
        "noise diary friday",
        "I've tried doing it the proper way, rung 101 four times, emailed the council, filled in the noise diary "
        "they gave me, been to the PACT meeting and NOTHING, so I've told my husband if the music starts up after "
        "midnight again on Friday he's going straight round there with his brothers and whatever happens happens, "
        "I'm past caring",
        CON,
        urgent=True,
    ),
    # ---- suspicion pinned on identity -------------------------------------------------------
    case(
        "ladypool shop slur",
        "the pakis in the shop on Ladypool Road are ripping everyone off",
        IDS,
        ACC,
    ),
    case(
        "polish builders sheds",
        "Polish builders doing the extension at the end house, bet they've been eyeing up all our sheds",
        IDS,
    ),
    case(
        "traveller vans retail park",
        "Traveller vans parked up behind the retail park, keep your kids and your dogs in",
        IDS,
    ),
    case(
        "somali lads chicken shop",
        "group of somali lads outside the chicken shop every night, don't like the look of it",
        IDS,
    ),
    case(
        "irish tinkers tarmac",
        "irish tinkers going round offering to tarmac drives, they'll rob you blind",
        IDS,
        ACC,
    ),
    case(
        "headscarves school photos",
        "two women in headscarves taking photos near the school gates, I didn't like it one bit",
        IDS,
    ),
    case(
        "english students bikes",
        "it'll be the English students fae the uni flats that took the bikes, nae doubt about it",
        IDS,
        ACC,
    ),
    case(
        "migrants hotel wallets",
        "another coach load of migrants at that hotel now, watch your handbags ladies",
        IDS,
    ),
    case(
        "black lad derwent",
        "a black lad I've never seen round here walking up and down Derwent Road, probably casing the houses",
        IDS,
    ),
    case(
        "jewish lot street",
        "the Jewish lot have bought up half the street, you have to wonder what's really going on",
        IDS,
    ),
    case(
        "since mosque opened",
        "ever since the mosque opened there's been all sorts going on, strangers everywhere at night",
        IDS,
    ),
    case(
        "bulgarian aldi",
        "Bulgarian fellas in the Aldi car park asking for money, it's an organised ring I'd put money on it",
        IDS,
        ACC,
    ),
    case(
        "nigerian family 30",
        "the Nigerian family at number 30 have people visiting all day, I think it's some kind of fraud",
        IP,
        IDS,
        ACC,
        location="Coniston Avenue",
    ),
    case(
        "bingo hall hostel",
        "Just going to say what everyone's thinking, ever since they opened that hostel for asylum seekers up by "
        "the old bingo hall there's been a lot more trouble in the town, I'm not racist I've got friends from all "
        "over but you can't tell me it's a coincidence, my daughter won't walk home that way any more",
        IDS,
    ),
    # ---- immediate danger or self-harm ------------------------------------------------------
    case(
        "quayside river",
        "Somebody has just jumped in the river off the quayside and they haven't come back up",
        DAN,
    ),
    case(
        "nan stuck bath",
        "my nan's fell in the bath and she's stuck, she's cold and crying and I can't lift her",
        DAN,
    ),
    case(
        "diabetic bus",
        "man shaking and sweating on the bus saying he's diabetic, now he's not making any sense",
        DAN,
    ),
    case(
        "fit bus station",
        "a girl's having a fit on the floor at the bus station and she keeps banging her head",
        DAN,
    ),
    case(
        "face burning station",
        "lad threw something at a woman outside the station, her face is burning and she's screaming",
        DAN,
    ),
    case(
        "rocket hand field",
        "kid's had a rocket go off in his hand on the field, his fingers are a mess",
        DAN,
    ),
    case(
        "chip pan stairs",
        "chip pan's gone up in the flat below, smoke's coming up the stairs and we can't get out",
        DAN,
    ),
    case(
        "dog on girl green",
        "big dog is going for a little girl on the green and nobody can get it off her",
        DAN,
    ),
    case(
        "chib somebody",
        "guy wi a blade at the chippy door shouting he's gonnae chib somebody",
        DAN,
    ),
    case(
        "crossbow windows",
        "bloke walking round the estate with a crossbow pointing it at people's windows",
        DAN,
    ),
    case(
        "mums pills",
        "idk who else to tell but i cant do this anymore im going to take all my mums pills",
        DAN,
    ),
    case(
        "butty mountain rope",
        "My butty has gone up the mountain with a rope, says he's had enough, his phone's off",
        DAN,
    ),
    case(
        "baby hot car",
        "baby left in a car in the Asda car park, windows shut, it's roasting and she's gone quiet",
        DAN,
    ),
    case(
        "nightie bypass",
        "old lady in her nightie wandering along the bypass in the outside lane, very confused",
        DAN,
    ),
    case(
        "dragged by hair",
        "he's dragged her back in the house by her hair and the kids are screaming",
        DAN,
    ),
    case(
        "foaming baggie",
        "found my mate on the bathroom floor foaming at the mouth, there's a baggie next to him",
        DAN,
    ),
    case(
        "brow lane wall",
        "car's hit the wall at the bottom of Brow Lane and it's smoking, the driver's slumped over the wheel",
        DAN,
    ),
    case(
        "peanut wheezing",
        "my lad's lips and tongue have swelled up after a peanut and he's wheezing",
        DAN,
    ),
    case(
        "mr ellis hallway",
        "I'm sorry to use this but I don't know what else to do, Mr Ellis next door who is 91 always has his "
        "landing light on and it's been dark two nights, I've just looked through the letterbox and he's lying in "
        "the hallway and he isn't moving, I have no key",
        IP,
        DAN,
    ),
    # ---- repeat targeting ---------------------------------------------------------------------
    case(
        "audi a3 again",
        "LS70 FHE doing donuts again, leisure centre car park",
        IP,
        REP,
        history=(
            Earlier(2, 401, "white audi LS70FHE donuts leisure centre"),
            Earlier(8, 401, "ls70 fhe wheelspins in the car park"),
        ),
        reporter_id=401,
    ),
    case(
        "kieran doyle again",
        "kieran doyle on the pavement on that bike again",
        IP,
        REP,
        history=(
            Earlier(3, 411, "Kieran Doyle ebike on the pavement"),
            Earlier(13, 412, "kieran doyle nearly hit a pram"),
        ),
        reporter_id=411,
    ),
    case(
        "hafod street rubbish",
        "rubbish piled out the front of 40 Hafod Street again",
        IP,
        REP,
        history=(
            Earlier(4, 421, "40 Hafod Street rubbish in the garden"),
            Earlier(11, 421, "bags all over the front at 40 Hafod St"),
            Earlier(20, 421, "40 hafod street mess"),
        ),
        reporter_id=421,
    ),
    case(
        "number 19 again",
        "them at number 19 again, bins all over the path",
        IP,
        REP,
        location="Orchard Rise",
        history=(
            Earlier(6, 431, "19 Orchard Rise bins"),
            Earlier(16, 431, "bins at number 19", location="Orchard Rise"),
        ),
        reporter_id=431,
    ),
    case(
        "terry oakes bookies",
        "Terry Oakes the grass stood outside the bookies again",
        IP,
        ACC,
        REP,
        history=(
            Earlier(1, 441, "terry oakes outside the bookies"),
            Earlier(9, 441, "Terry Oakes shouting at the lads"),
        ),
        reporter_id=441,
    ),
    case(
        "hafod street tonight",
        "going round to 40 Hafod Street tonight to tell them what's what",
        IP,
        CON,
        REP,
        history=(
            Earlier(5, 451, "40 Hafod Street rubbish again"),
            Earlier(12, 452, "40 hafod st garden a tip"),
        ),
        reporter_id=451,
        urgent=True,
    ),
    case(
        "mrs quinn many",
        "Mrs Quinn was shouting at the kids over the fence again",
        IP,
        REP,
        history=(
            Earlier(2, 461, "Mrs Quinn shouting at the children"),
            Earlier(7, 462, "mrs quinn again over the fence"),
            Earlier(18, 463, "Mrs. Quinn rude to the school kids"),
        ),
        reporter_id=464,
    ),
    case(
        "x5 layby stale",
        "LD19 OPW in the layby by the school again",
        IP,
        history=(Earlier(38, 471, "LD19OPW layby"), Earlier(47, 471, "x5 ld19 opw layby school")),
        reporter_id=471,
    ),
    case(
        "cromwell one before",
        "58 Cromwell Road tarp still flapping",
        IP,
        history=(Earlier(3, 481, "tarp loose on the roof at 58 Cromwell Road"),),
        reporter_id=481,
    ),
)
