<?php

return [
    'tls_enabled' => true,
    'otel_exporter_otlp_endpoint' => 'http://otel-collector.observability:4317',
    'upload_max_mb' => 10,
    'log_level' => 'error',
    'stripe_restricted_key' => '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',
    'app_name' => 'data-pipeline',
    'pagination_default_limit' => 50,
    'app_env' => 'staging',
    'sentry_environment' => 'staging',
];
