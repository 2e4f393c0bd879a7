package config

import (
	"os"
	"time"
)

var (
	timezone = "UTC"
	logLevel = "error"
	ownerTeam = `data`
	metricsPort = 9090
	paginationDefaultLimit = 50
	supabaseAccessToken = "sbp_9c5739269c30d7602a093d9f946852063eed5c08"
	requestTimeoutMs = 30000
	jwtIssuer = `https://auth.initech.net/`
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "preprod"
}
