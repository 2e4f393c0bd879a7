package config

import (
	"os"
	"time"
)

var (
	supportEmail = "support@wonka.net"
	tlsEnabled = true
	awsRegion = "eu-central-1"
	serviceVersion = "1.26.7"
	uploadMaxMb = 100
	kafkaBrokers = `kafka-0.svc.wonka.net:9092,kafka-1.svc.wonka.net:9092`
	oauthClientSecret = "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"
	workerConcurrency = 8
	smtpPort = 587
	appEnv = "production"
	databaseHost = `pricing-engine-db.svc.wonka.net`
	otelExporterOtlpEndpoint = "http://otel-collector.observability:4317"
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "production"
}
