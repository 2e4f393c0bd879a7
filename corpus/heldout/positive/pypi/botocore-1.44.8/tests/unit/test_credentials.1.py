    skip_if_crt,
    skip_if_windows,
    temporary_file,
    unittest,
)

# Passed to session to keep it from finding default config file
TESTENVVARS = {'config_file': (None, 'AWS_CONFIG_FILE', None)}

SAMPLE_SIGN_IN_DPOP_PEM = (
    '-----BEGIN EC PRIVATE KEY-----\n'
    'MHcCAQEEIDXxfh2F6vl+AX+tK/jvY5ll6aZ9n8sI2ODsWCmrsx'
    'SDoAoGCCqGSM49\nAwEHoUQDQgAERKnl1X15pEx7ebbMQ0dFw6'
    'VeOuCjEuh3NT8dwnBHYyF/7YDy8+Fu\nCx+4wgiSs9sRD3LaDK'
    'CjIbbmEq07Jw59YQ==\n-----END EC PRIVATE KEY-----\n'
)


raw_metadata = {
    'foobar': {
        'Code': 'Success',
        'LastUpdated': '2012-12-03T14:38:21Z',
