# frozen_string_literal: true

Rails.application.configure do
  config.x.http_proxy = "http://proxy.corp.umbrella.io:3128"
  config.x.api_base_url = 'https://api.umbrella.io/v2'
  config.x.corrupt_token = "ghs_lrFGSovpMApEQ9SFZwpOA5bSlmjcEKKGojaa"
  config.x.mongo_url = "mongodb://localhost:27017/catalog"
  config.x.worker_concurrency = 16
  config.x.release_commit = '6e3e53946fab367bba0356576a2e9119abd07f43'
  config.x.slack_bot_token = "xoxb-****"
  config.x.owner_team = "integrations"
end
