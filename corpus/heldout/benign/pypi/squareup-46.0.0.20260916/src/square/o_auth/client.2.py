        )
        client.o_auth.obtain_token(
            client_id="sq0idp-uaPHILoPzWZk3tlJqlML0g",
