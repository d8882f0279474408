"""A request that got no response ends in ``APIConnectionError``, whose message keeps what the layer below said
with every secret header value of the request cut out whole, and which chains that layer's error only when
neither its text nor its repr shows one of them."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from sumvin_sdk import Sumvin
from sumvin_sdk.auth import JWTAuth, PintTokenAuth
from sumvin_sdk.errors import REDACTED, APIConnectionError

BASE = "https://api.sumvin.test"
PINT = "pint-value-7"
JWT = f"jwt.0123.{PINT}.9999"  # holds the PINT token, and sorts before it


def failing(raise_for: Callable[[httpx.Request], httpx.TransportError], **options: object) -> APIConnectionError:
    """The error a card listing (which takes a JWT and a PINT token) ends in when the transport raises."""

    def transport(request: httpx.Request) -> httpx.Response:
        raise raise_for(request)

    options = {"auth": [JWTAuth(JWT), PintTokenAuth(PINT)]} | options
    with (
        Sumvin(base_url=BASE, transport=httpx.MockTransport(transport), max_retries=0, **options) as client,  # type: ignore[arg-type]
        pytest.raises(APIConnectionError) as caught,
    ):
        client.cards.list_cards()
    return caught.value


def quoting_the_jwt(request: httpx.Request) -> httpx.TransportError:
    return httpx.ConnectError(f"refused {request.headers['x-juno-jwt']}")


def test_a_secret_that_holds_another_is_cut_whole() -> None:
    error = failing(quoting_the_jwt)
    assert str(error) == f"Connection error (ConnectError: refused {REDACTED})"


def test_a_secret_of_four_characters_is_cut_too() -> None:
    error = failing(quoting_the_jwt, auth=JWTAuth("k3y!"))
    assert str(error) == f"Connection error (ConnectError: refused {REDACTED})"


def test_the_host_and_other_headers_an_error_may_show_stay_in_the_message() -> None:
    def unreachable(request: httpx.Request) -> httpx.TransportError:
        return httpx.ConnectError(f"{request.headers['host']} unreachable from {request.headers['user-agent']}")

    error = failing(unreachable)
    assert str(error).startswith("Connection error (ConnectError: api.sumvin.test unreachable from sumvin-sdk-python/")


def test_a_padded_secret_from_the_callers_own_pool_is_cut_as_the_http_layer_quotes_it() -> None:
    """httpx keeps a value's surrounding spaces, and h11 refuses it quoting it whole."""

    def refused(request: httpx.Request) -> httpx.TransportError:
        return httpx.LocalProtocolError(f"Illegal header value {request.headers['x-api-key'].encode()!r}")

    def transport(request: httpx.Request) -> httpx.Response:
        raise refused(request)

    pool = httpx.Client(transport=httpx.MockTransport(transport), headers={"x-api-key": " padded-secret "})
    with (
        pool,
        Sumvin(base_url=BASE, jwt=JWT, http_client=pool, max_retries=0) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        client.user.get_user_account()
    assert "padded-secret" not in f"{caught.value} {caught.value!r}"
    assert caught.value.__cause__ is None


class ShowsHeadersInRepr(httpx.ConnectError):
    """A layer's error whose text is clean but whose repr lists the request's headers."""

    def __repr__(self) -> str:
        return f"ShowsHeadersInRepr(headers={dict(self.request.headers)})"


class ShowsHeadersInText(httpx.ConnectError):
    """A layer's error whose repr is clean but whose text lists the request's headers."""

    def __str__(self) -> str:
        return f"refused with {dict(self.request.headers)}"

    def __repr__(self) -> str:
        return "ShowsHeadersInText()"


@pytest.mark.parametrize("cls", [ShowsHeadersInRepr, ShowsHeadersInText])
def test_a_layers_error_that_shows_a_secret_in_its_text_or_its_repr_is_not_chained(
    cls: type[httpx.ConnectError],
) -> None:
    error = failing(lambda request: cls("refused", request=request))
    assert error.__cause__ is None
    assert JWT not in f"{error} {error!r}" and PINT not in f"{error} {error!r}"


def test_a_layers_error_that_shows_no_secret_stays_chained() -> None:
    error = failing(lambda request: httpx.ConnectError(f"{request.headers['host']}: refused"))
    assert isinstance(error.__cause__, httpx.ConnectError) and str(error.__cause__) == "api.sumvin.test: refused"
