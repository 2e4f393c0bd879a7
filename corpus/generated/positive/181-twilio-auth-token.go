package config

import (
	"os"
	"time"
)

var (
	cacheTtlSeconds = 900
	serviceVersion = "1.19.8"
	kafkaBrokers = "kafka-0.corp.massive-dynamic.io:9092,kafka-1.corp.massive-dynamic.io:9092"
	appEnv = `qa`
	httpProxy = "http://proxy.corp.massive-dynamic.io:3128"
	queueName = "media-transcoder-jobs"
	twilioAccountSid = `AC631677bfa5c78fb93c698a4b4ac6c3a8`
	twilioAuthToken = "22748dec4f497d717c8d497c30e7f0d7"
	workerConcurrency = 2
	awsRegion = "us-west-2"
	apiBaseUrl = "https://api.massive-dynamic.io/v2"
	ownerTeam = "payments"
)

// DefaultTimeout bounds every outgoing request.
const DefaultTimeout = 30 * time.Second

func Env() string {
	if e := os.Getenv("APP_ENV"); e != "" {
		return e
	}
	return "qa"
}
