"""The fake answers a broken request as the API (FastAPI, pydantic v2) does: 422 with the whole list of errors,
each ``{"type", "loc", "msg", "input"}`` word for word, or the problem the operation documents instead."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sumvin_sdk import Sumvin
from sumvin_sdk._generated.models import UpdateUsernameRequest
from sumvin_sdk.errors import UnprocessableEntityError
from sumvin_sdk.testing import Call, FakeSumvin

BASE = "https://api.sumvin.test"
UCP = {"x-sumvin-ucp-token": "ucp_fake_key"}
QUOTE = "from_asset=USD&to_asset=USDC&chain_id=1"
Item = dict[str, Any]


@pytest.fixture
def fake() -> FakeSumvin:
    return FakeSumvin(validate=True)


@pytest.fixture
def api(fake: FakeSumvin) -> Iterator[httpx.Client]:
    with httpx.Client(transport=fake.transport(), base_url=BASE, headers={"x-juno-jwt": fake.jwt()}) as client:
        yield client


def error(kind: str, loc: list[str | int], msg: str, given: Any = None) -> Item:
    """One item of FastAPI's list."""
    return {"type": kind, "loc": loc, "msg": msg, "input": given}


def missing(*loc: str | int, given: Any = None) -> Item:
    return error("missing", list(loc), "Field required", given)


def refused(answer: httpx.Response) -> list[Item]:
    """The list of a 422 (failing on any other answer)."""
    assert answer.status_code == 422, answer.text
    detail = answer.json()["detail"]
    assert isinstance(detail, list), answer.text
    return detail


INT = "Input should be a valid integer, unable to parse string as an integer"
NUMBER = "Input should be a valid number, unable to parse string as a number"
BOOL = "Input should be a valid boolean, unable to interpret input"
USERNAME = "^[a-zA-Z0-9][a-zA-Z0-9_]{1,18}[a-zA-Z0-9]$"
PINT_STATUSES = "Input should be 'pending', 'active', 'consumed', 'revoked' or 'expired'"

