"""Static files: linked with a version of their content, so browsers may cache them safely."""

import os
import re

from volunteers.assets import STATIC_MAX_AGE_SECONDS


def test_pages_link_static_files_with_a_version_and_browsers_may_keep_them(app, client):
    page = client.get("/sign-in").get_data(as_text=True)
    link = re.search(r'href="(/static/css/volunteers\.min\.css\?v=[0-9a-f]{10})"', page)
    assert link, "the stylesheet is linked without a version"
    response = client.get(link.group(1))
    assert response.status_code == 200
    assert f"max-age={STATIC_MAX_AGE_SECONDS}" in response.headers["Cache-Control"]


def test_a_changed_file_gets_a_new_version(tmp_path):
    from volunteers import assets

    asset = tmp_path / "style.css"
    asset.write_text("a {}")
    first = assets._version_of(asset)
    asset.write_text("a { color: red }")
    os.utime(asset, ns=(asset.stat().st_atime_ns, asset.stat().st_mtime_ns + 1_000_000))
    assert assets._version_of(asset) not in ("", first)
    assert assets._version_of(tmp_path / "missing.css") == ""
