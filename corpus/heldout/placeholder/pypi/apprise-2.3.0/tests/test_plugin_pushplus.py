    PUSHPLUS_CHANNEL_DEFAULT,
    PUSHPLUS_CHANNELS,
    PUSHPLUS_FORMAT_MAP,
    NotifyPushplus,
    PushPlusChannel,
)

logging.disable(logging.CRITICAL)

# A 32-character token used throughout the tests (minimum valid length)
GOOD_TOKEN = "abc123def456ghi789jkl012mno345pq"

# A 64-character token (upper boundary of the allowed length range)
LONG_TOKEN = "a" * 64

# PushPlus always returns HTTP 200; success/failure lives in the JSON body
GOOD_RESPONSE = dumps({"code": 200, "msg": "ok", "data": "msgid"})
BAD_RESPONSE = dumps({"code": 907, "msg": "Token does not exist."})

# Our Testing URLs
apprise_url_tests = (
