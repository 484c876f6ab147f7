"""Photos on reports: only real images, metadata gone, stored privately, shown only to the reporter
and the officers of the report's area."""

import io
from datetime import timedelta

import pytest
from PIL import Image

from tests.factories import make_area, make_coordinator, make_membership, make_officer, make_user
from tests.form_data import moment_typed
from tests.watch.factories import ORDINARY_TEXT
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.watch import photos, services
from volunteers.watch.models import Report, ReportPhoto

GPS_IFD = 0x8825
MAKE, MODEL = 0x010F, 0x0110


def jpeg_with_gps(size=(64, 48)) -> bytes:
    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[MAKE] = "SpyCam"
    exif[MODEL] = "Model 9"
    exif[GPS_IFD] = {1: "N", 2: (51.0, 30.0, 12.0), 3: "W", 4: (0.0, 7.0, 40.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def png_bytes(size=(32, 32)) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", size, (0, 0, 0, 0)).save(out, "PNG")
    return out.getvalue()


def form(**values):
    data = {
        "scheme": "",
        "category": "suspicious_activity",
        **moment_typed("occurred_at", utcnow() - timedelta(hours=3)),
        "location": "Mill Lane",
        "description": ORDINARY_TEXT,
        "victim": "none",
    }
    data.update(values)
    return data


def _send_with_photos(client, world, *files):
    data = form(scheme=str(world.scheme.id))
    data["photos"] = [(io.BytesIO(content), name) for name, content in files]
    return client.post("/watch/reports/new", data=data, content_type="multipart/form-data")


def test_location_and_camera_metadata_are_gone_from_an_uploaded_photo(world, client, login_as, app):
    original = jpeg_with_gps()
    with Image.open(io.BytesIO(original)) as check:
        assert check.getexif().get_ifd(GPS_IFD)  # the test photo really has a position
    login_as(world.member)
    response = _send_with_photos(client, world, ("holiday.jpg", original))
    assert response.status_code == 302
    photo = db.session.query(ReportPhoto).one()
    with app.test_request_context():
        stored = photos.path_of(photo.stored_name).read_bytes()
    with Image.open(io.BytesIO(stored)) as image:
        exif = image.getexif()
        assert not exif.get_ifd(GPS_IFD)
        assert MAKE not in exif and MODEL not in exif
        assert "exif" not in image.info and "icc_profile" not in image.info
    assert b"SpyCam" not in stored
    assert photo.report is not None and photo.content_type == "image/jpeg"
    assert "holiday" not in photo.stored_name


def test_a_file_that_is_not_an_image_is_refused_whatever_its_name(world, client, login_as):
    login_as(world.member)
    response = _send_with_photos(client, world, ("photo.jpg", b"<html><script>alert(1)</script></html>"))
    assert response.status_code == 200
    assert "is not a photo we can use" in response.get_data(as_text=True)
    assert db.session.query(Report).count() == 0 and db.session.query(ReportPhoto).count() == 0


def test_a_gif_is_refused_even_though_pillow_can_read_it(world):
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "GIF")
    with pytest.raises(services.DomainError):
        photos.clean_photo(out.getvalue(), photos.PhotoLimits(10_000_000, 10_000_000, 2000))


def test_a_photo_over_the_size_limit_is_refused(world):
    limits = photos.PhotoLimits(max_bytes=1000, max_pixels=10_000_000, max_side=2000)
    with pytest.raises(services.DomainError) as refused:
        photos.clean_photo(jpeg_with_gps((400, 400)) + b"\0" * 2000, limits, "big.jpg")
    assert "big.jpg is larger than" in refused.value.message


def test_a_decompression_bomb_is_refused_before_it_is_decoded(world):
    out = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(out, "PNG")
    assert len(out.getvalue()) < 100_000
    with pytest.raises(services.DomainError) as refused:
        photos.clean_photo(out.getvalue(), photos.PhotoLimits(10_000_000, 40_000_000, 2560), "tiny.png")
    assert "too many pixels" in refused.value.message


def test_large_photos_are_scaled_down_and_pngs_stay_png(world):
    cleaned = photos.clean_photo(png_bytes((3000, 1000)), photos.PhotoLimits(10_000_000, 40_000_000, 1500))
    assert (cleaned.width, cleaned.height) == (1500, 500) and cleaned.content_type == "image/png"


def test_no_more_than_three_photos_go_with_a_report(world, client, login_as):
    login_as(world.member)
    files = [(f"p{n}.png", png_bytes()) for n in range(4)]
    response = _send_with_photos(client, world, *files)
    assert response.status_code == 200
    assert "up to 3 photos" in response.get_data(as_text=True)
    assert db.session.query(ReportPhoto).count() == 0


def test_photos_are_kept_when_the_form_is_shown_again_for_the_guard(world, client, login_as):
    login_as(world.member)
    data = form(scheme=str(world.scheme.id), description="That nonce was hanging around the park again.")
    data["photos"] = [(io.BytesIO(png_bytes()), "park.png")]
    page = client.post("/watch/reports/new", data=data, content_type="multipart/form-data")
    assert page.status_code == 200 and "Before you send this report" in page.get_data(as_text=True)
    pending = db.session.query(ReportPhoto).one()
    assert pending.report_id is None
    digest = page.get_data(as_text=True).split('name="flags_seen" type="hidden" value="')[1].split('"')[0]
    sent = client.post(
        "/watch/reports/new",
        data=form(
            scheme=str(world.scheme.id),
            description="That nonce was hanging around the park again.",
            keep_photos=str(pending.id),
            flags_seen=digest,
            send_anyway="y",
        ),
    )
    assert sent.status_code == 302
    db.session.expire_all()
    assert db.session.get(ReportPhoto, pending.id).report is not None


def test_a_photo_is_served_privately_to_the_reporter_and_the_areas_officers_only(world, client, login_as):
    login_as(world.member)
    _send_with_photos(client, world, ("shed.jpg", jpeg_with_gps()))
    photo = db.session.query(ReportPhoto).one()
    url = f"/watch/photos/{photo.id}"
    response = client.get(url)
    assert response.status_code == 200 and response.mimetype == "image/jpeg"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response.headers["Cache-Control"]
    assert response.headers["Content-Disposition"].startswith("inline")
    assert response.headers["Content-Security-Policy"].strip() == "default-src 'none'; sandbox"
    login_as(world.officer)
    assert client.get(url).status_code == 200
    for outsider in (make_coordinator(world.scheme), make_officer(make_area()), make_user()):
        login_as(outsider)
        assert client.get(url).status_code == 404
    neighbour = make_user()
    make_membership(neighbour, world.scheme)
    login_as(neighbour)
    assert client.get(url).status_code == 404


def test_a_photo_not_yet_sent_is_seen_only_by_the_person_who_chose_it(world, client, login_as):
    login_as(world.member)
    stored = services.store_photos(world.member, world.scheme, [services.Upload("a.png", io.BytesIO(png_bytes()))])
    assert client.get(f"/watch/photos/{stored[0].id}").status_code == 200
    login_as(world.officer)
    assert client.get(f"/watch/photos/{stored[0].id}").status_code == 404


def test_photos_chosen_but_never_sent_are_deleted_after_a_day(world, app):
    stored = services.store_photos(world.member, world.scheme, [services.Upload("a.png", io.BytesIO(png_bytes()))])
    path = photos.path_of(stored[0].stored_name)
    assert path.exists()
    stored[0].uploaded_at = utcnow() - timedelta(hours=30)
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["watch", "purge-photos"])
    assert "1 unsent photo(s) deleted" in result.output
    assert not path.exists() and db.session.query(ReportPhoto).count() == 0
