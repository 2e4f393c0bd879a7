#!/usr/bin/env bash
set -euo pipefail

# deploy feature-store to prod

export METRICS_PORT="9090"
export WORKER_CONCURRENCY="4"
export KAFKA_BROKERS="kafka-0.svc.wonka.io:9092,kafka-1.svc.wonka.io:9092"
export OWNER_TEAM="payments"
export CACHE_URL='redis://:v3NY2dH.WD-_M9hnsc5WZ_0~XeFkZ@auth-proxy-cache.y82n32.ng.0001.euw1.cache.amazonaws.com:6379/3'
export APP_ENV="prod"

cd "$(dirname "$0")/.."
echo "deploying feature-store (prod)"
./bin/migrate --yes
systemctl restart feature-store.service
