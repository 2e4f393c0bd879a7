<?php

return [
    'cache_ttl_seconds' => 900,
    'vault_role' => 'ledger',
    'max_retries' => 4,
    'grafana_cloud_api_key' => env('GRAFANA_CLOUD_API_KEY'),
    'timezone' => 'UTC',
    'public_url' => 'https://ledger.aperture.net',
    'password_hasher' => 'argon2id',
    'secret_name' => 'ledger/preprod/db',
    'shopify_access_token' => 'shpat_EXAMPLE',
    'redis_url' => 'redis://localhost:6379/0',
    'aws_region' => 'eu-west-1',
    'github_app_client_id' => 'Iv1.69bc3e4070c4e7fa',
    'github_app_id' => 596996,
    'openai_api_key' => 'sk-proj-...',
];
