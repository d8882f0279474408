"""HAL links: listing, typed follows, URI templates, the origin guard, and pagination, sync and async."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._generated.models import (
    AssetListResponse,
    GetUserResponse,
    KYCDocumentsListResponse,
    TransactionListResponse,
    WalletResponse,
)
from sumvin_sdk._generated.operations import OPERATIONS, Operation
from sumvin_sdk._pipeline import operation_for
from sumvin_sdk.errors import (
    HALError,
    HALLinkNotFoundError,
    HALOriginError,
    HALTemplateError,
    HALUnmatchedLinkError,
    NotFoundError,
    SumvinError,
)
from sumvin_sdk.hal import Link, api_path, expand, items_field, links
from tests.figures import record
from tests.test_endpoints import SAMPLER, SPEC


def sample(schema: str) -> dict[str, Any]:
    value: dict[str, Any] = SAMPLER.value(SPEC["components"]["schemas"][schema])
    return value


WALLET = sample("WalletResponse")
ME = sample("GetUserResponse") | {
    "_links": {
        "self": {"href": "/v0/user/me", "method": "GET"},
        "wallet": {"href": "/v0/wallets/wal_1", "method": "GET", "description": "The primary wallet"},
        "wallets": {"href": "/v0/wallets/{wallet_id}", "method": "GET", "templated": True},
        "search": {"href": "/v0/ucp/merchants{?q,limit}", "templated": True},
        "rename": {"href": "/v0/user/me/username", "method": "PATCH"},
        "docs": {"href": "/v0/unknown/place", "method": "GET"},
    }
}


class Recorder:
    """Answers each request from a list (or one answer for all) and keeps the requests."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


def client(
    recorder: Recorder, base_url: str = "https://api.sumvin.test", transport: httpx.MockTransport | None = None
) -> Sumvin:
    return Sumvin(base_url=base_url, jwt="jwt-1", transport=transport or httpx.MockTransport(recorder), max_retries=0)


# -- listing ---------------------------------------------------------------------------------------------


def test_links_lists_relations_of_models_dicts_and_errors() -> None:
    found = links(ME)
    assert found["wallet"] == Link(rel="wallet", href="/v0/wallets/wal_1", description="The primary wallet")
    assert found["search"].templated and found["rename"].method == "PATCH"
    assert links(GetUserResponse.from_dict(ME))["wallet"].href == "/v0/wallets/wal_1"
    problem = {"type": "t", "title": "Phone not verified", "status": 403, "detail": "d", "instance": "/i",
               "error_code": "USR-403-002", "_links": {"verify": {"rel": "verify", "href": "/v0/user/me/phone/code",
               "method": "PUT", "description": "Verify the phone", "tool": "verify_phone"}}}  # fmt: skip
    recorder = Recorder(httpx.Response(403, json=problem))
    with pytest.raises(SumvinError) as caught:
        client(recorder).user.get_user_account()
    assert links(caught.value)["verify"].tool == "verify_phone"
    assert links({"_links": {"item": [{"href": "/a"}, {"href": "/b"}]}})["item[1]"].href == "/b"
    assert links(object()) == {}


def test_a_missing_relation_names_those_there_are() -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    with pytest.raises(HALLinkNotFoundError) as caught:
        client(recorder).follow(ME, "wallet-list")
    assert caught.value.available == ["docs", "rename", "search", "self", "wallet", "wallets"]
    assert "available: docs, rename" in str(caught.value) and not recorder.requests


# -- follows ------------------------------------------------------------------------------------------------


def test_a_follow_that_matches_an_operation_is_typed() -> None:
    recorder = Recorder(httpx.Response(200, json=WALLET))
    wallet = client(recorder).follow(ME, "wallet")
    assert isinstance(wallet, WalletResponse) and wallet.to_dict() == WALLET
    (request,) = recorder.requests
    assert str(request.url) == "https://api.sumvin.test/v0/wallets/wal_1"
    assert request.headers["x-juno-jwt"] == "jwt-1"


def test_a_follow_from_a_typed_model_and_a_templated_link() -> None:
    recorder = Recorder(httpx.Response(200, json=WALLET))
    me = GetUserResponse.from_dict(ME)
    wallet = client(recorder).follow(me, "wallets", variables={"wallet_id": "wal/2 x"})
    assert isinstance(wallet, WalletResponse)
    assert recorder.requests[0].url.raw_path == b"/v0/wallets/wal%2F2%20x"


def test_a_follow_uses_the_links_method_and_body() -> None:
    answer = sample("GetUserResponse")
    recorder = Recorder(httpx.Response(200, json=answer))
    client(recorder).follow(ME, "rename", json={"username": "ada"})
    request = recorder.requests[0]
    assert request.method == "PATCH" and request.read() == b'{"username":"ada"}'


