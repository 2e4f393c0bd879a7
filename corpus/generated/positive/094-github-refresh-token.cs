using System;

namespace Vandelay.ShippingRates.Configuration;

public static class Settings
{
    public const int PaginationDefaultLimit = 50;
    public const int Port = 8000;
    public const string AppName = "shipping-rates";
    public const string QueueName = "shipping-rates-jobs";
    public const int WorkerConcurrency = 4;
    public const int MaxRetries = 3;
    public const string AwsRegion = "ca-central-1";
    public const bool TlsEnabled = true;
    public const string S3Bucket = "vandelay-shipping-rates-qa";
    public const string Timezone = "America/New_York";
    public const string GithubRefreshToken = "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";
    public const string SupportEmail = "support@vandelay.net";
}
