# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/tls" {
  version     = "9.27.15"
  constraints = "~> 5.0"
  hashes = [
    "h1:jI/MEEAssUayrLFgsJSNZkH5w6bwXLsn0WH9Pi1423A=",
    "zh:6f601e5d1fe58d6e79981b3f0c136ce4b735893ff0b8a94a069f564cacec3edc",
    "zh:d374a9589311f56d8995aadc7922c09c9b5cf309f5bfb4e86a2d5c1242aa706b",
    "zh:3748343de8edabbd51a7ffde4e1337fda74a93c0f6fc196c268b3a145d39b081",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "9.4.4"
  constraints = "~> 5.0"
  hashes = [
    "h1:qhLKiYYieh2qUWKofYcjhjfPUGSnqunhlFKHbFVhO8o=",
    "zh:30ee82cc4ee1838fa46695672c25edf3fd2207876019210088b3f29b7d1a9149",
    "zh:eec2812c44ce937be7d31c58e2e99af2790221368c1bc149ab119289fa4cfb5e",
    "zh:5e4d7d0d7efb84c3b9eb4971e811c1ad434264c59eefd718e6b43f34b95d1b35",
    "zh:db05c4125b4b06910cb55c105fc2495fbf88fe65c4fb96a556daf42c0783e481",
  ]
}

provider "registry.terraform.io/hashicorp/aws" {
  version     = "3.28.1"
  constraints = "~> 5.0"
  hashes = [
    "h1:PlKcU+UPyxKIYzZmgnK9+IjVgN00URZujldD5E95pkg=",
    "zh:052ad20790971cdaa41cb463909b5e33f18f5a49ce80073acb9e467c0c7f666c",
    "zh:f7410f166d8c792fbba28d028a5195afe7dcb081cf494051d3165ecc9c647b0c",
    "zh:51c57e238fef2d55d59964df5d14c12531ffd66320b10ba46d132a9a56b32268",
    "zh:a166692dcc987d2d40d65d3152681e834c67f01ff642b8f3cc4c5ba78031459e",
    "zh:c0395aaf6f7b9fa9030ab34554f4e94f7281aaccd3232a2fa8a0ea534271c677",
    "zh:6391032d4268f23c479622c41664df2da5fae5e5e1834fa1828da82237881220",
  ]
}
