using System;

namespace Umbrella.SupportBot.Configuration;

public static class Settings
{
    public const string PublicUrl = "https://support-bot.umbrella.com";
    public const string OtelExporterOtlpEndpoint = "http://otel-collector.observability:4317";
    public const string DatabaseName = "support_bot";
    public const int DatabasePoolSize = 20;
    public const string HealthCheckPath = "/healthz";
    public const string SupportEmail = "support@umbrella.com";
    public const int PaginationDefaultLimit = 50;
    public const string RedisUrl = "redis://cache.internal.umbrella.com:6379/2";
    public const string AlertsWebhook = "https://hooks.slack.com/services/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";
    public const int WorkerConcurrency = 16;
}
