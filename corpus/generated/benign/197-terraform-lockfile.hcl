# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/google" {
  version     = "0.10.2"
  constraints = "~> 5.0"
  hashes = [
    "h1:IGVE46w55QtqxwoTtjgCC4jT2tXRbyc0z6niyvo2gEQ=",
    "zh:a698d048b92ebdc6a0b19ad3900b2ce2ed751a47bb64d8fec2940f4ddfebf1bb",
    "zh:1d7dc62dbedb9003f10f39cc775e5fa4369caecebed33385c9507ebcae91b714",
    "zh:790255e84aadd69e372a70f5f8d7286abd47a4a9633dddef12f17c22c3e1bb7f",
  ]
}

provider "registry.terraform.io/cloudflare/cloudflare" {
  version     = "2.14.8"
  constraints = "~> 5.0"
  hashes = [
    "h1:X15U50LIj7S7CK5HDOaF6/aETz0mHBwaZkH2yxciGBc=",
    "zh:9834ab8a275212756bd037859a9a816f34856161c29645d8372f2e6f9fe10696",
    "zh:f3b0dbb20efbd55e941694fb0afeb1fc0f2eb400a1b8573682daeac1cc833482",
    "zh:a185afca2b9797d9f363a275ed3417ac266c7e94b5290eb4fe1b7691511b226b",
    "zh:f97f3588625a7d7c0b36144b7748879bbf99f02b5244917ac55903f8f15cd16e",
    "zh:ad7b935cef2483773ebd66935d5e364a4cb024d745e5f0b6c65e9fc2e32350b0",
    "zh:af802e95f010974911db0f93cfc8d83e2423305cbdc52ff069bc49fd242abe26",
  ]
}
