"""Path, query and header arguments are checked before anything is sent: a value of the wrong type, outside a
closed enum, or a date filter in no form the API reads raises ``ParameterError`` naming the parameter. Date
filters take ``datetime.date``/``datetime`` and go out in the form the API reads."""

from __future__ import annotations

import datetime
import inspect
import re
from typing import Any

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._generated import api
from sumvin_sdk._generated.models import TransactionDirection
from sumvin_sdk._generated.operations import OPERATIONS, Operation
from sumvin_sdk._generated.parameters import Parameter, Shape
from sumvin_sdk._params import checked
from sumvin_sdk.auth import JWTAuth, UcpTokenAuth
from sumvin_sdk.errors import InternalServerError, ParameterError, UsageError
from tests.figures import record
from tests.test_calls import required_only
from tests.test_endpoints import OPERATIONS as SPEC_OPERATIONS
from tests.test_endpoints import PARAMETERS, _ids

BASE = "https://sumvin.test"
AUTH = [JWTAuth("j"), UcpTokenAuth("u")]
NAIVE = datetime.datetime(2024, 5, 1, 12, 0)
AWARE = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.UTC)
EPOCH_MS = 1714564800000  # AWARE


class Sink(list[httpx.Request]):
    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.append(request)
        return httpx.Response(599)


def wrong_scalars(shape: Shape) -> list[Any]:
    """Values no parameter of ``shape`` takes (its kinds decide which)."""
    kinds = set(shape.kinds)
    values: list[Any] = [object(), b"bytes", {"a": 1}, {1, 2}, 1j]
    if "string" not in kinds:
        values += ["10", "true", ""]
    if not kinds & {"integer", "number"}:
        values += [1, 0, -1]
    if "number" not in kinds:
        values += [1.5, float("nan")]
    else:
        values += [float("nan"), float("inf"), float("-inf")]
    if "boolean" not in kinds:
        values += [True, False]
    if "array" not in kinds:
        values += [["x"], ("x",), [1]]
    if shape.values:
        values += ["not-a-listed-value", 987654321] if "string" in kinds else [987654321, -5]
    return values


def wrong_values(parameter: Parameter) -> list[Any]:
    """Wrong values for one parameter: its kinds, its array items, its date form, and None where required."""
    if parameter.format == "date":
        values: list[Any] = [NAIVE, "2024-5-1", "01/05/2024", "2024-05-01T12:00:00Z", "2024-02-30", "soon", "-1"]
        values += [1.5, True, ["2024-05-01"], object(), datetime.time(12)]
    elif parameter.format == "epoch-ms":
        values = [NAIVE, datetime.date(2024, 5, 1), str(EPOCH_MS), 1.5, True, [EPOCH_MS], object()]
    else:
        values = wrong_scalars(parameter.shape)
        items = parameter.shape.items
        if items is not None:
            values += [[bad] for bad in wrong_scalars(items) if not isinstance(bad, list | tuple)][:6]
            values += [["ok", None] if "string" in items.kinds else [1, None]]
    if parameter.required:
        values.append(None)
    return values


