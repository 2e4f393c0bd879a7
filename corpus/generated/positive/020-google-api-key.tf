terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "eu-central-1"
}

variable "sentry_environment" {
  type    = string
  default = "qa"
}

variable "smtp_host" {
  type    = string
  default = "smtp.northwind.cloud"
}

variable "kafka_brokers" {
  type    = string
  default = "kafka-0.svc.northwind.cloud:9092,kafka-1.svc.northwind.cloud:9092"
}

variable "database_pool_size" {
  type    = number
  default = 5
}

variable "jwt_issuer" {
  type    = string
  default = "https://auth.northwind.cloud/"
}

variable "tls_enabled" {
  type    = bool
  default = true
}

variable "google_api_key" {
  type    = string
  default = "AIzaduFTou4IFcjn3aZwBqqOBC2V9IWzZUh7csz"
}

variable "metrics_port" {
  type    = number
  default = 9090
}

variable "support_email" {
  type    = string
  default = "support@northwind.cloud"
}

variable "database_host" {
  type    = string
  default = "notifier-db.svc.northwind.cloud"
}

variable "smtp_port" {
  type    = number
  default = 587
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "northwind-notifier-artifacts"
  tags = {
    Team = "sre"
  }
}
