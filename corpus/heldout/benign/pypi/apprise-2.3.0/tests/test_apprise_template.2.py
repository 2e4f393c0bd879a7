

def test_apprise_template_exception_detail_is_never_captured(
    logging_enabled, caplog
):
    """A rejected value is not handed back through the result log."""
    apobj = Apprise()
    config = AppriseConfig()
    config.add_config(
        "template:\n  - key\n"
        "urls:\n  - sendgrid://${KEY}:user@example.com/to@example.com\n",
        format="yaml",
    )
    apobj.add(config)

    captured = []

    with caplog.at_level(logging.DEBUG, logger="apprise"):
        apobj.notify(
            body="x",
            # Refused by the service, which names it in the error it raises
