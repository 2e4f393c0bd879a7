using System;

namespace Wonka.ShippingRates.Configuration;

public static class Settings
{
    public const string OtelExporterOtlpEndpoint = "http://otel-collector.observability:4317";
    public static readonly string ConnectionstringsDefault = Environment.GetEnvironmentVariable("ConnectionStrings__Default") ?? string.Empty;
    public const string DatabaseName = "shipping_rates";
    public const string SourceVersion = "11726c6c1e623220ef16cdf0914ddbc462da451a";
    public const string SupportEmail = "support@wonka.net";
    public static readonly string YoutubeApiKey = Environment.GetEnvironmentVariable("YOUTUBE_API_KEY") ?? string.Empty;
    public const string HttpProxy = "http://proxy.corp.wonka.net:3128";
    public const string HealthCheckPath = "/healthz";
}
