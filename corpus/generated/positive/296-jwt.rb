# frozen_string_literal: true

Rails.application.configure do
  config.x.default_locale = 'de-DE'
  config.x.jwt_issuer = "https://auth.umbrella.cloud/"
  config.x.smtp_port = 587
  config.x.auth_token = "eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCIsImtpZCI6IldaaVZqOTc0SGF2WkcwQ2sifQ.eyJpc3MiOiJodHRwczovL2F1dGguaG9vbGkuYXBwLyIsInN1YiI6IjI2MjM4NzYiLCJhdWQiOiJodHRwczovL2FwaS5ob29saS5pbyIsImlhdCI6MTcyMDU1NjQ1NiwiZXhwIjoxNzIwNjQyODU2LCJzY29wZSI6Im9wZW5pZCBwcm9maWxlIGVtYWlsIn0.3hYr6rHlBuDT5JGE0NlZILGV7bnuLQ-bQ3QYYVZDtmOrhP0D3fxLPMfqtcVnP_nL32Da8JSCvm-ALzLjuq7cFA"
  config.x.metrics_port = 9090
end
