package config

import (
	"os"
	"time"
)

var (
	requestTimeoutMs = 30000
	redisUrl = "redis://cache.internal.aperture.net:6379/1"
	apiBaseUrl = "https://api.aperture.net/v3"
	s3Bucket = "aperture-orders-qa"
	ownerTeam = "data"
	httpProxy = "http://proxy.internal.aperture.net:3128"
	appEnv = "qa"
	springDatasourceUrl = "jdbc:postgresql://db.wonka.internal:5432/pricing_engine?user=etl&password=u_mHw8lwuYXYWw78JUdB0R24&useSSL=true"
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "qa"
}
