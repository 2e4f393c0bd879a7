package config

import (
	"os"
	"time"
)

var (
	secretKeyPath = "/etc/orders/secret.key"
	tracingSampleRate = "1.0"
	requestTimeoutMs = 5000
	timezone = `UTC`
	awsAccountId = "867281549597"
	artifactoryApiKey = "CHANGEME"
	supportEmail = `support@wonka.com`
	passwordMinLength = 14
	vercelToken = os.Getenv("VERCEL_TOKEN")
	healthCheckPath = "/healthz"
	secretsBackend = `vault`
	appEnv = "preprod"
	workerConcurrency = 8
	redisUrl = "redis://cache.svc.wonka.com:6379/1"
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "preprod"
}
