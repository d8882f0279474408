"""Typed Python SDK for the Sumvin API.

from sumvin_sdk import Sumvin

with Sumvin(jwt=session_jwt, org_id="org_123") as client:
    me = client.user.get_user_account(expand=["wallets"])
"""

__version__ = "0.1.0"

from sumvin_sdk._client import DEFAULT_BASE_URL, AsyncSumvin, Sumvin
from sumvin_sdk._generated.types import UNSET, APIResponse, Unset
from sumvin_sdk._log_switch import switch_on as _switch_on
from sumvin_sdk._retry import RetryPolicy
from sumvin_sdk.auth import AgentTokenAuth, JWTAuth, OrgId, PATAuth, PintTokenAuth, UcpTokenAuth
from sumvin_sdk.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    NotFoundError,
    ProblemDetails,
    SumvinError,
)

_switch_on()  # SUMVIN_LOG=debug|info: the SDK's log lines to stderr

__all__ = [
    "DEFAULT_BASE_URL",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AgentTokenAuth",
    "AsyncSumvin",
    "JWTAuth",
    "NotFoundError",
    "OrgId",
    "PATAuth",
    "PintTokenAuth",
    "ProblemDetails",
    "RetryPolicy",
    "Sumvin",
    "SumvinError",
    "UcpTokenAuth",
    "Unset",
    "__version__",
]
