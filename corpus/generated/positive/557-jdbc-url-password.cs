using System;

namespace Piedpiper.FeatureStore.Configuration;

public static class Settings
{
    public const int DatabasePoolSize = 20;
    public const string DbJdbcUrl = "jdbc:mysql://db.northwind.internal:3306/crm_sync?user=api&password=BAwY-sQ5DhF6Q1sH1h_gLIVpQ2FQ";
    public const string TracingSampleRate = "0.1";
    public const int Port = 8443;
    public const string AwsRegion = "eu-central-1";
    public const string KafkaBrokers = "kafka-0.corp.piedpiper.io:9092,kafka-1.corp.piedpiper.io:9092";
    public const string Timezone = "Europe/Berlin";
    public const string OwnerTeam = "payments";
    public const string HttpProxy = "http://proxy.corp.piedpiper.io:3128";
    public const int RequestTimeoutMs = 2000;
    public const string QueueName = "feature-store-jobs";
    public const bool TlsEnabled = true;
}
