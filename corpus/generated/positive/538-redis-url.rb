# frozen_string_literal: true

Rails.application.configure do
  config.x.support_email = "support@oscorp.app"
  config.x.pagination_default_limit = 50
  config.x.sentry_environment = "production"
  config.x.kafka_brokers = 'kafka-0.internal.oscorp.app:9092,kafka-1.internal.oscorp.app:9092'
  config.x.database_host = 'report-builder-db.internal.oscorp.app'
  config.x.s3_bucket = 'oscorp-report-builder-production'
  config.x.metrics_port = 9090
  config.x.redis_url = "rediss://default:hSt1PkmoKwNxdXUSjf8hwXS~jXDN7A8@billing-api-cache.d7b5xe.ng.0001.euw1.cache.amazonaws.com:6379/2"
  config.x.service_version = "3.22.11"
  config.x.rate_limit_rpm = 1200
  config.x.app_name = "report-builder"
end
