                self.assertTrue(len(resp.content) == 0)

    @parameterized.expand(
        [
            param(
                method="GET",
                expected_status_code=200,
                expected_response={
                    "data": {
                        "expires_at_seconds": 1679109162,
                        "token": "ya29.c.b0Aaekm1Le-n2NCqrzZjdMtjpbgRji2yhiJkO...",
                        "token_ttl": 3598,
                    }
                },
            ),
            param(
                method="GET",
                expected_status_code=400,
                raises=InvalidRequest,
                expected_response={
                    "errors": ["role set 'missing-roleset' does not exists"]
