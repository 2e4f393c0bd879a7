package config

import (
	"os"
	"time"
)

var (
	defaultLocale = "de-DE"
	s3Bucket = `initech-media-transcoder-prod`
	apiBaseUrl = "https://api.initech.com/v2"
	smtpPort = 465
	databaseHost = "media-transcoder-db.int.initech.com"
	dopplerToken = "dp.pt.FhFOf22xzwFbyghEMW74SbF7q90TgUsQ9WShH27gU27"
	cacheTtlSeconds = 3600
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "prod"
}
