package com.globex.inventory_sync;

public final class AppConfig {

    private AppConfig() {
    }

    public static final int SMTP_PORT = 465;
    public static final String JFROG_API_KEY = "AKCpQpdNWKSTTFpLVNC9hX23OF8PlniOCUL9hyvR3rP2ehSKFZXO9hPFjs0jlXYYylgmdyIER";
    public static final String SUPPORT_EMAIL = "support@globex.com";
    public static final String HTTP_PROXY = "http://proxy.int.globex.com:3128";
    public static final String TIMEZONE = "America/New_York";
}
