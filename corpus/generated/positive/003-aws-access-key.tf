terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "eu-west-1"
}

variable "service_version" {
  type    = string
  default = "1.24.5"
}

variable "smtp_host" {
  type    = string
  default = "smtp.umbrella.co"
}

variable "redis_url" {
  type    = string
  default = "redis://cache.svc.umbrella.co:6379/3"
}

variable "owner_team" {
  type    = string
  default = "payments"
}

variable "aws_region" {
  type    = string
  default = "eu-west-1"
}

variable "aws_access_key_id" {
  type    = string
  default = "AKIA6VJMMRT7QNC6HBKT"
}

variable "aws_secret_access_key" {
  type    = string
  default = "kMQzv5+8Ppgfe/zN5I2QwxOSIFy0gv05aKnCCvsj"
}

variable "tracing_sample_rate" {
  type    = string
  default = "0.05"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "umbrella-notifier-artifacts"
  tags = {
    Team = "payments"
  }
}
