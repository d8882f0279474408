from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.pint_agent_task_data import PintAgentTaskData
    from ..models.pint_detail_data import PintDetailData
    from ..models.pint_detail_response_links import PintDetailResponseLinks
    from ..models.pint_token_issuance_entry import PintTokenIssuanceEntry
    from ..models.pint_transaction_data import PintTransactionData


T = TypeVar("T", bound="PintDetailResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "pint",
        "tokens",
        "transactions",
        "agent_tasks",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PintDetailResponse(Model):
    """What `get_pint` and `submit_pint_signature` return: a PINT detail.

    Example:
        {'_links': {'issue_token': {'href': '/v0/sis/token/pint', 'method': 'POST'}, 'revoke': {'href':
            '/v0/pint/sr%3Aus%3Apint%3Aabc123def456', 'method': 'DELETE'}, 'self': {'href':
            '/v0/pint/sr%3Aus%3Apint%3Aabc123def456'}, 'status': {'href':
            '/v0/sis/pint/sr%3Aus%3Apint%3Aabc123def456/status'}, 'tokens': {'href':
            '/v0/pint/sr%3Aus%3Apint%3Aabc123def456/tokens'}}, 'pint': {'created_at': 1704067200000, 'enforcement_mode':
            'strict', 'expires_at': 1704153600000, 'id': 'sr:us:pint:abc123def456', 'nonce': 1, 'scopes':
            ['read:portfolio'], 'signed_at': 1704067200500, 'signer_type': 'user', 'status': 'active', 'token_count': 2,
            'transaction_count': 0, 'wallet_address': '0xaabbccdd11223344556677889900aabbccddeeff'}}

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        pint: The PINT asked for, with its limits and spending so far.
        tokens: Tokens issued for the PINT; present with `expand=tokens`.
        transactions: Transactions made under the PINT; present with `expand=transactions`.
        agent_tasks: Agent tasks linked to the PINT; present with `expand=agent_tasks`.
    """

    field_links: PintDetailResponseLinks
    pint: PintDetailData
    tokens: list[PintTokenIssuanceEntry] | None = None
    transactions: list[PintTransactionData] | None = None
    agent_tasks: list[PintAgentTaskData] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "pint",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "tokens",
        "transactions",
        "agent_tasks",
    )

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        pint = self.pint.to_dict()

        _tokens = UNSET if self.tokens is None and not self._nulls & 1 else self.tokens
        tokens: list[dict[str, Any]] | Unset | None
        if isinstance(_tokens, Unset):
            tokens = UNSET
        elif isinstance(_tokens, list):
            tokens = []
            for tokens_type_0_item_data in _tokens:
                tokens_type_0_item = tokens_type_0_item_data.to_dict()
                tokens.append(tokens_type_0_item)

        else:
            tokens = _tokens

        _transactions = UNSET if self.transactions is None and not self._nulls & 2 else self.transactions
        transactions: list[dict[str, Any]] | Unset | None
        if isinstance(_transactions, Unset):
            transactions = UNSET
        elif isinstance(_transactions, list):
            transactions = []
            for transactions_type_0_item_data in _transactions:
                transactions_type_0_item = transactions_type_0_item_data.to_dict()
                transactions.append(transactions_type_0_item)

        else:
            transactions = _transactions

        _agent_tasks = UNSET if self.agent_tasks is None and not self._nulls & 4 else self.agent_tasks
        agent_tasks: list[dict[str, Any]] | Unset | None
        if isinstance(_agent_tasks, Unset):
            agent_tasks = UNSET
        elif isinstance(_agent_tasks, list):
            agent_tasks = []
            for agent_tasks_type_0_item_data in _agent_tasks:
                agent_tasks_type_0_item = agent_tasks_type_0_item_data.to_dict()
                agent_tasks.append(agent_tasks_type_0_item)

        else:
            agent_tasks = _agent_tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "pint": pint,
            }
        )
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
        if agent_tasks is not UNSET:
            field_dict["agent_tasks"] = agent_tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            PintAgentTaskData = _models.PintAgentTaskData
            PintDetailData = _models.PintDetailData
            PintDetailResponseLinks = _models.PintDetailResponseLinks
            PintTokenIssuanceEntry = _models.PintTokenIssuanceEntry
            PintTransactionData = _models.PintTransactionData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = PintDetailResponseLinks.from_dict(src_dict["_links"])

            at = "pint"
            pint = PintDetailData.from_dict(src_dict["pint"])

            at = "tokens"
            tokens = src_dict.get("tokens", ABSENT)
            if tokens is not None and tokens is not ABSENT:
                if not isinstance(tokens, list):
                    raise TypeError("member 'tokens': a value of the wrong type")
                _tokens_type_0 = tokens
                tokens_type_0 = [
                    PintTokenIssuanceEntry.from_dict(tokens_type_0_item_data)
                    for tokens_type_0_item_data in _tokens_type_0
                ]

                tokens = tokens_type_0

            if tokens is None:
                nulls |= 1

            at = "transactions"
            transactions = src_dict.get("transactions", ABSENT)
            if transactions is not None and transactions is not ABSENT:
                if not isinstance(transactions, list):
                    raise TypeError("member 'transactions': a value of the wrong type")
                _transactions_type_0 = transactions
                transactions_type_0 = [
                    PintTransactionData.from_dict(transactions_type_0_item_data)
                    for transactions_type_0_item_data in _transactions_type_0
                ]

                transactions = transactions_type_0

            if transactions is None:
                nulls |= 2

            at = "agent_tasks"
            agent_tasks = src_dict.get("agent_tasks", ABSENT)
            if agent_tasks is not None and agent_tasks is not ABSENT:
                if not isinstance(agent_tasks, list):
                    raise TypeError("member 'agent_tasks': a value of the wrong type")
                _agent_tasks_type_0 = agent_tasks
                agent_tasks_type_0 = [
                    PintAgentTaskData.from_dict(agent_tasks_type_0_item_data)
                    for agent_tasks_type_0_item_data in _agent_tasks_type_0
                ]

                agent_tasks = agent_tasks_type_0

            if agent_tasks is None:
                nulls |= 4

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        pint_detail_response = object.__new__(cls)
        pint_detail_response.field_links = field_links
        pint_detail_response.pint = pint
        pint_detail_response.tokens = None if tokens is ABSENT else tokens
        pint_detail_response.transactions = None if transactions is ABSENT else transactions
        pint_detail_response.agent_tasks = None if agent_tasks is ABSENT else agent_tasks
        pint_detail_response._nulls = nulls
        pint_detail_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (tokens is not ABSENT) + (transactions is not ABSENT) + (agent_tasks is not ABSENT)
            else {}
        )
        return pint_detail_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
