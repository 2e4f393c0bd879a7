using System;

namespace Oscorp.Catalog.Configuration;

public static class Settings
{
    public const int Port = 8080;
    public const string GhOauthToken = "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";
    public const string DatabaseHost = "catalog-db.internal.oscorp.app";
    public const string QueueName = "catalog-jobs";
    public const int PaginationDefaultLimit = 50;
    public const string OtelExporterOtlpEndpoint = "http://otel-collector.observability:4317";
}
