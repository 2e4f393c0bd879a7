            report = app.bugreport()
            assert 'p,a@ss' not in report
            assert 'redis://user:********@localhost:6379/0' in report
        finally:
            app.conf.result_backend = orig_backend

    @flaky
    def test_revoked(self, inspect):
        """Testing revoking of task"""
        # Fill the queue with tasks to fill the queue
        for _ in range(4):
            sleeping.delay(2)
        # Execute task and revoke it
