"""``python -m codegen [normalize|generate|all] [--check]``: rebuild or check the contract and the generated code.

* ``normalize``  reference JSON -> ``openapi.yaml``
* ``generate``   ``openapi.yaml`` -> ``sumvin_sdk/_generated``
* ``all``        both, in that order (the default)

With ``--check`` nothing is written: the command fails if a fresh run would change a committed file.
The normalise step needs the reference (``--reference``, default ``../shared/reference``); where it
is absent, ``all --check`` says so and checks the generated tree alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from codegen.generate import ROOT, SPEC, GenerateError, generate
from codegen.normalize import NormalizeError, normalize_file

DEFAULT_REFERENCE = ROOT.parent / "shared" / "reference" / "sumvin-openapi-0.41.2.json"


def _normalize(reference: Path, *, check: bool, required: bool) -> bool:
    if not reference.exists():
        if required:
            raise NormalizeError(f"reference not found: {reference}")
        print(f"normalize: skipped, {reference} is absent")
        return True
    text = normalize_file(reference)
    if check:
        same = SPEC.exists() and SPEC.read_text(encoding="utf-8") == text
        print("normalize: openapi.yaml is up to date" if same else "normalize: openapi.yaml differs from a fresh run")
        return same
    SPEC.write_text(text, encoding="utf-8")
    print(f"normalize: wrote {SPEC.relative_to(ROOT)}")
    return True


def _generate(*, check: bool) -> bool:
    diff = generate(check=check)
    if diff:
        print("generate: sumvin_sdk/_generated differs from a fresh generation:")
        print("\n".join(f"  {path}" for path in diff))
        return False
    print("generate: sumvin_sdk/_generated is up to date" if check else "generate: wrote sumvin_sdk/_generated")
    return True


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit status."""
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__.splitlines()[0])
    parser.add_argument("step", nargs="?", choices=["normalize", "generate", "all"], default="all")
    parser.add_argument("--check", action="store_true", help="write nothing; fail if a fresh run differs")
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE, help="the reference JSON")
    args = parser.parse_args(argv)
    ok = True
    try:
        if args.step in ("normalize", "all"):
            ok = _normalize(args.reference, check=args.check, required=args.step == "normalize") and ok
        if args.step in ("generate", "all"):
            ok = _generate(check=args.check) and ok
    except (GenerateError, NormalizeError) as exc:
        print(f"codegen: {exc}", file=sys.stderr)
        return 1
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
