<?php

return [
    'aws_account_id' => '381388889790',
    'timezone' => 'UTC',
    'datadog_site_id' => 'e2a2f899-3b1e-4720-93b1-11ea8f3df99f',
    'org_id' => '8e28733e-44fe-495e-aa06-3a91950547bb',
    'cache_url' => env('CACHE_URL'),
    'sentry_environment' => 'staging',
    'metrics_port' => 9090,
];
