"""Bytes to text: size caps, binary refusal and encoding detection.

Order of trust: a byte-order mark, then strict UTF-8 (other encodings rarely
form valid UTF-8 by chance), then a declared charset (HTTP header, XML
declaration, HTML meta tag), then charset-normalizer's best guess.
"""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path
from typing import BinaryIO

import charset_normalizer

from ..errors import InputError, error

__all__ = ["decode_bytes", "read_file", "read_stdin"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word, Excel or EPUB file)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x7fELF", "a Linux program"),
    (b"MZ", "a Windows program"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg audio or video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"\x00asm", "a WebAssembly module"),
)

_DECLARED = re.compile(
    rb"""<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)|<meta[^>]*?charset\s*=\s*["']?([\w.:-]+)""",
    re.IGNORECASE,
)
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B} | {0x7F}
_SAMPLE = 8192
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
_WESTERN_MARGIN = 0.1


def read_file(path: Path, shown: str, max_bytes: int) -> bytes:
    """The bytes of the file at `path` (named `shown` in messages), refused over `max_bytes`."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise error(InputError, "E003", size=size, limit=max_bytes)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise error(InputError, "E007", path=shown, detail=exc.strerror or exc) from None
    if len(data) > max_bytes:  # the file grew while it was read
        raise error(InputError, "E003", size=len(data), limit=max_bytes)
    return data


def read_stdin(max_bytes: int, stream: BinaryIO | None = None) -> bytes:
    """Standard input, refused once it goes past `max_bytes`."""
    data = (stream or sys.stdin.buffer).read(max_bytes + 1)
    if len(data) > max_bytes:
        raise error(InputError, "E071", limit=max_bytes)
    return data


def _binary_kind(data: bytes) -> str | None:
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}[data[8:12]]
    if data[4:8] == b"ftyp":
        return "an MP4 or QuickTime video"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' or '-be' when every other byte is NUL, as in mostly-ASCII UTF-16 text."""
    pairs = len(sample) // 2
    if pairs < 8 or len(sample) % 2:
        return None
    low_nul = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0)
    high_nul = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0)
    if low_nul >= 0.9 * pairs and high_nul == 0:
        return "utf-16-le"
    if high_nul >= 0.9 * pairs and low_nul == 0:
        return "utf-16-be"
    return None


def _declared(data: bytes, charset: str | None) -> list[str]:
    names = [charset] if charset else []
    match = _DECLARED.search(data[:4096])
    if match:
        names.append((match.group(1) or match.group(2)).decode("ascii"))
    return [name for name in names if _known_codec(name)]


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def decode_bytes(data: bytes, *, charset: str | None = None) -> str:
    """`data` as text; `charset` is what the sender declared (e.g. an HTTP header), if anything.

    Raises E002 for binary data and E004 when no text encoding fits.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise error(InputError, "E004", detail=f"it starts with a {encoding} mark but {exc.reason}") from None
    kind = _binary_kind(data)
    if kind:
        raise error(InputError, "E002", detail=f"it looks like {kind}")
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        utf16 = _utf16_without_bom(sample)
        if utf16 is None:
            raise error(InputError, "E002", detail="it contains NUL bytes")
        try:
            return data.decode(utf16)
        except UnicodeDecodeError as exc:
            raise error(InputError, "E004", detail=f"{utf16}: {exc.reason}") from None
    if sample and sum(byte in _CONTROL for byte in sample) > 0.1 * len(sample):
        raise error(InputError, "E002", detail="more than a tenth of its bytes are control characters")
    for encoding in ["utf-8", *_declared(data, charset)]:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return _guess(data)


def _guess(data: bytes) -> str:
    """charset-normalizer's guess, leaning to Western European (cp1252) when it fits about as well.

    Its close calls between Western and Central or Baltic code pages are ties in
    its own scores; for English news the Western one is right far more often.
    """
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise error(InputError, "E004", detail="no text encoding fits its bytes")
    best = min(matches, key=lambda match: match.chaos)
    for match in matches:
        if match.encoding in _WESTERN and match.chaos <= best.chaos + _WESTERN_MARGIN:
            return str(match)
    return str(best)
