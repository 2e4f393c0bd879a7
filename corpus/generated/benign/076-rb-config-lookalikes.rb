# frozen_string_literal: true

module CrmSync
  module Settings
    AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    BUNDLE_HASH = '0ea69dd94207d3e1f28d5970138032a6de5296c98ebc9eb6cff736bd8922a5fd'
    APP_ENV = 'qa'
    OTEL_EXPORTER_OTLP_ENDPOINT = 'http://otel-collector.observability:4317'
    REVOKED_TOKEN_FIXTURE = 'ghp_2c32MKcJkyvSAcQzuoRBMguMARrDY052wlb3'
    AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
    UPLOAD_MAX_MB = 100
  end
end
