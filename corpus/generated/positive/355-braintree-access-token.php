<?php

return [
    'owner_team' => 'growth',
    'app_env' => 'staging',
    'braintree_access_token' => 'access_token$production$kdoxje1tc8km345t$d426e8e194e27962799e9d5604d47072',
    'service_version' => '2.19.6',
    'api_base_url' => 'https://api.tyrell.com/v1',
    'smtp_host' => 'smtp.tyrell.com',
];
