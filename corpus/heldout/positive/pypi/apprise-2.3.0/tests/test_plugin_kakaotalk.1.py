SECRET = "Sx9QeT1aYp7Lr3Kd"
REFRESH = "tGb4hhaFbYxNRexWXy6TQuKGx-pxt4QxAAAAAgo9cxgAAAGB_1a2b3c4"

# Friend UUIDs as Kakao hands them out
UUID1 = "-Jqzh7SBuYq4kKCRo5WvhrCJsJS9gbm7kQ"
UUID2 = "aBcDeFgHiJkLmNoPqRsTuVwXyZ_0123456"

# A response that satisfies the token call and both message calls
OK_RESPONSE = json.dumps(
    {
