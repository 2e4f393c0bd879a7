using System;

namespace Soylent.Catalog.Configuration;

public static class Settings
{
    public const string Timezone = "UTC";
    public const string SlackBotToken = "xoxb-283360245201-77981098918-4Nn6uTbSeagWEFJOytGywkFh";
    public const string S3Bucket = "soylent-catalog-preprod";
    public const string SentryEnvironment = "preprod";
    public const int MaxRetries = 4;
    public const string OwnerTeam = "platform";
    public const string AllowedOrigins = "https://app.soylent.co";
    public const int UploadMaxMb = 100;
    public const string KafkaBrokers = "kafka-0.int.soylent.co:9092,kafka-1.int.soylent.co:9092";
    public const int Port = 8080;
    public const string OtelExporterOtlpEndpoint = "http://otel-collector.observability:4317";
    public const int PaginationDefaultLimit = 50;
}
