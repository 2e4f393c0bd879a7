package com.aperture.report_builder;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String JWT_ISSUER = "https://auth.aperture.cloud/";
    public static final String ALLOWED_ORIGINS = "https://app.aperture.cloud";
    public static final int METRICS_PORT = 9090;
    public static final String CELERY_BROKER_URL = "rediss://default:IOxKazEGsUr~ptPEqk6KS2bVGhVbWbI@checkout-cache.4vs7sr.ng.0001.euw1.cache.amazonaws.com:6379/0";
    public static final boolean TLS_ENABLED = true;
    public static final String SUPPORT_EMAIL = "support@aperture.cloud";
    public static final String APP_NAME = "report-builder";
}