def test_an_unmatched_follow_is_refused_unsent_and_a_named_model_is_honoured() -> None:
    recorder = Recorder(httpx.Response(200, json=WALLET))
    sumvin = client(recorder)
    with pytest.raises(HALUnmatchedLinkError, match="/v0/unknown/place"):
        sumvin.follow(ME, "docs")
    assert recorder.requests == []
    assert isinstance(sumvin.follow({"href": "/v0/user/me"}, model=WalletResponse), WalletResponse)


def test_model_dict_keeps_a_matched_follow_untyped() -> None:
    recorder = Recorder(httpx.Response(200, json=WALLET))
    assert client(recorder).follow(ME, "wallet", model=dict) == WALLET


def test_follow_errors_are_the_usual_typed_errors() -> None:
    problem = {"type": "t", "title": "Not Found", "status": 404, "detail": "no wallet", "instance": "/i",
               "error_code": "WAL-404-001"}  # fmt: skip
    recorder = Recorder(httpx.Response(404, json=problem))
    with pytest.raises(NotFoundError, match=r"WAL-404-001"):
        client(recorder).follow(ME, "wallet")


def test_raw_follow_gives_the_whole_response() -> None:
    recorder = Recorder(httpx.Response(200, json=WALLET, headers={"x-trace": "t"}))
    raw = client(recorder).follow_raw(ME, "wallet")
    assert raw.status_code == 200 and raw.headers["x-trace"] == "t" and isinstance(raw.parsed, WalletResponse)


# -- templates ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "variables", "expanded"),
    [
        ("/v0/wallets/{wallet_id}", {"wallet_id": "a b/c?"}, "/v0/wallets/a%20b%2Fc%3F"),
        (
            "/v0/ucp/merchants{?q,limit}",
            {"q": "café & co", "limit": 5},
            "/v0/ucp/merchants?q=caf%C3%A9%20%26%20co&limit=5",
        ),
        ("/v0/ucp/merchants{?q,limit}", {"limit": 5}, "/v0/ucp/merchants?limit=5"),
        ("/v0/ucp/merchants{?q,limit}", {}, "/v0/ucp/merchants"),
        (
            "/v0/items?offset=0{&limit,enriched}",
            {"limit": 10, "enriched": True},
            "/v0/items?offset=0&limit=10&enriched=true",
        ),
        ("/v0/items{?tag}", {"tag": ["a", "b"]}, "/v0/items?tag=a%2Cb"),
    ],
)
def test_templates_expand_and_encode(template: str, variables: dict[str, object], expanded: str) -> None:
    assert expand(template, variables) == expanded


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("/v0/wallets/{wallet_id}", "needs variable 'wallet_id'"),
        ("/v0/wallets/{+path}", "unsupported"),
        ("/v0/wallets{#frag}", "unsupported"),
        ("/v0/wallets{/id}", "unsupported"),
        ("/v0/wallets/{a,b}", "unsupported"),
        ("/v0/wallets/{id", "brace"),
        ("/v0/wallets/id}", "brace"),
    ],
)
def test_bad_templates_raise_before_any_request(template: str, message: str) -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    with pytest.raises(HALTemplateError, match=message):
        client(recorder).follow({"href": template, "templated": True}, variables={"id": 1})
    assert not recorder.requests


def test_a_literal_brace_in_an_untemplated_link_is_never_sent() -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    with pytest.raises(HALTemplateError, match="not templated"):
        client(recorder).follow({"href": "/v0/wallets/{wallet_id}"})
    assert not recorder.requests


# -- the origin guard ----------------------------------------------------------------------------------------

HOSTILE = [
    "https://evil.test/v0/user/me",
    "http://api.sumvin.test/api/v0/user/me",  # another scheme: another origin
    "https://api.sumvin.test:8443/api/v0/user/me",
    "https://api.sumvin.test.evil.test/api/v0",
    "https://api.sumvin.test@evil.test/api/v0",
    "https://user:pass@api.sumvin.test/api/v0",
    "//evil.test/v0/user/me",
    "  //evil.test/v0",
    "\t//evil.test",
    "/\t/evil.test/v0",
    "/\r\n/evil.test/v0",
    "\\\\evil.test/v0",
    "\\/evil.test/v0",
    "/\\evil.test/v0",
    "\x00//evil.test",
    " \x1f//evil.test",
    "/../admin",
    "/v0/../../admin",
    "/./../admin",
    "../admin",
    "/%2e%2e/admin",
    "/v0/%2E%2E/%2e%2e/admin",
    "/v0%2f..%2f..%2fadmin",
    "/v0%5c..%5cadmin",
    "/v0%252f..%252fadmin",
    "/v0%25252f..%25252fadmin",
    "/v0/\x07bell",
    "https://api.sumvin.test/admin",  # same origin, outside the path prefix
    "https://api.sumvin.test/api/../admin",
    "javascript:alert(1)",
    "file:///etc/passwd",
]


