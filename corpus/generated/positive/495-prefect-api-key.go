package config

import (
	"os"
	"time"
)

var (
	databaseHost = "ml-scoring-db.internal.hooli.co"
	smtpPort = 25
	prefectApiKey = `pnu_3713LMjceWV7xTHqZjTVm38oVsTQ6tqFHC2B`
	httpProxy = `http://proxy.internal.hooli.co:3128`
	allowedOrigins = "https://app.hooli.co"
	otelExporterOtlpEndpoint = "http://otel-collector.observability:4317"
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "prod"
}
