const CLIENT_ID: &str = "some_client_id";
const CODE: &str = "a_code";
const REDIRECT_URI: &str = "https://yourapp/auth/callback-example";

#[tokio::test]
async fn should_return_oauth_response() {
    let expected_response = json!({
        "access_token":"gho_16C7e42F292c6912E7710c838347Ae178B4a",
        "scope":"repo,gist",
