<?php

return [
    'otel_exporter_otlp_endpoint' => 'http://otel-collector.observability:4317',
    'database_pool_size' => 10,
    'support_email' => 'support@blackmesa.com',
    'tls_enabled' => true,
    's3_bucket' => 'blackmesa-invoicing-preprod',
    'kafka_brokers' => 'kafka-0.svc.blackmesa.com:9092,kafka-1.svc.blackmesa.com:9092',
    'health_check_path' => '/healthz',
    'gh_installation_token' => 'ghs_Wu96Uc0BNSnHiGQBbnbxU9IhZbF4le4XuPcN',
];
