        test_secret_key = "thisisasecretyall"
        expected_status_code = 204
