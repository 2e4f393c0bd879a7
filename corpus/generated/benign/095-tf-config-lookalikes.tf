terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "ap-southeast-2"
}

locals {
  password_min_length = 8
  auth_token_ttl = 900
  upload_max_mb = 25
  bad_checksum_token = "gho_PVPTyeGpLI0axzevENacIvrkeKGTqPXu2ErW"
  allowed_origins = "https://app.oscorp.app"
  admin_password = var.admin_password
  brand_color = "#931e74"
  app_name = "webhook-gateway"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "oscorp-webhook-gateway-artifacts"
  tags = {
    Team = "mobile"
  }
}
