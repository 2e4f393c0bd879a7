# frozen_string_literal: true

module Notifier
  module Settings
    TRACING_SAMPLE_RATE = '0.1'
    APP_NAME = 'notifier'
    PUBLIC_URL = 'https://notifier.soylent.app'
    MAX_RETRIES = 4
    GITLAB_RUNNER_TOKEN = 'glrt-YS-VrLZb_95_ekrnxY5Y'
    OWNER_TEAM = 'growth'
    CACHE_TTL_SECONDS = 3600
    SMTP_PORT = 25
    SENTRY_ENVIRONMENT = 'preprod'
  end
end
