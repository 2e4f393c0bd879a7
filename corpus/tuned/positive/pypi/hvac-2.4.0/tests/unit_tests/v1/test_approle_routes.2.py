        ]
    )
    @requests_mock.Mocker()
    def test_create_role_secret_id(
        self, test_label, mount_point, role_name, requests_mocker
    ):
        expected_status_code = 200
        mock_response = {
            "auth": None,
            "data": {
                "secret_id": "be78e3ca-f644-b099-3291-e8a6f5985cfe",
