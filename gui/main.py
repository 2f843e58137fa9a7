"""The ``backup-doctor`` entry point: the command line without Qt, or the GUI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``backup-doctor``: ``diagnose …`` goes to core's CLI (no Qt import), else the GUI."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "diagnose":
        from core.cli import main as cli_main

        return cli_main(args[1:])
    from gui.app import leave, run

    return leave(run(args))


if __name__ == "__main__":
    raise SystemExit(main())
