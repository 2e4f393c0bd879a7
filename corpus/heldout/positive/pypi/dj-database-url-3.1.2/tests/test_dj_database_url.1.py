# pyright: reportTypedDictNotRequiredAccess=false

import os
import re
import unittest
from unittest import mock
from urllib.parse import uses_netloc

import dj_database_url

POSTGIS_URL = "postgis://uf07k1i6d8ia0v:wegauwhgeuioweg@ec2-107-21-253-135.compute-1.amazonaws.com:5431/d8r82722r2kuvn"


class DatabaseTestSuite(unittest.TestCase):
    def test_postgres_parsing(self) -> None:
        url = dj_database_url.parse(
