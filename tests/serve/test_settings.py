"""The service's settings: defaults from the package, a user's file, the token from the environment, checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.errors import UsageError
from newsbrief.serve import ServeSettings
from newsbrief.serve._settings import default_data_dir, is_loopback


@pytest.fixture(autouse=True)
def no_user_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSBRIEF_CONFIG", raising=False)
    monkeypatch.delenv("NEWSBRIEF_TOKEN", raising=False)


def test_defaults_listen_on_loopback_without_a_token(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    settings = ServeSettings.load()
    assert settings.host == "127.0.0.1" and settings.token == "" and not settings.writes_need_token
    assert settings.data_dir == tmp_path / "newsbrief" == default_data_dir()
    assert settings.cors_origins == () and settings.allow_private_addresses is False
    settings.check_exposure()


def test_a_users_file_the_environment_and_options_are_laid_over(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = tmp_path / "newsbrief.toml"
    config.write_text(
        '[serve]\nport = 9000\nworkers = 3\ncors_origins = ["http://localhost:3000"]\ndata_dir = "~/briefs"\n'
    )
    monkeypatch.setenv("NEWSBRIEF_TOKEN", "from-env")
    settings = ServeSettings.load(config, port=9100, host=None)
    assert settings.port == 9100 and settings.workers == 3 and settings.host == "127.0.0.1"
    assert settings.cors_origins == ("http://localhost:3000",)
    assert settings.token == "from-env"
    assert settings.data_dir == Path("~/briefs").expanduser()


@pytest.mark.parametrize(
    ("values", "key"),
    [
        ({"port": 70000}, "port"),
        ({"port": "80"}, "port"),
        ({"workers": 0}, "workers"),
        ({"timeout": -1}, "timeout"),
        ({"max_body_bytes": 1.5}, "max_body_bytes"),
        ({"cors_origins": "*"}, "cors_origins"),
        ({"token": 1234}, "token"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_a_bad_setting_is_e134_naming_it(values: dict, key: str) -> None:
    with pytest.raises(UsageError, match=rf"\[E134\] Setting \[serve\] {key} "):
        ServeSettings.from_mapping(values)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.9.9.9", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("10.0.0.5", False),
        ("my-laptop.local", False),
    ],
)
def test_only_loopback_counts_as_this_machine(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_exposure_without_a_token_is_refused() -> None:
    with pytest.raises(UsageError, match=r"\[E132\].*0\.0\.0\.0"):
        ServeSettings(host="0.0.0.0").check_exposure()
    ServeSettings(host="0.0.0.0", token="t").check_exposure()
