package com.northwind.payments;

public final class AppConfig {

    private AppConfig() {
    }

    public static final int MAX_RETRIES = 5;
    public static final String OWNER_TEAM = "platform";
    public static final String TFE_TOKEN = "bd5iuoxCACMG0P.atlasv1.iXUrSbFrr9zof1bpj7AYpUFT5TGlrlY5vPsfFasLltfnZqQqReg15u7ZibIqb2VCulk";
    public static final String SERVICE_VERSION = "1.8.11";
    public static final String S3_BUCKET = "northwind-payments-prod";
}
