from apprise.exception import AppriseImproperlyConfigured
from apprise.plugins.squadcast import (
    NotifySquadcast,
    SquadcastAction,
    SquadcastRegion,
)

logging.disable(logging.CRITICAL)

# A realistic webhook key
KEY = "7f550a9f4c44173a37664d938f1355f0f92a47a7"

# Our Testing URLs
apprise_url_tests = (
    (
        "squadcast://",
        {
            # No webhook key specified
            "instance": AppriseImproperlyConfigured,
        },
    ),
