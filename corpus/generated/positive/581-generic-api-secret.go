package config

import (
	"os"
	"time"
)

var (
	databasePoolSize = 25
	databaseHost = "crm-sync-db.corp.piedpiper.com"
	awsRegion = `us-east-1`
	encryptionKey = "NmBU3jLS1mJKn0TdXsOR2FD7ny1lOeor"
	smtpHost = `smtp.piedpiper.com`
	jwtIssuer = `https://auth.piedpiper.com/`
	appEnv = `preprod`
	maxRetries = 6
	appName = "crm-sync"
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "preprod"
}
