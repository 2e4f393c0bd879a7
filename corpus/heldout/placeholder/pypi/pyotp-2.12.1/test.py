                with self.subTest(otp_type=otp_type, secret=secret):
                    with self.assertRaises(ValueError):
                        otp_type(secret)

    def test_modified_short_secrets_are_rejected_by_verification(self):
        valid_secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
        for length in (10, 13):
            secret = base64.b32encode(bytes(range(length))).decode("ascii")
            with self.subTest(length=length):
                hotp = pyotp.HOTP(valid_secret)
                hotp.secret = secret
                with self.assertRaisesRegex(ValueError, "at least 112 bits after decoding"):
                    hotp.verify("123456", 0)
                for otp_type in (pyotp.TOTP, pyotp.contrib.Steam):
                    otp = otp_type(valid_secret)
                    otp.secret = secret
