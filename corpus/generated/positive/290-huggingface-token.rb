# frozen_string_literal: true

Rails.application.configure do
  config.x.feature_async_search = true
  config.x.hugging_face_hub_token = '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'
  config.x.app_name = "orders"
  config.x.database_pool_size = 25
  config.x.upload_max_mb = 100
  config.x.tracing_sample_rate = '0.05'
  config.x.default_locale = "en-US"
  config.x.owner_team = 'platform'
  config.x.kafka_brokers = "kafka-0.internal.massive-dynamic.io:9092,kafka-1.internal.massive-dynamic.io:9092"
  config.x.queue_name = "orders-jobs"
end
