resource "kubernetes_secret" "pricing_engine_tls" {
  metadata {
    name      = "pricing-engine-tls"
    namespace = "payments-prod"
  }

  data = {
    "tls.key" = <<-EOT
      -----BEGIN PRIVATE KEY-----
      MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDAT4FO5XaKhY3B
      ilU1gKUh+wt0mVdEy85tcTdTpmzc/Ic7+nGTMYVg+uwKterxjbzFn9uSGisj50ik
      y1mjWp7KOf6HBXn/JJa0xDq/ajK+pXz96iDUgajxnPpC9SayscdiH5ldnHAXLsIX
      GtTDP5o/MafuUQzxSCaA4wXD8/Ys2mUK8mZoo+S0K78dFzj5DqQeCZT+yqhbmKJk
      EOflCrN+55OCkfiEInvcxKCcfQRTgzsTmpe1H5Il+zlVaAN2XiHqSR/A+Vlw3Dmi
      IiH8eQ5/s6iiKIRPNyxzSrcrA0eQwCnAB2sr0l0LFM2zGppYaS3PNTFp6sFJ0Qcd
      uKQ4QlmY0cnGRqbgn0V4Fk1X31u3HVWubwlXh5BRh8aHhmltpvs5Xcinfx3PLFj8
      Og+/Ii41k+MTUUaJ5H71XOqP0tEEJZDykQriS0DmD0hxhTdZxClmpYcN6g1RgGN7
      3BwPoYliuGuQ0qrzLiVE56mK+fH1xz6HTmdWCUnnhJYCQCoQ17zGC6L9DjzKNA9d
      p7966zX0WU9qTXRG0oxh2IQfKmGjDqunLlQnMHDczG8sBQtzcCneXrGIWoNjt+LU
      0VUlKKVJmlIg03lRHwFo5ghOMTlwwnyCgUoXWIJljFMxki1pU3lCHLFqaU3TTjRJ
      dmL9xjlIJcDR3j2mRw81L7/zKMVIj0uQWQkbtho+/wNN/8nIojar9E7Fc7GTWuwQ
      uAdEkEFRo3Xj4ZQuwzma7KBJf6YgS4a2J4VxAIT4JHJO6LJmKhlZWQZ8QrfHGgIe
      h4psfrvczzKsJ/4PhVsgN+Atuj8k3tPrWA7j3Vb4FgG41T/4SysE3/fe7gmfUb3w
      AlvY3H56371Do6xC3DOn+oUNuqpdayFyHakd06D9L1HTmz7XHzhRNuYnBCcPPa57
      f52RJBVt5j3YaKSv4/uGP6NCKBMwNsp5dJNPu7CWMZVueryZNkFidd49RUxiQRhF
      6Sqnulk7wY3QdUTI9DGXy/ipYzsoWMyq1GOADeyFIYDuh9vcvdFZYdASM+bwWxLe
      cnN/scDHcN871MN7gY9kceUj2vrNAdoWvAcF6eleAfU8PFMf7vN7uje7T6fTDm93
      Ancs23L8zks6n9h3aUBGMC3Ja1hRVfa2NA3criiGzsM3AFAhrrxPePBqlqnllwQv
      uefxdaw/NygYVmznq39+olW/M9KrapWQu1VYbL2Ko97z/SL2QD5TCeHqsA952anM
      pKz2LfrpKGIRBsMpgP2cHr00bX9xmsXaKzkWZVD7JKMqz7bLBnQ30hCTghqfFC+K
      GGj2LmmeKzDyGjEuYIsOf1Ayar3Q0WsOwUl81Ppqoh9/+rVqDqrjDn3IGkTwnO7X
      Jv5zVLWb9OKutga6LOYvi5X5qe8K673cN3e5BaXc85yF3ZsLoT14mekTF3VdrNTX
      L7h/iA/9TUZX6H6ogBRY0TjPYOpqNOV6DoAAsTIztZ62PUFiGia7LVnM38td+FGd
      z4VBVuv3wyWr0VxuRPWZORfitlx3+56WcR15i7/voqT/AxGPCiJo3NaWAMtpvTRD
      H68u7uX9dPgzyLbvxGzlRHIx
      -----END PRIVATE KEY-----
    EOT
  }
}
