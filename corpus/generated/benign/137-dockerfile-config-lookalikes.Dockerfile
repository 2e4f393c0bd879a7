FROM node:20-alpine
WORKDIR /app
ENV STRIPE_PUBLISHABLE_KEY=pk_test_51SoGBVDpT3nfQUTEy8DNR13GBFHtTMnz77DgWZr7kMeRdHpP3XWpeQa73Xc9LAhU7e7jogjafAqhNFJIKS3y0rzIqHdHN7gtPq
ENV REDIS_URL=redis://cache.svc.globex.co:6379/3
ENV ALLOWED_ORIGINS=https://app.globex.co
ENV PIP_INDEX_URL=https://pypi.svc.globex.co/simple/
ENV DB_PASSWORD="vault:secret/data/inventory-sync/db#password"
ENV CONTENT_HASH=2eeb547c6a820147441f
ENV BITBUCKET_APP_PASSWORD=test
ENV STRIPE_ACCOUNT_ID=acct_1opV8saQdldr3Gny
ENV TEAMS_WEBHOOK_URL=replace-me
ENV KAFKA_BROKERS=kafka-0.svc.globex.co:9092,kafka-1.svc.globex.co:9092
ENV APP_ENV=staging
ENV DATABASE_URL=postgresql://user:password@localhost:5432/dev
ENV OWNER_TEAM=integrations
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
EXPOSE 8080
CMD ["./entrypoint.sh"]
