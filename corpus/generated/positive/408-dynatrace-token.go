package config

import (
	"os"
	"time"
)

var (
	kafkaBrokers = "kafka-0.int.piedpiper.com:9092,kafka-1.int.piedpiper.com:9092"
	uploadMaxMb = 10
	appEnv = "qa"
	logLevel = "error"
	allowedOrigins = "https://app.piedpiper.com"
	appName = `report-builder`
	dtApiToken = "dt0c01.NZK8DF6W75X6UAOSWA8KYQRU.X34LG6BOXHAJVXMZRTFE1SPHYDCKCJS6Z1X40TDME9Z03OGKEU7HQVIBGIGYEGMW"
	s3Bucket = `piedpiper-report-builder-qa`
	smtpHost = "smtp.piedpiper.com"
	sentryEnvironment = `qa`
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "qa"
}
