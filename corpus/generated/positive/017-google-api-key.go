package config

import (
	"os"
	"time"
)

var (
	sentryEnvironment = "preprod"
	appName = "webhook-gateway"
	supportEmail = "support@blackmesa.io"
	googleMapsApiKey = "AIzardFbAy3kFs_CCjCeac6GVwRUGh_uYaH4awE"
	maxRetries = 3
	allowedOrigins = "https://app.blackmesa.io"
	databasePoolSize = 25
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "preprod"
}
