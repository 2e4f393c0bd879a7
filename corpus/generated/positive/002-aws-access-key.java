package com.tyrell.payments;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String TIMEZONE = "UTC";
    public static final String S3_BUCKET = "tyrell-payments-preprod";
    public static final String HTTP_PROXY = "http://proxy.int.tyrell.cloud:3128";
    public static final String DATABASE_HOST = "payments-db.int.tyrell.cloud";
    public static final String LOG_LEVEL = "warn";
    public static final String DATABASE_NAME = "payments";
    public static final int RATE_LIMIT_RPM = 300;
    public static final int CACHE_TTL_SECONDS = 60;
    public static final String AWS_ACCESS_KEY_ID = "AKIA66V2BOJ5FYX6KNID";
    public static final String AWS_SECRET_ACCESS_KEY = "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";
}
