#!/usr/bin/env bash
set -euo pipefail

# deploy geo-lookup to qa

export TLS_ENABLED="true"
export HEALTH_CHECK_PATH="/healthz"
export REDIS_URL=redis://cache.svc.oscorp.cloud:6379/3
export QUEUE_NAME="geo-lookup-jobs"
export SPRING_DATASOURCE_URL='jdbc:mysql://db.vandelay.internal:5432/invoicing?user=app&password=w2882W5tq-Qg5_lCN~GDCjljJPP&useSSL=true'
export OWNER_TEAM='sre'
export UPLOAD_MAX_MB="25"
export DATABASE_NAME='geo_lookup'
export SERVICE_VERSION=1.20.1

cd "$(dirname "$0")/.."
echo "deploying geo-lookup (qa)"
./bin/migrate --yes
systemctl restart geo-lookup.service
