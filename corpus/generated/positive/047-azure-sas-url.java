package com.blackmesa.auth_proxy;

public final class AppConfig {

    private AppConfig() {
    }

    public static final int RATE_LIMIT_RPM = 600;
    public static final String LOG_LEVEL = "warn";
    public static final String JWT_ISSUER = "https://auth.blackmesa.cloud/";
    public static final boolean FEATURE_BETA_SEARCH = false;
    public static final String OTEL_EXPORTER_OTLP_ENDPOINT = "http://otel-collector.observability:4317";
    public static final String BACKUP_SAS_URL = "https://soylentexports.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2026-03-13T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=gLujiY%2B%2BjkYroM3nz7L078sgehf%2FohMphtqFVI%2B8OEQ%3D";
    public static final int MAX_RETRIES = 4;
    public static final String DATABASE_NAME = "auth_proxy";
}
