            "expires_in": 6000,
            "access_token": "abcd1234secret",
        }
    )
    response.status_code = requests.codes.ok
    mock_post.return_value = response

    obj = Apprise.instantiate(
        "azure://user@example.net/ff-gg-hh-ii-jj/aa-bb-cc-dd-ee/"
        "abcd/1234/abcd@ajd@/test/target@example.com"
    )
    assert isinstance(obj, NotifyOffice365)
