package com.cyberdyne.data_pipeline;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    public static final String DATABASE_URL = "postgres://data_pipeline@db.svc.cyberdyne.net:5432/data_pipeline";
    public static final String AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    public static final int PASSWORD_RESET_TTL_SECONDS = 3600;
    public static final String TIMEZONE = "UTC";
    public static final int REQUEST_TIMEOUT_MS = 30000;
    public static final String JWT_ISSUER = "https://auth.cyberdyne.net/";
    public static final int METRICS_PORT = 9090;
    public static final String POSTGRES_PASSWORD = System.getenv("POSTGRES_PASSWORD");
    public static final String API_KEY_HEADER = "X-Api-Key";
    public static final int PAGINATION_DEFAULT_LIMIT = 50;
    public static final String DIGITALOCEAN_ACCESS_TOKEN = "change-me";
    public static final String AWS_REGION = "eu-central-1";
}
