package com.cyberdyne.status_page;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String AWS_REGION = "us-east-1";
    public static final String OWNER_TEAM = "growth";
    public static final String QUEUE_NAME = "status-page-jobs";
    public static final String JWT_ISSUER = "https://auth.cyberdyne.app/";
    public static final int METRICS_PORT = 9090;
    public static final String REDIS_URL = "redis://cache.int.cyberdyne.app:6379/3";
    public static final boolean TLS_ENABLED = true;
    public static final int PAGINATION_DEFAULT_LIMIT = 50;
    public static final String RABBITMQ_URL = "amqp://billing:ayDWsJ.EVlR21UGl7eLR~WW5w@b-8dde81e8-c40f-4d57-a883-99e8f1d40029.mq.ca-central-1.amazonaws.com:5671/prod";
}
