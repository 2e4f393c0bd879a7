            segment.trace_id, "true" if segment.sampled else "false"
        )
        assert re.match(expected_baggage_re, get_baggage())


def test_baggage_with_dsn(sentry_init):
    sentry_init(
        dsn="http://97333d956c9e40989a0139756c121c34@sentry-x.sentry-y.s.c.local/976543210",
        traces_sample_rate=1.0,
        release="2.0.0",
        environment="dev",
        transport=TestTransportWithOptions,
    )
    with start_transaction() as transaction:
