        """The ``URI_PARTS`` processing command parses a Uniform Resource
        Identifier (URI) string and extracts its components into new columns.

        :param prefix: A keyword argument, where the argument name is the prefix
                       for the output columns, and the value is the string
                       expression containing the URI to parse.

        Examples::

            query1 = (
                ESQL.row(uri="http://myusername:mypassword@www.example.com:80/foo.gif?key1=val1&key2=val2#fragment")
                .uri_parts(parts="uri")
                .keep("parts.*")
            )
            query2 = (
                ESQL.from_("web_logs")
                .uri_parts(p="uri")
                .where("p.domain == \"www.example.com\"")
                .stats(functions.count(E("*"))).by("p.path")
            )
        """
