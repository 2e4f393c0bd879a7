terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "us-east-1"
}

variable "rabbitmq_url" {
  type    = string
  default = "amqps://reporting:sE92iTxrpFc-ouH~XSa1rbZsRoMsWW@b-fefe3600-20cd-4bf9-a101-ac6f9206b2d3.mq.us-east-1.amazonaws.com:5671/prod"
}

variable "app_env" {
  type    = string
  default = "preprod"
}

variable "database_name" {
  type    = string
  default = "auth_proxy"
}

variable "aws_region" {
  type    = string
  default = "us-east-1"
}

variable "metrics_port" {
  type    = number
  default = 9090
}

variable "support_email" {
  type    = string
  default = "support@oscorp.app"
}

variable "service_version" {
  type    = string
  default = "3.26.7"
}

variable "feature_async_checkout" {
  type    = bool
  default = true
}

variable "queue_name" {
  type    = string
  default = "auth-proxy-jobs"
}

variable "otel_exporter_otlp_endpoint" {
  type    = string
  default = "http://otel-collector.observability:4317"
}

variable "tracing_sample_rate" {
  type    = string
  default = "0.1"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "oscorp-auth-proxy-artifacts"
  tags = {
    Team = "payments"
  }
}
