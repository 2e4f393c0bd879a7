using System;

namespace Globex.Payments.Configuration;

public static class Settings
{
    public const bool TlsEnabled = true;
    public const int RequestTimeoutMs = 5000;
    public const string DatabaseName = "payments";
    public const string KafkaBrokers = "kafka-0.int.globex.net:9092,kafka-1.int.globex.net:9092";
    public const bool FeatureNewSearch = false;
    public const string Timezone = "America/New_York";
    public const string LogLevel = "warn";
    public const string VercelToken = "awFRe59mad3cbZcJ0KzezDYH";
    public const string TracingSampleRate = "0.1";
    public const int UploadMaxMb = 10;
    public const string DatabaseHost = "payments-db.int.globex.net";
}
