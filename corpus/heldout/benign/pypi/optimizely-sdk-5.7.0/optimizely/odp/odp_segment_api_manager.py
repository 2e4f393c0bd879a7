
import requests
from requests.exceptions import RequestException, ConnectionError, Timeout, JSONDecodeError

from optimizely import logger as optimizely_logger
from optimizely.helpers.enums import Errors, OdpSegmentApiConfig

"""
 ODP GraphQL API
 - https://api.zaius.com/v3/graphql
 - test ODP public API key = "W4WzcEs-ABgXorzY7h1LCQ"


 [GraphQL Request]

 # fetch info with fs_user_id for ["has_email", "has_email_opted_in", "push_on_sale"] segments
 curl -i -H 'Content-Type: application/json' -H 'x-api-key: W4WzcEs-ABgXorzY7h1LCQ' -X POST -d
 '{"query":"query {customer(fs_user_id: \"tester-101\") {audiences(subset:[\"has_email\",
 \"has_email_opted_in\", \"push_on_sale\"]) {edges {node {name state}}}}}"}' https://api.zaius.com/v3/graphql
 # fetch info with vuid for ["has_email", "has_email_opted_in", "push_on_sale"] segments
 curl -i -H 'Content-Type: application/json' -H 'x-api-key: W4WzcEs-ABgXorzY7h1LCQ' -X POST -d
