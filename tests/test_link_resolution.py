"""How a link is read and resolved: its members, where it points, how its template expands, how pages chain.

Each test pins a behaviour a mutation of ``sumvin_sdk/hal.py`` showed no other test held.
"""

from __future__ import annotations

from typing import Any, ClassVar

import attrs
import httpx
import pytest

from sumvin_sdk._generated.types import Model
from sumvin_sdk.errors import (
    HALError,
    HALLinkNotFoundError,
    HALOriginError,
    HALTemplateError,
    PathParameterError,
    SumvinError,
    UsageError,
)
from sumvin_sdk.hal import Link, PageCursor, api_path, expand, items_field, link_of, links, page_items

BASE = httpx.URL("https://api.sumvin.test/api")
ROOT = httpx.URL("https://api.sumvin.test")


def test_a_link_takes_its_relation_from_its_own_rel_member() -> None:
    assert Link.from_json("action", {"href": "/v0/x", "rel": "verify"}).rel == "verify"
    assert Link.from_json("action", {"href": "/v0/x"}).rel == "action"


def test_link_members_of_the_wrong_type_take_their_defaults() -> None:
    link = Link.from_json("a", {"href": "/v0/x", "description": 3, "tool": ["t"], "templated": None, "method": ""})
    assert link == Link(rel="a", href="/v0/x")
    assert Link.from_json("a", {"href": "/x", "description": "d", "tool": "t", "templated": 1}) == Link(
        rel="a", href="/x", description="d", tool="t", templated=True
    )


def test_each_link_of_a_list_relation_keeps_the_relation() -> None:
    found = links({"_links": {"item": [{"href": "/v0/a"}, "junk", {"href": "/v0/b"}]}})
    assert found == {"item[0]": Link(rel="item", href="/v0/a"), "item[2]": Link(rel="item", href="/v0/b")}


def test_a_bare_link_is_followed_as_itself_named_by_the_relation_given() -> None:
    assert link_of({"href": "/v0/a"}, None) == Link(rel="link", href="/v0/a")
    assert link_of({"href": "/v0/a"}, "next") == Link(rel="next", href="/v0/a")


def test_a_resource_with_an_href_and_links_is_a_resource_not_a_link() -> None:
    resource = {"href": "/v0/self", "_links": {"next": {"href": "/v0/next"}}}
    assert link_of(resource, "next") == Link(rel="next", href="/v0/next")


def test_following_a_resource_without_naming_a_relation_lists_the_relations_it_has() -> None:
    resource = {"_links": {"self": {"href": "/v0/a"}, "next": {"href": "/v0/b"}}}
    with pytest.raises(HALLinkNotFoundError) as caught:
        link_of(resource, None)
    assert str(caught.value) == "name the relation to follow"
    assert caught.value.rel == "" and caught.value.available == ["next", "self"]


def test_a_missing_relation_is_named_with_the_relations_there_are() -> None:
    with pytest.raises(HALLinkNotFoundError) as caught:
        link_of({"_links": {"self": {"href": "/v0/a"}}}, "next")
    assert caught.value.rel == "next" and caught.value.available == ["self"]
    assert str(caught.value) == "no link 'next'; available: self"


@pytest.mark.parametrize("value", [{}, {"href": None}, {"href": 7}])
def test_a_link_without_a_text_href_is_refused_naming_its_relation(value: dict[str, Any]) -> None:
    with pytest.raises(HALTemplateError) as caught:
        Link.from_json("next", value)
    assert str(caught.value) == "link 'next' has no href"


@pytest.mark.parametrize(
    ("variables", "expanded"),
    [
        ({"flag": True}, "/v0/x?flag=true"),
        ({"flag": False}, "/v0/x?flag=false"),
        ({"flag": [True, False]}, "/v0/x?flag=true%2Cfalse"),
        ({"flag": "a/b?c"}, "/v0/x?flag=a%2Fb%3Fc"),
    ],
)
def test_query_values_are_text_with_booleans_in_lower_case_and_every_reserved_character_encoded(
    variables: dict[str, object], expanded: str
) -> None:
    assert expand("/v0/x{?flag}", variables) == expanded


def test_a_path_variable_may_start_with_any_letter() -> None:
    assert expand("/v0/{Xid}/{id}", {"Xid": "a", "id": "b"}) == "/v0/a/b"


@pytest.mark.parametrize(
    ("href", "path"),
    [
        ("\x01/v0/x\x1f", "/v0/x"),  # C0 controls and spaces at the ends are stripped, as a URL parser does
        ("/v0/us\ter\r\ns", "/v0/users"),  # tab, CR and LF are dropped anywhere
        ("/v0/X", "/v0/X"),  # printable characters at the ends are kept
        ("/v0/a!", "/v0/a!"),
        ('/v0/"a"', '/v0/"a"'),
        ("/v0/x#frag", "/v0/x"),  # the fragment never reaches the server
        ("/v0/x#a#b", "/v0/x"),
        ("/v0/x?next=/../up#f", "/v0/x?next=/../up"),  # a query's slashes and dots are not path segments
        ("/v0/x/.", "/v0/x/"),  # RFC 3986: a final dot segment leaves the slash before it
        ("/v0/x/y/..", "/v0/x/"),
    ],
)
def test_hrefs_are_cleaned_as_a_url_parser_cleans_them(href: str, path: str) -> None:
    assert api_path(href, ROOT) == path
    assert api_path(href, BASE) == path


