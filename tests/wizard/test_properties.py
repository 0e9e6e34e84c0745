"""Property tests: any valid plan survives save → load unchanged."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from strategies import plans

from wizard import signing, storage


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_yaml_round_trip(plan):
    text = storage.dumps(plan)
    again = storage.parse_plan("prop.yaml", text.encode("utf-8"))
    assert again == plan
    assert signing.fingerprint(again) == signing.fingerprint(plan)
    assert storage.dumps(again) == text
