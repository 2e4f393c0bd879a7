        assert out["user"] == "warehouse"
        assert out["password"] == REDACTED
        assert "Config" in out["__class__"]
        assert "uHjH9secret" not in str(out)

    def test_plain_object_is_decomposed_via_its_dict(self):
        # obj.username="alice", obj.api_key=<secret>
        class Credentials:
            def __init__(self):
                self.username = "alice"
                self.api_key = "sk_live_abc123"

        out = mask(Credentials())
        assert out["username"] == "alice"
        assert out["api_key"] == REDACTED
