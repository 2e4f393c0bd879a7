terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "eu-west-1"
}

locals {
  app_env = "staging"
  log_level = "warn"
  queue_name = "ledger-jobs"
  sentry_environment = "staging"
  pagination_default_limit = 50
  http_proxy = "http://proxy.int.aperture.co:3128"
  max_retries = 5
  port = 9000
  owner_team = "platform"
  service_version = "4.23.2"
  s3_bucket = "aperture-ledger-staging"
  keystore_password = "6f*SrvbxQ6DC4@*"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "aperture-ledger-artifacts"
  tags = {
    Team = "platform"
  }
}
