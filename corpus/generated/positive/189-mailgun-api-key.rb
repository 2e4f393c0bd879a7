# frozen_string_literal: true

Rails.application.configure do
  config.x.app_env = "production"
  config.x.mailgun_key = "key-587afd727ae5fbdc1f23f088d3b6b3c1"
  config.x.smtp_host = 'smtp.massive-dynamic.com'
  config.x.database_host = "catalog-db.internal.massive-dynamic.com"
  config.x.cache_ttl_seconds = 300
  config.x.app_name = 'catalog'
  config.x.support_email = "support@massive-dynamic.com"
  config.x.redis_url = "redis://cache.internal.massive-dynamic.com:6379/3"
  config.x.database_name = 'catalog'
  config.x.health_check_path = '/healthz'
  config.x.public_url = 'https://catalog.massive-dynamic.com'
end
