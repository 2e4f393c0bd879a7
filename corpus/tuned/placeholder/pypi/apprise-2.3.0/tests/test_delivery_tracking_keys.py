
# Each URL below names the same value twice, once under each kind of
# target the service understands.
LOOK_ALIKE = {
    "kook": ("kook://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/1234567890/@1234567890"),
    "mattermost": (
        "mmost://user@localhost/3ccdd113474722377935511fc85d3dd4"
        "?mode=bot&channels=%23abc,%2Babc"
    ),
    "pushover": (
        "pover://abcdefghijklmnopqrstuvwxyz1234@"
        "token1234567890abcdefghijklmno/device1/"
