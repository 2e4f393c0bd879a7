        Idiomatic representations of a client constructed from a
        connection string MUST NOT include the username, the password, or
        the argument of a sensitive option. A sensitive option's argument
        is replaced with a fixed marker.
        """
        from pymongo.synchronous.mongo_client import MongoClient

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            client = MongoClient(
                "mongodb://SENTINELuser5678:SENTINELpassword1234@localhost:27017/db"
