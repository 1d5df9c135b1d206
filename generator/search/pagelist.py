"""Pagefind's page list made small: every query loads it, and its size grows with the site.

The list (``pagefind.<hash>.pf_meta``) names each page by the content hash of its fragment,
seven random hex digits that no compression shrinks: about 6.8 bytes a page gzipped, 230 KB of
every query at 35,000 pages. ``shorten`` renames the fragments to one tag for the bundle and a
running number (``3fa9c1_1f4``), which the list then holds at about 3.8 bytes a page. The tag is
a digest of the original names, so a new bundle never reuses a name for other content (a browser
may still hold the old file). Fragments are found by their name alone (``fragment/<name>.pf_fragment``);
the index chunks and filters refer to pages by their position, which does not change.

The list is CBOR (gzipped, after Pagefind's ``pagefind_dcd`` marker); the codec here covers
what the list holds. A bundle this module does not recognise is left as Pagefind made it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from typing import Any

MARKER = b"pagefind_dcd"
"""What Pagefind's compressed files start with once unzipped."""
_TAG = 6
"""Hex digits of the bundle's tag."""
_SIZES = ((24, 1), (25, 2), (26, 4), (27, 8))
"""CBOR's additional-information codes for 1, 2, 4 and 8-byte numbers."""
_SIZE_OF = dict(_SIZES)
_SIMPLE = {20: False, 21: True, 22: None}


class _Unknown(ValueError):
    """The bundle holds something this module does not read."""


def _decode(data: bytes, at: int) -> tuple[Any, int]:
    """The CBOR value at ``data[at:]`` and where it ends (numbers, strings, arrays, maps, simple values)."""
    major, info = data[at] >> 5, data[at] & 31
    at += 1
    if major == 7 and info in _SIMPLE:
        return _SIMPLE[info], at
    if info < 24:
        value = info
    else:
        size = _SIZE_OF.get(info)
        if size is None:
            raise _Unknown(f"CBOR code {data[at - 1]:#x}")
        value, at = int.from_bytes(data[at : at + size], "big"), at + size
    if major == 0:
        return value, at
    if major == 1:
        return -1 - value, at
    if major in (2, 3):
        chunk = data[at : at + value]
        return (chunk if major == 2 else chunk.decode("utf-8")), at + value
    if major in (4, 5):
        items = []
        for _ in range(value * (2 if major == 5 else 1)):
            item, at = _decode(data, at)
            items.append(item)
        return (items if major == 4 else dict(zip(items[::2], items[1::2], strict=True))), at
    raise _Unknown(f"CBOR major type {major}")


def _head(major: int, value: int) -> bytes:
    if value < 24:
        return bytes([major << 5 | value])
    code, size = next((c, s) for c, s in _SIZES if value < 1 << (8 * s))
    return bytes([major << 5 | code]) + value.to_bytes(size, "big")


def _encode(value: Any) -> bytes:
    """``value`` in CBOR, each number and length in its shortest form (as Pagefind writes it)."""
    if value is None or isinstance(value, bool):
        return bytes([0xE0 | next(k for k, v in _SIMPLE.items() if v is value)])
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return _head(3, len(raw)) + raw
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(map(_encode, value))
    if isinstance(value, dict):
        return _head(5, len(value)) + b"".join(_encode(k) + _encode(v) for k, v in value.items())
    raise _Unknown(f"no CBOR for {type(value).__name__}")


def _unpack(compressed: bytes) -> bytes:
    data = gzip.decompress(compressed)
    if not data.startswith(MARKER):
        raise _Unknown("no Pagefind marker")
    return data[len(MARKER) :]


def _renamed(meta: bytes) -> tuple[bytes, dict[str, str]]:
    """The page list ``meta`` (CBOR) with short page names, and the renaming (old -> new)."""
    value, end = _decode(meta, 0)
    if end != len(meta) or _encode(value) != meta:
        raise _Unknown("the page list does not read back as written")
    if not (isinstance(value, list) and len(value) > 1 and isinstance(value[1], list)):
        raise _Unknown("no page list")
    pages = value[1]
    if not all(isinstance(p, list) and p and isinstance(p[0], str) for p in pages):
        raise _Unknown("a page without a name")
    tag = hashlib.sha256("\n".join(p[0] for p in pages).encode("utf-8")).hexdigest()[:_TAG]
    names = {p[0]: f"{tag}_{i:x}" for i, p in enumerate(pages)}
    for page in pages:
        page[0] = names[page[0]]
    return _encode(value), names


def shorten(files: dict[str, bytes]) -> dict[str, bytes]:
    """The bundle ``files`` (path -> content) with short fragment names; as it was if not recognised."""
    try:
        entry = json.loads(files["pagefind-entry.json"])
        out = dict(files)
        for language in entry["languages"].values():
            old = f"pagefind.{language['hash']}.pf_meta"
            meta, names = _renamed(_unpack(out.pop(old)))
            for before, after in names.items():
                out[f"fragment/{after}.pf_fragment"] = out.pop(f"fragment/{before}.pf_fragment")
            packed = gzip.compress(MARKER + meta, compresslevel=9, mtime=0)
            prefix = language["hash"].split("_")[0]
            language["hash"] = f"{prefix}_{hashlib.sha256(packed).hexdigest()[:10]}"
            out[f"pagefind.{language['hash']}.pf_meta"] = packed
        out["pagefind-entry.json"] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except (_Unknown, KeyError, TypeError, ValueError, AttributeError, OSError, EOFError, IndexError):
        return files
    return out
