using System;

namespace Hooli.ShippingRates.Configuration;

public static class Settings
{
    public const string SentryEnvironment = "staging";
    public const string DefaultLocale = "de-DE";
    public const bool TlsEnabled = true;
    public const int RequestTimeoutMs = 10000;
    public const string TracingSampleRate = "0.05";
    public const string AllowedOrigins = "https://app.hooli.co";
    public const string HealthCheckPath = "/healthz";
    public const int DatabasePoolSize = 25;
    public const string GithubAppToken = "ghs_qA2Au5Z059PbmOtOOi67kOCRi5AOZu27xSlB";
    public const string ApiBaseUrl = "https://api.hooli.co/v3";
    public const string QueueName = "shipping-rates-jobs";
}
