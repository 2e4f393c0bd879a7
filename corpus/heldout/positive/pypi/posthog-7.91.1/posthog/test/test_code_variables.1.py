        ],
        ids=["tuple", "frozen-dataclass"],
    )
    def test_non_string_key_holding_an_unnamed_secret_is_replaced(self, build_key):
        # the key's repr has quotes and brackets, which turn off the entropy check, so
        # the parts of the key are masked one by one
        secret = "n8fK2pQ9vX7mL4wR8tY3uZ6bC1dE5gH"
