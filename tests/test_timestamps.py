"""Timestamps are aware UTC datetimes in typed models, whichever form the API sends, and epoch ms when sent.

Every test here runs under several local zones (POSIX ``TZ`` strings, so no zone database is needed): a
naive ISO 8601 timestamp is UTC on the wire, and reading it as the machine's local time must fail a test
on any machine, not only on one whose zone is UTC.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sumvin_sdk import Sumvin
from sumvin_sdk._generated.models import AbsolutePeriod, GetUserResponse, UserStatusData
from sumvin_sdk._generated.types import epoch_ms, parse_timestamp
from tests import zones
from tests.test_endpoints import SAMPLER, SPEC

JAN_1 = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
MS = 1704067200000
# POSIX TZ strings and their offsets east of UTC, in seconds: UTC, India, Newfoundland, Kiribati (the extremes
# and two half-hour zones, so a local reading is off by a non-whole hour or by more than half a day).
ZONES = {"UTC0": 0, "IST-5:30": 19_800, "NST+3:30": -12_600, "LINT-14": 50_400}


@pytest.fixture(autouse=True, params=sorted(ZONES), ids=lambda zone: zone.replace(":", ""))
def local_zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run the test with the process's local zone set to ``request.param``, then put the old zone back."""
    zone: str = request.param
    with zones.local_zone(zone, offset=ZONES[zone]):
        yield zone


@pytest.mark.parametrize(
    "wire", [MS, float(MS), "2024-01-01T00:00:00Z", "2024-01-01T01:00:00+01:00", "2024-01-01T00:00:00"]
)
def test_both_wire_forms_parse_to_the_same_aware_utc_datetime(wire: object) -> None:
    parsed = parse_timestamp(wire)
    assert parsed == JAN_1 and parsed.tzinfo == datetime.UTC


def test_milliseconds_are_exact() -> None:
    assert parse_timestamp(MS + 123) == JAN_1 + datetime.timedelta(milliseconds=123)
    assert epoch_ms(parse_timestamp(253402300799999)) == 253402300799999  # the last millisecond of 9999


EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
FAST_LIMIT = 2**33 * 1000  # parse_timestamp's one-call path for epoch ms ends here (year 2242)


@settings(max_examples=3000, deadline=None, database=None)
@given(
    st.integers(min_value=0, max_value=FAST_LIMIT + 10)
    | st.integers(min_value=FAST_LIMIT - 10_000, max_value=FAST_LIMIT + 10_000)
    | st.sampled_from([0, 1, 999, 1000, FAST_LIMIT - 1, FAST_LIMIT, 2**32 * 1000 - 1, 2**32 * 1000 + 1])
)
def test_the_fast_path_for_epoch_milliseconds_is_the_exact_arithmetic(ms: int) -> None:
    parsed = parse_timestamp(ms)
    assert parsed == EPOCH + datetime.timedelta(milliseconds=ms) and parsed.tzinfo is datetime.UTC


@pytest.mark.parametrize(
    ("bad", "error"), [(True, TypeError), (None, TypeError), ("yesterday", ValueError), (10**20, ValueError)]
)
def test_what_is_not_a_timestamp_is_refused(bad: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        parse_timestamp(bad)


def test_a_naive_datetime_is_refused_before_sending() -> None:
    with pytest.raises(ValueError, match="naive datetime"):
        AbsolutePeriod(period_start=datetime.datetime(2024, 1, 1), period_end=JAN_1, kind="absolute").to_dict()


def test_request_models_send_epoch_milliseconds() -> None:
    period = AbsolutePeriod(period_start=JAN_1, period_end=JAN_1 + datetime.timedelta(days=31), kind="absolute")
    assert period.to_dict() == {"kind": "absolute", "period_start": MS, "period_end": MS + 31 * 86_400_000}


def _is_timestamp(key: str, value: object) -> bool:
    return (key.endswith("_at") or key in ("timestamp", "period_start", "period_end")) and isinstance(value, int)


def _whole_seconds(body: Any, start: int = MS) -> Any:
    """``body`` with its timestamps on distinct whole seconds (ISO 8601 on the wire has no milliseconds)."""
    if isinstance(body, dict):
        return {
            k: start + 1000 * i if _is_timestamp(k, v) else _whole_seconds(v) for i, (k, v) in enumerate(body.items())
        }
    if isinstance(body, list):
        return [_whole_seconds(v) for v in body]
    return body


def _iso(body: Any) -> Any:
    """``body`` as the API sends it with ``X-Timestamp-Format: iso8601``."""
    if isinstance(body, dict):
        return {
            k: datetime.datetime.fromtimestamp(v / 1000, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            if _is_timestamp(k, v)
            else _iso(v)
            for k, v in body.items()
        }
    if isinstance(body, list):
        return [_iso(v) for v in body]
    return body


def test_a_typed_call_reads_both_forms_into_the_same_model() -> None:
    epoch = _whole_seconds(SAMPLER.value(SPEC["components"]["schemas"]["GetUserResponse"]))
    epoch["user"]["created_at"] = MS
    epoch["user"]["current_status"]["changed_at"] = MS + 1000
    iso = _iso(epoch)
    assert iso["user"]["created_at"] == "2024-01-01T00:00:00Z"

    def answer(request: httpx.Request) -> httpx.Response:
        asked_iso = request.headers.get("x-timestamp-format") == "iso8601"
        return httpx.Response(200, json=iso if asked_iso else epoch)

    sumvin = Sumvin(base_url="https://api.sumvin.test", jwt="j", transport=httpx.MockTransport(answer))
    from_epoch = sumvin.user.get_user_account()
    from_iso = sumvin.with_options(timestamp_format="iso8601").user.get_user_account()
    assert isinstance(from_epoch, GetUserResponse) and isinstance(from_iso, GetUserResponse)
    assert from_epoch.user.created_at == from_iso.user.created_at == JAN_1
    assert isinstance(from_iso.user.current_status, UserStatusData)
    assert from_iso.user.current_status.changed_at == JAN_1 + datetime.timedelta(seconds=1)
    assert from_iso.to_dict() == from_epoch.to_dict() == epoch


def test_untyped_json_follows_the_option() -> None:
    iso = _iso(_whole_seconds(SAMPLER.value(SPEC["components"]["schemas"]["GetUserResponse"])))
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=iso))
    sumvin = Sumvin(base_url="https://api.sumvin.test", jwt="j", transport=transport, timestamp_format="iso8601")
    raw = sumvin.with_raw_response.user.get_user_account()
    assert raw.http_response.json() == iso and isinstance(iso["user"]["created_at"], str)
    assert isinstance(raw.parsed.user.created_at, datetime.datetime)
