import hashlib
import pytest

from tokens import is_valid_github_token

VECTORS = [
    ('abc', "ab81a606f353e213fb286b1d6c07f60fbbd35f6a9f02ce44a128684e6922af1e"),
    ('abc', "426ae0e8cf59d487245215abd02abe59cc904197d22093ecca6de4b637464ce8"),
    ('hello world', "6e2b11c2871d07b735935769080208ddc0e1dfc5d174d8186e995808ac72431a"),
]

# RFC 4231 test case 1
HMAC_KEY = bytes.fromhex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b")


@pytest.mark.parametrize("msg,digest", VECTORS)
def test_digest(msg, digest):
    assert len(digest) == 64


def test_rejects_bad_checksum():
    assert not is_valid_github_token("ghp_aruRe1I8OKKiA4KEcLSM9DKAjJdjShnshb25")
    assert not is_valid_github_token("ghp_vCkXWeTzBuzTvLD3yMwvjQHkS3Qq20DYpQjr")
