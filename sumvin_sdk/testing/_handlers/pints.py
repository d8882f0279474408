"""PINTs: minting one (``exchangePint``; ``Ceremonies`` adds the signature checks), listing them (``wallet``,
``status``, ``sort``, ``order``, cursor pages), getting one, and revoking one.

A minted PINT is ``active`` until it expires or is revoked; its token (``sig``) is a bearer the fake accepts as
``x-sumvin-pint-token`` for as long as the PINT is active, and refuses once it is not.
"""

from __future__ import annotations

from typing import Any

import httpx

from sumvin_sdk._generated.types import epoch_ms, parse_timestamp
from sumvin_sdk.testing._call import Call, Handler
from sumvin_sdk.testing._handlers.collections import Collection, query_int, self_link

JSON = dict[str, Any]
#: How the fake mints a token's text: ``pint.<random>``.
TOKEN_PREFIX = "pint."


class Pints(Collection):
    """The PINTs collection: records that expire on the fake's clock, cursor pages, revocation."""

    def current(self, call: Call, record: JSON) -> JSON:
        """``record`` as it stands now: ``expired`` once its time has passed."""
        if record["status"] in ("pending", "active") and record["expires_at"] <= call.now * 1000:
            record["status"] = "expired"
        return record

    def _one(self, call: Call) -> tuple[dict[str, JSON], JSON] | httpx.Response:
        found = super()._one(call)
        return found if isinstance(found, httpx.Response) else (found[0], self.current(call, found[1]))

    def list(self, call: Call) -> httpx.Response:
        """The caller's PINTs for ``wallet`` (none without one) in ``status`` (``active`` by default), sorted, a
        page at a time."""
        records = self._records(call)
        if isinstance(records, httpx.Response):
            return records
        wallet, status = call.query.get("wallet"), call.query.get("status", "active")
        kept = [
            r
            for r in (self.current(call, r) for r in records.values())
            if wallet is not None and r["wallet_address"].lower() == wallet.lower() and r["status"] == status
        ]
        key = call.query.get("sort", "created_at")
        kept.sort(key=lambda r: (r.get(key) or 0, r["id"]), reverse=call.query.get("order", "desc") == "desc")
        start, limit = query_int(call, "cursor", 0), max(1, query_int(call, "limit", 20))
        page, more = kept[start : start + limit], start + limit < len(kept)
        body = {
            "data": [{"pint": r, "_links": self.links(r)} for r in page],
            "has_more": more,
            "cursor": str(start + limit) if more else None,
            "limit": limit,
            "_links": {"self": {"href": call.request.url.raw_path.decode()}},
        }
        return call.respond(200, body)

    def revoke(self, call: Call) -> httpx.Response:
        """Revoke an active PINT (204); one that is no longer active is a 409 saying how it stands."""
        found = self._one(call)
        if isinstance(found, httpx.Response):
            return found
        records, record = found
        links = self.links(record)
        if record["status"] not in ("pending", "active"):
            answer = {
                "id": record["id"],
                "valid": False,
                "reason": record["status"],
                "revoked_at": record["revoked_at"],
            }
            return call.respond(409, answer | {"_links": links | {"pint": links["self"]}})
        records[record["id"]] = record | {"status": "revoked", "revoked_at": int(call.now * 1000)}
        return httpx.Response(204)


PINTS = Pints("pints", "PintDetailData", "pint_id", "pint", "PINT-404-001", links=self_link("/v0/pint"))


def mint(call: Call, *, agent: bool) -> httpx.Response:
    """Mint the PINT the request's ``pint`` describes for the caller, and issue its token: the 201 answer."""
    records = PINTS._records(call)
    if isinstance(records, httpx.Response):
        return records
    body = call.body()
    found = body.get("pint")
    pint: JSON = found if isinstance(found, dict) else {}
    fake, now = call.fake, int(call.now * 1000)
    try:
        expires_at = epoch_ms(parse_timestamp(pint.get("expires_at")))
    except (TypeError, ValueError):
        expires_at = now + 3_600_000
    stamps = {"created_at": now, "expires_at": expires_at, "signed_at": None if agent else now, "revoked_at": None}
    record = fake.seed.build(
        "PintDetailData", id=fake.state.new_id("pint"), status="active", signer_type="agent" if agent else "user"
    )
    members = {
        "wallet_address": pint.get("wallet"),
        "nonce": pint.get("nonce"),
        "scopes": pint.get("scopes"),
        "resources": pint.get("resources"),
        "max_amount": None if pint.get("max_amount") is None else str(pint["max_amount"]),  # None: no limit
        "eip712_message": None,
        "token_count": 1,
    }
    record = fake.seed.merged("PintDetailData", record | stamps, members)
    records[record["id"]] = record
    token = TOKEN_PREFIX + fake.state.new_id("tok") + "." + record["id"]
    assert call.principal is not None
    fake.state.pint_tokens[token] = (call.principal.owner, record["id"])
    answer = {
        "sig": token,
        "sri": f"sr:us:pint:{record['id']}",
        "id": record["id"],
        "audience": body.get("audience") or "self",
        "scopes": record["scopes"],
        "expires_at": expires_at,
        "_links": PINTS.links(record),
    }
    return call.respond(201, answer)


def held(call: Call, token: str) -> JSON | None:
    """The PINT ``token`` was issued for, as it stands now, if the fake issued it to this tenant."""
    found = call.fake.state.pint_tokens.get(token)
    if found is None:
        return None
    (tenant, sub), pint_id = found
    user = call.fake.state.users.get((tenant, sub))
    record = user.collection("pints").get(pint_id) if user is not None else None
    if record is None or tenant != call.request.headers.get("x-juno-orgid", ""):
        return None
    return PINTS.current(call, record)


HANDLERS: dict[str, Handler] = {
    **PINTS.handlers(list="listPints", get="getPint", revoke="revokePint"),
    "exchangePint": lambda call: mint(call, agent=call.query.get("agent") == "true"),
}
