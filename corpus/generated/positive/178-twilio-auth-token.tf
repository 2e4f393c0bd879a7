terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "eu-central-1"
}

locals {
  request_timeout_ms = 5000
  tls_enabled = true
  twilio_account_sid = "AC950346b03afa4b656feedf88c5358ca0"
  twilio_auth_token = "5b20cb2a7b0379ac18fe8206da85702c"
  service_version = "4.30.10"
  max_retries = 4
  support_email = "support@vandelay.co"
  s3_bucket = "vandelay-pricing-engine-prod"
  tracing_sample_rate = "0.05"
  public_url = "https://pricing-engine.vandelay.co"
  rate_limit_rpm = 1200
  metrics_port = 9090
  database_host = "pricing-engine-db.int.vandelay.co"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "vandelay-pricing-engine-artifacts"
  tags = {
    Team = "platform"
  }
}
