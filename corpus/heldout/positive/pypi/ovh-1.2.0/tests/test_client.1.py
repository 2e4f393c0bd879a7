            mock.call("GET", "https://eu.api.ovh.com/v2/call", headers=_h("v2"), data="", timeout=180),
        ]

    @mock.patch("ovh.client.Session.request")
    def test_oauth2(self, m_req):
        def resp(*args, **kwargs):
            if args[0] == "POST" and args[1] == "https://www.ovh.com/auth/oauth2/token":
                resp = mock.Mock()
                resp.status_code = 200
                resp.text = """{
  "access_token":"MTQ0NjJkZmQ5OTM2NDE1ZTZjNGZmZjI3",
