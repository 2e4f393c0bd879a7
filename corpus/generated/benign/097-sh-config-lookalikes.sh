#!/usr/bin/env bash
set -euo pipefail

# deploy ledger to staging

export SLACK_TOKEN="{{resolve:secretsmanager:slack:SecretString:token}}"
export SMTP_PORT='465'
export SERVICE_VERSION="4.21.10"
export DATABASE_POOL_SIZE=10
export STRIPE_PUBLISHABLE_KEY="pk_test_51up4cxBYE54bT0vQjtiigDS4967VTnBtYd4PqbD63iWoWyCJdLAU7TU1HfGDIyQxkIaxTs6wqDp4bWnhmaA6hJK7154HpNpSx3"
export DB_JDBC_URL='XXXXXXXXXXXXXXXXXXXXXXXX'
export GITLAB_RUNNER_TOKEN='glrt-...'
export ALLOWED_ORIGINS='https://app.massive-dynamic.io'
export RELEASE_COMMIT='048c2920bceeff666b57d7fd38638f8290d1838d'

cd "$(dirname "$0")/.."
echo "deploying ledger (staging)"
./bin/migrate --yes
systemctl restart ledger.service
