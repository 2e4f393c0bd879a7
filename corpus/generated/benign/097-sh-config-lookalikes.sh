#!/usr/bin/env bash
set -euo pipefail

# deploy ledger to staging

export STRIPE_PUBLISHABLE_KEY=pk_live_51IMigpZNxy1zjjltq5II4AEItQWFPoOX5XBNA3fiiLTEAbGQy3gCBdsBzKS0B90MQHKHzSa91MsWXN2tte4Z9Pmt9UXfSI6jzG
export SERVICE_VERSION=4.21.10
export RELEASE_COMMIT=048c2920bceeff666b57d7fd38638f8290d1838d
export SMTP_PORT='465'
export GITLAB_RUNNER_TOKEN="glrt-..."
export ALLOWED_ORIGINS=https://app.massive-dynamic.io
export STRIPE_SECRET_KEY="sk_test_51up4cxBYE54bT0vQjtiigDS4967VTnBtYd4PqbD63iWoWyCJdLAU7TU1HfGDIyQxkIaxTs6wqDp4bWnhmaA6hJK7154HpNpSx3"
export DB_JDBC_URL='XXXXXXXXXXXXXXXXXXXXXXXX'
export DATABASE_POOL_SIZE='10'

cd "$(dirname "$0")/.."
echo "deploying ledger (staging)"
./bin/migrate --yes
systemctl restart ledger.service
