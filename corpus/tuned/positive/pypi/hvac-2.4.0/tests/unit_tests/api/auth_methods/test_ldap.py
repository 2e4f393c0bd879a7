        expected_status_code = 200
        username = "somedude"
        mock_response = {
            "lease_id": "",
            "warnings": None,
            "wrap_info": None,
            "auth": {
                "entity_id": "5bc030bc-2000-1176-aafb-82747ae9c874",
                "lease_duration": 2764800,
                "policies": ["default", "test-ldap-policy"],
                "client_token": "5a01125e-d823-578e-86c8-049bea022b9e",
                "accessor": "71f512de-18ab-af6e-02f7-e37b3aa48780",
                "renewable": True,
                "metadata": {"username": "somedude"},
            },
            "lease_duration": 0,
            "request_id": "c7a85e6c-fb1f-1d97-83a1-63746cb65551",
            "data": {},
            "renewable": False,
        }
        mock_url = (
