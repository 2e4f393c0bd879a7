            "access_token": "asdfoiw37850234lkjsdfsdf",
            "expires_in": "3600",
        }
        self.client_id = "foo"
        self.clients = [
            WebApplicationClient(self.client_id),
            MobileApplicationClient(self.client_id),
            LegacyApplicationClient(self.client_id),
            BackendApplicationClient(self.client_id),
        ]

