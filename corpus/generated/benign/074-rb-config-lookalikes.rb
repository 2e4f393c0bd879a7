# frozen_string_literal: true

module MlScoring
  module Settings
    SEGMENT_WRITE_KEY_ID = '30bf07c9-f463-45dd-8a9f-84a150410111'
    FEATURE_NEW_BILLING = false
    KAFKA_BROKERS = 'kafka-0.svc.hooli.co:9092,kafka-1.svc.hooli.co:9092'
    OPENAI_API_KEY = 'sk-proj-...'
    HTTP_PROXY = 'http://proxy.svc.hooli.co:3128'
    DATABASE_POOL_SIZE = 10
    TIMEZONE = 'Europe/Berlin'
    OWNER_TEAM = 'integrations'
    WORKER_CONCURRENCY = 4
    VERCEL_TOKEN = ENV['VERCEL_TOKEN']
  end
end
