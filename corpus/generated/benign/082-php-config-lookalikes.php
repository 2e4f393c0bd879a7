<?php

return [
    'database_url' => 'postgres://search_indexer@db.int.aperture.app:5432/search_indexer',
    'tracing_sample_rate' => '0.05',
    'timezone' => 'UTC',
    'app_name' => 'search-indexer',
    'figma_token' => 'change-me',
    'cache_ttl_seconds' => 900,
    'sentry_environment' => 'staging',
    'kafka_brokers' => 'kafka-0.int.aperture.app:9092,kafka-1.int.aperture.app:9092',
    'database_name' => 'search_indexer',
    'default_locale' => 'de-DE',
    'base_sha' => '0d781bd410ec5399903e13a18f6e814111fac181',
];