def test_dot_segments_never_climb_above_the_root() -> None:
    assert api_path("/..", ROOT) == "/"
    assert api_path("/../..", ROOT) == "/"
    assert api_path("/.", ROOT) == "/"


@pytest.mark.parametrize("prefix", ["/api", "/tenantX", "/a.b/c"])
def test_an_absolute_link_under_any_base_path_maps_below_it(prefix: str) -> None:
    base = httpx.URL(f"https://api.sumvin.test{prefix}/")
    assert api_path(f"https://api.sumvin.test{prefix}/v0/x?q=1", base) == "/v0/x?q=1"
    assert api_path(f"https://api.sumvin.test{prefix}", base) == "/"
    assert api_path(f"https://api.sumvin.test{prefix}/", base) == "/"


def test_an_absolute_link_to_the_origin_itself_is_its_root() -> None:
    assert api_path("https://api.sumvin.test", ROOT) == "/"
    assert api_path("https://api.sumvin.test?page=2", ROOT) == "/?page=2"


@pytest.mark.parametrize(
    ("base", "href", "same"),
    [
        ("http://api.sumvin.test", "http://api.sumvin.test:80/v0", True),
        ("https://api.sumvin.test", "https://api.sumvin.test:443/v0", True),
        ("http://api.sumvin.test", "HTTP://api.sumvin.test:80/v0", True),  # httpx keeps the port of HTTP://
        ("https://api.sumvin.test", "HTTPS://api.sumvin.test:443/v0", True),
        ("http://api.sumvin.test", "HTTP://api.sumvin.test:81/v0", False),
        ("http://api.sumvin.test", "http://api.sumvin.test:81/v0", False),
        ("http://api.sumvin.test:81", "http://api.sumvin.test/v0", False),
        ("https://api.sumvin.test", "https://api.sumvin.test:80/v0", False),
        ("https://api.sumvin.test:8443", "https://api.sumvin.test:8443/v0", True),
    ],
)
def test_the_origin_includes_the_port_with_defaults_equal_to_no_port(base: str, href: str, same: bool) -> None:
    if same:
        assert api_path(href, httpx.URL(base)) == "/v0"
    else:
        with pytest.raises(HALOriginError):
            api_path(href, httpx.URL(base))


def test_a_refusal_names_the_href_cut_to_200_characters_and_keeps_it_whole() -> None:
    href = "https://evil.test/" + "a" * 300
    with pytest.raises(HALOriginError) as caught:
        api_path(href, BASE)
    assert caught.value.href == href
    assert str(caught.value) == f"refused link {href[:200]!r}: another origin than https://api.sumvin.test"


def test_a_links_list_is_never_taken_for_the_items() -> None:
    page = {"_links": [{"href": "/v0/x"}], "items": [1, 2]}
    assert items_field(page) == "items" and list(page_items(page)) == [1, 2]


@attrs.define
class Renamed(Model):
    """A model whose list member ``_items`` the generator named ``entries`` (not by the ``field_`` rule)."""

    entries: list[Any] | None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("entries",)

    def _json_dict(self) -> dict[str, Any]:
        return {"_items": self.entries, **self.additional_properties}


class RenamedPage(Renamed):
    """The same model as a page: it says which attribute holds its items."""

    _ITEMS: ClassVar[str | None] = "entries"


def test_a_models_items_are_read_from_the_attribute_the_model_names_however_it_was_renamed() -> None:
    items = [object(), object()]
    assert items_field(Renamed(items)) == "_items"
    assert [found is item for found, item in zip(page_items(Renamed(items)), items, strict=True)] == [True, True]


def test_a_page_models_items_are_the_member_it_names_even_beside_unknown_lists() -> None:
    items = [object()]
    page = RenamedPage(items, additional_properties={"warnings": ["w"]})
    assert list(page_items(page)) == items
    with pytest.raises(ValueError, match="cannot tell"):
        list(page_items(Renamed(items, additional_properties={"warnings": ["w"]})))


def test_a_models_unknown_list_member_is_its_items_when_no_known_member_is_a_list() -> None:
    assert list(page_items(Renamed(None, additional_properties={"rows": [1, 2]}))) == [1, 2]


def test_an_object_with_to_dict_gives_the_items_of_its_dict() -> None:
    page: Any = attrs.make_class("Page", [])()
    page.to_dict = lambda: {"_links": {}, "_items": [1, 2]}
    assert list(page_items(page)) == [1, 2]


