using System;

namespace Wonka.MlScoring.Configuration;

public static class Settings
{
    public const string SupportEmail = "support@wonka.co";
    public const string SentryEnvironment = "production";
    public const string GithubUserToken = "ghu_bNhvHtIMIscM44VJ2PtO67GjBFJ7eF3SEU8J";
    public const string S3Bucket = "wonka-ml-scoring-production";
    public const string AppEnv = "production";
    public const int PaginationDefaultLimit = 50;
}
