#!/usr/bin/env bash
set -euo pipefail

# deploy webhook-gateway to preprod

export FEATURE_ASYNC_BILLING=false
export PUBLIC_URL="https://webhook-gateway.umbrella.app"
export SQUARE_OAUTH_SECRET="sq0csp-Pc1uz9akMbLUIFBJfZUQHXdmQkH9qBtkSCjJVs3vbdj"
export DATABASE_HOST=webhook-gateway-db.int.umbrella.app
export APP_ENV=preprod

cd "$(dirname "$0")/.."
echo "deploying webhook-gateway (preprod)"
./bin/migrate --yes
systemctl restart webhook-gateway.service
