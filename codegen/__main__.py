"""Command line: ``python -m codegen {check,generate,check-drift}``.

- ``check``: validate the specs, print ``file:line: message`` on the first error.
- ``generate``: validate, then (re)write every generated module.
- ``check-drift``: validate, render in memory and fail if any generated file differs from
  what is committed (the default ``nox`` run calls this).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ._load import SpecError
from ._render import render
from ._validate import load_world

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
PACKAGE = ROOT / "packages" / "ssh-wire" / "src" / "ssh_wire"


def main(argv: list[str] | None = None) -> int:
    """Run the command line. Returns the process exit status."""
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("command", choices=["check", "generate", "check-drift"])
    parser.add_argument("--specs", type=Path, default=SPECS)
    parser.add_argument("--package", type=Path, default=PACKAGE)
    args = parser.parse_args(argv)
    try:
        world = load_world(args.specs)
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    count = sum(len(s.structs) for s in world.specs)
    if args.command == "check":
        print(f"ok: {len(world.specs)} specs, {count} structs and messages")
        return 0
    files = render(world, args.package)
    gen_dir = args.package / "_generated"
    if args.command == "generate":
        gen_dir.mkdir(parents=True, exist_ok=True)
        stale = {p for p in gen_dir.glob("*.py")} - set(files)
        for path in stale:
            path.unlink()
        for path, text in files.items():
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
        print(f"generated {len(files)} files from {len(world.specs)} specs ({count} types)")
        return 0
    drift = [p for p, text in files.items() if not p.exists() or p.read_text("utf-8") != text]
    drift += sorted(set(gen_dir.glob("*.py")) - set(files))
    if drift:
        for path in drift:
            print(f"drift: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        print("generated code differs from the specs: run `nox -s codegen`", file=sys.stderr)
        return 1
    print(f"no drift: {len(files)} generated files match {len(world.specs)} specs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
