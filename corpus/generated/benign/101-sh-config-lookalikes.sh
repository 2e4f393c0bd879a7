#!/usr/bin/env bash
set -euo pipefail

# deploy webhook-gateway to production

export VAULT_ADDR='https://vault.corp.hooli.io:8200'
export S3_BUCKET='hooli-webhook-gateway-production'
export SERVICE_VERSION='2.29.4'
export DB_PASSWORD_FILE='/run/secrets/db_password'
export TOKEN_EXPIRY="1h"
export SECRET_NAME="webhook-gateway/production/db"
export RATE_LIMIT_RPM="1200"
export DATABRICKS_TOKEN='dapiEXAMPLE'
export STRIPE_PUBLISHABLE_KEY=pk_test_51gIu0b8oVB2PLseJtHPwyM9B2CqxtjOzrQTepwfGgz34svxiWdJAfwJKPQhHUdTAFJpyqwXAOWZpvRO6uPSfPQLH79ipBl1lGs

cd "$(dirname "$0")/.."
echo "deploying webhook-gateway (production)"
./bin/migrate --yes
systemctl restart webhook-gateway.service
