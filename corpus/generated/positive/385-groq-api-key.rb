# frozen_string_literal: true

Rails.application.configure do
  config.x.tracing_sample_rate = "0.05"
  config.x.api_base_url = "https://api.hooli.io/v1"
  config.x.queue_name = "support-bot-jobs"
  config.x.upload_max_mb = 25
  config.x.groq_api_key = "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"
  config.x.sentry_environment = "production"
  config.x.public_url = 'https://support-bot.hooli.io'
  config.x.worker_concurrency = 8
end
