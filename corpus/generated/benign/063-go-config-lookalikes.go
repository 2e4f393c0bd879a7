package config

import (
	"os"
	"time"
)

var (
	vaultRole = `invoicing`
	secretKeyPath = "/etc/invoicing/secret.key"
	logLevel = `warn`
	featureAsyncExports = false
	sentryEnvironment = "staging"
	databasePoolSize = 20
	dbPassword = "vault:secret/data/invoicing/db#password"
	tokenExpiry = "15m"
	tracingSampleRate = "0.1"
	tlsEnabled = true
	passwordResetTtlSeconds = 3600
	requestTimeoutMs = 5000
	rateLimitRpm = 300
	instanceId = "a377b3c7-f31f-44f7-b502-ea97722f0e48"
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "staging"
}
