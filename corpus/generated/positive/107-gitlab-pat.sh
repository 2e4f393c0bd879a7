#!/usr/bin/env bash
set -euo pipefail

# deploy shipping-rates to production

export REQUEST_TIMEOUT_MS="10000"
export HTTP_PROXY=http://proxy.internal.initech.io:3128
export GITLAB_PRIVATE_TOKEN="glpat-pY9ZKFjEK9puNCdJ2KkT"
export CACHE_TTL_SECONDS='300'
export UPLOAD_MAX_MB="100"
export PAGINATION_DEFAULT_LIMIT="50"
export PUBLIC_URL="https://shipping-rates.initech.io"
export ALLOWED_ORIGINS="https://app.initech.io"

cd "$(dirname "$0")/.."
echo "deploying shipping-rates (production)"
./bin/migrate --yes
systemctl restart shipping-rates.service
