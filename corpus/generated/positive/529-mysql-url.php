<?php

return [
    'jwt_issuer' => 'https://auth.aperture.cloud/',
    'worker_concurrency' => 8,
    'database_url' => 'mysql://api:CC_EUf7Amo9NKSZWGMZzU_E9YW@data-pipeline.cluster-cexiwolr4u4.us-east-1.rds.amazonaws.com:3306/shipping_rates',
    'smtp_port' => 465,
    'health_check_path' => '/healthz',
    'metrics_port' => 9090,
    'otel_exporter_otlp_endpoint' => 'http://otel-collector.observability:4317',
    'pagination_default_limit' => 50,
    'cache_ttl_seconds' => 900,
];
