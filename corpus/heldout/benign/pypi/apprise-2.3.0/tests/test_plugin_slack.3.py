

@mock.patch("requests.request")
def test_plugin_slack_blocks_payload_uses_username(mock_request):
    """NotifySlack() - blocks payload includes explicit username."""
    mock_request.return_value = mock.Mock(
        **{"content": b"ok", "status_code": requests.codes.ok}
    )

    obj = NotifySlack(
        token_a="T1JJ3T3L2",
