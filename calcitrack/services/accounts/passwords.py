"""Password hashing: argon2id with argon2-cffi's defaults (RFC 9106's second recommended
parameter set), rehashed at sign-in when the parameters change."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher()


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def password_matches(password_hash: str | None, password: str) -> bool:
    if password_hash is None:
        return False
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _HASHER.check_needs_rehash(password_hash)


def burn_time(password: str) -> None:
    """Spend as long as a real check, for a username that does not exist (so that the time a
    refusal takes does not tell whether the name is an account)."""
    password_matches(_dummy_hash(), password)


@cache
def _dummy_hash() -> str:
    return _HASHER.hash("calcitrack: no such account")
