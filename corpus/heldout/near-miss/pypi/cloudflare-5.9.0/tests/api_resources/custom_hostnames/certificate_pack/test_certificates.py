            custom_key="-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC/SCB5...\n-----END PRIVATE KEY-----\n",
        )
        assert_matches_type(Optional[CertificateUpdateResponse], certificate, path=["response"])

    @parametrize
    def test_raw_response_update(self, client: Cloudflare) -> None:
        response = client.custom_hostnames.certificate_pack.certificates.with_raw_response.update(
            certificate_id="0d89c70d-ad9f-4843-b99f-6cc0252067e9",
