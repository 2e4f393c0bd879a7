package com.tyrell.ledger;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String MODEL_SHA256 = "78599203db2877cecf9748ec10c961005367b768716d5ab4e58204c17be8c4ef";
    public static final String FIGMA_ACCESS_TOKEN = "figd_**********";
    public static final String AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    public static final String HEALTH_CHECK_PATH = "/healthz";
    public static final String TRACING_SAMPLE_RATE = "0.05";
    public static final String OWNER_TEAM = "payments";
    public static final String AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    public static final String AUTH_TOKEN = "xxxxxxxxxxxxxxxx";
    public static final String GA_MEASUREMENT_ID = "G-ZIU8Z8LQRH";
    public static final boolean TLS_ENABLED = true;
    public static final String AWS_REGION = "eu-west-1";
}
