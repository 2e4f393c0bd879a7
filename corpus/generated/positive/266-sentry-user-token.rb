# frozen_string_literal: true

module ReportBuilder
  module Settings
    SMTP_HOST = 'smtp.umbrella.app'
    AWS_REGION = 'us-west-2'
    PAGINATION_DEFAULT_LIMIT = 50
    RATE_LIMIT_RPM = 1200
    DATABASE_POOL_SIZE = 5
    KAFKA_BROKERS = 'kafka-0.corp.umbrella.app:9092,kafka-1.corp.umbrella.app:9092'
    SUPPORT_EMAIL = 'support@umbrella.app'
    SENTRY_TOKEN = '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'
    CACHE_TTL_SECONDS = 60
  end
end
