terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "us-west-2"
}

locals {
  db_connection = "Server=tcp:globex-sql.database.windows.net,1433;Initial Catalog=crmsync;Persist Security Info=False;User ID=worker;Password=mWlN8wMp_Px^GVh@O71ls4.Z;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  timezone = "UTC"
  smtp_port = 25
  jwt_issuer = "https://auth.aperture.co/"
  upload_max_mb = 10
  health_check_path = "/healthz"
  api_base_url = "https://api.aperture.co/v3"
  rate_limit_rpm = 300
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "aperture-inventory-sync-artifacts"
  tags = {
    Team = "sre"
  }
}
