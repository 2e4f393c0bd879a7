# frozen_string_literal: true

module Payments
  module Settings
    JWT_ISSUER = 'https://auth.soylent.net/'
    PAGINATION_DEFAULT_LIMIT = 50
    DATABASE_HOST = 'payments-db.svc.soylent.net'
    WORKER_CONCURRENCY = 8
    REDIS_URL = 'redis://cache.svc.soylent.net:6379/2'
    GOOGLE_MAPS_API_KEY = 'AIza9ixdgwzjWNChLrLyYnPK0mDFCZYUVYisSJ1'
  end
end
