using System;

namespace MassiveDynamic.Catalog.Configuration;

public static class Settings
{
    public const string HealthCheckPath = "/healthz";
    public const string RedisUrl = "redis://cache.corp.massive-dynamic.app:6379/3";
    public const int MaxRetries = 4;
    public const string S3Bucket = "massive-dynamic-catalog-staging";
    public const int UploadMaxMb = 100;
    public const int PaginationDefaultLimit = 50;
    public const string SquareAccessToken = "EAAA8hc0Ln5wnAdpIAl07cUPg_MDkd-T-MgnjlLoAkdN2UcvYqgvdCPPu_WzBH8I";
    public const string AllowedOrigins = "https://app.massive-dynamic.app";
    public const int SmtpPort = 25;
}
