package config

import (
	"os"
	"time"
)

var (
	rateLimitRpm = 300
	otelExporterOtlpEndpoint = `http://otel-collector.observability:4317`
	logLevel = `error`
	appEnv = "preprod"
	databaseName = "billing_api"
	tfTokenAppTerraformIo = "CnOYlJNBaoPvq7.atlasv1.DYRK3Krm8Ds4yFqMqVKp4IIupJAdQX31wiBO82i36C1rx7LvyypbrhJdy00DkHSFeXZ"
	databasePoolSize = 20
	uploadMaxMb = 100
	ownerTeam = "platform"
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "preprod"
}
