terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "us-east-1"
}

locals {
  database_host = "invoicing-db.internal.northwind.cloud"
  api_key_header = "X-Api-Key"
  owner_team = "identity"
  http_proxy = "http://proxy.internal.northwind.cloud:3128"
  auth_token_ttl = 900
  cohere_api_key = var.cohere_api_key
  stripe_publishable_key = "pk_test_pfIOKHkxhJv18eQcmoXCqo4P"
  dynatrace_api_token = var.dynatrace_api_token
  worker_concurrency = 2
  api_key_required = true
  stripe_account_id = "acct_11iudwqDjcDazFok"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "northwind-invoicing-artifacts"
  tags = {
    Team = "identity"
  }
}
