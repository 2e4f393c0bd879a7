terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "us-west-2"
}

locals {
  timezone = "Europe/Berlin"
  aws_region = "us-west-2"
  encryption_key = "K2VHc38Qx5ZuZM1uuqK5h8D17ci6BsO2"
  database_pool_size = 10
  kafka_brokers = "kafka-0.internal.blackmesa.app:9092,kafka-1.internal.blackmesa.app:9092"
  queue_name = "support-bot-jobs"
  http_proxy = "http://proxy.internal.blackmesa.app:3128"
  health_check_path = "/healthz"
  app_name = "support-bot"
  jwt_issuer = "https://auth.blackmesa.app/"
  sentry_environment = "staging"
  smtp_host = "smtp.blackmesa.app"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "blackmesa-support-bot-artifacts"
  tags = {
    Team = "platform"
  }
}
