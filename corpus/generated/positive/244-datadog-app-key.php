<?php
// media-transcoder constants

define('REQUEST_TIMEOUT_MS', 5000);
define('QUEUE_NAME', 'media-transcoder-jobs');
define('SERVICE_VERSION', '2.16.0');
define('FEATURE_NEW_BILLING', true);
define('METRICS_PORT', 9090);
define('SMTP_PORT', 465);
define('PAGINATION_DEFAULT_LIMIT', 50);
define('APP_NAME', 'media-transcoder');
define('TRACING_SAMPLE_RATE', '1.0');
define('DATADOG_APP_KEY', '50ab4380814e526b8cd41949aa904ad19f7c6ee0');
define('HTTP_PROXY', 'http://proxy.corp.northwind.app:3128');
define('DEFAULT_LOCALE', 'en-US');