PARAMETERS: list[tuple[str, str, dict[str, str], list[Item]]] = [
    # a required parameter left out, in the query and in headers (each one reported)
    ("GET", "/v0/pint/", {}, [missing("query", "wallet")]),
    ("GET", "/v0/providers", {}, [missing("query", "action")]),
    (
        "DELETE",
        "/v0/agent/token",
        {},
        [missing("header", "x-sumvin-agent-key"), missing("header", "x-sumvin-agent-id")],
    ),
    ("DELETE", "/v0/agent/token", {"x-sumvin-agent-key": "k"}, [missing("header", "x-sumvin-agent-id")]),
    # text that does not read as the parameter's type: *_parsing, the text as the input
    ("GET", "/v0/transactions/?limit=abc", {}, [error("int_parsing", ["query", "limit"], INT, "abc")]),
    ("GET", "/v0/transactions/?limit=1.5", {}, [error("int_parsing", ["query", "limit"], INT, "1.5")]),
    ("GET", "/v0/transactions/?limit=", {}, [error("int_parsing", ["query", "limit"], INT, "")]),
    ("GET", "/v0/safe/config?chain_id=0x1", {}, [error("int_parsing", ["query", "chain_id"], INT, "0x1")]),
    ("GET", "/v0/transactions/?amount_min=abc", {}, [error("float_parsing", ["query", "amount_min"], NUMBER, "abc")]),
    ("GET", "/v0/transactions/?meta=maybe", {}, [error("bool_parsing", ["query", "meta"], BOOL, "maybe")]),
    ("GET", "/v0/transactions/?meta=2", {}, [error("bool_parsing", ["query", "meta"], BOOL, "2")]),
    ("GET", "/v0/kyc/status?refresh=truth", {}, [error("bool_parsing", ["query", "refresh"], BOOL, "truth")]),
    # an optional parameter (anyOf with null) is read as its non-null option
    ("GET", "/v0/wallets/?chain_id=x", {}, [error("int_parsing", ["query", "chain_id"], INT, "x")]),
    ("GET", "/v0/wallets/?is_eoa=perhaps", {}, [error("bool_parsing", ["query", "is_eoa"], BOOL, "perhaps")]),
    ("GET", "/v0/insights/?call_to_action=0.5", {}, [error("bool_parsing", ["query", "call_to_action"], BOOL, "0.5")]),
    # the last value of a repeated scalar is the one read
    ("GET", "/v0/transactions/?limit=5&limit=abc", {}, [error("int_parsing", ["query", "limit"], INT, "abc")]),
    # bounds, with the text as sent as the input
    (
        "GET",
        "/v0/transactions/?limit=1000",
        {},
        [error("less_than_equal", ["query", "limit"], "Input should be less than or equal to 100", "1000")],
    ),
    (
        "GET",
        "/v0/transactions/?limit=0",
        {},
        [error("greater_than_equal", ["query", "limit"], "Input should be greater than or equal to 1", "0")],
    ),
    (
        "GET",
        "/v0/user/rules/?priority_gte=1001",
        {},
        [error("less_than_equal", ["query", "priority_gte"], "Input should be less than or equal to 1000", "1001")],
    ),
    # enums: 'a' or 'b'; 'a', 'b' or 'c'; numbers without quotes; a const
    (
        "GET",
        "/v0/transactions/?direction=sideways",
        {},
        [error("enum", ["query", "direction"], "Input should be 'in' or 'out'", "sideways")],
    ),
    ("GET", "/v0/pint/?wallet=w&status=lost", {}, [error("enum", ["query", "status"], PINT_STATUSES, "lost")]),
    (
        "GET",
        "/v0/pint/?wallet=w&order=up",
        {},
        [error("enum", ["query", "order"], "Input should be 'asc' or 'desc'", "up")],
    ),
    (
        "GET",
        "/v0/auth/siwe/challenge?address=0x" + "a" * 40 + "&chain_id=5",
        {},
        [error("enum", ["query", "chain_id"], "Input should be 1329 or 1328", "5")],
    ),
    # array parameters: every value is an item, checked at its index
    (
        "GET",
        "/v0/user/me/assets?expand=wallet&expand=nope",
        {},
        [error("literal_error", ["query", "expand", 1], "Input should be 'wallet'", "nope")],
    ),
    (
        "GET",
        "/v0/user/me/assets?expand=no&expand=wallet&expand=never",
        {},
        [
            error("literal_error", ["query", "expand", 0], "Input should be 'wallet'", "no"),
            error("literal_error", ["query", "expand", 2], "Input should be 'wallet'", "never"),
        ],
    ),
    # strings: pattern and lengths, in path, query and headers (one character: no plural)
    (
        "GET",
        "/v0/auth/siwe/challenge?address=0x12&chain_id=1329",
        {},
        [
            error(
                "string_pattern_mismatch",
                ["query", "address"],
                "String should match pattern '^0x[0-9a-fA-F]{40}$'",
                "0x12",
            ),
            error("string_too_short", ["query", "address"], "String should have at least 42 characters", "0x12"),
        ],
    ),
    (
        "GET",
        "/v0/users/username/ab",
        {},
        [error("string_too_short", ["path", "username"], "String should have at least 3 characters", "ab")],
    ),
    (
        "GET",
        "/v0/users/username/" + "u" * 21,
        {},
        [error("string_too_long", ["path", "username"], "String should have at most 20 characters", "u" * 21)],
    ),
    (
        "GET",
        "/v0/user/rules/?applies_to=some",
        {},
        [
            error(
                "string_pattern_mismatch",
                ["query", "applies_to"],
                "String should match pattern '^(all|str-[A-Za-z0-9]+)$'",
                "some",
            )
        ],
    ),
]


@pytest.mark.parametrize(("method", "url", "headers", "expected"), PARAMETERS)
def test_a_broken_parameter_gets_fastapis_422_item_for_item(
    api: httpx.Client, method: str, url: str, headers: dict[str, str], expected: list[Item]
) -> None:
    assert refused(api.request(method, url, headers=headers)) == expected


@pytest.mark.parametrize(
    "text",
    ["1__0", "_1", "1_", "1.", "1.01", "1e3", "0x1", "1 000", "\u0661\u0662", "--1", "+", "", " "],
)
def test_a_text_pydantic_reads_as_no_integer_is_int_parsing_with_the_text_as_input(
    api: httpx.Client, text: str
) -> None:
    answer = api.get("/v0/transactions/", params={"limit": text})
    assert refused(answer) == [error("int_parsing", ["query", "limit"], INT, text)]


