                args = (
                    PostgresConfig(host="db.example.com", password=secret),
                    Inputs(schema_name="traffic_stats"),
                )
                1 / 0

            trigger_error()
            """,
            env={"TEST_DB_PASSWORD": "uHjH9WJuEV0VT2NKoP7zpQ"},
        )
        assert "code_variables" in output
