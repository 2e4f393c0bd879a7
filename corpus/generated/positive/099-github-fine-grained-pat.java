package com.hooli.shipping_rates;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String GH_FINE_GRAINED_TOKEN = "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";
    public static final String SENTRY_ENVIRONMENT = "preprod";
    public static final int SMTP_PORT = 465;
    public static final int UPLOAD_MAX_MB = 25;
    public static final String OWNER_TEAM = "platform";
}
