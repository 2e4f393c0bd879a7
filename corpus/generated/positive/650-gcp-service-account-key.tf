provider "google" {
  project     = "initech-platform-502739"
  region      = "europe-west1"
  credentials = <<-EOT
    {
      "type": "service_account",
      "project_id": "initech-platform-502739",
      "private_key_id": "e1c4cab54a746a73bf929e57e5df31595d23fe03",
      "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDjHvFgjokZpKLq\nXIRimfvULVN2UfuzkaBfIqAZlJrMfNMCFpcDm2rKlYi5+Siy68xptPesx7o0rSO6\nStyTC/nq83WWC41pITyIi/Z/ROjuVZ+MLNVhXp7NwxyQuQnEg5CQqF9yRLb+j2Cq\neTKtsHf2yukG/J/pwXhRb4ab0zMPI4TfDaXBGFxfO5wxaxOaYHgu7n/jpVR37FXl\nQp2NuDITSbwrhSiJz/7SWtxaBJBQW2f3NBANCDMCjH+pim92G9aSo6JTWNhake/d\nXu+8wS039taX0e7jDEN5SIeq30Fc2z1OZh4iEsehTqLgAV3qC1TRXc8ZWIM+Qam8\nvGsc9TZXkUfFW9G6YiuUNUxgm9zWBVmvF4LLG3LHJnk/Ff8UHpifJunr+EOl6sFc\nm1vKHzSiJzgAhYrooiUOcv4mbEdaiJ/7B9+j+cVu23awIwVG/G9YDRcoi6ssYX0A\nDdT7+X5lNAl2KAo6XksVtoLTiJN1nDi1k5/YT5xlOQvLoYd4xKuOR7re91dA1ms6\nEtWKHuXg5ljBqzBXTkyxNnQ+kk2btxfbEO8HowM6uH14oOu4fCpqfASD1dUF3M70\nBdlDjGeYouaUMD9JNBMdguxKn4lXPa176sOIIjDW4vPqwfmcFbOY2MHJB4flg5va\nIlXp7ELa3oDVreYIiBIa6xe8++aqvj0n46bq3Yg2TUXAyiAF0lvfJ2z518lb18xt\nbQ52U3Rf9/blhIysVGRbVCA9rtd+pTWA/+JaO8i4RER67Ju/tqzvxZantsAwWtAf\n2ChfeXoL4P8cLkZyVOAiNP/4ciY+5uC5FQiu2+qORx5E07zaj1fSheWxRwyDl6nF\nDRGGOqGasZSPw1+WIPMM1wPbMnNnHlMmwOijgT3PBcD8tLAGFKJMWe8+DorxcfhJ\nyC9SEc15WIUtYRy5heIibeNrKjOlBWvpDtpGPt1mg2pR7/h1fQq84OI1sawtasnj\n2tWm7hp9iINFEyT3DNDr1A8/Z42J940rrPRSdjBVQF6R9SaSC6gwpAraH90+YBif\nG6gC3KjzegnEvYlEs9bdsKTQWYPjrLvKZuhGi3sORwLJCid/Td8s4qBIMJaI2nkA\nQNoLhdWN2KZ7XojAslwE+GDbbqMH6yTKaqlmyQeP/lQQFUllXSGM6ym8gGpVJ6mE\nHFPDUEgCk9nHmYIDG/DT4N8ecIb314uSw08cgDTfB5+wllAx64PcDEQfbgVPuQBG\nXw/TZ6PIX5Z/sVKff4DVQ+N/kLTXc5hrrzfeBCr20Iy6RtLj8XSz+tcdNVQvPQOP\nPkPRXKBcytRnweg/0uY+LzEOOridAjHoHKIu+6Ql4NAr0tpGdajTKiIXgsxEm89c\nVLWMZlAIFA/yQOEk7XvGnWtNhPIXaE1t2NNXKfE3/sCxLrpgmSIPUjk6QJMkRQFL\nyx6uet9fGaW7Ry/5nAA1GOuG4ZWkLnhUjn/iaIaKyf4Ls/OWnkJqxPlnEdxozrhq\nc8+DO20ElDr0pni9/eSVDLhrfn8lNFarTdg/37ozHqj6Y9W2FR7+/8RcoE30FquA\n81sQNZU1o9XJ3wEA4ixaRr4C\n-----END PRIVATE KEY-----\n",
      "client_email": "bq-loader@initech-platform-502739.iam.gserviceaccount.com",
      "client_id": "883208535859314696893",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40initech-platform-502739.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
  EOT
}
