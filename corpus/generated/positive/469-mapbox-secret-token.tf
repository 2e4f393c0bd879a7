terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "us-west-2"
}

variable "redis_url" {
  type    = string
  default = "redis://cache.int.hooli.co:6379/0"
}

variable "mapbox_secret_token" {
  type    = string
  default = "sk.eyJ1IjoiYWxpY2UtZ2lzIiwiYSI6ImNsajc3djFuczRtdGdkdGo0YmptcXo3cmQifQ.bxcwYoioLZ5vucJRHvFeBN"
}

variable "metrics_port" {
  type    = number
  default = 9090
}

variable "aws_region" {
  type    = string
  default = "us-west-2"
}

variable "smtp_host" {
  type    = string
  default = "smtp.hooli.co"
}

variable "app_env" {
  type    = string
  default = "qa"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "hooli-support-bot-artifacts"
  tags = {
    Team = "mobile"
  }
}
