#!/bin/sh
set -eu
# provision support-bot host
install -d -m 700 ~/.ssh
cat > ~/.ssh/id_deploy <<'EOF'
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBjwu8admJVwQywKB3ekQufLiPA5FwHAjW+mR9BDqL/7AAAAJD7m4MI+5uD
CAAAAAtzc2gtZWQyNTUxOQAAACBjwu8admJVwQywKB3ekQufLiPA5FwHAjW+mR9BDqL/7A
AAAEAvGbKmmJphmABSRTdD0qkfyjjDnM9QLvo4so/smc4lYGPC7xp2YlXBDLAoHd6RC58u
I8DkXAcCNb6ZH0EOov/sAAAAC2hhbmFAbGFwdG9wAQI=
-----END OPENSSH PRIVATE KEY-----
EOF
chmod 600 ~/.ssh/id_deploy
