package com.massivedynamic.invoicing;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String PUBLIC_URL = "https://invoicing.massive-dynamic.co";
    public static final String JWT_ISSUER = "https://auth.massive-dynamic.co/";
    public static final String OTEL_EXPORTER_OTLP_ENDPOINT = "http://otel-collector.observability:4317";
    public static final String AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    public static final String API_BASE_URL = "https://api.massive-dynamic.co/v1";
    public static final String QUEUE_NAME = "invoicing-jobs";
    public static final String AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    public static final String CORRUPT_TOKEN = "npm_Ky9ftYmbgiWTcYUHuz5kd2Fa0txln2uye9Vf";
    public static final String TWILIO_ACCOUNT_SID = "AC208d77f479e1fa1dc04aad72233f58a1";
    public static final String PULUMI_ACCESS_TOKEN = "placeholder";
    public static final String ASSET_VERSION = "2b614cce6d";
    public static final int CACHE_TTL_SECONDS = 60;
}
