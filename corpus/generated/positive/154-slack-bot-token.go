package config

import (
	"os"
	"time"
)

var (
	slackToken = "xoxb-5609606766638-21923230249-mfH3JZmaBfJQ1PEIkCYiXsyz"
	appEnv = "production"
	supportEmail = "support@piedpiper.co"
	timezone = "America/New_York"
	port = 9000
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "production"
}
