        "open.getsession.org/test-room"
    ),
    "sparkpost": (
        "sparkpost://user@example.com/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/"
        "one@example.ca?batch=no"
    ),
    "telegram": (
        "tgram://123456789:ABCdefGHIjklMNOpqrSTUvwxYZ1234567890/111/"
    ),
