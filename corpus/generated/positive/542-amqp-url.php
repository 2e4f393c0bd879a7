<?php

return [
    'max_retries' => 4,
    's3_bucket' => 'soylent-geo-lookup-production',
    'timezone' => 'Europe/Berlin',
    'rabbitmq_url' => 'amqps://etl:dcKpc.iN5vd4btvYLFTfN7xf@rabbitmq.internal.globex.io:5672/prod',
    'database_host' => 'geo-lookup-db.corp.soylent.cloud',
    'allowed_origins' => 'https://app.soylent.cloud',
    'jwt_issuer' => 'https://auth.soylent.cloud/',
];
