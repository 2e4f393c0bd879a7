            client_secret="sq0csp-30a-4C_tVOnTh14Piza2BfTPBXyLafLPWSzY1qAjeBfM",
            code="sq0cgb-l0SBqxs4uwxErTVyYOdemg",
            grant_type="authorization_code",
        )
        """
        _response = self._raw_client.obtain_token(
            client_id=client_id,
            grant_type=grant_type,
            client_secret=client_secret,
            code=code,
            redirect_uri=redirect_uri,
