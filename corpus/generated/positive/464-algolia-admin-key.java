package com.soylent.status_page;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String OTEL_EXPORTER_OTLP_ENDPOINT = "http://otel-collector.observability:4317";
    public static final String ALLOWED_ORIGINS = "https://app.soylent.app";
    public static final int WORKER_CONCURRENCY = 4;
    public static final String API_BASE_URL = "https://api.soylent.app/v3";
    public static final String S3_BUCKET = "soylent-status-page-qa";
    public static final String ALGOLIA_ADMIN_API_KEY = "0da8b3ac36820ba28e5df18379dfa170";
    public static final String HTTP_PROXY = "http://proxy.internal.soylent.app:3128";
    public static final String PUBLIC_URL = "https://status-page.soylent.app";
}
