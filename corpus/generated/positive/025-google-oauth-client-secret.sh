#!/usr/bin/env bash
set -euo pipefail

# deploy payments to qa

export REQUEST_TIMEOUT_MS="2000"
export SMTP_HOST=smtp.blackmesa.net
export OAUTH_CLIENT_SECRET='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'
export AWS_REGION="eu-west-1"
export TLS_ENABLED='true'
export SERVICE_VERSION='4.11.11'
export LOG_LEVEL=debug
export JWT_ISSUER=https://auth.blackmesa.net/
export WORKER_CONCURRENCY='8'
export FEATURE_ASYNC_BILLING=false

cd "$(dirname "$0")/.."
echo "deploying payments (qa)"
./bin/migrate --yes
systemctl restart payments.service
