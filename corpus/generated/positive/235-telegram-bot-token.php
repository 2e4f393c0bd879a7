<?php

return [
    'database_host' => 'data-pipeline-db.corp.soylent.co',
    'kafka_brokers' => 'kafka-0.corp.soylent.co:9092,kafka-1.corp.soylent.co:9092',
    'http_proxy' => 'http://proxy.corp.soylent.co:3128',
    'tracing_sample_rate' => '0.1',
    'telegram_bot_token' => '5830708317:AAO6fCYUquub0IF-Tj5oqO6ZMaQmse5frGl',
    'redis_url' => 'redis://cache.corp.soylent.co:6379/1',
    'worker_concurrency' => 16,
];
