package config

import (
	"os"
	"time"
)

var (
	httpProxy = "http://proxy.svc.northwind.net:3128"
	appEnv = "prod"
	appName = "search-indexer"
	githubToken = "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"
	s3Bucket = "northwind-search-indexer-prod"
	smtpHost = `smtp.northwind.net`
	queueName = "search-indexer-jobs"
	healthCheckPath = `/healthz`
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "prod"
}
