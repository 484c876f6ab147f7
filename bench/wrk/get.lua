-- A GET of the URL wrk was given, with the headers given by -H (a bearer token or a session
-- cookie); answers are counted by status for bench/request_cost.py.

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "counting.lua")
