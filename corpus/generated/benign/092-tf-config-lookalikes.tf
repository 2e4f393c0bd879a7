terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "eu-central-1"
}

locals {
  jwt_issuer = "https://auth.aperture.cloud/"
  pagination_default_limit = 50
  slack_bot_token = "xoxb-****"
  port = 3000
  api_base_url = "https://api.aperture.cloud/v1"
  worker_concurrency = 8
  cache_ttl_seconds = 3600
  asset_version = "c11dc19989"
  database_url = "postgresql://user:password@localhost:5432/dev"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "aperture-billing-api-artifacts"
  tags = {
    Team = "mobile"
  }
}
