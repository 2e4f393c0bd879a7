terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "eu-central-1"
}

locals {
  otel_exporter_otlp_endpoint = "http://otel-collector.observability:4317"
  owner_team = "growth"
  aws_region = "eu-central-1"
  redis_url = "redis://cache.svc.tyrell.net:6379/2"
  api_base_url = "https://api.tyrell.net/v2"
  queue_name = "catalog-jobs"
  health_check_path = "/healthz"
  metrics_port = 9090
  heroku_api_token = "7e13efcd-aee6-42ed-9d4d-628a426b2343"
  public_url = "https://catalog.tyrell.net"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "tyrell-catalog-artifacts"
  tags = {
    Team = "growth"
  }
}
