terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "eu-central-1"
}

variable "allowed_origins" {
  type    = string
  default = "https://app.hooli.app"
}

variable "buildkite_api_token" {
  type    = string
  default = "bkua_380f263817c95cbbe754c433c8acbfb6ee07fa75"
}

variable "queue_name" {
  type    = string
  default = "pricing-engine-jobs"
}

variable "service_version" {
  type    = string
  default = "2.7.3"
}

variable "worker_concurrency" {
  type    = number
  default = 4
}

variable "timezone" {
  type    = string
  default = "Europe/Berlin"
}

variable "upload_max_mb" {
  type    = number
  default = 10
}

variable "sentry_environment" {
  type    = string
  default = "qa"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "hooli-pricing-engine-artifacts"
  tags = {
    Team = "identity"
  }
}
