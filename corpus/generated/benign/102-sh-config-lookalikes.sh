#!/usr/bin/env bash
set -euo pipefail

# deploy user-profile to qa

export TLS_ENABLED="true"
export PIP_INDEX_URL=https://pypi.int.hooli.app/simple/
export FEATURE_BETA_BILLING=true
export TIMEZONE='America/New_York'
export ALLOWED_ORIGINS=https://app.hooli.app
export DEFAULT_LOCALE='fr-FR'
export WORKER_CONCURRENCY=16
export SHOPIFY_SHARED_SECRET="${SHOPIFY_SHARED_SECRET:?SHOPIFY_SHARED_SECRET must be set}"
export FEATURE_FLAGS_ETAG='W/"7a07087980b3b0da5ccfc8c72d277285"'
export DYNATRACE_API_TOKEN="${DYNATRACE_API_TOKEN:?DYNATRACE_API_TOKEN must be set}"
export KAFKA_BROKERS=kafka-0.int.hooli.app:9092,kafka-1.int.hooli.app:9092
export DOCKER_PASSWORD="dckr_pat_XXXXXXXXXXXXXXXXXXXXXXXX"
export REQUEST_TIMEOUT_MS='5000'

cd "$(dirname "$0")/.."
echo "deploying user-profile (qa)"
./bin/migrate --yes
systemctl restart user-profile.service
