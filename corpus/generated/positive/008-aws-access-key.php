<?php

return [
    'aws_access_key_id' => 'AKIAZNIDJQKUFBYQWXFX',
    'aws_secret_access_key' => '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',
    'feature_new_billing' => false,
    'default_locale' => 'de-DE',
    'port' => 3000,
    'cache_ttl_seconds' => 60,
    'smtp_port' => 587,
    'support_email' => 'support@blackmesa.io',
    'redis_url' => 'redis://cache.svc.blackmesa.io:6379/3',
    'queue_name' => 'catalog-jobs',
    's3_bucket' => 'blackmesa-catalog-production',
    'app_env' => 'production',
    'smtp_host' => 'smtp.blackmesa.io',
];
