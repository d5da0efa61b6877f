"""Signed anchors (issue 13): an administrator's Ed25519 key signs the anchors exported with
``qabyldau audit anchor --sign KEYFILE``, so that an anchor file cannot be rewritten to match a
recomputed chain without the administrator's key.

The private key never enters the store: ``qabyldau audit key --out KEYFILE`` writes it to a file
the administrator keeps (a USB stick), PEM, PKCS#8, encrypted with a passphrase of at least 8
characters (the `cryptography` package's best available encryption).  The public key is
registered in the store's settings (``anchor_keys``, an audited row with its event), with its
fingerprint — the first 32 hex digits of the SHA-256 of the raw public key, shown in groups of
four — which the administrator writes down to compare with what ``audit verify`` reports.

A signed anchor is the anchor document plus ``signature``: ``{"alg": "ed25519", "key":
fingerprint, "by": login, "value": base64}`` over the document without ``signature`` as
canonical JSON (keys sorted, no spaces, UTF-8)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from db import events
from db.store import Store
from kiosk.errors import InputError
from kiosk.safe_write import write_atomic
from kiosk.staff import Employee, require

__all__ = ["new_key", "registered_keys", "load_private_key", "sign_document",
           "check_signature", "fingerprint", "SETTING", "MIN_PASSPHRASE"]

SETTING = "anchor_keys"
MIN_PASSPHRASE = 8
_KEY_FILE_MAX = 64_000


def fingerprint(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    digest = hashlib.sha256(raw).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def _public_from_text(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(text))


def registered_keys(store: Store) -> dict[str, dict[str, Any]]:
    """fingerprint -> {login, public_key (base64 raw), added_at} of the office's anchor keys."""
    value = store.get_setting(SETTING, []) or []
    return {k["fingerprint"]: k for k in value if isinstance(k, dict) and "fingerprint" in k}


def new_key(store: Store, by: Employee, out: str | Path, passphrase: str,
            now: dt.datetime) -> str:
    """Make a key pair: the private key to ``out`` (encrypted with ``passphrase``), the public
    key registered in the store with an event.  Returns the fingerprint."""
    require(by, "settings")
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputError("passphrase", "anchor.passphrase_short", min=MIN_PASSPHRASE)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    public = key.public_key()
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    fp = fingerprint(public)
    at = now.replace(microsecond=0).isoformat(sep=" ")
    path = write_atomic(out, pem)
    path.chmod(0o600)
    with store.write():
        keys = [k for k in (store.get_setting(SETTING, []) or []) if isinstance(k, dict)]
        keys.append({"fingerprint": fp, "login": by.login,
                     "public_key": base64.b64encode(raw).decode("ascii"), "added_at": at})
        store.put_setting(SETTING, keys)
        events.append_event(store, "anchor_key_added", at, employee=by.login,
                            data={"fingerprint": fp}, rows=[("settings", SETTING)])
    return fp


def load_private_key(path: str | Path, passphrase: str) -> Ed25519PrivateKey:
    """The administrator's key from its file; a wrong passphrase or a file that is not such a
    key is an InputError naming it."""
    p = Path(path)
    try:
        if p.stat().st_size > _KEY_FILE_MAX:
            raise InputError("key", "anchor.not_a_key", path=str(p))
        data = p.read_bytes()
    except OSError:
        raise InputError("key", "anchor.no_key_file", path=str(p)) from None
    if b"ENCRYPTED PRIVATE KEY" not in data:
        raise InputError("key", "anchor.not_a_key", path=str(p))
    try:
        key = serialization.load_pem_private_key(data, passphrase.encode("utf-8"))
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise InputError("passphrase", "anchor.bad_passphrase", path=str(p)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError("key", "anchor.not_a_key", path=str(p))
    return key


def _canonical(document: dict[str, Any]) -> bytes:
    body = {k: v for k, v in document.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def sign_document(store: Store, by: Employee, document: dict[str, Any],
                  key: Ed25519PrivateKey) -> dict[str, Any]:
    """The anchor document with its signature; the key must be one the office registered."""
    require(by, "settings")
    fp = fingerprint(key.public_key())
    if fp not in registered_keys(store):
        raise InputError("key", "anchor.unknown_key", fingerprint=fp)
    value = base64.b64encode(key.sign(_canonical(document))).decode("ascii")
    return {**document, "signature": {"alg": "ed25519", "key": fp, "by": by.login,
                                      "value": value}}


def check_signature(document: dict[str, Any],
                    keys: dict[str, dict[str, Any]]) -> tuple[str | None, str | None]:
    """(fingerprint, None) when ``document`` carries a good signature by a registered key;
    (None, None) when it carries none; (None, why) when it is bad."""
    sig = document.get("signature")
    if sig is None:
        return None, None
    if not isinstance(sig, dict) or sig.get("alg") != "ed25519" \
            or not isinstance(sig.get("value"), str) or not isinstance(sig.get("key"), str):
        return None, "the signature is not an Ed25519 signature of this program"
    entry = keys.get(sig["key"])
    if entry is None:
        return None, f"signed by key {sig['key']}, which is not one of the office's"
    try:
        _public_from_text(entry["public_key"]).verify(base64.b64decode(sig["value"]),
                                                      _canonical(document))
    except (InvalidSignature, ValueError):
        return None, "the signature does not match: the anchor file was changed after signing"
    return sig["key"], None
