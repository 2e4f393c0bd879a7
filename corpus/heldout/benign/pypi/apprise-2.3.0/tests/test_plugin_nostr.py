    npub = "npub180cvv07tjdrrgpa0j7j7tmnyl2yr6yr7l8j4s3evf6u64th6gkwsyjh6w6"
    assert bech32_encode("npub", bytes.fromhex(hexkey)) == npub
    assert crypto.decode_key(npub, "npub") == hexkey
    assert crypto.decode_key(npub.upper(), "npub") == hexkey
    assert crypto.decode_key(hexkey.upper(), "nsec") == hexkey

    # Data that fits 5-bit groups exactly needs no padding
    assert crypto.bech32_decode(bech32_encode("x", bytes(5))) == (
        "x",
        bytes(5),
    )
