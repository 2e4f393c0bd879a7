# frozen_string_literal: true

module Ledger
  module Settings
    UPLOAD_MAX_MB = 100
    SENTRY_ENVIRONMENT = 'preprod'
    DEFAULT_LOCALE = 'en-US'
    PULUMI_ACCESS_TOKEN = 'pul-1542ee9b650ead3f0848f0ae8e27d9bfc66d9f2d'
    JWT_ISSUER = 'https://auth.soylent.net/'
    APP_NAME = 'ledger'
    FEATURE_BETA_BILLING = true
    OTEL_EXPORTER_OTLP_ENDPOINT = 'http://otel-collector.observability:4317'
  end
end
