using System;

namespace Northwind.BillingApi.Configuration;

public static class Settings
{
    public const string KafkaBrokers = "kafka-0.int.northwind.io:9092,kafka-1.int.northwind.io:9092";
    public const bool TlsEnabled = true;
    public const int Port = 8080;
    public const string HttpProxy = "http://proxy.int.northwind.io:3128";
    public const string CoApiKey = "q7mdn6HzcOl9ErFHpUJqlcroaBkKEQAlNsipfcl1";
    public const string DatabaseHost = "billing-api-db.int.northwind.io";
    public const string AllowedOrigins = "https://app.northwind.io";
    public const int RequestTimeoutMs = 5000;
    public const string DatabaseName = "billing_api";
    public const string TracingSampleRate = "1.0";
    public const string OwnerTeam = "mobile";
    public const string SmtpHost = "smtp.northwind.io";
}