def test_a_next_link_back_to_any_page_already_read_is_a_loop() -> None:
    cursor = PageCursor(base_url=BASE, max_pages=10)
    page = {"_links": {"next": {"href": "/v0/items?page=2"}}}
    assert cursor.next_link({"_links": {"self": {"href": "/v0/items"}, **page["_links"]}}) is not None
    assert cursor.next_link({"_links": {"next": {"href": "/v0/items?page=3"}}}) is not None
    with pytest.raises(HALError, match="pagination loops"):
        cursor.next_link({"_links": {"next": {"href": "/v0/items?page=2"}}})


@pytest.mark.parametrize(
    ("template", "variables", "expanded"),
    [
        ("/v0/search?q={q}", {"q": "a b/c&d"}, "/v0/search?q=a%20b%2Fc%26d"),
        ("/v0/search?q={q}", {"q": ""}, "/v0/search?q="),  # in the query, a value need not be a path segment
        ("/v0/search?q={q}", {"q": ".."}, "/v0/search?q=.."),
        ("/v0/{id}?q={q}", {"id": "w 1", "q": ".."}, "/v0/w%201?q=.."),
        ("/v0/x?q={q}&r=?", {"q": ".."}, "/v0/x?q=..&r=?"),  # a later literal ? does not move the query's start
        ("/v0/{long_variable_name}?q={q}", {"long_variable_name": "a", "q": "."}, "/v0/a?q=."),
    ],
)
def test_a_simple_variable_in_the_query_is_percent_encoded_not_checked_as_a_segment(
    template: str, variables: dict[str, object], expanded: str
) -> None:
    assert expand(template, variables) == expanded


@pytest.mark.parametrize("template", ["/v0/{id}", "/v0/{id}?q={q}", "/v0/{id}/x{?q}"])
@pytest.mark.parametrize("value", ["", ".", ".."])
def test_a_path_variable_that_is_no_segment_is_refused_naming_it(template: str, value: str) -> None:
    with pytest.raises(PathParameterError) as caught:
        expand(template, {"id": value, "q": "x"})
    assert caught.value.parameter == "id" and "'id'" in str(caught.value)


@pytest.mark.parametrize("template", ["/v0/{id", "/v0/id}", "/v0/{id}}", "/v0/{{id}"])
def test_a_stray_brace_is_refused_by_the_expansion_itself(template: str) -> None:
    with pytest.raises(HALTemplateError, match="unbalanced brace"):
        expand(template, {"id": "1"})


@pytest.mark.parametrize(
    ("href", "why"),
    [
        ("/v0/\x07x", "control characters"),
        ("//evil.test/x", "protocol-relative links could leave api.sumvin.test"),
        ("https://[::1/x", "not a URL (Invalid port: ':1')"),
        ("https://evil.test/x", "another origin than https://api.sumvin.test"),
        ("https://api.sumvin.test/admin", "outside /api/"),
        ("/v0%2fx", "encoded path separator under /api/"),
        ("/../x", "it leaves /api/"),
    ],
)
def test_each_refusal_keeps_the_href_and_says_why(href: str, why: str) -> None:
    with pytest.raises(HALOriginError) as caught:
        api_path(href, BASE)
    assert caught.value.href == href and str(caught.value) == f"refused link {href!r}: {why}"


def test_a_page_that_is_neither_a_model_nor_a_dict_is_refused_naming_its_type() -> None:
    with pytest.raises(ValueError, match=r"^a page is a model or a dict, not list$"):
        items_field([1, 2])
    with pytest.raises(ValueError, match=r"^cannot tell which member holds the items: no list member$"):
        items_field({"a": 1})
    with pytest.raises(ValueError, match=r"^cannot tell which member holds the items: \['a', 'b'\]$"):
        items_field({"a": [], "b": []})


def test_a_page_that_leaves_its_optional_list_out_has_no_items() -> None:
    """The contract lets a page omit an optional list (``KYCDocumentsListResponse.documents``): its items are
    none, for the model and for the same page as a dict, not an error."""
    from sumvin_sdk.models import KYCDocumentsListResponse

    page = KYCDocumentsListResponse.from_dict({"_links": {}})
    assert list(page_items(page)) == []
    assert list(page_items({"_links": {"self": {"href": "/v0/kyc/documents"}}, "total": 0})) == []
    assert list(page_items(Renamed(None))) == [] and list(page_items(RenamedPage(None))) == []


@pytest.mark.parametrize(
    "page",
    [
        {"_links": {}, "a": [1], "b": [2]},
        Renamed([1], additional_properties={"warnings": ["w"]}),
        "not a page",
        7,
    ],
)
def test_a_page_the_sdk_cannot_read_items_from_is_a_typed_usage_error(page: object) -> None:
    with pytest.raises(UsageError) as caught:
        list(page_items(page))
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, SumvinError)
