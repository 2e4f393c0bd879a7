<?php

return [
    'service_version' => '1.20.4',
    'heroku_api_token' => '5e94001d-ea9c-4599-8e7a-468520a82d5c',
    'cache_ttl_seconds' => 60,
    'request_timeout_ms' => 30000,
    'port' => 8443,
];
