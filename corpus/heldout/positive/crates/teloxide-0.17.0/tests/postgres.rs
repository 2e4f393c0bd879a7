    dispatching::dialogue::{PostgresStorage, PostgresStorageError, Serializer, Storage},
    types::ChatId,
};

// These examples are meant to run under the CI with the postgres service
// Were checked locally
#[tokio::test]
#[cfg_attr(not(CI_POSTGRES), ignore)]
async fn test_postgres_json() {
    let storage = PostgresStorage::open(
        "postgres://teloxide:rewrite_it_in_rust@localhost:5432/test_postgres_json",
        1,
        teloxide::dispatching::dialogue::serializer::Json,
    )
    .await
    .unwrap();

    test_postgres(storage).await;
}

#[tokio::test]
