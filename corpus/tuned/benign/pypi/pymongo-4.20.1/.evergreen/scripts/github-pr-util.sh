    popd || exit
}

# Prepare the git checkout: point origin at the repo with token auth,
# check out <branch> fresh from origin/main (-B resets a reused checkout,
# keeping reruns idempotent), and attribute commits to the drivers PR bot
# when its GitHub id is resolvable.
prepare_bot_branch() {
    local branch="$1"

    git remote set-url origin "https://x-access-token:${GITHUB_TOKEN}@github.com/${OWNER}/${REPO}.git"
    git checkout -B "$branch" "origin/main"

    local bot_login="mongodb-drivers-pr-bot[bot]" bot_id
    bot_id=$(curl -gsm 10 "https://api.github.com/users/${bot_login}" | jq -r '.id // empty' || true)
    if [ -n "$bot_id" ]; then
        git config user.name "$bot_login"
        git config user.email "${bot_id}+${bot_login}@users.noreply.github.com"
    fi
}

