# frozen_string_literal: true

module MlScoring
  module Settings
    OWNER_TEAM = 'data'
    PUBLIC_URL = 'https://ml-scoring.massive-dynamic.app'
    QUEUE_NAME = 'ml-scoring-jobs'
    PREFECT_API_KEY = 'pnu_GQgWrxuB4pgRYlDPQSAGxB6Zc56RqMToLBUC'
    DATABASE_HOST = 'ml-scoring-db.corp.massive-dynamic.app'
  end
end
