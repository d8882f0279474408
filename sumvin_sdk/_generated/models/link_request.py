from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="LinkRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "institution_id",
        "redirect_uri",
        "products",
        "regions",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class LinkRequest(Model):
    """Body of `initiate_link`, which starts linking an external financial account with a provider and returns what the
    client needs to continue.

        Attributes:
            institution_id: Provider's id of the bank or institution; null when unknown.
            redirect_uri: Where the provider sends the user after linking; null for its default.
            products: Data products to ask for; null for the defaults.
            regions: Regions to link in; null for the defaults.
    """

    institution_id: str | Unset | None = UNSET
    redirect_uri: str | Unset | None = UNSET
    products: list[str] | Unset | None = UNSET
    regions: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "institution_id",
        "redirect_uri",
        "products",
        "regions",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        institution_id: str | Unset | None
        if isinstance(self.institution_id, Unset):
            institution_id = UNSET
        else:
            institution_id = self.institution_id

        redirect_uri: str | Unset | None
        if isinstance(self.redirect_uri, Unset):
            redirect_uri = UNSET
        else:
            redirect_uri = self.redirect_uri

        products: list[str] | Unset | None
        if isinstance(self.products, Unset):
            products = UNSET
        elif isinstance(self.products, list):
            products = self.products

        else:
            products = self.products

        regions: list[str] | Unset | None
        if isinstance(self.regions, Unset):
            regions = UNSET
        elif isinstance(self.regions, list):
            regions = self.regions

        else:
            regions = self.regions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if institution_id is not UNSET:
            field_dict["institution_id"] = institution_id
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if products is not UNSET:
            field_dict["products"] = products
        if regions is not UNSET:
            field_dict["regions"] = regions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "institution_id"
            institution_id = src_dict.get("institution_id", ABSENT)
            if (
                type(institution_id) is not str
                and institution_id is not None
                and institution_id is not ABSENT
                and not isinstance(institution_id, str)
            ):
                raise TypeError(
                    f"member 'institution_id': expected str or None or Unset, got {type(institution_id).__name__}"
                )

            at = "redirect_uri"
            redirect_uri = src_dict.get("redirect_uri", ABSENT)
            if (
                type(redirect_uri) is not str
                and redirect_uri is not None
                and redirect_uri is not ABSENT
                and not isinstance(redirect_uri, str)
            ):
                raise TypeError(
                    f"member 'redirect_uri': expected str or None or Unset, got {type(redirect_uri).__name__}"
                )

            at = "products"
            products = src_dict.get("products", ABSENT)
            if products is not None and products is not ABSENT:
                if not isinstance(products, list):
                    raise TypeError("member 'products': a value of the wrong type")
                _products_type_0 = products
                for products_type_0_item in _products_type_0:
                    if type(products_type_0_item) is not str and not isinstance(products_type_0_item, str):
                        raise TypeError(
                            f"member 'products_type_0[]': expected str, got {type(products_type_0_item).__name__}"
                        )

                products_type_0 = _products_type_0

                products = products_type_0

            at = "regions"
            regions = src_dict.get("regions", ABSENT)
            if regions is not None and regions is not ABSENT:
                if not isinstance(regions, list):
                    raise TypeError("member 'regions': a value of the wrong type")
                _regions_type_0 = regions
                for regions_type_0_item in _regions_type_0:
                    if type(regions_type_0_item) is not str and not isinstance(regions_type_0_item, str):
                        raise TypeError(
                            f"member 'regions_type_0[]': expected str, got {type(regions_type_0_item).__name__}"
                        )

                regions_type_0 = _regions_type_0

                regions = regions_type_0

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        link_request = object.__new__(cls)
        link_request.institution_id = institution_id
        link_request.redirect_uri = redirect_uri
        link_request.products = products
        link_request.regions = regions
        link_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 0
            + (institution_id is not ABSENT)
            + (redirect_uri is not ABSENT)
            + (products is not ABSENT)
            + (regions is not ABSENT)
            else {}
        )
        return link_request

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


class LinkRequestDict(TypedDict):
    """``LinkRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    institution_id: NotRequired[str | None]
    redirect_uri: NotRequired[str | None]
    products: NotRequired[list[str] | None]
    regions: NotRequired[list[str] | None]
