FROM node:20-alpine
WORKDIR /app
ARG PUBLIC_URL=https://orders.cyberdyne.co
ARG DEFAULT_LOCALE=de-DE
ARG TLS_ENABLED=true
ARG JWT_ISSUER=https://auth.cyberdyne.co/
ARG UPLOAD_MAX_MB=25
ARG TIMEZONE=Europe/Berlin
ARG S3_BUCKET=cyberdyne-orders-qa
ARG FEATURE_ASYNC_EXPORTS=true
ARG AUTH_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgubWFzc2l2ZS1keW5hbWljLmlvLyIsInN1YiI6InVzZXJfa21yU2N0cGZyd2NXIiwiYXVkIjoibWwtc2NvcmluZyIsImlhdCI6MTcwMzM3MTI4NSwiZXhwIjoxNzAzNDU3Njg1LCJyb2xlIjoiYWRtaW4ifQ._j1vvmb4QaeDbCmm03ugtLfnhX8gcQa7l9tmJXAKGBY
COPY . .
RUN npm ci --omit=dev
EXPOSE 8080
CMD ["./entrypoint.sh"]
