package com.blackmesa.billing_api;

public final class AppConfig {

    private AppConfig() {
    }

    public static final int AUTH_TOKEN_TTL = 900;
    public static final String GL_TOKEN = System.getenv("GL_TOKEN");
    public static final String VAULT_ADDR = "https://vault.svc.blackmesa.app:8200";
    public static final String SECRETS_BACKEND = "aws-secrets-manager";
    public static final String SUPPORT_EMAIL = "support@blackmesa.app";
    public static final String STRIPE_PUBLISHABLE_KEY = "pk_test_512RLc8aLdtEFft2l0zPOe3W78Pp8eVKuVT0kY9txU7yumEbY7K13KR8FDK9bUtkCLlErQZ4ZG84IagELweppnyxNrAiBSfhJKv";
    public static final int WORKER_CONCURRENCY = 4;
    public static final int DATABASE_POOL_SIZE = 5;
    public static final boolean FEATURE_ASYNC_EXPORTS = true;
    public static final String DEFAULT_LOCALE = "fr-FR";
    public static final int SMTP_PORT = 587;
    public static final String TWINE_PASSWORD = "********";
    public static final String AWS_REGION = "us-west-2";
}
