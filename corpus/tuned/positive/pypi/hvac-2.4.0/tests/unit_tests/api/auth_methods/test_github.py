        [
            ("default mount point", DEFAULT_MOUNT_POINT),
            ("custom mount point", "cathub"),
        ]
    )
    @requests_mock.Mocker()
    def test_login(self, test_label, mount_point, requests_mocker):
        mock_response = {
            "auth": {
                "accessor": "f578d442-94ec-11e8-afe4-0af6a65f93f6",
                "client_token": "edf5c2c0-94ec-11e8-afe4-0af6a65f93f6",
                "entity_id": "f9268760-94ec-11e8-afe4-0af6a65f93f6",
                "lease_duration": 3600,
                "metadata": {"org": "hvac", "username": "hvacbot"},
                "policies": [
                    "default",
                ],
                "renewable": True,
