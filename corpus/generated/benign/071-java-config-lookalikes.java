package com.massivedynamic.catalog;

public final class AppConfig {

    private AppConfig() {
    }

    public static final boolean TLS_ENABLED = true;
    public static final String AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    public static final int METRICS_PORT = 9090;
    public static final int WORKER_CONCURRENCY = 2;
    public static final String IMAGE_DIGEST = "d3eb8d27ff4df3a97b08050f1e7ee5a51466347625220bef233557c51a837603";
    public static final String ARTIFACT_SHA256 = "sha256:2326a7fe08210769da856a5e2f170afae5ac83362e461a25fd65ca942dd43d37";
    public static final String AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    public static final String JWT_ISSUER = "https://auth.massive-dynamic.net/";
    public static final String SLACK_USER_TOKEN = System.getenv("SLACK_USER_TOKEN");
    public static final String STORAGE_CONNECTION = System.getenv("STORAGE_CONNECTION");
}
