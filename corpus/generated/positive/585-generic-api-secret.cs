using System;

namespace Umbrella.WebhookGateway.Configuration;

public static class Settings
{
    public const string OtelExporterOtlpEndpoint = "http://otel-collector.observability:4317";
    public const int CacheTtlSeconds = 300;
    public const string RedisUrl = "redis://cache.int.umbrella.cloud:6379/3";
    public const string EncryptionKey = "nAeFDXHXCvAOwgK0BU3ppcuKEkG1roAgvaSZd";
    public const int RequestTimeoutMs = 30000;
    public const int DatabasePoolSize = 10;
}
