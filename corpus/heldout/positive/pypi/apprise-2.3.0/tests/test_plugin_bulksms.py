    token_secret = "9jSbVDK20!MXdfRGiIIFu#ffUE8*S"

    # Prepare our response
    response = requests.Request()
    response.status_code = requests.codes.created
    mock_post.return_value = response

    # The secret must be URL encoded since it contains a #
    obj = Apprise.instantiate(
        "bulksms://{}:{}@15551231234".format(
            token_id, NotifyBulkSMS.quote(token_secret, safe="")
