"""The interface's translations: Qt's lupdate reads the code into ``.ts``, lrelease makes ``.qm``."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from cqdesk.paths import TRANSLATIONS_DIR
from cqdesk.pipeline.errors import BuildError

LANGUAGES = ("zh_CN",)
TS_FOLDER = Path("translations")  # under resources/
QM_FOLDER = TRANSLATIONS_DIR  # shipped in the package
# The code wraps its strings in module helpers named _tr (see any ui module); lupdate files them
# under the empty context, which is the context those helpers ask QCoreApplication for.
# No source locations: line numbers would change the .ts with every edit of the code.
# tr+=_tr: the modules' own _tr helpers (the empty context); translate+=_translate: the command
# line's words that need a context of their own.
LUPDATE_OPTIONS = [
    "-tr-function-alias",
    "tr+=_tr,translate+=_translate",
    "-locations",
    "none",
    "-no-obsolete",
]


def ts_path(resources: Path, language: str) -> Path:
    """Where the translation source of ``language`` lives."""
    return resources / TS_FOLDER / f"cqdesk_{language}.ts"


def qm_name(language: str) -> str:
    """The compiled translation's file name, as the window looks for it."""
    return f"cqdesk_{language}.qm"


def qt_tool(name: str) -> str:
    """The path of one of PySide6-Essentials' Qt tools (pyside6-lupdate, pyside6-lrelease)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise BuildError(f"{name} not found: it comes with PySide6-Essentials (pip install it)")
    return found


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BuildError(f"{Path(command[0]).name} failed: {done.stderr.strip() or done.stdout}")


def source_files(package: Path) -> list[str]:
    """Every Python file of the package, in a stable order."""
    return [str(path) for path in sorted(package.rglob("*.py"))]


def update_sources(resources: Path, package: Path, ts_file: Path | None = None) -> None:
    """Run lupdate: add the code's new strings to each ``.ts`` (as unfinished) and drop gone ones."""
    for language in LANGUAGES:
        target = ts_file or ts_path(resources, language)
        target.parent.mkdir(parents=True, exist_ok=True)
        _run(
            [
                qt_tool("pyside6-lupdate"),
                *LUPDATE_OPTIONS,
                "-target-language",
                language,
                *source_files(package),
                "-ts",
                str(target),
            ]
        )


def compile_translations(resources: Path, out: Path = QM_FOLDER) -> list[Path]:
    """Run lrelease: one ``.qm`` per language from its ``.ts``, into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        target = out / qm_name(language)
        _run([qt_tool("pyside6-lrelease"), str(ts_path(resources, language)), "-qm", str(target)])
        written.append(target)
    return written
