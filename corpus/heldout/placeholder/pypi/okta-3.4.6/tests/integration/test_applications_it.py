            assert created_app_user.status == "ACTIVE"
            assert created_app_user.sync_state == "DISABLED"

            # Retrieve
            found_app_user, _, err = await client.get_application_user(app.id, user.id)
            assert err is None
            assert found_app_user.id == user.id

            # Update
            UPDATED_USER_NAME = "JohnJohnJohn"
            UPDATED_PASSWORD = "Password12345!"
            updated_credentials = models.AppUserCredentials(
                **{
                    "password": models.AppUserPasswordCredential(
                        **{"value": SecretStr(UPDATED_PASSWORD)}
                    ),
                    "userName": UPDATED_USER_NAME,
                }
            )
            app_user_credentials_payload = models.AppUserCredentialsRequestPayload(
                **{"credentials": updated_credentials}
