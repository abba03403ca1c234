"""Read options: the settings, a caller's overrides laid over them."""

from __future__ import annotations

from newsbrief.inputs._options import read_options

SETTINGS = {
    "input": {"max_bytes": 1234, "english_only": True, "feed_min_words": 40},
    "fetch": {"timeout": 3.5, "max_redirects": 2, "allow_private_addresses": False, "user_agent": "nb/{version}"},
}


def test_settings_are_the_defaults() -> None:
    options = read_options(settings=SETTINGS)
    assert (options.max_bytes, options.timeout, options.max_redirects, options.feed_min_words) == (1234, 3.5, 2, 40)
    assert not options.allow_private_addresses and not options.any_language
    assert options.user_agent.startswith("nb/") and "{" not in options.user_agent


def test_the_caller_overrides_limits_and_widens_permissions() -> None:
    options = read_options(
        max_bytes=99, timeout=0.5, allow_private_addresses=True, any_language=True, settings=SETTINGS
    )
    assert (options.max_bytes, options.timeout, options.allow_private_addresses, options.any_language) == (
        99,
        0.5,
        True,
        True,
    )


def test_settings_can_allow_private_addresses_and_any_language() -> None:
    wide = {"input": {"english_only": False}, "fetch": {"allow_private_addresses": True}}
    options = read_options(settings=wide)
    assert options.allow_private_addresses and options.any_language


def test_the_shipped_settings_load() -> None:
    options = read_options()
    assert options.max_bytes > 0 and options.timeout > 0 and options.max_redirects >= 1
