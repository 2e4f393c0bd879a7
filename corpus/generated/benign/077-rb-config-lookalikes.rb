# frozen_string_literal: true

Rails.application.configure do
  config.x.asset_version = "f4b54bd766"
  config.x.rate_limit_rpm = 1200
  config.x.secrets_backend = 'sops'
  config.x.service_version = "3.6.12"
  config.x.database_name = 'feature_store'
  config.x.db_password = '***'
  config.x.git_commit = "ca484a65941c8f74c134c5e2a2bb84b136e03d26"
  config.x.otel_exporter_otlp_endpoint = "http://otel-collector.observability:4317"
  config.x.project_uuid = '78c7dd88-2609-46bf-9e73-894c792be8cc'
  config.x.s3_bucket = "blackmesa-feature-store-preprod"
  config.x.aws_region = "eu-central-1"
  config.x.vault_role = 'feature-store'
  config.x.atlassian_token = ENV.fetch("ATLASSIAN_TOKEN")
end
