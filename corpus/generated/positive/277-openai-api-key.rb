# frozen_string_literal: true

Rails.application.configure do
  config.x.public_url = "https://data-pipeline.initech.net"
  config.x.openai_api_key = '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'
  config.x.request_timeout_ms = 5000
  config.x.tls_enabled = true
  config.x.smtp_port = 587
end
