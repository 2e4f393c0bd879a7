FROM node:20-alpine
WORKDIR /app
ENV PAGINATION_DEFAULT_LIMIT=50
ENV LOG_LEVEL=debug
ENV STRIPE_PUBLISHABLE_KEY=pk_test_YOGoaJplmB46E4SejekZOwAQ
ENV JWT_ISSUER=https://auth.soylent.cloud/
ENV HEALTH_CHECK_PATH=/healthz
ENV ARTIFACT_SHA256=sha256:15ceede0d1d5191109bb25259718dec0954ee69a7f4ba92f4e9a3f37485c2b3b
ENV PUBLIC_URL=https://billing-api.soylent.cloud
ENV DATABASE_URL=postgresql://user:password@localhost:5432/dev
ENV FEATURE_ASYNC_EXPORTS=true
COPY . .
RUN npm ci --omit=dev
EXPOSE 8080
CMD ["./entrypoint.sh"]
