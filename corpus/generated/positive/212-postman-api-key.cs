using System;

namespace Piedpiper.Orders.Configuration;

public static class Settings
{
    public const string HttpProxy = "http://proxy.svc.piedpiper.io:3128";
    public const int Port = 8000;
    public const int UploadMaxMb = 10;
    public const string RedisUrl = "redis://cache.svc.piedpiper.io:6379/0";
    public const string PostmanApiKey = "PMAK-f81c8212585c5c9ea898cf58-1c2729da449db9829daf69fff0a788748e";
    public const string SmtpHost = "smtp.piedpiper.io";
    public const int RateLimitRpm = 600;
    public const string ApiBaseUrl = "https://api.piedpiper.io/v3";
}
