#!/usr/bin/env bash
set -euo pipefail

# deploy report-builder to preprod

export DATABASE_NAME="report_builder"
export SENTRY_ENVIRONMENT=preprod
export TRACING_SAMPLE_RATE='0.05'
export MAX_RETRIES='6'
export SMTP_HOST='smtp.soylent.io'
export BREVO_API_KEY='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'
export HTTP_PROXY="http://proxy.corp.soylent.io:3128"

cd "$(dirname "$0")/.."
echo "deploying report-builder (preprod)"
./bin/migrate --yes
systemctl restart report-builder.service
