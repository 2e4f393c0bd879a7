                    span_data = {k: v for k, v in span_item.items() if k != "attributes"}
                    span_data["attributes"] = attrs
                    print("\\nSPAN: {}\\n".format(json.dumps(span_data)))
            else:
                envelope_bytes = item.get_bytes()
                print("\\nENVELOPE: {}\\n".format(envelope_bytes.decode(\"utf-8\")))


def init_sdk(timeout_warning=False, **extra_init_args):
    sentry_sdk.init(
        dsn="https://123abc@example.com/123",
        transport=TestTransport,
        integrations=[GcpIntegration(timeout_warning=timeout_warning)],
        shutdown_timeout=10,
        # excepthook -> dedupe -> event_processor client report gets added
        # which we don't really care about for these tests
        send_client_reports=False,
        **extra_init_args
    )

"""
