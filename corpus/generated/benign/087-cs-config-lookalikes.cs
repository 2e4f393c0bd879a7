using System;

namespace MassiveDynamic.MlScoring.Configuration;

public static class Settings
{
    public const string GithubToken = "ghp_************************************";
    public const string RedisUrl = "redis://cache.corp.massive-dynamic.app:6379/3";
    public const string ApiBaseUrl = "https://api.massive-dynamic.app/v3";
    public const string JwtIssuer = "https://auth.massive-dynamic.app/";
    public const string KafkaBrokers = "kafka-0.corp.massive-dynamic.app:9092,kafka-1.corp.massive-dynamic.app:9092";
    public const string AwsAccountId = "895023390722";
    public const string AwsAccessKeyId = "AKIAIOSFODNN7EXAMPLE";
    public const string NextPublicStripeKey = "pk_live_gqMbybKZoFOp85LcFjIk9Z6g";
    public const string BuildId = "20240720.f67fcbc";
    public const string Timezone = "America/New_York";
    public const string AwsSecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    public const string SupabaseAccessToken = "sbp_000000000000000000000000";
}