def test_every_broken_parameter_is_reported_in_the_contracts_order(api: httpx.Client) -> None:
    answer = api.get("/v0/transactions/?meta=maybe&limit=1000&amount_min=abc&direction=up")
    assert refused(answer) == [
        error("enum", ["query", "direction"], "Input should be 'in' or 'out'", "up"),
        error("float_parsing", ["query", "amount_min"], NUMBER, "abc"),
        error("less_than_equal", ["query", "limit"], "Input should be less than or equal to 100", "1000"),
        error("bool_parsing", ["query", "meta"], BOOL, "maybe"),
    ]


def test_a_header_longer_than_its_contract_allows_is_refused_and_one_at_the_limit_is_not(api: httpx.Client) -> None:
    answer = api.post("/v0/user/me/onboarding/safe", headers={"Idempotency-Key": "k" * 256}, json={})
    assert refused(answer) == [
        error("string_too_long", ["header", "Idempotency-Key"], "String should have at most 255 characters", "k" * 256)
    ]
    answer = api.post("/v0/user/me/onboarding/safe", headers={"Idempotency-Key": "k" * 255}, json={})
    assert answer.status_code == 200, answer.text


@pytest.mark.parametrize(
    "url",
    [
        # integers with a sign, white space around, underscores between digits or a zero fraction, as pydantic
        # reads them
        "/v0/transactions/?limit=%207%20",
        "/v0/transactions/?limit=%0A3%09&offset=%C2%A05",
        "/v0/transactions/?limit=%2B7&offset=-0",
        "/v0/transactions/?limit=1_0&offset=1_000_000",
        "/v0/transactions/?limit=1.00&offset=007",
        "/v0/transactions/?limit=100&offset=0",
        # numbers of any spelling Python reads, infinities included
        "/v0/transactions/?amount_min=1e3&amount_max=inf",
        "/v0/transactions/?amount_min=-1.5&amount_max=.5",
        # booleans in every spelling FastAPI accepts, in any case
        *(f"/v0/transactions/?meta={word}" for word in ("true", "1", "yes", "on", "t", "y", "TRUE", "Yes", "On")),
        *(f"/v0/transactions/?meta={word}" for word in ("false", "0", "no", "off", "f", "n", "FALSE", "No", "OFF")),
        "/v0/wallets/?is_eoa=True&chain_id=1329",
        # array parameters with several values, in anyOf with null too
        "/v0/user/me/assets?expand=wallet&expand=wallet",
        "/v0/bank-linking/institutions?products=a&products=b",
        # strings exactly at their bounds
        "/v0/users/username/abc",
        "/v0/users/username/" + "u" * 20,
        "/v0/auth/siwe/challenge?address=0x" + "A" * 40 + "&chain_id=1328",
    ],
)
def test_parameters_the_api_reads_pass(fake: FakeSumvin, api: httpx.Client, url: str) -> None:
    fake.seed.user("user-1")
    answer = api.get(url)
    assert answer.status_code != 422, answer.text


