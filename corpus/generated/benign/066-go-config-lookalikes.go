package config

import (
	"os"
	"time"
)

var (
	tracingSampleRate = "1.0"
	allowedOrigins = "https://app.cyberdyne.net"
	cacheTtlSeconds = 900
	passwordHasher = "argon2id"
	secretKeyPath = "/etc/notifier/secret.key"
	apiKeyHeader = `X-Api-Key`
	databaseUrl = "postgresql://user:password@localhost:5432/dev"
	tlsEnabled = true
	uploadMaxMb = 100
	vaultRole = "notifier"
	paginationDefaultLimit = 50
	port = 8000
	ownerTeam = "mobile"
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "preprod"
}
