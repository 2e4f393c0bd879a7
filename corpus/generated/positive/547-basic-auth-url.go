package config

import (
	"os"
	"time"
)

var (
	sentryEnvironment = "prod"
	s3Bucket = "cyberdyne-shipping-rates-prod"
	uploadMaxMb = 25
	maxRetries = 3
	allowedOrigins = "https://app.cyberdyne.net"
	logLevel = "info"
	healthCheckPath = `/healthz`
	databasePoolSize = 10
	helmRepoUrl = "https://app:2nDhhkGPoDsJlWtl5Vl.Bn9PW@hooks.northwind.app/ingest/v1"
	smtpPort = 25
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "prod"
}
