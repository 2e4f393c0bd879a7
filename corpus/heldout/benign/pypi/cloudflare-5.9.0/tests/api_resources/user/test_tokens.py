
        assert cast(Any, response.is_closed) is True

    @pytest.mark.skip(reason="TODO: investigate broken test")
    @parametrize
    def test_method_update(self, client: Cloudflare) -> None:
        token = client.user.tokens.update(
            token_id="ed17574386854bf78a67040be0a770b0",
            name="readonly token",
            policies=[
                {
                    "effect": "allow",
                    "permission_groups": [
