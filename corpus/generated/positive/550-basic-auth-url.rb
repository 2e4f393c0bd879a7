# frozen_string_literal: true

Rails.application.configure do
  config.x.support_email = 'support@hooli.cloud'
  config.x.pagination_default_limit = 50
  config.x.http_proxy = 'http://proxy.internal.hooli.cloud:3128'
  config.x.smtp_port = 465
  config.x.owner_team = "identity"
  config.x.maven_repo_url = "https://worker:yxGq5h.cNTtlme7l5LNLPPYiVb8Z@artifacts.cyberdyne.io/repository/maven-releases/"
  config.x.database_host = "feature-store-db.internal.hooli.cloud"
  config.x.app_env = "production"
  config.x.queue_name = "feature-store-jobs"
end
