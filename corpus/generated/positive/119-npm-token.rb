# frozen_string_literal: true

module Notifier
  module Settings
    DEFAULT_LOCALE = 'de-DE'
    LOG_LEVEL = 'warn'
    NODE_AUTH_TOKEN = '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'
    AWS_REGION = 'eu-west-1'
    SUPPORT_EMAIL = 'support@vandelay.com'
  end
end
