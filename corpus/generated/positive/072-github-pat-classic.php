<?php
// support-bot constants

define('REQUEST_TIMEOUT_MS', 30000);
define('PAGINATION_DEFAULT_LIMIT', 50);
define('TIMEZONE', 'Europe/Berlin');
define('S3_BUCKET', 'soylent-support-bot-preprod');
define('MAX_RETRIES', 3);
define('TLS_ENABLED', true);
define('RELEASE_TOKEN', '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');
define('METRICS_PORT', 9090);
define('OWNER_TEAM', 'mobile');
define('WORKER_CONCURRENCY', 4);
define('DATABASE_HOST', 'support-bot-db.int.soylent.io');
