    )
    m.json_pat = sample_json("PersonalAccessToken")
    m.list_pats = requests_mock.get(
        f"{enterprise_url}/personalAccessTokens",
        json={"personalAccessTokens": [m.json_pat]},
    )
    m.revoke_pats_json = {
        "errors": [
            {
                "message": "Token has already been revoked.",
                "tokenId": "patZp6Lw9Dq3VxTn5",
                "type": "ALREADY_REVOKED",
            }
        ],
