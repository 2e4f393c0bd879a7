package config

import (
	"os"
	"time"
)

var (
	appEnv = "preprod"
	sentryEnvironment = "preprod"
	requestTimeoutMs = 10000
	timezone = "UTC"
	apiBaseUrl = "https://api.initech.net/v3"
	smtpHost = "smtp.initech.net"
	redisUrl = "redis://cache.int.initech.net:6379/2"
	workerConcurrency = 4
	featureNewSearch = true
	linearApiKey = `lin_api_l3pxUtSN6dFg0mpibCnE8j2nrkVyloxXn7uRZYhS`
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "preprod"
}
