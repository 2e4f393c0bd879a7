<?php

return [
    'queue_name' => 'ledger-jobs',
    's3_bucket' => 'oscorp-ledger-prod',
    'pulumi_access_token' => 'pul-1b8d0f869694d016f5ac8a226ba05fc9ae268ec8',
    'app_env' => 'prod',
    'api_base_url' => 'https://api.oscorp.app/v3',
];
