    ),  # Anthropic
    _key("AKIA", "IOSFODNN7EXAMPLE"),  # AWS access key id (AWS's own doc example)
    _key("sk_live_", "4eC39HqLyjWDarjtT1zdp7dc"),  # Stripe secret key
    _key("pk_live_", "TYooMQauvdEDq54NiTphI7jx"),  # Stripe publishable key