@pytest.mark.parametrize("href", HOSTILE)
def test_hostile_links_are_refused_before_any_request(href: str) -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    sumvin = client(recorder, base_url="https://api.sumvin.test/api")
    with pytest.raises(HALOriginError):
        sumvin.follow({"_links": {"next": {"href": href}}}, "next")
    assert recorder.requests == []
    record("origin guard", {"hostile hrefs refused": len(HOSTILE)})


@pytest.mark.parametrize(
    ("href", "path"),
    [
        ("https://api.sumvin.test/api/v0/wallets/w1?x=1#frag", "/v0/wallets/w1?x=1"),
        ("HTTPS://API.SUMVIN.TEST:443/api/v0/user/me", "/v0/user/me"),
        ("/v0/wallets/w1", "/v0/wallets/w1"),
        ("  /v0/user/me\n", "/v0/user/me"),
        ("/v0/a/./b/../c", "/v0/a/c"),
        ("v0/user/me", "/v0/user/me"),
    ],
)
def test_same_origin_links_reduce_to_a_path_below_the_prefix(href: str, path: str) -> None:
    assert api_path(href, httpx.URL("https://api.sumvin.test/api")) == path


def test_without_a_prefix_encoded_separators_are_plain_path_characters() -> None:
    assert api_path("/v0/files/a%2Fb", httpx.URL("https://api.sumvin.test")) == "/v0/files/a%2Fb"


def test_a_same_origin_absolute_link_is_sent_to_the_base_url() -> None:
    recorder = Recorder(httpx.Response(200, json=WALLET))
    sumvin = client(recorder, base_url="https://api.sumvin.test/api")
    sumvin.follow({"href": "https://api.sumvin.test/api/v0/wallets/w1"})
    assert str(recorder.requests[0].url) == "https://api.sumvin.test/api/v0/wallets/w1"


# -- pagination -----------------------------------------------------------------------------------------------


def page(n: int, total: int, schema: str = "TransactionListResponse", field: str = "transactions") -> dict[str, Any]:
    """Page ``n`` of ``total``, two items each, linked as the list operation for ``field`` links them."""
    body = sample(schema)
    item = body[field][0]
    body[field] = [item | {"id": f"{n}-{i}"} if "id" in item else item for i in range(2)]
    nxt = {"href": f"/v0/{field}/?offset={2 * (n + 1)}&limit=2"} if n + 1 < total else None
    body["_links"] = {"self": {"href": f"/v0/{field}/?offset={2 * n}&limit=2"}, "next": nxt}
    return body


def test_pages_follow_next_links_and_stay_typed() -> None:
    recorder = Recorder(httpx.Response(200, json=page(1, 3)), httpx.Response(200, json=page(2, 3)))
    first = TransactionListResponse.from_dict(page(0, 3))
    pages = list(client(recorder).paginate(first))
    assert len(pages) == 3 and all(isinstance(p, TransactionListResponse) for p in pages)
    assert [r.url.params["offset"] for r in recorder.requests] == ["2", "4"]


def test_dict_pages_stay_dicts_and_items_flatten_them() -> None:
    recorder = Recorder(httpx.Response(200, json=page(1, 2)))
    items = list(client(recorder).paginate(page(0, 2)).items())
    assert len(items) == 4 and all(isinstance(i, dict) for i in items)


def test_typed_items_come_from_the_one_list_member() -> None:
    recorder = Recorder(httpx.Response(200, json=page(1, 2, "AssetListResponse", "assets")))
    first = AssetListResponse.from_dict(page(0, 2, "AssetListResponse", "assets"))
    items = list(client(recorder).paginate(first).items())
    assert len(items) == 4 and all(hasattr(i, "to_dict") for i in items)


def test_an_ambiguous_page_refuses_to_guess_its_items() -> None:
    with pytest.raises(ValueError, match="cannot tell"):
        items_field({"a": [1], "b": [2]})
    with pytest.raises(ValueError, match="no list member"):
        items_field({"a": 1})


def test_a_loop_in_next_links_stops_with_an_error() -> None:
    looping = page(1, 3) | {"_links": {"self": {"href": "/p2"}, "next": {"href": "/v0/transactions/?offset=0&limit=2"}}}
    recorder = Recorder(httpx.Response(200, json=looping))
    seen = []
    with pytest.raises(HALError, match="loops"):
        for p in client(recorder).paginate(page(0, 3)):
            seen.append(p)
    assert len(seen) == 2 and len(recorder.requests) == 1


