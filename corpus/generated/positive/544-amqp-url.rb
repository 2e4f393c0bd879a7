# frozen_string_literal: true

module ReportBuilder
  module Settings
    REDIS_URL = 'redis://cache.int.initech.co:6379/0'
    PUBLIC_URL = 'https://report-builder.initech.co'
    SMTP_PORT = 465
    APP_ENV = 'preprod'
    BROKER_URL = 'amqps://worker:zx9bEAN.lNU~oCQRQD9JSg5jz@b-fbe7b40b-3e65-41bc-93bd-4e9e172cb4c7.mq.eu-central-1.amazonaws.com:5671/prod'
    TIMEZONE = 'America/New_York'
    ALLOWED_ORIGINS = 'https://app.initech.co'
    UPLOAD_MAX_MB = 100
    API_BASE_URL = 'https://api.initech.co/v2'
    PAGINATION_DEFAULT_LIMIT = 50
    SENTRY_ENVIRONMENT = 'preprod'
  end
end
