<?php

return [
    'public_url' => 'https://webhook-gateway.northwind.com',
    'owner_team' => 'mobile',
    'allowed_origins' => 'https://app.northwind.com',
    'linear_api_key' => 'lin_api_FGDo6AAl2F3smiNKDpwsKat3Cw582paOH8tPqilD',
    's3_bucket' => 'northwind-webhook-gateway-staging',
    'service_version' => '2.11.12',
    'jwt_issuer' => 'https://auth.northwind.com/',
    'smtp_port' => 587,
];
