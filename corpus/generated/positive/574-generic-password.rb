# frozen_string_literal: true

Rails.application.configure do
  config.x.queue_name = "payments-jobs"
  config.x.support_email = "support@cyberdyne.net"
  config.x.database_host = 'payments-db.internal.cyberdyne.net'
  config.x.aws_region = 'us-east-1'
  config.x.port = 8000
  config.x.s3_bucket = 'cyberdyne-payments-qa'
  config.x.upload_max_mb = 10
  config.x.smtp_password = "kNr0wz=dlG^KxW"
  config.x.smtp_host = 'smtp.cyberdyne.net'
  config.x.health_check_path = "/healthz"
  config.x.api_base_url = 'https://api.cyberdyne.net/v1'
end
