"""Normalise Sumvin's published OpenAPI description into the project's ``openapi.yaml``.

What changes, and nothing else:

* credentials and client-wide headers leave the operations (``CLIENT_HEADERS``) and are described
  once at document level: security schemes for the credentials, ``components.parameters`` plus the
  ``x-sumvin-client-headers`` list for the org id and the timestamp format;
* which credentials each operation accepts is recorded on it as ``x-sumvin-credentials``: the headers of
  the security schemes its ``security`` names, plus the credential headers (``CREDENTIAL_HEADERS``) the
  reference declares on it, the org id included; the client sends nothing else to it;
* clashing schema names (``X-Input``/``X-Output``, ``sumvin__router__<area>__..._models__Name``)
  get readable, stable names, and every ``$ref`` follows;
* prose is replaced: every description is the project's own words, from ``codegen/descriptions/`` (merged by
  ``codegen/describe.py``, which fails on anything undescribed) or the ``*_DESCRIPTIONS`` below; response
  descriptions become the HTTP reason phrase; summaries and titles stay;
* keys are written in a fixed order, so a re-pin of the reference reviews as a readable diff.

Every other member is copied as it is. Keys the walker does not know raise ``NormalizeError``
instead of slipping through, so a new upstream construct is looked at before it lands.
"""

from __future__ import annotations

import hashlib
import http
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from codegen import describe

Json = Any

CLIENT_HEADERS = frozenset({"x-juno-jwt", "x-juno-orgid", "x-sumvin-pat", "x-sumvin-token", "x-timestamp-format"})
# Client headers that say who is calling: an operation accepts one only if it declares it (or its scheme).
CREDENTIAL_HEADERS = CLIENT_HEADERS - {"x-timestamp-format"}
CREDENTIALS_KEY = "x-sumvin-credentials"
TIMESTAMP_PARAMETER_REF = "#/components/parameters/XTimestampFormat"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

INFO_DESCRIPTION = "Typed contract of the Sumvin API, normalised for sumvin-sdk by codegen/normalize.py."
SECURITY_SCHEME_DESCRIPTIONS = {
    "JunoJWT": "Session JWT of the signed-in user.",
    "SumvinPAT": "Personal access token issued to a command-line client by the device sign-in.",
    "SumvinAgentToken": "Token issued to an agent acting for a user.",
    "PintBearer": "Purchase-intent (PINT) token; travels with a base credential.",
    "UcpToken": "Organisation key for the UCP merchant search endpoints.",
}
CLIENT_HEADER_DESCRIPTIONS = {
    "JunoOrgId": "Tenant organisation id, sent by the client on every request when configured.",
    "XTimestampFormat": "Timestamp form in response bodies: epoch milliseconds unless `iso8601`.",
}

# Credentials that operations listed as optional header parameters but that had no scheme upstream.
EXTRA_SECURITY_SCHEMES = {"SumvinAgentToken": {"type": "apiKey", "in": "header", "name": "x-sumvin-token"}}
ORG_ID_PARAMETER = {
    "name": "x-juno-orgid",
    "in": "header",
    "required": False,
    "schema": {"type": "string"},
}

# Members that are data, copied verbatim wherever they appear.
DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})
SCHEMA_KEYS = frozenset(
    {
        "$ref", "title", "type", "format", "const", "enum", "default", "pattern", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems",
        "uniqueItems", "minProperties", "maxProperties", "required", "properties", "additionalProperties",
        "patternProperties", "propertyNames", "items", "prefixItems", "anyOf", "oneOf", "allOf", "not",
        "discriminator", "contentMediaType", "contentEncoding", "readOnly", "writeOnly", "deprecated",
        "nullable", "example", "examples", "multipleOf",
    }
)  # fmt: skip
SUBSCHEMA_KEYS = frozenset({"items", "additionalProperties", "propertyNames", "not"})
SUBSCHEMA_LIST_KEYS = frozenset({"anyOf", "oneOf", "allOf", "prefixItems"})
SUBSCHEMA_MAP_KEYS = frozenset({"properties", "patternProperties"})

