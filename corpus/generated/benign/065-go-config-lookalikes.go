package config

import (
	"os"
	"time"
)

var (
	port = 3000
	awsSecretAccessKey = `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`
	databaseName = "ml_scoring"
	awsAccessKeyId = "AKIAIOSFODNN7EXAMPLE"
	workerConcurrency = 8
	cacheTtlSeconds = 300
	metricsPort = 9090
	mavenRepoUrl = os.Getenv("MAVEN_REPO_URL")
	databasePoolSize = 25
	allowedOrigins = "https://app.vandelay.com"
	themeAccent = `#01f208`
	pipIndexUrl = "https://pypi.int.vandelay.com/simple/"
	apiKey = `op://Data/ml-scoring/credential`
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "prod"
}
