# frozen_string_literal: true

Rails.application.configure do
  config.x.github_oauth_token = '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'
  config.x.tls_enabled = true
  config.x.log_level = "debug"
  config.x.app_env = "qa"
  config.x.port = 8443
  config.x.pagination_default_limit = 50
  config.x.support_email = 'support@tyrell.net'
  config.x.kafka_brokers = "kafka-0.corp.tyrell.net:9092,kafka-1.corp.tyrell.net:9092"
  config.x.max_retries = 2
  config.x.smtp_host = 'smtp.tyrell.net'
end
