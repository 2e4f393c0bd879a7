#!/usr/bin/env bash
set -euo pipefail

# deploy catalog to prod

export MAX_RETRIES='5'
export TRACING_SAMPLE_RATE='0.1'
export UPLOAD_MAX_MB=10
export CACHE_TTL_SECONDS=900
export HEALTH_CHECK_PATH='/healthz'
export RATE_LIMIT_RPM="1200"
export TLS_ENABLED=true
export OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector.observability:4317
export DATABASE_POOL_SIZE="20"
export FEATURE_NEW_CHECKOUT="true"
export API_BASE_URL=https://api.northwind.com/v3
export GH_INSTALLATION_TOKEN="ghs_NCSP8loaxrJsFebieJDi7cQLoo1LV80LEzcB"

cd "$(dirname "$0")/.."
echo "deploying catalog (prod)"
./bin/migrate --yes
systemctl restart catalog.service
