        file_as_path = fa_env.path("KEY_FILE")
        assert file_as_path.exists()

        # use it as a string
        file_as_str = fa_env.str("KEY_FILE")
        assert str(file_as_path) == file_as_str

    def test_expand_value_from_file(self, set_env, set_env_file):
        fa_env = environs.FileAwareEnv(expand_vars=True)

        set_env({"DATABASE_URL": "postgres://user:${PASSWORD}@host:5432/dbname"})
