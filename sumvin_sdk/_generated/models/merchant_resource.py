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
    from ..models.merchant import Merchant
    from ..models.merchant_meta import MerchantMeta
    from ..models.merchant_resource_highlight_type_0 import MerchantResourceHighlightType0
    from ..models.merchant_resource_links_type_0 import MerchantResourceLinksType0
    from ..models.ucp_profile import UcpProfile


T = TypeVar("T", bound="MerchantResource")
_MEMBERS: frozenset[str] = frozenset(
    (
        "domain",
        "merchant_id",
        "ucp",
        "meta",
        "merchant",
        "_score",
        "_highlight",
        "_links",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MerchantResource(Model):
    """A merchant found by domain: its UCP profile and what is known about it.

    Attributes:
        domain: The merchant's public domain, which identifies it.
        merchant_id: Short merchant id made from its domain; a new domain gets a new id and the old one stops resolving.
        ucp: The merchant's UCP profile: its services and what it supports.
        meta: Extra information about the merchant.
        merchant: What is known about the merchant beyond its domain; null when nothing is.
        field_score: How well the merchant matches the search; present on search results only.
        field_highlight: Matching snippets, by field; present only when highlighting was asked for.
        field_links: Links to the merchant and what describes it, on search results; a detail answer has them at its top
            level.
    """

    domain: str
    merchant_id: str
    ucp: UcpProfile
    meta: MerchantMeta
    merchant: Merchant | None = None
    field_score: float | None = None
    field_highlight: MerchantResourceHighlightType0 | None = None
    field_links: MerchantResourceLinksType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "domain",
        "merchant_id",
        "ucp",
        "meta",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "merchant",
        "field_score",
        "field_highlight",
        "field_links",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.merchant import Merchant
        from ..models.merchant_resource_highlight_type_0 import MerchantResourceHighlightType0
        from ..models.merchant_resource_links_type_0 import MerchantResourceLinksType0

        domain = self.domain

        merchant_id = self.merchant_id

        ucp = self.ucp.to_dict()

        meta = self.meta.to_dict()

        _merchant = UNSET if self.merchant is None and not self._nulls & 1 else self.merchant
        merchant: dict[str, Any] | Unset | None
        if isinstance(_merchant, Unset):
            merchant = UNSET
        elif isinstance(_merchant, Merchant):
            merchant = _merchant.to_dict()
        else:
            merchant = _merchant

        _field_score = UNSET if self.field_score is None and not self._nulls & 2 else self.field_score
        field_score: float | Unset | None
        if isinstance(_field_score, Unset):
            field_score = UNSET
        else:
            field_score = _field_score

        _field_highlight = UNSET if self.field_highlight is None and not self._nulls & 4 else self.field_highlight
        field_highlight: dict[str, Any] | Unset | None
        if isinstance(_field_highlight, Unset):
            field_highlight = UNSET
        elif isinstance(_field_highlight, MerchantResourceHighlightType0):
            field_highlight = _field_highlight.to_dict()
        else:
            field_highlight = _field_highlight

        _field_links = UNSET if self.field_links is None and not self._nulls & 8 else self.field_links
        field_links: dict[str, Any] | Unset | None
        if isinstance(_field_links, Unset):
            field_links = UNSET
        elif isinstance(_field_links, MerchantResourceLinksType0):
            field_links = _field_links.to_dict()
        else:
            field_links = _field_links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "merchant_id": merchant_id,
                "ucp": ucp,
                "meta": meta,
            }
        )
        if merchant is not UNSET:
            field_dict["merchant"] = merchant
        if field_score is not UNSET:
            field_dict["_score"] = field_score
        if field_highlight is not UNSET:
            field_dict["_highlight"] = field_highlight
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            Merchant = _models.Merchant
            MerchantMeta = _models.MerchantMeta
            MerchantResourceHighlightType0 = _models.MerchantResourceHighlightType0
            MerchantResourceLinksType0 = _models.MerchantResourceLinksType0
            UcpProfile = _models.UcpProfile
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "domain"
            domain = src_dict["domain"]
            if type(domain) is not str and not isinstance(domain, str):
                raise TypeError(f"member 'domain': expected str, got {type(domain).__name__}")

            at = "merchant_id"
            merchant_id = src_dict["merchant_id"]
            if type(merchant_id) is not str and not isinstance(merchant_id, str):
                raise TypeError(f"member 'merchant_id': expected str, got {type(merchant_id).__name__}")

            at = "ucp"
            ucp = UcpProfile.from_dict(src_dict["ucp"])

            at = "meta"
            meta = MerchantMeta.from_dict(src_dict["meta"])

            at = "merchant"
            merchant = src_dict.get("merchant", ABSENT)
            if merchant is not None and merchant is not ABSENT:
                if not isinstance(merchant, dict):
                    raise TypeError("member 'merchant': a value of the wrong type")
                merchant = Merchant.from_dict(merchant)

            if merchant is None:
                nulls |= 1

            at = "_score"
            field_score = src_dict.get("_score", ABSENT)
            if (
                field_score is not None
                and field_score is not ABSENT
                and (
                    not isinstance(field_score, (int, float))
                    or isinstance(field_score, bool)
                    or (isinstance(field_score, float) and not float("-inf") < field_score < float("inf"))
                )
            ):
                raise TypeError(f"member '_score': expected float or None or Unset, got {type(field_score).__name__}")

            if field_score is None:
                nulls |= 2

            at = "_highlight"
            field_highlight = src_dict.get("_highlight", ABSENT)
            if field_highlight is not None and field_highlight is not ABSENT:
                if not isinstance(field_highlight, dict):
                    raise TypeError("member 'field_highlight': a value of the wrong type")
                field_highlight = MerchantResourceHighlightType0.from_dict(field_highlight)

            if field_highlight is None:
                nulls |= 4

            at = "_links"
            field_links = src_dict.get("_links", ABSENT)
            if field_links is not None and field_links is not ABSENT:
                if not isinstance(field_links, dict):
                    raise TypeError("member 'field_links': a value of the wrong type")
                field_links = MerchantResourceLinksType0.from_dict(field_links)

            if field_links is None:
                nulls |= 8

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        merchant_resource = object.__new__(cls)
        merchant_resource.domain = domain
        merchant_resource.merchant_id = merchant_id
        merchant_resource.ucp = ucp
        merchant_resource.meta = meta
        merchant_resource.merchant = None if merchant is ABSENT else merchant
        merchant_resource.field_score = None if field_score is ABSENT else field_score
        merchant_resource.field_highlight = None if field_highlight is ABSENT else field_highlight
        merchant_resource.field_links = None if field_links is ABSENT else field_links
        merchant_resource._nulls = nulls
        merchant_resource.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 4
            + (merchant is not ABSENT)
            + (field_score is not ABSENT)
            + (field_highlight is not ABSENT)
            + (field_links is not ABSENT)
            else {}
        )
        return merchant_resource

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
