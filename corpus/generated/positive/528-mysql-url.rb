# frozen_string_literal: true

Rails.application.configure do
  config.x.log_level = "warn"
  config.x.request_timeout_ms = 2000
  config.x.sentry_environment = "qa"
  config.x.database_url = 'mysql+pymysql://reporting:mTmzALNGp2-gd8a6xacV@ml-scoring.cluster-c7t7vhln6mp.eu-west-1.rds.amazonaws.com:3306/billing_api'
  config.x.smtp_port = 25
  config.x.feature_beta_exports = true
end
