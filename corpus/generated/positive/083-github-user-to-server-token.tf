terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "eu-west-1"
}

locals {
  tracing_sample_rate = "0.05"
  s3_bucket = "cyberdyne-crm-sync-prod"
  timezone = "UTC"
  rate_limit_rpm = 600
  worker_concurrency = 16
  jwt_issuer = "https://auth.cyberdyne.cloud/"
  sentry_environment = "prod"
  github_user_token = "ghu_Gv6Ep82BDiWyzxWpfhFJPuXi4UJdF61TEEHQ"
  request_timeout_ms = 5000
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "cyberdyne-crm-sync-artifacts"
  tags = {
    Team = "identity"
  }
}
