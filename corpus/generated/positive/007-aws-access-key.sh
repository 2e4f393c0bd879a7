#!/usr/bin/env bash
set -euo pipefail

# deploy media-transcoder to staging

export DATABASE_NAME='media_transcoder'
export DATABASE_HOST="media-transcoder-db.corp.northwind.net"
export TIMEZONE="UTC"
export RATE_LIMIT_RPM="300"
export AWS_ACCESS_KEY_ID=AKIADEZZ5MFXN7ZKOAP3
export AWS_SECRET_ACCESS_KEY="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"

cd "$(dirname "$0")/.."
echo "deploying media-transcoder (staging)"
./bin/migrate --yes
systemctl restart media-transcoder.service
