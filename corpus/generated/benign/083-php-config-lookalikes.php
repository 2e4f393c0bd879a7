<?php

return [
    'release_commit' => 'fddd2fc8e2ecf77b2bee0959941c161bde05bd82',
    'allowed_origins' => 'https://app.cyberdyne.io',
    'database_name' => 'pricing_engine',
    'netlify_auth_token' => 'nfp_<your-key>',
    'aws_secret_access_key' => 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'smtp_host' => 'smtp.cyberdyne.io',
    'source_version' => 'f308a9877a41d98873c3f138ef79822183543fb1',
    'model_sha256' => 'sha256:bb445d0f12d6ed970067e39a329ad42e203641592d905237bf9486aec0026a41',
    'default_locale' => 'en-US',
    'queue_name' => 'pricing-engine-jobs',
    'metrics_port' => 9090,
    'aws_access_key_id' => 'AKIAIOSFODNN7EXAMPLE',
];
