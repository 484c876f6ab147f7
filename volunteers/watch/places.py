"""Where something happened: an optional map point that works offline and on a phone.

A member types (or their phone fills in) latitude and longitude, or gives an Ordnance Survey grid
reference from a paper map. No map tiles, no what3words, nothing fetched from anywhere.
"""

import re

_COORDINATES = re.compile(r"^\s*(?P<lat>[+-]?\d{1,2}(?:\.\d{1,8})?)\s*[,;\s]\s*(?P<lon>[+-]?\d{1,3}(?:\.\d{1,8})?)\s*$")
# The 100 km squares of Great Britain's National Grid start with H, N, O, S or T.
_GRID_REFERENCE = re.compile(r"^(?P<square>[HNOST][A-HJ-Z])(?P<digits>\d{2,10})$")
# Great Britain and Northern Ireland, with a margin for the islands and coast.
LATITUDES = (49.0, 61.5)
LONGITUDES = (-11.0, 2.5)


class NotAMapPoint(ValueError):
    """The text is neither coordinates in the UK nor a grid reference."""


def parse_map_point(text: str) -> str:
    """The map point written one way only ("51.50340, -0.12760" or "TQ 3003 8041"); "" for none."""
    text = (text or "").strip()
    if not text:
        return ""
    match = _COORDINATES.match(text)
    if match:
        lat, lon = float(match["lat"]), float(match["lon"])
        if LATITUDES[0] <= lat <= LATITUDES[1] and LONGITUDES[0] <= lon <= LONGITUDES[1]:
            return f"{lat:.5f}, {lon:.5f}"
        raise NotAMapPoint(text)
    compact = re.sub(r"\s+", "", text).upper()
    match = _GRID_REFERENCE.match(compact)
    if match and len(match["digits"]) % 2 == 0:
        half = len(match["digits"]) // 2
        return f"{match['square']} {match['digits'][:half]} {match['digits'][half:]}"
    raise NotAMapPoint(text)


def normalise_place(text: str) -> str:
    """A place written the same way each time, for matching reports about the same place."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
