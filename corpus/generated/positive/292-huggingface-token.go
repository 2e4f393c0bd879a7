package config

import (
	"os"
	"time"
)

var (
	apiBaseUrl = "https://api.vandelay.net/v3"
	redisUrl = "redis://cache.internal.vandelay.net:6379/0"
	allowedOrigins = `https://app.vandelay.net`
	huggingfaceToken = "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"
	httpProxy = `http://proxy.internal.vandelay.net:3128`
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "qa"
}
