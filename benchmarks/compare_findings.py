"""Compare the findings.json of every order in two batch output folders, byte for byte.

The check behind every speed-up: a faster pipeline must write the same findings. Only the
audit time (`meta.audited_at`) may differ between two runs; it is blanked on both sides before
the bytes are compared, nothing else is.

    python benchmarks/compare_findings.py OUT_BEFORE OUT_AFTER

Exit 0 when every order's findings.json is identical and both folders hold the same orders.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

# The one line of findings.json that changes from run to run (pretty-printed, one key a line).
_AUDITED_AT = re.compile(rb'^(\s*"audited_at": )"[^"\n]*"(,?)$', re.M)


@dataclass(frozen=True)
class Comparison:
    """Orders whose findings.json matched, differed, or exist on one side only."""

    same: tuple[str, ...]
    different: tuple[str, ...]
    only_before: tuple[str, ...]
    only_after: tuple[str, ...]

    @property
    def identical(self) -> bool:
        return bool(self.same) and not (self.different or self.only_before or self.only_after)

    def summary(self) -> str:
        parts = [f"{len(self.same)} identical", f"{len(self.different)} different"]
        if self.only_before or self.only_after:
            parts.append(f"{len(self.only_before)} only before, {len(self.only_after)} only after")
        return ", ".join(parts)


def normalised(path: Path) -> bytes:
    """The file's bytes with the audit time blanked."""
    return _AUDITED_AT.sub(rb'\1""\2', path.read_bytes())


def findings_files(out_dir: Path) -> dict[str, Path]:
    """order folder name (relative to the output folder) -> its findings.json."""
    return {p.parent.relative_to(out_dir).as_posix(): p for p in out_dir.rglob("findings.json")}


def compare_outputs(before: Path, after: Path) -> Comparison:
    old, new = findings_files(before), findings_files(after)
    common = sorted(old.keys() & new.keys())
    different = tuple(n for n in common if normalised(old[n]) != normalised(new[n]))
    return Comparison(
        same=tuple(n for n in common if n not in different),
        different=different,
        only_before=tuple(sorted(old.keys() - new.keys())),
        only_after=tuple(sorted(new.keys() - old.keys())),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    result = compare_outputs(args.before, args.after)
    print(result.summary())
    for name in (*result.different, *result.only_before, *result.only_after)[:20]:
        print("  ", name)
    sys.exit(0 if result.identical else 1)


if __name__ == "__main__":
    main()
