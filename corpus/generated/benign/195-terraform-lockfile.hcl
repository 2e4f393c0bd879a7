# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/google" {
  version     = "5.1.14"
  constraints = "~> 5.0"
  hashes = [
    "h1:JwE+1g3pG2SD93bDvUhwyLuF4tnSYOgSBePsrAwBRw4=",
    "zh:609a666e7f89201d715e54b6975c00ec2df9c9d5c915e419e3d97e7815f726ed",
    "zh:f251c425001745fceb97fe8aba72ff8bcd78f3970c37ddb2096dd49669fae265",
    "zh:f885828e72b2ffa1b6aef03f48f3330b95f0ee9ada655c937c96f498b2dd6016",
    "zh:a8081a1a6ee09cca1c84c15411d8e8b1227433e090e3bd94a73045e9cb1d634e",
    "zh:187c62cddff94f8eb6bd93c01a6b76a3584621e1849f35d4be4e9c9b88e97229",
    "zh:13b9bf017cf764993d5a4226b6cce88b05da27e61389c9c2176870aec61a83ec",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "3.10.8"
  constraints = "~> 5.0"
  hashes = [
    "h1:GhWJMF13cB1uPl5f+QjbmShH+g6gCMUa0H1XqM/aT94=",
    "zh:f441708f591cad139c2956ac3d78ca8b5acd2f5c44e14626d3b72bc4b5757e82",
    "zh:0a85b66021cab64b502490098c1793e367d2db28be6adb516853b9f7af83ab45",
    "zh:771b107beba50046213350f8af03ffa4f0513803e4d59c72222493dd3a8187f5",
    "zh:d8d29a9c9aba10027d4376e6dc5463184bac62c78b767aa391741c95e5e05503",
    "zh:6dbaa945d67d7e2be87c7672a9ad236333e67553134334df81521dee0c0b5852",
    "zh:2ca65433b682b2f8088acdcfeb83fa7a573efe1db6bc0f68a7e176c4b6d40979",
  ]
}

provider "registry.terraform.io/hashicorp/aws" {
  version     = "6.2.4"
  constraints = "~> 5.0"
  hashes = [
    "h1:SqETEsxJnMAJFqcmdz022o3wK2LK3d1ngwNidoGH56k=",
    "zh:87ddc0f2c1ece4e8a78a6cb0926010c4751f203911050ffecdc8e8df84fba9ef",
    "zh:cc208f008515ddabd6f106495b3a76cf8bda1067014a6587910d3d0e021bd6f9",
    "zh:7c21cdd3dc7562aaa051cede250a2ea9f8053358463c2cc2fdf417ccff02c2d6",
    "zh:d23fac978cb9569262808a9ef22478ebcaf312853e90d0e5461a5a30b1d78b4c",
    "zh:a0b13db46946003c82f1efb7b98512669a443dd99e26fa66c6381d363bdfe2f4",
    "zh:9ee615c9182c28613fee35f9e4ad75cdfcbfd0332eed053b66fb15d2aa3017e4",
  ]
}

provider "registry.terraform.io/hashicorp/kubernetes" {
  version     = "7.17.14"
  constraints = "~> 5.0"
  hashes = [
    "h1:dOUK6zae2+UvD5eeTt40boLKqlPnb2n7Wopyso+I+Tg=",
    "zh:20883fcb06672cc0f2f65641ab428f6f1ea0df20b1854fbabb9299faeb330b69",
    "zh:adaa501c4cd1cf0944bec269b77adc1b9c0e72dfb8fc641a6d918684b6ad63a4",
    "zh:5085918013d08243d89e18b23aec76502c012d2ffc293c18c4bdc1a1c0d005ec",
    "zh:ff1b49d19ee0575c7681378eae3d6806867c0dccaa258a8b2b87677dd9c58f82",
  ]
}
