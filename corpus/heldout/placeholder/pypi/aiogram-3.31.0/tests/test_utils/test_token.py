from unittest.mock import patch

import pytest

from aiogram.utils.token import TokenValidationError, extract_bot_id, validate_token

BOT_ID = 123456789
VALID_TOKEN = "123456789:AABBCCDDEEFFaabbccddeeff-1234567890"
INVALID_TOKENS = [
    "123456789:AABBCCDDEEFFaabbccddeeff 123456789",  # space is exists
