#!/usr/bin/env bash
set -euo pipefail

# deploy shipping-rates to production

export SUPPORT_EMAIL=support@oscorp.net
export CACHE_TTL_SECONDS='60'
export REQUEST_TIMEOUT_MS=5000
export OWNER_TEAM='payments'
export WORKER_CONCURRENCY="16"
export TIMEZONE=Europe/Berlin
export UPLOAD_MAX_MB=25
export HEALTH_CHECK_PATH=/healthz
export GROQ_API_KEY="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"
export S3_BUCKET="oscorp-shipping-rates-production"

cd "$(dirname "$0")/.."
echo "deploying shipping-rates (production)"
./bin/migrate --yes
systemctl restart shipping-rates.service
