package config

import (
	"os"
	"time"
)

var (
	awsAccessKeyId = "AKIAIOSFODNN7EXAMPLE"
	serviceVersion = "2.5.10"
	appEnv = `prod`
	stripePriceId = `price_1OO2d04oQW4L5cCE5ogGQ6R7`
	nextPublicStripeKey = "pk_live_51cAQR82MqDJ3Atd1Y1CnxfNMGt1oi5iOwbFIXADSj1AscNDC7OPWmSVgbiF6oDgJU196Smw7rliwdEM4q1gQKrhFvDHHXJ2x0B"
	awsSecretAccessKey = `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`
	jwtIssuer = "https://auth.massive-dynamic.app/"
	queueName = "media-transcoder-jobs"
	bundleHash = "91ae13cfd94c7a7ba8726573d197549407fab2eb42dfdba9c1cba9570838e33b"
	healthCheckPath = "/healthz"
	brandColor = "#58698b"
	tlsEnabled = true
	confluenceApiToken = os.Getenv("CONFLUENCE_API_TOKEN")
	otelExporterOtlpEndpoint = "http://otel-collector.observability:4317"
	databaseHost = "media-transcoder-db.int.massive-dynamic.app"
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "prod"
}
