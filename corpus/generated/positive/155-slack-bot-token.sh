#!/usr/bin/env bash
set -euo pipefail

# deploy report-builder to prod

export PUBLIC_URL=https://report-builder.initech.app
export REQUEST_TIMEOUT_MS=5000
export QUEUE_NAME=report-builder-jobs
export OTEL_EXPORTER_OTLP_ENDPOINT='http://otel-collector.observability:4317'
export PORT=5000
export TRACING_SAMPLE_RATE='0.1'
export S3_BUCKET="initech-report-builder-prod"
export HEALTH_CHECK_PATH=/healthz
export RATE_LIMIT_RPM='300'
export DATABASE_POOL_SIZE="5"
export SLACK_BOT_TOKEN="xoxb-54277761490-4626883033062-PqSRqAwvFjU01TrBZVbyUvd6"
export DATABASE_HOST=report-builder-db.internal.initech.app

cd "$(dirname "$0")/.."
echo "deploying report-builder (prod)"
./bin/migrate --yes
systemctl restart report-builder.service
