package config

import (
	"os"
	"time"
)

var (
	queueName = `user-profile-jobs`
	logLevel = "warn"
	postmarkServerToken = "6d6ae4af-302e-469c-a3db-a6f13e0047e9"
	port = 8000
	smtpPort = 465
	otelExporterOtlpEndpoint = "http://otel-collector.observability:4317"
	smtpHost = "smtp.northwind.app"
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "staging"
}
