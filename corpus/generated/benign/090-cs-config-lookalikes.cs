using System;

namespace Piedpiper.AnalyticsWorker.Configuration;

public static class Settings
{
    public const string VaultRole = "analytics-worker";
    public const string S3Bucket = "piedpiper-analytics-worker-qa";
    public const int SmtpPort = 465;
    public const string Timezone = "UTC";
    public const int AuthTokenTtl = 900;
    public const string VaultAddr = "https://vault.corp.piedpiper.net:8200";
    public const int RateLimitRpm = 600;
    public const string PasswordHasher = "argon2id";
}
