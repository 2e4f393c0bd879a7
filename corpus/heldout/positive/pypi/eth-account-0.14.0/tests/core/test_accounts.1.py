    expected_sender = acct.from_key(transaction["key"]).address
    assert acct.recover_transaction(raw_txn) == expected_sender


def get_encrypt_test_params():
    """
    Params for testing Account#encrypt. Due to not being able to provide fixtures to
    pytest.mark.parametrize, we opt for creating the params in a non-fixture method
    here instead of providing fixtures for the private key and password.
    """
    key = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
    key_bytes = to_bytes(hexstr=key)
    private_key = keys.PrivateKey(HexBytes(key))
