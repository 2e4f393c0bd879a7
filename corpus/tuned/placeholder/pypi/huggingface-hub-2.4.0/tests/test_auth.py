        on_pending.assert_called_once()

    def test_slow_down_increases_interval(self):
        with (
            patch("huggingface_hub.utils._oauth_device.get_session") as mock_session,
            patch("huggingface_hub.utils._oauth_device.time.sleep") as mock_sleep,
        ):
            mock_session.return_value.post.side_effect = [
                _mock_response({"error": "slow_down"}),
                _mock_response({"access_token": "hf_oauth_123"}),
            ]
            poll_device_token(_device_info(interval=5))
        # The first poll happens immediately; after slow_down the interval is bumped to 10.
        assert [call.args[0] for call in mock_sleep.call_args_list] == [10]

    def test_transient_failures_keep_polling(self):
        """Network blips, 5xx, non-JSON pages and non-OAuth JSON errors mid-poll must not abort the login."""
        non_json = MagicMock()
        non_json.status_code = 429
        non_json.json.side_effect = ValueError("not json")
