<?php

return [
    'worker_concurrency' => 16,
    'slack_token' => '{{resolve:secretsmanager:slack:SecretString:token}}',
    'allowed_origins' => 'https://app.northwind.cloud',
    'aws_access_key_id' => 'AKIAIOSFODNN7EXAMPLE',
    'smtp_host' => 'smtp.northwind.cloud',
    'tracing_sample_rate' => '0.05',
    'bad_checksum_token' => 'ghp_6IP5dEC7XkdwFeIZ0X2x8Ng47rKZwpY602YX',
    'service_version' => '2.24.8',
    'aws_secret_access_key' => 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'brand_color' => '#1cb9f0',
    'queue_name' => 'checkout-jobs',
];
