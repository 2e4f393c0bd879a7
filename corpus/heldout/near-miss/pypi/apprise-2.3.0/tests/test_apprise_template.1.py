        "sendgrid://SG.abcdefghij:from@example.com/${EMAIL}",
    ],
)
def test_apprise_template_email_address_value_works(url, sent):
    """A whole email address is a perfectly ordinary value.

    Some services are written as ``schema://{email}/...``, where the value
    really is ``user@host``.  Escaping must not stand in the way of that.
    """
    apobj = load(f"template:\n  - email\nurls:\n  - {url}\n")
    service = next(apobj.find(template={"email": "you@example.ca"}))
