import pytest
import requests

from apprise import Apprise, NotifyFormat, NotifyType
from apprise.exception import AppriseImproperlyConfigured
from apprise.plugins.github import GitHubKind, NotifyGitHub

logging.disable(logging.CRITICAL)

# A fake access token
TOKEN = "github_pat_11ABCDEFG0123456789_abcdef"

# Reusable successful GraphQL response
GRAPHQL_OK = dumps(
    {
        "data": {
            "repository": {
                "id": "R_1",
                "discussion": {"id": "D_1"},
                "discussionCategories": {
                    "nodes": [
