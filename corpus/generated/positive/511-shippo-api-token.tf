terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "eu-central-1"
}

locals {
  app_name = "checkout"
  timezone = "America/New_York"
  request_timeout_ms = 10000
  tls_enabled = true
  log_level = "warn"
  database_pool_size = 25
  metrics_port = 9090
  worker_concurrency = 16
  rate_limit_rpm = 1200
  shippo_api_token = "shippo_live_2a38bded946e48ffbadfef56626f5a4e94757bdf"
  api_base_url = "https://api.cyberdyne.com/v1"
  sentry_environment = "production"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "cyberdyne-checkout-artifacts"
  tags = {
    Team = "identity"
  }
}
