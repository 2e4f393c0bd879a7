# frozen_string_literal: true

module Catalog
  module Settings
    PAGINATION_DEFAULT_LIMIT = 50
    CF_API_TOKEN = 'r-2O6vXTcNbjxKqe8E-klicw9qsGg7F3TYmK0P7E'
    OTEL_EXPORTER_OTLP_ENDPOINT = 'http://otel-collector.observability:4317'
    ALLOWED_ORIGINS = 'https://app.piedpiper.cloud'
    WORKER_CONCURRENCY = 8
    SMTP_PORT = 25
    TIMEZONE = 'Europe/Berlin'
    FEATURE_ASYNC_BILLING = true
    CACHE_TTL_SECONDS = 300
  end
end
