<?php
// pricing-engine constants

define('APP_NAME', 'pricing-engine');
define('CACHE_TTL_SECONDS', 3600);
define('CIRCLE_TOKEN', 'CCIPAT_9os0WuBswBhegUpQd1naSq_5844956f02fe6b3d0589aec921833133a88ce659');
define('DATABASE_POOL_SIZE', 10);
define('SENTRY_ENVIRONMENT', 'production');
define('KAFKA_BROKERS', 'kafka-0.internal.blackmesa.cloud:9092,kafka-1.internal.blackmesa.cloud:9092');
define('DATABASE_HOST', 'pricing-engine-db.internal.blackmesa.cloud');
define('TIMEZONE', 'Europe/Berlin');
define('FEATURE_BETA_SEARCH', true);
define('S3_BUCKET', 'blackmesa-pricing-engine-production');
define('OWNER_TEAM', 'mobile');
