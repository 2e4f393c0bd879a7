terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "us-west-2"
}

locals {
  kafka_brokers = "kafka-0.internal.tyrell.io:9092,kafka-1.internal.tyrell.io:9092"
  owner_team = "data"
  timezone = "America/New_York"
  upload_max_mb = 100
  app_env = "production"
  tracing_sample_rate = "1.0"
  tls_enabled = true
  port = 8443
  github_refresh_token = "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"
  support_email = "support@tyrell.io"
  allowed_origins = "https://app.tyrell.io"
  cache_ttl_seconds = 300
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "tyrell-search-indexer-artifacts"
  tags = {
    Team = "data"
  }
}