# Key order of OpenAPI objects in the output; keys not listed follow in alphabetical order.
KEY_ORDER = [
    "openapi", "info", "servers", "tags", "paths", "components",
    "name", "in", "title", "summary", "description", "version", "url",
    "operationId", "deprecated", "parameters", "requestBody", "responses", "security",
    "required", "$ref", "type", "format", "const", "enum", "default",
    "pattern", "minLength", "maxLength", "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum",
    "minItems", "maxItems", "minProperties", "maxProperties", "contentMediaType",
    "properties", "additionalProperties", "propertyNames", "items", "anyOf", "oneOf", "allOf", "discriminator",
    "schema", "content", "example", "examples",
    "schemas", "securitySchemes",
]  # fmt: skip
_KEY_RANK = {key: rank for rank, key in reversed(list(enumerate(KEY_ORDER)))}

ROUTER_NAME = re.compile(r"sumvin__router__(?P<area>[a-z_]+?)__(?:request|response)_models__(?P<name>\w+)")
IO_NAME = re.compile(r"(?P<name>\w+)-(?P<io>Input|Output)")


class NormalizeError(Exception):
    """The reference holds something the normaliser does not know how to carry over."""


def _ordered(obj: Mapping[str, Json]) -> dict[str, Json]:
    return dict(sorted(obj.items(), key=lambda kv: (_KEY_RANK.get(kv[0], len(KEY_ORDER)), kv[0])))


def readable_schema_names(names: Iterable[str]) -> dict[str, str]:
    """Map each schema name that is not a plain identifier to a readable, unique class name.

    ``ConditionGroup-Input`` becomes ``ConditionGroupInput``; ``sumvin__router__ramp__response_models__
    TransactionData`` becomes ``RampTransactionData`` (the area is left off where the name already
    starts with it). Raises ``NormalizeError`` if two schemas would end up with one name.
    """
    names = list(names)
    renames: dict[str, str] = {}
    for name in names:
        if match := ROUTER_NAME.fullmatch(name):
            area = "".join(part.capitalize() for part in match["area"].split("_"))
            base = match["name"]
            renames[name] = base if base.startswith(area) else area + base
        elif match := IO_NAME.fullmatch(name):
            renames[name] = match["name"] + match["io"]
    final = [renames.get(name, name) for name in names]
    clashes = sorted({n for n in final if final.count(n) > 1})
    if clashes:
        raise NormalizeError(f"schema names still clash after renaming: {clashes}")
    return renames


