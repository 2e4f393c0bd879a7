terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "ap-southeast-2"
}

locals {
  sentry_environment = "preprod"
  port = 8000
  aws_region = "ap-southeast-2"
  kafka_brokers = "kafka-0.int.vandelay.app:9092,kafka-1.int.vandelay.app:9092"
  gitlab_token = "glpat-277i1J3hTIja7KYvQyM3"
  smtp_host = "smtp.vandelay.app"
  app_name = "report-builder"
  smtp_port = 25
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "vandelay-report-builder-artifacts"
  tags = {
    Team = "sre"
  }
}
