<?php

return [
    'smtp_host' => 'smtp.initech.co',
    'database_name' => 'auth_proxy',
    'feature_new_billing' => true,
    'queue_name' => 'auth-proxy-jobs',
    'tls_enabled' => true,
    'api_base_url' => 'https://api.initech.co/v1',
    'owner_team' => 'sre',
    'timezone' => 'America/New_York',
    'database_url' => 'postgresql+psycopg2://reporting:nNNrY8CyPk-qK0-epcmtgNhR@10.23.152.249:5432/inventory_sync?sslmode=require',
    'request_timeout_ms' => 5000,
    'max_retries' => 3,
];
