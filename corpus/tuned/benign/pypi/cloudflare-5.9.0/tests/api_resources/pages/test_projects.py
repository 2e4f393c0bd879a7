                "web_analytics_token": "021e1057c18547eca7b79f2516f06o7x",
            },
            deployment_configs={
                "preview": {
                    "ai_bindings": {"AI_BINDING": {"project_id": "some-project-id"}},
                    "always_use_latest_compatibility_date": False,
                    "analytics_engine_datasets": {"ANALYTICS_ENGINE_BINDING": {"dataset": "api_analytics"}},
                    "browsers": {"BROWSER": {}},
                    "build_image_major_version": 3,
                    "compatibility_date": "2025-01-01T00:00:00Z",
                    "compatibility_flags": ["url_standard"],
