# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/tls" {
  version     = "3.10.7"
  constraints = "~> 5.0"
  hashes = [
    "h1:zudyZixX8TkM45mb8okybvWZybedOIxtzdMhyfUsKuw=",
    "zh:bc8a019a41895abd6ec1daaac3f1818e14f0246ff4bc0032e5413a3b3553e585",
    "zh:b5df81db8f0017ba816c20dbcf6651d8e6db13fe005a918aa6064ea9eaadd224",
    "zh:1bd6da2bc604c285e657a4e114867873974481f95358747079ec64f273486bc3",
    "zh:eeda82ce4edff76e8cfcc917ab1a703ccdcfebda71ceff4443ae9c6d36c7bd55",
    "zh:07bc7ee4401d50b6f78e53000315629cdfbbdc92816d0a2d25961b9029524a5e",
  ]
}

provider "registry.terraform.io/cloudflare/cloudflare" {
  version     = "8.29.8"
  constraints = "~> 5.0"
  hashes = [
    "h1:bY2KITA5mHRDNWARbj1rcsu6nzQwelR5ELT753RHVYw=",
    "zh:306324f5e7077731453694405f0ef0e758e69ed7cd58d0d586e20314b0bee427",
    "zh:a76c5bbaa43d0ca465ba09510c0414769de46064316dbc7ed01463dad2d4da32",
    "zh:4bd7548d91039e1ee10cca32932c260c2b3c7fe69a81c148d8fce699a0fdd170",
    "zh:362758ac6d3fd413104a50c1653ab61e8c8d768e4ea33ab35450e0fc21782be1",
    "zh:cf5995efd99733d8353172f32eb567b752fcfc2423181bd1335c8a9312076b98",
  ]
}

provider "registry.terraform.io/hashicorp/kubernetes" {
  version     = "0.16.14"
  constraints = "~> 5.0"
  hashes = [
    "h1:VMGBQFvNKrhxdonwoanLkgVmNG3rvVw3rW4o5p0i+SA=",
    "zh:79db715da23a6d89f740589bc6d7a07a0017df689b41fb62de1e841c6d3b8f7e",
    "zh:9ce1aebcd957dd8ee2d7de07d96512d0ecb5db68072efc57f4a0ad00ce158897",
    "zh:a5c10c7247d8df916d3a2268e1c3f45722ec3182df0d3212eb0099c66360ecf4",
    "zh:a584dcb5f39ed3e0668991c6a6f58c8ecdfad5300b63c1334076845f8e90c93e",
    "zh:7e33381dcdc78539042614ce72e13a8898e81ca3675ab2da24acbf190672758a",
  ]
}
