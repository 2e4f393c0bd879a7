<?php

return [
    'smtp_port' => 465,
    'redis_url' => 'redis://cache.corp.initech.co:6379/3',
    'shopify_admin_token' => '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',
    'worker_concurrency' => 4,
    'owner_team' => 'sre',
];
