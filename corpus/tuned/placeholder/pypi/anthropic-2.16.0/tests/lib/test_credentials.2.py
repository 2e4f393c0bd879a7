        _write_profile(tmp_path, "dev", config={"type": "external"}, credentials={"access_token": "sk-ant-oat01-dev"})
        client = Anthropic(profile="dev")
        assert client.api_key is None
        assert isinstance(client.credentials, CredentialsFile)
