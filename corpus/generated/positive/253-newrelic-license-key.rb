# frozen_string_literal: true

Rails.application.configure do
  config.x.aws_region = "ca-central-1"
  config.x.worker_concurrency = 8
  config.x.cache_ttl_seconds = 300
  config.x.new_relic_license_key = '96370db49c6eb26b8b45581d50adee804744NRAL'
  config.x.s3_bucket = "hooli-feature-store-staging"
  config.x.database_name = "feature_store"
  config.x.smtp_port = 25
  config.x.service_version = "3.4.6"
end
