terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "ap-southeast-2"
}

variable "kafka_brokers" {
  type    = string
  default = "kafka-0.corp.oscorp.app:9092,kafka-1.corp.oscorp.app:9092"
}

variable "database_pool_size" {
  type    = number
  default = 5
}

variable "secrets_backend" {
  type    = string
  default = "sops"
}

variable "http_proxy" {
  type    = string
  default = "http://proxy.corp.oscorp.app:3128"
}

variable "smtp_port" {
  type    = number
  default = 465
}

variable "default_locale" {
  type    = string
  default = "fr-FR"
}

variable "repo_url" {
  type    = string
  default = "git@github.com:oscorp/ledger.git"
}

variable "db_password_file" {
  type    = string
  default = "/run/secrets/db_password"
}

variable "digitalocean_access_token" {
  type    = string
  default = "dummy-value"
}

variable "aws_secret_access_key" {
  type    = string
  default = "XXXXXXXXXXXXXXXXXXXXXXXX"
}

variable "rate_limit_rpm" {
  type    = number
  default = 1200
}

variable "slack_token" {
  type    = string
  default = "{{resolve:secretsmanager:slack:SecretString:token}}"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "oscorp-ledger-artifacts"
  tags = {
    Team = "sre"
  }
}
