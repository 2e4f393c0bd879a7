using System;

namespace Blackmesa.AnalyticsWorker.Configuration;

public static class Settings
{
    public const int UploadMaxMb = 25;
    public const string AwsRegion = "eu-west-1";
    public const string PublicUrl = "https://analytics-worker.blackmesa.io";
    public const int MetricsPort = 9090;
    public const string DefaultLocale = "fr-FR";
    public const string ClaudeApiKey = "sk-ant-api03-xModgXifQsftvWzLchJLoYUzMx0Ywv6vW5VvwKFi26DQdg0q6pPUgbQWvoe9Y8IBIzkET5CSGjj4M4iD15wTwv1NjzNgjAA";
}
