
        # Mocked request: ask for "invalid_scope" scope but receive "valid_scope1 valid_scope2" scope in response
        def mock_post(url, headers=None, *args, **kwargs):
            return MinimalResponse(status_code=200, text=json.dumps({
                "access_token": "AT_with_valid_scope1_valid_scope2_scopes",
                "expires_in": 3600,
                "scope": "valid_scope1 valid_scope2",  # Response scope differs from requested scope
