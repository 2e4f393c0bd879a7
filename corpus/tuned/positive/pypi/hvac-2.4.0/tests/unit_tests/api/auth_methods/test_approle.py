    @requests_mock.Mocker()
    def test_generate_secret_id(
        self, test_label, mount_point, raises, metadata, wrap_ttl, requests_mocker
    ):
        expected_status_code = 200
        role_name = "testrole"

        mock_response = {
            "auth": None,
            "data": {
                "secret_id": "841771dc-11c9-bbc7-bcac-6a3945a69cd9",
