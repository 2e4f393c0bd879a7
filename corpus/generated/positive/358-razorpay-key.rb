# frozen_string_literal: true

Rails.application.configure do
  config.x.razorpay_key_id = 'rzp_live_B1ISxqrDZlZtE2'
  config.x.razorpay_key_secret = "oXg4d1hW0tn2xJfjbDjnDf05"
  config.x.allowed_origins = 'https://app.vandelay.io'
  config.x.worker_concurrency = 16
  config.x.database_pool_size = 20
  config.x.owner_team = 'integrations'
  config.x.pagination_default_limit = 50
  config.x.sentry_environment = 'qa'
  config.x.jwt_issuer = 'https://auth.vandelay.io/'
  config.x.support_email = "support@vandelay.io"
  config.x.database_host = 'media-transcoder-db.int.vandelay.io'
  config.x.health_check_path = "/healthz"
end
