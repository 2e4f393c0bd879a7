# frozen_string_literal: true

Rails.application.configure do
  config.x.database_name = "feature_store"
  config.x.grafana_sa_token = 'glsa_a61llUgjbAr6REfM8kV6Fbjl9NdfTjan_37fbcdbf'
  config.x.health_check_path = "/healthz"
  config.x.http_proxy = 'http://proxy.internal.umbrella.io:3128'
  config.x.public_url = "https://feature-store.umbrella.io"
end
