"""A newer server may add enum values and members: parsing keeps them, and sending them back loses nothing."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

from sumvin_sdk._generated.api.user import get_user_account
from sumvin_sdk._generated.client import AuthenticatedClient
from sumvin_sdk._generated.models import (
    APIErrorCode,
    BindMandateKeyWalletRequest,
    GetUserResponse,
    KnownChains,
    ProblemDetail,
    StatusChangedBy,
    UserStatusData,
)
from tests.test_endpoints import SAMPLER, SPEC


@pytest.fixture
def newer_user() -> dict[str, Any]:
    """``GET /v0/user/me`` as a newer server might answer it."""
    body: dict[str, Any] = copy.deepcopy(SAMPLER.value(SPEC["components"]["schemas"]["GetUserResponse"]))
    body["user"]["current_status"]["changed_by"] = "partner_bank"  # an enum value added later
    body["user"]["nickname"] = "Vin"  # a member added later
    body["loyalty"] = {"tier": "gold", "points": 120}
    return body


def test_unknown_enum_values_and_members_survive_a_typed_call(newer_user: dict[str, Any]) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=newer_user))
    with AuthenticatedClient(base_url="https://sumvin.test", httpx_args={"transport": transport}) as client:
        me = get_user_account.sync(client=client)
    assert isinstance(me, GetUserResponse)
    assert isinstance(me.user.current_status, UserStatusData)
    changed_by = me.user.current_status.changed_by
    assert isinstance(changed_by, StatusChangedBy)
    assert changed_by == "partner_bank" and changed_by.value == "partner_bank" and str(changed_by) == "partner_bank"
    assert changed_by not in list(StatusChangedBy), "an unknown value is not added to the class"
    assert me.user["nickname"] == "Vin"
    assert me["loyalty"] == {"tier": "gold", "points": 120}
    assert me.to_dict() == newer_user


def test_known_values_are_still_the_members() -> None:
    assert StatusChangedBy("self") is StatusChangedBy.SELF
    assert KnownChains(1) is KnownChains.VALUE_1


def test_an_unknown_error_code_parses() -> None:
    problem = ProblemDetail.from_dict(
        {
            "type": "https://api.sumvin.com/errors/NEW-503-001-R",
            "title": "Service Unavailable",
            "status": 503,
            "detail": "Try again",
            "instance": "/v0/user/me",
            "error_code": "NEW-503-001-R",
        }
    )
    assert isinstance(problem.error_code, APIErrorCode) and problem.error_code == "NEW-503-001-R"


def test_an_unknown_integer_enum_value_parses() -> None:
    chain = KnownChains(424242)
    assert isinstance(chain, KnownChains) and chain == 424242 and chain.value == 424242


@pytest.mark.parametrize("bad", [None, 1.5, b"x"])
def test_values_of_the_wrong_type_are_still_refused(bad: Any) -> None:
    with pytest.raises(ValueError):
        StatusChangedBy(bad)
    with pytest.raises(ValueError):
        KnownChains(bad)


def test_members_a_schema_forbids_are_kept_too() -> None:
    # additionalProperties: false upstream; a response may still carry more, and nothing is dropped.
    data = SAMPLER.value(SPEC["components"]["schemas"]["BindMandateKeyWalletRequest"]) | {"later": 1}
    assert BindMandateKeyWalletRequest.from_dict(data).to_dict() == data
