"""Build step of ``mkdocs build``: one API reference page per tag, each operation a typed method."""

from __future__ import annotations

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
    with mkdocs_gen_files.open(f"reference/{tag}.md", "w") as page:
        page.write(f"# `{tag}`\n\n")
        for operation in sorted((o for o in OPERATIONS.values() if o.tag == tag), key=lambda o: o.operation_id):
            page.write(f"- `{operation.operation_id}`: `{operation.method} {operation.path}`\n")
        page.write(f"\n::: sumvin_sdk._generated.api.{tag}.{class_name}\n")
