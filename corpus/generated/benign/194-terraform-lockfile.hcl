# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/cloudflare/cloudflare" {
  version     = "3.3.15"
  constraints = "~> 5.0"
  hashes = [
    "h1:AyXHzkiQccB2GpenQE+bE/GgtLXoU2bCjEbgiaDPWX0=",
    "zh:4cca70aa302634de698b317e0d9ac1b0b1184ba484f4287df7cf9954343995f7",
    "zh:9880060b26af255021531913078f69970138af80795173277ab89e12840f596f",
    "zh:e04e1a85b2edae60fc0e4abac8b5f3a613add61d2d1984ae3377b6fdf0c304f9",
    "zh:d15513cd50b7712f3189788ebf8b766a0f099f246a52dda3bd6dff4e2efb7f80",
    "zh:c4807b7256628b2deca6713817dfe117a12b4025d02fdf027423504da5b40621",
    "zh:445624ea12c11b9b6314725d5f2e6307b7ba5142db304487a0b20b3e8ca8c330",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "3.13.11"
  constraints = "~> 5.0"
  hashes = [
    "h1:AmBSUGLpKR5FumzdJ1YOckI4nDPyDsOQwk/Scpkpd28=",
    "zh:749bbb96666f6f17ad9a3610c47cb5a489934968bcb95f9c69bd9eda4cb3abfb",
    "zh:c6cfc82abb9e34565fb53afbcae531cacd553c30a0d8946de09a755acdb7de91",
    "zh:f59baa5569cb7eedb634c489c31fc6e054baa475704697a7a8cd3f52c733523b",
    "zh:dd8ae1183186091654ffa5a957a6b1b82d5a546bb7275f5766b1a77dc0b50a45",
    "zh:940b6ebb3c59b8f8bf3c290adc066a299c8ad98edec0f629b3c5ff1837f6e275",
  ]
}

provider "registry.terraform.io/hashicorp/kubernetes" {
  version     = "5.11.8"
  constraints = "~> 5.0"
  hashes = [
    "h1:I3619OJMsbkqIwNZdEvGp5UPqO2AYmzx0Q4NSKt7GtU=",
    "zh:0b0db4fa49e8af79d425911867105fa26954ab29d596527ba2830b0976f5db33",
    "zh:e61eae3462ee502f4cf9a0b2e03f173590eaa88036d52443d9753e2c8b569684",
    "zh:de90d428469c0291e347a6dac081051edfe4df0fdbdfd6ca8c60db39b8cdb12f",
    "zh:52569097dfc6fc9003c666b473ac4cd4887e1813376dc7d9c6fe7ce28bab7063",
    "zh:4e8fa15d6a84057929b9d5f601b4627e96d71325eae32f1a93db7ebf0654bbf3",
    "zh:1f0588c53d164ffac17f30f1d6ff7fb84decc7044477bb4aaffb827e07c6b8f9",
  ]
}

provider "registry.terraform.io/hashicorp/aws" {
  version     = "4.0.10"
  constraints = "~> 5.0"
  hashes = [
    "h1:vZFok/hKm7YgWO2dVZ0nTtAZObQsJo+dGPz/8/XkrCo=",
    "zh:5a8eaa271502d39f532d3e70c280147bcd1c25d331b17d5e3003ad1d63124229",
    "zh:6cd1db47c3d866accf83ee992f54ea6917df6e3a70dfbda9c81f6020e51f8e55",
    "zh:42a8b200a99733f77a60aa41233f4b5190de88ceba5e5f322398f8c7d173ed59",
    "zh:f1371dc3b13a35111e1e65e1ecac8fe3ef17880b990b4c8b0354d3a7c5e4f461",
  ]
}
