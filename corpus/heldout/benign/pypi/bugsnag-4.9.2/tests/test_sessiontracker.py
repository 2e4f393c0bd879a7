        tracker.auto_sessions = True
        tracker.start_session()

        assert len(tracker.session_counts) == 1

        for key, value in tracker.session_counts.items():
            assert value == 1

    def test_session_tracker_send_sessions_sends_sessions(self):
        client = Client(
            api_key='a05afff2bd2ffaf0ab0f52715bbdcffd',
            auto_capture_sessions=True,
            session_endpoint=self.server.sessions_url,
            asynchronous=False
        )
        client.session_tracker.start_session()

        assert len(client.session_tracker.session_counts) == 1

        client.session_tracker.send_sessions()

