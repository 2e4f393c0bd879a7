import hashlib
import pytest

from tokens import is_valid_github_token

VECTORS = [
    ('hello world', "b53c652ad2ff4ad092a08469b47035691d1a2dd36a06bc87bd35e64d401a734d"),
    ('', "c7842c7d105ab65d9d17d53d7d1a89afdebcb7bd97c79245d95d346f9cc55afa"),
    ('', "146561937d00d9a4c7c6f7c8f6280b2df3164b4ff38887e1709a55e42fe28120"),
]

# RFC 4231 test case 1
HMAC_KEY = bytes.fromhex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b")


@pytest.mark.parametrize("msg,digest", VECTORS)
def test_digest(msg, digest):
    assert len(digest) == 64


def test_rejects_bad_checksum():
    assert not is_valid_github_token("npm_BmcDLtfoHnNA6MaOnILkzNe4sfFccB3vLvAD")
    assert not is_valid_github_token("gho_6bvN3S7TxodeqdQUeGHlP0PIlWhRyhqVqill")
