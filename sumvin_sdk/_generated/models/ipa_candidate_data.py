from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="IPACandidateData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "offer_id",
        "status",
        "created_at",
        "rank",
        "score",
        "rejection_reason",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class IPACandidateData(Model):
    """An offer considered for an errand, with its rank, score and state.

    Attributes:
        id: Unique id of the IPA candidate.
        offer_id: Id of the merchant offer.
        status: Where the offer stands in the selection.
        created_at: When the IPA candidate was created (epoch ms on the wire).
        rank: Position among the candidates, 1 for the best; null before ranking.
        score: Score the ranking gave the offer; null before ranking.
        rejection_reason: Why the offer was turned down; null for an offer still in the running.
    """

    id: str
    offer_id: str
    status: str
    created_at: datetime.datetime
    rank: int | None = None
    score: float | None = None
    rejection_reason: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "offer_id",
        "status",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "rank",
        "score",
        "rejection_reason",
    )

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        offer_id = self.offer_id

        status = self.status

        created_at = epoch_ms(self.created_at)

        _rank = UNSET if self.rank is None and not self._nulls & 1 else self.rank
        rank: int | Unset | None
        if isinstance(_rank, Unset):
            rank = UNSET
        else:
            rank = _rank

        _score = UNSET if self.score is None and not self._nulls & 2 else self.score
        score: float | Unset | None
        if isinstance(_score, Unset):
            score = UNSET
        else:
            score = _score

        _rejection_reason = UNSET if self.rejection_reason is None and not self._nulls & 4 else self.rejection_reason
        rejection_reason: str | Unset | None
        if isinstance(_rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = _rejection_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "offer_id": offer_id,
                "status": status,
                "created_at": created_at,
            }
        )
        if rank is not UNSET:
            field_dict["rank"] = rank
        if score is not UNSET:
            field_dict["score"] = score
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "offer_id"
            offer_id = src_dict["offer_id"]
            if type(offer_id) is not str and not isinstance(offer_id, str):
                raise TypeError(f"member 'offer_id': expected str, got {type(offer_id).__name__}")

            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "rank"
            rank = src_dict.get("rank", ABSENT)
            if (
                type(rank) is not int
                and rank is not None
                and rank is not ABSENT
                and (not isinstance(rank, int) or isinstance(rank, bool))
            ):
                raise TypeError(f"member 'rank': expected int or None or Unset, got {type(rank).__name__}")

            if rank is None:
                nulls |= 1

            at = "score"
            score = src_dict.get("score", ABSENT)
            if (
                score is not None
                and score is not ABSENT
                and (
                    not isinstance(score, (int, float))
                    or isinstance(score, bool)
                    or (isinstance(score, float) and not float("-inf") < score < float("inf"))
                )
            ):
                raise TypeError(f"member 'score': expected float or None or Unset, got {type(score).__name__}")

            if score is None:
                nulls |= 2

            at = "rejection_reason"
            rejection_reason = src_dict.get("rejection_reason", ABSENT)
            if (
                type(rejection_reason) is not str
                and rejection_reason is not None
                and rejection_reason is not ABSENT
                and not isinstance(rejection_reason, str)
            ):
                raise TypeError(
                    f"member 'rejection_reason': expected str or None or Unset, got {type(rejection_reason).__name__}"
                )

            if rejection_reason is None:
                nulls |= 4

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        ipa_candidate_data = object.__new__(cls)
        ipa_candidate_data.id = id
        ipa_candidate_data.offer_id = offer_id
        ipa_candidate_data.status = status
        ipa_candidate_data.created_at = created_at
        ipa_candidate_data.rank = None if rank is ABSENT else rank
        ipa_candidate_data.score = None if score is ABSENT else score
        ipa_candidate_data.rejection_reason = None if rejection_reason is ABSENT else rejection_reason
        ipa_candidate_data._nulls = nulls
        ipa_candidate_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 4 + (rank is not ABSENT) + (score is not ABSENT) + (rejection_reason is not ABSENT)
            else {}
        )
        return ipa_candidate_data

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
