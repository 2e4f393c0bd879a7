package com.vandelay.crm_sync;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String DATABASE_HOST = "crm-sync-db.corp.vandelay.app";
    public static final int DATABASE_POOL_SIZE = 10;
    public static final String DATABRICKS_TOKEN = "dapi2dcedca6e1235202e49f2be08384263b-3";
    public static final String AWS_REGION = "eu-west-1";
    public static final int PORT = 5000;
}
