"""Build step of ``mkdocs build``: one API reference page per tag, each operation a typed method."""

from __future__ import annotations

import importlib
import inspect

import mkdocs_gen_files

from sumvin_sdk._generated.operations import OPERATIONS

INDEX_HEAD = """# API reference

Every operation is a method of `Sumvin.<tag>` (and, awaitable, of `AsyncSumvin.<tag>`).

| tag | operations |
|---|---:|
"""
INDEX_TAIL = """
## Clients

::: sumvin_sdk.Sumvin
    options:
      members: [follow, follow_raw, paginate, with_options, with_raw_response, close]

::: sumvin_sdk.AsyncSumvin
    options:
      members: [follow, follow_raw, paginate, with_options, with_raw_response, aclose]

::: sumvin_sdk.errors

::: sumvin_sdk.auth

::: sumvin_sdk.hal

::: sumvin_sdk.device

::: sumvin_sdk.signing

::: sumvin_sdk.scopes

::: sumvin_sdk.flows
"""

tags = sorted({operation.tag for operation in OPERATIONS.values()})
with mkdocs_gen_files.open("reference/index.md", "w") as index:
    index.write(INDEX_HEAD)
    for tag in tags:
        count = sum(1 for o in OPERATIONS.values() if o.tag == tag)
        index.write(f"| [`{tag}`]({tag}.md) | {count} |\n")
    index.write(INDEX_TAIL)
for tag in tags:
    class_name = "".join(part.capitalize() for part in tag.split("_")) + "Resource"
    resource = getattr(importlib.import_module(f"sumvin_sdk._generated.api.{tag}"), class_name)
    with mkdocs_gen_files.open(f"reference/{tag}.md", "w") as page:
        page.write(f"# `{tag}`\n\n| method | call | what it does |\n|---|---|---|\n")
        for operation in sorted((o for o in OPERATIONS.values() if o.tag == tag), key=lambda o: o.module):
            # The first paragraph of the method's docstring: the operation's description from openapi.yaml.
            does = " ".join((inspect.getdoc(getattr(resource, operation.module)) or "").partition("\n\n")[0].split())
            page.write(f"| `{operation.module}` | `{operation.method} {operation.path}` | {does} |\n")
        page.write(f"\n::: sumvin_sdk._generated.api.{tag}.{class_name}\n")
