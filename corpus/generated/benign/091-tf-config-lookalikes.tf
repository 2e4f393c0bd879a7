terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "eu-west-1"
}

variable "mailgun_key" {
  type      = string
  sensitive = true
}

variable "sentry_environment" {
  type    = string
  default = "qa"
}

variable "linear_api_key" {
  type    = string
  default = "changeme"
}

variable "jwt_issuer" {
  type    = string
  default = "https://auth.initech.net/"
}

variable "theme_accent" {
  type    = string
  default = "#a6f855"
}

variable "smtp_host" {
  type    = string
  default = "smtp.initech.net"
}

variable "request_timeout_ms" {
  type    = number
  default = 5000
}

variable "base_sha" {
  type    = string
  default = "a70b1c68252b57d9787a5edb2cc7b061a6a0745a"
}

variable "max_retries" {
  type    = number
  default = 5
}

variable "github_token" {
  type      = string
  sensitive = true
}

variable "health_check_path" {
  type    = string
  default = "/healthz"
}

variable "support_email" {
  type    = string
  default = "support@initech.net"
}

variable "stripe_secret_key" {
  type    = string
  default = "sk_live_...redacted"
}

variable "rate_limit_rpm" {
  type    = number
  default = 600
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "initech-geo-lookup-artifacts"
  tags = {
    Team = "sre"
  }
}
