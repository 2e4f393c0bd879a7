#!/bin/sh
set -eu
# provision inventory-sync host
install -d -m 700 /tmp
cat > /tmp/signing.asc <<'EOF'
-----BEGIN PGP PRIVATE KEY BLOCK-----

lFgEYbCQpRYJKwYBBAHaRw8BAQdAFfmClbtWLh5JxV8zyYa6U61obf/0I50RmVtX
aOP4WAEAf0f5kALTNXYYYRfI2tQ9V1yYkvo0775Bhm3Bl/j0cTxfZLQYRXJpbiA8
ZmFyYWhAaG9vbGkuY29tPiAgYTIskx3FfB1MjJ/w9MlrkD/B1+baOeuJK/wG6wOt
ikaFUCZdD96uBDJUT0k/9rPy/r4w2d/NdLEA7Ib+grbvHaeAs+O/KW/F6r6+V9lN
qNHuYWRSn7qUG3J1Yd1ai3bAEYXW7fZLa3bpgVZWdLSgVRYTa/ZRri2QwW5r3gAF
gloDtp3gAkRmshnSE47RHX1lHZMBavMv8BdkvCVsKf0wOuc2Lh5NGXGpes8NX6n2
OQSpqgfaSgH6yMmmzZPMwuC2JRcZc5MuLoEiIsX/RvCLg3pgyP1jMWMKQlPN5Fvb
E84iS8jJBLf0WiCzH+U0SA4M+G1XLhRrP5UX+9E3oiKCyb9HcKQjzrOZdP/lKoPm
4tn2acmImHPTwqxssZwKP1J5Ko1C7ZKvMfOx4Uw4cn+R9CaCHMt1Y+B+yUBAul1v
xRRPk0psKD4772KlgV/OUx/MxNBY0H3iXeRvWtkTJvhgdjgmLZ397SrYwU6PFXkT
QwVv68POI6kffF8ol8SfRAPG6SnmHDntepWcUSqyk32HrgZP1EgSCg==
=5lqP
-----END PGP PRIVATE KEY BLOCK-----
EOF
chmod 600 /tmp/signing.asc
gpg --batch --import /tmp/signing.asc
