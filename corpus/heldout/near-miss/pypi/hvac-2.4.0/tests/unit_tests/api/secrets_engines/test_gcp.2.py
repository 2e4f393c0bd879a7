
    @parameterized.expand(
        [
            param(
                method="GET",
                expected_status_code=200,
                expected_response={
                    "data": {
                        "key_algorithm": "KEY_ALG_RSA_2048",
                        "key_type": "TYPE_GOOGLE_CREDENTIALS_FILE",
                        "private_key_data": "ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIsCiAgIn...",
                    }
                },
            ),
            param(
                method="POST",
                expected_status_code=200,
                expected_response={
                    "data": {
                        "key_algorithm": "KEY_ALG_RSA_1024",
                        "key_type": "TYPE_GOOGLE_CREDENTIALS_FILE",
