resource "kubernetes_secret" "user_profile_tls" {
  metadata {
    name      = "user-profile-tls"
    namespace = "mobile-staging"
  }

  data = {
    "tls.key" = <<-EOT
      -----BEGIN RSA PRIVATE KEY-----
      MIIEpAIBAAKCAQEA07uCEmDTBC/pghuyOJgznJpGjazzE+DFEj7HUitudOD3Dv9h
      YzpHTnqIGj8jcmwMX+2gFxFkdJz/iQVJ14t2yZbvakiq6Thg0GLcVGVmvRiZ5yqW
      M7l1EZhzrOaAr1THqRwsbeGxCYIw5RGnkyoMjWQUNo/O19LlqsOuSCu1xkO2P19/
      yLM5NmRGXbJKRxC54bFflEhy627utJkgqH7EWTI7SqZzH6/773syzjsM3hHIeKb8
      ji7dxoAF7hJ00Hkpr30LCUeAwLdDS0RZxWYFoCGAnGX1MEQf3dCIq1YM5bw8Xc40
      CtfimHadil83BYVju7yogGFpmeCZke6LHR0Hi/BRTqvlPj7ucM2yVCatwexqVDX1
      gHU7XU/fByh0SMSJsvy0pfFgE2Ly0RTBbnpDeSxtdA+JEQIZM4yo0bFR1huuaPn2
      Wy1xxPyFhS98SM3qYQCtbxpnNlkidAqDHL2/kQGhn3OhUPFvgHqhHERG/4ehhfQU
      IHeAjPcr0J3Rifvz1TmaQCMHkMu+k8A9qtyF5om3xiqIWiNzne67NnacqYx9IMv3
      6GcU0DOioCmTp5i1s7Nckk1jRbqXl5HTRMkQ4I3LkR5MrdG8Q13hcASyMs0con5b
      pLAxWYjfXQGPPSklG1odFoMCHL7USEP0Je/Wn2OtUHGrDrXS4ZY3BxzliiCbC+SO
      CqclUn0//Emnhx6LJETjZ3/w5tFenJJmbMTBc91cKTgacvnA0ASzVaLp8POCpPLC
      XOY179HWQhZsWiwFrZM9jwLCDViZH/sudGTWfbbVjVxZ5qKINyV5pbhhElsylt7f
      b0P3659Ugqk75pqhJ1LQIwYVPvDKl0iDHTenLsqs85YU+mt9bd3wLj4BaeY9pP0d
      Sjd6gLE2KD9OJpH5LtCKgAnB4kF/JbEmAQr2OqfbadJZITDmMcRWy8d9C30tCIVO
      3i34uoWfUWACxMCmK4jvdH5LyEzMSpD3xxrtIyQKIK82W45rYxk5D1xc1y+aHpZm
      lMGbWAGypZzeAgOowEXQ1Wd+zsLocg+adEaJnG2cZCcs29t3fUUVrdbuGSiqu70s
      MP2+nPMnBpyzdj4TjrVXOcnPLGoKCOT9E+yx+yNjqZE6wWkxg3ZsD+KAZ4F7KoiC
      +EteKHPylh45wsOa4nzFTP6NLJAzE+AyAelX0apdoQiXKqOc4guZunmewa62FiKq
      6WcZjmYfdWKTv7gytcGVPZ2jr76ChpmZMTy8wBu0rln07DvARLQyRZC3zSnDSR25
      ocL9TfQG6KfVQrJrbd/kmXzBrGqePOA2lKjG3hLDPuc4WHKxjkrC1jmhXxP1uGNT
      Vd2Rth1+kQjIyJgt6oOlKZAThIoG8Q+f8k9LHC1W8kOdSGxyhnwV542N07BUbC8T
      bXK29SCd6tFHFrXqExNApG4UrDdcEx1tH5IpJU4HdWMInyg/6DG8u+y0M7AEh7bc
      xXsmzyvV2OUtvCu/WTxSiWfGNZUqVHIj6C4Dp+BklSMCgC7lwPN9EiflxoIcNivq
      Ms4CojoHVm7uc0tb25AvZjsCy4SIOGxsKqd6m98c8B+hwcBXmeA5/w==
      -----END RSA PRIVATE KEY-----
    EOT
  }
}
