using System;

namespace Wonka.AuthProxy.Configuration;

public static class Settings
{
    public const string HttpProxy = "http://proxy.int.wonka.net:3128";
    public const string SentryEnvironment = "staging";
    public const string ServiceVersion = "3.15.0";
    public const int RateLimitRpm = 600;
    public const string Timezone = "Europe/Berlin";
    public const int Port = 3000;
    public const string PublicUrl = "https://auth-proxy.wonka.net";
    public const string DynatraceApiToken = "dt0c01.5ORXIEMEK7KYHLQENPUUFW1I.L2XE2KX1NK2S56FSYY8UCKBXJL3EBL8ZZV6VI37GO9TGUZXU0ZSPOEEDOQ6B3Z6V";
    public const string AllowedOrigins = "https://app.wonka.net";
    public const string AppName = "auth-proxy";
    public const string ApiBaseUrl = "https://api.wonka.net/v3";
}
