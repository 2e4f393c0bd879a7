        result["user_intent"]
        == "Looking up orders for [redacted] and calling [redacted] about a refund."
    )


@pytest.mark.parametrize(
    "label, intent, expected",
    [
        (
            "posthog-token-and-email",
            "Rotating token phc_123456789012345678901234567890 for user carol@example.org.",
            "Rotating token [redacted] for user [redacted].",
        ),
        # PII is stripped before the generic pass rewrites the URL: a rewritten
        # query percent-encodes `@`, and `email=alice%40example.com` no longer
        # looks like an email address. The host survives either way.
        (
            "email-inside-a-url",
            "Open https://example.com/?email=alice@example.com&token=fakesecret",
            "Open https://example.com/?email=%5Bredacted%5D&token=%5Bredacted%5D",
        ),
