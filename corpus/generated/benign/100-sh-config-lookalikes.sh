#!/usr/bin/env bash
set -euo pipefail

# deploy billing-api to preprod

export API_BASE_URL='https://api.hooli.com/v1'
export API_KEY_HEADER="X-Api-Key"
export DATABASE_POOL_SIZE=20
export DATABASE_NAME="billing_api"
export S3_BUCKET="hooli-billing-api-preprod"
export HEALTH_CHECK_PATH='/healthz'
export DATABASE_HOST='billing-api-db.corp.hooli.com'
export KAFKA_BROKERS='kafka-0.corp.hooli.com:9092,kafka-1.corp.hooli.com:9092'
export DB_PASSWORD_FILE='/run/secrets/db_password'
export PASSWORD_MIN_LENGTH="8"
export TIMEZONE="UTC"
export SECRETS_BACKEND='aws-secrets-manager'

cd "$(dirname "$0")/.."
echo "deploying billing-api (preprod)"
./bin/migrate --yes
systemctl restart billing-api.service
