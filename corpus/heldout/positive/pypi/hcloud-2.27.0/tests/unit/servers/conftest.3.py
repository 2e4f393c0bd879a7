        "action": {
            "id": 1,
            "command": "reset_password",
            "status": "running",
            "progress": 0,
            "started": "2016-01-30T23:50+00:00",
            "finished": None,
            "resources": [{"id": 42, "type": "server"}],
            "error": {"code": "action_failed", "message": "Action failed"},
        },
        "root_password": "YItygq1v3GYjjMomLaKc",
    }


@pytest.fixture()
def response_server_enable_rescue():
    return {
        "action": {
            "id": 1,
            "command": "enable_rescue",
            "status": "running",
