
# A valid Webex room ID (base64url-like, 50 chars)
ROOM_ID = "Y2lzY29zcGFyazovL3VzL1JPTU9NLzEyMzQ1Njc4OTAxMjM0"
ROOM_ID2 = "Y2lzY29zcGFyazovL3VzL1JPTU9NL2FiY2RlZjEyMzQ1Njc4"

# Our Testing URLs
apprise_url_tests = (
    (
        "wxteams://",
        {
            # Token missing
            "instance": AppriseImproperlyConfigured,
        },
