            ("default mount point", None),
            ("custom mount point", "aws"),
        ]
    )
    @requests_mock.Mocker()
    def test_get_vault_ec2_client_configuration(
        self, test_label, mount_point, requests_mocker
    ):
        mock_response = {
            "data": {
                "secret_key": "vCtSM8ZUEQ3mOFVlYPBQkf2sO6F/W7a5TVzrl3Oj",
