"""Requests checked against the contract, answered as the real API (FastAPI) answers a broken one:
``422 {"detail": [{"type", "loc", "msg", "input"}, …]}`` (or the operation's documented 422 problem)."""

from __future__ import annotations

import json
import re
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

import httpx

from sumvin_sdk.testing._call import Call
from sumvin_sdk.testing._contract import Contract, Parameter
from sumvin_sdk.testing._schemas import Checker, Violation

JSON = dict[str, Any]
_TRUE = frozenset({"true", "1", "yes", "on", "t", "y"})
_FALSE = frozenset({"false", "0", "no", "off", "f", "n"})
#: An integer as pydantic reads one from text: ASCII digits (single underscores between them), a sign, a zero
#: fraction, white space around.
_INT = re.compile(r"\s*([+-]?[0-9]+(?:_[0-9]+)*)(?:\.0+)?\s*")
#: What FastAPI says of a text sent where the form takes a file.
_NOT_A_FILE = "Value error, Expected UploadFile, received: <class 'str'>"
#: Words for the pydantic error types the API reports, by JSON Schema keyword: ``{}`` the keyword's value, then
#: ``s`` unless it is 1.
_MESSAGES = {
    "required": ("missing", "Field required"),
    "enum": ("enum", "Input should be {}"),
    "const": ("literal_error", "Input should be {}"),
    "minLength": ("string_too_short", "String should have at least {} character{}"),
    "maxLength": ("string_too_long", "String should have at most {} character{}"),
    "pattern": ("string_pattern_mismatch", "String should match pattern '{}'"),
    "minimum": ("greater_than_equal", "Input should be greater than or equal to {}"),
    "exclusiveMinimum": ("greater_than", "Input should be greater than {}"),
    "maximum": ("less_than_equal", "Input should be less than or equal to {}"),
    "exclusiveMaximum": ("less_than", "Input should be less than {}"),
    "minItems": ("too_short", "List should have at least {} item{} after validation"),
    "maxItems": ("too_long", "List should have at most {} item{} after validation"),
    "additionalProperties": ("extra_forbidden", "Extra inputs are not permitted"),
    "multipleOf": ("multiple_of", "Input should be a multiple of {}"),
}
_TYPE_MESSAGES = {
    "integer": ("int", "Input should be a valid integer"),
    "number": ("float", "Input should be a valid number"),
    "boolean": ("bool", "Input should be a valid boolean"),
    "string": ("string", "Input should be a valid string"),
    "array": ("list", "Input should be a valid list"),
    "object": ("dict", "Input should be a valid dictionary"),
    "null": ("none", "Input should be None"),
}
#: What pydantic adds when a text was given for a number or a boolean and does not read as one.
_PARSING = {
    "int": ", unable to parse string as an integer",
    "float": ", unable to parse string as a number",
    "bool": ", unable to interpret input",
}


