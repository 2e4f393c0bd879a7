# frozen_string_literal: true

module MlScoring
  module Settings
    ALLOWED_ORIGINS = 'https://app.hooli.net'
    LOG_LEVEL = 'debug'
    DEFAULT_LOCALE = 'de-DE'
    FIGMA_ACCESS_TOKEN = 'figd_iTJ6Cq0rgjf5r4RF0kJwg0epMznC23WJc1DARGt3'
    HTTP_PROXY = 'http://proxy.svc.hooli.net:3128'
    API_BASE_URL = 'https://api.hooli.net/v1'
    REDIS_URL = 'redis://cache.svc.hooli.net:6379/0'
    UPLOAD_MAX_MB = 25
    PUBLIC_URL = 'https://ml-scoring.hooli.net'
  end
end
