import hashlib
import pytest

from tokens import is_valid_github_token

VECTORS = [
    ('hello world', "fd38ebbbaa18bc5cf96cb7bda437ec529e9534a6e84da1e98f83a1ee818cb879"),
    ('', "c994df5f77a059a51f5df24c8ce21bceebb515ad46642a2b940ea2a732c77587"),
    ('The quick brown fox', "23b8fa5891b5934b97b59c751843e10ffc3387af38ab0a6ac157f847436b62da"),
]

# RFC 4231 test case 1
HMAC_KEY = bytes.fromhex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b")


@pytest.mark.parametrize("msg,digest", VECTORS)
def test_digest(msg, digest):
    assert len(digest) == 64


def test_rejects_bad_checksum():
    assert not is_valid_github_token("ghp_HtEIzE3lj6sVgd4xzEHZJD41Xn8oiLHjwyGi")
    assert not is_valid_github_token("npm_TLYnEiRWoH7Wnx79JNRxCYzgm6euCm9IchCQ")
