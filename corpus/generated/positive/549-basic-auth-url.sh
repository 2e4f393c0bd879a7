#!/usr/bin/env bash
set -euo pipefail

# deploy support-bot to prod

export ELASTICSEARCH_URL="https://etl:8j8Kx~5l~KWRpk1R9lXM0@hooks.initech.app/ingest/v1"
export ALLOWED_ORIGINS="https://app.vandelay.io"
export PAGINATION_DEFAULT_LIMIT='50'
export SERVICE_VERSION="2.2.3"
export RATE_LIMIT_RPM='300'
export APP_NAME=support-bot
export HTTP_PROXY='http://proxy.internal.vandelay.io:3128'
export PORT="8080"
export MAX_RETRIES='3'
export CACHE_TTL_SECONDS="3600"
export S3_BUCKET="vandelay-support-bot-prod"

cd "$(dirname "$0")/.."
echo "deploying support-bot (prod)"
./bin/migrate --yes
systemctl restart support-bot.service
