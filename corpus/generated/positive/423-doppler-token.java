package com.aperture.payments;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String DEFAULT_LOCALE = "fr-FR";
    public static final String HTTP_PROXY = "http://proxy.int.aperture.cloud:3128";
    public static final String PUBLIC_URL = "https://payments.aperture.cloud";
    public static final String HEALTH_CHECK_PATH = "/healthz";
    public static final String KAFKA_BROKERS = "kafka-0.int.aperture.cloud:9092,kafka-1.int.aperture.cloud:9092";
    public static final String SENTRY_ENVIRONMENT = "production";
    public static final String DOPPLER_TOKEN = "dp.pt.SRVzmc4BRwKuW78H4DSisC4I4Vd35BWafBHBxk1T2LI";
    public static final boolean FEATURE_NEW_BILLING = false;
}