class Validator:
    """Checks a call's parameters and body against its operation."""

    def __init__(self, contract: Contract, checker: Checker) -> None:
        self.contract = contract
        self.checker = checker

    def errors(self, call: Call) -> list[JSON]:
        """The FastAPI-shaped errors of ``call`` (none: it keeps the contract)."""
        found: list[JSON] = []
        for parameter in call.operation.parameters:
            found += self._parameter(call, parameter)
        found += self._body(call)
        return found

    def lists_errors(self, call: Call, status: int) -> bool:
        """Whether the contract documents ``status`` of the call's operation as FastAPI's list of errors."""
        answer = call.operation.answers.get(status)
        schema = self.contract.resolve(answer.schema) if answer is not None and answer.schema else {}
        return "detail" in schema.get("properties", {}) and schema["properties"]["detail"].get("type") == "array"

    def response(self, call: Call, errors: list[JSON]) -> httpx.Response:
        """The operation's documented answer to a broken request."""
        if self.lists_errors(call, 422):
            return httpx.Response(422, json={"detail": errors})
        status = 422 if call.operation.documents(422) else 400
        first = errors[0]
        where = ".".join(str(part) for part in first["loc"])
        return call.problem(status, None, f"{where}: {first['msg']} ({len(errors)} problem(s) in the request)")

    def _parameter(self, call: Call, parameter: Parameter) -> list[JSON]:
        where = {"path": "path", "query": "query", "header": "header"}.get(parameter.location)
        if where is None:
            return []
        if parameter.location == "path":
            raw = [call.path_params[parameter.name]]  # the route matched: every path parameter is there
        elif parameter.location == "query":
            raw = call.query.get_list(parameter.name)
        else:
            raw = call.request.headers.get_list(parameter.name)
        if not raw:
            if parameter.required:
                return [{"type": "missing", "loc": [where, parameter.name], "msg": "Field required", "input": None}]
            return []
        value, sent = self._coerce(parameter.schema, raw)
        violations = self.checker.violations(parameter.schema, value)
        return [_error(v, (where, parameter.name), sent) for v in violations]

    def _coerce(self, schema: JSON, raw: list[str]) -> tuple[Any, Any]:
        """Text from the URL, a header or a form as the schema's type, as the API reads it; and the text as sent
        (the value's shape), which the API echoes as the input of an error."""
        schema = self.contract.resolve(schema)
        options = [self.contract.resolve(o) for o in _options(schema)]
        for option in options:
            if option.get("type") == "array":
                return [self._scalar(option.get("items", {}), item) for item in raw], raw
        return self._scalar(schema, raw[-1]), raw[-1]

    def _scalar(self, schema: JSON, text: str) -> Any:
        kinds = {self.contract.resolve(option).get("type") for option in _options(self.contract.resolve(schema))}
        integer = _INT.fullmatch(text) if "integer" in kinds else None
        if integer is not None:
            return int(integer.group(1))
        if "number" in kinds:
            try:
                return float(text)  # "inf" and "nan" too, as pydantic reads them
            except ValueError:
                pass
        if "boolean" in kinds and text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        return text

    def _body(self, call: Call) -> list[JSON]:
        operation = call.operation
        if operation.body_schema is None:
            return []
        content = call.request.content
        if not content:
            if operation.body_required:
                return [{"type": "missing", "loc": ["body"], "msg": "Field required", "input": None}]
            return []
        if operation.body_media == "multipart/form-data":
            return self._form(call, operation.body_schema, content)
        try:
            body = json.loads(content)
        except (ValueError, UnicodeDecodeError) as exc:
            position = getattr(exc, "pos", 0)
            return [{"type": "json_invalid", "loc": ["body", position], "msg": "JSON decode error", "input": {}}]
        return [_error(v, ("body",), body) for v in self.checker.violations(operation.body_schema, body)]

    def _form(self, call: Call, schema: JSON, content: bytes) -> list[JSON]:
        """A multipart form: every required field there, every text field of its schema's type, files as files."""
        schema = self.contract.resolve(schema)
        properties = schema["properties"]
        fields = _form_fields(call.request.headers.get("content-type", ""), content)
        found: list[JSON] = [
            {"type": "missing", "loc": ["body", name], "msg": "Field required", "input": None}
            for name in schema.get("required", [])
            if name not in fields
        ]
        for name, (text, is_file) in fields.items():
            if name not in properties:
                continue  # a field the form does not name is let be
            prop = self.contract.resolve(properties[name])
            if prop.get("contentMediaType") == "application/octet-stream":
                if not is_file:
                    found.append({"type": "value_error", "loc": ["body", name], "msg": _NOT_A_FILE, "input": text})
                continue
            value, sent = self._coerce(prop, [text])
            found += [_error(v, ("body", name), sent) for v in self.checker.violations(prop, value)]
        return found


def _form_fields(content_type: str, content: bytes) -> dict[str, tuple[str, bool]]:
    """The fields of a multipart body: name -> (text, whether it is a file)."""
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + content
    )
    fields: dict[str, tuple[str, bool]] = {}
    if not message.is_multipart():
        return fields
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
        fields[name] = (text, part.get_filename() is not None)
    return fields


def _error(violation: Violation, prefix: tuple[str, ...], sent: Any) -> JSON:
    """One FastAPI error item for a violation of what was sent (a JSON body, or the text of a parameter or form
    field): the input is the part of it at the violation (for a missing member, its object); a text given for a
    number or a boolean is a ``*_parsing`` error, as pydantic says of any text."""
    loc = [*prefix, *violation.loc]
    shown = _at(sent, violation.loc[:-1] if violation.keyword == "required" else violation.loc)
    if violation.keyword == "type":
        kind, message = _TYPE_MESSAGES[str(violation.expected)]
        if isinstance(shown, str) and kind in _PARSING:
            return {"type": kind + "_parsing", "loc": loc, "msg": message + _PARSING[kind], "input": shown}
        return {"type": kind + "_type", "loc": loc, "msg": message, "input": shown}
    if violation.keyword not in _MESSAGES:
        return {"type": "value_error", "loc": loc, "msg": violation.message, "input": shown}
    kind, template = _MESSAGES[violation.keyword]
    expected = violation.expected
    if violation.keyword in ("enum", "const"):
        choices = [repr(c) for c in (expected if isinstance(expected, list) else [expected])]
        expected = f"{', '.join(choices[:-1])} or {choices[-1]}" if len(choices) > 1 else choices[0]
    message = template.format(expected, "" if expected == 1 else "s")
    if violation.keyword in ("minItems", "maxItems"):
        message += f", not {len(shown)}"
    return {"type": kind, "loc": loc, "msg": message, "input": shown}


def _at(value: Any, loc: tuple[str | int, ...]) -> Any:
    """The part of ``value`` at ``loc`` (a violation's location is always in the value checked)."""
    for part in loc:
        value = value[part]
    return value


def _options(schema: JSON) -> list[JSON]:
    """The alternatives of a parameter's or form field's schema (itself, when it has none): FastAPI writes a
    union there as ``anyOf`` (``oneOf`` only for the discriminated unions of JSON bodies)."""
    options: list[JSON] = schema.get("anyOf") or [schema]
    return options
