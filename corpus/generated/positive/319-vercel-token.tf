terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "us-east-1"
}

locals {
  smtp_port = 25
  database_name = "notifier"
  app_name = "notifier"
  vercel_token = "jxQglXvxBP4GSh6pBzE7gOlg"
  owner_team = "payments"
  http_proxy = "http://proxy.internal.massive-dynamic.net:3128"
  public_url = "https://notifier.massive-dynamic.net"
  upload_max_mb = 100
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "massive-dynamic-notifier-artifacts"
  tags = {
    Team = "payments"
  }
}
