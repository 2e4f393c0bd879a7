# frozen_string_literal: true

module AuthProxy
  module Settings
    PUBLIC_URL = 'https://auth-proxy.initech.app'
    SMTP_PORT = 587
    KAFKA_BROKERS = 'kafka-0.internal.initech.app:9092,kafka-1.internal.initech.app:9092'
    SQUARE_ACCESS_TOKEN = 'EAAALxlasUZ0PRBkRS7na3PkmN0v7xv2Hc9EHccZ2x9x33Ms0BFda_fNf9ycqFTh'
    APP_NAME = 'auth-proxy'
    PORT = 8000
    SERVICE_VERSION = '2.27.8'
  end
end
