import hashlib
import pytest

from tokens import is_valid_github_token

VECTORS = [
    ('The quick brown fox', "5a3a598ae8760a39f9c2928e04c2f8a1c29e329b535b3b1b1a7203bbeb189301"),
    ('', "036c47585fec54b8f2df7184e8e1c1ba7c3bd49976bd1513f7c86df42e9ee04d"),
    ('The quick brown fox', "e0d97f804e70d37d3bffff01eac1369d0b69133f47385597c02b8700564ff862"),
]

# RFC 4231 test case 1
HMAC_KEY = bytes.fromhex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b")


@pytest.mark.parametrize("msg,digest", VECTORS)
def test_digest(msg, digest):
    assert len(digest) == 64


def test_rejects_bad_checksum():
    assert not is_valid_github_token("npm_aHDJIIj8Lx6EKDMaF4fm3YnQOMhEWIiAS2yT")
    assert not is_valid_github_token("npm_QSzPsmjQb5qNzfxdh2Do5GWAduPqthQlyz9f")
