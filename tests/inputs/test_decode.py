"""Bytes to text: encodings found, binary and oversized input refused with a clear code."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.inputs._decode import decode_bytes, read_file, read_stdin

CAFE = (
    "The café on Rue Dupré reopened on Friday. Its owner, Mrs Müller, said the façade "
    "had been repaired after the flood, and that the crème brûlée was back on the menu. "
    "Regulars from Zürich and Malmö queued before nine."
)


def test_utf8_is_read_as_is() -> None:
    assert decode_bytes(CAFE.encode("utf-8")) == CAFE


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_byte_order_marks_decide_the_encoding(encoding: str) -> None:
    data = CAFE.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + CAFE).encode(encoding)
    assert decode_bytes(data) == CAFE


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_is_recognised(encoding: str) -> None:
    assert decode_bytes(CAFE.encode(encoding)) == CAFE


def test_latin1_is_detected() -> None:
    assert decode_bytes(CAFE.encode("latin-1")) == CAFE


def test_windows_1252_is_preferred_to_look_alike_code_pages() -> None:
    text = "The mayor\u2019s café reopened \u2014 its crème brûlée is back, she said. Déjà vu for regulars."
    assert decode_bytes(text.encode("cp1252")) == text


def test_a_declared_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    text = "Мэр Истпорта сказал, что паром отправился вовремя, а рыбаки вышли в море."
    assert decode_bytes(text.encode("cp1251"), charset="windows-1251") == text
    page = f'<html><head><meta charset="koi8-r"></head><body><p>{text}</p></body></html>'
    assert decode_bytes(page.encode("koi8-r")) == page


def test_a_wrong_declared_charset_does_not_spoil_utf8() -> None:
    assert decode_bytes(CAFE.encode("utf-8"), charset="iso-8859-1") == CAFE


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + zlib.compress(b"x" * 100), "a ZIP archive"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image"),
        (b"\x1f\x8b\x08\x00" + bytes(20), "a gzip-compressed file"),
        (b"The ferry left.\x00\x00\x01\x02 and then binary", "NUL bytes"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 30 + b"a few words", "control characters"),
    ],
)
def test_binary_input_is_e002_and_says_what_it_looks_like(data: bytes, kind: str) -> None:
    with pytest.raises(InputError, match=r"\[E002\]") as caught:
        decode_bytes(data)
    assert kind in str(caught.value)


def test_a_mark_followed_by_invalid_bytes_is_e004() -> None:
    with pytest.raises(InputError, match=r"\[E004\].*utf-8"):
        decode_bytes(b"\xef\xbb\xbfThe ferry \xff\xfe\xfd left.")


def test_file_over_the_cap_is_e003_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    with pytest.raises(InputError, match=r"\[E003\] The input is 5,000 bytes, over the limit of 1,000"):
        read_file(path, "long.txt", max_bytes=1000)
    assert read_file(path, "long.txt", max_bytes=5000) == path.read_bytes()


def test_a_folder_read_as_a_file_is_e007(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"\[E007\] 'news'"):
        read_file(tmp_path, "news", max_bytes=100_000)


def test_stdin_over_the_cap_is_e071() -> None:
    assert read_stdin(100, io.BytesIO(b"x" * 100)) == b"x" * 100
    with pytest.raises(InputError, match=r"\[E071\].*100 bytes"):
        read_stdin(100, io.BytesIO(b"x" * 101))
