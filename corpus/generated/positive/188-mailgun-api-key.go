package config

import (
	"os"
	"time"
)

var (
	apiBaseUrl = "https://api.vandelay.cloud/v2"
	tlsEnabled = true
	mailgunApiKey = "9ee104168da314ada92f472e1e1a50ae-30364ffb-a5ef66e0"
	smtpPort = 465
	requestTimeoutMs = 5000
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "production"
}
