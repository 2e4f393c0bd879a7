package config

import (
	"os"
	"time"
)

var (
	smtpPort = 587
	databaseHost = "checkout-db.int.oscorp.co"
	workerConcurrency = 8
	cargoRegistryToken = "cioeex5QXrvhFOHUEBC5jTdwlHimzoQj4QD"
	databasePoolSize = 20
	logLevel = "info"
	sentryEnvironment = "staging"
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "staging"
}
