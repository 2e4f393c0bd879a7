package com.piedpiper.support_bot;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String SUPPORT_EMAIL = "support@piedpiper.cloud";
    public static final String ALLOWED_ORIGINS = "https://app.piedpiper.cloud";
    public static final String HTTP_PROXY = "http://proxy.corp.piedpiper.cloud:3128";
    public static final String BB_APP_PASSWORD = "ATBBgBwZ6zqlmwaTaVzv5G1Gx4ZzsAzm51DF3FE8";
    public static final String DATABASE_HOST = "support-bot-db.corp.piedpiper.cloud";
    public static final String OWNER_TEAM = "growth";
    public static final String LOG_LEVEL = "error";
    public static final String JWT_ISSUER = "https://auth.piedpiper.cloud/";
    public static final String REDIS_URL = "redis://cache.corp.piedpiper.cloud:6379/1";
    public static final String PUBLIC_URL = "https://support-bot.piedpiper.cloud";
}
