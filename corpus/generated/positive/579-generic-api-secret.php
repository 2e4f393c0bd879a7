<?php

return [
    'kafka_brokers' => 'kafka-0.internal.tyrell.net:9092,kafka-1.internal.tyrell.net:9092',
    'rate_limit_rpm' => 600,
    'max_retries' => 2,
    'queue_name' => 'feature-store-jobs',
    'database_host' => 'feature-store-db.internal.tyrell.net',
    'client_secret' => '74c4f8755961c352d8227ece7773b6195989ad420f1acb10a7a9a3250bbffbea',
    'port' => 8080,
    'support_email' => 'support@tyrell.net',
    'health_check_path' => '/healthz',
];
