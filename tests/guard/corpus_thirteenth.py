"""THIRTEENTH_HELD_OUT: new labelled reports for measuring the guard on wording it has never seen,
written before any rule was changed for it, by someone who had not seen the rules or the guard's
output. 235 reports: 95 with no flag; 71 identifying a person, 28 accusation, 36 confrontation,
16 identity suspicion, 12 repeat targeting, 29 danger; 55 urgent. Its writer did read
guard_corpus.py's account of earlier rounds of tuning, which names a few wordings the rules were
changed for, so it is a little less blind than the twelfth. Never tune on it; add a report it gets
wrong to DEVELOPMENT in your own words.
"""

from tests.guard.guard_corpus import ACC, CON, DAN, IDS, IP, REP, Case, Earlier, case

THIRTEENTH_HELD_OUT: tuple[Case, ...] = (
    case(
        "speed watch a38 garden centre",
        (
            "Speed Watch session on the A38 by the garden centre, 07:30 to 08:30. 212 vehicles counted, 31 "
            "over 35 in the 30 limit, highest 52. Two of us on the verge, hi-vis on, nobody approached. Sheet"
            " sent to the coordinator."
        ),
    ),
    case(
        "flickering light post office",
        (
            "hi just to say the street light outside the post office on station road has been flickering for "
            "a week now its pitch black by the bus shelter and the older ones are scared to walk past it at "
            "night thanks"
        ),
    ),
    case(
        "vicarage lane allotment sheds",
        (
            "Someone has been through the sheds at the Vicarage Lane allotments again. Three padlocks cut, a "
            "strimmer and a petrol can gone. No idea who, it happened between Sunday evening and Tuesday "
            "morning."
        ),
    ),
    case(
        "dying to know bike update",
        (
            "Dying to know if there's any update on the bike thefts at the railway station racks? Four gone "
            "in a fortnight."
        ),
    ),
    case(
        "under twelves murdered them",
        (
            "Our under-12s absolutely murdered them 6-0 on Saturday, brilliant, but half the away parents "
            "parked right across the dropped kerb on Fieldhouse Road for the whole match. An ambulance "
            "couldn't have got through."
        ),
    ),
    case(
        "over my dead body water meadows",
        (
            "Over my dead body will they put 300 houses on the water meadows. The planning committee meets "
            "Thursday at the town hall and I'd urge every resident to come along and object in person."
        ),
    ),
    case(
        "fireworks rec midnight",
        (
            "Fireworks going off on the rec behind the leisure centre again, gone midnight on a school night."
            " The dog is shaking like a leaf. Teenagers I think but I couldn't see anyone from the window."
        ),
    ),
    case(
        "strike talk posters ripped",
        (
            "The posters for the history society talk on the 1984 strike and the battle at the coking plant "
            "keep being ripped down at the bus station. Three times now. Petty, but it's costing us money to "
            "reprint."
        ),
    ),
    case(
        "garden bonfire washing",
        (
            "Somebody on the lane has a garden bonfire every Sunday and the smoke pours into our washing. "
            "It's not dangerous, just inconsiderate. Is this a council matter or yours?"
        ),
    ),
    case(
        "lambing killing me bridleway",
        (
            "Lambing's killing me this year so I'm up at all hours, and twice this week I've seen a 4x4 with "
            "no lights on driving up and down the bridleway above Top Farm about 2am. Didn't get a plate, too"
            " far off."
        ),
    ),
    case(
        "game chat threat america",
        (
            "My lad (11) was told by someone in an online game chat that they'd 'come round and kill him'. "
            "The player is in America according to the profile, he's absolutely fine and laughed it off. How "
            "do we report it to the game company? Just want advice really."
        ),
    ),
    case(
        "taxi rank vans double park",
        (
            "Taxi driver here. The rank on Market Square gets used by delivery vans every Friday night so we "
            "have to double park on the corner. Somebody's going to get clipped by a bus one of these days."
        ),
    ),
    case(
        "needles by the bench",
        (
            "Walking back from a night shift at 7am through the little park off Canal Street I saw a handful "
            "of used needles under the bench next to the play area. I didn't touch them. Could they be "
            "cleared before the school run?"
        ),
    ),
    case(
        "bank scam call mum",
        (
            "Scam call this morning pretending to be from the bank, asking my mum (84) for her card PIN. She "
            "hung up thank goodness. Number withheld. Worth warning the older members."
        ),
    ),
    case(
        "asda doughnuts sarcasm",
        (
            "Oh brilliant, another weekend of boy racers doing doughnuts in the Asda car park. Lovely. Really"
            " adds to the ambience. Could someone maybe drive past once in a blue moon?"
        ),
    ),
    case(
        "new in area motorbikes",
        (
            "Hello, I am new in this area. In the night I hear much noise from the car park behind the shops "
            "on High Street, motorbikes going fast without the lights. Is it normal here? Who I should call "
            "for this? Thank you."
        ),
    ),
    case(
        "kill the bill graffiti",
        (
            "Graffiti on the railway bridge at Northgate again, big letters saying KILL THE BILL. It's a "
            "protest slogan from the marches I think, not aimed at anybody, but it's been there a month now."
        ),
    ),
    case(
        "dead busy market cash tins",
        (
            "Dead busy at the market today and two of the traders said their cash tins were lifted while they"
            " were serving. Nobody saw who did it. They'd like a PCSO walking through on Saturdays if "
            "possible."
        ),
    ),
    case(
        "colliery road potholes caps",
        (
            "WHY IS NOBODY DOING ANYTHING ABOUT THE POTHOLES ON COLLIERY ROAD. THREE CARS WITH BURST TYRES "
            "THIS WEEK ALONE. THE COUNCIL SHOULD BE ASHAMED OF ITSELF."
        ),
    ),
    case(
        "council bin lorry bollard",
        (
            "Council bin lorry, reg WX68 KLP, mounted the pavement and flattened the bollard outside the "
            "chemist on Bridge Street this morning. Nobody hurt. Reported to the depot as well."
        ),
    ),
    case(
        "mp heckled at market",
        (
            "Our MP was on the market square handing out leaflets and a group of lads were shouting abuse at "
            "her. She handled it fine and they wandered off. Just logging it as anti-social behaviour."
        ),
    ),
    case(
        "bus station toilets smashed",
        (
            "The toilets at the bus station have been smashed up again, mirrors gone and two sinks cracked. "
            "The Stagecoach staff say it's every weekend now."
        ),
    ),
    case(
        "angle grinder false alarm",
        (
            "Sorry if this is silly. I heard a loud bang and smelled burning from a garage on our road, "
            "nearly rang 999, but it was a chap using an angle grinder on an old exhaust. All fine. Just "
            "saying in case others call it in."
        ),
    ),
    case(
        "karaoke killing me",
        (
            "The karaoke at the Red Lion is killing me, every Thursday until 1am with the doors open. Are "
            "they allowed to go that late?"
        ),
    ),
    case(
        "jet skis swimming buoys",
        (
            "Lovely evening on the beach but a couple of jet skis were racing inside the swimming buoys near "
            "the lifeboat station while kids were in the water. Nobody hurt but it was close. Harbour master "
            "told as well."
        ),
    ),
    case(
        "clay shoot sunday",
        (
            "Clay pigeon shoot at Hallam Farm this Sunday 10 till 4, so if you hear gunfire off Moor Lane "
            "that's what it is. The organisers have told the parish council."
        ),
    ),
    case(
        "car wash ice pavement",
        (
            "The car wash on the old petrol station site lets its water run straight over the pavement and it"
            " freezes first thing. Two people have slipped this week. Is that council or you?"
        ),
    ),
    case(
        "drone over orchard close",
        (
            "Kids flying a drone low over the back gardens on Orchard Close on Sunday. Probably harmless but "
            "a few of the residents felt uneasy about a camera looking into bedrooms."
        ),
    ),
    case(
        "rugby club guy burnt",
        (
            "Rugby club annual bonfire and fireworks is on 5 November, the guy goes on the fire at 7. Parking"
            " on Pavilion Lane will be heavy, please leave the field gate clear for the fire engine on "
            "standby."
        ),
    ),
    case(
        "fridge lay-by b4520",
        (
            "Someone's dumped a fridge and about twenty black bags in the lay-by on the B4520 by the old "
            "quarry turning. Fly-tipping again, third lot this year."
        ),
    ),
    case(
        "formal letter chapel street speed",
        (
            "Dear Sir or Madam, I am writing to express my concern regarding the speed of vehicles on Chapel "
            "Street between eight and nine in the morning. My late husband and I lived here for forty-one "
            "years and I have never known it so bad. I should be grateful if a Speed Watch session could be "
            "arranged. Yours faithfully."
        ),
    ),
    case(
        "skate park bike seats",
        (
            "bro someone keeps nicking the bike seats at the skate park lol like just the seats?? happened to"
            " 3 of us this week"
        ),
    ),
    case(
        "gas board barriers bus stop",
        (
            "The gas board were digging up Victoria Road all day, which is fine, but they've left the "
            "barriers across the bus stop overnight and people are standing in the road to flag the bus."
        ),
    ),
    case(
        "keyed car tennyson",
        (
            "My car was keyed overnight on Tennyson Avenue, the whole driver's side. No CCTV on our bit of "
            "road. I just need a crime reference number for the insurance please."
        ),
    ),
    case(
        "towpath lock 14 rubbish",
        (
            "Bloody hell, the state of the canal towpath by lock 14. Shopping trolleys, a mattress and an "
            "actual motorbike frame in the water. Is there anyone who clears this or do we ring the Canal and"
            " River Trust?"
        ),
    ),
    case(
        "florist shutters tags",
        (
            "We run the florist on the corner of King Street. Our shutters have been sprayed with tags twice "
            "this month. Is there any scheme or funding for anti-graffiti coating for small shops?"
        ),
    ),
    case(
        "straw dogs village hall",
        (
            "Film club watched Straw Dogs in the village hall last night, cheerful stuff, and afterwards we "
            "noticed the back door doesn't lock properly any more. Anyone could walk in. Reported to the hall"
            " committee too."
        ),
    ),
    case(
        "war memorial drinking",
        (
            "Big group of teenagers, maybe fifteen of them, hanging round the war memorial drinking on "
            "Friday. Not causing trouble as such but bottles everywhere and one was smashed on the steps."
        ),
    ),
    case(
        "scouse roofing cowboys",
        (
            "Ey la, there's been a white van goin round the estate off Scotland Road knockin on doors sayin "
            "they'll do your roof cheap, proper cowboys by the sound of it. Me nan nearly give them two "
            "hundred quid up front."
        ),
    ),
    case(
        "geordie quayside lights",
        (
            "Howay, the lights on the Quayside path under the bridge are oot again, canny dark for folk "
            "walkin yem from the toon on a Saturday neet."
        ),
    ),
    case(
        "welsh sheep cattle grid",
        (
            "There's sheep out on the mountain road above the village again, the cattle grid's broken by the "
            "chapel. Nearly hit one in the fog last night, mun. Could the council be told?"
        ),
    ),
    case(
        "glasgow bins alight back lanes",
        (
            "Somebody's been setting the big bins alight in the back lanes off Dumbarton Road, third time "
            "this month. Naebody hurt and the fire brigade put them oot, but it's getting beyond a joke."
        ),
    ),
    case(
        "yorkshire skunk ginnel",
        (
            "Ey up, there's a reight strong smell o' skunk coming up the ginnel behind Briggate of an "
            "evening. Not bothered mesen but t'kids walk through there to t'youth club."
        ),
    ),
    case(
        "west country honesty box",
        (
            "Alright my lover, some bugger's been pinching the honesty box money at the egg stall on the "
            "combe lane again. Third time since Easter. Only a few quid but it's the principle."
        ),
    ),
    case(
        "brummie scooters gas street",
        (
            "The towpath by Gas Street Basin's got lads on them electric scooters doing twenty-five past the "
            "narrowboats, bostin speed, somebody's gonna end up in the cut."
        ),
    ),
    case(
        "cat killed roundabout",
        (
            "Our cat was found dead on the road by the Cross Keys roundabout this morning. Probably a car, "
            "they fly round there. Does anyone do speed checks on that stretch?"
        ),
    ),
    case(
        "allotment bramble burn",
        (
            "Allotment committee notice: we'll be burning the cleared brambles on plot 7 on Saturday morning."
            " The fire will be watched the whole time and out by noon. Please don't ring it in."
        ),
    ),
    case(
        "community centre flooded",
        (
            "The plumber cut through a pipe at the community centre and flooded the kitchen and main hall. "
            "Nobody injured, but the building is shut until Monday so the Tuesday watch meeting is moved to "
            "the library."
        ),
    ),
    case(
        "rapid response sarcasm",
        (
            "Thanks so much for the 'rapid response' to my last report. Three weeks. Meanwhile the cars are "
            "still racing down the Parade every Friday night. Keep up the good work."
        ),
    ),
    case(
        "speed watch sworn at",
        (
            "Speed Watch volunteers were sworn at by a driver on Mill Hill this morning, shouting out of the "
            "window. We didn't engage, just logged the time as trained and carried on."
        ),
    ),
    case(
        "chef knife roll bus",
        (
            "Lost: my chef's knife roll with my whole set in it, left on the back seat of the 42 bus last "
            "night about 11pm. I work in the kitchen at one of the hotels on the front. If it gets handed in "
            "please let me know."
        ),
    ),
    case(
        "facebook rumour man in van",
        (
            "There's a rumour all over Facebook about a man in a van trying to get kids to come over near St "
            "Mary's school. I rang the school and they say nothing's been reported to them. Can you confirm "
            "whether there's anything in it?"
        ),
    ),
    case(
        "gas smell was bakery",
        (
            "That gas smell everyone was worried about by the bus station was the new bakery's oven flue. Gas"
            " network came out and checked. Panic over!"
        ),
    ),
    case(
        "dead rat sandpit",
        ("Dead rat in the sandpit at the Jubilee Gardens play park. Kids were about to start digging. Council please."),
    ),
    case(
        "brake cable cut station",
        (
            "Found my brake cable snapped this morning, the bike was locked at the station racks. Could be "
            "somebody tampering, could be a bike being shoved in next to it. Not sure it's worth anything but"
            " noting it."
        ),
    ),
    case(
        "bungalow torches field",
        (
            "I'm in one of the bungalows on the close that back onto the big field and I keep seeing torches "
            "moving about late at night. Might be lampers after rabbits. Nothing else has happened."
        ),
    ),
    case(
        "ring doorbell pavement",
        "hi is it ok to put a ring doorbell up if it points at the pavement as well as my path",
    ),
    case(
        "tv drama fight filming",
        (
            "A fight scene for a TV drama is being filmed on the seafront on Thursday, fake blood and prop "
            "knives, so please don't panic if you walk past. The production company has told the council."
        ),
    ),
    case(
        "stones thrown at bus",
        (
            "I drive the number 7. Stones were thrown at the bus at the Ridgeway terminus three nights "
            "running, windscreen cracked last night. Nobody hurt and I couldn't see who it was in the dark."
        ),
    ),
    case(
        "pit lane shaft fence",
        (
            "The fence round the capped shaft at the top of Pit Lane is down again and kids have been "
            "climbing on the concrete cap at weekends. Nobody's hurt but it needs the Coal Authority out."
        ),
    ),
    case(
        "transformer bang",
        (
            "Massive bang at 3am, turns out a transformer blew at the substation by the industrial estate. "
            "Power was back by 6. Just letting people know it wasn't a gun or anything."
        ),
    ),
    case(
        "text speak wheelies park",
        ("cld u send sum1 2 the park nr the leisure centre at wkend, gangs of yts on bikes doin wheelies n scarin ppl"),
    ),
    case(
        "volunteer speed watch westfield",
        ("Is there a Speed Watch group for Westfield? Happy to volunteer, I'm retired and have plenty of time."),
    ),
    case(
        "co-op window smashed",
        "The Co-op on Clarence Road had its front window smashed last night. Staff say nothing was taken.",
    ),
    case(
        "horse stirrup clipped",
        (
            "Two riders on Sandy Lane say a silver hatchback with tinted windows overtook them so close it "
            "clipped a stirrup. They didn't get the plate. The horse was fine, the rider shaken."
        ),
    ),
    case(
        "discourage name and shame",
        (
            "Parents: there's a group chat telling people to go and name and shame the driver who hit the "
            "lollipop lady. Please don't. The police already have the driver and she's home from hospital. "
            "Let it be dealt with properly."
        ),
    ),
    case(
        "car boot tools morrisons",
        (
            "My grandson told me to report this: someone sells 'bargain' power tools out of a car boot in the"
            " Morrisons car park on Sunday mornings. Could be stolen, could be perfectly innocent."
        ),
    ),
    case(
        "miners welfare toasties",
        (
            "Quiz night got heated, not literally, well a bit literally: the fire alarm went off at the "
            "Miners Welfare because of the toasties. Everyone out, everyone back in. All fine."
        ),
    ),
    case(
        "dead fish weir",
        (
            "Chemical smell from the river by the weir and dead fish along the bank all the way to the "
            "footbridge. Environment Agency informed this morning."
        ),
    ),
    case(
        "dog bags hedge towpath",
        "Somebody keeps hanging bagged-up dog mess in the hedge along the towpath. Dozens of bags. Gross.",
    ),
    case(
        "underpass dealing generic",
        (
            "There's drug dealing going on in the underpass by the ring road, I'm sure of it. Cars pull in "
            "and out every ten minutes all evening."
        ),
    ),
    case(
        "sort out hedges saturday",
        (
            "We're going to sort out the overgrown hedges on the footpath by the school ourselves this "
            "Saturday, the council said volunteers are fine if we wear gloves. Any objection from you?"
        ),
    ),
    case(
        "patrol beach litter",
        (
            "We'll patrol the whole beach with litter pickers on Sunday, Beach Clean group, 10am meeting at "
            "the pier. Bags and grabbers provided."
        ),
    ),
    case(
        "cycling proficiency elm grove",
        (
            "The school is teaching the kids a lesson in road safety on Tuesday with cycling proficiency, so "
            "Elm Grove will be closed 9 till 3. Please don't park across it."
        ),
    ),
    case(
        "zombie run fake blood",
        (
            "Bodies everywhere at the zombie run on the promenade Sunday, fake obviously, but the organisers "
            "left route tape and empty fake-blood bottles all over the beach."
        ),
    ),
    case(
        "paintball footpath",
        (
            "The paintball place at the old quarry has kids firing over the fence at walkers on the footpath."
            " Only paint, but an older lady got one on the leg. Could someone have a word with the owners?"
        ),
    ),
    case(
        "nearly died laughing signs",
        (
            "Nearly died laughing at the new 'SLOW DOWN OR ELSE' signs the kids painted at the primary. "
            "Brilliant. Speed Watch on Tuesday at the usual spot."
        ),
    ),
    case(
        "butchers cctv stolen",
        "The butcher's on Queen Street had its CCTV camera stolen right off the wall. Cheek of it.",
    ),
    case(
        "black ice harbour hill",
        (
            "Black ice on the hill down to the harbour, two cars have already slid into the wall this "
            "morning, nobody hurt. Gritter needed before the school run."
        ),
    ),
    case(
        "coach driver phone m62",
        (
            "My daughter's school trip was to the war museum and she came home full of tanks and bombs, but "
            "what worried me was her saying the coach driver was on his phone on the M62. Coach firm named on"
            " the letter, I've emailed them."
        ),
    ),
    case(
        "polish car go home",
        (
            "I am Polish and my car was painted with the words GO HOME on Saturday night on Lime Street. I "
            "think it is because of my nationality. I do not know who did it. I want it recorded please."
        ),
    ),
    case(
        "diwali fireworks temple",
        (
            "The temple's Diwali fireworks are on Saturday 7 to 8pm, they've put a note through every door. "
            "Lovely event, just letting the scheme know so nobody rings it in."
        ),
    ),
    case(
        "antisemitic graffiti shelter",
        (
            "Nasty antisemitic graffiti sprayed on the bus shelter on Leeds Road overnight. Please can it be "
            "removed quickly, children walk past it to school."
        ),
    ),
    case(
        "two lads trying handles",
        (
            "Two lads trying car door handles on Linden Road about 11pm. One tall in a white North Face "
            "jacket, one shorter in grey. They went off towards the park when a light came on."
        ),
    ),
    case(
        "one of them weird nights",
        (
            "Weird night on the seafront. Fog horn going, seagulls screaming, some drunk singing sea shanties"
            " at the shelter. Nothing criminal, just atmospheric."
        ),
    ),
    case(
        "seaside arcade change machine",
        (
            "The change machine at the arcade on the prom has been jemmied overnight. Owner's sorting it, "
            "just wanted it on the map for the scheme."
        ),
    ),
    case(
        "bus station pigeon netting",
        (
            "Netting over the bus station roof has come down and it's flapping over the bays in the wind. "
            "Could catch a cyclist. Reported to the operator too."
        ),
    ),
    case(
        "retired teacher leaflet",
        (
            "As a retired teacher I'd be happy to deliver the crime-prevention leaflets on the Meadows "
            "estate. Do you have copies for about 200 homes?"
        ),
    ),
    case(
        "mining village lead church",
        (
            "Lead taken off the chapel roof at the top of the village again. The chapel trustees are at their"
            " wits' end. Any advice on smart water?"
        ),
    ),
    case(
        "cheeky so and so bins",
        (
            "Some cheeky so-and-so keeps putting their bin bags in the church hall wheelie bins. Not a crime "
            "I know, but it's a right faff for the volunteers."
        ),
    ),
    case(
        "dialect cut the lights",
        (
            "Lights on the canal towpath from the aqueduct to the lock are all out. It's black as your hat "
            "down there. Canal trust says it's the council, council says it's the canal trust."
        ),
    ),
    case(
        "scared walking home teen",
        (
            "im 16 and walking home from college through the underpass is proper scary rn cos the lights are "
            "smashed. nothing has happened, just can u get them fixed"
        ),
    ),
    case(
        "cricket bowled them out",
        (
            "The seconds bowled them out for 43 on Saturday, slaughter, but someone reversed into the "
            "pavilion gate and drove off. Gate's hanging off. If anyone's got dashcam from Church Lane about "
            "5pm please say."
        ),
    ),
    case(
        "christmas lights stolen",
        ("Christmas lights stolen off the tree on the market square overnight, the whole string. Who does that."),
    ),
    case(
        "transit brook lane plate",
        (
            "A dark blue Transit, reg YK17 FHD, has been parked on the verge at the end of Brook Lane with "
            "its engine running most nights this week around 1am. Might be nothing, just odd."
        ),
        IP,
    ),
    case(
        "lady number 8 harbour view",
        (
            "The lady at number 8 Harbour View hasn't opened her curtains for two days and the milk's still "
            "on the step. She's in her nineties and her family are in Australia. Could someone knock?"
        ),
        IP,
    ),
    case(
        "tackle shop witness",
        (
            "Kevin Marsh who runs the tackle shop says he's seen the same car sitting in the harbour car park"
            " every night this week, two men in it, watching the boats. He's happy to be contacted."
        ),
        IP,
    ),
    case(
        "voice text bmw laps",
        (
            "theres a black bmw registration LR66 XRT been doing laps round the estate at school kicking out "
            "time way too fast theres little ones crossing"
        ),
        IP,
    ),
    case(
        "speed watch top three plates",
        (
            "Speed Watch log, Station Road 16:00-17:00. Top three: GN21 WPA at 48, BX70 KLE at 46, SJ15 OOT "
            "at 44, all in the 30. Forms attached."
        ),
        IP,
    ),
    case(
        "man above launderette bandstand",
        (
            "There's a man in a red cagoule who sits by the bandstand every afternoon facing the swings. He "
            "lives in the flat above the launderette on Coronation Street I think. Probably nothing, a couple"
            " of mums mentioned it."
        ),
        IP,
    ),
    case(
        "mrs patel bin fire",
        (
            "Mrs Patel at 22 Orchard Road asked me to report that her wheelie bin has been set alight twice "
            "this month. She doesn't use email."
        ),
        IP,
    ),
    case(
        "flat 3 clarendon dog",
        (
            "The tenant in flat 3, Clarendon House, leaves his dog shut in all day while he's at work. It "
            "howls from eight till six. Poor thing sounds distressed. RSPCA or you?"
        ),
        IP,
    ),
    case(
        "taxi lost laptop fare",
        (
            "Taxi driver. A fare left a bag in my cab last night, he got out at 41 Nelson Street about 2am. "
            "Laptop in it. Can I drop it at the station front desk?"
        ),
        IP,
    ),
    case(
        "paper round girl followed",
        (
            "Shannon Doyle, who does the paper round on Beech Avenue, told me a car crawled along behind her "
            "for two streets this morning. She's 14. Dark estate car, no plate seen."
        ),
        IP,
    ),
    case(
        "gareth number 5 van",
        (
            "My neighbour Gareth at number 5 Tudor Way had his van broken into overnight, all his tools gone."
            " He's too proud to report it so I'm doing it."
        ),
        IP,
    ),
    case(
        "motorbike footpath plate",
        (
            "The motorbike with the plate MA19 ZZP keeps riding up the footpath along the railway line, right"
            " past the kids walking to school."
        ),
        IP,
    ),
    case(
        "nurse qashqai watching staff",
        (
            "I'm a nurse on nights at the General. I park on Wellington Terrace and the same grey Qashqai, "
            "DE65 HTU, has been sat there three nights with two people in it, engine on, facing the staff car"
            " park. It makes me uneasy."
        ),
        IP,
    ),
    case(
        "mr hughes newsagent window",
        (
            "Old Mr Hughes who has the newsagent's on Market Street had his window put through on Tuesday. "
            "He's 80 and shaken up. Could someone pop in?"
        ),
        IP,
    ),
    case(
        "julie greyhounds prom",
        (
            "The woman with three greyhounds on the prom at 6am, Julie I think, lives on Marine Parade, says "
            "she's seen someone going along the parked cars trying doors. Worth talking to her."
        ),
        IP,
    ),
    case(
        "tow car plate common",
        (
            "A car towing a caravan, plate AB12 CDE, has been parked on the common by the pond since Friday. "
            "Not bothering anyone, just wondering whether it's allowed."
        ),
        IP,
    ),
    case(
        "tomasz 14b albert street",
        (
            "My neighbour at 14B Albert Street, his name is Tomasz, he ask me to write because his English is"
            " not good. His car window was broken Saturday night and the radio stolen."
        ),
        IP,
    ),
    case(
        "thank liam shell garage",
        (
            "Please pass on a thank you to the young man at the Shell garage on the bypass, Liam I think, who"
            " helped push my car off the road when it broke down at 11pm. Very kind."
        ),
        IP,
    ),
    case(
        "whitworths away three weeks",
        (
            "Brian and Sue Whitworth on Cedar Close are away for three weeks from Monday and asked if the "
            "patrol car could go past now and then."
        ),
        IP,
    ),
    case(
        "allotment plot holder witness",
        (
            "Derek Oates, who has plot 12, saw two people climbing the allotment fence on the Bradley Road "
            "side at dusk. He's on the committee and will give a statement."
        ),
        IP,
    ),
    case(
        "canal boat moored plate",
        (
            "Silver Berlingo, NX16 TGF, parked on the towpath access by the swing bridge every day blocking "
            "the boaters' trolleys. Owner not known."
        ),
        IP,
    ),
    case(
        "nonce gladstone street",
        ("That nonce at number 31 Gladstone Street was hanging round the school gates again this afternoon."),
        IP,
        ACC,
    ),
    case(
        "darren pike dealing hillside",
        (
            "Everyone knows Darren Pike is dealing out of his mum's flat on the Hillside estate. The traffic "
            "in and out is constant, day and night."
        ),
        IP,
        ACC,
    ),
    case(
        "end house pit row fiddle",
        (
            "The bloke in the end house on Pit Row is on the fiddle. Claims he can't walk and then he's up a "
            "ladder doing roofs for cash every weekend."
        ),
        IP,
        ACC,
    ),
    case(
        "ryan car wash thief",
        (
            "Ryan at the car wash on Canal Street is a thief. He took twenty quid out of my door pocket while"
            " he was hoovering it."
        ),
        IP,
        ACC,
    ),
    case(
        "grey moped parcels",
        (
            "The lad on the grey moped, KX18 PLM, is the one knocking off the parcels from doorsteps round "
            "here. Seen him twice with boxes under his arm."
        ),
        IP,
        ACC,
    ),
    case(
        "taxi driver swan druggie",
        (
            "The taxi driver who waits outside the Swan in the white Skoda is a druggie, I've seen him "
            "snorting off his phone between fares. And he's driving people."
        ),
        IP,
        ACC,
    ),
    case(
        "sarcastic harrison rectory lane",
        (
            "Oh of course the lovely Mr Harrison at 9 Rectory Lane is an angel, definitely not the one who "
            "poisoned my dog after it barked at his cat. Obviously."
        ),
        IP,
        ACC,
    ),
    case(
        "jordan mills weed year nines",
        ("Our Kayleigh's ex, Jordan Mills, is selling weed to year nines outside the chippy on Bridge Road."),
        IP,
        ACC,
    ),
    case(
        "flat 12 priory court grass",
        ("The woman in flat 12 at Priory Court is a grass, she rings you lot every time anyone has people round."),
        IP,
        ACC,
    ),
    case(
        "formal mr frost car wash fraud",
        (
            "I wish to bring to your attention that the proprietor of the hand car wash on Hollins Road, a Mr"
            " Daniel Frost, is in my opinion employing men without paying them and is almost certainly "
            "engaged in fraud."
        ),
        IP,
        ACC,
    ),
    case(
        "johnson lad took bike",
        ("The Johnson lad from Coronation Terrace took my grandson's bike off him on the rec and rode off on it."),
        IP,
        ACC,
    ),
    case(
        "dai morgan diesel tanks",
        (
            "That Dai Morgan from the top of the valley road is the one having the red diesel out of the farm"
            " tanks, everybody up here knows it, he's been selling it on."
        ),
        IP,
        ACC,
    ),
    case(
        "stevie gallacher charity tins",
        (
            "Yon Stevie Gallacher's been helping himself tae the charity tins in every shop on the main "
            "street. I watched him dae it in the bakers."
        ),
        IP,
        ACC,
    ),
    case(
        "red audi 17 fern hill dealer",
        ("the guy with the red audi at 17 fern hill is a dealer i swear cars pull up all night and leave in two mins"),
        IP,
        ACC,
    ),
    case(
        "mr carter paedo teen",
        "mr carter who lives by the park is a paedo he stares at us all the time when we walk past",
        IP,
        ACC,
    ),
    case(
        "cowboy builder holly mews",
        (
            "The builder at 3 Holly Mews ripped my mum off for four thousand pounds and never finished the "
            "extension. Took the money and ran."
        ),
        IP,
        ACC,
    ),
    case(
        "school gate dad dealer",
        ("One of the dads at the school gate is a dealer, the kids all say so, he hands little bags over in the car."),
        ACC,
    ),
    case(
        "postie opening cards",
        (
            "The postie on our round is opening the birthday cards and taking the money out, I'd bet my life "
            "on it. Three of ours this year arrived empty."
        ),
        IP,
        ACC,
    ),
    case(
        "josh kerr spar vapes",
        "Josh Kerr, who works at the Spar on Holme Lane, is the one selling vapes to kids round the back.",
        IP,
        ACC,
    ),
    case(
        "caps scumbag blue house cat",
        "THE SCUMBAG IN THE BLUE HOUSE ON WEAVER STREET HAS STOLEN MY CAT AND I WANT HER BACK",
        IP,
        ACC,
    ),
    case(
        "second language station approach thief",
        (
            "The man from number 6 Station Approach, he is thief, I see him take the bicycle from the rack at"
            " the station two times, once on Monday."
        ),
        IP,
        ACC,
    ),
    case(
        "landlady benefit fiddle",
        (
            "The landlady at the Plough is claiming single person discount and her fella lives there, she's "
            "fiddling the council left right and centre."
        ),
        IP,
        ACC,
    ),
    case(
        "uncle nicking lead",
        (
            "Her uncle, Terry Baines from Quarry Road, is the one stripping the lead off the chapel. He's got"
            " a van full of it in his yard."
        ),
        IP,
        ACC,
    ),
    case(
        "bungalow nurse accused",
        (
            "The carer who comes to my neighbour's bungalow on Elm Close, Tracy, has been taking money out of"
            " her purse. My neighbour's confused but I've seen it."
        ),
        IP,
        ACC,
    ),
    case(
        "deal with him ourselves",
        "We've decided to deal with him ourselves. The police have had their chance.",
        CON,
    ),
    case(
        "brothers end of drive tonight",
        "My brothers will be waiting at the end of his drive when he gets back from the pub tonight.",
        CON,
        urgent=True,
    ),
    case(
        "dads hi-vis next month",
        (
            "A few of us dads are going to start walking the estate at night in hi-vis from next month to see"
            " who's doing the break-ins, and if we catch them, well, they'll know about it."
        ),
        CON,
    ),
    case(
        "rope across towpath tonight",
        (
            "If the little sods on the mopeds come down the towpath tonight I've got a rope tied across by "
            "the lock ready. Let's see them jump that."
        ),
        CON,
        urgent=True,
    ),
    case(
        "colliery row after work",
        "I'm going round to 19 Colliery Row after work tomorrow to have it out with him about my fence.",
        IP,
        CON,
        urgent=True,
    ),
    case(
        "followed golf blocked in",
        (
            "Followed the black Golf, GF20 OPL, all the way to the Tesco at Hinton, blocked him in and told "
            "him exactly what I thought of his driving. Next time it won't be words."
        ),
        IP,
        CON,
        urgent=True,
    ),
    case(
        "facebook name shame range rover",
        (
            "I'm setting up a Facebook page to name and shame the drivers who speed past the school. First up"
            " is the Range Rover, photo, plate, the lot."
        ),
        CON,
    ),
    case(
        "teach lad bookies cross street",
        "someone needs to teach that lad at the bookies on Cross Street a lesson and it'll be me",
        IP,
        CON,
        urgent=True,
    ),
    case(
        "what's coming where he parks",
        "He'll get what's coming to him. I know where he parks.",
        CON,
        urgent=True,
    ),
    case(
        "speed watch stand in road saturday",
        (
            "Speaking as Speed Watch we're fed up of just writing plates down. Some of us are going to stand "
            "in the road on Saturday and physically stop the worst ones."
        ),
        CON,
        urgent=True,
    ),
    case(
        "tyres transit lads",
        (
            "I've told my lads that if they see that Transit, HX14 DBY, on our road again they're to let all "
            "four tyres down."
        ),
        IP,
        CON,
        urgent=True,
    ),
    case(
        "citizen's arrest shop",
        (
            "Next time I catch anyone nicking from my shop I'm doing a citizen's arrest and sitting on them "
            "till you lot turn up."
        ),
        CON,
    ),
    case(
        "geordie batter radgie",
        (
            "Wor lass says divvent, but if that radgie comes near wor bairn at the bus stop again I'll batter"
            " him, nae messin."
        ),
        CON,
        urgent=True,
    ),
    case(
        "scouse round tonight",
        "Me and the lads are gonna go round and sort him out tonight, youse have had long enough.",
        CON,
        urgent=True,
    ),
    case(
        "should i go round sunday",
        (
            "Should I go round? Honestly I'm going to anyway on Sunday if I don't hear back from you, I just "
            "want it on record that I asked first."
        ),
        CON,
        urgent=True,
    ),
    case(
        "formal night watch friday",
        (
            "Please be advised that the residents' association has resolved to form a night watch rota. From "
            "this Friday members will challenge any person found loitering on Hawthorn Drive after 11pm."
        ),
        CON,
        urgent=True,
    ),
    case(
        "visit his work boss",
        "Might pay a visit to his work and let his boss know exactly what he's like.",
        CON,
    ),
    case(
        "husband cricket bat",
        ("My husband has taken the cricket bat and gone out looking for them. I can't get him on his phone."),
        CON,
        urgent=True,
    ),
    case(
        "allotment shed sleep weekend",
        (
            "Put a sign on my allotment shed: THIEVES WILL BE DEALT WITH. And I'll be sleeping in it this "
            "weekend with the dog, so we'll see who turns up."
        ),
        CON,
        urgent=True,
    ),
    case(
        "brick through windscreen",
        "Next time that white van parks across my drive it gets a brick through the windscreen.",
        CON,
        urgent=True,
    ),
    case(
        "sugar in the tank corsa",
        ("The Corsa that keeps doing doughnuts on the rec is YF62 UJK. Sugar in the tank, that's all I'm saying."),
        IP,
        CON,
        urgent=True,
    ),
    case(
        "teen jump phone robber",
        "me n my mates r gonna jump the kid who keeps robbing phones at the bus station after school tmrw",
        CON,
        urgent=True,
    ),
    case(
        "twelve bore chickens",
        ("If I catch they buggers at my chickens again I'll be waiting for 'em with the twelve-bore, see if I don't."),
        CON,
        urgent=True,
    ),
    case(
        "yorkshire piece of mind ashgrove",
        ("I'm off round to 'is 'ouse on Ashgrove tonight to gi' 'im a piece o' me mind, an' more if 'e wants it."),
        CON,
        urgent=True,
    ),
    case(
        "brummie scramblers off bikes",
        (
            "Our kid reckons we should just wait for the lads on the scramblers at the bottom of the Lickey "
            "Road and have em off their bikes. I'm inclined to agree with him."
        ),
        CON,
    ),
    case(
        "whatsapp forty every night",
        (
            "We've got a WhatsApp group now, forty of us, and we'll be out on the streets of the estate every"
            " night from now on till these burglars are caught."
        ),
        CON,
        urgent=True,
    ),
    case(
        "photo through every door",
        (
            "I've printed his photo and I'm putting it through every door on the estate so people know what "
            "he looks like and what he's done."
        ),
        CON,
    ),
    case(
        "grandad following lads now",
        (
            "Grandad's taken the car and gone after the lads who nicked the charity bucket from the pub, he's"
            " on the phone to me now saying he's right behind them on the ring road."
        ),
        CON,
        urgent=True,
    ),
    case(
        "take law into own hands sarcasm",
        ("Since nobody's bothered, I suppose I'll just have to take the law into my own hands, won't I. Marvellous."),
        CON,
    ),
    case(
        "night nurses confront hoodie",
        (
            "Some of us on nights have agreed to walk out to the car park together, and if the man in the "
            "hoodie is hanging round the cars again we're going to confront him."
        ),
        CON,
    ),
    case(
        "shopkeeper wait behind counter",
        (
            "Small shop owner. Fourth break-in. I've got a bat under the counter now and I'm sleeping in the "
            "back room from tonight. If they come back they'll regret it."
        ),
        CON,
        urgent=True,
    ),
    case(
        "taxi drivers block him in",
        (
            "Us drivers on the rank have had enough of the lad who does runners without paying. Next time he "
            "gets in a cab we're radioing round and blocking him in till he pays up."
        ),
        CON,
    ),
    case(
        "welsh boys sort him",
        (
            "The boys from the rugby club are going to have a quiet word with him, if you know what I mean, "
            "once he's out of the Castle on Friday."
        ),
        CON,
        urgent=True,
    ),
    case(
        "teenagers egg his car",
        ("we know whose car it is that nearly hit our mate and were going to egg it and key it this weekend"),
        CON,
        urgent=True,
    ),
    case(
        "plain lads waiting bus stop",
        ("The lads will be at the bus stop when he gets off the late bus. He won't be walking home on his own."),
        CON,
        urgent=True,
    ),
    case(
        "lot moved in from abroad",
        ("Since that lot moved in from abroad at the top of the road we've had three bikes go from the gardens."),
        IDS,
    ),
    case(
        "eastern europeans car wash catalytic",
        (
            "Gang of eastern Europeans hanging round the car wash all day, they'll be the ones doing the "
            "catalytic converters on our street."
        ),
        IDS,
    ),
    case(
        "travellers field sheds",
        (
            "Travellers have turned up on the field by the leisure centre and now all the sheds are getting "
            "done. Coincidence? I don't think so."
        ),
        IDS,
    ),
    case(
        "romanians traffic lights",
        (
            "Not being funny but it's always the Romanians at the traffic lights with the windscreen "
            "squeegees and then a week later cars on the estate get broken into."
        ),
        IDS,
    ),
    case(
        "muslim family visitors kings road",
        ("The Muslim family at 4 Kings Road get a lot of visitors late at night. Very suspicious if you ask me."),
        IP,
        IDS,
    ),
    case(
        "foreigners photos seafront",
        ("Bunch of foreigners sat in a car on the seafront taking photos of the houses. Casing them I reckon."),
        IDS,
    ),
    case(
        "outsiders always outsiders",
        "Outsiders. It's always outsiders. Nobody from this village would take lead off a church roof.",
        IDS,
    ),
    case(
        "not from round here caravan",
        (
            "They're not from round here, you can tell from how they talk, and since they parked that caravan"
            " on the lane the diesel's been going out of the tractors."
        ),
        IDS,
    ),
    case(
        "asylum hotel following girls",
        ("The asylum seekers at the hotel on the front are the ones following girls home, everyone's saying it."),
        IDS,
    ),
    case(
        "irish tarmac mrs green",
        (
            "The Irish lads who've been doing the driveways round here, I'd not trust them as far as I could "
            "throw them, bet they're the ones that robbed Mrs Green on Lark Rise."
        ),
        IDS,
        ACC,
        IP,
    ),
    case(
        "mosque parking sheds",
        (
            "Ever since the new mosque opened on Bradford Road there are cars parked everywhere and my shed's"
            " been broken into twice. Make of that what you will."
        ),
        IDS,
    ),
    case(
        "english incomers holiday lets",
        (
            "It's they English incomers wi their holiday lets, they're the ones leaving the gates open an "
            "letting the sheep oot, and I'd no be surprised if it's them at the quad bikes an all."
        ),
        IDS,
    ),
    case(
        "gypsy lot lay-by tools",
        ("Gypsy lot camped in the lay-by on the bypass again. Lock up your tools and your trailers everyone."),
        IDS,
    ),
    case(
        "chinese takeaway lads",
        (
            "Wouldn't surprise me if it's the Chinese lads from the takeaway on Station Road doing the "
            "scooter thefts, they're always out on bikes late."
        ),
        IDS,
        IP,
        ACC,
    ),
    case(
        "since the poles came",
        (
            "Since the Poles came to work at the chicken factory the village has gone downhill, sheds broken "
            "into, cars done. Not saying it's all of them."
        ),
        IDS,
    ),
    case(
        "man bottom steps canal bridge",
        (
            "There's a man lying at the bottom of the steps by the canal bridge, not moving, blood on his "
            "head. I've rung 999, can someone come."
        ),
        DAN,
    ),
    case(
        "stabbed outside kebab shop",
        (
            "somebody's just been stabbed outside the kebab shop on the high street theres blood everywhere "
            "hes holding his side"
        ),
        DAN,
    ),
    case(
        "letters to my kids",
        "I can't do this anymore. I've written letters to my kids. Nobody will miss me.",
        DAN,
    ),
    case(
        "smoke flats carlton road",
        (
            "Smoke pouring out of the upstairs windows of the flats on Carlton Road, I can hear a smoke alarm"
            " going and someone shouting inside."
        ),
        DAN,
    ),
    case(
        "gas landing block c",
        (
            "Really strong smell of gas on the landing of Block C at Riverside Court, nobody answering at the"
            " caretaker's office, some of the old ones are still in their flats."
        ),
        DAN,
    ),
    case(
        "toddler nappy main road",
        (
            "Toddler on his own on the pavement by the main road on Bridge Street, just in a nappy, no adult "
            "anywhere. I'm stood with him now."
        ),
        DAN,
    ),
    case(
        "machete car park spoons",
        ("Two men fighting with what looks like a machete in the car park behind the Wetherspoons, right now."),
        DAN,
    ),
    case(
        "geordie lad in the tyne",
        "There's a lad gone in the Tyne off the quayside by the bridge, he's not come back up, quick man.",
        DAN,
    ),
    case(
        "scots auld fella collapsed",
        "Auld fella's collapsed at the bus station, he's no breathin right and his lips are gone blue.",
        DAN,
    ),
    case(
        "welsh quad mountain road",
        (
            "Bloke's come off his quad on the mountain road above Cwm, he's in a bad way, leg all twisted "
            "under him, can't get a signal to ring, using the farm wifi."
        ),
        DAN,
    ),
    case(
        "friend all her tablets",
        (
            "My friend just messaged saying she's taken all her tablets and wants to sleep forever. She's on "
            "her own at flat 2, 18 Fairfield Road."
        ),
        DAN,
        IP,
    ),
    case(
        "hit her again through wall",
        ("He's hitting her again, I can hear her screaming through the wall and the kids crying, it's still going on."),
        DAN,
    ),
    case(
        "car into canal swing bridge",
        "A car's just gone into the canal at the swing bridge, the driver's still inside it.",
        DAN,
    ),
    case(
        "knife on the bus teen",
        (
            "theres a guy with a knife on the bus hes waving it at people we got off at the stop by the odeon"
            " hes still on"
        ),
        DAN,
    ),
    case(
        "woman slumped portland street",
        (
            "On my walk in to work I found a young woman slumped in a doorway on Portland Street, barely "
            "conscious and freezing. I've put my coat over her and called an ambulance, still waiting."
        ),
        DAN,
    ),
    case(
        "bungalow flames primrose close",
        (
            "The bungalow at the end of Primrose Close has flames coming out of the kitchen window and the "
            "old lady lives there on her own."
        ),
        DAN,
        IP,
    ),
    case(
        "hit at zebra crossing",
        "Someone's been hit by a car on the zebra crossing by the Co-op, she's not getting up.",
        DAN,
    ),
    case(
        "second language fell stairs",
        ("Please help, my neighbour he fall down the stairs, much blood from his head, he not answer me when I talk."),
        DAN,
    ),
    case(
        "son jump multi-storey",
        ("My son says he's going to jump off the multi-storey car park. He's sent me a photo from the top floor."),
        DAN,
    ),
    case(
        "shots fired marsh estate",
        (
            "Shots fired on the Marsh estate, three bangs and a car screeching off, there's someone on the "
            "floor by the garages."
        ),
        DAN,
    ),
    case(
        "yorkshire glassed crown",
        "Lad's been glassed outside t'Crown, he's pouring wi' blood from his neck, bouncers are wi' him.",
        DAN,
    ),
    case(
        "dog bit child face",
        ("Dog attack in the park, a little boy's been bitten on the face, the dog's still loose by the pond."),
        DAN,
    ),
    case(
        "fall in garden cannot get up",
        (
            "I have had a fall in my garden and cannot get up. I have my tablet with me. Please send someone "
            "to Rose Cottage, Back Lane, the side gate is open."
        ),
        DAN,
        IP,
    ),
    case(
        "kids through ice boating lake",
        ("Kids on the frozen boating lake in the park, one's gone through the ice up to his chest and can't get out."),
        DAN,
    ),
    case(
        "pyjamas dual carriageway",
        (
            "Elderly man walking along the dual carriageway in his pyjamas, cars swerving round him, he "
            "doesn't seem to know where he is."
        ),
        DAN,
    ),
    case(
        "plain not moving lane",
        ("Found a cyclist in the ditch on Holloway Lane. He's breathing but he won't wake up and his helmet's split."),
        DAN,
    ),
    case(
        "caps fire in the stairwell",
        "FIRE IN THE STAIRWELL AT NELSON TOWER SOMEONE SET THE PRAM ALIGHT WE CANT GET DOWN",
        DAN,
    ),
    case(
        "pills and vodka text",
        (
            "sorry to put this here but ive got the pills and vodka out and im going to do it tonight i just "
            "want someone to know"
        ),
        DAN,
    ),
    case(
        "speed watch hit volunteer",
        (
            "Urgent: a car has just hit one of our Speed Watch volunteers at the Church Road site, she's on "
            "the ground and her arm's not right. Ambulance called."
        ),
        DAN,
    ),
    case(
        "hazel grove again 2am",
        ("Again, 14 Hazel Grove. Another car pulled up at 2am, someone went in for two minutes and came out."),
        REP,
        IP,
        history=(
            Earlier(3, 41, "Cars coming and going at 14 Hazel Grove at all hours."),
            Earlier(9, 41, "14 Hazel Grove again, three cars between midnight and 1."),
            Earlier(17, 41, "Want it on record that 14 Hazel Grove has visitors all night."),
        ),
        reporter_id=41,
    ),
    case(
        "corsa vn63 school again",
        "That silver Corsa VN63 RTA is back outside the school gates at home time, engine running.",
        REP,
        IP,
        history=(
            Earlier(5, 62, "Silver Corsa VN63 RTA sat outside the primary again."),
            Earlier(12, 63, "VN63 RTA parked on the zigzags outside the school."),
            Earlier(20, 62, "Same Corsa VN63 RTA, just watching the children come out."),
        ),
        reporter_id=62,
    ),
    case(
        "craig bell revving again",
        "Craig Bell's at it again, revving his bike on the drive at midnight.",
        REP,
        IP,
        history=(
            Earlier(2, 77, "Craig Bell shouting in the street at 11pm."),
            Earlier(8, 77, "Craig Bell's music on till 3am again."),
            Earlier(15, 77, "Reporting Craig Bell for parking across the footpath."),
        ),
        reporter_id=77,
    ),
    case(
        "miners row dealer repeat",
        "The man at number 7 Miners Row is a dealer and I'll keep reporting it until you do something.",
        REP,
        IP,
        ACC,
        history=(
            Earlier(4, 88, "Number 7 Miners Row is dealing, cars all night."),
            Earlier(11, 88, "7 Miners Row, more of the same."),
            Earlier(19, 88, "Still dealing at 7 Miners Row."),
        ),
        reporter_id=88,
    ),
    case(
        "linden house flat 4 location",
        "Flat 4, Linden House. Shouting from there again this evening, same as the last times.",
        REP,
        IP,
        location="Flat 4, Linden House",
        history=(
            Earlier(6, 93, "Noise from flat 4 Linden House every night.", location="Flat 4, Linden House"),
            Earlier(
                13, 93, "Flat 4 Linden House, door slamming, people on the landing.", location="Flat 4, Linden House"
            ),
        ),
        reporter_id=93,
    ),
    case(
        "cherry walk go round this week",
        (
            "Third time reporting number 2 Cherry Walk. If nothing happens this week me and my husband will "
            "go round ourselves."
        ),
        REP,
        IP,
        CON,
        history=(
            Earlier(7, 105, "Rubbish dumped over the fence from 2 Cherry Walk."),
            Earlier(16, 105, "2 Cherry Walk dumping rubbish again, I'm sick of it."),
        ),
        reporter_id=105,
        urgent=True,
    ),
    case(
        "bulgarian family church lane",
        "The Bulgarian family at 30 Church Lane again, men coming and going with bags at night.",
        REP,
        IP,
        IDS,
        history=(
            Earlier(3, 117, "30 Church Lane, the foreign family, suspicious vans."),
            Earlier(10, 117, "More comings and goings at 30 Church Lane."),
            Earlier(21, 118, "The people at 30 Church Lane are up to something."),
        ),
        reporter_id=117,
    ),
    case(
        "plate ld15 repeat two reporters",
        "LD15 WNM is parked on the pavement outside the shop again, fourth time.",
        REP,
        IP,
        history=(
            Earlier(1, 131, "LD15 WNM on the pavement on Front Street."),
            Earlier(6, 132, "Van LD15 WNM blocking the pavement again."),
            Earlier(14, 131, "LD15 WNM, pavement, pram had to go in the road."),
        ),
        reporter_id=131,
    ),
    case(
        "woman at number 22 watching",
        "The woman at 22 Beck Side is watching my house again from her window. I've reported this before.",
        REP,
        IP,
        history=(
            Earlier(2, 140, "22 Beck Side keeps staring at my house."),
            Earlier(9, 140, "Woman at 22 Beck Side taking photos of my car."),
            Earlier(18, 140, "22 Beck Side again, curtain twitching all day."),
        ),
        reporter_id=140,
    ),
    case(
        "retired bungalow grandson repeat",
        (
            "Grandson at 5 Larch Close has his friends round again, loud cars outside. This is the fourth "
            "time I've written."
        ),
        REP,
        IP,
        history=(
            Earlier(4, 151, "Loud cars outside 5 Larch Close until 1am."),
            Earlier(12, 151, "5 Larch Close, lads revving engines again."),
            Earlier(25, 151, "Cars outside 5 Larch Close, please do something."),
        ),
        reporter_id=151,
    ),
    case(
        "taxi plate repeat nightly",
        "Private hire PK67 UYT idling on the double yellows by the bus station for an hour again.",
        REP,
        IP,
        history=(
            Earlier(1, 160, "PK67 UYT idling on the double yellows at the bus station."),
            Earlier(3, 160, "PK67 UYT again, engine running an hour."),
            Earlier(8, 161, "PK67 UYT parked on the yellows again."),
        ),
        reporter_id=160,
    ),
    case(
        "gary at 9 scum repeat",
        "Gary Fenwick at 9 Mill Court is scum, he's had my bike, I've told you three times.",
        REP,
        IP,
        ACC,
        history=(
            Earlier(5, 172, "Gary Fenwick took my bike from the shed."),
            Earlier(13, 172, "Reporting Gary Fenwick at 9 Mill Court again for my bike."),
        ),
        reporter_id=172,
    ),
    case(
        "old history hazel mews",
        "Another van outside 3 Hazel Mews overnight, engine running.",
        IP,
        history=(
            Earlier(45, 180, "Van outside 3 Hazel Mews overnight."),
            Earlier(70, 180, "3 Hazel Mews van again."),
            Earlier(96, 180, "3 Hazel Mews, van with the engine running."),
        ),
        reporter_id=180,
    ),
    case(
        "different addresses elm road",
        "Wheelie bin set alight outside 15 Elm Road last night.",
        IP,
        history=(
            Earlier(3, 190, "Bin fire outside 3 Elm Road."),
            Earlier(8, 191, "Bin alight outside 9 Elm Road."),
            Earlier(12, 192, "Somebody set fire to the bin outside 22 Elm Road."),
        ),
        reporter_id=190,
    ),
    case(
        "many reporters mill lane flytip",
        "Fly-tipping outside 5 Mill Lane again, sofa and bags on the pavement.",
        IP,
        history=(
            Earlier(2, 201, "Flytipping outside 5 Mill Lane."),
            Earlier(3, 202, "Bags dumped outside 5 Mill Lane."),
            Earlier(4, 203, "5 Mill Lane, rubbish on the pavement."),
            Earlier(5, 204, "Sofa dumped by 5 Mill Lane."),
            Earlier(6, 205, "Fly-tip at 5 Mill Lane again."),
            Earlier(7, 206, "Mill Lane number 5 rubbish, rats now."),
            Earlier(9, 207, "Still rubbish at 5 Mill Lane."),
        ),
        reporter_id=208,
    ),
    case(
        "same reporter unrelated topics",
        "Street light out on Ferry Road by the slipway.",
        history=(
            Earlier(4, 215, "Potholes on the harbour road."),
            Earlier(10, 215, "Dog fouling on the promenade."),
            Earlier(19, 215, "Bus shelter glass smashed on Ferry Road."),
        ),
        reporter_id=215,
    ),
    case(
        "old history plate sj11",
        "SJ11 KRT parked on the verge by the farm gate again.",
        IP,
        history=(
            Earlier(38, 220, "SJ11 KRT on the verge by the farm gate."),
            Earlier(52, 220, "SJ11 KRT blocking the gate."),
        ),
        reporter_id=220,
    ),
)
