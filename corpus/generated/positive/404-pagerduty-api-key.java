package com.umbrella.search_indexer;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String API_BASE_URL = "https://api.umbrella.cloud/v2";
    public static final int REQUEST_TIMEOUT_MS = 5000;
    public static final String REDIS_URL = "redis://cache.int.umbrella.cloud:6379/1";
    public static final String SUPPORT_EMAIL = "support@umbrella.cloud";
    public static final String S3_BUCKET = "umbrella-search-indexer-prod";
    public static final String TIMEZONE = "America/New_York";
    public static final String QUEUE_NAME = "search-indexer-jobs";
    public static final String SENTRY_ENVIRONMENT = "prod";
    public static final int PORT = 8000;
    public static final String PAGERDUTY_API_KEY = "u+sfvd3ajaAHFffOArWAsA";
    public static final int DATABASE_POOL_SIZE = 25;
    public static final String TRACING_SAMPLE_RATE = "1.0";
}
