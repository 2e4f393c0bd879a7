#!/usr/bin/env bash
set -euo pipefail

# deploy search-indexer to preprod

export OTEL_EXPORTER_OTLP_ENDPOINT='http://otel-collector.observability:4317'
export QUEUE_NAME='search-indexer-jobs'
export GRAFANA_CLOUD_API_KEY='glc_eyJvIjoiNzY0MzA3IiwibiI6InN0YWNrLTExMDk1OS1sb2dzLXdyaXRlLXN0YXR1cy1wYWdlIiwiayI6IjhKNlpPRVlDZ09MMzkzdUJXSVF6dGJ4MiIsIm0iOnsiciI6ImV1In19'
export METRICS_PORT='9090'
export TIMEZONE="Europe/Berlin"
export TLS_ENABLED=true
export DATABASE_POOL_SIZE=20
export API_BASE_URL='https://api.wonka.com/v2'

cd "$(dirname "$0")/.."
echo "deploying search-indexer (preprod)"
./bin/migrate --yes
systemctl restart search-indexer.service
