"""TENTH_HELD_OUT: new labelled reports for measuring the guard on wording it has never seen,
written before any rule was changed for it, by someone who had not seen the rules or the guard's
output. 190 reports: 73 with no flag (many using alarming words harmlessly), 43 identifying a person,
23 accusations, 42 confrontations (32 of them urgent), 15 identity suspicions, 22 dangers, 7 repeat
targetings and 3 histories that must not count; 54 must be urgent. Never tune on it; add a report it
gets wrong to DEVELOPMENT in your own words.
"""

from __future__ import annotations

from tests.guard.guard_corpus import ACC, CON, DAN, IDS, IP, REP, Case, Earlier, case

TENTH_HELD_OUT: tuple[Case, ...] = (
    # --- Ordinary reports, many with alarming words used harmlessly ---
    case(
        "toon hammered then streetlight",
        "Toon got absolutely hammered at the weekend, four nil, I'm still not ower it. Anyway the streetlight on "
        "Front Street by the Co-op has been oot since Tuesday, can the council be telt?",
    ),
    case(
        "doric haar bikes no lights",
        "Thick haar come in aff the sea the nicht, couldna see the end o the road. Twa loons on bikes wi nae lichts "
        "doon by the harbour, nae harm done but they'll get skittled ae day. Maybe the school could mention lichts?",
    ),
    case(
        "lambing bloodbath gate open",
        "Lambing has been a bloodbath this year, lost two ewes and a set of twins. Separate thing: the gate at the "
        "bottom of the footpath onto the B road keeps being left open and the sheep were out on the road Sunday. "
        "Walkers please shut it behind you.",
    ),
    case(
        "formal hedge at junction",
        "Dear Sir or Madam, I write to draw your attention to the overgrown hedge at the junction of Kirk Lane and "
        "the main road, which now obscures the view of oncoming traffic entirely. I trust the appropriate "
        "department will attend to it before the darker evenings. Yours faithfully.",
    ),
    case(
        "night phone foxes false alarm",
        "sorry late just heard screaming out the back went to look its only foxes lol false alarm ignore",
    ),
    case(
        "knife and fork supper defib",
        "Village hall knife and fork supper raised 412 pounds for the defibrillator, thank you all. The box outside "
        "the hall gets fitted next month.",
    ),
    case(
        "glasgow rain drain blocked",
        "Pure chuckin it doon the day. Drain at the bottom o the brae is blocked again and the water's coming right "
        "across the pavement, some wummin near went her length this morning. Can somebody tell the cooncil.",
    ),
    case(
        "scrap man licence on van",
        "Scrap man came round the doors with his loudspeaker, licence stuck in the van window. Just noting it for "
        "the record, nothing dodgy about it.",
    ),
    case(
        "pothole piece of my mind",
        "I would dearly love to give whoever looks after the pothole on Station Road a piece of my mind, it has "
        "taken two of my tyres this winter. Reported to the council as well, for what that's worth.",
    ),
    case(
        "allotment sheds keep an eye",
        "Two sheds broken into on the allotments at the weekend, padlocks snapped. We should all keep an eye out "
        "and report anything odd straight away, and maybe club together for better locks.",
    ),
    case(
        "drone over cattle shed",
        "Drone hovering over our cattle shed about 9pm with a red light on it. Might be somebody's hobby but worth "
        "noting as we had quads taken last winter.",
    ),
    case(
        "bombed maths exam night walker",
        "My lad says he bombed his maths exam so he's been out walking the dog for hours to clear his head. That's "
        "him you're seeing on the doorbell cameras at 1am, not a prowler!",
    ),
    case(
        "hogmanay fireworks on green",
        "Fireworks going off on the green at half twelve. It's Hogmanay so fair enough, just letting you know in "
        "case folk phone in about the bangs.",
    ),
    case(
        "school run killing me",
        "school run traffic on Durham Road is killing me, cars on the zigzags every single morning. could someone "
        "have a word with the school about it",
    ),
    case(
        "deer on a68",
        "Deer on the A68 near the cattle grid about 11, nearly hit one. Not a crime just be careful out there.",
    ),
    case(
        "wheelie bin fire put out",
        "Wheelie bin set alight behind the shops on Sea Road last night, the fire brigade had it out in minutes and "
        "nobody was hurt. Second one this month though.",
    ),
    case(
        "slasher film projector",
        "Kids next door watching some slasher film in the garden on a projector, screaming their heads off at "
        "11pm. Not really a police thing but it's a bit much on a school night.",
    ),
    case(
        "highland games hammer practice",
        "Highland games practice on the park, hammer and shot put. Somebody asked if it's safe, yes it's roped off "
        "and they have stewards.",
    ),
    case(
        "shooting party on estate",
        "Shooting party on the estate on Saturday, you'll hear guns from 9 till 3. The keeper has told the "
        "village, it's all legal, no need to ring it in.",
    ),
    case(
        "muirburn smoke",
        "Muirburn on the hill above the village, smoke everywhere. It's the estate doing their controlled burning, "
        "nobody in any danger, just shut your windows.",
    ),
    case(
        "white van looking in gardens",
        "White Transit with ladders parked on the lane by the church for two hours, two men walking round looking "
        "into gardens. Didn't get the reg, sorry.",
    ),
    case(
        "hoodie trying handles",
        "About 2am a lad in a dark hoodie was trying car door handles along Windsor Terrace. He ran off when a "
        "bedroom light came on. Tall, thin, white trainers.",
    ),
    case(
        "quad stolen from steading",
        "Quad bike stolen from the steading overnight, chain cut clean through. Tyre tracks across the bottom "
        "field heading for the forestry road.",
    ),
    case(
        "red diesel siphoned",
        "Red diesel siphoned out of the tank in the yard again. Put a lock on it now. Anyone else up the glen had "
        "the same bother?",
    ),
    case(
        "lamps in fields hare coursing",
        "Lamps sweeping the fields about midnight, think it's hare coursing, three dogs and a 4x4, couldn't see the "
        "reg from the house. Rang 101 already.",
    ),
    case(
        "night phone car alarm",
        "car alarm going off 20 mins on fern ave nobody coming out just so u know",
    ),
    case(
        "formal bank caller",
        "A gentleman purporting to be from my bank telephoned this afternoon and asked for my card details. I "
        "declined and rang the bank myself, who confirmed it was not them. I report it so that others may be "
        "forewarned.",
    ),
    case(
        "lost collie meg",
        "Lost collie, answers to Meg, last seen on the moor road. She's friendly but nervous, please don't chase "
        "her, just give us a ring.",
    ),
    case(
        "guisers tonight",
        "Guisers out tonight from 5 till 8, wee ones, all with their parents. If you don't want them chapping, "
        "switch your porch light off.",
    ),
    case(
        "council wardens car park",
        "The council's wardens will be patrolling the Miners Welfare car park from next week after the bother with "
        "the boy racers. That's their job, not ours, we just pass on what we see.",
    ),
    case(
        "wi murder mystery",
        "The WI murder mystery night was a triumph, turned out the vicar did it with the candlestick. Raised 200 "
        "pounds for the church roof.",
    ),
    case(
        "gun dog training dummies",
        "Gun dog training on the common on Sunday mornings, canvas dummies and whistles, no actual guns. Some folk "
        "had been worried.",
    ),
    case(
        "tree down farm road",
        "Big ash down across the road to the farm after the storm. Nobody hurt but we can't get the car out. "
        "Council know.",
    ),
    case(
        "gulls attacking chips",
        "Gulls are attacking folk for their chips on the Overgate again, one went for a wean's piece right out his "
        "hand. Not a crime, I know, but honestly.",
    ),
    case(
        "community speedwatch thursday",
        "Community Speedwatch are out on the B6344 on Thursday with the police-approved speed device, volunteers in "
        "hi vis. Readings go to the police, nobody stops or approaches any driver.",
    ),
    case(
        "motorbikes bombing down lane",
        "Three motorbikes bombed down the lane at about 90 last night, no plates on them that I could see.",
    ),
    case(
        "ladder fall last week roofers",
        "My husband fell off the ladder clearing the gutter last week, he's fine now. He says the long ladder the "
        "roofers left at the church should be locked away though, it's an invitation.",
    ),
    case(
        "dead sheep on road",
        "Dead sheep on the road by the cattle grid, looks like it's been hit. The farmer has been told.",
    ),
    case(
        "cold snap check curtains",
        "Could volunteers keep an eye on the older folk during the cold snap? Pop a note through if you've not seen "
        "curtains open by dinnertime. Not really a police matter, just neighbourly.",
    ),
    case(
        "oak struck by lightning",
        "The old oak on the green was struck by lightning overnight and split right down the middle. Council have "
        "taped it off.",
    ),
    case(
        "bloody freezing gate banging",
        "Bloody freezing out there. Somebody left the play park gate open and it's been banging all night.",
    ),
    case(
        "weans chapping doors",
        "Weans chapping doors and running away on Dalmarnock Road, laughing their heids aff. Harmless really but "
        "my mammy is 89 and it gives her a fright.",
    ),
    case(
        "burnt toast breakfast club",
        "Smoke alarm went off at the community centre because someone burnt the toast at breakfast club. Fire "
        "service came out, all fine, very embarrassing for all concerned.",
    ),
    case(
        "night phone badger",
        "footsteps on gravel round the back 2ish, checked the cam its just a badger i think, sorry for panic",
    ),
    case(
        "gritter not up top road",
        "The beast from the east is back. Gritter hasn't been up the top road and cars are sliding at the bend by "
        "the chapel. Council told twice now.",
    ),
    case(
        "formal lamp at vennel",
        "I wish to report that the lamp at the foot of the vennel has been extinguished these three nights past. "
        "It is very dark for those of us who attend evening service and the steps are uneven.",
    ),
    case(
        "seafront scuffle dealt with",
        "There was a scuffle outside the bars on the front on Saturday, some stag do. Bouncers dealt with it and a "
        "police car came. All over by the time I walked past.",
    ),
    case(
        "jump start kindness",
        "My battery died in the station car park and a young man helped me jump start it. Very kind. I only "
        "mention it because I'd read about scams with jump leads and it was nothing of the sort.",
    ),
    case(
        "golf balls into lane",
        "Someone's been hitting golf balls from the field into the lane, one dented my bonnet. Probably kids "
        "practising. Could a sign go up by the stile?",
    ),
    case(
        "polish shop window victims",
        "The Polish shop on Front Street had its window smashed overnight. They're a lovely family and they've "
        "been good to the whole street, hope they're alright.",
    ),
    case(
        "appleby fair wagons",
        "Appleby fair traffic: horse-drawn wagons on the A66 all week. Give them plenty of room when you pass, "
        "it's tradition and the horses spook easily.",
    ),
    case(
        "glasgow accent description",
        "The man who lifted the parcel off my step was about 40, bald, with a Glasgow accent and a grey tracksuit. "
        "Walked off towards the bus stop. Doorbell cam footage kept if you need it.",
    ),
    case(
        "council bleeding us dry",
        "Council are bleeding us dry with the parking charges on the front and the car park lights still don't "
        "work. Someone's going to twist an ankle in the dark.",
    ),
    case(
        "heart attack at bin price",
        "Nearly had a heart attack at the price of the new brown bin permit. Anyway, fly tipping in the lay-by on "
        "the Blyth road again, mattresses this time.",
    ),
    case(
        "pond near miss last week",
        "Last week a wee girl nearly went into the pond at the park, her mum grabbed her just in time. Can the "
        "council put a fence up before someone drowns?",
    ),
    case(
        "still shaken by stabbing last month",
        "Still a bit shaken by the stabbing in town last month. Are there any extra patrols planned around the bus "
        "station at night?",
    ),
    case(
        "wall collapsed no one hurt",
        "Garden wall collapsed onto the pavement in the wind, nobody was hurt, bricks all over. Owner is away, the "
        "council has coned it off.",
    ),
    case(
        "ewe on her back",
        "Ewe cowped on her back in the field by the road, she'll die if nobody turns her and the farmer isn't "
        "answering. Anyone near the top road?",
    ),
    case(
        "told quad lad slow down past",
        "I told the lad on the quad to slow down past the school last week and he did, fair play to him. Not seen "
        "him speeding since.",
    ),
    case(
        "hope police throw book",
        "I really hope the police catch whoever is doing the catalytic converters and throw the book at them. Four "
        "on our street now.",
    ),
    case(
        "kill for a cuppa bus",
        "I'd kill for a cup of tea after standing at the bus stop an hour, the 21 never came. Bus shelter glass "
        "is smashed again too.",
    ),
    case(
        "chase council swing",
        "I'll chase the council again on Monday about the broken swing, it's been taped up since November.",
    ),
    case(
        "empty car in ditch a1",
        "Hit the road at 6 to beat the traffic and saw an empty car in the ditch on the A1 near Morpeth, police "
        "were already there with tape round it.",
    ),
    case(
        "weeds churchyard tomorrow",
        "Going after the weeds in the churchyard tomorrow with the strimmer and a flask if anyone fancies helping.",
    ),
    case(
        "leaflets door to door saturday",
        "We'll be knocking on every door on the estate on Saturday handing out the Watch leaflets about "
        "doorstep scams. Hi vis and lanyards so folk know who we are.",
    ),
    case(
        "bus driver 41 reckless",
        "The driver of the 41 this morning went through the red at the Four Lane Ends like it wasn't there. Have "
        "emailed the bus company with the time.",
    ),
    case(
        "black bull back door",
        "Staff at the Black Bull say someone's been trying the back door of the pub after closing, three nights "
        "this week. They've put a sensor light up.",
    ),
    case(
        "first name alone kyle",
        "A lad called Kyle said he saw the stolen bike go past towards the cricket club about four. Don't know "
        "him, just passing on what he said.",
    ),
    case(
        "mp at the fete",
        "Our MP opened the summer fete and spent ages at the Watch stall, so more sign-ups hopefully.",
    ),
    case(
        "sarcastic council finest",
        "Oh brilliant, another week of the council's finest doing absolutely nothing about the burnt-out bus "
        "shelter. I'm sure it'll mend itself.",
    ),
    case(
        "rambling farm news no flag",
        "Well where do I start. The bin day's moved to Thursday which nobody told us about, the WI cake stall was "
        "rained off, and the potholes up past the cottages are that deep you could keep fish in them. Only thing "
        "really for yourselves is that a blue pickup was going slowly past the farms Tuesday dinnertime looking "
        "at the sheds. Didn't stop. Couldn't see the number. Anyway that's all from up here, mind how you go.",
    ),
    case(
        "yorkshire ginnel light",
        "Light's gone in the ginnel behind Chapel Street again, pitch black. Not a crime, just asking who to ring.",
    ),
    case(
        "brummie car park",
        "Somebody's been doing doughnuts in the leisure centre car park of a night, tyre marks everywhere. No idea "
        "who, didn't see the motor.",
    ),
    # --- Identifying a private individual, nothing else ---
    case(
        "plate in farm passing place",
        "Silver Skoda NK67 WPD in the passing place on the farm lane three nights running with the engine going. "
        "Probably a courting couple but odd all the same.",
        IP,
    ),
    case(
        "parcels on step number 7",
        "Parcels left on the step at 7 Burn View for two days now, I think they're away. Could someone let the "
        "courier know not to leave them out?",
        IP,
    ),
    case(
        "alistair top of glen lights",
        "Alistair who farms at the top of the glen says his dogs went daft at 3am and there were torches moving in "
        "the trees behind his sheds.",
        IP,
    ),
    case(
        "mrs harper gutter",
        "Mrs Harper at 14 Kirk Wynd has had her gutter hanging off for weeks, she's 90 and can't get anybody out. "
        "Can the scheme help at all?",
        IP,
    ),
    case(
        "formal mr fraser driveway",
        "Mr Donald Fraser of Birchwood, Station Road, kindly allowed us the use of his driveway for the bottle "
        "stall, and I should like the committee to send him a note of thanks.",
        IP,
    ),
    case(
        "night phone plate flying",
        "SV21 KXO flying thru village like 70 no lights 11pm",
        IP,
    ),
    case(
        "lad at number 3 snow",
        "the lad at number 3 has been out clearing snow for all the old folk on the row, credit where its due",
        IP,
    ),
    case(
        "shannon at chippy circling car",
        "Our Shannon who works in the chippy on Linthorpe Road says a car's been circling the block all night, "
        "slow, windows down.",
        IP,
    ),
    case(
        "burnt out corsa plate",
        "Burnt out Corsa dumped in the lay-by on the Carlisle road since Friday, reg looks like SN09 GHA from "
        "what's left of the plate.",
        IP,
    ),
    case(
        "wullie smiddy cottage lum",
        "Wullie in the Smiddy Cottage says the lum's been reekin at the empty hoose next tae him, and naebody's "
        "supposed tae be bidin there.",
        IP,
    ),
    case(
        "lights on at 22 spain",
        "Lights on at 22 Ravensworth Road all week and the family are in Spain till Easter. Could just be a timer, "
        "just flagging it.",
        IP,
    ),
    case(
        "dog left at number 9",
        "The dog at number 9 has been howling all day, I think it's been left on its own. The owner works shifts "
        "at the hospital.",
        IP,
    ),
    case(
        "formal mrs dunlop fallen fence",
        "I should be grateful if someone could look in on Mrs Agnes Dunlop of 2 Glebe Cottages, whose fence came "
        "down in the gale. She is reluctant to ask for help herself.",
        IP,
    ),
    case(
        "hexham horsebox plate",
        "Horsebox with a trailer plate reading PN14 UDV left on the verge by the bridge at Hexham since Wednesday, "
        "nobody with it.",
        IP,
    ),
    # --- Accusations and slurs ---
    case(
        "lass at number 4 parcels",
        "It's the lass at number 4 Coronation Street who's been lifting the parcels off the steps, I've watched "
        "her do it twice from my window.",
        IP,
        ACC,
    ),
    case(
        "darren pike dealing",
        "Everybody on the Grange estate knows Darren Pike is dealing out of his car outside the park gates. "
        "Every night from about 8.",
        IP,
        ACC,
    ),
    case(
        "smackheads in flats sheds",
        "the smackheads in the flats behind the Spar are the ones doing the sheds, guaranteed, you can see them "
        "carting stuff across the field",
        ACC,
    ),
    case(
        "grass at number 11",
        "Whoever told the council about my conservatory is a grass and everybody knows it's them at number 11.",
        IP,
        ACC,
    ),
    case(
        "johnstone boys quad",
        "It'll be the Johnstone boys from Braeside Farm that took the quad, they've been seen on one the exact "
        "same colour since.",
        IP,
        ACC,
    ),
    case(
        "nonce at 27 swings",
        "that old nonce at 27 hangs about by the swings every afternoon, everyone knows what he is",
        IP,
        ACC,
    ),
    case(
        "scumbags golf catalytic",
        "The scumbags in the black Golf YF18 ZRT are the ones taking the catalytic converters, saw them under a "
        "Prius on Tuesday with a saw.",
        IP,
        ACC,
    ),
    case(
        "formal lodger war memorial",
        "I have no doubt whatsoever that the young man lodging at 3 Manse Road is responsible for the damage to "
        "the war memorial. He was seen in the vicinity and has an unpleasant manner.",
        IP,
        ACC,
    ),
    case(
        "gary wilson builder fly tip",
        "The fly tipping in the lay-by is definitely Gary Wilson the builder from Seaton Delaval, it's his rubble "
        "in his own bags with his name on.",
        IP,
        ACC,
    ),
    case(
        "netherton mains sheep",
        "Forty ewes gone from the top park. I'd put my last pound on it being him at Netherton Mains, he's been "
        "short of money all year and he has the trailer.",
        IP,
        ACC,
    ),
    case(
        "kev fox and hounds drink driving",
        "Kev who works behind the bar at the Fox and Hounds drives home steaming every night in his van, he's "
        "going to kill someone.",
        IP,
        ACC,
    ),
    case(
        "thieving lot at 18 bins",
        "that thieving lot at number 18 have had my green bin AGAIN",
        IP,
        ACC,
    ),
    case(
        "union street cash in hand",
        "The lassie at 6 Union Street is working cash in hand at the hotel and claiming every benefit going, "
        "someone should look into it.",
        IP,
        ACC,
    ),
    case(
        "paedo at school gates rumour",
        "There's a paedo hanging about the school gates at home time, it's all over the village Facebook group.",
        ACC,
    ),
    case(
        "junkie in park shouting",
        "Some junkie in the park shouting and swearing at the bairns on the climbing frame this afternoon.",
        ACC,
    ),
    case(
        "rowan cottage cat poisoner",
        "I know fine it's the woman at Rowan Cottage on Mill Lane that's poisoning the cats, she's told folk she "
        "can't stand them.",
        IP,
        ACC,
    ),
    case(
        "formal long letter accusation middle",
        "Dear Officer, I have lived in this parish for fifty-one years and served on the parish council for "
        "twelve of them, so I do not write lightly. The bus shelter has been daubed again, the verges are a "
        "disgrace, and the lamp by the church remains out. More seriously, it is plainly the Robson family at "
        "5 Front Row who are taking the lead flashing from the chapel roof, as their boy was seen on the roof at "
        "dusk. I would add that the bins are now collected at seven, which is far too early. Yours sincerely.",
        IP,
        ACC,
    ),
    # --- Confrontation and taking matters into own hands ---
    case(
        "geordie bat tonight",
        "Wor lad says if them bairns on the motorbikes come past the allotments again the night he's gannin "
        "doon wi the bat.",
        CON,
        urgent=True,
    ),
    case(
        "tractor block lane tonight",
        "We're going to park the tractor across the lane tonight so the hare coursers can't get back out, and "
        "then we'll see how brave they are.",
        CON,
        urgent=True,
    ),
    case(
        "walk estate friday saturday",
        "A few of us are walking the estate Friday and Saturday night to catch whoever's doing the cars. We're not "
        "waiting on the police any more.",
        CON,
        urgent=True,
    ),
    case(
        "following boy racer home tonight",
        "He comes through every night about 10 so tonight I'm following him home in the car to find out where he "
        "lives.",
        CON,
        urgent=True,
    ),
    case(
        "range rover tyres threat",
        "If that Range Rover parks across my gate once more it'll be getting its tyres let down and worse, and "
        "I'm not joking.",
        CON,
        urgent=True,
    ),
    case(
        "glasgow burst him number 40",
        "Tell that wee bam at number 40 if he touches ma motor again Ah'll burst him.",
        IP,
        ACC,
        CON,
        urgent=True,
    ),
    case(
        "doorbell clip on facebook tonight",
        "Got him clear as day on the doorbell cam and I'm putting it on the village Facebook tonight with his face "
        "circled so everyone can see.",
        CON,
        urgent=True,
    ),
    case(
        "old schoolhouse running out",
        "Folk in the pub are saying the new lot in the Old Schoolhouse need running out the village before the summer.",
        IP,
        CON,
    ),
    case(
        "dundee hiding nae polis",
        "See the boy that's been keying motors up the Hilltown, when we get a hold o him he's getting a right "
        "hiding, nae polis.",
        CON,
        urgent=True,
    ),
    case(
        "doric caravans the morn",
        "Me and the loons are gaun up tae the caravans the morn tae hae a word wi them aboot the diesel, an it'll "
        "nae jist be a word.",
        CON,
        urgent=True,
    ),
    case(
        "after match bell estate",
        "After the match on Saturday the lads are heading over to the Bell estate to hunt out the ones who put the "
        "bus shelter in.",
        CON,
        urgent=True,
    ),
    case(
        "night phone going out to him now",
        "hes outside AGAIN in his car im going out to him now with my brother",
        CON,
        urgent=True,
    ),
    case(
        "whatsapp rota torches dogs",
        "We've set up a WhatsApp rota, two men a night from Monday with torches and dogs, walking round the farms "
        "to catch the thieves at it.",
        CON,
        urgent=True,
    ),
    case(
        "dog goes on them",
        "Any more of them coming in my yard at night and the dog goes on them, I've told the whole village.",
        CON,
        urgent=True,
    ),
    case(
        "shotgun steading threat",
        "I keep a shotgun for the vermin, and the next one in my steading at 3am will find out what it's for.",
        CON,
        urgent=True,
    ),
    case(
        "paint windscreen plate tonight",
        "Going to paint what I think of him across his windscreen tonight, ND62 PLT, parks it on the pavement "
        "every day so the pram has to go in the road.",
        IP,
        CON,
        urgent=True,
    ),
    case(
        "sugar in tank this weekend",
        "Somebody should put sugar in the tank of that van that's always in the disabled bay at the surgery. I "
        "might do it myself this weekend.",
        CON,
        urgent=True,
    ),
    case(
        "fence post waiting",
        "Tell the walkers if they keep cutting my fence I'll be waiting at the stile with a fence post.",
        CON,
        urgent=True,
    ),
    case(
        "formal retired gentlemen detain thursday",
        "Since the constabulary appears unable to act, several of us retired gentlemen intend to detain the "
        "culprits ourselves on Thursday evening when the youths gather at the bowling green.",
        CON,
        urgent=True,
    ),
    case(
        "share photo then visit",
        "I'm sharing his photo in every group in Ashington until someone tells us where he lives, then we'll pay "
        "him a visit he won't forget.",
        CON,
        urgent=True,
    ),
    case(
        "teesside bray after work",
        "Our kid's gonna bray him when he finishes work tonight, he knows which club he drinks in.",
        CON,
        urgent=True,
    ),
    case(
        "sit up in dark lock shed",
        "If I catch them in my shed again I'm locking them in and they can wait for you lot. Tomorrow night I'm "
        "sitting up in the dark to do just that.",
        CON,
        urgent=True,
    ),
    case(
        "caravan on verge burning",
        "The caravan on the verge wants burning out, and someone will do it tonight if the council won't shift it.",
        CON,
        urgent=True,
    ),
    case(
        "mackem hammer behind door",
        "If the lads that keep booting my door come back I've got a hammer behind it and I will use it, I'm done.",
        CON,
        urgent=True,
    ),
    case(
        "night phone chasing now",
        "chasin them now up the back lane they went ovr the wall at the church",
        CON,
        urgent=True,
    ),
    case(
        "dealer needs legs broken",
        "somebody wants to break that drug dealer's legs honestly, the whole estate would thank them",
        ACC,
        CON,
    ),
    case(
        "lamp post posters plate",
        "I'm going to print posters with his car and the reg SK14 BNE on and stick them on every lamp post so folk "
        "know he's the one racing past the school.",
        IP,
        ACC,
        CON,
    ),
    case(
        "own patrols after clocks change",
        "I think once the clocks go forward we should start our own patrols round the village, proper ones with hi "
        "vis and radios, since the police never come out here.",
        CON,
    ),
    case(
        "dog poisoner deserves same",
        "Whoever's been putting poison down for the dogs on the common deserves the same done to them.",
        CON,
    ),
    case(
        "name and shame dog fouling page",
        "Thinking of starting a page with photos of everyone who lets their dog foul the path by the school, name "
        "and shame the lot of them.",
        CON,
    ),
    case(
        "4x4 dragged into ditch",
        "The next 4x4 I find parked across my field gate is getting dragged off with the tractor and dumped in the "
        "ditch, see if they come back then.",
        CON,
        urgent=True,
    ),
    case(
        "needs a good slap",
        "That lad on the scooter needs a good slap off somebody, honestly, his mother won't do it.",
        CON,
    ),
    case(
        "formal confront at may meeting",
        "I am minded to take the matter into my own hands and confront the gentleman about his dog at the parish "
        "council meeting in May, since letters have achieved nothing.",
        CON,
    ),
    case(
        "photograph dog walkers for paper",
        "A group of us want to start following the walkers who let their dogs off by the sheep and photograph "
        "them for the paper.",
        CON,
    ),
    case(
        "wheel clamp farm shop",
        "I've bought a wheel clamp and the next car that parks in front of the farm shop entrance is getting it, "
        "and they can pay me to get it off.",
        CON,
        urgent=True,
    ),
    case(
        "sarcastic ask nicely slurry",
        "Oh aye, I'll just ask them nicely, will I? No chance. Tomorrow morning their car's getting a tank of "
        "slurry over it.",
        CON,
        urgent=True,
    ),
    case(
        "rambling geordie con middle",
        "Right, long one. The bus was late again, the bairn's got chickenpox, and the lights on the bridge are "
        "still flickering. Main thing is the lads on the scramblers ripping up the field behind the welfare. Me "
        "and a few of the dads are ganna wait for them at the gap in the hedge the morra neet and take the bikes "
        "off them. Also can someone sort the dog bin by the bench, it's overflowing.",
        CON,
        urgent=True,
    ),
    case(
        "scouse sound warning",
        "Tell that lot in the Astra if they do another lap of the close tonight me and the lads will be waiting "
        "for them at the bottom, sound.",
        CON,
        urgent=True,
    ),
    case(
        "west country block him in",
        "Proper fed up with him parking across the lane. One of these market days I'm blocking him in with the "
        "Land Rover and he can wait till I'm good and ready.",
        CON,
    ),
    # --- Identity suspicion ---
    case(
        "travellers rugby club field",
        "Travellers have pulled onto the field by the rugby club, so lock everything up, the thefts will start now.",
        IDS,
    ),
    case(
        "foreign lads doing drives",
        "Van full of foreign lads knocking on doors offering to do driveways, they're not from round here so I'd "
        "be wary.",
        IDS,
    ),
    case(
        "eastern european packhouse tools",
        "The workers at the packhouse are all Eastern Europeans and the tools started going missing when they "
        "came, can't be a coincidence.",
        IDS,
    ),
    case(
        "english incomers old manse",
        "Since the English incomers bought the Old Manse there's been cars up and down the track at all hours. "
        "They're up to something.",
        IP,
        IDS,
    ),
    case(
        "muslim lads chippy",
        "Group of Muslim lads standing about outside the chippy looking shifty, thought you should know given "
        "everything in the news.",
        IDS,
    ),
    case(
        "outsiders doing break ins",
        "It'll be outsiders doing the break-ins, nobody from this village would do that to their own.",
        IDS,
    ),
    case(
        "pikeys back on common",
        "pikeys back on the common, hide your quads",
        ACC,
        IDS,
    ),
    case(
        "scousers at night farms",
        "Two men with Liverpool accents asking directions to the farms after dark. What would Scousers want out "
        "here at that time of night?",
        IDS,
    ),
    case(
        "romanian car wash front",
        "That Romanian car wash on the industrial estate has to be a front for something, you only need to look "
        "at them.",
        IDS,
    ),
    case(
        "asylum hotel bikes",
        "Since they put the asylum seekers in the hotel on the front, the bikes have been going missing. Draw "
        "your own conclusions.",
        IDS,
    ),
    case(
        "formal gentlemen foreign appearance",
        "I observed two gentlemen of foreign appearance photographing houses on Albert Road this morning. Given "
        "their appearance I thought it prudent to report them.",
        IDS,
    ),
    case(
        "irish tarmac lock up",
        "Irish travellers offering tarmac round the doors again, lock up, you know what they're like.",
        IDS,
    ),
    case(
        "manchester plates not from here",
        "Car with Manchester plates parked by the primary school for an hour. Not from round here, probably "
        "casing the place.",
        IDS,
    ),
    case(
        "black lad slow on bike",
        "Black lad on a bike riding slowly round the estate, you don't see many round here so I've reported it.",
        IDS,
    ),
    case(
        "polish lads farm diesel tonight",
        "It's the Polish lads at the caravans behind the farm taking the diesel, and we're going up there tonight "
        "to have it out with them.",
        ACC,
        CON,
        IDS,
        urgent=True,
    ),
    # --- Immediate danger and self-harm ---
    case(
        "man under quad bottom field",
        "Man trapped under a quad bike in the bottom field, he's awake but can't feel his legs. Ambulance called, "
        "we can't lift it off him.",
        DAN,
    ),
    case(
        "night phone cpr now",
        "neighbour collapsed on the path not breathing properly doing cpr now ambulance coming",
        DAN,
    ),
    case(
        "knife waved outside spar now",
        "Lad waving a big knife about outside the Spar on Front Street right now, shouting at folk going in.",
        DAN,
    ),
    case(
        "hedley street fire kids",
        "House on fire on Hedley Street and I think the kids are still inside, the fire engine isn't here yet.",
        DAN,
    ),
    case(
        "end it tonight sorry",
        "I can't do this anymore. I'm going to end it tonight. Sorry for wasting your time with this.",
        DAN,
    ),
    case(
        "woman wrong side tyne bridge",
        "There's a woman on the wrong side of the railings on the Tyne Bridge, she looks like she's going to jump.",
        DAN,
    ),
    case(
        "glasgow bleeding in close",
        "Boy lying in the close bleedin fae his heid, no movin at aw. Somebody's phoned an ambulance.",
        DAN,
    ),
    case(
        "toddler on dual carriageway",
        "Wee boy about 3 wandering on the dual carriageway verge in his pyjamas, I've pulled over and I'm with him, "
        "can't see any adults anywhere.",
        DAN,
    ),
    case(
        "old gentleman out all night frost",
        "An old gentleman has fallen in his garden and been out all night in the frost, he's very cold and "
        "confused. I've put coats over him and the ambulance is on its way.",
        DAN,
    ),
    case(
        "formal beating with bat now",
        "I am writing this while watching two men beat a third with a bat in the car park opposite my window. The "
        "man on the ground is no longer moving.",
        DAN,
    ),
    case(
        "bull knocked woman down",
        "Bull's got out and is going for walkers on the footpath, a woman's been knocked down and isn't getting up.",
        DAN,
    ),
    case(
        "gas smell old couple",
        "Strong smell of gas coming from the downstairs flat and there's an old couple in there who aren't "
        "answering the door.",
        DAN,
    ),
    case(
        "man in peterhead harbour",
        "Somebody's gone in the harbour at Peterhead off the end of the pier, I can see him in the water struggling.",
        DAN,
    ),
    case(
        "screaming next door knife",
        "Woman screaming for help next door and I can hear things smashing, she keeps shouting that he's got a knife.",
        DAN,
    ),
    case(
        "night phone lass unconscious park",
        "young lass in the park unconscious think shes taken something wont wake up",
        DAN,
    ),
    case(
        "friend taken tablets blyth",
        "My friend has just messaged to say she's taken all her tablets and wants to die. She lives on her own in "
        "Blyth and won't pick up.",
        DAN,
    ),
    case(
        "dog attacking child green",
        "A dog is attacking a child on the green right now and the owner can't get it off her.",
        DAN,
    ),
    case(
        "car on roof in burn",
        "Car upside down in the burn at the bend, the driver's still in it and not answering us.",
        DAN,
    ),
    case(
        "night phone shots at windows",
        "man with gun in the street shooting at windows 2 shots",
        DAN,
    ),
    case(
        "barn fire farmhand inside",
        "Barn on fire at the steading and the farmhand went back in for the dogs, he's not come back out.",
        DAN,
    ),
    case(
        "son locked in bathroom",
        "My son has locked himself in the bathroom and says he's going to kill himself, please what do I do",
        DAN,
    ),
    case(
        "rambling farm update danger middle",
        "Usual update from the farms. The hedges are cut, the road's muddy, sorry about that. Oh God, there's a "
        "lad been knocked off his bike right at our gate this minute and he's lying still in the road with blood "
        "coming from his ear, I'm ringing 999 now. Rest of it can wait.",
        DAN,
    ),
    # --- Repeat targeting ---
    case(
        "repeat music 14 brough terrace",
        "Music blaring from 14 Brough Terrace again past midnight, third weekend running.",
        IP,
        REP,
        location="Brough Terrace",
        history=(
            Earlier(3, 501, "Loud party at 14 Brough Terrace until 3am, bottles in the street.", "Brough Terrace"),
            Earlier(10, 501, "Shouting and music from 14 Brough Terrace again.", "Brough Terrace"),
        ),
        reporter_id=501,
    ),
    case(
        "repeat plate at school gate",
        "SN66 LRT parked up by the school gate again watching the kids come out.",
        IP,
        REP,
        history=(
            Earlier(5, 502, "Grey car SN66 LRT sat outside the primary at home time."),
            Earlier(12, 503, "SN66 LRT parked on the zigzags at the school for half an hour."),
        ),
        reporter_id=502,
    ),
    case(
        "repeat union street dealing friday",
        "Her at 6 Union Street is still dealing, I've reported it three times now and if nothing's done by Friday "
        "we'll deal with her ourselves.",
        IP,
        ACC,
        CON,
        REP,
        location="Union Street",
        history=(
            Earlier(4, 504, "Drug dealing from 6 Union Street, cars coming and going all night."),
            Earlier(15, 504, "More visitors at 6 Union Street, in and out in two minutes, it's dealing."),
        ),
        reporter_id=504,
        urgent=True,
    ),
    case(
        "repeat craig moffat garages",
        "Craig Moffat from the Ladywell flats was hanging about the lock-up garages again last night.",
        IP,
        REP,
        history=(
            Earlier(7, 505, "Craig Moffat from the Ladywell flats hanging about the garages at 1am."),
            Earlier(20, 505, "Saw Craig Moffat of Ladywell round the back of the garages late on."),
        ),
        reporter_id=505,
    ),
    case(
        "repeat mill cottages dogs",
        "Dogs from 2 Mill Cottages loose in with the sheep again this morning.",
        IP,
        REP,
        history=(
            Earlier(6, 506, "Two dogs from 2 Mill Cottages chasing the ewes in the low field."),
            Earlier(25, 507, "The dogs at 2 Mill Cottages were in the lambing field, owner nowhere."),
        ),
        reporter_id=506,
    ),
    case(
        "repeat formal bonfires glebe road",
        "I must once again bring to your attention the bonfires of household rubbish at 9 Glebe Road, which fill "
        "my kitchen with smoke.",
        IP,
        REP,
        history=(
            Earlier(9, 508, "Smoke from a garden bonfire at 9 Glebe Road, plastics being burned."),
            Earlier(18, 508, "Further bonfire at 9 Glebe Road this afternoon, the smell is appalling."),
        ),
        reporter_id=508,
    ),
    case(
        "repeat plate speeding photo tonight",
        "NL19 HXE speeding through the village again. Tonight I'm waiting at the bend to shove my camera in his "
        "face when he slows.",
        IP,
        CON,
        REP,
        history=(
            Earlier(2, 509, "NL19 HXE doing about 60 past the school."),
            Earlier(11, 512, "Black BMW NL19 HXE overtaking on the bend by the chapel."),
        ),
        reporter_id=509,
        urgent=True,
    ),
    # --- Histories that must not count as repeat targeting ---
    case(
        "no repeat old hawthorn road",
        "Loud music from 31 Hawthorn Road again last night.",
        IP,
        history=(
            Earlier(45, 510, "Party at 31 Hawthorn Road went on till 4."),
            Earlier(62, 510, "Music from 31 Hawthorn Road late on a Sunday."),
        ),
        reporter_id=510,
    ),
    case(
        "no repeat different grange houses",
        "Bins left out at 5 Grange Crescent for a week now, blowing about.",
        IP,
        history=(
            Earlier(3, 511, "Bins out at 7 Grange Crescent all week."),
            Earlier(8, 511, "Rubbish bags split outside 12 Grange Crescent."),
        ),
        reporter_id=511,
    ),
    case(
        "no repeat old plate",
        "Same blue van PY63 KVR parked on the verge by the church again.",
        IP,
        history=(
            Earlier(40, 513, "Blue van PY63 KVR on the church verge overnight."),
            Earlier(55, 514, "PY63 KVR parked half on the pavement by the lychgate."),
        ),
        reporter_id=513,
    ),
)
