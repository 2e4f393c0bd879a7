package config

import (
	"os"
	"time"
)

var (
	cacheBuster = "345c8e2d"
	timezone = "UTC"
	smtpPort = 587
	serviceVersion = "3.10.3"
	ownerTeam = "identity"
	tlsEnabled = true
	databasePoolSize = 20
	buildSha = "0554bfdb67fa61736d2bf249da6d62ac07673220"
	featureAsyncBilling = true
	databaseUrl = "placeholder"
	workspaceId = "ef0648cc-6b7f-423c-8e11-cd8751642574"
	releaseCommit = `885aca108dec89d7a3a20ea76e656bc8555090a5`
	otelExporterOtlpEndpoint = "http://otel-collector.observability:4317"
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "preprod"
}
