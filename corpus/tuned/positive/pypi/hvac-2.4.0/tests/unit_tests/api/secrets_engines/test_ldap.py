    )
    @requests_mock.Mocker()
    def test_generate_static_credentials(
        self, test_label, mount_point, requests_mocker
    ):
        expected_status_code = 200
        role_name = "hvac"
        mock_response = {
            "dn": "uid=hashicorp,ou=Users,dc=example,dc=com",
            "last_vault_rotation": "2020-02-19T11:31:53.7812-05:00",
            "password": "LTNfyn7pS7XEZIxEYQ2sEAWic02PEP7zSvIs0xMqIjaU0ORzLhKOKVmYLxL1Xkyv",
