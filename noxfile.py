"""Every workflow of the repository: lint, typecheck, codegen, tests, interop, bench, demo.

``nox`` alone runs what CI runs (see ``nox.options.sessions``). Each session gets its own
virtualenv made with the stdlib ``venv`` by the interpreter that runs nox, and installs the four
packages in editable mode, so a fresh machine needs only ``python3 -m pip install nox`` (and,
for ``interop`` and ``demo``, OpenSSH: ``.ci/run`` installs it).
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.needs_version = ">=2024.4.15"
nox.options.sessions = ["lint", "typecheck", "codegen_check", "tests", "interop"]
nox.options.reuse_venv = "yes"
nox.options.error_on_external_run = True

ROOT = Path(__file__).resolve().parent
# Install order matters only for readability: dependencies first.
PACKAGES = ("ssh-wire", "ssh-agent", "ssh-engine", "ssh-sftp")
IMPORT_NAMES = ("ssh_wire", "ssh_agent", "ssh_engine", "ssh_sftp")

RUFF = "ruff==0.17.6"
MYPY = "mypy==2.4.1"
# paramiko and asyncssh are independent implementations some known-answer tests compare
# our packets and key derivation against (test-only; never a runtime dependency).
TEST_DEPS = ("pytest>=8", "hypothesis>=6.100", "paramiko", "asyncssh")
CODEGEN_DEPS = ("jinja2>=3.1", "pyyaml>=6")
LINT_PATHS = ("packages", "codegen", "tests", "bench", "demo", "noxfile.py", "conftest.py")


def _existing(*paths: str) -> list[str]:
    """Return the given repository-relative paths that exist (so a missing dir is no error)."""
    return [p for p in paths if (ROOT / p).exists()]


def _install_packages(session: nox.Session, *extra: str) -> None:
    """Install the four packages in editable mode (with their extras), plus ``extra``."""
    args: list[str] = []
    for name in PACKAGES:
        # Extras so that every test runs: hypothesis strategies, and sntrup761 (pqcrypto).
        extras = {"ssh-wire": "[testing]", "ssh-engine": "[sntrup]"}.get(name, "")
        args += ["-e", f"packages/{name}{extras}"]
    session.install(*args, *extra)


@nox.session(venv_backend="venv")
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check over all Python in the repo (generated code too)."""
    session.install(RUFF)
    paths = _existing(*LINT_PATHS)
    session.run("ruff", "check", *paths)
    session.run("ruff", "format", "--check", *paths)


@nox.session(venv_backend="venv")
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the packages' sources, codegen, the cross-package tests and demo."""
    _install_packages(session, MYPY, "nox", "types-PyYAML", *TEST_DEPS, *CODEGEN_DEPS)
    sources = [f"packages/{p}/src/{m}" for p, m in zip(PACKAGES, IMPORT_NAMES, strict=True)]
    targets = _existing(*sources, "codegen", "tests", "bench", "demo", "noxfile.py", "conftest.py")
    session.run("mypy", "--strict", *targets)


@nox.session(venv_backend="venv")
def codegen(session: nox.Session) -> None:
    """Regenerate the codecs in packages/ssh-wire/src/ssh_wire/_generated from specs/."""
    session.install(*CODEGEN_DEPS)
    session.run("python", "-m", "codegen", "generate")


@nox.session(name="codegen_check", venv_backend="venv")
def codegen_check(session: nox.Session) -> None:
    """Fail when the committed generated files differ from what the specs generate."""
    session.install(*CODEGEN_DEPS)
    session.run("python", "-m", "codegen", "check-drift")


@nox.session(venv_backend="venv")
def tests(session: nox.Session) -> None:
    """Unit tests of every package and the cross-package suites (OpenSSH interop excluded).

    Arguments after ``--`` replace the default test paths, e.g. ``nox -s tests -- tests``.
    """
    _install_packages(session, *TEST_DEPS, *CODEGEN_DEPS)
    suites = _existing(*(f"packages/{p}/tests" for p in PACKAGES), "codegen/tests", "tests")
    args = session.posargs or [*suites, "--ignore=tests/interop"]
    session.run("pytest", "-q", "-p", "no:cacheprovider", *args)


@nox.session(venv_backend="venv")
def interop(session: nox.Session) -> None:
    """Tests against real OpenSSH started on 127.0.0.1; they fail (never skip) without it."""
    _install_packages(session, *TEST_DEPS, "pytest-timeout>=2.2")
    args = session.posargs or ["tests/interop"]
    session.run("pytest", "-q", "-p", "no:cacheprovider", "--timeout=300", *args)


@nox.session(venv_backend="venv")
def bench(session: nox.Session) -> None:
    """Benchmarks: prints timings and ratios against OpenSSH measured in the same run."""
    # Other Python SSH libraries, measured beside ours in the same run.
    _install_packages(session, "paramiko", "asyncssh")
    session.run("python", "bench/run.py", *session.posargs)


@nox.session(venv_backend="venv")
def demo(session: nox.Session) -> None:
    """The main job: show, against a private sshd, what the library does today."""
    _install_packages(session)
    session.run("python", "demo/demo.py", *session.posargs)
