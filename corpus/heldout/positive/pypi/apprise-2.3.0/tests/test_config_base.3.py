

def test_yaml_token_multi_alias():
    """ConfigBase skips shortcuts that represent several URL values."""
    tokens = ConfigBase._special_token_handler(
        "slack", {"token": "T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ"}
    )
    assert tokens == {}

    # The same key in a real configuration does not break the parse
    result, _ = ConfigBase.config_parse_yaml("""
urls:
