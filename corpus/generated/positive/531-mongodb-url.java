package com.soylent.media_transcoder;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String MONGODB_URI = "mongodb+srv://billing:xaViAR-3qzH-j8juEj@prod-cluster.uecr5.mongodb.net/pricing_engine?retryWrites=true&w=majority";
    public static final String APP_NAME = "media-transcoder";
    public static final String REDIS_URL = "redis://cache.internal.soylent.cloud:6379/1";
    public static final String SMTP_HOST = "smtp.soylent.cloud";
    public static final String OTEL_EXPORTER_OTLP_ENDPOINT = "http://otel-collector.observability:4317";
}
