"""HAL links: list them, expand their URI templates, and decide where a follow may go.

Every Sumvin resource carries ``_links`` (``href``, ``method``, ``templated``, ``description``; problem
details carry action links with ``rel`` and ``tool`` too). ``Sumvin.follow`` and ``Sumvin.paginate`` use
this module; ``links(resource)`` is for people looking around in a notebook.

The origin guard (``api_path``) is the security premise of following links: credentials are headers, so
a link must never take a request anywhere but the client's ``base_url``. It refuses, before any request:
absolute hrefs of another origin, protocol-relative hrefs (after the clean-up a URL parser does: outer
spaces and control characters stripped, tab/CR/LF dropped anywhere, ``\\`` read as ``/``), paths that
leave the base URL's path prefix once dot segments are removed, and, under a path prefix, ``/`` or ``\\``
percent-encoded (once or more). A link on the origin is then sent only if its method and path match an
operation, with the credentials that operation accepts (``HALUnmatchedLinkError`` otherwise).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import attrs
import httpx

from sumvin_sdk._generated.types import Model
from sumvin_sdk._paths import path_segment
from sumvin_sdk.errors import (
    APIStatusError,
    HALError,
    HALLinkNotFoundError,
    HALOriginError,
    HALTemplateError,
    ProblemDetails,
    UsageError,
)

__all__ = ["Link", "PageCursor", "api_path", "expand", "expand_guarded", "items_field", "links", "page_items"]


@attrs.frozen
class Link:
    """One link: where (``href``), how (``method``), and what it is for."""

    rel: str
    href: str
    method: str = "GET"
    templated: bool = False
    description: str | None = None
    tool: str | None = None

    @classmethod
    def from_json(cls, rel: str, value: Mapping[str, Any]) -> Link:
        """A link from its JSON form; ``method`` is upper-cased, missing members take their defaults."""
        href = value.get("href")
        if not isinstance(href, str):
            raise HALTemplateError(f"link {rel!r} has no href")
        description, tool = value.get("description"), value.get("tool")
        return cls(
            rel=str(value.get("rel") or rel),
            href=href,
            method=str(value.get("method") or "GET").upper(),
            templated=bool(value.get("templated")),
            description=description if isinstance(description, str) else None,
            tool=tool if isinstance(tool, str) else None,
        )


def _links_json(resource: object) -> object:
    if isinstance(resource, APIStatusError):
        resource = resource.problem
    if isinstance(resource, ProblemDetails):
        return resource.links
    if isinstance(resource, Mapping):
        return resource.get("_links")
    to_dict = getattr(resource, "to_dict", None)
    if callable(to_dict):
        return to_dict().get("_links")
    return None


def links(resource: object) -> dict[str, Link]:
    """The links of ``resource``, by relation.

    ``resource`` may be a generated model, a dict with ``_links``, a ``ProblemDetails`` or an
    ``APIStatusError`` (its problem's action links). A relation holding a list of links is listed as
    ``rel[0]``, ``rel[1]``, ...
    """
    found: dict[str, Link] = {}
    raw = _links_json(resource)
    if not isinstance(raw, Mapping):
        return found
    for rel, value in raw.items():
        if isinstance(value, Mapping):
            found[rel] = Link.from_json(rel, value)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, Mapping):
                    found[f"{rel}[{i}]"] = Link.from_json(rel, item)
    return found


def link_of(resource: object, rel: str | None) -> Link:
    """The link to follow: ``resource`` itself if it is a link (``rel`` then unused), else its ``rel``."""
    if isinstance(resource, Link):
        return resource
    if isinstance(resource, Mapping) and "href" in resource and "_links" not in resource:
        return Link.from_json(rel or "link", resource)
    if rel is None:
        raise HALLinkNotFoundError("name the relation to follow", rel="", available=sorted(links(resource)))
    available = links(resource)
    if rel not in available:
        raise HALLinkNotFoundError(
            f"no link {rel!r}; available: {', '.join(sorted(available)) or 'none'}",
            rel=rel,
            available=sorted(available),
        )
    return available[rel]


_EXPRESSION = re.compile(r"\{([^{}]*)\}")
_VARNAME = re.compile(r"^[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*$")


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(_text(v) for v in value)
    return str(value)


def expand(template: str, variables: Mapping[str, object]) -> str:
    """Expand an RFC 6570 template: simple ``{var}`` (required) and form-style ``{?a,b}``/``{&a,b}``.

    Values are percent-encoded; lists join with commas; a query variable left out (or ``None``) is
    omitted. In the path, each ``{var}`` becomes exactly one segment (``path_segment``: ``PathParameterError``
    for an empty value, ``.`` or ``..``). A missing ``{var}``, another operator, or a stray brace raises
    ``HALTemplateError``.
    """
    masked = _EXPRESSION.sub(lambda m: "x" * len(m.group(0)), template)
    query_at = masked.find("?") if "?" in masked else len(template)

    def replace(match: re.Match[str]) -> str:
        body = match.group(1)
        operator = body[:1] if body[:1] in "?&" else ""
        names = body[len(operator) :].split(",")
        for name in names:
            if not _VARNAME.match(name):
                raise HALTemplateError(f"unsupported template expression {{{body}}} in {template!r}")
        if not operator:
            if len(names) != 1:
                raise HALTemplateError(f"unsupported template expression {{{body}}} in {template!r}")
            value = variables.get(names[0])
            if value is None:
                raise HALTemplateError(f"template {template!r} needs variable {names[0]!r}")
            if match.start() < query_at:
                return path_segment(names[0], _text(value))
            return quote(_text(value), safe="")
        pairs = [f"{n}={quote(_text(variables[n]), safe='')}" for n in names if variables.get(n) is not None]
        if not pairs:
            return ""
        return ("?" if operator == "?" else "&") + "&".join(pairs)

    expanded = _EXPRESSION.sub(replace, template)
    if "{" in expanded or "}" in expanded:
        raise HALTemplateError(f"unbalanced brace in template {template!r}")
    return expanded


def expand_guarded(template: str, variables: Mapping[str, object], base_url: httpx.URL) -> str:
    """``api_path`` of a templated href: the server's template is guarded, then the caller's values go in.

    Guarding the expanded text would judge the caller's own encoding (``a b/c`` is ``a%20b%2Fc``, one
    segment) as the server's. So each expression is swapped for a random token, the href is guarded as
    the server wrote it, and the expansions replace the tokens.
    """
    import secrets  # only templated links need it

    tokens: dict[str, str] = {}

    def token(match: re.Match[str]) -> str:
        key = f"t{secrets.token_hex(12)}"
        tokens[key] = match.group(0)
        return key

    guarded = api_path(_EXPRESSION.sub(token, template), base_url)  # a stray brace stays: ``expand`` refuses it
    for key, expression in tokens.items():
        guarded = guarded.replace(key, expression)
    return expand(guarded, variables)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_ENCODED_SEPARATOR = re.compile(r"%(?:2f|5c)", re.IGNORECASE)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986, section 5.2.4."""
    output: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if len(output) > 1:
                output.pop()
        elif segment != ".":
            output.append(segment)
    if path.endswith(("/.", "/..")):
        output.append("")
    return "/".join(output)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port or default


