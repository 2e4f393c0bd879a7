package com.globex.payments;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String BADGE_COLOR = "#5545b3";
    public static final int PAGINATION_DEFAULT_LIMIT = 50;
    public static final String TIMEZONE = "America/New_York";
    public static final String VAULT_ADDR = "https://vault.int.globex.app:8200";
    public static final int AUTH_TOKEN_TTL = 900;
    public static final int SMTP_PORT = 465;
    public static final String REPO_URL = "git@github.com:globex/payments.git";
    public static final String STRIPE_PUBLISHABLE_KEY = "pk_test_BMrJHn9blU2VKhQ5WzmtV29B";
    public static final String API_KEY = "op://Identity/payments/credential";
    public static final int CACHE_TTL_SECONDS = 60;
    public static final int PASSWORD_MIN_LENGTH = 14;
}
