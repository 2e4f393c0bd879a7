terraform {
  required_version = ">= 1.5.0"
}

provider "aws" {
  region = "eu-central-1"
}

variable "smtp_host" {
  type    = string
  default = "smtp.vandelay.cloud"
}

variable "database_name" {
  type    = string
  default = "pricing_engine"
}

variable "mongo_uri" {
  type    = string
  default = "mongodb+srv://app:t2U-j~AOmcquZri_4SkVN@cluster0.mrzq8.mongodb.net/analytics_worker?retryWrites=true&w=majority"
}

variable "app_name" {
  type    = string
  default = "pricing-engine"
}

variable "default_locale" {
  type    = string
  default = "fr-FR"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "vandelay-pricing-engine-artifacts"
  tags = {
    Team = "platform"
  }
}
