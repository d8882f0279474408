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
    from ..models.kyc_required_docs_response_links import KYCRequiredDocsResponseLinks
    from ..models.kyc_required_step import KYCRequiredStep


T = TypeVar("T", bound="KYCRequiredDocsResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "steps",
        "all_uploaded",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KYCRequiredDocsResponse(Model):
    """What `get_kyc_required_docs` returns; it lists the documents verification needs and the state of each.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        steps: Document steps the verification level asks for, each with its state.
        all_uploaded: True once every step has documents. Default: False.
    """

    field_links: KYCRequiredDocsResponseLinks
    steps: list[KYCRequiredStep] | None = None
    all_uploaded: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("field_links",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "steps",
        "all_uploaded",
    )

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        _steps = UNSET if self.steps is None else self.steps
        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_steps, Unset):
            steps = []
            for steps_item_data in _steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        _all_uploaded = UNSET if self.all_uploaded is None else self.all_uploaded
        all_uploaded = _all_uploaded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
            }
        )
        if steps is not UNSET:
            field_dict["steps"] = steps
        if all_uploaded is not UNSET:
            field_dict["all_uploaded"] = all_uploaded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            KYCRequiredDocsResponseLinks = _models.KYCRequiredDocsResponseLinks
            KYCRequiredStep = _models.KYCRequiredStep
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = KYCRequiredDocsResponseLinks.from_dict(src_dict["_links"])

            at = "steps"
            _steps = src_dict.get("steps", ABSENT)
            if _steps is not ABSENT and not isinstance(_steps, list):
                raise TypeError(f"member 'steps': expected a list, got {type(_steps).__name__}")

            steps = _steps
            if _steps is not ABSENT:
                steps = [KYCRequiredStep.from_dict(steps_item_data) for steps_item_data in _steps]

            all_uploaded = src_dict.get("all_uploaded", ABSENT)
            if type(all_uploaded) is not bool and all_uploaded is not ABSENT and not isinstance(all_uploaded, bool):
                raise TypeError(f"member 'all_uploaded': expected bool or Unset, got {type(all_uploaded).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_required_docs_response = object.__new__(cls)
        kyc_required_docs_response.field_links = field_links
        kyc_required_docs_response.steps = None if steps is ABSENT else steps
        kyc_required_docs_response.all_uploaded = None if all_uploaded is ABSENT else all_uploaded
        kyc_required_docs_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (steps is not ABSENT) + (all_uploaded is not ABSENT)
            else {}
        )
        return kyc_required_docs_response

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
