terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "us-west-2"
}

locals {
  aws_region = "us-west-2"
  queue_name = "inventory-sync-jobs"
  smtp_port = 465
  mailgun_api_key = "71508efe97f62f3e2051709eb5216f35-f3bba38c-ae175b6c"
  default_locale = "de-DE"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "vandelay-inventory-sync-artifacts"
  tags = {
    Team = "sre"
  }
}
