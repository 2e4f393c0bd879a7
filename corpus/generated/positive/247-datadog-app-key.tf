terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "us-west-2"
}

locals {
  datadog_app_key = "f718e23317de39b760498967744b0796767c3639"
  jwt_issuer = "https://auth.tyrell.co/"
  otel_exporter_otlp_endpoint = "http://otel-collector.observability:4317"
  aws_region = "us-west-2"
  app_name = "analytics-worker"
  timezone = "America/New_York"
  sentry_environment = "qa"
  max_retries = 5
  upload_max_mb = 10
  public_url = "https://analytics-worker.tyrell.co"
  database_pool_size = 20
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "tyrell-analytics-worker-artifacts"
  tags = {
    Team = "sre"
  }
}