def api_path(href: str, base_url: httpx.URL) -> str:
    """The path and query, below ``base_url``'s path prefix, that ``href`` names; ``HALOriginError`` if none.

    The result starts with ``/`` and is what a client appends to its base URL.
    """
    cleaned = href.strip("".join(map(chr, range(0x21)))).replace("\t", "").replace("\r", "").replace("\n", "")
    cleaned = cleaned.replace("\\", "/")
    shown = repr(href[:200])
    if _CONTROL.search(cleaned):
        raise HALOriginError(f"refused link {shown}: control characters", href=href)
    cleaned = cleaned.partition("#")[0]
    if cleaned.startswith("//"):
        raise HALOriginError(f"refused link {shown}: protocol-relative links could leave {base_url.host}", href=href)
    prefix = base_url.path.rstrip("/")
    if _SCHEME.match(cleaned):
        try:
            target = httpx.URL(cleaned)
        except (httpx.InvalidURL, ValueError) as exc:
            raise HALOriginError(f"refused link {shown}: not a URL ({exc})", href=href) from None
        if _origin(target) != _origin(base_url) or target.userinfo:
            raise HALOriginError(
                f"refused link {shown}: another origin than {base_url.scheme}://{base_url.host}", href=href
            )
        split = urlsplit(cleaned)
        path, query = split.path or "/", split.query
        if prefix and not (path == prefix or path.startswith(prefix + "/")):
            raise HALOriginError(f"refused link {shown}: outside {prefix}/", href=href)
        path = path[len(prefix) :] or "/"
    else:
        path, _, query = cleaned.partition("?")
        if not path.startswith("/"):
            path = "/" + path
    if prefix:
        decoded = path
        for _ in range(3):
            if _ENCODED_SEPARATOR.search(decoded):
                raise HALOriginError(f"refused link {shown}: encoded path separator under {prefix}/", href=href)
            decoded = unquote(decoded)
    for candidate in (path, unquote(unquote(path))):
        resolved = _remove_dot_segments(prefix + candidate)
        if not (resolved == prefix or resolved.startswith(prefix + "/")):
            raise HALOriginError(f"refused link {shown}: it leaves {prefix}/", href=href)
    resolved = _remove_dot_segments(prefix + path)[len(prefix) :]  # starts with "/": checked above
    return resolved + (f"?{query}" if query else "")


