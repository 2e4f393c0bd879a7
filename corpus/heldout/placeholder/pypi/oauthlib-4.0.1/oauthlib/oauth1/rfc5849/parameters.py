            oauth_token="ad180jjd733klru7",