class _Normalizer:
    def __init__(self, reference: Mapping[str, Json], descriptions: Mapping[str, Json]) -> None:
        self.ref = reference
        self.descriptions = descriptions
        self.renames = readable_schema_names(reference["components"]["schemas"])

    # -- schemas ---------------------------------------------------------------------------------
    def schema(self, node: Json, where: str) -> Json:
        if isinstance(node, bool):
            return node
        if not isinstance(node, dict):
            raise NormalizeError(f"{where}: schema is not an object")
        out: dict[str, Json] = {}
        for key, value in node.items():
            if key == "description":
                continue
            if key not in SCHEMA_KEYS:
                raise NormalizeError(f"{where}: unknown schema keyword {key!r}")
            if key == "$ref":
                out[key] = self.ref_to(value)
            elif key in SUBSCHEMA_KEYS:
                out[key] = self.schema(value, f"{where}/{key}")
            elif key in SUBSCHEMA_LIST_KEYS:
                out[key] = [self.schema(v, f"{where}/{key}/{i}") for i, v in enumerate(value)]
            elif key in SUBSCHEMA_MAP_KEYS:
                out[key] = {k: self.schema(v, f"{where}/{key}/{k}") for k, v in value.items()}
            elif key == "discriminator":
                out[key] = self.discriminator(value)
            else:
                out[key] = value
        return _ordered(out)

    def discriminator(self, node: Mapping[str, Json]) -> dict[str, Json]:
        out = dict(node)
        if "mapping" in out:
            out["mapping"] = {k: self.ref_to(v) for k, v in out["mapping"].items()}
        return _ordered(out)

    def ref_to(self, ref: str) -> str:
        prefix = "#/components/schemas/"
        if ref.startswith(prefix):
            name = ref.removeprefix(prefix)
            return prefix + self.renames.get(name, name)
        return ref

    # -- operations ------------------------------------------------------------------------------
    def media(self, content: Mapping[str, Json], where: str) -> dict[str, Json]:
        out = {}
        for media_type, media in content.items():
            known = {"schema", "example", "examples", "encoding"}
            if unknown := set(media) - known:
                raise NormalizeError(f"{where}: unknown media type members {sorted(unknown)}")
            item = {k: v for k, v in media.items() if k != "schema"}
            if "schema" in media:
                item["schema"] = self.schema(media["schema"], f"{where}/{media_type}")
            out[media_type] = _ordered(item)
        return out

    def parameter(self, param: Mapping[str, Json], where: str) -> dict[str, Json]:
        known = {"name", "in", "required", "deprecated", "description", "schema", "example", "examples"}
        if unknown := set(param) - known:
            raise NormalizeError(f"{where}: unknown parameter members {sorted(unknown)}")
        out = {k: v for k, v in param.items() if k not in ("description", "schema")}
        if "schema" in param:
            out["schema"] = self.schema(param["schema"], f"{where}/{param['name']}")
        return _ordered(out)

    def is_client_header(self, param: Mapping[str, Json]) -> bool:
        if "$ref" in param:
            if param["$ref"] != TIMESTAMP_PARAMETER_REF:
                raise NormalizeError(f"unexpected parameter reference {param['$ref']}")
            return True
        return param["in"] == "header" and param["name"].lower() in CLIENT_HEADERS

    def response(self, status: str, resp: Mapping[str, Json], where: str) -> dict[str, Json]:
        if unknown := set(resp) - {"description", "content"}:
            raise NormalizeError(f"{where}: unknown response members {sorted(unknown)}")
        phrase = "Unexpected response" if status == "default" else http.HTTPStatus(int(status)).phrase
        out: dict[str, Json] = {"description": phrase}
        if "content" in resp:
            out["content"] = self.media(resp["content"], where)
        return out

    def credentials(self, op: Mapping[str, Json]) -> list[str]:
        """The credential headers ``op`` accepts: from its security requirements and its header parameters."""
        schemes = {**self.ref["components"]["securitySchemes"], **EXTRA_SECURITY_SCHEMES}
        accepted = {schemes[name]["name"].lower() for requirement in op.get("security") or [] for name in requirement}
        for param in op.get("parameters", []):
            if "$ref" not in param and param["in"] == "header" and param["name"].lower() in CREDENTIAL_HEADERS:
                accepted.add(param["name"].lower())
        return sorted(accepted)

    def operation(self, op: Mapping[str, Json], where: str) -> dict[str, Json]:
        known = {
            "tags", "summary", "description", "operationId", "deprecated", "security", "parameters",
            "requestBody", "responses", "x-codeSamples",
        }  # fmt: skip
        if unknown := set(op) - known:
            raise NormalizeError(f"{where}: unknown operation members {sorted(unknown)}")
        out = {k: v for k, v in op.items() if k in ("tags", "summary", "operationId", "deprecated", "security")}
        out["parameters"] = [self.parameter(p, where) for p in op.get("parameters", []) if not self.is_client_header(p)]
        if not out["parameters"]:
            del out["parameters"]
        if "requestBody" in op:
            body = op["requestBody"]
            if unknown := set(body) - {"content", "required", "description"}:
                raise NormalizeError(f"{where}: unknown request body members {sorted(unknown)}")
            out["requestBody"] = _ordered(
                {k: v for k, v in body.items() if k == "required"} | {"content": self.media(body["content"], where)}
            )
        responses = op["responses"]
        order = sorted(responses, key=lambda s: (s == "default", s))
        out["responses"] = {s: self.response(s, responses[s], f"{where}/{s}") for s in order}
        out[CREDENTIALS_KEY] = self.credentials(op)
        return _ordered(out)

    # -- document --------------------------------------------------------------------------------
    def document(self) -> dict[str, Json]:
        ref = self.ref
        if unknown := set(ref) - {"openapi", "info", "servers", "paths", "components", "tags"}:
            raise NormalizeError(f"unknown top-level members {sorted(unknown)}")
        paths: dict[str, Json] = {}
        for path, item in ref["paths"].items():
            if unknown := set(item) - set(METHODS):
                raise NormalizeError(f"{path}: unsupported path item members {sorted(unknown)}")
            paths[path] = {m: self.operation(item[m], f"{m.upper()} {path}") for m in METHODS if m in item}

        components = ref["components"]
        if unknown := set(components) - {"schemas", "securitySchemes", "parameters"}:
            raise NormalizeError(f"unknown component kinds {sorted(unknown)}")
        schemas = {
            self.renames.get(name, name): self.schema(schema, f"#/components/schemas/{name}")
            for name, schema in components["schemas"].items()
        }
        for new in self.renames.values():
            schemas[new]["title"] = new
        security_schemes = {**components["securitySchemes"], **EXTRA_SECURITY_SCHEMES}
        parameters = {
            "JunoOrgId": ORG_ID_PARAMETER,
            "XTimestampFormat": components["parameters"]["XTimestampFormat"],
        }
        document = _ordered(
            {
                "openapi": ref["openapi"],
                "info": _ordered({**ref["info"], "description": INFO_DESCRIPTION}),
                "servers": [{"url": s["url"]} for s in ref["servers"]],
                "tags": [{"name": t["name"]} for t in ref.get("tags", [])],
                "paths": paths,
                "components": _ordered(
                    {
                        "schemas": dict(sorted(schemas.items())),
                        "securitySchemes": {
                            name: _ordered(
                                {k: v for k, v in s.items() if k != "description"}
                                | {"description": SECURITY_SCHEME_DESCRIPTIONS[name]}
                            )
                            for name, s in sorted(security_schemes.items())
                        },
                        "parameters": {
                            name: self.parameter(p, f"#/components/parameters/{name}")
                            | {"description": CLIENT_HEADER_DESCRIPTIONS[name]}
                            for name, p in parameters.items()
                        },
                    }
                ),
                "x-sumvin-client-headers": [{"$ref": f"#/components/parameters/{name}"} for name in parameters],
            }
        )
        try:
            describe.merge(document, self.descriptions, describe.reference_prose(ref), _ordered)
        except describe.DescriptionError as exc:
            raise NormalizeError(f"codegen/descriptions: {exc}") from exc
        return document


def normalize(reference: Mapping[str, Json], descriptions: Mapping[str, Json] | None = None) -> dict[str, Json]:
    """Return the normalised document for a parsed reference description.

    ``descriptions`` defaults to the project's own (``codegen/descriptions/``).
    """
    return _Normalizer(reference, describe.load() if descriptions is None else descriptions).document()


class _Dumper(yaml.SafeDumper):
    """A YAML dumper that indents lists under their key and never emits aliases."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_presenter)


def to_yaml(document: Mapping[str, Json], source: Path, source_bytes: bytes) -> str:
    """Serialise ``document`` with a header naming the reference it came from."""
    digest = hashlib.sha256(source_bytes).hexdigest()
    header = (
        f"# Generated by `python -m codegen normalize` from {source.name} (sha256 {digest}).\n"
        "# Do not edit by hand: change codegen/normalize.py or codegen/descriptions/ and run it again.\n"
    )
    body: str = yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)
    return header + body


def normalize_file(source: Path) -> str:
    """Read the reference at ``source`` and return the text of ``openapi.yaml``."""
    raw = source.read_bytes()
    return to_yaml(normalize(json.loads(raw)), source, raw)
