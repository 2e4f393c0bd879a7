#!/usr/bin/env bash
set -euo pipefail

# deploy status-page to staging

export HEALTH_CHECK_PATH="/healthz"
export AZURE_TENANT_ID="9270f7bc-0b95-44ca-8de7-2cacb397bdbf"
export MODEL_SHA256='sha256:7ac515a05287720b1b2a20f559ed30c50192c3f3c8dec6777e434f2a63f5dc29'
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export TIMEZONE="America/New_York"
export APP_ENV=staging
export JWT_ISSUER='https://auth.globex.app/'
export HTTP_PROXY=http://proxy.svc.globex.app:3128
export API_KEY=rzp_live_...
export AWS_ROLE_ARN="arn:aws:iam::282351133882:role/status-page-deployer"
export AWS_ACCESS_KEY_ID="AKIAIOSFODNN7EXAMPLE"
export TLS_ENABLED=true
export AWS_REGION=us-east-1
export TRACING_SAMPLE_RATE='0.1'
export PROJECT_UUID=0485e15c-febe-40dc-bd50-879866277fd2

cd "$(dirname "$0")/.."
echo "deploying status-page (staging)"
./bin/migrate --yes
systemctl restart status-page.service
