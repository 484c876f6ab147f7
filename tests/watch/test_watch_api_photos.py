"""Photos through the API: uploaded (multipart) to get ids, cleaned exactly as on the pages, then
attached to a report sent with `photo_ids`; nobody else's photos can be attached."""

import io
from datetime import timedelta

import pytest
from PIL import Image

from tests.factories import make_member, make_scheme
from tests.watch.test_watch_photos import GPS_IFD, jpeg_with_gps, png_bytes
from volunteers.db_types import utcnow
from volunteers.extensions import db
from volunteers.watch import photos
from volunteers.watch.models import Report, ReportPhoto


def report_body(world, **values):
    data = {
        "scheme_id": world.scheme.id,
        "category": "vehicle_crime",
        "occurred_at": (utcnow() - timedelta(hours=2)).isoformat(),
        "location": "Mill Lane",
        "description": "A car window was smashed overnight and glass left across the pavement.",
    }
    data.update(values)
    return data


def upload(client, world, headers, *files, scheme_id=None):
    return client.post(
        f"/api/v1/watch/schemes/{scheme_id or world.scheme.id}/photos",
        data={"photos": [(io.BytesIO(content), name) for name, content in files]},
        content_type="multipart/form-data",
        headers=headers,
    )


def test_photos_uploaded_through_the_api_are_cleaned_and_attached_by_id(world, client, api_token):
    headers = api_token(world.member)
    response = upload(client, world, headers, ("gate.jpg", jpeg_with_gps()), ("map.png", png_bytes()))
    assert response.status_code == 201, response.get_json()
    uploaded = response.get_json()
    assert [photo["content_type"] for photo in uploaded["photos"]] == ["image/jpeg", "image/png"]
    assert uploaded["keep_hours"] == 24
    ids = [photo["id"] for photo in uploaded["photos"]]
    stored = db.session.get(ReportPhoto, ids[0])
    with Image.open(photos.path_of(stored.stored_name)) as image:
        assert not image.getexif().get_ifd(GPS_IFD)

    sent = client.post("/api/v1/watch/reports", json=report_body(world, photo_ids=ids), headers=headers)
    assert sent.status_code == 201, sent.get_json()
    body = sent.get_json()
    assert body["photos"] == 2 and body["photo_ids"] == ids
    report = db.session.get(Report, body["id"])
    assert [photo.id for photo in report.photos] == ids
    officer_view = client.get(f"/api/v1/watch/reports/{report.id}", headers=api_token(world.officer)).get_json()
    assert officer_view["photo_ids"] == ids


def test_someone_elses_or_an_already_sent_photo_cannot_be_attached(world, client, api_token):
    neighbour = make_member(world.scheme)
    theirs = upload(client, world, api_token(neighbour), ("a.jpg", jpeg_with_gps())).get_json()["photos"][0]["id"]
    headers = api_token(world.member)
    mine = upload(client, world, headers, ("b.jpg", jpeg_with_gps())).get_json()["photos"][0]["id"]
    refused = client.post("/api/v1/watch/reports", json=report_body(world, photo_ids=[theirs, mine]), headers=headers)
    assert refused.status_code == 400
    assert str(theirs) in refused.get_json()["errors"]["photo_ids"][0]
    assert db.session.query(Report).count() == 0
    assert (
        client.post("/api/v1/watch/reports", json=report_body(world, photo_ids=[mine]), headers=headers).status_code
        == 201
    )
    again = client.post("/api/v1/watch/reports", json=report_body(world, photo_ids=[mine]), headers=headers)
    assert again.status_code == 400 and "photo_ids" in again.get_json()["errors"]


def test_not_a_photo_or_no_photo_is_refused_and_nothing_is_stored(world, client, api_token):
    headers = api_token(world.member)
    fake = upload(client, world, headers, ("evil.jpg", b"<?php system($_GET['c']); ?>"))
    assert fake.status_code == 400 and "not a photo we can use" in fake.get_json()["errors"]["photos"][0]
    empty = client.post(
        f"/api/v1/watch/schemes/{world.scheme.id}/photos", data={}, content_type="multipart/form-data", headers=headers
    )
    assert empty.status_code == 422
    assert db.session.query(ReportPhoto).count() == 0


def test_no_more_photos_wait_unsent_than_a_report_may_have(world, client, api_token):
    headers = api_token(world.member)
    three = [(f"p{n}.png", png_bytes()) for n in range(3)]
    assert upload(client, world, headers, *three).status_code == 201
    over = upload(client, world, headers, ("one-more.png", png_bytes()))
    assert over.status_code == 400 and "up to 3 photos" in over.get_json()["errors"]["photos"][0]
    assert db.session.query(ReportPhoto).count() == 3


@pytest.mark.parametrize("who", ["officer", "stranger", "other_scheme_member"])
def test_only_a_cleared_member_of_the_scheme_uploads_photos_to_it(world, client, api_token, who):
    person = {
        "officer": world.officer,
        "stranger": make_member(make_scheme()),
        "other_scheme_member": make_member(make_scheme(world.area)),
    }[who]
    response = upload(client, world, api_token(person), ("gate.jpg", jpeg_with_gps()))
    assert response.status_code == 403 and response.is_json
    assert db.session.query(ReportPhoto).count() == 0


def test_the_upload_is_documented_as_multipart_in_the_openapi_document(client):
    document = client.get("/api/v1/openapi.json").get_json()
    operation = document["paths"]["/api/v1/watch/schemes/{scheme_id}/photos"]["post"]
    schema = operation["requestBody"]["content"]["multipart/form-data"]["schema"]
    if "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    assert schema["properties"]["photos"]["items"] == {"type": "string", "format": "binary"}
    report = document["components"]["schemas"]["ReportRequest"]["properties"]
    assert report["photo_ids"]["type"] == "array"


def test_a_part_the_upload_does_not_declare_is_refused(world, client, api_token):
    response = client.post(
        f"/api/v1/watch/schemes/{world.scheme.id}/photos",
        data={"photos": [(io.BytesIO(png_bytes()), "a.png")], "other": [(io.BytesIO(b"x"), "x.bin")]},
        content_type="multipart/form-data",
        headers=api_token(world.member),
    )
    assert response.status_code == 422 and "other" in response.get_json()["errors"]
    assert db.session.query(ReportPhoto).count() == 0
