"""`make serve`'s last command is the preview server itself, at the address it is given."""

from __future__ import annotations

import shlex
import subprocess

import pytest

from generator import cli
from tests.support import REPO_ROOT


def serve_commands(*variables: str) -> list[list[str]]:
    """The commands `make serve` would run (make -n: nothing is run), as words."""
    printed = subprocess.run(
        # --no-print-directory: under `make test` this make is a sub-make, which would
        # otherwise print "make[1]: Leaving directory" after the commands.
        ["make", "--no-print-directory", "-n", "serve", *variables],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    return [shlex.split(line) for line in printed.splitlines() if line.strip()]


def test_the_last_command_of_make_serve_is_the_server_at_the_given_address() -> None:
    assert serve_commands()[-1] == ["exec", ".venv/bin/explainer", "serve", "-a", "127.0.0.1:8000"]
    assert serve_commands("ADDRESS=127.0.0.1:8123")[-1][-2:] == ["-a", "127.0.0.1:8123"]


def test_serve_takes_an_address_as_mkdocs_serve_does() -> None:
    args = cli.parser().parse_args(["serve", "-a", "0.0.0.0:9000"])
    assert (args.command, args.address, args.open) == ("serve", "0.0.0.0:9000", False)
    assert cli.parser().parse_args(["serve", "--dev-addr", "localhost:1"]).address == "localhost:1"


@pytest.mark.parametrize("address", ["nonsense", "127.0.0.1", ":8000", "127.0.0.1:http", "h:70000"])
def test_an_address_that_is_not_host_port_is_refused_before_anything_is_done(
    address: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.parser().parse_args(["serve", "-a", address])
    assert stopped.value.code == 2
    assert f"argument -a/--dev-addr: '{address}' is not HOST:PORT — e.g. 127.0.0.1:8000" in (
        capsys.readouterr().err
    )
