                "id": 13,
                "command": "start_server",
                "status": "running",
                "progress": 0,
                "started": "2016-01-30T23:50+00:00",
                "finished": None,
                "resources": [{"id": 42, "type": "server"}],
                "error": {"code": "action_failed", "message": "Action failed"},
            }
        ],
        "root_password": "YItygq1v3GYjjMomLaKc",
    }


@pytest.fixture()
def response_update_server():
    return {
        "server": {
            "id": 14,
            "name": "new-name",
            "status": "running",
