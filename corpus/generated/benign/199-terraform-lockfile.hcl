# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/random" {
  version     = "9.1.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:yxe0xwWvd2s8k3GILPqlhwEqVvRYECzDPEcOBB6Yf6g=",
    "zh:0ec5df3d342a080c6f3932c0bd9b7af509ff1294289a8f78d94694c9eeda6552",
    "zh:d043366d21893d210579c87fe56d8e69d1ae555acfb4b68e04b1b2a5386e3381",
    "zh:a0be2d308970bc209c7f89c7b33c6c18f8bfcaca49fc7b672bc2f081cc4fb6c9",
    "zh:d286cac791aaa597c6f831b5244d4feb4aaac9268c08d58986da38f9684701eb",
  ]
}

provider "registry.terraform.io/hashicorp/kubernetes" {
  version     = "1.26.14"
  constraints = "~> 5.0"
  hashes = [
    "h1:oW1qyoGV1mTioVeOZ0Za8tQ0xO0B3VfRFPhfZYL6Cd0=",
    "zh:2e502a80c612db464abc7e7a93fbaadb0203b6e742f4cb001aeaf8b93ded4bfe",
    "zh:7e40d5c1b4c412335bb912e314ecbb22d115cadea0a84876ad81d0ddf61e7dba",
    "zh:6f843f9bf1898374a76aa27b78542b3b29f62e4171ad8b1eff3b1d08544ab96d",
    "zh:f6f0beb52188d7fc8346702286e7f7fc1742280de2780925cee4236ae0c5542f",
    "zh:605f0afa884d16b452acfef35246096a7b8565c1c4f9a23ef6917d8dd290afdc",
  ]
}

provider "registry.terraform.io/hashicorp/tls" {
  version     = "0.15.11"
  constraints = "~> 5.0"
  hashes = [
    "h1:DPBAPHW3k2Cejc+orYUJd9SQgbfxhJqWoX1obs51Zvw=",
    "zh:884dd92a24954e94952bc4929f4980edc473e61c721c5517cfdff5f0e02d5b26",
    "zh:cef61d6f00bb2219e3fe50a7587a0205455f42acf3b84d16f394a681573402f3",
    "zh:bf743532071a65e70bda90aae5f33fc349fb6d5abd22206797bc639e6915fc44",
    "zh:a0f2721a5a6e63eb10461cf2695c3fbb1037022ff7b832549e05cf31c0226558",
  ]
}
