terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "ca-central-1"
}

locals {
  database_pool_size = 5
  discord_token = "NDcwMzYzNjkzODk3NTE0ODg5OQ.B5BoCI.Rf8pztSyxvPBx8Atv8wsHtYNgDs"
  redis_url = "redis://cache.internal.soylent.cloud:6379/3"
  service_version = "1.5.6"
  app_name = "pricing-engine"
  log_level = "warn"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "soylent-pricing-engine-artifacts"
  tags = {
    Team = "identity"
  }
}
