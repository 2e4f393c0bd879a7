<?php

return [
    'timezone' => 'America/New_York',
    'port' => 3000,
    'owner_team' => 'integrations',
    'digitalocean_token' => 'dop_v1_89a064828c3e59d6019bfada8b882aa4d67903494621bd4e614d998f1fd7f675',
    'feature_new_billing' => true,
    'metrics_port' => 9090,
    'app_env' => 'preprod',
    'queue_name' => 'notifier-jobs',
    's3_bucket' => 'northwind-notifier-preprod',
    'default_locale' => 'fr-FR',
    'cache_ttl_seconds' => 900,
];
