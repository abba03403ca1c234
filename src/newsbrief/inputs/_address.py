"""Which addresses a fetch may connect to, checked at connect time.

The guard sits in the connection itself: the host name is resolved once, every
address it resolves to is checked, and the socket connects to a checked address.
A name that resolves to a public address when checked and to a private one when
used (DNS rebinding) has no second resolution to exploit.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

__all__ = ["BlockedAddress", "guarded_transport", "is_blocked"]

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class BlockedAddress(Exception):
    """A host resolved to an address that fetches may not reach."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(f"{host} resolves to {address}")
        self.host = host
        self.address = address


def is_blocked(address: Address) -> bool:
    """True for loopback, private, link-local, unspecified, multicast, reserved or otherwise non-global addresses."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo[1] if address.teredo else None)
        if embedded is not None and is_blocked(embedded):
            return True
    return (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_unspecified
        or address.is_multicast
        or address.is_reserved
        or not address.is_global
    )


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to, for a TCP connection to `port`."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise httpcore.ConnectError(f"the name '{host}' could not be resolved ({exc})") from None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class _GuardedBackend(httpcore.SyncBackend):
    """Connects only to checked addresses, and to the very address that was checked."""

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve(host, port)
        for text in addresses:
            if is_blocked(ipaddress.ip_address(text.split("%", 1)[0])):
                raise BlockedAddress(host, text)
        failure: httpcore.ConnectError | httpcore.ConnectTimeout | None = None
        for text in addresses:
            try:
                return super().connect_tcp(text, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        raise failure if failure is not None else httpcore.ConnectError(f"'{host}' has no address")


def guarded_transport(*, allow_private_addresses: bool) -> httpx.HTTPTransport:
    """An HTTP transport that refuses non-public addresses unless they are allowed; no proxies from the environment."""
    transport = httpx.HTTPTransport(trust_env=False)
    if not allow_private_addresses:
        # httpx builds its pool without a backend argument; rebuild it with the guarded one.
        transport._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            network_backend=_GuardedBackend(),
        )
    return transport
