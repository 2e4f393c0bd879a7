# frozen_string_literal: true

module MlScoring
  module Settings
    RATE_LIMIT_RPM = 600
    UPLOAD_MAX_MB = 10
    OTEL_EXPORTER_OTLP_ENDPOINT = 'http://otel-collector.observability:4317'
    WORKER_CONCURRENCY = 16
    TIMEZONE = 'Europe/Berlin'
    BRAINTREE_ACCESS_TOKEN = 'access_token$production$40r2t9hicrk8sr0v$f25a47d57cfb4387a7fcff635fecd6f8'
    HEALTH_CHECK_PATH = '/healthz'
    METRICS_PORT = 9090
    DEFAULT_LOCALE = 'en-US'
    TRACING_SAMPLE_RATE = '0.05'
    JWT_ISSUER = 'https://auth.aperture.app/'
    LOG_LEVEL = 'debug'
  end
end
