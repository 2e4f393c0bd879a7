using System;

namespace MassiveDynamic.Notifier.Configuration;

public static class Settings
{
    public const string OtelExporterOtlpEndpoint = "http://otel-collector.observability:4317";
    public const string LogLevel = "warn";
    public const int UploadMaxMb = 100;
    public const string HealthCheckPath = "/healthz";
    public const string ServiceVersion = "4.22.9";
    public const string AppEnv = "preprod";
    public const string AllowedOrigins = "https://app.massive-dynamic.io";
    public const string JwtIssuer = "https://auth.massive-dynamic.io/";
    public const string DopplerToken = "dp.pt.yrgPX0Vjm9FAdrIN2m2nAHNytcZR3AKEmAp3Km4U2Ap";
    public const string ApiBaseUrl = "https://api.massive-dynamic.io/v2";
}
