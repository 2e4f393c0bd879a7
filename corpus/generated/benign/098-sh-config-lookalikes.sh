#!/usr/bin/env bash
set -euo pipefail

# deploy geo-lookup to qa

export KEYSTORE_PASSWORD="${KEYSTORE_PASSWORD:?KEYSTORE_PASSWORD must be set}"
export OTEL_EXPORTER_OTLP_ENDPOINT='http://otel-collector.observability:4317'
export TLS_ENABLED="true"
export AWS_ACCESS_KEY_ID="AKIAIOSFODNN7EXAMPLE"
export PORT='3000'
export NEXT_PUBLIC_STRIPE_KEY=pk_live_nDYfu9BhDLMVVkn0u8mfgoRD
export PRIMARY_COLOR='#08c46e'
export SMTP_PORT=587
export REDIS_URL=redis://cache.corp.piedpiper.co:6379/2
export AWS_SECRET_ACCESS_KEY="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
export GITHUB_TOKEN="ghp_************************************"
export SUPPORT_EMAIL="support@piedpiper.co"
export OWNER_TEAM="payments"

cd "$(dirname "$0")/.."
echo "deploying geo-lookup (qa)"
./bin/migrate --yes
systemctl restart geo-lookup.service
