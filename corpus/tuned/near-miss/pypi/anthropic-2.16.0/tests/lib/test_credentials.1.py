

class TestAccessTokenReprMasking:
    def test_long_token_masked_to_last_four(self) -> None:
        tok = AccessToken(token="sk-ant-oat01-SECRETMATERIAL", expires_at=123)
