
    def test_censors_azure_sas_token_beginning_with_question_mark(self):
        """Test that SAS tokens beginning with ? are fully redacted in filter_hidden_settings."""
        conf = {
            'result_backend': (
                'azureblockblob://'
                'DefaultEndpointsProtocol=https;'
                'AccountName=acct;'
                'SharedAccessSignature=?sv=2022-11-02&sig=SECRET'
            ),
        }
        censored = filter_hidden_settings(conf)