def items_field(page: object) -> str:
    """The one list member of a page (other than ``_links``); ``ValueError`` if there is none or several."""
    return _list_member(_page_json(page))


def _page_json(page: object) -> Mapping[str, Any]:
    data = page.to_dict() if hasattr(page, "to_dict") else page
    if not isinstance(data, Mapping):
        raise UsageError(f"a page is a model or a dict, not {type(page).__name__}")
    return data


def _list_members(data: Mapping[str, Any]) -> list[str]:
    return [name for name, value in data.items() if isinstance(value, list) and name != "_links"]


def _list_member(data: Mapping[str, Any]) -> str:
    fields = _list_members(data)
    if len(fields) != 1:
        raise UsageError(f"cannot tell which member holds the items: {fields or 'no list member'}")
    return fields[0]


def page_items(page: object) -> Iterator[Any]:
    """The items of ``page``, typed where the page is; none where the page leaves its list out.

    A generated model's items are read from the attribute the model itself names: its ``_ITEMS``, else its one
    list member by the keys of its ``to_dict("python")`` (its attribute names, however the generator renamed a
    member); a dict's from its one list member. A page whose list is optional and absent has no items; one with
    several lists and no ``_ITEMS`` is a ``UsageError`` (a ``ValueError``): read the member you mean.
    """
    if isinstance(page, Model):
        python = page.to_dict("python")
        name = page._ITEMS or (_list_member(python) if _list_members(python) else None)
        if name is None:
            return
        found = getattr(page, name) if name in (*page._REQUIRED, *page._OPTIONAL) else page.additional_properties[name]
        if isinstance(found, list):
            yield from found
        return
    data = _page_json(page)
    if _list_members(data):
        yield from data[_list_member(data)]


@attrs.define
class PageCursor:
    """Where pagination stands: the pages seen, so a ``next`` link that loops back or runs past the cap fails."""

    base_url: httpx.URL
    max_pages: int
    seen: set[str] = attrs.field(factory=set)
    pages: int = 0

    def next_link(self, page: object) -> Link | None:
        """The ``next`` link of ``page`` (just yielded), or ``None`` on the last page."""
        found = links(page)
        if self.pages == 0 and "self" in found:
            self.seen.add(api_path(found["self"].href, self.base_url))
        self.pages += 1
        following = found.get("next")
        if following is None:
            return None
        key = api_path(following.href, self.base_url)
        if key in self.seen:
            raise HALError(f"pagination loops: page {self.pages}'s next link {following.href!r} was already visited")
        if self.pages >= self.max_pages:
            raise HALError(f"more than max_pages={self.max_pages} pages; pass a larger max_pages to read on")
        self.seen.add(key)
        return following
