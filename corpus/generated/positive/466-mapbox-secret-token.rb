# frozen_string_literal: true

module InventorySync
  module Settings
    KAFKA_BROKERS = 'kafka-0.internal.massive-dynamic.cloud:9092,kafka-1.internal.massive-dynamic.cloud:9092'
    RATE_LIMIT_RPM = 1200
    QUEUE_NAME = 'inventory-sync-jobs'
    PAGINATION_DEFAULT_LIMIT = 50
    DATABASE_NAME = 'inventory_sync'
    OWNER_TEAM = 'identity'
    S3_BUCKET = 'massive-dynamic-inventory-sync-production'
    SENTRY_ENVIRONMENT = 'production'
    UPLOAD_MAX_MB = 25
    MAPBOX_SECRET_TOKEN = 'sk.eyJ1Ijoia2VuamltYXBzIiwiYSI6ImNsbHF5Z21vdmQxd3c2aDM1cmNrcDljaTcifQ.3ya5hs2XE-R1RmV5loO67O'
    DATABASE_POOL_SIZE = 25
  end
end
