from apprise.plugins import simplepush
from apprise.plugins.simplepush import (
    NOTIFY_SIMPLEPUSH_ENCRYPTION,
    NotifySimplePush,
)

logging.disable(logging.CRITICAL)

# A key wrap made with libsodium in JavaScript, the way the Simplepush CLI
# wraps organization keys to an integration token
SEED = "RfD2e8N6R92NKuRlF1RHlK7HHe3g2-3pGtdcuc9hOw8"
SPI = "spi_cred." + SEED
