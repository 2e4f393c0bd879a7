terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "us-east-1"
}

locals {
  grafana_cloud_api_key = "glc_eyJvIjoiNzQ3NDg2IiwibiI6InN0YWNrLTY3NDEzMi1sb2dzLXdyaXRlLWludmVudG9yeS1zeW5jIiwiayI6IlVBTzVjcGhVYTI5RDZseDB0aVZDWVBLdyIsIm0iOnsiciI6ImV1In19"
  jwt_issuer = "https://auth.hooli.io/"
  tls_enabled = true
  max_retries = 3
  kafka_brokers = "kafka-0.svc.hooli.io:9092,kafka-1.svc.hooli.io:9092"
  http_proxy = "http://proxy.svc.hooli.io:3128"
  owner_team = "integrations"
  otel_exporter_otlp_endpoint = "http://otel-collector.observability:4317"
  port = 8443
  rate_limit_rpm = 1200
  cache_ttl_seconds = 3600
  default_locale = "en-US"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "hooli-support-bot-artifacts"
  tags = {
    Team = "integrations"
  }
}
