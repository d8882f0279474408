"""``path_segment``: every value becomes exactly one encoded path segment, or a refusal naming the parameter."""

from __future__ import annotations

import pytest

from sumvin_sdk._paths import path_segment
from sumvin_sdk.errors import PathParameterError


@pytest.mark.parametrize(
    ("value", "segment"),
    [("w1", "w1"), (42, "42"), ("a/b?c#d%e", "a%2Fb%3Fc%23d%25e"), ("a\\b c", "a%5Cb%20c"), ("é", "%C3%A9")],
)
def test_a_value_becomes_one_encoded_segment(value: object, segment: str) -> None:
    assert path_segment("wallet_id", value) == segment


@pytest.mark.parametrize(("value", "shown"), [("", "empty"), (".", "'.'"), ("..", "'..'")])
def test_a_value_normalisation_would_remove_is_refused_naming_the_parameter(value: str, shown: str) -> None:
    with pytest.raises(PathParameterError) as caught:
        path_segment("wallet_id", value)
    assert caught.value.parameter == "wallet_id"
    assert str(caught.value) == (
        f"path parameter 'wallet_id' is {shown}: URL normalisation would send the request to another operation"
    )


def test_a_lone_surrogate_is_refused_naming_the_parameter() -> None:
    with pytest.raises(PathParameterError) as caught:
        path_segment("code", "ab\ud800")
    assert caught.value.parameter == "code" and caught.value.__suppress_context__
    assert str(caught.value) == "path parameter 'code' holds a character that cannot be encoded (a lone surrogate)"


class WalletId(str):
    """A user's own text type whose ``str()`` is a label, not the text."""

    __slots__ = ()

    def __str__(self) -> str:
        return f"WalletId({str.__str__(self)})"


def test_a_text_value_is_sent_as_its_text_even_when_its_class_prints_otherwise() -> None:
    assert str(WalletId("w1")) == "WalletId(w1)"
    assert path_segment("wallet_id", WalletId("w1")) == "w1"
