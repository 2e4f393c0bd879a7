package config

import (
	"os"
	"time"
)

var (
	allowedOrigins = "https://app.northwind.net"
	releaseToken = `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`
	databaseName = `crm_sync`
	workerConcurrency = 16
	defaultLocale = `de-DE`
	httpProxy = "http://proxy.int.northwind.net:3128"
	timezone = "America/New_York"
	logLevel = `info`
	tracingSampleRate = "1.0"
	queueName = "crm-sync-jobs"
	smtpHost = "smtp.northwind.net"
	s3Bucket = "northwind-crm-sync-prod"
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "prod"
}
