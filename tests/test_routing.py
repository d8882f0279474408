"""A path parameter reaches its own operation as one segment, or is refused unsent; bad URLs are typed errors.

Over every operation with path parameters: typed methods and HAL templates agree on the path they send,
and a value URL normalisation would remove (empty, ``.``, ``..``) is refused naming the parameter.
"""

from __future__ import annotations

import functools
import re
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin, device
from sumvin_sdk._generated.operations import OPERATIONS, Operation
from sumvin_sdk._params import checked
from sumvin_sdk._paths import path_segment
from sumvin_sdk._pipeline import operation_for
from sumvin_sdk.auth import JWTAuth, UcpTokenAuth
from sumvin_sdk.errors import HALError, ParameterError, PathParameterError, RedirectError, SumvinError, UsageError
from sumvin_sdk.hal import Link, expand
from tests.hostile import DOT_SEGMENTS, ODD_SEGMENTS
from tests.test_endpoints import SPEC, Call, module_for

BASE = "https://sumvin.test"
WITH_PARAMETERS = sorted(
    (o for o in OPERATIONS.values() if "{" in o.path), key=lambda o: o.operation_id
)  # fmt: skip
PARAMETER = re.compile(r"\{([^}]+)\}")


def spec_of(operation: Operation) -> dict[str, Any]:
    op: dict[str, Any] = SPEC["paths"][operation.path][operation.method.lower()]
    return op


class Recorder:
    def __init__(self) -> None:
        self.paths: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.raw_path.decode().split("?")[0])
        return httpx.Response(599)  # undocumented: the call ends in an error after sending


@functools.cache
def prepared(operation: Operation) -> tuple[Any, Call]:
    module = module_for(operation.method.lower(), operation.path)
    return module, Call(operation.method.lower(), operation.path, spec_of(operation), module.sync_detailed)


def refused_by_limits(operation: Operation, parameter: str, value: str) -> bool:
    """Whether the parameter's own limits refuse ``value`` before its path is built (``resolveUsername``'s
    ``username`` takes 3 to 20 characters): a ``ParameterError``, with nothing sent either."""
    table = prepared(operation)[0].PARAMETERS
    try:
        checked(operation.operation_id, {p.python_name: value for p in table.values() if p.name == parameter}, table)
    except ParameterError:
        return True
    return False


def call_with(client: Sumvin, operation: Operation, parameter: str, value: str) -> None:
    module, call = prepared(operation)
    arguments = call.arguments(module.sync_detailed)
    python_name = next(n for n in arguments if re.sub(r"[^a-z0-9]", "", n.lower()).endswith(
        re.sub(r"[^a-z0-9]", "", parameter.lower())))  # fmt: skip
    arguments[python_name] = value
    try:
        getattr(getattr(client, operation.tag), operation.module)(**arguments)
    except SumvinError as error:
        if isinstance(error, UsageError):
            raise


def test_the_operations_with_path_parameters() -> None:
    assert len(OPERATIONS) == 184 and len(WITH_PARAMETERS) == 93


@pytest.mark.parametrize("operation", WITH_PARAMETERS, ids=lambda o: o.operation_id)
def test_typed_methods_refuse_dot_segments_and_send_odd_values_as_one_segment(operation: Operation) -> None:
    recorder = Recorder()
    template = operation.path.split("/")
    with Sumvin(
        base_url=BASE, auth=[JWTAuth("j"), UcpTokenAuth("u")], transport=httpx.MockTransport(recorder), max_retries=0
    ) as client:
        for parameter in PARAMETER.findall(operation.path):
            for value in DOT_SEGMENTS:
                limited = refused_by_limits(operation, parameter, value)
                with pytest.raises(ParameterError if limited else PathParameterError) as caught:
                    call_with(client, operation, parameter, value)
                error = caught.value
                assert isinstance(error, ParameterError | PathParameterError) and error.parameter == parameter
                assert limited or repr(parameter) in str(error)
            assert recorder.paths == []
            for value in ODD_SEGMENTS:
                if refused_by_limits(operation, parameter, value):
                    continue
                call_with(client, operation, parameter, value)
                sent = recorder.paths.pop().split("/")
                assert len(sent) == len(template), (operation.operation_id, value)
                at = template.index("{" + parameter + "}")
                assert unquote(sent[at]) == value
                assert operation_for(operation.method, "/".join(sent)) == operation


def follow_path(client: Sumvin, recorder: Recorder, operation: Operation, variables: dict[str, str]) -> str:
    link = Link(rel="x", href=operation.path, method=operation.method, templated=True)
    try:
        client.follow(link, variables=variables, json={} if operation.method in ("POST", "PUT", "PATCH") else None)
    except SumvinError as error:
        if isinstance(error, UsageError | HALError):
            raise
    return recorder.paths.pop()


