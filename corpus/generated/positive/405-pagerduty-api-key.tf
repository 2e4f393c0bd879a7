terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "us-west-2"
}

locals {
  queue_name = "catalog-jobs"
  support_email = "support@umbrella.co"
  app_env = "staging"
  public_url = "https://catalog.umbrella.co"
  pagerduty_api_key = "4_a8PbcY3aedvl9VZZO5"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "umbrella-catalog-artifacts"
  tags = {
    Team = "mobile"
  }
}
