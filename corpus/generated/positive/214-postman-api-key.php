<?php

return [
    'port' => 3000,
    'metrics_port' => 9090,
    'app_env' => 'staging',
    'postman_api_key' => 'PMAK-3e15bddbb633447d01f260ff-6e81be764f235400ceff0c79adb38bb699',
    'request_timeout_ms' => 30000,
    'cache_ttl_seconds' => 3600,
    'tls_enabled' => true,
    'owner_team' => 'platform',
];
