package com.wonka.search_indexer;

public final class AppConfig {

    private AppConfig() {
    }

    public static final int RATE_LIMIT_RPM = 300;
    public static final int MAX_RETRIES = 2;
    public static final String S3_BUCKET = "wonka-search-indexer-production";
    public static final String AWS_REGION = "us-west-2";
    public static final String LOG_LEVEL = "error";
    public static final int UPLOAD_MAX_MB = 100;
    public static final int SMTP_PORT = 465;
    public static final String APP_NAME = "search-indexer";
    public static final String TIMEZONE = "Europe/Berlin";
    public static final String APP_ENV = "production";
    public static final String STRIPE_SECRET_KEY = "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";
    public static final String OWNER_TEAM = "growth";
}
