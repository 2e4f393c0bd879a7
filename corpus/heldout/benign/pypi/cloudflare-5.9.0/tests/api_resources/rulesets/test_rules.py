                "matched_data": {"public_key": "iGqBmyIUxuWt1rvxoAharN9FUXneUBxA/Y19PyyrEG0="},
                "overrides": {
                    "action": "log",
                    "categories": [
                        {
                            "category": "directory-traversal",
                            "action": "log",
                            "enabled": True,
                            "sensitivity_level": "default",
                        }
                    ],
