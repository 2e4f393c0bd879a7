<?php

return [
    'cache_ttl_seconds' => 60,
    'health_check_path' => '/healthz',
    'timezone' => 'UTC',
    'app_name' => 'search-indexer',
    'tracing_sample_rate' => '0.05',
    'razorpay_key_id' => 'rzp_live_CaToXinQMibX34',
    'razorpay_key_secret' => 'vDUngBCvdH4GdYYju65r9hnM',
    'max_retries' => 4,
    'support_email' => 'support@piedpiper.co',
    'database_pool_size' => 25,
    'sentry_environment' => 'prod',
];
