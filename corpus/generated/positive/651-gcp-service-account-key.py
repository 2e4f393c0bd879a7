from google.oauth2 import service_account

SERVICE_ACCOUNT_INFO = {
    "type": "service_account",
    "project_id": "hooli-platform-657559",
    "private_key_id": "160df4d36c9f7da554e6c53060e37953ae983411",
    "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQD69JwnlTH/r+Wo\n92/cq4OK1Gsnz5cKtT/ugFGGtvZIbHzbfKDWYTcuUfqOmclaNBJReInpjjfOg2xT\nqi6EecOURUqNPxdkHUHglc7g7ylulrVdyP6HBv5VyZun5L2szIiJVtj0Ro391tcs\n1IzNHnnnVnFUk8ByxV9UC7DJeXjI8E0EXW7vaTSgOg1wavMt1H8un+jie2jtenTX\n7QDFSKBjlrSO/4GIJ0D4QRQGPCmZQ4XV2KToefbm91WwAPgXwJvccjG8dJr8o4jF\n0/qkrOGAKn42u1ORoPmNKnj4i0bnnmm+UmqB4CuNMKOqcvmg3YCaiJqxcNbILn4u\n0xM451Qx3+A7l1V/X9ytlKk1YP73jxnFlc619YhX42VNuky78IkbxKotAzjMpq5r\nj0pgv4ZXoyfl0geWdSMl9FJ+8Dwl3Nc584tFyzisiXWA/IYlO4/VadhymOLya8QL\naaT/wou92duIQtBz/Nyqr0HoREEy4aE+cSkOl1iJZOU4BlrWljmgpSDeLj5MjMPI\nRqRn4f0kLevRP/3418462My3Sewb7POZtI6lbmk7ls7VOVsGI0+pOXWD5iDBgUha\n3FqHrNOqSD2XVkFAHIvAuak1tQjJJ4re5fHREbrqkYsHD574PweIeexdbXN6Pt7j\naTVVW7oS63BSK0BcW4wys3CmTkEjdTd6i9jpHIuXvfvKjmIOgsGzvh7BWtccRxOI\nh+GOEvo9Q9JnzjY1By0S350Rl2tgiin9EM6G7NTIQDGsrVYnHG5/B6QzMdWQRAec\nEQIC4ae5c0WLfZIbo4ZLQZHEc19VKTQL6II85mgWW2Uoi+0ovmTrEx8h6OJK8rLW\nE07TJrFPSw1hEDIqDVwlhrD2AN4WpwDIEWcl9LPcMlwvsRltDnYlMG+MGuvdsByM\npDVftGdhQCRney3lQecshfGQbQyXdBoHDzGFkMDm84OTilW9ybhhYbhapbdHVaFD\nyPOnJT5Wc39kD5uVFd5kVcKaT9S8Se43IDfwK/O3S0ya0+Qb83+RioC3Yx17jhVS\nHaH+u2ZuRVKqvgaMk6Gj8YxK6xPgx/ERsLx1ZrHh1J/UClycW7QQzTOWAuWLXXey\naAXTrUHo+ZJ/CPs8Di6Yu+0NAk9AOXrAH9aLs0NHBivPc1kDjDqMdyAbwZlq5gQw\nEYo0YgYrEWmAygbW1ioWcPXeAiy/ls9YKLaWRVfGRH5Qp/toZQ0EOSlpbbw34LMe\n8xtRvxditmZPgOS/xM8W6nxrsopaETMBctrNAGZ/IjsshsRcqVWaB5l4WuUViJ6E\nUjkyG3Eyl5ijqGfPyN9JQonI+IbGC6yzd6XFAZ5Vi+ofrLvRYc4UQZhHlB1O3z2Q\nikots1siHJQ2mIPAb2vfCuP1ZHqcxRPHQrEdgxilDN1QUVYW096QyQwoB52k8HEy\nzhzlKotSk1ePuwj8I8CxrjpmOfkY4LUzY6zBA9/OUPn51aQnvbMM/iAjtb4SL7j6\n/io0RHaMi3VTMOgdImpR3B5MhCzTnz2O0jLBrjN9Z8TdbN+fL7+1mruVtKS+9uZl\n2ovubL0Ej5qpugHZzkbs0bUx\n-----END PRIVATE KEY-----\n",
    "client_email": "terraform@hooli-platform-657559.iam.gserviceaccount.com",
    "client_id": "154282483993298053849",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/terraform%40hooli-platform-657559.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com",
}

credentials = service_account.Credentials.from_service_account_info(SERVICE_ACCOUNT_INFO)
