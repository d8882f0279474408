from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, epoch_ms, parse_timestamp

T = TypeVar("T", bound="IPACandidateData")


@_attrs_define
class IPACandidateData:
    """A IPA candidate.

    Attributes:
        id (str): Unique id of the IPA candidate.
        offer_id (str): Id of the related offer.
        status (str): Current state of the IPA candidate.
        created_at (datetime.datetime): When the IPA candidate was created (epoch ms, or ISO 8601 on request).
        rank (int | None | Unset): Rank of the IPA candidate.
        score (float | None | Unset): Score of the IPA candidate.
        rejection_reason (None | str | Unset): Rejection reason of the IPA candidate.
    """

    id: str
    offer_id: str
    status: str
    created_at: datetime.datetime
    rank: int | Unset | None = UNSET
    score: float | Unset | None = UNSET
    rejection_reason: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        offer_id = self.offer_id

        status = self.status

        created_at = epoch_ms(self.created_at)

        rank: int | Unset | None
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        score: float | Unset | None
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        rejection_reason: str | Unset | None
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = self.rejection_reason

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
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

        offer_id = d.pop("offer_id")
        if not isinstance(offer_id, str):
            raise TypeError(f"member 'offer_id': expected str, got {type(offer_id).__name__}")

        status = d.pop("status")
        if not isinstance(status, str):
            raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

        created_at = parse_timestamp(d.pop("created_at"))

        rank: int | Unset | None = d.pop("rank", UNSET)
        if rank is not None and not isinstance(rank, Unset) and (not isinstance(rank, int) or isinstance(rank, bool)):
            raise TypeError(f"member 'rank': expected int or None or Unset, got {type(rank).__name__}")

        score: float | Unset | None = d.pop("score", UNSET)
        if (
            score is not None
            and not isinstance(score, Unset)
            and (not isinstance(score, (int, float)) or isinstance(score, bool))
        ):
            raise TypeError(f"member 'score': expected float or None or Unset, got {type(score).__name__}")

        rejection_reason: str | Unset | None = d.pop("rejection_reason", UNSET)
        if (
            rejection_reason is not None
            and not isinstance(rejection_reason, Unset)
            and not isinstance(rejection_reason, str)
        ):
            raise TypeError(
                f"member 'rejection_reason': expected str or None or Unset, got {type(rejection_reason).__name__}"
            )

        ipa_candidate_data = cls(
            id=id,
            offer_id=offer_id,
            status=status,
            created_at=created_at,
            rank=rank,
            score=score,
            rejection_reason=rejection_reason,
        )

        ipa_candidate_data.additional_properties = d
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