BODIES: list[tuple[str, str, Any, list[Item]]] = [
    # members of the wrong type: *_type, the member as the input
    (
        "PATCH",
        "/v0/user/me/username",
        {"username": 5},
        [error("string_type", ["body", "username"], "Input should be a valid string", 5)],
    ),
    ("POST", "/v0/cli/device-codes", [1], [error("dict_type", ["body"], "Input should be a valid dictionary", [1])]),
    (
        "POST",
        "/v0/cli/device-codes",
        "text",
        [error("dict_type", ["body"], "Input should be a valid dictionary", "text")],
    ),
    (
        "POST",
        "/v0/cli/device-codes",
        {"client_name": 5},
        [error("string_type", ["body", "client_name"], "Input should be a valid string", 5)],
    ),
    (
        "PUT",
        "/v0/widgets/reorder",
        {"order": "abc"},
        [error("list_type", ["body", "order"], "Input should be a valid list", "abc")],
    ),
    (
        "PUT",
        "/v0/user/me/phone",
        {"resend": [1]},
        [error("bool_type", ["body", "resend"], "Input should be a valid boolean", [1])],
    ),
    # a text in a JSON body where a number or a boolean goes: *_parsing, as pydantic says of any text
    ("PUT", "/v0/user/me/phone", {"resend": "maybe"}, [error("bool_parsing", ["body", "resend"], BOOL, "maybe")]),
    # a missing member: the object it is missing from is the input
    ("PATCH", "/v0/user/me/username", {}, [missing("body", "username", given={})]),
    ("PATCH", "/v0/user/me/username", {"other": 1}, [missing("body", "username", given={"other": 1})]),
    # a string's pattern and length, reported together
    (
        "PATCH",
        "/v0/user/me/username",
        {"username": "a"},
        [
            error("string_pattern_mismatch", ["body", "username"], f"String should match pattern '{USERNAME}'", "a"),
            error("string_too_short", ["body", "username"], "String should have at least 3 characters", "a"),
        ],
    ),
    (
        "POST",
        "/v0/cli/device-codes/dc/approval",
        {"user_code": ""},
        [error("string_too_short", ["body", "user_code"], "String should have at least 1 character", "")],
    ),
    (
        "POST",
        "/v0/cli/device-codes/dc/approval",
        {"user_code": "x" * 17},
        [error("string_too_long", ["body", "user_code"], "String should have at most 16 characters", "x" * 17)],
    ),
    # lists: their length (one item: no plural) and each item at its index
    (
        "POST",
        "/v0/bank-linking/connections/c1/products",
        {"products": []},
        [error("too_short", ["body", "products"], "List should have at least 1 item after validation, not 0", [])],
    ),
    (
        "PUT",
        "/v0/user/ipa/ipa1/conditions",
        {"conditions": [{"type": "availability"}] * 33},
        [
            error(
                "too_long",
                ["body", "conditions"],
                "List should have at most 32 items after validation, not 33",
                [{"type": "availability"}] * 33,
            )
        ],
    ),
    # members of nested objects: the location goes down to them, the input is theirs
    (
        "POST",
        "/v0/chat/sessions/s1/messages",
        {
            "messages": [
                {"id": "", "role": "user", "parts": []},
                {"id": "x", "parts": [1]},
                {"id": "y", "role": 3, "parts": [], "created_at": "noon"},
            ]
        },
        [
            error("string_too_short", ["body", "messages", 0, "id"], "String should have at least 1 character", ""),
            missing("body", "messages", 1, "role", given={"id": "x", "parts": [1]}),
            error("dict_type", ["body", "messages", 1, "parts", 0], "Input should be a valid dictionary", 1),
            error("string_type", ["body", "messages", 2, "role"], "Input should be a valid string", 3),
            error("int_parsing", ["body", "messages", 2, "created_at"], INT, "noon"),
        ],
    ),
    (
        "POST",
        "/v0/chat/sessions/s1/messages",
        {"messages": [{"id": "z", "role": "user", "parts": [], "created_at": [5]}]},
        [error("int_type", ["body", "messages", 0, "created_at"], "Input should be a valid integer", [5])],
    ),
    # a member no schema admits, next to a missing one
    (
        "PUT",
        "/v0/mandate-ceremonies/current/decision",
        {"zzz": 1, "yyy": [2]},
        [
            missing("body", "decision", given={"zzz": 1, "yyy": [2]}),
            error("extra_forbidden", ["body", "yyy"], "Extra inputs are not permitted", [2]),
            error("extra_forbidden", ["body", "zzz"], "Extra inputs are not permitted", 1),
        ],
    ),
    (
        "PUT",
        "/v0/mandate-ceremonies/current/decision",
        {"decision": "maybe"},
        [error("enum", ["body", "decision"], "Input should be 'approved' or 'declined'", "maybe")],
    ),
]


@pytest.mark.parametrize(("method", "url", "body", "expected"), BODIES)
def test_a_body_breaking_its_schema_gets_fastapis_422_item_for_item(
    api: httpx.Client, method: str, url: str, body: Any, expected: list[Item]
) -> None:
    assert refused(api.request(method, url, json=body)) == expected


JSON_HEADERS = {"content-type": "application/json"}