@pytest.mark.parametrize("operation", WITH_PARAMETERS, ids=lambda o: o.operation_id)
def test_hal_templates_send_what_the_typed_methods_send(operation: Operation) -> None:
    recorder = Recorder()
    names = PARAMETER.findall(operation.path)
    with Sumvin(
        base_url=BASE + "/",
        auth=[JWTAuth("j"), UcpTokenAuth("u")],
        transport=httpx.MockTransport(recorder),
        max_retries=0,
    ) as client:
        for parameter in names:
            for value in DOT_SEGMENTS:
                variables = dict.fromkeys(names, "ok") | {parameter: value}
                with pytest.raises(PathParameterError) as caught:
                    follow_path(client, recorder, operation, variables)
                assert caught.value.parameter == parameter
            assert recorder.paths == []
            at = operation.path.split("/").index("{" + parameter + "}")
            for value in ODD_SEGMENTS:
                if refused_by_limits(operation, parameter, value):
                    continue
                followed = follow_path(client, recorder, operation, dict.fromkeys(names, "ok") | {parameter: value})
                call_with(client, operation, parameter, value)
                typed = recorder.paths.pop().split("/")
                assert len(followed.split("/")) == len(typed) and followed.split("/")[at] == typed[at], value
                assert operation_for(operation.method, followed) == operation


def test_follow_with_a_path_prefix_takes_the_callers_encoded_variables() -> None:
    recorder = Recorder()
    wallet = OPERATIONS["getWallet"]
    with Sumvin(base_url=BASE + "/api", jwt="j", transport=httpx.MockTransport(recorder)) as client:
        link = Link(rel="wallet", href=wallet.path, templated=True)
        with pytest.raises(SumvinError, match="599"):
            client.follow(link, variables={"wallet_id": "a b/c"})
        with pytest.raises(SumvinError, match="599"):
            client.wallets.get_wallet("a b/c")
    assert recorder.paths == ["/api/v0/wallets/a%20b%2Fc", "/api/v0/wallets/a%20b%2Fc"]


def test_the_servers_own_encoded_separator_is_still_refused() -> None:
    with Sumvin(base_url=BASE + "/api", jwt="j", transport=httpx.MockTransport(Recorder())) as client:
        for href in ["/v0/wallets/..%2F..%2Fadmin/{id}", "/v0/%2F/{id}", "/../{id}", "/v0/%252F/{id}"]:
            with pytest.raises(HALError):
                client.follow(Link(rel="x", href=href, templated=True), variables={"id": "1"})


def test_expand_and_path_segment_refuse_dot_segments_in_the_path_only() -> None:
    for value in DOT_SEGMENTS:
        with pytest.raises(PathParameterError):
            expand("/v0/wallets/{id}", {"id": value})
        with pytest.raises(PathParameterError):
            path_segment("id", value)
    assert expand("/v0/x?q={q}", {"q": ".."}) == "/v0/x?q=.."
    assert expand("/v0/x{?q}", {"q": ""}) == "/v0/x?q="
    with pytest.raises(PathParameterError, match="cannot be encoded"):
        path_segment("id", "\ud800")


@pytest.mark.parametrize("value", DOT_SEGMENTS)
def test_device_approve_and_deny_refuse_dot_segments(value: str) -> None:
    recorder = Recorder()
    with Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(recorder)) as client:
        with pytest.raises(SumvinError, match="device_code"):
            device.approve(client, value, "ABCD-EFGH")
        with pytest.raises(SumvinError, match="device_code"):
            device.deny(client, value)
    assert recorder.paths == []


# -- URLs that do not parse --------------------------------------------------------------------------------------

BAD_LOCATIONS = [
    "javascript:alert(1)",
    "http:127.0.0.1:9/x",
    "http://[::1/x",
    "http://127.0.0.1:99999/x",
    "https://" + "a" * 2_000_000,
    "/" + "a" * 2_000_000,
    "http://exa mple.test/",
    "https://sumvin.test:-1/",
    "\\\\evil.test\\x",
    "http://%zz/",
]


@pytest.mark.parametrize("location", BAD_LOCATIONS, ids=lambda s: s[:30])
def test_a_redirect_to_an_unparsable_location_is_a_redirect_error(location: str) -> None:
    answer = httpx.Response(302, headers={"location": location})
    with (
        Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(lambda r: answer)) as client,
        pytest.raises(RedirectError) as caught,
    ):
        client.user.get_user_account()
    assert caught.value.location == location and len(str(caught.value)) < 400


@pytest.mark.anyio
@pytest.mark.parametrize("location", BAD_LOCATIONS, ids=lambda s: s[:30])
async def test_an_async_redirect_to_an_unparsable_location_is_a_redirect_error(location: str) -> None:
    answer = httpx.Response(307, headers={"location": location})
    async with AsyncSumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(lambda r: answer)) as client:
        with pytest.raises(RedirectError) as caught:
            await client.user.get_user_account()
    assert caught.value.location == location


@pytest.mark.parametrize("href", BAD_LOCATIONS, ids=lambda s: s[:30])
def test_following_an_unparsable_href_is_a_hal_error(href: str) -> None:
    recorder = Recorder()
    with Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(recorder)) as client, pytest.raises(HALError):
        client.follow(Link(rel="x", href=href))
    assert recorder.paths == []


def test_a_path_parameter_too_long_for_a_url_is_a_usage_error() -> None:
    with (
        Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(Recorder())) as client,
        pytest.raises(UsageError, match="getWallet"),
    ):
        client.wallets.get_wallet("a" * 2_000_000)
