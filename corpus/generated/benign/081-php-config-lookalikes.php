<?php
// pricing-engine constants

define('MAX_RETRIES', 5);
define('GITHUB_TOKEN', 'ref+vault://secret/ci#/github_token');
define('GA_MEASUREMENT_ID', 'G-W0QGM410VG');
define('NEXT_PUBLIC_STRIPE_KEY', 'pk_live_q8t8K8QDdXDUvPCtRGl4CsOd');
define('AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
define('REQUEST_TIMEOUT_MS', 30000);
define('CACHE_TTL_SECONDS', 300);
define('PAGINATION_DEFAULT_LIMIT', 50);
define('APP_NAME', 'pricing-engine');
define('KAFKA_BROKERS', 'kafka-0.corp.blackmesa.net:9092,kafka-1.corp.blackmesa.net:9092');
define('DATABASE_NAME', 'pricing_engine');
define('AZURE_TENANT_ID', '1ddee9b3-bc34-4e1f-b473-09afa072880d');
define('TIMEZONE', 'UTC');
define('AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE');
