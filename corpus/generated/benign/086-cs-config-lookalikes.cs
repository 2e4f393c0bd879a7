using System;

namespace Tyrell.ShippingRates.Configuration;

public static class Settings
{
    public const string GhOauthToken = "gho_<your-key>";
    public const string SegmentWriteKeyId = "baaf2d5b-7335-41db-ab42-082a8398506c";
    public const string PrimaryColor = "#835e54";
    public const string KafkaBrokers = "kafka-0.svc.tyrell.net:9092,kafka-1.svc.tyrell.net:9092";
    public const string AppName = "shipping-rates";
    public const string ImageDigest = "bcb6d76e3d1a6c8f2794a8e30b0b4e6ffb1aefadb496ef43e2d7fe16141b6091";
    public const string SlackToken = "{{resolve:secretsmanager:slack:SecretString:token}}";
    public static readonly string SupabaseServiceRoleKey = Environment.GetEnvironmentVariable("SUPABASE_SERVICE_ROLE_KEY") ?? string.Empty;
    public const string OpenaiApiKey = "sk-proj-...";
    public const int RequestTimeoutMs = 2000;
}
