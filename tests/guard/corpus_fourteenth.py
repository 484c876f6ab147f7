"""FOURTEENTH_HELD_OUT: new labelled reports for measuring the guard on wording it has never seen, written before any
rule was changed for it, by someone who had not seen the rules or the guard's output.

192 reports: 78 with no flag (hard negatives: a victim's own address, plate or farm, shops, officials and public
figures, "the police should go round", "we'll keep an eye out", idioms such as "could kill" and "kill your speed",
nationality or religion mentioned neutrally, repeat reports about a public bench or the reporter's own home);
per kind: IP 66; ACC 28; CON 26; IDS 20; REP 13; DAN 22; 48 with two or more kinds; 42 urgent.

Its writer's brief gave "a named house or farm" among the ways a person is identified, and a
victim's own address among the hard negatives, so it leans a little towards those. Never tune on
it; add a report it gets wrong to DEVELOPMENT in your own words.
"""

from tests.guard.guard_corpus import ACC, CON, DAN, IDS, IP, REP, Case, Earlier, case

FOURTEENTH_HELD_OUT: tuple[Case, ...] = (
    case(
        "speedwatch-mill-lane-tally-terse",
        (
            "Speed Watch, Mill Lane 30 zone, 0800-0900. 212 vehicles, 14 over 35, 2 over 45. Plates on the official "
            "sheet, handed to PCSO Dunn at the end."
        ),
    ),
    case(
        "own-back-door-tried-elderly-alone",
        (
            "Somebody tried my back door at 14 Rowan Close at about two this morning. I am 84 and on my own since my "
            "husband passed. The handle is bent and I did not sleep after. Nobody got in. Could somebody tell me "
            "about a door chain?"
        ),
    ),
    case(
        "missed-bins-chapel-street-foxes",
        (
            "Bins on Chapel Street have been out all week since the collection was missed, the foxes have had them "
            "open and there's nappies all up the pavement."
        ),
    ),
    case(
        "lamp-column-23-beech-road-out",
        (
            "Lamp column 23 on Beech Road has been out for a fortnight, the bit by the cut-through to the shops is "
            "pitch black now."
        ),
    ),
    case(
        "could-kill-whoever-dug-up-high-street",
        (
            "I could kill whoever at the council decided to dig up the high street the week before Christmas. Forty "
            "minutes to get through the lights."
        ),
    ),
    case(
        "hmrc-gift-card-scam-call",
        (
            "Got a call this afternoon saying it was HMRC and there was a warrant for my arrest unless I paid in gift "
            "cards. Withheld number. I hung up. Putting it on here so others know it's doing the rounds again."
        ),
    ),
    case(
        "lost-ginger-tom-alder-way",
        (
            "Our cat Biscuit has not come home since Tuesday, ginger tom, chipped, a bit shy, from Alder Way. Please "
            "check sheds and garages. Thank you all."
        ),
    ),
    case(
        "polish-deli-window-smashed-sympathy",
        (
            "The Polish deli on Market Street had its front window put through overnight. The owner was sweeping up "
            "when I went past at seven, poor woman. Hope the cameras on the bank caught something."
        ),
    ),
    case(
        "councillor-dropped-kerb-still-not-done",
        (
            "Cllr Janet Price said at the PACT meeting in January that the dropped kerb by the surgery would be done "
            "by March. Still nothing, and my mum can't get her scooter across."
        ),
    ),
    case(
        "scramblers-rec-police-should-go-round",
        (
            "Scramblers on the rec again, ripping up the football pitch. The police should go round the estate and "
            "speak to the parents, it isn't up to us to chase them."
        ),
    ),
    case(
        "unmarked-van-laps-welsh-keep-eye-out",
        (
            "White van, no markings, doing slow laps of Heol y Coed twice today around dinner time. Didn't get the "
            "reg. We'll keep an eye out and ring 101 if it's back."
        ),
    ),
    case(
        "mattresses-fridge-layby-b4236",
        (
            "Two mattresses, a fridge and a load of plasterboard dumped in the lay-by on the B4236 just past the "
            "cattle grid. Reported it to the council online as well."
        ),
    ),
    case(
        "school-zigzags-someone-will-get-hurt",
        (
            "Parents parking right on the zigzags outside St Mary's at pick-up time. Someone's going to get hurt one "
            "of these days. Could we get the enforcement camera car down?"
        ),
    ),
    case(
        "a49-dangerous-speeds-by-school",
        (
            "It's dangerous, honestly, cars doing 60 past the primary on the A49 at half eight. Can we get a Speed "
            "Watch site agreed there?"
        ),
    ),
    case(
        "own-shed-padlock-cut",
        (
            "Padlock cut off my shed overnight, strimmer and two bikes gone. Logged it with 101, crime ref given. "
            "Worth checking your sheds if you're round the back of Cedar Drive."
        ),
    ),
    case(
        "scouse-bins-three-weeks-rats",
        (
            "Ey the bins on our road haven't been done in three weeks, it's an absolute state, rats the size of cats "
            "round the back of the entry. Who do we even ring?"
        ),
    ),
    case(
        "texting-bike-nicked-outside-greggs",
        (
            "sum1 nicked my bike from outside greggs on the high st about 1pm, blue carrera, black mudguards. pls lmk "
            "if u see it anywhere x"
        ),
    ),
    case(
        "new-neighbour-romania-door-knocking",
        (
            "Hello, I am new in the street, I come from Romania last year. Someone knocks my door very late and then "
            "runs away, I think children. Three times this week. Is this normal here? I am not angry only I want to "
            "know."
        ),
    ),
    case(
        "officer-style-bus-shelter-no-offences",
        (
            "At approx 2215hrs observed group of approx six youths congregating at the bus shelter, Church Road. No "
            "offences witnessed. Group dispersed of own accord at approx 2240hrs."
        ),
    ),
    case(
        "potholes-killing-me-station-road",
        "These potholes are killing me, that's another tyre gone on Station Road by the level crossing.",
    ),
    case(
        "mp-form-letter-a49",
        (
            "Wrote to our MP, Sarah Holt, about the speeding on the A49 and got a form letter back. Does anyone know "
            "if the parish council is pushing for the 40 limit?"
        ),
    ),
    case(
        "self-named-reporter-grandson-phone",
        (
            "My name is Margaret Ellis, I live at 3 Fern Bank. My grandson had his phone snatched at the bus stop on "
            "Park Road by two lads on a moped. He's shaken but fine. Crime number from the police."
        ),
    ),
    case(
        "mosque-eggs-victims-sympathy",
        (
            "The mosque on Clifton Road had eggs thrown at its doors again on Friday night. The volunteers there do "
            "so much for the whole area. Surely this should be looked at as a hate crime?"
        ),
    ),
    case(
        "go-round-community-centre-stickers-tomorrow",
        (
            "I'll go round to the community centre tomorrow and pick up the new window stickers, then drop them "
            "through doors on Maple Road."
        ),
    ),
    case(
        "pcsos-will-patrol-park-after-dark",
        (
            "Good news from the PACT meeting: the PCSOs said they'll patrol the park more after dark now the clocks "
            "have gone back."
        ),
    ),
    case(
        "council-sort-out-broken-bench",
        (
            "Can someone at the council sort out the broken bench by the war memorial? There's a split slat with a "
            "nail sticking up."
        ),
    ),
    case(
        "lesson-learnt-locking-car",
        (
            "Left my car unlocked on the drive and they had the sat nav and my sunglasses. Lesson learnt, I'm locking "
            "it from now on."
        ),
    ),
    case(
        "kill-your-speed-sign-bent-a470",
        (
            "The 'Kill your speed' sign on the A470 coming into the village is bent right over, probably a lorry "
            "clipped it."
        ),
    ),
    case(
        "kitchen-knife-in-hedge-handed-in",
        (
            "Found a kitchen knife in the hedge along the school path this morning while walking the dog. I wrapped "
            "it in a bag and handed it in at the station, they have it now."
        ),
    ),
    case(
        "white-male-grey-hoodie-description-witnessed",
        (
            "Saw someone try car door handles all along Queens Road at about 3am, white male, maybe thirties, grey "
            "hoodie, went off towards the canal. Rang 101 with the description."
        ),
    ),
    case(
        "doorstep-water-board-no-id",
        (
            "Man came to the door saying he was from the water board and needed to check my taps. No ID, no van. I "
            "said no and he went off towards the shops. Older people on the Meadows be careful."
        ),
    ),
    case(
        "fireworks-rec-late-night",
        "Fireworks on the rec past midnight on a school night, the dogs on our road were in bits.",
    ),
    case(
        "grit-bin-empty-hill",
        "The grit bin at the top of Bank Hill is empty again and the forecast says minus four tonight.",
    ),
    case(
        "drain-blocked-flooding-lane",
        "Drain at the bottom of Pound Lane blocked with leaves, the road floods right across after any rain.",
    ),
    case(
        "own-car-reg-keyed",
        (
            "My own car, AB12 CDE, was keyed down both sides outside my house last night. Just so it's on record if "
            "anyone else on Birch Grove had the same."
        ),
    ),
    case(
        "own-farm-quad-stolen-welsh",
        (
            "Quad bike taken from our farm, Pen y Bryn, sometime Sunday night, gate chain cut. Red Honda. Other farms "
            "up the valley lock your yards please."
        ),
    ),
    case(
        "costcutter-shutter-forced",
        "The Costcutter on Bridge Street had its shutter forced at about 4am, the alarm was going for an hour.",
    ),
    case(
        "red-lion-beer-garden-glass",
        (
            "Broken glass all over the kids' swings area behind the Red Lion beer garden this morning. I've told the "
            "landlord."
        ),
    ),
    case(
        "pc-hughes-thanks",
        (
            "Just want to say thanks to PC Hughes who came out so quickly when our car was broken into. Really "
            "reassuring."
        ),
    ),
    case(
        "speedwatch-swap-slot-dentist",
        (
            "Can I swap my Speed Watch slot on Thursday morning with anyone? I've got the dentist. Happy to do a "
            "Saturday."
        ),
    ),
    case(
        "speedwatch-gun-battery-died",
        (
            "The speed detection device battery died halfway through the session on Long Lane, only got 25 minutes "
            "done. Can we get a spare?"
        ),
    ),
    case(
        "speedwatch-driver-shouted-at-us",
        (
            "Driver shouted at us and gave us the finger during Speed Watch on the Shrewsbury road. We didn't "
            "respond, just carried on as the training says. Bit shaken."
        ),
    ),
    case(
        "cars-bomb-down-fore-street",
        "Cars absolutely bomb down Fore Street once the school traffic's gone, the 20 limit means nothing.",
    ),
    case(
        "allotment-bonfire-out-now",
        (
            "There was a bonfire on the allotments this evening with a lot of smoke, it's out now, probably someone "
            "burning prunings."
        ),
    ),
    case(
        "scots-weans-ball-against-cars",
        (
            "Some weans kickin a ball aff the motors at the foot o the brae every nicht, nae harm meant but it's only "
            "a matter o time afore a wing mirror goes."
        ),
    ),
    case(
        "geordie-lights-out-back-lane",
        (
            "Howay, the lights have been out the back lane behind Tosson Terrace since the New Year, it's black as "
            "owt, the lasses coming off the late shift are scared stiff walking up."
        ),
    ),
    case(
        "brummie-fly-tip-cut",
        (
            "Ar, somebody's tipped a load of rubble and a settee down the cut by the canal bridge on the Soho Road, "
            "bostin' view that is. Reported to the council an' all."
        ),
    ),
    case(
        "high-street-dead-after-six",
        (
            "The high street is dead after six now the bank's shut, could we ask about better lighting by the cash "
            "machine?"
        ),
    ),
    case(
        "shoot-me-a-message-leaflets",
        "Shoot me a message if you want some of the new scheme leaflets for your road, I've got two boxes.",
    ),
    case(
        "amazon-parcel-in-bin",
        "Delivery driver left my parcel in the green bin again, it went in the lorry. Not a crime, just fed up.",
    ),
    case(
        "royal-mail-van-dropped-kerb",
        ("A Royal Mail van parks across the dropped kerb on Wesley Street every morning around ten for half an hour."),
    ),
    case(
        "graffiti-bus-shelter-tags",
        (
            "New graffiti tags on the bus shelter on Hall Lane and the back of the library, same tag as the one by "
            "the station."
        ),
    ),
    case(
        "irish-accents-asking-directions-polite",
        (
            "Two lads with Irish accents asked me for directions to the station this morning, very polite, one had a "
            "big rucksack. Mentioning only because the earlier post asked about strangers, I don't think there's "
            "anything to it."
        ),
    ),
    case(
        "exchange-student-bike-stolen",
        (
            "Our exchange student from Spain had her bike stolen from the rack at the college. Black Raleigh, basket "
            "on the front."
        ),
    ),
    case(
        "broken-railing-bridge-someone-could-fall",
        (
            "The railing on the footbridge over the river is hanging loose at one end. Someone could fall through. "
            "Council need to fence it off."
        ),
    ),
    case(
        "dog-found-collie-no-collar",
        (
            "Found a black and white collie, no collar, near the reservoir car park. She's safe in our kitchen, the "
            "vet's checking for a chip tomorrow."
        ),
    ),
    case(
        "thank-you-scams-talk",
        (
            "Thank you for the talk on scams at the village hall on Tuesday, my dad has already stopped answering "
            "unknown numbers."
        ),
    ),
    case(
        "welsh-language-speeding-stryd-fawr",
        (
            "Ceir yn goryrru ar Stryd Fawr bob bore. Cars speeding on the High Street every morning between half "
            "seven and nine, could we have a Speed Watch there?"
        ),
    ),
    case(
        "anxious-glass-breaking-garages-rang-101",
        (
            "I'm a bit worried, I heard glass breaking somewhere near the garages behind Elm Court about eleven. I "
            "didn't go out, I rang 101. It's probably nothing but I wanted it logged."
        ),
    ),
    case(
        "i-could-murder-a-brew-speedwatch",
        (
            "Two hours in the rain on the bypass for Speed Watch, could murder a brew. 301 vehicles, 22 over the "
            "threshold."
        ),
    ),
    case(
        "watching-from-window-tonight-van",
        (
            "If that van comes back tonight I'll be watching from my front window and ring 101 with the reg. Not "
            "going out."
        ),
    ),
    case(
        "rambling-elderly-old-days-lights",
        (
            "When I first came to Hawthorn Road in 1962 you could leave your door open and the milkman would put the "
            "kettle on. Now there's no bobby, the lamp outside the post box has gone dim and the kids race those "
            "electric scooters up and down the pavement. I'm not saying they're bad kids. I just think a bit more "
            "light and a bobby now and again would do no harm. Anyway that's my tuppence."
        ),
    ),
    case(
        "school-online-safety-lesson",
        ("The school is teaching a lesson on online scams to year six next week if any parents want to come and help."),
    ),
    case(
        "chinese-takeaway-robbed-sympathy",
        (
            "The Chinese takeaway on Victoria Road was robbed at closing last night, the family who run it are shaken "
            "up. If anyone has a dashcam on that road around eleven please give it to the police."
        ),
    ),
    case(
        "syrian-family-welcome-neighbours",
        (
            "A Syrian family have moved into the flats by the park and the kids already play out with ours. Does "
            "anyone have a spare bike for the oldest boy?"
        ),
    ),
    case(
        "traveller-site-council-consultation-neutral",
        (
            "The council is consulting on the transit site near the industrial estate, the form is on their website "
            "until the end of March if anyone wants to have their say."
        ),
    ),
    case(
        "catalytic-converter-own-car",
        (
            "Catalytic converter sawn off my car in the station car park between 8 and 6. Car sounds like a tractor. "
            "Police said there have been several this month."
        ),
    ),
    case(
        "bins-set-on-fire-last-week-out",
        (
            "Last week someone set two wheelie bins on fire in the alley off Crown Street, fire brigade put it out. "
            "Is there any chance of a camera?"
        ),
    ),
    case(
        "elderly-pension-scam-text",
        (
            "Got a text saying my pension was suspended and to click a link. My daughter says it's a scam. I deleted "
            "it. Just letting people know."
        ),
    ),
    case(
        "dog-fouling-rec-path",
        (
            "Dog mess all along the path through the rec, the bin there's been overflowing for weeks. Can we ask for "
            "another bin?"
        ),
    ),
    case(
        "young-mum-pram-pavement-parking",
        (
            "Cars parked fully on the pavement along Granby Street, I had to push my pram into the road with the "
            "baby. Is that something you can do anything about?"
        ),
    ),
    case(
        "fight-idiom-fight-for-bus-route",
        "We need to fight for the 42 bus route, if they cut it the older folk at the top of the estate are stuck.",
    ),
    case(
        "shop-owner-own-shop-shoplifting-trend",
        (
            "I run the newsagents on Oxford Street, we've had a lot more shoplifting since Christmas, mainly sweets "
            "and energy drinks, mostly after school. Is it the same for the other shops?"
        ),
    ),
    case(
        "bank-manager-named-public-role-no",
        (
            "The NatWest on Fore Street is closing in May, the manager told customers at the counter. Worried about "
            "people carrying cash to the post office."
        ),
    ),
    case(
        "public-bench-repeat-reports-not-person",
        "The bench at the bus stop on Linden Road has been smashed up again, third time this month.",
        history=(
            Earlier(12.0, 21, "Bench at the bus stop on Linden Road broken, slats kicked out.", location="Linden Road"),
            Earlier(25.0, 34, "Linden Road bus stop bench vandalised overnight.", location="Linden Road"),
        ),
        reporter_id=48,
    ),
    case(
        "own-car-broken-into-again-same-reporter",
        (
            "My car has been broken into again on my own drive at 9 Ashfield Road, that's the third time in a month. "
            "Same as before, window smashed, nothing much taken. Crime number as before."
        ),
        history=(
            Earlier(9.0, 57, "My car was broken into on my drive at 9 Ashfield Road last night, window smashed."),
            Earlier(20.0, 57, "Car broken into again at my house, 9 Ashfield Road, glovebox emptied."),
        ),
        reporter_id=57,
    ),
    case(
        "recycling-centre-queue-complaint",
        (
            "The queue at the recycling centre was out onto the main road on Saturday, people were doing U-turns on a "
            "blind bend."
        ),
    ),
    case(
        "speedwatch-thanks-volunteers-numbers",
        (
            "Huge thanks to the eleven of you who did Speed Watch sessions in February. 1,430 vehicles checked, "
            "letters went out from the police to the worst offenders."
        ),
    ),
    case(
        "number-12-van-on-pavement",
        (
            "The man at number 12 Poplar Avenue parks his works van half on the pavement every night and wheelchairs "
            "can't get by."
        ),
        IP,
    ),
    case(
        "abandoned-corsa-plate-council",
        (
            "Silver Corsa, WK09 TXA, has been sat on the verge outside St Peter's church for three weeks, tax ran out "
            "in January. Could the council be asked to lift it?"
        ),
        IP,
    ),
    case(
        "speedwatch-plates-listed-in-report",
        (
            "Speed Watch Hill Road 7.30-8.30. Worst ones: DY18 KLP at 49, a red Fiesta FN66 WRT at 46, and a black "
            "Range Rover LR70 BDX at 44."
        ),
        IP,
    ),
    case(
        "named-neighbour-hedge-over-path",
        (
            "Dave Pritchard's hedge at the end of Orchard Way has grown right over the footpath, you have to walk in "
            "the road. He's a nice enough bloke, he probably hasn't noticed."
        ),
        IP,
    ),
    case(
        "named-house-ty-gwyn-lights-on-empty",
        (
            "Lights on all hours at Ty Gwyn, the big house at the top of Lon Isaf, but nobody's lived there since the "
            "old lady went into the home. Probably a timer."
        ),
        IP,
    ),
    case(
        "chippy-lad-says-bikes-seen",
        (
            "The lad who works the fryer at the chippy on Bridge End said he's seen the same two scooters going round "
            "late, might be worth asking him what he saw."
        ),
        IP,
    ),
    case(
        "elderly-neighbour-not-seen-welfare",
        (
            "Haven't seen Mrs Olwen Rees at number 4 Bryn Terrace for three days, her curtains are still shut and the "
            "milk is on the step. Can someone do a welfare check? I have no key."
        ),
        IP,
    ),
    case(
        "white-transit-tipper-plate-fly-tip",
        (
            "White Transit tipper, YK63 RFT, tipped a load of roof tiles in the gateway on Moss Lane at 2pm. I have "
            "it on my dashcam."
        ),
        IP,
    ),
    case(
        "farm-named-gate-left-open-sheep",
        (
            "Sheep out on the lane again from Llwyn Onn farm, the gate by the road has been left open. Not a crime, "
            "just a hazard on the bend."
        ),
        IP,
    ),
    case(
        "texting-number-7-party-music",
        "the ppl at no 7 ivy close having a party again, music till 3, its every weekend now",
        IP,
    ),
    case(
        "officer-style-vehicle-of-interest",
        (
            "Vehicle of interest: blue Ford Focus estate, index MA15 ZXP, observed parked with engine running outside "
            "the primary school, Elm Street, 1510hrs-1535hrs. Occupant male, remained in vehicle."
        ),
        IP,
    ),
    case(
        "works-at-garage-his-car-blocking",
        (
            "The mechanic from Hendy's garage who lives above the bookies leaves his customers' cars all along the "
            "double yellows on Castle Street."
        ),
        IP,
    ),
    case(
        "flat-3b-water-leak-through-ceiling",
        (
            "Water coming through my ceiling from flat 3B above, Kingsway House. Nobody answers. Not sure if they're "
            "away or what. Housing association closed till Monday."
        ),
        IP,
    ),
    case(
        "scots-number-22-dog-barking",
        "The dug at number 22 Glebe Street's been greetin and barkin aw day while they're at work, puir beast.",
        IP,
    ),
    case(
        "non-native-neighbour-name-car-alarm",
        (
            "Hello, the car of my neighbour Mr Kowalczyk at 15 Linden Road is making alarm all night two nights, I "
            "knock but no one answer. Maybe he is on holiday. Please can someone call him."
        ),
        IP,
    ),
    case(
        "speedwatch-regular-offender-plate",
        (
            "Same car again at Speed Watch, grey Audi A3 DK19 HHT, third session running over 40 in the 30 past the "
            "school."
        ),
        IP,
    ),
    case(
        "neighbour-name-bins-never-brought-in",
        (
            "Sandra and Keith at 31 Chestnut Walk never bring their bins in, they've been on the pavement since "
            "Christmas."
        ),
        IP,
    ),
    case(
        "number-9-dealing-accusation",
        ("Everyone knows the lad at number 9 Larch Road is dealing, cars pull up for two minutes and go at all hours."),
        IP,
        ACC,
    ),
    case(
        "nonce-slur-named-man",
        ("That nonce Gary Hale from Bridge Street has been hanging round the school gates again. Keep your kids away."),
        IP,
        ACC,
    ),
    case(
        "grass-slur-flat-block",
        ("Whoever the grass is in Kestrel House who rang the council about my dog, I know it's the woman in flat 6."),
        IP,
        ACC,
    ),
    case(
        "scum-family-named-street",
        (
            "The Doyles on Canal Street are scum, the whole lot of them, they've been nicking from the allotments for "
            "years."
        ),
        IP,
        ACC,
    ),
    case(
        "benefit-cheat-accusation-number-14",
        (
            "Number 14 Sycamore Road is claiming disability but I've seen him carrying a settee up the drive on his "
            "own. Fraud."
        ),
        IP,
        ACC,
    ),
    case(
        "scouse-scally-thief-named",
        (
            "That scally Liam from the end house on Priory Road robbed our Kieran's bike, everyone knows it's him, "
            "he's a tea leaf."
        ),
        IP,
        ACC,
    ),
    case(
        "smackhead-slur-bus-shelter-unknown",
        (
            "There's always some smackhead kipping in the bus shelter on Hall Lane, leaving needles for the kids to "
            "find."
        ),
        ACC,
    ),
    case(
        "paedo-slur-new-man-park",
        "Some paedo in a green anorak has been photographing the kids in the play park on Mill Road. Disgusting.",
        ACC,
    ),
    case(
        "shopkeeper-named-sells-to-kids-accusation",
        ("Raj at the corner shop on Beech Road sells vapes and cans to under-age kids, I've seen it with my own eyes."),
        IP,
        ACC,
    ),
    case(
        "geordie-druggie-named-house",
        "Yon druggie at 3 Coquet Street has his mates round every neet, the hyem's a drug den, man.",
        IP,
        ACC,
    ),
    case(
        "welsh-plate-drink-driver-accusation",
        "The farmer in the blue Hilux, CX14 FHD, drives home from the Black Lion every Friday absolutely legless.",
        IP,
        ACC,
    ),
    case(
        "landlord-named-rogue-accusation",
        (
            "Mr Haddon who owns the terraces on Albert Street is a crook, he's taking deposits and never giving them "
            "back and the damp is horrific."
        ),
        IP,
        ACC,
    ),
    case(
        "woman-number-2-thief-from-parcels",
        "The woman at number 2 Wren Close takes parcels off people's doorsteps, it's her, we all know it.",
        IP,
        ACC,
    ),
    case(
        "go-round-number-9-tonight",
        "A few of us are going round to number 9 Larch Road tonight to have it out with him about the dealing.",
        IP,
        CON,
        urgent=True,
    ),
    case(
        "teach-scramblers-lesson-weekend",
        "If them scramblers come on the rec this weekend we'll be waiting with the lads to teach them a lesson.",
        CON,
        urgent=True,
    ),
    case(
        "we-will-patrol-with-torches-bats",
        (
            "Enough is enough. From Friday we'll patrol the estate ourselves with torches and a couple of cricket "
            "bats, the police are useless."
        ),
        CON,
        urgent=True,
    ),
    case(
        "sort-him-out-named-lad",
        "If I catch that Jordan Pike near my car again I'll sort him out myself.",
        IP,
        CON,
        urgent=True,
    ),
    case(
        "block-in-van-next-time",
        (
            "Next time that fly-tipping van turns up in the lane I'm parking my tractor across the gateway and "
            "keeping him there till someone comes."
        ),
        CON,
    ),
    case(
        "door-knock-neighbours-to-confront-tomorrow",
        (
            "Tomorrow morning I'm going to knock on every door on Grange Road till I find out whose kid smashed my "
            "windscreen, and then I'll have words with the parents myself."
        ),
        CON,
        urgent=True,
    ),
    case(
        "vigilante-group-chat-name-and-shame",
        (
            "We've set up a group chat to follow the lads who do the car doors and film them, then we'll confront "
            "them and put it all online."
        ),
        CON,
    ),
    case(
        "scots-gie-him-a-doin",
        ("If that eejit at 40 Kirk Wynd parks across ma drive wan mair time ah'm gonnae go roon and gie him a doin."),
        IP,
        CON,
        urgent=True,
    ),
    case(
        "welsh-farmers-wait-for-hare-coursers",
        (
            "The hare coursers were back on the top fields. Next time a few of us farmers will be up there with the "
            "Land Rovers to block them in and deal with them ourselves."
        ),
        CON,
    ),
    case(
        "brummie-ave-a-word-tonight",
        (
            "Him at number 21 Stratford Road keeps nicking our parking, me and our kid are going round there tonight "
            "for a proper word."
        ),
        IP,
        CON,
        urgent=True,
    ),
    case(
        "chase-kids-off-roof-myself",
        ("Kids on the roof of the old library again. Next time I'm going up the ladder and dragging them off myself."),
        CON,
    ),
    case(
        "stake-out-allotments-this-weekend",
        (
            "Me and Colin are going to sit in his shed on the allotments all Saturday night and grab whoever's "
            "nicking the tools."
        ),
        CON,
        urgent=True,
    ),
    case(
        "slash-tyres-threat-plate",
        "If the BMW LM68 TYU parks across the school gate once more I'll let his tyres down, see how he likes it.",
        IP,
        CON,
        urgent=True,
    ),
    case(
        "eastern-europeans-blamed-sheds",
        (
            "Since all the Eastern Europeans moved into the flats the sheds round here keep getting done. Not hard to "
            "work out."
        ),
        IDS,
    ),
    case(
        "travellers-in-area-lock-up",
        "Travellers have pulled onto the field by the river so lock everything up, you know what'll happen.",
        IDS,
    ),
    case(
        "foreigners-van-casing-houses",
        (
            "Van full of foreigners going up and down the close looking at the houses, probably casing them for "
            "burglaries."
        ),
        IDS,
    ),
    case(
        "muslim-lads-suspicious-car-park",
        "Group of Muslim lads sat in a car in the Tesco car park for an hour, seemed very suspicious to me.",
        IDS,
    ),
    case(
        "outsiders-not-from-village-blame",
        (
            "It'll be outsiders doing the cars, nobody from the village would. We should be stopping anyone we don't "
            "know."
        ),
        IDS,
        CON,
    ),
    case(
        "romanians-begging-pickpockets",
        "There are Romanians begging outside the station now, watch your wallets, they work in gangs.",
        IDS,
    ),
    case(
        "asian-men-taxi-suspicion",
        ("Asian men in taxis keep dropping girls off at the flats on Hope Street late at night. Something's going on."),
        IDS,
    ),
    case(
        "black-lads-hoodies-stop-them",
        (
            "Couple of black lads in hoodies walking round the estate at night, they don't live here. Should be moved "
            "on."
        ),
        IDS,
    ),
    case(
        "texting-albanians-car-wash",
        "deffo the albanians at the new hand car wash nicking catalytic converters, theyre all at it",
        IDS,
        ACC,
    ),
    case(
        "pikeys-slur-field",
        "Pikeys back on the common with their horses, the bikes will be gone from every shed by Monday.",
        IDS,
        ACC,
    ),
    case(
        "polish-builders-burglary-blame-named-house",
        (
            "The Polish builders doing the extension at 8 Moor View will be the ones who did the burglary next door, "
            "stands to reason."
        ),
        IP,
        IDS,
        ACC,
    ),
    case(
        "chinese-student-house-drugs",
        (
            "The house on Elm Street full of Chinese students, number 41, smells of weed all the time and the lights "
            "are on all night. Cannabis farm probably."
        ),
        IP,
        IDS,
        ACC,
    ),
    case(
        "non-native-gypsy-blame-wrong",
        (
            "Please, the gypsy people come again to the car park near river. When they are here always things are "
            "stolen in my garden. Police must send them away."
        ),
        IDS,
    ),
    case(
        "jewish-family-odd-hours",
        (
            "The Jewish family at number 5 Holly Road have people coming and going at strange hours on Fridays and "
            "Saturdays."
        ),
        IP,
        IDS,
    ),
    case(
        "english-incomers-welsh-village",
        (
            "Since the English incomers bought up the cottages there's been nothing but trouble, second homes empty "
            "all week and strangers' cars all over."
        ),
        IDS,
    ),
    case(
        "man-collapsed-bus-stop-now",
        "Man collapsed at the bus stop on Park Road right now, he's not breathing properly, someone's with him.",
        DAN,
    ),
    case(
        "house-fire-smoke-now-terrace",
        (
            "Smoke pouring out of an upstairs window on Clarence Terrace right now and I can hear a smoke alarm, "
            "can't tell if anyone's inside."
        ),
        DAN,
    ),
    case(
        "knife-man-outside-shop-now",
        (
            "There's a man waving a knife outside the Spar on Union Street now, shouting at people, everyone's run "
            "inside."
        ),
        DAN,
    ),
    case(
        "self-harm-cant-go-on",
        (
            "I don't know why I'm writing this here. Since the burglary I can't sleep, I can't face anyone, I don't "
            "want to be here any more. I've got my tablets out on the table."
        ),
        DAN,
    ),
    case(
        "domestic-screaming-next-door-now",
        (
            "Screaming and banging from the house next door right now, a woman shouting help and a child crying. I'm "
            "scared to go out."
        ),
        DAN,
    ),
    case(
        "child-in-hot-car-supermarket",
        (
            "Baby left in a locked car in the Asda car park in this heat, windows up, crying, been at least 20 "
            "minutes. Someone get here."
        ),
        DAN,
    ),
    case(
        "person-on-bridge-edge",
        (
            "There's a young lad sat on the wrong side of the railings on the river bridge, he looks in a bad way. "
            "I'm staying and talking to him."
        ),
        DAN,
    ),
    case(
        "gas-smell-strong-flats",
        (
            "Really strong smell of gas in the stairwell at Kestrel House, getting worse, kids are still playing on "
            "the landing."
        ),
        DAN,
    ),
    case(
        "elderly-fallen-in-garden-cold",
        (
            "My neighbour has fallen in her garden and can't get up, she's been out there in the frost, she's very "
            "cold and confused. I'm with her now."
        ),
        DAN,
    ),
    case(
        "texting-want-to-end-it",
        ("honestly whats the point anymore. been bullied off the estate, everyone hates me, might just end it tonight"),
        DAN,
    ),
    case(
        "car-in-river-ford-now",
        "Car's gone into the ford at Pant-y-Gwyn and the water's up to the windows, there's someone in it.",
        DAN,
    ),
    case(
        "scots-wean-wandering-dual-carriageway",
        (
            "Wee wean nae mair than three wanderin on the verge o the dual carriageway at the roundabout, nae adult "
            "anywhere, ah've stopped the car."
        ),
        DAN,
    ),
    case(
        "geordie-lads-fighting-bottles-now",
        (
            "Big fight outside the Bigg Market bars now, one lad's on the floor getting kicked, bottles flying, "
            "there's blood."
        ),
        DAN,
    ),
    case(
        "officer-style-casualty-rta",
        (
            "RTC A483 northbound by the garage, two vehicles, one occupant trapped and unresponsive, fuel leaking. "
            "Ambulance required."
        ),
        DAN,
    ),
    case(
        "dog-attack-child-now-park",
        "A dog is attacking a kid in the park off Mill Road right now, the owner can't get it off.",
        DAN,
    ),
    case(
        "non-native-husband-threatens-kill-me",
        (
            "Please help, my husband say he will kill me when he come home tonight, he has hit me before. I am in the "
            "bathroom with my daughter."
        ),
        DAN,
    ),
    case(
        "rep-number-9-larch-third-report",
        "Cars again at number 9 Larch Road, in and out every ten minutes after midnight.",
        IP,
        REP,
        history=(
            Earlier(4.0, 61, "Number 9 Larch Road has cars pulling up all night.", location="Larch Road"),
            Earlier(11.0, 61, "More cars at 9 Larch Road, two in the morning.", location="Larch Road"),
            Earlier(19.0, 62, "Traffic outside 9 Larch Road again.", location="Larch Road"),
        ),
        reporter_id=61,
    ),
    case(
        "rep-plate-parked-outside-school",
        "That black Golf, KN17 WZR, is outside the school again at home time.",
        IP,
        REP,
        history=(
            Earlier(3.0, 70, "Black Golf KN17 WZR parked outside the primary at 3pm."),
            Earlier(10.0, 70, "KN17 WZR back outside the school gates."),
        ),
        reporter_id=70,
    ),
    case(
        "rep-named-neighbour-bins-again",
        "Margaret Cole at 22 Oak Avenue has left her bins out again, it's the fourth week.",
        IP,
        REP,
        history=(
            Earlier(7.0, 83, "22 Oak Avenue bins still out, Margaret Cole never takes them in.", location="Oak Avenue"),
            Earlier(14.0, 83, "Bins at 22 Oak Avenue blocking the path.", location="Oak Avenue"),
            Earlier(21.0, 83, "Margaret Cole's bins, 22 Oak Avenue, on the pavement again.", location="Oak Avenue"),
        ),
        reporter_id=83,
    ),
    case(
        "rep-scum-at-number-14-sycamore",
        "Number 14 Sycamore Road, the benefit cheat, was up a ladder doing his gutters today. Scum.",
        IP,
        ACC,
        REP,
        history=(
            Earlier(
                6.0, 90, "Number 14 Sycamore Road is claiming sick but out washing his car.", location="Sycamore Road"
            ),
            Earlier(
                16.0, 90, "The man at 14 Sycamore Road carrying shopping fine, on disability.", location="Sycamore Road"
            ),
        ),
        reporter_id=90,
    ),
    case(
        "rep-go-round-after-three-reports",
        "I've reported 5 Quarry Lane three times and nothing's been done so tomorrow I'm going round myself.",
        IP,
        CON,
        REP,
        history=(
            Earlier(5.0, 102, "Loud music from 5 Quarry Lane till 4am.", location="Quarry Lane"),
            Earlier(12.0, 102, "5 Quarry Lane again, music and shouting.", location="Quarry Lane"),
            Earlier(26.0, 102, "Noise from 5 Quarry Lane every night.", location="Quarry Lane"),
        ),
        reporter_id=102,
        urgent=True,
    ),
    case(
        "rep-named-farm-dogs-loose",
        "Dogs from Cae Mawr farm loose on the lane again chasing the walkers.",
        IP,
        REP,
        history=(
            Earlier(8.0, 111, "Cae Mawr farm dogs out on the lane, went for my spaniel."),
            Earlier(17.0, 112, "Two collies from Cae Mawr running loose by the chapel."),
        ),
        reporter_id=111,
    ),
    case(
        "rep-flat-6-kestrel-house-woman",
        "The woman in flat 6 Kestrel House is stood on her balcony watching everyone again.",
        IP,
        REP,
        history=(
            Earlier(2.0, 120, "Flat 6 Kestrel House woman takes photos of people's cars.", location="Kestrel House"),
            Earlier(9.0, 120, "Woman at flat 6, Kestrel House, shouting from her balcony.", location="Kestrel House"),
        ),
        reporter_id=120,
    ),
    case(
        "rep-different-reporters-same-plate-speedwatch",
        "Speed Watch Church Lane, the white Transit FE21 OPL clocked at 47 again.",
        IP,
        REP,
        history=(
            Earlier(6.0, 131, "Church Lane session: FE21 OPL at 45.", location="Church Lane"),
            Earlier(13.0, 132, "White Transit FE21 OPL over 40 on Church Lane.", location="Church Lane"),
            Earlier(20.0, 133, "FE21 OPL again on Church Lane Speed Watch.", location="Church Lane"),
        ),
        reporter_id=134,
    ),
    case(
        "rep-foreigners-at-number-30-again",
        "More foreigners moving in and out of 30 Station Road, God knows how many are living in there.",
        IP,
        IDS,
        REP,
        history=(
            Earlier(5.0, 140, "30 Station Road, lots of different men coming and going.", location="Station Road"),
            Earlier(18.0, 140, "Number 30 Station Road seems to be overcrowded.", location="Station Road"),
        ),
        reporter_id=140,
    ),
    case(
        "rep-named-lad-jordan-pike-again",
        "Jordan Pike was hanging round the cars on Beech Road again tonight.",
        IP,
        REP,
        history=(
            Earlier(3.0, 150, "Jordan Pike trying car doors on Beech Road.", location="Beech Road"),
            Earlier(15.0, 151, "Saw Jordan Pike near the cars on Beech Road late on.", location="Beech Road"),
        ),
        reporter_id=150,
    ),
    case(
        "rep-scots-number-40-kirk-wynd",
        "Thon van fae 40 Kirk Wynd's across the pavement again the nicht.",
        IP,
        REP,
        history=(
            Earlier(4.0, 160, "Van from 40 Kirk Wynd parked on the pavement.", location="Kirk Wynd"),
            Earlier(22.0, 160, "40 Kirk Wynd van blocking the pavement.", location="Kirk Wynd"),
        ),
        reporter_id=160,
    ),
    case(
        "rep-ty-gwyn-lights-again-strangers",
        "Strangers' cars up at Ty Gwyn again, third time I've seen them this month.",
        IP,
        REP,
        history=(
            Earlier(6.0, 171, "Lights on at Ty Gwyn on Lon Isaf, house should be empty.", location="Lon Isaf"),
            Earlier(14.0, 171, "Car I didn't know parked at Ty Gwyn late at night.", location="Lon Isaf"),
        ),
        reporter_id=171,
    ),
    case(
        "rep-history-too-old-not-repeat",
        "The man at 12 Poplar Avenue has his van on the pavement again.",
        IP,
        history=(
            Earlier(45.0, 180, "12 Poplar Avenue van on the pavement.", location="Poplar Avenue"),
            Earlier(70.0, 180, "Van at 12 Poplar Avenue blocking the path.", location="Poplar Avenue"),
        ),
        reporter_id=180,
    ),
    case(
        "rep-history-different-address-not-repeat",
        "Van parked across the pavement outside 18 Poplar Avenue this morning.",
        IP,
        history=(
            Earlier(5.0, 181, "Number 3 Oak Avenue hedge over the path.", location="Oak Avenue"),
            Earlier(12.0, 182, "Car at 27 Larch Road left with lights on.", location="Larch Road"),
        ),
        reporter_id=181,
    ),
    case(
        "rep-cole-plus-confront-weekend",
        (
            "Right, Margaret Cole at 22 Oak Avenue still hasn't moved her bins so this weekend I'm putting them on "
            "her doorstep and telling her straight."
        ),
        IP,
        CON,
        REP,
        history=(
            Earlier(5.0, 84, "Margaret Cole 22 Oak Avenue bins out again.", location="Oak Avenue"),
            Earlier(12.0, 84, "Bins at 22 Oak Avenue still on the path.", location="Oak Avenue"),
        ),
        reporter_id=84,
        urgent=True,
    ),
    case(
        "named-man-threat-knife-tonight",
        ("Tell Wayne Carter at 17 Hollins Road if he comes near my daughter again tonight I'll stick a knife in him."),
        IP,
        CON,
        urgent=True,
    ),
    case(
        "burn-them-out-threat-travellers",
        "If the travellers aren't gone off the field by tomorrow some of us will go down and burn them out.",
        IDS,
        CON,
        urgent=True,
    ),
    case(
        "dealer-named-self-harm-mixed",
        (
            "Kyle at the top flat in Drake House sold my son the pills that put him in hospital. I'm at the end of my "
            "rope, I feel like throwing myself off the car park."
        ),
        IP,
        ACC,
        DAN,
    ),
    case(
        "neighbour-attacking-wife-now-named",
        ("Steve at number 26 Cross Street is beating his wife right now, I can hear her screaming through the wall."),
        IP,
        ACC,
        DAN,
    ),
    case(
        "gang-of-lads-chasing-with-machete",
        "Lads on bikes chasing another kid with a machete down Elm Street now towards the shops.",
        DAN,
    ),
    case(
        "nonce-unit-named-go-round",
        ("We know that nonce lives at 4 Albion Court, there's a few of us going round there Saturday to drag him out."),
        IP,
        ACC,
        CON,
        urgent=True,
    ),
    case(
        "officer-style-named-subject-address",
        (
            "Subject known locally as Dean Foster, resides 11 Windsor Crescent, observed loitering near parked "
            "vehicles approx 0130hrs."
        ),
        IP,
    ),
    case(
        "plate-hit-and-run-victim-gives-reg",
        (
            "Someone reversed into my car in the Morrisons car park and drove off, I got the reg, YS62 NNB, dark blue "
            "Qashqai."
        ),
        IP,
    ),
    case(
        "woman-named-shoplifter-accusation-brummie",
        "That Tina from the flats on Lozells Road is robbin' from the Co-op every day, bold as brass.",
        IP,
        ACC,
    ),
    case(
        "rambling-angry-neighbour-feud",
        (
            "I have had enough of that family at 19 Meadow Bank. First it was the trampoline right up against my "
            "fence, then the dog, then the music, now their eldest lad has been seen with my garden ornaments, I'd "
            "put money on him being the one who nicked my gnome and the solar lights. I've spoken to his mother and "
            "she just laughed. I'm not having it. Next time I see him in my garden he'll get the hosepipe and worse."
        ),
        IP,
        ACC,
        CON,
        urgent=True,
    ),
    case(
        "shed-thieves-armed-ourselves",
        (
            "After the break-ins a few of us on Long Acre have got baseball bats by the door. Anyone comes in my "
            "garden they won't walk out."
        ),
        CON,
        urgent=True,
    ),
    case(
        "texting-mate-cctv-name-the-lad",
        "got cctv of the lad who nicked the parcel, its deffo tom from the chippy on the parade",
        IP,
        ACC,
    ),
    case(
        "muslim-family-terror-suspicion-named-house",
        (
            "The Muslim family at 7 Grove Street get parcels every day and have blacked out the back windows. Could "
            "be making something, should be checked."
        ),
        IP,
        IDS,
    ),
    case(
        "welsh-farmer-threat-shoot-dogs",
        ("Any dog I find worrying my ewes this weekend I'm shooting, and if I catch the owner they'll get the same."),
        CON,
        urgent=True,
    ),
    case(
        "anxious-stalker-outside-my-house-now",
        (
            "There is a man standing across the road staring at my house right now, he's been there half an hour and "
            "he followed me home. I'm on my own and terrified."
        ),
        DAN,
    ),
    case(
        "overdose-in-alley-now",
        "Someone's lying in the alley behind Argyle Street, not responding, needle next to him, lips going blue.",
        DAN,
    ),
    case(
        "scouse-robbed-named-lad-get-him",
        (
            "Our Jamie says it was Connor Kelly off the Dingle who robbed his phone, we're gonna get him after the "
            "match Sunday."
        ),
        IP,
        ACC,
        CON,
        urgent=True,
    ),
    case(
        "immigrants-hotel-protest-confront",
        (
            "The illegals at the hotel on the ring road are behind the break-ins. We're going down there in numbers "
            "on Saturday to show them they're not welcome."
        ),
        IDS,
        ACC,
        CON,
        urgent=True,
    ),
    case(
        "house-name-the-laurels-party-named",
        (
            "The Laurels, the big detached at the end of Green Lane, had about 200 people at a party last night and "
            "cars all over the verges."
        ),
        IP,
    ),
    case(
        "plate-car-sleeping-rough-welfare",
        (
            "A man has been sleeping in a green Berlingo, DU13 XCC, in the layby on the Ludlow road all week. He "
            "looks unwell, maybe someone from the council could check on him."
        ),
        IP,
    ),
    case(
        "grass-threat-note-named",
        (
            "Whoever told the council about my extension, I know it was Pete Hammond at number 3. Grasses get what's "
            "coming."
        ),
        IP,
        ACC,
        CON,
        urgent=True,
    ),
    case(
        "paedo-hunters-sting-plan",
        (
            "We're setting up a decoy profile to catch the paedo who's been messaging kids from the estate and "
            "confront him live on Facebook."
        ),
        ACC,
        CON,
    ),
    case(
        "wife-missing-diabetic-now",
        (
            "My wife has dementia and has walked out in just her nightie, she's diabetic and hasn't eaten, it's below "
            "freezing. Last seen 20 minutes ago on Castle Road."
        ),
        DAN,
    ),
    case(
        "shopkeeper-named-racist-abuse-reported",
        (
            "Mr Ahmed at the Londis told me a man has been calling him names and spitting at his door. He was too "
            "upset to ring it in himself so I am, with his permission."
        ),
        IP,
    ),
    case(
        "teen-gang-outsiders-from-town",
        (
            "It's the lot from the town estate coming up on the bus causing the trouble, they don't belong up here. "
            "Ban them from the bus."
        ),
        IDS,
    ),
)
