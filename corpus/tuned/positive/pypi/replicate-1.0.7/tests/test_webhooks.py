    InvalidTimestampError,
    MissingWebhookBodyError,
    MissingWebhookHeaderError,
    WebhookSigningSecret,
)


@pytest.fixture
def webhook_signing_secret():
    # This is a test secret and should not be used in production
    return WebhookSigningSecret(key="whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")


@pytest.mark.asyncio
@pytest.mark.parametrize("async_flag", [True, False])
@respx.mock
async def test_get_webhook_secret(async_flag, webhook_signing_secret):