@pytest.mark.parametrize(
    ("content", "position"),
    [
        (b'{"username": ', 13),
        (b"{", 1),
        (b"not json", 0),
        (b'{"username": "abc",}', 19),
        (b"\x80abc", 0),  # not UTF-8: unreadable from its first byte
        (b"\xff\xfe", 0),
    ],
)
def test_a_body_that_is_no_json_is_json_invalid_at_its_position(
    api: httpx.Client, content: bytes, position: int
) -> None:
    answer = api.patch("/v0/user/me/username", content=content, headers=JSON_HEADERS)
    assert refused(answer) == [error("json_invalid", ["body", position], "JSON decode error", {})]


def test_a_required_body_left_out_is_missing_and_an_optional_one_is_not(fake: FakeSumvin, api: httpx.Client) -> None:
    assert refused(api.patch("/v0/user/me/username")) == [missing("body")]
    assert refused(api.post("/v0/user/ipa/", headers={"Idempotency-Key": "k"})) == [missing("body")]
    assert api.post("/v0/cli/device-codes").status_code == 201
    assert api.post("/v0/cli/device-codes", json=None).status_code == 201
    fake.seed.user("user-1")
    assert api.post("/v0/card/").status_code != 422  # no body in the contract: nothing to check


def test_the_sdk_reads_the_fakes_422_as_field_errors(fake: FakeSumvin) -> None:
    sumvin = Sumvin(base_url=BASE, jwt=fake.jwt(), transport=fake.transport())
    with pytest.raises(UnprocessableEntityError) as caught:
        sumvin.user.update_username(body=UpdateUsernameRequest(username="a"))
    assert [(e.loc, e.type, e.msg) for e in caught.value.field_errors] == [
        (("body", "username"), "string_pattern_mismatch", f"String should match pattern '{USERNAME}'"),
        (("body", "username"), "string_too_short", "String should have at least 3 characters"),
    ]


NOT_A_FILE = "Value error, Expected UploadFile, received: <class 'str'>"
PNG = ("a.png", b"\x89PNG", "image/png")
DOCUMENT_TYPES = "Input should be 'PASSPORT', 'ID_CARD', 'DRIVERS', 'SELFIE' or 'PROOF_OF_ADDRESS'"
KYC_FIELDS = {"document_type": "PASSPORT", "country": "GBR"}


@pytest.mark.parametrize(
    ("url", "data", "files", "expected"),
    [
        ("/v0/user/me/profile-picture", {}, {"other": PNG}, [missing("body", "file")]),
        (
            "/v0/user/me/profile-picture",
            {"file": "text"},
            {"other": PNG},
            [error("value_error", ["body", "file"], NOT_A_FILE, "text")],
        ),
        (
            "/v0/transactions/t1/receipt",
            {"file": "a receipt"},
            {"x": PNG},
            [error("value_error", ["body", "file"], NOT_A_FILE, "a receipt")],
        ),
        ("/v0/kyc/documents", {}, {"file": PNG}, [missing("body", "document_type"), missing("body", "country")]),
        ("/v0/kyc/documents", {"country": "GBR"}, {"file": PNG}, [missing("body", "document_type")]),
        (
            "/v0/kyc/documents",
            {"document_type": "NOPE", "country": "gb"},
            {"file": PNG},
            [
                error(
                    "enum",
                    ["body", "document_type"],
                    DOCUMENT_TYPES,
                    "NOPE",
                ),
                error("string_pattern_mismatch", ["body", "country"], "String should match pattern '^[A-Z]{3}$'", "gb"),
                error("string_too_short", ["body", "country"], "String should have at least 3 characters", "gb"),
            ],
        ),
        (
            "/v0/kyc/documents",
            {**KYC_FIELDS, "side": "TOP"},
            {"file": PNG},
            [error("enum", ["body", "side"], "Input should be 'FRONT_SIDE' or 'BACK_SIDE'", "TOP")],
        ),
        (
            "/v0/kyc/documents",
            {**KYC_FIELDS, "file": "not a file"},
            {"other": PNG},
            [error("value_error", ["body", "file"], NOT_A_FILE, "not a file")],
        ),
    ],
)
def test_a_broken_multipart_form_gets_fastapis_422_item_for_item(
    api: httpx.Client, url: str, data: dict[str, str], files: dict[str, Any], expected: list[Item]
) -> None:
    method = "POST" if url == "/v0/kyc/documents" else "PUT"
    assert refused(api.request(method, url, data=data, files=files)) == expected


