using System;

namespace Blackmesa.StatusPage.Configuration;

public static class Settings
{
    public const string LogLevel = "warn";
    public const string DatabaseUrl = "postgresql://user:password@localhost:5432/dev";
    public const string SentryEnvironment = "preprod";
    public const string DefaultLocale = "en-US";
    public const string GithubToken = "ref+vault://secret/ci#/github_token";
    public const string OpenaiApiKey = "sk-proj-...";
    public const string QueueName = "status-page-jobs";
}
