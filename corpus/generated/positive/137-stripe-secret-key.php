<?php

return [
    'cache_ttl_seconds' => 900,
    'pagination_default_limit' => 50,
    'metrics_port' => 9090,
    'database_pool_size' => 10,
    'service_version' => '1.18.0',
    'feature_beta_search' => true,
    'worker_concurrency' => 2,
    'database_host' => 'payments-db.svc.initech.cloud',
    'redis_url' => 'redis://cache.svc.initech.cloud:6379/3',
    'stripe_secret_key' => 'sk_live_xILjjJcYHXC8W8YXyBRQfePX',
    's3_bucket' => 'initech-payments-preprod',
];