@pytest.mark.parametrize(
    ("data", "files"),
    [
        ({}, {"file": PNG}),
        ({"unknown": "ignored"}, {"file": PNG, "another": PNG}),  # fields the form does not name are let be
        ({**KYC_FIELDS, "side": "BACK_SIDE"}, {"file": PNG}),
    ],
)
def test_a_form_with_its_fields_and_files_passes(
    fake: FakeSumvin, api: httpx.Client, data: dict[str, str], files: dict[str, Any]
) -> None:
    fake.seed.user("user-1", kyc="in_progress")
    url = "/v0/kyc/documents" if data.get("document_type") else "/v0/user/me/profile-picture"
    method = "POST" if data.get("document_type") else "PUT"
    answer = api.request(method, url, data=data, files=files)
    assert answer.status_code != 422, answer.text


def multipart(*parts: bytes, boundary: str = "zz") -> tuple[bytes, dict[str, str]]:
    body = b"".join(b"--" + boundary.encode() + b"\r\n" + part + b"\r\n" for part in parts)
    return body + b"--" + boundary.encode() + b"--\r\n", {"content-type": f"multipart/form-data; boundary={boundary}"}


FILE_PART = b'Content-Disposition: form-data; name="file"; filename="a.png"\r\n\r\npng'
COUNTRY = b'Content-Disposition: form-data; name="country"\r\n\r\nGBR'
SELFIE = b'Content-Disposition: form-data; name="document_type"\r\n\r\nSELFIE'


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        # a part without a name is no field
        (
            (b"Content-Disposition: form-data\r\n\r\nGBR", FILE_PART),
            [missing("body", "document_type"), missing("body", "country")],
        ),
        # every field is checked whatever comes before it: a file, a field the form does not name
        (
            (FILE_PART, b'Content-Disposition: form-data; name="document_type"\r\n\r\nNOPE', COUNTRY),
            [error("enum", ["body", "document_type"], DOCUMENT_TYPES, "NOPE")],
        ),
        (
            (
                b'Content-Disposition: form-data; name="unknown"\r\n\r\nx',
                SELFIE,
                FILE_PART,
                b'Content-Disposition: form-data; name="country"\r\n\r\nGB',
            ),
            [
                error("string_pattern_mismatch", ["body", "country"], "String should match pattern '^[A-Z]{3}$'", "GB"),
                error("string_too_short", ["body", "country"], "String should have at least 3 characters", "GB"),
            ],
        ),
        # a part that is itself multipart carries no text
        (
            (
                b'Content-Disposition: form-data; name="country"\r\nContent-Type: multipart/mixed; boundary=in\r\n\r\n'
                b"--in\r\n\r\nGBR\r\n--in--",
                b'Content-Disposition: form-data; name="document_type"\r\n\r\nSELFIE',
                FILE_PART,
            ),
            [
                error("string_pattern_mismatch", ["body", "country"], "String should match pattern '^[A-Z]{3}$'", ""),
                error("string_too_short", ["body", "country"], "String should have at least 3 characters", ""),
            ],
        ),
        # text that is not UTF-8 is read with replacement characters
        (
            (
                b'Content-Disposition: form-data; name="country"\r\n\r\n\xffBR',
                b'Content-Disposition: form-data; name="document_type"\r\n\r\nSELFIE',
                FILE_PART,
            ),
            [
                error(
                    "string_pattern_mismatch",
                    ["body", "country"],
                    "String should match pattern '^[A-Z]{3}$'",
                    "\ufffdBR",
                )
            ],
        ),
    ],
)
def test_multipart_parts_are_read_as_fastapi_reads_them(
    api: httpx.Client, parts: tuple[bytes, ...], expected: list[Item]
) -> None:
    content, headers = multipart(*parts)
    assert refused(api.post("/v0/kyc/documents", content=content, headers=headers)) == expected


