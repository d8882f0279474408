"""A user's resources of one kind as a REST collection: list (filtered by the query, in ``offset``/``limit``
pages linked by ``next``), create, get, update, delete, each answer shaped by the operation's schema."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import httpx

from sumvin_sdk.testing._call import Call, Handler
from sumvin_sdk.testing._handlers.users import caller

JSON = dict[str, Any]
Filter = Callable[[JSON, str], bool]


def self_link(path: str) -> Callable[[JSON], JSON]:
    """The ``links`` of a collection whose records live at ``path/<id>``."""
    return lambda record: {"self": {"href": f"{path}/{record['id']}"}}


def query_int(call: Call, name: str, default: int) -> int:
    """A non-negative integer query parameter (validation has refused anything else when it is on)."""
    text = call.query.get(name)
    return int(text) if text is not None and text.isdigit() else default


def page(call: Call, items: list[JSON], *, default_limit: int) -> tuple[list[JSON], JSON, int, int]:
    """One ``offset``/``limit`` page of ``items``, with its ``self`` and (unless it is the last) ``next`` links.
    Without a ``limit``, the contract's default for it, else ``default_limit``."""
    documented = next((p.schema.get("default") for p in call.operation.parameters if p.name == "limit"), None)
    default = documented if isinstance(documented, int) else default_limit
    offset, limit = query_int(call, "offset", 0), max(1, query_int(call, "limit", default))
    path = call.request.url.path
    links: JSON = {"self": {"href": f"{path}?offset={offset}&limit={limit}"}}
    if offset + limit < len(items):
        links["next"] = {"href": f"{path}?offset={offset + limit}&limit={limit}"}
    return items[offset : offset + limit], links, offset, limit


@attrs.frozen
class Collection:
    """How one kind of resource is kept and shown."""

    kind: str  # the key in ``User.resources``
    schema: str  # the schema of one stored record
    id_param: str  # the path parameter naming one record
    prefix: str  # of new ids
    not_found: str  # the error code for an unknown id
    default_limit: int = 20
    #: Query parameters that are not plain equality on a member, and how each keeps a record.
    filters: dict[str, Filter] = attrs.field(factory=dict)
    #: The HAL links of one record (``self_link(path)`` for most).
    links: Callable[[JSON], JSON] = attrs.field(kw_only=True)
    #: Members a record the fake creates starts with (the request's own members come on top).
    created: JSON = attrs.field(factory=dict)

    def _records(self, call: Call) -> dict[str, JSON] | httpx.Response:
        user = caller(call)
        return user if isinstance(user, httpx.Response) else user.collection(self.kind)

    def _one(self, call: Call) -> tuple[dict[str, JSON], JSON] | httpx.Response:
        records = self._records(call)
        if isinstance(records, httpx.Response):
            return records
        record = records.get(call.path_params[self.id_param])
        if record is None:
            return call.problem(404, self.not_found, f"no such {self.kind.removesuffix('s')} for this user")
        return records, record

    def shown(self, call: Call, record: JSON, status: int | None = None) -> httpx.Response:
        """``record``, with its HAL links, in the operation's success answer: as the answer's member of the
        record's schema if it has one, else over the contract's default answer."""
        success = call.operation.success
        body = call.fake.defaults.body(call.operation_id)
        assert success.schema is not None and isinstance(body, dict)
        shown = record | {"_links": self.links(record)}
        target = "#/components/schemas/" + self.schema
        properties = call.fake.contract.resolve(success.schema)["properties"]
        member = next((name for name, schema in properties.items() if schema.get("$ref") == target), None)
        if member is not None:
            body[member] = shown
        else:
            body |= shown
        return call.respond(status or success.status, body)

    def list(self, call: Call) -> httpx.Response:
        """The caller's records, filtered by the query's members, a page at a time."""
        records = self._records(call)
        if isinstance(records, httpx.Response):
            return records
        kept = [r for r in reversed(records.values()) if self._keeps(call, r)]  # newest first
        items, links, offset, limit = page(call, kept, default_limit=self.default_limit)
        body = call.fake.defaults.body(call.operation_id)
        assert call.operation.success.schema is not None and isinstance(body, dict)
        properties = call.fake.contract.resolve(call.operation.success.schema)["properties"]
        member = next(name for name, schema in properties.items() if schema.get("type") == "array")
        body[member] = [r | {"_links": self.links(r)} for r in items]
        for name, value in (("total", len(kept)), ("offset", offset), ("limit", limit), ("_links", links)):
            if name in properties:
                body[name] = value
        return call.respond(call.operation.success.status, body)

    def _keeps(self, call: Call, record: JSON) -> bool:
        for name in {p.name for p in call.operation.parameters if p.location == "query"}:
            wanted = call.query.get(name)
            if wanted is None or name in ("offset", "limit", "expand", "meta", "sort"):
                continue
            if name in self.filters:
                if not self.filters[name](record, wanted):
                    return False
            elif name in record and str(record[name]).lower() != wanted.lower():
                return False
        return True

    def get(self, call: Call) -> httpx.Response:
        """One record, or its 404."""
        found = self._one(call)
        return found if isinstance(found, httpx.Response) else self.shown(call, found[1])

    def create(self, call: Call) -> httpx.Response:
        """A new record from the request's members that the record's schema has."""
        records = self._records(call)
        if isinstance(records, httpx.Response):
            return records
        properties = call.fake.contract.schemas[self.schema]["properties"]
        members = {k: v for k, v in call.body().items() if k in properties and v is not None}
        now = int(call.now * 1000)
        stamps = {k: now for k in ("created_at", "updated_at") if k in properties}
        seed = call.fake.seed
        record = seed.merged(
            self.schema,
            seed.build(self.schema, **self.created, **stamps, id=call.fake.state.new_id(self.prefix)),
            members,
        )
        records[record["id"]] = record
        return self.shown(call, record)

    def update(self, call: Call) -> httpx.Response:
        """The record with the request's (non-null) members applied."""
        found = self._one(call)
        if isinstance(found, httpx.Response):
            return found
        records, record = found
        properties = call.fake.contract.schemas[self.schema]["properties"]
        changes = {k: v for k, v in call.body().items() if k in properties and k != "id" and v is not None}
        if "updated_at" in properties:
            changes["updated_at"] = int(call.now * 1000)
        updated = call.fake.seed.merged(self.schema, record, changes)
        records[record["id"]] = updated
        return self.shown(call, updated)

    def delete(self, call: Call) -> httpx.Response:
        """Remove the record: 204, or its 404."""
        found = self._one(call)
        if isinstance(found, httpx.Response):
            return found
        records, record = found
        del records[record["id"]]
        return httpx.Response(204)

    def handlers(self, **operations: str) -> dict[str, Handler]:
        """``{"getWallet": self.get, …}`` from ``get="getWallet"`` and the like."""
        return {operation_id: getattr(self, verb) for verb, operation_id in operations.items()}
