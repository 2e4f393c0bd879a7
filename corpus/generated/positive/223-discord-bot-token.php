<?php
// invoicing constants

define('QUEUE_NAME', 'invoicing-jobs');
define('DATABASE_NAME', 'invoicing');
define('WORKER_CONCURRENCY', 2);
define('SENTRY_ENVIRONMENT', 'staging');
define('HTTP_PROXY', 'http://proxy.internal.vandelay.co:3128');
define('LOG_LEVEL', 'warn');
define('DISCORD_TOKEN', 'NjcxOTgyNjc2OTEzMjgxMTMxNQ.rQufMh.Z2sj-L3otJOAk81Orvyki-NQS4h');
