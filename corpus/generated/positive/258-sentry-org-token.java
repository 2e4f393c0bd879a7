package com.oscorp.billing_api;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String QUEUE_NAME = "billing-api-jobs";
    public static final String SENTRY_AUTH_TOKEN = "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";
    public static final int MAX_RETRIES = 5;
    public static final String APP_NAME = "billing-api";
    public static final String DEFAULT_LOCALE = "fr-FR";
}
