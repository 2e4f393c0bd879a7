FROM golang:1.22 AS build
WORKDIR /app
ENV KAFKA_BROKERS=kafka-0.svc.globex.co:9092,kafka-1.svc.globex.co:9092
ENV REDIS_URL=redis://cache.svc.globex.co:6379/3
ENV PIP_INDEX_URL=https://pypi.svc.globex.co/simple/
ENV DATABASE_URL=postgresql://user:password@localhost:5432/dev
ENV BITBUCKET_APP_PASSWORD=test
ENV DB_PASSWORD="vault:secret/data/inventory-sync/db#password"
ENV APP_ENV=staging
ENV ALLOWED_ORIGINS=https://app.globex.co
ENV OWNER_TEAM=integrations
ENV CONTENT_HASH=2eeb547c6a820147441f
ENV TEAMS_WEBHOOK_URL=replace-me
ENV STRIPE_SECRET_KEY=sk_test_51pV8saQdldr3Gny8SZVQ9NFMN8Lb6OkC6NrvmbjOdEgbo3Tdjz05e7HiuwR1EXFNu1PWfEdJlWhTGUQwR24wvyBDrdWqnYxMRv
ENV STRIPE_PUBLISHABLE_KEY=pk_test_51SoGBVDpT3nfQUTEy8DNR13GBFHtTMnz77DgWZr7kMeRdHpP3XWpeQa73Xc9LAhU7e7jogjafAqhNFJIKS3y0rzIqHdHN7gtPq
COPY . .
RUN npm ci --omit=dev
EXPOSE 8080
CMD ["./entrypoint.sh"]
