"""Property-based fuzzing of the whole API from its own OpenAPI document: never a 500.

Schemathesis generates requests, valid and invalid, for every documented operation; each answer
must not be a server error and must match what the document says.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.factories import make_area, make_member, make_officer, make_scheme


@pytest.mark.app_config(RATELIMIT_ENABLED=False)
def test_the_api_never_answers_with_a_server_error(app, api_token):
    scheme = make_scheme(make_area())
    member = make_member(scheme)
    make_officer(scheme.area)
    headers = api_token(member)
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)

    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 2
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            response = case.call(headers=headers)
            assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:300])
            case.validate_response(response, checks=[schemathesis.checks.not_a_server_error])

        check()
