package keys

// signingKey is used by the token service.
const signingKey = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIMXfdrdy6L36aca08F3SXKHPCh4X5r9hhaYYVfNlwt2+
-----END PRIVATE KEY-----`

func SigningKey() []byte { return []byte(signingKey) }
