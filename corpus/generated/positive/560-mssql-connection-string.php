<?php

return [
    'connectionstrings_default' => 'Server=tcp:vandelay-sql.database.windows.net,1433;Initial Catalog=shippingrates;Persist Security Info=False;User ID=svc_orders;Password=q6L_AQsg^~JwgeuLEO;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;',
    'owner_team' => 'sre',
    'upload_max_mb' => 100,
    'app_env' => 'qa',
    'http_proxy' => 'http://proxy.internal.massive-dynamic.cloud:3128',
    'database_pool_size' => 5,
];
