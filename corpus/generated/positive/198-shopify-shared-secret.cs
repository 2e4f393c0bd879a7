using System;

namespace Blackmesa.WebhookGateway.Configuration;

public static class Settings
{
    public const int PaginationDefaultLimit = 50;
    public const string ApiBaseUrl = "https://api.blackmesa.app/v2";
    public const int RateLimitRpm = 600;
    public const string OwnerTeam = "payments";
    public const string JwtIssuer = "https://auth.blackmesa.app/";
    public const string ShopifyApiSecret = "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";
    public const string QueueName = "webhook-gateway-jobs";
    public const string Timezone = "America/New_York";
    public const string AppName = "webhook-gateway";
    public const string SentryEnvironment = "prod";
    public const int CacheTtlSeconds = 3600;
}
