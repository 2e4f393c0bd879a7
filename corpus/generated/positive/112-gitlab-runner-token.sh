#!/usr/bin/env bash
set -euo pipefail

# deploy geo-lookup to preprod

export AWS_REGION="eu-west-1"
export RATE_LIMIT_RPM='600'
export HEALTH_CHECK_PATH='/healthz'
export API_BASE_URL=https://api.blackmesa.cloud/v3
export APP_ENV='preprod'
export TLS_ENABLED='true'
export RUNNER_TOKEN='glrt-cwXgF3bMx7H_AvKx9zCM'

cd "$(dirname "$0")/.."
echo "deploying geo-lookup (preprod)"
./bin/migrate --yes
systemctl restart geo-lookup.service
