"""Which addresses a fetch may reach: every non-public range refused, checked at connect time."""

from __future__ import annotations

import ipaddress
import socket

import httpx
import pytest

from newsbrief.inputs import _address
from newsbrief.inputs._address import BlockedAddress, guarded_transport, is_blocked


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.45.6.7",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",
        "0.0.0.0",
        "100.64.0.1",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "2002:7f00:0001::",
    ],
)
def test_non_public_addresses_are_blocked(address: str) -> None:
    assert is_blocked(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.4.4", "2606:4700:4700::1111", "1.1.1.1"])
def test_public_addresses_pass(address: str) -> None:
    assert not is_blocked(ipaddress.ip_address(address))


def test_a_name_with_any_private_address_is_refused_before_connecting(monkeypatch: pytest.MonkeyPatch) -> None:
    connected: list[str] = []
    monkeypatch.setattr(_address, "resolve", lambda host, port: ["93.184.216.34", "127.0.0.1"])
    monkeypatch.setattr(
        _address.httpcore.SyncBackend, "connect_tcp", lambda self, host, *args, **kwargs: connected.append(host)
    )
    client = httpx.Client(transport=guarded_transport(allow_private_addresses=False))
    with client, pytest.raises(BlockedAddress) as caught:
        client.get("http://news.example/story")
    assert caught.value.address == "127.0.0.1"
    assert connected == []


def test_the_socket_connects_to_the_checked_address_not_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """A second DNS answer (rebinding) cannot matter: the connection uses the address that was checked."""
    connected: list[str] = []

    def refuse(self: object, host: str, *args: object, **kwargs: object) -> None:
        connected.append(host)
        raise _address.httpcore.ConnectError("closed")

    monkeypatch.setattr(_address, "resolve", lambda host, port: ["93.184.216.34"])
    monkeypatch.setattr(_address.httpcore.SyncBackend, "connect_tcp", refuse)
    client = httpx.Client(transport=guarded_transport(allow_private_addresses=False))
    with client, pytest.raises(httpx.ConnectError):
        client.get("http://news.example/story")
    assert connected == ["93.184.216.34"]


def test_a_name_that_does_not_resolve_is_a_connect_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_name(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(_address.socket, "getaddrinfo", no_such_name)
    client = httpx.Client(transport=guarded_transport(allow_private_addresses=False))
    with client, pytest.raises(httpx.ConnectError, match="could not be resolved"):
        client.get("http://no-such-host.invalid/")
