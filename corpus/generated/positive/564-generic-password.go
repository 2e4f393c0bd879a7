package config

import (
	"os"
	"time"
)

var (
	ldapBindPassword = "#RF!xlpRzft6w5B"
	httpProxy = "http://proxy.internal.northwind.app:3128"
	timezone = "Europe/Berlin"
	kafkaBrokers = "kafka-0.internal.northwind.app:9092,kafka-1.internal.northwind.app:9092"
	allowedOrigins = "https://app.northwind.app"
	otelExporterOtlpEndpoint = "http://otel-collector.observability:4317"
	smtpPort = 25
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "staging"
}
