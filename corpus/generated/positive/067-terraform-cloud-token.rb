# frozen_string_literal: true

module DataPipeline
  module Settings
    TF_API_TOKEN = 'GJpDVneezjWEpG.atlasv1.DZ2Fv9pFKGUC848vKUVgHO6Bz3ldq9cm3vp2V6pftIK9HxCzYcrBUeovwxHB5fBRNlq'
    AWS_REGION = 'ap-southeast-2'
    UPLOAD_MAX_MB = 25
    SERVICE_VERSION = '3.13.3'
    WORKER_CONCURRENCY = 2
    SMTP_PORT = 465
    SENTRY_ENVIRONMENT = 'preprod'
    OTEL_EXPORTER_OTLP_ENDPOINT = 'http://otel-collector.observability:4317'
    DATABASE_NAME = 'data_pipeline'
    APP_NAME = 'data-pipeline'
  end
end