def spec_of(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    return next((m, p, o) for m, p, o in SPEC_OPERATIONS if o["operationId"] == operation_id)


CASES = [
    (operation_id, parameter, value)
    for operation_id in sorted(PARAMETERS)
    for parameter in PARAMETERS[operation_id]
    for value in wrong_values(parameter)
]


def method_of(client: Sumvin | AsyncSumvin, operation: Operation) -> Any:
    return getattr(getattr(client, operation.tag), operation.module)


def test_the_table_covers_every_operation_and_parameter() -> None:
    assert set(PARAMETERS) == set(OPERATIONS)
    for _, _, op in SPEC_OPERATIONS:
        declared = [(p["name"], p["in"]) for p in op.get("parameters", [])]
        assert [(p.name, p.location) for p in PARAMETERS[op["operationId"]]] == declared
        signature = inspect.signature(method_of_class(OPERATIONS[op["operationId"]]))
        assert {p.python_name for p in PARAMETERS[op["operationId"]]} <= set(signature.parameters)
    with_parameters = sum(1 for ps in PARAMETERS.values() if ps)
    parameters = sum(len(ps) for ps in PARAMETERS.values())
    figures = {
        "operations with parameters": with_parameters,
        "parameters": parameters,
        "wrong values tried": len(CASES),
    }
    record("parameter checks", figures)
    assert with_parameters == 144 and parameters > 280 and len(CASES) > 3000


def method_of_class(operation: Operation) -> Any:
    package = getattr(api, operation.tag)
    return getattr(
        getattr(package, "".join(w.capitalize() for w in operation.tag.split("_")) + "Resource"), operation.module
    )


@pytest.mark.parametrize(
    "operation_id",
    [o for o in sorted(PARAMETERS) if PARAMETERS[o]],
)
def test_every_wrong_value_is_refused_naming_its_parameter_and_nothing_is_sent(operation_id: str) -> None:
    operation = OPERATIONS[operation_id]
    _, base = required_only(*spec_of(operation_id))
    sink = Sink()
    tried = 0
    with Sumvin(base_url=BASE, auth=AUTH, transport=httpx.MockTransport(sink), max_retries=0) as client:
        method = method_of(client, operation)
        for case_operation, parameter, value in CASES:
            if case_operation != operation_id:
                continue
            with pytest.raises(ParameterError) as refused:
                method(**{**base, parameter.python_name: value})
            error = refused.value
            assert isinstance(error, UsageError) and isinstance(error, TypeError)
            assert error.parameter == parameter.python_name and error.operation == operation_id
            assert f"{operation_id}: {parameter.python_name} " in str(error) and "nothing was sent" in str(error)
            tried += 1
    assert sink == [] and tried == len(wrong_values_of(operation_id))


def wrong_values_of(operation_id: str) -> list[Any]:
    return [v for o, _, v in CASES if o == operation_id]


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "path", "op"), SPEC_OPERATIONS, ids=_ids())
async def test_async_clients_refuse_the_same(method: str, path: str, op: dict[str, Any]) -> None:
    operation, base = required_only(method, path, op)
    sink = Sink()
    async with AsyncSumvin(base_url=BASE, auth=AUTH, transport=httpx.MockTransport(sink), max_retries=0) as client:
        for parameter in PARAMETERS[operation.operation_id]:
            with pytest.raises(ParameterError) as refused:
                await method_of(client, operation)(**{**base, parameter.python_name: object()})
            assert refused.value.parameter == parameter.python_name
    assert sink == []


def sent_query(operation: Operation, arguments: dict[str, Any]) -> httpx.QueryParams:
    sink = Sink()
    with (
        Sumvin(base_url=BASE, auth=AUTH, transport=httpx.MockTransport(sink), max_retries=0) as client,
        pytest.raises(InternalServerError),  # the sink answers 599; the request is what counts
    ):
        method_of(client, operation)(**arguments)
    assert len(sink) == 1
    return sink[0].url.params


DATE_FILTERS = [
    (operation_id, parameter)
    for operation_id, parameters in sorted(PARAMETERS.items())
    for parameter in parameters
    if parameter.format is not None
]
ZONE = datetime.timezone(datetime.timedelta(hours=-5))
DATE_FORMS = [
    (datetime.date(2024, 5, 1), "2024-05-01"),
    (AWARE, str(EPOCH_MS)),
    (AWARE.astimezone(ZONE), str(EPOCH_MS)),  # the same instant seen from another zone
    (EPOCH_MS, str(EPOCH_MS)),
    ("2024-05-01", "2024-05-01"),
    (str(EPOCH_MS), str(EPOCH_MS)),
    (None, None),
]
INSTANT_FORMS = [(AWARE, str(EPOCH_MS)), (AWARE.astimezone(ZONE), str(EPOCH_MS)), (EPOCH_MS, str(EPOCH_MS))]


