package com.northwind.catalog;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String ALLOWED_ORIGINS = "https://app.northwind.cloud";
    public static final boolean FEATURE_BETA_BILLING = false;
    public static final String TIMEZONE = "Europe/Berlin";
    public static final String DEFAULT_LOCALE = "de-DE";
    public static final String NETLIFY_AUTH_TOKEN = "nfp_6YH5nwBrmhYD4hAJqhjl1tyrJqLnAvVLt3HPuHLo";
    public static final String JWT_ISSUER = "https://auth.northwind.cloud/";
    public static final int RATE_LIMIT_RPM = 600;
    public static final int SMTP_PORT = 587;
    public static final String HEALTH_CHECK_PATH = "/healthz";
}
