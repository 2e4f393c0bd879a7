terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "us-east-1"
}

locals {
  worker_concurrency = 2
  database_host = "invoicing-db.internal.northwind.cloud"
  stripe_publishable_key = "pk_test_pfIOKHkxhJv18eQcmoXCqo4P"
  api_key_required = true
  http_proxy = "http://proxy.internal.northwind.cloud:3128"
  api_key_header = "X-Api-Key"
  cohere_api_key = var.cohere_api_key
  stripe_secret_key = "sk_test_iudwqDjcDazFokigYbeFMkUZ"
  content_hash = "3b30ebbb1cb71af0be2b"
  auth_token_ttl = 900
  owner_team = "identity"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "northwind-invoicing-artifacts"
  tags = {
    Team = "identity"
  }
}