def test_the_date_filters_are_the_ones_the_reference_reads_as_days_or_epoch_ms(reference: dict[str, Any]) -> None:
    read_as_dates = {
        (op["operationId"], p["name"])
        for item in reference["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        for p in op.get("parameters", [])
        if "epoch ms or YYYY-MM-DD" in p.get("description", "")
    }
    assert {(o, p.name) for o, p in DATE_FILTERS if p.format == "date"} == read_as_dates
    assert len(read_as_dates) == 10
    instants = {(o, p.name) for o, p in DATE_FILTERS if p.format == "epoch-ms"}
    assert instants == {("listWalletAssetTransactions", "from"), ("listWalletAssetTransactions", "to")}


@pytest.mark.parametrize(("operation_id", "parameter"), DATE_FILTERS, ids=lambda v: getattr(v, "name", v))
def test_each_date_filter_takes_dates_and_datetimes_and_sends_what_the_api_reads(
    operation_id: str, parameter: Parameter
) -> None:
    operation = OPERATIONS[operation_id]
    _, base = required_only(*spec_of(operation_id))
    forms = DATE_FORMS if parameter.format == "date" else INSTANT_FORMS
    for given, sent in forms:
        params = sent_query(operation, {**base, parameter.python_name: given})
        assert params.get(parameter.name) == sent, (given, sent)
    signature = str(inspect.signature(method_of_class(operation)).parameters[parameter.python_name])
    assert "datetime.datetime" in signature and "int" in signature
    assert ("datetime.date |" in signature) == (parameter.format == "date")
    doc = " ".join((inspect.getdoc(method_of_class(operation)) or "").split())
    assert f"{parameter.python_name}: " in doc and "a naive datetime" in doc and "raises ``ParameterError``" in doc


def test_a_member_of_the_parameters_enum_passes_even_one_a_newer_server_sent() -> None:
    operation = OPERATIONS["listTransactions"]
    assert sent_query(operation, {"direction": TransactionDirection("sideways")})["direction"] == "sideways"
    assert sent_query(operation, {"direction": TransactionDirection.IN})["direction"] == "in"
    assert sent_query(operation, {"direction": "out"})["direction"] == "out"
    with pytest.raises(ParameterError, match="direction takes one of 'in', 'out', not 'sideways'"):
        sent_query(operation, {"direction": "sideways"})


def test_an_optional_parameter_given_none_is_not_sent() -> None:
    params = sent_query(OPERATIONS["listTransactions"], {"limit": None, "direction": None})
    assert "limit" not in params and "direction" not in params


def test_lists_and_tuples_go_out_as_repeated_keys() -> None:
    params = sent_query(OPERATIONS["getUserAccount"], {"expand": ("wallets", "cards")})
    assert params.get_list("expand") == ["wallets", "cards"]


def test_the_messages_say_what_the_parameter_takes() -> None:
    operation = OPERATIONS["listTransactions"]
    messages = {
        "limit": ("ten", "limit takes an int, not str"),
        "amount_min": (float("nan"), "amount_min takes a finite number, not nan"),
        "from_date": (NAIVE, "from_date is a naive datetime"),
        "to_date": ("2024-05-01T00:00:00Z", "to_date takes a YYYY-MM-DD date or epoch milliseconds"),
        "meta": (1, "meta takes a bool, not int"),
    }
    for name, (value, text) in messages.items():
        with pytest.raises(ParameterError, match=re.escape(text)):
            sent_query(operation, {name: value})
    with pytest.raises(ParameterError, match=re.escape("expand takes a list of str, not str")):
        sent_query(OPERATIONS["getUserAccount"], {"expand": "wallets"})


class _NoOffset(datetime.tzinfo):
    """A time zone that knows no offset: a datetime in it is as naive as one without a zone."""

    def utcoffset(self, dt: datetime.datetime | None) -> None:
        return None

    def dst(self, dt: datetime.datetime | None) -> None:
        return None

    def tzname(self, dt: datetime.datetime | None) -> str:
        return "nowhere"


LONG = "z" * 100  # longer than any excerpt a message shows
ZONE_HINT = "whose instant depends on the machine's time zone: give it one (datetime.UTC)"
INSTANT = "takes an aware datetime or an int of epoch milliseconds, not"
REFUSALS = [
    ("listTransactions", {"limit": "ten"}, "limit takes an int, not str"),
    ("listTransactions", {"amount_min": [1]}, "amount_min takes a number or a str, not list"),
    ("listTransactions", {"direction": LONG}, f"direction takes one of 'in', 'out', not {repr(LONG)[:60]}"),
    ("listTransactions", {"direction": "sideways"}, "direction takes one of 'in', 'out', not 'sideways'"),
    (
        "listRules",
        {"applies_to": LONG},
        f"applies_to takes text matching {'^(all|str-[A-Za-z0-9]+)$'!r} (pattern), not {LONG[:40]!r}",
    ),
    ("listTransactions", {"to_date": "2024-02-30"}, "to_date is no calendar day ('2024-02-30')"),
    (
        "listTransactions",
        {"to_date": LONG},
        f"to_date takes a YYYY-MM-DD date or epoch milliseconds, not {LONG[:40]!r}",
    ),
    ("listTransactions", {"to_date": 1.5}, "to_date takes a date, an aware datetime, an int or a str, not float"),
    ("listTransactions", {"from_date": NAIVE}, f"from_date is a naive datetime, {ZONE_HINT}"),
    (
        "listWalletAssetTransactions",
        {"from_": datetime.date(2024, 5, 1)},
        f"from_ {INSTANT} a date (which has no time zone)",
    ),
    ("listWalletAssetTransactions", {"to": "1714564800000"}, f"to {INSTANT} str"),
    ("getUserAccount", {"expand": "wallets"}, "expand takes a list of str, not str"),
    ("getUserAccount", {"expand": ["wallets", 5]}, "expand [1] takes a str, not int"),
]


@pytest.mark.parametrize(("operation_id", "arguments", "text"), REFUSALS, ids=[t.split(" ")[0] for *_, t in REFUSALS])
def test_each_refusal_says_in_full_what_the_parameter_takes(
    operation_id: str, arguments: dict[str, Any], text: str
) -> None:
    with pytest.raises(ParameterError) as refused:
        sent_query(OPERATIONS[operation_id], {**required_only(*spec_of(operation_id))[1], **arguments})
    assert str(refused.value) == f"{operation_id}: {text}; nothing was sent"


def test_a_member_of_another_enum_is_shown_by_its_value() -> None:
    from sumvin_sdk._generated.models import TransactionSource

    with pytest.raises(ParameterError) as refused:
        sent_query(OPERATIONS["listTransactions"], {"direction": TransactionSource.CARD})
    assert "direction takes one of 'in', 'out', not 'card'; nothing was sent" in str(refused.value)


def test_a_datetime_whose_zone_gives_no_offset_is_refused_as_naive() -> None:
    unknown = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=_NoOffset())
    for operation_id, name in [("listTransactions", "from_date"), ("listWalletAssetTransactions", "from_")]:
        arguments = {**required_only(*spec_of(operation_id))[1], name: unknown}
        with pytest.raises(ParameterError, match=f"{name} is a naive datetime"):
            sent_query(OPERATIONS[operation_id], arguments)


