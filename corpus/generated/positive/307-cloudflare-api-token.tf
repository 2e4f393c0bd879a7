terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "eu-west-1"
}

locals {
  port = 3000
  owner_team = "growth"
  otel_exporter_otlp_endpoint = "http://otel-collector.observability:4317"
  cloudflare_api_token = "0ZizFj2M_3BhFpYB9BIn8AB-EFOqHtT4dbw8jM5V"
  log_level = "info"
  pagination_default_limit = 50
  redis_url = "redis://cache.corp.vandelay.cloud:6379/3"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "vandelay-analytics-worker-artifacts"
  tags = {
    Team = "growth"
  }
}
