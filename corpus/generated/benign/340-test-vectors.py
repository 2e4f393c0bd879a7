import hashlib
import pytest

from tokens import is_valid_github_token

VECTORS = [
    ('', "a307bc4ef60ad4685365df60be00f49d234fd29b3f4eee4b79a840639dc2ffcb"),
    ('The quick brown fox', "884379b216cff40afe2cb3adcabfce3eb9e517f8935cae24722c0cbfd176cf87"),
    ('hello world', "350663e8d6448a643cb09dea1a02a9c15a83341749f347b25263d69669f21fb0"),
]

# RFC 4231 test case 1
HMAC_KEY = bytes.fromhex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b")


@pytest.mark.parametrize("msg,digest", VECTORS)
def test_digest(msg, digest):
    assert len(digest) == 64


def test_rejects_bad_checksum():
    assert not is_valid_github_token("gho_e88HJ0TbSwYcFkuDcJfzFrPFfW3TZMgW4WWc")
    assert not is_valid_github_token("npm_xxGx88bkpiPac5hrFJmJAJMQ2wnafJxBV6VV")
