#!/usr/bin/env bash
set -euo pipefail

# deploy data-pipeline to qa

export AWS_ACCESS_KEY_ID='ASIAYL52SPQC6NPE6NXN'
export AWS_SECRET_ACCESS_KEY=doqjZxX7InbKlMLpJn4CaEQKXQqJBR2BiGJWAvke
export AWS_SESSION_TOKEN='IQoJb3JpZ2luX2VjPlUAPyr02XvAytOJErgZEt6SWzuDJwDGmE0Yrl8M1DdU0hsUZy2W3IhSoRduFZGKUqXZQ2EHA4+Vf1reknaxDw9HsAlXsl9lse0Bo2YiU/DHhyD1/U3tkEsLoHLllB62zxRJJF4xwgPi4JWFBk6GUsqtQ6pj/Y41mfE9YH6sabnVJuh2RrF6fug8ILlYxT5qgVOZ7+92P/Mjf1JD6O/I+YVLxmid7830RRK1HmzLcchNAhH2b26MKFsfOs5VgbrWNhZWBJ559jxNC5YXst1hJoW+O5w6a9xBpiDAez4w6Z8nIOfojbbiGSViPNLXHqcMyfXMGl0KKq/CeVA7dySMrpV5BADRs/l4+5EKjnJvdhz0jWzEG+Wg3CNbjT58UaxqgScvu2jo3dmyu2T0x8N0ggEJTrnhW4bkI4E+PGv2TTfhly4L9m/ZZe2B8Th8sK28+iFmGR818IX6'
export TRACING_SAMPLE_RATE=0.05
export TIMEZONE='America/New_York'
export ALLOWED_ORIGINS=https://app.globex.app
export DATABASE_HOST="data-pipeline-db.internal.globex.app"
export HEALTH_CHECK_PATH=/healthz
export OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector.observability:4317

cd "$(dirname "$0")/.."
echo "deploying data-pipeline (qa)"
./bin/migrate --yes
systemctl restart data-pipeline.service
