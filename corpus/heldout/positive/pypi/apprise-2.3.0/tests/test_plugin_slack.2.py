        token_c="TIiajkdnlazkcOXrIdevi7FQ",
        use_blocks=True,
        user="BlockBot",
    )

    assert obj.notify(body="hello", title="world", notify_type=NotifyType.INFO)
    payload = loads(mock_request.call_args.kwargs["data"])
    assert payload["username"] == "BlockBot"


@mock.patch("requests.request")
