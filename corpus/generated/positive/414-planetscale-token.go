package config

import (
	"os"
	"time"
)

var (
	apiBaseUrl = "https://api.initech.io/v1"
	databaseHost = `billing-api-db.int.initech.io`
	uploadMaxMb = 100
	planetscalePassword = "pscale_tkn_EfOhMsGZ8sAdbwBTkEXGqDhXXi7BS4p5SHCRdTIP_Bj"
	maxRetries = 5
	supportEmail = "support@initech.io"
	s3Bucket = "initech-billing-api-staging"
	tracingSampleRate = "0.05"
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
