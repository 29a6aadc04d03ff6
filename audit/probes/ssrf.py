"""SSRF guard: refuse to connect to addresses inside the auditor's own network.

An inventory is untrusted input (a client's spreadsheet, a redirect chosen by the
audited site), so a URL must never make Siaga talk to loopback, the LAN or a cloud
metadata service. The guard resolves the name and checks *every* address against
an explicit deny list (`is_global` alone is not enough: it is True for multicast,
192.0.0.8, NAT64/6to4 spellings of 169.254.169.254 and ::127.0.0.1 -- FIELD-NOTES).
Numeric spellings (2130706433, 0177.0.0.1, 0x7f.1) are caught because the system
resolver turns them into the address that would really be dialled.

`net.py` runs `resolve()` inside the connection itself and dials the checked
address, so there is no window between check and connect (no DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

from urllib3.util import parse_url

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_DENIED_V4 = tuple(ipaddress.IPv4Network(n) for n in (
    "0.0.0.0/8",  # "this network", unspecified
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",  # RFC 1918
    "100.64.0.0/10",  # carrier-grade NAT (RFC 6598)
    "127.0.0.0/8",  # loopback
    "169.254.0.0/16",  # link-local, cloud metadata
    "192.0.0.0/24",  # IETF protocol assignments (RFC 6890)
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",  # documentation
    "192.88.99.0/24",  # 6to4 relay anycast
    "198.18.0.0/15",  # benchmarking
    "224.0.0.0/4",  # multicast
    "240.0.0.0/4",  # reserved, broadcast
))
_DENIED_V6 = tuple(ipaddress.IPv6Network(n) for n in (
    "::/128", "::1/128",  # unspecified, loopback
    "::/96",  # IPv4-compatible (deprecated; ::127.0.0.1)
    "64:ff9b:1::/48",  # local-use NAT64
    "100::/64",  # discard
    "2001::/32",  # Teredo (tunnels to an address we cannot see)
    "2001:2::/48", "2001:10::/28", "2001:db8::/32",  # benchmarking, ORCHID, documentation
    "fc00::/7",  # unique local
    "fe80::/10",  # link-local
    "fec0::/10",  # site-local (deprecated)
    "ff00::/8",  # multicast
))
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_SIXTOFOUR = ipaddress.IPv6Network("2002::/16")
_LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")


class Blocked(Exception):
    """The URL points at an address the guard refuses; the message names it.

    Not an OSError on purpose: urllib3 retries and rewraps OSErrors, this must surface as is.
    """


@dataclass(frozen=True)
class Guard:
    """Who may be dialled: `allow_private` lifts the guard; `allowed_hosts` exempts names.

    `allowed_hosts` exists so tests can allow their own 127.0.0.1 server and still
    prove that a redirect to 169.254.169.254 is refused; intranet audits can list hosts.
    """

    allow_private: bool = False
    allowed_hosts: frozenset[str] = frozenset()
    # name -> "address:port" dialled instead (curl's --resolve): the tests serve a platform's
    # real host name from loopback. The address is still checked like any other.
    pins: tuple[tuple[str, str], ...] = ()

    def exempt(self, host: str) -> bool:
        return self.allow_private or _clean(host) in self.allowed_hosts

    def dial(self, host: str, port: int) -> tuple[str, int]:
        """Where a connection to host:port really goes (itself unless pinned)."""
        pinned = dict(self.pins).get(_clean(host))
        if pinned is None:
            return host, port
        address, _, pinned_port = pinned.rpartition(":")
        return address.strip("[]"), int(pinned_port)


def _clean(host: str) -> str:
    return host.strip("[]").rstrip(".").lower()


def denied_reason(ip: IPAddress) -> str | None:
    """Why this address is refused, or None when it may be dialled."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped
        if embedded is None and (ip in _NAT64 or ip in _SIXTOFOUR):
            packed = ip.packed
            embedded = ipaddress.IPv4Address(packed[12:] if ip in _NAT64 else packed[2:6])
        if embedded is not None:
            inner = denied_reason(embedded)
            return f"it embeds {embedded}, which is {inner}" if inner else None
        networks: tuple = _DENIED_V6
    else:
        networks = _DENIED_V4
    for net in networks:
        if ip in net:
            return f"in the non-public range {net}"
    return None


def resolve(host: str, port: int, guard: Guard) -> list[str]:
    """Resolve `host` and return addresses safe to dial; raise Blocked if any is refused.

    Every address must pass: a name answering with one public and one private
    address is refused, since the system could pick either. socket.gaierror
    propagates for names that do not resolve.
    """
    name = _clean(host)
    exempt = guard.exempt(name)
    if not exempt and (name in _LOCAL_NAMES or name.endswith(".localhost")):
        raise Blocked(f"Refused to connect to {host}: it names this machine (localhost)")
    infos = socket.getaddrinfo(name, port, type=socket.SOCK_STREAM)
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not exempt:
        for address in addresses:
            reason = denied_reason(ipaddress.ip_address(address.split("%")[0]))
            if reason:
                raise Blocked(f"Refused to connect to {host}: it resolves to {address}, {reason}")
    return addresses


def check_url(url: str, allow_private: bool, allowed_hosts: frozenset[str] = frozenset()) -> None:
    """Raise Blocked when `url` would reach a refused address (ValueError if it has no host)."""
    guard = Guard(allow_private, allowed_hosts)
    if guard.allow_private:
        return
    parts = parse_url(url)  # the parser the connection uses, so both see the same host
    if not parts.host:
        raise ValueError(f"No host in URL {url!r}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    resolve(parts.host, port, guard)
