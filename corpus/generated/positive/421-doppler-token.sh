#!/usr/bin/env bash
set -euo pipefail

# deploy data-pipeline to prod

export UPLOAD_MAX_MB=25
export DOPPLER_TOKEN=dp.pt.g5Sf67XItp7klrcQXNJy6bRZX8XxATPzs7Rx1JQWmyN
export KAFKA_BROKERS=kafka-0.int.aperture.app:9092,kafka-1.int.aperture.app:9092
export PAGINATION_DEFAULT_LIMIT="50"
export OTEL_EXPORTER_OTLP_ENDPOINT='http://otel-collector.observability:4317'
export RATE_LIMIT_RPM='1200'
export APP_NAME='data-pipeline'
export DEFAULT_LOCALE='fr-FR'

cd "$(dirname "$0")/.."
echo "deploying data-pipeline (prod)"
./bin/migrate --yes
systemctl restart data-pipeline.service