def test_subclasses_of_int_float_and_list_count_as_their_json_type() -> None:
    """An ``IntEnum`` member (a chain id), a float subclass (numpy's ``float64`` is one) and a list subclass
    are sent as the int, number and array they are; an int goes where a number does."""
    from sumvin_sdk._generated.models import KnownChains

    class Amount(float):
        pass

    class Names(list[str]):
        pass

    ramp = {**required_only(*spec_of("getRampQuotes"))[1], "source_amount": 25}
    sent = sent_query(OPERATIONS["getRampQuotes"], {**ramp, "chain_id": KnownChains.VALUE_1329})
    assert (sent["chain_id"], sent["source_amount"]) == ("1329", "25")
    newer = sent_query(OPERATIONS["getRampQuotes"], {**ramp, "chain_id": KnownChains(4242)})
    assert newer["chain_id"] == "4242"
    listed = sent_query(OPERATIONS["listTransactions"], {"amount_min": Amount(2.5), "amount_max": 7})
    assert (listed["amount_min"], listed["amount_max"]) == ("2.5", "7")
    assert sent_query(OPERATIONS["getUserAccount"], {"expand": Names(["wallets"])}).get_list("expand") == ["wallets"]


def test_none_goes_to_a_required_parameter_only_where_it_is_nullable() -> None:
    """No contract parameter is required and nullable today; the rule is the contract's own, so a table that
    has one (as a regenerated contract may) keeps it."""
    nullable = Parameter("x", "x", "query", True, Shape(("string", "null")), None)
    strict = Parameter("y", "y", "query", True, Shape(("string",)), None)
    assert checked("op", {"x": None}, {"x": nullable}) == {"x": None}
    with pytest.raises(ParameterError) as refused:
        checked("op", {"y": None}, {"y": strict})
    assert str(refused.value) == "op: y is required and may not be None; nothing was sent"


def test_an_array_whose_items_take_several_kinds_names_them_all() -> None:
    either = Parameter("z", "z", "query", False, Shape(("array",), items=Shape(("string", "integer"))), None)
    with pytest.raises(ParameterError) as refused:
        checked("op", {"z": "text"}, {"z": either})
    assert str(refused.value) == "op: z takes a list of str or int, not str; nothing was sent"
