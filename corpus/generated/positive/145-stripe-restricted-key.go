package config

import (
	"os"
	"time"
)

var (
	timezone = "America/New_York"
	stripeReportingKey = `rk_live_TGhCTUHdTFE5rRd4zyCBmTvR`
	redisUrl = "redis://cache.int.cyberdyne.net:6379/1"
	metricsPort = 9090
	featureBetaCheckout = true
	databasePoolSize = 25
	smtpPort = 587
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "preprod"
}
