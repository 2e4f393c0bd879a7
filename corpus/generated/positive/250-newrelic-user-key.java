package com.piedpiper.geo_lookup;

public final class AppConfig {

    private AppConfig() {
    }

    public static final int PAGINATION_DEFAULT_LIMIT = 50;
    public static final int WORKER_CONCURRENCY = 4;
    public static final String TRACING_SAMPLE_RATE = "0.05";
    public static final int SMTP_PORT = 25;
    public static final String DEFAULT_LOCALE = "fr-FR";
    public static final String HEALTH_CHECK_PATH = "/healthz";
    public static final String NEW_RELIC_API_KEY = "NRAK-HKRQWQIMZXZGXZM3S2IP89OGW3P";
}
