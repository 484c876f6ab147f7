"""Static files with a version in their links, so browsers may keep them for an hour.

`url_for("static", filename=...)` gains `?v=<hash of the file>`: a changed file has a new link,
so caching never serves an old stylesheet after a release. (The GOV.UK Frontend module that
init.js imports keeps its plain link; it changes only when the vendored copy is upgraded.)
"""

import functools
import hashlib
from pathlib import Path

from flask import Flask

STATIC_MAX_AGE_SECONDS = 3600


def init_app(app: Flask) -> None:
    if app.config.get("SEND_FILE_MAX_AGE_DEFAULT") is None:
        app.config["SEND_FILE_MAX_AGE_DEFAULT"] = STATIC_MAX_AGE_SECONDS
    static_folder = Path(app.static_folder)

    @app.url_defaults
    def _add_version(endpoint: str, values: dict) -> None:
        if endpoint == "static" and "filename" in values:
            version = _version_of(static_folder / values["filename"])
            if version:
                values.setdefault("v", version)


def _version_of(path: Path) -> str:
    """A short hash of the file's content ("" if there is no such file)."""
    try:
        modified = path.stat().st_mtime_ns
    except OSError:
        return ""
    return _content_hash(path, modified)


@functools.lru_cache(maxsize=256)
def _content_hash(path: Path, modified: int) -> str:
    """Worked out once per file and modification time, so an edited file gets a new link at once."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10]
