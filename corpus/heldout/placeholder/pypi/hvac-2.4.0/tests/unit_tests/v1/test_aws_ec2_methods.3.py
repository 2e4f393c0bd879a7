    @parameterized.expand(
        [
            ("default mount point", None),
            ("custom mount point", "aws"),
        ]
    )
    @requests_mock.Mocker()
    def test_create_vault_ec2_client_configuration(
        self, test_label, mount_point, requests_mocker
    ):
        test_access_key = "AKIAABCDEFGUE1234567"
