import time
import unittest

from messagebird.signed_request import SignedRequest

SIGNING_KEY = 'PlLrKaqvZNRR5zAjm42ZT6q1SQxgbbGd'


class TestMessage(unittest.TestCase):

    def test_signed_request_withou_body(self):
        query = {
            'recipient': '31612345678',
            'reference': 'FOO',
            'statusDatetime': '2019-01-11T09:17:11+00:00',
