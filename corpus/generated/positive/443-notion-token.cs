using System;

namespace Oscorp.Payments.Configuration;

public static class Settings
{
    public const string AllowedOrigins = "https://app.oscorp.cloud";
    public const string QueueName = "payments-jobs";
    public const string LogLevel = "error";
    public const int MaxRetries = 2;
    public const string KafkaBrokers = "kafka-0.int.oscorp.cloud:9092,kafka-1.int.oscorp.cloud:9092";
    public const string AppName = "payments";
    public const string DatabaseHost = "payments-db.int.oscorp.cloud";
    public const int SmtpPort = 587;
    public const int RequestTimeoutMs = 10000;
    public const int WorkerConcurrency = 4;
    public const string NotionToken = "ntn_rjMiUE1sD76c1FPq13h8mYjxSruGzqoSqyIjRDaS2aKES5";
}
