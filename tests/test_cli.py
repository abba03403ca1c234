"""The `newsbrief` command: the input flags of `brief`, and errors as one line with a code and exit status."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from inputs._server import local_server, page

from newsbrief.cli import cli

GERMAN = (
    "Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Fluss für acht Monate zu sperren, "
    "nachdem Ingenieure Rost in zwei der Hauptträger gefunden hatten. Autofahrer müssen die Küstenstraße nehmen."
)
STORY = "<html><body><p>The ferry left Eastport on time on Tuesday, the harbour master said.</p></body></html>"


def test_any_language_lets_a_foreign_article_through(tmp_path: Path) -> None:
    path = tmp_path / "brücke.txt"
    path.write_text(GERMAN, encoding="utf-8")
    refused = CliRunner().invoke(cli, ["brief", str(path)])
    assert refused.exit_code == 2
    assert "[E008]" in refused.output and "Traceback" not in refused.output
    accepted = CliRunner().invoke(cli, ["brief", "--any-language", str(path)])
    assert accepted.exit_code == 0 and "Brücke" in accepted.output


@pytest.mark.network
def test_allow_private_addresses_lets_a_loopback_url_through() -> None:
    with local_server({"/story": page(STORY)}) as url:
        refused = CliRunner().invoke(cli, ["brief", f"{url}/story"])
        accepted = CliRunner().invoke(cli, ["brief", "--allow-private-addresses", f"{url}/story"])
    assert refused.exit_code == 4 and "[E011]" in refused.output
    assert accepted.exit_code == 0 and "The ferry left Eastport" in accepted.output
