"""Update the .ts catalogues from gui/ and core/ (pyside6-lupdate), or compile them (lrelease).

Usage (from the repository root)::

    uv run python i18n/update.py            # refresh i18n/backup_doctor_{en,tr}.ts
    uv run python i18n/update.py --check    # exit 1 if the .ts files are stale
    uv run python i18n/update.py --release  # write i18n/*.qm (for packaging)
    uv run python i18n/update.py --stats    # translated / unfinished counts per language

Source locations are left out of the .ts files (``-locations none``) so that editing code does
not churn the catalogues; translators see the context name and the English text. Texts that
left the code are dropped (``-no-obsolete``); git keeps their old translations.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
CATALOG = "backup_doctor"
LANGUAGES = {"en": "en", "tr": "tr_TR"}
SOURCES = ("gui", "core")


def tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate / pyside6-lrelease) next to this Python."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / f"pyside6-{name}", scripts / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: run 'uv sync' first")
    return found


def source_files() -> list[str]:
    """Every Python file lupdate should read, in a stable order."""
    files = sorted(
        p
        for folder in SOURCES
        for p in (ROOT / folder).rglob("*.py")
        if "__pycache__" not in p.parts
    )
    return [str(p.relative_to(ROOT)) for p in files]


def ts_file(lang: str, folder: Path = I18N) -> Path:
    """The .ts of a language."""
    return folder / f"{CATALOG}_{lang}.ts"


def lupdate(folder: Path) -> None:
    """Run lupdate for every language, writing the .ts files into ``folder``."""
    for lang, target in LANGUAGES.items():
        subprocess.run(
            [
                tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                target,
                "-tr-function-alias",
                "QT_TRANSLATE_NOOP+=_T",
                *source_files(),
                "-ts",
                str(ts_file(lang, folder)),
            ],
            cwd=ROOT,
            check=True,
        )


def release() -> None:
    """Compile every .ts into a .qm next to it."""
    for lang in LANGUAGES:
        ts = ts_file(lang)
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def stats() -> dict[str, tuple[int, int]]:
    """(finished, unfinished) message counts per language."""
    result: dict[str, tuple[int, int]] = {}
    for lang in LANGUAGES:
        text = ts_file(lang).read_text(encoding="utf-8")
        total = len(re.findall(r"<message[ >]", text))
        unfinished = len(re.findall(r'type="unfinished"', text))
        result[lang] = (total - unfinished, unfinished)
    return result


def check() -> int:
    """1 when lupdate would change a committed .ts file."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for lang in LANGUAGES:
            shutil.copy(ts_file(lang), ts_file(lang, folder))
        lupdate(folder)
        stale = [
            lang
            for lang in LANGUAGES
            if ts_file(lang, folder).read_bytes() != ts_file(lang).read_bytes()
        ]
    if stale:
        print(
            f"stale translation catalogues: {', '.join(stale)}; run: uv run python i18n/update.py"
        )
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if the .ts files are stale")
    parser.add_argument("--release", action="store_true", help="compile .qm files")
    parser.add_argument("--stats", action="store_true", help="print translation progress")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    if args.release:
        release()
        return 0
    if not args.stats:
        lupdate(I18N)
    for lang, (done, todo) in stats().items():
        print(f"{lang}: {done} translated, {todo} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
