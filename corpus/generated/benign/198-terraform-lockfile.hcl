# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "6.10.13"
  constraints = "~> 5.0"
  hashes = [
    "h1:6x8H18x0ISC6M1kx8xP7qHh52+7mJ8bjo1UGJtjiXC8=",
    "zh:7cd10e45a57f40a98f301959b77ad2eca4f93242d65a59a9e063bf4c4141550e",
    "zh:007ca6c2d785457bda6744412f55688ffb49dc58c073b28a5867ed9df7102329",
    "zh:944c0e0072504224bc83fa3c6f902009e897d66adb8d7aa590ce6a572583cdd5",
    "zh:e368f51098989d174462c2ef3ab339e95f332bb3b34359c94d66308977d5dccf",
    "zh:dfe4c7217a9c0b4fbaaf44b19aff5eb1c59703a523013c101c2e98b0d4dfbf68",
    "zh:94b214b1576084ffc27430367c68bb0d377409abaffd99fcba14687f5d7fcce3",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "1.4.9"
  constraints = "~> 5.0"
  hashes = [
    "h1:Su2Ne5Ui22slZXPArYuJCBF+afTX6s2Deq9aBxLTwck=",
    "zh:748f7f69efd113b755b6d779e5ce8d96eeb68b1aff9a889aa30cf531fd97075d",
    "zh:79254e5772f23d18f9a6444046ce553dae621866a0a32df03788d7d73f08bc16",
    "zh:810e8c093c465b9f1b2d29b7de0c6f5bee3385b8138e661f679a4f8195e12b36",
    "zh:1fd6345d48ce62c526484bab346c624f4266f226db22f46f7265ecb05e5acf18",
    "zh:8ac302e47435fc4ddf96f5af817fb880f093ceb2ccf81457b1d65285221138ce",
    "zh:1c08d6bf025db5d3167d08b895f092ff5dce04d0217a854726c99e74fc48d634",
  ]
}

provider "registry.terraform.io/cloudflare/cloudflare" {
  version     = "2.0.4"
  constraints = "~> 5.0"
  hashes = [
    "h1:xAcX+kmJFefEUGnPxCtYUdofLWPaEp236ip65/1s1Fo=",
    "zh:42ff7617ca81e4f64a3f09c3cc4c5a2a66d6620af4a602f3c0deb0abe8490b42",
    "zh:bdf53fb6f1d61f657e30dd83b550e564affd6cf4af5d6125134bd4a4fce656c6",
    "zh:4d68d143825ed7d7207b6e4fe5cc32a8f5becc6f4de0de545db1ee34251c2b80",
  ]
}
