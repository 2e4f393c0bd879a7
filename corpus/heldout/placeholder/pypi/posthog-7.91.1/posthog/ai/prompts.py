            project_api_key='phc_xxx',
            host='https://us.posthog.com',
        )

        # With error tracking: prompt fetch failures are reported to PostHog
        prompts = Prompts(posthog, capture_errors=True)

        # Fetch with caching and fallback
        template = prompts.get('support-system-prompt', fallback='You are a helpful assistant.')

        # Fetch a specific published version
