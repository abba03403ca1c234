"""`newsbrief serve`: the socket it listens on, and its clear refusals."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli
from newsbrief.errors import UsageError
from newsbrief.serve._run import address_of, bind


def test_port_zero_binds_a_free_port_and_the_address_says_which() -> None:
    sock = bind("127.0.0.1", 0)
    try:
        port = sock.getsockname()[1]
        assert port > 0 and address_of(sock) == f"http://127.0.0.1:{port}/"
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            pass  # it is listening
    finally:
        sock.close()


def test_a_port_in_use_is_e133() -> None:
    taken = bind("127.0.0.1", 0)
    try:
        with pytest.raises(UsageError, match=r"\[E133\]"):
            bind("127.0.0.1", taken.getsockname()[1])
    finally:
        taken.close()


def test_serve_refuses_to_listen_beyond_loopback_without_a_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEWSBRIEF_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "[E132]" in result.output and "Traceback" not in result.output


def test_serve_reports_a_bad_data_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(cli, ["serve", "--port", "0", "--data-dir", str(blocker / "sub")])
    assert result.exit_code == 2 and "[E130]" in result.output


def test_serve_without_its_extra_says_how_to_install_it(tmp_path: Path) -> None:
    script = (
        "import sys; sys.modules['fastapi'] = None; from newsbrief.cli import main; "
        f"sys.argv = ['newsbrief', 'serve', '--port', '0', '--data-dir', {str(tmp_path)!r}]; main()"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "[E137]" in done.stderr and "newsbrief[serve]" in done.stderr and "Traceback" not in done.stderr
