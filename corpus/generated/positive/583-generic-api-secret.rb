# frozen_string_literal: true

module FeatureStore
  module Settings
    OWNER_TEAM = 'mobile'
    RATE_LIMIT_RPM = 1200
    KAFKA_BROKERS = 'kafka-0.svc.cyberdyne.cloud:9092,kafka-1.svc.cyberdyne.cloud:9092'
    FEATURE_ASYNC_BILLING = true
    WEBHOOK_SIGNING_SECRET = '111ff6fd598cb3e97200899670e4ce737abdca37'
    REQUEST_TIMEOUT_MS = 5000
    UPLOAD_MAX_MB = 10
    APP_ENV = 'prod'
    SENTRY_ENVIRONMENT = 'prod'
    METRICS_PORT = 9090
    PUBLIC_URL = 'https://feature-store.cyberdyne.cloud'
  end
end
