-- POST a Neighbourhood Watch report body to the URL wrk was given: to the app's
-- /api/v1/watch/reports, or to the bare app's insert, which accepts the same body.
--
-- Each request's description ends with a marker unique to the run, the wrk thread and the
-- request ("Sighting note R3Fc8w1t2n17."); each 201 answer echoes the description, and its marker
-- is kept, so bench/request_cost.py can check that every acknowledged report is stored once.
-- BENCH_RUN names the run, BENCH_SCHEME_ID the scheme reported to.

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "counting.lua")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local run = os.getenv("BENCH_RUN") or "R"
local scheme_id = tonumber(os.getenv("BENCH_SCHEME_ID") or "1")

-- Ordinary wordings that the guard does not flag (bench/request_cost.py screens them first).
local sightings = {
   {"suspicious_activity", "Mill Lane, by the post box",
    "Two people were trying car door handles along the road, then walked off towards the park."},
   {"vehicle_crime", "Station Road car park",
    "A van with no lights was parked across the footpath for an hour, then drove off towards the station."},
   {"anti_social_behaviour", "Church Street, outside the shops",
    "A group on bikes was riding along the pavement and shouting at passers-by, then left towards the park."},
   {"environmental", "Elm Road, by the allotments",
    "Someone tipped a pile of rubble and old paint tins on the verge early this morning."},
}

local number = 0

function request()
   number = number + 1
   sent = sent + 1
   local sighting = sightings[number % #sightings + 1]
   local occurred_at = os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 3600 - (number % 600) * 60)
   local body = string.format(
      '{"scheme_id":%d,"category":"%s","occurred_at":"%s","location":"%s",' ..
      '"description":"%s Sighting note %st%dn%d."}',
      scheme_id, sighting[1], occurred_at, sighting[2], sighting[3], run, thread_number, number)
   return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
   count_answer(status)
   if status == 201 then
      table.insert(acknowledged, body:match("Sighting note (%w+)%.") or "?")
   end
end
