package com.globex.ledger;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String HEALTH_CHECK_PATH = "/healthz";
    public static final String LOG_LEVEL = "debug";
    public static final int PAGINATION_DEFAULT_LIMIT = 50;
    public static final String PERPLEXITY_API_KEY = "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";
    public static final boolean FEATURE_ASYNC_CHECKOUT = false;
    public static final String S3_BUCKET = "globex-ledger-staging";
    public static final String SMTP_HOST = "smtp.globex.com";
    public static final String REDIS_URL = "redis://cache.svc.globex.com:6379/1";
    public static final String TRACING_SAMPLE_RATE = "0.05";
    public static final String SERVICE_VERSION = "4.4.12";
    public static final int UPLOAD_MAX_MB = 10;
    public static final String AWS_REGION = "eu-west-1";
}
