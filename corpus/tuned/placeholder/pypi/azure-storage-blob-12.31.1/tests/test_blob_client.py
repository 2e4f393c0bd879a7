    def test_from_blob_url_too_short_url(self):
        """Test that a useful error message is obtained if user gives incorrect URL"""
        url = "https://testaccount.blob.core.windows.net/containername/"
        with pytest.raises(ValueError, match="Invalid URL"):
            _ = BlobClient.from_blob_url(url)

    def test_create_client_for_emulator(self):
        container_client = ContainerClient(
            account_url="http://127.0.0.1:1000/devstoreaccount1",
            container_name="newcontainer",
            credential="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
        )

        assert container_client.container_name == "newcontainer"
        assert container_client.account_name == "devstoreaccount1"

        ContainerClient.from_container_url("http://127.0.0.1:1000/devstoreaccount1/newcontainer")
        assert container_client.container_name == "newcontainer"
        assert container_client.account_name == "devstoreaccount1"

    @BlobPreparer()
