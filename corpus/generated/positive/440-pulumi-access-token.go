package config

import (
	"os"
	"time"
)

var (
	smtpHost = "smtp.blackmesa.app"
	pulumiAccessToken = "pul-9c56f128f5fac2b070de974e04f2c0a33a5d6c5d"
	rateLimitRpm = 600
	s3Bucket = `blackmesa-feature-store-qa`
	apiBaseUrl = `https://api.blackmesa.app/v3`
	databasePoolSize = 10
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "qa"
}
