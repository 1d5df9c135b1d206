"""Bytes to article text: BOMs, UTF-16, legacy encodings, newlines, control characters, binary files."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (  # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b", b"MZ")
_CONTROL = "[\x00-\x08\x0e-\x1f\x7f]"
_CONTROL_TEXT, _CONTROL_BYTES = re.compile(_CONTROL), re.compile(_CONTROL.encode("ascii"))
_SAMPLE = 8192
_MAX_CONTROL_RATIO = 0.05
_SCRUB = {c: " " for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029)}


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can recognise (a binary file)."""


def _looks_binary(sample: bytes | str) -> bool:
    if isinstance(sample, bytes) and sample.startswith(_MAGIC):
        return True
    head = sample[:_SAMPLE]
    controls = len((_CONTROL_BYTES if isinstance(head, bytes) else _CONTROL_TEXT).findall(head))  # type: ignore[arg-type]
    return bool(head) and controls / len(head) > _MAX_CONTROL_RATIO


def normalise(text: str) -> str:
    """Newlines as Python's text mode reads them; control characters as spaces (same length, same offsets)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_SCRUB)


def decode(data: bytes) -> str:
    """Decode an input file: BOM first, then strict UTF-8, then a detected legacy encoding.

    A BOM is dropped. For UTF-8 input the result equals ``open(path, encoding="utf-8").read()``
    except that control characters become spaces, so offsets into either text agree.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as err:
                raise UndecodableError(f"invalid {codec} after its byte-order mark") from err
            break
    else:
        if _looks_binary(data):
            raise UndecodableError("binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            best = from_bytes(data).best()
            if best is None:
                raise UndecodableError("binary file or unknown encoding") from None
            text = str(best)
    if _looks_binary(text):
        raise UndecodableError("binary file, not text")
    return normalise(text)
