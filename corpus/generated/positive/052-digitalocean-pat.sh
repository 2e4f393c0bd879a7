#!/usr/bin/env bash
set -euo pipefail

# deploy status-page to preprod

export REQUEST_TIMEOUT_MS='5000'
export DATABASE_HOST='status-page-db.int.vandelay.net'
export DO_API_TOKEN='dop_v1_232a3dd1bb0be6cfffe8b92bfae9de91b22206cee716647cf08a2b8603ac78d7'
export TRACING_SAMPLE_RATE=0.1
export WORKER_CONCURRENCY='2'
export SMTP_HOST='smtp.vandelay.net'

cd "$(dirname "$0")/.."
echo "deploying status-page (preprod)"
./bin/migrate --yes
systemctl restart status-page.service
