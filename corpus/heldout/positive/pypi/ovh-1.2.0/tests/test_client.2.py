    NotCredential,
    NotGrantedCall,
    OAuth2FailureError,
    ResourceConflictError,
    ResourceExpiredError,
    ResourceNotFoundError,
)

# Mock values
MockApplicationKey = "TDPKJdwZwAQPwKX2"
MockApplicationSecret = "9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk"
MockConsumerKey = "5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY"
MockTime = 1457018875


class TestClient:
