
    insecure_decode::<Claims>(token).unwrap_err();
}

#[test]
#[wasm_bindgen_test]
fn dangerous_insecure_decode_claims() {
    let token = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0IiwiYXVkIjpbXSwiZXhwIjoxMzAwODE5MzgwLCJpYXQiOjEzMDA4MTkzNzl9.";

    let claims = insecure_decode_claims::<Claims>(token).unwrap();
    assert_eq!(claims.sub, "test");
    assert!(claims.aud.is_empty());
    assert_eq!(claims.iat, 1300819379);
    assert_eq!(claims.exp, 1300819380);
}
