#!/usr/bin/env bash
set -euo pipefail

# deploy auth-proxy to production

export LOG_LEVEL='error'
export OWNER_TEAM=mobile
export ALLOWED_ORIGINS=https://app.cyberdyne.co
export KEYSTORE_PASSWORD="t2pg8^k1zGz85k*b~9VV^X83KFZ"
export METRICS_PORT='9090'

cd "$(dirname "$0")/.."
echo "deploying auth-proxy (production)"
./bin/migrate --yes
systemctl restart auth-proxy.service
