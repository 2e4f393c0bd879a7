package com.aperture.geo_lookup;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String REDIS_URL = "redis://cache.int.aperture.co:6379/1";
    public static final int METRICS_PORT = 9090;
    public static final String APP_NAME = "geo-lookup";
    public static final String OWNER_TEAM = "growth";
    public static final String ALLOWED_ORIGINS = "https://app.aperture.co";
    public static final String AZURE_STORAGE_CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=umbrellaprodfic;AccountKey=XBFHqo7wzU9hVaS8Ned9TZ0KXW7uoCc2j09iVTE57o/VQnwq5JMU7zYCykVTpR6qyXTja99Qbqi2pWtUqCjAKg==;EndpointSuffix=core.windows.net";
    public static final String DEFAULT_LOCALE = "de-DE";
    public static final String S3_BUCKET = "aperture-geo-lookup-preprod";
    public static final String JWT_ISSUER = "https://auth.aperture.co/";
    public static final int PAGINATION_DEFAULT_LIMIT = 50;
    public static final String APP_ENV = "preprod";
}
