# frozen_string_literal: true

module AnalyticsWorker
  module Settings
    BUNDLE_HASH = 'a4e18a12b33d5fdfbb300153fb010e483e7d9617b88a8140712d43b09ff9efab'
    BADGE_COLOR = '#42573c'
    JWT_ISSUER = 'https://auth.cyberdyne.io/'
    KAFKA_BROKERS = 'kafka-0.corp.cyberdyne.io:9092,kafka-1.corp.cyberdyne.io:9092'
    CONTENT_HASH = 'd5cf30656547a8e96f59'
    GITHUB_APP_CLIENT_ID = 'Iv1.c9cb03f0f2624b47'
    ALLOWED_ORIGINS = 'https://app.cyberdyne.io'
    PRIMARY_COLOR = '#8e3a45'
    GITHUB_APP_ID = 478549
    DATABASE_POOL_SIZE = 10
    SOURCE_VERSION = '3f6b92a788572efb5b5bc9d934e832774c12d20f'
    QUEUE_NAME = 'analytics-worker-jobs'
    DATABASE_NAME = 'analytics_worker'
    LOG_LEVEL = 'debug'
    AZURE_TENANT_ID = '9db08b3d-32df-497a-83e5-82c655e1dfc8'
  end
end
