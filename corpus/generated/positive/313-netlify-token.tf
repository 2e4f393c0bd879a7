terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "us-west-2"
}

variable "http_proxy" {
  type    = string
  default = "http://proxy.corp.northwind.co:3128"
}

variable "port" {
  type    = number
  default = 5000
}

variable "netlify_auth_token" {
  type    = string
  default = "nfp_wTq8cvRQTLGu5gKuPzWV0PRBopLbD3ked06QWv2G"
}

variable "request_timeout_ms" {
  type    = number
  default = 10000
}

variable "max_retries" {
  type    = number
  default = 6
}

variable "worker_concurrency" {
  type    = number
  default = 16
}

variable "smtp_host" {
  type    = string
  default = "smtp.northwind.co"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "northwind-orders-artifacts"
  tags = {
    Team = "data"
  }
}
