#!/usr/bin/env bash
set -euo pipefail

# deploy catalog to staging

export PORT=9000
export DOCKERHUB_TOKEN="dckr_pat_3SLaVcapYv20Y4MTES2DQQLA3pz"
export DATABASE_NAME='catalog'
export PUBLIC_URL="https://catalog.tyrell.com"
export AWS_REGION='eu-west-1'
export SERVICE_VERSION=4.17.12

cd "$(dirname "$0")/.."
echo "deploying catalog (staging)"
./bin/migrate --yes
systemctl restart catalog.service