def test_the_page_cap_is_an_error_not_a_silent_stop() -> None:
    recorder = Recorder(*[httpx.Response(200, json=page(n, 10)) for n in range(1, 10)])
    with pytest.raises(HALError, match="max_pages=3"):
        list(client(recorder).paginate(page(0, 10), max_pages=3))
    assert len(recorder.requests) == 2


def test_a_hostile_next_link_ends_pagination_before_a_request() -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    first = page(0, 2) | {"_links": {"next": {"href": "https://evil.test/steal"}}}
    with pytest.raises(HALOriginError):
        list(client(recorder).paginate(first))
    assert not recorder.requests


class Endless:
    """Transaction pages without a last one, each linking to the next; counts the requests."""

    def __init__(self) -> None:
        self.body, self.requests = page(0, 2), 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        offset = int(request.url.params["offset"])
        here, there = (f"/v0/transactions/?offset={o}&limit=2" for o in (offset, offset + 2))
        return httpx.Response(200, json=self.body | {"_links": {"self": {"href": here}, "next": {"href": there}}})


def test_without_max_pages_a_walk_stops_with_an_error_after_a_thousand_pages() -> None:
    endless = Endless()
    with pytest.raises(HALError, match="max_pages=1000"):
        list(client(Recorder(), transport=httpx.MockTransport(endless)).paginate(page(0, 2)))
    assert endless.requests == 999


def test_a_page_without_its_optional_list_member_has_no_items() -> None:
    empty = KYCDocumentsListResponse.from_dict({"_links": {"self": {"href": "/v0/kyc/documents"}}, "total_count": 0})
    assert empty.documents is None
    assert list(client(Recorder()).paginate(empty).items()) == []


# -- async ------------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_follow_and_pagination() -> None:
    recorder = Recorder(httpx.Response(200, json=WALLET), httpx.Response(200, json=page(1, 2)))
    async with AsyncSumvin(
        base_url="https://api.sumvin.test", jwt="j", transport=httpx.MockTransport(recorder)
    ) as sumvin:
        wallet = await sumvin.follow(ME, "wallet")
        assert isinstance(wallet, WalletResponse)
        items = [item async for item in sumvin.paginate(TransactionListResponse.from_dict(page(0, 2))).items()]
        assert len(items) == 4
        with pytest.raises(HALOriginError):
            await sumvin.follow({"href": "//evil.test/x"})
    assert len(recorder.requests) == 2


@pytest.mark.anyio
async def test_async_dict_pages_stay_dicts() -> None:
    recorder = Recorder(httpx.Response(200, json=page(1, 2)))
    async with AsyncSumvin(base_url="https://api.sumvin.test", jwt="j", transport=httpx.MockTransport(recorder)) as s:
        pages = [p async for p in s.paginate(page(0, 2))]
    assert len(pages) == 2 and all(type(p) is dict for p in pages)
    assert [t["id"] for t in pages[1]["transactions"]] == ["1-0", "1-1"]


@pytest.mark.anyio
async def test_async_pages_make_one_dataframe_row_per_item() -> None:
    recorder = Recorder(httpx.Response(200, json=page(1, 2)))
    async with AsyncSumvin(base_url="https://api.sumvin.test", jwt="j", transport=httpx.MockTransport(recorder)) as s:
        frame = await s.paginate(TransactionListResponse.from_dict(page(0, 2))).to_dataframe()
    assert list(frame["id"]) == ["0-0", "0-1", "1-0", "1-1"]


@pytest.mark.anyio
async def test_async_walks_stop_with_an_error_after_a_thousand_pages_too() -> None:
    endless = Endless()
    async with AsyncSumvin(base_url="https://api.sumvin.test", jwt="j", transport=httpx.MockTransport(endless)) as s:
        with pytest.raises(HALError, match="max_pages=1000"):
            [p async for p in s.paginate(page(0, 2))]
    assert endless.requests == 999


@pytest.mark.anyio
async def test_an_async_page_without_its_optional_list_member_has_no_items() -> None:
    empty = KYCDocumentsListResponse.from_dict({"_links": {"self": {"href": "/v0/kyc/documents"}}})
    async with AsyncSumvin(base_url="https://api.sumvin.test", jwt="j", transport=httpx.MockTransport(Recorder())) as s:
        assert [item async for item in s.paginate(empty).items()] == []


ALL = sorted(OPERATIONS.values(), key=lambda o: o.operation_id)


@pytest.mark.parametrize("operation", ALL, ids=[o.operation_id for o in ALL])
def test_every_operation_path_leads_back_to_its_operation(operation: Operation) -> None:
    path = re.sub(r"\{[^/]+\}", "id-42", operation.path)
    assert operation_for(operation.method, path) == operation
    assert operation_for(operation.method.lower(), path + ("" if path.endswith("/") else "/")) == operation
