package keys

// signingKey is used by the token service.
const signingKey = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIP5L3BUiHxnSQU9AnCXzcVstIejvwyIMMhrlwFPRay6YoAoGCCqGSM49
AwEHoUQDQgAEwXGoXfkMburenjI8uZtjN4FQONisxA/saeNQmirEHeRcAaqAm0Jy
Z/AUG3zcN6HJ+C0wGYXezEL7KIK5O8sEhw==
-----END EC PRIVATE KEY-----`

func SigningKey() []byte { return []byte(signingKey) }
