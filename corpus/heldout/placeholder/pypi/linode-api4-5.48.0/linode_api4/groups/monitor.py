        Creates a new :any:`LogsDestination` for logs on this account.

        For an ``akamai_object_storage`` destination::

           client = LinodeClient(TOKEN)

           new_destination = client.monitor.destination_create(
               label="OBJ_logs_destination",
               type="akamai_object_storage",
               details=AkamaiObjectStorageLogsDestinationDetails(
                   access_key_id="1ABCD23EFG4HIJKLMNO5",
