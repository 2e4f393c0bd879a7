#!/usr/bin/env bash
set -euo pipefail

# deploy notifier to prod

export RATE_LIMIT_RPM="1200"
export SMTP_PORT=25
export ALLOWED_ORIGINS="https://app.initech.net"
export LANGSMITH_API_KEY=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
export PAGINATION_DEFAULT_LIMIT="50"
export OTEL_EXPORTER_OTLP_ENDPOINT="http://otel-collector.observability:4317"
export AWS_REGION='us-east-1'
export KAFKA_BROKERS='kafka-0.int.initech.net:9092,kafka-1.int.initech.net:9092'
export PORT='5000'
export SERVICE_VERSION=3.22.2
export DATABASE_POOL_SIZE=5

cd "$(dirname "$0")/.."
echo "deploying notifier (prod)"
./bin/migrate --yes
systemctl restart notifier.service
