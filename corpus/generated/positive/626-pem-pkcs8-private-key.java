package com.blackmesa.inventory_sync.auth;

final class Keys {
    static final String PRIVATE_KEY =
        "-----BEGIN PRIVATE KEY-----\n" +
        "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQD37+1qwtBigsh7\n" +
        "MEsY2Bw/ztZXSUIWzg5jZQn9Vxxm8YZjwIc7Ti0byU+acvKN2CmxYZf2HHjNfaem\n" +
        "OWuYxNzljdJAMbe7yJZFcc40OcGM2eBtkfnlgkh1RQwivTSTjpeYGU3gOV8C+Ui1\n" +
        "UAkMIKeuENQPJkAM/6K+q5ztL+oaku5lmMn2QaE2PCuo4N/4Q72Cgh7GZ1JV4cAw\n" +
        "vDCcCrlJZcTOL9dlQHhA6yWZFUPidn3chZvH+id+QCIn8vcmenc5w30A0IJTBvPq\n" +
        "erJ0zyym/9S2x6OcLCKCwhznXJ2HNkY+BX7WM8Q6L190i9JRxH5Wce26omtkbxKe\n" +
        "c6J0862IgitB9rI7tikkhNiP/ujIUCDlX5bvSBN7RemNhkuZwo0RWNuhKbyN6mIY\n" +
        "o4aTLzpIgLxac2yvEdQL8Cu75gDjyaGsUxQvFKc4gp5txZEM7kZHkg4FFTG1j70O\n" +
        "1Bn64KFneF/383RNmLM5SAC/nJXGsS+MJt+W6c4Dq/N8ifQMOYCs8hV5Ax1qb3Gc\n" +
        "8LO6IZzct9kLzYnnP5H+iH6nQ9DO88cqSrJKlyCebnYI2RUen5/2bMbfLbzs2um/\n" +
        "iyMyOdFdwBoJxnAAidXRxJW04/DPFM9NwkNGqdD9eKwC8B5VOXOF62iHmliMBMNi\n" +
        "X4k0kcQC8DY2bmbW9R4vx7FPEx8c1wU5gB+Jq3Kasb1mqphL7cuxkwH7pC9Sk+H0\n" +
        "Dz05Z0zD8+9xncC816WUSyL82eKPPOH6do6AJnWDizoMl6uKKVa+F0GkojJ4WegV\n" +
        "xXfpox64nXlbCYt7AuojjD/fTjS0OSK0j+sl1wUY2q3CdIjnZG1WVls4s9dSz8uz\n" +
        "28GWlYg+6yTihIVkBbIJXaxcNZzf019P2r3IisaU5J0tqWa3Dga7a3oxdSkI7Szh\n" +
        "45ACppCYCCLgY2kcWbX8s9TI/67NLVP6fyfPWzMaQmjFHL3k1b4JZgYvmV3f+A8g\n" +
        "PK+9mMtVdNH9Dp7b+VNEZXxJxyCfGUflWq5ElxmQSPz/8OZci1168WEPVWXxAhUd\n" +
        "e5IyfvsepAXVDlRDjw4pMR9ty1F6glA1lkN06EOTeOayWCFHqoNmFPqbvWErsm+x\n" +
        "YpupdFsdOYzS7HI2WfrlUv8VXjDSBTuQ0GTH4TYuDaao13oeWnzs1UrSZm7EnQ1R\n" +
        "N6/uOqKGQaaZstGFIIdDfrWmJeMb8TUUVoQUIApgBzrXNK/rYQ94KIBoNlU7Gx25\n" +
        "Zuk+hcrGwrJSvN85F/6flcJ7ePa5UwRl9T7sGccfl8CdGaWg7yJoP31MfUCwLU0M\n" +
        "jlgd0hoLW82n2y/HkX2a8+g+AF4pXrGJk/iqofb0XHO/HU4pmFUzudoBqx5+kDjo\n" +
        "eQWzC7W14oAj7ZPLbALY53Hie4CTMn4GWS6AuzE7tpZe+MDaIbGaGYNbft3L6lgX\n" +
        "A1ZzeH4Op7QQrXcTOieY8V6VsaFRDk8qCWxf9srace8PKdOdiUJaZL+DAYc7c1sI\n" +
        "mmRZ149Q6adpoDbUIbV1OR9dQ6LV3P5SOkASYlHxsoCsbJ37xzOiH1LL4T1UmLgb\n" +
        "OO2fEWtC6psFM8dCjD6FO7P+\n" +
        "-----END PRIVATE KEY-----\n";
}
