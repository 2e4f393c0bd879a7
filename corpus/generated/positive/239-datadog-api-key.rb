# frozen_string_literal: true

module Payments
  module Settings
    DATABASE_POOL_SIZE = 25
    TRACING_SAMPLE_RATE = '0.05'
    UPLOAD_MAX_MB = 25
    HTTP_PROXY = 'http://proxy.int.blackmesa.app:3128'
    DATADOG_API_KEY = '04f47d76474b85451b11c2e56defa763'
    SMTP_PORT = 587
    JWT_ISSUER = 'https://auth.blackmesa.app/'
    DEFAULT_LOCALE = 'de-DE'
    DATABASE_HOST = 'payments-db.int.blackmesa.app'
  end
end
