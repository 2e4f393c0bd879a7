#!/usr/bin/env bash
set -euo pipefail

# deploy status-page to preprod

export TLS_ENABLED=true
export OTEL_EXPORTER_OTLP_ENDPOINT="http://otel-collector.observability:4317"
export APP_NAME="status-page"
export METRICS_PORT=9090
export FEATURE_BETA_SEARCH=true
export SMTP_PORT="465"
export HEALTH_CHECK_PATH='/healthz'
export MAX_RETRIES='3'
export HTTP_PROXY="http://proxy.corp.wonka.io:3128"
export SERVICE_VERSION=4.28.0
export UV_PUBLISH_TOKEN="pypi-AgEIcHlwaS5vcmcCJDI5NzBhODU0LWIzYjUtNGE0NC1hMzk4LTcwNzU4MGU3OGUxMAACJXsidmVyc2lvbiI6IDEsICJwZXJtaXNzaW9ucyI6ICJ1c2VyIn0AAAYgEMDYOnCmW1JyrQoX7CWbQN0TKwBy1zzI_RNPqGyolsE"

cd "$(dirname "$0")/.."
echo "deploying status-page (preprod)"
./bin/migrate --yes
systemctl restart status-page.service