@pytest.mark.parametrize(
    ("content", "content_type"),
    [(b"garbage", "multipart/form-data; boundary=zz"), (b"garbage", "text/plain"), (b"file=x", "application/json")],
)
def test_a_form_body_that_is_no_multipart_has_none_of_its_fields(
    api: httpx.Client, content: bytes, content_type: str
) -> None:
    answer = api.put("/v0/user/me/profile-picture", content=content, headers={"content-type": content_type})
    assert refused(answer) == [missing("body", "file")]


def test_a_form_body_sent_without_a_content_type_has_none_of_its_fields(api: httpx.Client) -> None:
    content, _ = multipart(FILE_PART)
    assert refused(api.put("/v0/user/me/profile-picture", content=content)) == [missing("body", "file")]


PROBLEMS = [
    (
        "PUT",
        "/v0/user/me/phone/code",
        {"json": {}},
        {},
        "body.verification_code: Field required (1 problem(s) in the request)",
    ),
    (
        "PUT",
        "/v0/user/me/phone/code",
        {"json": {"verification_code": "12"}},
        {},
        "body.verification_code: String should match pattern '^\\d{6}$' (2 problem(s) in the request)",
    ),
    (
        "GET",
        f"/v0/ramp/quotes?source_amount=1&{QUOTE}&reusable_identity_only=perhaps",
        {},
        {},
        f"query.reusable_identity_only: {BOOL} (1 problem(s) in the request)",
    ),
    (
        "GET",
        "/v0/ramp/quotes?source_amount=1",
        {},
        {},
        "query.from_asset: Field required (3 problem(s) in the request)",
    ),
    (
        "GET",
        "/v0/ucp/merchants?limit=0&sort=new",
        {},
        UCP,
        "query.sort: Input should be 'relevance', 'popularity' or 'last_hit' (2 problem(s) in the request)",
    ),
    (
        "GET",
        "/v0/ucp/merchants?" + "&".join(["country=de"] * 51),
        {},
        UCP,
        "query.country: List should have at most 50 items after validation, not 51 (1 problem(s) in the request)",
    ),
    (
        "GET",
        "/v0/ucp/merchants?country=de&country=xyz",
        {},
        UCP,
        "query.country.1: String should match pattern '^[A-Za-z]{2}$' (1 problem(s) in the request)",
    ),
]


@pytest.mark.parametrize(("method", "url", "send", "headers", "detail"), PROBLEMS)
def test_an_operation_documenting_its_422_as_a_problem_answers_that_problem(
    api: httpx.Client, method: str, url: str, send: dict[str, Any], headers: dict[str, str], detail: str
) -> None:
    answer = api.request(method, url, headers=headers, **send)
    problem = answer.json()
    assert (answer.status_code, problem["status"], problem["title"]) == (422, 422, "Unprocessable Entity")
    assert problem["detail"] == detail
    assert problem["error_code"].split("-")[1] == "422" and problem["instance"] == url.split("?")[0]


def test_with_validation_off_a_broken_request_reaches_the_handler(api: httpx.Client) -> None:
    fake = FakeSumvin(validate=False)
    with httpx.Client(transport=fake.transport(), base_url=BASE, headers={"x-juno-jwt": fake.jwt()}) as loose:
        assert loose.get("/v0/pint/nonce").status_code != 422
    assert refused(api.get("/v0/pint/nonce")) == [missing("query", "wallet")]


def test_the_fake_knows_which_statuses_its_contract_documents_as_fastapis_list(fake: FakeSumvin) -> None:
    """What shapes a refusal (``lists_errors``): the list only where the contract's schema for the status has a
    ``detail`` array; a problem, an empty answer or an undocumented status is no list."""
    shapes: dict[str, int] = {"list": 0, "problem": 0, "empty": 0}
    for operation in fake.contract.operations.values():
        call = Call(fake, operation, httpx.Request(operation.method, BASE + operation.path), {}, 0.0)
        for status, answer in operation.answers.items():
            schema = fake.contract.resolve(answer.schema) if answer.schema else None
            detail = (schema or {}).get("properties", {}).get("detail", {})
            listed = detail.get("type") == "array"
            shapes["list" if listed else "problem" if schema else "empty"] += 1
            assert fake.validator.lists_errors(call, status) is listed, (operation.operation_id, status)
        assert fake.validator.lists_errors(call, 418) is False
    assert min(shapes.values()) > 0, shapes
