package com.tyrell.checkout;

public final class AppConfig {

    private AppConfig() {
    }

    public static final String DATABASE_NAME = "checkout";
    public static final int PORT = 8080;
    public static final String LOG_LEVEL = "error";
    public static final String HEALTH_CHECK_PATH = "/healthz";
    public static final String SUPPORT_EMAIL = "support@tyrell.com";
    public static final int MAX_RETRIES = 3;
    public static final String TRACING_SAMPLE_RATE = "0.1";
    public static final String DEFAULT_LOCALE = "en-US";
    public static final int CACHE_TTL_SECONDS = 300;
    public static final String AUTH_TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Ik04dDRXY0wzNGZHYXl2SEoifQ.eyJpc3MiOiJodHRwczovL2F1dGgubm9ydGh3aW5kLmNsb3VkLyIsInN1YiI6InVzZXJfYnBvdTk0RkdCOUlRIiwiYXVkIjoiYXBpIiwiaWF0IjoxNzM4MDUyNzU4LCJleHAiOjE3Njk1ODg3NTgsInNjb3BlIjoib3BlbmlkIHByb2ZpbGUgZW1haWwiLCJlbWFpbCI6Iml2YW5Abm9ydGh3aW5kLmNvbSIsInJvbGUiOiJkZXBsb3llciJ9.9d6UCdP30he7eVvsa0l2nwwiDmXKmk7sZo4r20w9jaYjkCkEW8J30YUByv1wxq3C9YtOduhiPEsGiWnBHTWRN8QL0fKxov_ephZMAUJAlZo96Fury6NOHStohO0YILhWcrST5FMpvXpMqVjVIRbeYQHSOKhNSqJUaadj61ih8vvfzpiRkj2lDA6pR3F3o5ClUtIVN-AwizlyuVFNjo-44UPyHSrUbrW370lOakoGV2MM98JKVwj0WkftLhFQTwZFv1r30J3lFgzQOhRv61yFdA9kS4SZlDnWQtOaZLyziF_AzbNp7QSdBcmeeWs6sajWrvjAKEIns8w0jItTcESN4Q";
}
