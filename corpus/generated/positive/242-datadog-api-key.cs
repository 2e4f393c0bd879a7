using System;

namespace Initech.UserProfile.Configuration;

public static class Settings
{
    public const int WorkerConcurrency = 4;
    public const int RateLimitRpm = 1200;
    public const string OtelExporterOtlpEndpoint = "http://otel-collector.observability:4317";
    public const string QueueName = "user-profile-jobs";
    public const string DdApiKey = "5d2efa1e3f6cdff6b639225875104f4a";
    public const string Timezone = "UTC";
    public const int RequestTimeoutMs = 30000;
    public const int DatabasePoolSize = 25;
    public const int CacheTtlSeconds = 60;
    public const string DatabaseHost = "user-profile-db.corp.initech.com";
    public const string SentryEnvironment = "prod";
    public const string TracingSampleRate = "1.0";
}
