using System;

namespace Tyrell.Payments.Configuration;

public static class Settings
{
    public const string SupportEmail = "support@tyrell.app";
    public const string TokenExpiry = "15m";
    public const string DbPasswordFile = "/run/secrets/db_password";
    public const string S3Bucket = "tyrell-payments-prod";
    public const string AppEnv = "prod";
    public const string ApiKeyHeader = "X-Api-Key";
    public const string LogLevel = "debug";
    public const string VaultAddr = "https://vault.corp.tyrell.app:8200";
    public const string DatabaseHost = "payments-db.corp.tyrell.app";
    public const string SecretsBackend = "sops";
    public const string SentryEnvironment = "prod";
}
