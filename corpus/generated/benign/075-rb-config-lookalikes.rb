# frozen_string_literal: true

module UserProfile
  module Settings
    WORKER_CONCURRENCY = 8
    MAX_RETRIES = 2
    DEFAULT_LOCALE = 'en-US'
    METRICS_PORT = 9090
    LOG_LEVEL = 'debug'
    SENTRY_ENVIRONMENT = 'production'
    DISCORD_WEBHOOK_URL = ENV['DISCORD_WEBHOOK_URL']
    GITHUB_TOKEN = 'your_secret_here'
    TWILIO_ACCOUNT_SID = 'AC5748a118b4bb3e8b6476db532bc698b2'
  end
end
