        "client_secret": "iuMPN6Ne1PD7cos29Tk9rlqH",
