            Some("ab=cd")
        );
        assert_eq!(
            value("Password=Zm9vYmFy==", "password").as_deref(),
