    KookMode,
    NotifyKook,
)

logging.disable(logging.CRITICAL)

# Attachment directory
TEST_VAR_DIR = os.path.join(os.path.dirname(__file__), "var")

# A realistic-looking fake bot token (no slashes so URL interpolation works)
BOT_TOKEN = "MTQ3OTE5MTA3MzQ1ODE4OTQ0ABC123XYZ"

# Fake channel / user IDs (numeric snowflakes)
CHANNEL_ID = "1234567890"
CHANNEL_ID2 = "9876543210"
USER_ID = "5555555555"

# Fake webhook key
WEBHOOK_KEY = "abc123webhookkey"


