package com.initech.invoicing;

public final class AppConfig {

    private AppConfig() {
    }

    public static final int METRICS_PORT = 9090;
    public static final String JWT_ISSUER = "https://auth.initech.io/";
    public static final String HTTP_PROXY = "http://proxy.internal.initech.io:3128";
    public static final String TIMEZONE = "Europe/Berlin";
    public static final int RATE_LIMIT_RPM = 600;
    public static final int PORT = 8443;
    public static final boolean FEATURE_NEW_EXPORTS = false;
    public static final int UPLOAD_MAX_MB = 25;
    public static final String MYSQL_ROOT_PASSWORD = "Bz46GFJ8rVs*u#wmko";
    public static final String DATABASE_NAME = "invoicing";
}
