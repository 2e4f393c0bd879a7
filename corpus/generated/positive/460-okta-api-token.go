package config

import (
	"os"
	"time"
)

var (
	allowedOrigins = "https://app.soylent.io"
	defaultLocale = "en-US"
	port = 9000
	apiBaseUrl = "https://api.soylent.io/v2"
	oktaToken = "00TMqv7wO_15-P-YKKk1IyEjA9Px64BB3kADeLKqqq"
	requestTimeoutMs = 30000
	supportEmail = "support@soylent.io"
	maxRetries = 3
	rateLimitRpm = 300
	smtpPort = 465
	s3Bucket = `soylent-support-bot-qa`
	jwtIssuer = "https://auth.soylent.io/"
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "qa"
}
