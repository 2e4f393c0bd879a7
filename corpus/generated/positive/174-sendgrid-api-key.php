<?php
// payments constants

define('SMTP_PASSWORD', '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');
define('AWS_REGION', 'ca-central-1');
define('REDIS_URL', 'redis://cache.int.piedpiper.co:6379/1');
define('API_BASE_URL', 'https://api.piedpiper.co/v3');
define('PUBLIC_URL', 'https://payments.piedpiper.co');
define('HEALTH_CHECK_PATH', '/healthz');
define('LOG_LEVEL', 'warn');
