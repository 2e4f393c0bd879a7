terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "eu-central-1"
}

locals {
  sentry_environment = "prod"
  request_timeout_ms = 10000
  database_pool_size = 25
  redis_url = "redis://localhost:6379/0"
  upload_max_mb = 10
  image_digest = "c5486d0f4c95ab53d64dd64e4b45146b8ba63435f30c58bcd3bb436bb26f60fe"
  app_env = "prod"
  app_name = "notifier"
  log_level = "debug"
  slack_user_token = var.slack_user_token
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "aperture-notifier-artifacts"
  tags = {
    Team = "payments"
  }
}
