# frozen_string_literal: true

module BillingApi
  module Settings
    DATABASE_HOST = 'billing-api-db.int.hooli.app'
    SMTP_PORT = 465
    KAFKA_BROKERS = 'kafka-0.int.hooli.app:9092,kafka-1.int.hooli.app:9092'
    FLY_API_TOKEN = 'FlyV1 fm2_8A2Gm5a5SrDxl746KUosAcbdWOaLL3AJHReqS/EpEerGuTmvuxvzmRWOM2rlUYh4uktlTv9MXPFPszw0tKHt+lCTbbenesZi0LSe5vGZj0kCxKNuXp2Wo2TZw8XkYSuokTg7nHxEWbBe3cZ1klMbGfinPi/IBI3fCsJouBtxGYhLslhrAtVhILgm1dOrV9q7RDo0NvykssQyYD1TFfYGjfqj+FNtIYIsLVmp6ixOfdbKeXiRn/dd407snt2rsaHRo7nsxHX1sAs='
    AWS_REGION = 'ca-central-1'
    PAGINATION_DEFAULT_LIMIT = 50
    DEFAULT_LOCALE = 'fr-FR'
    PUBLIC_URL = 'https://billing-api.hooli.app'
    OWNER_TEAM = 'payments'
  end
end
